"""The default backend: one SQLite file with an FTS5 index kept in step by triggers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..errors import ArchiveBusyError, ArchiveError, NotFoundError
from ..models import Statement
from . import AddResult

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
    record TEXT NOT NULL
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
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
    title, lead, text, tokenize='unicode61 remove_diacritics 2'
);
"""


class SQLiteArchive:
    """An archive in one SQLite file (WAL mode: readers never block the writer)."""

    def __init__(self, path: str, *, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        try:
            if readonly:
                if not Path(path).exists():
                    raise ArchiveError(f"{path}: no such archive")
                self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                            check_same_thread=False)
            else:
                self.conn = sqlite3.connect(path, timeout=30, isolation_level=None)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.conn.executescript(SCHEMA)
                self.conn.execute("BEGIN")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise ArchiveBusyError(f"{path}: another process is writing") from None
            raise ArchiveError(f"{path}: {exc}") from None

    def add(self, statement: Statement) -> AddResult:
        row = self.conn.execute("SELECT version, content_hash, rowid FROM statements WHERE id=?",
                                (statement.id,)).fetchone()
        digest = statement.content_hash
        if row and row[1] == digest:
            return AddResult(statement.id, "unchanged")
        known = self.conn.execute("SELECT version FROM versions WHERE id=? AND content_hash=?",
                                  (statement.id, digest)).fetchone()
        if known:
            return AddResult(statement.id, "unchanged")
        version = (row[0] + 1) if row else 1
        record = json.dumps(statement.to_dict(), ensure_ascii=False)
        self.conn.execute("INSERT INTO versions VALUES (?,?,?,?,?)",
                          (statement.id, version, digest, statement.source.fetched_at, record))
        if row:
            self.conn.execute("DELETE FROM statements_fts WHERE rowid=?", (row[2],))
            self.conn.execute("DELETE FROM statements WHERE id=?", (statement.id,))
        cur = self.conn.execute(
            "INSERT INTO statements (id, version, content_hash, kind, subkind, title, "
            "published_at, language, site, complete, text, record) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (statement.id, version, digest, statement.kind, statement.subkind, statement.title,
             statement.published_at, statement.language, statement.site,
             int(statement.complete), statement.text, record))
        self.conn.execute("INSERT INTO statements_fts(rowid, title, lead, text) VALUES (?,?,?,?)",
                          (cur.lastrowid, statement.title or "", statement.lead or "",
                           statement.text))
        return AddResult(statement.id, "new_version" if row else "added")

    def commit(self) -> None:
        if not self.readonly:
            self.conn.execute("COMMIT")
            self.conn.execute("BEGIN")

    def get(self, statement_id: str, *, version: int | None = None) -> Statement:
        if version is None:
            row = self.conn.execute("SELECT record FROM statements WHERE id=?",
                                    (statement_id,)).fetchone()
        else:
            row = self.conn.execute("SELECT record FROM versions WHERE id=? AND version=?",
                                    (statement_id, version)).fetchone()
        if row is None:
            raise NotFoundError(f"no statement {statement_id!r}")
        return Statement.from_dict(json.loads(row[0]))

    def iter_statements(self) -> Iterator[Statement]:
        cur = self.conn.execute("SELECT record FROM statements ORDER BY published_at DESC, id")
        for (record,) in cur:
            yield Statement.from_dict(json.loads(record))

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM statements").fetchone()[0])

    def file_done(self, key: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM files_done WHERE key=?", (key,)).fetchone()
        return row is not None

    def mark_file_done(self, key: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO files_done VALUES (?)", (key,))

    def close(self) -> None:
        if not self.readonly and self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self.conn.close()

    def __enter__(self) -> SQLiteArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
