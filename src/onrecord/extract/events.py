"""Event coding: triggers + frames + argument roles + modality + dates -> schema.Event records.

One pass per sentence over the dependency parse: lexicon matches (triggers.py) are composed with
the frames that govern them ("refused to meet" -> REJECT/meet), given actors and recipients
(arguments.py -> DocActors), modality (modality.py), a date (dates.py) and, inside reported
speech, ``reported_by``.

Conventions: (1) reciprocal events — when coordinated parties act together and no other recipient
is named ("Israel and Egypt signed a treaty"), the first-named party is the actor and the others
the recipients; CONSULT, AGREE, COOPERATE, SUPPORT and clashes are symmetric. (2) An event with no
recipient in its clause takes the nearest other state or body named in the sentence (or the two
before) as recipient, with confidence lowered by 0.1. (3) PLOVER manual over CAMEO2PLOVER where
they differ: future or offered cooperation is AGREE, signing is SUPPORT, abductions are ASSAULT.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.actors.model import DocActors, Mention
from onrecord.extract import arguments as args
from onrecord.extract.dates import date_entities_by_sentence, event_date
from onrecord.extract.modality import Modality, clause_modality, noun_modality
from onrecord.extract.model import FoundStatement
from onrecord.extract.speech_acts import speech_act_events
from onrecord.extract.triggers import VERB_POS, Lexicon, Match, Sense, load_lexicon, make_sense
from onrecord.ontology import cameo_info
from onrecord.schema import Event, Span

CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                            "COERCE", "ASSAULT", "REQUEST"})
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# frames whose event is the saying, not the act said ("threatened to boycott": CAMEO 133)
VERBAL_FRAMES = frozenset({"THREATEN", "REQUEST", "REJECT"})
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire"})
FIRST_PERSON = frozenset({"i", "we", "us", "me"})
THIRD_PERSON = frozenset({"it", "they", "he", "she"})
FALLBACK_ENTITIES = frozenset({"ORG", "NORP", "PERSON"})
AGENT_PHRASE = "event subject names unlisted agents"


@dataclass
class Candidate:
    """An event in the making: sense, trigger tokens, the clause it sits in and its arguments."""

    sense: Sense
    match: Match
    tokens: list[Token]
    clause: Token                          # the verb (or adjective/noun) whose clause it is
    actor_tokens: list[Token] = field(default_factory=list)
    recipient_tokens: list[Token] = field(default_factory=list)
    modality: Modality = field(default_factory=Modality)
    frame: str | None = None
    confidence: float = 0.6
    clause_top: Token | None = None        # the outermost clause a frame walk reached
    composed_gov: Token | None = None      # the frame word folded into this event


class EventCoder:
    """Codes the events of one Doc (build per doc; the lexicon is shared and loaded once)."""

    def __init__(self, doc: Doc, doc_actors: DocActors, statements: list[FoundStatement],
                 doc_date: str | None, lexicon: Lexicon | None = None) -> None:
        self.doc = doc
        self.actors = doc_actors
        self.statements = statements
        self.doc_date = doc_date
        self.lex = lexicon or load_lexicon()
        self._text = doc.text            # Doc.text rebuilds the string on every access
        self._sents = list(doc.sents)
        self._date_ents = date_entities_by_sentence(doc)
        self._sent_starts = [s.start for s in self._sents]
        self.frames = self.lex.frames
        self.cues = self.frames.get("modality", {})
        self._frame_of, self.noun_frames = _frame_index(self.lex)
        self.support = args.frame_set("support_verbs")
        self.skip_complements = args.frame_set("skip_complements")
        self.noun_rec_preps = args.frame_set("noun_recipient_preps")
        self.of_actor_types = args.frame_set("noun_of_actor_types")
        self.background_preps = args.frame_set("background_preps")
        self.speech_verbs = args.frame_set("speech_verbs")
        self.ccomp_frames = args.frame_set("clausal_frames")
        self.diplomatic_protest = args.frame_set("diplomatic_protest")
        self.support_only = args.frame_set("support_only_nouns")
        self.refusal_types = args.frame_set("refusal_types")
        self.owned_nouns = args.frame_set("owned_nouns")
        self.threat_types = args.frame_set("threat_types")
        self.material_nouns = args.frame_set("material_noun_types")
        self.civilian_sectors = args.frame_set("civilian_sectors")
        self.concessive_preps = args.frame_set("concessive_preps")
        self.concessive_nouns = args.frame_set("concessive_nouns")
        self.undergo_verbs = args.frame_set("undergo_verbs")
        self.alleging = args.frame_set("allegation_verbs")
        self.containers = args.frame_set("container_nouns")
        self.participation = args.frame_set("participation_verbs")
        self.peacekeeping = args.frame_set("peacekeeping_words")
        self.appeal_words = args.frame_set("appeal_words")
        self.uncertainty = args.frame_set("uncertainty_words")
        self.day_words = args.frame_set("scheduled_day_words")
        self.accusation_content = args.frame_set("accusation_content")
        self.topic_preps = args.frame_set("topic_preps")
        self.motive_types = args.frame_set("motive_types")
        self.aspect_verbs = _aspect_verbs(self.lex)
        self._verb_triggers: set[int] = set()

    # -- driver ------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        events: list[Event] = []
        used_triggers: set[int] = set()
        for s_index, sent in enumerate(self._sents):
            if sent.text.rstrip(" \"'”’)\n").endswith("?"):
                continue          # questions ask; they do not report events
            for cand in self.sentence_candidates(sent):
                ev = self.to_event(cand, s_index, sent)
                if ev is not None and cand.match.head.i not in used_triggers:
                    used_triggers.add(cand.match.head.i)
                    events.append(ev)
        events.extend(speech_act_events(self, events))
        return events

    # -- candidates --------------------------------------------------------------------------
    def sentence_candidates(self, sent: SpacySpan) -> list[Candidate]:
        matches: dict[int, Match] = {}
        for tok in sent:
            m = self.lex.match(tok)
            if m is not None:
                matches[tok.i] = m

        # a light-verb object or compound modifier is part of its pattern, not a trigger itself
        consumed = {t.i for m in matches.values() for t in m.tokens if t.i != m.head.i}
        for i in consumed:
            matches.pop(i, None)
        for i in [i for i, m in matches.items() if not m.sense.event]:
            del matches[i]           # denials and the like: not events
        self._verb_triggers = {i for i, m in matches.items() if m.kind == "verb"}
        cands: dict[int, Candidate] = {}
        for i, m in sorted(matches.items()):
            cand = self.candidate(m)
            if cand is not None:
                cands[i] = cand
        # frames: fold a complement into the verb that governs it ("agreed to withdraw")
        for i in sorted(cands):
            cand = cands.get(i)
            if cand is None:
                continue
            self.apply_frames(cand, cands)
        # "will visit Mauritania to mediate": the purpose rides on the main event; "provided
        # money to support refugees": a purpose of support is no event of its own
        for i, cand in list(cands.items()):
            c = cand.clause
            if c.dep_ in ("advcl", "xcomp") and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children
            ) and (c.head.i in cands and (c.head.lemma_.lower() not in self._frame_of
                                          or cands[c.head.i].match.obj is not None)
                   or cand.sense.event == "SUPPORT" and c.head.lemma_ not in self._frame_of):
                main = cands.get(c.head.i)
                if main is not None and main is not cand and not main.recipient_tokens \
                        and not self.names_own_party(main):
                    main.recipient_tokens = args.verb_recipients(c, True, {c.i})
                del cands[i]
        # "rejected a UN demand that it allow ...", "rejected the proposal to hold talks": the
        # complement of a noun that another event acts on is that event's content
        def acted_on(noun: Token) -> bool:
            gov = noun.head
            return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "nsubjpass",
                                                                      "pobj") and (
                gov.i in self._verb_triggers or gov.lemma_.lower() in self.noun_frames
                or gov.dep_ == "prep" and gov.head.i in self._verb_triggers)

        # "renewed his appeal to Ethiopia to end the war", "a threat to cut supplies": the
        # complement of a framing event noun is that noun's content (it refines its CAMEO code)
        by_clause = {o.clause.i: o for o in cands.values() if o.match.kind == "noun"}
        for i, cand in list(cands.items()):
            c = cand.clause
            owner = cands.get(c.head.i)
            if c.dep_ == "advcl" and any(x.dep_ == "aux" and x.lower_ == "to"
                                         for x in c.children):
                owner = by_clause.get(c.head.i)      # "renewed his appeal ... to end the war"
            if owner is None or owner is cand or owner.match.kind != "noun" or \
                    c.dep_ not in ("acl", "ccomp", "advcl"):
                continue
            found = self.frame_for(owner.match.head)
            if found is None:
                continue
            spec = found[1]
            if spec.get("kind") == "compose" and spec.get("event") == owner.sense.event:
                code = (spec.get("codes") or {}).get(cand.sense.event)
                if code and owner.sense.cameo == spec.get("default"):
                    owner.sense = make_sense(owner.sense.event, code, owner.sense.pattern)
                del cands[i]
        # ("dispersed students protesting fee rises": a present participle on its own doers
        # reports the collective action under way — PROTEST presumes it — and is kept)
        ongoing = args.frame_set("ongoing_participle_types")

        def under_way(cand: Candidate) -> bool:
            c = cand.clause_top or cand.clause
            return c.dep_ == "acl" and c.tag_ == "VBG" and cand.sense.event in ongoing

        for i, cand in list(cands.items()):
            c = cand.clause
            g = cand.composed_gov
            own = {t.i for t in cand.tokens}
            if under_way(cand):
                continue
            if (c.dep_ in ("acl", "ccomp", "relcl") and acted_on(c.head)
                    and c.head.head.i not in own) or (
                    g is not None and g.pos_ in ("NOUN", "PROPN") and acted_on(g)
                    and g.head.i not in own) or (
                    # "vetoed a resolution demanding that Israel halt ...": the demand folded
                    # into the participle is the vetoed document's content
                    g is not None and g.dep_ == "acl" and acted_on(g.head)
                    and g.head.head.i not in own):
                del cands[i]      # (unless the acting verb is part of this very record)
        # "will kill the hostages unless the government releases ...", "threatened to close
        # the strait if the US imposed sanctions": the condition is not an event of its own
        for i, cand in list(cands.items()):
            c = cand.clause
            if c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in ("if", "unless")
                                         for x in c.children):
                above = {a.i for a in c.ancestors}
                if any(other is not cand and ((other.clause_top or other.clause).i in above
                                              or other.clause.i in above)
                       for other in cands.values()):
                    del cands[i]
        # "a car bombing that killed a U.S. soldier": the relative clause is the same attack
        for i, cand in list(cands.items()):
            c = cand.clause
            main = cands.get(c.head.i)
            if c.dep_ == "relcl" and main is not None and main is not cand and \
                    main.match.kind == "noun" and main.sense.event == cand.sense.event:
                main.recipient_tokens = main.recipient_tokens or [
                    t for t in args.verb_recipients(c, True, {c.i})]
                del cands[i]
        # relative clauses and passive participles describe background ("a helicopter that was
        # captured last week", "assets they lost when ...", "Signed in 1987 by the US and the
        # USSR, the treaty ..."): not coded
        for i, cand in list(cands.items()):
            c = cand.clause
            rel = next((a for a in [c, *c.ancestors] if a.dep_ == "relcl"), None)
            if c.dep_ == "acl" and args.is_passive(c) or c.dep_ == "advcl" and \
                    c.tag_ == "VBN" and not any(x.dep_ in ("aux", "auxpass", "nsubj", "mark")
                                                for x in c.children) or rel is not None and (
                    rel != c or args.is_passive(rel)):
                del cands[i]
        # "condemned the rebels who attacked the town": with a main event above it, a relative
        # clause describes a party (background), it is not coded again
        for i, cand in list(cands.items()):
            c = cand.clause_top or cand.clause
            if under_way(cand):
                continue       # (see above)
            if c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and \
                    c.head.pos_ in ("NOUN", "PROPN") and c.head.i not in cands:
                above = {a.i for a in c.ancestors}
                if any(o is not cand and (o.clause_top or o.clause).i in above
                       for o in cands.values()):
                    del cands[i]
        # "asked if North Korea was preparing to talk": a question reports no event
        for i, cand in list(cands.items()):
            for a in [cand.clause, *cand.clause.ancestors]:
                # ("it is unclear if Moscow has provided ...": any clause object opened by
                # "whether", or by "if" as a complement, is an open question)
                if a.dep_ in ("ccomp", "csubj", "advcl") and any(
                        c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in a.children
                ) and (a.dep_ != "advcl" or any(c.lower_ == "whether" for c in a.children)
                       or any(x.dep_ == "acomp" and x.lemma_.lower() in self.uncertainty
                              for x in a.head.children)) and (
                        a.head.lemma_.lower() in self.uncertainty or a.head.pos_ == "AUX"
                        or a.head.lemma_ == "be"):
                    del cands[i]
                    break
        # "reserves the right to provide missiles": a capacity to act is no act
        capacity = args.frame_set("capacity_nouns")
        for i, cand in list(cands.items()):
            c = cand.clause_top or cand.clause
            if c.dep_ == "acl" and c.head.lemma_.lower() in capacity and any(
                    x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                del cands[i]
        # "Russia denies sending troops": denials are statements, not events; "Japan is
        # considering sending aid": an option weighed (CAMEO 014) is not the act either
        denial = args.frame_set("denial_verbs") | args.frame_set("deliberation_verbs")
        for i, cand in list(cands.items()):
            c = (cand.clause_top or cand.clause)
            if c.dep_ in ("xcomp", "ccomp", "pcomp") and (
                    c.head.lemma_.lower() in denial
                    or c.head.dep_ == "prep" and c.head.head.lemma_.lower() in denial):
                del cands[i]
        # "accused Syria of firing at ...", "accused Iraq of violating the truce by shelling
        # ...": the content of an accusation is not coded
        content = args.frame_set("accusation_content")
        alleging = self.alleging
        for i, cand in list(cands.items()):
            chain = [cand.clause, *cand.clause.ancestors]
            if any(c.dep_ == "pcomp" and c.head.dep_ == "prep"
                   and c.head.lower_ in ("of", "for", "with")
                   and c.head.head.lemma_.lower() in content for c in chain) or any(
                    c.dep_ == "ccomp" and c.head.lemma_.lower() in alleging
                    and c.head.i != cand.match.head.i for c in chain):
                del cands[i]
        # "the rebels claimed that they had attacked the base": a self-claim is a statement
        claiming = args.frame_set("self_claim_verbs")
        for i, cand in list(cands.items()):
            if any(c.dep_ == "ccomp" and c.head.lemma_.lower() in claiming
                   and c.head.i != cand.match.head.i and not self.other_subject(c, c.head)
                   for c in [cand.clause, *cand.clause.ancestors]):
                del cands[i]
        # "set off a car bomb, killing four civilians": the participle is the same attack
        for i, cand in list(cands.items()):
            c = cand.clause
            main = cands.get(c.head.i)
            if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and main is not None \
                    and main is not cand and main.sense.event == cand.sense.event:
                # the participle's victims stand in only when the main verb has no object
                # ("carried out air strikes in Mosul, killing ...": the strikes are the event)
                if main.match.kind != "verb" or not any(
                        x.dep_ == "dobj" and x not in main.tokens
                        for x in main.match.head.children):
                    main.recipient_tokens = main.recipient_tokens or args.verb_recipients(
                        c, True, {c.i})
                del cands[i]
        # the demand a protest makes is its topic, not another event (PLOVER manual, PROTEST)
        protest_heads = {c.match.head.i for c in cands.values() if c.sense.event == "PROTEST"}
        for i, cand in list(cands.items()):
            c = cand.clause
            if cand.sense.event == "REQUEST" and c.dep_ in ("advcl", "acl", "xcomp", "conj") \
                    and c.head.i in protest_heads:
                del cands[i]
        # "must accept the changes before they demobilize": a present-tense clause under
        # "before"/"until" names a condition still to be met, not an act that took place
        pending = args.frame_set("pending_marks")
        for i, cand in list(cands.items()):
            c = cand.clause_top or cand.clause
            if c.dep_ == "advcl" and c.tag_ in ("VB", "VBP", "VBZ") and any(
                    x.dep_ == "mark" and x.lower_ in pending for x in c.children) and not any(
                    x.dep_ == "aux" for x in c.children):
                del cands[i]
        out = list(cands.values())
        out.extend(self.demand_clauses(sent, cands))
        return out

    def demand_clauses(self, sent: SpacySpan, cands: dict[int, Candidate]) -> list[Candidate]:
        """"Russia said Sudan must return the helicopter": REQUEST from speaker to subject."""
        out = []
        covered = {(c.composed_gov or c.clause).i for c in cands.values()}
        for tok in sent:
            if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in self.speech_verbs:
                continue
            if tok.head.i in covered or tok.i in covered or tok.i in cands:
                continue
            if not self.is_demand_clause(tok, tok.head):
                continue
            spec = self.frames["complement_frames"]["request"]
            sense = make_sense("REQUEST", spec.get("default", "100"), "say + must")
            m = Match(sense, tok.head, [tok.head], "verb")
            cand = Candidate(sense, m, [tok.head], tok.head, confidence=0.5)
            subj = args.clause_subject(tok)
            cand.recipient_tokens = [subj] if subj is not None else []
            out.append(cand)
        return out

    def phone_call(self, verb: Token) -> Token | None:
        """The party a calling verb telephoned ("called Lavrov to discuss ..."), else None."""
        spec = self.frames.get("phone_call") or {}
        if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in spec.get("verbs", ()):
            return None
        kids = list(verb.children)
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if after is not None and after.lower_ in spec.get("appeal_preps", ()):
            return None           # "called on Libya's government to ...": an appeal
        if any(c.dep_ in spec.get("naming_deps", ()) for c in kids):
            return None           # "called him a liar", "called the plan dangerous": a label
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if obj is None or self.lex.match(obj) is not None or not self.mentions([obj]):
            return None           # "called on Iran", "called a meeting": no one was rung
        return obj

    def opinion_agreement(self, verb: Token) -> bool:
        """True for "agreed with X that ..." / "agree with <party>": sharing a view, no deal."""
        spec = self.frames.get("opinion_agreement") or {}
        if verb.lemma_.lower() not in spec.get("verbs", ()):
            return False
        kids = list(verb.children)
        if any(c.dep_ in ("xcomp", "dobj") or c.dep_ == "advcl" and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children) for c in kids):
            return False          # "agreed with Iran to exchange prisoners"
        if any(c.dep_ in ("prep", "prt") and c.lower_ in spec.get("action_preps", ())
               for c in kids):
            return False          # "agreed on a ceasefire", "agreed to the plan"
        # "agreed with Germany (that sanctions were needed)"; a bare "agreed that a ceasefire
        # would start" may report a deal and is kept
        return any(c.dep_ == "prep" and c.lower_ in spec.get("party_preps", ()) and any(
            g.dep_ == "pobj" and self.lex.match(g) is None and self.mentions([g])
            for g in c.children) for c in kids)

    def phone_code(self) -> str:
        """The CAMEO code and mode of a telephone call (triggers_frames.yaml ``phone_call``)."""
        return str((self.frames.get("phone_call") or {}).get("code", "041 phone"))

    def phone_sense(self, pattern: str) -> Sense:
        return make_sense("CONSULT", self.phone_code(), pattern)

    def candidate(self, m: Match) -> Candidate | None:
        head = m.head
        if m.kind == "verb":
            if m.sense.event == "REQUEST" and self.phone_call(head) is not None:
                # "called his counterpart on Tuesday": the "on" is a date, not an appeal
                cand = Candidate(self.phone_sense(m.sense.pattern), m, [head], head)
                cand.recipient_tokens = [self.phone_call(head)]
                return cand
            if m.sense.event == "AGREE" and m.tokens == [head] and self.opinion_agreement(head):
                return None       # a shared opinion is a statement, not an agreement to act
            return Candidate(m.sense, m, list(m.tokens), head)
        if m.kind == "adj":
            # "is willing" / "ready" alone are frames, not events
            if not any(c.dep_ == "xcomp" for c in head.children) and head.dep_ != "ROOT":
                return None
            return Candidate(m.sense, m, list(m.tokens), head)
        # event nouns: under a support verb, or with their own actor
        gov = head.head
        lemma = head.lemma_.lower()
        if head.dep_ == "compound" and gov.pos_ in ("NOUN", "PROPN"):
            return None          # "riot police", "attack helicopters": a kind of thing, no event
        if head.dep_ == "nsubj" and gov.pos_ in VERB_POS and gov.i not in self._verb_triggers \
                and self.is_aspect_verb(gov):
            return self.subject_event(m, gov)
        if head.dep_ == "pobj" and gov.lower_ == "for" and gov.head.pos_ in VERB_POS and \
                gov.head.lemma_.lower() in args.frame_set("travel_verbs"):
            return Candidate(m.sense, m, list(m.tokens), gov.head, confidence=0.45)
        if head.dep_ == "pobj" and gov.lower_ == "in" and \
                gov.head.lemma_.lower() in self.participation:
            return Candidate(m.sense, m, sorted({gov.head, *m.tokens}, key=lambda t: t.i),
                             gov.head, confidence=0.5)      # "participated in a hunger strike"
        box = gov.head
        if head.dep_ == "pobj" and gov.lower_ == "of" and box.lemma_.lower() in self.containers \
                and box.dep_ in ("dobj", "nsubjpass") and box.head.pos_ in VERB_POS and \
                box.head.i not in self._verb_triggers and (
                    box.head.lemma_.lower() in self.support
                    or box.head.lemma_.lower() in self.noun_frames):
            # "began a new round of joint exercises": the container stands for the event noun
            return Candidate(m.sense, m, sorted({box.head, *m.tokens}, key=lambda t: t.i),
                             box.head, confidence=0.55)
        if head.dep_ == "pobj" and (gov.lower_ in self.concessive_preps or (
                gov.lower_ == "of" and gov.head.lemma_.lower() in self.concessive_nouns)):
            return None          # "refused despite UN demands": what the event defies
        if head.dep_ == "pobj" and gov.lower_ in ("of", "for", "with") and \
                gov.head.lemma_.lower() in self.accusation_content:
            return None          # "criticized Israel for its raid": what the accusation alleges
        if head.dep_ == "pobj" and gov.lower_ in self.topic_preps and \
                gov.head.pos_ in ("NOUN", "PROPN"):
            owner = self.lex.match(gov.head)
            if owner is not None and owner.kind == "noun" and owner.sense.event and \
                    owner.sense.event not in self.motive_types:
                return None      # "an agreement on joint patrols", "talks on a ceasefire": topic
        if head.dep_ == "pobj" and gov.lower_ in self.background_preps and not (
            gov.lower_ == "for" and gov.head.lemma_ == "responsibility"
        ):
            # "after the attack": background; "during his visit to Pyongyang", "in talks
            # between Putin and Merkel": a restated event with its own parties is coded
            own = args.between_parties(head) or [
                t for t in args.noun_actor(head, {x.i for x in m.tokens})
                if t.dep_ in ("poss", "compound", "amod") and self.mentions([t])]
            if lemma in self.support_only or not own or not self.mentions(own):
                return None
            if gov.lower_ in args.frame_set("temporal_background_preps"):
                return None      # "since last month's U.S. invasion": an earlier event restated
            return Candidate(m.sense, m, list(m.tokens), head, confidence=0.4)
        if (gov.i in self._verb_triggers or head.dep_ == "pobj" and gov.head.i in
                self._verb_triggers) and gov.i != head.i:
            if m.sense.event not in self.material_nouns:
                return None
            # "condemned Russia's attack": the noun is the other event's object; it stands
            # only with its own actor (possessor, "by", demonym)
            if lemma in self.support_only or not args.noun_actor(head, {t.i for t in m.tokens}):
                return None
            return Candidate(m.sense, m, list(m.tokens), head, confidence=0.4)
        if head.dep_ in ("dobj", "nsubjpass", "attr") and gov.pos_ in VERB_POS and (
            gov.lemma_.lower() in self.support or gov.lemma_.lower() in self.noun_frames
        ):
            return Candidate(m.sense, m, sorted({gov, *m.tokens}, key=lambda t: t.i), gov,
                             confidence=0.6)
        if head.dep_ == "pobj" and gov.dep_ == "prep" and gov.head.pos_ in VERB_POS and (
            gov.head.lemma_.lower() in self.support and gov.lower_ in ("in", "into", "to")
        ):
            return Candidate(m.sense, m, list(m.tokens), gov.head, confidence=0.5)
        resp = self.frames.get("responsibility") or {}
        if head.dep_ == "pobj" and gov.lower_ == "for" and gov.head.lemma_ == resp.get("noun") \
                and gov.head.head.lemma_ in resp.get("verbs", ()):
            # "the Taliban claimed responsibility for a car bombing"
            return Candidate(m.sense, m, list(m.tokens), gov.head.head, confidence=0.6)
        if head.dep_ == "pobj" and gov.lower_ == "to" and gov.head.lemma_ in resp.get(
                "admit_verbs", ()):
            # "they admitted to an attack in Kabul"
            return Candidate(m.sense, m, list(m.tokens), gov.head, confidence=0.6)
        if lemma in self.support_only:
            return None          # "the war", "violence": only with a support verb
        if lemma in self.owned_nouns and not args.noun_actor(head, {t.i for t in m.tokens}):
            return None
        if head.dep_ == "pobj" and gov.lower_ in self.background_preps:
            return None          # "after last week's attack": background, not this event
        if gov.pos_ in VERB_POS and head.dep_ == "dobj" and \
                gov.lemma_.lower() in self.undergo_verbs:
            return None          # "or face military action", "suffered an attack": undergone
        if gov.pos_ in VERB_POS and head.dep_ in ("dobj", "nsubjpass") and \
                self.lex.match(gov) is None:
            # "sped up the withdrawal": the governing verb's subject acts
            return Candidate(m.sense, m, list(m.tokens), gov, confidence=0.45)
        return Candidate(m.sense, m, list(m.tokens), head, confidence=0.5)

    def is_aspect_verb(self, verb: Token) -> bool:
        """"erupted", "broke out", "took effect", "entered its third day": a verb that reports
        its event-noun subject as starting, going on or spreading (data/triggers_aspect.yaml)."""
        for word in (verb.lemma_.lower(), verb.lower_):
            for needs in self.aspect_verbs.get(word, ()):
                if not needs and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
                    return True   # (intransitive only: "the call escalated tensions" is not)
                if needs and any(c.dep_ in ("prt", "dobj", "advmod", "prep", "acomp") and (
                        c.lemma_.lower() in needs or c.lower_ in needs) for c in verb.children):
                    return True
        return False

    def subject_event(self, m: Match, verb: Token) -> Candidate | None:
        """"Clashes erupted between X and Y", "The strike by Kenyan teachers entered its third
        day": the subject noun's event, with the parties named on the noun (or "between" on
        the verb); with no party named it is background and not coded."""
        noun = m.head
        parties = args.between_parties(noun)
        if not parties:
            parties = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in (
                "between", "among") for g in c.children if g.dep_ == "pobj"
                for t in (g, *g.conjuncts)]
        first = self.actors.actor_for(parties[0]) if parties else None
        if first is None or not first.token_start <= parties[0].i < first.token_end:
            parties = []          # the first party acts: an unlisted one leaves no actor
        own = [t for t in args.noun_actor(noun, {t.i for t in m.tokens}) if self.mentions([t])]
        if noun.lemma_.lower() in self.support_only and len(m.tokens) == 1:
            # "the Syrian war", "the Yemeni deal": a general noun's modifier names no party
            own = [t for t in own if t.dep_ not in args.NOMINAL_MODIFIER_DEPS]
        if not parties and not own:
            return None
        cand = Candidate(m.sense, m, list(m.tokens), verb, confidence=0.5)
        if parties and not args.between_parties(noun):
            cand.actor_tokens = parties          # "erupted between X and Y": X, then Y
        return cand

    # -- frames ------------------------------------------------------------------------------
    def frame_for(self, gov: Token) -> tuple[str, dict] | None:
        return self._frame_of.get(gov.lemma_.lower())

    def apply_frames(self, cand: Candidate, cands: dict[int, Candidate]) -> None:
        """Walk up xcomp/ccomp links from the candidate's clause, folding in governing frames."""
        t = cand.clause
        # a noun under a framing verb: "refused talks", "called for talks", "proposed talks"
        if cand.match.kind == "noun" and t == cand.match.head:
            pass
        elif cand.match.kind == "noun" and t.lemma_.lower() in self.noun_frames:
            kind = self.noun_frames[t.lemma_.lower()]
            frame = {"reject": "reject", "request": "request", "request_plain": "request",
                     "cease": "cease"}.get(kind)
            spec = self.frames["complement_frames"].get(frame or "", {})
            if frame == "cease" and (cand.sense.event not in (spec.get("events") or {})
                                     or cand.sense.mode in (spec.get("keep_modes") or ())):
                # "ended his visit": the visit took place; "ended the fighting" is a verb entry
                frame = None
            if frame:
                spec = self.frames["complement_frames"][frame]
                self.compose(cand, t, spec, cands)
            elif kind == "hypothetical":
                cand.modality.hypothetical = True
            elif kind == "negated":
                cand.modality.negated = True
        hops = 0
        if t.dep_ == "conj" and t.head.dep_ in ("xcomp", "pcomp") and t.pos_ in VERB_POS:
            t = t.head            # "agreed to lay down their arms and end the insurgency"
        while t.dep_ in ("xcomp", "ccomp", "acomp", "pcomp", "advcl", "acl") and hops < 4:
            if t.dep_ == "acl" and t.head.pos_ not in ("NOUN", "PROPN"):
                break
            gov = t.head
            if t.dep_ == "pcomp":          # "called for ending", "insisted on meeting"
                gov = t.head.head if t.head.dep_ == "prep" else t.head
                found = self.frame_for(gov)
                if t.head.lower_ == "against" and found is not None and found[0] == "threat":
                    pass                   # "warned Israel against attacking": a threat
                elif t.head.lower_ not in ("for", "on", "to", "upon"):
                    break
            if t.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in t.children):
                break
            if t.dep_ == "advcl" and gov.i in cands and cands[gov.i].match.obj is not None:
                break             # "called a strike to protest ...": a purpose, not a content
            found = self.frame_for(gov)
            if found is None and t.dep_ == "ccomp":
                # "reiterated its demand that Israel ease ...": the object noun frames it
                noun = next((c for c in gov.children if c.dep_ == "dobj"
                             and c.lemma_.lower() in self.ccomp_frames), None)
                if noun is not None:
                    gov, found = noun, self.frame_for(noun)
            if found is None:
                if t.dep_ == "ccomp" and self.is_demand_clause(t, gov):
                    spec = self.frames["complement_frames"]["request"]
                    self.compose(cand, gov, spec, cands, recipient_from=t)
                    t = gov
                    hops += 1
                    continue
                break
            name, spec = found
            if t.dep_ in ("ccomp", "acl") and spec.get("kind") != "compose":
                break
            if t.dep_ in ("ccomp", "acl") and gov.lemma_.lower() not in self.ccomp_frames:
                break
            if t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("if", "whether")
                                         for c in t.children):
                break             # "asked if North Korea would talk": a question
            kind = spec.get("kind")
            if kind == "compose" and spec.get("only_listed") and \
                    cand.sense.event not in (spec.get("events") or {}):
                kind = "negated"          # "stopped criticising": no de-escalation to code
            if t.dep_ in ("ccomp", "acl") and kind == "compose" and spec.get("event") == "REQUEST" \
                    and not self.other_subject(t, gov):
                break
            callee = self.phone_call(gov) if t.dep_ in ("xcomp", "advcl") else None
            if kind == "compose" and spec.get("event") == "REQUEST" and callee is not None:
                # "called Lavrov to discuss Syria": the call is the event, its purpose its topic
                self.compose(cand, gov, {"kind": "compose", "event": "CONSULT",
                                         "default": self.phone_code()}, cands)
                cand.recipient_tokens = [callee]
            elif kind == "compose":
                self.compose(cand, gov, spec, cands,
                             recipient_from=t if t.dep_ in ("ccomp", "acl") else None)
            elif kind == "future":
                cand.modality.future = True
            elif kind == "hypothetical":
                cand.modality.hypothetical = True
            elif kind == "negated":
                cand.modality.negated = True
            t = gov
            hops += 1
        cand.clause_top = t

    def other_subject(self, comp: Token, gov: Token) -> bool:
        """True when the clause ``comp`` is about someone other than the subject of ``gov``."""
        subj = args.clause_subject(comp)
        if subj is None:
            return False
        speaker = args.clause_subject(gov) if gov.pos_ in VERB_POS else None
        if speaker is None:
            return True
        if subj.pos_ == "PRON":
            return subj.lower_ == "you"
        a, b = self.key_of(self.mentions([subj])), self.key_of(self.mentions([speaker]))
        return not (a and a == b)

    def is_demand_clause(self, comp: Token, gov: Token) -> bool:
        """"Russia said Sudan must return ...": a speech verb over a must/should clause."""
        if gov.pos_ not in VERB_POS:
            return False
        modals = args.frame_set("demand_modals")
        has_modal = any(c.dep_ == "aux" and c.lower_ in modals for c in comp.children) or (
            comp.lemma_ in ("have", "need") and any(c.dep_ == "xcomp" for c in comp.children)
        )
        if not has_modal:
            return False
        subj = args.clause_subject(comp)
        speaker = args.clause_subject(gov)
        if subj is None or speaker is None or subj.i == speaker.i:
            return False
        if subj.pos_ == "PRON":
            return subj.lower_ == "you"
        a, b = self.key_of(self.mentions([subj])), self.key_of(self.mentions([speaker]))
        return not (a and a == b)

    def compose(self, cand: Candidate, gov: Token, spec: dict, cands: dict[int, Candidate],
                recipient_from: Token | None = None) -> None:
        """Turn ``cand`` into the frame's event (REJECT/meet for "refused to meet")."""
        inner = cand.sense.event
        event = spec["event"]
        code = (spec.get("codes") or {}).get(inner)
        if inner in (spec.get("conflict_codes") or {}) and spec.get("conflict_event") and \
                cand.sense.mode not in (spec.get("cooperative_modes") or ()):
            event = spec["conflict_event"]
            code = (spec.get("conflict_codes") or {}).get(inner)
        if inner in (spec.get("events") or {}):
            event, code = spec["events"][inner].split()
        if code is None:
            code = spec.get("default")
            own = cands.get(gov.i)
            if own is not None and own.sense.event == event:
                code = own.sense.cameo
        cand.sense = make_sense(event, code, f"{gov.lemma_} + {cand.sense.pattern}")
        cand.modality = Modality()     # "demanded that India stop ...": the demand is asserted
        cand.frame = spec.get("event")
        cand.tokens = sorted({gov, *cand.tokens}, key=lambda t: t.i)
        # the frame's own record (e.g. "refused" as REJECT, "expressed willingness") is this one
        for i, other in list(cands.items()):
            # ("ignored a Turkish demand to expel ...": the REJECT acting on the frame noun
            # stays; only a record that is the frame itself is absorbed)
            sibling = other.composed_gov is not None and other.composed_gov.i == gov.i
            if other is not cand and not sibling and (
                    i == gov.i or any(t.i == gov.i for t in other.tokens)
                    and (other.sense.event == event or gov.pos_ in VERB_POS
                         or other.match.kind != "verb")):
                cand.tokens = sorted({*other.tokens, *cand.tokens}, key=lambda t: t.i)
                del cands[i]
        cand.composed_gov = gov
        gov_obj = next((c for c in gov.children if c.dep_ in ("dobj", "dative")), None)
        if event == "THREATEN" and gov_obj is not None:
            cand.recipient_tokens = [gov_obj]          # "warned Japan that it would ..."
        elif recipient_from is not None:
            subj = args.clause_subject(recipient_from)
            cand.recipient_tokens = [subj] if subj is not None else []
        elif event == "REQUEST":
            obj = next((c for c in gov.children if c.dep_ in ("dobj", "dative")), None)
            if obj is None:
                obj = next((g for c in gov.children if c.dep_ == "prep" and c.lower_ in
                            ("on", "upon", "to") for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                cand.recipient_tokens = [obj]
        cand.confidence = min(0.9, cand.confidence + 0.1)

    # -- arguments ---------------------------------------------------------------------------
    def mentions(self, tokens: list[Token]) -> list[Mention]:
        out: list[Mention] = []
        for t in tokens:
            for m in self.actors.actors_for(t):
                if m not in out:
                    out.append(m)
        return out

    @staticmethod
    def key_of(ms: list[Mention]) -> frozenset:
        return frozenset(args.party_key(m) for m in ms)

    def arguments(self, cand: Candidate) -> tuple[list[Mention], list[Mention]]:
        m = cand.match
        gov = cand.composed_gov
        skip = {t.i for t in cand.tokens}
        conflictive = cand.sense.event in CONFLICT_TYPES
        actor_tok: list[Token] = []
        rec_tok: list[Token] = list(cand.recipient_tokens)
        attack_subject: Token | None = None
        commanded: Token | None = None
        subj_parties = False
        if m.kind == "noun":
            noun = m.head
            parties = args.between_parties(noun) or list(cand.actor_tokens)
            if parties:
                actor_tok, rec_tok = parties[:1], rec_tok or parties[1:]
            own = args.noun_actor(noun, skip)
            if cand.sense.event in args.frame_set("from_actor_types"):
                own = own + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                             for g in c.children if g.dep_ == "pobj"]
            if cand.sense.event in ("CONSULT", "AGREE"):
                # "the Singapore summit", "Geneva talks": a place names where, not who
                own = [t for t in own if t.dep_ not in args.NOMINAL_MODIFIER_DEPS]
            actor_tok = actor_tok or own
            if actor_tok and args.owned_by_subject(noun, actor_tok[0], self.support):
                # "the army intensified its bombardment": the clause subject names the doer
                subj = args.clause_subject(cand.clause)
                if subj is not None and self.mentions([subj]):
                    actor_tok = [subj]
            if gov is not None and gov.pos_ in VERB_POS and noun.head == gov and \
                    noun.dep_ in ("dobj", "nsubjpass") and cand.frame is not None:
                # "North Korea declined an invitation from Seoul": the frame verb's subject
                # acts; the noun's own party is the one answered
                subj = args.clause_subject(gov)
                if subj is not None and self.mentions([subj]):
                    rec_tok = rec_tok or [t for t in actor_tok if t.i != subj.i]
                    actor_tok = [subj]
            if cand.clause != noun and not self.mentions(actor_tok):
                subj = args.clause_subject(gov or cand.clause)
                if subj is not None:
                    actor_tok = [subj]
            of = args.of_object(noun)
            if of is not None:
                if cand.sense.event in self.of_actor_types and not self.mentions(actor_tok):
                    actor_tok = [of]
                elif cand.sense.event not in self.of_actor_types or \
                        args.of_is_recipient(cand.sense.event, noun, actor_tok):
                    rec_tok = rec_tok or [of]
            rec_tok = rec_tok or args.noun_recipients(noun, self.noun_rec_preps - {"of"}, skip)
            if cand.clause != noun and not rec_tok:
                rec_tok = args.verb_recipients(cand.clause, conflictive, skip)
        else:
            head = m.head
            subj = args.clause_subject(gov if gov is not None else head)
            if subj is None and gov is not None:
                subj = args.clause_subject(head)
            if subj is None and not args.is_passive(head):
                subj = inherited_subject(gov if gov is not None else head)
            actor_tok = [subj] if subj is not None else []
            cmd = args.commander(head) if gov is None and cand.sense.event in \
                args.commanded_types() else None
            if cmd is not None and self.mentions([cmd[0]]):
                # "the government ordered La Prensa to suspend publication": the commanding
                # side acts, on whom the act names or else on the commanded one
                actor_tok, commanded = [cmd[0]], cmd[1]
            if subj is not None and args.is_attack_noun(subj, self.lex.nouns):
                # "a suicide attack killed 12", "Syrian air strikes hit the town": the attack is
                # no party; its doer is named on it (demonym, possessor, "by") or unknown
                actor_tok = [t for t in args.event_noun_doers(subj)
                             if not args.names_place(t) and self.mentions([t])][:1]
                attack_subject = None if actor_tok else subj
                subj_parties = bool(args.between_parties(subj))
            if gov is not None and gov.pos_ in ("NOUN", "PROPN"):
                # "Egypt renewed its appeal to Israel to end the war": the frame noun's owner,
                # else the subject of the verb that carries it, makes the appeal
                own = [t for t in args.noun_actor(gov, skip) if self.mentions([t])]
                carrier = gov.head if gov.dep_ in ("dobj", "nsubjpass") else None
                csubj = args.clause_subject(carrier) if carrier is not None and \
                    carrier.pos_ in VERB_POS else None
                if own and not (csubj is not None and self.mentions([csubj]) and
                                args.owned_by_subject(gov, own[0], self.support)):
                    actor_tok = own
                elif csubj is not None and self.mentions([csubj]):
                    actor_tok = [csubj]
            if subj is None and args.is_passive(head) and m.obj is not None:
                # "UN sanctions against Iran were lifted": the owner of the thing acted on
                actor_tok = args.noun_actor(m.obj, {m.obj.i})
            if subj is None and args.is_passive(head) and head.lemma_.lower() in set(
                    self.frames.get("passive_subject_acts", ())):
                # "the guerrillas have been demobilized": they are the ones who stand down
                actor_tok = actor_tok or [c for c in head.children if c.dep_ == "nsubjpass"]
            if not actor_tok and subj is None:
                # "was arrested in Rwanda", "were expelled from North Korea": only a state
                # arrests or expels, so the state where it happened acts (agent not named)
                actor_tok = [t for t in args.state_action_place(head)
                             if any(x.country and x.kind in args.STATE_KINDS
                                    for x in self.mentions([t]))][:1]
            if not rec_tok:
                rec_tok = args.verb_recipients(head, conflictive, skip)
                rec_tok += [o for t in rec_tok if t.dep_ == "dobj"
                            for o in [args.of_object(t)] if o is not None]
            if commanded is not None and not any(args.is_party(x)
                                                 for x in self.mentions(rec_tok)):
                rec_tok = [commanded, *rec_tok]
            if not rec_tok and gov is not None:
                rec_tok = args.verb_recipients(gov, conflictive, skip | {head.i})
            if not rec_tok:
                # "threatened to cut off exports to Japan", "promised to help Poland"
                for c in head.children:
                    if c.dep_ == "xcomp":
                        rec_tok = args.verb_recipients(c, conflictive, skip)
                        break
            if not rec_tok and subj is not None and args.is_attack_noun(subj, self.lex.nouns):
                rec_tok = args.attack_targets(subj)      # "an attack on the embassy killed 3"
            if not rec_tok and cand.sense.event in ("REQUEST", "ACCUSE", "THREATEN"):
                comp = next((c for c in head.children if c.dep_ == "ccomp"), None)
                if comp is not None:
                    s = args.clause_subject(comp)
                    rec_tok = [s] if s is not None else []
        if m.kind != "noun" and rec_tok and cand.sense.event in RECIPROCAL_TYPES:
            rec_tok = args.with_partners(m.head, skip) + rec_tok     # roles hook (arguments.py)
        actors = self.mentions(actor_tok)
        if not actors and attack_subject is not None:
            actors = [self.attack_phrase(attack_subject)]
        if not actors and actor_tok and actor_tok[0].lower_ in FIRST_PERSON:
            actors = self.speaker_of(actor_tok[0])      # "we have deepened our sanctions"
        elif not actors and actor_tok and actor_tok[0].lower_ in THIRD_PERSON:
            # "Britain announced that it will not lift the ban": an unresolved pronoun in a
            # reported clause is its speaker when they agree (a person is "he"/"she")
            person = actor_tok[0].lower_ in ("he", "she")
            actors = [a for a in self.speaker_of(actor_tok[0])
                      if (a.kind == "person") == person or actor_tok[0].lower_ == "they"]
        if not actors and actor_tok and m.kind == "verb" and actor_tok[0].dep_ == "nsubj":
            actors = self.unresolved_actor(actor_tok[0])
        if not actors and actor_tok:
            actors = self.agent_phrase(actor_tok[0])     # "hackers attacked", "... by hackers"
        if len(actors) == 1 and actors[0].kind == "pronoun" and actor_tok:
            actors = self.named_reporter(actor_tok[0], actors)
        recipients: list[Mention] = []
        akey = self.key_of(actors)
        last_resort = False
        # an event noun is not a party ("held talks in Berlin": the talks are not Germany)
        rec_tok = [t for t in rec_tok if t.i not in skip or t.lemma_.lower() not in self.lex.nouns]
        for t in rec_tok:
            if t.dep_ == "pobj" and t.head.lower_ == "with" and cand.sense.event in (
                    "ACCUSE", "THREATEN", "REQUEST", "PROTEST"):
                continue          # "warned in an interview with Reuters"
            ms = [x for x in self.mentions([t]) if (x.kind != "place"
                  or cand.sense.event in MATERIAL_CONFLICT) and not (
                      cand.sense.event not in MATERIAL_CONFLICT and args.is_topic(x, self.doc))]
            if args.moved_own_force(t, ms):
                continue          # "deployed 300 troops to Mali": its own force, not a target
            if ms and (not akey or self.key_of(ms) != akey):
                if any(args.is_party(m) for m in ms):
                    # "the foreign ministers of Japan and South Korea": each country (roles hook)
                    recipients = args.add_of_parties(ms, self.mentions(args.of_parties(t)))
                    break
                # a bare agent ("reservists") or an unplaced name: only as a last resort
                if not recipients:
                    # (the verb's own object naming people stays: "freed 280 child soldiers")
                    recipients, last_resort = ms, cand.sense.event == "MOBILIZE" or \
                        not args.direct_victim(t, cand.match.head, ms)
        akeys = {self.key_of([a]) for a in actors}
        acountries = {a.country for a in actors if a.country}
        recipients = [r for r in recipients if r not in actors and self.key_of([r]) not in akeys
                      and not (r.kind == "pronoun" and r.country in acountries)
                      and not args.self_reference(actors, r)]
        if last_resort:
            sent = self._sent_of(cand.match.head.i)
            recipients = self.context_recipient(cand, actors, sent) or recipients
        if not recipients and len(actors) == 1 and actor_tok and \
                cand.sense.event in RECIPROCAL_TYPES:
            of = args.of_object(actor_tok[0])
            if of is not None and of.conjuncts:
                seen = {self.key_of([a]) for a in actors}
                actors = actors + [x for x in self.mentions([of]) if self.key_of([x]) not in seen]
        if len(actors) > 1 and subj_parties:
            # "clashes between X and Y killed 12": X acts on Y (reciprocal), then on the victims
            actors, recipients = actors[:1], actors[1:] + recipients
        if len(actors) > 1 and cand.sense.event in RECIPROCAL_TYPES | {"ASSAULT"}:
            acs = {a.country for a in actors if a.country}
            recipients = [r for r in recipients if r.country not in acs]
        if not recipients and len(actors) > 1 and cand.sense.event in RECIPROCAL_TYPES | {
            "ASSAULT"
        }:
            actors, recipients = actors[:1], actors[1:]
        acs = {a.country for a in actors if a.country}
        if acs and recipients and all(r.country in acs for r in recipients):
            # own forces as object: a target named by "against" wins (roles hook, arguments.py)
            targets = args.against_targets(cand.match.head)
            if cand.sense.event == "THREATEN":
                cond = args.condition_party(cand.match.head)
                targets = ([cond] if cond is not None else []) + targets
            alt = [x for x in self.mentions(targets) if x.country and x.country not in acs]
            recipients = alt[:1] or recipients
        return [self.antecedent(a) for a in actors], \
            [self.antecedent(r) for r in args.other_side(actors, recipients)]

    # -- record ------------------------------------------------------------------------------
    def to_event(self, cand: Candidate, s_index: int, sent: SpacySpan) -> Event | None:
        actors, recipients = self.arguments(cand)
        if not actors:
            return None       # no one acts: not a codable event (passive without agent, ...)
        contextual = False
        if not recipients and all(a.reason == AGENT_PHRASE for a in actors):
            return None       # an unlisted agent phrase with no target in its own clause
        if not recipients:
            recipients = self.context_recipient(cand, actors, sent)
            contextual = bool(recipients)
        mod = cand.modality
        top = (cand.clause_top or cand.clause)
        cm = clause_modality(top if top != cand.clause else cand.clause, self.cues)
        inner_condition = None
        if top != cand.clause:
            inner = clause_modality(cand.clause, self.cues)
            inner_condition = inner.condition
            cm.negated = cm.negated or (inner.negated and cand.frame is None)
            cm.future = cm.future or inner.future
            cm.hypothetical = cm.hypothetical or inner.hypothetical
            cm.in_condition = cm.in_condition or inner.in_condition
        if cand.match.kind == "noun":
            nm = noun_modality(cand.match.head, self.cues)
            cm.negated = cm.negated or nm.negated
            cm.hypothetical = cm.hypothetical or nm.hypothetical
        negated = mod.negated or cm.negated
        hypothetical = mod.hypothetical or cm.hypothetical
        future = mod.future or cm.future
        sense = cand.sense
        if sense.needs_recipient and not recipients:
            return None
        ranges = args.frame_set("test_ranges")
        if sense.event == "MOBILIZE" and sense.mode == "weapons" and any(
            c.dep_ == "prep" and c.lower_ in ("at", "into", "against", "on") and any(
                g.dep_ == "pobj" and (any(r.token_start <= g.i < r.token_end for r in recipients)
                                      or c.lower_ != "on" and g.lemma_.lower() not in ranges)
                for g in c.children)
            for c in cand.match.head.children
        ):
            sense = make_sense("ASSAULT", "190", sense.pattern)   # "fired rockets at Israel"
        # "will not lift the ban", "failed to reach agreement": a refusal (CAMEO 12)
        # (not inside a condition: "if the Taliban cannot agree, ..." refuses nothing)
        if negated and (future or hypothetical or mod.negated) and not cm.in_condition and \
                sense.event in self.refusal_types:
            codes = self.frames["complement_frames"]["reject"].get("codes", {})
            sense = make_sense("REJECT", codes.get(sense.event, "120"), sense.pattern)
            negated = future = hypothetical = False
        sector_senses = self.frames.get("sector_senses") or {}
        by_sector = sector_senses.get(cand.match.head.lemma_.lower())
        if by_sector is None and cand.match.obj is not None:
            by_sector = sector_senses.get(cand.match.obj.lemma_.lower())   # "police conducted raids"
        if by_sector and actors and actors[0].sector in by_sector:
            event, *rest = by_sector[actors[0].sector].split()
            sense = make_sense(event, " ".join(rest), sense.pattern)   # "the battalion arrived"
        obj = cand.match.obj
        if obj is not None:
            mods = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")}
            for word, value in (self.frames.get("object_modifier_senses") or {}).items():
                kind, rest = value.split(" ", 1)
                word, _, heads = word.partition(">")        # "trade>tie": only on that object
                if heads and obj.lemma_.lower() not in heads.split("|"):
                    continue
                if word in mods and (kind == sense.event or kind == "*"):
                    event, *code_mode = rest.split()
                    sense = make_sense(event, " ".join(code_mode), sense.pattern)
        joint = (self.frames.get("joint_senses") or {}).get(sense.cameo)
        if joint and (len({a.country for a in actors if a.country}) > 1 or any(
                c.dep_ == "prep" and c.lower_ == "with"
                for t in (cand.match.head, cand.clause) for c in t.children)):
            # "the US and Jordan staged war games": joint operations are cooperation
            event, *rest = joint.split()
            sense = make_sense(event, " ".join(rest), sense.pattern)
            if len(actors) > 1 and (not recipients or contextual):
                actors, recipients, contextual = actors[:1], actors[1:], False   # reciprocal
        if sense.event == "MOBILIZE" and any(
                t.lemma_.lower() in self.peacekeeping or t.lower_ in self.peacekeeping
                for t in itertools.chain(cand.match.head.subtree, *(
                    self.doc[a.token_start:a.token_end] for a in actors))):
            sense = make_sense("AID", "074", sense.pattern)     # "peacekeepers arrived in Mali"
        if sense.event == "MOBILIZE":
            sense = self.mobilized_for(cand, sense)            # "sent troops to protect ..."
        civilian = self.frames.get("civilian_senses") or {}
        civ = civilian.get(cand.match.head.lemma_.lower())
        if civ is None and obj is not None and cand.match.kind == "verb" and \
                sense.event == "ASSAULT":
            civ = civilian.get(obj.lemma_.lower())     # "doctors launched a strike"
        if civ and sense.event != "PROTEST" and cand.frame not in VERBAL_FRAMES and actors and all(
                a.sector in self.civilian_sectors for a in actors):
            sense = make_sense("PROTEST", civ, sense.pattern)     # "workers struck"
        # a state's "protest" is diplomatic: ACCUSE (PLOVER manual, PROTEST ambiguities)
        if sense.event == "PROTEST" and cand.match.head.lemma_.lower() in self.diplomatic_protest \
                and actors and all(a.kind in ("state", "igo") and not a.plural
                                   or a.sector == "GOV" for a in actors):
            # ("Palestinians protested": a people, not its state, demonstrates)
            sense = make_sense("ACCUSE", "114", sense.pattern)
        # conditional threats: "will withdraw unless ..." / "will strike if ..."
        if cm.condition and (future or hypothetical) and not negated and (
            cm.condition == "unless" or sense.event in CONFLICT_TYPES - {"REQUEST", "ACCUSE"}
        ) and sense.event not in ("THREATEN", "REQUEST"):
            codes = self.frames["complement_frames"]["threat"].get("codes", {})
            sense = make_sense("THREATEN", codes.get(sense.event, "130"), sense.pattern)
            hypothetical = False
        elif sense.event == "THREATEN" and (cm.condition or inner_condition) and \
                not mod.hypothetical:
            hypothetical = False   # "warned Iraq of consequences if ...": the threat was made
        # "said it would strike back", "would not hesitate to use force": an announced act of
        # force by the speaker's own side is a threat (CAMEO 13)
        if sense.event in self.threat_types and (future or hypothetical or mod.negated) and \
                self.announced_by_actor(cand, actors):
            codes = self.frames["complement_frames"]["threat"].get("codes", {})
            sense = make_sense("THREATEN", codes.get(sense.event, "130"), sense.pattern)
            hypothetical = negated = False
        # "said it would release the prisoners": an actor announcing its own yielding expresses
        # intent to yield (CAMEO 035)
        iy = self.frames.get("intent_to_yield") or {}
        if sense.event in (iy.get("events") or ()) and (future or hypothetical) and not negated \
                and sense.mode not in (iy.get("exempt_modes") or ()) and \
                self.announced_by_actor(cand, actors):
            sense = make_sense(iy.get("event", "AGREE"), iy.get("code", "035"), sense.pattern)
            future = hypothetical = False
        # future or offered cooperation is intent (PLOVER manual, AGREE)
        # (PLOVER manual: a specific act clear to be realized keeps its type — "will meet the
        # ministers on Sunday", reported as future and dated, is a CONSULT; the actor's own
        # announcement, "said they will hand over arms by June", stays an intent)
        fc = self.frames.get("future_cooperation") or {}
        scheduled = future and not hypothetical and any(
            t.ent_type_ in ("DATE", "TIME") and (t.lower_ in self.day_words or t.is_digit
                                                 and len(t.text) <= 2)
            for t in (cand.clause_top or cand.clause).subtree) \
            and not self.announced_by_actor(cand, actors)
        if sense.event in (fc.get("codes") or {}) and (future or hypothetical) and not negated \
                and not scheduled:
            sense = make_sense(fc["event"], fc["codes"][sense.event], sense.pattern)
        # CAMEO 02 vs 10: a request named by an appeal word ("urged", "proposed", "called on")
        # is an appeal (02x); demands and orders keep 10x (the codebook's parallel sub-codes)
        if sense.event == "REQUEST" and sense.cameo[:2] == "10" and \
                (cand.composed_gov or cand.match.head).lemma_.lower() in self.appeal_words:
            sense = replace(sense, cameo="02" + sense.cameo[2:])
        info = cameo_info(sense.cameo)
        toks = cand.tokens
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if end - start > 80:      # a frame far from its complement: keep the head word only
            h = cand.match.head
            start, end = h.idx, h.idx + len(h.text)
        if future or hypothetical or negated:
            date, date_text = None, None
        else:
            date, date_text = event_date(cand.match.head, sent, self.doc_date,
                                         self._date_ents.get(sent.start, []))
        reported_by, statement = self.reported(cand.match.head, actors)
        return Event(
            id="", event=sense.event, cameo=sense.cameo, goldstein=float(info.goldstein),
            quad_class=int(info.quad_class), trigger=Span(self._text[start:end], start, end),
            sentence=s_index, text=sent.text.strip(), mode=sense.mode, context=list(sense.context),
            actor=[a.to_actor() for a in actors], recipient=[r.to_actor() for r in recipients],
            date=date, date_text=date_text, negated=negated, hypothetical=hypothetical,
            future=future, reported_by=reported_by, statement=statement,
            confidence=round(cand.confidence + (0.1 if recipients and not contextual
                                                else -0.1 if contextual else 0.0), 2),
        )

    def mobilized_for(self, cand: Candidate, sense: Sense) -> Sense:
        """Forces sent to protect, train or evacuate others provide aid (CAMEO 072-074), they do
        not posture against anyone: the infinitive of purpose on the verb or its object decides."""
        purposes = self.frames.get("mobilize_purposes") or {}
        heads = [cand.match.head] + ([cand.match.obj] if cand.match.obj is not None else [])
        for h in heads:
            for c in h.children:
                if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and \
                        c.lemma_.lower() in purposes and \
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and \
                        not _own_object(c):
                    event, *rest = purposes[c.lemma_.lower()].split()
                    return make_sense(event, " ".join(rest), sense.pattern)
        return sense

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
        if ent is None or ent.label_ not in FALLBACK_ENTITIES or tok.pos_ != "PROPN":
            return []
        start, end = ent.start_char, ent.end_char
        return [Mention(self._text[start:end], start, end, ent.start, ent.end,
                        country=self.one_country_around(tok.i),
                        kind="group" if ent.label_ != "PERSON" else "person",
                        reason="event subject not resolved", head=tok.i,
                        sentence=self._sents.index(self._sent_of(tok.i)))]

    def one_country_around(self, i: int) -> str | None:
        """The one country named in token ``i``'s sentence and the one before it, else None."""
        sent = self._sent_of(i)
        back = self._sent_start_back(sent, 1)
        countries = {m.country for m in self.actors.mentions
                     if back <= m.token_start < sent.end and m.country}
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
                        head=tok.i, sentence=self._sents.index(self._sent_of(tok.i)))]

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
                       sentence=self._sents.index(self._sent_of(noun.i)))

    def announced_by_actor(self, cand: Candidate, actors: list[Mention]) -> bool:
        """True when the clause is what its own actor says it will do ("X said it would ...")
        or sits under "not hesitate to"."""
        top = (cand.clause_top or cand.clause)
        chain = [cand.clause, top]
        if any(t.lemma_ == "hesitate" for t in cand.clause.ancestors):
            return True
        for t in chain:
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.speech_verbs:
                speaker = args.clause_subject(t.head)
                subj = args.clause_subject(t)
                if speaker is None or subj is None:
                    continue
                if subj.pos_ == "PRON" and subj.lower_ in ("it", "we", "i", "they"):
                    return True
                sk = self.key_of(self.mentions([speaker]))
                return bool(sk) and sk == self.key_of(actors)
        return False

    def context_recipient(self, cand: Candidate, actors: list[Mention],
                          sent: SpacySpan) -> list[Mention]:
        """No recipient in the clause: the nearest other state or body named in the sentence
        (after the trigger first), else the last one named in the two sentences before it —
        as a human coder reads the target from context. Confidence is lowered."""
        akey = {self.key_of([a]) for a in actors}
        own = {t.i for a in actors for t in self.doc[a.token_start:a.token_end]}
        head = cand.match.head.i

        own_c = {a.country for a in actors if a.country}
        reporters = args.attribution_sources(cand.match.head)
        back = self._sent_start_back(sent, 2)

        def ok(m: Mention, strict: bool) -> bool:
            # another country first; the actor's own country only when no other is named
            return bool(m.country or m.kind == "igo") and m.kind != "pronoun" and \
                not args.is_newsroom(m) and not args.is_locative(m, self.doc, args.meeting_nouns()) and \
                self.key_of([m]) not in akey and m.token_start not in own and \
                not (cand.sense.event not in MATERIAL_CONFLICT and args.is_topic(m, self.doc)) and \
                not (strict and m.country in own_c) and m.head not in reporters and \
                not (m.head >= 0 and args.owned_by_actor(self.doc[m.head], [m]))

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

    def names_own_party(self, cand: Candidate) -> bool:
        """True when the trigger's own clause names a state or body it acts on ("lent $1 billion
        to Indonesia to aid the country's recovery": Indonesia, not the purpose's object)."""
        head = cand.match.head
        if cand.match.kind != "verb":
            return False
        toks = args.verb_recipients(head, cand.sense.event in CONFLICT_TYPES,
                                    {t.i for t in cand.tokens})
        return any(args.is_party(x) for x in self.mentions(toks))

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

    def _sent_of(self, i: int) -> SpacySpan:
        """The sentence holding token ``i`` (Token.sent re-walks the document: avoid it)."""
        k = bisect_right(self._sent_starts, i) - 1
        return self._sents[max(0, k)]

    def _sent_start_back(self, sent: SpacySpan, n: int) -> int:
        starts = self._sent_starts
        k = starts.index(sent.start) if sent.start in starts else 0
        return starts[max(0, k - n)]

    def reported(self, tok: Token, actors: list[Mention]):
        """(reported_by, statement id) when ``tok`` lies inside a statement's content."""
        for fs in self.statements:
            a, b = fs.content_tokens
            if a <= tok.i < b:
                same = fs.speaker_mention is not None and fs.speaker_mention in actors
                key = fs.speaker.country or fs.speaker.name
                if not same and actors and key and all(
                    (m.country or m.name) == key for m in actors
                ):
                    same = True
                return (None if same else fs.speaker), fs.id
        return None, None


INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "dep", "parataxis"})


def _own_object(verb: Token) -> bool:
    """True when the verb (or the verb it helps) acts on the actor's own people or land ("to
    help protect its fishermen", "to guard their border"): no one else is served."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if objects:        # "to help the country patrol its borders": the country is served
        return all(any(p.dep_ == "poss" and p.pos_ == "PRON" for p in o.children)
                   for o in objects)
    return any(_own_object(c) and not any(s.dep_ == "nsubj" for s in c.children)
               for c in verb.children if c.dep_ in ("xcomp", "ccomp"))


def inherited_subject(verb: Token, depth: int = 0) -> Token | None:
    """A subjectless clause's doer taken from the clause that governs it.

    "Troops entered Iraq, then shelled villages" (a second verb parsed as ``dep``), a verb under
    a root noun, participial and adverbial clauses: they share the governing verb's subject.
    """
    root = verb.sent.root
    if verb.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and \
            not args.is_passive(verb) and (verb.tag_ == "VBD" or any(
                c.dep_ == "dobj" for c in verb.children)):
        # a sentence parsed without a main verb ("The army, backed by jets, bombed the
        # town" -> root "army"): its root noun is the doer of the finite verb after it
        return root
    if depth > 4 or verb.head == verb or verb.dep_ not in INHERIT_DEPS:
        return None
    head = verb.head
    if verb.dep_ in ("dep", "parataxis") and (verb.i < head.i or verb.tag_ != "VBD"):
        return None      # only a loosely attached second verb: "entered Iraq, then shelled"
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    if head.pos_ not in VERB_POS:
        return None
    subj = args.clause_subject(head)
    if subj is not None and subj.dep_ != "expl":
        return subj
    return inherited_subject(head, depth + 1)


@cache
def _aspect_verbs(lex: Lexicon) -> dict[str, list[frozenset[str]]]:
    """aspect_subject_verbs as verb -> the word sets one of which it needs (empty: none)."""
    out: dict[str, list[frozenset[str]]] = {}
    for entry in lex.frames.get("aspect_subject_verbs", ()):
        verb, _, needs = str(entry).partition(" ")
        out.setdefault(verb, []).append(frozenset(needs.split("|")) if needs else frozenset())
    return out


def _frame_index(lex: Lexicon) -> tuple[dict[str, tuple[str, dict]], dict[str, str]]:
    """Frame word -> (frame name, spec) and noun-frame verb -> kind, built once per lexicon."""
    frame_of: dict[str, tuple[str, dict]] = {}
    for name, spec in (lex.frames.get("complement_frames") or {}).items():
        for lemma in spec.get("lemmas", ()):
            frame_of.setdefault(lemma, (name, spec))
    noun_frames = {lemma: kind for kind, lemmas in (lex.frames.get("noun_frames") or {}).items()
                   for lemma in lemmas}
    return frame_of, noun_frames


def extract_events(doc: Doc, doc_actors: DocActors, statements: list[FoundStatement],
                   doc_date: str | None) -> list[Event]:
    """Every event in ``doc`` (ids left empty for the pipeline to number)."""
    return EventCoder(doc, doc_actors, statements, doc_date).run()


__all__ = ["extract_events", "EventCoder", "Candidate"]
