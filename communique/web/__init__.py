"""The served archive: an ASGI app (FastAPI) over a read-only archive.

Placeholder until the web issue: a plain list of the latest statements and
``/api/statements/{id}``.
"""

from __future__ import annotations

import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, JSONResponse

from ..config import Settings
from ..errors import NotFoundError
from ..store import open_archive


def create_app(settings: Settings) -> FastAPI:
    """Build the app; the archive is opened read-only and never written."""
    archive = open_archive(settings.db, readonly=True)
    app = FastAPI(title="Communique")

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        items = []
        for s in archive.iter_statements():
            title = html.escape(s.title or s.id)
            items.append(f"<li>{html.escape(s.published_at or '')} · {html.escape(s.kind)} · "
                         f"<a href='/api/statements/{s.id}'>{title}</a></li>")
        return "<!doctype html><title>Communique</title><h1>Latest statements</h1><ul>" + \
            "".join(items) + "</ul>"

    @app.get("/api/statements/{statement_id}")
    def get_statement(statement_id: str) -> JSONResponse:
        try:
            return JSONResponse(archive.get(statement_id).to_dict())
        except NotFoundError as exc:
            return JSONResponse({"error": {"status": 404, "message": str(exc)}}, 404)

    return app
