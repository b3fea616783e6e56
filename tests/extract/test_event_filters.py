"""The event coder's own filters: what they keep (an "of" doer on a withdrawal or visit) and what
they rightly drop (background, accusation content, denials, questions); sentences written here."""

from __future__ import annotations

import pytest


def coded(coder, text: str):
    return coder.code(text, "2023-01-01").events


def types_of(coder, text: str) -> set[str]:
    return {e.event for e in coded(coder, text)}


def test_withdrawal_of_named_troops_is_coded(coder) -> None:
    found = [e for e in coded(coder, "The withdrawal of Ethiopian troops from Mekelle began "
                                     "on Tuesday.") if e.event == "RETREAT"]
    assert found and found[0].actor[0].country == "ETH"


def test_withdrawal_of_troops_as_subject_of_a_clause(coder) -> None:
    assert "RETREAT" in types_of(coder, "The withdrawal of the Rwandan forces from Goma is "
                                        "leaving a gap that militias have filled.")


def test_visit_of_a_named_leader_is_coded(coder) -> None:
    assert "CONSULT" in types_of(coder, "The visit of the Kenyan president to Kampala ended "
                                        "on Friday with a joint communique.")


def test_withdrawal_of_a_thing_is_no_retreat(coder) -> None:
    assert "RETREAT" not in types_of(coder, "The withdrawal of the draft law surprised "
                                            "observers in Lusaka.")


def test_demonstration_of_force_is_no_protest(coder) -> None:
    assert "PROTEST" not in types_of(coder, "Analysts in Warsaw described the naval exercise "
                                            "as a demonstration of force.")


def test_background_attack_without_actor_is_dropped(coder) -> None:
    types = types_of(coder, "After last week's attack on a border post, Chad closed its "
                            "embassy in Bangui.")
    assert "SANCTION" in types and "ASSAULT" not in types


def test_accusation_content_is_not_coded(coder) -> None:
    types = types_of(coder, "Peru accused Bolivia of shelling a border town on Sunday.")
    assert types == {"ACCUSE"}


def test_denied_act_is_not_coded(coder) -> None:
    assert "MOBILIZE" not in types_of(coder, "Uganda denied sending troops into South Sudan.")


def test_condition_of_a_threat_is_not_coded(coder) -> None:
    types = types_of(coder, "The rebels threatened to shell the capital if the army advanced "
                            "on their positions.")
    assert types == {"THREATEN"}


def test_question_reports_no_event(coder) -> None:
    assert not coded(coder, "Will Ghana send troops to Mali next month?")


def test_compound_trigger_noun_is_a_kind_of_thing(coder) -> None:
    assert not coded(coder, "Riot police stood outside the parliament building in Accra on "
                            "Monday.")


def test_option_weighed_is_not_the_act(coder) -> None:
    assert "AID" not in types_of(coder, "Japan is considering sending medical aid to Laos.")


def test_relative_clause_party_description_is_not_coded_again(coder) -> None:
    types = types_of(coder, "Niger condemned the gunmen who ambushed a convoy near Agadez.")
    assert types == {"ACCUSE"}


def test_prison_sentence_is_one_arrest_record(coder) -> None:
    evs = coded(coder, "A court in Nairobi sentenced the opposition leader to ten years in "
                       "prison on Thursday.")
    assert [(e.event, e.cameo[:3]) for e in evs] == [("COERCE", "173")]


def test_death_sentence_is_a_conviction_not_an_arrest(coder) -> None:
    evs = coded(coder, "A military court in Kinshasa sentenced the rebel commander to death "
                       "on Monday.")
    assert [e.event for e in evs] == ["SANCTION"] and evs[0].mode == "convict"


def test_flogging_sentence_is_a_conviction(coder) -> None:
    types = types_of(coder, "A court in Tabriz sentenced the poet to eighty lashes.")
    assert types == {"SANCTION"}


@pytest.mark.parametrize("text", [
    "The withdrawal of Chadian troops is unacceptable, the government in Niamey said.",
    "The withdrawal of Chadian troops remains unlikely, analysts in Niamey said.",
    "Niger said the withdrawal of Chadian troops would be a precondition for talks.",
])
def test_withdrawal_described_not_stated_is_no_retreat(coder, text) -> None:
    assert "RETREAT" not in types_of(coder, text)
