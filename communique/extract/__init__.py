"""Extraction: Page -> Documents (the main statement, and feed teasers as incomplete ones).

Each format has its own module: ``text`` (plain page dumps), ``markdown``
(front matter + body), ``html``.  A page that holds no statement raises
``PageDropped`` with the reason.
"""

from __future__ import annotations

from collections.abc import Callable

from ..models import Document, Page
from ..sources.encoding import decode_bytes
from .content import without_soft_hyphens


def page_text(page: Page) -> str:
    """The page's content as text, decoded if the source handed bytes, without the soft
    hyphens a typesetter left in long words ("Bundes\xadpräsident" is "Bundespräsident")."""
    text = page.content if isinstance(page.content, str) else \
        decode_bytes(page.content, path=page.source.path)
    return without_soft_hyphens(text)


def extract_documents(page: Page) -> list[Document]:
    """Split one page into the documents it holds, in page order.

    Raises:
        InputError: the page cannot be decoded.
        PageDropped: the page holds no statement.
    """
    extract = EXTRACTORS.get(page.format) or extractor(page.format)
    return extract(page)


EXTRACTORS: dict[str, Callable[[Page], list[Document]]] = {}


def extractor(fmt: str) -> Callable[[Page], list[Document]]:
    """The extractor of a page format, imported on first use (each pulls in its parser).

    Kept once imported: an import statement in the per-page path runs the import
    machinery on every page.
    """
    if fmt == "html":
        from .html import extract_html as found
    elif fmt == "markdown":
        from .markdown import extract_markdown as found
    else:
        from .text import extract_text as found
    EXTRACTORS[fmt] = found
    return found
