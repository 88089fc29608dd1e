"""Load on loopback: ``communique serve`` under 50 concurrent clients for 30 s, zero errors wanted.

Builds an archive of ``examples/`` plus N synthetic statements
(``COMMUNIQUE_LOAD_N``, default 5,000; ``benchmarks/synth.py``), starts
``python -m communique serve`` on a free port of 127.0.0.1, and runs C clients
(``COMMUNIQUE_LOAD_CLIENTS``, default 50) for S seconds (``COMMUNIQUE_LOAD_SECONDS``,
default 30) with ``httpx.AsyncClient``, each sending the next request of a fixed
mix: the home page, the search page with and without facet filters, statement
pages, API search with and without facets, API statements and the Atom feed.

The load is bounded: never more than ``COMMUNIQUE_LOAD_MAX_REQUESTS`` requests
(default 500,000), a 30 s timeout per request, and only 127.0.0.1.  Any answer
other than 200, and any timeout or dropped connection, is an error.  The
baseline, measured in the same run, is one client alone for a few seconds: the
table shows each endpoint's p50 under load against that unloaded p50.

    COMMUNIQUE_LOAD_SECONDS=10 .venv/bin/python -m benchmarks.run load
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import socket
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from communique.pipeline import ingest_paths
from communique.report import Report
from communique.store import open_archive

from .synth import iter_statements, queries

HERE = Path(__file__).parent
ROOT = HERE.parent
HOST = "127.0.0.1"
BATCH = 2_000
TIMEOUT = 30.0


@dataclass
class Tally:
    """Latencies (ms) and errors of one endpoint."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    samples: list[str] = field(default_factory=list)  # the first few errors, to show

    def error(self, what: str) -> None:
        self.errors += 1
        if len(self.samples) < 3:
            self.samples.append(what)


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, str(default)))


def build(folder: Path, n: int) -> str:
    """The archive of examples/ plus n synthetic statements; built once, reused afterwards."""
    db = folder / "archive.db"
    done = folder / "built"
    if done.exists() and done.read_text() == str(n):
        return str(db)
    for old in folder.glob("archive.db*"):
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    with open_archive(str(db)) as archive:
        report = ingest_paths([ROOT / "examples"], archive, report=Report())
        if report.errors:
            raise RuntimeError(f"examples/ did not ingest cleanly: {report.errors[:3]}")
        for i, statement in enumerate(iter_statements(n), start=1):
            archive.add(statement)
            if i % BATCH == 0:
                archive.commit()
        archive.commit()
    done.write_text(str(n))
    return str(db)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def serve(db: str) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``communique serve`` on loopback and wait until it answers."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", db,
                             "--host", HOST, "--port", str(port)],
                            cwd=ROOT, stderr=subprocess.DEVNULL)
    base = f"http://{HOST}:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"communique serve exited with {proc.returncode}")
        try:
            httpx.get(base + "/api/search?page_size=1", timeout=5).raise_for_status()
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("communique serve did not answer within 120 s")


def request_mix(ids: list[str], seed: int = 3) -> list[tuple[str, str]]:
    """A fixed list of (endpoint, path) requests; clients walk it round-robin."""
    rng = random.Random(seed)
    words = [q.text for q in queries(200)]
    kinds = ["letter", "interview", "meeting", "phone_call", "speech"]
    out: list[tuple[str, str]] = []
    for i in range(400):
        word, sid = words[i % len(words)], rng.choice(ids)
        q = httpx.QueryParams({"q": word})
        out += [
            ("home", "/"),
            ("search page", f"/search?{q}"),
            ("search page + facet", f"/search?{q}&kind={rng.choice(kinds)}"),
            ("statement page", f"/statements/{sid}"),
            ("api search", f"/api/search?{q}&facets=false&page_size=10"),
            ("api search + facets", f"/api/search?{q}&page_size=10"),
            ("api statement", f"/api/statements/{sid}"),
            ("atom feed", f"/search.atom?{q}"),
        ]
    rng.shuffle(out)
    return out


async def run_clients(base: str, mix: list[tuple[str, str]], *, clients: int, seconds: float,
                      max_requests: int) -> tuple[dict[str, Tally], int, float]:
    """C clients send requests until the time or the request budget runs out."""
    assert httpx.URL(base).host == HOST, "the load test only ever talks to loopback"
    tallies: dict[str, Tally] = defaultdict(Tally)
    sent = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    started = time.perf_counter()
    deadline = started + seconds

    async def client(number: int, http: httpx.AsyncClient) -> None:
        nonlocal sent
        position = number * 7
        while time.perf_counter() < deadline and sent < max_requests:
            sent += 1
            name, path = mix[position % len(mix)]
            position += 1
            await one_request(http, name, path, tallies[name])

    async with httpx.AsyncClient(base_url=base, timeout=TIMEOUT, limits=limits) as http:
        await asyncio.gather(*(client(k, http) for k in range(clients)))
    return dict(tallies), sent, time.perf_counter() - started


async def one_request(http: httpx.AsyncClient, name: str, path: str, tally: Tally) -> None:
    began = time.perf_counter()
    try:
        response = await http.get(path)
        await response.aread()
    except httpx.HTTPError as exc:
        tally.error(f"{path}: {type(exc).__name__}")
        return
    tally.latencies.append((time.perf_counter() - began) * 1000)
    if response.status_code != 200:
        tally.error(f"{path}: {response.status_code}")


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(tallies: dict[str, Tally], elapsed: float) -> dict[str, dict[str, float]]:
    rows = {}
    everything = Tally()
    for name, tally in sorted(tallies.items()):
        everything.latencies += tally.latencies
        everything.errors += tally.errors
        rows[name] = row(tally, elapsed)
    rows["all"] = row(everything, elapsed)
    return rows


def row(tally: Tally, elapsed: float) -> dict[str, float]:
    lat = tally.latencies
    return {"requests": len(lat) + tally.errors, "rps": round(len(lat) / elapsed, 1),
            "p50": round(percentile(lat, 50), 1), "p95": round(percentile(lat, 95), 1),
            "p99": round(percentile(lat, 99), 1), "errors": tally.errors}


def main() -> dict:
    n = env_int("COMMUNIQUE_LOAD_N", 5_000)
    seconds = float(os.environ.get("COMMUNIQUE_LOAD_SECONDS", "30"))
    clients = env_int("COMMUNIQUE_LOAD_CLIENTS", 50)
    max_requests = env_int("COMMUNIQUE_LOAD_MAX_REQUESTS", 500_000)
    folder = Path(os.environ.get("COMMUNIQUE_BENCH_DIR", HERE / ".work")) / f"load_{n}"
    started = time.perf_counter()
    db = build(folder, n)
    build_s = time.perf_counter() - started
    with open_archive(db, readonly=True) as archive:
        total = archive.count()
        ids = [s.id for s in archive.iter_statements()]
    mix = request_mix(ids)
    proc, base = serve(db)
    try:
        alone, _, alone_s = asyncio.run(run_clients(
            base, mix, clients=1, seconds=max(2.0, seconds / 6), max_requests=max_requests))
        loaded, sent, elapsed = asyncio.run(run_clients(
            base, mix, clients=clients, seconds=seconds, max_requests=max_requests))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    errors = [s for t in loaded.values() for s in t.samples]
    result = {"statements": total, "clients": clients, "duration_s": round(elapsed, 1),
              "requests": sent, "build_seconds": round(build_s, 1),
              "baseline": summary(alone, alone_s), "load": summary(loaded, elapsed),
              "error_samples": errors}
    print_table(result)
    return result


def print_table(r: dict) -> None:
    print(f"load: {r['clients']} clients for {r['duration_s']} s on loopback, {r['statements']:,} "
          f"statements; latency in ms; baseline = 1 client alone")
    print(f"{'endpoint':22}{'requests':>9}{'req/s':>8}{'p50':>8}{'p95':>8}{'p99':>8}"
          f"{'errors':>8}{'p50 / alone':>13}")
    for name, row in r["load"].items():
        alone = r["baseline"].get(name, {}).get("p50", 0.0)
        ratio = f"{row['p50'] / alone:.1f}x" if alone else ""
        print(f"{name:22}{row['requests']:>9}{row['rps']:>8.1f}{row['p50']:>8.1f}"
              f"{row['p95']:>8.1f}{row['p99']:>8.1f}{row['errors']:>8}{ratio:>13}")
    for sample in r["error_samples"]:
        print(f"  error: {sample}")


if __name__ == "__main__":
    main()
