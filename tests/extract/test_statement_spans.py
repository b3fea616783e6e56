"""Statement content boundaries: where one content ends and the next statement begins (a second
that-clause or a belief of the speaker stays in, a relative clause about an object, a time word
and a trailing clause with a cue of its own stay out), and quotes carried on after a paraphrase.
Sentences written here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a second that-clause of the same cue
    ("Speaker Tom Briggs says the whole region is watching the vote and that he can understand "
     "how allies would be rattled.",
     "Speaker Tom Briggs", "says",
     "the whole region is watching the vote and that he can understand how allies would be "
     "rattled"),
    # the speaker's own belief, coordinated with what he said
    ('Voss said the ferry timetable is "a mess" and she thinks she can fix it by June.',
     "Voss", "said", 'the ferry timetable is "a mess" and she thinks she can fix it by June'),
    ("Ms. Orlov said she doubted the ending would please critics, but she hoped to stay "
     "truthful.",
     "Ms. Orlov", "said",
     "she doubted the ending would please critics, but she hoped to stay truthful"),
])
def test_coordinated_part_of_the_content_stays_in(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


def test_coordinated_speech_verb_is_a_statement_of_its_own(found) -> None:
    got = found("Pell said the tax plan is a fraud, and he railed against the moderators for "
                "ignoring it.")
    assert ("Pell", "said", "the tax plan is a fraud") in got


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Later in the broadcast, Hollis praised preacher Dan Ferrow, who has loudly pledged to "
     "skip the bake sale this year.",
     "Hollis", "praised", "preacher Dan Ferrow"),
    ("Varga has long admired Bishop Lenz, who preaches a message of thrift.",
     "Varga", "has long admired", "Bishop Lenz"),
])
def test_object_content_ends_before_a_relative_aside(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


def test_relative_aside_keeps_its_own_statement(found) -> None:
    got = found("Later in the broadcast, Hollis praised preacher Dan Ferrow, who has loudly "
                "pledged to skip the bake sale this year.")
    assert any(c == "has loudly pledged" and t == "to skip the bake sale this year"
               for _, c, t in got)


def test_trailing_relative_clause_with_a_cue_leaves_the_that_clause(found) -> None:
    got = found("Moss said he backs the new budget, which calls for more tests in poor schools.")
    assert ("Moss", "said", "he backs the new budget") in got


def test_trailing_relative_clause_with_a_belief_stays_in_the_content(found) -> None:
    got = found("Both men agree that the town needs a mayor unlike Kolb, who believed the river "
                "would never rise.")
    assert [t for _, c, t in got if c == "agree"] == [
        "the town needs a mayor unlike Kolb, who believed the river would never rise"]
    assert not any(c == "believed" for _, c, _ in got)


def test_gerund_after_an_object_with_a_clause_is_the_speakers_next_statement(found) -> None:
    got = found('Ruiz dismissed the idea that the scandal would fade, saying that if he "saw '
                'anything crooked" he would act.')
    assert ("Ruiz", "dismissed", "the idea that the scandal would fade") in got
    assert ("Ruiz", "saying", 'if he "saw anything crooked" he would act') in got


def test_relative_clause_inside_a_that_clause_stays(found) -> None:
    got = found("Mayor Kolb said the plan, which the council adopted, is a fraud.")
    assert ("Mayor Kolb", "said", "the plan, which the council adopted, is a fraud") in got


def test_time_word_after_the_cue_is_no_content(found) -> None:
    got = found("Senator Hask promised Sunday to fight the measure.")
    assert ("Senator Hask", "promised", "to fight the measure") in got


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Dorn hopes the party avoids the old error this spring, even as she admits that thrift is a "
     "tough sell to voters.",
     "Dorn", "hopes", "the party avoids the old error this spring"),
    ("Kolb said the deadlock has kept the town safe on the radio before claiming that open gates "
     "are ruining families.",
     "Kolb", "said", "the deadlock has kept the town safe on the radio"),
    ('He called the migrants "thieves" and "liars," while urging a fence along the river.',
     "He", "called", 'the migrants "thieves" and "liars,"'),
])
def test_content_ends_before_a_trailing_clause_with_its_own_cue(found, text, speaker, cue,
                                                                content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Lane said he would quit after hearing the verdict.",
     "Lane", "said", "he would quit after hearing the verdict"),
    ("Karo hopes the town reflects on the flood by remembering its victims.",
     "Karo", "hopes", "the town reflects on the flood by remembering its victims"),
])
def test_clause_without_a_break_stays_in_the_content(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


def test_quote_after_a_paraphrase_ending_in_a_quote_carries_it_on(found) -> None:
    text = ('The county needs leaders "who understand that loud words in hard times cause more '
            'trouble," Ames said.\n\n"And that is why calm leadership matters so much now."')
    got = found(text)
    assert len(got) == 1
    speaker, cue, content = got[0]
    assert (speaker, cue) == ("Ames", "said")
    assert content.startswith("The county needs leaders") and content.endswith("so much now.")


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ('Holt said he never saw the fight at the fair, and when pressed on whether he was stirring '
     'up his fans, he said, "Certainly not."',
     "he", "said", "Certainly not."),
    ('Holt said he never saw the fight at the fair, and when pressed on whether he was stirring '
     'up his fans, he said, "Certainly not."',
     "Holt", "said", "he never saw the fight at the fair, and when pressed on whether he was "
     "stirring up his fans"),
    ('Holt argued the fair was safe, and when asked whether he had misled the board, he said, '
     '"Never."',
     "he", "said", "Never."),
    ("Mayor Kolb believes the plan will fail, his aides said.",
     "his aides", "said", "Mayor Kolb believes the plan will fail"),
    ("The talks, he said, will fail.", "he", "said", "The talks, he said, will fail"),
])
def test_parenthetical_cue_takes_only_its_own_clause(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


def test_second_cue_between_two_quotes_keeps_the_second(found) -> None:
    got = found('Mr. Varo said of the brawl, "That was ugly," adding that "the crowd was '
                'furious beyond words."')
    assert ("Mr. Varo", "said", "That was ugly") in got
    assert ("Mr. Varo", "adding", "the crowd was furious beyond words.") in got
