"""Material and non-speech event senses: a trigger's object, complement or actor decides
whether it is the PLOVER event at all (release of captives vs. of a report, demonstrating in the
street vs. demonstrating a point, attacking a town vs. attacking an idea).

Sentences written for these tests, coded with the full pipeline (session ``coder`` fixture).
"""

from __future__ import annotations

import pytest


def triples(coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, actor country, recipient country) of every asserted event of ``text``."""
    out = []
    for e in coder.code(text).events:
        if e.hypothetical or e.negated:
            continue
        out.append((e.event, e.actor[0].country if e.actor else None,
                    e.recipient[0].country if e.recipient else None))
    return out


@pytest.mark.parametrize("text, expected", [
    # RETREAT release / withdraw / resign keep their senses with the right object
    ("Syrian rebels released four Lebanese truck drivers near the border on Friday.",
     ("RETREAT", "SYR", "LBN")),
    ("Iran freed two British sailors after a week in custody.", ("RETREAT", "IRN", "GBR")),
    ("Turkish troops withdrew from the Iraqi border town on Sunday.", ("RETREAT", "TUR", "IRQ")),
    ("The Ukrainian defence minister quit the cabinet on Thursday.", ("RETREAT", "UKR", None)),
    ("Kenya's release of the Ugandan fishermen ended the row.", ("RETREAT", "KEN", "UGA")),
    # COERCE 174 expel/deport individuals: the people deported are the target, not the place
    ("Kenya deported two Ugandan journalists to Tanzania.", ("COERCE", "KEN", "UGA")),
    # PROTEST in the street; armed forces marching are MOBILIZE
    ("Thousands of Chilean students demonstrated against the government in Santiago.",
     ("PROTEST", "CHL", "CHL")),
    ("Hundreds of Greek workers rallied outside parliament in Athens to protest pension cuts.",
     ("PROTEST", "GRC", "GRC")),
    ("Thousands of Polish students marched to the parliament in Warsaw on Monday.",
     ("PROTEST", "POL", "POL")),
    ("Russian troops marched into the Georgian town of Gori on Monday.",
     ("MOBILIZE", "RUS", "GEO")),
    # civilians against police riot; against an armed group they fight; in words they accuse
    ("Hundreds of Kenyan students clashed with police in Nairobi on Monday.",
     ("PROTEST", "KEN", "KEN")),
    ("Thousands of Nigerian doctors launched a strike over unpaid wages.",
     ("PROTEST", "NGA", None)),
    ("Hundreds of Belgian volunteers are fighting the Islamic State in Syria.",
     ("ASSAULT", "BEL", None)),
    ("Iranian students attacked the president for his decision on fuel prices.",
     ("ACCUSE", "IRN", "IRN")),
    # a civilian striking a deal agrees
    ("Colombian dockworkers struck a deal with the port authority of Panama.",
     ("AGREE", "COL", "PAN")),
    # CONCEDE yielding
    ("The Nigerian president finally gave in to the demands of the striking oil workers.",
     ("CONCEDE", "NGA", "NGA")),
    ("Kenya conceded after weeks of pressure from Uganda.", ("CONCEDE", "KEN", "UGA")),
    ("Malawi pledged concessions to the striking teachers on Monday.",
     ("CONCEDE", "MWI", "MWI")),
    ("The Venezuelan government allowed opposition parties to hold rallies in Caracas.",
     ("CONCEDE", "VEN", "VEN")),
    ("Indonesia allowed Australian inspectors to visit the detention camp.",
     ("RETREAT", "IDN", "AUS")),
    # attacking an idea is criticism (ACCUSE 111); attacking positions is force
    ("The Egyptian president attacked the integrity of the Ethiopian dam commission.",
     ("ACCUSE", "EGY", "ETH")),
    ("Saudi jets attacked Houthi positions near the Yemeni port of Hodeidah.",
     ("ASSAULT", "SAU", "YEM")),
    ("Somali militants executed three Kenyan soldiers on Sunday.", ("ASSAULT", "SOM", "KEN")),
    # AID: victims freed by a third party, goods provided
    ("Philippine police freed six trafficking victims from Malaysian smugglers in a raid.",
     ("AID", "PHL", "MYS")),
    ("Qatar provided the Sudanese government with food and medicine.", ("AID", "QAT", "SDN")),
    ("Beijing has quietly eased up on sanctions enforcement along its border with North Korea.",
     ("RETREAT", "CHN", "PRK")),
    # aid received is coded from the giver; aid held up is stopped (SANCTION 162)
    ("The Ukrainian army received lethal aid from Poland last year.", ("AID", "POL", "UKR")),
    ("The Hungarian government held up military aid to Ukraine for two months.",
     ("SANCTION", "HUN", "UKR")),
    # COERCE seizure and emergency rule
    ("Houthi rebels took over the Yemeni port city of Hodeidah.", ("COERCE", "YEM", "YEM")),
    ("Peru declared a state of emergency across the southern province of Puno.",
     ("COERCE", "PER", "*")),
])
def test_material_event_is_coded(coder, text, expected):
    # ("*": a recipient the sentence leaves open, whichever the coder names)
    got = triples(coder, text)
    assert any(g[:2] == expected[:2] and expected[2] in ("*", g[2]) for g in got), got


@pytest.mark.parametrize("text, absent", [
    # release/withdraw/quit with an object that is no captive, force or office
    ("The Kenyan government released its annual budget report on Tuesday.", "RETREAT"),
    ("Police in Norway released photographs of the two suspects late on Monday.", "RETREAT"),
    ("Ecuador withdrew its offer of asylum to the Swedish activist.", "RETREAT"),
    ("Canada withdrew the tariff measures against Mexico last week.", "RETREAT"),
    ("Britain is quitting the customs bloc after long talks.", "RETREAT"),
    # demonstrating or rallying something is showing or gathering, not protest
    ("The Iranian missile test demonstrated that Tehran can strike distant targets.", "PROTEST"),
    ("Hungary rallied its allies in Brussels against the migration plan.", "PROTEST"),
    ("Colombian dockworkers struck a deal with the port authority of Panama.", "PROTEST"),
    ("Russian troops marched into the Georgian town of Gori on Monday.", "PROTEST"),
    ("Hundreds of Belgian volunteers are fighting the Islamic State in Syria.", "PROTEST"),
    ("The coalition launches air strikes on Houthi positions almost every day.", "PROTEST"),
    ("Iranian students attacked the president for his decision on fuel prices.", "PROTEST"),
    # conceding a fact, giving something "in" a place, permissions to use force
    ("The Pakistani foreign minister conceded that the strategy against the militants had "
     "failed.", "CONCEDE"),
    ("The testimony the Brazilian banker gave in Uruguay was sealed by the court.", "CONCEDE"),
    ("The gangs are allowed to kill suspected smugglers in the Mexican desert.", "CONCEDE"),
    ("The gangs are allowed to kill suspected smugglers in the Mexican desert.", "ASSAULT"),
    # attacks and targets in words or trade, strategies executed
    ("The Egyptian president attacked the integrity of the Ethiopian dam commission.",
     "ASSAULT"),
    ("The new Chinese levies target Australian farm goods and wine.", "ASSAULT"),
    ("The Thai army executed a complex strategy in the southern provinces.", "ASSAULT"),
    ("The Japanese prime minister shot down the idea of early elections.", "ASSAULT"),
    # a new post taken over, a state founded, information handed over
    ("His deputy takes over as acting interior minister of Lebanon on Monday.", "COERCE"),
    ("The Sudanese militia declared an Islamic state in the desert region it holds.", "COERCE"),
    ("The Danish ministry provided the Swedish delegation with an update on the talks.", "AID"),
    # the possessor of an arrest is the one arrested, not the arrester
    ("Officials in Kabul said that the Pakistani journalist's arrest was unlawful.", "COERCE"),
])
def test_other_sense_is_not_coded(coder, text, absent):
    assert all(event != absent for event, _, _ in triples(coder, text))


def test_possessor_of_a_release_is_the_one_released(coder):
    events = [e for e in coder.code(
        "Chad welcomed the Sudanese envoy's release on Monday.").events if e.event == "RETREAT"]
    assert all(a.country != "SDN" for e in events for a in e.actor)


@pytest.mark.parametrize("text", [
    "The office of the Kenyan president issued a short press release on Monday.",
    "The Bolivian ministry posted a news release about the border crossing.",
])
def test_a_press_release_is_no_release(coder, text):
    assert all(event != "RETREAT" for event, _, _ in triples(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("A Zimbabwean court freed on bail two ex-ministers of the old government.",
     ("RETREAT", "ZWE", "ZWE")),
    ("Colombian rebels released a kidnapped Ecuadorian engineer near the border on Sunday.",
     ("RETREAT", "COL", "ECU")),
])
def test_captives_of_any_kind_are_released(coder, text, expected):
    assert expected in triples(coder, text)


# -- round 2: senses of ASSAULT, COERCE, AID, MOBILIZE, COOPERATE triggers -------------------

@pytest.mark.parametrize("text, absent", [
    # COERCE seize / capture / occupy in another sense (CAMEO 1711, 192 take by force)
    ("Opposition leaders in Zembla seized on the minister's remarks about the budget.",
     "COERCE"),
    ("The Chinese satellite captured an image of the Philippine coast.", "COERCE"),
    ("Mr. Okafor occupies the presidential office in Lagos.", "COERCE"),
    ("The Kenyan opposition party took control of the Senate after the vote.", "COERCE"),
    # ASSAULT in words, trade or law (PLOVER ASSAULT is the use of force)
    ("The Varanian envoy shot back that the Kenyan claims were false.", "ASSAULT"),
    ("Ottawa retaliated against the new Mexican tariffs on Friday.", "ASSAULT"),
    ("Canadian farm groups fought the new steel tariffs in court.", "ASSAULT"),
    ("China and Australia are locked in a trade war over barley.", "ASSAULT"),
    ("The Ghanaian senator said the sanctions destroyed the economy of Zembla.", "ASSAULT"),
    ("The Nigerian army foiled an attack on the base in Maiduguri.", "ASSAULT"),
    ("A Malian soldier heard an explosion near the camp in Gao.", "ASSAULT"),
    ("The Bolivian president called the failed coup a stain on the nation.", "COERCE"),
    ("The Polish minister called the Russian campaign of airstrikes in Ukraine a grave error.",
     "ASSAULT"),
    ("Malian officials said no rocket hit the Nigerien convoy.", "ASSAULT"),
    ("Zembla launched a trade war with Kenya in March.", "ASSAULT"),
    ("The Kenyan president struck a conciliatory tone in front of the Ugandan press.",
     "ASSAULT"),
    ("Ankara once again struck at the Turkish-Greek relations, the statement said.",
     "ASSAULT"),
    ("By beating back the Kenyan challengers, the party kept its majority in Nairobi.",
     "ASSAULT"),
    ("The Ugandan senator also attacked the Kenyan government's efforts.", "ASSAULT"),
    ("An aide said the Kenyan president called the Monday strike an act of cowardice.",
     "PROTEST"),
    ("Three hooded men armed with rifles attacked a radio station near Mombasa.",
     "PROTEST"),
    ("Exporters in Peru are shunning the modest orders placed by Chilean buyers.",
     "PROTEST"),
    ("The mayor of Kharkiv is fighting for his life in an Israeli hospital.", "ASSAULT"),
    ("The former Peruvian president died after shooting himself at his home.", "ASSAULT"),
    ("The Syrian group is targeting its propaganda to young Kenyans.", "ASSAULT"),
    ("The Kenyan president and the German chancellor clashed over trade deficits.",
     "ASSAULT"),
    # AID / MOBILIZE / COOPERATE with objects of another kind
    ("The Kenyan president gave them credit for the reforms in Nairobi.", "AID"),
    ("The Ugandan report lent credence to the claims of the Kenyan opposition.", "AID"),
    ("Voters in Kenya lent us their votes at this election, the Kenyan president said.", "AID"),
    ("Canadian shipments of pork to China fell sharply in May.", "AID"),
    ("The Turkish agency deployed new scanners at Turkish airports.", "MOBILIZE"),
    ("The Chilean president urged Latin leaders to mobilize partners against the virus.",
     "MOBILIZE"),
    ("Chinese rules force Japanese companies to hand over technology to Beijing.",
     "COOPERATE"),
])
def test_material_trigger_in_another_sense_is_not_coded(coder, text, absent):
    assert all(event != absent for event, _, _ in triples(coder, text))


@pytest.mark.parametrize("text, expected", [
    # the same triggers in their PLOVER senses still code
    ("Malian soldiers shot back at Nigerien gunmen near the border.",
     ("ASSAULT", "MLI", "NER")),
    ("Chinese troops retaliated against the Indian patrol on the border.",
     ("ASSAULT", "CHN", "IND")),
    ("Syrian rebels destroyed two Syrian army tanks near Hama.", ("ASSAULT", "SYR", "SYR")),
    ("Russia deployed troops to the Ukrainian border on Monday.", ("MOBILIZE", "RUS", "UKR")),
    ("Spain handed over the suspect to French police on Friday.", ("COOPERATE", "ESP", "FRA")),
    ("Russia sent a shipment of weapons to Syria in May.", ("AID", "RUS", "SYR")),
    # a verb pattern on the object comes before one on a conjunct of it (CAMEO 154, not 07)
    ("Algeria is sending soldiers and tanks to its frontier with Libya.",
     ("MOBILIZE", "DZA", "LBY")),
    # an amount of goods handed over is aid (CAMEO 07), not an extradition (CAMEO 063)
    ("Norway handed over two million dollars worth of vaccines to Kenyan clinics.",
     ("AID", "NOR", "KEN")),
    ("Russia launched a war against Ukraine in February.", ("ASSAULT", "RUS", "UKR")),
    # officials clashing in words disapprove (CAMEO 110); forces and states clash in arms
    ("The Kenyan president and the German chancellor clashed over trade deficits.",
     ("ACCUSE", "KEN", "DEU")),
    ("Kenyan troops clashed with Somali militants near the border.",
     ("ASSAULT", "KEN", "SOM")),
    # cyber operations are COERCE 'cyber' (PLOVER manual, COERCE modes)
    ("Russian hackers conducted cyber operations against the Estonian government.",
     ("COERCE", "RUS", "EST")),
    # the subject of a passive moves itself only in RETREAT / MOBILIZE senses
    ("Hundreds of Kenyan soldiers were deployed to the Somali border.",
     ("MOBILIZE", "KEN", "SOM")),
    ("The Ugandan troops were withdrawn from Somalia in May.", ("RETREAT", "UGA", "SOM")),
    ("The Kenyan opposition shunned the election in protest at the new law.",
     ("PROTEST", "KEN", None)),
    # weapons fired in an attack are the attack (CAMEO 19), not a weapons show (CAMEO 152)
    ("Eritrean forces fired rockets in an attack on an Ethiopian army depot.",
     ("ASSAULT", "ERI", "ETH")),
    # ... but an attack at the time of a deployment stays an attack
    ("Russian troops attacked a Ukrainian village during the deployment.",
     ("ASSAULT", "RUS", "UKR")),
])
def test_material_trigger_in_its_sense_is_coded(coder, text, expected):
    assert expected in triples(coder, text)


def test_explosions_in_a_weapons_test_are_the_test(coder):
    events = {e for e, _, _ in triples(
        coder, "North Korea exploded nuclear devices in its nuclear tests in 2006.")}
    assert events == {"MOBILIZE"}


def test_a_negative_subject_negates_the_act(coder):
    events = coder.code("Nobody was arrested by the Kenyan police in Nairobi.").events
    assert events and all(e.negated for e in events if e.event == "COERCE")


def test_people_evacuated_are_not_the_evacuators(coder):
    events = coder.code("About 33 people were evacuated from the Kenyan embassy in Tripoli.")
    assert all("people" not in a.text for e in events.events if e.event == "AID"
               for a in e.actor)


@pytest.mark.parametrize("text, expected", [
    # CAMEO 02: seeking something from someone is an appeal ...
    ("Bolivia sought Brazilian help against the smugglers.", {"REQUEST"}),
    ("Pakistan sought talks with India over the dam.", {"REQUEST"}),
    # ... an attempt ("sought to" + verb) appeals to no one: only the attempted act is coded
    ("Paraguay sought to ease tensions with Bolivia after the incident.", set()),
    ("The rebels sought to seize the airport outside the capital.", {"COERCE"}),
])
def test_seeking_to_act_is_an_attempt_not_an_appeal(coder, text, expected):
    assert {e for e, _, _ in triples(coder, text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a team or squad sent stands for its members (CAMEO 073 medical staff) ...
    ("Egypt sent a team of doctors to Sudan after the floods.", ("AID", "EGY", "SDN")),
    ("Norway dispatched a squad of rescuers to Nepal on Sunday.", ("AID", "NOR", "NPL")),
    # ... and the goods coordinated with them are sent too (CAMEO 070)
    ("Canada sent a group of engineers, tents and medicine to Ghana.", ("AID", "CAN", "GHA")),
    # a share of goods supplied counts the goods ("94% of the equipment": CAMEO 072)
    ("Russia supplied 80% of the weapons that Armenia bought.", ("AID", "RUS", "ARM")),
    # giving access is granting it (CAMEO 086)
    ("Pakistan gave the Turkish army access to its airbases.", ("RETREAT", "PAK", "TUR")),
    # a boycott or sanctions law repealed lifts the sanction (CAMEO 085)
    ("Oman repealed its sanctions on Qatar in June.", ("RETREAT", "OMN", "QAT")),
    # aid named by its package (CAMEO 070, 073)
    ("Japan's assistance package for Laos arrived by ship.", ("AID", "JPN", "LAO")),
    # a tax on another party's firms suspended eases an economic measure (CAMEO 085)
    ("Spain suspended its levy on Moroccan phone companies.", ("RETREAT", "ESP", "MAR")),
    # a presence intensified is forces increased (CAMEO 154)
    ("Turkish forces intensified their presence near the Greek border.",
     ("MOBILIZE", "TUR", "GRC")),
    # taking part in peacekeeping provides it (CAMEO 074)
    ("Fijian troops took part in the peacekeeping mission in Lebanon.",
     ("AID", "FJI", "LBN")),
])
def test_material_recall_patterns_are_coded(coder, text, expected):
    assert expected in triples(coder, text)


@pytest.mark.parametrize("text", [
    # a domestic tax suspended has no recipient: no easing of sanctions (CAMEO 085)
    "Kenya suspended the fuel tax for three months.",
    # experts sent to a home-state site are no aid to another party (CAMEO 07)
    "The Kenyan mining agency sent a team of experts to the collapsed mine.",
])
def test_material_recall_patterns_stay_in_their_sense(coder, text):
    assert not any(e in ("AID", "RETREAT") for e, _, _ in triples(coder, text))


def coded(coder, text: str) -> list[tuple[str, str, str | None]]:
    """(type, CAMEO code, actor country) of every asserted event of ``text``."""
    return [(e.event, e.cameo, e.actor[0].country if e.actor else None)
            for e in coder.code(text).events if not (e.hypothetical or e.negated)]


@pytest.mark.parametrize("text, expected", [
    # enlisting fighters and redeploying units increase armed forces (CAMEO 154)
    ("The Sudanese army recruited hundreds of fighters in Darfur last month.",
     ("MOBILIZE", "154", "SDN")),
    ("The Malian army redeployed two battalions to the northern border.",
     ("MOBILIZE", "154", "MLI")),
    ("Armenia bolstered its garrison along the Azerbaijani border.", ("MOBILIZE", "154", "ARM")),
    ("The Chilean government sent military to the northern border on Monday.",
     ("MOBILIZE", "154", "CHL")),
    # raising a unit's alert status (CAMEO 152)
    ("The Peruvian government put its navy on high alert on Friday.",
     ("MOBILIZE", "152", "PER")),
    # the nominal and verbal forms of demilitarizing (CAMEO 0873) and ending a war (CAMEO 087)
    ("Georgia announced the demilitarization of the border zone on Monday.",
     ("RETREAT", "0873", "GEO")),
    ("The Colombian army put an end to the fighting in the Cauca valley.",
     ("RETREAT", "087", "COL")),
    # leaving an organization, in nominal form, and ejecting foreign officials (CAMEO 166)
    ("Burundi's withdrawal from the regional trade bloc angered its neighbours.",
     ("SANCTION", "166", "BDI")),
    ("The Nicaraguan government ejected two Costa Rican diplomats on Tuesday.",
     ("SANCTION", "166", "NIC")),
    # a penalty imposed is a sanction (CAMEO 160)
    ("The Polish government penalized a Belarusian shipping company on Friday.",
     ("SANCTION", "160", "POL")),
    # operations of combat are the use of force (CAMEO 190)
    ("The Nigerian army carried out combat operations against the rebels on Wednesday.",
     ("ASSAULT", "190", "NGA")),
    # eased penalties on persons and giving in (CAMEO 081, 083)
    ("The Zambian president commuted the death sentences of twelve prisoners on Monday.",
     ("CONCEDE", "081", "ZMB")),
    ("The Ecuadorian Supreme Court exonerated the former defence minister.",
     ("CONCEDE", "081", "ECU")),
    # a purge removes officials from office (CAMEO 172)
    ("The Guinean junta purged dozens of senior officers after the failed coup.",
     ("COERCE", "172", "GIN")),
    # acting jointly with a partner is material cooperation (CAMEO 060)
    ("The Kenyan police coordinated with Ugandan investigators to dismantle the ring.",
     ("COOPERATE", "060", "KEN")),
    ("Chad formed an alliance with Niger against the insurgents.", ("COOPERATE", "060", "TCD")),
    ("The Chilean navy has partnered with Peru on coastal security.",
     ("COOPERATE", "060", "CHL")),
    # a court's fine is a sanction (PLOVER SANCTION)
    ("A Turkish court fined the Greek shipping company on Wednesday.",
     ("SANCTION", "160", "TUR")),
    # conscripts and a larger army or arsenal are forces and weapons mobilized (CAMEO 154, 152)
    ("The Ethiopian army conscripted thousands of young men after the invasion.",
     ("MOBILIZE", "154", "ETH")),
    ("Kazakhstan expanded its army by ten thousand soldiers.", ("MOBILIZE", "154", "KAZ")),
    ("Pakistan expanded its arsenal of short-range missiles last year.",
     ("MOBILIZE", "152", "PAK")),
    # demilitarizing a zone (CAMEO 0873) and capitulating to an opponent (CAMEO 083)
    ("The Serbian army demilitarized the border zone last month.", ("RETREAT", "0873", "SRB")),
    ("The Bolivian rebels capitulated after a six-month siege.", ("CONCEDE", "083", "BOL")),
    # a toll taken by clashes between named parties reports the clashes (CAMEO 190)
    ("Clashes between Sudanese rebels and the army have claimed the lives of dozens of people.",
     ("ASSAULT", "190", "SDN")),
])
def test_material_lexicon_senses_are_coded(coder, text, expected):
    assert expected in coded(coder, text)


@pytest.mark.parametrize("text, absent", [
    # an embargo or curfew violated is no sanction or restriction by the violator
    ("Moldovan smugglers violated the embargo on Tuesday.", "SANCTION"),
    ("The Serbian rebels defied the curfew on Friday.", "COERCE"),
    # a business presence expanded is no military build-up
    ("The Dutch bank expanded its presence in Vietnam last year.", "MOBILIZE"),
    # a toll with no parties named is no event; a claim made is no assault
    ("The war in Yemen has claimed thousands of lives.", "ASSAULT"),
    ("The Sudanese government claimed victory over the rebels.", "ASSAULT"),
])
def test_material_lexicon_senses_stay_out(coder, text, absent):
    assert absent not in {e for e, _, _ in coded(coder, text)}


@pytest.mark.parametrize("text, expected", [
    # destroying an armed force by force (CAMEO 190), a vow to do it a threat (CAMEO 138)
    ("Chadian troops wiped out a rebel unit near the border.", ("ASSAULT", "190", "TCD")),
    ("The Kenyan army vowed to wipe out the Somali militants.", ("THREATEN", "138", "KEN")),
])
def test_wiping_out_a_force_is_coded(coder, text, expected):
    assert expected in coded(coder, text)


@pytest.mark.parametrize("text", [
    "The deal wiped out Greece's debts.",
    "The Peruvian government's reform wiped out the savings of pensioners.",
])
def test_wiping_out_money_is_no_assault(coder, text):
    assert "ASSAULT" not in {e for e, _, _ in coded(coder, text)}


@pytest.mark.parametrize("text, expected", [
    # the act a reaction is made with is the reacting party's act (PLOVER: who carries it out)
    ("Israel responded with air strikes on Gaza.", ("ASSAULT", "195", "ISR")),
    ("Pakistan answered with a blockade of the port.", ("COERCE", "191", "PAK")),
])
def test_act_done_in_response_is_coded(coder, text, expected):
    assert expected in coded(coder, text)


@pytest.mark.parametrize("text", [
    "The ministry responded with a statement.",
    "Moscow reacted with anger to the decision.",
    # attacks in words are no use of force
    "Velonia responded with personal attacks on the Tarvish president.",
    "The senator launched a verbal attack on the Chinese government.",
])
def test_reaction_in_words_is_no_material_act(coder, text):
    assert not {e for e, _, _ in coded(coder, text)} & {"ASSAULT", "COERCE", "SANCTION"}


@pytest.mark.parametrize("text, expected", [
    # the nominal form of dispatching troops (CAMEO 154); a news dispatch is a report
    ("The Velonian defence ministry announced the dispatch of troops to Chad.",
     ("MOBILIZE", "154", None)),
    ("Egypt's dispatch of warships to the strait angered Ethiopia.", ("MOBILIZE", "154", "EGY")),
])
def test_dispatch_of_forces_is_coded(coder, text, expected):
    assert expected in coded(coder, text)
