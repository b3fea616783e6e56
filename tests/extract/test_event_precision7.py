"""Event types of readiness, agreed future acts and released captives: forces poised or preparing
to attack show force posture, an act agreed on for the future is the agreement, and prisoners
handed over are released.

Sentences written for these tests go in; the coded events (or none) come out.
"""

from __future__ import annotations

import pytest


def _events(coder, text: str) -> list:
    return list(coder.code(text).events)


def _types(coder, text: str) -> list[str]:
    return [e.event for e in _events(coder, text)]


def _countries(actors) -> set:
    return {a.country for a in actors}


# -- CAMEO 152 "heighten military readiness; be prepared to use force" (PLOVER MOBILIZE) --------

@pytest.mark.parametrize("text", [
    "Tarsian troops were poised to attack the rebel-held town of Velm.",
    "Tarsian troops are preparing to storm the rebel stronghold near Velm.",
    "The Tarsian army is preparing an offensive against the rebels in the north.",
])
def test_readiness_to_attack_is_force_posture(coder, text):
    evs = _events(coder, text)
    assert [(e.event, e.cameo) for e in evs] == [("MOBILIZE", "152")]


@pytest.mark.parametrize("text, event", [
    ("Police in Velm were preparing to arrest the opposition leaders.", "COERCE"),
    ("Kenya is preparing to send food aid to Uganda.", "AGREE"),
])
def test_other_prepared_acts_are_only_planned(coder, text, event):
    evs = _events(coder, text)
    assert [e.event for e in evs] == [event]
    assert evs[0].future


def test_an_attack_made_stays_an_assault(coder):
    assert _types(coder, "Tarsian troops attacked the rebel-held town of Velm.") == ["ASSAULT"]


# -- PLOVER AGREE: "agree to ... or otherwise indicate ... commitment to cooperate" ---------------

@pytest.mark.parametrize("text", [
    "Kenya and Uganda agreed that Kenyan troops would withdraw from Uganda by June.",
    "Kenya and Uganda agreed that Kenyan troops will pull out of the border zone.",
    "Kenya agreed with Uganda that the two sides would hold talks in Nairobi next month.",
])
def test_an_act_agreed_for_the_future_is_the_agreement(coder, text):
    evs = _events(coder, text)
    assert [e.event for e in evs] == ["AGREE"]
    assert not evs[0].future and not evs[0].hypothetical
    assert "KEN" in _countries(evs[0].actor)
    assert "UGA" in _countries(evs[0].recipient)


def test_a_view_agreed_on_frames_no_act(coder):
    assert _types(coder, "Kenya and Uganda agreed that the raid on the border post was a "
                         "crime.") == []


# -- CAMEO 0841 "release persons": captives handed over are released (PLOVER RETREAT release) ----

@pytest.mark.parametrize("text, recipient", [
    ("Uganda handed over 40 Kenyan prisoners of war to the Red Cross.", None),
    ("Uganda handed over 40 prisoners to Kenya on Sunday.", "KEN"),
])
def test_prisoners_handed_over_are_released(coder, text, recipient):
    evs = _events(coder, text)
    assert [(e.event, e.mode) for e in evs] == [("RETREAT", "release")]
    assert "UGA" in _countries(evs[0].actor)
    if recipient:
        assert recipient in _countries(evs[0].recipient)


def test_a_suspect_handed_over_is_extradited(coder):
    assert _types(coder, "Uganda handed over the suspect to Kenya.") == ["COOPERATE"]


# -- CAMEO 080 / PLOVER REQUEST ambiguities: an opposition or demand given up is a concession ----

@pytest.mark.parametrize("text", [
    "Kenya no longer opposes Uganda's membership of the trade union.",
    "Kenya does not oppose Uganda's membership of the trade union any longer.",
    "Kenya no longer demands the return of the disputed islands.",
])
def test_an_opposition_given_up_is_a_concession(coder, text):
    evs = _events(coder, text)
    assert [(e.event, e.cameo) for e in evs] == [("CONCEDE", "080")]
    assert not evs[0].negated


def test_an_opposition_held_stays_a_rejection(coder):
    assert _types(coder, "Kenya opposes Uganda's membership of the trade union.") == ["REJECT"]


def test_support_no_longer_given_is_negated(coder):
    evs = _events(coder, "Kenya no longer supports the Ugandan peace plan.")
    assert [e.event for e in evs] == ["SUPPORT"] and evs[0].negated


# -- PLOVER SANCTION 'withdraw': "one's non-military resources (e.g., aid, observers, diplomats)" --

@pytest.mark.parametrize("text", [
    "Kenya withdrew its military advisers from Uganda.",
    "Moscow pulled out its advisers from Kabul.",
    "Kenya recalled its technical experts from Uganda.",
])
def test_advisers_withdrawn_reduce_relations(coder, text):
    evs = _events(coder, text)
    assert [(e.event, e.mode) for e in evs] == [("SANCTION", "withdraw")]


def test_troops_withdrawn_are_a_retreat(coder):
    assert _types(coder, "Kenya withdrew its troops from Uganda.") == ["RETREAT"]


# -- CAMEO 053 "call on other parties to support the target": only third parties are rallied -----

@pytest.mark.parametrize("text", [
    "Kenya urged Uganda to recognize the new Ugandan constitution.",
    "Kenya called on Uganda to support its own peace plan.",
])
def test_support_asked_of_the_party_itself_is_a_request(coder, text):
    evs = _events(coder, text)
    assert [e.event for e in evs] == ["REQUEST"]
    assert "UGA" in _countries(evs[0].recipient)


@pytest.mark.parametrize("text", [
    "Kenya urged Britain to back the Ugandan peace plan.",
    "Kenya urged the nations of the world on Monday to support Uganda diplomatically.",
])
def test_support_asked_of_third_parties_rallies_it(coder, text):
    evs = _events(coder, text)
    assert [(e.event, e.cameo) for e in evs] == [("SUPPORT", "053")]
    assert "UGA" in _countries(evs[0].recipient)


# -- CAMEO 07 material aid: tranches released and money earmarked for a recipient ---------------

@pytest.mark.parametrize("text", [
    "The IMF released a $50 million tranche to Kenya.",
    "Japan earmarked $10 million for flood relief in Kenya.",
])
def test_money_released_or_earmarked_is_aid(coder, text):
    evs = _events(coder, text)
    assert [e.event for e in evs] == ["AID"]
    assert "KEN" in _countries(evs[0].recipient)
    assert "KEN" not in _countries(evs[0].actor)


# -- a bid to do something is no deed yet --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The rebels made a bid to seize the airport at Velm.",
    "In a bid to end the strike, the Velm government raised wages.",
])
def test_an_act_in_a_bid_is_hypothetical(coder, text):
    evs = _events(coder, text)
    assert evs and all(e.hypothetical for e in evs)


# -- what an act harms or a probe looks into is not an act of the harmer or the prober ----------

@pytest.mark.parametrize("text, kept", [
    ("Uganda's refusal undermined the peace process.", ["REJECT"]),
    ("The shelling of Velm has jeopardized the ceasefire agreement.", []),
    ("Kenya and Uganda launched a joint investigation into the killings.", ["ACCUSE"]),
    ("Kenya opened an inquiry into the killings of three fishermen.", ["ACCUSE"]),
])
def test_an_event_harmed_or_probed_is_not_coded(coder, text, kept):
    assert _types(coder, text) == kept


def test_an_attack_launched_stays(coder):
    assert _types(coder, "Kenya launched an attack on the rebel town.") == ["ASSAULT"]


# -- CAMEO 0813 "ease curfew" (PLOVER manual, CONCEDE: "removing curfews") -----------------------

@pytest.mark.parametrize("text", [
    "The Kenyan army shortened the curfew in Mombasa.",
    "The Kenyan army relaxed the curfew in Mombasa by two hours.",
    "Kenyan authorities reduced curfew hours in Mombasa.",
])
def test_a_curfew_eased_is_a_concession(coder, text):
    evs = _events(coder, text)
    assert [(e.event, e.cameo) for e in evs] == [("CONCEDE", "081")]


def test_a_curfew_extended_is_coercion(coder):
    assert _types(coder, "The Kenyan army extended the curfew in Mombasa.") == ["COERCE"]


# -- CAMEO 081 "relax or remove all administrative non-force sanctions and penalties" ------------

@pytest.mark.parametrize("text", [
    "Kenya cancelled the deportation of 300 Ugandan migrants.",
    "Kenya revoked the ban on the opposition newspaper.",
    "Kenya rescinded the curfew in Mombasa.",
    "Kenya scrapped the planned deportation of Ugandan workers.",
])
def test_a_coercive_measure_called_off_is_eased(coder, text):
    evs = _events(coder, text)
    assert [(e.event, e.cameo) for e in evs] == [("CONCEDE", "081")]


@pytest.mark.parametrize("text, event", [
    ("Kenya cancelled the summit with Uganda.", "REJECT"),
    ("Kenya revoked the licence of the opposition newspaper.", "COERCE"),
])
def test_a_meeting_cancelled_or_a_licence_revoked_is_no_concession(coder, text, event):
    assert _types(coder, text) == [event]


# -- PLOVER COERCE 'restrict' / CAMEO 172: protests kept from happening, bans and forbidding ------

@pytest.mark.parametrize("text", [
    "Kenyan police blocked an opposition march in Nairobi.",
    "Kenyan police barred an opposition rally in Nairobi.",
    "The Kenyan government forbade demonstrations in the capital.",
])
def test_a_protest_kept_from_happening_is_restricted(coder, text):
    evs = _events(coder, text)
    assert [(e.event, e.cameo) for e in evs] == [("COERCE", "172")]


@pytest.mark.parametrize("text, event", [
    ("Kenyan troops blocked aid deliveries to the north.", []),
    ("Kenyan protesters blocked the main road to the airport.", ["PROTEST"]),
    ("The Kenyan government prohibited the import of Ugandan sugar.", ["SANCTION"]),
    ("Kenyan police broke up the strike at the port.", ["ASSAULT"]),
])
def test_other_blocked_or_prohibited_acts(coder, text, event):
    assert _types(coder, text) == event


# -- CAMEO 161 / 162: diplomats pulled out and flights halted reduce relations --------------------

@pytest.mark.parametrize("text, cameo", [
    ("Kenya pulled out its diplomats from Uganda, officials said.", "161"),
    ("Kenya pulled its ambassador out of Kampala.", "161"),
    ("Kenya halted flights to Uganda.", "162"),
])
def test_diplomats_pulled_out_and_links_halted_are_sanctions(coder, text, cameo):
    evs = _events(coder, text)
    assert [(e.event, e.cameo) for e in evs] == [("SANCTION", cameo)]
    assert "UGA" in _countries(evs[0].recipient)


# -- CAMEO 173 "arrest, detain": persons taken into custody ---------------------------------------

@pytest.mark.parametrize("text", [
    "Kenyan soldiers took 30 Ugandan fishermen into custody.",
    "Kenyan police took the opposition leader into custody.",
])
def test_persons_taken_into_custody_are_detained(coder, text):
    evs = _events(coder, text)
    assert [(e.event, e.mode) for e in evs] == [("COERCE", "arrest")]


def test_taking_over_an_office_seizes_nothing(coder):
    assert _types(coder, "Kenya took over as chair of the regional bloc.") == []


# -- an act vowed or pledged: a hostile act is a threat (CAMEO 138), a cooperative one intent (03) -

@pytest.mark.parametrize("text, event, cameo", [
    ("The rebels vowed more attacks on Kenyan targets.", "THREATEN", "138"),
    ("The rebels promised new attacks against Kenya.", "THREATEN", "138"),
    ("Japan pledged military assistance to Kenya.", "AGREE", "033"),
    ("Kenya promised talks with the rebels.", "AGREE", "036"),
])
def test_an_act_vowed_is_a_threat_or_an_intent(coder, text, event, cameo):
    evs = _events(coder, text)
    assert [(e.event, e.cameo) for e in evs] == [(event, cameo)]
