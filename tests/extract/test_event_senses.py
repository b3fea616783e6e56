"""Sense rules: telephone calls, shared opinions, invitations and self-claimed acts.

Sentences written for these tests, coded with the full pipeline (session ``coder`` fixture).
"""

from __future__ import annotations

import pytest


def kinds(coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.cameo) for e in coder.code(text).events]


@pytest.mark.parametrize("text", [
    "Putin called German Chancellor Angela Merkel to discuss the crisis in Ukraine.",
    "The French president called his Italian counterpart on Monday to thank him for the aid.",
    "Obama phoned Netanyahu on Friday.",
])
def test_a_telephone_call_is_consultation(coder, text):
    got = kinds(coder, text)
    assert ("CONSULT", "041") in got
    assert not any(event == "REQUEST" for event, _ in got)


def test_call_recipient_is_the_party_called(coder):
    e = next(e for e in coder.code("Putin called Merkel on Tuesday to discuss Ukraine.").events
             if e.event == "CONSULT")
    assert [a.text for a in e.actor] == ["Putin"] and [a.text for a in e.recipient] == ["Merkel"]


@pytest.mark.parametrize("text", [
    "The UN called on Israel to end the blockade.",
    "Germany called for talks with Iran.",
])
def test_appeals_stay_requests(coder, text):
    got = kinds(coder, text)
    assert any(event == "REQUEST" for event, _ in got)
    assert ("CONSULT", "041") not in got


def test_naming_is_no_call(coder):
    assert ("CONSULT", "041") not in kinds(coder, "Trump called the Iranian president a liar.")


@pytest.mark.parametrize("text", [
    "France agreed with Germany that sanctions were needed.",
    "The ministers said they agree with the Interior Minister.",
])
def test_a_shared_opinion_is_no_agreement(coder, text):
    assert not any(event == "AGREE" for event, _ in kinds(coder, text))


@pytest.mark.parametrize("text", [
    "Armenia agreed with Iran to exchange prisoners.",
    "Israel agreed with the proposal.",
    "Russia and Ukraine agreed to hold talks.",
    "The rebels agreed that a ceasefire would start on Monday.",
])
def test_agreeing_to_act_stays_agree(coder, text):
    assert any(event == "AGREE" for event, _ in kinds(coder, text))


def test_an_invitation_to_visit_is_intent_to_meet(coder):
    got = kinds(coder, "China invited the Pakistani premier for a state visit.")
    assert ("AGREE", "036") in got and not any(event == "REQUEST" for event, _ in got)


def test_a_self_claimed_attack_is_not_coded(coder):
    assert not any(event == "ASSAULT" for event, _ in kinds(
        coder, "The rebels claimed that they had attacked the army base."))


@pytest.mark.parametrize("text", [
    "Al-Shabaab claimed responsibility for Tuesday's attack on the police post.",
    "The rebels said they had attacked the army base.",
    "The rebels attacked the army base.",
])
def test_real_attacks_stay(coder, text):
    assert any(event == "ASSAULT" for event, _ in kinds(coder, text))
