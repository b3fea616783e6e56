"""Flat rows of records (one per event / statement / actor role), as ICEWS/GDELT-style tables.

Column names match the DuckDB store (store/schema.sql); the CSV export and the store share them.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from onrecord.schema import Actor, Document, Event, Statement

EVENT_COLUMNS = (
    "event_id", "doc_id", "event", "mode", "context", "cameo", "goldstein", "quad_class",
    "actor_name", "actor_country", "actor_sector", "actor_code",
    "recipient_name", "recipient_country", "recipient_sector", "recipient_code",
    "actors", "recipients", "trigger_text", "trigger_start", "trigger_end", "sentence",
    "sentence_text", "date", "date_text", "negated", "hypothetical", "future", "reported_by",
    "reported_by_name", "reported_by_country", "statement_id", "confidence",
)
STATEMENT_COLUMNS = (
    "statement_id", "doc_id", "speaker_text", "speaker_start", "speaker_end", "speaker_name",
    "speaker_country", "speaker_sector", "speaker_code", "cue_text", "cue_start", "cue_end",
    "content_text", "content_start", "content_end", "kind", "sentence", "date",
)
ACTOR_COLUMNS = ("doc_id", "record_id", "role", "text", "start", "end", "name", "country",
                 "sector", "code")


def _first(actors: list[Actor], prefix: str) -> dict[str, Any]:
    a = actors[0] if actors else None
    return {f"{prefix}_{k}": (getattr(a, k) if a else None)
            for k in ("name", "country", "sector", "code")}


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return json.dumps([asdict(v) if hasattr(v, "__dataclass_fields__") else v for v in value],
                          ensure_ascii=False)
    return json.dumps(asdict(value), ensure_ascii=False)


def event_row(doc: Document, ev: Event) -> dict[str, Any]:
    """One flat row for an event (first actor and recipient as columns, all as JSON)."""
    rb = ev.reported_by
    return {
        "event_id": ev.id, "doc_id": doc.doc_id, "event": ev.event, "mode": ev.mode,
        "context": json.dumps(ev.context), "cameo": ev.cameo, "goldstein": ev.goldstein,
        "quad_class": ev.quad_class, **_first(ev.actor, "actor"),
        **_first(ev.recipient, "recipient"), "actors": _json(ev.actor),
        "recipients": _json(ev.recipient), "trigger_text": ev.trigger.text,
        "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
        "sentence": ev.sentence, "sentence_text": ev.text, "date": ev.date,
        "date_text": ev.date_text, "negated": ev.negated, "hypothetical": ev.hypothetical,
        "future": ev.future, "reported_by": _json(rb),
        "reported_by_name": rb.name if rb else None,
        "reported_by_country": rb.country if rb else None,
        "statement_id": ev.statement, "confidence": ev.confidence,
    }


def statement_row(doc: Document, st: Statement) -> dict[str, Any]:
    """One flat row for a statement."""
    sp, cue = st.speaker, st.cue
    return {
        "statement_id": st.id, "doc_id": doc.doc_id, "speaker_text": sp.text,
        "speaker_start": sp.start, "speaker_end": sp.end, "speaker_name": sp.name,
        "speaker_country": sp.country, "speaker_sector": sp.sector, "speaker_code": sp.code,
        "cue_text": cue.text if cue else None, "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None, "content_text": st.content.text,
        "content_start": st.content.start, "content_end": st.content.end, "kind": st.kind,
        "sentence": st.sentence, "date": st.date,
    }


def actor_rows(doc: Document) -> list[dict[str, Any]]:
    """Every actor taking part in a record, with its role."""
    rows = []

    def add(record_id: str, role: str, a: Actor | None) -> None:
        if a is not None:
            rows.append({"doc_id": doc.doc_id, "record_id": record_id, "role": role,
                         **{k: getattr(a, k) for k in ("text", "start", "end", "name",
                                                       "country", "sector", "code")}})

    for ev in doc.events:
        for a in ev.actor:
            add(ev.id, "actor", a)
        for a in ev.recipient:
            add(ev.id, "recipient", a)
        add(ev.id, "reported_by", ev.reported_by)
    for st in doc.statements:
        add(st.id, "speaker", st.speaker)
    return rows
