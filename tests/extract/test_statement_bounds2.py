"""Statement boundaries, second set: a cue in a relative clause takes the relative word or the
noun it hangs on as its object, a clause set off by a comma before a trailing cue clause is its
content whatever its verb, and a relative cue before a content is no trailing cue that cuts it.
Sentences written here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # the relative word is the object ("Mr. Ostrova opposed the pact")
    ("Dalen refused to sign the fishing pact, which Mr. Ostrova vehemently opposed.",
     "Mr. Ostrova", "opposed", "which"),
    ("The levy on harbor fees, which Mayor Quill also supports, would raise millions.",
     "Mayor Quill", "supports", "which"),
    ("Kern left the party over the leaked budget figures, which the treasury denies.",
     "the treasury", "denies", "which"),
    # no relative word: the noun phrase the clause hangs on ("he prefers the plain style")
    ("Tarn read a written speech rather than the plain style he prefers.",
     "he", "prefers", "the plain style"),
    ("The treaty gave Ostland something its trawler crews wanted: access to the north banks.",
     "its trawler crews", "wanted", "something"),
])
def test_relative_clause_cue_takes_its_relative_object(found, text, speaker, cue,
                                                       content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "cue"), [
    # a time the clause hangs on says when, not what
    ("Dalen resigned the day he announced.", "announced"),
    # an object of its own after the verb: the relative word is no object
    ("The pact, which Ostrova called a betrayal, was signed.", "called"),
])
def test_relative_clause_cue_without_an_object_slot_takes_no_relative(found, text,
                                                                      cue) -> None:
    assert all(c != cue or content not in ("which", "the day") for _, c, content in found(text))


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # an outer content running over a relative cue is not cut at it
    ("Brill said the only plan he trusts is the one drafted by the harbor board.",
     "Brill", "said", "the only plan he trusts is the one drafted by the harbor board"),
    ("Ferro says the new locks would not have prevented the thefts that Vance listed.",
     "Ferro", "says", "the new locks would not have prevented the thefts that Vance listed"),
])
def test_relative_cue_does_not_cut_the_content_around_it(found, text, speaker, cue,
                                                         content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # the clause before a trailing cue clause is its content even when its verb is a cue word
    # in another sense ("play the card") or a negated speech verb with no clause of its own
    ('The council will play the "rulebook card," Pell said, adding that the best reply '
     '"is to stay calm."',
     "Pell", "said", 'The council will play the "rulebook card,"'),
    ("Lisbon never complained while Ostland's exports were booming, an Ostland envoy "
     "said, adding that the toll of the mill closures would be hard to count.",
     "an Ostland envoy", "said", "Lisbon never complained while Ostland's exports were booming"),
    # the cue after the comma keeps its own content
    ("Lisbon never complained while Ostland's exports were booming, an Ostland envoy "
     "said, adding that the toll of the mill closures would be hard to count.",
     "an Ostland envoy", "adding", "the toll of the mill closures would be hard to count"),
])
def test_clause_set_off_by_a_comma_before_a_trailing_cue(found, text, speaker, cue,
                                                         content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a clause reporting a clause of its own stays its speaker's statement
    ('Holm argued the market was safe, and when asked whether he had misled the board, he '
     'said, "Never."',
     "he", "said", "Never."),
    ("Holm argued the market was safe, and when asked whether he had misled the board, he "
     'said, "Never."',
     "Holm", "argued", "the market was safe"),
])
def test_clause_with_its_own_report_before_a_cue_stays_apart(found, text, speaker, cue,
                                                             content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "cue"), [
    # a clause of time before the cue clause says when the speaker felt it, not what
    ("When the port beat out Dalen and Ferro to host the fair, the city felt proud.", "felt"),
    # a semicolon closes the first sentence of a headline
    ("Farmers denounce Ostland levy; Pell, others vow a fight.", "vow"),
    # a cue with an object of its own after it reports that object
    ("In a new clip for the Marlo radio show, Vessa sings an old folk song to the mayor.",
     "sings"),
])
def test_clause_apart_from_a_cue_is_no_content(found, text, cue) -> None:
    assert not any(c == cue and content.startswith(text[:8]) for _, c, content in found(text))
