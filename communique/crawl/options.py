"""What a crawl is told (``CrawlOptions``) and what it tells back (``CrawlReport``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .. import __version__
from ..errors import ConfigError

AGENT = "communique-crawler"
EMAIL = re.compile(r"^[^@\s<>()]+@[^@\s<>()]+\.[^@\s<>()]+$")


def parse_since(text: str | None) -> date | None:
    """The --since day; raises ConfigError on anything but YYYY-MM-DD."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"--since: expected a day as YYYY-MM-DD, got {text!r}") from None


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    """Politeness and limits of one crawl; every default is a polite one."""

    contact: str
    delay: float = 1.0  # seconds between two requests to one host
    concurrency: int = 4  # requests in flight over all hosts
    timeout: float = 30.0  # seconds without a byte before a request is given up
    retries: int = 3  # further tries after a 429, a 5xx or a network error
    backoff: float = 1.0  # first wait before a retry; doubled each time
    max_retry_after: float = 600.0  # a longer Retry-After gives up on the URL
    max_bytes: int = 16 * 1024 * 1024  # decoded body size cap per response
    max_redirects: int = 5
    max_pages: int | None = None
    since: date | None = None

    def __post_init__(self) -> None:
        if not EMAIL.match(self.contact) and not self.contact.startswith(("http://", "https://")):
            raise ConfigError(f"--contact {self.contact!r}: expected an e-mail address or a URL")
        if self.delay < 0 or self.timeout <= 0 or self.concurrency < 1 or self.retries < 0:
            raise ConfigError("--delay must be >= 0, --timeout > 0, concurrency and retries >= 1")
        if self.max_pages is not None and self.max_pages < 1:
            raise ConfigError("--max-pages must be at least 1")

    @property
    def user_agent(self) -> str:
        """Name the tool and how to reach whoever runs it, as site owners ask."""
        where = self.contact if "://" in self.contact else f"mailto:{self.contact}"
        return f"{AGENT}/{__version__} (+{where})"


@dataclass
class CrawlReport:
    """Counters of one crawl, printed as its summary; ``errors`` name the URL and the cause."""

    requests: int = 0  # HTTP requests sent, retries included
    fetched: int = 0  # responses written to the WARC
    from_warc: int = 0  # answered from the WARC of an earlier, stopped run
    pages: int = 0  # statement pages (leaves) reached
    not_modified: int = 0
    retries: int = 0
    redirects: int = 0
    bytes: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    gone: list[str] = field(default_factory=list)  # statement pages answering 404 or 410
    errors: list[str] = field(default_factory=list)
    wait_seconds: float = 0.0
    parse_seconds: float = 0.0
    write_seconds: float = 0.0
    wall_seconds: float = 0.0

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def error(self, message: str) -> None:
        self.errors.append(message)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def lines(self) -> list[str]:
        """The summary as human-readable lines."""
        codes = ", ".join(f"{n} x {code}" for code, n in sorted(self.statuses.items()))
        out = [f"requests: {self.requests} ({self.retries} retries), responses kept: "
               f"{self.fetched}" + (f", {self.from_warc} read back from the WARC"
                                    if self.from_warc else ""),
               f"statement pages: {self.pages}" + (f", {self.not_modified} not modified"
                                                   if self.not_modified else ""),
               f"status codes: {codes or 'none'}; redirects: {self.redirects}",
               f"time: {self.wall_seconds:.1f} s ({self.parse_seconds:.1f} s parsing, "
               f"{self.write_seconds:.1f} s writing)"]
        out += [f"skipped {n}: {reason}" for reason, n in sorted(self.skipped.items())]
        if self.errors:
            out.append(f"errors: {len(self.errors)}")
        return out

    def to_dict(self) -> dict[str, object]:
        return {"requests": self.requests, "fetched": self.fetched, "from_warc": self.from_warc,
                "pages": self.pages, "not_modified": self.not_modified,
                "retries": self.retries, "redirects": self.redirects, "bytes": self.bytes,
                "statuses": dict(self.statuses), "skipped": dict(self.skipped),
                "errors": list(self.errors), "wall_seconds": self.wall_seconds,
                "parse_seconds": self.parse_seconds, "write_seconds": self.write_seconds}
