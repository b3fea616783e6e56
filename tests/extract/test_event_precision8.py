"""Recall of plain wire sentences: aid handed over in less common forms, money counted in a
named currency, a "with" phrase the parser hangs on the object, promised aid for a named day,
and acts of a state's own forces announced by that state.

Sentences written for these tests go in; the coded events come out.
"""

from __future__ import annotations

import pytest


def _events(coder, text: str) -> list:
    return list(coder.code(text).events)


def _countries(mentions) -> set:
    return {m.country for m in mentions}


# -- CAMEO 07 "Provide aid": the goods or the credit say it is aid ------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Norway extended a credit line of $2 billion to Peru.", "NOR", "PER"),
    ("Norway dispatched relief supplies to flood-hit Peru.", "NOR", "PER"),
    ("Austria dispatched 40 tonnes of medicines to Chile.", "AUT", "CHL"),
    ("Sweden gave Zambia 30 million kronor in credits for fertiliser.", "SWE", "ZMB"),
    ("Belgium gave Rwanda 200 million francs for road building.", "BEL", "RWA"),
    # the parser hangs "with" on the object: the object is still the one supplied
    ("Oman has provided the Yemeni army with armoured cars, Gulf diplomats said.", "OMN", "YEM"),
])
def test_aid_handed_over(coder, text, actor, recipient):
    evs = [e for e in _events(coder, text) if e.event == "AID"]
    assert evs, text
    assert actor in _countries(evs[0].actor)
    assert recipient in _countries(evs[0].recipient)


def test_a_with_phrase_on_the_object_still_needs_the_pattern(coder):
    # "the minister with the red tie" is no aid
    text = "Chile asked the minister with the red tie for a comment."
    assert "AID" not in [e.event for e in _events(coder, text)]


# -- PLOVER AID: "broad promises of future AID should be coded as AGREE", even for a named day ----

@pytest.mark.parametrize("text, actor, recipient", [
    ("Finland will send 300 tonnes of flour to Malawi on Thursday.", "FIN", "MWI"),
    ("Denmark is to give Ghana $4 million in aid on Monday.", "DNK", "GHA"),
])
def test_future_aid_for_a_named_day_is_a_promise(coder, text, actor, recipient):
    evs = _events(coder, text)
    assert [e.event for e in evs] == ["AGREE"]
    assert evs[0].cameo == "033"
    assert actor in _countries(evs[0].actor)
    assert recipient in _countries(evs[0].recipient)


def test_a_meeting_for_a_named_day_stays_a_meeting(coder):
    text = "The Danish and Swedish ministers will meet in Malmo on Monday."
    assert [e.event for e in _events(coder, text)] == ["CONSULT"]


# -- CAMEO 13: an act of force announced by the actor's own state is a threat --------------------

@pytest.mark.parametrize("text, actor", [
    ("Chile said its troops would retaliate against any incursion.", "CHL"),
    ("The Peruvian president warned the guerrillas that the army would attack their camps.",
     "PER"),
    ("Bolivia said its police would arrest anyone who blocked the highways.", "BOL"),
])
def test_own_forces_announced_act_is_a_threat(coder, text, actor):
    evs = _events(coder, text)
    assert evs and all(e.event == "THREATEN" for e in evs), [(e.event, e.cameo) for e in evs]
    assert all(actor in _countries(e.actor) for e in evs)


@pytest.mark.parametrize("text, event", [
    # another state's forces: the speaker warns about them, no threat of its own
    ("Chile said Peruvian troops would attack the border posts.", "ACCUSE"),
])
def test_another_state_s_forces_are_not_the_speaker_s_threat(coder, text, event):
    assert "THREATEN" not in [e.event for e in _events(coder, text)]


def test_own_forces_denied_act_is_no_threat(coder):
    text = "The Chilean president said that police would not beat the strikers."
    assert "THREATEN" not in [e.event for e in _events(coder, text)]


def test_own_forces_announced_patrols_are_no_threat(coder):
    text = "The Chilean government said that soldiers would patrol the northern towns."
    assert "THREATEN" not in [e.event for e in _events(coder, text)]


# -- CAMEO 0841 "Return, release person(s)": "let free", "let go of" ----------------------------

@pytest.mark.parametrize("text", [
    "Gabon let free eleven jailed students on Tuesday.",
    "Gabon today let free nearly two dozen jailed students.",
    "The pirates let go of the hostages after a ransom was paid.",
])
def test_let_free_and_let_go_of_are_releases(coder, text):
    assert "RETREAT" in [e.event for e in _events(coder, text)]


def test_an_object_after_the_verb_is_no_particle(coder):
    # "set fire to" keeps its object reading: rioters burning a building riot (CAMEO 145)
    text = "Rioters in Karvik set fire to a warehouse owned by a mining firm."
    assert [e.event for e in _events(coder, text)] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "President Okello warned the rebels that the army would attack their camps.",
    "Prime Minister Ana Ruiz of Peru warned the rebels that the army would attack their camps.",
])
def test_warning_of_own_forces_is_one_threat(coder, text):
    # one threat, at its finest code: no unspecified THREATEN 130 beside the specific one
    threats = [e for e in coder.code(text).events if e.event == "THREATEN"]
    assert len(threats) == 1
    assert threats[0].cameo != "130"
