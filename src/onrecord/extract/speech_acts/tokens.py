"""Parse-tree look-ups shared by the speech-act rules: the token at a character, the
sentence of a token, tokens by lemma, questions, "to"-clauses and negated verbs."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Token

from onrecord.extract.triggers import VERB_POS


def sentence_index(sents: list, token_i: int) -> int:
    """Index of the sentence (in document order) that holds token ``token_i``."""
    return max(0, bisect_right(sents, token_i, key=lambda s: s.start) - 1)


def token_at(doc, char: int):
    """The token starting at character ``char`` (None when none does)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def tokens_by_lemma(coder: Any, lemmas: Iterable[str]) -> list[Token]:
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


def to_clause(verb: Token, deps: tuple[str, ...] = ("xcomp",)) -> Token | None:
    """The head verb of the infinitival clause ("to supply tanks") hanging from ``verb`` by one
    of ``deps``, or None."""
    return next((c for c in verb.children if c.dep_ in deps and c.pos_ in VERB_POS
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def is_negated(verb: Token) -> bool:
    """True when ``verb`` carries a negation of its own ("did not ask", "never asked")."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never"
               for c in verb.children)


def in_question(sents: list, i: int) -> bool:
    """True when token ``i`` sits in a question."""
    return sents[sentence_index(sents, i)].text.rstrip(" \"'”’)\n").endswith("?")
