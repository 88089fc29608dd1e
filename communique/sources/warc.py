"""WARC and WARC.gz files -> Page, one per HTML response (or resource) record.

Conversion records (a crawler's own text of a page: Common Crawl's WET files) are
text pages, unless the same file holds the response they were made from.

A reader of our own over ``warcstream``: fastwarc hands back a truncated
record from a cut ``.warc.gz`` as if it were whole, and warcio prints a warning
and loses the records a too-long Content-Length swallows.  Here every broken
record is reported with its offset and reading goes on at the next record
header found after it; only a broken gzip stream ends the file early.

Records are numbered in file order (all types), so that a resumed ingest can
pass over the first ``start`` records without parsing their payloads.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import BinaryInputError, EmptyInputError, InputError, PageDropped, RecordError
from ..models import Page, Source
from ..report import Report
from .crawltime import crawl_time
from .encoding import decode_page, html_content
from .http import read_payload, text_payload
from .limits import Limits, check_size
from .warcstream import StreamError, WarcStream

MAX_HEADER = 64 * 1024
PAGE_TYPES = ("response", "resource", "conversion")


@dataclass(slots=True)
class _Record:
    index: int
    pos: int  # decompressed offset of the record header
    content_pos: int
    headers: dict[str, str]
    length: int


class _Broken(Exception):
    """A record at ``record_pos`` whose framing is wrong; reading resumes by searching
    for the next record header from ``resume_at``."""

    def __init__(self, message: str, record_pos: int, resume_at: int):
        self.record_pos = record_pos
        self.resume_at = resume_at
        super().__init__(message)


def iter_warc_pages(path: Path, *, report: Report, start: int = 0,
                    limits: Limits | None = None) -> Iterator[Page]:
    """Yield one page per HTML response record, reporting broken records with their offsets.

    ``start`` skips the first records (a resumed ingest); they are framed, not parsed.
    """
    limits = limits or Limits()
    stream = WarcStream(path)
    index = 0
    read: set[str] = set()  # ids of the records read as pages, which conversions may refer to
    try:
        while True:
            try:
                record = _read_header(stream, index)
                if record is None:
                    return
                page = _read_record(stream, record, path, limits, keep=index >= start,
                                    report=report, read=read)
                if page is not None:
                    yield page
            except _Broken as exc:
                if index >= start:
                    report.error(RecordError(str(exc), path=str(path),
                                             place=f"record {index} (offset "
                                                   f"{stream.place(exc.record_pos)})"))
                stream.close()
                stream = stream.reopen(exc.resume_at)
                if not stream.seek_record():
                    return
            except InputError as exc:
                if index >= start:
                    report.error(exc)
            index += 1
    except StreamError as exc:
        report.error(RecordError(str(exc), path=str(path), place=f"offset {exc.offset}"))
    finally:
        stream.close()


def _read_header(stream: WarcStream, index: int) -> _Record | None:
    line = stream.readline(MAX_HEADER)
    while line in (b"\r\n", b"\n"):
        line = stream.readline(MAX_HEADER)
    if not line:
        return None
    pos = stream.tell() - len(line)
    stream.forget_before(pos)
    if not line.startswith(b"WARC/"):
        raise _Broken("no WARC record header here", pos, pos + 1)
    # Headers are CRLF lines: read them as one block, or line by line when they are not.
    block = stream.read_through(b"\r\n\r\n", MAX_HEADER) if line.endswith(b"\r\n") else None
    if block is None:
        block = _header_lines(stream, pos, len(line))
    headers: dict[str, str] = {}
    for raw in block.decode("utf-8", "replace").splitlines():
        name, sep, value = raw.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    try:
        length = int(headers.get("content-length", ""))
    except ValueError:
        raise _Broken("missing or invalid Content-Length", pos, pos + 1) from None
    if length < 0:
        raise _Broken("negative Content-Length", pos, pos + 1)
    return _Record(index, pos, stream.tell(), headers, length)


def _header_lines(stream: WarcStream, pos: int, size: int) -> bytes:
    lines: list[bytes] = []
    while True:
        line = stream.readline(MAX_HEADER)
        size += len(line)
        if not line or size > MAX_HEADER:
            raise _Broken("the record header does not end", pos, pos + 1)
        if line in (b"\r\n", b"\n"):
            return b"".join(lines)
        lines.append(line)


def _read_record(stream: WarcStream, record: _Record, path: Path, limits: Limits, *,
                 keep: bool, report: Report, read: set[str]) -> Page | None:
    offset = stream.place(record.pos)
    place = f"record {record.index} (offset {offset})"
    kind = record.headers.get("warc-type", "").lower()
    if kind == "conversion" and record.headers.get("warc-refers-to") in read:
        kind = "conversion of a page read"  # the page itself is the better version of it
    elif kind in PAGE_TYPES and _lookup(record.headers):
        kind = f"{kind} of a name lookup"  # Heritrix's "dns:" records: an address, no page
    wanted = keep and kind in PAGE_TYPES
    too_large = wanted and record.length > limits.max_page_bytes + MAX_HEADER
    content = stream.read(record.length) if wanted and not too_large else b""
    got = len(content) if content else stream.skip(record.length)
    if got < record.length:
        raise _Broken(f"the file ends inside this record (Content-Length {record.length}, "
                      f"{got} bytes left)", record.pos, record.content_pos)
    if not _read_record_end(stream):
        raise _Broken(f"the record does not end where its Content-Length ({record.length}) "
                      "says: the length is wrong", record.pos, record.content_pos)
    if too_large:
        check_size(record.length, limits, path=str(path), place=place)
    if not wanted:
        if keep:
            # Requests, metadata, revisits: counted, so that the summary accounts for the file.
            report.other_record(kind)
        return None
    try:
        page = _page(content, record, path=path, offset=offset, place=place, limits=limits,
                     report=report)
        read.add(record.headers.get("warc-record-id", ""))
        return page
    except PageDropped as drop:
        report.drop(drop.reason, _where(record, path, place))
        return None
    except (BinaryInputError, EmptyInputError) as exc:
        # An image served without a type, an empty 200: a crawl's leftovers, not failures.
        report.drop("empty response" if isinstance(exc, EmptyInputError) else
                    "not a page (binary data)", _where(record, path, place))
        return None


def _lookup(headers: dict[str, str]) -> bool:
    """Whether a record holds a crawler's name lookup ("dns:www.president.vl", text/dns)."""
    return headers.get("warc-target-uri", "").strip("<>").lower().startswith("dns:") \
        or headers.get("content-type", "").lower().startswith("text/dns")


def _where(record: _Record, path: Path, place: str) -> str:
    """How the summary names a skipped record: its URL, else the file and the record."""
    return record.headers.get("warc-target-uri", "").strip("<>") or f"{path}, {place}"


# The two newlines after a record's block; some tools write them, and the headers, LF-only.
RECORD_ENDS = (b"\r\n\r\n", b"\n\n")


def _read_record_end(stream: WarcStream) -> bool:
    """Pass over the newlines that end a record; False when other bytes come first (the
    Content-Length is wrong).  Peeked, not read: a short end must leave the next record's
    first bytes in place."""
    tail = stream.peek(4)
    end = next((end for end in RECORD_ENDS if tail.startswith(end)), None)
    if end is not None:
        stream.skip(len(end))
        return True
    # The file's last record may lose its final newlines: nothing is missing.
    return len(tail) < 4 and not tail.strip(b"\r\n")


def _page(content: bytes, record: _Record, *, path: Path, offset: int, place: str,
          limits: Limits, report: Report) -> Page:
    headers = record.headers
    if headers.get("warc-truncated"):
        # The crawler says it cut the page short: a part of a page is no version of it.
        raise PageDropped(f"truncated by the crawler ({headers['warc-truncated']})")
    url = headers.get("warc-target-uri", "").strip("<>") or None
    kind = headers.get("warc-type", "").lower()
    is_http = kind == "response" or \
        headers.get("content-type", "").lower().startswith("application/http")
    if kind == "conversion":
        payload = text_payload(content, headers.get("content-type"))
    else:
        payload = read_payload(content, is_http=is_http,
                               content_type=headers.get("content-type"), limits=limits,
                               path=str(path), place=place)
    if payload.format == "html":
        text, decoded = html_content(payload.body, path=str(path), place=place,
                                     charset=payload.charset)
    else:
        decoded = decode_page(payload.body, path=str(path), place=place,
                              charset=payload.charset)
        text = decoded.text
    if decoded is not None and decoded.note:
        report.warn(InputError(decoded.note, path=str(path), place=place))
    source = Source(format="warc", path=str(path), url=url, index=record.index, offset=offset,
                    fetched_at=crawl_time(headers.get("warc-date")))
    return Page(content=text, format=payload.format, source=source, url=url,
                meta={"charset": decoded.encoding if decoded else "utf-8"})
