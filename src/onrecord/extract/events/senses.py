"""Sense checks on a bare verb trigger's object: some verbs are an event only with a certain
kind of object, or not with a certain kind ("released the hostages", not "released a report") or only without one
("protesters demonstrated", not "demonstrated resolve"). The tables are data
(triggers_frames.yaml: object_kinds, intransitive_senses); this module holds the test."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from onrecord.extract.arguments import PARTY_ENTS
from onrecord.extract.triggers import Match, load_lexicon
from onrecord.pronouns import pronouns

# people named by a pronoun: personal subject and object forms, and who/whom
PERSON_PRONOUNS = pronouns(1, ("nom", "acc")) | pronouns(3, ("nom", "acc"), animate=True) | {
    "who", "whom"}
WH_WORDS = frozenset({"WDT", "WP"})


@cache
def _tables() -> tuple[dict[str, dict[str, Any]], dict[str, frozenset[str]]]:
    """The object_kinds table (object lists with "@set" names expanded) and the
    intransitive-only senses with the dependents that rule them out, read once."""
    frames = load_lexicon().frames
    sets = frames.get("object_sets") or {}
    kinds: dict[str, dict[str, Any]] = {}
    def words(names: list[str]) -> frozenset[str]:
        out: set[str] = set()
        for w in names:
            out.update(sets[w[1:]] if w.startswith("@") else [w])
        return frozenset(out)

    for key, spec in (frames.get("object_kinds") or {}).items():
        kinds[key] = {"objects": words(spec.get("objects", ())),
                      "not_objects": words(spec.get("not_objects", ())),
                      "parties": bool(spec.get("parties")),
                      "required": bool(spec.get("required"))}
    intransitive = {k: frozenset(v) for k, v in (frames.get("intransitive_senses") or {}).items()}
    return kinds, intransitive


def verb_object(verb: Token) -> Token | None:
    """What the verb acts on: its direct object, its passive subject, the noun a participle or
    relative clause describes, or the object it shares with a coordinated verb."""
    described = verb.head if verb.head.pos_ in ("NOUN", "PROPN", "PRON") else None
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            # "the sailors who were released": the relative pronoun stands for the noun
            return described if c.tag_ in WH_WORDS and verb.dep_ == "relcl" and described \
                is not None else c
    if described is not None and (verb.dep_ == "acl" and verb.tag_ == "VBN"
                                  or relative_object(verb)):
        return described      # "the prisoners freed on Monday", "the hostages it released"
    if verb.dep_ == "conj":
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    for c in verb.children:           # "arrested and released dozens": the shared object
        if c.dep_ == "conj" and c.pos_ == "VERB":
            found = next((g for g in c.children if g.dep_ == "dobj"), None)
            if found is not None:
                return found
    return None


def relative_object(verb: Token) -> bool:
    """True for a relative clause whose head noun is the verb's object ("the testimony he
    gave"): its subject is no relative pronoun and it has no object of its own."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ not in WH_WORDS for c in verb.children) and not any(
        c.dep_ in ("dobj", "dative") for c in verb.children)


def object_names_party(tok: Token) -> bool:
    """True when an object names a person, people or a body: an entity (of any part of speech)
    or a pronoun as its head, or a nationality or name modifying it ("four Lebanese truck
    drivers"); looser than arguments.names_party, which pins a recipient."""
    return tok.ent_type_ in PARTY_ENTS or tok.lower_ in PERSON_PRONOUNS or any(
        c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "PERSON")
        for c in tok.children)


def sense_fits(m: Match) -> bool:
    """False when a bare verb trigger's object rules its event sense out."""
    if m.kind != "verb" or m.obj is not None:
        return True
    kinds, intransitive = _tables()
    head = m.head
    key = f"{head.lemma_.lower()}>{m.sense.event}"
    barred = intransitive.get(key)
    if barred and (any(c.dep_ in barred for c in head.children)
                   or "relcl_object" in barred and relative_object(head)):
        return False       # "demonstrated that ...", "rallied its allies": showing, gathering
    spec = kinds.get(key)
    if spec is None:
        return True
    obj = verb_object(head)
    if obj is None:
        return not spec["required"]
    lemmas = {obj.lemma_.lower(), obj.lower_}
    if spec["not_objects"]:
        return not lemmas & spec["not_objects"]
    return bool(lemmas & spec["objects"]) or spec["parties"] and object_names_party(obj)
