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
