"""ConfliBERT CAMEO PentaClass sentences (``sentence<TAB>label``): reader and class scorer.

Each sentence is coded as one document; every produced event's CAMEO root is mapped to its class
(data/pentaclass.yaml: 0 = roots 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14-15 and 17-20).
Scoring as for the PLOVER GSR event types: the distinct classes produced vs the gold class (TP when
the gold class is among them, FN otherwise, FP for every other class produced), micro and per class.
The confusion table crosses the gold class with the class of the first produced event ("-": none).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from onrecord.evaluate.matching import (
    DATA,
    PRF,
    count_labels,
    read_limited,
    score_aligned,
    sentence_articles,
)
from onrecord.evaluate.plover_gsr import format_event, produced_lines
from onrecord.schema import Article, Document, Event

NO_EVENT = "-"


@cache
def _classes() -> dict[int, tuple[str, tuple[str, ...]]]:
    raw = yaml.safe_load((DATA / "pentaclass.yaml").read_text(encoding="utf-8"))["classes"]
    return {int(k): (str(v["name"]), tuple(str(r).zfill(2) for r in v["roots"])) for k, v in raw.items()}


def class_names() -> dict[int, str]:
    """PentaClass number -> its name (0 -> "statement/appeal", ...)."""
    return {k: name for k, (name, _) in sorted(_classes().items())}


@cache
def _root_to_class() -> dict[str, int]:
    return {root: k for k, (_, roots) in _classes().items() for root in roots}


def cameo_class(cameo: str | None) -> int | None:
    """The PentaClass of a CAMEO code ("190" -> 4, "0211" -> 0), None when it has no known root."""
    code = (cameo or "").strip()
    if len(code) < 2 or not code[:2].isdigit():
        return None
    return _root_to_class().get(code[:2])


@dataclass
class PentaSentence:
    """One gold sentence with its PentaClass label."""

    index: int
    text: str
    label: int


def parse_pentaclass(raw: str) -> list[PentaSentence]:
    """Sentences of a ``sentence<TAB>label`` file (lines without a numeric label are skipped)."""
    out: list[PentaSentence] = []
    for line in raw.splitlines():
        text, sep, label = line.rpartition("\t")
        if not sep or not label.strip().isdigit() or not text.strip():
            continue
        out.append(PentaSentence(len(out), text.strip(), int(label)))
    return out


def read_pentaclass(path: str | Path, limit: int | None = None) -> list[PentaSentence]:
    """Sentences of a PentaClass TSV file (at most ``limit``)."""
    return read_limited(parse_pentaclass, path, limit)


def to_articles(sentences: Sequence[PentaSentence]) -> list[Article]:
    """One Article per sentence (no date)."""
    return sentence_articles(sentences, "penta")


# -- scoring ------------------------------------------------------------------------------------

@dataclass
class PentaResult:
    """How one sentence was coded."""

    sentence: PentaSentence
    events: list[Event]
    classes: list[int]            # distinct classes produced, sorted
    first: int | None             # class of the first produced event with a known CAMEO root

    @property
    def hit(self) -> bool:
        return self.sentence.label in self.classes


@dataclass
class PentaReport:
    """Class scores over a set of sentences."""

    micro: PRF = field(default_factory=PRF)
    per_class: dict[int, PRF] = field(default_factory=lambda: {k: PRF() for k in _classes()})
    confusion: dict[int, dict[str, int]] = field(default_factory=dict)
    results: list[PentaResult] = field(default_factory=list)

    @property
    def sentences(self) -> int:
        return len(self.results)

    @property
    def produced_events(self) -> int:
        return sum(len(r.events) for r in self.results)

    @property
    def no_event(self) -> int:
        return sum(1 for r in self.results if not r.events)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "produced_events": self.produced_events,
            "no_event": self.no_event,
            "micro": self.micro.to_dict(),
            "per_class": {str(k): p.to_dict() for k, p in sorted(self.per_class.items())},
            "confusion_first_event": {str(k): row for k, row in sorted(self.confusion.items())},
        }


def score_sentence(sentence: PentaSentence, document: Document | None) -> PentaResult:
    """The classes produced for one sentence."""
    events = list(document.events) if document is not None else []
    mapped = [c for e in events if (c := cameo_class(e.cameo)) is not None]
    return PentaResult(sentence, events, sorted(set(mapped)), mapped[0] if mapped else None)


def score_pentaclass(sentences: Sequence[PentaSentence], documents: Sequence[Document | None]) -> PentaReport:
    """Score produced documents (aligned with ``sentences``; None = nothing produced)."""
    return score_aligned(sentences, documents, PentaReport(), add_sentence, "sentences")


def add_sentence(sentence: PentaSentence, document: Document | None, report: PentaReport) -> None:
    """Add one sentence's classes to ``report``."""
    res = score_sentence(sentence, document)
    report.results.append(res)
    count_labels(report.micro, report.per_class, sentence.label, res.classes)
    columns = [str(k) for k in sorted(_classes())] + [NO_EVENT]
    row = report.confusion.setdefault(sentence.label, dict.fromkeys(columns, 0))
    key = NO_EVENT if res.first is None else str(res.first)
    row[key] = row.get(key, 0) + 1


# -- printing -----------------------------------------------------------------------------------

def format_report(report: PentaReport) -> str:
    """The summary printed by ``onrecord eval conflibert-classes``."""
    names = class_names()
    lines = [f"ConfliBERT PentaClass: {report.sentences} sentences, {report.produced_events} events produced, "
             f"{report.no_event} sentences with no event",
             f"class micro  {report.micro.line()}",
             "per class (recall = gold class among the produced classes):"]
    for k in sorted(report.per_class):
        lines.append(f"  {k} {names.get(k, '?'):<21} {report.per_class[k].line()}")
    columns = [str(k) for k in sorted(names)] + [NO_EVENT]
    lines.append("confusion (rows: gold class; columns: class of the first produced event, - = none):")
    lines.append("  gold " + "".join(f"{c:>6}" for c in columns))
    for k in sorted(report.confusion):
        row = report.confusion[k]
        lines.append(f"  {k:>4} " + "".join(f"{row.get(c, 0):>6}" for c in columns))
    return "\n".join(lines)


def _fmt_event(e: Event) -> str:
    k = cameo_class(e.cameo)
    return f"{format_event(e)} [class {'-' if k is None else k}]"


def format_errors(report: PentaReport) -> str:
    """Every sentence whose gold class was not produced, with the events that were."""
    names = class_names()
    out = []
    for r in report.results:
        if r.hit:
            continue
        s = r.sentence
        out.append(f"[class miss] #{s.index} gold {s.label} ({names.get(s.label, '?')})\n  sentence: {s.text}")
        out.extend(produced_lines(r.events, _fmt_event))
    return "\n".join(out)
