"""The SQLite archive: versions, generations, and the search index kept in step."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from communique.errors import ArchiveBusyError, ArchiveError, NotFoundError
from communique.search import search
from communique.store import add_all, open_archive
from communique.store.index import STAMP
from communique.store.sqlite import SQLiteArchive

from .veloria import INTERVIEW_ID, build_archive, corpus


def stamp(db_path: str) -> int:
    return int(json.loads((Path(db_path + ".index") / STAMP).read_text())["generation"])


def test_add_then_get_round_trips(db_path: str) -> None:
    build_archive(db_path)
    with open_archive(db_path, readonly=True) as archive:
        assert archive.count() == len(corpus())
        got = archive.get(INTERVIEW_ID)
    assert got.to_dict() == corpus()[0].to_dict()


@pytest.mark.parametrize(("fetched", "expected_current"), [
    (("2024-01-01", "2024-02-01"), "second"),
    (("2024-02-01", "2024-01-01"), "first"),
    ((None, None), "second"),
], ids=["in-order", "older-crawl-later", "undated"])
def test_changed_text_keeps_both_versions(db_path: str, fetched: tuple, expected_current: str
                                          ) -> None:
    base = corpus()[0]
    first = replace(base, text=base.text + "\nfirst", source=replace(base.source,
                                                                     fetched_at=fetched[0]))
    second = replace(base, text=base.text + "\nsecond", source=replace(base.source,
                                                                       fetched_at=fetched[1]))
    with open_archive(db_path) as archive:
        outcomes = [r.outcome for r in add_all(archive, [first, second, first])]
    assert outcomes == ["added", "new_version", "unchanged"]
    with open_archive(db_path, readonly=True) as archive:
        versions = archive.versions(base.id)
        assert [v.current for v in versions] == [False, True]
        assert archive.get(base.id).text.endswith(expected_current)
        older = "first" if expected_current == "second" else "second"
        assert archive.get(base.id, version=1).text.endswith(older)
        assert archive.count() == 1


def test_unknown_ids_and_versions_raise_not_found(db_path: str) -> None:
    build_archive(db_path)
    with open_archive(db_path, readonly=True) as archive:
        with pytest.raises(NotFoundError, match="no statement 'nope'"):
            archive.get("nope")
        with pytest.raises(NotFoundError, match="no version 9 of statement"):
            archive.get(INTERVIEW_ID, version=9)
        with pytest.raises(NotFoundError):
            archive.versions("nope")
        assert [s.id for s in archive.get_many(["nope", INTERVIEW_ID])] == [INTERVIEW_ID]


def test_readonly_archive_refuses_writes_and_missing_files(db_path: str) -> None:
    with pytest.raises(ArchiveError, match="no such archive"):
        open_archive(db_path, readonly=True)
    build_archive(db_path)
    with open_archive(db_path, readonly=True) as archive, pytest.raises(ArchiveError):
        archive.add(corpus()[0])


def test_each_commit_raises_the_generation_and_the_index_follows(db_path: str) -> None:
    with open_archive(db_path) as archive:
        add_all(archive, corpus()[:3])
        assert archive.generation() == 1
        archive.commit()  # nothing changed: the generation stays
        assert archive.generation() == 1
        add_all(archive, corpus()[3:])
        assert archive.generation() == 2
        assert [g for g, _ in archive.iter_changed(1)] == [2] * (len(corpus()) - 3)
    assert stamp(db_path) == 2


def test_index_behind_the_database_catches_up_on_open(db_path: str) -> None:
    build_archive(db_path)
    saved = Path(db_path + ".saved")
    shutil.copytree(db_path + ".index", saved)
    new = replace(corpus()[0], id="f00000000000000a", title="Lighthouse keepers' interview")
    with open_archive(db_path) as archive:
        add_all(archive, [new])
    # as if the process died between the database commit and the index commit
    shutil.rmtree(db_path + ".index")
    shutil.copytree(saved, db_path + ".index")
    assert stamp(db_path) == 1
    with open_archive(db_path, readonly=True) as archive:
        assert search(archive, "keepers").total == 1
        assert search(archive, "").total == len(corpus()) + 1
    assert stamp(db_path) == 2


@pytest.mark.parametrize("damage", ["missing", "ahead", "other-layout"])
def test_index_missing_or_out_of_step_is_rebuilt(db_path: str, damage: str) -> None:
    build_archive(db_path)
    folder = Path(db_path + ".index")
    if damage == "missing":
        shutil.rmtree(folder)
    else:
        data = {"layout": 1, "generation": 99} if damage == "ahead" else \
            {"layout": 0, "generation": 1}
        (folder / STAMP).write_text(json.dumps(data))
    with open_archive(db_path) as archive:
        assert search(archive, "harbour").total == 5
        assert search(archive, "").total == len(corpus())
    assert stamp(db_path) == 1


def test_new_version_replaces_the_indexed_text(db_path: str) -> None:
    build_archive(db_path)
    changed = replace(corpus()[0], text="The observatory opened.", turns=[])
    with open_archive(db_path) as archive:
        add_all(archive, [changed])
        assert search(archive, "observatory").total == 1
        assert INTERVIEW_ID not in {h.statement.id for h in search(archive, "lighthouse").hits}


def test_set_links_changes_the_record_in_place(db_path: str) -> None:
    build_archive(db_path)
    with SQLiteArchive(db_path) as archive:
        before = (archive.generation(), archive.versions(INTERVIEW_ID))
        archive.set_links(INTERVIEW_ID, cluster="c1", original=INTERVIEW_ID)
        archive.commit()
        assert (archive.generation(), archive.versions(INTERVIEW_ID)) == before
    with open_archive(db_path, readonly=True) as reader:
        current = reader.get(INTERVIEW_ID)
        again = reader.get(INTERVIEW_ID, version=1)
        members = reader.cluster_members("c1")  # type: ignore[attr-defined]
    assert (current.cluster, current.original) == ("c1", INTERVIEW_ID)
    assert again.to_dict() == current.to_dict()
    assert [m.id for m in members] == [INTERVIEW_ID]
    assert replace(current, cluster=None, original=None).to_dict() == corpus()[0].to_dict()


def test_set_links_on_an_unknown_statement(db_path: str) -> None:
    build_archive(db_path)
    with SQLiteArchive(db_path) as archive, pytest.raises(NotFoundError) as exc:
        archive.set_links("nope", cluster="c1", original="nope")
    assert str(exc.value) == "no statement 'nope'"


def test_a_later_writer_never_reuses_a_generation(db_path: str) -> None:
    first, second = corpus()[:2]
    with open_archive(db_path) as b:
        with open_archive(db_path) as a:
            add_all(a, [first])
        # b opened before a committed: it must read the generation again when it writes
        add_all(b, [second])
        assert b.generation() == 2
    with open_archive(db_path, readonly=True) as reader:
        assert sorted(s.id for _, s in reader.iter_changed(1)) == [second.id]


def test_a_writer_kept_waiting_fails_clearly(db_path: str) -> None:
    build_archive(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        with SQLiteArchive(db_path, busy_seconds=0.1) as archive:
            holder.execute("BEGIN IMMEDIATE")
            with pytest.raises(ArchiveBusyError) as exc:
                archive.add(replace(corpus()[0], text="changed"))
            assert str(exc.value) == (
                f"{db_path}: the archive is busy: another process has been writing to it for "
                "more than 0.1 s; try again when it has finished")
            holder.execute("ROLLBACK")
            assert archive.add(replace(corpus()[0], text="changed")).outcome == "new_version"
    finally:
        holder.close()
