"""HTML pages -> Documents: the main statement, or a daily feed's teasers.

``extract_html`` reads the page once with lexbor (selectolax), then:

1. metadata (``metadata``, ``header``): title, publication time, lead, place,
   language, canonical URL, tags, kind hint, all read before the tree is trimmed;
   a lead is never also the text's first paragraph (a lead-marked element, else
   sentences between the title and the text, else a first paragraph wholly
   emphasised, else the page's own description);
2. the page type (``listing``): a page without running text whose title links
   repeat is a feed (one teaser per item), and so is a site's front page (every
   dated item) and a category's page of one card; a numbered archive page is
   dropped, and so is a photo, video or other page without text, and an undated
   page of the site's own (biography, contacts, redirect, links, login, consent);
3. the main text (``content``): the container and its blocks, speaker labels
   split off.

Publication times without an offset get the site's (``sitetime``); dates are
read with ``parse.dates.parse_datetime`` (a numeric date that reads both ways in
the order of the page's country, ``numeric_order``), never taken from the text of
an announcement about a future event.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import PageDropped
from ..models import Block, Document, Page
from ..parse.dates import page_dates
from ..parse.kinds import announces, names_kind
from ..parse.language import (
    MODEL_CYRILLIC,
    QUESTION_MARKS,
    cyrillic_language,
    detect_language,
)
from ..sources.encoding import html_content
from .blocks import extract_blocks, line_blocks
from .content import (
    FEEDBACK,
    SECTION_LABEL,
    SOURCE_CREDIT,
    STATEMENT_MIN_CHARS,
    SUBSCRIBE,
    clean_text,
    decompose_all,
    drop_template,
    find_container,
    heading_text,
    is_inside,
    is_photo_line,
    node_text,
    without_delivery_note,
)
from .header import (
    SENTENCE_ENDS,
    closing_dateline,
    header_lead,
    is_lead_sentence,
    lone_dateline_place,
    not_section,
    opening_clock,
    opening_dateline,
    opening_place,
    place_name,
    place_of,
    read_date_line,
    read_header,
    subtitle_place,
    unmarked_lead,
)
from .listing import (
    feed_beside,
    feed_teasers,
    find_items,
    home_teasers,
    item_local_time,
    listing_share,
    lone_card,
    paragraphs_in,
    undated_listing,
)
from .metadata import (
    description_lead,
    find_kind_hint,
    find_language,
    find_place,
    find_sections,
    find_tags,
    find_title,
    find_url,
    labelled_stamp,
    language_tag,
    local_published,
    read_json_ld,
    read_meta,
    saved_from,
    site_of,
    statement_scope,
    title_date,
    title_place,
    word_key,
)
from .pagetypes import (
    furniture_page,
    is_home,
    is_paginated,
    is_search,
    media_page,
    media_reason,
    own_page,
    searched_for,
    video_page,
)
from .sitetime import site_timezone, with_offset
from .text import (
    CLOSING_MARK,
    COPYRIGHT,
    END_RULE,
    END_WORD,
    END_WORD_REACH,
    FOOTER_CHARS,
    NUMBERED,
    SIGNOFF_CHARS,
    contacts_from,
    is_dash,
    split_lead,
)

LISTING_SHARE = 0.5
NUMBER_LINE_WORDS = 4  # "Comunicado No. 081", "Press release No. 47"
# A line of a template's metadata: "Label: value" without a sentence's end, or a heading of
# a few words without punctuation ("Topics", "Publication status").
FIELD_LABEL = re.compile(r"^([^\W\d][^:.!?]{0,30}?)\s?:\s+")
META_FIELD = re.compile(FIELD_LABEL.pattern + r"[^\n]{1,100}(?<![.!?。])$")
META_LINE = re.compile(rf"{META_FIELD.pattern}|^[^\W\d][^\W\d]*(?:\s[^\W\d]+){{0,2}}$")
# A date line that says a law was passed that day ("Adopted by the National Assembly on
# ...", "Принят ...", "Angenommen am ..."): a line of the law's text, not the page's date.
ACTED = re.compile(r"(?i:\b(?:adopted|approved|passed|ratified|adopté|approuvé|angenommen|"
                   r"beschlossen|aprobad[oa]|aprovad[oa]|approvat[oa]|uchwalon[aey]|"
                   r"принят[аоы]?|одобрен[аоы]?|прийнят[аоий]?|ухвален[аоий]?|"
                   r"схвален[аоий]?)\b)")
ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|is|was|with|for|that)\b")
ENGLISH_WORDS_SEEN = 5  # in a text's first TEXT_LANGUAGE_CHARS: English, as the tag says
ENGLISH_WORDS_OVER = 8  # as many: English, whatever other language the tag says
# A page's notice to a browser without scripts or a player, in the languages of the month
# tables.
BROWSER_NOTICE = re.compile(
    r"(?i:(?:sorry, )?your (?:web )?browser (?:does not|doesn't|cannot) (?:support|play|display)|"
    r"(?:please )?enable javascript|javascript (?:is|must be) (?:disabled|required|enabled)|"
    r"(?:this|the) video (?:is not|cannot be) (?:available|played)|"
    r"ваш браузер не поддерживает|включите javascript|ваш браузер не підтримує|"
    r"votre navigateur ne (?:prend pas en charge|supporte pas|permet pas)|activez javascript|"
    r"ihr browser unterstützt|aktivieren sie javascript|"
    r"su navegador no (?:admite|soporta)|(?:active|habilite) javascript|"
    r"o seu navegador não (?:suporta|permite)|il tuo browser non supporta|"
    r"twoja przeglądarka nie obsługuje|tarayıcınız .{0,20}desteklemiyor)")
NOTICE_CHARS = 160
FEEDBACK_CHARS = 80  # the question and its buttons
SUBSCRIBE_CHARS = 160  # the ask, its channels and what they bring
ORPHAN_HEADING_WORDS = 4  # a box's heading ("Related documents"), no sentence
TEXT_LANGUAGE_CHARS = 400  # a text this long tells its language against a template's tag
LANGUAGE_SAMPLE_CHARS = 3000  # of a page's words, to tell their language
DASH_LEAD_BLOCKS = 5  # the first dash turn comes this soon in an interview that opens with a lead
OPENING_BLOCKS = 3  # paragraphs a repeated lead or a description cut from the text spans
# A picture's caption or credit set as a paragraph: "图为...", "(Photo: ...)", "Фото: ...".
END_MARK_BLOCKS = 4  # the blocks from the end in which a release's end word is looked for
SHORT_STATEMENT = 40  # characters of a one-sentence statement under its own <h1>
CARD_CHARS = 600  # a card's summary says a few sentences: a longer text is looked at no more
HEADING_BOX_LEVELS = 2  # boxes around the <h1> that hold its statement
LD_BODY_MIN_CHARS = 200  # a JSON-LD body this long is a statement's, not a summary
LD_OPENING_CHARS = 60  # its opening is looked for in the page's own text
OPENING_SLACK = 10  # characters a repeated lead's paragraph may have over it (spaces, marks)
# A heading that names the text's section, in the languages of the sites seen.
def extract_html(page: Page) -> list[Document]:
    """The statement an HTML page holds, or the teasers of the feed it is.

    Raises:
        InputError: the page cannot be decoded.
        PageDropped: the page holds neither a statement nor a feed.
    """
    tree = LexborHTMLParser(html_text(page))
    meta = read_meta(tree)
    searched = searched_for(tree)  # read before the template's forms go
    ld = read_json_ld(drop_template(tree))  # the scripts' JSON-LD, read as they go
    if searched and tree.body is not None and searched in tree.body.text():
        raise PageDropped("search results")  # its words echoed over what was found
    url = find_url(tree, meta, page.url or saved_from(page.content))
    site = site_of(url)
    body = tree.body
    # The page's own words, read only if a date that reads both ways comes up.
    shown = (lambda: body.text(separator=" ")) if body is not None else None
    tag = language_tag(tree, meta)
    with page_dates(tag or shown_language(tree), site, shown):
        return page_documents(page, tree, meta, ld, url, site, tag)


def shown_language(tree: LexborHTMLParser) -> str | None:
    """The language of the words a page shows, for one that does not state its own: it
    tells the order of its numeric dates ("03/02/2025" is the 3rd of February in French)."""
    body = tree.body
    return detect_language(body.text(separator=" ")[:LANGUAGE_SAMPLE_CHARS]) if body else None


def page_documents(page: Page, tree: LexborHTMLParser, meta: dict[str, str], ld: list,
                   url: str | None, site: str | None, tag: str) -> list[Document]:
    """The statement or the teasers of a parsed page (``extract_html``); ``tag``: the
    language it declares, which a time zone from its host must fit."""
    zone = site_timezone(site, tag)
    if is_home(page.url or url):
        return home_teasers(tree, meta, url=url or page.url, site=site, zone=zone)
    container, weight = find_container(tree)
    items = find_items(tree, container)
    where = " ".join(filter(None, [page.url, page.source.path]))
    body = article_body(ld)
    if len(body) >= LD_BODY_MIN_CHARS and not shows(container, body):
        # A page that renders its text by script states it in JSON-LD: that is the
        # statement, whatever the feeds beside the empty box weigh.
        doc = statement_document(tree, None, meta=meta, ld=ld, url=url, site=site, zone=zone)
        return [doc, *feed_beside(tree, url=url or page.url, site=site, zone=zone,
                                  language=doc.language)]
    if items and listing_share(items, container) >= LISTING_SHARE:
        # A short statement may weigh less than the summaries of the feed beside it: the
        # page is a listing only when nothing but its items is text.
        beside, weight = find_container(tree, skip=paragraphs_in(items))
        if beside is not None and (weight >= STATEMENT_MIN_CHARS or weight >= SHORT_STATEMENT
                                   and under_own_heading(tree, beside, items)):
            container, items = beside, [i for i in items if not is_inside(beside, i)]
    head = tree.css_first("title")
    head_title = node_text(head) if head is not None else ""
    if items and listing_share(items, container) >= LISTING_SHARE:
        # A video's page with a strip of other videos under the player: no listing.
        scope = tree.body
        media = video_page(scope, meta.get("og:type", ""), where, head_title) if scope else None
        if media:
            raise PageDropped(media)
        known: str = page.url or url or ""
        address = urlsplit(known) if known else None
        if is_paginated(f"{address.path}?{address.query}" if address else where):
            raise PageDropped("paginated listing")
        if address is not None and is_search(address.path, address.query):
            raise PageDropped("search results")
        teasers = feed_teasers(items, url=url or page.url, site=site, zone=zone,
                               language=find_language(tree, meta))
        if not teasers:
            raise PageDropped("listing without items")
        return teasers
    card = None if items or weight > CARD_CHARS else lone_card(container, tree)
    if card is not None and item_local_time(card) is not None:
        # A category's page of one item: its card, not a statement titled by the category.
        return feed_teasers([card], url=url or page.url, site=site, zone=zone,
                            language=find_language(tree, meta))
    media = media_page(container, meta.get("og:type", ""), where, head_title)
    if media:
        raise PageDropped(media)  # its captions are not a statement's text
    # What the items in the text's own box say, read before it is trimmed (an item may go).
    listed = sum(len(node_text(item)) for item in items
                 if container is not None and is_inside(item, container))
    doc = statement_document(tree, container, meta=meta, ld=ld, url=url, site=site, zone=zone)
    furniture = furniture_page(doc, head_title) or own_page(
        doc, head_title, meta=meta, ld=ld, tree=tree, address=page.url,
        sent=lambda: LexborHTMLParser(html_text(page)))
    if furniture:
        raise PageDropped(furniture)
    if listed and doc.published_at is None \
            and listed >= sum(len(block.text) for block in doc.blocks) - listed:
        # An undated page whose box of text is mostly dated items (a list of documents under
        # a line of introduction): a listing, though its items have no paragraphs.  A feed
        # beside the text (another box) weighs nothing here: a short statement may say less.
        teasers = undated_listing(tree, url=url or page.url, site=site, zone=zone,
                                  language=doc.language)
        if teasers:
            return teasers
    if not doc.blocks:
        # A headline with a date and no text is still a statement (a brief news item);
        # a photo or video page, or a page without either, is not.
        media = media_reason(container or tree, meta.get("og:type", ""), where)
        if media or not (doc.title and doc.published_at):
            raise PageDropped(media or "no statement text")
        if doc.lead:
            doc.blocks = [Block(doc.lead)]  # the lead box holds the whole statement
    if not items:
        # Taking the blocks only removes elements, so no list of title links appears.
        return [doc]
    return [doc, *feed_beside(tree, url=url or page.url, site=site, zone=zone,
                              language=doc.language)]




def article_body(ld: list) -> str:
    """The text JSON-LD states as an article's body, if any."""
    body = next((o["articleBody"] for o in ld if isinstance(o.get("articleBody"), str)), "")
    return body.strip()


def shows(container: LexborNode | None, body: str) -> bool:
    """Whether the page's main text shows the opening of a JSON-LD body."""
    if container is None:
        return False
    opening = " ".join(body[:LD_OPENING_CHARS].split()[:-1])  # whole words only
    text = container.text_lexbor()
    return opening in text or opening in clean_text(text)


def under_own_heading(tree: LexborHTMLParser, text: LexborNode,
                      items: list[LexborNode]) -> bool:
    """Whether a text sits in the box of the page's <h1>, which no item holds: a statement
    of one short sentence under its title, beside a heavier column of other news."""
    h1 = tree.css_first("h1")
    if h1 is None or any(is_inside(h1, item) or h1.mem_id == item.mem_id for item in items):
        return False
    box = h1.parent
    for _ in range(HEADING_BOX_LEVELS):
        if box is None or box.tag in ("body", "html"):
            return False
        if is_inside(text, box):
            return True
        box = box.parent
    return False




def html_text(page: Page) -> str | bytes:
    """The page for the parser: its bytes when they are UTF-8 beyond doubt (most of the
    web; lexbor reads bytes as UTF-8, and a str would be encoded back), else its text.

    A reader that kept the bytes has checked them already (``encoding.html_content``)
    and says so with the charset it records; other bytes are checked here.
    """
    data = page.content
    if isinstance(data, str) or page.meta.get("charset") == "utf-8":
        return data
    return html_content(data, path=page.source.path)[0]


def statement_document(tree: LexborHTMLParser, container: LexborNode | None, *,
                       meta: dict[str, str], ld: list, url: str | None, site: str | None,
                       zone: str | None) -> Document:
    """The main statement: metadata first, since block extraction trims the container."""
    meta_tags = [v for k, v in meta.items() if k == "article:tag"]
    scope = statement_scope(tree, container)
    kind_hint = find_kind_hint(tree, container, meta)
    title = find_title(tree, meta, ld, scope, container)
    # A page that files itself as an announcement takes only a labelled date line by its
    # title: an unlabelled one is most often the event's.  So does one whose title announces
    # when a labelled stamp elsewhere ("Pubblicato il 5 maggio") says when it was published.
    announced = kind_hint == "announcement" or announces(title) and \
        labelled_stamp(scope) is not None  # the title first: reading the stamp costs more
    header = read_header(scope, container, announcement=announced, title_text=title)
    lead_node = header_lead(header, container) or unmarked_lead(header, container, title)
    venue = subtitle_place(heading_text(lead_node)) if lead_node is not None else None
    if venue is not None:
        lead_node = None  # "Palazzo Aldeni, Lessa" under the title: the place, no lead
    doc = Document(
        blocks=[],
        title=title,
        published_at=with_offset(local_published(scope, meta, ld, url, header), zone),
        lead=heading_text(lead_node) if lead_node is not None else None,
        place=not_section(find_place(scope, ld, header)) or venue,
        language=find_language(tree, meta),
        url=url,
        site=site,
        tags=find_tags(tree, meta_tags),
        kind_hint=kind_hint,
        sections=find_sections(tree, meta, url),
        meta=page_meta(meta, ld),
    )
    if container is not None:
        if lead_node is not None and is_inside(lead_node, container):
            lead_node.decompose()  # the standfirst opening the text is the lead, not a paragraph
        if header.title is not None and is_inside(header.title, container):
            drop_through(header.title, container)
        doc.blocks = without_section_label(extract_blocks(container))
    body = article_body(ld)
    if not doc.blocks and body:
        # Pages that render their text by script still state it in JSON-LD.
        doc.blocks = line_blocks(body)
    if lead_node is None:
        # An interview in dash turns opens with its story, as a text page of one does.
        narrative, doc.blocks = dash_interview_lead(doc.blocks)
        doc.lead = narrative or doc.lead
    if doc.lead is None:
        doc.lead, doc.blocks = emphasized_lead(doc.blocks)
    if doc.lead is None:
        opening = " ".join(b.text for b in doc.blocks[:OPENING_BLOCKS])
        head = tree.css_first("title")
        doc.lead = description_lead(meta, ld, doc.title, opening,
                                    node_text(head) if head is not None else "")
    else:
        doc.blocks = without_repeated_lead(doc.blocks, doc.lead)
    doc.blocks, line_date, line_place = without_header_lines(doc.blocks, doc.title, doc.place)
    place, clock, doc.blocks = opening_clock(doc.blocks)  # a transcript's "1:14 P.M. EST"
    doc.place = doc.place or place or line_place or (
        opening_place(doc.blocks[0].text) if doc.blocks else None) or (
        opening_place(doc.lead) if doc.lead else None)
    # The closing formula or dateline is read only for what nothing before gave.
    closing = closing_dateline([b.text for b in doc.blocks]) \
        if doc.place is None or doc.published_at is None and not line_date else None
    doc.place = doc.place or (closing.place if closing else None) or title_place(doc.title) \
        or lone_dateline_place([b.text for b in doc.blocks], doc.lead)
    if clock and doc.published_at and "T" not in doc.published_at:
        doc.published_at = with_offset(f"{doc.published_at}T{clock}", zone)
    doc.blocks = without_closing_marks(without_photo_lines(doc.blocks))
    doc.language = text_language(doc.language, doc.blocks)
    if doc.published_at is None and line_date and not announced:
        # The date line among the text's own lines: the page's date, where nothing else
        # gives one (the date over an announcement may be its event's).
        doc.published_at = with_offset(line_date, zone)
    if doc.published_at is None and not announced and closing and closing.date:
        doc.published_at = with_offset(closing.date, zone)  # "Fait à Valmont, le 12 mars"
    if doc.published_at is None and not announced and doc.blocks:
        # The first paragraph's dateline: "Lessa, 14 March 2025 – President ..."
        first_line = opening_dateline(doc.blocks[0].text)
        doc.published_at = with_offset(first_line.date, zone) if first_line else None
    if doc.published_at is None and not announced:
        doc.published_at = with_offset(title_date(doc.title), zone)
    return doc


def without_section_label(blocks: list[Block]) -> list[Block]:
    """The blocks without a heading that opens them by naming the section ("Transcript",
    "Full text"), a page's label for its text, as a video page sets one over it; and without
    a speech's "Check against delivery" note before or after it."""
    if blocks and blocks[0].heading and SECTION_LABEL.fullmatch(blocks[0].text):
        blocks = blocks[1:]
    return without_delivery_note(blocks)


def emphasized_lead(blocks: list[Block]) -> tuple[str | None, list[Block]]:
    """A standfirst set in the text: its first paragraph wholly in bold or italics, whole
    sentences, where the emphasis marks nothing else (no questions, no sub-headings set
    so later); no lead and all the blocks otherwise."""
    if not blocks or not blocks[0].heading or not is_lead_sentence(blocks[0].text) \
            or blocks[0].text.endswith(QUESTION_MARKS) or any(b.heading for b in blocks[1:]):
        return None, blocks  # a question in bold opens an interview: no lead
    return blocks[0].text, blocks[1:]


def dash_interview_lead(blocks: list[Block]) -> tuple[str | None, list[Block]]:
    """The narrative paragraphs before the turns of an interview written in dash turns
    ("- Yes, ..."), as ``text.split_lead`` reads a text page's, and the blocks after them;
    no lead and all the blocks for other texts."""
    if any(b.label for b in blocks[:DASH_LEAD_BLOCKS]) or not any(
            is_dash(b.text) for b in blocks[:DASH_LEAD_BLOCKS]):
        return None, blocks
    lead, rest = split_lead([b.text for b in blocks])
    return lead, blocks[len(blocks) - len(rest):]


def drop_through(title: LexborNode, container: LexborNode) -> None:
    """Take the title and all that precedes it out of the container: a container that
    holds the title holds its header too (kicker, breadcrumbs), and the text follows it."""
    doomed = [title]
    current: LexborNode | None = title
    while current is not None and current.mem_id != container.mem_id:
        before = current.prev
        while before is not None:
            doomed.append(before)
            before = before.prev
        current = current.parent
    decompose_all(doomed)


def without_header_lines(blocks: list[Block], title: str | None, place: str | None
                         ) -> tuple[list[Block], str | None, str | None]:
    """The blocks without the title, place or a date line opening them, and that line's
    date and place ("Lessa, le 12 juin 2025" over a letter): layouts of tables and <br>
    write the whole header as lines of the text's own element."""
    keys = {word_key(said) for said in (title, place) if said}
    n, date, where = 0, None, None
    while n < min(len(blocks), OPENING_BLOCKS):
        text = blocks[n].text
        line = read_date_line(text)
        if line is None and len(text.split()) <= NUMBER_LINE_WORDS and NUMBERED.search(text) \
                and names_kind(text):
            n += 1  # the release's number over its dateline: "Comunicado No. 081"
            continue
        if not (word_key(text) in keys or line is not None) \
                or line is not None and ACTED.search(line[1]):
            break  # "Принят Национальным собранием 6 мая 2025 года": a law's own line
        if line is not None and date is None:
            date, where = line[0], place_of(line[1]) or place_name(line[2])
        n += 1
    return blocks[n:], date, where


def text_language(declared: str | None, blocks: list[Block]) -> str | None:
    """The page's stated language, unless it is a template's default English ("<html
    lang='en-gb'>" over a Turkish text) and a text of some length says another, or another
    template's default over an English text ("<html lang='fr'>" on a site's English page)."""
    if declared != "en":
        head = " ".join(b.text for b in blocks[:OPENING_BLOCKS])[:TEXT_LANGUAGE_CHARS]
        if declared in MODEL_CYRILLIC:
            told = cyrillic_language(head)
            if told is not None and told != declared and (told != "ru" or declared == "uk"):
                return told
        english = declared is not None and len(head) >= TEXT_LANGUAGE_CHARS // 2 \
            and len(ENGLISH_WORDS.findall(head)) >= ENGLISH_WORDS_OVER
        return "en" if english else declared
    said = " ".join(b.text for b in blocks)[:LANGUAGE_SAMPLE_CHARS]
    if len(said) < TEXT_LANGUAGE_CHARS or len(ENGLISH_WORDS.findall(said[:TEXT_LANGUAGE_CHARS])) \
            >= ENGLISH_WORDS_SEEN:
        return declared  # English's own little words: no model need read it
    return detect_language(said) or declared


def without_photo_lines(blocks: list[Block]) -> list[Block]:
    """The blocks without a picture's caption set as a paragraph of its own ("图为白沙群岛
    主岛远眺。（资料图片）", "Foto: Pressedienst"), or a player's notice to an old browser
    ("Your browser does not support the video tag.")."""
    return [b for b in blocks if b.label or not (
        is_photo_line(b.text) or len(b.text) <= NOTICE_CHARS and BROWSER_NOTICE.match(b.text))]


def without_closing_marks(blocks: list[Block]) -> list[Block]:
    """The blocks without what a text's end carries that is not text: the marks a press
    release ends with ("***", "-30-", the typists' initials "AV/RK"), and a template's
    metadata lines ("Publication date: 18 February 2020", "Direct link: ...", with the
    one-word headings among them) when its class names do not give them away."""
    n = len(blocks)
    ends = [k for k in range(max(1, n - END_WORD_REACH), n) if not blocks[k].label and (
        END_WORD.fullmatch(blocks[k].text) or k >= n - END_MARK_BLOCKS
        and END_RULE.fullmatch(blocks[k].text)
        and all(is_signoff(b.text) for b in blocks[k + 1:]))]
    if ends:
        n = ends[0]  # "ENDS" over the media contact: the release ends there
    contacts = contacts_from([b.text if not b.label else "" for b in blocks[:n]])
    if contacts is not None:
        n = contacts  # "Media contacts" over a name, a number, an address
    while n and (CLOSING_MARK.match(blocks[n - 1].text) or feedback(blocks[n - 1].text)
                 or SOURCE_CREDIT.fullmatch(
            blocks[n - 1].text) or len(blocks[n - 1].text) <= FOOTER_CHARS
            and COPYRIGHT.search(blocks[n - 1].text)) and not blocks[n - 1].label:
        # An end mark, a credit line ("(Quelle: Ministerium ...)", "Source : https://..."),
        # a print version's copyright line.
        n -= 1
    while n > 1 and blocks[n - 1].heading and not blocks[n - 1].label \
            and len(blocks[n - 1].text.split()) <= ORPHAN_HEADING_WORDS \
            and not blocks[n - 1].text.rstrip().endswith(SENTENCE_ENDS):
        n -= 1  # "Documents" over a list of downloads taken out: a heading over nothing
    cut = n
    while cut and not blocks[cut - 1].label and META_LINE.match(blocks[cut - 1].text):
        cut -= 1
    fields = [m.group(1).lower() for b in blocks[cut:n] if (m := META_FIELD.match(b.text))]
    if fields and not metadata_labels(blocks).intersection(fields):  # no speaker among them
        return blocks[:cut]
    return blocks[:n]


def feedback(text: str) -> bool:
    """A short line that asks for the reader's feedback, or to subscribe or follow, never a
    sentence of the text."""
    return len(text) <= FEEDBACK_CHARS and FEEDBACK.match(text) is not None \
        or len(text) <= SUBSCRIBE_CHARS and SUBSCRIBE.match(text) is not None


def is_signoff(text: str) -> bool:
    """A short line of a signature under a text's end rule: an office's name, no sentence."""
    return len(text) <= SIGNOFF_CHARS and not text.rstrip().endswith(SENTENCE_ENDS)


def metadata_labels(blocks: list[Block]) -> set[str]:
    """The "X:" openings that recur: a transcript's speakers, never a metadata field."""
    seen = Counter(m.group(1).lower() for b in blocks if (m := FIELD_LABEL.match(b.text)))
    return {label for label, count in seen.items() if count > 1}


def without_repeated_lead(blocks: list[Block], lead: str) -> list[Block]:
    """The blocks without the opening paragraphs that repeat the lead, as some sites print it
    both above the text and as its first paragraph."""
    want = word_key(lead)
    if blocks and word_key(blocks[0].text).endswith(" " + want) \
            and opening_dateline(blocks[0].text) is not None:
        return blocks[1:]  # "CALVERA, 12 March 2025 — " and the lead again
    said = ""
    for n, block in enumerate(blocks[:OPENING_BLOCKS]):
        if len(block.text) > len(lead) + OPENING_SLACK:
            break  # longer than the lead: not a part of it (and not worth its words)
        said = f"{said} {word_key(block.text)}".strip()
        if said == want:
            return blocks[n + 1:]
        if not want.startswith(said):
            break
    return blocks


def page_meta(meta: dict[str, str], ld: list) -> dict[str, str]:
    """What else the page says about itself, kept as it is stated."""
    kept: dict[str, str] = {k: meta[k] for k in ("description", "og:type", "og:site_name")
                            if k in meta}
    modified = next((o["dateModified"] for o in ld if isinstance(o.get("dateModified"), str)),
                    None) or meta.get("article:modified_time")
    if modified:
        kept["modified"] = modified
    return kept
