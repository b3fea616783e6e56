"""Who acts and who is acted on, continued: the party whose proposal an object "it" answers,
and a subject a misparse coordinated with a date. Sentences written for these tests."""

from __future__ import annotations

import pytest


def countries(coder, text: str, event: str) -> list[tuple[list, list]]:
    """(actor countries, recipient countries) of the events of one type."""
    return [([a.country for a in e.actor], [r.country for r in e.recipient])
            for e in coder.code(text, date="1996-05-01").events if e.event == event]


# An object "it" of a verbal response stands for the proposal named before it (roles.yaml
# proposal_nouns): the party that put it forward is answered (PLOVER recipient).
PROPOSALS = [
    ("Ghana put forward a truce plan for Liberia, but Liberian rebels rejected it.", "REJECT",
     "GHA"),
    ("Austria made a fresh offer to Slovenia on the border. Croatia turned it down on Friday.",
     "REJECT", "AUT"),
    ("Chile tabled a draft resolution on Haiti, but Russia vetoed it.", "REJECT", "CHL"),
    ("Morocco unveiled a plan to end the dispute. Algeria welcomed it on Monday.", "SUPPORT",
     "MAR"),
]


@pytest.mark.parametrize(("text", "event", "recipient"), PROPOSALS)
def test_it_answers_the_party_that_made_the_proposal(coder, text, event, recipient):
    got = countries(coder, text, event)
    assert got and recipient in got[-1][1], got


# A name the parser coordinated with a date or an object before a subjectless finite verb is
# that verb's subject, and no longer a second object of the first verb.
@pytest.mark.parametrize(("text", "event", "actor"), [
    ("Iraq invaded Kuwait in August and Egypt condemned it.", "ACCUSE", "EGY"),
    ("Serbia attacked Bosnia in April and Turkey condemned it.", "ACCUSE", "TUR"),
    ("Libya invaded Chad and the United States condemned it.", "ACCUSE", "USA"),
])
def test_a_name_coordinated_with_a_date_is_the_next_verbs_subject(coder, text, event, actor):
    got = countries(coder, text, event)
    assert got and got[0][0] == [actor], got


def test_the_next_verbs_subject_is_no_second_object(coder):
    got = countries(coder, "Libya invaded Chad and the United States condemned it.", "ASSAULT")
    assert got == [(["LBY"], ["TCD"])], got


# "it" condemned or rejected right after another party's act in the same coordination stands
# for that act: its doer is the one condemned (not the place or victim named last).
@pytest.mark.parametrize(("text", "event", "recipient"), [
    ("Libya shelled the Chadian border town on Sunday, and France condemned it.", "ACCUSE", "LBY"),
    ("Rwandan troops crossed into Zaire, and Belgium condemned it.", "ACCUSE", "RWA"),
    ("Serbia attacked Bosnia in April and Turkey condemned it.", "ACCUSE", "SRB"),
])
def test_it_condemned_after_an_act_is_its_doer(coder, text, event, recipient):
    got = countries(coder, text, event)
    assert got and got[-1][1] == [recipient], got


# Where the people acted on are heading ("refugees heading to the Iraqi border") does not name
# whom the act is aimed at: no recipient is read from that goal.
@pytest.mark.parametrize(("text", "event", "not_recipient"), [
    ("Syrian troops fired on Kurdish refugees heading to the Iraqi border.", "ASSAULT", "IRQ"),
])
def test_a_goal_of_the_victims_is_no_recipient(coder, text, event, not_recipient):
    got = countries(coder, text, event)
    assert got and not_recipient not in got[0][1], got


# A state named only to say which border an act happened near is not the one acted on
# (roles.yaml border_nouns); a border attacked itself still is.
@pytest.mark.parametrize(("text", "event", "not_recipient"), [
    ("Sudanese troops shot rebel fighters near the frontier with Chad, officials said.",
     "ASSAULT", "TCD"),
    ("Kenyan police said troops killed three bandits near the Somali border.", "ASSAULT", "SOM"),
])
def test_a_border_named_by_a_state_is_no_recipient(coder, text, event, not_recipient):
    got = countries(coder, text, event)
    assert got and not_recipient not in got[0][1], got


def test_a_border_attacked_keeps_its_state(coder):
    got = countries(coder, "Syria shelled the Turkish border on Monday.", "ASSAULT")
    assert got == [(["SYR"], ["TUR"])], got
