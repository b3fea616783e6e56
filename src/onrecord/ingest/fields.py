"""Field mapping for record-shaped inputs (JSONL, CSV) and date normalisation."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from onrecord.schema import Article

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class FieldMap:
    """Which record field holds which Article attribute."""

    text: str = "text"
    id: str = "id"
    date: str = "date"
    title: str = "title"
    source: str = "source"
    url: str = "url"


def normalise_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from an ISO date/datetime or a free-form date; None when not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    m = _ISO_DATE.match(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


def article_from_record(record: dict[str, Any], fields: FieldMap, default_date: str | None,
                        fallback_id: str | None = None) -> Article:
    """Build an Article from a mapping; raise ValueError naming what is missing or wrong."""
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get(fields.text)
    if text is None:
        raise ValueError(f"no '{fields.text}' field (use --text-field to choose another)")
    if not isinstance(text, str):
        raise ValueError(f"'{fields.text}' is {type(text).__name__}, not a string")

    def opt(name: str) -> str | None:
        v = record.get(name)
        return None if v is None or v == "" else str(v)

    return Article(
        text=text,
        id=opt(fields.id) or fallback_id,
        date=normalise_date(record.get(fields.date)) or default_date,
        title=opt(fields.title),
        source=opt(fields.source),
        url=opt(fields.url),
    )
