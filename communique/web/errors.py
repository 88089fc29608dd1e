"""One error shape: ``{"error": {"status": N, "message": "..."}}`` for the API and feeds,
the same message in an HTML page for the site.  A malformed query is a 400, never a 500.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from ..errors import ArchiveError, NotFoundError, QueryError
from .security import HEADERS

log = logging.getLogger(__name__)


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorBody(BaseModel):
    """The body of every error response of the API."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorBody, "description": "A malformed query or parameter"},
    404: {"model": ErrorBody, "description": "No such record"},
}


def error_response(request: Request, status: int, message: str) -> Response:
    """The error as JSON for the API and feeds, as a page for the site."""
    path = request.url.path
    if path.startswith("/api/") or path.endswith((".atom", ".json")) or path == "/export":
        return JSONResponse({"error": {"status": status, "message": message}}, status)
    from .render import render_page

    return render_page(request, "error.html", {"status": status, "message": message},
                       status=status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for item in exc.errors()[:3]:
        where = ".".join(str(p) for p in item.get("loc", ())[1:]) or "request"
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """Map every failure to the one shape, with the right status."""

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return error_response(request, 404, str(exc))

    @app.exception_handler(ArchiveError)
    async def archive_error(request: Request, exc: ArchiveError) -> Response:
        log.error("archive error on %s: %s", request.url.path, exc)
        return error_response(request, 503, "the archive cannot be read just now")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 400, _validation_message(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        response = error_response(request, 500, "internal error")
        # Starlette answers this one outside the middleware stack, so the
        # security headers must be set here.
        for name, value in HEADERS:
            response.headers[name.decode()] = value.decode()
        return response
