"""The readers: formats sniffed, records found at their offsets, bad records reported, bounds
kept."""

from __future__ import annotations

import codecs
import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    TooLargeError,
)
from communique.models import Page, Source
from communique.pipeline import iter_statements
from communique.report import Report
from communique.sources import iter_file_pages, iter_pages, iter_paths, sniff_format
from communique.sources.encoding import decode_page, html_content
from communique.sources.limits import Limits, check_page, html_trouble
from tests.reliability_data import (
    CP1251_TEXT,
    velorian_html,
    velorian_jsonl_line,
    velorian_warc,
    write_warc,
)


@pytest.mark.parametrize(("head", "name", "expected"), [
    (b"WARC/1.0\r\n", "x", "warc"),
    (gzip.compress(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n"), "x.warc.gz", "warc"),
    (b'{"url": "u", "text": "t"}\n', "x", "jsonl"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html>", "x", "html"),
    (b"---\ntitle: t\n---\nbody", "x", "markdown"),
    (b"Title\nbody", "x.md", "markdown"),
    (b"Title\nbody", "x.txt", "text"),
    (b"\x1f\x8b" + b"\xff" * 20, "x.gz", "binary"),
    (b"Title: Talks in Lessa\n\nURL Source: https://gov.vl/n/4\n\nPublished Time: 2025-03-04\n\n"
     b"Markdown Content:\n[Home](/) > News\n", "x.txt", "markdown"),
    (b"Title: Talks in Lessa\r\nURL Source: https://gov.vl/n/4\r\nMarkdown Content:\r\nText",
     "export", "markdown"),
    # A dump's own header of fields is text, whatever it says after it.
    (b"Title: Talks in Lessa\nURL: https://gov.vl/n/4\n\nPresident Talvane met ...\n"
     b"Markdown Content: none\n", "x.txt", "text"),
    # A converter's Markdown without front matter, whatever its name; a "# " line alone is text.
    (b"# Interview to the Lessa Herald\n\n24 September 2021, 12:10\n\n**Question:** And the "
     b"harbour?\n", "x.txt", "markdown"),
    (b"Menu\n# Interview to the Lessa Herald\nThe President answered.\n", "x.txt", "text"),
], ids=["warc", "warc-gz", "jsonl", "html-bom", "front-matter", "md-name", "text", "bad-gzip",
        "reader-export", "reader-export-crlf", "fields-dump", "converter-markdown",
        "a-hash-line"])
def test_sniff_format(head: bytes, name: str, expected: str) -> None:
    assert sniff_format(head, name=name) == expected


def test_folders_expand_sorted_without_hidden_or_index_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a/c.html", ".hidden", "index.jsonl", "a/gold.jsonl"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])] == \
        ["a/c.html", "b.txt"]


def pages_of(path: Path, **options: object) -> tuple[list[Page], Report]:
    report = Report()
    return list(iter_file_pages(path, report=report, **options)), report  # type: ignore[arg-type]


@pytest.mark.parametrize("compressed", [True, False], ids=["warc-gz", "warc"])
def test_warc_offsets_are_those_of_an_independent_reader(tmp_path: Path,
                                                         compressed: bool) -> None:
    path = velorian_warc(tmp_path / "v.warc", 6, gzip=compressed)
    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        expected = [(records.get_record_offset(), r.rec_headers.get_header("WARC-Target-URI"))
                    for r in records]
    pages, report = pages_of(path)
    assert [(p.source.offset, p.url) for p in pages] == expected
    assert [p.source.index for p in pages] == list(range(6))
    assert not report.errors
    # UTF-8 HTML leaves as its bytes (the parser's fast path), anything else decoded.
    assert all(isinstance(p.content, bytes if p.format == "html" else str) for p in pages)


HTML_UTF8 = "<html><head><title>Port Lessa</title></head><body>Café</body></html>"


@pytest.mark.parametrize(("data", "charset", "kept"), [
    (HTML_UTF8.encode(), None, True),
    (HTML_UTF8.encode(), "utf-8", True),
    (HTML_UTF8.encode(), "UTF8", True),
    (HTML_UTF8.replace("<head>", '<head><meta charset="windows-1251">').encode(), None, False),
    (HTML_UTF8.encode(), "windows-1251", False),
    (HTML_UTF8.encode("cp1252"), None, False),
    (b"\xef\xbb\xbf" + HTML_UTF8.encode(), None, False),
], ids=["plain", "utf-8-header", "utf8-alias", "other-meta", "other-header", "not-utf-8", "bom"])
def test_html_content_keeps_bytes_only_beyond_doubt(data: bytes, charset: str | None,
                                                    kept: bool) -> None:
    content, decoded = html_content(data, charset=charset)
    assert (content is data) == kept and (decoded is None) == kept
    if not kept:  # the decoder's text, exactly as before
        assert decoded is not None and content == decode_page(data, charset=charset).text


@pytest.mark.parametrize(("data", "error"), [
    (b"  \n ", EmptyInputError), (b"<html>\x00\x01\x02\x03\x04</html>" * 4, BinaryInputError),
], ids=["empty", "binary"])
def test_html_content_refuses_what_decode_page_refuses(data: bytes, error: type) -> None:
    with pytest.raises(error):
        html_content(data)


def test_warc_resumes_after_the_records_done(tmp_path: Path) -> None:
    path = velorian_warc(tmp_path / "v.warc.gz", 6)
    pages, _ = pages_of(path, start=4)
    assert [p.source.index for p in pages] == [4, 5]


def response(writer: WARCWriter, url: str, body: bytes, headers: list[tuple[str, str]],
             status: str = "200 OK") -> None:
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  http_headers=http))


def test_warc_responses_that_are_no_pages_are_counted_not_failed(tmp_path: Path) -> None:
    path = tmp_path / "mixed.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        response(writer, "https://v.example/logo.png", b"\x89PNG\r\n", [("Content-Type",
                                                                         "image/png")])
        response(writer, "https://v.example/old", b"", [("Location", "/new")],
                 "301 Moved Permanently")
        writer.write_record(writer.create_warc_record("https://v.example/", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n")))
        response(writer, "https://v.example/ok", velorian_html(1),
                 [("Content-Type", "text/html")])
    pages, report = pages_of(path)
    assert [p.url for p in pages] == ["https://v.example/ok"]
    assert pages[0].source.index == 3
    assert dict(report.dropped) == {"not a page (image/png)": 1, "HTTP status 301": 1}
    # The request holds no page: passed over, yet named in the summary with its type.
    assert dict(report.other_records) == {"request": 1}
    assert "passed over 1 WARC record(s) that hold no page: 1 request" in report.lines()
    # Each skipped page is named by its URL, so that it can be found again.
    assert "skipped 1 page(s): HTTP status 301 (https://v.example/old)" in report.lines()
    assert report.to_dict()["dropped_examples"] == {
        "not a page (image/png)": ["https://v.example/logo.png"],
        "HTTP status 301": ["https://v.example/old"]}
    assert not report.errors


WET_TEXT = ("Telephone conversation with the President of Saldovia\n3 March 2026, 14:20\n"
            "Amara Velden had a telephone conversation with the President of Saldovia, "
            "Oskar Lind.\nThe two presidents discussed trade across the Lessa strait.\n")


def conversion(writer: WARCWriter, url: str, text: str, refers_to: str,
               content_type: str = "text/plain") -> None:
    writer.write_record(writer.create_warc_record(
        url, "conversion", payload=io.BytesIO(text.encode()), warc_content_type=content_type,
        warc_headers_dict={"WARC-Refers-To": refers_to, "WARC-Date": "2026-03-04T10:00:00Z"}))


def test_wet_conversion_records_are_text_pages(tmp_path: Path) -> None:
    # Common Crawl's WET files: the crawler's text of each page, in conversion records.
    path = tmp_path / "crawl.warc.wet.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        conversion(writer, "https://president.veloria.example/news/101", WET_TEXT,
                   "<urn:uuid:00000000-0000-0000-0000-000000000001>")
        conversion(writer, "https://president.veloria.example/logo.png", "PNG 64x64",
                   "<urn:uuid:00000000-0000-0000-0000-000000000002>", "image/png")
    pages, report = pages_of(path)
    assert [(p.format, p.url) for p in pages] == [
        ("text", "https://president.veloria.example/news/101")]
    assert pages[0].source.fetched_at == "2026-03-04T10:00:00Z"
    assert dict(report.dropped) == {"not a page (image/png)": 1}
    from communique.extract import extract_documents
    doc = extract_documents(pages[0])[0]
    assert doc.title == "Telephone conversation with the President of Saldovia"
    assert doc.published_at == "2026-03-03T14:20"
    assert doc.site == "president.veloria.example"


def test_a_conversion_of_a_response_read_is_passed_over(tmp_path: Path) -> None:
    # A crawl that keeps both the page and its text: the page is the better version.
    path = tmp_path / "both.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://v.example/ok", "response",
                                           payload=io.BytesIO(velorian_html(1)),
                                           http_headers=http)
        writer.write_record(record)
        conversion(writer, "https://v.example/ok", WET_TEXT,
                   record.rec_headers.get_header("WARC-Record-ID"))
    pages, report = pages_of(path)
    assert [p.format for p in pages] == ["html"]
    assert dict(report.other_records) == {"conversion of a page read": 1}


def test_warc_bodies_are_unchunked_and_decompressed(tmp_path: Path) -> None:
    html = velorian_html(2)
    packed = gzip.compress(html)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part)
                       for part in (packed[:100], packed[100:])) + b"0\r\n\r\n"
    path = write_warc(tmp_path / "coded.warc", [("https://v.example/2", chunked)], gzip=False,
                      headers={"https://v.example/2": [
                          ("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"),
                          ("Content-Encoding", "gzip")]})
    pages, report = pages_of(path)
    assert pages[0].content == html and not report.errors  # UTF-8 HTML: kept as bytes


def test_warc_charset_from_the_http_header(tmp_path: Path) -> None:
    body = f"<html><body><p>{CP1251_TEXT}</p></body></html>".encode("cp1251")
    path = write_warc(tmp_path / "cp.warc.gz", [("https://v.example/ru", body)],
                      headers={"https://v.example/ru": [("Content-Type",
                                                         "text/html; charset=windows-1251")]})
    pages, report = pages_of(path)
    assert CP1251_TEXT in pages[0].content and not report.warnings


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_a_servers_default_latin_1_on_a_page_in_utf_8(tmp_path: Path, encoding: str) -> None:
    # "ISO-8859-1" is many servers' default whatever the page: valid UTF-8 is UTF-8.
    body = "<html><body><p>Discours du Président à Lessa</p></body></html>".encode(encoding)
    path = write_warc(tmp_path / "l1.warc.gz", [("https://v.example/fr", body)],
                      headers={"https://v.example/fr": [("Content-Type",
                                                         "text/html; charset=ISO-8859-1")]})
    pages, _ = pages_of(path)
    assert "Président à Lessa" in str(pages[0].content)


def test_warc_header_without_length_is_reported_and_skipped(tmp_path: Path) -> None:
    good = velorian_warc(tmp_path / "g.warc", 2, gzip=False).read_bytes()
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\n\r\nnothing\r\n\r\n" + good)
    pages, report = pages_of(path)
    assert len(pages) == 2
    assert report.errors == [f"{path}:record 0 (offset 0): missing or invalid Content-Length"]


def test_jsonl_lines_over_the_limit_are_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    big = b'{"text": "' + b"x" * 5000 + b'"}\n'
    path.write_bytes(velorian_jsonl_line(1) + big + velorian_jsonl_line(2))
    pages, report = pages_of(path, limits=Limits(max_page_bytes=1000))
    assert [p.source.index for p in pages] == [0, 2]
    offset = len(velorian_jsonl_line(1))
    assert report.errors == [f"{path}:line 2 (offset {offset}): a line of 0.0 MB is over the "
                             "0.0 MB limit (max_page_bytes)"]


def test_jsonl_resume_and_lone_surrogates(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(velorian_jsonl_line(1) + b'{"title": "\\ud800", "text": "a \\udfff b"}\n')
    pages, report = pages_of(path, start=1)
    assert [(p.source.index, p.content, p.meta["title"]) for p in pages] == [(1, "a ? b", "?")]


def test_a_file_over_the_page_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(b"<html><body>" + b"<p>Velden</p>" * 1000)
    with pytest.raises(TooLargeError, match=r"big\.html:offset 0: a page of 0\.0 MB"):
        pages_of(path, limits=Limits(max_page_bytes=5000))


@pytest.mark.parametrize(("data", "encoding", "note"), [
    ("Velden à Port Lessa".encode("utf-8-sig"), "utf-8-sig", None),
    ('<meta charset="koi8-r"><p>Велден'.encode("koi8_r"), "koi8-r", None),
    ("Velden à Port Lessa".encode(), "utf-8", None),
    ("Velden à Port Lessa, café ".encode() * 20 + b"\xff", "utf-8",
     "invalid UTF-8 at byte 560; 1 character(s) replaced by U+FFFD"),
    ((CP1251_TEXT * 3).encode("cp1251"), "cp1251", "no charset declared; decoded as cp1251 "
                                                   "(a guess)"),
], ids=["bom", "declared", "utf8", "broken-utf8", "cp1251-guessed"])
def test_decode_page(data: bytes, encoding: str, note: str | None) -> None:
    decoded = decode_page(data)
    assert (decoded.encoding, decoded.note) == (encoding, note)


@pytest.mark.parametrize(("data", "error"), [
    (b"  \n\t", EmptyInputError), (b"\x00\x01\x02PK\x03\x04" * 10, BinaryInputError),
], ids=["blank", "binary"])
def test_decode_page_refuses(data: bytes, error: type[InputError]) -> None:
    with pytest.raises(error):
        decode_page(data, path="p.html")
    assert issubclass(error, InputError) and not issubclass(error, DecodeError)


@pytest.mark.parametrize(("html", "trouble"), [
    ("<div>" * 15 + "</div>" * 15 + "<div></div>" * 100, None),
    ("<p>one" * 10_000, None),  # unclosed paragraphs close themselves
    ("<li>x<br><img src=a>" * 10_000, None),
    ("<title>t</title><script>" + "<div>" * 5000 + "</script><div>x</div>" * 100, None),
    ("<b>" * 40, (15 * 3, "nested deeper than 15 elements")),  # the 16th <b>
    ("<section><div>" * 20, (7 * 14 + 9, "nested deeper than 15 elements")),
    ("<script>x</script>" * 20 + "<i>" * 16, (20 * 18 + 15 * 3, "nested deeper than 15 elements")),
    ("<select>" + "<option>x" * 100, (8 + 60 * 9, "more than 60 <option> elements")),
], ids=["balanced", "unclosed-p", "void-and-li", "raw-text", "unclosed-b", "unclosed-div",
        "after-scripts", "options"])
def test_html_trouble(html: str, trouble: tuple[int, str] | None) -> None:
    assert html_trouble(html, 15) == trouble


def test_check_page_names_the_record(tmp_path: Path) -> None:
    page = Page(content="<div>" * 50, format="html",
                source=Source(format="warc", path="c.warc.gz", index=7, offset=4096))
    with pytest.raises(TooLargeError) as caught:
        check_page(page, Limits(max_html_depth=10))
    assert str(caught.value) == ("c.warc.gz:record 7 (offset 4096), position 50 in the page: "
                                 "HTML nested deeper than 10 elements")


def test_warc_gz_resync_after_a_wrong_length_keeps_offsets(tmp_path: Path) -> None:
    path = velorian_warc(tmp_path / "v.warc.gz", 6)
    data = path.read_bytes()
    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        starts = [records.get_record_offset() for _ in records] + [len(data)]
    member = gzip.decompress(data[starts[2]:starts[3]])
    at = member.index(b"Content-Length: ") + len(b"Content-Length: ")
    end = member.index(b"\r\n", at)
    broken = member[:at] + str(int(member[at:end]) + 25).encode() + member[end:]
    path.write_bytes(data[:starts[2]] + gzip.compress(broken) + data[starts[3]:])
    pages, report = pages_of(path)
    assert [p.source.index for p in pages] == [0, 1, 3, 4, 5]
    assert [p.source.offset for p in pages[2:]] == [
        starts[2] + len(gzip.compress(broken)) + s - starts[3] for s in starts[3:6]]
    assert report.errors == [f"{path}:record 2 (offset {starts[2]}): the record does not end "
                             "where its Content-Length (1122) says: the length is wrong"]


@pytest.mark.parametrize(("record", "fmt"), [
    ({"url": "https://v.example/1", "html": "<p>The harbour opens.</p>"}, "html"),
    ({"url": "https://v.example/1", "raw_html": "<p>The harbour opens.</p>"}, "html"),
    ({"url": "https://v.example/1", "content": "<html><body><p>The harbour opens.</p>"}, "html"),
    ({"url": "https://v.example/1", "content": "The harbour opens."}, "text"),
    ({"url": "https://v.example/1", "body": "The harbour opens."}, "text"),
], ids=["html", "raw_html", "content-markup", "content-text", "body"])
def test_jsonl_pages_in_the_fields_scrapers_write(tmp_path: Path, record: dict,
                                                  fmt: str) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({**record, "title": "Harbour"}) + "\n", encoding="utf-8")
    [page] = list(iter_file_pages(path, report=Report()))
    assert (page.format, page.url, page.meta["title"]) == (fmt, "https://v.example/1", "Harbour")
    assert "The harbour opens." in str(page.content)


def one_record(path: Path, body: bytes, http_headers: list[tuple[str, str]],
               warc_headers: dict[str, str] | None = None) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        http = StatusAndHeaders("200 OK", http_headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://v.example/a", "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict=warc_headers))
    return path


def test_truncated_records_are_no_version_of_a_page(tmp_path: Path) -> None:
    page = b"<html><body><h1>Harbour</h1><p>" + b"The harbour opens. " * 200 + b"</p></body></html>"
    said = one_record(tmp_path / "said.warc", page, [("Content-Type", "text/html")],
                      {"WARC-Truncated": "length"})
    pages, report = pages_of(said)
    assert pages == [] and "truncated by the crawler (length)" in report.dropped
    page = page.replace(b"</p>", " ".join(map(str, range(3000))).encode() + b"</p>")
    body = gzip.compress(page)
    cut = one_record(tmp_path / "cut.warc", body[:len(body) // 2],
                     [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
    pages, report = pages_of(cut)
    assert pages == [] and "cut short" in report.errors[0]


@pytest.mark.parametrize("coding", ["br", "deflate", "gzip"])
def test_bodies_stored_decoded_under_their_coding(tmp_path: Path, coding: str) -> None:
    page = b"<!DOCTYPE html><html><body><h1>Harbour</h1><p>The harbour opens.</p></body></html>"
    path = one_record(tmp_path / "d.warc", page, [("Content-Type", "text/html"),
                                                  ("Content-Encoding", coding)])
    pages, report = pages_of(path)
    assert len(pages) == 1 and not report.errors


def test_crawl_leftovers_are_skipped_not_failed(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
    path = one_record(tmp_path / "img.warc", png, [("Server", "x")])
    pages, report = pages_of(path)
    assert pages == [] and not report.errors and report.dropped


def test_gzip_files_hidden_folders_and_one_line_texts(tmp_path: Path) -> None:
    (tmp_path / "pages.jsonl.gz").write_bytes(gzip.compress(velorian_jsonl_line(1)))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(
        b"<html><body><h1>Harbour</h1><p>The harbour opens in May.</p></body></html>"))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    assert sorted(p.name for p in iter_paths([tmp_path])) == ["page.html.gz", "pages.jsonl.gz"]
    report = Report()
    pages = [p for f in iter_paths([tmp_path]) for p in iter_file_pages(f, report=report)]
    assert len(pages) == 2 and not report.errors
    assert "Harbour" in str(pages[0].content) + str(pages[1].content)


def lf_only_record(kind: str, block: bytes, url: str | None = None) -> bytes:
    """A WARC record as some tools write it: LF-only headers, ended by "\\n\\n"."""
    head = [b"WARC/1.1", b"WARC-Type: " + kind.encode(), b"WARC-Date: 2024-05-14T08:00:00Z"]
    if url:
        head.append(b"WARC-Target-URI: " + url.encode())
        head.append(b"Content-Type: application/http; msgtype=response")
    head.append(b"Content-Length: %d" % len(block))
    return b"\n".join(head) + b"\n\n" + block + b"\n\n"


def test_lf_only_warc_records_are_all_read(tmp_path: Path) -> None:
    records = [lf_only_record("warcinfo", b"software: velorian-crawler/1.0\n")]
    for i in (1, 2):
        http = b"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n" + velorian_html(i)
        records.append(lf_only_record("response", http, f"https://president.veloria.example/{i}"))
    path = tmp_path / "lf.warc"
    path.write_bytes(b"".join(records))
    pages, report = pages_of(path)
    assert [(p.url, p.source.offset) for p in pages] == [
        ("https://president.veloria.example/1", len(records[0])),
        ("https://president.veloria.example/2", len(records[0]) + len(records[1]))]
    assert not report.errors and dict(report.other_records) == {"warcinfo": 1}


VELDEN_PAGE = ("<!doctype html><html><head>{meta}<title>Address of President Amara Velden</title>"
               "</head><body><h1>Address of President Amara Velden</h1><p>Port Lessa welcomes "
               "the delegation.</p></body></html>")


@pytest.mark.parametrize(("data", "name"), [
    (VELDEN_PAGE.format(meta="").encode("utf-16"), "bom-le.html"),
    (codecs.BOM_UTF16_BE + VELDEN_PAGE.format(meta="").encode("utf-16-be"), "bom-be.htm"),
    (VELDEN_PAGE.format(meta='<meta charset="utf-16">').encode("utf-16-le"), "meta.html"),
], ids=["bom-le", "bom-be", "no-bom-meta-utf16"])
def test_utf16_files_are_read(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [page], report = pages_of(path)
    assert "Port Lessa welcomes the delegation." in page.content and not report.errors


def test_utf16_without_bom_or_charset_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "nobom.html"
    path.write_bytes(VELDEN_PAGE.format(meta="").encode("utf-16-le"))
    with pytest.raises(BinaryInputError) as caught:
        pages_of(path)
    assert str(caught.value).startswith(f"{path}:offset 0: looks like UTF-16-LE without a byte "
                                        "order mark")


def test_warc_payload_in_utf16_stated_by_the_server(tmp_path: Path) -> None:
    url = "https://president.veloria.example/utf16"
    path = write_warc(tmp_path / "w.warc", [(url, VELDEN_PAGE.format(meta="").encode("utf-16le"))],
                      headers={url: [("Content-Type", "text/html; charset=utf-16le")]})
    [page], report = pages_of(path)
    assert "Port Lessa welcomes" in page.content and not report.dropped and not report.warnings


# Labels browsers know and Python does not (or reads as a narrower charset); each text has
# a character only the web's superset holds (①, 镕, 똠, ’) where there is one.
WHATWG_LABELS = [
    ("x-cp1251", "cp1251", CP1251_TEXT),
    ("windows-874", "cp874", "ประธานาธิบดีอมารา เวลเดน เยือนท่าเรือพอร์ตเลสซา"),
    ("tis-620", "cp874", "ประธานาธิบดีอมารา เวลเดน เยือนท่าเรือพอร์ตเลสซา"),
    ("x-sjis", "cp932", "ヴェロリア共和国のアマラ・ヴェルデン大統領は港を訪問した①"),
    ("shift_jis", "cp932", "ヴェロリア共和国のアマラ・ヴェルデン大統領は港を訪問した①"),
    ("iso-8859-8-i", "iso8859_8", "נשיאת ורוליה אמרה ולדן ביקרה בנמל פורט לסה"),
    ("x-mac-cyrillic", "mac_cyrillic", CP1251_TEXT),
    ("gb2312", "gbk", "维洛里亚共和国总统王镕喆访问莱萨港"),
    ("ks_c_5601-1987", "cp949", "벨로리아 공화국 대통령 똠 벨덴이 항구를 방문했다"),
    ("latin1", "cp1252", "President Velden’s visit to Port Lessa"),
]


@pytest.mark.parametrize(("label", "codec", "text"), WHATWG_LABELS,
                         ids=[label for label, _, _ in WHATWG_LABELS])
def test_whatwg_charset_labels(label: str, codec: str, text: str) -> None:
    data = f"<html><body><p>{text}</p></body></html>".encode(codec)
    decoded = decode_page(data, charset=label)
    assert text in decoded.text and decoded.note is None


def test_an_unknown_charset_label_is_named_in_the_warning() -> None:
    data = f"<html><body><p>{CP1251_TEXT * 3}</p></body></html>".encode("cp1251")
    decoded = decode_page(data, charset="x-velorian")
    assert CP1251_TEXT in decoded.text
    assert decoded.note == "charset 'x-velorian' not recognised; decoded as cp1251 (a guess)"


@pytest.mark.parametrize(("header", "meta"), [
    ("ISO-8859-1", "windows-1251"), ("latin1", "x-cp1251"), ("windows-1251", "utf-8"),
], ids=["server-default-then-meta", "server-default-labels", "header-wins"])
def test_the_pages_meta_beats_a_servers_default_charset(header: str, meta: str) -> None:
    data = (f'<html><head><meta charset="{meta}"></head><body><p>{CP1251_TEXT}</p>'
            "</body></html>").encode("cp1251")
    decoded = decode_page(data, charset=header)
    assert (CP1251_TEXT in decoded.text, decoded.encoding, decoded.note) == (True, "cp1251", None)


def test_jsonl_fetch_times_order_versions(tmp_path: Path) -> None:
    url = "https://gov.veloria.example/statements/7"
    times = [{"fetched_at": "2024-05-16T10:00:00+02:00"}, {"timestamp": "20240514080000"},
             {"crawled_at": 1715760000}, {"fetch_time": "the day after the summit"},
             {"date": "2024-05-01"}]
    lines = [json.dumps({"url": url, "text": f"Port Lessa, version {i}.", **t}) + "\n"
             for i, t in enumerate(times)]
    path = tmp_path / "versions.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    pages, report = pages_of(path)
    # Any crawler's form, in one: UTC to the second; "date" is a page's own date, not a fetch.
    assert [p.source.fetched_at for p in pages] == [
        "2024-05-16T08:00:00Z", "2024-05-14T08:00:00Z", "2024-05-15T08:00:00Z", None, None]
    offset = sum(len(line) for line in lines[:3])
    assert report.warnings == [f"{path}:line 4 (offset {offset}): fetch_time 'the day after the "
                               "summit' is no time: the page's fetch time is unknown"]


def test_dead_links_in_a_folder_are_counted(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(velorian_html(1))
    (tmp_path / "gone.html").symlink_to("archive/missing.html")
    (tmp_path / "a.html").symlink_to("b.html")
    (tmp_path / "b.html").symlink_to("a.html")
    report = Report()
    pages = list(iter_pages([tmp_path], report=report))
    assert len(pages) == 1
    assert report.errors == [
        f"{tmp_path / 'a.html'}: a symbolic link in a loop of links: nothing to read",
        f"{tmp_path / 'b.html'}: a symbolic link in a loop of links: nothing to read",
        f"{tmp_path / 'gone.html'}: a symbolic link to a missing file ('archive/missing.html'): "
        "nothing to read"]


@pytest.mark.parametrize(("line", "message"), [
    (b'{"url": "https://gov.veloria.example/1", "text": "Port\tLessa"}\n',
     "broken JSON line: Invalid control character at column 55"),
    (b'{"url": "https://gov.veloria.example/1", "text": "Port Lessa"\n',
     "broken JSON line: the line is cut short after column 61"),
    (b'{"url": "https://gov.veloria.example/1", "text": "Port Le\n',
     "broken JSON line: the line is cut short after column 57"),
], ids=["control-character", "cut-after-value", "cut-in-string"])
def test_broken_json_lines_name_the_column_only(tmp_path: Path, line: bytes,
                                                message: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(velorian_jsonl_line(1) + line)
    _, report = pages_of(path)
    offset = len(velorian_jsonl_line(1))
    assert report.errors == [f"{path}:line 2 (offset {offset}): {message}"]


def test_the_summary_names_the_first_pages_of_each_skip_reason() -> None:
    report = Report()
    for n in range(5):
        report.drop("a photo gallery", f"pages/gallery{n}.html")
    report.drop("an error page")
    # Three named, the others counted: "e.g." says the list is not whole.
    assert ("skipped 5 page(s): a photo gallery (e.g. pages/gallery0.html, pages/gallery1.html, "
            "pages/gallery2.html)") in report.lines()
    assert "skipped 1 page(s): an error page" in report.lines()


def mangled(text: str) -> str:
    """The text as a site mangles it: its UTF-8 bytes read as windows-1252 (Latin-1 where
    windows-1252 has no character) and stored again."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                   for b in text.encode())


FRENCH_PAGE = ("<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Entretien téléphonique "
               "avec la Chancelière de Sarnovia</title></head><body><h1>Entretien téléphonique "
               "avec la Chancelière de Sarnovia</h1><p class=\"date\">Publié le 6 novembre 2024"
               "</p><div class=\"texte\"><p>La Présidente de la République, Hélène Marchetaux, "
               "s’est entretenue ce jour avec la Chancelière de Sarnovia, Ilse Varrow.</p>"
               "<p>Elles ont évoqué la coopération énergétique et la préparation du sommet de "
               "Kelt.</p></div></body></html>")


def test_mojibake_in_a_json_line_is_repaired_and_said(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    lines = [{"url": "https://elysee.example/a", "html": mangled(FRENCH_PAGE)},
             {"url": "https://elysee.example/b", "html": FRENCH_PAGE}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    report = Report()
    statements = list(iter_statements([path], report=report))
    assert [s.text for s in statements] == [statements[1].text] * 2
    assert statements[0].text.startswith("La Présidente de la République, Hélène Marchetaux")
    assert statements[0].published_at == "2024-11-06"
    # Said once, with the line; the clean line says nothing.
    assert report.warnings == [f"{path}:line 1 (offset 0): mojibake (UTF-8 text once read as "
                               "windows-1252) repaired"]


def test_mojibake_in_a_utf8_html_file_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(mangled(FRENCH_PAGE).encode())
    content, decoded = html_content(path.read_bytes(), path=str(path))
    assert content == FRENCH_PAGE
    assert decoded is not None and "mojibake" in (decoded.note or "")


@pytest.mark.parametrize("text", [
    "NÃO SE TRATA DE SÃO PAULO, CORAÇÃO DO BRASIL", "«café» à l’Élysée", "10 °C à Lessa",
    "Ärger – Österreich", "Встреча с Президентом Солана", "¿Qué opina, señora Presidenta?"])
def test_text_that_is_no_mojibake_is_left_alone(text: str) -> None:
    page = f"<html><head><meta charset=\"utf-8\"></head><body><p>{text}</p></body></html>"
    assert html_content(page.encode()) == (page.encode(), None)
    assert decode_page(page.encode("utf-8")).note is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abcdeéèàçôüöäßñãõ ", min_size=1, max_size=12),
                min_size=3, max_size=12).map(" ".join))
def test_mangled_latin_text_comes_back_whole(text: str) -> None:
    page = f"<p>{text}</p>"
    assert decode_page(mangled(page).encode()).text == page


def test_mangled_cyrillic_comes_back_whole() -> None:
    text = "Встреча с Президентом Солана Рамиро Эчеандией в Тарвании"
    assert decode_page(mangled(text).encode()).text == text
