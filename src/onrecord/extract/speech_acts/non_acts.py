"""Verbal events that are no act and are dropped: declined comments, charges named
only to be dismissed, and concern for someone rather than over a party's act."""

from __future__ import annotations

from typing import Any

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
