"""Event precision (2): events named only as the circumstance or the cause of the act a sentence
reports are not coded beside it.

Sentences written for these tests go in; the coded (type, actor, recipient) records come out.
"""

from __future__ import annotations

import pytest


def _records(coder, text: str) -> set[tuple[str, str, str]]:
    """(type, first actor's country or code, first recipient's country or code) per event."""
    out = set()
    for e in coder.code(text).events:
        actor = (e.actor[0].country or e.actor[0].code or "") if e.actor else "-"
        recipient = (e.recipient[0].country or e.recipient[0].code or "") if e.recipient else "-"
        out.add((e.event, actor, recipient))
    return out


# -- "at the request of", "at the invitation of": on whose word the act was done ------------------

@pytest.mark.parametrize("text, expected", [
    ("Canada trains Ghanaian pilots at the request of the Ghanaian government.",
     {("AID", "CAN", "GHA")}),
    ("Kenya sent troops to Somalia at the invitation of its president.",
     {("MOBILIZE", "KEN", "SOM")}),
    # an appeal made is still coded
    ("Ghana asked Togo for help at the meeting.", {("REQUEST", "GHA", "TGO")}),
])
def test_an_appeal_under_at_is_the_acts_circumstance(coder, text, expected):
    assert _records(coder, text) == expected


# -- the act a reaction answers ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("France cut aid to Mali in response to its raid on Niger.",
     {("SANCTION", "FRA", "MLI")}),
    ("Japan expelled two Chinese diplomats in retaliation for the arrest of its consul.",
     {("SANCTION", "JPN", "CHN")}),
    ("The Japanese parliament voted to retaliate for China vetoing the motion.",
     {("ASSAULT", "JPN", "CHN")}),
])
def test_the_act_a_reaction_answers_is_not_coded_again(coder, text, expected):
    assert _records(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Reacting to the UN sanctions, the Iranian president said they would hurt trade.",
])
def test_no_sanction_from_what_a_statement_reacts_to(coder, text):
    assert not any(ev == "SANCTION" for ev, _, _ in _records(coder, text))


def test_a_stimulus_nothing_coded_reacts_to_is_the_news(coder):
    # a curfew that "came in response to" the release is no coded event: the release is coded
    assert _records(coder, "The curfew came in response to the Ugandan army's release of 40 "
                           "rebel fighters.") == {("RETREAT", "UGA", "UGA")}


# -- grounds, pending conditions and acts avoided: no act reported ------------------------------

@pytest.mark.parametrize("text, expected", [
    # a ground alleged for an act is no act (calling it a pretext is the accusation)
    ("Moscow said the charge was only a pretext for Washington to quit the arms pact.",
     {("ACCUSE", "RUS", "USA")}),
    # "until"/"before" with no past tense: a condition still to be met
    ("Kenyan nurses will stay at home until the hospital has met their pay demands.", set()),
    ("Kenyan nurses said they would stay off work until their pay demands are met.", set()),
    ("The Ghanaian president said Togo must free the prisoners before he would support lifting "
     "sanctions.", {("REQUEST", "GHA", "TGO")}),
    # an attack fled from or avoided did not take place
    ("Families fled the valley to avoid a military attack.", set()),
    # ... while a past one under "until" or "after" did
    ("The rebels kept fighting until the army was forced to withdraw from the valley.",
     {("ASSAULT", "REB", "-"), ("RETREAT", "MIL", "-")}),
    ("The miners went back to work after the company had met their demands.",
     {("CONCEDE", "BUS", "-")}),
])
def test_grounds_conditions_and_avoided_acts_are_not_coded(coder, text, expected):
    assert _records(coder, text) == expected


# -- verb senses that are not the CAMEO act -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a conviction appealed in court is a legal step, not an appeal to a party (CAMEO 02)
    ("The former Argentine minister appealed the verdict in March.", set()),
    # rules "met" are satisfied: no meeting (CAMEO 04)
    ("Vietnam said its new export scheme was meeting global rules.", set()),
    # figures that "back up" a claim corroborate it: no support of a party (CAMEO 05)
    ("Figures from the Kenyan police do not back up the claim by the opposition.", set()),
    # justice fought for is no armed fight (PLOVER ASSAULT is the use of force) ...
    ("The families are fighting for justice for their sons in Ghana.", set()),
    # ... while control of a town fought for is
    ("Kenyan troops fought for control of the town.", {("ASSAULT", "KEN", "KEN")}),
])
def test_senses_that_are_not_the_cameo_act(coder, text, expected):
    assert _records(coder, text) == expected


# -- fighting given up, devices made safe, attackers named --------------------------------------

@pytest.mark.parametrize("text, expected", [
    # fighting given up is fighting ended (CAMEO 087), not fighting done
    ("The rebel group abandoned its armed struggle in 2003.", {("RETREAT", "REB", "-")}),
    # a bomb defused or found went off at no one
    ("Police defused a car bomb near the embassy in Nairobi.", set()),
    ("Police found a car bomb outside the hotel.", set()),
    # an attacker named is a person, not an attack ...
    ("A suicide bomber was identified by police as a 20-year-old student.", set()),
    # ... whose attack is coded from its verb
    ("A suicide bomber killed 12 soldiers at a checkpoint in Somalia.",
     {("ASSAULT", "SOM", "SOM")}),
])
def test_fighting_given_up_and_devices_made_safe(coder, text, expected):
    assert _records(coder, text) == expected


# -- "press" and "seek" in senses that make no appeal -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # an offensive pressed is carried on (CAMEO 190); its aim is no content of a demand
    ("Kenyan troops pressed their offensive to recapture the port from the militants.",
     {("ASSAULT", "KEN", "KEN")}),
    # a driver sought by police is hunted, bids sought are a business search
    ("Police in Kenya are seeking the driver of the car.", set()),
    ("The Ghanaian ministry is seeking bids for the new airport.", set()),
    # an appeal for talks or help is still one (CAMEO 02)
    ("Kenya sought talks with Somalia.", {("REQUEST", "KEN", "SOM")}),
    ("Germany urged Iran to release the sailors.", {("REQUEST", "DEU", "IRN")}),
])
def test_press_and_seek_senses(coder, text, expected):
    assert _records(coder, text) == expected
