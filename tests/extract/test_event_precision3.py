"""Event precision (3): aims, demanded acts, told-about events and weighed options are no events.

Sentences written for these tests go in; the coded (type, actor, recipient) records come out.
"""

from __future__ import annotations

import pytest


def _records(coder, text: str) -> list[tuple[str, set[str], set[str]]]:
    def codes(actors) -> set[str]:
        return {a.country or a.code or "" for a in actors}

    return [(e.event, codes(e.actor), codes(e.recipient)) for e in coder.code(text).events]


def _types(coder, text: str) -> list[str]:
    return [e.event for e in coder.code(text).events]


# -- an act inside a purpose clause below another event is that event's aim ---------------------

@pytest.mark.parametrize("text, event, actor, recipient", [
    # "to help the army patrol": the patrol is what the trucks are for (CAMEO 07 aid given)
    ("Britain sent twelve armoured trucks to Chad to help the army patrol its northern desert.",
     "AID", "GBR", "TCD"),
    # "to press the rebels into allowing convoys": the access is the pressure's aim (CAMEO 16)
    ("Sudan suspended fuel deliveries to Darfur to press the rebels into allowing aid convoys "
     "through.", "SANCTION", "SDN", None),
])
def test_an_aim_below_another_event_is_not_coded(coder, text, event, actor, recipient):
    records = _records(coder, text)
    assert [r[0] for r in records] == [event], records
    assert actor in records[0][1]
    if recipient is not None:
        assert recipient in records[0][2]


@pytest.mark.parametrize("text, expected", [
    # the protest the dispersal met is going on, not an aim (PLOVER PROTEST is kept)
    ("Kenyan police used tear gas to disperse students protesting fee rises in Nairobi.",
     {"ASSAULT", "PROTEST"}),
    # a finite verb the parser hung on the "to" clause is an act of its own (signing: SUPPORT)
    ("Norway and Chile joined forces in May to adopt a common fisheries policy and signed a "
     "declaration on ocean protection.", {"COOPERATE", "SUPPORT"}),
    # a purpose on a trip that is no event itself: the talks are the event
    ("The Chilean minister flew to Lima to hold talks with Peruvian officials.", {"CONSULT"}),
])
def test_acts_that_are_not_aims_are_kept(coder, text, expected):
    assert set(_types(coder, text)) == expected


# -- "said X must ...": the act demanded is the demand's content (CAMEO 10), not an event --------

@pytest.mark.parametrize("text, speaker, addressee", [
    ("Germany said that the EU must now be ready to mediate talks in Serbia.", "DEU", "IGO"),
    ("Brazil said the United Nations should be ready to send observers to Haiti.", "BRA", None),
])
def test_the_act_inside_a_demand_clause_is_not_coded(coder, text, speaker, addressee):
    records = _records(coder, text)
    assert [r[0] for r in records] == ["REQUEST"], records
    assert speaker in records[0][1]
    if addressee is not None:
        assert any(code.startswith(addressee) for code in records[0][2]), records


# -- an event told about by an account, or linked to another thing, is subject matter ------------

@pytest.mark.parametrize("text, kept", [
    ("A Turkish court fined two reporters for their reporting on the Syrian army's siege of "
     "Aleppo.", "SANCTION"),
    ("Canadian investigators will meet the Prime Minister to discuss files related to the "
     "Ukraine investigation.", "AGREE"),
    ("The Swedish broadcaster aired a documentary about the Chinese crackdown on Uighurs.", None),
])
def test_an_event_as_subject_matter_is_not_coded(coder, text, kept):
    assert _types(coder, text) == ([kept] if kept else [])


def test_an_event_reported_with_its_own_actor_is_still_coded(coder):
    records = _records(coder, "The Syrian army laid siege to Aleppo.")
    assert [r[0] for r in records] == ["COERCE"], records
    assert "SYR" in records[0][1]


# -- an option weighed is CAMEO 014 (no PLOVER type), with a noun as with a clause ---------------

@pytest.mark.parametrize("text", [
    "The EU could consider more aid to Ukraine.",
    "Japan is considering sanctions against Iran.",
    "Canada is weighing new talks with Venezuela.",
])
def test_an_option_weighed_codes_nothing(coder, text):
    assert _types(coder, text) == []


def test_the_option_taken_is_coded(coder):
    records = _records(coder, "Japan imposed sanctions on Iran.")
    assert records == [("SANCTION", {"JPN"}, {"IRN"})]


# -- CAMEO 042 is a visit for a meeting or event: civilians arriving visit no one ---------------

@pytest.mark.parametrize("text, expected", [
    ("Hundreds of Syrian refugees arrived in Greece on Monday.", []),
    ("The Chinese foreign minister arrived in Kenya on Monday.", [("CONSULT", {"CHN"}, {"KEN"})]),
    ("French troops arrived in Mali.", [("MOBILIZE", {"FRA"}, {"MLI"})]),
])
def test_who_arrives_decides_the_event(coder, text, expected):
    assert _records(coder, text) == expected


# -- CAMEO 074 "provide military protection or peacekeeping": a force sent on a peacekeeping
# mission is aid, named on the noun, on the sending verb, or in its "on"/"as" phrase -------------

@pytest.mark.parametrize("text, expected", [
    ("Ghana on Friday announced the deployment of 400 troops to Mali on a peacekeeping mission.",
     ("AID", {"GHA"}, {"MLI"})),
    ("Ghana sent 400 troops to Mali as peacekeepers.", ("AID", {"GHA"}, {"MLI"})),
    ("Ghana sent 400 troops to Mali on Friday.", ("MOBILIZE", {"GHA"}, {"MLI"})),
])
def test_a_peacekeeping_deployment_is_aid(coder, text, expected):
    assert _records(coder, text) == [expected]


# -- an indirect question ("asked what ...", "asked why ...") reports no act, and is no request ---

@pytest.mark.parametrize("text", [
    "Journalists asked the Kenyan minister what she had discussed with the Somali envoy.",
    "Reporters asked the minister why Kenya had sent troops to Somalia.",
])
def test_an_indirect_question_codes_nothing(coder, text):
    assert _types(coder, text) == []


def test_asking_a_party_to_act_is_still_a_request(coder):
    records = _records(coder, "The UN asked Kenya to send troops to Somalia.")
    assert [r[0] for r in records] == ["REQUEST"]
    assert "KEN" in records[0][2]
