"""Progress display for corpus runs: a rich bar with articles/s and ETA, or nothing (--quiet)."""

from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Articles per second since the start."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:6.1f} articles/s", style="progress.data.speed")


class RunProgress:
    """Advances per input record; messages go above the bar (or to stderr when quiet)."""

    def __init__(self, total: int | None, enabled: bool = True,
                 log_every: float | None = None) -> None:
        self.enabled = enabled
        self.console = Console(stderr=True)
        self.progress = None
        self.started = self.logged = time.monotonic()
        self.total, self.done, self.log_every = total, 0, log_every
        if enabled:
            self.progress = Progress(
                SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                RateColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=self.console, transient=False,
            )
            self.task = self.progress.add_task("ingest", total=total)
            self.progress.start()

    def advance(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress.advance(self.task, n)
        elif self.log_every and time.monotonic() - self.logged >= self.log_every:
            self.logged = now = time.monotonic()
            rate = self.done / (now - self.started)
            line = f"ingest: {self.done}"
            if self.total:
                eta = (self.total - self.done) / rate if rate else 0.0
                line += f"/{self.total} records, {rate:.1f}/s, ETA {eta / 60:.0f} min"
            else:
                line += f" records, {rate:.1f}/s"
            print(line, file=sys.stderr, flush=True)

    def message(self, text: str) -> None:
        if self.progress is not None:
            self.progress.console.print(text, markup=False, highlight=False)
        else:
            print(text, file=sys.stderr)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
