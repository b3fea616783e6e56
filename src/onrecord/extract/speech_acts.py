"""Statements that are themselves events: accusations, demands, threats ... made in a quote.

Placeholder for the content cues (issue 5); the cue verbs themselves ("accused", "warned",
"urged") are already coded as verb triggers by events.py.
"""

from __future__ import annotations

from typing import Any

from onrecord.schema import Event


def speech_act_events(coder: Any, events: list[Event]) -> list[Event]:
    """Extra events for statements whose content is a speech act toward someone."""
    return []
