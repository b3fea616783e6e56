"""Real-news gold (dev/real_news: NN_ID.json + NN_ID.gold.json): reader and event/statement scorer.

Matching follows shared/data/README.md "How output is matched against it":
- Events. A gold event is found when a produced event has its trigger start inside the gold sentence,
  its type in {event} + also_ok, and its actors and recipients fit (CONSULT/AGREE/COOPERATE may be
  swapped). An actor list fits when any produced actor's country, code or name (normalised: NATO, UN,
  EU, "the West" = WST) is in the gold actors' country + ok_countries (+ the name when it is
  NATO/UN/EU/the West); a gold actor with no country is also fitted by a produced actor with no
  country; an empty gold recipient fits anything. Recall counts non-optional gold events. Precision:
  a produced event that fits no gold event (optional included) of its sentence is a false positive;
  one that fits a non-optional gold event is a true positive; one fitting only optional ones is
  neither. Matching is not 1-to-1 (two produced events can find the same gold event).
- Modality accuracy, on found non-optional events: negated and hypothetical both equal gold, judged on
  the fitting produced event whose trigger overlaps the gold trigger most (ties: the first).
- Statements. A gold statement is found when a produced statement's content overlaps it by at least
  half of the shorter span; unmatched produced statements are false positives. The speaker is right
  when the gold speaker's last word appears (as a word, any case) in the produced speaker's name or
  text, judged on the found statement's most-overlapping produced statement.
Gold sentences, triggers and contents are verbatim; they are located in the article text (first
occurrence; whitespace and quote styles are tolerated). Gold text that cannot be located is counted
as not found and listed in the report's warnings.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.evaluate.matching import (
    FoundPRF,
    body_of_code,
    body_of_name,
    last_word,
    locate,
    overlap,
    ratio,
    score_aligned,
    word_in,
)
from onrecord.schema import Actor, Article, Document, Event, Statement

SWAPPABLE = frozenset({"CONSULT", "AGREE", "COOPERATE"})
NAMED_BODIES = frozenset({"NATO", "UN", "EU", "WST"})
NO_COUNTRY = "<no country>"


@dataclass
class GoldEvent:
    """One hand-coded event of a real-news article."""

    sentence: str
    trigger: str
    event: str
    also_ok: list[str] = field(default_factory=list)
    mode: str | None = None
    actor: list[dict[str, Any]] = field(default_factory=list)
    recipient: list[dict[str, Any]] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    optional: bool = False
    sentence_span: tuple[int, int] | None = None
    trigger_span: tuple[int, int] | None = None

    @property
    def types(self) -> set[str]:
        return {self.event, *self.also_ok}


@dataclass
class GoldStatement:
    """One hand-coded statement of a real-news article."""

    speaker: str
    content: str
    speaker_text: str | None = None
    cue: str | None = None
    kind: str | None = None
    span: tuple[int, int] | None = None


@dataclass
class GoldArticle:
    """An article with its gold events and statements (spans located in ``article.text``)."""

    article: Article
    events: list[GoldEvent]
    statements: list[GoldStatement]
    warnings: list[str] = field(default_factory=list)


def parse_gold(article: Article, gold: dict[str, Any]) -> GoldArticle:
    """Gold events and statements of one article, located in its text."""
    text = article.text
    warnings: list[str] = []
    events = []
    for d in gold.get("events") or []:
        ev = GoldEvent(
            sentence=d["sentence"], trigger=d.get("trigger") or "", event=str(d["event"]).upper(),
            also_ok=[str(x).upper() for x in d.get("also_ok") or []], mode=d.get("mode"),
            actor=list(d.get("actor") or []), recipient=list(d.get("recipient") or []),
            negated=bool(d.get("negated")), hypothetical=bool(d.get("hypothetical")),
            future=bool(d.get("future")), optional=bool(d.get("optional")),
        )
        ev.sentence_span = locate(ev.sentence, text)
        if ev.sentence_span is None:
            warnings.append(f"{article.doc_id}: gold sentence not found in text: {ev.sentence[:60]!r}")
        elif ev.trigger:
            ev.trigger_span = locate(ev.trigger, text, *ev.sentence_span)
        events.append(ev)
    statements = []
    for d in gold.get("statements") or []:
        st = GoldStatement(speaker=str(d.get("speaker") or ""), content=str(d.get("content") or ""),
                           speaker_text=d.get("speaker_text"), cue=d.get("cue"), kind=d.get("kind"))
        st.span = locate(st.content, text)
        if st.span is None:
            warnings.append(f"{article.doc_id}: gold statement content not found: {st.content[:60]!r}")
        statements.append(st)
    return GoldArticle(article, events, statements, warnings)


def read_articles(directory: str | Path) -> list[GoldArticle]:
    """Every ``NN_ID.json`` with its ``NN_ID.gold.json`` in ``directory`` (sorted by name)."""
    out = []
    for path in sorted(Path(directory).glob("*.json")):
        if path.name.endswith(".gold.json"):
            continue
        gold_path = path.with_name(path.name[: -len(".json")] + ".gold.json")
        if not gold_path.exists():
            continue
        a = json.loads(path.read_text(encoding="utf-8"))
        article = Article(text=a.get("text") or "", id=a.get("id") or path.stem,
                          date=a.get("date") or None, title=a.get("title"),
                          source=a.get("source"), url=a.get("url"), language="en")
        out.append(parse_gold(article, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def to_articles(golds: Sequence[GoldArticle]) -> list[Article]:
    """The article of each gold article."""
    return [gold.article for gold in golds]


# -- actor fit ----------------------------------------------------------------------------------

def produced_keys(actor: Actor) -> set[str]:
    """Country, code and normalised name/code body (NATO, UN, EU, WST) of a produced actor."""
    keys: set[str] = set()
    if actor.country:
        keys.add(actor.country.upper())
    else:
        keys.add(NO_COUNTRY)
    if actor.code:
        keys.add(actor.code.upper())
    for body in (body_of_name(actor.name), body_of_code(actor.code)):
        if body in NAMED_BODIES:
            keys.add(body)
    return keys


def gold_keys(gold_actors: Sequence[dict[str, Any]]) -> set[str]:
    """Countries + ok_countries of the gold actors, their name when NATO/UN/EU/the West, and the
    no-country key for a gold actor without country."""
    keys: set[str] = set()
    for g in gold_actors:
        country = g.get("country")
        keys.add(str(country).upper() if country else NO_COUNTRY)
        keys.update(str(c).upper() for c in g.get("ok_countries") or [])
        body = body_of_name(g.get("name"))
        if body in NAMED_BODIES:
            keys.add(body)
    return keys


def list_fits(produced: Sequence[Actor], gold: Sequence[dict[str, Any]], empty_fits: bool) -> bool:
    """Some produced actor shares a key with the gold list (an empty gold list fits when allowed)."""
    if not gold:
        return empty_fits
    wanted = gold_keys(gold)
    return any(produced_keys(a) & wanted for a in produced)


def event_fits(event: Event, gold: GoldEvent) -> bool:
    """Type in {event} + also_ok, actors and recipients fit (swapped for CONSULT/AGREE/COOPERATE)."""
    if event.event not in gold.types:
        return False
    if list_fits(event.actor, gold.actor, False) and list_fits(event.recipient, gold.recipient, True):
        return True
    return (event.event in SWAPPABLE and bool(gold.recipient)
            and list_fits(event.actor, gold.recipient, False)
            and list_fits(event.recipient, gold.actor, False))


def _inside(pos: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= pos < span[1]


# -- scoring ------------------------------------------------------------------------------------

@dataclass
class ArticlesReport:
    """Event and statement scores over a set of articles."""

    # events: right = fitting a non-optional gold event, false = fitting no gold event of their
    # sentence; found / gold = non-optional gold events
    events: FoundPRF = field(default_factory=FoundPRF)
    event_neutral: int = 0       # produced events fitting only optional gold events
    modality_ok: int = 0
    # statements: right = matching some gold statement
    statements: FoundPRF = field(default_factory=FoundPRF)
    speaker_ok: int = 0
    articles: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def modality_accuracy(self) -> float:
        return ratio(self.modality_ok, self.events.found)

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speaker_ok, self.statements.found)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "events": {**self.events.to_dict(produced_optional_only=self.event_neutral),
                       "modality_accuracy": round(self.modality_accuracy, 4),
                       "modality_ok": self.modality_ok},
            "statements": {**self.statements.to_dict(),
                           "speaker_accuracy": round(self.speaker_accuracy, 4),
                           "speaker_ok": self.speaker_ok},
            "warnings": list(self.warnings),
        }


def content_match(produced: Statement, span: tuple[int, int] | None) -> int:
    """Overlap of a produced statement's content with a gold span when it reaches half of the
    shorter of the two, else 0."""
    if span is None or produced.content is None:
        return 0
    p = (produced.content.start, produced.content.end)
    ov = overlap(p, span)
    shorter = min(p[1] - p[0], span[1] - span[0])
    return ov if shorter > 0 and ov * 2 >= shorter else 0


def _fmt_actors(actors: Sequence[Any]) -> str:
    out = []
    for a in actors:
        if isinstance(a, dict):
            out.append(f"{a.get('name')}={a.get('country')}")
        else:
            out.append(f"{a.text!r}={a.country or a.code or a.name}")
    return ", ".join(out) or "-"


def score_article(gold: GoldArticle, document: Document | None, report: ArticlesReport) -> None:
    """Add one article's figures (and its error lines) to ``report``."""
    report.articles += 1
    report.warnings.extend(gold.warnings)
    doc_id = gold.article.doc_id
    events = list(document.events) if document is not None else []
    statements = list(document.statements) if document is not None else []

    # events: gold side
    for g in gold.events:
        fitting = [e for e in events if _inside(e.trigger.start, g.sentence_span) and event_fits(e, g)]
        if g.optional:
            continue
        report.events.gold += 1
        if not fitting:
            report.errors.append(
                f"[event missed] {doc_id}: {g.event} trigger {g.trigger!r}: "
                f"{_fmt_actors(g.actor)} -> {_fmt_actors(g.recipient)}\n  sentence: {g.sentence}")
            continue
        report.events.found += 1
        tspan = g.trigger_span or g.sentence_span
        best = max(fitting, key=lambda e: (overlap((e.trigger.start, e.trigger.end), tspan),
                                           -e.trigger.start))
        if best.negated == g.negated and best.hypothetical == g.hypothetical:
            report.modality_ok += 1
        else:
            report.errors.append(
                f"[modality] {doc_id}: {g.event} {g.trigger!r}: gold negated={g.negated} "
                f"hypothetical={g.hypothetical}; produced negated={best.negated} "
                f"hypothetical={best.hypothetical}")
    # events: produced side
    for e in events:
        fits = [g for g in gold.events if _inside(e.trigger.start, g.sentence_span) and event_fits(e, g)]
        if not fits:
            report.events.false += 1
            report.errors.append(
                f"[event false positive] {doc_id}: {e.event} ({e.cameo}) trigger {e.trigger.text!r}: "
                f"{_fmt_actors(e.actor)} -> {_fmt_actors(e.recipient)}\n  sentence: {e.text}")
        elif any(not g.optional for g in fits):
            report.events.right += 1
        else:
            report.event_neutral += 1

    # statements
    matched_produced: set[int] = set()
    for g in gold.statements:
        report.statements.gold += 1
        scored = [(content_match(s, g.span), i) for i, s in enumerate(statements)]
        scored = [(ov, i) for ov, i in scored if ov > 0]
        if not scored:
            report.errors.append(f"[statement missed] {doc_id}: {g.speaker}: {g.content[:100]!r}")
            continue
        report.statements.found += 1
        matched_produced.update(i for _, i in scored)
        best = statements[max(scored)[1]]
        word = last_word(g.speaker)
        if word_in(word, best.speaker.name, best.speaker.text):
            report.speaker_ok += 1
        else:
            report.errors.append(
                f"[speaker] {doc_id}: gold {g.speaker!r}, produced {best.speaker.text!r} "
                f"({best.speaker.name}): {g.content[:80]!r}")
    for i, s in enumerate(statements):
        if i in matched_produced:
            report.statements.right += 1
        else:
            report.statements.false += 1
            report.errors.append(
                f"[statement false positive] {doc_id}: {s.speaker.text!r}: {s.content.text[:100]!r}")


def score_articles(golds: Sequence[GoldArticle], documents: Sequence[Document | None]) -> ArticlesReport:
    """Score produced documents against gold articles (aligned lists; None = nothing produced)."""
    return score_aligned(golds, documents, ArticlesReport(), score_article)


def format_report(report: ArticlesReport) -> str:
    """The summary printed by ``onrecord eval articles``."""
    return "\n".join([
        f"real-news articles: {report.articles}",
        f"events      {report.events.line(extra=f', {report.event_neutral} optional-only')}",
        f"modality accuracy {report.modality_accuracy:.3f} ({report.modality_ok}/{report.events.found})",
        f"statements  {report.statements.line('matched')}",
        f"speaker accuracy {report.speaker_accuracy:.3f} ({report.speaker_ok}/{report.statements.found})",
        *(f"warning: {w}" for w in report.warnings),
    ])


def format_errors(report: ArticlesReport) -> str:
    """Every miss and false positive, one entry each."""
    return "\n".join(report.errors)
