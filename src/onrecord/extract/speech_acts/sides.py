"""Parties and sides for speech acts: which parties a token names and who owns a thing,
and whether two actors are one side (``same_side``; opposition sectors split a country)."""

from __future__ import annotations

from functools import cache
from typing import Any

from onrecord.extract import arguments as args
from onrecord.extract.speech_acts.rules import speech_rules


def countries_of(ms: list) -> set:
    return {m.country or m.code for m in ms if m.country or m.code}


def parties_of(coder: Any, tok) -> list:
    """The parties (states, bodies, groups with a code) ``tok`` stands for."""
    return [m for m in coder.mentions([tok]) if (m.country or m.code)
            and not args.is_newsroom(m)]


def owners_of(coder: Any, tok) -> list:
    """The parties ``tok`` names, or those its modifiers name ("the Israeli raid", "Russia's
    decision", "the sanctions by the US")."""
    found = [m for m in parties_of(coder, tok) if args.is_party(m) and m.kind != "pronoun"]
    if found:
        return found
    mods = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    mods += [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
             for g in c.children if g.dep_ == "pobj"]
    return [m for t in mods for m in parties_of(coder, t) if args.is_party(m)]


def _key(x) -> str:
    return (x.code or x.country or x.name or "").upper()


@cache
def _opposition_sectors() -> frozenset[str]:
    return frozenset(speech_rules().get("opposition_sectors", ()))


def _opposed(x, key: str) -> bool:
    """Whether ``x`` (with code ``key``) stands against its own country's state."""
    opposed = _opposition_sectors()
    return (x.sector or "") in opposed or any(key[3:].startswith(o) for o in opposed)


def same_side(a, b) -> bool:
    """Two actors of one side: the same code, one code extending the other ("RUS" and
    "RUSGOV"), or state bodies of one country ("CHNGOV", "CHNMIL"); a government and its
    rebels or opposition ("AFGGOV", "AFGREB") are two sides."""
    ka, kb = _key(a), _key(b)
    if ka and kb and (ka.startswith(kb) or kb.startswith(ka)):
        return True
    return bool(a.country) and a.country == b.country and not (
        _opposed(a, ka) or _opposed(b, kb))


def _rebels_and_state(a, b) -> bool:
    """A country's rebels or opposition and that country named as a state ("the Kurdish
    rebels" and "Turkey"): two sides, though one code extends the other."""
    ka, kb = _key(a), _key(b)
    return bool(a.country) and a.country == b.country and any(
        _opposed(x, kx) and not _opposed(y, ky) and getattr(y, "kind", "") == "state"
        for x, kx, y, ky in ((a, ka, b, kb), (b, kb, a, ka)))


def two_sides(actors: list, them: list) -> bool:
    """Both lists name someone and no actor is on a recipient's side: an act between sides."""
    return bool(actors) and bool(them) and not any(
        same_side(a, b) and not _rebels_and_state(a, b) for a in actors for b in them)
