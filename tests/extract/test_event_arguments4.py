"""Who acts and who is acted on, continued: the "by" agent of an attack hung on its target, the
first subject acted on by a passive second verb, the one quoted "as" doing something, and the
party a complaint is lodged "with". Sentences written for these tests."""

from __future__ import annotations

import pytest


def texts(coder, text: str, event: str) -> list[tuple[list[str], list[str]]]:
    """(actor texts, recipient texts) of the events of one type."""
    return [([a.text for a in e.actor], [r.text for r in e.recipient])
            for e in coder.code(text).events if e.event == event]


def countries(coder, text: str, event: str) -> list[tuple[list, list]]:
    """(actor countries, recipient countries) of the events of one type."""
    return [([a.country for a in e.actor], [r.country for r in e.recipient])
            for e in coder.code(text).events if e.event == event]


# (text, event, actor text, recipient text or None)
PARTIES = [
    # the "by" phrase the parser hangs on an attack's target names the attacker
    ("The attack on the embassy by Somali militants killed four guards.", "ASSAULT",
     "Somali militants", None),
    ("A raid on the barracks by Ugandan rebels left six soldiers dead.", "ASSAULT",
     "Ugandan rebels", None),
    # a passive second verb acts on the subject of the first
    ("Kenyan rebels attempted to seize the airport but were repulsed by government troops.",
     "ASSAULT", "government troops", "Kenyan rebels"),
    # the one quoted "as" doing something does it, not the medium quoting
    ("Tehran radio quoted the Iranian defence minister as accusing Iraq of shelling border "
     "towns.", "ACCUSE", "the Iranian defence minister", "Iraq"),
    ("The Iraqi defence minister was quoted as accusing Kuwait of stealing oil.", "ACCUSE",
     "The Iraqi defence minister", "Kuwait"),
    # a protest lodged "with" a party is lodged with it (CAMEO 114)
    ("Beijing lodged a protest with Washington over the visit of the Taiwanese premier.",
     "ACCUSE", "Beijing", "Washington"),
    ("Hanoi filed a complaint with Beijing over the arrest of Vietnamese fishermen.", "ACCUSE",
     "Hanoi", "Beijing"),
    # the one at whose request an act is done is no party acted on
    ("Kenya freed 40 jailed fishermen at the request of the Pope.", "RETREAT", "Kenya",
     "40 jailed fishermen"),
]


@pytest.mark.parametrize("text, event, actor, recipient", PARTIES)
def test_parties(coder, text: str, event: str, actor: str, recipient: str | None) -> None:
    found = texts(coder, text, event)
    assert any(actor in a and (recipient is None or recipient in r) for a, r in found), found


# (text, event, actor countries): an attack's target is never its own doer
ATTACK_AGENTS = [
    ("The assault on the convoy by Sudanese militiamen killed nine drivers.", "ASSAULT",
     ["SDN"]),
]


@pytest.mark.parametrize("text, event, actors", ATTACK_AGENTS)
def test_attack_agent_country(coder, text: str, event: str, actors: list) -> None:
    found = countries(coder, text, event)
    assert any(a == actors for a, _ in found), found


# (text, event, word never an actor): those acted on in a gerund after the accuser are not it
NOT_ACTORS = [
    ("The Ugandan army was accused by human rights groups of torturing detainees.", "ACCUSE",
     "detainees"),
    # an interview "with" a newspaper is no party warned
    ("Kenya warned Somalia in an interview with a Nairobi newspaper.", "THREATEN",
     "newspaper"),
]


@pytest.mark.parametrize("text, event, word", NOT_ACTORS)
def test_not_the_actor(coder, text: str, event: str, word: str) -> None:
    for actors, recipients in texts(coder, text, event):
        assert not any(word in a for a in actors), actors
        if event == "THREATEN":
            assert not any(word in r for r in recipients), recipients


# (text, event, actor text, recipient text): the doer named around an agentless passive or on
# a document noun, and the one a frame's passive verb acts on
MORE_PARTIES = [
    # killed "in clashes with" a side: that side did it (PLOVER ASSAULT actor)
    ("Twelve rebels were killed in clashes with Chadian troops near Abeche.", "ASSAULT",
     "Chadian troops", "Twelve rebels"),
    # a crowd dispersed by police "using tear gas": the crowd is acted on
    ("Witnesses said the marchers were dispersed by riot police using tear gas.", "ASSAULT",
     "riot police", "the marchers"),
    # a document "issued by" a body: the body accuses
    ("A statement issued by the Kenyan foreign ministry accused Uganda of arming the rebels.",
     "ACCUSE", "the Kenyan foreign ministry", "Uganda"),
    # the possessor of what bandits ambushed is the victims' side
    ("Three Kenyan policemen were hurt when bandits ambushed their convoy near Moyale.",
     "ASSAULT", "bandits", "Three Kenyan policemen"),
]


@pytest.mark.parametrize("text, event, actor, recipient", MORE_PARTIES)
def test_more_parties(coder, text: str, event: str, actor: str, recipient: str) -> None:
    found = texts(coder, text, event)
    assert any(actor in a and recipient in r for a, r in found), found


# (text, event, actor countries, recipient countries)
DYADS = [
    # two states agreeing on a thing or force of theirs agree with each other
    ("Kenya and Tanzania agreed to reduce troops along their common border.", "AGREE",
     ["KEN"], ["TZA"]),
    # hurt "when"/"as" someone attacked: the attacker named in that clause did it
    ("Four Kenyan soldiers were killed when Somali militants stormed their base.", "ASSAULT",
     ["SOM"], ["KEN"]),
    ("Six Malian soldiers were wounded as jihadists launched an attack on a checkpoint.",
     "ASSAULT", None, ["MLI"]),
    # a call for a withdrawal named by nationality is a call on that state
    ("Kenya called for an Ethiopian withdrawal from the border town of Moyale.", "REQUEST",
     ["KEN"], ["ETH"]),
    # the Pope speaks for the Holy See, whatever country the story is about
    ("The Pope appealed for an end to the fighting in Sierra Leone.", "REQUEST", ["VAT"], None),
]


@pytest.mark.parametrize("text, event, actors, recipients", DYADS)
def test_dyads(coder, text: str, event: str, actors: list | None,
               recipients: list | None) -> None:
    found = countries(coder, text, event)
    assert any((actors is None or a == actors) and (recipients is None or r == recipients)
               for a, r in found), found
