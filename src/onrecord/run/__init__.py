"""Corpus runs: many articles in, a DuckDB store out; resumable, deduplicated, parallel.

Public interface::

    ingest(inputs, db=None, workers=1, dask=None, ...) -> RunSummary
    export(db, to, table="events") -> int
"""

from __future__ import annotations

from pathlib import Path

from onrecord.run.runner import RunError, RunSummary, coder_version, ingest  # noqa: F401


def export(db: str | Path | None, to: str | Path, table: str = "events") -> int:
    """Write one table of the store ``db`` to ``to`` (format from the extension); row count."""
    from onrecord.store import Store

    with Store(db, read_only=True) as store:
        return store.export(to, table)
