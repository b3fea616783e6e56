"""Small DuckDB stores for tests and benchmarks, written from Documents through onrecord.flatten.

`build_store` writes hand-made Documents (with their texts); `synthetic_store` writes many random rows.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import yaml

from onrecord.flatten import (
    ACTOR_COLUMNS,
    EVENT_COLUMNS,
    STATEMENT_COLUMNS,
    actor_rows,
    event_row,
    statement_row,
)
from onrecord.schema import Actor, Document, Event, Span, Statement, text_hash

DOCUMENT_COLUMNS = ("doc_id", "text_hash", "coder_version", "title", "source", "url", "date",
                    "language", "text", "warnings", "n_events", "n_statements", "duplicate_of",
                    "input_path")


def schema_sql() -> str:
    """The store's DDL (store/schema.sql)."""
    return resources.files("onrecord.store").joinpath("schema.sql").read_text(encoding="utf-8")


def document_row(doc: Document, text: str) -> dict[str, Any]:
    """A documents-table row for a Document and the text it was coded from."""
    import json

    return {"doc_id": doc.doc_id, "text_hash": text_hash(text), "coder_version": "test",
            "title": doc.title, "source": doc.source, "url": doc.url, "date": doc.date,
            "language": doc.language, "text": text, "warnings": json.dumps(doc.warnings),
            "n_events": len(doc.events), "n_statements": len(doc.statements),
            "duplicate_of": None, "input_path": None}


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...],
            rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    types = {name: typ for name, typ in con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
        [table]).fetchall()}
    batch = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows])
    con.register("_batch", batch)
    cols = ", ".join(f'"{c}"' for c in columns)
    casts = ", ".join(f'CAST("{c}" AS {types[c]})' for c in columns)
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {casts} FROM _batch")
    con.unregister("_batch")


def write_documents(con: duckdb.DuckDBPyConnection, items: Iterable[tuple[Document, str]]) -> None:
    """Insert Documents (each with its text) into an open store."""
    docs, events, statements, actors = [], [], [], []
    for doc, text in items:
        docs.append(document_row(doc, text))
        events.extend(event_row(doc, ev) for ev in doc.events)
        statements.extend(statement_row(doc, st) for st in doc.statements)
        actors.extend(actor_rows(doc))
    _insert(con, "documents", DOCUMENT_COLUMNS, docs)
    _insert(con, "events", EVENT_COLUMNS, events)
    _insert(con, "statements", STATEMENT_COLUMNS, statements)
    _insert(con, "actors", ACTOR_COLUMNS, actors)


def build_store(path: str | Path, items: Iterable[tuple[Document, str]]) -> Path:
    """Create a store at ``path`` (schema.sql) holding the given Documents."""
    path = Path(path)
    con = duckdb.connect(str(path))
    try:
        con.execute(schema_sql())
        write_documents(con, items)
    finally:
        con.close()
    return path


@cache
def _shape() -> dict[str, Any]:
    text = resources.files("onrecord.analysis").joinpath("data/synthetic.yaml").read_text()
    return yaml.safe_load(text)


def synthetic_store(path: str | Path, n_events: int = 50_000, events_per_doc: int = 10,
                    seed: int = 7, start: str = "2023-01-01", days: int = 730) -> Path:
    """A store of random but well-formed rows (for load tests): documents, events, actors."""
    rng = random.Random(seed)
    shape = _shape()
    quads = {int(k): v for k, v in shape["quad_classes"].items()}
    countries, sectors, words = shape["countries"], shape["sectors"], shape["words"]
    day0 = dt.date.fromisoformat(start)
    path = Path(path)
    con = duckdb.connect(str(path))
    con.execute(schema_sql())
    docs, events, actors = [], [], []

    def flush() -> None:
        _insert(con, "documents", DOCUMENT_COLUMNS, docs)
        _insert(con, "events", EVENT_COLUMNS, events)
        _insert(con, "actors", ACTOR_COLUMNS, actors)
        docs.clear()
        events.clear()
        actors.clear()

    n_docs = max(1, n_events // events_per_doc)
    for d in range(n_docs):
        doc_id = f"syn{d:06d}"
        date = (day0 + dt.timedelta(days=rng.randrange(days))).isoformat()
        sentences, offset = [], 0
        for e in range(events_per_doc):
            a, r = rng.sample(countries, 2)
            quad = rng.choice(list(quads))
            etype = rng.choice(quads[quad]["types"])
            lo, hi = quads[quad]["goldstein"]
            sentence = f"{a} and {r} {etype.lower()} over {' '.join(rng.sample(words, 3))}."
            a_code, r_code = a + rng.choice(sectors), r + rng.choice(sectors)
            t0 = offset + len(a) + len(r) + 6
            eid = f"{doc_id}:e{e}"
            events.append({
                "event_id": eid, "doc_id": doc_id, "event": etype, "mode": None,
                "context": "[]", "cameo": "010", "goldstein": round(rng.uniform(lo, hi), 1),
                "quad_class": quad, "actor_name": a, "actor_country": a, "actor_sector": None,
                "actor_code": a_code, "recipient_name": r, "recipient_country": r,
                "recipient_sector": None, "recipient_code": r_code, "actors": "[]",
                "recipients": "[]", "trigger_text": etype.lower(), "trigger_start": t0,
                "trigger_end": t0 + len(etype), "sentence": e, "sentence_text": sentence,
                "date": date, "date_text": None, "negated": rng.random() < 0.03,
                "hypothetical": rng.random() < 0.05, "future": False, "reported_by": None,
                "reported_by_name": None, "reported_by_country": None, "statement_id": None,
                "confidence": 0.5})
            for role, c, code, start in (("actor", a, a_code, offset),
                                         ("recipient", r, r_code, offset + len(a) + 5)):
                actors.append({"doc_id": doc_id, "record_id": eid, "role": role, "text": c,
                               "start": start, "end": start + len(c), "name": c,
                               "country": c, "sector": code[3:], "code": code})
            sentences.append(sentence)
            offset += len(sentence) + 1
        text = " ".join(sentences)
        docs.append({"doc_id": doc_id, "text_hash": text_hash(text), "coder_version": "synthetic",
                     "title": f"Synthetic article {d}", "source": "synthetic", "url": None,
                     "date": date, "language": "en", "text": text, "warnings": "[]",
                     "n_events": events_per_doc, "n_statements": 0, "duplicate_of": None,
                     "input_path": None})
        if len(events) >= 20_000:
            flush()
    flush()
    con.close()
    return path


def _actor(text: str, start: int, who: tuple[str, ...]) -> Actor:
    name, country, code = (list(who) + [None, None, None])[:3]
    return Actor(text=text, start=start, end=start + len(text), name=name, country=country,
                 sector=code[3:] if code and country and code.startswith(country) else None,
                 code=code)


def simple_document(doc_id: str, date: str, clauses: list[dict[str, Any]],
                    title: str | None = None, source: str = "test") -> tuple[Document, str]:
    """A Document whose text is one sentence per clause, with exact offsets.

    A clause is ``{"actor": (words, name, country, code), "verb": words,
    "recipient": (words, name, country, code) or None, "event": PLOVER type, "cameo": str,
    "goldstein": float, "quad_class": int}`` plus optional ``tail`` (words after the recipient),
    ``negated``/``hypothetical``/``future``, ``said`` (a speaker tuple: the clause becomes a
    quoted statement of that speaker) and ``date`` (event date, default the document date).
    """
    parts: list[str] = []
    offset = 0
    events, statements = [], []
    for i, c in enumerate(clauses):
        sentence = ""
        st_speaker = c.get("said")
        if st_speaker:
            sentence += '"'
        a_words = c["actor"][0]
        a_start = offset + len(sentence)
        sentence += a_words + " "
        t_start = offset + len(sentence)
        sentence += c["verb"]
        rec = c.get("recipient")
        r_start = None
        if rec:
            sentence += " "
            r_start = offset + len(sentence)
            sentence += rec[0]
        if c.get("tail"):
            sentence += " " + c["tail"]
        content_end = offset + len(sentence)
        if st_speaker:
            sentence += '," '
            sp_start = offset + len(sentence)
            sentence += st_speaker[0] + " "
            cue_start = offset + len(sentence)
            sentence += "said"
        sentence += "."
        sid = None
        if st_speaker:
            sid = f"{doc_id}:s{len(statements)}"
            statements.append(Statement(
                id=sid, speaker=_actor(st_speaker[0], sp_start, st_speaker[1:]),
                content=Span(sentence[1:content_end - offset], offset + 1, content_end),
                kind="direct", sentence=i, cue=Span("said", cue_start, cue_start + 4),
                date=c.get("date", date)))
        if c.get("event"):
            happened = not (c.get("negated") or c.get("hypothetical") or c.get("future"))
            events.append(Event(
                id=f"{doc_id}:e{len(events)}", event=c["event"], cameo=c.get("cameo", "010"),
                goldstein=float(c.get("goldstein", 0.0)), quad_class=int(c.get("quad_class", 1)),
                trigger=Span(c["verb"], t_start, t_start + len(c["verb"])), sentence=i,
                text=sentence, actor=[_actor(a_words, a_start, c["actor"][1:])],
                recipient=[_actor(rec[0], r_start, rec[1:])] if rec else [],
                date=c.get("date", date) if happened else None,
                negated=bool(c.get("negated")), hypothetical=bool(c.get("hypothetical")),
                future=bool(c.get("future")),
                reported_by=_actor(st_speaker[0], sp_start, st_speaker[1:]) if st_speaker else None,
                statement=sid, confidence=0.9))
        parts.append(sentence)
        offset += len(sentence) + 1
    text = " ".join(parts)
    doc = Document(doc_id=doc_id, date=date, title=title or doc_id, source=source,
                   events=events, statements=statements)
    return doc, text
