"""Markdown with YAML front matter -> one Document with clean paragraphs.

The front matter's fields are the site's own and are used as given (``title``,
``published_time`` with its offset, else ``date``; ``source_url`` or ``url``;
``tags`` as the site's section); the body is parsed by markdown-it and its
markup dropped: links keep their words, emphasis its text, escapes their
character, and each paragraph, list item, heading or hard line break becomes
one paragraph.  A visible time stamp line ("1:13 P.M. EDT") is furniture, and
the short line before it the place.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import PageDropped, RecordError
from ..models import Block, Document, Page
from ..parse.dates import parse_datetime
from .content import FURNITURE_LABELS
from .header import DateLine, opening_clock, place_name, place_of, read_date_line
from .text import documents_from_text, header_fields, split_lead

FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
BLANKISH = re.compile(r"^[ \t\u00a0\u2000-\u200b\u3000]+$", re.M)
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# A sharing bar's line: its label, then nothing but links ("*Share:* [Facebook](...) · [X](...)").
SHARE_LABEL = re.compile(rf"^(?:{FURNITURE_LABELS})\s*[:：]", re.I)
PICTURE_TOKENS = frozenset({"image", "link_open", "link_close", "softbreak", "hardbreak"})
# Front matter keys of a page's own summary, its lead (Hugo, Jekyll, Astro...).
SUMMARY_KEYS = ("description", "summary", "lead", "excerpt", "abstract")


def extract_markdown(page: Page) -> list[Document]:
    """Read a Markdown page (front matter optional) into its one Document.

    Raises:
        InputError: the page cannot be decoded, or its front matter is not YAML.
        PageDropped: the page holds no text.
    """
    from . import page_text

    text = page_text(page)
    front, body = split_front_matter(text, path=page.source.path)
    if not front:
        return markdown_as_text(body, dict(page.meta), url=page.url)
    fields = {**front, **page.meta}
    paragraphs = markdown_paragraphs(body)
    if not paragraphs:
        raise PageDropped("no statement text")
    return [document_from_fields(fields, paragraphs, url=page.url)]


def markdown_as_text(body: str, meta: dict[str, Any], *, url: str | None) -> list[Document]:
    """A Markdown page without front matter, as a converter makes it of a crawled page
    (html2text, a reader's "Title: / URL Source: / Published Time:" header): its text read
    as a text page is (header, feed, furniture), the title its first "# " heading, and the
    menus and breadcrumbs before that heading left out."""
    fields, body = header_fields(body)
    blocks, title_at = _paragraphs(body)
    if not blocks:
        raise PageDropped("no statement text")
    title = None
    if title_at is not None:
        title, blocks = blocks[title_at].text, blocks[title_at + 1:]
    meta = {**fields, **meta, **({"title": title} if title and "title" not in meta else {})}
    return documents_from_text("\n\n".join(b.text for b in blocks), meta=meta,
                               url=url or _field(meta, "url"))


def split_front_matter(text: str, *, path: str | None = None) -> tuple[dict[str, Any], str]:
    """The front matter's fields and the body after it (no front matter: empty fields)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        fields = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        raise RecordError(f"front matter is not YAML: {exc}", path=path,
                          place="front matter") from None
    return (fields if isinstance(fields, dict) else {}), text[m.end():]


def markdown_paragraphs(body: str) -> list[Block]:
    """The body's paragraphs as plain text, headings marked."""
    return _paragraphs(body)[0]


def _paragraphs(body: str) -> tuple[list[Block], int | None]:
    """The body's paragraphs, headings marked, and which is the first "# " heading."""
    tokens = MarkdownIt("commonmark").parse(BLANKISH.sub("", body))
    blocks: list[Block] = []
    heading = False
    title_at: int | None = None
    for token in tokens:
        if token.type == "heading_open":
            heading = True
            if token.tag == "h1" and title_at is None:
                title_at = len(blocks)
        elif token.type == "heading_close":
            heading = False
        elif token.type == "inline":
            children = token.children or []
            if _only_links(children) or all(c.type in PICTURE_TOKENS for c in children):
                continue  # a sharing bar; a picture, whose words are its caption's
            for line in _inline_text(token.children or []).split("\n"):
                line = SPACES.sub(" ", line).strip()
                if any(ch.isalnum() for ch in line):
                    blocks.append(Block(line, heading=heading))
    return blocks, title_at


def _only_links(children: list[Token]) -> bool:
    """Whether a paragraph is a furniture label and links: a sharing bar, "Related: ..."."""
    label = SHARE_LABEL.match(_inline_text(children).strip())
    if label is None:
        return False
    depth, linked, unlinked = 0, 0, 0
    for child in children:
        depth += child.type == "link_open"
        depth -= child.type == "link_close"
        if child.type == "text":
            words = sum(ch.isalnum() for ch in child.content)
            linked, unlinked = (linked + words, unlinked) if depth else (linked, unlinked + words)
    return linked > 0 and unlinked <= sum(ch.isalnum() for ch in label.group())


def _inline_text(children: list[Token]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)


def document_from_fields(fields: dict[str, Any], blocks: list[Block], *,
                         url: str | None = None, header: bool = False) -> Document:
    """Build the Document from the given fields, reading the rest from the body.

    ``header``: the page has no front matter, so its first lines are its header: a date
    line there gives the date and place.
    """
    title = _field(fields, "title")
    if title is None and blocks and blocks[0].heading:
        title, blocks = blocks[0].text, blocks[1:]  # a page without front matter: its "# "
    dateline, blocks = _dateline(blocks) if header else (None, blocks)
    place, clock, blocks = opening_clock(blocks)
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
    published = None
    # The keys of static-site generators too (Hugo's publishDate, Astro's pubDate).
    for key in ("published_time", "published_at", "published", "publishDate", "publish_date",
                "pubDate", "datePublished", "date"):
        value = fields.get(key)
        if value is not None and (published := parse_datetime(str(value))):
            break
    if dateline is not None:
        published = published or dateline.date
        place = place or dateline.place
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
    return Document(blocks=kept, title=SPACES.sub(" ", title).strip() if title else None,
                    published_at=published, lead=lead, place=_field(fields, "place") or place,
                    url=_field(fields, "source_url") or _field(fields, "url") or url,
                    language=_field(fields, "language") or _field(fields, "lang"),
                    site=_field(fields, "site"), tags=tags,
                    sections=[name.replace("-", " ") for name in filed])


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
