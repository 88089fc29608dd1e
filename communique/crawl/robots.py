"""robots.txt: an ``Exchange`` for /robots.txt -> the rules a crawl obeys for that host.

Read as RFC 9309 says: a 4xx (no file) allows everything; a 5xx or no answer
at all disallows everything for this run, since the site may be in trouble.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from .fetch import Exchange
from .options import AGENT


@dataclass(slots=True)
class Robots:
    """The rules of one host, its Crawl-delay for us, and the sitemaps it names."""

    parser: RobotFileParser
    reason: str | None = None  # why everything is disallowed, when it is

    def allows(self, url: str) -> bool:
        return self.parser.can_fetch(AGENT, url)

    @property
    def crawl_delay(self) -> float | None:
        delay = self.parser.crawl_delay(AGENT)
        return float(delay) if delay is not None else None

    @property
    def sitemaps(self) -> list[str]:
        return list(self.parser.site_maps() or [])


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def parse_robots(exchange: Exchange) -> Robots:
    """Build the rules from the answer to a GET of /robots.txt (redirects already followed)."""
    parser = RobotFileParser(exchange.url)
    if exchange.status == 0 or exchange.status >= 500:
        parser.parse(["User-agent: *", "Disallow: /"])
        why = exchange.error or f"status {exchange.status}"
        return Robots(parser, f"robots.txt unavailable ({why})")
    if exchange.status >= 400:
        parser.parse([])
        return Robots(parser)
    text = exchange.body.decode("utf-8", errors="replace")
    parser.parse(text.splitlines())
    return Robots(parser)
