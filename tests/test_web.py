"""The web pages: rendered on the server, accessible, escaped, with the security headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from communique.config import Settings
from communique.models import Participant, Source, Statement, Turn
from communique.store import add_all, open_archive
from communique.web import create_app
from communique.web.render import format_time, safe_href, segments

from .copies import build_linked_archive
from .veloria import INTERVIEW_ID, TEASER_ID, build_archive, corpus

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = build_archive(str(tmp_path_factory.mktemp("web") / "archive.db"))
    base = corpus()[0]
    with open_archive(path) as archive:
        add_all(archive, [replace(base, text=base.text + "\nA closing word.",
                                  source=replace(base.source, fetched_at="2030-01-01"))])
        hostile_text = f"Opening {HOSTILE}\nharbour {HOSTILE}"
        add_all(archive, [replace(
            base, id="b0b0b0b0b0b0b0b0", title=f"Hostile {HOSTILE}", text=hostile_text,
            lead=HOSTILE, place=HOSTILE, site=HOSTILE, url="javascript:window.__pwned=3",
            language=HOSTILE,
            participants=[Participant(HOSTILE, "guest")],
            turns=[Turn(HOSTILE, "answer", hostile_text, 0, len(hostile_text))])])
    with TestClient(create_app(Settings(db=path)), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.mark.parametrize("path", ["/", "/search?q=harbour", f"/statements/{INTERVIEW_ID}",
                                  "/people/Ilsa%20Maren", "/entities/Port%20Lessa"],
                         ids=["home", "search", "statement", "person", "entity"])
def test_pages_have_landmarks_and_a_viewport(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    page = response.text
    for landmark in ("<header", "<nav", '<main id="main"', "<footer", 'lang="en"',
                     'name="viewport"', 'href="#main"'):
        assert landmark in page
    assert "<script" not in page
    assert len(re.findall(r"<h1[ >]", page)) == 1
    for input_id in re.findall(r'<(?:input|select) id="([^"]+)"', page):
        assert f'for="{input_id}"' in page


def test_home_lists_the_latest_with_kind_filters(client: TestClient) -> None:
    page = client.get("/", params={"kind": "letter"}).text
    assert page.count('class="result"') == 2
    assert 'href="/?kind=phone_call"' in page and 'aria-current="page"' in page


def test_search_page_shows_facets_snippets_and_exports(client: TestClient) -> None:
    page = client.get("/search", params={"q": "harbour"}).text
    assert "<mark>harbour</mark>" in page
    assert 'href="/search?q=harbour&amp;kind=phone_call"' in page
    assert 'href="/search?q=harbour&amp;since=2022-01-01&amp;until=2022-12-31"' in page
    for fmt in ("jsonl", "csv", "parquet", "tei"):
        assert f"format={fmt}" in page
    assert 'href="/search.atom?q=harbour"' in page


def test_statement_page_is_a_dialogue_with_anchors_and_citations(client: TestClient) -> None:
    page = client.get(f"/statements/{INTERVIEW_ID}").text
    assert page.count('class="turn turn-question"') == 2
    assert page.count('class="turn turn-answer"') == 2
    assert [f'id="p{n}"' in page for n in range(1, 6)] == [True] * 5
    assert f"/statements/{INTERVIEW_ID}#p2" in page
    assert "para. 2, version 2. Communique archive" in page
    assert "24 September 2021, 12:10 (UTC+04:00)" in page
    assert 'href="https://president.vl/news/' in page
    assert f'href="/statements/{INTERVIEW_ID}?version=1"' in page
    assert 'href="#p2">three ferry lines run</a>' in page


def test_a_statement_carries_its_language_and_direction(client: TestClient) -> None:
    # Screen readers pick the voice by lang; dir="auto" sets Arabic or Hebrew right to left.
    page = client.get(f"/statements/{INTERVIEW_ID}").text
    assert page.count(' lang="en" dir="auto"') == 3  # title, lead, text
    results = client.get("/search", params={"q": "harbour"}).text
    assert '<h3 lang="en" dir="auto">' in results


def test_language_facet_names_the_language(client: TestClient) -> None:
    page = client.get("/search", params={"q": "harbour"}).text
    assert ">English (en)</a>" in page
    filtered = client.get("/search", params={"q": "harbour", "language": "en"}).text
    assert "language: English (en)" in filtered


def test_an_old_version_says_so(client: TestClient) -> None:
    page = client.get(f"/statements/{INTERVIEW_ID}", params={"version": 1}).text
    assert "You are reading version 1" in page and "A closing word." not in page


def test_teaser_is_marked_incomplete(client: TestClient) -> None:
    page = client.get(f"/statements/{TEASER_ID}").text
    assert 'id="incomplete"' in page and "not the whole statement" in page


def test_hostile_fields_are_escaped_and_unsafe_links_not_linked(client: TestClient) -> None:
    page = client.get("/statements/b0b0b0b0b0b0b0b0").text
    assert "<script>window" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert 'href="javascript:' not in page
    results = client.get("/search", params={"q": "harbour"}).text
    assert "<script>window" not in results and "&lt;script&gt;" in results


@pytest.mark.parametrize(("path", "status", "text"), [
    ("/search?q=%22harbour", 400, 'unterminated phrase: a &#34;'),
    ("/statements/nope", 404, "no statement &#39;nope&#39;"),
    ("/people/Nobody", 404, "0 statements by, with or about Nobody"),
    ("/no/such/page", 404, "no such page"),
], ids=["query", "statement", "person", "route"])
def test_errors_are_pages_with_the_status(client: TestClient, path: str, status: int,
                                          text: str) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert text in response.text
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_static_css_is_served(client: TestClient) -> None:
    response = client.get("/static/style.css")
    assert response.status_code == 200 and "max-width" in response.text


@pytest.mark.parametrize(("url", "expected"), [
    ("https://president.vl/a", "https://president.vl/a"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None),
    ("data:text/html,x", None), ('https://x.vl/"onmouseover=x', None), (None, None),
], ids=["https", "javascript", "javascript-case", "data", "quote", "none"])
def test_safe_href(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


@pytest.mark.parametrize(("value", "text"), [
    ("2021-09-24T12:10:00+04:00", "24 September 2021, 12:10 (UTC+04:00)"),
    ("2021-09-24", "24 September 2021"), (None, "date unknown"), ("soon", "soon"),
], ids=["zone", "day", "none", "unreadable"])
def test_format_time(value: str | None, text: str) -> None:
    assert format_time(value) == text


def test_filters_in_use_can_be_removed(client: TestClient) -> None:
    page = client.get("/search", params={"q": "harbour", "kind": "phone_call",
                                         "participant": "Ilsa Maren"}).text
    assert 'aria-label="Filters in use"' in page
    assert 'href="/search?q=harbour&amp;participant=Ilsa+Maren"' in page
    assert 'href="/search?q=harbour&amp;kind=phone_call"' in page
    assert '<input type="hidden" name="participant" value="Ilsa Maren">' in page


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The four forms of one interview and two other statements, ingested and linked."""
    path = build_linked_archive(str(tmp_path_factory.mktemp("copies") / "archive.db"))
    with TestClient(create_app(Settings(db=path)), raise_server_exceptions=False) as test_client:
        yield test_client


def copies_listed(page: str) -> list[str]:
    section = page[page.index('id="copies-title"'):]
    return re.findall(r'<li><a href="/statements/([^"]+)">', section[:section.index("</ul>")])


def test_a_copy_lists_the_other_forms_with_site_date_and_the_original(
        linked: TestClient) -> None:
    page = linked.get("/statements/news_copy").text
    assert copies_listed(page) == ["cut_copy", "official_interview",
                                   "official_interview_recrawl"]
    assert ('<a href="/statements/official_interview">Interview of President Amara Velden to '
            'the Coastal Review</a> <strong class="original">(original)</strong>') in page
    assert "· coastalreview.vl · <time datetime=\"2025-05-14\">14 May 2025</time>" in page
    assert 'href="/compare?a=official_interview&amp;b=news_copy"' in page
    assert 'href="/compare?a=news_copy&amp;b=cut_copy"' in page


def test_the_original_says_so_and_statements_apart_list_no_copies(linked: TestClient) -> None:
    page = linked.get("/statements/official_interview").text
    assert "This is the original; 3 other copies were found." in page
    assert copies_listed(page) == ["cut_copy", "official_interview_recrawl", "news_copy"]
    assert 'id="copies-title"' not in linked.get("/statements/harbour_speech").text


def test_the_history_lists_each_version_with_its_fetch_date_and_changes(
        linked: TestClient) -> None:
    page = linked.get("/statements/official_interview").text
    history = page[page.index('id="versions-title"'):]
    history = history[:history.index("</ol>")]
    assert re.findall(r'href="/statements/official_interview\?version=(\d)"', history) == [
        "1", "2"]
    assert '<time datetime="2025-05-14T09:05:00Z">14 May 2025, 09:05 (UTC+00:00)</time>' in history
    assert "2 June 2025, 04:00 (UTC+00:00)</time> (current)" in history
    assert ('href="/compare?a=official_interview@1&amp;b=official_interview@2">what changed '
            "from version 1</a>") in history
    old = linked.get("/statements/official_interview", params={"version": 1}).text
    assert 'href="/statements/official_interview?version=1" aria-current="page"' in old
    assert copies_listed(old) == copies_listed(page)  # an old version still shows its copies


def test_compare_page_summarises_and_aligns_the_two_texts(linked: TestClient) -> None:
    response = linked.get("/compare", params={"a": "official_interview@1", "b": "news_copy"})
    assert response.status_code == 200
    page = response.text
    assert ("<strong>The copy omits 1 paragraph and adds a 2-paragraph introduction.</strong>"
            in page)
    assert page.count('<tr class="row-only_b">') == 2 and page.count('<tr class="row-only_a">') == 1
    assert page.count('<tr class="row-same">') == 26
    assert "<del>President of the Republic of Veloria Amara Velden has given" in page
    assert '<a class="pn" href="/statements/news_copy#p3">¶3</a>' in page
    assert "<script" not in page and len(re.findall(r"<h1[ >]", page)) == 1
    assert '<th scope="col">A</th>' in page and "<caption>" in page


def test_two_versions_of_one_page_compare_word_by_word(linked: TestClient) -> None:
    page = linked.get("/compare", params={"a": "official_interview@1",
                                          "b": "official_interview@2"}).text
    assert "Compare two versions" in page
    assert "<strong>The other version rewords 1 sentence.</strong>" in page
    assert page.count('<tr class="row-reworded">') == 1
    assert '<del><span class="visually-hidden">removed: </span>spring,</del>' in page
    assert '<ins><span class="visually-hidden">added: </span>soon after.</ins>' in page


@pytest.mark.parametrize(("params", "status", "text"), [
    ({"a": "official_interview", "b": "nope"}, 404, "no statement &#39;nope&#39;"),
    ({"a": "official_interview@7", "b": "news_copy"}, 404,
     "no version 7 of statement &#39;official_interview&#39;"),
    ({"a": "<script>", "b": "news_copy"}, 400,
     "a: expected a statement id or ID@VERSION (e.g. abc123@2), got &#39;&lt;script&gt;&#39;"),
    ({"a": "news_copy"}, 400, "b: Field required"),
], ids=["unknown", "unknown-version", "malformed", "missing"])
def test_compare_errors_are_pages_with_the_status(linked: TestClient, params: dict,
                                                  status: int, text: str) -> None:
    response = linked.get("/compare", params=params)
    assert response.status_code == status
    assert text in response.text and "<script>" not in response.text
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_compare_escapes_hostile_text(client: TestClient) -> None:
    response = client.get("/compare", params={"a": INTERVIEW_ID, "b": "b0b0b0b0b0b0b0b0"})
    assert response.status_code == 200
    assert "<script>window" not in response.text and "<img src=x" not in response.text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in response.text


def test_turn_paragraphs_drop_the_label_the_heading_already_shows() -> None:
    text = "Opening words.\nNadia Orlen: When will the port open?\n- In the autumn.\nAnd more."
    turns = [Turn("Nadia Orlen", "question", "When will the port open?", 28, 52),
             Turn("Amara Velden", "answer", "In the autumn.\nAnd more.", 55, 79)]
    found = segments(Statement(id="x", kind="interview", title=None, published_at=None,
                               text=text, source=Source(format="text"), turns=turns))
    assert [(seg.number, seg.paragraphs) for seg in found] == [
        (0, [(1, "Opening words.")]),
        (1, [(2, "When will the port open?")]),
        (2, [(3, "In the autumn."), (4, "And more.")])]
