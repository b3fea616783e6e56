"""Demands said in a statement's content: "X must withdraw", imperatives told to X and
deadlines ("X has 60 days to ..."), with the CAMEO code of what is demanded."""

from __future__ import annotations

from typing import Any

from onrecord.extract import arguments as args
from onrecord.extract.model import FoundStatement
from onrecord.extract.speech_acts.cues import content_chain, cue_blocked, is_self_word
from onrecord.extract.speech_acts.rules import speech_rules
from onrecord.extract.speech_acts.sides import same_side
from onrecord.extract.speech_acts.tokens import in_question
from onrecord.extract.triggers import VERB_POS


def request_code(coder: Any, verb) -> str:
    """The CAMEO code of a demand for what ``verb`` says: the codebook's own sub-code when the
    demanded act is named ("must step down" -> 1041, "must release the prisoners" -> 1053;
    data/speech_acts.yaml demand_codes), else the request frame's code for the verb's event
    ("must withdraw" -> 105), else 100."""
    specific = speech_rules().get("demand_codes") or {}
    lemma = verb.lemma_.lower()
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    objs = [c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for key in [f"{lemma} {p}" for p in prt] + [f"{lemma} +{o}" for o in objs] + [lemma]:
        if key in specific:
            return str(specific[key])
    codes = ((coder.frames.get("complement_frames") or {}).get("request") or {}).get(
        "codes") or {}
    m = coder.lex.match(verb)
    return codes.get(m.sense.event, "100") if m is not None and m.sense.event else "100"


def imperative_demands(coder: Any, fs: FoundStatement, start: int, end: int):
    """"'Stop the shelling now,' the UN chief told Israel": quoted words in the imperative,
    said to a named party, are a demand on that party: (verb, addressee)."""
    doc = coder.doc
    if fs.kind == "indirect" or fs.cue_token is None:
        return None
    cue = doc[fs.cue_token]
    to = [c for c in cue.children if c.dep_ in ("dative", "dobj")] + [
        g for c in cue.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
        if g.dep_ == "pobj"]
    them = [m for m in coder.mentions(to) if (m.country or m.code) and m.kind != "pronoun"
            and args.is_party(m) and not same_side(m, fs.speaker)]
    if not them:
        return None
    for t in doc[start:end]:
        if t.tag_ == "VB" and t.dep_ in ("ROOT", "ccomp", "parataxis") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "mark", "expl") for c in t.children) \
                and not in_question(coder._sents, t.i) and (t.i == start or doc[t.i - 1].is_punct
                                                       or doc[t.i - 1].lower_ in ("please",)):
            return t, them[0]
    return None


def deadline_demands(coder: Any, fs: FoundStatement, start: int, end: int, spec: dict):
    """"Russia has 60 days to return to compliance", said by someone else: a final demand with
    a deadline is an ultimatum (CAMEO 139): each (verb token, time noun, party)."""
    doc = coder.doc
    units = spec.get("deadline_units", ())
    for t in doc[start:end]:
        if t.lemma_.lower() != "have" or t.pos_ not in VERB_POS:
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in units
                    and any(g.dep_ == "nummod" for g in c.children)), None)
        if obj is None or not any(c.dep_ in ("relcl", "acl") and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in obj.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or in_question(coder._sents, t.i):
            continue
        ms = [m for m in coder.actors.actors_for(subj) if (m.country or m.code)
              and not same_side(m, fs.speaker) and m.token_start <= subj.i < m.token_end]
        if ms:
            yield t, obj, ms[0]


def modal_demands(coder: Any, fs: FoundStatement, start: int, end: int, spec: dict):
    """"Russia must withdraw its troops", said by someone else: each (modal token, verb,
    party)."""
    doc = coder.doc
    modals = spec.get("demand_modals", ())
    self_words = spec.get("self_words", ())
    beliefs = spec.get("belief_verbs", ())
    negators = spec.get("negators", ())
    needs = spec.get("demand_verbs", ())
    musts = spec.get("demand_adjectives", ())
    for t in doc[start:end]:
        if t.dep_ == "aux" and t.lower_ in modals:
            verb = t.head                      # "Russia must withdraw"
        elif t.lemma_.lower() in needs and t.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
                for c in t.children):
            verb = t                           # "Russia needs to withdraw" (not "had to")
        elif t.pos_ == "ADJ" and t.lemma_.lower() in musts:
            # "it is vital that Chile talk to Peru"
            verb = next((c for c in [*t.children, *t.head.children] if c.dep_ == "ccomp"
                         and c.pos_ in VERB_POS and any(
                             g.dep_ == "mark" and g.lower_ == "that" for g in c.children)),
                        None)
            if verb is None:
                continue
        else:
            continue
        if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
            continue          # "should have been": a reproach about the past, no demand
        if any(a.lemma_.lower() in beliefs for a in content_chain(verb, start, end)[1:]):
            continue          # "they believe [they] must have such a weapon": their view
        if cue_blocked(verb, start, end, {"blocking_marks": spec.get("blocking_marks", ())},
                    "REQUEST"):
            continue
        if in_question(coder._sents, t.i):
            continue          # "why should the children be punished?"
        if verb.lemma_.lower() in ("have", "be"):
            continue          # "they should have no loyalty": a judgement, no act asked for
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and t.dep_ == "aux" and t.i < subj.i:
            continue          # "should Iran refuse, ...": a condition, not a demand
        if subj is None or is_self_word(subj, self_words) or subj.lower_ in ("it", "this", "that") \
                or any(c.lower_ in negators for c in subj.children if c.dep_ == "det"):
            continue          # (a passive names who suffers it: "the base must be degraded";
            #                   "no person should ..." asks nobody)
        ms = [m for m in coder.actors.actors_for(subj)
              if (m.country or m.code) and not same_side(m, fs.speaker) and (
                  m.token_start <= subj.i < m.token_end or subj.pos_ == "PRON")]
        if ms:
            inner = verb
            if verb is t:                      # "needs to withdraw": the complement's sense
                inner = next(c for c in t.children if c.dep_ == "xcomp")
            yield t, inner, ms[0]
