"""Bytes -> text: BOMs, declared charsets, UTF-8, then a statistical guess."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import BinaryInputError, DecodeError, EmptyInputError

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
SNIFF_BYTES = 64 * 1024


def looks_binary(data: bytes) -> bool:
    """True when the head of ``data`` has the control bytes of a binary format."""
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return b"\x00" in head or controls / len(head) > 0.05


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its head, if Python knows it."""
    match = _DECLARED.search(data[:SNIFF_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, path: str | None = None, charset: str | None = None) -> str:
    """Decode page bytes to text, trying what the bytes say before guessing.

    Order: byte-order mark, the given or declared charset, strict UTF-8, then
    charset-normalizer's best guess (cp1251 and latin-1 pages without a
    declaration land here).

    Raises:
        EmptyInputError: no bytes, or only white space.
        BinaryInputError: control bytes that no text page has.
        DecodeError: nothing decodes it plausibly.
    """
    if not data.strip():
        raise EmptyInputError("empty input", path=path, place="offset 0")
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data.decode(bom_codec, errors="replace")
    if looks_binary(data):
        raise BinaryInputError("binary data, not a text, HTML or WARC page", path=path,
                               place="offset 0")
    candidates: tuple[str | None, ...] = (charset, declared_charset(data), "utf-8")
    for name in candidates:
        if not name:
            continue
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(2, len(text) // 1000):
        # Mostly UTF-8 with a few broken bytes: keep it, marking the bad bytes.
        return text
    best = from_bytes(data[: 4 * SNIFF_BYTES]).best()
    if best is None or best.encoding is None:
        raise DecodeError("bytes in no known text encoding", path=path, place="offset 0")
    return data.decode(best.encoding, errors="replace")
