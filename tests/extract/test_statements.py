"""Statements: passages written for these tests go in, the expected statements come out.

Covers direct quotes, reported speech, mixed statements, speaker resolution and non-statements.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CASES_FILE = Path(__file__).parent / "data" / "statement_cases.yaml"
CASES = [(c["name"], c["text"], c["expect"]) for c in yaml.safe_load(CASES_FILE.read_text("utf-8"))]


@pytest.fixture(scope="module")
def extract(nlp):
    from onrecord.actors import ActorResolver, load_knowledge_base
    from onrecord.extract.statements import extract_statements

    resolver = ActorResolver(load_knowledge_base())

    def run(text: str):
        doc = nlp(text)
        return doc, extract_statements(doc, resolver.analyse(doc))

    return run


def _row(found) -> tuple:
    return (found.speaker.text, found.speaker.name, found.cue.text if found.cue else None,
            found.content.text, found.kind, found.cue_class)


def _matches(found, expected) -> bool:
    """expected = [speaker word, cue, content, kind(, cue_class)] (see data/statement_cases.yaml)."""
    speaker, cue, content, kind, *cue_class = expected
    who = f"{found.speaker.text} {found.speaker.name or ''}"
    return (speaker in who and (found.cue.text if found.cue else None) == cue
            and found.content.text == content and found.kind == kind
            and (not cue_class or found.cue_class == cue_class[0]))


def assert_statements(found, expected) -> None:
    """Exactly the expected statements, in any order."""
    produced = [_row(s) for s in found]
    assert len(found) == len(expected), produced
    for exp in expected:
        assert any(_matches(s, exp) for s in found), (exp, produced)


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_passage(extract, name, text, expected):
    assert_statements(extract(text)[1], expected)


def test_at_least_sixty_passages():
    assert len(CASES) >= 60


def test_offsets_and_tokens_agree(extract):
    text = ("Maria Zakharova spoke on Thursday. She said the accusation was \"absurd.\"\n\n"
            "\"We will respond,\" Lavrov said. \"Nobody should doubt that for a moment.\"")
    doc, found = extract(text)
    assert found, "expected statements"
    sents = list(doc.sents)
    for s in found:
        assert text[s.content.start:s.content.end] == s.content.text
        assert text[s.speaker.start:s.speaker.end] == s.speaker.text
        a, b = s.content_tokens
        assert doc[a:b].start_char <= s.content.start and doc[a:b].end_char >= s.content.end
        if s.cue is not None:
            assert text[s.cue.start:s.cue.end] == s.cue.text
            assert s.cue.start <= doc[s.cue_token].idx < s.cue.end
            assert sents[s.sentence].start <= s.cue_token < sents[s.sentence].end
        else:
            assert s.cue_token is None
    assert [s.content.start for s in found] == sorted(s.content.start for s in found)


def test_speaker_of_cueless_quote_is_previous_speaker(extract):
    _, found = extract('"We will respond," Lavrov said. "Nobody should doubt that for a moment."'
                       '\n\nThe minister spoke in Moscow.\n\n"Our answer will be firm."')
    assert len(found) == 2
    assert found[1].cue is None
    assert found[1].speaker.text == found[0].speaker.text == "Lavrov"
    assert found[1].speaker_mention is found[0].speaker_mention


def _speakers(found) -> list[tuple[str, str | None]]:
    return [(s.speaker.text, s.speaker.name) for s in found]


def test_unresolved_pronoun_keeps_local_text(extract):
    assert _speakers(extract('"The weather will turn," she said.')[1]) == [("she", None)]


def test_unresolved_named_speaker_uses_its_name(extract):
    found = extract("Bartholomew Quigley said the bridge would reopen in June.")[1]
    assert _speakers(found)[0] == ("Bartholomew Quigley", "Bartholomew Quigley")


def test_every_statement_has_a_cue_class(extract):
    text = ("The mayor said the bridge would reopen. She hopes to finish it by June. "
            "The council endorsed the plan. \"Who will pay for it?\" a resident asked.")
    assert [s.cue_class for s in extract(text)[1]] == ["speech", "belief", "stance", "question"]


def test_empty_document(extract):
    assert extract("")[1] == []
