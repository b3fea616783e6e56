"""Event types of threats, warrants and crowds: announced protests are threats, an arrest warrant
threatens arrest, crowds pushed back are restricted.

Sentences written for these tests go in; the coded events (or none) come out.
"""

from __future__ import annotations

import pytest


def _events(coder, text: str) -> list:
    return list(coder.code(text).events)


def _codes(actors) -> set[str]:
    return {a.country or a.code or "" for a in actors}


def _types(coder, text: str) -> list[str]:
    return [e.event for e in _events(coder, text)]


def _one(coder, text: str, event: str):
    found = [e for e in _events(coder, text) if e.event == event]
    assert found, f"no {event} in {text!r}: {[(e.event, e.trigger.text) for e in _events(coder, text)]}"
    return found[0]


# -- CAMEO 130/133: a protest announced by its own doers for the future is a threat -------------

@pytest.mark.parametrize("text, actor", [
    ("Polish miners said they would stage protests if the mines were closed.", "POL"),
    ("Kenyan teachers said they will hold a rally outside parliament next week.", "KEN"),
    ("Chilean dockers announced they would go on strike unless wages were raised.", "CHL"),
])
def test_an_announced_own_protest_is_a_threat(coder, text, actor):
    assert _types(coder, text) == ["THREATEN"]
    ev = _one(coder, text, "THREATEN")
    assert ev.cameo == "133" and actor in _codes(ev.actor)


@pytest.mark.parametrize("text", [
    "Polish miners staged protests outside the mines.",
    "Polish miners said they were staging protests outside the mines.",
])
def test_a_protest_under_way_stays_a_protest(coder, text):
    assert _types(coder, text) == ["PROTEST"]


def test_a_threatened_protest_takes_the_dissent_code(coder):
    ev = _one(coder, "Hungarian farmers threatened to stage protests in Budapest.", "THREATEN")
    assert ev.cameo == "133" and ev.mode == "restrict"
    assert _types(coder, "Hungarian farmers threatened to stage protests in Budapest.") == [
        "THREATEN"]


# -- PLOVER THREATEN ambiguities: an arrest warrant threatens arrest -----------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("A Spanish judge issued an arrest warrant for the former Chilean leader.", "ESP", "CHL"),
    ("Peru issued an international arrest warrant for a former Bolivian minister.", "PER", "BOL"),
])
def test_an_arrest_warrant_is_a_threat_to_arrest(coder, text, actor, recipient):
    assert _types(coder, text) == ["THREATEN"]
    ev = _one(coder, text, "THREATEN")
    assert ev.mode == "arrest"
    assert actor in _codes(ev.actor) and recipient in _codes(ev.recipient)


# -- PLOVER ASSAULT ambiguities: crowds pushed back with no weapon named are COERCE ------------

@pytest.mark.parametrize("text", [
    "Egyptian police pushed back protesters outside the parliament.",
    "Kenyan riot police drove back the crowd near the stadium.",
])
def test_a_crowd_pushed_back_is_restricted(coder, text):
    assert _types(coder, text) == ["COERCE"]


def test_a_crowd_dispersed_with_tear_gas_stays_crowd_control(coder):
    ev = _one(coder, "Kenyan police fired tear gas at stone-throwing students in Kisumu.", "ASSAULT")
    assert ev.mode == "crowd-control"


# -- CAMEO 0863: aid vehicles let in are humanitarian access ---------------------------------

def test_aid_trucks_allowed_in_are_access(coder):
    ev = _one(coder, "Egypt allowed aid trucks to enter Gaza.", "RETREAT")
    assert ev.cameo == "0863" and "EGY" in _codes(ev.actor)


# -- an event noun held by a noun of planning is planned, not done ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Syria demanded a timetable for an Israeli withdrawal from Lebanon.", ["REQUEST"]),
    ("Angola and Namibia reached agreement on a timetable for Cuban troop withdrawal.",
     ["AGREE"]),
    ("Iraq accepted a Soviet plan for an Iraqi withdrawal from Kuwait.", ["AGREE"]),
    ("The UN set a deadline for an Iraqi pullout from Kuwait.", ["THREATEN"]),
])
def test_an_event_noun_in_a_plan_is_not_coded(coder, text, expected):
    assert _types(coder, text) == expected


def test_a_completed_withdrawal_is_still_coded(coder):
    ev = _one(coder, "Israel completed its withdrawal from southern Lebanon.", "RETREAT")
    assert "ISR" in _codes(ev.actor)


# -- PLOVER MOBILIZE: armour sent into a territory or to a front is moved, not given as aid ----

@pytest.mark.parametrize("text, actor", [
    ("Israel sent tanks into the Gaza Strip.", "ISR"),
    ("Israel sent tanks to the Lebanese border.", "ISR"),
    ("Russia rushed tanks to the border with Georgia.", "RUS"),
])
def test_armour_sent_to_a_front_is_a_mobilization(coder, text, actor):
    assert _types(coder, text) == ["MOBILIZE"]
    assert actor in _codes(_one(coder, text, "MOBILIZE").actor)


def test_tanks_sent_to_a_country_stay_aid(coder):
    ev = _one(coder, "The United States sent tanks to Ukraine.", "AID")
    assert "UKR" in _codes(ev.recipient)


# -- PLOVER MOBILIZE ambiguities: forces moved in an attack are coded as the attack only ---------

@pytest.mark.parametrize("text", [
    "Iraqi troops massed on the border and invaded Kuwait.",
    "The Zembian army deployed troops in the valley and opened fire on the rebels.",
])
def test_a_mobilization_in_an_attack_is_the_attack(coder, text):
    assert _types(coder, text) == ["ASSAULT"]


def test_a_mobilization_against_another_actors_attack_stays(coder):
    text = "Israel mobilized reservists after Hezbollah fighters attacked an army post."
    assert sorted(_types(coder, text)) == ["ASSAULT", "MOBILIZE"]


def test_forces_sent_after_someone_elses_attack_stay_a_mobilization(coder):
    text = "Kenyan police were deployed to the market after a gunman opened fire on shoppers."
    assert "MOBILIZE" in _types(coder, text)


# -- CAMEO 138: retaliation promised, force announced as a response ----------------------------

@pytest.mark.parametrize("text, actor", [
    ("Iran promised swift retaliation against any Israeli attack.", "IRN"),
    ("Hamas pledged revenge for the killing of its commander.", "PSE"),
    ("Iran said it would respond militarily to an attack on its ships.", "IRN"),
])
def test_promised_force_is_a_threat(coder, text, actor):
    assert _types(coder, text) == ["THREATEN"]
    assert actor in _codes(_one(coder, text, "THREATEN").actor)


def test_a_military_response_carried_out_is_force(coder):
    ev = _one(coder, "Israel responded militarily to the rocket fire from Gaza.", "ASSAULT")
    assert "ISR" in _codes(ev.actor)


def test_a_promised_response_to_a_disaster_is_no_threat(coder):
    assert "THREATEN" not in _types(coder, "The government promised a swift response to the floods.")


# -- an event noun under "any" names no event in particular ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Egypt rejected any foreign military intervention in Libya.", ["REJECT"]),
    ("Russia said it would oppose any NATO attack on Serbia.", ["REJECT"]),
])
def test_any_event_noun_is_not_coded(coder, text, expected):
    assert _types(coder, text) == expected


# -- CAMEO 12: a negated readiness is a refusal, not a negated intent ---------------------------

@pytest.mark.parametrize("text, code, actor, recipient", [
    ("Syria is not prepared to negotiate with Israel.", "125", "SYR", "ISR"),
    ("Iran is not ready to hold talks with Canada.", "125", "IRN", "CAN"),
    ("Japan is not willing to give more aid to Russia.", "122", "JPN", "RUS"),
])
def test_a_negated_readiness_is_a_refusal(coder, text, code, actor, recipient):
    assert _types(coder, text) == ["REJECT"]
    ev = _one(coder, text, "REJECT")
    assert ev.cameo == code and not ev.negated
    assert actor in _codes(ev.actor) and recipient in _codes(ev.recipient)


def test_a_readiness_stays_an_intent(coder):
    assert _types(coder, "Chad is willing to pull its soldiers out of Sudan.") == ["AGREE"]


def test_a_negated_readiness_inside_a_condition_refuses_nothing(coder):
    text = "If Syria is not ready to negotiate, Israel will keep the Golan Heights."
    assert "REJECT" not in _types(coder, text)


@pytest.mark.parametrize("text, expected", [
    ("Israel has no intention to withdraw from the Golan Heights.", "REJECT"),
    ("Israel said it had no intention of withdrawing from the Golan Heights.", "REJECT"),
    ("Israel announced its intention of withdrawing from Gaza.", "AGREE"),
])
def test_an_intention_noun_frames_its_gerund(coder, text, expected):
    assert _types(coder, text) == [expected]
    assert "ISR" in _codes(_one(coder, text, expected).actor)


# -- PLOVER COERCE restrict: a protest kept from happening; other acts prevented are not coded ----

@pytest.mark.parametrize("text", [
    "Police in Nairobi prevented opposition supporters from marching to parliament.",
    "Kenyan police barred opposition supporters from holding a rally in Nairobi.",
])
def test_a_protest_prevented_is_a_restriction(coder, text):
    assert _types(coder, text) == ["COERCE"]
    ev = _one(coder, text, "COERCE")
    assert ev.mode == "restrict" and "KEN" in _codes(ev.actor)


def test_an_attack_prevented_is_not_coded(coder):
    assert _types(coder, "Egypt prevented Hamas from attacking Israel.") == []


# -- CAMEO 080/082: one's own veto, claim, refusal or boycott given up is a concession ----------

@pytest.mark.parametrize("text, actor", [
    ("Greece lifted its veto on EU aid to Turkey.", "GRC"),
    ("Argentina gave up its claim to the Falkland Islands.", "ARG"),
    ("Iraq backed away from its demand for compensation.", "IRQ"),
    ("Israel reversed its refusal to negotiate with the PLO.", "ISR"),
    ("The PLO abandoned its boycott of the talks.", "PSE"),
    ("Britain relaxed its opposition to the single currency.", "GBR"),
])
def test_a_stance_given_up_is_a_concession(coder, text, actor):
    assert _types(coder, text) == ["CONCEDE"]
    assert actor in _codes(_one(coder, text, "CONCEDE").actor)


# -- spellings and light verbs: British -ise forms, "made peace", debts rescheduled --------------

@pytest.mark.parametrize("text, expected, actor", [
    ("Bahrain normalised relations with Israel.", "SUPPORT", "BHR"),
    ("Kenyan unions organised protests against the tax.", "PROTEST", "KEN"),
    ("Israel and Jordan made peace in 1994.", "AGREE", "ISR"),
    ("Western creditors rescheduled Egypt's foreign debt.", "AID", None),
])
def test_spelling_and_light_verb_triggers(coder, text, expected, actor):
    assert _types(coder, text) == [expected]
    if actor:
        assert actor in _codes(_one(coder, text, expected).actor)
