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
