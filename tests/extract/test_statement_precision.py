"""Statement precision, ninth round: outputs a reader would notice as wrong. A cue verb inside a
yes/no question that another cue governs asserts nothing; a thing ('that is akin to saying')
says nothing; a fronted time word is no part of the speaker; pseudo-clefts of a request
('What the farmers asked was that ...', 'All the union is asking is that ...') give what is
asked for. Sentences written for these tests (invented names and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a time word opening the sentence, hung on the name by the parser, is not the speaker
    ("Yesterday Lopez said the talks failed.", "Lopez", "said", "the talks failed"),
    ("Today Marisol Ferrante said the ferry to Osk would run again.", "Marisol Ferrante",
     "said", "the ferry to Osk would run again"),
    # pseudo-clefts: the clause after 'be' is what is asked for or said
    ("What the farmers asked was that the road be repaired.", "the farmers", "asked",
     "the road be repaired"),
    ("What the Tolvan mayor said was that the bridge would reopen in May.", "the Tolvan mayor",
     "said", "the bridge would reopen in May"),
    ("All the union is asking is that the plant stay open.", "the union", "is asking",
     "the plant stay open"),
    # a person as the subject above the cue still speaks
    ("Councillor Brandt was quick to say the levy had failed.", "Councillor Brandt", "to say",
     "the levy had failed"),
    # the subject of an absolute 'with' phrase speaks, not the clause it hangs on
    ("The rally closed with Ortega saying the strike would go on.", "Ortega", "saying",
     "the strike would go on"),
    # a question put by a subject the asking verb shares (as 'X asked whether ...' is kept)
    ("The hearing closed with Ingrid Moss asking the mayor whether the tram line would survive.",
     "Ingrid Moss", "asking", "whether the tram line would survive"),
    ("Sanz toured the depot and asked the drivers if the new routes suited them.", "Sanz",
     "asked", "if the new routes suited them"),
])
def test_statement(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker"), [
    # a cue verb inside a yes/no question under another cue: no stance on record
    ("Senator Ruiz did not say whether she would back the bill.", "she"),
    ("The envoy would not say if Velmar supports the ceasefire plan.", "Velmar"),
    ("Reporters asked whether the governor opposes the new pipeline.", "the governor"),
    ("Pilar Ruiz asked the clerks if the minister backs the wage deal.", "the minister"),
    # a thing that is 'akin to saying' something says nothing
    ("That is akin to saying the war is over.", "That"),
    ("This is like saying the harvest was a success.", "This"),
])
def test_no_such_speaker(found, text, speaker) -> None:
    assert all(s != speaker for s, _, _ in found(text))


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # an 'if' clause before its verb, or after a verb that neither says nor asks, is a
    # condition: the cue inside it is left as it was
    ("The mayor will back the levy if the council approves the budget.", "The mayor",
     "will back", "the levy"),
])
def test_condition_kept(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "Senator Ruiz did not say whether she would back the bill.",
    "The envoy would not say if Velmar supports the ceasefire plan.",
    "That is akin to saying the war is over.",
])
def test_no_statement(found, text) -> None:
    assert found(text) == []
