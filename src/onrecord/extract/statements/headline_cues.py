"""Headline cues: a name and a colon opening a line ('Putin: ...', a transcript line) and
title-case headlines whose cue verb the tagger took for a name ('Jones Endorses Smith')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from onrecord.extract.statements.drafts import DocContext, Draft
from onrecord.extract.statements.quote_snapping import kind_of, quote_after_colon

HEADLINE_SPEAKER_TOKENS = 6
HEADLINE_MAX_TOKENS = 30
SECTION_LABEL_WORDS = 4     # a subhead's phrase: "A closing surge", "Now or never"


def headline_colon(ctx: DocContext, tok: Token, in_quote: bool = False) -> Draft | None:
    """'Putin: Russia will respond', 'Former Minister Jones on the deal: ...' — a short name or
    title opening a line, then a colon and what was said; in a quoted transcript ('"WALLACE: Let's
    start ...') only a name in capitals."""
    doc = ctx.doc
    p_lo, p_hi = ctx.paragraph(tok.idx)
    first = doc.char_span(p_lo, tok.idx, alignment_mode="expand")
    if first is None or not 0 < len(first) <= HEADLINE_SPEAKER_TOKENS or first.start == tok.i:
        return None
    if in_quote and not all(t.is_upper or t.is_punct for t in first if not t.is_space):
        return None
    if any(t.is_punct and t.text in ":;" for t in first):
        return None
    cut = next((t.i for t in first if t.pos_ == "ADP" and t.i > first.start), first.end)
    head_part = doc[first.start:cut]
    while len(head_part) and head_part[0].is_punct or len(head_part) > 1 and \
            head_part[0].is_upper and head_part[1].is_punct:
        head_part = doc[head_part.start + (1 if head_part[0].is_punct else 2):cut]
    words = [t for t in head_part if t.is_alpha]
    if not words or not head_part[0].text[:1].isupper() or \
            any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") for t in head_part) or \
            not any(t.pos_ == "PROPN" or t.lemma_.lower() in ctx.lex.document_nouns
                    or t.pos_ == "NOUN" and t.is_title for t in head_part):
        return None
    if len(head_part) == 1 and head_part[0].pos_ != "PROPN" and \
            head_part[0].lemma_.lower() not in ctx.lex.document_nouns and \
            head_part[0].ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") and \
            ctx.actors.actor_for(head_part[0]) is None and not _named_elsewhere(head_part[0]):
        return None     # "Update: ..."; but "Sanders: ..." with the name tagged as a noun
    if any(_title_cue_verb(ctx, t) for t in head_part[1:]):
        return None     # "Jones Slams Smith: ...": a title-case headline verb (see below)
    if any(t.lower_ in ctx.lex.colon_labels for t in head_part):
        return None     # "Editor's note:", "Correction:": labels, not speakers
    end = doc.char_span(tok.idx, p_hi, alignment_mode="expand")
    stop = end.end if end is not None else tok.i + 1
    content = ctx.char_range(tok.i + 1, stop, tok.i)
    if content[1] <= content[0] or not any(ch.isalpha() for ch in ctx.text[content[0]:content[1]]):
        return None     # "Clinton: 547": a tally, no claim
    said = doc[tok.i + 1:stop]
    if _roster(said) or p_lo > 0 and not in_quote and _section_label(ctx, said):
        return None     # "Ohio: Ames, Brandt, Velasco", a list's subhead "Orlan: Hang on"
    kind, quotes, content = kind_of(ctx, content)
    return Draft(head_part.root, (head_part.start, head_part.end), (tok.i, tok.i + 1), tok.i,
                  content, kind, quotes)


def _roster(said: Span) -> bool:
    """'Ohio: Ames, Brandt, Velasco': names listed after the colon, a roster, no claim."""
    words = [t for t in said if not t.is_punct and not t.is_space]
    return any(t.text == "," for t in said) and bool(words) and \
        all(t.pos_ == "PROPN" or t.pos_ == "CCONJ" for t in words)


def _section_label(ctx: DocContext, said: Span) -> bool:
    """'Orlan: Hang on', 'Velasco: A closing surge': below the title, a name and a colon before a
    short phrase with no subject and no quote head a section about that person (a list of
    candidates' prospects), no one's words; "Ames: Taxes will rise" still says something."""
    words = [t for t in said if t.is_alpha]
    return 0 < len(words) <= SECTION_LABEL_WORDS and \
        not any(ctx.in_quote[t.i] >= 0 for t in said) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= said.start
                for t in said for c in t.children)


def _named_elsewhere(word: Token) -> bool:
    """A capitalised word the text also capitalises inside a sentence: a name, whatever its tag
    ('Sanders: ...' with 'said Sanders' further on)."""
    return any(t.text == word.text and not t.is_sent_start and t.i != word.i and
               not (t.doc[t.i - 1].is_punct and t.doc[t.i - 1].text not in ",;")
               for t in word.doc)


def _title_cue_verb(ctx: DocContext, t: Token) -> bool:
    """'Endorses', 'Slams': a capitalised present-tense speech or stance verb of a headline."""
    if not t.is_title or t.ent_iob_ == "B" and t.ent_type_ == "PERSON":
        return False
    low = t.lower_
    lemma = ctx.lex.verb_lemma(low, low)
    return low.endswith("s") and lemma != low and (lemma in ctx.lex.speech_verbs
                                                   or lemma in ctx.lex.stance_verbs)


def title_case_headlines(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """'Senator Jones Endorses Governor Smith.': a short title-case line whose cue verb the tagger
    took for a name; the words before it speak, the words after it (to a colon) are the content."""
    doc = ctx.doc
    out = []
    taken = {ctx.text.rfind("\n", 0, doc[d.cue_token].idx) for d in drafts
             if d.cue_token is not None}
    for sent in ctx.sents:
        p_lo, p_hi = ctx.paragraph(sent.start_char)
        if p_lo != sent.start_char or p_lo - 1 in taken:
            continue
        line = doc.char_span(p_lo, p_hi, alignment_mode="expand")
        if line is None or not 3 <= len(line) <= HEADLINE_MAX_TOKENS:
            continue
        words = [t for t in line if t.is_alpha]
        if len(words) < 3 or sum(t.is_title or t.is_upper for t in words) < 0.8 * len(words):
            continue
        for t in line[1:]:
            if not _title_cue_verb(ctx, t):
                continue
            who = doc[line.start:t.i]
            if not any(w.pos_ == "PROPN" for w in who) or any(w.text in ":,;" for w in who):
                break
            stop = next((w.i for w in doc[t.i + 1:line.end] if w.text in (":", "–", "—", ";")),
                        line.end)
            content = ctx.char_range(t.i + 1, stop, t.i)
            said = quote_after_colon(ctx, stop)
            if said >= 0:       # "Orlan Slams Bank Chief: 'You Should Resign'": the quote
                content = (ctx.quotes[said].start, ctx.quotes[said].end)
            if content[1] > content[0]:
                kind, quotes, content = kind_of(ctx, content)
                out.append(Draft(who[-1], (who.start, who.end), (t.i, t.i + 1), t.i, content,
                                  kind, quotes))
            break
    return drafts + out
