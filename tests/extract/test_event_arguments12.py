"""Who acts, thirteenth round: a main verb the parser took for a participle hanging on its
subject noun. Sentences written for these tests."""

from __future__ import annotations

import pytest


def of_type(coder, text: str, event: str) -> list:
    """The events of one type coded from one text."""
    return [e for e in coder.code(text, date="2001-03-01").events if e.event == event]


# "Kurdish youths resorted to throwing stones": the parser may read "resorted" as a participle
# modifying "youths", leaving the clause with no finite verb; the noun is then the subject of the
# act the participle governs (events.arguments.verbless_subject).
VERBLESS = [
    ("Kurdish youths resorted to hurling rocks at rallies against the Turkish army, officials "
     "said on Monday.", "PROTEST", {"TUR"}),
    ("Kurdish youths resorted to hurling rocks at soldiers.", "PROTEST", {None}),
]


@pytest.mark.parametrize(("text", "event", "countries"), VERBLESS)
def test_a_participle_without_a_finite_verb_keeps_its_noun_as_doer(coder, text, event, countries):
    got = [{a.country for a in e.actor} for e in of_type(coder, text, event)]
    assert got and got[0] & countries, got
    assert all(e.actor[0].text.endswith("youths") for e in of_type(coder, text, event))


# a participle that is itself the act stays a passive headline: "youths arrested in X" names
# the arrested, not who arrested them
PASSIVE_HEADLINES = [
    "Kurdish youths arrested in Diyarbakir.",
    "Twenty Kurdish youths arrested in Diyarbakir, officials said.",
]


@pytest.mark.parametrize("text", PASSIVE_HEADLINES)
def test_a_participle_that_is_the_act_is_not_given_its_noun_as_doer(coder, text):
    assert not [e for e in of_type(coder, text, "COERCE")
                if any(a.text.endswith("youths") for a in e.actor)]
