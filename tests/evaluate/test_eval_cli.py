"""`onrecord eval ...` commands run end to end on tiny gold files written here (figures not pinned:
they depend on the coder), plus the readers on the shared dev data when it is present.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from onrecord.cli import app

runner = CliRunner()


def _json_out(output: str) -> dict:
    return json.loads(output[output.index("{"):])


def test_eval_plover_gsr_json(tmp_path: Path, nlp) -> None:
    records = [
        {"id": "T-ACCUSE-0002", "date": "2021-06-01", "event": "ACCUSE", "text": "Chile accused Peru of spying.",
         "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Peru", "code": "PER"}]},
        {"id": "T-CONSULT-0003", "date": "2021-06-01", "event": "CONSULT",
         "text": "The Kenyan president met the Ugandan president in Nairobi.",
         "source": [{"actorText": "Kenyan president", "code": "KEN"}], "target": []},
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    result = runner.invoke(app, ["eval", "plover-gsr", str(path), "--json", "--half", "odd"])
    assert result.exit_code == 0, result.output
    data = _json_out(result.output)
    assert data["half"] == "odd" and data["records"] == 1
    assert {"micro", "per_type", "actor_country_accuracy", "dyad_accuracy"} <= set(data)
    result = runner.invoke(app, ["eval", "plover-gsr", str(path), "--errors"])
    assert result.exit_code == 0 and "dyad accuracy" in result.output


def test_eval_other_commands(tmp_path: Path, nlp) -> None:
    text = "Chile accused Peru of spying, the minister said."
    news = tmp_path / "news"
    news.mkdir()
    (news / "00_x.json").write_text(json.dumps({"id": "x", "date": None, "text": text}), encoding="utf-8")
    (news / "00_x.gold.json").write_text(json.dumps({"events": [], "statements": []}), encoding="utf-8")
    result = runner.invoke(app, ["eval", "articles", str(news), "--json"])
    assert result.exit_code == 0, result.output
    assert _json_out(result.output)["articles"] == 1

    pol = tmp_path / "pol"
    (pol / "text").mkdir(parents=True)
    (pol / "attributions").mkdir()
    (pol / "text" / "a.txt").write_text(text, encoding="utf-8")
    (pol / "attributions" / "a_1.ann").write_text("T1\tSource 30 42\tthe minister\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "polnear", str(pol), "--limit", "1", "--json"])
    assert result.exit_code == 0, result.output
    assert _json_out(result.output)["articles"] == 1

    conll = tmp_path / "c.txt"
    conll.write_text("Chile B-S\naccused O\nPeru B-T\n. O\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "conflibert-actors", str(conll)])
    assert result.exit_code == 0, result.output
    assert "source overlap" in result.output


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "plover-gsr", str(tmp_path / "none.json")])
    assert result.exit_code != 0
    assert "does not exist" in result.output


def test_readers_on_shared_dev_data(shared_data: Path) -> None:
    from onrecord.evaluate import articles, conflibert, plover_gsr, polnear

    dev = shared_data / "dev"
    records = plover_gsr.read_plover_gsr(dev / "plover_gsr_dev.json")
    assert records and all(r.event for r in records)
    halves = plover_gsr.select_half(records, "odd"), plover_gsr.select_half(records, "even")
    assert len(halves[0]) + len(halves[1]) == len(records)
    golds = articles.read_articles(dev / "real_news")
    assert golds and not [w for g in golds for w in g.warnings]      # every gold span located
    docs = polnear.read_polnear(dev / "polnear" / "dev", limit=5)
    assert len(docs) == 5 and all(d.attributions for d in docs)
    sents = conflibert.read_conll(dev / "conflibert_actor_spans_train.txt", limit=20)
    assert len(sents) == 20 and all(s.spans.get("S") or s.spans.get("T") or s.spans.get("R") for s in sents)
