"""Communique: official statements from crawled pages into a structured, searchable archive.

The public API::

    from communique import parse_page, iter_statements, open_archive, Statement
"""

from .errors import CommuniqueError, InputError, PageDropped
from .models import Document, Page, Participant, Source, Statement, Turn
from .pipeline import ingest_paths, iter_statements, parse_page
from .report import Report
from .store import open_archive

__version__ = "0.1.0"

__all__ = [
    "CommuniqueError",
    "Document",
    "InputError",
    "Page",
    "PageDropped",
    "Participant",
    "Report",
    "Source",
    "Statement",
    "Turn",
    "ingest_paths",
    "iter_statements",
    "open_archive",
    "parse_page",
]
