"""`onrecord series` and `onrecord alerts`: dyad time series and escalation alerts from a store.

Registered on the main typer app by `register(app)`; heavy imports stay inside the commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DB_HELP = "DuckDB store written by `onrecord ingest`"


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    """Add the analysis commands to the CLI."""

    @app.command()
    def series(
        db: Annotated[Path, typer.Option(help=DB_HELP, envvar="ONRECORD_DB")] = Path("onrecord.duckdb"),
        by: Annotated[str, typer.Option(help="dyad key: country or code")] = "country",
        freq: Annotated[str, typer.Option(help="day, week or month")] = "week",
        actor: Annotated[str | None, typer.Option(help="only this actor (country or code)")] = None,
        recipient: Annotated[str | None, typer.Option(help="only this recipient")] = None,
        to: Annotated[Path | None, typer.Option("--to", help="write all rows to FILE.csv or FILE.parquet")] = None,
        all_events: Annotated[bool, typer.Option("--all-events", help="also negated, hypothetical and future events")] = False,
        rows: Annotated[int, typer.Option(help="rows to print")] = 20,
    ) -> None:
        """Dyad time series: counts by PLOVER type and quad class, Goldstein, conflict share."""
        from rich.console import Console
        from rich.table import Table

        from onrecord.analysis import SeriesQuery, connect, dyad_series, write_series

        try:
            q = SeriesQuery(by=by, freq=freq, actor=actor, recipient=recipient,
                            include_all=all_events)
            con = connect(db)
        except (ValueError, FileNotFoundError) as exc:
            _fail(str(exc))
        console = Console()
        if to is not None:
            try:
                n = write_series(con, q, to)
            except ValueError as exc:
                _fail(str(exc))
            console.print(f"wrote {n} rows to {to}", style="green")
        data = dyad_series(con, q)
        table = Table(title=f"dyad series by {by} per {freq} ({len(data)} rows; last {min(rows, len(data))} by period)")
        for col in ("period", "actor", "recipient", "events", "verbal_coop", "material_coop",
                    "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean",
                    "material_conflict_share"):
            table.add_column(col, justify="left" if col in ("period", "actor", "recipient") else "right")
        for r in sorted(data, key=lambda r: (r["period"], r["events"]), reverse=True)[:rows]:
            table.add_row(*(str(r[c]) for c in (
                "period", "actor", "recipient", "events", "verbal_coop", "material_coop",
                "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean",
                "material_conflict_share")))
        console.print(table)

    @app.command()
    def alerts(
        db: Annotated[Path, typer.Option(help=DB_HELP, envvar="ONRECORD_DB")] = Path("onrecord.duckdb"),
        by: Annotated[str, typer.Option(help="dyad key: country or code")] = "country",
        freq: Annotated[str, typer.Option(help="day, week or month")] = "week",
        window: Annotated[int, typer.Option(help="baseline periods")] = 12,
        min_baseline: Annotated[int, typer.Option(help="periods of history before any alert")] = 8,
        threshold: Annotated[float, typer.Option(help="z below -threshold alerts")] = 3.5,
        min_events: Annotated[int, typer.Option(help="least events in an alert period")] = 2,
        json_out: Annotated[Path | None, typer.Option("--json", help="write alerts (with event ids) as JSON lines")] = None,
        rows: Annotated[int, typer.Option(help="alerts to print")] = 30,
    ) -> None:
        """Escalation alerts: dyads whose Goldstein sum drops far below their own baseline."""
        import json

        from rich.console import Console
        from rich.table import Table

        from onrecord.analysis import AlertParams, SeriesQuery, connect, find_alerts

        try:
            q = SeriesQuery(by=by, freq=freq)
            params = AlertParams(window=window, min_baseline=min_baseline, threshold=threshold,
                                 min_events=min_events)
            con = connect(db)
        except (ValueError, FileNotFoundError) as exc:
            _fail(str(exc))
        found = find_alerts(con, q, params)
        if json_out is not None:
            with json_out.open("w", encoding="utf-8") as fh:
                for a in found:
                    fh.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
        table = Table(title=f"{len(found)} escalation alerts (by {by} per {freq})")
        for col in ("dyad", "start", "end", "z", "goldstein", "baseline", "events", "conflict share", "worst events"):
            table.add_column(col)
        for a in found[:rows]:
            table.add_row(f"{a.actor} -> {a.recipient}", a.start, a.end, f"{a.z:.1f}",
                          f"{a.goldstein_sum:.1f}", f"{a.baseline_median:.1f}±{a.baseline_scale:.1f}",
                          str(a.events), f"{a.material_conflict_share:.0%}",
                          ", ".join(a.event_ids[:3]))
        Console().print(table)
