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

This package's __init__ is the entry point (EventCoder, extract_events); the coder's parts live
in its modules candidates.py (trigger candidates and their filters), frames.py (governing frames),
arguments.py (actor and recipient), parties.py (fallback parties, convention 2), record.py
(sense choices and the Event record) and model.py (Candidate, type groups).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from onrecord.actors.model import DocActors
from onrecord.extract import arguments as args
from onrecord.extract.dates import date_entities_by_sentence
from onrecord.extract.events.arguments import ArgumentResolver
from onrecord.extract.events.candidates import CandidateFinder, aspect_verb_index
from onrecord.extract.events.frames import FrameComposer, frame_index
from onrecord.extract.events.model import Candidate
from onrecord.extract.events.parties import PartyFallbacks
from onrecord.extract.events.record import EventBuilder
from onrecord.extract.model import FoundStatement
from onrecord.extract.speech_acts import speech_act_events
from onrecord.extract.triggers import Lexicon, load_lexicon
from onrecord.schema import Event


class EventCoder(CandidateFinder, FrameComposer, ArgumentResolver, PartyFallbacks,
                 EventBuilder):
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
        self._frame_of, self.noun_frames = frame_index(self.lex)
        self.support = args.frame_set("support_verbs")
        self.noun_rec_preps = args.frame_set("noun_recipient_preps")
        self.of_actor_types = args.frame_set("noun_of_actor_types")
        self.background_preps = args.frame_set("background_preps")
        self.speech_verbs = args.frame_set("speech_verbs")
        self.ccomp_frames = args.frame_set("clausal_frames")
        self.diplomatic_protest = args.frame_set("diplomatic_protest")
        self.support_only = args.frame_set("support_only_nouns")
        self.refusal_types = args.frame_set("refusal_types")
        self.refusal_stances = args.frame_set("refusal_stances")
        self.owned_nouns = args.frame_set("owned_nouns")
        self.threat_types = args.frame_set("threat_types")
        self.material_nouns = args.frame_set("material_noun_types")
        self.civilian_sectors = args.frame_set("civilian_sectors")
        self.civilian_from = args.frame_set("civilian_sense_types")
        self.concessive_preps = args.frame_set("concessive_preps")
        self.concessive_nouns = args.frame_set("concessive_nouns")
        self.undergo_verbs = args.frame_set("undergo_verbs")
        self.alleging = args.frame_set("allegation_verbs")
        self.alleging_nouns = args.frame_set("allegation_nouns")
        self.containers = args.frame_set("container_nouns")
        self.prospect_nouns = args.frame_set("prospect_nouns")
        self.generic_dets = args.frame_set("generic_determiners")
        self.participation = args.frame_set("participation_verbs")
        self.peacekeeping = args.frame_set("peacekeeping_words")
        self.appeal_words = args.frame_set("appeal_words")
        self.uncertainty = args.frame_set("uncertainty_words")
        self.day_words = args.frame_set("scheduled_day_words")
        self.accusation_content = args.frame_set("accusation_content")
        self.accusation_preps = args.frame_set("accusation_preps")
        self.topic_preps = args.frame_set("topic_preps")
        self.motive_types = args.frame_set("motive_types")
        self.aspect_verbs = aspect_verb_index(self.lex)
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
        events = self.kept_by_sentence(events)
        spoken = speech_act_events(self, events)
        # speech-act events absorb and are absorbed by their sentence's events like others
        return self.kept_by_sentence(events + spoken) if spoken else events

    def kept_by_sentence(self, events: list[Event]) -> list[Event]:
        """``events`` (in order) less those absorbed by another event of their sentence."""
        by_sentence: dict[int, list[Event]] = {}
        for e in events:
            by_sentence.setdefault(e.sentence, []).append(e)
        kept = {id(e) for group in by_sentence.values() for e in self.without_absorbed(group)}
        return [e for e in events if id(e) in kept]

    def without_absorbed(self, found: list[Event]) -> list[Event]:
        """A sentence's events less those another event by the same actor mention stands for
        (triggers_frames.yaml ``absorbed_types``: forces moved in an attack are the attack;
        ``threatened_types``: an act the threatener may yet do is the threat's repercussion;
        ``unspecified_threat_code``: a warning whose content is its side's specific threat)."""
        absorbed = self.frames.get("absorbed_types") or {}
        threatened = set(self.frames.get("threatened_types") or ())
        unspecified = self.frames.get("unspecified_threat_code")
        state_forces = set(self.frames.get("own_force_sectors") or ())

        def done(e: Event) -> bool:
            return not (e.negated or e.hypothetical or e.future)

        def parties(e: Event) -> set[int]:
            return {a.start for a in e.actor}      # the same words: one doer of both acts

        def said_by(e: Event) -> set[int]:
            return {e.reported_by.start} if e.reported_by is not None else set()

        def named(e: Event) -> bool:
            # ("saying troops could be deployed": no country or body, the sayer's own forces;
            # "if NATO deployed missiles": another party's act, the condition of the threat)
            return any(a.country or a.name for a in e.actor)

        def countries(e: Event) -> set[str | None]:
            return {a.country for a in e.actor}

        def same_side(o: Event, e: Event) -> bool:
            # "Turkey threatened Syria with force, and its defence minister said troops could
            # be deployed": forces of the threatener's own state, or of its own spokesman
            if any(a.sector not in state_forces for a in e.actor if a.sector):
                return False      # ("saying Kurdish rebels could attack": another party)
            side = countries(o) - {None}
            own = countries(e) - {None}
            if not own and not named(e) and e.reported_by is not None:
                own = {e.reported_by.country} - {None}
            return bool(own) and own <= side

        def held(e: Event) -> bool:
            if e.event == "THREATEN" and e.cameo == unspecified and done(e):
                # "warned the rebels that the army would attack": the specific threat is it
                return any(o is not e and o.event == "THREATEN" and o.cameo != unspecified
                           and not (o.negated or o.hypothetical)
                           and o.trigger.start > e.trigger.start
                           and None not in countries(o) and countries(o) == countries(e)
                           for o in found)
            if e.event in absorbed and done(e):
                return any(o.event == absorbed[e.event] and done(o) and parties(o) & parties(e)
                           for o in found)
            # what a threat holds out: the threatener's own act (or its own state's) that may
            # yet happen
            return e.event in threatened and e.hypothetical and not e.negated and any(
                o.event == "THREATEN" and not (o.negated or o.hypothetical)
                and (parties(o) & (parties(e) if named(e) else parties(e) | said_by(e))
                     or same_side(o, e))
                for o in found)

        return [e for e in found if not held(e)]

    def _sent_index(self, i: int) -> int:
        """Index of the sentence holding token ``i``."""
        return max(0, bisect_right(self._sent_starts, i) - 1)

    def _sent_of(self, i: int) -> SpacySpan:
        """The sentence holding token ``i`` (Token.sent re-walks the document: avoid it)."""
        return self._sents[self._sent_index(i)]

    def _sent_start_back(self, sent: SpacySpan, n: int) -> int:
        starts = self._sent_starts
        k = starts.index(sent.start) if sent.start in starts else 0
        return starts[max(0, k - n)]


def extract_events(doc: Doc, doc_actors: DocActors, statements: list[FoundStatement],
                   doc_date: str | None) -> list[Event]:
    """Every event in ``doc`` (ids left empty for the pipeline to number)."""
    return EventCoder(doc, doc_actors, statements, doc_date).run()


__all__ = ["extract_events", "EventCoder", "Candidate"]
