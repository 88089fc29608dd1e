"""Search speed: Communique's search (tantivy index) against SQLite FTS5 BM25 on the same corpus.

Builds an archive of N synthetic statements (``COMMUNIQUE_BENCH_N``, default
1,000,000; ``benchmarks/synth.py``) and, from the same statements, an FTS5
table as the baseline.  Runs 200 queries (single words, pairs, phrases, rare
names, prefixes; half counting facets, some with a kind filter) through the
library, through HTTP (``communique serve`` on loopback) and through FTS5, each
``COMMUNIQUE_BENCH_RUNS`` times (default 3); a query's time is the median of its
runs, and the table shows p50 and p95 over the queries.

Both sides return the top 10 with a highlighted snippet and the total count.
FTS5 counts the single-valued facets (kind, year, month, site, language); ours
also counts participants and entities.

    COMMUNIQUE_BENCH_N=20000 .venv/bin/python -m benchmarks.run search

The built corpora are kept in ``COMMUNIQUE_BENCH_DIR`` (default
``benchmarks/.work``) and reused when N is the same.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from communique.search import Filters, search
from communique.store import open_archive
from communique.store.index import timestamp

from .synth import BenchQuery, iter_statements, queries

HERE = Path(__file__).parent
BATCH = 20_000
FTS_SCHEMA = """
CREATE TABLE meta (rowid INTEGER PRIMARY KEY, id TEXT, title TEXT, kind TEXT, year TEXT,
                   month TEXT, site TEXT, language TEXT, published INTEGER);
CREATE VIRTUAL TABLE fts USING fts5(title, lead, text,
                                    tokenize='unicode61 remove_diacritics 2');
"""
FTS_TOP = ("SELECT m.id, m.title, snippet(fts, 2, '<mark>', '</mark>', '…', 24) FROM fts "
           "JOIN meta m ON m.rowid = fts.rowid WHERE fts MATCH ? {kind} "
           "ORDER BY bm25(fts, 2.0, 1.0, 1.0), m.published DESC LIMIT 10")
FTS_COUNT = "SELECT count(*) FROM fts JOIN meta m ON m.rowid = fts.rowid WHERE fts MATCH ? {kind}"
FTS_FACET = ("SELECT m.{col}, count(*) FROM fts JOIN meta m ON m.rowid = fts.rowid "
             "WHERE fts MATCH ? {kind} GROUP BY m.{col} ORDER BY 2 DESC LIMIT 50")


def build(folder: Path, n: int) -> tuple[str, str, float]:
    """The archive and the FTS5 baseline for n statements; built once, reused afterwards."""
    db, fts = str(folder / "archive.db"), str(folder / "fts5.db")
    done = folder / "built"
    if done.exists() and done.read_text() == str(n):
        return db, fts, 0.0
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    baseline = sqlite3.connect(fts)
    baseline.executescript(FTS_SCHEMA)
    with open_archive(db) as archive:
        for i, s in enumerate(iter_statements(n), start=1):
            archive.add(s)
            day = s.published_at or ""
            baseline.execute("INSERT INTO meta VALUES (?,?,?,?,?,?,?,?,?)",
                             (i, s.id, s.title, s.kind, day[:4], day[:7], s.site, s.language,
                              timestamp(s.published_at)))
            baseline.execute("INSERT INTO fts(rowid, title, lead, text) VALUES (?,?,?,?)",
                             (i, s.title or "", s.lead or "", s.text))
            if i % BATCH == 0:
                archive.commit()
                baseline.commit()
                print(f"  built {i:,} of {n:,}", file=sys.stderr, flush=True)
    baseline.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    baseline.commit()
    baseline.close()
    done.write_text(str(n))
    return db, fts, time.perf_counter() - started


def fts_query(conn: sqlite3.Connection, q: BenchQuery) -> None:
    kind = "AND m.kind = ?" if q.kind else ""
    params = (q.text, q.kind) if q.kind else (q.text,)
    conn.execute(FTS_TOP.format(kind=kind), params).fetchall()
    conn.execute(FTS_COUNT.format(kind=kind), params).fetchone()
    if q.facets:
        for col in ("kind", "year", "month", "site", "language"):
            conn.execute(FTS_FACET.format(col=col, kind=kind), params).fetchall()


def timed(run: Callable[[BenchQuery], object], qs: list[BenchQuery], runs: int
          ) -> list[tuple[BenchQuery, float]]:
    """Each query's median time in milliseconds over ``runs`` runs (after one warm-up pass)."""
    for q in qs:
        run(q)
    samples: list[list[float]] = [[] for _ in qs]
    for _ in range(runs):
        for k, q in enumerate(qs):
            started = time.perf_counter()
            run(q)
            samples[k].append((time.perf_counter() - started) * 1000)
    return [(q, statistics.median(s)) for q, s in zip(qs, samples, strict=True)]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def serve(db: str) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", db,
                             "--port", str(port)], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/api/search?page_size=1", timeout=5)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("communique serve did not answer")


def summarise(name: str, rows: list[tuple[BenchQuery, float]]) -> dict[str, dict[str, float]]:
    out = {}
    for label, keep in (("top10", False), ("facets", True)):
        values = [t for q, t in rows if q.facets == keep]
        out[label] = {"p50": round(percentile(values, 50), 2),
                      "p95": round(percentile(values, 95), 2)}
    return out


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() \
        else path.stat().st_size


def main() -> dict:
    n = int(os.environ.get("COMMUNIQUE_BENCH_N", "1000000"))
    runs = int(os.environ.get("COMMUNIQUE_BENCH_RUNS", "3"))
    folder = Path(os.environ.get("COMMUNIQUE_BENCH_DIR", HERE / ".work")) / f"search_{n}"
    db, fts, build_s = build(folder, n)
    qs = queries(200)
    archive = open_archive(db, readonly=True)
    library = timed(lambda q: search(archive, q.text, Filters(kind=(q.kind,) if q.kind else ()),
                                     page_size=10, facets=q.facets), qs, runs)
    conn = sqlite3.connect(f"file:{fts}?mode=ro", uri=True)
    baseline = timed(lambda q: fts_query(conn, q), qs, runs)
    proc, base = serve(db)
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            def over_http(q: BenchQuery) -> None:
                params = {"q": q.text, "page_size": 10, "facets": str(q.facets).lower()}
                if q.kind:
                    params["kind"] = q.kind
                client.get("/api/search", params=params).raise_for_status()

            http = timed(over_http, qs, runs)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    result = {"n": n, "runs": runs, "queries": len(qs), "build_seconds": round(build_s, 1),
              "library": summarise("library", library), "http": summarise("http", http),
              "fts5": summarise("fts5", baseline),
              "archive_mb": round(folder_size(Path(db)) / 1e6, 1),
              "index_mb": round(folder_size(Path(db + ".index")) / 1e6, 1),
              "fts5_mb": round(folder_size(Path(fts)) / 1e6, 1)}
    print_table(result)
    return result


def print_table(r: dict) -> None:
    print(f"search: {r['n']:,} synthetic statements, {r['queries']} queries, median of "
          f"{r['runs']} runs each (ms)")
    print(f"{'':28}{'p50':>9}{'p95':>9}{'FTS5 p95 / ours':>18}")
    for label in ("top10", "facets"):
        base = r["fts5"][label]["p95"]
        for system in ("library", "http", "fts5"):
            row = r[system][label]
            ratio = f"{base / row['p95']:.1f}x" if system != "fts5" and row["p95"] else ""
            name = f"{system} {'top-10 + snippets' if label == 'top10' else '+ all facets'}"
            print(f"{name:28}{row['p50']:>9.2f}{row['p95']:>9.2f}{ratio:>18}")
    print(f"sizes: archive {r['archive_mb']} MB, tantivy index {r['index_mb']} MB, "
          f"FTS5 baseline {r['fts5_mb']} MB; build {r['build_seconds']} s")


if __name__ == "__main__":
    main()
