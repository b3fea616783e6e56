"""Statement recall, long tail: negated beliefs still held, negated speech that still puts a
content on record or withholds it, refusals, and particle cues that govern a that-clause.
Sentences written here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Minister Haldane has not said much about the fishing quota dispute.",
     "Minister Haldane", "has not said", "the fishing quota dispute"),
    ("Premier Santos isn't saying much about her plans for the rail budget.",
     "Premier Santos", "isn't saying", "her plans for the rail budget"),
    ("The nurses' union has not argued that wages should fall this year.",
     "The nurses' union", "has not argued", "wages should fall this year"),
    ("The senator never claimed that the levy would pay for the new hospital.",
     "The senator", "never claimed", "the levy would pay for the new hospital"),
])
def test_negated_speech_with_content_is_on_record(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "The agency did not say if the ferry to Brackwater would resume.",
    "The regulator did not confirm the merger of the two grain traders.",
    "Councillor Ruiz did not disclose that she owned shares in the quarry.",
    "The board of the Orrin Trust did not deny that it had lent money to the club.",
    "Director Kovac did not answer.",
    "The ministry did not say whether the convoy had reached Tarnvik.",
    "The coast guard has not confirmed that the trawler sank.",
    "Councillor Brandt did not deny that she had met the developers.",
])
def test_negated_speech_that_withholds_is_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The appeals court ruled that the county's ballot rules could exclude eligible residents.",
     "The appeals court", "ruled", "the county's ballot rules could exclude eligible residents"),
    ("The tribunal ruled out any delay to the election in Vesna.",
     "The tribunal", "ruled out", "any delay to the election in Vesna"),
    ("The high court ruled against the mining company in the water case.",
     "The high court", "ruled", "the mining company in the water case"),
    ("The election board ruled on the disputed ballots from Kessel county.",
     "The election board", "ruled", "the disputed ballots from Kessel county"),
])
def test_particle_cue_with_that_clause(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


def test_particle_cue_without_particle_or_clause_is_no_cue(found) -> None:
    assert found("General Mbeki ruled the northern province for a decade.") == []


def test_cue_verb_tagged_as_plural_noun(found) -> None:
    # the tagger reads "charges" as a plural noun heading the sentence
    text = "Kessler charges that towns near the dam got millions from the fund."
    assert ("Kessler", "charges", "towns near the dam got millions from the fund") in found(text)


def test_plain_plural_noun_is_no_cue(found) -> None:
    assert found("Kessler paid the charges that the court set in March.") == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Governor Paley told her aides to draft a new water bill.",
     "Governor Paley", "to draft a new water bill"),
    ("The fire chief reminded residents of the valley to leave before dusk.",
     "The fire chief", "to leave before dusk"),
])
def test_listener_verb_with_an_order(found, text, speaker, content) -> None:
    assert any(s == speaker and c == content for s, _, c in found(text))


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Senator Okafor does not believe that the tariff will survive the winter session.",
     "Senator Okafor", "does not believe", "the tariff will survive the winter session"),
    ("Governor Lindqvist doesn't think the bridge levy is fair.",
     "Governor Lindqvist", "doesn't think", "the bridge levy is fair"),
    ("The harbour board never doubted that the dredging would pay for itself.",
     "The harbour board", "never doubted", "the dredging would pay for itself"),
])
def test_negated_belief_is_still_held(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "A spokeswoman for the Velmar port authority declined to comment on the audit.",
    "The Dunmore council declined to release the inspection figures.",
    "President Aldana signed the fisheries treaty in Quito on Monday.",
    "Mayor Ostrowski does not want a second referendum on the tram line.",
    "We do not believe the count in the northern wards.",
])
def test_refusals_plain_objects_and_first_person_stay_out(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speakers"), [
    ("Even Portugal said the plan went too far.", ["Portugal"]),
    ("Ghana, Togo's main partner and its largest buyer of power, said it opposed the tariff.",
     ["Ghana"]),
    ("Ghana, Togo and Benin said they opposed the tariff.", ["Ghana", "Togo", "Benin"]),
])
def test_speaker_phrase_and_co_speakers(found, text, speakers) -> None:
    """One statement per coordinated speaker; an apposition is no second speaker; a focus word
    ('Even') is not part of the speaker phrase."""
    produced = [speaker for speaker, _, _ in found(text)]
    assert len(produced) == len(speakers)
    assert all(p.startswith(s) for p, s in zip(produced, speakers, strict=True))


@pytest.mark.parametrize(("text", "speaker", "cue", "content", "kind"), [
    ("The governor said after the hearing she would not sign the water bill.",
     "The governor", "said", "she would not sign the water bill", "indirect"),
    ("Marek Lind told reporters on Friday the port would reopen within a week.",
     "Marek Lind", "told", "the port would reopen within a week", "indirect"),
    ("The newspaper reported at the time that the mayor had sold the land to his cousin.",
     "The newspaper", "reported", "that the mayor had sold the land to his cousin", "indirect"),
    ("Farmers like Tomas will suffer the most, she said.",
     "she", "said", "Farmers like Tomas will suffer the most", "indirect"),
    ('Aldana said the talks had stalled, and when asked about the deadline, the envoy '
     'replied, "We will not be rushed."',
     "Aldana", "said", "the talks had stalled", "indirect"),
    ('Aldana said the talks had stalled, and when asked about the deadline, the envoy '
     'replied, "We will not be rushed."',
     "the envoy", "replied", "We will not be rushed.", "direct"),
])
def test_content_after_an_adverbial_or_before_the_cue(coder, text, speaker, cue, content,
                                                      kind) -> None:
    doc = coder.code(text)
    got = [(s.speaker.text, s.cue.text if s.cue else None, s.content.text, s.kind)
           for s in doc.statements]
    assert (speaker, cue, content, kind) in got


@pytest.mark.parametrize("text", [
    "Asked about the new tariff, the minister said.",
    "Pressed on the timing of the vote, he said.",
])
def test_a_fronted_circumstance_is_no_content(found, text) -> None:
    assert found(text) == []
