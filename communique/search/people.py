"""People and other entities: the statements by and with one name, their turns, a count by year.

Takes an archive and a name as the records give it (a participant, a speaker
label or an entity's canonical name); gives ``PersonResult``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import tantivy

from ..models import Statement, Turn
from . import Filters, Hit, check_page, filter_clauses, hit_count

if TYPE_CHECKING:
    from ..store import Archive
    from ..store.index import SearchIndex

MAX_TURNS = 50


@dataclass(slots=True)
class SpokenTurn:
    statement: Statement
    number: int  # 1-based, the order of the turn in the statement
    turn: Turn

    @property
    def paragraph(self) -> int:
        """The ``#pN`` paragraph where the turn begins."""
        return self.statement.text[: self.turn.start].count("\n") + 1

    def to_dict(self) -> dict[str, Any]:
        return {"statement_id": self.statement.id, "title": self.statement.title,
                "published_at": self.statement.published_at, "turn": self.number,
                "paragraph": self.paragraph, "speaker": self.turn.speaker,
                "role": self.turn.role, "text": self.turn.text}


@dataclass(slots=True)
class PersonResult:
    name: str
    total: int
    page: int
    page_size: int
    statements: list[Hit]
    by_year: list[dict[str, Any]]
    labels: list[str] = field(default_factory=list)
    turns: list[SpokenTurn] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "labels": self.labels, "total": self.total,
                "page": self.page, "page_size": self.page_size,
                "by_year": self.by_year, "statements": [h.to_dict() for h in self.statements],
                "turns": [t.to_dict() for t in self.turns]}


def person(archive: Archive, name: str, *, page: int = 1, page_size: int = 20,
           max_page_size: int = 100) -> PersonResult:
    """Statements in which ``name`` takes part, speaks or is mentioned, newest first."""
    own = getattr(archive, "person", None)
    if callable(own):  # a backend that searches in its own database (PostgreSQL)
        return own(name, page=page, page_size=page_size,  # type: ignore[no-any-return]
                   max_page_size=max_page_size)
    check_page(page, page_size, max_page_size)
    index = archive.search_index()
    schema, searcher = index.schema, index.searcher()
    mentions = [(tantivy.Occur.Should, tantivy.Query.term_query(schema, f, name))
                for f in ("participant", "speaker", "entity")]
    query = tantivy.Query.boolean_query(
        filter_clauses(index, Filters()) + [(tantivy.Occur.Must,
                                             tantivy.Query.boolean_query(mentions))])
    offset = (page - 1) * page_size
    result = searcher.search(query, page_size, order_by_field="ts", offset=offset)
    ids = [searcher.doc(address)["id"][0] for _, address in result.hits]
    statements = archive.get_many(ids)
    years = searcher.aggregate(query, {"y": {"terms": {"field": "year", "size": 100,
                                                        "order": {"_key": "asc"}}}})
    by_year = [{"year": b["key"], "count": int(b["doc_count"])} for b in years["y"]["buckets"]]
    hits = [Hit(s, 0.0, _excerpt(s)) for s in statements]
    labels = sorted({e.label for s in statements for e in s.entities if e.name == name})
    return PersonResult(name, hit_count(result), page, page_size, hits, by_year, labels,
                        list(iter_turns(archive, index, name)))


def iter_turns(archive: Archive, index: SearchIndex, name: str) -> Iterator[SpokenTurn]:
    """Up to ``MAX_TURNS`` turns spoken by ``name``, grouped by statement."""
    searcher = index.turn_searcher()
    query = tantivy.Query.term_query(index.turn_schema, "speaker", name)
    found = searcher.search(query, MAX_TURNS)
    wanted: dict[str, list[int]] = {}
    for _, address in found.hits:
        doc = searcher.doc(address)
        wanted.setdefault(doc["id"][0], []).append(int(doc["turn"][0]))
    for statement in archive.get_many(list(wanted)):
        for number in sorted(wanted[statement.id]):
            if 0 < number <= len(statement.turns):
                yield SpokenTurn(statement, number, statement.turns[number - 1])


def _excerpt(statement: Statement) -> str:
    from .snippets import make_snippet

    return make_snippet(statement.lead or statement.text, None)
