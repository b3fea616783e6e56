"""User extensions (--actors YAML/CSV) and the ``onrecord actors`` audit command.

Extra files add or override entries, people with dated roles and role nouns.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

YAML_EXTRA = """
- {name: Jane Example, aliases: [Example], gender: f, roles: [{country: KEN, sector: GOV, title: foreign minister, start: 2026-01-01}]}
- {name: the Blue Ministry, aliases: [Blue Ministry], country: ESP, sector: GOV}
- {name: Pacific Forum, aliases: [PIF], code: IGOPAC, sector: IGO, kinds: [forum]}
- {words: [coastguard cutter], sector: MIL}
- {name: Moscow, country: RUS, sector: MIL}
"""

CSV_EXTRA = """name,aliases,country,sector,start,end,title,gender
John Sample,Sample,GHA,GOV,2020-01-01,2024-01-01,president,m
John Sample,,GHA,OPP,2024-01-01,,,m
"""


def _resolver(tmp_path, name, text):
    from onrecord.actors import ActorResolver, load_knowledge_base

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ActorResolver(load_knowledge_base((path,)))


def test_yaml_extension_adds_and_overrides(resolve, tmp_path):
    res = _resolver(tmp_path, "extra.yaml", YAML_EXTRA)
    _, m = resolve("Jane Example met the press. She said talks would go on.", "She", "2026-02-01", res=res)
    assert (m.name, m.country, m.sector) == ("Jane Example", "KEN", "GOV")
    _, m = resolve("The Blue Ministry rejected the plan.", "The Blue Ministry", res=res)
    assert (m.country, m.sector) == ("ESP", "GOV")
    _, m = resolve("The PIF called for calm.", "The PIF", res=res)
    assert (m.code, m.country) == ("IGOPAC", None)
    _, m = resolve("Chinese coastguard cutters rammed the boat.", "Chinese coastguard cutters", res=res)
    assert (m.country, m.sector) == ("CHN", "MIL")
    _, m = resolve("Moscow sent reinforcements.", "Moscow", res=res)
    assert (m.country, m.sector) == ("RUS", "MIL")


def test_csv_extension_dated_roles(resolve, tmp_path):
    res = _resolver(tmp_path, "extra.csv", CSV_EXTRA)
    _, m = resolve("Sample spoke in Accra.", "Sample", "2022-05-01", res=res)
    assert (m.country, m.sector) == ("GHA", "GOV")
    _, m = resolve("Sample spoke in Accra.", "Sample", "2025-05-01", res=res)
    assert (m.country, m.sector) == ("GHA", "OPP")


def test_actors_command_lists_mentions_and_reasons(tmp_path):
    from onrecord.cli import app

    text = tmp_path / "story.txt"
    text.write_text("The Kremlin said Chinese warships would join the drills.", encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", str(text), "--date", "2024-01-01", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    by_text = {r["text"]: r for r in rows}
    assert by_text["The Kremlin"]["code"] == "RUSGOV"
    assert "seats" in by_text["The Kremlin"]["reason"]
    assert by_text["Chinese warships"]["code"] == "CHNMIL"
