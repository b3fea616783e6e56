"""Direct quotes found over the raw text: straight and curly marks, unbalanced marks, paragraphs.

Works on characters, not on spaCy sentences (which often cut quotes badly); a quote left open at
the end of a paragraph continues when the next paragraph opens with a quote mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„‟«"
CLOSERS = "”»"
STRAIGHT = '"'
DOUBLE_MARKS = OPENERS + CLOSERS + STRAIGHT
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
BEFORE_OPEN = set(" \t\n\r([{—–-/\u00a0") | set(OPENERS) | {STRAIGHT}
AFTER_CLOSE = set(" \t\n\r.,;:!?)]}—–-/\u00a0") | set(CLOSERS) | {STRAIGHT, SINGLE_CLOSE, "'"}
PARAGRAPH = re.compile(r"[^\n]+")
MARKS = re.compile(r"''|``|[\"“”„‟«»‘’']")


@dataclass
class Quote:
    """One quoted piece inside one paragraph; ``start``/``end`` exclude the marks."""

    open_pos: int          # offset of the opening mark
    close_pos: int         # offset just after the closing mark (or paragraph end when unclosed)
    start: int             # content start (after the mark, whitespace skipped)
    end: int               # content end (before the mark, whitespace and a trailing comma cut)
    paragraph: int
    closed: bool = True
    block: int = -1        # quotes of one multi-paragraph quote share a block number
    single: bool = False   # in single marks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _role(text: str, pos: int, lo: int, hi: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for the double mark at ``pos`` in paragraph [lo, hi)."""
    ch = text[pos:pos + width]
    ch = {"``": "“", "''": STRAIGHT}.get(ch, ch)
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[pos + width] if pos + width < hi else " "
    opens = prev in BEFORE_OPEN and not nxt.isspace()
    closes = nxt in AFTER_CLOSE and not prev.isspace()
    if ch in OPENERS:
        return "close" if closes and not opens and prev not in " \n" else "open"
    if ch in CLOSERS:
        return "open" if opens and not closes else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _single_role(text: str, pos: int, lo: int, hi: int) -> str | None:
    """Single marks are quotes only at word edges (never inside "it’s" or "Russia’s")."""
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[pos + 1] if pos + 1 < hi else " "
    if prev in BEFORE_OPEN and (nxt.isalnum() or nxt in "“\"$"):
        return "open"
    if nxt in AFTER_CLOSE and not prev.isspace() and not prev.isalnum() or (
        nxt in AFTER_CLOSE and prev.isalnum() and nxt != "s"
    ):
        return "close"
    return None


def _paragraph_quotes(text: str, lo: int, hi: int, para: int, continuing: bool) -> list[Quote]:
    """Quotes of one paragraph; ``continuing`` when the previous paragraph left a quote open."""
    quotes: list[Quote] = []
    open_at = -1
    single_at = -1
    for m in MARKS.finditer(text, lo, hi):
        pos = m.start()
        ch = text[pos]
        width = m.end() - pos
        if ch in DOUBLE_MARKS or width == 2:
            role = _role(text, pos, lo, hi, width)
            if open_at < 0:
                if role in ("open", "either"):
                    open_at, single_at = pos, -1
                elif continuing and not quotes:
                    # the quote of the previous paragraph goes on without a new opening mark
                    start, end = _trim(text, lo, pos)
                    quotes.append(Quote(lo, pos + width, start, end, para, True))
                continue
            if role == "open" and text[pos - 1].isspace():
                # unbalanced: a new quote opens before the old one closed
                quotes.append(_make(text, open_at, pos, para, closed=False))
                open_at = pos
                continue
            quotes.append(_make(text, open_at, pos + width, para, closed=True))
            open_at = -1
        elif open_at < 0:
            role = _single_role(text, pos, lo, hi)
            if single_at < 0 and role == "open" and ch in "‘'":
                single_at = pos
            elif single_at >= 0 and role == "close" and ch in "’'" and pos > single_at + 1:
                q = _make(text, single_at, pos + 1, para, closed=True)
                q.single = True
                quotes.append(q)
                single_at = -1
    if open_at >= 0:
        quotes.append(_make(text, open_at, hi, para, closed=False))
    return quotes


def _make(text: str, open_pos: int, close_pos: int, para: int, closed: bool) -> Quote:
    inner_end = close_pos if not closed else close_pos - (2 if text[close_pos - 2:close_pos]
                                                          in ("''", "``") else 1)
    first = 2 if text[open_pos:open_pos + 2] in ("''", "``") else 1
    start, end = _trim(text, open_pos + first, inner_end)
    return Quote(open_pos, close_pos, start, end, para, closed)


def find_quotes(text: str) -> list[Quote]:
    """All quotes in text order, multi-paragraph quotes linked by ``block``."""
    out: list[Quote] = []
    block = 0
    prev_open_end = False
    for para, m in enumerate(PARAGRAPH.finditer(text)):
        lo, hi = m.start(), m.end()
        quotes = [q for q in _paragraph_quotes(text, lo, hi, para, prev_open_end)
                  if q.end > q.start]
        first_opens = bool(quotes) and text[lo:quotes[0].open_pos].strip() == ""
        for i, q in enumerate(quotes):
            if i == 0 and first_opens and prev_open_end and out:
                q.block = out[-1].block
            else:
                block += 1
                q.block = block
        prev_open_end = bool(quotes) and not quotes[-1].closed and not quotes[-1].single
        out.extend(quotes)
    return out
