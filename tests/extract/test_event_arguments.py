"""Event argument roles with the real resolver: who acts and on whom, one sentence in, the event's
actor and recipient out (sentences written for these tests)."""

from __future__ import annotations

import pytest


def only(coder, text: str, event: str):
    """The one event of type ``event`` coded from ``text``."""
    found = [e for e in coder.code(text).events if e.event == event]
    assert len(found) == 1, [(e.event, e.trigger.text) for e in coder.code(text).events]
    return found[0]


def countries(actors) -> list[str | None]:
    return [a.country for a in actors]


def texts(actors) -> list[str]:
    return [a.text for a in actors]


# -- an attack named as the subject --------------------------------------------------------------

def test_attack_noun_subject_is_no_party_and_its_target_phrase_is_not_the_actor(coder):
    ev = only(coder, "A suicide attack on a NATO convoy killed eight soldiers in Kabul.", "ASSAULT")
    assert texts(ev.actor) == ["A suicide attack"]
    assert ev.actor[0].country is None and ev.actor[0].code is None
    assert texts(ev.recipient) == ["eight soldiers"]


def test_attack_noun_subject_takes_the_doer_named_on_it(coder):
    ev = only(coder, "An attack claimed by the Taliban killed five policemen.", "ASSAULT")
    assert texts(ev.actor) == ["the Taliban"]
    assert countries(ev.recipient) == ["AFG"]


def test_attack_noun_subject_demonym_is_the_attacker(coder):
    ev = only(coder, "An Israeli air strike hit a hospital in Gaza.", "ASSAULT")
    assert countries(ev.actor) == ["ISR"]


def test_attack_noun_subject_possessor_is_the_only_actor(coder):
    ev = only(coder, "Egypt's air strikes killed twelve militants near the border.", "ASSAULT")
    assert texts(ev.actor) == ["Egypt"]


def test_clash_between_parties_as_subject_codes_one_party_on_the_other(coder):
    ev = only(coder, "Clashes between Sudanese troops and Ethiopian militias killed 12 people "
                     "near the border.", "ASSAULT")
    assert countries(ev.actor) == ["SDN"]
    assert countries(ev.recipient)[0] == "ETH"


def test_place_modifying_an_attack_noun_only_says_where(coder):
    ev = only(coder, "The Kabul attack killed five police officers.", "ASSAULT")
    assert ev.actor[0].country is None


# -- possessive pronouns and reported pronouns ---------------------------------------------------

def test_support_verb_subject_beats_its_possessive_pronoun(coder):
    ev = only(coder, "The Syrian army intensified its bombardment of the rebel areas.", "ASSAULT")
    assert texts(ev.actor) == ["The Syrian army"]


def test_reported_pronoun_actor_is_the_named_reporter(coder):
    ev = only(coder, "Poland said on Monday it had expelled two diplomats from Belarus.",
              "SANCTION")
    assert texts(ev.actor) == ["Poland"]
    assert countries(ev.recipient) == ["BLR"]


def test_reported_plural_pronoun_actor_is_the_named_reporter(coder):
    ev = only(coder, "The rebels announced that they will release three Canadian hostages.",
              "AGREE")
    assert texts(ev.actor) == ["The rebels"]


def test_reported_pronoun_of_another_party_is_kept(coder):
    ev = only(coder, "Kenya said that Ethiopia will expel two Somali diplomats.", "SANCTION")
    assert countries(ev.actor) == ["ETH"]


# -- the actor's own forces ----------------------------------------------------------------------

def test_deployed_troops_are_the_actors_own_and_the_mission_host_is_the_recipient(coder):
    ev = only(coder, "Norway is deploying 180 troops to the UN peacekeeping force in Chad.",
              "AID")
    assert countries(ev.actor) == ["NOR"]
    assert countries(ev.recipient) == ["TCD"]


def test_withdrawn_peacekeepers_leave_the_place_they_served(coder):
    ev = only(coder, "Ghana withdrew 300 peacekeepers from Lebanon in March.", "SANCTION")
    assert countries(ev.recipient) == ["LBN"]


def test_attacked_troops_stay_the_target(coder):
    ev = only(coder, "Rebels attacked government troops near the Chadian border.", "ASSAULT")
    assert "troops" in ev.recipient[0].text


# -- commands, passives, coordination ------------------------------------------------------------

def test_commanding_side_acts_on_the_commanded_one(coder):
    ev = only(coder, "The Peruvian government ordered the opposition newspaper to suspend "
                     "publication.", "COERCE")
    assert "government" in ev.actor[0].text
    assert "newspaper" in ev.recipient[0].text


def test_commanded_arrest_targets_whom_the_act_names(coder):
    ev = only(coder, "The president ordered the army to arrest the Kenyan protesters.", "COERCE")
    assert "president" in ev.actor[0].text
    assert texts(ev.recipient) == ["the Kenyan protesters"]


def test_forced_retreat_stays_the_retreating_sides_act(coder):
    ev = only(coder, "The Ethiopian army forced the Eritrean rebels to withdraw from the town.",
              "RETREAT")
    assert countries(ev.actor) == ["ERI"]


def test_agentless_arrest_is_by_the_state_where_it_happened(coder):
    ev = only(coder, "The blogger was arrested last Friday in Benin over his posts.", "COERCE")
    assert countries(ev.actor) == ["BEN"]
    assert texts(ev.recipient) == ["The blogger"]


def test_agentless_killing_has_no_invented_actor(coder):
    assert not [e for e in coder.code("Five soldiers were killed in Mali.").events
                if e.event == "ASSAULT"]


def test_pronoun_recipient_names_its_antecedent_in_the_sentence(coder):
    ev = only(coder, "Chancellor Olaf Scholz called President Emmanuel Macron of France and "
                     "urged him to act.", "REQUEST")
    assert "Macron" in ev.recipient[0].text


def test_second_participle_of_a_passive_is_passive_too(coder):
    events = coder.code("A journalist was beaten and killed in a prison in Syria.").events
    assert not any(a.text == "A journalist" for e in events for a in e.actor)


def test_coordinated_parties_named_inside_the_object_are_all_recipients(coder):
    ev = only(coder, "Japan has decided to lift the sanctions imposed on India and Pakistan.",
              "RETREAT")
    assert countries(ev.recipient) == ["IND", "PAK"]


def test_goal_of_a_transfer_beats_the_purpose_clause_object(coder):
    ev = only(coder, "Canada lent $2 billion to Jamaica to aid the island's reconstruction.", "AID")
    assert texts(ev.recipient) == ["Jamaica"]


def test_victims_named_by_the_verb_are_its_recipient(coder):
    ev = only(coder, "The militia freed 280 child soldiers after talks with the Kenyan "
                     "government.", "RETREAT")
    assert texts(ev.recipient) == ["280 child soldiers"]


# -- who reports is not a party ------------------------------------------------------------------

def test_the_reporting_source_is_not_read_as_a_recipient(coder):
    ev = only(coder, "Troops arrested dozens of protesters overnight, a Chilean police "
                     "spokesman said.", "COERCE")
    assert not any("spokesman" in r.text for r in ev.recipient)


# -- hyphenated leaders --------------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("The U.S.-led coalition bombed rebel positions in Raqqa.", "USA"),
    ("The Saudi-led coalition bombed targets in Sanaa.", "SAU"),
])
def test_led_coalition_takes_the_leaders_country(coder, text, country):
    ev = only(coder, text, "ASSAULT")
    assert countries(ev.actor) == [country]


# -- doers named by other than a subject ---------------------------------------------------------

@pytest.mark.parametrize("text, event, actor, recipient", [
    # an amount of an event noun under a verb of giving or making known: the verb's subject
    ("Japan unveiled $40 million in humanitarian assistance for Sudan.", "AID", "JPN", "SDN"),
    ("Canada approved 20 million dollars in food aid for Yemen.", "AID", "CAN", "YEM"),
    # a doer adjective said of the subject by a linking verb names the doer of its act
    ("Syria was responsible for the shelling of Turkish border towns.", "ASSAULT", "SYR", "TUR"),
    ("Sudan's army is guilty of breaching the truce with South Sudan.", "ASSAULT", "SDN", "SSD"),
    # granting asylum is a state's act: agentless, the state where it was granted grants it
    ("Two Belarusian journalists were granted asylum in Lithuania.", "AID", "LTU", "BLR"),
    # goods of aid handed over, named as a noun
    ("Norway announced the delivery of medicine and tents to Syrian refugees in Jordan.", "AID",
     "NOR", "SYR"),
    # the owner of a container noun does the events it holds
    ("Sudan condemned the militia's wave of raids on villages in Darfur.", "ASSAULT", "SDN",
     "SDN"),
    # a non-restrictive relative clause states an act of its antecedent
    ("Nigeria condemned Chad, which closed its border with Niger last week.", "COERCE", "TCD",
     "NER"),
    ("Nigeria criticized Chad, which last week expelled two Nigerian diplomats.", "SANCTION",
     "TCD", "NGA"),
])
def test_doer_named_beside_the_clause(coder, text, event, actor, recipient):
    ev = only(coder, text, event)
    assert countries(ev.actor) == [actor]
    assert recipient in countries(ev.recipient)


@pytest.mark.parametrize("text, event", [
    # the one who receives an amount does not give it
    ("Kenya received $30 million in food aid from Britain.", "AID"),
    # "held X responsible" is the holder's accusation, not the holder's attack
    ("Israel held Syria responsible for the attack on the Golan Heights.", "ASSAULT"),
    # a restrictive relative clause only tells which party is meant (background)
    ("Nigeria condemned the Chadian soldiers who closed the border with Niger.", "COERCE"),
])
def test_no_act_for_a_receiver_a_holder_or_a_restrictive_clause(coder, text, event):
    assert event not in {e.event for e in coder.code(text).events}


def test_a_promise_from_a_party_is_that_partys(coder):
    # support-only nouns need a support verb, unless their sender is named by "from"
    ev = only(coder, "The visit closed with a pledge from Ghana to reopen the border crossing.",
              "AGREE")
    assert countries(ev.actor) == ["GHA"]
