"""Role nouns whose country comes from the body they belong to ("officials of the Kenyan foreign
ministry"), and place modifiers that still count. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), [
    ("Officials of the Kenyan foreign ministry met Ugandan diplomats in Rome.", "Officials", "KEN", "GOV"),
    ("Officials from the Kenyan foreign ministry met Ugandan diplomats.", "Officials", "KEN", "GOV"),
    ("Officials of Kenya's foreign ministry met Ugandan diplomats in Rome.", "Officials", "KEN", "GOV"),
    ("Commanders of the Syrian army shelled the town.", "Commanders", "SYR", "MIL"),
])
def test_a_member_of_a_state_body_is_the_bodys_state(expect, text, phrase, country, sector):
    expect(text, phrase, country, sector)


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), [
    ("Rebels in Mali attacked an army post near Gao.", "Rebels", "MLI", "REB"),
])
def test_a_group_in_a_country_is_that_countrys(expect, text, phrase, country, sector):
    expect(text, phrase, country, sector)


LEAD = ("A senior {adj} diplomat said on Monday that Budapest would resume talks with Moscow under the "
        "right conditions.\n\nPetra Kovacs, head of the Americas department of the Hungarian foreign "
        "ministry, {verb} reporters at the airport that Hungary would hold talks.")


def test_an_unnamed_speaker_stays_unnamed(resolve):
    # a source left unnamed (often on purpose) is not the person the next sentence names
    _, m = resolve(LEAD.format(adj="Hungarian", verb="told"), "A senior Hungarian diplomat")
    assert m is not None and m.name is None, m and m.reason


def test_a_definite_description_is_not_named_by_the_next_sentence(resolve):
    text = LEAD.format(adj="Hungarian", verb="told").replace("A senior", "The senior")
    _, m = resolve(text, "The senior Hungarian diplomat")
    assert m is not None and m.name is None, m.reason


@pytest.mark.parametrize(("text", "phrase", "span"), [
    ("Petra Kovacs, the Hungarian envoy, will meet Polish officials on Friday.", "Petra Kovacs",
     "Petra Kovacs, the Hungarian envoy"),
    ("The then premier, Petra Kovacs, rejected the proposal.", "The then premier",
     "The then premier, Petra Kovacs"),
])
def test_a_name_and_its_apposition_are_one_span(resolve, text, phrase, span):
    _, m = resolve(text, phrase)
    assert m is not None and m.text == span, m and m.text
