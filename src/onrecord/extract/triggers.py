"""The event trigger lexicon: loads data/triggers*.yaml once and matches it against spaCy tokens.

A match says which PLOVER type, CAMEO code and mode a verb, light-verb construction, phrasal verb,
event noun or adjective expresses, and which tokens it used (so no token codes twice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from onrecord.ontology import PLOVER_TYPES, cameo_for_plover, plover_for_cameo

DATA = Path(__file__).with_name("data")

PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "agent"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# frame tables whose word lists the coder tests membership in on every clause: read as frozensets
WORD_SET_TABLES = ("modality", "speech_acts")


def freeze_word_lists(table: Any) -> Any:
    """``table`` with every list of words (nested tables included) turned into a frozenset,
    so rules test membership without rebuilding a set per call; other values are kept."""
    if isinstance(table, dict):
        return {k: freeze_word_lists(v) for k, v in table.items()}
    if isinstance(table, list) and all(isinstance(w, str) for w in table):
        return frozenset(table)
    return table


@dataclass(frozen=True)
class Sense:
    """What a trigger means: PLOVER type and mode, CAMEO code and contexts."""

    event: str
    cameo: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    pattern: str = ""
    needs_recipient: bool = False     # "!r": only an event when someone is on the other side


@dataclass(frozen=True)
class VerbPattern:
    """A verb lemma with optional particles, direct objects and a preposition + object."""

    sense: Sense
    particles: tuple[frozenset[str], ...] = ()
    objects: frozenset[str] | None = None
    prep: frozenset[str] | None = None
    pobjs: frozenset[str] | None = None

    @property
    def specificity(self) -> int:
        return (len(self.particles) + 2 * (self.objects is not None)
                + 2 * (self.pobjs is not None) + (self.sense.event == "")
                + (self.objects is not None and any(" " in o for o in self.objects)))


@dataclass
class Match:
    """A lexicon hit: the sense, the head token, and every token the pattern used."""

    sense: Sense
    head: Token
    tokens: list[Token]
    kind: str                     # verb | noun | adj
    obj: Token | None = None      # the object token a light-verb pattern consumed


def sense_of(value: str, pattern: str) -> Sense:
    """The sense a lexicon value of the form "TYPE CAMEO [mode]" names (see ``make_sense``)."""
    event, *rest = str(value).split()
    return make_sense(event, " ".join(rest), pattern)


def make_sense(event: str, value: str, pattern: str) -> Sense:
    """Parse "CAMEO [mode]" for the given PLOVER type, keeping CAMEO consistent with the type."""
    parts = str(value).split()
    needs_recipient = "!r" in parts
    parts = [p for p in parts if p != "!r"]
    code, mode = parts[0], (parts[1] if len(parts) > 1 else None)
    try:
        label = plover_for_cameo(code)
    except KeyError:
        label = None
    if label is None or label.event != event:
        code = cameo_for_plover(event, mode)
        label = plover_for_cameo(code)
    if mode is None and label.event == event:
        mode = label.mode
    return Sense(event, code, mode, tuple(label.context), pattern, needs_recipient)


NOT_AN_EVENT = Sense("", "", None, (), "not an event")


def _split_alternatives(word: str) -> frozenset[str]:
    return frozenset(w.replace("_", " ") for w in word.split("|"))


def expand_sets(key: str, sets: dict[str, list[str]]) -> str:
    """Replace each "@name" in a key with the alternatives of that object set ("give +@aid")."""
    if "@" not in key:
        return key
    return re.sub(r"@(\w+)", lambda m: "|".join(sets[m.group(1)]), key)


def parse_verb_key(key: str, sense: Sense) -> tuple[str, VerbPattern]:
    """Parse a verb key ("call off +talk|meeting", "withdraw from>treaty") into a pattern."""
    words = key.split()
    lemma = words[0]
    particles: list[frozenset[str]] = []
    objects = pobjs = None
    prep: frozenset[str] | None = None
    for w in words[1:]:
        if w.startswith("+"):
            objects = _split_alternatives(w[1:])
        elif ">" in w:
            p, o = w.split(">", 1)
            prep, pobjs = frozenset(p.split("|")), _split_alternatives(o)
        else:
            particles.append(frozenset(w.split("|")))
    return lemma, VerbPattern(sense, tuple(particles), objects, prep, pobjs)


@dataclass(eq=False)
class Lexicon:
    """All trigger patterns, indexed by head lemma; plus the frame tables."""

    verbs: dict[str, list[VerbPattern]] = field(default_factory=dict)
    nouns: dict[str, Sense] = field(default_factory=dict)
    compound_nouns: dict[tuple[str, str], Sense] = field(default_factory=dict)
    # "suspension of>relation|tie": a noun with a preposition and that preposition's object
    noun_objects: dict[str, list[tuple[frozenset[str], frozenset[str], Sense]]] = field(
        default_factory=dict)
    adjectives: dict[str, Sense] = field(default_factory=dict)
    frames: dict[str, Any] = field(default_factory=dict)
    quantity_nouns: frozenset[str] = frozenset()
    facet_nouns: frozenset[str] = frozenset()
    object_preps: frozenset[str] = frozenset()

    # -- loading -----------------------------------------------------------------------------
    def add_group(self, event: str, group: dict[str, dict[str, str]],
                  sets: dict[str, list[str]] | None = None) -> None:
        for key, value in (group.get("verbs") or {}).items():
            lemma, pattern = parse_verb_key(expand_sets(key, sets or {}),
                                            make_sense(event, value, key))
            self.verbs.setdefault(lemma, []).append(pattern)
        for key, value in (group.get("nouns") or {}).items():
            sense = make_sense(event, value, key)
            words = key.split()
            if len(words) == 2 and ">" in words[1]:
                prep, objects = words[1].split(">", 1)
                self.noun_objects.setdefault(words[0], []).append(
                    (frozenset(prep.split("|")), _split_alternatives(objects), sense))
            elif len(words) == 1:
                self.nouns[words[0]] = sense
            else:
                self.compound_nouns[(words[0], words[-1])] = sense
        for key, value in (group.get("adjectives") or {}).items():
            self.adjectives[key] = make_sense(event, value, key)

    def finish(self) -> None:
        for patterns in self.verbs.values():
            patterns.sort(key=lambda p: -p.specificity)
        self.compound_heads = {head for _, head in self.compound_nouns}

    # -- matching ----------------------------------------------------------------------------
    def match(self, tok: Token) -> Match | None:
        """The most specific lexicon entry headed by ``tok`` (None when nothing fits)."""
        if tok.pos_ in VERB_POS or (tok.tag_ in ("VBG", "VBN") and tok.dep_ != "amod") or (
            tok.pos_ == "ADJ" and tok.dep_ in ("ROOT", "conj", "ccomp", "relcl")
            and any(c.dep_ == "dobj" for c in tok.children)
        ):
            patterns = self.verbs.get(tok.lemma_.lower())
            if patterns is None and tok.pos_ in VERB_POS:
                # the lemmatizer slips on some forms ("staged" -> "stag"): try plain inflections
                patterns = next((self.verbs[f] for f in _base_forms(tok.lower_)
                                 if f in self.verbs), None)
            if patterns is None and tok.pos_ == "ADJ" and tok.lower_.endswith("ed"):
                # a past participle tagged as an adjective ("Russia annexed ...")
                low = tok.lower_
                patterns = self.verbs.get(low[:-2]) or self.verbs.get(low[:-1])
            if patterns:
                found = self._match_verb(tok, patterns)
                if found is not None:
                    return found
        if tok.pos_ in NOUN_POS:
            return self._match_noun(tok)
        if tok.pos_ == "ADJ" and tok.lemma_.lower() in self.adjectives:
            if tok.dep_ in ("acomp", "amod", "ROOT", "conj", "oprd"):
                return Match(self.adjectives[tok.lemma_.lower()], tok, [tok], "adj")
        return None

    def _match_verb(self, tok: Token, patterns: list[VerbPattern]) -> Match | None:
        children = list(tok.children)
        if any(c.dep_ == "dobj" and c.lemma_.lower() in self.facet_nouns for c in children):
            # "broke the truce agreement": the modifier of a facet noun names the thing
            # more exactly than the facet noun, so a pattern naming the modifier comes first
            found = self._match_patterns(tok, patterns, children, facets_first=True)
            if found is not None:
                return found
        # an object pattern matching the object itself comes before one matching only a
        # conjunct of it ("sent troops and tanks": troops name the act, not the tanks)
        if any(c.dep_ == "dobj" and c.conjuncts for c in children):
            found = self._match_patterns(tok, patterns, children, direct_only=True)
            if found is not None:
                return found
        return self._match_patterns(tok, patterns, children)

    def _match_patterns(self, tok: Token, patterns: list[VerbPattern], children: list[Token],
                        facets_first: bool = False, direct_only: bool = False) -> Match | None:
        for p in patterns:
            if facets_first and (p.objects is None or "*" in p.objects):
                continue
            if direct_only and p.objects is None:
                continue
            used: list[Token] = [tok]
            ok = True
            for part in p.particles:
                hit = next((c for c in children if c.dep_ in PARTICLE_DEPS
                            and c.lower_ in part and c not in used and c.i > tok.i), None)
                if hit is None and not used[1:]:
                    hit = _clause_mark(tok, part)     # "called for the UN to act"
                if hit is None:
                    hit = _next_word(tok, part)       # "let free the activists", "let go of"
                if hit is None:
                    ok = False
                    break
                used.append(hit)
            if not ok:
                continue
            obj = None
            if facets_first:
                obj = _facet_object(children, p.objects, self.facet_nouns)
                if obj is None:
                    continue
                used.append(obj)
            elif p.objects is not None:
                obj = _object_with_lemma(children, p.objects, self.quantity_nouns,
                                         self.facet_nouns, not direct_only)
                if obj is None or self._no_event_object(obj):
                    continue
                used.append(obj)
            if p.pobjs is not None:
                pobj = _prep_object(children, p.prep, p.pobjs, self.quantity_nouns)
                if pobj is None and obj is not None:
                    # "returned a sculpture to Algeria": the parser hangs the phrase on the object
                    pobj = _prep_object(list(obj.children), p.prep, p.pobjs)
                for part in used[1:] if pobj is None else ():
                    # "pulled out of the talks": the parser hangs "of" on the particle
                    pobj = pobj or _prep_object(list(part.children), p.prep, p.pobjs)
                if pobj is None and p.objects is None and p.prep is not None and \
                        p.prep <= self.object_preps:
                    # "provided the rebels with missiles": the phrase hung on an object the
                    # pattern does not name
                    pobj = next((hit for c in children if c.dep_ == "dobj" for hit in [
                        _prep_object(list(c.children), p.prep, p.pobjs)] if hit is not None),
                        None)
                if pobj is None:
                    continue
                used.append(pobj)
            return Match(p.sense, tok, sorted(used, key=lambda t: t.i), "verb", obj)
        return None

    def _no_event_object(self, obj: Token) -> bool:
        """True when the object with its modifier names no event ("launched a trade war": a
        not_event_nouns compound), so a verb + object pattern on it does not hold."""
        lemma = obj.lemma_.lower()
        return lemma in self.compound_heads and any(
            c.dep_ in ("compound", "amod", "nmod")
            and self.compound_nouns.get((c.lemma_.lower(), lemma)) is NOT_AN_EVENT
            for c in obj.children)

    def _match_noun(self, tok: Token) -> Match | None:
        lemma = tok.lemma_.lower()
        for preps, objects, sense in self.noun_objects.get(lemma, ()):
            pobj = _prep_object(list(tok.children), preps, objects)
            if pobj is not None:          # "the suspension of relations"
                return Match(sense, tok, [tok, pobj], "noun")
        if lemma in self.compound_heads:
            for c in tok.children:
                if c.dep_ in ("compound", "amod", "nmod"):
                    sense = self.compound_nouns.get((c.lemma_.lower(), lemma))
                    if sense is None:
                        sense = self.compound_nouns.get((c.lower_, lemma))
                    if sense is not None:
                        return Match(sense, tok, sorted([c, tok], key=lambda t: t.i), "noun")
        sense = self.nouns.get(lemma)
        if sense is not None:
            return Match(sense, tok, [tok], "noun")
        joined = hyphen_lemma(tok)
        if joined != lemma and joined in self.nouns:      # "cease-fire", "walk-out"
            left = tok.doc[tok.i - 2]
            return Match(self.nouns[joined], tok, [left, tok.doc[tok.i - 1], tok], "noun")
        return None


def _clause_mark(verb: Token, words: frozenset[str]) -> Token | None:
    """The word right after ``verb`` when the parser made it the "mark" of an infinitive clause
    under the verb ("called for the UN to review the tariffs", "pressed for Iran to free them"):
    the particle of a phrasal verb whose object is that clause's subject; else None."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    nxt = doc[verb.i + 1]
    clause = nxt.head
    if nxt.dep_ == "mark" and nxt.lower_ in words and clause.head.i == verb.i and \
            clause.dep_ in ("advcl", "ccomp", "xcomp") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return nxt
    return None


def _next_word(verb: Token, words: frozenset[str]) -> Token | None:
    """The word right after ``verb`` when it is one of ``words`` and hangs under the verb
    within two steps and is no noun, whatever the parser called it ("let free the activists":
    "free" parsed as a modifier of the object or a clause of its own)."""
    if verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    if nxt.lower_ in words and (nxt.head == verb or nxt.head.head == verb) and \
            nxt.dep_ not in OBJECT_DEPS and nxt.pos_ not in NOUN_POS:
        return nxt       # (an object is no particle: "set fire to the gates")
    return None


def _base_forms(word: str) -> list[str]:
    """Candidate base forms of an inflected verb (staged -> stage, shelled -> shell)."""
    out = []
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""),
                         ("ed", "e"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)] + repl)
    if len(word) > 5 and word.endswith(("ed", "ing")):
        stem = word[:-2] if word.endswith("ed") else word[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])          # "shipped" -> "ship"
    return out


def plain_singular(tok: Token) -> str:
    """A plural noun without its "s" when the lemmatizer slipped ("bases" -> "basis" gives
    "base"); else the lower-cased word."""
    low = tok.lower_
    if tok.tag_ == "NNS" and low.endswith("s") and not low.endswith("ss") and \
            tok.lemma_.lower() != low[:-1]:
        return low[:-1]
    return low


def modified_lemma(tok: Token) -> str:
    """The noun with the modifier just before it ("warning shots" -> "warning shot", "a
    medical team" -> "medical team"), for object keys written "warning_shot"; else ""."""
    left = tok.doc[tok.i - 1] if tok.i > 0 else None
    if left is not None and left.head.i == tok.i and left.dep_ in ("compound", "amod"):
        return f"{left.lemma_.lower()} {tok.lemma_.lower()}"
    return ""


def hyphen_lemma(tok: Token) -> str:
    """The lemma of a hyphenated compound written as one word ("cease-fire" -> "ceasefire")."""
    if tok.i >= 2:
        dash, left = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
        if dash.text == "-" and left.head.i == tok.i and not dash.whitespace_ and \
                not left.whitespace_:
            return left.lower_ + tok.lemma_.lower()
    return tok.lemma_.lower()


def _object_with_lemma(children: list[Token], lemmas: frozenset[str],
                       quantity: frozenset[str] = frozenset(),
                       facets: frozenset[str] = frozenset(),
                       conjuncts: bool = True) -> Token | None:
    for c in children:
        if c.dep_ in OBJECT_DEPS and ("*" in lemmas or c.lemma_.lower() in lemmas
                                      or c.lower_ in lemmas or hyphen_lemma(c) in lemmas
                                      or plain_singular(c) in lemmas
                                      or modified_lemma(c) in lemmas):
            return c
        if c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.lemma_.lower() in lemmas:
            return c      # "found the minister guilty": a small clause parsed as ccomp
        if c.dep_ == "ccomp" and c.tag_ == "VBG" and not any(
                x.dep_ == "dobj" for x in children):
            # "will not accept refugees fleeing the war": the object parsed as the subject of
            # the participle that describes it
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if subj is not None and (subj.lemma_.lower() in lemmas or subj.lower_ in lemmas):
                return subj
        if c.dep_ == "ccomp" and "*" not in lemmas and (
                c.tag_ == "VB" or c.pos_ == "NOUN") and not any(
                x.dep_ == "dobj" for x in children):
            # "allowed aid workers to enter", "let inspectors return": the object parsed as the
            # subject of the infinitive it controls; "allowed monitors into Darfur": parsed as
            # the clause itself
            subj = c if c.pos_ == "NOUN" else next(
                (g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if subj is not None and (subj.lemma_.lower() in lemmas or subj.lower_ in lemmas
                                     or plain_singular(subj) in lemmas):
                return subj
        if c.dep_ in OBJECT_DEPS and c.pos_ == "PROPN" and "*" not in lemmas and any(
                m.dep_ == "compound" and m.i < c.i and m.lemma_.lower() in lemmas
                for m in c.children) and not any(
                x.dep_ == "prep" and x.lower_ == "as" for x in children):
            # "removed President Morsi": a name under its title is one of them (not when the
            # verb only describes him: "dismissed President Trump as a dotard")
            return c
        if c.dep_ == "dobj" and c.lemma_.lower() in facets and any(
                m.dep_ == "compound" and m.lemma_.lower() in lemmas for m in c.children):
            return c      # "eased curfew hours", "lifted the sanctions regime": the modifier names it
        if c.dep_ in OBJECT_DEPS and c.lemma_.lower() in quantity:
            # "called up thousands of reservists": the object is what the quantity counts
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for g in p.children:
                        if g.dep_ != "pobj":
                            continue
                        if g.lemma_.lower() in lemmas:
                            return g
                        # "a team of experts, equipment and drugs": through the coordination
                        hit = next((cj for cj in g.conjuncts if conjuncts
                                    and cj.lemma_.lower() in lemmas), None)
                        if hit is not None:
                            return hit
        if c.dep_ == "dobj" and conjuncts:
            # "imposed new sanctions and visa bans": look through the coordination
            for cj in c.conjuncts:
                if cj.lemma_.lower() in lemmas:
                    return cj
    return None


def _facet_object(children: list[Token], lemmas: frozenset[str],
                  facets: frozenset[str]) -> Token | None:
    """The object facet noun whose compound modifier is one of ``lemmas`` ("the ceasefire
    agreement" for ceasefire), else None."""
    return next((c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in facets and any(
        m.dep_ == "compound" and m.lemma_.lower() in lemmas for m in c.children)), None)


def _prep_object(children: list[Token], prep: frozenset[str] | None,
                 lemmas: frozenset[str], quantity: frozenset[str] = frozenset()) -> Token | None:
    for c in children:
        # (a "to" phrase after an object may be parsed as "dative": "sent tanks to the border")
        if c.dep_ in ("prep", "agent", "prt", "dative") and (prep is None or c.lower_ in prep):
            for g in c.children:
                if g.dep_ == "pobj" and ("*" in lemmas or g.lemma_.lower() in lemmas):
                    return g
                if g.dep_ == "pobj" and g.lemma_.lower() in quantity:
                    # "agreed to most of the strikers' demands": what the quantity counts
                    hit = next((x for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                                for x in p.children if x.dep_ == "pobj"
                                and x.lemma_.lower() in lemmas), None)
                    if hit is not None:
                        return hit
    return None


@cache
def load_lexicon() -> Lexicon:
    """Read every data/triggers*.yaml (type groups and frame tables) once per process."""
    lex = Lexicon()
    groups: list[tuple[str, dict]] = []
    for path in sorted(DATA.glob("triggers*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key, value in data.items():
            if key in PLOVER_TYPES:
                groups.append((key, value))
            else:
                lex.frames[key] = value
    for key in WORD_SET_TABLES:
        if key in lex.frames:
            lex.frames[key] = freeze_word_lists(lex.frames[key])
    sets = lex.frames.get("object_sets") or {}
    for key, value in groups:          # after the frames: keys may name object sets
        lex.add_group(key, value, sets)
    for key in lex.frames.get("not_events", ()):
        lemma, pattern = parse_verb_key(expand_sets(key, sets), NOT_AN_EVENT)
        lex.verbs.setdefault(lemma, []).append(pattern)
    for key in lex.frames.get("not_event_nouns", ()):
        modifier, head = key.split()            # "press release": a modifier + head noun
        lex.compound_nouns[(modifier, head)] = NOT_AN_EVENT
    lex.quantity_nouns = frozenset(lex.frames.get("quantity_nouns", ()))
    lex.facet_nouns = frozenset(lex.frames.get("facet_nouns", ()))
    lex.object_preps = frozenset(lex.frames.get("object_hung_preps", ()))
    lex.finish()
    return lex
