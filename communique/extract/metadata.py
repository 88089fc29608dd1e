"""An HTML tree -> a page's metadata: title, publication time, lead, place, language,
canonical URL, site, the page's own tag lists, and a kind hint.

Every field is read from general markup that sites share, never from one site's
class names: JSON-LD, ``<meta>`` (Open Graph, ``article:``, schema.org
``itemprop``), ``<time datetime>``, ``<h1>``, ``<link rel="canonical">``,
microformats (``p-location``), ``rel="tag"`` lists, and class/id words such as
"place" or "announce".  The statement's header (its date line, the dateline's place,
its standfirst) is read by ``header``; a description stands in for a missing lead
only when it reads as the page's own summary (``description_lead``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..parse.dates import find_datetime, parse_datetime
from ..parse.kinds import CATCH_ALL, names_kind
from ..parse.language import CJK_CHARS, UNSPACED, language_code, word_count
from .content import DELIVERY_NOTE, SECTION_LABEL, clean_text, heading_text, is_beside, node_text
from .content import is_inside as is_inside  # noqa: F401 - listing.py imports it from here
from .header import (
    ANNOUNCE_TEXT,
    EVENT_LABEL,
    PLACE_FIELD,
    PUBLISHED_LABEL,
    SENTENCE_ENDS,
    TODAY_CLASS,
    UPDATED_LABEL,
    Header,
    beside_other_title,
    clock_of,
    labelled_place,
    place_element_after,
    place_name,
    place_of,
    read_date_line,
    time_near,
    updated_date,
    yearless_date,
)
from .sitetime import STATED_OFFSET

Scope = LexborHTMLParser | LexborNode  # the page, or the part of it that is the statement

# What sets a date apart at a title's end: "..., 8 April 2025", "... – 8 April", "... (8 April)".
TITLE_DATE_MARKS = ",،、|–—-(["
TITLE_PLACE_WORDS = 3  # ", Lessa", ", Port Arlen": a place after such a date, not more words
# Between a title and its site's name: a bar, a dot, a dash or a slash between spaces ("»"
# and "::" too); in Chinese, Japanese and Korean "_", "——", "｜" or "丨" with no spaces.
TITLE_SEPARATORS = re.compile(rf"\s+(?:[|•∙·—–\-»/]|::)\s+|\s*(?:——|[｜丨])\s*|"
                              rf"(?<=[{CJK_CHARS}])[_\-](?=[{CJK_CHARS}])")
HAS_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
OFFSET_MAX_MINUTES = 14 * 60  # the farthest zones from UTC: +14:00 and -12:00
UTC_STAMP = re.compile(r"(?:Z|[+-]00:?00)\s*$")
# A CMS's stamp of a day with no time: "2025-03-04T00:00:00+01:00", "…T00:00Z".
MIDNIGHT = re.compile(r"[T ]00:00(?::00(?:\.0+)?)?\s*(Z|[+-]\d\d:?\d\d)?$")
URL_MONTH = re.compile(r"/((?:19|20)\d{2})[/-](\d{2})(?:/|$)")
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:/|$|-)")  # and "/2025-06-03-slug"
PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished",
                  "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created",
                  "dc.date", "date", "pubdate", "publishdate", "publish_date", "publish-date",
                  "parsely-pub-date", "sailthru.date", "article.published", "created")
# Site-specific names of the same meta ("govuk:first-published-at", "sailthru.date"...).
PUBLISHED_KEY = re.compile(r"publi(shed|cation)(?!.*(modif|updat))|[.:]date$|"
                           r"fecha[-_]?(?:de[-_]?)?publicaci|data[-_]?(?:de[-_]?)?publica|"
                           r"veroeffentlich|veröffentlich|дата[-_]?публикац")
COMPACT_STAMP = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
                           r"(?:T?(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:[0-5]\d)?)?")
HEADLINE_WORDS = 4  # an <h1> this long is a headline, not a section's name ("News")
LOGO_CLASS = re.compile(r"logo|brand|site-?name|site-?title")
# A site's home page: "/", "/en/", "index.html", "https://site.example/".
HOME_LINK = re.compile(r"(?:https?://[^/]+)?\.?/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?"
                       r"(?:index\.\w+)?", re.I)

STAMP_CHARS = 80  # a publication stamp's label, date and time
STAMP_LABEL_CHARS = 25  # its label: "Fecha de publicación: ", "Pubblicato il "
# An <h1> only a screen reader reads: the page's name for accessibility, not its title.
MASTHEAD = re.compile(r"(?<![a-z])(?:header|masthead|branding)(?![a-z])|site-?head")
UNSEEN = re.compile(r"sr-only|visually-hidden|hide-accessible|screen-reader|element-invisible")
# A web archive's address of a capture: "https://web.archive.org/web/20240422153010/https://...",
# "id_" or "im_" after the stamp in some of its links.
ARCHIVED = re.compile(r"https?://[^/]+/(?:web|wayback)/\d{4,14}[a-z]{0,2}_?/(https?://.+)$")
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+)\s*-->")
SAVED_FROM_CHARS = 2000  # the comment stands before the <html> a browser saved
PLACE_WORDS = re.compile(r"location|place|dateline|lugar|lieu|luogo|miejsce|lokasi|"
                         # whole words only: "ort" (German) is in "report", "city" in "ethnicity"
                         r"(?:^|[-_\s])(?:ort|stadt|city|mesto|místo)(?:$|[-_\s])")
TRAIL_MARK = re.compile(r"\s[>›»/→]\s|[›»→]")
PLACE_SELECTOR = ("[itemprop=contentLocation], [class*=location], [class*=place], "
                  "[class*=dateline], [class*=lugar], [class*=lieu], [class*=luogo], "
                  "[class*=miejsce], [class*=lokasi], [class~=ort], [class*=-ort], "
                  "[class*=_ort], [class~=city], [class*=-city], [class*=_city], "
                  "[class*=stadt], [class*=mesto], [class*=místo]")
VISIBLE_DATE_SELECTOR = ("[class*=date], [class*=publish], [class*=publica], [class*=posted], "
                         "[class*=byline], "
                         "[class*=time], [class*=fecha], [class*=datum]")
# Class words of an event's box (English, and German "Termin", French "agenda", Spanish
# "evento", Russian sites' "anons"), and of the site's date of today (``TODAY_CLASS``).
EVENT_WORDS = re.compile(rf"event|announce|deadline|schedule|termin|agenda|anons|{TODAY_CLASS}",
                         re.I)
# Two days of one month ("20.–21. Juni 2024", "12-14 May"): an event's, never a stamp.
DAY_RANGE = re.compile(r"(?<!\d)\d{1,2}\.?\s*[–—-]\s*\d{1,2}\.?(?!\d)\s*[^\W\d_]")
MENTION_CHARS = 40  # "Publication date: <time>" is a stamp; a sentence around it is not
SCOPE_LEVELS = 8
WORD = re.compile(r"\w+")
COPIED_SHARE = 0.9  # of a description's words in the opening: a copy, no summary
DESCRIPTION_MIN_WORDS = 5
DESCRIPTION_MAX_CHARS = 600
ARTICLE_TYPES = ("Article", "BlogPosting", "Report", "Page")  # NewsArticle, WebPage, ItemPage...
MEDIA_TYPES = ("VideoObject", "ImageObject", "MediaObject", "AudioObject")
# Words that name a tag list's heading, in the languages of the sites seen so far;
# any other heading is a list of topics.
TAG_GROUPS = {
    "Persons": ("person", "people", "who", "персон", "личност", "personnalit", "personen",
                "persona", "pessoa", "osob", "人物", "тұлға", "шахс", "şəxs", "kişi",
                "شخصيات", "اشخاص", "אישים"),
    "Geography": ("geograph", "géograph", "geograf", "place", "region", "countr", "location",
                  "географ", "регион", "lieu", "pays", "orte", "länder", "lugar", "país",
                  "paese", "地区", "地理", "өңір", "аймақ", "coğrafiya", "الجغرافيا", "جغرافیا",
                  "גיאוגרפיה"),
}


def statement_scope(tree: LexborHTMLParser, container: LexborNode | None) -> Scope:
    """The region of the page that is the statement: the nearest ancestor of the main
    text that also holds its <h1> (title, lead, date, place live there), else the page.
    """
    current = container
    for _ in range(SCOPE_LEVELS):
        if current is None or current.tag in ("body", "html"):
            break
        if current.css_first("h1") is not None:
            return current
        current = current.parent
    return tree


def read_meta(tree: LexborHTMLParser) -> dict[str, str]:
    """The head's ``<meta>`` values by lower-cased property, name or itemprop (first wins).

    Open Graph and ``article:`` tags belong in the head; the body's item metas
    (a video's ``datePublished``) describe other things and are read in context.
    A stray element in the head makes parsers open the body early: then the named
    metas are read wherever they are.
    """
    found: dict[str, str] = {}
    # One attribute dict per meta: each attrs.get() walks the element's attributes again.
    head = tree.head  # searched alone, not the whole tree for "head meta"
    metas = [m.attributes for m in head.css("meta")] if head is not None else []
    if not any(m.get("property") or m.get("name") for m in metas):
        metas = [m.attributes for m in tree.css("meta[property], meta[name], meta[http-equiv]")]
    for attrs in metas:
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") \
            or attrs.get("http-equiv")  # "refresh": a page that sends the reader elsewhere
        value = attrs.get("content")
        if key and value:
            key = key.lower()
            if key not in found:
                found[key] = clean_text(value)
    return found


def read_json_ld(scripts: Iterable[str]) -> list[dict[str, Any]]:
    """The JSON-LD objects of the page's scripts (``content.drop_template`` hands their
    text over), ``@graph`` flattened; broken blocks are skipped."""
    objects: list[dict[str, Any]] = []
    for text in scripts:
        try:
            data = json.loads(text or "null")
        except json.JSONDecodeError:
            continue  # a site's broken JSON-LD must not cost the page
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict):
                objects.extend(g for g in item.get("@graph", [item]) if isinstance(g, dict))
    return objects


def ld_value(objects: list[dict[str, Any]], key: str) -> str | None:
    for obj in objects:
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return clean_text(value)
    return None


def find_title(tree: LexborHTMLParser, meta: dict[str, str], ld: list[dict[str, Any]],
               scope: Scope, container: LexborNode | None = None) -> str | None:
    """The statement's title: the <h1> when the page's other titles agree with it."""
    head = tree.css_first("title")
    head_title = node_text(head) if head else ""
    social = without_site_name(meta.get("og:title") or meta.get("twitter:title")
                               or ld_value(ld, "headline") or "", meta)
    h1_node = next((h for h in scope.css("h1") if not UNSEEN.search(
        (h.attributes.get("class") or "").lower()) and not is_logo(h) and heading_text(h)),
        None)
    h1 = heading_text(h1_node) if h1_node is not None else ""
    if h1_node is not None and scope is tree:
        later = title_after_masthead(tree, h1_node, h1, head_title)
        if later:
            return later
    # A logo's <h1> ("Veloria") is inside the social title too, but much shorter; an <h1>
    # that goes on after the social title says it in full.
    agrees = bool(social) and (h1 in social and 2 * len(h1) >= len(social)
                               or h1.startswith(social))
    if h1 and (not social or agrees or h1 in head_title and social not in head_title):
        return section_heading_title(h1, head_title, scope) if not social else h1
    shown = shown_part(head_title, scope)
    if h1 and len(h1.split()) >= HEADLINE_WORDS and h1 != meta.get("og:site_name") \
            and not (shown not in (None, h1) and h1 in title_parts(head_title)):
        # A headline the page sets over its text outranks a social title that says otherwise
        # (shortened, tagged "[Press release]", a description): the page shows this one.
        return h1
    if social and not is_site_part(social, head_title, shown):
        # "Title — Site" as the social title too: the part the page sets as a heading.
        return shown_part(social, scope) or social
    marked = marked_title(scope) if head_title and shown is None else None
    if marked and marked != head_title and (
            not TITLE_SEPARATORS.search(head_title) or says_more(marked, head_title)):
        # A <title> of one part may be the site's name on every page ("Presidency of
        # Veloria"), of parts only the site's and the section's ("Presidency | News"), or a
        # shortened title: an element marked as the title in the statement's region says more.
        return marked
    part = shown_part(head_title, scope) if head_title else None
    # The part the page shows may be only its section's name, in its menu ("Speeches").
    heading = shown_heading(container) if scope is tree and not h1 and not social \
        and not marked and len(content_words(part or "")) <= SECTION_WORDS \
        and len(UNSPACED.findall(part or "")) < CJK_TITLE_CHARS else None
    if heading and heads_better(heading, head_title):
        # An older page's title is a line in big or bold type over its text ("<font size=4>
        # <b>Address by ...</b></font>"), its <title> the site's name, or the site's and the
        # section's ("Presidency :: Speeches"), or a file's name.
        return heading
    if head_title:
        return part or without_site_name(head_title, meta, longest=True)
    return h1 or heading


def title_after_masthead(tree: LexborHTMLParser, h1_node: LexborNode, h1: str,
                         head_title: str) -> str | None:
    """The title a page sets after an <h1> outside the statement's region that names the
    page's section ("Press Releases", in no part of the <title>) or the site (the whole
    one-part <title>, in the page's masthead): the first marked title or <h2> after it."""
    section = len(h1.split()) <= SECTION_WORDS and h1 not in head_title
    site = h1 == head_title and len(title_parts(head_title)) == 1 and in_masthead(h1_node)
    if not (section or site):
        return None
    for node in tree.css(TITLE_MARKS):
        text = node_text(node)
        classes = (node.attributes.get("class") or "").lower()
        if 3 <= word_count(text) and len(text) <= TITLE_MAX_CHARS and text != h1 \
                and "sub" not in classes and "site" not in classes and is_after(node, h1_node):
            return text
    return None


def in_masthead(node: LexborNode) -> bool:
    """Whether an element sits in the page's masthead: a <header> or a box named so."""
    current = node.parent
    while current is not None and current.tag not in ("body", "html", "article", "main"):
        if current.tag == "header" or MASTHEAD.search(
                f"{current.attributes.get('class') or ''} {current.attributes.get('id') or ''}"
                .lower()):
            return True
        current = current.parent
    return False


def is_site_part(social: str, head_title: str, shown: str | None) -> bool:
    """Whether the social title is only the site's name: a part of the <title> ("Statement
    on the elections | Ministry") beside the part the page shows, else the shorter part."""
    parts = title_parts(head_title)
    if len(parts) < 2 or social not in parts:
        return False
    return social != shown if shown is not None else max(map(len, parts)) > len(social)


def title_parts(head_title: str) -> list[str]:
    """The parts of a "Title | Section | Site" <title>."""
    return [part for p in TITLE_SEPARATORS.split(head_title) if (part := clean_text(p))]


def is_logo(heading: LexborNode) -> bool:
    """An <h1> that is the site's logo: a link to the site's home page, or named so."""
    if LOGO_CLASS.search((heading.attributes.get("class") or "").lower()):
        return True
    links = heading.css("a")
    return len(links) == 1 and HOME_LINK.fullmatch(
        (links[0].attributes.get("href") or "").strip()) is not None


def section_heading_title(h1: str, head_title: str, scope: Scope) -> str:
    """The <h1>, unless it names the page's section ("News", "Новости"): a word or two that
    the <title> holds beside a longer part the page sets as a heading after it."""
    if len(h1.split()) > SECTION_WORDS or h1 not in head_title:
        return h1
    part = shown_part(head_title, scope)
    if part is None or part == h1 or len(part.split()) <= len(h1.split()):
        return h1
    heading = scope.css_first("h1")
    after = heading is not None and any(
        node_text(node) == part and is_after(node, heading) for node in scope.css(SHOWN_TITLE))
    return part if after else h1


def is_after(node: LexborNode, anchor: LexborNode) -> bool:
    """Whether ``node`` comes after ``anchor`` in the page: after it or one of its
    ancestors' later siblings (a heading box's own title)."""
    current: LexborNode | None = anchor
    while current is not None:
        sibling = current.next
        while sibling is not None:
            if sibling.mem_id == node.mem_id or is_inside(node, sibling):
                return True
            sibling = sibling.next
        current = current.parent
    return False


def shown_part(head_title: str, scope: Scope) -> str | None:
    """The one part of a "Site - Title" <title> the page also sets as a heading: the site's
    name may be the longer part, but only the title heads the text."""
    parts = {clean_text(p) for p in TITLE_SEPARATORS.split(head_title)} - {""}
    if len(parts) < 2:
        return None
    # A part, or parts the title's own dash joins ("Border of Saldovia – Oranthe").
    shown = {text for node in scope.css(SHOWN_TITLE) if (text := node_text(node)) in parts
             or text in head_title and set(title_parts(text)) < parts}
    return shown.pop() if len(shown) == 1 else None


def says_more(marked: str, head_title: str) -> bool:
    """Whether a marked title says more than a <title> of parts: its parts are a site's and
    a section's names, or it says the same in other words ("PMO | Prime Minister's Harvest
    Moon Festival Message" under the heading "PM Harvest Moon Festival Message")."""
    parts = title_parts(head_title)
    if all(len(part.split()) <= SECTION_WORDS + 1 for part in parts):
        return True
    if len(parts) == 2 and any(len(part.split()) == 1 and (
            CATCH_ALL.search(part) or names_kind(part)) for part in parts):
        return True  # "Ministry of General Affairs - News item": a site's and a section's
    words = set(WORD.findall(marked.lower()))
    longest = set(WORD.findall(max(parts, key=len).lower()))
    shared = len(words & longest)
    return 2 * shared >= len(words) and 2 * shared >= len(longest)


def marked_title(scope: Scope) -> str | None:
    """The first element of the region whose itemprop names it the headline, else whose
    class or itemprop names it the title."""
    for node in (*scope.css("[itemprop=headline]"), *scope.css(TITLE_MARKS)):
        classes = (node.attributes.get("class") or "").lower()
        text = node_text(node)
        if "sub" not in classes and "site" not in classes and 3 <= word_count(text) \
                and len(text) <= TITLE_MAX_CHARS:
            return text
    return None


# Type a heading is set in on a page without heading elements: its weight by element.
HEADING_WEIGHTS = {"h2": 6, "h3": 5, "h4": 4, "h5": 3, "b": 2, "strong": 2}
HEADING_SIZE = re.compile(r"\+?([3-7])")  # <font size="4">, size="+1": bigger than the text
LINE_BREAKS = frozenset({"br", "p", "div", "table", "tr", "td", "center", "hr", "h1", "h2",
                         "h3", "h4", "h5", "ul", "ol", "li", "blockquote", "img"})
REGION_LEVELS = 3  # a heading over the text sits this many boxes up from it at most
HEADING_MAX_WORDS = 40
CLOSING_MARKS = (":", ",", ".", "?", "：", "，", "。", "？")  # a label, a sentence, a question
SAME_SHARE = 0.8  # of the fewer words, that two titles share when they say the same
TEXT_START_CHARS = 120  # this much running text in the main text's box: the text has begun
SENTENCE_CHARS = 40  # a sentence of the text, no counter's or ticker's line
PHRASE_CHARS = 20  # a piece of running text (not a counter's or a label's few words)


def shown_heading(container: LexborNode | None) -> str | None:
    """The last line in heading type (a heading element, a bold or big font) over the main
    text: the title of a page that has no <h1> and no title of its own.  The last, since a
    masthead's lines in bigger type ("Prime Minister's Office") may stand over it."""
    if container is None:
        return None
    region = container
    for _ in range(REGION_LEVELS):
        if region.parent is None or region.parent.tag in ("body", "html"):
            break
        region = region.parent
    found, read = None, 0
    for node in region.traverse(include_text=True):
        if not node.is_element_node:
            said = (node.text_content or "").strip()
            # A Chinese or Japanese character says about as much as a word of three letters.
            size = len(said) + 2 * len(UNSPACED.findall(said))
            if size >= PHRASE_CHARS and is_inside(node, container) \
                    and not heading_weight(node.parent) and not linked(node.parent):
                read += size
                if read >= TEXT_START_CHARS or size >= SENTENCE_CHARS \
                        and said.endswith(SENTENCE_ENDS):
                    break  # the main text has begun: its bold lines are no title
        elif heading_weight(node) and not linked(node) and own_line(node) \
                and (text := title_line(node_text(node))):
            found = text
    return found


def heading_weight(node: LexborNode | None) -> int:
    """How big a heading the element's type makes: 0 for none."""
    if node is None:
        return 0
    if node.tag == "font":
        size = HEADING_SIZE.fullmatch((node.attributes.get("size") or "").strip())
        return int(size[1]) + 1 if size else 0
    return HEADING_WEIGHTS.get(node.tag or "", 0)


def linked(node: LexborNode | None) -> bool:
    """Whether the element is, or is in, a link (a menu's) or a ticker."""
    if node is None:
        return False
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "td", "p", "div"):
        if current.tag in ("a", "marquee"):  # a ticker's items link or scroll
            return True
        current = current.parent
    return node.css_first("a") is not None


def own_line(node: LexborNode) -> bool:
    """Whether the element is a line of its own: a heading, or only breaks or boxes beside
    it."""
    if node.tag in LINE_BREAKS:
        return True
    text = node_text(node)
    while node.parent is not None and node.parent.tag not in LINE_BREAKS \
            and node_text(node.parent) == text:
        node = node.parent  # "<font><b>Title</b></font>": the outer element is the line
    before, after = node.prev, node.next
    while before is not None and blank(before):
        before = before.prev
    while after is not None and blank(after):
        after = after.next
    return all(side is None or side.tag in LINE_BREAKS for side in (before, after))


def blank(node: LexborNode) -> bool:
    """A text node of spaces only, or a comment."""
    return not node.is_element_node and not (node.text_content or "").strip()


def title_line(text: str) -> str | None:
    """The line as a title: words enough and not too many, no label, no date line."""
    if not 3 <= word_count(text) <= HEADING_MAX_WORDS or len(text) > TITLE_MAX_CHARS \
            or text.endswith(CLOSING_MARKS) or SECTION_LABEL.fullmatch(text):
        return None
    if text.isupper() and len(text.split()) <= SECTION_WORDS + 2:
        return None  # "FOR IMMEDIATE RELEASE": a mark over the text, no title
    if DELIVERY_NOTE.search(text):
        return None  # "*** CHECK AGAINST DELIVERY ***"
    if text[:1] in "[(（【" and text[-1:] in "])）】":
        return None  # "【高森総理】": a speaker's label on a line of its own
    if read_date_line(text) is not None:
        return None  # "Sainte-Aurore, dimanche 14 juillet 2002", "Wednesday, 17 September 2003"
    return text


def heads_better(heading: str, head_title: str) -> bool:
    """Whether a heading the page shows titles it better than its <title>: that names
    something else (the site, its section, a file), or says less of the same."""
    words = content_words(heading)
    for part in title_parts(head_title) or [head_title]:
        said = content_words(part)
        shared = len(said & words)
        if said and (words <= said or SAME_SHARE * min(len(said), len(words)) <= shared
                     and not said < words):
            return False  # the <title> says it, in as many words or more
    return True


def content_words(text: str) -> set[str]:
    """A text's words of four letters or more, lower-cased: what it is about."""
    return {w for w in WORD.findall(text.lower()) if len(w) >= 4}


TITLE_MARKS = ("[itemprop=headline], [class*=title], [class*=headline], [class*=titulo], "
               "[class*=titre], [class*=titel], [class*=zagolov], h2")
TITLE_MAX_CHARS = 300
CJK_TITLE_CHARS = 8  # a <title>'s part this long in Chinese or Japanese is no section's name
SECTION_WORDS = 2  # an <h1> this short may name the page's section, not its statement
# Where a page without <h1> shows its title: headings, bold runs, marked titles.
SHOWN_TITLE = "h2, h3, h4, b, strong, font, [class*=title]"


def without_site_name(title: str, meta: dict[str, str], *, longest: bool = False) -> str:
    """Cut the site's name off a title ("Title | Site"); ``longest`` keeps the longest part."""
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site = meta.get("og:site_name") or meta.get("application-name") or ""
    kept = [p for p in parts if clean_text(p) != site]
    if longest or len(kept) == len(parts):
        return max(parts, key=len) if longest else title
    return " - ".join(kept)


# A page's change history by its usual names: "history", "full-history", "change-notes",
# "changelog", "revisions", "page-updates"; not a "story".
HISTORY_NAME = re.compile(r"(?<![a-z])(?:history|change-?(?:log|notes?|history)|changes|"
                          r"revisions?|(?:page-)?updates)(?![a-z])", re.I)
HISTORY_LEVELS = 5  # the date's item, its list, the list's box
LINKED_TITLE_CHARS = 8  # a link's words beside its dates: another page's title


def iter_dated_elements(tree: Scope) -> Iterator[LexborNode]:
    """Elements stating a publication date: ``datePublished`` first, then ``<time>`` (and
    hAtom's ``<abbr class="published">``); not a video's, not a teaser's, not a date the text
    mentions.
    """
    marked = tree.css("[itemprop=datePublished]")
    rest = [t for t in tree.css("time[datetime], abbr.published[title]")
            if t.attributes.get("itemprop") is None]
    for node in marked + rest:
        if not in_running_text(node) and not of_other_item(node) and not in_history(node):
            yield node


def in_history(node: LexborNode) -> bool:
    """True for a date in the page's list of its changes ("Updates to this page", GOV.UK's
    "full-history"): each change's date, the latest first, none of them the publication's
    (which the page's own label states)."""
    current = node.parent
    for _ in range(HISTORY_LEVELS):
        if current is None or current.tag in ("body", "main", "article"):
            return False
        attrs = current.attributes
        if HISTORY_NAME.search(f"{attrs.get('id') or ''} {attrs.get('class') or ''}"):
            return True
        current = current.parent
    return False


def of_other_item(node: LexborNode) -> bool:
    """True when the nearest item scope holding the node (its schema.org ``itemtype``) is
    a media object, or ``in_listing_item(node)``: both in one climb, which reads each
    ancestor's attributes once."""
    top = ("html", "-document")
    owner = node.attributes.get("itemtype") if node.tag not in top else ""
    if owner and owner.endswith(MEDIA_TYPES):
        return True
    current = node.parent
    while current is not None and current.tag not in ("body", *top):
        attrs = current.attributes
        if not owner:
            owner = attrs.get("itemtype")
            if owner and owner.endswith(MEDIA_TYPES):
                return True
        if is_beside(current) or current.tag == "a" and _links_a_title(current, node):
            return True
        current = current.parent
    # The item scope may be <body>, where in_listing_item stops.
    return not owner and current is not None and current.tag == "body" \
        and (current.attributes.get("itemtype") or "").endswith(MEDIA_TYPES)


def _links_a_title(link: LexborNode, node: LexborNode) -> bool:
    """Whether a link holding a date holds another page's title beside it (a teaser's
    link), not only the date (a permalink: WordPress's ``rel="bookmark"`` date)."""
    if "bookmark" in (link.attributes.get("rel") or ""):
        return False
    dates = sum(len(node_text(t)) for t in link.css("time"))
    return len(node_text(link)) - dates >= LINKED_TITLE_CHARS


def in_running_text(node: LexborNode) -> bool:
    """True for a date the text mentions ("will meet on <time>June 3</time>"), which is
    an event's date, not the page's: its paragraph says much more than the date.
    """
    current = node.parent
    for _ in range(3):
        if current is None:
            return False
        if current.tag in ("p", "li", "blockquote"):
            return len(node_text(current)) > len(node_text(node)) + MENTION_CHARS
        current = current.parent
    return False


def in_listing_item(node: LexborNode) -> bool:
    """True for a date inside a teaser of another page (a related-items box)."""
    current = node.parent
    while current is not None and current.tag not in ("body", "html", "-document"):
        if is_beside(current):
            return True
        current = current.parent
    return False


def local_published(tree: Scope, meta: dict[str, str], ld: list[dict[str, Any]],
                    url: str | None, header: Header | None = None) -> str | None:
    """The publication date (and time) as the page states it, not yet given an offset.

    Order: a stated date-time (JSON-LD, meta), a ``<time>`` or ``datePublished``
    element (its time of day from the text beside it), a date line named for it,
    the header's date line in any language (``header.header_date``), the URL.
    Lines marked as an event's or an announcement's date are never used.
    """
    stated = ld_value(ld, "datePublished") or next(
        (meta[k] for k in PUBLISHED_META if k in meta), None) or next(
        (v for k, v in meta.items() if is_published_key(k)), None) or ld_value(ld, "dateCreated")
    stated = with_dashes(stated) if stated else stated
    if stated and HAS_TIME.search(stated):
        midnight = MIDNIGHT.search(stated.strip())
        if midnight is not None:
            return shown_time(tree, url, header, stated, midnight)
        return local_clock(tree, stated, header) if UTC_STAMP.search(stated) else stated
    found = element_date(iter_dated_elements(tree)) or stated or visible_date(tree)
    if found and HAS_TIME.search(found):
        return found
    dateline = header.dateline() if header is not None else None
    day: str | None
    if found:
        # A day alone gets its time of day from the header's line of that day.
        same_day = dateline is not None and dateline.date[:10] == parse_datetime(found)
        day = dateline.date if same_day and dateline is not None else found
    else:
        # Nothing else: a labelled stamp anywhere ("Published: 5 June 2025", under the text).
        day = dateline.date if dateline is not None else date_from_url(url) or \
            labelled_stamp(tree) or (updated_date(header) if header is not None else None)
    if header is not None and (day is None or not HAS_TIME.search(day)):
        day = year_left_out(header, day, url) or day
    return (published_stamp(tree, day) or day) if day and not HAS_TIME.search(day) else day


def local_clock(tree: Scope, stated: str, header: Header | None = None) -> str:
    """A stamp in UTC (an SEO plugin's meta) as the page's own ``<time>`` element gives the
    same moment, on the site's clock ("14:20-03:00", not "17:20+00:00"); else as its date
    line shows it ("Publié le 4 mars 2026 à 16h10" of "2026-03-05T02:10Z" is
    16:10-10:00, on the 4th); else as stated."""
    element = element_date(iter_dated_elements(tree))
    if element is None or not HAS_TIME.search(element) or UTC_STAMP.search(element) \
            or not STATED_OFFSET.search(element.strip()):
        return shown_clock(tree, stated, header)
    try:
        same = datetime.fromisoformat(element.strip()) == datetime.fromisoformat(
            stated.strip().replace("Z", "+00:00"))
    except ValueError:
        return stated
    return element if same else stated


def shown_clock(tree: Scope, stated: str, header: Header | None) -> str:
    """A UTC stamp on the clock of the date line the page shows, when the line's day and
    time are that moment in some zone; else as stated."""
    line = header.dateline() if header is not None else None
    for shown in (line.date if line is not None else None, visible_date(tree)):
        if shown and HAS_TIME.search(shown) and not STATED_OFFSET.search(shown.strip()):
            local = on_shown_clock(stated, shown[11:16], shown[:10])
            return local if local is not None and local[:10] == shown[:10] else stated
    return stated


def with_dashes(stated: str) -> str:
    """A compact stamp written out ("20250314" -> "2025-03-14", "202503140930" ->
    "2025-03-14T09:30"), as some CMSs state the publication meta; any other as it is."""
    m = COMPACT_STAMP.fullmatch(stated.strip())
    if m is None:
        return stated
    day = f"{m['y']}-{m['m']}-{m['d']}"
    return f"{day}T{m['hh']}:{m['mm']}" if m["hh"] else day


def shown_time(tree: Scope, url: str | None, header: Header | None, stated: str,
               midnight: re.Match[str]) -> str:
    """A stated midnight is most often a day whose time the CMS left out: the time of day
    the page shows for that day, with the stated offset, else the stated stamp.  A UTC
    midnight says nothing of the site's zone: the shown time takes the site's."""
    shown = local_published(tree, {}, [], url, header)
    if not shown or shown[:10] != stated[:10] or not HAS_TIME.search(shown) \
            or MIDNIGHT.search(shown.strip()):
        return stated
    offset = midnight.group(1)
    if offset is None or offset in ("Z", "+00:00", "+0000") or STATED_OFFSET.search(shown.strip()):
        return shown
    return f"{shown[:10]}T{shown[11:16]}{offset}"


def year_left_out(header: Header, day: str | None, url: str | None) -> str | None:
    """The day, with its time, of a header line that leaves out the year ("12 апреля, 14:05"),
    when the page's year is known: from the day its markup states (the line gives its time),
    else from its address ("/2024/07/", the line gives the day)."""
    known = parse_datetime(day) if day else None
    month = URL_MONTH.search(urlsplit(url or "").path) if known is None else None
    year = int(known[:4]) if known else int(month.group(1)) if month else None
    line = yearless_date(header, year) if year else None
    if line is None:
        return None
    found, node = line
    clock = time_near(node) if "T" not in found else None
    found = f"{found}T{clock}" if clock else found  # "<span>8 Juli</span> • <span>14:20</span>"
    if known is not None:
        return found if found[:10] == known[:10] else None
    return found if month is not None and found[5:7] == month.group(2) else None


def published_stamp(scope: Scope, day: str) -> str | None:
    """The time of a labelled publication stamp of that day anywhere on the statement's
    region, after its text too ("Posted On: 12 JAN 2024 6:45PM by PIB")."""
    wanted = parse_datetime(day)
    return next((found for found in stamp_dates(scope)
                 if "T" in found and found[:10] == wanted), None) if wanted else None


def labelled_stamp(scope: Scope) -> str | None:
    """The date of a labelled publication stamp anywhere on the statement's region, when
    nothing else dates the page ("Published: 5 June 2025, 16:40" under the text)."""
    return next(stamp_dates(scope), None)


def stamp_dates(scope: Scope) -> Iterator[str]:
    """The dates that publication labels anywhere on the region stand before, in order."""
    root = scope.body if isinstance(scope, LexborHTMLParser) else scope
    text = root.text_lexbor() if root is not None else ""
    for label in PUBLISHED_LABEL.finditer(text):
        hit = find_datetime(text[label.start():label.start() + STAMP_CHARS])
        if hit is not None and hit[1] <= STAMP_LABEL_CHARS:  # the label's, not a sentence's
            yield hit[0]


def is_published_key(key: str) -> bool:
    """True for a site's own name of the publication meta (``PUBLISHED_KEY``)."""
    # Substring tests first: most of a head's two dozen names fail them, at a tenth of a search.
    return ("publi" in key or "date" in key or "fecha" in key or "data" in key
            or "ffentlich" in key or "дата" in key) and PUBLISHED_KEY.search(key) is not None


def date_from_url(url: str | None) -> str | None:
    """The day a URL's path states (``/2024/11/05/``), a last resort for a page's date."""
    match = URL_DATE.search(urlsplit(url or "").path)
    return "-".join(match.groups()) if match else None


def title_date(title: str | None) -> str | None:
    """The date a title opens or closes with ("Interview to Lessa Post, 8 April 2025"), a
    last resort for a page that shows no other: a date within it is what it is about."""
    text = (title or "").strip()
    hit = find_datetime(text) if text else None
    if hit is None or len(hit[0]) < 10:
        return None
    _, start, end = hit
    before, after = text[:start].rstrip(), text[end:].strip(" )]")
    if after and before and not (after[0] == "," and len(after.split()) <= TITLE_PLACE_WORDS):
        return None  # a date amid the title's words; after it only a place (", Ankara")
    return hit[0] if not before or before[-1] in TITLE_DATE_MARKS else None


# A place after a title's closing date: ", Derinkale", " in Vell".
TITLE_PLACE_AFTER = re.compile(r"\s*(?:,|\s(?:in|à|en|em|a|w|в|у))\s+([^\W\d_][\w'’\-]*"
                               r"(?: [^\W\d_][\w'’\-]*){0,2})\s*")


def title_place(title: str | None) -> str | None:
    """The place a title names between its words and the date that closes it ("Briefing by
    the Spokesperson, Irmen, 14 March 2024"): the last of its comma's parts."""
    text = (title or "").strip()
    hit = find_datetime(text) if text and ("," in text or " in " in text) else None
    after = text[hit[2]:] if hit is not None else ""
    placed = TITLE_PLACE_AFTER.fullmatch(after)
    if placed is not None:
        return place_name(placed.group(1))  # "..., 22 Mayıs 2025, Derinkale", "... 2025 in Vell"
    if hit is None or "," not in text or len(after.split()) > TITLE_PLACE_WORDS:
        return None  # a date amid the title's words, or none
    parts = [p.strip() for p in text[:hit[1]].rstrip(" ,").split(",")]
    return place_name(parts[-1]) if len(parts) >= 2 and parts[0] else None


def element_date(nodes: Iterable[LexborNode]) -> str | None:
    """The first of the elements that states a date (its time of day from beside it)."""
    for node in nodes:
        attrs = node.attributes  # hAtom's <abbr class="published" title="2012-12-16T11:00">
        value = attrs.get("datetime") or attrs.get("content") or (
            attrs.get("title") if node.tag == "abbr" else None) or ""
        if not value and node.tag != "meta":
            value = node_text(node)
        if HAS_TIME.search(value):
            shown = clock_of(node_text(node)) if UTC_STAMP.search(value) else None
            return (on_shown_clock(value, shown) if shown else None) or value
        day = parse_datetime(value)
        if day:
            clock = time_near(node)
            return f"{day[:10]} {clock}" if clock else day
    return None


def on_shown_clock(stamp: str, shown: str, day: str | None = None) -> str | None:
    """A UTC stamp restated on the clock its element shows ("09:30Z" shown as "10h30" is
    10:30+01:00): the site's offset, read off the page; None when they do not fit.  With
    the ``day`` shown, the offset that gives that day ("20:30Z" shown as 10:30 on the 3rd
    is -10:00, not +14:00 on the 4th)."""
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    hours, minutes = map(int, shown.split(":"))
    shift = (hours * 60 + minutes - moment.hour * 60 - moment.minute) % (24 * 60)
    shift = shift - 24 * 60 if shift > OFFSET_MAX_MINUTES else shift
    if day is not None and f"{moment + timedelta(minutes=shift):%Y-%m-%d}" != day:
        shift = shift - 24 * 60 if shift > 0 else shift + 24 * 60  # the other side of UTC
        if abs(shift) > OFFSET_MAX_MINUTES:
            return None
    if shift == 0 or shift % 15:
        return None
    local = moment + timedelta(minutes=shift)
    sign, size = ("+" if shift > 0 else "-"), abs(shift)
    return f"{local:%Y-%m-%dT%H:%M}{sign}{size // 60:02d}:{size % 60:02d}"


def visible_date(tree: Scope) -> str | None:
    """A date line the page shows in an element named for it (``class="date"``...)."""
    for node in tree.css(VISIBLE_DATE_SELECTOR):
        if EVENT_WORDS.search(node.attributes.get("class") or "") or in_listing_item(node) \
                or beside_other_title(node):
            continue
        text = node_text(node)
        if 6 <= len(text) <= 80 and not EVENT_LABEL.search(text) and not DAY_RANGE.search(text):
            # no "会议时间：" line, no "20.–21. Juni 2024"
            # "Updated: 3 May ... Published: 2 May ...": the labelled publication's date; an
            # update's alone is no publication date.
            published = PUBLISHED_LABEL.search(text)
            if published is None and UPDATED_LABEL.search(text):
                continue
            found = parse_datetime(text[published.start():] if published else text)
            if found and "T" not in found and (clock := time_near(node)):
                return f"{found} {clock}"  # the time in an element of its own beside it
            if found:
                return found
    return None


def description_lead(meta: dict[str, str], ld: list[dict[str, Any]], title: str | None,
                     opening: str, head_title: str = "") -> str | None:
    """The page's description as its lead, when it reads as this page's own summary.

    Within one page a site's generic description cannot be told from a summary, so only
    a whole sentence is taken (a truncated "..." one was cut from the text), which is not
    the title or part of it, not inside the text's ``opening`` (the paragraphs it was
    made from), and does not name the site (its ``og:site_name``, or the part of the
    page's ``head_title`` that is not the title), as "Official website of the ..." does.
    """
    head = word_key(title or "")
    sites = [word_key(name) for name in (meta.get("og:site_name"), meta.get("application-name"),
                                         *TITLE_SEPARATORS.split(head_title)) if name]
    sites = [name for name in sites if name and name not in head and head not in name]
    for text in (meta.get("description"), meta.get("og:description"),
                 meta.get("twitter:description"), article_description(ld)):
        if not text or len(text) > DESCRIPTION_MAX_CHARS or not text.endswith(SENTENCE_ENDS) \
                or text.endswith(("...", "…")):
            continue
        key = word_key(text)
        if len(key.split()) < DESCRIPTION_MIN_WORDS or _copied(key, word_key(opening)) \
                or any(name in key for name in sites):
            continue
        if head and (key in head or head in key):
            continue
        return text
    return None


def _copied(key: str, opening: str) -> bool:
    """Whether a description is the opening's own words: within it, or its words nearly
    all the opening's, a dateline or a word of time dropped ("... اتصالاً هاتفياً اليوم من")."""
    if key in opening:
        return True
    words, there = key.split(), set(opening.split())
    return sum(w in there for w in words) >= COPIED_SHARE * len(words)


def article_description(ld: list[dict[str, Any]]) -> str | None:
    """The JSON-LD description of the page or its article, not of its site or publisher."""
    for obj in ld:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.endswith(ARTICLE_TYPES) for k in kinds):
            value = obj.get("description")
            if isinstance(value, str) and value.strip():
                return clean_text(value)
    return None


def word_key(text: str) -> str:
    """The words of a text, lower case, one space apart: two texts compared as written."""
    return " ".join(WORD.findall(text.lower()))


# A locative before a place element's name, in the languages of the month tables.
LOCATIVE = re.compile(r"^(?:in|im|at|à|au|en|em|no|na|nel|nella|a|w|we|v|ve|u|в|во|у|і)\s+"
                      r"(?=[^\W\d_])(?-i:(?=[A-ZÀ-ÞА-ЯЁ]))", re.I)


def find_place(tree: Scope, ld: list[dict[str, Any]], header: Header | None = None) -> str | None:
    """Where the statement was made: ``contentLocation``, microformat ``p-location``...,
    else the place of the header's dateline ("Ostrava, 2. Juni 2025")."""
    located = ld_value(ld, "contentLocation") or ld_value(ld, "locationCreated")
    if located:
        return located
    for node in tree.css(PLACE_SELECTOR):
        if node.tag == "meta" or node.attributes.get("itemprop") != "contentLocation" \
                and not PLACE_WORDS.search((node.attributes.get("class") or "").lower()):
            continue
        text = node_text(node)
        label = node.css_first("[class*=label]")  # a field's "Lieu" over its value
        if label is not None and text.startswith(said := node_text(label)):
            text = text[len(said):].strip(" :")
        elif (field := PLACE_FIELD.match(text)) is not None:
            text = field.group(1)  # "<span class="ort">Ort: Seefurt</span>": the label inline
        if node.css_first("br") is not None:
            # "Lessa shahri,<br>2025-yil 20-yanvar,<br>PF-14-son": the place is its first line.
            text = next((line.strip(" ,") for line in node.text(separator="\n").split("\n")
                         if line.strip(" ,")), "")
        if text and len(text) < 120 and not in_listing_item(node) and not is_trail(node, text):
            line = read_date_line(text) or place_element_after(node, text)
            if line is None:
                if find_datetime(text) is not None or not any(c.isalpha() for c in text):
                    continue  # a date and more words, or a time ("21:00"): no place alone
                # "<span class='place'> in Falkenau</span>" after the date: the place alone.
                return LOCATIVE.sub("", text) or text
            # A dateline with its date ("Lessa, 19 February 2025"): the place it names, and
            # none in "Press release · 19 February 2025".
            place = place_of(line[1]) or place_name(line[2])
            if place:
                return place
    if header is None:
        return None
    dateline = header.dateline()
    return dateline.place if dateline is not None and dateline.place else labelled_place(header)


def is_trail(node: LexborNode, text: str) -> bool:
    """True for a breadcrumb trail ("Home > Briefings > ..."), which some sites class as the
    reader's "location": links or arrows between its steps."""
    return TRAIL_MARK.search(text) is not None or len(node.css("a")) > 1


def find_language(tree: LexborHTMLParser, meta: dict[str, str]) -> str | None:
    """The page's language as a lower-case primary subtag (``en``)."""
    return language_code(language_tag(tree, meta))


def language_tag(tree: LexborHTMLParser, meta: dict[str, str]) -> str:
    """The page's language tag as written, region and all (``en-US``); "" when unstated."""
    html = tree.css_first("html")
    return ((html.attributes.get("lang") if html else None) or meta.get("inlanguage")
            or meta.get("og:locale") or meta.get("content-language") or "").strip()


def find_url(tree: LexborHTMLParser, meta: dict[str, str], page_url: str | None) -> str | None:
    """The canonical URL: an absolute ``og:url`` or canonical link, else the fetched URL; a
    web archive's capture gives the address it captured."""
    found = _find_url(tree, meta, page_url)
    captured = ARCHIVED.match(found or "")
    return captured.group(1) if captured else found


def saved_from(html: str | bytes) -> str | None:
    """The address a browser saved a page from ("<!-- saved from url=(0052)https://... -->")."""
    head = html[:SAVED_FROM_CHARS]
    said = SAVED_FROM.search(head.decode("latin-1") if isinstance(head, bytes) else head)
    return said.group(1) if said else None


def _find_url(tree: LexborHTMLParser, meta: dict[str, str], page_url: str | None) -> str | None:
    social = meta.get("og:url", "")
    if urlsplit(social).scheme in ("http", "https"):
        return social  # the link is not looked for: a walk of the page when there is none
    link = tree.css_first('link[rel="canonical"]')
    canonical = (link.attributes.get("href") or "") if link else ""
    if urlsplit(canonical).scheme in ("http", "https"):
        return canonical
    if canonical and page_url:
        return urljoin(page_url, canonical)
    return page_url


def site_of(url: str | None) -> str | None:
    host = urlsplit(url or "").hostname
    return host.lower() if host else None


def find_tags(tree: LexborHTMLParser, meta_tags: list[str]) -> dict[str, list[str]]:
    """The page's own tag lists grouped by the heading above each: ``rel="tag"`` links, else
    links to a site's tag pages ("/tag/fisheries", "/tags/..."), as content systems make them."""
    groups: dict[str, list[str]] = {}
    anchors = tree.css('a[rel="tag"]') or tree.css(TAG_LINKS)
    for anchor in anchors:
        name = node_text(anchor)
        group = tag_group(anchor)
        if name and name not in groups.setdefault(group, []):
            groups[group].append(name)
    for name in meta_tags:
        if name not in groups.setdefault("Topics", []):
            groups["Topics"].append(name)
    return {k: v for k, v in groups.items() if v}


# Drupal's term pages, and the tag pages' names in Turkish, Spanish and Portuguese, German.
TAG_LINKS = ('a[href*="/tag/" i], a[href*="/tags/" i], a[href*="?tag=" i], '
             'a[href*="/taxonomy/term/"], a[href*="/etiket/"], a[href*="/etiketler/"], '
             'a[href*="/etiqueta/"], a[href*="/etiquetas/"], a[href*="/schlagwort/"]')
CATEGORY_LINKS = 'a[rel~="category"], a[class*="categor"]'
# The kind's word over a headline, as content systems class it ("topline", "kicker").
KICKERS = ('[class*="topline"], [class*="kicker"], [class*="overline"], [class*="eyebrow"], '
           '[class="type"], [class*="content-type"], [class*="article-type"]')
# A breadcrumb trail's links: the sections over the page, the deepest last.
TRAIL_LINKS = '[class*="breadcrumb"] a, [aria-label*="breadcrumb" i] a'
KICKER_CHARS = 40


def tag_group(anchor: LexborNode) -> str:
    """Name a tag's group from the nearest heading before it or its list (the links may
    stand right after their heading, or in a list of their own)."""
    current: LexborNode | None = anchor
    for _ in range(5):
        if current is None:
            break
        sibling = current.prev
        while sibling is not None:
            if sibling.tag in ("h2", "h3", "h4", "h5", "h6", "dt", "strong"):
                heading = node_text(sibling).lower()
                for group, words in TAG_GROUPS.items():
                    if any(w in heading for w in words):
                        return group
                return "Topics"
            sibling = sibling.prev
        current = current.parent
    return "Topics"


def find_kind_hint(tree: LexborHTMLParser, container: LexborNode | None,
                   meta: dict[str, str]) -> str | None:
    """"announcement" when the page files itself as one: a class on the article or its
    wrappers, its section (``article:section``), or schema.org ``Event``.
    """
    current = container
    while current is not None and current.tag not in ("body", "html"):
        if ANNOUNCE_TEXT.search(current.attributes.get("class") or ""):
            return "announcement"
        current = current.parent
    # Its section, not its keywords: a tag "announcement" among others ("State visit,
    # Zamiri, announcement") says what it is about, not where it is filed.
    filed = meta.get("article:section", "").lower()
    if ANNOUNCE_TEXT.search(filed):
        return "announcement"
    if tree.css_first('article[class*="announce"], [itemtype$="/Event"]') is not None:
        return "announcement"
    return None


def find_sections(tree: LexborHTMLParser, meta: dict[str, str], url: str | None) -> list[str]:
    """The sections the page files itself under, the most telling first: the kicker over its
    headline, ``article:section``, its category links, its breadcrumb's links and the folders
    of its address, the deepest first (not the last, which repeats the title; a
    "briefing-room" holds speeches too).  Read for a kind only when
    the statement's own words name none (``parse.kinds``)."""
    folders = urlsplit(url).path.strip("/").split("/")[:-1] if url else []
    kickers = [text for n in tree.css(KICKERS)
               if len(text := node_text(n)) <= KICKER_CHARS]  # "Rede" over the headline
    trail = [node_text(n) for n in tree.css(TRAIL_LINKS)][1:]  # past "Home"
    said = [*kickers, meta.get("article:section", ""),
            *(node_text(n) for n in tree.css(CATEGORY_LINKS)), *reversed(trail),
            *(f.replace("-", " ").replace("_", " ") for f in reversed(folders)
              if not f.isdigit())]
    return [s for s in dict.fromkeys(said) if s]
