"""A small corpus written by the tests: short news articles, a copy, a syndicated copy, bad lines."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

STORIES = [
    "Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant on Sunday. Kyiv denied "
    "the claim and said Russian troops had fired on the site themselves.",
    "The prime minister of India met the president of France in Paris on Monday. The two "
    "leaders agreed to expand defence cooperation, a spokesman said.",
    "Police in Nairobi arrested dozens of protesters who marched on parliament against new "
    "taxes. The opposition demanded their immediate release.",
    "China threatened to impose sanctions on American defence firms after Washington approved "
    "an arms sale to Taiwan, the foreign ministry said.",
    "The United Nations sent food aid to Sudan after weeks of fighting between the army and a "
    "paramilitary group. Aid workers said the convoy reached Khartoum on Friday.",
    "Germany pledged new military aid to Ukraine during a visit by its defence minister to "
    "Kyiv. Ukrainian officials welcomed the announcement.",
    "Iran rejected a proposal by European negotiators to resume talks on its nuclear "
    "programme. A senior official said the offer was unacceptable.",
    "Israeli aircraft struck targets in Gaza overnight after rockets were fired at southern "
    "Israel, the army said on Tuesday.",
    "The European Union imposed new sanctions on Belarusian officials over the crackdown on "
    "the opposition. Minsk condemned the decision.",
    "Turkey and Greece agreed to reopen talks on maritime borders after a meeting of their "
    "foreign ministers in Ankara on Wednesday.",
]
LONG = (
    "Officials in Nairobi said on Monday that the government had reached an agreement with the "
    "main opposition party to hold new talks on electoral reform before the end of the year, "
    "after weeks of protests in several cities left dozens injured. The interior minister told "
    "reporters that the police would withdraw from the streets of the capital and that detained "
    "demonstrators would be released within days. Opposition leaders welcomed the move but "
    "warned that they would resume the protests if the talks failed."
)


def write_corpus(folder: Path) -> Path:
    """A JSONL file of 14 records: 11 originals, an exact copy, a syndicated copy, a bad line."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "news.jsonl"
    lines = [json.dumps({"id": f"n{i:02d}", "date": "2024-05-0" + str(1 + i % 9), "text": t,
                         "source": "Test Wire"}) for i, t in enumerate(STORIES)]
    lines.append(json.dumps({"id": "long", "date": "2024-05-06", "text": LONG}))
    lines.append(json.dumps({"id": "copy", "date": "2024-05-07", "text": STORIES[0].upper()}))
    lines.append("{this is not json")
    lines.append(json.dumps({"id": "syndicated", "date": "2024-05-07",
                             "text": "NAIROBI (Wire) - " + LONG + " Editing by the desk."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def table_snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the wall-clock columns."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table, drop in [("documents", "ingested_at"), ("rejects", '"at"'), ("events", None),
                            ("statements", None), ("actors", None), ("dedup_index", None),
                            ("meta", None)]:
            cols = f"* EXCLUDE ({drop})" if drop else "*"
            out[table] = con.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()
