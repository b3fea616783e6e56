"""Event precision (4): conditions, foreseen incapacity, walkouts, adopted documents, and acts
coordinated under an agreement.

Sentences written for these tests go in; the coded (type, actor, recipient) records come out.
"""

from __future__ import annotations

import pytest


def _records(coder, text: str) -> list[tuple[str, set[str], set[str]]]:
    def codes(actors) -> set[str]:
        return {a.country or a.code or "" for a in actors}

    return [(e.event, codes(e.actor), codes(e.recipient)) for e in coder.code(text).events]


def _cameos(coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.cameo) for e in coder.code(text).events]


# -- a negated condition names no act, even with no event above it ------------------------------

@pytest.mark.parametrize("text", [
    "If Pakistan cannot agree to a truce, the talks with India will fail.",
    "If Chile does not sign the accord with Peru, trade will shrink.",
])
def test_an_event_inside_a_negated_condition_is_not_coded(coder, text):
    assert _records(coder, text) == []


def test_an_affirmative_condition_stays_a_hypothetical_event(coder):
    events = list(coder.code("If Chile signs the accord with Peru, trade will grow.").events)
    assert [(e.event, e.hypothetical) for e in events] == [("AGREE", True)]


# -- workers or students walking out strike (CAMEO 143); a delegation refuses to meet (125) ------

@pytest.mark.parametrize("text, actor", [
    ("Dockworkers in Chile walked out on Monday.", "CHL"),
    ("Thousands of Greek students walked out of their classes in Athens.", "GRC"),
])
def test_workers_walking_out_strike(coder, text, actor):
    assert _cameos(coder, text) == [("PROTEST", "143")]
    assert actor in _records(coder, text)[0][1]


@pytest.mark.parametrize("text, expected", [
    ("The Greek delegation walked out on Monday.", ("REJECT", "125")),
    ("The Greek delegation walked out of the talks with Turkey.", ("SANCTION", "164")),
])
def test_a_delegation_walking_out_keeps_its_sense(coder, text, expected):
    assert _cameos(coder, text) == [expected]


# -- a body adopting a document does what the document's -ing clause says ------------------------

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Swedish parliament approved a resolution criticizing the Turkish government.",
     "ACCUSE", "SWE", "TUR"),
    ("The Danish parliament passed a motion urging Iran to release the sailors.",
     "REQUEST", "DNK", "IRN"),
])
def test_an_adopted_document_is_the_bodys_act(coder, text, event, actor, recipient):
    assert _records(coder, text) == [(event, {actor}, {recipient})]


def test_approving_a_resolution_with_no_content_clause_stays_an_endorsement(coder):
    text = "The Swedish parliament approved a resolution on fisheries."
    assert _cameos(coder, text) == [("SUPPORT", "051")]


# -- acts coordinated under "agreed to" are part of the agreement --------------------------------

def test_a_second_coordinated_act_under_agreed_is_agreed(coder):
    text = ("Ghana agreed to hold talks with Togo at an early date, and to find and return the "
            "remains of Togolese soldiers.")
    assert {e for e, _, _ in _records(coder, text)} == {"AGREE"}


# -- a hope about another party's act is a comment, not that act (an own intent is kept) ---------

@pytest.mark.parametrize("text", [
    "The Iranian foreign minister said he hopes Japan will persuade the US to lift sanctions on "
    "Iran.",
    "Kenya hopes that Somalia will release the fishermen soon.",
])
def test_a_hope_about_another_partys_act_codes_nothing(coder, text):
    assert _records(coder, text) == []


def test_hoping_to_act_oneself_keeps_the_act(coder):
    assert [e for e, _, _ in _records(coder, "Iran hopes to sign a trade deal with India.")] == [
        "SUPPORT"]


# -- forces on alert against further violence guard, they do not attack (CAMEO 152) --------------

@pytest.mark.parametrize("text, expected", [
    ("Malian soldiers remained on alert on Sunday against new violence.", ("MOBILIZE", "152")),
    ("North Korea fired rockets at South Korea.", ("ASSAULT", "190")),
])
def test_alert_against_violence_is_no_attack(coder, text, expected):
    assert _cameos(coder, text) == [expected]
