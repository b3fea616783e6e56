"""Load test of `onrecord serve`: concurrent clients on loopback against event search and series.

Starts the app over ``--db`` in a child process on 127.0.0.1 (or uses ``--port`` of a server
already running on loopback), runs ``--clients`` asyncio clients for ``--duration`` seconds (at
most ``--max-requests`` requests), then prints p50 / p99 latency and the error count.

    python bench/load.py --db corpus.duckdb            # 50 clients, 30 s
    python bench/load.py --synthetic 50000 --db /tmp/syn.duckdb   # build a synthetic store first
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

HOST = "127.0.0.1"
SERVER = ("import sys, uvicorn; from onrecord.web import create_app; "
          "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
          "log_level='warning', access_log=False)")
WORDS = ["talks", "border", "troops", "sanctions", "aid", "ministers", "attack", "protest",
         "police", "election", "said", "the"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with code {proc.returncode}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/stats", timeout=5).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("server did not start within 60 s")


def make_requests(dyads: list[dict], types: list[str], first: str | None, last: str | None,
                  rng: random.Random):
    """An endless mix: 3 event searches for every series request."""
    keys = sorted({d["actor"] for d in dyads} | {d["recipient"] for d in dyads}) or ["USA"]

    def event_search() -> tuple[str, dict]:
        params: dict = {"limit": rng.choice([10, 20, 50])}
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice(["actor", "recipient", "country", "type", "quad_class", "text",
                               "dates", "offset", "negated"])
            if kind in ("actor", "recipient", "country"):
                params[kind] = rng.choice(keys)[:3] if kind == "country" else rng.choice(keys)
            elif kind == "type":
                params["type"] = rng.choice(types)
            elif kind == "quad_class":
                params["quad_class"] = rng.randint(1, 4)
            elif kind == "text":
                params["text"] = rng.choice(WORDS)
            elif kind == "dates" and first and last:
                params["date_from"], params["date_to"] = sorted([first, last])
            elif kind == "offset":
                params["offset"] = rng.choice([0, 50, 200])
            else:
                params["negated"] = "false"
        return "events", params

    def series() -> tuple[str, dict]:
        d = rng.choice(dyads) if dyads else {"actor": "USA", "recipient": "RUS"}
        return "series", {"actor": d["actor"], "recipient": d["recipient"],
                          "freq": rng.choice(["day", "week", "month"])}

    while True:
        yield series() if rng.random() < 0.25 else event_search()


async def client(http: httpx.AsyncClient, gen, deadline: float, budget: list[int],
                 results: list, errors: list) -> None:
    """One simulated user: a request, its answer, the next request, until the deadline."""
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        path, params = next(gen)
        t0 = time.perf_counter()
        try:
            r = await http.get("/api/" + path, params=params)
            ok = r.status_code == 200
            if ok:
                r.json()
        except (httpx.HTTPError, ValueError) as exc:
            ok, r = False, exc
        dt_ms = (time.perf_counter() - t0) * 1000
        results.append((path, dt_ms, t0, params))
        if not ok:
            errors.append((path, params, getattr(r, "status_code", repr(r))))


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU time of a process (Linux /proc), 0 when unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


async def run(base: str, clients: int, duration: float, max_requests: int, seed: int,
              server_pid: int | None = None) -> int:
    async with httpx.AsyncClient(base_url=base, timeout=30.0) as http:
        stats = (await http.get("/api/stats")).json()
        dyads = (await http.get("/api/dyads", params={"limit": 200})).json()["items"]
        # warm-up, untimed: the whole-store aggregates the server caches on first use
        for freq in ("day", "week", "month"):
            await http.get("/api/series", params={"freq": freq, "limit": 1})
        await http.get("/api/alerts", params={"limit": 1})
    rng = random.Random(seed)
    gen = make_requests(dyads, stats["plover_types"], stats.get("first_date"),
                        stats.get("last_date"), rng)
    results: list[tuple[str, float, float, dict]] = []
    errors: list = []
    budget = [max_requests]
    # one HTTP client (and connection) per simulated user, opened before the clock starts
    https = [httpx.AsyncClient(base_url=base, timeout=10.0) for _ in range(clients)]
    try:
        await asyncio.gather(*(h.get("/api/stats") for h in https))
        t0 = time.monotonic()
        cpu0, server0 = time.process_time(), cpu_seconds(server_pid)
        deadline = t0 + duration
        await asyncio.gather(*(client(h, gen, deadline, budget, results, errors) for h in https))
        elapsed = time.monotonic() - t0
    finally:
        await asyncio.gather(*(h.aclose() for h in https))
    client_cpu, server_cpu = time.process_time() - cpu0, cpu_seconds(server_pid) - server0
    print(f"store: {stats['documents']} documents, {stats['events']} events; "
          f"{clients} clients for {elapsed:.1f} s on {base}")
    print(f"{'endpoint':<10} {'requests':>9} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name in ("events", "series", "all"):
        lat = [r[1] for r in results if name in ("all", r[0])]
        print(f"{name:<10} {len(lat):>9} {pct(lat, 50):>8.1f} {pct(lat, 90):>8.1f} "
              f"{pct(lat, 99):>8.1f} {max(lat, default=float('nan')):>8.1f}")
    all_lat = [r[1] for r in results]
    p99 = pct(all_lat, 99)
    print(f"throughput {len(results) / elapsed:.0f} req/s; errors {len(errors)}; "
          f"mean {statistics.fmean(all_lat) if all_lat else float('nan'):.1f} ms")
    n = max(1, len(results))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"CPU per request: server {1000 * server_cpu / n:.2f} ms, client {1000 * client_cpu / n:.2f} ms; "
          f"{os.cpu_count()} cores, load average {load:.1f}")
    start = min((r[2] for r in results), default=0.0)
    for path, ms, t, params in sorted(results, key=lambda r: -r[1])[:3]:
        print(f"  slow: {ms:.0f} ms at +{t - start:.1f} s  /api/{path} {params}")
    for e in errors[:5]:
        print("  error:", e)
    met = p99 < 500 and not errors
    print(f"goal p99 < 500 ms and 0 errors: {'met' if met else 'NOT met'}")
    return 0 if met else 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True, help="DuckDB store")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=30.0, help="seconds (at most 300)")
    ap.add_argument("--max-requests", type=int, default=500_000)
    ap.add_argument("--port", type=int, default=0,
                    help="use a server already listening on 127.0.0.1:PORT instead of starting one")
    ap.add_argument("--synthetic", type=int, default=0,
                    help="first build a synthetic store of this many events at --db")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    duration = max(1.0, min(args.duration, 300.0))
    clients = max(1, min(args.clients, 500))
    if args.synthetic:
        from onrecord.analysis.testing import synthetic_store

        if args.db.exists():
            args.db.unlink()
        synthetic_store(args.db, n_events=args.synthetic)
    proc = None
    port = args.port
    if not port:
        port = free_port()
        proc = start_server(args.db, port)
    try:
        code = asyncio.run(run(f"http://{HOST}:{port}", clients, duration, args.max_requests,
                               args.seed, proc.pid if proc else None))
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    sys.exit(code)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
