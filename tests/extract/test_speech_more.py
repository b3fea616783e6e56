"""More speech acts: threats whose target bears the penalty, demands with a penalty for
refusing, reactions announced against another party's act, floated hostile acts, "not stand
idly by", "X is to blame", openness to talks, and asking words that ask no one.

Sentences written for these tests (invented wording, real country names) go in; the verbal
event (type, actor country, recipient country, negated, hypothetical) comes out.
"""

from __future__ import annotations

import pytest


def _codes(actors) -> set[str]:
    return {a.country or a.code or "" for a in actors}


def _events(coder, text: str, event: str) -> list:
    return [e for e in coder.code(text).events if e.event == event]


@pytest.mark.parametrize("text, event, actor, recipient, negated, hypothetical", [
    # a threat names its target as the one who will bear the penalty (CAMEO 130)
    ("Peru said Chile would face severe consequences.",
     "THREATEN", "PER", "CHL", False, False),
    ("Peru warned that Chile would face severe consequences.",
     "THREATEN", "PER", "CHL", False, False),
    ('"Chile will pay a high price for this crime," the Peruvian president said.',
     "THREATEN", "PER", "CHL", False, False),
    ("The Colombian minister said Venezuela would pay dearly for the raid.",
     "THREATEN", "COL", "VEN", False, False),
    # a condition without "if" names the threatened party
    ('"There are consequences should the Chilean government break the accord," the Peruvian '
     "president said.", "THREATEN", "PER", "CHL", False, False),
    # a demand with a penalty for refusing it is a threat (CAMEO 139 note)
    ("Peru demanded that Chile withdraw its troops within 48 hours or face military action.",
     "THREATEN", "PER", "CHL", False, False),
    ("Peru told Chile to pull its forces back or face the consequences.",
     "THREATEN", "PER", "CHL", False, False),
    ("Kenya urged Somalia to hand over the gunmen or face a trade boycott.",
     "THREATEN", "KEN", "SOM", False, False),
    # a reaction announced against another party's hostile act threatens its doer
    ("Peru said it would respond militarily to any Chilean attack.",
     "THREATEN", "PER", "CHL", False, False),
    ("The Peruvian army said it would react swiftly to any Chilean incursion into its airspace.",
     "THREATEN", "PER", "CHL", False, False),
    # floating one's own hostile act is a threat, coded by the act (CAMEO 1312, 138)
    ("Peru has raised the prospect of suspending its talks with Chile over the fishing dispute.",
     "THREATEN", "PER", "CHL", False, False),
    ("Ghana raised the prospect of sanctions against Togo.",
     "THREATEN", "GHA", "TGO", False, False),
    # refusing to stay passive is a threat (CAMEO 130), not a refused support
    ("Peru said it would not stand idly by if Chile attacked Bolivia.",
     "THREATEN", "PER", "CHL", False, False),
    # a warning that the other side risks harm
    ('"Chile is playing with fire," the Peruvian president said.',
     "THREATEN", "PER", "CHL", False, False),
    # a vow to go on fighting a named party threatens force (CAMEO 138)
    ("The Peruvian president vowed to continue the fight against the Chilean invaders.",
     "THREATEN", "PER", "CHL", False, False),
    ("The Kenyan army vowed to pursue its offensive against the Somali militants.",
     "THREATEN", "KEN", "SOM", False, False),
    # "X is to blame": the subject is the one blamed (CAMEO 112)
    ("Peru said the Chilean government was to blame for the violence.",
     "ACCUSE", "PER", "CHL", False, False),
    ('"Chile is to blame for this tragedy," the Peruvian president said.',
     "ACCUSE", "PER", "CHL", False, False),
    # openness to talks is intent to negotiate (CAMEO 036)
    ("Peru's president said his country was open to dialogue with Chile.",
     "AGREE", "PER", "CHL", False, False),
    ('"We are open to talks with Ecuador," the Peruvian president said.',
     "AGREE", "PER", "ECU", False, False),
    # seeking another party's help asks it
    ("Peru sought Chilean help to rebuild the bridge.", "REQUEST", "PER", "CHL", False, False),
    # naming a party's act as a crime, genocide or terrorism, or insulting a party, accuses it
    # (CAMEO 111, 112, 1124)
    ("Cuba described the American blockade as an act of genocide.",
     "ACCUSE", "CUB", "USA", False, False),
    ("Peru called the Chilean raid an act of terrorism.", "ACCUSE", "PER", "CHL", False, False),
    ("Peru said Chile's decision was a crime against its fishermen.",
     "ACCUSE", "PER", "CHL", False, False),
    ("The Peruvian president called the Chilean ambassador a very stupid man.",
     "ACCUSE", "PER", "CHL", False, False),
    # disapproval voiced over a party's act (CAMEO 110)
    ("Pakistan voiced strong disapproval of India's nuclear tests.",
     "ACCUSE", "PAK", "IND", False, False),
    ("Peru expressed disapproval of the Chilean decision to close the port.",
     "ACCUSE", "PER", "CHL", False, False),
    # the party asked is the one told to act: a passive's subject, a preposition's object
    ("The Ugandan government was urged by Kenya to release the prisoners.",
     "REQUEST", "KEN", "UGA", False, False),
    ("Peru was asked by Chile to extradite the banker.", "REQUEST", "CHL", "PER", False, False),
    ("Peru pleaded with Chile to hand over the Bolivian rebels.",
     "REQUEST", "PER", "CHL", False, False),
    # insisting on something done by another party demands it (CAMEO 10)
    ("Ukraine insisted on the return of its ships seized by Russia.",
     "REQUEST", "UKR", "RUS", False, False),
    # a country and its own rebels are two sides
    ("The Kurdish rebels insisted that Turkey release their leader.",
     "REQUEST", "TUR", "TUR", False, False),
    # asking others to punish or protest against a party rallies opposition (CAMEO 113)
    ("Peru called for sanctions against Chile over the raid.",
     "ACCUSE", "PER", "CHL", False, False),
    ("The Peruvian opposition called on Peruvians to join a march against the government.",
     "ACCUSE", "PER", "PER", False, False),
    # lying and war crimes said of a party accuse it; the speaker's own "we say" is his claim
    ('"Chile lies about its troops on the border," the Peruvian president said.',
     "ACCUSE", "PER", "CHL", False, False),
    ('"We say that Chile has committed war crimes," the Peruvian senator said.',
     "ACCUSE", "PER", "CHL", False, False),
    # guilt, sponsoring terrorism, harbouring militants, illegal entry said of a party
    # (CAMEO 112)
    ("Peru said the Chilean navy was guilty of war crimes.",
     "ACCUSE", "PER", "CHL", False, False),
    ("Pakistan said India was sponsoring terrorism in Kashmir.",
     "ACCUSE", "PAK", "IND", False, False),
    ("India said Pakistan was harbouring militants who attacked the parliament.",
     "ACCUSE", "IND", "PAK", False, False),
    ("Tehran said the British sailors had entered Iranian waters illegally.",
     "ACCUSE", "IRN", "GBR", False, False),
    # an act received "of" a party comes from that party
    ("The Chilean plan won the support of Peru.", "SUPPORT", "PER", "CHL", False, False),
    ("The Chilean raid drew the condemnation of Peru.", "ACCUSE", "PER", "CHL", False, False),
    ("Chile has drawn threats of retaliation from Peru.",
     "THREATEN", "PER", "CHL", False, False),
    # a proposal (an object or a mandative clause) asks (CAMEO 02)
    ("Peru suggested that Chile withdraw its troops from the border.",
     "REQUEST", "PER", "CHL", False, False),
    ("Peru suggested talks with Chile on the fishing dispute.",
     "REQUEST", "PER", "CHL", False, False),
])
def test_verbal_event(coder, text, event, actor, recipient, negated, hypothetical):
    found = _events(coder, text, event)
    assert found, f"no {event} in {text!r}"
    ev = next((e for e in found if actor in _codes(e.actor)), found[0])
    assert actor in _codes(ev.actor)
    assert recipient in _codes(ev.recipient)
    assert bool(ev.negated) is negated
    assert bool(ev.hypothetical) is hypothetical


@pytest.mark.parametrize("text, event", [
    # the one who bears the consequences is the subject, not the blamer
    ("Peru said the Chilean government was to blame for the violence.", "ACCUSE"),
    # "any Chilean attack" in an announced reaction has not happened
    ("Peru said it would respond militarily to any Chilean attack.", "ASSAULT"),
])
def test_no_event_by_the_other_side(coder, text, event):
    assert not [e for e in _events(coder, text, event) if "CHL" in _codes(e.actor)]


@pytest.mark.parametrize("text, event", [
    # no penalty in the alternative: a plain request stays a request
    ("Peru urged Chile to sign the treaty or join the talks.", "THREATEN"),
    # a risk named is no penalty imposed
    ("Peru urged Chile to sign the treaty or risk losing the trade deal.", "THREATEN"),
    # consequences that no one is said to bear
    ("Peru said the consequences of the drought were severe.", "THREATEN"),
    ("Peru said Chile faced serious economic problems.", "THREATEN"),
    # asking words that ask no one for anything
    ("A Peruvian official, who requested anonymity, said the talks with Chile had stalled.",
     "REQUEST"),
    ("The former Peruvian minister pleaded guilty to taking bribes from a Chilean firm.",
     "REQUEST"),
    ("The Peruvian foreign minister had a call with his Chilean counterpart on Monday.",
     "REQUEST"),
    ("The Chilean general's guilty plea ended the case brought by Peru.", "REQUEST"),
    # crime and terrorism as topics accuse no one
    ("Peru said the crime rate in Lima had fallen sharply.", "ACCUSE"),
    ("Chile said terrorism remained the main threat to the region.", "ACCUSE"),
    # insisting on one's own right asks no one
    ("Peru insisted on its right to fish in the disputed waters.", "REQUEST"),
    # what rebels insist the state do is not done
    ("The Kurdish rebels insisted that Turkey release their leader.", "RETREAT"),
    # "lie" of place is no lie told
    ('"Chile lies at the centre of the new trade route," the Peruvian minister said.',
     "ACCUSE"),
    ('"Chile lies between Peru and the ocean," the Peruvian minister said.', "ACCUSE"),
    ('"The Chilean rebels, while mostly lying low, remain a potent force," the Peruvian '
     "minister said.", "ACCUSE"),
    # a claim quoted from another party is that party's, not the speaker's
    ('"The caller suggests that Chile has committed war crimes," the Peruvian senator said.',
     "ACCUSE"),
    # a plea reported is no charge by the speaker
    ("Peru said the Chilean officer had pleaded guilty to spying.", "ACCUSE"),
    # a punishment asked for with no party named stays a request
    ("Peru called for sanctions to be lifted.", "ACCUSE"),
    # "suggest" with an indicative clause states a view
    ("The Peruvian president suggested that the Chilean claims were exaggerated.", "REQUEST"),
    ("The Peruvian president suggested there could be more aid for Chile.", "REQUEST"),
    # an inverted condition is no demand
    ('"Should Chile refuse the offer, we will go to court," the Peruvian president said.',
     "REQUEST"),
    # a cooperative prospect, or one denied, is no threat
    ("Peru raised the possibility of a peace deal with Chile.", "THREATEN"),
    ("Peru did not raise the possibility of sanctions against Chile.", "THREATEN"),
    # talks whose suspension is only floated go on: no sanction is coded as done
    ("Peru has now raised the prospect of suspending its talks with Chile.", "SANCTION"),
    # a fight against no party is no threat
    ("The Peruvian president vowed to continue the fight against corruption.", "THREATEN"),
    # "not stand idly by" refuses nothing
    ("Peru said it would not stand idly by if Chile attacked Bolivia.", "REJECT"),
    # the reaction answers no hostile act
    ("Peru said it would respond to the Chilean proposal next week.", "THREATEN"),
])
def test_no_verbal_event(coder, text, event):
    assert not _events(coder, text, event)


@pytest.mark.parametrize("text, cameo, actor, recipient", [
    # offering forces or arms is the intent to give military aid (CAMEO 0332)
    ("Chile offered Peru two warships.", "0332", "CHL", "PER"),
    ("Chile has offered to Peru an armored regiment and two warships.", "0332", "CHL", "PER"),
    # offering goods or money is the intent to give material aid (CAMEO 033)
    ("The Japanese government offered Peru medicine after the earthquake.", "033", "JPN", "PER"),
])
def test_offer_of_aid(coder, text, cameo, actor, recipient):
    found = [e for e in _events(coder, text, "AGREE") if e.cameo == cameo]
    assert found, f"no AGREE {cameo} in {text!r}"
    assert actor in _codes(found[0].actor)
    assert recipient in _codes(found[0].recipient)


@pytest.mark.parametrize("text", [
    # an offer of something that is no aid is no intent to give aid
    "The company offered its customers a discount.",
    "The Chilean minister offered his resignation.",
])
def test_offer_without_aid(coder, text):
    assert not [e for e in _events(coder, text, "AGREE") if e.cameo.startswith("033")]


@pytest.mark.parametrize("text, actor, recipient", [
    # wanting another party's forces out asks them to leave (CAMEO 025 / 105)
    ("Peru wants all Chilean troops out of the border region as soon as possible.", "PER",
     "CHL"),
    ("The Peruvian rebels want the Chilean soldiers out of their valley.", "PER", "CHL"),
])
def test_wanted_out(coder, text, actor, recipient):
    found = _events(coder, text, "REQUEST")
    assert found, f"no REQUEST in {text!r}"
    assert actor in _codes(found[0].actor)
    assert recipient in _codes(found[0].recipient)


@pytest.mark.parametrize("text", [
    # one's own forces, a denied wish, or no party: no request
    "Peru wants its own troops out of the region.",
    "Peru does not want Chilean troops out of the region.",
    "The Peruvian minister wants the report out by Friday.",
])
def test_not_wanted_out(coder, text):
    assert not _events(coder, text, "REQUEST")


@pytest.mark.parametrize("text, actor, recipient", [
    # claiming that another party did an act of force or coercion accuses it (CAMEO 112)
    ("Peru claimed that Chilean artillery had shelled a frontier hamlet overnight.", "PER",
     "CHL"),
    ("The Bolivian army asserted that Paraguayan troops attacked two of its outposts.", "BOL",
     "PRY"),
    ("Ecuador insisted that Peruvian soldiers had detained six of its fishermen.", "ECU", "PER"),
    # an act said to breach a rule accuses its doer (CAMEO 112, as "violation")
    ("Uruguay said Argentine patrol boats crossed into its waters in violation of the treaty.",
     "URY", "ARG"),
    ("Peru said Chilean jets entered its airspace in breach of the border accord.", "PER",
     "CHL"),
    # a statement the sentence itself calls an accusation is one
    ("Bolivia said Chilean helicopters had strafed a customs post, a charge Santiago denied.",
     "BOL", "CHL"),
    ("Peru says Ecuadorian soldiers raided two of its villages, an allegation Quito rejects.",
     "PER", "ECU"),
    # an act named "in what X called" an accusing word: X accuses the act's doer
    ("Peru said Chilean troops crossed the border in what it called an act of aggression.",
     "PER", "CHL"),
    ("Chilean jets struck a depot near Tacna, in what Lima called a terrorist attack.", "PER",
     "CHL"),
])
def test_claimed_hostile_act(coder, text, actor, recipient):
    found = _events(coder, text, "ACCUSE")
    assert found, f"no ACCUSE in {text!r}"
    assert actor in _codes(found[0].actor)
    assert recipient in _codes(found[0].recipient)


@pytest.mark.parametrize("text", [
    # a claim about one's own side, an act named only in passing, a denied claim: no one accused
    "The Peruvian rebels claimed that they had shot down an army helicopter.",
    "For years Peru has claimed that Chile and the gang that robbed the bank are linked.",
    "Peru did not claim that Chilean troops had attacked the outpost.",
    "The Peruvian court said the firm acted in violation of the labour code.",
    "Bolivia said Chilean helicopters had strafed a customs post, a move that angered Lima.",
    "The Bolivian army said it had shelled a rebel camp, a claim the rebels denied.",
    "Peru said it struck the rebel camp in what it called an act of self-defence.",
])
def test_no_claimed_hostile_act(coder, text):
    assert not _events(coder, text, "ACCUSE")


@pytest.mark.parametrize("text, actor, recipient", [
    # a vow of revenge announces retaliation: a threat of force (CAMEO 138) toward the doer
    ("Peru vowed to avenge the killing of its border guards by Chilean troops.", "PER", "CHL"),
    ("The Ecuadorian president promised to avenge the shelling of Quito by Peru.", "ECU", "PER"),
    ("Bolivia vowed to avenge the attack on its consulate.", "BOL", ""),
])
def test_vowed_revenge(coder, text, actor, recipient):
    found = [e for e in _events(coder, text, "THREATEN") if e.cameo == "138"]
    assert found, f"no THREATEN 138 in {text!r}"
    assert actor in _codes(found[0].actor)
    assert recipient in _codes(found[0].recipient) if recipient else not found[0].recipient
    assert not _events(coder, text, "AGREE")


@pytest.mark.parametrize("text, event, actor, recipient", [
    # backing given in words is praise or endorsement (CAMEO 051)
    ("The Chilean president gave his blessing to the Peruvian plan.", "SUPPORT", "CHL", "PER"),
    ("Japan gave its backing to the Philippine proposal.", "SUPPORT", "JPN", "PHL"),
    ("France lent its support to the Malian government.", "SUPPORT", "FRA", "MLI"),
    ("Germany threw its weight behind the Polish candidate.", "SUPPORT", "DEU", "POL"),
    ("Brazil voiced its backing for the Argentine bid.", "SUPPORT", "BRA", "ARG"),
    # refusals in words (CAMEO 120)
    ("China scoffed at the Japanese proposal.", "REJECT", "CHN", "JPN"),
    ("Chile balked at the Peruvian demand for compensation.", "REJECT", "CHL", "PER"),
])
def test_verbal_backing_and_refusal(coder, text, event, actor, recipient):
    found = _events(coder, text, event)
    assert found, f"no {event} in {text!r}"
    assert actor in _codes(found[0].actor)
    assert recipient in _codes(found[0].recipient)


@pytest.mark.parametrize("text", [
    # throwing one's weight around, or a charge thrown out, backs no one; a loan is no praise
    "Peru accused Chile of trying to throw its weight around in the region.",
    "A Chilean court threw out material support as a charge against the Peruvian suspects.",
    "The Chilean government gave approval for the Peruvian navy to deliver the cargo.",
])
def test_no_verbal_backing(coder, text):
    assert not _events(coder, text, "SUPPORT")


@pytest.mark.parametrize("text, event, cameo", [
    # a vow not to stop fighting refuses to yield (CAMEO 124), though "stop" alone is no trigger
    ("The Peruvian rebels vowed not to stop fighting until the president resigns.", "REJECT",
     "124"),
    ("The Peruvian rebels pledged not to end their campaign of bombings against the army.",
     "REJECT", "124"),
    # a vow to yield with a negated second step stays an intent to yield
    ("The Peruvian rebels agreed to withdraw their fighters and not to return to the town.",
     "AGREE", "035"),
])
def test_vow_not_to_stop(coder, text, event, cameo):
    found = [e for e in coder.code(text).events if e.event in ("AGREE", "REJECT")]
    assert found, f"no AGREE/REJECT in {text!r}"
    assert (found[0].event, found[0].cameo) == (event, cameo)
