"""Escalation method on series with a known shift: detected within the documented delay.

Also: no alert on a flat or merely noisy series, on more cooperation, or before the baseline.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from onrecord.analysis import AlertParams, SeriesQuery, find_alerts
from onrecord.analysis.alerts import detect_dyad, episodes, flag_periods, robust_z
from onrecord.analysis.testing import build_store, simple_document

P = AlertParams()


def _weekly(values: list[float], counts: list[int] | None = None) -> list[dict]:
    monday = dt.date(2024, 1, 1)
    counts = counts or [3] * len(values)
    return [{"period": monday + dt.timedelta(weeks=i), "goldstein_sum": v, "events": n,
             "material_conflict": 0} for i, (v, n) in enumerate(zip(values, counts, strict=True))]


def test_step_shift_is_detected_in_its_first_period():
    rng = np.random.default_rng(1)
    shift_at = 20
    values = list(6 + rng.normal(0, 1.5, shift_at)) + list(-12 + rng.normal(0, 1.5, 6))
    [alert] = detect_dyad("AAA", "BBB", _weekly(values), "week", P)
    start = dt.date.fromisoformat(alert.start)
    delay = (start - dt.date(2024, 1, 1)).days // 7 - shift_at
    assert 0 <= delay <= 1          # documented: first period of the shift, at the latest the next
    assert alert.z <= -P.threshold and alert.baseline_median > 3


@pytest.mark.parametrize("seed", range(5))
def test_flat_and_noisy_series_raise_no_alert(seed):
    assert detect_dyad("A", "B", _weekly([4.0] * 40), "week", P) == []
    rng = np.random.default_rng(seed)
    noisy = list(4 + rng.normal(0, 2.0, 60))
    assert detect_dyad("A", "B", _weekly(noisy), "week", P) == []


def test_more_cooperation_is_not_escalation():
    values = [1.0] * 15 + [30.0] * 5
    assert not flag_periods(np.array(values), np.full(20, 5), P).any()


def test_no_alert_before_the_minimum_baseline():
    values = [5.0] * (P.min_baseline - 1) + [-40.0]
    z, _, _ = robust_z(np.array(values), P)
    assert np.isnan(z).all()
    assert detect_dyad("A", "B", _weekly(values), "week", P) == []


def test_a_single_minor_event_after_silence_is_not_an_alert():
    values = [0.0] * 12 + [-2.0]
    assert detect_dyad("A", "B", _weekly(values, [0] * 12 + [1]), "week", P) == []


def test_episodes_group_consecutive_periods():
    assert episodes(np.array([False, True, True, False, True])) == [(1, 2), (4, 4)]


def test_alerts_from_a_store_carry_their_events(tmp_path):
    arm, aze = ("Armenia", "Armenia", "ARM", "ARMGOV"), ("Azerbaijan", "Azerbaijan", "AZE", "AZEGOV")
    docs = []
    for week in range(14):
        day = (dt.date(2024, 1, 1) + dt.timedelta(weeks=week)).isoformat()
        hostile = week >= 11
        clause = (dict(actor=arm, verb="shelled", recipient=aze, event="ASSAULT", cameo="195",
                       goldstein=-10.0, quad_class=4) if hostile else
                  dict(actor=arm, verb="met", recipient=aze, event="CONSULT", cameo="040",
                       goldstein=3.0 + week % 2, quad_class=1))
        docs.append(simple_document(f"w{week}", day, [clause, clause]))
    # a flat dyad beside it: same talks every week, never an alert
    for week in range(14):
        day = (dt.date(2024, 1, 1) + dt.timedelta(weeks=week)).isoformat()
        docs.append(simple_document(f"f{week}", day, [dict(
            actor=("France", "France", "FRA", "FRAGOV"), verb="met",
            recipient=("Germany", "Germany", "DEU", "DEUGOV"), event="CONSULT", cameo="040",
            goldstein=1.0, quad_class=1)] * 2))
    import duckdb

    con = duckdb.connect(str(build_store(tmp_path / "s.duckdb", docs)), read_only=True)
    [alert] = find_alerts(con, SeriesQuery(by="country", freq="week"))
    assert (alert.actor, alert.recipient, alert.start) == ("ARM", "AZE", "2024-03-18")
    assert alert.event_ids and all(e.split(":")[0] in {"w11", "w12", "w13"} for e in alert.event_ids)
    assert alert.material_conflict_share == 1.0


def test_false_alarm_rate_on_lumpy_two_signed_noise_is_low():
    # weekly sums of Poisson(2) events, each cooperative or conflictual at random: no signal
    rng = np.random.default_rng(11)
    flagged = tested = 0
    for _ in range(100):
        counts = rng.poisson(2, 100)
        values = rng.choice([2.0, 6.0, -4.5, -7.5], size=counts.sum())
        sums = np.bincount(np.repeat(np.arange(100), counts), weights=values, minlength=100)
        z, _, _ = robust_z(sums, P)
        flagged += int(((z <= -P.threshold) & (counts >= P.min_events)).sum())
        tested += int(np.isfinite(z).sum())
    assert flagged / tested < 0.02
