"""Event types across the PLOVER categories in wire-style phrasing (sentences written for these tests).

Each sentence names its actor and recipient with countries the fake resolver of test_events knows.
"""

from __future__ import annotations

import pytest

from tests.extract.test_events import code, find

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
