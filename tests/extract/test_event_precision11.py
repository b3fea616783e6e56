"""Who gives when someone "gets" aid: the subject of get, like receive, obtain and win, is the one
the aid goes to, never its giver (PLOVER AID is coded from the giver's side).

Sentences written for these tests go in; the coded events come out.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Norland's state bank can now only get short-term loans in Europe.",
    "The airline could get emergency credit within a week, its chairman said.",
])
def test_the_one_who_gets_aid_gives_none(coder, text) -> None:
    doc = coder.code(text)
    assert not [e for e in doc.events if e.event in ("AID", "AGREE")]


@pytest.mark.parametrize("text, giver, getter", [
    ("Egypt got a new loan from the IMF last year.", "IGOUNOIMF", "EGY"),
    ("Jordan will get military aid from Britain.", "GBR", "JOR"),
])
def test_a_named_giver_still_gives(coder, text, giver, getter) -> None:
    aid = [e for e in coder.code(text).events if e.event == "AID"]
    assert aid
    assert giver in {a.code if a.country is None else a.country for a in aid[0].actor}
    assert getter in {a.country for a in aid[0].recipient}


# -- CAMEO 172: removing an office holder is ousting him ---------------------------------------

@pytest.mark.parametrize("text, recipient", [
    ("The army removed President Valdor on Wednesday amid nationwide unrest.", "President Valdor"),
    ("The generals removed Islamist leader Omar Haddan after the protests.",
     "Islamist leader Omar Haddan"),
    ("The junta removed Haddan from office last year.", "Haddan"),
])
def test_removing_a_leader_is_coerce(coder, text, recipient) -> None:
    coerce = [e for e in coder.code(text).events if e.event == "COERCE"]
    assert coerce and coerce[0].cameo == "172"
    assert [a.text for a in coerce[0].recipient] == [recipient]


@pytest.mark.parametrize("text", [
    "Workers removed the rubble from the square.",
    "The ministry removed its banner from the embassy gate.",
    "Norland has removed several more officials from its embassy in Ostrava.",
])
def test_removing_things_or_staff_is_no_event(coder, text) -> None:
    assert not coder.code(text).events


def test_a_titled_name_dismissed_as_something_is_rejected_not_ousted(coder) -> None:
    events = coder.code("Pyongyang has dismissed President Valdor as a reckless gambler.").events
    assert [e.event for e in events] == ["REJECT"]


# -- CAMEO 120: ending one's own agreement rejects it, as withdrawing from it does -------------

@pytest.mark.parametrize("text", [
    "Norland terminated the trade agreement with Vesper on Monday.",
    "Washington walked away from the deal with Tehran.",
    "Britain will exit the agreement with Brussels.",
    "Norland tore up the border accord with Vesper.",
])
def test_ending_an_agreement_is_reject_not_agree(coder, text) -> None:
    types = {e.event for e in coder.code(text).events}
    assert "REJECT" in types and "AGREE" not in types


# -- a state's own weapon in the trigger is the means, not a target --------------------------

@pytest.mark.parametrize("text", [
    "Iran fired another ballistic missile on Sunday.",
    "Pakistan shot off a missile into the sea on Sunday.",
    "North Korea tested a new missile.",
])
def test_a_weapons_test_has_no_recipient_of_its_own_missile(coder, text) -> None:
    tests = [e for e in coder.code(text).events if e.event == "MOBILIZE"]
    assert tests and tests[0].cameo == "152"
    assert not [r for r in tests[0].recipient if r.sector == "MIL"]


def test_a_missile_shot_down_is_still_an_attack(coder) -> None:
    assert {e.event for e in coder.code("The Pentagon shot down a North Korean missile.").events} \
        == {"ASSAULT"}
