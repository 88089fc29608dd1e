"""Parquet written by the Spark job -> statements, and into an archive (``communique load``).

Takes the folder ``spark.run_job`` wrote (the schema is ``spark.statement_schema``)
and gives ``Statement`` records, read with pyarrow alone: loading needs neither
Spark nor Java.  A part file already loaded is skipped on a rerun, the same
resume rule as ``pipeline.ingest_paths``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .models import Statement
from .pipeline import file_key
from .report import Report

if TYPE_CHECKING:
    from .store import Archive


def row_statement(row: dict[str, Any]) -> Statement:
    """Rebuild a statement from a Parquet row as pyarrow reads it (maps come as pairs)."""
    tags = row.get("tags") or []
    row = dict(row, tags={k: list(v) for k, v in (tags.items() if isinstance(tags, dict)
                                                   else tags)})
    return Statement.from_dict(row)


def iter_parquet_statements(folder: str | Path) -> Iterator[Statement]:
    """Every statement in a Parquet folder written by ``run_job``, part file by part file."""
    for part in parquet_parts(folder):
        yield from _iter_part(part)


def parquet_parts(folder: str | Path) -> list[Path]:
    """The Parquet part files of a job's output, in a stable order.

    Raises:
        InputError: no such folder, or no Parquet file in it.
    """
    root = Path(folder)
    if not root.is_dir():
        raise InputError("no such folder", path=str(root))
    parts = sorted(p for p in root.rglob("*.parquet") if not p.name.startswith((".", "_")))
    if not parts:
        raise InputError("no Parquet files in this folder (was spark-ingest run?)",
                         path=str(root))
    return parts


def _iter_part(part: Path, batch_size: int = 500) -> Iterator[Statement]:
    import pyarrow.parquet as pq

    with pq.ParquetFile(part) as reader:
        for batch in reader.iter_batches(batch_size=batch_size):
            for row in batch.to_pylist():
                yield row_statement(row)


def load_parquet(folder: str | Path, archive: Archive, *, report: Report,
                 batch_size: int = 500) -> Report:
    """Store the statements of a Parquet folder; a part file already loaded is skipped.

    Raises:
        InputError: the folder holds no Parquet output.
    """
    for part in parquet_parts(folder):
        key = file_key(part)
        if archive.file_done(key):
            report.files_skipped += 1
            continue
        report.files += 1
        try:
            _load_part(part, archive, report=report, batch_size=batch_size)
        except (OSError, ValueError) as exc:  # pyarrow reports a corrupt file as either
            report.error(InputError(f"unreadable Parquet file: {exc}", path=str(part)))
            continue
        archive.mark_file_done(key)
        archive.commit()
    return report


def _load_part(part: Path, archive: Archive, *, report: Report, batch_size: int) -> None:
    batch: list[Statement] = []
    for statement in _iter_part(part, batch_size):
        batch.append(statement)
        if len(batch) >= batch_size:
            _store(batch, archive, report)
            archive.commit()
            batch = []
    _store(batch, archive, report)


def _store(batch: list[Statement], archive: Archive, report: Report) -> None:
    # A backend with a bulk path (PostgreSQL: one pipelined exchange) gets the whole batch.
    add_many = getattr(archive, "add_many", None)
    results = add_many(batch) if add_many else [archive.add(s) for s in batch]
    report.statements += len(results)
    for result in results:
        if result.outcome == "added":
            report.added += 1
        elif result.outcome == "new_version":
            report.new_versions += 1
        else:
            report.unchanged += 1
