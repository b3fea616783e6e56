"""Negated cues: a negated belief is still held, negated speech puts nothing on record.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def found(coder):
    def run(text: str) -> list[tuple[str, str | None, str]]:
        doc = coder.code(text)
        return [(s.speaker.text, s.cue.text if s.cue else None, s.content.text)
                for s in doc.statements]

    return run


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Senator Okafor does not believe that the tariff will survive the winter session.",
     "Senator Okafor", "does not believe", "the tariff will survive the winter session"),
    ("Governor Lindqvist doesn't think the bridge levy is fair.",
     "Governor Lindqvist", "doesn't think", "the bridge levy is fair"),
    ("The harbour board never doubted that the dredging would pay for itself.",
     "The harbour board", "doubted", "the dredging would pay for itself"),
])
def test_negated_belief_is_still_held(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "The ministry did not say whether the convoy had reached Tarnvik.",
    "The coast guard has not confirmed that the trawler sank.",
    "Councillor Brandt did not deny that she had met the developers.",
])
def test_negated_speech_puts_nothing_on_record(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "A spokeswoman for the Velmar port authority declined to comment on the audit.",
    "The Dunmore council declined to release the inspection figures.",
    "President Aldana signed the fisheries treaty in Quito on Monday.",
    "Mayor Ostrowski does not want a second referendum on the tram line.",
    "We do not believe the count in the northern wards.",
])
def test_refusals_plain_objects_and_first_person_stay_out(found, text) -> None:
    assert found(text) == []
