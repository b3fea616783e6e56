"""Placeholder resolver (replaced by the actors work): finds no mentions."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from onrecord.actors.model import DocActors


def load_knowledge_base(extra_files: tuple[str | Path, ...] = ()) -> object:
    return object()


class ActorResolver:
    def __init__(self, kb: object | None = None) -> None:
        self.kb = kb

    def analyse(self, doc: Doc, date: str | None = None) -> DocActors:
        return DocActors(doc)
