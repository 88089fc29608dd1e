"""The shared backend: PostgreSQL, with full-text search on a generated tsvector and GIN index.

Takes statements, gives the same answers as ``sqlite.py`` (the ``Archive``
protocol): ingest is idempotent and versioned, reads are stable and ordered
the same way (``COLLATE "C"``, ``NULLS LAST`` mirror SQLite's ordering).

Many writers may share one archive: each ``add`` takes a transaction-scoped
advisory lock on the statement id, so two writers storing the same statement
serialise instead of both creating "version 1".  Needs the ``[postgres]``
extra (psycopg 3).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..errors import ArchiveError, MissingExtraError, NotFoundError
from ..models import Statement
from ..parse.language import CJK_CHARS
from . import AddResult, VersionInfo
from .index import NO_DATE, timestamp

if TYPE_CHECKING:
    import psycopg

    from ..search import Filters, SearchResult
    from ..search.people import PersonResult

TS_CONFIG = "communique"
# The text search configuration mirrors SQLite's ``unicode61 remove_diacritics``
# tokenizer: no stemming (the archive is multilingual), accents folded.
TS_CONFIG_SQL = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{TS_CONFIG}') THEN
    CREATE TEXT SEARCH CONFIGURATION {TS_CONFIG} (COPY = simple);
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
      ALTER TEXT SEARCH CONFIGURATION {TS_CONFIG}
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
  END IF;
END $$;
"""
# Chinese, Japanese and Korean characters set apart as words, as the tantivy index does
# (index.spaced): a word of theirs is then a phrase of characters.  Immutable, so that the
# generated tsvector may call it.
SPACED_SQL = f"""
CREATE OR REPLACE FUNCTION communique_spaced(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(t, '([{CJK_CHARS}])', ' \\1 ', 'g')
$$;
"""
SEARCH_COLUMN = f"""search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('{TS_CONFIG}', communique_spaced(coalesce(title, ''))), 'A') ||
        setweight(to_tsvector('{TS_CONFIG}', communique_spaced(coalesce(lead, ''))), 'B') ||
        setweight(to_tsvector('{TS_CONFIG}', communique_spaced(text)), 'C')) STORED"""
LAYOUT = 2  # raise when the derived columns change: older archives are migrated on open
# Layout 1 built ``search`` without communique_spaced: CJK text was one word per run.
MIGRATE_SQL = f"""
ALTER TABLE statements DROP COLUMN IF EXISTS search;
ALTER TABLE statements ADD COLUMN {SEARCH_COLUMN};
CREATE INDEX IF NOT EXISTS statements_search ON statements USING GIN (search);
"""
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS statements (
    id TEXT COLLATE "C" PRIMARY KEY,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    subkind TEXT,
    title TEXT,
    lead TEXT,
    published_at TEXT COLLATE "C",
    language TEXT,
    site TEXT,
    complete BOOLEAN NOT NULL,
    text TEXT NOT NULL,
    record JSONB NOT NULL,
    seq BIGINT NOT NULL DEFAULT 0,
    ts BIGINT,
    cluster TEXT GENERATED ALWAYS AS (record->>'cluster') STORED,
    participant_names JSONB GENERATED ALWAYS AS (
        jsonb_path_query_array(record, '$.participants[*].name')) STORED,
    speaker_names JSONB GENERATED ALWAYS AS (
        jsonb_path_query_array(record, '$.turns[*].speaker')) STORED,
    entity_names JSONB GENERATED ALWAYS AS (
        jsonb_path_query_array(record, '$.entities[*].name')) STORED,
    {SEARCH_COLUMN}
);
CREATE INDEX IF NOT EXISTS statements_published
    ON statements (published_at DESC NULLS LAST, id);
CREATE INDEX IF NOT EXISTS statements_kind ON statements (kind, published_at DESC NULLS LAST);
CREATE INDEX IF NOT EXISTS statements_search ON statements USING GIN (search);
CREATE INDEX IF NOT EXISTS statements_ts ON statements (ts DESC NULLS LAST, id);
CREATE INDEX IF NOT EXISTS statements_cluster ON statements (cluster);
CREATE INDEX IF NOT EXISTS statements_participants
    ON statements USING GIN (participant_names jsonb_path_ops);
CREATE INDEX IF NOT EXISTS statements_speakers
    ON statements USING GIN (speaker_names jsonb_path_ops);
CREATE INDEX IF NOT EXISTS statements_entities
    ON statements USING GIN (entity_names jsonb_path_ops);
CREATE TABLE IF NOT EXISTS versions (
    id TEXT COLLATE "C" NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    fetched_at TEXT COLLATE "C",
    record JSONB NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE INDEX IF NOT EXISTS statements_seq ON statements (seq);
CREATE TABLE IF NOT EXISTS files_done (key TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO meta VALUES ('generation', 0) ON CONFLICT DO NOTHING;
INSERT INTO meta VALUES ('layout', 1) ON CONFLICT DO NOTHING;
"""
SCHEMA_LOCK = 0x636F6D6D  # any constant: serialises schema creation by concurrent writers
ORDER = "ORDER BY published_at DESC NULLS LAST, id"
# One round trip per statement: the lock, the check and the writes run on the
# server.  Same rules as sqlite.py (``sqlite.unchanged``): the text of the version just
# before or after in crawl time (or, undated, of any version) is "unchanged";
# versions are ordered by crawl time, so crawls ingested in any
# order give the same history; the newest crawl is the current statement.
ADD_FUNCTION = """
CREATE OR REPLACE FUNCTION communique_add(
    p_id text, p_hash text, p_fetched_at text, p_kind text, p_subkind text, p_title text,
    p_lead text, p_published_at text, p_language text, p_site text, p_complete boolean,
    p_text text, p_record jsonb, p_ts bigint) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    n_known integer;
    v_position integer;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(p_id, 0));
    SELECT count(*), 1 + count(*) FILTER (
               WHERE coalesce(fetched_at, '') <= coalesce(p_fetched_at, '') COLLATE "C")
      INTO n_known, v_position FROM versions WHERE id = p_id;
    IF EXISTS (SELECT 1 FROM versions WHERE id = p_id AND content_hash = p_hash
               AND (coalesce(p_fetched_at, '') = ''
                    OR coalesce(fetched_at, '') = p_fetched_at
                    OR version IN (v_position - 1, v_position))) THEN
        -- An earlier crawl of the next version's text (crawls ingested out of order): the
        -- version was first seen then.
        UPDATE versions SET fetched_at = p_fetched_at, record = p_record
         WHERE id = p_id AND version = v_position AND content_hash = p_hash
           AND coalesce(p_fetched_at, '') <> ''
           AND coalesce(fetched_at, '') > p_fetched_at COLLATE "C"
           AND NOT EXISTS (SELECT 1 FROM versions WHERE id = p_id
                           AND version = v_position - 1 AND content_hash = p_hash);
        IF FOUND AND v_position = n_known THEN
            UPDATE statements SET record = p_record WHERE id = p_id;
        END IF;
        RETURN 'unchanged';
    END IF;
    IF v_position <= n_known THEN
        -- Two steps, because shifting in place would collide on the primary key.
        UPDATE versions SET version = -(version + 1) WHERE id = p_id AND version >= v_position;
        UPDATE versions SET version = -version WHERE id = p_id AND version < 0;
    END IF;
    INSERT INTO versions (id, version, content_hash, fetched_at, record)
    VALUES (p_id, v_position, p_hash, p_fetched_at, p_record);
    IF v_position > n_known THEN
        INSERT INTO statements (id, version, content_hash, kind, subkind, title, lead,
                                published_at, language, site, complete, text, record, ts)
        VALUES (p_id, v_position, p_hash, p_kind, p_subkind, p_title, p_lead, p_published_at,
                p_language, p_site, p_complete, p_text, p_record, p_ts)
        ON CONFLICT (id) DO UPDATE SET
            version = EXCLUDED.version, content_hash = EXCLUDED.content_hash,
            kind = EXCLUDED.kind, subkind = EXCLUDED.subkind, title = EXCLUDED.title,
            lead = EXCLUDED.lead, published_at = EXCLUDED.published_at,
            language = EXCLUDED.language, site = EXCLUDED.site, complete = EXCLUDED.complete,
            text = EXCLUDED.text, record = EXCLUDED.record, ts = EXCLUDED.ts;
    ELSE
        UPDATE statements SET version = version + 1 WHERE id = p_id;
    END IF;
    RETURN CASE WHEN n_known = 0 THEN 'added' ELSE 'new_version' END;
END $$;
"""
ADD_SQL = "SELECT communique_add(" + ", ".join(["%s"] * 14) + ")"


def sort_time(published_at: str | None) -> int | None:
    """Seconds since the epoch, as the search index reads ``published_at``; None when unknown."""
    seconds = timestamp(published_at)
    return None if seconds == NO_DATE else seconds


def add_params(s: Statement, jsonb: Any) -> tuple[Any, ...]:
    """The arguments of ``communique_add`` for one statement."""
    return (s.id, s.content_hash, s.source.fetched_at, s.kind, s.subkind, s.title, s.lead,
            s.published_at, s.language, s.site, s.complete, s.text, jsonb(s.to_dict()),
            sort_time(s.published_at))


def import_psycopg() -> Any:
    """Import psycopg, or say which extra to install."""
    try:
        import psycopg
    except ImportError:
        raise MissingExtraError("postgres", "psycopg") from None
    return psycopg


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


class PostgresArchive:
    """An archive in one PostgreSQL database, shared by any number of readers and writers."""

    def __init__(self, url: str, *, readonly: bool = False):
        self.url = url
        self.readonly = readonly
        self.name = redact(url)
        self._pending: set[str] = set()  # ids changed since the last commit
        self.conn = self._connect()
        try:
            if not readonly:
                self._create_schema()
            elif self.scalar("SELECT to_regclass('statements')") is None:
                raise ArchiveError(f"{self.name}: no such archive")
        except BaseException:
            self.conn.close()
            raise

    def _connect(self) -> psycopg.Connection[Any]:
        psycopg = import_psycopg()
        # Readers run in autocommit so that a long-lived web server never sits
        # "idle in transaction"; the server itself refuses their writes.
        options = "-c default_transaction_read_only=on" if self.readonly else None
        try:
            return psycopg.connect(self.url, autocommit=self.readonly, connect_timeout=10,
                                   options=options)  # type: ignore[no-any-return]
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise ArchiveError(f"{self.name}: cannot connect: {reason}") from None

    def _create_schema(self) -> None:
        psycopg = import_psycopg()
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
                try:
                    with self.conn.transaction():
                        self.conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
                except psycopg.Error:
                    pass  # not installed or not allowed: search then keeps accents
                self.conn.execute(TS_CONFIG_SQL)
                self.conn.execute(SPACED_SQL)
                fresh = self.scalar("SELECT to_regclass('statements')") is None
                self.conn.execute(SCHEMA)
                if fresh:
                    self.conn.execute("UPDATE meta SET value = %s WHERE key = 'layout'",
                                      (LAYOUT,))
                elif self.scalar("SELECT value FROM meta WHERE key = 'layout'") < LAYOUT:
                    self.conn.execute(MIGRATE_SQL)
                    self.conn.execute("UPDATE meta SET value = %s WHERE key = 'layout'",
                                      (LAYOUT,))
                self.conn.execute(ADD_FUNCTION)
        except psycopg.Error as exc:
            raise ArchiveError(f"{self.name}: cannot create the archive: {exc}") from None

    def add(self, statement: Statement) -> AddResult:
        """Store one statement: ``added``, ``unchanged`` or ``new_version``.

        Raises:
            ArchiveError: the archive is read-only, or the server refused the write.
        """
        if self.readonly:
            raise ArchiveError(f"{self.name}: opened read-only")
        psycopg = import_psycopg()
        try:
            return self._add(statement, psycopg.types.json.Jsonb)
        except psycopg.Error as exc:
            # PostgreSQL aborts the whole transaction on an error; say so rather
            # than let the next commit() end it silently.
            self.conn.rollback()
            self._pending.clear()
            raise ArchiveError(f"{self.name}: cannot store {statement.id} (the batch since the "
                               f"last commit is rolled back): {str(exc).strip()}") from None

    def add_many(self, statements: list[Statement]) -> list[AddResult]:
        """Store several statements in one pipelined exchange with the server (as ``add``).

        Raises:
            ArchiveError: the archive is read-only, or the server refused a write.
        """
        if self.readonly:
            raise ArchiveError(f"{self.name}: opened read-only")
        if not statements:
            return []
        psycopg = import_psycopg()
        jsonb = psycopg.types.json.Jsonb
        outcomes = []
        try:
            with self.conn.cursor() as cur:
                cur.executemany(ADD_SQL, [add_params(s, jsonb) for s in statements],
                                returning=True)
                while True:
                    outcomes.append(str(cur.fetchone()[0]))  # type: ignore[index]
                    if not cur.nextset():
                        break
        except psycopg.Error as exc:
            self.conn.rollback()
            self._pending.clear()
            raise ArchiveError(f"{self.name}: cannot store a batch (the batch since the last "
                               f"commit is rolled back): {str(exc).strip()}") from None
        results = [AddResult(s.id, o) for s, o in zip(statements, outcomes, strict=True)]
        self._pending.update(r.id for r in results if r.outcome != "unchanged")
        return results

    def _add(self, statement: Statement, jsonb: Any) -> AddResult:
        outcome = str(self.scalar(ADD_SQL, add_params(statement, jsonb)))
        if outcome != "unchanged":
            self._pending.add(statement.id)
        return AddResult(statement.id, outcome)

    def commit(self) -> None:
        """Commit the batch; a batch that changed statements gets the next generation."""
        if self.readonly:
            return
        if self._pending:
            # The meta row stays locked until COMMIT, so concurrent writers take
            # generations in the order they commit and ``iter_changed`` misses nothing.
            generation = self.scalar("UPDATE meta SET value = value + 1 "
                                      "WHERE key = 'generation' RETURNING value")
            self.conn.execute("UPDATE statements SET seq = %s WHERE id = ANY(%s)",
                              (generation, list(self._pending)))
            self._pending.clear()
        self.conn.commit()

    def begin(self) -> None:
        """Nothing to do: a transaction begins with the first statement; kept for parity.

        Raises:
            ArchiveError: the archive was opened read-only.
        """
        if self.readonly:
            raise ArchiveError(f"{self.name}: opened read-only")

    def set_links(self, statement_id: str, *, cluster: str | None,
                  original: str | None) -> None:
        """Record a statement's cluster of copies and its original, as ``link`` found them.

        The current record changes in place: no new version, no new generation.

        Raises:
            NotFoundError: no such statement.
        """
        self.begin()
        links = import_psycopg().types.json.Jsonb({"cluster": cluster, "original": original})
        version = self.scalar("UPDATE statements SET record = record || %s WHERE id = %s "
                              "RETURNING version", (links, statement_id))
        if version is None:
            raise NotFoundError(f"no statement {statement_id!r}")
        self.conn.execute("UPDATE versions SET record = record || %s "
                          "WHERE id = %s AND version = %s", (links, statement_id, version))

    def cluster_members(self, cluster: str) -> list[Statement]:
        """The current statements of one cluster of copies, oldest publication first."""
        rows = self.conn.execute("SELECT record FROM statements WHERE cluster = %s "
                                 "ORDER BY published_at NULLS FIRST, id", (cluster,)).fetchall()
        return [Statement.from_dict(record) for (record,) in rows]

    def generation(self) -> int:
        """The number of committed batches that changed statements."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def iter_changed(self, after: int) -> Iterator[tuple[int, Statement]]:
        """Current statements written after generation ``after``, oldest change first."""
        for seq, record in self.stream("SELECT seq, record FROM statements WHERE seq > %s "
                                        "ORDER BY seq, id", (after,)):
            yield int(seq), Statement.from_dict(record)

    def get(self, statement_id: str, *, version: int | None = None) -> Statement:
        if version is None:
            row = self.conn.execute("SELECT record FROM statements WHERE id = %s",
                                    (statement_id,)).fetchone()
        else:
            row = self.conn.execute("SELECT record FROM versions WHERE id = %s AND version = %s",
                                    (statement_id, version)).fetchone()
        if row is None:
            what = f"version {version} of statement" if version is not None else "statement"
            raise NotFoundError(f"no {what} {statement_id!r}")
        return Statement.from_dict(row[0])

    def get_many(self, statement_ids: list[str]) -> list[Statement]:
        """The current statements with these ids, in the order asked; unknown ids are left out."""
        if not statement_ids:
            return []
        rows = self.conn.execute("SELECT id, record FROM statements WHERE id = ANY(%s)",
                                 (statement_ids,)).fetchall()
        found = dict(rows)
        return [Statement.from_dict(found[i]) for i in statement_ids if i in found]

    def versions(self, statement_id: str) -> list[VersionInfo]:
        """Every stored version of a statement, oldest first; the last one is current."""
        rows = self.conn.execute("SELECT version, content_hash, fetched_at FROM versions "
                                 "WHERE id = %s ORDER BY version", (statement_id,)).fetchall()
        if not rows:
            raise NotFoundError(f"no statement {statement_id!r}")
        last = len(rows)
        return [VersionInfo(int(v), h, f, int(v) == last) for v, h, f in rows]

    def iter_statements(self) -> Iterator[Statement]:
        for (record,) in self.stream(f"SELECT record FROM statements {ORDER}"):
            yield Statement.from_dict(record)

    def stream(self, sql: str, params: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows of a query, fetched from a server-side cursor 500 at a time."""
        name = f"stream_{uuid.uuid4().hex}"
        if self.readonly:
            # A reader's connection is shared by the server's threads and in
            # autocommit; a stream gets its own connection and transaction.
            with self._connect() as conn, conn.transaction(), conn.cursor(name=name) as cur:
                cur.itersize = 500
                cur.execute(sql, params)
                yield from cur
            return
        # A writer streams on its own connection, to see what it has not yet
        # committed; WITH HOLD keeps the cursor open across its commits, and the
        # caller may go on adding while it reads.
        with self.conn.cursor(name=name, withhold=True) as cur:
            cur.itersize = 500
            cur.execute(sql, params)
            yield from cur

    def search(self, query: str = "", filters: Filters | None = None, *, page: int = 1,
               page_size: int = 20, facets: bool = False, max_page_size: int = 100,
               max_query_length: int = 500) -> SearchResult:
        """``communique.search.search`` on this archive, by PostgreSQL full-text search.

        Raises:
            QueryError: a malformed query, an unknown filter value, or a page out of bounds.
        """
        from .postgres_search import search

        return search(self, query, filters, page=page, page_size=page_size, facets=facets,
                      max_page_size=max_page_size, max_query_length=max_query_length)

    def iter_matching(self, query: str = "", filters: Filters | None = None, *,
                      limit: int = 100_000, max_query_length: int = 500) -> Iterator[Statement]:
        """``communique.search.iter_matching`` on this archive: newest first, up to ``limit``."""
        from .postgres_search import iter_matching

        return iter_matching(self, query, filters, limit=limit,
                             max_query_length=max_query_length)

    def person(self, name: str, *, page: int = 1, page_size: int = 20,
               max_page_size: int = 100) -> PersonResult:
        """``communique.search.people.person`` on this archive."""
        from .postgres_search import person

        return person(self, name, page=page, page_size=page_size, max_page_size=max_page_size)

    def make_searchable(self) -> None:
        """Nothing to do: this archive searches its own tables, current at each commit."""

    def search_index(self) -> Any:
        """There is none: this archive searches in the database (see ``search``)."""
        raise ArchiveError(f"{self.name}: a PostgreSQL archive has no tantivy index; "
                           "search it with its search() method")

    def count(self) -> int:
        return int(self.scalar("SELECT count(*) FROM statements"))

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def file_done(self, key: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM files_done WHERE key = %s", (key,)).fetchone()
        return row is not None

    def mark_file_done(self, key: str) -> None:
        self.conn.execute("INSERT INTO files_done VALUES (%s) ON CONFLICT DO NOTHING", (key,))

    def close(self) -> None:
        if self.conn.closed:
            return
        try:
            self.commit()
        finally:
            self.conn.close()

    def __enter__(self) -> PostgresArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
