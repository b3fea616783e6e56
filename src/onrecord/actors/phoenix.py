"""Converts the Phoenix/PETRARCH actor dictionaries (MIT, Open Event Data) into our CSV files.

Run once by a maintainer: ``python -m onrecord.actors.phoenix DIR OUTDIR``; the output is data.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

CODE_RE = re.compile(r"\[([A-Z~\-]{3,})\s*([<>]?\d{6,8})?-?(\d{6,8})?\]")
HEADER_RE = re.compile(r"^([A-Z][^\[#\t]*?)\s*\[([A-Z]{3})\]")
# CAMEO country codes that are not ISO alpha-3 (successor states as in countries.csv)
CAMEO_TO_ISO = {"KSV": "XKX", "DDR": "DEU", "MADAGASKAR": "MDG", "TMP": "TLS", "USR": "RUS",
                "SUN": "RUS", "YUG": "SRB", "SCG": "SRB", "CSK": "CZE", "SRP": "BIH", "KRJ": "HRV"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "OPP", "REB", "UAF", "ELI", "MED",
           "JRN", "BUS", "LAB", "CVL", "EDU", "REL", "AGR", "CRM", "REF", "PRE", "SOC"}


def _phrase(raw: str) -> str:
    text = raw.split("#", 1)[0].strip().lstrip("+").strip()
    text = text.replace("_", " ").strip()
    return re.sub(r"\s+", " ", text)


def _date(raw: str | None, end: bool = False) -> str:
    if not raw:
        return ""
    digits = raw.lstrip("<>")
    if len(digits) == 8:
        y, m, d = digits[:4], digits[4:6], digits[6:8]
    else:
        yy = int(digits[:2])
        y = f"{2000 + yy if yy <= 26 else 1900 + yy}"
        m, d = digits[2:4], digits[4:6]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    return f"{y}-{m}-{d}"


def _roles(codes: list[tuple[str, str | None, str | None]]) -> list[tuple[str, str, str, str]]:
    out = []
    for code, a, b in codes:
        if code.startswith("~") or code.startswith("-") or len(code) < 3:
            continue
        country, sector = code[:3], code[3:6]
        if country == "IGO":
            continue
        if sector not in SECTORS:
            sector = ""
        start, end = "", ""
        if a and a.startswith("<"):
            end = _date(a)
        elif a and a.startswith(">"):
            start = _date(a)
        else:
            start, end = _date(a), _date(b)
        out.append((CAMEO_TO_ISO.get(country, country), sector, start, end))
    return out


def convert_countries(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    """Places (alias, country) and people/institutions (name, aliases, country, sector, dates)."""
    places: list[list[str]] = []
    people: list[list[str]] = []
    country = None
    block: list[str] = []
    codes: list[tuple[str, str | None, str | None]] = []
    in_country_block = False

    def flush() -> None:
        if block and codes:
            for iso, sector, start, end in _roles(codes):
                people.append([block[0], "|".join(dict.fromkeys(block[1:])), iso, sector,
                               start, end])

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            in_country_block = False if not line.strip() else in_country_block
            continue
        header = HEADER_RE.match(line)
        if header and not line.startswith(("\t", " ", "+")):
            flush()
            block, codes = [], []
            country = CAMEO_TO_ISO.get(header.group(2), header.group(2))
            places.append([_phrase(header.group(1)), country])
            in_country_block = True
            continue
        if in_country_block and line.startswith("+"):
            places.append([_phrase(line), country])
            continue
        in_country_block = False
        found = CODE_RE.findall(line)
        if line.startswith(("\t", " ")) and found and not _phrase(CODE_RE.sub("", line)):
            codes.extend(found)
            continue
        if line.startswith("+"):
            block.append(_phrase(line))
            continue
        name = _phrase(CODE_RE.sub("", line))
        if block and not codes and not found:
            block.append(name)      # bare alias lines before the codes belong to the same person
            continue
        flush()
        block, codes = [name], list(found)
    flush()
    return places, [p for p in people if p[0]]


# CAMEO agent codes -> PLOVER sector (religions -> REL, media -> JRN, health, rights and
# environment groups -> SOC, unaffiliated armed groups -> REB)
AGENT_SECTORS = {"MED": "JRN", "HLH": "SOC", "NGO": "SOC", "HRI": "SOC", "ENV": "SOC",
                 "UAF": "REB", "RAD": "REB", "PPL": "CVL", "MUS": "REL", "CHR": "REL",
                 "JEW": "REL", "HIN": "REL", "BUD": "REL"}
AGENT_RE = re.compile(r"^([^\[#]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]")
SUBST_RE = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def _agent_sector(code: str) -> str | None:
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if "UAF" in chunks:
        return "REB"
    first = AGENT_SECTORS.get(chunks[0], chunks[0])
    return first if first in SECTORS else None


def convert_agents(path: Path) -> list[tuple[str, str]]:
    """Role nouns (lower case, words separated by spaces) with their PLOVER sector."""
    subst: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = SUBST_RE.match(line)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = AGENT_RE.match(line)
        if not m or (sector := _agent_sector(m.group(3))) is None:
            continue
        forms = [m.group(1)] + [f for f in (m.group(2) or "").strip("{}").split() if f]
        for form in forms:
            variants = [form]
            for key, words in subst.items():
                variants = [v.replace(key, w, 1) if key in v else v
                            for v in variants for w in (words if key in v else [""])]
            for v in variants:
                phrase = re.sub(r"\s+", " ", v.replace("_", " ").replace("!", " ")).strip().lower()
                if phrase and "," not in phrase and phrase not in out:
                    out[phrase] = sector
    return sorted(out.items())


GROUP_RE = re.compile(r"^([^\[#+\s][^\[#]*?)\s*\[([A-Z]{6,})\]")


def _group_name(raw: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*", " ", _phrase(raw)).strip(" -")


def convert_groups(path: Path) -> list[list[str]]:
    """Armed and militant groups (name, aliases, country, sector, code) from the MilNonState
    file; international militant groups (IMG...) keep their code and no country."""
    import pycountry

    rows: list[list[str]] = []
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            current = None
            continue
        m = GROUP_RE.match(line)
        if m:
            code = m.group(2)
            country = CAMEO_TO_ISO.get(code[:3], code[:3])
            if code.startswith("IMG"):
                current = [_group_name(m.group(1)), [], "", "REB", code]
            elif pycountry.countries.get(alpha_3=country) is not None and code[3:6] in SECTORS:
                current = [_group_name(m.group(1)), [], country, code[3:6], ""]
            else:
                current = None
                continue
            rows.append(current)
            continue
        if current is not None and line.startswith("+"):
            current[1].append(_group_name(line))
    out = []
    for name, aliases, country, sector, code in rows:
        names = [n for n in dict.fromkeys([name, *aliases]) if len(n) > 2]
        # "SANDINISTAS" also names one of them ("a Sandinista commander")
        names += [n[:-1] for n in names if " " not in n and n.endswith("S") and len(n) > 5]
        if names:
            out.append([names[0], "|".join(dict.fromkeys(names[1:])), country, sector, code])
    return out


def main(src: str, out: str) -> None:
    places, people = convert_countries(Path(src) / "Phoenix.Countries.actors.txt")
    out_dir = Path(out)
    with open(out_dir / "phoenix_groups.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "aliases", "country", "sector", "code"])
        w.writerows(convert_groups(Path(src) / "Phoenix.MilNonState.actors.txt"))
    with open(out_dir / "phoenix_agents.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["words", "sector"])
        w.writerows(convert_agents(Path(src) / "Phoenix.agents.txt"))
    with open(out_dir / "phoenix_places.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["alias", "country"])
        w.writerows(p for p in places if p[0] and len(p[0]) > 2)
    with open(out_dir / "phoenix_people.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "aliases", "country", "sector", "start", "end"])
        seen: set[str] = set()
        for row in people:
            if row[0] in seen:
                row = [row[0], "", *row[2:]]   # aliases only on a person's first row
            seen.add(row[0])
            w.writerow(row)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
