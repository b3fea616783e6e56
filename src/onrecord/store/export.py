"""Exports of store tables: Parquet and CSV through DuckDB COPY, JSON lines in record form.

JSON lines rebuild the records of shared/SCHEMA.md (PLOVER field names: actor, recipient, event,
mode, context, date, text) plus ``doc_id`` and PLOVER's ``coder`` and ``coded_date``.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

EXPORTABLE = {
    "events": "doc_id, sentence, trigger_start, event_id",
    "statements": "doc_id, content_start, statement_id",
    "documents": "doc_id",
    "actors": "doc_id, record_id, role, start",
    "rejects": "source, location, reason",
}
FORMATS = (".parquet", ".csv", ".jsonl", ".csv.gz", ".jsonl.gz")


def export_format(path: Path) -> str:
    """The export format named by the file's extension, or ValueError listing the choices."""
    name = path.name.lower()
    for fmt in sorted(FORMATS, key=len, reverse=True):
        if name.endswith(fmt):
            return fmt
    raise ValueError(f"cannot tell the format of {path}: use one of {', '.join(FORMATS)}")


def export_table(con: duckdb.DuckDBPyConnection, table: str, path: Path) -> int:
    """Write ``table`` to ``path`` in the format of its extension; return the row count."""
    if table not in EXPORTABLE:
        raise ValueError(f"unknown table {table!r}: use one of {', '.join(EXPORTABLE)}")
    fmt = export_format(path)
    order = EXPORTABLE[table]
    query = f"SELECT * FROM {table} ORDER BY {order}"
    count = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    path.parent.mkdir(parents=True, exist_ok=True)
    target = str(path).replace("'", "''")
    if fmt == ".parquet":
        con.execute(f"COPY ({query}) TO '{target}' (FORMAT parquet)")
    elif fmt.startswith(".csv"):
        extra = ", COMPRESSION gzip" if fmt.endswith(".gz") else ""
        con.execute(f"COPY ({query}) TO '{target}' (FORMAT csv, HEADER{extra})")
    else:
        opener = gzip.open if fmt.endswith(".gz") else open
        with opener(path, "wt", encoding="utf-8") as out:
            for record in _records(con, table, order):
                out.write(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
    return count


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return value.hex()
    raise TypeError(type(value).__name__)


def _rows(con: duckdb.DuckDBPyConnection, query: str) -> Iterator[dict[str, Any]]:
    cur = con.cursor()
    cur.execute(query)
    names = [d[0] for d in cur.description]
    while chunk := cur.fetchmany(5_000):
        for row in chunk:
            yield dict(zip(names, row, strict=True))
    cur.close()


def _loads(value: str | None) -> Any:
    return json.loads(value) if value else None


def _span(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_text"] is None:
        return None
    return {"text": row[f"{prefix}_text"], "start": row[f"{prefix}_start"],
            "end": row[f"{prefix}_end"]}


def _records(con: duckdb.DuckDBPyConnection, table: str, order: str) -> Iterator[dict[str, Any]]:
    if table == "events":
        query = (f"SELECT e.*, d.coder_version, d.ingested_at FROM events e "
                 f"LEFT JOIN documents d USING (doc_id) ORDER BY {order}")
        for r in _rows(con, query):
            yield {
                "id": r["event_id"], "doc_id": r["doc_id"], "event": r["event"],
                "mode": r["mode"], "context": _loads(r["context"]) or [], "cameo": r["cameo"],
                "goldstein": r["goldstein"], "quad_class": r["quad_class"],
                "actor": _loads(r["actors"]) or [], "recipient": _loads(r["recipients"]) or [],
                "trigger": _span(r, "trigger"), "sentence": r["sentence"],
                "text": r["sentence_text"], "date": r["date"], "date_text": r["date_text"],
                "negated": r["negated"], "hypothetical": r["hypothetical"],
                "future": r["future"], "reported_by": _loads(r["reported_by"]),
                "statement": r["statement_id"], "confidence": r["confidence"],
                "coder": f"onrecord {r['coder_version']}" if r["coder_version"] else None,
                "coded_date": r["ingested_at"].date() if r["ingested_at"] else None,
            }
    elif table == "statements":
        for r in _rows(con, f"SELECT * FROM statements ORDER BY {order}"):
            yield {
                "id": r["statement_id"], "doc_id": r["doc_id"],
                "speaker": {"text": r["speaker_text"], "start": r["speaker_start"],
                            "end": r["speaker_end"], "name": r["speaker_name"],
                            "country": r["speaker_country"], "sector": r["speaker_sector"],
                            "code": r["speaker_code"]},
                "cue": _span(r, "cue"), "content": _span(r, "content"), "kind": r["kind"],
                "sentence": r["sentence"], "date": r["date"],
            }
    else:
        for r in _rows(con, f"SELECT * FROM {table} ORDER BY {order}"):
            if "warnings" in r:
                r["warnings"] = _loads(r["warnings"]) or []
            yield r
