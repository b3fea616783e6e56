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
the shift (delay 0, i.e. as soon as that period is complete) and at the latest one period later.
The alert marks the onset: once the first shifted period is in the baseline its SD widens, so a
sustained shift is usually flagged for one or two periods, not for as long as it lasts.
A flat or merely noisy series does not alert; shifts smaller than threshold spreads are
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

    Returns (z, baseline median, baseline scale), one entry per value (vectorised over periods).
    """
    x = np.asarray(values, dtype=float)
    n, w = len(x), params.window
    z, med, scale = (np.full(n, np.nan) for _ in range(3))
    if n <= params.min_baseline:
        return z, med, scale
    padded = np.concatenate([np.full(w, np.nan), x])
    # row t holds x[t-w:t] (NaN before the series starts); keep t >= min_baseline
    base = np.lib.stride_tricks.sliding_window_view(padded, w)[params.min_baseline:n]
    m = np.nanmedian(base, axis=1)
    mad = MAD_TO_SD * np.nanmedian(np.abs(base - m[:, None]), axis=1)
    sd = np.nanstd(base, axis=1, ddof=1)
    s = np.maximum(np.maximum(mad, sd), params.scale_floor)
    med[params.min_baseline:], scale[params.min_baseline:] = m, s
    z[params.min_baseline:] = (x[params.min_baseline:] - m) / s
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


def _attach_events(con: duckdb.DuckDBPyConnection, q: SeriesQuery, alerts: list[Alert]) -> None:
    """Fill each alert's event_ids (its conflict events, most hostile first) in one query."""
    if not alerts:
        return
    a_key, r_key = DYAD_KEYS[q.by]
    where, params = dyad_filter(SeriesQuery(by=q.by, freq=q.freq, include_all=q.include_all))
    sql = f"""
        WITH flagged AS (
            SELECT unnest(?::INTEGER[]) AS i, unnest(?::VARCHAR[]) AS a,
                   unnest(?::VARCHAR[]) AS r, unnest(?::DATE[]) AS s, unnest(?::DATE[]) AS t),
        hits AS (
            SELECT f.i, e.event_id, row_number() OVER (
                       PARTITION BY f.i ORDER BY e.goldstein, e.date, e.event_id) AS n
            FROM events e JOIN flagged f
              ON {a_key} = f.a AND {r_key} = f.r AND {PERIODS[q.freq]} BETWEEN f.s AND f.t
            WHERE {where} AND e.quad_class IN (3, 4))
        SELECT i, event_id FROM hits WHERE n <= ? ORDER BY i, n"""
    args = [list(range(len(alerts))), [a.actor for a in alerts], [a.recipient for a in alerts],
            [dt.date.fromisoformat(a.start) for a in alerts],
            [dt.date.fromisoformat(a.end) for a in alerts], *params, MAX_EVENTS_PER_ALERT]
    for i, event_id in con.execute(sql, args).fetchall():
        alerts[i].event_ids.append(event_id)


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
        _attach_events(con, q, alerts)
    return alerts
