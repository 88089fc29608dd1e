"""The web pages: home feed, search, statement, person or entity; rendered on the server.

Each view calls the same library functions as the API and renders a template;
nothing needs JavaScript (the Content-Security-Policy forbids it anyway).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from ..models import KINDS
from ..search import FACETS, Filters, search
from ..search.people import person
from .links import compare_refs, copies_of, parse_ref, reference_pair
from .params import SearchParams, search_params
from .render import citation, render_page, segments

router = APIRouter(include_in_schema=False)
Name = Annotated[str, Path(max_length=200)]
RefParam = Annotated[str, Query(min_length=1, max_length=110,
                                description="a statement id, or ID@VERSION")]


@router.get("/", response_class=HTMLResponse)
def home(request: Request, params: Annotated[SearchParams, Depends(search_params)]) -> HTMLResponse:
    """The latest statements, newest first, narrowed by kind."""
    archive = request.app.state.archive
    filters = Filters(kind=params.filters.kind)
    result = search(archive, "", filters, page=params.page, page_size=params.page_size)
    every_kind = search(archive, "", page_size=1, facets=True).facets["kind"]
    return render_page(request, "home.html", {"result": result, "params": params,
                                              "kinds": every_kind, "title": "Latest statements"})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request,
                params: Annotated[SearchParams, Depends(search_params)]) -> HTMLResponse:
    """The search form, facets with counts, results with highlighted snippets."""
    archive = request.app.state.archive
    result = search(archive, params.q, params.filters, page=params.page,
                    page_size=params.page_size, facets=True)
    title = f"Search: {params.q}" if params.q else "Search"
    return render_page(request, "search.html", {"result": result, "params": params,
                                                "kinds": KINDS, "facet_names": FACETS,
                                                "title": title})


@router.get("/statements/{statement_id}", response_class=HTMLResponse)
def statement_page(request: Request, statement_id: Annotated[str, Path(max_length=100)],
                   version: Annotated[int | None, Query(ge=1, le=100_000)] = None
                   ) -> HTMLResponse:
    """One statement: header, lead, the dialogue with ``#pN`` anchors and citations."""
    archive = request.app.state.archive
    statement = archive.get(statement_id, version=version)
    versions = archive.versions(statement_id)
    shown = version or next((v.version for v in versions if v.current), None)
    # ``communique link`` records the cluster on the current version only
    linked = statement if version is None else archive.get(statement_id)
    url = str(request.url_for("statement_page", statement_id=statement_id))
    cite = {n: citation(statement, f"{url}#p{n}", n, shown)
            for n in range(1, len(statement.paragraphs) + 1)}
    context = {"s": statement, "segments": segments(statement), "versions": versions,
               "shown": shown, "url": url, "cite": cite, "title": statement.title or "Statement",
               "citation": citation(statement, url, None, shown),
               "copies": [(c, *reference_pair(linked, c)) for c in copies_of(archive, linked)],
               "claim_paragraphs": [statement.text[:c.start].count("\n") + 1
                                    for c in statement.claims]}
    return render_page(request, "statement.html", context)


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, a: RefParam, b: RefParam) -> HTMLResponse:
    """Two statements (or two versions of one) side by side: what the second omits, adds
    and rewords, paragraph by paragraph."""
    shown = compare_refs(request.app.state.archive, parse_ref("a", a), parse_ref("b", b))
    return render_page(request, "compare.html", {"c": shown, "title": "Compare: "
                                                 + (shown.b.title or str(shown.b_ref))})


@router.get("/people/{name:path}", response_class=HTMLResponse)
def person_page(request: Request, name: Name,
                page: Annotated[int, Query(ge=1, le=10_000)] = 1) -> HTMLResponse:
    """Statements by and with a person, their turns, and a count by year."""
    return _person(request, name, page, "person")


@router.get("/entities/{name:path}", response_class=HTMLResponse)
def entity_page(request: Request, name: Name,
                page: Annotated[int, Query(ge=1, le=10_000)] = 1) -> HTMLResponse:
    """The same page for any entity: a person, a place or an organisation."""
    return _person(request, name, page, "entity")


def _person(request: Request, name: str, page: int, what: str) -> HTMLResponse:
    result = person(request.app.state.archive, name, page=page)
    status = 200 if result.total or result.turns else 404
    return render_page(request, "person.html", {"result": result, "what": what,
                                                "title": name}, status=status)
