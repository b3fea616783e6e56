"""More argument roles: who acts and on whom in controlled and reduced clauses, reciprocal objects,
opponents named by "with", capitals that say where, and passives whose doer the sentence names on
the attack (sentences written for these tests; invented names and places)."""

from __future__ import annotations

import pytest


def dyads(coder, text: str, event: str) -> list[tuple[list, list]]:
    """(actor countries or texts, recipient countries or texts) of every ``event`` coded."""
    return [([a.country or a.text for a in e.actor], [r.country or r.text for r in e.recipient])
            for e in coder.code(text).events if e.event == event]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    # an agentless passive whose attack names its doer ("in"/"during" an attack by X)
    ("Five soldiers were killed during an attack by rebels on an army post.", "ASSAULT",
     ["rebels"], ["Five soldiers"]),
    ("Two policemen were wounded in a bombing by Basque separatists in Bilbao, police said.",
     "ASSAULT", ["ESP"], ["ESP"]),
    ("Three villagers were killed in Israeli air strikes on Gaza, medics said.", "ASSAULT",
     ["ISR"], ["Three villagers"]),
    # "each other": the coordinated subjects act on one another
    ("Armenia and Azerbaijan accused each other of violating the ceasefire.", "ACCUSE",
     ["ARM"], ["AZE"]),
    ("Greece and Turkey have criticized one another over the islands.", "ACCUSE",
     ["GRC"], ["TUR"]),
    # a verb of fighting one another: "with" names the other side, not a means
    ("The rebels clashed with government troops near Goma.", "ASSAULT",
     ["COD"], ["COD"]),
    # a to-infinitive on a decision noun: its "by" agent or demonym decides
    ("The decision by Britain to expel three Soviet diplomats angered Moscow.", "SANCTION",
     ["GBR"], ["RUS"]),
    ("The British decision to expel three Soviet diplomats angered Moscow.", "SANCTION",
     ["GBR"], ["RUS"]),
    # a relative pronoun subject stands for the phrase it hangs on
    ("The rebels, who have vowed to topple the government, attacked a police post in the south.",
     "THREATEN", ["The rebels"], ["the government"]),
    # a capital after "in" is the city acted on, not the government again
    ("The Thai government will extend the curfew in Bangkok.", "COERCE", ["THA"], ["THA"]),
    # "its policy of attacking": the owner of a practice noun does the gerund's act
    ("Iraq continued its policy of attacking Iranian oil tankers in the Gulf.", "ASSAULT",
     ["IRQ"], ["IRN"]),
    ("The rebels have a history of kidnapping foreign aid workers.", "ASSAULT",
     ["The rebels"], ["foreign aid workers"]),
    # the doer of a purpose after "in a bid to" is the clause's subject
    ("Iraq shelled Iranian border towns in a bid to force Tehran to negotiate.", "ASSAULT",
     ["IRQ"], ["IRN"]),
    # "troops sent to disarm the rebels": the troops sent do the act
    ("Indian troops sent to Sri Lanka to disarm Tamil rebels began pulling out.", "RETREAT",
     ["IND"], ["LKA"]),
    # an event noun that is the means ("answered with a crackdown") is the subject's act
    ("The army answered with a crackdown on the opposition.", "COERCE",
     ["The army"], ["the opposition"]),
    # a document with no issuer on its verb: the body named on it acts
    ("A Security Council resolution demanding an Iraqi withdrawal from Kuwait was adopted.",
     "REQUEST", ["A Security Council resolution"], ["IRQ"]),
    # a pair of countries on a noun of a mutual act names its two sides
    ("The Iran-Iraq ceasefire took effect on Saturday.", "RETREAT", ["IRN"], ["IRQ"]),
    ("The Indian and Pakistani armies exchanged fire across the border.", "ASSAULT",
     ["IND"], ["PAK"]),
])
def test_event_dyad(coder, text: str, event: str, actor: list, recipient: list) -> None:
    assert (actor, recipient) in dyads(coder, text, event)


@pytest.mark.parametrize(("text", "event"), [
    # a passive with no doer named anywhere stays uncoded (PLOVER needs an actor)
    ("Five soldiers were killed in an attack on an army post, the army said.", "ASSAULT"),
    ("Israel was criticized for bombing a refugee camp in Lebanon.", "ACCUSE"),
])
def test_no_doer_no_event(coder, text: str, event: str) -> None:
    assert dyads(coder, text, event) == []


def test_controlled_subject_of_a_passive_with_an_agent(coder) -> None:
    """"Egypt was asked by the US to mediate": Egypt, the one asked, is the one to mediate."""
    from onrecord.extract import arguments as args
    from onrecord.nlp import load_nlp

    doc = load_nlp()("Egypt was urged by the United States to withdraw its troops.")
    verb = next(t for t in doc if t.lower_ == "withdraw")
    assert args.clause_subject(verb).text == "Egypt"


def test_party_inside_the_actors_phrase_is_not_its_target(coder) -> None:
    """"The army, backed by advisers from X, shelled the town": the backer is on the actor's
    side, never the recipient read from context."""
    found = dyads(coder, "The Libyan army, backed by Soviet advisers, shelled the town.", "ASSAULT")
    assert found and all("RUS" not in rec for _, rec in found)


def test_stance_with_is_no_means(coder) -> None:
    """"has been on board with the coup": a stance, so the coup is not the subject's act."""
    text = "The Lotan party, long on board with the army's coup, rejected the new cabinet."
    assert all("The Nour party" not in a for a, _ in dyads(coder, text, "COERCE"))


def test_commanders_own_men_are_not_the_target(coder) -> None:
    """"ordered his men to attack": the men are the commander's own, not whom he attacks."""
    found = dyads(coder, "The rebel leader, a former army colonel, ordered his men to attack the "
                  "capital.", "ASSAULT")
    assert found and all("his men" not in rec for _, rec in found)


def test_allies_acting_together_on_an_object_are_not_split(coder) -> None:
    """"X and its allies shelled villages": they act together, the ally is no target."""
    found = dyads(coder, "Israel and its Lebanese militia allies shelled villages in south "
                  "Lebanon.", "ASSAULT")
    assert found and all("ISR" in act and "Lebanese" not in rec for act, rec in found)


def test_joint_offensive_is_not_one_side_on_the_other(coder) -> None:
    found = dyads(coder, "A joint Syrian-Lebanese offensive drove the militia out of the town.",
                  "ASSAULT")
    assert all("LBN" not in rec for _, rec in found)
