"""Statement recall, more of the long tail: verbs of praise, disparagement and voting, particle
cues ("talked up", "played down"), and a speech verb in a relative clause set off by a comma,
which is its own statement and ends the content before it. Sentences written here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Senator Orlan talked up his plan to rebuild the harbor.",
     "Senator Orlan", "talked up", "his plan to rebuild the harbor"),
    ("The minister played down the risk of a flood in the valley.",
     "The minister", "played down", "the risk of a flood in the valley"),
    ("Velmont trashed the budget deal on Tuesday.",
     "Velmont", "trashed", "the budget deal"),
    ("Councillor Ames voted to ban the new pesticide in 2011.",
     "Councillor Ames", "voted", "to ban the new pesticide in 2011"),
    ("Most farmers care about the price of grain.",
     "Most farmers", "care", "the price of grain"),
    ("The crowd booed Senator Orlan when he took the stage.",
     "The crowd", "booed", "Senator Orlan"),
    ("The old seer foretold a long and bitter winter.",
     "The old seer", "foretold", "a long and bitter winter"),
])
def test_more_verb_cues(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "The council voted on Tuesday.",
    "Most delegates in Tarnvik voted in the morning.",
    "The children played down by the river all afternoon.",
    "The nurses took good care of the patients.",
])
def test_plain_uses_are_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "statements"), [
    ("The mayor declared the vote a fraud, which he called a total disaster for the town.",
     [("The mayor", "declared", "the vote a fraud"), ("he", "called", "a total disaster")]),
    ("Brandt said the mill would reopen, which the union described as a relief.",
     [("Brandt", "said", "the mill would reopen"),
      ("the union", "described", "as a relief")]),
])
def test_relative_aside_with_speech_verb_is_its_own_statement(found, text, statements) -> None:
    got = found(text)
    for s in statements:
        assert s in got


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Kessler said the bridge, which the engineers built in 1990, was safe.",
     "Kessler", "said", "the bridge, which the engineers built in 1990, was safe"),
])
def test_relative_clause_without_speech_verb_stays_in_content(found, text, speaker, cue,
                                                              content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The farmers seem to favor Senator Orlan in the race.",
     "The farmers", "seem", "to favor Senator Orlan in the race"),
    ("The mayor seemed to be ready to talk about the flood.",
     "The mayor", "seemed", "to be ready to talk about the flood"),
])
def test_appearance_of_a_stance(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "Kessler appeared on television in Kelso.",
    "The army appears to be winning its campaign in the north.",
    "The mayor seemed tired after the long debate.",
])
def test_appearance_without_stance_is_no_statement(found, text) -> None:
    assert found(text) == []
