"""kill -9 an ingest at several points, rerun it, and get the database of an unbroken run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
from run_corpus import STORIES, table_snapshot, write_corpus


def bigger_corpus(folder: Path) -> Path:
    """The shared corpus plus ten longer originals in a second gzip-free file."""
    write_corpus(folder)
    more = [json.dumps({"id": f"m{i:02d}", "date": "2024-06-01",
                        "text": STORIES[i] + " " + STORIES[(i + 3) % len(STORIES)]})
            for i in range(len(STORIES))]
    (folder / "more.jsonl").write_text("\n".join(more) + "\n", encoding="utf-8")
    return folder


def consistent(db: Path) -> int:
    """Every stored document has exactly its events (no half batch); return documents stored."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        if not con.execute("SELECT count(*) FROM information_schema.tables").fetchone()[0]:
            return 0
        bad = con.execute(
            "SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, count(*) n FROM events "
            "GROUP BY doc_id) e USING (doc_id) WHERE d.n_events <> coalesce(e.n, 0)").fetchall()
        assert bad == []
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def run_until(cmd: list[str], wal: Path, changes: int | None, limit: float = 120) -> bool:
    """Run ``cmd``; SIGKILL it once the WAL changed ``changes`` times. True when it was killed."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen, last, deadline = 0, None, time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            size = wal.stat().st_size
        except FileNotFoundError:  # not written yet, or just checkpointed away
            size = None
        if size != last and size is not None:
            seen, last = seen + 1, size
        if changes is not None and seen >= changes:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    _, err = proc.communicate(timeout=limit)
    assert proc.returncode == 0, err.decode()
    return False


def ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "onrecord", "ingest", str(corpus), "--db", str(db),
            "--quiet", "--batch-size", "2"]


def test_sigkill_at_several_points_then_resume_equals_unbroken_run(tmp_path: Path) -> None:
    corpus = bigger_corpus(tmp_path / "in")
    db = tmp_path / "killed.duckdb"
    wal = Path(str(db) + ".wal")
    cmd = ingest_cmd(corpus, db)
    kills = 0
    stored = []
    for changes in (2, 5, 9):
        kills += run_until(cmd, wal, changes)
        stored.append(consistent(db) if db.exists() else 0)
    assert kills >= 2, "the runs finished before they could be killed"
    run_until(cmd, wal, None)  # the resuming run, left to finish
    reference = tmp_path / "reference.duckdb"  # an unbroken run (a fresh process: same code)
    run_until(ingest_cmd(corpus, reference), Path(str(reference) + ".wal"), None)
    assert consistent(db) == consistent(reference)
    got, want = table_snapshot(db), table_snapshot(reference)
    for table in want:
        extra = sorted(set(got[table]) - set(want[table]))[:3]
        missing = sorted(set(want[table]) - set(got[table]))[:3]
        assert got[table] == want[table], f"{table}: extra {extra}, missing {missing}"
    total = consistent(reference)
    assert stored == sorted(stored) and any(0 < n < total for n in stored), stored
