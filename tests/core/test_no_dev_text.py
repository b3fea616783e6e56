"""The project carries no dev-set wording: no test sentence, comment or lexicon entry shares a run
of seven words with a gold or tuning text in ../shared/data/dev (skips when it is absent)."""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

RUN = 7
ROOT = Path(__file__).resolve().parents[2]
# Official names of bodies are long on their own ("Organization for Security and Co-operation in
# Europe"); the name lists that hold them are not prose.
NAME_LISTS = {"igos.yaml", "bodies.yaml"}   # (CSV tables converted from reference data are not scanned)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _runs(words: list[str]) -> Iterator[tuple[str, ...]]:
    return (tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1))


def _dev_texts(dev: Path) -> Iterator[str]:
    yield from (r.get("text") or "" for r in json.loads((dev / "plover_gsr_dev.json").read_text()))
    yield from (p.read_text() for p in (dev / "real_news").glob("*.json"))
    yield from (p.read_text() for p in dev.glob("polnear/*/text/*.txt"))
    with (dev / "conflibert_pentaclass_train.tsv").open() as f:
        yield from (row[0] for row in csv.reader(f, delimiter="\t") if row)
    yield " ".join(line.split()[0] if line.strip() else "\n"
                   for line in (dev / "conflibert_actor_spans_train.txt").open())
    with gzip.open(dev / "ngec_synthetic_plover_stories.csv.gz", "rt") as f:
        yield from (r.get("text") or "" for r in csv.DictReader(f))


def _project_files() -> Iterator[Path]:
    for pattern in ("src/**/*.py", "src/**/*.yaml", "tests/**/*.py",
                    "tests/**/*.yaml", "examples/*"):
        yield from (p for p in ROOT.glob(pattern) if p.is_file() and p.name not in NAME_LISTS)


def test_no_seven_word_run_from_dev_data(shared_data) -> None:
    dev_runs: set[tuple[str, ...]] = set()
    for text in _dev_texts(shared_data / "dev"):
        for line in text.split("\n"):
            dev_runs.update(_runs(_words(line)))
    found = []
    for path in _project_files():
        if path.name == Path(__file__).name:
            continue
        shared = {r for r in _runs(_words(path.read_text(errors="ignore"))) if r in dev_runs}
        found += [f"{path.relative_to(ROOT)}: {' '.join(r)}" for r in sorted(shared)[:3]]
    assert not found, "dev-set wording in the project:\n" + "\n".join(found)
