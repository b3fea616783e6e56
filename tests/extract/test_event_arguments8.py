"""Who acts and who is acted on, ninth round: the domestic dyad (one state's government or
forces and its own unplaced people), and what is said of the people acted on. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def dyads(coder, text: str, event: str) -> list[tuple[set, set]]:
    """(actor countries, recipient countries) of the events of one type."""
    return [({a.country for a in e.actor}, {r.country for r in e.recipient})
            for e in coder.code(text, date="1994-05-01").events if e.event == event]


# CAMEO codes a domestic dyad (GOV -> OPP, COP -> CVL, REB -> MIL of one country): an unplaced
# recipient of one side of a state's inside, acted on by the other side of one country, is of
# that country even when the sentence names another state (roles.yaml domestic_*_sectors).
DOMESTIC = [
    ("The Peruvian army killed four rebels who had crossed from Ecuador.", "ASSAULT", "PER", "PER"),
    ("Security forces in Algeria detained 30 students, a day after Morocco closed its border.",
     "COERCE", "DZA", "DZA"),
    ("The Egyptian government, backed by the United States, banned the opposition party.",
     "COERCE", "EGY", "EGY"),
    ("Tamil rebels attacked an army camp in the north, a week after India offered to mediate.",
     "ASSAULT", "LKA", "LKA"),
    ("Rebels in Angola attacked a government convoy, South African radio said.", "ASSAULT", "AGO",
     "AGO"),
    ("Police in Dhaka arrested opposition activists protesting the Indian dam.", "COERCE", "BGD",
     "BGD"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), DOMESTIC)
def test_an_unplaced_domestic_recipient_takes_the_actors_country(coder, text, event, actor,
                                                                  recipient):
    got = dyads(coder, text, event)
    assert (({actor}, {recipient})) in got, got


# The people a state's forces act on are named by the object; a state inside what is said of
# them (where they met, what they are linked to, the case they are held in) is no party, and
# one state's police acting on unplaced people act at home (roles.yaml people_nouns,
# case_preps).
DESCRIBED = [
    ("Kenyan police arrested the organisers of a protest outside the US embassy.", "COERCE",
     "KEN", "KEN"),
    ("Police in Manila arrested 12 members of a group linked to a bombing at the Japanese "
     "embassy.", "COERCE", "PHL", "PHL"),
    ("Kenyan police arrested a suspect in the killing of a Swedish tourist.", "COERCE", "KEN",
     "KEN"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), DESCRIBED)
def test_a_state_in_what_is_said_of_the_people_acted_on_is_no_party(coder, text, event, actor,
                                                                     recipient):
    got = dyads(coder, text, event)
    assert (({actor}, {recipient})) in got, got


# Not the domestic dyad: a named nationality stays, and a place said of a thing attacked
# still names the target.
KEPT = [
    ("Indian police arrested a Pakistani man in Delhi.", "COERCE", "IND", "PAK"),
    ("US planes bombed targets in Iraq.", "ASSAULT", "USA", "IRQ"),
    ("Israeli troops arrested a Hamas leader in Hebron.", "COERCE", "ISR", "PSE"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), KEPT)
def test_a_named_other_party_is_kept(coder, text, event, actor, recipient):
    got = dyads(coder, text, event)
    assert (({actor}, {recipient})) in got, got


# An unplaced court acting on one state's government is that state's own court (CAMEO
# domestic JUD -> GOV; roles.yaml home_court_sectors), whatever other state the clause names.
COURTS = [
    ("The court criticised the Nigerian interior minister for deporting Ghanaian traders.",
     "ACCUSE", "NGA", "NGA"),
    ("The High Court accused the Zambian government of defying its ruling on Angolan refugees.",
     "ACCUSE", "ZMB", "ZMB"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), COURTS)
def test_an_unplaced_court_is_the_governments_own(coder, text, event, actor, recipient):
    got = dyads(coder, text, event)
    assert (({actor}, {recipient})) in got, got


# A legislature ratifies treaties with and passes resolutions on other states
# (descriptions.yaml foreign_acting_sectors): an unplaced one is not the state it acts on.
LEGISLATURES = [
    ("The National Assembly approved the treaty with France.", "SUPPORT", "FRA"),
    ("Parliament condemned Israel for the raid.", "ACCUSE", "ISR"),
]


@pytest.mark.parametrize(("text", "event", "recipient"), LEGISLATURES)
def test_an_unplaced_legislature_is_not_the_state_it_acts_on(coder, text, event, recipient):
    got = dyads(coder, text, event)
    assert got, got
    actors, recipients = got[0]
    assert recipient in recipients and recipient not in actors, got


def test_the_union_alone_is_no_european_union(coder):
    """A sentence-initial "The Union" is the European Union only when the document names that
    body some other way too (actors/matching.py); alone it is a trade union (agents.yaml LAB)."""
    doc = coder.code("The Union demanded higher wages from the Renault company.", date="1994-05-01")
    actors = [a for e in doc.events for a in e.actor]
    assert actors and all(a.sector == "LAB" for a in actors), actors
    doc = coder.code("The European Union imposed new tariffs on Japanese steel. The Union said "
                     "it would lift them within a year.", date="1994-05-01")
    bodies = [a.code for e in doc.events for a in e.actor]
    assert bodies and all(c == "IGOEEC" for c in bodies), bodies
