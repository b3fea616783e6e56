"""The DuckDB store: atomic batches, look-ups, idempotent rejects, exports by extension."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from onrecord.schema import Actor, Document, Event, Reject, Span, Statement
from onrecord.store import DocumentEntry, IndexEntry, Store

TEXT = "Russia accused Ukraine of shelling the plant, a spokesman said."


def coded_document() -> Document:
    russia = Actor("Russia", 0, 6, "Russia", "RUS", "GOV", "RUSGOV")
    ukraine = Actor("Ukraine", 15, 22, "Ukraine", "UKR", "GOV", "UKRGOV")
    ev = Event(id="d1:e0", event="ACCUSE", cameo="112", goldstein=-2.0, quad_class=3,
               trigger=Span("accused", 7, 14), sentence=0, text=TEXT, actor=[russia],
               recipient=[ukraine], date="2024-05-01", context=["military"])
    st = Statement(id="d1:s0", speaker=Actor("a spokesman", 46, 57), kind="indirect",
                   content=Span(TEXT[:44], 0, 44), sentence=0, cue=Span("said", 58, 62))
    return Document(doc_id="d1", date="2024-05-01", title="T", events=[ev], statements=[st])


def entry(doc: Document, **kw) -> DocumentEntry:
    return DocumentEntry(doc, text=TEXT, text_hash="h1", coder_version="v1",
                         input_path="in.jsonl:line 1", content_hash="c1", **kw)


def test_write_batch_and_lookups(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([entry(coded_document())], [Reject("in.jsonl", "line 2", "bad")],
                          index=[IndexEntry("d1", "c1", b"\x01" * 8)])
        store.write_batch([], [Reject("in.jsonl", "line 2", "bad")])  # a rerun: not twice
        counts = store.counts()
        assert {k: counts[k] for k in ("documents", "events", "statements", "actors",
                                       "rejects", "dedup_index")} == {
            "documents": 1, "events": 1, "statements": 1, "actors": 3, "rejects": 1,
            "dedup_index": 1}
        assert store.seen(["d1", "d2"])["d1"].coder_version == "v1"
        assert store.find_hashes(["c1", "zz"]) == {"c1": "d1"}
        assert list(store.originals()) == [("d1", b"\x01" * 8)]
        row = store.con.execute("SELECT event, actor_code, recipient_country, date "
                                "FROM events").fetchone()
        assert row[:3] == ("ACCUSE", "RUSGOV", "UKR") and str(row[3]) == "2024-05-01"


def test_replace_is_atomic_with_the_new_rows(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([entry(coded_document())])
        bare = Document(doc_id="d1", date="2024-05-01")
        store.write_batch([entry(bare)], replace=["d1"])
        assert store.counts()["events"] == 0 and store.counts()["documents"] == 1
        with pytest.raises(duckdb.ConstraintException):  # a failing batch leaves nothing behind
            store.write_batch([entry(coded_document()), entry(coded_document())])
        assert store.counts()["documents"] == 1 and store.counts()["events"] == 0


def test_exports_by_extension(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write_batch([entry(coded_document())])
    with Store(db, read_only=True) as store:
        assert store.export(tmp_path / "e.parquet") == 1
        assert store.export(tmp_path / "s.csv", "statements") == 1
        assert store.export(tmp_path / "e.jsonl") == 1
        assert store.export(tmp_path / "d.jsonl.gz", "documents") == 1
        with pytest.raises(ValueError, match="format"):
            store.export(tmp_path / "e.xlsx")
    assert pq.read_table(tmp_path / "e.parquet").column("event").to_pylist() == ["ACCUSE"]
    with (tmp_path / "s.csv").open() as fh:
        assert next(csv.DictReader(fh))["speaker_text"] == "a spokesman"
    rec = json.loads((tmp_path / "e.jsonl").read_text())
    assert rec["event"] == "ACCUSE" and rec["actor"][0]["code"] == "RUSGOV"
    assert rec["recipient"][0]["country"] == "UKR" and rec["context"] == ["military"]
    assert rec["trigger"] == {"text": "accused", "start": 7, "end": 14}
    assert rec["date"] == "2024-05-01" and rec["coder"] == "onrecord v1"
