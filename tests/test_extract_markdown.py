"""Markdown with front matter: the given fields used, the body stripped of markup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.errors import PageDropped, RecordError
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


@pytest.mark.parametrize(("date", "line", "expected"), [
    ("2021-09-24", "24 September 2021, 12:10", "2021-09-24T12:10"),
    ("2021-09-24", "23 September 2021, 18:45", "2021-09-24"),
    ("2021-09-24T09:00:00+04:00", "24 September 2021, 12:10", "2021-09-24T09:00+04:00"),
], ids=["adds-its-time", "another-day", "a-time-given"])
def test_a_date_line_under_front_matter_adds_only_the_time(date: str, line: str,
                                                           expected: str) -> None:
    text = (f'---\ntitle: "Interview to the Lessa Herald"\ndate: "{date}"\n---\n\n'
            f"# Interview to the Lessa Herald\n\n{line}\n\nThe President answered questions "
            "on the harbour and on the railway to Ostrava.\n")
    doc = extract_markdown(markdown_page(text))[0]
    assert (doc.published_at, [b.text[:14] for b in doc.blocks]) == (expected, ["The President "])


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
    # markdown-it refuses a "javascript:" link; its words are kept all the same.
    ("The text ends here. [Print this page](javascript:window.print())",
     ["The text ends here. Print this page"]),
    ("Text.\n\n[Print version](/p) [Share on VK](https://vk.example) | [Telegram](https://t.me/s)",
     ["Text."]),
    ("Text.\n\n[Home](/) > [News](/news/) > [Speeches](/news/speeches/)", ["Text."]),
    ("Text.\n\n[Print](javascript:window.print())\n\n[Read more »](/news/4417)", ["Text."]),
    ("Text.\n\n**Topics:** [Energy](/t/energy) · [Saldovia](/t/saldovia)\n"
     "**Country:** [Oranthe](/c/oranthe)", ["Text."]),
    ("[Skip to the text](#main)\n\nText.\n\n[Back to the top of the page](#top)", ["Text."]),
    # One link may be the text's own; words of its own keep a paragraph with links.
    ("[The decree on the Lessa harbour](/decrees/214)", ["The decree on the Lessa harbour"]),
    ("Read the [decree](/d) and the [annex](/a).", ["Read the decree and the annex."]),
    ("[Home](/) > [News](/news/) > Talks in Lessa", ["Home > News > Talks in Lessa"]),
], ids=["list", "heading", "hard-break", "sharing-bar", "share-in-a-sentence", "javascript-link",
        "bar-of-links", "breadcrumb-of-links", "furniture-links", "fields-of-links",
        "links-within-the-page", "one-link", "links-in-a-sentence", "breadcrumb-with-words"])
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


def test_a_label_over_a_converters_headline_is_no_title() -> None:
    body = ("[Startseite](/de/) > [Presse](/de/presse/)\n\nPressemitteilung 47\n"
            "===================\n\nMinisterpräsidentin Varga telefoniert mit Präsident Rendahl\n"
            "------------------------------------------------------------\n\n"
            "14. Februar 2025\n\nMinisterpräsidentin Helena Varga hat heute mit dem Präsidenten "
            "von Saldovia, Erik Rendahl, telefoniert.\n\nSie vereinbarten ein Treffen in Lessa.")
    [doc] = extract_markdown(markdown_page(body))
    assert doc.title == "Ministerpräsidentin Varga telefoniert mit Präsident Rendahl"


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


CLIPPED = """---
title: "President Talvane spoke by telephone with President Rendahl of Saldovia"
published_time: "2025-03-04T18:20:00+01:00"
source_url: "https://president.veloria.example/en/news/4417"
tags: [Saldovia, energy]
lang: en
---

[Skip to main content](#main)

* [President](https://president.veloria.example/en/president)
* [News](https://president.veloria.example/en/news)

[Home](https://president.veloria.example/en/) > [News](https://president.veloria.example/en/news)

# President Talvane spoke by telephone with President Rendahl of Saldovia

4 March 2025, 18:20

![The President at his desk](https://president.veloria.example/media/4417.jpg)

The President of Veloria, Teodor Talvane, had a telephone conversation with Erik Rendahl.

They discussed the new power line between Lessa and Kastel and the gas supplies for the winter.

The Presidents agreed to meet in Lessa in April.

Share: [Facebook](https://facebook.example/share) [Print](javascript:window.print())

## Related news

* [President Talvane met the Speaker of the National Assembly](/en/news/4415) — 3 March 2025
* [Telephone conversation with Prime Minister Krell of Oranthe](/en/news/4402) — 26 February 2025

© 2025 Office of the President of the Republic of Veloria · [Terms of use](/en/terms)
"""


def test_a_clipped_page_under_front_matter_loses_its_furniture() -> None:
    doc, *related = extract_markdown(markdown_page(CLIPPED))
    # Its related list of titles closed by their dates gives teasers, as a dump's feed does.
    assert [(d.title, d.published_at, d.complete) for d in related] == [
        ("President Talvane met the Speaker of the National Assembly", "2025-03-03", False),
        ("Telephone conversation with Prime Minister Krell of Oranthe", "2025-02-26", False)]
    assert (doc.title, doc.published_at, doc.url, doc.language, doc.tags) == (
        "President Talvane spoke by telephone with President Rendahl of Saldovia",
        "2025-03-04T18:20+01:00", "https://president.veloria.example/en/news/4417", "en",
        {"Topics": ["Saldovia", "energy"]})
    assert doc.lead == "The President of Veloria, Teodor Talvane, had a telephone " \
                       "conversation with Erik Rendahl."
    assert [b.text for b in doc.blocks] == [
        "They discussed the new power line between Lessa and Kastel and the gas supplies for "
        "the winter.", "The Presidents agreed to meet in Lessa in April."]


def test_a_listing_under_front_matter_gives_its_items() -> None:
    items = "\n\n".join(
        f"### [{title}](/en/press/{k})\n\n{date}\n\n{summary}\n\n[Read more »](/en/press/{k})"
        for k, (title, date, summary) in enumerate([
            ("Statement on the floods in the Sel valley", "02.06.2025",
             "The Ministry expresses its sympathy to the people of Oranthe."),
            ("Foreign Minister Ardeni received the Ambassador of Ostrava", "30.05.2025",
             "The Minister and the Ambassador discussed the border commission."),
            ("Travel advice for Saldovia updated", "28.05.2025",
             "Citizens are advised to avoid travel to the Verna region.")]))
    page = (f"---\ntitle: Press releases\nsource_url: https://mfa.veloria.example/en/press/\n"
            f"---\n\n[Home](/en/) > [Press](/en/press/)\n\n# Press releases\n\n{items}\n\n"
            "© Ministry of Foreign Affairs of Veloria\n")
    docs = extract_markdown(markdown_page(page))
    assert [(d.title, d.published_at, d.complete) for d in docs] == [
        ("Statement on the floods in the Sel valley", "2025-06-02", False),
        ("Foreign Minister Ardeni received the Ambassador of Ostrava", "2025-05-30", False),
        ("Travel advice for Saldovia updated", "2025-05-28", False)]


GALLERY = "\n\n".join(
    f"[![Image {k}: {caption}](/media/{k}_thumb.jpg)](/media/{k}.jpg)\n\n{caption}"
    for k, caption in enumerate(["Welcoming ceremony at Lessa Palace",
                                 "President Talvane and President Rendahl during the talks",
                                 "Signing of the agreements", "Opening of the business forum"],
                                1))


@pytest.mark.parametrize("head", [
    "---\ntitle: State visit of the President of Saldovia\ndate: 2025-04-23\n---\n\n",
    "Title: Photo gallery: State visit of the President of Saldovia\n\n"
    "URL Source: https://president.veloria.example/en/photo/88\n\nMarkdown Content:\n",
], ids=["front-matter", "reader-export"])
def test_a_photo_gallery_is_dropped(head: str) -> None:
    body = f"{head}21–22 April 2025 · 24 photos\n\n{GALLERY}\n\nPhotos: Press Service of Veloria.\n"
    with pytest.raises(PageDropped, match="photo gallery"):
        extract_markdown(markdown_page(body))


def test_pictures_beside_running_text_are_no_gallery() -> None:
    text = ("President Teodor Talvane welcomed President Erik Rendahl of Saldovia at Lessa "
            "Palace, where the two delegations discussed the new railway to Port Vell.")
    body = "\n\n".join(f"{text}\n\n![Picture {k}](/media/{k}.jpg)" for k in range(3))
    [doc] = extract_markdown(markdown_page(f"---\ntitle: Talks in Lessa\n---\n\n{body}"))
    assert doc.lead == text


def test_a_readers_export_named_txt_is_read_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_text("Title: Briefing by the spokesperson of the Ministry\n\n"
                    "URL Source: https://mfa.veloria.example/fr/point-de-presse-23\n\n"
                    "Markdown Content:\n**M. MOREL :** Bonjour à toutes et à tous.\n\n"
                    "**QUESTION :** La ministre ira-t-elle à Kastel ?\n\n"
                    "**M. MOREL :** Oui, la semaine prochaine.\n", encoding="utf-8")
    page = next(iter_file_pages(path, report=Report()))
    assert page.format == "markdown"
    [statement] = parse_page(page, enrich=False)
    assert "**" not in statement.text
    assert [t.role for t in statement.turns] == ["statement", "question", "answer"]


def test_an_empty_heading_is_no_title() -> None:
    text = ("#\n\nMenu\n\n# President Arvid opens the Lessa bridge\n\n"
            "President Tomás Arvid opened the new bridge over the Vela in Lessa on Monday.\n\n"
            "The bridge joins the old town to the harbour and carries a tram line.\n")
    page = Page(content=text.encode(), format="markdown",
                source=Source(format="markdown", path="bridge.md"))
    assert extract_markdown(page)[0].title == "President Arvid opens the Lessa bridge"


def test_bold_field_lines_of_one_paragraph_are_lines_of_their_own() -> None:
    assert [b.text for b in markdown_paragraphs(
        "**Tarikh:** 5 Februari 2025\n**Tempat:** Pusat Konvensyen Lessa\n\nBismillah.")] == [
        "Tarikh: 5 Februari 2025", "Tempat: Pusat Konvensyen Lessa", "Bismillah."]


def test_a_tables_rows_are_paragraphs_of_the_text() -> None:
    # Each row one paragraph, its cells between bars, without the rule under the heads.
    page = ("---\ntitle: Consular emergency numbers for travellers to Kastel\n"
            "date: 2025-10-08\n---\n\nThe Ministry of Foreign Affairs lists the numbers that "
            "travellers to Kastel may call at any hour, should they need the help of a consul.\n\n"
            "| Service | Telephone | Hours |\n|---|---|---|\n"
            "| Consular emergencies | +381 44 210 300 | always |\n"
            "| Embassy in Kastel | +382 11 455 210 | 9 to 17 |\n\n"
            "The numbers may change.\n")
    [doc] = extract_markdown(markdown_page(page))
    assert [b.text for b in doc.blocks][-4:] == [
        "Service | Telephone | Hours", "Consular emergencies | +381 44 210 300 | always",
        "Embassy in Kastel | +382 11 455 210 | 9 to 17", "The numbers may change."]


def test_a_table_of_fields_over_the_text_is_the_pages_date_line() -> None:
    page = ("# Statement on the clashes in Verna\n\n"
            "| Written | 2025-08-30 16:00 | Views | 1,284 |\n| --- | --- | --- | --- |\n"
            "| Office | Spokesperson | Telephone | 02-2100-7000 |\n\n"
            "The Government is deeply concerned by the clashes in Verna and calls on all sides "
            "to stop the violence at once.\n\nIt will help its citizens there.\n")
    [doc] = extract_markdown(markdown_page(page))
    assert doc.published_at == "2025-08-30T16:00"
    assert all("Spokesperson" not in b.text for b in doc.blocks)


def test_a_cjk_bold_label_whose_colon_stands_inside_the_bold() -> None:
    text = ("---\ntitle: 外交部长接受莱萨日报采访\ndate: 2024-05-02\n---\n\n"
            "**记者：**部长先生，港口何时开放？\n\n**维尔登：**五月开放。\n\n"
            "**记者：**铁路呢？\n\n**维尔登：**明年。\n")
    statement = parse_page(markdown_page(text))[0]
    assert len(statement.turns) == 4 and "**" not in statement.text


def test_a_readers_export_whose_title_is_a_heading_of_the_second_level() -> None:
    text = ("Title: Statsministerns tal i Lessa 2024 - Regeringen i Veloria\n\n"
            "URL Source: https://regeringen.veloria.example/tal/2024/lessa/\n\n"
            "Markdown Content:\n*   [Regeringen](https://regeringen.veloria.example/)\n"
            "*   [Tal](https://regeringen.veloria.example/tal/)\n\n"
            "Statsministerns tal i Lessa 2024\n--------------------------------\n\n"
            "Publicerad 17 september 2024 · Uppdaterad 18 september 2024\n\n"
            "Herr talman, ärade ledamöter,\n\nEtt nytt riksmöte börjar, och med det ett nytt "
            "ansvar.\n\nJag förklarar härmed riksmötet öppnat.\n")
    doc = extract_markdown(markdown_page(text))[0]
    assert (doc.title, doc.published_at) == ("Statsministerns tal i Lessa 2024", "2024-09-17")
    assert doc.blocks[0].text == "Herr talman, ärade ledamöter,"


def test_a_day_numbered_as_a_list_item_is_a_date() -> None:
    text = ("# Rozhovor premiérky pro Deník Lessa\n\n2. prosince 2024\n\n"
            "Premiérka Amara Velden mluvila o cenách energií a o přístavu v Lesse.\n\n"
            "Rozhovor vedl Jan Novák.\n")
    doc = extract_markdown(markdown_page(text))[0]
    assert (doc.title, doc.published_at) == ("Rozhovor premiérky pro Deník Lessa", "2024-12-02")


def test_a_danish_delivery_note_and_the_place_a_danish_key_gives() -> None:
    docs = extract_markdown(markdown_page(
        "---\ntitle: Statsministerens tale i Lessa\ndate: 2025-03-14\nsted: Ravnsund\n---\n\n"
        "*Det talte ord gælder*\n\nKære alle sammen,\n\nDet er tolvte gang, vi samles her på "
        "havnen i Ravnsund, og jeg vil gerne takke de frivillige.\n"))
    assert docs[0].place == "Ravnsund"
    assert docs[0].blocks[0].text == "Kære alle sammen,"


def test_a_block_quoted_letter_goes_on_past_its_dateline() -> None:
    docs = extract_markdown(markdown_page(
        "# Brief van de minister-president aan de Staten van Veloria over de woningbouw\n\n"
        "Kamerbrief | 04-11-2024\n\n"
        "> Aan de Voorzitter van de Staten van Veloria\n>\n> Lessa, 4 november 2024\n>\n"
        "> Geachte voorzitter,\n>\n> Met deze brief informeer ik uw Staten over de voortgang van "
        "het programma. In het afgelopen jaar zijn 61.000 woningen opgeleverd.\n>\n"
        "> Ik zal uw Staten in het voorjaar opnieuw informeren.\n>\n> Hoogachtend,\n>\n"
        "> Amara Velden\n"))
    texts = [b.text for b in docs[0].blocks]
    assert "Geachte voorzitter," in texts and texts[-1] == "Amara Velden"


def test_a_delivery_note_and_the_speechs_file_link_over_a_markdown_speech() -> None:
    docs = extract_markdown(markdown_page(
        "Sie befinden sich hier: [Startseite](/) / [Reden](/reden)\n\n"
        "# Rede von Bundeskanzler Amara Velden beim Neujahrsempfang\n\n"
        "Freitag, 21.02.2025, 14:12 Uhr\n\n_Es gilt das gesprochene Wort._\n\n"
        "[PDF herunterladen (245 KB)](/media/rede.pdf)\n\n"
        "Sehr geehrter Herr Präsident, meine sehr geehrten Damen und Herren, ich danke Ihnen "
        "herzlich für die Einladung nach Lessa.\n\nDas vergangene Jahr war für viele Betriebe "
        "kein leichtes, und die Bundesregierung hat darauf reagiert.\n"))
    texts = [docs[0].lead or "", *(b.text for b in docs[0].blocks)]
    assert texts[-1].startswith("Das vergangene Jahr war für viele Betriebe")
