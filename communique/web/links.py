"""Copies and differences for the site: a statement's cluster, and two statements side by side.

Takes the archive and statement references (``ID`` or ``ID@VERSION``) and gives
what the templates and the API show: the other members of a statement's
cluster (stored by ``communique link``), and a ``link.compare`` result laid out
as aligned rows of paragraphs.  A backend that cannot list a cluster's members
(``cluster_members``) simply shows no copies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import QueryError
from ..link import Change, Comparison, compare
from ..link.align import numbered_paragraphs
from ..models import Statement
from ..store import Archive

REF = re.compile(r"([A-Za-z0-9_.:-]{1,100})(?:@([1-9][0-9]{0,5}))?")


@dataclass(frozen=True, slots=True)
class Ref:
    """A statement, current or at one version."""

    id: str
    version: int | None = None

    def __str__(self) -> str:
        return self.id if self.version is None else f"{self.id}@{self.version}"


def parse_ref(name: str, value: str) -> Ref:
    """Read ``ID`` or ``ID@N`` from the query parameter ``name``.

    Raises:
        QueryError: anything else (a 400).
    """
    found = REF.fullmatch(value.strip())
    if found is None:
        raise QueryError(f"{name}: expected a statement id or ID@VERSION (e.g. abc123@2), "
                         f"got {value[:120]!r}")
    return Ref(found.group(1), int(found.group(2)) if found.group(2) else None)


def copies_of(archive: Archive, statement: Statement) -> list[Statement]:
    """The other members of the statement's cluster, oldest first; none when not linked."""
    members = getattr(archive, "cluster_members", None)
    if not statement.cluster or members is None:
        return []
    return [m for m in members(statement.cluster) if m.id != statement.id]


def reference_pair(statement: Statement, copy: Statement) -> tuple[str, str]:
    """Which of the two to compare against which: the original is the reference."""
    if copy.original == copy.id:
        return copy.id, statement.id
    return statement.id, copy.id


@dataclass(slots=True)
class Row:
    """One line of the side-by-side view: a paragraph of a, of b, or of both."""

    kind: str  # "same", "reworded", "only_a", "only_b"
    a: int | None = None
    a_text: str = ""
    b: int | None = None
    b_text: str = ""
    changes: list[Change] = field(default_factory=list)


@dataclass(slots=True)
class Compared:
    """Two statements and what differs between them."""

    a: Statement
    b: Statement
    a_ref: Ref
    b_ref: Ref
    result: Comparison
    rows: list[Row]


def compare_refs(archive: Archive, a_ref: Ref, b_ref: Ref) -> Compared:
    """Load both statements and compare them; two versions of one page are "versions".

    Raises:
        NotFoundError: either statement or version does not exist (a 404).
    """
    a = archive.get(a_ref.id, version=a_ref.version)
    b = archive.get(b_ref.id, version=b_ref.version)
    versions = a.id == b.id and a_ref.version != b_ref.version
    name = "the other version" if versions else "the copy"
    result = compare(a, b, name=name)
    return Compared(a, b, a_ref, b_ref, result, aligned_rows(a, b, result))


def aligned_rows(a: Statement, b: Statement, result: Comparison) -> list[Row]:
    """Both texts paragraph by paragraph: shared ones side by side, the rest on their side."""
    pa, pb = numbered_paragraphs(a), numbered_paragraphs(b)
    reworded: dict[tuple[int | None, int | None], list[Change]] = {}
    for change in result.changes:
        if change.kind == "reworded":
            reworded.setdefault((change.a, change.b), []).append(change)
    rows: list[Row] = []
    next_a, next_b = iter(sorted(pa)), iter(sorted(pb))
    done_a, done_b = -1, -1
    for x, y in result.matched:
        if x < done_a or y < done_b:
            continue  # a crossing pair: both paragraphs are shown already
        rows += [Row("only_a", a=n, a_text=pa[n]) for n in _until(next_a, x, done_a)]
        rows += [Row("only_b", b=n, b_text=pb[n]) for n in _until(next_b, y, done_b)]
        changes = reworded.get((x, y), [])
        rows.append(Row("reworded" if changes else "same", a=x if x > done_a else None,
                        a_text=pa[x] if x > done_a else "", b=y if y > done_b else None,
                        b_text=pb[y] if y > done_b else "", changes=changes))
        done_a, done_b = max(done_a, x), max(done_b, y)
    rows += [Row("only_a", a=n, a_text=pa[n]) for n in next_a if n > done_a]
    rows += [Row("only_b", b=n, b_text=pb[n]) for n in next_b if n > done_b]
    return rows


def _until(numbers: Iterator[int], stop: int, done: int) -> list[int]:
    """The paragraph numbers after ``done`` and before ``stop``, taken from ``numbers``."""
    out: list[int] = []
    if stop <= done:
        return out
    for n in numbers:
        if n >= stop:
            break
        if n > done:
            out.append(n)
    return out
