"""Escalation alerts: a dyad's period Goldstein sum falls far below its own recent baseline.

Method (rolling robust z-score), applied to each dyad's series, one value per period (week by
default), periods with no events counted as 0:

* baseline of period t = the ``window`` periods before t (t itself excluded); no test until the
  dyad has ``min_baseline`` periods of history;
* z_t = (x_t - median(baseline)) / scale, scale = max(1.4826 * MAD, SD, scale_floor) of the
  baseline, where x_t is the period's Goldstein sum (cooperation counts up, conflict down, so
  volume matters); the larger of the robust and the classical spread keeps the false-alarm rate
  low on the lumpy, two-signed sums of sparse dyads (about 0.8 % of dyad-periods on pure
  compound-Poisson noise with the defaults);
* period t is flagged when z_t <= -threshold and it has at least ``min_events`` events;
  consecutive flagged periods form one alert, carrying the conflict events behind it.

Detection delay: a step down of more than ``threshold * scale`` is flagged in the first period of
the shift (delay 0, i.e. as soon as that period is complete) and at the latest one period later;
it stays flagged until the rolling median has absorbed the new level (about window/2 periods).
A flat or merely noisy series does not alert; shifts smaller than threshold robust SDs are
not reported. The scale floor keeps a silent or constant baseline (MAD = 0) from turning a
single minor event into an alert.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

import duckdb
import numpy as np

from onrecord.analysis.series import DYAD_KEYS, PERIODS, SeriesQuery, dyad_filter, dyad_series

MAD_TO_SD = 1.4826
MAX_EVENTS_PER_ALERT = 50


@dataclass(frozen=True)
class AlertParams:
    """Knobs of the rolling robust z-score (defaults suit weekly series)."""

    window: int = 12
    min_baseline: int = 8
    threshold: float = 3.5
    scale_floor: float = 2.5
    min_events: int = 2

    def __post_init__(self) -> None:
        if not 2 <= self.min_baseline <= self.window:
            raise ValueError("need 2 <= min_baseline <= window")
        if self.threshold <= 0 or self.scale_floor <= 0 or self.min_events < 1:
            raise ValueError("threshold and scale_floor must be > 0, min_events >= 1")


@dataclass
class Alert:
    """One escalation episode of a dyad, with the events behind it."""

    actor: str
    recipient: str
    start: str                  # first flagged period (its first day)
    end: str                    # last flagged period (its first day)
    peak: str                   # period with the lowest z
    z: float
    goldstein_sum: float        # at the peak
    baseline_median: float
    baseline_scale: float
    periods: int
    events: int                 # events in the flagged periods
    material_conflict_share: float
    event_ids: list[str] = field(default_factory=list)   # conflict events, most hostile first

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def robust_z(values: np.ndarray, params: AlertParams) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """z-score of each value against the preceding window; NaN while the baseline is too short.

    Returns (z, baseline median, baseline scale), one entry per value.
    """
    x = np.asarray(values, dtype=float)
    n = len(x)
    z, med, scale = (np.full(n, np.nan) for _ in range(3))
    for t in range(params.min_baseline, n):
        base = x[max(0, t - params.window):t]
        m = float(np.median(base))
        mad = MAD_TO_SD * float(np.median(np.abs(base - m)))
        s = max(mad, float(np.std(base, ddof=1)), params.scale_floor)
        med[t], scale[t], z[t] = m, s, (x[t] - m) / s
    return z, med, scale


def flag_periods(values: np.ndarray, counts: np.ndarray, params: AlertParams) -> np.ndarray:
    """Boolean mask of escalation periods."""
    z, _, _ = robust_z(values, params)
    with np.errstate(invalid="ignore"):
        return (z <= -params.threshold) & (np.asarray(counts) >= params.min_events)


def episodes(flags: np.ndarray) -> list[tuple[int, int]]:
    """Runs of consecutive True values as (first, last) index pairs."""
    runs, start = [], None
    for i, f in enumerate(list(flags) + [False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def next_period(day: dt.date, freq: str) -> dt.date:
    """First day of the period after the one starting on ``day``."""
    if freq == "day":
        return day + dt.timedelta(days=1)
    if freq == "week":
        return day + dt.timedelta(days=7)
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _fill(rows: list[dict[str, Any]], freq: str) -> tuple[list[dt.date], dict[str, np.ndarray]]:
    """Dense period axis from a dyad's first to last period, with zeros where it had no events."""
    by_period = {r["period"]: r for r in rows}
    periods, day = [], rows[0]["period"]
    while day <= rows[-1]["period"]:
        periods.append(day)
        day = next_period(day, freq)
    cols = {}
    for name in ("goldstein_sum", "events", "material_conflict"):
        cols[name] = np.array([float(by_period[p][name]) if p in by_period else 0.0
                               for p in periods])
    return periods, cols


def detect_dyad(actor: str, recipient: str, rows: list[dict[str, Any]], freq: str,
                params: AlertParams) -> list[Alert]:
    """Alerts of one dyad from its (sparse, period-sorted) series rows."""
    if not rows:
        return []
    periods, cols = _fill(rows, freq)
    if len(periods) <= params.min_baseline:
        return []
    x, n = cols["goldstein_sum"], cols["events"]
    z, med, scale = robust_z(x, params)
    with np.errstate(invalid="ignore"):
        flags = (z <= -params.threshold) & (n >= params.min_events)
    alerts = []
    for first, last in episodes(flags):
        peak = first + int(np.nanargmin(z[first:last + 1]))
        n_ev = int(n[first:last + 1].sum())
        alerts.append(Alert(
            actor=actor, recipient=recipient, start=periods[first].isoformat(),
            end=periods[last].isoformat(), peak=periods[peak].isoformat(),
            z=round(float(z[peak]), 2), goldstein_sum=round(float(x[peak]), 2),
            baseline_median=round(float(med[peak]), 2), baseline_scale=round(float(scale[peak]), 2),
            periods=last - first + 1, events=n_ev,
            material_conflict_share=round(float(cols["material_conflict"][first:last + 1].sum())
                                          / max(n_ev, 1), 4)))
    return alerts


def _attach_events(con: duckdb.DuckDBPyConnection, q: SeriesQuery, alert: Alert) -> None:
    a_key, r_key = DYAD_KEYS[q.by]
    sub = SeriesQuery(by=q.by, freq=q.freq, actor=alert.actor, recipient=alert.recipient,
                      include_all=q.include_all)
    where, params = dyad_filter(sub)
    period = PERIODS[q.freq]
    sql = (f"SELECT event_id FROM events WHERE {where} AND {period} BETWEEN ? AND ? "
           f"AND quad_class IN (3, 4) ORDER BY goldstein, date, event_id LIMIT ?")
    params += [dt.date.fromisoformat(alert.start), dt.date.fromisoformat(alert.end),
               MAX_EVENTS_PER_ALERT]
    alert.event_ids = [r[0] for r in con.execute(sql, params).fetchall()]


def find_alerts(con: duckdb.DuckDBPyConnection, q: SeriesQuery | None = None,
                params: AlertParams | None = None, with_events: bool = True) -> list[Alert]:
    """Escalation alerts of every dyad in the store (or the query's dyads), newest first."""
    q = q or SeriesQuery()
    params = params or AlertParams()
    rows = dyad_series(con, q)
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["actor"], r["recipient"]), []).append(r)
    alerts = []
    for (actor, recipient), dyad_rows in groups.items():
        alerts.extend(detect_dyad(actor, recipient, dyad_rows, q.freq, params))
    alerts.sort(key=lambda a: (a.end, -a.z), reverse=True)   # newest, then most severe
    if with_events:
        for alert in alerts:
            _attach_events(con, q, alert)
    return alerts
