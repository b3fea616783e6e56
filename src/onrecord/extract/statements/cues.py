"""The cue lexicon: speech, belief and attribution verbs and nouns, loaded from data/cues.yaml.

One cached CueLexicon per process; extract.statements asks it which words can introduce a statement.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import yaml
from spacy.tokens import Token

from onrecord.lemmas import known_lemma

CUES_FILE = files("onrecord.extract") / "data" / "cues.yaml"   # the shared extract/data/


@dataclass(frozen=True)
class CueLexicon:
    """Sets of lemmas by role; see data/cues.yaml for what each list means."""

    speech_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    object_verbs: frozenset[str]
    particle_cues: dict[str, frozenset[str]]
    statement_nouns: frozenset[str]
    document_nouns: frozenset[str]
    source_prepositions: dict[str, str | None]
    first_person: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    neuter_pronouns: frozenset[str]
    question_verbs: frozenset[str] = field(default=frozenset())
    nested_verbs: frozenset[str] = field(default=frozenset())
    stance_verbs: frozenset[str] = field(default=frozenset())
    verbs: frozenset[str] = field(default=frozenset())
    topic_prepositions: frozenset[str] = field(default=frozenset())
    noun_content_prepositions: frozenset[str] = field(default=frozenset())
    stance_nouns: frozenset[str] = field(default=frozenset())
    refusal_verbs: frozenset[str] = field(default=frozenset())
    withholding_verbs: frozenset[str] = field(default=frozenset())
    evidence_verbs: frozenset[str] = field(default=frozenset())
    stance_adjectives: frozenset[str] = field(default=frozenset())
    belief_nouns: frozenset[str] = field(default=frozenset())
    no_object_verbs: frozenset[str] = field(default=frozenset())
    intention_verbs: frozenset[str] = field(default=frozenset())
    holder_nouns: frozenset[str] = field(default=frozenset())
    occasion_nouns: frozenset[str] = field(default=frozenset())
    colon_labels: frozenset[str] = field(default=frozenset())
    adjective_prepositions: frozenset[str] = field(default=frozenset())
    people_nouns: frozenset[str] = field(default=frozenset())
    finding_nouns: frozenset[str] = field(default=frozenset())
    intention_nouns: frozenset[str] = field(default=frozenset())
    proform_contents: frozenset[str] = field(default=frozenset())
    light_verbs: frozenset[str] = field(default=frozenset())
    physical_verbs: frozenset[str] = field(default=frozenset())
    concessive_marks: frozenset[str] = field(default=frozenset())
    appearance_verbs: frozenset[str] = field(default=frozenset())
    stance_phrase_nouns: frozenset[str] = field(default=frozenset())
    stance_phrase_prepositions: frozenset[str] = field(default=frozenset())
    receiving_verbs: frozenset[str] = field(default=frozenset())
    focus_adverbs: frozenset[str] = field(default=frozenset())
    predicate_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    account_phrases: dict[str, frozenset[str]] = field(default_factory=dict)
    announcing_modifiers: frozenset[str] = field(default=frozenset())
    blow_nouns: frozenset[str] = field(default=frozenset())
    blow_verbs: frozenset[str] = field(default=frozenset())
    enabling_verbs: frozenset[str] = field(default=frozenset())
    opinion_nouns: frozenset[str] = field(default=frozenset())
    aiming_verbs: frozenset[str] = field(default=frozenset())
    addressee_prepositions: frozenset[str] = field(default=frozenset())
    addressee_verbs: frozenset[str] = field(default=frozenset())
    addressee_nouns: frozenset[str] = field(default=frozenset())
    negating_prepositions: frozenset[str] = field(default=frozenset())
    facing_verbs: frozenset[str] = field(default=frozenset())
    circumstance_marks: frozenset[str] = field(default=frozenset())
    aside_marks: frozenset[str] = field(default=frozenset())
    correlative_openers: frozenset[str] = field(default=frozenset())
    collective_nouns: frozenset[str] = field(default=frozenset())
    aspect_verbs: frozenset[str] = field(default=frozenset())
    generic_speakers: frozenset[str] = field(default=frozenset())
    experiencer_verbs: frozenset[str] = field(default=frozenset())
    circumstance_prepositions: frozenset[str] = field(default=frozenset())
    sequence_prepositions: frozenset[str] = field(default=frozenset())
    listener_verbs: frozenset[str] = field(default=frozenset())
    reflexive_state_verbs: frozenset[str] = field(default=frozenset())
    material_modifiers: frozenset[str] = field(default=frozenset())
    have_contractions: frozenset[str] = field(default=frozenset())
    time_words: frozenset[str] = field(default=frozenset())

    def addresses(self, word: Token, lemma: str, noun: bool = False) -> bool:
        """Whether ``word`` is a preposition naming who a speech verb (or, with ``noun``, a
        statement noun) of this lemma is addressed to or answers ("responded to critics", "her
        reply to the letter")."""
        words = self.addressee_nouns if noun else self.addressee_verbs
        return word.dep_ == "prep" and word.lower_ in self.addressee_prepositions and \
            lemma in words and word.lower_ not in self.particle_cues.get(lemma, frozenset())

    def account_noun(self, noun: Token) -> bool:
        """Whether ``noun`` is the object of a preposition it makes an account phrase with
        ("by her own admission", account_phrases)."""
        return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
            noun.lemma_.lower() in self.account_phrases.get(noun.head.lower_, frozenset())

    def is_verb_cue(self, lemma: str) -> bool:
        return lemma in self.verbs

    def speaks(self, verb: Token) -> bool:
        """Whether ``verb`` is a speech verb (by its cue lemma)."""
        return self.verb_lemma(verb.lemma_, verb.text) in self.speech_verbs

    def verb_lemma(self, lemma: str, word: str) -> str:
        """The cue lemma of a verb form: the tagger's lemma, or, when that is no cue (a mislemmatised
        'hopes' -> 'hop'), the cue the inflected word form strips down to."""
        return known_lemma(lemma, word, self.verbs)

    def cue_class(self, lemma: str, pos: str) -> str:
        """What kind of attribution a cue word makes: 'speech' (said, the statement), 'belief'
        (believes, hopes, plans, is confident) or 'stance' (endorsed, criticism of, voted for);
        extract.statements sets 'question' from the content."""
        lemma = lemma.lower()
        if pos in ("NOUN", "PROPN"):
            if lemma in self.belief_nouns:
                return "belief"
            return "speech" if lemma in self.statement_nouns or lemma in self.document_nouns \
                else "stance"
        if pos == "ADJ":
            return "belief"
        if lemma in self.speech_verbs or lemma in self.source_prepositions or \
                lemma in self.predicate_cues:
            return "speech"
        if lemma in self.belief_verbs:
            return "belief"
        return "stance" if lemma in self.verbs else "speech"

    @property
    def pronouns(self) -> frozenset[str]:
        return self.person_pronouns | self.plural_pronouns | self.neuter_pronouns


def _words(values: object) -> frozenset[str]:
    return frozenset(str(v).lower() for v in (values or []))


@lru_cache(maxsize=4)
def load_cues(path: str | Path = CUES_FILE) -> CueLexicon:
    """Read the cue lexicon (cached per path)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    pron = data.get("pronouns") or {}
    speech = _words(data.get("speech_verbs"))
    appearance = _words(data.get("appearance_verbs"))
    belief = _words(data.get("belief_verbs")) | appearance
    obj = _words(data.get("object_verbs")) | _words(data.get("evidence_verbs"))
    particles = {str(k).lower(): _words(v) for k, v in (data.get("particle_cues") or {}).items()}
    predicates = {str(k).lower(): _words(v) for k, v in (data.get("predicate_cues") or {}).items()}
    accounts = {str(k).lower(): _words(v) for k, v in (data.get("account_phrases") or {}).items()}
    derived = {
        "belief_verbs": belief,
        "object_verbs": obj,
        "particle_cues": particles,
        "source_prepositions": {
            str(k).lower(): (None if v is None else str(v).lower())
            for k, v in (data.get("source_prepositions") or {}).items()
        },
        "person_pronouns": _words(pron.get("person")),
        "plural_pronouns": _words(pron.get("plural")),
        "neuter_pronouns": _words(pron.get("neuter")),
        "verbs": speech | belief | obj | frozenset(particles) | frozenset(predicates)
        | _words(data.get("experiencer_verbs")),
        "intention_verbs": _words(data.get("intention_verbs")) | appearance,
        "predicate_cues": predicates,
        "account_phrases": accounts,
    }
    # every other word set is the YAML list of the same name
    plain = {f.name: _words(data.get(f.name)) for f in fields(CueLexicon)
             if f.name not in derived and f.type == "frozenset[str]"}
    return CueLexicon(**plain, **derived)
