"""Modality of an event trigger: negated, hypothetical (modals, conditions, proposals), future.

Reads the auxiliaries, negations and condition markers on the trigger's clause and on the clauses
that govern it through complements ("would agree to meet", "if Russia attacks ..."); cue words are
data (triggers_frames.yaml, ``modality``; its word lists are frozensets, triggers.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from onrecord.extract.arguments import has_to_infinitive, role_set

CLIMB_DEPS = frozenset({"xcomp", "acomp", "oprd"})


@dataclass
class Modality:
    """The three PLOVER auxiliary flags we code, plus the condition marker that set them."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    condition: str | None = None     # "if" / "unless" when a conditional clause is involved
    in_condition: bool = False       # the trigger is inside the condition ("if Russia attacks")
    conditioned: bool = False        # a condition named in a phrase ("under the right conditions")
    ceased: bool = False             # a stance given up: "no longer opposes", "not ... any longer"


def governing_chain(tok: Token) -> list[Token]:
    """``tok`` and the heads it is a complement of (xcomp / acomp), innermost first; a gerund
    after a course noun ("will start the process of withdrawing") climbs to the noun's verb."""
    chain = [tok]
    t = tok
    while len(chain) < 6:
        if t.dep_ in CLIMB_DEPS and t.head != t:
            t = t.head
        elif t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ == "NOUN" and \
                t.head.head.lemma_.lower() in role_set("course_nouns") and \
                t.head.head.dep_ in ("dobj", "nsubjpass", "attr"):
            t = t.head.head.head
        else:
            break
        chain.append(t)
    return chain


def reported_in_past(tok: Token, cues: dict) -> bool:
    """True when the clause of ``tok`` is what someone said or announced in the past ("Trump
    said Chile would quit the accord", "in announcing that they would suspend ..."):
    there "would" is the reported "will", a future, not a hypothetical."""
    verbs = cues.get("reported_speech_verbs", ())
    t = tok
    for _ in range(4):
        if t.dep_ not in ("ccomp", "xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ != "conj" and t.lemma_.lower() in verbs:
            return t.tag_ in ("VBD", "VBN") or t.tag_ == "VBG" and t.dep_ == "pcomp"
    return False


def clause_modality(tok: Token, cues: dict) -> Modality:
    """Flags for the clause headed by ``tok`` (a verb, or the verb governing an event noun)."""
    m = clause_flags(tok, cues)
    if m.hypothetical and m.condition is None and not m.in_condition and not m.conditioned \
            and _only_would(tok, cues) and reported_in_past(tok, cues):
        m.hypothetical, m.future = False, True
    return m


def _only_would(tok: Token, cues: dict) -> bool:
    """True when "would" is the clause's only hypothetical auxiliary ("would leave"; not
    "would rather", "could", "might")."""
    hyp_aux = cues.get("hypothetical_aux", ())
    auxes = [c.lower_ for t in governing_chain(tok) for c in t.children
             if c.dep_ in ("aux", "auxpass") and c.lower_ in hyp_aux]
    return bool(auxes) and all(a in ("would", "'d") for a in auxes)


def clause_flags(tok: Token, cues: dict) -> Modality:
    """The flags the clause's own words give (auxiliaries, negation, conditions)."""
    m = Modality()
    future_aux = cues.get("future_aux", ())
    hyp_aux = cues.get("hypothetical_aux", ())
    cond = cues.get("conditional_marks", ())
    cond_preps = cues.get("condition_preps", ())
    cond_nouns = cues.get("condition_nouns", ())
    neg_words = cues.get("negation_words", ())
    neg_preps = cues.get("negating_preps", ())
    ceasing = cues.get("ceasing_adverbs", ())
    be_to_exempt = cues.get("be_to_exempt", ())
    for t in governing_chain(tok):
        if t.dep_ == "pcomp" and t.head.lower_ in neg_preps:
            m.negated = True           # "without demanding payment"

        for c in t.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ == "advmod" and low == "never"):
                m.negated = True
            if c.dep_ == "advmod" and low in ceasing and (
                    any(g.dep_ == "neg" for g in c.children)
                    or any(g.dep_ == "neg" for g in t.children)):
                m.negated = m.ceased = True     # "no longer opposes", "does not ... any longer"
            elif c.dep_ in ("aux", "auxpass"):
                if low in future_aux:
                    m.future = True
                elif low in hyp_aux:
                    m.hypothetical = True
            elif c.dep_ == "advcl":
                mark = next((g.lower_ for g in c.children if g.dep_ == "mark"), None)
                if mark in cond:
                    m.condition = mark
                    if mark != "unless":
                        m.hypothetical = True
            elif c.dep_ == "prep" and low in cond_preps and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in cond_nouns for g in c.children):
                m.conditioned = True       # "would meet him under the right circumstances"
                m.hypothetical = True
        # inside the condition itself: "if Russia attacks"
        if t.dep_ == "advcl":
            mark = next((g.lower_ for g in t.children if g.dep_ == "mark"), None)
            if mark in cond:
                m.hypothetical = True
                m.in_condition = True
        # "is going to meet", "is about to"
        if t.lemma_ == "go" and t.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in t.children):
            m.future = True
        # "the president is to visit China", "the two sides are to hold talks": be + to-infinitive
        # states a plan, not a realized act
        if t.lemma_ == "be" and t is not tok and any(
                c.dep_ == "xcomp" and c.lemma_.lower() not in be_to_exempt and has_to_infinitive(c)
                for c in t.children):
            m.future = True
    if tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in neg_words for c in tok.children
    ):
        m.negated = True
    if tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and negative_subject(c, cues)
            for c in tok.children):
        m.negated = True       # "no missile hit the plane", "nobody was arrested"
    return m


def negative_subject(subj: Token, cues: dict) -> bool:
    """True for a subject that denies the act ("no missile", "no troops", "nobody", "none of
    the soldiers"): a determiner "no" or a negative pronoun (modality ``negative_subjects``)."""
    return subj.lower_ in cues.get("negative_subjects", ()) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def noun_modality(noun: Token, cues: dict) -> Modality:
    """Flags an event noun carries by itself ("possible talks", "no talks")."""
    m = Modality()
    hyp_mods = cues.get("hypothetical_modifiers", ())
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in hyp_mods:
            m.hypothetical = True
        if c.dep_ == "det" and c.lower_ == "no":
            m.negated = True
    return m
