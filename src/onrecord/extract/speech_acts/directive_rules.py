"""Directives to another party: requests ("asked Germany to supply tanks"),
mandative demands, expulsions and ultimatums, with what is asked for marked as not done."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from onrecord.extract import arguments as args
from onrecord.extract.speech_acts.cues import cue_blocked
from onrecord.extract.speech_acts.demands import request_code
from onrecord.extract.speech_acts.rules import speech_rules
from onrecord.extract.speech_acts.sides import parties_of, two_sides
from onrecord.extract.speech_acts.tokens import (
    in_question,
    sentence_index,
    to_clause,
    token_at,
    tokens_by_lemma,
)
from onrecord.extract.triggers import VERB_POS, make_sense, sense_of
from onrecord.ontology import cameo_info
from onrecord.schema import Event, Span


def _directive_target(verb: Token, spec: dict) -> tuple[Token, Token, str] | None:
    """(addressee, content verb, kind) of a directive: "asked Germany to supply tanks" (object
    control), "was told by Washington to leave" (passive), "insisted that London release the
    tanker" (a mandative subjunctive: base form with its own subject), "wants Chilean troops
    out" (a wanted state) -> "request"; "gave Qatar ten days (until Friday) to close the
    station" -> "ultimatum"."""
    lemma = verb.lemma_.lower()
    if lemma in spec.get("control_verbs", {}):
        comp = to_clause(verb)
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if comp is not None and obj is not None:
            return obj, comp, "request"
        comp = to_clause(verb, ("ccomp",))     # "wants Beijing to release ...", parsed as a
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None) if comp else None
        if subj is not None:                    # clause with its own subject
            return subj, comp, "request"
    if lemma in spec.get("state_verbs", ()):      # "wants Chilean troops out (of ...)"
        state = next((c for c in verb.children if c.dep_ in ("prep", "prt", "advmod", "acomp",
                                                             "ccomp")
                      and c.lower_ in spec.get("state_words", ())), None)
        if state is not None:
            who = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
                (c for c in state.children if c.dep_ == "nsubj"), None)
            if who is not None:
                return who, state, "request"
    if lemma in spec.get("mandative_verbs", ()):
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP")
                     and c.lemma_ not in ("be", "have")), None)
        if comp is not None and not any(c.dep_ in ("aux", "auxpass") for c in comp.children):
            subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
            # (a present plural after a present verb may be plain present: "insists that they
            # remain"; a bare verb with a singular subject or after a past verb is subjunctive)
            if subj is not None and subj.pos_ != "PRON" and (
                    comp.tag_ == "VB" or subj.tag_ in ("NN", "NNP") or verb.tag_ == "VBD"):
                return subj, comp, "request"
    if lemma in spec.get("ultimatum_verbs", ()):
        units = spec.get("deadline_units", ())
        limit = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod")
                      and c.lemma_.lower() in units and any(
                          g.dep_ == "nummod" for g in c.children)), None)
        limit = limit or next((c for c in verb.children if c.dep_ == "prep"
                               and c.lower_ in spec.get("deadline_preps", ())), None)
        obj = next((c for c in verb.children if c.dep_ in ("dative", "dobj")
                    and c is not limit and c.pos_ in ("PROPN", "NOUN")), None)
        comp = to_clause(verb, ("advcl", "xcomp")) or (
            to_clause(limit, ("relcl", "acl")) if limit is not None else None)
        if limit is not None and obj is not None and comp is not None:
            return obj, comp, "ultimatum"
    return None


def directives(coder: Any, events: list[Event], folded: dict[int, Any]) -> list[Event]:
    """"Ukraine asked Germany to supply tanks", "Tehran insisted that London release the
    tanker": a directive to another party whose content is no coded event of its own is a
    request (CAMEO 02 appeal / 10 demand, PLOVER REQUEST); ordering a foreign party to leave is
    an expulsion (CAMEO 166); a demand with a time limit ("gave Serbia until Saturday to
    accept") is an ultimatum (CAMEO 139). What is asked for is not coded as done. Verbs and
    senses: data/speech_acts.yaml ``directives``."""
    from onrecord.extract.dates import sentence_date
    from onrecord.extract.modality import clause_modality

    # deadline units and blocking marks are shared with the demand rules (triggers_speech.yaml)
    shared = coder.frames.get("speech_acts") or {}
    spec = {**(speech_rules().get("directives") or {}),
            **{k: shared.get(k, ()) for k in ("deadline_units", "blocking_marks")}}
    control = spec.get("control_verbs") or {}
    leave = spec.get("leave_senses") or {}
    sents = coder._sents
    covered = {e.trigger.start for e in events}
    out: list[Event] = []
    lemmas = {*control, *spec.get("mandative_verbs", ()), *spec.get("ultimatum_verbs", ())}
    for verb in tokens_by_lemma(coder, lemmas):
        if verb.pos_ not in VERB_POS:
            continue
        found = _directive_target(verb, spec)
        if found is None:
            continue
        addressee, comp, kind = found
        if verb.idx in covered:
            if kind == "ultimatum" and any(e.trigger.start == verb.idx and e.event == "THREATEN"
                                           for e in events):
                for t in [comp, *_content_tokens(comp, spec)]:
                    folded[t.idx] = None     # "gave Baghdad 48 hours to comply": not done
            continue
        if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "nsubjpass") and \
                verb.head.head.idx in covered:
            continue          # "vetoed a resolution demanding that ...": the vetoed text asks
        if any(c.dep_ == "neg" for c in verb.children) or in_question(sents, verb.i) or \
                cue_blocked(verb, verb.sent.start, verb.sent.end,
                         {"blocking_marks": spec.get("blocking_marks", ())}, "REQUEST"):
            continue          # "did not ask", "if Kiev asks ...": no request made
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj"), None)
        speaker = agent if addressee.dep_ == "nsubjpass" else args.clause_subject(verb)
        if speaker is None or speaker.i == addressee.i:
            continue
        actors = parties_of(coder, speaker)
        them = [m for m in parties_of(coder, addressee) if args.is_party(m)
                and m.kind != "pronoun"]
        if not two_sides(actors, them):
            continue          # "ordered its troops to withdraw": orders within one side
        lemma = verb.lemma_.lower()
        if lemma in spec.get("foreign_only_verbs", ()) and any(
                a.country and a.country == b.country for a in actors for b in them):
            continue          # a government ordering its own people acts by authority, not by
            #                   request ("ordered the newspaper to suspend publication")
        if any(e.trigger.start <= verb.idx < e.trigger.end or (
                e.trigger.start == comp.idx and e.event in ("REQUEST", "SANCTION", "THREATEN"))
               for e in events):
            continue          # the event coder composed the pair ("asked Iran to talk")
        sense_value = leave.get(comp.lemma_.lower()) if lemma in spec.get(
            "expelling_verbs", ()) else None
        if kind == "ultimatum":
            sense_value = spec.get("ultimatum_value", "THREATEN 139")
        if sense_value:
            sense = sense_of(sense_value, f"{lemma} + {comp.lemma_}")
        else:
            code = request_code(coder, comp)
            sense = make_sense("REQUEST", code, f"{lemma} + {comp.lemma_}")
            if sense.cameo.startswith("10") and (control.get(lemma) == "appeal" or lemma in spec.get(
                    "appeal_verbs", ())):
                sense = replace(sense, cameo="02" + sense.cameo[2:])    # an appeal (CAMEO 02)
        info = cameo_info(sense.cameo)
        s_index = sentence_index(sents, verb.i)
        mod = clause_modality(verb, coder.cues)
        date, date_text = sentence_date(sents[s_index], coder.doc_date)
        if mod.future or mod.hypothetical:
            date = date_text = None
        ev = Event(
            id="", event=sense.event, cameo=sense.cameo, goldstein=float(info.goldstein),
            quad_class=int(info.quad_class),
            trigger=Span(verb.text, verb.idx, verb.idx + len(verb.text)), sentence=s_index,
            text=sents[s_index].text.strip(), mode=sense.mode, context=list(sense.context),
            actor=[actors[0].to_actor()], recipient=[m.to_actor() for m in them],
            date=date, date_text=date_text, future=mod.future, hypothetical=mod.hypothetical,
            statement=None, confidence=0.5)
        covered.add(verb.idx)
        for t in [comp, *_content_tokens(comp, spec)]:
            folded[t.idx] = None           # what is asked for is not done
        out.append(ev)
    return out


def _content_tokens(comp, spec: dict) -> list:
    """The words of what a directive asks for ("to put pressure on Israel to stop the raids",
    "to remove the roadblocks"), without the clauses that set it in time or cause ("after the
    attack", "because ...") and relative clauses describing a party."""
    background = spec.get("background_preps", ())
    out = []
    stack = list(comp.children)
    while stack:
        t = stack.pop()
        if t.dep_ in ("relcl", "parataxis") or t.dep_ == "advcl" and any(
                g.dep_ == "mark" for g in t.children) or t.dep_ == "prep" and \
                t.lower_ in background:
            continue
        out.append(t)
        stack.extend(t.children)
    return out


def directive_addressees(coder: Any, events: list[Event]) -> None:
    """The party asked by a request coded from its asking verb is the one told to act: the
    subject of a passive ("Uganda was urged by Kenya to release the prisoners") or the object
    of the verb's preposition ("pleaded with Israel to release the detainees"), not a party
    inside what is asked for. Such events get that party as recipient (data/speech_acts.yaml
    ``directives``: asking_verbs, addressee_preps)."""
    spec = speech_rules().get("directives") or {}
    verbs, preps = spec.get("asking_verbs", ()), spec.get("addressee_preps", ())
    doc = coder.doc
    for ev in events:
        verb = token_at(doc, ev.trigger.start) if ev.event == "REQUEST" else None
        if verb is None or verb.pos_ not in VERB_POS or verb.lemma_.lower() not in verbs:
            continue
        if to_clause(verb, ("xcomp", "advcl")) is None:
            continue          # only "asked X to do Y": the party then is X
        kids = list(verb.children)
        addressee = next((c for c in kids if c.dep_ == "nsubjpass"), None) if any(
            c.dep_ == "agent" for c in kids) else None
        addressee = addressee or next((g for c in kids if c.dep_ == "prep" and c.lower_ in preps
                                       for g in c.children if g.dep_ == "pobj"), None)
        if addressee is None:
            continue
        them = [m for m in parties_of(coder, addressee) if args.is_party(m)
                and m.kind != "pronoun"]
        held = {(r.start, r.end) for r in ev.recipient}
        if not them or not two_sides(ev.actor, them) or all(
                (m.start, m.end) in held for m in them):
            continue
        ev.recipient = [m.to_actor() for m in them]
