"""PLOVER GSR scorer: reading, halves, country normalisation, type/actor/dyad figures on hand-made output.

The gold records are written here (not taken from the shared data).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_helpers import actor, document, event

from onrecord.evaluate import plover_gsr as g

S1 = "Tokyo sharply criticised Beijing over the island dispute."
S2 = "Ministers from Chile and Peru met in Lima on Monday."
S3 = "The U.N. asked Sudan to open the border crossings."
S4 = "Rebels shelled the northern town overnight."

RECORDS = [
    {"id": "TEST-ACCUSE-0002", "date": "2020-03-01", "event": "ACCUSE", "mode": "disapprove", "text": S1,
     "source": [{"actorText": "Tokyo", "code": "JAP"}], "target": [{"actorText": "Beijing", "code": "CHN"}]},
    {"id": "TEST-CONSULT-0003", "date": "2020-03-01", "event": "CONSULT", "text": S2,
     "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Peru", "code": "PER"}]},
    {"id": "TEST-REQUEST-0004", "date": "2020-03-01", "event": "REQUEST", "text": S3,
     "source": [{"actorText": "U.N.", "code": "IGO"}], "target": [{"actorText": "Sudan", "code": "SDN"}]},
    {"id": "TEST-ASSAULT-0005", "date": "2020-03-01", "event": "ASSAULT", "text": S4,
     "source": [{"actorText": "Rebels", "code": "XXXREB"}], "target": []},
]


@pytest.fixture()
def gsr_file(tmp_path: Path) -> Path:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_read_and_halves(gsr_file: Path) -> None:
    records = g.read_plover_gsr(gsr_file)
    assert [r.id for r in records] == [d["id"] for d in RECORDS]
    assert records[0].source[0].keys == {"JPN"}          # CAMEO JAP -> ISO JPN
    assert records[2].source[0].keys == {"UN"}           # IGO + "U.N." -> the UN
    assert [r.id for r in g.select_half(records, "odd")] == ["TEST-CONSULT-0003", "TEST-ASSAULT-0005"]
    assert [r.id for r in g.select_half(records, "even")] == ["TEST-ACCUSE-0002", "TEST-REQUEST-0004"]
    articles = g.to_articles(records)
    assert articles[0].date == "2020-03-01" and articles[0].id == "TEST-ACCUSE-0002"


def test_scores(gsr_file: Path) -> None:
    records = g.read_plover_gsr(gsr_file)
    docs = [
        # right type and dyad (Japan given as ISO by the coder)
        document("1", [event(S1, "ACCUSE", "criticised", [actor("Tokyo", S1, "JPN")], [actor("Beijing", S1, "CHN")])]),
        # right type, swapped dyad is fine for CONSULT; an extra PROTEST is a false positive
        document("2", [event(S2, "CONSULT", "met", [actor("Peru", S2, "PER")], [actor("Chile", S2, "CHL")]),
                       event(S2, "PROTEST", "Lima", [actor("Peru", S2, "PER")])]),
        # wrong type: THREATEN instead of REQUEST
        document("3", [event(S3, "THREATEN", "asked", [actor("U.N.", S3, None, "the United Nations", "IGOUNO", "UNO")],
                             [actor("Sudan", S3, "SDN")])]),
        # right type, actor without country; empty gold target fits anything
        document("4", [event(S4, "ASSAULT", "shelled", [actor("Rebels", S4, None, sector="REB")])]),
    ]
    report = g.score_plover_gsr(records, docs)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (3, 2, 1)
    assert report.micro.precision == pytest.approx(3 / 5)
    assert report.micro.recall == pytest.approx(3 / 4)
    assert report.per_type["REQUEST"].fn == 1
    assert report.per_type["THREATEN"].fp == 1
    assert report.per_type["PROTEST"].fp == 1
    assert report.per_type["ACCUSE"].f1 == 1.0
    # actor-country: records 1, 2, 4 have the right type; record 4's rebels have no country
    assert (report.actor_hits, report.actor_total) == (2, 3)
    assert (report.dyad_hits, report.records) == (2, 4)
    assert report.dyad_accuracy == 0.5
    text = g.format_errors(report)
    assert "[type miss] TEST-REQUEST-0004" in text and S3 in text
    assert "[dyad miss] TEST-ASSAULT-0005" in text
    assert "TEST-ACCUSE-0002" not in text
    summary = g.format_report(report)
    assert "dyad accuracy" in summary and "0.500" in summary
    assert report.to_dict()["micro"]["tp"] == 3


def test_swap_only_for_cooperative_types(gsr_file: Path) -> None:
    records = g.read_plover_gsr(gsr_file)
    swapped = event(S1, "ACCUSE", "criticised", [actor("Beijing", S1, "CHN")], [actor("Tokyo", S1, "JPN")])
    assert not g.dyad_fits(swapped, records[0])


def test_igo_gold_fits_the_body(gsr_file: Path) -> None:
    records = g.read_plover_gsr(gsr_file)
    un = event(S3, "REQUEST", "asked", [actor("U.N.", S3, None, "the United Nations", "IGOUNO", "UNO")],
               [actor("Sudan", S3, "SDN")])
    eu = event(S3, "REQUEST", "asked", [actor("U.N.", S3, None, "the European Union", "IGOEEC", "EUR")],
               [actor("Sudan", S3, "SDN")])
    assert g.dyad_fits(un, records[2])
    assert not g.dyad_fits(eu, records[2])


def test_nothing_produced(gsr_file: Path) -> None:
    records = g.read_plover_gsr(gsr_file)
    report = g.score_plover_gsr(records, [None] * len(records))
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 0, 4)
    assert report.micro.f1 == 0.0 and report.dyad_accuracy == 0.0
