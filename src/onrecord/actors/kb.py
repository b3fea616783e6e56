"""The actor knowledge base: states, places, seats of power, bodies, people with dated roles, agents.

Loaded from the data files in ``actors/data`` (documented in its README) plus user files.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry
import yaml
from spacy.lang.en.stop_words import STOP_WORDS

DATA = Path(__file__).parent / "data"

# Priority of each source when several entries share an alias (higher wins).
PRIORITY = {"extra": 100, "people": 90, "seats": 80, "igos": 80, "media": 80, "countries": 70,
            "places": 60, "phoenix_people": 50, "phoenix_groups": 45, "phoenix_places": 40}
_SPACE = re.compile(r"\s+")


def alias_key(text: str) -> str:
    """Matching key: lowercase, all whitespace removed (so tokenisation does not matter)."""
    return _SPACE.sub("", text.lower())


@dataclass
class Role:
    """One dated position: country + sector (+ title) between start and end (ISO dates)."""

    country: str | None
    sector: str | None
    start: str = ""
    end: str = ""
    title: str | None = None

    def covers(self, date: str) -> bool:
        if not self.start and not self.end:
            return False
        return (not self.start or self.start <= date) and (not self.end or date < self.end)


@dataclass
class Entry:
    """A named actor: a state, place, seat of power, body, group or person."""

    name: str
    kind: str                       # state | place | capital | seat | igo | group | person
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    source: str = ""
    priority: int = 0
    roles: list[Role] = field(default_factory=list)
    gender: str | None = None
    kinds: tuple[str, ...] = ()     # igo description nouns ("alliance", "bloc")
    regions: tuple[str, ...] = ()   # state region words ("baltic", "gulf")

    def role_on(self, date: str | None) -> tuple[Role | None, str]:
        """The role valid on ``date`` and why; the latest one for undated articles."""
        if not self.roles:
            return None, ""
        dated = [r for r in self.roles if r.start or r.end]
        default = next((r for r in self.roles if not r.start and not r.end), None)
        if date is None:
            if not dated:
                return default, "only role"
            latest = max(dated, key=lambda r: (r.end == "", r.end, r.start))
            return latest, "latest role (undated article)"
        date = date[:10]
        valid = [r for r in dated if r.covers(date)]
        if valid:
            valid.sort(key=lambda r: (r.sector != "ELI", r.start))
            return valid[-1], f"role {valid[-1].start or '…'}–{valid[-1].end or '…'}"
        if default is not None:
            return default, "default role"
        if dated:
            ended = [r for r in dated if r.end and r.end <= date]
            if ended:
                last = max(ended, key=lambda r: r.end)
                return Role(last.country, "ELI", last.end, "", None), f"former (role ended {last.end})"
            first = min(dated, key=lambda r: r.start)
            return Role(first.country, None), f"before first role ({first.start})"
        return None, ""

    def title_on(self, date: str | None) -> str | None:
        role, _ = self.role_on(date)
        return role.title if role else None


@dataclass
class Agent:
    """A role noun ("minister", "warship", "rebel") and what it says about the actor."""

    words: str
    sector: str | None
    title: str | None = None
    generic: bool = False
    person: bool = False
    gender: str | None = None
    national: bool = False
    counterpart: bool = False
    owned: bool = False     # a facility or unit named by its owner ("army camp", "rebel positions")


@dataclass
class KnowledgeBase:
    """All entries, indexed for matching and for dated office lookups."""

    aliases: dict[str, list[tuple[Entry, bool]]] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)
    countries: dict[str, Entry] = field(default_factory=dict)
    offices: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    descriptions: dict[str, Any] = field(default_factory=dict)
    region_words: set[str] = field(default_factory=set)
    surnames: dict[str, list[Entry]] = field(default_factory=dict)
    # the last word of a family-name-first name ("Gwan" of "Kim Ung Gwan"): a clue to the
    # country of a person so named, never to the person
    given_names: dict[str, list[Entry]] = field(default_factory=dict)
    word_prefixes: set[str] = field(default_factory=set)   # keys of alias beginnings, by word
    first_names: dict[str, str] = field(default_factory=dict)   # given name -> m | f
    max_alias_tokens: int = 8
    agent_max_words: int = 4
    _word_lists: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def description_words(self, key: str) -> frozenset[str]:
        """One word list of descriptions.yaml (empty when the file does not have it), built once."""
        if key not in self._word_lists:
            self._word_lists[key] = frozenset((self.descriptions or {}).get(key) or ())
        return self._word_lists[key]

    def description_table(self, key: str) -> dict[str, Any]:
        """One mapping of descriptions.yaml (empty when the file does not have it)."""
        return dict((self.descriptions or {}).get(key) or {})

    # -- building -------------------------------------------------------------------------
    def add_alias(self, alias: str, entry: Entry, exact_case: bool | None = None) -> None:
        alias = alias.strip()
        if not alias:
            return
        if exact_case is None:
            exact_case = alias.replace(".", "").isupper() and len(alias.replace(".", "")) <= 5 \
                and entry.source not in ("phoenix_people", "phoenix_places")
        key = alias_key(alias)
        if exact_case:
            key = "=" + _SPACE.sub("", alias)
        bucket = self.aliases.setdefault(key, [])
        bucket.append((entry, exact_case))
        words = alias.lower().split()
        for n in range(1, len(words)):
            self.word_prefixes.add("".join(words[:n]))

    def add_entry(self, entry: Entry, aliases: list[str]) -> None:
        for alias in dict.fromkeys([entry.name, *aliases]):
            self.add_alias(alias, entry)
            rest = alias[4:]
            if alias.lower().startswith("the ") and rest and rest.lower() not in self.region_words:
                self.add_alias(rest, entry)     # but "the West" never becomes "West
        for role in entry.roles:
            if role.title and role.country:
                self.offices.setdefault((role.country, role.title), []).append(entry)

    # -- lookups ---------------------------------------------------------------------------
    def lookup(self, text: str) -> list[Entry]:
        """Entries for a surface text, best source first (exact-case acronyms included)."""
        found = [e for e, _ in self.aliases.get("=" + _SPACE.sub("", text), [])]
        found += [e for e, _ in self.aliases.get(alias_key(text), [])]
        found = list({id(e): e for e in found}.values())
        return sorted(found, key=lambda e: -e.priority)

    def holder(self, country: str, title: str, date: str | None) -> Entry | None:
        """The person holding ``title`` in ``country`` on ``date`` (latest holder if undated)."""
        best, best_start = None, ""
        for person in self.offices.get((country, title), []):
            for role in person.roles:
                if role.title != title or role.country != country:
                    continue
                ok = role.covers(date[:10]) if date else True
                if ok and (best is None or role.start > best_start):
                    best, best_start = person, role.start
        return best

    def name_gender(self, name: str) -> str | None:
        """``m``/``f`` from the given name of a full name ("Angela Merkel", "Judge Amy Barrett"),
        else None. Titles and abbreviations before it are passed over; one word is a surname."""
        words = name.split()
        for word in words[:-1]:
            low = word.lower()
            if low.endswith(".") or low in self.agents:
                continue
            return self.first_names.get(low)
        return None

    def country_name(self, iso3: str | None) -> str | None:
        entry = self.countries.get(iso3 or "")
        return entry.name if entry else iso3


# -- loading ---------------------------------------------------------------------------------
def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _load_countries(kb: KnowledgeBase) -> None:
    with open(DATA / "countries.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # a name the file gives one state is never another's official name ("Congo" is the DRC in
    # the file, though pycountry names the Republic of the Congo so)
    curated = {alias_key(n): row["iso3"] for row in rows for n in _split(row["names"])}
    for row in rows:
        iso3 = row["iso3"]
        names = _split(row["names"])
        official = pycountry.countries.get(alpha_3=iso3)
        extra = []
        if official is not None:
            extra = [n for n in (official.name, getattr(official, "official_name", ""),
                                 getattr(official, "common_name", ""))
                     if curated.get(alias_key(n), iso3) == iso3]
        regions = tuple(_split(row.get("regions")))
        kb.region_words.update(w for r in regions for w in r.split())
        state = Entry(names[0], "state", iso3, None, iso3, "countries",
                      PRIORITY["countries"], regions=regions)
        kb.countries[iso3] = state
        kb.add_entry(state, [n for n in names[1:] + extra if n])
        adjective = Entry(names[0], "state", iso3, None, iso3, "countries:adjective",
                          PRIORITY["countries"], regions=regions)
        for adj in _split(row["adjectives"]):
            kb.add_alias(adj, adjective)
        for cap in _split(row["capital"]):
            capital = Entry(cap, "capital", iso3, "GOV", iso3 + "GOV", "countries:capital",
                            PRIORITY["countries"] - 1)
            kb.add_alias(cap, capital)


def _yaml_entries(path: Path, source: str, priority: int) -> list[tuple[Entry, list[str]]]:
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [_entry_from_dict(d, source, priority) for d in items if isinstance(d, dict) and d.get("name")]


def _entry_from_dict(d: dict[str, Any], source: str, priority: int) -> tuple[Entry, list[str]]:
    roles = [Role(r.get("country"), r.get("sector"), str(r.get("start") or ""),
                  str(r.get("end") or ""), r.get("title")) for r in d.get("roles") or []]
    if d.get("start") or d.get("end") or d.get("title"):
        roles.append(Role(d.get("country"), d.get("sector"), str(d.get("start") or ""),
                          str(d.get("end") or ""), d.get("title")))
    code = d.get("code")
    kind = d.get("kind") or ("person" if roles else "igo" if code and str(code).startswith(("IGO", "NGO", "IMG")) else "group")
    country = d.get("country") or (roles[-1].country if roles else None)
    sector = d.get("sector") or (roles[-1].sector if roles else None)
    aliases = d.get("aliases") or []
    if isinstance(aliases, str):
        aliases = _split(aliases)
    entry = Entry(str(d["name"]), kind, country, sector, code, source, priority, roles,
                  d.get("gender"), tuple(d.get("kinds") or ()))
    return entry, [str(a) for a in aliases]


def _load_people_csv(kb: KnowledgeBase, path: Path, source: str, priority: int,
                     stop: set[str]) -> None:
    people: dict[str, tuple[Entry, list[str]]] = {}
    family_first = kb.description_words("family_name_first")
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = (row.get("name") or "").strip()
            if not name:
                continue
            if name not in people:
                people[name] = (Entry(name.title() if name.isupper() else name, "group",
                                      source=source, priority=priority,
                                      gender=row.get("gender") or None), [])
            entry, aliases = people[name]
            aliases.extend(_split(row.get("aliases")))
            role = Role(row.get("country") or None, row.get("sector") or None,
                        row.get("start") or "", row.get("end") or "", row.get("title") or None)
            entry.roles.append(role)
            if row.get("code"):
                entry.code = row["code"]
    for entry, aliases in people.values():
        state = _state_block(kb, entry)
        if state is not None:
            # a country block ("IRAQ" listing Mosul, Basra, Fallujah ...): each alias is a
            # place of that state, never a person
            for alias in aliases:
                if set(alias.lower().replace(",", " ").split()) - stop:
                    kb.add_alias(alias, Entry(alias.title() if alias.isupper() else alias,
                                              "place", state, None, state, source, priority))
            continue
        if any(r.start or r.end for r in entry.roles):
            entry.kind = "person"
        else:
            entry.country, entry.sector = entry.roles[0].country, entry.roles[0].sector
            entry.roles = []
        keep = [a for a in [entry.name, *aliases] if set(a.lower().replace(",", " ").split()) - stop]
        if keep:
            entry.name = keep[0].title() if keep[0].isupper() else keep[0]
            for alias in keep:
                kb.add_alias(alias, entry)
            words = entry.name.split()
            # the family name: the first word of a Chinese or Korean name ("Ban Ki Moon")
            first = bool({r.country for r in entry.roles} & family_first)
            surname = words[0] if first else words[-1]
            if entry.kind == "person" and len(words) >= 2 and words[0].lower() != "the":
                # ("The Islamic Front": a body listed with dated roles has no surname)
                if len(surname) >= 4 and surname.lower() not in stop:
                    kb.surnames.setdefault(alias_key(surname), []).append(entry)
                if first and len(words[-1]) >= 4 and words[-1].lower() not in stop:
                    kb.given_names.setdefault(alias_key(words[-1]), []).append(entry)
        for role in entry.roles:
            if role.title and role.country:
                kb.offices.setdefault((role.country, role.title), []).append(entry)


def _state_block(kb: KnowledgeBase, entry: Entry) -> str | None:
    """The ISO code when a Phoenix row with no sector in any role is named after a state of
    countries.csv (the Phoenix country files list a state's towns as its aliases), else None."""
    if any(r.sector for r in entry.roles):
        return None
    for found, _ in kb.aliases.get(alias_key(entry.name), []):
        if found.kind == "state" and found.source == "countries" and \
                any(r.country == found.country for r in entry.roles):
            return found.country
    return None


def _load_agents(kb: KnowledgeBase, items: list[dict[str, Any]]) -> None:
    for d in items:
        for words in d.get("words") or []:
            agent = Agent(str(words).lower(), d.get("sector"), d.get("title"), bool(d.get("generic")),
                          bool(d.get("person")), d.get("gender"), bool(d.get("national")),
                          bool(d.get("counterpart")), bool(d.get("owned")))
            # the tokenizer splits a hyphen ("secretary-general" -> secretary - general): the
            # role is looked up under its lemmas joined by spaces either way
            for key in dict.fromkeys((agent.words, agent.words.replace("-", " - "))):
                kb.agents[key] = agent
                kb.agent_max_words = max(kb.agent_max_words, len(key.split()))


def _load_phoenix_agents(kb: KnowledgeBase, skip: set[str]) -> None:
    """Role nouns converted from the Phoenix agents dictionary, for the words agents.yaml
    does not cover (agents.yaml always wins; ``skip`` lists entries we do not take)."""
    with open(DATA / "phoenix_agents.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            words = row["words"]
            if words in kb.agents or words in skip or not row["sector"] or len(words.split()) > 5:
                continue
            kb.agents[words] = Agent(words, row["sector"])
            kb.agent_max_words = max(kb.agent_max_words, len(words.split()))


def _load_extra(kb: KnowledgeBase, path: Path, stop: set[str]) -> None:
    if path.suffix.lower() == ".csv":
        _load_people_csv(kb, path, "extra", PRIORITY["extra"], stop)
        return
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if isinstance(items, dict):
        items = items.get("actors") or items.get("entries") or []
    _load_agents(kb, [d for d in items if isinstance(d, dict) and d.get("words")])
    for d in items:
        if isinstance(d, dict) and d.get("name"):
            entry, aliases = _entry_from_dict(d, "extra", PRIORITY["extra"])
            kb.add_entry(entry, aliases)


def ascii_name(name: str) -> str:
    """A romanised name as English news spells it, its transliteration marks dropped
    ("Kandahār" -> Kandahar, "Ma’rib" -> Marib, "Ḩaḑramawt" -> Hadramawt). A name with the
    accents of a Latin-script language ("Salé", "Štore") is left as it is: stripped it could be
    an English word."""
    marks = [c for c in unicodedata.normalize("NFKD", name) if unicodedata.combining(c)]
    if any(c not in TRANSLIT_DIACRITICS for c in marks):
        return name
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return "".join(c for c in folded if c not in TRANSLIT_MARKS)


# macron, dot below, breve below, cedilla, line below, acute on a final "a" is not among them:
# the marks of Arabic, Persian and Pashto romanisation (BGN/PCGN), and its ayn/hamza signs
TRANSLIT_DIACRITICS = frozenset("\u0304\u0323\u032e\u0327\u0331")
TRANSLIT_MARKS = frozenset("’‘ʻʼʿʾ`")


def _load_subdivisions(kb: KnowledgeBase, stop: set[str]) -> None:
    """Provinces and states from pycountry (romanised ASCII names, unambiguous, not generic
    words)."""
    generic = {"north", "south", "east", "west", "central", "northern", "southern", "eastern",
               "western", "capital", "province", "region", "district", "city", "state", "island",
               "islands", "upper", "lower", "coast", "river", "lake", "centre", "center", "new",
               "saint", "st", "national", "federal", "territory", "valley", "highlands"}
    seen: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        name = ascii_name(sub.name)
        if not name.isascii() or len(name) < 4 or "(" in name or "[" in name:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        key = alias_key(name)
        seen.setdefault(key, set()).add(country.alpha_3)
        names[key] = name
    for key, isos in seen.items():
        words = set(names[key].lower().replace("-", " ").split())
        if len(isos) != 1 or key in kb.aliases or \
                not (words - generic - stop - kb.region_words - STOP_WORDS):
            continue     # STOP_WORDS: "Most" (a Czech district) is mostly the determiner
        iso = next(iter(isos))
        kb.add_alias(names[key], Entry(names[key], "place", iso, None, iso, "pycountry:subdivision",
                                       PRIORITY["phoenix_places"] - 1))


def _drop_surname_subdivisions(kb: KnowledgeBase) -> None:
    """A province name that is also the surname of a known person ("Paul", "Moyo", "Nelson")
    is not an unambiguous place name: drop it, so "Pope John Paul" is no Cape Verde district."""
    for key in list(kb.aliases):
        if key in kb.surnames:
            bucket = [p for p in kb.aliases[key] if p[0].source != "pycountry:subdivision"]
            if bucket:
                kb.aliases[key] = bucket
            else:
                del kb.aliases[key]


def _prefer_curated(kb: KnowledgeBase, curated: dict[str, Entry]) -> None:
    """Phoenix aliases of a person we curate ("President Putin") now point to our entry."""
    for bucket in kb.aliases.values():
        for n, (entry, exact) in enumerate(bucket):
            if entry.source == "phoenix_people":
                mine = curated.get(alias_key(entry.name))
                if mine is not None:
                    bucket[n] = (mine, exact)
    for key, entries in kb.surnames.items():
        kb.surnames[key] = [curated.get(alias_key(e.name), e) for e in entries]


def load_knowledge_base(extra_files: tuple[str | Path, ...] = ()) -> KnowledgeBase:
    """Read every data file (and the user's extra YAML/CSV files, which override)."""
    kb = KnowledgeBase()
    _load_agents(kb, yaml.safe_load((DATA / "agents.yaml").read_text(encoding="utf-8")))
    kb.descriptions = yaml.safe_load((DATA / "descriptions.yaml").read_text(encoding="utf-8"))
    _load_countries(kb)
    stop = {"the", "of", "and", "a", "former", "mr", "mr.", "mrs", "ms", "dr"}
    stop |= {w for a in kb.agents for w in a.split()}
    stop |= {k for k in kb.aliases if k.isalpha()}
    with open(DATA / "phoenix_places.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            alias = row["alias"]
            if alias.lower().startswith("the "):
                alias = alias[4:]
            if alias_key(alias) in kb.aliases or alias.lower() in stop:
                continue
            kb.add_alias(alias, Entry(alias.title(), "place", row["country"], None, row["country"],
                                      "phoenix_places", PRIORITY["phoenix_places"]))
    _load_subdivisions(kb, stop)
    _load_people_csv(kb, DATA / "phoenix_groups.csv", "phoenix_groups",
                     PRIORITY["phoenix_groups"], stop)
    _load_people_csv(kb, DATA / "phoenix_people.csv", "phoenix_people",
                     PRIORITY["phoenix_people"], stop)
    _drop_surname_subdivisions(kb)
    for name in ("seats", "igos", "places"):
        for entry, aliases in _yaml_entries(DATA / f"{name}.yaml", name, PRIORITY[name]):
            if name in ("seats", "places"):
                entry.kind = "seat" if entry.sector else "place"
                entry.code = (entry.country or "") + (entry.sector or "")
            else:
                entry.kind = "igo"
            kb.add_entry(entry, aliases)
    for entry, aliases in _yaml_entries(DATA / "media.yaml", "media", PRIORITY["media"]):
        entry.kind, entry.sector, entry.code = "group", "JRN", "JRN"    # news outlets
        kb.add_entry(entry, aliases)
    curated: dict[str, Entry] = {}
    for path in sorted(DATA.glob("people*.yaml")):
        for entry, aliases in _yaml_entries(path, "people", PRIORITY["people"]):
            entry.kind = "person"
            kb.add_entry(entry, aliases)
            curated[alias_key(entry.name)] = entry
    _prefer_curated(kb, curated)
    _load_phoenix_agents(kb, kb.description_words("phoenix_agents_skip"))
    with open(DATA / "first_names.csv", encoding="utf-8") as fh:
        kb.first_names = {row["name"]: row["gender"] for row in csv.DictReader(fh)}
    for extra in extra_files:
        _load_extra(kb, Path(extra), stop)
    for bucket in kb.aliases.values():
        bucket.sort(key=lambda pair: -pair[0].priority)
    return kb
