"""Extraction: Page -> Documents (the main statement, and feed teasers as incomplete ones).

Each format has its own module: ``text`` (plain page dumps), ``markdown``
(front matter + body), ``html``.  A page that holds no statement raises
``PageDropped`` with the reason.
"""

from __future__ import annotations

from ..models import Document, Page
from ..sources.encoding import decode_bytes


def page_text(page: Page) -> str:
    """The page's content as text, decoded if the source handed bytes."""
    if isinstance(page.content, str):
        return page.content
    return decode_bytes(page.content, path=page.source.path)


def extract_documents(page: Page) -> list[Document]:
    """Split one page into the documents it holds, in page order.

    Raises:
        InputError: the page cannot be decoded.
        PageDropped: the page holds no statement.
    """
    if page.format == "html":
        from .html import extract_html

        return extract_html(page)
    if page.format == "markdown":
        from .markdown import extract_markdown

        return extract_markdown(page)
    from .text import extract_text

    return extract_text(page)
