"""`onrecord ingest` and `onrecord export`: thin commands over onrecord.run and onrecord.store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

DB_HELP = "DuckDB file (default: $ONRECORD_DB, else ./onrecord.duckdb)"


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the main app."""

    @app.command("ingest")
    def ingest_command(
        inputs: Annotated[list[str], typer.Argument(help="files or directories (.txt .html .json .jsonl .csv .tsv .rss .atom .xml .warc, each optionally .gz) or - for stdin")],
        db: Annotated[Path | None, typer.Option("--db", help=DB_HELP)] = None,
        workers: Annotated[int, typer.Option("--workers", "-w", help="local coding processes (each loads the model once)")] = 1,
        dask: Annotated[str | None, typer.Option("--dask", help="Dask scheduler address, or 'local' for a LocalCluster of --workers workers")] = None,
        recode: Annotated[bool, typer.Option("--recode", help="recode documents stored by another coder version or with another text")] = False,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar: a progress line a minute and the summary (for logs)")] = False,
        date: Annotated[str | None, typer.Option("--date", help="publication date YYYY-MM-DD for records that have none")] = None,
        text_field: Annotated[str, typer.Option(help="JSON/CSV field holding the text")] = "text",
        id_field: Annotated[str, typer.Option(help="field holding the document id")] = "id",
        date_field: Annotated[str, typer.Option(help="field holding the publication date")] = "date",
        title_field: Annotated[str, typer.Option(help="field holding the title")] = "title",
        source_field: Annotated[str, typer.Option(help="field holding the source (publisher)")] = "source",
        url_field: Annotated[str, typer.Option(help="field holding the URL")] = "url",
        dedup: Annotated[str, typer.Option(help="near (exact + MinHash LSH), exact, or none")] = "near",
        threshold: Annotated[float, typer.Option(help="near-duplicate Jaccard threshold (word 3-shingles)")] = 0.8,
        batch_size: Annotated[int, typer.Option(help="articles per stored batch (one transaction)")] = 64,
        nlp_batch_size: Annotated[int, typer.Option(help="articles per nlp.pipe batch")] = 16,
        model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path")] = None,
        actors: Annotated[list[Path] | None, typer.Option("--actors", help="extra actor file(s) (YAML/CSV)")] = None,
    ) -> None:
        """Code a corpus into a DuckDB store: dedup, resumable, parallel (see store/README.md).

        Exit status 0, or 1 when every record was rejected, 2 on a usage or store error.
        """
        from onrecord.ingest import DedupConfig, FieldMap
        from onrecord.ingest.fields import normalise_date
        from onrecord.run import RunError, ingest
        from onrecord.store import StoreError

        default_date = normalise_date(date) if date else None
        if date and default_date is None:
            typer.echo(f"error: --date {date!r} is not a date (use YYYY-MM-DD)", err=True)
            raise typer.Exit(2)
        fields = FieldMap(text=text_field, id=id_field, date=date_field, title=title_field,
                          source=source_field, url=url_field)
        try:
            config = DedupConfig(mode=dedup, threshold=threshold)
            summary = ingest(
                inputs, db, workers=workers, dask=dask, fields=fields,
                default_date=default_date, recode=recode, dedup=config, batch_size=batch_size,
                nlp_batch_size=nlp_batch_size, model=model, actors_files=actors or [],
                progress=not quiet and sys.stderr.isatty(), log_every=60.0,
                on_reject=None if not quiet else (lambda r: None),
            )
        except (StoreError, ValueError, RunError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        except KeyboardInterrupt:
            typer.echo("interrupted: every finished batch is stored; run the same command "
                       "again to resume", err=True)
            raise typer.Exit(130) from None
        if not quiet and not sys.stderr.isatty():
            for reject in summary.rejects[:20]:
                typer.echo(f"rejected {reject}", err=True)
        typer.echo(summary.line(), err=True)
        if summary.read and summary.rejected == summary.read:
            raise typer.Exit(1)  # nothing readable at all

    @app.command("export")
    def export_command(
        to: Annotated[Path, typer.Option("--to", help="output file: .parquet, .csv, .jsonl (PLOVER field names), optionally .gz")],
        db: Annotated[Path | None, typer.Option("--db", help=DB_HELP)] = None,
        table: Annotated[str, typer.Option(help="events, statements, documents, actors or rejects")] = "events",
    ) -> None:
        """Export a table of the store to Parquet, CSV or JSON lines."""
        from onrecord.run import export
        from onrecord.store import StoreError

        try:
            n = export(db, to, table)
        except (StoreError, ValueError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        typer.echo(f"exported {n} {table} row(s) to {to}", err=True)
