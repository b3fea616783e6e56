"""Verbal acts named by a noun or label: a rejection answers whoever made the
criticism, acts received "from" someone, and naming a party's act ("called it illegal")."""

from __future__ import annotations

from typing import Any

from onrecord.extract import arguments as args
from onrecord.extract.speech_acts.event_edits import drop_covering, new_event
from onrecord.extract.speech_acts.rules import speech_rules
from onrecord.extract.speech_acts.sides import countries_of, owners_of, parties_of, two_sides
from onrecord.extract.speech_acts.tokens import in_question, token_at, tokens_by_lemma
from onrecord.extract.triggers import VERB_POS, make_sense
from onrecord.schema import Event


def answered_acts(coder: Any, events: list[Event]) -> None:
    """"Washington rejected the criticism": a rejection of an unowned criticism, demand or
    proposal is aimed at whoever made it in the story's last such event (up to three sentences
    back); the recipient is set in place."""
    doc = coder.doc
    for n, ev in enumerate(events):
        if ev.event != "REJECT":
            continue
        verb = token_at(doc, ev.trigger.start)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
        if obj is None or any(c.dep_ == "poss" for c in obj.children) or \
                coder.mentions([obj]):
            continue
        m = coder.lex.match(obj)
        if m is None or not m.sense.event:
            continue
        own = countries_of(ev.actor)
        for prev in reversed(events[:n]):
            if prev.event == m.sense.event and ev.sentence - 3 <= prev.sentence <= ev.sentence \
                    and prev.actor and not (countries_of(prev.actor) & own):
                ev.recipient = list(prev.actor)
                break


def received_acts(coder: Any, lists: list[list[Event]]) -> list[Event]:
    """"The raid drew condemnation from Turkey", "the junta came under criticism from Japan",
    "the deal won praise from Washington", "the base came under attack by rebels", "Haiti
    received aid from Cuba": an act received by the subject comes from the party of the "from"
    (or "by") phrase (data/speech_acts.yaml ``received``)."""
    rule = speech_rules().get("received") or {}
    verbs, under = rule.get("verbs", ()), rule.get("under_verbs", ())
    types = rule.get("types", ())
    out: list[Event] = []
    withs = rule.get("with_verbs", ())
    nouns = [c for v in tokens_by_lemma(coder, verbs) for c in v.children if c.dep_ == "dobj"] + [
        c for p in tokens_by_lemma(coder, ["under", "with"]) for c in p.children if c.dep_ == "pobj"]
    for n in sorted(nouns, key=lambda t: t.i):
        if n.pos_ != "NOUN":
            continue
        if n.dep_ == "dobj" and n.head.lemma_.lower() in verbs:
            gov = n.head
        elif n.dep_ == "pobj" and (n.head.lower_ == "under" and n.head.head.lemma_.lower() in under
                                   or n.head.lower_ == "with" and n.head.head.lemma_.lower() in withs):
            gov = n.head.head            # "came under criticism", "met with criticism from"
        else:
            continue
        m = coder.lex.match(n)
        if m is None or m.sense.event not in types:
            continue
        source = next((g for t in (n, gov) for c in t.children if c.dep_ in ("prep", "agent")
                       and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj"),
                      None)      # ("came under attack by rebels")
        source = source or next((g for c in n.children if c.dep_ == "prep" and c.lower_ in rule.get(
            "giver_preps", ()) for g in c.children if g.dep_ == "pobj"), None)
        subj = args.clause_subject(gov)
        if source is None or subj is None or in_question(coder._sents, gov.i):
            continue          # "will the raid draw condemnation from ...?" asks
        givers = [x for x in parties_of(coder, source) if x.kind != "pronoun"]
        them = owners_of(coder, subj)
        if not two_sides(givers, them):
            continue
        drop_covering([*lists, out], n)
        drop_covering([*lists, out], gov)      # ("met with": no meeting)
        out.append(new_event(coder, n, m.sense, givers, them, 0.55, start=gov))
    return out


def naming_acts(coder: Any, lists: list[list[Event]]) -> list[Event]:
    """"China called the American sanctions illegal", "Egypt described the Ethiopian decision
    as a violation of international law", "called Iran a terrorist state": naming a party or its
    act with a word of accusation (or praise) is that act toward the party, as is naming an act
    "in what X called a terrorist attack" toward its doer (speech-act words of
    triggers_speech.yaml; naming verbs in data/speech_acts.yaml ``naming``)."""
    rule = speech_rules().get("naming") or {}
    verbs = rule.get("verbs", ())
    spec = coder.frames.get("speech_acts") or {}
    cues: dict[str, str] = spec.get("words") or {}
    out: list[Event] = []
    for verb in tokens_by_lemma(coder, verbs):
        if verb.pos_ not in VERB_POS:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        label = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp")
                      and c.i > (obj.i if obj is not None else verb.i)), None)
        label = label or next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                               for g in c.children if g.dep_ == "pobj"), None)
        if obj is None or label is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        # the label's modifiers, and what an "act of" names ("an act of aggression")
        heads = [label, *(g for c in label.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj")]
        words = [w for h in heads for w in (h, *(c for c in h.children
                                                  if c.dep_ in ("amod", "compound")))]
        value = next((cues.get(w.lemma_.lower()) or cues.get(w.lower_) for w in words
                      if cues.get(w.lemma_.lower()) or cues.get(w.lower_)), None)
        subj = args.clause_subject(verb)
        if value is None or subj is None or in_question(coder._sents, verb.i):
            continue
        event, *rest = value.split()
        if event not in rule.get("types", ()):
            continue
        # "shelled a school in what it called a terrorist attack": the named thing is the act
        # the "in" phrase hangs from, its doer the one accused (and "it" is the sayer)
        act = verb.head.head if obj.tag_ == "WP" and verb.dep_ == "pcomp" and \
            verb.head.dep_ == "prep" and verb.head.head.pos_ in VERB_POS else None
        doer = args.clause_subject(act) if act is not None else None
        actors = [x for x in parties_of(coder, subj) if act is not None or x.kind != "pronoun"]
        them = owners_of(coder, doer) if doer is not None else owners_of(coder, obj)
        if not two_sides(actors, them):
            continue
        drop_covering([*lists, out], obj)
        drop_covering([*lists, out], verb)
        out.append(new_event(coder, verb, make_sense(event, " ".join(rest), "naming"),
                              actors, them, 0.55))
    return out
