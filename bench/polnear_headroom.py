"""How far a learned cue lexicon could lift PolNeAR content overlap-F1: an upper-bound estimate.

    python bench/polnear_headroom.py [--train DIR] [--dev DIR] [--limit N] [--min-count 5]

Codes the train and dev splits, then prints for dev:
- the missed gold contents by class (missed with a source, merged into one of ours, no source) and
  the false contents (no gold at all, or splitting a gold already matched);
- for every verb that is not already the cue of a produced statement and has a complement to its
  right (object, clause, prepositional phrase), whether that complement overlaps a missed gold
  content whose cue is that verb ("hit"). On train it counts hits per (lemma, has a subject); the
  (lemma, subject) keys whose train precision reaches a threshold are "learned cues", and the dev
  F1 that adding their dev candidates would give is printed per threshold. Two what-ifs give the F1
if every merge and split were undone, and if every false content with no gold were dropped.
The estimate is optimistic (every hit counted as a new true positive, no speaker needed), so it
bounds what a verb-cue lexicon learned from PolNeAR train could add, before any product cost.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared/data/dev/polnear"
COMPLEMENTS = {"ccomp", "xcomp", "dobj", "prep", "attr", "oprd", "dative", "advcl", "acomp"}
THRESHOLDS = (0.4, 0.5, 0.6, 0.7)


def produced_contents(document) -> list[tuple[int, int]]:
    """Distinct produced content spans, in order."""
    out: list[tuple[int, int]] = []
    for s in document.statements if document is not None else ():
        span = (s.content.start, s.content.end)
        if span not in out:
            out.append(span)
    return out


def candidates(doc, document, parsed) -> tuple[list[dict], Counter]:
    """Verb candidates of one article (see the module docstring) and its error classes."""
    from onrecord.evaluate.matching import fragments_overlap, greedy_match

    golds = doc.spans["Content"]
    preds = produced_contents(document)
    pairs = greedy_match(golds, preds, lambda g, p: fragments_overlap(g, [p]))
    matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
    by_content = {a.content: a for a in doc.attributions}
    classes: Counter = Counter()
    for gi, gold in enumerate(golds):
        if gi in matched_g:
            continue
        a = by_content.get(gold)
        if a is None or a.source is None:
            classes["missed: no source"] += 1
        elif any(pi in matched_p and fragments_overlap(gold, [p]) for pi, p in enumerate(preds)):
            classes["missed: merged into one of ours"] += 1
        else:
            classes["missed: with a source"] += 1
    for pi, span in enumerate(preds):
        if pi not in matched_p:
            split = any(fragments_overlap(g, [span]) for g in golds)
            classes["false: splits a matched gold" if split else "false: no gold"] += 1

    unmatched = [g for gi, g in enumerate(golds) if gi not in matched_g]
    cue_spans = [(s.cue.start, s.cue.end) for s in (document.statements if document else ())
                 if s.cue is not None and s.cue.start is not None]
    rows = []
    for tok in parsed:
        if tok.pos_ != "VERB" or any(a <= tok.idx < b for a, b in cue_spans):
            continue
        comps = [c for c in tok.children if c.dep_ in COMPLEMENTS and c.i > tok.i]
        if not comps:
            continue
        lo = min(c.left_edge.i for c in comps)
        hi = max(c.right_edge.i for c in comps)
        while hi > lo and parsed[hi].is_punct:
            hi -= 1
        span = (parsed[lo].idx, parsed[hi].idx + len(parsed[hi]))
        if any(fragments_overlap([p], [span]) for p in preds):
            continue
        trigger = [(tok.idx, tok.idx + len(tok))]
        hit = any(fragments_overlap(g, [span]) and (a := by_content.get(g)) is not None
                  and a.cue is not None and fragments_overlap(a.cue, trigger) for g in unmatched)
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        rows.append({"key": (tok.lemma_.lower(), subject), "hit": hit})
    return rows, classes


def run_split(directory: Path, limit: int | None, coder) -> tuple[list[dict], Counter, dict]:
    """Code one split; its candidates, error classes and content PRF."""
    from onrecord.evaluate.polnear import read_polnear, score_polnear, to_articles
    from onrecord.evaluate.produce import produce

    docs = read_polnear(directory, limit)
    documents = produce(to_articles(docs), coder=coder)
    rows: list[dict] = []
    classes: Counter = Counter()
    for doc, document, parsed in zip(docs, documents, coder.nlp.pipe(d.text for d in docs),
                                     strict=True):
        more, cls = candidates(doc, document, parsed)
        rows.extend(more)
        classes.update(cls)
    content = score_polnear(docs, documents).overlap["Content"]
    return rows, classes, {"tp": content.tp, "fp": content.fp, "fn": content.fn}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=SHARED / "train")
    ap.add_argument("--dev", type=Path, default=SHARED / "dev")
    ap.add_argument("--limit", type=int, default=None, help="articles per split")
    ap.add_argument("--min-count", type=int, default=5, help="train candidates a key needs")
    args = ap.parse_args(argv)
    if not (args.train / "text").is_dir() or not (args.dev / "text").is_dir():
        print(f"PolNeAR splits not found: {args.train}, {args.dev}", file=sys.stderr)
        return 2
    from onrecord.pipeline import Coder

    coder = Coder()
    train_rows, _, _ = run_split(args.train, args.limit, coder)
    dev_rows, classes, prf = run_split(args.dev, args.limit, coder)

    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    print(f"dev content overlap: tp {prf['tp']} fp {prf['fp']} fn {prf['fn']}  "
          f"F1 {f1(**prf):.4f}")
    for name, n in sorted(classes.items()):
        print(f"  {name:<34} {n}")
    merged, split = classes["missed: merged into one of ours"], classes["false: splits a matched gold"]
    print("what if (dev content F1): every merge and split undone "
          f"{f1(prf['tp'] + merged, prf['fp'] - split, prf['fn'] - merged):.4f}; "
          f"every false content with no gold dropped "
          f"{f1(prf['tp'], prf['fp'] - classes['false: no gold'], prf['fn']):.4f}")
    train: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for r in train_rows:
        train[r["key"]][0] += 1
        train[r["key"]][1] += r["hit"]
    dev: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for r in dev_rows:
        dev[r["key"]][0] += 1
        dev[r["key"]][1] += r["hit"]
    print(f"verb candidates: train {len(train_rows)} ({sum(r['hit'] for r in train_rows)} hits), "
          f"dev {len(dev_rows)} ({sum(r['hit'] for r in dev_rows)} hits)")
    print("learned cues (train precision >= t, >= --min-count candidates), added on dev:")
    for t in THRESHOLDS:
        keys = [k for k, (n, h) in train.items() if n >= args.min_count and h / n >= t]
        n = sum(dev[k][0] for k in keys)
        h = sum(dev[k][1] for k in keys)
        est = f1(prf["tp"] + h, prf["fp"] + n - h, prf["fn"] - h)
        print(f"  t {t:.2f}: {len(keys):>4} keys, {n:>4} dev candidates, {h:>4} hits -> "
              f"content F1 <= {est:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
