"""The default backend: one SQLite file, with a derived tantivy index kept in step beside it.

The records and their versions live here; ``index.py`` keeps the full-text
index in the folder ``<file>.index``.  Every commit that changes a statement
raises the ``generation`` in ``meta`` and stamps the changed rows with it, so
the index can catch up after a crash between the two commits.

A write transaction starts at the first write with ``BEGIN IMMEDIATE`` and
re-reads the generation inside it, so two writers take turns batch by batch
and never stamp two batches with one generation; a writer kept waiting longer
than ``BUSY_SECONDS`` gets ``ArchiveBusyError`` naming the archive.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

from ..errors import ArchiveBusyError, ArchiveError, NotFoundError
from ..models import Statement
from . import AddResult, VersionInfo
from .index import SearchIndex

INDEX_EVERY = 30.0  # seconds a run of commits may leave the search index behind

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
    seq INTEGER NOT NULL DEFAULT 0,
    cluster TEXT,
    original TEXT
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
    "CREATE INDEX IF NOT EXISTS statements_cluster ON statements(cluster)",
)
# Columns added after the first layout, with their types.
ADDED_COLUMNS = {"seq": "INTEGER NOT NULL DEFAULT 0", "cluster": "TEXT", "original": "TEXT"}
INSERT = ("INSERT INTO statements (id, version, content_hash, kind, subkind, title, published_at, "
          "language, site, complete, text, record, seq, cluster, original) "
          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
BUSY_SECONDS = 30.0


class SQLiteArchive:
    """An archive in one SQLite file (WAL mode: readers never block the writer)."""

    def __init__(self, path: str, *, readonly: bool = False,
                 busy_seconds: float = BUSY_SECONDS):
        self.path = path
        self.readonly = readonly
        self.busy_seconds = busy_seconds
        self._lock = threading.Lock()  # one read-only connection serves the server's threads
        self._index: SearchIndex | None = None
        # Whether committed statements wait for the search index, and since when it is behind.
        self._unindexed, self._indexed_at = False, time.monotonic()
        self._dirty = False
        with self._guard():
            self.conn = self._connect()
            if not readonly:
                self._migrate()
            self._generation = self._read_generation()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn SQLite's failures into archive errors that name this archive."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise ArchiveBusyError(
                    f"{self.path}: the archive is busy: another process has been writing to it "
                    f"for more than {self.busy_seconds:g} s; try again when it has finished"
                ) from None
            raise ArchiveError(f"{self.path}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.path}: {exc}") from None

    def _connect(self) -> sqlite3.Connection:
        if self.readonly:
            if not Path(self.path).exists():
                raise ArchiveError(f"{self.path}: no such archive")
            return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                   check_same_thread=False)
        conn = sqlite3.connect(self.path, timeout=self.busy_seconds, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _migrate(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for sql in SCHEMA.split(";"):
                if sql.strip():
                    self.conn.execute(sql)
            columns = {row[1] for row in self.conn.execute("PRAGMA table_info(statements)")}
            for name, kind in ADDED_COLUMNS.items():
                if name not in columns:
                    self.conn.execute(f"ALTER TABLE statements ADD COLUMN {name} {kind}")
            for statement in MIGRATIONS:
                self.conn.execute(statement)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def begin(self) -> None:
        """Start a write transaction unless one is open: take the write lock now and
        re-read the generation, which another writer may have raised meanwhile.

        Raises:
            ArchiveError: the archive was opened read-only.
            ArchiveBusyError: another writer kept the archive past ``busy_seconds``.
        """
        if self.readonly:
            raise ArchiveError(f"{self.path}: opened read-only")
        if self.conn.in_transaction:
            return
        with self._guard():
            self.conn.execute("BEGIN IMMEDIATE")
            self._generation = self._read_generation()

    def _read_generation(self) -> int:
        try:
            with self._lock:
                row = self.conn.execute("SELECT value FROM meta WHERE key='generation'"
                                        ).fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" not in str(exc):
                raise
            return 0  # an archive from before generations
        return int(row[0]) if row else 0

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        with self._lock, self._guard():
            return self.conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock, self._guard():
            return self.conn.execute(sql, params).fetchall()

    def add(self, statement: Statement) -> AddResult:
        self.begin()
        with self._guard():
            return self._add(statement)

    def _add(self, statement: Statement) -> AddResult:
        digest = statement.content_hash
        known = self.conn.execute("SELECT fetched_at, content_hash FROM versions WHERE id=? "
                                  "ORDER BY version", (statement.id,)).fetchall()
        # Versions are ordered by crawl time, so ingesting crawls in any order gives the
        # same history; a crawl as old as another goes after it.
        fetched = statement.source.fetched_at or ""
        position = 1 + sum(1 for f, _ in known if (f or "") <= fetched)
        if unchanged(known, digest, fetched, position):
            if earlier_crawl_of_next(known, digest, fetched, position):
                self._move_back(statement, position, last=position == len(known))
            return AddResult(statement.id, "unchanged")
        if position <= len(known):
            self._shift_versions(statement.id, position)
        # orjson writes the dataclass directly (the same values as asdict, compact), 6x faster.
        record = orjson.dumps(statement, option=orjson.OPT_NON_STR_KEYS).decode()
        self.conn.execute("INSERT INTO versions VALUES (?,?,?,?,?)",
                          (statement.id, position, digest, statement.source.fetched_at, record))
        seq = self._generation + 1
        if position > len(known):
            if known:  # a new statement has no current row to replace
                self.conn.execute("DELETE FROM statements WHERE id=?", (statement.id,))
            self.conn.execute(INSERT, (
                statement.id, position, digest, statement.kind, statement.subkind,
                statement.title, statement.published_at, statement.language, statement.site,
                int(statement.complete), statement.text, record, seq, statement.cluster,
                statement.original))
        else:
            self.conn.execute("UPDATE statements SET version=version+1, seq=? WHERE id=?",
                              (seq, statement.id))
        self._dirty = True
        return AddResult(statement.id, "new_version" if known else "added")

    def _move_back(self, statement: Statement, position: int, *, last: bool) -> None:
        """The version at ``position`` first seen by this earlier crawl of its text: its
        crawl time (and record) become this crawl's."""
        record = orjson.dumps(statement, option=orjson.OPT_NON_STR_KEYS).decode()
        self.conn.execute("UPDATE versions SET fetched_at=?, record=? WHERE id=? AND version=?",
                          (statement.source.fetched_at, record, statement.id, position))
        if last:
            self.conn.execute("UPDATE statements SET record=? WHERE id=?", (record, statement.id))
        self._dirty = True

    def _shift_versions(self, statement_id: str, position: int) -> None:
        # Two steps, because shifting in place would collide on the primary key.
        self.conn.execute("UPDATE versions SET version=-(version+1) WHERE id=? AND version>=?",
                          (statement_id, position))
        self.conn.execute("UPDATE versions SET version=-version WHERE id=? AND version<0",
                          (statement_id,))

    def commit(self) -> None:
        """Commit the batch; the search index catches up when it is INDEX_EVERY s behind.

        Each catch-up is a tantivy commit, which writes a segment that merges
        then rewrite: once per batch it cost more than storing the batch.  So a
        run of commits (an ingest) catches the index up at most every
        INDEX_EVERY seconds, and ``make_searchable`` (the ingest's end, ``close``)
        and every search catch it up at once.
        """
        if self.readonly:
            return
        if self.conn.in_transaction:
            with self._guard():
                if self._dirty:
                    self._generation += 1
                    self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)",
                                      (self._generation,))
                    self._unindexed = True
                self.conn.execute("COMMIT")
        self._dirty = False
        if self._unindexed and time.monotonic() - self._indexed_at >= INDEX_EVERY:
            self.make_searchable()

    def make_searchable(self) -> None:
        """Bring the search index up to every committed statement."""
        if not self.readonly and self._unindexed:
            self.search_index()

    def set_links(self, statement_id: str, *, cluster: str | None, original: str | None
                  ) -> None:
        """Record a statement's cluster of copies and its original, as ``link`` found them.

        The current record changes in place: no new version, no new generation
        (the search index holds neither field).

        Raises:
            NotFoundError: no such statement.
        """
        self.begin()
        with self._guard():
            row = self.conn.execute("SELECT version, record FROM statements WHERE id=?",
                                    (statement_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"no statement {statement_id!r}")
            data = json.loads(row[1])
            data.update(cluster=cluster, original=original)
            record = json.dumps(data, ensure_ascii=False)
            self.conn.execute("UPDATE statements SET record=?, cluster=?, original=? WHERE id=?",
                              (record, cluster, original, statement_id))
            self.conn.execute("UPDATE versions SET record=? WHERE id=? AND version=?",
                              (record, statement_id, row[0]))

    def cluster_members(self, cluster: str) -> list[Statement]:
        """The current statements of one cluster of copies, oldest publication first."""
        rows = self._all("SELECT record FROM statements WHERE cluster=? "
                         "ORDER BY published_at, id", (cluster,))
        return [Statement.from_dict(json.loads(record)) for (record,) in rows]

    def generation(self) -> int:
        """The number of committed batches that changed statements."""
        if self.readonly or not self.conn.in_transaction:
            with self._guard():
                self._generation = self._read_generation()
        return self._generation

    def iter_changed(self, after: int) -> Iterator[tuple[int, Statement]]:
        """Current statements written after generation ``after``, oldest change first."""
        conn = self.conn if not self.readonly else self._connect()
        cur = conn.execute("SELECT seq, record FROM statements WHERE seq > ? ORDER BY seq",
                           (after,))
        for seq, record in cur:
            yield int(seq), Statement.from_dict(orjson.loads(record))

    def search_index(self) -> SearchIndex:
        """The full-text index, caught up with this archive's generation."""
        if self._index is None:
            self._index = SearchIndex(self.path + ".index", writable=not self.readonly)
        self._index.catch_up(self)
        self._unindexed, self._indexed_at = False, time.monotonic()
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
        self.begin()
        with self._guard():
            self.conn.execute("INSERT OR IGNORE INTO files_done VALUES (?)", (key,))

    def close(self) -> None:
        if not self.readonly and self.conn.in_transaction:
            self.commit()
        self.make_searchable()
        if self._index is not None:
            self._index.close()
        self.conn.close()

    def __enter__(self) -> SQLiteArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def earlier_crawl_of_next(known: list[tuple[str | None, str]], digest: str, fetched: str,
                          position: int) -> bool:
    """Whether an unchanged crawl is an earlier sight of the version just after it in crawl
    time (crawls ingested out of order: the later one first), not of the one before."""
    if not fetched or position > len(known) or known[position - 1][1] != digest:
        return False
    before = known[position - 2][1] if position >= 2 else None
    return before != digest and (known[position - 1][0] or "") > fetched


def unchanged(known: list[tuple[str | None, str]], digest: str, fetched: str,
              position: int) -> bool:
    """Whether a crawl adds nothing to a statement's versions (``known``: crawl time and
    content hash of each, in order; the crawl would go at ``position``).

    The same text as the version just before it or just after it in crawl time adds
    nothing, and neither does an undated crawl of a text seen before nor the same crawl
    ingested again; a text that comes
    back after another (A, B, A) is a version again, the newest current.
    """
    if not fetched or any(h == digest and (f or "") == fetched for f, h in known):
        return any(h == digest for _, h in known)  # undated, or this very crawl again
    neighbours = known[max(0, position - 2):position]
    return any(h == digest for _, h in neighbours)
