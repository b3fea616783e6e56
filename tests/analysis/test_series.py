"""Dyad time series from a store: counts by type and quad class, Goldstein, conflict share.

Negated, hypothetical and undated events are left out; weeks start on Monday.
"""

from __future__ import annotations

import datetime as dt

import pyarrow.csv as pcsv
import pyarrow.parquet as pq
import pytest

from onrecord.analysis import SeriesQuery, dyad_series, top_dyads, write_series


def _by_key(rows):
    return {(str(r["period"]), r["actor"], r["recipient"]): r for r in rows}


def test_weekly_series_by_country(con):
    rows = _by_key(dyad_series(con, SeriesQuery(by="country", freq="week")))
    usa_chn = rows[("2024-05-06", "USA", "CHN")]
    assert usa_chn["events"] == 2            # the negated SANCTION is not counted
    assert (usa_chn["consult"], usa_chn["aid"], usa_chn["sanction"]) == (1, 1, 0)
    assert (usa_chn["verbal_coop"], usa_chn["material_coop"]) == (1, 1)
    assert usa_chn["goldstein_sum"] == 8.0 and usa_chn["goldstein_mean"] == 4.0
    chn_usa = rows[("2024-05-06", "CHN", "USA")]
    assert chn_usa["events"] == 1 and chn_usa["material_conflict_share"] == 1.0
    assert rows[("2024-05-20", "IGOWSTNAT", "CHN")]["accuse"] == 1   # no country: falls back to code
    assert not any(k[1] == "GOV" for k in rows)       # ... but a sector-only code is no country


def test_by_code_month_and_all_events(con):
    rows = _by_key(dyad_series(con, SeriesQuery(by="code", freq="month", include_all=True)))
    assert rows[("2024-05-01", "USAGOV", "CHNGOV")]["events"] == 3
    assert rows[("2024-05-01", "CHNMIL", "USAGOV")]["coerce"] == 1
    assert rows[("2024-05-01", "GOV", "CHNGOV")]["accuse"] == 1
    # events that did not happen carry no date (SCHEMA.md), so no period takes them
    assert ("2024-05-01", "CHNGOV", "USAGOV") not in rows


def test_dyad_and_date_filters(con):
    q = SeriesQuery(freq="day", actor="usa", recipient="CHN", date_from=dt.date(2024, 5, 10))
    rows = dyad_series(con, q)
    assert [(str(r["period"]), r["events"]) for r in rows] == [("2024-05-20", 1)]


def test_write_csv_and_parquet(con, tmp_path):
    q = SeriesQuery()
    n = write_series(con, q, tmp_path / "s.csv")
    assert pcsv.read_csv(tmp_path / "s.csv").num_rows == n == len(dyad_series(con, q))
    write_series(con, q, tmp_path / "s.parquet")
    table = pq.read_table(tmp_path / "s.parquet")
    assert table.num_rows == n and "material_conflict_share" in table.column_names
    with pytest.raises(ValueError):
        write_series(con, q, tmp_path / "s.xlsx")


def test_bad_keys_are_refused():
    with pytest.raises(ValueError):
        SeriesQuery(by="name; DROP TABLE events")
    with pytest.raises(ValueError):
        SeriesQuery(freq="year")


def test_top_dyads(con):
    top = top_dyads(con, SeriesQuery(), limit=1)
    assert [(d["actor"], d["recipient"], d["events"]) for d in top] == [("USA", "CHN", 3)]
