"""Pages that are not one statement but list others: listings and daily feeds -> teasers.

A listing is found by its shape, not by a site's class names: three or more
title links (a few words of link text each) whose elements and ancestors repeat
the same tag-and-class pattern, outside navigation and footers.  Each item's
root is the largest ancestor holding just one of those links; the item's title
is its schema.org ``name``/``headline`` (or microformats ``p-name``) or the link
text, its time the ``<time>`` or ``datePublished`` inside it.

A daily feed gives one teaser Document per item (``complete=False``), and so
does a site's front page, for each of its dated groups.  Pages that state nothing
by their type (an archive's numbered page, a gallery, a redirect...) are told by
``pagetypes``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import PageDropped
from ..models import Block, Document
from ..parse.dates import find_day_month
from ..parse.language import word_count
from .content import (
    PARAGRAPHS,
    content_weight,
    is_teaser_summary,
    node_text,
    previous_element,
)
from .header import clock_of, read_date_line
from .metadata import PLACE_SELECTOR, find_language, is_inside
from .sitetime import with_offset

# A document's link named by its type or size: "PDF (210 ك.ب)", "Download (DOCX, 40 KB)".
# A word or two at most before the size: a title linked to its PDF ("Decree No. 5 on the
# pensions (2 MB)") stays an item.
FILE_LABEL = re.compile(r"\s*(?:\w+\s+)?\(?(?:pdf|docx?|odt|rtf|xlsx?)\b|"
                        r"\s*(?:\S+\s+){0,2}\(\s*[\d.,]+\s*\S{1,4}\s*\)\s*$", re.I)
MIN_ITEMS = 3
MIN_TITLE_WORDS = 3
MENU_WORDS = 4  # a menu entry's words at most ("Указы и распоряжения")
DOCUMENT_ENDINGS = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx")
# Pictures, sound, video and archives: a gallery's files (a document's PDF may be a listed
# statement's only link, and counts).
FILE_ENDINGS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".zip", ".mp4",
                ".mp3")
ANCESTOR_DEPTH = 3
OUTGROWN = 5  # an item this many times the median item is no item but the page around one
HEADED_LINK = "h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href]"
LINKED_TITLE = "a [class*=title], a strong, a h2, a h3, a h4"
TITLE_SELECTOR = "[itemprop=name], [itemprop=headline], .p-name, .entry-title"
DATE_SELECTOR = "time[datetime], [itemprop=datePublished]"
DAY_HEADING_LEVELS = 3  # the item, its list, the list's box: where a day's heading stands
DAY_HEADING_CHARS = 80
# Yesterday, relative to the day of publication: an item so dated is not of its heading's day
# ("today" is the heading's day, whether the heading is a day's or the page's date bar).
RELATIVE_DAY = re.compile(r"(?i:\b(?:yesterday|вчера|позавчера|вчора|hier|ayer|gestern|dün|"
                          r"ieri|ontem|wczoraj|kemarin)\b)|昨天|昨日|어제|أمس")


def is_file_link(anchor: LexborNode) -> bool:
    """Whether a link downloads a file (a picture, a video) rather than opening a page, or
    a document named by its type and size only ("PDF (210 KB)" beside a row's title)."""
    if "download" in anchor.attributes:
        return True
    href = (anchor.attributes.get("href") or "").split("?")[0].split("#")[0].lower()
    return href.endswith(FILE_ENDINGS) or href.endswith(DOCUMENT_ENDINGS) \
        and FILE_LABEL.match(anchor.text_lexbor() or "") is not None


def signature(node: LexborNode) -> tuple[str, ...]:
    """The tag-and-class path of a link and its nearest ancestors: what repeats in a list."""
    parts = []
    current: LexborNode | None = node
    for _ in range(ANCESTOR_DEPTH + 1):
        if current is None:
            break
        parts.append(f"{current.tag}.{shape_class(current.attributes.get('class') or '')}")
        current = current.parent
    return tuple(parts)


@lru_cache(maxsize=4096)
def shape_class(classes: str) -> str:
    """A class attribute's first name that numbers no one element: a content system's
    items differ by their numbers ("post-1432") and tags ("tag-floods"), yet repeat one
    shape ("post")."""
    return next((name for name in classes.split() if not any(ch.isdigit() for ch in name)), "")


def find_items(tree: LexborHTMLParser, container: LexborNode | None = None) -> list[LexborNode]:
    """The root elements of a page's repeated title links, in page order ([] if none).

    The links of the main text's candidate come first (a listing's own, however many
    links a menu without class names repeats), then the page's most repeated ones.
    """
    groups: dict[tuple[str, ...], list[LexborNode]] = defaultdict(list)
    short: list[LexborNode] = []
    every = tree.css("a[href]")
    for anchor in every:
        if is_file_link(anchor):
            continue  # "Download (JPG, 4.1 MB)": a gallery's files, no other page
        # Counted on the raw text: collapsing its white space changes no word count.
        words = word_count(anchor.text_lexbor())
        if words >= MIN_TITLE_WORDS:
            groups[signature(anchor)].append(anchor)
        elif words:
            short.append(anchor)
    if not groups:
        return []
    held = {a.mem_id for a in container.css("a[href]")} if container is not None else set()
    inside = [g for g in groups.values()
              if len(g) >= MIN_ITEMS and sum(a.mem_id in held for a in g) >= MIN_ITEMS]
    anchors = max(inside or groups.values(),
                  key=lambda g: (len(g), sum(len(node_text(a)) for a in g)))
    if len(anchors) < MIN_ITEMS:
        return []
    # A short title among the list's ("Passover greetings") is an item too, when it stands
    # in one of the lists that hold the others (a menu cell built like a row is no item).
    # A "More" link beside a title is no title: its parent holds one already.
    lists = {list_of(a) for a in anchors} - {None}
    parents = {a.parent.mem_id for a in anchors if a.parent is not None}
    shape = signature(anchors[0])
    extra = {a.mem_id for a in short
             if list_of(a) in lists and a.parent is not None
             and a.parent.mem_id not in parents and signature(a) == shape}
    if extra:
        chosen = extra | {a.mem_id for a in anchors}
        anchors = [a for a in every if a.mem_id in chosen]  # in page order
    return [item_root(anchor, counts) for counts in [ancestor_counts(anchors)]
            for anchor in anchors]


def dated_items(tree: LexborHTMLParser) -> list[LexborNode]:
    """Every dated item the page shows, in page order, whichever list holds it: a home
    page's hero story and each of its feeds, which ``find_items`` would choose among."""
    anchors = [a for a in tree.css("a[href]") if word_count(a.text_lexbor()) >= MIN_TITLE_WORDS]
    counts = ancestor_counts(anchors)
    roots: dict[int, LexborNode] = {}
    for anchor in anchors:
        root = item_root(anchor, counts)
        if root.mem_id not in roots and root.tag not in ("body", "html") \
                and item_local_time(root) is not None:
            roots[root.mem_id] = root
    return list(roots.values())


def lone_card(container: LexborNode | None, tree: LexborHTMLParser) -> LexborNode | None:
    """The one card a page of a category holds, when its text is nothing but that card's
    summary under a linked title that is not the page's own (``<h3><a>Title</a></h3>
    <p>Summary</p>``, under an ``<h1>`` naming the category); None otherwise."""
    if container is None:
        return None
    heading: LexborNode | None = None
    for para in container.css(PARAGRAPHS):
        if not para.text_lexbor().strip():
            continue
        if not is_teaser_summary(para):
            return None  # a statement's own paragraph: its first one tells, as a rule
        above = previous_element(para)
        if heading is not None and above is not None and above.mem_id != heading.mem_id:
            return None  # two cards: a listing's, which ``find_items`` reads
        heading = above
    if heading is None or heading.parent is None:
        return None
    h1 = tree.css_first("h1")
    return None if h1 is None or node_text(h1) == node_text(heading) else heading.parent


def list_of(anchor: LexborNode) -> int | None:
    """The ``mem_id`` of the element that holds a link's list: above its signature."""
    current: LexborNode | None = anchor
    for _ in range(ANCESTOR_DEPTH + 1):
        current = current.parent if current is not None else None
    return current.mem_id if current is not None else None


def ancestor_counts(anchors: list[LexborNode]) -> dict[int, int]:
    counts: dict[int, int] = defaultdict(int)
    for anchor in anchors:
        current = anchor.parent
        while current is not None:
            counts[current.mem_id] += 1
            current = current.parent
    return counts


def item_root(anchor: LexborNode, counts: dict[int, int]) -> LexborNode:
    """Climb from a title link while the ancestor holds no other item's link."""
    root = anchor
    while root.parent is not None and counts.get(root.parent.mem_id, 0) == 1:
        root = root.parent
    return root


def listing_share(items: list[LexborNode], container: LexborNode | None) -> float:
    """How much of the main text candidate lies inside the listing's items.

    By paragraph weight when the container has paragraphs, else by its whole text;
    items outside the container (a feed beside a statement) do not count.  A text inside
    one item is one teaser's, unless that item outweighs the others many times: then it is
    a menu link's ancestor grown around the whole page (a template without class names).
    """
    if container is None:
        return 1.0
    holder = next((item for item in items if is_inside(container, item)), None)
    if holder is not None:
        sizes = sorted(len(item.text_lexbor()) for item in items)
        if len(holder.text_lexbor()) <= OUTGROWN * sizes[len(sizes) // 2]:
            return 1.0
    held = [item for item in items if is_inside(item, container)]
    total = sum(content_weight(p) for p in container.css(PARAGRAPHS))
    # Items of a title link and a date, no paragraph in them ("<li><a>Title</a><span>Posted
    # on: ...</span></li>"), links to other pages (not a statement's documents): weighed by
    # their text, as the footer's paragraphs are.
    if total and (any(item.css_first(PARAGRAPHS) is not None for item in held)
                  or not _dated_pages(held)):
        return sum(content_weight(p) for item in held for p in item.css(PARAGRAPHS)) / total
    whole = len(container.text_lexbor()) or 1
    return sum(len(item.text_lexbor()) + len(_term_of(item)) for item in held) / whole


def _term_of(item: LexborNode) -> str:
    """A definition list's term over its item: the item's day ("<dt>令和7年3月14日</dt>
    <dd><a>...</a></dd>"), part of it."""
    if item.tag != "dd":
        return ""
    before = item.prev
    while before is not None and not before.is_element_node:
        before = before.prev
    return before.text_lexbor() if before is not None and before.tag == "dt" else ""


def _dated_pages(items: list[LexborNode]) -> bool:
    """Whether items are other pages with their dates: each dated, and their links not
    to documents ("Decree No. 4 (PDF)" under the statement that adopted it)."""
    return bool(items) and all(item_local_time(item) is not None for item in items) and not any(
        (a.attributes.get("href") or "").split("?")[0].lower().endswith(DOCUMENT_ENDINGS)
        for item in items for a in item.css("a[href]"))


def paragraphs_in(items: list[LexborNode]) -> frozenset[int]:
    """The ``mem_id`` of every paragraph inside the items: the listing's own text."""
    return frozenset(p.mem_id for item in items for p in item.css(PARAGRAPHS))


def item_title(item: LexborNode) -> str | None:
    named = item.css_first(TITLE_SELECTOR)
    if named is not None and node_text(named):
        return node_text(named)
    # A link that wraps the whole card (its time, its kicker, its title): the part named so.
    for inner in item.css(LINKED_TITLE):
        if word_count(node_text(inner)) >= MIN_TITLE_WORDS:
            return node_text(inner)
    # A title link in a heading outranks a button's ("Read the media release") to the same
    # page, in the item or, when the item is the button, beside it.
    box = item.parent if item.tag == "a" and item.parent is not None else item
    href = item.attributes.get("href") if item.tag == "a" else None
    for link in box.css(HEADED_LINK):
        if (href is None or link.attributes.get("href") == href) \
                and word_count(headed := link_text(link)) >= MIN_TITLE_WORDS:
            return headed
    links = [text for a in item.css("a[href]") if (text := link_text(a))
             and not is_file_link(a)]
    # The item's title link; a short title when it is the item's only link.
    title = next((t for t in links if word_count(t) >= MIN_TITLE_WORDS), None)
    return title or (links[0] if len(links) == 1 else None)


def link_text(link: LexborNode) -> str:
    """A link's words without the date it holds ("<a><time>4 March</time>Title</a>")."""
    text = node_text(link)
    for time in link.css("time"):
        text = text.replace(node_text(time), " ", 1)
    return " ".join(text.split())


def item_local_time(item: LexborNode) -> str | None:
    """The item's date as stated, with the time of day its visible text adds."""
    dated = item.css_first(DATE_SELECTOR)
    if dated is None:
        shown = shown_date(item)
        if shown is not None and "T" not in shown:
            clock = clock_of(node_text(item))  # "<span>14 березня 2024</span> <span>18:20</span>"
            return f"{shown} {clock}" if clock else shown
        return shown or under_day_heading(item)
    value = dated.attributes.get("datetime") or dated.attributes.get("content") or ""
    clock = clock_of(dated.text(deep=True, separator=" ") or "")
    if clock and len(value) == 10:
        return f"{value} {clock}"
    return value or node_text(dated)


def shown_date(item: LexborNode) -> str | None:
    """The date an item shows in an element of its own ("<span class=date>14 mars 2025"),
    in any language the month tables know, in a link that is the whole card too; never the
    words of its title link."""
    for node in item.traverse():
        if node.tag == "a" or not node.text(deep=False).strip():
            continue
        found = read_date_line(node_text(node))
        if found is not None:
            return found[0]
    return None


def under_day_heading(item: LexborNode) -> str | None:
    """A bare "18:40" on the day of the heading over the item's list ("24 сентября 2024
    года, вторник"): the nearest date line before the item, its list or the list's box."""
    said = node_text(item)
    if RELATIVE_DAY.search(said):
        return None  # "Вчера, 18:40": a day before the heading's, which is the page's today
    clock = clock_of(said)
    current: LexborNode | None = item
    for _ in range(DAY_HEADING_LEVELS):
        if current is None:
            return None
        before = current.prev
        while before is not None:
            text = node_text(before) if before.is_element_node else ""
            found = read_date_line(text) if 0 < len(text) <= DAY_HEADING_CHARS else None
            if found is not None:
                # "12 марта, 16:00" under "14 марта 2024": the item's own day, in that year.
                own = find_day_month(said, int(found[0][:4]))
                if own is not None:
                    dated = own[0].replace("T", " ")
                    return f"{dated} {clock}" if clock and "T" not in own[0] else dated
                day = found[0][:10]
                return f"{day} {clock}" if clock else day
            before = before.prev
        current = current.parent
    return None


def item_url(item: LexborNode, base: str | None, title: str | None = None) -> str | None:
    """The address an item links to: its title's link, else its first (a picture's)."""
    anchor = item if item.tag == "a" else next(
        (a for a in item.css("a[href]") if title and link_text(a) == title), None) \
        or item.css_first("a[href]")
    href = anchor.attributes.get("href") if anchor is not None else None
    if not href:
        return None
    return urljoin(base, href) if base else href


def teaser(item: LexborNode, *, base: str | None, published_at: str | None,
           site: str | None, language: str | None) -> Document | None:
    """One feed item as an incomplete Document (title, time, link; no text)."""
    title = item_title(item)
    if not title:
        return None
    place_node = item.css_first(PLACE_SELECTOR)
    summary = [node_text(p) for p in item.css("p") if node_text(p)]
    return Document(blocks=[Block(text) for text in summary], title=title,
                    published_at=published_at, url=item_url(item, base, title), site=site,
                    place=node_text(place_node) if place_node is not None else None,
                    language=language, complete=False)


def home_teasers(tree: LexborHTMLParser, meta: dict[str, str], *, url: str | None,
                 site: str | None, zone: str | None) -> list[Document]:
    """A site's front page as the teasers of its hero story and each of its feeds: never a
    statement (its title is the site's name).

    Raises:
        PageDropped: the page shows no item.
    """
    language = find_language(tree, meta)
    # Dated items in every group; else the one list of title links (times of day alone).
    teasers = feed_teasers(dated_items(tree), url=url, site=site, zone=zone,
                           language=language) or feed_teasers(
        find_items(tree), url=url, site=site, zone=zone, language=language)
    if not teasers:
        raise PageDropped("home page")
    return teasers


def undated_listing(tree: LexborHTMLParser, *, url: str | None, site: str | None,
                    zone: str | None, language: str | None) -> list[Document]:
    """The teasers of a page whose items all carry a date, read again after the statement
    was taken (its trimming removes furniture only); [] when any item is undated."""
    items = find_items(tree)
    if len(items) < MIN_ITEMS or any(item_local_time(item) is None for item in items):
        return []
    return feed_teasers(items, url=url, site=site, zone=zone, language=language)


def feed_beside(tree: LexborHTMLParser, *, url: str | None, site: str | None,
                zone: str | None, language: str | None) -> list[Document]:
    """Teasers of a dated news feed the page shows beside its statement, in page order.

    Run after the statement's blocks are taken, so that its related-links boxes are
    gone; every item must carry its own date, as a feed's do and a menu's do not.
    """
    items = [item for item in find_items(tree) if item.css_first(DATE_SELECTOR) is not None]
    if len(items) < MIN_ITEMS:
        return []
    return feed_teasers(items, url=url, site=site, zone=zone, language=language)


def feed_teasers(items: list[LexborNode], *, url: str | None, site: str | None,
                 zone: str | None, language: str | None) -> list[Document]:
    """One incomplete Document per feed item, in page order."""
    docs = []
    for item in items:
        doc = teaser(item, base=url, published_at=with_offset(item_local_time(item), zone),
                     site=site, language=language)
        if doc is not None:
            docs.append(doc)
    if sum(doc.published_at is not None for doc in docs) >= MIN_ITEMS:
        # Beside dated items, an undated one that links a section ("/news/", "Интервью"): a
        # menu's row beside the feed, no item of it.
        docs = [doc for doc in docs if doc.published_at is not None
                or not section_link(doc.url, doc.title)]
    return docs


def section_link(url: str | None, title: str | None) -> bool:
    """Whether a link goes to a site's section: a path of one folder, a few words."""
    path = urlsplit(url or "").path.strip("/")
    return "/" not in path and "." not in path and len((title or "").split()) <= MENU_WORDS
