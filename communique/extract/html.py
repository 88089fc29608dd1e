"""HTML pages -> Documents (placeholder: the HTML issue replaces it)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from ..models import Block, Document, Page


def extract_html(page: Page) -> list[Document]:
    from . import page_text

    tree = HTMLParser(page_text(page))
    title = tree.css_first("title")
    blocks = [Block(p.text(strip=True)) for p in tree.css("p") if p.text(strip=True)]
    return [Document(blocks=blocks, title=title.text(strip=True) if title else None,
                     url=page.url)]
