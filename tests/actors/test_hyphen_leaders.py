"""Names glued to a participle by a hyphen ("U.S.-led") and names coordinated inside a phrase
(sentences written for these tests)."""

from __future__ import annotations


def test_led_glued_to_a_name_gives_the_leaders_country(resolve):
    _, m = resolve("The U.S.-led coalition shelled the town.", "coalition")
    assert m is not None and m.country == "USA"


def test_run_glued_to_a_name_gives_the_runners_country(resolve):
    _, m = resolve("The Hamas-run ministry reported twenty deaths.", "ministry")
    assert m is not None and m.country == "PSE"


def test_names_coordinated_inside_a_phrase_are_all_named_by_it(nlp, resolver):
    doc = nlp("Tokyo eased the sanctions on India and Pakistan.")
    actors = resolver.analyse(doc)
    sanctions = next(t for t in doc if t.text == "sanctions")
    assert [m.country for m in actors.actors_for(sanctions)] == ["IND", "PAK"]
