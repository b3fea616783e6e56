"""Who acts and who is acted on, short round: peoples named apart from their state ("ethnic
Albanians", the "Indians" of the Americas). Sentences written for these tests."""

from __future__ import annotations

import pytest


def countries(coder, text: str, event: str) -> list[tuple[list, list]]:
    """(actor countries, recipient countries) of the events of one type."""
    return [([a.country for a in e.actor], [r.country for r in e.recipient])
            for e in coder.code(text, date="1996-05-01").events if e.event == event]


# CAMEO codes an ethnic group by the state it lives in: "ethnic X" with a place of another
# state, and "Indians" in a story of states of the Americas (descriptions.yaml
# region_peoples), are not the state X or India.
PEOPLES = [
    ("Ethnic Albanians marched in Skopje against the new language law.", "PROTEST", "actor",
     "MKD"),
    ("Ethnic Hungarians rallied in Cluj to demand schools in their language.", "PROTEST",
     "actor", "ROU"),
    ("Peruvian guerrillas demanded the release of imprisoned Indians.", "REQUEST", "recipient",
     "PER"),
    ("Police in Ecuador detained forty Indians who had blocked a highway.", "COERCE",
     "recipient", "ECU"),
]


@pytest.mark.parametrize(("text", "event", "side", "country"), PEOPLES)
def test_a_people_takes_the_state_it_lives_in(coder, text, event, side, country):
    got = countries(coder, text, event)
    assert got, got
    parties = got[0][0] if side == "actor" else got[0][1]
    assert country in parties, got


# Without another state in the story the demonym keeps its state.
@pytest.mark.parametrize(("text", "event", "side", "country"), [
    ("Indians protested in New Delhi against the fuel price rise.", "PROTEST", "actor", "IND"),
    ("Pakistan accused Indians of smuggling arms across the border.", "ACCUSE", "recipient",
     "IND"),
])
def test_a_demonym_alone_keeps_its_state(coder, text, event, side, country):
    got = countries(coder, text, event)
    assert got, got
    parties = got[0][0] if side == "actor" else got[0][1]
    assert country in parties, got


# A role noun as a compound modifier of a thing ("a government offer"; descriptions.yaml
# modifier_role_nouns) names that government, as "the government's offer" does; with no
# state named, the government rebels face is their own country's.
@pytest.mark.parametrize(("text", "event", "recipient"), [
    ("Tamil rebels rejected a government proposal for a ceasefire.", "REJECT", "LKA"),
    ("The Shining Path rejected the government's offer of an amnesty.", "REJECT", "PER"),
    ("Kenya held talks on Monday. Opposition parties rejected a government plan for the vote.",
     "REJECT", "KEN"),
])
def test_a_government_modifier_names_the_government(coder, text, event, recipient):
    got = countries(coder, text, event)
    assert got and recipient in got[-1][1], got


# A phrase that names its own state keeps it ("a government decision in Sudan").
def test_a_government_modifier_with_its_own_state(coder):
    got = countries(coder, "Egypt welcomed a government decision in Sudan to free prisoners.",
                    "SUPPORT")
    assert got and got[0][1] == ["SDN"], got


# "meet X in CITY for talks": the city after "in" on a verb with a met party and a meeting
# noun after "for" says where the talks are held; the met party is the one talked with.
@pytest.mark.parametrize(("text", "recipient"), [
    ("The Moroccan king will meet Mubarak in Paris on Friday for talks on the border.",
     "EGY"),
    ("Chile's president met Menem at Geneva last week for talks on trade.", "ARG"),
])
def test_the_venue_of_talks_is_not_the_partner(coder, text, recipient):
    got = countries(coder, text, "CONSULT")
    assert got and all(parties[1] == [recipient] for parties in got), got
