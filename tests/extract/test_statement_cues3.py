"""Statement cues, third round: trailing cue clauses the parser hung as conjuncts, 'by her own
admission', statement nouns announcing a colon, opinions held (not received), and objects of
'emailed'. Sentences written for these tests (invented names and places).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a trailing cue clause with an apposed speaker, parsed as a conjunct of the clause it reports
    ("Senator Brack remains committed to the race, his top aide, Tom Reyes, told the Gazette.",
     "his top aide, Tom Reyes", "told", "Senator Brack remains committed to the race"),
    # a holder's own admission puts the clause on record, like 'according to'
    ("By his own admission, Brack had never visited the valley.", "his", "By his own admission",
     "Brack had never visited the valley"),
    ("By her own account, Dalton left the hall before the vote.", "her", "By her own account",
     "Dalton left the hall before the vote"),
    # a statement noun announced by 'following' says what comes after its colon
    ("Brack made the following comment to reporters: the valley deserves better roads.", "Brack",
     "made the following comment", "the valley deserves better roads"),
    ('The ministry issued the following statement: "We regret the delay."', "The ministry",
     "issued the following statement", '"We regret the delay."'),
    # a worry voiced, like a fear
    ("There were worries from farmers that the new tax would ruin them.", "farmers", "worries",
     "the new tax would ruin them"),
    # the haver of an opinion holds it; the 'of' object is what it is about
    ("While 80 percent of rural voters had a favorable opinion of Mayor Dalton, few trusted her "
     "deputy.", "80 percent of rural voters", "opinion", "Mayor Dalton"),
    # emailed with a clause still reports what was written
    ("Brack emailed that he would resign.", "Brack", "emailed", "he would resign"),
    # a protest that says something; a verbal blow taken at someone
    ("Residents protested that the tax was unfair.", "Residents", "protested",
     "the tax was unfair"),
    ("Brack took a shot at Dalton over the bridge.", "Brack", "shot", "Dalton"),
    # an infinitive on a person noun: that person acts
    ("Brack was the first senator to endorse Dalton.", "the first senator", "to endorse",
     "Dalton"),
])
def test_cue_found(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Brack emailed the letter to reporters on Monday.", "emailed"),  # the thing sent, not said
    ("The following day, Brack left the valley.", None),               # no statement noun, no colon
    ("Residents protested the new tax outside city hall.", "protested"),  # a demonstration
    ("Brack has a real shot at the nomination.", "shot"),               # a chance, no blow
    ("The new ads helped convince voters in the valley.", "convince"),  # brought about, not said
    # a noun an infinitive modifies acts only if it can hold a view
    ("The auditors asked for a simpler method to report hidden earnings in the valley.",
     "to report"),
    ("The campaign had the money to challenge Dalton in the fall.", "to challenge"),
])
def test_no_such_statement(found, text, cue) -> None:
    rows = found(text)
    if cue is None:
        assert all(r[2] != "the valley" for r in rows)
        assert all(r[0] != "Brack" for r in rows)
    else:
        assert all(r[1] != cue for r in rows)


def test_stance_still_received(found) -> None:
    """'X has the support of Y' stays Y's stance about X (a stance noun, not an opinion)."""
    assert ("the union", "support", "Brack") in found("Brack has the support of the union.")


@pytest.mark.parametrize("text", [
    "By all accounts, Brack had never visited the valley.",       # no holder named
    "Brack opened an account at a Zurich bank in March.",  # a bank account
])
def test_account_without_holder_is_no_statement(found, text) -> None:
    assert found(text) == []
