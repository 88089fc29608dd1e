"""Discovery: a fetched feed, sitemap or listing page -> the links a crawl follows.

RSS and Atom items, sitemap indexes and url sets, and HTML listing pages: the
links in ``<a href>`` on the same host outside navigation, with pagination
(``rel=next``, "Next", "Page N", or the listing's own URL with another number)
kept apart so that it can stop at ``--since``.  No site-specific rules.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

from lxml import etree
from selectolax.lexbor import LexborHTMLParser, LexborNode

FEED = "feed"
SITEMAP = "sitemap"
LISTING = "listing"
PAGE = "page"

OUTSIDE = {"nav", "header", "footer", "aside", "form"}
PAGER_TEXT = re.compile(r"^(?:page\s*\d{1,5}|(?:next|older|earlier|previous)\b.*|[»›→>]+)$",
                        re.I)
PAGE_NUMBER = re.compile(r"^\d{1,5}$")
PAGINATED = re.compile(r"(/page/?\d+|[?&](page|p|start|offset)=\d+|(^|/)page[_-]?\d+)", re.I)
NOT_PAGES = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|mp[34]|mov|avi|zip|rar|gz|"
                       r"woff2?|ttf|xml|rss)$", re.I)
URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)[/-](\d\d)[/-](\d\d)(?!\d)")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
MAX_XML = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Link:
    """A URL to visit, what it is expected to be, and the date the referrer gave it."""

    url: str
    role: str
    date: date | None = None


@dataclass(slots=True)
class Found:
    """What one document points at: statement pages, more of the same listing, feeds."""

    pages: list[Link] = field(default_factory=list)
    more: list[Link] = field(default_factory=list)  # pagination, child sitemaps, feeds

    @property
    def newest(self) -> date | None:
        dated = [link.date for link in self.pages if link.date]
        return max(dated) if dated else None


def normalize_url(url: str) -> str | None:
    """Drop the fragment and default port, lower-case scheme and host; None if not http(s)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.netloc.lower()
    if (scheme, parts.port) in (("http", 80), ("https", 443)):
        host = host.rsplit(":", 1)[0]
    return urlunsplit((scheme, host, parts.path or "/", parts.query, ""))


def sniff(body: bytes, content_type: str | None) -> str:
    """Tell a feed, a sitemap and an HTML page apart by their first bytes, then the header."""
    head = inflate(body[:4096]) if body[:2] == b"\x1f\x8b" else body[:4096]
    lowered = head.lower()
    if b"<urlset" in lowered or b"<sitemapindex" in lowered:
        return SITEMAP
    if b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered:
        return FEED
    if b"<html" in lowered or b"<!doctype html" in lowered or "html" in (content_type or ""):
        return LISTING
    return "other"


def inflate(body: bytes, limit: int = MAX_XML) -> bytes:
    """Gunzip a (possibly partial) gzipped sitemap, never past ``limit`` bytes."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, limit)
    except zlib.error:
        return body


def discover(kind: str, body: bytes, base: str, *, seed: bool = False) -> Found:
    """Dispatch to the reader of ``kind`` (a ``sniff`` result)."""
    if kind == FEED:
        return Found(pages=feed_links(body, base))
    if kind == SITEMAP:
        return sitemap_links(body, base)
    if kind == LISTING:
        return listing_links(body, base, seed=seed)
    return Found()


def read_xml(body: bytes) -> etree._Element | None:
    if body[:2] == b"\x1f\x8b":
        body = inflate(body)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             huge_tree=False)
    try:
        return etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return None


def local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def child_text(node: etree._Element, *names: str) -> str | None:
    for child in node:
        if local(child.tag) in names and (child.text or "").strip():
            return (child.text or "").strip()
    return None


def feed_links(body: bytes, base: str) -> list[Link]:
    """The item links of an RSS 0.9x/1.0/2.0 or Atom feed, with their dates."""
    root = read_xml(body)
    if root is None:
        return []
    links = []
    for node in root.iter():
        name = local(node.tag)
        if name == "item":
            href = child_text(node, "link") or permalink(node)
            when = child_text(node, "pubdate", "date", "published", "updated")
        elif name == "entry":
            href = atom_link(node)
            when = child_text(node, "published", "updated")
        else:
            continue
        url = normalize_url(urljoin(base, href)) if href else None
        if url:
            links.append(Link(url, PAGE, parse_date(when)))
    return links


def permalink(item: etree._Element) -> str | None:
    for child in item:
        if local(child.tag) == "guid" and child.get("isPermaLink", "true") != "false":
            return (child.text or "").strip() or None
    return None


def atom_link(entry: etree._Element) -> str | None:
    for child in entry:
        if local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
            return child.get("href")
    return None


def sitemap_links(body: bytes, base: str) -> Found:
    """Child sitemaps of a sitemap index, or the pages of a url set, with their lastmod."""
    root = read_xml(body)
    found = Found()
    if root is None:
        return found
    index = local(root.tag) == "sitemapindex"
    for node in root:
        if local(node.tag) not in ("sitemap", "url"):
            continue
        loc = child_text(node, "loc")
        url = normalize_url(urljoin(base, loc)) if loc else None
        if not url:
            continue
        link = Link(url, SITEMAP if index else PAGE, parse_date(child_text(node, "lastmod")))
        (found.more if index else found.pages).append(link)
    return found


def parse_date(text: str | None) -> date | None:
    """The day of an ISO 8601 or RFC 822 date, as feeds and sitemaps write them."""
    if not text:
        return None
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    match = URL_DATE.search(text)
    return safe_date(*match.groups()) if match else None


def safe_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def listing_links(body: bytes, base: str, *, seed: bool = False) -> Found:
    """Item links and pagination of an HTML listing page; feed links too on a seed page.

    The items are those of the HTML stage's listing detection when it finds a
    listing; otherwise every same-host link outside navigation, header and footer.
    """
    tree = LexborHTMLParser(body.decode("utf-8", errors="replace") if isinstance(body, bytes)
                            else body)
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        base = urljoin(base, base_node.attributes.get("href") or "")
    found = Found()
    here = normalize_url(base)
    host = urlsplit(here or base).netloc
    for node in tree.css("link[href]"):
        rel = (node.attributes.get("rel") or "").lower().split()
        url = normalize_url(urljoin(base, node.attributes.get("href") or ""))
        if url and "next" in rel:
            found.more.append(Link(url, LISTING))
        elif url and seed and "alternate" in rel and node.attributes.get("type") in FEED_TYPES:
            found.more.append(Link(url, FEED))
    items = detected_items(tree, base)
    for node in tree.css("a[href]"):
        url = normalize_url(urljoin(base, node.attributes.get("href") or ""))
        if not url or url == here or urlsplit(url).netloc != host or NOT_PAGES.search(url):
            continue
        if is_pager(node, url, here or base):
            found.more.append(Link(url, LISTING))
        elif items is None and not in_navigation(node):
            found.pages.append(Link(url, PAGE, item_date(node, url)))
    found.pages += [link for link in items or [] if urlsplit(link.url).netloc == host]
    return found


def detected_items(tree: LexborHTMLParser, base: str) -> list[Link] | None:
    """The items the HTML stage's listing detection finds (None: no listing, or no detector)."""
    try:
        from ..extract.listing import find_items, item_local_time, item_url
    except ImportError:
        return None
    links = []
    for item in find_items(tree):
        url = normalize_url(item_url(item, base) or "")
        if url:
            links.append(Link(url, PAGE, parse_date(item_local_time(item)) or url_date(url)))
    return links or None


def in_navigation(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in OUTSIDE or (parent.attributes.get("role") or "") == "navigation":
            return True
        parent = parent.parent
    return False


def is_pager(node: LexborNode, url: str, here: str) -> bool:
    """A link to another page of this listing, not to an item."""
    if "next" in (node.attributes.get("rel") or "").lower().split():
        return True
    text = node.text(strip=True)
    if PAGER_TEXT.match(text):
        return True
    same_listing = shape(url) == shape(here) and url != here
    # A bare number is a page number only where the URL looks like one (not a photo count).
    return same_listing or bool(PAGE_NUMBER.match(text) and PAGINATED.search(url))


def shape(url: str) -> str:
    return re.sub(r"\d+", "#", url)


def item_date(node: LexborNode, url: str) -> date | None:
    """The date beside a link: the <time> of its item (an ancestor linking nowhere else)."""
    parent = node.parent
    for _ in range(3):
        if parent is None or len({a.attributes.get("href") for a in parent.css("a[href]")}) > 1:
            break
        stamp = parent.css_first("time")
        if stamp is not None:
            return parse_date(stamp.attributes.get("datetime") or stamp.text(strip=True))
        parent = parent.parent
    return url_date(url)


def url_date(url: str) -> date | None:
    match = URL_DATE.search(url)
    return safe_date(*match.groups()) if match else None
