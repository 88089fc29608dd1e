"""HTML extraction: fields of real and example pages, labels, listings, drops, site time."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from communique.errors import PageDropped
from communique.extract.html import extract_html, with_offset
from communique.extract.sitetime import site_timezone, utc_offset
from communique.models import Block, Document, Page, Source
from communique.report import Report
from communique.sources import iter_file_pages

from .conftest import EXAMPLES, KREMLIN, require

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

KREMLIN_FIELDS = [
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
]


@pytest.mark.parametrize(("html", "label", "text"), LABELS,
                         ids=["colon-inside", "colon-after", "retranslated", "line-break",
                              "bold-word-no-colon", "wrapped-in-span", "note-in-plain-text",
                              "note-closed-outside-label-alone", "note-then-words",
                              "stray-bracket"])
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
    assert doc.published_at == "2024-03-12T00:43+00:00"
    assert [b.text[:12] for b in doc.blocks] == [
        "Harbour Hall", "7:02 P.M.", "THE PRESIDEN", "We have buil", "Thank you al"]


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
