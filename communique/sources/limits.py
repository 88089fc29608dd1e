"""Bounds on what one page may cost: its size, its longest line, its HTML nesting depth.

Every reader and ``pipeline.parse_page`` check a page against ``Limits``
before handing it on, so that one hostile page (a 200 MB dump, a 50 MB line,
HTML nested 100,000 levels deep) is refused with its file and offset instead
of exhausting memory or time.  HTML5 tree building costs time quadratic in the
nesting depth (a 100,000-deep page takes lexbor about 15 s), hence the depth bound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config import Settings
from ..errors import TooLargeError
from ..models import Page

_DEFAULTS = Settings()

# Tags that never open an element, or that the parser closes implicitly, do not
# deepen the tree however many of them a sloppy page leaves open.
_FLAT_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen "
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp "
    "html head body".split()
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,31})(?:\s[^<>]*)?(/?)>")
# Elements whose content is text, not tags: blanked (offsets kept) before the scan.
_RAW_NAMES = "script|style|textarea|title|xmp|noembed|noframes"
_HAS_RAW = re.compile(rf"<(?:{_RAW_NAMES})\b", re.I)
_RAW_TEXT = re.compile(rf"<({_RAW_NAMES})\b.*?(?:</\1\s*>|$)", re.S | re.I)
OPTIONS_PER_DEPTH = 4


@dataclass(frozen=True, slots=True)
class Limits:
    """What one page may cost; the defaults come from ``Settings``."""

    max_page_bytes: int = _DEFAULTS.max_page_bytes
    max_line_bytes: int = 4 * 1024 * 1024
    max_html_depth: int = 3000

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        """Take every bound the settings define, the defaults for the rest."""
        base = cls()
        return cls(**{name: getattr(settings, name, getattr(base, name))
                      for name in ("max_page_bytes", "max_line_bytes", "max_html_depth")})


def megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def check_size(size: int, limits: Limits, *, path: str | None, place: str) -> None:
    """Refuse a page of ``size`` bytes when it is over ``max_page_bytes``."""
    if size > limits.max_page_bytes:
        raise TooLargeError(f"a page of {megabytes(size)} is over the "
                            f"{megabytes(limits.max_page_bytes)} limit (max_page_bytes)",
                            path=path, place=place)


def longest_line(content: bytes | str) -> tuple[int, int]:
    """The length of the longest line and the offset where it starts."""
    newline: bytes | str = b"\n" if isinstance(content, bytes) else "\n"
    best, best_at, start = 0, 0, 0
    while start <= len(content):
        end = content.find(newline, start)  # type: ignore[arg-type]
        if end < 0:
            end = len(content)
        if end - start > best:
            best, best_at = end - start, start
        start = end + 1
    return best, best_at


def html_trouble(data: str, limit: int) -> tuple[int, str] | None:
    """Where and why parsing ``data`` would cost time quadratic in its size, if it would.

    Nesting deeper than ``limit`` elements, or more than ``OPTIONS_PER_DEPTH * limit``
    ``<option>`` elements (30,000 options cost lexbor 8 s).  A linear scan of the
    tags, not a parse: close enough to bound the parser's work.
    """
    if not may_be_deep(data, limit):
        return None
    text = _RAW_TEXT.sub(lambda m: " " * len(m.group()), data) if _HAS_RAW.search(data) \
        else data
    depth = options = 0
    for n, (closing, name, self_closing) in enumerate(_TAG.findall(text)):
        name = name.lower()
        if closing:
            if depth and name not in _FLAT_TAGS:
                depth -= 1
            continue
        if name in ("option", "optgroup"):
            options += 1
            if options > OPTIONS_PER_DEPTH * limit:
                return _nth_tag(text, n), f"more than {OPTIONS_PER_DEPTH * limit} <option> elements"
        if self_closing or name in _FLAT_TAGS:
            continue
        depth += 1
        if depth > limit:
            return _nth_tag(text, n), f"nested deeper than {limit} elements"
    return None


def may_be_deep(content: bytes | str, limit: int) -> bool:
    """False when the page cannot hold ``limit`` open elements at once, counted in C.

    Every "<" that does not start "</" may open an element: that count bounds the
    elements open at any point (and the ``<option>`` elements, ``OPTIONS_PER_DEPTH``
    times fewer than the bound), so a page under it needs no scan.  Most pages are.
    """
    lt, closing = (b"<", b"</") if isinstance(content, bytes) else ("<", "</")
    opening = content.count(lt)  # type: ignore[arg-type]
    # The closing tags are counted only when needed: that search costs twice the first.
    return opening > limit and opening - content.count(closing) > limit  # type: ignore[arg-type]


def _nth_tag(text: str, n: int) -> int:
    for index, match in enumerate(_TAG.finditer(text)):
        if index == n:
            return match.start()
    raise AssertionError("fewer tags on the second scan")


def check_page(page: Page, limits: Limits) -> None:
    """Refuse a page over any bound, naming its file and the offset of the trouble.

    Raises:
        TooLargeError: too big, a line too long, or HTML nested too deep.
    """
    content = page.content
    path = page.source.path or page.url
    check_size(_size(content), limits, path=path, place=page_place(page))
    if page.format in ("text", "markdown"):
        size, at = longest_line(content)
        if size > limits.max_line_bytes:
            raise TooLargeError(f"a line of {megabytes(size)} is over the "
                                f"{megabytes(limits.max_line_bytes)} limit (max_line_bytes)",
                                path=path, place=page_place(page, at))
    elif page.format == "html":
        # Counted on the bytes: most pages need neither decoding nor a scan.
        if not may_be_deep(content, limits.max_html_depth):
            return
        text = content if isinstance(content, str) else content.decode("latin-1")
        trouble = html_trouble(text, limits.max_html_depth)
        if trouble is not None:
            raise TooLargeError(f"HTML {trouble[1]}", path=path,
                                place=page_place(page, trouble[0]))


def _size(content: bytes | str) -> int:
    if isinstance(content, bytes) or content.isascii():
        return len(content)
    return len(content.encode("utf-8", "surrogatepass"))


def page_place(page: Page, within: int | None = None) -> str:
    """Where a page starts in its file, e.g. ``record 12 (offset 40960)``, for messages."""
    where = f"offset {page.source.offset or 0}"
    if page.source.format.startswith("warc"):
        where = f"record {page.source.index} ({where})"
    elif page.source.format.startswith("jsonl"):
        where = f"line {page.source.index + 1} ({where})"
    return where if within is None else f"{where}, position {within} in the page"
