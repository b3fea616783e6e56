"""Which quotes a cue touches: quotes adjacent to its clause, quotes handing over to it, a quote
after 'that', and whether quotes make a content direct, mixed or indirect."""

from __future__ import annotations

import re

from spacy.tokens import Token

from onrecord.extract.statements.drafts import DocContext, opens_quote
from onrecord.extract.statements.quotes import Quote

SEPARATORS = {",", ":", "—", "–", "-", ";", "that", "(", ")"}
SET_OFF_DASHES = (" - ", " — ", " – ", " -- ", "—", "–")
NESTED_CLOSERS = "’'"         # closing marks of a quotation inside a quotation


def holds_quote(ctx: DocContext, tok: Token) -> bool:
    """True when any token of ``tok``'s subtree lies inside a quote."""
    return any(ctx.in_quote[i] >= 0 for i in range(tok.left_edge.i, tok.right_edge.i + 1))


def _skippable(ctx: DocContext, j: int) -> bool:
    """Token ``j`` may lie between a cue and its quote: a separator or a same-line space."""
    t = ctx.doc[j]
    return ctx.in_quote[j] < 0 and (t.text in SEPARATORS or t.is_space and "\n" not in t.text)


def adjacent_quotes(ctx: DocContext, core: set[int]) -> tuple[int, int]:
    """Indices of the quote ending just before and starting just after the core (or -1)."""
    lo, hi = min(core), max(core)
    left = right = -1
    j = lo - 1
    while j >= 0 and _skippable(ctx, j):
        j -= 1
    if j >= 0 and ctx.in_quote[j] >= 0:
        qi = ctx.in_quote[j]
        if ctx.q_tokens[qi][1] - 1 <= j + 1:
            left = qi
    j = hi + 1
    n = len(ctx.doc)
    colon = False
    while j < n and (_skippable(ctx, j) or colon and ctx.doc[j].is_space):
        colon = colon or ctx.doc[j].text == ":"
        j += 1
    if j < n and ctx.in_quote[j] >= 0:
        qi = ctx.in_quote[j]
        if ctx.q_tokens[qi][0] >= j - 1:
            right = qi
    return left, right


def hands_over(ctx: DocContext, qi: int) -> bool:
    """True when the quote ends with a comma or dash: the sentence goes on after the cue. A
    quotation nested at the end keeps its comma inside its own closing mark ('"... say
    ‘they’re civil,’" Sexton said'): the comma before that mark counts too."""
    q = ctx.quotes[qi]
    tail = ctx.text[q.end:min(q.close_pos + 1, len(ctx.text))]
    last = q.end
    while last > q.start and ctx.text[last - 1] in NESTED_CLOSERS:
        last -= 1
    return "," in tail or "—" in tail or ctx.text[last - 1:last] in (",", "—", "-", "?", "!")


def standalone(ctx: DocContext, qi: int) -> bool:
    """True when quote ``qi`` opens a sentence (see starts_sentence) or an aside set off by a
    dash ('... like the old governor - "He would have loved it," Holt said - and ...'): what
    stands before the dash is another clause, so the quote is the whole of what the cue after
    it reports. The dash must open the aside (the sentence's first), and the quote must hand
    over with a comma; a dash closing an earlier aside ('"A" -- an aside -- "B," he says')
    leaves the quote a continuation."""
    q = ctx.quotes[qi]
    if starts_sentence(ctx, q):
        return True
    before = ctx.text[ctx.paragraph(q.open_pos)[0]:q.open_pos]
    if not before.endswith(SET_OFF_DASHES):
        return False
    sentence = re.split(r"[.!?][\"”’']*\s", before)[-1].rstrip(" -—–")
    if any(dash in sentence for dash in SET_OFF_DASHES):
        return False
    tail = ctx.text[q.end:min(q.close_pos + 1, len(ctx.text))]
    return "," in tail or ctx.text[q.end - 1:q.end] == ","


def that_quote(ctx: DocContext, verb: Token, core: set[int]) -> tuple[int, int] | None:
    """'told diners at a breakfast spot that "I need you"': a quote opened right after a 'that'
    later in the cue's sentence, however the parser attached it."""
    doc = ctx.doc
    sent = ctx.sents[ctx.sent_of[verb.i]]
    for j in range(max(core) + 1, min(sent.end, len(doc) - 1)):
        if ctx.in_quote[j] >= 0:
            return None
        if doc[j].lower_ == "that" and doc[j].dep_ == "mark" and opens_quote(ctx, j + 1):
            q = ctx.quotes[ctx.in_quote[j + 1]]
            return q.start, q.end
    return None


def kind_of(ctx: DocContext, content: tuple[int, int]) -> tuple[str, list[int], tuple[int, int]]:
    """direct when one quote covers the content, mixed when quotes cover part of it."""
    a, b = content
    qs = [k for k, q in enumerate(ctx.quotes) if q.open_pos < b and q.close_pos > a]
    if not qs:
        return "indirect", [], content
    last = ctx.quotes[qs[-1]]
    if last.closed and last.open_pos >= a and b < last.close_pos <= b + 3:
        content = (a, last.close_pos)   # keep the closing mark of a quoted fragment
    if len(qs) == 1 and ctx.quotes[qs[0]].open_pos <= a and ctx.quotes[qs[0]].end >= b - 1:
        return "direct", qs, content
    return "mixed", qs, content


def starts_sentence(ctx: DocContext, q: Quote) -> bool:
    """True when only a paragraph start or a sentence end (and a But/And/Yet/So) precedes it."""
    para_start = ctx.text.rfind("\n", 0, q.open_pos) + 1
    before = ctx.text[para_start:q.open_pos].rstrip()
    if before.split()[-1:] in (["But"], ["And"], ["Yet"], ["So"]):
        before = before[:-len(before.split()[-1])].rstrip()
    return before == "" or before[-1] in ".!?\"”:"


def quote_after_colon(ctx: DocContext, end: int) -> int:
    """Index of the quote opened right after a colon that closes an object content ending at
    token ``end`` ("slammed the bank chief: '...'"), or -1."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].text != ":" or ctx.in_quote[end] >= 0:
        return -1
    k = end + 1
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1
    if k >= len(doc) or ctx.in_quote[k] < 0 or ctx.q_tokens[ctx.in_quote[k]][0] != k:
        return -1
    return ctx.in_quote[k]
