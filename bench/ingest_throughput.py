"""Throughput of `onrecord ingest` against bare spaCy parsing of the same texts in the same run.

Usage: python bench/ingest_throughput.py [--n 3000] [--workers 1 2] [--batch-size 16]
Prints words/s of nlp.pipe alone, of ingest with each worker count, the ratios, and peak RSS.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / \
    "news_3000.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000, help="articles from the corpus")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (both)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    from onrecord.nlp import load_nlp
    from onrecord.run import ingest

    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in islice(fh, args.n)]
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words} words, nlp.pipe batch size {args.batch_size}")

    nlp = load_nlp()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size):
        pass
    bare = words / (time.perf_counter() - start)
    print(f"bare spaCy nlp.pipe: {bare:8.0f} words/s")

    rates = {}
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "corpus.jsonl"
        inp.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        for w in args.workers:
            s = ingest([str(inp)], Path(tmp) / f"w{w}.duckdb", workers=w,
                       nlp_batch_size=args.batch_size)
            coding = s.seconds - s.startup_seconds
            rates[w] = s.words / coding
            rss = ", ".join(f"{mb:.0f} MB" for mb in sorted(s.workers.values()))
            print(f"onrecord ingest --workers {w}: {rates[w]:8.0f} words/s "
                  f"({rates[w] / bare:.2f}x bare spaCy; {s.coded} coded, {s.duplicates} "
                  f"duplicates, {s.rejected} rejected; {coding:.1f}s coding + "
                  f"{s.startup_seconds:.1f}s start-up); peak RSS per worker: {rss}")
    if 1 in rates:
        for w, r in rates.items():
            if w != 1:
                print(f"{w} workers / 1 worker: {r / rates[1]:.2f}x")
    main_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (bare spaCy + writer + 1-worker coding): {main_rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
