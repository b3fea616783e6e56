"""WARC archives (e.g. Common Crawl CC-NEWS) -> Articles from HTTP responses carrying HTML.

Requests, metadata and non-HTML responses are not articles and are passed over silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from onrecord.ingest.fields import normalise_date
from onrecord.ingest.html import read_html
from onrecord.ingest.records import Located
from onrecord.schema import Reject

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(fh: BinaryIO, source: str, id_base: str,
              default_date: str | None) -> Iterator[Located]:
    """One Article per HTML response record; id is the WARC-Record-ID, url the target URI."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(fh)
    n = 0
    try:
        for record in records:
            n += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if not any(t in ctype for t in HTML_TYPES):
                continue
            where = f"record {n}"
            status = record.http_headers.get_statuscode()
            if status and not status.startswith("2"):
                continue
            payload = record.content_stream().read()
            rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
            rid = rid.removeprefix("urn:uuid:") or f"{id_base}-{n}"
            yield read_html(
                payload, source, rid, default_date,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                fallback_date=normalise_date(record.rec_headers.get_header("WARC-Date")),
                location=where,
            )
    except ArchiveLoadFailed as exc:
        yield Located(Reject(source, f"record {n + 1}", f"not a readable WARC: {exc}"), source)
