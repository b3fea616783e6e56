"""The Coder: Article -> Document, running nlp -> actors -> extract over each spaCy Doc.

Batches through ``nlp.pipe``; one failing article becomes a Reject, never an aborted batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc

from onrecord import __version__
from onrecord.actors import ActorResolver, load_knowledge_base
from onrecord.extract.dates import sentence_date
from onrecord.extract.events import extract_events
from onrecord.extract.statements import extract_statements
from onrecord.language import detect_language
from onrecord.nlp import load_nlp
from onrecord.schema import Article, Document, Reject

DEFAULT_MAX_CHARS = 100_000


class Coder:
    """Codes articles into Documents (events and statements). Load once, call many times."""

    def __init__(
        self,
        model: str | None = None,
        actors_files: Iterable[str | Path] = (),
        max_chars: int = DEFAULT_MAX_CHARS,
        batch_size: int = 16,
    ) -> None:
        self.nlp = load_nlp(model)
        self.resolver = ActorResolver(load_knowledge_base(tuple(actors_files)))
        self.max_chars = max_chars
        self.batch_size = batch_size
        self.version = __version__

    # -- one article -------------------------------------------------------------------------
    def code(self, article: Article | str, date: str | None = None) -> Document:
        """Code one article (or a bare text with an optional date)."""
        if isinstance(article, str):
            article = Article(text=article, date=date)
        result = next(self.code_many([article]))
        if isinstance(result, Reject):
            raise ValueError(str(result))
        return result

    # -- many articles -----------------------------------------------------------------------
    def code_many(
        self, articles: Iterable[Article | Reject], n_process: int = 1
    ) -> Iterator[Document | Reject]:
        """Yield a Document per Article (a Reject passes through, or replaces a failed one)."""
        ready = self._prepare(articles)
        pairs = ((parseable(item[0].text) if item[1] is None else "", item) for item in ready)
        for doc, (article, verdict, warnings) in self.nlp.pipe(
            pairs, as_tuples=True, batch_size=self.batch_size, n_process=n_process
        ):
            if verdict is not None:
                yield verdict
                continue
            try:
                yield self._code_doc(article, doc, warnings)
            except Exception as exc:  # noqa: BLE001 - one bad record never aborts a batch
                yield Reject(article.source or article.doc_id, article.doc_id,
                             f"coding failed: {type(exc).__name__}: {exc}")

    def _prepare(self, articles: Iterable[Article | Reject]):
        """Check each article before parsing: empty, non-English, too long (truncated)."""
        for article in articles:
            if isinstance(article, Reject):
                yield None, article, []
                continue
            warnings: list[str] = []
            text = article.text or ""
            if not text.strip():
                yield article, Reject(article.source or article.doc_id, article.doc_id,
                                      "empty text: nothing to code"), []
                continue
            language = article.language or detect_language(text, nlp=self.nlp)
            if language != "en":
                yield article, _foreign(article, language), []
                continue
            if len(text) > self.max_chars:
                cut = text.rfind("\n", 0, self.max_chars)
                cut = cut if cut > self.max_chars // 2 else self.max_chars
                warnings.append(
                    f"text truncated from {len(text)} to {cut} characters "
                    f"(limit {self.max_chars}); offsets refer to the kept part"
                )
                article = Article(**{**article.__dict__, "text": text[:cut]})
            yield article, None, warnings

    def _code_doc(self, article: Article, doc: Doc, warnings: list[str]) -> Document:
        doc_id = article.doc_id
        doc_actors = self.resolver.analyse(doc, article.date)
        found = extract_statements(doc, doc_actors)
        for n, fs in enumerate(found):
            fs.id = f"{doc_id}:s{n}"
        events = extract_events(doc, doc_actors, found, article.date)
        events.sort(key=lambda e: (e.trigger.start, e.event))
        for n, ev in enumerate(events):
            ev.id = f"{doc_id}:e{n}"
        sents = list(doc.sents)
        statements = []
        for fs in found:
            date, _ = sentence_date(sents[fs.sentence], article.date)
            statements.append(fs.to_statement(date))
        return Document(
            doc_id=doc_id, date=article.date, title=article.title, source=article.source,
            url=article.url, language="en", events=events, statements=statements,
            warnings=warnings,
        )


def parseable(text: str) -> str:
    """``text`` with every Unicode space separator (no-break, thin, em ...) as a plain space.

    The parser treats a no-break space as a token of its own, which splits "said,\u00a0Obama"
    into three pieces and derails the parse; one character for one keeps every offset.
    """
    return text.translate(_SPACES)


_SPACES = {cp: " " for cp in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}


def _foreign(article: Article, language: str) -> Document:
    return Document(
        doc_id=article.doc_id, date=article.date, title=article.title, source=article.source,
        url=article.url, language=language,
        warnings=[f"language '{language}' is not supported (English only): not coded"],
    )


_default: Coder | None = None


def code_text(text: str, date: str | None = None) -> Document:
    """Code one text with a process-wide default Coder."""
    global _default
    if _default is None:
        _default = Coder()
    return _default.code(text, date)
