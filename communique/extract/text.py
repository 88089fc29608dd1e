"""Plain-text page dumps -> Documents (placeholder: one document, one block per line)."""

from __future__ import annotations

from ..models import Block, Document, Page


def extract_text(page: Page) -> list[Document]:
    from . import page_text

    lines = [ln.strip() for ln in page_text(page).splitlines() if ln.strip()]
    return [Document(blocks=[Block(ln) for ln in lines[1:]], title=lines[0] if lines else None,
                     url=page.url)]
