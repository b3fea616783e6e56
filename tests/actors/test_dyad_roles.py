"""Who did it to whom: the actor and recipient of coded events, sentence in, dyad out.

Sentences are written for these tests; each names the event type and the expected country,
sector or name of both sides (issue #5, dyad accuracy)."""

from __future__ import annotations

import pytest


def event_of(coder, text: str, kind: str, trigger: str | None = None):
    """The first coded event of type ``kind`` (whose trigger contains ``trigger`` if given)."""
    doc = coder.code(text)
    found = [e for e in doc.events if e.event == kind and
             (trigger is None or trigger in e.trigger.text)]
    assert found, [(e.event, e.trigger.text) for e in doc.events]
    return found[0]


def countries(actors) -> list[str | None]:
    return [a.country for a in actors]


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), [
    # metonymy: capitals and seats of power stand for their governments
    ("Moscow expelled two Estonian diplomats on Thursday.", "SANCTION", "RUS", "EST"),
    ("The Kremlin accused Warsaw of sheltering saboteurs.", "ACCUSE", "RUS", "POL"),
    ("Washington imposed new sanctions on Caracas.", "SANCTION", "USA", "VEN"),
    # recipient in a prepositional phrase ("with", "into", "to")
    ("Tokyo lodged a protest with Beijing over the incursion.", "ACCUSE", "JPN", "CHN"),
    ("Hamas militants fired rockets into southern Israel overnight.", "ASSAULT", "PSE", "ISR"),
    ("The Pentagon sent two destroyers to the Black Sea to reassure Romania.", "MOBILIZE",
     "USA", "ROU"),
    # descriptions: a nationality on a title or a group noun
    ("The Japanese defence minister met his South Korean counterpart in Seoul.", "CONSULT",
     "JPN", "KOR"),
    ("Colombian police arrested a Venezuelan smuggler who had crossed the border.", "COERCE",
     "COL", "VEN"),
    # the doer named by "by" on the event noun a reaction is aimed at
    ("The Estonian foreign minister condemned the expulsion of two diplomats by Russia.",
     "ACCUSE", "EST", "RUS"),
    # the party opposed ("against") before the forum where the act is done
    ("Peru lodged a complaint against Chile at the United Nations.", "ACCUSE", "PER", "CHL"),
])
def test_dyad_countries(coder, text, kind, actor, recipient):
    e = event_of(coder, text, kind)
    assert actor in countries(e.actor)
    assert recipient in countries(e.recipient)


def test_coordinated_recipients_are_all_kept(coder):
    e = event_of(coder, "Oslo imposed sanctions on Belarus and Myanmar on Tuesday.", "SANCTION")
    assert countries(e.actor) == ["NOR"]
    assert countries(e.recipient) == ["BLR", "MMR"]


@pytest.mark.parametrize(("text", "kind", "actor", "recipients"), [
    # a party of the actor's own country on another side stays beside a foreign one
    ("Somali insurgents killed three Kenyan soldiers and eight Somali civilians near the border.",
     "ASSAULT", "SOM", ["KEN", "SOM"]),
    # one side of one country goes when a foreign party is named
    ("Armenian and Azerbaijani diplomats met in Vienna on Friday.", "CONSULT", "ARM", ["AZE"]),
])
def test_own_country_recipients_by_side(coder, text, kind, actor, recipients):
    e = event_of(coder, text, kind)
    assert actor in countries(e.actor)
    assert sorted(countries(e.recipient)) == recipients


def test_lawsuit_against_a_person_names_that_person(coder):
    e = event_of(coder, "A Belgian lawyer filed a lawsuit against the Qatari emir, accusing him "
                 "of bribery in Brussels.", "ACCUSE")
    assert countries(e.recipient) == ["QAT"]


def test_object_pronoun_names_the_person_urged(coder):
    e = event_of(coder, "Gen. Tarek Haddad met the Lebanese prime minister on Monday and urged "
                 "him to disarm the militia.", "REQUEST")
    assert e.actor[0].sector == "MIL"
    assert (e.recipient[0].country, e.recipient[0].sector) == ("LBN", "GOV")


def test_participle_after_an_inserted_report_keeps_the_reported_doer(coder):
    # ", police sources said on Sunday, killing ...": the insurgents kill, not the sources
    e = event_of(coder, "Insurgents stormed an army post near Kirkuk, police sources said on "
                 "Sunday, killing three soldiers.", "ASSAULT", "killing")
    assert [a.sector for a in e.actor] == ["REB"]
    assert "police" not in e.actor[0].text
    assert e.recipient[0].sector == "MIL"


def test_inserted_report_source_is_no_recipient(coder):
    # ", officials said, wounding two soldiers": the officials report, they are not hit
    e = event_of(coder, "Separatists raided a border post near Donetsk, officials said, "
                 "wounding two soldiers.", "ASSAULT", "wounding")
    assert e.actor[0].sector == "REB"
    assert [r.text for r in e.recipient] == ["two soldiers"]


def test_quoted_report_keeps_its_speaker_as_the_one_warning(coder):
    e = event_of(coder, '"We will not bow to pressure," the Iranian foreign ministry said, '
                 "warning Britain against further seizures.", "THREATEN", "warning")
    assert countries(e.actor) == ["IRN"]
    assert countries(e.recipient) == ["GBR"]


def test_weapons_on_an_attack_noun_are_no_parties(coder):
    # "a missile and drone attack": the weapons are the means; the claimants attacked
    e = event_of(coder, "The rebels claimed responsibility for a missile and drone attack on an "
                 "airbase near Aden.", "ASSAULT")
    assert [a.sector for a in e.actor] == ["REB"]
    assert "missile" not in e.actor[0].text
    assert [r.text for r in e.recipient] == ["an airbase"]


def test_people_reported_killed_are_no_attackers(coder):
    doc = coder.code("Gunmen raided a market in Kano, with at least three traders reported "
                     "killed.")
    assert all("traders" not in a.text for e in doc.events for a in e.actor)
    assert [a.text for e in doc.events if e.event == "ASSAULT" for a in e.actor] == ["Gunmen"]


def test_a_court_is_it_not_he(coder):
    e = event_of(coder, "In March, a Kenyan court freed a former employee of the British embassy "
                 "in the coastal city of Mombasa, after it convicted him of fraud.", "SANCTION",
                 "convicted")
    assert [(a.country, a.sector) for a in e.actor] == [("KEN", "JUD")]


def test_subject_of_an_adjective_predicate_acts(coder):
    # "is ready to contribute": the copula's subject offers the help
    e = event_of(coder, "Norway is ready to contribute to the stabilisation of Haiti.", "AGREE")
    assert [a.country for a in e.actor] == ["NOR"]
    assert [r.country for r in e.recipient] == ["HTI"]


def test_coordinated_subjects_both_act(coder):
    # an adverb between subject and auxiliary: both states still oppose
    e = event_of(coder, "Sweden and Austria however have opposed a draft text on landmines at "
                 "the UN.", "REJECT")
    assert [a.country for a in e.actor] == ["SWE", "AUT"]
    assert [r.sector for r in e.recipient] == ["UNO"]


def test_subject_on_the_auxiliary_in_a_hand_built_parse(nlp):
    from spacy.tokens import Doc

    from onrecord.extract.arguments import clause_subject

    words = ["Chile", "however", "has", "rejected", "the", "offer"]
    heads = [2, 3, 3, 3, 5, 3]
    deps = ["nsubj", "advmod", "aux", "ROOT", "det", "dobj"]
    pos = ["PROPN", "ADV", "AUX", "VERB", "DET", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert clause_subject(doc[3]).text == "Chile"


def test_un_and_treaty_bodies_are_known(resolve):
    _, m = resolve("DPKO is moving two helicopter units to Darfur.", "DPKO")
    assert (m.code, m.sector) == ("IGOUNO", "UNO")
    _, m = resolve("Damascus said the OPCW team could visit the site.", "OPCW")
    assert m is not None and m.name == "the OPCW"


def test_verb_tagged_as_noun_keeps_its_subject(coder):
    e = event_of(coder, "The Jordanian government, thus, rejects and condemns the Israeli "
                 "cabinet's decision.", "ACCUSE")
    assert [a.country for a in e.actor] == ["JOR"]
    assert [r.country for r in e.recipient] == ["ISR"]


def test_determiner_most_is_not_a_place(coder) -> None:
    """'Most' is also a Czech district; as the first word of a noun phrase it is a determiner."""
    event = event_of(coder, "Most Kenyan nurses stayed out on strike over unpaid wages.", "PROTEST")
    assert countries(event.actor) == ["KEN"]


# -- context: the other side is never the doer of a neighbouring clause; object pronouns
def test_doer_of_the_clause_before_is_not_the_target(coder):
    # Chile acts in the first clause; the troops' seizure is not aimed at Chile
    e = event_of(coder, "Chile recalled its ambassador, and Bolivian troops seized two border "
                 "posts.", "COERCE", "seized")
    assert [a.country for a in e.actor] == ["BOL"]
    assert "CHL" not in [r.country for r in e.recipient]


def test_pardoned_her_is_the_journalist_named_before(coder):
    e = event_of(coder, "The journalist Amina Toure was freed on Monday after President Oumar "
                 "Keita of Mali pardoned her along with 12 prisoners.", "CONCEDE", "pardoned")
    assert [a.country for a in e.actor] == ["MLI"]
    assert [r.name for r in e.recipient] == ["Amina Toure"]


def test_object_pronoun_is_not_the_subject_of_its_own_verb(nlp):
    from onrecord.actors import ActorResolver

    text = ("The activist Lina Haddad was released after President Karim Aziz of Jordan "
            "pardoned her.")
    actors = ActorResolver().analyse(nlp(text), None)
    her = next(m for m in actors.mentions if m.text == "her")
    assert her.name == "Lina Haddad"


def test_own_possessive_is_still_no_recipient(coder):
    e = event_of(coder, "Beijing vowed to defend its sovereignty against Manila.", "AGREE")
    assert [a.country for a in e.actor] == ["CHN"]
    assert [r.country for r in e.recipient] == ["PHL"]


def test_opponents_of_a_government_are_its_opposition(coder):
    e = event_of(coder, "Opponents of the Bolivian government clashed with police in La Paz on "
                 "Friday.", "PROTEST")
    assert [(a.country, a.sector) for a in e.actor] == [("BOL", "OPP")]
    assert [(r.country, r.sector) for r in e.recipient] == [("BOL", "COP")]


def test_critics_march_as_opposition(coder):
    e = event_of(coder, "Critics of the Thai government marched on parliament in Bangkok.",
                 "PROTEST")
    assert [(a.country, a.sector) for a in e.actor] == [("THA", "OPP")]


def test_truck_drivers_are_labour(coder):
    e = event_of(coder, "Striking truck drivers blocked highways into Santiago to protest "
                 "against fuel prices.", "PROTEST")
    assert [(a.country, a.sector) for a in e.actor] == [("CHL", "LAB")]


@pytest.mark.parametrize(("text", "kind", "recipient"), [
    ("The spokesman condemned Moldova's decision to expel the envoy.", "ACCUSE", "MDA"),
    ("The foreign minister criticised Peru over the border closure.", "ACCUSE", "PER"),
])
def test_unplaced_official_does_not_take_the_target_state(coder, text, kind, recipient):
    # the only state the story names is what the official acts on, not where the official is from
    e = event_of(coder, text, kind)
    assert countries(e.actor) == [None]
    assert recipient in countries(e.recipient)


def test_story_state_named_before_still_places_the_official(coder):
    e = event_of(coder, "Moldova recalled its envoy on Monday. The spokesman condemned Moldova's "
                 "neighbour for the expulsion.", "ACCUSE")
    assert countries(e.actor) == ["MDA"]
