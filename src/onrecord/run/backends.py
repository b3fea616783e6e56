"""Where articles get coded: in this process, in local worker processes, or on a Dask cluster.

Each worker loads the Coder once and codes whole batches through ``nlp.pipe``; results go back to
the single writer (the calling process), which owns the DuckDB store.
"""

from __future__ import annotations

import os
import resource
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from onrecord.schema import Article, Document, Reject


@dataclass(frozen=True)
class CoderConfig:
    """Everything a worker needs to build the same Coder as every other worker."""

    model: str | None = None
    actors_files: tuple[str, ...] = ()
    batch_size: int = 16


@dataclass
class BatchResult:
    """A worker's results (one per article, in order) and its process's peak memory."""

    results: list[Document | Reject]
    worker: str
    peak_rss_mb: float = field(default=0.0)


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB: VmHWM on Linux (reset by exec, unlike
    ru_maxrss, which a spawned worker inherits from its parent), else ru_maxrss."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_coders: dict[CoderConfig, Any] = {}
_lock = threading.Lock()


def worker_coder(config: CoderConfig):
    """The Coder of this process for ``config``, loaded on first use."""
    coder = _coders.get(config)
    if coder is None:
        from onrecord.pipeline import Coder

        coder = Coder(model=config.model, actors_files=config.actors_files,
                      batch_size=config.batch_size)
        _coders[config] = coder
    return coder


def code_batch(config: CoderConfig, articles: Sequence[Article]) -> BatchResult:
    """Code one batch in a worker (process or Dask task); never raises for a bad article."""
    with _lock:  # one model per process; threads of a Dask worker take turns
        results = list(worker_coder(config).code_many(list(articles)))
    return BatchResult(results, f"{os.uname().nodename}:{os.getpid()}", peak_rss_mb())


def _init_worker(config: CoderConfig) -> None:
    worker_coder(config)


def _ready(pause: float) -> int:
    """A warm-up task: returns once this worker has its model (and lingers so others get one)."""
    import time

    time.sleep(pause)
    return os.getpid()


class Pending(Protocol):
    def result(self) -> BatchResult: ...


class _Done:
    def __init__(self, value: BatchResult) -> None:
        self.value = value

    def result(self) -> BatchResult:
        return self.value


class InProcess:
    """Codes in the calling process (``workers=1``), with a given Coder or a loaded one."""

    in_flight = 0

    def __init__(self, config: CoderConfig, coder: Any = None) -> None:
        self.config = config
        self.coder = coder if coder is not None else worker_coder(config)

    def submit(self, articles: list[Article]) -> Pending:
        results = list(self.coder.code_many(articles))
        return _Done(BatchResult(results, f"main:{os.getpid()}", peak_rss_mb()))

    def close(self) -> None:
        pass


class ProcessPool:
    """``workers`` local processes (spawned, so nothing is shared by accident)."""

    def __init__(self, config: CoderConfig, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.config = config
        self.pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(config,))
        self.in_flight = 2 * workers
        # start every worker now (each loads its model) so coding time excludes start-up
        for fut in [self.pool.submit(_ready, 0.2) for _ in range(workers)]:
            fut.result()

    def submit(self, articles: list[Article]) -> Pending:
        return self.pool.submit(code_batch, self.config, articles)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster:
    """A Dask distributed cluster: ``address`` of a scheduler, or ``local`` for a LocalCluster."""

    def __init__(self, config: CoderConfig, address: str, workers: int,
                 processes: bool = True) -> None:
        from dask.distributed import Client, LocalCluster

        self.config = config
        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                        processes=processes, dashboard_address=None)
            self.client = Client(self.cluster)
        else:
            self.client = Client(address)
        n = len(self.client.scheduler_info().get("workers", {})) or 1
        self.in_flight = 2 * n
        self.client.run(_init_worker, config)  # each worker loads its model once, now

    def submit(self, articles: list[Article]) -> Pending:
        return self.client.submit(code_batch, self.config, articles, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_backend(config: CoderConfig, workers: int = 1, dask: str | None = None,
                 coder: Any = None, dask_processes: bool = True):
    """The backend for these options (see the classes above)."""
    if workers < 1:
        raise ValueError(f"--workers {workers}: need at least 1")
    if dask:
        return DaskCluster(config, dask, workers, processes=dask_processes)
    if workers == 1:
        return InProcess(config, coder)
    return ProcessPool(config, workers)
