"""Pages that are not one statement: listings and daily feeds -> teasers; media pages -> dropped.

A listing is found by its shape, not by a site's class names: three or more
title links (a few words of link text each) whose elements and ancestors repeat
the same tag-and-class pattern, outside navigation and footers.  Each item's
root is the largest ancestor holding just one of those links; the item's title
is its schema.org ``name``/``headline`` (or microformats ``p-name``) or the link
text, its time the ``<time>`` or ``datePublished`` inside it.

A daily feed gives one teaser Document per item (``complete=False``).  A
numbered page of an archive (``/page/12``, ``?page=12``) only repeats what the
statements and the daily feeds already give, so it is dropped, as are photo
galleries, video pages and other pages without running text, and the site's own
pages that state nothing (``own_page``: a biography, the contacts, a redirect, a
page of links, a login wall, a cookie consent screen).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..models import Block, Document
from ..parse.language import word_count
from .content import (
    PARAGRAPHS,
    clean_text,
    content_weight,
    is_teaser_summary,
    node_text,
    within,
)
from .header import read_date_line
from .metadata import PLACE_SELECTOR, TITLE_SEPARATORS, clock_of, is_inside

MIN_ITEMS = 3
MIN_TITLE_WORDS = 3
ANCESTOR_DEPTH = 3
OUTGROWN = 5  # an item this many times the median item is no item but the page around one
TITLE_SELECTOR = "[itemprop=name], [itemprop=headline], .p-name, .entry-title"
DATE_SELECTOR = "time[datetime], [itemprop=datePublished]"
PAGINATED = re.compile(r"(/page/\d+|[?&](page|p|start|offset)=\d+|(^|/)page[_-]?\d+)", re.I)
# A site's search: its path or its query's parameter, in the languages of the sites seen.
SEARCH_PATH = re.compile(r"/(?:search|recherche|suche|buscar|busca|cerca|poisk|поиск|szukaj|"
                         r"arama|axtar|zoeken|hledat)(?:/|$|\.)", re.I)
SEARCH_QUERY = re.compile(r"(?:^|&)(?:q|query|search|searchtext|s|text|keyword)=", re.I)
# An error page's or a consent screen's title, whatever the status the server sent ("404 –
# Page not found"; a "Meeting ... (404)" or "Decree No. 404" is no error).
ERROR_TITLE = re.compile(r"^\s*(?:error\s*)?404\b|\b404\s*[-–—:|]|\berror 404\b|page not found|"
                         r"страница не найдена|"
                         r"page introuvable|seite nicht gefunden|página no encontrada|"
                         r"pagina non trovata|página não encontrada|nie znaleziono|"
                         r"сторінку не знайдено|sayfa bulunamadı|səhifə tapılmadı|找不到|"
                         r"页面不存在|ページが見つかりません|페이지를 찾을 수 없|"
                         r"الصفحة غير موجودة", re.I)
COOKIE_TITLE = re.compile(r"\bcookies?\b|файл\w* cookie", re.I)
FURNITURE_TEXT_CHARS = 1500  # such pages say a few sentences; a statement may say more
# A contacts or a biography page's whole title (never a word of a statement's title), in the
# languages of the sites seen.
CONTACTS_TITLE = re.compile(r"(?:our |press )?contacts?(?: us| details| information)?|"
                            r"kontakt[ey]?|contactos?|contatti|contatos?|contactez-nous|"
                            r"контакты|контакти|kontaktlar|iletişim|联系我们|联系方式|"
                            r"お問い合わせ|연락처|اتصل بنا|تماس با ما", re.I)
BIOGRAPHY_TITLE = re.compile(r"biograph(?:y|ie)|biograf[íi]a|biografie|biografi|"
                             r"curriculum vitae|cv|биография|біографія|biyografi|tərcümeyi-hal|"
                             r"生平|简历|略歴|약력|السيرة الذاتية|سيرة ذاتية", re.I)
PROFILE_TYPES = ("profile", "Person", "ProfilePage")  # og:type, JSON-LD @type of a person's page
REFRESH_TARGET = re.compile(r"url\s*=\s*['\"]?([^'\"\s]+)", re.I)
LOGIN_TEXT_CHARS = 600  # a login wall says what is behind it in a sentence or two
LINKS_PAGE_CHARS = 200  # a page of links says a line of its own at most
LINKS_SHARE = 0.5
DAY_HEADING_LEVELS = 3  # the item, its list, the list's box: where a day's heading stands
DAY_HEADING_CHARS = 80
GALLERY_PICTURES = 3  # a gallery shows this many pictures at least
GALLERY_SHARE = 0.8  # and its paragraphs are their captions, nearly all
MEDIA_TEXT_CHARS = 400  # a video page's caption: a sentence or two
PARAGRAPH_TAGS = "p, figcaption"
# A media page's words in its type, address or class, in the languages of the sites seen.
VIDEO = re.compile(r"video|vídeo|vidéo|videó|видео|відео|wideo|βίντεο|视频|動画|ビデオ|동영상|"
                   r"فيديو|ویدیو|ویدئو|וידאו|वीडियो", re.I)
PHOTO = re.compile(r"photo|foto|fotó|фото|φωτογραφ|gallery|galer|галере|גלריה|image|immagin|"
                   r"album|bilder|zdjęci|照片|图片|写真|사진|صور|عکس|फोटो|फ़ोटो|hình ảnh", re.I)


def signature(node: LexborNode) -> tuple[str, ...]:
    """The tag-and-class path of a link and its nearest ancestors: what repeats in a list."""
    parts = []
    current: LexborNode | None = node
    for _ in range(ANCESTOR_DEPTH + 1):
        if current is None:
            break
        parts.append(f"{current.tag}.{current.attributes.get('class') or ''}")
        current = current.parent
    return tuple(parts)


def find_items(tree: LexborHTMLParser, container: LexborNode | None = None) -> list[LexborNode]:
    """The root elements of a page's repeated title links, in page order ([] if none).

    The links of the main text's candidate come first (a listing's own, however many
    links a menu without class names repeats), then the page's most repeated ones.
    """
    groups: dict[tuple[str, ...], list[LexborNode]] = defaultdict(list)
    short: list[LexborNode] = []
    every = tree.css("a[href]")
    for anchor in every:
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


def previous_element(node: LexborNode) -> LexborNode | None:
    """The element before the node among its siblings."""
    before = node.prev
    while before is not None and not before.is_element_node:
        before = before.prev
    return before


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
    if total:
        return sum(content_weight(p) for item in held for p in item.css(PARAGRAPHS)) / total
    whole = len(container.text_lexbor()) or 1
    return sum(len(item.text_lexbor()) for item in held) / whole


def paragraphs_in(items: list[LexborNode]) -> frozenset[int]:
    """The ``mem_id`` of every paragraph inside the items: the listing's own text."""
    return frozenset(p.mem_id for item in items for p in item.css(PARAGRAPHS))


def item_title(item: LexborNode) -> str | None:
    named = item.css_first(TITLE_SELECTOR)
    if named is not None and node_text(named):
        return node_text(named)
    links = [text for a in item.css("a[href]") if (text := node_text(a))]
    # The item's title link; a short title when it is the item's only link.
    title = next((t for t in links if word_count(t) >= MIN_TITLE_WORDS), None)
    return title or (links[0] if len(links) == 1 else None)


def item_local_time(item: LexborNode) -> str | None:
    """The item's date as stated, with the time of day its visible text adds."""
    dated = item.css_first(DATE_SELECTOR)
    if dated is None:
        return shown_date(item) or under_day_heading(item)
    value = dated.attributes.get("datetime") or dated.attributes.get("content") or ""
    clock = clock_of(dated.text(deep=True, separator=" ") or "")
    if clock and len(value) == 10:
        return f"{value} {clock}"
    return value or node_text(dated)


def shown_date(item: LexborNode) -> str | None:
    """The date an item shows in an element of its own ("<span class=date>14 mars 2025"),
    in any language the month tables know; never one in its title link."""
    for node in item.traverse():
        if node.tag == "a" or within(node, ("a",)) or not node.text(deep=False).strip():
            continue
        found = read_date_line(node_text(node))
        if found is not None:
            return found[0]
    return None


def under_day_heading(item: LexborNode) -> str | None:
    """A bare "18:40" on the day of the heading over the item's list ("24 сентября 2024
    года, вторник"): the nearest date line before the item, its list or the list's box."""
    clock = clock_of(node_text(item))
    current: LexborNode | None = item
    for _ in range(DAY_HEADING_LEVELS):
        if current is None:
            return None
        before = current.prev
        while before is not None:
            text = node_text(before) if before.is_element_node else ""
            found = read_date_line(text) if 0 < len(text) <= DAY_HEADING_CHARS else None
            if found is not None:
                day = found[0][:10]
                return f"{day} {clock}" if clock else day
            before = before.prev
        current = current.parent
    return None


def item_url(item: LexborNode, base: str | None, title: str | None = None) -> str | None:
    """The address an item links to: its title's link, else its first (a picture's)."""
    anchor = item if item.tag == "a" else next(
        (a for a in item.css("a[href]") if title and node_text(a) == title), None) \
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


def is_paginated(where: str) -> bool:
    """True for a numbered page of an archive, by its URL or, lacking one, its file name."""
    return bool(PAGINATED.search(where))


def is_search(path: str, query: str) -> bool:
    """True for a site search's results: a search path or a query parameter of one."""
    return SEARCH_PATH.search(path) is not None or SEARCH_QUERY.search(query) is not None


def furniture_page(doc: Document, head_title: str) -> str | None:
    """Name a page of the site's own that says little: an error page served as a page
    ("404 – Page not found") or a cookie consent screen (undated: a statement about cookies
    has its date)."""
    length = 0
    for block in doc.blocks:
        length += len(block.text)
        if length > FURNITURE_TEXT_CHARS:
            return None  # a statement about cookies, or one that quotes an error
    said = f"{head_title} {doc.title or ''}"
    return "error page" if ERROR_TITLE.search(said) else \
        "cookie consent page" if COOKIE_TITLE.search(said) and not doc.published_at else None


def own_page(doc: Document, head_title: str, *, meta: dict[str, str], ld: list,
             tree: LexborHTMLParser, sent: Callable[[], LexborHTMLParser],
             address: str | None) -> str | None:
    """Name an undated page of the site's own that is no statement: a person's biography,
    the contacts, a redirect, a page of links (a choice of languages), a login wall or a
    cookie consent screen.

    Read by structure where it shows (a profile's type, a refresh, a password field), else by
    the whole title, never by words of the text.  ``sent`` parses the page as it was sent,
    forms and all: only the last checks want it, and only a short page gets that far.
    """
    names = [name.strip() for name in (doc.title or "", TITLE_SEPARATORS.split(head_title)[0])]
    if is_profile(meta, ld) or any(BIOGRAPHY_TITLE.fullmatch(name) for name in names):
        return "biography page"
    if any(CONTACTS_TITLE.fullmatch(name) for name in names):
        return "contacts page"
    said = sum(len(block.text) for block in doc.blocks)
    if said > FURNITURE_TEXT_CHARS:
        return None
    target = REFRESH_TARGET.search(meta.get("refresh", ""))
    if target is not None and target.group(1) != address:  # not a reload of itself
        return "redirect page"
    if said <= LINKS_PAGE_CHARS and links_share(tree) >= LINKS_SHARE:
        return "page of links"
    page = sent()
    if said <= LOGIN_TEXT_CHARS and any(
            (field.attributes.get("type") or "").lower() == "password"
            for field in page.tags("input")):
        return "login page"
    about = sum(COOKIE_TITLE.search(block.text) is not None for block in doc.blocks)
    if about and 2 * about >= len(doc.blocks) and any(
            COOKIE_TITLE.search(box.parent.text_lexbor())
            for box in page.tags("form") + page.tags("button") if box.parent is not None):
        return "cookie consent page"  # its text is about cookies, beside the buttons to choose
    return None


def is_profile(meta: dict[str, str], ld: list) -> bool:
    """Whether the page says it is a person's profile (Open Graph or JSON-LD), not an
    article about one."""
    types = [str(o.get("@type")) for o in ld]
    return meta.get("og:type") in PROFILE_TYPES or any(t in PROFILE_TYPES for t in types) \
        and not any("Article" in t or "Posting" in t for t in types)


def links_share(tree: LexborHTMLParser) -> float:
    """How much of the page's text (its template taken out) is link text."""
    body = tree.body
    if body is None:
        return 0.0
    whole = len(clean_text(body.text_lexbor())) or 1
    return sum(len(node_text(a)) for a in body.css("a")) / whole


def media_page(container: LexborNode | None, og_type: str, where: str,
               head_title: str) -> str | None:
    """Name a page whose few words only caption its photos or a player as a photo gallery or
    a video page: slides that each hold a picture and its caption, or one caption under a
    player on a page its address, type or <title> calls a video."""
    if container is None:
        return None
    pictures = container.css("img")
    if len(pictures) >= GALLERY_PICTURES and is_gallery(container, pictures):
        return "photo gallery"
    player = container.css_first("video, iframe")
    if player is not None and (VIDEO.search(og_type) or VIDEO.search(where)
                               or named_media(head_title)):
        said = sum(len(p.text_lexbor()) for p in container.css(PARAGRAPH_TAGS))
        return "video page" if said <= MEDIA_TEXT_CHARS else None
    return None


def is_gallery(container: LexborNode, pictures: list[LexborNode]) -> bool:
    """Whether nearly all the paragraphs are captions: a <figcaption>, or the one paragraph
    of a box that holds a picture (a slide)."""
    paragraphs = container.css(PARAGRAPH_TAGS)
    if not paragraphs:
        return False
    boxes = set()  # the boxes a picture stands in: its parent, and a link's parent
    for picture in pictures:
        parent = picture.parent
        for _ in range(2):
            if parent is None:
                break
            boxes.add(parent.mem_id)
            parent = parent.parent
    parents = [p.parent.mem_id if p.parent is not None else None for p in paragraphs]
    per_box = Counter(parents)
    captions = sum(1 for p, box in zip(paragraphs, parents, strict=True)
                   if p.tag == "figcaption" or box in boxes and per_box[box] == 1)
    return captions >= GALLERY_SHARE * len(paragraphs)


def named_media(head_title: str) -> bool:
    """Whether a part of the <title> is a media word or two ("... – Video", "Фото")."""
    return any(len(part.split()) <= 2 and (VIDEO.search(part) or PHOTO.search(part))
               for part in TITLE_SEPARATORS.split(head_title)[1:])


def media_reason(scope: LexborHTMLParser | LexborNode, og_type: str, where: str) -> str | None:
    """Name a page without running text as a video page or photo gallery, if it is one."""
    if VIDEO.search(og_type) or VIDEO.search(where) or scope.css_first("video") is not None:
        return "video page"
    if PHOTO.search(where) or len(scope.css("img")) >= 3:
        return "photo gallery"
    return None
