"""Event types across the PLOVER categories in wire-style phrasing (sentences written for these tests).

Each sentence names its actor and recipient with countries the fake resolver of test_events knows.
"""

from __future__ import annotations

import pytest
from test_events import code, find, has, one

TYPED = [
    # THREATEN
    ("Iran threatened to cut off oil exports to Japan.", "THREATEN", "IRN", "JPN"),
    ("Russia threatened Ukraine with military action.", "THREATEN", "RUS", "UKR"),
    ("China warned Japan that it would retaliate.", "THREATEN", "CHN", "JPN"),
    ("Pakistan gave India an ultimatum to withdraw its troops.", "THREATEN", "PAK", "IND"),
    ("Egypt threatened to halt negotiations with Israel.", "THREATEN", "EGY", "ISR"),
    ("Turkey threatened to impose sanctions on Iraq.", "THREATEN", "TUR", "IRQ"),
    ("Serbia said Belgrade would use force against Kosovo unless the blockade ended.", "THREATEN",
     "SRB", "XKX"),
    # ACCUSE
    ("Israel accused Iran of arming militants.", "ACCUSE", "ISR", "IRN"),
    ("Germany blamed Russia for the cyber attack.", "ACCUSE", "DEU", "RUS"),
    ("Kenya complained to Somalia about border incursions.", "ACCUSE", "KEN", "SOM"),
    ("Venezuela denounced Colombia's decision.", "ACCUSE", "VEN", "COL"),
    ("Nigeria filed a lawsuit against Cameroon.", "ACCUSE", "NGA", "CMR"),
    ("France launched an investigation into Syrian officials.", "ACCUSE", "FRA", "SYR"),
    ("Japan protested to China over the detention of its citizens.", "ACCUSE", "JPN", "CHN"),
    # CONSULT
    ("The Chinese foreign minister met his Indian counterpart in Beijing.", "CONSULT", "CHN",
     None),
    ("Egypt held talks with Ethiopia on the dam dispute.", "CONSULT", "EGY", "ETH"),
    ("The German chancellor telephoned the French president.", "CONSULT", "DEU", "FRA"),
    ("Turkey hosted the Iraqi prime minister.", "CONSULT", "TUR", "IRQ"),
    ("Mexico and Canada discussed trade.", "CONSULT", "MEX", "CAN"),
    ("The Polish president visited Ukraine on Monday.", "CONSULT", "POL", "UKR"),
    # SUPPORT
    ("Brazil endorsed the Chilean plan.", "SUPPORT", "BRA", "CHL"),
    ("Sweden welcomed Norway's decision.", "SUPPORT", "SWE", "NOR"),
    ("Jordan expressed support for Egypt.", "SUPPORT", "JOR", "EGY"),
    ("India defended Russia at the United Nations.", "SUPPORT", "IND", "RUS"),
    ("Cuba signed a trade agreement with Vietnam.", "SUPPORT", "CUB", "VNM"),
    # CONCEDE
    ("Iran eased restrictions on French journalists.", "CONCEDE", "IRN", "FRA"),
    ("Syria acceded to Lebanese demands.", "CONCEDE", "SYR", "LBN"),
    ("Ethiopia granted amnesty to Somali fighters.", "CONCEDE", "ETH", "SOM"),
    ("Serbia accepted the Kosovo demands.", "CONCEDE", "SRB", "XKX"),
    # REJECT
    ("Israel rejected the Egyptian proposal.", "REJECT", "ISR", "EGY"),
    ("China turned down the Japanese request.", "REJECT", "CHN", "JPN"),
    ("Russia vetoed the French resolution.", "REJECT", "RUS", "FRA"),
    ("Pakistan refused to hand over the suspects to India.", "REJECT", "PAK", "IND"),
    ("Iraq will not lift the ban on Iranian flights.", "REJECT", "IRQ", "IRN"),
    # AGREE
    ("Kenya agreed to send troops to Somalia.", "AGREE", "KEN", "SOM"),
    ("Japan offered to provide aid to the Philippines.", "AGREE", "JPN", "PHL"),
    ("Norway promised to help Poland.", "AGREE", "NOR", "POL"),
    ("India is ready to negotiate with Pakistan.", "AGREE", "IND", "PAK"),
    ("Germany will host French leaders next week.", "AGREE", "DEU", "FRA"),
    # REQUEST
    ("The United States asked China to release the detained sailors.", "REQUEST", "USA", "CHN"),
    ("France appealed to Iran for calm.", "REQUEST", "FRA", "IRN"),
    ("Ukraine called for talks with Russia.", "REQUEST", "UKR", "RUS"),
    ("Mali requested French military assistance.", "REQUEST", "MLI", "FRA"),
    # COOPERATE / AID
    ("Japan and India agreed to share intelligence.", "AGREE", "JPN", "IND"),
    ("Pakistani officials shared intelligence with Afghanistan.", "COOPERATE", "PAK", "AFG"),
    ("Saudi Arabia provided a loan to Egypt.", "AID", "SAU", "EGY"),
    ("Germany sent humanitarian aid to Syria.", "AID", "DEU", "SYR"),
    # RETREAT
    ("Israel pulled its troops out of Lebanon.", "RETREAT", "ISR", "LBN"),
    ("Ethiopia released Kenyan prisoners.", "RETREAT", "ETH", "KEN"),
    ("Azerbaijan declared a ceasefire with Armenia.", "RETREAT", "AZE", "ARM"),
    # SANCTION / COERCE / ASSAULT / MOBILIZE / PROTEST
    ("Canada severed diplomatic ties with Iran.", "SANCTION", "CAN", "IRN"),
    ("Russia cut off gas supplies to Ukraine.", "COERCE", "RUS", "UKR"),
    ("China detained two Canadian citizens.", "COERCE", "CHN", "CAN"),
    ("Turkey deported Syrian refugees.", "COERCE", "TUR", "SYR"),
    ("Indian police raided the offices of a Pakistani charity.", "COERCE", "IND", "PAK"),
    ("Syrian rebels ambushed an Iraqi convoy.", "ASSAULT", "SYR", "IRQ"),
    ("Pakistani troops clashed with Indian soldiers.", "ASSAULT", "PAK", "IND"),
    ("North Korea test-fired a missile.", "MOBILIZE", "PRK", None),
    ("Iranian protesters stormed the Saudi embassy.", "ASSAULT", "IRN", "SAU"),
    ("Ukrainian workers went on strike against the government.", "PROTEST", "UKR", None),
    # object modifiers and targets change the event
    ("Thai and Cambodian troops held joint exercises.", "COOPERATE", "THA", None),
    ("Iraqi forces used chemical weapons against Iranian troops.", "ASSAULT", "IRQ", "IRN"),
    ("North Korea fired missiles at Japan.", "ASSAULT", "PRK", "JPN"),
    ("China put its troops on high alert along the Indian border.", "MOBILIZE", "CHN", None),
    ("Germany will give Poland 500 million euros in aid.", "AGREE", "DEU", "POL"),
]


def test_demand_to_stop_is_not_negated(nlp):
    events = code(nlp, "Pakistan demanded that India stop supporting the rebels.")
    e = find(events, "REQUEST", "PAK", "IND")
    assert e is not None and not e.negated


def test_chemical_weapons_code(nlp):
    e = find(code(nlp, "Iraqi forces used chemical weapons against Iranian troops."), "ASSAULT")
    assert e.cameo == "2041" and e.mode == "unconventional"


@pytest.mark.parametrize("text,event,actor,recipient", TYPED)
def test_typed_events(nlp, text, event, actor, recipient):
    events = code(nlp, text)
    assert find(events, event, actor, recipient) is not None, [
        (e.event, e.cameo, e.trigger.text, [a.country for a in e.actor],
         [a.country for a in e.recipient]) for e in events]


# -- lexicon coverage and precedence rules added for unseen phrasing ----------------------------
COVERAGE = [
    # phrasal verbs and light verbs
    ("Russia called up thousands of reservists near Ukraine.", "MOBILIZE", "RUS", None),
    ("China moved tanks toward the border with Vietnam.", "MOBILIZE", "CHN", None),
    ("Iran dispatched warships to the Gulf.", "MOBILIZE", "IRN", None),
    ("The Egyptian government backed down on its plan to tax Kenyan traders.", "CONCEDE", "EGY",
     None),
    ("The Pakistani government relaxed restrictions on Indian journalists.", "CONCEDE", "PAK",
     "IND"),
    ("The Kenyan government met the demands of striking Ethiopian workers.", "CONCEDE", "KEN",
     None),
    ("Turkey blocked a French proposal to send troops to Syria.", "REJECT", "TUR", "FRA"),
    ("Venezuela renounced its treaty with Colombia.", "REJECT", "VEN", "COL"),
    ("Israel voiced opposition to the Egyptian plan.", "REJECT", "ISR", "EGY"),
    ("The United States slapped sanctions on Iranian banks.", "SANCTION", "USA", "IRN"),
    ("Germany suspended loans to Serbia.", "SANCTION", "DEU", "SRB"),
    ("China reaffirmed its support for Pakistan.", "SUPPORT", "CHN", "PAK"),
    ("The Turkish president received the Iraqi prime minister in Ankara.", "CONSULT", "TUR",
     "IRQ"),
    ("Japan airlifted food to Philippines.", "AID", "JPN", "PHL"),
    ("Norway provided Ethiopia with water pumps.", "AID", "NOR", "ETH"),
    ("Indian students staged a hunger strike in front of the Pakistani embassy.", "PROTEST",
     "IND", None),
    # stopping a hostile act is de-escalation, and an agreement to stop it is intent to yield
    ("Ethiopia agreed to stop fighting in Somalia.", "AGREE", "ETH", None),
    ("Israel stopped shelling Lebanese villages.", "RETREAT", "ISR", "LBN"),
    # a frame noun's complement is its content
    ("Egypt renewed its appeal to Israel to end the war.", "REQUEST", "EGY", "ISR"),
    ("Syria ignored a Turkish demand to expel the Kurdish leader.", "REJECT", "SYR", "TUR"),
    ("North Korea declined an invitation from South Korea to attend the talks.", "REJECT", "PRK",
     "KOR"),
    ("Iran warned Israel against attacking its nuclear facilities.", "THREATEN", "IRN", "ISR"),
    ("Pakistan expressed willingness to hold talks with India.", "AGREE", "PAK", "IND"),
    ("The Kremlin vowed to crush the rebellion in Ukraine.", "THREATEN", "RUS", None),
    ("China gave Vietnam 48 hours to withdraw its troops.", "THREATEN", "CHN", "VNM"),
    ("Jordan evacuated wounded Iraqi civilians to its hospitals.", "AID", "JOR", "IRQ"),
    ("Israel charged Syria with supporting terrorism.", "ACCUSE", "ISR", "SYR"),
    ("Egypt reduced its diplomatic representation in Iraq.", "SANCTION", "EGY", "IRQ"),
    ("Syrian rebels seized hostages at a Turkish border post.", "ASSAULT", "SYR", None),
    ("The Iranian government placed the French journalist under house arrest.", "COERCE", "IRN",
     "FRA"),
    ("Kenyan opposition parties called a general strike to protest the election results.",
     "PROTEST", "KEN", None),
    ("Ethiopia disbanded its militia units.", "RETREAT", "ETH", None),
    ("Turkey boycotted the summit in Egypt.", "PROTEST", "TUR", "EGY"),
    ("The Egyptian government abolished the ban on Iranian films.", "CONCEDE", "EGY", None),
    ("Egypt voted in favor of the French resolution.", "SUPPORT", "EGY", "FRA"),
    ("Germany approved the Polish request for membership.", "SUPPORT", "DEU", "POL"),
    ("The United States halted arms sales to Pakistan.", "SANCTION", "USA", "PAK"),
    ("Canada withdrew trade preferences from Vietnam.", "SANCTION", "CAN", "VNM"),
    ("Egypt and Israel came to terms on the border crossing.", "AGREE", "EGY", "ISR"),
    ("Iran and Iraq hammered out a deal on prisoners.", "AGREE", "IRN", "IRQ"),
    ("Peru and Chile settled their maritime dispute.", "AGREE", "PER", "CHL"),
    ("Israel and Jordan resumed diplomatic relations.", "SUPPORT", "ISR", "JOR"),
    ("Germany trained Iraqi soldiers.", "AID", "DEU", "IRQ"),
    ("Japan and India launched a joint venture to build a railway.", "COOPERATE", "JPN", None),
    ("The United States ordered two aircraft carriers to Iran.", "MOBILIZE", "USA", None),
    ("France issued a call to Iran to free the hostages.", "REQUEST", "FRA", "IRN"),
    ("Israel held Syria responsible for the attack.", "ACCUSE", "ISR", "SYR"),
    ("Egypt expressed its dissatisfaction with the Israeli decision.", "ACCUSE", "EGY", "ISR"),
]


def test_fighting_crime_or_terrorism_is_no_assault(nlp):
    events = code(nlp, "Egypt and Kenya signed an agreement to cooperate in fighting terrorism.")
    assert all(e.event != "ASSAULT" for e in events)


@pytest.mark.parametrize("text,event,actor,recipient", COVERAGE)
def test_coverage(nlp, text, event, actor, recipient):
    events = code(nlp, text)
    assert find(events, event, actor, recipient) is not None, [
        (e.event, e.cameo, e.trigger.text, [a.country for a in e.actor],
         [a.country for a in e.recipient]) for e in events]


ONLY = [
    # one event: the content of an allegation, a condition, a defied demand, a warning
    ("Iran accused Iraq of violating the ceasefire by shelling its border towns.", "ACCUSE"),
    ("Iraq complained to Egypt that Turkish jets bombed its territory.", "ACCUSE"),
    ("Iran threatened to close its airspace if the United States imposed sanctions.",
     "THREATEN"),
    ("Iran refused to suspend enrichment despite French demands.", "REJECT"),
    ("Iran warned Israel against attacking its nuclear facilities.", "THREATEN"),
    ("North Korea declined an invitation from South Korea to attend the talks.", "REJECT"),
    ("Ethiopia agreed to stop fighting in Somalia.", "AGREE"),
    ("Israel charged Syria with supporting terrorism.", "ACCUSE"),
    ("Pakistan expressed willingness to hold talks with India.", "AGREE"),
    ("Kenyan opposition parties called a general strike to protest the election results.",
     "PROTEST"),
    ("The Colombian guerrillas agreed to give up their weapons and end the rebellion.", "AGREE"),
    ("Egypt condemned the Syrian troops who attacked the border town.", "ACCUSE"),
    ("Egypt condemned Syrian troops shelling the border town.", "ACCUSE"),
    ("Germany approved the Polish request for membership.", "SUPPORT"),
    ("Turkey boycotted the summit in Egypt.", "PROTEST"),
]


def test_undergone_event_noun_is_not_the_subjects_act(nlp):
    events = code(nlp, "Vietnam must withdraw its troops or face military action from China.")
    assert not has(events, "ASSAULT", "VNM")


def test_announced_release_is_intent_to_yield(coder):
    doc = coder.code("Iran said on Monday that it would release the British sailors.",
                     "2024-05-15")
    e = one(doc.events, "AGREE")
    assert e.cameo == "035"


def test_scheduled_release_stays_a_release(coder):
    doc = coder.code("Iran is set to release the British sailors.", "2024-05-15")
    assert has(doc.events, "RETREAT", future=True)


@pytest.mark.parametrize("text,event", ONLY)
def test_single_event_type(nlp, text, event):
    types = {e.event for e in code(nlp, text)}
    assert types == {event}, types


def test_stopped_fighting_codes_deescalation(nlp):
    e = find(code(nlp, "Israel stopped shelling Lebanese villages."), "RETREAT", "ISR")
    assert e.cameo == "087" and not e.negated


def test_stopped_criticising_is_negated_not_a_retreat(nlp):
    events = code(nlp, "Russia stopped criticizing Ukraine.")
    assert all(e.event != "RETREAT" for e in events)


def test_appeal_complement_refines_code(nlp):
    e = find(code(nlp, "Egypt renewed its appeal to Israel to end the war."), "REQUEST", "EGY")
    assert e.cameo == "025"          # CAMEO: an appeal to yield (02), not a demand (10)


def test_military_raid_is_an_attack_police_raid_a_search(coder):
    mil = coder.code("Iraqi warplanes raided Iranian oil installations.", "2024-05-15")
    cop = coder.code("Indian police raided the offices of a Pakistani charity.", "2024-05-15")
    assert has(mil.events, "ASSAULT")
    assert has(cop.events, "COERCE")


def test_a_people_protesting_is_a_protest_a_state_protesting_an_accusation(coder):
    people = coder.code("Palestinians protested against the Israeli raid.", "2024-05-15")
    state = coder.code("Iran protested to Iraq over the execution of its citizens.", "2024-05-15")
    assert {e.event for e in people.events} == {"PROTEST"}
    assert {e.event for e in state.events} == {"ACCUSE"}


def test_describing_a_visit_is_not_visiting(nlp):
    events = code(nlp, "China described the Japanese visit as a provocation.")
    assert not has(events, "CONSULT", "CHN")


def test_pending_condition_clause_is_not_an_event(coder):
    doc = coder.code("The rebels said Kenya must free the prisoners before they disarm.",
                     "2024-05-15")
    assert not has(doc.events, "RETREAT")
    done = coder.code("Chinese troops shelled the town before they withdrew.", "2024-05-15")
    assert has(done.events, "RETREAT")


def test_verb_after_a_root_noun_takes_it_as_subject(coder):
    # a parse with no main verb: "army" is the root, "bombed" hangs under "jets"
    doc = coder.code("The Syrian army, backed by Russian jets, bombed Idlib.", "2024-05-15")
    e = one(doc.events, "ASSAULT")
    assert {a.country for a in e.actor} == {"SYR"}


def test_withdrawing_an_offer_is_no_retreat(coder):
    doc = coder.code("Japan withdrew its offer of aid to Burma.", "2024-05-15")
    assert not has(doc.events, "RETREAT")


def test_hurling_stones_is_a_riot(coder):
    doc = coder.code("Palestinian youths hurled stones at Israeli soldiers.", "2024-05-15")
    assert has(doc.events, "PROTEST", mode="riot")


@pytest.mark.parametrize("text", [
    "Israel sealed off the West Bank after the bombing.",
    "The U.S. Navy intercepted a ship carrying Iranian arms.",
])
def test_closure_and_interception_restrict_movement(coder, text):
    doc = coder.code(text, "2024-05-15")
    assert has(doc.events, "COERCE", cameo="191")


def test_event_restated_after_since_is_background(coder):
    text = "Chile has sent aid to Peru since the Ecuadorean invasion."
    assert {e.event for e in coder.code(text, "2024-05-15").events} == {"AID"}


def test_sending_peacekeepers_is_aid_and_asking_for_them_a_request(coder):
    sent = coder.code("Canada sent 500 peacekeepers to Cyprus.", "2024-05-15")
    asked = coder.code("Croatia asked the UN to send peacekeepers.", "2024-05-15")
    assert has(sent.events, "AID", cameo="074")
    assert has(asked.events, "REQUEST")


def test_weapons_fired_at_a_target_are_an_attack_into_the_sea_a_show_of_force(coder):
    hit = coder.code("Iran fired missiles at the town, Iraq said.", "2024-05-15")
    test = coder.code("North Korea fired a missile into the sea near Japan.", "2024-05-15")
    assert has(hit.events, "ASSAULT")
    assert {e.event for e in test.events} == {"MOBILIZE"}


def test_loosely_attached_second_verb_shares_the_subject(coder):
    doc = coder.code("Turkish troops entered Iraq, then shelled Kurdish villages.", "2024-05-15")
    e = one(doc.events, "ASSAULT")
    assert {a.country for a in e.actor} == {"TUR"}


def test_stepped_up_patrols_and_standing_down(coder):
    patrols = coder.code("Spain stepped up its patrols along the border with Morocco.", "2024-05-15")
    resign = coder.code("Kenya's president stood down after the scandal.", "2024-05-15")
    assert has(patrols.events, "MOBILIZE")
    assert has(resign.events, "RETREAT", mode="resign")
