"""Markdown with YAML front matter -> Documents (placeholder)."""

from __future__ import annotations

from ..models import Document, Page
from .text import extract_text


def extract_markdown(page: Page) -> list[Document]:
    return extract_text(page)
