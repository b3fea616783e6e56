"""Argument roles from the dependency parse: who acts (actor) and on whom (recipient).

Subjects (with passive agents, coordination, control through xcomp and relative clauses),
objects and prepositional objects of verbs; possessors, "by" agents, demonyms and support verbs
of event nouns; attacks named as subjects, commands, agentless state acts, reported pronouns,
the actor's own forces and the news source (never a party). Returns tokens; extract.events
resolves them to actors. Word lists live in data/roles.yaml.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from onrecord.actors.model import OPPOSING_PREPS, Mention, hidden_conjunct_subject, hidden_conjuncts
from onrecord.ontology import state_sectors
from onrecord.pronouns import PERSON_OBJECTS, THIRD_PERSON_SUBJECTS, pronouns

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


def shared_agent(verb: Token) -> Token | None:
    """"tents donated and delivered by a Turkish charity": a bare participle with no "by" of
    its own shares the agent of the participle conjoined after it; else None."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                                 for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VBN" and c.i > verb.i:
            for a in c.children:
                if a.dep_ == "agent":
                    return next((g for g in a.children if g.dep_ == "pobj"), None)
    return None


def bare_participle(verb: Token) -> bool:
    """"with two people reported killed", "dozens feared captured": a bare past participle
    under a report or fear verb is passive, so the noun before it underwent the act."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    lemma = verb.head.lemma_.lower()
    return verb.dep_ == "xcomp" and verb.head.tag_ in ("VBD", "VBN") and (
        lemma in role_set("attribution_verbs") or lemma in role_set("presumption_verbs"))


def passive_agent(verb: Token) -> Token | None:
    """The object of "by" in a passive clause (or the one it shares with a later conjoined
    participle)."""
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return shared_agent(verb)


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
        if verb.dep_ == "ROOT":
            # a verb tagged as a noun ("the government rejects and condemns ..."): its subject
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return None
    if is_passive(verb) or bare_participle(verb):
        return passive_agent(verb)
    if verb.dep_ == "acl" and (shared := shared_agent(verb)) is not None:
        return shared       # "tents donated and delivered by a Turkish charity"
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            return c
    for a in verb.children:
        # misparse "Britain and Denmark however have opposed": the subject hangs on the auxiliary
        if a.dep_ == "aux" and a.i < verb.i:
            for c in a.children:
                if c.dep_ in SUBJECT_DEPS:
                    return c
    if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "oprd") and verb.head.pos_ in ("VERB", "AUX"):
        return clause_subject(verb.head, depth + 1)     # "Norway is ready to contribute"
    for c in verb.children:
        # misparse "after [the Taliban]pobj claimed": the subject hangs under the conjunction
        if c.dep_ in ("mark", "prep") and c.i < verb.i and c.lower_ in SUBORDINATORS:
            for g in c.children:
                if g.dep_ == "pobj" and g.i < verb.i:
                    return g
    dep, head = verb.dep_, verb.head
    if head == verb:
        return None
    if dep in ("conj", "advcl"):
        hidden = hidden_conjunct_subject(verb)
        if hidden is not None:
            return hidden
    if dep == "conj":
        if is_passive(head) and shares_passive(verb):
            # "was tortured and killed in a prison": the second participle is passive too
            return passive_agent(verb) or passive_agent(head)
        if is_passive(head):
            # "was indicted by the court and will resign": the surface subject resigns
            for c in head.children:
                if c.dep_ in PASSIVE_SUBJECT_DEPS:
                    return c
        return clause_subject(head, depth + 1)
    if dep == "xcomp" or (dep == "advcl" and has_to_infinitive(verb)):
        if dep == "xcomp" and head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in frame_set("object_control"):
                for c in head.children:
                    if c.dep_ in OBJECT_CONTROL_DEPS and c.i < verb.i:
                        return c
            if is_passive(head):
                # "Iran is set to release ...", "was forced to withdraw", "was asked by the
                # US to mediate": the raised or controlled subject, never the "by" agent
                for c in head.children:
                    if c.dep_ in PASSIVE_SUBJECT_DEPS:
                        return c
        if head.pos_ in ("ADJ",) and head.dep_ in ("acomp", "oprd"):
            return clause_subject(head.head, depth + 1)
        if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "amod" and \
                head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i and \
                (head.head.dep_ == "ROOT" or head.doc[head.i - 1].text == ","):
            # "Kenya ready to expel ..." (a headline), "Uganda, willing to talk, ...": the noun
            # the adjective describes after it is the one who would act ("militants willing to
            # renounce violence" only says which militants are meant)
            return head.head
        if dep == "xcomp" and purpose_of(head):
            return purpose_owner(head.head, depth)   # "a campaign designed to crush ..."
        if dep == "xcomp" and head.dep_ == "acl" and head.tag_ == "VBN" and \
                head.head.pos_ in ("NOUN", "PROPN") and passive_agent(head) is None:
            # "troops sent to quell the riots", "rebels forced to retreat": the noun the
            # participle describes was sent or forced, and it does the act
            return head.head
        return clause_subject(head, depth + 1)
    if dep == "relcl":
        return head
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN") and has_to_infinitive(verb):
        # "the EU's decision to lift the embargo": the decider acts, also when named by "by"
        # or by a demonym ("the decision by Britain to expel", "the British decision to ...")
        for c in head.children:
            if c.dep_ == "poss":
                return c
        named = [t for t in noun_actor(head, {verb.i}) if t.i < verb.i and
                 (t.dep_ != "amod" or t.ent_type_ in PARTY_ENTS) and
                 (t.dep_ not in NOMINAL_MODIFIER_DEPS or t.ent_type_ in PARTY_ENTS)]
        if named:
            return named[0]
        if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
            return clause_subject(head.head, depth + 1)
        carrier = head.head.head if head.dep_ == "pobj" else None
        if carrier is not None and head.lemma_.lower() in role_set("attempt_nouns") and \
                carrier.pos_ in ("VERB", "AUX"):
            # "shelled the towns in a bid to force Tehran to talk": the clause's own purpose
            return clause_subject(carrier, depth + 1)
    if dep == "acl" and verb.tag_ == "VBG":
        if head.lemma_.lower() in frame_set("document_nouns") and head.head != head:
            # "released a statement criticizing ...": the issuer speaks
            issuer = clause_subject(head.head, depth + 1) if head.head.pos_ in ("VERB", "AUX") \
                else None
            # (with no issuer named on the verb, "a Security Council resolution demanding ...
            # was adopted": the document itself, whose modifier may name its author)
            return issuer if issuer is not None else head
        return head
    if dep == "pcomp" and head.dep_ == "prep":
        gov = head.head
        if head.lower_ == "as" and gov.lemma_.lower() in role_set("quotation_verbs"):
            # "Tehran radio quoted the foreign minister as accusing Riyadh": the one quoted
            quoted = next((c for c in gov.children if c.dep_ in OBJECT_CONTROL_DEPS
                           or c.dep_ in PASSIVE_SUBJECT_DEPS), None)
            if quoted is not None:
                return quoted
        if linked_doer(gov):
            return clause_subject(gov.head, depth + 1)   # "is guilty of breaching ..."
        if purpose_of(gov):
            return purpose_owner(gov.head, depth)    # "a campaign aimed at crushing ..."
        verb = participation_verb(head)
        found = _surface_subject(verb) if verb is not None else None
        if found is not None:
            return found            # "soldiers became embroiled in fighting"
        if gov.lemma_.lower() in ACCUSATION_LEMMAS:
            for c in gov.children:
                if c.dep_ in OBJECT_CONTROL_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS:
                    return c
        if gov.pos_ in ("VERB", "AUX"):
            return clause_subject(gov, depth + 1)
        if gov.pos_ == "NOUN" and head.lower_ == "of" and \
                gov.lemma_.lower() in role_set("practice_nouns"):
            # "continued its policy of attacking tankers", "the rebels have a history of
            # kidnapping" (practice_nouns): the noun's owner does the act, else the subject
            # of the verb that has the noun as its object
            for c in gov.children:
                if c.dep_ == "poss":
                    return c
            if gov.dep_ in ("dobj", "attr") and gov.head.pos_ in ("VERB", "AUX"):
                return clause_subject(gov.head, depth + 1)
    if dep in ("advcl", "ccomp") and verb.tag_ == "VBG":
        reported = reported_clause(head, verb)
        return clause_subject(reported if reported is not None else head, depth + 1)
    return None


def participant(noun: Token) -> Token | None:
    """The subject said to take part in the event ``noun`` names after "in" (roles.yaml
    participation_verbs: "forces were engaged in fighting", "took part in the attack"), the
    surface subject of a passive form included; else None."""
    verb = participation_verb(noun.head) if noun.dep_ == "pobj" else None
    if verb is None:
        return None
    return _surface_subject(verb) or clause_subject(verb)


def participation_verb(prep: Token) -> Token | None:
    """The verb of taking part whose "in" phrase ``prep`` is ("engaged in", "embroiled in",
    "took part in"; roles.yaml participation_verbs), else None."""
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.lemma_.lower() == "part":
        verb = verb.head                              # "took part in"
    elif verb.lemma_.lower() not in role_set("participation_verbs"):
        return None
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _surface_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, the surface subject of a passive included."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def purpose_of(participle: Token) -> bool:
    """True for a purpose participle on a noun (roles.yaml purpose_participles: "a campaign
    aimed at ...", "measures designed to ...") with no "by" agent of its own."""
    return participle.dep_ == "acl" and participle.tag_ == "VBN" and \
        participle.lower_ in role_set("purpose_participles") and \
        participle.head.pos_ in ("NOUN", "PROPN") and passive_agent(participle) is None


def purpose_owner(noun: Token, depth: int) -> Token | None:
    """Who pursues the purpose of ``noun``: its possessor, else the subject of the verb that
    has it as object ("the army launched a campaign aimed at ..."), else None."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return clause_subject(noun.head, depth + 1)
    return None


def non_restrictive(rel: Token) -> bool:
    """True for a relative clause set off by a comma or dash and opened by a relative pronoun
    of roles.yaml non_restrictive_pronouns ("Oman, which on Monday freed two sailors"): it states a
    fact of its own rather than telling which party is meant ("the rebels who attacked")."""
    pron = next((c for c in rel.children if c.tag_ in ("WDT", "WP", "WP$")
                 and c.i < rel.i), None)
    if pron is None:
        pron = next((t for t in rel.subtree if t.tag_ in ("WDT", "WP", "WP$")), None)
    if pron is None or pron.lower_ not in role_set("non_restrictive_pronouns"):
        return False
    start = min(pron.i, rel.left_edge.i)
    return start > 0 and rel.doc[start - 1].text in (",", "-", "–", "—")


def linked_doer(adj: Token) -> bool:
    """True for a doer adjective said of a subject by a linking verb ("has been responsible
    for", "is guilty of"; data/roles.yaml doer_adjectives, linking_verbs): the subject did the
    act of the adjective's phrase."""
    return adj.pos_ == "ADJ" and adj.dep_ in ("acomp", "oprd") and \
        adj.lemma_.lower() in role_set("doer_adjectives") and \
        adj.head.lemma_.lower() in role_set("linking_verbs")


def reported_clause(verb: Token, participle: Token) -> Token | None:
    """"Rebels stormed a post, officials said, killing nine": a participle hung on an inserted
    report verb (data/roles.yaml attribution_verbs) continues the reported clause before it, so
    that clause, not the reporter, names its doer. None when ``verb`` reports nothing before."""
    if verb.lemma_.lower() not in role_set("attribution_verbs") or participle.i < verb.i:
        return None
    found = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                  and c.pos_ in ("VERB", "AUX")), None)
    if found is None or any(t.is_quote for t in verb.doc[found.left_edge.i:verb.i]):
        return None      # a quotation: '"...," the statement said, warning ...' speaks on
    return found


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
    if verb.dep_ == "conj" and shares_passive(verb) and is_passive(verb.head):
        passive = True          # "was tortured and killed": the shared subject underwent both
        children += [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if passive and verb.dep_ == "conj" and not any(c.dep_ in PASSIVE_SUBJECT_DEPS
                                                   for c in children):
        # "the rebels attacked the town but were driven back by troops": the subject of the
        # first verb is the one the second, passive verb acts on
        children += [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        passive_subjects = {c.i for c in children if c.dep_ in SUBJECT_DEPS}
    else:
        passive_subjects = set()
    for c in children:
        if c.i in passive_subjects:
            out.append(c)
            continue
        if c.i in skip:
            if c.dep_ in ("dobj", "nsubjpass", "dative"):
                out.extend(event_doers(c))      # "violated a ban by the UN": the UN's ban
                consumed.append(c)
            continue
        if passive and c.dep_ in PASSIVE_SUBJECT_DEPS:
            out.append(c)
        elif c.dep_ in ("dobj", "dative", "attr") and not passive:
            out.extend(event_doers(c))
            out.append(c)
    doc = verb.doc
    prep_holders = [verb] + [doc[i] for i in sorted(skip) if i != verb.i
                             and doc[i].pos_ in ("NOUN", "PROPN", "ADP", "ADV")]
    preps = frame_set("recipient_preps")
    out.extend(between_objects(verb))
    # the objects, the parties "between", those opposed ("against", below) and their doers
    object_side = {t.i for t in out}
    goals: set[int] = set()
    late: set[int] = set()
    served: set[int] = set()
    for holder in prep_holders:
        for c in holder.children:
            if c.dep_ not in ("prep", "dative", "prt", "agent"):
                continue
            word = c.lower_
            out_of = word == "of" and holder.lower_ == "out"     # "pulled out of Lebanon"
            if not out_of and (word not in preps or (word in CONFLICT_ONLY_PREPS
                                                     and not conflictive)):
                continue
            for g in prep_objects(c):
                if g.lemma_.lower() in role_set("phrase_preposition_nouns"):
                    late.add(g.i)     # "in response to ...", "with the approval of Damascus"
                places = mission_place(g) or aid_channel_place(verb, g)
                served.update(t.i for t in places)
                out.extend(places)
                doers = event_doers(g)
                out.extend(doers)
                out.append(g)
                if word in OPPOSING_PREPS:
                    object_side.update(t.i for t in [*doers, g])
                if word == "to":
                    goals.update(t.i for t in [*places, g])
    if conflictive:
        # "struck rebels with the approval of Damascus": in a conflict "with" names a means or a
        # companion more often than the target; other phrases come first
        # before them a place after "in"/"near", which says where, so a party after "against",
        # "on" or "at" comes first ("demonstrated in Ankara against the arrest": its doer)
        # (not for a verb of fighting one another: "clashed with troops" names the other side)
        # (nor for the trigger's own complaint noun: "lodged a protest with Washington" is
        # lodged with that party, CAMEO 114; an attack noun's "with" stays a means)
        opponent = verb.lemma_.lower() in role_set("with_opponent_verbs")
        out.sort(key=lambda t: 0 if t.dep_ != "pobj" or t.i in served else
                 (0 if opponent or addressed_with(t, skip) else 2) if t.head.lower_ == "with"
                 else 1 if t.head.lower_ in role_set("where_preps") else 0)
    # "lodged a complaint against Riyadh at the UN", "rallied at the embassy against the
    # government": the party opposed comes before a forum or place named by another phrase
    # (the "by" agent of the object keeps its place: "vetoed a draft presented by Britain",
    # "protested against the killing of a student by police")
    out.sort(key=lambda t: 1 if t.dep_ == "pobj" and t.i not in served | object_side else 0)
    # a cause, principal or helper ("in response to", "on behalf of") is the last resort
    out.sort(key=lambda t: 1 if t.i in late else 0)
    if verb.lemma_.lower() in frame_set("to_recipient_verbs"):
        # "extradited a suspect to Ethiopia": the goal is the recipient, not the object
        out.sort(key=lambda t: 0 if t.i in goals else 1)
    # "Israeli air raids on Lebanon killed 20 civilians": the attack's target stands after the
    # victims, so a party it names is found when the victims name none
    out.extend(t for c in children if c.dep_ in SUBJECT_DEPS and c.i not in skip
               and is_attack_noun(c, lexicon_nouns()) for t in attack_targets(c))
    # "withdraw its troops from Abyei": the actor's own forces are what it moves, not whom it
    # acts on; a party named by a phrase comes first
    # (not for an attack: "guerrillas attacked their patrol" is someone else's patrol,
    # hostile_verbs)
    if verb.lemma_.lower() not in actor_words("hostile_verbs"):
        out.sort(key=lambda t: 1 if t.dep_ == "dobj" and own_thing(t) else 0)
    # "expelled two Russian diplomats": the light-verb object names the recipient; when it is
    # a named party ("summoned the Chinese ambassador in Berlin") it beats any later phrase
    named = [c for c in consumed if names_party(c)]
    if named and verb.lemma_.lower() not in frame_set("to_recipient_verbs"):
        return named + out + [c for c in consumed if c not in named]
    return out + consumed


def addressed_with(obj: Token, trigger: set[int]) -> bool:
    """True for the object of a "with" phrase on a trigger phrase whose noun is no attack
    ("lodged a protest with Washington", "filed a complaint with the UN", the "with" on the
    noun or on its verb): whom it is lodged with, not a means."""
    holder = obj.head.head
    if obj.head.lower_ != "with" or holder.i not in trigger:
        return False
    nouns = [holder] if holder.pos_ == "NOUN" else [
        c for c in holder.children if c.dep_ == "dobj" and c.i in trigger and c.pos_ == "NOUN"]
    return bool(nouns) and not any(is_attack_noun(n, lexicon_nouns()) for n in nouns)


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, with names a misparse coordinated with the preposition
    or its noun (model.hidden_conjuncts)."""
    out = [g for g in prep.children if g.dep_ == "pobj"] or participle_subjects(prep)
    return out + [t for g in out[:1] for t in hidden_conjuncts(g)]


def participle_subjects(prep: Token) -> list[Token]:
    """The noun a misparse makes the subject of a participle under a preposition ("fired at
    [protesters marching to ...]", "in protest at [Israel building ...]"): the preposition's
    object, the participle only says what it was doing."""
    return [s for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
            for s in c.children if s.dep_ == "nsubj" and s.i < c.i
            and s.pos_ in ("NOUN", "PROPN")][:1]


def senders(noun: Token) -> list[Token]:
    """The objects of a noun's "from" phrase ("a pledge from Ghana to reopen ...")."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in prep_objects(c)]


def event_doers(noun: Token) -> list[Token]:
    """The "by" agent of an event noun a verb acts on ("condemned the killing of civilians by
    government forces", "rejected demands by the protesters", "the ban imposed by the UN"): the
    doer is whom a reaction to the event is aimed at, before the victims named inside the noun
    phrase."""
    if noun.pos_ != "NOUN":
        return []
    out = [g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
           for g in c.children if g.dep_ == "pobj"] + target_agents(noun)
    # "protested the policy imposed by the administration", "violated a ban imposed by Aoun":
    # the agent of a participle on the noun made it
    return out + participle_agents(noun)


def border_place(tok: Token) -> bool:
    """True for a state named only to say which border an act happened near ("near the
    Somali border", "along the frontier with Chad"; descriptions.yaml border_nouns after
    roles.yaml where_preps)."""
    words, where = actor_words("border_nouns"), role_set("where_preps")
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.i > 0:
        # (the parser may hang "with Turkey" on the verb: the border is the word before it)
        before = tok.doc[tok.head.i - 1]
        tok = before if before.lemma_.lower() in words else tok.head.head
    return tok.lemma_.lower() in words and tok.dep_ == "pobj" and tok.head.lower_ in where


def proposal_antecedent(pron: Token) -> Token | None:
    """The proposal an object "it" stands for: the last noun of roles.yaml proposal_nouns
    before it in its own or the previous sentence ("offered a plan, but the rebels rejected
    it"), else None."""
    if pron.lower_ != "it" or pron.dep_ != "dobj":
        return None
    doc, words = pron.doc, role_set("proposal_nouns")
    start = pron.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    return next((doc[i] for i in range(pron.i - 1, start - 1, -1)
                 if doc[i].pos_ == "NOUN" and doc[i].tag_ == "NN"
                 and doc[i].lemma_.lower() in words), None)


def conjoined_act_doer(verb: Token) -> list[Token]:
    """For "Iraq invaded Kuwait and Egypt condemned it": the subject of the act the second
    verb's "it" answers (the first verb of the coordination, with a subject of its own), [] when
    the verb is not such a second verb."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    first = verb.head
    subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.dep_ == "nsubjpass":
        return []
    own = clause_subject(verb)
    return [subj] if own is not None and own.i != subj.i else []


def proposers(noun: Token) -> list[Token]:
    """Who put forward a proposal noun: its owner or "by" agent, demonym or name modifier,
    else the subject of the verb it is the object of ("Norway offered a plan")."""
    out = noun_actor(noun, set())
    subj = clause_subject(noun)
    return out + ([subj] if subj is not None and subj not in out else [])


def participle_agents(noun: Token) -> list[Token]:
    """The "by" agents of past participles on a noun ("a statement issued by the ministry", "a
    ban imposed by Aoun"): who made the thing the noun names."""
    return [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in [passive_agent(c)] if a is not None]


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
        # (a weapon on the noun is the means, never the doer: "a missile and drone attack")
        if c.i not in skip and c.dep_ in NOMINAL_MODIFIER_DEPS and c.i < noun.i and \
                c.lemma_.lower() not in attack_instruments() and \
                c.lower_ not in attack_instruments():
            out.append(c)
    return out


def target_agents(noun: Token) -> list[Token]:
    """"the attack on the embassy by Iraqi militants": a "by" phrase the parser hung on the
    target an attack noun's "on"/"against"/"at" phrase names (attack_target_preps)
    is the attack's own agent, as a target is no act done by anyone (not when the target is
    itself an event noun). Callers use it only where the noun names an assault."""
    nouns = lexicon_nouns()
    if not is_attack_noun(noun, nouns):
        return []
    return [a for c in noun.children if c.dep_ == "prep" and c.lower_ in
            actor_words("attack_target_preps") for g in prep_objects(c)
            if g.pos_ in ("NOUN", "PROPN") and g.lemma_.lower() not in nouns
            and g.lower_ not in nouns
            for b in g.children if b.dep_ in ("prep", "agent") and b.lower_ == "by"
            for a in b.children if a.dep_ == "pobj"]


def named_doers(noun: Token) -> list[Token]:
    """The doer an event noun names by a possessor or a nationality adjective ("Iraq's
    withdrawal", "an Israeli withdrawal"; not a compound such as "UN sanctions")."""
    return [c for c in noun.children if c.i < noun.i and (
        c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") or
        c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))]


def noun_recipients(noun: Token, preps: set[str], skip: set[int]) -> list[Token]:
    """Recipient candidates of an event noun from its prepositional phrases."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i not in skip:
            out.extend(prep_objects(c))
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


def of_is_recipient(event: str, noun: Token, actor_tok: list[Token]) -> bool:
    """"Moscow's criticism of NATO", "Iran's rejection of the plan": once a possessor names who
    acts, the "of" object of a reacting noun (data/roles.yaml owner_of_recipient_types) is the
    one acted on."""
    return event in role_set("owner_of_recipient_types") and any(
        t.dep_ == "poss" and t.head.i == noun.i for t in actor_tok)


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


def party_key(m: Mention) -> str:
    """What makes two mentions the same party: the code (else country, name, text), but a
    region or city of a state is a party of its own ("Russia sent troops into Chechnya": the
    region is acted on, it is not Russia again), and so is a named body of no known sector."""
    if m.kind == "place" and m.name:
        return f"place:{m.name}"
    if m.kind == "group" and m.name and not m.sector:
        return f"group:{m.name}"    # "the Oromo Front" is not Ethiopia, whose name it bears
    if m.kind == "person" and m.name and not m.sector:
        return f"person:{m.name}"   # "Okello accused Uganda": a citizen is not the state
    return m.code or m.country or m.name or m.text


def where_phrase(doc: Doc, i: int) -> bool:
    """True when token ``i`` is the object of a preposition that says where (data/roles.yaml
    where_preps: "in Bangkok", "near Kabul")."""
    if i < 0 or i >= len(doc):
        return False
    t = doc[i]
    return t.dep_ == "pobj" and t.head.lower_ in role_set("where_preps")


def other_side(actors: list, recipients: list) -> list:
    """The recipient list without the actor's own side when it also names another country
    ("the ministers of Armenia and Azerbaijan met": Armenia -> Azerbaijan, not [ARM, AZE]).
    A party of the actor's country on another side stays ("the Taliban killed two US soldiers
    and ten civilians": the civilians are a target, not the Taliban again)."""
    own = {a.country for a in actors if a.country}
    if not own or all(r.country in own for r in recipients):
        return recipients
    return [r for r in recipients if r.country not in own
            or not any(one_side(a, r) for a in actors if a.country == r.country)]


def _sector(m) -> str:
    return (m.sector or (m.code or "")[3:6]).upper()


def member_target(actors: list, r) -> bool:
    """True when ``r`` is one person of a state body that acts on it ("the junta arrested the
    prime minister": both key NERGOV, yet the minister is acted on); roles.yaml
    member_target_kinds / member_actor_kinds. The caller checks that the act is one of force."""
    return r.kind in role_set("member_target_kinds") and \
        bool(actors) and all(a.kind in role_set("member_actor_kinds") and a.country
                             for a in actors)


def one_side(a, b) -> bool:
    """Two parties of one country on one side: one code extends the other ("IRQ", "IRQGOV")
    or both are the state (bare country or a state sector, ontology sectors.csv); a state and
    its rebels, civilians or opposition are two sides."""
    ka, kb = (a.code or "").upper(), (b.code or "").upper()
    if ka and kb and (ka.startswith(kb) or kb.startswith(ka)):
        return True
    state = state_sectors() | {""}
    return _sector(a) in state and _sector(b) in state


def self_reference(actors: list, recipient, doc: Doc | None = None) -> bool:
    """True when a recipient is only the actor again through a pronoun or a possessive
    ("Beijing would defend its sovereignty": its = Beijing), so it names no target."""
    own = {a.country for a in actors if a.country} | {a.name for a in actors if a.name}
    if recipient.kind != "pronoun" and recipient.text.lower().split()[0] not in SELF_POSSESSIVES:
        return False
    if names_other_person(recipient, own, doc):
        return False     # "the president pardoned her": her names another person
    return bool(own & {recipient.country, recipient.name})


def names_other_person(m: Mention, names: set, doc: Doc | None) -> bool:
    """An object pronoun ("him", "her", "them", not a possessive) resolved to a named person
    other than ``names``: someone the act is done to, not the actor again."""
    if m.kind != "pronoun" or not m.name or m.name in names or doc is None or m.head < 0:
        return False
    tok = doc[m.head]
    return tok.dep_ != "poss" and tok.lower_ in PERSON_OBJECTS



SELF_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "itself", "themselves"})


def against_targets(verb: Token) -> list[Token]:
    """Objects of "against" anywhere under the trigger ("called up naval reserves in case of
    conflict against Peru"): the target when the direct object is only the actor's own forces."""
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
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and \
            tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in event_nouns:
        return True       # "a summit between A and B in Singapore": the venue
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and _venue_of_talks(
            tok.head.head, event_nouns):
        return True       # "meet Netanyahu in Cairo for talks": the venue, the met party talks
    return m.kind in ("igo", "seat") and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")


def _venue_of_talks(verb, event_nouns: frozenset | set) -> bool:
    """A verb with a party as its object and a meeting noun after "for" ("will meet the envoy
    in Rabat for talks"): a place after "in"/"at" on that verb is where they meet."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            g.lemma_.lower() in event_nouns for g in c.children) for c in verb.children)


def is_topic(m, doc) -> bool:
    """A mention headed by a topic noun of data/roles.yaml ("the Korean War", "a testing
    facility"): what a verbal event is about, never whom it is addressed to. A named body ("the
    World Food Program") or a topic owned by a party ("the EU proposal") still names that party."""
    return m.head >= 0 and not m.name and not is_party(m) and \
        doc[m.head].lemma_.lower() in role_set("topic_nouns")


def clause_break(doc, start: int, end: int) -> bool:
    """A colon or semicolon between tokens ``start`` and ``end``: what follows is a clause of
    its own, not a target read from context for the words before it."""
    return any(doc[i].text in CLAUSE_BREAKS for i in range(start + 1, end))


CLAUSE_BREAKS = frozenset({":", ";"})


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
def has_to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive ("to" as its auxiliary: "agreed to withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def role_set(name: str) -> frozenset[str]:
    """One word list of data/roles.yaml, as a set, built once."""
    return frozenset(roles_table().get(name, ()))


@cache
def _actor_descriptions() -> dict:
    """The actors' descriptions.yaml, read once."""
    from importlib import resources

    import yaml

    text = resources.files("onrecord.actors").joinpath("data/descriptions.yaml").read_text()
    return yaml.safe_load(text) or {}


@cache
def actor_words(key: str) -> frozenset[str]:
    """A word list the actors' coreference shares with argument roles (actors
    data/descriptions.yaml: hostile_verbs, attack_target_preps, border_nouns)."""
    return frozenset(_actor_descriptions().get(key) or ())


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


def aid_channel_place(verb: Token, noun: Token) -> list[Token]:
    """"donated $1 million to the World Food Programme in Afghanistan": for a giving verb
    (data/roles.yaml aid_verbs) the country an aid body works in is the one helped; the
    body is only the channel. Other verbs keep the body ("spoke to the UN in New York")."""
    if verb.lemma_.lower() not in role_set("aid_verbs") or noun.ent_type_ != "ORG":
        return []
    # (the "in" phrase hangs on the body or, as the parser often has it, on the verb)
    return [g for t in (noun, verb) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]


def owned_by_subject(noun: Token, owner: Token, support: frozenset[str]) -> bool:
    """True when an event noun's possessor is only a pronoun and the noun is the object of a
    support verb ("the army intensified its bombardment", "they launched their attack"): the
    verb's subject names the same doer in full."""
    return owner.dep_ == "poss" and owner.lower_ in SELF_POSSESSIVES and owner.head == noun \
        and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX") \
        and noun.head.lemma_.lower() in support


def event_noun_doers(noun: Token) -> list[Token]:
    """Who carried out an event a noun names ("a car bombing by Islamic State", "an attack
    claimed by the Taliban", "Syrian regime air strikes"): possessor, "by" agent, the agent of
    a participle on the noun, demonym or name modifier."""
    out = [*between_parties(noun), *noun_actor(noun, set()),     # "clashes between X and Y"
           *target_agents(noun)]
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = passive_agent(c)
            if agent is not None:
                out.append(agent)
    return out


def cause_event_doers(verb: Token, nouns: dict) -> list[Token]:
    """"five soldiers were killed in a rebel attack", "wounded during strikes by government
    jets": for an agentless passive, the doers named on an attack the verb's "in"/"during"
    phrase names (data/roles.yaml cause_event_preps), else []."""
    if not is_passive(verb) or passive_agent(verb) is not None:
        return []
    preps = role_set("cause_event_preps")
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for g in prep_objects(c):
            if is_attack_noun(g, nouns):
                out.extend(t for t in event_noun_doers(g) if not names_place(t))
                out.extend(fight_opponents(g))
    return out + attack_clause_doers(verb, nouns)


def absorbed_subject(verb: Token) -> Token | None:
    """A finite main verb with no subject after a long opening phrase with no comma ("Under the
    plan drafted by the League [the two] negotiators have promised to ..."): the parser joined
    the subject to the phrase, so the noun right before the verb (or its auxiliary), a conjunct
    or object inside that opening phrase, is the subject; else None."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                  for c in verb.children):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not (verb.tag_ in ("VBD", "VBZ", "VBP") or any(a.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                                       for a in auxes)):
        return None
    first = min([verb, *auxes], key=lambda t: t.i)
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start), None)
    if opening is None or first.i == 0 or opening.right_edge.i != first.i - 1:
        return None
    prev = verb.doc[first.i - 1]
    return prev if prev.pos_ in ("NOUN", "PROPN") and prev.dep_ in ("conj", "appos") else None


def cause_attack_noun(verb: Token, nouns: dict) -> Token | None:
    """"twelve people were killed in a suicide bombing": for an agentless passive, the attack
    its "in"/"during" phrase names (data/roles.yaml cause_event_preps) by its means (a weapon
    of attack_instruments, or a lexicon attack noun with a mode: bombing, shelling, air
    strike). It stands for the unidentified attacker as it does as a subject ("a suicide
    bombing killed twelve"; PLOVER UNK: the actor of "two civilians were killed by a bomb").
    A bare "attack" or fighting between sides names no such attack; else None."""
    if not is_passive(verb) or passive_agent(verb) is not None:
        return None
    preps, weapons = role_set("cause_event_preps"), attack_instruments()
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for g in prep_objects(c):
            sense = nouns.get(g.lemma_.lower()) or nouns.get(g.lower_)
            if is_attack_noun(g, nouns) and (g.lemma_.lower() in weapons or g.lower_ in weapons
                                             or getattr(sense, "mode", None)):
                return g
    return None


def attack_clause_doers(verb: Token, nouns: dict) -> list[Token]:
    """"two people were killed when rebels launched an attack on the embassy", "five soldiers
    were wounded as militants attacked their convoy": the subject of a "when"/"as" clause on
    the passive verb that attacks (hostile_verbs, or an attack noun as its object)
    did it (PLOVER actor: who carries out the event, named by the sentence itself)."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "advcl" or c.pos_ != "VERB" or is_passive(c) or not any(
                m.dep_ in ("mark", "advmod") and m.lower_ in role_set("attack_clause_marks")
                for m in c.children):
            continue
        if c.lemma_.lower() in actor_words("hostile_verbs") or any(
                o.dep_ == "dobj" and is_attack_noun(o, nouns) for o in c.children):
            out.extend(s for s in c.children if s.dep_ in SUBJECT_DEPS)
    return out


def fight_opponents(noun: Token) -> list[Token]:
    """"20 rebels were killed in clashes with government troops": the other side of a fight
    (roles.yaml with_opponent_nouns) named by "with"/"against" did the killing."""
    words = role_set("with_opponent_nouns")
    if noun.lemma_.lower() not in words and noun.lower_ not in words:
        return []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
            for g in prep_objects(c)]


def reciprocal_object(verb: Token) -> Token | None:
    """The verb's object when it is "each other" or "one another" (data/roles.yaml
    reciprocal_objects): its coordinated subjects act on one another; else None."""
    pairs = role_set("reciprocal_objects")
    for c in verb.children:
        if c.dep_ in ("dobj", "pobj", "prep"):
            obj = c if c.dep_ != "prep" else next((g for g in c.children if g.dep_ == "pobj"), c)
            words = " ".join(t.lower_ for t in obj.doc[obj.left_edge.i:own_words_end(obj) + 1])
            if words in pairs:      # (its own words: "the other [of aggression]")
                return obj
    return None


def own_words_end(noun: Token) -> int:
    """Index of the last word of a noun phrase without its prepositional phrases ("one
    another", "the other [of aggression]")."""
    return max([noun.i] + [c.right_edge.i for c in noun.children if c.dep_ != "prep"])


def is_attack_noun(word: Token, nouns: dict) -> bool:
    """An attack or its weapon as a clause subject ("a suicide attack killed 12", "a car bomb
    hit the market"): the lexicon's ASSAULT nouns and data/roles.yaml attack_instruments."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = word.lemma_.lower()
    sense = nouns.get(lemma) or nouns.get(word.lower_)
    if sense is not None and sense.event == "ASSAULT":
        return True
    return lemma in attack_instruments() or word.lower_ in attack_instruments()


def lexicon_nouns() -> dict:
    """The trigger lexicon's event nouns (lemma -> sense), read once by triggers.py."""
    from onrecord.extract.triggers import load_lexicon

    return load_lexicon().nouns


@cache
def attack_instruments() -> frozenset[str]:
    """Weapon nouns that stand for an attack when they are the subject (data/roles.yaml)."""
    return role_set("attack_instruments")


def attack_targets(noun: Token) -> list[Token]:
    """"a suicide attack on a convoy": objects of the noun's "on"/"against"/"at" phrases."""
    preps = actor_words("attack_target_preps")
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def names_place(modifier: Token) -> bool:
    """A place name modifying a noun ("the Kabul attack", "the Paris talks"): it says where."""
    return modifier.dep_ == "compound" and modifier.ent_type_ in PLACE_ENTS


def attribution_sources(trigger: Token) -> set[int]:
    """Token indices of whoever reports the trigger's clause (", officials said", "the agency
    reported", "according to diplomats") or is told it ("told reporters"): the source or the
    audience of the news, not a party to the event."""
    verbs = role_set("attribution_verbs")
    chain = [trigger, *trigger.ancestors]
    on_chain = {t.i for t in chain}
    out: set[int] = set()
    for t in trigger.sent:
        if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX") and t.i != trigger.i and (
                t.i in on_chain
                or t.dep_ in ("parataxis", "ccomp", "advcl", "conj") and t.head.i in on_chain
                and (t.i > trigger.i or t.dep_ == "parataxis" and t.head.i < t.i)):
            # (", police said, wounding four guards": an inserted report names the source of
            # the whole sentence, the participle after it included)
            out.update(c.i for c in t.children if c.dep_ == "nsubj")
            # "a witness told Amnesty that soldiers detained five men": whom the news is
            # told to is its audience, not a party either
            out.update(c.i for c in t.children if c.dep_ in ("dobj", "dative") and c.i < trigger.i)
            out.update(g.i for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                       and c.i < trigger.i for g in c.children if g.dep_ == "pobj")
        elif t.lower_ == "according" and t.head.i in on_chain:
            out.update(g.i for c in t.children if c.dep_ == "prep" for g in c.children
                       if g.dep_ == "pobj")
    return out


def own_means(mention: Mention, actors: list[Mention]) -> bool:
    """A weapon or force of the acting state itself ("North Korea fired another ballistic
    missile"): the means of the act, never whom it is aimed at. A rebel's target of the same
    country ("rebels destroyed a tank") is not the rebels' own."""
    states = {a.country for a in actors if a.country and (a.sector is None or a.sector in state_sectors())}
    return mention.sector == "MIL" and mention.country in states


def moved_own_force(noun: Token, mentions: list) -> bool:
    """"deploying 300 troops to Mali", "withdrew peacekeepers from Liberia": the unnamed force a
    moving verb (data/roles.yaml) sends or pulls back is the actor's own, not its recipient."""
    verbs = role_set("force_moving_verbs")
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in verbs and not names_party(noun) \
        and bool(mentions) and all(m.kind == "agent" for m in mentions)


REPORTED_PRONOUNS = THIRD_PERSON_SUBJECTS | pronouns(1, ("nom",))   # he ... they, we, i


def reporting_subject(pronoun: Token, verbs: frozenset[str]) -> Token | None:
    """"Russia said it had expelled ...", "the rebels announced they would release ...": the
    subject of the speech verb whose complement the pronoun is the subject of."""
    if pronoun.lower_ not in REPORTED_PRONOUNS or pronoun.dep_ not in SUBJECT_DEPS | \
            PASSIVE_SUBJECT_DEPS:
        return None
    clause = pronoun.head
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in verbs:
            for c in clause.head.children:
                if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i:
                    return c
            return None
        if clause.dep_ not in ("xcomp", "conj") or clause.head == clause:
            return None
        clause = clause.head
    return None


@cache
def reporting_verbs() -> frozenset[str]:
    """Speech verbs (frame tables) and attribution verbs (data/roles.yaml)."""
    return frame_set("speech_verbs") | role_set("attribution_verbs")


def shares_passive(verb: Token) -> bool:
    """A bare participle coordinated with a passive verb ("was tortured and killed"): it shares
    that verb's auxiliary, so it is passive too."""
    return verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children)


def commander(verb: Token) -> tuple[Token, Token] | None:
    """"the government ordered La Prensa to suspend publication", "forced the agency to leave":
    (who commands, who is commanded) for a clause under a command verb (data/roles.yaml)."""
    if verb.dep_ != "xcomp":
        return None
    gov = verb.head
    if gov.lemma_.lower() not in role_set("command_verbs"):
        return None
    obj = next((c for c in gov.children if c.dep_ in OBJECT_CONTROL_DEPS and c.i < verb.i), None)
    subj = clause_subject(gov)
    if obj is None or subj is None:
        return None
    return subj, obj


def coordinated(word: Token) -> list[Token]:
    """The words coordinated with ``word`` ("India and Pakistan", "Iran, Iraq and Syria")."""
    return list(word.conjuncts)


STATE_KINDS = frozenset({"state", "capital", "place", "seat"})


def state_action_place(verb: Token) -> list[Token]:
    """"was arrested in Rwanda", "were expelled from North Korea": for an agentless passive of
    an act only a state performs (data/roles.yaml state_actions), the places named by the "in"/
    "from" phrases of the verb or its object ("were granted asylum in Spain"): the state where
    it happened acts."""
    if verb.lemma_.lower() not in role_set("state_actions") or not is_passive(verb) \
            or passive_agent(verb) is not None:
        return []
    preps = role_set("state_action_preps")
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]   # "asylum in Spain"
    found = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps
             for g in c.children if g.dep_ == "pobj"]
    # "scores of diplomats in Kingstown were expelled": those acted on are in the state that
    # acts ("in" only: "diplomats from Chad" says whose they are, not where)
    subjects = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    subjects += [o for t in subjects for o in [of_object(t)] if o is not None]
    return found + [g for h in subjects for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                    for g in c.children if g.dep_ == "pobj"]


def owned_by_actor(noun: Token, mentions: list) -> bool:
    """The actor's own people or means ("its troops", "their forces", "300 troops" it deploys):
    never a recipient read from context."""
    return own_thing(noun) or moved_own_force(noun, mentions)


@cache
def commanded_types() -> frozenset[str]:
    """Event types a command makes the commanding side's own act (data/roles.yaml)."""
    return role_set("commanded_types")


def direct_victim(noun: Token, verb: Token, mentions: list) -> bool:
    """The trigger verb's own object or passive subject naming people ("freed 280 child
    soldiers", "arrested dozens of students"): whom the act names, kept even without a country
    rather than a party guessed from context (weapons and things excepted)."""
    doc = noun.doc
    # (a pronoun counts once it stands for a named person: "pardoned him" -> the dissident)
    named = noun.pos_ == "PRON" and any(m.kind == "pronoun" and m.name for m in mentions)
    return noun.head == verb and noun.dep_ in ("dobj", "nsubjpass") and \
        (noun.pos_ in ("NOUN", "PROPN") or named) and not any(
            doc[m.head].lemma_.lower() in attack_instruments() for m in mentions if m.head >= 0)



def describes(t: Token, top: Token, nested: bool = False) -> bool:
    """True when ``t`` sits under the noun ``top`` in a clause or a prepositional phrase other
    than "of" ("a suspect in the killing of X", "members of a group linked to a bombing at
    X"): it tells what the people ``top`` names did or where, not who they are. ``nested``:
    only such a phrase below an "of" phrase ("the organisers of a protest outside X"), so a
    place said of ``top`` itself ("targets in Iraq") still names them."""
    if top not in t.ancestors:
        return False
    under_of = False
    path = [t, *[a for a in t.ancestors if top in a.ancestors]]
    for x in reversed(path):            # from ``top`` down to ``t``
        if x.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
            return True
        if x.dep_ == "prep":
            if x.lower_ == "of":
                under_of = True
            elif under_of or not nested:
                return True
    return False


def people_object(verb: Token) -> Token | None:
    """The verb's object (or passive subject) when it is a common noun naming people
    (data/roles.yaml people_nouns: "arrested the organisers", "detained 12 members"), else None."""
    return noun_object(verb, "people_nouns")


def noun_object(verb: Token, nouns: str) -> Token | None:
    """The verb's object (or passive subject) when it is a common noun of the roles.yaml list
    ``nouns``, else None."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                 and c.lemma_.lower() in role_set(nouns)), None)


def asked_party(frame: Token | None, act: Token) -> Token | None:
    """The passive subject of a frame verb whose complement is the act asked for ("Libya was
    urged to release ...": Libya), else None."""
    if frame is None or frame.pos_ not in ("VERB", "AUX") or not is_passive(frame) or \
            act.dep_ != "xcomp" or act.head != frame:
        return None
    return next((c for c in frame.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)


def reporting_party(verb: Token) -> Token | None:
    """The subject of the report verb an agentless passive clause is the object of ("Kenya
    said Uganda was warned": Kenya), else None."""
    if not is_passive(verb) or passive_agent(verb) is not None or verb.dep_ != "ccomp" or \
            verb.head.lemma_.lower() not in role_set("attribution_verbs"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def gathering_object(verb: Token) -> Token | None:
    """The verb's object (or passive subject) when it names a gathering of people (roles.yaml
    gathering_nouns: "broke up a demonstration", "a rally was dispersed"), else None."""
    return noun_object(verb, "gathering_nouns")


def case_phrase(noun: Token, verb: Token, acts: frozenset[str] | set[str]) -> bool:
    """True for an act named in a prepositional phrase of the trigger verb ("arrested two men
    in the killing of a tourist", "detained a suspect over the bombing of the embassy"): the
    case the act is about, whose parties are not those acted on. ``acts``: event nouns."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i \
        and noun.head.lower_ in role_set("case_preps") and noun.lemma_.lower() in acts


def named_opponent(noun: Token, verb: Token, trigger: set[int], mutual: bool) -> bool:
    """True for the other side a trigger names: the "with" or "against" object of a verb of
    fighting one another (roles.yaml with_opponent_verbs: "protesters clashed with police"), or
    the "with" object of a mutual act ("met with opposition leaders", "held talks with rebel
    commanders"; ``mutual``). It is kept even without a country rather than a party guessed
    from context. ``trigger``: the token indices of the trigger phrase."""
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or \
            noun.head.head.i not in trigger | {verb.i}:
        return False
    fight = verb.lemma_.lower() in role_set("with_opponent_verbs")
    return noun.head.lower_ in ("with", "against") and fight or \
        noun.head.lower_ == "with" and mutual


@cache
def unlisted_agents() -> dict[str, str]:
    """Agent nouns the actor lexicons miss -> CAMEO sector ("" = none) (data/roles.yaml)."""
    return {str(k).lower(): str(v or "") for k, v in
            (roles_table().get("unlisted_agents") or {}).items()}


AGENT_STOP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})


def agent_phrase(subject: Token) -> tuple[int, int, str | None] | None:
    """"Hackers attacked ...", "A group of musicians lifted ...", "was hacked by hackers":
    (first token, end token, sector) of a common-noun subject or passive agent that names people or organisations (data/roles.yaml
    unlisted_agents), else None. Pronouns, things and names are not agent phrases."""
    by_agent = subject.dep_ == "pobj" and (subject.head.dep_ == "agent"
                                           or subject.head.lower_ == "by")
    if subject.pos_ != "NOUN" or not (subject.dep_ == "nsubj" or by_agent):
        return None
    agents = unlisted_agents()
    word = subject.lower_
    if word not in agents and subject.lemma_.lower() not in agents:
        return None
    sector = agents.get(word, agents.get(subject.lemma_.lower(), "")) or None
    end = subject.i + 1
    if word in role_set("collective_heads"):
        member = of_object(subject)                 # "a group of hackers": the members' sector
        if member is not None and member.pos_ == "NOUN":
            sector = agents.get(member.lower_, agents.get(member.lemma_.lower(), "")) or sector
            end = member.i + 1
    start = subject.left_edge.i
    if any(t.dep_ in AGENT_STOP_DEPS for t in subject.doc[start:subject.i]):
        start = subject.i
    return start, end, sector


def other_clause_doer(word: Token, trigger: Token) -> bool:
    """"Qatar withdrew its peacekeepers, and Eritrean forces took the hill": the subject of
    another clause before the trigger acts there; it is not whom the trigger's act is on (a
    relative or "as" clause is about the noun or clause it hangs on, so there it may be)."""
    if word.dep_ not in SUBJECT_DEPS or word.sent != trigger.sent or word.head.i == trigger.i \
            or word.i > trigger.i:
        return False
    for t in [trigger, *trigger.ancestors]:
        if t.i == word.head.i:
            break
        if t.dep_ == "relcl" or t.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
            return False    # "the town that ISIS overran", "a threat, as critics charge"
    own = clause_subject(trigger)
    return own is not None and own.i != word.i
