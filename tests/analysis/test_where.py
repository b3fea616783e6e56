"""The shared WHERE builder: conditions only for set values, parameters in placeholder order."""

from __future__ import annotations

import datetime as dt

from onrecord.analysis.where import Where, is_set


def test_only_set_values_add_conditions() -> None:
    assert [is_set(v) for v in (None, "", [], False, 0, "x", [1])] == [False, False, False, True, True, True, True]
    w = Where()
    w.add_if(None, "a = ?").add_if("", "b = ?").add_if(False, "flag = ?").add_if("kyiv", "name = ? OR text = ?", repeat=2)
    w.add_in("event", []).add_in("quad_class", [1, 4])
    assert w.build() == ("flag = ? AND name = ? OR text = ? AND quad_class IN (?, ?)",
                         [False, "kyiv", "kyiv", 1, 4])


def test_dates_and_empty_clause() -> None:
    assert Where().build() == ("TRUE", [])
    day = dt.date(2024, 3, 1)
    assert Where(["x IS NOT NULL"]).date_range(None, day).build() == ("x IS NOT NULL AND date <= ?", [day])
    assert Where().date_range(day, day, column="d").add("k = ?", 3).build() == (
        "d >= ? AND d <= ? AND k = ?", [day, day, 3])
