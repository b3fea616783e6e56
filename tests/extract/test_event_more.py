"""More event rules: a sentence in, the event kept (type, code, dyad) or not coded.

Sentences written for these tests; each expectation follows the PLOVER manual's type
definitions and the CAMEO codebook's descriptions.
"""

from __future__ import annotations

import pytest

DATE = "2024-05-15"

# (sentence, PLOVER type, actor country, recipient country or None)
KEPT = [
    # agreeing to a course of action stays AGREE: a modal or "to" clause states what will be done
    ("Chile and Peru agreed that prisoners would be exchanged next week.", "AGREE", "CHL", None),
    ("Ghana and Togo agreed that the border is to be reopened.", "AGREE", "GHA", None),
    ("Kenya agreed with Uganda to exchange prisoners.", "AGREE", "KEN", None),
    # an accusation made in a noun stays ACCUSE; only the alleged act is left uncoded
    ("Armenia repeated its allegations that Azerbaijani troops shelled border villages.",
     "ACCUSE", "ARM", None),
    # a warning with a modal clause threatens an act (PLOVER THREATEN)
    ("Georgia warned that it would retaliate against Abkhazia.", "THREATEN", "GEO", None),
    ("Despite the talks, Georgia warned of retaliation against Abkhazia.",
     "THREATEN", "GEO", None),
    ("Lithuania warned that there would be consequences if Belarus closed the border.",
     "THREATEN", "LTU", None),
]

# (sentence, PLOVER type that must not be produced)
NOT_CODED = [
    # sharing a view is a statement (CAMEO 01), not AGREE (PLOVER AGREE: commitment to act)
    ("The Finnish minister agreed that the economy was weak.", "AGREE"),
    ("The two Nepali leaders have similar views on taxes, agreeing that the country needs a "
     "new budget.", "AGREE"),
    # what a denied or alleged charge says was done is not established by the text
    ("The Bolivian government denied charges by local clergymen that it tortured a priest.",
     "ASSAULT"),
    ("Serbia denied allegations that its troops shelled villages in Kosovo.", "ASSAULT"),
    # ... also with "that" left out and the act one clause further in
    ("The Velonian minister denied allegations his troops shelled the village.", "ASSAULT"),
    ("The Tarvish vice-president denied charges he led a militia that killed two judges.",
     "ASSAULT"),
    ("Armenia repeated its allegations that Azerbaijani troops shelled border villages.",
     "ASSAULT"),
    # a warning that only describes a state is an assessment, not a threat (PLOVER THREATEN)
    ("A Nepali adviser warns that the new coalition plan is far too weak.",
     "THREATEN"),
    ("The Chilean army cautioned that the mountain roads were unsafe.", "THREATEN"),
    ("Despite the hope of a truce, a Peruvian analyst warns on Monday that the new plan is "
     "a stopgap.", "THREATEN"),
    # a confirmation withheld leaves the act unestablished, like a denial
    ("Turkey has not confirmed that its jets raided the camps.", "ASSAULT"),
    ("Turkey declined to confirm that its jets struck a convoy in northern Iraq.", "ASSAULT"),
]

# (sentence, PLOVER type, negated): an inability is the act not done, not a refusal (PLOVER
# REJECT); a refusal stays REJECT
MODALITY = [
    ("Japan was unable to send aid to Fiji.", "AID", True),
    ("Swiss firms will not be able to ship medicine to Iran.", "AID", True),
    ("Japan refused to provide loans to Fiji.", "REJECT", False),
    ("Japan will not lift the ban on imports from Fiji.", "REJECT", False),
]

# (sentence, PLOVER type, country that must not be the actor): a sponsor named on a participle
# ("UN-backed", "Tunisia-inspired") backs the thing, it does not carry the event out
NOT_ACTOR = [
    ("Student activists led Tunisia-inspired protests against the Yemeni president.",
     "PROTEST", "TUN"),
]
# (sentence, PLOVER type, sponsor's code): a passive with no agent names no violator
SPONSOR_ONLY = [
    ("A UN-backed peace treaty was violated over the weekend.", "REJECT", "IGOUNO"),
    ("An Egypt-backed truce in Gaza was violated on Sunday.", "ASSAULT", "EGY"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), KEPT)
def test_event_kept(coder, text, event, actor, recipient):
    events = [e for e in coder.code(text, DATE).events if e.event == event]
    assert events, f"no {event} in {text!r}"
    ev = events[0]
    if actor is not None:
        assert actor in [a.country for a in ev.actor]
    if recipient is not None:
        assert recipient in [r.country for r in ev.recipient]


@pytest.mark.parametrize(("text", "wrong"), NOT_CODED)
def test_not_coded_as(coder, text, wrong):
    assert wrong not in {e.event for e in coder.code(text, DATE).events}


@pytest.mark.parametrize(("text", "event", "country"), NOT_ACTOR)
def test_sponsor_not_actor(coder, text, event, country):
    events = [e for e in coder.code(text, DATE).events if e.event == event]
    assert events, f"no {event} in {text!r}"
    assert all(country not in [a.country for a in e.actor] for e in events)


@pytest.mark.parametrize(("text", "event", "sponsor"), SPONSOR_ONLY)
def test_sponsor_never_acts(coder, text, event, sponsor):
    events = [e for e in coder.code(text, DATE).events if e.event == event]
    assert all(sponsor not in [a.code for a in e.actor] for e in events)


@pytest.mark.parametrize(("text", "event", "negated"), MODALITY)
def test_inability_not_refusal(coder, text, event, negated):
    events = coder.code(text, DATE).events
    assert [e.event for e in events] == [event]
    assert events[0].negated is negated
