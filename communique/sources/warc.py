"""WARC and WARC.gz files -> Page, one per HTML response (or resource) record.

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

from ..errors import InputError, PageDropped, RecordError
from ..models import Page, Source
from ..report import Report
from .encoding import decode_page
from .http import read_payload
from .limits import Limits, check_size
from .warcstream import StreamError, WarcStream

MAX_HEADER = 64 * 1024
PAGE_TYPES = ("response", "resource")


@dataclass(slots=True)
class _Record:
    index: int
    pos: int  # decompressed offset of the record header
    content_pos: int
    headers: dict[str, str]
    length: int


class _Broken(Exception):
    """A record whose framing is wrong; reading resumes by searching from ``resume_at``."""

    def __init__(self, message: str, resume_at: int):
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
    try:
        while True:
            try:
                record = _read_header(stream, index)
                if record is None:
                    return
                page = _read_record(stream, record, path, limits, keep=index >= start,
                                    report=report)
                if page is not None:
                    yield page
            except _Broken as exc:
                if index >= start:
                    report.error(RecordError(str(exc), path=str(path),
                                             place=f"record {index} (offset "
                                                   f"{stream.place(_pos(exc, stream))})"))
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


def _pos(exc: _Broken, stream: WarcStream) -> int:
    return getattr(exc, "record_pos", stream.tell())


def _read_header(stream: WarcStream, index: int) -> _Record | None:
    line = stream.readline(MAX_HEADER)
    while line in (b"\r\n", b"\n"):
        line = stream.readline(MAX_HEADER)
    if not line:
        return None
    pos = stream.tell() - len(line)
    stream.forget_before(pos)
    if not line.startswith(b"WARC/"):
        raise _located(_Broken("no WARC record header here", pos + 1), pos)
    headers: dict[str, str] = {}
    size = len(line)
    while True:
        line = stream.readline(MAX_HEADER)
        size += len(line)
        if not line or size > MAX_HEADER:
            raise _located(_Broken("the record header does not end", pos + 1), pos)
        if line in (b"\r\n", b"\n"):
            break
        name, sep, value = line.decode("utf-8", "replace").partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    try:
        length = int(headers.get("content-length", ""))
    except ValueError:
        raise _located(_Broken("missing or invalid Content-Length", pos + 1), pos) from None
    if length < 0:
        raise _located(_Broken("negative Content-Length", pos + 1), pos)
    return _Record(index, pos, stream.tell(), headers, length)


def _located(exc: _Broken, record_pos: int) -> _Broken:
    exc.record_pos = record_pos  # type: ignore[attr-defined]
    return exc


def _read_record(stream: WarcStream, record: _Record, path: Path, limits: Limits, *,
                 keep: bool, report: Report) -> Page | None:
    offset = stream.place(record.pos)
    place = f"record {record.index} (offset {offset})"
    wanted = keep and record.headers.get("warc-type", "").lower() in PAGE_TYPES
    too_large = wanted and record.length > limits.max_page_bytes + MAX_HEADER
    content = stream.read(record.length) if wanted and not too_large else b""
    got = len(content) if content else stream.skip(record.length)
    if got < record.length:
        raise _located(_Broken(f"the file ends inside this record (Content-Length "
                               f"{record.length}, {got} bytes left)", record.content_pos),
                       record.pos)
    if stream.read(4) not in (b"\r\n\r\n", b""):
        raise _located(_Broken(f"the record does not end where its Content-Length "
                               f"({record.length}) says: the length is wrong",
                               record.content_pos), record.pos)
    if too_large:
        check_size(record.length, limits, path=str(path), place=place)
    if not wanted:
        return None
    try:
        return _page(content, record, path=path, offset=offset, place=place, limits=limits,
                     report=report)
    except PageDropped as drop:
        report.drop(drop.reason)
        return None


def _page(content: bytes, record: _Record, *, path: Path, offset: int, place: str,
          limits: Limits, report: Report) -> Page:
    headers = record.headers
    url = headers.get("warc-target-uri", "").strip("<>") or None
    is_http = headers.get("warc-type", "").lower() == "response" or \
        headers.get("content-type", "").lower().startswith("application/http")
    payload = read_payload(content, is_http=is_http, content_type=headers.get("content-type"),
                           limits=limits, path=str(path), place=place)
    decoded = decode_page(payload.body, path=str(path), place=place, charset=payload.charset)
    if decoded.note:
        report.warn(InputError(decoded.note, path=str(path), place=place))
    source = Source(format="warc", path=str(path), url=url, index=record.index, offset=offset,
                    fetched_at=headers.get("warc-date"))
    return Page(content=decoded.text, format=payload.format, source=source, url=url,
                meta={"charset": decoded.encoding})
