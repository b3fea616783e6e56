"""Dyad time series: events of actor -> recipient per day, week or month, from the DuckDB store.

Counts by PLOVER type and quad class, Goldstein sum and mean, and the share of material conflict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import yaml

from onrecord.analysis.where import Where
from onrecord.schema import PLOVER_EVENTS


@cache
def _nonstate_prefixes() -> tuple[str, ...]:
    text = resources.files("onrecord.analysis").joinpath("data/dyads.yaml").read_text("utf-8")
    prefixes = tuple(yaml.safe_load(text)["nonstate_code_prefixes"])
    if not all(p.isalpha() and p.isupper() for p in prefixes):
        raise ValueError("dyads.yaml: prefixes must be upper-case letters")
    return prefixes


def _country_key(side: str) -> str:
    listed = ", ".join(f"'{p}'" for p in _nonstate_prefixes())
    return (f"COALESCE({side}_country, CASE WHEN left({side}_code, 3) IN ({listed}) "
            f"THEN {side}_code END)")


# A dyad is (first actor, first recipient) of an event, as in the flat GDELT/ICEWS columns.
DYAD_KEYS = {
    "country": (_country_key("actor"), _country_key("recipient")),
    "code": ("COALESCE(actor_code, actor_country)", "COALESCE(recipient_code, recipient_country)"),
}
PERIODS = {
    "day": "CAST(date AS DATE)",
    "week": "CAST(date_trunc('week', date) AS DATE)",   # ISO weeks, starting on Monday
    "month": "CAST(date_trunc('month', date) AS DATE)",
}
# Only events that happened: dated, neither negated, hypothetical nor future.
HAPPENED = ("date IS NOT NULL AND NOT coalesce(negated, false) "
            "AND NOT coalesce(hypothetical, false) AND NOT coalesce(future, false)")
TYPE_COLUMNS = tuple(t.lower() for t in PLOVER_EVENTS)
QUAD_COLUMNS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


@dataclass(frozen=True)
class SeriesQuery:
    """What to aggregate: dyad key, period length and optional filters."""

    by: str = "country"
    freq: str = "week"
    actor: str | None = None
    recipient: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_all: bool = False     # also negated / hypothetical / future events

    def __post_init__(self) -> None:
        if self.by not in DYAD_KEYS:
            raise ValueError(f"by must be one of {sorted(DYAD_KEYS)}, not {self.by!r}")
        if self.freq not in PERIODS:
            raise ValueError(f"freq must be one of {sorted(PERIODS)}, not {self.freq!r}")


def dyad_filter(q: SeriesQuery) -> tuple[str, list[Any]]:
    """WHERE clause (with ? parameters) selecting the events of the query's dyads."""
    a_key, r_key = DYAD_KEYS[q.by]
    w = Where([f"{a_key} IS NOT NULL", f"{r_key} IS NOT NULL",
               "date IS NOT NULL" if q.include_all else HAPPENED])
    w.add_if(q.actor, f"upper({a_key}) = upper(?)")
    w.add_if(q.recipient, f"upper({r_key}) = upper(?)")
    return w.date_range(q.date_from, q.date_to).build()


def series_sql(q: SeriesQuery) -> tuple[str, list[Any]]:
    """The aggregation query (identifiers from whitelists only, values as parameters)."""
    a_key, r_key = DYAD_KEYS[q.by]
    where, params = dyad_filter(q)
    types = ", ".join(f"count(*) FILTER (WHERE event = '{t}') AS {t.lower()}" for t in PLOVER_EVENTS)
    quads = ", ".join(f"count(*) FILTER (WHERE quad_class = {i}) AS {name}"
                      for i, name in enumerate(QUAD_COLUMNS, start=1))
    sql = f"""
        SELECT {PERIODS[q.freq]} AS period, {a_key} AS actor, {r_key} AS recipient,
               count(*) AS events, {quads}, {types},
               round(sum(goldstein), 3) AS goldstein_sum,
               round(avg(goldstein), 3) AS goldstein_mean,
               round(count(*) FILTER (WHERE quad_class = 4) / count(*), 4)
                   AS material_conflict_share
        FROM events WHERE {where}
        GROUP BY ALL ORDER BY actor, recipient, period"""
    return sql, params


def dyad_series(con: duckdb.DuckDBPyConnection, q: SeriesQuery | None = None) -> list[dict[str, Any]]:
    """One row per (period, actor, recipient) with at least one event."""
    sql, params = series_sql(q or SeriesQuery())
    return con.sql(sql, params=params).to_dicts()


def write_series(con: duckdb.DuckDBPyConnection, q: SeriesQuery, path: str | Path) -> int:
    """Write the series to a .csv or .parquet file; returns the number of rows."""
    path = Path(path)
    sql, params = series_sql(q)
    rel = con.sql(sql, params=params)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rel.write_csv(str(path))
    elif suffix == ".parquet":
        rel.write_parquet(str(path))
    else:
        raise ValueError(f"unsupported output {path.name!r}: use .csv or .parquet")
    return con.execute(f"SELECT count(*) FROM ({sql})", params).fetchall()[0][0]


def top_dyads(con: duckdb.DuckDBPyConnection, q: SeriesQuery, limit: int = 50) -> list[dict[str, Any]]:
    """The busiest dyads over the query's range, with their Goldstein mean and conflict share."""
    a_key, r_key = DYAD_KEYS[q.by]
    where, params = dyad_filter(q)
    sql = f"""
        SELECT {a_key} AS actor, {r_key} AS recipient, count(*) AS events,
               round(avg(goldstein), 3) AS goldstein_mean,
               round(count(*) FILTER (WHERE quad_class = 4) / count(*), 4) AS material_conflict_share,
               min(date) AS first, max(date) AS last
        FROM events WHERE {where}
        GROUP BY ALL ORDER BY events DESC, actor, recipient LIMIT ?"""
    return con.sql(sql, params=[*params, int(limit)]).to_dicts()
