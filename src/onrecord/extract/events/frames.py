"""Frames that govern a trigger ("refused to meet" -> REJECT/meet): the frame index, the walk
up xcomp/ccomp links, demand clauses and composing a candidate into the frame's event."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from onrecord.extract import arguments as args
from onrecord.extract.events.model import WH_TAGS, Candidate
from onrecord.extract.modality import Modality
from onrecord.extract.triggers import VERB_POS, Lexicon, make_sense


class FrameComposer:
    """EventCoder part: fold governing frame words into a Candidate's sense and tokens."""

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
                     "cease": "cease", "posture": "posture", "prevent": "prevent",
                     "intent": "intent"}.get(kind)
            undo = self.frames.get("cancel_undo") or {}
            if frame == "reject" and t.lemma_.lower() in (undo.get("verbs") or ()) and \
                    cand.sense.event in (undo.get("types") or ()):
                frame = "cease"       # "cancelled the deportation": the act is called off
            spec = self.frames["complement_frames"].get(frame or "", {})
            if frame == "cease" and (cand.sense.event not in (spec.get("events") or {})
                                     or cand.sense.mode in (spec.get("keep_modes") or ())):
                # "ended his visit": the visit took place; "ended the fighting" is a verb entry
                frame = None
            elif frame == "posture" and cand.sense.event not in (spec.get("events") or {}):
                frame = None          # "preparing talks": only a plan
                cand.modality.future = True
            elif frame == "prevent" and cand.sense.event not in (spec.get("events") or {}):
                for i in [i for i, o in cands.items() if o is cand]:
                    del cands[i]      # "blocked the aid convoy": no aid given
                return
            if frame:
                spec = self.frames["complement_frames"][frame]
                self.compose(cand, t, spec, cands)
            elif kind == "hypothetical":
                cand.modality.hypothetical = True
            elif kind == "negated":
                cand.modality.negated = True
        hops = 0
        first = t
        while first.dep_ == "conj" and first.head.pos_ in VERB_POS and first.pos_ in VERB_POS:
            first = first.head    # ("agreed to talk, and to recover and repatriate ...")
        if first is not t and first.dep_ in ("xcomp", "pcomp"):
            t = first             # "agreed to hand over their rifles and leave the hills"
        while (t.dep_ in ("xcomp", "ccomp", "acomp", "pcomp", "advcl", "acl") or (
                t.dep_ == "pobj" and t.tag_ == "VBG" and t.head.lower_ == "from")) and hops < 4:
            if t.dep_ == "acl" and t.head.pos_ not in ("NOUN", "PROPN"):
                break
            gov = t.head
            if t.dep_ in ("pcomp", "pobj"):   # "called for ending", "insisted on meeting"
                gov = t.head.head if t.head.dep_ == "prep" else t.head
                found = self.frame_for(gov)
                if t.head.lower_ == "against" and found is not None and found[0] == "threat":
                    pass                   # "warned Israel against attacking": a threat
                elif t.head.lower_ not in ("for", "on", "to", "upon") and not (
                        t.head.lower_ == "of" and gov.pos_ == "NOUN") and not (
                        t.head.lower_ == "from" and found is not None
                        and found[1].get("from_clause")):
                    break                  # ("no intention of withdrawing": a framing noun;
                    #                         "prevented them from marching": a from-frame)
            if t.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in t.children):
                break
            if self.answered_request(gov):
                # "rejected U.N. calls to allow ...": what the answered call asks is not done,
                # and the call is coded by the answer alone
                for i in [i for i, o in cands.items() if o is cand]:
                    del cands[i]
                return
            if t.dep_ == "advcl" and gov.i in cands and cands[gov.i].match.obj is not None:
                break             # "called a strike to protest ...": a purpose, not a content
            found = self.frame_for(gov)
            if t.dep_ == "xcomp" and found is not None and gov.i in cands and \
                    cands[gov.i].match.obj is not None and \
                    cands[gov.i].sense.event != found[1].get("event"):
                break             # "pressed their offensive to retake ...": an act of its own
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
            if t.dep_ == "acl" and spec.get("kind") in ("future", "hypothetical") and \
                    gov.lemma_.lower() in args.frame_set("plan_nouns"):
                # "announced a plan to invade Fiji", "plans to send aid": a plan, not the act
                if spec.get("kind") == "future":
                    cand.modality.future = True
                else:
                    cand.modality.hypothetical = True
                t = gov
                hops += 1
                continue
            if t.dep_ in ("ccomp", "acl") and spec.get("kind") != "compose":
                break
            commitment = self.commitment_clause(t, gov)
            if t.dep_ in ("ccomp", "acl") and gov.lemma_.lower() not in self.ccomp_frames \
                    and not commitment:
                break
            if t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("if", "whether")
                                         or c.tag_ in WH_TAGS and c.i < t.i
                                         for c in t.children):
                break             # "asked if North Korea would talk", "asked why ...": a question
            kind = spec.get("kind")
            if kind == "compose" and spec.get("only_listed") and \
                    cand.sense.event not in (spec.get("events") or {}):
                # "stopped criticising": no de-escalation to code; "prevented Hamas from
                # attacking": an act kept from happening, by someone else than the frame's
                # subject, is not coded at all
                kind = spec.get("unlisted_kind", "negated")
            if kind == "drop":
                for i in [i for i, o in cands.items() if o is cand]:
                    del cands[i]
                return
            if kind == "compose" and spec.get("unyielding_kind") and (
                    cand.sense.event in (spec.get("unyielding_types") or ())
                    or args.is_passive(gov) and not any(c.dep_ == "agent" for c in gov.children)):
                # "allowed the militia to kill", "they are allowed to kill": a permission to
                # use force, or one granted by no one named, yields nothing (CAMEO 08)
                kind = spec["unyielding_kind"]
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
                # (an act agreed on keeps its own recipient: "agreed that troops would leave
                # Gaza" is agreed with the other party, not with the troops)
                self.compose(cand, gov, spec, cands,
                             recipient_from=t if t.dep_ in ("ccomp", "acl") and not commitment
                             else None)
                cand.commitment = cand.commitment or commitment
            elif kind == "future":
                cand.modality.future = True
            elif kind == "hypothetical":
                cand.modality.hypothetical = True
            elif kind == "negated":
                cand.modality.negated = True
            t = gov
            hops += 1
        cand.clause_top = t

    def commitment_clause(self, comp: Token, gov: Token) -> bool:
        """"agreed that troops will leave": a that-clause in the future under an agreeing verb."""
        if comp.dep_ != "ccomp" or gov.pos_ not in VERB_POS or \
                gov.lemma_.lower() not in args.frame_set("commitment_frames"):
            return False
        modals = args.frame_set("commitment_modals")
        return any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in comp.children)

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

    def forces_subject(self, gov: Token) -> bool:
        """True when every party the frame word's subject names is an armed force
        (``own_force_sectors``: "the army is ready to ...", "its forces were prepared to ...")."""
        holder = gov.head if gov.dep_ in ("acomp", "amod") else gov
        subj = args.clause_subject(holder)
        found = self.mentions([subj]) if subj is not None else []
        forces = args.frame_set("own_force_sectors")
        return bool(found) and all(m.sector in forces for m in found)

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
        posture = spec.get("posture") or {}
        if inner in (posture.get("events") or {}) and \
                gov.lemma_.lower() in (posture.get("lemmas") or ()) and self.forces_subject(gov):
            event, code = posture["events"][inner].split()   # "its forces were ready to move"
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
        elif spec.get("recipient") == "object" and gov_obj is not None:
            cand.recipient_tokens = [gov_obj]          # "prevented students from marching"
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


@cache
def frame_index(lex: Lexicon) -> tuple[dict[str, tuple[str, dict]], dict[str, str]]:
    """Frame word -> (frame name, spec) and noun-frame verb -> kind, built once per lexicon."""
    frame_of: dict[str, tuple[str, dict]] = {}
    for name, spec in (lex.frames.get("complement_frames") or {}).items():
        for lemma in spec.get("lemmas", ()):
            frame_of.setdefault(lemma, (name, spec))
    noun_frames = {lemma: kind for kind, lemmas in (lex.frames.get("noun_frames") or {}).items()
                   for lemma in lemmas}
    return frame_of, noun_frames
