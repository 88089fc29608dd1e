"""Search on the PostgreSQL archive: the query language and filters of ``communique.search``.

Takes a ``PostgresArchive``, a query and ``Filters``; gives the same
``SearchResult`` as the tantivy search of the SQLite archive, computed by
PostgreSQL full-text search: the query tree (``search.query.parse_query``,
with the same analyzer, so both backends accept and reject the same queries)
becomes a ``tsquery`` matched against the GIN-indexed ``search`` column,
ranked by ``ts_rank`` (title weighted double, like the tantivy title boost),
snippets by ``ts_headline``, facets by ``GROUP BY``.

Where the two can differ: the ranking formula (BM25 there, ``ts_rank`` here;
equal scores order the same way, newest first), and words that the two
tokenizers cut differently (PostgreSQL keeps ``12.5`` or an e-mail address
as one token, tantivy splits them).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..models import Statement
from ..search import (
    EXPORT_LIMIT,
    FACET_SIZE,
    FACET_SIZES,
    FACETS,
    TIE_DIGITS,
    Filters,
    Hit,
    SearchResult,
    check_page,
    day_bound,
)
from ..search.query import AllOf, Node, Not, Words, parse_query
from ..search.snippets import make_snippet, snippet_text
from .index import build_analyzer

if TYPE_CHECKING:
    from ..search.people import PersonResult
    from .postgres import PostgresArchive

CONFIG = "'communique'"
WEIGHTS = "'{0.1, 0.5, 0.5, 1.0}'"  # D, C (text), B (lead), A (title): the title counts double
MARK_START, MARK_END = "\ue000", "\ue001"  # private-use code points: survive html.escape
HEADLINE_OPTIONS = (f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=40, MinWords=20, "
                    "ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"")
YEAR_MONTH = "published_at ~ '^[0-9]{4}.[0-9]{2}'"
# Each facet's values over the matched statements, one row per statement and value.
FACET_VALUES = {
    "kind": "SELECT kind AS value FROM matched",
    "site": "SELECT site AS value FROM matched WHERE site <> ''",
    "language": "SELECT language AS value FROM matched WHERE language <> ''",
    "year": f"SELECT left(published_at, 4) AS value FROM matched WHERE {YEAR_MONTH}",
    "month": f"SELECT left(published_at, 7) AS value FROM matched WHERE {YEAR_MONTH}",
    "participant": "SELECT DISTINCT m.id, v AS value FROM matched m, "
                   "jsonb_array_elements_text(m.participant_names) v WHERE v <> ''",
    "entity": "SELECT DISTINCT m.id, v AS value FROM matched m, "
              "jsonb_array_elements_text(m.entity_names) v WHERE v <> ''",
}


@dataclass(slots=True)
class Sql:
    """A fragment of SQL and its parameters, built apart from running it."""

    text: str = ""
    params: list[Any] = field(default_factory=list)

    def add(self, text: str, *params: Any) -> Sql:
        self.text += text
        self.params.extend(params)
        return self

    def extend(self, other: Sql) -> Sql:
        return self.add(other.text, *other.params)


def tsquery_sql(node: Node) -> Sql:
    """The ``tsquery`` expression for a parsed query tree."""
    if isinstance(node, Words):
        # CJK characters are set apart as words here as in the column (communique_spaced);
        # a prefix is never of them (query._leaf).
        head = node.terms[:-1] if node.prefix else node.terms
        phrase = Sql().add(f"phraseto_tsquery({CONFIG}, communique_spaced(%s))",
                           " ".join(head)) if head else None
        if not node.prefix:
            assert phrase is not None
            return phrase
        last = "'" + node.terms[-1].replace("'", "''") + "':*"
        prefix = Sql().add(f"to_tsquery({CONFIG}, %s)", last)
        if phrase is None:
            return prefix
        return Sql().add("tsquery_phrase(").extend(phrase).add(", ").extend(prefix).add(")")
    if isinstance(node, Not):
        return Sql().add("(!! ").extend(tsquery_sql(node.child)).add(")")
    joiner = " && " if isinstance(node, AllOf) else " || "
    out = Sql().add("(")
    for i, child in enumerate(node.children):
        out.add(joiner if i else "").extend(tsquery_sql(child))
    return out.add(")")


def where_sql(node: Node | None, filters: Filters) -> Sql:
    """The WHERE clause of a search: the words (``q`` is the tsquery) and every filter."""
    where = Sql().add("TRUE")
    for name in ("kind", "subkind", "site", "language"):
        values = getattr(filters, name)
        if values:
            where.add(f" AND s.{name} = ANY(%s)", list(values))
    for name, column in (("participant", "participant_names"), ("entity", "entity_names")):
        for value in getattr(filters, name):
            where.add(f" AND s.{column} @> jsonb_build_array(%s::text)", value)
    if filters.complete is not None:
        where.add(" AND s.complete = %s", filters.complete)
    start = day_bound(filters.since, "since")
    end = day_bound(filters.until, "until", end=True)
    if start is not None:
        where.add(" AND s.ts >= %s", start)
    if end is not None:
        where.add(" AND s.ts <= %s", end)
    if filters.speaker is not None:
        # The words must be said by the speaker, within one turn, as in the tantivy index.
        where.add(" AND s.speaker_names @> jsonb_build_array(%s::text)", filters.speaker)
        if node is not None:
            where.add(" AND EXISTS (SELECT 1 FROM jsonb_array_elements(s.record->'turns') t "
                      f"WHERE t->>'speaker' = %s AND "
                      f"to_tsvector({CONFIG}, communique_spaced(t->>'text')) @@ q.q)",
                      filters.speaker)
    elif node is not None:
        where.add(" AND s.search @@ q.q")
    return where


def ranked_sql(node: Node | None, where: Sql, *, limit: int, offset: int) -> Sql:
    """One page of matches, best first: (record, score, total)."""
    query = tsquery_sql(node) if node is not None else Sql().add("NULL::tsquery")
    score = f"ts_rank({WEIGHTS}, s.search, q.q)" if node is not None else "0.0"
    order = (f"round(({score})::numeric, {TIE_DIGITS}) DESC, " if node is not None else "")
    return (Sql().add("SELECT s.record, ").add(score).add(" AS score, count(*) OVER () "
                                                           "FROM statements s, (SELECT ")
            .extend(query).add(" AS q) q WHERE ").extend(where)
            .add(f" ORDER BY {order}s.ts DESC NULLS LAST, s.id LIMIT %s OFFSET %s",
                 limit, offset))


def facets_sql(node: Node | None, where: Sql) -> Sql:
    """Statement counts per facet value over every match: (facet, value, count) rows."""
    query = tsquery_sql(node) if node is not None else Sql().add("NULL::tsquery")
    out = (Sql().add("WITH matched AS MATERIALIZED (SELECT s.id, s.kind, s.site, s.language, "
                     "s.published_at, s.participant_names, s.entity_names "
                     "FROM statements s, (SELECT ").extend(query).add(" AS q) q WHERE ")
           .extend(where).add(") "))
    parts = []
    for name in FACETS:
        # Years and months newest first, as a timeline; the others biggest first.
        order = "value DESC" if name in FACET_SIZES else "count DESC, value"
        size = FACET_SIZES.get(name, FACET_SIZE)
        parts.append(f"(SELECT '{name}' AS facet, f.value::text AS value, count(*) AS count "
                     f"FROM ({FACET_VALUES[name]}) AS f GROUP BY f.value "
                     f"ORDER BY {order} LIMIT {size})")
    return out.add(" UNION ALL ".join(parts))


def search(archive: PostgresArchive, query: str = "", filters: Filters | None = None, *,
           page: int = 1, page_size: int = 20, facets: bool = False,
           max_page_size: int = 100, max_query_length: int = 500) -> SearchResult:
    """Rank the statements matching ``query`` and ``filters``, as ``communique.search.search``.

    Raises:
        QueryError: a malformed query, an unknown filter value, or a page out of bounds.
    """
    filters = filters or Filters()
    check_page(page, page_size, max_page_size)
    node = parse_query(query, analyzer(), max_length=max_query_length)
    where = where_sql(node, filters)
    ranked = ranked_sql(node, where, limit=page_size, offset=(page - 1) * page_size)
    rows = archive.conn.execute(ranked.text, ranked.params).fetchall()
    total = int(rows[0][2]) if rows else count_matches(archive, node, where)
    statements = [Statement.from_dict(record) for record, _, _ in rows]
    snippets = make_snippets(archive, node, statements, filters.speaker)
    hits = [Hit(s, float(score), snippet)
            for s, (_, score, _), snippet in zip(statements, rows, snippets, strict=True)]
    counted = count_facets(archive, node, where) if facets else {}
    return SearchResult(total, page, page_size, hits, counted)


def count_matches(archive: PostgresArchive, node: Node | None, where: Sql) -> int:
    query = tsquery_sql(node) if node is not None else Sql().add("NULL::tsquery")
    sql = (Sql().add("SELECT count(*) FROM statements s, (SELECT ").extend(query)
           .add(" AS q) q WHERE ").extend(where))
    return int(archive.scalar(sql.text, tuple(sql.params)))


def count_facets(archive: PostgresArchive, node: Node | None,
                 where: Sql) -> dict[str, list[dict[str, Any]]]:
    sql = facets_sql(node, where)
    counted: dict[str, list[dict[str, Any]]] = {name: [] for name in FACETS}
    for facet, value, count in archive.conn.execute(sql.text, sql.params):
        counted[facet].append({"value": value, "count": int(count)})
    return counted


def make_snippets(archive: PostgresArchive, node: Node | None, statements: list[Statement],
                  speaker: str | None) -> list[str]:
    """HTML-safe passages with the query's words in ``<mark>``, by ``ts_headline``."""
    texts = [snippet_text(s, speaker) for s in statements]
    if node is None or not texts:
        return [make_snippet(t, None) for t in texts]
    query = tsquery_sql(node)
    sql = (Sql().add(f"SELECT ts_headline({CONFIG}, translate(t, %s, ''), ",
                     MARK_START + MARK_END).extend(query)
           .add(", %s) FROM unnest(%s::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n",
                HEADLINE_OPTIONS, texts))
    marked = [row[0] for row in archive.conn.execute(sql.text, sql.params)]
    return [html.escape(m.replace("\n", " ")).replace(MARK_START, "<mark>")
            .replace(MARK_END, "</mark>") for m in marked]


def iter_matching(archive: PostgresArchive, query: str = "", filters: Filters | None = None,
                  *, limit: int = EXPORT_LIMIT,
                  max_query_length: int = 500) -> Iterator[Statement]:
    """Every statement a search matches, newest first, up to ``limit``: for exports and feeds.

    Raises:
        QueryError: a malformed query or filter.
    """
    node = parse_query(query, analyzer(), max_length=max_query_length)
    where = where_sql(node, filters or Filters())
    tsq = tsquery_sql(node) if node is not None else Sql().add("NULL::tsquery")
    sql = (Sql().add("SELECT s.record FROM statements s, (SELECT ").extend(tsq)
           .add(" AS q) q WHERE ").extend(where)
           .add(" ORDER BY s.ts DESC NULLS LAST, s.id LIMIT %s", limit))
    for (record,) in archive.stream(sql.text, tuple(sql.params)):
        yield Statement.from_dict(record)


def analyzer() -> Any:
    """The words of a query, cut as the SQLite archive's index cuts them."""
    cut = build_analyzer()
    return lambda text: list(cut.analyze(text))


PERSON_WHERE = ("(s.participant_names @> jsonb_build_array(%s::text) OR "
                "s.speaker_names @> jsonb_build_array(%s::text) OR "
                "s.entity_names @> jsonb_build_array(%s::text))")


def person(archive: PostgresArchive, name: str, *, page: int = 1, page_size: int = 20,
           max_page_size: int = 100) -> PersonResult:
    """``communique.search.people.person`` on this archive: statements by and with ``name``."""
    from ..search.people import MAX_TURNS, PersonResult, SpokenTurn

    check_page(page, page_size, max_page_size)
    names = (name, name, name)
    rows = archive.conn.execute(
        f"SELECT s.record, count(*) OVER () FROM statements s WHERE {PERSON_WHERE} "
        "ORDER BY s.ts DESC NULLS LAST, s.id LIMIT %s OFFSET %s",
        (*names, page_size, (page - 1) * page_size)).fetchall()
    total = int(rows[0][1]) if rows else int(archive.scalar(
        f"SELECT count(*) FROM statements s WHERE {PERSON_WHERE}", names))
    statements = [Statement.from_dict(record) for record, _ in rows]
    years = archive.conn.execute(
        f"SELECT left(published_at, 4), count(*) FROM statements s WHERE {PERSON_WHERE} "
        f"AND {YEAR_MONTH} GROUP BY 1 ORDER BY 1", names).fetchall()
    spoken = archive.conn.execute(
        "SELECT s.record, t.n FROM statements s, jsonb_array_elements(s.record->'turns') "
        "WITH ORDINALITY AS t(turn, n) WHERE s.speaker_names @> jsonb_build_array(%s::text) "
        "AND t.turn->>'speaker' = %s ORDER BY s.ts DESC NULLS LAST, s.id, t.n LIMIT %s",
        (name, name, MAX_TURNS)).fetchall()
    turns = []
    for record, number in spoken:
        statement = Statement.from_dict(record)
        turns.append(SpokenTurn(statement, int(number), statement.turns[int(number) - 1]))
    hits = [Hit(s, 0.0, make_snippet(s.lead or s.text, None)) for s in statements]
    labels = sorted({e.label for s in statements for e in s.entities if e.name == name})
    return PersonResult(name, total, page, page_size, hits,
                        [{"year": y, "count": int(c)} for y, c in years], labels, turns)
