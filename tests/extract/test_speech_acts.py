"""Speech acts: what is said can itself be an act by the speaker (accuse, demand, threaten ...).

Sentences written for these tests go in; the events coded from statements come out.
"""

from __future__ import annotations

import pytest


def _events(coder, text: str, event: str | None = None) -> list:
    doc = coder.code(text)
    return [e for e in doc.events if event is None or e.event == event]


def _codes(actors) -> set[str]:
    return {a.country or a.code or "" for a in actors}


def _one(coder, text: str, event: str):
    found = _events(coder, text, event)
    assert found, f"no {event} in {text!r}: {[(e.event, e.trigger.text) for e in _events(coder, text)]}"
    return found[0]


@pytest.mark.parametrize("text, event, actor, recipient", [
    ('"Iran is lying," the Israeli prime minister said.', "ACCUSE", "ISR", "IRN"),
    ("The Ukrainian ministry said the Russian strikes were a flagrant violation of "
     "international law.", "ACCUSE", "UKR", "RUS"),
    ("The Chinese premier says the allegation is a pretext for Japan to quit the agreement.",
     "ACCUSE", "CHN", "JPN"),
    ("Moscow's actions are provocative and irresponsible, the British foreign secretary said.",
     "ACCUSE", "GBR", "RUS"),
    ('"It is vital that China work with Vietnam," the British envoy said.',
     "REQUEST", "GBR", "CHN"),
    ('"Stop the shelling now," the UN chief told Israel.', "REQUEST", "IGOUNO", "ISR"),
    ('"We appreciate Japan\'s help," the Philippine president said.', "SUPPORT", "PHL", "JPN"),
    ("The Peruvian government says Bolivia has been in violation of the border treaty.",
     "ACCUSE", "PER", "BOL"),
    ('Brazil has said it is "reckless" of the Argentine president to doubt its promises.',
     "ACCUSE", "BRA", "ARG"),
    ('"Syria will be held responsible for any assault on our consulate," the French '
     "president wrote.", "ACCUSE", "FRA", "SYR"),
    ("The Saudi foreign minister said Qatar had ten days to meet the demands.", "THREATEN",
     "SAU", "QAT"),
    ('The Turkish defence minister said that if the drones reach Iraq, "we will know what '
     'to do."', "THREATEN", "TUR", "IRQ"),
])
def test_content_is_an_act_by_the_speaker(coder, text, event, actor, recipient):
    ev = _one(coder, text, event)
    assert actor in _codes(ev.actor)
    assert recipient in _codes(ev.recipient)
    assert ev.reported_by is None          # the speaker acts; nobody reports it


def test_refusal_without_a_party_keeps_the_speaker(coder):
    ev = _one(coder, "The Chinese spokesman said Beijing would never accept the arbitration "
                     "ruling.", "REJECT")
    assert "CHN" in _codes(ev.actor)


def test_refusal_answers_the_earlier_criticism(coder):
    text = ("The Iranian deputy foreign minister said Tehran is not going to abandon the "
            "accord despite French criticism. \"We see no reason to alter our stance,\" "
            "he added.")
    rejections = _events(coder, text, "REJECT")
    late = [e for e in rejections if e.sentence == 1]
    assert late and "FRA" in _codes(late[0].recipient)


@pytest.mark.parametrize("text", [
    # a belief is the holder's view, not an act toward anyone
    "Officials in Washington believe Iran is lying about its nuclear programme.",
    # denied, asked and conditional cues
    "The Kenyan spokeswoman said Somali troops did nothing to violate Kenyan law.",
    "The Greek foreign minister asked whether Turkey would violate the treaty.",
    # a labelling noun that only names whom an act concerns
    "Nigeria's army said it had killed several Boko Haram terrorists in the forest.",
    # condemnation with no doer named: the victims are not accused
    "The Australian military said the attacks on civilians were abhorrent.",
    # an accusing noun as the object of an inquiry names no violator
    "The Dutch minister said he asked the United Nations to investigate human rights "
    "violations.",
])
def test_no_accusation(coder, text):
    assert not _events(coder, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    '"Egypt should have closed the border," the Israeli minister said.',     # a reproach
    '"Why should Iran be punished?" the Russian envoy asked.',               # a question
    "The Russian president said he had to protect ethnic Russians in Ukraine.",  # past need
    "The Indian minister said no country should interfere in Kashmir.",  # asks nobody
])
def test_no_demand(coder, text):
    assert not [e for e in _events(coder, text, "REQUEST") if e.confidence < 0.5]


def test_reported_event_is_not_doubled(coder):
    events = _events(coder, "The Syrian army said Israeli jets struck a military base near "
                            "Damascus.")
    assaults = [e for e in events if e.event == "ASSAULT"]
    assert len(assaults) == 1 and "ISR" in _codes(assaults[0].actor)
    assert assaults[0].reported_by is not None and assaults[0].reported_by.country == "SYR"
    assert not [e for e in events if e.event == "ACCUSE"]


def test_one_accusation_per_sentence_and_speaker(coder):
    events = _events(coder, "Netanyahu said Iran violated the nuclear deal and lied about "
                            "its programme.", "ACCUSE")
    assert len(events) == 1 and "IRN" in _codes(events[0].recipient)


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The South African government strongly refuted the American president's comments on "
     "land reform.", "ACCUSE", "ZAF", "USA"),
    ("Turkey's president hit out at Germany over the arrests.", "ACCUSE", "TUR", "DEU"),
    ("The Egyptian president paid tribute to Saudi Arabia for its support.", "SUPPORT", "EGY",
     "SAU"),
])
def test_speech_act_verbs(coder, text, event, actor, recipient):
    ev = _one(coder, text, event)
    assert actor in _codes(ev.actor) and recipient in _codes(ev.recipient)


def test_demanded_act_is_the_demand_not_an_event(coder):
    events = _events(coder, '"It is essential that Iran release the sailors," the British '
                            "minister said.")
    requests = [e for e in events if e.event == "REQUEST"]
    assert requests and requests[0].cameo == "1053"          # demand release of persons
    assert "GBR" in _codes(requests[0].actor) and "IRN" in _codes(requests[0].recipient)
    assert not [e for e in events if e.event == "RETREAT"]


def test_demand_takes_the_codebook_sub_code(coder):
    ev = _one(coder, '"Stop the shelling now," the UN chief told Israel.', "REQUEST")
    assert ev.cameo == "1056"                                  # demand de-escalation
