"""Dispatch inputs to format readers: files by extension (gzip or not), directory trees, stdin.

Every record comes out as an Article or a Reject naming the file, the place in it and the cause.
"""

from __future__ import annotations

import gzip
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from onrecord.ingest.fields import FieldMap
from onrecord.ingest.records import (
    Located,
    decode_bytes,
    file_text,
    read_csv_bytes,
    read_json_bytes,
    read_jsonl_lines,
)
from onrecord.schema import Article, Reject

__all__ = ["FORMATS", "Located", "count_records", "decode_bytes", "iter_located", "read_inputs",
           "read_path"]

# file suffix -> reader kind; anything else given by name is read as plain text
FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".arc": "warc",
}
GZIP_SUFFIXES = (".gz", ".gzip")
READ_ERRORS = (OSError, EOFError, zlib.error)


def split_name(path: Path) -> tuple[str, str, bool]:
    """(name without format/gzip suffixes, format suffix, gzipped?) for a file path."""
    name, gz = path.name, False
    lower = name.lower()
    for s in GZIP_SUFFIXES:
        if lower.endswith(s):
            name, lower, gz = name[: -len(s)], lower[: -len(s)], True
            break
    suffix = os.path.splitext(lower)[1]
    base = name[: -len(suffix)] if suffix else name
    return base, suffix, gz


def read_inputs(paths: list[str], fields: FieldMap | None = None,
                default_date: str | None = None) -> Iterator[Article | Reject]:
    """Yield an Article or a Reject for every record in ``paths`` ('-' is stdin)."""
    for item in iter_located(paths, fields, default_date):
        yield item.item


def iter_located(paths: Iterable[str], fields: FieldMap | None = None,
                 default_date: str | None = None) -> Iterator[Located]:
    """Like read_inputs, with where each record was read from ("file:line 3")."""
    fields = fields or FieldMap()
    for name in paths:
        if name == "-":
            yield from _read_stdin(fields, default_date)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_tree(path, fields, default_date)
            continue
        if not path.exists():
            yield Located(Reject(name, None, "no such file or directory"), name)
            continue
        yield from _guarded(path, split_name(path)[0], fields, default_date, in_tree=False)


def _read_tree(root: Path, fields: FieldMap, default_date: str | None) -> Iterator[Located]:
    """Every file under ``root`` in sorted order; ids are paths relative to the root."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fname in sorted(f for f in filenames if not f.startswith(".")):
            path = Path(dirpath) / fname
            base, _, _ = split_name(path)
            rel = path.parent.relative_to(root) / base
            yield from _guarded(path, rel.as_posix(), fields, default_date, in_tree=True)


def _guarded(path: Path, id_base: str, fields: FieldMap, default_date: str | None,
             in_tree: bool) -> Iterator[Located]:
    """Read one file; an I/O or decompression error becomes a Reject, never an exception."""
    last = None
    try:
        for located in read_path(path, fields, default_date, id_base=id_base, in_tree=in_tree):
            last = located
            yield located
    except READ_ERRORS as exc:
        after = f"after {last.location}" if last and last.location else None
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield Located(Reject(str(path), after, f"cannot read: {reason}"), str(path), after)


def read_path(path: Path, fields: FieldMap, default_date: str | None, id_base: str | None = None,
              in_tree: bool = False) -> Iterator[Located]:
    """One file by its extension (.gz inside); unknown types are text, or Rejects inside trees."""
    base, suffix, gz = split_name(path)
    id_base = id_base or base
    kind = FORMATS.get(suffix)
    source = str(path)
    if kind is None:
        if in_tree:
            yield Located(Reject(source, None, f"unsupported file type '{suffix or path.name}': "
                                 f"not read (supported: {', '.join(sorted(FORMATS))}, "
                                 "each optionally .gz)"), source)
            return
        kind = "text"
    if kind == "warc":  # warcio reads gzip members itself
        from onrecord.ingest.warc import read_warc

        with path.open("rb") as fh:
            yield from read_warc(fh, source, id_base, default_date)
        return
    opener = gzip.open if gz else open
    if kind in ("jsonl",):
        with opener(path, "rb") as fh:
            yield from read_jsonl_lines(fh, source, fields, default_date, id_base)
        return
    with opener(path, "rb") as fh:
        data = fh.read()
    if kind == "text":
        yield _text_article(data, source, id_base, default_date)
    elif kind == "json":
        yield from read_json_bytes(data, source, fields, default_date, id_base)
    elif kind in ("csv", "tsv"):
        yield from read_csv_bytes(data, source, fields, default_date, id_base,
                                  delimiter="\t" if kind == "tsv" else ",")
    elif kind == "html":
        from onrecord.ingest.html import read_html

        yield read_html(data, source, id_base, default_date)
    elif kind == "feed":
        from onrecord.ingest.feeds import read_feed

        yield from read_feed(data, source, id_base, default_date)


def _text_article(data: bytes, source: str, doc_id: str, default_date: str | None) -> Located:
    """One plain-text file = one article; its id is the file name without extension."""
    text = file_text(data, source)
    if isinstance(text, Reject):
        return Located(text, source)
    return Located(Article(text=text, id=doc_id, date=default_date, source=source), source)


def _read_stdin(fields: FieldMap, default_date: str | None) -> Iterator[Located]:
    """JSON lines when the input starts with '{', else one plain-text article."""
    data = sys.stdin.buffer.read()
    if data.lstrip().startswith(b"{"):
        yield from read_jsonl_lines(iter(data.splitlines()), "<stdin>", fields, default_date,
                                    "stdin")
        return
    if not data.strip():
        yield Located(Reject("<stdin>", None, "empty input"), "<stdin>")
        return
    text = decode_bytes(data, "<stdin>")
    yield Located(text if isinstance(text, Reject)
                  else Article(text=text, date=default_date, source="<stdin>"), "<stdin>")


def count_records(paths: Iterable[str]) -> int | None:
    """About how many records ``iter_located`` will yield (for progress and ETA); None for stdin.

    Counts lines, rows, list items, feed entries and HTML responses without extracting text.
    """
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            files = [path]
        for f in files:
            try:
                total += _count_file(f)
            except Exception:  # noqa: BLE001 - a count is an estimate; reading reports errors
                total += 1
    return total


def _count_file(path: Path) -> int:
    if not path.exists():
        return 1
    _, suffix, gz = split_name(path)
    kind = FORMATS.get(suffix, "text")
    if kind == "warc":
        from warcio.archiveiterator import ArchiveIterator

        with path.open("rb") as fh:
            return sum(1 for r in ArchiveIterator(fh) if r.rec_type == "response"
                       and r.http_headers is not None
                       and "html" in (r.http_headers.get_header("Content-Type") or ""))
    if kind in ("text", "html"):
        return 1
    opener = gzip.open if gz else open
    with opener(path, "rb") as fh:
        if kind == "jsonl":
            return max(1, sum(1 for line in fh if line.strip()))
        data = fh.read()
    if kind == "json":
        import json

        value = json.loads(data)
        return max(1, len(value)) if isinstance(value, list) else 1
    if kind == "feed":
        import feedparser

        return max(1, len(feedparser.parse(data).entries))
    import csv
    import io

    csv.field_size_limit(sys.maxsize)
    rows = csv.reader(io.StringIO(data.decode("utf-8", "replace"), newline=""),
                      delimiter="\t" if kind == "tsv" else ",")
    return max(1, sum(1 for _ in rows) - 1)
