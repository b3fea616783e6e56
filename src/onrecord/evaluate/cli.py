"""`onrecord eval ...`: score the coder against the gold sets (PLOVER GSR, real news, PolNeAR, ConfliBERT).

Each command reads the gold, codes its texts with the Coder and prints the figures (``--json`` for JSON).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

eval_app = typer.Typer(help="Score the coder against gold data sets.", no_args_is_help=True)

ModelOpt = Annotated[str | None, typer.Option(help="spaCy pipeline name or path")]
ActorsOpt = Annotated[list[Path] | None, typer.Option("--actors", help="extra actor file(s)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print the figures as JSON")]


def _exists(path: Path) -> Path:
    if not path.exists():
        typer.echo(f"error: {path} does not exist", err=True)
        raise typer.Exit(2)
    return path


@eval_app.command("plover-gsr")
def plover_gsr(
    file: Annotated[Path, typer.Argument(help="PLOVER GSR JSON file (e.g. plover_gsr_dev.json)")],
    half: Annotated[str, typer.Option(help="all | even (tuning half) | odd (held-out half)")] = "all",
    errors: Annotated[bool, typer.Option("--errors", help="print each miss")] = False,
    as_json: JsonOpt = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """Event-type P/R/F1 (micro, per type), actor-country and dyad accuracy on PLOVER GSR records."""
    from onrecord.evaluate import plover_gsr as g
    from onrecord.evaluate.produce import produce

    if half not in ("all", "even", "odd"):
        raise typer.BadParameter("--half must be all, even or odd")
    records = g.select_half(g.read_plover_gsr(_exists(file)), half)
    documents = produce(g.to_articles(records), model, actors or [])
    report = g.score_plover_gsr(records, documents)
    if errors:
        typer.echo(g.format_errors(report))
        typer.echo("")
    if as_json:
        typer.echo(json.dumps({"half": half, **report.to_dict()}, indent=2))
    else:
        typer.echo(g.format_report(report, title=f"PLOVER GSR ({half})"))


@eval_app.command("articles")
def articles(
    directory: Annotated[Path, typer.Argument(help="directory of NN_ID.json + NN_ID.gold.json")],
    errors: Annotated[bool, typer.Option("--errors", help="print each miss and false positive")] = False,
    as_json: JsonOpt = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """Event P/R/F1 + modality accuracy, statement P/R/F1 + speaker accuracy on hand-coded news."""
    from onrecord.evaluate import articles as a
    from onrecord.evaluate.produce import produce

    golds = a.read_articles(_exists(directory))
    documents = produce([gold.article for gold in golds], model, actors or [])
    report = a.score_articles(golds, documents)
    if errors:
        typer.echo("\n".join(report.errors))
        typer.echo("")
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        typer.echo(a.format_report(report))


@eval_app.command("polnear")
def polnear(
    directory: Annotated[Path, typer.Argument(help="PolNeAR split directory (text/, attributions/)")],
    limit: Annotated[int | None, typer.Option(help="score only the first N articles")] = None,
    as_json: JsonOpt = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """Source/cue/content span P/R/F1 (exact and overlap) and statement-level F1 on PolNeAR."""
    from onrecord.evaluate import polnear as p
    from onrecord.evaluate.produce import produce

    docs = p.read_polnear(_exists(directory), limit)
    documents = produce(p.to_articles(docs), model, actors or [])
    report = p.score_polnear(docs, documents)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else p.format_report(report))


@eval_app.command("conflibert-actors")
def conflibert_actors(
    file: Annotated[Path, typer.Argument(help="CoNLL file with S/T/R BIO tags")],
    limit: Annotated[int | None, typer.Option(help="score only the first N sentences")] = None,
    as_json: JsonOpt = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """Source and target actor span overlap P/R/F1 on ConfliBERT's CoNLL actor spans."""
    from onrecord.evaluate import conflibert as c
    from onrecord.evaluate.produce import produce

    sentences = c.read_conll(_exists(file), limit)
    documents = produce(c.to_articles(sentences), model, actors or [])
    report = c.score_conflibert(sentences, documents)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else c.format_report(report))


def register(app: typer.Typer) -> None:
    """Add the ``eval`` command group to the main CLI."""
    app.add_typer(eval_app, name="eval")
