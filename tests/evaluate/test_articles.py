"""Real-news scorer: gold located in text, event fit (types, also_ok, countries, swap, optional),
modality, statements matched by half-overlap and speakers by last word. Gold written here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_helpers import actor, document, event, statement

from onrecord.evaluate import articles as a

TEXT = ("Brazil condemned the strikes on Monday. Officials in Brasilia said they would not send envoys. "
        "\"We will not stand by,\" Foreign Minister Ana Souza said. NATO and Brazil held talks in Brussels.")

GOLD = {
    "events": [
        {"sentence": "Brazil condemned the strikes on Monday.", "trigger": "condemned", "event": "ACCUSE",
         "also_ok": [], "actor": [{"name": "Brazil", "country": "BRA", "ok_countries": []}],
         "recipient": [], "optional": False, "negated": False, "hypothetical": False},
        {"sentence": "Officials in Brasilia said they would not send envoys.", "trigger": "send",
         "event": "CONSULT", "also_ok": ["REJECT"], "actor": [{"name": "Brazil", "country": "BRA", "ok_countries": []}],
         "recipient": [], "negated": True, "hypothetical": True, "optional": False},
        {"sentence": "NATO and Brazil held talks in Brussels.", "trigger": "held talks", "event": "CONSULT",
         "also_ok": [], "actor": [{"name": "NATO", "country": None, "ok_countries": []}],
         "recipient": [{"name": "Brazil", "country": "BRA", "ok_countries": []}], "optional": False},
        {"sentence": "NATO and Brazil held talks in Brussels.", "trigger": "Brussels", "event": "SUPPORT",
         "also_ok": [], "actor": [{"name": "NATO", "country": None}], "recipient": [], "optional": True},
    ],
    "statements": [
        {"speaker": "Ana Souza", "speaker_text": "Foreign Minister Ana Souza", "cue": "said",
         "content": "We will not stand by,", "kind": "direct"},
        {"speaker": "Brazilian officials", "speaker_text": "Officials in Brasilia", "cue": "said",
         "content": "they would not send envoys", "kind": "indirect"},
    ],
}


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "00_abc.json").write_text(json.dumps(
        {"id": "abc", "title": "t", "date": None, "source": "s", "url": None, "text": TEXT}), encoding="utf-8")
    (tmp_path / "00_abc.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    return tmp_path


def test_read_locates_gold(gold_dir: Path) -> None:
    golds = a.read_articles(gold_dir)
    assert len(golds) == 1
    gold = golds[0]
    assert gold.article.date is None and gold.article.id == "abc"
    s, e = gold.events[0].sentence_span
    assert TEXT[s:e] == "Brazil condemned the strikes on Monday."
    ts, te = gold.events[0].trigger_span
    assert TEXT[ts:te] == "condemned"
    assert gold.statements[0].span is not None and not gold.warnings


def test_scores(gold_dir: Path) -> None:
    gold = a.read_articles(gold_dir)[0]
    doc = document("abc", events=[
        # found, modality right
        event(TEXT, "ACCUSE", "condemned", [actor("Brazil", TEXT, "BRA")]),
        # found through also_ok; modality wrong (not hypothetical)
        event(TEXT, "REJECT", "send", [actor("Officials", TEXT, "BRA", sector="GOV")], negated=True),
        # NATO (no country, named body) and Brazil swapped: fine for CONSULT
        event(TEXT, "CONSULT", "held talks", [actor("Brazil", TEXT, "BRA", nth=2)],
              [actor("NATO", TEXT, None, "NATO", "IGOWSTNAT", "IGO")]),
        # fits only the optional gold event: neither right nor wrong
        event(TEXT, "SUPPORT", "Brussels", [actor("NATO", TEXT, None, "NATO", "IGOWSTNAT")]),
        # wrong country: a false positive
        event(TEXT, "ACCUSE", "strikes", [actor("Brazil", TEXT, "ARG")]),
    ], statements=[
        statement(TEXT, "Ana Souza", "We will not stand by,", "said", name="Ana Souza"),
        statement(TEXT, "Officials", "would not send envoys", "said", name="Brazilian officials"),
        statement(TEXT, "NATO", "NATO and Brazil held talks", None),
    ])
    report = a.score_articles([gold], [doc])
    assert (report.events.found, report.events.gold) == (3, 3)
    assert (report.events.right, report.events.false, report.event_neutral) == (3, 1, 1)
    assert report.events.precision == pytest.approx(0.75)
    assert report.events.recall == 1.0
    assert report.modality_ok == 2 and report.modality_accuracy == pytest.approx(2 / 3)
    assert (report.statements.found, report.statements.gold, report.statements.false) == (2, 2, 1)
    assert report.statements.f1 == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert report.speaker_ok == 2
    assert any("[event false positive]" in e for e in report.errors)
    assert "speaker accuracy 1.000" in a.format_report(report)


def test_half_overlap_rule_and_speaker_last_word(gold_dir: Path) -> None:
    gold = a.read_articles(gold_dir)[0]
    # shares only "they" with the gold content: less than half of the shorter span -> no match
    off = statement(TEXT, "Officials", "Monday. Officials in Brasilia said they", "said")
    report = a.score_articles([gold], [document("abc", statements=[off])])
    assert report.statements.found == 0 and report.statements.false == 1
    # a short produced span inside the gold content is at least half of the shorter span -> match
    short = statement(TEXT, "Ana Souza", "We will", "said", name="Ana Souza")
    report = a.score_articles([gold], [document("abc", statements=[short])])
    assert report.statements.found == 1 and report.speaker_ok == 1
    # overlaps well, speaker name lacks "Souza" -> found, speaker wrong
    wrong = statement(TEXT, "Brazil", "We will not stand by", "said", name="Brazil")
    report = a.score_articles([gold], [document("abc", statements=[wrong])])
    assert report.statements.found == 1 and report.speaker_ok == 0


def test_non_swappable_types_need_the_direction(gold_dir: Path) -> None:
    gold = a.read_articles(gold_dir)[0]
    g = a.GoldEvent(sentence="x", trigger="x", event="ACCUSE", actor=[{"country": "BRA"}],
                    recipient=[{"country": "ARG"}])
    right = event(TEXT, "ACCUSE", "condemned", [actor("Brazil", TEXT, "BRA")], [actor("Brazil", TEXT, "ARG")])
    wrong = event(TEXT, "ACCUSE", "condemned", [actor("Brazil", TEXT, "ARG")], [actor("Brazil", TEXT, "BRA")])
    assert a.event_fits(right, g) and not a.event_fits(wrong, g)
    assert gold.events[0].types == {"ACCUSE"}


def test_nothing_produced(gold_dir: Path) -> None:
    gold = a.read_articles(gold_dir)[0]
    report = a.score_articles([gold], [None])
    assert report.events.f1 == 0.0 and report.events.gold == 3 and report.statements.gold == 2
