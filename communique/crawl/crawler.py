"""The crawl loop: seed URLs -> discovery -> polite fetches -> WARC records, resumable.

    seeds -> Task queue -> workers: robots.txt, Fetcher (or the WARC of a stopped
    run) -> WarcRecorder -> discover -> more Tasks

Everything runs in one asyncio loop: parsing and writing happen between
awaits, so the time they take is measured apart from the time spent waiting.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from ..errors import ConfigError
from .discover import FEED, LISTING, PAGE, SITEMAP, discover, normalize_url, sniff
from .fetch import Exchange, Fetcher, warc_now
from .options import CrawlOptions, CrawlReport
from .robots import Robots, parse_robots, robots_url
from .warcout import WarcRecorder

SEED = "seed"
Progress = Callable[[CrawlReport, int], None]  # the report, and tasks still queued


@dataclass(frozen=True, slots=True)
class Task:
    """One URL to visit, what it is expected to be, and extra request headers (re-crawl)."""

    url: str
    role: str
    headers: tuple[tuple[str, str], ...] = ()


class Crawler:
    """Visit tasks with a few workers; a URL is visited once per run, whatever links to it."""

    def __init__(self, fetcher: Fetcher, recorder: WarcRecorder, options: CrawlOptions,
                 report: CrawlReport, *, resume: bool = True, follow: bool = True,
                 on_progress: Progress | None = None):
        self.fetcher = fetcher
        self.recorder = recorder
        self.options = options
        self.report = report
        self.resume = resume
        self.follow_links = follow
        self.on_progress = on_progress
        self.queue: asyncio.Queue[Task] = asyncio.Queue()
        self.seen: set[str] = set()
        self.pages_queued = 0
        self.robots: dict[str, Robots] = {}
        self.robots_locks: dict[str, asyncio.Lock] = {}

    def add(self, url: str, role: str, *, day: date | None = None,
            headers: tuple[tuple[str, str], ...] = ()) -> None:
        """Queue a URL unless it was seen, is older than --since or over --max-pages."""
        if url in self.seen:
            return
        since, cap = self.options.since, self.options.max_pages
        if since is not None and day is not None and day < since:
            self.report.skip("older than --since")
            return
        if cap is not None and self.pages_queued >= cap:
            self.report.skip("over --max-pages")
            return
        self.pages_queued += role == PAGE
        self.seen.add(url)
        self.queue.put_nowait(Task(url, role, headers))

    async def run(self, tasks: Iterable[Task]) -> None:
        for task in tasks:
            self.add(task.url, task.role, headers=task.headers)
        workers = [asyncio.create_task(self._work()) for _ in range(self.options.concurrency)]
        try:
            await self.queue.join()
        finally:
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)

    async def _work(self) -> None:
        while True:
            task = await self.queue.get()
            try:
                await self.visit(task)
            except Exception as exc:  # one URL's bug must not hang the whole crawl
                self.report.error(f"{task.url}: {type(exc).__name__}: {exc}")
            finally:
                self.queue.task_done()
                if self.on_progress is not None:
                    self.on_progress(self.report, self.queue.qsize())

    async def visit(self, task: Task) -> None:
        exchange = await self.get(task.url, dict(task.headers) or None, task.role)
        if exchange is None:
            return
        if exchange.status == 304:
            self.report.not_modified += 1
        elif exchange.status in (404, 410) and task.role == PAGE:
            self.report.gone.append(task.url)
        elif 200 <= exchange.status < 300:
            if task.role == PAGE:
                self.report.pages += 1
            elif self.follow_links:
                self.follow(task, exchange)

    def follow(self, task: Task, exchange: Exchange) -> None:
        """Queue what a feed, sitemap or listing points at; stop paging past --since."""
        started = time.perf_counter()
        kind = sniff(exchange.body, exchange.header("content-type"))
        found = discover(kind, exchange.body, exchange.url, seed=task.role == SEED)
        self.report.parse_seconds += time.perf_counter() - started
        since, newest = self.options.since, found.newest
        too_old = since is not None and kind == LISTING and newest is not None and newest < since
        for link in found.pages:
            self.add(link.url, PAGE, day=link.date)
        for link in found.more:
            if too_old and link.role == LISTING:
                self.report.skip("listing page past --since")
                continue
            self.add(link.url, link.role, day=link.date)
        if task.role == SEED and urlsplit(task.url).path in ("", "/"):
            for sitemap in self.robots[robots_url(task.url)].sitemaps:
                url = normalize_url(sitemap)
                if url:
                    self.add(url, SITEMAP)

    async def get(self, url: str, headers: dict[str, str] | None, role: str) -> Exchange | None:
        """Fetch ``url`` following redirects, each hop allowed by robots.txt and recorded."""
        for _ in range(self.options.max_redirects + 1):
            if not await self.allowed(url):
                self.report.skip("disallowed by robots.txt")
                return None
            exchange = await self.fetch_or_reuse(url, headers, leaf=role == PAGE)
            target = normalize_url(exchange.location or "")
            if exchange.location is None:
                return exchange if exchange.final else None
            self.report.redirects += 1
            if target is None or target in self.seen:
                self.report.skip("redirect to a URL already seen or not http(s)")
                return None
            self.seen.add(target)
            url, headers = target, None
        self.report.error(f"{url}: more than {self.options.max_redirects} redirects")
        return None

    async def fetch_or_reuse(self, url: str, headers: dict[str, str] | None, *,
                             leaf: bool) -> Exchange:
        if self.resume:
            stored = self.recorder.stored(url, leaf=leaf)
            if stored is not None:
                self.report.from_warc += 1
                return stored
            # A feed or sitemap from an earlier, finished crawl: ask whether it changed.
            headers = headers or self.recorder.validators(url) or None
        exchange = await self.fetcher.fetch(url, headers)
        self.keep(exchange)
        if exchange.status == 304 and self.resume:
            unchanged = self.recorder.stored(url, leaf=True)
            return unchanged if unchanged is not None else exchange
        return exchange

    def keep(self, exchange: Exchange) -> None:
        """Write a final answer to the WARC; an error is reported and nothing is written."""
        if exchange.status:
            self.report.statuses[exchange.status] += 1
        if exchange.error is not None:
            self.report.error(f"{exchange.url}: {exchange.error}")
            return
        started = time.perf_counter()
        self.recorder.write(exchange)
        self.report.write_seconds += time.perf_counter() - started
        self.report.fetched += 1
        self.report.bytes += len(exchange.body)

    async def allowed(self, url: str) -> bool:
        """Ask the host's robots.txt, fetching it once per host (and per run)."""
        where = robots_url(url)
        if where not in self.robots:
            async with self.robots_locks.setdefault(where, asyncio.Lock()):
                if where not in self.robots:
                    self.robots[where] = await self.load_robots(where)
        return self.robots[where].allows(url)

    async def load_robots(self, where: str) -> Robots:
        url, exchange = where, Exchange(where)
        for _ in range(self.options.max_redirects + 1):
            exchange = await self.fetch_or_reuse(url, None, leaf=False)
            target = normalize_url(exchange.location or "")
            if target is None:
                break
            url = target
        rules = parse_robots(exchange)
        if rules.reason and exchange.error is None:
            self.report.error(f"{where}: {rules.reason}; nothing fetched from this host")
        if rules.crawl_delay:
            self.fetcher.slow_down(where, rules.crawl_delay)
        return rules


async def run_crawl(tasks: Iterable[Task], out: Path, options: CrawlOptions, *,
                    report: CrawlReport | None = None, resume: bool = True,
                    follow: bool = True, on_progress: Progress | None = None) -> CrawlReport:
    """Crawl ``tasks`` into the WARC at ``out``; resumes from it when it exists."""
    report = report if report is not None else CrawlReport()
    recorder = WarcRecorder(out, operator=options.contact)
    if recorder.dropped_tail:
        report.skip(f"half-written record ({recorder.dropped_tail} bytes) cut from {out.name}")
    started = time.perf_counter()
    limits = httpx.Limits(max_connections=options.concurrency,
                          max_keepalive_connections=options.concurrency)
    try:
        async with httpx.AsyncClient(headers={"User-Agent": options.user_agent},
                                     timeout=httpx.Timeout(options.timeout),
                                     limits=limits, follow_redirects=False) as client:
            crawler = Crawler(Fetcher(client, options, report), recorder, options, report,
                              resume=resume, follow=follow, on_progress=on_progress)
            await crawler.run(tasks)
        if not report.skipped["over --max-pages"]:  # a capped crawl is not done with its seeds
            recorder.mark_finished({"finished": warc_now(), "pages": str(report.pages),
                                    "responses": str(report.fetched)})
    finally:
        recorder.close()
        report.wall_seconds += time.perf_counter() - started
    return report


def seed_tasks(urls: Iterable[str]) -> list[Task]:
    """Tasks for the URLs a user gave.

    Raises:
        ConfigError: a URL that is not http(s).
    """
    tasks = []
    for raw in urls:
        url = normalize_url(raw)
        if url is None:
            raise ConfigError(f"not an http(s) URL: {raw!r}")
        tasks.append(Task(url, SEED))
    return tasks


__all__ = ["Crawler", "Task", "run_crawl", "seed_tasks", "FEED", "LISTING", "PAGE", "SITEMAP"]
