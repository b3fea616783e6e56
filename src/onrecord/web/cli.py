"""`onrecord serve`: the read-only API and dashboard over a store, with uvicorn.

Registered on the main typer app by `register(app)`; FastAPI/uvicorn are imported on use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the `serve` command to the CLI."""

    @app.command()
    def serve(
        db: Annotated[Path, typer.Option(help="DuckDB store written by `onrecord ingest`", envvar="ONRECORD_DB")] = Path("onrecord.duckdb"),
        host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port")] = 8000,
        timeout: Annotated[float, typer.Option(help="seconds a query may run before it is stopped")] = 5.0,
    ) -> None:
        """Serve the JSON API (docs at /docs) and the dashboard (at /) read-only."""
        import duckdb
        import uvicorn

        from onrecord.web import create_app

        try:
            api = create_app(db, query_timeout=timeout)
        except FileNotFoundError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        except duckdb.Error as exc:
            typer.echo(f"error: {db} is not a readable onrecord store: {exc}", err=True)
            raise typer.Exit(2) from exc
        typer.echo(f"onrecord: dashboard http://{host}:{port}/  API docs http://{host}:{port}/docs", err=True)
        uvicorn.run(api, host=host, port=port, log_level="warning")
