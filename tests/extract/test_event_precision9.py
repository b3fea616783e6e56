"""Precision of wire sentences with one event and a second act only mentioned: a participle that
trails an accusation, forces a threat holds out, an inverted condition under a warning, and a
share of demands agreed to.

Sentences written for these tests go in; the coded events come out.
"""

from __future__ import annotations

import pytest


def _events(coder, text: str) -> list:
    return list(coder.code(text).events)


def _countries(mentions) -> set:
    return {m.country for m in mentions}


def _records(coder, text: str) -> list[tuple]:
    return [(e.event, _countries(e.actor), _countries(e.recipient)) for e in _events(coder, text)]


# -- CAMEO 112 "accuse": a participle after the alleged act is alleged as well -------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Chile blamed Peru for raiding a fishing port, sinking two boats.", "CHL", "PER"),
    ("Egypt accused Libya of shelling the town, wounding 40 civilians.", "EGY", "LBY"),
    ("Greece accused Turkey of bombing a village near the border, killing six farmers.",
     "GRC", "TUR"),
])
def test_participle_after_an_accusation_is_alleged(coder, text, actor, recipient):
    assert _records(coder, text) == [("ACCUSE", {actor}, {recipient})]


@pytest.mark.parametrize("text, event", [
    # not an accusation: the participle is the main act's own result
    ("Rebels shelled the town, killing 12 people, the army said.", "ASSAULT"),
    ("Police arrested 30 protesters for blocking the road, firing tear gas at the crowd.",
     "COERCE"),
])
def test_participle_under_other_acts_is_unchanged(coder, text, event):
    assert event in [e.event for e in _events(coder, text)]


# -- PLOVER THREATEN: the threatener's forces that may be sent are the threat's content ---------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Turkey threatened Syria with force, and its defence minister said troops would be "
     "deployed.", "TUR", "SYR"),
    ("Iran warned Iraq of a harsh response, saying Iranian warships could be sent to the gulf.",
     "IRN", "IRQ"),
])
def test_forces_a_threat_holds_out_are_the_threat(coder, text, actor, recipient):
    assert _records(coder, text) == [("THREATEN", {actor}, {recipient})]


def test_another_partys_possible_act_beside_a_threat_stays(coder):
    # rebels of the threatener's own state are not its forces (own_force_sectors)
    text = "Turkey threatened military action, saying Kurdish rebels could attack its border posts."
    assert sorted(e.event for e in _events(coder, text)) == ["ASSAULT", "THREATEN"]


def test_inverted_condition_under_a_warning_is_the_threats_condition(coder):
    text = "Russia warned of a tough response should NATO send warships into the Black Sea."
    assert [e.event for e in _events(coder, text)] == ["THREATEN"]


def test_warning_about_a_third_partys_act_stays_an_accusation(coder):
    text = "Russia warned that Ukraine could send troops to the border."
    evs = _events(coder, text)
    assert [e.event for e in evs] == ["ACCUSE", "MOBILIZE"]
    assert evs[1].hypothetical


# -- CAMEO 083 "accede to demands": a share of the demands is still acceded to -----------------

@pytest.mark.parametrize("text", [
    "The union agreed to most of the strikers' demands.",
    "The government agreed to some of the students' demands.",
])
def test_share_of_demands_agreed_to_is_a_concession(coder, text):
    assert [e.event for e in _events(coder, text)] == ["CONCEDE"]


def test_share_of_a_plan_agreed_to_stays_an_agreement(coder):
    text = "Chile agreed to most of the points of the plan."
    assert [e.event for e in _events(coder, text)] == ["AGREE"]


# -- CAMEO 081 / 087: a coercion or an armed operation called off is eased or given up ---------

@pytest.mark.parametrize("text, event, cameo", [
    ("The governor called off the execution of the prisoner.", "CONCEDE", "081"),
    ("Police called off the crackdown on the opposition.", "CONCEDE", "081"),
    ("The army called off the offensive against the rebels.", "RETREAT", "087"),
    ("The rebels called off their attack on the town.", "RETREAT", "087"),
    # (unchanged: a strike called off by workers, talks called off)
    ("The union called off the strike.", "CONCEDE", "082"),
    ("The government called off the talks with the rebels.", "SANCTION", "164"),
])
def test_hostile_act_called_off_is_undone(coder, text, event, cameo):
    evs = _events(coder, text)
    assert [(e.event, e.cameo) for e in evs] == [(event, cameo)]


# -- CAMEO 07 "Provide aid": a load of goods is the goods -------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Norway sent a plane load of medicines to Peru.", "NOR", "PER"),
    ("Denmark sent two lorry loads of flour to Malawi.", "DNK", "MWI"),
])
def test_load_of_aid_goods_is_aid(coder, text, actor, recipient):
    assert _records(coder, text) == [("AID", {actor}, {recipient})]
