"""Speakers: which words of a cue clause speak (subject, agent, inherited subject) and who they are
(actors/ mentions, pronouns resolved to earlier speakers, documents to the bodies behind them)."""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.actors.model import Mention
from onrecord.extract.statements.cues import CueLexicon, load_cues
from onrecord.extract.statements.drafts import DocContext, Draft
from onrecord.schema import Actor

SUBJECT_DEPS = ("nsubj", "csubj")
INHERIT_DEPS = ("conj", "advcl", "xcomp", "ccomp", "parataxis", "pcomp", "dep")
NAMED_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
RELATIVE_PRONOUNS = ("who", "that", "which")
FINITE_TAGS = ("VBZ", "VBD", "VBP", "MD")


def finite_form(verb: Token) -> str:
    """The tag that carries a verb group's tense: the verb's own or its first auxiliary's."""
    if verb.tag_ in FINITE_TAGS:
        return verb.tag_
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return aux.tag_ if aux is not None and aux.tag_ in FINITE_TAGS else verb.tag_


def speaks_again(cue: Token, verb: Token) -> bool:
    """'said it was troubled by the vote and urged the council ...': a speech verb in the tense of
    a speech cue, hung on that cue's content clause, is the speaker's next statement, unless the
    clause is about another person, who may be the one speaking ('He said she went home and told
    her husband')."""
    lex = load_cues()
    if not lex.speaks(verb) or not lex.speaks(cue):
        return False
    form = finite_form(verb)
    if form not in FINITE_TAGS or form != finite_form(cue):
        return False
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or speaker is None:
        return True
    if subject.ent_type_ == "PERSON":
        return subject.lower_ == speaker.lower_
    people = lex.person_pronouns | lex.plural_pronouns | lex.first_person
    return subject.lower_ not in people or speaker.lower_ not in people or \
        subject.lower_ == speaker.lower_


# -- the speaker words of a cue ---------------------------------------------------------------
def subject_of(tok: Token, depth: int = 0) -> Token | None:
    """The speaker head for a cue verb: its subject, a passive agent, or an inherited subject."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        c = min(subjects, key=lambda c: abs(c.i - tok.i))
        if c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            return _issuer(tok.head, depth) or tok.head     # "a letter that says": its issuer
        return c
    if any(c.dep_ == "expl" for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ == "nsubjpass":
            agent = next((a for a in tok.children if a.dep_ == "agent"), None)
            if agent is None:       # "X is expected to announce ...": X, for the verb below
                return c if depth > 0 and c.pos_ in ("PROPN", "NOUN", "PRON") else None
            return next((p for p in agent.children if p.dep_ == "pobj"), None)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.left_edge.i > 0 and \
            tok.doc[tok.left_edge.i - 1].text == "," and tok.head.dep_ == "dobj" and \
            tok.head.head.pos_ == "VERB":
        # "X rejected the notion that ..., saying ...": the one who says is X, not the notion
        return subject_of(tok.head.head, depth + 1)
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return _issuer(tok.head, depth) or tok.head
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "ccomp" and \
            tok.head.head.pos_ == "VERB" and tok.head.head.i < tok.i:
        # "X said Y would not join, adding that ...": the adder is X, not Y
        return subject_of(tok.head.head, depth + 1)
    absolute = _with_absolute(tok)
    if absolute is not None:
        return absolute     # "ended with Moss saying ...": Moss says, not what ended
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(tok.head.head, depth + 1)     # "In announcing that ..., he adopted"
    if depth < 3 and tok.dep_ in ("xcomp", "pcomp") and tok.head.dep_ in ("prep", "acomp"):
        # "X was quick to point out", "X was aggressive in denouncing", "X has a history of
        # blaming": up through the adjective or noun to the clause that has the subject
        up = tok.head.head if tok.head.dep_ == "prep" else tok.head
        if up.pos_ == "ADJ" and up.dep_ == "acomp" or up.pos_ == "NOUN" and up.dep_ in (
                "dobj", "attr"):
            return subject_of(up.head, depth + 1) if up.head.pos_ in ("VERB", "AUX") else None
    if depth > 0 and tok.dep_ == "acomp" and tok.head.pos_ in ("VERB", "AUX"):
        return subject_of(tok.head, depth + 1)
    if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and speaks_again(tok.head.head, tok):
        return subject_of(tok.head.head, depth + 1)     # the speaker of the clause it follows
    if depth < 3 and tok.dep_ in INHERIT_DEPS and tok.head != tok:
        if tok.dep_ == "ccomp" and tok.head.i > tok.i:
            return None
        return subject_of(tok.head, depth + 1)
    if depth == 0:
        return _left_neighbour(tok)
    return None


def _with_absolute(tok: Token) -> Token | None:
    """'The talk ended with Moss asking the mayor whether ...': an -ing verb right after the
    object of 'with' makes an absolute phrase whose subject is that object (general English);
    the parser may hang the verb on the main clause instead. That object, or None."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl") or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.dep_ != "pobj" or prev.head.lower_ != "with" or \
            tok.head not in (prev.head.head, prev):
        return None
    return prev


def _issuer(noun: Token, depth: int) -> Token | None:
    """'Trump issued a statement saying ...', 'Obama used a press briefing to brag ...': a
    document, a statement or an occasion that is the object of a verb speaks for that verb's
    subject."""
    lex = load_cues()
    lemma = noun.lemma_.lower()
    if lemma not in lex.document_nouns and lemma not in lex.occasion_nouns and \
            lemma not in lex.statement_nouns:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX") or \
            noun.dep_ == "pobj" and lemma not in lex.occasion_nouns:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "which"):
        return None
    return subject_of(verb, depth + 1)


def _left_neighbour(tok: Token) -> Token | None:
    """A misparsed 'X said' (X attached elsewhere): the noun right before the verb."""
    j = tok.i - 1
    doc = tok.doc
    while j >= 0 and doc[j].dep_ in ("aux", "advmod", "neg") and doc[j].head == tok:
        j -= 1
    if j >= 0 and doc[j].pos_ in ("PROPN", "PRON", "NOUN") and doc[j].dep_ in ("pobj", "conj",
                                                                                "appos", "dep"):
        return doc[j]
    if j > 0 and doc[j].text == ",":
        # "X, the minority leader, said" / "X, a top adviser to Y, said" with X attached elsewhere
        appos = next((doc[k] for k in range(j - 1, max(j - 16, 0) - 1, -1)
                      if doc[k].dep_ == "appos" and doc[k].right_edge.i == j - 1), None)
        if appos is not None and appos.head.pos_ == "PROPN" and appos.head.dep_ != "nsubj":
            return appos.head
    return _inverted_subject(tok)


def _inverted_subject(tok: Token) -> Token | None:
    """'"...," said retired surgeon Ben Carson, asked about ...': after a quote and a comma, the
    noun phrase right after the verb (parsed as a modifier or as the subject of a later verb)."""
    doc = tok.doc
    j = tok.i - 1
    if j < 0 or not (doc[j].text == "," or doc[j].is_quote or doc[j].is_punct and j > 0
                     and doc[j - 1].is_quote):
        return None
    head = None
    k = tok.i + 1
    while k < len(doc) and doc[k].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") and \
            doc[k].dep_ not in ("dobj", "dative"):
        if doc[k].pos_ in ("PROPN", "NOUN"):
            head = doc[k]
        k += 1
    return head


def local_head(ctx: DocContext, subj: Token, verb: Token) -> Token:
    """A subject parsed across a paragraph break: its highest word in the verb's paragraph."""
    text = ctx.text
    p_lo = text.rfind("\n", 0, verb.idx) + 1
    if subj.idx >= p_lo and "\n" not in text[subj.idx:verb.idx]:
        return subj
    inside = [t for t in subj.subtree if p_lo <= t.idx < verb.idx and t.pos_ in ("NOUN", "PROPN",
                                                                                   "PRON")]
    if not inside:
        return subj
    ids = {t.i for t in inside}
    tops = [t for t in inside if t.head.i not in ids]
    return tops[-1] if tops else inside[-1]


def co_speakers(head: Token) -> list[Token]:
    """'A, B and C said': the other named speakers coordinated with ``head``. A common noun hung on
    a name by a bare comma is its apposition ('Ghana, Togo's main partner and its buyer,
    said': one speaker), and so is all coordinated under it."""
    out = []
    for other in head.conjuncts:
        if other.i < head.i or other.pos_ not in ("PROPN", "NOUN"):
            continue
        j = other.left_edge.i - 1
        if head.pos_ == "PROPN" and other.pos_ == "NOUN" and j >= 0 and head.doc[j].text == "," \
                and other.head == head:
            return out
        out.append(other)
    return out


def speaker_range(ctx: DocContext, head: Token, cue: Token) -> tuple[int, int]:
    """Token range of the speaker phrase: the head's subtree minus clauses, conjuncts and cue (and
    the "both"/"either" that opens a coordination, which belongs to no one conjunct)."""
    lo = hi = head.i
    openers = [c for c in head.children if c.dep_ == "preconj" or c.dep_ == "det" and
               c.lower_ in ctx.lex.correlative_openers]     # a det: "Both" misparsed
    conjuncts = [c.i for c in head.children if c.dep_ == "conj"]
    for c in head.children:
        if c.dep_ in ("relcl", "acl", "cc", "conj") or c.i == cue.i or conjuncts and c in openers:
            continue
        if c.dep_ == "advmod" and c.i == head.left_edge.i and c.i < head.i:
            continue    # "Even China said": the focus word is not the speaker's name
        if c.dep_ == "punct" and c.i > head.i:
            continue
        left, right = c.left_edge.i, c.right_edge.i
        if c.i < head.i and c.dep_ in ("advmod", "npadvmod", "prep") and \
                right + 1 < head.i and head.doc[right + 1].text == ",":
            continue    # "Years ago, a Times article hailed": the time, set off, is no name
        if left <= cue.i <= right:
            continue
        if _fronted_time(ctx.lex, c, head):
            continue    # "Yesterday Lopez said": the time the parser hung on the name is no name
        lo = min(lo, left)
        hi = max(hi, right)
    if conjuncts and min(conjuncts) <= hi:
        lo = min([lo] + [c.i for c in openers])     # the range spans the coordination after all
    doc = head.doc
    text = ctx.text
    p_lo = text.rfind("\n", 0, head.idx) + 1
    p_hi = text.find("\n", head.idx)
    p_hi = len(text) if p_hi < 0 else p_hi
    while lo < head.i and doc[lo].idx < p_lo:
        lo += 1
    for k in range(lo, head.i):     # '"... dory," Gene Sperling said': never into a quote before
        if ctx.in_quote[k] >= 0:
            lo = k + 1
    while hi > head.i and doc[hi].idx >= p_hi:
        hi -= 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].tag_ == "POS"):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    return lo, hi + 1


def _fronted_time(lex: CueLexicon, c: Token, head: Token) -> bool:
    """Whether a modifier opening the speaker phrase is a time expression ("Yesterday", "Last
    week") the parser took for part of the name: every word of it a date or time entity or a
    time word (cues.yaml time_words) that is no number, the head itself no date."""
    words = head.doc[c.left_edge.i:c.right_edge.i + 1]
    times = lex.time_words
    return c.i < head.i and c.left_edge.i == head.left_edge.i and head.ent_type_ not in (
        "DATE", "TIME") and c.dep_ in ("compound", "npadvmod", "nmod", "amod") and all(
            (t.ent_type_ in ("DATE", "TIME") or t.lower_ in times) and t.tag_ != "CD"
            for t in words)


# -- who the speaker is -----------------------------------------------------------------------
def _named_text(ctx: DocContext, tok: Token) -> str | None:
    """The proper name around ``tok``, widened to an earlier full name ("Choe" -> "Choe Son-hui")."""
    name = None
    if tok.ent_type_ in NAMED_LABELS:
        lo, hi = tok.i, tok.i + 1
        while lo > 0 and tok.doc[lo - 1].ent_iob_ == "I" and tok.doc[lo].ent_iob_ == "I":
            lo -= 1
        while lo > 0 and tok.doc[lo].ent_iob_ == "I":
            lo -= 1
        while hi < len(tok.doc) and tok.doc[hi].ent_iob_ == "I":
            hi += 1
        name = tok.doc[lo:hi].text
    elif tok.pos_ == "PROPN":
        lo = tok.i
        while lo > 0 and tok.doc[lo - 1].pos_ == "PROPN" and tok.doc[lo - 1].dep_ == "compound":
            lo -= 1
        name = tok.doc[lo:tok.i + 1].text
    if name and " " not in name and tok.ent_type_ in ("PERSON", "", "ORG"):
        return _full_name(ctx, tok) or name
    return name


def _full_name(ctx: DocContext, tok: Token) -> str | None:
    """The first earlier proper-name run that holds this one-word name ("Choe Son-hui")."""
    doc = ctx.doc
    for i in range(tok.i):
        t = doc[i]
        if t.text != tok.text or t.pos_ != "PROPN":
            continue
        lo, hi = i, i + 1
        while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].whitespace_ == " " \
                and doc[lo - 1].ent_type_ in ("PERSON", "ORG", "") and doc[lo - 1].is_title:
            lo -= 1
        while hi < len(doc) and doc[hi - 1].whitespace_ in (" ", ""):
            t, glued = doc[hi], doc[hi - 1].text == "-" and not doc[hi - 1].whitespace_
            if t.pos_ == "PROPN" and (t.is_title or glued):
                hi += 1
            elif t.text == "-" and not doc[hi - 1].whitespace_ and not t.whitespace_ and \
                    hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN":
                hi += 1
            else:
                break
        if hi - lo > 1 and doc[hi - 1].text != "-":
            return doc[lo:hi].text
        return None
    return None


def _gender(m: Mention | None) -> str | None:
    return m.gender if m is not None else None


def resolve_speaker(ctx: DocContext, d: Draft, previous: list[Draft]) -> None:
    """Fill the draft's speaker Actor: local words, resolved name/country/sector/code."""
    doc = ctx.doc
    lo, hi = d.speaker_span
    local = doc[lo:hi]
    head = d.speaker_tok
    lex = ctx.lex
    mention = ctx.actors.actor_for(head) if head is not None else None
    part_of = mention is not None and head is not None and not (
        mention.token_start <= head.i < mention.token_end)
    if part_of and head.lemma_.lower() not in lex.document_nouns:
        # "his supporters": the mention is a part ("his"), not the speaker itself
        mention = Mention(local.text, local.start_char, local.end_char, lo, hi, None,
                          mention.country, mention.sector, mention.code, "description",
                          "part of " + mention.text)
    if mention is None and head is not None and head.lemma_.lower() in lex.document_nouns:
        mention = _document_owner(ctx, head) or _earlier_document(ctx, head, previous)
    name = country = sector = code = None
    if head is not None and head.lower_ in lex.person_pronouns and _state_like(mention):
        mention = None
    if head is not None and head.lower_ in lex.pronouns:
        ante = _antecedent(ctx, head, previous, mention)
        if ante is not None:
            a = ante.speaker_actor
            name, country, sector, code = a.name or a.text, a.country, a.sector, a.code
            mention = ante.mention if ante.mention is not None else mention
        elif mention is not None and mention.name:
            name, country, sector, code = mention.name, mention.country, mention.sector, \
                mention.code
    elif mention is not None and mention.name:
        name, country, sector, code = mention.name, mention.country, mention.sector, mention.code
        if head is not None and head.pos_ == "PROPN" and " " not in mention.name:
            name = _named_text(ctx, head) or name
    elif head is not None:
        name = _named_text(ctx, head)
        if mention is not None:
            country, sector, code = mention.country, mention.sector, mention.code
    if name is None and head is not None and local.text.lower() in RELATIVE_PRONOUNS:
        a_lo, a_hi = speaker_range(ctx, head, head)
        name = doc[a_lo:a_hi].text or None       # "who" resolves to its antecedent
    d.speaker_actor = Actor(local.text, local.start_char, local.end_char, name, country, sector,
                            code)
    d.mention = mention


def _document_owner(ctx: DocContext, head: Token) -> Mention | None:
    """'a readout from the Kremlin', 'the ministry's statement': the body behind a document."""
    for c in head.children:
        if c.dep_ in ("prep", "poss", "compound", "amod"):
            for t in c.subtree:
                if t.pos_ in ("PROPN", "NOUN", "ADJ"):
                    m = ctx.actors.actor_for(t)
                    if m is not None:
                        return m
    return None


def _he_she(word: str) -> str:
    return "m" if word in ("he", "him", "his") else "f"


def _person_like(ctx: DocContext, tok: Token, mention: Mention | None) -> bool:
    """Can this speaker be 'he' or 'she'? People and role nouns, not states or documents."""
    if tok.ent_type_ == "PERSON" or tok.lower_ in ctx.lex.person_pronouns:
        return True
    if tok.ent_type_ in ("GPE", "ORG", "NORP", "LOC", "FAC") or tok.lower_ in ctx.lex.pronouns:
        return False
    lemma = tok.lemma_.lower()
    if lemma in ctx.lex.document_nouns or lemma in ctx.lex.collective_nouns:
        return False
    if mention is not None and mention.kind in ("state", "igo", "group", "capital", "seat"):
        return False
    return tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NN", "NNP")


def _state_like(mention: Mention | None) -> bool:
    return mention is not None and (mention.kind in ("state", "igo", "capital", "seat")
                                    or mention.sector is None and mention.country is not None)


def _earlier_document(ctx: DocContext, head: Token, previous: list[Draft]) -> Mention | None:
    """'The statement said ...': the statement issued or spoken of one or two sentences back;
    'X released a statement condemning ...': X."""
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        subj = subject_of(head.head)
        m = ctx.actors.actor_for(subj) if subj is not None else None
        if m is not None and m.name:
            return m
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return None
    lemma = head.lemma_.lower()
    for p in reversed(previous):
        if p.speaker_tok is not None and p.speaker_tok.lemma_.lower() == lemma and \
                p.mention is not None and p.mention.name and p.speaker_tok.i < head.i:
            return p.mention
    sent = ctx.sent_of[head.i]
    lo = ctx.sents[max(0, sent - 2)].start
    for t in reversed(ctx.doc[lo:head.i]):
        if t.lemma_.lower() != lemma:
            continue
        owner = _document_owner(ctx, t)
        if owner is not None:
            return owner
        verb = t.head if t.dep_ in ("dobj", "nsubjpass") else None
        if verb is not None:
            subj = subject_of(verb)
            m = ctx.actors.actor_for(subj) if subj is not None else None
            if m is not None and m.name:
                return m
    return None


def _antecedent(ctx: DocContext, pron: Token, previous: list[Draft],
                mention: Mention | None) -> Draft | None:
    """A pronoun speaker is the latest earlier speaker nearby, when number and gender agree."""
    lex = ctx.lex
    sent = ctx.sent_of[pron.i]
    word = pron.lower_
    for p in reversed(previous):
        if p.speaker_actor is None or p.cue_token is None or not p.speaker_actor.name and (
                p.speaker_tok is None or p.speaker_tok.lower_ in lex.pronouns):
            continue
        if sent - ctx.sent_of[p.cue_token] > 2:
            break
        ptok = p.speaker_tok
        plural = ptok is not None and ptok.tag_ in ("NNS", "NNPS")
        if word in lex.plural_pronouns and not plural:
            continue
        if word in lex.person_pronouns:
            if plural or ptok is None or not _person_like(ctx, ptok, p.mention) or \
                    ptok.lower_ in lex.person_pronouns and _he_she(ptok.lower_) != _he_she(word):
                continue
            g = _gender(p.mention)
            if g and (g == "m") != (word in ("he", "him")):
                continue
        if word in lex.neuter_pronouns and (plural or ptok is not None
                                            and ptok.ent_type_ == "PERSON"):
            continue
        return p
    if mention is not None and mention.name:
        return None
    if word in lex.person_pronouns:
        lo = ctx.sents[max(0, sent - 2)].start
        best = None
        for ent in ctx.persons:
            if lo <= ent.start < pron.i and ctx.in_quote[ent.start] < 0:
                best = ent      # a name quoted ('"I owe nothing to Women's Lib," she said') is
                #                 someone the quote speaks of, not who narrates
        if best is not None:
            m = ctx.actors.actor_for(best.root)
            actor = Actor(best.text, best.start_char, best.end_char,
                          m.name if m and m.name else best.text,
                          m.country if m else None, m.sector if m else None,
                          m.code if m else None)
            return Draft(best.root, (best.start, best.end), None, None, (0, 0), "direct",
                          speaker_actor=actor, mention=m)
    return None
