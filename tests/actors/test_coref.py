"""Coreference cases written for onrecord: pronouns, descriptions, counterparts, pairs, surnames.

Each case is a short story; the phrase (nth occurrence) must resolve to the expected actor.
"""

from __future__ import annotations

import pytest

# (text, phrase, nth, date, name, country, sector)
CASES = [
    # pronouns across sentences, by gender, number and kind
    ("Angela Merkel arrived in Washington. She said the talks would be hard.", "She", 0, "2015-01-01",
     "Angela Merkel", "DEU", "GOV"),
    ("Sergei Lavrov landed in Ankara. He met Turkish officials.", "He", 0, "2020-01-01",
     "Sergei Lavrov", "RUS", "GOV"),
    # an object pronoun of a verb coordinated with the subject's verb is not that subject
    ("Olaf Scholz called Emmanuel Macron and urged him to act.", "him", 0, "2023-01-01",
     "Emmanuel Macron", "FRA", "GOV"),
    ("Lavrov met Annalena Baerbock in Berlin. She criticised the strikes.", "She", 0, "2022-06-01",
     "Annalena Baerbock", "DEU", "GOV"),
    ("Lavrov met Annalena Baerbock in Berlin. He criticised the sanctions.", "He", 0, "2022-06-01",
     "Sergei Lavrov", "RUS", "GOV"),
    ("Iran rejected the offer. It said the terms were unfair.", "It", 0, None, "Iran", "IRN", None),
    ("Syrian rebels seized the town. They said the army had fled.", "They", 0, None, None, "SYR", "REB"),
    ("Zelensky thanked the donors. His government will spend the money on air defence.", "His", 0,
     "2024-01-01", "Volodymyr Zelensky", "UKR", "GOV"),
    ("NATO held an emergency meeting. Its members agreed to send more jets.", "Its", 0, None,
     "NATO", None, "IGO"),
    ("Maria Zakharova spoke on Thursday. She accused London of lying.", "She", 0, "2023-01-01",
     "Maria Zakharova", "RUS", "GOV"),
    # descriptions of a person by country and role
    ("Vladimir Putin hosted the summit. The Russian leader said the West had failed.",
     "The Russian leader", 0, "2023-01-01", "Vladimir Putin", "RUS", "GOV"),
    ("Joe Biden called Netanyahu. The US president urged restraint.", "The US president", 0,
     "2023-10-10", "Joe Biden", "USA", "GOV"),
    ("Netanyahu spoke to reporters. The Israeli prime minister said the war would go on.",
     "The Israeli prime minister", 0, "2024-02-01", "Benjamin Netanyahu", "ISR", "GOV"),
    ("The French president said the plan was ready.", "The French president", 0, "2024-02-01",
     "Emmanuel Macron", "FRA", "GOV"),
    ("The Chinese foreign minister arrived in Moscow.", "The Chinese foreign minister", 0,
     "2024-02-01", "Wang Yi", "CHN", "GOV"),
    ("The US secretary of state flew to Riyadh.", "The US secretary", 0, "2025-03-01",
     "Marco Rubio", "USA", "GOV"),
    ("The US secretary of state flew to Riyadh.", "The US secretary", 0, "2023-03-01",
     "Antony Blinken", "USA", "GOV"),
    # counterparts
    ("Antony Blinken met his Chinese counterpart in Beijing.", "his Chinese counterpart", 0,
     "2024-04-26", "Wang Yi", "CHN", "GOV"),
    ("Lavrov said he had called his Turkish counterpart.", "his Turkish counterpart", 0,
     "2024-01-01", "Hakan Fidan", "TUR", "GOV"),
    # pairs
    ("Putin met Erdogan in Sochi. The two presidents discussed grain exports.", "The two presidents",
     0, "2023-09-04", "Vladimir Putin", "RUS", "GOV"),
    # bodies and states by description
    ("NATO met in Brussels. The alliance agreed to send more troops.", "The alliance", 0, None,
     "NATO", None, "IGO"),
    ("Russia threatened Estonia. The Baltic state summoned the Russian envoy.", "The Baltic state", 0,
     None, "Estonia", "EST", None),
    ("Qatar hosted the negotiators. The Gulf state said talks would resume.", "The Gulf state", 0,
     None, "Qatar", "QAT", None),
    ("The EU agreed a new package. The bloc will also tax imports.", "The bloc", 0, None,
     None, None, "EUR"),
    ("NATO met in Brussels. The military bloc said it would send more jets.", "The military bloc", 0,
     None, "NATO", None, "IGO"),
    ("Israel struck targets in Lebanon. The Jewish state said the raids would go on.",
     "The Jewish state", 0, None, None, "ISR", None),
    ("Kim Jong Un met Vladimir Putin. The North Korean leader promised support.",
     "The North Korean leader", 0, "2024-06-19", "Kim Jong Un", "PRK", "GOV"),
    ("The Iranian foreign minister arrived in Oman.", "The Iranian foreign minister", 0,
     "2025-04-12", "Abbas Araghchi", "IRN", "GOV"),
    ("Ghana and Togo signed a pact. The two neighbours agreed to patrol the border.",
     "The two neighbours", 0, None, "Ghana", "GHA", None),
    ("Joe Biden spoke on Monday. His national security adviser flew to Cairo.",
     "His national security adviser", 0, "2023-05-01", "Jake Sullivan", "USA", "GOV"),
    # surnames and short forms after a full name
    ("Dawda Jawara arrived in Dakar. Jawara said the border dispute was over.", "Jawara", 1, None,
     "Dawda Jawara", None, None),
    ("Turkish President Recep Tayyip Erdogan spoke. Erdogan said Ankara was ready.", "Erdogan", 1,
     "2020-01-01", "Recep Tayyip Erdogan", "TUR", "GOV"),
    # the story's country for unmarked national roles
    ("Turkey protested on Monday. A Foreign Ministry spokeswoman called the vote illegal.",
     "A Foreign Ministry spokeswoman", 0, None, None, "TUR", "GOV"),
]


@pytest.mark.parametrize(("text", "phrase", "nth", "date", "name", "country", "sector"), CASES)
def test_coreference(expect, text, phrase, nth, date, name, country, sector):
    expect(text, phrase, country, sector, name, date, nth)


def test_both_men_gives_the_two_people(parties):
    found = parties("Putin met Erdogan in Sochi. Both men praised the deal.", "men", "2023-09-04")
    assert [a.name for a in found] == ["Vladimir Putin", "Recep Tayyip Erdogan"]
    assert [a.text for a in found] == ["Both men", "Both men"]


def test_pronoun_not_the_clause_subject(resolve):
    _, m = resolve("Macron called Scholz. Macron told him the plan was ready.", "him", "2023-01-01")
    assert m is not None and m.name == "Olaf Scholz"


def test_unresolved_pronoun_is_no_actor(resolve):
    _, m = resolve("It rained all day.", "It")
    assert m is None


def test_they_for_coordinated_states(parties):
    found = parties("Mauritania and Senegal signed the accord. They agreed to reopen the border.", "They")
    assert [a.country for a in found] == ["MRT", "SEN"]


def test_apposition_gives_the_name_its_role(resolve):
    _, m = resolve("The spokeswoman, Maria Example, said Ankara was ready. Turkey wants talks.",
                   "Maria Example")
    assert (m.name, m.country, m.sector) == ("Maria Example", "TUR", "GOV")


def test_two_sides_are_two_countries_not_the_meeting_place(parties):
    found = parties("Envoys of Serbia and Kosovo met in Brussels. A Serbian envoy said the "
                    "two sides had agreed on a new border crossing.", "sides")
    assert sorted(a.country for a in found) == ["SRB", "XKX"]


def test_neuter_pronoun_never_a_person(resolve):
    _, m = resolve("Kenya's foreign ministry said the vote was fair. It accused Mogadishu of "
                   "meddling, the minister Jane Example added.", "It")
    assert m is None or m.kind != "person"


def test_western_allies_of_a_state_are_not_that_state(resolve):
    _, m = resolve("Warsaw asked its Western allies for more tanks.", "its Western allies")
    assert m is not None and m.code == "WST"


def test_no_actor_from_a_relative_clause(resolve):
    _, m = resolve("Crowds were seen near buildings which Polish officials say were burned.",
                   "buildings")
    assert m is None


def test_news_outlet_is_a_newsroom_not_a_state(resolve):
    _, m = resolve("The Washington Post reported the talks had failed.", "The Washington Post")
    assert m is not None and m.country is None and m.sector == "JRN"


def test_member_states_are_the_body(resolve):
    _, m = resolve("The African Union met in Addis Ababa. The member states agreed to send "
                   "troops.", "member states")
    assert m is not None and m.kind == "igo" and (m.code or "").startswith("IGO")
