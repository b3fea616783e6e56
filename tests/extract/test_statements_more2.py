"""Statement precision: addressees, perception, receivers of a stance, circumstance clauses and
acts denied by 'without' are no content; a quoted title or a second speaker's clause before a
cue does not take the place of its own content. Sentences written here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # 'to' after a speech verb or statement noun names who is addressed or answered
    "A ferry pilot sent no reply to requests for comment.",
    "The ferry company's reply to Dunne came in a string of posts on Monday.",
    "The clerk's statements to the inspectors were brief.",
    "The guild made the case to members of both councils.",
    # 'without' denies the act
    "It goes without saying that raising tolls on the bridge is unpopular with drivers.",
    "She left the meeting without saying a word to the chair.",
    # a credit line is no one's statement
    "Source: Port Authority of Valdra.",
    # perceiving a thing and calling a meeting say nothing
    "Rangers spotted the flyer and escorted both hikers off the trail.",
    "The guild summoned a late-night session.",
    "He phoned into a farming podcast while he had the flu.",
    # the subject of 'face' is the target of the questions, not who asks them
    "Three rival bakers face questions about their flour supplies.",
    # 'anyone' names no one in particular
    "The archive is a handy tool for anyone hoping to trace old land deeds.",
])
def test_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The mayor appealed to voters to stay home.", "The mayor", "appealed", "to stay home"),
    ("The minister objected to the tariff.", "The minister", "objected", "the tariff"),
    ("Shippers see the levy as a trap.", "Shippers", "see", "the levy as a trap"),
    ("Varga saw that the motion was lost.", "Varga", "saw", "the motion was lost"),
    ("The governor called the levy reckless.", "The governor", "called", "the levy reckless"),
    ("The governor called for fresh elections.", "The governor", "called", "fresh elections"),
    ("The mayor faced criticism from dockworkers.", "dockworkers", "criticism", "The mayor"),
    ("Mira Tallis told Coastline Radio's \"Dawn Shift\" that no rival could match her budget.",
     "Mira Tallis", "told", "no rival could match her budget"),
    # 'under' phrases say how, not what
    ("He conceded under hours of cross-examination that the ledger had been altered.",
     "He", "conceded", "the ledger had been altered"),
])
def test_statement_kept(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("The senator responded to a nurse on Tuesday by saying the shortage was invented.",
     ("The senator", "saying", "the shortage was invented"), "a nurse"),
    # "she asked" before the cue is her own statement, not what Ilse said
    ("“Are you asleep?” she asked, but Tomas was nodding off again, and as the mayor went on "
     "about “how the ferries are late,” and “our weary drivers,” Ilse said yes, of course, "
     "again and again, until the mayor reached the end of his speech.",
     ("Ilse", "said", "yes"), "she asked, but Tomas was nodding off again, and"),
    # "before he died" says when, not what
    ("Reform, the senator said, is duty, whether it was marching in 1968 or wearing a badge "
     "with the words ''we are still here,'' as Tom Barr, lying on a pavement in Dover, said "
     "before he died.", None, "before he died"),
    # 'along' phrases say how, not what
    ("The harbor board voted along regional lines to close the pier.", None, "regional lines"),
])
def test_content_is_not_a_neighbour(found, text, wanted, unwanted) -> None:
    got = found(text)
    if wanted is not None:
        assert wanted in got
    assert all(content != unwanted for _, _, content in got)


@pytest.mark.parametrize("text", [
    "The mayor appealed to voters to stay home.",
    "The mayor faced criticism from dockworkers.",
    "Mira Tallis told Coastline Radio's \"Dawn Shift\" that no rival could match her budget.",
])
def test_contents_are_spans_of_the_text(coder, text) -> None:
    for s in coder.code(text).statements:
        assert text[s.content.start:s.content.end] == s.content.text
        assert s.content.text.strip() == s.content.text


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a sentence set off by a colon or semicolon before the cue is not what the cue reports
    ("The tide report set off quarrels on Friday; the harbormasters said the agency misread "
     "the charts.", "the harbormasters", "said", "the agency misread the charts"),
    ("The leak set off a row in Kessel: the governors said the agency lied.",
     "the governors", "said", "the agency lied"),
    # a quoted sentence that ended before is not part of a trailing content
    ("\"We want captains who listen.\" Captains like Dunne, she said.",
     "she", "said", "Captains like Dunne"),
    # "not" inside the quote is the speaker's word, not a negated cue
    ("\"We are not ready. Not yet,\" Ms. Pike said.",
     "Ms. Pike", "said", "We are not ready. Not yet"),
    # a quote split by the cue and a participle clause is one direct statement
    ("“Each time you say that,” Dunne said, referring to the audit, “you hand ammunition to "
     "critics of the port.”",
     "Dunne", "said", "Each time you say that,” Dunne said, referring to the audit, “you hand "
     "ammunition to critics of the port."),
])
def test_content_bounds(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


def test_negated_cue_outside_the_quote_still_withholds(found) -> None:
    assert found("Ms. Pike did not say whether the bridge would open.") == []


def test_quote_after_a_partly_quoted_content_carries_it_on(found) -> None:
    text = ("''I admire the arithmetic'' of the Varga budget, Ms. Pike said. ''It is tidier "
            "than last year's. Still, I doubt the revenue figures.''")
    assert found(text) == [
        ("Ms. Pike", "said", "''I admire the arithmetic'' of the Varga budget, Ms. Pike said. "
         "''It is tidier than last year's. Still, I doubt the revenue figures.")]


@pytest.mark.parametrize(("text", "statements"), [
    # an act asked for or promised is no statement of its own
    ("The mayor urged tenants to report leaks.",
     [("The mayor", "urged", "tenants to report leaks")]),
    ("The mayor asked the clerk to explain the backlog.",
     [("The mayor", "asked", "the clerk to explain the backlog")]),
    ("The mayor promised to publish the list of donors.",
     [("The mayor", "promised", "to publish the list of donors")]),
    # carrying on or beginning the act reports it done
    ("Varga went on to say that the pier was doomed.", [("Varga", "to say", "the pier was doomed")]),
    ("Tenants continued to call for more details about the eviction.",
     [("Tenants", "to call", "more details about the eviction")]),
])
def test_infinitive_of_another_cue(found, text, statements) -> None:
    assert found(text) == statements


@pytest.mark.parametrize(("text", "statements"), [
    # a feeling verb's object holds the feeling about its subject
    ("The drought worries the growers along the canal.",
     [("the growers along the canal", "worries", "The drought")]),
    ("The verdict angered the fishermen.", [("the fishermen", "angered", "The verdict")]),
    # with a clause the subject holds it
    ("The growers worry that the drought will ruin them.",
     [("The growers", "worry", "the drought will ruin them")]),
    # a person or body as subject acts on the object: no feeling is put on record
    ("The Velonian envoy reassured the harbor union on Tuesday.", []),
    ("She angered her neighbours.", []),
    # "let's" is the writer and the reader
    ("Let's turn to the harbor fees.", []),
])
def test_who_holds_a_feeling(found, text, statements) -> None:
    assert found(text) == statements


@pytest.mark.parametrize(("text", "statements"), [
    # a rating with its predicate is a judgment given; a plain rating object is not
    ("The inspectors rated 40% of the invoices as \"padded,\" compared to 9% of the receipts.",
     [("The inspectors", "rated",
       "40% of the invoices as \"padded,\" compared to 9% of the receipts")]),
    ("Diners rated the bistro warmly.", []),
    # a film or report documents a clause
    ("The documentary documents how the canneries shut in the 1970s.",
     [("The documentary", "documents", "how the canneries shut in the 1970s")]),
])
def test_judging_and_documenting(found, text, statements) -> None:
    assert found(text) == statements


def test_quotes_signed_one_after_another(found) -> None:
    text = ("Readers wrote in after the vote.\n“The bridge plan is a gift to the ferry lobby.” ― "
            "Ines Varo “I would rather swim across than pay that toll every single day.” ― Tal "
            "Brenner “The council never once asked the islanders what they need.” ― Oda Lenz\n")
    assert found(text) == [
        ("Ines Varo", "―", "The bridge plan is a gift to the ferry lobby."),
        ("Tal Brenner", "―", "I would rather swim across than pay that toll every single day."),
        ("Oda Lenz", "―", "The council never once asked the islanders what they need."),
    ]


@pytest.mark.parametrize(("text", "statements"), [
    # a quote after the colon closing the object is what was said
    ("Mayor Pike Blasts Port Director: ‘Your Numbers Are Fiction.’",
     [("Mayor Pike", "Blasts", "Your Numbers Are Fiction.")]),
    ("The mayor blasted the port director: \"Your numbers are fiction.\"",
     [("The mayor", "blasted", "Your numbers are fiction.")]),
    # no quote: the object stays the content
    ("The senator praised the tariff: it was cheap and quick.",
     [("The senator", "praised", "the tariff")]),
])
def test_quote_after_a_colon(found, text, statements) -> None:
    assert found(text) == statements


@pytest.mark.parametrize("text", [
    "Smith praised the senator, who had voted against",
    "The bill passed. Obama, who had voted against",
])
def test_text_cut_after_a_particle_is_coded(coder, text) -> None:
    # a cue's particle as the last token of a cut text has nothing after it: no crash
    assert coder.code(text).statements is not None
