"""Reliability test helpers: run ``communique ingest`` as a process, fingerprint archives."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.search import iter_matching, search
from communique.store import open_archive

ROOT = Path(__file__).resolve().parent.parent
PROBE_QUERIES = ("harbour", "grain exports", "Velden railway", "\"fisheries treaty\"")


@dataclass
class Run:
    returncode: int
    stderr: str
    seconds: float
    peak_rss_mb: float


def ingest_command(paths: list[Path], db: Path) -> list[str]:
    return [sys.executable, "-m", "communique", "ingest", *map(str, paths), "--db", str(db)]


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNIQUE_")}
    env.update({"COLUMNS": "200", "NO_COLOR": "1", **extra})
    return env


def run_ingest(paths: list[Path], db: Path, *, timeout: float = 120, **env: str) -> Run:
    """Run an ingest to its end in a child process, measuring its peak memory.

    The child is waited for with ``os.wait4``, whose resource usage is that
    child's alone (``RUSAGE_CHILDREN`` would be the maximum over all children).
    """
    start = time.monotonic()
    with open(db.parent / f"{db.name}.stderr", "w+b") as err:
        proc = subprocess.Popen(ingest_command(paths, db), stdout=subprocess.DEVNULL,
                                stderr=err, env=child_env(**env), cwd=ROOT)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                raise TimeoutError(f"ingest of {paths} still running after {timeout} s")
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    # ru_maxrss is in kilobytes on Linux.
    return Run(proc.returncode, text, time.monotonic() - start, usage.ru_maxrss / 1024)


def children_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def fingerprint(db: Path) -> dict[str, Any]:
    """What a reader can see in an archive: its rows, versions, and what searches find."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        statements = conn.execute("SELECT id, version, content_hash, record FROM statements "
                                  "ORDER BY id").fetchall()
        versions = conn.execute("SELECT id, version, content_hash, record FROM versions "
                                "ORDER BY id, version").fetchall()
    finally:
        conn.close()
    with open_archive(str(db), readonly=True) as archive:
        index = archive.search_index()
        searches = {}
        for query in PROBE_QUERIES:
            # Sets, not rankings: BM25 statistics count deleted documents until a merge,
            # so an index that re-indexed rows after a crash ranks ties differently.
            total = search(archive, query, page_size=1).total
            searches[query] = (total, sorted(s.id for s in iter_matching(archive, query)))
        indexed = index.searcher().num_docs
    return {"statements": statements, "versions": versions, "searches": searches,
            "indexed_docs": indexed}


def committed_rows(db: Path) -> dict[str, str]:
    """The statements an archive holds right now (id -> record), read without writing."""
    try:
        return _rows(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30))
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return {}  # killed before the schema's first commit
        # A WAL left by a killed writer needs recovering, which a read-only
        # connection may not do; any next opener recovers it the same way.
        return _rows(sqlite3.connect(db, timeout=30))


def _rows(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return dict(conn.execute("SELECT id, record FROM statements"))
    finally:
        conn.close()
