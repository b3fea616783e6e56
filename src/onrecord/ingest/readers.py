"""Dispatch inputs to format readers by extension; stdin; plain text and JSON lines."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from onrecord.ingest.fields import FieldMap, article_from_record
from onrecord.schema import Article, Reject

BINARY_SNIFF = 8192


def decode_bytes(data: bytes, source: str, location: str | None = None) -> str | Reject:
    """UTF-8 text, or a Reject saying why not (binary, invalid UTF-8 at which byte)."""
    if b"\x00" in data[:BINARY_SNIFF]:
        return Reject(source, location, "binary file (NUL bytes): not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Reject(source, location or f"line {line}",
                      f"invalid UTF-8 at byte {exc.start} (line {line}); re-save the file as UTF-8")


def read_text_file(path: Path, default_date: str | None) -> Iterator[Article | Reject]:
    """One .txt file = one article; its id is the file stem."""
    data = path.read_bytes()
    if not data.strip():
        yield Reject(str(path), None, "empty file")
        return
    text = decode_bytes(data, str(path))
    if isinstance(text, Reject):
        yield text
        return
    yield Article(text=text, id=path.stem, date=default_date, source=str(path))


def read_jsonl_lines(lines: Iterator[bytes], source: str, fields: FieldMap,
                     default_date: str | None) -> Iterator[Article | Reject]:
    """One JSON object a line; a bad line is a Reject naming its line number."""
    seen_any = False
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        seen_any = True
        line = decode_bytes(raw, source, f"line {n}")
        if isinstance(line, Reject):
            yield line
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(source, f"line {n}", f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            article = article_from_record(record, fields, default_date, f"{Path(source).stem}-{n}")
        except ValueError as exc:
            yield Reject(source, f"line {n}", str(exc))
            continue
        if article.source is None:
            article.source = source
        yield article
    if not seen_any:
        yield Reject(source, None, "empty file")


def read_stdin(fields: FieldMap, default_date: str | None) -> Iterator[Article | Reject]:
    """JSON lines when the input starts with '{', else one plain-text article."""
    data = sys.stdin.buffer.read()
    if data.lstrip().startswith(b"{"):
        yield from read_jsonl_lines(iter(data.splitlines()), "<stdin>", fields, default_date)
        return
    if not data.strip():
        yield Reject("<stdin>", None, "empty input")
        return
    text = decode_bytes(data, "<stdin>")
    yield text if isinstance(text, Reject) else Article(text=text, date=default_date,
                                                          source="<stdin>")


def read_inputs(paths: list[str], fields: FieldMap | None = None,
                default_date: str | None = None) -> Iterator[Article | Reject]:
    """Yield an Article or a Reject for every record in ``paths`` ('-' is stdin)."""
    fields = fields or FieldMap()
    for name in paths:
        if name == "-":
            yield from read_stdin(fields, default_date)
            continue
        path = Path(name)
        if not path.exists():
            yield Reject(name, None, "no such file or directory")
            continue
        try:
            yield from read_path(path, fields, default_date)
        except OSError as exc:
            yield Reject(name, None, f"cannot read: {exc.strerror or exc}")


def read_path(path: Path, fields: FieldMap, default_date: str | None) -> Iterator[Article | Reject]:
    """One file by its extension (.jsonl/.ndjson as JSON lines, anything else as plain text)."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with path.open("rb") as fh:
            yield from read_jsonl_lines(iter(fh), str(path), fields, default_date)
    else:
        yield from read_text_file(path, default_date)
