"""Type coding for the cooperative types (AID, COOPERATE, SUPPORT, CONSULT, CONCEDE, RETREAT) and cyber COERCE.

Sentences written for these tests; each rule follows the PLOVER manual's type definitions.
"""

from __future__ import annotations

import pytest

DATE = "2024-05-15"


def coded(coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.cameo) for e in coder.code(text, DATE).events]


CASES = [
    # AID: credit, grants and debt relief (PLOVER AID examples)
    ("The World Bank approved a $300 million loan for Malawi.", "AID", "071"),
    ("The IMF granted Zambia debt relief worth $2 billion.", "AID", "071"),
    ("The Paris Club cancelled Ecuador's debt last year.", "AID", "071"),
    ("Egypt rushed medical supplies to Sudan.", "AID", "073"),
    ("Norway signed a $40 million aid package for Mali on Monday.", "AID", "070"),
    # a relief or rescue operation is aid, not an attack
    ("Japan launched a relief operation in Indonesia.", "AID", "073"),
    # COOPERATE: economic exchange (CAMEO 061), joint exercises (062)
    ("Ethiopia began to export coffee to Japan.", "COOPERATE", "061"),
    ("Peru traded heavily with Chile last year.", "COOPERATE", "061"),
    ("Kenya strengthened economic ties with India last year.", "COOPERATE", "061"),
    ("Chile and Argentina carried out joint naval drills on Monday.", "COOPERATE", "062"),
    # SUPPORT: diplomatic, non-material cooperation; praise
    ("Kenya deepened its ties with India last year.", "SUPPORT", "050"),
    ("Ghana expanded diplomatic cooperation with Brazil last year.", "SUPPORT", "050"),
    ("Peru's president sent his congratulations to the president of Chile.", "SUPPORT", "051"),
    ("Uruguay returned to diplomatic relations with Cuba in 2015.", "SUPPORT", "050"),
    ("The United States began intelligence sharing with Ghana on Friday.", "COOPERATE", "064"),
    # CONSULT: visits and tours
    ("The Indian prime minister is on a three-day visit to Japan.", "CONSULT", "042"),
    ("Sweden's prime minister embarked on a tour of Baltic states.", "CONSULT", "042"),
    # CONCEDE: pardons, acquittals, lifted curfews, abandoned demands
    ("A court in Lagos acquitted the opposition leaders on Monday.", "CONCEDE", "081"),
    ("The Thai army lifted the curfew in Bangkok on Friday.", "CONCEDE", "081"),
    ("The rebels abandoned their demand for a separate state.", "CONCEDE", "080"),
    ("Peru has agreed to concessions on its fishing quotas.", "CONCEDE", "080"),
    # RETREAT: resignations and troop withdrawals
    ("The Peruvian prime minister has quit.", "RETREAT", "084"),
    ("Ethiopia began pulling its troops from Somalia.", "RETREAT", "0874"),
    ("Venezuela removed its troops from Guyana on Monday.", "RETREAT", "0874"),
    # COERCE cyber: hacking and cyber attacks (PLOVER manual, COERCE modes)
    ("North Korean hackers launched a cyberattack on South Korean banks.", "COERCE", "170"),
    ("Russian hackers breached the network of the Dutch parliament.", "COERCE", "170"),
]


@pytest.mark.parametrize(("text", "event", "cameo"), CASES)
def test_type_and_code(coder, text, event, cameo):
    assert (event, cameo) in coded(coder, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # signing a law or a trade agreement stays SUPPORT: only aid packages are aid
    ("Greece signed a stimulus package into law.", "AID"),
    ("Peru signed a trade agreement with Chile.", "COOPERATE"),
    # an army operation is still an attack; jets hitting positions are no cyber attack
    ("The army launched an operation against the rebels.", "AID"),
    ("Israeli jets targeted Hamas positions in Gaza.", "COERCE"),
    ("Syrian rebels attacked government sites near Aleppo.", "COERCE"),
    # leaving talks is a refusal, not a resignation
    ("The rebels quit the peace talks on Monday.", "RETREAT"),
])
def test_no_spurious_type(coder, text, wrong):
    assert wrong not in {e for e, _ in coded(coder, text)}
