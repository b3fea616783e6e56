"""Event nouns that are the subject of an aspectual or intransitive verb ("clashes erupted",
"talks resumed"): the noun is the event, with the parties named on it (sentences written here)."""

from __future__ import annotations

import pytest


def events_of(coder, text: str, event: str):
    return [e for e in coder.code(text, "2021-03-02").events if e.event == event]


def names(mentions) -> list[str]:
    return [m.text for m in mentions]


def test_clashes_erupted_between_parties_on_the_verb(coder) -> None:
    found = events_of(coder, "Clashes erupted between Kurdish fighters and Turkish troops near "
                             "the border on Monday.", "ASSAULT")
    assert found and names(found[0].actor) == ["Kurdish fighters"]
    assert names(found[0].recipient) == ["Turkish troops"]


def test_fighting_broke_out_between_parties(coder) -> None:
    found = events_of(coder, "Fighting broke out between Ethiopian soldiers and Eritrean troops "
                             "in the north.", "ASSAULT")
    assert found and found[0].trigger.text == "Fighting"
    assert names(found[0].recipient) == ["Eritrean troops"]


def test_talks_between_parties_resumed(coder) -> None:
    found = events_of(coder, "Negotiations between Serbia and Kosovo resumed in Brussels.",
                      "CONSULT")
    assert found and found[0].actor[0].country == "SRB"
    assert names(found[0].recipient) == ["Kosovo"]


def test_strike_by_workers_entered_its_third_day(coder) -> None:
    found = events_of(coder, "The strike by Kenyan teachers entered its third day.", "PROTEST")
    assert found and found[0].actor[0].country == "KEN"


def test_demonym_air_strikes_continued(coder) -> None:
    found = events_of(coder, "Israeli air strikes on Gaza continued overnight.", "ASSAULT")
    assert found and found[0].actor[0].country == "ISR"


@pytest.mark.parametrize("text", [
    "Fighting raged in the city.",
    "Protests spread to other cities.",
    "The talks resumed on Tuesday.",
])
def test_no_party_named_no_event(coder, text: str) -> None:
    assert coder.code(text, "2021-03-02").events == []


def test_unlisted_first_party_leaves_no_event(coder) -> None:
    # ("the two groups" names no one; the police named second cannot act for them)
    found = events_of(coder, "Clashes broke out between the two groups and the police.",
                      "ASSAULT")
    assert found == []
