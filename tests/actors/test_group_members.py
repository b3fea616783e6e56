"""Members of an armed or opposition body named with its name ("a FARC commander"): the body's
sector, not the state forces' the role noun alone would give. Sentences written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), [
    ("Government troops killed a FARC commander near Cali.", "a FARC commander", "COL", "REB"),
    ("A Hezbollah commander was wounded in the strike.", "A Hezbollah commander", "LBN", "REB"),
])
def test_a_groups_commander_is_in_the_groups_sector(expect, text, phrase, country, sector):
    expect(text, phrase, country, sector)


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), [
    ("A Pentagon official described the plan.", "A Pentagon official", "USA", "MIL"),
    ("A Kremlin spokesman denied the report.", "A Kremlin spokesman", "RUS", "GOV"),
])
def test_a_state_seats_official_keeps_the_state_sector(expect, text, phrase, country, sector):
    expect(text, phrase, country, sector)


def test_a_groups_commander_is_the_recipient_of_the_states_troops(coder):
    found = [e for e in coder.code("Colombian troops killed a FARC commander.").events
             if e.event == "ASSAULT"]
    assert found and [a.code for a in found[0].recipient] == ["COLREB"]


def test_a_facility_named_by_a_group_keeps_its_own_sector(expect):
    expect("Contra rebels shelled a Sandinista army post.", "a Sandinista army post", "NIC", "MIL")


def test_agents_working_for_a_state_are_that_states(expect):
    expect("Iran said it had arrested ten spies working for Israel.", "ten spies", "ISR", "SPY")

