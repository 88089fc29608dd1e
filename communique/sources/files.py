"""Files -> Page: format recognised from the content, each container read record by record.

Pages leave the readers decoded (``Page.content`` is text) so that an assumed
charset or a replaced broken byte is reported with the file and offset; an HTML
page that is UTF-8 beyond doubt leaves as its bytes, which the HTML parser reads
faster (``encoding.html_content``): nothing is assumed about it.  No
reader holds more than one page (at most ``Limits.max_page_bytes``) in memory.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import BinaryInputError, EmptyInputError, InputError, RecordError
from ..models import Page, Source
from ..report import Report
from .crawltime import parse_crawl_time
from .encoding import (
    MOJIBAKE_NOTE,
    SNIFF_BYTES,
    decode_page,
    html_content,
    looks_binary,
    unmangled,
    utf16_codec,
)
from .limits import Limits, check_size, megabytes

GZIP_MAGIC = b"\x1f\x8b"
HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<div", b"<p>",
              b"<title")
SKIP_CHUNK = 1 << 20
# The fields of a JSON line that hold the page, in the order they are looked for.
BODY_FIELDS = ("html", "raw_html", "text", "content", "body")
HTML_FIELDS = ("html", "raw_html")
# The fields that hold when the page was fetched, as crawlers and scrapers name them.  Not
# "date": trafilatura and most scrapers put the page's publication date there.
FETCH_TIME_FIELDS = ("fetched_at", "fetch_time", "fetch_date", "crawled_at", "crawl_time",
                     "crawl_date", "retrieved_at", "scraped_at", "downloaded_at",
                     "date_download", "warc_date", "timestamp")
# A reader service's export of a page (r.jina.ai): its fields, then its Markdown.  Its header
# says so whatever the file is called; a text dump's "Title:" alone says nothing.
READER_EXPORT = re.compile(rb"(?:(?:Title|URL Source|Published Time|Description|Warning)"
                           rb"[ \t]*:[^\r\n]*(?:\r?\n)+){1,6}Markdown Content:[ \t]*\r?\n")
# Markdown without front matter, as converters write a crawled page (trafilatura, html2text):
# an ATX heading, and links, bold words or more headings after it.
MD_HEADING = re.compile(rb"^#{1,6}[ \t]+\S", re.M)
MD_MARKUP = re.compile(rb"\]\((?:https?:|/)[^)\s]*\)|\*\*[^*\r\n]{1,80}\*\*|^#{1,6}[ \t]+\S", re.M)


def sniff_format(head: bytes, *, name: str = "") -> str:
    """Name the format of a file from its first bytes: warc, jsonl, html, markdown or text."""
    if head.startswith(GZIP_MAGIC):
        try:
            head = _gunzip_head(head)
        except zlib.error:
            return "binary"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = stripped[:2048].lower()
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    if any(mark in lower for mark in HTML_MARKS):
        return "html"
    if stripped.startswith((b"---\n", b"---\r\n", b"+++\n", b"+++\r\n")) \
            or READER_EXPORT.match(stripped):  # YAML's or Hugo's TOML front matter
        return "markdown"
    if name.endswith((".md", ".markdown")) or is_markdown(stripped[:SNIFF_BYTES]):
        return "markdown"
    return "text"


def is_markdown(head: bytes) -> bool:
    """Whether a text's start is Markdown: a heading, then more markup (a heading alone
    may be a text dump's "# " line)."""
    heading = MD_HEADING.search(head)
    return heading is not None and MD_MARKUP.search(head, heading.end()) is not None


BROKEN_GZIP = (EOFError, OSError, zlib.error)  # a cut or corrupt gzip stream, as gzip says


def open_maybe_gzip(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when it is gzip (a crawl's "pages.jsonl.gz")."""
    with path.open("rb") as fh:
        gz = fh.read(2) == GZIP_MAGIC
    if gz:
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _gunzip_head(data: bytes) -> bytes:
    """Decompress only the start of a gzip stream, enough to sniff it."""
    return zlib.decompressobj(31).decompress(data[:SNIFF_BYTES], SNIFF_BYTES)


def iter_file_pages(path: Path, *, report: Report, start: int = 0,
                    limits: Limits | None = None) -> Iterator[Page]:
    """Yield the pages of one file, whatever its format.

    ``start`` skips the first records of a container (a resumed ingest).

    Raises:
        InputError: the file as a whole cannot be read (empty, binary, too large...).
    """
    limits = limits or Limits()
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head.strip():
        raise EmptyInputError("empty file", path=str(path), place="offset 0")
    wide = utf16_codec(head)
    # UTF-16 is sniffed as the text it is; its NULs are no sign of binary data.
    fmt = sniff_format(head.decode(wide, "replace").encode() if wide else head, name=path.name)
    if wide and fmt in ("warc", "jsonl"):
        raise InputError(f"a {fmt} file in UTF-16: only UTF-8 is read for this format "
                         "(convert it: iconv -f UTF-16 -t UTF-8)", path=str(path),
                         place="offset 0")
    if fmt == "warc":
        from .warc import iter_warc_pages

        yield from iter_warc_pages(path, report=report, start=start, limits=limits)
    elif fmt == "jsonl":
        yield from iter_jsonl_pages(path, report=report, start=start, limits=limits)
    elif fmt == "binary" or not wide and looks_binary(
            _gunzip_head(head) if head.startswith(GZIP_MAGIC) else head):
        raise BinaryInputError("binary data, not a text, HTML, JSON Lines or WARC file",
                               path=str(path), place="offset 0")
    elif start == 0:
        yield _file_page(path, fmt, report=report, limits=limits)


def _file_page(path: Path, fmt: str, *, report: Report, limits: Limits) -> Page:
    check_size(path.stat().st_size, limits, path=str(path), place="offset 0")
    try:
        with open_maybe_gzip(path) as fh:
            data = fh.read(limits.max_page_bytes + 1)  # the file may grow after the stat
    except BROKEN_GZIP as exc:
        raise RecordError(f"broken gzip data ({exc})", path=str(path),
                          place="offset 0") from None
    check_size(len(data), limits, path=str(path), place="offset 0")
    if fmt == "html":
        content, decoded = html_content(data, path=str(path))
    else:
        decoded = decode_page(data, path=str(path))
        content = decoded.text
    if decoded is not None and decoded.note:
        report.warn(InputError(decoded.note, path=str(path), place="offset 0"))
    return Page(content=content, format=fmt,
                source=Source(format=fmt, path=str(path), index=0, offset=0),
                meta={"charset": decoded.encoding if decoded else "utf-8"})


def iter_jsonl_pages(path: Path, *, report: Report, start: int = 0,
                     limits: Limits | None = None) -> Iterator[Page]:
    """Yield one page per JSON line ``{url, text}``, ``{url, title, text}`` or ``{url, html}``.

    A broken or over-long line is reported with its line number and byte
    offset; the rest is read.  A line is never held beyond ``max_page_bytes``.
    """
    limits = limits or Limits()
    offset = 0  # in the decompressed lines of a gzip file
    with open_maybe_gzip(path) as fh:
        try:
            for index, (raw, size) in enumerate(_iter_lines(fh, limits.max_page_bytes)):
                lineno, at = index + 1, offset
                offset += size
                if index < start or not raw.strip():
                    continue
                place = f"line {lineno} (offset {at})"
                try:
                    if raw is _TOO_LONG:
                        raise RecordError(f"a line of {megabytes(size)} is over the "
                                          f"{megabytes(limits.max_page_bytes)} limit "
                                          "(max_page_bytes)", path=str(path), place=place)
                    yield _jsonl_page(raw, path=str(path), index=index, offset=at,
                                      place=place, report=report)
                except RecordError as exc:
                    report.error(exc)
        except BROKEN_GZIP as exc:  # a cut or broken .jsonl.gz: what came before is kept
            report.error(RecordError(f"broken gzip data ({exc})", path=str(path),
                                     place=f"offset {offset} (decompressed)"))


_TOO_LONG = b"\x00too long\x00"
# JSON may escape half a surrogate pair, which no UTF-8 text (nor SQLite) can hold.
_LONE_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


def _iter_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[bytes, int]]:
    """Each line with its size in bytes; an over-long line comes as ``_TOO_LONG``, unread."""
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = fh.readline(SKIP_CHUNK)
            if not raw:
                break
            size += len(raw)
        yield _TOO_LONG, size


def _jsonl_page(raw: bytes, *, path: str, index: int, offset: int, place: str,
                report: Report) -> Page:
    record = _json_record(raw, path=path, place=place)
    key = next((k for k in BODY_FIELDS if isinstance(record.get(k), str) and record[k].strip()),
               None)
    if key is None:
        raise RecordError("no 'html' or 'text' string in this record (nor 'raw_html', "
                          "'content', 'body')", path=path, place=place)
    body = record[key]
    fixed = unmangled(body)
    if fixed is not None:
        body = fixed
        report.warn(InputError(MOJIBAKE_NOTE, path=path, place=place))
    url = record.get("url") if isinstance(record.get("url"), str) else None
    # A scraper's "content" or "body" may hold the page's markup: its first bytes tell.
    fmt = "html" if key in HTML_FIELDS or sniff_format(body[:2048].encode()) == "html" \
        else "text"
    meta = {k: v for k, v in record.items() if k not in BODY_FIELDS and v is not None}
    source = Source(format=f"jsonl-{fmt}", path=path, url=url, index=index, offset=offset,
                    fetched_at=_fetch_time(record, path=path, place=place, report=report))
    return Page(content=body, format=fmt, source=source, url=url, meta=meta)


def _json_record(raw: bytes, *, path: str, place: str) -> dict[str, Any]:
    try:
        record = json.loads(raw)
        if _LONE_SURROGATE.search(raw):
            record = _without_surrogates(record)
    except json.JSONDecodeError as exc:
        raise RecordError(f"broken JSON line: {_json_problem(exc)}", path=path,
                          place=place) from None
    except UnicodeDecodeError as exc:
        raise RecordError(f"broken JSON line: {exc}", path=path, place=place) from None
    except RecursionError:
        raise RecordError("JSON nested too deeply", path=path, place=place) from None
    if not isinstance(record, dict):
        raise RecordError("a JSON line must be an object", path=path, place=place)
    return record


def _json_problem(exc: json.JSONDecodeError) -> str:
    """The parser's complaint with the column only: its "line 1" would contradict the line
    number of the file that the message already gives."""
    end = len(exc.doc.rstrip())
    if exc.pos >= end or exc.msg.startswith("Unterminated string"):
        return f"the line is cut short after column {end}"
    return f"{exc.msg.removesuffix(' at')} at column {exc.pos + 1}"


def _fetch_time(record: dict[str, Any], *, path: str, place: str,
                report: Report) -> str | None:
    """When the page was fetched, from the first fetch-time field the record has.  A value
    that is no time is reported and left out; the page is kept."""
    field = next((f for f in FETCH_TIME_FIELDS if record.get(f) not in (None, "")), None)
    if field is None:
        return None
    moment = parse_crawl_time(record[field])
    if moment is None:
        report.warn(InputError(f"{field} {str(record[field])[:40]!r} is no time: the page's "
                               "fetch time is unknown", path=path, place=place))
    return moment


def _without_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    return value
