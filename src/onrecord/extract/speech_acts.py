"""Statements that are themselves events: accusations, demands, threats ... made in what is said.

A statement with a neutral cue ("said", "tweeted", a bare quote) whose content carries a
speech-act cue (data/triggers_speech.yaml) toward another actor becomes an event by the speaker:
actor = speaker, recipient = the other actor named in the content, ``reported_by`` null.
Two more rules (data/speech_acts.yaml): a warning about a third party's possible action is an
ACCUSE toward that party plus the warned-of event, hypothetical and reported by the speaker; a
conditional announcement of the speaker's own reaction ("would respond if X ...") is a THREATEN
toward X.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from onrecord.extract import arguments as args
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
            if key and key != me and args.is_party(m):
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


@cache
def speech_rules() -> dict:
    """The speech-act rules of data/speech_acts.yaml, read once."""
    text = resources.files("onrecord.extract").joinpath("data/speech_acts.yaml").read_text()
    return yaml.safe_load(text) or {}


def _token_at(doc, char: int):
    """The token starting at character ``char`` (None when none does)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _countries(ms: list) -> set:
    return {m.country or m.code for m in ms if m.country or m.code}


def _retag(ev: Event, event: str, cameo: str, pattern: str) -> None:
    sense = make_sense(event, cameo, pattern)
    info = cameo_info(sense.cameo)
    ev.event, ev.cameo, ev.mode = sense.event, sense.cameo, sense.mode
    ev.goldstein, ev.quad_class = float(info.goldstein), int(info.quad_class)
    ev.context = list(sense.context)


def third_party_warnings(coder: Any, events: list[Event]) -> list[Event]:
    """"X warned that Y could attack": X's warning is an ACCUSE toward Y (changed in place);
    Y's possible action is returned as a new hypothetical event reported by X."""
    rule = speech_rules().get("third_party_warning") or {}
    lemmas = set(rule.get("lemmas", ()))
    doc = coder.doc
    out: list[Event] = []
    heads = set()
    for ev in events:
        tok = _token_at(doc, ev.trigger.start)
        if tok is not None:
            heads.add(tok.i)
    for ev in list(events):
        if ev.event != "THREATEN":
            continue
        warn = _token_at(doc, ev.trigger.start)
        if warn is None or warn.lemma_.lower() not in lemmas:
            continue
        comp = next((c for c in warn.children if c.dep_ in ("ccomp", "acl")
                     and c.pos_ in ("VERB", "AUX")), None)
        if comp is None:
            continue
        subj = args.clause_subject(comp)
        if subj is None or subj.lower_ in ("we", "i", "us"):
            continue
        # the subject itself must name the party ("a conflict with Korea" names none)
        them = [m for m in coder.mentions([subj]) if (m.country or m.code) and (
            m.token_start <= subj.i < m.token_end or subj.i in coder.actors.groups)]
        own = {a.country or a.code for a in ev.actor if a.country or a.code}
        if not them or not own or _countries(them) & own:
            continue      # the speaker's own side: a real threat ("said it would strike")
        _retag(ev, rule.get("event", "ACCUSE"), str(rule.get("cameo", "112")), "warning about")
        ev.trigger = Span(warn.text, warn.idx, warn.idx + len(warn.text))
        ev.recipient = [m.to_actor() for m in them]
        ev.hypothetical = ev.future = ev.negated = False
        from onrecord.extract.dates import sentence_date

        sents = list(doc.sents) if not hasattr(coder, "_sents") else coder._sents
        ev.date, ev.date_text = sentence_date(sents[ev.sentence], coder.doc_date)
        if comp.i in heads:
            continue
        m = coder.lex.match(comp)
        if m is None or not m.sense.event:
            # "could stage an attack": the event noun under a light verb
            obj = next((c for c in comp.children if c.dep_ == "dobj"), None)
            m = coder.lex.match(obj) if obj is not None else None
        if m is None or not m.sense.event:
            continue
        cand = coder.candidate(m)
        if cand is None:
            continue
        inner = coder.to_event(cand, ev.sentence, sents[ev.sentence])
        if inner is None:
            continue
        inner.hypothetical = inner.hypothetical or any(
            c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would") for c in
            comp.children)
        if inner.hypothetical:
            inner.date = inner.date_text = None
        if inner.reported_by is None and ev.actor:
            inner.reported_by = ev.actor[0]
        heads.add(comp.i)
        out.append(inner)
    return out


def conditional_responses(coder: Any, events: list[Event]) -> list[Event]:
    """"The Kremlin said Moscow would respond in kind if NATO deployed missiles": a threat by
    the speaker's side toward the party of the condition."""
    rule = speech_rules().get("conditional_response") or {}
    marks, modals = set(rule.get("marks", ())), set(rule.get("modals", ()))
    verbs = set(rule.get("verbs", ()))
    doc = coder.doc
    covered = {e.trigger.start for e in events}
    out: list[Event] = []
    for fs in coder.statements:
        me = fs.speaker.country or fs.speaker.code
        if not me:
            continue
        start, end = fs.content_tokens
        for verb in doc[start:end]:
            if verb.lemma_.lower() not in verbs or verb.pos_ not in ("VERB", "AUX"):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
                continue
            if any(c.dep_ == "neg" for c in verb.children) or verb.idx in covered:
                continue
            subj = args.clause_subject(verb)
            if subj is None:
                continue
            mine = _countries(coder.mentions([subj]))
            if subj.lower_ not in ("we", "i") and me not in mine:
                continue      # someone else's reaction: not the speaker's threat
            cond = next((c for c in verb.children if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in marks for g in c.children)), None)
            csubj = args.clause_subject(cond) if cond is not None else None
            if csubj is None:
                continue
            them = [m for m in coder.mentions([csubj]) if (m.country or m.code)
                    and (m.country or m.code) != me]
            if not them:
                continue
            sents = coder._sents
            s_index = _sentence_index(sents, verb.i)
            ev = Event(
                id="", event="", cameo="", goldstein=0.0, quad_class=0,
                trigger=Span(verb.text, verb.idx, verb.idx + len(verb.text)),
                sentence=s_index, text=sents[s_index].text, actor=[fs.speaker],
                recipient=[m.to_actor() for m in them], statement=fs.id or None,
                confidence=0.5)
            _retag(ev, rule.get("event", "THREATEN"), str(rule.get("cameo", "130")),
                   "conditional response")
            from onrecord.extract.dates import sentence_date

            ev.date, ev.date_text = sentence_date(sents[s_index], coder.doc_date)
            covered.add(verb.idx)
            out.append(ev)
    return out


def answered_acts(coder: Any, events: list[Event]) -> None:
    """"Washington rejected the criticism": a rejection of an unowned criticism, demand or
    proposal is aimed at whoever made it in the story's last such event (up to three sentences
    back); the recipient is set in place."""
    doc = coder.doc
    for n, ev in enumerate(events):
        if ev.event != "REJECT":
            continue
        verb = _token_at(doc, ev.trigger.start)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
        if obj is None or any(c.dep_ == "poss" for c in obj.children) or \
                coder.mentions([obj]):
            continue
        m = coder.lex.match(obj)
        if m is None or not m.sense.event:
            continue
        own = {a.country or a.code for a in ev.actor}
        for prev in reversed(events[:n]):
            if prev.event == m.sense.event and ev.sentence - 3 <= prev.sentence <= ev.sentence \
                    and prev.actor and not ({a.country or a.code for a in prev.actor} & own):
                ev.recipient = list(prev.actor)
                break


def speech_act_events(coder: Any, events: list[Event]) -> list[Event]:
    """Extra events for statements whose content is a speech act toward someone."""
    answered_acts(coder, events)
    extra = third_party_warnings(coder, events)
    extra += conditional_responses(coder, events + extra)
    return extra + _speech_act_events(coder, events + extra)


def _speech_act_events(coder: Any, events: list[Event]) -> list[Event]:
    """Events for statements whose content carries a speech-act cue toward someone."""
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
        if not (fs.speaker.country or fs.speaker.code) or args.is_newsroom(fs.speaker):
            continue          # no known speaker, or a news outlet reporting
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
