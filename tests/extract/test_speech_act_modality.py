"""Speech acts made by naming, receiving or claiming: questions are no acts, and negation,
conditions and futures on the governing verb set the event's flags (and leave it undated).

Sentences written for these tests go in; the events coded from them come out.
"""

from __future__ import annotations

DATE = "2024-03-04"


def _events(coder, text: str, event: str) -> list:
    return [e for e in coder.code(text, date=DATE).events if e.event == event]


def _codes(actors) -> set[str]:
    return {a.country or a.code or "" for a in actors}


def _one(coder, text: str, event: str, actor: str, recipient: str):
    found = [e for e in _events(coder, text, event)
             if _codes(e.actor) == {actor} and _codes(e.recipient) == {recipient}]
    assert len(found) == 1, [(e.event, _codes(e.actor), _codes(e.recipient))
                             for e in coder.code(text, date=DATE).events]
    return found[0]


# --- acts received "from" someone ---------------------------------------------------------

def test_received_act_plain_is_dated_and_unflagged(coder):
    ev = _one(coder, "The Russian offensive drew criticism from Brazil.", "ACCUSE", "BRA", "RUS")
    assert not (ev.negated or ev.hypothetical or ev.future)
    assert ev.date is not None


def test_received_act_negated(coder):
    ev = _one(coder, "The Russian offensive did not draw criticism from Brazil.",
              "ACCUSE", "BRA", "RUS")
    assert ev.negated


def test_received_act_never_negated(coder):
    ev = _one(coder, "The Saudi blockade never won praise from Egypt.", "SUPPORT", "EGY", "SAU")
    assert ev.negated


def test_received_act_in_question_is_no_act(coder):
    assert not _events(coder, "Did the Russian offensive draw criticism from Brazil?", "ACCUSE")


def test_received_act_conditional_is_hypothetical_and_undated(coder):
    ev = _one(coder, "The Saudi blockade could win praise from Egypt if it ended soon.",
              "SUPPORT", "EGY", "SAU")
    assert ev.hypothetical and not ev.negated
    assert ev.date is None


def test_received_act_future_is_undated(coder):
    ev = _one(coder, "The Saudi blockade will draw condemnation from Egypt.",
              "ACCUSE", "EGY", "SAU")
    assert ev.future and not ev.hypothetical
    assert ev.date is None


# --- naming a party's act -----------------------------------------------------------------

def test_naming_act_conditional_is_hypothetical(coder):
    ev = _one(coder, "India would call the Pakistani missile test illegal if it went ahead.",
              "ACCUSE", "IND", "PAK")
    assert ev.hypothetical and not ev.negated
    assert ev.date is None


def test_naming_act_in_question_is_no_act(coder):
    assert not _events(coder, "Did India call the Pakistani missile test illegal?", "ACCUSE")


# --- reserved rights --------------------------------------------------------------------

def test_reserved_right_names_its_party(coder):
    ev = _one(coder, "Pakistan has reserved the right to retaliate against India.",
              "THREATEN", "PAK", "IND")
    assert ev.cameo == "138" and not (ev.negated or ev.hypothetical)


def test_reserved_right_falls_back_on_context_party(coder):
    text = ("India closed the border with Pakistan on Monday. Pakistan reserved the right to "
            "respond, its foreign ministry said.")
    ev = _one(coder, text, "THREATEN", "PAK", "IND")
    assert ev.cameo == "138"


def test_reserved_right_in_question_is_no_threat(coder):
    text = "Did Pakistan reserve the right to respond to any attack by India?"
    assert not [e for e in _events(coder, text, "THREATEN") if e.cameo == "138"]


def test_reserved_right_conditional_is_hypothetical(coder):
    text = "Pakistan would reserve the right to retaliate against India if the dam were built."
    ev = _one(coder, text, "THREATEN", "PAK", "IND")
    assert ev.hypothetical and ev.date is None


# --- what a directive asks for is not done ----------------------------------------------

def test_directive_content_is_not_coded_as_done(coder):
    text = "France asked Britain to reserve the right to respond to any attack by Russia."
    assert _events(coder, text, "REQUEST")
    assert not [e for e in _events(coder, text, "THREATEN") if _codes(e.actor) == {"GBR"}]


# --- an act as subject: the speaker refuses it -------------------------------------------

def test_gerund_subject_out_of_the_question_is_refusal(coder):
    text = "Ending the talks is out of the question, the Turkish minister said."
    assert [e for e in _events(coder, text, "REJECT") if _codes(e.actor) == {"TUR"}]


def test_plain_noun_subject_out_of_the_question_is_no_refusal(coder):
    text = "The price is out of the question, the Iranian minister said."
    assert not _events(coder, text, "REJECT")
