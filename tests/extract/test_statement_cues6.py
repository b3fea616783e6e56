"""Statement cues, sixth round: a cue verb the parser left without a subject when English grammar
still names its speaker: a contracted perfect 'has' read as a passive ("he's said ..."), a series
of verb phrases of one subject set off by commas ("praised the mill, said ..."), an -ing clause
hung on an adverb or adjective of the clause with the subject ("stopped short of calling for
...").
Sentences written for these tests (invented names and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a contracted 'has' read as a passive auxiliary: the perfect of a speech or stance verb
    ("While she's said she will fight on to the convention, Varga must decide what she wants.",
     "she", "'s said", "she will fight on to the convention"),
    ("Lately she's spoken out against the zoning rules in Tarvik.", "she", "'s spoken out",
     "the zoning rules in Tarvik"),
    ("The mayor, who's called for a tougher budget, met the council on Tuesday.", "The mayor",
     "'s called", "a tougher budget"),
    # verb phrases of one subject in a series, the first hung on the cue as its clause
    ("He criticized the governor's record, said she would not fix the roads in four years.",
     "He", "said", "she would not fix the roads in four years"),
    ("Greta Lund praised the mill, said it would reopen in the spring.", "Greta Lund", "said",
     "it would reopen in the spring"),
    ('Senator Olen supports "modest pay raises," opposes "sweeping pay freezes" and praised the '
     "union.", "Senator Olen", "opposes", "sweeping pay freezes"),
    # an -ing clause on an adverb or adjective of the clause that has the subject
    ("Mayor Hale stopped short of calling for the chief to be fired.", "Mayor Hale", "calling",
     "for the chief to be fired"),
    ("By Friday, Rook was back to implying that the auditor had lied about the accounts.",
     "Rook", "implying", "the auditor had lied about the accounts"),
    ("Petrov is now the boldest of the rivals in denouncing the regional press.", "Petrov",
     "denouncing", "the regional press"),
])
def test_unparsed_subject_found(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker"), [
    # an impersonal passive and a listener told: no contracted 'has'
    ("It's said that the river will flood again.", "It"),
    ("She's told that the plan will be delayed.", "She"),
    # a musical note is no stance sounded
    ("The band sounded a loud note at the start of the show.", "The band"),
])
def test_no_unparsed_subject(found, text, speaker) -> None:
    assert all(r[0] != speaker for r in found(text))


def test_series_first_clause_not_content(found) -> None:
    """The first phrase of the series is a statement of its own, not the content of the next."""
    rows = found('Senator Olen supports "modest pay raises," opposes "sweeping pay freezes".')
    assert all(not r[2].startswith("Senator Olen") for r in rows)
