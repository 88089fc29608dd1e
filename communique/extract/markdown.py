"""Markdown (YAML front matter optional) -> its Document, and a listing's teasers.

The body is parsed by markdown-it and its markup dropped: links keep their words,
emphasis its text, escapes their character, and each paragraph, list item,
heading or hard line break becomes one paragraph; a bar of links or a picture
says nothing.  Those paragraphs are read as a text page's are (``extract.text``):
the menus and breadcrumbs over the title, the sharing bars, related lists and
footer under the text left out, a listing's items made teasers.  A page of
pictures and their captions is a photo gallery, dropped.

The front matter's fields are the site's own and are used as given (``title``,
``published_time`` with its offset, else ``date``; ``source_url`` or ``url``;
``tags`` as the site's section).  A visible time stamp line ("1:13 P.M. EDT")
is furniture, and the short line before it the place.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import partial
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import PageDropped, RecordError
from ..models import Block, Document, Page
from ..parse.dates import find_datetime, page_dates, parse_datetime
from ..parse.kinds import names_kind
from ..parse.language import language_code, word_count
from .content import FURNITURE_LABELS, without_delivery_note
from .header import (
    DateLine,
    closing_dateline,
    lone_dateline_place,
    opening_clock,
    place_name,
    place_of,
    read_date_line,
)
from .metadata import site_of
from .pagetypes import GALLERY_PICTURES, LINE_CHARS, captions_outweigh
from .text import (
    classify,
    documents_from_text,
    header_fields,
    same_title,
    split_lead,
    split_paragraphs,
)

FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
# Hugo's other front matter: TOML between "+++" lines.
TOML_FRONT_MATTER = re.compile(r"\A\ufeff?\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)",
                               re.S)
BLANKISH = re.compile(r"^[ \t\u00a0\u2000-\u200b\u3000]+$", re.M)
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# A sharing bar's line: its label, then nothing but links ("*Share:* [Facebook](...) · [X](...)").
SHARE_LABEL = re.compile(rf"^(?:{FURNITURE_LABELS})\s*[:：]", re.I)
# A link that is the site's furniture alone: "[Read more »](...)", "[Print](javascript:...)".
FURNITURE_LINK = re.compile(rf"\W*(?:{FURNITURE_LABELS})\W*", re.I)
# What stands between a bar's links: separators, or a field's label of a word or three
# ("Topics:", "Country:") before its links.
FIELD_GAP = re.compile(r"[\W_]*(?:([^\W\d_][\w.’'\-]*(?: [\w.’'\-]+){0,2}\s*[:：])[\W_]*)?")
PICTURE_TOKENS = frozenset({"image", "link_open", "link_close", "softbreak", "hardbreak"})
# A static site generator's template tags left in the body: Hugo's shortcodes ("{{< figure
# ... >}}"), Liquid's ("{% include share.html %}", "{{ site.baseurl }}").
NO_HEADER = DateLine("", None, False)
TEMPLATE_TAG = re.compile(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}|\{\{[^{}]*\}\}", re.S)
BOLD_LABEL_GLUED = re.compile(r"(\*\*[^*\n]{1,30}?[：:]\*\*)(?=[^\s*])")
LABEL_WORDS = 2  # a label over a headline: "Pressemitteilung 47", "Interview"
HEADER_TITLE_SHARED = 0.5  # a heading that is the header's title, the site's name cut off
TITLE_WORDS_SHARED = 0.8  # a heading that repeats the front matter's title
# Front matter keys of a page's own summary, its lead (Hugo, Jekyll, Astro...).
SUMMARY_KEYS = ("description", "summary", "lead", "excerpt", "abstract")
# Front matter's keys of the place, in the languages its authors write them.
PLACE_KEYS = ("place", "location", "dateline", "lieu", "ort", "lugar", "luogo", "local", "sted",
              "plats", "plaats", "miejsce", "místo", "место")
# Where front matter states the publication, in order; the keys of static-site generators
# too (Hugo's publishDate, Astro's pubDate).
DATE_KEYS = ("published_time", "published_at", "published", "publishDate", "publish_date",
             "pubDate", "datePublished", "date")


def extract_markdown(page: Page) -> list[Document]:
    """Read a Markdown page (front matter optional) into its one Document.

    Raises:
        InputError: the page cannot be decoded, or its front matter is not YAML.
        PageDropped: the page holds no text, or is a photo gallery.
    """
    from . import page_text

    text = page_text(page)
    front, body = split_front_matter(text, path=page.source.path)
    if not front:
        return markdown_as_text(body, dict(page.meta), url=page.url)
    fields = {**front, **page.meta}
    read = _read_body(body)
    if read.gallery:
        raise PageDropped("photo gallery")
    blocks = _under_title(read.blocks, _field(fields, "title"))
    if not blocks:
        raise PageDropped("no statement text")
    own, teasers, header = _as_text_page(blocks, fields, url=page.url)
    if own is None:
        return teasers  # a listing: its items, no statement of its own
    return [document_from_fields(fields, own, url=page.url, stamp=header.date,
                                 header_place=header.place), *teasers]


def markdown_as_text(body: str, meta: dict[str, Any], *, url: str | None) -> list[Document]:
    """A Markdown page without front matter, as a converter makes it of a crawled page
    (html2text, a reader's "Title: / URL Source: / Published Time:" header): its text read
    as a text page is (header, feed, furniture), the title its first "# " heading, and the
    menus and breadcrumbs before that heading left out.

    Raises:
        PageDropped: the page holds no text, or is a photo gallery.
    """
    fields, body = header_fields(body)
    read = _read_body(body)
    if read.gallery:
        raise PageDropped("photo gallery")
    blocks, title_at = read.blocks, read.title_at
    if not blocks:
        raise PageDropped("no statement text")
    given = _field(fields, "title")
    if title_at is None and given:
        # No "# " heading: the heading of another level that the header's title names
        # ("Title\n-----" under "Title: Title - Site").
        title_at = next((k for k, b in enumerate(blocks)
                         if b.heading and same_title(b.text, given, HEADER_TITLE_SHARED)),
                        None)
    title = None
    if title_at is not None:
        if _label_over_headline(blocks, title_at):
            title_at += 1
        title, blocks = blocks[title_at].text, blocks[title_at + 1:]
    meta = {**fields, **meta, **({"title": title} if title and "title" not in meta else {})}
    return documents_from_text("\n\n".join(b.text for b in blocks), meta=meta,
                               url=url or _field(meta, "url"))


def _label_over_headline(blocks: list[Block], at: int) -> bool:
    """Whether the heading is the kind's label or the number over the headline, the next
    heading ("Press release 47" over "The Prime Minister spoke with ..."); a section's name
    over a listing's first item ("News") is none."""
    label = blocks[at].text
    return at + 1 < len(blocks) and blocks[at + 1].heading \
        and word_count(label) <= LABEL_WORDS < word_count(blocks[at + 1].text) \
        and (names_kind(label) or any(ch.isdigit() for ch in label))


def _under_title(blocks: list[Block], title: str | None) -> list[Block]:
    """The blocks after the heading that repeats the front matter's title: what stands over
    it is the site's menus and breadcrumbs.  Without such a heading, all of them."""
    at = next((k for k, block in enumerate(blocks) if block.heading and title
               and same_title(block.text, title, TITLE_WORDS_SHARED)), None)
    return blocks if at is None else blocks[at + 1:]


def _as_text_page(blocks: list[Block], fields: dict[str, Any], *, url: str | None
                  ) -> tuple[list[Block] | None, list[Document], DateLine]:
    """The blocks of the page's own text and its feed's teasers, as the text reader finds
    them in these paragraphs (the header's date line, sharing bars, related lists and the
    footer left out), and the date and place its header gave; no own blocks when the page
    is a listing.
    Whatever the text reader
    cannot place (it drops the page, it reads the lines otherwise) is all text: the front
    matter says the page is one."""
    joined = "\n\n".join(b.text for b in blocks)
    lines = [classify(p).text for p in split_paragraphs(joined)]
    given = {k: v for k, v in fields.items() if k not in DATE_KEYS}  # the body's own date
    try:
        docs = documents_from_text(joined, meta=given, url=url)
    except PageDropped:
        return blocks, [], NO_HEADER
    if len(lines) != len(blocks) or not docs:
        return blocks, [], NO_HEADER
    main, teasers = (docs[0], docs[1:]) if docs[0].complete else (None, docs)
    if main is None:
        return None, teasers, NO_HEADER
    said = [*(main.lead.split("\n") if main.lead else []), *(b.text for b in main.blocks)]
    first = next((k for k, line in enumerate(lines) if said and line == said[0]), None)
    last = next((k for k in range(len(lines) - 1, -1, -1) if said and lines[k] == said[-1]),
                None)
    if first is None or last is None or last < first:
        return blocks, teasers, NO_HEADER
    return blocks[first:last + 1], teasers, DateLine(main.published_at or "", main.place, False)


def split_front_matter(text: str, *, path: str | None = None) -> tuple[dict[str, Any], str]:
    """The front matter's fields and the body after it (no front matter: empty fields)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return _toml_front_matter(text, path=path)
    try:
        fields = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        raise RecordError(f"front matter is not YAML: {exc}", path=path,
                          place="front matter") from None
    return (fields if isinstance(fields, dict) else {}), text[m.end():]


def _toml_front_matter(text: str, *, path: str | None) -> tuple[dict[str, Any], str]:
    m = TOML_FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        fields = tomllib.loads(m.group(1))
    except tomllib.TOMLDecodeError as exc:
        raise RecordError(f"front matter is not TOML: {exc}", path=path,
                          place="front matter") from None
    return fields, text[m.end():]


def markdown_paragraphs(body: str) -> list[Block]:
    """The body's paragraphs as plain text, headings marked."""
    return _read_body(body).blocks


# Between a table row's cells, as the row reads as a paragraph; a table over the text is
# the page's fields ("작성일 | 2025-08-30 16:00 | 조회수 | 1,284 | 담당부서 | 대변인실"), one line.
TABLE_CELLS = " | "


class AnyLinkMarkdown(MarkdownIt):
    """markdown-it reading every link as one: it leaves a "javascript:" or "data:" link as
    its markup ("[Print](javascript:window.print())"), and only a link's words are kept."""

    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        return True


@dataclass(slots=True)
class Body:
    """A Markdown body read: its paragraphs, where its first "# " heading stands, and
    whether it is a photo gallery."""

    blocks: list[Block]
    title_at: int | None = None
    gallery: bool = False


def _read_body(body: str) -> Body:
    """The body's paragraphs, headings marked, and which is the first "# " heading."""
    # Converters write tables the GitHub way ("| Date | Place |"): a row is one paragraph.
    # "**记者：**部长先生": CommonMark closes no bold after punctuation when a letter follows
    # at once, as Chinese and Japanese write; a space lets the label's bold close.
    body = BOLD_LABEL_GLUED.sub(r"\1 ", BLANKISH.sub("", body))
    # No indented code: a statement's paragraph indented by its converter is text ("     Sec.
    # 2. Harbor Safety Council."), as is every other line of it.
    tokens = AnyLinkMarkdown("commonmark").enable("table").disable("code").parse(body)
    read = Body([])
    captions: list[str] = []  # the pictures' captions (their alt text)
    heading = first_h1 = False
    numbered = ""  # an ordered list item's number: "2. prosince 2024" is a date, no item
    row: list[str] | None = None
    fields: list[str] | None = None  # a table of the page's fields over its text: one line
    ruled = False  # the paragraph follows a thematic break ("---")
    for token in tokens:
        if token.type in ("paragraph_open", "hr", "heading_open"):
            ruled = token.type == "hr" or ruled and token.type == "paragraph_open"
        if token.type == "table_open":
            fields = None if any(len(b.text) > LINE_CHARS for b in read.blocks) else []
        elif token.type == "table_close" and fields:
            read.blocks.append(Block(TABLE_CELLS.join(fields)))
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            cells = [c for cell in row if (c := SPACES.sub(" ", cell).strip())]
            if fields is not None:
                fields += cells
            elif any(any(ch.isalnum() for ch in cell) for cell in cells):
                read.blocks.append(Block(TABLE_CELLS.join(cells)))
            row = None
        elif token.type == "inline" and row is not None:
            row.append(_inline_text(token.children or []))
        elif token.type == "list_item_open" and token.markup in (".", ")"):
            numbered = f"{token.info}{token.markup} "
        elif token.type == "heading_open":
            heading = True
            first_h1 = token.tag == "h1" and read.title_at is None
        elif token.type == "heading_close":
            heading = first_h1 = False
        elif token.type == "inline":
            children = token.children or []
            if all(c.type in PICTURE_TOKENS for c in children):
                # A picture, whose words are its caption's.
                captions += [_inline_text([c]) for c in children if c.type == "image"]
                continue
            if _only_links(children) or ruled and _mostly_links(children):
                continue  # a sharing bar, a row of links; a footer of links under a rule
            said = TEMPLATE_TAG.sub("", _inline_text(children))
            if numbered and (hit := find_datetime(numbered + said)) is not None and hit[1] == 0:
                said = numbered + said  # the day's number was read as the item's
            numbered = ""
            for line in said.split("\n"):
                line = SPACES.sub(" ", line).strip()
                if any(ch.isalnum() for ch in line):
                    if first_h1:  # the first "# " heading with words: an empty one is none
                        read.title_at, first_h1 = len(read.blocks), False
                    read.blocks.append(Block(line, heading=heading))
    read.gallery = _gallery(read.blocks, captions)
    return read


def _gallery(blocks: list[Block], captions: list[str]) -> bool:
    """Whether the page is pictures and their captions, as an HTML gallery is
    (``pagetypes.is_gallery``): a few pictures, and nearly no running text (paragraphs
    longer than a line) but their captions, repeated under them or not."""
    if len(captions) < GALLERY_PICTURES:
        return False
    said = {SPACES.sub(" ", c).strip() for c in captions}
    captioned = sum(any(ch.isalnum() for ch in c) for c in captions)
    running = sum(not b.heading and len(b.text) > LINE_CHARS and b.text not in said
                  for b in blocks)
    return captions_outweigh(captioned, running)


def _only_links(children: list[Token]) -> bool:
    """Whether a paragraph is a bar of links: a furniture label and links (a sharing bar,
    "Related: ..."), two links at least without a word of their own between them
    ("[Print version] [Telegram]", "[Home] > [News]"), a link that a furniture label
    names ("[Read more »]"), or the page's fields of links ("Topics: [Energy] · [Trade]",
    "Country: [Saldovia]"), or links within the page.  Another link alone may be the text's."""
    depth, links, linked, anchors = 0, 0, 0, 0
    gaps = [""]  # the words between the links
    for child in children:
        if child.type == "link_open":
            depth, links = depth + 1, links + 1
            anchors += str(child.attrs.get("href", "")).startswith("#")
            gaps.append("")
        depth -= child.type == "link_close"
        if child.type in ("text", "code_inline", "softbreak", "hardbreak"):
            content = child.content if child.type in ("text", "code_inline") else " "
            if depth:
                linked += sum(ch.isalnum() for ch in content)
            else:
                gaps[-1] += content
    if linked == 0:
        return False
    label = SHARE_LABEL.match(_inline_text(children).strip())
    if label is not None:
        return sum(ch.isalnum() for g in gaps for ch in g) <= sum(
            ch.isalnum() for ch in label.group())
    fields = [FIELD_GAP.fullmatch(gap) for gap in gaps]
    if not all(fields):
        return False  # words of the paragraph's own
    labelled = any(m is not None and m.group(1) for m in fields)
    # Links within the page alone are its navigation: "[Back to top](#top)", "[Skip](#main)".
    return labelled or links >= 2 or anchors == links \
        or FURNITURE_LINK.fullmatch(_inline_text(children)) is not None


def _mostly_links(children: list[Token]) -> bool:
    """Whether most of a paragraph's letters are its links' ("Follow us on [Radio Lessa] ·
    [Listen to the full interview]")."""
    depth, linked, total = 0, 0, 0
    for child in children:
        depth += (child.type == "link_open") - (child.type == "link_close")
        if child.type == "text":
            letters = sum(ch.isalnum() for ch in child.content)
            total += letters
            linked += letters if depth else 0
    return total > 0 and linked * 2 > total


def _inline_text(children: list[Token]) -> str:
    parts = []
    for k, child in enumerate(children):
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            # A line that opens in bold is a field of its own ("**Tarikh:** 5 Februari 2025"
            # over "**Tempat:** ..."), not the paragraph's wrapped words.
            after = next((c for c in children[k + 1:] if c.type != "text" or c.content), None)
            bold = after is not None and after.type == "strong_open"
            parts.append("\n" if bold else " ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)


def document_from_fields(fields: dict[str, Any], blocks: list[Block], *,
                         url: str | None = None, header: bool = False,
                         stamp: str | None = None, header_place: str | None = None
                         ) -> Document:
    """Build the Document from the given fields, reading the rest from the body.

    ``header``: the page has no front matter, so its first lines are its header: a date
    line there gives the date and place.  ``stamp``: the date the text reader found in the
    body's header, which may give the hour of the fields' day; ``header_place``, the place
    it found there.
    """
    title = _field(fields, "title")
    if title is None and blocks and blocks[0].heading:
        title, blocks = blocks[0].text, blocks[1:]  # a page without front matter: its "# "
    dateline, blocks = _dateline(blocks) if header else (None, blocks)
    place, clock, blocks = opening_clock(blocks)
    blocks = without_delivery_note(blocks)
    summary = next((str(v).strip() for k in SUMMARY_KEYS if (v := fields.get(k))
                    and isinstance(v, str) and v.strip()), None)
    if summary:
        # The page's own summary is its lead; a first paragraph that repeats it goes.
        lead: str | None = summary
        first = next((b for b in blocks if not b.heading), None)
        repeats = first is not None and SPACES.sub(" ", first.text) == SPACES.sub(" ", summary)
        kept = _drop_first(blocks, 1) if repeats else blocks
    else:
        lead, _ = split_lead([b.text for b in blocks if not b.heading])
        kept = _drop_first(blocks, lead.count("\n") + 1) if lead else blocks
    published = _given_date(fields)
    if stamp and published and "T" not in published and "T" in stamp \
            and stamp.startswith(published[:10]):
        published = stamp  # the date line under the heading gives the day's hour
    if dateline is not None:
        published = published or dateline.date
        place = place or dateline.place
    closing = closing_dateline([b.text for b in kept if not b.heading]) \
        if published is None or place is None else None
    if closing is not None:
        # "Done at Port Maren, 9 July 2031." over the signature: the document's place.
        published = published or closing.date or None
        place = place or closing.place
    place = place or header_place or lone_dateline_place(
        [b.text for b in blocks if not b.heading])
    if clock and published and "T" not in published:
        published = f"{published}T{clock}"  # the day alone, and the hour the transcript began
    listed = fields.get("tags")
    tags = {"Topics": [t for t in listed if isinstance(t, str)]} if isinstance(listed, list) \
        and any(isinstance(t, str) for t in listed) else {}
    section = (listed if isinstance(listed, str) else None) or fields.get("category") \
        or fields.get("section")
    categories = fields.get("categories")
    filed = [section] if isinstance(section, str) else []
    filed += [c for c in categories if isinstance(c, str)] if isinstance(categories, list) else []
    url = _field(fields, "source_url") or _field(fields, "url") or url
    return Document(blocks=kept, title=SPACES.sub(" ", title).strip() if title else None,
                    published_at=published, lead=lead,
                    place=next(filter(None, map(partial(_field, fields), PLACE_KEYS)), place),
                    url=url,
                    language=_language(fields),
                    site=_field(fields, "site") or site_of(url), tags=tags,
                    sections=[name.replace("-", " ") for name in filed])


def _language(fields: dict[str, Any]) -> str | None:
    """The language the fields state, as its primary subtag."""
    return language_code(_field(fields, "language") or _field(fields, "lang"))


def _given_date(fields: dict[str, Any]) -> str | None:
    """The publication date the fields give, a numeric one read in the order the page's
    language writes it ("11/03/2026 10:05" under ``lang: pt`` is the 11th of March)."""
    with page_dates(_language(fields)):
        for key in DATE_KEYS:
            value = fields.get(key)
            if value is not None and (published := parse_datetime(str(value))):
                return published
    return None


def _dateline(blocks: list[Block]) -> tuple[DateLine | None, list[Block]]:
    """A date line opening the body ("*Lessa, le 14 mars 2025*"): its date and place."""
    for k, block in enumerate(blocks[:2]):
        found = read_date_line(block.text)
        if found is not None:
            place = place_of(found[1]) or place_name(found[2])
            return DateLine(found[0], place, False), blocks[:k] + blocks[k + 1:]
    return None, blocks


def _drop_first(blocks: list[Block], n: int) -> list[Block]:
    """The blocks without the first ``n`` paragraphs (the lead), headings kept."""
    kept = []
    for block in blocks:
        if n and not block.heading:
            n -= 1
            continue
        kept.append(block)
    return kept


def _field(fields: dict[str, Any], key: str) -> str | None:
    value = fields.get(key)
    return str(value).strip() if value not in (None, "") else None
