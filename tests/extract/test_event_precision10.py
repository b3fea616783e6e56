"""Event types of wire sentences with a future yielding, a passive act with a named agent, and
acts named by a modified noun: a future release or withdrawal by its own actor, "prisoners freed
by X", warning shots, a medical team, an air strike called off, forces ready to move.

Sentences written for these tests go in; the coded events come out.
"""

from __future__ import annotations

import pytest


def _events(coder, text: str) -> list:
    return list(coder.code(text).events)


def _countries(mentions) -> set:
    return {m.country for m in mentions}


def _types(coder, text: str) -> list[tuple]:
    return [(e.event, e.cameo, _countries(e.actor)) for e in _events(coder, text)]


# -- CAMEO 030/035: a future yielding by its own actor is an intent to yield --------------------

@pytest.mark.parametrize("text, actor", [
    ("Chad will withdraw its soldiers from the border zone under the accord.", "TCD"),
    ("Sudan will free all the detained aid workers, Bashir announced.", "SDN"),
    ("Officials said Syria will pull its soldiers out of Lebanon next month.", "SYR"),
])
def test_future_yielding_of_its_own_actor_is_intent(coder, text, actor):
    assert _types(coder, text) == [("AGREE", "035", {actor})]


@pytest.mark.parametrize("text, event", [
    # a schedule set by a governing verb stays the act, with its future flag
    ("Iran is set to release the detained fishermen.", "RETREAT"),
    ("Moscow is to withdraw 3,000 soldiers from the disputed province.", "RETREAT"),
    # a resignation announced stays a resignation (intent_to_yield exempt_modes)
    ("The Chadian prime minister will resign.", "RETREAT"),
    # a refusal and a conditional threat are not intents
    ("Chad will not withdraw its soldiers from the border zone.", "REJECT"),
    ("Chad will withdraw its soldiers unless Sudan stops the raids.", "THREATEN"),
])
def test_other_future_yieldings_keep_their_type(coder, text, event):
    assert [e.event for e in _events(coder, text)] == [event]


# -- a reduced passive with a party as its "by" agent is an act done ----------------------------

@pytest.mark.parametrize("text, event, actor", [
    ("Detainees freed by Syria crossed into Jordan on Friday.", "RETREAT", "SYR"),
    ("Blankets donated by Canada reached the camps in Haiti.", "AID", "CAN"),
])
def test_passive_participle_with_a_party_agent_is_coded(coder, text, event, actor):
    assert [(e.event, _countries(e.actor)) for e in _events(coder, text)] == [(event, {actor})]


def test_passive_participle_without_agent_stays_background(coder):
    assert _events(coder, "Detainees freed last year crossed into Jordan on Friday.") == []


def test_participle_set_off_by_commas_describes_the_party(coder):
    text = "The Chadian army, backed by French jets, shelled the rebel camp."
    assert [e.event for e in _events(coder, text)] == ["ASSAULT"]


# -- objects named with their modifier ("warning_shot" = "warning" + "shot") --------------------

@pytest.mark.parametrize("text, event, cameo", [
    # CAMEO 150: a move short of the use of force
    ("Omani troops fired warning shots at Yemeni fishing boats.", "MOBILIZE", "150"),
    # firing shots at a target is force used
    ("Omani troops fired shots at Yemeni fishing boats.", "ASSAULT", "190"),
    # CAMEO 073: a team sent to help
    ("Japan sent a medical team to Nepal after the floods.", "AID", "073"),
    # CAMEO 087: an armed operation called off
    ("The Israeli army called off air strikes on the northern villages.", "RETREAT", "087"),
    ("Turkey cancelled the planned assault on the Kurdish town.", "RETREAT", "087"),
    ("Turkey cancelled air strikes on the Kurdish town.", "RETREAT", "087"),
    # a labour strike called off is still an eased dissent (CAMEO 082); a summit cancelled a
    # refused meeting (CAMEO 125)
    ("The Bolivian miners called off their strike.", "CONCEDE", "082"),
    ("Turkey cancelled the summit with Greece.", "REJECT", "125"),
])
def test_modified_object_names_the_act(coder, text, event, cameo):
    assert [(e.event, e.cameo) for e in _events(coder, text)] == [(event, cameo)]


# -- CAMEO 152 / PLOVER MOBILIZE: forces ready to move are a posture ----------------------------

@pytest.mark.parametrize("text, event, cameo", [
    ("Pakistan said its forces were ready to move to the border.", "MOBILIZE", "152"),
    ("The Indian army is ready to move to the frontier.", "MOBILIZE", "152"),
    ("Indian troops moved to the border on Monday.", "MOBILIZE", "154"),
    # a state (not its forces) ready to act states intent; the army ready to talk, too
    ("India is ready to move troops to Nepal.", "AGREE", "0312"),
    ("The Indian army is ready to negotiate with the rebels.", "AGREE", "036"),
])
def test_forces_ready_to_move_are_a_posture(coder, text, event, cameo):
    assert [(e.event, e.cameo) for e in _events(coder, text)] == [(event, cameo)]


def test_civilians_moving_to_a_border_do_not_mobilize(coder):
    assert _events(coder, "Thousands of Syrian refugees moved to the border.") == []
