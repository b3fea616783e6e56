"""Seats of power named with another state's word ("the Mexican Congress") and seat words that
end a longer unknown name ("the Pan Africanist Congress"): that state's own body, or no seat
at all. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), [
    ("The Mexican Congress approved the budget.", "The Mexican Congress", "MEX", "LEG"),
    ("The Philippine Senate rejected the bases treaty.", "The Philippine Senate", "PHL", "LEG"),
    ("The Colombian Congress voted against extradition.", "The Colombian Congress", "COL", "LEG"),
])
def test_another_states_word_makes_the_seat_that_states_own_body(expect, text, phrase, country,
                                                                  sector):
    m = expect(text, phrase, country, sector)
    assert m.code == f"{country}{sector}"


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), [
    ("The US Congress passed the bill.", "The US Congress", "USA", "LEG"),
    ("Congress passed the bill.", "Congress", "USA", "LEG"),
    ("The Russian Duma voted on Friday.", "The Russian Duma", "RUS", "LEG"),
])
def test_the_seats_own_state_word_keeps_the_seat(expect, text, phrase, country, sector):
    expect(text, phrase, country, sector)


def test_seat_word_ending_an_unknown_name_is_not_that_seat(resolve):
    _, m = resolve("Police banned the Pan Africanist Congress in 1960.", "Pan Africanist Congress")
    assert m is None or m.country != "USA"


@pytest.mark.parametrize(("text", "phrase"), [
    ("Agents of the Department of State Wildlife Services inspected the farm.",
     "Department of State Wildlife Services"),
    ("The Kremlin Orchestra Society gave a concert in Kazan.", "Kremlin Orchestra Society"),
])
def test_seat_name_opening_an_unknown_name_is_not_that_seat(resolve, text, phrase):
    _, m = resolve(text, phrase)
    assert m is None or m.code not in ("USAGOV", "RUSGOV"), m.reason


def test_seat_name_before_a_role_noun_keeps_the_seat(expect):
    expect("The Pentagon Press Secretary declined to comment.", "The Pentagon Press Secretary",
           "USA", "MIL")


def test_body_variant_with_a_capitalised_word_before_it_still_resolves(resolve):
    _, m = resolve("The International Red Cross delivered medicine.", "International Red Cross")
    assert m is not None and (m.code or "").startswith("NGO")
