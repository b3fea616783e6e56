"""ConfliBERT PentaClass scorer: CAMEO root -> class, TSV reading, GSR-style class P/R/F1, the
first-event confusion table, the misses listing and the CLI command (the TSV is written here).
"""

from __future__ import annotations

import json
from pathlib import Path

from eval_helpers import actor, document, event
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.evaluate import pentaclass as pc

TSV = ("Kenyan police fired tear gas at students in Nairobi.\t4\n"
       "Chile and Peru signed a fishing accord on Monday.\t1\n"
       "\n"
       "The weather in Lima was mild on Tuesday.\t0\n")


def test_cameo_class() -> None:
    assert [pc.cameo_class(c) for c in ("010", "0211", "036", "057", "073", "112", "160", "145", "190")] == \
        [0, 0, 1, 1, 2, 3, 3, 4, 4]
    assert pc.cameo_class("") is None and pc.cameo_class(None) is None and pc.cameo_class("99") is None
    assert pc.class_names()[2] == "material cooperation"


def test_read(tmp_path: Path) -> None:
    path = tmp_path / "classes.tsv"
    path.write_text("sentence\tlabel\n" + TSV, encoding="utf-8")
    sents = pc.read_pentaclass(path)
    assert [(s.index, s.label) for s in sents] == [(0, 4), (1, 1), (2, 0)]
    assert sents[1].text == "Chile and Peru signed a fishing accord on Monday."
    assert len(pc.read_pentaclass(path, limit=2)) == 2
    assert pc.to_articles(sents)[2].text == sents[2].text


def _coded(kind: str, cameo: str, text: str, trigger: str):
    e = event(text, kind, trigger, [actor(text.split()[0], text)])
    e.cameo = cameo
    return e


def test_scores_and_confusion() -> None:
    sents = pc.parse_pentaclass(TSV)
    t0, t1 = sents[0].text, sents[1].text
    docs = [
        # gold 4 among {4, 3}: hit, one false class 3; first event class 3
        document("0", [_coded("ACCUSE", "112", t0, "fired"), _coded("ASSAULT", "180", t0, "fired tear gas")]),
        # gold 1 not produced (class 2 only): miss + false class 2
        document("1", [_coded("AID", "073", t1, "signed")]),
        None,  # nothing produced
    ]
    report = pc.score_pentaclass(sents, docs)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 2, 2)
    assert report.per_class[4].recall == 1.0 and report.per_class[1].recall == 0.0
    assert report.per_class[3].fp == 1 and report.per_class[2].fp == 1
    assert report.no_event == 1 and report.produced_events == 3
    assert report.confusion[4]["3"] == 1 and report.confusion[1]["2"] == 1 and report.confusion[0]["-"] == 1
    text = pc.format_report(report)
    assert "3 sentences" in text and "1 sentences with no event" in text
    errors = pc.format_errors(report)
    assert "#1 gold 1 (verbal cooperation)" in errors and "(073) trigger 'signed'" in errors and "[class 2]" in errors
    assert "#0 " not in errors and "produced: nothing" in errors
    assert json.loads(json.dumps(report.to_dict()))["per_class"]["4"]["tp"] == 1


def test_cli(tmp_path: Path, nlp) -> None:
    path = tmp_path / "classes.tsv"
    path.write_text(TSV, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "conflibert-classes", str(path), "--limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output[result.output.index("{"):])
    assert data["sentences"] == 2 and set(data["confusion_first_event"]) <= {"0", "1", "2", "3", "4"}
    result = runner.invoke(app, ["eval", "conflibert-classes", str(path), "--errors"])
    assert result.exit_code == 0, result.output
    assert "confusion" in result.output and "[class miss] #2" in result.output
