"""The default backend: one SQLite file, with a derived tantivy index kept in step beside it.

The records and their versions live here; ``index.py`` keeps the full-text
index in the folder ``<file>.index``.  Every commit that changes a statement
raises the ``generation`` in ``meta`` and stamps the changed rows with it, so
the index can catch up after a crash between the two commits.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ArchiveBusyError, ArchiveError, NotFoundError
from ..models import Statement
from . import AddResult, VersionInfo
from .index import SearchIndex

SCHEMA = """
CREATE TABLE IF NOT EXISTS statements (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    subkind TEXT,
    title TEXT,
    published_at TEXT,
    language TEXT,
    site TEXT,
    complete INTEGER NOT NULL,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS statements_published ON statements(published_at DESC, id);
CREATE INDEX IF NOT EXISTS statements_kind ON statements(kind, published_at DESC);
CREATE TABLE IF NOT EXISTS versions (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    fetched_at TEXT,
    record TEXT NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE TABLE IF NOT EXISTS files_done (key TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""
# The first layout kept an FTS5 copy of every text in the archive; the index now lives
# beside it, so an old archive loses the copy and gains the generation stamps.
MIGRATIONS = (
    "DROP TABLE IF EXISTS statements_fts",
    "CREATE INDEX IF NOT EXISTS statements_seq ON statements(seq)",
)
INSERT = ("INSERT INTO statements (id, version, content_hash, kind, subkind, title, published_at, "
          "language, site, complete, text, record, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")


class SQLiteArchive:
    """An archive in one SQLite file (WAL mode: readers never block the writer)."""

    def __init__(self, path: str, *, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        self._lock = threading.Lock()  # one read-only connection serves the server's threads
        self._index: SearchIndex | None = None
        self._dirty = False
        try:
            self.conn = self._connect()
            if not readonly:
                self._migrate()
                self.conn.execute("BEGIN")
            self._generation = self._read_generation()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise ArchiveBusyError(f"{path}: another process is writing") from None
            raise ArchiveError(f"{path}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{path}: {exc}") from None

    def _connect(self) -> sqlite3.Connection:
        if self.readonly:
            if not Path(self.path).exists():
                raise ArchiveError(f"{self.path}: no such archive")
            return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                   check_same_thread=False)
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _migrate(self) -> None:
        self.conn.executescript(SCHEMA)
        columns = {row[1] for row in self.conn.execute("PRAGMA table_info(statements)")}
        if "seq" not in columns:
            self.conn.execute("ALTER TABLE statements ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")
        for statement in MIGRATIONS:
            self.conn.execute(statement)

    def _read_generation(self) -> int:
        try:
            row = self._one("SELECT value FROM meta WHERE key='generation'")
        except sqlite3.OperationalError:  # an archive from before generations
            return 0
        return int(row[0]) if row else 0

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        with self._lock:
            return self.conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def add(self, statement: Statement) -> AddResult:
        if self.readonly:
            raise ArchiveError(f"{self.path}: opened read-only")
        digest = statement.content_hash
        known = self.conn.execute("SELECT fetched_at, content_hash FROM versions WHERE id=? "
                                  "ORDER BY version", (statement.id,)).fetchall()
        if any(h == digest for _, h in known):
            return AddResult(statement.id, "unchanged")
        # Versions are ordered by crawl time, so ingesting crawls in any order gives the
        # same history; a crawl as old as another goes after it.
        fetched = statement.source.fetched_at or ""
        position = 1 + sum(1 for f, _ in known if (f or "") <= fetched)
        self._shift_versions(statement.id, position)
        record = json.dumps(statement.to_dict(), ensure_ascii=False)
        self.conn.execute("INSERT INTO versions VALUES (?,?,?,?,?)",
                          (statement.id, position, digest, statement.source.fetched_at, record))
        seq = self._generation + 1
        if position > len(known):
            self.conn.execute("DELETE FROM statements WHERE id=?", (statement.id,))
            self.conn.execute(INSERT, (
                statement.id, position, digest, statement.kind, statement.subkind,
                statement.title, statement.published_at, statement.language, statement.site,
                int(statement.complete), statement.text, record, seq))
        else:
            self.conn.execute("UPDATE statements SET version=version+1, seq=? WHERE id=?",
                              (seq, statement.id))
        self._dirty = True
        return AddResult(statement.id, "new_version" if known else "added")

    def _shift_versions(self, statement_id: str, position: int) -> None:
        # Two steps, because shifting in place would collide on the primary key.
        self.conn.execute("UPDATE versions SET version=-(version+1) WHERE id=? AND version>=?",
                          (statement_id, position))
        self.conn.execute("UPDATE versions SET version=-version WHERE id=? AND version<0",
                          (statement_id,))

    def commit(self) -> None:
        """Commit the batch, then bring the search index up to the new generation."""
        if self.readonly:
            return
        if self._dirty:
            self._generation += 1
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)",
                              (self._generation,))
            self._dirty = False
        self.conn.execute("COMMIT")
        self.conn.execute("BEGIN")
        self.search_index()

    def generation(self) -> int:
        """The number of committed batches that changed statements."""
        if self.readonly:
            self._generation = self._read_generation()
        return self._generation

    def iter_changed(self, after: int) -> Iterator[tuple[int, Statement]]:
        """Current statements written after generation ``after``, oldest change first."""
        conn = self.conn if not self.readonly else self._connect()
        cur = conn.execute("SELECT seq, record FROM statements WHERE seq > ? ORDER BY seq",
                           (after,))
        for seq, record in cur:
            yield int(seq), Statement.from_dict(json.loads(record))

    def search_index(self) -> SearchIndex:
        """The full-text index, caught up with this archive's generation."""
        if self._index is None:
            self._index = SearchIndex(self.path + ".index", writable=not self.readonly)
        self._index.catch_up(self)
        return self._index

    def get(self, statement_id: str, *, version: int | None = None) -> Statement:
        if version is None:
            row = self._one("SELECT record FROM statements WHERE id=?", (statement_id,))
        else:
            row = self._one("SELECT record FROM versions WHERE id=? AND version=?",
                            (statement_id, version))
        if row is None:
            what = f"version {version} of statement" if version is not None else "statement"
            raise NotFoundError(f"no {what} {statement_id!r}")
        return Statement.from_dict(json.loads(row[0]))

    def get_many(self, statement_ids: list[str]) -> list[Statement]:
        """The current statements with these ids, in the order asked; unknown ids are left out."""
        if not statement_ids:
            return []
        marks = ",".join("?" * len(statement_ids))
        rows = self._all(f"SELECT id, record FROM statements WHERE id IN ({marks})",
                         tuple(statement_ids))
        found = {sid: record for sid, record in rows}
        return [Statement.from_dict(json.loads(found[i])) for i in statement_ids if i in found]

    def versions(self, statement_id: str) -> list[VersionInfo]:
        """Every stored version of a statement, oldest first; the last one is current."""
        rows = self._all("SELECT version, content_hash, fetched_at FROM versions WHERE id=? "
                         "ORDER BY version", (statement_id,))
        if not rows:
            raise NotFoundError(f"no statement {statement_id!r}")
        last = len(rows)
        return [VersionInfo(int(v), h, f, int(v) == last) for v, h, f in rows]

    def iter_statements(self) -> Iterator[Statement]:
        conn = self.conn if not self.readonly else self._connect()
        cur = conn.execute("SELECT record FROM statements ORDER BY published_at DESC, id")
        for (record,) in cur:
            yield Statement.from_dict(json.loads(record))

    def count(self) -> int:
        return int(self._one("SELECT count(*) FROM statements")[0])

    def file_done(self, key: str) -> bool:
        return self._one("SELECT 1 FROM files_done WHERE key=?", (key,)) is not None

    def mark_file_done(self, key: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO files_done VALUES (?)", (key,))

    def close(self) -> None:
        if not self.readonly and self.conn.in_transaction:
            self.commit()
            self.conn.execute("COMMIT")
        if self._index is not None:
            self._index.close()
        self.conn.close()

    def __enter__(self) -> SQLiteArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
