"""When an event or statement happened: date expressions in a sentence resolved against the doc date.

spaCy's DATE entities ("on Tuesday", "last week", "two days ago", "in March") are parsed by
dateparser with the article date as RELATIVE_BASE; durations ("for two years") are ignored.
A year alone ("in 2002", "last year") resolves to that year's first day, 2002-01-01: the
date_text keeps the year, and no month or day is invented from the article date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

# A DATE entity is a point in time when it names a day, month, year or relative anchor.
POINT = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|"
    r"tomorrow|ago|last|this|earlier|past|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"\d{4}|\d{1,2}/\d{1,2})\b",
    re.I,
)
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAY = re.compile(r"(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                     r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)
DURATION = re.compile(r"\b(for|decades?|centuries|century)\b", re.I)
EARLIER_THIS = re.compile(r"\b(earlier|late|later)\s+(this|last)\s+", re.I)
YEAR_ONLY = re.compile(r"(?:(?:in|of|since|by|during|early|late|mid|the year)\s+)*(\d{4})",
                       re.I)
RELATIVE_YEAR = re.compile(r"(?:(?:in|during|early|late|earlier|later)\s+)*(last|this|next|"
                           r"previous|past)\s+year", re.I)
SETTINGS = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False}


@lru_cache(maxsize=4096)
def resolve_date(text: str, doc_date: str | None) -> str | None:
    """ISO date of a date expression relative to ``doc_date`` (None when it does not resolve)."""
    if not POINT.search(text):
        return None
    if DURATION.search(text) and "ago" not in text.lower():
        return None
    clean = EARLIER_THIS.sub(r"\2 ", text).strip()
    year = year_start(clean, doc_date)
    if year is not None:
        return year
    weekday = WEEKDAY.fullmatch(clean)
    if weekday and doc_date:
        # news style: "said Sunday" in a Sunday paper is that day; otherwise the last such day
        try:
            base = date.fromisoformat(doc_date[:10])
        except ValueError:
            return None
        target = WEEKDAYS.index(weekday.group(1).lower()[:3])
        return (base - timedelta(days=(base.weekday() - target) % 7)).isoformat()
    settings = dict(SETTINGS)
    if doc_date:
        try:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(doc_date[:10])
        except ValueError:
            pass
    elif not re.search(r"\d{4}", clean):
        return None          # a relative date with nothing to anchor it
    try:
        parsed = dateparser.parse(clean, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd strings
        return None
    return parsed.date().isoformat() if parsed else None


def year_start(text: str, doc_date: str | None) -> str | None:
    """YYYY-01-01 for an expression that names only a year ("2002", "in 1987", "last year")."""
    m = YEAR_ONLY.fullmatch(text)
    if m:
        return f"{m.group(1)}-01-01"
    m = RELATIVE_YEAR.fullmatch(text)
    if m and doc_date and doc_date[:4].isdigit():
        shift = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(m.group(1).lower(), 0)
        return f"{int(doc_date[:4]) + shift:04d}-01-01"
    return None


def _date_entities(span: SpacySpan) -> list[SpacySpan]:
    return [e for e in span.ents if e.label_ in ("DATE", "TIME")]


def sentence_date(sent: SpacySpan, doc_date: str | None) -> tuple[str | None, str | None]:
    """(date, date_text) of a sentence: its first resolvable date expression, else the doc date."""
    for ent in _date_entities(sent):
        iso = resolve_date(ent.text, doc_date)
        if iso:
            return iso, ent.text
    return doc_date, None


def date_entities_by_sentence(doc: Doc) -> dict[int, list[SpacySpan]]:
    """DATE/TIME entities grouped by the start token of their sentence (one pass per doc)."""
    out: dict[int, list[SpacySpan]] = {}
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            out.setdefault(ent.sent.start, []).append(ent)
    return out


def event_date(trigger: Token, sent: SpacySpan, doc_date: str | None,
               ents: list[SpacySpan] | None = None) -> tuple[str | None, str | None]:
    """Date of the event triggered by ``trigger``: a date in its own clause first, else the
    sentence's first date, else the document date. ``ents``: the sentence's date entities."""
    ents = _date_entities(sent) if ents is None else ents
    if not ents:
        return doc_date, None
    clause = trigger
    while clause.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj") and clause.head != clause:
        clause = clause.head
    for ent in ents:
        if clause in ent.root.ancestors or ent.root.head == trigger:
            iso = resolve_date(ent.text, doc_date)
            if iso:
                return iso, ent.text
    for ent in ents:
        iso = resolve_date(ent.text, doc_date)
        if iso:
            return iso, ent.text
    return doc_date, None
