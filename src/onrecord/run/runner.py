"""The corpus runner: read -> skip what is stored -> dedup -> code on workers -> one writer.

Batches are planned in input order and committed in that order, one DuckDB transaction each, so a
run killed at any moment and started again ends with the same database as an unbroken run.
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from onrecord import __version__
from onrecord.ingest import DedupConfig, Deduplicator, FieldMap, Located, iter_located
from onrecord.ingest.dedup import Verdict
from onrecord.run.backends import CoderConfig, Pending, make_backend
from onrecord.schema import Article, Document, Reject, text_hash
from onrecord.store import DocumentEntry, IndexEntry, Store

DEFAULT_BATCH = 64


class RunError(RuntimeError):
    """The run stopped (a worker died, ...); committed batches are kept for a resume."""
ID_CONFLICT = ("doc id {id!r} already belongs to another text; give each article its own id "
               "(--id-field)")


@dataclass
class RunSummary:
    """What one ingest run did."""

    db: str = ""
    read: int = 0                 # records read (articles + unreadable ones)
    coded: int = 0                # articles coded and stored
    not_english: int = 0          # of those, stored without coding (language not supported)
    duplicates_exact: int = 0
    duplicates_near: int = 0
    already_stored: int = 0       # same id + text + coder version: skipped
    outdated: int = 0             # stored under another coder version: kept (use --recode)
    recoded: int = 0              # replaced under this coder version (--recode)
    repeated: int = 0             # same id and text given twice in the inputs
    rejected: int = 0
    events: int = 0
    statements: int = 0
    words: int = 0                # words in the coded texts
    seconds: float = 0.0
    startup_seconds: float = 0.0  # of which: opening the store, starting workers, loading models
    coder_version: str = ""
    workers: dict[str, float] = field(default_factory=dict)  # worker -> peak RSS MB
    rejects: list[Reject] = field(default_factory=list)     # the first few, for display

    @property
    def duplicates(self) -> int:
        return self.duplicates_exact + self.duplicates_near

    def line(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        parts = [
            f"{self.read} record(s) in {self.seconds:.1f}s ({rate:.1f}/s) -> {self.db}:",
            f"coded {self.coded}" + (f" ({self.not_english} not English)"
                                     if self.not_english else ""),
            f"{self.duplicates} duplicate(s) ({self.duplicates_exact} exact, "
            f"{self.duplicates_near} near)",
            f"{self.already_stored} already stored",
        ]
        if self.outdated:
            parts.append(f"{self.outdated} stored by another coder version (--recode)")
        if self.recoded:
            parts.append(f"{self.recoded} recoded")
        if self.repeated:
            parts.append(f"{self.repeated} repeated")
        parts.append(f"{self.rejected} rejected")
        parts.append(f"{self.events} event(s), {self.statements} statement(s)")
        if self.workers:
            rss = sorted(self.workers.values())
            span = f"{rss[0]:.0f}" if len(rss) == 1 else f"{rss[0]:.0f}-{rss[-1]:.0f}"
            parts.append(f"peak RSS {span} MB per worker ({len(rss)})")
        return ", ".join(parts[:1]) + " " + ", ".join(parts[1:])


def coder_version(config: CoderConfig) -> str:
    """The coder version stored with each document: package version, + model/actors if not default."""
    version = __version__
    if config.model:
        version += f"+model={Path(config.model).name}"
    if config.actors_files:
        digest = hashlib.sha1()
        for name in config.actors_files:
            digest.update(Path(name).read_bytes())
        version += f"+actors={digest.hexdigest()[:8]}"
    return version


@dataclass
class _Planned:
    """One batch: its records, the decisions taken, and the articles sent to be coded."""

    size: int
    entries: list[DocumentEntry] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    replace: list[str] = field(default_factory=list)
    unindex: list[str] = field(default_factory=list)
    to_code: list[tuple[Located, Article, str, Verdict, bool]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    pending: Pending | None = None


class Ingestor:
    """Runs one ingest over a Store; ``ingest()`` is the functional front door."""

    def __init__(self, store: Store, dedup: DedupConfig, version: str, recode: bool,
                 summary: RunSummary, on_reject: Callable[[Reject], None] | None = None) -> None:
        self.store, self.version, self.recode = store, version, recode
        self.summary = summary
        self.on_reject = on_reject
        self._check_dedup_params(dedup)
        self.dedup = Deduplicator(dedup, store.find_hashes, store.find_signatures)
        self.dedup.load(store.originals())
        self.run_ids: dict[str, str] = {}

    def _check_dedup_params(self, config: DedupConfig) -> None:
        params = config.signature_params()
        stored = self.store.get_meta("dedup_signature")
        if stored and stored != params and self.store.counts()["dedup_index"]:
            raise ValueError(f"{self.store.path} holds MinHash signatures made with {stored}; "
                             f"this run uses {params}: use the same settings or a new --db")
        if stored != params:
            self.store.set_meta("dedup_signature", params)

    # -- planning ---------------------------------------------------------------------------
    def _reject(self, plan: _Planned, reject: Reject) -> None:
        plan.rejects.append(reject)
        self.summary.rejected += 1
        if len(self.summary.rejects) < 1000:
            self.summary.rejects.append(reject)
        if self.on_reject:
            self.on_reject(reject)

    def plan(self, chunk: Sequence[Located]) -> _Planned:
        plan = _Planned(len(chunk))
        self.summary.read += len(chunk)
        articles = [(loc, loc.item) for loc in chunk if isinstance(loc.item, Article)]
        stored = self.store.seen(a.doc_id for _, a in articles)
        candidates: list[tuple[Located, Article, str, bool]] = []
        for loc in chunk:
            item = loc.item
            if isinstance(item, Reject):
                self._reject(plan, item)
                continue
            if not (item.text or "").strip():
                self._reject(plan, Reject(loc.source, loc.location, "empty text: nothing to code"))
                continue
            doc_id, thash = item.doc_id, text_hash(item.text)
            plan.ids.append(doc_id)
            if doc_id in self.run_ids:
                if self.run_ids[doc_id] == thash:
                    self.summary.repeated += 1
                else:
                    self._reject(plan, Reject(loc.source, loc.location,
                                              ID_CONFLICT.format(id=doc_id)))
                continue
            self.run_ids[doc_id] = thash
            old = stored.get(doc_id)
            replace = False
            if old is not None:
                if old.text_hash == thash and old.coder_version == self.version:
                    self.summary.already_stored += 1
                    continue
                if not self.recode:
                    if old.text_hash != thash:
                        self._reject(plan, Reject(
                            loc.source, loc.location, ID_CONFLICT.format(id=doc_id)
                            + "; --recode replaces the stored text"))
                    else:
                        self.summary.outdated += 1
                    continue
                replace = True
                plan.replace.append(doc_id)
                if old.text_hash != thash:
                    self.dedup.forget(doc_id)
                    plan.unindex.append(doc_id)
            candidates.append((loc, item, thash, replace))
        verdicts = self.dedup.check_batch([(a.doc_id, a.text) for _, a, _, _ in candidates])
        for (loc, article, thash, replace), verdict in zip(candidates, verdicts, strict=True):
            if replace:
                self.summary.recoded += 1
            if verdict.duplicate_of is None:
                plan.to_code.append((loc, article, thash, verdict, replace))
                continue
            if verdict.kind == "exact":
                self.summary.duplicates_exact += 1
            else:
                self.summary.duplicates_near += 1
            plan.entries.append(DocumentEntry(
                Document(doc_id=article.doc_id, date=article.date, title=article.title,
                         source=article.source, url=article.url, language=article.language),
                text=article.text, text_hash=thash, coder_version=self.version,
                input_path=loc.where, content_hash=verdict.content_hash,
                duplicate_of=verdict.duplicate_of, duplicate_kind=verdict.kind,
                similarity=verdict.similarity))
        return plan

    # -- writing ----------------------------------------------------------------------------
    def commit(self, plan: _Planned) -> None:
        index: list[IndexEntry] = []
        if plan.pending is not None:
            batch = plan.pending.result()
            self.summary.workers[batch.worker] = max(batch.peak_rss_mb,
                                                     self.summary.workers.get(batch.worker, 0))
            for (loc, article, thash, verdict, _), result in zip(plan.to_code, batch.results,
                                                                 strict=True):
                if isinstance(result, Reject):
                    self._reject(plan, Reject(loc.source, loc.location or article.doc_id,
                                              result.reason))
                    continue
                plan.entries.append(DocumentEntry(
                    result, text=article.text, text_hash=thash, coder_version=self.version,
                    input_path=loc.where, content_hash=verdict.content_hash))
                index.append(IndexEntry(article.doc_id, verdict.content_hash, verdict.signature))
                self.summary.coded += 1
                if result.language != "en":
                    self.summary.not_english += 1
                else:
                    self.summary.words += len(article.text.split())
                self.summary.events += len(result.events)
                self.summary.statements += len(result.statements)
        self.store.write_batch(plan.entries, plan.rejects, replace=plan.replace, index=index,
                               unindex=plan.unindex)
        self.dedup.committed(plan.ids)


def _chunks(items: Iterator[Located], size: int) -> Iterator[list[Located]]:
    while chunk := list(islice(items, size)):
        yield chunk


def ingest(inputs: Iterable[str | Path] | str | Path, db: str | Path | None = None, *, workers: int = 1,
           dask: str | None = None, fields: FieldMap | None = None,
           default_date: str | None = None, recode: bool = False,
           dedup: DedupConfig | None = None, batch_size: int = DEFAULT_BATCH,
           nlp_batch_size: int = 16, model: str | None = None,
           actors_files: Sequence[str | Path] = (), coder: Any = None,
           progress: bool = False, log_every: float | None = None,
           on_reject: Callable[[Reject], None] | None = None,
           dask_processes: bool = True) -> RunSummary:
    """Code and store every article in ``inputs`` (files, directories, '-') into ``db``.

    Idempotent per (doc id, text hash, coder version); ``recode`` replaces documents stored by
    another coder version or with another text. ``workers`` local processes, or ``dask`` (a
    scheduler address or "local"). A given ``coder`` (already loaded) codes in this process.
    ``progress`` shows a rich bar on stderr; else ``log_every`` seconds a plain progress line.
    Raises RunError when a worker dies (what was committed stays; rerun to resume).
    """
    from onrecord.run.progress import RunProgress

    inputs = [str(inputs)] if isinstance(inputs, str | Path) else [str(i) for i in inputs]
    config = CoderConfig(model=model, actors_files=tuple(str(a) for a in actors_files),
                         batch_size=nlp_batch_size)
    version = coder.version if coder is not None else coder_version(config)
    started = time.monotonic()
    with Store(db) as store:
        summary = RunSummary(db=str(store.path), coder_version=version)
        total = None
        if progress or log_every:
            from onrecord.ingest.readers import count_records

            total = count_records(inputs)
        bar = RunProgress(total, enabled=progress, log_every=log_every)
        shown = [0]

        def report(reject: Reject) -> None:
            shown[0] += 1
            if on_reject is not None:
                on_reject(reject)
            elif progress and shown[0] <= 20:
                bar.message(f"rejected {reject}")

        ingestor = Ingestor(store, dedup or DedupConfig(), version, recode, summary, report)
        backend = make_backend(config, workers, dask, coder, dask_processes)
        summary.startup_seconds = time.monotonic() - started
        queue: deque[_Planned] = deque()
        try:
            records = iter_located(inputs, fields, default_date)
            for chunk in _chunks(records, batch_size):
                plan = ingestor.plan(chunk)
                if plan.to_code:
                    plan.pending = backend.submit([a for _, a, _, _, _ in plan.to_code])
                queue.append(plan)
                while len(queue) > backend.in_flight:
                    done = queue.popleft()
                    ingestor.commit(done)
                    bar.advance(done.size)
            while queue:
                done = queue.popleft()
                ingestor.commit(done)
                bar.advance(done.size)
        except BrokenProcessPool as exc:
            raise RunError("a worker process died (out of memory?); every committed batch is "
                           "stored: run the same command again to resume") from exc
        finally:
            backend.close()
            bar.close()
        if progress and shown[0] > 20:
            bar.message(f"... and {shown[0] - 20} more rejected record(s): see the rejects table")
    summary.seconds = time.monotonic() - started
    return summary
