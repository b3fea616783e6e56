"""Throughput: `onrecord code` (Coder.code_many) vs bare spaCy parsing of the same texts, same run.

    python bench/throughput.py [--n 500] [--batch-size 16] [--rounds 3] [--corpus PATH]

Prints words/s and articles/s for both and their ratio (goal: >= 0.75). Each round times both
paths on the same texts, alternating which goes first; speeds are the medians over rounds and the
ratio is the median of the rounds' ratios.
The ratio is given on wall-clock time and on this process's CPU time: the CPU ratio does not
move when other processes share the machine, the wall-clock one does.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable
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


def timed(run: Callable[[], object]) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, result) of one call."""
    w0, c0 = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - w0, time.process_time() - c0, result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds of both paths (median)")
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

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass

    def coded() -> tuple[int, int, int]:
        n_events = n_statements = n_rejects = 0
        for result in coder.code_many(articles):
            if isinstance(result, Reject):
                n_rejects += 1
            else:
                n_events += len(result.events)
                n_statements += len(result.statements)
        return n_events, n_statements, n_rejects

    bare_wall, bare_cpu, coded_wall, coded_cpu = [], [], [], []
    counts: object = (0, 0, 0)
    for r in range(max(1, args.rounds)):
        order = (("bare", bare), ("coded", coded))
        for name, run in order if r % 2 == 0 else order[::-1]:
            wall, cpu, out = timed(run)
            if name == "bare":
                bare_wall.append(wall)
                bare_cpu.append(cpu)
            else:
                coded_wall.append(wall)
                coded_cpu.append(cpu)
                counts = out
        print(f"round {r + 1}: ratio wall {bare_wall[-1] / coded_wall[-1]:.2f}  "
              f"cpu {bare_cpu[-1] / coded_cpu[-1]:.2f}", file=sys.stderr)

    n_events, n_statements, n_rejects = counts  # type: ignore[misc]
    b, c = statistics.median(bare_wall), statistics.median(coded_wall)
    print(f"articles: {len(texts)}  words: {words}  model: {nlp.meta['name']} {nlp.meta['version']}"
          f"  rounds: {len(bare_wall)}")
    print(f"bare spaCy parse : {words / b:9.0f} words/s  {len(texts) / b:7.2f} articles/s")
    print(f"onrecord code    : {words / c:9.0f} words/s  {len(texts) / c:7.2f} articles/s"
          f"  ({n_events} events, {n_statements} statements, {n_rejects} rejects)")
    wall_ratio = statistics.median(x / y for x, y in zip(bare_wall, coded_wall, strict=True))
    cpu_ratio = statistics.median(x / y for x, y in zip(bare_cpu, coded_cpu, strict=True))
    print(f"ratio onrecord/bare (median of rounds): {wall_ratio:.2f} wall-clock, "
          f"{cpu_ratio:.2f} CPU time  (goal >= 0.75)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
