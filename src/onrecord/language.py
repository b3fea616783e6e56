"""Cheap language check before parsing: is this English, and if not, which language is it."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_STOPWORD_SHARE = 0.12
MIN_STOPWORDS = 3  # "a" and "on" alone do not make "Le président a gracié…" English
MIN_FOREIGN_CONFIDENCE = 0.95
MIN_PLAIN_WORDS = 2  # lower-case words needed to judge a text without its names  # short English news lines ("Israeli jets bombed Gaza") fool langdetect


def detect_language(text: str, sample: int = 3000) -> str:
    """ISO 639-1 code of ``text``: "en" when English stop words are common or langdetect is unsure,
    else langdetect's guess."""
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return "und"
    hits = sum(w in STOP_WORDS for w in words)
    if hits >= MIN_STOPWORDS and hits / len(words) >= MIN_STOPWORD_SHARE:
        return "en"
    best = _guess(text[:sample])
    if best is None:
        return "und"
    if best.prob < MIN_FOREIGN_CONFIDENCE:
        return "en"
    if best.lang != "en":
        # names are no evidence of a language ("Colombia and Venezuela resumed trade" reads as
        # Spanish): judge the words that are not capitalised on their own
        plain = [w for w in _WORD.findall(text[:sample]) if not w[0].isupper()]
        again = _guess(" ".join(plain)) if len(plain) >= MIN_PLAIN_WORDS else None
        if again is not None and again.lang == "en" and again.prob >= MIN_FOREIGN_CONFIDENCE:
            return "en"
    return best.lang.split("-")[0]


def _guess(text: str):
    """langdetect's most likely language of ``text`` (with ``.lang`` and ``.prob``), or None."""
    try:
        from langdetect import DetectorFactory, detect_langs

        DetectorFactory.seed = 0
        return detect_langs(text)[0]
    except Exception:  # noqa: BLE001 - undetectable text has no guess
        return None
