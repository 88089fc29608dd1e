"""Bytes -> text: BOMs, declared charsets, UTF-8, then a statistical guess.

``decode_page`` also says what it had to assume (a guessed charset, broken
UTF-8 bytes replaced) so that a reader can report it with the file and offset.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import BinaryInputError, DecodeError, EmptyInputError

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTES = bytes(range(128, 256))
# Browsers read a page labelled latin-1 as windows-1252 (WHATWG Encoding); so do we.
_ALIASES = {"latin_1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}
SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text with the encoding used and, when it had to assume something, a note saying what."""

    text: str
    encoding: str
    note: str | None = None


def looks_binary(data: bytes) -> bool:
    """True when the head of ``data`` has the control bytes of a binary format."""
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    controls = len(head) - len(head.translate(None, bytes([*range(9), *range(14, 32)])))
    return b"\x00" in head or controls / len(head) > 0.05


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its head, if Python knows it."""
    match = _DECLARED.search(data[:SNIFF_BYTES])
    if not match:
        return None
    return known_codec(match.group(1).decode("ascii", "ignore"))


def known_codec(name: str | None) -> str | None:
    """Python's name for a charset label, or None when Python has no such codec."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    return _ALIASES.get(codec, codec)


def html_content(data: bytes, *, path: str | None = None, charset: str | None = None,
                 place: str = "offset 0") -> tuple[bytes | str, Decoded | None]:
    """An HTML page's content for ``Page``: its bytes when they are UTF-8 beyond doubt,
    else the text ``decode_page`` gives (and what it assumed).

    Beyond doubt: no byte-order mark, no other charset stated by the server or the
    page, no control bytes, and valid strict UTF-8, which is what ``decode_page``
    would then decode anyway.  Lexbor parses such bytes a third faster than the
    str they decode to, and the decoding itself is saved.

    Raises:
        EmptyInputError, BinaryInputError, DecodeError: as ``decode_page``.
    """
    stated = {known_codec(charset), declared_charset(data)} - {None}
    if stated <= {"utf-8"} and not data.startswith(tuple(bom for bom, _ in _BOMS)) \
            and data.strip() and not looks_binary(data):
        try:
            codecs.utf_8_decode(data, "strict", True)
        except UnicodeDecodeError:
            pass
        else:
            return data, None
    decoded = decode_page(data, path=path, charset=charset, place=place)
    return decoded.text, decoded


def decode_bytes(data: bytes, *, path: str | None = None, charset: str | None = None) -> str:
    """Decode page bytes to text, trying what the bytes say before guessing.

    Raises:
        EmptyInputError: no bytes, or only white space.
        BinaryInputError: control bytes that no text page has.
        DecodeError: nothing decodes it plausibly.
    """
    return decode_page(data, path=path, charset=charset).text


SERVER_DEFAULTS = frozenset({"cp1252", "latin-1", "iso8859-1", "iso-8859-1"})


def decode_page(data: bytes, *, path: str | None = None, charset: str | None = None,
                place: str = "offset 0") -> Decoded:
    """Decode page bytes, saying what had to be assumed.

    Order: byte-order mark, the given or declared charset, strict UTF-8, then
    UTF-8 with the broken bytes replaced when most high bytes are valid UTF-8,
    else charset-normalizer's guess (cp1251 and latin-1 pages without a
    declaration land there).

    Raises:
        EmptyInputError: no bytes, or only white space.
        BinaryInputError: control bytes that no text page has.
        DecodeError: nothing decodes it plausibly.
    """
    if not data.strip():
        raise EmptyInputError("empty page", path=path, place=place)
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(bom_codec, errors="replace"), bom_codec)
    if looks_binary(data):
        raise BinaryInputError("binary data, not a text, HTML or WARC page", path=path,
                               place=place)
    stated = [name for name in (known_codec(charset), declared_charset(data)) if name]
    if stated and stated[0] in SERVER_DEFAULTS and not data.isascii():
        # Servers state "ISO-8859-1" by default: bytes that are valid UTF-8 beyond ASCII are
        # UTF-8 (Latin-1 text almost never is), and read as Latin-1 they would be mojibake.
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    for name in (*stated, "utf-8"):
        try:
            return Decoded(data.decode(name), name)
        except UnicodeDecodeError:
            continue
    return _decode_undeclared(data, path=path, place=place, utf8_stated="utf-8" in stated)


def _decode_undeclared(data: bytes, *, path: str | None, place: str,
                       utf8_stated: bool) -> Decoded:
    try:
        data.decode("utf-8")
        first_bad = 0
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    valid = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    if utf8_stated or valid >= 4 * (high - valid):
        text = data.decode("utf-8", errors="replace")
        return Decoded(text, "utf-8", f"invalid UTF-8 at byte {first_bad}; "
                                      f"{text.count(chr(0xFFFD))} character(s) replaced by U+FFFD")
    best = from_bytes(data[: 4 * SNIFF_BYTES]).best()
    if best is None or best.encoding is None:
        raise DecodeError("bytes in no known text encoding", path=path, place=place)
    encoding = known_codec(best.encoding) or best.encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, f"no charset declared; decoded as {encoding} (a guess)")
