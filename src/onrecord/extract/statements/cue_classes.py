"""Cue classes of statements (speech | belief | stance | question) and questions the writer
asks, which put no one on record."""

from __future__ import annotations

from onrecord.extract.statements.content_spans import spoken_particle
from onrecord.extract.statements.drafts import DocContext, Draft
from onrecord.extract.statements.quote_blocks import only_question
from onrecord.extract.statements.verb_cues import mistagged_verb, opens_question, stance_state


def _is_question(ctx: DocContext, d: Draft) -> bool:
    """The speaker asks: a quoted question, or an indirect one after 'asked' (class 'question')."""
    doc = ctx.doc
    if d.cue_token is None:
        return only_question(ctx.text[d.content[0]:d.content[1]])
    cue = doc[d.cue_token]
    asking = cue.lemma_.lower() in ctx.lex.question_verbs
    if d.kind == "direct":
        return only_question(ctx.text[d.content[0]:d.content[1]])
    return asking and any(c.dep_ == "ccomp" and opens_question(c) for c in cue.children)


def writers_question(ctx: DocContext, d: Draft) -> bool:
    """'Did Lavrov say that Russia would respond?': the writer asks, no one is on record."""
    if d.cue_token is None or d.kind == "direct":
        return False
    sent = ctx.sents[ctx.sent_of[d.cue_token]]
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in "\"”’'"), None)
    return last is not None and last.text == "?" and ctx.in_quote[last.i] < 0


def cue_class(ctx: DocContext, d: Draft) -> str:
    """speech | belief | stance | question: what kind of attribution the draft is."""
    if _is_question(ctx, d):
        return "question"
    if d.cue_token is None:
        return "speech"
    tok = ctx.doc[d.cue_token]
    if tok.lower_ == "according":
        return "speech"
    if tok.pos_ == "VERB" and stance_state(ctx.lex, tok):
        return "belief"         # "they are convinced that ...": a state held, as an adjective
    pos = "VERB" if mistagged_verb(tok) else tok.pos_
    lemma = ctx.lex.verb_lemma(tok.lemma_, tok.text) if pos in ("VERB", "AUX") else tok.lemma_
    if d.content_type == "object" and lemma in ctx.lex.stance_verbs:
        return "stance"         # "endorsed Smith", "criticized the plan"
    if pos == "VERB" and d.content_type != "object" and spoken_particle(ctx.lex, tok, lemma):
        return "speech"         # "as she put it", "pointed out that"
    return ctx.lex.cue_class(lemma, pos)
