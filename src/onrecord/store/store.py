"""The DuckDB store: documents, events, statements, actors, rejects and the dedup index.

Every ``write_batch`` is one transaction: after a crash a batch is either fully there or absent.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from onrecord.flatten import actor_rows, event_row, statement_row
from onrecord.schema import Document, Reject

DEFAULT_DB = "onrecord.duckdb"
DB_ENV = "ONRECORD_DB"
TABLES = ("documents", "events", "statements", "actors", "rejects", "dedup_index", "meta")
CODED_TABLES = ("events", "statements", "actors")
ARROW_TYPES = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "BLOB": pa.binary(),
    "TIMESTAMP": pa.timestamp("us"),
}
DATE_COLUMNS = ("date",)


def default_db_path() -> Path:
    """``$ONRECORD_DB`` when set, else ``onrecord.duckdb`` in the current directory."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


class StoreError(RuntimeError):
    """The database cannot be opened or written (locked, wrong file, ...)."""


@dataclass
class StoredDoc:
    """What the store knows about a document id already in it."""

    text_hash: str
    coder_version: str
    duplicate_of: str | None


@dataclass
class DocumentEntry:
    """One documents row: a coded Document (or a duplicate's metadata) with its provenance."""

    document: Document
    text: str
    text_hash: str
    coder_version: str
    input_path: str | None = None
    content_hash: str | None = None
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    similarity: float | None = None


@dataclass
class IndexEntry:
    """An original's dedup fingerprint."""

    doc_id: str
    content_hash: str
    signature: bytes | None = None


def _iso_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class Store:
    """A DuckDB database of coded documents. One writer process at a time (DuckDB's rule)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path else default_db_path()
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database (run `onrecord ingest` first)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        if not read_only:
            sql = resources.files("onrecord.store").joinpath("schema.sql").read_text("utf-8")
            self.con.execute(f"BEGIN TRANSACTION; {sql}; COMMIT")  # all tables or none
        self.columns = {t: self._columns(t) for t in TABLES}

    def _columns(self, table: str) -> dict[str, str]:
        rows = self.con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
        return dict(rows)

    # -- context -----------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- look-ups ----------------------------------------------------------------------------
    def seen(self, doc_ids: Iterable[str]) -> dict[str, StoredDoc]:
        """The stored (text hash, coder version, duplicate_of) of those ids that are stored."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT doc_id, text_hash, coder_version, duplicate_of FROM documents "
            "WHERE doc_id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0]: StoredDoc(r[1], r[2], r[3]) for r in rows}

    def find_hashes(self, hashes: Iterable[str]) -> dict[str, str]:
        """content hash -> doc_id of the indexed original with that hash."""
        hashes = list(set(hashes))
        if not hashes:
            return {}
        rows = self.con.execute(
            "SELECT content_hash, min(doc_id) FROM dedup_index "
            "WHERE content_hash IN (SELECT unnest(?)) GROUP BY content_hash", [hashes]).fetchall()
        return dict(rows)

    def find_signatures(self, doc_ids: Iterable[str]) -> dict[str, bytes]:
        ids = list(doc_ids)
        rows = self.con.execute(
            "SELECT doc_id, signature FROM dedup_index WHERE doc_id IN (SELECT unnest(?)) "
            "AND signature IS NOT NULL", [ids]).fetchall()
        return {r[0]: bytes(r[1]) for r in rows}

    def originals(self) -> Iterator[tuple[str, bytes | None]]:
        """Every indexed original with its MinHash signature (to rebuild the LSH)."""
        cur = self.con.cursor()
        cur.execute("SELECT doc_id, signature FROM dedup_index ORDER BY doc_id")
        while chunk := cur.fetchmany(10_000):
            for doc_id, sig in chunk:
                yield doc_id, (bytes(sig) if sig is not None else None)
        cur.close()

    def get_meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}

    # -- writing -----------------------------------------------------------------------------
    def write_batch(self, entries: Sequence[DocumentEntry], rejects: Sequence[Reject] = (),
                    replace: Sequence[str] = (), index: Sequence[IndexEntry] = (),
                    unindex: Sequence[str] = ()) -> None:
        """Write one batch atomically.

        ``replace``: doc ids whose old rows (document, events, statements, actors) go first;
        ``index``/``unindex``: dedup fingerprints to (re)write / drop; rejects already recorded
        (same source, location and reason) are not recorded twice.
        """
        docs, events, statements, actors = [], [], [], []
        for e in entries:
            d = e.document
            docs.append({
                "doc_id": d.doc_id, "text_hash": e.text_hash, "coder_version": e.coder_version,
                "title": d.title, "source": d.source, "url": d.url, "date": d.date,
                "language": d.language, "text": e.text, "warnings": json.dumps(d.warnings),
                "n_events": len(d.events) if e.duplicate_of is None else 0,
                "n_statements": len(d.statements) if e.duplicate_of is None else 0,
                "duplicate_of": e.duplicate_of, "duplicate_kind": e.duplicate_kind,
                "similarity": e.similarity, "content_hash": e.content_hash,
                "input_path": e.input_path,
            })
            if e.duplicate_of is None:
                events.extend(event_row(d, ev) for ev in d.events)
                statements.extend(statement_row(d, st) for st in d.statements)
                actors.extend(actor_rows(d))
        reject_rows = [{"source": r.source, "location": r.location, "reason": r.reason}
                       for r in rejects]
        index_rows = [{"doc_id": i.doc_id, "content_hash": i.content_hash,
                       "signature": i.signature} for i in index]
        drop_index = list({*unindex, *(i.doc_id for i in index)})
        con = self.con
        con.begin()
        try:
            if replace:
                ids = list(replace)
                for table in (*CODED_TABLES, "documents"):
                    con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
            if drop_index:
                con.execute("DELETE FROM dedup_index WHERE doc_id IN (SELECT unnest(?))",
                            [drop_index])
            self._insert("documents", docs)
            self._insert("events", events)
            self._insert("statements", statements)
            self._insert("actors", actors)
            self._insert("dedup_index", index_rows)
            if reject_rows:
                self._register("new_rejects", "rejects", reject_rows)
                con.execute(
                    "INSERT INTO rejects (source, location, reason) "
                    "SELECT DISTINCT n.source, n.location, n.reason FROM new_rejects n "
                    "WHERE NOT EXISTS (SELECT 1 FROM rejects r WHERE "
                    "r.source IS NOT DISTINCT FROM n.source AND "
                    "r.location IS NOT DISTINCT FROM n.location AND "
                    "r.reason IS NOT DISTINCT FROM n.reason)")
                con.unregister("new_rejects")
            con.commit()
        except BaseException:
            con.rollback()
            raise

    def _register(self, name: str, table: str, rows: list[dict[str, Any]]) -> list[str]:
        columns = self.columns[table]
        names = [c for c in columns if c in rows[0]]
        schema = pa.schema([(c, ARROW_TYPES.get(columns[c], pa.string())) for c in names])
        data = {c: [r.get(c) for r in rows] for c in names}
        for c in names:
            if columns[c] == "DATE":
                data[c] = [_iso_date(v) for v in data[c]]
        self.con.register(name, pa.table(data, schema=schema))
        return names

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        names = self._register("new_rows", table, rows)
        cols = ", ".join(f'"{c}"' for c in names)
        self.con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM new_rows')
        self.con.unregister("new_rows")

    # -- reading out -------------------------------------------------------------------------
    def export(self, to: str | Path, table: str = "events") -> int:
        """Write a table to ``to`` (.parquet, .csv, .jsonl, optionally .gz); return rows written."""
        from onrecord.store.export import export_table

        return export_table(self.con, table, Path(to))
