"""ConfliBERT actor spans (CoNLL ``token TAG``, BIO with S source, T target, R reciprocal): reader and scorer.

Each sentence is rebuilt from its tokens (single spaces, none before closing punctuation and clitics,
none after opening brackets), recording each token's character offsets, and coded as one document.
Matching rule: the produced source spans are the distinct (start, end) of every produced event's
actors, the produced target spans those of every event's recipients. Gold source spans are the S
spans plus the R spans, gold target spans the T spans plus the R spans. Per role, gold and produced
spans are paired 1-to-1, greedily by decreasing character overlap; a pair needs at least one shared
character. A produced span left unpaired is a false positive. A gold S (T) span left unpaired is a
false negative of the source (target) role; an R span counts as found in a role when it is paired
in either role (a reciprocal participant may be coded on either side), and as a false negative of
both roles when paired in neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.evaluate.matching import (
    PRF,
    greedy_match,
    overlap,
    read_limited,
    score_aligned,
    sentence_articles,
)
from onrecord.schema import Article, Document

_NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "'s", "'S", "n't", "'re",
                    "'ve", "'ll", "'d", "'m", "'", "\u2019", "...", "''", "\u201d"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "\u201c"}
_CLITICS = {"s", "S", "t", "re", "ve", "ll", "d", "m"}   # "Yemen ’ s" -> "Yemen’s"


@dataclass
class ConllSentence:
    """A rebuilt sentence with its gold spans per label (S, T, R)."""

    index: int
    text: str
    tokens: list[tuple[str, int, int]]
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into a sentence; return the text and each token's (start, end)."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    prev: str | None = None
    for tok in tokens:
        glued = prev in ("'", "\u2019") and tok in _CLITICS
        if prev is not None and tok not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER and not glued:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(parts), offsets


def _spans_from_bio(tags: Sequence[str], offsets: Sequence[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {"S": [], "T": [], "R": []}
    cur: tuple[str, int, int] | None = None
    for tag, (start, end) in zip(tags, offsets, strict=True):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and cur is not None and cur[0] == label:
            cur = (label, cur[1], end)
            continue
        if cur is not None:
            spans.setdefault(cur[0], []).append((cur[1], cur[2]))
            cur = None
        if prefix in ("B", "I") and label:
            cur = (label, start, end)
    if cur is not None:
        spans.setdefault(cur[0], []).append((cur[1], cur[2]))
    return spans


def parse_conll(raw: str) -> list[ConllSentence]:
    """Sentences of a CoNLL file (blank line between sentences; the tag is the last column)."""
    sentences: list[ConllSentence] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            text, offsets = detokenize(tokens)
            sentences.append(ConllSentence(
                len(sentences), text, [(t, s, e) for t, (s, e) in zip(tokens, offsets, strict=True)],
                _spans_from_bio(tags, offsets)))
        tokens.clear()
        tags.clear()

    for line in raw.splitlines():
        cols = line.split()
        if not cols:
            flush()
            continue
        if len(cols) == 1:
            cols = [cols[0], "O"]
        tokens.append(cols[0])
        tags.append(cols[-1])
    flush()
    return sentences


def read_conll(path: str | Path, limit: int | None = None) -> list[ConllSentence]:
    """Sentences of a CoNLL actor-span file (at most ``limit``)."""
    return read_limited(parse_conll, path, limit)


def to_articles(sentences: Sequence[ConllSentence]) -> list[Article]:
    """One Article per sentence (no date)."""
    return sentence_articles(sentences, "conll")


# -- scoring ------------------------------------------------------------------------------------

@dataclass
class ConflibertReport:
    """Overlap P/R/F1 of source and target spans."""

    source: PRF = field(default_factory=PRF)
    target: PRF = field(default_factory=PRF)
    sentences: int = 0
    produced_events: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "produced_events": self.produced_events,
                "source": self.source.to_dict(), "target": self.target.to_dict()}


def _distinct(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s in spans:
        if s[1] > s[0] and s not in out:
            out.append(s)
    return out


def produced_roles(document: Document | None) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Distinct actor spans and recipient spans over all produced events."""
    if document is None:
        return [], []
    sources = _distinct([(a.start, a.end) for e in document.events for a in e.actor])
    targets = _distinct([(a.start, a.end) for e in document.events for a in e.recipient])
    return sources, targets


def score_sentence(sentence: ConllSentence, document: Document | None, report: ConflibertReport) -> None:
    """Add one sentence's figures to ``report``."""
    report.sentences += 1
    report.produced_events += len(document.events) if document is not None else 0
    sources, targets = produced_roles(document)
    s_gold = [("S", s) for s in sentence.spans.get("S", [])]
    t_gold = [("T", s) for s in sentence.spans.get("T", [])]
    r_gold = [("R", s) for s in sentence.spans.get("R", [])]

    def score(g: tuple[str, tuple[int, int]], p: tuple[int, int]) -> float:
        return float(overlap(g[1], p))
    src_golds, tgt_golds = s_gold + r_gold, t_gold + r_gold
    src_pairs = greedy_match(src_golds, sources, score)
    tgt_pairs = greedy_match(tgt_golds, targets, score)
    src_found = {src_golds[g] for g, _ in src_pairs}
    tgt_found = {tgt_golds[g] for g, _ in tgt_pairs}
    r_found = {g for g in r_gold if g in src_found or g in tgt_found}
    for role_prf, golds, found, preds, pairs in (
        (report.source, s_gold, src_found, sources, src_pairs),
        (report.target, t_gold, tgt_found, targets, tgt_pairs),
    ):
        tp = sum(1 for g in golds if g in found) + sum(1 for g in r_gold if g in found)
        fn = sum(1 for g in golds if g not in found) + sum(1 for g in r_gold if g not in r_found)
        role_prf.add(PRF(tp=tp, fp=len(preds) - len(pairs), fn=fn))


def score_conflibert(sentences: Sequence[ConllSentence], documents: Sequence[Document | None]) -> ConflibertReport:
    """Score produced documents against gold actor spans (aligned lists; None = nothing produced)."""
    return score_aligned(sentences, documents, ConflibertReport(), score_sentence, "sentences")


def format_report(report: ConflibertReport) -> str:
    """The summary printed by ``onrecord eval conflibert-actors``."""
    return "\n".join([
        f"ConfliBERT actor spans: {report.sentences} sentences, {report.produced_events} events produced",
        f"source overlap {report.source.line()}",
        f"target overlap {report.target.line()}",
    ])
