"""The command line: each command a few lines over the public Python API.

Rooms add their own commands through a ``register(app)`` function in ``<room>/cli.py``.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="onrecord: who did what to whom, and who said what, coded from news.",
    no_args_is_help=True,
    add_completion=False,
)

@app.callback()
def _root() -> None:
    """onrecord: who did what to whom, and who said what, coded from news."""


COMMAND_MODULES = (
    "onrecord.evaluate.cli",
    "onrecord.actors.cli",
    "onrecord.run.cli",
    "onrecord.analysis.cli",
    "onrecord.web.cli",
)


@app.command()
def code(
    inputs: Annotated[list[str], typer.Argument(help=".txt, .jsonl (id, text, date, ...) or - for stdin")] = None,  # noqa: B006
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write here instead of stdout")] = None,
    date: Annotated[str | None, typer.Option(help="publication date YYYY-MM-DD for inputs that have none")] = None,
    fmt: Annotated[str, typer.Option("--format", help="documents (JSON lines) or events-csv")] = "documents",
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="extra actor file(s) (YAML/CSV)")] = None,
    batch_size: Annotated[int, typer.Option(help="articles per nlp.pipe batch")] = 16,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no summary on stderr")] = False,
) -> None:
    """Code articles into events and statements (one Document JSON per line)."""
    from onrecord.coding import code_command

    ok = code_command(inputs or ["-"], output, date, fmt, model, actors or [], batch_size, quiet)
    raise typer.Exit(0 if ok else 1)


def _register_rooms() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):  # room not built (yet)
                continue
            raise
        module.register(app)


_register_rooms()


def main() -> None:
    """Console entry point."""
    app(prog_name="onrecord")


if __name__ == "__main__":
    main()
    sys.exit(0)
