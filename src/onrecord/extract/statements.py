"""Placeholder (replaced by the statements work)."""

from __future__ import annotations


def extract_statements(doc, doc_actors):
    return []
