"""`onrecord eval ...`: score the coder against the gold sets (PLOVER GSR, real news, PolNeAR,
ConfliBERT actor spans and CAMEO PentaClass sentences).

Each command reads the gold, codes its texts with the Coder and prints the figures (``--json`` for JSON).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

if TYPE_CHECKING:
    from onrecord.schema import Article, Document

T = TypeVar("T")
R = TypeVar("R")

eval_app = typer.Typer(help="Score the coder against gold data sets.", no_args_is_help=True)

ModelOpt = Annotated[str | None, typer.Option(help="spaCy pipeline name or path")]
ActorsOpt = Annotated[list[Path] | None, typer.Option("--actors", help="extra actor file(s)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print the figures as JSON")]
SentencesOpt = Annotated[int | None, typer.Option("--limit", help="score only the first N sentences")]


def _exists(path: Path) -> Path:
    if not path.exists():
        typer.echo(f"error: {path} does not exist", err=True)
        raise typer.Exit(2)
    return path


def _score(items: Sequence[T], to_articles: Callable[[Sequence[T]], list[Article]],
           score: Callable[[Sequence[T], list[Document | None]], R], model: str | None,
           actors: list[Path] | None) -> R:
    """Code the gold items' texts with the Coder and score the documents against them."""
    from onrecord.evaluate.produce import produce

    return score(items, produce(to_articles(items), model, actors or []))


def _print(report: Any, format_report: Callable[[Any], str], as_json: bool,
           format_errors: Callable[[Any], str] | None = None, **json_head: Any) -> None:
    """The one printer of every eval: the errors first when asked, then the figures as text or
    as JSON (``json_head`` keys first)."""
    if format_errors is not None:
        typer.echo(format_errors(report))
        typer.echo("")
    if as_json:
        typer.echo(json.dumps({**json_head, **report.to_dict()}, indent=2))
    else:
        typer.echo(format_report(report))


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

    if half not in ("all", "even", "odd"):
        raise typer.BadParameter("--half must be all, even or odd")
    records = g.select_half(g.read_plover_gsr(_exists(file)), half)
    report = _score(records, g.to_articles, g.score_plover_gsr, model, actors)
    _print(report, partial(g.format_report, title=f"PLOVER GSR ({half})"), as_json,
           g.format_errors if errors else None, half=half)


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

    golds = a.read_articles(_exists(directory))
    report = _score(golds, a.to_articles, a.score_articles, model, actors)
    _print(report, a.format_report, as_json, a.format_errors if errors else None)


@eval_app.command("polnear")
def polnear(
    directory: Annotated[Path, typer.Argument(help="PolNeAR split directory (text/, attributions/)")],
    limit: Annotated[int | None, typer.Option(help="score only the first N articles")] = None,
    errors: Annotated[bool, typer.Option(
        "--errors", help="print each missed and each false content (overlap matching)")] = False,
    as_json: JsonOpt = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """Source/cue/content span P/R/F1 (exact and overlap) and statement-level F1 on PolNeAR."""
    from onrecord.evaluate import polnear as p

    docs = p.read_polnear(_exists(directory), limit)
    report = _score(docs, p.to_articles, p.score_polnear, model, actors)
    _print(report, p.format_report, as_json, p.format_errors if errors else None)


@eval_app.command("conflibert-actors")
def conflibert_actors(
    file: Annotated[Path, typer.Argument(help="CoNLL file with S/T/R BIO tags")],
    limit: SentencesOpt = None,
    as_json: JsonOpt = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """Source and target actor span overlap P/R/F1 on ConfliBERT's CoNLL actor spans."""
    from onrecord.evaluate import conflibert as c

    sentences = c.read_conll(_exists(file), limit)
    _print(_score(sentences, c.to_articles, c.score_conflibert, model, actors), c.format_report, as_json)


@eval_app.command("conflibert-classes")
def conflibert_classes(
    file: Annotated[Path, typer.Argument(help="TSV file: sentence<TAB>PentaClass label (0-4)")],
    limit: SentencesOpt = None,
    errors: Annotated[bool, typer.Option("--errors", help="print each sentence whose class was missed")] = False,
    as_json: JsonOpt = False,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
) -> None:
    """CAMEO PentaClass recall/precision/F1 and confusion on ConfliBERT's class sentences."""
    from onrecord.evaluate import pentaclass as pc

    sentences = pc.read_pentaclass(_exists(file), limit)
    report = _score(sentences, pc.to_articles, pc.score_pentaclass, model, actors)
    _print(report, pc.format_report, as_json, pc.format_errors if errors else None)


def register(app: typer.Typer) -> None:
    """Add the ``eval`` command group to the main CLI."""
    app.add_typer(eval_app, name="eval")
