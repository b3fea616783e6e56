"""Shared matching helpers: PRF, greedy 1-to-1 overlap matching, tolerant locating, actor keys."""

from __future__ import annotations

import pytest

from onrecord.evaluate import matching as m
from onrecord.schema import Actor


def test_prf() -> None:
    prf = m.PRF(tp=3, fp=1, fn=2)
    assert prf.precision == 0.75 and prf.recall == 0.6
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert m.PRF().f1 == 0.0


def test_found_prf_counts_produced_and_gold_sides() -> None:
    f = m.FoundPRF(right=3, false=1, found=2, gold=4)
    assert (f.precision, f.recall) == (0.75, 0.5)
    assert f.f1 == pytest.approx(m.f1_score(0.75, 0.5))
    assert list(f.to_dict(extra=7)) == ["precision", "recall", "f1", "produced_tp", "produced_fp",
                                        "extra", "gold_found", "gold"]
    assert f.line("matched").endswith("(produced: 3 matched, 1 false; gold found 2/4)")


def test_count_labels_and_score_aligned() -> None:
    micro, per = m.PRF(), {}
    assert m.count_labels(micro, per, "A", ["A", "B", "B"]) is True
    assert m.count_labels(micro, per, "C", []) is False
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 1)
    assert (per["A"].tp, per["B"].fp, per["C"].fn) == (1, 1, 1)
    seen: list[tuple[str, object]] = []
    out = m.score_aligned(["g1", "g2"], [None, "d"], seen, lambda g, d, r: r.append((g, d)))
    assert out is seen and seen == [("g1", None), ("g2", "d")]
    with pytest.raises(ValueError, match="records and documents"):
        m.score_aligned(["g"], [], [], lambda g, d, r: None, "records")


def test_greedy_match_is_one_to_one() -> None:
    golds = [(0, 10), (12, 20), (30, 40)]
    preds = [(0, 15), (5, 8), (33, 35)]
    pairs = m.greedy_match(golds, preds, lambda g, p: m.overlap(g, p))
    # the largest overlap is taken first; each gold and each prediction is used at most once
    assert pairs == [(0, 0), (2, 2)]
    prf = m.match_prf(golds, preds, lambda g, p: m.overlap(g, p))
    assert (prf.tp, prf.fp, prf.fn) == (2, 1, 1)


def test_locate_tolerates_quotes_and_spaces() -> None:
    text = "He said \u201cwe  will go\u201d today."
    assert m.locate('"we will go"', text) == (8, 21)
    assert m.locate("absent", text) is None


def test_country_and_body_keys() -> None:
    assert m.iso3("JAP") == "JPN" and m.iso3("ROM") == "ROU" and m.iso3("FRA") == "FRA"
    assert m.iso3("IGO") is None
    assert m.gold_code_keys("IGOWSTNAT") == {"NATO"}
    assert m.gold_code_keys("IGO", "some council") == {"IGO"}
    nato = Actor("the alliance", 0, 12, "NATO", None, "IGO", "IGOWSTNAT")
    assert m.actor_keys(nato) == {"NATO", "IGO"}
    west = Actor("the West", 0, 8, "the West", None, None, "WST")
    assert m.actor_keys(west) == {"WST"}
    moscow = Actor("Moscow", 0, 6, "Russia", "RUS", "GOV", "RUSGOV")
    assert m.actor_keys(moscow) == {"RUS"}


def test_last_word() -> None:
    assert m.last_word("Maria Zakharova") == "Zakharova"
    assert m.last_word("Jane Roe (Reuters)") == "Roe"
    assert m.last_word("the ministry's spokesman") == "spokesman"
    assert m.word_in("zakharova", "Maria Zakharova") and not m.word_in("Roe", "Monroe")
