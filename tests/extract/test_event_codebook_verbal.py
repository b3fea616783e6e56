"""CAMEO codebook coverage for verbal events (roots 01-05, 09-13, 16), one family at a time.

Sentences written for these tests go in; the PLOVER type (CAMEO2PLOVER, PLOVER manual) comes out,
with no extra type beside it.
"""

from __future__ import annotations

import pytest


def _types(coder, text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for e in coder.code(text).events:
        out.setdefault(e.event, []).append(e)
    return out


def _codes(actors) -> set[str]:
    return {a.country or a.code or "" for a in actors}


@pytest.mark.parametrize("text, event, actor, recipient", [
    # 02 appeals and 10 demands -> REQUEST
    ("France urged Iran to return to the negotiating table.", "REQUEST", "FRA", "IRN"),
    ("Ukraine asked Germany to supply tanks.", "REQUEST", "UKR", "DEU"),
    ("The Greek foreign minister told Turkey to stop the drilling in the Aegean.", "REQUEST",
     "GRC", "TUR"),
    ("Iran has been asked by the IAEA to explain the traces of uranium.", "REQUEST", None, "IRN"),
    ("Tehran insisted that London release the seized oil tanker immediately.", "REQUEST", "IRN",
     "GBR"),
    ("Washington wants Beijing to release the detained Canadians.", "REQUEST", "USA", "CHN"),
    ("Cuba urged the United States to lift the trade embargo.", "REQUEST", "CUB", "USA"),
    ("China called for a ceasefire between Armenia and Azerbaijan.", "REQUEST", "CHN", None),
    ("Washington demanded that Pyongyang return to the talks.", "REQUEST", "USA", "PRK"),
    ("The American envoy said Israel should freeze settlement construction.", "REQUEST", "USA",
     "ISR"),
    # 03 intent to cooperate -> AGREE
    ("Mexico pledged to cooperate with the United States on border security.", "AGREE", "MEX",
     None),
    ("Turkey offered to mediate between Russia and Ukraine.", "AGREE", "TUR", None),
    ("The Algerian foreign minister offered his country's services as a mediator between Mali "
     "and the rebels.", "AGREE", "DZA", None),
    ("Iran promised to release the British sailors.", "AGREE", "IRN", None),
    # 04 consult
    ("The American president spoke by telephone with the Saudi king.", "CONSULT", "USA", "SAU"),
    # 05 diplomatic cooperation -> SUPPORT; apologies -> CONCEDE (PLOVER manual)
    ("The Kenyan president praised Tanzania for its role in the peace talks.", "SUPPORT", "KEN",
     "TZA"),
    ("Sweden recognized the state of Palestine.", "SUPPORT", "SWE", None),
    ("Japan apologized to South Korea for its wartime conduct.", "CONCEDE", "JPN", "KOR"),
    # 09 investigate -> ACCUSE investigate
    ("The United Nations launched an inquiry into alleged torture in Eritrea.", "ACCUSE",
     None, None),
    # 11 disapprove -> ACCUSE
    ("Beijing voiced strong objections to the American arms sale to Taiwan.", "ACCUSE", "CHN",
     "USA"),
    ("The Thai foreign ministry raised objections to the Cambodian plan to list the temple.",
     "ACCUSE", "THA", "KHM"),
    ("Israel accused Iran of arming Hezbollah.", "ACCUSE", "ISR", "IRN"),
    ("Greece lodged a formal complaint with Turkey over the violation of its airspace.", "ACCUSE",
     "GRC", "TUR"),
    # 12 reject
    ("The United States turned down Ukraine's request for fighter jets.", "REJECT", "USA", None),
    ("Pakistan's refusal to hand over the suspects angered India.", "REJECT", "PAK", None),
    ("Washington pulled out of the nuclear deal with Iran.", "REJECT", "USA", "IRN"),
    ("Russia vetoed the Security Council resolution on Syria.", "REJECT", "RUS", None),
    ("Iran refused to release the French tourist.", "REJECT", "IRN", None),
    # 13 threaten
    ("The United States threatened to cut aid to Egypt.", "THREATEN", "USA", "EGY"),
    ("Iran warned Israel against any attack on its nuclear sites.", "THREATEN", "IRN", "ISR"),
    ("The Egyptian opposition threatened to boycott the presidential election.", "THREATEN",
     "EGY", None),
    # 16 reduce relations -> SANCTION
    ("Bolivia broke off diplomatic relations with Israel.", "SANCTION", "BOL", "ISR"),
    ("The Greek Cypriots pulled out of the reunification talks.", "SANCTION", "CYP", None),
    ("Mali ordered the French ambassador to leave the country.", "SANCTION", "MLI", "FRA"),
])
def test_codebook_family_gives_its_type(coder, text, event, actor, recipient):
    found = _types(coder, text)
    assert event in found, f"no {event} in {text!r}: {sorted(found)}"
    assert set(found) == {event}, f"extra types beside {event}: {sorted(found)}"
    ev = found[event][0]
    if actor:
        assert actor in _codes(ev.actor)
    if recipient:
        assert recipient in _codes(ev.recipient)


@pytest.mark.parametrize("text", [
    # 01 public statements have no PLOVER event (CAMEO2PLOVER; PLOVER manual: dropped)
    "The Turkish foreign ministry declined to comment on claims of troop movements near Syria.",
    "A spokesman for the French foreign ministry refused to comment on the arrest.",
    "The Indian prime minister expressed optimism about relations with Pakistan.",
    "The Egyptian foreign minister said he was pessimistic about the chances of a deal.",
    "The German chancellor expressed sympathy for the victims of the floods in Pakistan.",
    "The Pakistani army denied that it had shelled Indian posts.",
])
def test_public_statements_are_no_events(coder, text):
    assert not _types(coder, text)


def test_what_a_directive_asks_for_is_not_done(coder):
    found = _types(coder, "Egypt's foreign minister said Cairo had asked Washington to put "
                          "pressure on Israel to stop the raids.")
    assert set(found) == {"REQUEST"}
    assert "USA" in _codes(found["REQUEST"][0].recipient)


def test_declining_to_comment_is_no_rejection_but_refusing_access_is(coder):
    assert not _types(coder, "A spokesman for the French foreign ministry refused to comment on "
                             "the arrest.")
    assert "REJECT" in _types(coder, "Myanmar refused to give the United Nations investigators "
                                     "access to Rakhine.")


def test_meeting_a_demand_is_no_request(coder):
    found = _types(coder, "Iran met the demand from the IAEA.")
    assert "REQUEST" not in found


def test_orders_at_home_are_no_requests(coder):
    found = _types(coder, "The Nicaraguan government ordered the opposition newspaper to "
                          "suspend publication.")
    assert "REQUEST" not in found


def test_appeals_take_the_appeal_codes(coder):
    ev = _types(coder, "Ukraine asked Germany to supply tanks.")["REQUEST"][0]
    assert ev.cameo.startswith("02")
    ev = _types(coder, "Tehran insisted that London release the tanker.")["REQUEST"][0]
    assert ev.cameo == "1053"


@pytest.mark.parametrize("text, trigger, hypothetical, future", [
    # "would" under a past verb of saying is the reported "will"
    ("Kenya said it would leave the trade pact with Uganda.", "leave", False, True),
    # a condition named in a phrase keeps the act hypothetical
    ("The Cuban envoy said Havana would resume talks with Madrid under certain "
     "conditions.", "resume talks", True, False),
])
def test_reported_would_is_a_future(coder, text, trigger, hypothetical, future):
    evs = [e for e in coder.code(text).events if trigger in e.trigger.text]
    assert evs, [e.trigger.text for e in coder.code(text).events]
    assert (evs[0].hypothetical, evs[0].future) == (hypothetical, future)


def test_a_conditional_threat_is_made(coder):
    ev = _types(coder, "Russia will deploy new missiles if the United States leaves the "
                       "treaty, the Russian president warned.")["THREATEN"][0]
    assert not ev.hypothetical


def test_ultimatums(coder):
    found = _types(coder, "NATO gave Serbia until Saturday to accept the peace plan.")
    assert set(found) == {"THREATEN"}
    assert found["THREATEN"][0].cameo == "139"
    assert "SRB" in _codes(found["THREATEN"][0].recipient)


def test_a_vetoed_text_demands_nothing(coder):
    found = _types(coder, "The United States vetoed a Security Council resolution demanding "
                          "that Israel halt construction in East Jerusalem.")
    assert set(found) == {"REJECT"}


def test_concern_for_someone_is_no_accusation(coder):
    assert not _types(coder, "The Guinean president expressed concern for the Nigerian "
                             "president's health.")


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Myanmar junta came under sharp criticism from Japan for the crackdown.", "ACCUSE",
     "JPN", "MMR"),
    ("The Hungarian government faced criticism from the European Union over the media law.",
     "ACCUSE", "IGOEEC", "HUN"),
    ("The Israeli raid drew strong condemnation from Turkey.", "ACCUSE", "TUR", "ISR"),
    ("The Colombian peace deal won praise from the United States.", "SUPPORT", "USA", "COL"),
    ("The Iranian government met with sharp criticism from France.", "ACCUSE", "FRA", "IRN"),
])
def test_received_acts_come_from_the_from_party(coder, text, event, actor, recipient):
    evs = _types(coder, text).get(event)
    assert evs, _types(coder, text)
    assert actor in _codes(evs[0].actor) and recipient in _codes(evs[0].recipient)
    assert not any(recipient in _codes(e.actor) for e in evs)


@pytest.mark.parametrize("text, recipient", [
    ("The Chinese foreign ministry called the American sanctions illegal.", "USA"),
    ("Egypt described the Ethiopian decision as a violation of international law.", "ETH"),
])
def test_naming_an_act_with_an_accusing_word(coder, text, recipient):
    found = _types(coder, text)
    assert set(found) == {"ACCUSE"}, found
    assert recipient in _codes(found["ACCUSE"][0].recipient)


@pytest.mark.parametrize("text, event, recipient", [
    ("The American president urged Congress to support the Mexican government's reform plan.",
     "SUPPORT", "MEX"),
    ("Ukraine urged other countries to unite against Russia.", "ACCUSE", "RUS"),
    ("Israel called on the world to isolate Iran.", "ACCUSE", "IRN"),
    ("Ukraine urged Germany to support its bid for membership.", "REQUEST", "DEU"),
])
def test_rallying_others_for_or_against_a_third_party(coder, text, event, recipient):
    found = _types(coder, text)
    assert set(found) == {event}, found
    assert recipient in _codes(found[event][0].recipient)


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Estonian president said Russia was behind the hacking of the rail network.", "ACCUSE",
     "EST", "RUS"),
    ("Azerbaijan said the Armenian shelling was an act of aggression.", "ACCUSE", "AZE", "ARM"),
    ("The Japanese prime minister said India was a friend.", "SUPPORT", "JPN", "IND"),
])
def test_what_is_said_of_a_party(coder, text, event, actor, recipient):
    evs = _types(coder, text).get(event)
    assert evs, _types(coder, text)
    assert actor in _codes(evs[0].actor) and recipient in _codes(evs[0].recipient)


def test_a_charge_called_baseless_is_a_denial(coder):
    assert "ACCUSE" not in _types(coder, "The Russian embassy said the accusations by Britain "
                                         "were baseless.")


@pytest.mark.parametrize("text, event, cameo, recipient", [
    # a party's own call for a settlement is intent (CAMEO 027 usage note)
    ("Armenia called for an end to the conflict with Azerbaijan.", "AGREE", "037", "AZE"),
    ("Sudan asked Egypt to mediate in its dispute with Ethiopia.", "AGREE", "038", "EGY"),
    # third parties appeal; a demand for talks stays a demand (CAMEO 106)
    ("China urged Japan to resume talks with South Korea.", "REQUEST", None, "JPN"),
    ("North Korea demanded talks with the United States.", "REQUEST", None, "USA"),
])
def test_calls_for_ones_own_talks_are_intent(coder, text, event, cameo, recipient):
    found = _types(coder, text)
    assert set(found) == {event}, found
    ev = found[event][0]
    assert cameo is None or ev.cameo == cameo
    assert recipient in _codes(ev.recipient)


@pytest.mark.parametrize("text, event", [
    ("The Syrian president vowed not to step down.", "REJECT"),
    ("Turkey pledged not to attack the Kurdish forces in Syria.", "AGREE"),
    ("China said it would not rule out the use of force against Taiwan.", "THREATEN"),
    ("Iran said it reserved the right to respond militarily to any attack by Israel.",
     "THREATEN"),
])
def test_negated_and_reserved_intents(coder, text, event):
    found = _types(coder, text)
    assert set(found) == {event}, found
    assert not found[event][0].negated
