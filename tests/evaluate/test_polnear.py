"""PolNeAR scorer: brat parsing (discontinuous spans, relations without source), exact/overlap span
scores and statement-level matching on hand-made output. The gold files are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_helpers import document, statement

from onrecord.evaluate import polnear as p

TEXT = ('The mayor said the bridge will reopen in May. "It is safe," she added. '
        "Critics have questioned the plan.")


def _offsets(s: str) -> str:
    i = TEXT.find(s)
    return f"{i} {i + len(s)}"


ANN = "\n".join([
    f"T1\tSource {_offsets('The mayor')}\tThe mayor",
    f"T2\tCue {_offsets('said')}\tsaid",
    f"T3\tContent {_offsets('the bridge will reopen in May')}\tthe bridge will reopen in May",
    f"T4\tAttribution {_offsets('said')}\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    f"T5\tSource {_offsets('she')}\tshe",
    f"T6\tCue {_offsets('added')}\tadded",
    f"T7\tContent {_offsets('It is safe,')};{_offsets('Critics')}\tIt is safe, Critics",
    f"T8\tAttribution {_offsets('added')}\tadded",
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
    f"T9\tCue {_offsets('have questioned')}\thave questioned",
    f"T10\tContent {_offsets('the plan')}\tthe plan",
    f"T11\tAttribution-no-source {_offsets('have questioned')}\thave questioned",
    "E3\tAttribution-no-source:T11 Content:T10 Cue:T9",
])


@pytest.fixture()
def split(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "news_one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "news_one_aaaa.ann").write_text(ANN, encoding="utf-8")
    # a second annotator's file for the same article: ignored
    (tmp_path / "attributions" / "news_one_bbbb.ann").write_text("", encoding="utf-8")
    (tmp_path / "text" / "news_two.txt").write_text("Nothing here.", encoding="utf-8")
    (tmp_path / "attributions" / "news_two_cccc.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_read(split: Path) -> None:
    docs = p.read_polnear(split)
    assert [d.id for d in docs] == ["news_one", "news_two"]
    one = docs[0]
    assert len(one.spans["Source"]) == 2 and len(one.spans["Content"]) == 3
    assert len(one.spans["Content"][1]) == 2                     # discontinuous content
    assert len(one.attributions) == 3
    assert one.attributions[2].source is None
    assert p.read_polnear(split, limit=1)[0].id == "news_one"


def test_scores(split: Path) -> None:
    docs = p.read_polnear(split)
    produced = document("news_one", statements=[
        # exact source and cue; content with quote-free offsets equal after trimming
        statement(TEXT, "The mayor", "the bridge will reopen in May.", "said"),
        # source right, content overlaps the first fragment only; cue wrong
        statement(TEXT, "she", "It is safe", "It"),
        # overlaps the no-source attribution's content: neither right nor wrong at statement level
        statement(TEXT, "Critics", "the plan", "questioned"),
    ])
    report = p.score_polnear(docs, [produced, None])
    assert report.exact["Source"].tp == 3 - 1 and report.exact["Source"].fp == 1
    assert report.overlap["Source"].to_dict()["recall"] == 1.0
    assert report.exact["Content"].tp == 2             # "the bridge ... May." and "the plan"
    assert report.overlap["Content"].tp == 3
    assert report.exact["Cue"].tp == 1 and report.overlap["Cue"].tp == 2
    assert report.overlap["Cue"].fp == 1
    assert (report.statement.tp, report.statement.fp, report.statement.fn) == (2, 0, 0)
    assert "statement" in p.format_report(report)


def test_statement_needs_the_source(split: Path) -> None:
    docs = p.read_polnear(split)[:1]
    wrong_source = document("news_one", statements=[
        statement(TEXT, "Critics", "the bridge will reopen in May", "said")])
    report = p.score_polnear(docs, [wrong_source])
    assert (report.statement.tp, report.statement.fp, report.statement.fn) == (0, 1, 2)


def test_errors_name_missed_merged_and_false_contents(split: Path) -> None:
    docs = p.read_polnear(split)[:1]
    produced = document("news_one", statements=[
        # one content spanning the mayor's and the critics' contents: the second is "merged"
        statement(TEXT, "The mayor", 'the bridge will reopen in May. "It is safe," she added. '
                  "Critics have questioned the plan", "said"),
        # a second content inside the first gold content: a "split"
        statement(TEXT, "The mayor", "reopen in May", "said"),
    ])
    errors = p.format_errors(p.score_polnear(docs, [produced]))
    assert errors.count("[content merged] news_one") == 1
    assert errors.count("[content no source] news_one") == 1
    assert "[false content, split] news_one\n  ours: [The mayor] <said> direct reopen in May" in errors
    assert "gold: [The mayor] <said> the bridge will reopen in May" not in errors   # matched
