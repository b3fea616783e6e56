"""Whom a speech act is aimed at: the owner, subject or party of the cue's clause
(``cue_target``), a speaker's own refusal, and the party the context gives."""

from __future__ import annotations

from typing import Any

from onrecord.extract import arguments as args
from onrecord.extract.model import FoundStatement
from onrecord.extract.speech_acts.cues import (
    clause_verb,
    inverted_condition,
    is_self_word,
    nested_under,
)
from onrecord.extract.speech_acts.sides import same_side
from onrecord.extract.triggers import VERB_POS
from onrecord.schema import Event


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


def cue_target(coder: Any, fs: FoundStatement, tok, start: int, end: int, spec: dict,
            value: str = ""):
    """Whom the cue word is aimed at: an owner or by/of-phrase of the cue ("Russia's
    aggression", "a violation by Iran", "an excuse for Oslo to walk away"), the subject of its
    clause ("Iran is lying", "Moscow's actions are provocative"), else another party inside
    that clause — never the speaker's side, never a party named only elsewhere in the content,
    never the object of a cue verb ("destabilise Ukraine": Ukraine is the victim)."""
    self_words = spec.get("self_words", ())
    owner_preps = spec.get("owner_preps", ())
    victim = spec.get("victim_preps", ())
    doers = spec.get("doing_verbs", ())

    def ok(m, pronouns: bool = False) -> bool:
        return (pronouns or m.kind != "pronoun") and args.is_party(m) and \
            not args.is_newsroom(m) and not same_side(m, fs.speaker)

    def parties(toks) -> list:
        out = []
        for t in toks:
            if t is None or not start <= t.i < end or is_self_word(t, self_words):
                continue
            for m in coder.mentions([t]):          # "they are lying": whom they stands for
                if ok(m, t.lower_ != "it") and m not in out:   # ("it is unacceptable that")
                    out.append(m)
            for sub in t.subtree:          # "the Russian strikes", "the actions of Moscow"
                if sub.dep_ in ("poss", "amod", "compound", "pobj") and sub.i != t.i and \
                        not nested_under(sub, t) and not _under_victim_prep(sub, t, victim):
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
                linked.append(args.clause_subject(c))      # "an excuse for Oslo to walk away"
    found = parties(linked)
    if found:
        return found[0]
    role = tok
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head
    breach = spec.get("breach_phrases") or {}
    if value.startswith("ACCUSE") and role.dep_ == "pobj" and tok.lemma_.lower() in \
            breach.get(role.head.lower_, ()) and _governor(role).pos_ in VERB_POS:
        # "troops shelled the town in violation of the truce": the doer of the act so named
        found = parties([args.clause_subject(_governor(role))])
        return found[0] if found else None
    if value.startswith("ACCUSE") and (role.dep_ in ("nsubj", "nsubjpass") or role.dep_ in (
            "dobj", "pobj") and _governor(role).lemma_.lower() not in doers):
        return None      # "to investigate human rights violations": no violator is named
    verb = clause_verb(tok, start, end)
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
    acting = value.split()[0] in spec.get("own_act_types", ())
    if acting and subj is not None and role.dep_ in ("attr", "oprd") and \
            tok.lemma_.lower() in spec.get("label_nouns", ()):
        found = parties([subj])          # "India is a friend": the one so called
        if found:
            return found[0]
    if acting and value.startswith("THREATEN") and subj is not None and \
            verb.lemma_.lower() in spec.get("bearing_verbs", ()):
        found = parties([subj])          # "Iran will face consequences": the one threatened
        if found:
            return found[0]
    if subj is not None and is_self_word(subj, self_words):
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
        # "if the tanks reach Iraq, we will know what to do": the party of the condition
        # ("consequences should Iran refuse": a condition without "if")
        inverted = spec.get("inverted_condition_auxes", ())
        for c in [*verb.children, *tok.children]:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in c.subtree) or c.dep_ in (
                    "advcl", "relcl") and inverted_condition(c, inverted):
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
    if value.split()[0] not in spec.get("cooperative_types", ()):
        skip |= {t.i for p in verb.subtree if p.dep_ == "prep" and p.lower_ in victim
                 for t in p.subtree}    # "propaganda aimed at Kabul": Kabul is the target
        #                                 ("open to talks with Chile": Chile is the partner)
    clause = {t.i for t in verb.subtree if start <= t.i < end and t.i != tok.i
              and t.i not in skip and not nested_under(t, verb)}
    if value.startswith("ACCUSE"):
        return None      # an accusation names its target as owner or subject, never by chance
    mentions = [m for m in coder.actors.mentions if any(
        m.token_start <= i < m.token_end for i in clause) and ok(m)]
    if mentions:
        return min(mentions, key=lambda m: abs(m.token_start - tok.i))
    return None


def self_subject(coder: Any, fs: FoundStatement, tok, start: int, end: int, spec: dict) -> bool:
    """True when the cue's clause has the speaker's own side as subject ("we will never
    accept", "Beijing would never accept"), or an act naming no party (a gerund or an event
    noun of the trigger lexicon: "lifting the ban is out of the question": the speaker refuses
    it)."""
    verb = clause_verb(tok, start, end)
    subj = args.clause_subject(verb) if verb.pos_ in VERB_POS else None
    if subj is None:
        return False
    if (subj.tag_ == "VBG" or subj.pos_ == "NOUN" and coder.lex.match(subj) is not None) \
            and not any(coder.mentions([t]) for t in subj.subtree):
        return True      # an act as subject: a gerund or an event noun, no party named
    if is_self_word(subj, spec.get("self_words", ())):
        return True
    return any(same_side(m, fs.speaker) for m in coder.mentions([subj]))


def context_party(coder: Any, fs: FoundStatement, s_index: int, event: str,
                   events: list[Event]):
    """The party a self-directed act answers when its clause names none ("We see no reason to
    change course" after "Ankara will keep the pipeline open despite Greek objections"): the recipient of the speaker's side's last act of the same type up to four
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
