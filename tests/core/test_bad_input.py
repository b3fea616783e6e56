"""Bad input gets a clear message naming file and line; the rest of the batch is still coded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.cli import app

GOOD = "Russia and China signed a trade agreement in Moscow on Monday."


@pytest.fixture()
def run(nlp):
    """Run `onrecord code` in-process (the spaCy pipeline is loaded once per process)."""

    def invoke(*args: str):
        result = CliRunner().invoke(app, ["code", *args])
        docs = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        return result, docs

    return invoke


def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_empty_file_is_named_and_batch_goes_on(run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result, docs = run(str(empty), str(good_file(tmp_path)))
    assert result.exit_code == 0
    assert [d["doc_id"] for d in docs] == ["good"]
    assert f"{empty}: empty file" in result.stderr


def test_binary_file(run, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    result, docs = run(str(binary), str(good_file(tmp_path)))
    assert result.exit_code == 0 and len(docs) == 1
    assert f"{binary}: binary file" in result.stderr


def test_invalid_utf8_names_line(run, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("First line.\nCaf\u00e9 owners protested.".encode("latin-1"))
    result, docs = run(str(bad), str(good_file(tmp_path)))
    assert len(docs) == 1
    assert f"{bad}:line 2: invalid UTF-8" in result.stderr


def test_malformed_jsonl_line_is_skipped_with_line_number(run, tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": GOOD, "date": "2024-01-08"}),
        '{"id": "b", "text": "unterminated',
        json.dumps({"id": "c", "title": "no text field"}),
        json.dumps({"id": "d", "text": GOOD}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, docs = run(str(path))
    assert result.exit_code == 0
    assert [d["doc_id"] for d in docs] == ["a", "d"]
    assert docs[0]["date"] == "2024-01-08"
    assert f"{path}:line 2: malformed JSON" in result.stderr
    assert f"{path}:line 3: no 'text' field" in result.stderr


def test_huge_text_is_truncated_with_warning(run, tmp_path):
    big = tmp_path / "big.txt"
    paragraph = (GOOD + " ") * 20 + "\n"
    with big.open("w", encoding="utf-8") as fh:
        for _ in range(50 * 1024 * 1024 // len(paragraph) + 1):
            fh.write(paragraph)
    assert big.stat().st_size >= 50 * 1024 * 1024
    result, docs = run(str(big))
    assert result.exit_code == 0 and len(docs) == 1
    assert any("text truncated" in w for w in docs[0]["warnings"])
    assert "warning big: text truncated" in result.stderr


def test_non_english_article_is_reported_not_coded(run, tmp_path):
    french = tmp_path / "fr.txt"
    french.write_text(
        "Le gouvernement français a annoncé mardi de nouvelles sanctions contre la Russie. "
        "Le ministre des affaires étrangères a déclaré que la France soutiendrait l'Ukraine.",
        encoding="utf-8",
    )
    result, docs = run(str(french), str(good_file(tmp_path)))
    assert len(docs) == 2
    fr = docs[0]
    assert fr["language"] == "fr" and fr["events"] == []
    assert "not supported" in fr["warnings"][0]


def test_nothing_coded_exits_non_zero(run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    result, docs = run(str(empty), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1 and docs == []
    assert "no such file" in result.stderr


def test_bad_date_option(run, tmp_path):
    result, _ = run(str(good_file(tmp_path)), "--date", "someday")
    assert result.exit_code == 1
    assert "--date 'someday' is not a date" in result.stderr
