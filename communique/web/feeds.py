"""Atom feeds and downloads for any search: ``/search.atom`` and ``/api/export``.

Both take the search parameters of the search page, so every search has its
feed and its exports (JSON Lines, CSV, Parquet statements or turns, TEI XML).
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import IO, Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response, StreamingResponse

from .. import export
from ..models import Statement
from ..search import iter_matching, search
from ..store.index import NO_DATE, timestamp
from .errors import ERROR_RESPONSES
from .params import SearchParams, search_params

router = APIRouter(responses=ERROR_RESPONSES)
WEB_EXPORT_LIMIT = 10_000
CHUNK = 64 * 1024
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
         "tei": "application/tei+xml", "parquet": "application/vnd.apache.parquet"}


def rfc3339(published_at: str | None) -> str:
    seconds = timestamp(published_at)
    moment = datetime.fromtimestamp(0 if seconds == NO_DATE else seconds, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@router.get("/search.atom", tags=["feeds"], response_class=Response,
            responses={200: {"content": {"application/atom+xml": {}}}})
def search_feed(request: Request,
                params: Annotated[SearchParams, Depends(search_params)]) -> Response:
    """An Atom feed of any search, newest first when there are no words to rank by."""
    result = search(request.app.state.archive, params.q, params.filters, page=params.page,
                    page_size=params.page_size)
    page_url = str(request.url_for("search_page")) + "?" + params.query_string()
    newest = max((rfc3339(h.statement.published_at) for h in result.hits),
                 default=rfc3339(None))
    body = request.app.state.templates.get_template("feed.atom").render(
        result=result, params=params, page_url=page_url, self_url=str(request.url),
        updated=newest, rfc3339=rfc3339,
        statement_url=lambda sid: str(request.url_for("statement_page", statement_id=sid)))
    return Response(export.xml_text(body), media_type="application/atom+xml; charset=utf-8")


@router.get("/api/export", tags=["api"], response_class=StreamingResponse,
            responses={200: {"content": {m.split(";")[0]: {} for m in MEDIA.values()}}})
def export_search(request: Request,
                  params: Annotated[SearchParams, Depends(search_params)],
                  format: Annotated[Literal["jsonl", "csv", "tei", "parquet"],
                                    Query(description="jsonl, csv, tei or parquet")] = "jsonl",
                  table: Annotated[Literal["statements", "turns"],
                                   Query(description="Parquet only")] = "statements",
                  ) -> StreamingResponse:
    """Download every statement a search matches (newest first, at most 10,000)."""
    statements = iter_matching(request.app.state.archive, params.q, params.filters,
                               limit=WEB_EXPORT_LIMIT)
    first = next(statements, None)  # a malformed query fails here, before any byte is sent
    spool = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)
    chained = _chain(first, statements)
    if format == "parquet":
        if table == "turns":
            export.write_parquet(chained, io.BytesIO(), spool)
        else:
            export.write_parquet(chained, spool)
    elif format == "tei":
        export.write_tei(chained, spool)
    else:
        text = io.TextIOWrapper(spool, encoding="utf-8", newline="", write_through=True)
        (export.write_csv if format == "csv" else export.write_jsonl)(chained, text)
        text.detach()
    spool.seek(0)
    name = "turns" if format == "parquet" and table == "turns" else "statements"
    suffix = {"jsonl": "jsonl", "csv": "csv", "tei": "xml", "parquet": "parquet"}[format]
    headers = {"Content-Disposition": f'attachment; filename="{name}.{suffix}"'}
    return StreamingResponse(_read(spool), media_type=MEDIA[format], headers=headers)


def _chain(first: Statement | None, rest: Iterator[Statement]
           ) -> Iterator[Statement]:
    if first is not None:
        yield first
        yield from rest


def _read(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := spool.read(CHUNK):
            yield chunk
    finally:
        spool.close()
