"""HTML extraction: fields of real and example pages, labels, listings, drops, site time."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from communique.errors import PageDropped
from communique.extract.header import UPDATED_LABEL
from communique.extract.html import extract_html
from communique.extract.metadata import tag_group
from communique.extract.sitetime import site_timezone, utc_offset, with_offset
from communique.models import Block, Document, Page, Source
from communique.pipeline import parse_page
from communique.report import Report
from communique.sources import iter_file_pages

from .conftest import DATA, EXAMPLES, KREMLIN, require

HTML_EXAMPLES = EXAMPLES / "html"


def html_page(content: bytes | str, *, url: str | None = None, path: str = "page.html") -> Page:
    return Page(content=content, format="html", url=url,
                source=Source(format="html", path=path, url=url))


def extract_file(path: Path, url: str | None = None) -> list[Document]:
    return extract_html(html_page(path.read_bytes(), url=url, path=str(path)))


def kremlin_gold() -> dict[str, dict[str, Any]]:
    require(KREMLIN.is_dir(), f"{KREMLIN} (the shared kremlin pages)")
    with (KREMLIN / "gold.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return {Path(row["file"]).stem: row for row in rows}


# --- real pages: one field per case -----------------------------------------------------

KREMLIN_FIELDS: list[tuple[str, str, Any]] = [
    ("17144", "published_at", "2012-12-16T11:00+04:00"),
    ("17521", "published_at", "2013-02-15T17:45+04:00"),
    ("42063", "published_at", "2001-07-05T00:00+04:00"),
    ("60836", "published_at", "2019-06-27T22:00+03:00"),
    ("54050", "published_at", "2017-03-16T15:00+03:00"),
    ("17521", "place", "The Kremlin, Moscow"),
    ("17144", "place", None),
    ("17521", "url", "http://en.kremlin.ru/events/president/news/17521"),
    ("17521", "site", "en.kremlin.ru"),
    ("17521", "language", "en"),
    ("17915", "tags", {"Geography": ["Krasnodar Territory"], "Topics": ["Sport"],
                       "Persons": ["Mutko Vitaly"]}),
    ("54050", "kind_hint", "announcement"),
    ("17521", "kind_hint", None),
    ("42063", "blocks", []),
]


@pytest.mark.parametrize(("stem", "field", "want"), KREMLIN_FIELDS,
                         ids=[f"{s}-{f}" for s, f, _ in KREMLIN_FIELDS])
def test_kremlin_field(stem: str, field: str, want: Any) -> None:
    gold = kremlin_gold()[stem]
    doc = extract_file(KREMLIN / gold["file"])[0]
    assert getattr(doc, field) == want


@pytest.mark.parametrize("stem", ["17144", "17521", "17723", "54050", "57201"])
def test_kremlin_title_and_lead_match_gold(stem: str) -> None:
    gold = kremlin_gold()[stem]
    doc = extract_file(KREMLIN / gold["file"])[0]
    assert doc.title == " ".join(gold["title"].split())
    assert (doc.lead or "").replace(" ", "") == gold["lead"].replace(" ", "")


@pytest.mark.parametrize("stem", ["17521", "17723", "55507", "57201"])
def test_kremlin_labels_reach_blocks(stem: str) -> None:
    gold = kremlin_gold()[stem]
    doc = extract_file(KREMLIN / gold["file"])[0]
    labels = {b.label for b in doc.blocks if b.label}
    assert {" ".join(s.split()) for s in gold["speakers"]} <= labels | {"Question (retranslated )"}


def test_kremlin_boilerplate_stays_out() -> None:
    doc = extract_file(KREMLIN / kremlin_gold()["17521"]["file"])[0]
    text = "\n".join(b.text for b in doc.blocks)
    for furniture in ("See also", "Publication status", "Direct link", "Economy and finance"):
        assert furniture not in text


# --- the non-statement pages --------------------------------------------------------------

def test_daily_feed_gives_teasers() -> None:
    require(KREMLIN.is_dir(), "the shared kremlin pages")
    docs = extract_file(KREMLIN / "nonstatement_pages" / "by-date_06.05.2017.html",
                        url="http://en.kremlin.ru/events/president/news/by-date/06.05.2017")
    assert len(docs) >= 10 and not any(d.complete for d in docs)
    first = docs[0]
    assert first.title == "Vladimir Putin took part in the Immortal Regiment march"
    assert first.published_at == "2017-05-09T15:20+03:00"
    assert first.url and first.url.startswith("http://en.kremlin.ru/events/president/news/")


@pytest.mark.parametrize(("name", "reason"), [
    ("page_1038.html", "paginated listing"),
    ("27624_photos.html", "photo gallery"),
    ("52899_videos.html", "video page"),
], ids=["paginated", "photos", "videos"])
def test_nonstatement_pages_are_dropped(name: str, reason: str) -> None:
    require(KREMLIN.is_dir(), "the shared kremlin pages")
    with pytest.raises(PageDropped) as caught:
        extract_file(KREMLIN / "nonstatement_pages" / name)
    assert caught.value.reason == reason


@pytest.mark.parametrize(("url", "reason"), [
    ("http://en.kremlin.ru/events/president/news/27624/photos", "photo gallery"),
    ("http://en.kremlin.ru/events/president/news/52899/videos", "video page"),
], ids=["photos", "videos"])
def test_media_pages_are_dropped_by_url_too(url: str, reason: str) -> None:
    require(KREMLIN.is_dir(), "the shared kremlin pages")
    name = "27624_photos.html" if "photos" in url else "52899_videos.html"
    page = Page(content=(KREMLIN / "nonstatement_pages" / name).read_bytes(), format="html",
                url=url, source=Source(format="warc", path="crawl.warc.gz", url=url))
    with pytest.raises(PageDropped, match=reason):
        extract_html(page)


# --- our own example pages ----------------------------------------------------------------

EXAMPLE_FIELDS = [
    ("statement_harbour", "title",
     "Statement by President Amara Velden on the opening of the Port Lessa harbour"),
    ("statement_harbour", "published_at", "2024-04-02T11:15+02:00"),
    ("statement_harbour", "lead", "President Amara Velden opened the new harbour of Port Lessa."),
    ("statement_harbour", "place", "Port Lessa"),
    ("statement_harbour", "language", "en"),
    ("statement_harbour", "url", "https://president.veloria.example/statements/2024/harbour-opening"),
    ("statement_harbour", "site", "president.veloria.example"),
    ("statement_harbour", "tags", {"Persons": ["Amara Velden"], "Geography": ["Port Lessa"],
                                   "Topics": ["Transport", "Economy"]}),
    ("transcript_press_conference", "published_at", "2024-05-14T16:40+02:00"),
    ("transcript_press_conference", "place", "Port Lessa"),
    ("transcript_press_conference", "tags", {"Topics": ["Foreign policy"]}),
    ("announcement_visit", "published_at", "2024-05-30T18:05"),
    ("announcement_visit", "kind_hint", "announcement"),
]


@pytest.mark.parametrize(("name", "field", "want"), EXAMPLE_FIELDS,
                         ids=[f"{n}-{f}" for n, f, _ in EXAMPLE_FIELDS])
def test_example_field(name: str, field: str, want: Any) -> None:
    doc = extract_file(HTML_EXAMPLES / f"{name}.html")[0]
    assert getattr(doc, field) == want


def test_example_statement_keeps_only_its_text() -> None:
    doc = extract_file(HTML_EXAMPLES / "statement_harbour.html")[0]
    assert [b.text[:20] for b in doc.blocks] == [
        "Citizens of Veloria,", "The harbour will car", "What comes next",
        "Next spring the rail", "I thank the engineer"]
    assert doc.blocks[2].heading


def test_example_transcript_labels() -> None:
    doc = extract_file(HTML_EXAMPLES / "transcript_press_conference.html")[0]
    assert [b.label for b in doc.blocks] == [
        "President of Veloria Amara Velden", None,
        "Prime Minister of Norland Erik Dahl (retranslated)", "Question", "Amara Velden",
        "Erik Dahl", None, None]
    assert doc.blocks[4].text.startswith("The first ferry will sail in June")
    assert doc.blocks[6] == Block("* * *", heading=True)


def test_example_daily_feed_teasers() -> None:
    docs = extract_file(HTML_EXAMPLES / "daily_feed.html")
    assert [(d.title, d.published_at, d.url, d.complete) for d in docs] == [
        ("Joint news conference with the Prime Minister of Norland", "2024-05-14T16:40",
         "https://president.veloria.example/transcripts/4471", False),
        ("Talks between Veloria and Norland in Port Lessa", "2024-05-14T13:00",
         "https://president.veloria.example/news/4470", False),
        ("Congratulations to the Kestrel Falls school choir on its victory", "2024-05-14T09:30",
         "https://president.veloria.example/news/4469", False),
    ]


# --- speaker labels in the markup ---------------------------------------------------------

LABELS = [
    ("<p><b>Amara Velden:</b> We will build it.</p>", "Amara Velden", "We will build it."),
    ("<p><strong>Amara Velden</strong>: We will build it.</p>", "Amara Velden",
     "We will build it."),
    ("<p><b>Erik Dahl</b> <i>(retranslated)</i><b>:</b> Thank you.</p>",
     "Erik Dahl (retranslated)", "Thank you."),
    ("<p><b>Amara\nVelden: </b>We will&nbsp;build it.</p>", "Amara Velden", "We will build it."),
    ("<p><b>Note</b> the harbour opens in June.</p>", None,
     "Note the harbour opens in June."),
    ("<p><span lang='en'><b>Amara Velden:</b> We will build it.</span></p>", "Amara Velden",
     "We will build it."),
    ("<p><b>Erik Dahl</b> (retranslated): Thank you.</p>", "Erik Dahl (retranslated)",
     "Thank you."),
    ("<p><b>President of Norland <a href='/persons/7'>Erik Dahl</a>&nbsp;</b>"
     "<i>(retranslated</i>):</p><p>Thank you.</p>",
     "President of Norland Erik Dahl (retranslated)", "Thank you."),
    ("<p><b>Port Lessa</b> (north pier) opens in June: all welcome.</p>", None,
     "Port Lessa (north pier) opens in June: all welcome."),
    ("<p><b>Port Lessa</b>): all welcome.</p>", None, "Port Lessa): all welcome."),
    ("<p><b>Question</b> (Lessa Radio) (through interpreter): When?</p>",
     "Question (Lessa Radio) (through interpreter)", "When?"),
    ("<p><b>Р.Мезар</b> (<i>как переведено</i>)<b>:</b> Спасибо.</p>",
     "Р.Мезар (как переведено)", "Спасибо."),
]


@pytest.mark.parametrize(("html", "label", "text"), LABELS,
                         ids=["colon-inside", "colon-after", "retranslated", "line-break",
                              "bold-word-no-colon", "wrapped-in-span", "note-in-plain-text",
                              "note-closed-outside-label-alone", "note-then-words",
                              "stray-bracket", "two-notes", "note-in-brackets-around-italics"])
def test_bold_labels(html: str, label: str | None, text: str) -> None:
    filler = "<p>" + "The harbour of Port Lessa has twelve piers and a ferry line. " * 3 + "</p>"
    page = f"<html><head><title>T</title></head><body><article>{html}{filler}</article></body>"
    doc = extract_html(html_page(page))[0]
    assert (doc.blocks[0].label, doc.blocks[0].text) == (label, text)


# --- dates and the site's time zone -------------------------------------------------------

ZONES = [
    ("en.kremlin.ru", "Europe/Moscow"),
    ("www.whitehouse.gov", "America/New_York"),
    ("www.gov.uk", "Europe/London"),
    ("www.elysee.fr", "Europe/Paris"),
    ("president.veloria.example", None),
    ("news.example.com", None),
    # a country code sold as a generic name names no country, unless under its government
    ("www.presidency-news.tv", None),
    ("www.gov.tv", "Pacific/Funafuti"),
    ("president.example.io", None),
]


@pytest.mark.parametrize(("host", "zone"), ZONES, ids=[h for h, _ in ZONES])
def test_site_timezone_from_country_code(host: str, zone: str | None) -> None:
    assert site_timezone(host) == zone


@pytest.mark.parametrize(("local", "offset"), [
    ("2001-01-15T10:00", "+03:00"), ("2001-07-05T10:00", "+04:00"),
    ("2013-02-15T17:45", "+04:00"), ("2017-03-16T15:00", "+03:00"),
], ids=["winter-2001", "summer-2001", "2013", "2017"])
def test_moscow_offsets_follow_history(local: str, offset: str) -> None:
    assert utc_offset("Europe/Moscow", local) == offset


@pytest.mark.parametrize(("stated", "zone", "want"), [
    ("2024-04-02T11:15:00+02:00", "Europe/Moscow", "2024-04-02T11:15+02:00"),
    ("2024-04-02T09:15:00Z", None, "2024-04-02T09:15+00:00"),
    ("2021-03-12T00:43:54+00:00", "America/New_York", "2021-03-11T19:43-05:00"),
    ("2024-04-02 11:15", "Europe/Paris", "2024-04-02T11:15+02:00"),
    ("2024-04-02", "Europe/Paris", "2024-04-02"),
    (None, "Europe/Paris", None),
], ids=["own-offset", "zulu", "utc-restated-locally", "site-zone", "date-only", "none"])
def test_with_offset(stated: str | None, zone: str | None, want: str | None) -> None:
    assert with_offset(stated, zone) == want


# --- through a WARC file ------------------------------------------------------------------

def test_warc_record_url_and_extraction(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc.gz"
    url = "https://president.veloria.example/transcripts/4471"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        body = (HTML_EXAMPLES / "transcript_press_conference.html").read_bytes()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response",
                                                      payload=io.BytesIO(body),
                                                      http_headers=headers))
    pages = list(iter_file_pages(warc, report=Report()))
    assert [p.url for p in pages] == [url]
    doc = extract_html(pages[0])[0]
    assert doc.title == "Joint news conference with the Prime Minister of Norland"
    assert sum(1 for b in doc.blocks if b.label) == 5


# --- pages in other shapes ----------------------------------------------------------------

@pytest.mark.parametrize("mark", ['itemprop="articleBody"', 'class="e-content"'],
                         ids=["schema-org", "microformats"])
def test_a_marked_article_body_gives_the_same_statement(mark: str) -> None:
    """The schema.org and the microformats mark of the body both lead to the transcript."""
    page = (HTML_EXAMPLES / "transcript_press_conference.html").read_text("utf-8")
    assert 'class="text e-content"' in page
    page = page.replace('class="text e-content"', f'class="text" {mark}')
    doc = extract_html(html_page(page))[0]
    assert [b.label for b in doc.blocks] == [
        "President of Veloria Amara Velden", None,
        "Prime Minister of Norland Erik Dahl (retranslated)", "Question", "Amara Velden",
        "Erik Dahl", None, None]


def test_text_in_br_lines_without_paragraphs() -> None:
    lines = "<br>".join(f"Line {n} of the decree of President Amara Velden on the harbour "
                        "fees in Port Lessa." for n in range(1, 5))
    page = (f"<html><head><title>Decree on harbour fees</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><div class='decree'>{lines}</div></body></html>")
    doc = extract_html(html_page(page))[0]
    assert [b.text[:6] for b in doc.blocks] == ["Line 1", "Line 2", "Line 3", "Line 4"]


def test_text_only_in_json_ld() -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Address to the nation",
                     "datePublished": "2024-01-01T00:05:00+01:00",
                     "articleBody": "Citizens of Veloria,\nA happy new year to you all."})
    page = (f"<html><head><script type='application/ld+json'>{ld}</script></head>"
            "<body><div id='app'></div></body></html>")
    doc = extract_html(html_page(page))[0]
    assert (doc.title, doc.published_at) == ("Address to the nation", "2024-01-01T00:05+01:00")
    assert [b.text for b in doc.blocks] == ["Citizens of Veloria,", "A happy new year to you all."]


def test_logo_h1_loses_to_the_page_title() -> None:
    body = "<p>" + "President Amara Velden met the harbour workers of Port Lessa. " * 4 + "</p>"
    page = ("<html><head><title>Meeting with harbour workers | Veloria</title>"
            "<meta property='og:title' content='Meeting with harbour workers'>"
            "<meta property='og:site_name' content='Veloria'></head>"
            f"<body><div class='brand'><h1>Veloria</h1></div><article>{body}</article></body>")
    assert extract_html(html_page(page))[0].title == "Meeting with harbour workers"


def test_visible_date_line_but_not_the_event_date() -> None:
    body = "<p>" + "On June 3, President Amara Velden will open the railway station. " * 3 + "</p>"
    page = ("<html><head><title>Visit to Kestrel Falls</title></head><body><article>"
            "<h1>Visit to Kestrel Falls</h1><div class='event-date'>June 3, 2024</div>"
            f"<div class='post-date'>2024-05-30 18:05</div>{body}</article></body></html>")
    assert extract_html(html_page(page))[0].published_at == "2024-05-30T18:05"


@pytest.mark.parametrize("page", [
    "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    "<html><body></body></html>",
], ids=["only-navigation", "empty-body"])
def test_page_without_text_is_dropped(page: str) -> None:
    with pytest.raises(PageDropped, match="no statement text"):
        extract_html(html_page(page))


def test_sections_of_one_text_are_taken_together() -> None:
    parts = "".join(
        f"<section class='part'><h2>Part {i}</h2>" + "".join(
            f"<p>Paragraph {i}.{j} of the speech of President Amara Velden on the harbours "
            "and railways of Veloria.</p>" for j in range(3)) + "</section>"
        for i in range(3))
    page = (f"<html><head><title>Speech</title></head><body><main><h1>Speech</h1>"
            f"<div class='speech'>{parts}</div></main></body></html>")
    doc = extract_html(html_page(page))[0]
    assert [b.text for b in doc.blocks if b.heading] == ["Part 0", "Part 1", "Part 2"]
    assert sum(1 for b in doc.blocks if not b.heading) == 9


def test_dated_feed_beside_the_statement_gives_teasers() -> None:
    body = "<p>" + "President Amara Velden spoke to the fishermen of Port Lessa. " * 3 + "</p>"
    feed = "".join(
        f"<li><a href='/news/{n}'>Teaser number {n} of the presidential news feed</a> "
        f"<time datetime='2024-05-1{n}'>May 1{n}, 2024, 1{n}:00</time></li>" for n in range(3))
    page = (f"<html><head><title>Fishermen</title></head><body><main><article><h1>Fishermen"
            f"</h1>{body}</article><ul class='feed'>{feed}</ul></main></body></html>")
    docs = extract_html(html_page(page, url="https://president.veloria.example/news/9"))
    assert [(d.complete, d.title[:15] if d.title else None) for d in docs] == [
        (True, "Fishermen"), (False, "Teaser number 0"), (False, "Teaser number 1"),
        (False, "Teaser number 2")]
    assert (docs[1].url, docs[1].published_at) == (
        "https://president.veloria.example/news/0", "2024-05-10T10:00")


def test_div_lines_without_paragraphs() -> None:
    lines = "".join(f"<div>Line {n} of the address of President Amara Velden to the "
                    "<a href='/parliament'>parliament</a> of Veloria.</div>" for n in range(1, 4))
    page = (f"<html><head><title>Address</title></head><body><div class='text'>{lines}"
            "</div></body></html>")
    doc = extract_html(html_page(page))[0]
    assert [b.text for b in doc.blocks] == [
        f"Line {n} of the address of President Amara Velden to the parliament of Veloria."
        for n in range(1, 4)]


def test_news_index_with_summaries_is_a_listing() -> None:
    items = "".join(
        f"<div class='item'><h3><a href='/news/{n}'>News item number {n} of the President"
        f"</a></h3><span class='when'><time datetime='2024-05-0{n + 1}'>May {n + 1}</time>"
        f"</span><p>{'Summary of what President Amara Velden did on that day. ' * 4}</p></div>"
        for n in range(5))
    page = (f"<html><head><title>News</title></head><body><main><div class='news'>{items}"
            f"</div></main></body></html>")
    docs = extract_html(html_page(page, url="https://president.veloria.example/news"))
    assert [d.title for d in docs] == [f"News item number {n} of the President"
                                        for n in range(5)]
    assert not any(d.complete for d in docs) and docs[0].blocks[0].text.startswith("Summary")


def test_link_only_lines_are_left_out() -> None:
    body = "<p>" + "President Amara Velden signed the harbour decree today. " * 3 + "</p>"
    page = (f"<html><head><title>Decree</title></head><body><article>{body}"
            "<p><a href='/decree.pdf'>Download the decree</a></p></article></body></html>")
    assert len(extract_html(html_page(page))[0].blocks) == 1


# --- fictional pages in the shapes of other official sites -----------------------------------

BLOG_STYLE = """<!DOCTYPE html><html lang="en-US"><head>
<title>Remarks by President Velden at the Harbour Forum | The Office of the President</title>
<meta property="og:title"
 content="Remarks by President Velden at the Harbour Forum | The Office of the President">
<meta property="og:site_name" content="The Office of the President">
<meta property="article:published_time" content="2024-03-12T00:43:54+00:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebPage", "datePublished": "2024-03-12T00:43:54+00:00"},
 {"@type": "BreadcrumbList", "itemListElement": []}]}</script></head>
<body><header class="header"><nav><a href="/">The Office of the President of Veloria</a></nav>
</header>
<main id="main-content"><article>
<section class="topper"><div class="topper__byline">Speeches and Remarks</div>
<h1 class="topper__title">Remarks by President Velden at the Harbour Forum</h1>
<div class="topper__meta"><time datetime="2024-03-11T19:43:54-05:00">March 11, 2024</time></div>
</section>
<section class="body-content"><div class="container">
<p>Harbour Hall<br>Port Lessa</p><p>7:02 P.M.</p>
<p>THE PRESIDENT: Good evening, everyone. The harbour forum meets for the tenth time.</p>
<p>We have built twelve piers, and we will build a railway to the harbour gates.</p>
<p>Thank you all. (Applause.)</p></div></section>
<section class="share-links"><a href="https://social.example/share">Share on social media</a>
</section>
</article></main><footer><p>The Office of the President of Veloria, Port Lessa</p></footer>
</body></html>
"""

GOVERNMENT_STYLE = """<!DOCTYPE html><html lang="en"><head>
<title>Prime Minister's statement on the floods - GOV.VL</title>
<meta name="govvl:first-published-at" content="2024-02-01T09:30:00.000+00:00">
<meta name="govvl:updated-at" content="2024-02-03T12:00:00.000+00:00"></head>
<body><div class="banner" role="banner"><a href="/">GOV.VL</a></div>
<main id="content"><div class="grid-row">
<h1 class="title">Prime Minister's statement on the floods</h1>
<div class="metadata"><dl><dt>From:</dt><dd><a href="/pm">Prime Minister's Office</a></dd>
<dt>Published</dt><dd>1 February 2024</dd></dl></div>
<div class="body"><div class="govspeak">
<p>The floods in Kestrel Falls have taken homes and fields from hundreds of families.</p>
<p>Today the government releases emergency funds for every family that lost its home.</p>
</div></div></div></main>
<footer class="footer"><p>All content is available under the Open Government Licence.</p></footer>
</body></html>
"""


def test_blog_engine_style_page() -> None:
    doc = extract_html(html_page(BLOG_STYLE, url="https://president.veloria.example/x/"))[0]
    assert doc.title == "Remarks by President Velden at the Harbour Forum"
    # The meta's UTC stamp on the site's own clock, as its <time> element gives the moment
    # (the page shows "March 11, 2024").
    assert doc.published_at == "2024-03-11T19:43-05:00"
    # The room and the clock line over a transcript are its place and the time it began.
    assert doc.place == "Harbour Hall, Port Lessa"
    assert [b.text[:12] for b in doc.blocks] == ["THE PRESIDEN", "We have buil", "Thank you al"]


def test_government_portal_style_page() -> None:
    doc = extract_html(html_page(GOVERNMENT_STYLE))[0]
    assert doc.title == "Prime Minister's statement on the floods"
    assert doc.published_at == "2024-02-01T09:30+00:00"
    assert [b.text[:20] for b in doc.blocks] == ["The floods in Kestre", "Today the government"]


def test_date_mentioned_in_the_text_is_not_the_publication_date() -> None:
    page = ("<html><head><title>Visit</title></head><body><article><h1>Visit</h1>"
            "<p>On <time datetime='2024-06-03'>June 3</time>, President Amara Velden will "
            "visit Kestrel Falls and open the new railway station there.</p>"
            "<p>Published <time datetime='2024-05-30T18:05'>May 30, 18:05</time></p>"
            "</article></body></html>")
    assert extract_html(html_page(page))[0].published_at == "2024-05-30T18:05"


def test_data_table_rows_are_blocks() -> None:
    body = "<p>" + "The harbour of Port Lessa handled more ships than ever this year. " * 3
    table = ("<table><tr><th>Year</th><th>Ships</th></tr><tr><td>2023</td><td>1,200</td></tr>"
             "</table>")
    page = f"<html><head><title>Port</title></head><body><article>{body}</p>{table}</article>"
    doc = extract_html(html_page(page))[0]
    assert [b.text for b in doc.blocks[1:]] == ["Year Ships", "2023 1,200"]


def test_lead_and_place_come_from_the_statement_not_the_page_around_it() -> None:
    body = "<p>" + "President Amara Velden opened the new school in Kestrel Falls. " * 3 + "</p>"
    page = ("<html><head><title>School opening</title></head><body>"
            "<div class='welcome'><div class='intro'>Welcome to the presidential website</div>"
            "<div class='location'>You are here: Home</div></div>"
            "<div class='story'><h1>School opening</h1>"
            "<div class='summary'>The President opened a school.</div>"
            f"<span class='dateline'>Kestrel Falls</span><div class='text'>{body}</div></div>"
            "</body></html>")
    doc = extract_html(html_page(page))[0]
    assert (doc.lead, doc.place) == ("The President opened a school.", "Kestrel Falls")


@pytest.mark.parametrize(("text", "clock"), [
    ("06.05.2017 15:20", "15:20"), ("May 9, 2017, 15:20", "15:20"),
    ("12 mars 2024, 15h30", "15:30"),
    ("7:02 P.M. EST", "19:02"), ("12:10 am", "00:10"), ("2017-03-16", None),
], ids=["dotted-date", "english", "french", "pm", "midnight", "no-time"])
def test_clock_of(text: str, clock: str | None) -> None:
    from communique.extract.metadata import clock_of

    assert clock_of(text) == clock


RUSSIAN_STYLE = """<html lang="ru"><head>
<title>Встреча с рыбаками Порт-Лессы • Президент Велории</title>
<meta property="og:url" content="http://prezident.veloria.ru/events/9"></head><body>
<article class="story"><h1>Встреча с рыбаками Порт-Лессы</h1>
<div class="meta"><time datetime="2024-03-12">12 марта 2024 года</time>
<div class="clock">10:30</div>
<div class="place">Порт-Лесса</div></div>
<div class="story-text"><p><b>А.Велден:</b> Добрый день, уважаемые друзья!</p>
<p>Мы построили двенадцать причалов и новую дорогу к гавани.</p>
<p><b>Вопрос:</b> Когда откроется паромная линия?</p></div>
<div class="story-tags"><h3>Персоны</h3><ul><li><a rel="tag" href="/p/1">Велден Амара</a></li></ul>
<h3>География</h3><ul><li><a rel="tag" href="/g/1">Порт-Лесса</a></li></ul>
<h3>Темы</h3><ul><li><a rel="tag" href="/t/1">Транспорт</a></li></ul></div>
</article></body></html>"""


def test_russian_language_page() -> None:
    doc = extract_html(html_page(RUSSIAN_STYLE))[0]
    assert (doc.title, doc.published_at, doc.place, doc.language) == (
        "Встреча с рыбаками Порт-Лессы", "2024-03-12T10:30+03:00", "Порт-Лесса", "ru")
    assert doc.tags == {"Persons": ["Велден Амара"], "Geography": ["Порт-Лесса"],
                        "Topics": ["Транспорт"]}
    assert [b.label for b in doc.blocks] == ["А.Велден", None, "Вопрос"]


def test_div_paragraphs_keep_their_labels() -> None:
    page = ("<html><head><title>Interview</title></head><body><article><h1>Interview</h1>"
            "<div class='text'>"
            "<div><b>Question:</b> Madam President, what comes after the harbour?</div>"
            "<div><b>Amara Velden:</b> The railway to Kestrel Falls, and then the airport.</div>"
            "<p>The interview was recorded in Port Lessa on the eve of the harbour opening.</p>"
            "</div></article></body></html>")
    doc = extract_html(html_page(page))[0]
    assert [(b.label, b.text[:12]) for b in doc.blocks] == [
        ("Question", "Madam Presid"), ("Amara Velden", "The railway "), (None, "The intervie")]


# --- the header of pages in other languages and content systems ------------------------------

BODY = ("<p>President Amara Velden met the harbour workers of Port Lessa and spoke with them "
        "about the new piers, the railway to the harbour gates and the ferry line.</p>"
        "<p>The President thanked the workers for a record year of the harbour.</p>")


def header_page(header: str, *, head: str = "<title>Harbour visit</title>",
                article: str = "article", body: str = BODY) -> Document:
    """The statement of a page whose header (around its <h1>) is given, without any meta."""
    page = (f"<html><head>{head}</head><body><main>"
            f"<{article}>{header}<div class='text'>{body}</div></{article.split()[0]}>"
            "</main></body></html>")
    return extract_html(html_page(page))[0]


DATE_LINES = [
    ("es", "<span class='fecha'>Lunes 7 de abril de 2025</span><h1>Visita</h1>",
     "2025-04-07", None),
    ("de", "<h1>Rede</h1><div class='meta'>Ostrava, 2. Juni 2025</div>", "2025-06-02", "Ostrava"),
    ("fr", "<h1>Discours</h1><p>Publié le 14 mars 2025 à 18h30</p>", "2025-03-14T18:30", None),
    ("it", "<h1>Visita</h1><div>Porto Lessa, 3 aprile 2025</div>", "2025-04-03", "Porto Lessa"),
    ("pt", "<h1>Visita</h1><div>Lisboa, 5 de maio de 2025</div>", "2025-05-05", "Lisboa"),
    ("pl", "<h1>Wizyta</h1><div>Warszawa, 12 maja 2025</div>", "2025-05-12", "Warszawa"),
    ("uk", "<h1>Візит</h1><div>Київ, 12 березня 2025 року</div>", "2025-03-12", "Київ"),
    ("ru", "<h1>Визит</h1><div>12 марта 2025 года, 10:30</div>", "2025-03-12T10:30", None),
    ("en-weekday", "<h1>Visit</h1><div>Monday, 7 April 2025</div>", "2025-04-07", None),
    ("en-published", "<h1>Visit</h1><p>Published 21 March 2025 · From: <a href='/pm'>Prime "
     "Minister's Office</a></p>", "2025-03-21", None),
    ("numeric", "<h1>Besuch</h1><small>Ostrava, den 07.04.2025</small>", "2025-04-07", "Ostrava"),
    ("gov-list", "<h1>Statement</h1><dl><dt>Last updated</dt><dd>22 March 2025</dd>"
     "<dt>Published</dt><dd>21 March 2025</dd></dl>", "2025-03-21", None),
    ("place-after", "<h1>Discours</h1><div>7 avril 2025 - Port-Lessa</div>", "2025-04-07",
     "Port-Lessa"),
    ("byline", "<h1>Visit</h1><div>By Jane Doe, 7 April 2025</div>", "2025-04-07", None),
    ("author-class", "<h1>Visit</h1><div class='article-author'>Jane Doe, 7 April 2025</div>",
     "2025-04-07", None),
    ("capitals", "<h1>Visit</h1><div>PORT LESSA, 7 April 2025</div>", "2025-04-07",
     "Port Lessa"),
    ("tr-weekday-after", "<h1>Ziyaret</h1><div>7 Nisan 2025 Pazartesi</div>", "2025-04-07", None),
    # Year first (Chinese, Korean, Hungarian), and another field after the date on its line.
    ("zh-source-after", "<h1>通电话</h1><div class='info'>2025年04月07日 18:20 来源：总统府</div>",
     "2025-04-07T18:20", None),
    ("ko", "<h1>방문</h1><div>2025년 4월 7일</div>", "2025-04-07", None),
    ("hu", "<h1>Látogatás</h1><div>Budapest, 2025. április 7.</div>", "2025-04-07", "Budapest"),
    ("ar", "<h1>زيارة</h1><span class='date'>7 أبريل 2025</span>", "2025-04-07", None),
    ("author-field-after", "<h1>Visit</h1><div>7 April 2025 Author: Press Office</div>",
     "2025-04-07", None),
    ("ru-place-and-building-after-time", "<h1>Визит</h1><div class='dt'>24 июня 2025 года, "
     "12:00 &nbsp; Лесса, Дворец Республики</div>", "2025-06-24T12:00",
     "Лесса, Дворец Республики"),
]


@pytest.mark.parametrize(("header", "published", "place"), [c[1:] for c in DATE_LINES],
                         ids=[c[0] for c in DATE_LINES])
def test_visible_date_line_in_any_language(header: str, published: str,
                                           place: str | None) -> None:
    doc = header_page(header)
    assert (doc.published_at, doc.place) == (published, place)


NOT_THE_PAGES_DATE = [
    # A feed of other pages before the statement, in a column of its own.
    ("sidebar-feed", "<div class='col'><h4>Últimas noticias</h4><ul><li><a href='/n1'>Rey</a>"
     "<br>4 de abril de 2025</li></ul></div><h1>Visita</h1>"),
    ("teaser-box", "<div class='box'><a href='/n1'>El presidente recibe al rey de Norlandia</a>"
     "<span>4 de abril de 2025</span></div><h1>Visita</h1>"),
    ("event-class", "<h1>Visit</h1><div class='event-info'>Ostrava, 3 June 2025</div>"),
    ("announcement-word", "<h1>Visite</h1><div>Annonce, 3 juin 2025</div>"),
    ("sentence", "<h1>Visit</h1><div>On 3 June 2025 the President opens the new station of "
     "Kestrel Falls.</div>"),
    ("title-words", "<h1><span>Address of 3 June 2025</span></h1>"),
]


def test_publish_date_meta_of_chinese_content_systems() -> None:
    doc = header_page("<h1>通电话</h1>", head="<title>通电话</title><meta name='publishdate' "
                      "content='2025-04-07 18:20:00+08:00'>")
    assert doc.published_at == "2025-04-07T18:20+08:00"


@pytest.mark.parametrize(("stated", "published"), [
    ("2025-03-14", "2025-03-14T18:30"), ("2025-03-13", "2025-03-13"),
], ids=["same-day", "other-day"])
def test_stated_day_takes_its_time_from_the_date_line(stated: str, published: str) -> None:
    doc = header_page("<h1>Discours</h1><p>Publié le 14 mars 2025 à 18h30</p>",
                      head=f"<title>Discours</title><meta name='date' content='{stated}'>")
    assert doc.published_at == published


def test_date_line_above_the_title_of_a_page_without_boxes() -> None:
    page = ("<html><head><title>Visita</title></head><body><div class='fecha'>Lunes 7 de abril "
            f"de 2025</div><h1>Visita</h1><div class='cuerpo'>{BODY}</div></body></html>")
    assert extract_html(html_page(page))[0].published_at == "2025-04-07"


def test_banner_showing_todays_date_is_not_the_page_date() -> None:
    page = ("<html><head><title>Visita</title></head><body><div class='page'><div class='top'>"
            "<div class='hoy'>Lunes, 7 de abril de 2025</div></div><h1>Visita</h1><div "
            f"class='row'><div class='col'><div class='text'>{BODY}</div></div></div></div>"
            "</body></html>")
    assert extract_html(html_page(page))[0].published_at is None


@pytest.mark.parametrize("header", [c[1] for c in NOT_THE_PAGES_DATE],
                         ids=[c[0] for c in NOT_THE_PAGES_DATE])
def test_dates_of_other_things_are_not_the_page_date(header: str) -> None:
    doc = header_page(header)
    assert (doc.published_at, doc.place) == (None, None)


@pytest.mark.parametrize(("header", "published"), [
    ("<h1>Visit</h1><p>Published 20 March 2025</p><p>Last updated 22 March 2025</p>",
     "2025-03-20"),
    ("<h1>Visit</h1><p>Last updated 22 March 2025</p><p>20 March 2025</p>", "2025-03-20"),
    ("<h1>Visit</h1><p>Last updated 22 March 2025</p>", "2025-03-22"),
    ("<h1>Besuch</h1><p>Aktualisiert: 22.03.2025</p>", "2025-03-22"),
], ids=["published-first", "date-after", "update-only", "aktualisiert"])
def test_an_update_dates_the_page_only_when_nothing_else_does(header: str,
                                                              published: str) -> None:
    assert header_page(header).published_at == published


OPENING_DATELINES = [
    ("es", "Madrid, 7 de abril de 2025.- El presidente del Gobierno ha mantenido hoy una "
     "conversación telefónica con el primer ministro de Norlandia.", "2025-04-07", "Madrid"),
    ("en", "OSTRAVA, 2 June 2025 – The President opened the new harbour of Ostrava and spoke "
     "with the harbour workers about the railway.", "2025-06-02", "Ostrava"),
    ("no-place", "On 2 June 2025 - the day the harbour opened - the President spoke with the "
     "harbour workers about the railway and the ferry.", None, None),
]


@pytest.mark.parametrize(("opening", "published", "place"), [c[1:] for c in OPENING_DATELINES],
                         ids=[c[0] for c in OPENING_DATELINES])
def test_dateline_opening_the_text(opening: str, published: str | None,
                                   place: str | None) -> None:
    doc = header_page("<h1>Harbour</h1>", body=f"<p>{opening}</p>" + BODY)
    assert (doc.published_at, doc.place) == (published, place)
    assert doc.blocks[0].text == opening


def test_announcement_date_line_is_its_events_unless_labelled() -> None:
    event = header_page("<h1>Visit to Ostrava</h1><div>Ostrava, 3 June 2025</div>",
                        article="article class='announcement'")
    assert (event.kind_hint, event.published_at, event.place) == ("announcement", None, None)
    labelled = header_page("<h1>Visit to Ostrava</h1><div>Published 30 May 2025</div>",
                           article="article class='announcement'")
    assert labelled.published_at == "2025-05-30"


LEADS = [
    ("es-entradilla", "<h1>Visita</h1><h2 class='entradilla'>Ambos dirigentes acordaron "
     "reforzar la cooperación.</h2>", "Ambos dirigentes acordaron reforzar la cooperación."),
    ("fr-chapo", "<h1>Visite</h1><p class='chapo'>Le Président a visité le port.</p>",
     "Le Président a visité le port."),
    ("uk-standfirst", "<h1>Visit</h1><div class='article__standfirst'><p>The President visited "
     "the harbour.</p></div>", "The President visited the harbour."),
    ("de-vorspann", "<h1>Besuch</h1><div class='vorspann'>Die Präsidentin besuchte den Hafen."
     "</div>", "Die Präsidentin besuchte den Hafen."),
    ("it-sommario", "<h1>Visita</h1><div class='sommario'>Il Presidente ha visitato il porto."
     "</div>", "Il Presidente ha visitato il porto."),
    ("drupal-field", "<h1>Visit</h1><div class='field field--name-field-summary'>The President "
     "visited the harbour.</div>", "The President visited the harbour."),
    ("schema-description", "<h1>Visit</h1><div itemprop='description'>The President visited "
     "the harbour.</div>", "The President visited the harbour."),
    ("kicker-is-not-lead", "<div class='kicker'>Harbour news of the week</div><h1>Visit</h1>",
     None),
    ("kicker-after-title", "<h1>Visit</h1><p class='teaser__kicker'>Harbour news</p>", None),
    ("leader-is-not-lead", "<h1>Visit</h1><div class='leaders'>Amara Velden and her ministers"
     "</div>", None),
]


@pytest.mark.parametrize(("header", "lead"), [c[1:] for c in LEADS], ids=[c[0] for c in LEADS])
def test_lead_next_to_the_title(header: str, lead: str | None) -> None:
    doc = header_page(header)
    assert doc.lead == lead
    assert doc.blocks[0].text.startswith("President Amara Velden met")


def test_lead_opening_the_text_is_not_also_its_first_paragraph() -> None:
    inside = header_page("<h1>Visit</h1>", body="<p class='lead'>The President visited the "
                         "harbour.</p>" + BODY)
    repeated = header_page("<h1>Visit</h1><div class='summary'>The President visited the "
                           "harbour.</div>",
                           body="<p>The President visited the harbour.</p>" + BODY)
    for doc in (inside, repeated):
        assert doc.lead == "The President visited the harbour."
        assert [b.text[:13] for b in doc.blocks] == ["President Ama", "The President"]


DESCRIPTIONS = [
    ("summary", "Die Präsidentin würdigte die Arbeit der Hafenarbeiter.",
     "Die Präsidentin würdigte die Arbeit der Hafenarbeiter."),
    ("og-summary", None, "Die Präsidentin würdigte die Arbeit der Hafenarbeiter."),
    ("title", "Harbour visit", None),
    ("opening-of-the-text", "President Amara Velden met the harbour workers of Port Lessa.",
     None),
    ("truncated", "Die Präsidentin würdigte die Arbeit der Hafenarbeiter und …", None),
    ("names-the-site", "Official website of the President of Veloria.", None),
    ("not-a-sentence", "President of Veloria: speeches, statements and news", None),
    ("names-the-site-in-the-title", "Die Hafenkanzlei Velorien informiert über ihre Arbeit.",
     None),
]


@pytest.mark.parametrize(("description", "lead"), [c[1:] for c in DESCRIPTIONS],
                         ids=[c[0] for c in DESCRIPTIONS])
def test_description_is_the_lead_only_when_it_is_the_pages_summary(
        description: str | None, lead: str | None) -> None:
    head = ("<title>Harbour visit | Hafenkanzlei Velorien</title>"
            "<meta property='og:site_name' content='President of Veloria'>")
    head += (f"<meta name='description' content='{description}'>" if description else
             "<meta property='og:description' content='Die Präsidentin würdigte die Arbeit der "
             "Hafenarbeiter.'>")
    doc = header_page("<h1>Harbour visit</h1>", head=head)
    assert doc.lead == lead
    assert len(doc.blocks) == 2


@pytest.mark.parametrize(("kind", "lead"), [
    ("NewsArticle", "Die Präsidentin würdigte die Arbeit der Hafenarbeiter."),
    ("WebSite", None),
], ids=["article", "website"])
def test_json_ld_description_of_the_article_not_the_site(kind: str, lead: str | None) -> None:
    graph = {"@graph": [{"@type": kind, "description": "Die Präsidentin würdigte die Arbeit der "
                                                       "Hafenarbeiter."}]}
    script = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert header_page("<h1>Harbour visit</h1>", head=script).lead == lead


WORDPRESS_STYLE = """<!DOCTYPE html><html lang="en-GB"><head>
<title>Statement on the Ostrava floods &#8211; Office of the President</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-21T09:15:00+00:00">
</head><body class="post-template-default single">
<div id="masthead"><div class="site-title">Office of the President</div></div>
<div id="content" class="site-content"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Statement on the Ostrava floods</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/2025/03/21/floods/"
 rel="bookmark"><time class="entry-date published" datetime="2025-03-21T09:15:00+00:00">March 21,
 2025</time><time class="updated" datetime="2025-03-22T10:00:00+00:00">March 22, 2025</time></a>
</span></div></header>
<div class="entry-content"><p class="lead">The President thanked the rescue services.</p>
<p>Last night I chaired a meeting of the emergency committee on the floods in Ostrava.</p>
<p>More than 4,500 homes have been affected by the water this week.</p></div>
</article></div></body></html>"""

DRUPAL_STYLE = """<!DOCTYPE html><html lang="pl" dir="ltr"><head>
<title>Wizyta Prezydent w Ostrawie | Kancelaria Prezydenta Velorii</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type":
 "NewsArticle", "headline": "Wizyta Prezydent w Ostrawie",
 "datePublished": "2025-05-12T14:00:00+0200"}]}</script></head>
<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas">
<main role="main"><div class="region region-content"><article class="node node--type-article
 node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">Wizyta
 Prezydent w Ostrawie</span></h1>
<div class="node__meta"><span class="field field--name-created">Warszawa, 12 maja 2025</span>
</div>
<div class="clearfix text-formatted field field--name-field-lead">Prezydent Amara Velden
 odwiedziła port w Ostrawie.</div>
<div class="clearfix text-formatted field field--name-body"><p>Prezydent spotkała się z
 robotnikami portowymi i rozmawiała z nimi o nowych nabrzeżach i linii kolejowej.</p>
<p>Prezydent podziękowała za rekordowy rok portu.</p></div></article></div></main>
<div class="region region-sidebar"><div class="views-row"><a href="/n/1">Posiedzenie Rady
 Ministrów Velorii w Warszawie</a><span>10 maja 2025</span></div></div></div></body></html>"""

GOVUK_STYLE = """<!DOCTYPE html><html lang="en"><head>
<title>Prime Minister's statement on the floods - GOV.VL</title></head>
<body><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
<div class="gem-c-title"><span class="gem-c-title__context">Speech</span>
<h1 class="gem-c-title__text">Prime Minister's statement on the floods</h1></div>
<p class="gem-c-lead-paragraph">The Prime Minister set out support for flooded households.</p>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/pm">Prime Minister's Office</a>
</dd><dt>Published</dt><dd>21 March 2025</dd></dl></div>
<div class="govspeak"><p>The floods in Kestrel Falls have taken homes and fields from hundreds
 of families.</p><p>Today the government releases emergency funds for every family.</p></div>
</main></div></body></html>"""


@pytest.mark.parametrize(("page", "want"), [
    (WORDPRESS_STYLE, ("Statement on the Ostrava floods", "2025-03-21T09:15+00:00",
                       "The President thanked the rescue services.", None, "Last night I")),
    (DRUPAL_STYLE, ("Wizyta Prezydent w Ostrawie", "2025-05-12T14:00+02:00",
                    "Prezydent Amara Velden odwiedziła port w Ostrawie.", "Warszawa",
                    "Prezydent sp")),
    (GOVUK_STYLE, ("Prime Minister's statement on the floods", "2025-03-21",
                   "The Prime Minister set out support for flooded households.", None,
                   "The floods i")),
], ids=["wordpress", "drupal", "gov-uk"])
def test_content_system_shapes(page: str, want: tuple[str | None, ...]) -> None:
    """WordPress, Drupal and GOV.UK shapes: title, date, lead, place, first paragraph."""
    doc = extract_html(html_page(page))[0]
    assert (doc.title, doc.published_at, doc.lead, doc.place, doc.blocks[0].text[:12]) == want


@pytest.mark.parametrize(("name", "field", "want"), [
    ("es", "published_at", "2025-04-07"),
    ("es", "lead", "Ambos dirigentes han acordado reforzar la cooperación pesquera."),
    ("de", "place", "Ostrava"),
    ("de", "lead", "Die Bundespräsidentin würdigte die Arbeit der Hafenarbeiter."),
], ids=["es-date", "es-lead", "de-place", "de-lead"])
def test_probe_shaped_pages(name: str, field: str, want: str) -> None:
    pages = {
        "es": ("<html><head><title>La Moncloa Veloria | Conversación telefónica</title></head>"
               "<body><div class='navbar'><a href='/'>Inicio</a></div><div class='container'>"
               "<div class='row'><div class='col-md-8'><span class='fecha'>Lunes 7 de abril de "
               "2025</span><h1>Conversación telefónica</h1><h2 class='entradilla'>Ambos "
               "dirigentes han acordado reforzar la cooperación pesquera.</h2>"
               f"<div class='cuerpo'>{BODY}</div></div><div class='col-md-4'><h4>Últimas "
               "noticias</h4><ul><li><a href='/n1'>El presidente recibe al rey</a><br>4 de abril "
               "de 2025</li></ul></div></div></div></body></html>"),
        "de": ("<html lang='de'><head><title>Rede in Ostrava</title><meta name='description' "
               "content='Die Bundespräsidentin würdigte die Arbeit der Hafenarbeiter.'></head>"
               "<body><div class='main-col'><h1 class='title'>Rede in Ostrava</h1><div "
               f"class='meta'>Ostrava, 2. Juni 2025</div><div class='text'>{BODY}</div></div>"
               "</body></html>"),
    }
    doc = extract_html(html_page(pages[name]))[0]
    assert getattr(doc, field) == want


@pytest.mark.parametrize("furniture", [
    "<p><strong>Read also:</strong> <a href='/x'>Government approves the ferry budget</a></p>",
    "<p>Читайте также: <a href='/x'>Правительство одобрило бюджет паромной линии</a></p>",
    "<p>Lire aussi : <a href='/x'>Le gouvernement adopte le budget du ferry</a></p>",
    "<p>Photo: Press Service of the President</p>",
    "<p>Фото: пресс-служба Президента</p>",
], ids=["read-also", "ru-read-also", "fr-read-also", "photo-credit", "ru-photo-credit"])
def test_links_after_a_furniture_label_and_photo_credits_are_not_text(furniture: str) -> None:
    doc = header_page("<h1>Terminal</h1>", body=f"{BODY}{furniture}")
    assert [b.text for b in doc.blocks] == [b.text for b in header_page(
        "<h1>Terminal</h1>").blocks]


def test_paragraphs_between_brs_of_one_p_are_blocks_never_glued() -> None:
    body = ("<p><b>Amara Velden:</b> The harbour opens in May.<br><br>The railway follows."
            "</p><p><b>Question:</b><br>When does the ferry run?</p>")
    doc = header_page("<h1>Harbour</h1>", body=body)
    assert [(b.label, b.text) for b in doc.blocks] == [
        ("Amara Velden", "The harbour opens in May."), (None, "The railway follows."),
        ("Question", "When does the ferry run?")]


def test_text_for_screen_readers_only_is_not_the_statements() -> None:
    body = ("<p>The Government welcomes the ferry agreement<span class='sr-only'> (opens in a "
            "new window)</span>.</p><p>It enters into force in June<span "
            "class='element-invisible'>, PDF</span>.</p>")
    doc = header_page("<h1>Ferry</h1>", body=body)
    assert [b.text for b in doc.blocks] == ["The Government welcomes the ferry agreement.",
                                            "It enters into force in June."]


# A page of a template without class names: a menu of title links, the statement, and the
# template's metadata lines after it.
BARE_MENU = "".join(f"<li><a href='/s/{k}'>Section number {k} of the site</a></li>"
                    for k in range(8))
BARE_TEXT = ("<p>President Amara Velden met the fishermen of Port Lessa and heard their "
             "concerns about the new quotas.</p><p>The President promised that the quotas "
             "would be reviewed before the autumn season, with the fishermen's unions.</p>")


def bare_page(after: str, links: str = "") -> str:
    return (f"<html><head><title>Meeting with fishermen</title></head><body><div><ul>"
            f"{BARE_MENU}</ul><div><div><h1>Meeting with fishermen</h1>"
            f"<p>12 May 2025, 15:30</p>{BARE_TEXT}{after}{links}</div></div></div></body></html>")


def test_a_menu_link_grown_around_the_page_makes_no_listing() -> None:
    # A list of one link after the text looks like the menu's lists: its item's ancestors
    # hold no other such link, up to the page's whole text.  One "item" many times the
    # others' size is no teaser.
    doc = extract_html(html_page(bare_page("", "<ul><li><a href='/law'>Read the fisheries "
                                                "law</a></li></ul>")))[0]
    assert doc.complete and doc.title == "Meeting with fishermen"
    assert doc.published_at == "2025-05-12T15:30"
    assert doc.blocks[0].text.startswith("President Amara Velden met")


@pytest.mark.parametrize(("after", "last"), [
    # The template's metadata lines and their headings go, as a run.
    ("<p>Topics</p><p>Publication status</p><p>Published in sections: News, Meetings</p>"
     "<p>Publication date: May 12, 2025, 15:30</p><p>Direct link: velden.vl/d/1</p>",
     "with the fishermen's unions."),
    # A closing line of a few words (a letter's signature) is text.
    ("<p>Amara Velden</p>", "Amara Velden"),
    # A transcript's "Name: words" openings recur: the last turn is text.
    ("<p>Amara Velden: Good afternoon.</p><p>Ole Brun: Thank you, Madam President</p>"
     "<p>Amara Velden: Thank you</p>", "Amara Velden: Thank you"),
    # The closing marks of a press release: "***" and the typists' initials.
    ("<p>***</p><p>AV/RK</p>", "with the fishermen's unions."),
])
def test_the_end_of_a_text_without_template_lines(after: str, last: str) -> None:
    doc = extract_html(html_page(bare_page(after)))[0]
    assert doc.blocks[-1].text.endswith(last)


CARDS = "".join(
    f"<div><h3><a href='/n/{k}'>The President opened the new school number {k}</a></h3>"
    "<p>The President visited the region, opened a school and a hospital, and met families "
    "with children and the teachers of the new school to discuss their concerns.</p></div>"
    for k in range(5))


@pytest.mark.parametrize("cards", [
    f"<div class='related'><h2>Related</h2>{CARDS}</div>",
    f"<div><h2>More news</h2>{CARDS}</div>",  # named nothing: the cards' shape tells
])
def test_a_short_statement_outweighed_by_the_summaries_beside_it(cards: str) -> None:
    page = (f"<html><head><title>Decree</title></head><body>{BARE_MENU_LIST}<div><h1>Decree on "
            "the fishing quotas</h1><p>14 May 2025</p><div><p>The President signed a decree "
            "extending the fishing quotas of Port Lessa until the end of 2026.</p></div></div>"
            f"{cards}</body></html>")
    docs = extract_html(html_page(page))
    assert docs[0].complete and docs[0].title == "Decree on the fishing quotas"
    assert [b.text for b in docs[0].blocks] == [
        "The President signed a decree extending the fishing quotas of Port Lessa until the "
        "end of 2026."]


def test_a_page_of_cards_alone_is_a_listing() -> None:
    page = (f"<html><head><title>News</title></head><body>{BARE_MENU_LIST}<h1>News</h1>"
            f"<div>{CARDS}</div></body></html>")
    docs = extract_html(html_page(page))
    assert [d.title for d in docs] == [f"The President opened the new school number {k}"
                                       for k in range(5)]
    assert not any(d.complete for d in docs)


BARE_MENU_LIST = f"<ul>{BARE_MENU}</ul>"


def test_a_short_text_in_divs_without_paragraphs() -> None:
    # No <p> anywhere: the element whose own lines weigh most, though only a sentence long.
    page = ("<html><head><title>Decree</title></head><body><div><a href='/'>Home</a></div>"
            "<div><h1>Decree on the fishing quotas</h1><div>14 May 2025</div><div>The "
            "President extended the fishing quotas of Port Lessa and Norbu until the end of "
            "2026.</div></div></body></html>")
    doc = extract_html(html_page(page))[0]
    assert [b.text for b in doc.blocks] == [
        "The President extended the fishing quotas of Port Lessa and Norbu until the end of "
        "2026."]


def test_a_table_of_short_rows_is_one_text() -> None:
    # Each cell is a short line (under a sentence's worth): the table holds the text.
    rows = "".join(f"<tr><td><b>Question:</b></td><td>And the harbour, number {k}?</td></tr>"
                   f"<tr><td><b>Amara Velden:</b></td><td>It grows, number {k}.</td></tr>"
                   for k in range(12))
    page = (f"<html><head><title>Interview</title></head><body><h1>Interview with Amara "
            f"Velden</h1><table>{rows}</table></body></html>")
    doc = extract_html(html_page(page))[0]
    assert len(doc.blocks) == 24
    assert doc.blocks[-1].text.endswith("It grows, number 11.")


def test_links_to_tag_pages_are_the_pages_tags() -> None:
    # No rel="tag": the links to the site's tag pages are its tags all the same.
    page = ("<html><head><title>Fishermen</title></head><body><h1>Meeting with fishermen</h1>"
            "<div class='text'><p>President Amara Velden met the fishermen of Port Lessa and "
            "heard their concerns about the new quotas.</p></div><div class='article-tags'>"
            "<span>Tags:</span> <a href='/tag/fisheries'>Fisheries</a> "
            "<a href='/tags/port-lessa'>Port Lessa</a></div></body></html>")
    doc = extract_html(html_page(page))[0]
    assert doc.tags == {"Topics": ["Fisheries", "Port Lessa"]}
    for path in ("/taxonomy/term/12", "/etiket/balikcilik", "/Tag/fisheries"):
        doc = extract_html(html_page(page.replace("/tag/fisheries", path)))[0]
        assert doc.tags["Topics"][0] == "Fisheries", path
    assert [b.text for b in doc.blocks] == [
        "President Amara Velden met the fishermen of Port Lessa and heard their concerns "
        "about the new quotas."]


@pytest.mark.parametrize(("section", "url", "kind"), [
    ("<a class='topper__category' href='/presidential-actions/executive-orders/'>Executive "
     "Orders</a>", "https://velhouse.vl/presidential-actions/2025/03/restoring-the-harbour/",
     "document"),
    ("", "https://velhouse.vl/briefing-room/speeches-remarks/2025/03/05/at-the-harbour/",
     "speech"),
    ("<a rel='category tag' href='/c/interviews/'>Interviews</a>",
     "https://velhouse.vl/2025/03/05/harbour/", "interview"),
    ("", "https://velhouse.vl/2025/03/05/restoring-the-harbour/", "other"),
], ids=["category-link", "url-folders", "rel-category", "no-section"])
def test_the_section_names_the_kind_when_the_words_do_not(section: str, url: str,
                                                          kind: str) -> None:
    from communique.parse import parse_document

    page = (f"<html><head><title>Restoring the Harbour of Port Lessa</title></head><body>"
            f"<h1>Restoring the Harbour of Port Lessa</h1>{section}<div class='text'><p>By the "
            "authority vested in me by the Constitution of Veloria, the harbour of Port Lessa "
            "shall be rebuilt within two years.</p></div></body></html>")
    doc = extract_html(html_page(page, url=url))[0]
    assert parse_document(doc, Source(format="html")).kind == kind


def test_cards_around_a_short_line_end_the_search() -> None:
    # The short line's box holds the cards too: once looked past, the cards weigh nothing
    # there, and the search for the text beside them ends.
    page = (f"<html><head><title>News</title></head><body><div><p>A short line of the page "
            f"itself, here.</p>{CARDS}</div></body></html>")
    docs = extract_html(html_page(page))
    assert docs and all(d.title for d in docs)


@pytest.mark.parametrize("meta", [
    'name="dcterms.created"', 'name="publish-date"', 'name="parsely-pub-date"',
    'name="sailthru.date"', 'name="DC.date.issued"', 'itemprop="datePublished"',
])
def test_publication_time_in_the_meta_names_content_systems_use(meta: str) -> None:
    page = (f"<html><head><title>Fishermen</title><meta {meta} "
            "content='2025-03-12T10:15:00+01:00'></head><body><h1>Meeting with fishermen</h1>"
            "<div class='text'><p>President Amara Velden met the fishermen of Port Lessa and "
            "heard their concerns about the new quotas.</p></div></body></html>")
    assert extract_html(html_page(page))[0].published_at == "2025-03-12T10:15+01:00"


UNMARKED = ("<html><body><main><h1>Harbour opening in Lessa</h1>{between}"
            "<div class='content'><p>{body}</p><p>{body}</p></div></main></body></html>")
UNMARKED_BODY = "The President opened the new harbour of Lessa and spoke to its workers. " * 3


@pytest.mark.parametrize(("between", "lead"), [
    # A standfirst under a class name no table lists: sentences between title and text.
    ("<div class='detail-sapo'>The President opened the harbour and thanked the workers "
     "who built it.</div>",
     "The President opened the harbour and thanked the workers who built it."),
    ("<div class='dateline'>14 March 2025</div><p>The President opened the harbour and "
     "thanked the workers who built it.</p>",
     "The President opened the harbour and thanked the workers who built it."),
    # Not a lead: a date, a row of links, a caption, a line that ends no sentence.
    ("<p>14 March 2025</p>", None),
    ("<p><a href='/a'>Harbour</a> <a href='/b'>Workers of the Lessa port and fishermen</a> "
     "<a href='/c'>Veloria and its harbours in the north</a>.</p>", None),
    ("<figure><figcaption>The President at the harbour, with the workers who built "
     "it, on Friday.</figcaption></figure>", None),
    ("<p>The President opened the harbour and thanked the workers who built it</p>", None),
], ids=["sapo", "after-date", "date", "links", "caption", "no-sentence"])
def test_unmarked_lead_between_title_and_text(between: str, lead: str | None) -> None:
    [doc] = extract_html(html_page(UNMARKED.format(between=between, body=UNMARKED_BODY)))
    assert doc.lead == lead
    assert [b.text for b in doc.blocks] == [UNMARKED_BODY.strip()] * 2


SOFT = ("<html><body><main><h1>Interview to the Lessa Herald</h1><div class='text'>{paras}"
        "</div></main></body></html>")
SAYS = "We will build the harbour this year, and the railway to it the year after."
ASKS = "How much will the harbour cost the taxpayers of the republic?"


@pytest.mark.parametrize("opening,close", [
    ("<b>{}</b> –", ""), ("<b>{}.</b>", ""), ("<strong>{}</strong> —", ""),
], ids=["dash", "full-stop", "em-dash"])
def test_bold_names_closed_by_a_dash_or_a_full_stop_label_when_they_recur(
        opening: str, close: str) -> None:
    paras = "".join(f"<p>{opening.format(who)} {said}{close}</p>" for who, said in (
        ("Amara Velden", SAYS), ("Question", ASKS), ("Amara Velden", SAYS)))
    [doc] = extract_html(html_page(SOFT.format(paras=paras)))
    assert [(b.label, b.text) for b in doc.blocks] == [
        ("Amara Velden", SAYS), ("Question", ASKS), ("Amara Velden", SAYS)]


def test_capitals_without_a_mark_label_when_they_recur() -> None:
    paras = "".join(f"<p><strong>{who}</strong> {said}</p>" for who, said in (
        ("AMARA VELDEN", SAYS), ("QUESTION", ASKS), ("AMARA VELDEN", SAYS)))
    [doc] = extract_html(html_page(SOFT.format(paras=paras)))
    assert [b.label for b in doc.blocks] == ["AMARA VELDEN", "QUESTION", "AMARA VELDEN"]


def test_a_bold_dateline_once_is_no_label() -> None:
    paras = f"<p><b>LESSA</b> – {SAYS}</p><p><b>Amara Velden.</b> {SAYS}</p><p>{ASKS}</p>"
    [doc] = extract_html(html_page(SOFT.format(paras=paras)))
    assert [b.label for b in doc.blocks] == [None, None, None]
    assert doc.blocks[0].text == f"LESSA – {SAYS}"


@pytest.mark.parametrize(("opening", "rest", "lead"), [
    ("<p><em>The President opened the harbour and thanked the workers who built it.</em></p>",
     "", "The President opened the harbour and thanked the workers who built it."),
    ("<p><strong>The President opened the harbour and thanked the workers who built it."
     "</strong></p>", "", "The President opened the harbour and thanked the workers who built it."),
    # Emphasis that marks questions or sub-headings later on marks no lead.
    ("<p><b>The President opened the harbour and thanked the workers who built it.</b></p>",
     "<p><b>What comes next for the harbour and for the workers of the port?</b></p>", None),
    ("<p><b>Mr President, what will the harbour of Lessa mean for the fishermen?</b></p>",
     "", None),
    ("<p><b>Opening of the harbour</b></p>", "", None),
], ids=["italics", "bold", "emphasis-marks-questions", "a-question", "a-heading"])
def test_a_first_paragraph_wholly_emphasised_is_the_lead(opening: str, rest: str,
                                                         lead: str | None) -> None:
    body = f"<p>{UNMARKED_BODY}</p>"
    page = (f"<html><body><main><h1>Harbour opening in Lessa</h1><div class='content'>"
            f"{opening}{body}{rest}{body}</div></main></body></html>")
    [doc] = extract_html(html_page(page))
    assert doc.lead == lead
    assert (doc.blocks[0].text == UNMARKED_BODY.strip()) == (lead is not None)


def test_a_lead_box_heavier_than_a_short_text_is_not_the_text() -> None:
    page = ("<html><body><h1>Call with the Prime Minister of Estrava</h1>"
            "<div class='node'><div class='field-summary'><div>Amara Velden had a telephone "
            "conversation with Prime Minister of Estrava Oskar Lind, on the harbour of Lessa "
            "and on the ferry line between the two countries.</div></div><div class='body'>"
            "<p>The conversation took place at the Estravan side's initiative.</p></div></div>"
            "</body></html>")
    [doc] = extract_html(html_page(page))
    assert [b.text for b in doc.blocks] == [
        "The conversation took place at the Estravan side's initiative."]
    assert doc.lead is not None and doc.lead.startswith("Amara Velden had")


def test_a_table_layout_gives_its_date_line_and_its_shown_title() -> None:
    page = ("<html><head><title>Office of the President - Harbour day</title></head><body>"
            "<table><tr><td><a href='/'>Home</a><br><a href='/n'>News</a></td><td>"
            "<font size='4'><b>Harbour day</b></font><br>16 December 2012<br><br>"
            f"{UNMARKED_BODY}<br><br>{UNMARKED_BODY}</td></tr></table>"
            "<small>Copyright Office of the President</small></body></html>")
    [doc] = extract_html(html_page(page))
    assert (doc.title, doc.published_at) == ("Harbour day", "2012-12-16")
    assert doc.blocks[0].text == UNMARKED_BODY.strip()


LISTED = [("Harbour day", "2025-03-14"), ("Meeting with the harbour workers", "2025-03-13"),
          ("Telephone conversation with the King of Estrava", "2025-03-12"),
          ("Greetings to the fishermen of Port Lessa", "2025-03-11")]


def test_a_short_title_in_a_list_of_titles_is_an_item_a_menu_cell_is_not() -> None:
    rows = "".join(f"<tr><td>{d[8:]}/{d[5:7]}/{d[:4]}</td><td><a href='/n/{k}'>{t}</a></td></tr>"
                   for k, (t, d) in enumerate(LISTED))
    page = ("<html lang='fr'><body><table><tr><td><a href='/'>Accueil</a></td></tr></table>"
            f"<h1>Communiqués de presse</h1><table>{rows}</table></body></html>")
    docs = extract_html(html_page(page, url="https://president.vl/news/"))
    assert [(d.title, d.published_at, d.complete) for d in docs] == [
        (t, d, False) for t, d in LISTED]


def test_one_sentence_under_its_own_title_beside_a_column_of_news_is_the_statement() -> None:
    news = "".join(f"<div><span>{d}</span><h3><a href='/n/{k}'>{t}</a></h3><p>Amara Velden "
                   f"spoke about the harbour, the railway and the ferry line to Estrava.</p></div>"
                   for k, (t, d) in enumerate(LISTED))
    page = ("<html><body><div id='main'><div class='item'><h1>Call with the King of Estrava</h1>"
            "<div class='body'><p>The call took place at the Estravan side's initiative.</p>"
            f"</div></div></div><div id='side'><h2>More news</h2>{news}</div></body></html>")
    [doc, *teasers] = extract_html(html_page(page))
    assert doc.complete and doc.title == "Call with the King of Estrava"
    assert [b.text for b in doc.blocks] == [
        "The call took place at the Estravan side's initiative."]


@pytest.mark.parametrize(("page", "title"), [
    # The <h1> names the section; the statement's title is the <h2> under it.
    ("<title>Call with the King of Estrava — News — President of Veloria</title><body>"
     "<h1>News</h1><div><h2>Call with the King of Estrava</h2><p>{body}</p></div></body>",
     "Call with the King of Estrava"),
    # A short title in the <h1>, the site's name shown before it: the <h1> stays.
    ("<title>Harbour day | Office of the President of Veloria</title><body>"
     "<div class='site-title'>Office of the President of Veloria</div><h1>Harbour day</h1>"
     "<p>{body}</p></body>", "Harbour day"),
], ids=["section-h1", "short-title-h1"])
def test_an_h1_naming_the_section_gives_way_to_the_title_under_it(page: str,
                                                                 title: str) -> None:
    [doc] = extract_html(html_page("<html>" + page.format(body=UNMARKED_BODY) + "</html>"))
    assert doc.title == title


def test_a_social_post_embedded_in_the_text_is_not_the_statement() -> None:
    tweet = ("<blockquote class='twitter-tweet'><p>The President opened the harbour of Lessa "
             "today #harbour</p>&mdash; Press Office (@press) <a href='https://x.example/1'>"
             "March 14, 2025</a></blockquote>")
    page = (f"<html><body><h1>Harbour day</h1><div class='text'><p>{UNMARKED_BODY}</p>{tweet}"
            f"<p>{UNMARKED_BODY}</p></div></body></html>")
    [doc] = extract_html(html_page(page))
    assert [b.text for b in doc.blocks] == [UNMARKED_BODY.strip()] * 2


@pytest.mark.parametrize("body", [
    "<dl><dt>Amara Velden</dt><dd>{says}</dd><dt>Question</dt><dd>{asks}</dd>"
    "<dt>Amara Velden</dt><dd>{says}</dd></dl>",
    "<h4>Amara Velden</h4><p>{says}</p><h4>Question</h4><p>{asks}</p>"
    "<h4>Amara Velden</h4><p>{says}</p>",
    "<table><tr><td><b>Amara Velden</b></td><td>{says}</td></tr><tr><td><b>Question</b></td>"
    "<td>{asks}</td></tr><tr><td><b>Amara Velden</b></td><td>{says}</td></tr></table>",
], ids=["definition-list", "name-headings", "name-cells"])
def test_speakers_named_in_terms_headings_or_cells_of_their_own(body: str) -> None:
    [doc] = extract_html(html_page(SOFT.format(paras=body.format(says=SAYS, asks=ASKS))))
    assert [(b.label, b.text) for b in doc.blocks] == [
        ("Amara Velden", SAYS), ("Question", ASKS), ("Amara Velden", SAYS)]


def test_sub_headings_that_do_not_recur_label_nothing() -> None:
    body = (f"<h3>The harbour</h3><p>{SAYS}</p><h3>The railway</h3><p>{ASKS}</p>")
    [doc] = extract_html(html_page(SOFT.format(paras=body)))
    assert [(b.label, b.heading) for b in doc.blocks] == [
        (None, True), (None, False), (None, True), (None, False)]


@pytest.mark.parametrize(("head", "title"), [
    ("维洛里亚总统同诺兰迪亚总理通电话_新闻_维洛里亚政府网", "维洛里亚总统同诺兰迪亚总理通电话"),
    ("维洛里亚总统会见诺兰迪亚总理——维洛里亚政府网", "维洛里亚总统会见诺兰迪亚总理"),
    ("Harbour day in Port Lessa :: Office of the President", "Harbour day in Port Lessa"),
    ("Harbour day in Port Lessa opens the summer / Foreign Ministry",
     "Harbour day in Port Lessa opens the summer"),
], ids=["cjk-underscore", "cjk-dashes", "double-colon", "slash"])
def test_the_sites_name_comes_off_a_title_by_other_separators(head: str, title: str) -> None:
    page = f"<html><head><title>{head}</title></head><body><p>{UNMARKED_BODY}</p></body></html>"
    assert extract_html(html_page(page))[0].title == title


@pytest.mark.parametrize(("title", "published"), [
    ("Interview of the Minister to the Lessa Post, 8 April 2025", "2025-04-08"),
    ("Bakan Karahanlı'nın Lessa Postası'na Mülakatı, 8 Nisan 2025", "2025-04-08"),
    ("Joint press conference of the ministers, 15 April 2025, Port Arlen", "2025-04-15"),
    ("Address to the nation (3 May 2025)", "2025-05-03"),
    ("12 March 2025 – Address to the nation", "2025-03-12"),
    ("Remarks on the treaty of 9 May 1955 and the harbour", None),
    ("Interview to the Lessa Post", None),
], ids=["english", "turkish", "then-place", "brackets", "opening", "amid-words", "none"])
def test_a_date_only_in_the_title_dates_the_page(title: str, published: str | None) -> None:
    # Some ministries write the day only in the title; a date amid its words is its topic.
    page = (f"<html><head><title>{title} / Ministry of Foreign Affairs</title></head><body>"
            f"<div id='pageTitle'><span>{title}</span></div><p>{UNMARKED_BODY}</p></body></html>")
    assert extract_html(html_page(page))[0].published_at == published


@pytest.mark.parametrize("h1", [
    "<h1>Harbour day<br>in Lessa</h1>",
    "<h1><span class='kicker'>Interview</span> Harbour day in Lessa</h1>",
], ids=["line-break", "kicker-inside"])
def test_a_headings_line_break_parts_words_and_its_kicker_is_no_part_of_it(h1: str) -> None:
    page = f"<html><body>{h1}<p>{UNMARKED_BODY}</p></body></html>"
    assert extract_html(html_page(page))[0].title == "Harbour day in Lessa"


def test_a_leads_paragraphs_and_line_breaks_part_its_words() -> None:
    page = ("<html><body><h1>Harbour day</h1><div class='lead'><p>The twelfth part of the "
            "interview has been published.</p><p>The harbour<br>is open.</p></div>"
            f"<div class='text'><p>{UNMARKED_BODY}</p></div></body></html>")
    assert extract_html(html_page(page))[0].lead == (
        "The twelfth part of the interview has been published. The harbour is open.")


def test_a_description_box_of_many_paragraphs_is_the_text() -> None:
    # "news-description" holds the whole speech: a lead class word, but a body's paragraphs.
    paragraphs = "".join(f"<p>{s}</p>" for s in (
        "Dear brothers and sisters of Varanpur!", "Friends,",
        "Today the second phase of the Varanpur Metro opens.", "Four lakh people will use it.",
        "Thank you very much!"))
    page = ("<html><head><title>Address at the Varanpur Metro | PM</title></head><body>"
            "<div class='news-detail'><h1>Address at the Varanpur Metro</h1>"
            "<div class='news-date'>12 Jan, 2024</div>"
            f"<div class='news-description'>{paragraphs}</div></div></body></html>")
    doc = extract_html(html_page(page))[0]
    assert doc.lead is None
    assert [b.text for b in doc.blocks][0] == "Dear brothers and sisters of Varanpur!"
    assert len(doc.blocks) == 5


@pytest.mark.parametrize(("header", "published", "place"), [
    ("<h1>Conferencia</h1><p>Presidencia de la República | 14 de marzo de 2024</p>",
     "2024-03-14", None),
    # A date in the <h1>, in a date element of its own, is no part of the title.
    ("<h1><span class='news__date'>1 октября 2021 г.</span>Выступление на собрании</h1>",
     "2021-10-01", None),
    # A breadcrumb classed as the reader's "location" names no place.
    ("<div class='location'><a href='/'>Home</a> &gt; <a href='/b'>Briefings</a></div>"
     "<h1>Briefing</h1><p>16 March 2024</p>", "2024-03-16", None),
], ids=["fields-line", "date-in-heading", "breadcrumb-location"])
def test_header_shapes(header: str, published: str, place: str | None) -> None:
    doc = header_page(header)
    assert (doc.published_at, doc.place) == (published, place)
    assert doc.title is not None and not doc.title[:1].isdigit()


def test_a_sidebar_time_is_another_pages() -> None:
    page = ("<html><head><title>Condolences</title></head><body><div class='news'>"
            "<h2>Condolences</h2><div class='date'>24 September 2021, 12:10</div>"
            f"<div class='text'>{BODY}</div></div><aside><h3>Latest</h3><div><a href='/n'>"
            "The President met the harbour workers</a><time datetime='2021-09-24T15:00'>15:00"
            "</time></div></aside></body></html>")
    assert extract_html(html_page(page))[0].published_at == "2021-09-24T12:10"


def test_update_line_of_a_page_without_h1_beside_related_links() -> None:
    title = "Foreign Ministry Spokesperson Lin Yuan's Regular Press Conference"
    page = (f"<html><head><title>{title}</title></head><body><div class='content'>"
            f"<div class='title'>{title}</div><div class='time'>Updated: August 15, 2024 21:45"
            "</div>"
            f"<div class='editor'>{BODY}</div><div class='related'><p><a href='/1'>Regular "
            "Press Conference on August 14, 2024</a> 2024-08-14</p></div></div></body></html>")
    assert extract_html(html_page(page))[0].published_at == "2024-08-15T21:45"


def test_a_transcripts_clock_line_and_end_mark() -> None:
    page = ("<html><head><title>Press Briefing</title></head><body><main><h1>Press Briefing"
            "</h1><time>March 3, 2025</time><section class='body'>"
            "<p>Briefing Room</p><p>1:14 P.M. EST</p><p>MS. ORLEN: Good afternoon.</p>"
            "<p>Q Will the harbour open in May?</p><p>MS. ORLEN: It will.</p>"
            "<p>END 2:02 P.M. EST</p></section></main></body></html>")
    doc = extract_html(html_page(page))[0]
    assert (doc.published_at, doc.place) == ("2025-03-03T13:14-05:00", "Briefing Room")
    assert [b.text for b in doc.blocks][-1] == "MS. ORLEN: It will."


@pytest.mark.parametrize("mark", ["—000—", "-000-", "END", "END 2:02 P.M. EDT", "एमजी/एएम/आरके",
                                  "---ooOoo---", "-o0o-", "— END —", "*** FIN ***"])
def test_closing_marks_of_transcripts(mark: str) -> None:
    doc = header_page("<h1>Visit</h1>", body=f"{BODY}<p>{mark}</p>")
    assert doc.blocks[-1].text != mark


@pytest.mark.parametrize(("header", "place"), [
    ("<h1>Entrevista</h1><p>Palácio da Alvorada, Lessa, 18 de abril de 2024</p>",
     "Palácio da Alvorada, Lessa"),
    ("<h1>Discours</h1><p>16 janvier 2024 — Palais de l'Orée, Lessa</p>",
     "Palais de l'Orée, Lessa"),
    ("<h1>Speech</h1><dl><dt>Location:</dt><dd>Lessa, Veloria</dd><dt>Delivered on:</dt>"
     "<dd>9 October 2024</dd></dl>", "Lessa, Veloria"),
    ("<h1>Speech</h1><p>Location: Port Lessa</p><p>9 October 2024</p>", "Port Lessa"),
    # A label and a place before the date are not a venue and its city.
    ("<h1>Release</h1><p>Press release, Lessa, 12 March 2024</p>", None),
    # A place field named in Spanish; a signature's place over its date and number.
    ("<h1>Discurso</h1><div class='lugar'>Valdemora</div>", "Valdemora"),
    ("<h1>Discours</h1><div class='field field--name-field-lieu'><div class='field__label'>"
     "Lieu</div><div class='field__item'>Port Vell</div></div>", "Port Vell"),
    ("<h1>Farmon</h1><p class='sign-place'>Lessa shahri,<br>2025-yil 20-yanvar,<br>"
     "PF-14-son</p>", "Lessa shahri"),
], ids=["venue-city", "after-the-date", "dt-location", "location-field", "label-and-place",
        "lugar", "labelled-lieu", "lines-of-a-signature"])
def test_place_of_venue_and_city_and_place_fields(header: str, place: str | None) -> None:
    assert header_page(header).place == place


def page_of(body: str, *, title: str = "Veloria", head: str = "",
            url: str | None = None) -> Page:
    return html_page(f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>",
                     url=url)


SLIDES = "".join(f"<div class='slide'><img src='/{k}.jpg'><p>The President at the opening of "
                 f"the new bridge over the Arva, view {k}.</p></div>" for k in range(5))
TEASERS = "".join(f"<li><span>1{k}:00</span><a href='/n/{k}'>The President met the governor "
                  f"of province number {k}</a></li>" for k in range(4))


@pytest.mark.parametrize(("body", "title", "url", "reason"), [
    (f"<h1>Bridge over the Arva</h1><div class='slides'>{SLIDES}</div>", "Bridge", None,
     "photo gallery"),
    ("<h1>Bridge over the Arva</h1><div class='content'><iframe src='/embed/9'></iframe>"
     "<p>The President opened the new bridge over the Arva in Talven.</p></div>",
     "Bridge over the Arva – Video", None, "video page"),
    ("<h1>404 – Page not found</h1><p>The page you asked for does not exist. Go back to the "
     "home page.</p>", "Page not found", None, "error page"),
    ("<h1>Vos choix concernant les cookies</h1><p>Nous utilisons des cookies pour mesurer "
     "l'audience de ce site.</p><button>Accepter</button>", "Cookies", None,
     "cookie consent page"),
    (f"<h1>News archive</h1><ul>{TEASERS}</ul>", "Archive",
     "https://president.veloria.example/news?page=3", "paginated listing"),
    (f"<h1>Résultats de la recherche</h1><ul>{TEASERS}</ul>", "Recherche",
     "https://president.veloria.example/fr/recherche?q=pont", "search results"),
], ids=["gallery", "video", "404", "cookies", "query-page", "search"])
def test_pages_that_are_no_statement(body: str, title: str, url: str | None,
                                     reason: str) -> None:
    with pytest.raises(PageDropped, match=reason):
        extract_html(page_of(body, title=title, url=url))


def test_a_short_statement_in_loose_text_beside_summarised_teasers() -> None:
    side = "".join(f"<li><h3><a href='/n/{k}'>The President met the governor of province "
                   f"{k}</a></h3><p>They spoke about the roads and schools of the province "
                   f"number {k} and its harbour.</p></li>" for k in range(4))
    body = ("<div class='main'><h1>Statement on the floods</h1><div class='text'>I offer my "
            "condolences to the families of the victims. The government will pay aid within a "
            f"day.</div></div><aside><ul>{side}</ul></aside>")
    doc = extract_html(page_of(body, title="Statement on the floods"))[0]
    assert doc.complete and doc.blocks[0].text.startswith("I offer my condolences")


def test_a_listing_of_chinese_titles_and_bare_times_under_a_day() -> None:
    items = "".join(f"<li><span>1{k}:40</span><a href='/n/{k}'>总统会见莱萨省省长第{k}次</a></li>"
                    for k in range(4))
    body = f"<h1>新闻</h1><div class='day'>2024年9月24日</div><ul class='list'>{items}</ul>"
    docs = extract_html(page_of(body, title="新闻"))
    assert [(d.complete, d.published_at) for d in docs] == [
        (False, f"2024-09-24T1{k}:40") for k in range(4)]


@pytest.mark.parametrize("title", ["Meeting with the harbour workers (404)",
                                   "Decree No. 404 on the harbour authority"])
def test_a_number_404_in_a_title_is_no_error_page(title: str) -> None:
    doc = extract_html(page_of(f"<h1>{title}</h1><p>12 March 2025</p>{BODY}", title=title))[0]
    assert doc.title == title


PROSE = ["The President opened the new harbour of Port Lessa and thanked the workers who built "
         "it over three winters.", "The harbour will take ships of every size from May, and the "
         "ferry to Norby will call there twice a day.", "The Government will spend forty million "
         "lessars on the road that joins the harbour to the railway.",
         "Work on the road begins in June and ends before the winter comes, the minister said."]


@pytest.mark.parametrize("body", [
    # The site's own names for the text's boxes are furniture words elsewhere.
    "<div id='print-content'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>",
    "".join(f"<div class='elementor-widget elementor-widget-text-editor'><p>{p}</p></div>"
            for p in PROSE),
    "<div class='author-article'>" + "".join(
        f"<div class='author-article__text'><p>{a}</p><p>{b}</p></div>"
        f"<blockquote class='author-article__quote'><p>Harbours make towns.</p></blockquote>"
        for a, b in (PROSE[:2], PROSE[2:])) + "</div>",
    # The text goes on past a picture, in a box of the same class.
    f"<div class='content'><div class='rich-text'><p>{PROSE[0]}</p></div><div class='media'>"
    "<img src='/h.jpg'></div><div class='rich-text'>" + "".join(f"<p>{p}</p>" for p in PROSE[1:])
    + "</div></div>",
    # Folded panels of an accordion, their headings buttons.
    "<div class='accordion'>" + "".join(
        f"<h3><button>Part {k}</button></h3><div class='collapse' aria-hidden='true'><p>{p}</p>"
        "</div>" for k, p in enumerate(PROSE)) + "</div>",
], ids=["print-content", "elementor", "author-boxes", "twin-boxes", "accordion"])
def test_text_in_boxes_named_like_furniture(body: str) -> None:
    doc = extract_html(page_of(f"<main><h1>Harbour</h1><p>12 March 2025</p>{body}</main>"
                               "<aside><h3>Latest</h3><ul><li><a href='/n'>Another item of the"
                               " news feed</a></li></ul></aside>", title="Harbour"))[0]
    text = "\n".join(b.text for b in doc.blocks)
    assert all(p in text for p in PROSE), text


def test_comments_and_a_newsletter_box_inside_the_article_are_not_its_text() -> None:
    comments = "".join(f"<li class='note'><b>Reader {k}</b> <span>2 hours ago</span><p>I think "
                       f"the harbour is a waste of money and the road should come first, and "
                       f"the ferry too, number {k}.</p><a href='#r'>Reply</a></li>"
                       for k in range(6))
    body = ("<article><h1>Harbour</h1><p>12 March 2025</p><div class='article-content'>"
            + "".join(f"<p>{p}</p>" for p in PROSE)
            + "<div class='newsletter-box'><p>Get the President's news by e-mail every week, "
            "free of charge.</p><input type='email'></div>"
            f"<section class='discussion'><h2>Discussion (6)</h2><ol>{comments}</ol></section>"
            "</div></article>")
    text = "\n".join(b.text for b in extract_html(page_of(body, title="Harbour"))[0].blocks)
    assert all(p in text for p in PROSE) and "Reader" not in text and "e-mail" not in text


def test_captions_headings_of_furniture_and_a_layout_row_once() -> None:
    body = ("<main><h1>Harbour</h1><p>12 March 2025</p><div class='texto'>"
            + "".join(f"<p>{p}</p>" for p in PROSE[:2])
            + "<div class='galeria'><img src='/1.jpg'><p class='pie'>The President at the "
            "harbour.</p></div>" + "".join(f"<p>{p}</p>" for p in PROSE[2:])
            + "<p><strong>Noticias relacionadas:</strong></p><ul><li><a href='/n/1'>The "
            "President met the governor</a></li></ul><h4>Mehr zum Thema</h4></div></main>")
    texts = [b.text for b in extract_html(page_of(body, title="Harbour"))[0].blocks]
    assert texts == PROSE


def test_lines_of_a_layout_row_come_once() -> None:
    # An old table layout: the text's cell beside a cell of dated news, in one row.
    page = (DATA / "table_layout_sidebar.html").read_bytes()
    doc = extract_html(html_page(page, url="https://agri.veloria.example/news/2231"))[0]
    text = "\n".join(b.text for b in doc.blocks)
    assert text.count("protection zone of three kilometres") == 1, text


def test_a_text_stated_only_in_json_ld_beside_a_feed() -> None:
    body = " ".join(PROSE)
    ld = json.dumps({"@type": "NewsArticle", "headline": "Harbour", "articleBody": body,
                     "datePublished": "2025-03-12T10:00:00+01:00"})
    cards = "".join(f"<div class='card'><h3><a href='/n/{k}'>The President met the governor of "
                    f"province {k}</a></h3><p>They spoke about the roads and schools of the "
                    f"province number {k}.</p></div>" for k in range(5))
    page = page_of("<main><h1>Harbour</h1><div id='root'><div class='loading'>Loading…</div>"
                   f"</div></main><aside>{cards}</aside>", title="Harbour",
                   head=f"<script type='application/ld+json'>{ld}</script>")
    doc = extract_html(page)[0]
    assert (doc.complete, doc.title) == (True, "Harbour")
    assert doc.published_at == "2025-03-12T10:00+01:00"
    assert [b.text for b in doc.blocks] == [body]


def test_the_folded_rest_of_a_text_behind_continue_reading() -> None:
    body = ("<article><h1>Harbour</h1><p>12 March 2025</p><div class='node-body'>"
            f"<div class='body-visible'><p>{PROSE[0]}</p></div>"
            "<a class='read-more-toggle' href='#more'>Continue reading</a>"
            "<div class='read-more-content collapse' id='more'>"
            + "".join(f"<p>{p}</p>" for p in PROSE[1:]) + "</div></div></article>"
            "<aside><ul><li><a href='/n'>Another item of the news feed</a></li></ul></aside>")
    assert [b.text for b in extract_html(page_of(body, title="Harbour"))[0].blocks] == PROSE


def test_a_page_wrapped_in_one_form_and_fields_whose_labels_are_hidden() -> None:
    fields = "".join(f"<div class='paragraph--type--text'><div class='field field--label-hidden'>"
                     f"<p>{p}</p></div></div>" for p in PROSE)
    body = (f"<form id='aspnetForm' action='/news/8'><main><h1>Harbour</h1><p>12 March 2025</p>"
            f"<div class='node__content'>{fields}</div></main></form>")
    assert [b.text for b in extract_html(page_of(body, title="Harbour"))[0].blocks] == PROSE


@pytest.mark.parametrize("lead_class", ["news-detail__anons", "itemIntroText",
                                        "news-detail__preview"])
def test_content_systems_own_lead_fields(lead_class: str) -> None:
    lead = "The President opened the harbour of Port Lessa on Monday."
    body = (f"<main><h1>Harbour</h1><p>12 March 2025</p><div class='{lead_class}'>{lead}</div>"
            "<div class='text'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div></main>")
    assert extract_html(page_of(body, title="Harbour"))[0].lead == lead


def test_titles_a_screen_reader_or_a_social_tag_shortens() -> None:
    body = ("<h1 class='hide-accessible'>Sala de prensa</h1><h1>El puerto abre en mayo</h1>"
            f"<p>12 March 2025</p>{BODY}")
    assert extract_html(page_of(body, title="El puerto abre en mayo"))[0].title == \
        "El puerto abre en mayo"
    head = ("<meta property='og:title' content='National Library reopens'>"
            "<meta name='fecha-publicacion' content='2025-03-11'>")
    doc = extract_html(page_of(f"<h1>National Library reopens after its restoration</h1>{BODY}",
                               title="Library", head=head))[0]
    assert (doc.title, doc.published_at) == ("National Library reopens after its restoration",
                                             "2025-03-11")


def test_an_endless_pages_next_article_and_paragraphs_inside_an_item() -> None:
    first = "".join(f"<p>{p}</p>" for p in PROSE)
    body = (f"<main><article class='post'><h1>Harbour</h1><p>12 March 2025</p>{first}</article>"
            "<article class='post'><h1>Railway</h1><p>13 March 2025</p>"
            + "".join(f"<p>The railway to Norby reopens, section {k}, after two winters of "
                      f"work by the northern company.</p>" for k in range(3)) + "</article></main>")
    docs = extract_html(page_of(body, title="Harbour"))
    assert [b.text for b in docs[0].blocks] == PROSE
    quote = f"<main><h1>Harbour</h1><p>12 March 2025</p><blockquote><p>{PROSE[0]}</p><p>{PROSE[1]}"
    doc = extract_html(page_of(quote + "</p></blockquote>" + "".join(
        f"<p>{p}</p>" for p in PROSE[2:]) + "</main>", title="Harbour"))[0]
    # A quote of paragraphs only (a speech or a letter quoted whole): a block per paragraph.
    assert [b.text for b in doc.blocks] == PROSE
    item = f"<main><h1>Harbour</h1><p>12 March 2025</p><ul><li><p>{PROSE[0]}</p><p>{PROSE[1]}"
    doc = extract_html(page_of(item + "</p></li></ul>" + "".join(
        f"<p>{p}</p>" for p in PROSE[2:]) + "</main>", title="Harbour"))[0]
    assert f"{PROSE[0]} {PROSE[1]}" in doc.blocks[0].text  # a list item of paragraphs: one


@pytest.mark.parametrize("logo", ["<h1 class='site-name'>Ministry of Culture</h1>",
                                  "<h1><a href='/en/'>Ministry of Culture</a></h1>"])
def test_a_logos_h1_gives_way_to_the_title_heading(logo: str) -> None:
    body = (f"<div class='top'>{logo}</div><main><h2 class='news-title'>National Theatre "
            f"reopens</h2><p>12 March 2025</p>{BODY}</main>")
    assert extract_html(page_of(body, title="Ministry of Culture"))[0].title == \
        "National Theatre reopens"


def test_a_publication_stamp_after_the_text_gives_the_days_time() -> None:
    body = (f"<main><h1>Address</h1><div class='news-date'>12 Jan, 2024</div>{BODY}"
            "<div class='release'><p><span>Posted On:</span> 12 JAN 2024 6:45PM by the Press "
            "Office</p></div></main>")
    assert extract_html(page_of(body, title="Address"))[0].published_at == "2024-01-12T18:45"


TEXT = "<p>" + "The President opened the new wing of the Orvil hospital on Monday. " * 4 + "</p>"
SITE = "Office of the President of the Republic of Veloria"


@pytest.mark.parametrize("head,body,title", [
    # The social title is the <title>, site and all: the part the page shows.
    (f"<title>President Arvid will visit Ostrava — {SITE}</title>"
     f"<meta property='og:title' content='President Arvid will visit Ostrava — {SITE}'>",
     "<h1>President Arvid will visit Ostrava</h1>", "President Arvid will visit Ostrava"),
    # The social title is only the site's name: the <title>'s other part.
    (f"<title>Statement on the elections in Ostrava | {SITE}</title>"
     f"<meta property='og:title' content='{SITE}'>",
     "<div class='title'><b>Statement on the elections in Ostrava</b></div>",
     "Statement on the elections in Ostrava"),
    # A headline over the text outranks a social title that says otherwise.
    ("<title>Speech at the state banquet</title>"
     "<meta property='og:title' content='Speech at the state banquet'>",
     "<h1>President Arvid: “Our friendship is a promise”</h1>",
     "President Arvid: “Our friendship is a promise”"),
    # Lines of a heading set apart by a style's class.
    ("<title>T</title>", "<h1><span class='d-block'>President Arvid</span>"
     "<span class='d-block'>addresses the Assembly</span></h1>",
     "President Arvid addresses the Assembly"),
], ids=["site-in-social-title", "social-title-is-the-site", "headline-over-social",
        "block-spans"])
def test_titles_on_hard_templates(head: str, body: str, title: str) -> None:
    page = f"<html><head>{head}</head><body><main>{body}{TEXT}</main></body></html>"
    assert extract_html(html_page(page))[0].title == title


@pytest.mark.parametrize("head,body,published", [
    ("", "<ul class='item-dates'><li>Updated: 3 May 2024, 12:10</li>"
     "<li>Published: 2 May 2024, 18:00</li></ul>", "2024-05-02T18:00"),
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
     "\"dateCreated\": \"2024-09-30T16:45:00+03:00\", "
     "\"dateModified\": \"2024-10-01T09:00:00+03:00\"}</script>", "", "2024-09-30T16:45+03:00"),
    # A CMS's midnight is a day without its time: the date line of that day gives it.
    ("<meta property='article:published_time' content='2025-03-04T00:00:00+01:00'>",
     "<div class='date'>4 March 2025, 14:20</div>", "2025-03-04T14:20+01:00"),
    ("<meta property='article:published_time' content='2025-03-04T00:00:00Z'>",
     "<div class='date'>4 March 2025, 14:20</div>", "2025-03-04T14:20"),
    ("<meta property='article:published_time' content='2025-03-04T00:00:00+01:00'>",
     "<div class='date'>5 March 2025, 14:20</div>", "2025-03-04T00:00+01:00"),
    # A UTC stamp is restated on the site's clock: its element's shown time, or the
    # element's own offset for the same moment.
    ("", "<div class='field__item'><time datetime='2025-03-12T09:30:00Z'>12 mars 2025 à "
     "10h30</time></div>", "2025-03-12T10:30+01:00"),
    ("<meta property='article:published_time' content='2025-03-03T17:20:00+00:00'>",
     "<time class='entry-date published' datetime='2025-03-03T14:20:00-03:00'>3 de marzo de "
     "2025</time>", "2025-03-03T14:20-03:00"),
], ids=["published-not-updated", "json-ld-created", "midnight-and-the-shown-time",
        "utc-midnight-and-the-shown-time", "midnight-and-another-day", "utc-shown-on-its-clock",
        "utc-meta-and-the-local-element"])
def test_publication_dates_beside_other_dates(head: str, body: str, published: str) -> None:
    page = (f"<html><head><title>Harbour</title>{head}</head><body><main>"
            f"<h1>The President opens the Orvil hospital</h1>{body}{TEXT}</main></body></html>")
    assert extract_html(html_page(page))[0].published_at == published


def test_an_aspnet_form_without_h1_is_opened() -> None:
    page = ("<html><head><title>Bureau</title></head><body>"
            "<form method='post' action='./PressRelease.aspx?id=7' id='form1'>"
            "<h2>The Prime Minister spoke with the Prime Minister of Ostrava</h2>"
            f"{TEXT}</form></body></html>")
    assert extract_html(html_page(page))[0].blocks


@pytest.mark.parametrize("url,meta,line,published", [
    # The year from the address, the day and time from a line that leaves the year out.
    ("https://id.veloria.example/berita/2024/07/presiden-lessa", "",
     "<div class='meta'><span class='date'>Senin, 8 Juli</span> • "
     "<span class='time'>14:20</span></div>", "2024-07-08T14:20"),
    # The day from the markup, its time from the year-less line of that day.
    ("https://gov.veloria.example/news/4410", "<meta name='date' content='2024-04-12'>",
     "<p class='date'>12 апреля, 14:05</p>", "2024-04-12T14:05"),
    # A year-less line of another day gives nothing.
    ("https://gov.veloria.example/news/4410", "<meta name='date' content='2024-04-12'>",
     "<p class='date'>11 апреля, 14:05</p>", "2024-04-12"),
], ids=["year-from-address", "time-for-the-day", "another-day"])
def test_a_date_line_without_its_year(url: str, meta: str, line: str, published: str) -> None:
    page = (f"<html><head><title>Harbour</title>{meta}</head><body><main>"
            f"<h1>The President opens the Orvil hospital</h1>{line}{TEXT}</main></body></html>")
    assert extract_html(html_page(page, url=url))[0].published_at == published


def test_a_transcript_in_a_table_of_short_rows() -> None:
    rows = "".join(f"<tr><td>{who}</td><td>{said}</td></tr>" for who, said in [
        ("Colonel Ida Renn", "The exercise begins today."), ("Journalist (Lessa TV)",
                                                            "Are observers invited?"),
        ("Colonel Ida Renn", "Yes, from Ostrava."), ("Journalist", "Will roads close?"),
        ("Colonel Ida Renn", "Only the R-12.")])
    page = ("<html><head><title>Briefing</title></head><body><main><h1>Briefing on the "
            f"Northern Shield exercise</h1><table>{rows}</table></main></body></html>")
    doc = extract_html(html_page(page))[0]
    assert [b.label for b in doc.blocks] == ["Colonel Ida Renn", "Journalist (Lessa TV)",
                                             "Colonel Ida Renn", "Journalist",
                                             "Colonel Ida Renn"]


def test_a_label_cell_beside_a_cell_of_paragraphs() -> None:
    rows = "".join(f"<tr><td class='speaker'><b>{who}</b></td><td><p>{said}</p></td></tr>"
                   for who, said in [("MODERADORA:", "Buenas tardes. Damos inicio a la rueda."),
                                     ("PRESIDENTE ARVID:", "Hoy firmamos seis acuerdos."),
                                     ("PERIODISTA:", "¿Cuándo empiezan las obras del puente?"),
                                     ("PRESIDENTE ARVID:", "En octubre.")])
    page = ("<html><head><title>Rueda</title></head><body><main><h1>Rueda de prensa conjunta "
            f"del presidente Arvid</h1><table>{rows}</table></main></body></html>")
    doc = extract_html(html_page(page))[0]
    assert [b.text for b in doc.blocks][::2] == ["MODERADORA:", "PRESIDENTE ARVID:",
                                                 "PERIODISTA:", "PRESIDENTE ARVID:"]


@pytest.mark.parametrize("heading,line,note,paragraph,published,place", [
    ("Rede von Ministerpräsidentin Korvel beim Tag der Industrie",
     "Dienstag, 4. März 2025, 10:30 Uhr in Lessa", "Es gilt das gesprochene Wort.",
     "Sehr geehrte Damen und Herren, die Industrie unseres Landes wächst.",
     "2025-03-04T10:30", "Lessa"),
    # The place right after the time, with no mark.
    ("Встреча с губернатором Северной области", "26 марта 2025 года 15:00 Лесса", "",
     "Томас Арвид встретился с губернатором Северной области Кларой Вейс.",
     "2025-03-26T15:00", "Лесса"),
], ids=["place-after-a-word-and-a-note-on-delivery", "place-after-the-time"])
def test_a_print_versions_date_line(heading: str, line: str, note: str, paragraph: str,
                                    published: str, place: str) -> None:
    page = (f"<html><head><title>T</title></head><body><div class='print-content'>"
            f"<h1>{heading}</h1><p class='date'>{line}</p>"
            + (f"<p class='hinweis'>{note}</p>" if note else "")
            + f"<p>{paragraph}</p>" * 3 + "</div></body></html>")
    doc = extract_html(html_page(page))[0]
    assert (doc.published_at, doc.place) == (published, place)
    assert doc.blocks[0].text == paragraph


def test_a_cjk_title_without_h1_and_the_sites_name_after_a_hyphen() -> None:
    page = ("<html><head><title>行政院會後記者會-行政院</title></head><body><main>"
            "<h2 class='page-title'>行政院會後記者會</h2>"
            + "<p>行政院今日召開院會，會後由發言人說明本週通過的法案與預算案。</p>" * 3
            + "</main></body></html>")
    assert extract_html(html_page(page))[0].title == "行政院會後記者會"


def test_a_date_line_that_gives_the_lunar_date_first() -> None:
    page = ("<html><head><title>T</title></head><body><article>"
            "<div class='date'>ថ្ងៃសុក្រ ១៥កើត ខែផល្គុន ឆ្នាំរោង ឆស័ក ព.ស. ២៥៦៨ "
            "ត្រូវនឹងថ្ងៃទី១៤ ខែមីនា ឆ្នាំ២០២៥</div><h1>សេចក្តីថ្លែងការណ៍ព័ត៌មាន</h1>"
            + "<p>រដ្ឋមន្ត្រីការបរទេសបានជួបពិភាក្សាជាមួយឯកអគ្គរដ្ឋទូតអូស្ត្រាវ៉ា។</p>" * 3
            + "</article></body></html>")
    assert extract_html(html_page(page))[0].published_at == "2025-03-14"


def test_an_interviews_questions_set_apart_by_their_class() -> None:
    page = ("<html><head><title>Intervista</title></head><body><article>"
            "<h1>La ministra Sara Bianchi intervistata da Radio Lessa</h1>"
            "<p>La ministra ha risposto alle domande di Radio Lessa sulla riforma.</p>"
            "<p class='domanda'>Ministra, perché una riforma della scuola adesso?</p>"
            "<p>Perché le scuole di Veloria hanno aspettato vent'anni.</p>"
            "<p class='domanda'>Gli insegnanti protestano.</p>"
            "<p>Li ascolteremo, come abbiamo sempre fatto.</p></article></body></html>")
    [statement] = parse_page(html_page(page), enrich=False)
    assert [t.role for t in statement.turns] == ["question", "answer", "question", "answer"]


@pytest.mark.parametrize("stamp,url,published", [
    ("<p class='meta'>Published: 5 June 2025, 16:40</p>", None, "2025-06-05T16:40"),
    ("<p class='meta'>Pubblicato il 5 maggio 2025</p>", None, "2025-05-05"),
    ("", "https://gov.veloria.example/news/2025-06-03-accreditation", "2025-06-03"),
], ids=["stamp-under-the-text", "italian-stamp", "date-in-a-slug"])
def test_an_announcement_dated_only_by_a_stamp_or_its_address(stamp: str, url: str | None,
                                                              published: str) -> None:
    page = ("<html><head><title>Advisory</title></head><body><main>"
            "<h1>President Arvid will attend the water summit in Kemar</h1>"
            "<p><b>When:</b> Thursday, 12 June 2025, 09:30</p>"
            + "<p>The President of Veloria will attend the regional water summit.</p>" * 3
            + f"{stamp}</main></body></html>")
    assert extract_html(html_page(page, url=url))[0].published_at == published


def test_a_details_box_over_the_title_of_a_page_without_boxes() -> None:
    # The <h1>'s parent is the page's only region: the box of its kind and date right
    # before it dates the page; a banner's date without such a class does not (above).
    page = ("<html><head><title>Joint statement</title></head><body><div class='region'>"
            "<div class='node-meta'><span class='kind'>Press releases</span> "
            "<span class='data'>Giovedì, 22 Maggio 2025</span></div>"
            f"<h1>Dichiarazione congiunta di Veloria e Oranthe</h1><div class='body'>{BODY}"
            "</div></div></body></html>")
    assert extract_html(html_page(page))[0].published_at == "2025-05-22"


@pytest.mark.parametrize("header,stamp,published", [
    # The title announces, a labelled stamp says when the page was published: the date over
    # the title is the event's.
    ("<div class='data'>12 maggio 2025</div>"
     "<h1>Il Presidente incontrerà la Presidente di Ostrava il 12 maggio</h1>",
     "<p><small>Pubblicato il 5 maggio 2025 alle 12:00</small></p>", "2025-05-05T12:00"),
    # Without a stamp the date by the title is all the page says of itself.
    ("<h1>President Arvid will meet the Prime Minister of Oranthe</h1>"
     "<p class='small'>05.05.2025 12:00</p>", "", "2025-05-05T12:00"),
    # A line labelled as the meeting's time dates no publication.
    ("<div class='time'>会议时间：2025年6月19日</div><h1>关于莱萨峰会记者采访报名的通知</h1>",
     "<div class='fbsj'>发布时间：2025-06-02 10:00</div>", "2025-06-02T10:00"),
], ids=["it-stamp", "en-no-stamp", "zh-event-label"])
def test_an_announcing_title_and_a_publication_stamp(header: str, stamp: str,
                                                     published: str) -> None:
    page = (f"<html><head><title>Agenda</title></head><body><main><article>{header}"
            f"<div class='text'>{BODY}{stamp}</div></article></main></body></html>")
    assert extract_html(html_page(page))[0].published_at == published


def test_a_time_beside_the_date_with_its_half_of_the_day() -> None:
    page = ("<html lang='ar'><head><title>اتصال</title></head><body><main><article>"
            "<h1>الرئيس يتلقى اتصالاً هاتفياً من رئيسة سالدوفيا</h1><div class='news-meta'>"
            "<span class='date-gregorian'>10 يونيو 2025م</span>"
            "<span class='time'>03:45 م</span></div>"
            f"<div class='text'>{BODY}</div>"
            "<p class='print-footer'>Printed on 3 July 2025, 09:14, from the site.</p>"
            "</article></main></body></html>")
    assert extract_html(html_page(page))[0].published_at == "2025-06-10T15:45"


def test_a_title_shown_in_a_cell_keeps_its_own_dash() -> None:
    # No heading: the <title>'s parts the page shows together are the title, dash and all.
    page = ("<html><head><title>Ministry of Foreign Affairs of Veloria - Statement on the "
            "border of Saldovia – Oranthe</title></head><body><table><tr><td class='title_detail'>"
            "Statement on the border of Saldovia – Oranthe</td></tr><tr><td>"
            "<time datetime='2025-07-15'>15/07/2025</time></td></tr><tr><td>"
            f"{BODY}</td></tr></table></body></html>")
    assert extract_html(html_page(page))[0].title == \
        "Statement on the border of Saldovia – Oranthe"


def test_a_label_in_an_element_the_site_calls_the_speakers() -> None:
    turns = "".join(f"<p><span class='speaker'>{who}:</span> {said}</p>" for who, said in [
        ("Katrin Mohl, portavoz del Gobierno", "Buenos días."), ("Tomás Arvid", "Gracias."),
        ("Katrin Mohl", "Preguntas."), ("Tomás Arvid", "Adelante.")])
    page = (f"<html><head><title>Rueda de prensa</title></head><body><main><article>"
            f"<h1>Rueda de prensa del presidente</h1><div class='text'>{turns}</div>"
            "</article></main></body></html>")
    blocks = extract_html(html_page(page))[0].blocks
    assert [b.label for b in blocks] == ["Katrin Mohl, portavoz del Gobierno", "Tomás Arvid",
                                         "Katrin Mohl", "Tomás Arvid"]


def test_a_lazy_loading_pages_text_in_noscript() -> None:
    page = ("<html><head><title>Visit</title><noscript><img src='/pixel.gif'></noscript></head>"
            "<body><main><article><h1>President Arvid will visit Port Lessa</h1>"
            "<time datetime='2025-06-27T08:00:00+02:00'>27 June 2025</time>"
            "<div class='lazy-article'><div class='spinner'>Loading...</div>"
            f"<noscript>{BODY}</noscript></div></article></main></body></html>")
    doc = extract_html(html_page(page))[0]
    assert doc.blocks[0].text.startswith("President Amara Velden met the harbour workers")


def test_a_row_of_links_and_their_separators_is_no_text() -> None:
    page = ("<html><head><title>Condolences</title></head><body><main><article>"
            "<h1>Condolences to the President of Oranthe</h1>"
            f"<time datetime='2025-05-02'>2 May 2025</time><div class='text'>{BODY}"
            "<p><a href='javascript:window.print()'>Print</a> | "
            "<a href='javascript:window.close()'>Close window</a></p></div>"
            "</article></main></body></html>")
    doc = extract_html(html_page(page))[0]
    assert doc.blocks[-1].text.endswith("a record year of the harbour.")


def test_a_place_field_whose_label_and_value_are_elements_apart() -> None:
    page = ("<html lang='fr'><head><title>Discours</title></head><body><main><article>"
            "<h1>Discours de la Première ministre à l'inauguration du terminal de Port Vell</h1>"
            "<div class='node__meta'><div class='field field--label-inline'>"
            "<div class='field__label'>Publié le</div><div class='field__item'><time "
            "datetime='2025-03-12T09:30:00Z'>12 mars 2025 à 10h30</time></div></div>"
            "<div class='field field--label-inline'><div class='field__label'>Lieu</div>"
            "<div class='field__item'>Port Vell</div></div>"
            "<div class='field field--label-hidden field__item'>Discours</div></div>"
            f"<div class='node__content'>{TEXT}</div></article></main></body></html>")
    assert extract_html(html_page(page))[0].place == "Port Vell"


def test_short_paragraphs_written_as_divs() -> None:
    body = "".join(f"<div>{line}</div>" for line in [
        "尊敬的各位嘉宾，", "女士们，先生们，朋友们：",
        "很高兴同各位相聚在莱萨，共同出席第五届维洛里亚国际博览会开幕式。"
        "本届博览会吸引了来自四十多个国家的企业。",
        "谢谢大家。"])
    page = ("<html lang='zh'><head><title>讲话</title></head><body><main><h1>总理在博览会开幕式上的"
            f"讲话</h1><div class='news-content'>{body}</div></main></body></html>")
    texts = [b.text for b in extract_html(html_page(page))[0].blocks]
    assert texts[0] == "尊敬的各位嘉宾，" and texts[-1] == "谢谢大家。"


def test_a_pull_quote_is_no_second_copy_of_its_sentence() -> None:
    said = "Every community must see the rebuilding in its own life, not on paper."
    page = ("<html><head><title>Address</title></head><body><main><h1>Address of the President "
            f"to the nation</h1><p>{said}</p><blockquote class='pull-quote'><p>{said}</p>"
            f"</blockquote>{TEXT}</main></body></html>")
    texts = [b.text for b in extract_html(html_page(page))[0].blocks]
    assert texts.count(said) == 1


def test_a_greek_delivery_note_is_no_text() -> None:
    page = ("<html lang='el'><head><title>Ομιλία</title></head><body><main><h1>Ομιλία της "
            "Πρέσβεως στο Συμβούλιο Ασφαλείας</h1><p>Ισχύει μόνον ο εκφωνηθείς λόγος</p>"
            "<p>Κύριε Πρόεδρε, ευχαριστώ για τη σημερινή συνεδρίαση για την κοιλάδα της Βέλα.</p>"
            "<p>Η Βελόρια στηρίζει την εκεχειρία και την ανθρωπιστική βοήθεια.</p>"
            "</main></body></html>")
    texts = [b.text for b in extract_html(html_page(page))[0].blocks]
    assert texts[0].startswith("Κύριε Πρόεδρε")


def test_a_letters_dateline_opening_its_text_gives_its_place() -> None:
    page = ("<html lang='fr'><head><title>Condoléances</title></head><body><main><h1>Message "
            "de condoléances du Président au Président de l'Oranthe</h1><div class='meta'>"
            "<span class='date-publication'>Publié le 12/06/2025 à 16h45</span></div>"
            "<div class='texte'><p>Lessa, le 12 juin 2025</p><p>Monsieur le Président, c'est "
            "avec une profonde "
            "tristesse que j'ai appris la catastrophe survenue à Port Vell.</p>"
            "<p>Je vous prie d'agréer l'expression de ma très haute considération.</p>"
            "</div></main></body></html>")
    doc = extract_html(html_page(page))[0]
    assert (doc.place, doc.published_at) == ("Lessa", "2025-06-12T16:45")
    assert doc.blocks[0].text.startswith("Monsieur le Président")


def test_a_copy_of_the_text_its_style_hides_is_left_out_and_a_hidden_rest_kept() -> None:
    text = "".join(f"<p>{p}</p>" for p in PROSE)
    copy = f"<div class='mobile' style='display: none'>{text}</div>"
    doc = extract_html(page_of(f"<main><h1>Harbour</h1><p>12 March 2025</p>"
                               f"<div class='text'>{text}</div>{copy}</main>"))[0]
    assert [b.text for b in doc.blocks] == PROSE
    rest = (f"<div class='more' style='display:none'><p>{PROSE[3]}</p></div>")
    doc = extract_html(page_of("<main><h1>Harbour</h1><p>12 March 2025</p><div class='text'>"
                               + "".join(f"<p>{p}</p>" for p in PROSE[:3]) + f"{rest}</div>"
                               "</main>"))[0]
    assert [b.text for b in doc.blocks] == PROSE


def test_a_marked_body_that_an_ad_cut_in_two_goes_on_after_the_ad() -> None:
    half = "class='body-text'"
    body = (f"<main><h1>Harbour</h1><p>12 March 2025</p><div {half} itemprop='articleBody'>"
            f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p><p>{PROSE[2]}</p></div>"
            "<div class='banner-zone'><p>Advertisement</p></div>"
            f"<div {half}><p>{PROSE[3]}</p></div></main>")
    assert [b.text for b in extract_html(page_of(body))[0].blocks][-1] == PROSE[3]


@pytest.mark.parametrize(("line", "place"), [
    ("<p class='dateline'>Pressemitteilung · 19. Februar 2025</p>", None),
    ("<p class='dateline'>Lessa, 19 February 2025</p>", "Lessa"),
    ("<p class='date'>19.02.2025 11:00 г. Лесса</p>", "Лесса"),
], ids=["a-kind-label", "a-place", "ru-city-mark"])
def test_the_place_a_dateline_gives(line: str, place: str | None) -> None:
    doc = extract_html(page_of(f"<main><h1>Harbour</h1>{line}{BODY}</main>"))[0]
    assert (doc.published_at[:10], doc.place) == ("2025-02-19", place)


def test_a_page_that_states_no_language_orders_its_numeric_dates_as_its_words_do() -> None:
    body = ("<main><h1>Le port de Lessa ouvre en mai</h1><p class='date'>Publié le 03/02/2025 "
            "à 15h20</p><p>Le Président a inauguré le nouveau port de Lessa et remercié les "
            "ouvriers qui l'ont construit pendant trois hivers.</p><p>Le port accueillera des "
            "navires de toutes tailles dès le mois de mai, et le ferry vers Norby y fera escale "
            "deux fois par jour.</p></main>")
    assert extract_html(page_of(body))[0].published_at == "2025-02-03T15:20"


def test_a_laws_adoption_line_is_its_text_not_the_pages_date() -> None:
    line = "Принят Национальным собранием 6 мая 2025 года"
    body = (f"<main><h1>Закон о порте Лессы</h1><p class='date'>12 мая 2025</p>"
            f"<div class='text'><p>{line}</p>{BODY}</div></main>")
    doc = extract_html(page_of(body))[0]
    assert (doc.published_at, doc.blocks[0].text) == ("2025-05-12", line)


def test_a_credit_line_after_the_text_is_left_out() -> None:
    doc = extract_html(page_of("<main><h1>Harbour</h1><p>12 March 2025</p><div class='text'>"
                               + "".join(f"<p>{p}</p>" for p in PROSE)
                               + "<p>(Quelle: Ministerium für Auswärtige Angelegenheiten)</p>"
                               "</div></main>"))[0]
    assert [b.text for b in doc.blocks] == PROSE


@pytest.mark.parametrize("banner", [
    "<div id='cookie-consent-banner' class='vn-cookie-banner'><p>{words}</p>"
    "<button>OK</button></div>",
    "<div class='alertCookies'><p>{words}</p></div>",
], ids=["own-name", "camel-case"])
def test_a_cookie_banner_by_any_name_is_no_text(banner: str) -> None:
    # Its paragraph outweighs a listing's one-line summaries: it must not be taken for
    # the page's text, whatever the site named it.
    words = ("This service uses cookies to measure its audience and improve the service; "
             "you may refuse them in the settings at any time.")
    items = "".join(
        f"<li><h3><a href='/news/{k}'>President Arvid meets the envoy of Oranthe {k}</a></h3>"
        f"<time datetime='2025-03-1{k}'>1{k}.3.2025</time><p>Talks in Lessa.</p></li>"
        for k in range(1, 5))
    page = (f"<html><body>{banner.format(words=words)}<h1>News</h1><ul>{items}</ul>"
            "</body></html>")
    docs = extract_html(html_page(page, url="https://valtioneuvosto.vl/news"))
    assert all(words not in b.text for d in docs for b in d.blocks)


def test_a_page_wrapper_named_for_cookies_keeps_its_text() -> None:
    page = (f"<html><body><div class='page cookies-accepted'><h1>Harbour day</h1>"
            f"<p>{UNMARKED_BODY}</p></div></body></html>")
    [doc] = extract_html(html_page(page))
    assert doc.title == "Harbour day" and doc.blocks


@pytest.mark.parametrize(("closing", "place"), [
    ("Fait à Kandora, le 22 janvier 2025", "Kandora"),
    ("Done at Lessa this fourth day of May 2025", "Lessa"),
    ("Dado en Port Arlen, a 3 de marzo de 2025", "Port Arlen"),
    ("The work is done at night in the harbour.", None),
], ids=["fr", "en", "es", "a-sentence"])
def test_the_place_a_closing_formula_names(closing: str, place: str | None) -> None:
    page = (f"<html><body><h1>Communiqué du Conseil des ministres</h1><p>{UNMARKED_BODY}</p>"
            f"<p>{closing}</p></body></html>")
    assert extract_html(html_page(page))[0].place == place


def test_a_translators_note_between_a_bold_name_and_its_bold_colon() -> None:
    says = "Спасибо, господин Президент. Мы рады сотрудничеству с Велорией в порту Лессы."
    body = "".join(
        f"<p><b>В.Соколов:</b> Добрый день, коллеги. Рад видеть вас в Лессе, номер {k}.</p>"
        f"<p><b>А.Вилару</b> (как переведено)<b>:</b> {says}</p>" for k in range(2))
    page = f"<html><body><h1>Переговоры с Президентом Оранты</h1>{body}</body></html>"
    [doc] = extract_html(html_page(page))
    assert [b.label for b in doc.blocks] == ["В.Соколов", "А.Вилару (как переведено)"] * 2
    assert doc.blocks[1].text == says


ARTICLE_TEXT = ("<p>The Prime Minister of Veloria spoke today about the situation in the strait "
                "near the island of Oranthe and the ships there.</p>"
                "<p>Veloria calls on every side to return to talks and will keep its harbour in "
                "Lessa open to every ship that asks for shelter.</p>") * 3
RELATED_LINKS = "".join(
    f"<li><a href='/news/{k}'><time datetime='2025-03-0{k}'>{k} March 2025</time>"
    f"<span>The Prime Minister met the governors, meeting {k}</span></a></li>"
    for k in (4, 2, 1))


def test_a_date_in_a_link_beside_another_pages_title_is_not_the_pages() -> None:
    body = (f"<main><article><h1>Statement on the strait</h1><p class='Article_date__x1'>"
            f"5 March 2025</p><div class='RichText_body__a'>{ARTICLE_TEXT}</div>"
            f"<section class='Related_related__f4'><h2>Related</h2><ul>{RELATED_LINKS}</ul>"
            "</section></article></main>")
    docs = extract_html(page_of(body, title="Statement on the strait"))
    assert docs[0].published_at.startswith("2025-03-05")
    assert [d.title for d in docs[1:]] == [
        f"The Prime Minister met the governors, meeting {k}" for k in (4, 2, 1)]


def test_a_permalinks_date_is_the_pages() -> None:
    body = ("<article><h1>Statement on the strait</h1><div class='entry-meta'>"
            "<a href='/2025/03/05/strait/' rel='bookmark'><time class='entry-date published' "
            "datetime='2025-03-05T10:00:00+01:00'>5 March 2025</time><time class='updated' "
            "datetime='2025-03-06T09:00:00+01:00'>6 March 2025</time></a></div>"
            f"<div class='entry-content'>{ARTICLE_TEXT}</div></article>")
    assert extract_html(page_of(body, title="Statement"))[0].published_at.startswith(
        "2025-03-05T10:00")


def test_a_galleries_download_links_are_no_listing() -> None:
    cells = "".join(
        f"<div class='photo-grid__item'><a href='/upload/trip_{k}_big.jpg' "
        f"class='photo-grid__link'><img src='/upload/trip_{k}.jpg' alt=''></a>"
        f"<div class='photo-grid__caption'>Президент Велдена в Лессе, снимок номер {k}.</div>"
        f"<a class='photo-grid__download' href='/upload/trip_{k}_orig.jpg' download>"
        f"Скачать (JPG, 4,{k} МБ)</a></div>" for k in range(8))
    body = (f"<h1>Рабочая поездка в Лессу</h1><p>Президент Велдена прибыл в Лессу с рабочей "
            f"поездкой.</p><div class='photo-grid'>{cells}</div>")
    try:
        docs = extract_html(page_of(body, title="Фото"))
    except PageDropped:
        docs = []
    assert all(d.complete for d in docs)  # no teaser per picture


@pytest.mark.parametrize(("opening", "place"), [
    ("<strong>LESSA, 3 March 2025 —</strong> The Ministry welcomes the talks.", "Lessa"),
    ("Ostrava, 6. März 2025. Die Bundeskanzlerin und der Präsident vereinbarten Gespräche.",
     "Ostrava"),
    ("<strong>KOTA LESSA</strong> – Menteri Luar Negeri Veloria berbicara dengan mitranya.",
     "Kota Lessa"),
    ("<strong>NATO</strong> – The alliance met in Lessa today to discuss the harbour.", None),
])
def test_the_place_a_dated_pages_first_paragraph_opens_with(opening: str,
                                                            place: str | None) -> None:
    body = (f"<article><h1>Statement on the talks</h1><time datetime='2025-03-03'>3 March 2025"
            f"</time><div class='content'><p>{opening}</p>{ARTICLE_TEXT}</div></article>")
    assert extract_html(page_of(body, title="Statement"))[0].place == place


def test_an_ingress_is_the_lead_and_quotes_in_dashes_are_no_turns() -> None:
    body = ("<article><h1>Statsministern reser till Lessa</h1><time datetime='2025-03-07'>"
            "7 mars 2025</time><p class='article__ingress'>Statsminister Elin Sparre reser på "
            "måndag till Lessa för samtal med Velorias premiärminister Amara Velden.</p>"
            "<div class='article__body'><p>Samtalen väntas handla om energisamarbetet i "
            "Kustregionen och den gemensamma havsvindsparken vid Sälgrund.</p>"
            "<p>Vid toppmötet på tisdag deltar statsministern i en session om hamnar.</p>"
            "<p>– Kustforumet är vår viktigaste regionala arena, säger statsminister Elin "
            "Sparre.</p><p>Statsministern återvänder till Stavholm på tisdag kväll.</p></div>"
            "</article>")
    doc = extract_html(page_of(body, title="Statsministern reser till Lessa"))[0]
    assert doc.lead.startswith("Statsminister Elin Sparre reser på måndag")
    assert doc.blocks[0].text.startswith("Samtalen väntas")
    statement = parse_page(page_of(body, title="Statsministern reser till Lessa"))[0]
    assert (statement.kind, statement.turns) == ("announcement", [])


def test_a_summary_list_of_fields_is_no_lead_and_gives_the_place() -> None:
    body = ("<article><h1>Ομιλία του Προέδρου στο Φόρουμ της Λέσσας</h1>"
            "<dl class='govgr-summary-list'><div><dt>Ημερομηνία</dt><dd class='govgr-summary-"
            "list__value'>Δευτέρα, 10 Μαρτίου 2025, 18:45</dd></div><div><dt>Τόπος</dt><dd>"
            "Λέσσα</dd></div></dl><div class='content'><p>Κυρίες και κύριοι, σας καλωσορίζω "
            "στη Λέσσα, στο φόρουμ των λιμανιών της Θάλασσας του Κεχριμπαριού.</p><p>Η "
            "συνεργασία των λιμανιών μας είναι η βάση της ευημερίας μας και της ειρήνης."
            "</p></div></article>")
    doc = extract_html(page_of(body, title="Ομιλία"))[0]
    assert doc.place == "Λέσσα"
    assert "Ημερομηνία" not in (doc.lead or "") and "Δευτέρα" not in (doc.lead or "")


def test_captions_and_footnote_marks_are_no_text() -> None:
    body = ("<article><h1>Statement on the dykes</h1><time datetime='2025-03-05'>5 March 2025"
            "</time><div class='content'><p>The commission handed over its report on the "
            "dykes of the Arva today.<sup><a href='#fn1' id='ref1'>1</a></sup></p>"
            "<p>We will strengthen every dyke along the river before the winter.</p>"
            "<p style='text-align:center'>图为阿尔瓦河大堤。（资料图片）</p>"
            "<ol class='footnotes'><li id='fn1'>Commission report, March 2025. "
            "<a href='#ref1'>↩</a></li></ol></div></article>")
    text = "\n".join(b.text for b in extract_html(page_of(body, title="Dykes"))[0].blocks)
    assert "Arva today.1" not in text and "Arva today." in text
    assert "↩" not in text and "图为" not in text


def test_a_templates_default_english_gives_way_to_its_texts_language() -> None:
    text = ("<p>Büyükelçi Amara Velden, Lessa'daki resepsiyonda yaptığı konuşmada iki ülke "
            "arasındaki dostluğun yüzyıllık bir geçmişe dayandığını söyledi.</p>"
            "<p>Velden, limanlar ve demiryolu alanındaki işbirliğinin önümüzdeki yıllarda daha "
            "da güçleneceğini ve ticaret hacminin artacağını vurguladı.</p>") * 2
    page = html_page(f"<html lang='en-gb'><head><title>Konuşma</title></head><body><article>"
                     f"<h1>Büyükelçinin konuşması</h1>{text}</article></body></html>")
    assert extract_html(page)[0].language == "tr"


def test_an_event_box_with_its_days_above_the_title_dates_nothing() -> None:
    body = ("<div class='termin-kopf'><div class='termin-datum'><span>20.–21.</span>"
            "<span>Juni 2024</span></div><div>Staatsbesuch</div></div>"
            "<h1>Staatsbesuch in der Republik Saldovien</h1><p class='termin-teaser'>"
            "Bundespräsidentin Amara Velden wird am 20. und 21. Juni 2024 auf Einladung von "
            "Präsident Oskar Lind einen Staatsbesuch in Saldovien absolvieren.</p>"
            "<div class='content'><p>Die Bundespräsidentin wird von einer Delegation aus "
            "Wirtschaft und Wissenschaft begleitet.</p><p>In Ostrava wird sie den Hafen "
            "besichtigen und mit Studierenden sprechen.</p></div>")
    url = "https://praesident.veloria.example/DE/aktuelles/2024/06/14/staatsbesuch.html"
    page = page_of(body, title="Staatsbesuch", url=url)
    assert extract_html(page)[0].published_at.startswith("2024-06-14")
    assert parse_page(page)[0].kind == "announcement"


@pytest.mark.parametrize(("closing", "place"), [
    ("<p>Amara Velden</p><p>President of the Republic of Veloria</p>"
     "<p>Port Lessa, 4 February 2024</p>", "Port Lessa"),
    ("<p>З повагою</p><p>Амара Велден</p><p>м. Верхоград, 23 серпня 2024 року</p>",
     "Верхоград"),
    ("<p>The talks will go on in May, the minister said in closing.</p>"
     "<p>Lessa Evening Post, 5 March 2025</p>", None),
])
def test_the_place_under_a_signature(closing: str, place: str | None) -> None:
    body = ("<article><h1>Message to President Oskar Lind</h1><time datetime='2024-02-04'>"
            "4 February 2024</time><div class='content'><p>Dear Mr President,</p><p>It was "
            "with profound sadness that I learned of the earthquake in your country.</p>"
            f"{closing}</div></article>")
    assert extract_html(page_of(body, title="Message"))[0].place == place


def test_a_releases_end_word_over_its_media_contact() -> None:
    body = ("<article><h1>Prime Minister announces harbour works</h1><time datetime='2025-03-14'>"
            f"14 March 2025</time><div class='content'>{ARTICLE_TEXT}<p style='text-align:center'>"
            "<strong>ENDS</strong></p><p><strong>Media contact:</strong> Amara Velden, Press "
            "Secretary, +690 555 2231</p></div></article>")
    doc = extract_html(page_of(body, title="Harbour"))[0]
    assert doc.blocks[-1].text.startswith("Veloria calls on every side")


@pytest.mark.parametrize("tail", ["(vk)", "(VNA) FM/RK"])
def test_an_editors_initials_or_an_agencys_end_tag_close_the_text(tail: str) -> None:
    body = ("<article><h1>Statement on the talks</h1><time datetime='2025-03-14'>14 March 2025"
            f"</time><div class='content'>{ARTICLE_TEXT}<p>{tail}</p></div></article>")
    assert extract_html(page_of(body, title="Talks"))[0].blocks[-1].text != tail


def test_a_drupal_body_field_of_the_type_with_summary_is_the_text() -> None:
    body = ("<article><h1>Віншаванне Прэзідэнту Саладовіі</h1><time datetime='2025-03-14'>"
            "14 сакавіка 2025</time><div class='clearfix text-formatted field field--name-body "
            "field--type-text-with-summary field__item'><p>Кіраўнік дзяржавы адзначыў, што "
            "адносіны паміж краінамі развіваюцца ў духу сяброўства і ўзаемнай павагі.</p>"
            "<p>Ён пажадаў народу Саладовіі міру і дабрабыту.</p></div></article>")
    doc = extract_html(page_of(body, title="Віншаванне"))[0]
    assert doc.blocks and doc.blocks[0].text.startswith("Кіраўнік дзяржавы адзначыў")


def test_a_bitrix_detail_preview_is_the_lead() -> None:
    body = ("<div class='bx-content'><div class='news-detail'><img class='detail_picture' "
            "src='/upload/1.jpg' alt='Телефонный разговор'><span class='news-date-time'>"
            "14.03.2025 16:20</span><div class='news-detail-preview'>Состоялся телефонный "
            "разговор Президента Велории Амары Велден с Президентом Саладовии Оскаром Линдом."
            "</div><div class='news-detail-text'><p>Главы государств обсудили ход реализации "
            "договорённостей, достигнутых в ходе визита делегации в Саладовию.</p><p>Стороны "
            "договорились продолжить контакты на различных уровнях.</p></div>"
            "<div class='news-detail-back'><a href='/press/news/'>Возврат к списку</a></div>"
            "</div></div>")
    doc = extract_html(page_of(body, title="Телефонный разговор с Президентом Саладовии"))[0]
    assert (doc.lead or "").startswith("Состоялся телефонный разговор")


def test_a_gallery_whose_captions_stand_in_divs() -> None:
    slides = "".join(f"<div class='photo-item'><img src='/p/{k}.jpg'><div class='caption'>"
                     f"Президент дар шаҳри Лесса, акси {k}.</div></div>" for k in range(6))
    body = (f"<h1>Фоторепортаж: Сафари корӣ ба Лесса</h1><div class='photo-gallery'>{slides}"
            "</div>")
    with pytest.raises(PageDropped, match="photo gallery"):
        extract_html(page_of(body, title="Фоторепортаж"))


def test_a_listing_of_title_links_and_their_dates_without_paragraphs() -> None:
    items = "".join(f"<li><a href='PressRelease.aspx?PRID=21112{k}'>Minister Velden meets the "
                    f"envoy of Saldovia, meeting number {k}</a><span class='publishdatesmall'>"
                    f"Posted on: 14 MAR 2025 {k}:30PM</span></li>" for k in range(1, 7))
    menu = "".join(f"<li><a href='/m{k}.aspx'>Menu entry {k}</a></li>" for k in range(6))
    body = (f"<div class='container'><div class='col-sm-3'><ul>{menu}</ul></div>"
            "<div class='col-sm-9'><h2>All Press Releases</h2><p class='release-count'>"
            "Displaying 6 releases for 14 March 2025</p><div class='content-area'><h3>Prime "
            f"Minister's Office</h3><ul class='num'>{items}</ul></div></div><p>Website Content "
            "Managed by the Press Office of Veloria</p><p>Last Updated On: 14 MAR 2025 | "
            "Visitors: 48,211,097</p></div>")
    docs = extract_html(page_of(body, title="All Press Releases"))
    assert [(d.complete, d.published_at) for d in docs] == [
        (False, f"2025-03-14T{12 + k}:30") for k in range(1, 7)]


@pytest.mark.parametrize(("opening", "place"), [
    ("March 14, 2025 - Harbridge, Eastmark - Foreign Affairs Veloria", "Harbridge, Eastmark"),
    ("Lessa, March 14 (VNA) - His Highness the Amir received a telephone call today.", "Lessa"),
])
def test_the_place_of_datelines_of_more_shapes(opening: str, place: str) -> None:
    body = ("<article><h1>Readout of the call</h1><time datetime='2025-03-14'>14 March 2025"
            f"</time><div class='content'><p>{opening}</p>{ARTICLE_TEXT}</div></article>")
    assert extract_html(page_of(body, title="Readout"))[0].place == place


def test_a_section_beside_the_date_is_no_place() -> None:
    body = ("<article><div class='meta'><time>2 April 2025, 08:00</time> <span class='cat'>"
            f"Statements</span></div><h1>Statement on the harbour</h1>{ARTICLE_TEXT}</article>")
    doc = extract_html(page_of(body, title="Statement on the harbour"))[0]
    assert (doc.published_at, doc.place) == ("2025-04-02T08:00", None)


@pytest.mark.parametrize(("line", "place"), [
    ("Publié le vendredi 8 mars 2025 à 11h45 &ndash; Port-Aubrel", "Port-Aubrel"),
    ("Datum: 07.03.2025 · Ort: Selbrück", "Selbrück"),
])
def test_the_place_after_a_labelled_date(line: str, place: str) -> None:
    body = (f"<article><h1>Le Premier ministre au port</h1><p class='info-publi'>{line}</p>"
            f"<div class='content'>{ARTICLE_TEXT}</div></article>")
    assert extract_html(page_of(body, title="Au port"))[0].place == place


@pytest.mark.parametrize(("opening", "place"), [
    ("Vân Khê (TTXLS) – Chủ tịch nước đã tiếp Đại sứ Cộng hòa Veloria tại Phủ Chủ tịch.",
     "Vân Khê"),
    ("云通社澜城3月14日电（记者周明）3月14日，国家主席林远舟同维洛里亚总统通电话。", "澜城"),
])
def test_the_place_of_agency_datelines_without_a_date_or_in_chinese(opening: str,
                                                                     place: str) -> None:
    body = ("<article><h1>Tin tức</h1><time datetime='2025-03-14'>14/03/2025</time>"
            f"<div class='content'><p>{opening}</p>{ARTICLE_TEXT}</div></article>")
    assert extract_html(page_of(body, title="Tin tức"))[0].place == place


@pytest.mark.parametrize("end", ["<p>*****</p><p>Biro Pers, Media, dan Informasi Sekretariat "
                                 "Presiden</p>", "<p>#################</p>", "<p>（完）</p>"])
def test_an_end_rule_and_the_press_offices_signature_under_it_close_the_text(end: str) -> None:
    body = (f"<article><h1>Pidato Presiden</h1><time datetime='2025-03-14'>14 Maret 2025</time>"
            f"<div class='content'>{ARTICLE_TEXT}{end}</div></article>")
    doc = extract_html(page_of(body, title="Pidato"))[0]
    assert doc.blocks[-1].text.endswith("shelter.")


@pytest.mark.parametrize(("url", "head_comment", "want"), [
    ("https://web.archive.org/web/20250314153010/https://www.pm.vl/news/call-14-march", "",
     "https://www.pm.vl/news/call-14-march"),
    (None, "<!-- saved from url=(0033)https://www.pm.vl/news/call-14 -->\n",
     "https://www.pm.vl/news/call-14"),
])
def test_the_address_a_capture_or_a_saved_page_came_from(url: str | None, head_comment: str,
                                                         want: str) -> None:
    html = (f"<!DOCTYPE html>\n{head_comment}<html><head><title>Call</title></head><body>"
            f"<article><h1>Call with the Premier</h1><time datetime='2025-03-14'>14 March 2025"
            f"</time>{ARTICLE_TEXT}</article></body></html>")
    assert extract_html(html_page(html, url=url))[0].url == want


@pytest.mark.parametrize(("field", "place"), [
    ("<div class='dateline'>المنارة في 14 مارس 2025</div>", "المنارة"),
    ("<dl><dt>Locatie</dt><dd>Kaapduin</dd></dl>", "Kaapduin"),
])
def test_an_arabic_datelines_place_and_a_dutch_place_field(field: str, place: str) -> None:
    body = (f"<article><h1>Statement</h1><time datetime='2025-03-14'>14 March 2025</time>"
            f"{field}<div class='content'>{ARTICLE_TEXT}</div></article>")
    assert extract_html(page_of(body, title="Statement"))[0].place == place


def test_a_table_of_a_documents_fields_over_its_short_text_is_no_text() -> None:
    body = ("<div class='article'><table class='policy'><tr><td>索 引 号：</td><td>000014349/2025"
            "-00051</td><td>主题分类：</td><td>国土资源、能源</td></tr><tr><td>发文机关：</td>"
            "<td>维洛里亚共和国主席</td><td>成文日期：</td><td>2025年03月13日</td></tr><tr><td>"
            "标　　题：</td><td colspan='3'>维洛里亚共和国主席令（第十二号）</td></tr><tr><td>"
            "发文字号：</td><td>主席令第12号</td><td>发布日期：</td><td>2025年03月13日</td></tr>"
            "</table><h1>维洛里亚共和国主席令</h1><div class='pages_content'><p>《维洛里亚"
            "共和国森林保护法》已由人民议会常务委员会第九次会议于2025年3月13日修订通过，现予公布，自2025年9月"
            "1日起施行。</p><p>维洛里亚共和国主席　林远舟</p></div></div>")
    doc = extract_html(page_of(body, title="维洛里亚共和国主席令"))[0]
    assert doc.blocks[0].text.startswith("《维洛里亚共和国森林保护法》")


SPEAKER_ROWS = [("Portavoce Marco Lenzi", "Buonasera. La parola alla Presidente Ferrandi."),
                ("Presidente Ferrandi", "Grazie. Il Consiglio ha approvato oggi il decreto."),
                ("Giornalista (Il Corriere di Lessa)", "Presidente, da dove arrivano le risorse?"),
                ("Presidente Ferrandi", "Dal fondo per la coesione, in tre anni."),
                ("Anna Moretti (Radio Lessa)", "E i tempi dei cantieri?"),
                ("Presidente Ferrandi", "I primi cantieri apriranno in autunno.")]


@pytest.mark.parametrize("shape", ["table", "divs"])
def test_speakers_in_cells_or_boxes_of_their_own_without_a_colon(shape: str) -> None:
    if shape == "table":
        rows = "".join(f"<tr><td class='interlocutore'>{who}</td><td class='intervento'>"
                       f"<p>{said}</p></td></tr>" for who, said in SPEAKER_ROWS)
        transcript = f"<table class='resoconto'>{rows}</table>"
    else:
        transcript = "".join(f"<div class='interventie'><div class='vorbitor'>{who}</div>"
                             f"<div class='continut'><p>{said}</p></div></div>"
                             for who, said in SPEAKER_ROWS)
    body = ("<article><h1>Conferenza stampa della Presidente Giulia Ferrandi</h1><time "
            f"datetime='2025-03-14'>14 marzo 2025</time><div class='testo'>{transcript}</div>"
            "</article>")
    statement = parse_page(page_of(body, title="Conferenza stampa"), enrich=False)[0]
    assert [t.speaker for t in statement.turns] == [
        "Marco Lenzi", "Giulia Ferrandi", None, "Giulia Ferrandi", "Anna Moretti",
        "Giulia Ferrandi"]


def test_a_definition_terms_speaker_with_a_translation_note() -> None:
    terms = [("LE PRÉSIDENT", "Madame la Chancelière, bienvenue à Lessa."),
             ("LA CHANCELIÈRE (traduction)", "Merci, Monsieur le Président."),
             ("LE PRÉSIDENT", "Nous avons parlé du corridor ferroviaire."),
             ("LA CHANCELIÈRE (traduction)", "Et de l'énergie, qui nous unit.")]
    items = "".join(f"<dt>{who}</dt><dd>{said}</dd>" for who, said in terms)
    body = ("<article><h1>Conférence de presse conjointe</h1><time datetime='2025-03-14'>14 mars "
            f"2025</time><div class='texte'><dl>{items}</dl></div></article>")
    statement = parse_page(page_of(body, title="Conférence de presse"), enrich=False)[0]
    assert len(statement.turns) == 4


def test_the_kind_a_kicker_over_the_headline_names_wins_over_a_salutation() -> None:
    body = ("<article><header><p class='topline'>Rede</p><h1>Festakt „75 Jahre Verfassung“</h1>"
            "</header>"
            "<p class='meta'>Veröffentlicht am 14. März 2025</p><div class='frame-type-text'>"
            "<p>Sehr geehrte Frau Parlamentspräsidentin,</p><p>vor fünfundsiebzig Jahren haben "
            "Frauen und Männer in Lessa eine Verfassung geschrieben, die bis heute trägt.</p>"
            "<p>Ich danke Ihnen allen, dass Sie heute gekommen sind, um daran zu erinnern.</p>"
            "</div></article>")
    assert parse_page(page_of(body, title="Festakt"), enrich=False)[0].kind == "speech"


def test_a_modal_consent_layer_over_a_listing_is_no_statement() -> None:
    items = "".join(f"<li><a href='/pm/{k}'>Die Bundesregierung beschließt das Programm {k} "
                    f"für die Häfen</a> <time datetime='2025-03-1{k}'>1{k}.03.2025</time></li>"
                    for k in range(1, 7))
    body = ("<div id='consent' class='consent-layer' role='dialog' aria-modal='true'><h2>"
            "Datenschutzeinstellungen</h2><p>Wir möchten unsere Website verbessern und dafür "
            "Statistiken erheben. Sie entscheiden, ob Sie zustimmen.</p><button>Einverstanden"
            "</button></div><main><h1>Pressemitteilungen</h1>"
            f"<ul class='list'>{items}</ul></main>")
    docs = extract_html(page_of(body, title="Pressemitteilungen"))
    assert docs and not any(d.complete for d in docs)


def test_a_chinese_bold_name_with_a_full_width_translators_note_and_colon() -> None:
    body = ("<article><h1>会谈</h1><time datetime='2025-03-14'>2025年3月14日</time>"
            "<div class='text'><p><b>马特维·多罗霍夫</b>：欢迎您来到莱萨。</p>"
            "<p><b>埃斯特万·奥里奥尔</b>（译文）：很好。</p>"
            "<p><b>马特维·多罗霍夫</b>：那我们就开始工作吧。</p></div></article>")
    doc = extract_html(page_of(body, title="会谈"))[0]
    assert [(b.label or "")[:9] for b in doc.blocks] == ["马特维·多罗霍夫", "埃斯特万·奥里奥尔",
                                                         "马特维·多罗霍夫"]


@pytest.mark.parametrize(("heading", "group"), [("الشخصيات", "Persons"), ("Geografía", "Geography"),
                                                ("Géographie", "Geography")])
def test_tag_list_headings_in_more_languages(heading: str, group: str) -> None:
    tree = LexborHTMLParser(f"<div><h3>{heading}</h3><ul><li><a href='/t/1'>Lind Oskar</a></li>"
                            "</ul></div>")
    assert tag_group(tree.css_first("a")) == group


@pytest.mark.parametrize("marks", [
    "<div class='meta'><span class='type'>Kõne</span> <span class='date'>12.10.2024</span></div>",
    "<ol class='breadcrumb'><li><a href='/en/'>Home</a></li><li><a href='/en/speeches/'>"
    "Speeches</a></li></ol><div class='meta'><span class='date'>12.10.2024</span></div>",
])
def test_a_pages_type_beside_its_date_or_its_breadcrumb_names_its_kind(marks: str) -> None:
    body = (f"<main>{marks}<article><h1>Vabariigi President Lessa Ülikooli 100. aastapäeval</h1>"
            "<p>Lugupeetud rektor, head õppejõud ja üliõpilased!</p><p>Sada aastat tagasi "
            "avati Lessas ülikool, mis on kasvatanud meie rahva parimad teadlased.</p><p>Täna "
            "tänan kõiki, kes on selle maja heaks töötanud.</p></article></main>")
    assert parse_page(page_of(body, title="Kõne"), enrich=False)[0].kind == "speech"


def test_a_page_its_scripts_render_gives_the_article_its_app_state_holds() -> None:
    state = json.dumps({"props": {"pageProps": {"article": {
        "type": "speech", "title": "Remarks by President Amara Velden at the Harbour Congress",
        "summary": "The President spoke to the harbour workers of Lessa.",
        "publishedAt": "2025-03-14T09:00:00.000Z",
        "body": "<p>Dear delegates,</p><p>Our ports handled a record forty million tonnes of "
                "cargo last year. That record belongs to you, not to the ministers who cut the "
                "ribbons.</p><p>I have signed today the decree raising the safety standards for "
                "night shifts in all state-owned ports.</p>"}}}})
    html = ("<html><head><title>President of Veloria</title></head><body><div id='__next'>"
            "<div class='skeleton'></div></div><script id='__NEXT_DATA__' "
            f"type='application/json'>{state}</script></body></html>")
    doc = extract_html(html_page(html))[0]
    assert (doc.title, doc.published_at[:16]) == (
        "Remarks by President Amara Velden at the Harbour Congress", "2025-03-14T09:00")
    assert doc.blocks[0].text == "Dear delegates,"


def test_a_lead_box_that_holds_the_whole_statement_is_its_text_too() -> None:
    body = ("<article><h1>Prezydent rozmawiał z Premierem Saldovii</h1><time datetime="
            "'2025-03-14'>14 marca 2025</time><div class='article-content'><p class='lead'>"
            "Prezydent Amara Velden rozmawiał dziś telefonicznie z Premierem Saldovii Oskarem "
            "Lindem o współpracy energetycznej.</p></div></article>")
    doc = extract_html(page_of(body, title="Rozmowa"))[0]
    assert doc.blocks and doc.blocks[0].text.startswith("Prezydent Amara Velden rozmawiał")


def test_the_sites_date_of_today_and_a_french_dateline_around_a_time_element() -> None:
    body = ("<div class='top'><span class='fecha-hoy'>Lessa, martes 18 de marzo de 2025</span>"
            "</div><article><h1>Decreto sobre el puerto</h1><p class='communique__meta'>"
            "Montvert-Ville, le <time>vendredi 14 mars 2025</time></p>"
            f"<div class='content'>{ARTICLE_TEXT}</div></article>")
    doc = extract_html(page_of(body, title="Decreto"))[0]
    assert (doc.published_at, doc.place) == ("2025-03-14", "Montvert-Ville")


def test_ends_over_the_about_section_and_the_media_contacts() -> None:
    body = (f"<article><h1>Prime Minister announces a day of service</h1><time datetime="
            f"'2025-03-14'>14 March 2025</time><div class='field--name-body'>{ARTICLE_TEXT}"
            "<p>-30-</p><h3>About the Office of the Prime Minister</h3><p>The Office supports "
            "the Prime Minister in leading the Government of Veloria.</p><h3>Media contacts</h3>"
            "<p>Press Office</p><p>+1 555 0100</p><p>media@pm.vl</p></div></article>")
    doc = extract_html(page_of(body, title="Day of service"))[0]
    assert doc.blocks[-1].text.endswith("shelter.")


def test_a_list_of_decisions_keeps_the_paragraphs_around_it() -> None:
    items = "".join(f"<li><p>O decreto-lei número {k} que cria o programa de apoio à habitação "
                    "dos jovens, através de uma garantia pública sobre o empréstimo e de uma "
                    "isenção do imposto municipal na compra da primeira casa.</p></li>"
                    for k in range(1, 5))
    body = ("<main><div class='comunicado'><div class='comunicado-head'><h1>Comunicado do "
            "Conselho de Ministros</h1><div class='date'>2025-03-14 às 18h00</div></div>"
            "<div class='comunicado-body'><p>O Conselho de Ministros reuniu-se hoje em Lessa e "
            f"aprovou o seguinte:</p><ol>{items}</ol><p>Foram ainda aprovadas duas nomeações "
            "para o conselho de administração do porto.</p></div></div></main>")
    doc = extract_html(page_of(body, title="Comunicado"))[0]
    texts = [doc.lead or "", *(b.text for b in doc.blocks)]
    assert any(t.startswith("O Conselho de Ministros reuniu-se") for t in texts)
    assert texts[-1].startswith("Foram ainda aprovadas")


def test_a_text_between_line_breaks_around_a_quoted_poem() -> None:
    lines = "<br><br>".join(f"Satz {k} der Rede über die Zukunft des Landes Veloria, die wir "
                            "gemeinsam gestalten wollen." for k in range(1, 9))
    body = ("<article><h1>Regierungserklärung</h1><time datetime='2025-03-14'>14. März 2025"
            f"</time><div class='article-text richtext'>Sehr geehrte Frau Präsidentin!<br><br>"
            f"{lines}<br><br><blockquote>„Wer nur das Morgen fürchtet, verliert das Heute.“"
            "</blockquote>Lassen Sie uns gemeinsam beginnen.</div></article>")
    doc = extract_html(page_of(body, title="Regierungserklärung"))[0]
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Sehr geehrte Frau Präsidentin!" and texts[-1].startswith("Lassen Sie")


def test_a_decree_of_a_sentence_beside_a_sidebar_of_news_cards() -> None:
    cards = "".join(f"<div class='news-item'><span class='date'>14 березня 2025 року</span><a "
                    f"href='/uk/news/{k}'>Президент зустрівся з лікарями області номер {k}</a>"
                    "<p>Глава держави подякував медикам за їхню самовіддану працю та доручив "
                    "уряду невідкладно вирішити питання з доплатами для лікарів, які працюють у "
                    "громадах поблизу лінії зіткнення.</p></div>" for k in range(1, 3))
    body = ("<div class='content'><div class='article'><h1>УКАЗ ПРЕЗИДЕНТА ВЕЛОРІЇ №123/2025</h1>"
            "<div class='article__date'>15 березня 2025 року - 17:30</div><div class="
            "'article__content'><p>Призначити КОВАЛЬ Ліну Андріївну Надзвичайним і Повноважним "
            "Послом Велорії в Республіці Сальдовія.</p><p><strong>Президент Велорії О.ГРИНЧУК"
            "</strong></p><p>15 березня 2025 року<br>№123/2025</p></div></div><div "
            f"class='sidebar'><div class='sidebar__block'><h3>Останні новини</h3>{cards}</div>"
            "</div></div>")
    doc = extract_html(page_of(body, title="Указ"))[0]
    assert doc.blocks[0].text.startswith("Призначити КОВАЛЬ")


def test_a_bold_read_also_label_before_one_link_is_no_speaker() -> None:
    body = ("<article><h1>Otevřený dopis prezidenta</h1><time datetime='2025-03-14'>14. března "
            "2025</time><div class='text'><p>Vážení spoluobčané,</p><p>píši vám tento dopis, "
            "protože naše země stojí před důležitým rozhodnutím o budoucnosti přístavu.</p>"
            "<p><strong>Čtěte také:</strong> <a href='/news/1'>Prezident položil věnec u Karlovy "
            "koleje</a></p><p>Věřím, že společně najdeme dobré řešení.</p></div></article>")
    doc = extract_html(page_of(body, title="Otevřený dopis"))[0]
    assert not any(b.label for b in doc.blocks)
    assert not any("Čtěte také" in b.text for b in doc.blocks)


def test_a_polish_update_label_and_a_views_counter_beside_the_date() -> None:
    assert UPDATED_LABEL.search("Data aktualizacji: 16.03.2025")
    body = ("<article><h1>Exposé</h1><div class='news-single__meta'>March 14, 2025 — 21:10 "
            f"<span class='views'>4 812</span></div><div class='content'>{ARTICLE_TEXT}</div>"
            "</article>")
    assert extract_html(page_of(body, title="Exposé"))[0].published_at == "2025-03-14T21:10"


def test_the_full_texts_hidden_tab_beside_a_summary_tab() -> None:
    speech = "".join(f"<p>Mesdames et Messieurs, voici la partie {k} de mon discours devant le "
                     "Parlement de Veloria sur la transition énergétique.</p>" for k in range(6))
    body = ("<article><h1>Discours de politique générale</h1><time datetime='2025-03-14'>14 "
            "mars 2025</time><div class='tabs'><ul role='tablist'><li><button role='tab' "
            "id='tab-resume'>Résumé</button></li><li><button role='tab' id='tab-texte'>Texte "
            "intégral</button></li></ul><div class='tabs__panel' role='tabpanel' id='panel-resume'"
            " aria-labelledby='tab-resume'><h2>Ce qu'il faut retenir</h2><ul><li>Une loi de "
            "programmation pour la transition sera présentée avant la fin de l'année.</li></ul>"
            "</div><div class='tabs__panel' role='tabpanel' id='panel-texte' aria-labelledby="
            f"'tab-texte' hidden>{speech}</div></div></article>")
    doc = extract_html(page_of(body, title="Discours"))[0]
    assert doc.blocks[0].text.startswith("Mesdames et Messieurs, voici la partie 0")
    assert not any("Ce qu'il faut retenir" in b.text for b in doc.blocks)


def test_a_box_of_key_points_over_the_text() -> None:
    body = ("<article><h1>Discurso do Presidente</h1><time datetime='2025-03-14'>14 de março de "
            "2025</time><div id='content-core'><div class='box-destaque pontos-chave'><h3>"
            "Pontos-chave</h3><ul><li>Novo programa de habitação para jovens.</li></ul></div>"
            f"{ARTICLE_TEXT}</div></article>")
    doc = extract_html(page_of(body, title="Discurso"))[0]
    assert doc.blocks[0].text.startswith("The Prime Minister of Veloria spoke today")


@pytest.mark.parametrize(("opening", "place"), [
    ("تل الورد – استقبل الرئيس اليوم وزير خارجية سالدوفيا في قصر الرئاسة.", "تل الورد"),
    ("አዲስ ወይና፣ መጋቢት 5 ቀን 2017 ዓ.ም – ጠቅላይ ሚኒስትሩ የቬሎሪያ ፕሬዝዳንትን ተቀብለው አነጋገሩ።", "አዲስ ወይና"),
    ("Nova Lunda – O Presidente da República enviou uma mensagem de felicitações.", "Nova Lunda"),
])
def test_the_opening_place_in_scripts_without_capitals_and_in_title_case(opening: str,
                                                                          place: str) -> None:
    body = ("<article><h1>Readout</h1><time datetime='2025-03-14'>14 March 2025</time>"
            f"<div class='content'><p>{opening}</p>{ARTICLE_TEXT}</div></article>")
    assert extract_html(page_of(body, title="Readout"))[0].place == place


def test_a_closing_formula_over_the_signature_names_the_place() -> None:
    body = (f"<article><h1>Communiqué du Conseil des ministres</h1><time datetime='2025-03-14'>"
            f"14 mars 2025</time><div class='content'>{ARTICLE_TEXT}<p>Fait à Lessa, le 14 mars "
            "2025</p><p>Le Ministre de la Communication,</p><p>Porte-parole du Gouvernement</p>"
            "<p>Hortense DIALLO</p></div></article>")
    assert extract_html(page_of(body, title="Communiqué"))[0].place == "Lessa"
