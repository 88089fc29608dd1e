"""Hostile and broken input: each is refused (or read with a warning) with its file and offset,
within a stated memory bound, and the rest of the input is still ingested.

Each case runs ``communique ingest`` on a folder holding the bad file and,
after it in reading order, a good Velorian page; the child's peak resident
memory comes from ``os.wait4``.  Small samples live in ``tests/data/broken``
and ``tests/data/hostile`` (rewritten by ``python -m tests.reliability_data``);
the large ones are generated into ``tmp_path``.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from communique.config import Settings
from tests.conftest import DATA
from tests.reliability_archive import run_ingest
from tests.reliability_data import (
    CP1251_TEXT,
    LATIN1_TEXT,
    velorian_html,
    velorian_jsonl_line,
    write_warc,
)

MB = 1024 * 1024
# Memory bounds are stated over the peak of an ingest of the good page and of good pages in
# the bad inputs' languages (measured per run: about 110-300 MB, depending on what the other
# stages import), so that they bound what the bad input costs, not what the libraries weigh.
SMALL_MB = 80
PAGE_MB = Settings().max_page_bytes // (1024 * 1024)
BOMB_MB = 256  # decompressed size of the gzip bombs: many times the page limit
GOOD_TITLE = "Meeting with Lira Montevan on grain exports (1)"


@dataclass(frozen=True)
class Case:
    make: Callable[[Path], None]
    message: str  # a regular expression the summary on stderr must match
    extra_mb: int = SMALL_MB  # over the baseline
    titles: tuple[str, ...] = ()  # statements of the bad file that must still be stored
    exit_code: int = 1
    languages: tuple[str, ...] = ()  # of its good text: LANGUAGE_PAGES in the baseline


def copy(*names: str) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        for name in names:
            shutil.copy(DATA / name, folder / Path(name).name)
    return make


def huge_page(folder: Path) -> None:
    with (folder / "huge.html").open("wb") as fh:
        fh.write(b"<html><head><title>Huge</title></head><body>")
        block = b"<p>President Amara Velden spoke in Port Lessa.</p>\n" * 20_000
        while fh.tell() < 200 * MB:
            fh.write(block)
        fh.write(b"</body></html>")


def one_long_line(folder: Path) -> None:
    with (folder / "one-line.txt").open("wb") as fh:
        fh.write(b"A statement of fifty megabytes\n")
        chunk = b"President Amara Velden said the harbour of Port Lessa will reopen. " * 16_000
        while fh.tell() < 50 * MB:
            fh.write(chunk)
        fh.write(b"\n")


def one_long_json_line(folder: Path) -> None:
    with (folder / "long-line.jsonl").open("wb") as fh:
        fh.write(b'{"url": "https://gov.veloria.example/long", "text": "')
        chunk = b"President Amara Velden said the harbour of Port Lessa will reopen. " * 16_000
        while fh.tell() < 50 * MB:
            fh.write(chunk)
        fh.write(b'"}\n' + velorian_jsonl_line(7))


def deep_html(folder: Path) -> None:
    depth = 100_000
    (folder / "deep.html").write_bytes(
        b"<html><head><title>Deep</title></head><body>" + b"<div>" * depth
        + b"<p>President Amara Velden spoke.</p>" + b"</div>" * depth + b"</body></html>")


def zeros_gzip(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MB)
    return b"".join([packer.compress(block) for _ in range(size // MB)] + [packer.flush()])


def http_bomb(folder: Path) -> None:
    """A response whose gzip Content-Encoding inflates a quarter-megabyte into 256 MB."""
    gzip_header = [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]
    urls = [f"https://veloria.example/{n}" for n in range(3)]
    bodies = [velorian_html(10), zeros_gzip(BOMB_MB * MB), velorian_html(12)]
    write_warc(folder / "http-bomb.warc.gz", zip(urls, bodies, strict=True),
               headers={urls[1]: gzip_header})


def record_bomb(folder: Path) -> None:
    """A .warc.gz record whose gzip members inflate to a 256 MB record block."""
    path = folder / "record-bomb.warc.gz"
    write_warc(path, [("https://veloria.example/20", velorian_html(20))])
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://veloria.example/21"
            f"\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {BOMB_MB * MB}\r\n\r\n").encode()
    write_warc(folder / "tail.tmp", [("https://veloria.example/22", velorian_html(22))])
    with path.open("ab") as fh:
        fh.write(_gzip(head) + zeros_gzip(BOMB_MB * MB) + _gzip(b"\r\n\r\n"))
        fh.write((folder / "tail.tmp").read_bytes())
    (folder / "tail.tmp").unlink()


def _gzip(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    return packer.compress(data) + packer.flush()


def undeclared(name: str, text: str, encoding: str) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        shutil.copy(DATA / "hostile" / name, folder / name)
        assert text.encode(encoding) in (folder / name).read_bytes()
    return make


WARC_TITLES = tuple(f"({n})" for n in (9100, 9101, 9103, 9104))
CASES = {
    "empty-file": Case(copy("broken/empty.txt"), r"empty\.txt:offset 0: empty file"),
    "binary-file": Case(copy("hostile/binary.bin"),
                        r"binary\.bin:offset 0: binary data, not a text"),
    "200MB-page": Case(huge_page, r"huge\.html:offset 0: a page of 200\.\d MB is over the "
                                  rf"{PAGE_MB}\.0 MB limit \(max_page_bytes\)"),
    "50MB-line": Case(one_long_line, r"one-line\.txt:offset 0, position 31 in the page: a line "
                                     r"of 50\.\d MB is over the 4\.0 MB limit \(max_line_bytes\)",
                      extra_mb=SMALL_MB + 3 * 50),
    "50MB-json-line": Case(one_long_json_line, r"long-line\.jsonl:line 1 \(offset 0\), position 0 "
                                               r"in the page: a line of 50\.\d MB is over the "
                                               r"4\.0 MB limit", extra_mb=SMALL_MB + 4 * 50,
                           titles=("Statement 7 ",)),
    "html-nested-100000-deep": Case(deep_html, r"deep\.html:offset 0, position \d+ in the page: "
                                               r"HTML nested deeper than 3000 elements"),
    "gzip-bomb-in-http-body": Case(http_bomb, r"http-bomb\.warc\.gz:record 1 \(offset \d+\): the "
                                              rf"body decompresses to more than {PAGE_MB}\.0 MB",
                                   extra_mb=SMALL_MB + 2 * PAGE_MB, titles=("(10)", "(12)")),
    "gzip-bomb-warc-record": Case(record_bomb, r"record-bomb\.warc\.gz:record 1 \(offset \d+\): "
                                               rf"a page of 256\.0 MB is over the "
                                               rf"{PAGE_MB}\.0 MB limit",
                                  titles=("(20)", "(22)")),
    "truncated-warc-gz": Case(copy("broken/truncated.warc.gz"),
                              r"truncated\.warc\.gz:offset \d+: the file ends inside a gzip member",
                              titles=("(9000)", "(9001)", "(9002)")),
    "content-length-too-short": Case(
        copy("broken/wrong-length-short.warc"),
        r"wrong-length-short\.warc:record 2 \(offset 2993\): the record does not end where its "
        r"Content-Length \(1097\) says", titles=WARC_TITLES),
    "content-length-too-long": Case(
        copy("broken/wrong-length-long.warc"),
        r"wrong-length-long\.warc:record 2 \(offset 2993\): the record does not end where its "
        r"Content-Length \(1177\) says", titles=WARC_TITLES),
    "invalid-utf8": Case(copy("broken/invalid-utf8.html"),
                         r"warning .*invalid-utf8\.html:offset 0: invalid UTF-8 at byte 115; 1 "
                         r"character\(s\) replaced", titles=("(9300)",), exit_code=0),
    "cp1251-undeclared": Case(undeclared("cp1251.txt", CP1251_TEXT, "cp1251"),
                              r"warning .*cp1251\.txt:offset 0: no charset declared; decoded as "
                              r"cp1251", titles=("Встреча в Порт-Лессе",), exit_code=0,
                              languages=("ru.txt",)),
    "latin1-undeclared": Case(undeclared("latin1.html", LATIN1_TEXT, "latin-1"),
                              r"warning .*latin1\.html:offset 0: no charset declared; decoded as "
                              r"cp1252", titles=("Déclaration de Port Lessa",), exit_code=0,
                              languages=("fr.txt",)),
    "jsonl-broken-lines": Case(
        copy("broken/broken-lines.jsonl"),
        r"broken-lines\.jsonl:line 2 \(offset 292\): broken JSON line(?s:.*)"
        r"line 3 \(offset 348\): a JSON line must be an object(?s:.*)"
        r"line 4 \(offset 358\): no 'html' or 'text' string(?s:.*)"
        r"line 5 \(offset 399\): broken JSON line: 'utf-8' codec(?s:.*)"
        r"line 6 \(offset 424\): JSON nested too deeply",
        titles=("Statement 9200 ", "Statement 9201 "), languages=("de.txt",)),
}


def stored_titles(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] or "" for row in conn.execute("SELECT title FROM statements")]


# Good pages in the languages of the bad inputs: each language's word lists, names and
# places load on its first page, and weigh what they weigh whatever the input's faults.
LANGUAGE_PAGES = {"ru.txt": CP1251_TEXT, "fr.txt": LATIN1_TEXT,
                  "de.txt": ("Präsidentin Amara Velden hat heute in Port Lessa den Außenminister "
                             "von Saldovia empfangen. Beide Seiten unterzeichneten ein Abkommen "
                             "über den Getreidehandel und die nördliche Eisenbahn.")}


@pytest.fixture(scope="module")
def baselines(tmp_path_factory: pytest.TempPathFactory) -> Callable[[tuple[str, ...]], float]:
    """The peak memory of an ingest of the good page, with good pages in the bad input's
    languages (each measured once)."""
    measured: dict[tuple[str, ...], float] = {}

    def baseline(languages: tuple[str, ...]) -> float:
        if languages not in measured:
            folder = tmp_path_factory.mktemp("baseline")
            (folder / "input").mkdir()
            (folder / "input" / "zz-good.html").write_bytes(velorian_html(1))
            for name in languages:
                text = LANGUAGE_PAGES[name]
                (folder / "input" / name).write_text(f"{text[:40]}\n\n{text}\n",
                                                     encoding="utf-8")
            run = run_ingest([folder / "input"], folder / "archive.db")
            assert run.returncode == 0, run.stderr
            measured[languages] = run.peak_rss_mb
        return measured[languages]
    return baseline


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input_is_reported_and_the_rest_ingested(
        case: Case, tmp_path: Path, baselines: Callable[[tuple[str, ...]], float]) -> None:
    baseline_mb = baselines(case.languages)
    folder = tmp_path / "input"
    folder.mkdir()
    case.make(folder)
    (folder / "zz-good.html").write_bytes(velorian_html(1))  # read after the bad file
    run = run_ingest([folder], tmp_path / "archive.db")
    assert re.search(case.message, run.stderr), run.stderr
    assert run.returncode == case.exit_code, run.stderr
    bound = baseline_mb + case.extra_mb
    assert run.peak_rss_mb < bound, f"peak {run.peak_rss_mb:.0f} MB, bound {bound:.0f} MB"
    titles = stored_titles(tmp_path / "archive.db")
    assert GOOD_TITLE in titles
    for part in case.titles:
        assert any(part in title for title in titles), (part, titles)
    assert "Traceback" not in run.stderr
    print(f"peak {run.peak_rss_mb:.0f} MB = baseline {baseline_mb:.0f} + "
          f"{run.peak_rss_mb - baseline_mb:.0f} (allowed {case.extra_mb}), {run.seconds:.1f} s")


def test_text_of_undeclared_legacy_pages_is_read_right(tmp_path: Path) -> None:
    folder = tmp_path / "input"
    shutil.copytree(DATA / "hostile", folder, ignore=shutil.ignore_patterns("hostile.*"))
    run = run_ingest([folder], tmp_path / "archive.db")
    with sqlite3.connect(tmp_path / "archive.db") as conn:
        texts = " ".join(row[0] for row in conn.execute("SELECT text FROM statements"))
    assert CP1251_TEXT in texts and LATIN1_TEXT in texts, run.stderr


def test_the_page_cap_comes_from_the_config(tmp_path: Path) -> None:
    folder = tmp_path / "input"
    folder.mkdir()
    (folder / "two-mb.html").write_bytes(b"<html><body>" + b"<p>Velden</p>" * 160_000)
    (folder / "zz-good.html").write_bytes(velorian_html(1))
    run = run_ingest([folder], tmp_path / "archive.db", COMMUNIQUE_MAX_PAGE_BYTES="1000000")
    assert re.search(r"two-mb\.html:offset 0: a page of 2\.0 MB is over the 1\.0 MB limit "
                     r"\(max_page_bytes\)", run.stderr), run.stderr
    assert stored_titles(tmp_path / "archive.db") == [GOOD_TITLE]


def test_a_stage_failure_is_contained_to_its_page() -> None:
    from communique.models import Page, Source
    from communique.pipeline import iter_page_statements
    from communique.report import Report

    source = Source(format="warc", path="odd.warc.gz", index=4, offset=512)
    odd = Page(content=None, format="html", source=source)  # type: ignore[arg-type]
    good = Page(content=velorian_html(1).decode(), format="html",
                source=Source(format="html", path="good.html"),
                url="https://president.veloria.example/news/1")
    report = Report()
    found = list(iter_page_statements([odd, good], report=report))
    assert [s.title for s in found] == [GOOD_TITLE]
    assert report.errors == ["odd.warc.gz:record 4 (offset 512): a stage failed on this page "
                             "(AttributeError: 'NoneType' object has no attribute 'isascii')"]
