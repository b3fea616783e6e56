"""Record-shaped inputs: JSON lines, JSON documents (an object or a list) and CSV/TSV tables.

Each record maps to an Article through a FieldMap; a bad record is a Reject naming its line.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from onrecord.ingest.fields import FieldMap, article_from_record
from onrecord.schema import Article, Reject

BINARY_SNIFF = 8192


@dataclass
class Located:
    """An Article or Reject with the file it was read from and the place in it (``line 3``)."""

    item: Article | Reject
    source: str
    location: str | None = None

    @property
    def where(self) -> str:
        """``file:line 3``, or just ``file`` for a whole-file record."""
        return f"{self.source}:{self.location}" if self.location else self.source


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


def file_text(data: bytes, source: str) -> str | Reject:
    """A whole file's text, or a Reject when it is empty, binary or not UTF-8."""
    if not data.strip():
        return Reject(source, None, "empty file")
    return decode_bytes(data, source)


def _record(record: object, source: str, location: str, fields: FieldMap,
            default_date: str | None, fallback_id: str) -> Located:
    try:
        article = article_from_record(record, fields, default_date, fallback_id)
    except ValueError as exc:
        return Located(Reject(source, location, str(exc)), source, location)
    if article.source is None:
        article.source = source
    return Located(article, source, location)


def read_jsonl_lines(lines: Iterable[bytes], source: str, fields: FieldMap,
                     default_date: str | None, id_base: str) -> Iterator[Located]:
    """One JSON object a line; a bad line is a Reject naming its line number."""
    seen_any = False
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        seen_any = True
        where = f"line {n}"
        line = decode_bytes(raw, source, where)
        if isinstance(line, Reject):
            yield Located(line, source, where)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Located(Reject(source, where,
                                 f"malformed JSON: {exc.msg} at column {exc.colno}"),
                          source, where)
            continue
        yield _record(record, source, where, fields, default_date, f"{id_base}-{n}")
    if not seen_any:
        yield Located(Reject(source, None, "empty file"), source)


def read_json_bytes(data: bytes, source: str, fields: FieldMap, default_date: str | None,
                    id_base: str) -> Iterator[Located]:
    """A .json file: one article object, or a list of them (ids default to ``<name>-<n>``)."""
    text = file_text(data, source)
    if isinstance(text, Reject):
        yield Located(text, source)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Located(Reject(source, f"line {exc.lineno}",
                             f"malformed JSON: {exc.msg} at column {exc.colno}"), source)
        return
    if isinstance(value, list):
        if not value:
            yield Located(Reject(source, None, "empty JSON list"), source)
        for n, record in enumerate(value, start=1):
            yield _record(record, source, f"item {n}", fields, default_date, f"{id_base}-{n}")
        return
    located = _record(value, source, "item 1", fields, default_date, id_base)
    located.location = None
    if isinstance(located.item, Reject):
        located.item.location = None
    yield located


def read_csv_bytes(data: bytes, source: str, fields: FieldMap, default_date: str | None,
                   id_base: str, delimiter: str = ",") -> Iterator[Located]:
    """A CSV/TSV table with a header row; one article a row, located by its first line."""
    text = file_text(data, source)
    if isinstance(text, Reject):
        yield Located(text, source)
        return
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = reader.fieldnames or []
    if fields.text not in header:
        yield Located(Reject(source, "line 1",
                             f"no '{fields.text}' column (columns: {', '.join(header)}; "
                             "use --text-field to choose another)"), source)
        return
    start = reader.line_num + 1
    n = 0
    try:
        for row in reader:
            n += 1
            where = f"line {start}"
            start = reader.line_num + 1
            if None in row:
                yield Located(Reject(source, where, f"{len(header) + len(row[None])} cells "
                                     f"for {len(header)} columns"), source, where)
                continue
            yield _record(row, source, where, fields, default_date, f"{id_base}-{n}")
    except csv.Error as exc:
        yield Located(Reject(source, f"line {reader.line_num}", f"malformed CSV: {exc}"),
                      source, f"line {reader.line_num}")
    if n == 0:
        yield Located(Reject(source, None, "no rows after the header"), source)
