"""Quotes with no cue of their own and quotes over paragraphs: dash-signed quotes, quotes that
carry on a speaker, one statement per paragraph piece, continued quotes merged."""

from __future__ import annotations

from dataclasses import replace

from onrecord.extract.statements.drafts import DocContext, Draft
from onrecord.extract.statements.quote_snapping import starts_sentence

MIN_FOLLOW_ON_WORDS = 4
FOLLOW_ON_PARAGRAPHS = 2
MAX_MERGE_GAP = 250
DASHES = "―—–-"


def dash_signed(ctx: DocContext, qi: int) -> Draft | None:
    """'"…" ― Sonya Herridge': a quote signed with a dash and a name closing the paragraph or
    standing before the next quote."""
    q = ctx.quotes[qi]
    if not q.closed:
        return None
    _, p_hi = ctx.paragraph(q.open_pos)
    nxt = next((o.open_pos for o in ctx.quotes if q.close_pos < o.open_pos < p_hi), p_hi)
    tail = ctx.text[q.close_pos:nxt]     # '"A" ― Ann Lee "B" ― Bo Li': each name signs its quote
    stripped = tail.lstrip()
    if not stripped or stripped[0] not in DASHES:
        return None
    name = stripped.lstrip(DASHES).strip().rstrip(".")
    if not name or not name[0].isupper() or len(name.split()) > 6:
        return None
    dash = q.close_pos + tail.index(stripped[0])
    n_start = ctx.text.index(name, dash)
    span = ctx.doc.char_span(n_start, n_start + len(name), alignment_mode="expand")
    cue = ctx.doc.char_span(dash, dash + 1, alignment_mode="expand")
    if span is None or cue is None:
        return None
    return Draft(span.root, (span.start, span.end), (cue.start, cue.end), cue.start,
                  (q.start, q.end), "direct", [qi])


def only_question(text: str) -> bool:
    """True when the text is a single question (it ends in "?" and has no earlier sentence end)."""
    text = text.rstrip(" \"”’'")
    return text.endswith("?") and not any(ch in text[:-1].rstrip("?") for ch in ".!?")


def follow_on(ctx: DocContext, qi: int, drafts: list[Draft]) -> Draft | None:
    """A quote with no cue continues the latest speaker (same block, or 1-2 paragraphs back)."""
    q = ctx.quotes[qi]
    lo, hi = ctx.q_tokens[qi]
    if hi <= lo:
        return None
    owner = _carried_on(ctx, qi, drafts)
    if owner is None:
        owner = next((d for d in drafts if any(ctx.quotes[k].block == q.block for k in d.quotes)),
                     None)
    if owner is None:
        words = [t for t in ctx.doc[lo:hi] if t.is_alpha]
        if not starts_sentence(ctx, q) or len(words) < MIN_FOLLOW_ON_WORDS or q.single:
            return None
        if not any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        if only_question(ctx.text[q.start:q.end]):
            return None
        prev = [d for d in drafts if d.content[1] <= q.open_pos and d.speaker_actor is not None]
        if not prev:
            return None
        owner = prev[-1]
        gap = ctx.text[owner.content[1]:q.open_pos]
        if gap.count("\n") - gap.count("\n\n") > FOLLOW_ON_PARAGRAPHS:
            return None
    return Draft(owner.speaker_tok, owner.speaker_span, None, None, (q.start, q.end), "direct",
                  [qi], owner.speaker_actor, owner.mention)


def _carried_on(ctx: DocContext, qi: int, drafts: list[Draft]) -> Draft | None:
    """'"A," Sexton said. "B ...': the quoted statement just before in the same paragraph, when
    only its cue clause lies between, owns a quote with no cue (even one left open at the
    paragraph end and so linked to a later quote block)."""
    q = ctx.quotes[qi]
    prev = [d for d in drafts if d.content[1] <= q.start and ends_quoted(ctx, d)
            and d.cue is not None]
    if not prev:
        return None
    m = max(prev, key=lambda d: d.content[1])
    if ctx.paragraph(m.content[0]) != ctx.paragraph(q.start):
        return None
    probe = Draft(None, (0, 0), None, None, (q.start, q.end), "direct", [qi])
    return m if _only_cue_between(ctx, m, probe) else None


def split_paragraphs(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """A quote never runs over a paragraph break: one statement per paragraph piece."""
    out = []
    for d in drafts:
        a, b = d.content
        if "\n" not in ctx.text[a:b] or not d.quotes:
            out.append(d)
            continue
        cue_char = ctx.doc[d.cue_token].idx if d.cue_token is not None else a
        for k in d.quotes:
            q = ctx.quotes[k]
            piece = (max(a, q.start), min(b, q.end))
            if piece[1] <= piece[0]:
                continue
            p_lo, p_hi = ctx.paragraph(q.start)
            own = p_lo <= cue_char <= p_hi or d.cue_token is None
            out.append(replace(d, content=piece, quotes=[k], kind="direct",
                               cue=d.cue if own else None,
                               cue_token=d.cue_token if own else None))
    return out


def merge_continued(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """One quotation, one statement: a quote carried on with no cue of its own ('"A," he said.
    "B."', a quote running over paragraphs) joins the statement of the same speaker before it."""
    drafts = sorted(drafts, key=lambda d: (d.content[0], d.content[1]))
    out: list[Draft] = []
    first_cue: dict[int, int] = {}      # cue token -> index in out of the first draft it cues
    for d in drafts:
        k = _continued_owner(ctx, out, d, first_cue) if d.cue is None and \
            d.kind == "direct" and d.quotes else None
        if k is not None:
            m = out[k]     # a merge keeps m's cue token, so first_cue stays right
            out[k] = replace(m, content=(m.content[0], d.content[1]), quotes=m.quotes + d.quotes)
            continue
        if d.cue_token is not None:
            first_cue.setdefault(d.cue_token, len(out))
        out.append(d)
    return out


def _continued_owner(ctx: DocContext, out: list[Draft], d: Draft,
                     first_cue: dict[int, int]) -> int | None:
    """Index in ``out`` of the quoted statement ``d`` carries on: the last one, or the one before
    statements hanging on its own cue clause ('"A," said X, referring to Y. "B."').
    ``first_cue`` maps each cue token to the index of the first draft in ``out`` it cues, so an
    earlier cue clause is found by walking the cue's ancestors, not by scanning ``out``."""
    k = len(out) - 1
    while k >= 0:
        m = out[k]
        if ends_quoted(ctx, m) and d.speaker_span == m.speaker_span and \
                m.content[1] <= d.content[0] and _only_cue_between(ctx, m, d):
            return k
        if m.cue_token is None or not any(
                first_cue.get(a.i, k) < k for a in ctx.doc[m.cue_token].ancestors):
            return None     # only statements nested in an earlier cue clause are stepped over
        k -= 1
    return None


def ends_quoted(ctx: DocContext, m: Draft) -> bool:
    """A statement whose content ends in a quote: a direct quote, a paraphrase closing on a
    quoted part ('the city needs leaders "who listen," Ames said') or a partly quoted content
    before its cue clause ("''A'' of the plan, Birk said."), which a later uncued quote may
    carry on."""
    if not m.quotes:
        return False
    if m.kind == "direct":
        return True
    if m.kind == "mixed" and m.cue_token is not None and \
            m.content[1] <= ctx.doc[m.cue_token].idx:
        return True     # "''A'' of the plan, Birk said. ''B.''": the cue clause closes it
    last = ctx.quotes[m.quotes[-1]]
    return m.kind == "mixed" and last.end <= m.content[1] <= last.close_pos


def _only_cue_between(ctx: DocContext, m: Draft, d: Draft) -> bool:
    """True when nothing but marks, punctuation, breaks and m's own speaker phrase and cue clause
    lies between m's content and d's ('"A," said X, a professor at Y, on Monday. "B."')."""
    a, b = m.content[1], d.content[0]
    if b - a > MAX_MERGE_GAP:
        return False
    own = set()
    for lo, hi in (m.speaker_span, m.cue or (0, 0)):
        if hi > lo:
            span = ctx.doc[lo:hi]
            own.update(range(span.start_char, span.end_char))
    for head in (m.cue_token, m.speaker_tok.i if m.speaker_tok is not None else None):
        if head is None:
            continue
        for t in ctx.doc[head].subtree:     # the cue's clause, the speaker's apposition
            if a <= t.idx < b:
                own.update(range(t.idx, t.idx + len(t.text)))
    if any(a <= q.open_pos and q.close_pos <= b and q.open_pos not in own for q in ctx.quotes):
        return False
    gap = "".join(ch for k, ch in enumerate(ctx.text[a:b], a) if k not in own)
    if gap.count("\n") - gap.count("\n\n") > FOLLOW_ON_PARAGRAPHS:
        return False
    return not any(ch.isalnum() for ch in gap)
