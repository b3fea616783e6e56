"""HTML pages -> Articles: main text, title, publication date and site name via trafilatura.

Boilerplate (menus, footers, comments) is dropped; a page with no main text is a Reject.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from onrecord.ingest.fields import normalise_date
from onrecord.ingest.records import Located
from onrecord.schema import Article, Reject

DATE_OPTIONS = {"original_date": True, "extensive_search": False}


def extract_html(data: bytes | str, url: str | None = None) -> dict | None:
    """trafilatura's main text and metadata of a page as a dict, or None when it finds none."""
    import trafilatura

    result = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=DATE_OPTIONS,
    )
    if result is not None and not isinstance(result, dict):
        result = result.as_dict()
    if not result or not (result.get("text") or "").strip():
        return None
    return result


def read_html(data: bytes, source: str, doc_id: str, default_date: str | None,
              url: str | None = None, fallback_date: str | None = None,
              location: str | None = None) -> Located:
    """One page = one article: id ``doc_id``, date from the page, else fallback/default."""
    if not data.strip():
        return Located(Reject(source, location, "empty HTML page"), source, location)
    try:
        found = extract_html(data, url)
    except Exception as exc:  # noqa: BLE001 - a broken page never stops a run
        return Located(Reject(source, location, f"HTML extraction failed: {exc}"), source, location)
    if found is None:
        return Located(Reject(source, location, "no main text found in the HTML page"), source, location)
    site = found.get("sitename") or (urlsplit(url).hostname if url else None)
    return Located(Article(
        text=found["text"].strip(),
        id=doc_id,
        date=normalise_date(found.get("date")) or fallback_date or default_date,
        title=found.get("title") or None,
        source=site or source,
        url=url or found.get("url") or None,
    ), source, location)
