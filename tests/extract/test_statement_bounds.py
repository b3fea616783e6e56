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


@pytest.mark.parametrize(("text", "statement"), [
    # an 'as' predicate after the object says what the object is held to be: it is content
    ("Dorn spent the week portraying Kessler as singularly focused on ferry fares.",
     ("Dorn", "portraying", "Kessler as singularly focused on ferry fares")),
    ("Critics described the harbor chief as badly out of touch.",
     ("Critics", "described", "the harbor chief as badly out of touch")),
    ("Orla portrayed her rival as a puppet of the shipping lobby.",
     ("Orla", "portrayed", "her rival as a puppet of the shipping lobby")),
    ("Bly praised the levy as a bold step.",
     ("Bly", "praised", "the levy as a bold step")),
])
def test_as_predicate_of_the_object_is_content(found, text, statement) -> None:
    assert statement in found(text)


def test_as_clause_with_its_own_subject_is_no_predicate(found) -> None:
    got = found("Pickets heckled the harbor chief as he left the pier.")
    assert not any(content.endswith("left the pier") for _, _, content in got)


@pytest.mark.parametrize(("text", "statement"), [
    # a content cut before a second conjunct does not end on the conjunction
    ("Orla said she had met the harbor chief twice but said neither aide played a role.",
     ("Orla", "said", "she had met the harbor chief twice")),
    ("Bly claimed in an interview that he is not backing any candidate, and in addition he "
     "met Dorn last year.",
     ("Bly", "claimed", "he is not backing any candidate")),
])
def test_content_does_not_end_on_a_dangling_conjunction(found, text, statement) -> None:
    assert statement in found(text)


@pytest.mark.parametrize(("text", "statement"), [
    # a relative word moved before the cue as the reported clause's subject: the content is the
    # clause after the cue, without the speaker and cue
    ("Dorn blamed the ferry debt, which he said has grown because of cheap loans.",
     ("he", "said", "has grown because of cheap loans")),
    ("Orla pointed to a harbor study that the senator said would make the flooding worse.",
     ("the senator", "said", "would make the flooding worse")),
])
def test_moved_relative_subject_is_left_before_the_cue(found, text, statement) -> None:
    assert statement in found(text)


@pytest.mark.parametrize(("text", "statement"), [
    # a closing clause of time hung on the cue, with a named subject that reports: another
    # speaker's statement, outside the first content
    ("Mayor Bly is calling for a special inquiry into the port board after the Gazette "
     "reported that donors met its chairman.",
     ("Mayor Bly", "is calling", "a special inquiry into the port board")),
    ("Mayor Bly is calling for a special inquiry into the port board after the Gazette "
     "reported that donors met its chairman.",
     ("the Gazette", "reported", "donors met its chairman")),
    # a time clause inside the reported clause stays in
    ("Orla said she left the pier after the harbor chief told her to go.",
     ("Orla", "said", "she left the pier after the harbor chief told her to go")),
    ("Orla said she would stay until the council agreed to the budget.",
     ("Orla", "said", "she would stay until the council agreed to the budget")),
])
def test_time_clause_of_another_reporter_on_the_cue_stays_out(found, text, statement) -> None:
    assert statement in found(text)


@pytest.mark.parametrize(("text", "speaker"), [
    # a time phrase set off before the subject is not part of the speaker's name
    ("Twenty years ago, a Gazette column hailed Dorn as a visionary builder of piers.",
     "a Gazette column"),
    ("In March, a Herald editorial praised the mayor for her harbor budget.",
     "a Herald editorial"),
])
def test_speaker_leaves_out_a_time_phrase_set_off_before_it(found, text, speaker) -> None:
    assert speaker in [s for s, _, _ in found(text)]


@pytest.mark.parametrize(("text", "statement"), [
    # a past-tense verb conjoined inside an infinitive object after a perfect cue ('has called
    # ... and proposed') cannot be part of the infinitive: it is the speaker's next predicate
    ("Dorn has also called on the port to cut the fares that fund the ferry and proposed a "
     "new pier for the harbor.",
     ("Dorn", "has also called", "the port to cut the fares that fund the ferry")),
    ("Orla has vowed to keep the ferry running and celebrated the vote on Monday.",
     ("Orla", "has vowed", "to keep the ferry running")),
    # 'rather than' joins two parts of one request
    ("Bly is pressuring Dorn to campaign on ferry fares rather than continuing to mock Orla.",
     ("Bly", "is pressuring", "Dorn to campaign on ferry fares rather than continuing to mock "
      "Orla")),
])
def test_object_content_ends_before_the_speakers_next_predicate(found, text, statement) -> None:
    assert statement in found(text)
