"""Allegations read from what is claimed: a speaker who claims (asserts, contends) that
another party did a hostile act accuses that party (CAMEO 112 "accuse, allege"); the claimed
act stays, reported by the speaker (data/speech_acts.yaml ``claimed_act``)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from spacy.tokens import Doc, Token

from onrecord.extract import arguments as args
from onrecord.extract.model import FoundStatement
from onrecord.extract.speech_acts.event_edits import build_event
from onrecord.extract.speech_acts.rules import speech_rules
from onrecord.extract.speech_acts.sides import same_side
from onrecord.extract.speech_acts.tokens import in_question, is_negated
from onrecord.extract.triggers import make_sense
from onrecord.schema import Event


def claimed_acts(coder: Any, events: list[Event]) -> list[Event]:
    """"Baghdad claimed that Iranian artillery shelled Basra": an ACCUSE by the speaker toward
    the doer of the hostile act (of the rule's types) claimed in the content, one per
    statement; "said" counts when the sentence calls the statement an accusation ("..., a
    charge Moscow denied"). A claim about one's own side, a denied or asked claim, and acts
    the content denies or only supposes accuse no one; a cue already coded is left alone."""
    rule = speech_rules().get("claimed_act") or {}
    cues, types = rule.get("cue_lemmas", ()), rule.get("types", ())
    labels = rule.get("label_nouns", ())
    if not cues:
        return []
    doc, sents = coder.doc, coder._sents
    covered = {e.trigger.start for e in events}
    out: list[Event] = []
    for fs in coder.statements:
        if fs.cue_token is None or fs.cue_class != "speech":
            continue
        cue = doc[fs.cue_token]
        if not (cue.lemma_.lower() in cues or _labelled(cue, labels)) or cue.idx in covered \
                or is_negated(cue) or in_question(sents, cue.i):
            continue
        if not (fs.speaker.country or fs.speaker.code) or args.is_newsroom(fs.speaker):
            continue
        start, end = fs.content_tokens
        if end <= start:
            continue
        lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        for act in events:
            if act.event not in types or not lo <= act.trigger.start < hi or act.negated \
                    or act.hypothetical or act.future or not _is_claim(doc, act, cue):
                continue
            them = [a for a in act.actor if (a.country or a.code) and not args.is_newsroom(a)
                    and not same_side(a, fs.speaker)]
            if not them or len(them) < len(act.actor):
                continue      # "claimed that its own troops ...": no one else is accused
            out.append(_accusation(coder, fs, cue, them, rule))
            covered.add(cue.idx)
            break
    return out


def _labelled(cue: Token, nouns: Collection[str]) -> bool:
    """True when the cue's sentence names what is said as an accusation in an appositive after
    a comma ("said Russian jets bombed the town, a charge Moscow denied")."""
    for t in cue.sent:
        if t.i <= cue.i or t.lemma_.lower() not in nouns or t.pos_ != "NOUN":
            continue
        first = t.left_edge
        if first.i > 0 and first.doc[first.i - 1].text == "," and first.lower_ in ("a", "an") \
                and cue in t.ancestors:
            return True
    return False


def _is_claim(doc: Doc, act: Event, cue: Token) -> bool:
    """True when the act's trigger verb is what the cue claims: the head of its content clause
    or a verb joined to it ("claimed X shelled Y and burned Z"), not an act named in passing
    ("claimed Iran and the group that bombed the embassy are linked")."""
    span = doc.char_span(act.trigger.start, act.trigger.end, alignment_mode="expand")
    verb = next((t for t in span or [] if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and verb.dep_ == "ccomp" and verb.head.i == cue.i


def _accusation(coder: Any, fs: FoundStatement, cue: Token, them: list, rule: dict) -> Event:
    """The ACCUSE of ``fs``'s speaker toward ``them``, triggered by the claiming verb."""
    sense = make_sense(str(rule.get("event", "ACCUSE")), str(rule.get("cameo", "112")),
                       "claim about")
    return build_event(coder, sense, cue, cue, [fs.speaker], list(them[:1]), 0.45,
                       statement=fs.id or None)
