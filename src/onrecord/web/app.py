"""The FastAPI app: a read-only JSON API over the store plus the dashboard's static pages.

`create_app(db_path)` builds it; every query is parameterised, pages and query time are bounded,
and every error is JSON ``{"error": message, ...}``.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import threading
from dataclasses import replace
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import numpy as np
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from onrecord import __version__
from onrecord.analysis.alerts import AlertParams, find_alerts
from onrecord.analysis.series import SeriesQuery, dyad_series, top_dyads
from onrecord.analysis.where import Where
from onrecord.schema import PLOVER_EVENTS, STATEMENT_KINDS
from onrecord.web.docs import add_offline_docs
from onrecord.web.queries import (
    DOCUMENT_INDEX_SQL,
    EVENT_INDEX_SQL,
    EVENT_OUTPUT_JSON,
    SORTS,
    DocumentFilter,
    EventFilter,
    StatementFilter,
    decode_event,
    document_where,
    event_where,
    statement_where,
    word_start,
)
from onrecord.web.store import QueryTimeout, ReadOnlyStore

MAX_PAGE = 200
MAX_OFFSET = 1_000_000
NO_CONTROL = r"^[^\x00-\x1f\x7f]*$"
Text = Annotated[str | None, Query(max_length=200, pattern=NO_CONTROL)]
Key = Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z0-9_.-]*$",
                                  description="country (ISO alpha-3) or actor code")]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3")]
Day = Annotated[dt.date | None, Query(description="YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size, at most {MAX_PAGE}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
By = Annotated[str, Query(pattern="^(country|code)$", description="dyad key")]
Freq = Annotated[str, Query(pattern="^(day|week|month)$")]
STATIC = resources.files("onrecord.web").joinpath("static")


def _clean(value: str | None) -> str | None:
    value = value.strip() if value else None
    return value or None


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _json(content: Any, status_code: int = 200) -> Response:
    """A JSON response written with the stdlib encoder (FastAPI's generic encoder is slow)."""
    body = json.dumps(content, default=_default, ensure_ascii=False, allow_nan=False,
                      separators=(",", ":"))
    return Response(body, status_code=status_code, media_type="application/json")


def _page(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def dyad_query(by: By = "country", freq: Freq = "week", actor: Key = None,
               recipient: Key = None) -> SeriesQuery:
    """The dyad key, period length and dyad sides that /api/series and /api/alerts share."""
    return SeriesQuery(by=by, freq=freq, actor=_clean(actor), recipient=_clean(recipient))


DyadQuery = Annotated[SeriesQuery, Depends(dyad_query)]
ALL_DYADS = SeriesQuery()


def _index_by_dyad(rows: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    index: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        index.setdefault((r["actor"].upper(), r["recipient"].upper()), []).append(r)
    return index


def _dyad_rows(index: dict[tuple[str, str], list[dict[str, Any]]], actor: str | None,
               recipient: str | None) -> list[dict[str, Any]]:
    """Series rows of the matching dyads, in (actor, recipient, period) order."""
    a, r = (actor or "").upper(), (recipient or "").upper()
    if a and r:
        return index.get((a, r), [])
    keys = sorted(k for k in index if (not a or k[0] == a) and (not r or k[1] == r))
    return [row for k in keys for row in index[k]]


def search_events(cur: Any, where: str, params: list[Any], sort: str, limit: int,
                  offset: int) -> str:
    """One page of events as JSON text: ranks and total from the narrow columns, then the
    page's full rows."""
    if sort == "-date":
        # one scan: every matching _rank (the default order), counted and sliced with numpy
        found = cur.execute(f"SELECT _rank FROM idx.events WHERE {where}", params).fetchnumpy()
        matching = np.sort(found["_rank"])
        total = int(len(matching))
        ranks = [int(r) for r in matching[offset:offset + limit]]
    else:
        cur.execute(f"SELECT _rank, count(*) OVER () FROM idx.events WHERE {where} "
                    f"ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?", [*params, limit, offset])
        hits = cur.fetchall()
        ranks = [h[0] for h in hits]
        total = int(hits[0][1]) if hits else (0 if offset == 0 else cur.execute(
            f"SELECT count(*) FROM idx.events WHERE {where}", params).fetchall()[0][0])
    if not ranks:   # nothing at all, or a page past the end
        return json.dumps(_page(total, limit, offset, []))
    # the page's rows as JSON text straight from DuckDB (no Python objects per field)
    cur.execute(f"SELECT __r, json_remove(to_json(p), '$.__r') FROM (SELECT _rank AS __r, "
                f"{EVENT_OUTPUT_JSON} FROM idx.events WHERE _rank BETWEEN ? AND ? "
                "AND list_contains(?, _rank)) p", [min(ranks), max(ranks), ranks])
    by_rank = dict(cur.fetchall())
    items = ",".join(by_rank[r] for r in ranks)
    return (f'{{"total":{total},"limit":{int(limit)},"offset":{int(offset)},'
            f'"items":[{items}]}}')


def create_app(db_path: str | Path, query_timeout: float = 5.0, threads: int = 1,
               warm: bool = True) -> FastAPI:
    """The API and dashboard over the store at ``db_path`` (opened read-only).

    ``threads`` is DuckDB's per-query parallelism: 1 suits many small concurrent requests.
    """
    store = ReadOnlyStore(db_path, timeout=query_timeout, setup=(EVENT_INDEX_SQL, DOCUMENT_INDEX_SQL),
                          threads=threads)
    app = FastAPI(
        title="onrecord API",
        version=__version__,
        description="Read-only access to coded events (who did what to whom), statements "
                    "(who said what), dyad time series and escalation alerts. "
                    "The dashboard is at `/`.",
        docs_url=None,    # /docs and /redoc come from add_offline_docs: local assets, no CDN
        redoc_url=None,
    )
    app.state.store = store
    add_offline_docs(app)

    # -- errors as JSON -------------------------------------------------------------------
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg")}
                    for e in exc.errors()]
        text = "; ".join(f"{p['where']}: {p['message']}" for p in problems)
        return JSONResponse(status_code=422, content={"error": f"invalid request: {text}",
                                                      "problems": problems})

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(status_code=exc.status_code, content={"error": str(exc.detail)})

    @app.exception_handler(QueryTimeout)
    async def _timeout(request: Request, exc: QueryTimeout) -> JSONResponse:
        return JSONResponse(status_code=503, content={"error": str(exc)})

    @app.exception_handler(ValueError)
    async def _value(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"error": str(exc)})

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(status_code=500, content={"error": f"internal error: {type(exc).__name__}"})

    # -- events -----------------------------------------------------------------------------
    @app.get("/api/events", tags=["events"], summary="Search events")
    def events(
        actor: Annotated[Text, Query(description="actor: words of a name or mention (from their start), a code or a country")] = None,
        recipient: Annotated[Text, Query(description="recipient: as for actor")] = None,
        country: Country = None,
        type: Annotated[list[str] | None, Query(description="PLOVER type(s)", max_length=16)] = None,
        quad_class: Annotated[list[int] | None, Query(description="1-4, repeatable", max_length=4)] = None,
        date_from: Day = None,
        date_to: Day = None,
        text: Annotated[Text, Query(description="words in the sentence")] = None,
        reported_by: Annotated[Text, Query(description="who reports it: words of a name, a code or a country")] = None,
        negated: bool | None = None,
        hypothetical: bool | None = None,
        future: bool | None = None,
        doc_id: Text = None,
        sort: Annotated[str, Query(pattern="^-?(date|goldstein)$")] = "-date",
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        types = [t.strip().upper() for t in type or [] if t.strip()]
        bad = [t for t in types if t not in PLOVER_EVENTS]
        if bad:
            raise HTTPException(422, f"unknown PLOVER type {bad[0][:40]!r}; one of {', '.join(PLOVER_EVENTS)}")
        quads = list(quad_class or [])
        if any(q not in (1, 2, 3, 4) for q in quads):
            raise HTTPException(422, "quad_class must be 1, 2, 3 or 4")
        f = EventFilter(actor=_clean(actor), recipient=_clean(recipient), country=_clean(country),
                        types=types, quad_classes=quads, date_from=date_from, date_to=date_to,
                        text=_clean(text), reported_by=_clean(reported_by), negated=negated,
                        hypothetical=hypothetical, future=future, doc_id=_clean(doc_id))
        where, params = event_where(f)
        key = ("events", repr(f), sort, limit, offset)
        body = store.cached(key, lambda cur: search_events(cur, where, params, sort, limit, offset))
        return Response(body, media_type="application/json")

    @app.get("/api/events/{event_id:path}", tags=["events"], summary="One event")
    def event(event_id: str) -> dict[str, Any]:
        rows = store.rows("SELECT * FROM events WHERE event_id = ?", [event_id])
        if not rows:
            raise HTTPException(404, f"no event {event_id[:100]!r}")
        return _json(decode_event(rows[0]))

    # -- documents --------------------------------------------------------------------------
    @app.get("/api/documents", tags=["documents"], summary="List documents")
    def documents(
        text: Annotated[Text, Query(description="words in the title or text")] = None,
        source: Text = None,
        date_from: Day = None,
        date_to: Day = None,
        duplicates: Annotated[bool, Query(description="also list (near-)duplicates")] = False,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        where, params = document_where(DocumentFilter(_clean(text), _clean(source), date_from, date_to))
        if not duplicates:
            where += " AND duplicate_of IS NULL"
        total = store.value(f"SELECT count(*) FROM documents WHERE {where}", params)
        rows = store.rows(
            "SELECT doc_id, title, source, url, date, language, n_events, n_statements, "
            f"duplicate_of FROM documents WHERE {where} ORDER BY date DESC NULLS LAST, doc_id "
            "LIMIT ? OFFSET ?", [*params, limit, offset])
        return _json(_page(total, limit, offset, rows))

    @app.get("/api/documents/{doc_id:path}", tags=["documents"],
             summary="A document with its text, events, statements and actor mentions")
    def document(doc_id: str) -> dict[str, Any]:
        rows = store.rows("SELECT * EXCLUDE (ingested_at) FROM documents WHERE doc_id = ?", [doc_id])
        if not rows:
            raise HTTPException(404, f"no document {doc_id[:100]!r}")
        doc = rows[0]
        doc["events"] = [decode_event(r) for r in store.rows(
            "SELECT * FROM events WHERE doc_id = ? ORDER BY sentence, trigger_start", [doc_id])]
        doc["statements"] = store.rows(
            "SELECT * FROM statements WHERE doc_id = ? ORDER BY sentence, content_start", [doc_id])
        doc["actors"] = store.rows(
            'SELECT * FROM actors WHERE doc_id = ? ORDER BY start, "end"', [doc_id])
        return _json(doc)

    # -- statements -------------------------------------------------------------------------
    @app.get("/api/statements", tags=["statements"], summary="Who said what")
    def statements(
        speaker: Annotated[Text, Query(description="speaker: words of a name, a code or a country")] = None,
        about: Annotated[Text, Query(description="who is talked about (in the words or the events)")] = None,
        text: Annotated[Text, Query(description="words in what was said")] = None,
        kind: Annotated[str | None, Query(pattern="^(direct|indirect|mixed)$")] = None,
        date_from: Day = None,
        date_to: Day = None,
        doc_id: Text = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        if kind and kind not in STATEMENT_KINDS:
            raise HTTPException(422, f"kind must be one of {STATEMENT_KINDS}")
        f = StatementFilter(_clean(speaker), _clean(about), _clean(text), kind, date_from,
                            date_to, _clean(doc_id))
        where, params = statement_where(f)
        total = store.value(f"SELECT count(*) FROM statements WHERE {where}", params)
        rows = store.rows(f"SELECT * FROM statements WHERE {where} "
                          "ORDER BY date DESC NULLS LAST, statement_id LIMIT ? OFFSET ?",
                          [*params, limit, offset])
        return _json(_page(total, limit, offset, rows))

    # -- actors -----------------------------------------------------------------------------
    @app.get("/api/actors", tags=["actors"], summary="Actors with their number of records by role")
    def actors(
        q: Annotated[Text, Query(description="words of the name or mention (from their start), or a code / country")] = None,
        role: Annotated[str | None, Query(pattern="^(actor|recipient|speaker|reported_by)$")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        q = _clean(q)
        w = Where(["TRUE"])
        w.add_if(q, f"({word_start('name')} OR {word_start('text')} "
                    "OR upper(code) = upper(?) OR upper(country) = upper(?))", repeat=4)
        w.add_if(role, "role = ?")
        where, params = w.build()
        base = f"""SELECT coalesce(name, text) AS name, country, code, sector,
                       count(*) AS mentions, count(DISTINCT doc_id) AS documents,
                       count(*) FILTER (WHERE role = 'actor') AS as_actor,
                       count(*) FILTER (WHERE role = 'recipient') AS as_recipient,
                       count(*) FILTER (WHERE role = 'speaker') AS as_speaker,
                       count(*) FILTER (WHERE role = 'reported_by') AS as_reporter
                   FROM actors WHERE {where} GROUP BY ALL"""
        key = ("actors", q, role, limit, offset)

        def go(cur: Any) -> dict[str, Any]:
            total = cur.execute(f"SELECT count(*) FROM ({base})", params).fetchall()[0][0]
            cur.execute(f"{base} ORDER BY mentions DESC, name LIMIT ? OFFSET ?", [*params, limit, offset])
            names = [d[0] for d in cur.description]
            return _page(total, limit, offset, [dict(zip(names, r, strict=True)) for r in cur.fetchall()])
        return _json(store.cached(key, go))

    # -- analysis ---------------------------------------------------------------------------
    @app.get("/api/series", tags=["analysis"], summary="Dyad time series")
    def series(
        dyad: DyadQuery = ALL_DYADS,
        date_from: Day = None,
        date_to: Day = None,
        include_all: Annotated[bool, Query(description="also negated/hypothetical/future events")] = False,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 2000,
    ) -> dict[str, Any]:
        q = replace(dyad, date_from=date_from, date_to=date_to, include_all=include_all)
        if date_from or date_to:
            rows = store.cached(("series", q), lambda cur: dyad_series(cur, q))
        else:   # one query per (by, freq) for the whole store, then a dictionary look-up
            whole = SeriesQuery(by=q.by, freq=q.freq, include_all=include_all)
            index = store.cached(("series-index", whole),
                                 lambda cur: _index_by_dyad(dyad_series(cur, whole)), large=True)
            rows = _dyad_rows(index, q.actor, q.recipient)
        return _json({"by": q.by, "freq": q.freq, "total": len(rows), "rows": rows[:limit]})

    @app.get("/api/dyads", tags=["analysis"], summary="The busiest dyads")
    def dyads(
        by: By = "country",
        actor: Key = None,
        recipient: Key = None,
        date_from: Day = None,
        date_to: Day = None,
        limit: Limit = 50,
    ) -> dict[str, Any]:
        q = SeriesQuery(by=by, actor=_clean(actor), recipient=_clean(recipient),
                        date_from=date_from, date_to=date_to)
        rows = store.cached(("dyads", q, limit), lambda cur: top_dyads(cur, q, limit), large=True)
        return _json({"by": by, "items": rows})

    @app.get("/api/network", tags=["analysis"], summary="Actor network: nodes and dyad edges")
    def network(
        by: By = "country",
        date_from: Day = None,
        date_to: Day = None,
        min_events: Annotated[int, Query(ge=1, le=100_000)] = 1,
        limit: Annotated[int, Query(ge=1, le=500)] = 150,
    ) -> dict[str, Any]:
        q = SeriesQuery(by=by, date_from=date_from, date_to=date_to)
        edges = [e for e in store.cached(("dyads", q, limit), lambda cur: top_dyads(cur, q, limit), large=True)
                 if e["events"] >= min_events]
        nodes: dict[str, dict[str, Any]] = {}
        for e in edges:
            for key, role in ((e["actor"], "out"), (e["recipient"], "in")):
                node = nodes.setdefault(key, {"id": key, "events": 0, "out": 0, "in": 0})
                node["events"] += e["events"]
                node[role] += e["events"]
        return _json({"by": by, "nodes": list(nodes.values()), "edges": edges})

    @app.get("/api/alerts", tags=["analysis"], summary="Escalation alerts against each dyad's baseline")
    def alerts(
        q: DyadQuery = ALL_DYADS,
        window: Annotated[int, Query(ge=2, le=260)] = AlertParams.window,
        min_baseline: Annotated[int, Query(ge=2, le=260)] = AlertParams.min_baseline,
        threshold: Annotated[float, Query(gt=0, le=100)] = AlertParams.threshold,
        min_events: Annotated[int, Query(ge=1, le=10_000)] = AlertParams.min_events,
        limit: Limit = 100,
    ) -> dict[str, Any]:
        params = AlertParams(window=window, min_baseline=min(min_baseline, window),
                             threshold=threshold, min_events=min_events)
        found = store.cached(("alerts", q, params),
                             lambda cur: [a.to_dict() for a in find_alerts(cur, q, params)])
        return _json({"by": q.by, "freq": q.freq, "params": params.__dict__, "total": len(found),
                "items": found[:limit]})

    @app.get("/api/stats", tags=["analysis"], summary="What the store holds")
    def stats() -> dict[str, Any]:
        def go(cur: Any) -> dict[str, Any]:
            out = {}
            for table in ("documents", "events", "statements", "actors"):
                out[table] = cur.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            first, last = cur.execute("SELECT min(date), max(date) FROM events").fetchall()[0]
            out["first_date"], out["last_date"] = first, last
            out["plover_types"] = list(PLOVER_EVENTS)
            return out
        return _json(store.cached(("stats",), go, large=True))

    @app.get("/api/{rest:path}", include_in_schema=False)
    def no_route(rest: str) -> None:
        raise HTTPException(404, f"no API endpoint /api/{rest[:100]}; see /docs")

    # -- dashboard --------------------------------------------------------------------------
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        # the dashboard loads only its own files; stored text can never bring in a script
        return FileResponse(str(STATIC.joinpath("index.html")), headers={
            "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
                                       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"})

    if warm:   # fill the whole-store caches in the background so first page loads are quick
        def _warm() -> None:
            try:
                stats()
                series()
                dyads(limit=100)    # the dashboard's dyad picker
                network(limit=80)   # and its network view
                alerts()
                gc.freeze()   # the cached aggregates are long-lived: keep them out of GC passes
            except Exception:  # noqa: BLE001 - warming is best effort; requests report errors
                pass
        threading.Thread(target=_warm, name="onrecord-warm", daemon=True).start()
    return app
