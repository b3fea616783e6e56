"""ConfliBERT actor-span scorer: sentence rebuilding with offsets, BIO spans, overlap matching with
reciprocal (R) spans counted on either side. The CoNLL sample is written here.
"""

from __future__ import annotations

from pathlib import Path

from eval_helpers import actor, document, event

from onrecord.evaluate import conflibert as c

CONLL = """Chilean B-S
police I-S
arrested O
two B-T
students I-T
in O
Santiago O
. O

Peru B-R
and O
Bolivia B-R
signed O
a O
deal O
, O
officials O
said O
. O
"""


def test_rebuild_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "spans.txt"
    path.write_text(CONLL, encoding="utf-8")
    sents = c.read_conll(path)
    assert [s.text for s in sents] == ["Chilean police arrested two students in Santiago.",
                                       "Peru and Bolivia signed a deal, officials said."]
    s0 = sents[0]
    (a, b), = s0.spans["S"]
    assert s0.text[a:b] == "Chilean police"
    (a, b), = s0.spans["T"]
    assert s0.text[a:b] == "two students"
    assert [sents[1].text[x:y] for x, y in sents[1].spans["R"]] == ["Peru", "Bolivia"]
    assert c.read_conll(path, limit=1)[0].index == 0
    assert c.to_articles(sents)[1].text == sents[1].text


def test_scores(tmp_path: Path) -> None:
    sents = c.parse_conll(CONLL)
    t0, t1 = sents[0].text, sents[1].text
    docs = [
        # source overlaps ("police"), target wrong span ("Santiago")
        document("0", [event(t0, "COERCE", "arrested", [actor("police", t0, "CHL")], [actor("Santiago", t0)])]),
        # reciprocal: Peru as actor, Bolivia as recipient -> both R spans found
        document("1", [event(t1, "AGREE", "signed", [actor("Peru", t1, "PER")], [actor("Bolivia", t1, "BOL")])]),
    ]
    report = c.score_conflibert(sents, docs)
    assert (report.source.tp, report.source.fp, report.source.fn) == (2, 0, 0)
    assert (report.target.tp, report.target.fp, report.target.fn) == (1, 1, 1)
    assert "source overlap" in c.format_report(report)


def test_reciprocal_missed_counts_on_both_sides() -> None:
    sents = c.parse_conll(CONLL)[1:]
    t1 = sents[0].text
    only_peru = document("1", [event(t1, "AGREE", "signed", [actor("Peru", t1, "PER")])])
    report = c.score_conflibert(sents, [only_peru])
    # Peru found as source (not a miss for target); Bolivia found nowhere: a miss on both sides
    assert (report.source.tp, report.source.fn) == (1, 1)
    assert (report.target.tp, report.target.fn) == (0, 1)


def test_detokenize_glues_clitics_and_quotes() -> None:
    text, offsets = c.detokenize(["Oslo", "\u2019", "s", "envoy", "said", "\u201c", "no", "\u201d", "."])
    assert text == "Oslo\u2019s envoy said \u201cno\u201d."
    assert [text[a:b] for a, b in offsets][:3] == ["Oslo", "\u2019", "s"]
