"""Threats read from what is said: warnings about a third party's possible action,
conditional responses ("would respond if X ..."), and reserved rights to use force."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import Any

from spacy.tokens import Token

from onrecord.extract import arguments as args
from onrecord.extract.speech_acts.event_edits import drop_covering, new_event, retag
from onrecord.extract.speech_acts.rules import speech_rules
from onrecord.extract.speech_acts.sides import countries_of, owners_of, parties_of, same_side
from onrecord.extract.speech_acts.targets import context_party
from onrecord.extract.speech_acts.tokens import (
    in_question,
    is_negated,
    sentence_index,
    to_clause,
    token_at,
    tokens_by_lemma,
)
from onrecord.extract.triggers import make_sense
from onrecord.schema import Actor, Event, Span


def third_party_warnings(coder: Any, events: list[Event]) -> list[Event]:
    """"X warned that Y could attack": X's warning is an ACCUSE toward Y (changed in place);
    Y's possible action is returned as a new hypothetical event reported by X."""
    rule = speech_rules().get("third_party_warning") or {}
    lemmas = rule.get("lemmas", ())
    light = rule.get("light_verbs", ())
    bearing = (coder.frames.get("speech_acts") or {}).get("bearing_verbs", ())
    inverted = set(rule.get("inverted_condition_aux", ()))
    doc = coder.doc
    out: list[Event] = []
    heads = set()
    for ev in events:
        tok = token_at(doc, ev.trigger.start)
        if tok is not None:
            heads.add(tok.i)
    for ev in list(events):
        if ev.event != "THREATEN":
            continue
        warn = token_at(doc, ev.trigger.start)
        if warn is None or warn.lemma_.lower() not in lemmas:
            continue
        comp = next((c for c in warn.children if c.dep_ in ("ccomp", "acl")
                     and c.pos_ in ("VERB", "AUX")), None)
        if comp is None:
            continue
        subj = args.clause_subject(comp)
        if subj is None or subj.lower_ in ("we", "i", "us"):
            continue
        if comp.lemma_.lower() in bearing:
            continue      # "warned that Iran would face consequences": Iran is threatened
        if any(c.dep_ == "aux" and c.lower_ in inverted and c.i < subj.i
               for c in comp.children):
            continue      # "warned of a response should Iran send ships": the threat's condition
        # the subject itself must name the party ("a conflict with Korea" names none)
        them = [m for m in coder.mentions([subj]) if (m.country or m.code) and (
            m.token_start <= subj.i < m.token_end or subj.i in coder.actors.groups)]
        own = countries_of(ev.actor)
        if not them or not own or countries_of(them) & own:
            continue      # the speaker's own side: a real threat ("said it would strike")
        retag(ev, rule.get("event", "ACCUSE"), str(rule.get("cameo", "112")), "warning about")
        ev.trigger = Span(warn.text, warn.idx, warn.idx + len(warn.text))
        ev.recipient = [m.to_actor() for m in them]
        ev.hypothetical = ev.future = ev.negated = False
        from onrecord.extract.dates import sentence_date

        sents = coder._sents
        ev.date, ev.date_text = sentence_date(sents[ev.sentence], coder.doc_date)
        if comp.i in heads:
            continue
        m = coder.lex.match(comp)
        if m is None or not m.sense.event:
            # "could stage an attack": the event noun under a light verb ("undermine the
            # ceasefire" is no ceasefire)
            obj = next((c for c in comp.children if c.dep_ == "dobj"), None) if \
                comp.lemma_.lower() in light else None
            m = coder.lex.match(obj) if obj is not None else None
        if m is None or not m.sense.event:
            continue
        cand = coder.candidate(m)
        if cand is None:
            continue
        inner = coder.to_event(cand, ev.sentence, sents[ev.sentence])
        if inner is None:
            continue
        inner.hypothetical = inner.hypothetical or any(
            c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would") for c in
            comp.children)
        if inner.hypothetical:
            inner.date = inner.date_text = None
        if inner.reported_by is None and ev.actor:
            inner.reported_by = ev.actor[0]
        heads.add(comp.i)
        out.append(inner)
    return out


def conditional_responses(coder: Any, lists: list[list[Event]]) -> list[Event]:
    """"The Kremlin said Moscow would respond in kind if NATO deployed missiles" (or "would
    respond to any NATO attack"): a threat by the speaker's side toward the party of the
    condition (or of the act answered; an act of "any" party is no event of its own and is
    dropped from ``lists``)."""
    rule = speech_rules().get("conditional_response") or {}
    marks, modals = rule.get("marks", ()), rule.get("modals", ())
    verbs = rule.get("verbs", ())
    doc = coder.doc
    covered = {e.trigger.start for events in lists for e in events}
    out: list[Event] = []
    for fs in coder.statements:
        me = fs.speaker.country or fs.speaker.code
        if not me:
            continue
        start, end = fs.content_tokens
        for verb in doc[start:end]:
            if verb.lemma_.lower() not in verbs or verb.pos_ not in ("VERB", "AUX"):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
                continue
            if any(c.dep_ == "neg" for c in verb.children) or verb.idx in covered:
                continue
            subj = args.clause_subject(verb)
            if subj is None:
                continue
            mine = countries_of(coder.mentions([subj]))
            if subj.lower_ not in ("we", "i") and me not in mine:
                continue      # someone else's reaction: not the speaker's threat
            cond = next((c for c in verb.children if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in marks for g in c.children)), None)
            csubj = args.clause_subject(cond) if cond is not None else None
            act = None
            if csubj is None:
                act = _provocation(coder, verb, rule)
                if act is None:
                    continue
                them = [m for m in owners_of(coder, act) if (m.country or m.code) != me]
            else:
                them = [m for m in coder.mentions([csubj]) if (m.country or m.code)
                        and (m.country or m.code) != me]
            if not them:
                continue
            if act is not None and any(c.dep_ == "det" and c.lower_ in rule.get(
                    "any_words", ()) for c in act.children):
                drop_covering(lists, act)     # "any Chilean attack": none has happened
            sents = coder._sents
            s_index = sentence_index(sents, verb.i)
            ev = Event(
                id="", event="", cameo="", goldstein=0.0, quad_class=0,
                trigger=Span(verb.text, verb.idx, verb.idx + len(verb.text)),
                sentence=s_index, text=sents[s_index].text, actor=[fs.speaker],
                recipient=[m.to_actor() for m in them], statement=fs.id or None,
                confidence=0.5)
            retag(ev, rule.get("event", "THREATEN"), str(rule.get("cameo", "130")),
                   "conditional response")
            from onrecord.extract.dates import sentence_date

            ev.date, ev.date_text = sentence_date(sents[s_index], coder.doc_date)
            covered.add(verb.idx)
            out.append(ev)
    return out


def _provocation(coder: Any, verb, rule: dict):
    """The hostile act a reaction answers ("respond militarily to any Chilean attack" ->
    "attack"): an event noun of a hostile type under one of the rule's prepositions."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in rule.get("answer_preps", ()):
            continue
        for obj in c.children:
            m = coder.lex.match(obj) if obj.dep_ == "pobj" and obj.pos_ == "NOUN" else None
            if m is not None and m.sense.event in rule.get("provocation_types", ()):
                return obj
    return None


def reserved_rights(coder: Any, lists: list[list[Event]]) -> list[Event]:
    """"Iran reserves the right to respond militarily to any attack by Israel": claiming the
    right to use force or retaliate is a threat (CAMEO 138) toward the party named in it (or
    the context's other party). Questions claim nothing; conditions and negation set the
    event's flags (data/speech_acts.yaml ``reserved_right``)."""
    rule = speech_rules().get("reserved_right") or {}
    responses = (speech_rules().get("conditional_response") or {}).get("verbs", frozenset())
    verbs = responses | rule.get("verbs", frozenset())
    rights = rule.get("right_nouns", ())
    covered = {e.trigger.start for events in lists for e in events}
    out: list[Event] = []
    for verb in _open_claims(coder, rule.get("claim_verbs", ()), covered):
        right = next((c for c in verb.children if c.dep_ == "dobj"
                      and c.lemma_.lower() in rights), None)
        act = to_clause(right, ("acl", "relcl")) if right is not None else None
        if act is None or act.lemma_.lower() not in verbs:
            continue
        subj = args.clause_subject(verb)
        actors = parties_of(coder, subj) if subj is not None else []
        them = [m for t in act.subtree if t.i != act.i for m in parties_of(coder, t)
                if args.is_party(m) and not any(same_side(m, a) for a in actors)]
        if not actors:
            continue
        sense = make_sense("THREATEN", str(rule.get("code", "138")), "reserve the right")
        for t in act.subtree:
            if t.i != act.i:
                drop_covering(lists, t)     # "to any attack by Israel": the condition
        ev = new_event(coder, act, sense, actors, them[:1], 0.5, start=verb)
        if not them:       # "reserves the right to respond": the context's other party
            speaker = SimpleNamespace(speaker=actors[0].to_actor())
            party = context_party(coder, speaker, ev.sentence, ev.event,
                                  [e for events in lists for e in events] + out)
            if party is not None:
                ev.recipient = [party if isinstance(party, Actor) else party.to_actor()]
        out.append(ev)
        covered.add(verb.idx)
    return out


def demands_or_else(coder: Any, events: list[Event]) -> None:
    """"Iraq demanded that Kuwait pay within a week or face military action": a demand whose
    alternative is a penalty for the addressee is a threat (CAMEO 139 note: simply a threat,
    130, unless called an ultimatum); the demand's events are retagged in place
    (data/speech_acts.yaml ``demand_or_else``)."""
    rule = speech_rules().get("demand_or_else") or {}
    bearing = rule.get("verbs", ())
    ors, types = rule.get("conjunctions", ()), rule.get("types", ())
    value = str(rule.get("value", "THREATEN 130")).split()
    for ev in events:
        if ev.event not in types:
            continue
        tok = token_at(coder.doc, ev.trigger.start)
        if tok is None or in_question(coder._sents, tok.i):
            continue
        if any(t.dep_ == "conj" and t.lemma_.lower() in bearing and t.head.i != tok.i
               and any(c.dep_ == "cc" and c.lower_ in ors for c in t.head.children)
               for t in tok.subtree):
            retag(ev, value[0], value[1], "demand or else")


def raised_prospects(coder: Any, lists: list[list[Event]]) -> list[Event]:
    """"Ottawa floated the prospect of suspending its talks with Oslo": floating one's own
    hostile act is a threat (CAMEO 13) toward the party it would hit, coded by the act's type;
    the act itself is not done and its event is dropped (data/speech_acts.yaml
    ``raised_prospect``)."""
    rule = speech_rules().get("raised_prospect") or {}
    nouns, codes = rule.get("nouns", ()), rule.get("codes") or {}
    covered = {e.trigger.start for events in lists for e in events}
    out: list[Event] = []
    for verb in _open_claims(coder, rule.get("verbs", ()), covered):
        noun = next((c for c in verb.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in nouns), None)
        act = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ in ("pobj", "pcomp")), None) \
            if noun is not None else None
        m = coder.lex.match(act) if act is not None else None
        if m is None or m.sense.event not in codes:
            continue
        subj = args.clause_subject(verb)
        actors = parties_of(coder, subj) if subj is not None else []
        if not actors:
            continue
        them = [p for t in act.subtree if t.i != act.i for p in parties_of(coder, t)
                if args.is_party(p) and not any(same_side(p, a) for a in actors)]
        for t in act.subtree:
            drop_covering(lists, t)          # the act floated is not done
        sense = make_sense("THREATEN", str(codes[m.sense.event]), "raise the possibility")
        out.append(new_event(coder, noun, sense, actors, them[:1], 0.5, start=verb))
        covered.add(verb.idx)
    return out


def idle_bystanders(coder: Any, events: list[Event]) -> None:
    """"Moscow will not stand idly by if Kiev attacks": refusing to stay passive is a threat
    (CAMEO 130), not a refused support; such events are retagged in place (data/speech_acts.yaml
    ``idle_bystander``)."""
    rule = speech_rules().get("idle_bystander") or {}
    verbs, adverbs = rule.get("verbs", ()), rule.get("adverbs", ())
    event, code = str(rule.get("value", "THREATEN 130")).split()[:2]
    doc = coder.doc
    for ev in events:
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        verb = next((t for t in span or [] if t.lemma_.lower() in verbs), None)
        if verb is None or not is_negated(verb) or not any(
                c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children):
            continue
        retag(ev, event, code, "not stand idly by")
        ev.negated = False


def _open_claims(coder: Any, lemmas: Iterable[str], covered: set[int]) -> Iterator[Token]:
    """Verbs of these lemmas that no event covers yet and that are neither negated nor asked."""
    for verb in tokens_by_lemma(coder, lemmas):
        if not (verb.idx in covered or is_negated(verb) or in_question(coder._sents, verb.i)):
            yield verb
