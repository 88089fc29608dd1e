"""One polite GET: per-host delay, a cap on requests in flight, timeouts, retries, a size cap.

URL -> ``Fetcher.fetch`` -> ``Exchange`` (the request and the response as sent and
received).  Redirects are not followed here: each hop is its own exchange, so
the crawler can check robots.txt and record every hop.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from .options import CrawlOptions, CrawlReport

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(slots=True)
class Exchange:
    """A request and its response; ``status`` 0 and ``error`` set when none came back."""

    url: str
    status: int = 0
    reason: str = ""
    http_version: str = "HTTP/1.1"
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    fetched_at: str = ""
    error: str | None = None
    stored: bool = False  # read back from the WARC, not fetched now

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def location(self) -> str | None:
        """The absolute redirect target, when this is a redirect."""
        target = self.header("location")
        if 300 <= self.status < 400 and self.status != 304 and target:
            return urljoin(self.url, target.strip())
        return None

    @property
    def final(self) -> bool:
        """True when trying again later would not give another answer."""
        return self.status != 0 and self.status not in RETRY_STATUSES and self.error is None


@dataclass(slots=True)
class HostSlot:
    """One host's turn: when it may be asked next, and a lock so it is asked one at a time."""

    delay: float
    ready_at: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Fetcher:
    """Send GETs through one httpx client, politely; pass state explicitly, no globals."""

    def __init__(self, client: httpx.AsyncClient, options: CrawlOptions, report: CrawlReport):
        self.client = client
        self.options = options
        self.report = report
        self.slots: dict[str, HostSlot] = {}
        self.in_flight = asyncio.Semaphore(options.concurrency)

    def slot(self, url: str) -> HostSlot:
        host = urlsplit(url).netloc.lower()
        if host not in self.slots:
            self.slots[host] = HostSlot(self.options.delay)
        return self.slots[host]

    def slow_down(self, url: str, delay: float) -> None:
        """Use a longer per-host delay (a robots.txt Crawl-delay) for this host."""
        slot = self.slot(url)
        slot.delay = max(slot.delay, delay)

    async def fetch(self, url: str, headers: dict[str, str] | None = None) -> Exchange:
        """GET ``url``, retrying 429, 5xx and network errors with backoff or Retry-After."""
        slot = self.slot(url)
        tries = 0
        while True:
            exchange = await self._attempt(slot, url, headers)
            wait = retry_wait(exchange, tries, self.options)
            tries += 1
            if wait is None or tries > self.options.retries:
                break
            self.report.retries += 1
            # Retry-After speaks for the whole host, not just this URL.
            slot.ready_at = max(slot.ready_at, time.monotonic() + wait)
        if exchange.status in RETRY_STATUSES:
            exchange.error = f"gave up after {tries} tries: status {exchange.status}"
        return exchange

    async def _attempt(self, slot: HostSlot, url: str,
                       headers: dict[str, str] | None) -> Exchange:
        if slot.delay > 0:
            async with slot.lock:
                await self._wait_turn(slot)
                try:
                    return await self._send(url, headers)
                finally:
                    slot.ready_at = max(slot.ready_at, time.monotonic() + slot.delay)
        await self._wait_turn(slot)
        return await self._send(url, headers)

    async def _wait_turn(self, slot: HostSlot) -> None:
        pause = slot.ready_at - time.monotonic()
        if pause > 0:
            await asyncio.sleep(pause)

    async def _send(self, url: str, headers: dict[str, str] | None) -> Exchange:
        async with self.in_flight:
            self.report.requests += 1
            started = time.monotonic()
            try:
                return await self._receive(url, headers)
            finally:
                self.report.wait_seconds += time.monotonic() - started

    async def _receive(self, url: str, headers: dict[str, str] | None) -> Exchange:
        exchange = Exchange(url, fetched_at=warc_now())
        try:
            async with asyncio.timeout(self.options.timeout * 4):
                async with self.client.stream("GET", url, headers=headers) as response:
                    describe(exchange, response)
                    exchange.body = await read_capped(response, self.options.max_bytes)
        except TooBig as exc:
            exchange.error = str(exc)
        except (httpx.TimeoutException, TimeoutError):
            exchange.status, exchange.error = 0, f"timed out after {self.options.timeout:g} s"
        except httpx.HTTPError as exc:
            exchange.status, exchange.error = 0, f"{type(exc).__name__}: {exc}"
        return exchange


class TooBig(Exception):
    """A body over the size cap; the response is dropped, never kept truncated."""


def describe(exchange: Exchange, response: httpx.Response) -> None:
    exchange.status = response.status_code
    exchange.reason = response.reason_phrase
    exchange.http_version = response.http_version
    exchange.headers = list(response.headers.multi_items())
    exchange.request_headers = list(response.request.headers.multi_items())


async def read_capped(response: httpx.Response, cap: int) -> bytes:
    """The decoded body, refused past ``cap`` bytes (which also stops gzip bombs)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and "content-encoding" not in response.headers and int(declared) > cap:
        raise TooBig(f"response of {declared} bytes is over the {cap}-byte cap")
    chunks, size = [], 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > cap:
            raise TooBig(f"response is over the {cap}-byte cap")
        chunks.append(chunk)
    return b"".join(chunks)


def retry_wait(exchange: Exchange, attempt: int, options: CrawlOptions) -> float | None:
    """Seconds to wait before trying again, or None when the answer is final."""
    if exchange.status != 0 and exchange.status not in RETRY_STATUSES:
        return None
    backoff = options.backoff * 2**attempt
    asked = parse_retry_after(exchange.header("retry-after"))
    if asked is None:
        return backoff
    return asked if asked <= options.max_retry_after else None


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After value: delta-seconds or an HTTP-date; None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def warc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
