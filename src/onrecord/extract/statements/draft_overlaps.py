"""Statement drafts that overlap: contents cut at trailing and coordinate cues, one statement
per quote and speaker, and beliefs nested in what someone said folded into it."""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.extract.statements.content_spans import content_conjunct, cue_conjunct
from onrecord.extract.statements.drafts import DocContext, Draft
from onrecord.extract.statements.quote_snapping import kind_of
from onrecord.extract.statements.speakers import RELATIVE_PRONOUNS, SUBJECT_DEPS

SET_OFF_CHARS = " \t-—–,:;"      # what may stand between a paraphrase and a quote it hands on
DASHES = "-—–"


def trim_at_trailing_cues(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """'A said B, Reuters reports.': A's content stops where the trailing cue clause begins. A
    relative clause ('said the pact, which Putin opposed, was dead') is no trailing cue: its
    content before it is its relative word or the noun it hangs on."""
    for t in drafts:
        if t.cue_token is None or t.quotes and t.kind == "direct" or \
                ctx.doc[t.cue_token].dep_ == "relcl":
            continue
        cue_at = ctx.doc[t.cue_token].idx
        _, b = t.content
        if not b <= cue_at:
            continue
        for d in drafts:
            if d is not t and d.content[0] < b < d.content[1] and d.content[1] >= cue_at:
                d.content = (d.content[0], b)
    return drafts


def _coordinate(ctx: DocContext, outer: Token, verb: Token) -> bool:
    """True when cue ``verb``, found inside the content of cue ``outer``, stands beside that
    content rather than inside it: a second cue of the same speaker ("said X and said Y", "says
    X and calls her Y"), a cue with its own subject joined by a conjunction or a clause mark
    ("A said X, and B said Y", "A accuses X while B suggests Y"), or a trailing gerund
    ("said X, telling them Y"), or a speech verb with its own subject in a relative clause set off
    by a comma ("said the vote was a fraud, which he called 'a disaster'"): an aside of its own."""
    if ctx.in_quote[verb.i] >= 0 or verb.head.i == verb.i:
        return False
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if verb.dep_ == "conj":
        if own_subject:
            return verb.head.i != outer.i and not content_conjunct(ctx.lex, verb)
        lemma = ctx.lex.verb_lemma(verb.lemma_, verb.text)
        return lemma == ctx.lex.verb_lemma(outer.lemma_, outer.text) or \
            cue_conjunct(ctx.lex, outer, verb.head, verb)
    if verb.dep_ in ("advcl", "parataxis") and own_subject:
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        return verb.dep_ == "parataxis" or mark is not None and mark.lower_ in ("while", "whereas")
    if verb.dep_ in ("relcl", "ccomp") and _aside(ctx, verb):
        return ctx.lex.speaks(verb)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and \
            ctx.doc[verb.left_edge.i - 1].text == ",":
        return ctx.lex.speaks(verb)
    return False


def _aside(ctx: DocContext, verb: Token) -> bool:
    """A relative clause set off by a comma whose subject is not the relative word itself
    (", which he called ...", ", who she described as ..."): its verb is its subject's own. The
    parser may hang such a clause as a complement; then only a wh-word opens it."""
    first = verb.left_edge
    if first.i == 0 or ctx.doc[first.i - 1].text != "," or first.lower_ not in RELATIVE_PRONOUNS:
        return False
    if verb.dep_ != "relcl" and first.tag_ not in ("WDT", "WP"):
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i != first.i for c in verb.children)


def cut_at_coordinate_cues(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """A content ends where a coordinate cue begins ('He said X and said that Y': X, then Y; 'A
    accuses B of X while B suggests Y'); a second cue with no subject of its own takes the
    speaker of the first."""
    doc = ctx.doc
    by_cue = {d.cue_token: d for d in drafts if d.cue_token is not None}
    for b in drafts:
        v_i = b.cue_token
        if v_i is None or doc[v_i].pos_ not in ("VERB", "AUX"):
            continue
        verb = doc[v_i]
        for a in drafts:
            if a.cue_token is None or a.cue_token == v_i or a.content_type != "clause" and \
                    a.content_type != "object" or not a.content[0] <= verb.head.idx < a.content[1]:
                continue
            outer = doc[a.cue_token]
            if not _coordinate(ctx, outer, verb):
                continue
            cut = verb.left_edge.i
            if verb.dep_ == "conj" or verb.dep_ in ("relcl", "ccomp") and _aside(ctx, verb):
                cut = min(cut, verb.i)
                while cut > 0 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct
                                   or doc[cut - 1].is_space):
                    cut -= 1
            lo = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
            if lo is None or cut <= lo.start:
                continue
            if verb.idx < a.content[1]:
                new = ctx.char_range(lo.start, cut, a.cue_token)
                if new[1] > new[0]:
                    a.content = (a.content[0], new[1])
                    if a.kind == "mixed":       # the quoted part may have gone with the cut
                        a.kind, a.quotes, a.content = kind_of(ctx, a.content)
            if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                    and a.speaker_tok is not None and by_cue.get(v_i) is b:
                b.speaker_tok, b.speaker_span = a.speaker_tok, a.speaker_span
    return drafts


def dedupe(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """One statement per quote and speaker: a quote claimed twice keeps the nearer cue."""
    _release_first_quote(ctx, drafts)
    by_quote: dict[tuple[int, tuple[int, int]], Draft] = {}
    out = []
    for d in drafts:
        if d.kind == "direct" and d.quotes:
            key = (d.quotes[0], (0, 0))
            old = by_quote.get(key)
            if old is not None and old.speaker_tok is not None and d.speaker_tok is not None \
                    and old.speaker_tok.i in [c.i for c in d.speaker_tok.conjuncts]:
                key = (d.quotes[0], d.speaker_span)
                old = None
            if old is not None:
                if _distance(ctx, old) <= _distance(ctx, d):
                    continue
                out.remove(old)
            by_quote[key] = d
        out.append(d)
    _cede_handed_over_quotes(ctx, out)
    seen: set[tuple[int, int, tuple[int, int]]] = set()
    uniq = []
    for d in out:
        key = (d.content[0], d.content[1], d.speaker_span)
        if key not in seen:
            seen.add(key)
            uniq.append(d)
    return uniq


def _cede_handed_over_quotes(ctx: DocContext, drafts: list[Draft]) -> None:
    """'suggested the mayor liked harsh rulers - "He would have loved it," Holt said - and ...':
    a paraphrase that runs on, past a dash, into a quote handed over to a cue after it (a direct
    statement of its own) ends before the dash; the quote is what the later cue reports. A quote
    the paraphrase's own clause runs into ('said the aim was to "avoid it," according to X')
    stays in it."""
    handed = {d.quotes[0]: d for d in drafts if d.kind == "direct" and len(d.quotes) == 1
              and d.cue_token is not None
              and ctx.doc[d.cue_token].idx >= ctx.quotes[d.quotes[0]].close_pos}
    for d in drafts:
        if d.kind != "mixed" or not d.quotes or d.cue_token is None:
            continue
        q = ctx.quotes[d.quotes[-1]]
        owner = handed.get(d.quotes[-1])
        if owner is None or owner is d or q.open_pos <= d.content[0] or \
                ctx.doc[d.cue_token].idx >= q.open_pos:
            continue
        end = q.open_pos
        while end > d.content[0] and ctx.text[end - 1] in SET_OFF_CHARS:
            end -= 1
        if end > d.content[0] and any(ch in DASHES for ch in ctx.text[end:q.open_pos]):
            d.kind, d.quotes, d.content = kind_of(ctx, (d.content[0], end))


def _release_first_quote(ctx: DocContext, drafts: list[Draft]) -> None:
    """'X said of Y, "A," adding that "B."': a cue between two quotes takes both only when no
    other cue claims the first; when the cue before it does, the later cue keeps the second."""
    for d in drafts:
        if d.kind != "direct" or len(d.quotes) < 2 or d.cue_token is None:
            continue
        first, second = d.quotes[0], d.quotes[1]
        if not ctx.q_tokens[first][1] <= d.cue_token < ctx.q_tokens[second][0]:
            continue
        if any(o is not d and o.quotes == [first] and o.cue_token is not None
               and o.cue_token < ctx.q_tokens[first][0] for o in drafts):
            d.quotes = d.quotes[1:]
            d.content = (ctx.quotes[second].start, d.content[1])


def drop_nested_beliefs(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """A belief, stance or quoted characterisation inside what someone said ("she said he
    believes ...", "Rubio says he opposes ...", "he said the mayor called it 'a disgrace'") is part
    of that statement; only plain reporting verbs of a named or described speaker nest ("said
    the minister told Y"; "said he told Y" is one statement)."""
    lex = ctx.lex
    spoken = [d for d in drafts if d.cue_token is not None]
    out = []
    for d in drafts:
        if d.cue_token is not None:
            tok = ctx.doc[d.cue_token]
            lemma = lex.verb_lemma(tok.lemma_, tok.text)
            nests = lemma in lex.nested_verbs and not (
                d.speaker_tok is not None and d.speaker_tok.pos_ == "PRON")
            if not nests and tok.lower_ != "according" and any(
                    o.content[0] <= tok.idx < o.content[1] and o.cue_token != d.cue_token
                    for o in spoken):     # its own content ("X, she vowed, will ...") aside
                continue
        out.append(d)
    return out


def _distance(ctx: DocContext, d: Draft) -> int:
    """Tokens between a draft's cue and its first quote (10**9 without either)."""
    if d.cue_token is None or not d.quotes:
        return 10**9
    lo, hi = ctx.q_tokens[d.quotes[0]]
    return min(abs(d.cue_token - lo), abs(d.cue_token - hi))
