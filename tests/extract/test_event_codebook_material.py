"""CAMEO codebook coverage for the material roots (06-08, 14, 15, 17-20): one sentence in, one record out.

Sentences written for these tests from the CAMEO codebook's descriptions; types follow CAMEO2PLOVER.
"""

from __future__ import annotations

import pytest

DATE = "2024-05-15"

# (sentence, PLOVER type, CAMEO code); every event coded for the sentence has that type
CASES = [
    ('Japan and Vietnam expanded trade cooperation on Monday.', 'COOPERATE', '060'),
    ('Australia and Indonesia conducted joint military drills on Tuesday.', 'COOPERATE', '062'),
    ('Spain extradited a Colombian drug suspect to the United States.', 'COOPERATE', '063'),
    ('Jordan shared intelligence with Iraq about the militant network.', 'COOPERATE', '064'),
    ('Pakistan passed on intelligence to Afghanistan about the planned attack.', 'COOPERATE', '064'),
    ('Vietnam resumed rice exports to the Philippines on Monday.', 'COOPERATE', '061'),
    ("Germany wrote off Zambia's debt on Thursday.", 'AID', '071'),
    ('The United States supplied Ukraine with artillery shells.', 'AID', '070'),
    ('Jordan airlifted food and medicine to Gaza.', 'AID', '073'),
    ('Kenya evacuated civilians from the flooded region.', 'AID', '073'),
    ('The UN Security Council on Friday extended the mandate of the peacekeeping force '
     'in Lebanon.', 'AID', '074'),
    ('Ecuador gave political asylum to the Australian activist.', 'AID', '075'),
    ('Algeria legalized three opposition parties on Monday.', 'CONCEDE', '0812'),
    ('The Bangladeshi opposition called off the general strike.', 'CONCEDE', '082'),
    ('France withdrew its pension reform after mass strikes.', 'CONCEDE', '0832'),
    ('Hamas set free the Israeli soldier after five years in captivity.', 'RETREAT', '0841'),
    ('Russia handed back the seized Ukrainian ships to Kiev.', 'RETREAT', '0842'),
    ('Ethiopia ended the state of emergency on Wednesday.', 'RETREAT', '0814'),
    ('Croatia accepted the deployment of UN peacekeepers on its territory.', 'AGREE', '0355'),
    ('Azerbaijan ended its blockade of the Lachin corridor.', 'RETREAT', '0872'),
    ('Contra rebels turned in their weapons to UN peacekeepers.', 'RETREAT', '0873'),
    ('The Israeli army vacated its positions in southern Lebanon.', 'RETREAT', '0874'),
    ('American forces handed over the base to the Afghan army.', 'RETREAT', '0874'),
    ('Nigerian doctors launched a nationwide strike over unpaid salaries.', 'PROTEST', '143'),
    ('South Korean truckers walked off the job on Tuesday.', 'PROTEST', '143'),
    ('The Cuban dissident refused food in protest against his detention.', 'PROTEST', '142'),
    ('Angry Palestinian youths stoned Israeli vehicles.', 'PROTEST', '145'),
    ('Pakistani police were put on high alert in Karachi.', 'MOBILIZE', '151'),
    ('South Korea raised its military alert level on Tuesday.', 'MOBILIZE', '152'),
    ('The Indian government sent thousands of police to Manipur.', 'MOBILIZE', '153'),
    ("Venezuela nationalized the American oil company's assets.", 'COERCE', '1711'),
    ('Israeli troops searched Palestinian homes in Nablus.', 'COERCE', '1711'),
    ('Russia blocked access to social media sites.', 'COERCE', '1721'),
    ('Egypt shut down the Al Jazeera bureau in Cairo.', 'COERCE', '1721'),
    ('Thailand dissolved the main opposition party.', 'COERCE', '1722'),
    ('Venezuela barred the opposition leader from running for office.', 'COERCE', '1722'),
    ('Chinese ships blocked Philippine vessels from reaching the shoal.', 'COERCE', '191'),
    ('Soviet forces cut off all roads into Lithuania.', 'COERCE', '191'),
    ('Palestinian gunmen hijacked an Italian cruise ship.', 'ASSAULT', '181'),
    ('Rebels burned down government buildings in Bamako.', 'ASSAULT', '1712'),
    ('Pakistani troops breached the truce along the Line of Control.', 'ASSAULT', '196'),
    ("Myanmar's army drove Rohingya villagers out of Rakhine State.", 'ASSAULT', '201'),
    ('The United States dropped an atomic bomb on Hiroshima.', 'ASSAULT', '2042'),
    ('The Iraqi army gassed Kurdish civilians in Halabja.', 'ASSAULT', '2041'),
    ('Croatian forces ethnically cleansed Serbs from the Krajina region.', 'ASSAULT', '203'),
    ('Serbian forces committed genocide in Srebrenica.', 'ASSAULT', '202'),
    ('Serbian forces laid siege to Sarajevo.', 'COERCE', '191'),
    ('Rebels took the town of Kidal.', 'COERCE', '192'),
    ('Israeli forces closed off the West Bank and Gaza Strip after the bombing.', 'COERCE', '191'),
    ('Turkish police conducted raids on the offices of the newspaper.', 'COERCE', '1711'),
    ('Kenyan police made dozens of arrests in Nairobi.', 'COERCE', '173'),
    ('The Sri Lankan president proclaimed a state of emergency.', 'COERCE', '1724'),
    ('Islamic State fighters seized the town of Palmyra.', 'COERCE', '192'),
    ('Hindu rioters burned Muslim homes in Gujarat.', 'PROTEST', '145'),
    ('Activists chained themselves to the gates of the embassy.', 'PROTEST', '144'),
    ('The United States dispatched an aircraft carrier to the Gulf.', 'MOBILIZE', '154'),
    ('Ethiopia amassed troops near the Eritrean border.', 'MOBILIZE', '154'),
    ('Cuba sent doctors to Sierra Leone to fight Ebola.', 'AID', '073'),
    ('Norway granted refugee status to the Iranian activist.', 'AID', '075'),
    ('China returned the seized US navy drone.', 'RETREAT', '0842'),
    ('Syria opened border crossings for UN aid convoys.', 'RETREAT', '0863'),
    ('Saudi intelligence tipped off the United States about the parcel bombs.', 'COOPERATE', '064'),
    ('Taliban militants bombed a hotel in Kabul.', 'ASSAULT', '183'),
    ('Twelve American soldiers deployed to Nigeria to train Nigerian soldiers.', 'AID', '072'),
    ('The African Union sent troops to protect civilians in Darfur.', 'AID', '074'),
    ('Dozens of Russian peacekeepers began deploying in Nagorno-Karabakh on Tuesday.', 'AID', '074'),
    ('The United States reduced tariffs on Chinese goods.', 'RETREAT', '085'),
    ('Washington lifted its ban on arms sales to Vietnam.', 'RETREAT', '085'),
    ('Japan lifted travel curbs on North Korea.', 'CONCEDE', '081'),
    ('Venezuelan opposition leaders cancelled a planned protest march.', 'CONCEDE', '082'),
    ('The Jordanian government reversed the fuel price increase after riots.', 'CONCEDE', '0832'),
    ('Sudan allowed humanitarian relief into Darfur.', 'RETREAT', '0863'),
    ('Syria handed over the captured Israeli pilot to the Red Cross.', 'RETREAT', '0841'),
    ('Japan and China expanded trade links on Monday.', 'COOPERATE', '060'),
    ('Renamo guerrillas began handing in their weapons to UN troops.', 'RETREAT', '0873'),
    ('Russia built up forces near the Ukrainian border.', 'MOBILIZE', '154'),
    ('NATO put 40,000 troops on standby.', 'MOBILIZE', '152'),
    ('Bahrain stripped 138 people of their citizenship.', 'COERCE', '172'),
    ('Iran downed an American drone over the Gulf.', 'ASSAULT', '190'),
    ('North Korea staged a military parade in Pyongyang.', 'MOBILIZE', '150'),
]


@pytest.mark.parametrize(("text", "event", "cameo"), CASES)
def test_material_codebook_sentence(coder, text: str, event: str, cameo: str) -> None:
    coded = [(e.event, e.cameo) for e in coder.code(text, DATE).events]
    assert (event, cameo) in coded, coded
    assert {t for t, _ in coded} == {event}, coded


# Words of the patterns above used in other senses: no event, or not the material one.
NOT_CODED = [
    ("The president took the floor at the summit.", "COERCE"),
    ("Kenya withdrew its proposal for a new tax on Monday.", "CONCEDE"),
    ("The UN extended the mandate of the commission of inquiry.", "AID"),
    ("Police searched for the missing hikers near Denver.", "COERCE"),
    ("Kenya resumed flights to Somalia on Monday.", "COOPERATE"),
    ("Fishermen held captive in Libya for months were freed on Friday.", "ASSAULT"),
    # forces sent to guard against infiltration posture; they protect no one else
    ("North Korea deployed submarines to guard against infiltration.", "AID"),
    ("Vietnam sent patrol boats to help protect its trawlers from smugglers.", "AID"),
    ("The invasion drove out the Taliban government in 2001.", "ASSAULT"),
    ("Kerry tried to torpedo the trade deal.", "ASSAULT"),
    ("Trump attended a military parade in Paris.", "MOBILIZE"),
    ("Iran is closing off any chance of a negotiated settlement.", "COERCE"),
    ("Walmart equipped its stores with cameras.", "AID"),
]


@pytest.mark.parametrize(("text", "event"), NOT_CODED)
def test_material_pattern_not_misread(coder, text: str, event: str) -> None:
    assert event not in {e.event for e in coder.code(text, DATE).events}


def test_students_calling_off_a_march_concede(coder) -> None:
    # a civilian actor's call-off of its own protest stays a concession (CAMEO 082)
    events = coder.code("Korean students called off their march on the palace.", DATE).events
    assert [e.event for e in events] == ["CONCEDE"]


def test_forces_sent_to_help_another_party_are_military_aid(coder) -> None:
    # personnel sent to help another party (CAMEO 072), not a show of force (CAMEO 15)
    events = coder.code("Russia sent troops to help Assad fight the rebels.", DATE).events
    assert ("AID", "072") in [(e.event, e.cameo) for e in events]
    assert "MOBILIZE" not in {e.event for e in events}
