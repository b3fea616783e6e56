"""Throughput: `onrecord code` (Coder.code_many) vs bare spaCy parsing of the same texts, same run.

    python bench/throughput.py [--n 500] [--batch-size 16] [--corpus PATH]

Prints words/s and articles/s for both and their ratio (goal: >= 0.75).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from onrecord.nlp import load_nlp
from onrecord.pipeline import Coder
from onrecord.schema import Article, Reject

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/data/corpus/news_3000.jsonl.gz"


def load_articles(path: Path, n: int) -> list[Article]:
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            articles.append(Article(text=rec["text"], id=rec["id"], date=rec.get("date") or None,
                                    title=rec.get("title"), source=rec.get("source")))
            if len(articles) == n:
                break
    return articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    articles = load_articles(args.corpus, args.n)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    coder = Coder(batch_size=args.batch_size)
    list(nlp.pipe(texts[:8], batch_size=args.batch_size))  # warm up both paths
    list(coder.code_many(articles[:8]))

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_events = n_statements = n_rejects = 0
    for result in coder.code_many(articles):
        if isinstance(result, Reject):
            n_rejects += 1
        else:
            n_events += len(result.events)
            n_statements += len(result.statements)
    coded = time.perf_counter() - t0

    print(f"articles: {len(texts)}  words: {words}  model: {nlp.meta['name']} {nlp.meta['version']}")
    print(f"bare spaCy parse : {words / bare:9.0f} words/s  {len(texts) / bare:7.2f} articles/s")
    print(f"onrecord code    : {words / coded:9.0f} words/s  {len(texts) / coded:7.2f} articles/s"
          f"  ({n_events} events, {n_statements} statements, {n_rejects} rejects)")
    print(f"ratio onrecord/bare: {bare / coded:.2f}  (goal >= 0.75)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
