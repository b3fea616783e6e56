"""Who acts and who is acted on, eighth round: a proper-name subject the tagger labels as no
entity, and the state a doer's own verb acts on. Sentences written for these tests."""

from __future__ import annotations

import pytest


def parties(coder, text: str, event: str) -> list[tuple[list, list]]:
    """(actor texts and countries, recipient countries) of the events of one type."""
    return [([(a.text, a.country) for a in e.actor], [r.country for r in e.recipient])
            for e in coder.code(text, date="1994-05-01").events if e.event == event]


# An unknown proper name as subject keeps the event, with itself as actor (convention: the
# event keeps its doer as text); the state its own verb acts on is the other party, never
# the doer's country ("better unknown than wrong").
UNKNOWN_NAMES = [
    ("The Polisario Front accused Morocco of violating the truce.", "ACCUSE", "Polisario Front",
     "MAR"),
    ("The Polisario Front accused Rabat of massing troops in the desert.", "ACCUSE",
     "Polisario Front", "MAR"),
]


@pytest.mark.parametrize(("text", "event", "name", "recipient"), UNKNOWN_NAMES)
def test_an_untagged_proper_name_is_the_doer(coder, text, event, name, recipient):
    got = parties(coder, text, event)
    assert got, got
    actors, recipients = got[0]
    assert any(name in t and c is None for t, c in actors), got
    assert recipient in recipients, got


# An unplaced state force that arrests or deposes someone of the story's country is that
# country's (descriptions.yaml home_control_verbs), unlike a force that only attacks it.
HOME_CONTROL = [
    ("The army, which seized power last month, arrested the former president of Niger.", "COERCE",
     "NER", "NER"),
    ("Soldiers detained the prime minister of Lesotho on Sunday.", "COERCE", "LSO", "LSO"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), HOME_CONTROL)
def test_forces_that_arrest_at_home_are_the_homes(coder, text, event, actor, recipient):
    got = parties(coder, text, event)
    assert any(actor in [c for _, c in a] and recipient in r for a, r in got), got


# A name the tagger knows as an organisation, with a gentilic inside it, is a body of that state
# and a party of its own: acting on the state it bears the name of, the state stays recipient.
NAMED_BODIES = [
    ("The Oromo Front accused Ethiopia of violating the truce.", "ACCUSE", "ETH", "ETH"),
    ("The Karen Union accused Burma of breaking the ceasefire.", "ACCUSE", "MMR", "MMR"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), NAMED_BODIES)
def test_a_named_body_is_not_the_state_it_is_named_after(coder, text, event, actor, recipient):
    got = parties(coder, text, event)
    assert any(actor in [c for _, c in a] and recipient in r for a, r in got), got


# People of one state (students, workers, opposition; descriptions.yaml home_facing_sectors)
# who act against "the government" or "the president" with no state named before face their
# own; the author of a policy they oppose is the recipient (roles.yaml authored_nouns), not a
# state the policy names.
HOME_GOVERNMENT = [
    ("South Korean students protested against the government's plan to send troops to Vietnam.",
     "PROTEST", "KOR", "KOR"),
    ("Peruvian students marched against the president's plan to buy jets from Russia.",
     "PROTEST", "PER", "PER"),
    ("Chilean miners went on strike against the government's decision to sell copper to Japan.",
     "PROTEST", "CHL", "CHL"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), HOME_GOVERNMENT)
def test_people_of_a_state_face_their_own_government(coder, text, event, actor, recipient):
    got = parties(coder, text, event)
    assert any(actor in [c for _, c in a] and r == [recipient] for a, r in got), got


# A region a story names as one party is that party, with CAMEO's region code and no country
# (actors/data/igos.yaml, as "the West"); it is not replaced by a state read from the context.
REGIONS = [
    ("Russia warned Europe against sending troops to Ukraine.", "THREATEN", "EUR"),
    ("Egypt called on Africa to unite against terrorism.", "REQUEST", "AFR"),
]


@pytest.mark.parametrize(("text", "event", "code"), REGIONS)
def test_a_region_named_as_a_party(coder, text, event, code):
    events = [e for e in coder.code(text, date="1994-05-01").events if e.event == event]
    assert events and [(r.code, r.country) for r in events[0].recipient] == [(code, None)], events
