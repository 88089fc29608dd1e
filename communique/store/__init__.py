"""Store: the Archive interface and its backends (sqlite.py by default, postgres.py).

``open_archive(target)`` picks the backend from the target: a
``postgresql://`` URL, or else an SQLite file path.

The records live in the archive database; the full-text index (``index.py``,
tantivy) is a derived structure beside it.  Every commit that changes
statements raises the archive's *generation* and stamps the changed rows with
it; the index records the generation it has caught up to, so a reader or a
writer opening the archive can tell whether the index is behind and catch up
from ``iter_changed(generation)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..models import Statement
    from .index import SearchIndex


@dataclass(frozen=True, slots=True)
class AddResult:
    """What storing one statement did: ``added``, ``unchanged`` or ``new_version``."""

    id: str
    outcome: str


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One stored version of a statement (1 is the oldest crawl)."""

    version: int
    content_hash: str
    fetched_at: str | None
    current: bool


class Archive(Protocol):
    """What every backend offers; the same tests run against each."""

    def add(self, statement: Statement) -> AddResult: ...

    def commit(self) -> None: ...

    def get(self, statement_id: str, *, version: int | None = None) -> Statement: ...

    def versions(self, statement_id: str) -> list[VersionInfo]: ...

    def get_many(self, statement_ids: list[str]) -> list[Statement]: ...

    def iter_statements(self) -> Iterator[Statement]: ...

    def generation(self) -> int: ...

    def iter_changed(self, after: int) -> Iterator[tuple[int, Statement]]: ...

    def search_index(self) -> SearchIndex: ...

    def make_searchable(self) -> None: ...

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
