"""Who said what: direct quotes, reported speech and attributions, with their speakers resolved.

Quotes come from the raw text (extract.quotes), cues from the dependency parse and the cue
lexicon (extract.cues); each cue's content is snapped to the quotes next to it.

Passes over one Doc: (1) cues — speech/belief/stance verbs, "according to", statement, stance
and holder nouns, stance adjectives, headline colons — each with its speaker and content (a
that-clause, an object or infinitive, an adjacent quote, the clause before a trailing "...,
Reuters reports", the subject of a passive stance "rejected by X", failing all these the verb's
complements); (2) quotes signed with a dash; (3) speakers resolved (extract.speakers: pronouns
fall back to the latest compatible speaker nearby, documents to the body that issued them);
(4) quotes with no cue continue the speaker of their quote block or of the statement just before;
(5) quotes are cut at paragraph breaks, one statement per piece. Each statement gets a cue class
(speech | belief | stance | question, FoundStatement.cue_class) so that consumers can tell what
was said from what is believed, intended or supported.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from onrecord.actors.model import DocActors
from onrecord.extract.cues import CueLexicon, load_cues
from onrecord.extract.drafts import DocContext, Draft, closes_quote, opens_quote
from onrecord.extract.model import FoundStatement
from onrecord.extract.quotes import Quote
from onrecord.extract.speakers import (
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    local_head,
    resolve_speaker,
    speaker_range,
    subject_of,
)
from onrecord.schema import Actor, Span

OBJECT_DEPS = ("dobj", "xcomp", "prep", "pcomp", "oprd", "attr", "acomp", "dative")
COMPLEMENT_DEPS = ("dobj", "prep", "xcomp", "ccomp", "attr", "oprd", "acomp", "dative")
PROPOSITION_DEPS = ("xcomp", "oprd", "pcomp", "ccomp", "acomp")
CIRCUMSTANCE_PREPS = ("in", "on", "at", "during", "after", "before", "since", "while", "with",
                      "from", "by", "via", "through", "amid", "despite", "in front of")
CORE_DEPS = ("aux", "auxpass", "neg", "advmod", "prt", "npadvmod", "cc", "intj")
PARTICLE_DEPS = ("prt", "prep", "advmod", "dobj")
LISTENER_VERBS = ("tell", "inform", "warn", "assure", "remind", "ask", "brief", "advise")
SEPARATORS = {",", ":", "—", "–", "-", ";", "that", "(", ")"}
QUESTION_WORDS = {"why", "what", "how", "whether", "if", "who", "whom", "whose", "when", "where",
                  "which"}
SECOND_PERSON = {"you"}
MIN_FOLLOW_ON_WORDS = 4
FOLLOW_ON_PARAGRAPHS = 2
MAX_MERGE_GAP = 250
HEADLINE_SPEAKER_TOKENS = 6
HEADLINE_MAX_TOKENS = 30


# -- cues from the parse ----------------------------------------------------------------------
def _core(ctx: DocContext, verb: Token, speaker: Token | None, listener: bool) -> set[int]:
    """The cue clause's own words: verb, auxiliaries, speaker, listener and channel phrases."""
    core = {verb.i}
    parts = ctx.lex.particle_cues.get(ctx.lex.verb_lemma(verb.lemma_, verb.text), ())
    for c in verb.children:
        if c.dep_ in CORE_DEPS or c.dep_ in ("nsubj", "nsubjpass", "agent", "expl"):
            core.update(range(c.left_edge.i, c.right_edge.i + 1))
        elif c.dep_ in ("dobj", "dative") and (listener or c.lower_ in parts):
            core.update(range(c.left_edge.i, c.right_edge.i + 1))
        elif c.dep_ == "prep" and c.i > verb.i and c.lower_ in CIRCUMSTANCE_PREPS and \
                not _holds_quote(ctx, c):
            core.update(range(c.left_edge.i, c.right_edge.i + 1))
    if speaker is not None and (speaker.head == verb or speaker.head.dep_ == "agent"
                                and speaker.head.head == verb):
        core.update(range(speaker.left_edge.i, speaker.right_edge.i + 1))
    return {i for i in core if ctx.in_quote[i] < 0} | {verb.i}


def _holds_quote(ctx: DocContext, tok: Token) -> bool:
    return any(ctx.in_quote[i] >= 0 for i in range(tok.left_edge.i, tok.right_edge.i + 1))


def _cue_range(verb: Token) -> tuple[int, int]:
    lo = hi = verb.i
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and verb.i - 3 <= c.i < verb.i and not c.is_punct and \
                all(not verb.doc[k].is_punct for k in range(c.i, verb.i)):
            lo = min(lo, c.i)
        elif c.dep_ == "prt" and c.i == hi + 1:
            hi = c.i
    return lo, hi + 1


def _skippable(ctx: DocContext, j: int) -> bool:
    t = ctx.doc[j]
    return ctx.in_quote[j] < 0 and (t.text in SEPARATORS or t.is_space and "\n" not in t.text)


def _adjacent_quotes(ctx: DocContext, core: set[int]) -> tuple[int, int]:
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


def _hands_over(ctx: DocContext, qi: int) -> bool:
    """True when the quote ends with a comma or dash: the sentence goes on after the cue."""
    q = ctx.quotes[qi]
    tail = ctx.text[q.end:min(q.close_pos + 1, len(ctx.text))]
    return "," in tail or "—" in tail or ctx.text[q.end - 1:q.end] in ("—", "-", "?", "!")


def _propositional(ctx: DocContext, comps: list[Token]) -> bool:
    """Object content must say something: a clause, a predicate, a gerund or a quote."""
    for c in comps:
        if c.dep_ in PROPOSITION_DEPS or _holds_quote(ctx, c):
            return True
        for t in c.subtree:
            if t.dep_ in PROPOSITION_DEPS or t.dep_ == "prep" and t.lower_ in ("as", "of", "for") \
                    and any(x.tag_ == "VBG" or x.dep_ == "pcomp" for x in t.children) or \
                    t.dep_ == "prep" and t.lower_ == "as" or \
                    t.tag_ == "VBG" and t.dep_ in ("dobj", "pobj", "pcomp"):
                return True
    return False


def _content_tokens(ctx: DocContext, verb: Token, lemma: str,
                    stance: bool = False) -> tuple[int, int, str]:
    """Token range of the parse content of a verb cue and its type (clause/object/'')."""
    lex = ctx.lex
    clauses = [c for c in verb.children if c.dep_ == "ccomp" or c.dep_ == "advcl"
               and c.i > verb.i and (c.left_edge.lower_ == "that" or c.left_edge.lower_ == "for"
                                     and c.left_edge.i == verb.i + 1)]
    if not clauses:
        clauses = _channel_clauses(lex, verb)
    if clauses:
        lo = min(c.left_edge.i for c in clauses)
        hi = max(c.right_edge.i for c in clauses) + 1
        for c in clauses:
            for cj in c.children:
                if cj.dep_ == "conj" and cj.pos_ in ("VERB", "AUX"):
                    if _cue_conjunct(verb, c, cj):
                        hi = min(hi, _conjunct_start(cj))
                        break
                    hi = max(hi, cj.right_edge.i + 1)
            for a in c.children:
                if a.dep_ == "advcl" and a.tag_ == "VBG" and a.i > c.i and \
                        a.lemma_.lower() in lex.speech_verbs:
                    hi = min(hi, a.left_edge.i)
        return lo, hi, "clause"
    if verb.dep_ == "parataxis" and lemma in lex.speech_verbs:
        head = verb.head
        return head.left_edge.i, head.right_edge.i + 1, "clause"
    if verb.dep_ == "advcl" and verb.i < verb.head.i and \
            (lemma in lex.speech_verbs or _spoken_particle(lex, verb, lemma)) and \
            any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i
                for c in verb.children):
        head = verb.head                # "As the paper reported, ...": the clause it hangs on
        return verb.right_edge.i + 1, head.right_edge.i + 1, "clause"
    if lemma in lex.object_verbs or lemma in lex.particle_cues:
        parts = lex.particle_cues.get(lemma, frozenset())
        comps = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i
                 and not (c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS
                          and c.lower_ not in parts)]
        if comps and (_propositional(ctx, comps) or parts and comps[0].lower_ in parts
                      or (stance or lemma in lex.stance_verbs)
                      and any(c.dep_ != "prep" for c in comps)):
            lo = min(c.left_edge.i for c in comps)
            hi = max(c.right_edge.i for c in comps) + 1
            if comps[0].dep_ == "prep" and comps[0].lower_ in parts and comps[0].i == lo:
                lo += 1
            if hi - lo >= 2 or (stance or lemma in lex.stance_verbs) and \
                    ctx.doc[lo].pos_ in ("PROPN", "PRON", "NOUN"):
                return lo, hi, "object"     # "endorsed Trump", "criticized him"
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
            and not (c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS)
            and not (c.dep_ == "dobj" and lemma in LISTENER_VERBS)]
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
    if lemma in lex.no_object_verbs:
        return 0, 0, ""
    if lemma in lex.speech_verbs and lemma not in LISTENER_VERBS and \
            (lemma not in lex.evidence_verbs or stance):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None and (obj.pos_ in ("NOUN", "PROPN") or _holds_quote(ctx, obj)) and \
                not any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
            return obj.left_edge.i, obj.right_edge.i + 1, "object"   # "recounted a conversation"
    if lemma in lex.belief_verbs:
        deps = ("xcomp",) if lemma in lex.intention_verbs else ("xcomp", "dobj")
        obj = next((c for c in verb.children if c.dep_ in deps and c.i > verb.i), None)
        if obj is not None:
            return obj.left_edge.i, obj.right_edge.i + 1, "object"   # "seeks to win", "fears it"
    return 0, 0, ""


FINITE_TAGS = ("VBZ", "VBD", "VBP", "MD")


def _finite_form(verb: Token) -> str:
    """The tag that carries a verb group's tense: the verb's own or its first auxiliary's."""
    if verb.tag_ in FINITE_TAGS:
        return verb.tag_
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return aux.tag_ if aux is not None and aux.tag_ in FINITE_TAGS else verb.tag_


def _cue_conjunct(cue: Token, clause: Token, conj: Token) -> bool:
    """'X insists the party must change, and has championed Y': a subjectless conjunct hung on
    the content clause whose tense matches the cue verb's, not the clause's, is the speaker's
    second predicate, outside the content."""
    if any(c.dep_ in SUBJECT_DEPS for c in conj.children):
        return False
    form, head_form = _finite_form(conj), _finite_form(clause)
    if form in FINITE_TAGS and form == _finite_form(cue) and form != head_form:
        return True
    # "has called for X to stop and proposed Y": the cue's perfect auxiliary carries on
    return form in ("VBN", "VBD") and head_form not in ("VBN", "VBD") and cue.tag_ == "VBN" and \
        any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)


def _conjunct_start(conj: Token) -> int:
    """First token of a conjunct's clause, without the comma and conjunction before it."""
    doc = conj.doc
    cut = min(conj.i, conj.left_edge.i)
    while cut > 0 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct or doc[cut - 1].is_space):
        cut -= 1
    return cut


def _channel_clauses(lex: CueLexicon, verb: Token) -> list[Token]:
    """'said in a statement that ...': a that-clause the parser hung on the channel noun."""
    out = []
    for c in verb.children:
        if c.dep_ != "prep" or c.i < verb.i:
            continue
        for noun in c.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in lex.document_nouns:
                out.extend(g for g in noun.children if g.dep_ in ("acl", "ccomp", "relcl")
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children))
    return out


def _spoken_particle(lex: CueLexicon, verb: Token, lemma: str) -> bool:
    """'shot back', 'lashed out', 'put it': a particle (or object) that makes a verb say."""
    parts = lex.particle_cues.get(lemma, ())
    return any(c.dep_ in ("prt", "advmod", "dobj") and c.lower_ in parts for c in verb.children)


def _trailing_content(ctx: DocContext, verb: Token, core: set[int]) -> tuple[int, int] | None:
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
                t.whitespace_:
            break
        start -= 1
    if k - start < 3:
        return None
    return ctx.char_range(start + 1, k, verb.i)


def _standalone(ctx: DocContext, qi: int) -> bool:
    return _starts_sentence(ctx, ctx.quotes[qi])


def _colon_content(ctx: DocContext, core: set[int]) -> tuple[int, int] | None:
    """'he noted: I want to bring our soldiers home.' — content after a colon, no quote marks."""
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


def _that_quote(ctx: DocContext, verb: Token, core: set[int]) -> tuple[int, int] | None:
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


def _verb_cue(ctx: DocContext, verb: Token, in_quote: bool) -> Draft | None:
    lex = ctx.lex
    lemma = lex.verb_lemma(verb.lemma_, verb.text)
    if lemma in lex.particle_cues and lemma not in lex.speech_verbs | lex.belief_verbs | \
            lex.object_verbs:
        parts = lex.particle_cues[lemma]
        if not any(c.dep_ in PARTICLE_DEPS and c.lower_ in parts for c in verb.children):
            return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.refusal_verbs:
        return None     # "declined to comment on ..."
    if verb.dep_ in ("amod", "compound") or verb.tag_ == "VBN" and verb.dep_ == "acl" and \
            not (lemma in lex.stance_verbs and any(c.dep_ == "agent" for c in verb.children)):
        return None     # "the statement released Monday"; but "a bill opposed by X" is X's
    speaker = subject_of(verb)
    if speaker is None or speaker.lower_ == "it" and speaker.head != verb and \
            speaker.head.lemma_ == "be":
        return None     # "it is hard to imagine ...": an expletive 'it' holds nothing
    speaker = local_head(ctx, speaker, verb)
    person = speaker.lower_
    if person in SECOND_PERSON or person in lex.first_person and lemma not in lex.speech_verbs:
        return None
    if in_quote:
        return None     # a cue inside a quotation is part of what the quoted speaker said
    evidence = lemma in lex.evidence_verbs and speaker.lemma_.lower() in lex.document_nouns
    lo, hi, ctype = _content_tokens(ctx, verb, lemma, evidence)   # "a poll showed a tie"
    speechy = lemma in lex.speech_verbs or _spoken_particle(lex, verb, lemma)
    if ctype == "" and speaker.head.dep_ == "agent" and lemma in lex.stance_verbs:
        lo, hi = _passive_subject(verb)     # "the plan was rejected by the voters"
        ctype = "object" if hi > lo else ""
    if ctype == "" and lemma not in lex.no_object_verbs and lemma not in LISTENER_VERBS and \
            lemma not in lex.evidence_verbs and lemma not in lex.intention_verbs:
        lo, hi = _complements(ctx, verb)    # "pleaded for understanding", "accused him of sexism"
        if hi > lo and lemma in lex.physical_verbs and not _names_party(ctx, lex, lo, hi):
            lo = hi = 0     # "attacked a police station" is no statement
        ctype = "object" if hi > lo else ""
    if ctype == "" and not speechy:
        return None
    if ctype == "clause" and lemma not in lex.speech_verbs | lex.belief_verbs and \
            lemma not in lex.object_verbs and not speechy:
        return None
    core = _core(ctx, verb, speaker, ctype == "clause" and lemma in LISTENER_VERBS)
    if speaker.i < verb.i and speaker.head != verb and ctx.in_quote[speaker.i] < 0:
        s_lo, s_hi = speaker_range(ctx, speaker, verb)      # a misparsed "X, an aide, said"
        if all(ctx.doc[k].is_punct for k in range(s_hi, verb.i)):
            core.update(range(s_lo, s_hi))
    left, right = (-1, -1) if in_quote else _adjacent_quotes(ctx, core)
    quotes: list[int] = []
    content: tuple[int, int] | None = None
    kind = "indirect"
    if left >= 0 and right >= 0 and _hands_over(ctx, left) and speechy and \
            ctx.quotes[left].paragraph == ctx.quotes[right].paragraph:
        quotes = [left, right]          # "We will," he said, "fight on."
        content = (ctx.quotes[left].start, ctx.quotes[right].end)
        kind = "direct"
    elif right >= 0 and speechy and (hi <= lo or ctx.q_tokens[right][0] <= lo + 1
                                     and (ctx.q_tokens[right][1] >= hi or ctype == "clause")):
        quotes = [right]                # he said: "..."
        kind = "direct"
    elif left >= 0 and speechy and (hi <= lo or lo < verb.i or ctype != "clause") and \
            _hands_over(ctx, left) and _standalone(ctx, left):
        quotes = [left]                 # "...," he said
        kind = "direct"
    elif speechy and verb.head.i < verb.i and verb.dep_ != "conj" and not (lo < hi and lo > verb.i):
        trailing = _trailing_content(ctx, verb, core)     # ..., Reuters reports.
        if trailing is not None and trailing[1] > trailing[0]:
            content = trailing
    if quotes and content is None:
        q = ctx.quotes[quotes[0]]
        content = (q.start, q.end)
    asker = any(c.dep_ in ("nsubj", "agent") for c in verb.children)   # not "Asked why, X said"
    if not quotes and lemma in lex.question_verbs and not any(
            c.dep_ == "xcomp" or c.dep_ == "ccomp" and (c.left_edge.lower_ == "to" or
                                                        asker and c.left_edge.lower_ in QUESTION_WORDS)
            for c in verb.children):
        return None     # "asked about the option": a topic, no question put in words
    if content is not None and not quotes:
        kind, quotes, content = _kind_of(ctx, content)
    elif content is None:
        if hi <= lo:
            colon = _colon_content(ctx, core) if speechy else None
            if (colon is None or colon[1] <= colon[0]) and speechy:
                colon = _that_quote(ctx, verb, core)
            if colon is None or colon[1] <= colon[0]:
                return None
            content = colon
        else:
            content = ctx.char_range(lo, hi, verb.i)
            if content[1] <= content[0] and speechy:
                content = _colon_content(ctx, core) or content
        if content[1] <= content[0]:
            return None
        kind, quotes, content = _kind_of(ctx, content)
    s_lo, s_hi = speaker_range(ctx, speaker, verb)
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head            # "voters who live here and see X": the clause of "who"
    if clause.dep_ == "relcl" and speaker.i == clause.head.i:
        rel = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS
                    and c.lower_ in RELATIVE_PRONOUNS), None)
        if rel is not None:     # "voters who support X": the local words are "who"
            if not _can_hold(ctx, speaker):
                return None     # "ads that promote Cruz", "a movement that focused on ..."
            s_lo, s_hi = rel.i, rel.i + 1
    c_lo, c_hi = _cue_range(verb)
    return Draft(speaker, (s_lo, s_hi), (c_lo, c_hi), verb.i, content, kind, quotes,
                 content_type=ctype if not quotes else "")


def _passive_subject(verb: Token) -> tuple[int, int]:
    """Token range of the subject of a passive cue verb before it, or of the noun a participle
    hangs on: what the agent said or holds something about ("His comments were derided by the
    mayor", "the bill, opposed by Republicans, ...")."""
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        return verb.head.left_edge.i, verb.left_edge.i    # "the bill, opposed by X,": the bill
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None:
        return 0, 0
    return subj.left_edge.i, subj.right_edge.i + 1


def _complements(ctx: DocContext, verb: Token) -> tuple[int, int]:
    """Token range of all a cue verb's objects and complements after it (a preposition opening
    it left out) when they name something: the content of a cue no narrower rule fits."""
    comps = [c for c in verb.children if c.i > verb.i and c.dep_ in COMPLEMENT_DEPS
             and not (c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS)]
    if not comps:
        return 0, 0
    lo = min(c.left_edge.i for c in comps)
    hi = max(c.right_edge.i for c in comps) + 1
    if ctx.doc[lo].dep_ == "prep" and ctx.doc[lo].head == verb:
        lo += 1
    if not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in ctx.doc[lo:hi]):
        return 0, 0     # "said more", "added little": no thing named
    return lo, hi


def _names_party(ctx: DocContext, lex: CueLexicon, lo: int, hi: int) -> bool:
    """Whether the head of a token range is a person or group: a name of one, a pronoun for one,
    or a people noun ("attacked Clinton", "hit back at him", "slammed the Democrats")."""
    span = ctx.doc[lo:hi]
    head = span.root
    return head.ent_type_ in ("PERSON", "ORG", "NORP") or head.pos_ == "PRON" or \
        head.lemma_.lower() in lex.people_nouns


def _can_hold(ctx: DocContext, tok: Token) -> bool:
    """Whether a relative clause's antecedent can say or hold something: a person or group (a
    known actor, a name, a pronoun, a people noun) or a document ("a poll that shows")."""
    if ctx.actors.actor_for(tok) is not None or tok.pos_ in ("PROPN", "PRON"):
        return True
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = tok.lemma_.lower()
    return lemma in ctx.lex.document_nouns or lemma in ctx.lex.holder_nouns or \
        lemma in ctx.lex.people_nouns


def _kind_of(ctx: DocContext, content: tuple[int, int]) -> tuple[str, list[int], tuple[int, int]]:
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


def _according_cue(ctx: DocContext, tok: Token) -> Draft | None:
    """'according to X': the source is X, the content the rest of the clause."""
    doc = ctx.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    source = next((t for t in tok.subtree if t.dep_ == "pobj"), None)
    if source is None:
        return None
    s_lo, s_hi = speaker_range(ctx, source, tok)
    comma = next((t.i for t in doc[source.i:s_hi] if t.text == ","), None)
    if comma is not None:
        s_hi = comma         # "According to X, the move ...": a misparse must not swallow it
    core = set(range(tok.i, max(s_hi, tok.i + 2)))
    left, _ = _adjacent_quotes(ctx, core)
    sent = ctx.sents[ctx.sent_of[tok.i]]
    a, b = min(core), max(core) + 1
    if left >= 0 and ctx.q_tokens[left][0] >= sent.start - 1 or left >= 0 and \
            ctx.q_tokens[left][1] >= a - 2:
        q = ctx.quotes[left]
        content, kind, quotes = (q.start, q.end), "direct", [left]
    else:
        head = tok.head     # the clause "according to" hangs on tells which side it reports
        if head != tok and sent.start <= head.i < sent.end and not a <= head.i < b:
            before = head.i < a
        else:
            before = a - sent.start >= sent.end - b
        if before and a > sent.start:
            content = ctx.char_range(sent.start, a, tok.i)
        else:
            content = ctx.char_range(b, sent.end, tok.i)
        if content[1] <= content[0]:
            return None
        kind, quotes, content = _kind_of(ctx, content)
    return Draft(source, (s_lo, s_hi), (tok.i, tok.i + 2), tok.i, content, kind, quotes)


def _finding_cue(ctx: DocContext, tok: Token) -> Draft | None:
    """'In a CNN poll released Monday, Clinton leads by 10 points': a poll, survey or report
    introduced by 'in' ahead of the clause it hangs on is that clause's source (unless the clause
    has a cue verb of its own: 'in a statement, X said ...' is X's)."""
    lex = ctx.lex
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    head = tok.head
    if source is None or source.lemma_.lower() not in lex.finding_nouns or \
            head.pos_ not in ("VERB", "AUX") or ctx.in_quote[tok.i] >= 0 or \
            lex.is_verb_cue(lex.verb_lemma(head.lemma_, head.text)):
        return None
    sent = ctx.sents[ctx.sent_of[tok.i]]
    if head.i < tok.i:
        return None     # "X leads in the polls", "mired in the polls": a standing, no source
    a = tok.right_edge.i + 1
    while a < sent.end and ctx.doc[a].is_punct and ctx.doc[a].text in ",:;—–-":
        a += 1
    content = ctx.char_range(a, min(head.right_edge.i + 1, sent.end), tok.i)
    if content[1] <= content[0]:
        return None
    kind, quotes, content = _kind_of(ctx, content)
    return Draft(source, speaker_range(ctx, source, tok), (tok.i, tok.i + 1), tok.i, content,
                 kind, quotes)


def _noun_cue(ctx: DocContext, noun: Token) -> Draft | None:
    """'Nato's accusation that ...', 'a statement from the Kremlin that ...', 'her criticism of
    the deal', 'X made allegations against Y': a statement or stance noun with its holder (a
    possessor, a 'by'/'from' phrase, or the subject of the verb it is the object of) and its
    content (a that-clause, or the object of an 'of'/'on'/'about'/'against' phrase)."""
    lex = ctx.lex
    clause = None
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "appos") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children
        ):
            clause = c
            break
    if clause is None and noun.lemma_.lower() in lex.intention_nouns:
        # "the party's decision to hold debates on weekends", "his pledge to cut taxes"
        clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and \
            noun.lemma_.lower() in lex.statement_nouns:
        # "Her argument is that ...", "The campaign's message was: '...'"
        clause = next((c for c in noun.head.children if c.dep_ in ("ccomp", "attr")
                       and c.i > noun.head.i and (_holds_quote(ctx, c) or c.dep_ == "ccomp")),
                      None)
    speaker = None
    for c in noun.children:
        if c.dep_ == "poss":
            speaker = c
            break
        if c.dep_ == "prep" and c.lower_ in ("by", "from") or c.dep_ == "prep" and \
                c.lower_ == "of" and clause is not None and c.i < clause.i:
            speaker = next((p for p in c.children if p.dep_ == "pobj"), speaker)
    lo = hi = -1
    if clause is not None:
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
    else:
        topic = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i
                      and c.lower_ in lex.noun_content_prepositions
                      and not (speaker is not None and speaker.head == c)
                      and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")
                              for g in c.children)), None)
        if topic is None and noun.dep_ == "dobj":
            topic = _verb_topic(lex, noun)      # "took a swipe at X", "made the case for X"
        if topic is None or ctx.in_quote[noun.i] >= 0 or noun.dep_ == "dobj" and \
                lex.is_verb_cue(lex.verb_lemma(noun.head.lemma_, noun.head.text)):
            return None     # "voiced his support for X": the verb's statement already
        lo, hi = topic.i + 1, topic.right_edge.i + 1
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None     # "made no mention of"
    if speaker is None and noun.dep_ == "attr" and noun.head.pos_ == "AUX" and \
            noun.lemma_.lower() in lex.holder_nouns:
        speaker = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if speaker is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and \
            not lex.is_verb_cue(lex.verb_lemma(noun.head.lemma_, noun.head.text)) and \
            not any(c.dep_ == "neg" for c in noun.head.children):
        speaker = subject_of(noun.head)      # "X made allegations against Y", "X made the point that"
    if speaker is None or speaker.lower_ in lex.first_person | SECOND_PERSON or \
            speaker.lower_ in ("my", "our", "your", "its") and clause is None:
        return None
    if speaker.dep_ == "poss" and speaker.pos_ == "PRON":
        holder = _governing_subject(noun)   # "Trump is keeping up his criticism of ...": Trump
        plural = holder is not None and (holder.tag_ in ("NNS", "NNPS") or holder.lower_ == "they")
        if holder is not None and plural == (speaker.lower_ == "their"):
            speaker = holder
    content = ctx.char_range(lo, hi, noun.i)
    if content[1] <= content[0]:
        return None
    kind, quotes, content = _kind_of(ctx, content)
    return Draft(speaker, speaker_range(ctx, speaker, noun), (noun.i, noun.i + 1), noun.i,
                  content, kind, quotes)


def _verb_topic(lex: CueLexicon, noun: Token) -> Token | None:
    """The preposition after a stance noun that the parser hung on the light verb the noun is
    the object of ('took [a swipe] [at X]', 'made [the case] [for X]'), when it takes an object."""
    verb = noun.head
    if verb.pos_ != "VERB" or noun.lemma_.lower() not in lex.stance_nouns or \
            verb.lemma_.lower() not in lex.light_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1
                 and c.lower_ in lex.noun_content_prepositions
                 and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)


def _governing_subject(noun: Token) -> Token | None:
    """The subject of the verb a noun is the object of, directly or through one preposition
    ("keeps up his criticism", "doubles down on his support"); None when there is none."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS or subj.pos_ == "PRON" and \
            subj.lower_ not in ("he", "she", "they"):
        return None
    return subj


def _adjective_cue(ctx: DocContext, adj: Token) -> Draft | None:
    """'The minister is confident that the talks will succeed', 'she is eager to run', 'he is
    passionate about the race': a stance adjective after a copula with a clause, an infinitive or
    a prepositional object of its own; the copula's subject holds the stance."""
    lex = ctx.lex
    clause = next((c for c in adj.children if c.dep_ in ("ccomp", "xcomp") and c.i > adj.i), None)
    if clause is None:          # "eager to run", "passionate about the race", "confident in her"
        clause = next((p for c in adj.children if c.dep_ == "prep" and c.i > adj.i
                       and c.lower_ in lex.adjective_prepositions
                       for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
    cop = adj.head
    if clause is None or cop.pos_ not in ("AUX", "VERB") or \
            any(c.dep_ == "neg" for c in list(cop.children) + list(adj.children)):
        return None
    speaker = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lower_ in lex.first_person | SECOND_PERSON or \
            speaker.lower_ in RELATIVE_PRONOUNS or speaker.lower_ == "it":
        return None
    content = ctx.char_range(clause.left_edge.i, clause.right_edge.i + 1, adj.i)
    if content[1] <= content[0]:
        return None
    kind, quotes, content = _kind_of(ctx, content)
    return Draft(speaker, speaker_range(ctx, speaker, adj), (adj.i, adj.i + 1), adj.i, content,
                  kind, quotes)


def _headline_colon(ctx: DocContext, tok: Token, in_quote: bool = False) -> Draft | None:
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
            ctx.actors.actor_for(head_part[0]) is None:
        return None     # "Update: ..."; but "Sanders: ..." with the name tagged as a noun
    if any(_title_cue_verb(ctx, t) for t in head_part[1:]):
        return None     # "Jones Slams Smith: ...": a title-case headline verb (see below)
    if any(t.lower_ in ctx.lex.colon_labels for t in head_part):
        return None     # "Editor's note:", "Correction:": labels, not speakers
    end = doc.char_span(tok.idx, p_hi, alignment_mode="expand")
    content = ctx.char_range(tok.i + 1, end.end if end is not None else tok.i + 1, tok.i)
    if content[1] <= content[0] or not any(ch.isalpha() for ch in ctx.text[content[0]:content[1]]):
        return None     # "Clinton: 547": a tally, no claim
    kind, quotes, content = _kind_of(ctx, content)
    return Draft(head_part.root, (head_part.start, head_part.end), (tok.i, tok.i + 1), tok.i,
                  content, kind, quotes)


def _title_cue_verb(ctx: DocContext, t: Token) -> bool:
    """'Endorses', 'Slams': a capitalised present-tense speech or stance verb of a headline."""
    if not t.is_title or t.ent_iob_ == "B" and t.ent_type_ == "PERSON":
        return False
    low = t.lower_
    lemma = ctx.lex.verb_lemma(low, low)
    return low.endswith("s") and lemma != low and (lemma in ctx.lex.speech_verbs
                                                   or lemma in ctx.lex.stance_verbs)


def _title_case_headlines(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
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
            if content[1] > content[0]:
                kind, quotes, content = _kind_of(ctx, content)
                out.append(Draft(who[-1], (who.start, who.end), (t.i, t.i + 1), t.i, content,
                                  kind, quotes))
            break
    return drafts + out


# -- quotes with no cue -----------------------------------------------------------------------
DASHES = "―—–-"


def _dash_signed(ctx: DocContext, qi: int) -> Draft | None:
    """'"…" ― Sonya Herridge': a quote signed with a dash and a name closing the paragraph."""
    q = ctx.quotes[qi]
    if not q.closed:
        return None
    _, p_hi = ctx.paragraph(q.open_pos)
    tail = ctx.text[q.close_pos:p_hi]
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


def _starts_sentence(ctx: DocContext, q: Quote) -> bool:
    para_start = ctx.text.rfind("\n", 0, q.open_pos) + 1
    before = ctx.text[para_start:q.open_pos].rstrip()
    if before.split()[-1:] in (["But"], ["And"], ["Yet"], ["So"]):
        before = before[:-len(before.split()[-1])].rstrip()
    return before == "" or before[-1] in ".!?\"”:"


def _only_question(text: str) -> bool:
    text = text.rstrip(" \"”’'")
    return text.endswith("?") and not any(ch in text[:-1].rstrip("?") for ch in ".!?")


def _follow_on(ctx: DocContext, qi: int, drafts: list[Draft]) -> Draft | None:
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
        if not _starts_sentence(ctx, q) or len(words) < MIN_FOLLOW_ON_WORDS or q.single:
            return None
        if not any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        if _only_question(ctx.text[q.start:q.end]):
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
    prev = [d for d in drafts if d.content[1] <= q.start and d.kind == "direct" and d.quotes
            and d.cue is not None]
    if not prev:
        return None
    m = max(prev, key=lambda d: d.content[1])
    if ctx.paragraph(m.content[0]) != ctx.paragraph(q.start):
        return None
    probe = Draft(None, (0, 0), None, None, (q.start, q.end), "direct", [qi])
    return m if _only_cue_between(ctx, m, probe) else None


# -- main -------------------------------------------------------------------------------------
def _is_question(ctx: DocContext, d: Draft) -> bool:
    """The speaker asks: a quoted question, or an indirect one after 'asked' (class 'question')."""
    doc = ctx.doc
    if d.cue_token is None:
        return _only_question(ctx.text[d.content[0]:d.content[1]])
    cue = doc[d.cue_token]
    asking = cue.lemma_.lower() in ctx.lex.question_verbs
    if d.kind == "direct":
        return _only_question(ctx.text[d.content[0]:d.content[1]])
    return asking and any(c.dep_ == "ccomp" and (c.left_edge.lower_ in QUESTION_WORDS or any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children))
        for c in cue.children)


def _writers_question(ctx: DocContext, d: Draft) -> bool:
    """'Did Lavrov say that Russia would respond?': the writer asks, no one is on record."""
    if d.cue_token is None or d.kind == "direct":
        return False
    sent = ctx.sents[ctx.sent_of[d.cue_token]]
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in "\"”’'"), None)
    return last is not None and last.text == "?" and ctx.in_quote[last.i] < 0


def _mistagged_verb(tok: Token) -> bool:
    """A verb tagged as a noun ('Most farmers support ...'): a plain-form 'noun' heading its
    clause with a subject and an object of its own."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.dep_ in ("ROOT", "ccomp", "conj") and \
        any(c.dep_ == "nsubj" for c in tok.children) and \
        any(c.dep_ in ("dobj", "ccomp") for c in tok.children)


def _find_cues(ctx: DocContext) -> list[Draft]:
    lex = ctx.lex
    drafts: list[Draft] = []
    for tok in ctx.doc:
        inq = ctx.in_quote[tok.i] >= 0
        low = tok.lower_
        d = None
        if (tok.pos_ == "VERB" or _mistagged_verb(tok)) and \
                lex.is_verb_cue(lex.verb_lemma(tok.lemma_, tok.text)):
            d = _verb_cue(ctx, tok, inq)
        elif inq:
            if low == ":":
                d = _headline_colon(ctx, tok, in_quote=True)     # a quoted transcript line
            if d is None:
                continue
        elif low == "according":
            d = _according_cue(ctx, tok)
        elif low == "in" and tok.dep_ == "prep":
            d = _finding_cue(ctx, tok)
        elif tok.pos_ == "NOUN" and (tok.lemma_.lower() in lex.statement_nouns
                                     or tok.lemma_.lower() in lex.stance_nouns
                                     or tok.lemma_.lower() in lex.holder_nouns
                                     or tok.lemma_.lower() in lex.intention_nouns):
            d = _noun_cue(ctx, tok)
        elif low == ":" and tok.i > 0:
            d = _headline_colon(ctx, tok)
        elif tok.dep_ == "acomp" and low in lex.stance_adjectives:
            d = _adjective_cue(ctx, tok)
        if d is None or _writers_question(ctx, d):
            continue
        drafts.append(d)
        if d.speaker_tok is not None and \
                ctx.doc[d.speaker_span[0]].lower_ not in RELATIVE_PRONOUNS:
            for other in d.speaker_tok.conjuncts:     # "A and B said": one statement each
                if other.pos_ in ("PROPN", "NOUN") and other.i > d.speaker_tok.i:
                    cue = ctx.doc[d.cue_token] if d.cue_token is not None else other
                    drafts.append(replace(d, speaker_tok=other,
                                          speaker_span=speaker_range(ctx, other, cue)))
    return drafts


def extract_statements(doc: Doc, doc_actors: DocActors) -> list[FoundStatement]:
    """Every statement in ``doc`` in text order (see extract/model.py FoundStatement)."""
    ctx = DocContext(doc, doc_actors, load_cues())
    drafts = _cut_at_coordinate_cues(ctx, _trim_at_trailing_cues(ctx, _find_cues(ctx)))
    drafts = _drop_nested_beliefs(ctx, _dedupe(ctx, drafts))
    drafts = _title_case_headlines(ctx, drafts)
    taken = {k for d in drafts for k in d.quotes}
    for qi in range(len(ctx.quotes)):
        if qi not in taken:
            signed = _dash_signed(ctx, qi)
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
        f = _follow_on(ctx, qi, ordered)
        if f is not None:
            drafts.append(f)
            ordered = sorted(drafts, key=lambda d: d.content[0])
            claimed.add(qi)
    drafts = _merge_continued(ctx, _split_paragraphs(ctx, drafts))
    drafts.sort(key=lambda d: (d.content[0], d.content[1], d.speaker_span))
    return [_finish(ctx, d) for d in drafts]


def _trim_at_trailing_cues(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """'A said B, Reuters reports.': A's content stops where the trailing cue clause begins."""
    for t in drafts:
        if t.cue_token is None or t.quotes and t.kind == "direct":
            continue
        cue_at = ctx.doc[t.cue_token].idx
        a, b = t.content
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
    ("said X, telling them Y")."""
    if ctx.in_quote[verb.i] >= 0 or verb.head.i == verb.i:
        return False
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if verb.dep_ == "conj":
        if own_subject:
            return verb.head.i != outer.i
        lemma = ctx.lex.verb_lemma(verb.lemma_, verb.text)
        return lemma == ctx.lex.verb_lemma(outer.lemma_, outer.text) or \
            _cue_conjunct(outer, verb.head, verb)
    if verb.dep_ in ("advcl", "parataxis") and own_subject:
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        return verb.dep_ == "parataxis" or mark is not None and mark.lower_ in ("while", "whereas")
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and \
            ctx.doc[verb.left_edge.i - 1].text == ",":
        return ctx.lex.verb_lemma(verb.lemma_, verb.text) in ctx.lex.speech_verbs
    return False


def _cut_at_coordinate_cues(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
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
            if verb.dep_ == "conj":
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
            if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                    and a.speaker_tok is not None and by_cue.get(v_i) is b:
                b.speaker_tok, b.speaker_span = a.speaker_tok, a.speaker_span
    return drafts


def _dedupe(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """One statement per quote and speaker: a quote claimed twice keeps the nearer cue."""
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
    seen: set[tuple[int, int, tuple[int, int]]] = set()
    uniq = []
    for d in out:
        key = (d.content[0], d.content[1], d.speaker_span)
        if key not in seen:
            seen.add(key)
            uniq.append(d)
    return uniq


def _drop_nested_beliefs(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
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
    if d.cue_token is None or not d.quotes:
        return 10**9
    lo, hi = ctx.q_tokens[d.quotes[0]]
    return min(abs(d.cue_token - lo), abs(d.cue_token - hi))


def _split_paragraphs(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
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


def _merge_continued(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """One quotation, one statement: a quote carried on with no cue of its own ('"A," he said.
    "B."', a quote running over paragraphs) joins the statement of the same speaker before it."""
    drafts = sorted(drafts, key=lambda d: (d.content[0], d.content[1]))
    out: list[Draft] = []
    for d in drafts:
        k = _continued_owner(ctx, out, d) if d.cue is None and d.kind == "direct" and \
            d.quotes else None
        if k is not None:
            m = out[k]
            out[k] = replace(m, content=(m.content[0], d.content[1]), quotes=m.quotes + d.quotes)
            continue
        out.append(d)
    return out


def _continued_owner(ctx: DocContext, out: list[Draft], d: Draft) -> int | None:
    """Index in ``out`` of the quoted statement ``d`` carries on: the last one, or the one before
    statements hanging on its own cue clause ('"A," said X, referring to Y. "B."')."""
    k = len(out) - 1
    while k >= 0:
        m = out[k]
        if m.kind == "direct" and m.quotes and d.speaker_span == m.speaker_span and \
                m.content[1] <= d.content[0] and _only_cue_between(ctx, m, d):
            return k
        if m.cue_token is None or not any(
                o.cue_token is not None and o.cue_token != m.cue_token and
                ctx.doc[o.cue_token] in ctx.doc[m.cue_token].ancestors for o in out[:k]):
            return None     # only statements nested in an earlier cue clause are stepped over
        k -= 1
    return None


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


def _finish(ctx: DocContext, d: Draft) -> FoundStatement:
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
        cue_class=_cue_class(ctx, d),
    )


def _cue_class(ctx: DocContext, d: Draft) -> str:
    """speech | belief | stance | question: what kind of attribution the draft is."""
    if _is_question(ctx, d):
        return "question"
    if d.cue_token is None:
        return "speech"
    tok = ctx.doc[d.cue_token]
    if tok.lower_ == "according":
        return "speech"
    pos = "VERB" if _mistagged_verb(tok) else tok.pos_
    lemma = ctx.lex.verb_lemma(tok.lemma_, tok.text) if pos in ("VERB", "AUX") else tok.lemma_
    if d.content_type == "object" and lemma in ctx.lex.stance_verbs:
        return "stance"         # "endorsed Smith", "criticized the plan"
    if pos == "VERB" and d.content_type != "object" and _spoken_particle(ctx.lex, tok, lemma):
        return "speech"         # "as she put it", "pointed out that"
    return ctx.lex.cue_class(lemma, pos)
