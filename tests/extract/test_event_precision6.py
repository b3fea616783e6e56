"""Extra types beside the right one: the demands of a demonstration are the demonstration, and a
request that is rejected is coded by the rejection alone.

Sentences written for these tests go in; the coded events (or none) come out.
"""

from __future__ import annotations

import pytest


def _events(coder, text: str) -> list:
    return list(coder.code(text).events)


def _types(coder, text: str) -> list[str]:
    return [e.event for e in _events(coder, text)]


# -- PLOVER REQUEST: "demands that take the form of demonstrations ... are coded as PROTEST" ------

@pytest.mark.parametrize("text", [
    "Students staged a sit-in outside the ministry and demanded the release of their leaders.",
    "Demonstrators marched on the parliament, shouting that the government must resign.",
    "Thousands of nurses rallied in Karvik and called for higher pay.",
])
def test_the_demands_of_a_demonstration_are_the_protest(coder, text):
    assert _types(coder, text) == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Thousands of students marched in Karvik on Friday. The Danish government urged Norway to "
    "release the hostages.",
    "Farm workers marched in Karvik while the Danish government urged Norway to release the "
    "hostages.",
])
def test_another_party_s_request_stays_beside_a_protest(coder, text):
    assert sorted(_types(coder, text)) == ["PROTEST", "REQUEST"]


def test_a_request_made_without_a_protest_stays(coder):
    assert _types(coder, "Kenya urged Uganda to release the prisoners.") == ["REQUEST"]


# -- CAMEO 12 "Reject request or demand for ...": the rejected call is no request of its own ----

@pytest.mark.parametrize("text, recipient", [
    ("Iraq rejected U.N. calls to allow inspectors into the palace sites.", None),
    ("Iraq rejected United Nations demands that it allow inspectors into the sites.", None),
    ("Hanoi rejected Washington calls to free the pilots.", "USA"),
])
def test_a_rejected_call_is_coded_by_the_rejection(coder, text, recipient):
    evs = _events(coder, text)
    assert [e.event for e in evs] == ["REJECT"]
    assert "IRQ" in {a.country for a in evs[0].actor} or "VNM" in {
        a.country for a in evs[0].actor}
    if recipient:
        assert recipient in {a.country for a in evs[0].recipient}


def test_a_call_made_beside_a_rejection_stays(coder):
    text = "Germany said it rejected the plan, and Britain calls for talks."
    assert sorted(_types(coder, text)) == ["REJECT", "REQUEST"]


# -- CAMEO 16x/11x: the grounds of a sanction or accusation are no event of their own -----------

@pytest.mark.parametrize("text, event", [
    ("The Security Council imposed sanctions on Serbia for its attacks on Bosnia.", "SANCTION"),
    ("Britain expelled three Libyan diplomats over Libya's bombing of the airliner.", "SANCTION"),
    ("Peru condemned Ecuador over its shelling of the border posts.", "ACCUSE"),
    ("Chile complained to the UN about Peru's bombing of its radar post.", "ACCUSE"),
])
def test_the_grounds_of_a_reaction_are_not_coded(coder, text, event):
    assert _types(coder, text) == [event]


def test_an_attack_reported_beside_a_sanction_stays(coder):
    text = "Serbian forces shelled Sarajevo for the third day."
    assert _types(coder, text) == ["ASSAULT"]


# -- PLOVER THREATEN: the repercussion held out is part of the threat ----------------------------

@pytest.mark.parametrize("text", [
    "China warned Taiwan it would respond with force and could send warships to the strait.",
    "Turkey threatened Syria with reprisals, saying troops could be deployed along the border.",
])
def test_a_threatened_act_is_part_of_the_threat(coder, text):
    assert _types(coder, text) == ["THREATEN"]


def test_another_party_s_possible_act_stays_beside_a_threat(coder):
    text = "Turkey threatened Syria, and Kurdish rebels could attack the border posts."
    assert sorted(_types(coder, text)) == ["ASSAULT", "THREATEN"]


# -- CAMEO 133: a strike or boycott threatened by civilians is threatened protest, not force ------

@pytest.mark.parametrize("text, cameo", [
    ("Teachers in Nigeria threatened a nationwide strike over unpaid salaries.", "133"),
    ("Farmers threatened a boycott of the elections in Kenya.", "133"),
    ("Iran threatened a military strike against Israel.", "138"),
])
def test_a_threatened_strike_by_civilians_is_threatened_protest(coder, text, cameo):
    assert [(e.event, e.cameo) for e in _events(coder, text)] == [("THREATEN", cameo)]


def test_another_body_s_act_in_the_threat_s_condition_stays(coder):
    text = ("The Kremlin said on Friday that Moscow would respond in kind if NATO deployed more "
            "missiles in Poland.")
    assert ("MOBILIZE", "NATO") in [(e.event, a.name.replace("the ", "")) for e in _events(coder, text)
                                    for a in e.actor]
