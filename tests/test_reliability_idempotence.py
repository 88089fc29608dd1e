"""Idempotence: the same inputs ingested twice, or in another order, give the same archive."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from communique.pipeline import ingest_paths
from communique.report import Report
from communique.store import open_archive
from tests.reliability_archive import fingerprint
from tests.reliability_data import (
    velorian_html,
    velorian_jsonl_line,
    velorian_warc,
    write_warc,
)


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    """One file of each kind: WARC, plain WARC, JSON Lines, HTML, text, Markdown."""
    folder = tmp_path / "in"
    folder.mkdir()
    jsonl = folder / "statements.jsonl"
    jsonl.write_bytes(b"".join(velorian_jsonl_line(i) for i in range(100, 120)))
    (folder / "page.html").write_bytes(velorian_html(200))
    (folder / "dump.txt").write_text("Address to the nation\nPresident Amara Velden spoke to "
                                     "the people of Veloria from Port Lessa.\n", "utf-8")
    (folder / "note.md").write_text("---\ntitle: Letter to the fishermen\n---\n\nPresident "
                                    "Amara Velden thanked the fishermen of Port Lessa.\n", "utf-8")
    return [velorian_warc(folder / "a.warc.gz", 40), velorian_warc(folder / "b.warc", 30,
                                                                   gzip=False, first=40),
            jsonl, folder / "page.html", folder / "dump.txt", folder / "note.md"]


def ingest(paths: list[Path], db: Path) -> Report:
    report = Report()
    with open_archive(str(db)) as archive:
        ingest_paths(paths, archive, report=report, batch_size=7)
    assert not report.errors, report.errors
    return report


def test_ingesting_twice_changes_nothing(inputs: list[Path], tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    first = ingest(inputs, db)
    before = fingerprint(db)
    second = ingest(inputs, db)
    assert (second.files_skipped, second.pages, second.added) == (len(inputs), 0, 0)
    assert fingerprint(db) == before
    assert first.added == len(before["statements"]) == 40 + 30 + 20 + 3


def test_changed_files_read_again_add_nothing(inputs: list[Path], tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    ingest(inputs, db)
    before = fingerprint(db)
    for path in inputs:
        os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    again = ingest(inputs, db)
    assert (again.files_skipped, again.added, again.new_versions) == (0, 0, 0)
    assert again.unchanged == len(before["statements"])
    assert fingerprint(db) == before


@pytest.mark.parametrize("order", ["reversed", "interleaved"])
def test_another_order_gives_the_same_archive(inputs: list[Path], tmp_path: Path,
                                              order: str) -> None:
    ingest(inputs, tmp_path / "forward.db")
    shuffled = inputs[::-1] if order == "reversed" else inputs[1::2] + inputs[0::2]
    ingest(shuffled, tmp_path / "other.db")
    assert fingerprint(tmp_path / "other.db") == fingerprint(tmp_path / "forward.db")


def test_recrawls_in_any_order_give_the_same_versions(tmp_path: Path) -> None:
    url = "https://president.veloria.example/news/7"
    crawls = []
    for n, day in enumerate(("2024-03-01", "2024-04-01", "2024-05-01")):
        body = velorian_html(7).replace(b"paragraph 3", f"paragraph 3 (revision {n})".encode())
        crawls.append(write_warc(tmp_path / f"crawl-{day}.warc.gz", [(url, body)],
                                 warc_date=f"{day}T00:00:00Z"))
    ingest(crawls, tmp_path / "forward.db")
    ingest(crawls[::-1], tmp_path / "backward.db")
    ingest([crawls[1], crawls[2], crawls[0]], tmp_path / "mixed.db")
    expected = fingerprint(tmp_path / "forward.db")
    assert len(expected["versions"]) == 3 and len(expected["statements"]) == 1
    assert fingerprint(tmp_path / "backward.db") == expected
    assert fingerprint(tmp_path / "mixed.db") == expected


def test_crawl_times_in_other_precisions_and_zones_order_the_versions(tmp_path: Path) -> None:
    # As text, "10:00Z" sorts after "10:00:30Z" and "12:30:00+02:00" (10:30 UTC) after
    # "10:45:00Z": crawls are ordered by the times they state, not by their text.
    url = "https://president.veloria.example/news/8"
    stamps = ("2024-06-01T10:00Z", "2024-06-01T10:00:30Z", "2024-06-01T12:30:00+02:00",
              "2024-06-01T10:45:00Z")
    crawls = []
    for n, stamp in enumerate(stamps):
        body = velorian_html(8).replace(b"paragraph 3", f"paragraph 3 (revision {n})".encode())
        crawls.append(write_warc(tmp_path / f"crawl-{n}.warc.gz", [(url, body)],
                                 warc_date=stamp))
    ingest(crawls[::-1], tmp_path / "archive.db")
    with sqlite3.connect(tmp_path / "archive.db") as conn:
        text = conn.execute("SELECT text FROM statements").fetchone()[0]
        fetched = [row[0] for row in conn.execute("SELECT fetched_at FROM versions ORDER BY "
                                                  "version")]
    assert "revision 3" in text
    assert fetched == ["2024-06-01T10:00:00Z", "2024-06-01T10:00:30Z", "2024-06-01T10:30:00Z",
                       "2024-06-01T10:45:00Z"]


def test_a_text_that_comes_back_is_the_current_version_again(tmp_path: Path) -> None:
    # Published (A), edited (B), the edit withdrawn (A): the newest crawl is current.
    url = "https://president.veloria.example/news/9"
    texts = [b"paragraph 3", b"paragraph 3 (an edit since withdrawn)", b"paragraph 3"]
    crawls = [write_warc(tmp_path / f"crawl-{n}.warc.gz",
                         [(url, velorian_html(9).replace(b"paragraph 3", text))],
                         warc_date=f"2024-0{n + 3}-01T00:00:00Z")
              for n, text in enumerate(texts)]
    ingest(crawls, tmp_path / "forward.db")
    ingest(crawls[::-1], tmp_path / "backward.db")
    expected = fingerprint(tmp_path / "forward.db")
    assert len(expected["versions"]) == 3
    assert fingerprint(tmp_path / "backward.db") == expected
    with sqlite3.connect(tmp_path / "forward.db") as conn:
        assert "withdrawn" not in conn.execute("SELECT text FROM statements").fetchone()[0]
    ingest(crawls, tmp_path / "forward.db")  # the same crawls again add nothing
    assert fingerprint(tmp_path / "forward.db") == expected


def test_one_page_under_tracking_parameters_is_one_statement(tmp_path: Path) -> None:
    body = velorian_html(10)
    urls = ["https://president.veloria.example/news/10",
            "https://President.Veloria.example/news/10?utm_source=feed&utm_medium=rss",
            "https://president.veloria.example/news/10?fbclid=abc#comments"]
    crawls = [write_warc(tmp_path / f"c{n}.warc.gz", [(url, body)],
                         warc_date=f"2024-0{n + 3}-01T00:00:00Z") for n, url in enumerate(urls)]
    ingest(crawls, tmp_path / "archive.db")
    with sqlite3.connect(tmp_path / "archive.db") as conn:
        assert conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM versions").fetchone()[0] == 1
