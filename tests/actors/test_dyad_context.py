"""Recipients read from context and through pronouns, and role nouns of protest and labour:
the other side of an event is never the doer of a neighbouring clause, and an object
pronoun that names someone else is whom the act is done to."""

from __future__ import annotations


def event_of(coder, text: str, kind: str, trigger: str | None = None):
    """The first coded event of type ``kind`` (whose trigger contains ``trigger`` if given)."""
    doc = coder.code(text)
    found = [e for e in doc.events if e.event == kind and
             (trigger is None or trigger in e.trigger.text)]
    assert found, [(e.event, e.trigger.text) for e in doc.events]
    return found[0]


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
