"""Intermediate statement record passed from statement extraction to event extraction."""

from __future__ import annotations

from dataclasses import dataclass

from onrecord.actors.model import Mention
from onrecord.schema import Actor, Span, Statement


@dataclass
class FoundStatement:
    """A statement found in a Doc, with the token positions the event extractor needs."""

    speaker: Actor                     # local mention text/offsets + resolved name/country/...
    speaker_mention: Mention | None    # the resolved mention (None when unresolved)
    content: Span
    content_tokens: tuple[int, int]    # doc[start:end] covers the content
    kind: str                          # direct | indirect | mixed
    sentence: int                      # sentence index of the cue (or quote when no cue)
    cue: Span | None = None
    cue_token: int | None = None       # token index of the cue's head word
    id: str = ""                       # set by the pipeline: <doc_id>:s<n>
    cue_class: str = "speech"          # speech | belief | stance | question (see extract/statements/cues.py)

    def to_statement(self, date: str | None) -> Statement:
        return Statement(self.id, self.speaker, self.content, self.kind, self.sentence,
                         self.cue, date)
