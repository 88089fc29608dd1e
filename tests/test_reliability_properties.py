"""Property tests (hypothesis): no input makes a reader, ``parse_page`` or the query parser
raise anything but the declared errors, or run past a deadline.

Declared errors: ``InputError`` and ``PageDropped`` for pages, ``QueryError`` for
queries.  ``parse_page`` turns a stage's unexpected exception into an
``InputError`` whose ``__cause__`` is that exception; the ``*_no_stage_fails``
tests look for such hidden failures, which are bugs in the stage named by the
traceback.
"""

from __future__ import annotations

import functools
import gzip
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.errors import InputError, PageDropped, QueryError
from communique.models import Page, Source
from communique.pipeline import parse_page
from communique.report import Report
from communique.sources import iter_file_pages
from tests.reliability_data import velorian_html, velorian_jsonl_line, velorian_warc

QUICK = settings(max_examples=150, deadline=timedelta(seconds=3),
                 suppress_health_check=[HealthCheck.too_slow])
FILES = settings(max_examples=60, deadline=timedelta(seconds=3),
                 suppress_health_check=[HealthCheck.too_slow])

TAGS = ("div", "p", "span", "b", "i", "a", "table", "tr", "td", "ul", "li", "article", "main",
        "script", "style", "h1", "h2", "h3", "em", "time", "br", "img", "section", "blockquote",
        "title", "figure")
WORDS = st.sampled_from(["President", "Amara", "Velden", "Port Lessa", "Q:", "A:", "—",
                         "2024-03-01", "&amp;", "&#0;", "\u202e", "\x00", "<", ">", "\"", "'",
                         "Veloria", "\n",
                         "Question:", "Velden:", "12 %", "1,000,000", "Иван", "日本",
                         # Other sites' labels, dates and template lines.
                         "林晓：", "（記者）", "Presidenta.-", "سؤال:", "令和7年3月4日",
                         "2025.03.12", "***", "AV/RK", "Publication date: May 1", "Topics"])


@st.composite
def html_trees(draw: st.DrawFn, depth: int = 0) -> str:
    """HTML fragments: nested, unclosed, misnested tags with statement-like words."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 8 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.sampled_from(["", ' class="content"', ' itemprop="articleBody"',
                                          ' datetime="2024-03-01T10:00"', ' href="/x?a=1&b=2"',
                                          ' class="related"', ' href="/tag/x"', ' rel="tag"',
                                          ' class="category"']))
            inner = draw(html_trees(depth=depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}", "</div>"]))
            parts.append(f"<{tag}{attrs}>{inner}{close}")
        else:
            parts.append(" ".join(draw(st.lists(WORDS, max_size=12))))
    return "".join(parts)


def page(content: bytes | str, fmt: str) -> Page:
    return Page(content=content, format=fmt, source=Source(format=fmt, path="fuzz"),
                url="https://president.veloria.example/news/fuzz")


def parse_contained(content: bytes | str, fmt: str) -> None:
    try:
        parse_page(page(content, fmt))
    except (InputError, PageDropped):
        pass


def hidden_failure(content: bytes | str, fmt: str) -> BaseException | None:
    try:
        parse_page(page(content, fmt))
    except PageDropped:
        return None
    except InputError as exc:
        return exc.__cause__
    return None


@QUICK
@given(content=st.one_of(st.binary(max_size=3000), st.text(max_size=3000)),
       fmt=st.sampled_from(["html", "text", "markdown"]))
def test_parse_page_raises_only_declared_errors(content: bytes | str, fmt: str) -> None:
    parse_contained(content, fmt)


@QUICK
@given(body=html_trees(), head=st.sampled_from(["", "<title>Meeting in Port Lessa</title>",
                                                 '<meta charset="cp1251">']))
def test_html_structures_parse_or_drop(body: str, head: str) -> None:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    parse_contained(html, "html")
    parse_contained(html.encode("utf-8", "surrogatepass"), "html")


@QUICK
@given(body=html_trees())
def test_html_no_stage_fails(body: str) -> None:
    cause = hidden_failure(f"<html><body><main>{body}</main></body></html>", "html")
    assert cause is None, repr(cause)


@QUICK
@given(lines=st.lists(st.text(max_size=200), max_size=30),
       fmt=st.sampled_from(["text", "markdown"]))
def test_text_no_stage_fails(lines: list[str], fmt: str) -> None:
    cause = hidden_failure("\n".join(lines), fmt)
    assert cause is None, repr(cause)


def read_all(data: bytes, name: str) -> Report:
    report = Report()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            for found in iter_file_pages(path, report=report):
                # Decoded, or UTF-8 HTML kept as bytes that decode strictly.
                assert isinstance(found.content, str) or (
                    found.format == "html" and found.content.decode("utf-8") is not None)
        except InputError as exc:
            report.error(exc)
    return report


@FILES
@given(data=st.binary(max_size=5000), name=st.sampled_from(["x.txt", "x.html", "x.jsonl",
                                                            "x.md", "x.warc.gz"]))
def test_readers_raise_only_input_errors(data: bytes, name: str) -> None:
    read_all(data, name)


@functools.cache
def sample_warc(kind: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return velorian_warc(Path(folder) / "sample", 4, gzip=kind == "gz").read_bytes()


@FILES
@given(kind=st.sampled_from(["gz", "plain"]), data=st.data())
def test_warc_reader_survives_any_corruption(kind: str, data: st.DataObject) -> None:
    warc = bytearray(sample_warc(kind))
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(warc) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        if action == "flip":
            warc[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del warc[at:]
        elif action == "insert":
            warc[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        else:
            del warc[at:at + data.draw(st.integers(1, 200))]
        warc = warc or bytearray(b"WARC/1.0\r\n")
    report = read_all(bytes(warc), "x.warc.gz" if kind == "gz" else "x.warc")
    assert all(":" in message for message in report.errors)


@FILES
@given(lines=st.lists(st.one_of(st.binary(max_size=300),
                                st.sampled_from([velorian_jsonl_line(1), b"{}", b"[]", b"null",
                                                 b'{"text": "\\ud800 lone"}', b'{"html": 5}'])),
                      max_size=20))
def test_jsonl_reader_reports_each_bad_line(lines: list[bytes]) -> None:
    data = b"{}\n" + b"\n".join(line.replace(b"\n", b" ") for line in lines)
    report = read_all(data, "x.jsonl")
    assert all(" (offset " in message for message in report.errors)


@QUICK
@given(text=st.text(max_size=600))
def test_query_parser_raises_only_query_errors(text: str) -> None:
    query = pytest.importorskip("communique.search.query")
    index = pytest.importorskip("communique.store.index")
    analyzer = index.build_analyzer()
    try:
        node = query.parse_query(text, lambda words: list(analyzer.analyze(words)))
    except QueryError:
        return
    if node is not None:
        query.to_tantivy(node, index.build_schema(), ("title", "body"))


OPERATORS = st.sampled_from(["OR", "AND", "NOT", "-", "(", ")", '"', "*", "harbour", "Velden",
                             "port", "lessa*", "a", " ", "((", "))", "NOT NOT", "\u0301", "ǅ"])


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> str:
    from communique.pipeline import ingest_paths
    from communique.store import open_archive

    folder = tmp_path_factory.mktemp("props")
    (folder / "page.html").write_bytes(velorian_html(3))
    db = str(folder / "archive.db")
    with open_archive(db) as archive:
        ingest_paths([velorian_warc(folder / "v.warc.gz", 30)], archive, report=Report())
    return db


@settings(max_examples=100, deadline=timedelta(seconds=3),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(parts=st.lists(OPERATORS, max_size=40))
def test_search_raises_only_query_errors(small_archive: str, parts: list[str]) -> None:
    from communique.search import search
    from communique.store import open_archive

    with open_archive(small_archive, readonly=True) as archive:
        try:
            result = search(archive, " ".join(parts), page_size=5)
        except QueryError:
            return
    assert len(result.hits) == min(5, result.total)


def test_gzip_of_text_is_read_as_the_text_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_bytes(gzip.compress(b"President Amara Velden\n" * 50))
    report = Report()
    pages = list(iter_file_pages(path, report=report))
    assert not report.errors and "President Amara Velden" in pages[0].content
