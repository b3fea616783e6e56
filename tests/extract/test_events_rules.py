"""Event rules added for aid goods, hyphenated nouns, containers, stopping events and fallbacks.

Sentences written for these tests; the fake resolver of test_events knows countries only.
"""

from __future__ import annotations

import pytest
from test_events import code, coded, find, has, one


@pytest.mark.parametrize("text,event,cameo,actor,recipient", [
    ("Japan gave medical equipment to Kenya.", "AID", "070", "JPN", "KEN"),
    ("Sweden handed over 40 trucks to Ethiopia.", "AID", "070", "SWE", "ETH"),
    ("Norway allocated 20 million euros to Somalia.", "AID", "070", "NOR", "SOM"),
    ("Egypt announced a cease-fire with Israel.", "RETREAT", "0871", "EGY", "ISR"),
    ("Turkish jets hit rebel positions in Syria.", "ASSAULT", "190", "TUR", "SYR"),
    ("Iraqi forces destroyed Syrian tanks near the border.", "ASSAULT", "1712", "IRQ", "SYR"),
    ("Iran suspended talks with France.", "SANCTION", "164", "IRN", "FRA"),
    ("Norway ended its mediation between Colombia and Venezuela.", "SANCTION", None, "NOR",
     None),
])
def test_rule_events(nlp, text, event, cameo, actor, recipient):
    e = one(code(nlp, text), event, actor, recipient)
    assert cameo is None or e.cameo == cameo


def test_ending_a_visit_is_still_a_visit(nlp):
    events = code(nlp, "The Chinese premier ended a three-day visit to Kenya.")
    assert has(events, "CONSULT", "CHN", "KEN") and not has(events, "SANCTION")


def test_refusing_refugees_is_a_rejection(nlp):
    assert has(code(nlp, "Poland will not accept Syrian refugees."), "REJECT", "POL")
    assert has(code(nlp, "Germany accepted Syrian refugees."), "AID", "DEU", cameo="075")


def test_event_noun_in_a_container_is_coded_once(nlp):
    drills = code(nlp, "Kenya and Nigeria began a fresh round of joint naval exercises.")
    assert has(drills, "COOPERATE", "KEN", "NGA")
    talks = code(nlp, "Israel and Egypt held a new round of talks in Cairo.")
    assert len([e for e in talks if e.event == "CONSULT"]) == 1


def test_stopping_work_and_hunger_strikes_are_protests(coder):
    assert has(coded(coder, "Kenyan teachers stopped work on Tuesday."), "PROTEST",
               cameo="143")
    strike = coded(coder, "Nigerian nurses have been participating in a week-long hunger strike.")
    assert has(strike, "PROTEST", cameo="142")


def test_peacekeepers_arriving_provide_aid(coder):
    events = coded(coder, "Hundreds of Irish troops arrived in Lebanon to join the UN "
                          "peacekeeping mission.")
    assert has(events, "AID", cameo="074") and not has(events, "MOBILIZE")


def test_rockets_fired_at_a_place_are_an_attack(nlp):
    events = code(nlp, "Syrian militants fired rockets at the town.")
    assert has(events, "ASSAULT", "SYR") and not has(events, "MOBILIZE")


def test_unresolved_pronoun_in_reported_clause_is_the_speaker(coder):
    events = coded(coder, "The Canadian government declared that it will never lift the "
                          "embargo on the militia.")
    e = one(events, "REJECT")
    assert {a.country for a in e.actor} == {"CAN"}


def test_named_subject_the_resolver_does_not_know_still_acts(coder):
    e = find(coded(coder, "The Zorvath Liberation Front attacked a police station in Kenya."),
             "ASSAULT")
    assert e is not None and "Zorvath" in e.actor[0].text


def test_event_sentence_text_has_no_trailing_newline(coder):
    text = "Russia attacked Ukraine on Tuesday.\n\nChina praised Japan.\n"
    doc = coder.code(text, "2024-05-15")
    assert doc.events and all(e.text == e.text.strip() for e in doc.events)
    assert all(text[e.trigger.start:e.trigger.end] == e.trigger.text for e in doc.events)


def test_agreeing_to_investigate_is_no_threat(nlp):
    events = code(nlp, "Kenya and Somalia agreed to investigate the border killings.")
    assert has(events, "AGREE", "KEN") and not has(events, "THREATEN")


def test_captured_combatants_are_abducted_captured_towns_seized(nlp):
    assert has(code(nlp, "Syrian rebels captured 12 Iraqi soldiers."), "ASSAULT", "SYR",
               mode="abduct")
    assert has(code(nlp, "Russian troops captured the Ukrainian town."), "COERCE", "RUS",
               mode="seize")
