"""An archive -> its clusters of copies, kept up to date one batch of new statements at a time.

The link index lives in the archive's own SQLite file, in tables of its own:

    link_members   id, content_hash (what was sketched), cluster, band keys
    link_bands     LSH band key -> statement id (indexed by key)
    link_clusters  cluster -> original, size

A run sketches only statements that are new or whose text changed since the
last run, finds their candidates by band key in SQL, confirms them on exact
shingle sets and merges clusters; the rest of the archive is not recomputed.
A cluster keeps its id as it grows (the larger, older one absorbs the other),
so links to it stay valid.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

from ..errors import ArchiveError, NotFoundError
from ..models import Statement
from ..store import Archive
from .cluster import LinkParams, UnionFind, choose_original, is_copy, sketch_keys
from .shingles import Shingler

TABLES = (
    "CREATE TABLE IF NOT EXISTS link_members (id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, "
    "cluster TEXT NOT NULL, keys BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS link_members_cluster ON link_members(cluster)",
    "CREATE TABLE IF NOT EXISTS link_bands (key INTEGER NOT NULL, id TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS link_bands_key ON link_bands(key)",
    "CREATE TABLE IF NOT EXISTS link_clusters (cluster TEXT PRIMARY KEY, original TEXT NOT NULL, "
    "size INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS link_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
)
MAX_RECHECK = 200


@dataclass(slots=True)
class LinkReport:
    """What one ``link_archive`` run did, and the clusters of copies it left."""

    statements: int = 0
    sketched: int = 0
    candidates: int = 0
    confirmed: int = 0
    clusters: int = 0
    in_clusters: int = 0
    largest: int = 0

    def lines(self) -> list[str]:
        return [f"statements: {self.statements} ({self.sketched} new or changed, sketched now)",
                f"candidate pairs: {self.candidates}, confirmed copies: {self.confirmed}",
                f"clusters of copies: {self.clusters} holding {self.in_clusters} statements"
                + (f" (largest: {self.largest})" if self.largest else "")]


@dataclass(slots=True)
class ClusterInfo:
    """One statement's cluster: its id, its original and every member id (the statement too)."""

    cluster: str
    original: str
    members: list[str] = field(default_factory=list)


def connection(archive: Archive, *, write: bool = True) -> sqlite3.Connection:
    """The archive's SQLite connection, with the link tables in place.

    Raises:
        ArchiveError: the archive is not an SQLite one.
        NotFoundError: reading, and ``link_archive`` never ran on this archive.
    """
    conn = getattr(archive, "conn", None)
    if not isinstance(conn, sqlite3.Connection):
        raise ArchiveError("linking copies needs an SQLite archive for now")
    if write:
        # one write transaction for the whole run, when the backend opens them explicitly
        begin = getattr(archive, "begin", None)
        if begin is not None:
            begin()
        for sql in TABLES:
            conn.execute(sql)
    elif conn.execute("SELECT 1 FROM sqlite_master WHERE name='link_clusters'").fetchone() is None:
        raise NotFoundError("this archive has no links yet (run: communique link)")
    return conn


def link_archive(archive: Archive, *, params: LinkParams | None = None,
                 batch: int = 2000) -> LinkReport:
    """Sketch the statements added or changed since the last run and merge them into clusters.

    Commits at the end; stores ``cluster`` and ``original`` through the archive's
    ``set_links`` when the backend has it (None for a statement with no copies), and
    always in the link tables.
    """
    params = params or LinkParams()
    conn = connection(archive)
    shingler = Shingler(params.shingle)
    known = dict(conn.execute("SELECT id, content_hash FROM link_members").fetchall())
    generation = archive.generation() if hasattr(archive, "generation") else None
    report = LinkReport(statements=archive.count())
    touched: set[str] = set()
    for chunk in _chunks(_pending(archive, conn, known), batch):
        touched |= _link_batch(archive, conn, chunk, known, shingler, params, report)
    _refresh(archive, conn, touched, shingler, params)
    if generation is not None:
        conn.execute("INSERT OR REPLACE INTO link_state VALUES ('generation', ?)", (generation,))
    _tally(conn, report)
    archive.commit()
    return report


def _pending(archive: Archive, conn: sqlite3.Connection, known: dict[str, str]
             ) -> Iterator[Statement]:
    """Statements not sketched yet, or sketched with another text.

    Reads only what changed since the last run when the archive can tell
    (``iter_changed``), else every statement.
    """
    row = conn.execute("SELECT value FROM link_state WHERE key='generation'").fetchone()
    if row is not None and hasattr(archive, "iter_changed"):
        candidates: Iterable[Statement] = (s for _, s in archive.iter_changed(int(row[0])))
    else:
        candidates = archive.iter_statements()
    for statement in candidates:
        if known.get(statement.id) != statement.content_hash:
            yield statement


def _chunks(items: Iterable[Statement], size: int) -> Iterator[list[Statement]]:
    chunk: list[Statement] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _link_batch(archive: Archive, conn: sqlite3.Connection, batch: list[Statement],
                known: dict[str, str], shingler: Shingler, params: LinkParams,
                report: LinkReport) -> set[str]:
    """Index one batch, confirm its candidates and merge clusters; returns touched clusters."""
    touched = _forget_changed(conn, [s.id for s in batch if s.id in known])
    keys = sketch_keys([s.text for s in batch], shingler, params).view(np.int64)
    rows = [(int(k), s.id) for s, row in zip(batch, keys, strict=True) for k in row if k != 0]
    last = conn.execute("SELECT coalesce(max(rowid), 0) FROM link_bands").fetchone()[0]
    conn.executemany("INSERT INTO link_bands VALUES (?,?)", rows)
    conn.executemany("INSERT OR REPLACE INTO link_members VALUES (?,?,?,?)",
                     [(s.id, s.content_hash, s.id, row.tobytes())
                      for s, row in zip(batch, keys, strict=True)])
    for s in batch:
        known[s.id] = s.content_hash
    touched |= {s.id for s in batch}
    # each new entry meets at most ``window`` others of its bucket: a bucket that
    # boilerplate filled with thousands of texts must not cost millions of pairs
    found = conn.execute("SELECT DISTINCT n.id, b.id FROM link_bands n JOIN link_bands b "
                         "ON b.rowid IN (SELECT rowid FROM link_bands WHERE key = n.key "
                         "AND rowid != n.rowid ORDER BY rowid DESC LIMIT ?) "
                         "WHERE n.rowid > ? AND b.id != n.id", (params.window, last))
    pairs = sorted({(min(x, y), max(x, y)) for x, y in found})
    report.sketched += len(batch)
    report.candidates += len(pairs)
    sets = _sets(archive, batch, {i for p in pairs for i in p}, shingler)
    for x, y in pairs:
        if x in sets and y in sets and is_copy(sets[x], sets[y], params):
            report.confirmed += 1
            touched.add(_merge(conn, x, y))
    return touched


def _forget_changed(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Take changed statements out of the index; their old clusters are rechecked later."""
    old = set()
    for sid in ids:
        cluster, keys = conn.execute("SELECT cluster, keys FROM link_members WHERE id=?",
                                     (sid,)).fetchone()
        old.add(cluster)
        conn.executemany("DELETE FROM link_bands WHERE key=? AND id=?",
                         [(int(k), sid) for k in np.frombuffer(keys, dtype=np.int64)])
    return old


def _sets(archive: Archive, batch: list[Statement], needed: set[str],
          shingler: Shingler) -> dict[str, np.ndarray]:
    """Exact shingle sets of the needed statements, read from the archive unless at hand.

    A statement deleted since it was indexed is simply left out: it matches nothing.
    """
    texts = {s.id: s.text for s in batch if s.id in needed}
    texts.update((s.id, s.text) for s in archive.get_many(sorted(needed - texts.keys())))
    ids = list(texts)
    return dict(zip(ids, shingler.shingle_sets([texts[i] for i in ids]), strict=True))


def _merge(conn: sqlite3.Connection, x: str, y: str) -> str:
    """Join the clusters of two statements; the larger (then smaller id) keeps its id."""
    cx = conn.execute("SELECT cluster FROM link_members WHERE id=?", (x,)).fetchone()[0]
    cy = conn.execute("SELECT cluster FROM link_members WHERE id=?", (y,)).fetchone()[0]
    if cx == cy:
        return str(cx)
    size = {c: conn.execute("SELECT count(*) FROM link_members WHERE cluster=?",
                            (c,)).fetchone()[0] for c in (cx, cy)}
    keep, drop = sorted((cx, cy), key=lambda c: (-size[c], c))
    conn.execute("UPDATE link_members SET cluster=? WHERE cluster=?", (keep, drop))
    conn.execute("DELETE FROM link_clusters WHERE cluster=?", (drop,))
    return str(keep)


def _refresh(archive: Archive, conn: sqlite3.Connection, touched: set[str],
             shingler: Shingler, params: LinkParams, *, batch: int = 2000) -> None:
    """Recheck each touched cluster (a changed text may have left it) and choose its original."""
    groups: dict[str, list[str]] = {}
    for label in sorted(touched):
        groups[label] = [r[0] for r in conn.execute("SELECT id FROM link_members WHERE "
                                                    "cluster=? ORDER BY id", (label,))]
    alone = [label for label, ids in groups.items() if len(ids) <= 1]
    was_shared = [label for label in alone if conn.execute(
        "SELECT 1 FROM link_clusters WHERE cluster=? AND size > 1", (label,)).fetchone()]
    _store_links(archive, archive.get_many([i for c in was_shared for i in groups[c]]),
                 None, None)
    conn.executemany("DELETE FROM link_clusters WHERE cluster=?", [(c,) for c in alone])
    conn.executemany("INSERT INTO link_clusters SELECT cluster, id, 1 FROM link_members "
                     "WHERE cluster=?", [(c,) for c in alone])
    shared = [(label, ids) for label, ids in groups.items() if len(ids) > 1]
    while shared:
        chunk, size = [], 0
        while shared and size < batch:
            chunk.append(shared.pop())
            size += len(chunk[-1][1])
        members = archive.get_many([i for _, ids in chunk for i in ids])
        sets = dict(zip([m.id for m in members],
                        shingler.shingle_sets([m.text for m in members]), strict=True))
        by_id = {m.id: m for m in members}
        for label, ids in chunk:
            _settle(archive, conn, [by_id[i] for i in ids if i in by_id], label, sets, params)


def _settle(archive: Archive, conn: sqlite3.Connection, members: list[Statement], label: str,
            sets: dict[str, np.ndarray], params: LinkParams) -> None:
    """Store one rechecked cluster: each connected part with its name and original."""
    for part, name in _split(members, label, sets, params):
        original = choose_original(part, [sets[m.id] for m in part])
        conn.executemany("UPDATE link_members SET cluster=? WHERE id=?",
                         [(name, m.id) for m in part])
        conn.execute("INSERT OR REPLACE INTO link_clusters VALUES (?,?,?)",
                     (name, original.id, len(part)))
        if len(part) > 1:
            _store_links(archive, part, name, original.id)
        else:
            _store_links(archive, part, None, None)


def _split(members: list[Statement], label: str, sets: dict[str, np.ndarray],
           params: LinkParams) -> list[tuple[list[Statement], str]]:
    """The cluster's connected parts: the one holding the statement the cluster is named
    after (else the largest) keeps the name, the others take their smallest id.
    Very large clusters are trusted as they are, the check being quadratic.
    """
    if len(members) <= 1 or len(members) > MAX_RECHECK:
        return [(members, label)] if members else []
    found = UnionFind(len(members))
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if found.find(i) != found.find(j) and is_copy(sets[members[i].id],
                                                          sets[members[j].id], params):
                found.union(i, j)
    parts: dict[int, list[Statement]] = {}
    for i, root in enumerate(found.labels().tolist()):
        parts.setdefault(root, []).append(members[i])
    ordered = sorted(parts.values(),
                     key=lambda p: (all(m.id != label for m in p), -len(p), p[0].id))
    return [(p, label if n == 0 else p[0].id) for n, p in enumerate(ordered)]


def _store_links(archive: Archive, members: list[Statement], cluster: str | None,
                 original: str | None) -> None:
    """Write cluster and original into the statement records, when the backend can; both
    are None for a statement with no copies (the link tables still name it its own cluster).
    """
    set_links = getattr(archive, "set_links", None)
    if set_links is None:
        return
    for member in members:
        if member.cluster != cluster or member.original != original:
            set_links(member.id, cluster=cluster, original=original)


def _tally(conn: sqlite3.Connection, report: LinkReport) -> None:
    row = conn.execute("SELECT count(*), coalesce(sum(size), 0), coalesce(max(size), 0) "
                       "FROM link_clusters WHERE size > 1").fetchone()
    report.clusters, report.in_clusters, report.largest = (int(v) for v in row)


def cluster_of(archive: Archive, statement_id: str) -> ClusterInfo:
    """The cluster of one statement as the last ``link_archive`` run left it.

    Raises:
        NotFoundError: the statement has not been linked (or does not exist).
    """
    conn = connection(archive, write=False)
    row = conn.execute("SELECT m.cluster, c.original FROM link_members m JOIN link_clusters c "
                       "ON c.cluster = m.cluster WHERE m.id=?", (statement_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no linked statement {statement_id!r} (run: communique link)")
    members = [r[0] for r in conn.execute("SELECT id FROM link_members WHERE cluster=? "
                                          "ORDER BY id", (row[0],))]
    return ClusterInfo(cluster=row[0], original=row[1], members=members)


def iter_clusters(archive: Archive, *, min_size: int = 2) -> Iterator[ClusterInfo]:
    """Every cluster with at least ``min_size`` members, largest first."""
    conn = connection(archive, write=False)
    rows = conn.execute("SELECT cluster, original FROM link_clusters WHERE size >= ? "
                        "ORDER BY size DESC, cluster", (min_size,)).fetchall()
    for cluster, original in rows:
        members = [r[0] for r in conn.execute("SELECT id FROM link_members WHERE cluster=? "
                                              "ORDER BY id", (cluster,))]
        yield ClusterInfo(cluster=cluster, original=original, members=members)
