"""Records round-trip through JSON and every coder output validates against the JSON Schema."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from onrecord.schema import Actor, Document, Event, Span, Statement


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resources.files("onrecord").joinpath("data/document.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema)


def sample_document() -> Document:
    russia = Actor("Moscow", 0, 6, "Russia", "RUS", "GOV", "RUSGOV")
    kyiv = Actor("Kyiv", 16, 20, "Ukraine", "UKR", "GOV", "UKRGOV")
    event = Event(
        id="d1:e0", event="ACCUSE", cameo="112", goldstein=-2.0, quad_class=3,
        trigger=Span("accused", 7, 14), sentence=0, text="Moscow accused Kyiv of shelling.",
        mode="allege", context=["military"], actor=[russia], recipient=[kyiv],
        date="2024-05-01", reported_by=None, statement=None, confidence=0.8,
    )
    statement = Statement(
        id="d1:s0", speaker=russia, content=Span("Kyiv shelled the plant", 20, 42),
        kind="indirect", sentence=0, cue=Span("said", 7, 11), date="2024-05-01",
    )
    return Document("d1", date="2024-05-01", events=[event], statements=[statement])


def test_json_round_trip_is_lossless():
    doc = sample_document()
    assert Document.from_json(doc.to_json()) == doc


def test_every_field_is_present_even_when_unknown():
    data = json.loads(Document("x").to_json())
    assert set(data) == {"doc_id", "title", "source", "url", "date", "language", "events",
                         "statements", "warnings"}
    assert data["title"] is None and data["events"] == []


def test_sample_validates(validator):
    validator.validate(sample_document().to_dict())


def test_schema_rejects_unknown_event_type(validator):
    data = sample_document().to_dict()
    data["events"][0]["event"] = "DISAPPROVE"
    assert not validator.is_valid(data)


def test_coder_output_validates(coder, validator):
    text = (
        "Russia accused Ukraine on Tuesday of shelling the Zaporizhzhia nuclear plant. "
        '"This is an act of nuclear terrorism," the Kremlin said. '
        "The United Nations urged both sides to show restraint, and France sent aid to Kyiv."
    )
    doc = coder.code(text, "2024-05-02")
    validator.validate(doc.to_dict())
    for ev in doc.events:
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        for a in ev.actor + ev.recipient:
            assert text[a.start:a.end] == a.text
    for st in doc.statements:
        assert text[st.content.start:st.content.end] == st.content.text
