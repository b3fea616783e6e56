"""Speech-act rule data: data/speech_acts.yaml, read once (``speech_rules``).
Every speech-act rule family takes its word lists (as frozensets), codes and values from here."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from onrecord.extract.triggers import freeze_word_lists


@cache
def speech_rules() -> dict:
    """The speech-act rules of data/speech_acts.yaml, read once; word lists as frozensets."""
    text = resources.files("onrecord.extract").joinpath("data/speech_acts.yaml").read_text()
    return freeze_word_lists(yaml.safe_load(text) or {})
