"""Crash safety: ``communique ingest`` killed with SIGKILL at random moments, then rerun.

After every kill the archive is sound and holds only statements of the
uninterrupted run, unchanged; after the last rerun it equals the archive an
uninterrupted run makes: same rows, same versions, same search results, the
search index in step.  The number of pages (``COMMUNIQUE_CRASH_PAGES``),
kills (``COMMUNIQUE_CRASH_KILLS``) and the seed (``COMMUNIQUE_CRASH_SEED``)
can be changed from the environment.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.reliability_archive import (
    ROOT,
    child_env,
    committed_rows,
    fingerprint,
    ingest_command,
    run_ingest,
)
from tests.reliability_data import velorian_warc

PAGES = int(os.environ.get("COMMUNIQUE_CRASH_PAGES", "2000"))
KILLS = int(os.environ.get("COMMUNIQUE_CRASH_KILLS", "20"))
SEED = int(os.environ.get("COMMUNIQUE_CRASH_SEED", "20260611"))
BATCH = "50"  # small batches: many commit points for the kills to fall between

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def crash_input(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float, float]:
    """The WARC, the archive an uninterrupted ingest makes of it, that ingest's time and
    the time an ingest of nothing takes (starting Python, opening the archive)."""
    folder = tmp_path_factory.mktemp("crash")
    warc = velorian_warc(folder / "veloria.warc.gz", PAGES)
    reference = folder / "reference.db"
    run = run_ingest([warc], reference, COMMUNIQUE_BATCH_SIZE=BATCH)
    assert run.returncode == 0, run.stderr
    (folder / "nothing").mkdir()
    idle = run_ingest([folder / "nothing"], folder / "idle.db")
    return warc, reference, run.seconds, idle.seconds


def kill_at(warc: Path, db: Path, delay: float) -> bool:
    """Start an ingest, SIGKILL it after ``delay`` seconds; False if it finished first."""
    proc = subprocess.Popen(ingest_command([warc], db), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=ROOT,
                            env=child_env(COMMUNIQUE_BATCH_SIZE=BATCH))
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def test_killed_ingests_end_in_the_uninterrupted_archive(
        crash_input: tuple[Path, Path, float, float], tmp_path: Path) -> None:
    warc, reference, full_time, start_time = crash_input
    expected = fingerprint(reference)
    final_rows = dict((sid, record) for sid, _, _, record in expected["statements"])
    assert len(final_rows) == PAGES
    rng = random.Random(SEED)
    kills, rounds, started = 0, 0, time.monotonic()
    progress: set[int] = set()  # how many statements were stored when a kill struck
    db = tmp_path / "round0.db"
    while kills < KILLS:
        # From the middle of start-up to late in the writing: the window scales with
        # the measured ingest time, so a loaded machine still sees kills mid-way.
        delay = rng.uniform(start_time / 2, start_time + 0.8 * (full_time - start_time))
        if kill_at(warc, db, delay):
            kills += 1
            if db.exists():
                rows = committed_rows(db)
                assert rows.items() <= final_rows.items(), f"kill {kills} at {delay:.2f}s"
                progress.add(len(rows))
            continue
        # The ingest finished before the kill: check this round, then start another.
        assert fingerprint(db) == expected, f"round {rounds} (seed {SEED})"
        rounds += 1
        db = tmp_path / f"round{rounds}.db"
    last = run_ingest([warc], db, COMMUNIQUE_BATCH_SIZE=BATCH)
    assert last.returncode == 0, last.stderr
    assert fingerprint(db) == expected, f"seed {SEED}"
    assert len(progress - {0, PAGES}) >= 3, sorted(progress)  # kills struck mid-way
    print(f"\n{kills} kills over {rounds + 1} round(s) in {time.monotonic() - started:.1f} s, "
          f"at {len(progress)} different points of progress; an uninterrupted ingest of "
          f"{PAGES} pages takes {full_time:.1f} s, starting one {start_time:.1f} s",
          file=sys.stderr)


def test_a_rerun_redoes_no_committed_batch(tmp_path: Path) -> None:
    """An ingest that dies at page 130 of 300 resumes at record 100, its last batch boundary."""
    warc = velorian_warc(tmp_path / "veloria.warc", 300, gzip=False)
    db = tmp_path / "archive.db"
    script = (
        "import os, sys\n"
        "from communique.pipeline import ingest_paths\n"
        "from communique.report import Report\n"
        "from communique.store import open_archive\n"
        "seen = 0\n"
        "def die():\n"
        "    global seen\n"
        "    seen += 1\n"
        "    if seen == 131:\n"
        "        os._exit(137)  # like SIGKILL: no cleanup, no commit\n"
        "archive = open_archive(sys.argv[2])\n"
        "ingest_paths([sys.argv[1]], archive, report=Report(), batch_size=50, on_page=die)\n"
    )
    crashed = subprocess.run([sys.executable, "-c", script, str(warc), str(db)], cwd=ROOT,
                             env=child_env(), capture_output=True, text=True)
    assert crashed.returncode == 137, crashed.stderr
    assert len(committed_rows(db)) == 100
    from communique.pipeline import ingest_paths
    from communique.report import Report
    from communique.store import open_archive

    report = Report()
    with open_archive(str(db)) as archive:
        ingest_paths([warc], archive, report=report, batch_size=50)
        assert archive.count() == 300
    assert (report.records_resumed, report.pages, report.added) == (100, 200, 200)
    again = Report()
    with open_archive(str(db)) as archive:
        ingest_paths([warc], archive, report=again, batch_size=50)
    assert (again.files_skipped, again.pages) == (1, 0)
