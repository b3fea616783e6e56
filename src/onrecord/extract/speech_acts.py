"""Statements that are themselves events: accusations, demands, threats ... made in what is said.

A statement with a neutral cue ("said", "tweeted", a bare quote) whose content carries a
speech-act cue (data/triggers_speech.yaml) toward another actor becomes an event by the speaker:
actor = speaker, recipient = the other actor named in the content, ``reported_by`` null.
"""

from __future__ import annotations

from typing import Any

from onrecord.extract.model import FoundStatement
from onrecord.extract.triggers import make_sense
from onrecord.ontology import cameo_info
from onrecord.schema import Event, Span


def _sentence_index(sents: list, token_i: int) -> int:
    for n, s in enumerate(sents):
        if s.start <= token_i < s.end:
            return n
    return 0


def _other_mention(coder: Any, fs: FoundStatement, start: int, end: int):
    """The first actor named in doc[start:end] that is not the speaker's side."""
    me = fs.speaker.country or fs.speaker.code or fs.speaker.name
    for m in coder.actors.mentions:
        if start <= m.token_start < end and m.kind != "pronoun":
            key = m.country or m.code or m.name
            if key and key != me and (m.country or m.kind == "igo"):
                return m
    return None


def _cue_hits(doc, start: int, end: int, cues: dict[str, str]):
    """(token index, length, value) of every content cue word or phrase in doc[start:end]."""
    phrases = {k: v for k, v in cues.items() if " " in k}
    out = []
    for t in doc[start:end]:
        value = cues.get(t.lemma_.lower()) or cues.get(t.lower_)
        if t.pos_ == "ADJ" and t.dep_ == "amod" or t.pos_ == "PROPN":
            continue          # "illegal aliens", "the Criminal Court": names and descriptions
        if value and " " not in t.lemma_:
            out.append((t.i, 1, value))
    if phrases:
        text = doc[start:end].text.lower()
        for phrase, value in phrases.items():
            pos = text.find(phrase)
            if pos >= 0:
                char = doc[start].idx + pos
                tok = next((t for t in doc[start:end] if t.idx >= char), None)
                if tok is not None:
                    out.append((tok.i, len(phrase.split()), value))
    return sorted(out)


def speech_act_events(coder: Any, events: list[Event]) -> list[Event]:
    """Extra events for statements whose content is a speech act toward someone."""
    spec = coder.frames.get("speech_acts") or {}
    cues: dict[str, str] = spec.get("words") or {}
    modals = set(spec.get("demand_modals", ()))
    self_words = set(spec.get("self_words", ()))
    doc = coder.doc
    sents = list(doc.sents)
    taken = {(e.sentence, e.event, tuple(a.country for a in e.actor)) for e in events}
    covered = {e.trigger.start for e in events}
    out: list[Event] = []
    for fs in coder.statements:
        if not (fs.speaker.country or fs.speaker.code):
            continue
        if fs.cue_token is not None and coder.lex.match(doc[fs.cue_token]) is not None:
            continue          # "accused", "warned": the cue verb is already the event
        start, end = fs.content_tokens
        if end <= start:
            continue
        found = None
        for i, n, value in _cue_hits(doc, start, end, cues):
            other = _other_mention(coder, fs, start, end)
            if other is not None:
                found = (i, n, value, other)
                break
        if found is None:
            for t in doc[start:end]:
                if t.dep_ == "aux" and t.lower_ in modals:
                    verb = t.head
                    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    if subj is None or subj.lower_ in self_words:
                        continue
                    ms = coder.actors.actors_for(subj)
                    me = fs.speaker.country or fs.speaker.code
                    ms = [m for m in ms if (m.country or m.code) and (m.country or m.code) != me]
                    if ms:
                        found = (t.i, verb.i - t.i + 1 if verb.i > t.i else 1,
                                 "REQUEST 100", ms[0])
                        break
        if found is None:
            continue
        i, n, value, other = found
        event, *rest = value.split()
        sense = make_sense(event, " ".join(rest), "speech act")
        s_index = _sentence_index(sents, i)
        speaker_key = (fs.speaker.country,)
        if (s_index, sense.event, speaker_key) in taken:
            continue
        span = doc[i:i + max(1, n)]
        if span.start_char in covered:
            continue
        info = cameo_info(sense.cameo)
        from onrecord.extract.dates import sentence_date

        date, date_text = sentence_date(sents[s_index], coder.doc_date)
        out.append(Event(
            id="", event=sense.event, cameo=sense.cameo, goldstein=float(info.goldstein),
            quad_class=int(info.quad_class), trigger=Span(span.text, span.start_char,
                                                          span.end_char),
            sentence=s_index, text=sents[s_index].text, mode=sense.mode,
            context=list(sense.context), actor=[fs.speaker], recipient=[other.to_actor()],
            date=date, date_text=date_text, reported_by=None, statement=fs.id or None,
            confidence=0.45,
        ))
        taken.add((s_index, sense.event, speaker_key))
        covered.add(span.start_char)
    return out
