"""Audit listing of resolved mentions (backs ``onrecord actors``): text, actor, reason.

Reads a plain text file or JSON lines (``text`` and optional ``date`` per line).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from onrecord.actors.model import Mention


def _articles(path: str) -> Iterator[tuple[str, str | None, str]]:
    raw = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    if path.endswith(".jsonl"):
        for n, line in enumerate(raw.splitlines()):
            if line.strip():
                obj = json.loads(line)
                yield obj.get("text") or "", obj.get("date"), str(obj.get("id") or n)
    else:
        yield raw, None, Path(path).name if path != "-" else "stdin"


def mention_row(m: Mention) -> dict:
    """A JSON-friendly view of one mention."""
    return {"text": m.text, "start": m.start, "end": m.end, "name": m.name, "country": m.country,
            "sector": m.sector, "code": m.code, "kind": m.kind, "reason": m.reason,
            "members": [mention_row(p) for p in m.members]}


def actor_report(path: str, date: str | None, extra: list[Path], as_json: bool) -> None:
    """Print every mention of every article in ``path`` with its resolution and reason."""
    from onrecord.actors import ActorResolver, load_knowledge_base
    from onrecord.nlp import load_nlp

    nlp = load_nlp()
    resolver = ActorResolver(load_knowledge_base(tuple(extra)))
    for text, file_date, doc_id in _articles(path):
        day = date or file_date
        doc_actors = resolver.analyse(nlp(text), day)
        if not as_json:
            print(f"# {doc_id} (date {day or 'none'}): {len(doc_actors.mentions)} mentions")
        for m in doc_actors.mentions:
            if as_json:
                print(json.dumps({"doc": doc_id, **mention_row(m)}, ensure_ascii=False))
                continue
            who = m.name or "?"
            parts = " + ".join(f"{p.name} [{p.code}]" for p in m.members)
            resolved = parts or f"{who} [{m.code or '-'}] country={m.country or '-'} sector={m.sector or '-'}"
            print(f"{m.start:>6}-{m.end:<6} {m.text!r:40} -> {resolved}  ({m.kind}: {m.reason})")
