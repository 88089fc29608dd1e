"""Re-crawl: an archive's URLs -> conditional GETs -> changed pages stored as new versions.

    archive.iter_statements -> one Task per URL with If-None-Match / If-Modified-Since
    -> run_crawl (no link following) -> WARC (304s as revisit records)
    -> pipeline.ingest_paths -> the statements whose content changed

The validators come from the newest response for the URL in the output WARC,
else from the WARC record the statement was read from, else the statement's
fetch time is sent as If-Modified-Since.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from ..models import Statement
from ..pipeline import ingest_paths
from ..report import Report
from ..store import Archive
from .crawler import Progress, Task, run_crawl
from .discover import PAGE, normalize_url
from .options import CrawlOptions, CrawlReport
from .resume import Entry, read_validators, scan


@dataclass(frozen=True, slots=True)
class Change:
    """One statement the re-crawl found changed, new, or gone from the site."""

    id: str
    url: str | None
    title: str | None
    outcome: str  # "changed", "new" or "gone"

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class CrawlOutcome:
    """A crawl's report, the ingest's (when one ran) and, for a re-crawl, what changed."""

    crawl: CrawlReport
    ingest: Report | None = None
    changes: list[Change] = field(default_factory=list)


def iter_targets(statements: Iterator[Statement], known: dict[str, Entry]) -> Iterator[Task]:
    """One conditional task per distinct URL of a complete statement."""
    seen: set[str] = set()
    for statement in statements:
        url = normalize_url(statement.url or statement.source.url or "")
        if not statement.complete or url is None or url in seen or url.endswith("/robots.txt"):
            continue  # robots.txt is fetched anyway, as the first request to each host
        seen.add(url)
        yield Task(url, PAGE, conditional_headers(statement, known.get(url)))


def conditional_headers(statement: Statement, entry: Entry | None) -> tuple[tuple[str, str], ...]:
    source = statement.source
    if entry is None and source.format == "warc" and source.path and source.offset is not None:
        entry = read_validators(source.path, source.offset)
    headers = []
    if entry is not None and entry.etag:
        headers.append(("If-None-Match", entry.etag))
    if entry is not None and entry.last_modified:
        headers.append(("If-Modified-Since", entry.last_modified))
    elif not headers and (stamp := http_date(source.fetched_at)):
        headers.append(("If-Modified-Since", stamp))
    return tuple(headers)


def http_date(warc_date: str | None) -> str | None:
    """A WARC-Date (ISO 8601, UTC) as an HTTP-date; None when absent or unreadable."""
    if not warc_date:
        return None
    try:
        when = datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    except ValueError:
        return None
    return format_datetime(when.astimezone(UTC), usegmt=True)


async def recrawl(archive: Archive, out: Path, options: CrawlOptions, *, enrich: bool = True,
                  report: CrawlReport | None = None, on_progress: Progress | None = None,
                  on_page: Callable[[], None] | None = None) -> CrawlOutcome:
    """Revisit the archive's URLs into ``out``, ingest the answers, and list what changed."""
    before = {s.id: (s.content_hash, s.url, s.title) for s in archive.iter_statements()}
    known = scan(out).index if out.exists() else {}
    tasks = list(iter_targets(archive.iter_statements(), known))
    report = await run_crawl(tasks, out, options, report=report, resume=False, follow=False,
                             on_progress=on_progress)
    ingest = ingest_paths([out], archive, report=Report(), enrich=enrich, on_page=on_page)
    changes = []
    for statement in archive.iter_statements():
        old = before.get(statement.id)
        if old is None:
            changes.append(Change(statement.id, statement.url, statement.title, "new"))
        elif old[0] != statement.content_hash:
            changes.append(Change(statement.id, statement.url, statement.title, "changed"))
    gone = set(report.gone)
    changes += [Change(sid, url, title, "gone") for sid, (_, url, title) in before.items()
                if url and normalize_url(url) in gone]
    return CrawlOutcome(report, ingest, changes)
