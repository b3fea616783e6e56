"""Event coding: triggers + frames + argument roles + modality + dates -> schema.Event records.

One pass per sentence over the dependency parse: lexicon matches (triggers.py) are composed with
the frames that govern them ("refused to meet" -> REJECT/meet), given actors and recipients
(arguments.py -> DocActors), modality (modality.py), a date (dates.py) and, inside reported
speech, ``reported_by``. Reciprocal convention: when coordinated parties do something together
and no other recipient is named ("Israel and Egypt signed a treaty"), the first-named party is
the actor and the others the recipients; CONSULT, AGREE, COOPERATE and clashes are symmetric.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.actors.model import DocActors, Mention
from onrecord.extract import arguments as args
from onrecord.extract.dates import event_date
from onrecord.extract.modality import Modality, clause_modality, noun_modality
from onrecord.extract.model import FoundStatement
from onrecord.extract.speech_acts import speech_act_events
from onrecord.extract.triggers import Lexicon, Match, Sense, load_lexicon, make_sense
from onrecord.ontology import cameo_info
from onrecord.schema import Event, Span

CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                            "COERCE", "ASSAULT", "REQUEST"})
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
VERB_POS = ("VERB", "AUX")


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


class EventCoder:
    """Codes the events of one Doc (build per doc; the lexicon is shared and loaded once)."""

    def __init__(self, doc: Doc, doc_actors: DocActors, statements: list[FoundStatement],
                 doc_date: str | None, lexicon: Lexicon | None = None) -> None:
        self.doc = doc
        self.actors = doc_actors
        self.statements = statements
        self.doc_date = doc_date
        self.lex = lexicon or load_lexicon()
        self.frames = self.lex.frames
        self.cues = self.frames.get("modality", {})
        self._frame_of: dict[str, tuple[str, dict]] = {}
        for name, spec in (self.frames.get("complement_frames") or {}).items():
            for lemma in spec.get("lemmas", ()):
                self._frame_of.setdefault(lemma, (name, spec))
        self.support = set(self.frames.get("support_verbs", ()))
        self.noun_frames = {lemma: kind for kind, lemmas in
                            (self.frames.get("noun_frames") or {}).items() for lemma in lemmas}
        self.skip_complements = set(self.frames.get("skip_complements", ()))
        self.noun_rec_preps = set(self.frames.get("noun_recipient_preps", ()))
        self.of_actor_types = set(self.frames.get("noun_of_actor_types", ()))
        self.background_preps = set(self.frames.get("background_preps", ()))
        self.speech_verbs = set(self.frames.get("speech_verbs", ()))
        self.ccomp_frames = set(self.frames.get("clausal_frames", ()))
        self.diplomatic_protest = set(self.frames.get("diplomatic_protest", ()))
        self.support_only = set(self.frames.get("support_only_nouns", ()))
        self._verb_triggers: set[int] = set()

    # -- driver ------------------------------------------------------------------------------
    def run(self) -> list[Event]:
        events: list[Event] = []
        used_triggers: set[int] = set()
        for s_index, sent in enumerate(self.doc.sents):
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
        self._verb_triggers = {i for i, m in matches.items() if m.kind == "verb"}
        # a light-verb object or compound modifier is part of its pattern, not a trigger itself
        consumed = {t.i for m in matches.values() for t in m.tokens if t.i != m.head.i}
        for i in consumed:
            matches.pop(i, None)
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
        # "will visit Mauritania to mediate": the purpose rides on the main event
        for i, cand in list(cands.items()):
            c = cand.clause
            if c.dep_ == "advcl" and c.head.i in cands and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children
            ):
                del cands[i]
        # "set off a car bomb, killing four civilians": the participle is the same attack
        for i, cand in list(cands.items()):
            c = cand.clause
            main = cands.get(c.head.i)
            if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and main is not None \
                    and main is not cand and main.sense.event == cand.sense.event:
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
        out = list(cands.values())
        out.extend(self.demand_clauses(sent, cands))
        return out

    def demand_clauses(self, sent: SpacySpan, cands: dict[int, Candidate]) -> list[Candidate]:
        """"Russia said Sudan must return the helicopter": REQUEST from speaker to subject."""
        out = []
        covered = {getattr(c, "composed_gov", c.clause).i for c in cands.values()}
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

    def candidate(self, m: Match) -> Candidate | None:
        head = m.head
        if m.kind == "verb":
            return Candidate(m.sense, m, list(m.tokens), head)
        if m.kind == "adj":
            # "is willing" / "ready" alone are frames, not events
            if not any(c.dep_ == "xcomp" for c in head.children) and head.dep_ != "ROOT":
                return None
            return Candidate(m.sense, m, list(m.tokens), head)
        # event nouns: under a support verb, or with their own actor
        gov = head.head
        lemma = head.lemma_.lower()
        if gov.i in self._verb_triggers and gov.i != head.i:
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
        if lemma in self.support_only:
            return None          # "the war", "violence": only with a support verb
        if head.dep_ == "pobj" and gov.lower_ in self.background_preps:
            return None          # "after last week's attack": background, not this event
        if gov.pos_ in VERB_POS and head.dep_ in ("dobj", "nsubjpass") and \
                self.lex.match(gov) is None:
            # "sped up the withdrawal": the governing verb's subject acts
            return Candidate(m.sense, m, list(m.tokens), gov, confidence=0.45)
        return Candidate(m.sense, m, list(m.tokens), head, confidence=0.5)

    # -- frames ------------------------------------------------------------------------------
    def frame_for(self, gov: Token) -> tuple[str, dict] | None:
        return self._frame_of.get(gov.lemma_.lower())

    def apply_frames(self, cand: Candidate, cands: dict[int, Candidate]) -> None:
        """Walk up xcomp/ccomp links from the candidate's clause, folding in governing frames."""
        t = cand.clause
        # a noun under a framing verb: "refused talks", "called for talks", "proposed talks"
        if cand.match.kind == "noun" and t is cand.match.head:
            pass
        elif cand.match.kind == "noun" and t.lemma_.lower() in self.noun_frames:
            kind = self.noun_frames[t.lemma_.lower()]
            frame = {"reject": "reject", "request": "request"}.get(kind)
            if frame:
                spec = self.frames["complement_frames"][frame]
                self.compose(cand, t, spec, cands)
            elif kind == "hypothetical":
                cand.modality.hypothetical = True
            elif kind == "negated":
                cand.modality.negated = True
        hops = 0
        while t.dep_ in ("xcomp", "ccomp", "acomp", "pcomp", "advcl", "acl") and hops < 4:
            if t.dep_ == "acl" and t.head.pos_ not in ("NOUN", "PROPN"):
                break
            gov = t.head
            if t.dep_ == "pcomp":          # "called for ending", "insisted on meeting"
                gov = t.head.head if t.head.dep_ == "prep" else t.head
            if t.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in t.children):
                break
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
            kind = spec.get("kind")
            if t.dep_ in ("ccomp", "acl") and kind == "compose" and not self.other_subject(t, gov):
                break
            if kind == "compose":
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
        cand.clause_top = t  # type: ignore[attr-defined]

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
        modals = set(self.frames.get("demand_modals", ()))
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
        return True

    def compose(self, cand: Candidate, gov: Token, spec: dict, cands: dict[int, Candidate],
                recipient_from: Token | None = None) -> None:
        """Turn ``cand`` into the frame's event (REJECT/meet for "refused to meet")."""
        inner = cand.sense.event
        event = spec["event"]
        code = (spec.get("codes") or {}).get(inner)
        if inner in CONFLICT_TYPES and spec.get("conflict_event"):
            event = spec["conflict_event"]
            code = (spec.get("conflict_codes") or {}).get(inner)
        if code is None:
            code = spec.get("default")
            own = cands.get(gov.i)
            if own is not None and own.sense.event == event:
                code = own.sense.cameo
        cand.sense = make_sense(event, code, f"{gov.lemma_} + {cand.sense.pattern}")
        cand.frame = spec.get("event")
        cand.tokens = sorted({gov, *cand.tokens}, key=lambda t: t.i)
        # the frame's own record (e.g. "refused" as REJECT) is this one now
        cands.pop(gov.i, None)
        cand.composed_gov = gov  # type: ignore[attr-defined]
        if recipient_from is not None:
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
        return frozenset((m.code or m.country or m.name or m.text) for m in ms)

    def arguments(self, cand: Candidate) -> tuple[list[Mention], list[Mention]]:
        m = cand.match
        gov = getattr(cand, "composed_gov", None)
        skip = {t.i for t in cand.tokens}
        conflictive = cand.sense.event in CONFLICT_TYPES
        actor_tok: list[Token] = []
        rec_tok: list[Token] = list(cand.recipient_tokens)
        if m.kind == "noun":
            noun = m.head
            parties = args.between_parties(noun)
            if parties:
                actor_tok, rec_tok = parties[:1], rec_tok or parties[1:]
            actor_tok = actor_tok or args.noun_actor(noun, skip)
            if cand.clause is not noun and not self.mentions(actor_tok):
                subj = args.clause_subject(gov or cand.clause)
                if subj is not None:
                    actor_tok = [subj]
            of = args.of_object(noun)
            if of is not None:
                if cand.sense.event in self.of_actor_types and not self.mentions(actor_tok):
                    actor_tok = [of]
                elif cand.sense.event not in self.of_actor_types:
                    rec_tok = rec_tok or [of]
            rec_tok = rec_tok or args.noun_recipients(noun, self.noun_rec_preps - {"of"}, skip)
            if cand.clause is not noun and not rec_tok:
                rec_tok = args.verb_recipients(cand.clause, conflictive, skip)
        else:
            head = m.head
            subj = args.clause_subject(gov if gov is not None else head)
            if subj is None and gov is not None:
                subj = args.clause_subject(head)
            actor_tok = [subj] if subj is not None else []
            if not rec_tok:
                rec_tok = args.verb_recipients(head, conflictive, skip)
                rec_tok += [o for t in rec_tok if t.dep_ == "dobj"
                            for o in [args.of_object(t)] if o is not None]
            if not rec_tok and gov is not None:
                rec_tok = args.verb_recipients(gov, conflictive, skip | {head.i})
            if not rec_tok and cand.sense.event in ("REQUEST", "ACCUSE", "THREATEN"):
                comp = next((c for c in head.children if c.dep_ == "ccomp"), None)
                if comp is not None:
                    s = args.clause_subject(comp)
                    rec_tok = [s] if s is not None else []
        actors = self.mentions(actor_tok)
        recipients: list[Mention] = []
        akey = self.key_of(actors)
        for t in rec_tok:
            ms = self.mentions([t])
            if ms and (not akey or self.key_of(ms) != akey):
                if any(m.country or m.kind == "igo" for m in ms):
                    recipients = ms
                    break
                # a bare agent ("reservists") or an unplaced name: only as a last resort
                recipients = recipients or ms
        recipients = [r for r in recipients if r not in actors]
        if not recipients and len(actors) > 1 and cand.sense.event in RECIPROCAL_TYPES | {
            "ASSAULT"
        }:
            actors, recipients = actors[:1], actors[1:]
        return actors, recipients

    # -- record ------------------------------------------------------------------------------
    def to_event(self, cand: Candidate, s_index: int, sent: SpacySpan) -> Event | None:
        actors, recipients = self.arguments(cand)
        if not actors:
            return None       # no one acts: not a codable event (passive without agent, ...)
        mod = cand.modality
        top = getattr(cand, "clause_top", cand.clause)
        cm = clause_modality(top if top is not cand.clause else cand.clause, self.cues)
        if top is not cand.clause:
            inner = clause_modality(cand.clause, self.cues)
            cm.negated = cm.negated or (inner.negated and cand.frame is None)
            cm.future = cm.future or inner.future
            cm.hypothetical = cm.hypothetical or inner.hypothetical
        if cand.match.kind == "noun":
            nm = noun_modality(cand.match.head, self.cues)
            cm.negated = cm.negated or nm.negated
            cm.hypothetical = cm.hypothetical or nm.hypothetical
        negated = mod.negated or cm.negated
        hypothetical = mod.hypothetical or cm.hypothetical
        future = mod.future or cm.future
        sense = cand.sense
        # a state's "protest" is diplomatic: ACCUSE (PLOVER manual, PROTEST ambiguities)
        if sense.event == "PROTEST" and cand.match.head.lemma_.lower() in self.diplomatic_protest \
                and actors and all(a.kind in ("state", "igo") or a.sector == "GOV"
                                   for a in actors):
            sense = make_sense("ACCUSE", "114", sense.pattern)
        # conditional threats: "will withdraw unless ..." / "will strike if ..."
        if cm.condition and (future or hypothetical) and not negated and (
            cm.condition == "unless" or sense.event in CONFLICT_TYPES - {"REQUEST", "ACCUSE"}
        ) and sense.event not in ("THREATEN", "REQUEST"):
            codes = self.frames["complement_frames"]["threat"].get("codes", {})
            sense = make_sense("THREATEN", codes.get(sense.event, "130"), sense.pattern)
            hypothetical = False
        # future or offered cooperation is intent (PLOVER manual, AGREE)
        fc = self.frames.get("future_cooperation") or {}
        if sense.event in (fc.get("codes") or {}) and (future or hypothetical) and not negated:
            sense = make_sense(fc["event"], fc["codes"][sense.event], sense.pattern)
        info = cameo_info(sense.cameo)
        toks = cand.tokens
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if end - start > 80:      # a frame far from its complement: keep the head word only
            h = cand.match.head
            start, end = h.idx, h.idx + len(h.text)
        if future or hypothetical or negated:
            date, date_text = None, None
        else:
            date, date_text = event_date(cand.match.head, sent, self.doc_date)
        reported_by, statement = self.reported(cand.match.head, actors)
        return Event(
            id="", event=sense.event, cameo=sense.cameo, goldstein=float(info.goldstein),
            quad_class=int(info.quad_class), trigger=Span(self.doc.text[start:end], start, end),
            sentence=s_index, text=sent.text, mode=sense.mode, context=list(sense.context),
            actor=[a.to_actor() for a in actors], recipient=[r.to_actor() for r in recipients],
            date=date, date_text=date_text, negated=negated, hypothetical=hypothetical,
            future=future, reported_by=reported_by, statement=statement,
            confidence=round(cand.confidence + (0.1 if actors and recipients else 0.0), 2),
        )

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


def extract_events(doc: Doc, doc_actors: DocActors, statements: list[FoundStatement],
                   doc_date: str | None) -> list[Event]:
    """Every event in ``doc`` (ids left empty for the pipeline to number)."""
    return EventCoder(doc, doc_actors, statements, doc_date).run()


__all__ = ["extract_events", "EventCoder", "Candidate"]
