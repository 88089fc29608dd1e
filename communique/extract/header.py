"""A statement's header -> its visible date line, the dateline's place, and its lead element.

The header is the part of the statement's region (``metadata.statement_scope``) from its top
to the main text's first paragraphs: kicker, title, date line, standfirst.  It is walked once,
in page order, and asked three things, in the same way in every language:

- the date line: a short line that is a date (``parse.dates``, the month names of 27
  languages) with at most a short label or place before it and a time after it
  ("Lunes 7 de abril de 2025", "Ostrava, 2. Juni 2025", "Published 21 March 2025 · From: ...");
  never a teaser's (a date beside another page's title link), an event's or an
  announcement's, nor a later update's;
- the place of a dateline: the name before the comma of "Ostrava, 2. Juni 2025" (or after
  the date, "7 avril 2025 - Paris"), never a weekday, a label or a byline's author; with
  no date line, a press release's opening "OSTRAVA, 2 June 2025 – ..." gives both;
- the lead: an element after the title whose class names a standfirst in the words of
  common content systems and languages (lead, standfirst, chapo, entradilla...), or
  schema.org's ``description``; a kicker above a title is never one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..models import Block
from ..parse.dates import (
    ERAS,
    ZONE_OFFSETS,
    find_datetime,
    find_day_month,
    half_after,
    unglued_year,
    weekday_table,
)
from ..parse.kinds import CATCH_ALL, SECTION_WORDS, names_kind
from ..parse.language import ASCII_DIGITS
from ..parse.speakers import MEDIA_WORDS, office_word
from .content import (
    SECTION_LABEL,
    heading_text,
    is_beside,
    is_inside,
    is_lead_box,
    next_element,
    node_text,
    previous_element,
)

TITLE_HEADINGS = ("h1", "h2", "h3")
HEADER_ELEMENTS = 150  # elements walked at most: a header is small, a page's menus are not
TEXT_BUDGET = 50_000  # characters of element text read at most on the walk
LINE_MAX_CHARS = 120
BRACKETS_OPEN, BRACKETS_CLOSE = "([（【", ")]）】"
BODY_LINES = 2  # short opening paragraphs of the main text still read ("Madrid, 7 de abril")
LABEL_MAX_CHARS = 30
LABEL_MAX_WORDS = 4
BYLINE_MAX_CHARS = 60  # a label naming the publication ("Posted by ... on") may run this long
WIDGET_MAX_CHARS = 40  # a date widget's text, its parts in elements of their own
WIDGET_PART_CHARS = 4  # a widget's day, month or year ("21", "Oct", "2000")
LEAD_MAX_CHARS = 1000
PLACE_PREPOSITION = re.compile(r"^(?:in|à|en|em|a|w|в|у)\s+(?=[^\W\d_])")  # "in Lessa"
LEAD_MIN_WORDS = 3  # a marked lead of fewer words and LEAD_MIN_CHARS is a subtitle
LEAD_MIN_CHARS = 20
SUBTITLE_PLACE_WORDS = 6
UNMARKED_LEAD_STEPS = 3  # elements with text after the title where an unmarked lead may be
UNMARKED_LEAD_MIN_CHARS = 60
SENTENCE_ENDS = (".", "!", "?", "。", "»", "\"", "”")
# Elements after a title that are never its lead, by class name or tag.
NOT_LEAD_CLASS = re.compile(r"caption|photo|image|figure|credit|byline|author|share|social|"
                            r"meta|date|time|tag|breadcrumb|kicker|related|nav|menu|banner|"
                            r"button|form", re.I)
NOT_LEAD_TAGS = frozenset({"-text", "-comment", "ul", "ol", "table", "figure", "figcaption",
                           "aside", "nav", "footer", "header", "form", "time", "address"})
TEASER_TITLE_WORDS = 4  # an author's name has fewer words than another page's title
TEASER_LEVELS = 3
BODY_TAGS = frozenset({"p", "blockquote", "pre"})
# Elements that hold no line of their own, and inline ones that mark no lead.
SKIPPED_TAGS = frozenset({"title", "script", "style", "option", "button", "br", "img",
                          "svg", "meta", "input", "source", "picture", "wbr", "sup", "sub"})
PHRASE_TAGS = frozenset({"a", "b", "i", "em", "strong", "abbr", "u", "s", "small", "time"})
# Labels of a publication date and of a later update, in the languages of the month tables;
# "publi" is published, publié, publicado, pubblicato, publikováno, publicat...
PUBLISHED_LABEL = re.compile(r"publi|pubblicat|posted|released|release date|date of issue|"
                             r"issued (?:on|:)|"
                             r"veröffentlicht|erschienen|опубликован|"
                             r"опублікован|gepubliceerd|julkaistu|yayın|δημοσιε|प्रविष्टि तिथि|"
                             r"प्रकाशित|发布|發布|نُشر|نشر في|تاريخ النشر",
                             re.I)
UPDATED_LABEL = re.compile(r"updat|modif|mis à jour|actualiz|aktualisiert|aktualizac|geändert|"
                           r"aggiornat|atualizad|обновл|оновл|zaktualiz|bijgewerkt|päivitetty|"
                           r"güncel|ενημερ|עודכן|עדכון|آخر تحديث|تم التحديث|به‌روزرسانی", re.I)
# A stamp's label as a word of its own ("Published"), not inside one ("Republic").
STAMP_WORD = re.compile(rf"(?<!\w)(?:{PUBLISHED_LABEL.pattern}|{UPDATED_LABEL.pattern})", re.I)
# Labels of an event's date and time, in the languages of the month tables.
EVENT_LABEL = re.compile(r"(?i:\b(?:when|date and time|time and place|wann|termin|quand|"
                         r"cuándo|quando|когда|коли|kiedy|ne zaman|tarih ve saat|waktu)\b)|"
                         r"会议时间|活动时间|举行时间|日時|일시|موعد")
# An announcement's own wrapper is no event mark: such pages are told by ``announcement``.
# The class words of the site's date of today, over every page ("fecha-hoy", "today-date").
TODAY_CLASS = r"today|(?<![a-z])hoy|heute|aujourd|oggi|hoje|segodnya|bugun"
# An event's date, or the site's today.
EVENT_CLASS = re.compile(rf"event|deadline|schedule|agenda|termin|{TODAY_CLASS}", re.I)
TODAY = re.compile(TODAY_CLASS, re.I)
# "Announcement" in the languages of the sites seen so far, in a class, a section or a line.
ANNOUNCE_TEXT = re.compile(r"announce|annonce|анонс|ankündig|anuncio|annuncio|anúncio|"
                           r"aankondig|anons|zapowied|anun[țţt]|pengumuman|duyuru", re.I)
HAS_YEAR = re.compile(r"\d\d\d\d|" + "|".join(ERAS))  # a year, or a Japanese era
SENTENCE_END = re.compile(r"[.!?]\s")
VENUE_MAX_CHARS = 60  # a venue's name before a dateline's place and a full stop
PLACE_FIELD_WORDS = 4  # a place as a date line's last field ("... · Belcourt"), at most
# What may follow a date on its line: separators, a time ("à 18h30", "11:00"), a zone.
COUNTER_TAIL = re.compile(r"^\s{1,3}\d{1,3}(?:[\s.,]\d{3})*\s*$")
LINE_TAIL = re.compile(r"^(?:[\s,.;:|·•–—/-]|(?:[^\W\d]{1,3}\s+)?\d{1,2}[:.h]\d{2}|"
                       r"\d{1,2}\s*[時时시]\s*\d{2}\s*[分분]?|"
                       r"[AaPp]\.?\s?[Mm]\b\.?|[A-Z]{2,5}\b|\([^()]{1,12}\)|（[^（）]{1,12}）)*$")
# A place given as a field of the header, in the languages of the month tables.
PLACE_LABEL = re.compile(r"(?i:location|locatie|place|venue|lieu|ort|lugar|luogo|local|место|місце|"
                         r"miejsce|yer|məkan|plaats|místo|helyszín|lokasi|địa điểm|τόπος|"
                         r"מקום|المكان|paikka|sted|plats|mjesto|место одржавања|байршил|manzil|"
                         r"mahali|tempat|स्थान|مقام|vieta|koht|miesto|locul|lokacija)")
PLACE_FIELD = re.compile(PLACE_LABEL.pattern + r"\s?[:：]\s*(.{2,60})$")
# A transcript's clock line ("1:13 P.M. EDT"), with the offset of its zone when the zone is
# one of the unambiguous ``ZONE_OFFSETS``.
CLOCK_LINE = re.compile(r"^(\d{1,2}):(\d{2})\s*([AaPp])\.?\s?[Mm]\.?(?:\s+([A-Z]{2,5}))?$")
YEARLESS_LINE_CHARS = 40  # "Понедельник, 12 апреля, 14:05"
YEARLESS_LABEL_CHARS = 15  # a weekday before it, at most
CLOCK_BLOCKS = 3  # a clock line comes among a transcript's first blocks
CLOCK_PLACE_CHARS = 80  # the line before it names the room: a short line, not a sentence
FIELD_SEP = re.compile(r"\s[|·•]\s")
# Another field of the same line after the date: "来源：总统府" (source), "Autor: ...".
NEXT_FIELD = re.compile(r"(?:^|\s)[^\W\d][^\s:：]{0,14}\s?[:：]")
TIME_IN_TAIL = re.compile(r"(?<!\d)([01]?\d|2[0-3])(?:[:.h]|\s*[時时시]\s*)([0-5]\d)(?!\d)"
                          r"(?:\s?([AaPp])\.?\s?[Mm]\b)?")
# Words between a dateline's place and its date ("Ostrava, den 2. Juni", "Madrid, a 7 de").
PLACE_JOINERS = frozenset({"a", "am", "an", "den", "le", "el", "il", "the", "on", "em", "dnia",
                           "aos", "ngày", "dne", "dňa", "dana"})
PLACE_MAX_WORDS = 4
LONE_DATELINE_SPAN = 2  # a text's first or last paragraphs, where a lone dateline stands
PLACE_NAMED_WORDS = 7
# "Place, 2 June 2025" may also be "2 June 2025, Place" or "2 June 2025 – Place".
# "... 10:30 Uhr in Lessa", "... à Lessa": a place word after the time, too.
# The abbreviation of "city" before a town's name: Russian "г.", Ukrainian "м.".
CITY_MARK = r"(?:(?:г|гор|м)\.\s*)?"
TAIL_PLACE = re.compile(r"^\s*(?:[,–—-]|\s(?:in|à|en|em|a|в|у|w)\s(?=[A-ZÀ-ÖØ-ÞА-ЯЁ]))\s*"
                        rf"{CITY_MARK}([^\W\d][^\d,:;|]{{1,40}}?(?:,\s*[^\W\d][^\d,:;|]{{1,30}}?)?)"
                        r"\s*$")
# The same day first in another calendar, the words "corresponding to" before the date: the
# lunar date of a Khmer line, the Hijri one of an Arabic line (its own finder reads it).
CORRESPONDING = re.compile(r"(?:ត្រូវនឹង\s*(?:ថ្ងៃទី)?|الموافق|corresponding to)\s*$", re.I)
BARE_PLACE = re.compile(rf"^\s+{CITY_MARK}"
                        r"([A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d]+(?:[\s-][A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d]+){0,2}"
                        # and the building after a comma: "Лесса, Дворец Республики"
                        r"(?:,\s*[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d]+(?:\s[^\W\d]+){0,3})?)\s*$")
# A byline's "By" in the languages of the month tables: what follows is a person.
BYLINE = re.compile(r"(?:by|por|par|von|di|da|door|av|af|przez|oleh|автор|от|від)\s", re.I)
# The class of a box of a page's details: its kind, its date, its author.
META_BOX = re.compile(r"meta|info|details|date|time|datum|fecha|data\b", re.I)
# An Arabic dateline's place before "في" (on) and the date: a word or three of Arabic letters.
ARABIC_IN = re.compile(r"([\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2})،? في")
SECTION_CLASS = re.compile(r"categor|kategor|(?<![a-z])cat(?![a-z])|section|rubri|topic|genre|"
                           r"kicker|tag|type", re.I)
DASHED = re.compile(r"\s[–—·•-]\s+$")
AUTHOR_CLASS = re.compile(r"author|byline|autor|auteur|verfasser|автор", re.I)
# The dash after an opening dateline ("Madrid, 7 de abril de 2025.- ", "OSTRAVA, 2 June
# 2025 – "), looked for in its first characters only.
OPENING_CUT = re.compile(r"\s*(?:\.?\s?[–—]|\.?-{1,2}|[.:](?=\s))\s")
# A place alone in capitals before the dash ("LESSA —", "KOTA BARUNA –"), two letters at least.
COMMAS = re.compile(r"[،፣]")
NAMED_OPENING_PLACE = re.compile(r"((?-i:[A-ZÀ-ÞĀ-Ž][\w'’.\-]+(?: (?:(?:de|del|da|do|di|la|las|"
                                 r"los)\s)?[A-ZÀ-ÞĀ-Ž][\w'’.\-]+){0,2}))\.?"
                                 r"\s[–—]\s+(?=(?-i:[A-ZÀ-ÞĀ-Ž]))")
# A place of a word or three in Arabic script before a dash opening a text.
_ARABIC_WORD = r"[\u0621-\u064a\u067e-\u06cc]+"
# A place of capitalised words in brackets before a dash ("(Lạc Thành) - Chiều 21/3, ...");
# one word there is mostly an agency's or a site's ("(ZNA) -", "(Reuters) -"), so none.
BRACKETED_OPENING_PLACE = re.compile(r"\(((?-i:[A-ZÀ-ÞĀ-Ž][^\W\dA-ZÀ-ÞĀ-Ž]+(?: [A-ZÀ-ÞĀ-Ž]"
                                     r"[^\W\dA-ZÀ-ÞĀ-Ž]+){1,3}))\)"
                                     r"\s?[–—-]\s")
# An Arabic agency's dateline: the place, "في", the day, the agency between slashes ("رأس
# ميدان في 12 مارس / سنا /"), or the place before the day and "الموافق" the Gregorian one.
ARABIC_AGENCY_DATELINE = re.compile(rf"({_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}}) "
                                    r"(?:في [^/\n]{3,30}/\s*[^/\n]{2,12}\s*/|"
                                    r"\d[^\n]{3,30}? الموافق )")
UNCASED_OPENING_PLACE = re.compile(rf"({_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})\s[–—-]\s")
# A release's "PORT ELWIN, Veloria — " names its region or country after the place; a
# German one closes the place with a full stop ("KELLSTADT. Die ...").
OPENING_PLACE = re.compile(r"((?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω][A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω'’\-]+"
                           r"(?:[ .][A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω][A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω'’.\-]+){0,3}))"
                           r"(?:,(?: (?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁЂ-ЏΑ-Ω][\w'’.\-]+)){1,3})?"
                           r"(?:\s?(?:[–—]|\s-)\s|\.\s(?=(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁ][^\W\d_])))")
# The first day of a range of days before the date's last ("20.–21. Juni", "12 to 14 May",
# "du 12 au 14 mai"): the days of an event.
DAY_RANGE_BEFORE = re.compile(r"(?<!\d)\d{1,2}\.?\s*(?:[–—-]|\b(?:to|bis|und|and|au|al|a|"
                              r"et|y|e|до|по|и)\b)\s*$", re.I)
SIGNATURE_WORDS = 8  # a signature's name, or its office, over the place and date
# The word for "city" before a city's name in a dateline: "м. Верхоград", "г. Лесса".
# The word "city" (or "town", "village") a dateline writes with the name, before it ("м.
# Зоряне", "г. Лесса", "Шаҳри Навобод") or after it ("Şirvanabad şəhəri", "Toshkent shahri").
CITY_WORD = re.compile(r"^(?:м|г|m|gr|grad|гр|гор|с|смт|пгт)\.\s*|^(?:шаҳри|shahri)\s+|"
                       r"\s+(?:şəhəri|shahri|шаҳри|шаары|қаласы|şäheri|kenti|şehri)$", re.I)
OPENING_CHARS = 60
# Words in capitals that open a text as a flag, not as its place ("URGENT. Roads ...").
ALERT = re.compile(r"(?i:breaking|urgent|warning|attention|alert|update[d]?|important|notice|"
                   r"correction|reminder|embargo(?:ed)?|flash|achtung|eilmeldung|hinweis|"
                   r"avis|aviso|atención|avviso|urgente|срочно|внимание)")
ACRONYM_CHARS = 4
# A news agency's dateline: the place, the month and day, the agency's name in brackets.
# its month and day may be left out ("Vân Khê (TTXLS) – ...").
# The agency's name in capitals, or a capital and more letters ("(VelPress)"), in brackets
# or between slashes ("Lessa, 11 March /VelPress/.").
AGENCY_DATELINE = re.compile(r"([^\W\d][\w .’'\-]{1,40}?)(?:,\s+(?:[^\W\d]+\.?\s+\d{1,2}|\d{1,2}\s+"
                             r"(?:de\s+)?[^\W\d]+\.?))?\s*(?:\((?-i:[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]{1,11}"
                             r"(?:\s[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]{1,11}){0,3})\)"
                             r"\s*\.?[-–—]|/(?-i:[A-ZА-ЯЁ][\w-]{1,15})/\.?\s)")
# A dateline without a year: the place, the month and day, a dash or a colon ("ZARINPUR,
# March 25 – ...", "Lessa, 3 juin : ..."); its month is checked as one.
YEARLESS_DATELINE = re.compile(r"([^\W\d][\w .’'\-]{1,40}?)[,،]\s+([^\W\d]+\.?\s+\d{1,2}|"
                               r"\d{1,2}\.?\s+[^\W\d]+)\s*(?:[–—:-]|\.(?=\s[^\W\d]))\s")
# A Chinese agency's dateline: the agency ("…社"), the city, the day and "电" (cabled).
CJK_DATELINE = re.compile(r"[\u4e00-\u9fff]{1,8}社([\u4e00-\u9fff]{2,6}?)\d{1,2}月\d{1,2}日电")


@dataclass(slots=True)
class DateLine:
    """A visible date line: its date (ISO 8601, no offset), its place, whether it is labelled."""

    date: str
    place: str | None
    labelled: bool


@dataclass(slots=True)
class Header:
    """The short lines of a statement's header, and its lead-marked elements, in page order.

    ``dateline()`` reads the date line on first use only: most pages state their date
    and place in markup, and never need it.
    """

    announcement: bool = False
    lines: list[tuple[LexborNode, str]] = field(default_factory=list)
    leads: list[LexborNode] = field(default_factory=list)
    opening: str = ""  # the main text's first paragraph, for a dateline it opens with
    container: LexborNode | None = None  # the main text's element: never a teaser box
    title: LexborNode | None = None  # the statement's title heading, else the first <h1>
    read: bool = False
    line: DateLine | None = None

    def dateline(self) -> DateLine | None:
        """The header's date line (``header_date``), read once."""
        if not self.read:
            self.line, self.read = header_date(self, announcement=self.announcement), True
        return self.line


def read_header(scope: LexborHTMLParser | LexborNode, container: LexborNode | None, *,
                announcement: bool = False, title_text: str | None = None) -> Header:
    """Walk the header of a statement's region, from its top to the main text's first lines.

    Lead marks count after the title only, when the region has one (a kicker comes before).
    The title is the heading that reads ``title_text`` (the statement's title), else the
    first <h1>: a site may give its logo the <h1> and the title an <h2>.
    ``announcement``: the page is one, and its date line is taken only when labelled.
    """
    root = scope.body if isinstance(scope, LexborHTMLParser) else scope
    header = Header(announcement)
    before_title: list[LexborNode] = []  # lead marks above the title, kept for want of one
    if root is None:
        return header
    target = container.mem_id if container is not None else None
    header.container = container
    heading = title_heading(root, title_text)
    wanted = heading.mem_id if heading is not None else None
    title: LexborNode | None = None
    entered, body, above, read = target is None, 0, 0, 0
    for count, node in enumerate(root.traverse()):
        if count > HEADER_ELEMENTS:
            break
        if not entered and node.mem_id == target:
            entered = True
            continue  # the container's own text is the statement; its lines come next
        tag = node.tag
        if title is None and (node.mem_id == wanted if wanted is not None else tag == "h1"):
            title, above = node, len(header.lines)
            continue
        if tag in SKIPPED_TAGS or tag == "time" and "datetime" in node.attributes:
            continue  # a <time datetime> is read as such (``metadata.element_date``)
        # The first lead mark after the title is the one taken: later ones are not looked for.
        if not header.leads and tag not in PHRASE_TAGS and is_lead_box(node):
            (header.leads if title is not None else before_title).append(node)
        if not node.text(deep=False).strip():
            continue
        text = node_text(node)
        read += len(text)
        if read > TEXT_BUDGET:
            break  # wrappers nested with text at each level (tag soup): each is the page again
        if entered and len(text) > LINE_MAX_CHARS:
            header.opening = text[:OPENING_CHARS]
            break
        if tag in BODY_TAGS and entered:
            body += 1
            if body > BODY_LINES:
                break
        if len(text) <= LINE_MAX_CHARS:
            header.lines.append((node, text))
    if title is None:
        header.leads = before_title
    else:
        header.lines = near_title(header.lines, title, above)
        header.title = title
    return header


def title_heading(root: LexborNode, title_text: str | None) -> LexborNode | None:
    """The heading that reads the statement's title, if one does: an <h1> first, then an
    <h2> or <h3> (a teaser box above the statement may repeat its title in a lower one)."""
    if not title_text:
        return None
    squashed = title_text.replace(" ", "")
    for tag in TITLE_HEADINGS:
        for node in root.css(tag):
            text = node_text(node)
            # Read again with its line breaks and kicker apart only when the words are there.
            if text == title_text or squashed in text.replace(" ", "") \
                    and heading_text(node) == title_text:
                return node
    return None


def near_title(lines: list[tuple[LexborNode, str]], title: LexborNode,
               above: int) -> list[tuple[LexborNode, str]]:
    """The lines of the title's own header: not the title's words, and above it only those
    beside it, in its box or next to it (a banner showing today's date is further up)."""
    heading = node_text(title)
    parent = title.parent
    box = parent.parent if parent is not None else None
    if box is not None and box.tag in ("body", "html"):
        box = None  # a page without boxes: only the title's siblings are beside it
    # ... and what the element right before the title holds when the site marks it as the
    # page's details ("<div class=node-meta>" of a kind and a date over the <h1>).
    meta = previous_element(title)
    if meta is not None and not META_BOX.search(meta.attributes.get("class") or ""):
        meta = None
    kept = [(node, text) for node, text in lines[:above]
            if box is not None and is_inside(node, box)
            or parent is not None and node.parent is not None
            and node.parent.mem_id == parent.mem_id
            or meta is not None and (node.mem_id == meta.mem_id or is_inside(node, meta))]
    # A date widget's "21" or "Oct" may stand in the title too: such bits are kept.
    return kept + [(node, text) for node, text in lines[above:]
                   if text not in heading or len(text) <= WIDGET_PART_CHARS]


def header_lead(header: Header, container: LexborNode | None) -> LexborNode | None:
    """The first lead-marked element with text, not another item's nor a wrapper of the text."""
    for node in header.leads:
        text = node_text(node)
        if container is not None and (node.mem_id == container.mem_id
                                      or is_inside(container, node)):
            continue  # a wrapper of the main text, whatever its class says
        if 0 < len(text) <= LEAD_MAX_CHARS \
                and (not too_short_for_lead(text) or subtitle_place(text)) \
                and not beside_other_title(node, header.container, header.title):
            return node
    return None


def subtitle_place(text: str) -> str | None:
    """A subtitle that is the venue and its city ("Palazzo Aldeni, Lessa", "in Berlin"), no
    standfirst: a few capitalised words, no sentence."""
    if text.endswith(SENTENCE_ENDS) or len(text.split()) > SUBTITLE_PLACE_WORDS:
        return None
    bare = PLACE_PREPOSITION.sub("", text)
    if bare == text and "," not in text:
        return None
    if "," in bare and place_of(f"{bare}, ") is None:
        return None
    return place_name(bare)


def too_short_for_lead(text: str) -> bool:
    """A subtitle of two words ("in Berlin") is a place or a section, no standfirst."""
    return len(text.split()) < LEAD_MIN_WORDS and len(text) < LEAD_MIN_CHARS


def unmarked_lead(header: Header, container: LexborNode | None,
                  title_text: str | None) -> LexborNode | None:
    """The standfirst a site did not mark: among the few elements right after the title, in
    its box and before the main text, a paragraph of whole sentences ("sapo", "perex"...
    under a class name we do not know).  Dates, bylines, captions and link rows are short
    or do not end a sentence; anything marked as furniture is passed over."""
    title = header.title
    if title is None or container is None or is_inside(title, container) \
            or is_inside(container, title):
        return None
    node, seen = title.next, 0
    while node is not None and seen < UNMARKED_LEAD_STEPS:
        if node.mem_id == container.mem_id or is_inside(container, node):
            return None  # the text itself: a lead would have come before it
        if node.tag not in NOT_LEAD_TAGS and not NOT_LEAD_CLASS.search(
                node.attributes.get("class") or ""):
            text = node_text(node)
            if text:
                seen += 1
                if is_lead_like(node, text, title_text or ""):
                    return node
        node = node.next
    return None


def is_lead_like(node: LexborNode, text: str, title: str) -> bool:
    """Sentences of a standfirst's length, not the title again, not a row of links, not the
    captions of pictures and not a list of fields."""
    if not is_lead_sentence(text) or text == title or node.css_first("figcaption, img, dt"):
        return False  # a picture's caption, a list of the page's fields ("Date / Place")
    linked = sum(len(node_text(a)) for a in node.traverse() if a.tag == "a")
    return linked * 2 < len(text)


def is_lead_sentence(text: str) -> bool:
    """Whole sentences of a standfirst's length."""
    return UNMARKED_LEAD_MIN_CHARS <= len(text) <= LEAD_MAX_CHARS \
        and text.endswith(SENTENCE_ENDS)


def header_date(header: Header, *, announcement: bool) -> DateLine | None:
    """The page's own visible date line, else the dateline opening its text ("Ostrava,
    2 June 2025 – The President..."); on an announcement only a labelled one.  A date an
    event's class marks serves when no other is found and the event is the page's own item
    (``_items_own``: "b-event__date" in the "b-event" box that holds the title)."""
    items_date: DateLine | None = None
    for node, text in with_widgets(header.lines):
        found = read_date_line(text)
        if found is None or UPDATED_LABEL.search(found[1]):
            found = published_part(text) or found
        if found is None:
            found = place_element_after(node, text)
        if found is None or ANNOUNCE_TEXT.search(text):
            continue
        date, label, after = found
        label = f"{sibling_label(node)} {label}"
        if of_event_or_update(node, label):
            if items_date is None and not announcement and _items_own(node, header.title) \
                    and not (EVENT_LABEL.search(label) or UPDATED_LABEL.search(label)
                             or TODAY.search(node.attributes.get("class") or "")):
                items_date = DateLine(date, None, False)
            continue
        labelled = PUBLISHED_LABEL.search(label) is not None or marked_published(node)
        if announcement and not labelled:
            continue  # the date over an announcement is most often its event's
        if beside_other_title(node, header.container, header.title):
            continue
        place = None if by_author(node) else dashed_place(text, after) if labelled \
            else place_of(found[1]) or place_name(after)
        if "T" not in date and (clock := time_beside(node)) is not None:
            date = f"{date}T{clock}"  # "<span>12.10.2026</span> <span>14:25</span>"
        return DateLine(date, None if place and in_section_mark(node, place) else place, labelled)
    return None if announcement else items_date or opening_dateline(header.opening)


def _items_own(node: LexborNode, title: LexborNode | None) -> bool:
    """Whether an element is a part of the box that holds the title, as its class names it
    ("b-event__date" in the "b-event" that holds the <h1>): the page's item is the event."""
    if title is None:
        return False
    blocks = {c.split("__")[0] for c in (node.attributes.get("class") or "").split() if "__" in c}
    current = node.parent
    while current is not None and current.tag != "body":
        if blocks & set((current.attributes.get("class") or "").split()):
            return is_inside(title, current)
        current = current.parent
    return False


def dashed_place(line: str, after: str) -> str | None:
    """The place after a labelled date (``after``, the line's words after it), set off by a
    dash or a dot ("Publié le 8 mars 2024 à 11h45 – Port-Aubrel", "... 2025 · Belcourt");
    other words after a label's date are a byline or a field."""
    return place_name(after) if after and DASHED.search(line[:len(line) - len(after)]) else None


def in_section_mark(node: LexborNode, words: str) -> bool:
    """Whether ``words`` beside a date are the page's section, not its place: a link's
    text or an element classed as a category ("<span class="cat">Statements</span>")."""
    for inner in node.traverse(include_text=False):
        if inner.tag == "a" or SECTION_CLASS.search(inner.attributes.get("class") or ""):
            if node_text(inner) == words:
                return True
    return False


def marked_published(node: LexborNode) -> bool:
    """Whether the markup says a date is the publication's: ``<time class="published">``,
    ``itemprop="datePublished"``."""
    attributes = node.attributes
    return PUBLISHED_LABEL.search(f"{attributes.get('class') or ''} "
                                  f"{attributes.get('itemprop') or ''}") is not None


def yearless_date(header: Header, year: int) -> tuple[str, LexborNode] | None:
    """The header's date line written without its year ("12 апреля, 14:05"), in ``year``,
    and its element: a short line that is the day, its month and a time, little else."""
    for node, text in header.lines:
        if len(text) > YEARLESS_LINE_CHARS or HAS_YEAR.search(text):
            continue
        hit = find_day_month(text, year)
        if hit is not None and hit[1] <= YEARLESS_LABEL_CHARS and LINE_TAIL.match(text[hit[2]:]):
            return hit[0], node
    return None


def opening_clock(blocks: list[Block]) -> tuple[str | None, str | None, list[Block]]:
    """A transcript's clock line near its top ("1:14 P.M. EST", when it began): the short
    lines before it as the place, its time of day (with the zone's offset when the zone is
    one of ``ZONE_OFFSETS``), and the blocks after it."""
    for k, block in enumerate(blocks[:CLOCK_BLOCKS]):
        clock = CLOCK_LINE.match(block.text)
        if clock is None or not 0 < int(clock[1]) <= 12:
            continue
        hour = int(clock[1]) % 12 + (12 if clock[3] in "Pp" else 0)
        time = f"{hour:02d}:{clock[2]}{ZONE_OFFSETS.get(clock[4] or '', '')}"
        start = k
        while start and len(blocks[start - 1].text) <= CLOCK_PLACE_CHARS \
                and not blocks[start - 1].text.endswith("."):
            start -= 1  # "Harbour Hall" and "Port Lessa": a place may take two lines
        # The day in brackets between them ("(December 5, 2021)") is no part of the place.
        place = ", ".join(b.text for b in blocks[start:k] if not find_datetime(b.text)) or None
        return place, time, blocks[:start] + blocks[k + 1:]
    return None, None, blocks


def labelled_place(header: Header) -> str | None:
    """The place a header states as a field: "Location: Lessa", or ``<dt>Location</dt>
    <dd>Lessa</dd>`` (a government portal's metadata list)."""
    for node, text in header.lines:
        # "Datum: 07.05.2024 · Ort: Selbrück": a field among others on one line.
        said = next(filter(None, map(PLACE_FIELD.match, FIELD_SEP.split(text))), None)
        if said and place_name(said.group(1).strip()):
            return said.group(1).strip()
        # A place's own line first (few capitalised words), then the label beside it.
        if not said and place_name(text) and PLACE_LABEL.fullmatch(
                sibling_label(node).strip().rstrip(":：").strip()):
            return text
        # The label's line, its value in the element after it ("<div>Lieu</div>
        # <div>Port Vell</div>", a content system's field).
        value = next_element(node) if PLACE_LABEL.fullmatch(text.rstrip(":： ")) else None
        if value is not None and place_name(shown := node_text(value)):
            return shown
    return None


def updated_date(header: Header) -> str | None:
    """The date of the page's last update, when it states no other: "Updated: 15 August
    2024 21:45" alone is the nearest to a publication date the page gives."""
    for node, text in header.lines:
        found = read_date_line(text)
        if found is not None and UPDATED_LABEL.search(f"{sibling_label(node)} {found[1]}") \
                and not beside_other_title(node, header.container, header.title):
            return found[0]
    return None


def published_part(text: str) -> tuple[str, str, str] | None:
    """The date of a line's publication label when an update's comes first ("Updated:
    1 January 2024 · Published: 16 December 2012")."""
    label = PUBLISHED_LABEL.search(text)
    return read_date_line(text[label.start():]) if label is not None and label.start() else None


def with_widgets(lines: list[tuple[LexborNode, str]]) -> list[tuple[LexborNode, str]]:
    """The header's lines, and before a run of short ones in one element, that element's
    words together: a date widget sets day, month and year each in an element of its own
    ("<span>16</span><span>Dec</span><span>2012</span>")."""
    out: list[tuple[LexborNode, str]] = []
    parents = [node.parent for node, _ in lines]
    ids = [p.mem_id if p is not None else None for p in parents]
    k = 0
    while k < len(lines):
        parent = parents[k]
        end = k + 1
        while parent is not None and end < len(lines) and ids[end] == ids[k]:
            end += 1
        joined = " ".join(text for _, text in lines[k:end])
        # A run of which one line is a whole date line ("Termine" over "Lessa, 14. März
        # 2025") is no widget: a section's word would be read as a part of the place.
        if end - k > 1 and parent is not None and len(joined) <= WIDGET_MAX_CHARS \
                and not any(read_date_line(text) for _, text in lines[k:end]):
            out.append((parent, joined))
        out.extend(lines[k:end])
        k = end
    return out


def opening_dateline(opening: str) -> DateLine | None:
    """The place and date a press release's first paragraph opens with, before a dash (or a
    full stop: "Keldenburg, 6. März 2025. Die ...")."""
    found = next((hit for cut in OPENING_CUT.finditer(opening, 0, OPENING_CHARS)
                  if (hit := read_date_line(opening[:cut.start()])) is not None), None)
    if found is None:
        return None
    place = place_of(found[1]) or place_name(found[2])
    # Words before the date that are no place ("On 7 April 2025 - ...") make it a sentence.
    return DateLine(found[0], place, False) if place or not found[1].strip() else None


def opening_place(opening: str) -> str | None:
    """The place a first paragraph opens with: its dateline's, or the place alone in
    capitals before a dash ("KOTA BARUNA – Menteri ...")."""
    dateline = opening_dateline(opening)
    if dateline is not None:
        return dateline.place
    agency = AGENCY_DATELINE.match(opening[:OPENING_CHARS])
    if agency is not None:
        return place_name(agency.group(1))  # "Karsa, March 14 (ZNA) - ...", no year
    cabled = CJK_DATELINE.match(opening[:OPENING_CHARS])
    if cabled is not None:
        return cabled.group(1)
    yearless = YEARLESS_DATELINE.match(opening[:OPENING_CHARS])
    if yearless is not None and find_day_month(yearless.group(2), 2000) is not None:
        place = yearless.group(1)
        return place_name(place.title() if place.isupper() else place)
    bracketed = BRACKETED_OPENING_PLACE.match(opening[:OPENING_CHARS])
    if bracketed is not None:
        return place_name(bracketed.group(1))
    agency = ARABIC_AGENCY_DATELINE.match(opening[:OPENING_CHARS])
    if agency is not None:
        return agency.group(1)
    uncased = UNCASED_OPENING_PLACE.match(opening[:OPENING_CHARS])
    if uncased is not None:
        return uncased.group(1)  # "تل الورد – استقبل الرئيس ...": no capitals to tell
    alone = OPENING_PLACE.match(opening[:OPENING_CHARS])
    if alone is None:
        # "Nova Lunda – O Presidente ...": a place's capitalised words, a sentence after.
        named = NAMED_OPENING_PLACE.match(opening[:OPENING_CHARS])
        return place_name(named.group(1).rstrip(".")) if named and not any(
            map(office_word, named.group(1).split())) else None
    if len(alone.group(1)) <= ACRONYM_CHARS or ALERT.fullmatch(alone.group(1)):
        return None  # "NATO — ...", "EU – ...": an acronym; "BREAKING. ...": a flag, no place
    return not_section(place_name(alone.group(1).title()))


# 15:20, 15.20, 15h20, "18時30分", "18시 30분"; "18h" alone (French and Portuguese); not the
# day and month of 16.12.2012.
TIME_OF_DAY = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])(?:[:.h]|\s*[時时시]\s*)([0-5]\d)"
                         r"(?![\d:]|\.\d)|(?<![\d:.])([01]?\d|2[0-3])h(?![\w\d])")
CLOCK_LINE_CHARS = 24  # an element beside a date that gives its time: "13:50", "03:45 م"


def clock_of(text: str) -> str | None:
    """The first time of day in a text as ``HH:MM`` (``7:02 P.M.`` is ``19:02``; the
    Persian "۱۱:۴۵" is ``11:45``)."""
    if not text.isascii():
        text = text.translate(ASCII_DIGITS)
    match = TIME_OF_DAY.search(text)
    if match is None:
        return None
    if match.group(3):
        return f"{int(match.group(3)):02d}:00"
    hour = int(match.group(1))
    tail = text[match.end():match.end() + 6].lower().replace(".", "").lstrip()
    half = "p" if tail.startswith("pm") else "a" if tail.startswith("am") else \
        half_after(text[match.end():])  # "03:45 م", "3:05 μ.μ."
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{match.group(2)}"


def time_beside(node: LexborNode) -> str | None:
    """A time of day in the next sibling elements that hold little else (a split line), not
    in the element itself, whose own time its line gave ("Updated ..., 09:12" is none)."""
    current = node.next
    while current is not None and not current.is_element_node:
        current = current.next
    return time_near(current, first=1) if current is not None else None


def time_near(node: LexborNode, first: int = 0) -> str | None:
    """A time of day in the element's text or in the next sibling elements (a split line)
    that hold little else ("13:50", "03:45 م"; not a footer's "Printed on ..., 09:14")."""
    current: LexborNode | None = node
    for step in range(first, 3):
        if current is None:
            return None
        text = current.text(deep=True, separator=" ") or ""
        clock = clock_of(text) if step == 0 or len(text.strip()) <= CLOCK_LINE_CHARS else None
        if clock:
            return clock
        current = current.next
        while current is not None and not current.is_element_node:
            current = current.next
    return None


# A calendar's era after a date ("هـ ش", the solar Hijri's), and what may stand between the
# same day in two calendars ("۱۴۰۵/۰۳/۰۵ هـ ش - ۲۰۲۶/۰۵/۲۶", "... الموافق 4 مارس 2026م").
ERA_AFTER = re.compile(r"\s*(?:هـ\s?ش|ه\.\s?ش\.?|هـ\.?|ق\.)(?!\w)")
SAME_DAY = re.compile(r"[\s\-–—|/(),،]*(?:(?P<said>الموافق|corresponding to|ត្រូវនឹង|برابر با)"
                      r"[\s\-–—|/(),،]*)?", re.I)


def past_same_day(text: str, date: str, end: int) -> tuple[str, int]:
    """The date and where it ends, past its era and the same day in another calendar after
    it: the second calendar's reading when the line says they correspond ("الموافق"), or
    when it adds the time.  Without an era or that word, a second date is another one's
    ("Conseil des ministres du 4 mars 2026 4 mars 2026": a title and its own date)."""
    era = ERA_AFTER.match(text, end)
    end = era.end() if era else end
    gap = SAME_DAY.match(text, end)
    if gap is None or gap.end() >= len(text):
        return date, end
    again = find_datetime(text[gap.end():])
    if again is None or again[1] != 0:
        return date, end
    if gap.group("said"):
        return again[0], gap.end() + again[2]
    if era is not None and again[0][:10] == date[:10]:  # not a title's day before its date
        return (again[0] if "T" in again[0] else date), gap.end() + again[2]
    return date, end


# A zone's abbreviation (most end in "T": "AST", "IST", "CST"), which no place's name is.
ZONE_ABBREVIATION = re.compile(r"[A-Z]{1,3}T")


def read_date_line(text: str) -> tuple[str, str, str] | None:
    """(the date, the words before it, a place after it) when a line states a date and
    little else: a label or place before it, a time or place after it."""
    if len(text) > LINE_MAX_CHARS or not HAS_YEAR.search(text):
        return None  # one search spares the date finders a line without a year
    text = unglued_year(text)  # "10.12.2025<br>18:40" read as "10.12.202518:40"
    if text[:1] in BRACKETS_OPEN and text.rstrip()[-1:] in BRACKETS_CLOSE:
        text = text.strip()[1:-1]  # "（2025-10-14）", "[14.10.2025]": a listing's date set apart
    hit = find_datetime(text)
    if hit is None:
        return None
    date, start, end = hit
    date, end = past_same_day(text, date, end)
    if DAY_RANGE_BEFORE.search(text[:start]):
        return None  # "20.–21. Juni 2024", "12 to 14 May 2025": an event's days, no stamp
    # A line of fields ("Presidency of the Republic | 14 March 2024 | 3 min read"): the
    # date's own field is the line.
    label, tail = FIELD_SEP.split(text[:start])[-1], text[end:]
    if SINCE.search(label):
        return None  # "since 01.09.1999": a counter's or a service's start, no stamp
    label = past_venue(label)
    if tail.count(" - ") >= 2:
        tail = tail[:tail.index(" - ", tail.index(" - ") + 3)]  # "- Place - Issuing office"
    fields = FIELD_SEP.split(tail)
    # "Publié le 14 novembre 2025 · Belcourt": a place as the line's last field.
    field_place = place_name(fields[1].strip()) if len(fields) == 2 and not fields[0].strip() \
        and PUBLISHED_LABEL.search(label) and not any(c.isdigit() for c in fields[1]) \
        and len(fields[1].split()) <= PLACE_FIELD_WORDS and not CATCH_ALL.search(fields[1]) \
        and not any(office_word(w) for w in fields[1].split()) else None
    if not LINE_TAIL.match(tail):
        tail = fields[0]
    tail = COUNTER_TAIL.sub("", tail)  # "March 5, 2025 — 21:10 4 812": the views' counter
    if CORRESPONDING.search(label) is None and (
            (len(label) > LABEL_MAX_CHARS or len(label.split()) > LABEL_MAX_WORDS) and not (
                len(label) <= BYLINE_MAX_CHARS and (PUBLISHED_LABEL.search(label)
                                                    or "," in label and place_of(label)))
            or SENTENCE_END.search(label)):
        return None  # a byline may be longer: "Posted by the Press Office on ..."
    field_after = NEXT_FIELD.search(tail)
    if field_after and LINE_TAIL.match(tail[:field_after.start()]):
        tail = tail[:field_after.start()]  # "2025年04月07日 18:20 来源：总统府": the source's field
    # "26 марта 2025 года 15:00 Лесса": after a time, the place may follow with no mark.
    after = TAIL_PLACE.match(tail) or (BARE_PLACE.match(tail) if "T" in date else None)
    # A labelled line may go on after a separator ("Published 21 March 2025 · From: ...").
    if not LINE_TAIL.match(tail) and not (after or is_weekday(tail)) and not (
            PUBLISHED_LABEL.search(label) and tail.lstrip()[:1] in ("·", "•", "|", "–", "—")):
        return None
    if after and (is_weekday(after.group(1)) or ZONE_ABBREVIATION.fullmatch(after.group(1))):
        after = None  # "2:15 p.m. AST": a zone of more than one offset, no place
    clock = TIME_IN_TAIL.search(tail) if "T" not in date else None
    if clock and LINE_TAIL.match(tail):
        hour = int(clock.group(1)) % 12 if clock.group(3) else int(clock.group(1))
        hour += 12 if (clock.group(3) or "").lower() == "p" else 0
        date = f"{date}T{hour:02d}:{clock.group(2)}"
    return date, label, after.group(1) if after else field_place or ""


def past_venue(prefix: str) -> str:
    """A dateline's words before its date past a venue a full stop closes ("Palacio Real de
    Ribera. Valdoria, " before "11.03.2026"): the place's; else the words as they are."""
    venue, dot, rest = prefix.rpartition(". ")
    if dot and len(venue) <= VENUE_MAX_CHARS and venue[:1].isupper() and "," in rest \
            and all(len(word) <= 3 for word in venue.split() if word[:1].islower()) \
            and place_of(rest):
        return rest
    return prefix


def place_element_after(node: LexborNode, text: str) -> tuple[str, str, str] | None:
    """The date line whose place is an element of its own after the date, no mark between
    ("Giovedì, 18 Aprile 2024 <span>Castelfiora</span>")."""
    if not HAS_YEAR.search(text):
        return None  # most header lines hold no date at all: no element text is read
    own = " ".join(node.text(deep=False).split())
    if not own or own == text or not text.startswith(own):
        return None
    found = read_date_line(own)
    place = place_name(text[len(own):].strip()) if found is not None else None
    return (found[0], found[1], place) if found is not None and place else None


def of_event_or_update(node: LexborNode, label: str) -> bool:
    """True for an event's date (its class or label says so: "When:", "会议时间："), the
    site's date of today or a later update's (its label does)."""
    if UPDATED_LABEL.search(label) or EVENT_LABEL.search(label):
        return True
    current: LexborNode | None = node
    for _ in range(2):
        if current is None:
            return False
        classes = current.attributes.get("class") or ""
        if EVENT_CLASS.search(classes) or UPDATED_LABEL.search(classes):
            return True
        current = current.parent
    return False


def sibling_label(node: LexborNode) -> str:
    """The short label just before a value, as ``<dt>Published</dt><dd>date</dd>`` has it."""
    before = previous_element(node)
    if before is None:
        return ""
    text = node_text(before)
    # A line with a year of its own is another date line ("Last updated ..."), no label.
    return text if len(text) <= LABEL_MAX_CHARS and not HAS_YEAR.search(text) else ""


def beside_other_title(node: LexborNode, container: LexborNode | None = None,
                       title: LexborNode | None = None) -> bool:
    """True for a line of another page's teaser: in a linked list item, or in a box that
    holds a link with a title's worth of words, up to the box that holds the page's title
    (``title``, else an <h1>) or the main text (whose links, "Send to a friend", are its
    own, and so are those of a related box beside it)."""
    current: LexborNode | None = node
    for level in range(TEASER_LEVELS + 1):
        if current is None or current.tag in ("body", "html") or container is not None and (
                current.mem_id == container.mem_id or is_inside(container, current)) \
                or (is_inside(title, current) if title is not None
                    else current.css_first("h1") is not None):
            return False
        if is_beside(current):
            return True
        links = current.css("a")
        if current.tag == "li" and links:
            return True
        # The line's own links ("From: <a>the Prime Minister's Office</a>") are its label's.
        if level and any(map(_teaser_link, links)):
            return True
        current = current.parent
    return False


def _teaser_link(link: LexborNode) -> bool:
    """A link with a title's worth of words, no institution's name ("Presidencia de la
    República" beside a date is the issuing office's)."""
    text = node_text(link)
    return len(text.split()) >= TEASER_TITLE_WORDS and not proper_name(text)


def proper_name(text: str) -> bool:
    """An institution's name ("Presidencia de la República", "Prime Minister's Office"):
    a few words, each capitalised but the short links between them; no page's title."""
    words = text.split()
    return len(words) <= PROPER_NAME_WORDS and words[0][:1].isupper() and all(
        w[:1].isupper() or len(w) <= LINK_WORD_CHARS and w.isalpha() for w in words)


REGION = re.compile(r"\s*\([^\W\d][^()\d]{0,30}\)")
PROPER_NAME_WORDS = 5
# "since" before a date ("visitors since 01.09.1999", "с 01.09.1999", "seit 1999").
SINCE = re.compile(r"(?:^|\s)(?i:since|seit|depuis|desde|dal|od|с|з|від|sedan|siden|sinds|"
                   r"vanaf)\s*$")
SECTION_NAME_WORDS = 3  # "Press releases", "Discursos y declaraciones"
# A site's sections, and the genres a kicker names, in the words of the month tables'
# languages: never a dateline's place.
SECTION_NAMES = re.compile(
    r"(?i:speech(?:es)?|remarks|interviews?|transcripts?|proclamations?|readouts?|letters?|"
    r"messages?|decrees?|briefings?|discours|entretiens?|discursos?|entrevistas?|"
    r"intervista|interviste|reden?|ansprachen?|mitschriften?|tiedote|puheet|"
    r"haastattelu(?:t)?|wywiad(?:y)?|wystąpieni[ae]|rozhovor(?:y)?|projev(?:y)?|"
    r"выступлени[ея]|интервью|стенограммы?|виступ(?:и)?|інтерв['’]ю)")
LINK_WORD_CHARS = 3  # "de", "la", "of", "the", "und", "des"
CLOSING_PLACE = re.compile(r"(?:fait|done|given|dado|hecho|feito|dato|gegeben|издаден[оа]?|"
                           r"дадено|dano|dáno|dané),?\s+"
                           r"(?:à|at|in|en|em|a|в|във|u|w|v)\s+(?:the (?:city|town) of\s+)?"
                           r"(?P<place>[^\W\d_][\w'’\- ]{1,40}?)"
                           r"\s*,?\s+(?:le|on|this|the|el|a|em|il|am|den|на|dne|dňa|\d{1,4})\b",
                           re.IGNORECASE)
# A closing formula stands among a text's last lines, the signatures under it (two parties' of
# three lines each: "For the Republic of X" / the name / the office).
CLOSING_LINES = 8
CLOSING_CHARS = 120


# A kicker's genre glued before a dateline's place ("Pressemitteilung Kerstadt, 02.03.2026",
# "Carta Puerto Almendro, 15/05/2031"): no part of the place.
GENRE_BEFORE = re.compile(
    r"^(?i:(?:press|media|news) release|pressemitteilung|pressemeldung|communiqué(?: de presse)?|"
    r"comunicado(?: de prensa)?|comunicato(?: stampa)?|tisková zpráva|komunikat(?: prasowy)?|"
    r"persbericht|pressmeddelande|пресс-релиз|nota de prensa|carta|lettre|letter|lettera|"
    r"brief|discurso|discours|rede|speech|discorso|statement|declaración|déclaration|"
    r"erklärung|dichiarazione)\s+(?=[A-ZÀ-ÞА-ЯЁ])")


def place_of(label: str) -> str | None:
    """The place of a dateline ("Ostrava, " before the date), not a weekday or a label."""
    said = ARABIC_IN.fullmatch(label.strip())
    if said is not None:
        return said.group(1)  # "المنارة في 14 مايو 2024": the place "in" the date
    # The Arabic and the Ethiopic comma ("سپیدشهر، ۲۴ اسفند", "አዲስ ወይና፣ ግንቦት 6"); a
    # region in brackets after the city ("San Leandro (Cauquén), 5 de marzo").
    parts = [REGION.sub("", part).strip() for part in COMMAS.sub(",", label).split(",")]
    last = parts[-1].split()
    if len(parts) >= 2 and (is_weekday(parts[-1]) or len(last) == 2
                            and last[0].lower() in PLACE_JOINERS and is_weekday(last[1])):
        # "Lessa, miércoles 12 de marzo", "Lessa, le vendredi 17 mai": the weekday goes with
        # the date.
        parts[-1] = ""
    if len(parts) < 2 or parts[-1] and parts[-1].lower() not in PLACE_JOINERS:
        return None
    names = [_kicker_off(p) for p in parts[:-1] if p and not is_weekday(p)]
    if names and names[-1].split() and is_weekday(names[-1].split()[-1]):
        return None  # "Interview Mittwoch, 11. September": a kicker over the date, no place
    if len(names) == 2 and all(map(is_proper, names)):
        # "Palácio da Alvorada, Lessa, 18 de abril": a venue and its city.
        venue, city = place_name(names[0]), place_name(names[1])
        return f"{venue}, {city}" if venue and city else None
    return (place_name(names[0]) or uncased_place(names[0])) if len(names) == 1 else None


def _kicker_off(name: str) -> str:
    """A place without the genre a kicker above it left on its line: a release's words
    (``GENRE_BEFORE``, "Pressemitteilung Kerstadt"), or a word naming a kind or a section
    ("Transcript Kelt")."""
    name = GENRE_BEFORE.sub("", name)
    first, _, rest = name.partition(" ")
    return rest if rest and (SECTION_LABEL.fullmatch(first) or names_kind(first)) else name


def uncased_place(name: str) -> str | None:
    """A dateline's place in a script without capitals ("አዲስ ወይና", "سپیدشهر"): a word
    or three of letters, before the comma and the date."""
    words = name.split()
    return name if 0 < len(words) <= 3 and all(
        w.isalpha() and not w[:1].isupper() and not w[:1].islower() for w in words) else None


def is_proper(name: str) -> bool:
    """Whether every longer word of a name is capitalised ("Palais de l'Orée")."""
    return all(w[:1].isupper() for w in name.split() if len(w) > 3)


def closing_place(texts: list[str]) -> str | None:
    """The place a text's closing formula or its closing dateline names."""
    line = closing_dateline(texts)
    return line.place if line is not None else None


def closing_dateline(texts: list[str]) -> DateLine | None:
    """The place and date a text closes with: its closing formula ("Fait à Kandora, le 22
    janvier 2025", "Done at Lessa this 4th day of May", "Dado en Lessa, a 3 de marzo"), or
    a letter's place and date by its signature: under it ("Port Alder, 4 February 2024"
    under a short line), or over its closing and signature lines ("Kota Wirya, 17 Maret
    2031" / "Hormat saya," / the name / the office), a decree's number under it; never an
    outlet's credit under an interview's last answer."""
    last = len(texts) - 1
    for k in range(last, max(-1, last - CLOSING_LINES), -1):
        text = texts[k].strip()
        found = CLOSING_PLACE.match(text) if len(text) <= 2 * CLOSING_CHARS else None
        if found is not None:
            # "Done at Lessa on 30 April 2031, in two originals, ...": the formula's date
            # before its comma.
            dated = read_date_line(text.split(",", 2)[0] if text.count(",") > 1 else text)
            dated = dated or read_date_line(text[:CLOSING_CHARS].rsplit(",", 1)[0])
            return DateLine(dated[0] if dated else "", place_name(found.group("place")), False)
        if len(text) > CLOSING_CHARS:
            continue
        dated = read_date_line(CITY_WORD.sub("", text).rstrip("."))
        place = place_of(dated[1]) if dated else None
        if dated is None or place is None:
            continue
        signed_over = k == last and k >= 1 and _signature_line(texts[k - 1])
        if signed_over or k < last and all(map(_signature_line, texts[k + 1:])):
            return DateLine(dated[0], place, False)
    return None


def lone_dateline_place(texts: list[str], lead: str | None = None) -> str | None:
    """The place of a paragraph that is only a place and a date, among the text's first or
    last ones ("Lisvera, 12 de março de 2026" closing a note, "Ouessolo, le 10 mars 2026"
    over a letter, "Kimbari, aos 11 de Março de 2026." under a speech); never an outlet's
    credit under an interview ("Lessa Herald, 12 March 2025"), which names a medium or
    which its lead names."""
    ends = [*texts[:LONE_DATELINE_SPAN], *texts[-LONE_DATELINE_SPAN:]]
    for text in ends:
        text = text.strip().strip("*_").rstrip(".")
        if len(text) > CLOSING_CHARS or "," not in text:
            continue
        dated = read_date_line(CITY_WORD.sub("", text))
        if dated is not None and not dated[2].strip():
            place = place_of(dated[1])
            if place is not None:
                outlet = lead and place in lead or any(
                    w.lower() in MEDIA_WORDS for w in place.split())
                return None if outlet else place
    return None


def _signature_line(text: str) -> bool:
    """A line of a signature block: a name, an office, a closing ("Hormat saya,"), a
    number ("Nr. 1.024.")."""
    words = text.split()
    return len(words) <= SIGNATURE_WORDS and (not text.rstrip().endswith(SENTENCE_ENDS)
                                              or any(c.isdigit() for c in text))


def place_name(name: str) -> str | None:
    """A dateline's place as a name: capitalised, a few words, no digits, no label, no
    author ("By Jane Doe"); one written in capitals ("OSTRAVA") is given its usual case."""
    name = CITY_WORD.sub("", name).strip() or name
    if not name[:1].isupper() or not _place_sized(name.split()) \
            or any(c.isdigit() or c in ":;|/()" for c in name) or BYLINE.match(name) \
            or STAMP_WORD.search(name) or is_weekday(name) or NO_PLACE.search(name):
        return None
    return name.title() if name.isupper() else name


# Words before a date that name no place: a day said relatively ("Yesterday, 18:20"), a
# newsroom ("Redacción ACN"), an office ("Prime Minister's Office").
NO_PLACE = re.compile(r"(?i:^(?:yesterday|today|tonight|heute|gestern|hier|aujourd['’]hui|ayer|"
                      r"hoy|ontem|hoje|ieri|oggi|вчера|сегодня|dün|bugün)$|"
                      r"^(?:redacci[óo]n|reda[çc][ãa]o|r[ée]daction|redaktion|newsroom|"
                      r"news desk)\b|['’]s office$)")


def not_section(place: str | None) -> str | None:
    """A dateline's place, or None where its words name the page's section or genre
    ("Press releases, 02.05.2024", "Speeches, 16.05.2024", "Interview, 11.05.2024"): the
    line is still the date's, its words no place."""
    return None if place is None or names_section(place) else place


def names_section(name: str) -> bool:
    """Whether a dateline's words name a section or a genre."""
    # Whole words only: "Белоречье" holds a "речь" (speech) and is a town.
    return len(name.split()) <= SECTION_NAME_WORDS and (
        any(CATCH_ALL.match(word) for word in name.split())
        or SECTION_NAMES.fullmatch(name) is not None or name.lower() in SECTION_WORDS)


def _place_sized(words: list[str]) -> bool:
    """A few words, or a few more when all but the short ones are capitalised, as names
    are ("Lessa, Palace of the Republic")."""
    return len(words) <= PLACE_MAX_WORDS or len(words) <= PLACE_NAMED_WORDS and all(
        w[:1].isupper() for w in words if len(w) > 3)


def by_author(node: LexborNode) -> bool:
    """True for a byline (its class or its parent's names the author): a name, not a place."""
    parent = node.parent
    classes = f"{node.attributes.get('class') or ''} "
    if parent is not None:
        classes += parent.attributes.get("class") or ""
    return AUTHOR_CLASS.search(classes) is not None


def is_weekday(text: str) -> bool:
    """True for a weekday's name alone ("Lunes", "Pazartesi", "Mon."), in any case; the
    Romanian with the cedilla its old fonts wrote ("Marţi") or the comma ("Marți"), and
    Turkish and Kurdish with their own cedilla ("Çarşem")."""
    word = text.strip(" ,.;()–—-").lower()
    return word in weekday_table() or word.translate(COMMA_BELOW) in weekday_table()


# Romanian's comma below for its old cedilla; Arabic's alif with a hamza ("الإثنين") as
# the tables write it bare ("الاثنين").
COMMA_BELOW = str.maketrans("şţإأ", "șțاا")


