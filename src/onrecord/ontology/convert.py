"""Regenerate the CAMEO tables in ``ontology/data`` from the reference files (run by hand, not at run time).

``python -m onrecord.ontology.convert ../shared/data/reference`` writes ``cameo.csv`` and ``cameo_plover.csv``.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import yaml

DATA = Path(__file__).with_name("data")
_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$")


def quad_class_of_root(root: str) -> int:
    """GDELT QuadClass of a CAMEO root: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def convert_codebook(reference: Path) -> list[dict[str, str]]:
    """cameo_codebook.csv -> rows of code, name, goldstein, root, quad_class, description."""
    rows = []
    with open(reference / "cameo_codebook.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append({
                "code": r["code"].strip(),
                "name": r["name"].strip(),
                "goldstein": str(float(r["goldstein"])),
                "root": r["root_code"].strip(),
                "quad_class": str(quad_class_of_root(r["root_code"])),
                "description": " ".join(r["description"].split()),
            })
    return rows


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def convert_mapping(reference: Path) -> list[dict[str, str]]:
    """CAMEO2PLOVER-2021.txt + data/cameo_plover_fixes.yaml -> cameo, event, mode, context rows."""
    fixes = yaml.safe_load((DATA / "cameo_plover_fixes.yaml").read_text(encoding="utf-8"))
    renames: dict[str, str] = fixes.get("context_renames") or {}
    by_code: dict[str, dict[str, str]] = {}
    for line in (reference / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line.strip())
        if not m:
            continue
        code, event, mode, context, _comment = m.groups()
        if code in by_code:  # repeated root header ("08: RETREAT") or duplicate row: first one wins
            continue
        contexts = [renames.get(c, c) for c in (_clean(x) for x in (context or "").split(";")) if c]
        by_code[code] = {
            "cameo": code,
            "event": event,
            "mode": _clean(mode),
            "context": ";".join(contexts),
            "table_2021": f"{event},{_clean(mode)},{';'.join(_clean(x) for x in (context or '').split(';') if _clean(x))}",
            "fix": "",
        }
    for code, fix in (fixes.get("codes") or {}).items():
        row = by_code[str(code)]
        if "event" in fix:
            row["event"] = fix["event"]
        if "mode" in fix:
            row["mode"] = fix["mode"] or ""
        if "context" in fix:
            row["context"] = ";".join(fix["context"] or [])
        row["fix"] = fix.get("why", "")
    return sorted(by_code.values(), key=lambda r: (r["cameo"][:2], r["cameo"]))


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str]) -> None:
    reference = Path(argv[0] if argv else "../shared/data/reference")
    _write(DATA / "cameo.csv", convert_codebook(reference))
    _write(DATA / "cameo_plover.csv", convert_mapping(reference))
    print(f"wrote {DATA / 'cameo.csv'} and {DATA / 'cameo_plover.csv'}")


if __name__ == "__main__":
    main(sys.argv[1:])
