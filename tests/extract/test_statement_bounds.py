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


@pytest.mark.parametrize(("text", "first", "second"), [
    # a bare base form after 'has missed' cannot share its auxiliary: it is the plural present
    # of a second cue of the speakers, not part of what they fear or argue
    ("Some farm leaders fear the ministry has already missed its best chance and warn that "
     "relying on rain alone is not a plan.",
     ("Some farm leaders", "fear", "the ministry has already missed its best chance"),
     ("Some farm leaders", "warn", "relying on rain alone is not a plan")),
    ("Teachers argue the district has ignored them and demand that the board listen.",
     ("Teachers", "argue", "the district has ignored them"),
     ("Teachers", "demand", "the board listen")),
])
def test_base_form_conjunct_beside_a_finite_clause_is_a_second_cue(found, text, first,
                                                                    second) -> None:
    rows = found(text)
    assert first in rows and second in rows


@pytest.mark.parametrize(("text", "statement"), [
    # a base form after a modal or 'to' shares it: one content
    ("The unions say the company will cut jobs and close plants.",
     ("The unions", "say", "the company will cut jobs and close plants")),
    ("They say he needs to rest and recover.",
     ("They", "say", "he needs to rest and recover")),
])
def test_base_form_conjunct_sharing_a_modal_stays_in(found, text, statement) -> None:
    assert statement in found(text)


@pytest.mark.parametrize(("text", "statement"), [
    # a quotation nested at the end of a quote keeps the comma inside its own closing mark; the
    # quote still hands over to the cue after it, and the cue takes the whole quote
    ("He spoke at length. \u201cThey are decent folks. You may dislike their views, yet you "
     "must still call them \u2018decent,\u2019\u201d Sexton said.",
     ("Sexton", "said", "They are decent folks. You may dislike their views, yet you must still "
      "call them \u2018decent,\u2019")),
    ("The talks dragged on. \"We told them 'no deal,'\" Marsh said.",
     ("Marsh", "said", "We told them 'no deal,'")),
])
def test_quote_ending_in_a_nested_quotation_hands_over_to_its_cue(found, text,
                                                                  statement) -> None:
    assert statement in found(text)


@pytest.mark.parametrize(("text", "outer", "quoted"), [
    # a quote set off by a dash and handed over to a cue after it is that cue's statement; the
    # paraphrase before the dash ends there
    ("Mr. Holt hinted the mayor admired strongmen such as the old governor - ''He would have "
     "adored the old regime,'' Mr. Holt said - and then left the stage.",
     ("Mr. Holt", "hinted", "the mayor admired strongmen such as the old governor"),
     ("Mr. Holt", "said", "He would have adored the old regime")),
    ("He called the vote a disgrace \u2014 \"a total disgrace,\" he said.",
     ("He", "called", "the vote a disgrace"),
     ("he", "said", "a total disgrace")),
])
def test_quote_set_off_by_a_dash_goes_to_the_cue_after_it(found, text, outer, quoted) -> None:
    rows = found(text)
    assert outer in rows and quoted in rows


@pytest.mark.parametrize(("text", "statement"), [
    # no cue after the quote: the paraphrase keeps it
    ("The mayor said the budget was balanced, adding that \"nobody will lose a job.\"",
     ("The mayor", "adding", "nobody will lose a job.")),
    ("Orla praised the ferry crew - \"the best in the bay.\"",
     ("Orla", "praised", "the ferry crew - \"the best in the bay.\"")),
    # a dash that closes an earlier aside: the quote after it carries the first one on
    ("\"I doubt the old notion\" -- that the mayor is a scold -- \"will hold up,\" she says.",
     ("she", "says", "I doubt the old notion\" -- that the mayor is a scold -- \"will hold up,\"")),
])
def test_quote_after_a_paraphrase_with_no_cue_of_its_own_stays(found, text, statement) -> None:
    assert statement in found(text)


@pytest.mark.parametrize(("text", "statement"), [
    # the narrator's unquoted lead-in before a cue that a quote follows is no part of the quote,
    # even when the parser hangs the cue on the quoted verb
    ("Questioned by a host on whether she rehearsed the address, the senator said, \"I went "
     "over it one time, since I drafted it alone.\"",
     ("the senator", "said", "I went over it one time, since I drafted it alone.")),
    ("In the end, he said, \"the talks will fail.\"",
     ("he", "said", "the talks will fail.")),
])
def test_unquoted_lead_in_before_a_cue_and_its_quote_stays_out(found, text, statement) -> None:
    assert statement in found(text)


@pytest.mark.parametrize(("text", "statement"), [
    # a cue that interrupts an unquoted clause still reports the whole clause
    ("The talks, he said, will fail.", ("he", "said", "The talks, he said, will fail")),
])
def test_parenthetical_cue_in_an_unquoted_clause_keeps_the_clause(found, text,
                                                                  statement) -> None:
    assert statement in found(text)


def test_quote_the_paraphrase_runs_into_stays_in_it(found) -> None:
    # no dash between the paraphrase's clause and the quote: the quote is part of what was said
    text = "The clerk said the gag rule was meant to \"shield the nominee,\" according to the memo."
    said = [c for s, cue, c in found(text) if (s, cue) == ("The clerk", "said")]
    assert said and said[0].startswith("the gag rule was meant to \"shield the nominee")

