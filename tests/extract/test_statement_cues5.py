"""Statement cues, fifth round: a that-clause the parser hangs on the noun of the channel
phrase after a speech verb, also inside a nested 'of' phrase ("wrote in the last of several posts
that ...") or when the clause is passive ("said on a show ... that the road should be closed"); and a speech
verb the tagger reads as a participle on the name after a closing quote ('"...," Nate Ruiz, the
analyst, tweeted').
Sentences written for these tests (invented names and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # the clause hung on a noun nested in 'of' phrases of the channel
    ("Tom Hale, a former mayor of Dunmore, wrote in the last of several posts that the bridge "
     "was unsafe.", "Tom Hale, a former mayor of Dunmore", "wrote", "the bridge was unsafe"),
    ("Greta Lund wrote in one of her weekly columns that the mill was losing money.",
     "Greta Lund", "wrote", "the mill was losing money"),
    # a passive clause has a subject of its own too
    ("Tom Hale, a former mayor of Dunmore, said on a radio show, where he now hosts a weekly "
     "hour, that the bridge should be closed.", "Tom Hale, a former mayor of Dunmore", "said",
     "the bridge should be closed"),
    ("Greta Lund said on Tuesday in a speech at the college that the fees had been raised.",
     "Greta Lund", "said", "the fees had been raised"),
])
def test_channel_clause_found(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "content"), [
    # a claim is no channel: its clause is what the claims say, not what the speaker said
    ("Tom Hale spoke in the wake of claims that the bridge was unsafe.",
     "the bridge was unsafe"),
    # a true relative clause: 'that' is the clause's own subject
    ("Greta Lund said in one of the posts that followed the vote.", "followed the vote"),
])
def test_no_channel_clause(found, text, content) -> None:
    assert all(r[2] != content for r in found(text) if r[0] in ("Tom Hale", "Greta Lund"))


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a speech verb read as a participle on the name after a closing quote: the name's cue
    ('"We will win this," Nate Ruiz, the analyst, tweeted on Wednesday.',
     "Nate Ruiz, the analyst", "tweeted", "We will win this"),
    ('"The dam will hold," Ada Brill, a county engineer, wrote in a memo.',
     "Ada Brill, a county engineer", "wrote", "The dam will hold"),
])
def test_participle_cue_after_quote(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "cue"), [
    # a true participle modifier: the statement was released, no one said anything
    ("The statement, released Monday, was brief.", "released"),
    # the noun has a verb of its own: the participle only modifies it
    ('"It is over," the letter, posted online, began.', "posted"),
])
def test_participle_modifier_is_no_cue(found, text, cue) -> None:
    assert all(r[1] != cue for r in found(text))
