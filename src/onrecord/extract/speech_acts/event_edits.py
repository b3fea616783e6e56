"""Building and editing speech-act events: a new event for a sense and its parties,
retagging an event in place, and dropping events whose trigger covers a token."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from onrecord.extract.speech_acts.tokens import sentence_index
from onrecord.extract.triggers import make_sense
from onrecord.ontology import cameo_info
from onrecord.schema import Actor, Event, Span


def retag(ev: Event, event: str, cameo: str, pattern: str) -> None:
    sense = make_sense(event, cameo, pattern)
    info = cameo_info(sense.cameo)
    ev.event, ev.cameo, ev.mode = sense.event, sense.cameo, sense.mode
    ev.goldstein, ev.quad_class = float(info.goldstein), int(info.quad_class)
    ev.context = list(sense.context)


def build_event(coder: Any, sense: Any, first: Token, last: Token, actor: list[Actor],
                recipient: list[Actor], confidence: float, statement: str | None = None,
                modality: Any = None) -> Event:
    """An event of ``sense`` triggered by the words ``first`` .. ``last``, with its CAMEO
    Goldstein value and quad class, dated by its sentence unless ``modality`` makes it future or
    hypothetical (no modality: a plain past act)."""
    from onrecord.extract.dates import sentence_date

    sents = coder._sents
    s_index = sentence_index(sents, last.i)
    info = cameo_info(sense.cameo)
    date, date_text = sentence_date(sents[s_index], coder.doc_date)
    flags = {}
    if modality is not None:
        flags = {"negated": modality.negated, "future": modality.future,
                 "hypothetical": modality.hypothetical}
        if modality.future or modality.hypothetical:
            date = date_text = None
    end = last.idx + len(last.text)
    return Event(
        id="", event=sense.event, cameo=sense.cameo, goldstein=float(info.goldstein),
        quad_class=int(info.quad_class), trigger=Span(coder.doc.text[first.idx:end], first.idx,
                                                      end),
        sentence=s_index, text=sents[s_index].text.strip(), mode=sense.mode,
        context=list(sense.context), actor=actor, recipient=recipient, date=date,
        date_text=date_text, statement=statement, confidence=confidence, **flags)


def new_event(coder: Any, tok: Token, sense: Any, actors: list, them: list,
              confidence: float = 0.5, start: Token | None = None) -> Event:
    """An event of ``sense`` by ``actors`` toward ``them``, triggered from ``start`` (default
    ``tok``) to the end of ``tok``, with the negated / hypothetical / future flags of the clause
    ``start`` heads, dated by its sentence unless future or hypothetical."""
    from onrecord.extract.modality import clause_modality

    first = start if start is not None else tok
    return build_event(coder, sense, first, tok, [actors[0].to_actor()],
                       [m.to_actor() for m in them], confidence,
                       modality=clause_modality(first, coder.cues))


def drop_covering(lists: list[list[Event]], tok) -> None:
    """Remove the events whose trigger covers ``tok`` (they read it with the wrong roles)."""
    for events in lists:
        events[:] = [e for e in events if not e.trigger.start <= tok.idx < e.trigger.end]
