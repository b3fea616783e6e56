"""Statement boundaries between two attributions: a content ends before the writer's remark
that reports someone else's statement about it (a summing-up noun phrase, a sourced parenthesis),
and before a second cue of the speaker in the cue's own form. Sentences written here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a summing-up noun phrase whose relative clause is another speaker's cue
    ("The mayor claimed the flood barrier had paid for itself, something his rival openly "
     "ridiculed.",
     "The mayor", "claimed", "the flood barrier had paid for itself"),
    ("Aldo told reporters the ferry ran an hour late, a fact the captain later conceded.",
     "Aldo", "told", "the ferry ran an hour late"),
    ("Most bakers oppose any cap on bread prices - a view that Senator Pell defended on Monday.",
     "Most bakers", "oppose", "any cap on bread prices"),
    ("Vance complained that the ballot tally was fixed, an accusation the election board "
     "flatly rejected.",
     "Vance", "complained", "the ballot tally was fixed"),
])
def test_content_ends_before_a_summary_remark_with_its_own_cue(found, text, speaker, cue,
                                                                content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # an appositive about a person, its relative clause with no cue of its own: stays in
    ("Dorn said the ferry was run by Kessler, a captain who has sailed for years.",
     "Dorn", "said", "the ferry was run by Kessler, a captain who has sailed for years"),
    # the summing-up phrase's relative word is its own subject: no second speaker
    ("Orla said the council should close the bridge, a step that would cost the town dearly.",
     "Orla", "said", "the council should close the bridge, a step that would cost the town dearly"),
])
def test_appositive_without_a_second_speaker_stays_in(found, text, speaker, cue,
                                                       content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "statement"), [
    ("Vance complained that the ballot tally was fixed, an accusation the election board "
     "flatly rejected.",
     ("the election board", "rejected", "an accusation")),
    ("Aldo told reporters the ferry ran an hour late, a fact the captain later conceded.",
     ("the captain", "conceded", "a fact")),
    ("The mayor claimed the flood barrier had paid for itself, something his rival openly "
     "ridiculed.",
     ("his rival", "ridiculed", "something")),
])
def test_summary_remark_is_a_statement_of_its_own(found, text, statement) -> None:
    assert statement in found(text)


@pytest.mark.parametrize(("text", "first", "second"), [
    # a second cue in the cue's own past tense beside a past perfect content, with its own clause
    ("Dorn admitted that Kessler had bumped the skiff but implied that the pier crew was to "
     "blame for the delay.",
     ("Dorn", "admitted", "Kessler had bumped the skiff"),
     ("Dorn", "implied", "the pier crew was to blame for the delay")),
    # a second gerund cue beside a gerund cue's content
    ("Dorn hit back on Friday, saying that the levy was fair but was blocked by distrust - "
     "and arguing that he and Kessler agreed on \"nearly every question about the ferries.\"",
     ("Dorn", "saying", "the levy was fair but was blocked by distrust"),
     ("Dorn", "arguing", "he and Kessler agreed on \"nearly every question about the ferries.\"")),
    ("Orla struck back in May, attacking Dorn for \"the waste, the vanity\" of his tenure and "
     "openly criticizing Dorn's judgment.",
     ("Orla", "attacking", "Dorn for \"the waste, the vanity\" of his tenure"),
     ("Orla", "criticizing", "Dorn's judgment")),
])
def test_second_cue_in_the_cue_form_is_a_statement_beside_the_first(found, text, first,
                                                                    second) -> None:
    got = found(text)
    assert first in got
    assert second in got


@pytest.mark.parametrize(("text", "statement"), [
    # a conjunct that may share the content's auxiliary ('had lied and [had] admitted it')
    ("Dorn said that Kessler had lied and admitted it later.",
     ("Dorn", "said", "Kessler had lied and admitted it later")),
    ("Orla said she was tired of waiting and hoping for change.",
     ("Orla", "said", "she was tired of waiting and hoping for change")),
])
def test_conjunct_of_the_content_stays_in(found, text, statement) -> None:
    assert statement in found(text)


@pytest.mark.parametrize(("text", "statement"), [
    # a closing parenthesis with a cue of another speaker, or an 'according to', is an aside
    ("Dorn insisted that the port will hire 9,000 dockers next year (the harbor chief has "
     "proposed hiring 900).",
     ("Dorn", "insisted", "the port will hire 9,000 dockers next year")),
    ("Dorn insisted that the port will hire 9,000 dockers next year (the harbor chief has "
     "proposed hiring 900).",
     ("the harbor chief", "has proposed", "hiring 900")),
    ("Shop owners grew angry when Kessler floated a higher levy on parking fees (which Orla "
     "also backs).",
     ("Kessler", "floated", "a higher levy on parking fees")),
    ("Bly said the ferry carried 3,000 people last year (only about 1,500 rode it, according "
     "to the port office).",
     ("Bly", "said", "the ferry carried 3,000 people last year")),
    # a parenthesis with no source of its own stays in
    ("Bly said the ferry carried 3,000 people last year (a record).",
     ("Bly", "said", "the ferry carried 3,000 people last year (a record)")),
])
def test_content_ends_before_a_sourced_parenthesis(found, text, statement) -> None:
    assert statement in found(text)
