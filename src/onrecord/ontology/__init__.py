"""PLOVER and CAMEO tables: event types, modes, contexts, sectors, CAMEO codes and the mappings between them.

Data files in ``ontology/data`` (converted from shared/data/reference, see NOTICE) are read lazily, once.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
"""The 16 PLOVER event types, in the manual's order (verbal coop, material coop, verbal conflict, material conflict)."""


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code from the codebook."""

    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int
    description: str


@dataclass
class PloverLabel:
    """The PLOVER coding of a CAMEO code: event type, mode and contexts."""

    event: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PloverType:
    """One PLOVER event type: quad class, default conflict/cooperation score, definition."""

    event: str
    quad_class: int
    score: float
    requires_recipient: bool
    definition: str


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@cache
def _cameo() -> dict[str, CameoCode]:
    return {
        r["code"]: CameoCode(r["code"], r["name"], float(r["goldstein"]), r["root"],
                             int(r["quad_class"]), r["description"])
        for r in _rows("cameo.csv")
    }


@cache
def _cameo_plover() -> dict[str, PloverLabel]:
    return {
        r["cameo"]: PloverLabel(r["event"], r["mode"] or None,
                                [c for c in r["context"].split(";") if c])
        for r in _rows("cameo_plover.csv")
    }


@cache
def _plover_cameo() -> dict[tuple[str, str | None], str]:
    return {(r["event"], r["mode"] or None): r["cameo"] for r in _rows("plover_cameo.csv")}


@cache
def _types() -> dict[str, PloverType]:
    return {
        r["event"]: PloverType(r["event"], int(r["quad_class"]), float(r["score"]),
                               r["requires_recipient"] == "yes", r["definition"])
        for r in _rows("plover_types.csv")
    }


@cache
def _modes() -> dict[str, dict[str, float | None]]:
    out: dict[str, dict[str, float | None]] = {t: {} for t in PLOVER_TYPES}
    for r in _rows("plover_modes.csv"):
        out[r["event"]][r["mode"]] = float(r["score"]) if r["score"] else None
    return out


@cache
def _contexts() -> dict[str, str]:
    return {r["context"]: r["definition"] for r in _rows("plover_contexts.csv")}


@cache
def _sectors() -> dict[str, str]:
    return {r["code"]: r["definition"] for r in _rows("sectors.csv")}


def _norm_code(code: str) -> str:
    return str(code).strip()


def _norm_event(event: str) -> str:
    e = str(event).strip().upper()
    if e not in PLOVER_TYPES:
        raise KeyError(f"unknown PLOVER event type {event!r}; expected one of {', '.join(PLOVER_TYPES)}")
    return e


# -- CAMEO ------------------------------------------------------------------------------------

def is_valid_cameo(code: str) -> bool:
    """True when ``code`` is a CAMEO event code of the codebook ("01" to "2042")."""
    return _norm_code(code) in _cameo()


def cameo_info(code: str) -> CameoCode:
    """The codebook entry of a CAMEO code (KeyError when unknown)."""
    try:
        return _cameo()[_norm_code(code)]
    except KeyError:
        raise KeyError(f"unknown CAMEO event code {code!r}") from None


def cameo_codes() -> list[str]:
    """All CAMEO event codes, in codebook order."""
    return list(_cameo())


def goldstein(code: str) -> float:
    """Goldstein value of a CAMEO code."""
    return cameo_info(code).goldstein


def quad_class(code: str) -> int:
    """QuadClass of a CAMEO code: roots 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    return cameo_info(code).quad_class


# -- CAMEO <-> PLOVER ---------------------------------------------------------------------------

def plover_for_cameo(code: str) -> PloverLabel:
    """PLOVER event, mode and contexts of a CAMEO code, falling back to its parent code.

    Codes under roots 01 (statement) and 02 (appeal) have no PLOVER equivalent (the manual drops
    them): KeyError, as for unknown codes.
    """
    c = _norm_code(code)
    table = _cameo_plover()
    probe = c
    while probe:
        if probe in table:
            label = table[probe]
            return PloverLabel(label.event, label.mode, list(label.context))
        probe = probe[:-1] if len(probe) > 2 else ""
    if c[:2] in ("01", "02"):
        raise KeyError(f"CAMEO {c}: root {c[:2]} has no PLOVER equivalent (dropped by PLOVER)")
    raise KeyError(f"unknown CAMEO event code {code!r}")


def cameo_for_plover(event: str, mode: str | None = None) -> str:
    """The most typical CAMEO code for a PLOVER event type (and mode; unknown modes use the type's)."""
    e = _norm_event(event)
    table = _plover_cameo()
    m = mode.strip().lower() if mode else None
    return table.get((e, m)) or table[(e, None)]


# -- PLOVER -------------------------------------------------------------------------------------

def plover_type(event: str) -> PloverType:
    """Quad class, default score and definition of a PLOVER event type."""
    return _types()[_norm_event(event)]


def plover_modes(event: str) -> list[str]:
    """The modes the PLOVER manual defines for an event type ([] for types without modes)."""
    return list(_modes()[_norm_event(event)])


def is_valid_mode(event: str, mode: str | None) -> bool:
    """True when ``mode`` is None or one of the event type's modes."""
    return mode is None or mode in _modes()[_norm_event(event)]


def plover_score(event: str, mode: str | None = None) -> float:
    """PLOVER conflict/cooperation score (-10..+10) of a type, or of a type and mode when scored."""
    e = _norm_event(event)
    score = _modes()[e].get(mode) if mode else None
    return score if score is not None else _types()[e].score


def plover_contexts() -> list[str]:
    """All PLOVER context names (``military``, ``diplomatic``, ``human_rights``, ...)."""
    return list(_contexts())


def context_definition(context: str) -> str:
    """A one-line definition of a PLOVER context."""
    return _contexts()[context]


def sector_codes() -> list[str]:
    """PLOVER sector codes (GOV, MIL, ...) plus the non-state CAMEO sectors of SCHEMA.md (IGO, UNO, ...)."""
    return list(_sectors())


@cache
def state_sectors() -> frozenset[str]:
    """Sector codes of a state's own institutions (kind ``state`` in sectors.csv)."""
    return frozenset(r["code"] for r in _rows("sectors.csv") if r["kind"] == "state")


def sector_definition(code: str) -> str:
    """A one-line definition of a sector code."""
    return _sectors()[code]


__all__ = [
    "PLOVER_TYPES", "CameoCode", "PloverLabel", "PloverType", "cameo_codes", "cameo_for_plover",
    "cameo_info", "context_definition", "goldstein", "is_valid_cameo", "is_valid_mode",
    "plover_contexts", "plover_for_cameo", "plover_modes", "plover_score", "plover_type",
    "quad_class", "sector_codes", "sector_definition",
]
