"""Requests and pledges retagged by the intent they express: rallies for or against a
third party, calls for talks with one's own adversary, negated intents ("vowed not to") and
vows to go on fighting ("vowed to continue the struggle against X") or to avenge an act."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from onrecord.extract import arguments as args
from onrecord.extract.speech_acts.event_edits import retag
from onrecord.extract.speech_acts.rules import speech_rules
from onrecord.extract.speech_acts.sides import owners_of, parties_of, same_side
from onrecord.extract.speech_acts.tokens import is_negated, token_at
from onrecord.extract.triggers import VERB_POS
from onrecord.schema import Event


def rallies(coder: Any, events: list[Event]) -> None:
    """"urged Congress to support the Mexican reform plan" (CAMEO 053 rally support on behalf
    of Mexico: SUPPORT), "urged other countries to unite against Russia" (CAMEO 113 rally
    opposition against Russia: ACCUSE): an appeal to others to back or oppose a third party is
    retagged in place, aimed at that party (data/speech_acts.yaml ``rally``)."""
    rule = speech_rules().get("rally") or {}
    backing, opposing = rule.get("support_verbs", ()), rule.get("oppose_verbs", ())
    joining = rule.get("against_verbs", ())
    doc = coder.doc
    for ev in events:
        if ev.event != "REQUEST":
            continue
        verb = token_at(doc, ev.trigger.start)
        if verb is None:
            continue
        punished = _punished(verb, rule)
        comp = next((t for t in verb.subtree if t.pos_ in VERB_POS and t.i > verb.i and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in t.children) and (
            t.head.i == verb.i or t.head.head.i == verb.i)), None)
        if comp is None and punished is None:
            continue
        lemma = comp.lemma_.lower() if comp is not None else ""
        obj = next((c for c in comp.children if c.dep_ == "dobj"), None) if comp else None
        against = next((g for c in comp.children if c.dep_ == "prep" and c.lower_ == "against"
                        for g in c.children if g.dep_ == "pobj"), None) if comp else None
        if against is None and obj is not None and obj.lemma_.lower() in rule.get(
                "protest_nouns", ()):
            against = _target_of(obj, rule)      # "to join a rally against the new law"
        if punished is not None:
            target, value = punished, rule.get("oppose_value", "ACCUSE 113 disapprove")
        elif lemma in backing and obj is not None:
            target, value = obj, rule.get("support_value", "SUPPORT 053")
        elif lemma in opposing and obj is not None or lemma in joining and against is not None:
            target, value = obj if lemma in opposing else against, rule.get(
                "oppose_value", "ACCUSE 113 disapprove")
        else:
            continue
        them = [m for m in owners_of(coder, target) if not any(
            same_side(m, a) for a in ev.actor)]
        asked = _addressees(coder, verb, comp, rule.get("addressee_preps", ()))
        if asked is None:
            asked = ev.recipient         # no one named as asked: whom the request is aimed at
        if not them or value == rule.get("support_value", "SUPPORT 053") and all(
                any(same_side(m, r) for r in asked) for m in them):
            continue      # "asked Uganda to recognize its new government": support asked of
            #               the party itself is a plain request (053 rallies third parties)
        event, *rest = str(value).split()
        retag(ev, event, " ".join(rest), "rally")      # "ACCUSE 113 disapprove": code and mode
        ev.recipient = [m.to_actor() for m in them]


def _addressees(coder: Any, verb: Token, comp: Token | None, preps) -> list | None:
    """The parties asked by ``verb``: its object ("urged Uganda to ...", "Uganda was urged"),
    the object of its "on" / "upon" / "to" / "with" / "for" phrase ("called on Uganda to ...")
    or the subject of what is asked ("called for Uganda to ..."); None when no one is named
    there ("urged the nations of the world" names someone, though no party)."""
    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children if g.dep_ == "pobj"]
    if comp is not None:
        asked += [c for c in comp.children if c.dep_ == "nsubj"]
    if not asked:
        return None
    return [m for t in asked for m in owners_of(coder, t)]


def _target_of(noun, rule: dict):
    """The party a protest or punishment noun is aimed at ("sanctions against Iran")."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in rule.get(
        "target_preps", ()) for g in c.children if g.dep_ == "pobj"), None)


def _punished(verb, rule: dict):
    """The target of a punishment asked for by ``verb`` ("called for sanctions against
    Iran", "urged a boycott of ..." is not read: only a named target after against / on)."""
    asked = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
        if g.dep_ == "pobj"]
    return next((t for n in asked if n.lemma_.lower() in rule.get("punish_nouns", ())
                 for t in [_target_of(n, rule)] if t is not None), None)


def own_requests(coder: Any, events: list[Event]) -> None:
    """A party calling for talks, a settlement or a ceasefire with its own adversary ("Israel
    called for talks with Syria", "Armenia called for an end to the conflict with Azerbaijan")
    expresses its own intent (CAMEO 026/027 usage notes: 036, 037, 0356; PLOVER AGREE); an
    adversary asking a third party to mediate its dispute expresses intent to accept mediation
    (CAMEO 028 note: 038). Appeals by third parties stay REQUEST. Retagged in place.
    Words: data/speech_acts.yaml ``own_requests``."""
    rule = speech_rules().get("own_requests") or {}
    codes: dict[str, str] = rule.get("nouns") or {}
    mediate = rule.get("mediate_verbs", ())
    disputes = rule.get("dispute_nouns", ())
    owns = rule.get("own_possessives", ())
    doc = coder.doc
    for ev in events:
        if ev.event != "REQUEST" or not ev.actor:
            continue
        verb = token_at(doc, ev.trigger.start)
        if verb is None or verb.pos_ not in VERB_POS:
            continue
        addressed = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
            for g in c.children if g.dep_ == "pobj"]
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"]
        comp = next((c for c in verb.children if c.dep_ == "xcomp"
                     and c.lemma_.lower() in mediate), None)
        if comp is not None:
            # "Sudan asked Egypt to mediate in its dispute with Ethiopia"
            own = [t for t in comp.subtree if t.lemma_.lower() in disputes and any(
                c.dep_ == "poss" and c.lower_ in owns for c in t.children)]
            if own and addressed:
                retag(ev, "AGREE", str(rule.get("mediation_code", "038")), "own request")
            continue
        for obj in objs:
            code = codes.get(obj.lemma_.lower())
            if code is None or any(m.token_start <= obj.i < m.token_end
                                   for m in coder.mentions([obj])):
                continue
            with_party = [m for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "with"
                          for m in parties_of(coder, t) if args.is_party(m)
                          and not any(same_side(m, a) for a in ev.actor)]
            if not with_party:
                continue
            if any(parties_of(coder, a) for a in addressed if a is not obj and not any(
                    t.i == a.i for t in obj.subtree)):
                break         # "urged Iran to hold talks with Iraq": asked of someone else
            retag(ev, "AGREE", str(code), "own request")
            ev.recipient = [with_party[0].to_actor()]
            break


def negated_intents(coder: Any, events: list[Event]) -> None:
    """"vowed not to step down" is a refusal to yield (CAMEO 12, REJECT), not an intent to
    yield; "pledged not to attack" is an intent to de-escalate (CAMEO 0356, AGREE), not a
    threat; "would not rule out the use of force" is a threat (CAMEO 138), not a rejection.
    Retagged in place (data/speech_acts.yaml ``negated_intent``)."""
    rule = speech_rules().get("negated_intent") or {}
    intent = rule.get("intent_lemmas", ())
    force = rule.get("force_nouns", ())
    rule_out = rule.get("rule_out_lemmas", ())
    reject_codes = ((coder.frames.get("complement_frames") or {}).get("reject") or {}).get(
        "codes") or {}
    doc = coder.doc
    for ev in events:
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None:
            continue
        if ev.event == "REJECT" and span[0].lemma_.lower() in rule_out and \
                is_negated(span[0]):
            obj = next((c for c in span[0].children if c.dep_ == "dobj"), None)
            words = {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
            if words & force:        # "would not rule out the use of force against Taiwan"
                retag(ev, "THREATEN", str(rule.get("force_code", "138")), "not rule out")
                ev.negated = ev.hypothetical = False
            continue
        if ev.event not in ("AGREE", "THREATEN") or span[0].lemma_.lower() not in intent:
            continue
        inner = next((t for t in span[1:] if t.pos_ in VERB_POS and is_negated(t)), None)
        m = coder.lex.match(inner) if inner is not None else None
        refused = (rule.get("refused_codes") or {}).get(ev.cameo[:3])
        if inner is not None and ev.event == "AGREE" and refused and (
                m is None or not m.sense.event) and inner.dep_ == "xcomp" and \
                inner.head.i == span[0].i:
            # "vowed not to stop fighting": the yielding the vow composed, refused
            retag(ev, "REJECT", str(refused), "vow not to")
            ev.negated = False
            continue
        if m is None or not m.sense.event:
            continue
        if ev.event == "AGREE":          # "vowed not to step down", "promised not to release"
            retag(ev, "REJECT", str(reject_codes.get(m.sense.event, "120")), "vow not to")
        else:                            # "pledged not to attack": de-escalation promised
            retag(ev, "AGREE", str(rule.get("restraint_code", "0356")), "pledge not to")
        ev.negated = False


def hostile_intents(coder: Any, events: list[Event]) -> None:
    """"The rebels vowed to continue their armed struggle against the government": a vow to go
    on fighting a named party is a threat of force (CAMEO 138) toward it, not an intent to
    cooperate; the vow's AGREE is retagged in place (data/speech_acts.yaml ``hostile_intent``;
    intent verbs from ``negated_intent``)."""
    rule = speech_rules().get("hostile_intent") or {}
    intent = (speech_rules().get("negated_intent") or {}).get("intent_lemmas", ())
    aspects, nouns = rule.get("aspect_verbs", ()), rule.get("nouns", ())
    preps = rule.get("party_preps", ())
    revenge = rule.get("revenge_verbs", ())
    doc = coder.doc
    for ev in events:
        verb = token_at(doc, ev.trigger.start) if ev.event == "AGREE" and ev.actor else None
        if verb is None or verb.lemma_.lower() not in intent or is_negated(verb):
            continue
        avenge = next((c for c in verb.children if c.dep_ == "xcomp" and
                       c.lemma_.lower() in revenge and not is_negated(c)), None)
        if avenge is not None:       # "vowed to avenge the raid by Chile": retaliation
            _revenge(coder, ev, avenge, rule)
            continue
        comp = next((c for c in verb.children if c.dep_ == "xcomp"
                     and c.lemma_.lower() in aspects and not is_negated(c)), None)
        noun = next((c for c in comp.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in nouns), None) if comp is not None else None
        if noun is None:
            continue
        them = [m for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj" for m in parties_of(coder, g)
                if args.is_party(m) and not any(same_side(m, a) for a in ev.actor)]
        if not them:
            continue
        retag(ev, "THREATEN", str(rule.get("code", "138")), "vow to fight on")
        ev.recipient = [them[0].to_actor()]


def _revenge(coder: Any, ev: Event, avenge: Token, rule: dict) -> None:
    """Retag the vow ``ev`` whose complement is ``avenge`` as a threat of force (CAMEO 138),
    aimed at the doer of the act avenged when it is named ("the raid by Chile", "the Chilean
    raid"), else at the vow's own other party."""
    obj = next((c for c in avenge.children if c.dep_ == "dobj"), None)
    them = [m for m in owners_of(coder, obj) if not any(same_side(m, a) for a in ev.actor)] \
        if obj is not None else []
    retag(ev, "THREATEN", str(rule.get("code", "138")), "vow to avenge")
    if them:
        ev.recipient = [them[0].to_actor()]
    elif ev.recipient and any(same_side(r, a) for r in ev.recipient for a in ev.actor):
        ev.recipient = []
