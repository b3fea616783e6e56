"""Statement boundaries, third set: an 'as'-clause cue with an object of its own is a time clause
(its object is the content, not the main clause); a pseudo-cleft ('What X said was that ...')
gives its content after 'be'. Sentences written here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # 'as' + a cue with its own object: "as he denounced the plan" is when, not an account
    ("As the harbor master denounced the new levy, the crowd on the quay cheered.",
     "the harbor master", "denounced", "the new levy"),
    # no object: the main clause is what the source reports
    ("As the Ostland Courier reported, the levy on trawlers rose twice.",
     "the Ostland Courier", "reported", "the levy on trawlers rose twice"),
    # a listener is no object of its own
    ("As she told reporters, the levy will rise again in May.",
     "she", "told", "the levy will rise again in May"),
    # nor is a pronoun standing for the main clause
    ("As Mayor Quill put it, the north quay is finished.",
     "Mayor Quill", "put", "the north quay is finished"),
])
def test_as_clause_cue_with_its_own_object(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("As the harbor master denounced the new levy, the crowd on the quay cheered.",
     "denounced", "the crowd on the quay cheered"),
])
def test_as_clause_cue_with_an_object_does_not_take_the_main_clause(found, text, cue,
                                                                    content) -> None:
    assert all(c != cue or x != content for _, c, x in found(text))


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # free relative subject of 'be': the clause after 'be' is what was said
    ("What the harbor master said was that the levy would rise in May.",
     "the harbor master", "said", "the levy would rise in May"),
    ("What Mayor Quill wants is to close the north quay by June.",
     "Mayor Quill", "wants", "to close the north quay by June"),
    # a pronoun subject with the cue in its relative clause
    ("All she wants is to see the levy repealed before winter.",
     "she", "wants", "to see the levy repealed before winter"),
])
def test_pseudo_cleft_gives_its_content_after_be(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "cue", "content"), [
    # a noun after 'be' may judge what was said rather than give it
    ("Everything the harbor master said about the levy was a lie.", "said", "a lie"),
    # a noun subject of the relative clause is the verb's own object, not a cleft
    ("The levy the harbor master announced is a disaster for the trawlers.", "announced",
     "a disaster for the trawlers"),
])
def test_no_pseudo_cleft_content(found, text, cue, content) -> None:
    assert all(c != cue or x != content for _, c, x in found(text))
