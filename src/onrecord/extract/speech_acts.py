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
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

import numpy
import yaml
from spacy.attrs import LEMMA

from onrecord.extract import arguments as args
from onrecord.extract.model import FoundStatement
from onrecord.extract.triggers import VERB_POS, make_sense
from onrecord.ontology import cameo_info
from onrecord.schema import Actor, Event, Span


def _sentence_index(sents: list, token_i: int) -> int:
    for n, s in enumerate(sents):
        if s.start <= token_i < s.end:
            return n
    return 0


CLIMB_DEPS = frozenset({"attr", "acomp", "dobj", "pobj", "prep", "amod", "compound", "conj",
                        "oprd", "appos", "npadvmod", "advmod", "nmod", "neg", "aux",
                        "det"})
PREDICATE_DEPS = frozenset({"attr", "oprd", "acomp", "appos", "ROOT", "ccomp"})


def _cue_hits(doc, start: int, end: int, cues: dict[str, str],
              labels: frozenset[str] | set[str] = frozenset()):
    """(token index, length, value) of every content cue word or phrase in doc[start:end].
    A labelling noun ("terrorist", "liar") counts only when said of someone ("they are
    terrorists", "called them criminals"), not when it names whom an act concerns ("killed
    several terrorists")."""
    phrases = {k: v for k, v in cues.items() if " " in k}
    out = []
    for t in doc[start:end]:
        value = cues.get(t.lemma_.lower()) or cues.get(t.lower_)
        head = t
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if t.pos_ == "ADJ" and head.dep_ == "amod" or t.pos_ == "PROPN":
            continue          # "illegal aliens", "the Criminal Court": names and descriptions
        if t.lemma_.lower() in labels and t.pos_ == "NOUN":
            if head.dep_ not in PREDICATE_DEPS:
                continue
        if value and " " not in t.lemma_:
            out.append((t.i, 1, value))
    if phrases:
        text = doc[start:end].text.lower()
        for phrase, value in phrases.items():
            pos = text.find(phrase)
            if pos >= 0:
                char = doc[start].idx + pos
                tok = next((t for t in doc[start:end] if t.idx >= char), None)
                if tok is not None:
                    out.append((tok.i, len(phrase.split()), value))
    return sorted(out)


@cache
def speech_rules() -> dict:
    """The speech-act rules of data/speech_acts.yaml, read once."""
    text = resources.files("onrecord.extract").joinpath("data/speech_acts.yaml").read_text()
    return yaml.safe_load(text) or {}


def _token_at(doc, char: int):
    """The token starting at character ``char`` (None when none does)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _countries(ms: list) -> set:
    return {m.country or m.code for m in ms if m.country or m.code}


def _retag(ev: Event, event: str, cameo: str, pattern: str) -> None:
    sense = make_sense(event, cameo, pattern)
    info = cameo_info(sense.cameo)
    ev.event, ev.cameo, ev.mode = sense.event, sense.cameo, sense.mode
    ev.goldstein, ev.quad_class = float(info.goldstein), int(info.quad_class)
    ev.context = list(sense.context)


def declined_comments(coder: Any, events: list[Event]) -> None:
    """"refused to comment on the arrest", "refused to say whether ...": declining to comment
    is a statement (CAMEO 011, no PLOVER event), not a rejection; such events are dropped."""
    skip = set(speech_rules().get("comment_verbs", ()))
    doc = coder.doc
    keep = []
    for ev in events:
        verb = _token_at(doc, ev.trigger.start) if ev.event == "REJECT" else None
        if verb is not None and ev.trigger.end <= verb.idx + len(verb.text) and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in skip for c in verb.children):
            continue
        keep.append(ev)
    events[:] = keep


def dismissed_charges(coder: Any, events: list[Event]) -> None:
    """"the accusations by Britain were baseless": a charge named only to be dismissed is the
    speaker's denial (CAMEO 016, no PLOVER event), as "rejected the accusations" is; the noun
    is not coded as an accusation of its own."""
    words = set(speech_rules().get("dismissive_words", ()))
    doc = coder.doc
    keep = []
    for ev in events:
        noun = _token_at(doc, ev.trigger.start) if ev.event == "ACCUSE" else None
        if noun is not None and noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in words
                        for c in noun.head.children):
            continue
        keep.append(ev)
    events[:] = keep


def concerns(coder: Any, events: list[Event]) -> None:
    """Concern is disapproval (CAMEO 110) only when voiced over a party's own act ("concern
    over Pakistani missile tests", "Russia's deployment"); concern for someone, about a place,
    a fate or victims ("concern for the president's health", "about the fighting in Gaza") is
    an empathetic or pessimistic comment (CAMEO 018 / 012, no PLOVER event): dropped."""
    rule = speech_rules().get("concern") or {}
    nouns, preps = set(rule.get("nouns", ())), set(rule.get("topic_preps", ()))
    doc = coder.doc
    keep = []
    for ev in events:
        if ev.event != "ACCUSE" or not ev.recipient:
            keep.append(ev)
            continue
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        noun = next((t for t in span if t.pos_ == "NOUN" and t.lemma_.lower() in nouns),
                    None) if span is not None else None
        if noun is None:
            keep.append(ev)
            continue
        owners = set()
        for p in [c for t in (noun, noun.head) for c in t.children
                  if c.dep_ == "prep" and c.lower_ in preps]:
            for topic in (g for g in p.children if g.dep_ == "pobj"):
                for t in [topic, *topic.conjuncts]:
                    owners.update(c.i for c in t.children if c.dep_ in (
                        "poss", "amod", "compound", "nmod"))
                    owners.update(g.i for c in t.children if c.dep_ == "agent"
                                  or c.dep_ == "prep" and c.lower_ == "by"
                                  for g in c.children if g.dep_ == "pobj")
        ranges = [(r.start, r.end) for r in ev.recipient]
        if any(doc[i].idx < end and doc[i].idx + len(doc[i].text) > start
               for i in owners for start, end in ranges):
            keep.append(ev)
    events[:] = keep


def third_party_warnings(coder: Any, events: list[Event]) -> list[Event]:
    """"X warned that Y could attack": X's warning is an ACCUSE toward Y (changed in place);
    Y's possible action is returned as a new hypothetical event reported by X."""
    rule = speech_rules().get("third_party_warning") or {}
    lemmas = set(rule.get("lemmas", ()))
    light = set(rule.get("light_verbs", ()))
    doc = coder.doc
    out: list[Event] = []
    heads = set()
    for ev in events:
        tok = _token_at(doc, ev.trigger.start)
        if tok is not None:
            heads.add(tok.i)
    for ev in list(events):
        if ev.event != "THREATEN":
            continue
        warn = _token_at(doc, ev.trigger.start)
        if warn is None or warn.lemma_.lower() not in lemmas:
            continue
        comp = next((c for c in warn.children if c.dep_ in ("ccomp", "acl")
                     and c.pos_ in ("VERB", "AUX")), None)
        if comp is None:
            continue
        subj = args.clause_subject(comp)
        if subj is None or subj.lower_ in ("we", "i", "us"):
            continue
        # the subject itself must name the party ("a conflict with Korea" names none)
        them = [m for m in coder.mentions([subj]) if (m.country or m.code) and (
            m.token_start <= subj.i < m.token_end or subj.i in coder.actors.groups)]
        own = {a.country or a.code for a in ev.actor if a.country or a.code}
        if not them or not own or _countries(them) & own:
            continue      # the speaker's own side: a real threat ("said it would strike")
        _retag(ev, rule.get("event", "ACCUSE"), str(rule.get("cameo", "112")), "warning about")
        ev.trigger = Span(warn.text, warn.idx, warn.idx + len(warn.text))
        ev.recipient = [m.to_actor() for m in them]
        ev.hypothetical = ev.future = ev.negated = False
        from onrecord.extract.dates import sentence_date

        sents = list(doc.sents) if not hasattr(coder, "_sents") else coder._sents
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


def conditional_responses(coder: Any, events: list[Event]) -> list[Event]:
    """"The Kremlin said Moscow would respond in kind if NATO deployed missiles": a threat by
    the speaker's side toward the party of the condition."""
    rule = speech_rules().get("conditional_response") or {}
    marks, modals = set(rule.get("marks", ())), set(rule.get("modals", ()))
    verbs = set(rule.get("verbs", ()))
    doc = coder.doc
    covered = {e.trigger.start for e in events}
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
            mine = _countries(coder.mentions([subj]))
            if subj.lower_ not in ("we", "i") and me not in mine:
                continue      # someone else's reaction: not the speaker's threat
            cond = next((c for c in verb.children if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in marks for g in c.children)), None)
            csubj = args.clause_subject(cond) if cond is not None else None
            if csubj is None:
                continue
            them = [m for m in coder.mentions([csubj]) if (m.country or m.code)
                    and (m.country or m.code) != me]
            if not them:
                continue
            sents = coder._sents
            s_index = _sentence_index(sents, verb.i)
            ev = Event(
                id="", event="", cameo="", goldstein=0.0, quad_class=0,
                trigger=Span(verb.text, verb.idx, verb.idx + len(verb.text)),
                sentence=s_index, text=sents[s_index].text, actor=[fs.speaker],
                recipient=[m.to_actor() for m in them], statement=fs.id or None,
                confidence=0.5)
            _retag(ev, rule.get("event", "THREATEN"), str(rule.get("cameo", "130")),
                   "conditional response")
            from onrecord.extract.dates import sentence_date

            ev.date, ev.date_text = sentence_date(sents[s_index], coder.doc_date)
            covered.add(verb.idx)
            out.append(ev)
    return out


def answered_acts(coder: Any, events: list[Event]) -> None:
    """"Washington rejected the criticism": a rejection of an unowned criticism, demand or
    proposal is aimed at whoever made it in the story's last such event (up to three sentences
    back); the recipient is set in place."""
    doc = coder.doc
    for n, ev in enumerate(events):
        if ev.event != "REJECT":
            continue
        verb = _token_at(doc, ev.trigger.start)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
        if obj is None or any(c.dep_ == "poss" for c in obj.children) or \
                coder.mentions([obj]):
            continue
        m = coder.lex.match(obj)
        if m is None or not m.sense.event:
            continue
        own = {a.country or a.code for a in ev.actor}
        for prev in reversed(events[:n]):
            if prev.event == m.sense.event and ev.sentence - 3 <= prev.sentence <= ev.sentence \
                    and prev.actor and not ({a.country or a.code for a in prev.actor} & own):
                ev.recipient = list(prev.actor)
                break


def speech_act_events(coder: Any, events: list[Event]) -> list[Event]:
    """Extra events for statements whose content is a speech act toward someone."""
    answered_acts(coder, events)
    declined_comments(coder, events)
    dismissed_charges(coder, events)
    concerns(coder, events)
    extra = third_party_warnings(coder, events)
    extra += conditional_responses(coder, events + extra)
    folded: dict[int, Any] = {}
    extra += directives(coder, events + extra, folded)
    extra += received_acts(coder, [events, extra])
    extra += naming_acts(coder, [events, extra])
    rallies(coder, events + extra)
    own_requests(coder, events + extra)
    negated_intents(coder, events + extra)
    extra += reserved_rights(coder, [events, extra])
    said = _speech_act_events(coder, events + extra, folded)
    # "'It is essential that Iran release the sailors,' the minister said": the act demanded
    # is the demand's content, not an event of its own (as "agreed to withdraw" is one event)
    events[:] = [e for e in events if not (
        e.trigger.start in folded and e.actor and (folded[e.trigger.start] is None or any(
            same_side(a, folded[e.trigger.start]) for a in e.actor)))]
    return extra + said


def _by_lemma(coder: Any, lemmas) -> list:
    """The tokens of the document whose lemma is one of ``lemmas``, in order (a vectorised
    look-up on the lemma column, computed once per Doc)."""
    doc = coder.doc
    column = getattr(coder, "_lemma_column", None)
    if column is None or column[0] is not doc:
        column = (doc, doc.to_array([LEMMA]))
        coder._lemma_column = column
    strings = doc.vocab.strings
    hits = numpy.nonzero(numpy.isin(column[1], [strings[w] for w in lemmas]))[0]
    return [doc[int(i)] for i in hits]


def _parties(coder: Any, tok) -> list:
    """The parties (states, bodies, groups with a code) ``tok`` stands for."""
    return [m for m in coder.mentions([tok]) if (m.country or m.code)
            and not args.is_newsroom(m)]


def _to_clause(verb, deps: tuple[str, ...] = ("xcomp",)):
    """The infinitival clause ("to supply tanks") hanging from ``verb`` by one of ``deps``."""
    return next((c for c in verb.children if c.dep_ in deps and c.pos_ in VERB_POS
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def _directive_target(verb, spec: dict):
    """(addressee, content verb, kind) of a directive: "asked Germany to supply tanks" (object
    control), "was told by Washington to leave" (passive), "insisted that London release the
    tanker" (a mandative subjunctive: base form with its own subject) -> "request"; "gave Qatar
    ten days (until Friday) to close the station" -> "ultimatum"."""
    lemma = verb.lemma_.lower()
    if lemma in spec.get("control_verbs", {}):
        comp = _to_clause(verb)
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if comp is not None and obj is not None:
            return obj, comp, "request"
        comp = _to_clause(verb, ("ccomp",))     # "wants Beijing to release ...", parsed as a
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None) if comp else None
        if subj is not None:                    # clause with its own subject
            return subj, comp, "request"
    if lemma in set(spec.get("mandative_verbs", ())):
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP")
                     and c.lemma_ not in ("be", "have")), None)
        if comp is not None and not any(c.dep_ in ("aux", "auxpass") for c in comp.children):
            subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
            # (a present plural after a present verb may be plain present: "insists that they
            # remain"; a bare verb with a singular subject or after a past verb is subjunctive)
            if subj is not None and subj.pos_ != "PRON" and (
                    comp.tag_ == "VB" or subj.tag_ in ("NN", "NNP") or verb.tag_ == "VBD"):
                return subj, comp, "request"
    if lemma in set(spec.get("ultimatum_verbs", ())):
        units = set(spec.get("deadline_units", ()))
        limit = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod")
                      and c.lemma_.lower() in units and any(
                          g.dep_ == "nummod" for g in c.children)), None)
        limit = limit or next((c for c in verb.children if c.dep_ == "prep"
                               and c.lower_ in ("until", "till")), None)
        obj = next((c for c in verb.children if c.dep_ in ("dative", "dobj")
                    and c is not limit and c.pos_ in ("PROPN", "NOUN")), None)
        comp = _to_clause(verb, ("advcl", "xcomp")) or (
            _to_clause(limit, ("relcl", "acl")) if limit is not None else None)
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

    spec = speech_rules().get("directives") or {}
    control = spec.get("control_verbs") or {}
    leave = spec.get("leave_senses") or {}
    sents = coder._sents
    covered = {e.trigger.start for e in events}
    out: list[Event] = []
    lemmas = {*control, *spec.get("mandative_verbs", ()), *spec.get("ultimatum_verbs", ())}
    for verb in _by_lemma(coder, lemmas):
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
        if any(c.dep_ == "neg" for c in verb.children) or _asked(sents, verb.i) or \
                _blocked(verb, verb.sent.start, verb.sent.end,
                         {"blocking_marks": spec.get("blocking_marks", ())}, "REQUEST"):
            continue          # "did not ask", "if Kiev asks ...": no request made
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj"), None)
        speaker = agent if addressee.dep_ == "nsubjpass" else args.clause_subject(verb)
        if speaker is None or speaker.i == addressee.i:
            continue
        actors = _parties(coder, speaker)
        them = [m for m in _parties(coder, addressee) if args.is_party(m)
                and m.kind != "pronoun"]
        if not actors or not them or any(same_side(a, b) for a in actors for b in them):
            continue          # "ordered its troops to withdraw": orders within one side
        lemma = verb.lemma_.lower()
        if lemma in set(spec.get("foreign_only_verbs", ())) and any(
                a.country and a.country == b.country for a in actors for b in them):
            continue          # a government ordering its own people acts by authority, not by
            #                   request ("ordered the newspaper to suspend publication")
        if any(e.trigger.start <= verb.idx < e.trigger.end or e.trigger.start == comp.idx
               and e.event in ("REQUEST", "SANCTION", "THREATEN") for e in events):
            continue          # the event coder composed the pair ("asked Iran to talk")
        sense_value = leave.get(comp.lemma_.lower()) if lemma in set(
            spec.get("expelling_verbs", ())) else None
        if kind == "ultimatum":
            sense_value = spec.get("ultimatum_value", "THREATEN 139")
        if sense_value:
            event, *rest = str(sense_value).split()
            sense = make_sense(event, " ".join(rest), f"{lemma} + {comp.lemma_}")
        else:
            code = _request_code(coder, comp)
            sense = make_sense("REQUEST", code, f"{lemma} + {comp.lemma_}")
            if sense.cameo.startswith("10") and (control.get(lemma) == "appeal" or lemma in set(
                    spec.get("appeal_verbs", ()))):
                sense = replace(sense, cameo="02" + sense.cameo[2:])    # an appeal (CAMEO 02)
        info = cameo_info(sense.cameo)
        s_index = _sentence_index(sents, verb.i)
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


def _new_event(coder: Any, tok, sense, actors: list, them: list, confidence: float = 0.5,
               start=None) -> Event:
    """An event of ``sense`` by ``actors`` toward ``them``, triggered from ``start`` (default
    ``tok``) to the end of ``tok``, dated by its sentence."""
    from onrecord.extract.dates import sentence_date

    sents = coder._sents
    first = start if start is not None else tok
    s_index = _sentence_index(sents, tok.i)
    info = cameo_info(sense.cameo)
    date, date_text = sentence_date(sents[s_index], coder.doc_date)
    end = tok.idx + len(tok.text)
    return Event(
        id="", event=sense.event, cameo=sense.cameo, goldstein=float(info.goldstein),
        quad_class=int(info.quad_class), trigger=Span(coder.doc.text[first.idx:end], first.idx,
                                                      end),
        sentence=s_index, text=sents[s_index].text.strip(), mode=sense.mode,
        context=list(sense.context), actor=[actors[0].to_actor()],
        recipient=[m.to_actor() for m in them], date=date, date_text=date_text,
        statement=None, confidence=confidence)


def _owners(coder: Any, tok) -> list:
    """The parties ``tok`` names, or those its modifiers name ("the Israeli raid", "Russia's
    decision", "the sanctions by the US")."""
    found = [m for m in _parties(coder, tok) if args.is_party(m) and m.kind != "pronoun"]
    if found:
        return found
    mods = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    mods += [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
             for g in c.children if g.dep_ == "pobj"]
    return [m for t in mods for m in _parties(coder, t) if args.is_party(m)]


def _drop_covering(lists: list[list[Event]], tok) -> None:
    """Remove the events whose trigger covers ``tok`` (they read it with the wrong roles)."""
    for events in lists:
        events[:] = [e for e in events if not e.trigger.start <= tok.idx < e.trigger.end]


def received_acts(coder: Any, lists: list[list[Event]]) -> list[Event]:
    """"The raid drew condemnation from Turkey", "the junta came under criticism from Japan",
    "the deal won praise from Washington": a verbal act received by the subject comes from the
    party of the "from" phrase (data/speech_acts.yaml ``received``)."""
    rule = speech_rules().get("received") or {}
    verbs, under = set(rule.get("verbs", ())), set(rule.get("under_verbs", ()))
    types = set(rule.get("types", ()))
    out: list[Event] = []
    withs = set(rule.get("with_verbs", ()))
    nouns = [c for v in _by_lemma(coder, verbs) for c in v.children if c.dep_ == "dobj"] + [
        c for p in _by_lemma(coder, ["under", "with"]) for c in p.children if c.dep_ == "pobj"]
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
        source = next((g for t in (n, gov) for c in t.children if c.dep_ == "prep"
                       and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"), None)
        subj = args.clause_subject(gov)
        if source is None or subj is None:
            continue
        givers = [x for x in _parties(coder, source) if x.kind != "pronoun"]
        them = _owners(coder, subj)
        if not givers or not them or any(same_side(a, b) for a in givers for b in them):
            continue
        _drop_covering([*lists, out], n)
        _drop_covering([*lists, out], gov)      # ("met with": no meeting)
        out.append(_new_event(coder, n, m.sense, givers, them, 0.55, start=gov))
    return out


def naming_acts(coder: Any, lists: list[list[Event]]) -> list[Event]:
    """"China called the American sanctions illegal", "Egypt described the Ethiopian decision
    as a violation of international law", "called Iran a terrorist state": naming a party or its
    act with a word of accusation (or praise) is that act toward the party (speech-act words
    of triggers_speech.yaml; naming verbs in data/speech_acts.yaml ``naming``)."""
    rule = speech_rules().get("naming") or {}
    verbs = set(rule.get("verbs", ()))
    spec = coder.frames.get("speech_acts") or {}
    cues: dict[str, str] = spec.get("words") or {}
    out: list[Event] = []
    for verb in _by_lemma(coder, verbs):
        if verb.pos_ not in VERB_POS:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        label = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp")
                      and c.i > (obj.i if obj is not None else verb.i)), None)
        label = label or next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                               for g in c.children if g.dep_ == "pobj"), None)
        if obj is None or label is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        words = [label, *(c for c in label.children if c.dep_ in ("amod", "compound"))]
        value = next((cues.get(w.lemma_.lower()) or cues.get(w.lower_) for w in words
                      if cues.get(w.lemma_.lower()) or cues.get(w.lower_)), None)
        subj = args.clause_subject(verb)
        if value is None or subj is None or _asked(coder._sents, verb.i):
            continue
        event, *rest = value.split()
        if event not in set(rule.get("types", ())):
            continue
        actors = [x for x in _parties(coder, subj) if x.kind != "pronoun"]
        them = _owners(coder, obj)
        if not actors or not them or any(same_side(a, b) for a in actors for b in them):
            continue
        _drop_covering([*lists, out], obj)
        _drop_covering([*lists, out], verb)
        out.append(_new_event(coder, verb, make_sense(event, " ".join(rest), "naming"),
                              actors, them, 0.55))
    return out


def rallies(coder: Any, events: list[Event]) -> None:
    """"urged Congress to support the Mexican reform plan" (CAMEO 053 rally support on behalf
    of Mexico: SUPPORT), "urged other countries to unite against Russia" (CAMEO 113 rally
    opposition against Russia: ACCUSE): an appeal to others to back or oppose a third party is
    retagged in place, aimed at that party (data/speech_acts.yaml ``rally``)."""
    rule = speech_rules().get("rally") or {}
    backing, opposing = set(rule.get("support_verbs", ())), set(rule.get("oppose_verbs", ()))
    joining = set(rule.get("against_verbs", ()))
    doc = coder.doc
    for ev in events:
        if ev.event != "REQUEST":
            continue
        verb = _token_at(doc, ev.trigger.start)
        if verb is None:
            continue
        comp = next((t for t in verb.subtree if t.pos_ in VERB_POS and t.i > verb.i and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in t.children) and (
            t.head.i == verb.i or t.head.head.i == verb.i)), None)
        if comp is None:
            continue
        lemma = comp.lemma_.lower()
        obj = next((c for c in comp.children if c.dep_ == "dobj"), None)
        against = next((g for c in comp.children if c.dep_ == "prep" and c.lower_ == "against"
                        for g in c.children if g.dep_ == "pobj"), None)
        if lemma in backing and obj is not None:
            target, value = obj, rule.get("support_value", "SUPPORT 053")
        elif lemma in opposing and obj is not None or lemma in joining and against is not None:
            target, value = obj if lemma in opposing else against, rule.get(
                "oppose_value", "ACCUSE 113 disapprove")
        else:
            continue
        them = [m for m in _owners(coder, target) if not any(
            same_side(m, a) for a in ev.actor)]
        if not them:
            continue
        event, code, *mode = str(value).split()
        _retag(ev, event, code, "rally")
        ev.recipient = [m.to_actor() for m in them]


def own_requests(coder: Any, events: list[Event]) -> None:
    """A party calling for talks, a settlement or a ceasefire with its own adversary ("Israel
    called for talks with Syria", "Armenia called for an end to the conflict with Azerbaijan")
    expresses its own intent (CAMEO 026/027 usage notes: 036, 037, 0356; PLOVER AGREE); an
    adversary asking a third party to mediate its dispute expresses intent to accept mediation
    (CAMEO 028 note: 038). Appeals by third parties stay REQUEST. Retagged in place.
    Words: data/speech_acts.yaml ``own_requests``."""
    rule = speech_rules().get("own_requests") or {}
    codes: dict[str, str] = rule.get("nouns") or {}
    mediate = set(rule.get("mediate_verbs", ()))
    disputes = set(rule.get("dispute_nouns", ()))
    doc = coder.doc
    for ev in events:
        if ev.event != "REQUEST" or not ev.actor:
            continue
        verb = _token_at(doc, ev.trigger.start)
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
                c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in t.children)]
            if own and addressed:
                _retag(ev, "AGREE", str(rule.get("mediation_code", "038")), "own request")
            continue
        for obj in objs:
            code = codes.get(obj.lemma_.lower())
            if code == "036" and not ev.cameo.startswith("02"):
                continue      # a demand for talks stays a demand (CAMEO 106: by anyone)
            if code is None or any(m.token_start <= obj.i < m.token_end
                                   for m in coder.mentions([obj])):
                continue
            with_party = [m for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "with"
                          for m in _parties(coder, t) if args.is_party(m)
                          and not any(same_side(m, a) for a in ev.actor)]
            if not with_party:
                continue
            if any(_parties(coder, a) for a in addressed if a is not obj and not any(
                    t.i == a.i for t in obj.subtree)):
                break         # "urged Iran to hold talks with Iraq": asked of someone else
            _retag(ev, "AGREE", str(code), "own request")
            ev.recipient = [with_party[0].to_actor()]
            break


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never"
               for c in verb.children)


def negated_intents(coder: Any, events: list[Event]) -> None:
    """"vowed not to step down" is a refusal to yield (CAMEO 12, REJECT), not an intent to
    yield; "pledged not to attack" is an intent to de-escalate (CAMEO 0356, AGREE), not a
    threat; "would not rule out the use of force" is a threat (CAMEO 138), not a rejection.
    Retagged in place (data/speech_acts.yaml ``negated_intent``)."""
    rule = speech_rules().get("negated_intent") or {}
    intent = set(rule.get("intent_lemmas", ()))
    force = set(rule.get("force_nouns", ()))
    reject_codes = ((coder.frames.get("complement_frames") or {}).get("reject") or {}).get(
        "codes") or {}
    doc = coder.doc
    for ev in events:
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None:
            continue
        if ev.event == "REJECT" and span[0].lemma_.lower() == "rule" and _negated(span[0]):
            obj = next((c for c in span[0].children if c.dep_ == "dobj"), None)
            words = {t.lemma_.lower() for t in obj.subtree} if obj is not None else set()
            if words & force:        # "would not rule out the use of force against Taiwan"
                _retag(ev, "THREATEN", str(rule.get("force_code", "138")), "not rule out")
                ev.negated = ev.hypothetical = False
            continue
        if ev.event not in ("AGREE", "THREATEN") or span[0].lemma_.lower() not in intent:
            continue
        inner = next((t for t in span[1:] if t.pos_ in VERB_POS and _negated(t)), None)
        m = coder.lex.match(inner) if inner is not None else None
        if m is None or not m.sense.event:
            continue
        if ev.event == "AGREE":          # "vowed not to step down", "promised not to release"
            _retag(ev, "REJECT", str(reject_codes.get(m.sense.event, "120")), "vow not to")
        else:                            # "pledged not to attack": de-escalation promised
            _retag(ev, "AGREE", str(rule.get("restraint_code", "0356")), "pledge not to")
        ev.negated = False


def reserved_rights(coder: Any, lists: list[list[Event]]) -> list[Event]:
    """"Iran reserves the right to respond militarily to any attack by Israel": claiming the
    right to use force or retaliate is a threat (CAMEO 138) toward the party named in it (or
    the context's other party)."""
    rule = speech_rules().get("reserved_right") or {}
    verbs = set((speech_rules().get("conditional_response") or {}).get("verbs", ()))
    verbs |= set(rule.get("verbs", ()))
    covered = {e.trigger.start for events in lists for e in events}
    out: list[Event] = []
    for verb in _by_lemma(coder, ["reserve"]):
        if verb.idx in covered or _negated(verb):
            continue
        right = next((c for c in verb.children if c.dep_ == "dobj"
                      and c.lemma_.lower() == "right"), None)
        act = _to_clause(right, ("acl", "relcl")) if right is not None else None
        if act is None or act.lemma_.lower() not in verbs:
            continue
        subj = args.clause_subject(verb)
        actors = _parties(coder, subj) if subj is not None else []
        them = [m for t in act.subtree if t.i != act.i for m in _parties(coder, t)
                if args.is_party(m) and not any(same_side(m, a) for a in actors)]
        if not actors:
            continue
        sense = make_sense("THREATEN", str(rule.get("code", "138")), "reserve the right")
        for t in act.subtree:
            if t.i != act.i:
                _drop_covering(lists, t)     # "to any attack by Israel": the condition
        out.append(_new_event(coder, act, sense, actors, them[:1], 0.5, start=verb))
        covered.add(verb.idx)
    return out


def _content_tokens(comp, spec: dict) -> list:
    """The words of what a directive asks for ("to put pressure on Israel to stop the raids",
    "to remove the roadblocks"), without the clauses that set it in time or cause ("after the
    attack", "because ...") and relative clauses describing a party."""
    background = set(spec.get("background_preps", ()))
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


def _clause_verb(tok, start: int, end: int):
    """The verb (or content root) whose clause holds ``tok`` ("a flagrant violation" ->
    "were"); ``tok`` itself when it is a verb."""
    t = tok
    while t.pos_ not in VERB_POS and t.dep_ in CLIMB_DEPS and start <= t.head.i < end \
            and t.head.i != t.i:
        t = t.head
    return t


def _chain(tok, start: int, end: int) -> list:
    """``tok`` and its ancestors that lie inside the content doc[start:end]."""
    return [tok] + [a for a in tok.ancestors if start <= a.i < end]


def _blocked(tok, start: int, end: int, spec: dict, value: str,
             phrase: range | None = None) -> bool:
    """True when the cue is denied ("did nothing to violate", "is not lying"), conditional
    ("if Iran violates ...") or asked ("whether Turkey would violate ..."). A refusal or a
    demand may be negative ("will never accept", "should not impose"), and a negation inside
    a cue phrase is part of it ("will not go unpunished")."""
    marks = set(spec.get("blocking_marks", ()))
    negators = set(spec.get("negators", ()))
    others = set(spec.get("attributing_nouns", ()))
    negative_ok = value.split()[0] in ("REJECT", "REQUEST")
    phrase = phrase or range(tok.i, tok.i + 1)
    for a in _chain(tok, start, end):
        for c in a.children:
            if c.dep_ == "mark" and c.lower_ in marks:
                return True
            if not negative_ok and c.i not in phrase and (
                    c.dep_ == "neg" or c.lower_ in negators and c.dep_ in (
                        "dobj", "nsubj", "det", "advmod", "npadvmod")):
                return True
        if a.dep_ in ("relcl", "advcl") and a is not tok and a.head.i >= start and \
                any(c.dep_ == "mark" for c in a.children):
            return True
        if a.dep_ in ("acl", "ccomp") and a.head.pos_ == "NOUN" and \
                a.head.lemma_.lower() in others:
            return True       # "the US claim that Russia is in breach": the US accuses
    return False


def _nested(t, top) -> bool:
    """True when ``t`` sits in a relative, adverbial or complement clause under ``top``."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "advcl", "ccomp"):
            return True
        t = t.head
    return False


def _is_self(t, self_words: set) -> bool:
    """A first-person pronoun ("we", "our"; not the proper noun "US")."""
    return t.pos_ == "PRON" and t.lower_ in self_words


def _key(x) -> str:
    return (x.code or x.country or x.name or "").upper()


@cache
def _opposition_sectors() -> frozenset[str]:
    return frozenset(speech_rules().get("opposition_sectors", ()))


def same_side(a, b) -> bool:
    """Two actors of one side: the same code, one code extending the other ("RUS" and
    "RUSGOV"), or state bodies of one country ("CHNGOV", "CHNMIL"); a government and its
    rebels or opposition ("AFGGOV", "AFGREB") are two sides."""
    ka, kb = _key(a), _key(b)
    if ka and kb and (ka.startswith(kb) or kb.startswith(ka)):
        return True
    opposed = _opposition_sectors()
    return bool(a.country) and a.country == b.country and not any(
        (x.sector or "") in opposed or any(k[3:].startswith(o) for o in opposed)
        for x, k in ((a, ka), (b, kb)))


def _doer(tok, start: int, end: int):
    """Who is behind a subject that names no party: the antecedent of a relative pronoun and
    the owner or maker of a thing ("a missile system which violates ..." -> the one who
    developed it), at most two steps up."""
    t = tok
    for _ in range(3):
        if t is None:
            return None
        if t.tag_ in ("WDT", "WP") and t.head.dep_ == "relcl":
            t = t.head.head                   # the noun the relative clause describes
            continue
        if t.dep_ == "appos":
            t = t.head                        # "a missile system, the 9M729, which ..."
            continue
        if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in VERB_POS and \
                start <= t.head.i < end:
            t = args.clause_subject(t.head)
            continue
        return None
    return t


def _governor(tok):
    """The verb an object hangs from ("committed [war crimes]", "is in [violation]")."""
    t = tok.head
    while t.pos_ not in VERB_POS and t.head.i != t.i and t.dep_ in ("prep", "pobj", "dobj",
                                                                      "attr"):
        t = t.head              # ("the shelling was an act of aggression": "was")
    return t


def _under_victim_prep(t, top, victim: set) -> bool:
    """True when ``t`` hangs under an "on"/"against" phrase below ``top`` ("attacks on
    civilians": the civilians are the victims, not the doers)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in victim:
            return True
        t = t.head
    return False


def _target(coder: Any, fs: FoundStatement, tok, start: int, end: int, spec: dict,
            value: str = ""):
    """Whom the cue word is aimed at: an owner or by/of-phrase of the cue ("Russia's
    aggression", "a violation by Iran", "a pretext for the US to leave"), the subject of its
    clause ("Iran is lying", "Moscow's actions are provocative"), else another party inside
    that clause — never the speaker's side, never a party named only elsewhere in the content,
    never the object of a cue verb ("destabilise Ukraine": Ukraine is the victim)."""
    self_words = set(spec.get("self_words", ()))
    owner_preps = set(spec.get("owner_preps", ()))
    victim = set(spec.get("victim_preps", ()))
    doers = set(spec.get("doing_verbs", ()))

    def ok(m, pronouns: bool = False) -> bool:
        return (pronouns or m.kind != "pronoun") and args.is_party(m) and \
            not args.is_newsroom(m) and not same_side(m, fs.speaker)

    def parties(toks) -> list:
        out = []
        for t in toks:
            if t is None or not start <= t.i < end or _is_self(t, self_words):
                continue
            for m in coder.mentions([t]):          # "they are lying": whom they stands for
                if ok(m, t.lower_ != "it") and m not in out:   # ("it is unacceptable that")
                    out.append(m)
            for sub in t.subtree:          # "the Russian strikes", "the actions of Moscow"
                if sub.dep_ in ("poss", "amod", "compound", "pobj") and sub.i != t.i and \
                        not _nested(sub, t) and not _under_victim_prep(sub, t, victim):
                    for m in coder.mentions([sub]):
                        if ok(m) and m not in out:
                            out.append(m)
        return out

    near = [tok]
    if tok.pos_ == "ADJ" and tok.dep_ in ("amod", "acomp"):
        near.append(tok.head)          # "Russia's illegal annexation", "it is wrong of X"
    linked = []
    for n in near:
        for c in n.children:
            if c.dep_ == "poss":
                linked.append(c)
            elif c.dep_ in ("prep", "agent") and (c.lower_ in owner_preps or c.lower_ == "of"
                                                   and tok.pos_ == "ADJ" and n.pos_ != "NOUN"):
                # ("irresponsible of Trump to suggest ...": the one said to act so)
                linked.extend(g for g in c.children if g.dep_ == "pobj")
            elif n.pos_ == "NOUN" and c.dep_ in ("advcl", "acl", "relcl") and any(
                    g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
                linked.append(args.clause_subject(c))      # "a pretext for the US to leave"
    found = parties(linked)
    if found:
        return found[0]
    role = tok
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head
    if value.startswith("ACCUSE") and (role.dep_ in ("nsubj", "nsubjpass") or role.dep_ in (
            "dobj", "pobj") and _governor(role).lemma_.lower() not in doers):
        return None      # "to investigate human rights violations": no violator is named
    verb = _clause_verb(tok, start, end)
    subj = None
    if verb.pos_ in VERB_POS:
        subj = args.clause_subject(verb) or next(
            (c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "held responsible"
        noun = verb.head
        if subj is None and verb.dep_ in ("acl", "xcomp") and noun.pos_ == "NOUN":
            subj = args.clause_subject(noun)          # "Russia's efforts to destabilise"
            if subj is None and noun.dep_ == "conj":
                subj = args.clause_subject(noun.head)  # "Russia's intervention and efforts"
    elif verb.pos_ == "ADJ":
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    acting = value.split()[0] in set(spec.get("own_act_types", ()))
    if acting and subj is not None and role.dep_ in ("attr", "oprd") and \
            tok.lemma_.lower() in set(spec.get("label_nouns", ())):
        found = parties([subj])          # "India is a friend": the one so called
        if found:
            return found[0]
    if subj is not None and _is_self(subj, self_words):
        if not acting:
            return None                # "we violated nothing": the speaker's own side
        subj = None                    # "we will know what to do": aimed at someone else
    elif acting and subj is not None and any(
            not same_side(m, fs.speaker) for m in coder.mentions([subj]) if m.country or m.code):
        return None                    # "Israel saw a red line": another party's act
    if acting and tok.pos_ in VERB_POS:
        found = parties([c for c in tok.children if c.dep_ in ("dobj", "dative")] + [
            g for c in tok.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj"])             # "we appreciate Japan's help"
        if found:
            return found[0]
    if acting and verb.pos_ in VERB_POS:
        # "if they reach Syria, we will know what to do": the party of the condition
        for c in verb.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in c.subtree):
                found = parties([t for t in c.subtree if t.dep_ in (
                    "nsubj", "nsubjpass", "dobj", "pobj")])
                if found:
                    return found[0]
    found = parties([subj]) or parties([_doer(subj, start, end)])
    if found:
        return found[0]
    skip = set()
    if tok.pos_ in VERB_POS:
        skip = {t.i for c in tok.children if c.dep_ in ("dobj", "prep", "dative")
                for t in c.subtree}
    skip |= {t.i for p in verb.subtree if p.dep_ == "prep" and p.lower_ in victim
             for t in p.subtree}        # "propaganda aimed at Kabul": Kabul is the target
    clause = {t.i for t in verb.subtree if start <= t.i < end and t.i != tok.i
              and t.i not in skip and not _nested(t, verb)}
    if value.startswith("ACCUSE"):
        return None      # an accusation names its target as owner or subject, never by chance
    mentions = [m for m in coder.actors.mentions if any(
        m.token_start <= i < m.token_end for i in clause) and ok(m)]
    if mentions:
        return min(mentions, key=lambda m: abs(m.token_start - tok.i))
    return None


def _self_subject(coder: Any, fs: FoundStatement, tok, start: int, end: int, spec: dict) -> bool:
    """True when the cue's clause has the speaker's own side as subject ("we will never
    accept", "Beijing would never accept"), or a thing rather than a party ("lifting the ban is
    out of the question": the speaker refuses it)."""
    verb = _clause_verb(tok, start, end)
    subj = args.clause_subject(verb) if verb.pos_ in VERB_POS else None
    if subj is None:
        return False
    if subj.pos_ in ("NOUN", "VERB") and not any(
            coder.mentions([t]) for t in subj.subtree):
        return True
    if _is_self(subj, set(spec.get("self_words", ()))):
        return True
    return any(same_side(m, fs.speaker) for m in coder.mentions([subj]))


def _context_party(coder: Any, fs: FoundStatement, s_index: int, event: str,
                   events: list[Event]):
    """The party a self-directed act answers when its clause names none ("We have no reason to
    revise our stance" after "Moscow is not going to abandon the deal despite Israeli
    criticism"): the recipient of the speaker's side's last act of the same type up to four
    sentences back, else the last other party named in the sentence or the two before it (as
    the event coder reads a missing recipient)."""
    for ev in reversed(events):
        if ev.event == event and s_index - 4 <= ev.sentence <= s_index and ev.recipient and \
                ev.actor and same_side(ev.actor[0], fs.speaker) and \
                not same_side(ev.recipient[0], fs.speaker):
            return ev.recipient[0]
    sents = coder._sents
    lo = sents[max(0, s_index - 2)].start
    hi = sents[s_index].end
    found = None
    for m in coder.actors.mentions:
        if lo <= m.token_start < hi and m.kind != "pronoun" and args.is_party(m) and \
                not args.is_newsroom(m) and not same_side(m, fs.speaker):
            found = m
    return found


def _request_code(coder: Any, verb) -> str:
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


def _imperative(coder: Any, fs: FoundStatement, start: int, end: int):
    """"'Stop the shelling now,' the UN chief told Israel": quoted words in the imperative,
    said to a named party, are a demand on that party: (verb, addressee)."""
    doc = coder.doc
    if fs.kind == "indirect" or fs.cue_token is None:
        return None
    cue = doc[fs.cue_token]
    to = [g for c in cue.children if c.dep_ in ("dative", "dobj") for g in [c]] + [
        g for c in cue.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
        if g.dep_ == "pobj"]
    them = [m for m in coder.mentions(to) if (m.country or m.code) and m.kind != "pronoun"
            and args.is_party(m) and not same_side(m, fs.speaker)]
    if not them:
        return None
    for t in doc[start:end]:
        if t.tag_ == "VB" and t.dep_ in ("ROOT", "ccomp", "parataxis") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "mark", "expl") for c in t.children) \
                and not _asked(coder._sents, t.i) and (t.i == start or doc[t.i - 1].is_punct
                                                       or doc[t.i - 1].lower_ in ("please",)):
            return t, them[0]
    return None


def _deadlines(coder: Any, fs: FoundStatement, start: int, end: int, spec: dict):
    """"Russia has 60 days to return to compliance", said by someone else: a final demand with
    a deadline is an ultimatum (CAMEO 139): each (verb token, time noun, party)."""
    doc = coder.doc
    units = set(spec.get("deadline_units", ()))
    for t in doc[start:end]:
        if t.lemma_.lower() != "have" or t.pos_ not in VERB_POS:
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in units
                    and any(g.dep_ == "nummod" for g in c.children)), None)
        if obj is None or not any(c.dep_ in ("relcl", "acl") and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in obj.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or _asked(coder._sents, t.i):
            continue
        ms = [m for m in coder.actors.actors_for(subj) if (m.country or m.code)
              and not same_side(m, fs.speaker) and m.token_start <= subj.i < m.token_end]
        if ms:
            yield t, obj, ms[0]


def _asked(sents: list, i: int) -> bool:
    """True when token ``i`` sits in a question."""
    return sents[_sentence_index(sents, i)].text.rstrip(" \"'”’)\n").endswith("?")


def _demands(coder: Any, fs: FoundStatement, start: int, end: int, spec: dict):
    """"Russia must withdraw its troops", said by someone else: each (modal token, verb,
    party)."""
    doc = coder.doc
    modals = set(spec.get("demand_modals", ()))
    self_words = set(spec.get("self_words", ()))
    beliefs = set(spec.get("belief_verbs", ()))
    negators = set(spec.get("negators", ()))
    needs = set(spec.get("demand_verbs", ()))
    musts = set(spec.get("demand_adjectives", ()))
    for t in doc[start:end]:
        if t.dep_ == "aux" and t.lower_ in modals:
            verb = t.head                      # "Russia must withdraw"
        elif t.lemma_.lower() in needs and t.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
                for c in t.children):
            verb = t                           # "Russia needs to withdraw" (not "had to")
        elif t.pos_ == "ADJ" and t.lemma_.lower() in musts:
            # "it is essential that Russia work with Ukraine"
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
        if any(a.lemma_.lower() in beliefs for a in _chain(verb, start, end)[1:]):
            continue          # "they believe [they] must have such a weapon": their view
        if _blocked(verb, start, end, {"blocking_marks": spec.get("blocking_marks", ())},
                    "REQUEST"):
            continue
        if _asked(coder._sents, t.i):
            continue          # "why should the children be punished?"
        if verb.lemma_.lower() in ("have", "be"):
            continue          # "they should have no loyalty": a judgement, no act asked for
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or _is_self(subj, self_words) or subj.lower_ in ("it", "this", "that") \
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


def _speech_act_events(coder: Any, events: list[Event], folded: dict[int, Any]) -> list[Event]:
    """Events for statements whose content carries a speech-act cue toward someone."""
    spec = coder.frames.get("speech_acts") or {}
    cues: dict[str, str] = spec.get("words") or {}
    classes = set(spec.get("cue_classes", ("speech",)))
    labels = set(spec.get("label_nouns", ()))
    beliefs = set(spec.get("belief_verbs", ()))
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
        for i, n, value in _cue_hits(doc, start, end, cues, labels):
            tok = doc[i:i + n].root if n > 1 else doc[i]
            if _asked(sents, i):
                continue      # questions ask; they do not accuse or demand
            if _blocked(tok, start, end, spec, value, range(i, i + n)):
                continue
            if n > 1 and i + n < end and doc[i + n].lemma_.lower() in beliefs:
                continue      # "no reason to believe ...": a view, not a refusal
            other = _target(coder, fs, tok, start, end, spec, value)
            if other is not None or value.startswith("REJECT") and _self_subject(
                    coder, fs, tok, start, end, spec):
                found.append((i, n, value, other))
        hit = _imperative(coder, fs, start, end)
        demanded: dict[int, Any] = {}
        if hit is not None:
            verb, other = hit
            found.append((verb.i, 1, f"REQUEST {_request_code(coder, verb)}", other))
            demanded[verb.i] = verb
        for t, verb, other in _demands(coder, fs, start, end, spec):
            found.append((t.i, verb.i - t.i + 1 if verb.i > t.i else 1,
                          f"REQUEST {_request_code(coder, verb)}", other))
            demanded[t.i] = verb
        for t, obj, other in _deadlines(coder, fs, start, end, spec):
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
    from onrecord.extract.dates import sentence_date

    doc, sents = coder.doc, coder._sents
    event, *rest = value.split()
    sense = make_sense(event, " ".join(rest), "speech act")
    s_index = _sentence_index(sents, i)
    confidence = 0.45
    recipient = [other.to_actor()] if other is not None else []
    if other is None:
        party = _context_party(coder, fs, s_index, sense.event, events)
        if isinstance(party, Actor):
            recipient = [party]
        elif party is not None:
            recipient = [party.to_actor()]
        confidence = 0.35
    span = doc[i:i + max(1, n)]
    info = cameo_info(sense.cameo)
    date, date_text = sentence_date(sents[s_index], coder.doc_date)
    return Event(
        id="", event=sense.event, cameo=sense.cameo, goldstein=float(info.goldstein),
        quad_class=int(info.quad_class), trigger=Span(span.text, span.start_char, span.end_char),
        sentence=s_index, text=sents[s_index].text.strip(), mode=sense.mode,
        context=list(sense.context), actor=[fs.speaker], recipient=recipient, date=date,
        date_text=date_text, reported_by=None, statement=fs.id or None, confidence=confidence,
    )
