"""Who acts and who is acted on: parties acted on by agentless passives, opponents of a clash,
purpose participles, reduced clauses of a moved force, participants "engaged in" an event, one
party per side, and relation nouns ("Libya's neighbour, Egypt"). Sentences written for these
tests."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, list, list]]:
    """(event, actor countries, recipient countries) of every coded event."""
    return [(e.event, [a.country for a in e.actor], [r.country for r in e.recipient])
            for e in coder.code(text).events]


def texts(coder, text: str, event: str) -> list[tuple[list[str], list[str]]]:
    """(actor texts, recipient texts) of the events of one type."""
    return [([a.text for a in e.actor], [r.text for r in e.recipient])
            for e in coder.code(text).events if e.event == event]


# (text, event, actor countries, recipient countries)
CODED = [
    # purpose participle: the owner of the campaign, or whoever launched it, does its act
    ("The Kenyan army launched a campaign aimed at crushing the Somali militants.", "ASSAULT",
     ["KEN"], ["SOM"]),
    ("The Kenyan army launched a campaign designed to crush the Somali militants.", "ASSAULT",
     ["KEN"], ["SOM"]),
    ("Kenya imposed new measures aimed at punishing Somalia.", "SANCTION", ["KEN"], ["SOM"]),
    # a force moved somewhere does the verb a reduced clause hides ("troops sent to ... fired")
    ("Kenyan troops sent to quell the riots fired on the crowd in Mombasa.", "ASSAULT",
     ["KEN"], ["KEN"]),
    # a force alerted or moved in the passive is its owner's own (MOBILIZE)
    ("Pakistani police were put on high alert in Karachi.", "MOBILIZE", ["PAK"], None),
    # whoever takes part in an event named after "in" does it, passive in form too
    ("Ugandan forces were engaged in heavy fighting with Sudanese troops.", "ASSAULT",
     ["UGA"], ["SDN"]),
    ("Ugandan soldiers became embroiled in fighting with the Sudanese militia.", "ASSAULT",
     ["UGA"], ["SDN"]),
    ("Ugandan troops participated in the invasion of southern Sudan.", "ASSAULT",
     ["UGA"], ["SDN"]),
    # an adjective after a noun controls its infinitive: the noun would act
    ("Kenya willing to withdraw troops from Somalia.", "AGREE", ["KEN"], ["SOM"]),
    # a state action done to those "in" a state is that state's ("only a state expels")
    ("Dozens of Somali diplomats in Nairobi were expelled on Monday.", "SANCTION",
     ["KEN"], ["SOM"]),
    ("Two British journalists in Kenya were arrested on Friday.", "COERCE", ["KEN"], ["GBR"]),
    # relation nouns: the apposition names the state, the possessor is the other side
    ("Libya's neighbour, Egypt, closed the border with Sudan.", "COERCE", ["EGY"], None),
    ("Iran's arch-foe, the United States, imposed sanctions on Tehran.", "SANCTION",
     ["USA"], ["IRN"]),
    ("Syria's ally Iran condemned the Israeli strikes.", "ACCUSE", ["IRN"], None),
]


@pytest.mark.parametrize("text, event, actors, recipients", CODED)
def test_dyad(coder, text: str, event: str, actors: list, recipients: list | None) -> None:
    found = [d for d in dyads(coder, text) if d[0] == event]
    assert found, dyads(coder, text)
    assert any(d[1] == actors and (recipients is None or d[2] == recipients) for d in found), found


# (text, event): the party acted on in an agentless passive is never its own doer
NOT_THEIR_OWN_DOER = [
    ("Kenya said two Somali diplomats were expelled for spying.", "SANCTION"),
    ("Three Tanzanian fishermen were detained near the island.", "COERCE"),
]


@pytest.mark.parametrize("text, event", NOT_THEIR_OWN_DOER)
def test_party_acted_on_is_not_the_actor(coder, text: str, event: str) -> None:
    for actors, recipients in texts(coder, text, event):
        assert not set(actors) & set(recipients)
        assert not any("diplomats" in a or "fishermen" in a for a in actors), actors


# (text, event, recipient text): the owner of the thing acted on still acts in the passive
OWNER_OF_THING = [
    ("The UN sanctions against Eritrea were finally lifted last year.", "RETREAT", "Eritrea"),
]


@pytest.mark.parametrize("text, event, recipient", OWNER_OF_THING)
def test_owner_of_the_thing_acts(coder, text: str, event: str, recipient: str) -> None:
    found = texts(coder, text, event)
    assert found and recipient in found[0][1], found


# (text, event, recipient text): the other side of a clash or of a mutual act named by "with"
# is kept, not replaced by a state named elsewhere in the sentence
OPPONENTS = [
    ("Critics of the Maldivian leadership clashed with police on Friday after a judge freed a "
     "former leader who lives in exile in Britain.", "PROTEST", "police"),
    ("Supporters of the Kenyan opposition clashed with police on Monday after Uganda expelled a "
     "former minister.", "PROTEST", "police"),
    # the "with" partner of a mutual act (CONSULT, AGREE, COOPERATE, SUPPORT) likewise
    ("Kenyan officials met with opposition leaders after Uganda closed the border.", "CONSULT",
     "opposition leaders"),
    ("Kenyan officials held talks with opposition leaders after Uganda closed the border.",
     "CONSULT", "opposition leaders"),
]


@pytest.mark.parametrize("text, event, recipient", OPPONENTS)
def test_clash_opponent_is_the_recipient(coder, text: str, event: str, recipient: str) -> None:
    found = texts(coder, text, event)
    assert found and found[0][1] == [recipient], found


# (text): a possessive pronoun's party is listed once and never acts on itself
ONE_PARTY_PER_SIDE = [
    "A local militia leader and his four associates surrendered in northern Kenya, an army "
    "source said.",
    "A local rebel commander and his five fighters surrendered to Kenyan troops in Garissa.",
]


@pytest.mark.parametrize("text", ONE_PARTY_PER_SIDE)
def test_one_party_per_side(coder, text: str) -> None:
    for e in coder.code(text).events:
        spans = [(a.start, a.end) for a in e.actor]
        assert len(spans) == len(set(spans)), e.actor
        assert not set(spans) & {(r.start, r.end) for r in e.recipient}, e


# (text, event): an adjective that only says which people are meant codes no act of theirs
DESCRIBING_ADJECTIVES = [
    ("Kenya courted rebels willing to renounce violence.", "THREATEN"),
]


@pytest.mark.parametrize("text, event", DESCRIBING_ADJECTIVES)
def test_a_describing_adjective_codes_no_act(coder, text: str, event: str) -> None:
    assert not texts(coder, text, event)
