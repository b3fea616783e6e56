"""Statement boundaries, fourth set: a quoted stretch closing on a comma ends the reported words,
so a gerund or 'while' clause after it (what the speaker did) is not part of the content.
Sentences written here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a gerund after a quote closing on a comma tells what the speaker did
    ('Mayor Quill said the harbor works "should be done by June," referring to the spring '
     'regatta.',
     "Mayor Quill", "said", 'the harbor works "should be done by June,"'),
    # so does a 'while' clause
    ('Ardent said the port was "a sinking ship," while defending the new tariff on '
     'trawlers.',
     "Ardent", "said", 'the port was "a sinking ship,"'),
    # the gerund's own content, no longer inside the first, is a statement of its own
    ('Mayor Quill said the harbor works "should be done by June," referring to the spring '
     'regatta.',
     "Mayor Quill", "referring", "the spring regatta"),
])
def test_content_ends_at_a_quote_closing_on_a_comma(found, text, speaker, cue,
                                                    content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # no quote: the gerund may be part of what was said
    ("Ardent said the storm had closed the port, leaving the town without trade.",
     "Ardent", "said", "the storm had closed the port, leaving the town without trade"),
    # a quote that closes with no comma, words of the clause after it, ends nothing
    ('Ardent said the port was "going to lose boats" this winter, leaving the town poor.',
     "Ardent", "said", 'the port was "going to lose boats" this winter, leaving the town poor'),
])
def test_content_keeps_a_gerund_after_unquoted_words(found, text, speaker, cue,
                                                     content) -> None:
    assert (speaker, cue, content) in found(text)
