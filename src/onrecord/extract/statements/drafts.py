"""Statement drafts and the per-document lookups (sentences, quotes, paragraphs) shared by the
statement passes (extract.statements) and speaker finding and resolution (statements.speakers)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from onrecord.actors.model import DocActors, Mention
from onrecord.extract.statements.cues import CueLexicon
from onrecord.extract.statements.quotes import Quote, find_quotes
from onrecord.schema import Actor


@dataclass
class Draft:
    """A statement under construction."""

    speaker_tok: Token | None
    speaker_span: tuple[int, int]               # token range of the local speaker words
    cue: tuple[int, int] | None                 # token range of the cue words
    cue_token: int | None
    content: tuple[int, int]                    # char range
    kind: str
    quotes: list[int] = field(default_factory=list)
    speaker_actor: Actor | None = None
    mention: Mention | None = None
    content_type: str = ""                      # clause | object | "" (quote, colon, other)


class DocContext:
    """Per-document lookups shared by the passes."""

    def __init__(self, doc: Doc, doc_actors: DocActors, lex: CueLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.actors = doc_actors
        self.lex = lex
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for n, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = n
        self.quotes: list[Quote] = find_quotes(self.text)
        self.q_tokens: list[tuple[int, int]] = []   # token range incl. marks
        self.in_quote = [-1] * len(doc)
        for qi, q in enumerate(self.quotes):
            span = doc.char_span(q.open_pos, q.close_pos, alignment_mode="expand")
            if span is None:
                self.q_tokens.append((0, 0))
                continue
            self.q_tokens.append((span.start, span.end))
            for i in range(span.start, span.end):
                if self.in_quote[i] < 0:
                    self.in_quote[i] = qi
        self.persons = [e for e in doc.ents if e.label_ == "PERSON"]

    def paragraph(self, char: int) -> tuple[int, int]:
        lo = self.text.rfind("\n", 0, char) + 1
        hi = self.text.find("\n", char)
        return lo, (len(self.text) if hi < 0 else hi)

    def char_range(self, lo: int, hi: int, anchor: int) -> tuple[int, int]:
        """Char range of doc[lo:hi], edge punctuation trimmed, kept in the anchor's paragraph."""
        doc = self.doc
        p_lo, p_hi = self.paragraph(doc[anchor].idx)
        while lo < hi and doc[lo].idx < p_lo:
            lo += 1
        while hi > lo and doc[hi - 1].idx >= p_hi:
            hi -= 1
        while lo < hi and (doc[lo].is_punct and not opens_quote(self, lo) or doc[lo].is_space
                           or doc[lo].dep_ == "mark" and doc[lo].lower_ == "that"):
            lo += 1
        while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].is_punct
                           and doc[hi - 1].text not in "?!%\"”’)'"
                           and not closes_quote(self, hi - 1)):
            hi -= 1
        if hi <= lo:
            return (0, 0)
        return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def opens_quote(ctx: DocContext, i: int) -> bool:
    qi = ctx.in_quote[i]
    return qi >= 0 and ctx.q_tokens[qi][0] == i


def closes_quote(ctx: DocContext, i: int) -> bool:
    qi = ctx.in_quote[i]
    return qi >= 0 and ctx.q_tokens[qi][1] - 1 == i and ctx.quotes[qi].closed


