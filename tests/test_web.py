"""The web pages: rendered on the server, accessible, escaped, with the security headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from communique.config import Settings
from communique.models import Participant, Turn
from communique.store import add_all, open_archive
from communique.web import create_app
from communique.web.render import format_time, safe_href

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
