"""Candidate -> schema.Event: modality, the CAMEO/PLOVER sense choices (convention 3),
date, trigger span, reported speech and confidence."""

from __future__ import annotations

import itertools
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from onrecord.actors.model import Mention
from onrecord.extract import arguments as args
from onrecord.extract.dates import event_date
from onrecord.extract.events.model import (
    AGENT_PHRASE,
    CONFLICT_TYPES,
    VERBAL_FRAMES,
    Candidate,
)
from onrecord.extract.modality import clause_modality, noun_modality
from onrecord.extract.speech_acts.sides import same_side
from onrecord.extract.triggers import Sense, make_sense
from onrecord.ontology import cameo_info
from onrecord.schema import Event, Span


class EventBuilder:
    """EventCoder part: build the Event record for a Candidate and its arguments."""

    def inability(self, cand: Candidate) -> bool:
        """True when the act sits under "unable to" or a negated "able to" (triggers_frames.yaml
        ``inability``): the actor cannot act, which is neither the act nor a refusal."""
        spec = self.frames.get("inability") or {}
        t = cand.clause
        while t.dep_ == "xcomp" and t.head != t:
            word = t.head
            lemma = word.lemma_.lower()
            if lemma in spec.get("negative", ()):
                return True
            if lemma in spec.get("positive", ()):
                holders = [word, word.head] if word.dep_ == "acomp" else [word]
                return any(c.dep_ == "neg" for h in holders for c in h.children)
            t = word
        return False

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
        if cand.match.sense.pattern in args.frame_set("forces_only_patterns") and not all(
                a.sector in args.frame_set("own_force_sectors") for a in actors):
            return None       # "refugees moved to the border": only forces moving mobilize
        mod = cand.modality
        top = (cand.clause_top or cand.clause)
        cm = clause_modality(top, self.cues)
        inner_condition = None
        if top != cand.clause:
            inner = clause_modality(cand.clause, self.cues)
            inner_condition = inner.condition
            cm.negated = cm.negated or (inner.negated and cand.frame is None)
            if not cand.commitment:     # ("agreed that troops will leave": agreed, now)
                cm.future = cm.future or inner.future
                cm.hypothetical = cm.hypothetical or inner.hypothetical
            cm.in_condition = cm.in_condition or inner.in_condition
            cm.ceased = cm.ceased or inner.ceased and cand.frame is None
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
        sense = self.means_of(cand, sense)    # "fired missiles in an attack on ..."
        ranges = args.frame_set("test_ranges")
        # (an event noun there is what the forces guard against, no target: "remained on alert
        # against further violence")
        if sense.event == "MOBILIZE" and sense.mode == "weapons" and any(
            c.dep_ == "prep" and c.lower_ in ("at", "into", "against", "on") and any(
                g.dep_ == "pobj" and (any(r.token_start <= g.i < r.token_end for r in recipients)
                                      or c.lower_ != "on" and g.lemma_.lower() not in ranges
                                      and self.lex.match(g) is None)
                for g in c.children)
            for c in cand.match.head.children
        ):
            sense = make_sense("ASSAULT", "190", sense.pattern)   # "fired rockets at Israel"
        ceased = (self.frames.get("ceased_stances") or {}).get(sense.event)
        if cm.ceased and ceased and not hypothetical:
            # "no longer opposes the plan": an opposition or demand given up is a concession
            event, code = ceased.split()
            sense = make_sense(event, code, sense.pattern)
            negated = False
        unable = self.inability(cand)
        if unable:
            negated, hypothetical = True, False   # "was unable to send aid": not done, no refusal
        # "will not lift the ban", "failed to reach agreement", "is not prepared to negotiate":
        # a refusal (CAMEO 12)
        # (not inside a condition: "if the Taliban cannot agree, ..." refuses nothing)
        stance = cand.composed_gov is not None and \
            cand.composed_gov.lemma_.lower() in self.refusal_stances
        if negated and (future or hypothetical or mod.negated or stance) and \
                not cm.in_condition and sense.event in self.refusal_types and not unable:
            codes = self.frames["complement_frames"]["reject"].get("codes", {})
            refused = sense.event
            if stance:      # "not prepared to negotiate": the intent code names the act refused
                intents = self.frames["complement_frames"]["intent"].get("codes", {})
                refused = next((t for t, c in intents.items() if c == sense.cameo), refused)
            sense = make_sense("REJECT", codes.get(refused, "120"), sense.pattern)
            negated = future = hypothetical = False
        sector_senses = self.frames.get("sector_senses") or {}
        head_lemma = cand.match.head.lemma_.lower()
        by_sector = sector_senses.get(f"{head_lemma}>{sense.event}") or sector_senses.get(
            head_lemma)                  # ("withdraw>RETREAT": only that sense of the verb)
        if by_sector is None and cand.match.obj is not None:
            by_sector = sector_senses.get(cand.match.obj.lemma_.lower())   # "police conducted raids"
        if by_sector and actors and actors[0].sector in by_sector:
            if by_sector[actors[0].sector] == "none":
                return None       # "hundreds of migrants arrived in Greece": no one visits
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
                    self.doc[a.token_start:a.token_end] for a in actors), *(
                    p.subtree for p in cand.clause.children        # "... on a peacekeeping
                    if p.dep_ == "prep" and p.lower_ in ("on", "as")))):   # mission"
            sense = make_sense("AID", "074", sense.pattern)     # "peacekeepers arrived in Mali"
        if sense.event == "MOBILIZE":
            sense = self.mobilized_for(cand, sense)            # "sent troops to protect ..."
        civilian = self.frames.get("civilian_senses") or {}
        civ = civilian.get(cand.match.head.lemma_.lower())
        if civ is None and obj is not None and cand.match.kind == "verb" and \
                sense.event == "ASSAULT":
            civ = civilian.get(obj.lemma_.lower())     # "doctors launched a strike"
        armed = (self.frames.get("civilian_sense_limits") or {})
        if civ and (any(r.sector in armed.get("armed_sectors", ()) for r in recipients) or (
                obj is not None and any(m.lower_ in armed.get("armed_modifiers", ())
                                        for m in obj.children)) or self.armed_doers(actors)):
            civ = None         # "volunteers fighting ISIS", "launched air strikes": combat
        if civ and sense.event in self.civilian_from and cand.frame not in VERBAL_FRAMES and \
                actors and all(
                a.sector in self.civilian_sectors for a in actors):
            sense = make_sense("PROTEST", civ, sense.pattern)     # "workers struck"
        if sense.event == "THREATEN" and obj is not None and obj.lemma_.lower() in civilian and \
                actors and all(a.sector in self.civilian_sectors for a in actors) and \
                not self.armed_doers(actors):
            # "teachers threatened a strike": a threatened protest, not force (CAMEO 133)
            sense = make_sense("THREATEN", "133", sense.pattern)
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
                self.announced_by_actor(cand, actors, forces=not negated and sense.event in
                                        args.frame_set("own_force_threat_types")):
            codes = self.frames["complement_frames"]["threat"].get("codes", {})
            sense = make_sense("THREATEN", codes.get(sense.event, "130"), sense.pattern)
            hypothetical = negated = False
        # "said it would release the prisoners": an actor announcing its own yielding expresses
        # intent to yield (CAMEO 035)
        iy = self.frames.get("intent_to_yield") or {}
        if sense.event in (iy.get("events") or ()) and (future or hypothetical) and not negated \
                and sense.mode not in (iy.get("exempt_modes") or ()) and (
                    self.announced_by_actor(cand, actors) or iy.get("own_future") and future
                    and not hypothetical and self.own_future_act(cand, actors)):
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
            and not self.announced_by_actor(cand, actors) \
            and sense.event in (fc.get("scheduled_types") or ())
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

    def armed_doers(self, actors: list[Mention]) -> bool:
        """True when an actor is described as armed ("masked men armed with rifles", "armed
        villagers"; civilian_sense_limits ``armed_words``): they use force, not protest."""
        words = (self.frames.get("civilian_sense_limits") or {}).get("armed_words", ())
        for a in actors:
            span = self.doc[a.token_start:a.token_end]
            if any(t.lower_ in words or any(c.lower_ in words and c.dep_ in ("acl", "amod")
                                            for c in t.children) for t in span):
                return True
        return False

    def means_of(self, cand: Candidate, sense: Sense) -> Sense:
        """A verb of force or show of force whose "in"/"during" phrase names an event noun of
        the other such type takes the noun's sense: the verb is the means of that event
        (means_of_event: "fired missiles in an attack" is ASSAULT, "exploded devices in
        nuclear tests" MOBILIZE)."""
        spec = self.frames.get("means_of_event") or {}
        types = spec.get("types", ())
        if cand.match.kind != "verb" or sense.event not in types:
            return sense
        for c in cand.match.head.children:
            if c.dep_ != "prep" or c.lower_ not in spec.get("preps", ()):
                continue
            for g in c.children:
                m = self.lex.match(g) if g.dep_ == "pobj" else None
                modes = (spec.get("noun_modes") or {}).get(m.sense.event) if m else None
                if m is not None and m.kind == "noun" and m.sense.event in types and \
                        m.sense.event != sense.event and (not modes or m.sense.mode in modes):
                    return replace(m.sense, pattern=sense.pattern)
        return sense

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
                        not own_object(c):
                    event, *rest = purposes[c.lemma_.lower()].split()
                    return make_sense(event, " ".join(rest), sense.pattern)
        return sense

    def announced_by_actor(self, cand: Candidate, actors: list[Mention],
                           forces: bool = False) -> bool:
        """True when the clause is what its own actor says it will do ("X said it would ...")
        or sits under "not hesitate to"; with ``forces``, also what a state says its own
        forces will do ("Chile said its troops would retaliate")."""
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
                if subj.pos_ == "PRON" and subj.lower_ in self.cues.get("self_pronouns", ()):
                    return True
                said_by = self.mentions([speaker])
                sk = self.key_of(said_by)
                return bool(sk) and sk == self.key_of(actors) or \
                    forces and self.own_forces(said_by, actors)
            if t.dep_ == "acl" and t.head.dep_ == "dobj" and \
                    t.head.head.lemma_.lower() in self.speech_verbs:
                # "announced a plan to invade Fiji": the actor made its own plan known
                speaker = args.clause_subject(t.head.head)
                sk = self.key_of(self.mentions([speaker])) if speaker is not None else None
                return bool(sk) and sk == self.key_of(actors)
        return False

    def own_future_act(self, cand: Candidate, actors: list[Mention]) -> bool:
        """True when the trigger verb carries its own "will" ("Syria will withdraw") and its
        subject names the actors: the actor's commitment, not a plan or schedule ("is to
        withdraw", "is set to release")."""
        head = cand.match.head
        if cand.match.kind != "verb" or cand.clause != head or cand.composed_gov is not None:
            return False
        future_aux = self.cues.get("future_aux", ())
        if not any(c.dep_ == "aux" and c.lower_ in future_aux for c in head.children):
            return False
        subj = args.clause_subject(head)
        if subj is None:
            return False
        if subj.pos_ == "PRON":
            return subj.lower_ in self.cues.get("self_pronouns", ())
        sk = self.key_of(self.mentions([subj]))
        return bool(sk) and sk == self.key_of(actors)

    def own_forces(self, speakers: list[Mention], actors: list[Mention]) -> bool:
        """True when every actor is a state force (triggers_frames.yaml ``own_force_sectors``)
        of the speakers' own side ("Pakistan said its troops would retaliate")."""
        forces = args.frame_set("own_force_sectors")
        return bool(speakers) and bool(actors) and all(
            a.sector in forces and any(same_side(s, a) for s in speakers) for a in actors)

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


def own_object(verb: Token) -> bool:
    """True when the verb (or the verb it helps) acts on the actor's own people or land ("to
    help protect its fishermen", "to guard their border"): no one else is served."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if objects:        # "to help Ghana guard its coast": the country is served
        return all(any(p.dep_ == "poss" and p.pos_ == "PRON" for p in o.children)
                   for o in objects)
    return any(own_object(c) and not any(s.dep_ == "nsubj" for s in c.children)
               for c in verb.children if c.dep_ in ("xcomp", "ccomp"))
