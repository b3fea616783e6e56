"""Resolves every actor phrase of a spaCy Doc: names, role nouns with their country, metonyms.

Each noun phrase head is resolved from knowledge-base names, role nouns (agents), adjectives,
possessives and compounds; pronouns and descriptions go to ``coref`` in document order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from onrecord.actors.coref import Coreference, take_identity
from onrecord.actors.kb import Agent, Entry, KnowledgeBase, load_knowledge_base
from onrecord.actors.matching import Hit, find_hits
from onrecord.actors.model import ACTED_ON_DEPS, NOUNS, DocActors, Mention
from onrecord.nlp import furniture_tokens
from onrecord.ontology import state_sectors
from onrecord.pronouns import THIRD_PERSON

MODIFIER_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "predet", "quantmod",
                 "case", "advmod", "npadvmod", "punct"}
LOCATIVE_PREPS = {"of", "in", "from", "for", "at", "inside", "within"}
CLAUSE_ARGS = {"nsubj", "nsubjpass", "dobj"}
CLAUSE_PLACE_PREPS = {"in", "inside", "across", "throughout", "through", "near", "outside", "around"}
WHERE_PREPS = {"in", "at", "inside", "within"}
NOUN_POS = {"NOUN", "PROPN"}
PRONOUNS = THIRD_PERSON
PLURAL_SUFFIXES = (("ies", "y"), ("men", "man"), ("es", ""), ("s", ""))
NOMINAL_ADJ_DEPS = {"nsubj", "nsubjpass", "dobj", "conj", "appos"}   # not "in English"
NONSTATE_SECTORS = {"REB", "OPP", "IMG", "UAF", "INS"}    # armed or opposition bodies
STATE_FORCE_SECTORS = {"MIL", "GOV", "COP", "SPY"}        # what their members are not


@dataclass
class Clues:
    """What the words of one noun phrase say about its actor."""

    entry: Entry | None = None            # the named entry the head belongs to
    entry_hit: Hit | None = None
    entry_token: Token | None = None
    countries: list[tuple[str, Token]] = field(default_factory=list)   # (ISO3, token)
    igo: Entry | None = None
    agent: Agent | None = None            # the head's role noun
    modifier_agents: list[Agent] = field(default_factory=list)
    former: bool = False
    then: bool = False                    # "the then president": the office held at the time
    rank: bool = False                    # "deputy foreign minister": not the office holder
    ethnic: bool = False
    owner: Entry | None = None            # "Pence's assessment": the possessor person
    gender: str | None = None
    reasons: list[str] = field(default_factory=list)
    body_sector: str | None = None        # "a FARC commander": the armed group's own sector
    serves_state: bool = False            # "fighters for the government": on the state's side


# a place and its state at most this many tokens apart name the state once ("Tuzla, Bosnia")
PLACE_PHRASE_GAP = 3


class ActorResolver:
    """Resolves the actor mentions of a document; build once, call ``analyse`` per document."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if isinstance(kb, KnowledgeBase) else load_knowledge_base()
        self.coref = Coreference(self.kb)
        self.own_forces_verbs = self.kb.description_words("own_forces_verbs")
        self.rank_words = self.kb.description_words("rank_words")
        self.former_words = self.kb.description_words("former_words")
        self.honorific_gender = self.kb.description_table("honorific_gender")
        self.non_actor_labels = self.kb.description_words("non_actor_entity_labels")
        self.feature_labels = self.kb.description_words("feature_entity_labels")
        self.place_preps = self.kb.description_words("place_preps")
        self.at_the_time_words = self.kb.description_words("at_the_time_words")
        self.relation_nouns = self.kb.description_words("relation_nouns")
        self.stateless_modifiers = self.kb.description_words("stateless_modifiers")
        self.stateless_sectors = self.kb.description_words("stateless_sectors")
        self.foreign_acting_sectors = self.kb.description_words("foreign_acting_sectors")
        self.home_control_verbs = self.kb.description_words("home_control_verbs")
        self.nonstate_person_sectors = self.kb.description_words("nonstate_person_sectors")
        self.reporting_verbs = self.kb.description_words("reporting_verbs")
        self.opposing_verbs = self.kb.description_words("opposing_verbs")
        self.sponsor_verbs = self.kb.description_words("sponsor_verbs")
        self.employer_verbs = self.kb.description_words("employer_verbs")
        self.loyalty_adjectives = self.kb.description_words("loyalty_adjectives")
        self.ngo_name_heads = self.kb.description_words("ngo_name_heads")
        self.roving_seat_sectors = self.kb.description_words("roving_seat_sectors")
        pro_state = self.kb.description_table("pro_state_fighters")
        self.pro_state_preps, self.pro_state_sectors, self.pro_state_served = (
            frozenset(pro_state.get(k) or ()) for k in ("preps", "sectors", "served"))
        self.minority_peoples = self.kb.description_words("minority_peoples")
        self.modifier_role_nouns = self.kb.description_words("modifier_role_nouns")
        self.agent_words = {w for words in self.kb.agents for w in words.split()}
        self.state_group_nouns = self.kb.description_words("state_group_nouns")
        self.region_only_nouns = self.kb.description_words("state_group_region_only")
        self.region_codes = {str(k).lower(): str(v) for k, v in self.kb.description_table("region_codes").items()}
        self.region_peoples = {str(k).lower(): frozenset(v or ()) for k, v in
                               self.kb.description_table("region_peoples").items()}
        self.date: str | None = None
        self._ents: dict[int, Span] = {}
        self._hits: dict[int, Hit] = {}
        self._doc: Doc | None = None
        self._lemmas: list[str] = []
        self._lowers: list[str] = []

    # -- public --------------------------------------------------------------------------
    def analyse(self, doc: Doc, date: str | None = None) -> DocActors:
        """All actor mentions of ``doc`` on the article's ``date`` (YYYY-MM-DD or None)."""
        date = date[:10] if date else None
        self.date = date
        self._doc = doc
        self._lemmas = [self._lemma(t) for t in doc]
        self._lowers = [t.lower_ for t in doc]
        self._ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        result = DocActors(doc)
        hits = find_hits(doc, self.kb)
        self._hits = hits
        sent_of = {}
        for n, sent in enumerate(doc.sents):
            for t in sent:
                sent_of[t.i] = n
        state = self.coref.start(doc, date)
        counted: list[Hit] = []
        # where each person's surname is first free to stand alone ("Ben Rhodes ... Rhodes")
        surname_from: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                surname_from.setdefault(ent[-1].lower_, ent.end)
        # each hit once (a hit is indexed under every token it covers), in text order
        for hit in sorted({id(h): h for h in hits.values()}.values(), key=lambda h: h.start):
            first = hit.entries[0]
            if first.country and first.kind in ("state", "capital", "place", "seat") \
                    and not _ethnic(doc[hit.start]) and not self._sponsor(doc[hit.end - 1]) \
                    and not _same_place_phrase(hit, counted, hits):
                if self._place_of_exile(doc[hit.end - 1]) or self._across_border(doc[hit.end - 1]) \
                        or self._foreign_power(doc[hit.end - 1]) or self._surname_of_person(
                            hit, first, surname_from) or (
                            first.kind == "seat" and first.sector in self.roving_seat_sectors):
                    state.uncounted.add(hit.end - 1)
                    continue
                state.doc_counts[first.country] += 1
                state.first_seen.setdefault(first.country, hit.start)
                counted.append(hit)
        furniture = furniture_tokens(doc)
        for token in doc:
            if token.i in furniture:
                continue    # a photo credit's names are no one in the story
            if not self._is_head(token, hits) and not self._role_modifier(token, hits) and \
                    not self.coref.bare_pair_head(token):
                continue
            if token.dep_ == "pobj" and token.head.lower_ == "of" and token.i not in hits \
                    and self._agent_of(token.head.head) is not None:
                continue    # "state" in "Secretary of State" belongs to the role noun
            mention = self._resolve(token, hits, date, sent_of.get(token.i, 0), state)
            if mention is None:
                mention = self._counted_others(token, sent_of.get(token.i, 0), state)
            if mention is None:
                continue
            if token.dep_ == "appos":
                self.coref.merge_apposition(state.by_head.get(token.head.i), mention, doc)
            members = mention.members
            if members:
                result.add_group(token.i, members)
            result.add(mention)
            state.remember(mention)
        return result

    def _role_modifier(self, token: Token, hits: dict[int, Hit]) -> bool:
        """A role noun of descriptions.yaml modifier_role_nouns as a compound modifier of a
        thing that names no party ("a government offer", "government buildings"): the modifier
        names the party whose thing it is ("government forces" stays one role noun)."""
        head = token.head
        if token.dep_ != "compound" or token.i in hits or head.i <= token.i or head.i in hits \
                or head.pos_ != "NOUN" or self._lemmas[token.i] not in self.modifier_role_nouns:
            return False
        if token.i > 0 and token.doc[token.i - 1].text == "-" or head.dep_ == "compound" or any(
                c.dep_ in ("amod", "compound", "poss", "nmod") and c.i != token.i
                for c in head.children) or any(t.i in hits for t in head.subtree):
            # "anti-government", "a Danish government agency", "the government websites of
            # Georgia", "a government decision in Sudan": the phrase says whose it is
            return False
        return head.tag_ == "NN" and self._agent_at(token.doc, head.i, token.i)[0] is None and \
            self._agent_of(head) is None

    def _place_of_exile(self, token: Token) -> bool:
        """A state named as where someone lives in exile or seeks asylum ("living in exile in
        Britain", "exiled in Spain", "sought asylum in Canada"; descriptions.yaml exile_words)."""
        if token.dep_ != "pobj" or token.head.lower_ not in ("in", "to"):
            return False
        words = self.kb.description_words("exile_words")
        holder = token.head.head
        return holder.lemma_.lower() in words or any(
            c.lemma_.lower() in words for c in holder.children if c.dep_ == "dobj") or any(
            g.dep_ == "pobj" and g.lemma_.lower() in words
            for c in holder.children if c.dep_ == "prep" for g in c.children)

    def _foreign_power(self, token: Token) -> bool:
        """A state named as the foreign power someone spies for or had ties with: "suspected of
        spying for Russia" (descriptions.yaml spied_for_verbs), "arrested for contacts with
        Britain", "accused of links to Iran" (foreign_tie_nouns after foreign_tie_reason_preps),
        not where the story happens."""
        words = self.kb.description_words
        if token.dep_ != "pobj":
            return False
        holder = token.head.head
        if token.head.lower_ == "for" and holder.lemma_.lower() in words("spied_for_verbs"):
            return True
        return token.head.lower_ in words("foreign_tie_preps") and \
            holder.lemma_.lower() in words("foreign_tie_nouns") and holder.dep_ == "pobj" and \
            holder.head.lower_ in words("foreign_tie_reason_preps")

    def _across_border(self, token: Token) -> bool:
        """A state named only to say which border something happened near ("near the Somali
        border", "along the frontier with Chad"; descriptions.yaml border_nouns)."""
        words = self.kb.description_words("border_nouns")
        if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.i > 0:
            border = token.doc[token.head.i - 1]
        elif token.dep_ in ("amod", "compound"):
            border = token.head
        else:
            return False
        return border.lemma_.lower() in words and border.dep_ == "pobj" and \
            border.head.lower_ in CLAUSE_PLACE_PREPS | {"along"}

    def _lemma(self, token: Token) -> str:
        """Lower-case lemma; a capitalised plural the tagger took for a name ("Guerrillas
        ambushed ...") is brought to the singular when that is a role-noun word."""
        low = token.lemma_.lower()
        if low in self.agent_words or token.pos_ != "PROPN":
            return low
        for suffix, repl in PLURAL_SUFFIXES:
            if low.endswith(suffix) and low[:-len(suffix)] + repl in self.agent_words:
                return low[:-len(suffix)] + repl
        return low

    # -- noun phrases -----------------------------------------------------------------------
    @staticmethod
    def _is_head(token: Token, hits: dict[int, Hit]) -> bool:
        """Pronouns and the head noun of a phrase (not a compound/adjective inside another)."""
        if token.pos_ == "PRON" and not _mistagged_name(token, hits):
            return token.lower_ in PRONOUNS
        if token.pos_ == "ADJ" and token.dep_ in NOMINAL_ADJ_DEPS and token.i in hits and not (
                token.dep_ == "conj" and token.head.pos_ == "ADJ"):
            # "Lebanese protested", "the French said": a gentilic as a noun (not "Syrian and
            # Lebanese officials", where it still modifies the noun)
            return True
        if token.pos_ not in NOUN_POS and not _mistagged_name(token, hits):
            return False
        if token.dep_ in ("compound", "flat", "amod") and token.head.i > token.i \
                and token.head.pos_ in NOUN_POS:
            return False
        hit = hits.get(token.i)
        if hit is not None and hit.end - hit.start > 1:
            # the head of a multi-word name is its syntactic root inside the name
            inside = token.head.i != token.i and hit.start <= token.head.i < hit.end
            return not inside
        return True

    def _span(self, head: Token, hits: dict[int, Hit]) -> tuple[int, int]:
        start, end = head.i, head.i + 1
        for child in head.lefts:
            if child.dep_ in MODIFIER_DEPS or child.dep_ == "conj":
                start = min(start, child.left_edge.i)
        hit = hits.get(head.i)
        if hit is not None:
            start, end = min(start, hit.start), max(end, hit.end)
        for i in range(head.i - 1, start - 1, -1):
            if "\n" in head.doc[i].text_with_ws:
                start = i + 1       # never across a line break (headlines, datelines)
                break
        while start < head.i and head.doc[start].is_punct:
            start += 1
        return start, end

    def _agent_at(self, doc: Doc, end: int, start: int) -> tuple[Agent | None, int]:
        """Longest role noun ending at token ``end`` (inclusive) and starting at >= ``start``."""
        kb = self.kb
        lemmas = self._lemmas
        for n in range(min(kb.agent_max_words, end - start + 1), 0, -1):
            words = " ".join(lemmas[end - n + 1:end + 1])
            agent = kb.agents.get(words)
            if agent is None and n > 1:
                # only the last word inflects: "human rights groups" (not "human right group")
                agent = kb.agents.get(" ".join([*self._lowers[end - n + 1:end], lemmas[end]]))
            if agent is None and n == 1:
                agent = kb.agents.get(self._lowers[end])
            if agent is not None:
                return agent, end - n + 1
        return None, end

    def _deployer(self, head: Token, state) -> Mention | None:
        """The state that sends its own forces ("Russia deployed troops", "Kyiv sent police",
        "troops sent by Nigeria": the agent of a participle of such a verb on the noun)."""
        if head.dep_ == "dobj" and head.head.lemma_.lower() in self.own_forces_verbs:
            return _state_subject(head.head, state)
        for p in (g for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  and c.lemma_.lower() in self.own_forces_verbs
                  for a in c.children if a.dep_ == "agent"
                  for g in a.children if g.dep_ == "pobj"):
            hit = self._hits.get(p.i)
            if hit is not None and hit.entries[0].country and \
                    hit.entries[0].kind in ("state", "capital", "seat"):
                doc = head.doc
                return Mention(doc[hit.start:hit.end].text, doc[hit.start].idx,
                               doc[hit.end - 1].idx + len(doc[hit.end - 1].text), hit.start,
                               hit.end, country=hit.entries[0].country, kind=hit.entries[0].kind)
        return None

    def _reporter(self, head: Token, state) -> Mention | None:
        """The state speaker whose report names its own institution ("Netanyahu said the
        military would resume its offensive": the military is Israel's), or the media of a
        state named by its adjective ("Syrian radio said troops ...")."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = head.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.reporting_verbs:
            return None
        found = _state_subject(clause.head, state)
        if found is None:
            # "Israeli radio said troops shot ...": a state's own media report its forces
            subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            media = state.by_head.get(subj.i) if subj is not None else None
            if media is not None and media.sector == "JRN" and media.country and \
                    any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in subj.children):
                found = media
            elif media is not None and media.country and media.sector in state_sectors() and \
                    media.kind in ("agent", "seat"):
                # "the Israeli army said troops shot ...": a state force or institution
                # reports on the state's own unmarked forces
                found = media
        return found

    def _antecedent(self, m: Mention, head: Token, state) -> Mention | None:
        """For a definite bare role noun ("the rebels", "the troops"): the latest earlier mention
        of the same sector within two sentences, when that one has a country."""
        if m.kind == "person" or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                         for c in head.children):
            return None     # a person has its own coreference (descriptions, counterparts)
        for cand in reversed(state.history):
            if m.sentence - cand.sentence > 2:
                break
            if cand.sector == m.sector and cand.token_end <= m.token_start \
                    and cand.kind in ("agent", "group", "seat", "modified"):
                return cand if cand.country else None   # the latest one, even when unplaced
        return None

    def _opponent(self, head: Token) -> tuple[str, str] | None:
        """Rebels or opposition named by the state they fight ("rebels battling Syrian President
        Bashar Assad", "insurgents fighting the Kabul government", "rebels against the regime
        in Damascus"): (country, words naming it) for that state's own insurgents."""
        targets = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "against"
                   for g in c.children if g.dep_ == "pobj"]
        for verb in head.children:
            if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in self.opposing_verbs:
                targets += [c for c in verb.children if c.dep_ == "dobj"]
                targets += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                            for g in c.children if g.dep_ == "pobj"]
        targets += self._attacked_forces(head)
        for target in targets:
            for t in target.subtree:
                hit = self._hits.get(t.i)
                if hit is None or _ethnic(t):
                    continue
                entry = pick_entry(hit.entries, self.date)
                role = entry.role_on(self.date)[0] if entry.kind == "person" else None
                country = role.country if role is not None else entry.country
                sector = role.sector if role is not None else entry.sector
                if country and entry.kind in ("state", "capital", "seat", "person") \
                        and sector in (None, "GOV", "MIL"):
                    return country, target.text
        return None

    def _attacked_forces(self, head: Token) -> list[Token]:
        """"Rebels attacked a Sudanese army garrison", "guerrillas ambushed a police patrol":
        what a hostile verb (descriptions.yaml hostile_verbs) of which ``head`` is the subject
        acts on, when it names a state's forces or government (a role noun of those sectors) or
        a state itself; the insurgents fight that state (not "attacked Kenyan tourists")."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in self.coref.hostile_verbs:
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in
                    self.coref.attack_target_preps for g in c.children if g.dep_ == "pobj"]
        out = []
        for obj in objects:
            agent = self._agent_at(obj.doc, obj.i, obj.left_edge.i)[0]
            hit = self._hits.get(obj.i)
            if agent is not None and agent.sector in STATE_FORCE_SECTORS or hit is not None \
                    and hit.entries[0].kind in ("state", "capital", "seat"):
                out.append(obj)
        return out

    def _clause_place(self, head: Token) -> Entry | None:
        """For a subject or object: the place its verb happens in ("people blocked streets in
        Hong Kong", "soldiers attacked villagers in Burundi", "fired on crowds in Lagos")."""
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ in CLAUSE_ARGS:
            head = head.head.head      # "hundreds of people blocked ...", "killed dozens of people"
        if head.dep_ == "pobj" and head.head.lower_ in ("on", "at", "against") \
                and head.head.head.pos_ in ("VERB", "AUX"):
            head = head.head            # "opened fire on protesters in Nairobi"
        if head.dep_ not in CLAUSE_ARGS and head.dep_ != "prep":
            return None
        verb = head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for prep in [*verb.children, *(c for o in objects for c in o.children)]:
            if prep.dep_ == "prep" and prep.lower_ in CLAUSE_PLACE_PREPS:
                pobjs = [c for c in prep.children if c.dep_ == "pobj"]
                # "in the capital Kabul", "through the streets of Seoul"
                pobjs += [g for o in pobjs for c in o.children if c.dep_ in ("appos", "compound", "prep")
                          and (c.dep_ != "prep" or c.lower_ == "of")
                          for g in ([c] if c.dep_ != "prep" else c.children)]
                for pobj in pobjs:
                    hit = self._hits.get(pobj.i)
                    # "near the Ugandan border": a state naming a border is not where it happens
                    if hit is not None and hit.entries[0].country and not _ethnic(pobj) \
                            and hit.entries[0].kind in ("state", "capital", "place") \
                            and not self._across_border(self._doc[hit.end - 1]):
                        return hit.entries[0]
        if head.dep_ == "nsubj" and verb.lemma_.lower() in self.coref.hostile_verbs:
            # "rebels attacked Goma", "guerrillas shelled the town of Kismayo": a city or town
            # attacked is where the attackers act (a state attacked is their enemy: _opponent)
            for obj in objects:
                for t in [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for g in c.children if g.dep_ == "pobj")]:
                    hit = self._hits.get(t.i)
                    if hit is not None and hit.entries[0].country and not _ethnic(t) \
                            and hit.entries[0].kind in ("capital", "place"):
                        return hit.entries[0]
        return None

    def _igo_of(self, m: Mention) -> Entry | None:
        return next((e for e in self.kb.lookup(m.name or "") if e.kind == "igo"), None)

    def _agent_of(self, head: Token) -> Agent | None:
        """Role nouns with an 'of' phrase: "secretary of state", "minister of defence"."""
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                last = child.right_edge.i
                if last - head.i > 4:
                    return None
                words = " ".join(t.lemma_.lower() for t in head.doc[head.i:last + 1])
                return self.kb.agents.get(words)
        return None

    def _clues(self, head: Token, start: int, end: int, hits: dict[int, Hit], state) -> Clues:
        doc = head.doc
        clues = Clues()
        hit = hits.get(head.i)
        if hit is not None:
            clues.entry, clues.entry_hit = pick_entry(hit.entries, self.date), hit
            clues.entry_token = head
        if head.pos_ in NOUN_POS and (hit is None or clues.entry.kind in ("person", "group")):
            clues.agent, agent_start = self._agent_at(doc, head.i, start)
            of_agent = self._agent_of(head)
            if of_agent is not None:
                clues.agent, agent_start = of_agent, head.i
        else:
            agent_start = head.i
        # modifiers: named entries (states, adjectives, bodies) and role nouns
        i = start
        seen_hits: set[int] = set()
        while i < (agent_start if clues.agent else end):
            h = hits.get(i)
            if h is not None and h is not hit and id(h) not in seen_hits:
                seen_hits.add(id(h))
                self._modifier_entry(h.entries[0], doc[i], clues)
                i = h.end
                continue
            t = doc[i]
            low = t.lower_
            if t.dep_ == "poss" and t.pos_ == "PRON" and t.head.i == head.i:
                owner = state.by_head.get(t.i)
                if owner is not None and low in ("its", "their") and (owner.country or owner.code):
                    if owner.country and (owner.sector is None or owner.sector in state_sectors()):
                        # "Israel said its troops", "the Israeli army said its soldiers": the
                        # state's (or its force's) own people are that state's
                        clues.countries.append((owner.country, t))
                        clues.reasons.append(f"'{t.text}' -> {owner.name or owner.country}")
                    elif owner.code and owner.code.startswith("IGO") and clues.igo is None:
                        clues.igo = self._igo_of(owner)
            elif t.dep_ == "poss" and t.pos_ == "PROPN" and t.head.i == head.i and \
                    clues.agent is not None and not clues.agent.counterpart:
                # "Assad's forces", "Mobutu's troops": the people or forces of a person named
                # as possessor serve that person's country (the person's role on the date)
                owner = state.by_head.get(t.i)
                if owner is not None and owner.kind == "person" and owner.country:
                    clues.countries.append((owner.country, t))
                    clues.reasons.append(f"'{t.text}' -> {owner.name or owner.country}")
            if low in self.former_words or low.startswith("ex-"):
                clues.former = True
            if low in self.at_the_time_words:
                clues.then = True
            if low in self.rank_words:
                clues.rank = True
            if low in self.honorific_gender:
                clues.gender = self.honorific_gender[low]
            if t.pos_ in NOUN_POS or t.pos_ == "ADJ" or t.pos_ == "VERB":
                a, a_start = self._agent_at(doc, i, start)
                if a is not None and i < head.i:
                    clues.modifier_agents.append(a)
            i += 1
        if not clues.countries and clues.agent is not None and not clues.agent.person \
                and clues.agent.sector in state_sectors() | {"PTY", "REB", "OPP"}:
            # "his ruling party", "her government": the institution of the person named
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            owner = state.by_head.get(poss.i) if poss is not None else None
            if owner is not None and owner.kind in ("person", "pronoun") and owner.country \
                    and owner.sector != "ELI":
                clues.countries.append((owner.country, poss))
                clues.reasons.append(f"'{poss.text}' -> {owner.name or owner.country}")
        # "the president of Armenia", "opposition groups in Zimbabwe", "supporters of X"
        if (clues.agent is not None or (clues.entry is not None and clues.entry.kind in ("person", "group"))) \
                and self._agent_of(head) is None:
            preps = [c for c in head.rights if c.dep_ == "prep"]
            for acl in head.rights:
                if acl.dep_ == "acl" and (acl.lemma_ in ("base", "station", "headquarter", "locate")
                                          or acl.lemma_ in self.employer_verbs):
                    # "spies working for Israel", "officers serving in the Iraqi army": whom
                    # they work for is their side
                    preps += [c for c in acl.children if c.dep_ == "prep"]
            marked = bool(clues.countries)
            clues.serves_state = any(self._serves_state(c) for c in preps)
            for child in preps:
                if marked and child.lower_ in WHERE_PREPS:
                    continue    # "the Peruvian embassy in Caracas": where it is, not whose
                if child.lower_ in LOCATIVE_PREPS:
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    # "people in Somalia, Ethiopia and Kenya": each coordinated state is one
                    # of the places the role noun is of (split per country below)
                    objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
                    objs += [c for o in objs for c in o.lefts if self._names_owner(o, c, child)]
                    for pobj in objs:
                        h = hits.get(pobj.i)
                        if h is not None and _ethnic(pobj):
                            continue
                        if h is not None and h.entries[0].kind in ("state", "capital", "place", "seat"):
                            clues.countries.append((h.entries[0].country, pobj))
                            clues.reasons.append(f"'{child.text} {pobj.text}' -> {h.entries[0].country}")
                            if child.lower_ == "of" and h.entries[0].sector in NONSTATE_SECTORS \
                                    and clues.body_sector is None:
                                clues.body_sector = h.entries[0].sector    # "the leader of Hamas"
                        elif h is not None and h.entries[0].kind == "igo" and clues.igo is None:
                            clues.igo = h.entries[0]
        if clues.agent is not None and not clues.countries:
            self._loyalty(head, hits, clues)
        return clues

    def _serves_state(self, prep: Token) -> bool:
        """True when ``prep`` ("for the Afghan government") names a state's government or
        forces as the side a role noun fights for (descriptions.yaml pro_state_fighters)."""
        if prep.lower_ not in self.pro_state_preps:
            return False
        return any(g.dep_ == "pobj" and getattr(self._agent_at(prep.doc, g.i, g.i)[0],
                                                 "sector", None) in self.pro_state_served
                   for g in prep.children)

    def _loyalty(self, head: Token, hits: dict[int, Hit], clues: Clues) -> None:
        """"troops loyal to President X": the country of the person or state the role noun's
        loyalty adjective (descriptions.yaml loyalty_adjectives) names after "to"."""
        for adj in head.rights:
            if adj.pos_ != "ADJ" or adj.lemma_.lower() not in self.loyalty_adjectives:
                continue
            for pobj in (g for c in adj.children if c.dep_ == "prep" and c.lower_ == "to"
                         for g in c.children if g.dep_ == "pobj"):
                h = hits.get(pobj.i)
                if h is None:
                    continue
                entry = h.entries[0]
                role = entry.role_on(self.date)[0] if entry.kind == "person" else None
                country = role.country if role is not None else entry.country
                if country and entry.kind in ("person", "state", "capital", "seat", "group"):
                    clues.countries.append((country, pobj))
                    clues.reasons.append(f"loyal to '{pobj.text}' -> {country}")
                    return

    def _names_owner(self, pobj: Token, modifier: Token, prep: Token) -> bool:
        """Whether ``modifier`` of ``pobj`` names whose the role noun is: a compound or adjective
        of a place ("people in southern Somalia"); for a body, only after "of"/"from" when the
        body is a state institution, also a possessor ("officials of the Kenyan foreign
        ministry", "officials of Kenya's foreign ministry", "a spokesman for the Greek
        government": PLOVER codes an official by the state they serve)."""
        agent = self._agent_at(pobj.doc, pobj.i, pobj.i)[0]
        if agent is None:
            return modifier.dep_ in ("compound", "amod")
        return prep.lower_ in ("of", "from", "for") and agent.sector in state_sectors() \
            and modifier.dep_ in ("compound", "amod", "poss")

    def _sponsor(self, token: Token) -> bool:
        """"Iranian-backed militias", "Russian-trained units": the state backs the group but is
        not its country ("South African-backed rebels": from the last word of the name)."""
        doc = token.doc
        hit = self._hits.get(token.i)
        if hit is not None and hit.start <= token.i < hit.end:
            token = doc[hit.end - 1]
        if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
            return False
        return doc[token.i + 2].lemma_.lower() in self.sponsor_verbs

    def _minority_head(self, head: Token, entry: Entry, clues: Clues) -> bool:
        """A people of descriptions.yaml minority_peoples as the head noun right after another
        state's adjective or name ("Bosnian Serbs", "Kosovo Albanians"): the minority of the
        first state, as when the people word is a modifier ("Bosnian Serb forces")."""
        if head.i == 0 or head.lower_ not in self.minority_peoples or not clues.countries:
            return False
        before = head.doc[head.i - 1]
        return before.dep_ in ("amod", "compound") and not _ethnic(before) and any(
            tok.i == before.i and country != entry.country for country, tok in clues.countries)

    def _people_elsewhere(self, head: Token, entry: Entry, state) -> str | None:
        """A people named as a head noun who live in another state of the story: "ethnic
        Albanians ... in Pristina" (a people, not the state Albania), "Indians" in a story of
        states of the Americas (descriptions.yaml region_peoples). CAMEO codes an ethnic
        group by the state it lives in: the story's most named other state, None if none."""
        if entry.kind != "state" or not entry.country:
            return None
        hit = self._hits.get(head.i)
        ethnic = hit is not None and _ethnic(head.doc[hit.start])
        regions = self.region_peoples.get(head.lower_)
        if not ethnic and not regions:
            return None
        others = [c for c in state.doc_counts if c != entry.country and (ethnic or any(
            r in regions for r in getattr(self.kb.countries.get(c), "regions", ())))]
        if not others:
            return None
        return min(others, key=lambda c: (-state.doc_counts[c], state.first_seen.get(c, 1 << 30)))

    def _modifier_entry(self, entry: Entry, token: Token, clues: Clues) -> None:
        if token.dep_ == "poss" and token.head.lower_ in self.relation_nouns:
            clues.reasons.append(f"'{token.text}' is the other side of '{token.head.text}'")
            return
        if self._sponsor(token):
            clues.reasons.append(f"'{token.text}' backs or sponsors the group; it is not a state")
            return
        if _ethnic(token):
            clues.reasons.append(f"'{token.doc[token.i - 1].text} {token.text}' is not a state")
            clues.ethnic = True
            return
        if token.i > 1 and token.doc[token.i - 1].text == "-" and \
                token.doc[token.i - 2].lower_ in ("pro", "anti"):
            return
        if token.lower_ in self.minority_peoples and _people_of_place(token, clues):
            clues.reasons.append(f"'{token.doc[token.i - 1].text} {token.text}': a people of that state")
            return
        if entry.kind == "igo":
            if clues.igo is None:
                clues.igo = entry
                clues.reasons.append(f"body '{token.text}' ({entry.source})")
        elif entry.kind == "person":
            if clues.owner is None and token.dep_ == "poss":
                clues.owner = entry
                role, _ = entry.role_on(self.date)
                if clues.agent is not None and not clues.agent.counterpart and \
                        role is not None and role.country:
                    # "Assad's forces": the forces of a person serve that person's country
                    clues.countries.append((role.country, token))
                    clues.reasons.append(f"'{token.text}' -> {role.country} ({entry.name})")
            elif token.dep_ == "compound" and token.head.i > token.i and clues.agent is None:
                if clues.owner is None:
                    clues.owner = entry      # "the Psaki tweet" is Psaki's tweet
            elif token.dep_ == "compound" and token.head.i > token.i:
                # "the Trump administration", "Putin aides": the person's country on the date
                role, _ = entry.role_on(self.date)
                if role is not None and role.country and role.sector != "ELI":
                    clues.countries.append((role.country, token))
                    clues.reasons.append(f"'{token.text}' -> {role.country} ({entry.name})")
        elif entry.country:
            clues.countries.append((entry.country, token))
            clues.reasons.append(f"'{token.text}' -> {entry.country} ({entry.source})")
            if entry.kind in ("seat", "group") and entry.sector:
                clues.modifier_agents.append(Agent(entry.name.lower(), entry.sector))
                if entry.sector in NONSTATE_SECTORS and clues.body_sector is None:
                    clues.body_sector = entry.sector

    def _resolve(self, head: Token, hits: dict[int, Hit], date: str | None, sentence: int,
                 state) -> Mention | None:
        doc = head.doc
        if self.coref.bare_pair_head(head):
            # "the two agreed": the two parties named just before (descriptions.yaml)
            return self.coref.bare_pair(self._mention(doc, head.i, head.i + 1, head, sentence),
                                        head, state)
        if head.pos_ == "PRON" and not _mistagged_name(head, hits):
            m = self._mention(doc, head.i, head.i + 1, head, sentence)
            m.kind = "pronoun"
            m.plural = head.lower_ in ("they", "them", "their", "theirs", "themselves")
            return self.coref.pronoun(m, head, state)
        start, end = self._span(head, hits)
        clues = self._clues(head, start, end, hits, state)
        if clues.agent is not None and clues.agent.owned and not _has_owner(clues, head):
            clues.agent = None      # "a camp", "the checkpoint": a place, no actor
        m = self._mention(doc, start, end, head, sentence)
        m.plural = head.tag_ in ("NNS", "NNPS") or head.morph.get("Number") == ["Plur"]
        if head.lower_ in self.relation_nouns and any(c.dep_ == "poss" for c in head.children):
            return self._related_state(m, head, hits, date, sentence, state)
        entry = clues.entry
        if entry is not None and clues.entry_hit is not None and \
                clues.entry_hit.end - clues.entry_hit.start == 1 and (
                    entry.kind == "person" or entry.kind == "place" and not self._after_place_prep(head)):
            # "Abdullah Abdullah ... Mr. Abdullah": the full name earlier in this document
            # beats a namesake in the knowledge base, or a town ("Ben Rhodes ... Rhodes said")
            earlier = self.coref.surname(m, head, state)
            if earlier is not None and earlier.name != entry.name:
                m.kind = "person"
                return m
        if entry is not None and entry.kind == "person" and clues.entry_hit is not None:
            entry = self._namesake(entry, head, clues, state)
            clues.entry = entry
        if entry is not None and entry.kind == "seat" and foreign_modifier(entry, clues):
            # "the Mexican Congress", "the Philippine Senate": that country's own body of the
            # kind the seat names, not the seat itself
            country = clues.countries[0][0]
            m.kind, m.country, m.sector = "agent", country, entry.sector
            m.code = f"{country}{entry.sector or ''}"
            m.reason = f"'{clues.countries[0][1].text}' -> {country}; body like '{entry.name}'" \
                f" -> {entry.sector}"
            return m
        if entry is not None and entry.kind == "state" and self._minority_head(head, entry, clues):
            entry = None        # "Bosnian Serbs", "Kosovo Albanians": a people of the first state
        home = self._people_elsewhere(head, entry, state) if entry is not None else None
        if home is not None:
            m.kind, m.country, m.code = "group", home, home
            m.reason = f"'{head.text}': a people living in {home}, not the state {entry.country}"
            return m
        if entry is not None and entry.kind != "group" or (entry is not None and clues.agent is None):
            self._from_entry(m, entry, clues, date)
        elif clues.agent is None and (head.ent_type_ == "PERSON" or self._surname_like(head)):
            self._unknown_person(m, head, clues, date, state)
        elif clues.agent is not None:
            self._from_agent(m, clues, date, state)
        elif head.ent_type_ in ("ORG", "NORP", "GPE", "FAC") and not clues.countries \
                and head.text[:1].isupper() and head.text[:1].isalpha():
            ent = self._ents.get(head.i)
            if ent is None:
                return None
            if len(ent) == 1 and self.coref.surname(m, head, state) is not None:
                m.kind = "person"      # "Choe" after "Choe Son-hui", tagged ORG by the tagger
                return m
            m.name, m.kind, m.reason = ent.text, "group", f"named {head.ent_type_} not in the knowledge base"
            if head.ent_type_ == "ORG" and head.lower_ in self.ngo_name_heads:
                # "the Salween Foundation", "Global Justice Watch": a body of no named state
                # whose name says it is a non-governmental one (CAMEO NGO)
                m.sector, m.reason = "NGO", m.reason + f"; '{head.text}': a non-governmental body"
            if head.ent_type_ == "GPE" and state.story_country():
                m.kind, m.country = "place", state.story_country()
                m.code = m.country
                m.reason += f"; place in the story's country ({m.country})"
        elif self._named_body(head, clues):
            # "the Oromo Front": a name the tagger knows, with a gentilic inside it, is a body
            # of that state, not the state itself (it may act on the state: a party of its own)
            ent = self._ents[head.i]
            country = clues.countries[0][0]
            name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            m.name, m.kind, m.country, m.code = name, "group", country, country
            m.reason = f"named ORG not in the knowledge base; '{clues.countries[0][1].text}' -> {country}"
        elif head.ent_type_ in self.non_actor_labels or self._named_after_state(head, clues):
            return None     # "the Korean War", "the Paris Agreement", "the Indian Ocean"
        elif clues.countries or clues.igo is not None or clues.owner is not None:
            self._from_modifiers(m, clues)
        else:
            return self._state_group(m, head, clues, self.coref.description(m, head, clues, state, date))
        if m.kind in ("agent", "description") or (m.kind == "person" and not m.name):
            return self._state_group(m, head, clues, self.coref.description(m, head, clues, state, date))
        return m

    def _surname_of_person(self, hit: Hit, entry: Entry, surname_from: dict[str, int]) -> bool:
        """A one-word town name that is the surname of a person named before ("Ben Rhodes ...
        Rhodes added"): the person again, so not a place the story is in."""
        token = self._doc[hit.start]
        return entry.kind == "place" and hit.end - hit.start == 1 and \
            surname_from.get(token.lower_, len(self._doc)) <= hit.start and \
            not self._after_place_prep(token)

    def _after_place_prep(self, token: Token) -> bool:
        """The object of a place preposition ("in Rhodes"): a place, whoever bears its name."""
        return token.dep_ == "pobj" and token.head.lower_ in self.place_preps

    def _named_after_state(self, head: Token, clues: Clues) -> bool:
        """A geographic name whose only state words are inside it ("the Indian Ocean")."""
        ent = self._ents.get(head.i)
        return ent is not None and ent.label_ in self.feature_labels and bool(clues.countries) \
            and all(ent.start <= tok.i < ent.end for _, tok in clues.countries)

    def _named_body(self, head: Token, clues: Clues) -> bool:
        """A proper-noun head of an organisation name whose one country comes from a word
        inside the name ("the Oromo Front", not "Ethiopian positions")."""
        ent = self._ents.get(head.i)
        return ent is not None and ent.label_ == "ORG" and head.pos_ == "PROPN" \
            and head.text[:1].isupper() and clues.igo is None and clues.owner is None \
            and len({c for c, _ in clues.countries}) == 1 \
            and all(ent.start <= t.i < ent.end for _, t in clues.countries)

    def _related_state(self, m: Mention, head: Token, hits: dict[int, Hit], date: str | None,
                       sentence: int, state) -> Mention:
        """"Libya's neighbour, Egypt", "Iran's arch-foe, the United States" (descriptions.yaml
        relation_nouns): the state in apposition, never the possessor, which is the other side
        of the relation; with none named the phrase stays a party of unknown country."""
        m.kind, m.reason = "description", f"'{head.text}' of another state, not named"
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ in NOUN_POS), None)
        after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if appos is None and after is not None and after.pos_ == "PROPN" and \
                after.head == head.head and after.dep_ == head.dep_:
            appos = after       # "Syria's ally Iran condemned ...", parsed as two subjects
        named = self._resolve(appos, hits, date, sentence, state) if appos is not None else None
        if named is not None and (named.country or named.code):
            m.name, m.kind, m.country = named.name, named.kind, named.country
            m.sector, m.code = named.sector, named.code
            m.reason = f"'{head.text}' named by the apposition '{named.text}'"
            if named.token_end > m.token_end and named.token_start - m.token_end <= 2:
                # the record names the state with its relation: "its NATO ally Turkey"
                m.token_end, m.end = named.token_end, named.end
                m.text = head.doc.text[m.start:m.end]
        return m

    def _namesake(self, entry: Entry, head: Token, clues: Clues, state) -> Entry:
        """A known person whose countries clash with the phrase's own nationality ("Iraqi
        President Hussein" is not Jordan's King Hussein) or, for a bare one-word name, with
        every state the story names ("Taliban gunmen killed Abdullah ... in Kandahar"): the one
        bearer of that surname who is of that country, when there is exactly one."""
        own = {r.country for r in entry.roles} | {entry.country}
        if clues.countries:
            wanted = {c for c, _ in clues.countries}
        elif clues.entry_hit is not None and clues.entry_hit.end - clues.entry_hit.start == 1:
            wanted = set(state.doc_counts)
        else:
            return entry
        if not wanted or own & wanted:
            return entry
        bearers = [e for e in self.kb.surnames.get(head.lower_, [])
                   if e is not entry and {r.country for r in e.roles} & wanted]
        if len(bearers) > 1:
            # several of that country ("Abdullah Abdullah", a Phoenix "Foreign Minister
            # Abdullah"): the curated entry when there is one
            best = max(e.priority for e in bearers)
            bearers = [e for e in bearers if e.priority == best]
        return bearers[0] if len(bearers) == 1 else entry

    def _state_group(self, m: Mention, head: Token, clues: Clues, found: Mention | None) -> Mention | None:
        """"70 countries", "Gulf states", "Southeast Asian nations": several states and no one
        country; the phrase names the actor (sector GOV, CAMEO region code when there is one)."""
        if found is not None and (found.country or found.name or found.members
                                  or found.code not in (None, "GOV")):
            return found
        if not m.plural or self._lemmas[head.i] not in self.state_group_nouns \
                or clues.countries or clues.igo is not None or clues.owner is not None:
            return found
        words = " ".join(t.lower_ for t in head.doc[m.token_start:head.i])
        region = next((words[i:] for i in range(len(words)) if (i == 0 or words[i - 1] == " ")
                       and words[i:] in self.region_codes), None)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.lefts)
        # "70 countries" (not "the two countries"; "20 states" are often a federation's own)
        counted = not definite and any(c.dep_ == "nummod" for c in head.lefts) \
            and self._lemmas[head.i] not in self.region_only_nouns
        if region is None and not counted or any(w in ("pro", "anti") for w in words.split()):
            return found
        start = m.token_start + (1 if head.doc[m.token_start].lower_ in ("the", "these", "those") else 0)
        m.name = head.doc[start:head.i + 1].text
        m.kind, m.country, m.sector = "group", None, "GOV"
        m.code = self.region_codes[region] if region else "GOV"
        m.members = []
        m.reason = f"several states '{m.name}'" + (f"; region '{region}' -> {m.code}" if region else "")
        return m

    def _counted_others(self, head: Token, sentence: int, state) -> Mention | None:
        """ "killed six soldiers and wounded four others": counted others are more of the
        object of the verb coordinated before ("four others" are soldiers too)."""
        if head.lemma_.lower() != "other" or head.dep_ not in ("dobj", "nsubjpass") or \
                not any(c.dep_ == "nummod" for c in head.children):
            return None
        verb = head.head
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        objs = [c for c in verb.head.children if c.dep_ == head.dep_]
        src = state.by_head.get(objs[0].i) if objs else None
        if src is None or src.kind not in ("agent", "person") or src.name:
            return None
        start = min(head.i, head.left_edge.i)
        m = self._mention(head.doc, start, head.i + 1, head, sentence)
        m.kind, m.plural = "agent", True
        return take_identity(m, src, f"counted others: more of '{src.text}'")

    def _mention(self, doc: Doc, start: int, end: int, head: Token, sentence: int) -> Mention:
        span: Span = doc[start:end]
        return Mention(span.text, span.start_char, span.end_char, start, end, head=head.i,
                       sentence=sentence)

    # -- the resolution rules -----------------------------------------------------------------
    def _from_entry(self, m: Mention, entry: Entry, clues: Clues, date: str | None) -> None:
        m.name, m.kind = entry.name, entry.kind
        m.country, m.sector, m.code = entry.country, entry.sector, entry.code
        m.gender = entry.gender or clues.gender
        if m.gender is None and entry.kind == "person":
            m.gender = self.kb.name_gender(entry.name)
        m.reason = f"entry '{entry.name}' ({entry.source})"
        if entry.kind == "person":
            role, why = entry.role_on(date)
            titled = _titled_role(entry, clues)
            if titled is not None and titled is not role and (
                    date is None or clues.then or role is None or role.title != titled.title):
                # the phrase's own title outranks the dated table when the role held on the
                # date is another ("Egyptian Foreign Minister Amr Moussa" in a later article)
                role, why = titled, f"role named by its title '{titled.title}'" + (
                    " at the time ('then')" if clues.then else " (undated article)"
                    if date is None else " (the title the text gives)")
            if role is not None:
                m.country, m.sector, m.title = role.country, role.sector, role.title
                m.reason += f"; {why}"
            if (role is None or role.sector is None) and (clues.modifier_agents or clues.agent):
                country, reason = m.country, m.reason
                self._apply_roles(m, clues, date)      # "CENTCOM commander General X"
                m.country = country or m.country
                m.reason = reason + m.reason[len(reason):]
            if clues.former and m.sector != "ELI":
                m.sector = "ELI"
                m.reason += "; 'former'"
            if clues.igo is not None and clues.modifier_agents:
                m.country, m.sector = None, clues.igo.sector
                m.reason += f"; acting for '{clues.igo.name}'"
                self._finish_code(m, clues.igo)
                return
        elif entry.kind in ("state", "place") and clues.agent is not None:
            m.sector = clues.agent.sector
        if entry.kind == "state" and m.sector is None:
            sector = next((a.sector for a in clues.modifier_agents if a.sector), None)
            m.sector = sector
        if entry.kind == "igo":
            m.country = None
        self._finish_code(m, entry)

    def _unknown_person(self, m: Mention, head: Token, clues: Clues, date: str | None, state) -> None:
        doc = head.doc
        ent = self._ents.get(head.i)
        name_start = max(ent.start if ent is not None else head.i, m.token_start)
        for i in range(head.i - 1, name_start - 1, -1):
            if doc[i].text == "-" and not doc[i].whitespace_ and i > name_start \
                    and not doc[i - 1].whitespace_:
                continue        # "Kim Yong-chol": a hyphen inside the name
            if i in self._hits or doc[i].pos_ != "PROPN" or doc[i].lower_ in self.kb.agents:
                name_start = i + 1
                break
        name = doc[name_start:head.i + 1].text
        m.kind, m.name, m.gender = "person", name, clues.gender or self.kb.name_gender(name)
        m.reason = "person name (spaCy) not in the knowledge base"
        earlier = self.coref.surname(m, head, state)
        if earlier is None and len(name.split()) == 1:
            entry = self._surname_entry(head.text, date, set(state.doc_counts))
            if entry is not None:
                self._from_entry(m, entry, clues, date)
                m.reason = f"surname of '{entry.name}' ({entry.source}); " + m.reason.split("; ", 1)[-1]
                return
            country = self._surname_country(head.text, date, set(state.doc_counts))
            if country is not None:
                m.country = country
                m.reason += f"; surname of people of {country} (the only such country the story names)"
                self._apply_roles(m, clues, date)      # "Vice-Foreign Minister ...": GOV too
                return
        if earlier is not None:
            return
        self._apply_roles(m, clues, date)
        national = any(a.national for a in clues.modifier_agents)
        if m.country is None and clues.igo is None and national and not clues.former \
                and state.story_country():
            m.country = state.story_country()
            m.reason += f"; country of the story ({m.country})"
            self._finish_code(m, None)
        if m.country is None and clues.igo is None and not clues.former and clues.modifier_agents \
                and m.sector in self.nonstate_person_sectors:
            self._place_by_context(m, head, state)

    def _place_by_context(self, m: Mention, head: Token, state) -> None:
        """An unknown person named with a non-state role ("dissident Ivan Petrov", "rebel
        commander Okot Lubanga") is placed as the role noun alone would be ("dissidents",
        "rebel commanders"): the state a rebel or opponent fights, the place the clause happens
        in, else the story's country."""
        found = self._opponent(head) if m.sector in ("REB", "OPP") else None
        if found is not None:
            m.country, m.reason = found[0], m.reason + f"; fighting '{found[1]}' ({found[0]})"
        elif (place := self._clause_place(head)) is not None:
            m.country, m.reason = place.country, m.reason + f"; acting in '{place.name}' ({place.country})"
        elif (country := state.story_country()) is not None and not self._state_addressed(head, country):
            m.country, m.reason = country, m.reason + f"; country of the story ({country})"
        if m.country is not None:
            self._finish_code(m, None)

    def _state_addressed(self, head: Token, country: str) -> bool:
        """"Opposition leader X urged the United States to act": when the story's country is
        named only as the very state the subject's clause acts on (its object, or a conjunct of
        it; not a possessor, adjective or place inside the object: "criticised Kenya's
        president"), that state is the other party, not the unknown subject's own."""
        if head.dep_ != "nsubj" or head.head.pos_ not in ("VERB", "AUX"):
            return False
        verb, doc = head.head, head.doc
        hits = self._country_hits(country)
        if not hits or any(h.entries[0].kind != "state" for h in hits):
            return False
        objects = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "dative")]
        objects += [g for c in verb.children if c.i > verb.i and c.dep_ == "prep"
                    for g in c.children if g.dep_ == "pobj"]
        addressed = {t.i for o in objects for t in [o, *o.conjuncts]}
        return all(doc[h.end - 1].i in addressed for h in hits)

    def _country_hits(self, country: str) -> list[Hit]:
        """The distinct knowledge-base hits of the document that name ``country``."""
        return list({id(h): h for h in self._hits.values()
                     if h.entries[0].country == country}.values())

    def _surname_like(self, head: Token) -> bool:
        """A lone capitalised name the tagger calls an organisation that is the surname of known
        people ("Mitterrand said ...")."""
        ent = self._ents.get(head.i)
        untagged = ent is None and head.pos_ == "PROPN" and head.text[:1].isupper() \
            and head.dep_ in ("nsubj", "nsubjpass")
        return (untagged or ent is not None and len(ent) == 1 and head.ent_type_ in ("ORG", "NORP")) \
            and head.lower_ in self.kb.surnames

    def _surname_entry(self, surname: str, date: str | None, named: set[str]) -> Entry | None:
        """The one person a bare surname stands for: one in office on the date, else one of a
        country the document names (a former official of another country is no guess)."""
        candidates = self.kb.surnames.get(surname.lower(), [])
        if not candidates:
            return None
        active = []
        for entry in candidates:
            role, _ = entry.role_on(date)
            if role is not None and role.sector not in (None, "ELI") and (date is None or role.covers(date)):
                active.append(entry)
        pool = active or [e for e in candidates if (e.role_on(date)[0] or e).country in named]
        if not pool:
            return None
        best = max(e.priority for e in pool)
        pool = [e for e in pool if e.priority == best]
        return pool[0] if len(pool) == 1 else None

    def _surname_country(self, surname: str, date: str | None, named: set[str]) -> str | None:
        """When several people share a bare surname but all of those of countries the document
        names belong to one country ("Mitterrand said France ..."), that country; the one
        country of all its known bearers when the story names no country or when several
        bearers (a family) share it."""
        bearers = self.kb.surnames.get(surname.lower(), []) + self.kb.given_names.get(surname.lower(), [])
        countries = {(e.role_on(date)[0] or e).country for e in bearers}
        if len(countries) == 1 and (not named or len(bearers) > 1):
            # every known bearer is of one country and the story names no other ("Papandreou"),
            # or a family of that one country bears it ("Museveni accused Kenya ...")
            return next(iter(countries))
        countries &= named
        return next(iter(countries)) if len(countries) == 1 else None

    def _apply_roles(self, m: Mention, clues: Clues, date: str | None) -> None:
        """Country and sector from the modifiers ("Gambian President X", "Israeli soldiers")."""
        agents = list(clues.modifier_agents)
        if clues.agent is not None and not (clues.agent.owned and clues.agent.sector is None):
            agents.append(clues.agent)
        specific = [a for a in agents if a.sector and not a.generic]
        chosen = None
        if clues.agent is not None and clues.agent.sector and not clues.agent.generic:
            chosen = clues.agent
            # "rebel leaders", "army commander": a specific modifier outranks a GOV-ish head
            # (a person noun before it is a rank, not a sector: "deputy foreign minister")
            outrank = [a for a in specific[:-1] if a.sector != "GOV" and not a.person]
            if chosen.sector == "GOV" and outrank:
                chosen = outrank[0]
        elif specific:
            chosen = specific[-1] if clues.agent is None else next(
                (a for a in specific if a is not clues.agent), specific[-1])
        elif agents:
            chosen = agents[-1]
        if chosen is not None:
            m.sector = chosen.sector
            if clues.rank:
                pass        # a deputy holds no office of the dated-roles table
            elif clues.agent is not None and clues.agent.title and chosen.sector == clues.agent.sector:
                m.title = clues.agent.title
            elif chosen.title:
                m.title = chosen.title
            m.gender = m.gender or chosen.gender
            m.reason += f"; role noun '{chosen.words}' -> {chosen.sector}"
        if clues.body_sector and m.sector in STATE_FORCE_SECTORS and not (
                clues.agent is not None and clues.agent.owned):
            # "a FARC commander", "a Hamas official": the group's commander, not the state's
            # (a facility keeps its own sector: "a Sandinista army post" is the army's)
            m.sector = clues.body_sector
            m.reason += f"; of a {clues.body_sector} body"
        if clues.serves_state and m.sector in self.pro_state_sectors:
            m.sector = "PRM"       # "fighters for the government": a pro-state paramilitary
            m.reason += "; fights for the state (PRM)"
        if clues.former:
            m.sector = "ELI"
            m.reason += "; 'former'"
        if clues.countries:
            m.country = clues.countries[0][0]
            m.reason += "; " + clues.reasons[0] if clues.reasons else ""
        elif clues.igo is not None:
            m.code, m.country = clues.igo.code, None
            m.name = m.name or clues.igo.name
            m.reason += f"; body '{clues.igo.name}'"
            if clues.agent is not None and clues.agent.generic and clues.igo.sector and \
                    m.sector == clues.agent.sector:
                m.sector = clues.igo.sector     # "the head of Amnesty": the body's own sector
        self._finish_code(m, None)

    def _from_agent(self, m: Mention, clues: Clues, date: str | None, state) -> None:
        m.kind = "person" if clues.agent.person and not m.plural else "agent"
        m.reason = "role noun"
        self._apply_roles(m, clues, date)
        m.reason = m.reason.replace("role noun; ", "", 1)
        if len({c for c, _ in clues.countries}) > 1 and m.kind != "person":
            # "Hungarian and Romanian officials": one per country; one person ("the Chinese
            # ambassador in Berlin") keeps the first country, the others are where they serve
            m.members = self._split_countries(m, clues)
        if clues.entry is not None and clues.entry.kind == "group" and clues.entry.sector \
                and clues.entry.sector != m.sector and not clues.former:
            # "the New People's Army": the role noun is part of the group's name
            m.sector = clues.entry.sector
            m.reason += f"; group '{clues.entry.name}' -> {m.sector}"
            self._finish_code(m, None)
        if m.country is None and clues.entry is not None and clues.entry.country:
            m.country = clues.entry.country
            clues.countries.append((m.country, clues.entry_token))
            m.reason += f"; entry '{clues.entry.name}' ({clues.entry.source})"
            self._finish_code(m, None)
        if m.country is None and clues.igo is None and self._stateless(m_head(m, self._doc), clues):
            m.reason += "; beyond any one state (no country from context)"
            return
        if m.country is None and clues.igo is None and m.sector in ("MIL", "COP", "SPY"):
            owner = self._deployer(m_head(m, self._doc), state)
            if owner is not None:
                m.country = owner.country
                m.reason += f"; forces of the subject '{owner.text}' ({owner.country})"
                self._finish_code(m, None)
        if m.country is None and clues.igo is None and m.sector in state_sectors():
            owner = self._reporter(m_head(m, self._doc), state)
            if owner is not None:
                m.country = owner.country
                m.reason += f"; institution of the speaker '{owner.text}' ({owner.country})"
                self._finish_code(m, None)
        if m.country is None and clues.igo is None and m.kind == "person" and not any(
                c.dep_ == "prep" for c in m_head(m, self._doc).children):
            owner = self.coref.voice_of(m, state)     # "the spokesman": the body named last
            if owner is not None:
                m.country = owner.country
                m.reason += f"; speaks for '{owner.text}' ({owner.country})"
                self._finish_code(m, None)
        if m.country is None and clues.igo is None and m.sector not in (None, "GOV") \
                and clues.agent.words not in self.coref.state_nouns:
            # (not for "the administration", "the ministry": governments of several states
            # alternate in a story; those take the story's country)
            earlier = self._antecedent(m, m_head(m, self._doc), state)
            if earlier is not None:
                m.country = earlier.country
                m.reason += f"; as '{earlier.text}' (sentence {earlier.sentence})"
                self._finish_code(m, None)
        if m.country is None and clues.igo is None and m.sector in ("REB", "OPP"):
            opponent = self._opponent(m_head(m, self._doc))
            if opponent is not None:
                m.country = opponent[0]
                m.reason += f"; fighting '{opponent[1]}' ({opponent[0]})"
                self._finish_code(m, None)
        if m.country is None and clues.igo is None and m.sector not in (None, "IGO", "UNO", "EUR"):
            place = self._clause_place(m_head(m, self._doc))
            if place is not None:
                m.country = place.country
                m.reason += f"; acting in '{place.name}' ({place.country})"
                self._finish_code(m, None)
        personal = any(c.dep_ == "poss" for c in m_head(m, self._doc).children)
        if m.country is None and clues.igo is None and m.sector not in (None, "IGO", "UNO", "EUR") \
                and clues.agent.words not in self.coref.state_nouns and not personal:
            country = state.story_country()
            if country is not None and not clues.former and not (
                    m.sector in self.foreign_acting_sectors
                    and self._only_acted_on(m_head(m, self._doc), country)):
                m.country = country
                m.reason += f"; country of the story ({country})"
                self._finish_code(m, None)
        head = m_head(m, self._doc)
        if m.country is None and clues.igo is None and m.sector == "GOV" and not personal \
                and not clues.former and head.dep_ != "appos" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                and (home := self.coref.home_country(state)) is not None:
            # no story country: "students marched against the president's plan" - the
            # government people of one state face is their own (coref.home_country)
            m.country = home
            m.reason += f"; government faced by people of {home}"
            self._finish_code(m, None)

    def _only_acted_on(self, head: Token, country: str) -> bool:
        """"The spokesman condemned Israel's raid", "senators prepared to propose sanctions
        against Iran": when the role noun's sentence names the story's country only as a state
        inside what its own clause (or the action it goes on to, "prepared to propose") acts on,
        that state is the target, not where the unplaced subject comes from."""
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in NOUNS:
            head = head.head.head       # "a group of senators"
        if head.dep_ != "nsubj" or head.head.pos_ not in ("VERB", "AUX") \
                or head.head.lemma_.lower() in self.home_control_verbs:
            return False
        verb, doc = head.head, head.doc
        acted_on: set[int] = set()
        while verb is not None:
            acted_on |= {t.i for c in verb.children if c.i > verb.i and c.dep_ in ACTED_ON_DEPS
                         for t in c.subtree}
            verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        hits = self._country_hits(country)
        if hits and all(h.start in acted_on and h.entries[0].kind in ("state", "capital", "seat")
                        and doc[h.end - 1].dep_ not in ("amod", "compound") for h in hits):
            return True     # (not "arrested two Nigerian students": a nationality, no target)
        # the sentence names the state only as a target ("sanctions against Iran", "condemned
        # Israel"), not as a seat ("turn over to Congress") or a place ("released into the US")
        sentence = head.sent
        local = [h for h in hits if sentence.start <= h.start < sentence.end]
        return bool(local) and all(
            h.start in acted_on and h.entries[0].kind == "state" and (
                doc[h.end - 1].dep_ == "dobj" or doc[h.end - 1].head.lower_ in self.coref.attack_target_preps)
            for h in local)

    def _stateless(self, head: Token, clues: Clues) -> bool:
        """"the international community", "most foreign troops": a modifier outside the role
        noun's own words (not "foreign minister") marks a collective beyond any one state."""
        own = set((clues.agent.words if clues.agent is not None else "").split())
        if clues.agent is None or clues.agent.sector not in self.stateless_sectors:
            return False
        return any(c.dep_ in ("amod", "compound") and c.lower_ in self.stateless_modifiers
                   and c.lower_ not in own for c in head.children)

    def _split_countries(self, m: Mention, clues: Clues) -> list[Mention]:
        members = []
        done = set()
        for iso, tok in clues.countries:
            if iso in done:
                continue
            done.add(iso)
            part = Mention(tok.text, tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1,
                           name=self.kb.country_name(iso), country=iso, sector=m.sector,
                           kind=m.kind, reason=m.reason.split(";")[0] + f"; '{tok.text}' -> {iso}",
                           plural=True, title=m.title, sentence=m.sentence, head=m.head)
            self._finish_code(part, None)
            members.append(part)
        return members

    def _from_modifiers(self, m: Mention, clues: Clues) -> None:
        m.kind = "modified"
        m.reason = "adjective/possessive only"
        self._apply_roles(m, clues, None)
        if m.country:
            m.name = self.kb.country_name(m.country)
        if clues.owner is not None and not clues.countries:
            role, why = clues.owner.role_on(self.date)
            m.name = clues.owner.name
            if role is not None:
                m.country, m.sector = role.country, role.sector
            m.reason = f"possessor '{clues.owner.name}' ({clues.owner.source}); {why}"
            self._finish_code(m, None)
        if len({c for c, _ in clues.countries}) > 1:
            m.members = self._split_countries(m, clues)

    @staticmethod
    def _finish_code(m: Mention, entry: Entry | None) -> None:
        if entry is not None and entry.kind == "igo":
            m.code = entry.code
            return
        if m.country:
            m.code = m.country + (m.sector or "")
        elif m.code is None or (entry is None and not (m.code or "").startswith(("IGO", "NGO", "IMG"))):
            m.code = m.sector if m.code is None else m.code


def _titled_role(entry: Entry, clues: Clues):
    """The person's latest role whose title the phrase itself names ("President Petro
    Poroshenko" is the president, not the opposition figure he became later; "then-President
    Obama" in 2019 is the president of the time); None when the phrase names no title of that
    person (or a rank or a former holder)."""
    if clues.former or clues.rank:
        return None
    titles = {a.title for a in (*clues.modifier_agents, clues.agent) if a is not None and a.title}
    named = [r for r in entry.roles if r.title in titles and r.sector != "ELI"]
    return max(named, key=lambda r: (r.end == "", r.end, r.start)) if named else None


def foreign_modifier(entry: Entry, clues: Clues) -> bool:
    """A state's word modifying another state's seat ("the Mexican Congress"): every country
    the modifiers name differs from the seat's own."""
    return bool(entry.country and entry.sector and clues.countries) and \
        all(c != entry.country for c, _ in clues.countries)


def m_head(m: Mention, doc: Doc) -> Token:
    """The head token of a mention."""
    return doc[m.head if m.head >= 0 else m.token_end - 1]


def _state_subject(verb: Token, state) -> Mention | None:
    """The subject of ``verb`` when it is a state, its capital or seat, or a government person."""
    for subj in verb.children:
        if subj.dep_ == "nsubj":
            owner = state.by_head.get(subj.i)
            if owner is not None and owner.country and owner.kind in (
                    "state", "capital", "seat", "person", "pronoun") and owner.sector in (None, "GOV"):
                return owner
    return None


def _has_owner(clues: Clues, head: Token) -> bool:
    """A facility or unit noun names an actor through its own sector ("barracks") or an owner
    before it: a role noun, a state, a body or a possessor ("army camp", "a US base")."""
    return bool(clues.agent.sector or clues.modifier_agents or clues.owner or clues.igo
                or any(tok.i < head.i for _, tok in clues.countries))


def _mistagged_name(token: Token, hits: dict[int, Hit]) -> bool:
    """A capitalised name of the knowledge base the tagger took for a pronoun or determiner
    ("Pretoria accused Lusaka of ...": "Lusaka" tagged DT): it is a name, not a pronoun."""
    return token.pos_ in ("PRON", "DET") and token.i in hits and token.text[:1].isupper() \
        and token.lower_ not in PRONOUNS and token.i > token.sent.start


def _ethnic(token: Token) -> bool:
    """"ethnic Albanian", "pro-Russian": the adjective names a people or a side, not a state."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in ("ethnic", "pro", "anti")


def _people_of_place(token: Token, clues: Clues) -> bool:
    """"Bosnian Serb forces", "Iraqi Kurdish leaders": a second nationality adjective (a people
    of descriptions.yaml minority_peoples) right after a first one, with no "and", comma or
    hyphen between, names a minority of the first state (CAMEO codes the group by the state it
    lives in), not a second party."""
    if token.i == 0 or token.pos_ not in ("ADJ", "PROPN") and token.ent_type_ != "NORP":
        return False
    before = token.doc[token.i - 1]
    return before.ent_type_ in ("NORP", "GPE") and before.dep_ in ("amod", "compound") and \
        any(tok.i == before.i for _, tok in clues.countries)


def pick_entry(entries: list[Entry], date: str | None) -> Entry:
    """Best entry for a name: highest priority, then a person in office on the date, then the
    person who left office last before it (a bare "Clinton" in 2016 is Hillary, not Bill)."""
    top = [e for e in entries if e.priority == entries[0].priority]
    if len(top) > 1 and date:
        for e in top:
            role, _ = e.role_on(date)
            if e.kind == "person" and role is not None and role.covers(date) and role.sector != "ELI":
                return e
        last = max(top, key=lambda e: _left_office(e, date[:10]))
        if _left_office(last, date[:10]):
            return last
    return top[0]


def _left_office(entry: Entry, day: str) -> str:
    """The date a person last left an office on or before ``day`` ("" if never)."""
    if entry.kind != "person":
        return ""
    return max((r.end for r in entry.roles if r.end and r.end <= day), default="")


def _same_place_phrase(hit: Hit, counted: list[Hit], hits: dict[int, Hit]) -> bool:
    """A town or region named with its state in one phrase ("Saudi Arabia's Asir region",
    "the Asir region of Saudi Arabia", "Tuzla, Bosnia") names that state once, not twice."""
    country = hit.entries[0].country
    for other in counted:
        if other.entries[0].country != country or "place" not in (
                other.entries[0].kind, hit.entries[0].kind):
            continue
        if 0 <= hit.start - other.end <= PLACE_PHRASE_GAP \
                and not any(i in hits for i in range(other.end, hit.start)):
            return True
    return False


__all__ = ["ActorResolver", "load_knowledge_base"]
