"""Request parameters shared by the search page, the API, the Atom feed and the exports.

One dependency reads the query string into a query text and ``Filters``; every
view that searches uses it, so they all accept the same parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Query

from ..errors import QueryError
from ..search import Filters

MAX_QUERY = 500
MAX_PAGE_SIZE = 100
MAX_VALUE = 200
LIST_FIELDS = ("kind", "subkind", "site", "language", "participant", "entity")


@dataclass(frozen=True, slots=True)
class SearchParams:
    q: str
    filters: Filters
    page: int
    page_size: int

    def query_string(self, **changes: object) -> str:
        """This search's query string with some parameters replaced (None drops one)."""
        f = self.filters
        pairs: dict[str, object] = {"q": self.q}
        for name in LIST_FIELDS:
            pairs[name] = list(getattr(f, name))
        complete = None if f.complete is None else str(f.complete).lower()
        pairs.update(speaker=f.speaker, since=f.since, until=f.until, complete=complete)
        pairs.update(changes)
        flat: list[tuple[str, str]] = []
        for key, value in pairs.items():
            values = value if isinstance(value, list | tuple) else [value]
            flat.extend((key, str(v)) for v in values if v not in (None, ""))
        return urlencode(flat)

    def with_value(self, name: str, value: str) -> str:
        """The query string narrowed by one more facet value, back at page 1."""
        current = list(getattr(self.filters, name, ()) or ())
        if name in ("year", "month"):
            since, until = _period(value)
            return self.query_string(since=since, until=until, page=None)
        return self.query_string(**{name: current + [value], "page": None})


    def active(self) -> list[tuple[str, str, str]]:
        """Each filter in use as (name, value, query string without it)."""
        f = self.filters
        out = []
        for name in LIST_FIELDS:
            for value in getattr(f, name):
                rest = [v for v in getattr(f, name) if v != value]
                out.append((name, value, self.query_string(**{name: rest, "page": None})))
        for name in ("speaker", "since", "until"):
            value = getattr(f, name)
            if value:
                out.append((name, value, self.query_string(**{name: None, "page": None})))
        if f.complete is not None:
            out.append(("complete", str(f.complete).lower(),
                        self.query_string(complete=None, page=None)))
        return out


def _period(value: str) -> tuple[str, str]:
    if len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    year, month = int(value[:4]), int(value[5:7])
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31][month - 1]
    return f"{value}-01", f"{value}-{last:02d}"


def _clean(values: list[str]) -> tuple[str, ...]:
    kept = tuple(v.strip() for v in values if v and v.strip())
    if any(len(v) > MAX_VALUE for v in kept):
        raise QueryError(f"a filter value is too long (at most {MAX_VALUE} characters)")
    return kept


def _flag(value: str | None) -> bool | None:
    if value in (None, ""):
        return None
    lowered = value.strip().lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise QueryError(f"complete: expected true or false, got {value!r}")


Text = Annotated[str | None, Query(max_length=MAX_VALUE)]
Many = Annotated[list[str], Query()]


def search_params(
    q: Annotated[str, Query(max_length=MAX_QUERY, description="words, \"phrases\", prefix*, "
                            "OR, NOT or -word, parentheses")] = "",
    kind: Many = [],  # noqa: B006 - FastAPI copies defaults
    subkind: Many = [],  # noqa: B006
    site: Many = [],  # noqa: B006
    language: Many = [],  # noqa: B006
    participant: Many = [],  # noqa: B006
    entity: Many = [],  # noqa: B006
    speaker: Text = None,
    since: Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD")] = None,
    complete: Annotated[str | None, Query(max_length=10, description="true or false")] = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
) -> SearchParams:
    """Read the search parameters; a bad value raises ``QueryError`` (a 400)."""
    filters = Filters(
        kind=_clean(kind), subkind=_clean(subkind), site=_clean(site),
        language=_clean(language), participant=_clean(participant), entity=_clean(entity),
        speaker=(speaker or "").strip() or None, since=since or None, until=until or None,
        complete=_flag(complete))
    return SearchParams(q.strip(), filters, page, page_size)
