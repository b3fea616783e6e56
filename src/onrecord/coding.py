"""`onrecord code`: read inputs, code them, write Documents (JSON lines) or a flat events CSV."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from onrecord.flatten import EVENT_COLUMNS, event_row
from onrecord.schema import Document, Reject


class DocumentWriter:
    """Writes Documents as JSON lines or as one events-CSV row per event."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        if fmt not in ("documents", "events-csv"):
            raise ValueError(f"unknown --format {fmt!r}: use documents or events-csv")
        self.out, self.fmt = out, fmt
        self.csv = csv.DictWriter(out, EVENT_COLUMNS) if fmt == "events-csv" else None
        if self.csv:
            self.csv.writeheader()

    def write(self, doc: Document) -> None:
        if self.csv is None:
            self.out.write(doc.to_json() + "\n")
        else:
            for ev in doc.events:
                self.csv.writerow(event_row(doc, ev))
        self.out.flush()


def code_command(inputs: list[str], output: Path | None, date: str | None, fmt: str,
                 model: str | None, actors: Iterable[Path], batch_size: int,
                 quiet: bool) -> bool:
    """Run the code command; report rejects on stderr; True when at least one article coded."""
    from onrecord.ingest import read_inputs
    from onrecord.ingest.fields import normalise_date
    from onrecord.pipeline import Coder

    default_date = normalise_date(date) if date else None
    if date and default_date is None:
        print(f"error: --date {date!r} is not a date (use YYYY-MM-DD)", file=sys.stderr)
        return False
    coder = Coder(model=model, actors_files=list(actors), batch_size=batch_size)
    out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    writer = DocumentWriter(out, fmt)
    coded = rejected = events = statements = 0
    try:
        for result in coder.code_many(read_inputs(inputs, default_date=default_date)):
            if isinstance(result, Reject):
                rejected += 1
                print(f"skipped {result}", file=sys.stderr)
                continue
            for w in result.warnings:
                print(f"warning {result.doc_id}: {w}", file=sys.stderr)
            writer.write(result)
            coded += 1
            events += len(result.events)
            statements += len(result.statements)
    finally:
        if output:
            out.close()
    if not quiet:
        print(f"coded {coded} article(s): {events} event(s), {statements} statement(s); "
              f"{rejected} skipped", file=sys.stderr)
    return coded > 0
