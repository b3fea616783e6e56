"""Shared helpers of the scorers: precision/recall/F1, span overlap and 1-to-1 matching, locating
gold text in a document, and normalising actors (country codes, international bodies) for comparison.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import pycountry
import yaml

from onrecord.schema import Actor, Article

DATA = Path(__file__).with_name("data")
G = TypeVar("G")
P = TypeVar("P")


# -- counts -------------------------------------------------------------------------------------

@dataclass
class PRF:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}

    def line(self) -> str:
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn})")


def ratio(num: int, den: int) -> float:
    """num / den, 0.0 when den is 0."""
    return num / den if den else 0.0


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    p, r = precision, recall
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class FoundPRF:
    """P/R/F1 of a matching that is not 1-to-1: precision counts the produced records (right or
    false), recall counts the gold records (found or not)."""

    right: int = 0     # produced records that match a gold record
    false: int = 0     # produced records that match none
    found: int = 0     # gold records found
    gold: int = 0      # gold records

    @property
    def precision(self) -> float:
        return ratio(self.right, self.right + self.false)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def to_dict(self, **produced_extra: int) -> dict[str, Any]:
        """Rounded figures and counts; ``produced_extra`` counts follow the produced ones."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "produced_tp": self.right, "produced_fp": self.false,
                **produced_extra, "gold_found": self.found, "gold": self.gold}

    def line(self, right: str = "right", extra: str = "") -> str:
        """``P .. R .. F1 ..`` with the counts (``right`` names the matching produced records,
        ``extra`` follows the produced counts)."""
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(produced: {self.right} {right}, {self.false} false{extra}; "
                f"gold found {self.found}/{self.gold})")


def count_labels(micro: PRF, per_label: dict[Any, PRF], gold: Any, produced: Iterable[Any]) -> bool:
    """Count one item whose gold label is ``gold`` and whose distinct produced labels are
    ``produced``: a TP when the gold label is among them, else a FN; a FP for every other label
    produced (in ``micro`` and per label). Returns whether the gold label was produced."""
    labels = list(dict.fromkeys(produced))
    hit = gold in labels
    for prf in (micro, per_label.setdefault(gold, PRF())):
        if hit:
            prf.tp += 1
        else:
            prf.fn += 1
    for label in labels:
        if label != gold:
            micro.fp += 1
            per_label.setdefault(label, PRF()).fp += 1
    return hit


R = TypeVar("R")
T = TypeVar("T")


def score_aligned(golds: Sequence[G], documents: Sequence[Any], report: R,
                  score_one: Callable[[G, Any, R], None], what: str = "golds") -> R:
    """Add each gold item's figures to ``report`` with ``score_one(gold, document, report)``;
    ``documents`` is aligned with ``golds`` (None = nothing produced)."""
    if len(golds) != len(documents):
        raise ValueError(f"{what} and documents differ in length")
    for gold, document in zip(golds, documents, strict=True):
        score_one(gold, document, report)
    return report


# -- spans --------------------------------------------------------------------------------------

Fragments = Sequence[tuple[int, int]]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters two half-open [start, end) spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def fragments_overlap(a: Fragments, b: Fragments) -> int:
    """Characters shared by two (possibly discontinuous) spans given as lists of fragments."""
    return sum(overlap(x, y) for x in a for y in b)


def greedy_match(
    golds: Sequence[G], preds: Sequence[P], score: Callable[[G, P], float]
) -> list[tuple[int, int]]:
    """1-to-1 matching: pairs (gold index, pred index) taken greedily by decreasing score > 0."""
    pairs = [(s, gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
             if (s := score(g, p)) > 0]
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def match_prf(golds: Sequence[G], preds: Sequence[P], score: Callable[[G, P], float]) -> PRF:
    """PRF of a greedy 1-to-1 matching."""
    n = len(greedy_match(golds, preds, score))
    return PRF(tp=n, fp=len(preds) - n, fn=len(golds) - n)


_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`"
_TRIM = _QUOTES + " \t\r\n.,;:"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets with surrounding whitespace, quote marks and . , ; : removed (for exact matching)."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _flex_pattern(needle: str) -> str:
    parts = []
    for ch in needle.strip():
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in _QUOTES:
            parts.append(f"[{re.escape(_QUOTES)}]")
        elif ch in "-\u2013\u2014":
            parts.append("[-\u2013\u2014]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def locate(needle: str, haystack: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``haystack[start:end]``; tolerant of whitespace runs and quote styles."""
    end = len(haystack) if end is None else end
    needle = needle.strip()
    if not needle:
        return None
    i = haystack.find(needle, start, end)
    if i >= 0:
        return i, i + len(needle)
    m = re.compile(_flex_pattern(needle)).search(haystack, start, end)
    return (m.start(), m.end()) if m else None


# -- actors -------------------------------------------------------------------------------------

@cache
def _legacy_countries() -> dict[str, str]:
    return yaml.safe_load((DATA / "cameo_countries.yaml").read_text(encoding="utf-8"))


@cache
def _bodies() -> tuple[dict[str, str], list[tuple[str, str]]]:
    raw = yaml.safe_load((DATA / "bodies.yaml").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for key, entry in raw.items():
        names[_name_key(key)] = key
        for n in entry.get("names") or []:
            names[_name_key(n)] = key
        for p in entry.get("code_prefixes") or []:
            prefixes.append((p.upper(), key))
    prefixes.sort(key=lambda t: -len(t[0]))
    return names, prefixes


def _name_key(name: str) -> str:
    n = re.sub(r"\s+", " ", name.strip().lower())
    return re.sub(r"^the ", "", n)


def body_of_name(name: str | None) -> str | None:
    """The normalised body ("UN", "NATO", "EU", "WST", ...) a name stands for, or None."""
    if not name:
        return None
    return _bodies()[0].get(_name_key(name))


def body_of_code(code: str | None) -> str | None:
    """The normalised body a CAMEO actor code stands for (IGOWSTNAT -> NATO), or None."""
    if not code:
        return None
    c = code.strip().upper()
    for prefix, key in _bodies()[1]:
        if c.startswith(prefix):
            return key
    return None


def iso3(code: str | None) -> str | None:
    """ISO alpha-3 for a CAMEO-style country code (JAP -> JPN), None when it is not a country."""
    if not code:
        return None
    c = code.strip().upper()
    if c in _legacy_countries():
        return _legacy_countries()[c]
    if len(c) >= 3 and c[:3] in _legacy_countries():
        return _legacy_countries()[c[:3]]
    if len(c) >= 3 and pycountry.countries.get(alpha_3=c[:3]) is not None:
        return c[:3]
    return None


GENERIC_BODY = "IGO"
_NONSTATE_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UNO", "EUR", "ISM")
_NONSTATE_SECTORS = {"IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC"}


def gold_code_keys(code: str | None, text: str | None = None) -> set[str]:
    """Comparison keys of a gold actor given by a CAMEO-style code (and its text in the sentence).

    A country code gives its ISO3 (JAP -> JPN); an international body gives its normalised body
    (IGOUNO -> UN, or from the text: "U.N." -> UN); a bare "IGO" whose text names no known body
    gives the generic key "IGO", which any produced international body fits.
    """
    keys: set[str] = set()
    body = body_of_code(code) or body_of_name(text)
    c = (code or "").strip().upper()
    if body:
        keys.add(body)
    elif c.startswith(_NONSTATE_PREFIXES):
        keys.add(GENERIC_BODY)
    elif (country := iso3(c)) is not None:
        keys.add(country)
    elif c:
        keys.add(c)
    return keys


def actor_keys(actor: Actor | dict[str, Any]) -> set[str]:
    """Comparison keys of a produced actor: its country (ISO3), its code and name normalised to a
    body (NATO, UN, EU, WST, ...), and "IGO" when it is any international body."""
    get = actor.get if isinstance(actor, dict) else lambda k: getattr(actor, k, None)
    country, code, name, sector = get("country"), get("code"), get("name"), get("sector")
    code_u = str(code or "").upper()
    keys: set[str] = set()
    if country:
        keys.add(iso3(country) or str(country).upper())
    elif code_u and not code_u.startswith(_NONSTATE_PREFIXES) and (c := iso3(code_u)):
        keys.add(c)
    bodies = {body_of_code(code), body_of_name(name)} - {None}
    if not bodies and not name:
        bodies = {body_of_name(get("text"))} - {None}
    keys |= bodies
    if not country and (bodies - {"WST"} or code_u.startswith(_NONSTATE_PREFIXES)
                        or str(sector or "").upper() in _NONSTATE_SECTORS):
        keys.add(GENERIC_BODY)
    return keys


def keys_fit(produced: set[str], gold: set[str]) -> bool:
    """A produced actor fits a gold actor when they share a key (a gold "IGO" is shared by every
    produced international body; a gold body such as "UN" needs that body)."""
    return bool(produced & gold)


def any_fits(produced: Iterable[set[str]], gold: Iterable[set[str]]) -> bool:
    """True when some produced actor fits some gold actor."""
    gold_union: set[str] = set().union(*gold)
    return any(keys_fit(p, gold_union) for p in produced)


def last_word(name: str) -> str:
    """The last word of a speaker name, parenthetical notes dropped ("Leila Fadel (NPR)" -> "Fadel")."""
    cleaned = re.sub(r"\([^)]*\)", " ", name)
    words = re.findall(r"[\w\u00c0-\u024f'\u2019.-]+", cleaned)
    words = [w.strip(".'\u2019-") for w in words]
    words = [re.sub(r"['\u2019]s$", "", w) for w in words if w]
    return words[-1] if words else ""


def word_in(word: str, *texts: str | None) -> bool:
    """True when ``word`` appears as a whole word (case-insensitive) in one of ``texts``."""
    if not word:
        return False
    pat = re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])", re.IGNORECASE)
    return any(t and pat.search(t) for t in texts)


def read_limited(parse: Callable[[str], list[T]], path: str | Path, limit: int | None) -> list[T]:
    """The items ``parse`` finds in the UTF-8 file at ``path`` (at most ``limit``)."""
    items = parse(Path(path).read_text(encoding="utf-8"))
    return items[:limit] if limit is not None else items


def sentence_articles(sentences: Sequence[Any], prefix: str) -> list[Article]:
    """One undated Article per sentence (each with ``index`` and ``text``), id ``<prefix>-<index>``."""
    return [Article(text=s.text, id=f"{prefix}-{s.index}", language="en") for s in sentences]
