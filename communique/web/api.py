"""The JSON API: search, statements, versions, people and entities (OpenAPI at /api/openapi.json).

Every response is built by the same library calls as the pages; errors have
the one shape of ``errors.ErrorBody``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from ..search import search
from ..search.people import person
from .errors import ERROR_RESPONSES
from .links import compare_refs, copies_of, parse_ref
from .params import MAX_PAGE_SIZE, SearchParams, search_params

router = APIRouter(prefix="/api", tags=["api"], responses=ERROR_RESPONSES)
StatementId = Annotated[str, Path(max_length=100, description="the statement's stable id")]
Name = Annotated[str, Path(max_length=200)]
Page = Annotated[int, Query(ge=1, le=10_000)]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)]
RefParam = Annotated[str, Query(min_length=1, max_length=110,
                                description="a statement id, or ID@VERSION")]


@router.get("/search")
def api_search(request: Request,
               params: Annotated[SearchParams, Depends(search_params)],
               facets: Annotated[bool, Query(description="count the facets")] = True
               ) -> dict[str, Any]:
    """Search: ``{total, page, page_size, results: [{id, title, kind, published_at, snippet,
    ...}], facets: {kind: [{value, count}], year, month, participant, site, language, entity}}``.

    ``snippet`` is HTML-escaped text in which only ``<mark>`` is markup.
    """
    result = search(request.app.state.archive, params.q, params.filters, page=params.page,
                    page_size=params.page_size, facets=facets)
    return result.to_dict()


@router.get("/statements/{statement_id}")
def api_statement(request: Request, statement_id: StatementId,
                  version: Annotated[int | None, Query(ge=1, le=100_000)] = None
                  ) -> dict[str, Any]:
    """One statement with the same keys as the export (the current version unless asked)."""
    return request.app.state.archive.get(statement_id, version=version).to_dict()  # type: ignore[no-any-return]


@router.get("/statements/{statement_id}/versions")
def api_versions(request: Request, statement_id: StatementId) -> dict[str, Any]:
    """Every stored version of a statement, oldest first: ``{id, versions: [...]}``."""
    versions = request.app.state.archive.versions(statement_id)
    return {"id": statement_id, "versions": [
        {"version": v.version, "content_hash": v.content_hash, "fetched_at": v.fetched_at,
         "current": v.current} for v in versions]}


@router.get("/statements/{statement_id}/copies")
def api_copies(request: Request, statement_id: StatementId) -> dict[str, Any]:
    """The other members of a statement's cluster of copies, as ``communique link`` found
    them, oldest first: ``{id, cluster, original, copies: [{id, title, site, published_at,
    url, original}]}``; no copies (and ``cluster`` null) when it has none or was never linked.
    """
    archive = request.app.state.archive
    statement = archive.get(statement_id)
    return {"id": statement.id, "cluster": statement.cluster, "original": statement.original,
            "copies": [{"id": c.id, "title": c.title, "site": c.site,
                        "published_at": c.published_at, "url": c.url,
                        "original": c.id == c.original} for c in copies_of(archive, statement)]}


@router.get("/compare")
def api_compare(request: Request, a: RefParam, b: RefParam) -> dict[str, Any]:
    """What ``b`` omits, adds and rewords relative to ``a`` (``ID`` or ``ID@VERSION``):
    ``{a, b, unit, units, omitted, added, introduction, reworded, changes: [...], summary,
    matched}``; paragraphs are numbered as the ``#pN`` anchors (0 is the lead)."""
    shown = compare_refs(request.app.state.archive, parse_ref("a", a), parse_ref("b", b))
    return shown.result.to_dict()


@router.get("/people/{name:path}")
def api_person(request: Request, name: Name, page: Page = 1,
               page_size: PageSize = 20) -> dict[str, Any]:
    """Statements by, with or mentioning a person, newest first; their turns; counts by year."""
    return _person(request, name, page, page_size)


@router.get("/entities/{name:path}")
def api_entity(request: Request, name: Name, page: Page = 1,
               page_size: PageSize = 20) -> dict[str, Any]:
    """The same for any entity (person, place, organisation) by its canonical name."""
    return _person(request, name, page, page_size)


def _person(request: Request, name: str, page: int, page_size: int) -> dict[str, Any]:
    from ..errors import NotFoundError

    result = person(request.app.state.archive, name, page=page, page_size=page_size)
    if not result.total and not result.turns:
        raise NotFoundError(f"no statement by, with or about {name!r}")
    return result.to_dict()
