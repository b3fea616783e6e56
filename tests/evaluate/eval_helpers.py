"""Builders of hand-made Documents for the scorer tests (no spaCy needed).

Offsets are found in the text by the helpers, so tests stay readable.
"""

from __future__ import annotations

from onrecord.schema import Actor, Document, Event, Span, Statement


def actor(text: str, doc_text: str = "", country: str | None = None, name: str | None = None,
          code: str | None = None, sector: str | None = None, nth: int = 0) -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = doc_text.find(text, start + 1)
    start = max(start, 0)
    return Actor(text, start, start + len(text), name or text, country, sector, code)


def event(doc_text: str, kind: str, trigger: str, actors: list[Actor], recipients: list[Actor] | None = None,
          **flags: bool) -> Event:
    start = doc_text.find(trigger)
    assert start >= 0, trigger
    return Event(id="x", event=kind, cameo="010", goldstein=0.0, quad_class=1,
                 trigger=Span(trigger, start, start + len(trigger)), sentence=0, text=doc_text,
                 actor=actors, recipient=recipients or [], **flags)


def statement(doc_text: str, speaker: str, content: str, cue: str | None = None,
              name: str | None = None) -> Statement:
    c = doc_text.find(content)
    assert c >= 0, content
    cue_span = None
    if cue:
        k = doc_text.find(cue)
        cue_span = Span(cue, k, k + len(cue))
    return Statement(id="s", speaker=actor(speaker, doc_text, name=name),
                     content=Span(content, c, c + len(content)), kind="direct", sentence=0, cue=cue_span)


def document(doc_id: str, events: list[Event] | None = None,
             statements: list[Statement] | None = None) -> Document:
    return Document(doc_id=doc_id, events=events or [], statements=statements or [])
