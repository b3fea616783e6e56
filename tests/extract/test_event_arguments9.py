"""Who acts and who is acted on, tenth round: a state body acting by force on one of its own
officials, and the country of a spokesperson. Sentences written for these tests."""

from __future__ import annotations

import pytest


def dyads(coder, text: str, event: str) -> list[tuple[set, set]]:
    """(actor countries, recipient countries) of the events of one type."""
    return [({a.country for a in e.actor}, {r.country for r in e.recipient})
            for e in coder.code(text, date="1994-05-01").events if e.event == event]


# A junta, army or government that coerces or assaults one person of its own state and sector
# acts on that person (CAMEO domestic dyads in 173 arrest; PLOVER recipient: whom the event is
# done to): the person is not the actor again (roles.yaml member_target_kinds).
MEMBER = [
    ("The military junta in Niger arrested the prime minister on Tuesday.", "COERCE", "NER",
     "NER"),
    ("The army in Mali detained the president and the defence minister late on Monday.",
     "COERCE", "MLI", "MLI"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), MEMBER)
def test_a_state_body_acts_on_its_own_official(coder, text, event, actor, recipient):
    got = dyads(coder, text, event)
    assert (({actor}, {recipient})) in got, got


# CAMEO codes a spokesperson as the body they speak for: "a spokesman for the Greek
# government" is Greek (resolver _names_owner), and an unplaced "the spokesman" speaks for the
# state body of its sector named just before (descriptions.yaml voice_titles).
VOICE = [
    ("A spokesman for the Greek government accused Turkey of provocation.", "GRC", "TUR"),
    ("A spokeswoman for Kenya's interior ministry accused Somalia of harbouring militants.",
     "KEN", "SOM"),
    ("The Syrian foreign ministry said on Monday that Israel had launched air strikes near "
     "Damascus. The spokesman accused Israel of aggression.", "SYR", "ISR"),
    ("The Turkish foreign ministry summoned the Greek envoy. The spokesman accused Greece of "
     "provocation.", "TUR", "GRC"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), VOICE)
def test_a_spokesperson_speaks_for_a_states_body(coder, text, actor, recipient):
    got = dyads(coder, text, "ACCUSE")
    assert (({actor}, {recipient})) in got, got
