"""Concurrency: readers keep answering, consistently, while an ingest writes; two ingests
at once take turns (or one fails with a clear message), and never corrupt the archive.

The readers: a read-only SQLite connection, the library's ``search`` on a read-only
archive, the web app's JSON API (in process), and ``communique search`` processes.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from communique.config import Settings
from communique.errors import ArchiveBusyError
from communique.pipeline import ingest_lock
from communique.search import search
from communique.store import open_archive
from communique.web import create_app
from tests.reliability_archive import ROOT, child_env, fingerprint, ingest_command, run_ingest
from tests.reliability_data import velorian_warc

pytestmark = pytest.mark.slow


def raw_counts(db: Path) -> tuple[int, int]:
    """Statements and statements-with-a-version, read in one read-only transaction."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10, isolation_level=None)
    try:
        conn.execute("BEGIN")
        statements = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        versioned = conn.execute("SELECT count(*) FROM statements s WHERE EXISTS (SELECT 1 "
                                 "FROM versions v WHERE v.id = s.id AND v.version = s.version)"
                                 ).fetchone()[0]
        conn.execute("COMMIT")
        return int(statements), int(versioned)
    finally:
        conn.close()


def cli_search_total(db: Path, query: str) -> int:
    done = subprocess.run([sys.executable, "-m", "communique", "search", query, "--db", str(db),
                           "--json", "--page-size", "5"], cwd=ROOT, env=child_env(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert len(result["results"]) == min(5, result["total"])
    return int(result["total"])


def test_readers_see_consistent_growing_archive_during_ingest(tmp_path: Path) -> None:
    warc = velorian_warc(tmp_path / "veloria.warc.gz", 1500)
    db = tmp_path / "archive.db"
    assert run_ingest([velorian_warc(tmp_path / "seed.warc", 10, first=5000)], db).returncode == 0
    writer = subprocess.Popen(ingest_command([warc], db), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, cwd=ROOT,
                              env=child_env(COMMUNIQUE_BATCH_SIZE="50"))
    seen: list[tuple[int, int, int]] = []
    cli_totals: list[int] = []
    with open_archive(str(db), readonly=True) as reader, \
            TestClient(create_app(Settings(db=str(db)))) as server:
        while writer.poll() is None:
            statements, versioned = raw_counts(db)
            assert versioned == statements  # never a row without its version
            result = search(reader, "harbour", page_size=10)
            assert len(result.hits) == min(10, result.total)  # every hit can be fetched
            served = server.get("/api/search", params={"q": "harbour", "page_size": 10})
            assert served.status_code == 200, served.text
            hits = served.json()["results"]
            assert len(hits) == min(10, served.json()["total"])
            if hits:
                assert server.get(f"/api/statements/{hits[-1]['id']}").status_code == 200
            seen.append((statements, result.total, served.json()["total"]))
            if len(cli_totals) < 3:
                cli_totals.append(cli_search_total(db, "harbour"))
            time.sleep(0.05)
    assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
    counts = [s for s, _, _ in seen]
    totals = [t for _, t, _ in seen]
    served_totals = [t for _, _, t in seen]
    assert counts == sorted(counts) and totals == sorted(totals)  # nothing ever goes back
    assert served_totals == sorted(served_totals)
    assert len(seen) >= 5 and counts[0] < 1510
    assert cli_totals == sorted(cli_totals)
    assert raw_counts(db) == (1510, 1510)
    with sqlite3.connect(db) as conn:
        harbour = conn.execute("SELECT count(*) FROM statements WHERE text LIKE '%harbour%'"
                               ).fetchone()[0]
    with open_archive(str(db), readonly=True) as reader:
        assert search(reader, "harbour", page_size=1).total == harbour


def test_two_ingests_at_once_take_turns(tmp_path: Path) -> None:
    first = velorian_warc(tmp_path / "first.warc.gz", 400)
    second = velorian_warc(tmp_path / "second.warc.gz", 400, first=400)
    reference = tmp_path / "reference.db"
    assert run_ingest([first, second], reference).returncode == 0
    db = tmp_path / "archive.db"
    procs = [subprocess.Popen(ingest_command([warc], db), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, cwd=ROOT, env=child_env(),
                              text=True) for warc in (first, second)]
    outcomes = [(proc.wait(timeout=120), proc.stderr.read() if proc.stderr else "")
                for proc in procs]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    assert fingerprint(db) == fingerprint(reference)


def test_a_second_ingest_that_waits_too_long_fails_clearly(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.db")
    with ingest_lock(db):
        with pytest.raises(ArchiveBusyError) as caught:
            with ingest_lock(db, wait=0.2):
                pytest.fail("two ingests held the archive at once")
    assert str(caught.value) == (f"{db}: another ingest is writing to this archive (waited "
                                 "0.2 s); run this one again when it has finished")
    with ingest_lock(db, wait=0):
        pass  # released: the next one gets it at once
