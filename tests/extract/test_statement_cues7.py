"""Statement cues, seventh round: the pseudo-cleft of a request ("All I am asking is that ...")
gives what is asked for; a negated speech verb before an open question ("would not say
whether ...") still puts nothing on record.
Sentences written for these tests (invented names and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # the pseudo-cleft of 'ask': what is asked for follows 'is'
    ("All I am asking is that the council reads the report.", "I", "am asking",
     "the council reads the report"),
    ("All we are asking is that the Tarvik mill stays open through winter.", "we", "are asking",
     "the Tarvik mill stays open through winter"),
])
def test_cue_found(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    # a negated speech verb with nothing after it or before an open question, or a withholding
    # verb: what the speaker holds back is not on record
    "The mayor did not say.",
    "Ortega would not say how much the plan would cost.",
    "The minister did not explain why the border stayed closed.",
    "The agency did not confirm whether the strike took place.",
])
def test_no_statement(found, text) -> None:
    assert found(text) == []
