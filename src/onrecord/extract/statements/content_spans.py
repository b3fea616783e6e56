"""Where a cue's content begins and ends: a verb's clause, object, topic or complements, the
clause before a trailing cue, text after a colon, and the subject of a passive stance."""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.extract.statements.cues import CueLexicon
from onrecord.extract.statements.drafts import DocContext, closes_quote, opens_quote
from onrecord.extract.statements.quote_snapping import holds_quote
from onrecord.extract.statements.speakers import (
    FINITE_TAGS,
    SUBJECT_DEPS,
    finite_form,
    speaks_again,
)

OBJECT_DEPS = ("dobj", "xcomp", "prep", "pcomp", "oprd", "attr", "acomp", "dative")
COMPLEMENT_DEPS = ("dobj", "prep", "xcomp", "ccomp", "attr", "oprd", "acomp", "dative")
PROPOSITION_DEPS = ("xcomp", "oprd", "pcomp", "ccomp", "acomp")


def _propositional(ctx: DocContext, comps: list[Token]) -> bool:
    """Object content must say something: a clause, a predicate, a gerund or a quote."""
    for c in comps:
        if c.dep_ in PROPOSITION_DEPS or holds_quote(ctx, c):
            return True
        for t in c.subtree:
            if t.dep_ in PROPOSITION_DEPS or t.dep_ == "prep" and t.lower_ in ("of", "for") \
                    and any(x.tag_ == "VBG" or x.dep_ == "pcomp" for x in t.children) or \
                    t.dep_ == "prep" and t.lower_ == "as" or \
                    t.tag_ == "VBG" and t.dep_ in ("dobj", "pobj", "pcomp"):
                return True
    return False


def _relative_predicate(verb: Token) -> Token | None:
    """'the vote, which he called a disaster': with a relative word as the verb's object before
    it, a noun object after it is a predicate of the first ("called it a disaster"), not a plain
    object; that noun object, or None."""
    if not any(c.dep_ == "dobj" and c.i < verb.i and c.tag_ in ("WDT", "WP")
               for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                 and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)


def content_tokens(ctx: DocContext, verb: Token, lemma: str,
                    stance: bool = False) -> tuple[int, int, str]:
    """Token range of the parse content of a verb cue and its type (clause/object/''); an
    object content stops before a relative clause set off by a comma."""
    lo, hi, kind = _content_tokens(ctx, verb, lemma, stance)
    if kind:
        lo = _after_moved_wh(ctx, verb, lo, hi)
    if kind == "object":
        hi = _before_cue_conjunct(ctx, verb, lo, hi)
        lo = _after_time(verb, lo, hi)
        hi = _before_relative_aside(ctx, lo, hi)
    if kind in ("object", "clause") and lo > verb.i:
        hi = _before_own_cue_clause(ctx, lo, hi, verb)
    if kind == "clause" and lo > verb.i:
        hi = _before_cue_relative(ctx, lo, hi)
    if kind in ("object", "clause") and lo > verb.i:
        hi = _before_aside_after_quote(ctx, lo, hi)
        hi = _before_summary_remark(ctx, lo, hi)
        hi = _before_sourced_parenthesis(ctx, lo, hi)
    if kind:
        hi = _without_dangling_link(ctx, lo, hi)
    if kind and hi <= lo:
        return 0, 0, ""
    return lo, hi, kind


def _before_cue_conjunct(ctx: DocContext, verb: Token, lo: int, hi: int) -> int:
    """'has called on the city to cut fares that fund the port and proposed a pier': a
    subjectless verb conjoined inside an object content, in the cue's own form where its head
    has another (cue_conjunct), is the speaker's next predicate, not part of the object."""
    doc = ctx.doc
    for t in doc[lo + 1:hi]:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and lo <= t.head.i < hi and \
                t.head.pos_ in ("VERB", "AUX") and ctx.in_quote[t.i] < 0 and \
                not any(c.lower_ == "than" for c in doc[t.head.i:t.i]) and \
                cue_conjunct(ctx.lex, verb, t.head, t):     # "to run rather than attacking": one
            return max(lo + 1, _conjunct_start(t))
    return hi


def _after_moved_wh(ctx: DocContext, verb: Token, lo: int, hi: int) -> int:
    """'the levy, which critics said was unfair': a relative word moved in front of the cue as
    the subject of the reported clause stands for what the clause is about, and the speaker and
    cue lie between it and the rest; the content is the clause after the cue ('was unfair'). A
    moved object ('who he plans to vote for') stays: its clause would be left a fragment."""
    doc = ctx.doc
    if not lo < verb.i < hi - 1:
        return lo
    wh = doc[lo]
    if (wh.tag_ in ("WDT", "WP") or wh.lower_ == "that") and \
            ctx.in_quote[lo] < 0 and verb.dep_ == "relcl" and \
            wh.dep_ in ("nsubj", "nsubjpass") and wh.head.i > verb.i and \
            finite_form(wh.head) in FINITE_TAGS:
        return verb.i + 1
    return lo


def _without_dangling_link(ctx: DocContext, lo: int, hi: int) -> int:
    """'said she had met him twice but [said ...]': a content cut before a second conjunct
    does not end on the conjunction or comma that led into it."""
    doc = ctx.doc
    while hi - 1 > lo and ctx.in_quote[hi - 1] < 0 and (
            doc[hi - 1].dep_ == "cc" and doc[hi - 1].lower_ in ("and", "but", "or", "nor")
            or doc[hi - 1].text in (",", ";", "—", "–", "--") or doc[hi - 1].is_space):
        hi -= 1
    return hi


def _before_own_cue_clause(ctx: DocContext, lo: int, hi: int, verb: Token) -> int:
    """'hopes the party learns, even as she admits the task is hard', 'said X before claiming
    that Y', 'called them criminals while urging a wall': an adverbial clause closing the content
    and set off from it (a comma before a clause with its own subject, or a gerund after a comma
    or a time preposition) whose verb is a cue of its own is a second statement, not part of
    the first. So is a closing clause of time or concession hung on the cue itself whose own
    named subject reports something ('called for an inquiry after the paper reported leaks'):
    it says when the cue's speaker spoke, and is another speaker's statement."""
    doc, lex = ctx.doc, ctx.lex
    for t in doc[lo + 1:hi]:
        if t.dep_ not in ("advcl", "acl", "pcomp") or ctx.in_quote[t.i] >= 0 or \
                t.pos_ not in ("VERB", "AUX") or \
                not lex.is_verb_cue(lex.verb_lemma(t.lemma_, t.text)):
            continue
        start = t.left_edge.i
        end = t.right_edge.i + 1
        while end < hi and (doc[end].is_punct or doc[end].is_space):
            end += 1
        if end < hi or start <= lo:
            continue
        if t.dep_ == "pcomp":
            prep = t.head
            if not (prep.dep_ == "prep" and prep.i == start - 1 and t.tag_ == "VBG"
                    and prep.lower_ in lex.sequence_prepositions):
                continue
            return _conjunct_start(prep)
        comma = doc[start - 1].text == ","
        if t.dep_ == "acl" and not (comma and t.tag_ == "VBG"):
            continue
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in t.children)
        marked = any(c.dep_ == "mark" and c.i < t.i for c in t.children)
        if comma and (own_subject and marked or t.tag_ == "VBG"):
            return _conjunct_start(t)
        if t.dep_ == "advcl" and t.head == verb and \
                _another_reporter(lex, t, verb):
            return _conjunct_start(t)
    return hi


def _before_aside_after_quote(ctx: DocContext, lo: int, hi: int) -> int:
    """'said the works "should be done by June," pointing to the regatta', 'said the port was
    "a sinking ship," while defending the tariff': a quoted stretch that closes on a
    comma ends the reported words; a gerund or 'while'/'as' clause after it, closing the
    content, tells what the speaker did, whatever its verb."""
    doc = ctx.doc
    for t in doc[lo + 1:hi]:
        if t.dep_ != "advcl" or ctx.in_quote[t.i] >= 0 or t.pos_ not in ("VERB", "AUX"):
            continue
        start, end = t.left_edge.i, t.right_edge.i + 1
        while end < hi and (doc[end].is_punct or doc[end].is_space):
            end += 1
        if end < hi or start <= lo + 1 or not closes_quote(ctx, start - 1) or \
                doc[start - 2].text != ",":
            continue
        marked = next((c for c in t.children if c.dep_ == "mark" and c.i < t.i), None)
        if t.tag_ == "VBG" and (marked is None or marked.lower_ in ctx.lex.aside_marks):
            return start - 1
    return hi


def _another_reporter(lex: CueLexicon, clause: Token, verb: Token) -> bool:
    """Whether an adverbial clause opened by a mark of time or concession has a named subject of
    its own (a noun, not a pronoun that may be the speaker again) other than the cue's."""
    if not any(c.dep_ == "mark" and c.i < clause.i and (
            c.lower_ in lex.circumstance_marks or c.lower_ in lex.concessive_marks)
            for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    speaker = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and \
        (speaker is None or speaker.lower_ != subj.lower_)


def _before_cue_relative(ctx: DocContext, lo: int, hi: int) -> int:
    """'said he backs the bill, which calls for Y': a relative clause closing a clause content,
    set off by a comma, whose verb is a speech or stance cue is the narrator's aside with its own
    statement, not part of what was said (a belief or an appearance there stays in)."""
    cut = _before_relative_aside(ctx, lo, hi)
    if cut >= hi:
        return hi
    lex = ctx.lex
    rel = next((a for a in ctx.doc[cut + 1].ancestors if a.dep_ == "relcl"), None)
    if rel is None or rel.right_edge.i + 1 < hi - 1:
        return hi
    lemma = lex.verb_lemma(rel.lemma_, rel.text)
    return cut if lemma in lex.speech_verbs or lemma in lex.stance_verbs else hi


SET_OFF_MARKS = (",", "—", "–", "-", "--")


def _before_summary_remark(ctx: DocContext, lo: int, hi: int) -> int:
    """'said the tally was fixed, an accusation the board rejected', 'opposes the cap - a
    view Pell defended': a noun phrase set off at the end of the content that sums it up in
    a relative clause whose verb is a cue of someone else's (its own subject, not the relative
    word) is the writer's report of a second statement, not part of the first; the content ends
    before the comma or dash."""
    doc, lex = ctx.doc, ctx.lex
    for j in range(lo + 1, hi - 2):
        if doc[j].text not in SET_OFF_MARKS or ctx.in_quote[j] >= 0:
            continue
        head = next((t for t in doc[j + 1:hi] if t.left_edge.i == j + 1
                     and t.pos_ in ("NOUN", "PRON") and t.head.i < j), None)
        if head is None or head.right_edge.i + 1 < hi - 1:
            continue
        for rel in head.children:
            if rel.dep_ != "relcl" or ctx.in_quote[rel.i] >= 0 or \
                    not lex.is_verb_cue(lex.verb_lemma(rel.lemma_, rel.text)):
                continue
            if any(c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WDT", "WP") for c in rel.children):
                return j
    return hi


def _before_sourced_parenthesis(ctx: DocContext, lo: int, hi: int) -> int:
    """'claimed the city took in 90,000 (the mayor has said 9,000)', 'a levy on fees (which Ames
    also backs)': a parenthesis closing the content that holds a cue of its own, with its own
    subject or an 'according to', is the writer's aside giving another source, not part of what
    the speaker said; the content ends before the bracket."""
    doc, lex = ctx.doc, ctx.lex
    opening = next((j for j in range(hi - 1, lo, -1) if doc[j].text in ("(", ")")), None)
    if opening is None or ctx.in_quote[opening] >= 0:
        return hi
    if doc[opening].text == ")":       # the content closes on the bracket
        end = opening + 1
        if any(not (t.is_punct or t.is_space) for t in doc[end:hi]):
            return hi
        opening = next((j for j in range(end - 2, lo, -1) if doc[j].text in ("(", ")")), None)
        if opening is None or doc[opening].text != "(":
            return hi
    else:                               # the bracket closes right after the content
        end = hi
        while end < len(doc) and (doc[end].is_space or doc[end].is_punct and doc[end].text != ")"
                                  and doc[end].text != "("):
            end += 1
        if end >= len(doc) or doc[end].text != ")" or \
                any(not (t.is_punct or t.is_space) for t in doc[hi:end]):
            return hi
        end += 1
    for t in doc[opening + 1:end - 1]:
        if t.lower_ == "according" and doc[t.i + 1].lower_ == "to":
            return _conjunct_start(doc[opening])
        if t.pos_ in ("VERB", "AUX") and lex.is_verb_cue(lex.verb_lemma(t.lemma_, t.text)) and \
                any(c.dep_ in SUBJECT_DEPS and opening < c.i < end for c in t.children):
            return _conjunct_start(doc[opening])
    return hi


def _summary_antecedent(ctx: DocContext, verb: Token) -> tuple[int, int] | None:
    """'..., an accusation the board rejected': a cue verb in a relative clause with its own
    subject and no object after it has the noun it hangs on as its object ("rejected an
    accusation"); when that noun phrase is set off by a comma or dash, the token range of the
    noun phrase up to the relative clause, else None."""
    doc = ctx.doc
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ not in ("NOUN", "PRON") or head.i > verb.i:
        return None
    first = head.left_edge.i
    if first == 0 or doc[first - 1].text not in SET_OFF_MARKS or ctx.in_quote[first - 1] >= 0:
        return None
    if not any(c.dep_ in SUBJECT_DEPS and not any(t.tag_ in ("WDT", "WP", "WP$") for t in c.subtree)
               for c in verb.children):
        return None     # "whose book boasts ...": the relative word is in the subject
    if any(c.i > verb.i and c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "attr")
           for c in verb.children):
        return None
    nxt = next((t for t in doc[verb.i + 1:verb.i + 4] if t.pos_ not in ("ADV", "PART")), None)
    if nxt is not None and nxt.pos_ in ("VERB", "AUX"):
        return None     # "a vote that he insisted must be held": the relative is its subject
    end = verb.left_edge.i
    return (first, end) if end > first else None


def _after_time(verb: Token, lo: int, hi: int) -> int:
    """'promised Sunday to fight the bill': a date or time hung on the cue verb says when it was
    said, not what; the content starts after it."""
    doc = verb.doc
    while lo < hi:
        when = next((c for c in verb.children if c.left_edge.i == lo and c.right_edge.i < hi
                     and all(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)), None)
        if when is None:
            break
        lo = when.right_edge.i + 1
        while lo < hi and doc[lo].is_punct:
            lo += 1
    return lo


def _before_relative_aside(ctx: DocContext, lo: int, hi: int) -> int:
    """'praised Ann Dale, who has vowed to ...', 'attacked Vance, with whom he clashed': the
    writer's relative clause about the object (set off by a comma) is not what the speaker
    praised or attacked, so the content ends before its comma."""
    doc = ctx.doc
    for j in range(lo + 1, hi - 1):
        if doc[j].text != "," or ctx.in_quote[j] >= 0:
            continue
        rel = doc[j + 1]
        if rel.dep_ == "prep" and j + 2 < hi:
            rel = doc[j + 2]            # "with whom", "of which"
        if rel.tag_ in ("WP", "WDT", "WP$") and any(
                a.dep_ == "relcl" and a.left_edge.i == j + 1 for a in rel.ancestors):
            return j
    return hi


def _content_tokens(ctx: DocContext, verb: Token, lemma: str,
                    stance: bool = False) -> tuple[int, int, str]:
    """Token range of the parse content of a verb cue and its type (clause/object/'')."""
    lex = ctx.lex
    flat = flat_cleft(verb) if ctx.in_quote[verb.i] < 0 else None
    if flat is not None:    # "All the union is asking is that ...": not the 'is' clause
        return flat.left_edge.i, flat.right_edge.i + 1, "clause"
    clauses = [c for c in verb.children if c.dep_ == "ccomp" or c.dep_ == "advcl"
               and c.i > verb.i and (_opens_with_that(lex, c) or c.left_edge.lower_ == "for"
                                     and c.left_edge.i == verb.i + 1
                                     or lemma in lex.speech_verbs and _bare_clause(c)
                                     or lemma in lex.question_verbs and question_after(verb, c))]
    if not clauses:
        clauses = _channel_clauses(lex, verb)
    if any(c.i > verb.i and _that_marked(c) for c in clauses):
        clauses = [c for c in clauses if c.i > verb.i]   # "Claiming X, he told Fox that Y": Y
    if any(c.i > verb.i for c in clauses):      # "X happened: Republicans said Y": Y only
        clauses = [c for c in clauses if c.i > verb.i or not _set_off(ctx, c, verb)]
    clauses = [c for c in clauses if not _said_by_another(ctx, verb, c)
               and not _circumstance(lex, c)]
    if clauses:
        lo = min(_clause_start(c) for c in clauses)
        hi = max(c.right_edge.i for c in clauses) + 1
        for c in clauses:
            for cj in c.children:
                if cj.dep_ == "conj" and cj.pos_ in ("VERB", "AUX"):
                    if cue_conjunct(lex, verb, c, cj) or speaks_again(verb, cj) and not any(
                            a.dep_ in (*SUBJECT_DEPS, "nsubjpass", "mark") for a in cj.children):
                        hi = min(hi, _conjunct_start(cj))
                        break
                    hi = max(hi, cj.right_edge.i + 1)
            for a in c.children:
                if a.dep_ == "advcl" and a.i > c.i and lex.speaks(a) and (
                        a.tag_ == "VBG" or any(t.dep_ in SUBJECT_DEPS for t in a.children)
                        and any(t.dep_ == "mark" and t.lower_ in lex.concessive_marks
                                for t in a.children)):
                    hi = min(hi, _conjunct_start(a))  # "..., though she noted ...": her own
        for cj in verb.children:    # "said X and he feels Y": Y is reported with X
            if cj.dep_ == "conj" and cj.i >= hi and cj.pos_ in ("VERB", "AUX") and \
                    content_conjunct(lex, cj):
                hi = max(hi, cj.right_edge.i + 1)
        return lo, hi, "clause"
    if verb.dep_ == "parataxis" and (lemma in lex.speech_verbs or lemma in lex.belief_verbs
                                     and lemma not in lex.intention_verbs):
        head = verb.head    # "The talks, he said, will fail", "X, his aides believe, would .."
        return _wrapping_clause(ctx, verb), head.right_edge.i + 1, "clause"
    if verb.dep_ == "advcl" and verb.i < verb.head.i and \
            (lemma in lex.speech_verbs or spoken_particle(lex, verb, lemma)) and \
            any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i
                for c in verb.children) and not _own_object(lex, verb, lemma):
        head = verb.head                # "As the paper reported, ...": the clause it hangs on
        return verb.right_edge.i + 1, head.right_edge.i + 1, "clause"
    if lemma in lex.listener_verbs and lemma not in lex.object_verbs and \
            any(c.dep_ in ("dobj", "dative") for c in verb.children):
        order = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                      and c.left_edge.lower_ == "to" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if order is not None:   # "told his aides to draft a bill": what the listener is told
            return order.left_edge.i, order.right_edge.i + 1, "object"
    if lemma in lex.object_verbs or lemma in lex.particle_cues:
        parts = lex.particle_cues.get(lemma, frozenset())
        comps = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i
                 and not (c.dep_ == "prep" and c.lower_ in lex.circumstance_prepositions
                          and c.lower_ not in parts) and not lex.addresses(c, lemma)]
        comps += _as_predicates(verb, comps)
        if comps and (_propositional(ctx, comps) or parts and comps[0].lower_ in parts
                      or (stance or lemma in lex.stance_verbs)
                      and any(c.dep_ != "prep" for c in comps)):
            lo = min(c.left_edge.i for c in comps)
            hi = max(c.right_edge.i for c in comps) + 1
            particle = comps[0].dep_ == "prep" and comps[0].lower_ in parts and comps[0].i == lo
            if particle:
                lo += 1
            if hi - lo >= 2 or (stance or particle or lemma in lex.stance_verbs) and \
                    lo < hi and ctx.doc[lo].pos_ in ("PROPN", "PRON", "NOUN"):
                return lo, hi, "object"     # "endorsed Trump", "criticized him", "sided with her"
    topic = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                  and c.lower_ in lex.topic_prepositions
                  and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
    if topic is not None and topic.right_edge.i > topic.i:
        return topic.i + 1, topic.right_edge.i + 1, "object"     # "spoke out against the plan"
    if lemma in lex.nested_verbs:
        # a misparsed clause ("saying it had 'guaranteed peace ...'"): all that follows the verb
        comps = [c for c in verb.children if c.i > verb.i and c.dep_ not in (
            "punct", "cc", "conj", "advmod", "npadvmod", "prt", "advcl", "dative", "agent",
            "nsubj", "nsubjpass", "expl", "csubj")
            and not (c.dep_ == "prep" and c.lower_ in lex.circumstance_prepositions)
            and not (c.dep_ == "dobj" and lemma in lex.listener_verbs) and not _circumstance(lex, c)]
        if comps and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ not in ("relcl", "acl")
                         for c in comps for t in c.subtree):
            lo = min(c.left_edge.i for c in comps)
            hi = max(c.right_edge.i for c in comps) + 1
            if hi - lo >= 3:
                return lo, hi, "clause"
    if lemma in lex.speech_verbs or lemma in lex.belief_verbs:
        pro = next((c for c in verb.children if c.lower_ in lex.proform_contents and
                    c.dep_ in ("dobj", "advmod", "acomp", "oprd", "intj") and 0 < c.i - verb.i <= 2),
                   None)
        if pro is not None:
            return pro.left_edge.i, pro.right_edge.i + 1, "object"   # "said so", "the same"
    remark = _summary_antecedent(ctx, verb)
    if remark is not None:
        return remark[0], remark[1], "object"     # "an accusation the board rejected"
    pred = _relative_predicate(verb) if lemma in lex.object_verbs else None
    if pred is not None:
        return pred.left_edge.i, pred.right_edge.i + 1, "object"    # "which he called a disaster"
    cleft = cleft_complement(ctx, verb)
    if cleft is not None:
        return cleft    # "What the mayor said was that ...", "All she wants is to ..."
    rel = _relative_object(ctx, verb, lemma)
    if rel is not None:
        return rel[0], rel[1], "object"     # "the pact, which Putin opposed": 'which'
    if lemma in lex.no_object_verbs:
        return 0, 0, ""
    if lemma in lex.speech_verbs and lemma not in lex.listener_verbs and \
            (lemma not in lex.evidence_verbs or stance):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None and (obj.pos_ in ("NOUN", "PROPN") or holds_quote(ctx, obj)) and \
                not any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
            hi = max([obj.right_edge.i] + [c.right_edge.i for c in _as_predicates(verb, [obj])])
            return obj.left_edge.i, hi + 1, "object"   # "recounted a conversation"
    if lemma in lex.belief_verbs:
        deps = ("xcomp",) if lemma in lex.intention_verbs else ("xcomp", "dobj")
        obj = next((c for c in verb.children if c.dep_ in deps and c.i > verb.i), None)
        if obj is not None:
            return obj.left_edge.i, obj.right_edge.i + 1, "object"   # "seeks to win", "fears it"
    return 0, 0, ""


RELATIVE_OBJECTS = ("which", "who", "whom", "that")
OBJECT_SLOTS = ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative")


def cleft_complement(ctx: DocContext, verb: Token) -> tuple[int, int, str] | None:
    """A pseudo-cleft: the cue verb names what is said in a subject ('What the mayor said', 'All
    she wants') whose 'be' then gives it ('... was that taxes would rise', '... is to go home');
    that clause after 'be' is the content. The subject is a free relative (a clause subject
    whose own object is 'what') or a pronoun ('all') the verb's relative clause hangs on, with
    no object of the verb after it; a noun there ('The plan the mayor announced is a disaster')
    is the verb's own object."""
    if ctx.in_quote[verb.i] >= 0:
        return None
    flat = flat_cleft(verb)
    if flat is not None:
        return flat.left_edge.i, flat.right_edge.i + 1, "clause"
    if any(c.dep_ in OBJECT_SLOTS and c.i > verb.i for c in verb.children):
        return None
    if verb.dep_ == "csubj" and any(c.dep_ in ("dobj", "pobj") and c.lower_ == "what"
                                    for c in verb.subtree):
        cop = verb.head
    elif verb.dep_ == "relcl" and verb.head.dep_ == "nsubj" and verb.head.i < verb.i and \
            verb.head.pos_ in ("PRON", "DET"):
        cop = verb.head.head
    else:
        return None
    if cop.lemma_ != "be" or cop.i < verb.i:
        return None
    comp = _after_be(cop)
    if comp is None:
        return None     # a noun after 'be' may judge what was said ('What he said was a lie')
    return comp.left_edge.i, comp.right_edge.i + 1, "clause"


# the marks that open a yes/no question ("asked whether ...", "would not say if ...")
YES_NO_MARKS = ("whether", "if")


def question_after(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` is a yes/no question the parser hung on ``verb`` as an adverbial
    clause after it ("asked workers if they planned to ...", "would not say whether ...")."""
    return clause.dep_ == "advcl" and clause.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in YES_NO_MARKS and m.i == clause.left_edge.i
        for m in clause.children)


def flat_cleft(verb: Token) -> Token | None:
    """'All the union is asking is that the plant stay open' parsed flat: the cue verb heads
    the sentence, its subject opens with 'all', and the 'be' right after it (taken for the
    verb's complement, with no subject of its own) carries the clause; that clause, or None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.lower_ != "all" or verb.i + 1 >= len(verb.doc):
        return None
    cop = verb.doc[verb.i + 1]
    if cop.head != verb or cop.dep_ != "ccomp" or cop.lemma_ != "be" or \
            any(c.dep_ in SUBJECT_DEPS for c in cop.children):
        return None
    return _after_be(cop)


def _after_be(cop: Token) -> Token | None:
    """The clause a pseudo-cleft's 'be' gives ("... is that ...", "... was to ..."), or None."""
    return next((c for c in cop.children if c.i > cop.i and c.dep_ in ("ccomp", "xcomp")), None)


def _own_object(lex: CueLexicon, verb: Token, lemma: str) -> bool:
    """Whether an 'as'-clause verb has an object of its own ("As the mayor denounced the plan,
    the crowd cheered"): a time clause then, not an account of what the main clause says. The
    person addressed ("As she told reporters, ...") and a pronoun standing for the main clause
    ("As she put it, ...") are no such object."""
    return any(c.dep_ == "dobj" and c.i > verb.i and lemma not in lex.listener_verbs
               and c.pos_ != "PRON" for c in verb.children)


def _relative_object(ctx: DocContext, verb: Token, lemma: str) -> tuple[int, int] | None:
    """'the pact, which Putin opposed', 'a nominee that donors could not support', 'the style he
    prefers', 'the issue on which they agree': a cue verb in a relative clause with a subject of
    its own and no object after it takes the relative word (with its preposition) as its
    object, as in 'Putin opposed the pact'; with no relative word, the noun phrase the clause
    hangs on. That word or phrase is what the subject supports, opposes, fears or denies. Times
    ('the day he announced') are when, not what; listener and question verbs take a person."""
    lex = ctx.lex
    if verb.dep_ != "relcl" or verb.head.i > verb.i or ctx.in_quote[verb.i] >= 0 or \
            lemma in lex.listener_verbs or lemma in lex.question_verbs or \
            lemma not in lex.object_verbs | lex.stance_verbs | lex.belief_verbs | lex.speech_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subj is None or subj.lower_ in RELATIVE_OBJECTS or subj.tag_ in ("WDT", "WP") or \
            any(c.dep_ in OBJECT_SLOTS and c.i > verb.i for c in verb.children):
        return None
    for c in verb.children:
        if c.i > subj.i:
            continue
        if c.dep_ == "dobj" and c.lower_ in RELATIVE_OBJECTS:
            return c.i, c.i + 1
        if c.dep_ == "mark" and c.lower_ == "that":
            return None     # a relative 'that' read as a conjunction: the parse is unsure
        if c.dep_ == "prep" and c.lower_ not in lex.circumstance_prepositions and any(
                g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in c.children):
            return c.i, c.right_edge.i + 1
    head = verb.head
    if verb.left_edge.i != subj.left_edge.i or head.pos_ not in ("NOUN", "PRON") or \
            head.ent_type_ in ("DATE", "TIME") or lemma in lex.speech_verbs and \
            lemma not in lex.object_verbs | lex.stance_verbs:
        return None
    return (head.left_edge.i, verb.left_edge.i) if head.left_edge.i < verb.left_edge.i else None


def _as_predicates(verb: Token, comps: list[Token]) -> list[Token]:
    """'portrayed Sanders as focused on one issue', 'sees him as weak': an 'as' phrase after the
    object, parsed as a subjectless adverbial clause, says what the object is held to be (the
    predicate of a stance on it), so it belongs to the content; 'as' with a subject of its own
    ('criticized him as he left') says when, and stays out."""
    if not any(c.dep_ == "dobj" for c in comps):
        return []
    obj_end = max(c.right_edge.i for c in comps if c.dep_ == "dobj")
    return [c for c in verb.children if c.dep_ in ("advcl", "prep", "acomp", "oprd")
            and c.left_edge.i == obj_end + 1 and c.left_edge.lower_ == "as"
            and not any(g.dep_ in (*SUBJECT_DEPS, "nsubjpass", "expl") for g in c.children)]


def _set_off(ctx: DocContext, clause: Token, verb: Token) -> bool:
    """Whether a colon or semicolon outside quotes stands between a clause before a cue and the
    cue: the clause is a sentence of its own, not what the cue reports."""
    return any(t.text in (":", ";") and ctx.in_quote[t.i] < 0
               for t in ctx.doc[clause.right_edge.i:verb.i])


def _circumstance(lex: CueLexicon, clause: Token) -> bool:
    """Whether a clause is opened by a subordinator of time or cause ("before he died"): it says
    when or why something was said, not what."""
    return any(m.dep_ == "mark" and m.lower_ in lex.circumstance_marks for m in clause.children)


def _said_by_another(ctx: DocContext, verb: Token, clause: Token) -> bool:
    """'Holt argued the fair was safe, and when asked ..., he said, "Never."': a clause before
    the cue that is itself a cue with a subject of its own, outside quotes, is that subject's
    statement, not what this cue reports."""
    lex = ctx.lex
    return clause.i < verb.i and ctx.in_quote[clause.i] < 0 and \
        lex.is_verb_cue(lex.verb_lemma(clause.lemma_, clause.text)) and \
        any(c.dep_ in SUBJECT_DEPS and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in lex.pronouns)
            for c in clause.children) and not _set_off_by_comma(ctx, clause, verb)


def _set_off_by_comma(ctx: DocContext, clause: Token, verb: Token) -> bool:
    """'Ames raised no objection, an Ostland envoy said': a clause before the cue clause with only
    a comma (and a closing quote mark) between them, whose verb reports no clause of its own, is
    what the trailing cue reports; a conjunction or another clause between them ('..., and when
    asked, he said') makes it a sentence part of its own, and so does a clause of time or
    manner ('When X won, the city felt ...') or a bare lead-in cue ('As X reported, ...')."""
    doc = ctx.doc
    if any(c.dep_ in ("ccomp", "mark") for c in clause.children) or \
            clause.left_edge.tag_ == "WRB" or clause.right_edge.i == clause.i or \
            any(t.text in (":", ";") and ctx.in_quote[t.i] < 0 for t in clause.subtree) or \
            any(c.i > verb.i and c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "oprd")
                for c in verb.children):
        return False    # "A denounce X; B vows Y", "..., B sings a song": no trailing cue
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS
                 and clause.right_edge.i < c.i < verb.i), None)
    start = subj.left_edge.i if subj is not None else verb.i
    gap = doc[clause.right_edge.i + 1:start]
    return any(t.text == "," for t in gap) and all(t.is_punct and t.text not in (":", ";", "(", ")")
                                                   for t in gap)


def _wrapping_clause(ctx: DocContext, verb: Token) -> int:
    """First token of the clause a parenthetical cue interrupts ("The talks, he said, will
    fail"); a clause of its own before the cue ("He said X, and when asked, he said, 'No'") is
    left out, and a clause that only follows the cue starts after it. So is the narrator's
    unquoted lead-in when a quote opens right after the cue ('Asked about the vote, she said,
    "We lost."'): the parser may hang the cue on the quoted verb, but the quote is what was said."""
    doc, head = verb.doc, verb.head
    before = [c for c in head.children if c.right_edge.i < verb.left_edge.i
              and c.dep_ in ("ccomp", "parataxis", "conj")]
    lo = max(c.right_edge.i + 1 for c in before) if before else head.left_edge.i
    while lo < verb.left_edge.i and (doc[lo].is_punct or doc[lo].dep_ == "cc"):
        lo += 1
    after = verb.right_edge.i + 1
    if lo >= verb.left_edge.i or _quote_follows(ctx, after) and \
            all(ctx.in_quote[k] < 0 for k in range(lo, verb.left_edge.i)):
        return after
    return lo


def _quote_follows(ctx: DocContext, i: int) -> bool:
    """Whether a quote opens at token ``i`` (past punctuation and same-line spaces) or its
    opening mark, which the parser may hang on the cue, was the token just before."""
    doc = ctx.doc
    if 0 < i < len(doc) and opens_quote(ctx, i - 1):
        return True
    while i < len(doc) and ctx.in_quote[i] < 0 and (doc[i].text in (",", ":") or
                                                     doc[i].is_space and "\n" not in doc[i].text):
        i += 1
    return i < len(doc) and opens_quote(ctx, i)


def _bare_clause(clause: Token) -> bool:
    """'said after the vote he would resign': a finite clause with its own subject and no
    conjunction or wh-word, which the parser hung on the verb as an adverbial, is what was
    said."""
    if any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in clause.children):
        return False
    return any(c.dep_ in SUBJECT_DEPS for c in clause.children) and \
        finite_form(clause) in FINITE_TAGS


def _clause_start(clause: Token) -> int:
    """First token of a content clause; a bare clause's circumstance before its subject ('after
    the vote he would resign') is left out."""
    if clause.dep_ == "advcl" and _bare_clause(clause):
        subj = next(c for c in clause.children if c.dep_ in SUBJECT_DEPS)
        return subj.left_edge.i
    that = _that_after_adverb(clause)
    return that.i if that is not None else clause.left_edge.i   # "said only that ...": from 'that'


def _opens_with_that(lex: CueLexicon, clause: Token) -> bool:
    """A clause that begins with 'that', or with a focus adverb and then 'that' ("saying only
    that he was refining his plans")."""
    if clause.left_edge.lower_ == "that":
        return True
    return clause.left_edge.lower_ in lex.focus_adverbs and _that_after_adverb(clause) is not None


def _that_after_adverb(clause: Token) -> Token | None:
    """The clause's 'that' mark when an adverb of the clause comes just before it ("only that
    ..."), else None."""
    first = clause.left_edge
    nxt = clause.doc[first.i + 1] if first.i + 1 < len(clause.doc) else None
    if first.dep_ == "advmod" and first.head == clause and nxt is not None and \
            nxt.lower_ == "that" and nxt.dep_ == "mark" and nxt.head == clause:
        return nxt
    return None


def _that_marked(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def cue_conjunct(lex: CueLexicon, cue: Token, clause: Token, conj: Token) -> bool:
    """'X insists the party must change, and has championed Y': a subjectless conjunct hung on
    the content clause whose tense matches the cue verb's, not the clause's, is the speaker's
    second predicate, outside the content."""
    if any(c.dep_ in SUBJECT_DEPS for c in conj.children):
        return False
    form, head_form = _conjunct_form(conj, clause), finite_form(clause)
    if form in FINITE_TAGS and form == finite_form(cue) and form != head_form:
        return True
    if _unshared_cue_form(lex, cue, clause, conj):
        return True
    # "has called for X to stop and proposed Y": the cue's perfect auxiliary carries on
    return form in ("VBN", "VBD") and head_form not in ("VBN", "VBD") and cue.tag_ == "VBN" and \
        any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)


def _conjunct_form(conj: Token, clause: Token) -> str:
    """The finite form of a conjoined verb. A bare base form with no auxiliary or 'to' of its
    own, beside a verb that is neither a base form nor led by a modal or 'to' ('has missed its
    chance and warn that ...'), can share nothing with it: it is a present tense (VBP) the
    tagger read as an infinitive."""
    form = finite_form(conj)
    if form != "VB" or any(c.dep_ in ("aux", "auxpass", "neg") for c in conj.children):
        return form
    if clause.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "TO")
                                  for c in clause.children):
        return form
    return "VBP"


def _unshared_cue_form(lex: CueLexicon, cue: Token, clause: Token, conj: Token) -> bool:
    """'conceded that X had touched it but implied that Y', 'saying X was stalled - and arguing
    Y': a subjectless cue verb conjoined to the content's verb in the cue's own form (past tense,
    present or gerund) with no auxiliary of its own, where the content's verb has another form
    (a participle after 'had' or 'was', a noun), cannot share the content verb's auxiliary ('had
    touched and grabbed' would be a participle): it is the speaker's second cue. A past or
    present form must report a clause of its own ('had lied and admitted it' may be one verb
    group whose participle the tagger read as a past tense)."""
    form = conj.tag_
    if form not in (*FINITE_TAGS, "VBG") or form != cue.tag_ or form == clause.tag_ or \
            any(c.dep_ in ("aux", "auxpass") for c in conj.children) or \
            not lex.is_verb_cue(lex.verb_lemma(conj.lemma_, conj.text)):
        return False
    if form == "VBG":
        return True
    return clause.tag_ not in FINITE_TAGS and clause.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "ccomp" for c in conj.children)     # "implied that Y": a report again


def content_conjunct(lex: CueLexicon, verb: Token) -> bool:
    """'says the region is watching and that he can understand Y', 'said X and he feels he can
    win': a conjunct clause marked 'that', or whose pronoun subject holds a belief (no speech or
    stance verb), is a second part of what the cue reports, not a statement beside it."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    lemma = lex.verb_lemma(verb.lemma_, verb.text)
    return subject.lower_ in lex.person_pronouns | lex.plural_pronouns and \
        lemma in lex.belief_verbs and lemma not in lex.speech_verbs and \
        lemma not in lex.stance_verbs


def _conjunct_start(conj: Token) -> int:
    """First token of a conjunct's clause, without the comma and conjunction before it."""
    doc = conj.doc
    cut = min(conj.i, conj.left_edge.i)
    while cut > 0 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct or doc[cut - 1].is_space):
        cut -= 1
    return cut


def _channel_clauses(lex: CueLexicon, verb: Token) -> list[Token]:
    """'said in a statement that ...', 'reported at the time that ...': a that-clause the parser
    hung on the noun of a channel or circumstance phrase; a 'that' which is the clause's own
    subject or object ('an interview that aired Monday') makes a true relative clause."""
    out = []
    for c in verb.children:
        if c.dep_ != "prep" or c.i < verb.i:
            continue
        for noun in _phrase_nouns(lex, c):
            document = noun.lemma_.lower() in lex.document_nouns
            out.extend(g for g in noun.children if g.dep_ in ("acl", "ccomp", "relcl") and (
                document and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
                or lex.speaks(verb) and _that_opens_clause(g)))
    return out


def _phrase_nouns(lex: CueLexicon, prep: Token) -> list[Token]:
    """The object of a channel phrase and the objects of the 'of' phrases nested in it ('in the
    last of several posts'); a nested noun that is no channel but a claim of its own ('in the
    wake of claims that ...') is left out: its clause is what the claims say."""
    out = []
    todo = [(n, 0) for n in prep.children if n.dep_ == "pobj"]
    while todo:
        noun, depth = todo.pop()
        lemma = noun.lemma_.lower()
        if depth and (lemma in lex.statement_nouns and lemma not in lex.document_nouns
                      or lemma in lex.stance_nouns):
            continue
        out.append(noun)
        todo.extend((n, depth + 1) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                    for n in p.children if n.dep_ == "pobj")
    return out


def _that_opens_clause(clause: Token) -> bool:
    """A clause opened by a 'that' that plays no part in it, with a subject of its own."""
    first = clause.left_edge
    return first.lower_ == "that" and first.head == clause and \
        first.dep_ in ("mark", "advmod") and \
        any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass") and c.i > first.i for c in clause.children)


def spoken_particle(lex: CueLexicon, verb: Token, lemma: str) -> bool:
    """'shot back', 'lashed out', 'put it': a particle (or object) that makes a verb say."""
    parts = lex.particle_cues.get(lemma, ())
    return any(c.dep_ in ("prt", "advmod", "dobj") and c.lower_ in parts for c in verb.children)


def trailing_content(ctx: DocContext, verb: Token, core: set[int]) -> tuple[int, int] | None:
    """'..., Reuters reports.': a cue clause closing its sentence after a comma reports all that
    comes before the comma (back to the previous sentence end or paragraph start)."""
    doc = ctx.doc
    lo, hi = min(core), max(core)
    j = hi + 1
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    if j < len(doc) and not (doc[j].text in (".", "!") or "\n" in doc[j].text):
        return None
    k = lo - 1
    if k >= 0 and doc[k].lower_ == "as" and doc[k].dep_ == "mark":
        k -= 1                          # "..., as the senator put it."
    if k >= 0 and ctx.in_quote[k] >= 0 and closes_quote(ctx, k):
        k -= 1
    if k < 0 or doc[k].text != ",":
        return None
    start = k - 1
    while start >= 0:
        t = doc[start]
        if "\n" in t.text or t.text in (".", "!", "?") and ctx.in_quote[t.i] < 0 and \
                t.whitespace_ or _closes_quoted_sentence(ctx, t):
            break
        start -= 1
    if k - start < 3:
        return None
    return ctx.char_range(start + 1, k, verb.i)


def _closes_quoted_sentence(ctx: DocContext, tok: Token) -> bool:
    """'"We need help." People like her, he said.': a closing quote mark right after a sentence
    end ends that sentence too."""
    return tok.i > 0 and closes_quote(ctx, tok.i) and bool(tok.whitespace_) and \
        ctx.doc[tok.i - 1].text in (".", "!", "?")


def colon_content(ctx: DocContext, core: set[int]) -> tuple[int, int] | None:
    """'she wrote: We must reopen the mines.' — content after a colon, no quote marks."""
    doc = ctx.doc
    j = max(core) + 1
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    if j >= len(doc) or doc[j].text != ":" or j + 1 >= len(doc):
        return None
    if "\n" in doc[j + 1].text or doc[j + 1].is_space and j + 2 < len(doc) and \
            "\n" in doc[j + 2].text:
        # "The governor added:" closing a paragraph: the next paragraph is what he added
        k = j + 1
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k >= len(doc):
            return None
        p_lo, p_hi = ctx.paragraph(doc[k].idx)
        block = doc.char_span(p_lo, p_hi, alignment_mode="expand")
        return ctx.char_range(block.start, block.end, k) if block is not None else None
    sent = ctx.sents[ctx.sent_of[j + 1]]
    end = sent.end
    return ctx.char_range(j + 1, end, j + 1) if end > j + 1 else None


def passive_subject(verb: Token) -> tuple[int, int]:
    """Token range of the subject of a passive cue verb before it, or of the noun a participle
    hangs on: what the agent said or holds something about ("His comments were derided by the
    mayor", "the bill, opposed by Republicans, ...")."""
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        return verb.head.left_edge.i, verb.left_edge.i    # "the bill, opposed by X,": the bill
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None:
        return 0, 0
    return subj.left_edge.i, subj.right_edge.i + 1


def complements(ctx: DocContext, verb: Token) -> tuple[int, int]:
    """Token range of all a cue verb's objects and complements after it (a preposition opening
    it left out, a 'to' phrase naming the addressee left out) when they name something: the
    content of a cue no narrower rule fits."""
    lemma = ctx.lex.verb_lemma(verb.lemma_, verb.text)
    comps = [c for c in verb.children if c.i > verb.i and c.dep_ in COMPLEMENT_DEPS
             and not (c.dep_ == "prep" and c.lower_ in ctx.lex.circumstance_prepositions)
             and not ctx.lex.addresses(c, lemma)      # "responded to critics": the addressee
             and not _circumstance(ctx.lex, c)]       # "said before he died": when, not what
    if not comps:
        return 0, 0
    lo = min(c.left_edge.i for c in comps)
    hi = max(c.right_edge.i for c in comps) + 1
    if ctx.doc[lo].dep_ == "prep" and ctx.doc[lo].head == verb:
        lo += 1
    lo = _after_moved_wh(ctx, verb, lo, hi)
    if not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in ctx.doc[lo:hi]):
        return 0, 0     # "said more", "added little": no thing named
    return lo, hi
