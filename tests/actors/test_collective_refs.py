"""Collective references ("the sides", "the neighbours", "the pair"), "against" complements and
groups of states ("Gulf states", "70 countries"): a sentence in, the actors out."""

from __future__ import annotations

import pytest


def test_the_sides_are_the_two_countries_named_before(parties):
    found = parties("Pakistan accused India of shelling villages, and on Sunday the sides "
                    "exchanged fire again.", "sides")
    assert sorted(a.country for a in found) == ["IND", "PAK"]


def test_the_neighbours_take_the_country_of_a_person_antecedent(parties):
    found = parties("Peru recalled its ambassador from Bolivia. The neighbours have quarrelled "
                    "for years.", "neighbours")
    assert sorted((a.name, a.country, a.sector) for a in found) == [
        ("Bolivia", "BOL", None), ("Peru", "PER", None)]


def test_the_pair_is_two_parties(parties):
    found = parties("Kenya hosted Uganda's foreign minister on Friday. The pair discussed trade.",
                    "pair")
    assert sorted(a.country for a in found) == ["KEN", "UGA"]


def test_both_sides_can_be_two_rivals_of_one_country(parties):
    found = parties("Joe Biden beat his rival, Donald Trump, in a bitter race. Both sides "
                    "accused the other of lying.", "sides", "2020-11-20")
    assert sorted(a.name for a in found) == ["Donald Trump", "Joe Biden"]


def test_sides_prefer_two_countries_to_two_people_of_one(parties):
    found = parties("Vladimir Putin and Sergei Lavrov received the Turkish envoy. The sides "
                    "discussed Syria.", "sides", "2020-03-01")
    assert sorted(a.country for a in found) == ["RUS", "TUR"]


def test_the_sides_without_antecedents_stay_unresolved(parties):
    assert parties("The sides met again on Tuesday.", "sides") == []


def test_sides_of_a_road_are_no_parties(parties):
    found = parties("Egypt accused Israel of delays. Crowds lined the sides of the road.", "sides")
    assert found == []


def test_a_party_noun_is_not_the_party_it_opposes(resolve):
    actors, m = resolve("A protest by musicians against the Kenyan government drew thousands.",
                        "musicians")
    assert m is None
    _, gov = resolve("A protest by musicians against the Kenyan government drew thousands.",
                     "government")
    assert gov is not None and gov.code == "KENGOV"


def test_an_event_noun_still_names_its_other_party(parties):
    found = parties("The rebels rejected negotiations with the Malian government.", "negotiations")
    assert [a.code for a in found] == ["MLIGOV"]


def test_protest_against_a_government_is_not_by_it(coder):
    doc = coder.code("A protest by musicians against the Kenyan government drew thousands.",
                     "2021-05-01")
    assert all(a.code != "KENGOV" for e in doc.events for a in e.actor)


def test_gulf_states_are_a_group_with_a_region_code(resolve):
    _, m = resolve("Gulf states cut ties with Qatar.", "Gulf states")
    assert (m.name, m.country, m.sector, m.code) == ("Gulf states", None, "GOV", "PGS")


def test_southeast_asian_nations(resolve):
    _, m = resolve("The Southeast Asian nations urged restraint.", "Southeast Asian nations")
    assert (m.name, m.country, m.code) == ("Southeast Asian nations", None, "SEA")


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Washington cut aid to its European allies.", "European allies", None),
    ("The ministers briefed Arab allies on the plan.", "Arab allies", "ARB"),
    ("Canada sent trainers to African allies last year.", "African allies", "AFR"),
])
def test_allies_with_a_region_word_are_a_group(resolve, text, phrase, code):
    _, m = resolve(text, phrase)
    if code is None:        # "its European allies": the possessor's allies, not a region group
        assert m is None or m.code != "EUR"
    else:
        assert (m.name, m.country, m.sector, m.code) == (phrase, None, "GOV", code)


def test_allies_alone_are_no_group(resolve):
    _, m = resolve("The allies agreed to meet again.", "allies")
    assert m is None or m.kind != "group"


def test_counted_countries_are_a_group(resolve):
    _, m = resolve("Ministers from 70 countries met in Geneva.", "70 countries")
    assert (m.name, m.country, m.sector) == ("70 countries", None, "GOV")


def test_the_two_countries_without_antecedents_stay_unresolved(resolve):
    _, m = resolve("The two countries agreed to talk.", "countries")
    assert m is None


def test_vague_groups_stay_unresolved(resolve):
    _, m = resolve("Many other countries objected.", "countries")
    assert m is None


def test_an_indefinite_number_is_no_pair(parties):
    found = parties("Britain and France condemned the hack. Hackers hit voter rolls in at least "
                    "two states.", "states")
    assert sorted(a.country or "" for a in found) != ["FRA", "GBR"]


def test_counted_states_need_a_region(resolve):
    _, m = resolve("Twenty states sued the administration over the rule.", "states")
    assert m is None or m.name != "Twenty states"
