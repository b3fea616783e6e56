"""Page furniture glued into scraped text (photo credits, caption markers, player notices) stands
apart: it names no one, and a caption after it is a sentence of its own. Passages written here.
"""

from __future__ import annotations

CREDIT = ("Image copyright Getty Images Image caption Mr Valmer threatened Norland with new "
          "tariffs last week\n\nThe talks resumed on Monday.")
NOTICE = ("Media playback is unsupported in this app Media caption Ana Ruiz says the port "
          "deal is \"dead\"\n\nThe port reopened on Friday.")


def test_a_caption_is_a_sentence_of_its_own(nlp) -> None:
    sents = [s.text.strip() for s in nlp(CREDIT).sents]
    assert "Image copyright Getty Images" in sents
    assert "Image caption" in sents
    assert sents[2].startswith("Mr Valmer threatened")


def test_furniture_words_and_credits_are_marked(nlp) -> None:
    from onrecord.nlp import furniture_tokens

    doc = nlp(CREDIT)
    marked = [t.text for t in doc if t.i in furniture_tokens(doc)]
    assert marked == ["Image", "copyright", "Getty", "Images", "Image", "caption"]


def test_prose_words_are_no_marker(nlp) -> None:
    from onrecord.nlp import furniture_tokens

    doc = nlp("The ministry released an image caption contest and a media caption guide.")
    assert not furniture_tokens(doc)
    assert len(list(doc.sents)) == 1


def test_a_notice_runs_on_to_the_next_marker(nlp) -> None:
    from onrecord.nlp import furniture_tokens

    doc = nlp(NOTICE)
    marked = " ".join(t.text for t in doc if t.i in furniture_tokens(doc))
    assert marked == "Media playback is unsupported in this app Media caption"


def test_a_caption_speaker_carries_no_credit(coder) -> None:
    doc = coder.code(NOTICE)
    said = [(s.speaker.text, s.content.text) for s in doc.statements]
    assert ("Ana Ruiz", 'the port deal is "dead"') in said
    assert not any("Media" in speaker for speaker, _ in said)


def test_a_caption_event_has_the_caption_actor(coder) -> None:
    doc = coder.code(CREDIT)
    threats = [e for e in doc.events if e.event == "THREATEN"]
    assert threats and threats[0].actor[0].text == "Mr Valmer"
    assert not any("Image" in a.text for e in doc.events for a in e.actor + e.recipient)


PHOTO = ("Maria Orsini, the ministry spokeswoman, spoke to reporters on Monday.\n\n"
         "Enlarge this image toggle caption Anna Kessler/Pool/AP Anna Kessler/Pool/AP\n\n"
         "She said the talks on the fishing quotas had failed.")


def test_a_photographer_credit_is_no_antecedent(coder) -> None:
    doc = coder.code(PHOTO)
    speakers = [(s.speaker.text, s.speaker.name) for s in doc.statements
                if s.content.text.startswith("the talks")]
    assert speakers and speakers[0][1] == "Maria Orsini"
    assert not any("Kessler" in (a.name or a.text) for e in doc.events for a in e.actor)
