"""The pronoun table (data/pronouns.yaml) and the sets derived from it."""

from onrecord.pronouns import (
    FIRST_PERSON,
    PERSON_OBJECTS,
    SECOND_PERSON,
    THIRD_PERSON,
    THIRD_PERSON_SUBJECTS,
    pronouns,
)


def test_derived_sets():
    assert FIRST_PERSON == {"i", "me", "we", "us"}
    assert SECOND_PERSON == {"you"}
    assert THIRD_PERSON_SUBJECTS == {"he", "she", "it", "they"}
    assert PERSON_OBJECTS == {"him", "her", "them"}
    assert {"its", "their", "themselves", "hers"} <= THIRD_PERSON
    assert not THIRD_PERSON & FIRST_PERSON


def test_her_is_object_and_possessive():
    assert "her" in pronouns(3, ("acc",)) and "her" in pronouns(3, ("poss",))
    assert "it" not in pronouns(3, ("acc",), animate=True)
