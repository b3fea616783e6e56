"""Gentilics used as nouns even when the tagger calls them adjectives ("Lebanese protested",
"arrested two Lebanese"): the state's people. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Lebanese protested outside the embassy.", "Lebanese", "LBN"),
    ("Police in Athens detained two Lebanese.", "two Lebanese", "LBN"),
])
def test_gentilic_tagged_as_adjective_is_a_party(expect, text, phrase, country):
    expect(text, phrase, country, None)


def test_coordinated_gentilics_before_a_noun_still_modify_it(resolve):
    _, m = resolve("Syrian and Lebanese officials met in Beirut.", "Syrian and Lebanese officials")
    assert m is not None and m.text == "Syrian and Lebanese officials"
