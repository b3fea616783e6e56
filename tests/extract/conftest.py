"""Fixtures of the extraction tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def found(coder):
    """Statements of a text as (speaker, cue, content) triples."""
    def run(text: str) -> list[tuple[str, str | None, str]]:
        doc = coder.code(text)
        return [(s.speaker.text, s.cue.text if s.cue else None, s.content.text)
                for s in doc.statements]

    return run
