"""Fixtures of the run tests: a small corpus written into the test's folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from run_corpus import write_corpus


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "in")
