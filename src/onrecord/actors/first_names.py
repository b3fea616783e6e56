"""Converts first-name birth counts by sex into ``first_names.csv`` (name -> m | f) for pronouns.

Run once by a maintainer::

    python -m onrecord.actors.first_names COUNTS.csv[.gz] OUT.csv [--min-count 1000]
        [--share 0.98] [--skip andrea,simone]

COUNTS has the columns ``first_name,sex,count`` (sex ``m``/``f`` or ``M``/``F``; more columns and
several rows per name, e.g. one per birth year, are summed). A name is kept when at least
``min-count`` births carry it and at least ``share`` of them are of one sex; ``skip`` drops names
whose sex differs by language (Italian Andrea, Armenian Karen, Russian Valery). The output is data.
"""

from __future__ import annotations

import argparse
import csv
import gzip
from collections import defaultdict
from pathlib import Path


def name_shares(path: Path) -> dict[str, tuple[int, int]]:
    """Births per lowercased first name: (female, total)."""
    opener = gzip.open if path.suffix == ".gz" else open
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with opener(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            c = counts[row["first_name"].strip().lower()]
            n = int(row["count"])
            c[0] += n if row["sex"].strip().lower() == "f" else 0
            c[1] += n
    return {name: (f, n) for name, (f, n) in counts.items()}


def genders(shares: dict[str, tuple[int, int]], min_count: int, share: float,
            skip: set[str]) -> dict[str, str]:
    """Names clearly of one sex: ``m`` or ``f``."""
    out = {}
    for name, (female, total) in sorted(shares.items()):
        if total < min_count or name in skip or not name.isalpha():
            continue
        if female >= share * total:
            out[name] = "f"
        elif total - female >= share * total:
            out[name] = "m"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("counts", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--min-count", type=int, default=1000)
    ap.add_argument("--share", type=float, default=0.98)
    ap.add_argument("--skip", default="", help="comma-separated names to leave out")
    args = ap.parse_args(argv)
    skip = {s.strip().lower() for s in args.skip.split(",") if s.strip()}
    table = genders(name_shares(args.counts), args.min_count, args.share, skip)
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "gender"])
        writer.writerows(sorted(table.items()))
    print(f"{len(table)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
