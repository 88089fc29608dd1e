"""Files -> Page: format recognised from the content, each container read record by record."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import EmptyInputError, RecordError
from ..models import Page, Source
from ..report import Report
from .encoding import SNIFF_BYTES, looks_binary

GZIP_MAGIC = b"\x1f\x8b"
HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<div", b"<p>",
              b"<title")


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
    if stripped.startswith(b"---\n") or stripped.startswith(b"---\r\n"):
        return "markdown"
    if name.endswith((".md", ".markdown")):
        return "markdown"
    return "text"


def _gunzip_head(data: bytes) -> bytes:
    """Decompress only the start of a gzip stream, enough to sniff it."""
    return zlib.decompressobj(31).decompress(data[:SNIFF_BYTES], SNIFF_BYTES)


def iter_file_pages(path: Path, *, report: Report) -> Iterator[Page]:
    """Yield the pages of one file, whatever its format.

    Raises:
        InputError: the file as a whole cannot be read (empty, binary...).
    """
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head.strip():
        raise EmptyInputError("empty file", path=str(path), place="offset 0")
    fmt = sniff_format(head, name=path.name)
    if fmt == "warc":
        from .warc import iter_warc_pages

        yield from iter_warc_pages(path, report=report)
    elif fmt == "jsonl":
        yield from iter_jsonl_pages(path, report=report)
    elif fmt == "binary" or looks_binary(head):
        from ..errors import BinaryInputError

        raise BinaryInputError("binary data, not a text, HTML, JSON Lines or WARC file",
                               path=str(path), place="offset 0")
    else:
        yield Page(content=path.read_bytes(), format=fmt,
                   source=Source(format=fmt, path=str(path), index=0, offset=0))


def iter_jsonl_pages(path: Path, *, report: Report) -> Iterator[Page]:
    """Yield one page per JSON line ``{url, text}``, ``{url, title, text}`` or ``{url, html}``.

    A broken line is reported with its line number and byte offset; the rest is read.
    """
    offset = 0
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                yield _jsonl_page(raw, path=str(path), lineno=lineno, offset=start)
            except RecordError as exc:
                report.error(exc)


def _jsonl_page(raw: bytes, *, path: str, lineno: int, offset: int) -> Page:
    place = f"line {lineno} (offset {offset})"
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RecordError(f"broken JSON line: {exc}", path=path, place=place) from None
    if not isinstance(record, dict):
        raise RecordError("a JSON line must be an object", path=path, place=place)
    body = record.get("html") if isinstance(record.get("html"), str) else record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise RecordError("no 'text' or 'html' string in this record", path=path, place=place)
    fmt = "html" if isinstance(record.get("html"), str) else "text"
    meta = {k: v for k, v in record.items() if k not in ("html", "text") and v is not None}
    source = Source(format=f"jsonl-{fmt}", path=path, url=record.get("url"),
                    index=lineno - 1, offset=offset)
    return Page(content=body, format=fmt, source=source, url=record.get("url"), meta=meta)
