"""Plain data for resolved mentions: Mention (one phrase -> one actor) and DocActors (per doc)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from onrecord.schema import Actor


@dataclass(eq=False)
class Mention:
    """A phrase in the document resolved to an actor, with the reason it resolved so."""

    text: str
    start: int            # char offsets into doc.text
    end: int
    token_start: int      # token offsets (doc[token_start:token_end])
    token_end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kind: str = "unknown"   # state | person | igo | agent | group | pronoun | description | unknown
    reason: str = ""        # which entry / rule resolved it (for `onrecord actors`)
    gender: str | None = None   # m | f | None
    plural: bool = False
    title: str | None = None    # office ("president", "foreign minister") when known
    sentence: int = 0           # index of the sentence the mention is in
    head: int = -1              # token index of the phrase's head
    members: list[Mention] = field(default_factory=list)   # for "the two presidents"

    def to_actor(self) -> Actor:
        return Actor(self.text, self.start, self.end, self.name, self.country, self.sector, self.code)


@dataclass
class DocActors:
    """All mentions of one document, indexed by token for the extractors."""

    doc: Doc
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    groups: dict[int, list[Mention]] = field(default_factory=dict)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.head >= 0:
            self.by_token[mention.head] = mention
        for i in range(mention.token_start, mention.token_end):
            self.by_token.setdefault(i, mention)

    def add_group(self, head: int, members: list[Mention]) -> None:
        """Several actors for one phrase ("Hungarian and Romanian officials", "both men")."""
        self.groups[head] = members

    def actor_for(self, token: Token) -> Mention | None:
        """The mention covering ``token`` or, failing that, the first inside its noun phrase."""
        if token.i in self.by_token:
            return self.by_token[token.i]
        for t in token.subtree:
            if t.i in self.by_token and not _embedded(t, token):
                return self.by_token[t.i]
        return None

    def actors_for(self, token: Token) -> list[Mention]:
        """Mentions for ``token`` and the tokens coordinated with it ("X and Y")."""
        found: list[Mention] = []
        if split_subject(token):
            conjuncts = []      # "invaded Kuwait and the United States condemned it"
        else:
            conjuncts = [t for t in token.conjuncts if not split_subject(t)]
        for t in [token, *conjuncts, *listed_apposition(token), *hidden_conjuncts(token)]:
            group = self.groups.get(t.i)
            if group is None:
                m = self.actor_for(t)
                group = [] if m is None else [m]
                if m is not None and not m.token_start <= t.i < m.token_end and m.head >= 0:
                    # found inside the phrase ("sanctions on India and Pakistan"): the names
                    # coordinated with it are named by the phrase too
                    group += [c for x in self.doc[m.head].conjuncts
                              for c in [self.by_token.get(x.i)] if c is not None]
            for m in group:
                if m not in found:
                    found.append(m)
        return found


def listed_apposition(token: Token) -> list[Token]:
    """Names a list misparsed as apposition: "The United States, India, Israel and Pakistan"
    (India an appositive of States, the rest its conjuncts) or "a ban on the shipping firm
    Norvalis and the BKV" (BKV coordinated with the appositive name). An appositive
    counts only when it heads a coordination; a lone one ("Putin, the Russian president") is
    the same party again and adds nothing, and so are role nouns in apposition to a person's
    name ("Jane Roe, a senior adviser at a think tank and a former envoy": both say who she is)."""
    out: list[Token] = []
    person = token.ent_type_ == "PERSON"
    for c in token.children:
        if c.dep_ == "appos" and c.pos_ in NOUNS and c.conjuncts and not (person and c.pos_ == "NOUN"):
            out.extend(t for t in (c, *c.conjuncts) if t.i != token.i)
    return out


def hidden_conjunct_subject(verb: Token) -> Token | None:
    """The subject of a second finite verb that a misparse hung on the name right before it as
    a conjunct of an earlier object or date ("invaded Kuwait and the United States condemned
    it", "in February and Poland condemned it"): a name followed directly by a finite verb
    that has no subject of its own is that verb's subject."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ == "conj" and prev.pos_ == "PROPN" and prev.ent_type_ not in ("DATE", "TIME") \
            and prev.head.i < prev.i and prev.head.dep_ in ("dobj", "pobj") \
            and any(c.dep_ == "cc" for c in prev.head.children):
        return prev
    return None


def split_subject(token: Token) -> bool:
    """True for a name that a misparse coordinated with an earlier object but that is the
    subject of the finite verb right after it (hidden_conjunct_subject)."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.pos_ in ("VERB", "AUX") and \
        nxt.dep_ in ("conj", "advcl") and getattr(hidden_conjunct_subject(nxt), "i", -1) == token.i


def hidden_conjuncts(token: Token) -> list[Token]:
    """Names coordinated with an object that a misparse hung elsewhere ("an embargo on the
    Dominican Republic (DR) and the Federated States of Micronesia": the second country as a
    conjunct of "on" or of "embargo"; a direct object's partner as a conjunct
    of the verb). Only after the object, and on the noun only for names ("sanctions on Iran
    and talks with Iraq" coordinates two events)."""
    if token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX"):
        # "banned the Liberal Reform Party (LRP) and the People's Unity Front": a
        # noun can only be coordinated with the verb by a misparse
        return [t for t in token.head.conjuncts if t.pos_ in ("NOUN", "PROPN") and t.i > token.i]
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return []
    prep = token.head
    out = [t for t in prep.conjuncts if t.pos_ in ("NOUN", "PROPN") and t.i > token.i]
    if prep.head.pos_ == "NOUN":
        out += [t for t in prep.head.conjuncts if t.pos_ == "PROPN" and t.i > token.i]
    return out


EMBEDDING_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl"})
# a noun's "against" complement names the opposed party, never the noun's own actor ("a protest
# by musicians against the government": the government is not the musicians); other
# complements stay ("talks with the government", "sanctions on Iran" name the other party)
OPPOSING_PREPS = frozenset({"against", "versus"})
ACTED_ON_DEPS = frozenset({"dobj", "dative", "prep", "attr"})   # what a verb acts on
NOUNS = frozenset({"NOUN", "PROPN", "PRON"})


def _embedded(t: Token, top: Token) -> bool:
    """True when ``t`` sits in a clause (relative, participle, complement, gerund) under ``top``
    ("groups taking over buildings, which Western allies say ...": the allies are not the
    groups) or in an "against" complement of a noun ("musicians against the government"), so
    it does not name the phrase ``top`` heads."""
    while t.i != top.i:
        if t.dep_ in EMBEDDING_DEPS:
            return True
        if t.dep_ == "prep" and t.head.pos_ in NOUNS and t.lower_ in OPPOSING_PREPS:
            return True
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in NOUNS:
            # a gerund clause on a noun ("groups [of torturing detainees]") is an act the
            # phrase is said to do, not part of its name
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False
