"""Parsing: Document -> Statement: kind, dates, participants, turns.

``parse_document`` is the stage function; the submodules each decide one thing.
"""

from __future__ import annotations

from ..models import Document, Source, Statement, statement_id


def parse_document(doc: Document, source: Source) -> Statement:
    """Turn one extracted document into a statement record (placeholder)."""
    text = "\n".join(b.text for b in doc.blocks)
    sid = statement_id(url=doc.url, title=doc.title, published_at=doc.published_at, text=text,
                       complete=doc.complete)
    return Statement(id=sid, kind="other", title=doc.title, published_at=doc.published_at,
                     text=text, source=source, lead=doc.lead, place=doc.place,
                     language=doc.language, complete=doc.complete, url=doc.url, site=doc.site,
                     tags=doc.tags)
