"""Corpus runs in this process: stored once, duplicates not coded, recode, rejects, Dask."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from run_corpus import table_snapshot
from typer.testing import CliRunner

from onrecord.run import ingest
from onrecord.run.runner import RunSummary


def test_ingest_codes_originals_once_and_records_duplicates(corpus: Path, tmp_path: Path,
                                                           coder) -> None:
    db = tmp_path / "c.duckdb"
    first: RunSummary = ingest([str(corpus)], db, coder=coder, batch_size=4)
    assert (first.read, first.coded, first.duplicates_exact, first.duplicates_near,
            first.rejected) == (14, 11, 1, 1, 1)
    assert first.events > 0
    con = duckdb.connect(str(db), read_only=True)
    dups = con.execute("SELECT doc_id, duplicate_of, duplicate_kind, n_events FROM documents "
                       "WHERE duplicate_of IS NOT NULL ORDER BY doc_id").fetchall()
    assert dups == [("copy", "n00", "exact", 0), ("syndicated", "long", "near", 0)]
    assert con.execute("SELECT count(*) FROM events WHERE doc_id IN ('copy', 'syndicated')"
                       ).fetchone()[0] == 0
    (reject,) = con.execute("SELECT source, location, reason FROM rejects").fetchall()
    assert reject[0] == str(corpus) and reject[1] == "line 13" and "malformed JSON" in reject[2]
    con.close()
    before = table_snapshot(db)
    again = ingest([str(corpus)], db, coder=coder, batch_size=5)
    assert (again.coded, again.already_stored, again.rejected) == (0, 13, 1)
    assert table_snapshot(db) == before


class NextVersion:
    """The same coder under another version string."""

    def __init__(self, coder) -> None:
        self.coder, self.version = coder, "9.9.9-test"

    def code_many(self, articles):
        return self.coder.code_many(articles)


def test_new_coder_version_needs_recode(corpus: Path, tmp_path: Path, coder) -> None:
    db = tmp_path / "c.duckdb"
    ingest([str(corpus)], db, coder=coder)
    kept = ingest([str(corpus)], db, coder=NextVersion(coder))
    assert (kept.outdated, kept.coded) == (13, 0)
    redone = ingest([str(corpus)], db, coder=NextVersion(coder), recode=True)
    assert (redone.recoded, redone.coded, redone.duplicates) == (13, 11, 2)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT DISTINCT coder_version FROM documents").fetchall() == [
        ("9.9.9-test",)]
    con.close()


def test_changed_text_under_same_id_is_rejected(tmp_path: Path, coder) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x", "text": "France and Germany signed a trade deal."}) + "\n"
                 + json.dumps({"id": "x", "text": "Iran rejected the proposal."}) + "\n")
    summary = ingest([str(f)], tmp_path / "c.duckdb", coder=coder)
    assert (summary.coded, summary.rejected) == (1, 1)
    assert "already belongs to another text" in summary.rejects[0].reason


def test_dask_local_cluster_gives_the_same_store(corpus: Path, tmp_path: Path, coder) -> None:
    ingest([str(corpus)], tmp_path / "local.duckdb", coder=coder, batch_size=4)
    summary = ingest([str(corpus)], tmp_path / "dask.duckdb", dask="local", workers=1,
                     dask_processes=False, batch_size=4)
    assert summary.coded == 11 and summary.workers
    assert table_snapshot(tmp_path / "dask.duckdb") == table_snapshot(tmp_path / "local.duckdb")


def test_export_command(corpus: Path, tmp_path: Path, coder) -> None:
    from onrecord.cli import app

    db = tmp_path / "c.duckdb"
    ingest([str(corpus)], db, coder=coder)
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--to", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records and all({"id", "event", "actor", "recipient", "date"} <= r.keys()
                           for r in records)
    bad = CliRunner().invoke(app, ["export", "--db", str(db), "--to", str(tmp_path / "x.txt")])
    assert bad.exit_code == 2


def test_two_worker_processes_give_the_same_store(corpus: Path, tmp_path: Path, coder) -> None:
    ingest([str(corpus)], tmp_path / "one.duckdb", coder=coder, batch_size=3)
    summary = ingest([str(corpus)], tmp_path / "two.duckdb", workers=2, batch_size=3)
    assert summary.coded == 11 and 1 <= len(summary.workers) <= 2
    assert all(0 < mb < 1024 for mb in summary.workers.values())
    two, one = table_snapshot(tmp_path / "two.duckdb"), table_snapshot(tmp_path / "one.duckdb")
    # the worker processes import the code afresh: in a checkout being edited their events may
    # differ from this session's coder, so compare what does not depend on the coder's rules
    for table in ("rejects", "dedup_index", "meta"):
        assert two[table] == one[table]
    assert [r[:3] for r in two["documents"]] == [r[:3] for r in one["documents"]]
    assert summary.events > 0


def test_ingest_command_over_a_tree_of_formats(tmp_path: Path) -> None:
    import gzip
    import sys

    from onrecord.cli import app

    sys.path.insert(0, str(Path(__file__).parents[1] / "ingest"))
    from test_readers import HTML, P1, P2, RSS, make_warc

    tree = tmp_path / "tree"
    (tree / "web").mkdir(parents=True)
    (tree / "web" / "talks.html").write_text(HTML.format(p1=P1, p2=P2), encoding="utf-8")
    (tree / "world.rss").write_text(RSS.format(p1=P2), encoding="utf-8")
    make_warc(tree / "crawl.warc.gz")
    with gzip.open(tree / "wire.csv.gz", "wt", encoding="utf-8") as fh:
        fh.write("uid,body,when\nw1,\"Iran rejected the proposal, officials said.\",2024-02-01\n")
    db = tmp_path / "t.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(tree), "--db", str(db), "--quiet",
                                      "--text-field", "body", "--id-field", "uid",
                                      "--date-field", "when"])
    assert result.exit_code == 0, result.output
    assert "rejected" in result.output
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT doc_id, duplicate_kind, input_path FROM documents "
                       "ORDER BY input_path").fetchall()
    con.close()
    paths = [r[2].removeprefix(str(tree) + "/") for r in rows]
    assert paths[0].startswith("crawl.warc.gz:record ") and paths[1:] == [
        "web/talks.html", "wire.csv.gz:line 2", "world.rss:entry 1"]
    # the WARC page and the HTML page are the same article: the second one read is a copy
    assert [r[1] for r in rows] == [None, "exact", None, None]


def test_dask_scheduler_address(tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    f = tmp_path / "two.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Iran rejected the proposal on Monday."}) + "\n"
                 + json.dumps({"id": "b", "text": "Chile and Peru signed a trade deal."}) + "\n")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster:
        summary = ingest([f], tmp_path / "d.duckdb", dask=cluster.scheduler_address)
    assert summary.coded == 2
