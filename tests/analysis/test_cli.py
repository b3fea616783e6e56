"""`onrecord series` and `onrecord alerts` on a small store: table printed, files written.

Runs the commands on a fresh typer app so other rooms' commands are not needed.
"""

from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from onrecord.analysis.cli import register


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """test app"""

    register(app)
    return app


def test_series_prints_and_writes(analysis_store, tmp_path):
    out = tmp_path / "s.parquet"
    res = CliRunner().invoke(_app(), ["series", "--db", str(analysis_store), "--to", str(out)],
                             env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "USA" in res.output and "CHN" in res.output and out.is_file()


def test_series_errors_are_clear(tmp_path):
    res = CliRunner().invoke(_app(), ["series", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 2 and "no DuckDB store" in res.output
    res = CliRunner().invoke(_app(), ["series", "--db", str(tmp_path / "x"), "--freq", "year"])
    assert res.exit_code == 2 and "freq" in res.output


def test_alerts_command(analysis_store, tmp_path):
    out = tmp_path / "a.jsonl"
    res = CliRunner().invoke(_app(), ["alerts", "--db", str(analysis_store), "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "escalation alerts" in res.output
    assert all(json.loads(line)["event_ids"] is not None for line in out.read_text().splitlines())
