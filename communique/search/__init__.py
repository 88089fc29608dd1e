"""Search: a query and filters in, a ranked page of statements with snippets and facets out.

Takes an archive (its records and its derived tantivy index, ``store.index``)
and gives ``SearchResult``.  Ranking is BM25 (title words count double) with
the newer statement first on a tie, then the id, so pages never overlap.
Facets count statements, including many-valued fields (participants, entities).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import tantivy

from ..errors import QueryError
from ..models import KINDS, Statement
from .query import Node, parse_query, positive_words, to_tantivy
from .snippets import highlight_pattern, make_snippet, snippet_text

if TYPE_CHECKING:
    from ..store import Archive
    from ..store.index import SearchIndex

__all__ = ["FACETS", "Filters", "Hit", "SearchResult", "iter_matching", "parse_query", "search"]

FACETS = ("kind", "year", "month", "participant", "site", "language", "entity")
FACET_SIZES = {"year": 50, "month": 36}
FACET_SIZE = 15
MAX_WINDOW = 10_000  # deepest result reachable by paging: page * page_size
MAX_SPEAKER_STATEMENTS = 10_000
EXPORT_LIMIT = 100_000
TIE_DIGITS = 5
TIE_MARGIN = 10


@dataclass(frozen=True, slots=True)
class Filters:
    """What a result must be; several values of one field mean any of them.

    ``participant`` and ``entity`` values must all be present; ``speaker``
    limits the words of the query to that speaker's turns.
    """

    kind: tuple[str, ...] = ()
    subkind: tuple[str, ...] = ()
    site: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    participant: tuple[str, ...] = ()
    entity: tuple[str, ...] = ()
    speaker: str | None = None
    since: str | None = None
    until: str | None = None
    complete: bool | None = None

    def __post_init__(self) -> None:
        unknown = [k for k in self.kind if k not in KINDS]
        if unknown:
            raise QueryError(f"kind: unknown kind {unknown[0]!r}; one of " + ", ".join(KINDS))
        start, end = day_bound(self.since, "since"), day_bound(self.until, "until", end=True)
        if start is not None and end is not None and start > end:
            raise QueryError("since: the date range is empty (since is after until)")


@dataclass(slots=True)
class Hit:
    statement: Statement
    score: float
    snippet: str

    def to_dict(self) -> dict[str, Any]:
        s = self.statement
        return {"id": s.id, "title": s.title, "kind": s.kind, "subkind": s.subkind,
                "published_at": s.published_at, "place": s.place, "site": s.site,
                "language": s.language, "url": s.url, "complete": s.complete,
                "participants": [p.name for p in s.participants],
                "snippet": self.snippet, "score": round(self.score, 4)}


@dataclass(slots=True)
class SearchResult:
    total: int
    page: int
    page_size: int
    hits: list[Hit]
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "page": self.page, "page_size": self.page_size,
                "results": [h.to_dict() for h in self.hits], "facets": self.facets}


def day_bound(value: str | None, name: str, *, end: bool = False) -> int | None:
    """Seconds since the epoch of a date or time filter; a bare ``until`` day is inclusive.

    Raises:
        QueryError: not an ISO date (``2021-09-24``) or time.
    """
    if not value:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value) + timedelta(days=1 if end else 0)
            moment = datetime.combine(day, time(), tzinfo=UTC)
            return int(moment.timestamp()) - (1 if end else 0)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        raise QueryError(f"{name}: expected a date like 2021-09-24, got {value!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def search(archive: Archive, query: str = "", filters: Filters | None = None, *,
           page: int = 1, page_size: int = 20, facets: bool = False,
           max_page_size: int = 100, max_query_length: int = 500) -> SearchResult:
    """Rank the statements matching ``query`` and ``filters``; page 1 is the best.

    Raises:
        QueryError: a malformed query, an unknown filter value, or a page out of bounds.
    """
    own = getattr(archive, "search", None)
    if callable(own):  # a backend that searches in its own database (PostgreSQL)
        return own(query, filters, page=page, page_size=page_size,  # type: ignore[no-any-return]
                   facets=facets, max_page_size=max_page_size,
                   max_query_length=max_query_length)
    filters = filters or Filters()
    check_page(page, page_size, max_page_size)
    index = archive.search_index()
    searcher = index.searcher()
    node = parse_query(query, index.analyze, max_length=max_query_length)
    combined = build_query(index, searcher, node, filters)
    if combined is None:
        return SearchResult(0, page, page_size, [], _empty_facets() if facets else {})
    offset = (page - 1) * page_size
    ranked, total = _rank(searcher, combined, offset + page_size, by_score=node is not None)
    page_hits = ranked[offset:offset + page_size]
    statements = archive.get_many([sid for sid, _ in page_hits])
    pattern = highlight_pattern(positive_words(node))
    scores = dict(page_hits)
    hits = [Hit(s, scores[s.id], make_snippet(snippet_text(s, filters.speaker), pattern))
            for s in statements]
    counted = count_facets(searcher, combined) if facets else {}
    return SearchResult(total, page, page_size, hits, counted)


def build_query(index: SearchIndex, searcher: tantivy.Searcher, node: Node | None,
                filters: Filters) -> tantivy.Query | None:
    """The whole search as one tantivy query; None when a speaker filter rules everything out."""
    clauses = filter_clauses(index, filters)
    node_occur = tantivy.Occur.Must
    if filters.speaker is not None:
        ids = speaker_statements(index, searcher, node, filters.speaker)
        if not ids:
            return None
        clauses.append((tantivy.Occur.Must,
                        tantivy.Query.term_set_query(index.schema, "id", ids)))
        node_occur = tantivy.Occur.Should  # rank by the words; the turns already matched them
    if node is not None:
        clauses.append((node_occur, to_tantivy(node, index.schema, ("title", "body"))))
    if not any(occur == tantivy.Occur.Must for occur, _ in clauses):
        clauses.append((tantivy.Occur.Must, tantivy.Query.all_query()))
    return tantivy.Query.boolean_query(clauses)


def iter_matching(archive: Archive, query: str = "", filters: Filters | None = None, *,
                  limit: int = EXPORT_LIMIT, max_query_length: int = 500) -> Iterator[Statement]:
    """Every statement a search matches, newest first, up to ``limit``: for exports and feeds.

    Raises:
        QueryError: a malformed query or filter.
    """
    own = getattr(archive, "iter_matching", None)
    if callable(own):  # a backend that searches in its own database (PostgreSQL)
        yield from own(query, filters, limit=limit, max_query_length=max_query_length)
        return
    index = archive.search_index()
    searcher = index.searcher()
    node = parse_query(query, index.analyze, max_length=max_query_length)
    combined = build_query(index, searcher, node, filters or Filters())
    if combined is None:
        return
    result = searcher.search(combined, limit, order_by_field="ts")
    ids = [searcher.doc(address)["id"][0] for _, address in result.hits]
    for start in range(0, len(ids), 500):
        yield from archive.get_many(ids[start:start + 500])


def check_page(page: int, page_size: int, max_page_size: int) -> None:
    if page < 1:
        raise QueryError("page: must be 1 or more")
    if not 1 <= page_size <= max_page_size:
        raise QueryError(f"page_size: must be between 1 and {max_page_size}")
    if page * page_size > MAX_WINDOW:
        raise QueryError(f"page: results beyond the first {MAX_WINDOW} cannot be paged to; "
                         "narrow the search")


def filter_clauses(index: SearchIndex, filters: Filters) -> list[tuple[Any, tantivy.Query]]:
    """The filters as tantivy clauses (none when nothing is filtered)."""
    schema = index.schema
    must = tantivy.Occur.Must
    clauses: list[tuple[Any, tantivy.Query]] = []
    for name in ("kind", "subkind", "site", "language"):
        values = getattr(filters, name)
        if values:
            clauses.append((must, tantivy.Query.term_set_query(schema, name, list(values))))
    for name in ("participant", "entity"):
        for value in getattr(filters, name):
            clauses.append((must, tantivy.Query.term_query(schema, name, value)))
    if filters.complete is not None:
        flag = "true" if filters.complete else "false"
        clauses.append((must, tantivy.Query.term_query(schema, "complete", flag)))
    start = day_bound(filters.since, "since")
    end = day_bound(filters.until, "until", end=True)
    if start is not None or end is not None:
        from ..store.index import NO_DATE

        low = start if start is not None else NO_DATE + 1
        clauses.append((must, tantivy.Query.range_query(
            schema, "ts", tantivy.FieldType.Integer, low, end)))
    return clauses


def speaker_statements(index: SearchIndex, searcher: tantivy.Searcher, node: Node | None,
                       speaker: str) -> list[str]:
    """Ids of statements in which ``speaker`` said words matching the query."""
    schema = index.turn_schema
    clauses = [(tantivy.Occur.Must, tantivy.Query.term_query(schema, "speaker", speaker))]
    if node is not None:
        clauses.append((tantivy.Occur.Must,
                        to_tantivy(node, schema, ("body",), all_pairs=False)))
    agg = {"ids": {"terms": {"field": "id", "size": MAX_SPEAKER_STATEMENTS}}}
    found = index.turn_searcher().aggregate(tantivy.Query.boolean_query(clauses), agg)
    return [b["key"] for b in found["ids"]["buckets"]]


def _rank(searcher: tantivy.Searcher, query: tantivy.Query, needed: int,
          *, by_score: bool) -> tuple[list[tuple[str, float]], int]:
    if not by_score:
        result = searcher.search(query, needed, order_by_field="ts")
        return [(searcher.doc(a)["id"][0], 0.0) for _, a in result.hits], hit_count(result)
    # Fetch a margin past the page, so that equal scores straddling its end are ordered
    # by recency too rather than by where tantivy happened to cut.
    result = searcher.search(query, needed + TIE_MARGIN)
    rows = []
    for score, address in result.hits:
        doc = searcher.doc(address)
        rows.append((-round(score, TIE_DIGITS), -doc["ts"][0], doc["id"][0], score))
    rows.sort()
    return [(sid, score) for _, _, sid, score in rows], hit_count(result)


def hit_count(result: Any) -> int:
    """How many documents matched (the count tantivy's result carries)."""
    return int(getattr(result, "count", 0) or 0)




def count_facets(searcher: tantivy.Searcher, query: tantivy.Query) -> dict[str, list[dict]]:
    """Statement counts per value of each facet, the biggest first (years and months newest)."""
    agg: dict[str, Any] = {}
    for name in FACETS:
        terms: dict[str, Any] = {"field": name, "size": FACET_SIZES.get(name, FACET_SIZE)}
        if name in FACET_SIZES:
            terms["order"] = {"_key": "desc"}
        agg[name] = {"terms": terms}
    found = searcher.aggregate(query, agg)
    return {name: [{"value": b["key"], "count": int(b["doc_count"])}
                   for b in found[name]["buckets"]] for name in FACETS}


def _empty_facets() -> dict[str, list[dict]]:
    return {name: [] for name in FACETS}
