"""Who "she" or "he" is when a pronoun speaks: never a name quoted inside a quote, and never an
institution ("the military said ... she said"). Passages written here.
"""

from __future__ import annotations

import pytest


def _speaker_of(coder, text: str, content_start: str) -> str | None:
    doc = coder.code(text)
    names = [s.speaker.name for s in doc.statements if s.content.text.startswith(content_start)]
    assert names, [s.content.text for s in doc.statements]
    return names[0]


@pytest.mark.parametrize("text, start, name", [
    ("Mrs. Lindqvist rarely dwelt on her status as a pioneering woman.\n\n"
     "“I owe nothing to Olaf Brandt,” she once said, and she never looked back.",
     "I owe nothing", "Lindqvist"),
    ("Mrs. Lindqvist rarely dwelt on her status as a pioneering minister.\n\n"
     "“I owe nothing to Ingrid Sol,” she once said, but she never looked back.",
     "I owe nothing", "Lindqvist"),
])
def test_a_name_inside_the_quote_is_not_its_speaker(coder, text, start, name) -> None:
    assert name in (_speaker_of(coder, text, start) or "")


def test_an_institution_is_not_she(coder) -> None:
    text = ("Villagers hid in a church, Joan Petinglay said.\n\n"
            "At least four rebels died in a clash, the military said.\n\n"
            "The soldiers found the explosives, she said.")
    assert _speaker_of(coder, text, "The soldiers found") == "Joan Petinglay"


@pytest.mark.parametrize("text, start, name", [
    ("Tom Reyes, a lawyer for the family, met Angela Duvall on Monday.\n\n"
     "The talks went well, she said.", "The talks went well", "Angela Duvall"),
    ("Sarah Denton, the union's negotiator, sat beside Mark Hollis at the hearing.\n\n"
     "The offer was an insult, he said.", "The offer was an insult", "Mark Hollis"),
])
def test_a_given_name_tells_he_from_she(coder, text, start, name) -> None:
    assert _speaker_of(coder, text, start) == name


def test_the_given_name_follows_titles_and_a_lone_surname_has_none(coder) -> None:
    kb = coder.resolver.kb
    assert kb.name_gender("Judge Amy Carver") == "f"
    assert kb.name_gender("Gen. Mark Hollis") == "m"
    assert kb.name_gender("Carver") is None
    assert kb.name_gender("Andrea Orlando") is None     # Italian Andrea: left out of the table
