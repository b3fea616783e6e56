"""Analysis over the DuckDB store: dyad time series and escalation alerts.

Public API: `connect`, `SeriesQuery`, `dyad_series`, `write_series`, `top_dyads`, `AlertParams`,
`find_alerts`.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from onrecord.analysis.alerts import Alert, AlertParams, find_alerts
from onrecord.analysis.series import SeriesQuery, dyad_series, top_dyads, write_series

__all__ = ["Alert", "AlertParams", "SeriesQuery", "connect", "dyad_series", "find_alerts",
           "top_dyads", "write_series"]


def connect(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Open a store read-only (a clear error when the file does not exist)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no DuckDB store at {path}")
    return duckdb.connect(str(path), read_only=True)
