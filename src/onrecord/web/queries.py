"""SQL for the API's searches: WHERE clauses built from validated filters, values as parameters.

Identifiers come from fixed strings in this module only; every user value is a ``?`` parameter,
and text matching uses ``contains`` (no LIKE wildcards to escape).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from onrecord.analysis.where import Where

EVENT_JSON_COLUMNS = ("context", "actors", "recipients", "reported_by")
SORTS = {   # over idx.events, whose _rank is the order by date (newest first), then event_id
    "date": "date ASC NULLS LAST, event_id",
    "-date": "_rank",
    "goldstein": "goldstein ASC, event_id",
    "-goldstein": "goldstein DESC, event_id",
}


def word_start(column: str) -> str:
    """SQL: the ``?`` value starts a word of ``column`` ("putin" finds "Vladimir Putin", "us"
    does not find "Russia"), case-insensitively."""
    return f"contains(' ' || lower(coalesce({column}, '')), ' ' || lower(?))"


def _who(prefix: str, value: str) -> tuple[str, list[Any]]:
    """Columns ``<prefix>_name/_code/_country`` matching a name's words, a code or a country."""
    sql = (f"({word_start(prefix + '_name')} "
           f"OR upper({prefix}_code) = upper(?) OR upper({prefix}_country) = upper(?))")
    return sql, [value, value, value]


def _actor_ids(roles: tuple[str, ...], value: str) -> tuple[str, list[Any]]:
    """record_ids from the actors table where an actor of these roles matches ``value``."""
    role_sql = ", ".join(f"'{r}'" for r in roles)
    sql = (f"SELECT record_id FROM actors WHERE role IN ({role_sql}) AND ("
           f"{word_start('name')} OR {word_start('text')} "
           "OR upper(code) = upper(?) OR upper(country) = upper(?))")
    return sql, [value] * 4


# The event search runs on idx.events: the store's events plus, per role, the lower-cased names
# and mention words of every actor (flat columns and actors table) and their codes/countries.
INDEX_COLUMNS = ("_rank", "_a_words", "_a_keys", "_r_words", "_r_keys", "_b_words", "_b_keys",
                 "_countries", "_text")
_ROLE_AGG = """
    string_agg(' ' || lower(coalesce(name, '')) || ' ' || chr(31) || ' ' || lower(coalesce(text, '')),
               ' ' || chr(31)) FILTER (WHERE role = '{role}') AS {p}_words,
    list(upper(code)) FILTER (WHERE role = '{role}' AND code IS NOT NULL) AS {p}_codes,
    list(upper(country)) FILTER (WHERE role = '{role}' AND country IS NOT NULL) AS {p}_ctry"""
EVENT_INDEX_SQL = f"""
CREATE OR REPLACE TABLE idx.events AS
WITH roles AS (
    SELECT record_id, {_ROLE_AGG.format(role="actor", p="a")}, {_ROLE_AGG.format(role="recipient", p="r")},
           {_ROLE_AGG.format(role="reported_by", p="b")}
    FROM actors GROUP BY record_id)
SELECT row_number() OVER (ORDER BY e.date DESC NULLS LAST, e.event_id) AS _rank, e.*,
    ' ' || lower(coalesce(e.actor_name, '')) || ' ' || chr(31) || coalesce(r.a_words, '') AS _a_words,
    list_filter(list_concat(coalesce(r.a_codes, []), coalesce(r.a_ctry, []),
                            [upper(e.actor_code), upper(e.actor_country)]), lambda x: x IS NOT NULL) AS _a_keys,
    ' ' || lower(coalesce(e.recipient_name, '')) || ' ' || chr(31) || coalesce(r.r_words, '') AS _r_words,
    list_filter(list_concat(coalesce(r.r_codes, []), coalesce(r.r_ctry, []),
                            [upper(e.recipient_code), upper(e.recipient_country)]), lambda x: x IS NOT NULL) AS _r_keys,
    ' ' || lower(coalesce(e.reported_by_name, '')) || ' ' || chr(31) || coalesce(r.b_words, '') AS _b_words,
    list_filter(list_concat(coalesce(r.b_codes, []), coalesce(r.b_ctry, []),
                            [upper(e.reported_by_country)]), lambda x: x IS NOT NULL) AS _b_keys,
    list_filter(list_concat(coalesce(r.a_ctry, []), coalesce(r.r_ctry, []),
                            [upper(e.actor_country), upper(e.recipient_country)]), lambda x: x IS NOT NULL) AS _countries,
    lower(coalesce(e.sentence_text, '') || chr(31) || coalesce(e.trigger_text, '')) AS _text
FROM events e LEFT JOIN roles r ON r.record_id = e.event_id
ORDER BY _rank
"""
EVENT_OUTPUT = f"* EXCLUDE ({', '.join(INDEX_COLUMNS)})"
# The same columns with the JSON text columns as nested JSON (for to_json in DuckDB).
EVENT_OUTPUT_JSON = EVENT_OUTPUT + " REPLACE (" + ", ".join(
    f"CASE WHEN json_valid({c}) THEN json({c}) END AS {c}" for c in EVENT_JSON_COLUMNS) + ")"
# Lower-cased title and text of each document, so that a text search does not lower() them again.
DOCUMENT_INDEX_SQL = """
CREATE OR REPLACE TABLE idx.documents AS
SELECT doc_id, lower(coalesce(title, '') || chr(31) || coalesce(text, '')) AS _text FROM documents
"""


def _indexed_who(p: str) -> str:
    """SQL (two ``?``): a word start in the role's names and mentions, or an exact code / country."""
    return f"(contains({p}_words, ' ' || lower(?)) OR list_contains({p}_keys, upper(?)))"


@dataclass
class EventFilter:
    """Filters of the event search (all optional, combined with AND)."""

    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    types: list[str] = field(default_factory=list)
    quad_classes: list[int] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str | None = None
    reported_by: str | None = None
    negated: bool | None = None
    hypothetical: bool | None = None
    future: bool | None = None
    doc_id: str | None = None


def event_where(f: EventFilter) -> tuple[str, list[Any]]:
    """WHERE clause and parameters for an EventFilter, over idx.events (EVENT_INDEX_SQL)."""
    w = Where()
    for prefix, value in (("_a", f.actor), ("_r", f.recipient), ("_b", f.reported_by)):
        w.add_if(value, _indexed_who(prefix), repeat=2)
    w.add_if(f.country, "list_contains(_countries, upper(?))")
    w.add_in("event", f.types).add_in("quad_class", f.quad_classes)
    w.date_range(f.date_from, f.date_to)
    w.add_if(f.text, "contains(_text, lower(?))")
    for column, flag in (("negated", f.negated), ("hypothetical", f.hypothetical),
                         ("future", f.future)):
        w.add_if(flag, f"coalesce({column}, false) = ?")
    w.add_if(f.doc_id, "doc_id = ?")
    return w.build()


@dataclass
class StatementFilter:
    """Filters of the statement search: who said it, who it is about, what it says."""

    speaker: str | None = None
    about: str | None = None
    text: str | None = None
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    doc_id: str | None = None


def statement_where(f: StatementFilter) -> tuple[str, list[Any]]:
    """WHERE clause and parameters for a StatementFilter."""
    w = Where()
    if f.speaker:
        flat, p = _who("speaker", f.speaker)
        w.add(f"({flat} OR {word_start('speaker_text')})", *p, f.speaker)
    if f.about:
        ids, p = _actor_ids(("actor", "recipient"), f.about)
        w.add("(contains(lower(coalesce(content_text, '')), lower(?)) OR statement_id IN ("
              f"SELECT statement_id FROM events WHERE statement_id IS NOT NULL "
              f"AND event_id IN ({ids})))", f.about, *p)
    w.add_if(f.text, "contains(lower(coalesce(content_text, '')), lower(?))")
    w.add_if(f.kind, "kind = ?")
    w.date_range(f.date_from, f.date_to)
    w.add_if(f.doc_id, "doc_id = ?")
    return w.build()


@dataclass
class DocumentFilter:
    """Filters of the document list."""

    text: str | None = None
    source: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def document_where(f: DocumentFilter) -> tuple[str, list[Any]]:
    """WHERE clause and parameters for a DocumentFilter."""
    w = Where()
    w.add_if(f.text, "doc_id IN (SELECT doc_id FROM idx.documents WHERE contains(_text, lower(?)))")
    w.add_if(f.source, "lower(source) = lower(?)")
    return w.date_range(f.date_from, f.date_to).build()


def decode_event(row: dict[str, Any]) -> dict[str, Any]:
    """An events row with its JSON columns parsed."""
    out = dict(row)
    for col in EVENT_JSON_COLUMNS:
        value = out.get(col)
        if isinstance(value, str):
            try:
                out[col] = json.loads(value)
            except ValueError:
                pass
    return out
