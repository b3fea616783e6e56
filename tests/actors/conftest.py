"""Fixtures for the actors tests: one resolver per session, helpers to resolve a phrase
and to check the actor it resolves to."""

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


@pytest.fixture(scope="session")
def expect(resolve):
    """expect(text, phrase, country, sector, name=None, date=None, nth=0) -> Mention: the phrase
    resolves to an actor of that country and sector (and name, unless None)."""

    def _expect(text: str, phrase: str, country: str | None, sector: str | None,
                name: str | None = None, date: str | None = None, nth: int = 0):
        _, m = resolve(text, phrase, date, nth)
        assert m is not None, f"no mention for {phrase!r}"
        assert (m.country, m.sector) == (country, sector), m.reason
        if name is not None:
            assert m.name == name, m.reason
        return m

    return _expect


@pytest.fixture(scope="session")
def parties(nlp, resolver):
    """parties(text, word, date=None) -> list[Mention] for the first token ``word`` and the
    tokens coordinated with it (``DocActors.actors_for``)."""

    def _parties(text: str, word: str, date: str | None = None):
        doc = nlp(text)
        actors = resolver.analyse(doc, date)
        return actors.actors_for(next(t for t in doc if t.text == word))

    return _parties
