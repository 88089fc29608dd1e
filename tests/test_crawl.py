"""The crawler against our own fictional site on loopback: politeness, WARC, resume, re-crawl.

The site (tests/site) logs every request with its arrival time, so delays and
Retry-After are measured from the server's side, as a site owner would.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from fastwarc.warc import ArchiveIterator as FastIterator
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from communique.cli import app
from communique.crawl import CrawlOptions, CrawlReport, crawl, crawl_and_store, seed_tasks
from communique.crawl.discover import (
    FEED,
    LISTING,
    SITEMAP,
    feed_links,
    normalize_url,
    sitemap_links,
    sniff,
)
from communique.crawl.fetch import Exchange, parse_retry_after
from communique.crawl.robots import parse_robots
from communique.crawl.warcout import WarcRecorder
from communique.errors import ConfigError
from communique.store import open_archive

from .conftest import KREMLIN, require
from .site.server import SiteServer, serve
from .site.veloria import BUSY, EDITED, MISSING, MOVED, PRIVATE, SLOW, VeloriaSite

CONTACT = "archivist@veloria.example"
DELAY = 0.05
runner = CliRunner()


def options(**overrides: object) -> CrawlOptions:
    # A generous timeout: on a loaded machine (CI's two workers) a 2 s one timed a page out
    # and its retry fetched it twice; the test of timeouts sets its own.
    settings: dict[str, object] = {"delay": DELAY, "backoff": 0.05, "timeout": 30.0}
    settings.update(overrides)
    return CrawlOptions(CONTACT, **settings)  # type: ignore[arg-type]


def seeds(server: SiteServer) -> list[str]:
    return [f"{server.base}/feed.xml", f"{server.base}/sitemap.xml", f"{server.base}/news/"]


def quick_site(n: int = 12) -> VeloriaSite:
    """A site without the 1-second Retry-After and the slow page, for tests about other things."""
    site = VeloriaSite(n, slow_seconds=0.0)
    site.busy_left = 0
    return site


def statement_paths(site: VeloriaSite) -> set[str]:
    return {item.path for item in site.items}


def served(server: SiteServer, status: int = 200) -> Counter[str]:
    return Counter(hit.path for hit in server.hits if hit.status == status)


@dataclass
class Crawled:
    server: SiteServer
    report: CrawlReport
    warc: Path


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    """One crawl of the whole site, traps included, that several tests look at."""
    warc = tmp_path_factory.mktemp("crawl") / "veloria.warc.gz"
    site = VeloriaSite(12, slow_seconds=0.2, retry_after="1")
    with serve(site) as server:
        report = crawl(seeds(server), warc, options())
        yield Crawled(server, report, warc)


def test_every_statement_fetched_once(full: Crawled) -> None:
    pages = served(full.server)
    site = full.server.site
    assert {p for p in pages if p.startswith("/statements/")} == statement_paths(site)
    assert all(pages[p] == 1 for p in statement_paths(site))
    assert full.report.pages == len(site.items)
    assert full.report.errors == []


def test_nothing_disallowed_is_fetched(full: Crawled) -> None:
    assert not any(hit.path.startswith("/private/") for hit in full.server.hits)
    assert full.report.skipped["disallowed by robots.txt"] >= 1
    assert full.server.timeline()[0].path == "/robots.txt"


def test_delay_between_requests_is_respected(full: Crawled) -> None:
    times = [hit.at for hit in full.server.timeline()]
    gaps = [later - earlier for earlier, later in pairwise(times)]
    assert min(gaps) >= DELAY - 0.002, gaps
    assert full.server.most_at_once() == 1


def test_concurrent_requests_are_capped(tmp_path: Path) -> None:
    site = VeloriaSite(12, slow_seconds=0.1)
    site.busy_left = 0
    with serve(site) as server:
        crawl(seeds(server), tmp_path / "c.warc.gz", options(delay=0.0, concurrency=2))
    assert server.most_at_once() <= 2


def test_retry_after_is_respected(full: Crawled) -> None:
    busy = [hit for hit in full.server.timeline() if hit.path == BUSY]
    assert [hit.status for hit in busy] == [429, 200]
    assert busy[1].at - busy[0].at >= 1.0 - 0.002
    after = [hit.at for hit in full.server.hits if hit.at > busy[0].at]
    assert min(after) - busy[0].at >= 1.0 - 0.002  # the whole host waited, not just the URL
    assert full.report.retries == 1


def test_server_errors_are_retried_with_growing_backoff(tmp_path: Path) -> None:
    site = quick_site()
    path = site.items[5].path
    site.failures[path] = [503, 502]
    with serve(site) as server:
        report = crawl(seeds(server), tmp_path / "c.warc.gz", options(backoff=0.1))
    tries = [hit for hit in server.timeline() if hit.path == path]
    assert [hit.status for hit in tries] == [503, 502, 200]
    assert tries[1].at - tries[0].at >= 0.1 - 0.002 and tries[2].at - tries[1].at >= 0.2 - 0.002
    assert report.retries == 2 and report.errors == []


def test_too_long_retry_after_gives_up_and_a_rerun_tries_again(tmp_path: Path) -> None:
    site = VeloriaSite(12, slow_seconds=0.0, retry_after="3600")
    warc = tmp_path / "c.warc.gz"
    with serve(site) as server:
        first = crawl(seeds(server), warc, options())
        second = crawl(seeds(server), warc, options())
    assert first.errors == [f"{server.base}{BUSY}: gave up after 1 tries: status 429"]
    assert second.errors == [] and served(server)[BUSY] == 1


def test_user_agent_names_tool_and_contact(full: Crawled) -> None:
    agents = {hit.headers.get("user-agent") for hit in full.server.hits}
    assert agents == {f"communique-crawler/0.1.0 (+mailto:{CONTACT})"}


def test_slow_page_and_missing_page(full: Crawled) -> None:
    assert served(full.server)[SLOW] == 1
    assert served(full.server, 404)[MISSING] == 1
    assert full.report.statuses[404] == 1


def warc_records(path: Path) -> list[tuple[str, str | None, int | None, bytes]]:
    out = []
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh, check_digests=True):
            body = record.content_stream().read()
            assert record.digest_checker.problems == []
            uri = record.rec_headers.get_header("WARC-Target-URI")
            status = (record.http_headers.get_statuscode()
                      if record.rec_type in ("response", "revisit") else None)
            out.append((record.rec_type, uri, int(status) if status else None, body))
            assert record.rec_headers.get_header("WARC-Date")
    return out


def test_warc_reads_back_with_warcio_and_valid_digests(full: Crawled) -> None:
    records = warc_records(full.warc)
    assert records[0][0] == "warcinfo"
    responses = {uri: (status, body) for kind, uri, status, body in records if kind == "response"}
    requests = [uri for kind, uri, _, _ in records if kind == "request"]
    assert sorted(map(str, requests)) == sorted(map(str, responses))
    edited = responses[full.server.base + EDITED]
    assert edited[0] == 200 and b"<p>" in edited[1]  # stored decoded, though sent gzipped
    assert responses[full.server.base + MOVED][0] == 301  # the redirect hop is recorded


def test_warc_reads_back_with_fastwarc(full: Crawled) -> None:
    with full.warc.open("rb") as fh:
        blocks = [r.verify_block_digest() for r in FastIterator(fh, parse_http=False)]
    with full.warc.open("rb") as fh:
        payloads = [r.verify_payload_digest() for r in FastIterator(fh, parse_http=True)
                    if r.headers.get("WARC-Type") == "response"]
    assert blocks and all(blocks)
    assert len(payloads) == full.report.fetched and all(payloads)


def test_since_stops_pagination_and_skips_old_items(tmp_path: Path) -> None:
    site = quick_site()
    with serve(site) as server:
        report = crawl(seeds(server), tmp_path / "c.warc.gz", options(since=date(2025, 1, 1)))
    fetched = {p for p in served(server) if p.startswith("/statements/")}
    assert fetched == {it.path for it in site.items if it.published >= date(2025, 1, 1)}
    assert "/sitemaps/2024.xml" not in served(server)
    assert report.skipped["older than --since"] > 0


def test_site_root_finds_sitemaps_in_robots_and_feeds_in_the_page(tmp_path: Path) -> None:
    site = quick_site()
    with serve(site) as server:
        report = crawl([f"{server.base}/"], tmp_path / "c.warc.gz", options(delay=0.0))
    pages = served(server)
    assert {"/sitemap.xml", "/feed.xml"} <= set(pages)
    assert {p for p in pages if p.startswith("/statements/")} == statement_paths(site)
    assert report.errors == []


def test_stopped_crawl_resumes_without_fetching_twice(tmp_path: Path) -> None:
    site = quick_site()
    warc = tmp_path / "c.warc.gz"
    with serve(site) as server:
        first = crawl(seeds(server), warc, options(max_pages=3))
        second = crawl(seeds(server), warc, options())
    assert first.pages == 3 and first.skipped["over --max-pages"] > 0
    assert second.from_warc > 0
    assert max(Counter(hit.path for hit in server.hits).values()) == 1
    assert {p for p in served(server) if p.startswith("/statements/")} == statement_paths(site)


def test_finished_crawl_rerun_fetches_discovery_and_new_pages_only(tmp_path: Path) -> None:
    site = quick_site()
    warc = tmp_path / "c.warc.gz"
    with serve(site) as server:
        crawl(seeds(server), warc, options(delay=0.0))
        new = site.publish("Statement on the new harbour toll", date(2025, 7, 2))
        before = len(server.hits)
        report = crawl(seeds(server), warc, options(delay=0.0))
    again = {hit.path: hit for hit in server.hits[before:]}
    assert {p for p in again if p.startswith("/statements/")} == {new.path}
    assert {"/robots.txt", "/feed.xml", "/sitemap.xml", "/news/"} <= set(again)
    assert again["/robots.txt"].status == 304 and again["/sitemaps/2024.xml"].status == 304
    assert again["/feed.xml"].status == 200  # changed: the new statement is in it
    assert report.pages == len(site.items) and report.from_warc >= len(site.items) - 1


def test_half_written_record_is_cut_and_fetched_again(tmp_path: Path) -> None:
    site = quick_site()
    warc = tmp_path / "c.warc.gz"
    with serve(site) as server:
        crawl(seeds(server), warc, options())
        with warc.open("rb") as fh:
            records = ArchiveIterator(fh)
            last = [(records.get_record_offset(), r.rec_headers.get_header("WARC-Target-URI"))
                    for r in records if r.rec_type == "response"][-1]
        with warc.open("r+b") as fh:
            fh.truncate(last[0] + 40)  # as if killed while writing the last response
        before = len(server.hits)
        report = crawl(seeds(server), warc, options())
    again = [hit.path for hit in server.hits[before:]]
    assert [server.base + path for path in again] == [last[1]]
    assert any("half-written record" in reason for reason in report.skipped)
    assert warc_records(warc)  # valid again, digests included


def exchange(n: int) -> Exchange:
    return Exchange(f"http://x.example/{n}", 200, "OK", request_headers=[("Host", "x.example")],
                    headers=[("Content-Type", "text/html")], body=b"<p>Port Lessa</p>" * 40,
                    fetched_at="2026-01-01T00:00:00Z")


@pytest.mark.parametrize("name", ["c.warc.gz", "c.warc"], ids=["gzip", "plain"])
@pytest.mark.parametrize("cut", [1, 5, 60, 900, 1500], ids=lambda n: f"cut-{n}")
def test_any_cut_tail_is_dropped_and_appending_stays_valid(tmp_path: Path, name: str,
                                                           cut: int) -> None:
    warc = tmp_path / name
    recorder = WarcRecorder(warc, operator=CONTACT)
    for n in range(3):
        recorder.write(exchange(n))
    recorder.close()
    with warc.open("r+b") as fh:
        fh.truncate(warc.stat().st_size - cut)
    recorder = WarcRecorder(warc, operator=CONTACT)
    assert recorder.dropped_tail > 0
    kept = sorted(recorder.index)
    assert kept == [f"http://x.example/{n}" for n in range(len(kept))]
    assert len(kept) == 3 if cut <= 60 else len(kept) < 3  # a cut request spares its response
    recorder.write(exchange(9))
    recorder.close()
    assert [uri for kind, uri, _, _ in warc_records(warc) if kind == "response"][-1] == (
        "http://x.example/9")


def test_timeout_is_reported_and_the_crawl_goes_on(tmp_path: Path) -> None:
    site = VeloriaSite(12, slow_seconds=0.5)
    site.busy_left = 0
    with serve(site) as server:
        report = crawl(seeds(server), tmp_path / "c.warc.gz", options(timeout=0.1, retries=1))
    assert report.errors == [f"{server.base}{SLOW}: timed out after 0.1 s"]
    assert report.pages == len(site.items) - 1


def test_size_cap_drops_the_response(tmp_path: Path) -> None:
    site = quick_site()
    warc = tmp_path / "c.warc.gz"
    with serve(site) as server:
        report = crawl([f"{server.base}{EDITED}"], warc, options(max_bytes=300))
    assert report.errors == [f"{server.base}{EDITED}: response is over the 300-byte cap"]
    assert [uri for kind, uri, _, _ in warc_records(warc) if kind == "response"] == [
        f"{server.base}/robots.txt"]


def test_recrawl_stores_the_edit_as_a_new_version(tmp_path: Path, db_path: str) -> None:
    site = quick_site()
    with serve(site) as server, open_archive(db_path) as archive:
        first = asyncio.run(crawl_and_store(seed_tasks(seeds(server)), tmp_path / "1.warc.gz",
                                            options(), archive=archive, enrich=False))
        assert first.ingest is not None and first.ingest.added > 0
        site.edition = 2
        hits_before = len(server.hits)
        again = asyncio.run(crawl_and_store([], tmp_path / "2.warc.gz", options(),
                                            archive=archive, revisit=True, enrich=False))
        url = server.base + EDITED
        assert [(c.url, c.outcome) for c in again.changes] == [(url, "changed")]
        sid = again.changes[0].id
        assert "Corrected" in archive.get(sid).text
        assert "Corrected" not in archive.get(sid, version=1).text
    revisits = [hit for hit in server.hits[hits_before:] if hit.path.startswith("/statements/")]
    assert all("if-none-match" in hit.headers for hit in revisits)
    assert Counter(hit.status for hit in revisits)[304] == len(statement_paths(site)) - 1
    assert again.crawl.not_modified == len(statement_paths(site)) - 1


def test_cli_crawl_ingest_prints_one_summary(tmp_path: Path, db_path: str) -> None:
    site = quick_site(6)
    with serve(site) as server:
        result = runner.invoke(app, ["crawl", f"{server.base}/news/", "--out",
                                     str(tmp_path / "c.warc.gz"), "--delay", "0",
                                     "--contact", CONTACT, "--ingest", "--db", db_path])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("crawl into") == 1 and result.stderr.count("ingest into") == 1
    assert result.stdout == ""


@pytest.mark.parametrize(("args", "message"), [
    (["http://x.example/"], "Error: crawling needs a contact address for the User-Agent"),
    (["--contact", "me@x.example"],
     "Error: give the URLs to start from, or --recrawl to revisit the archive's URLs"),
    (["ftp://x.example/", "--contact", "me@x.example"],
     "Error: not an http(s) URL: 'ftp://x.example/'"),
    (["http://x.example/", "--contact", "me@x.example", "--since", "June"],
     "Error: --since: expected a day as YYYY-MM-DD, got 'June'"),
    (["http://x.example/", "--contact", "nobody"],
     "Error: --contact 'nobody': expected an e-mail address or a URL"),
], ids=["no-contact", "no-url", "not-http", "bad-since", "bad-contact"])
def test_cli_errors(args: list[str], message: str, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMMUNIQUE_CONTACT", raising=False)
    result = runner.invoke(app, ["crawl", "--out", str(tmp_path / "c.warc.gz"), *args])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == message


@pytest.mark.parametrize(("value", "seconds"), [
    ("120", 120.0), ("0", 0.0), (" 3 ", 3.0), ("Wed, 21 Oct 2015 07:28:10 GMT", 10.0),
    ("soon", None), (None, None),
], ids=["seconds", "zero", "spaces", "http-date", "garbage", "absent"])
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    from datetime import UTC, datetime

    now = datetime(2015, 10, 21, 7, 28, 0, tzinfo=UTC)
    assert parse_retry_after(value, now=now) == seconds


@pytest.mark.parametrize(("status", "body", "allowed"), [
    (200, b"User-agent: *\nDisallow: /private/\n", False),
    (404, b"", True),
    (503, b"", False),
    (0, b"", False),
], ids=["rules", "no-file-allows", "server-error-disallows", "unreachable-disallows"])
def test_robots_status_rules(status: int, body: bytes, allowed: bool) -> None:
    robots = parse_robots(Exchange("http://x.example/robots.txt", status=status, body=body))
    assert robots.allows("http://x.example/private/a") is allowed
    assert robots.allows("http://x.example/news/") is (status != 503 and status != 0)


def test_robots_crawl_delay_and_sitemaps() -> None:
    body = b"User-agent: communique-crawler\nCrawl-delay: 7\n\nSitemap: http://x.example/s.xml\n"
    robots = parse_robots(Exchange("http://x.example/robots.txt", status=200, body=body))
    assert robots.crawl_delay == 7.0 and robots.sitemaps == ["http://x.example/s.xml"]


ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<entry><link rel="alternate" href="/a"/><published>2025-02-01T10:00:00Z</published></entry>
<entry><link href="http://x.example/b"/><updated>2024-12-31T23:00:00+01:00</updated></entry>
</feed>"""
RSS = b"""<rss version="2.0"><channel><item><link>http://x.example/c</link>
<pubDate>Sat, 01 Feb 2025 10:00:00 GMT</pubDate></item>
<item><guid>http://x.example/d</guid></item></channel></rss>"""


@pytest.mark.parametrize(("body", "expected"), [
    (ATOM, [("http://x.example/a", date(2025, 2, 1)), ("http://x.example/b", date(2024, 12, 31))]),
    (RSS, [("http://x.example/c", date(2025, 2, 1)), ("http://x.example/d", None)]),
    (b"<rss><channel><item><link>", []),
], ids=["atom", "rss", "broken"])
def test_feed_links(body: bytes, expected: list[tuple[str, date | None]]) -> None:
    assert [(link.url, link.date) for link in feed_links(body, "http://x.example/feed")] == expected


def test_sitemap_index_and_urlset() -> None:
    index = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
             b"<loc>http://x.example/s1.xml</loc><lastmod>2025-01-02</lastmod></sitemap>"
             b"</sitemapindex>")
    found = sitemap_links(index, "http://x.example/")
    assert [(link.url, link.role, link.date) for link in found.more] == [
        ("http://x.example/s1.xml", SITEMAP, date(2025, 1, 2))]
    urlset = b"<urlset><url><loc>/p#top</loc></url></urlset>"
    assert [link.url for link in sitemap_links(urlset, "http://x.example/").pages] == [
        "http://x.example/p"]


LISTING_HTML = b"""<html><head><link rel="next" href="/archive/2"></head><body>
<nav><a href="/about">About the office</a></nav>
<main><div class="item"><a href="/s/one">One</a><time datetime="2025-03-01">1 March</time></div>
<div class="item"><a href="/2024/12/30/two">Two</a></div>
<a href="https://other.example/three">Elsewhere</a> <a href="/photo.jpg">Photo</a>
<a href="/archive/3">3</a> <a href="/archive?page=9">Next &raquo;</a> <a href="/archive/4">x</a>
</main><footer><a href="/contact">Contact</a></footer></body></html>"""


def test_listing_links_without_a_detected_listing() -> None:
    from communique.crawl.discover import listing_links

    found = listing_links(LISTING_HTML, "http://x.example/archive/1")
    assert [(link.url, link.date) for link in found.pages] == [
        ("http://x.example/s/one", date(2025, 3, 1)),
        ("http://x.example/2024/12/30/two", date(2024, 12, 30))]
    assert [link.url for link in found.more] == [
        "http://x.example/archive/2", "http://x.example/archive/3",
        "http://x.example/archive?page=9", "http://x.example/archive/4"]
    assert found.newest == date(2025, 3, 1)


def test_listing_links_on_a_real_archive_page(shared: Path) -> None:
    from communique.crawl.discover import listing_links

    page = KREMLIN / "nonstatement_pages" / "page_1038.html"
    require(page.is_file(), str(page))
    base = "http://en.kremlin.ru/events/president/news/page/1038"
    found = listing_links(page.read_bytes(), base)
    assert len(found.pages) == 20
    assert all(re.fullmatch(r"http://en\.kremlin\.ru/events/president/news/\d+\.html", link.url)
               for link in found.pages)
    assert {link.url for link in found.more} == {
        "http://en.kremlin.ru/events/president/news/page/1039.html",
        "http://en.kremlin.ru/events/president/news/page/1037.html"}


@pytest.mark.parametrize(("body", "content_type", "kind"), [
    (b"<?xml version='1.0'?><urlset>", None, SITEMAP),
    (b"<?xml version='1.0'?><rss version='2.0'>", "text/xml", FEED),
    (b"<!doctype html><html>", None, LISTING),
    (b"%PDF-1.7", "application/pdf", "other"),
], ids=["sitemap", "rss", "html", "pdf"])
def test_sniff(body: bytes, content_type: str | None, kind: str) -> None:
    assert sniff(body, content_type) == kind


@pytest.mark.parametrize(("raw", "url"), [
    ("HTTP://Example.ORG:80/a?b=1#c", "http://example.org/a?b=1"),
    ("https://example.org", "https://example.org/"),
    ("mailto:a@example.org", None),
    ("javascript:void(0)", None),
], ids=["case-port-fragment", "empty-path", "mailto", "javascript"])
def test_normalize_url(raw: str, url: str | None) -> None:
    assert normalize_url(raw) == url


def test_options_refuse_a_bad_contact() -> None:
    with pytest.raises(ConfigError, match="expected an e-mail address or a URL"):
        CrawlOptions("someone")
    assert PRIVATE.startswith("/private/")
