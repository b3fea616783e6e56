"""Placeholder (replaced by the events work): the sentence's date is the document date."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan


def sentence_date(sent: SpacySpan, doc_date: str | None) -> tuple[str | None, str | None]:
    return doc_date, None
