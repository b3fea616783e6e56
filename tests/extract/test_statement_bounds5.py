"""Statement boundaries, fifth set: coordinated speakers. Each conjunct speaks for itself, and
the "both" or "either" that opens the coordination is no part of either name. Sentences written
here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speakers"), [
    ("Both Lavania and Ostrel say the ferry tariffs can be lifted once the strait reopens.",
     {"Lavania", "Ostrel"}),
    ("Both the harbor board and the mayor said the new quay would open in May.",
     {"the harbor board", "the mayor"}),
    ("Both the port authority and the fishermen's union warned that the quay was unsafe.",
     {"the port authority", "the fishermen's union"}),
])
def test_each_conjunct_speaks_without_the_opening_both(found, text, speakers) -> None:
    got = {speaker for speaker, _, _ in found(text)}
    assert speakers <= got
    assert not any(s.lower().startswith(("both ", "either ")) for s in got)
