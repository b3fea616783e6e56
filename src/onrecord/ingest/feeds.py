"""RSS and Atom feeds saved to disk -> one Article per entry (feedparser).

Text is the entry's full content when present, else its summary, stripped of HTML markup.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from onrecord.ingest.records import Located
from onrecord.schema import Article, Reject


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph a line."""
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - not HTML after all
        return fragment.strip()
    for el in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def read_feed(data: bytes, source: str, id_base: str,
              default_date: str | None) -> Iterator[Located]:
    """Each entry of an RSS/Atom document; a file that is no feed is one Reject."""
    import feedparser

    if not data.strip():
        yield Located(Reject(source, None, "empty file"), source)
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        why = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        yield Located(Reject(source, None, f"no RSS/Atom entries found{why}"), source)
        return
    feed_title = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, start=1):
        where = f"entry {n}"
        contents = [c.get("value", "") for c in entry.get("content", [])]
        body = max(contents, key=len) if contents else entry.get("summary", "")
        text = html_to_text(body or "")
        if not text:
            yield Located(Reject(source, where, "entry has neither content nor summary"),
                          source, where)
            continue
        yield Located(Article(
            text=text,
            id=entry.get("id") or entry.get("link") or f"{id_base}-{n}",
            date=_entry_date(entry) or default_date,
            title=entry.get("title") or None,
            source=feed_title or source,
            url=entry.get("link") or None,
        ), source, where)
