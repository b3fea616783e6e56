"""Statements that are themselves events: accusations, demands, threats ... made in what is said.

A speech statement (cue class "speech": beliefs and stances are views, not acts) with a neutral
cue ("said", "tweeted", a bare quote) whose content carries a speech-act cue
(data/triggers_speech.yaml: "Iran is lying", "X must withdraw", "it is essential that X ...", an
imperative told to X) becomes an event by the speaker: actor = speaker, recipient = the party the
cue is aimed at (its owner, the subject of its clause, or — for the speaker's own threats and
refusals — the party of the condition or of the context), ``reported_by`` null. Denied, asked and
conditional cues are no acts. Two more rules (data/speech_acts.yaml): a warning about a third
party's possible action is an ACCUSE toward that party plus the warned-of event, hypothetical
and reported by the speaker; a conditional announcement of the speaker's own reaction ("would
respond if X ...") is a THREATEN toward X.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

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
    extra = third_party_warnings(coder, events)
    extra += conditional_responses(coder, events + extra)
    folded: dict[int, Any] = {}
    said = _speech_act_events(coder, events + extra, folded)
    # "'It is essential that Iran release the sailors,' the minister said": the act demanded
    # is the demand's content, not an event of its own (as "agreed to withdraw" is one event)
    events[:] = [e for e in events if not (
        e.trigger.start in folded and e.actor
        and any(same_side(a, folded[e.trigger.start]) for a in e.actor))]
    return extra + said


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
    while t.pos_ not in VERB_POS and t.head.i != t.i and t.dep_ in ("prep", "pobj", "dobj"):
        t = t.head
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
    accept", "Beijing would never accept")."""
    verb = _clause_verb(tok, start, end)
    subj = args.clause_subject(verb) if verb.pos_ in VERB_POS else None
    if subj is None:
        return False
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
