"""Statements beyond 'said': cue words learnt from attribution counts, complements as content, and
quotes carried on past a nested cue. Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def found_kind(coder):
    def run(text: str) -> list[tuple[str, str | None, str, str]]:
        doc = coder.code(text)
        return [(s.speaker.text, s.cue.text if s.cue else None, s.content.text, s.kind)
                for s in doc.statements]

    return run


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The senator pleaded for patience on Tuesday.", "The senator", "pleaded", "patience"),
    ("Jones accused him of sexism.", "Jones", "accused", "him of sexism"),
    ("She alluded to the scandal in her remarks.", "She", "alluded", "the scandal"),
    ("He apologized for the remark.", "He", "apologized", "the remark"),
    ("Critics derided the plan as a gimmick.", "Critics", "derided", "the plan as a gimmick"),
    ("Mr. Lee disavowed the group.", "Mr. Lee", "disavowed", "the group"),
    ("Smith was vocal about his opposition to the tax.", "Smith", "vocal",
     "his opposition to the tax"),
])
def test_cue_with_complement_content(found_kind, text, speaker, cue, content) -> None:
    assert (speaker, cue, content, "indirect") in found_kind(text)


@pytest.mark.parametrize("text", [
    "The party sought the nomination.",
    "The rebels want all foreign troops out of the country.",
    "The council added a new member.",
])
def test_wanted_or_added_things_are_no_content(found_kind, text) -> None:
    assert found_kind(text) == []


def test_quote_carried_on_past_a_nested_cue(found_kind) -> None:
    text = '"We need more time," said Ms. Ortiz, referring to the deadline. "Give us a month."'
    rows = found_kind(text)
    direct = [r for r in rows if r[3] == "direct"]
    assert len(direct) == 1
    speaker, cue, content, _ = direct[0]
    assert (speaker, cue) == ("Ms. Ortiz", "said")
    assert content.startswith("We need more time") and content.endswith("Give us a month.")
    assert ("Ms. Ortiz", "referring", "the deadline", "indirect") in rows


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Her budget was soon mocked by the county treasurer.", "the county treasurer",
     "was soon mocked", "Her budget"),
    ("The zoning plan, rejected by local farmers, went to a second vote.", "local farmers",
     "rejected", "The zoning plan"),
])
def test_passive_stance_holds_its_subject(found_kind, text, speaker, cue, content) -> None:
    assert (speaker, cue, content, "indirect") in found_kind(text)


@pytest.mark.parametrize("text", [
    "The news was first reported by Reuters.",
    "The statement released by the ministry was short.",
    "The Kremlin said more.",
])
def test_passive_reports_and_bare_objects_are_no_content(found_kind, text) -> None:
    assert found_kind(text) == []


def test_intention_noun_infinitive(found_kind) -> None:
    assert ("His", "refusal", "to release the returns", "indirect") in \
        found_kind("His refusal to release the returns drew criticism.")


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Cruz took a swipe at Trump on Monday.", "Cruz", "swipe", "Trump"),
    ("She made the case for a higher minimum wage.", "She", "case", "a higher minimum wage"),
])
def test_stance_noun_after_a_light_verb(found_kind, text, speaker, cue, content) -> None:
    assert (speaker, cue, content, "indirect") in found_kind(text)


def test_stance_noun_of_another_verb_is_no_stance(found_kind) -> None:
    assert found_kind("The tariffs block support or funding for coastal fisheries.") == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Asked if she would run again, the governor said no.", "the governor", "no"),
    ("Asked whether the mayor can win, most voters said yes.", "most voters", "yes"),
])
def test_yes_and_no_are_what_was_said(found_kind, text, speaker, content) -> None:
    assert (speaker, "said", content, "indirect") in found_kind(text)


@pytest.mark.parametrize("text", [
    "Police arrested a man who attacked a police station in the capital.",
    "Gunmen attacked the convoy near the border.",
    "Militants hit the base with rockets overnight.",
    "Police attacked protesters in the capital.",
])
def test_physical_attacks_are_no_statements(found_kind, text) -> None:
    assert found_kind(text) == []


def test_attack_on_a_person_is_a_stance(found_kind) -> None:
    assert ("Trump", "attacked", "Clinton", "indirect") in [
        (s, c, t.split(" over ")[0], k) for s, c, t, k in found_kind("Trump attacked Clinton over her emails.")]
