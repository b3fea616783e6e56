"""Verbal events that are no act and are dropped: declined comments, charges named
only to be dismissed, concern for someone rather than over a party's act, "X is to
blame" read as X blaming, and requests that ask no one ("requested anonymity", "pleaded
guilty")."""

from __future__ import annotations

from typing import Any

from onrecord.extract import arguments as args
from onrecord.extract.speech_acts.rules import speech_rules
from onrecord.extract.speech_acts.tokens import token_at
from onrecord.schema import Event


def declined_comments(coder: Any, events: list[Event]) -> None:
    """"refused to comment on the arrest", "refused to say whether ...": declining to comment
    is a statement (CAMEO 011, no PLOVER event), not a rejection; such events are dropped."""
    skip = speech_rules().get("comment_verbs", ())
    doc = coder.doc
    keep = []
    for ev in events:
        verb = token_at(doc, ev.trigger.start) if ev.event == "REJECT" else None
        if verb is not None and ev.trigger.end <= verb.idx + len(verb.text) and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in skip for c in verb.children):
            continue
        keep.append(ev)
    events[:] = keep


def dismissed_charges(coder: Any, events: list[Event]) -> None:
    """"the accusations by Britain were baseless": a charge named only to be dismissed is the
    speaker's denial (CAMEO 016, no PLOVER event), as "rejected the accusations" is; the noun
    is not coded as an accusation of its own."""
    words = speech_rules().get("dismissive_words", ())
    doc = coder.doc
    keep = []
    for ev in events:
        noun = token_at(doc, ev.trigger.start) if ev.event == "ACCUSE" else None
        if noun is not None and noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in words
                        for c in noun.head.children):
            continue
        keep.append(ev)
    events[:] = keep


def concerns(coder: Any, events: list[Event]) -> None:
    """Concern is disapproval (CAMEO 110) only when voiced over a party's own act ("concern
    over Pakistani missile tests", "Russia's deployment"); concern for someone, about a place,
    a fate or victims ("concern for the president's health", "about the fighting in Gaza") is
    an empathetic or pessimistic comment (CAMEO 018 / 012, no PLOVER event): dropped."""
    rule = speech_rules().get("concern") or {}
    nouns, preps = rule.get("nouns", ()), rule.get("topic_preps", ())
    doc = coder.doc
    keep = []
    for ev in events:
        if ev.event != "ACCUSE" or not ev.recipient:
            keep.append(ev)
            continue
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        noun = next((t for t in span if t.pos_ == "NOUN" and t.lemma_.lower() in nouns),
                    None) if span is not None else None
        if noun is None:
            keep.append(ev)
            continue
        owners = set()
        for p in [c for t in (noun, noun.head) for c in t.children
                  if c.dep_ == "prep" and c.lower_ in preps]:
            for topic in (g for g in p.children if g.dep_ == "pobj"):
                for t in [topic, *topic.conjuncts]:
                    owners.update(c.i for c in t.children if c.dep_ in (
                        "poss", "amod", "compound", "nmod"))
                    owners.update(g.i for c in t.children if c.dep_ == "agent"
                                  or c.dep_ == "prep" and c.lower_ == "by"
                                  for g in c.children if g.dep_ == "pobj")
        ranges = [(r.start, r.end) for r in ev.recipient]
        if any(doc[i].idx < end and doc[i].idx + len(doc[i].text) > start
               for i in owners for start, end in ranges):
            keep.append(ev)
    events[:] = keep


def blamed_subjects(coder: Any, events: list[Event]) -> None:
    """"the Chilean government was to blame for the violence": the subject of "be to blame" is
    the one blamed; an accusation coded from the verb with that subject as accuser is dropped
    (the speaker's accusation comes from the statement rule). Verbs: data/speech_acts.yaml
    ``predicative_blame``."""
    verbs = speech_rules().get("predicative_blame", ())
    doc = coder.doc
    keep = []
    for ev in events:
        verb = token_at(doc, ev.trigger.start) if ev.event == "ACCUSE" else None
        if verb is not None and verb.lemma_.lower() in verbs and verb.dep_ == "xcomp" and \
                verb.head.lemma_.lower() == "be" and args.has_to_infinitive(verb):
            continue
        keep.append(ev)
    events[:] = keep


def _mandative(verb) -> bool:
    """Whether the clause ``verb`` heads is a mandative subjunctive: a bare verb with no tense
    or modal ("that Chile withdraw", "that the talks be held")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB":
        return not aux
    return verb.tag_ == "VBN" and len(aux) == 1 and aux[0].lower_ == "be"


def _asks_no_one(tok, rule: dict) -> bool:
    """True when the asking word ``tok`` makes no request of anyone (data ``non_requests``)."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in rule.get("own_objects", ()) for c in kids):
        return True           # "who requested anonymity"
    plea_words = rule.get("plea_words", ())
    if lemma in rule.get("plea_verbs", ()) and (
            any(c.lower_ in plea_words for c in kids)
            or tok.dep_ == "compound" and tok.head.lower_ in plea_words):
        return True           # "pleaded guilty to fraud", "a guilty plea", "a plea deal"
    if lemma in rule.get("view_verbs", ()) and not any(
            c.dep_ in ("dobj", "xcomp", "dative") for c in kids) and any(
            c.dep_ == "ccomp" and not _mandative(c) for c in kids):
        return True           # "suggested that the matter was overblown": a view
    return lemma in rule.get("call_nouns", ()) and tok.dep_ == "dobj" and \
        tok.head.lemma_.lower() in rule.get("call_holders", ())   # "had a call with"


def non_requests(coder: Any, events: list[Event]) -> None:
    """Requests that ask no one for anything (CAMEO 10 / 02 need another party asked): a
    source's condition ("requested anonymity"), a plea in court ("pleaded guilty"), a call
    held ("had a call with"): dropped. Only events triggered by the asking word alone (or by
    "had a call") are read."""
    rule = speech_rules().get("non_requests") or {}
    doc = coder.doc
    keep = []
    for ev in events:
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand") \
            if ev.event == "REQUEST" else None
        word = span[-1] if span is not None and len(span) and (
            len(span) == 1 or span[-1].lemma_.lower() in rule.get("call_nouns", ())) else None
        if word is not None and _asks_no_one(word, rule):
            continue
        keep.append(ev)
    events[:] = keep
