"""Event precision: trigger senses and clauses that a coder would not code, and CAMEO appeal codes.

Sentences written for these tests go in; the coded events (or none) come out.
"""

from __future__ import annotations

import pytest


def _events(coder, text: str) -> list:
    return list(coder.code(text).events)


def _codes(actors) -> set[str]:
    return {a.country or a.code or "" for a in actors}


def _one(coder, text: str, event: str):
    found = [e for e in _events(coder, text) if e.event == event]
    assert found, f"no {event} in {text!r}: {[(e.event, e.trigger.text) for e in _events(coder, text)]}"
    return found[0]


# -- CAMEO 02 (appeal) vs 10 (demand): PLOVER REQUEST covers both ---------------------------------

@pytest.mark.parametrize("text", [
    "The UN urged Israel to stop the shelling.",
    "Germany called on Iran to release the sailors.",
    "Egypt proposed talks with Ethiopia.",
])
def test_appeal_words_take_the_appeal_code(coder, text):
    ev = _one(coder, text, "REQUEST")
    assert ev.cameo.startswith("02")


def test_demand_keeps_the_demand_code(coder):
    ev = _one(coder, "Russia demanded that Ukraine withdraw its troops.", "REQUEST")
    assert ev.cameo.startswith("10")
    assert "RUS" in _codes(ev.actor) and "UKR" in _codes(ev.recipient)


# -- senses that are not events -----------------------------------------------------------------

def test_concern_with_no_party_is_a_pessimistic_comment_not_an_accusation(coder):
    # CAMEO 012; concern over a named party's act is a disapproval (see test_events.py)
    assert _events(coder, "India expressed concern over rising food prices.") == []


def test_expressing_outrage_is_a_disapproval(coder):
    ev = _one(coder, "India expressed outrage over Pakistani missile tests.", "ACCUSE")
    assert "IND" in _codes(ev.actor)


@pytest.mark.parametrize("text", [
    "Canada is considering sending aid to Haiti.",
    "The government is contemplating sending troops to Mali.",
])
def test_an_option_considered_codes_nothing(coder, text):
    assert _events(coder, text) == []


def test_aid_sent_is_coded(coder):
    ev = _one(coder, "Japan sent aid to North Korea.", "AID")
    assert "JPN" in _codes(ev.actor) and "PRK" in _codes(ev.recipient)


@pytest.mark.parametrize("text", [
    "It is unclear whether Moscow has provided Damascus with missiles.",
    "It is unclear if Moscow has provided Damascus with missiles.",
])
def test_an_open_question_codes_nothing(coder, text):
    assert _events(coder, text) == []


def test_the_answered_question_is_coded(coder):
    ev = _one(coder, "Moscow has provided Damascus with missiles.", "AID")
    assert "RUS" in _codes(ev.actor) and "SYR" in _codes(ev.recipient)


@pytest.mark.parametrize("text", [
    "Russia reserves the right to supply Syria with missiles.",
    "The Taliban lack the power to negotiate with Kabul.",
])
def test_a_capacity_to_act_codes_nothing(coder, text):
    assert _events(coder, text) == []


# -- conditions and background ------------------------------------------------------------------

def test_negation_inside_a_condition_is_no_refusal(coder):
    events = _events(coder, "If the Houthis cannot agree to a truce, London will pull out.")
    assert not [e for e in events if e.event == "REJECT"]


def test_announced_refusal_is_a_rejection(coder):
    ev = _one(coder, "The Taliban will not agree to a ceasefire.", "REJECT")
    assert "AFG" in _codes(ev.actor)


def test_earlier_event_after_a_preposition_is_background(coder):
    assert _events(coder, "The militants were defeated in 1998 after a French-led offensive.") == []


def test_passive_participle_opening_the_sentence_is_background(coder):
    events = _events(coder, "Signed in 1987 by the United States and Russia, the treaty "
                            "banned missiles.")
    assert not [e for e in events if e.event in ("SUPPORT", "AGREE")]


def test_main_clause_after_a_participle_is_coded(coder):
    ev = _one(coder, "Angered by the vote, Russia expelled two British diplomats.", "SANCTION")
    assert "RUS" in _codes(ev.actor) and "GBR" in _codes(ev.recipient)


# -- future acts: scheduled vs intent (PLOVER manual, AGREE) ------------------------------------

def test_dated_future_meeting_keeps_its_type(coder):
    ev = _one(coder, "On Tuesday, the British foreign secretary will meet the Indian "
                     "foreign minister in Delhi.", "CONSULT")
    assert ev.future and "GBR" in _codes(ev.actor) and "IND" in _codes(ev.recipient)


def test_undated_future_meeting_is_intent(coder):
    events = _events(coder, "The British foreign secretary will meet the Indian foreign minister.")
    assert [e.event for e in events] == ["AGREE"]


def test_announced_own_future_act_stays_intent(coder):
    events = _events(coder, "Japan said it will send aid to Nepal next week.")
    assert [e.event for e in events] == ["AGREE"]
