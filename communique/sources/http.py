"""An HTTP response stored in a WARC record -> the page body, its format and charset.

Transfer and content codings (chunked, gzip, deflate, br) are undone with a
bound on the output: a gzip bomb stops at ``max_page_bytes`` and is refused.
Responses that are not pages (redirects, errors, images, scripts) are
``PageDropped`` with the reason, to be counted, not reported as failures.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from ..errors import PageDropped, RecordError, TooLargeError
from .limits import Limits, megabytes

HEADER_END = re.compile(rb"\r?\n\r?\n")
MAX_HTTP_HEADER = 64 * 1024
# Not text/plain: in a crawl that is robots.txt and the like, never a statement page.
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/markdown": "markdown"}
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


@dataclass(frozen=True, slots=True)
class Payload:
    body: bytes
    format: str
    charset: str | None


def read_payload(content: bytes, *, is_http: bool, content_type: str | None, limits: Limits,
                 path: str, place: str) -> Payload:
    """The page inside one record's content block.

    Raises:
        PageDropped: not a successful response, or not a page.
        RecordError: a broken HTTP message or coding.
        TooLargeError: a body that decodes to more than ``max_page_bytes``.
    """
    headers: dict[str, str] = {}
    body = content
    if is_http:
        headers, body = _split_http(content, path=path, place=place)
        content_type = headers.get("content-type")
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and mime not in PAGE_TYPES:
        raise PageDropped(f"not a page ({mime})")
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = _dechunk(body, path=path, place=place)
    for coding in reversed([c.strip().lower() for c in
                            headers.get("content-encoding", "").split(",") if c.strip()]):
        body = _decode(body, coding, limits=limits, path=path, place=place)
    match = _CHARSET.search(content_type or "")
    return Payload(body, PAGE_TYPES.get(mime, "html"), match.group(1) if match else None)


def text_payload(content: bytes, content_type: str | None) -> Payload:
    """The page in a conversion record: a crawler's text of a page, or another page format.

    Raises:
        PageDropped: a conversion to something that is no page (an image's text, a PDF).
    """
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and mime != "text/plain" and mime not in PAGE_TYPES:
        raise PageDropped(f"not a page ({mime})")
    match = _CHARSET.search(content_type or "")
    return Payload(content, PAGE_TYPES.get(mime, "text"), match.group(1) if match else None)


def _split_http(content: bytes, *, path: str, place: str) -> tuple[dict[str, str], bytes]:
    match = HEADER_END.search(content, 0, MAX_HTTP_HEADER)
    if not content.startswith(b"HTTP/") or match is None:
        raise RecordError("not an HTTP response (no status line and header block)",
                          path=path, place=place)
    lines = content[:match.start()].decode("latin-1").splitlines()
    status = lines[0].split()
    if len(status) < 2 or not status[1].isdigit():
        raise RecordError(f"bad HTTP status line {lines[0][:80]!r}", path=path, place=place)
    if status[1] not in ("200", "203"):
        raise PageDropped(f"HTTP status {status[1]}")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            key = name.strip().lower()
            headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    return headers, content[match.end():]


def _dechunk(body: bytes, *, path: str, place: str) -> bytes:
    out: list[bytes] = []
    at = 0
    while at < len(body):
        end = body.find(b"\r\n", at)
        try:
            size = int(body[at:end].split(b";")[0], 16) if end >= 0 else -1
        except ValueError:
            size = -1
        if size < 0:
            if not out:  # stored already de-chunked, as many crawlers do
                return body
            raise RecordError("broken chunked encoding", path=path, place=place)
        if size == 0:
            break
        out.append(body[end + 2:end + 2 + size])
        at = end + 2 + size + 2
    return b"".join(out)


def _decode(body: bytes, coding: str, *, limits: Limits, path: str, place: str) -> bytes:
    if coding in ("identity", "none"):
        return body
    if coding in ("gzip", "x-gzip", "deflate", "br") and looks_decoded(body):
        return body  # stored already decoded under the original header
    if coding in ("gzip", "x-gzip", "deflate"):
        if coding != "deflate" and not body.startswith(b"\x1f\x8b"):
            return body  # not gzip: stored decoded
        return _inflate(body, 47 if coding != "deflate" else 15, limits, path=path, place=place)
    if coding == "br":
        return _unbrotli(body, limits, path=path, place=place)
    raise RecordError(f"unknown Content-Encoding {coding!r}", path=path, place=place)


def looks_decoded(body: bytes) -> bool:
    """Whether a body said to be compressed opens as markup or text already ("<!DOCTYPE",
    "<html"): crawlers often store it decoded and keep the server's header."""
    head = body[:64].lstrip()
    return head[:1] == b"<" and head[1:2].isalpha() or head[:2] in (b"<!", b"<?")


def _too_large(limits: Limits, path: str, place: str) -> TooLargeError:
    return TooLargeError(f"the body decompresses to more than {megabytes(limits.max_page_bytes)} "
                         "(max_page_bytes): a compression bomb?", path=path, place=place)


def _inflate(body: bytes, wbits: int, limits: Limits, *, path: str, place: str) -> bytes:
    for bits in (wbits, -15) if wbits == 15 else (wbits,):
        dec = zlib.decompressobj(bits)
        try:
            out = dec.decompress(body, limits.max_page_bytes + 1)
        except zlib.error:
            continue
        if len(out) > limits.max_page_bytes:
            raise _too_large(limits, path, place)
        if not dec.eof:
            raise RecordError("the compressed body is cut short (a truncated record)",
                              path=path, place=place)
        return out
    raise RecordError("broken compressed body", path=path, place=place)


def _unbrotli(body: bytes, limits: Limits, *, path: str, place: str) -> bytes:
    try:
        import brotli
    except ImportError:
        raise RecordError("brotli-encoded body and no brotli module", path=path,
                          place=place) from None
    dec = brotli.Decompressor()
    cap = limits.max_page_bytes + 1
    try:
        out = dec.process(body, output_buffer_limit=cap)
    except brotli.error:
        raise RecordError("broken brotli body", path=path, place=place) from None
    if len(out) >= cap:
        raise _too_large(limits, path, place)
    return bytes(out)
