"""Fixtures for the actors tests: one resolver per session and a helper to resolve a phrase."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def resolver():
    from onrecord.actors import ActorResolver, load_knowledge_base

    return ActorResolver(load_knowledge_base())


@pytest.fixture(scope="session")
def resolve(nlp, resolver):
    """resolve(text, phrase, date=None, nth=0) -> Mention for the phrase headed by its last word."""

    def _resolve(text: str, phrase: str, date: str | None = None, nth: int = 0, res=None):
        doc = nlp(text)
        actors = (res or resolver).analyse(doc, date)
        at = -1
        for _ in range(nth + 1):
            at = text.index(phrase, at + 1)
        end = at + len(phrase)
        token = next(t for t in reversed(doc) if t.idx < end and t.idx >= at)
        return actors, actors.actor_for(token)

    return _resolve
