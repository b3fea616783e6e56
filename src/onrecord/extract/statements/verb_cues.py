"""Verb cues ('said', 'believes', 'criticized'): the cue clause, its speaker and content, the
quotes snapped to it, and verbs the tagger took for nouns."""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.extract.statements.content_spans import (
    YES_NO_MARKS,
    cleft_complement,
    colon_content,
    complements,
    content_tokens,
    flat_cleft,
    passive_subject,
    question_after,
    spoken_particle,
    trailing_content,
)
from onrecord.extract.statements.cues import CueLexicon
from onrecord.extract.statements.drafts import DocContext, Draft
from onrecord.extract.statements.quote_snapping import (
    adjacent_quotes,
    hands_over,
    holds_quote,
    kind_of,
    quote_after_colon,
    standalone,
    that_quote,
)
from onrecord.extract.statements.speakers import (
    FINITE_TAGS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    finite_form,
    local_head,
    speaker_range,
    subject_of,
)
from onrecord.pronouns import SECOND_PERSON

CORE_DEPS = ("aux", "auxpass", "neg", "advmod", "prt", "npadvmod", "cc", "intj")
PARTICLE_DEPS = ("prt", "prep", "advmod", "dobj")
QUESTION_WORDS = {"why", "what", "how", "whether", "if", "who", "whom", "whose", "when", "where",
                  "which"}
# entity labels and pronouns of a subject that acts (a feeling verb's subject that is not a cause)
AGENT_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")
NONPERSONAL = ("it", "this", "that", "which", "what")


def _core(ctx: DocContext, verb: Token, speaker: Token | None, listener: bool) -> set[int]:
    """The cue clause's own words: verb, auxiliaries, speaker, listener and channel phrases."""
    core = {verb.i}
    parts = ctx.lex.particle_cues.get(ctx.lex.verb_lemma(verb.lemma_, verb.text), ())
    after = _inverted(verb, speaker)
    for c in verb.children:
        if after and c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i:
            continue    # "X appeals to Y, said Ames": a misparsed 'subject' before is content
        if c.dep_ in CORE_DEPS or c.dep_ in ("nsubj", "nsubjpass", "agent", "expl"):
            core.update(range(c.left_edge.i, c.right_edge.i + 1))
        elif c.dep_ in ("dobj", "dative") and (listener or c.lower_ in parts):
            core.update(range(c.left_edge.i, c.right_edge.i + 1))
        elif c.dep_ == "prep" and c.i > verb.i and c.lower_ in ctx.lex.circumstance_prepositions and \
                not holds_quote(ctx, c):
            core.update(range(c.left_edge.i, c.right_edge.i + 1))
    if speaker is not None and (speaker.head == verb or speaker.head.dep_ == "agent"
                                and speaker.head.head == verb):
        core.update(range(speaker.left_edge.i, speaker.right_edge.i + 1))
    return {i for i in core if ctx.in_quote[i] < 0} | {verb.i}


def _signs_quote(ctx: DocContext, verb: Token, lemma: str) -> bool:
    """'"...," Nate Ruiz, the analyst, tweeted on Monday': a speech verb the tagger reads as a
    participle set off after the name that follows a closing quote is that name's past-tense
    cue of the quote, not a modifier of the name (which the parser made the root, finding no
    verb of its own)."""
    head = verb.head
    if lemma not in ctx.lex.speech_verbs or head.pos_ not in ("PROPN", "NOUN") or \
            head.dep_ != "ROOT" or \
            head.i > verb.i or verb.i == 0 or ctx.doc[verb.i - 1].text != "," or \
            ctx.in_quote[head.i] >= 0:
        return False
    start = min([head.i] + [c.left_edge.i for c in head.lefts
                            if c.dep_ in ("compound", "det", "amod", "poss", "nmod")])
    return adjacent_quotes(ctx, set(range(start, verb.i + 1)))[0] >= 0


def _inverted(verb: Token, speaker: Token | None) -> bool:
    """'..., said the chief executive.': a cue verb after a comma whose speaker is its own
    subject placed after it."""
    return speaker is not None and speaker.head == verb and speaker.i > verb.i and \
        verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _asyndetic(verb: Token, speaker: Token) -> bool:
    """'The senator stays in the race, his aide, Tom Reyes, told the Gazette.': a cue verb the
    parser hung as a conjunct on the clause before it with no 'and' between them, its own subject
    set off by a comma before it: a trailing cue clause, not a second act of that clause's subject."""
    if verb.dep_ != "conj" or speaker.head != verb or speaker.i > verb.i:
        return False
    if any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        return False
    lo = speaker.left_edge.i
    return lo > verb.head.i and verb.doc[lo - 1].text == ","


def _cue_range(verb: Token) -> tuple[int, int]:
    """Token range of the cue words: the verb, auxiliaries and a negation just before it ("did
    not say", "never claimed"), a particle after."""
    lo = hi = verb.i
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass", "neg") and verb.i - 3 <= c.i < verb.i and not c.is_punct and \
                all(not verb.doc[k].is_punct for k in range(c.i, verb.i)):
            lo = min(lo, c.i)
        elif c.dep_ == "prt" and c.i == hi + 1:
            hi = c.i
    return lo, hi + 1


def verb_cue(ctx: DocContext, verb: Token, in_quote: bool) -> Draft | None:
    """The draft statement of a speech, belief or stance verb, or None when it is no cue."""
    lex = ctx.lex
    lemma = lex.verb_lemma(verb.lemma_, verb.text)
    if lemma in lex.predicate_cues:
        return None if in_quote else predicate_cue(ctx, verb, lemma)
    held = None if in_quote else stance_participle(ctx, verb)
    if held is not None:
        return held     # "they are convinced that ...": a state held, not a convincing done
    plain_verb = lemma not in lex.speech_verbs and lemma not in lex.belief_verbs and \
        lemma not in lex.object_verbs       # a cue only with its particle or a that-clause
    that_clause = plain_verb and lemma in lex.particle_cues and _that_clause(verb)
    if plain_verb and lemma in lex.particle_cues and not that_clause and not any(
            c.dep_ in PARTICLE_DEPS and c.lower_ in lex.particle_cues[lemma]
            for c in verb.children) and not _intended(lex, verb, lemma):
        return None     # "ruled the country" is no cue; "ruled that the law stands" is
    if lemma in lex.appearance_verbs and not _stance_infinitive(lex, verb):
        return None     # "appeared on television", "seems to be winning": no stance appears
    if any(c.dep_ == "neg" and ctx.in_quote[c.i] < 0 for c in verb.children) and not (
            lemma in lex.belief_verbs or lemma in lex.speech_verbs and
            not _withholds(lex, verb, lemma)):
        return None     # kept: "does not believe that ...", "has not said much about ..."; a
        # 'not' inside the quote ("'Not yet,' she said") is the speaker's, not the cue's
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.refusal_verbs:
        return None     # "declined to comment on ..."
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.enabling_verbs:
        return None     # "the ads helped convince voters": an act brought about, not said
    if _unrealized(lex, verb):
        return None     # "urged staff to report abuses": the reporting is asked for, not done
    if _in_open_question(lex, verb):
        return None     # "did not say whether she would back the bill": nothing is asserted
    if verb.dep_ == "pcomp" and verb.head.lower_ in lex.negating_prepositions:
        return None     # "left without saying a word", "it goes without saying that ..."
    if verb.dep_ in ("amod", "compound") or verb.tag_ == "VBN" and verb.dep_ == "acl" and \
            not (lemma in lex.stance_verbs and any(c.dep_ == "agent" for c in verb.children)) \
            and not _signs_quote(ctx, verb, lemma):
        return None     # "the statement released Monday"; but "a bill opposed by X" is X's
    if lemma in lex.experiencer_verbs:
        felt = experiencer_cue(ctx, verb, in_quote)
        if felt is not None or lemma not in lex.speech_verbs | lex.belief_verbs | lex.object_verbs:
            return felt     # "angered" is a cue only with its feeling object
    speaker = subject_of(verb) or _compound_subject(verb)
    unparsed = speaker is None
    speaker = speaker or _unparsed_subject(ctx, verb, lemma)
    if speaker is None or (speaker.lower_ == "it" or speaker.lower_ in NONPERSONAL and verb.dep_
                           in ("xcomp", "pcomp")) and speaker.head != verb and \
            speaker.head.lemma_ == "be":
        return None     # "it is hard to imagine ...", "that is akin to saying ...": an
        # expletive or a thing, the subject of 'be' above the cue, holds and says nothing
    if _concessive_idiom(verb, speaker) or _finds_itself(lex, verb, lemma):
        return None     # "That said, ...", "found herself defending the budget"
    if verb.dep_ in ("acl", "relcl") and speaker.i == verb.head.i and verb.tag_ == "VB" and \
            not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and not can_hold(ctx, speaker):
        return None     # "a way to report profits", "the money to challenge X": the noun an
        # infinitive modifies acts only if it can (a person, group or document)
    speaker = local_head(ctx, speaker, verb)
    person = speaker.lower_
    if person in SECOND_PERSON or person in lex.first_person and lemma not in lex.speech_verbs \
            or person in lex.generic_speakers:
        return None     # "anyone wanting to learn more": no one in particular
    if in_quote:
        return None     # a cue inside a quotation is part of what the quoted speaker said
    evidence = lemma in lex.evidence_verbs and speaker.lemma_.lower() in lex.document_nouns
    lo, hi, ctype = content_tokens(ctx, verb, lemma, evidence)   # "a poll showed a tie"
    if unparsed and lo <= speaker.i < hi:
        lo, hi = _after_verb(verb)      # "X backs A, opposes B": the first phrase is no content
        ctype = ctype if hi > lo else ""
    speechy = lemma in lex.speech_verbs or spoken_particle(lex, verb, lemma)
    if ctype == "" and speaker.head.dep_ == "agent" and lemma in lex.stance_verbs:
        lo, hi = passive_subject(verb)     # "the plan was rejected by the voters"
        ctype = "object" if hi > lo else ""
    if ctype == "" and lemma not in lex.no_object_verbs and lemma not in lex.listener_verbs and \
            lemma not in lex.evidence_verbs and lemma not in lex.intention_verbs:
        lo, hi = complements(ctx, verb)    # "pleaded for understanding", "accused him of sexism"
        if hi > lo and lemma in lex.physical_verbs and not _names_party(ctx, lo, hi):
            lo = hi = 0     # "attacked a police station" is no statement
        ctype = "object" if hi > lo else ""
    aim = _intended_clause(lex, verb, lemma) if ctype == "" else None
    if aim is not None:     # "looked to stop the bleeding", parsed as an adverbial clause
        lo, hi, ctype = aim.left_edge.i, aim.right_edge.i + 1, "object"
    if ctype == "" and not speechy:
        return None
    if ctype == "clause" and plain_verb and not speechy and not that_clause:
        return None
    # the object of "told reporters, '...'" is a listener too when no content was parsed
    core = _core(ctx, verb, speaker, ctype in ("clause", "") and lemma in lex.listener_verbs)
    if speaker.i < verb.i and speaker.head != verb and ctx.in_quote[speaker.i] < 0:
        s_lo, s_hi = speaker_range(ctx, speaker, verb)      # a misparsed "X, an aide, said"
        if all(ctx.doc[k].is_punct for k in range(s_hi, verb.i)):
            core.update(range(s_lo, s_hi))
    left, right = adjacent_quotes(ctx, core)
    after = quote_after_colon(ctx, hi) if ctype == "object" and speechy else -1
    if after >= 0:      # "Orlan slams bank chief: 'You should resign'": the quote is said
        right, lo, hi = after, 0, 0
    if left >= 0 and right < 0 and verb.i < lo < hi and ctx.in_quote[lo] >= 0 and \
            ctx.q_tokens[ctx.in_quote[lo]][0] == lo and ctx.q_tokens[ctx.in_quote[lo]][1] >= hi:
        right = ctx.in_quote[lo]        # "X," he said, referring to Y, "Z.": the quote goes on
    quotes: list[int] = []
    content: tuple[int, int] | None = None
    kind = "indirect"
    if left >= 0 and right >= 0 and hands_over(ctx, left) and speechy and \
            ctx.quotes[left].paragraph == ctx.quotes[right].paragraph:
        quotes = [left, right]          # "We will," he said, "fight on."
        content = (ctx.quotes[left].start, ctx.quotes[right].end)
        kind = "direct"
    elif right >= 0 and speechy and (hi <= lo or ctx.q_tokens[right][0] <= lo + 1
                                     and (ctx.q_tokens[right][1] >= hi or ctype == "clause"
                                          and ctx.q_tokens[right][1] > lo)):
        quotes = [right]                # he said: "..."; not a quoted title before the clause
        kind = "direct"
    elif left >= 0 and speechy and (hi <= lo or lo < verb.i or ctype != "clause") and \
            hands_over(ctx, left) and standalone(ctx, left):
        quotes = [left]                 # "...," he said
        kind = "direct"
    elif speechy and (verb.head.i < verb.i and (verb.dep_ != "conj" or _inverted(verb, speaker)
                                                or _asyndetic(verb, speaker))
                      or verb.dep_ == "ROOT" and hi <= lo and not _circumstance_first(verb)) and \
            not (lo < hi and lo > verb.i):
        trailing = trailing_content(ctx, verb, core)     # ..., Reuters reports.
        if trailing is not None and trailing[1] > trailing[0]:
            content = trailing
    if quotes and content is None:
        q = ctx.quotes[quotes[0]]
        content = (q.start, q.end)
    asker = any(c.dep_ in ("nsubj", "agent") for c in verb.children) or not unparsed and (
        verb.tag_ == "VBG" or verb.dep_ == "conj")     # "Maddow asking Clinton whether ...",
    # "shook hands and asked workers if ...": they ask; not "Asked why, X said": X is asked
    if not quotes and lemma in lex.question_verbs and not _cleft(ctx, verb) and not (
            asker and _requests(lex, verb, lemma)) and not any(
            c.dep_ == "xcomp" or c.dep_ == "ccomp" and (c.left_edge.lower_ == "to" or
                                                        asker and c.left_edge.lower_ in QUESTION_WORDS)
            or asker and question_after(verb, c) for c in verb.children):
        return None     # "asked about the option": a topic, no question put in words
    if content is not None and not quotes:
        kind, quotes, content = kind_of(ctx, content)
    elif content is None:
        if hi <= lo:
            colon = colon_content(ctx, core) if speechy else None
            if (colon is None or colon[1] <= colon[0]) and speechy:
                colon = that_quote(ctx, verb, core)
            if colon is None or colon[1] <= colon[0]:
                return None
            content = colon
        else:
            content = ctx.char_range(lo, hi, verb.i)
            if content[1] <= content[0] and speechy:
                content = colon_content(ctx, core) or content
        if content[1] <= content[0]:
            return None
        kind, quotes, content = kind_of(ctx, content)
    s_lo, s_hi = speaker_range(ctx, speaker, verb)
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head            # "voters who live here and see X": the clause of "who"
    if clause.dep_ == "relcl" and speaker.i == clause.head.i:
        rel = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS
                    and c.lower_ in RELATIVE_PRONOUNS), None)
        if rel is not None:     # "voters who support X": the local words are "who"
            if not can_hold(ctx, speaker):
                return None     # "ads that promote Cruz", "a movement that focused on ..."
            s_lo, s_hi = rel.i, rel.i + 1
    if ctx.doc[s_lo].lower_ == "all" and s_hi - s_lo > 1 and flat_cleft(verb) is not None:
        s_lo += 1       # "All the union is asking is that ...": 'all' is what is asked
    c_lo, c_hi = _cue_range(verb)
    return Draft(speaker, (s_lo, s_hi), (c_lo, c_hi), verb.i, content, kind, quotes,
                 content_type=ctype if kind != "direct" else "")


def stance_participle(ctx: DocContext, verb: Token) -> Draft | None:
    """'They are convinced that the mayor lied', 'she was disappointed that the vote failed': a
    stance adjective (cues.yaml stance_adjectives) that the tagger read as a passive participle
    says a state its subject holds toward the clause or object after it, as the adjective does
    (PolNeAR belief attribution); with a 'by' agent it is a true passive ("the plan was opposed by
    the union") and is left to the verb. A passive takes no infinitive: "was persuaded to run"
    tells what someone else brought about."""
    lex = ctx.lex
    if not stance_state(lex, verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        holder, deps = next((c for c in verb.children if c.dep_ == "nsubjpass"), None), ("ccomp",)
        clause_of = verb
    else:
        holder = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        deps, clause_of = ("ccomp", "xcomp"), verb.head
        if any(c.dep_ == "neg" for c in clause_of.children):
            return None     # "is not convinced that ...": no stance held
    clause = next((c for c in verb.children if c.dep_ in deps and c.i > verb.i), None) or \
        stance_object(lex, verb)
    if clause is None:
        return None
    return held_stance(ctx, holder, clause_of, verb, clause)


def stance_object(lex: CueLexicon, word: Token) -> Token | None:
    """What a stance word is about through its preposition (cues.yaml adjective_prepositions):
    "passionate about the race", "confident in her", "convinced of his guilt"."""
    return next((p for c in word.children if c.dep_ == "prep" and c.i > word.i
                 and c.lower_ in lex.adjective_prepositions
                 for p in c.children if p.dep_ in ("pobj", "pcomp")), None)


def held_stance(ctx: DocContext, holder: Token | None, clause_of: Token, cue: Token,
                clause: Token) -> Draft | None:
    """The Draft of a stance ``holder`` holds toward ``clause`` by the adjective or participle
    ``cue`` of ``clause_of``'s clause; a relative holder ("voters who are convinced that ...")
    stands for its antecedent. None for no holder, "it", the first or second person, or an
    empty content."""
    lex = ctx.lex
    if holder is None or holder.lower_ == "it" or holder.lower_ in lex.first_person | SECOND_PERSON:
        return None
    s_range = speaker_range(ctx, holder, cue)
    if holder.lower_ in RELATIVE_PRONOUNS:
        if clause_of.dep_ != "relcl" or not can_hold(ctx, clause_of.head):
            return None
        holder, s_range = clause_of.head, (holder.i, holder.i + 1)
    content = ctx.char_range(clause.left_edge.i, clause.right_edge.i + 1, cue.i)
    if content[1] <= content[0]:
        return None
    kind, quotes, content = kind_of(ctx, content)
    return Draft(holder, s_range, (cue.i, cue.i + 1), cue.i, content, kind, quotes)


def stance_state(lex: CueLexicon, verb: Token) -> bool:
    """Whether a verb token is a stance adjective in participle form (stance_adjectives) used as a
    state: passive with no 'by' agent, or the complement of a copula ("is convinced", "was
    disappointed"); "has convinced voters", "was opposed by the union" are acts."""
    if verb.tag_ != "VBN" or verb.lower_ not in lex.stance_adjectives or \
            any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) or \
        verb.dep_ == "acomp" and verb.head.pos_ in ("AUX", "VERB")


def _requests(lex: CueLexicon, verb: Token, lemma: str) -> bool:
    """'asked for a delay': a question verb with its request particle (particle_cues) asks for a
    thing, a request made (CAMEO 020 make appeal or request), not a question put."""
    parts = lex.particle_cues.get(lemma, frozenset())
    return any(c.dep_ == "prep" and c.lower_ in parts and any(
        g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children)


def experiencer_cue(ctx: DocContext, verb: Token, in_quote: bool) -> Draft | None:
    """'The delay worries farmers': a feeling verb with a noun object puts the feeling on its
    object, about its subject (the object holds it); None when the verb has no such object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i), None)
    if obj is None or subj is None or in_quote or \
            any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or \
            subj.lemma_.lower() in ctx.lex.statement_nouns | ctx.lex.stance_nouns:
        return None     # "Nato's accusation angered Moscow": the accusation speaks first
    # "Blinken reassured Kyiv": a person or body as subject acts, it is no cause felt; "the
    # Chinese decision" (a thing modified by a nationality) still is
    if subj.pos_ == "PROPN" or subj.ent_type_ in AGENT_ENTITIES or \
            subj.pos_ == "PRON" and subj.lower_ not in NONPERSONAL or \
            getattr(ctx.actors.by_token.get(subj.i), "kind", "modified") != "modified":
        return None
    content = ctx.char_range(subj.left_edge.i, subj.right_edge.i + 1, verb.i)
    if content[1] <= content[0]:
        return None
    kind, quotes, content = kind_of(ctx, content)
    c_lo, c_hi = _cue_range(verb)
    return Draft(obj, speaker_range(ctx, obj, verb), (c_lo, c_hi), verb.i, content, kind, quotes,
                 content_type="object")


def _unrealized(lex: CueLexicon, verb: Token) -> bool:
    """Whether a cue verb is the to-infinitive of another cue verb ("urged staff to report
    abuses", "promised to reveal the list"): an act asked for, promised or intended, which the
    outer cue's content already holds; verbs that carry on or begin the act ("went on to say",
    "continued to call for") are left to speak."""
    if verb.dep_ not in ("xcomp", "ccomp") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.head.children):
        return False    # "is expected to announce that ...": the subject's own act, foretold
    head = lex.verb_lemma(verb.head.lemma_, verb.head.text)
    return lex.is_verb_cue(head) and head not in lex.aspect_verbs


def _intended(lex: CueLexicon, verb: Token, lemma: str) -> bool:
    """'is looking to cut taxes': a verb of aiming whose to-infinitive after it is what its
    subject intends (only with that infinitive: "looked to his brother" is no cue)."""
    return _intended_clause(lex, verb, lemma) is not None


def _intended_clause(lex: CueLexicon, verb: Token, lemma: str) -> Token | None:
    """The to-infinitive right after a verb of aiming (see _intended), or None."""
    if lemma not in lex.aiming_verbs or verb.dep_ in ("acl", "amod") or verb.dep_ == "advcl" \
            and not any(c.dep_ == "nsubj" for c in verb.children):
        return None     # "firms looking to cut debts": a description, not a stated aim
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i and
                 c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" and
                                                   a.i == verb.i + 1 for a in c.children)), None)


def _concessive_idiom(verb: Token, speaker: Token) -> bool:
    """'That said, the plan may fail': a demonstrative subject opening its sentence, the verb and a
    comma make a concessive linking phrase ("that being so"), no one says what follows."""
    doc = verb.doc
    return speaker.tag_ == "DT" and "Dem" in speaker.morph.get("PronType") and \
        speaker.is_sent_start and speaker.i < verb.i and \
        all(doc[k].dep_ in ("aux", "auxpass") for k in range(speaker.i + 1, verb.i)) and \
        verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def _finds_itself(lex: CueLexicon, verb: Token, lemma: str) -> bool:
    """'found herself defending the budget': a verb of finding with a reflexive pronoun right
    after it tells the state its subject ended up in, not a finding (general English)."""
    if lemma not in lex.reflexive_state_verbs or verb.i + 1 >= len(verb.doc):
        return False
    nxt = verb.doc[verb.i + 1]
    return "Yes" in nxt.morph.get("Reflex") and verb in (nxt.head, nxt.head.head)


def _compound_subject(verb: Token) -> Token | None:
    """'..., court records show.': a plural noun just before a finite cue verb that the parser
    took for a compound of it, the verb left without a subject; None otherwise."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or prev.head != verb or prev.dep_ != "compound" or \
            prev.tag_ not in ("NNS", "NNPS") or verb.tag_ not in ("VBP", "VBD"):
        return None
    return prev


def _unparsed_subject(ctx: DocContext, verb: Token, lemma: str) -> Token | None:
    """The speaker of a cue verb the parser left without a subject, when English grammar still
    names one: a contracted perfect read as a passive, a series of verb phrases of one subject, or
    an -ing clause hung on an adverb or adjective of the clause that has the subject."""
    return _contracted_perfect(ctx.lex, verb, lemma) or _series_subject(ctx, verb) or \
        _climbed_subject(verb)


def _after_verb(verb: Token) -> tuple[int, int]:
    """The token range of a verb's first object or clause after it ((0, 0) for none)."""
    comp = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "ccomp")), None)
    return (comp.left_edge.i, comp.right_edge.i + 1) if comp is not None else (0, 0)


def _contracted_perfect(lex: CueLexicon, verb: Token, lemma: str) -> Token | None:
    """'he's said the same thing', 'who's called for more troops': a participle whose 'passive'
    auxiliary is a contracted 'has' (have_contractions) and that has an object, a that-clause or
    its particle after it is a perfect, and its 'passive subject' is its subject. Not "it's said
    that ..." (an impersonal passive) nor a listener verb ("she's told that ...": she is told)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    if verb.tag_ not in ("VBN", "VBD") or subj is None or len(aux) != 1 or \
            aux[0].lower_ not in lex.have_contractions or aux[0].i != verb.i - 1 and not all(
                verb.doc[k].dep_ in ("advmod", "neg") for k in range(aux[0].i + 1, verb.i)) or \
            subj.lower_ in ("it", "there") or lemma in lex.listener_verbs or \
            any(c.dep_ == "agent" for c in verb.children):
        return None
    parts = lex.particle_cues.get(lemma, frozenset())
    if not any(c.i > verb.i and (c.dep_ in ("dobj", "ccomp") or c.dep_ in ("prt", "prep")
                                 and c.lower_ in parts) for c in verb.children):
        return None
    if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head        # "Graham, who's called for ...": the one the 'who' stands for
    return subj


def _series_subject(ctx: DocContext, verb: Token) -> Token | None:
    """'She backs the bill, opposes the tax and ...', 'He criticized the plan, said it would
    fail': verb phrases of one subject in a series set off by commas, the parser hanging the
    first (with the subject) on the cue verb as its clause; that clause's subject speaks. Both
    verbs finite in the same tense, the first clause's subject and verb out of quotes."""
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if first is None or first.pos_ not in ("VERB", "AUX") or \
            finite_form(first) not in FINITE_TAGS or finite_form(first) != finite_form(verb):
        return None
    subj = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
    end = first.right_edge.i
    between = verb.doc[end + 1:verb.i]
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS or subj.lower_ in NONPERSONAL or \
            ctx.in_quote[subj.i] >= 0 or ctx.in_quote[first.i] >= 0 or \
            not any(t.text == "," for t in between) or \
            not all(t.is_punct or t.dep_ == "advmod" and t.head == verb for t in between):
        return None
    return subj


def _climbed_subject(verb: Token) -> Token | None:
    """'stopped short of calling for ...', 'was back to implying that ...', 'the most
    aggressive in denouncing ...': an -ing clause after a preposition hung on an adverb or
    adjective; the subject is that of the clause the adverb or adjective belongs to."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or verb.head.dep_ != "prep":
        return None
    node = verb.head.head       # the adverb or adjective; a verb right there is subject_of's
    if node.pos_ not in ("ADV", "ADJ") or node.dep_ not in ("advmod", "acomp", "attr") or \
            node.head.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject_of(node.head, 1)     # not "that is akin to saying ...": a thing, no speaker
    return None if subj is None or subj.lower_ in NONPERSONAL else subj


def predicate_cue(ctx: DocContext, verb: Token, lemma: str) -> Draft | None:
    """'made it clear that ...', 'has made clear he will run': a verb with a fixed predicate word
    that together say the finite clause after it (the parser hangs the clause on the verb, on the
    predicate word or on a noun between them); no such clause, no cue ("made a clear choice")."""
    lex = ctx.lex
    words = lex.predicate_cues[lemma]
    pred = next((t for t in ctx.doc[verb.i + 1:min(verb.i + 4, len(ctx.doc))]
                 if t.lower_ in words and t.head.i in range(verb.i, verb.i + 4)), None)
    if pred is None or any(c.dep_ == "neg" for c in verb.children) or pred.dep_ == "amod" and \
            pred.head.dep_ != "npadvmod":
        return None     # "made a clear choice"; but "made clear Monday (that) ..." misparsed
    heads = {verb.i, pred.i, pred.head.i}
    clause = next((t for t in ctx.doc[pred.i + 1:verb.right_edge.i + 1]
                   if t.head.i in heads and t.dep_ in ("ccomp", "advcl") and t.pos_ in ("VERB", "AUX")
                   and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
                   and all(c.lower_ == "that" for c in t.children if c.dep_ == "mark")
                   and t.left_edge.lower_ not in QUESTION_WORDS
                   and not (t.left_edge.pos_ == "SCONJ" and t.left_edge.lower_ != "that")), None)
    speaker = subject_of(verb)
    if clause is None or speaker is None or speaker.lower_ == "it" or \
            speaker.lower_ in lex.first_person | SECOND_PERSON:
        return None     # "it was made clear when ...": no one makes it clear
    speaker = local_head(ctx, speaker, verb)
    content = ctx.char_range(clause.left_edge.i, clause.right_edge.i + 1, verb.i)
    if content[1] <= content[0]:
        return None
    kind, quotes, content = kind_of(ctx, content)
    c_lo, _ = _cue_range(verb)
    return Draft(speaker, speaker_range(ctx, speaker, verb), (c_lo, pred.i + 1), verb.i, content,
                 kind, quotes, content_type="clause")


def _stance_infinitive(lex: CueLexicon, verb: Token) -> bool:
    """Whether a verb governs a to-infinitive after it that is itself a cue or a stance
    adjective after a copula ("seems to favor X", "appeared ready to concede")."""
    for c in verb.children:
        if c.dep_ != "xcomp" or c.i < verb.i or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        lemma = lex.verb_lemma(c.lemma_, c.text)
        if lex.is_verb_cue(lemma) and lemma not in lex.predicate_cues or any(
                a.dep_ == "acomp" and a.lower_ in lex.stance_adjectives for a in c.children):
            return True
    return False


def _circumstance_first(verb: Token) -> bool:
    """'Asked about the deal, he said.': a fronted adverbial is no content of the cue after it."""
    return any(c.dep_ in ("advcl", "prep", "npadvmod", "mark", "advmod") and c.i < verb.i
               for c in verb.children)


def _that_clause(verb: Token) -> bool:
    """Whether a verb governs a finite clause opened by 'that' after it ("ruled that the law
    stands")."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(
        g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in verb.children)


def _cleft(ctx: DocContext, verb: Token) -> bool:
    """'All I am asking is that ...', 'What the farmers asked was that ...': the cue verb sits
    in the subject of a pseudo-cleft whose content, after 'be', is what is asked for (a request
    put in words, content_spans.cleft_complement)."""
    return cleft_complement(ctx, verb) is not None


def _withholds(lex: CueLexicon, verb: Token, lemma: str) -> bool:
    """Whether a negated speech verb keeps its content back: a withholding verb ("did not
    confirm"), an open question ("did not say whether"), or nothing after it ("did not say")."""
    if lemma in lex.withholding_verbs:
        return True
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct and
             c.dep_ not in ("advmod", "npadvmod", "cc", "conj")]
    if not after:
        return True
    return any(c.dep_ == "ccomp" and opens_question(c) for c in after)


def _in_open_question(lex: CueLexicon, verb: Token) -> bool:
    """Whether a cue verb heads a yes/no question ('whether ...', 'if ...') that another cue
    verb governs ("did not say whether she would back ...", "asked if he supports ..."; the
    parser may hang it as an adverbial clause after a verb of saying or asking): an open
    question asserts neither answer, so its verb puts no stance on record. An 'if' clause
    before its verb or after any other verb is a condition and is left alone."""
    if verb.dep_ == "advcl":
        head = lex.verb_lemma(verb.head.lemma_, verb.head.text)
        return question_after(verb.head, verb) and (head in lex.speech_verbs or
                                                     head in lex.question_verbs)
    if verb.dep_ != "ccomp" or not any(m.dep_ == "mark" and m.lower_ in YES_NO_MARKS
                                       for m in verb.children):
        return False
    return lex.is_verb_cue(lex.verb_lemma(verb.head.lemma_, verb.head.text))


def opens_question(clause: Token) -> bool:
    """Whether a clause is an open question ("whether ...", "if ...", "why ...")."""
    return clause.left_edge.lower_ in QUESTION_WORDS or any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in clause.children)


def _names_party(ctx: DocContext, lo: int, hi: int) -> bool:
    """Whether the head of a token range names a person or group, or is a pronoun ("attacked
    Clinton", "hit back at him", "slammed the Democrats"); common nouns ("attacked protesters")
    read as the physical sense."""
    head = ctx.doc[lo:hi].root
    return head.ent_type_ in ("PERSON", "ORG", "NORP") or head.pos_ == "PRON"


def can_hold(ctx: DocContext, tok: Token) -> bool:
    """Whether a relative clause's antecedent can say or hold something: a person or group (a
    known actor, a name, a pronoun, a people noun) or a document ("a poll that shows")."""
    if ctx.actors.actor_for(tok) is not None or tok.pos_ in ("PROPN", "PRON"):
        return True
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = tok.lemma_.lower()
    return lemma in ctx.lex.document_nouns or lemma in ctx.lex.holder_nouns or \
        lemma in ctx.lex.people_nouns


def mistagged_verb(tok: Token) -> bool:
    """A verb tagged as a noun ('Most farmers support ...'): a plain-form 'noun' heading its
    clause with a subject and an object of its own."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.dep_ in ("ROOT", "ccomp", "conj") and \
        any(c.dep_ == "nsubj" for c in tok.children) and \
        any(c.dep_ in ("dobj", "ccomp") for c in tok.children)


def mistagged_plural_cue(ctx: DocContext, tok: Token) -> Draft | None:
    """'Lindqvist claims that ...' parsed as the plural noun 'claims' heading the sentence, the
    name its compound (or subject) and the that- or to-clause its modifier: the name says the
    clause."""
    lex = ctx.lex
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT" or ctx.in_quote[tok.i] >= 0:
        return None
    lemma = lex.verb_lemma(tok.lemma_, tok.text)
    if not lex.is_verb_cue(lemma) or lemma in lex.particle_cues or lemma in lex.predicate_cues:
        return None
    names = [c for c in tok.children if c.dep_ in ("compound", "nsubj") and c.i == tok.i - 1
             and can_hold(ctx, c)]
    clause = next((c for c in tok.children if c.i > tok.i and c.dep_ in (
        "ccomp", "acl", "relcl", "advcl") and c.left_edge.i == tok.i + 1 and
        c.left_edge.lower_ in ("that", "to")), None)
    if not names or clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    speaker = names[0]
    lo = clause.left_edge.i + (1 if clause.left_edge.lower_ == "that" else 0)
    content = ctx.char_range(lo, clause.right_edge.i + 1, tok.i)
    if content[1] <= content[0]:
        return None
    kind, quotes, content = kind_of(ctx, content)
    s_lo = speaker.left_edge.i
    return Draft(speaker, (s_lo, speaker.i + 1), (tok.i, tok.i + 1), tok.i, content, kind, quotes,
                 content_type="clause")
