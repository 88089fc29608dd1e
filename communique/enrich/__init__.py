"""Enrichment: Statement -> the same statement with entities, dates mentioned and claims.

Every span indexes ``Statement.text``.
"""

from __future__ import annotations

from ..models import Statement


def enrich_statement(statement: Statement) -> Statement:
    """Fill ``entities``, ``dates`` and ``claims`` (placeholder: leaves them empty)."""
    return statement
