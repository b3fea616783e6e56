"""PolNeAR scorer fidelity for statements: a content carried on after its cue (brat ``Content2`` of
the same relation) is one gold content, in the span scores and at statement level.
"""

from __future__ import annotations

from onrecord.evaluate import polnear as p
from onrecord.schema import Actor, Document, Span, Statement

TEXT = '"We will win this state," he said at a rally. "Nobody can stop us now."'


def _at(s: str) -> tuple[int, int]:
    i = TEXT.find(s)
    assert i >= 0, s
    return i, i + len(s)


def _ann() -> str:
    first, second = _at('"We will win this state,"'), _at('"Nobody can stop us now."')
    src, cue = _at("he"), _at("said")
    return "\n".join([
        f"T1\tSource {src[0]} {src[1]}\the",
        f"T2\tCue {cue[0]} {cue[1]}\tsaid",
        f"T3\tContent {first[0]} {first[1]}\tx",
        f"T4\tAttribution {cue[0]} {cue[1]}\tsaid",
        f"T5\tContent {second[0]} {second[1]}\ty",
        "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3 Content2:T5",
    ])


def _statement(content: str) -> Statement:
    c, s, k = _at(content), _at("he"), _at("said")
    return Statement("s", Actor("he", *s), Span(content, *c), "direct", 0, Span("said", *k))


def test_content2_joins_the_relation_content() -> None:
    doc = p.parse_ann(_ann(), "one", TEXT)
    assert len(doc.spans["Content"]) == 1
    assert len(doc.spans["Content"][0]) == 2          # one discontinuous span of two pieces
    assert doc.attributions[0].content == doc.spans["Content"][0]


def test_one_merged_statement_matches_the_whole_content() -> None:
    doc = p.parse_ann(_ann(), "one", TEXT)
    merged = 'We will win this state," he said at a rally. "Nobody can stop us now.'
    produced = Document(doc_id="one", statements=[_statement(merged)])
    report = p.score_polnear([doc], [produced])
    assert (report.overlap["Content"].tp, report.overlap["Content"].fn) == (1, 0)
    assert (report.statement.tp, report.statement.fp, report.statement.fn) == (1, 0, 0)


def test_the_second_piece_alone_still_finds_the_attribution() -> None:
    doc = p.parse_ann(_ann(), "one", TEXT)
    produced = Document(doc_id="one", statements=[_statement("Nobody can stop us now.")])
    report = p.score_polnear([doc], [produced])
    assert report.statement.tp == 1
