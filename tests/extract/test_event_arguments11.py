"""Who acts and who is acted on, twelfth round: an attack named only as the cause of a passive
harm, a stance the passive subject holds, and named bodies that are non-governmental.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def of_type(coder, text: str, event: str) -> list:
    """The events of one type coded from one text."""
    return [e for e in coder.code(text, date="2001-03-01").events if e.event == event]


# "A suicide bombing killed nine soldiers" keeps the attack as an actor of unknown country; the
# passive "nine soldiers were killed in a suicide bombing" says the same (roles.yaml
# cause_event_preps), so it is the same ASSAULT with the victims as recipient (PLOVER UNK: the
# actor of "two civilians were killed by a bomb" is an unidentified one).
CAUSE_ATTACK = [
    ("Nine Malian soldiers were killed in a suicide bombing near Gao.", "MLI"),
    ("Four Afghan policemen were wounded in a roadside bombing in Herat.", "AFG"),
]


@pytest.mark.parametrize(("text", "recipient"), CAUSE_ATTACK)
def test_an_attack_named_as_cause_stands_for_its_unnamed_doer(coder, text, recipient):
    got = [({a.country for a in e.actor}, {r.country for r in e.recipient})
           for e in of_type(coder, text, "ASSAULT")]
    assert ({None}, {recipient}) in got, got


# (a bare "attack" or fighting between sides names no attack by its means)
NO_DOER = [
    "Twelve Malian soldiers were killed in Gao.",
    "Seven Malian soldiers were killed in an attack on a border post, the army said.",
    "Several Chadian soldiers were reportedly killed in the fighting near Abeche.",
]


@pytest.mark.parametrize("text", NO_DOER)
def test_a_passive_harm_with_no_single_attack_named_has_no_actor(coder, text):
    assert not of_type(coder, text, "ASSAULT")


# PLOVER AGREE / CAMEO 030: "is committed to" states the subject's own commitment, so without a
# "by" agent the passive subject is the one who agrees (roles.yaml stance_passives).
STANCE = [
    ("Vietnam is committed to peace in the region.", "VNM"),
    ("The minister said Bolivia was committed to the border treaty with Chile.", "BOL"),
]


@pytest.mark.parametrize(("text", "actor"), STANCE)
def test_a_committed_subject_agrees(coder, text, actor):
    got = [{a.country for a in e.actor} for e in of_type(coder, text, "AGREE")]
    assert {actor} in got, got


# CAMEO NGO: a named organisation of no state whose name's head says it is a non-governmental
# body (descriptions.yaml ngo_name_heads) keeps no country but the sector NGO.
NGO = [
    ("The Salween Foundation accused Myanmar of torture.", "MMR"),
    ("Global Justice Watch accused Kenya of abusing detainees.", "KEN"),
]


@pytest.mark.parametrize(("text", "recipient"), NGO)
def test_a_named_foundation_or_watch_is_an_ngo(coder, text, recipient):
    got = [({(a.country, a.sector) for a in e.actor}, {r.country for r in e.recipient})
           for e in of_type(coder, text, "ACCUSE")]
    assert ({(None, "NGO")}, {recipient}) in got, got


# PLOVER REQUEST: the one who accepts or rejects an appeal named with its own requester is the
# party asked (roles.yaml request_response_verbs).
ANSWERED = [
    ("Peru accepted an appeal by the Pope to pardon the prisoners.", "VAT", "PER"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), ANSWERED)
def test_the_one_who_answers_an_appeal_is_asked(coder, text, actor, recipient):
    got = [({a.country for a in e.actor}, {r.country for r in e.recipient})
           for e in of_type(coder, text, "REQUEST")]
    assert ({actor}, {recipient}) in got, got


# The Pope heads a church across states (descriptions.yaml roving_seat_sectors): his see does
# not make the story's country, and he is no people facing a government of his own.
def test_the_pope_does_not_place_the_government_he_appeals_to(coder):
    text = "The government accepted an appeal by the Pope to free the prisoners."
    got = [{r.country for r in e.recipient} for e in of_type(coder, text, "REQUEST")]
    assert got and all("VAT" not in g for g in got), got


# With a plural subject, "the other" is reciprocal like "each other" (roles.yaml
# reciprocal_objects): the first party acts on the second.
RECIPROCAL = [
    ("Iran and Iraq met in Geneva. Both accused the other of aggression.", "IRN", "IRQ"),
    ("Peru and Ecuador held talks in Lima. Both accused the other of moving troops to the "
     "border.", "PER", "ECU"),
]


@pytest.mark.parametrize(("text", "actor", "recipient"), RECIPROCAL)
def test_both_accusing_the_other_is_reciprocal(coder, text, actor, recipient):
    got = [({a.country for a in e.actor}, {r.country for r in e.recipient})
           for e in of_type(coder, text, "ACCUSE")]
    assert ({actor}, {recipient}) in got, got


# A state named only as the one suspects had ties with, in the reason for the act
# (descriptions.yaml foreign_tie_nouns), is a foreign power, not the story's country.
def test_a_state_tied_to_in_the_reason_places_no_one(coder):
    text = "Police arrested two journalists for contacts with Britain."
    got = [({a.country for a in e.actor}, {r.country for r in e.recipient})
           for e in of_type(coder, text, "COERCE")]
    assert got and all("GBR" not in a | r for a, r in got), got


# A finite main verb left with no subject after a long opening phrase without a comma: the
# parser joined the subject to that phrase, so the noun right before the verb acts.
def test_a_subject_absorbed_by_an_opening_phrase_acts(coder):
    text = ('Under the "Road to Peace" framework drafted by the Arab League and the European '
            'Union Israeli and Palestinian negotiators have promised to agree on borders.')
    got = [{a.country for a in e.actor} for e in of_type(coder, text, "AGREE")]
    assert {"ISR"} in got, got


def test_an_opening_phrase_with_a_subject_keeps_it(coder):
    got = [({a.country for a in e.actor}, {r.country for r in e.recipient}) for e in
           of_type(coder, "In Geneva Iran and Iraq have agreed to a ceasefire.", "AGREE")]
    assert ({"IRN"}, {"IRQ"}) in got, got


# Coordinated passive participles share the "by" agent named after the last one ("donated and
# delivered by a Turkish charity"): PLOVER actor, who carries out the event.
SHARED_AGENT = [
    ("Tents for 500 Syrian refugees were donated and delivered by a Turkish charity.",
     "AID", "donated", "TUR"),
    ("Scholarships for 300 Iraqi university students donated and funded by an American "
     "charity.", "AID", "donated", "USA"),
]


@pytest.mark.parametrize(("text", "event", "trigger", "actor"), SHARED_AGENT)
def test_coordinated_participles_share_their_agent(coder, text, event, trigger, actor):
    got = [{a.country for a in e.actor} for e in of_type(coder, text, event)
           if e.trigger.text.split()[-1] == trigger or e.trigger.text == trigger]
    assert {actor} in got, got


def test_a_shelled_and_captured_town_was_shelled_by_the_rebels(coder):
    got = [{a.sector for a in e.actor} for e in
           of_type(coder, "The town was shelled and captured by rebels.", "ASSAULT")]
    assert {"REB"} in got, got
