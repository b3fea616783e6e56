"""Cheap language check before parsing: is this English, and if not, which language is it."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from onrecord.lemmas import known_lemma

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_STOPWORD_SHARE = 0.12
MIN_STOPWORDS = 3  # "a" and "on" alone do not make "Le président a gracié…" English
MIN_FOREIGN_CONFIDENCE = 0.95
MIN_PLAIN_WORDS = 2  # lower-case words needed to judge a text without its names
MIN_ENGLISH_SHARE = 0.8  # share of those words that must be English words to overrule langdetect
MIN_ENGLISH_WORDS = 1  # "Ukraine shelled Donetsk": one plain English word between names


def detect_language(text: str, sample: int = 3000, nlp: Language | None = None) -> str:
    """ISO 639-1 code of ``text``: "en" when English stop words are common, langdetect is unsure,
    or nearly all its lower-case words are English words (short news lines such as "Morocco
    pardoned 400 political prisoners" fool langdetect); else langdetect's guess. ``nlp`` gives
    the word list (its lemmatizer tables); by default the default pipeline's."""
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
        if len(plain) >= MIN_ENGLISH_WORDS and \
                _english_words_share(plain, nlp) >= MIN_ENGLISH_SHARE:
            return "en"
    return best.lang.split("-")[0]


def _english_words_share(words: list[str], nlp: Language | None) -> float:
    """Share of ``words`` that are English words or their inflections."""
    if not words:
        return 0.0
    known = english_words(nlp)
    hits = sum(known_lemma(w, w, known) in known for w in (w.lower() for w in words))
    return hits / len(words)


@lru_cache(maxsize=4)
def english_words(nlp: Language | None = None) -> frozenset[str]:
    """The English words a spaCy pipeline's rule lemmatizer knows (its lemma index and
    exceptions), with spaCy's stop words; the default pipeline's when ``nlp`` is None. Empty when
    the pipeline has no such tables."""
    if nlp is None:
        from onrecord.nlp import load_nlp

        nlp = load_nlp()
    words: set[str] = set(STOP_WORDS)
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        for name in ("lemma_index", "lemma_exc"):
            if lookups is not None and lookups.has_table(name):
                for entries in lookups.get_table(name).values():
                    words.update(entries)
    return frozenset(words)


def _guess(text: str):
    """langdetect's most likely language of ``text`` (with ``.lang`` and ``.prob``), or None."""
    try:
        from langdetect import DetectorFactory, detect_langs

        DetectorFactory.seed = 0
        return detect_langs(text)[0]
    except Exception:  # noqa: BLE001 - undetectable text has no guess
        return None
