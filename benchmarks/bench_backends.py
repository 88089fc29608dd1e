"""Ingest throughput of the two archive backends, and the Spark job with 1 and 2 workers.

Two tables:

* archive ingest: statements/s of ``add`` + ``commit`` per batch (as ``ingest``
  does, search indexing included) into a fresh SQLite file (the baseline) and a
  fresh database of a throwaway PostgreSQL cluster, and PostgreSQL's pipelined
  ``add_many`` (as ``load`` does);
* page processing: pages/s of the single-process path (the baseline) and of
  ``spark.run_job`` in local mode with 1 and 2 workers, WARC in, Parquet out.

Medians of ``BENCH_REPEAT`` runs (default 3).  Scale: ``BENCH_BACKENDS_N``
statements (default 2000) and ``BENCH_SPARK_PAGES`` pages (default 600, in 8
WARC files).  Try it small: ``BENCH_BACKENDS_N=200 BENCH_SPARK_PAGES=80``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from communique.models import Source, Statement, statement_id
from communique.pipeline import iter_statements
from communique.report import Report
from communique.store import open_archive

N = int(os.environ.get("BENCH_BACKENDS_N", "2000"))
PAGES = int(os.environ.get("BENCH_SPARK_PAGES", "600"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
BATCH = 200
WARC_FILES = 8
WORDS = ("harbour railway harvest university reserve census budget treaty council "
         "minister velden lessa veloria parliament summit export grain coast").split()


def fictional_statement(n: int) -> Statement:
    url = f"https://president.veloria.example/news/{n}"
    words = [WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(300)]
    text = "\n".join(" ".join(words[i:i + 30]) + "." for i in range(0, 300, 30))
    return Statement(id=statement_id(url=url, title=None, published_at=None, text="",
                                     complete=True),
                     kind="speech", title=f"Address {n} on the {words[0]}",
                     published_at=f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}", text=text,
                     source=Source(format="html", path="/bench", url=url, index=n),
                     url=url, site="president.veloria.example", language="en")


def time_ingest(target: Callable[[], str], statements: list[Statement], *,
                bulk: bool = False) -> float:
    """Seconds to store ``statements`` into a fresh archive, committing every BATCH.

    ``bulk`` hands each batch to ``add_many`` (PostgreSQL's pipelined path, used by
    ``communique load``) instead of calling ``add`` per statement (``ingest``).
    """
    where = target()
    started = time.perf_counter()
    with open_archive(where) as archive:
        for start in range(0, len(statements), BATCH):
            batch = statements[start:start + BATCH]
            if bulk:
                archive.add_many(batch)  # type: ignore[attr-defined]
            else:
                for statement in batch:
                    archive.add(statement)
            archive.commit()
    return time.perf_counter() - started


def bench_archives(folder: Path) -> dict[str, Any]:
    statements = [fictional_statement(n) for n in range(N)]
    counter = iter(range(10**6))
    rows: dict[str, Any] = {}
    rows["sqlite"] = statistics.median(
        time_ingest(lambda: str(folder / f"a{next(counter)}.db"), statements)
        for _ in range(REPEAT))
    from tests.pgcluster import PostgresCluster, missing_component

    missing = missing_component()
    if missing:
        print(f"postgres skipped: missing {missing}")
        return {"statements": N, "sqlite_per_s": round(N / rows["sqlite"])}
    with PostgresCluster() as cluster:
        rows["postgres"] = statistics.median(
            time_ingest(cluster.create_database, statements) for _ in range(REPEAT))
        rows["postgres_bulk"] = statistics.median(
            time_ingest(cluster.create_database, statements, bulk=True) for _ in range(REPEAT))
    return {"statements": N, "sqlite_per_s": round(N / rows["sqlite"]),
            "postgres_per_s": round(N / rows["postgres"]),
            "postgres_vs_sqlite": round(rows["sqlite"] / rows["postgres"], 2),
            "postgres_bulk_per_s": round(N / rows["postgres_bulk"]),
            "postgres_bulk_vs_sqlite": round(rows["sqlite"] / rows["postgres_bulk"], 2)}


def write_warcs(folder: Path) -> list[Path]:
    from tests.test_spark import veloria_page, write_warc

    folder.mkdir(parents=True, exist_ok=True)
    per_file = max(1, PAGES // WARC_FILES)
    return [write_warc(folder / f"bench-{w}.warc.gz",
                       [(f"https://president.veloria.example/news/{w}-{n}",
                         veloria_page(w * per_file + n).encode()) for n in range(per_file)])
            for w in range(WARC_FILES)]


def time_spark(workers: int, warcs: list[Path], out: Path) -> float:
    from communique.spark import create_session, run_job

    session = create_session(f"local[{workers}]", app_name=f"bench-{workers}")
    try:
        uris = [str(w) for w in warcs]
        # Every Python worker starts and loads the stages' data on its first page;
        # a full warm-up run keeps that one-off cost out of the timed runs.
        run_job(session, uris, out / "warmup")
        return statistics.median(run_job(session, uris, out / f"run{i}")["seconds"]
                                 for i in range(REPEAT))
    finally:
        session.stop()


def bench_spark(folder: Path) -> dict[str, Any]:
    warcs = write_warcs(folder / "warcs")
    pages = (PAGES // WARC_FILES) * WARC_FILES

    def single() -> float:
        started = time.perf_counter()
        for _ in iter_statements(warcs, report=Report()):
            pass
        return time.perf_counter() - started

    seconds = {"single": statistics.median(single() for _ in range(REPEAT))}
    try:
        for workers in (1, 2):
            seconds[f"spark{workers}"] = time_spark(workers, warcs, folder / f"out{workers}")
    except Exception as exc:  # no Java or pyspark: the archive numbers still count
        print(f"spark skipped: {exc}")
    result: dict[str, Any] = {"pages": pages}
    for name, secs in seconds.items():
        result[f"{name}_pages_per_s"] = round(pages / secs, 1)
    if "spark2" in seconds:
        result["spark2_vs_spark1"] = round(seconds["spark1"] / seconds["spark2"], 2)
    return result


def print_table(archives: dict[str, Any], spark: dict[str, Any]) -> None:
    print(f"archive ingest, {archives['statements']} statements (median of {REPEAT})")
    print(f"  {'backend':<26}{'statements/s':>14}{'ratio':>8}")
    print(f"  {'sqlite (baseline)':<26}{archives['sqlite_per_s']:>14}{1.0:>8.2f}")
    if "postgres_per_s" in archives:
        print(f"  {'postgres add':<26}{archives['postgres_per_s']:>14}"
              f"{archives['postgres_vs_sqlite']:>8.2f}")
        print(f"  {'postgres add_many':<26}{archives['postgres_bulk_per_s']:>14}"
              f"{archives['postgres_bulk_vs_sqlite']:>8.2f}")
    print(f"page processing, {spark['pages']} pages in {WARC_FILES} WARC files")
    print(f"  {'path':<26}{'pages/s':>14}{'ratio':>8}")
    base = spark["single_pages_per_s"]
    for name, label in (("single", "single process (baseline)"), ("spark1", "spark local[1]"),
                        ("spark2", "spark local[2]")):
        if f"{name}_pages_per_s" in spark:
            rate = spark[f"{name}_pages_per_s"]
            print(f"  {label:<26}{rate:>14}{rate / base:>8.2f}")


def main() -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="bench-backends-"))
    try:
        archives = bench_archives(folder)
        spark = bench_spark(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print_table(archives, spark)
    return {"archives": archives, "spark": spark, "repeat": REPEAT}


if __name__ == "__main__":
    main()
