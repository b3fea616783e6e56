"""Who said what: direct quotes, reported speech and attributions, with their speakers resolved.

Quotes come from the raw text (statements.quotes), cues from the dependency parse and the cue
lexicon (statements.cues); each cue's content is snapped to the quotes next to it.

Passes over one Doc: (1) cues — speech/belief/stance verbs, "according to", statement, stance
and holder nouns, stance adjectives, headline colons — each with its speaker and content (a
that-clause, an object or infinitive, an adjacent quote, the clause before a trailing "...,
Reuters reports", the subject of a passive stance "rejected by X", failing all these the verb's
complements); (2) quotes signed with a dash; (3) speakers resolved (statements.speakers: pronouns
fall back to the latest compatible speaker nearby, documents to the body that issued them);
(4) quotes with no cue continue the speaker of their quote block or of the statement just before;
(5) quotes are cut at paragraph breaks, one statement per piece. Each statement gets a cue class
(speech | belief | stance | question, FoundStatement.cue_class) so that consumers can tell what
was said from what is believed, intended or supported.

The passes live in this package's modules: verb cues in verb_cues.py, the other cues in
nonverb_cues.py and headline_cues.py, content boundaries in content_spans.py, quotes next to a cue
in quote_snapping.py, overlapping drafts in draft_overlaps.py, quotes with no cue and quotes over
paragraphs in quote_blocks.py, cue classes in cue_classes.py; the drafts they share in drafts.py,
the cue lexicon in cues.py, quotes in quotes.py, speakers in speakers.py. This __init__ runs
the passes in order (extract_statements).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from onrecord.actors.model import DocActors
from onrecord.extract.model import FoundStatement
from onrecord.extract.statements.cue_classes import cue_class, writers_question
from onrecord.extract.statements.cues import load_cues
from onrecord.extract.statements.draft_overlaps import (
    cut_at_coordinate_cues,
    dedupe,
    drop_nested_beliefs,
    trim_at_trailing_cues,
)
from onrecord.extract.statements.drafts import DocContext, Draft
from onrecord.extract.statements.headline_cues import headline_colon, title_case_headlines
from onrecord.extract.statements.nonverb_cues import (
    according_cue,
    adjective_cue,
    finding_cue,
    noun_cue,
)
from onrecord.extract.statements.quote_blocks import (
    dash_signed,
    follow_on,
    merge_continued,
    split_paragraphs,
)
from onrecord.extract.statements.speakers import (
    RELATIVE_PRONOUNS,
    co_speakers,
    resolve_speaker,
    speaker_range,
)
from onrecord.extract.statements.verb_cues import mistagged_plural_cue, mistagged_verb, verb_cue
from onrecord.schema import Actor, Span


def _find_cues(ctx: DocContext) -> list[Draft]:
    """Drafts of every cue in the document, one per speaker of coordinated speakers."""
    lex = ctx.lex
    drafts: list[Draft] = []
    for tok in ctx.doc:
        inq = ctx.in_quote[tok.i] >= 0
        low = tok.lower_
        d = None
        if (tok.pos_ == "VERB" or mistagged_verb(tok)) and \
                lex.is_verb_cue(lex.verb_lemma(tok.lemma_, tok.text)):
            d = verb_cue(ctx, tok, inq)
        elif inq:
            if low == ":":
                d = headline_colon(ctx, tok, in_quote=True)     # a quoted transcript line
            if d is None:
                continue
        elif low == "according":
            d = according_cue(ctx, tok)
        elif low == "in" and tok.dep_ == "prep":
            d = finding_cue(ctx, tok)
        elif tok.pos_ == "NOUN" and (tok.lemma_.lower() in lex.statement_nouns
                                     or tok.lemma_.lower() in lex.stance_nouns
                                     or tok.lemma_.lower() in lex.holder_nouns
                                     or tok.lemma_.lower() in lex.intention_nouns
                                     or tok.lemma_.lower() in lex.stance_phrase_nouns
                                     or lex.account_noun(tok)):
            d = noun_cue(ctx, tok)
        elif low == ":" and tok.i > 0:
            d = headline_colon(ctx, tok)
        elif tok.dep_ == "acomp" and low in lex.stance_adjectives:
            d = adjective_cue(ctx, tok)
        if d is None and tok.pos_ == "NOUN" and not inq:
            d = mistagged_plural_cue(ctx, tok)      # "Lindqvist claims that ..." as a noun
        if d is None or writers_question(ctx, d):
            continue
        drafts.append(d)
        if d.speaker_tok is not None and \
                ctx.doc[d.speaker_span[0]].lower_ not in RELATIVE_PRONOUNS:
            for other in co_speakers(d.speaker_tok):     # "A and B said": one statement each
                cue = ctx.doc[d.cue_token] if d.cue_token is not None else other
                drafts.append(replace(d, speaker_tok=other,
                                      speaker_span=speaker_range(ctx, other, cue)))
    return drafts


def extract_statements(doc: Doc, doc_actors: DocActors) -> list[FoundStatement]:
    """Every statement in ``doc`` in text order (see extract/model.py FoundStatement)."""
    ctx = DocContext(doc, doc_actors, load_cues())
    drafts = cut_at_coordinate_cues(ctx, trim_at_trailing_cues(ctx, _find_cues(ctx)))
    drafts = drop_nested_beliefs(ctx, dedupe(ctx, [d for d in drafts if not _elided(ctx, d)]))
    drafts = title_case_headlines(ctx, drafts)
    taken = {k for d in drafts for k in d.quotes}
    for qi in range(len(ctx.quotes)):
        if qi not in taken:
            signed = dash_signed(ctx, qi)
            if signed is not None:
                drafts.append(signed)
    resolved: list[Draft] = []
    for d in sorted(drafts, key=lambda d: d.cue_token if d.cue_token is not None else 0):
        resolve_speaker(ctx, d, resolved)
        resolved.append(d)
    claimed = {k for d in drafts for k in d.quotes}
    ordered = sorted(drafts, key=lambda d: d.content[0])
    for qi, q in enumerate(ctx.quotes):
        if qi in claimed or any(d.content[0] <= q.start < d.content[1] for d in drafts):
            continue
        f = follow_on(ctx, qi, ordered)
        if f is not None:
            drafts.append(f)
            ordered = sorted(drafts, key=lambda d: d.content[0])
            claimed.add(qi)
    drafts = merge_continued(ctx, split_paragraphs(ctx, drafts))
    drafts.sort(key=lambda d: (d.content[0], d.content[1], d.speaker_span))
    return [_finish(ctx, d) for d in drafts]


def _elided(ctx: DocContext, d: Draft) -> bool:
    """Whether the content is only an infinitive marker whose verb is left out ("when it wants
    to"): nothing is said."""
    span = ctx.doc.char_span(*d.content, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    return bool(words) and all(t.tag_ == "TO" for t in words)


def _finish(ctx: DocContext, d: Draft) -> FoundStatement:
    """The FoundStatement of a resolved draft: spans, sentence, cue and cue class."""
    doc = ctx.doc
    a, b = d.content
    span = doc.char_span(a, b, alignment_mode="expand")
    tokens = (span.start, span.end) if span is not None else (0, 0)
    cue = None
    if d.cue is not None:
        cue_span = doc[d.cue[0]:d.cue[1]]
        cue = Span(cue_span.text, cue_span.start_char, cue_span.end_char)
        sentence = ctx.sent_of[d.cue_token]
    else:
        sentence = ctx.sent_of[tokens[0]] if tokens[1] > tokens[0] else 0
    actor = d.speaker_actor
    if actor is None:
        local = doc[d.speaker_span[0]:d.speaker_span[1]]
        actor = Actor(local.text, local.start_char, local.end_char)
    return FoundStatement(
        speaker=actor,
        speaker_mention=d.mention,
        content=Span(ctx.text[a:b], a, b),
        content_tokens=tokens,
        kind=d.kind,
        sentence=sentence,
        cue=cue,
        cue_token=d.cue_token if d.cue is not None else None,
        cue_class=cue_class(ctx, d),
    )
