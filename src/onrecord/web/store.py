"""Read-only access to the DuckDB store for the web app: per-thread cursors, a query time limit.

A watchdog thread interrupts any query that runs past its deadline; results of the aggregate
queries are cached, which is sound because the store is opened read-only.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb


class QueryTimeout(Exception):
    """A query ran longer than the store's time limit and was interrupted."""


class Watchdog:
    """One thread that interrupts cursors whose deadline has passed."""

    def __init__(self, tick: float = 0.05) -> None:
        self._active: dict[int, tuple[float, duckdb.DuckDBPyConnection]] = {}
        self._lock = threading.Lock()
        self._tick = tick
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="duckdb-watchdog", daemon=True)
        self._thread.start()

    def watch(self, token: int, cursor: duckdb.DuckDBPyConnection, seconds: float) -> None:
        with self._lock:
            self._active[token] = (time.monotonic() + seconds, cursor)

    def release(self, token: int) -> bool:
        """Stop watching; True when the query was interrupted for running late."""
        with self._lock:
            entry = self._active.pop(token, None)
        return entry is not None and entry[0] < 0

    def _run(self) -> None:
        while not self._stop.wait(self._tick):
            now = time.monotonic()
            with self._lock:
                for token, (deadline, cur) in list(self._active.items()):
                    if 0 <= deadline < now:
                        self._active[token] = (-1.0, cur)   # mark as interrupted
                        cur.interrupt()

    def stop(self) -> None:
        self._stop.set()


class ReadOnlyStore:
    """The store opened read-only, queried with parameters only and within a time limit."""

    def __init__(self, path: str | Path, timeout: float = 5.0, cache_size: int = 1024,
                 setup: tuple[str, ...] = (), threads: int = 2) -> None:
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"no DuckDB store at {path}")
        self.path = path
        self.timeout = timeout
        # The store is attached read-only; a private in-memory database `idx` holds search
        # tables derived from it at start-up (see queries.EVENT_INDEX_SQL).
        self.con = duckdb.connect(":memory:")
        quoted = str(path).replace("'", "''")
        self.con.execute(f"ATTACH '{quoted}' AS store (READ_ONLY)")
        self.con.execute("ATTACH ':memory:' AS idx")
        self.con.execute("USE store")
        for sql in setup:
            self.con.execute(sql)
        self.con.execute(f"SET threads = {int(threads)}")
        self.con.execute("SET enable_external_access = false")
        self._local = threading.local()
        self._watchdog = Watchdog()
        self._counter = 0
        self._counter_lock = threading.Lock()
        self._cache: OrderedDict[Any, Any] = OrderedDict()
        self._cache_size = cache_size
        self._large: OrderedDict[Any, Any] = OrderedDict()
        self._cache_lock = threading.Lock()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor on the shared database."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self.con.cursor()
            cur.execute("USE store")
            self._local.cursor = cur
        return cur

    def _token(self) -> int:
        with self._counter_lock:
            self._counter += 1
            return self._counter

    def run(self, fn: Callable[[duckdb.DuckDBPyConnection], Any]) -> Any:
        """Call ``fn(cursor)`` under the time limit (raises QueryTimeout when it runs late)."""
        cur = self.cursor()
        token = self._token()
        self._watchdog.watch(token, cur, self.timeout)
        try:
            return fn(cur)
        except duckdb.InterruptException as exc:
            raise QueryTimeout(f"query took longer than {self.timeout:g} s and was stopped") from exc
        finally:
            if self._watchdog.release(token):
                # the interrupt may land after fn returned: start the next query on a fresh cursor
                self._local.cursor = None
                cur.close()

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """All rows of a parameterised query as dicts."""
        def go(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
            cur.execute(sql, params or [])
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        return self.run(go)

    def value(self, sql: str, params: list[Any] | None = None) -> Any:
        """The first column of the first row."""
        return self.run(lambda cur: cur.execute(sql, params or []).fetchall()[0][0])

    def cached(self, key: Any, fn: Callable[[duckdb.DuckDBPyConnection], Any],
               large: bool = False) -> Any:
        """``run(fn)`` memoised under ``key`` (LRU); ``large`` results (whole-store aggregates)
        live in a separate, smaller cache so that many small pages cannot evict them."""
        cache, size = (self._large, 32) if large else (self._cache, self._cache_size)
        with self._cache_lock:
            if key in cache:
                cache.move_to_end(key)
                return cache[key]
        value = self.run(fn)
        with self._cache_lock:
            cache[key] = value
            while len(cache) > size:
                cache.popitem(last=False)
        return value

    def close(self) -> None:
        self._watchdog.stop()
        self.con.close()
