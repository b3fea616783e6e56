"""Statement cues, fourth round: stance adjectives the tagger reads as passive participles
("is convinced that ..."), requests made with 'asked for', intentions and beliefs held toward a
thing ('hoping for', 'believe in', 'in hopes of'), and particle cues ('warned of', 'talked of', 'sparred over',
'disagree on') and 'advocates'. Sentences written for these tests (invented names and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a stance adjective parsed as a passive participle: its subject holds the stance
    ("They are convinced that the mayor hid the audit.", "They", "convinced",
     "the mayor hid the audit"),
    ("Brack was disappointed that the council voted against the bridge.", "Brack",
     "disappointed", "the council voted against the bridge"),
    ("Dalton was persuaded that the deal was fair.", "Dalton", "persuaded",
     "the deal was fair"),
    ("Brack was frustrated that the vote failed.", "Brack", "frustrated", "the vote failed"),
    # asking for a thing is a request made (CAMEO 020), not a question put
    ("The defense team asked for a lighter penalty.", "The defense team", "asked",
     "a lighter penalty"),
    ("The council asked for a delay in the vote.", "The council", "asked", "a delay in the vote"),
    # an intention or belief held toward a thing
    ("Her aides had hoped for a strong showing in the county race.", "Her aides",
     "had hoped", "a strong showing in the county race"),
    ("Many voters in the valley still believe in the old mill.", "Many voters in the valley",
     "believe", "the old mill"),
    # particle cues: what the warning, talk or dispute is about
    ("Dalton warned of a looming crisis in the mills.", "Dalton", "warned",
     "a looming crisis in the mills"),
    ("The two rivals sparred over the road budget.", "The two rivals", "sparred",
     "the road budget"),
    ("The council members disagree on how the levy should be spent.", "The council members",
     "disagree", "how the levy should be spent"),
    ("Senator Brack advocates a new toll on river barges.", "Senator Brack", "advocates",
     "a new toll on river barges"),
    # the aim of an act done "in (the) hope(s) of / that": its subject's
    ("Dalton phoned Brack in hopes of a quick settlement.", "Dalton", "hopes",
     "a quick settlement"),
    ("The judge postponed the hearing in the hope that both families would reach a deal.",
     "The judge", "hope", "both families would reach a deal"),
])
def test_cue_found(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "cue"), [
    # a true passive: the agent's stance, not the subject's
    ("The plan was opposed by the union.", "opposed"),
    # someone else brought it about: no stance of the subject
    ("Brack was persuaded to run by his wife.", "persuaded"),
    # negated: no stance held
    ("Dalton is not convinced that the plan works.", "convinced"),
    # the one asked is not the one asking
    ("Asked for comment, the mayor said nothing.", "Asked"),
    # a noun, not the verb
    ("Gun-control advocates gathered outside the hall.", "advocates"),
])
def test_no_such_statement(found, text, cue) -> None:
    assert all(r[1] != cue for r in found(text))


def test_true_passive_keeps_its_agent(found) -> None:
    """'opposed by the union' stays the union's stance about the plan."""
    assert ("the union", "was opposed", "The plan") in found("The plan was opposed by the union.")


def test_first_person_stance_participle_in_quote_is_no_statement(found) -> None:
    """A stance inside a quote belongs to the quoted speaker's words, not a cue of its own."""
    rows = found('"I am convinced that we will win," Dalton said.')
    assert all(r[1] != "convinced" for r in rows)
    assert ("Dalton", "said", "I am convinced that we will win") in rows


@pytest.mark.parametrize(("text", "cue", "cue_class"), [
    ("They are convinced that the mayor hid the audit.", "convinced", "belief"),   # a state held
    ("Brack has convinced voters that the plan works.", "has convinced", "speech"),   # an act
    ("The plan was opposed by the union.", "was opposed", "stance"),    # a true passive
])
def test_stance_participle_class(nlp, text, cue, cue_class) -> None:
    from onrecord.actors import ActorResolver, load_knowledge_base
    from onrecord.extract.statements import extract_statements

    doc = nlp(text)
    rows = extract_statements(doc, ActorResolver(load_knowledge_base()).analyse(doc))
    assert any(s.cue is not None and s.cue.text == cue and s.cue_class == cue_class for s in rows)
