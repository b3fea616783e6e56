"""Finds knowledge-base names in a spaCy Doc: longest match over tokens, case-aware.

Keys ignore whitespace and case (so spaCy's tokenisation need not match the alias's); acronyms
such as "US", "UN", "WHO" match only in exactly that case, and names need a capital letter.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from onrecord.actors.kb import Entry, KnowledgeBase


@dataclass
class Hit:
    """A run of tokens doc[start:end] naming one or more knowledge-base entries (best first)."""

    start: int
    end: int
    entries: list[Entry]


def _has_capital(text: str) -> bool:
    return any(ch.isupper() for ch in text[:1]) or (text.isupper() and len(text) > 1)


def find_hits(doc: Doc, kb: KnowledgeBase) -> dict[int, Hit]:
    """Every token covered by a knowledge-base name -> its Hit (longest match, left to right)."""
    aliases = kb.aliases
    limit = kb.max_alias_tokens
    by_token: dict[int, Hit] = {}
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if tok.is_punct or tok.is_space or tok.like_num:
            i += 1
            continue
        best: tuple[int, list[Entry]] | None = None
        key, raw = "", ""
        for j in range(i, min(n, i + limit)):
            t = doc[j]
            if t.is_space or (j > i and t.is_sent_start):
                break
            key += t.lower_
            raw += t.text
            found: list[Entry] = [e for e, _ in aliases.get("=" + raw, ())]
            if _has_capital(doc[i].text):
                found += [e for e, exact in aliases.get(key, ()) if not exact]
            if found:
                best = (j + 1, found)
        if best is None:
            i += 1
            continue
        end, entries = best
        entries = sorted({id(e): e for e in entries}.values(), key=lambda e: -e.priority)
        hit = Hit(i, end, entries)
        for k in range(i, end):
            by_token[k] = hit
        i = end
    return by_token
