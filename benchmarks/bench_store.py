"""Storing statements: CPU ms per page of ``archive.add``, the commit and the search index.

The statements of ``../shared/data/kremlin_en_html/pages`` are parsed once
(``iter_statements``, enrichment on); each run then stores them into a fresh
SQLite archive with its tantivy index, the way ``ingest_paths`` does: ``add``
per statement and a commit per batch of BATCH records.  Times are CPU seconds
of the process (all threads, so tantivy's indexing and merge threads count),
per page read, medians of RUNS runs:

- add: ``archive.add`` of every statement (hashing, serialising, SQL);
- commit: ``archive.commit`` without the index part (the SQLite commit);
- index: bringing the search index up to the archive (documents, tantivy commit), which
  a run of commits does once at its end (or every ``sqlite.INDEX_EVERY`` seconds);
- close: the last merges and the release of the index (``archive.close``).

Environment: COMMUNIQUE_BENCH_STORE_RUNS (default 5), COMMUNIQUE_BENCH_STORE_COPIES
(default 1; copies of the statements, each copy under new ids),
COMMUNIQUE_BENCH_STORE_BATCH (default 200, the ingest's batch size),
COMMUNIQUE_BENCH_STORE_PROFILE (set to 1 to print cProfile's top functions).
Run: ``.venv/bin/python -m benchmarks.run store``.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "data" / "kremlin_en_html" / "pages"
PARTS = ("add", "commit", "index", "close")


def load_statements(copies: int) -> tuple[int, list[Any]]:
    """The statements of the pages (parsed and enriched once), ``copies`` times; and page count."""
    from communique.pipeline import iter_statements
    from communique.report import Report

    report = Report()
    once = list(iter_statements([PAGES], report=report, enrich=True))
    statements = list(once)
    for copy in range(1, copies):
        statements += [replace(s, id=f"{s.id}-{copy}") for s in once]
    return report.pages * copies, statements


@contextmanager
def timing_index(clock: dict[str, float]) -> Iterator[None]:
    """Count the CPU time spent in ``SearchIndex.catch_up`` into ``clock['index']``."""
    from communique.store.index import SearchIndex

    plain = SearchIndex.catch_up

    def timed(self: SearchIndex, archive: Any) -> None:
        started = time.process_time()
        try:
            plain(self, archive)
        finally:
            clock["index"] += time.process_time() - started

    SearchIndex.catch_up = timed  # type: ignore[method-assign]
    try:
        yield
    finally:
        SearchIndex.catch_up = plain  # type: ignore[method-assign]


def store_once(statements: list[Any], batch: int) -> dict[str, float]:
    """Store the statements into a fresh archive; CPU seconds of each part."""
    from communique.store import open_archive

    clock = dict.fromkeys(PARTS, 0.0)

    def spend(part: str, work: Callable[[], object]) -> None:
        # The index catches up inside a commit or the close: its time is its own part.
        started, indexed = time.process_time(), clock["index"]
        work()
        clock[part] += time.process_time() - started - (clock["index"] - indexed)

    with tempfile.TemporaryDirectory() as tmp, timing_index(clock):
        archive = open_archive(str(Path(tmp) / "bench.db"))
        for start in range(0, len(statements), batch):
            chunk = statements[start:start + batch]
            spend("add", lambda chunk=chunk: [archive.add(s) for s in chunk])  # type: ignore[misc]
            spend("commit", archive.commit)
        spend("close", archive.close)
    return clock


def profile(statements: list[Any], batch: int) -> None:
    """Print the functions where storing spends its time."""
    profiler = cProfile.Profile()
    profiler.runcall(store_once, statements, batch)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> dict[str, Any]:
    """Print ms per page of each part of storing; return the numbers."""
    from benchmarks.bench_html import pin_one_core

    pin_one_core()
    runs = int(os.environ.get("COMMUNIQUE_BENCH_STORE_RUNS", "5"))
    copies = int(os.environ.get("COMMUNIQUE_BENCH_STORE_COPIES", "1"))
    batch = int(os.environ.get("COMMUNIQUE_BENCH_STORE_BATCH", "200"))
    pages, statements = load_statements(copies)
    if not statements:
        raise RuntimeError(f"{PAGES}: no statements to store (see ../shared/data/README.md)")
    store_once(statements, batch)  # warm: imports, first index files
    clocks = [store_once(statements, batch) for _ in range(runs)]
    ms = {part: 1000 * statistics.median(c[part] for c in clocks) / pages for part in PARTS}
    ms["total"] = 1000 * statistics.median(sum(c.values()) for c in clocks) / pages
    print(f"{pages} pages, {len(statements)} statements, batches of {batch}, "
          f"medians of {runs} runs, one core")
    print("CPU ms per page: " + ", ".join(f"{k} {v:.3f}" for k, v in ms.items()))
    if os.environ.get("COMMUNIQUE_BENCH_STORE_PROFILE"):
        profile(statements, batch)
    return {"pages": pages, "statements": len(statements), "batch": batch, "runs": runs,
            "ms_per_page": ms}


if __name__ == "__main__":
    main()
