"""Statements that say nothing: a content that is only an infinitive marker, its verb left out
("when it wants to"). Sentences written here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The harbor board can close the quay whenever it wants to.",
    "Ostrel could raise the tariffs again if its ministers decided to.",
])
def test_an_elided_infinitive_is_no_statement(found, text) -> None:
    assert not [c for _, _, c in found(text) if c.strip() == "to"]


@pytest.mark.parametrize("text, content", [
    ("The harbor board wants to close the quay.", "to close the quay"),
    ("Lindqvist said she did not want to.", "she did not want to"),
])
def test_an_infinitive_with_its_verb_is_kept(found, text, content) -> None:
    assert content in [c for _, _, c in found(text)]


def test_a_quoted_word_before_according_to_is_part_of_the_paraphrase(coder) -> None:
    doc = coder.code('Later the minister said the plan matched a view she had held for "years," '
                     'according to the Harbour Gazette.')
    gazette = [s for s in doc.statements if s.speaker.text.endswith("Harbour Gazette")]
    assert gazette and gazette[0].kind == "mixed"
    assert "a view she had held for" in gazette[0].content.text


def test_a_quote_opening_the_sentence_is_what_according_to_attributes(coder) -> None:
    doc = coder.code('"The deal is dead," according to a senior official.')
    assert [(s.kind, s.content.text) for s in doc.statements] == [("direct", "The deal is dead")]
