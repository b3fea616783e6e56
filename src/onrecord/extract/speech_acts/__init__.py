"""Statements that are themselves events: accusations, demands, threats ... made in what is said.

A speech statement (cue class "speech": beliefs and stances are views, not acts) with a neutral
cue ("said", "tweeted", a bare quote) whose content carries a speech-act cue
(data/triggers_speech.yaml: "Iran is lying", "X must withdraw", "it is essential that X ...", an
imperative told to X) becomes an event by the speaker: actor = speaker, recipient = the party the
cue is aimed at (its owner, the subject of its clause, or — for the speaker's own threats and
refusals — the party of the condition or of the context), ``reported_by`` null. Denied, asked and
conditional cues are no acts. More rules (data/speech_acts.yaml): a warning about a third
party's possible action is an ACCUSE toward that party plus the warned-of event, hypothetical
and reported by the speaker; a conditional announcement of the speaker's own reaction ("would
respond if X ...") is a THREATEN toward X; directives ("asked Germany to supply tanks",
"insisted that London release ...", "gave Serbia until Saturday to ...") are requests or
ultimatums whose content is not done; acts received "from" someone, acts named ("called the
sanctions illegal"), rallies for or against a third party, negated intents and declined
comments follow the CAMEO codebook's verbal codes.

Where things live: this package's __init__ is the entry point (``speech_act_events``) and the
core (statement -> act); in its modules, cue words in cues.py, targets in targets.py, demands in
demands.py; the rule families in directive_rules.py, named_acts.py, threats.py, intents.py,
allegations.py and non_acts.py; shared data and helpers in rules.py, sides.py, tokens.py and
event_edits.py.
"""

from __future__ import annotations

from typing import Any

from onrecord.extract import arguments as args
from onrecord.extract.model import FoundStatement
from onrecord.extract.speech_acts.allegations import claimed_acts
from onrecord.extract.speech_acts.cues import cue_blocked, cue_hits
from onrecord.extract.speech_acts.demands import (
    deadline_demands,
    imperative_demands,
    modal_demands,
    request_code,
)
from onrecord.extract.speech_acts.directive_rules import directive_addressees, directives
from onrecord.extract.speech_acts.event_edits import build_event
from onrecord.extract.speech_acts.intents import (
    hostile_intents,
    negated_intents,
    own_requests,
    rallies,
)
from onrecord.extract.speech_acts.named_acts import answered_acts, naming_acts, received_acts
from onrecord.extract.speech_acts.non_acts import (
    blamed_subjects,
    concerns,
    declined_comments,
    dismissed_charges,
    non_requests,
)
from onrecord.extract.speech_acts.rules import speech_rules
from onrecord.extract.speech_acts.sides import same_side
from onrecord.extract.speech_acts.targets import context_party, cue_target, self_subject
from onrecord.extract.speech_acts.threats import (
    conditional_responses,
    demands_or_else,
    idle_bystanders,
    raised_prospects,
    reserved_rights,
    third_party_warnings,
)
from onrecord.extract.speech_acts.tokens import in_question, sentence_index
from onrecord.extract.triggers import sense_of
from onrecord.schema import Actor, Event

__all__ = [
    "answered_acts",
    "blamed_subjects",
    "claimed_acts",
    "concerns",
    "conditional_responses",
    "declined_comments",
    "directive_addressees",
    "directives",
    "demands_or_else",
    "dismissed_charges",
    "hostile_intents",
    "idle_bystanders",
    "naming_acts",
    "negated_intents",
    "non_requests",
    "own_requests",
    "rallies",
    "raised_prospects",
    "received_acts",
    "reserved_rights",
    "same_side",
    "speech_act_events",
    "speech_rules",
    "third_party_warnings",
]


def speech_act_events(coder: Any, events: list[Event]) -> list[Event]:
    """Extra events for statements whose content is a speech act toward someone."""
    answered_acts(coder, events)
    declined_comments(coder, events)
    dismissed_charges(coder, events)
    blamed_subjects(coder, events)
    non_requests(coder, events)
    directive_addressees(coder, events)
    concerns(coder, events)
    idle_bystanders(coder, events)
    extra = third_party_warnings(coder, events)
    extra += conditional_responses(coder, [events, extra])
    folded: dict[int, Any] = {}
    extra += directives(coder, events + extra, folded)
    extra += claimed_acts(coder, events + extra)
    extra += received_acts(coder, [events, extra])
    extra += naming_acts(coder, [events, extra])
    rallies(coder, events + extra)
    own_requests(coder, events + extra)
    negated_intents(coder, events + extra)
    hostile_intents(coder, events + extra)
    extra += reserved_rights(coder, [events, extra])
    extra += raised_prospects(coder, [events, extra])
    said = _speech_act_events(coder, events + extra, folded)
    # "'It is essential that Iran release the sailors,' the minister said": the act demanded
    # is the demand's content, not an event of its own (as "agreed to withdraw" is one event)
    def asked_for(e: Event) -> bool:
        return e.trigger.start in folded and bool(e.actor) and (
            folded[e.trigger.start] is None
            or any(same_side(a, folded[e.trigger.start]) for a in e.actor))

    events[:] = [e for e in events if not asked_for(e)]
    extra = [e for e in extra if not asked_for(e)]
    demands_or_else(coder, events + extra + said)
    return extra + said


def _speech_act_events(coder: Any, events: list[Event], folded: dict[int, Any]) -> list[Event]:
    """Events for statements whose content carries a speech-act cue toward someone."""
    spec = coder.frames.get("speech_acts") or {}
    cues: dict[str, str] = spec.get("words") or {}
    classes = spec.get("cue_classes", ("speech",))
    labels = spec.get("label_nouns", ())
    beliefs = spec.get("belief_verbs", ())
    doc = coder.doc
    sents = coder._sents
    taken = {(e.sentence, e.event, tuple(a.country for a in e.actor)) for e in events}
    covered = {e.trigger.start for e in events}
    out: list[Event] = []
    for fs in coder.statements:
        if fs.cue_class not in classes:
            continue          # "officials believe Iran is lying": a belief is no act
        if not (fs.speaker.country or fs.speaker.code) or args.is_newsroom(fs.speaker):
            continue          # no known speaker, or a news outlet reporting
        if fs.cue_token is not None and coder.lex.match(doc[fs.cue_token]) is not None:
            continue          # "accused", "warned": the cue verb is already the event
        start, end = fs.content_tokens
        if end <= start:
            continue
        found = []
        for i, n, value in cue_hits(doc, start, end, cues, labels):
            tok = doc[i:i + n].root if n > 1 else doc[i]
            if in_question(sents, i):
                continue      # questions ask; they do not accuse or demand
            if cue_blocked(tok, start, end, spec, value, range(i, i + n)):
                continue
            if n > 1 and i + n < end and doc[i + n].lemma_.lower() in beliefs:
                continue      # "no reason to believe ...": a view, not a refusal
            other = cue_target(coder, fs, tok, start, end, spec, value)
            if other is not None or value.startswith("REJECT") and self_subject(
                    coder, fs, tok, start, end, spec):
                found.append((i, n, value, other))
        hit = imperative_demands(coder, fs, start, end)
        demanded: dict[int, Any] = {}
        if hit is not None:
            verb, other = hit
            found.append((verb.i, 1, f"REQUEST {request_code(coder, verb)}", other))
            demanded[verb.i] = verb
        for t, verb, other in modal_demands(coder, fs, start, end, spec):
            found.append((t.i, verb.i - t.i + 1 if verb.i > t.i else 1,
                          f"REQUEST {request_code(coder, verb)}", other))
            demanded[t.i] = verb
        for t, obj, other in deadline_demands(coder, fs, start, end, spec):
            found.append((t.i, obj.i - t.i + 1, str(spec.get("deadline_value", "THREATEN 139")),
                          other))
        for i, n, value, other in found:
            ev = _speech_event(coder, fs, i, n, value, other, events + out)
            key = (ev.sentence, ev.event, (fs.speaker.country,))
            act = demanded.get(i)
            if key in taken or ev.trigger.start in covered and (
                    act is None or act.idx != ev.trigger.start):
                continue
            out.append(ev)
            taken.add(key)
            covered.add(ev.trigger.start)
            if act is not None and other is not None:
                folded[act.idx] = other
    return out


def _speech_event(coder: Any, fs: FoundStatement, i: int, n: int, value: str, other,
                  events: list[Event]) -> Event:
    """The event of one speech-act cue doc[i:i+n] ("TYPE CAMEO [mode]") by the speaker of
    ``fs`` toward ``other`` (None: the party the context gives, at lower confidence)."""
    doc = coder.doc
    sense = sense_of(value, "speech act")
    confidence = 0.45
    recipient = [other.to_actor()] if other is not None else []
    if other is None:
        party = context_party(coder, fs, sentence_index(coder._sents, i), sense.event, events)
        if isinstance(party, Actor):
            recipient = [party]
        elif party is not None:
            recipient = [party.to_actor()]
        confidence = 0.35
    return build_event(coder, sense, doc[i], doc[i + max(1, n) - 1], [fs.speaker], recipient,
                       confidence, statement=fs.id or None)
