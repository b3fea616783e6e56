"""PolNeAR attribution gold (brat standoff: DIR/text/*.txt + DIR/attributions/*.ann): reader and scorer.

Produced Statements are compared as speaker span = Source, cue = Cue, content = Content.
- Span scores, per role: the gold spans are the brat text-bound annotations of that role (a
  discontinuous span is a list of fragments); produced spans are the distinct (start, end) of that
  role. Exact: equal offsets after trimming whitespace, quote marks and . , ; : at both ends (for a
  discontinuous gold span: from its first start to its last end). Overlap: any character in common.
  Both are 1-to-1, matched greedily by decreasing overlap.
- Statement level: a gold attribution (an ``E`` relation with a Source and a Content) is found by a
  produced statement whose content overlaps its Content and whose speaker overlaps its Source,
  1-to-1 greedy by content overlap. A content carried on after its cue (``Content2`` of the same
  relation, '"A," he said. "B."') joins the relation's ``Content`` as one discontinuous span, in
  the span scores too. Gold relations without a Source (``Attribution-no-source``) are
  not counted; a produced statement whose content overlaps one is neither right nor wrong.
When two annotators' files exist for one article, the first in name order is used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.evaluate.matching import (
    PRF,
    Fragments,
    fragments_overlap,
    greedy_match,
    score_aligned,
    trim_span,
)
from onrecord.schema import Article, Document

ROLES = ("Source", "Cue", "Content")


@dataclass
class Attribution:
    """One gold attribution relation: fragments of its source, cue and content (None if absent)."""

    source: Fragments | None
    cue: Fragments | None
    content: Fragments | None


@dataclass
class PolnearDoc:
    """One article: its text, gold spans per role, gold attributions."""

    id: str
    text: str
    spans: dict[str, list[Fragments]] = field(default_factory=dict)
    attributions: list[Attribution] = field(default_factory=list)


_T = re.compile(r"^(T\d+)\t(\S+) ([\d; ]+)\t?(.*)$")


def parse_ann(ann: str, doc_id: str, text: str) -> PolnearDoc:
    """Parse one brat .ann file for ``text``."""
    spans: dict[str, Fragments] = {}
    kinds: dict[str, str] = {}
    doc = PolnearDoc(doc_id, text, {r: [] for r in ROLES})
    seen: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
    relations = []
    for line in ann.splitlines():
        if line.startswith("T"):
            m = _T.match(line)
            if not m:
                continue
            tid, kind, offsets, _ = m.groups()
            frags = tuple(tuple(int(x) for x in part.split()) for part in offsets.split(";") if part.strip())
            frags = tuple((a, b) for a, b in frags)
            spans[tid], kinds[tid] = frags, kind
            if kind in ROLES and (kind, frags) not in seen:
                seen.add((kind, frags))
                doc.spans[kind].append(frags)
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) > 1:
                relations.append(parts[1].split())
    for rel in relations:
        roles: dict[str, Fragments] = {}
        more: list[Fragments] = []
        for arg in rel:
            if ":" not in arg:
                continue
            role, tid = arg.split(":", 1)
            base = role.rstrip("0123456789")
            if base not in ROLES or tid not in spans:
                continue
            if base not in roles:
                roles[base] = spans[tid]
            elif base == "Content":
                more.append(spans[tid])     # Content2: the same content carried on after the cue
        if "Content" in roles:
            if more:
                parts = [roles["Content"], *more]
                merged = tuple(sorted(f for part in parts for f in part))
                doc.spans["Content"] = [c for c in doc.spans["Content"] if c not in parts]
                doc.spans["Content"].append(merged)
                roles["Content"] = merged
            doc.attributions.append(Attribution(roles.get("Source"), roles.get("Cue"), roles["Content"]))
    return doc


def read_polnear(directory: str | Path, limit: int | None = None) -> list[PolnearDoc]:
    """Articles of a PolNeAR split directory (sorted by name; at most ``limit``)."""
    directory = Path(directory)
    out = []
    for txt in sorted((directory / "text").glob("*.txt")):
        anns = sorted((directory / "attributions").glob(f"{txt.stem}_*.ann"))
        if not anns:
            exact = directory / "attributions" / f"{txt.stem}.ann"
            anns = [exact] if exact.exists() else []
        if not anns:
            continue
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        out.append(parse_ann(anns[0].read_text(encoding="utf-8"), txt.stem, text))
        if limit is not None and len(out) >= limit:
            break
    return out


def to_articles(docs: Sequence[PolnearDoc]) -> list[Article]:
    """One Article per document (no date)."""
    return [Article(text=d.text, id=d.id, language="en") for d in docs]


# -- scoring ------------------------------------------------------------------------------------

@dataclass
class PolnearReport:
    """Span scores per role (exact and overlap) and statement-level scores."""

    exact: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in ROLES})
    overlap: dict[str, PRF] = field(default_factory=lambda: {r: PRF() for r in ROLES})
    statement: PRF = field(default_factory=PRF)
    articles: int = 0
    produced_statements: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "produced_statements": self.produced_statements,
            "exact": {r.lower(): p.to_dict() for r, p in self.exact.items()},
            "overlap": {r.lower(): p.to_dict() for r, p in self.overlap.items()},
            "statement": self.statement.to_dict(),
        }


def _produced_spans(document: Document | None) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
    if document is None:
        return out
    for s in document.statements:
        for role, obj in (("Source", s.speaker), ("Cue", s.cue), ("Content", s.content)):
            if obj is None or obj.start is None or obj.end is None or obj.end <= obj.start:
                continue
            span = (int(obj.start), int(obj.end))
            if span not in out[role]:
                out[role].append(span)
    return out


def _hull(frags: Fragments) -> tuple[int, int]:
    return min(a for a, _ in frags), max(b for _, b in frags)


def score_doc(doc: PolnearDoc, document: Document | None, report: PolnearReport) -> None:
    """Add one article's figures to ``report``."""
    report.articles += 1
    produced = _produced_spans(document)
    text = doc.text
    for role in ROLES:
        golds = doc.spans.get(role, [])
        preds = produced[role]
        gold_trim = [trim_span(text, *_hull(g)) for g in golds]
        pred_trim = [trim_span(text, *p) for p in preds]
        n_exact = len(greedy_match(gold_trim, pred_trim, lambda g, p: 1.0 if g == p else 0.0))
        report.exact[role].add(PRF(n_exact, len(preds) - n_exact, len(golds) - n_exact))
        ov_pairs = greedy_match(golds, preds, lambda g, p: fragments_overlap(g, [p]))
        n_ov = len(ov_pairs)
        report.overlap[role].add(PRF(n_ov, len(preds) - n_ov, len(golds) - n_ov))
        if role == "Content":
            report.errors.extend(_content_errors(doc, document, golds, preds, ov_pairs))

    statements = list(document.statements) if document is not None else []
    report.produced_statements += len(statements)
    with_source = [a for a in doc.attributions if a.source]
    no_source = [a for a in doc.attributions if not a.source]

    def pair_score(a: Attribution, s: Any) -> float:
        c = fragments_overlap(a.content or (), [(s.content.start, s.content.end)])
        src = fragments_overlap(a.source or (), [(s.speaker.start, s.speaker.end)])
        return float(c) if c > 0 and src > 0 else 0.0

    pairs = greedy_match(with_source, statements, pair_score)
    matched = {pi for _, pi in pairs}
    fp = 0
    for i, s in enumerate(statements):
        if i in matched:
            continue
        neutral = any(fragments_overlap(a.content or (), [(s.content.start, s.content.end)]) > 0
                      for a in no_source)
        if not neutral:
            fp += 1
    report.statement.add(PRF(len(pairs), fp, len(with_source) - len(pairs)))


def _content_errors(doc: PolnearDoc, document: Document | None, golds: list[Fragments],
                    preds: list[tuple[int, int]], pairs: list[tuple[int, int]]) -> list[str]:
    """One entry per missed gold content and per false produced content (overlap matching).

    A miss is "merged" when one of our contents overlaps it but was matched to another gold
    content; a false content is "split" when it overlaps a gold content matched by another of ours.
    """
    text = doc.text
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    by_content = {a.content: a for a in doc.attributions}
    ours = {} if document is None else {
        (s.content.start, s.content.end): s for s in reversed(document.statements)}

    def show(frags: Fragments | None) -> str:
        return " | ".join(text[a:b] for a, b in frags).replace("\n", " ") if frags else "-"

    def context(start: int, end: int) -> str:
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        hi = len(text) if hi < 0 else hi
        lo, hi = max(lo, start - 200), min(hi, end + 120)
        return text[lo:hi].replace("\n", " ")

    out = []
    for gi, gold in enumerate(golds):
        if gi in matched_g:
            continue
        a = by_content.get(gold)
        merged = any(pi in matched_p and fragments_overlap(gold, [p]) for pi, p in enumerate(preds))
        what = "no source" if a is None or a.source is None else ("merged" if merged else "missed")
        out.append(f"[content {what}] {doc.id}\n  gold: [{show(a.source if a else None)}] "
                   f"<{show(a.cue if a else None)}> {show(gold)}\n  text: {context(*_hull(gold))}")
    for pi, span in enumerate(preds):
        if pi in matched_p:
            continue
        s = ours.get(span)
        split = any(fragments_overlap(g, [span]) for g in golds)
        who = f"[{s.speaker.text}] <{s.cue.text if s.cue else '-'}> {s.kind}" if s else ""
        out.append(f"[false content, {'split' if split else 'no gold'}] {doc.id}\n  ours: {who} "
                   f"{show([span])}\n  text: {context(*span)}")
    return out


def format_errors(report: PolnearReport) -> str:
    """Every missed gold content and every false produced content (overlap matching)."""
    return "\n".join(report.errors)


def score_polnear(docs: Sequence[PolnearDoc], documents: Sequence[Document | None]) -> PolnearReport:
    """Score produced documents against PolNeAR gold (aligned lists; None = nothing produced)."""
    return score_aligned(docs, documents, PolnearReport(), score_doc, "docs")


def format_report(report: PolnearReport) -> str:
    """The summary printed by ``onrecord eval polnear``."""
    lines = [f"PolNeAR: {report.articles} articles, {report.produced_statements} statements produced"]
    for role in ROLES:
        lines.append(f"{role.lower():<8} exact   {report.exact[role].line()}")
        lines.append(f"{'':<8} overlap {report.overlap[role].line()}")
    lines.append(f"statement (content + source overlap) {report.statement.line()}")
    return "\n".join(lines)
