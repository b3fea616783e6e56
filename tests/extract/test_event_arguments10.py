"""Who acts and who is acted on, eleventh round: "the two" for the parties named before,
fighters on a state's side, gatherings acted on, reason phrases, passive requests and the
power spied for. Sentences written for these tests."""

from __future__ import annotations

import pytest


def dyads(coder, text: str, event: str) -> list[tuple[set, set]]:
    """(actor countries, recipient countries) of the events of one type."""
    return [({a.country for a in e.actor}, {r.country for r in e.recipient})
            for e in coder.code(text, date="2001-03-01").events if e.event == event]


def sectors(coder, text: str, event: str) -> list[set]:
    """Actor sectors of the events of one type."""
    return [{a.sector for a in e.actor} for e in coder.code(text, date="2001-03-01").events
            if e.event == event]


# "The two" or "both" standing alone stands for the two parties named just before, like "the
# two sides" (descriptions.yaml bare_pair_words): a reciprocal act between them.
PAIR = [
    ("The Dutch premier met his Belgian counterpart in Ghent on Friday. The two agreed to "
     "build a joint rail link.", "agreed", "NLD", "BEL"),
    ("Chad and Sudan exchanged fire along the frontier on Monday. The two signed a ceasefire "
     "on Wednesday.", "signed", "TCD", "SDN"),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), PAIR)
def test_the_two_are_the_parties_named_before(coder, text, trigger, actor, recipient):
    events = coder.code(text, date="2001-03-01").events
    got = [({a.country for a in e.actor}, {r.country for r in e.recipient}) for e in events
           if e.trigger.text.startswith(trigger)]
    assert (({actor}, {recipient})) in got, got


# A numeral with no definite determiner names no one known ("two were wounded").
def test_a_bare_numeral_without_article_is_no_pair(coder):
    events = coder.code("Peru and Chile held talks in Lima. Two were wounded in a riot later.",
                        date="2001-03-01").events
    assert not any({"PER", "CHL"} <= {a.country for a in e.actor} for e in events), events


# PLOVER sector PRM: "paramilitary organizations not in opposition to government": an armed
# non-state role noun fighting "for" a state's government or army (descriptions.yaml
# pro_state_fighters), so rebels it attacks stay its recipient.
FIGHTERS = [
    ("Fighters for the Somali government attacked al-Shabaab positions near the port.",
     "ASSAULT"),
    ("Militiamen for the Sudanese army attacked rebel villages in Darfur.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "event"), FIGHTERS)
def test_fighters_for_the_state_are_paramilitaries(coder, text, event):
    got = sectors(coder, text, event)
    assert any("PRM" in s for s in got), got


def test_rebel_fighters_stay_rebels(coder):
    got = sectors(coder, "Rebel fighters attacked an army base in Chad.", "ASSAULT")
    assert got and all("PRM" not in s for s in got), got


# A gathering acted on by force (roles.yaml gathering_nouns, CAMEO 175 crowd control) stands
# for its people: what it protests ("against Israel") is not whom the police act on.
CROWD = [
    ("Egyptian police broke up a demonstration against Israel in Alexandria.", "EGY", "EGY"),
    ("Kenyan riot police broke up a protest against the Chinese embassy.", "KEN", "KEN"),
    ("Police broke up a demonstration by Palestinian workers in Amman.", "JOR", "PSE"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), CROWD)
def test_a_gathering_acted_on_is_its_people(coder, text, actor, recipient):
    got = dyads(coder, text, "ASSAULT")
    assert (({actor}, {recipient})) in got, got


def test_a_protest_against_a_state_still_targets_it(coder):
    got = dyads(coder, "Students staged a demonstration against Israel in Alexandria.",
                "PROTEST")
    assert any("ISR" in r for _, r in got), got


# "fired at protesters marching to ...": a misparse makes the people the subject of the
# participle; they are the ones fired at, and where they march names no one acted on.
def test_people_under_a_participle_are_the_object(coder):
    got = dyads(coder, "Kenyan police fired tear gas at protesters marching to the Chinese "
                "embassy.", "ASSAULT")
    assert got and all("CHN" not in r for _, r in got), got


# With the people acted on named, a party in the trigger's reason phrase (roles.yaml
# reason_preps) is the case, not the recipient.
def test_a_reason_phrase_names_no_recipient(coder):
    got = dyads(coder, "Turkish authorities detained three journalists over reports on Syria.",
                "COERCE")
    assert got and all("SYR" not in r for _, r in got), got


# "Libya was urged (by France) to release ...": the one urged is asked (PLOVER REQUEST
# recipient); the "by" agent, else a state reporting it, asks (roles.yaml asked_party_types,
# reported_passive_types).
ASKED = [
    ("Libya was urged by France to free the two sailors.", "FRA", "LBY"),
    ("France said Libya was urged to free the two sailors.", "FRA", "LBY"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), ASKED)
def test_the_one_urged_is_asked(coder, text, actor, recipient):
    got = dyads(coder, text, "REQUEST")
    assert (({actor}, {recipient})) in got, got


def test_an_unreported_agentless_request_has_no_asker(coder):
    got = dyads(coder, "Libya was urged to free the two sailors.", "REQUEST")
    assert not any("LBY" in a for a, _ in got), got


# The state someone spies for is a foreign power (descriptions.yaml spied_for_verbs): it is not
# the story's country, so the police and the suspect are not made its own.
def test_the_power_spied_for_is_not_the_story_country(coder):
    got = dyads(coder, "Police detained a man suspected of spying for Russia.", "COERCE")
    assert got and all("RUS" not in a for a, _ in got), got


# A named person of no known office is a party of their own, not their state: "Okello accused
# Uganda" keeps the state as the one accused (arguments.party_key), a domestic dyad.
def test_a_citizen_accusing_their_state_keeps_it(coder):
    got = dyads(coder, "Speaking in Nairobi, Okello accused Uganda of supporting rebels.",
                "ACCUSE")
    assert (({"UGA"}, {"UGA"})) in got, got
