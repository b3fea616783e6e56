"""The record contract (shared/SCHEMA.md, version 1): Article in, Document out.

Plain dataclasses with a lossless JSON round trip; every field SCHEMA.md names is always present.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1

PLOVER_EVENTS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATEMENT_KINDS = ("direct", "indirect", "mixed")


def text_hash(text: str) -> str:
    """Stable short hash of a text (used for default doc ids)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class Span:
    """A piece of the document text with its offsets: ``text == doc_text[start:end]``."""

    text: str
    start: int
    end: int

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        return None if d is None else cls(d["text"], int(d["start"]), int(d["end"]))


@dataclass
class Actor:
    """An entity as it takes part in one event or statement."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Actor | None:
        if d is None:
            return None
        return cls(**{f.name: d.get(f.name) for f in fields(cls)})


@dataclass
class Event:
    """One coded event: actor -> action -> recipient, with its evidence."""

    id: str
    event: str
    cameo: str
    goldstein: float
    quad_class: int
    trigger: Span
    sentence: int
    text: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported_by: Actor | None = None
    statement: str | None = None
    confidence: float = 0.5

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        data = {f.name: d.get(f.name) for f in fields(cls) if f.name in d}
        data["trigger"] = Span.from_dict(d["trigger"])
        data["actor"] = [Actor.from_dict(a) for a in d.get("actor") or []]
        data["recipient"] = [Actor.from_dict(a) for a in d.get("recipient") or []]
        data["reported_by"] = Actor.from_dict(d.get("reported_by"))
        data["context"] = list(d.get("context") or [])
        return cls(**data)


@dataclass
class Statement:
    """Who said what: speaker, cue and content with offsets."""

    id: str
    speaker: Actor
    content: Span
    kind: str
    sentence: int
    cue: Span | None = None
    date: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        return cls(
            id=d["id"],
            speaker=Actor.from_dict(d["speaker"]),
            content=Span.from_dict(d["content"]),
            kind=d["kind"],
            sentence=int(d["sentence"]),
            cue=Span.from_dict(d.get("cue")),
            date=d.get("date"),
        )


@dataclass
class Article:
    """An input article: text plus its publication metadata."""

    text: str
    id: str | None = None
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None

    @property
    def doc_id(self) -> str:
        return self.id if self.id else text_hash(self.text)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(**{f.name: d.get(f.name) for f in fields(cls)})


@dataclass
class Document:
    """The coder's output for one article."""

    doc_id: str
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            doc_id=d["doc_id"],
            date=d.get("date"),
            title=d.get("title"),
            source=d.get("source"),
            url=d.get("url"),
            language=d.get("language") or "en",
            events=[Event.from_dict(e) for e in d.get("events") or []],
            statements=[Statement.from_dict(s) for s in d.get("statements") or []],
            warnings=list(d.get("warnings") or []),
        )

    @classmethod
    def from_json(cls, line: str) -> Document:
        return cls.from_dict(json.loads(line))


@dataclass
class Reject:
    """An input record that could not be read or coded, with where it was and why."""

    source: str
    location: str | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.location}" if self.location else self.source
        return f"{where}: {self.reason}"
