"""Coreference inside one document: pronouns, descriptions, counterparts, pairs, surnames.

Works on spaCy's parse and morphology over the mentions resolved so far (document order).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from onrecord.actors.kb import KnowledgeBase
from onrecord.actors.model import Mention

if TYPE_CHECKING:
    from onrecord.actors.resolver import Clues

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
ORG_KINDS = {"state", "capital", "seat", "igo", "group", "place", "modified"}
STATE_KINDS = {"state", "capital", "modified", "place"}
DEFINITE = {"the", "this", "that", "these", "those"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj"}
PREDICATIVE_DEPS = frozenset({"attr", "oprd", "appos", "acomp"})   # the same one as the subject
PAIR_WINDOW = 2    # "the sides": parties named in this or the two sentences before
PERSON_PAIR = {"man", "woman", "leader", "president", "minister", "prime minister",
               "foreign minister", "official", "diplomat", "counterpart", "head", "chief",
               "envoy", "defence minister", "defense minister"}


@dataclass
class DocState:
    """Mentions seen so far in one document, and the story's country counts."""

    doc: Doc
    date: str | None
    history: list[Mention] = field(default_factory=list)
    by_head: dict[int, Mention] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    doc_counts: Counter = field(default_factory=Counter)
    first_seen: dict[str, int] = field(default_factory=dict)
    uncounted: set[int] = field(default_factory=set)    # heads of names that place no story
    _quoted: list[bool] | None = None

    def quoted(self, i: int) -> bool:
        """Whether token ``i`` stands inside quotation marks of its paragraph (more opening than
        closing curly marks before it, or an odd number of straight ones); one pass per doc."""
        if self._quoted is None:
            self._quoted = _quote_parity(self.doc)
        return self._quoted[i]

    def remember(self, m: Mention) -> None:
        self.by_head[m.head] = m
        for part in m.members or [m]:
            if part.name or part.country or part.code:
                self.history.append(part)
            if part.country and part.head not in self.uncounted and part.kind in (
                    "state", "capital", "modified", "seat", "agent", "person", "place"):
                self.counts[part.country] += 1

    def story_country(self) -> str | None:
        """The document's most named country (first named on a tie), None when there is none."""
        counts = self.doc_counts or self.counts
        if not counts:
            return None
        ranked = sorted(counts.values(), reverse=True)
        top = ranked[0]
        if len(ranked) > 1 and top < 2 * ranked[1]:
            return None     # no dominant country: better unknown than wrong
        return min((c for c, n in counts.items() if n == top),
                   key=lambda c: self.first_seen.get(c, 1 << 30))


def take_identity(m: Mention, src: Mention, reason: str) -> Mention:
    """``m`` now names whom ``src`` names (name, country, sector, code, title, gender)."""
    m.name, m.country, m.sector, m.code = src.name, src.country, src.sector, src.code
    m.title = m.title or src.title
    m.gender = m.gender or src.gender
    m.reason = reason
    return m


class Coreference:
    """The coreference rules; ``start`` a state per document, then resolve in order."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.state_nouns = kb.description_words("state_nouns")
        self.igo_nouns = kb.description_words("igo_nouns")
        self.pair_nouns = kb.description_words("person_plural_nouns")
        self.collective_nouns = kb.description_words("collective_plural_nouns")
        self.pair_words = kb.description_words("pair_words")
        self.country_pair_nouns = kb.description_words("country_pair_nouns")
        self.bare_pair_words = kb.description_table("bare_pair_words")
        self.member_nouns = kb.description_words("member_nouns")
        self.neuter_agents = kb.description_words("neuter_agents")
        self.place_nouns = kb.description_words("place_nouns")
        self.body_nouns = kb.description_words("body_nouns")
        self.hostile_verbs = kb.description_words("hostile_verbs")
        self.attack_target_preps = kb.description_words("attack_target_preps")
        self.body_sectors = kb.description_words("body_sectors")
        self.voice_titles = kb.description_words("voice_titles")
        self.home_facing = kb.description_words("home_facing_sectors")

    def start(self, doc: Doc, date: str | None) -> DocState:
        return DocState(doc, date)

    # -- pronouns ------------------------------------------------------------------------------
    def pronoun(self, m: Mention, tok: Token, state: DocState) -> Mention | None:
        low = tok.lower_
        window = 3 if low in MALE | FEMALE else 2
        best, best_score = None, None
        excluded: set[str] = set()
        verbs = _clause_verbs(tok.head)
        # (an object "her" is no possessive: "pardoned her")
        objective = tok.dep_ in OBJECT_DEPS and low not in ("his", "its", "their")
        if objective:
            for cand in state.history:
                cand_tok = _phrase_root(state.doc, cand)
                if cand_tok is not None and cand_tok.head.i in verbs \
                        and cand_tok.dep_ in SUBJECT_DEPS and cand.name:
                    excluded.add(cand.name)     # "Macron told him": him is not Macron
        attacker = self._attacker(tok)
        narrated = low in MALE | FEMALE and not state.quoted(tok.i)
        for cand in reversed(state.history):
            if cand.name and cand.name in excluded:
                continue
            if cand.token_end > tok.i or m.sentence - cand.sentence > window:
                continue
            if narrated and cand.head >= 0 and state.quoted(cand.head):
                continue    # '"I owe nothing to Women's Lib," she said': a name quoted is
                #             someone the quote speaks of, not whom the narration's "she" is
            if attacker is not None and cand.head == attacker.i:
                continue        # "guerrillas attacked their patrol": not the guerrillas
            if not self._agrees(low, cand):
                continue
            if objective and low not in ("himself", "herself", "itself", "themselves"):
                cand_head = _phrase_root(state.doc, cand)
                if cand_head is not None and cand_head.head.i in verbs \
                        and cand_head.dep_ in SUBJECT_DEPS:
                    continue        # "Putin told him": him is not Putin
            score = -10 * (m.sentence - cand.sentence)
            cand_tok = state.doc[cand.head] if cand.head >= 0 else None
            if cand_tok is not None and cand_tok.dep_ in SUBJECT_DEPS:
                score += 4
            if cand.name:
                score += 1
            score += cand.token_start / 10000
            if best_score is None or score > best_score:
                best, best_score = cand, score
        if best is None and low in PLURAL:
            return self._coordinated(m, tok, state, window)
        if best is None:
            return None
        take_identity(m, best, f"pronoun '{tok.text}' -> '{best.text}' (sentence {best.sentence})")
        if best.members:
            m.members = [self._local(m, part) for part in best.members]
        m.plural = best.plural or low in PLURAL
        return m

    def _attacker(self, tok: Token) -> Token | None:
        """The subject of a hostile verb (descriptions.yaml hostile_verbs) whose object or
        "on"/"at"/"against" phrase the possessive ``tok`` sits in ("attacked their patrol",
        "fired on its convoy"); else None."""
        if tok.dep_ != "poss":
            return None
        phrase = tok.head
        if phrase.dep_ == "pobj" and phrase.head.lower_ in self.attack_target_preps:
            verb = phrase.head.head
        elif phrase.dep_ == "dobj":
            verb = phrase.head
        else:
            return None
        if verb.lemma_.lower() not in self.hostile_verbs:
            return None
        return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)

    def _coordinated(self, m: Mention, tok: Token, state: DocState, window: int) -> Mention | None:
        """'they' for the last coordinated actors ("Mauritania and Senegal ... they")."""
        doc = state.doc
        for cand in reversed(state.history):
            if cand.token_end > tok.i or m.sentence - cand.sentence > window or cand.head < 0:
                continue
            conj = [state.by_head.get(c.i) for c in doc[cand.head].conjuncts]
            group = [x for x in conj if x is not None and (x.name or x.country or x.code)]
            if not group:
                continue
            parts = sorted([cand, *group], key=lambda x: x.token_start)
            m.members = [self._local(m, part) for part in parts]
            take_identity(m, parts[0], f"pronoun '{tok.text}' -> " + " + ".join(p.text for p in parts))
            m.plural = True
            return m
        return None

    @staticmethod
    def _local(m: Mention, src: Mention) -> Mention:
        part = Mention(m.text, m.start, m.end, m.token_start, m.token_end, head=m.head,
                       sentence=m.sentence, kind=src.kind)
        return take_identity(part, src, f"'{m.text}' -> '{src.text}'")

    def _agrees(self, low: str, cand: Mention) -> bool:
        if low in MALE or low in FEMALE:
            want = "m" if low in MALE else "f"
            return cand.kind == "person" and not cand.plural and cand.gender in (None, want)
        if low in NEUTER:
            return not cand.plural and (cand.kind in ORG_KINDS or cand.kind == "agent" and
                                        cand.text.lower().split()[-1] in self.neuter_agents)
        return cand.plural or cand.kind == "igo"

    def home_country(self, state: DocState) -> str | None:
        """The one country of the rebel, opposition and other people of a state named so far
        (descriptions.yaml home_facing_sectors): with no state named before, "the government"
        they face is theirs ("the Khmer Rouge ... the government", "South Korean students
        protested against the government's plan")."""
        # (a seat is an institution, not people: "the Pope" faces no government of his own)
        found = {x.country for x in state.history if x.country and x.sector in self.home_facing
                 and x.kind != "seat"}
        return next(iter(found)) if len(found) == 1 else None

    # -- descriptions -------------------------------------------------------------------------
    def description(self, m: Mention, head: Token, clues: Clues, state: DocState,
                    date: str | None) -> Mention | None:
        lemma = head.lemma_.lower()
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod", "quantmod")}
        # (a role noun as a compound modifier, "a government offer", is the one government)
        definite = bool(dets & DEFINITE) or any(c.dep_ == "poss" for c in head.children) or \
            head.dep_ == "compound"
        agent = clues.agent
        # "the member nations": the body named last (within three sentences)
        if lemma in self.member_nouns and any(c.lower_ in ("member", "members")
                                               for c in head.children if c.i < head.i):
            for cand in reversed(state.history):
                if cand.kind == "igo" and m.sentence - cand.sentence <= 3 and \
                        cand.token_end <= m.token_start and not self._locative(state.doc, cand):
                    out = take_identity(m, cand, f"members '{m.text}' -> '{cand.text}'")
                    out.kind = "igo"
                    return out
        # "the two presidents", "both men"
        if m.plural and (dets & {"two", "both", "three"}) and (lemma in self.pair_nouns or agent) \
                and (definite or "both" in dets):      # not "at least two states"
            pair = self._pair(m, lemma, state, 3 if "three" in dets else 2)
            if pair:
                return pair
        # "the sides", "the neighbours", "the pair": the two parties named just before
        elif self._collective(head, lemma, dets, m.plural):
            pair = self._pair(m, lemma, state, 2, window=PAIR_WINDOW)
            if pair:
                return pair
        # "his French counterpart"
        if agent is not None and agent.counterpart:
            return self._counterpart(m, head, clues, state, date)
        explicit_country = bool(clues.countries)
        # "the alliance", "the military bloc"
        if definite and not explicit_country and clues.igo is None and (
                lemma in self.igo_nouns or self._compound_phrase(head) in self.igo_nouns):
            phrase = self._compound_phrase(head)
            for wanted in dict.fromkeys([phrase, lemma]):
                for cand in reversed(state.history):
                    if cand.kind != "igo" or self._locative(state.doc, cand):
                        continue
                    entry = self._igo_entry(cand)
                    if entry is not None and wanted in entry.kinds:
                        out = take_identity(m, cand, f"description '{m.text}' -> '{cand.text}'")
                        out.kind = "igo"
                        return out
        # "the group", "the movement": the armed or opposition group named last
        if definite and not explicit_country and clues.igo is None and not m.plural and \
                lemma in self.body_nouns and not any(c.dep_ == "prep" for c in head.children):
            found = self._body(m, state)
            if found is not None:
                return found
        # "the capital", "the town": the place named last (three sentences), else the story's
        if definite and not explicit_country and lemma in self.place_nouns and not m.plural \
                and agent is None:
            for cand in reversed(state.history):
                if m.sentence - cand.sentence > 3:
                    break
                if cand.kind in ("capital", "place") and cand.country and cand.token_end <= m.token_start:
                    m.country, m.code, m.kind = cand.country, cand.country, "place"
                    m.reason = f"place '{m.text}' -> '{cand.text}' (sentence {cand.sentence})"
                    return m
            story = state.story_country()
            if story is not None:
                m.country, m.code, m.kind = story, story, "place"
                m.reason = f"place '{m.text}' in the story's country ({story})"
                return m
        # "the country", "the Baltic state", "the kingdom"
        if definite and not explicit_country and lemma in self.state_nouns and not m.plural \
                and not m.country:
            region = " ".join(c.lower_ for c in head.children if c.dep_ in ("amod", "compound"))
            sector = clues.agent.sector if clues.agent and lemma in ("government", "regime") else None
            for cand in reversed(state.history):
                if cand.kind not in STATE_KINDS or not cand.country:
                    continue
                if cand.sector == sector and _clause_subject(state.doc, cand, head):
                    continue    # "the US has not blamed the country's government": not the US
                entry = self.kb.countries.get(cand.country)
                if region and (entry is None or not any(region in r for r in entry.regions)):
                    if any(w in self.kb.region_words for w in region.split()):
                        continue
                out = take_identity(m, cand, f"description '{m.text}' -> '{cand.text}'")
                out.name = self.kb.country_name(cand.country)
                out.sector = sector
                out.code = cand.country + (out.sector or "")
                out.kind = "state"
                return out
            story = state.story_country() or self.home_country(state)
            if story is not None and clues.agent is not None and clues.agent.sector == "GOV":
                # no state named before: "the government" of the story's country
                m.country, m.name = story, self.kb.country_name(story)
                m.code = story + (m.sector or "")
                m.reason += f"; country of the story ({story})"
                return m
        # "the Russian leader", "the US president", "the minister"
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None and m.kind == "person":
            owner = state.by_head.get(poss.i)
            if owner is not None and owner.country and not explicit_country:
                m.country = owner.country
                m.code = m.country + (m.sector or "")
                m.reason += f"; possessor '{poss.text}' -> {owner.country}"
                explicit_country = True
            if m.title and m.country and not (clues.former or clues.then):
                holder = self.kb.holder(m.country, m.title, date)
                if holder is not None and holder.name != (owner.name if owner else None):
                    m.name = holder.name
                    m.reason += f"; {m.title} of {m.country} on {date or 'latest'}: {holder.name}"
            return m
        if m.kind == "person" and not m.name and not m.plural and (definite or m.title) \
                and not _office_named(head, dets):
            # (a former or "then" office holder is not the one in office on the article's date)
            holder = self.kb.holder(m.country, m.title, date) if m.title and m.country \
                and explicit_country and not (clues.former or clues.then) else None
            for cand in reversed(state.history):
                if cand.kind != "person" or not cand.name or cand.plural:
                    continue
                if holder is not None and not cand.title and cand.name != holder.name:
                    continue    # "the Egyptian foreign minister": the known holder of that
                    # office, not an earlier person of no known title
                if self._igo_entry(cand) is not None:
                    continue    # "head of the World Bank": an unnamed person, the body's name
                if _clause_subject(state.doc, cand, head):
                    continue    # "Trump praised the president": not Trump
                if explicit_country and cand.country != m.country:
                    continue
                if m.title and cand.title and m.title != cand.title:
                    continue
                if not m.title and cand.title and agent is not None and not agent.generic \
                        and head.lemma_.lower() not in cand.title.split():
                    continue    # "the envoy" is not the president; "the minister" may be
                    # the foreign minister, "the leader" (generic) any office holder
                if not m.title and m.sector and cand.sector and m.sector != cand.sector:
                    continue
                if m.title and not cand.title and cand.sector != m.sector:
                    continue
                if m.gender and cand.gender and m.gender != cand.gender:
                    continue
                out = take_identity(m, cand, f"description '{m.text}' -> '{cand.text}' (sentence {cand.sentence})")
                out.country = m.country if explicit_country else cand.country
                return out
            if holder is not None:
                m.name = holder.name
                m.gender = m.gender or holder.gender
                m.reason += f"; {m.title} of {m.country} on {date or 'latest'}: {holder.name}"
        if not (m.name or m.country or m.sector or m.code):
            return None
        return m

    def voice_of(self, m: Mention, state: DocState) -> Mention | None:
        """"The spokesman" with no country of its own speaks for the state body of its sector
        named last before it (two sentences; descriptions.yaml voice_titles)."""
        if m.title not in self.voice_titles:
            return None
        for cand in reversed(state.history):
            if m.sentence - cand.sentence > 2:
                break
            if cand.token_end <= m.token_start and cand.kind == "agent" and cand.country \
                    and cand.sector == m.sector and not self._locative(state.doc, cand):
                return cand
        return None

    def _body(self, m: Mention, state: DocState) -> Mention | None:
        """The non-state group (descriptions.yaml body_sectors) named last before ``m`` within
        two sentences, taken as ``m``'s identity; None when there is none."""
        for cand in reversed(state.history):
            if m.sentence - cand.sentence > 2:
                break
            if cand.token_end <= m.token_start and cand.kind in ("group", "seat") and \
                    cand.sector in self.body_sectors:
                out = take_identity(m, cand, f"description '{m.text}' -> '{cand.text}'")
                out.kind = cand.kind
                return out
        return None

    @staticmethod
    def _locative(doc: Doc, cand: Mention) -> bool:
        """A place where something happens ("met in Brussels"), not an actor."""
        tok = doc[cand.head] if cand.head >= 0 else None
        return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")

    def _compound_phrase(self, head: Token) -> str:
        words = [c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
        return " ".join([*words, head.lemma_.lower()])

    def _igo_entry(self, cand: Mention):
        found = self.kb.lookup(cand.name or "")
        return next((e for e in found if e.kind == "igo"), None)

    def bare_pair_head(self, head: Token) -> bool:
        """True for "the two" or "both" standing alone as a clause argument
        (descriptions.yaml bare_pair_words): not "two were killed", "both of them", "both
        sides" (the noun is then the head)."""
        word = head.lower_
        if word not in self.bare_pair_words or head.pos_ not in ("NUM", "PRON", "DET") or \
                head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return False
        if any(c.dep_ == "prep" for c in head.children):
            return False
        return head.pos_ != "NUM" or any(
            c.dep_ in ("det", "predet") and c.lower_ in DEFINITE | {"all"} for c in head.children)

    def bare_pair(self, m: Mention, head: Token, state: DocState) -> Mention | None:
        """The parties "the two" or "both" stands for: the latest distinct ones named in this
        or the two sentences before, as for "the two sides"."""
        m.plural = True
        return self._pair(m, "side", state, int(self.bare_pair_words[head.lower_]),
                          window=PAIR_WINDOW)

    def _collective(self, head: Token, lemma: str, dets: set[str], plural: bool) -> bool:
        """"the sides", "both neighbours", "the pair": a definite collective noun for parties
        (not "the sides of the border", "one side")."""
        if not dets & {"the", "both", "these"}:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return False
        return (plural and lemma in self.collective_nouns) or (not plural and lemma in self.pair_words)

    def _pair(self, m: Mention, lemma: str, state: DocState, n: int,
              window: int | None = None) -> Mention | None:
        want_person = lemma in PERSON_PAIR
        # two sides are two countries (two people of one country only when no two countries
        # were named: rivals in an election); two presidents are two people
        modes = [False] if want_person or lemma in self.country_pair_nouns else [False, True]
        picked: list[Mention] = []
        for people_ok in modes:
            picked = self._pick(m, state, n, want_person, people_ok, window)
            if len(picked) == n:
                break
        if len(picked) < n:
            return None
        picked.reverse()
        members = []
        for cand in picked:
            part = Mention(m.text, m.start, m.end, m.token_start, m.token_end, head=m.head,
                           sentence=m.sentence, kind=cand.kind, plural=False)
            take_identity(part, cand, f"'{m.text}' -> '{cand.text}'")
            if lemma in self.country_pair_nouns and part.country and part.kind != "state":
                # "the two countries" after "its ambassador": the ambassador's country
                part.kind, part.name, part.title = "state", self.kb.country_name(part.country), None
                part.sector = "GOV" if lemma == "government" else None
                part.code = part.country + (part.sector or "")
            members.append(part)
        first = members[0]
        m.name, m.country, m.sector, m.code = first.name, first.country, first.sector, first.code
        m.kind, m.members = "description", members
        m.reason = f"'{m.text}' -> " + " + ".join(p.name or p.country or "?" for p in members)
        return m

    def _pick(self, m: Mention, state: DocState, n: int, want_person: bool, people_ok: bool,
              window: int | None) -> list[Mention]:
        """The ``n`` latest distinct parties before ``m`` (within ``window`` sentences)."""
        picked: list[Mention] = []
        for cand in reversed(state.history):
            if cand.token_end > m.token_start:
                continue
            if window is not None and m.sentence - cand.sentence > window:
                break
            if want_person and cand.kind != "person":
                continue
            if not want_person and (cand.kind not in STATE_KINDS | {"person"} or not cand.country
                                    or cand.kind == "place" or self._locative(state.doc, cand)):
                continue      # "the two sides": parties with a country, not where they met
            if cand.plural or not all(_distinct(p, cand, want_person, people_ok) for p in picked):
                continue
            picked.append(cand)
            if len(picked) == n:
                break
        return picked

    def _counterpart(self, m: Mention, head: Token, clues: Clues, state: DocState,
                     date: str | None) -> Mention | None:
        owner = None
        for child in head.children:
            if child.dep_ == "poss":
                owner = state.by_head.get(child.i)
        if owner is None:
            # "met ... and her counterpart" with no possessor: the clause subject
            for cand in reversed(state.history):
                if cand.kind == "person" and cand.sentence == m.sentence:
                    owner = cand
                    break
        m.kind = "person"
        if clues.countries:
            m.country = clues.countries[0][0]
        if owner is not None:
            m.sector = owner.sector
            m.title = owner.title
            m.reason = f"counterpart of '{owner.name or owner.text}'"
        else:
            m.reason = "counterpart"
        if m.country and m.title:
            holder = self.kb.holder(m.country, m.title, date)
            if holder is not None:
                m.name = holder.name
                m.gender = holder.gender
                m.reason += f"; {m.title} of {m.country} on {date or 'latest'}: {holder.name}"
        if m.country:
            m.code = m.country + (m.sector or "")
        return m if (m.country or m.name) else None

    # -- names -------------------------------------------------------------------------------
    def surname(self, m: Mention, head: Token, state: DocState) -> Mention | None:
        """A short form after a full name ("Jawara" after "Dawda Jawara"; failing that, a family
        name written first: "Choe" after "Choe Son-hui"), or the same full name placed earlier
        ("North Korean official Kim Yong-chol ... Kim Yong-chol said")."""
        full = (m.name or "").lower()
        if len(full.split()) > 1:
            for cand in reversed(state.history):
                if cand.kind == "person" and (cand.name or "").lower() == full \
                        and (cand.country or cand.sector):
                    take_identity(m, cand, f"as '{cand.text}' (sentence {cand.sentence})")
                    return cand
        last = head.text.lower()
        for place in (-1, 0):
            for cand in reversed(state.history):
                if cand.kind != "person" or not cand.name or \
                        cand.name.lower() == (m.name or "").lower():
                    continue
                words = cand.name.lower().split()
                if len(words) > 1 and words[place] == last:
                    take_identity(m, cand, f"short form of '{cand.name}' (sentence {cand.sentence})")
                    return cand
        return None

    @staticmethod
    def merge_apposition(first: Mention | None, second: Mention, doc: Doc | None = None) -> None:
        """"Sergei Lavrov, Russia's foreign minister" / "his adviser, H.R. McMaster": one actor."""
        if first is None:
            return
        pair = (first, second) if first.name and first.kind == "person" else (second, first)
        if _acts_for_body(pair[0]) and not _acts_for_body(pair[1]):
            pair = (pair[1], pair[0])   # the description is the one naming a body
        named, desc = pair
        if named.kind != "person" or not named.name or desc.kind not in ("person", "agent"):
            return
        if doc is not None and second.token_start == first.token_end + 1 \
                and doc[first.token_end].text == ",":
            # "Petra Kovacs, the Hungarian envoy": one phrase names one actor, the span runs over both
            first.end, first.token_end = second.end, second.token_end
            first.text = doc.text[first.start:first.end]
        if _acts_for_body(desc):
            # "the UN human rights chief, Michelle Bachelet": she acts for the body the
            # description names, not for the state of her earlier offices (PLOVER codes an
            # international official by the organisation)
            named.country, named.sector, named.code = None, desc.sector, desc.code
            named.reason += f"; acting for the body of '{desc.text}'"
            desc.name = named.name
            desc.reason += f"; apposition '{named.text}'"
            return
        if not desc.name:
            desc.name = named.name
            desc.reason += f"; apposition '{named.text}'"
            if not desc.country and named.country:
                # "the then president, Goodluck Jonathan": the description is that person
                desc.country, desc.sector = named.country, desc.sector or named.sector
                desc.code = desc.country + (desc.sector or "")
        if not named.country and desc.country:
            named.country, named.sector = desc.country, named.sector or desc.sector
            named.code = named.country + (named.sector or "")
            named.title = named.title or desc.title
            named.reason += f"; apposition '{desc.text}'"


def _office_named(head: Token, dets: set[str]) -> bool:
    """A bare title as a predicate ("is to be named prime minister", "sworn in as president",
    "became foreign minister"): it names the office someone takes, not a person met before."""
    if dets or any(c.dep_ == "poss" for c in head.children):
        return False
    return head.dep_ in ("oprd", "attr") or (head.dep_ == "pobj" and head.head.lower_ == "as")


def _distinct(a: Mention, b: Mention, by_name: bool, people_ok: bool) -> bool:
    """Two different parties: different people (``by_name``), else different countries, or
    (``people_ok``) two differently named people."""
    if by_name:
        return a.name != b.name
    key_a, key_b = a.country or a.name, b.country or b.name
    if key_a != key_b:
        return True
    return people_ok and a.kind == b.kind == "person" and bool(a.name) and a.name != b.name


def _phrase_root(doc: Doc, m: Mention) -> Token | None:
    """The syntactic head of a mention's phrase: its own head token, or the word it is
    folded into ("President Salim Omondi" headed at the title is the subject "Omondi")."""
    if m.head < 0:
        return None
    tok = doc[m.head]
    while m.token_start <= tok.head.i < m.token_end and tok.head.i != tok.i and \
            tok.dep_ in ("compound", "amod", "nmod", "poss", "det"):
        tok = tok.head
    return tok


def _clause_verbs(verb: Token) -> set[int]:
    """The verb and the verbs it is coordinated under ("Scholz called Macron and urged him":
    urged shares called's subject, so him is not Scholz)."""
    out = {verb.i}
    while verb.head.i != verb.i and len(out) < 4 and (verb.dep_ == "conj" or _subjectless_adjunct(verb)):
        verb = verb.head
        out.add(verb.i)
    return out


def _clause_subject(doc: Doc, cand: Mention, head: Token) -> bool:
    """``cand`` is the subject of the clause a description stands in ("the US has not blamed
    the country's government": the country is not the US). A description names someone other
    than its own clause's subject, who would be "itself" or "its own"."""
    root = _phrase_root(doc, cand)
    if root is None or root.dep_ not in SUBJECT_DEPS or root.i == head.i:
        return False
    tok = head
    while tok.head.i != tok.i:
        if tok.dep_ in PREDICATIVE_DEPS:
            return False    # "Obama is the third president to ...", "Sidar, the head of ...": the same one
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            own = any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            return root.head.i == tok.i if own else root.head.i in _clause_verbs(tok)
    return False


def _subjectless_adjunct(verb: Token) -> bool:
    """A participle clause with no subject of its own ("filed a lawsuit against the prince,
    accusing him of torture"): its subject is the main clause's, so its object pronoun is
    not that subject."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and \
        not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "nsubjpass") for c in verb.children)


def _acts_for_body(desc: Mention) -> bool:
    """A description of an officer of an international body ("the UN human rights chief",
    "NATO's top commander"): coded by the body, with no country of its own."""
    return desc.country is None and bool(desc.code) and str(desc.code).startswith("IGO")


def _quote_parity(doc: Doc) -> list[bool]:
    """For each token: inside quotation marks of its paragraph (see DocState.quoted)."""
    out = []
    opened = closed = straight = 0
    for tok in doc:
        out.append(opened > closed or straight % 2 == 1)
        text = tok.text_with_ws
        opened += text.count("\u201c")
        closed += text.count("\u201d")
        straight += text.count('"')
        if "\n" in text:
            opened = closed = straight = 0
    return out
