"""Event types in news leads: one lead sentence in, the event type, CAMEO code and dyad out.

Sentences written for these tests (issues #2 and #5); each expectation follows the PLOVER manual's
type definitions and the CAMEO codebook's descriptions.
"""

from __future__ import annotations

import pytest

DATE = "2024-05-15"

# (lead, PLOVER type, CAMEO code, actor country, recipient country)
LEADS = [
    # SANCTION: reducing relations, including contacts and relationships (CAMEO 16)
    ("Lesotho suspended its relationship with Malawi on Tuesday.",
     "SANCTION", "161", "LSO", "MWI"),
    ("Bolivia severed all contacts with Paraguay after the border dispute.",
     "SANCTION", "161", "BOL", "PRY"),
    ("Tunisia froze relations with Morocco last week.", "SANCTION", "161", "TUN", "MAR"),
    ("Uruguay expelled two Venezuelan diplomats on Friday.", "SANCTION", "166", "URY", "VEN"),
    ("Cambodia imposed sanctions on two Thai companies on Thursday.",
     "SANCTION", "163", "KHM", "THA"),
    # nominal forms: "the suspension of relations", "the lifting of the curfew"
    ("Yemen announced the suspension of relations with Oman on Sunday.",
     "SANCTION", "161", "YEM", "OMN"),
    ("Bolivia announced the suspension of talks with Chile.", "SANCTION", "164", "BOL", "CHL"),
    ("Ghana announced the lifting of the curfew in Tamale.", "CONCEDE", "081", "GHA", None),
    # an aid agency leaving a country withdraws non-military resources (PLOVER SANCTION
    # 'withdraw'; CAMEO 1663), it does not retreat militarily
    ("The Red Cross pulled out of Darfur on Monday.", "SANCTION", "1663", None, "SDN"),
    # CONCEDE: removing restrictions and curfews eases them (CAMEO 081), as lifting does;
    # pardons are concessions (PLOVER manual, CONCEDE)
    ("The Fijian government removed restrictions on opposition newspapers.",
     "CONCEDE", "081", "FJI", None),
    ("Ghana removed the curfew in the northern city of Tamale on Sunday.",
     "CONCEDE", "081", "GHA", None),
    ("Peru's president pardoned three jailed opposition leaders on Monday.",
     "CONCEDE", "081", "PER", None),
    # RETREAT: a trade ban removed eases an economic sanction (CAMEO 085); releases (0841)
    ("Indonesia removed its ban on imports of Malaysian palm oil.",
     "RETREAT", "085", "IDN", "MYS"),
    ("Kazakhstan released eleven Kyrgyz fishermen on Saturday.",
     "RETREAT", "0841", "KAZ", "KGZ"),
    # SUPPORT: opening diplomatic ties (CAMEO 050), voting for a treaty, praise, signing
    ("Mongolia and Laos opened diplomatic ties on Thursday.", "SUPPORT", "050", "MNG", "LAO"),
    ("Estonia's parliament voted for the treaty with Latvia on Wednesday.",
     "SUPPORT", "051", "EST", "LVA"),
    ("Sweden praised Finland's handling of the refugee crisis.",
     "SUPPORT", "051", "SWE", "FIN"),
    ("Ukraine and Moldova signed a trade agreement in Chisinau on Friday.",
     "SUPPORT", "057", "UKR", "MDA"),
    # entering into an agreement makes a party to it, like signing (PLOVER SUPPORT)
    ("Chile entered into an agreement with Bolivia on water rights.",
     "SUPPORT", "057", "CHL", "BOL"),
    # AGREE: future talks are intent (PLOVER manual, AGREE)
    ("Vietnam and Laos agreed to hold talks on their border next month.",
     "AGREE", "036", "VNM", "LAO"),
    # COOPERATE: joint military training (CAMEO 062)
    ("Brazilian and Argentine soldiers held joint training in Rio Grande on Monday.",
     "COOPERATE", "062", "BRA", "ARG"),
    # AID: goods counted by the truckload or tonne are still the goods sent (CAMEO 07)
    ("Kenya rushed truckloads of food to Somalia on Friday.", "AID", "073", "KEN", "SOM"),
    ("Japan sent 200 tonnes of rice to North Korea on Monday.", "AID", "070", "JPN", "PRK"),
    # rescue teams sent to a disaster are emergency aid (CAMEO 073); money released to a
    # recipient is aid (071) where released persons stay a release (0841)
    ("Japan sent rescue teams to Turkey after the earthquake.", "AID", "073", "JPN", "TUR"),
    ("Washington authorized the release of $300 million in economic aid to Jordan.",
     "AID", "071", "USA", "JOR"),
    ("Iran authorized the release of the British sailors.", "RETREAT", "0841", "IRN", None),
    # the conflictive types in plain leads
    ("Zambian troops shelled rebel positions near the Angolan border on Monday.",
     "ASSAULT", "194", "ZMB", None),
    ("Nicaraguan police arrested forty opposition activists in Managua on Sunday.",
     "COERCE", "173", "NIC", None),
    ("Senegal accused Gambia of sheltering separatist fighters.",
     "ACCUSE", "112", "SEN", "GMB"),
    ("The Togolese government chided Ghana for its remarks.", "ACCUSE", "111", "TGO", "GHA"),
    # sending into exile deports (CAMEO 174); revoking accreditation is an administrative
    # sanction (172); driving back an attack is fighting (190)
    ("The Burundian junta exiled the opposition leader to Kenya.",
     "COERCE", "174", "BDI", None),
    ("Zimbabwe revoked the accreditation of two South African journalists.",
     "COERCE", "172", "ZWE", None),
    ("Ukrainian forces repelled a Russian attack near Kharkiv.", "ASSAULT", "190", "UKR", None),
    ("Thousands of Bolivian miners marched through La Paz on Tuesday to protest a new mining "
     "tax.", "PROTEST", "141", "BOL", None),
    ("Malaysia refused to meet Thai negotiators in Penang.", "REJECT", "125", "MYS", "THA"),
    ("The parliament of Mali voted down a Senegalese plan for easing the embargo on Guinea.",
     "REJECT", "120", "MLI", "SEN"),
    # agreeing on another's demands accedes to them (CAMEO 083)
    ("The government of Benin agreed on the key demands of the striking teachers.",
     "CONCEDE", "083", "BEN", None),
    ("Ecuador demanded that Colombia withdraw its soldiers from the border.",
     "REQUEST", "105", "ECU", "COL"),
    ("Armenia warned Azerbaijan that it would respond with force to any attack.",
     "THREATEN", "138", "ARM", "AZE"),
    ("Tanzania deployed troops along its border with Burundi on Tuesday.",
     "MOBILIZE", "154", "TZA", "BDI"),
    ("The Philippine president visited Vietnam on Wednesday.", "CONSULT", "042", "PHL", "VNM"),
    # taking part in an event is doing it: "took part in", "joined in", "a series of"
    ("The Kenyan foreign minister took part in talks with Ethiopian officials in Addis Ababa.",
     "CONSULT", "046", "KEN", "ETH"),
    ("Chile and Peru joined in a regional meeting in Lima on Monday.",
     "CONSULT", "040", "CHL", "PER"),
    ("The Kenyan foreign minister took part in a series of meetings with Ethiopian officials.",
     "CONSULT", "040", "KEN", "ETH"),
    ("Thousands of Chilean students took part in a protest against tuition fees.",
     "PROTEST", "140", "CHL", None),
    # forces ordered to a place are sent there (CAMEO 15)
    ("The Somali government ordered police to the port of Kismayo on Sunday.",
     "MOBILIZE", "153", "SOM", None),
    # gifts are aid (PLOVER manual, AID: "grants, gifts and credit")
    ("Japan gave a military gift to Mongolia on Monday.", "AID", "070", "JPN", "MNG"),
    # a strike under way: "out on strike" (CAMEO 143)
    ("Thousands of Chilean dockworkers went out on strike on Monday.",
     "PROTEST", "143", "CHL", None),
    # a strike named as labour action is a work stoppage, not a military strike (CAMEO 143)
    ("Nigerian workers began a nationwide strike on Monday.", "PROTEST", "143", "NGA", None),
    # requests whose content is no event of its own: "called for X to ...", "asked X to ..."
    ("Mali called for Algeria to review its visa rules.", "REQUEST", "020", "MLI", "DZA"),
    ("Nepal asked India to review its visa rules.", "REQUEST", "020", "NPL", "IND"),
    # the party let in is the subject of the infinitive ("allowed aid workers to enter")
    ("Myanmar allowed Thai aid workers to enter Rakhine on Monday.",
     "RETREAT", "086", "MMR", None),
    # "is to visit": a planned visit is intent (PLOVER manual, AGREE)
    ("The Nigerian president is to visit Ghana next week.", "AGREE", "036", "NGA", "GHA"),
    # a plan made known by its own actor: force planned is a threat, aid planned an intent
    ("Chad announced a plan to invade Niger.", "THREATEN", "138", "TCD", "NER"),
    ("Japan announced a plan to send aid to Nepal.", "AGREE", "033", "JPN", "NPL"),
    # acts received "from" someone: the giver acts, the subject receives
    ("Haiti received food aid from Cuba on Monday.", "AID", "073", "CUB", "HTI"),
    ("Malian army posts came under attack from Burkinabe militants.",
     "ASSAULT", "190", "BFA", "MLI"),
    # leaving an organization, or pulling out aid workers (PLOVER SANCTION 'withdraw')
    ("Burundi withdrew from the International Criminal Court on Friday.",
     "SANCTION", "166", "BDI", None),
    ("Canada withdrew its aid workers from Haiti.", "SANCTION", "166", "CAN", "HTI"),
    ("The Commonwealth expelled Fiji from the organisation on Monday.",
     "SANCTION", "166", None, "FJI"),
    ("Turkey suspended its participation in the Balkan treaty.", "SANCTION", "166", "TUR", None),
    # the state blocking access or roads restricts (PLOVER COERCE), it does not protest
    ("The Ugandan government blocked access to Facebook.", "COERCE", "172", "UGA", None),
    ("Kenyan police blocked roads leading to Nairobi.", "COERCE", "191", "KEN", None),
    ("Ethiopian authorities cut internet access in Tigray.", "COERCE", "170", "ETH", None),
    # closing newspapers censors them; closing organizations or dismissing office holders
    # restricts political life (PLOVER COERCE 'censor', 'restrict')
    ("The Nicaraguan government ordered the closure of twelve opposition newspapers.",
     "COERCE", "1721", "NIC", None),
    ("Belarus closed two human rights organisations on Monday.", "COERCE", "172", "BLR", None),
    ("The Gabonese president dismissed the entire army leadership on Friday.",
     "COERCE", "172", "GAB", None),
    # heading a delegation abroad is a visit; security provided for others is protection (074)
    ("The Kenyan foreign minister led a delegation to Kampala on Monday.",
     "CONSULT", "042", "KEN", "UGA"),
    ("French troops provided security for the elections in Mali.", "AID", "074", "FRA", "MLI"),
    # approving a treaty ratifies it (PLOVER SUPPORT; CAMEO 057)
    ("Estonia's parliament approved the border treaty with Russia.",
     "SUPPORT", "057", "EST", "RUS"),
    # nominal forms with their own actor: an execution, a missile launch
    ("Iran's execution of a Kurdish activist angered Iraq.", "ASSAULT", "186", "IRN", None),
    ("North Korea's missile launch alarmed Japan.", "MOBILIZE", "152", "PRK", None),
    ("China's test of an anti-satellite missile alarmed India.", "MOBILIZE", "152", "CHN", None),
    ("Indian forces staged a show of force along the Chinese border.",
     "MOBILIZE", "150", "IND", None),
    # an agentless arrest reported by a state institution is that state's act
    ("Three Kenyan journalists were detained on Monday, the Kenyan interior ministry said.",
     "COERCE", "173", "KEN", None),
]


@pytest.mark.parametrize(("text", "event", "cameo", "actor", "recipient"), LEADS)
def test_lead_event(coder, text, event, cameo, actor, recipient):
    events = [e for e in coder.code(text, DATE).events if e.event == event]
    assert events, f"no {event} in {text!r}"
    ev = next((e for e in events if e.cameo == cameo), events[0])
    assert ev.cameo == cameo
    if actor is not None:
        assert actor in [a.country for a in ev.actor]
    else:
        assert ev.actor
    if recipient is not None:
        assert recipient in [r.country for r in ev.recipient]


@pytest.mark.parametrize(("text", "wrong"), [
    # lifting or removing a trade ban is not a concession on persons (CAMEO 085, not 081)
    ("Indonesia removed its ban on imports of Malaysian palm oil.", "CONCEDE"),
    # removed restrictions on newspapers are not an eased economic sanction
    ("The Fijian government removed restrictions on opposition newspapers.", "RETREAT"),
    # troops leaving stay a military retreat; an objection withdrawn stays a concession
    ("Kenyan troops withdrew from Somalia on Monday.", "SANCTION"),
    ("Amnesty International withdrew its objection to the new law.", "SANCTION"),
    # police ordered to act are no mobilization of their own: the act is coded
    ("The Somali government ordered police to disperse the protesters.", "MOBILIZE"),
    # the motion voted down is not a lifting of sanctions
    ("The parliament of Mali voted down a Senegalese plan for easing the embargo on Guinea.",
     "RETREAT"),
    # talks suspended are no talks held
    ("Bolivia announced the suspension of talks with Chile.", "CONSULT"),
    ("Nigerian workers began a nationwide strike on Monday.", "ASSAULT"),
    ("The Ugandan government blocked access to Facebook.", "PROTEST"),
    ("Canada withdrew its aid workers from Haiti.", "RETREAT"),
    ("Chad announced a plan to invade Niger.", "ASSAULT"),
    ("The Nigerian president is to visit Ghana next week.", "CONSULT"),
    # dismissing office holders is no rejection of an idea
    ("The Gabonese president dismissed the entire army leadership on Friday.", "REJECT"),
])
def test_lead_not_coded_as(coder, text, wrong):
    assert wrong not in {e.event for e in coder.code(text, DATE).events}
