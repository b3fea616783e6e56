"""Lemmas checked against a word list: the tagger's lemma, or the listed word an inflected form
strips down to when the tagger mislemmatised it ('hopes' -> 'hop')."""

from __future__ import annotations

from collections.abc import Container

# (characters cut, letters added back) for -s, -es, -d, -ed, -ing forms
_STRIPS = ((1, ""), (2, ""), (1, "e"), (3, ""), (3, "e"))
_ENDINGS = ("s", "es", "d", "ed", "ing")


def known_lemma(lemma: str, word: str, known: Container[str]) -> str:
    """``lemma`` (lower-cased) when ``known`` lists it; else the listed word the inflected
    ``word`` strips down to; else ``lemma``."""
    lemma = lemma.lower()
    if lemma in known:
        return lemma
    word = word.lower()
    for cut, add in _STRIPS:
        if len(word) > cut + 2 and word[-cut:] in _ENDINGS and word[:-cut] + add in known:
            return word[:-cut] + add
    return lemma
