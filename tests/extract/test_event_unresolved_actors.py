"""Events whose doer is an agent phrase the actor lexicons do not resolve ("hackers", "donors").

Sentences written for these tests. The phrase is kept as the actor (sector from data/roles.yaml,
no country); pronouns, things and agentless passives still give no event.
"""

from __future__ import annotations

import pytest

DATE = "2024-05-15"


def events(coder, text: str):
    return coder.code(text, DATE).events


@pytest.mark.parametrize(("text", "event", "actor", "sector", "recipient_country"), [
    ("Hackers attacked a bank in Nairobi on Monday.", None, "Hackers", None, "KEN"),
    ("A group of hackers attacked the Kenyan ministry's servers.", None, "A group of hackers",
     None, "KEN"),
    ("The Kenyan ministry was attacked by hackers.", "ASSAULT", "hackers", None, "KEN"),
    ("Hackers launched an attack on the Kenyan ministry.", "ASSAULT", "Hackers", None, "KEN"),
    ("Donors pledged $2 billion to Kenya.", None, "Donors", None, "KEN"),
    ("Musicians lifted their boycott of Norway on Friday.", None, "Musicians", "CVL", "NOR"),
])
def test_agent_phrase_is_kept_as_actor(coder, text, event, actor, sector, recipient_country):
    found = [e for e in events(coder, text) if e.actor and e.actor[0].text == actor]
    assert found, [(e.event, [a.text for a in e.actor]) for e in events(coder, text)]
    ev = found[0]
    if event:
        assert ev.event == event
    a = ev.actor[0]
    assert a.country is None and a.name is None and a.code is None
    assert a.sector == sector
    assert text[a.start:a.end] == a.text
    assert recipient_country in {r.country for r in ev.recipient}


def test_collective_head_takes_members_sector(coder):
    ev = [e for e in events(coder, "A group of musicians lifted their boycott of Norway.")
          if e.actor]
    assert ev and ev[0].actor[0].text == "A group of musicians"
    assert ev[0].actor[0].sector == "CVL"


@pytest.mark.parametrize("text", [
    "They attacked the Kenyan embassy.",                       # pronoun, no antecedent
    "The storm hit the Kenyan coast on Monday.",               # a thing
    "Five Kenyan soldiers were killed on Monday.",             # agentless passive
    "A group of hackers attacked the servers.",                # no target in the clause
])
def test_no_event_without_an_agent_phrase_and_target(coder, text):
    assert not [e for e in events(coder, text) if e.actor and e.event in ("ASSAULT", "COERCE")
                and not (e.actor[0].country or e.actor[0].name)]


def test_known_agents_keep_their_resolution(coder):
    ev = events(coder, "Gunmen stormed a hotel in Kenya.")
    assert ev and ev[0].actor[0].text == "Gunmen" and ev[0].actor[0].sector is not None
