"""Markdown with front matter: the given fields used, the body stripped of markup."""

from __future__ import annotations

import json

import pytest

from communique.errors import RecordError
from communique.extract.markdown import extract_markdown, markdown_paragraphs
from communique.models import Page, Source
from communique.pipeline import parse_page
from communique.report import Report
from communique.sources import iter_file_pages

from .conftest import EXAMPLES, WHITEHOUSE, require

PAGE = """---
title: "Remarks by President Velden at the\\u00a0Harbour"
date: '2024-05-01'
published_time: 2024-05-01 10:15:00+02:00
source_url: https://example.org/remarks/harbour/
---
\u00a0
East Pier

11:02 A.M. CEST
\u00a0\u00a0
THE PRESIDENT:  Thank you.  The [harbour](https://example.org/h) is **open**,
and it has 12 piers.\u00a0\u00a0
\u00a0
Q    When does the ferry start?
\u00a0
THE PRESIDENT:  In May.

\\###
"""


def markdown_page(text: str) -> Page:
    return Page(content=text, format="markdown", source=Source(format="markdown", path="x.md"))


def test_front_matter_fields_are_used() -> None:
    doc = extract_markdown(markdown_page(PAGE))[0]
    assert doc.title == "Remarks by President Velden at the Harbour"
    assert doc.published_at == "2024-05-01T10:15+02:00"
    assert doc.url == "https://example.org/remarks/harbour/"
    assert doc.place == "East Pier"


def test_markup_is_stripped_to_paragraphs() -> None:
    doc = extract_markdown(markdown_page(PAGE))[0]
    assert [b.text for b in doc.blocks] == [
        "THE PRESIDENT: Thank you. The harbour is open, and it has 12 piers.",
        "Q When does the ferry start?", "THE PRESIDENT: In May."]


def test_turns_from_markdown() -> None:
    statement = parse_page(markdown_page(PAGE), enrich=False)[0]
    assert [(t.speaker, t.role) for t in statement.turns] == [
        ("President Velden", "statement"), (None, "question"), ("President Velden", "answer")]


@pytest.mark.parametrize("body,expected", [
    ("-   **Item one** and [a link](http://x)\n-   Item two", ["Item one and a link", "Item two"]),
    ("## A heading\n\nText.", ["A heading", "Text."]),
    ("Line one  \nLine two", ["Line one", "Line two"]),
    # A sharing bar is furniture; a label before words of its own is text.
    ("Text.\n\n*Compartilhe:* [Facebook](https://f.example) · [X](https://x.example)",
     ["Text."]),
    ("Share: the harbour's [plan](https://p.example) with us.",
     ["Share: the harbour's plan with us."]),
], ids=["list", "heading", "hard-break", "sharing-bar", "share-in-a-sentence"])
def test_markdown_paragraphs(body: str, expected: list[str]) -> None:
    assert [b.text for b in markdown_paragraphs(body)] == expected


def test_broken_front_matter_names_the_file() -> None:
    with pytest.raises(RecordError, match="x.md:front matter: front matter is not YAML"):
        extract_markdown(markdown_page("---\ntitle: [unclosed\n---\nText."))


def test_example_readout() -> None:
    path = EXAMPLES / "markdown" / "veloria_readout.md"
    statement = parse_page(next(iter_file_pages(path, report=Report())), enrich=False)[0]
    assert (statement.kind, statement.published_at) == ("phone_call", "2024-08-21T19:05+02:00")
    assert "ferry line" in (statement.lead or "") + statement.text
    assert "###" not in statement.text


def test_whitehouse_titles_and_dates() -> None:
    require(WHITEHOUSE.is_dir(), f"{WHITEHOUSE} (shared data)")
    wrong = []
    for line in (WHITEHOUSE / "gold.jsonl").read_text().splitlines():
        gold = json.loads(line)
        page = next(iter_file_pages(WHITEHOUSE / gold["file"], report=Report()))
        statement = parse_page(page, enrich=False)[0]
        title = " ".join(gold["title"].replace("\u00a0", " ").split())
        if statement.title != title or (statement.published_at or "")[:10] != gold["date"]:
            wrong.append((gold["file"], statement.title, statement.published_at))
    assert wrong == []


@pytest.mark.parametrize("key", ["publishDate", "pubDate", "publish_date", "datePublished"])
def test_the_date_keys_of_static_site_generators(key: str) -> None:
    page = (f"---\ntitle: Restoring the Harbour of Port Lessa\n{key}: 2025-03-12T10:15:00+01:00\n"
            "categories: [executive-orders]\n---\n\nBy the authority vested in me by the "
            "Constitution of Veloria, the harbour of Port Lessa shall be rebuilt.\n")
    doc = extract_markdown(markdown_page(page))[0]
    assert doc.published_at == "2025-03-12T10:15+01:00"
    # The categories are the page's sections: here they name its kind.
    assert doc.sections == ["executive orders"]
    assert parse_page(markdown_page(page))[0].kind == "document"


def test_the_front_matters_summary_is_the_lead_and_its_tag_list_the_tags() -> None:
    page = ("---\ntitle: Meeting with the harbour workers\ndate: 2025-03-14\n"
            "description: Amara Velden met the workers of Port Lessa.\n"
            "tags: [harbour, Lessa]\n---\n\nAmara Velden met the workers of Port Lessa.\n\n"
            "They spoke about the new piers and the railway.\n")
    [doc] = extract_markdown(markdown_page(page))
    assert doc.lead == "Amara Velden met the workers of Port Lessa."
    assert [b.text for b in doc.blocks] == ["They spoke about the new piers and the railway."]
    assert doc.tags == {"Topics": ["harbour", "Lessa"]}


def test_a_converters_markdown_reads_as_a_text_page() -> None:
    # html2text of a crawled page: menus and a breadcrumb before the title, a picture, a
    # related-news list and the copyright after the text.
    body = ("[Accueil](/) [Actualités](/actu)\n\nAccueil > Discours\n\n"
            "# Discours du Président Tomás Arvid au port de Lessa\n\n"
            "Lessa, le 14 mars 2025, 10:30\n\n![Le Président au port](/img/p.jpg)\n\n"
            "Mesdames et Messieurs, le nouveau port de Lessa ouvre aujourd'hui.\n\n"
            "Il accueillera douze navires à la fois.\n\n## Dans la même rubrique\n\n"
            "* [Visite à Orvil](/v)\n\n© 2025 Présidence de la République de Vélorie")
    [doc] = extract_markdown(markdown_page(body))
    assert (doc.title, doc.published_at, doc.place) == (
        "Discours du Président Tomás Arvid au port de Lessa", "2025-03-14T10:30", "Lessa")
    text = [doc.lead, *(b.text for b in doc.blocks)]
    assert text[0].startswith("Mesdames") and text[-1] == "Il accueillera douze navires à la fois."


def test_a_readers_header_gives_title_address_and_time() -> None:
    body = ("Title: President Arvid speaks with the King of Saldovia\n\n"
            "URL Source: https://president.veloria.example/en/news/7781\n\n"
            "Published Time: 2024-05-02T18:00:00+02:00\n\nMarkdown Content:\n"
            "The President spoke by telephone with the King of Saldovia on Thursday.\n\n"
            "They discussed the new ferry line between Lessa and Orvil.")
    [doc] = extract_markdown(markdown_page(body))
    assert (doc.title, doc.published_at, doc.url) == (
        "President Arvid speaks with the King of Saldovia", "2024-05-02T18:00+02:00",
        "https://president.veloria.example/en/news/7781")
    assert not any("Title:" in b.text for b in doc.blocks)


def test_a_converters_title_repeated_under_its_menus() -> None:
    body = ("Conversación telefónica con el Presidente de Saldovia\n"
            "=====================================================\n\n"
            "[Inicio](/) [Noticias](/n) [Agenda](/a)\n\n"
            "Conversación telefónica con el Presidente de Saldovia\n"
            "-----------------------------------------------------\n\n"
            "5 de marzo de 2024\n\n"
            "El Presidente conversó por teléfono con el Presidente de Saldovia.\n\n"
            "Ambos acordaron reunirse en Lessa en abril.")
    docs = extract_markdown(markdown_page(body))
    assert [d.complete for d in docs] == [True]
    assert docs[0].published_at == "2024-03-05"
    assert docs[0].blocks[-1].text == "Ambos acordaron reunirse en Lessa en abril."


def test_a_listing_whose_dates_stand_between_titles_and_summaries() -> None:
    items = [("Minister Ilse Varn received the Ambassador of Oranthe", "28 June 2024",
              "On 28 June the Minister received the Ambassador of Oranthe at the Ministry..."),
             ("Briefing by the Ministry spokesperson", "27 June 2024",
              "The spokesperson answered questions on the preparations for the border talks..."),
             ("Statement on the floods in Saldovia", "25 June 2024",
              "The Ministry expresses its deep sympathy to the people of Saldovia...")]
    body = "\n\n".join(f"### [{title}](/en/news/{k}/)\n\n{date}\n\n{summary}\n\n"
                       f"[Read more](/en/news/{k}/)" for k, (title, date, summary)
                       in enumerate(items))
    menus = "* [Home](/en/)\n* [News](/en/news/)\n\n# News\n\n"
    docs = extract_markdown(markdown_page(f"{menus}{body}\n\n© 2024 Ministry of Veloria\n"))
    assert [(d.title, d.published_at, d.complete) for d in docs] == [
        ("Minister Ilse Varn received the Ambassador of Oranthe", "2024-06-28", False),
        ("Briefing by the Ministry spokesperson", "2024-06-27", False),
        ("Statement on the floods in Saldovia", "2024-06-25", False)]
