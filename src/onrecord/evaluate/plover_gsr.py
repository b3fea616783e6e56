"""PLOVER gold-standard records (plover_gsr_dev.json): reader and scorer, as in shared/data/README.md.

Each record is one document. Event type: the distinct PLOVER types produced vs the gold type (TP when
the gold type is among them, FN otherwise, FP for every other type produced). Dyad: some produced
event of the gold type whose actors fit the gold source and recipients fit the gold target by country
code (CONSULT/AGREE/COOPERATE may be swapped; an empty gold target - and, since malformed values were
normalised to [], an empty gold source - fits anything). Actor-country accuracy: among records whose
type is right and whose gold source is not empty, some produced event of the gold type has an actor
fitting a gold source (or, for the swappable types, a gold target). "Fit" = a shared key of ``matching.gold_code_keys`` / ``matching.actor_keys``
(ISO3 country, or normalised international body; a bare gold "IGO" is fitted by any body).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.evaluate.matching import (
    PRF,
    actor_keys,
    any_fits,
    count_labels,
    gold_code_keys,
    ratio,
)
from onrecord.schema import Article, Document, Event

SWAPPABLE = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass
class GoldActor:
    """One gold source/target entry: its text, CAMEO-style code and comparison keys."""

    text: str
    code: str
    keys: set[str]


@dataclass
class GsrRecord:
    """One PLOVER GSR record."""

    id: str
    text: str
    event: str
    date: str | None = None
    mode: str | None = None
    source: list[GoldActor] = field(default_factory=list)
    target: list[GoldActor] = field(default_factory=list)


def _gold_actors(value: Any) -> list[GoldActor]:
    if not value:
        return []
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, str):
            text, code = item, item
        elif isinstance(item, dict):
            text, code = str(item.get("actorText") or ""), str(item.get("code") or "")
        else:
            continue
        keys = gold_code_keys(code, text)
        if keys:
            out.append(GoldActor(text, code, keys))
    return out


def parse_record(d: dict[str, Any]) -> GsrRecord:
    """A GsrRecord from one JSON object of the GSR file."""
    return GsrRecord(
        id=str(d["id"]), text=str(d.get("text") or ""), event=str(d["event"]).upper(),
        date=d.get("date"), mode=d.get("mode"),
        source=_gold_actors(d.get("source")), target=_gold_actors(d.get("target")),
    )


def read_plover_gsr(path: str | Path) -> list[GsrRecord]:
    """All records of a GSR file (a JSON list, or JSON lines)."""
    raw = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        data = [json.loads(line) for line in raw.splitlines() if line.strip()]
    if isinstance(data, dict):
        data = data.get("records") or data.get("data") or []
    return [parse_record(d) for d in data]


def id_number(record_id: str) -> int | None:
    """The number an id ends with (PLOVER-GSR01-AGREE-0034 -> 34), None when there is none."""
    m = re.search(r"(\d+)\s*$", record_id)
    return int(m.group(1)) if m else None


def select_half(records: Iterable[GsrRecord], half: str) -> list[GsrRecord]:
    """``all``; ``odd`` = ids ending in an odd number (held-out half); ``even`` = the tuning half."""
    if half == "all":
        return list(records)
    want = 1 if half == "odd" else 0
    if half not in ("odd", "even"):
        raise ValueError(f"half must be all, even or odd, not {half!r}")
    return [r for r in records if (n := id_number(r.id)) is not None and n % 2 == want]


def to_articles(records: Iterable[GsrRecord]) -> list[Article]:
    """One Article per record (id = record id, date = record date)."""
    return [Article(text=r.text, id=r.id, date=r.date, language="en") for r in records]


# -- scoring ------------------------------------------------------------------------------------

@dataclass
class RecordResult:
    """How one record was coded."""

    record: GsrRecord
    produced_types: list[str]
    type_ok: bool
    actor_ok: bool | None      # None when not applicable (type wrong or gold source empty)
    dyad_ok: bool
    events: list[Event]


@dataclass
class GsrReport:
    """Scores over a set of records."""

    micro: PRF
    per_type: dict[str, PRF]
    actor_hits: int
    actor_total: int
    dyad_hits: int
    records: int
    produced_events: int
    results: list[RecordResult]

    @property
    def actor_accuracy(self) -> float:
        return ratio(self.actor_hits, self.actor_total)

    @property
    def dyad_accuracy(self) -> float:
        return ratio(self.dyad_hits, self.records)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "produced_events": self.produced_events,
            "micro": self.micro.to_dict(),
            "per_type": {t: p.to_dict() for t, p in sorted(self.per_type.items())},
            "actor_country_accuracy": round(self.actor_accuracy, 4),
            "actor_country": {"hits": self.actor_hits, "of": self.actor_total},
            "dyad_accuracy": round(self.dyad_accuracy, 4),
            "dyad": {"hits": self.dyad_hits, "of": self.records},
        }


def _fits(actors: Sequence[Any], gold: Sequence[GoldActor]) -> bool:
    if not gold:
        return True
    return any_fits([actor_keys(a) for a in actors], [g.keys for g in gold])


def dyad_fits(event: Event, record: GsrRecord) -> bool:
    """The event's actors fit the gold source and its recipients the gold target (or swapped)."""
    if _fits(event.actor, record.source) and _fits(event.recipient, record.target):
        return True
    return (record.event in SWAPPABLE and _fits(event.actor, record.target)
            and _fits(event.recipient, record.source))


def actor_fits(event: Event, record: GsrRecord) -> bool:
    """Some actor of the event fits a gold source (by country / body); for CONSULT, AGREE and
    COOPERATE, whose dyads may be swapped, a gold target also counts."""
    gold = record.source + (record.target if record.event in SWAPPABLE else [])
    return any_fits([actor_keys(a) for a in event.actor], [g.keys for g in gold])


def score_record(record: GsrRecord, document: Document | None) -> RecordResult:
    """Type, actor and dyad verdicts for one record."""
    events = list(document.events) if document is not None else []
    types = sorted({e.event for e in events})
    type_ok = record.event in types
    of_type = [e for e in events if e.event == record.event]
    actor_ok = (any(actor_fits(e, record) for e in of_type)
                if type_ok and record.source else None)
    dyad_ok = any(dyad_fits(e, record) for e in of_type)
    return RecordResult(record, types, type_ok, actor_ok, dyad_ok, events)


def score_plover_gsr(
    records: Sequence[GsrRecord], documents: Sequence[Document | None]
) -> GsrReport:
    """Score produced documents (aligned with ``records``; None = nothing produced)."""
    if len(records) != len(documents):
        raise ValueError("records and documents differ in length")
    micro = PRF()
    per_type: dict[str, PRF] = {}
    results = []
    for record, document in zip(records, documents, strict=True):
        res = score_record(record, document)
        results.append(res)
        count_labels(micro, per_type, record.event, res.produced_types)
    return GsrReport(
        micro=micro, per_type=per_type,
        actor_hits=sum(1 for r in results if r.actor_ok),
        actor_total=sum(1 for r in results if r.actor_ok is not None),
        dyad_hits=sum(1 for r in results if r.dyad_ok),
        records=len(records),
        produced_events=sum(len(r.events) for r in results),
        results=results,
    )


# -- printing -----------------------------------------------------------------------------------

def _fmt_actor(a: Any) -> str:
    bits = [a.country or a.code or a.name or "?"]
    if a.sector:
        bits.append(a.sector)
    return f"{a.text!r}=" + "/".join(bits)


def format_event(e: Event) -> str:
    """One line for a produced event."""
    actors = ", ".join(_fmt_actor(a) for a in e.actor) or "-"
    recips = ", ".join(_fmt_actor(a) for a in e.recipient) or "-"
    mode = f" {e.mode}" if e.mode else ""
    flags = "".join(f" [{f}]" for f in ("negated", "hypothetical", "future") if getattr(e, f))
    return f"{e.event}{mode} ({e.cameo}) trigger {e.trigger.text!r}: {actors} -> {recips}{flags}"


def produced_lines(events: Sequence[Event], fmt: Callable[[Event], str] = format_event) -> list[str]:
    """``  produced: ...`` for each event, or ``  produced: nothing``."""
    return [f"  produced: {fmt(e)}" for e in events] or ["  produced: nothing"]


def format_report(report: GsrReport, title: str = "PLOVER GSR") -> str:
    """The summary printed by ``onrecord eval plover-gsr``."""
    lines = [f"{title}: {report.records} records, {report.produced_events} events produced",
             f"event type micro  {report.micro.line()}",
             f"actor-country accuracy {report.actor_accuracy:.3f} ({report.actor_hits}/{report.actor_total} "
             "records with the right type and a gold source)",
             f"dyad accuracy          {report.dyad_accuracy:.3f} ({report.dyad_hits}/{report.records})",
             "per type:"]
    for t in sorted(report.per_type):
        p = report.per_type[t]
        lines.append(f"  {t:<10} {p.line()}")
    return "\n".join(lines)


def format_errors(report: GsrReport) -> str:
    """Every record whose type or dyad is wrong, with its sentence, expected and produced records."""
    out = []
    for r in report.results:
        if r.type_ok and r.dyad_ok:
            continue
        rec = r.record
        what = "type" if not r.type_ok else "dyad"
        src = ", ".join(f"{g.text!r}={g.code}" for g in rec.source) or "-"
        tgt = ", ".join(f"{g.text!r}={g.code}" for g in rec.target) or "-"
        out.append(f"[{what} miss] {rec.id}\n  sentence: {rec.text.strip()}\n"
                   f"  expected: {rec.event}{' ' + rec.mode if rec.mode else ''}: {src} -> {tgt}")
        out.extend(produced_lines(r.events))
    return "\n".join(out)
