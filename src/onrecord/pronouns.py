"""English personal pronouns (data/pronouns.yaml) and the sets of them the coders ask for."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def _table() -> dict[str, dict]:
    text = resources.files("onrecord").joinpath("data/pronouns.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


def pronouns(person: int | None = None, cases: tuple[str, ...] = (),
             animate: bool | None = None) -> frozenset[str]:
    """The forms of a person (1, 2, 3; None for all), in any of ``cases`` (all when empty),
    animate or not (None for both)."""
    return frozenset(
        form for form, f in _table().items()
        if (person is None or f["person"] == person)
        and (not cases or set(cases) & set(f["case"]))
        and (animate is None or f["animate"] == animate))


FIRST_PERSON = pronouns(1, ("nom", "acc"))              # i, me, we, us
SECOND_PERSON = pronouns(2, ("nom", "acc"))             # you
THIRD_PERSON = pronouns(3)                              # he ... themselves, it, its
THIRD_PERSON_SUBJECTS = pronouns(3, ("nom",)) | {"it"}  # he, she, it, they
PERSON_OBJECTS = pronouns(3, ("acc",), animate=True)    # him, her, them
