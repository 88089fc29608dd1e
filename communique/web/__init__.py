"""The served archive: an ASGI app (FastAPI) over a read-only archive.

Takes settings (the archive path) and gives the app: the web pages
(``pages.py``), the JSON API (``api.py``), Atom feeds and exports
(``feeds.py``).  The archive database is opened read-only; the server never
writes it.  Every scraped string is escaped by the templates, and every
response carries a Content-Security-Policy that allows no script at all.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..config import Settings
from ..store import open_archive
from .errors import install_error_handlers
from .render import build_environment
from .security import SecurityHeaders

STATIC = Path(__file__).parent / "static"


def create_app(settings: Settings) -> FastAPI:
    """Build the app; the archive is opened read-only and never written.

    Raises:
        ArchiveError: the archive does not exist or cannot be read.
    """
    archive = open_archive(settings.db, readonly=True)
    if not callable(getattr(archive, "search", None)):  # PostgreSQL searches in the database
        archive.search_index()  # fail now, not on the first request, if the index cannot open
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        archive.close()

    app = FastAPI(title="Communique", version="1", lifespan=lifespan,
                  description="Official statements: search, statements, people, feeds.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.archive = archive
    app.state.settings = settings
    app.state.templates = build_environment()
    app.add_middleware(SecurityHeaders)
    install_error_handlers(app)
    from . import api, feeds, pages

    app.include_router(api.router)
    app.include_router(feeds.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
