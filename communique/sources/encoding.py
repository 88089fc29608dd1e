"""Bytes -> text: BOMs, declared charsets, UTF-8, then a statistical guess.

Charset labels are read as browsers read them (the WHATWG Encoding table, via
``webencodings``): "x-sjis", "ks_c_5601-1987" or "iso-8859-8-i" name codecs that
Python spells otherwise, and "latin1" or "gb2312" mean the web's supersets of
them (windows-1252, GBK), which pages labelled so are in practice.

``decode_page`` also says what it had to assume (a guessed charset, broken
UTF-8 bytes replaced) so that a reader can report it with the file and offset.

Mojibake, UTF-8 text once read as windows-1252 and saved again ("PubliÃ© le",
"câ€™est"), is undone by ftfy, and said: a crawl keeps what a site once mangled.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import ftfy
import webencodings
from charset_normalizer import from_bytes

from ..errors import BinaryInputError, DecodeError, EmptyInputError

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTES = bytes(range(128, 256))
# Browsers read a page labelled latin-1 as windows-1252 (WHATWG Encoding); so do we, also
# for the Python spellings of it that the WHATWG table does not list.
_ALIASES = {"latin_1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}
# A guessed East Asian charset is read as browsers read its label: Windows' variant, whose
# extra characters ("髙", "①", "～") the pages are written with.
_WEB_VARIANTS = {"shift_jis_2004": "cp932", "shift_jisx0213": "cp932", "shift_jis": "cp932",
                 "euc_kr": "cp949", "gb2312": "gb18030", "gbk": "gb18030"}
SNIFF_BYTES = 64 * 1024
# Mojibake's mark: a letter of U+00C2-U+00F4 (a UTF-8 lead byte read as windows-1252) just
# before what a continuation byte reads as (U+0080-U+00BF, or windows-1252's 0x80-0x9F).
# Cheap to look for; ftfy then decides whether the text is mangled and undoes it.
_MOJIBAKE_TEXT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161"
                            "\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                            "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
                            "\u20ac\u2122]")
_MOJIBAKE_BYTES = re.compile(rb"\xc3[\x82-\xb4](?:[\xc2\xc5\xc6\xcb]|\xe2[\x80\x82\x84])")
MOJIBAKE_NOTE = "mojibake (UTF-8 text once read as windows-1252) repaired"
MISSTATED_BYTES = 16  # bytes not UTF-8 on a page stated UTF-8: more, and its text is not
_WIDE_SAMPLE = 4096  # bytes looked at to tell UTF-16 without a BOM


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text with the encoding used and, when it had to assume something, a note saying what."""

    text: str
    encoding: str
    note: str | None = None


def unmangled(text: str) -> str | None:
    """The text with its mojibake undone; None when it holds none."""
    if _MOJIBAKE_TEXT.search(text) is None:
        return None
    fixed = ftfy.fix_encoding(text)
    return fixed if fixed != text else None


def looks_binary(data: bytes) -> bool:
    """True when the head of ``data`` has the control bytes of a binary format."""
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    controls = len(head) - len(head.translate(None, bytes([*range(9), *range(14, 32)])))
    return b"\x00" in head or controls / len(head) > 0.05


def declared_label(data: bytes) -> str | None:
    """The charset label an HTML page declares in its head, as written."""
    match = _DECLARED.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def declared_charset(data: bytes) -> str | None:
    """The codec of the charset an HTML page declares in its head, if the label is known."""
    return known_codec(declared_label(data))


def known_codec(name: str | None) -> str | None:
    """Python's codec for a charset label as browsers read it, or None for an unknown label.

    The WHATWG table first (so "x-cp1251" is cp1251 and "shift_jis" is cp932),
    then Python's own names ("koi8_r", "mac_cyrillic") that the table lacks.
    """
    label = (name or "").strip().strip("\"'")
    if not label:
        return None
    web = webencodings.lookup(label)
    codec = web.codec_info.name if web is not None else label
    try:
        # "replacement" and "x-user-defined" are WHATWG names with no Python codec.
        codec = codecs.lookup(codec).name
    except LookupError:
        return None
    return _ALIASES.get(codec, codec)


def utf16_layout(data: bytes) -> str | None:
    """The codec ("utf-16-le", "utf-16-be") of bytes without a BOM that are plainly UTF-16.

    Markup and Latin text in UTF-16 have a NUL in every other byte, on one side
    only; binary data has NULs on both sides, or decodes to control characters.
    """
    head = data[:_WIDE_SAMPLE]
    head = head[:len(head) - len(head) % 2]
    pairs = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if pairs < 8 or max(even, odd) < pairs // 4 or min(even, odd) * 10 > max(even, odd):
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    # The first character of markup or of a dump is plain (a "<", a letter, a space): its
    # NUL on the codec's side.  "{}" then NULs is a broken JSON Lines file, not UTF-16.
    first = head[:2] if codec == "utf-16-le" else head[1::-1]
    if first[1] != 0 or first[0] == 0:
        return None
    return None if looks_binary(head.decode(codec, "replace").encode()) else codec


def utf16_codec(data: bytes) -> str | None:
    """The codec of UTF-16 bytes, from their BOM or their layout; None for other bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return utf16_layout(data)


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
            fixed = unmangled(data.decode()) if _MOJIBAKE_BYTES.search(data) else None
            if fixed is None:
                return data, None
            return fixed, Decoded(fixed, "utf-8", MOJIBAKE_NOTE)
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

    Order: byte-order mark, UTF-16 stated by the server or the page (and plain in
    the bytes), the given or declared charset, strict UTF-8, then UTF-8 with the
    broken bytes replaced when most high bytes are valid UTF-8, else
    charset-normalizer's guess (cp1251 and latin-1 pages without a declaration
    land there).

    Raises:
        EmptyInputError: no bytes, or only white space.
        BinaryInputError: control bytes that no text page has.
        DecodeError: nothing decodes it plausibly.
    """
    decoded = _decode(data, path=path, charset=charset, place=place)
    fixed = unmangled(decoded.text)
    if fixed is None:
        return decoded
    return Decoded(fixed, decoded.encoding,
                   "; ".join(n for n in (decoded.note, MOJIBAKE_NOTE) if n))


def _decode(data: bytes, *, path: str | None, charset: str | None, place: str) -> Decoded:
    if not data.strip():
        raise EmptyInputError("empty page", path=path, place=place)
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(bom_codec, errors="replace"), bom_codec)
    wide = utf16_layout(data)
    if wide is not None:
        return _decode_wide(data, wide, charset=charset, path=path, place=place)
    if looks_binary(data):
        raise BinaryInputError("binary data, not a text, HTML or WARC page", path=path,
                               place=place)
    labels = [label for label in (charset, declared_label(data)) if label]
    # A UTF-16 label on bytes that are not UTF-16 (no NULs) is wrong: a page whose
    # <meta> can be read as ASCII is in an ASCII-compatible charset (WHATWG says UTF-8).
    stated = [name for name in map(known_codec, labels)
              if name and not name.startswith("utf-16")]
    for name in (*_charset_order(stated, data), "utf-8"):
        try:
            return Decoded(data.decode(name), name)
        except UnicodeDecodeError:
            continue
    return _decode_undeclared(data, path=path, place=place, utf8_stated="utf-8" in stated,
                              why=_why_guess(labels))


def _decode_wide(data: bytes, codec: str, *, charset: str | None, path: str | None,
                 place: str) -> Decoded:
    """UTF-16 without a BOM: decoded when the server or the page says UTF-16, else refused
    by name, for a wrong guess would turn a whole page into nonsense."""
    head = data[:SNIFF_BYTES].decode(codec, "replace").encode()
    stated = (known_codec(charset), declared_charset(head))
    if any(name and name.startswith("utf-16") for name in stated):
        return Decoded(data.decode(codec, errors="replace"), codec)
    raise BinaryInputError(f"looks like {codec.upper()} without a byte order mark, and no "
                           "charset says so: not read (save it with a BOM or as UTF-8)",
                           path=path, place=place)


def _charset_order(stated: list[str], data: bytes) -> list[str]:
    """The stated codecs in the order to try them: the server's, then the page's.

    Servers state "ISO-8859-1" by default whatever the page holds, so then bytes
    that are valid UTF-8 beyond ASCII (Latin-1 text almost never is) and the
    page's own <meta> say more: the default goes last.
    """
    if not stated or stated[0] not in SERVER_DEFAULTS:
        return stated
    return [*([] if data.isascii() else ["utf-8"]), *stated[1:], stated[0]]


def _why_guess(labels: list[str]) -> str:
    """Why the charset had to be guessed, for the warning."""
    unknown = [label for label in labels if known_codec(label) is None]
    if unknown:
        return f"charset {unknown[0]!r} not recognised"
    if labels:
        return f"the bytes are not in the declared charset {labels[0]!r}"
    return "no charset declared"


def _decode_undeclared(data: bytes, *, path: str | None, place: str,
                       utf8_stated: bool, why: str) -> Decoded:
    try:
        data.decode("utf-8")
        first_bad = 0
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    valid = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    # A page stated UTF-8 keeps it, a stray byte replaced, while most of its high bytes are
    # UTF-8; one whose text is in another charset's bytes (a windows-1251 page under a
    # template's "utf-8") is that charset's, as an undeclared one is.
    if utf8_stated and (valid >= high - valid or high - valid < MISSTATED_BYTES) \
            or valid >= 4 * (high - valid):
        text = data.decode("utf-8", errors="replace")
        return Decoded(text, "utf-8", f"invalid UTF-8 at byte {first_bad}; "
                                      f"{text.count(chr(0xFFFD))} character(s) replaced by U+FFFD")
    best = from_bytes(data[: 4 * SNIFF_BYTES]).best()
    if best is None or best.encoding is None:
        raise DecodeError("bytes in no known text encoding", path=path, place=place)
    encoding = known_codec(best.encoding) or best.encoding
    encoding = _WEB_VARIANTS.get(encoding, encoding)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, f"{why}; decoded as {encoding} (a guess)")
