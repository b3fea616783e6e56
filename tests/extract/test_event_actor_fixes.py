"""Actor and recipient choice on real-news shapes: collectives beyond any one state and topics
named where a party is expected (sentences written for these tests)."""

from __future__ import annotations


def events_of(coder, text: str, event: str):
    return [e for e in coder.code(text, "2014-09-22").events if e.event == event]


def test_international_community_takes_no_story_country(coder) -> None:
    found = events_of(coder, "Nepal held a contested vote in June. The international community "
                             "pushed strongly for a settlement.", "REQUEST")
    assert found and all(a.country is None for a in found[0].actor)


def test_foreign_troops_take_no_story_country(coder) -> None:
    found = events_of(coder, "Fighting spread across Afghanistan last year. The drawdown of most "
                             "foreign troops has handed an advantage to the insurgents.", "RETREAT")
    assert found and all(a.country is None for a in found[0].actor)


def test_foreign_minister_keeps_the_story_country(coder) -> None:
    found = events_of(coder, "Afghanistan held an election in April. The foreign minister met "
                             "the Taliban in Kabul.", "CONSULT")
    assert found and found[0].actor[0].country == "AFG"


def test_a_topic_is_not_the_recipient_of_talks(coder) -> None:
    found = events_of(coder, "The envoy said they had discussed at length the closure of a "
                             "missile testing facility.", "CONSULT")
    assert all("facility" not in r.text for e in found for r in e.recipient)


def test_context_recipient_stops_at_a_colon(coder) -> None:
    found = events_of(coder, "Nepal held a contested vote in June. The international community "
                             "pushed strongly for a settlement: the US envoy Jane Harlow "
                             "phoned the competing parties for days.", "REQUEST")
    pushed = [e for e in found if e.trigger.text.startswith("pushed")]
    assert pushed and all(r.country != "USA" for r in pushed[0].recipient)


def test_a_summit_venue_is_not_the_recipient(coder) -> None:
    found = events_of(coder, "Antony Blinken travelled to Vietnam for the first time since a "
                             "summit between Xi Jinping and Fumio Kishida in Manila. The "
                             "leaders' meeting closed with a pledge from Mr Xi.", "CONSULT")
    meeting = [e for e in found if e.trigger.text == "meeting"]
    assert meeting and all(r.country != "PHL" for r in meeting[0].recipient)


def test_a_family_name_written_first_refers_back(coder) -> None:
    found = events_of(coder, "North Korea's ambassador Ryu Haejin told reporters that talks were "
                             "possible. Ryu met with the Japanese envoy on Friday.", "CONSULT")
    assert found and found[0].actor[0].country == "PRK"
