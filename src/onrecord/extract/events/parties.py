"""Fallback parties when the clause names none directly: quote speakers, unlisted agents,
attack phrases, pronoun antecedents and the recipient read from context (convention 2)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from onrecord.actors.model import ACTED_ON_DEPS, Mention
from onrecord.extract import arguments as args
from onrecord.extract.events.model import (
    AGENT_PHRASE,
    FALLBACK_ENTITIES,
    MATERIAL_CONFLICT,
    Candidate,
)

PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "within"})
GOAL_PREPS = frozenset({"to", "toward", "towards", "into"})   # a destination, not a place


class PartyFallbacks:
    """EventCoder part: parties found outside the clause's resolved mentions."""

    def speaker_of(self, tok: Token) -> list[Mention]:
        """The speaker of the statement whose content holds ``tok`` ("we", "I" in a quote)."""
        for fs in self.statements:
            a, b = fs.content_tokens
            if a <= tok.i < b and (fs.speaker.country or fs.speaker.code or fs.speaker.name):
                if fs.speaker_mention is not None:
                    return [fs.speaker_mention]
                sp = fs.speaker
                return [Mention(sp.text, sp.start, sp.end, tok.i, tok.i + 1, name=sp.name,
                                country=sp.country, sector=sp.sector, code=sp.code,
                                kind="person")]
        return []

    def unresolved_actor(self, tok: Token) -> list[Mention]:
        """A named group or person the resolver does not know ("the Jund Brigade attacked ..."):
        the event keeps its doer as text, with the one country named around it if any."""
        ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
        if ent is None and tok.pos_ == "PROPN" and tok.text[:1].isupper():
            # a proper name the tagger labels as no entity ("the Polisario Front accused ...")
            # is still a named party: the name is the head and its proper-noun compounds
            first = min([tok.i, *(c.i for c in tok.lefts if c.dep_ in ("compound", "flat")
                                  and c.pos_ == "PROPN" and c.text[:1].isupper())])
            ent = SpacySpan(self.doc, first, tok.i + 1, label="ORG")
        if ent is None or ent.label_ not in FALLBACK_ENTITIES or tok.pos_ != "PROPN":
            return []
        start, end = ent.start_char, ent.end_char
        verb = tok.head
        # a state the subject's own verb acts on is the other party, not where the doer is from
        # (a place "in Ghana" still says where the doer acts)
        acted = {t.i for c in verb.children if c.i > verb.i and c.dep_ in ACTED_ON_DEPS
                 for t in c.subtree} if tok.dep_ == "nsubj" else set()
        acted -= {t.i for p in verb.subtree if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                  for t in p.subtree}
        return [Mention(self._text[start:end], start, end, ent.start, ent.end,
                        country=self.one_country_around(tok.i, acted),
                        kind="group" if ent.label_ != "PERSON" else "person",
                        reason="event subject not resolved", head=tok.i,
                        sentence=self._sent_index(tok.i))]

    def one_country_around(self, i: int, skip: set[int] | frozenset[int] = frozenset()) -> str | None:
        """The one country named in token ``i``'s sentence and the one before it (mentions headed
        in ``skip`` left out), else None."""
        sent = self._sent_of(i)
        back = self._sent_start_back(sent, 1)
        countries = {m.country for m in self.actors.mentions
                     if back <= m.token_start < sent.end and m.country and m.head not in skip}
        return next(iter(countries)) if len(countries) == 1 else None

    def agent_phrase(self, tok: Token) -> list[Mention]:
        """"Hackers attacked the ministry", "a group of musicians lifted a boycott": a subject
        that names people or organisations the resolver does not know keeps its phrase as the
        actor, with the sector its noun gives and no country: an unknown doer is not given the
        country of its target or surroundings (arguments.agent_phrase)."""
        found = args.agent_phrase(tok)
        if found is None:
            return []
        a, b, sector = found
        start, end = self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1].text)
        return [Mention(self._text[start:end], start, end, a, b, sector=sector, kind="agent",
                        plural=tok.tag_ == "NNS", reason=AGENT_PHRASE,
                        head=tok.i, sentence=self._sent_index(tok.i))]

    def antecedent(self, m: Mention) -> Mention:
        """A resolved pronoun's named mention earlier in the same sentence ("called Erdogan and
        urged him": Erdogan), so the record names the party; else the pronoun itself."""
        if m.kind != "pronoun" or not (m.name or m.code):
            return m
        found = m
        for x in self.actors.mentions:
            if x.token_start < m.token_start and x.sentence == m.sentence and x.kind != "pronoun" and (
                    x.name == m.name if m.name else
                    x.code == m.code and x.country == m.country):
                found = x
        return found

    def named_reporter(self, pronoun: Token, actors: list[Mention]) -> list[Mention]:
        """"Russia said it had expelled ...": the reporting subject's mention stands for the
        pronoun when it names the same party (a record names the party, not "it")."""
        subj = args.reporting_subject(pronoun, args.reporting_verbs())
        if subj is None:
            return actors
        named = [x for x in self.mentions([subj]) if x.kind != "pronoun"]
        if len(named) == 1 and (named[0].country and named[0].country == actors[0].country or
                                (named[0].name or named[0].code) ==
                                (actors[0].name or actors[0].code)):
            return named
        return actors

    def attack_phrase(self, noun: Token) -> Mention:
        """An attack named as a clause subject with no doer on it ("a suicide attack killed
        12"): the event keeps the attack phrase as an actor of unknown country."""
        start_tok = noun.left_edge.i
        start, end = self.doc[start_tok].idx, noun.idx + len(noun.text)
        return Mention(self._text[start:end], start, end, start_tok, noun.i + 1, kind="unknown",
                       reason="attack named without its attacker", head=noun.i,
                       sentence=self._sent_index(noun.i))

    def context_recipient(self, cand: Candidate, actors: list[Mention],
                          sent: SpacySpan, found: list[Mention] | None = None) -> list[Mention]:
        """No recipient in the clause: the nearest other state or body named in the sentence
        (after the trigger first), else the last one named in the two sentences before it —
        as a human coder reads the target from context. Confidence is lowered. A clause on a
        phrase already ``found`` as acted on says where those people go or what they are tied
        to ("shot at migrants heading for the Greek frontier"), not who they are; with such a
        phrase, a border named by a state only says where (arguments.border_place)."""
        akey = {self.key_of([a]) for a in actors}
        own = {t.i for a in actors for t in self.doc[a.token_start:a.token_end]}
        own |= {t.i for r in found or () if 0 <= r.head < len(self.doc)
                for c in [*self.doc[r.head].children, self.doc[r.head].head]
                if c.dep_ in ("acl", "relcl") and c.head.i == r.head or
                c.dep_ == "pcomp" and self.doc[r.head] in args.participle_subjects(c.head)
                for p in c.subtree if p.dep_ == "prep" and p.lower_ in GOAL_PREPS
                for t in p.subtree}
        head = cand.match.head.i
        trigger = {t.i for t in cand.tokens}
        obj = args.people_object(cand.match.head) if cand.match.kind != "noun" else None
        crowd = args.gathering_object(cand.match.head) if cand.match.kind != "noun" and \
            cand.sense.event in args.role_set("gathering_acted_types") else None
        if obj is None and crowd is not None:
            # "police broke up a demonstration against Israel": the gathering is its people,
            # and all that is said of it (what it protests) names no one acted on
            obj = crowd
            own |= {t.i for t in crowd.subtree if args.describes(t, crowd) and not any(
                a.lower_ in args.role_set("gathering_member_preps") and a.head == crowd
                for a in t.ancestors)}
        if obj is not None:
            # "arrested the organisers of a protest outside the US embassy": what is said of
            # the unplaced people acted on names no party; one state's forces or government
            # acting on them act at home (the domestic dyad, roles.yaml domestic_state_sectors)
            own |= {t.i for t in obj.subtree if args.describes(t, obj, True)}
            home = self.home_object(obj, actors)
            if home is not None:
                return [home]
        # a party named inside the actor's own phrase ("the army, backed by Soviet advisers,
        # shelled the town") describes the actor's side, not whom it acts on
        for a in actors:
            if 0 <= a.head < len(self.doc):
                sub = {t.i for t in self.doc[a.head].subtree}
                if head not in sub:
                    own |= sub

        own_c = {a.country for a in actors if a.country}
        reporters = args.attribution_sources(cand.match.head)
        back = self._sent_start_back(sent, 2)

        def ok(m: Mention, strict: bool) -> bool:
            # another country first; the actor's own country only when no other is named
            return bool(m.country or m.kind == "igo") and m.kind != "pronoun" and \
                not args.is_newsroom(m) and not args.is_locative(m, self.doc, args.meeting_nouns()) and \
                self.key_of([m]) not in akey and m.token_start not in own and \
                not (m.head in trigger and args.own_means(m, actors)) and \
                not (cand.sense.event not in MATERIAL_CONFLICT and args.is_topic(m, self.doc)) and \
                not (strict and m.country in own_c) and m.head not in reporters and \
                not (m.head >= 0 and args.owned_by_actor(self.doc[m.head], [m])) and \
                not (found and m.head >= 0 and args.border_place(self.doc[m.head])) and \
                not (m.head >= 0 and args.other_clause_doer(self.doc[m.head], cand.match.head))

        for strict in (True, False):
            in_sent = [m for m in self.actors.mentions if sent.start <= m.token_start < sent.end
                       and ok(m, strict)]
            # (a name past a colon or semicolon is in a clause of its own: "pushed hard for the
            # deal: the envoy telephoned the rivals" does not aim the push at the envoy)
            after = [m for m in in_sent if m.token_start > head and
                     not args.clause_break(self.doc, head, m.token_start)]
            if after:
                return self.with_conjuncts(after[0], lambda x, s=strict: ok(x, s))
            before = [m for m in in_sent if m.token_start < head]
            if before:
                return self.with_conjuncts(before[-1], lambda x, s=strict: ok(x, s))
            earlier = [m for m in self.actors.mentions if back <= m.token_start < sent.start
                       and ok(m, strict)]
            if earlier:
                return [earlier[-1]]
        return []

    def home_object(self, obj: Token, actors: list[Mention]) -> Mention | None:
        """The unplaced people ``obj`` names, of the one country of actors that are all that
        state's government, forces or courts ("Kenyan police detained the organisers"), else
        None."""
        countries = {a.country for a in actors}
        state = args.role_set("domestic_state_sectors")
        if len(countries) != 1 or None in countries or not all(a.sector in state for a in actors):
            return None
        country = next(iter(countries))
        a = obj.left_edge.i
        start, end = self.doc[a].idx, obj.idx + len(obj.text)
        return Mention(self._text[start:end], start, end, a, obj.i + 1, country=country,
                       code=country, kind="agent", plural=obj.tag_ == "NNS",
                       reason=f"people acted on by the state's own side ({country})",
                       head=obj.i, sentence=self._sent_index(obj.i))

    def with_conjuncts(self, m: Mention, ok) -> list[Mention]:
        """``m`` and the parties coordinated with it ("sanctions on India and Pakistan")."""
        if m.head < 0:
            return [m]
        out = [m]
        for t in args.coordinated(self.doc[m.head]):
            x = self.actors.by_token.get(t.i)
            if x is not None and x not in out and ok(x):
                out.append(x)
        return out
