"""The Phoenix dictionary converters (agents and armed groups) on small files written here.

The dictionaries' format: ``PHRASE [~SECTOR]`` for role nouns, ``NAME_ [CCCSSS]`` + ``+ALIAS``
lines for groups; ``!SET!`` substitution sets expand to each of their words.
"""

from __future__ import annotations

from onrecord.actors.phoenix import convert_agents, convert_groups

AGENTS = """# comment
!PERSON! = MAN, WOMAN
BOAT!PERSON! [~CVL]
GUNRUNNER [~CRM]
NEWS_CHANNEL [~MED]
ISLAMIC_MILITANT [~MUSUAF]
UNKNOWN_THING [~XYZ]
"""

GROUPS = """# comment
EXAMPLE_LIBERATION_ARMY_(ELA)_ [PERREB] #  note
+ELA_FIGHTERS_
+EXAMPLARISTAS_

GLOBAL_EXAMPLE_NETWORK_ [IMGMUSXYZ]

REGIONAL_EXAMPLE_FRONT_ [SASREB]
"""


def test_agents_map_cameo_codes_to_plover_sectors(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    rows = dict(convert_agents(path))
    assert rows["boatman"] == "CVL" and rows["boatwoman"] == "CVL"
    assert rows["gunrunner"] == "CRM"
    assert rows["news channel"] == "JRN"          # MED -> JRN
    assert rows["islamic militant"] == "REB"      # unaffiliated armed -> REB
    assert "unknown thing" not in rows


def test_groups_keep_country_sector_and_aliases(tmp_path):
    path = tmp_path / "groups.txt"
    path.write_text(GROUPS, encoding="utf-8")
    rows = {r[0]: r for r in convert_groups(path)}
    name, aliases, country, sector, code = rows["EXAMPLE LIBERATION ARMY"]
    assert (country, sector, code) == ("PER", "REB", "")
    assert "ELA FIGHTERS" in aliases.split("|") and "EXAMPLARISTA" in aliases.split("|")
    assert rows["GLOBAL EXAMPLE NETWORK"][2:] == ["", "REB", "IMGMUSXYZ"]
    assert "REGIONAL EXAMPLE FRONT" not in rows     # a region code is no country


def test_converted_group_resolves(resolve):
    _, m = resolve("Khmer Rouge guerrillas shelled the town.", "Khmer Rouge guerrillas")
    assert (m.country, m.sector) == ("KHM", "REB"), m.reason
