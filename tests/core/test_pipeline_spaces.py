"""Unicode spaces (no-break, thin, narrow) read as plain spaces; offsets stay the article's."""

from __future__ import annotations

import pytest

from onrecord.pipeline import parseable


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_statement_after_a_unicode_space(coder, space):
    text = f"The border crossing will stay closed until further notice,{space}Minister Halvorsen said."
    doc = coder.code(text)
    assert [(s.speaker.text, s.cue.text) for s in doc.statements] == [("Minister Halvorsen", "said")]
    content = doc.statements[0].content
    assert text[content.start:content.end] == "The border crossing will stay closed until further notice"


def test_parseable_keeps_length_and_plain_text():
    text = "a\u00a0b\u2003c d\n"
    assert parseable(text) == "a b c d\n"
    assert len(parseable(text)) == len(text)
