"""Placeholder (replaced by the events work)."""

from __future__ import annotations


def extract_events(doc, doc_actors, statements, doc_date):
    return []
