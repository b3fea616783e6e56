"""Speech-act cue words in a statement's content: finding them (``cue_hits``) and the
clause checks that block them (denied, conditional, asked, attributed to others)."""

from __future__ import annotations

from collections.abc import Container

from onrecord.extract.triggers import VERB_POS

CLIMB_DEPS = frozenset({"attr", "acomp", "dobj", "pobj", "prep", "amod", "compound", "conj",
                        "oprd", "appos", "npadvmod", "advmod", "nmod", "neg", "aux",
                        "det"})


PREDICATE_DEPS = frozenset({"attr", "oprd", "acomp", "appos", "ROOT", "ccomp"})


def cue_hits(doc, start: int, end: int, cues: dict[str, str],
              labels: Container[str] = frozenset()):
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


def clause_verb(tok, start: int, end: int):
    """The verb (or content root) whose clause holds ``tok`` ("a flagrant violation" ->
    "were"); ``tok`` itself when it is a verb."""
    t = tok
    while t.pos_ not in VERB_POS and t.dep_ in CLIMB_DEPS and start <= t.head.i < end \
            and t.head.i != t.i:
        t = t.head
    return t


def content_chain(tok, start: int, end: int) -> list:
    """``tok`` and its ancestors that lie inside the content doc[start:end]."""
    return [tok] + [a for a in tok.ancestors if start <= a.i < end]


def cue_blocked(tok, start: int, end: int, spec: dict, value: str,
             phrase: range | None = None) -> bool:
    """True when the cue is denied ("did nothing to violate", "is not lying"), conditional
    ("if Iran violates ...") or asked ("whether Turkey would violate ..."). A refusal or a
    demand may be negative ("will never accept", "should not impose"), and a negation inside
    a cue phrase is part of it ("will not go unpunished")."""
    marks = spec.get("blocking_marks", ())
    negators = spec.get("negators", ())
    others = spec.get("attributing_nouns", ())
    sayers = spec.get("attributing_verbs", ())
    places = (spec.get("position_words") or {}).get(tok.lemma_.lower(), ())
    if tok.pos_ in VERB_POS and any(c.dep_ in ("prep", "advmod", "acomp") and c.lower_ in places
                                    for c in tok.children):
        return True           # "the power lies with Congress": where it is, no lie told
    negative_ok = value.split()[0] in ("REJECT", "REQUEST")
    phrase = phrase or range(tok.i, tok.i + 1)
    for a in content_chain(tok, start, end):
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
            return True       # "the Dutch charge that Iran broke the deal": the Dutch accuse
        if a.dep_ == "ccomp" and start <= a.head.i < a.i and a.head.lemma_.lower() in sayers \
                and any(c.dep_ == "nsubj" and c.lower_ not in spec.get("self_words", ())
                        for c in a.head.children):
            return True       # "the caller suggests that Israel committed war crimes": the
            #                   caller's claim, quoted, not the speaker's (a claim verb before
            #                   its clause; "..., said X" after it is the statement's own cue)
    return False


def nested_under(t, top) -> bool:
    """True when ``t`` sits in a relative, adverbial or complement clause under ``top``."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "advcl", "ccomp"):
            return True
        t = t.head
    return False


def is_self_word(t, self_words: Container[str]) -> bool:
    """A first-person pronoun ("we", "our"; not the proper noun "US")."""
    return t.pos_ == "PRON" and t.lower_ in self_words


def inverted_condition(clause, auxes: Container[str]) -> bool:
    """True for a condition without "if", its auxiliary before its subject ("should Iran
    refuse", "had they known"): ``clause`` is the condition's verb."""
    aux = next((c for c in clause.children if c.dep_ in ("aux", "auxpass")
                and c.lower_ in auxes), None)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return aux is not None and subj is not None and aux.i < subj.i
