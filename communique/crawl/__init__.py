"""Crawl: official sites -> a WARC file, politely; and re-crawls that catch edits.

    seed URLs -> discover (feeds, sitemaps, listings) -> fetch (robots.txt, delays,
    retries) -> warcout (WARC records, resumable) -> pipeline.ingest_paths

``crawl`` fills a WARC that ``communique ingest`` reads; ``crawl_and_store``
also ingests it, or, as a re-crawl, revisits the URLs of an archive with
conditional requests and stores the pages that changed as new versions.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import ConfigError
from ..pipeline import ingest_paths
from ..report import Report
from ..store import Archive
from .crawler import Progress, Task, run_crawl, seed_tasks
from .options import CrawlOptions, CrawlReport, parse_since
from .recrawl import Change, CrawlOutcome, recrawl


def crawl(urls: Iterable[str], out: Path, options: CrawlOptions, *,
          on_progress: Progress | None = None) -> CrawlReport:
    """Crawl from ``urls`` into the WARC ``out``; rerun to resume a stopped crawl.

    Raises:
        ConfigError: a seed that is not an http(s) URL.
    """
    return asyncio.run(run_crawl(seed_tasks(urls), out, options, on_progress=on_progress))


async def crawl_and_store(tasks: list[Task], out: Path, options: CrawlOptions, *,
                          archive: Archive | None = None, revisit: bool = False,
                          enrich: bool = True, report: CrawlReport | None = None,
                          on_progress: Progress | None = None,
                          on_page: Callable[[], None] | None = None) -> CrawlOutcome:
    """Crawl ``tasks`` (or, with ``revisit``, the archive's URLs), then ingest into ``archive``.

    Raises:
        ConfigError: ``revisit`` without an archive.
    """
    if revisit:
        if archive is None:
            raise ConfigError("a re-crawl needs the archive whose URLs it revisits")
        return await recrawl(archive, out, options, enrich=enrich, report=report,
                             on_progress=on_progress, on_page=on_page)
    report = await run_crawl(tasks, out, options, report=report, on_progress=on_progress)
    if archive is None:
        return CrawlOutcome(report)
    ingest = ingest_paths([out], archive, report=Report(), enrich=enrich, on_page=on_page)
    return CrawlOutcome(report, ingest)


__all__ = ["Change", "CrawlOptions", "CrawlOutcome", "CrawlReport", "Task", "crawl",
           "crawl_and_store", "parse_since", "recrawl", "run_crawl", "seed_tasks"]
