"""Store: the Archive interface and its backends (sqlite.py by default, postgres.py).

``open_archive(target)`` picks the backend from the target: a
``postgresql://`` URL, or else an SQLite file path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..models import Statement


@dataclass(frozen=True, slots=True)
class AddResult:
    """What storing one statement did: ``added``, ``unchanged`` or ``new_version``."""

    id: str
    outcome: str


class Archive(Protocol):
    """What every backend offers; the same tests run against each."""

    def add(self, statement: Statement) -> AddResult: ...

    def commit(self) -> None: ...

    def get(self, statement_id: str, *, version: int | None = None) -> Statement: ...

    def iter_statements(self) -> Iterator[Statement]: ...

    def count(self) -> int: ...

    def file_done(self, key: str) -> bool: ...

    def mark_file_done(self, key: str) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> Archive: ...

    def __exit__(self, *exc: object) -> None: ...


def open_archive(target: str, *, readonly: bool = False) -> Archive:
    """Open (creating if needed, unless read-only) the archive at ``target``."""
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresArchive

        return PostgresArchive(target, readonly=readonly)
    from .sqlite import SQLiteArchive

    return SQLiteArchive(target, readonly=readonly)


def add_all(archive: Archive, statements: Iterable[Statement]) -> list[AddResult]:
    """Store statements and commit once; small inputs and tests use this."""
    results = [archive.add(s) for s in statements]
    archive.commit()
    return results
