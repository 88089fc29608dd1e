"""The pages of the Republic of Veloria's presidential site, all invented.

``VeloriaSite.respond(path, headers)`` answers one GET the way a real official
site would: a feed, a sitemap index with yearly sitemaps, a paginated listing,
statement pages (gzip, ETag, Last-Modified, conditional GET), and the traps a
crawler must survive: a page edited between two crawls, a 404, a slow page, a
429 with Retry-After, a redirect, and a path that robots.txt disallows.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime

PEOPLE = ("President Amara Velden", "Prime Minister Tomas Reyk", "Foreign Minister Ilse Marov",
          "Governor Petra Osk of Dunmere", "Ambassador Lio Brandt")
TOPICS = ("the harbour of Port Lessa", "water rights in the Calder Valley", "the northern railway",
          "the fisheries accord", "schools in Dunmere", "the grain reserve")
KINDS = ("Address on", "Telephone conversation about", "Meeting on", "Statement on",
         "News conference on", "Message of congratulation on")
EDITED = "/statements/address-on-the-harbour-law"
SLOW = "/statements/slow-statement-on-the-northern-railway"
BUSY = "/statements/busy-statement-on-the-grain-reserve"
MISSING = "/statements/withdrawn-statement"
PRIVATE = "/private/draft-budget"
MOVED = "/old/harbour-address"
SPECIAL = (EDITED, SLOW, BUSY)


@dataclass(frozen=True)
class Item:
    path: str
    published: date
    title: str
    paragraphs: tuple[str, ...]


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def make_items(n: int) -> list[Item]:
    """``n`` statements, newest first, ending on 30 June 2025 and spread over about a year."""
    items = []
    step = max(1, 330 // max(n, 1))
    for i in range(n):
        day = date(2025, 6, 30) - timedelta(days=step * i)
        kind, topic = KINDS[i % len(KINDS)], TOPICS[(i // 2) % len(TOPICS)]
        person = PEOPLE[i % len(PEOPLE)]
        if i < len(SPECIAL):
            path = SPECIAL[i]
        else:
            path = f"/statements/{day.isoformat()}-{i}"
        title = f"{kind} {topic} ({i})"
        paragraphs = (f"{person} spoke in Port Lessa on {day:%d %B %Y} about {topic}.",
                      f"The Republic of Veloria will keep its word on {topic}, item {i}.",
                      "Question: What comes next? Answer: Work, and then more work.")
        items.append(Item(path, day, title, paragraphs))
    return items


class VeloriaSite:
    """The site's state: its statements, the edition of the edited page, and the traps."""

    def __init__(self, n: int = 12, *, per_page: int = 4, slow_seconds: float = 0.3,
                 retry_after: str = "1"):
        self.items = make_items(n)
        self.by_path = {item.path: item for item in self.items}
        self.per_page = per_page
        self.slow_seconds = slow_seconds
        self.retry_after = retry_after
        self.edition = 1
        self.busy_left = 1  # how many 429s the busy page still answers
        self.failures: dict[str, list[int]] = {}  # statuses a path answers before it works
        self.lock = threading.Lock()

    def publish(self, title: str, published: date) -> Item:
        """Put a new statement at the top of the feed, the listing and its year's sitemap."""
        item = Item(f"/statements/new-{len(self.items)}", published, title,
                    (f"President Amara Velden announced {title.lower()} in Port Lessa.",))
        with self.lock:
            self.items.insert(0, item)
            self.by_path[item.path] = item
        return item

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.items) // self.per_page))

    def respond(self, path: str, headers: dict[str, str]) -> Response:
        """Answer a GET of ``path`` (with its query) given the request headers (lower-case)."""
        answer = self.route(path, headers)
        if answer.status == 200 and "ETag" not in answer.headers:
            etag = '"' + hashlib.sha1(answer.body).hexdigest()[:16] + '"'
            if etag in headers.get("if-none-match", ""):
                return Response(304, b"", {"ETag": etag})
            answer.headers["ETag"] = etag
        return answer

    def route(self, path: str, headers: dict[str, str]) -> Response:
        route, _, query = path.partition("?")
        with self.lock:
            queued = self.failures.get(route)
            if queued:
                return Response(queued.pop(0), b"try again later", {"Content-Type": "text/plain"})
        if route == "/robots.txt":
            return text_response(robots_txt(headers.get("host", "")), "text/plain")
        if route == "/sitemap.xml":
            return text_response(self.sitemap_index(headers.get("host", "")), "application/xml")
        if route.startswith("/sitemaps/") and route.endswith(".xml"):
            return self.sitemap(route[len("/sitemaps/"):-4], headers.get("host", ""))
        if route == "/feed.xml":
            return text_response(self.feed(headers.get("host", "")), "application/rss+xml")
        if route in ("/", "/news/"):
            number = query.partition("page=")[2] if route == "/news/" else ""
            page = int(number) if number.isdigit() else 1
            return text_response(self.listing(page), "text/html; charset=utf-8")
        if route == MOVED:
            return Response(301, b"", {"Location": EDITED})
        if route in self.by_path:
            return self.statement(self.by_path[route], headers)
        if route in (PRIVATE, "/about"):
            return text_response(page_html("Inside", "<p>Not for crawlers.</p>"), "text/html")
        return Response(404, b"<html><body><h1>Not found</h1></body></html>",
                        {"Content-Type": "text/html"})

    def statement(self, item: Item, headers: dict[str, str]) -> Response:
        if item.path == BUSY:
            with self.lock:
                if self.busy_left > 0:
                    self.busy_left -= 1
                    return Response(429, b"slow down", {"Retry-After": self.retry_after})
        paragraphs = item.paragraphs
        modified = datetime(item.published.year, item.published.month, item.published.day,
                            9, 0, tzinfo=UTC)
        if item.path == EDITED and self.edition > 1:
            paragraphs = paragraphs + (f"Corrected on edition {self.edition}: the law passed.",)
            modified += timedelta(days=self.edition)
        body = statement_html(item, paragraphs).encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        stamp = format_datetime(modified, usegmt=True)
        common = {"ETag": etag, "Last-Modified": stamp}
        if not_modified(headers, etag, modified):
            return Response(304, b"", common)
        out = Response(200, body, {"Content-Type": "text/html; charset=utf-8", **common},
                       delay=self.slow_seconds if item.path == SLOW else 0.0)
        if "gzip" in headers.get("accept-encoding", ""):
            out.body = gzip.compress(body, mtime=0)
            out.headers["Content-Encoding"] = "gzip"
        return out

    def listing(self, page: int) -> str:
        start = (page - 1) * self.per_page
        rows = "".join(
            f'<li><a href="{it.path}">{html.escape(it.title)}</a> '
            f'<time datetime="{it.published.isoformat()}">{it.published:%d %B %Y}</time></li>'
            for it in self.items[start:start + self.per_page])
        if page == 1:
            rows += f'<li><a href="{PRIVATE}">Draft budget (internal)</a></li>'
            rows += f'<li><a href="{MISSING}">A withdrawn statement</a></li>'
        numbers = " ".join(f'<a href="/news/{f"?page={n}" if n > 1 else ""}">Page {n}</a>'
                           for n in range(1, self.pages + 1) if n != page)
        nxt = f'<a rel="next" href="/news/?page={page + 1}">Older</a>' if page < self.pages else ""
        body = f"<ul>{rows}</ul><div class='pager'>{numbers} {nxt}</div>"
        return page_html(f"News, page {page}", body)

    def feed(self, host: str) -> str:
        entries = "".join(
            f"<item><title>{html.escape(it.title)}</title><link>http://{host}{it.path}</link>"
            f"<pubDate>{format_datetime(day_time(it.published), usegmt=True)}</pubDate></item>"
            for it in self.items[:5])
        entries += f"<item><title>Moved</title><link>http://{host}{MOVED}</link></item>"
        return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>Veloria: news</title>{entries}</channel></rss>")

    def years(self) -> list[int]:
        return sorted({it.published.year for it in self.items}, reverse=True)

    def sitemap_index(self, host: str) -> str:
        rows = "".join(f"<sitemap><loc>http://{host}/sitemaps/{y}.xml</loc>"
                       f"<lastmod>{self.last_of(y).isoformat()}</lastmod></sitemap>"
                       for y in self.years())
        return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</sitemapindex>')

    def last_of(self, year: int) -> date:
        return max(it.published for it in self.items if it.published.year == year)

    def sitemap(self, name: str, host: str) -> Response:
        if not name.isdigit() or int(name) not in self.years():
            return Response(404, b"", {})
        rows = "".join(f"<url><loc>http://{host}{it.path}</loc>"
                       f"<lastmod>{it.published.isoformat()}</lastmod></url>"
                       for it in self.items if it.published.year == int(name))
        if int(name) == self.years()[0]:
            rows += f"<url><loc>http://{host}{MISSING}</loc></url>"
            rows += f"<url><loc>http://{host}{PRIVATE}</loc></url>"
        xml = ('<?xml version="1.0" encoding="UTF-8"?><urlset '
               f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>')
        return text_response(xml, "application/xml")


def day_time(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def not_modified(headers: dict[str, str], etag: str, modified: datetime) -> bool:
    if "if-none-match" in headers:
        return etag in headers["if-none-match"]
    since = headers.get("if-modified-since")
    if not since:
        return False
    try:
        return modified <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


def robots_txt(host: str) -> str:
    return (f"User-agent: *\nDisallow: /private/\n\nSitemap: http://{host}/sitemap.xml\n")


def text_response(text: str, content_type: str) -> Response:
    return Response(200, text.encode("utf-8"), {"Content-Type": content_type})


def page_html(title: str, main: str) -> str:
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title>"
            '<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>'
            '<header><nav><a href="/">Home</a> <a href="/news/">News</a> '
            f'<a href="/about">About</a> <a href="{PRIVATE}">Drafts</a></nav></header>'
            f"<main><h1>{html.escape(title)}</h1>{main}</main>"
            "<footer><a href='/about'>Contact the press office</a></footer></body></html>")


def statement_html(item: Item, paragraphs: tuple[str, ...]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    stamp = f'<time datetime="{item.published.isoformat()}">{item.published:%d %B %Y}</time>'
    return page_html(item.title, f"<article>{stamp}{body}</article>")


def now() -> float:
    return time.monotonic()
