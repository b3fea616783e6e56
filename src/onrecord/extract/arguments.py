"""Argument roles from the dependency parse: who acts (actor) and on whom (recipient).

Subjects (with passive agents, coordination, control through xcomp and relative clauses),
objects and prepositional objects of verbs; possessors, "by" agents, demonyms and support verbs
of event nouns. Returns tokens; events.py resolves them to actors.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_CONTROL_DEPS = frozenset({"dobj", "dative"})
ACCUSATION_LEMMAS = frozenset({"accuse", "blame", "charge", "condemn", "criticize", "criticise",
                               "fault", "denounce", "suspect", "convict", "indict"})
CONFLICT_ONLY_PREPS = frozenset({"in", "into", "near", "along", "around", "inside"})
NOMINAL_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
SUBORDINATORS = frozenset({"after", "before", "since", "as", "when", "while", "because",
                           "until", "once"})


@cache
def frame_set(name: str) -> frozenset[str]:
    """A word list from the frame tables (triggers_frames.yaml), as a set, built once."""
    from onrecord.extract.triggers import load_lexicon

    return frozenset(load_lexicon().frames.get(name, ()))


def is_passive(verb: Token) -> bool:
    """True for "was attacked (by ...)" and reduced passives with an agent."""
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    )


def passive_agent(verb: Token) -> Token | None:
    """The object of "by" in a passive clause."""
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def clause_subject(verb: Token, depth: int = 0) -> Token | None:
    """The token that does what ``verb`` says: its subject, passive agent or controller."""
    if depth > 6:
        return None
    if verb.pos_ in ("NOUN", "PROPN"):
        # "reiterated its demand that Israel ease ...": the demand's owner, else the subject
        # of the verb that governs the noun; never the subject of the complement clause
        for c in verb.children:
            if c.dep_ == "poss":
                return c
        if verb.dep_ in ("dobj", "attr", "nsubjpass") and verb.head.pos_ in ("VERB", "AUX"):
            return clause_subject(verb.head, depth + 1)
        return None
    if is_passive(verb):
        return passive_agent(verb)
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            return c
    for c in verb.children:
        # misparse "after [the Taliban]pobj claimed": the subject hangs under the conjunction
        if c.dep_ in ("mark", "prep") and c.i < verb.i and c.lower_ in SUBORDINATORS:
            for g in c.children:
                if g.dep_ == "pobj" and g.i < verb.i:
                    return g
    dep, head = verb.dep_, verb.head
    if head == verb:
        return None
    if dep == "conj":
        if is_passive(head):
            # "was indicted by the court and will resign": the surface subject resigns
            for c in head.children:
                if c.dep_ in PASSIVE_SUBJECT_DEPS:
                    return c
        return clause_subject(head, depth + 1)
    if dep == "xcomp" or (dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                 for c in verb.children)):
        if dep == "xcomp" and head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in frame_set("object_control"):
                for c in head.children:
                    if c.dep_ in OBJECT_CONTROL_DEPS and c.i < verb.i:
                        return c
            if is_passive(head) and passive_agent(head) is None:
                # "Iran is set to release ...", "was forced to withdraw": raised subject
                for c in head.children:
                    if c.dep_ in PASSIVE_SUBJECT_DEPS:
                        return c
        if head.pos_ in ("ADJ",) and head.dep_ in ("acomp", "oprd"):
            return clause_subject(head.head, depth + 1)
        return clause_subject(head, depth + 1)
    if dep == "relcl":
        return head
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        # "the EU's decision to lift the embargo": the decider acts
        for c in head.children:
            if c.dep_ == "poss":
                return c
        if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
            return clause_subject(head.head, depth + 1)
    if dep == "acl" and verb.tag_ == "VBG":
        if head.lemma_.lower() in frame_set("document_nouns") and head.head != head:
            # "released a statement criticizing ...": the issuer speaks
            if head.head.pos_ in ("VERB", "AUX"):
                return clause_subject(head.head, depth + 1)
            return None
        return head
    if dep == "pcomp" and head.dep_ == "prep":
        gov = head.head
        if gov.lemma_.lower() in ACCUSATION_LEMMAS:
            for c in gov.children:
                if c.dep_ in OBJECT_CONTROL_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS:
                    return c
        if gov.pos_ in ("VERB", "AUX"):
            return clause_subject(gov, depth + 1)
    if dep in ("advcl", "ccomp") and verb.tag_ == "VBG":
        return clause_subject(head, depth + 1)
    return None


def verb_recipients(verb: Token, conflictive: bool, skip: set[int]) -> list[Token]:
    """Candidate recipient tokens of a verb trigger, best first."""
    out: list[Token] = []
    consumed: list[Token] = []
    passive = is_passive(verb)
    children = list(verb.children)
    if not any(c.dep_ == "dobj" for c in children):
        # "attacked and seized a tanker": the object is shared through the coordination
        for cj in verb.conjuncts:
            if cj.i > verb.i:
                children += [c for c in cj.children if c.dep_ == "dobj"]
                break
    for c in children:
        if c.i in skip:
            if c.dep_ in ("dobj", "nsubjpass", "dative"):
                consumed.append(c)
            continue
        if passive and c.dep_ in PASSIVE_SUBJECT_DEPS:
            out.append(c)
        elif c.dep_ in ("dobj", "dative", "attr") and not passive:
            out.append(c)
    doc = verb.doc
    prep_holders = [verb] + [doc[i] for i in sorted(skip) if i != verb.i
                             and doc[i].pos_ in ("NOUN", "PROPN", "ADP", "ADV")]
    preps = frame_set("recipient_preps")
    out.extend(between_objects(verb))
    goals: set[int] = set()
    for holder in prep_holders:
        for c in holder.children:
            if c.dep_ not in ("prep", "dative", "prt", "agent"):
                continue
            word = c.lower_
            out_of = word == "of" and holder.lower_ == "out"     # "pulled out of Lebanon"
            if not out_of and (word not in preps or (word in CONFLICT_ONLY_PREPS
                                                     and not conflictive)):
                continue
            for g in c.children:
                if g.dep_ == "pobj":
                    places = mission_place(g)
                    out.extend(places)
                    out.append(g)
                    if word == "to":
                        goals.update(t.i for t in [*places, g])
    if verb.lemma_.lower() in frame_set("to_recipient_verbs"):
        # "extradited a suspect to Ethiopia": the goal is the recipient, not the object
        out.sort(key=lambda t: 0 if t.i in goals else 1)
    # "withdraw its troops from Abyei": the actor's own forces are what it moves, not whom it
    # acts on; a party named by a phrase comes first
    out.sort(key=lambda t: 1 if t.dep_ == "dobj" and own_thing(t) else 0)
    # "expelled two Russian diplomats": the light-verb object names the recipient; when it is
    # a named party ("summoned the Chinese ambassador in Berlin") it beats any later phrase
    named = [c for c in consumed if names_party(c)]
    if named and verb.lemma_.lower() not in frame_set("to_recipient_verbs"):
        return named + out + [c for c in consumed if c not in named]
    return out + consumed


PARTY_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def names_party(noun: Token) -> bool:
    """True for a noun phrase a name or nationality pins to a party: "the Chinese ambassador",
    "the UAE envoy", "Juan Guaido" (not "Venezuela's borders": a possessor only owns it)."""
    if noun.ent_type_ in PARTY_ENTS and noun.pos_ == "PROPN":
        return True
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ in PARTY_ENTS for c in noun.children)


def noun_actor(noun: Token, skip: set[int]) -> list[Token]:
    """Actor candidates of an event noun: possessor, "by" agent, demonym or name modifier."""
    out: list[Token] = []
    for c in noun.children:
        if c.i in skip:
            continue
        if c.dep_ == "poss":
            out.append(c)
        elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    for c in noun.children:
        if c.i not in skip and c.dep_ in NOMINAL_MODIFIER_DEPS and c.i < noun.i:
            out.append(c)
    return out


def noun_recipients(noun: Token, preps: set[str], skip: set[int]) -> list[Token]:
    """Recipient candidates of an event noun from its prepositional phrases."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i not in skip:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def between_parties(noun: Token) -> list[Token]:
    """"talks between X and Y": the parties named after "between"/"among". For a third party's
    noun ("Norway's mediation effort between X and Y") the mediator comes first, then X."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            for g in c.children:
                if g.dep_ == "pobj":
                    if is_third_party(noun):
                        own = [t for t in noun.children if t.dep_ == "poss"]
                        gov = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj") else None
                        if gov is not None and gov.dep_ == "prep":
                            gov = gov.head
                        subj = own[0] if own else (clause_subject(gov) if gov is not None
                                                   and gov.pos_ in ("VERB", "AUX") else None)
                        return [subj, g] if subj is not None else []
                    return [g, *g.conjuncts]
    return []


def is_third_party(word: Token) -> bool:
    """A mediator's word ("mediation", "mediate", "a mediation effort"): data/roles.yaml."""
    words = set(roles_table().get("third_party_words", ()))
    return word.lemma_.lower() in words or word.lower_ in words or any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower() in words or c.lower_ in words)
        for c in word.children)


def between_objects(verb: Token) -> list[Token]:
    """"offered to mediate between Sudan and Chad": the parties a mediating verb acts on."""
    if not is_third_party(verb):
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
            for g in c.children if g.dep_ == "pobj"]


def of_object(noun: Token) -> Token | None:
    """The object of "of" under a noun ("the annexation of Crimea")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    return g
    return None


def with_partners(verb: Token, skip: set[int]) -> list[Token]:
    """"held a phone call with X", "met with X": the partner named by "with" on the trigger
    itself (or on its light-verb noun), which beats a recipient found in a purpose clause."""
    doc = verb.doc
    holders = [verb] + [doc[i] for i in sorted(skip) if i != verb.i and doc[i].pos_ == "NOUN"]
    out: list[Token] = []
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def other_side(actors: list, recipients: list) -> list:
    """The recipient list without the actor's own country when it also names another one
    ("the ministers of Armenia and Azerbaijan met": Armenia -> Azerbaijan, not [ARM, AZE])."""
    own = {a.country for a in actors if a.country}
    if not own:
        return recipients
    other = [r for r in recipients if r.country not in own]
    return other or recipients


def self_reference(actors: list, recipient) -> bool:
    """True when a recipient is only the actor again through a pronoun or a possessive
    ("Beijing would defend its sovereignty": its = Beijing), so it names no target."""
    own = {a.country for a in actors if a.country} | {a.name for a in actors if a.name}
    if recipient.kind != "pronoun" and recipient.text.lower().split()[0] not in SELF_POSSESSIVES:
        return False
    return bool(own & {recipient.country, recipient.name})


SELF_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "itself", "themselves"})


def against_targets(verb: Token) -> list[Token]:
    """Objects of "against" anywhere under the trigger ("mobilized reservists for a possible
    war against Iraq"): the target when the direct object is only the actor's own forces."""
    return [g for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "against"
            for g in t.children if g.dep_ == "pobj"]


def is_party(m) -> bool:
    """A mention that can be a recipient on its own: a country, an international body, or a
    phrase whose code names one ("the EU decision" -> the EU, "Western allies" -> the West,
    "Islamic State fighters" -> a transnational militant group); prefixes in data/roles.yaml."""
    prefixes = tuple(roles_table().get("party_code_prefixes", ()))
    return bool(m.country or m.kind == "igo" or (prefixes and (m.code or "").startswith(prefixes)))


NEWS_SECTORS = frozenset({"MED", "JRN"})
CONDITION_MARKS = frozenset({"if", "unless"})


def is_newsroom(m) -> bool:
    """A news outlet or reporter: it tells of events, it is not their target."""
    return (m.sector or "") in NEWS_SECTORS or (m.code or "").endswith(tuple(NEWS_SECTORS))


def condition_party(verb: Token) -> Token | None:
    """The subject of an "if"/"unless" clause on the trigger's clause ("will develop missiles
    if the US exits the pact" -> the US): whom a conditional threat is aimed at."""
    for t in [verb, *list(verb.ancestors)[:3]]:
        for c in t.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS
                                         for g in c.children):
                return clause_subject(c)
    return None


def is_locative(m, doc, event_nouns: frozenset | set = frozenset()) -> bool:
    """A name that only says where: a seat or body's city after "in"/"at" ("met in Brussels")
    or a name modifying a meeting noun ("the Singapore summit"). A state, capital or region
    after "in" may still be the target ("banks in Moscow")."""
    if m.head < 0:
        return False
    tok = doc[m.head]
    if tok.lemma_.lower() in event_nouns or (tok.dep_ == "compound"
                                             and tok.head.lemma_.lower() in event_nouns):
        return True
    return m.kind in ("igo", "seat") and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")


def of_parties(noun: Token) -> list[Token]:
    """"the ministers of Japan and South Korea": the coordinated "of" objects (two or more)."""
    of = of_object(noun)
    if of is None or not of.conjuncts:
        return []
    return [of, *of.conjuncts]


def add_of_parties(found: list, parties: list) -> list:
    """``found`` plus each coordinated party whose country it does not already hold."""
    have = {m.country or m.code for m in found}
    out = list(found)
    for m in parties:
        key = m.country or m.code
        if key and key not in have:
            have.add(key)
            out.append(m)
    return out


@cache
def roles_table() -> dict:
    """The argument-role word lists of data/roles.yaml, read once."""
    from importlib import resources

    import yaml

    text = resources.files("onrecord.extract").joinpath("data/roles.yaml").read_text()
    return yaml.safe_load(text) or {}


@cache
def meeting_nouns() -> frozenset[str]:
    """Nouns a place name may modify to say where (data/roles.yaml)."""
    return frozenset(roles_table().get("meeting_nouns", ()))


def own_thing(noun: Token) -> bool:
    """"its troops", "their weapons": a noun owned by a possessive pronoun (the actor's own)."""
    return any(c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in noun.children)


def mission_place(noun: Token) -> list[Token]:
    """"troops to the UN peacekeeping force in South Sudan": the place a force or mission
    serves ("in"/"for" object of a mission noun), which is the one helped, before the force."""
    missions = roles_table().get("mission_nouns", ())
    if noun.lemma_.lower() not in missions and noun.lower_ not in missions:
        inner = of_object(noun)      # "agreed to an extension of the force in Cyprus"
        return mission_place(inner) if inner is not None and inner.pos_ in ("NOUN", "PROPN") \
            and inner.i > noun.i else []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "for", "to")
            for g in c.children if g.dep_ == "pobj"]
