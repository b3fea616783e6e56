"""Finds knowledge-base names in a spaCy Doc: longest match over tokens, case-aware.

Keys ignore whitespace and case (so spaCy's tokenisation need not match the alias's); acronyms
such as "US", "UN", "WHO" match only in exactly that case, and names need a capital letter.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from onrecord.actors.kb import Entry, KnowledgeBase
from onrecord.nlp import furniture_tokens


@dataclass
class Hit:
    """A run of tokens doc[start:end] naming one or more knowledge-base entries (best first)."""

    start: int
    end: int
    entries: list[Entry]


def _has_capital(text: str) -> bool:
    return text[:1].isupper() or (len(text) > 1 and text.isupper())


def find_hits(doc: Doc, kb: KnowledgeBase) -> dict[int, Hit]:
    """Every token covered by a knowledge-base name -> its Hit (longest match, left to right)."""
    aliases, prefixes = kb.aliases, kb.word_prefixes
    limit = kb.max_alias_tokens
    texts, lowers, spaced, skip, starts = [], [], [], [], []
    furniture = furniture_tokens(doc)
    for t in doc:
        texts.append(t.text)
        lowers.append(t.lower_)
        spaced.append(bool(t.whitespace_))
        skip.append(t.is_punct or t.is_space or t.like_num or t.i in furniture)
        starts.append(t.is_sent_start)
    by_token: dict[int, Hit] = {}
    n = len(doc)
    particles = kb.description_words("name_particles")
    articles = kb.description_words("name_articles")
    i = 0
    while i < n:
        if skip[i]:
            i += 1
            continue
        # "The" carries no name's capital: "The union" is no name, "The Hague" is
        article = lowers[i] in articles
        capital = (not article and _has_capital(texts[i])) or \
            _particle_before_name(i, lowers, texts, particles)
        best: tuple[int, list[Entry]] | None = None
        key, raw = "", ""
        for j in range(i, min(n, i + limit)):
            if j > i and (starts[j] or texts[j].isspace()):
                break
            key += lowers[j]
            raw += texts[j]
            if article and j > i and not capital:
                capital = _has_capital(texts[j])
            found: list[Entry] = [e for e, _ in aliases.get("=" + raw, ())]
            if capital:
                found += [e for e, exact in aliases.get(key, ()) if not exact]
            if found:
                best = (j + 1, found)
            if spaced[j] and key not in prefixes:
                break       # no name goes on past this word
        if best is None:
            best = _hyphen_leader(texts[i], i, aliases, kb)
        if best is None:
            i += 1
            continue
        end, entries = best
        if _tail_of_longer_name(doc, i, by_token, entries) or \
                _head_of_longer_name(doc, end, entries, kb) or \
                _first_name(doc, i, end, entries, by_token):
            i += 1
            continue
        entries = sorted({id(e): e for e in entries}.values(), key=lambda e: -e.priority)
        hit = Hit(i, end, entries)
        for k in range(i, end):
            by_token[k] = hit
        i = end
    return _without_unsupported_initial_role_names(by_token, doc, kb, articles)


def _without_unsupported_initial_role_names(by_token: dict[int, Hit], doc: Doc, kb: KnowledgeBase,
                                            articles: frozenset[str]) -> dict[int, Hit]:
    """A sentence-initial "The Union" (an article and one role noun of another sector, kb.agents)
    is the body of that alias only when the document names the body some other way too ("...
    in Brussels"): alone it is the role noun ("The Union demanded higher wages": a trade
    union; a capital at a sentence's start says little)."""
    hits = {id(h): h for h in by_token.values()}.values()
    for hit in list(hits):
        i = hit.start
        if hit.end - i != 2 or not doc[i].is_sent_start or doc[i].lower_ not in articles:
            continue
        agent = kb.agents.get(doc[i + 1].lower_)
        if agent is None or any(e.sector == agent.sector for e in hit.entries):
            continue        # ("The Kremlin": the role noun names the same kind of body)
        ids = {id(e) for e in hit.entries}
        if not any(h is not hit and ids & {id(e) for e in h.entries} for h in hits):
            for k in range(hit.start, hit.end):
                del by_token[k]
    return by_token


def _particle_before_name(i: int, lowers: list[str], texts: list[str], particles: frozenset[str]) -> bool:
    """"al-Qaeda", "el-Nour", "al Shabaab": a lower-case name particle (descriptions.yaml
    name_particles) opens a name when the word after it (past a hyphen) is capitalised."""
    if lowers[i] not in particles:
        return False
    j = i + 1 + (i + 1 < len(texts) and texts[i + 1] == "-")
    return j < len(texts) and _has_capital(texts[j])


BODY_KINDS = frozenset({"seat"})     # bodies keep their variants ("International Red Cross")
# a longer unknown name may end in these kinds' names ("the Karen Union" is not "the Union")
TAIL_KINDS = BODY_KINDS | {"igo"}
NAME_ENTS = frozenset({"ORG", "FAC"})
PLACE_KINDS = frozenset({"state", "capital", "place"})   # kinds a given name can clash with


def _tail_of_longer_name(doc: Doc, i: int, by_token: dict[int, Hit], entries: list[Entry]
                         ) -> bool:
    """A seat's name ending a longer organisation name that is not in the knowledge base ("the
    Andean Farmers Congress", "the World Jewish Congress" are not the US Congress): the word
    before it is a capitalised, unmatched part of the same named entity. A state's adjective
    or another known name before it ("the US Congress") does not count. So for a body's short
    name: "the Democratic Union" is not the European Union ("the Union")."""
    if i == 0 or not entries or not all(e.kind in TAIL_KINDS for e in entries):
        return False
    tok, prev = doc[i], doc[i - 1]
    return tok.ent_iob_ == "I" and tok.ent_type_ in NAME_ENTS and prev.ent_type_ == tok.ent_type_ \
        and (i - 1) not in by_token and prev.pos_ == "PROPN" and _has_capital(prev.text)


def _head_of_longer_name(doc: Doc, end: int, entries: list[Entry], kb: KnowledgeBase) -> bool:
    """A seat's name opening a longer organisation name that is not in the knowledge base ("the
    Department of State Services" is not the US Department of State): the word after it is a
    capitalised part of the same named entity and no role noun ("the Pentagon Press Secretary"
    is still the Pentagon's)."""
    if end >= len(doc) or not entries or not all(e.kind in BODY_KINDS for e in entries):
        return False
    last, nxt = doc[end - 1], doc[end]
    return nxt.ent_iob_ == "I" and nxt.ent_type_ in NAME_ENTS and last.ent_type_ == nxt.ent_type_ \
        and nxt.pos_ == "PROPN" and _has_capital(nxt.text) and nxt.lemma_.lower() not in kb.agents \
        and nxt.lower_ not in kb.agents


def _first_name(doc: Doc, start: int, end: int, entries: list[Entry],
                by_token: dict[int, Hit]) -> bool:
    """A place's name inside a person's name ("Milan Kucan", "Jordan Bardella", "Ricardo
    Lagos", "Jim Jordan"): the tagger reads the place and a capitalised name next to it as one
    person, so the place is a given name or a surname, not the person's country. The name next
    to it must not be a known name itself."""
    if not entries or not all(e.kind in PLACE_KINDS and not e.source.endswith(":adjective")
                              for e in entries):
        return False        # (a nationality word is no name: "Estonian MEP")
    first = doc[start]
    if first.ent_type_ != "PERSON":
        return False
    if first.ent_iob_ == "B" and end < len(doc):
        nxt = doc[end]
        if nxt.ent_iob_ == "I" and nxt.ent_type_ == "PERSON" and nxt.pos_ == "PROPN" \
                and _has_capital(nxt.text):
            return True
    if first.ent_iob_ == "I" and start > 0 and (end >= len(doc) or doc[end].ent_iob_ != "I"):
        prev = doc[start - 1]
        return prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN" and _has_capital(prev.text) \
            and (start - 1) not in by_token
    return False


def _hyphen_leader(text: str, i: int, aliases: dict, kb: KnowledgeBase
                   ) -> tuple[int, list[Entry]] | None:
    """"U.S.-led", "Hamas-run" kept as one token: the name before the hyphen, when the participle
    after it says that name leads or runs the group (descriptions.yaml leader_participles)."""
    if "-" not in text[1:]:
        return None
    name, _, participle = text.rpartition("-")
    if participle.lower() not in kb.description_words("leader_participles"):
        return None
    if not name or not _has_capital(name):
        return None
    found = [e for e, _ in aliases.get("=" + name, ())] + \
        [e for e, exact in aliases.get(name.lower(), ()) if not exact]
    return (i + 1, found) if found else None
