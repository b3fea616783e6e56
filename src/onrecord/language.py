"""Cheap language check before parsing: is this English, and if not, which language is it."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_STOPWORD_SHARE = 0.12
MIN_STOPWORDS = 3  # "a" and "on" alone do not make "Le président a gracié…" English
MIN_FOREIGN_CONFIDENCE = 0.95  # short English news lines ("Israeli jets bombed Gaza") fool langdetect


def detect_language(text: str, sample: int = 3000) -> str:
    """ISO 639-1 code of ``text``: "en" when English stop words are common or langdetect is unsure,
    else langdetect's guess."""
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return "und"
    hits = sum(w in STOP_WORDS for w in words)
    if hits >= MIN_STOPWORDS and hits / len(words) >= MIN_STOPWORD_SHARE:
        return "en"
    try:
        from langdetect import DetectorFactory, detect_langs

        DetectorFactory.seed = 0
        best = detect_langs(text[:sample])[0]
    except Exception:  # noqa: BLE001 - undetectable text is simply "und"
        return "und"
    if best.prob < MIN_FOREIGN_CONFIDENCE:
        return "en"
    return best.lang.split("-")[0]
