"""Run the Coder over gold inputs for the scorers: one Document (or None) per input, in order.

Rejected inputs become None (nothing produced) and are reported on stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from onrecord.schema import Article, Document, Reject


def produce(
    articles: Sequence[Article],
    model: str | None = None,
    actors_files: Sequence[str | Path] = (),
    coder: object | None = None,
) -> list[Document | None]:
    """Code ``articles`` with ``Coder().code_many``; the result is aligned with the input."""
    if coder is None:
        from onrecord.pipeline import Coder

        coder = Coder(model=model, actors_files=list(actors_files))
    out: list[Document | None] = []
    for result in coder.code_many(articles):  # type: ignore[attr-defined]
        if isinstance(result, Reject):
            print(f"skipped {result}", file=sys.stderr)
            out.append(None)
        else:
            out.append(result)
    if len(out) != len(articles):
        raise RuntimeError(f"coder returned {len(out)} results for {len(articles)} inputs")
    return out
