"""Cues that are not verbs: 'according to X', 'in a poll', statement, stance, holder and
intention nouns, and stance adjectives, each with its holder and content."""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.extract.statements.content_spans import colon_content
from onrecord.extract.statements.cues import CueLexicon
from onrecord.extract.statements.drafts import DocContext, Draft
from onrecord.extract.statements.quote_snapping import adjacent_quotes, holds_quote, kind_of
from onrecord.extract.statements.speakers import RELATIVE_PRONOUNS, speaker_range, subject_of
from onrecord.extract.statements.verb_cues import held_stance, stance_object
from onrecord.pronouns import SECOND_PERSON

FRAGMENT_TOKENS = 6     # a quote of three words or fewer, its marks and comma included


def according_cue(ctx: DocContext, tok: Token) -> Draft | None:
    """'according to X': the source is X, the content the rest of the clause."""
    doc = ctx.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    source = next((t for t in tok.subtree if t.dep_ == "pobj"), None)
    if source is None:      # "according to show insiders" parsed as a verb and its object
        source = next((t for t in reversed(list(tok.subtree)) if t.i > tok.i + 1 and
                       t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ == "dobj"), None)
    if source is None:
        return None
    s_lo, s_hi = speaker_range(ctx, source, tok)
    comma = next((t.i for t in doc[source.i:s_hi] if t.text == ","), None)
    if comma is not None:
        s_hi = comma         # "According to X, the move ...": a misparse must not swallow it
    core = set(range(tok.i, max(s_hi, tok.i + 2)))
    left, _ = adjacent_quotes(ctx, core)
    sent = ctx.sents[ctx.sent_of[tok.i]]
    a, b = min(core), max(core) + 1
    # a quote before the cue is what is attributed ('"...," according to X'), unless it is a
    # few words inside the sentence: then part of a paraphrase ('a view held for "months,"')
    fragment = left >= 0 and ctx.q_tokens[left][0] > sent.start + 1 and \
        ctx.q_tokens[left][1] - ctx.q_tokens[left][0] <= FRAGMENT_TOKENS
    if not fragment and (left >= 0 and ctx.q_tokens[left][0] >= sent.start - 1 or left >= 0 and
                         ctx.q_tokens[left][1] >= a - 2):
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
        kind, quotes, content = kind_of(ctx, content)
    return Draft(source, (s_lo, s_hi), (tok.i, tok.i + 2), tok.i, content, kind, quotes)


def finding_cue(ctx: DocContext, tok: Token) -> Draft | None:
    """'In a CNN poll released Monday, Clinton leads by 10 points': a poll, survey or report
    introduced by 'in' ahead of the clause it hangs on is that clause's source (unless the clause
    has a cue verb of its own: 'in a statement, X said ...' is X's)."""
    lex = ctx.lex
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    head = tok.head
    if head.dep_ == "dobj" and head.i < tok.i:
        head = head.head        # "held a lead [in a poll]": the clause of the verb
    if source is not None and source.lemma_.lower() in lex.opinion_nouns:
        return _opinion_phrase(ctx, tok, source, head)
    if source is None or source.lemma_.lower() not in lex.finding_nouns or \
            head.pos_ not in ("VERB", "AUX") or ctx.in_quote[tok.i] >= 0 or \
            lex.is_verb_cue(lex.verb_lemma(head.lemma_, head.text)):
        return None
    sent = ctx.sents[ctx.sent_of[tok.i]]
    if head.i < tok.i:
        return _finding_after(ctx, tok, source, head)
    a = _after_phrase(ctx, tok, sent.end)
    return _noun_draft(ctx, source, tok, a, min(head.right_edge.i + 1, sent.end))


def _after_phrase(ctx: DocContext, tok: Token, end: int) -> int:
    """The first token after ``tok``'s phrase and the commas, colons or dashes that close it."""
    a = tok.right_edge.i + 1
    while a < end and ctx.doc[a].is_punct and ctx.doc[a].text in ",:;—–-":
        a += 1
    return a


def _opinion_phrase(ctx: DocContext, tok: Token, noun: Token, head: Token) -> Draft | None:
    """'In Ames's view, the mill will close', 'the mill, in her view, will close': the possessor
    (or 'of' object) of an opinion noun holds the clause the 'in' phrase hangs on, like 'according
    to'; no holder ("in the view from the hill"), no statement."""
    lex = ctx.lex
    holder = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
         for p in c.children if p.dep_ == "pobj"), None)
    if holder is None or head.pos_ not in ("VERB", "AUX") or ctx.in_quote[tok.i] >= 0 or \
            holder.lower_ in lex.first_person | {"my", "our", "your"} | SECOND_PERSON or \
            lex.is_verb_cue(lex.verb_lemma(head.lemma_, head.text)):
        return None     # "in his view, he said ...": the verb's own statement
    sent = ctx.sents[ctx.sent_of[tok.i]]
    if head.i > tok.i:
        lo, hi = _after_phrase(ctx, tok, sent.end), min(head.right_edge.i + 1, sent.end)
        if sent.start <= head.left_edge.i < tok.i:
            lo = head.left_edge.i       # "the mill, in her view, will close": the whole clause
    else:
        lo, hi = head.left_edge.i, tok.i
    if hi <= lo:
        return None
    content = ctx.char_range(lo, hi, tok.i)
    if content[1] <= content[0]:
        return None
    kind, quotes, content = kind_of(ctx, content)
    return Draft(holder, speaker_range(ctx, holder, noun), (tok.i, noun.i + 1), tok.i, content,
                 kind, quotes)


def _finding_after(ctx: DocContext, tok: Token, source: Token, head: Token) -> Draft | None:
    """'Orlan held a ten-point lead in a new Herald poll': one poll or survey, introduced by 'a'
    after a clause that states a figure, is the source of that clause (from its subject to 'in').
    "X leads in the polls", "mired in the polls", "in the poll", "took part in a survey" name a
    standing or an activity, no source."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if source.tag_ != "NN" or subject is None or subject.i > head.i or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in source.children):
        return None
    if not any(t.like_num or t.ent_type_ in ("PERCENT", "CARDINAL")
               for t in ctx.doc[subject.left_edge.i:tok.i]):
        return None     # a finding is a figure: "held a 10-point lead", "6 percent backed X"
    return _noun_draft(ctx, source, tok, subject.left_edge.i, tok.i)


def noun_cue(ctx: DocContext, noun: Token) -> Draft | None:
    """'Nato's accusation that ...', 'a statement from the Kremlin that ...', 'her criticism of
    the deal', 'X made allegations against Y': a statement or stance noun with its holder (a
    possessor, a 'by'/'from' phrase, or the subject of the verb it is the object of) and its
    content (a that-clause, or the object of an 'of'/'on'/'about'/'against' phrase)."""
    lex = ctx.lex
    if noun.lemma_.lower() in lex.blow_nouns and not (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.blow_verbs):
        return None     # "had a shot at the title": a chance, no verbal blow
    received = received_stance(ctx, noun)
    if received is not None:
        return received
    if lex.account_noun(noun):      # "by her own admission, X ..."
        return _opinion_phrase(ctx, noun.head, noun, noun.head.head)
    announced = _announced_colon(ctx, noun)
    if announced is not None:
        return announced
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
                       and c.i > noun.head.i and (holds_quote(ctx, c) or c.dep_ == "ccomp")),
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
                      and not lex.addresses(c, noun.lemma_.lower(), noun=True)   # "reply to the letter"
                      and not (speaker is not None and speaker.head == c)
                      and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")
                              for g in c.children)), None)
        if topic is None and noun.dep_ == "dobj":
            topic = _verb_topic(lex, noun)      # "took a swipe at X", "made the case for X"
        if topic is None or ctx.in_quote[noun.i] >= 0 or noun.dep_ == "dobj" and \
                _says_its_object(lex, noun.head):
            return None     # "voiced his support for X": the verb's statement already
        lo, hi = topic.i + 1, topic.right_edge.i + 1
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None     # "made no mention of"
    if any(c.dep_ == "amod" and c.lower_ in lex.material_modifiers for c in noun.children):
        return None     # "their financial support for the festival": aid given, not a stance
    if speaker is None and noun.dep_ == "attr" and noun.head.pos_ == "AUX" and \
            noun.lemma_.lower() in lex.holder_nouns:
        speaker = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    # a holder noun holds its stance itself: "rallied supporters of X" is not the rallier's
    if speaker is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and \
            noun.lemma_.lower() not in lex.holder_nouns and \
            not _says_its_object(lex, noun.head) and \
            noun.head.lemma_.lower() not in lex.facing_verbs and \
            not any(c.dep_ == "neg" for c in noun.head.children):
        speaker = subject_of(noun.head)      # "X made allegations against Y", "X made the point that"
    if speaker is None:
        speaker = _phrase_holder(lex, noun)     # "raised money in support of X", "in the hope that"
    if speaker is None or speaker.lower_ in lex.first_person | SECOND_PERSON or \
            speaker.lower_ in ("my", "our", "your", "its") and clause is None:
        return None
    if speaker.dep_ == "poss" and speaker.pos_ == "PRON":
        holder = _governing_subject(noun)   # "Trump is keeping up his criticism of ...": Trump
        plural = holder is not None and (holder.tag_ in ("NNS", "NNPS") or holder.lower_ == "they")
        if holder is not None and plural == (speaker.lower_ == "their"):
            speaker = holder
    return _noun_draft(ctx, speaker, noun, lo, hi)


def _announced_colon(ctx: DocContext, noun: Token) -> Draft | None:
    """'Brack made the following comment: the roads must be fixed': a statement noun announced
    by a word like 'following', the object of a verb, with a colon right after it: the subject
    of that verb says what follows the colon (general English; CAMEO 010 make public
    statement)."""
    lex = ctx.lex
    if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX") or \
            ctx.in_quote[noun.i] >= 0 or \
            not any(c.dep_ == "amod" and c.lower_ in lex.announcing_modifiers for c in noun.children):
        return None
    speaker = subject_of(noun.head)
    doc = ctx.doc
    colon = next((k for k in range(noun.i + 1, min(noun.i + 8, len(doc)))
                  if doc[k].text == ":" or doc[k].pos_ in ("VERB", "AUX")), None)
    if colon is None or doc[colon].text != ":":
        return None     # "the following day he left": no colon, or a verb before it
    content = colon_content(ctx, {colon - 1})
    if speaker is None or content is None or content[1] <= content[0] or \
            speaker.lower_ in lex.first_person | SECOND_PERSON:
        return None
    kind, quotes, content = kind_of(ctx, content)
    return Draft(speaker, speaker_range(ctx, speaker, noun.head), (noun.head.i, noun.i + 1),
                 noun.i, content, kind, quotes)


def _says_its_object(lex: CueLexicon, verb: Token) -> bool:
    """Whether a verb is a cue that makes its noun object its own content ("voiced his support
    for X"); verbs whose plain object is no content ("cast doubt on X", "made allegations
    against Y") leave the noun to speak for their subject."""
    lemma = lex.verb_lemma(verb.lemma_, verb.text)
    return lex.is_verb_cue(lemma) and lemma not in lex.no_object_verbs


def received_stance(ctx: DocContext, noun: Token) -> Draft | None:
    """'The plan drew criticism from Orlan', 'Velasco has the support of the union': a stance
    noun received by the subject of a receiving verb; the 'of'/'from' object holds the stance,
    the subject (a relative word's antecedent) is what it is about. None for other nouns."""
    lex = ctx.lex
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in lex.stance_nouns or \
            verb.lemma_.lower() not in lex.receiving_verbs or ctx.in_quote[noun.i] >= 0 or \
            any(c.dep_ == "neg" for c in verb.children):
        return None
    if noun.lemma_.lower() in lex.belief_nouns and verb.lemma_.lower() not in lex.facing_verbs:
        return None     # "voters have a low opinion of X": the haver holds a view, none is received
    preps = [c for c in noun.children if c.dep_ == "prep" and c.i > noun.i] + \
        [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i]
    holder = next((p for c in preps if c.lower_ in ("of", "from")
                   for p in c.children if p.dep_ == "pobj"), None)
    target = subject_of(verb)
    if holder is None or target is None:
        return None
    if target.lower_ in RELATIVE_PRONOUNS:
        if verb.dep_ != "relcl":
            return None
        target = verb.head
    lo, hi = target.left_edge.i, target.right_edge.i + 1
    if verb.dep_ == "relcl" and verb.head == target:
        hi = target.i + 1       # "Orlan, who won the support of X": Orlan
    return _noun_draft(ctx, holder, noun, lo, hi)


def _noun_draft(ctx: DocContext, speaker: Token, noun: Token, lo: int, hi: int) -> Draft | None:
    """The draft of a noun cue whose content is tokens lo..hi (None when that is empty)."""
    content = ctx.char_range(lo, hi, noun.i)
    if content[1] <= content[0]:
        return None
    kind, quotes, content = kind_of(ctx, content)
    return Draft(speaker, speaker_range(ctx, speaker, noun), (noun.i, noun.i + 1), noun.i,
                 content, kind, quotes)


def _phrase_holder(lex: CueLexicon, noun: Token) -> Token | None:
    """The subject of the verb an 'in support of' / 'in favor of' phrase hangs on: it takes the
    stance; None for other nouns and places ("the bill in support of farmers" holds no one)."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in lex.stance_phrase_nouns or \
            prep.lower_ not in lex.stance_phrase_prepositions or \
            any(c.dep_ in ("poss", "det") and c.lower_ not in ("the",) for c in noun.children):
        return None
    verb = prep.head
    if verb.dep_ == "dobj":     # "raised $5 million in support of X": the raiser's
        verb = verb.head
    elif lex.is_verb_cue(lex.verb_lemma(verb.lemma_, verb.text)) and \
            any(c.dep_ == "dobj" for c in verb.children):
        return None     # "recalled her generosity in support of X": the cue's own content
    return subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None


def _verb_topic(lex: CueLexicon, noun: Token) -> Token | None:
    """The preposition after a stance noun that the parser hung on the light verb the noun is
    the object of ('took [a swipe] [at X]', 'made [the case] [for X]'), when it takes an object."""
    verb = noun.head
    if verb.pos_ != "VERB" or noun.lemma_.lower() not in lex.stance_nouns or \
            verb.lemma_.lower() not in lex.light_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1
                 and c.lower_ in lex.noun_content_prepositions
                 and not lex.addresses(c, noun.lemma_.lower(), noun=True)
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


def adjective_cue(ctx: DocContext, adj: Token) -> Draft | None:
    """'The minister is confident that the talks will succeed', 'she is eager to run', 'he is
    passionate about the race': a stance adjective after a copula with a clause, an infinitive or
    a prepositional object of its own; the copula's subject holds the stance ("voters who are
    angry about the war": the relative word's antecedent)."""
    clause = next((c for c in adj.children if c.dep_ in ("ccomp", "xcomp") and c.i > adj.i), None) \
        or stance_object(ctx.lex, adj)
    cop = adj.head
    if clause is None or cop.pos_ not in ("AUX", "VERB") or \
            any(c.dep_ == "neg" for c in list(cop.children) + list(adj.children)):
        return None
    speaker = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    return held_stance(ctx, speaker, cop, adj, clause)
