"""The ``onrecord actors FILE`` command: every actor mention, its resolution and the reason.

Lets users audit the knowledge base and see which entry or rule resolved each phrase.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the ``actors`` command to the main CLI."""

    @app.command("actors")
    def actors_command(
        file: Annotated[str, typer.Argument(help=".txt file, .jsonl (text, date per line) or - for stdin")],
        date: Annotated[str | None, typer.Option(help="article date YYYY-MM-DD (overrides the file's)")] = None,
        actors: Annotated[list[Path] | None, typer.Option("--actors", help="extra actor file(s) (YAML/CSV)")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="one JSON object per mention")] = False,
    ) -> None:
        """List each actor mention with its resolution and the reason (entry or rule)."""
        from onrecord.actors.report import actor_report

        actor_report(file, date, actors or [], as_json)
