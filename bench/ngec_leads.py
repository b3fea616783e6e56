"""Event types in news leads: code the first sentence of NGEC synthetic stories, count label hits.

    python bench/ngec_leads.py [--per-label 60] [--seed 7] [--exclude-seed S] [--show LABEL]

Samples ``--per-label`` stories per PLOVER label with ``--seed`` (``--exclude-seed`` drops the rows
another seed would pick, so a validation sample never overlaps the one errors were read on),
codes each story's lead with the pipeline's ``Coder`` and counts, per gold label: the label among
the produced types (hit), nothing produced (none), only other types (other). Prints per-label
figures and a confusion table (gold label -> produced types). ``--show LABEL`` prints that
label's misses (``--triggers``: with the lexicon matches of each, coded or dropped).
The stories are LLM-written training material (not a published measure); many leads do not
state their label's event at all, so a perfect score is neither possible nor the goal.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parents[1].parent / \
    "shared/data/dev/ngec_synthetic_plover_stories.csv.gz"
DATE = "2023-06-15"
# a sentence ends at . ! ? followed by space and a capital or quote, unless the word before the
# stop is a one-letter initial or a short abbreviation (U.S., Gen., Sen.)
_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|"
                     r"Capt|Maj|Adm|St|Jr|Sr|Prof|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)$")


def lead_of(text: str) -> str:
    """The first sentence of ``text`` (a regex split that skips initials and abbreviations);
    a leading fragment of under six words ("June 25, 2018.", a copyright line) is skipped."""
    text = " ".join(text.split())
    start = 0
    for m in re.finditer(r"[.!?][\"'”’)]?\s+(?=[A-Z\"“(])", text):
        before = text[: m.start()]
        if m.group(0)[0] == "." and _ABBREV.search(before):
            continue
        sent = text[start: m.start() + len(m.group(0).rstrip())]
        if len(sent.split()) < 6 or "copyright" in sent.lower():
            start = m.end()
            continue
        return sent
    return text[start:]


def load_rows(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [{"text": r["text"], "label": r["label"], "mode": r.get("mode") or ""}
                for r in csv.DictReader(fh)]


def sample(rows: list[dict[str, str]], per_label: int, seed: int,
           exclude: set[int] = frozenset()) -> list[int]:
    """Row indices: ``per_label`` per label (fewer when a label runs out), reproducible by seed."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if i not in exclude:
            by_label[r["label"]].append(i)
    rng = random.Random(seed)
    out: list[int] = []
    for label in sorted(by_label):
        idx = by_label[label]
        out.extend(sorted(rng.sample(idx, min(per_label, len(idx)))))
    return out


def lexicon_matches(coder, text: str) -> list[str]:
    """Every lexicon match in ``text`` as "TYPE 'words'" (coded or dropped by a filter)."""
    from onrecord.extract.triggers import load_lexicon

    lex = load_lexicon()
    out = []
    for tok in coder.nlp(text):
        m = lex.match(tok)
        if m is not None and m.sense.event:
            out.append(f"{m.sense.event} '{' '.join(t.text for t in m.tokens)}'")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", type=Path, default=DEFAULT_PATH)
    ap.add_argument("--per-label", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--exclude-seed", type=int, action="append", default=[])
    ap.add_argument("--show", action="append", default=[],
                    help="print the misses of this gold label (repeatable; ALL for every label)")
    ap.add_argument("--triggers", action="store_true",
                    help="with --show: list the lexicon matches of each miss (dropped or not)")
    args = ap.parse_args()
    if not args.path.exists():
        print(f"no data at {args.path}", file=sys.stderr)
        return 1
    rows = load_rows(args.path)
    exclude: set[int] = set()
    for s in args.exclude_seed:
        exclude.update(sample(rows, args.per_label, s))
    picked = sample(rows, args.per_label, args.seed, exclude)

    from onrecord.pipeline import Coder
    from onrecord.schema import Article

    coder = Coder()
    leads = [lead_of(rows[i]["text"]) for i in picked]
    docs = coder.code_many(Article(text=t, date=DATE) for t in leads)
    counts: dict[str, Counter] = defaultdict(Counter)
    confusion: dict[str, Counter] = defaultdict(Counter)
    show = {s.upper() for s in args.show}
    for i, lead, doc in zip(picked, leads, docs, strict=True):
        gold = rows[i]["label"]
        types = sorted({e.event for e in getattr(doc, "events", [])})
        verdict = "hit" if gold in types else ("none" if not types else "other")
        counts[gold][verdict] += 1
        confusion[gold].update(types or ["-"])
        if verdict != "hit" and (gold in show or "ALL" in show):
            evs = "; ".join(f"{e.event} {e.cameo} '{e.trigger.text}' "
                            f"{'/'.join(a.name or a.text for a in e.actor) or '?'} -> "
                            f"{'/'.join(a.name or a.text for a in e.recipient) or '?'}"
                            for e in getattr(doc, "events", []))
            print(f"[{gold} {rows[i]['mode'] or '-'} row {i}] {verdict}: {evs or '(none)'}\n"
                  f"    {lead}")
            if args.triggers:
                print("    triggers: " + (", ".join(lexicon_matches(coder, lead)) or "-"))
    total = Counter()
    print(f"{'label':<10} {'n':>4} {'hit':>4} {'none':>4} {'other':>5}  rate   produced types")
    for label in sorted(counts):
        c = counts[label]
        n = sum(c.values())
        total.update(c)
        top = ", ".join(f"{t} {k}" for t, k in confusion[label].most_common(6))
        print(f"{label:<10} {n:>4} {c['hit']:>4} {c['none']:>4} {c['other']:>5}  "
              f"{c['hit'] / n:.2f}   {top}")
    n = sum(total.values())
    print(f"{'TOTAL':<10} {n:>4} {total['hit']:>4} {total['none']:>4} {total['other']:>5}  "
          f"{total['hit'] / n:.3f}   (seed {args.seed}, {args.per_label}/label"
          f"{', excluding seeds ' + ','.join(map(str, args.exclude_seed)) if exclude else ''})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
