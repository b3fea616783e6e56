"""Event candidates from lexicon triggers: a sentence's matches become Candidates, and the
filters drop background, questions, denials, conditions and restated content."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from onrecord.extract import arguments as args
from onrecord.extract.events.model import MATERIAL_CONFLICT, WH_TAGS, Candidate
from onrecord.extract.events.senses import sense_fits
from onrecord.extract.triggers import VERB_POS, Lexicon, Match, Sense, make_sense
from onrecord.lemmas import known_lemma

FINITE = frozenset({"VBD", "VBZ", "VBP"})   # tags of a verb with a tense of its own


class CandidateFinder:
    """EventCoder part: trigger matches -> Candidates (noun, verb, adjective, call, demand)."""

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
        # money to support refugees": a purpose of support is no event of its own (a support
        # named by a light verb is: "used its veto to show support for Cuba")
        for i, cand in list(cands.items()):
            c = cand.clause
            if c.dep_ in ("advcl", "xcomp") and args.has_to_infinitive(c) and (c.head.i in cands and (c.head.lemma_.lower() not in self._frame_of
                                          or cands[c.head.i].match.obj is not None)
                   or cand.sense.event == "SUPPORT" and c.head.lemma_ not in self._frame_of
                   and cand.match.obj is None):
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
            if c.dep_ == "advcl" and args.has_to_infinitive(c):
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

        # "approved a resolution criticizing Vesta", "passed a motion urging ...": a body that
        # adopts a document does what its -ing clause says (the adoption is no endorsement of
        # another's act): the participle's event stands for the body, the adopting one goes
        adopting = args.frame_set("adopting_verbs")
        documents = args.frame_set("document_nouns")

        def adopted_content(cand: Candidate) -> bool:
            c = cand.clause
            return c.dep_ == "acl" and c.tag_ == "VBG" and c.head.dep_ == "dobj" and \
                c.head.lemma_.lower() in documents and c.head.head.lemma_.lower() in adopting

        for cand in list(cands.values()):
            if adopted_content(cand):
                adopter = cand.clause.head.head
                for j, other in list(cands.items()):
                    if other is not cand and other.match.head.i == adopter.i:
                        del cands[j]
                self._verb_triggers.discard(adopter.i)
        for i, cand in list(cands.items()):
            c = cand.clause
            g = cand.composed_gov
            own = {t.i for t in cand.tokens}
            if under_way(cand) or adopted_content(cand):
                continue
            if (c.dep_ in ("acl", "ccomp", "relcl") and acted_on(c.head)
                    and c.head.head.i not in own and not (
                        c.dep_ == "relcl" and args.non_restrictive(c))) or (
                    g is not None and g.pos_ in ("NOUN", "PROPN") and acted_on(g)
                    and g.head.i not in own) or (
                    # "vetoed a resolution demanding that Israel halt ...": the demand folded
                    # into the participle is the vetoed document's content
                    g is not None and g.dep_ == "acl" and acted_on(g.head)
                    and g.head.head.i not in own):
                del cands[i]      # (unless the acting verb is part of this very record)
        # "will kill the hostages unless the government releases ...", "threatened to close
        # the strait if the US imposed sanctions": the condition is not an event of its own;
        # nor, with no event above it, is a negated condition ("if the rebels cannot agree to a
        # truce, they have no power to ..."): it names an act neither done nor envisaged (an
        # affirmative one, "if Turkey attacks Syria, ...", stays a hypothetical event)
        for i, cand in list(cands.items()):
            c = cand.clause
            if c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in ("if", "unless")
                                         for x in c.children):
                above = {a.i for a in c.ancestors}
                if any(x.dep_ == "neg" for x in c.children) or any(
                        other is not cand and ((other.clause_top or other.clause).i in above
                                               or other.clause.i in above)
                        for other in cands.values()):
                    del cands[i]
        # "a mortar attack that wounded two guards": the relative clause is the same attack
        for i, cand in list(cands.items()):
            c = cand.clause
            main = cands.get(c.head.i)
            if c.dep_ == "relcl" and main is not None and main is not cand and \
                    main.match.kind == "noun" and main.sense.event == cand.sense.event:
                main.recipient_tokens = main.recipient_tokens or args.verb_recipients(
                    c, True, {c.i})
                del cands[i]
        # relative clauses and passive participles describe background ("a helicopter that was
        # captured last week", "assets they lost when ...", "Signed in 1972 by both
        # parties, the accord ..."): not coded. A non-restrictive relative clause ("Oman,
        # which on Monday freed two Iranian sailors") states a fact of its own: kept, and so is
        # a reduced passive whose "by" phrase names a party ("prisoners freed by Syria"): the
        # agent is the actor of an act reported as done.
        for i, cand in list(cands.items()):
            c = cand.clause
            rel = next((a for a in [c, *c.ancestors] if a.dep_ == "relcl"), None)
            if c.dep_ == "acl" and args.is_passive(c) and not self.party_agent(c) or \
                    c.dep_ == "advcl" and c.tag_ == "VBN" and not any(
                        x.dep_ in ("aux", "auxpass", "nsubj", "mark") for x in c.children) or \
                    rel is not None and (rel != c or args.is_passive(rel)) and \
                    not args.non_restrictive(rel):
                del cands[i]
        # "condemned the rebels who attacked the town": with a main event above it, a relative
        # clause describes a party (background), it is not coded again
        for i, cand in list(cands.items()):
            c = cand.clause_top or cand.clause
            if under_way(cand):
                continue       # (see above)
            if c.dep_ == "relcl" and not args.non_restrictive(c) or \
                    c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and \
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
        # "asked what she discussed with the envoy", "wondered who had ordered the raid": a
        # clause opened by a wh-word under a verb of asking is a question, not a report
        asking = args.frame_set("question_verbs")
        for i, cand in list(cands.items()):
            top = cand.clause_top or cand.clause
            if any(a.dep_ == "ccomp" and a.head.lemma_.lower() in asking and any(
                    x.tag_ in WH_TAGS and x.i < a.i for x in a.children)
                   for a in [top, *top.ancestors]):
                del cands[i]
        # "cut ties in response to Norland's invasion", "voted to retaliate for Vesta
        # vetoing the resolution": under the reacting event or statement, the act it answers is
        # background ("a curfew came in response to the release ...": nothing coded reacts)
        for i, cand in list(cands.items()):
            c = cand.clause_top or cand.clause
            h = cand.match.head
            if c.dep_ == "pcomp" and self.answered_by(c.head) or cand.match.kind == "noun" \
                    and h.dep_ == "pobj" and self.answered_by(h.head):
                above = {a.i for a in h.ancestors}
                if any(o is not cand and (o.match.head.i in above or o.clause.i in above)
                       for o in cands.values()) or any(
                        a.lemma_.lower() in self.speech_verbs for a in h.ancestors):
                    del cands[i]      # (a reaction in words: "reacting to ..., Vesta warned")
        # "reserves the right to provide missiles": a capacity to act is no act
        capacity = args.frame_set("capacity_nouns")
        for i, cand in list(cands.items()):
            c = cand.clause_top or cand.clause
            if c.dep_ == "acl" and c.head.lemma_.lower() in capacity and \
                    args.has_to_infinitive(c):
                del cands[i]
        # "a pretext for Norland to quit the pact": a ground alleged for an act is no act
        pretexts = args.frame_set("pretext_nouns")
        for i, cand in list(cands.items()):
            c = cand.clause_top or cand.clause
            if c.dep_ in ("acl", "advcl", "relcl") and c.head.lemma_.lower() in pretexts and \
                    args.has_to_infinitive(c):
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
        # "hopes Japan will persuade Vesta to lift the sanctions": a wish about another's act
        hoping = args.frame_set("hope_verbs")
        for i, cand in list(cands.items()):
            if any(a.dep_ == "ccomp" and known_lemma(a.head.lemma_, a.head.text, hoping) in hoping
                   for a in [cand.clause, *cand.clause.ancestors]):
                del cands[i]
        # "Oslo did not confirm that it sent the jets": an unconfirmed act is not coded
        for i, cand in list(cands.items()):
            c = (cand.clause_top or cand.clause)
            if c.dep_ in ("xcomp", "ccomp", "pcomp") and self.withheld_confirmation(c.head):
                del cands[i]
        # "accused Syria of firing at ...", "accused Iraq of violating the truce by shelling
        # ...": the content of an accusation is not coded
        alleging = self.alleging
        for i, cand in list(cands.items()):
            chain = [cand.clause, *cand.clause.ancestors]
            if any(c.dep_ == "pcomp" and c.head.dep_ == "prep"
                   and c.head.lower_ in self.accusation_preps
                   and c.head.head.lemma_.lower() in self.accusation_content for c in chain) or any(
                    c.dep_ == "ccomp" and c.head.lemma_.lower() in alleging
                    and c.head.i != cand.match.head.i for c in chain) or any(
                    c.dep_ in ("acl", "ccomp") and c.head.lemma_.lower() in self.alleging_nouns
                    and any(x.dep_ == "mark" and x.lower_ == "that"      # "charges that he ..."
                            or x.dep_ == "nsubj" for x in c.children)    # "charges he ran ..."
                    for c in chain) or self.alleged_result(cand.clause, cands):
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
        # "must accept the changes before they demobilize", "until their demands have been
        # met", "before he would support it": a clause under "before"/"until" with no past
        # tense names a condition still to be met, not an act that took place
        pending = args.frame_set("pending_marks")
        for i, cand in list(cands.items()):
            top = cand.clause_top or cand.clause
            c = next((a for a in [top, *top.ancestors] if a.dep_ == "advcl"), top)
            verbs = [c, *(x for x in c.children if x.dep_ in ("aux", "auxpass"))]
            if c.dep_ == "advcl" and any(
                    x.dep_ == "mark" and x.lower_ in pending for x in c.children) and any(
                    t.tag_ in ("VB", "VBP", "VBZ", "MD") for t in verbs) and not any(
                    t.tag_ == "VBD" for t in verbs):
                del cands[i]
        # "cut fuel supplies to press the junta into letting convoys pass", "sent vehicles to
        # help Chad patrol its desert": an act inside a purpose clause below another event is its
        # aim, not an act reported (a purpose hung on the event itself: the earlier rule)
        for i, cand in list(cands.items()):
            top = cand.clause_top or cand.clause
            chain = [top, *top.ancestors]
            aim = next((a for a in chain if self.purpose_clause(a)), None)
            if aim is None or aim is top and aim.head.i in cands or under_way(cand) or any(
                    a.dep_ in ("acl", "relcl") or a.dep_ == "conj" and a.tag_ in FINITE
                    for a in chain[:chain.index(aim)]):
                continue      # ("to disperse students protesting ...": the protest is going on;
                #              "joined forces to adopt a policy and signed ...": a finite verb
                #              is no part of the "to" clause the parser hung it on)
            if aim.head.dep_ == "xcomp":
                continue      # ("agreed to open an embassy to strengthen ties": part of the deal)
            above = {a.i for a in aim.ancestors}
            if any(o is not cand and ((o.clause_top or o.clause).i in above or o.clause.i in above)
                   for o in cands.values()):
                del cands[i]
        demands = self.demand_clauses(sent, cands)
        return [*cands.values(), *demands]

    def demand_clauses(self, sent: SpacySpan, cands: dict[int, Candidate]) -> list[Candidate]:
        """"Russia said Sudan must return the helicopter": REQUEST from speaker to subject. An
        act named inside the demanded clause ("said the EU must be ready to mediate") is what
        is demanded, not an event of its own: it is dropped from ``cands``."""
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
            for i, other in list(cands.items()):
                top = other.clause_top or other.clause
                if top.i == tok.i or any(a.i == tok.i for a in top.ancestors):
                    del cands[i]
        return out

    def party_agent(self, verb: Token) -> bool:
        """True when a participle right after its noun has a "by" phrase naming a party
        ("prisoners freed by Syria", "aid donated by the EU"); one set off by a comma describes
        the noun ("the army, backed by Russian jets, ...")."""
        start = verb.left_edge.i
        if verb.i < verb.head.i or start > 0 and verb.doc[start - 1].text in \
                (",", "-", "–", "—", "("):
            return False
        return any(c.dep_ == "agent" and any(g.dep_ == "pobj" and self.mentions([g])
                                             for g in c.children) for c in verb.children)

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
        if any(c.dep_ in ("xcomp", "dobj") or c.dep_ == "advcl" and args.has_to_infinitive(c)
               for c in kids):
            return False          # "agreed with Iran to exchange prisoners"
        if any(c.dep_ in ("prep", "prt") and c.lower_ in spec.get("action_preps", ())
               for c in kids):
            return False          # "agreed on a ceasefire", "agreed to the plan"
        # "agreed with Germany (that sanctions were needed)"
        if any(c.dep_ == "prep" and c.lower_ in spec.get("party_preps", ()) and any(
                g.dep_ == "pobj" and self.lex.match(g) is None and self.mentions([g])
                for g in c.children) for c in kids):
            return True
        # a bare "agreed that the economy was weak" shares a view; "agreed that a ceasefire
        # would start" (a modal or "to" clause: a course of action) may report a deal
        clauses = [c for c in kids if c.dep_ == "ccomp"]
        return bool(clauses) and not any(self.action_clause(c) for c in clauses)

    def withheld_confirmation(self, verb: Token) -> bool:
        """True for a negated or declined "confirm" ("did not confirm", "declined to confirm")."""
        spec = self.frames.get("unconfirmed") or {}
        if verb.lemma_.lower() not in spec.get("verbs", ()):
            return False
        return any(c.dep_ == "neg" for c in verb.children) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in spec.get("refusals", ()))

    def assessment_warning(self, verb: Token) -> bool:
        """True for "warned that the situation was dangerous": a copular that-clause with no
        modal and no party as its subject describes a state, not a threatened act."""
        spec = self.frames.get("assessment_warning") or {}
        if verb.lemma_.lower() not in spec.get("verbs", ()):
            return False
        kids = list(verb.children)
        if any(c.dep_ in ("xcomp", "dobj") or c.dep_ == "prep" and c.lower_ in spec.get(
                "object_preps", ()) for c in kids):
            return False          # "warned Iran", "warned of retaliation", "warned it to stop"
        clauses = [c for c in kids if c.dep_ == "ccomp"]
        if not clauses:
            return False
        for c in clauses:
            subj = next((x for x in c.children if x.dep_ in ("nsubj", "expl")), None)
            if c.lemma_.lower() not in spec.get("copulas", ()) or self.action_clause(c) \
                    or subj is None or self.mentions([subj]):
                return False
        return True

    @staticmethod
    def action_clause(verb: Token) -> bool:
        """True when a that-clause states a course of action: a modal or a "to" verb in it."""
        return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" or
                   c.dep_ == "xcomp" and args.has_to_infinitive(c) for c in verb.children)

    def phone_code(self) -> str:
        """The CAMEO code and mode of a telephone call (triggers_frames.yaml ``phone_call``)."""
        return str((self.frames.get("phone_call") or {}).get("code", "041 phone"))

    def phone_sense(self, pattern: str) -> Sense:
        return make_sense("CONSULT", self.phone_code(), pattern)

    def alleged_result(self, clause: Token, cands: dict[int, Candidate]) -> bool:
        """Whether ``clause`` is a participle trailing an accusation whose content names the
        act ("accused Vesta of shelling the town, killing 20": the killing is alleged too)."""
        head = clause.head
        main = cands.get(head.i)
        return clause.dep_ == "advcl" and clause.tag_ == "VBG" and main is not None \
            and main.sense.event in args.frame_set("alleging_types") \
            and head.lemma_.lower() in self.accusation_content and any(
                p.dep_ == "prep" and p.lower_ in self.accusation_preps and any(
                    x.dep_ in ("pcomp", "pobj") for x in p.children)
                for p in head.children if p.i < clause.i)

    def candidate(self, m: Match) -> Candidate | None:
        head = m.head
        if m.kind == "verb":
            if not sense_fits(m):
                return None       # "released a report", "demonstrated its resolve": no event
            if m.obj is not None and m.obj.i != head.i and self.named_by_verb(m.obj):
                return None       # "called the strike an act of terror": named, not called
            if m.sense.event == "REQUEST" and (callee := self.phone_call(head)) is not None:
                # "called his counterpart on Tuesday": the "on" is a date, not an appeal
                cand = Candidate(self.phone_sense(m.sense.pattern), m, [head], head)
                cand.recipient_tokens = [callee]
                return cand
            if m.sense.event == "REQUEST" and self.answered_request(head):
                return None       # "rejected U.N. calls to ...": the calls are what is rejected
            if m.sense.event == "AGREE" and m.tokens == [head] and self.opinion_agreement(head):
                return None       # a shared opinion is a statement, not an agreement to act
            if m.sense.event == "THREATEN" and m.tokens == [head] and self.assessment_warning(head):
                return None       # a state described is an assessment, not a threatened act
            return Candidate(m.sense, m, list(m.tokens), head)
        if m.kind == "adj":
            # "is willing" / "ready" alone are frames, not events
            if not any(c.dep_ == "xcomp" for c in head.children) and head.dep_ != "ROOT":
                return None
            return Candidate(m.sense, m, list(m.tokens), head)
        # event nouns: under a support verb, or with their own actor
        if self.named_by_verb(head):
            return None          # "called the coup a stain": the event is judged, not done
        if any(c.dep_ == "det" and c.lower_ in self.generic_dets for c in head.children):
            return None          # "retaliation against any Israeli attack": none in particular
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
        if head.dep_ == "pobj" and gov.lower_ == "in" and self.participates(gov.head):
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
        if head.dep_ == "pobj" and gov.lower_ == "of" and box.lemma_.lower() in self.containers \
                and box.dep_ == "pobj" and box.head.lower_ == "in" and \
                self.participates(box.head.head):
            # "took part in a series of meetings": the container stands for the event noun
            verb = box.head.head
            return Candidate(m.sense, m, sorted({verb, *m.tokens}, key=lambda t: t.i), verb,
                             confidence=0.5)
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head           # "responsible for raids and kidnappings"
        if first.dep_ == "pobj" and args.linked_doer(first.head.head):
            # "the militia was responsible for the raid": the militia raided
            return Candidate(m.sense, m, list(m.tokens), first.head.head.head, confidence=0.45)
        verb = self.amount_verb(head)
        if verb is not None:
            # "unveiled $12 million in relief": the amount stands for the event noun
            return Candidate(m.sense, m, list(m.tokens), verb, confidence=0.45)
        if head.dep_ == "pobj" and gov.lower_ in ("of", "in") and \
                box.lemma_.lower() in self.containers:
            owner = [c for c in box.children if c.dep_ == "poss" and self.mentions([c])]
            if owner and box.dep_ != "pobj":
                # "the militia's wave of raids", "their surge in attacks": the container's
                # owner does the events it holds (under a preposition, "after their wave of
                # raids", it is background and left to the rules below)
                cand = Candidate(m.sense, m, list(m.tokens), head, confidence=0.45)
                cand.actor_tokens = owner
                return cand
        if head.dep_ == "pobj" and (gov.lower_ in self.concessive_preps or (
                gov.lower_ == "of" and gov.head.lemma_.lower() in self.concessive_nouns)):
            return None          # "refused despite UN demands": what the event defies
        if head.dep_ == "pobj" and gov.lower_ in args.frame_set("circumstance_preps") and \
                lemma in args.frame_set("circumstance_nouns"):
            return None          # "at the request of Accra": on whose word the act was done
        if head.dep_ == "pobj" and gov.lower_ in ("of", "for", "with") and \
                gov.head.lemma_.lower() in self.accusation_content:
            return None          # "criticized Israel for its raid": what the accusation alleges
        if head.dep_ == "pobj" and gov.lower_ in args.frame_set("reason_preps") and \
                self.reaction_reason(gov.head):
            return None          # "expelled diplomats over Libya's bombing": the grounds
        if head.dep_ in ("dobj", "nsubjpass") and gov.pos_ in VERB_POS and \
                gov.lemma_.lower() in args.frame_set("deliberation_verbs"):
            return None          # "could consider more aid": an option weighed (CAMEO 014)
        if head.dep_ == "pobj" and self.subject_matter(gov):
            return None          # "reporting on the crackdown", "related to the investigation"
        if head.dep_ == "pobj" and gov.lower_ in self.topic_preps and \
                gov.head.pos_ in ("NOUN", "PROPN") and self.topic_holder(gov.head):
            return None          # "an agreement on joint patrols", "talks on a ceasefire": topic
        if head.dep_ == "pobj" and gov.lower_ in self.topic_preps and gov.lower_ != "of" and \
                gov.head.pos_ in VERB_POS and gov.head.lemma_.lower() in self.support and \
                self.topic_holder(next((c for c in gov.head.children if c.dep_ == "dobj"), None)):
            # "opened an inquiry into the killings": the phrase hangs from the support verb,
            # yet it is the topic of the event noun the verb carries
            return None
        if head.dep_ == "pobj" and gov.lower_ in args.frame_set("prospect_preps") and \
                gov.head.lemma_.lower() in self.prospect_nouns:
            return None          # "a timetable for Cuban troop withdrawal": planned, not done
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
                return None      # "since the French raid in May": an earlier event restated
            return Candidate(m.sense, m, list(m.tokens), head, confidence=0.4)
        vowed = head.dep_ == "dobj" and self.noun_frames.get(gov.lemma_.lower()) == "intent"
        if (gov.i in self._verb_triggers or head.dep_ == "pobj" and gov.head.i in
                self._verb_triggers) and gov.i != head.i and not vowed:
            # ("vowed more attacks": the act vowed is composed by the intent frame)
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
            # "the group claimed responsibility for the ambush"
            return Candidate(m.sense, m, list(m.tokens), gov.head.head, confidence=0.6)
        if head.dep_ == "pobj" and gov.lower_ == "to" and gov.head.lemma_ in resp.get(
                "admit_verbs", ()):
            # "they admitted to a raid near Mosul"
            return Candidate(m.sense, m, list(m.tokens), gov.head, confidence=0.6)
        if head.dep_ == "pobj" and gov.lower_ in args.role_set("means_preps") and \
                gov.head.pos_ in VERB_POS and m.sense.event in MATERIAL_CONFLICT and \
                gov.head.lemma_.lower() in args.frame_set("response_verbs"):
            # "Israel responded with air strikes on Gaza": the strikes are the response, done
            # by the verb's subject (its clause gives the modality: "would respond with")
            return Candidate(m.sense, m, list(m.tokens), gov.head, confidence=0.5)
        if lemma in self.support_only:
            if m.sense.event in args.frame_set("from_actor_types") and \
                    self.mentions(args.senders(head)):
                # "closed with a pledge from Ghana to ...": the sender is named
                return Candidate(m.sense, m, list(m.tokens), head, confidence=0.4)
            return None          # "the war", "violence": only with a support verb
        if lemma in self.owned_nouns and not self.own_actor(head, {t.i for t in m.tokens}):
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

    def topic_holder(self, tok: Token | None) -> bool:
        """Whether ``tok`` is an event noun (not a motive) that a topic phrase can hang on."""
        owner = self.lex.match(tok) if tok is not None else None
        return owner is not None and owner.kind == "noun" and bool(owner.sense.event) and \
            owner.sense.event not in self.motive_types

    def reaction_reason(self, word: Token) -> bool:
        """True when ``word`` (or the verb it is the object of) is a trigger of a reacting type
        (triggers_frames.yaml ``reaction_types``): what hangs from it by a reason preposition
        is the grounds of the reaction."""
        words = [word, word.head] if word.dep_ in ("dobj", "nsubjpass") else [word]
        types = args.frame_set("reaction_types")
        for w in words:
            m = self.lex.match(w)
            if m is not None and m.sense.event in types:
                return True
        return False

    def answered_request(self, verb: Token) -> bool:
        """True for a request word misread as a present-tense verb in the object of an answering
        verb ("rejected U.N. calls to ...", "turned down NATO demands that ..."): the plural noun
        names the request that is rejected or accepted, coded by the answer alone
        (triggers_frames.yaml ``answered_requests``)."""
        spec = self.frames.get("answered_requests") or {}
        gov = verb.head
        if verb.tag_ != "VBZ" or verb.dep_ not in ("ccomp", "dobj") or gov.i == verb.i or \
                gov.i not in self._verb_triggers or verb.i < gov.i:
            return False
        if verb.lemma_.lower() not in spec.get("nouns", ()) or any(
                c.dep_ == "mark" for c in verb.children):
            return False          # "rejected that ...": a real clause
        m = self.lex.match(gov)
        return m is not None and m.sense.event in spec.get("answer_types", ())

    @staticmethod
    def subject_matter(prep: Token) -> bool:
        """True for the preposition that makes its object what an account is about ("a report
        on ...", "documents related to ..."; subject_matter_nouns, subject_matter_preps,
        topic_links)."""
        gov = prep.head
        if prep.lower_ == "to":
            return gov.lemma_.lower() in args.frame_set("topic_links") or \
                gov.lower_ in args.frame_set("topic_links")
        return prep.lower_ in args.frame_set("subject_matter_preps") and \
            gov.pos_ in ("NOUN", "PROPN") and \
            gov.lemma_.lower() in args.frame_set("subject_matter_nouns")

    def purpose_clause(self, clause: Token) -> bool:
        """True for a "to" clause stating what its verb's act is for ("sent troops to help",
        "reopened the crossing to let ..."): an adverbial one, or one hung on a verb with an
        object of its own that frames no complement ("agreed to ..." is a frame, not an aim) and
        names no party ("persuaded Vesta to withdraw": Vesta is to act, a complement)."""
        if not args.has_to_infinitive(clause):
            return False
        if clause.dep_ == "advcl":
            return True
        gov = clause.head
        return clause.dep_ == "xcomp" and gov.lemma_.lower() not in self._frame_of and any(
            c.dep_ == "dobj" and not any(m.head == c.i for m in self.mentions([c]))
            for c in gov.children)

    @staticmethod
    def answered_by(prep: Token) -> bool:
        """True for the preposition that names what a reaction answers ("in response to",
        "reacting to", "in retaliation for"; stimulus_words, stimulus_preps)."""
        return prep.dep_ == "prep" and prep.lower_ in args.frame_set("stimulus_preps") and \
            prep.head.lemma_.lower() in args.frame_set("stimulus_words")

    def named_by_verb(self, noun: Token) -> bool:
        """True when a verb of naming predicates something of the event noun ("called the coup
        a stain", "called the campaign of airstrikes a mistake"; naming_verbs)."""
        spec = self.frames.get("naming_verbs") or {}
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.lemma_.lower() in self.containers:
            noun = noun.head.head            # the container stands for the noun it holds
        verb = noun.head
        # (the parser may make both the noun and its label predicates: "called the strike an
        # act of terror" with two "oprd" children)
        return noun.dep_ in ("dobj", "oprd") and verb.lemma_.lower() in spec.get("verbs", ()) \
            and any(c.dep_ in spec.get("deps", ()) and c.i != noun.i for c in verb.children)

    def amount_verb(self, noun: Token) -> Token | None:
        """The verb of giving or making known whose object is an amount of the event noun
        ("unveiled $12 million in flood relief", "allocated 9 million pounds in
        aid"), when that verb is no trigger of its own; else None (amount_event_preps,
        amount_verbs)."""
        prep = noun.head
        amount = prep.head
        verb = amount.head
        if noun.dep_ != "pobj" or prep.lower_ not in args.frame_set("amount_event_preps") or \
                amount.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in VERB_POS or \
                verb.i in self._verb_triggers or \
                verb.lemma_.lower() not in args.frame_set("amount_verbs"):
            return None
        if amount.pos_ == "NUM" or amount.tag_ == "$" or any(
                c.dep_ in ("nummod", "quantmod") for c in amount.children):
            return verb
        return None

    def own_actor(self, noun: Token, skip: set[int]) -> list[Token]:
        """The noun's own actor (possessor, "by", demonym) or, for a noun whose "of" names the
        doer (roles.yaml of_doer_nouns) and that is the subject of a full verb stating it as a
        fact ("the withdrawal of Russian troops began"; not a copula or linking verb, "... is
        unacceptable", "... remains unlikely", nor a modal, "... would be a mistake"), that
        party."""
        own = args.noun_actor(noun, skip)
        if own or noun.lemma_.lower() not in args.role_set("of_doer_nouns") or \
                noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ != "VERB" or \
                noun.head.lemma_.lower() in args.role_set("linking_verbs") or \
                any(c.dep_ == "aux" and c.tag_ == "MD" for c in noun.head.children):
            return own
        of = args.of_object(noun)
        party = self.actors.actor_for(of) if of is not None and of.i not in skip else None
        if party is not None and party.token_start <= of.i < party.token_end:
            return [of]
        return own

    def participates(self, verb: Token) -> bool:
        """True for a verb of taking part ("participated", "joined", "took part") whose "in"
        phrase holds the event taken part in (participation_verbs)."""
        lemma = verb.lemma_.lower()
        if lemma in self.participation:
            return True
        return any(c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in self.participation
                   for c in verb.children)

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
        own = [t for t in self.own_actor(noun, {t.i for t in m.tokens}) if self.mentions([t])]
        if noun.lemma_.lower() in self.support_only and len(m.tokens) == 1:
            # "the Syrian war", "the Yemeni deal": a general noun's modifier names no party
            own = [t for t in own if t.dep_ not in args.NOMINAL_MODIFIER_DEPS]
        if not parties and not own:
            return None
        cand = Candidate(m.sense, m, list(m.tokens), verb, confidence=0.5)
        if parties and not args.between_parties(noun):
            cand.actor_tokens = parties          # "erupted between X and Y": X, then Y
        return cand


@cache
def aspect_verb_index(lex: Lexicon) -> dict[str, list[frozenset[str]]]:
    """aspect_subject_verbs as verb -> the word sets one of which it needs (empty: none)."""
    out: dict[str, list[frozenset[str]]] = {}
    for entry in lex.frames.get("aspect_subject_verbs", ()):
        verb, _, needs = str(entry).partition(" ")
        out.setdefault(verb, []).append(frozenset(needs.split("|")) if needs else frozenset())
    return out
