"""Cheap language check before parsing: is this English, and if not, which language is it."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_STOPWORD_SHARE = 0.12


def detect_language(text: str, sample: int = 3000) -> str:
    """ISO 639-1 code of ``text``: "en" when English stop words are common, else langdetect's guess."""
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return "und"
    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share >= MIN_STOPWORD_SHARE:
        return "en"
    try:
        from langdetect import DetectorFactory, detect

        DetectorFactory.seed = 0
        return detect(text[:sample]).split("-")[0]
    except Exception:  # noqa: BLE001 - undetectable text is simply "und"
        return "und"
