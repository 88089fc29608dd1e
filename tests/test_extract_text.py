"""Text pages: main statement vs feed residue, glued dates, stray times, lead."""

from __future__ import annotations

import pytest

from communique.errors import PageDropped
from communique.extract.text import classify, documents_from_text, split_lead, split_paragraphs
from communique.models import Page, Source
from communique.pipeline import parse_page

from .conftest import EXAMPLES


@pytest.mark.parametrize("line,kind,date,glued", [
    ("12:00", "time", None, ""),
    ("11:0010:50", "time", None, ""),
    ("18 November 2024, 11:0010:50", "date", "2024-11-18T11:00", ""),
    ("24 September 2021, 12:10Amara Velden's interview", "date", "2021-09-24T12:10",
     "Amara Velden's interview"),
    ("16 May 2024 marks the tenth year of the harbour.", "text", None, ""),
    ("On 16 May 2024, the harbour opened.", "text", None, ""),
    ("12 марта 2024 года, 10:30", "date", "2024-03-12T10:30", ""),
    ("14/07/2025 12:30 El presidente preside el Consejo", "date", "2025-07-14T12:30",
     "El presidente preside el Consejo"),
    # The line's next field after a bar: the same day in another calendar.
    ("15.09.2025, 11:30 | כ\"ב באלול התשפ\"ה", "date", "2025-09-15T11:30", ""),
    # A line of fields around its date: the date's time among them.
    ("Ministry of Foreign Affairs | June 3, 2025 | 11:30 a.m.", "date", "2025-06-03T11:30", ""),
    ("February 27, 2025 · Lessa Palace · 10:12 A.M. CET", "date", "2025-02-27T10:12", ""),
    ("（2025年6月17日（火曜日）15時02分～15時20分　於：本省会見室）", "date", "2025-06-17T15:02",
     ""),
    ("Publicado em 14/05/2025 16h42 · Atualizado em 15/05/2025 09h10", "date",
     "2025-05-14T16:42", ""),
    # A year's word, a weekday after the date, a long source before it.
    ("Lessa, 7 października 2025 r.", "date", "2025-10-07", ""),
    ("7 października 2025 roku, 14:30", "date", "2025-10-07T14:30", ""),
    ("2025. szeptember 22., hétfő", "date", "2025-09-22", ""),
    ("Valtioneuvoston viestintäosasto, tiedote 14.3.2025 16.15", "date", "2025-03-14T16:15",
     ""),
    ("The summit opened in Lessa on 22 September 2025.", "text", None, ""),
    # The same day in another calendar first; a heading's date going on a line; a feed
    # item's date a space before its title.
    ("الأربعاء 14 رمضان 1447هـ الموافق 4 مارس 2026م", "date", "2026-03-04", ""),
    ("令和8年（2026年）2月20日", "date", "2026-02-20", ""),
    ("z dnia 4 marca 2026 r.", "text", None, ""),
    ("2026-03-06 外交部发言人答记者问", "date", "2026-03-06", "外交部发言人答记者问"),
    ("2026-03-06 Minister Orlo receives the ambassador of Oranthe", "date", "2026-03-06",
     "Minister Orlo receives the ambassador of Oranthe"),
    ("2026-03-06 - Minister Orlo receives the ambassador", "date", "2026-03-06",
     "Minister Orlo receives the ambassador"),
    ("2026/02/15 وزير الخارجية يستقبل سفير فيلوريا", "date", "2026-02-15",
     "وزير الخارجية يستقبل سفير فيلوريا"),
    # Arabic's comma before the time; a note of the zone with its offset after it.
    ("09 أغسطس 2025، 09:40", "date", "2025-08-09T09:40", ""),
    ("Published: 14 October 2025, 09:00 (Lessa time, UTC+2)", "date",
     "2025-10-14T09:00+02:00", ""),
], ids=["time", "glued-times", "glued-date", "glued-title", "sentence", "mid-date", "ru",
        "a-title-a-space-after-the-time", "another-calendar-after-a-bar", "fields-around",
        "fields-after", "a-time-range", "an-update-after", "pl-year-word", "pl-roku",
        "hu-weekday-after", "fi-source-before", "a-sentence-of-five-words", "hijri-then-gregorian",
        "era-and-western-year", "a-headings-date", "date-space-cjk-title", "date-space-title",
        "date-dash-title", "date-space-uncased-title", "arabic-comma", "zone-note"])
def test_classify(line: str, kind: str, date: str | None, glued: str) -> None:
    typed = classify(line)
    assert (typed.kind, typed.date, typed.glued) == (kind, date, glued)


def test_feed_dates_closing_items() -> None:
    docs = documents_from_text(
        "Harbour opens\n1 May 2024, 10:00\nThe harbour opened today.\nIt has 12 piers.\n"
        "12:00\n11:00\nYour Excellency,\nI congratulate you on the national day...\n"
        "30 April 2024, 11:0009:15\n"
        "Amara Velden met with Ida Marsh...\n29 April 2024, 09:1508:00\n")
    assert [(d.published_at, d.complete) for d in docs] == [
        ("2024-05-01T10:00", True), ("2024-04-30T11:00", False), ("2024-04-29T09:15", False)]
    assert docs[1].blocks[0].text == "Your Excellency,"
    assert all("12:00" not in b.text for d in docs for b in d.blocks)


def test_feed_dates_opening_items() -> None:
    docs = documents_from_text(
        "Harbour opens\n1 May 2024\nThe harbour opened today.\nIt has 12 piers.\n"
        "30 April 2024, 11:00\nMeeting with Ida Marsh\nThe railway was discussed...\n"
        "29 April 2024, 09:15\nTelephone conversation with Oskar Lind\nThe ferry...\n")
    assert [(d.title, d.published_at) for d in docs[1:]] == [
        ("Meeting with Ida Marsh", "2024-04-30T11:00"),
        ("Telephone conversation with Oskar Lind", "2024-04-29T09:15")]


def test_a_title_over_the_sites_name_over_the_date() -> None:
    docs = documents_from_text(
        "Press Gaggle by President Tomás Arvid Aboard the Aircraft en Route to Oranthe\n"
        "President of the Republic of Veloria\nPublished: 14 March 2025 18:45 CET\n\n"
        "PRESIDENT ARVID: Good evening. Let me take your questions.\n\n"
        "Q: Will you sign the agreement tomorrow?\n\nPRESIDENT ARVID: Yes, at noon.")
    assert docs[0].title.startswith("Press Gaggle by President Tomás Arvid")
    assert docs[0].published_at == "2025-03-14T18:45+01:00"


def test_title_given_by_the_source_is_used_once() -> None:
    docs = documents_from_text("Harbour opens\nThe harbour opened.\nIt has 12 piers.",
                               meta={"title": "Harbour opens", "date": "2024-05-01"})
    assert docs[0].title == "Harbour opens"
    assert docs[0].published_at == "2024-05-01"
    assert [b.text for b in docs[0].blocks] == ["It has 12 piers."]
    assert docs[0].lead == "The harbour opened."


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = ("The harbour of Port Lessa opened today after three years of\n"
            "work by twelve thousand builders from every region.\n\nSecond paragraph.")
    assert split_paragraphs(text) == [
        "The harbour of Port Lessa opened today after three years of work by twelve thousand "
        "builders from every region.", "Second paragraph."]


@pytest.mark.parametrize("paragraphs,lead", [
    (["Amara Velden gave an interview.", "Madam President, what first? I ask.", "- Yes."],
     "Amara Velden gave an interview."),
    (["Your Majesty,", "I congratulate you."], None),
    (["Amara Velden spoke by phone with Oskar Lind."], None),
    (["Amara Velden met Ida Marsh.", "They talked.", "We agreed, she said."],
     "Amara Velden met Ida Marsh."),
    # A speech's opening speaks in the first person, in any language: no lead.
    (["Je suis heureux d'être à Lessa.", "Vive la Velorie !"], None),
    (["皆様、こんにちは。ヴェロリア首相のエルザ・ヴァルンです。", "御清聴ありがとうございました。"],
     None),
    (["Ich freue mich, in Lessa zu sein.", "Vielen Dank."], None),
], ids=["before-dash-question", "salutation", "single-paragraph", "one-lead", "fr-speech",
        "ja-speech", "de-speech"])
def test_split_lead(paragraphs: list[str], lead: str | None) -> None:
    assert split_lead(paragraphs)[0] == lead


def test_no_text_is_dropped() -> None:
    with pytest.raises(PageDropped, match="no statement text"):
        documents_from_text("12:00\n11:00\n")


def test_jsonl_page_uses_its_fields() -> None:
    page = Page(content="The port must reopen.\nThe winter is near.", format="text",
                source=Source(format="jsonl-text", path="pages.jsonl", index=3),
                url="https://example.org/s/1",
                meta={"url": "https://example.org/s/1", "title": "Statement on the harbour"})
    statement = parse_page(page, enrich=False)[0]
    assert (statement.title, statement.url, statement.kind) == (
        "Statement on the harbour", "https://example.org/s/1", "statement")


def test_example_with_feed() -> None:
    path = EXAMPLES / "text" / "veloria_interview_feed.txt"
    page = Page(content=path.read_bytes(), format="text",
                source=Source(format="text", path=str(path)))
    found = parse_page(page, enrich=False)
    assert [(s.kind, s.complete) for s in found] == [
        ("interview", True), ("letter", False), ("phone_call", False)]
    assert found[0].title == (
        "Amara Velden's interview with the Lessa Courier")
    assert len(found[0].turns) == 6


def test_a_page_without_a_date_line_takes_the_day_its_url_states() -> None:
    from communique.extract.text import documents_from_text

    text = "Executive Order on the harbour authority\nThe Authority will manage the harbour."
    docs = documents_from_text(text, url="https://president.vl/news/2024/11/05/order-42")
    assert docs[0].published_at == "2024-11-05"


def test_a_page_in_an_unspaced_script_finds_its_title_lead_and_feed() -> None:
    # Chinese writes no spaces: words are counted by characters, sentences end in "。".
    text = ("维洛里亚总统同诺兰迪亚总理通电话\n2025年04月07日 18:20\n"
            "4月7日，维洛里亚总统阿尔维德同诺兰迪亚总理索尔贝里通电话。\n"
            "阿尔维德表示，两国是友好邻邦，渔业合作对两国人民都很重要。\n"
            "2025年04月06日 09:00\n维洛里亚总统出席奥斯特拉瓦港口开港仪式并发表讲话\n")
    main, teaser = documents_from_text(text)
    assert main.title == "维洛里亚总统同诺兰迪亚总理通电话"
    assert main.published_at == "2025-04-07T18:20"
    assert main.lead == "4月7日，维洛里亚总统阿尔维德同诺兰迪亚总理索尔贝里通电话。"
    body = "阿尔维德表示，两国是友好邻邦，渔业合作对两国人民都很重要。"
    assert [b.text for b in main.blocks] == [body]
    assert teaser.published_at == "2025-04-06T09:00" and not teaser.complete


@pytest.mark.parametrize("furniture", ["Share this:", "Related news", "Читайте также",
                                       "Lire aussi", "© 2025 Presidency of Veloria", "分享到："])
def test_the_sites_furniture_after_the_text_ends_the_statement(furniture: str) -> None:
    text = ("Speech at the ferry terminal\n14 March 2025\nDear friends,\n"
            "Today we open a terminal for a million passengers a year.\nLong live Veloria!\n"
            f"{furniture}\nFacebook\nThe Government approves the ferry budget\n")
    main = documents_from_text(text)[0]
    assert [b.text for b in main.blocks][-1] == "Long live Veloria!"


def test_a_paragraph_about_copyright_is_text() -> None:
    text = ("Statement on the new copyright law\n14 March 2025\n"
            "Copyright protects the work of Velorian authors.\nThe law enters into force in May.\n")
    main = documents_from_text(text)[0]
    assert main.lead == "Copyright protects the work of Velorian authors."
    assert [b.text for b in main.blocks] == ["The law enters into force in May."]


def test_a_place_line_under_the_date_and_the_sites_furniture_in_the_residue() -> None:
    docs = documents_from_text(
        "Home > News > Speeches\nSpeech by the Prime Minister at the Harbour Summit\n"
        "12 March 2025 15:30\nPort Lessa\nGood afternoon, and thank you all for coming.\n"
        "Our harbours carried 14 million tonnes of goods last year.\nThank you.\n"
        "Share this:\nFacebook\nTwitter\nRelated news\n"
        "Prime Minister meets the fishermen of Norbu\n11 March 2025")
    main, item = docs
    assert (main.title, main.published_at, main.place) == (
        "Speech by the Prime Minister at the Harbour Summit", "2025-03-12T15:30", "Port Lessa")
    assert main.blocks[0].text == "Good afternoon, and thank you all for coming."
    # "Share this:", its buttons and "Related news" are no part of the feed's item.
    assert (item.title, item.published_at, [b.text for b in item.blocks]) == (
        "Prime Minister meets the fishermen of Norbu", "2025-03-11",
        ["Prime Minister meets the fishermen of Norbu"])


def test_a_scrapers_header_of_fields_is_metadata() -> None:
    text = ("URL: https://president.vl/news/17\nTitle: Meeting with the harbour workers\n"
            "Date: 2025-03-14 10:30\n\nAmara Velden met the workers of Port Lessa today.\n\n"
            "They spoke about the new piers and the railway to the harbour gates.\n")
    [doc] = documents_from_text(text)
    assert (doc.title, doc.published_at, doc.url) == (
        "Meeting with the harbour workers", "2025-03-14T10:30", "https://president.vl/news/17")
    assert "URL:" not in " ".join(b.text for b in doc.blocks)


def test_one_field_is_no_header() -> None:
    text = ("Interview to the Lessa Herald\n\nMarch 14, 2025\n\nQuestion: What comes next?\n\n"
            "Amara Velden: The railway to the harbour, and then the ferry line.\n")
    [doc] = documents_from_text(text)
    assert doc.title == "Interview to the Lessa Herald"


def test_a_title_line_keeps_its_words_not_the_sites_name() -> None:
    text = ("Meeting with the harbour workers | Office of the President\n\nMarch 14, 2025\n\n"
            "Amara Velden met the workers of Port Lessa today and spoke about the piers.\n\n"
            "They spoke about the railway to the harbour gates.\n")
    assert documents_from_text(text)[0].title == "Meeting with the harbour workers"


def test_a_dateline_opening_the_text_dates_a_page_without_a_date_line() -> None:
    text = ("Meeting with the harbour workers\n\nLESSA, March 14, 2025 – Amara Velden met the "
            "workers of Port Lessa today.\n\nThey spoke about the railway to the harbour gates.\n")
    [doc] = documents_from_text(text)
    assert (doc.published_at, doc.place) == ("2025-03-14", "Lessa")


def test_a_line_or_two_without_text_is_no_statement() -> None:
    from communique.errors import PageDropped
    from communique.extract.text import documents_from_text

    with pytest.raises(PageDropped, match="no statement text"):
        documents_from_text("ref: refs/heads/main\n")


DUMP = """Ministry of Foreign Affairs of Veloria
Home
News
Published
{date}
{second}
President Arvid opens the Orvil hospital
The President opened the new wing of the Orvil hospital on Monday.
It has two hundred beds and a children's ward, the first in the region.
{end}
Related
Harbour Street reopens after repairs
12 May 2024
Impressum | Datenschutz | Kontakt
Copyright © 2024 Ministry of Foreign Affairs
Ministry of Foreign Affairs, Harbour Road 1, Lessa and its twelve piers
"""


@pytest.mark.parametrize("date,second,end", [
    ("14 May 2024, 17:30 IST", "", ""),  # a zone the finders do not know: still a date line
    ("14 May 2024, 17:30", "Updated 15 May 2024, 09:00", ""),  # a second date line
    ("14 May 2024, 17:30", "", "ENDS"),  # a transcript's end mark
], ids=["unknown-zone", "updated-line", "end-mark"])
def test_a_dumps_header_and_end(date: str, second: str, end: str) -> None:
    text = DUMP.format(date=date, second=second, end=end).replace("\n\n", "\n")
    main, *teasers = documents_from_text(text)
    assert main.title == "President Arvid opens the Orvil hospital"
    assert main.published_at == "2024-05-14T17:30"
    assert main.blocks[-1].text.startswith("It has two hundred beds")
    # The feed's item, not the links row or the copyright line or what follows that.
    assert [t.title for t in teasers] == ["Harbour Street reopens after repairs"]


@pytest.mark.parametrize("share", ["Paylaş", "Bagikan", "공유하기", "Chia sẻ", "Share this page"])
def test_sharing_labels_of_more_languages_end_the_text(share: str) -> None:
    text = ("President Arvid opens the Orvil hospital\n14 May 2024\n"
            "The President opened the new wing of the Orvil hospital.\n"
            f"It has two hundred beds.\n{share}\nFacebook\nTelegram")
    assert documents_from_text(text)[0].blocks[-1].text == "It has two hundred beds."


def test_menus_before_a_feed_are_no_statement() -> None:
    menus = "\n".join(["Home", "Government", "News", "Documents", "Regions", "RU | EN",
                       "Meetings", "Trips", "Talks", "Letters", "Decrees"])
    # A feed's items, each date line glued to the next item's time, the last one alone.
    items = "".join(f"The government approved new rules for public utilities, part {n}\n"
                    f"20 August 2025, 1{n}:451{n - 1}:30\n" for n in range(9, 1, -1))
    text = (f"Government of Veloria\n{menus}\nHome / News / Feed\nNews feed\n19:45\n"
            f"{items}The Prime Minister met the governor of the east\n20 August 2025, 10:30")
    docs = documents_from_text(text)
    assert docs and all(not d.complete for d in docs)


def test_an_error_page_in_a_dump_is_dropped() -> None:
    with pytest.raises(PageDropped, match="error page"):
        documents_from_text("State House Veloria\nHome\nNews\nPage not found\n"
                            "Sorry, the page you are looking for could not be found.\n"
                            "Return to the home page")


@pytest.mark.parametrize("line", [
    "[17]Print version [18]Share on Facebook", "Поделиться:  ВКонтакте  Telegram",
    "Другие материалы", "【打印本页】【关闭窗口】", "-" * 72, "【打印】 【关闭】 分享到：微信 微博",
    "Facebook X Telegram", "Etiketler: Oranthe, Ulaştırma"])
def test_more_of_the_furniture_that_ends_a_dumps_text(line: str) -> None:
    text = ("President Arvid opens the Orvil hospital\n14 May 2024, 18:00          Print\n"
            "The President opened the new wing of the Orvil hospital.\n"
            f"It has two hundred beds.\n{line}\nPresident Arvid visits the harbour")
    doc = documents_from_text(text)[0]
    assert doc.published_at == "2024-05-14T18:00"
    assert doc.blocks[-1].text == "It has two hundred beds."


def test_a_browser_copy_with_a_cookie_banner_and_long_menus() -> None:
    menus = "\n".join(["This site uses cookies. By continuing you agree to their use.",
                       "Accept", "Reject", "Skip to content", "Presidency of Veloria"]
                      + [f"Menu item {n}" for n in range(14)])
    text = (f"{menus}\nPresident Arvid will attend the regional water summit in Kemar\n"
            "27 August 2024, 09:00\nThe President of Veloria will attend the summit in Kemar.\n"
            "The delegation will include the Foreign Minister.")
    doc = documents_from_text(text)[0]
    assert (doc.title, doc.published_at) == (
        "President Arvid will attend the regional water summit in Kemar", "2024-08-27T09:00")


def test_a_summary_and_fields_between_the_title_and_the_date() -> None:
    text = ("Skip to main content\nVELORIA.GOV\nMenu\nSpeech\n"
            "President's remarks at the Orvil water forum: 3 June 2024\n"
            "The President, Tomás Arvid, opened the Orvil water forum.\n"
            "From:\nPresidential Office and The Hon Tomás Arvid\nPublished\n3 June 2024\n"
            "Delivered on:\n3 June 2024 (as delivered)\n"
            "Good morning, and welcome to Orvil.\nThe river is our common wealth.\n"
            "Share this page\nFacebook\nPublished 3 June 2024\nRelated content\n"
            "President meets the Mayor of Lessa: 2 June 2024\n© Veloria")
    docs = documents_from_text(text)
    assert len(docs) == 1  # the stamp repeated under the text dates no feed item
    doc = docs[0]
    assert doc.title == "President's remarks at the Orvil water forum: 3 June 2024"
    assert doc.lead == "The President, Tomás Arvid, opened the Orvil water forum."
    assert [b.text for b in doc.blocks] == ["Good morning, and welcome to Orvil.",
                                            "The river is our common wealth."]


def test_a_kind_label_under_the_title_and_a_date_with_its_time_on_the_next_line() -> None:
    text = ("Home\nNews\nPresident Arvid meets the Prime Minister of Oranthe\nMeeting\n"
            "14 March 2025\n13:20\nLessa, Palace of the Republic\n"
            "Tomás Arvid met the Prime Minister of Oranthe, Ilse Varn.\n"
            "They discussed the new bridge over the Vela.\nTopics\nForeign policy\n")
    doc = documents_from_text(text)[0]
    assert (doc.title, doc.published_at, doc.place) == (
        "President Arvid meets the Prime Minister of Oranthe", "2025-03-14T13:20",
        "Lessa, Palace of the Republic")
    assert doc.blocks[-1].text == "They discussed the new bridge over the Vela."


def test_a_title_over_its_date_line_is_no_wrapped_paragraph() -> None:
    text = ("Government of Veloria\n\nThe Prime Minister's interview with Lessa Radio One\n"
            "Published 6 May 2025 at 08:45\n\nThe Prime Minister gave an interview to Lessa "
            "Radio One.\n\nPresenter: Good morning.\nPrime Minister: Good morning.\n")
    doc = documents_from_text(text)[0]
    assert (doc.title, doc.published_at) == (
        "The Prime Minister's interview with Lessa Radio One", "2025-05-06T08:45")


def test_a_listing_whose_first_item_sits_under_the_listings_date() -> None:
    items = [("Ministry of Health", "Minister opens the new hospital wing in Orvil",
              "The Minister of Health opened a wing of forty beds today. It will serve...",
              "12 NOV 2024 6:40PM"),
             ("Ministry of Transport", "New express train links Lessa and Kemar",
              "The railway will run a daily express from December. The journey takes...",
              "12 NOV 2024 4:15PM")]
    text = "Press Bureau of Veloria\nHome > Releases\nReleases - 12 November 2024\n" + "".join(
        "\n".join(item) + "\n" for item in items) + "Load more\nFollow us on\nX\n"
    docs = documents_from_text(text)
    assert [(d.title, d.published_at, d.complete) for d in docs] == [
        ("Minister opens the new hospital wing in Orvil", "2024-11-12T18:40", False),
        ("New express train links Lessa and Kemar", "2024-11-12T16:15", False)]


def test_a_listing_of_dated_wrapped_titles() -> None:
    text = ("Ministry of Foreign Affairs\n\nНовости\n\n"
            "13 марта 2024 г., 19:10\nО встрече министра иностранных дел с делегацией\n"
            "парламента Сальдовии\n\n"
            "12 марта 2024 г., 17:00\nЗаявление министерства в связи с наводнением в\n"
            "долине реки Вела\n\n11 марта 2024 г., 10:40\nСоболезнования министра в связи с "
            "наводнением в Оранте\n\n© 2024 Министерство\n")
    docs = documents_from_text(text)
    assert [(d.title, d.published_at, d.complete) for d in docs] == [
        ("О встрече министра иностранных дел с делегацией парламента Сальдовии",
         "2024-03-13T19:10", False),
        ("Заявление министерства в связи с наводнением в долине реки Вела",
         "2024-03-12T17:00", False),
        ("Соболезнования министра в связи с наводнением в Оранте", "2024-03-11T10:40", False)]


def test_related_items_after_a_you_may_also_like_heading() -> None:
    text = ("Startseite\nTelefonat des Präsidenten mit Präsidentin Rendahl von Saldovia\n"
            "Freitag, 30. Mai 2025\n"
            "Präsident Tomás Arvid hat heute mit der Präsidentin von Saldovia telefoniert.\n"
            "Beide vereinbarten, in engem Kontakt zu bleiben.\n"
            "Das könnte Sie auch interessieren\nPressemitteilung 141\n29. Mai 2025\n"
            "Der Präsident empfängt den Ministerpräsidenten von Oranthe\nPressemitteilung 140\n"
            "27. Mai 2025\nKabinett beschließt Hilfspaket für die Flutgebiete\nImpressum\n")
    docs = documents_from_text(text)
    assert [(d.title, d.published_at) for d in docs[1:]] == [
        ("Der Präsident empfängt den Ministerpräsidenten von Oranthe", "2025-05-29"),
        ("Kabinett beschließt Hilfspaket für die Flutgebiete", "2025-05-27")]
    assert [b.text for b in docs[2].blocks] == [docs[2].title]


@pytest.mark.parametrize("tail", [
    "-" * 72 + "\nSource: Press Service of the President of the Republic of Veloria\n"
    "https://www.president.vl/en/speeches/2024/12/31/new-year-address",
    "┌──────────────────────────────┐\n│ Latest news                  │\n"
    "│ • The President awards medals │\n└──────────────────────────────┘",
    "Mais notícias\nConselho de Ministros aprova estratégia da água",
], ids=["rule-then-source", "text-browser-frame", "pt-more-news"])
def test_what_ends_a_dumps_text(tail: str) -> None:
    text = ("New Year address of President Arvid\n31 December 2024, 23:55\n\n"
            "Dear compatriots, the year that ends was a year of floods and of rebuilding, of\n"
            "families who opened their homes to those who had lost theirs, and of work.\n\n"
            f"Happy New Year, Veloria!\n\n{tail}\n")
    doc = documents_from_text(text)[0]
    assert doc.blocks[-1].text == "Happy New Year, Veloria!"


@pytest.mark.parametrize("menus", [
    "Home / Events / Interviews", "Inicio > Prensa > Actualidad", "EN | VL\nPress / Interviews",
], ids=["slashes", "angles", "switcher-and-crumb"])
def test_a_breadcrumb_over_the_date_is_no_title(menus: str) -> None:
    text = (f"President of the Republic of Veloria\nNews\n{menus}\n\n18 June 2025\n11:00\nLessa\n"
            "Interview to the Saldovian newspaper Rendal Post\n\n"
            "On the eve of his visit to Saldovia, the President answered questions.\n\n"
            "- Mr President, why now?\n\n- Because the time is right.\n")
    doc = documents_from_text(text)[0]
    assert (doc.title, doc.published_at, doc.place) == (
        "Interview to the Saldovian newspaper Rendal Post", "2025-06-18T11:00", "Lessa")


def test_a_long_title_and_the_kinds_label_under_the_date() -> None:
    title = ("Decree of the President of the Republic of Veloria No. 214 On the appointment of "
             "the Ambassador of the Republic of Veloria to the Republic of Saldovia")
    text = (f"Home / Documents / Decrees\n\n{title}\nPublished: 2 September 2025, 18:00\nDecree\n"
            "In accordance with Article 88 of the Constitution, I hereby decree:\n"
            "1. To appoint Helena Marsk Ambassador to the Republic of Saldovia.\n")
    doc = documents_from_text(text)[0]
    assert (doc.title, doc.published_at, doc.place) == (title, "2025-09-02T18:00", None)
    assert doc.blocks[0].text.startswith("In accordance with")


def test_a_days_heading_over_times_and_titles_is_a_feed() -> None:
    text = ("Title: News • President of Veloria\nURL: https://president.veloria.example/news\n\n"
            "Home / Events / News\nNews\nAll Speeches Trips Letters\n14 March 2024\n17:05\n"
            "Telephone conversation with President of Saldovia Emil Varga\n15:40\n"
            "Meeting with Governor of Lessa Region Dana Korvel\n13 March 2024\n19:30\n"
            "Address to participants of the National Forum of Young Engineers\nShow more\n"
            "© 2024 Presidential Executive Office of Veloria\n")
    docs = documents_from_text(text)
    assert [(d.title, d.published_at, d.complete) for d in docs] == [
        ("Telephone conversation with President of Saldovia Emil Varga", "2024-03-14T17:05",
         False),
        ("Meeting with Governor of Lessa Region Dana Korvel", "2024-03-14T15:40", False),
        ("Address to participants of the National Forum of Young Engineers",
         "2024-03-13T19:30", False)]


def test_the_fields_and_feed_of_a_dump_in_russian() -> None:
    text = ("Выступление Президента на церемонии вручения наград\n12 июня 2025 года, 13:30\n"
            "Уважаемые друзья! Сердечно поздравляю вас с Днём Республики.\n"
            "Ещё раз поздравляю вас. С праздником!\nТемы\nГосударственные награды\n"
            "Опубликован в разделах: Новости, Стенограммы\n"
            "Ссылка на материал: president.veloria.example/ru/events/71230\nПоделиться\n"
            "Новости по теме\n12 июня 2025 года\n10:00Поздравление с Днём Республики\n"
            "11 июня 2025 года19:40Телефонный разговор с Президентом Салдовии\n"
            "22 мая 202512:10Заседание Совета безопасности Республики Велория\n"
            "Все права защищены, Администрация Президента Республики Велория\n")
    docs = documents_from_text(text)
    assert docs[0].blocks[-1].text == "Ещё раз поздравляю вас. С праздником!"
    assert [(d.title, d.published_at) for d in docs[1:]] == [
        ("Поздравление с Днём Республики", "2025-06-12T10:00"),
        ("Телефонный разговор с Президентом Салдовии", "2025-06-11T19:40"),
        ("Заседание Совета безопасности Республики Велория", "2025-05-22T12:10")]


@pytest.mark.parametrize("line", [
    "Etiquetas: Oranthe, relaciones internacionales, energía", "الوسوم: أورانثي، الطاقة",
    "Teglar: #Saldoviya #tashqi_siyosat", "Ετικέτες: οικονομία, ενέργεια",
    "टैग: विदेश नीति, ऊर्जा", "Shiriki: Facebook | X", "Seite drucken | Seite teilen",
    "Impressum · Datenschutz", "Notícias relacionadas: Presidente recebe embaixador",
    "Compartir en: Facebook, X", "Otras entrevistas", "Muut tiedotteet", "Холбоотой мэдээ",
    "Tagy: predsedníčka vlády, Oranthe", "Պիտակներ՝ նախարար, Օստրավա", "Штампај | Пошаљи",
    "Categoria: Discursos · Tags: Saldóvia", "Інші документи", "Next",
    "이전글 외교부 장관, 오란테 외교장관과 전화 통화 다음글 국경획정위원회 개최"],
    ids=["es", "ar", "uz", "el", "hi", "sw", "de-row", "de-footer", "pt-related", "es-share",
         "es-other", "fi-other", "mn-related", "sk-tags", "hy-tags-colon", "sr-print-send",
         "pt-category", "uk-other-documents", "en-next", "ko-board"])
def test_a_tag_line_ends_the_text(line: str) -> None:
    text = ("Conversación telefónica del presidente con la primera ministra de Oranthe\n"
            "14 de julio de 2025\nEl presidente ha mantenido una conversación telefónica.\n"
            f"Ambos acordaron reunirse en septiembre.\n{line}\n")
    assert documents_from_text(text)[0].blocks[-1].text == "Ambos acordaron reunirse en septiembre."


def test_a_source_line_under_the_date_is_no_text() -> None:
    text = ("首页 > 新闻 > 外事动态\n\n塔尔瓦内总统会见奥兰特总理克雷尔\n"
            "2025年7月8日 16:20\n来源：外交部网站\n"
            "7月8日下午，塔尔瓦内总统会见来访的奥兰特总理克雷尔。\n"
            "双方就两国关系交换了意见。\n")
    doc = documents_from_text(text)[0]
    assert (doc.title, doc.published_at) == ("塔尔瓦内总统会见奥兰特总理克雷尔", "2025-07-08T16:20")
    assert "来源" not in " ".join([doc.lead or "", *(b.text for b in doc.blocks)])


def test_a_cjk_speakers_first_words_are_no_lead() -> None:
    text = ("外交部发言人林悦主持例行记者会\n2025-07-08 15:00\n"
            "发言人林悦： 女士们、先生们，下午好。外交部长将访问萨尔多维亚。\n"
            "问： 你能否介绍此访的主要安排？\n林悦： 外交部长将举行会谈。\n")
    doc = documents_from_text(text)[0]
    assert doc.lead is None
    assert doc.blocks[0].text.startswith("发言人林悦")


LISTING_ITEMS = [
    ("16:40", "Minister Dragan Petkov meets the Ambassador of Oranthe", "16 October 2025"),
    ("12:15", "Position of the Ministry on the situation in Saldovia", "15 October 2025"),
    ("10:00", "Minister Petkov to visit Ostrava on 22 and 23 October", "14 October 2025")]


@pytest.mark.parametrize("gap,first_time", [("", True), (" ", True), ("", False)],
                         ids=["glued", "a-space-apart", "first-without-its-time"])
def test_a_listings_timed_titles_over_their_days(gap: str, first_time: bool) -> None:
    items = "".join(f"{time if first_time or k else ''}{gap if first_time or k else ''}"
                    f"{title}\n{day}\n" for k, (time, title, day) in enumerate(LISTING_ITEMS))
    text = ("Ministry of Foreign Affairs of the Republic of Veloria\nHome\nPress releases\n"
            f"Home » Press releases\nPress releases\n{items}« Previous | 1 | 2 | Next »\n"
            "© 2025 Ministry of Foreign Affairs of the Republic of Veloria\n")
    docs = documents_from_text(text)
    assert [(d.title, d.published_at, d.complete) for d in docs] == [
        (LISTING_ITEMS[0][1], "2025-10-16T16:40" if first_time else "2025-10-16", False),
        (LISTING_ITEMS[1][1], "2025-10-15T12:15", False),
        (LISTING_ITEMS[2][1], "2025-10-14T10:00", False)]


def test_related_items_with_their_times_glued_and_persian_digits() -> None:
    text = ("گفتگوی تلفنی رئیس جمهور ولوریا با رئیس جمهور اوستراوا\n۲۴ مهر ۱۴۰۴ - ۱۸:۳۰\n"
            "رئیس جمهور امروز در گفتگوی تلفنی با رئیس جمهور اوستراوا درباره روابط دوجانبه "
            "تبادل نظر کرد.\nدو رئیس جمهور بر ادامه رایزنی‌ها توافق کردند.\nاخبار مرتبط\n"
            "۱۷:۰۵دیدار رئیس جمهور با وزیر امور خارجه سالدوویا\n۲۳ مهر ۱۴۰۴\n"
            "۱۲:۴۰پیام تبریک رئیس جمهور به مناسبت روز ملی اورانته\n۲۲ مهر ۱۴۰۴\n"
            "درباره ما | تماس با ما | نقشه سایت\n")
    docs = documents_from_text(text)
    assert [(d.title, d.published_at) for d in docs] == [
        ("گفتگوی تلفنی رئیس جمهور ولوریا با رئیس جمهور اوستراوا", "2025-10-16T18:30"),
        ("دیدار رئیس جمهور با وزیر امور خارجه سالدوویا", "2025-10-15T17:05"),
        ("پیام تبریک رئیس جمهور به مناسبت روز ملی اورانته", "2025-10-14T12:40")]


def test_related_items_in_an_unspaced_script_are_teasers() -> None:
    text = ("แถลงการณ์กระทรวงการต่างประเทศ เรื่อง สถานการณ์ในสาธารณรัฐซัลโดเวีย\n"
            "16 ตุลาคม 2568 10:30\n"
            "กระทรวงการต่างประเทศแห่งสาธารณรัฐเวโลเรียติดตามสถานการณ์ในสาธารณรัฐซัลโดเวียอย่างใกล้ชิด\n"
            "รัฐบาลเวโลเรียพร้อมให้ความช่วยเหลือด้านมนุษยธรรมแก่ประชาชนที่ได้รับผลกระทบ\n"
            "ข่าวที่เกี่ยวข้อง\n"
            "15 ต.ค. 2568 14:20รัฐมนตรีต่างประเทศหารือทางโทรศัพท์กับรัฐมนตรีต่างประเทศออสตราวา\n"
            "14 ต.ค. 2568 09:00การแถลงข่าวประจำสัปดาห์ของโฆษกกระทรวงการต่างประเทศ\n"
            "นโยบายความเป็นส่วนตัว | แผนผังเว็บไซต์ | ติดต่อเรา\n")
    docs = documents_from_text(text)
    assert [(d.title, d.published_at) for d in docs[1:]] == [
        ("รัฐมนตรีต่างประเทศหารือทางโทรศัพท์กับรัฐมนตรีต่างประเทศออสตราวา", "2025-10-15T14:20"),
        ("การแถลงข่าวประจำสัปดาห์ของโฆษกกระทรวงการต่างประเทศ", "2025-10-14T09:00")]


def test_a_photo_gallery_is_dropped() -> None:
    text = ("Government of the Republic of Veloria\nHome / News / Photo galleries\n"
            "Photo: The Prime Minister visits the Saran bridge site\n30 September 2025\n"
            "Photo: State Chancellery / Ida Marsh\n1 / 12\n"
            "Prime Minister Helena Varga on the site\n2 / 12\n"
            "The bridge piers by the Saran river\n3 / 12\nTalks with the builders\n"
            "4 / 12\nThe Prime Minister and the Minister of Transport\n"
            "Download all photos (ZIP, 48 MB)\nShare: Facebook | X\n")
    with pytest.raises(PageDropped, match="photo gallery"):
        documents_from_text(text)


def test_a_statement_with_a_photo_credit_is_no_gallery() -> None:
    text = ("The Prime Minister visits the Saran bridge site\n30 September 2025\n"
            "Photo: State Chancellery / Ida Marsh\n"
            "Prime Minister Helena Varga visited the construction site of the border bridge over "
            "the Saran river on Tuesday and met the engineers who lead the works.\n"
            "The bridge will link Lessa with Ostrava by rail and road from the end of next year, "
            "the Prime Minister said after the visit.\n")
    doc = documents_from_text(text)[0]
    assert doc.title == "The Prime Minister visits the Saran bridge site"


def test_a_related_lists_title_that_names_a_day_dates_no_item() -> None:
    text = ("Déclaration conjointe de la République de Vélorie et de la République d'Oranthe\n"
            "12 mai 2025\nLes deux ministres ont salué le dynamisme des relations bilatérales.\n"
            "Elles conviennent de se réunir à nouveau à Port Vell en 2026.\nÀ lire aussi\n"
            "Entretien téléphonique de Mme Lena Ardeni avec son homologue saldovien\n"
            "Vélorie – Ostrava : réunion de la commission mixte frontalière\n"
            "Point de presse du 9 mai 2025\nMentions légales | Accessibilité | Plan du site\n")
    docs = documents_from_text(text)
    assert len(docs) == 1
    assert docs[0].blocks[-1].text.startswith("Elles conviennent de se réunir")


def test_a_month_name_reads_as_the_pages_language() -> None:
    text = ("Predsjednik Talvane boravit će u državnom posjetu Ostravi\n"
            "15. listopada 2025. u 12:30\n"
            "Predsjednik Republike Velorije Kamran Talvane boravit će u državnom posjetu "
            "Republici Ostravi od 21. do 23. listopada 2025. na poziv predsjednika Ostrave.\n"
            "U Vernu će predsjednika svečano dočekati domaćin, nakon čega će dva predsjednika "
            "održati razgovore u četiri oka.\n")
    assert documents_from_text(text)[0].published_at == "2025-10-15T12:30"


def test_georgian_lines_are_no_wrapped_lines_and_a_quote_closes_a_sentence() -> None:
    # Georgian letters have capitals Unicode knows and nobody writes: every line "opens in
    # lower case"; the letter's last sentence ends inside its closing quote.
    text = ("პრეზიდენტის სამძიმარი ოსტრავის პრეზიდენტს\n02 ოქტომბერი 2025 / 19:40\n"
            "ველორიის პრეზიდენტმა ოსტრავის პრეზიდენტს სამძიმრის წერილი გაუგზავნა.\n"
            "„ბატონო პრეზიდენტო, ღრმა მწუხარებით შევიტყვე ვერნის ტრაგედიის შესახებ.\n"
            "ამ მძიმე დღეებში ველორია ოსტრავის ხალხის გვერდით დგას.“\n"
            "გაზიარება: Facebook | X\nსხვა სიახლეები\n")
    doc = documents_from_text(text)[0]
    assert doc.blocks[-1].text == "ამ მძიმე დღეებში ველორია ოსტრავის ხალხის გვერდით დგას.“"


def test_a_date_that_reads_both_ways_in_the_order_of_the_texts_language() -> None:
    text = ("Thủ tướng Helena Varga hội đàm với Thủ tướng Oranthe Jonas Krell\n"
            "Thứ Ba, 11/03/2025 19:05 (GMT+7)\n"
            "Chiều 11/3, tại Trụ sở Chính phủ, Thủ tướng Helena Varga đã hội đàm với Thủ tướng "
            "Oranthe Jonas Krell về hợp tác thương mại và năng lượng giữa hai nước.\n"
            "Hai bên nhất trí nâng kim ngạch thương mại song phương lên 5 tỷ USD.\n")
    doc = documents_from_text(text)[0]
    assert (doc.title, doc.published_at) == (
        "Thủ tướng Helena Varga hội đàm với Thủ tướng Oranthe Jonas Krell",
        "2025-03-11T19:05+07:00")


@pytest.mark.parametrize(("date_line", "published", "place"), [
    ("24 September 2021, 12:10 in Lessa", "2021-09-24T12:10", "Lessa"),
    ("Mittwoch, 18. Oktober 2023, 13:00 Uhr in Brannau", "2023-10-18T13:00", "Brannau"),
    ("24 September 2021, 12:10, Lessa Palace", "2021-09-24T12:10", "Lessa Palace"),
    ("24 September 2021\n,\n12:10", "2021-09-24T12:10", None),
    ("प्रविष्टि तिथि: 24 SEP 2021 12:10PM by PIB Lessa", "2021-09-24T12:10", None),
], ids=["place-after-time", "de-uhr-in", "comma-place", "separator-alone", "byline-after"])
def test_a_date_line_with_a_place_or_a_byline_after_it(date_line: str, published: str,
                                                       place: str | None) -> None:
    docs = documents_from_text(
        "Home\nNews\nInterview of President Tomas Arvid to the Lessa Herald\n"
        f"{date_line}\nPresident Tomas Arvid gave an interview to the Lessa Herald.\n"
        "Question: What about the harbour?\nTomas Arvid: It opens in May.\n"
        "Latest news\nMeeting with Ida Marsh\n23 September 2021, 18:45\n")
    main = docs[0]
    assert (main.title, main.published_at, main.place, main.complete) == (
        "Interview of President Tomas Arvid to the Lessa Herald", published, place, True)


def test_a_sentence_after_a_date_lines_time_is_no_place() -> None:
    line = classify("24 September 2021, 12:10, the President said.")
    assert (line.kind, line.place) == ("text", "")


@pytest.mark.parametrize("residue", ["#Harbour #Railway #Ostrava", "Partager la page",
                                     "آخر الأخبار", "Download PDF (84 KB)",
                                     "Herunterladen (PDF, 120 KB)", "Weitere Erlasse"])
def test_tag_rows_sharing_headings_and_latest_news_end_the_text(residue: str) -> None:
    doc = documents_from_text(
        "Harbour opens\n1 May 2024, 10:00\nThe harbour opened today.\nIt has 12 piers.\n"
        f"{residue}\nThe railway\n")[0]
    assert [b.text for b in doc.blocks][-1] == "It has 12 piers."


def test_armenian_and_hindi_full_stops_end_sentences_not_titles() -> None:
    docs = documents_from_text(
        "Շնորհավորական ուղերձ\n12.02.2024, 10:30\n"
        "Նախագահը շնորհավորել է Օրանթեի նախագահին ազգային տոնի առթիվ։\n"
        "Մաղթում եմ խաղաղություն և բարգավաճում ձեր ժողովրդին։\n")
    assert [(d.title, d.complete) for d in docs] == [("Շնորհավորական ուղերձ", True)]
    assert len(docs[0].blocks) + bool(docs[0].lead) == 2


def test_a_decrees_signature_block_ends_its_text_and_begins_no_teaser() -> None:
    docs = documents_from_text(
        "Указ о назначении министра здравоохранения\n12 мая 2025 года, 15:00\n"
        "1. Назначить Инну Петрову министром здравоохранения Республики Велория.\n"
        "2. Настоящий Указ вступает в силу со дня его подписания.\n"
        "Президент Республики Велория Т. Арвид\nг. Лесса\n13 мая 2025 года\n№ 247\n"
        "Текст документа (PDF, 96 КБ)\nДругие новости\n"
        "Президент провёл встречу с послом Оранты\n11 мая 2025 года, 12:00\n")
    assert [(d.published_at, d.complete) for d in docs] == [
        ("2025-05-12T15:00", True), ("2025-05-11T12:00", False)]
    assert [b.text for b in docs[0].blocks][-2:] == ["13 мая 2025 года", "№ 247"]


def test_a_first_sentence_like_the_title_is_text_not_the_title_again() -> None:
    sentence = ("President Tomas Arvid met with the Governor of the National Bank of Veloria "
                "Marta Solen.")
    doc = documents_from_text(
        "President Arvid met with the Governor of the National Bank Marta Solen\n"
        f"12 May 2025, 15:00\n{sentence}\nThey discussed the harbour's loans.\n")[0]
    assert sentence in (doc.lead or "") + " ".join(b.text for b in doc.blocks)


@pytest.mark.parametrize(("line", "date"), [
    ("24 сентябри 2021, 12:10", "2021-09-24T12:10"), ("24 сентябри соли 2021", "2021-09-24"),
], ids=["tg-izofat", "tg-izofat-year-word"])
def test_tajik_months_joined_to_their_year(line: str, date: str) -> None:
    assert classify(line).date == date


def test_a_decree_set_apart_from_the_related_decrees_is_a_statement() -> None:
    docs = documents_from_text(
        "Startseite » Erlasse\n"
        "Erlass über die Verleihung staatlicher Auszeichnungen an Angehörige der Rettungsdienste\n"
        "19.05.2025\nErlass des Präsidenten der Republik Veloria Nr. 251\n"
        "über die Verleihung staatlicher Auszeichnungen an Angehörige der Rettungsdienste\n"
        "Herunterladen (PDF, 120 KB)\nWeitere Erlasse\n16.05.2025\n"
        "Erlass über die Einberufung des Nationalen Sicherheitsrates\n")
    assert [(d.published_at, d.complete) for d in docs] == [
        ("2025-05-19", True), ("2025-05-16", False)]


def test_a_credit_line_closes_no_text() -> None:
    doc = documents_from_text(
        "Harbour opens\n1 May 2024, 10:00\nThe harbour opened today.\nIt has 12 piers.\n"
        "Source: Press Service of the President\n")[0]
    assert [b.text for b in doc.blocks][-1] == "It has 12 piers."


@pytest.mark.parametrize("widget", ["کد خبر: ۴۸۲۱۷", "【字体：大 中 小】【打印】",
                                    "Reading time: 4 min", "このページのトップへ戻る"])
def test_a_pages_widgets_are_no_text_wherever_they_stand(widget: str) -> None:
    doc = documents_from_text(
        f"Harbour opens\n1 May 2024, 10:00\n{widget}\nThe harbour opened today.\n"
        f"It has 12 piers.\n{widget}\nThe ferry calls twice a day.\n")[0]
    assert all(widget not in b.text for b in doc.blocks) and len(doc.blocks) + bool(doc.lead) == 3


def test_a_language_switch_of_names_is_no_title() -> None:
    doc = documents_from_text(
        "English | Français | العربية\nHarbour of Lessa opens to ships of every size\n"
        "1 May 2024, 10:00\nThe harbour opened today.\n")[0]
    assert doc.title == "Harbour of Lessa opens to ships of every size"


def test_a_releases_number_over_the_date_is_no_title() -> None:
    doc = documents_from_text(
        "Startseite > Aktuelles\nPressemitteilung Nr. 58/26\n"
        "Mittwoch, 18. Februar 2026, 17:40 Uhr\n"
        "Bundeskanzler Aldo Renz telefoniert mit der Präsidentin Iren Maravel\n"
        "Bundeskanzler Aldo Renz hat heute mit der Präsidentin Iren Maravel telefoniert.\n")[0]
    assert (doc.title, doc.published_at) == (
        "Bundeskanzler Aldo Renz telefoniert mit der Präsidentin Iren Maravel", "2026-02-18T17:40")


def test_related_items_dated_on_their_titles_lines_after_undated_links() -> None:
    docs = documents_from_text(
        "Harbour opens\n22.05.2025\nThe harbour opened today, with twelve piers.\n"
        "Print version\nSend to a friend\nRelated materials\n"
        "20.05.2025 Statement of the Ministry on the border area\n"
        "19.05.2025 Minister Osterholt met the Secretary General\n")
    assert [(d.title, d.published_at) for d in docs[1:]] == [
        ("Statement of the Ministry on the border area", "2025-05-20"),
        ("Minister Osterholt met the Secretary General", "2025-05-19")]


def test_a_heading_over_dated_titles_is_a_listing() -> None:
    docs = documents_from_text(
        "Home > Speeches\nSpeeches\n"
        "13 March 2024 at 18:00 — Address of the President to the diplomatic corps in Lessa\n"
        "8 March 2024 at 11:30 — Speech of the President on International Women's Day\n"
        "Next page\n© Presidency of the Republic of Veloria 2024\n", meta={"title": "Speeches"})
    assert [(d.title, d.published_at, d.complete) for d in docs] == [
        ("Address of the President to the diplomatic corps in Lessa", "2024-03-13T18:00", False),
        ("Speech of the President on International Women's Day", "2024-03-08T11:30", False)]


def test_a_heading_that_opens_with_its_date_is_the_title_not_the_menu_over_it() -> None:
    doc = documents_from_text(
        "ホーム\n記者会見\nお問い合わせ\n令和6年4月10日 アルヴィド大統領記者会見\n令和6年4月10日\n"
        "本日、新たな経済対策を閣議決定いたしました。\n")[0]
    assert (doc.title, doc.published_at) == ("アルヴィド大統領記者会見", "2024-04-10")


VELORIA_LETTER = ("Greetings to the President of Oranthe\n14 March 2025\n"
                  "President Tomás Arvid sent greetings to the President of Oranthe on the "
                  "national day.\nHe wished the people of Oranthe peace and prosperity.\n")


@pytest.mark.parametrize("feed", [
    # Glued, as a crawler joins a title to its date's element; a space apart, numeric.
    "Share:\nOther items\nPresident Arvid received the Ambassador of Saldovia13 March 2025, "
    "16:20\nThe Council of Ministers met in Lessa13 March 2025, 11:00\n"
    "Telephone conversation with the President of Ostrava12 March 2025, 18:05\n",
    "Share:\nOther items\nPresident Arvid received the Ambassador of Saldovia 13.03.2025 16:20\n"
    "The Council of Ministers met in Lessa 13.03.2025 11:00\n"
    "Telephone conversation with the President of Ostrava 12.03.2025 18:05\n",
], ids=["glued", "spaced"])
def test_titles_closed_by_their_dates_in_a_row_are_a_feed(feed: str) -> None:
    # The feed's heading and the sharing label are in no word list: their place tells them.
    docs = documents_from_text(VELORIA_LETTER + feed + "© 2025 Office of the President\n")
    assert docs[0].blocks[-1].text.startswith("He wished the people")
    assert [(d.title, d.published_at, d.complete) for d in docs[1:]] == [
        ("President Arvid received the Ambassador of Saldovia", "2025-03-13T16:20", False),
        ("The Council of Ministers met in Lessa", "2025-03-13T11:00", False),
        ("Telephone conversation with the President of Ostrava", "2025-03-12T18:05", False)]


def test_one_title_ending_with_its_day_is_no_feed() -> None:
    docs = documents_from_text(VELORIA_LETTER + "Statement of the Ministry of 12 March 2025\n")
    assert len(docs) == 1
    assert docs[0].blocks[-1].text == "Statement of the Ministry of 12 March 2025"


def test_a_feeds_titles_over_their_dates_after_an_unknown_heading() -> None:
    # "Iná správy" (other news) is in no list: the first title before the first date, and
    # no title after the last, say that the dates close the items.
    feed = ("Podeliť sa:\nIná správy\nPresident Arvid received the Ambassador of Saldovia\n"
            "13 March 2025 | 16:10\nGreetings to Lessa's teachers\n12 March 2025 | 09:00\n"
            "Meeting on the harvest in the northern provinces\n11 March 2025 | 11:30\n"
            "All news\nUse of the materials requires a link to the site.\n")
    docs = documents_from_text(VELORIA_LETTER + feed)
    assert docs[0].blocks[-1].text.startswith("He wished the people")
    assert [(d.title, d.published_at) for d in docs[1:]] == [
        ("President Arvid received the Ambassador of Saldovia", "2025-03-13T16:10"),
        ("Greetings to Lessa's teachers", "2025-03-12T09:00"),
        ("Meeting on the harvest in the northern provinces", "2025-03-11T11:30")]


def test_a_signatures_place_over_a_feed_stays_in_the_text() -> None:
    text = ("Visit of the Prime Minister to Oranthe\n20 October 2025\nThe Prime Minister will "
            "visit Oranthe next week.\nOFFICE OF THE PRIME MINISTER\nLESSA\n20 OCTOBER 2025\n"
            "19 October 2025, 16:10The Prime Minister opens the Saran bridge\n"
            "18 October 2025, 11:30Statement of the Cabinet meeting of this week\n")
    docs = documents_from_text(text)
    assert [b.text for b in docs[0].blocks][-2:] == ["OFFICE OF THE PRIME MINISTER", "LESSA"]


def test_a_feeds_short_title_among_longer_ones_is_an_item() -> None:
    feed = ("Other news\nPresident Arvid received the Ambassador of Saldovia\n13 March 2025\n"
            "The Council of Ministers met in Lessa\n12 March 2025\nDecree on ambassadors\n"
            "11 March 2025\nAll news\n")
    docs = documents_from_text(VELORIA_LETTER + feed)
    assert [d.title for d in docs[1:]] == [
        "President Arvid received the Ambassador of Saldovia",
        "The Council of Ministers met in Lessa", "Decree on ambassadors"]


def test_a_time_glued_before_a_title_and_repeated_under_it_leaves_the_title() -> None:
    feed = ("14:20\n11:05Telephone conversation with the President of Ostrava\n"
            "12 March 2025, 11:0518:40Greetings to the people of Saldovia on their day\n"
            "11 March 2025, 18:40\n")
    docs = documents_from_text(VELORIA_LETTER + feed)
    assert [(d.title, d.published_at) for d in docs[1:]] == [
        ("Telephone conversation with the President of Ostrava", "2025-03-12T11:05"),
        ("Greetings to the people of Saldovia on their day", "2025-03-11T18:40")]


def test_a_from_line_between_the_title_and_the_date_is_no_title() -> None:
    docs = documents_from_text(
        "Home > News\nPress conference by the Prime Minister after the Cabinet meeting\n"
        "From: Prime Minister's Office\nPublished 11 March 2025\n"
        "The Prime Minister spoke to reporters after the Cabinet meeting.\n"
        "He said the harbour will open in May.\n")
    assert docs[0].title == "Press conference by the Prime Minister after the Cabinet meeting"
    assert docs[0].published_at == "2025-03-11"


def test_a_dateline_in_brackets_under_the_title() -> None:
    docs = documents_from_text(
        "Entretien de la ministre avec le Courrier de Lessa\n(Port-Aldane, 10 mars 2025)\n"
        "La ministre a parlé du port et du chemin de fer.\nElle a répondu aux questions.\n"
        "Haut de page\n")
    assert (docs[0].title, docs[0].published_at, docs[0].place) == (
        "Entretien de la ministre avec le Courrier de Lessa", "2025-03-10", "Port-Aldane")
    assert docs[0].blocks[-1].text == "Elle a répondu aux questions."


def test_a_listing_whose_items_end_with_the_same_link_in_any_language() -> None:
    items = "".join(
        f"1{k}.03.2025. 16:40\nPresident Arvid meets the envoy of Oranthe number {k}\n"
        f"The talks in Lessa were about the harbour and the railway, number {k}.\n"
        "Lasīt vairāk\n" for k in range(4, 0, -1))
    docs = documents_from_text("Jaunumi\n" + items + "Iepriekšējā 1 2 3 Nākamā\n"
                               "Pils laukums 3, Lesa\n")
    assert [(d.published_at, d.complete) for d in docs] == [
        (f"2025-03-1{k}T16:40", False) for k in range(4, 0, -1)]
    assert all(len(d.blocks) == 1 for d in docs)


def test_a_listing_under_a_filter_line_keeps_its_first_items_date() -> None:
    # The first item's day was read as the page's date line; each "Read more" ends an item,
    # so the pagination and the footer after the last one are no summary of it.
    items = "".join(
        f"{day}, 1{k} March 2026\nMinister Orrevi meets the envoy of Saldovia, meeting {k}\n"
        f"The ministers discussed the fisheries of the Amber Sea, number {k}.\nRead more\n"
        for k, day in zip(range(4, 0, -1), ("Saturday", "Friday", "Thursday", "Wednesday"),
                          strict=True))
    docs = documents_from_text("Press releases\nFilter by topic: All topics\n" + items +
                               "Previous\n1\n2\nNext\n1 Diplomats' Street, Lessa\n")
    assert [(d.published_at, d.title) for d in docs] == [
        (f"2026-03-1{k}", f"Minister Orrevi meets the envoy of Saldovia, meeting {k}")
        for k in range(4, 0, -1)]
    assert docs[-1].blocks[-1].text.endswith("number 1.")


@pytest.mark.parametrize("feed", [
    "Related\n* Orędzie Prezydenta na Święto Niepodległości (27.07.2025)\n"
    "* Prezydent spotkał się z ambasadorem Oranthe (26.07.2025)\n",
    "関連\n・ソルヴァン大統領の国連総会演説（2025年7月27日）\n・ソルヴァン大統領の記者会見（2025年7月26日）\n",
], ids=["bracketed", "cjk-brackets"])
def test_titles_with_their_dates_in_brackets_are_a_feed(feed: str) -> None:
    docs = documents_from_text(VELORIA_LETTER + feed)
    assert [d.published_at for d in docs[1:]] == ["2025-07-27", "2025-07-26"]
    assert all(d.title and d.title[0] not in "*・" and not d.title.endswith(("(", "（"))
               for d in docs[1:])


def test_a_byline_under_a_repeated_title_is_no_title() -> None:
    docs = documents_from_text(
        "Startseite\nReden und Interviews\nFestakt zum Verfassungstag in Lessa\n"
        "Festakt zum Verfassungstag in Lessa\nBundespräsident Amara Velden\nLessa, 23. Mai 2025\n"
        "Sehr geehrte Frau Präsidentin,\nmeine Damen und Herren,\n"
        "fünfundsiebzig Jahre sind im Leben einer Verfassung ein Anfang.\n")
    assert (docs[0].title, docs[0].published_at) == ("Festakt zum Verfassungstag in Lessa",
                                                     "2025-05-23")
    assert docs[0].kind_hint is None or docs[0].kind_hint != "letter"


@pytest.mark.parametrize("line,time", [
    ("שעה: 15:42", "15:42"), ("16:30 น.", "16:30"), ("11:00 Uhr", "11:00"), ("3:40 PM", "15:40"),
])
def test_a_labelled_time_under_the_date_line_is_the_statements(line: str, time: str) -> None:
    docs = documents_from_text(
        f"The Prime Minister met the envoy of Saldovia\n14.03.2025\n{line}\n"
        "The two discussed the harbour of Lessa and the railway to Ostrava.\n"
        "They agreed to meet again in May.\n")
    assert docs[0].published_at == f"2025-03-14T{time}"
    assert all(line not in (b.text for b in docs[0].blocks) for b in docs[0].blocks)
    assert docs[0].lead != line


def test_a_time_glued_to_the_end_of_the_title_is_the_statements() -> None:
    docs = documents_from_text(
        "Хэвлэл\n2025.03.14\nЕрөнхийлөгч Велден чуулганд үг хэлэв14:35\n"
        "Эрхэм хүндэт чуулганы оролцогчид оо,\nӨнөөдөр бид энд цугларлаа.\n")
    assert (docs[0].title, docs[0].published_at) == ("Ерөнхийлөгч Велден чуулганд үг хэлэв",
                                                     "2025-03-14T14:35")


@pytest.mark.parametrize("line,date", [
    ("发布时间：2025-03-14 18:30  来源：莱萨通讯社", "2025-03-14T18:30"),
    ("Publicado em 14/03/2025 12h40 Atualizado em 14/03/2025 15h02", "2025-03-14T12:40"),
])
def test_a_date_lines_other_fields_after_it(line: str, date: str) -> None:
    assert (classify(line).kind, classify(line).date) == ("date", date)


def test_a_dateline_whose_place_closes_with_a_colon_keeps_its_sentence() -> None:
    line = classify("14.03.2025 Lessa: the President met the envoy of Saldovia")
    assert line.glued == "Lessa: the President met the envoy of Saldovia"


def test_the_headers_widgets_over_the_text_are_no_text() -> None:
    docs = documents_from_text(
        "莱萨总统会见萨尔多维亚外交部长\n发布时间：2025-03-14 18:30 来源：莱萨通讯社\n"
        "【字体：大 中 小】 打印本页 关闭窗口\n"
        "3月14日下午，总统维尔登在莱萨宫会见萨尔多维亚外交部长。\n"
        "双方就港口和铁路合作交换了意见。\n")
    assert docs[0].published_at == "2025-03-14T18:30"
    assert all("字体" not in b.text for b in docs[0].blocks)
    assert "字体" not in (docs[0].lead or "")


VELORIA_FEED_KA = (
    "ვერიდიის მთავრობა\nმთავარი\nსიახლეები\nENG\n"
    "პრემიერ-მინისტრის განცხადება ლესას პორტთან დაკავშირებით\n"
    "ვერიდიის მთავრობა ღრმად შეშფოთებულია ლესას პორტში ბოლო დღეებში განვითარებული მოვლენებით.\n"
    "ჩვენ მოვუწოდებთ ყველა მხარეს, დაუბრუნდნენ მოლაპარაკების მაგიდას დაუყოვნებლივ.\n"
    "ჩვენ ვაგრძელებთ მჭიდრო კოორდინაციას ჩვენს საერთაშორისო პარტნიორებთან.\n"
    "პრემიერ-მინისტრი ამარა ველდენი\n14.03.2025 17:05\nგაზიარება\nბეჭდვა\nსხვა სიახლეები\n"
    "პრემიერ-მინისტრმა ენერგეტიკის ახალი სტრატეგია წარადგინა ლესაში\n13 მარტი 2025\n"
    "პრემიერ-მინისტრის შეხვედრა ბიზნესასოციაციის წარმომადგენლებთან ლესაში\n11 მარტი 2025\n"
    "© 2025 ვერიდიის მთავრობა\n")


def test_a_statement_dated_under_its_text_over_the_sharing_bar() -> None:
    docs = documents_from_text(VELORIA_FEED_KA)
    main = docs[0]
    assert (main.complete, main.title, main.published_at) == (
        True, "პრემიერ-მინისტრის განცხადება ლესას პორტთან დაკავშირებით", "2025-03-14T17:05")
    said = "\n".join([main.lead or "", *(b.text for b in main.blocks)])
    assert "საერთაშორისო პარტნიორებთან" in said and "გაზიარება" not in said
    assert [d.published_at for d in docs[1:]] == ["2025-03-13", "2025-03-11"]


def test_a_signed_date_under_the_text_opens_no_feed_item() -> None:
    docs = documents_from_text(
        "대통령실\n브리핑\n벨로리아 대통령, 3월 18~20일 사르도비아 국빈 방문\n2025.03.14 15:30\n"
        "조회수 1,204\n"
        "벨로리아 대통령은 사르도비아 대통령의 초청으로 3월 18일부터 국빈 방문합니다.\n"
        "양 정상은 정상회담에서 항만과 철도 협력 확대 방안을 논의할 예정입니다.\n"
        "이번 방문은 양국 관계를 격상하는 계기가 될 것으로 기대됩니다.\n"
        "2025. 3. 14.\n대통령실 대변인 아마라 벨덴\n공유하기\n인쇄\n최신 브리핑\n"
        "[서면 브리핑] 벨로리아 대통령, 기후기술 국제포럼 축사\n2025.03.13\n"
        "[대변인 브리핑] 벨로리아-오스트라바 정상 통화 결과\n2025.03.12\n"
        "[안보실장 브리핑] 국가안보회의 개최 결과\n2025.03.11\n목록\n")
    assert docs[0].published_at == "2025-03-14T15:30"
    assert all("조회수" not in b.text for b in docs[0].blocks)
    assert [(d.published_at, d.title) for d in docs[1:]] == [
        ("2025-03-13", "[서면 브리핑] 벨로리아 대통령, 기후기술 국제포럼 축사"),
        ("2025-03-12", "[대변인 브리핑] 벨로리아-오스트라바 정상 통화 결과"),
        ("2025-03-11", "[안보실장 브리핑] 국가안보회의 개최 결과")]


@pytest.mark.parametrize("line", ["Версия для печати", "طباعة", "Topics: Foreign policy, Veloria"])
def test_a_print_link_or_a_topics_line_ends_the_text(line: str) -> None:
    docs = documents_from_text(
        "The Prime Minister met the envoy of Saldovia\n14.03.2025\n"
        "The two discussed the harbour of Lessa and the railway to Ostrava.\n"
        f"They agreed to meet again in May.\n{line}\n")
    assert docs[0].blocks[-1].text == "They agreed to meet again in May."


def test_a_byline_by_its_word_between_the_title_and_the_date() -> None:
    docs = documents_from_text(
        "Beranda\nBerita\nPernyataan Pers Bersama Presiden Veloria dan Presiden Saldovia\n"
        "Oleh Humas\nJumat, 14 Maret 2025\nPresiden Amara Velden menerima Presiden Saldovia.\n"
        "Kedua presiden membahas pelabuhan Lessa.\n")
    assert docs[0].title == "Pernyataan Pers Bersama Presiden Veloria dan Presiden Saldovia"


def test_a_title_that_names_its_day_over_the_date_line() -> None:
    docs = documents_from_text(
        "Startseite Aktuelles Regierungspressekonferenz\nMitschrift Pressekonferenz\n"
        "Regierungspressekonferenz vom 14. März 2025\nFreitag, 14. März 2025\n"
        "VORS. HELLBERG: Guten Tag, meine Damen und Herren!\n"
        "STS BRANDAU: Die Präsidentin reist am Mittwoch nach Lessa.\n")
    assert (docs[0].title, docs[0].published_at) == (
        "Regierungspressekonferenz vom 14. März 2025", "2025-03-14")


def test_quotes_in_dashes_are_no_turns_and_no_lead_runs_up_to_them() -> None:
    docs = documents_from_text(
        "Statsministern reser till Lessa\n7 mars 2025\n"
        "Statsminister Elin Sparre reser på måndag till Lessa för samtal med Amara Velden.\n"
        "Samtalen väntas handla om energisamarbetet i Kustregionen.\n"
        "Vid toppmötet på tisdag deltar statsministern i en session om hamnar.\n"
        "– Kustforumet är vår viktigaste regionala arena, säger statsminister Elin Sparre.\n"
        "Statsministern återvänder till Stavholm på tisdag kväll.\n")
    assert docs[0].lead == ("Statsminister Elin Sparre reser på måndag till Lessa för samtal "
                            "med Amara Velden.")
    assert docs[0].blocks[0].text.startswith("Samtalen väntas")


JA_PRESS = (
    "首相官邸\nホーム\n総理の一日\n総理の演説・記者会見など\n"
    "ホーム > 総理の演説・記者会見など > 記者会見\n"
    "令和7年3月14日\nヴェルデン内閣総理大臣記者会見\n【ヴェルデン総理冒頭発言】\n"
    "本日、政府は、レッサ港の整備計画を閣議決定いたしました。\n"
    "国民の皆様の御理解と御協力を心からお願い申し上げます。\n最新の記者会見\n"
    "令和7年3月7日　ヴェルデン内閣総理大臣記者会見\n"
    "令和7年2月28日　ヴェルデン内閣総理大臣記者会見（サルドヴィア訪問について）\n"
    "記者会見一覧へ\nこのページの先頭へ\n")


def test_a_cjk_title_under_its_date_and_a_feed_of_dates_and_titles_an_ideographic_space_apart(
        ) -> None:
    docs = documents_from_text(JA_PRESS)
    assert (docs[0].title, docs[0].published_at) == ("ヴェルデン内閣総理大臣記者会見", "2025-03-14")
    assert [(d.published_at, d.title) for d in docs[1:]] == [
        ("2025-03-07", "ヴェルデン内閣総理大臣記者会見"),
        ("2025-02-28", "ヴェルデン内閣総理大臣記者会見（サルドヴィア訪問について）")]
    assert all(b.text != "このページの先頭へ" for d in docs for b in d.blocks)


def test_an_end_mark_over_the_typists_initials() -> None:
    docs = documents_from_text(
        "Prime Minister speaks with the President of Veloria\n14 March 2025\n"
        "The Prime Minister spoke with President Amara Velden today.\n"
        "The two leaders agreed to stay in close touch.\n***\nAV/RK/SK\n(Release ID: 2110457)\n"
        "Read this release in: English, Lessan\n")
    assert docs[0].blocks[-1].text == "The two leaders agreed to stay in close touch."


def test_whose_decree_under_the_date_is_no_place() -> None:
    docs = documents_from_text(
        "Документтер\nВелория Республикасынын Улуттук кеңешин түзүү жөнүндө\n"
        "14-март, 2025-ж. 10:15\nВелория Республикасынын Президентинин\nЖАРЛЫГЫ\n"
        "Велория Республикасынын Улуттук кеңешин түзүү жөнүндө\n"
        "1. Велория Республикасынын Улуттук кеңеши түзүлсүн.\n"
        "2. Ушул Жарлык расмий жарыяланган күндөн тартып күчүнө кирет.\n")
    assert docs[0].place is None


def test_menus_and_a_month_picker_over_a_listing_are_no_statement() -> None:
    menus = "\n".join(["Ћирилица | Latinica | English", "Претрага", "Почетна", "Председник",
                       "Активности", "Саопштења", "Говори", "Галерија", "Контакт"])
    months = "\n".join(["Јануар", "Фебруар", "Март", "Април", "Мај", "Јун", "Јул", "Август",
                        "Септембар", "Октобар", "Новембар", "Децембар"])
    titles = ["Председник Велден примио акредитивна писма амбасадора",
              "Обраћање председника Велдена поводом Дана државности",
              "Председник Велден разговарао телефоном са председником Салдовије",
              "Председник Велден обишао радове на обилазници око Лесе"]
    items = "".join(f"1{k}.03.2025. | 16:45\n{title}\n"
                    for k, title in zip(range(4, 0, -1), titles, strict=True))
    docs = documents_from_text(
        f"Председник Републике Велорије\n{menus}\nПочетна / Архива / Март 2025.\n"
        f"Архива вести — март 2025.\nИзаберите месец:\n{months}\nГодина: 2025 | 2024\n"
        f"{items}« Претходна\n")
    assert [(d.complete, d.published_at, d.title) for d in docs] == [
        (False, f"2025-03-1{k}T16:45", title)
        for k, title in zip(range(4, 0, -1), titles, strict=True)]


def test_a_toolbars_bars_alone_on_their_lines() -> None:
    docs = documents_from_text(
        "首页 > 新闻 > 要闻\n维尔登同萨尔多维亚总统林德通电话\n2024-03-20 21:03 来源： 莱萨通讯社\n"
        "字号：默认 大 超大\n|\n打印\n|\n"
        "3月20日晚，国家主席维尔登应约同萨尔多维亚总统奥斯卡·林德通电话。\n"
        "两国元首还就共同关心的国际和地区问题交换了意见。\n")
    assert (docs[0].complete, docs[0].title) == (True, "维尔登同萨尔多维亚总统林德通电话")
    assert docs[0].blocks[-1].text == "两国元首还就共同关心的国际和地区问题交换了意见。"


@pytest.mark.parametrize(("line", "date"), [
    ("19 novembre 2024 - 11h0010h50", "2024-11-19T11:00"),
    ("04.12.2024. | 10.0509.30", "2024-12-04T10:05"),
])
def test_another_items_time_glued_in_other_clock_writings(line: str, date: str) -> None:
    found = classify(line)
    assert (found.kind, found.date, found.glued_times) == ("date", date, True)


@pytest.mark.parametrize("header", [
    "URL: https://vlada.veloria.example/news/rozpocet-2025\nFetched: 2024-11-02T08:14:55Z\n"
    "HTTP-Status: 200\nContent-Type: text/html; charset=utf-8\n"
    "Title: Prohlášení premiérky k rozpočtu 2025 | Vláda Velorie\n" + "-" * 40 + "\n",
    "# crawler: nightcrawl/2.3\n# source: https://vlada.veloria.example/news/rozpocet-2025\n"
    "# retrieved: 2024-11-02 08:14:55 UTC\n# status: 200\n# ---\n",
], ids=["fields", "comments"])
def test_a_crawlers_header_of_fields_it_adds_and_the_pages_own(header: str) -> None:
    docs = documents_from_text(
        header + "\nÚvod > Média\n\nProhlášení premiérky k rozpočtu 2025\n\n1. listopadu 2024\n\n"
        "Vláda dnes schválila rozpočet na rok 2025 a premiérka Amara Velden jej představila.\n\n"
        "Rozpočet počítá s investicemi do přístavu v Lesse.\n")
    assert docs[0].url == "https://vlada.veloria.example/news/rozpocet-2025"
    assert (docs[0].title, docs[0].published_at) == ("Prohlášení premiérky k rozpočtu 2025",
                                                     "2024-11-01")


def test_a_feeds_items_of_a_title_and_a_summary_closed_by_their_dates() -> None:
    docs = documents_from_text(
        "Գլխավոր\nՆախագահ Ամարա Վելդենի հարցազրույցը «Լեսսա» օրաթերթին\n29.10.2024 | 17:05\n"
        "— Պարոն Նախագահ, ինչպե՞ս եք գնահատում տարին։\n— Տարին դժվար էր, բայց արդյունավետ։\n"
        "— Շնորհակալություն հարցազրույցի համար։\nԱյլ լուրեր\n"
        "Նախագահը հանդիպել է Սալդովիայի արտաքին գործերի նախարարին\n"
        "Քննարկվել են երկկողմ համագործակցության հարցեր...\n30.10.2024 | 12:20\n"
        "12:30Նախագահը շնորհավորական ուղերձ է հղել Սահմանադրության օրվա առթիվ\n"
        "Սիրելի հայրենակիցներ, շնորհավորում եմ բոլորիդ...\n28.10.2024 | 09:00\n"
        "Բոլոր լուրերը\n© 2024 Վելորիայի Նախագահի պաշտոնական կայք\n")
    assert docs[0].blocks[-1].text == "— Շնորհակալություն հարցազրույցի համար։"
    assert [(d.published_at, d.title) for d in docs[1:]] == [
        ("2024-10-30T12:20", "Նախագահը հանդիպել է Սալդովիայի արտաքին գործերի նախարարին"),
        ("2024-10-28T09:00", "Նախագահը շնորհավորական ուղերձ է հղել Սահմանադրության օրվա առթիվ")]


def test_a_language_link_under_the_date_is_no_place_and_a_japanese_end_mark_closes() -> None:
    docs = documents_from_text(
        "外務省\nトップページ > 報道発表\nヴェロリア首脳電話会談\n令和7年3月14日\nEnglish\n"
        "本日14日、高森総理は、ヴェロリア共和国大統領と電話会談を行いました。\n"
        "両首脳は、エネルギー分野での協力を確認しました。\n（了）\n")
    assert docs[0].place is None
    assert docs[0].blocks[-1].text == "両首脳は、エネルギー分野での協力を確認しました。"


def test_a_decree_dated_only_by_its_closing_formula_keeps_its_body_and_title() -> None:
    docs = documents_from_text(
        "Présidence de la République de Veloria\nAccueil\nDécrets\nContact\n"
        "Vous êtes ici : Accueil > Décrets\n\n"
        "Décret n°2025-318 portant nomination des membres du Gouvernement\n\n"
        "LE PRÉSIDENT DE LA RÉPUBLIQUE,\n\nVu la Constitution ;\n\nDÉCRÈTE :\n\n"
        "Article 1er : Sont nommés membres du Gouvernement les personnes dont les noms suivent.\n\n"
        "Article 2 : Le présent décret sera publié au Journal officiel de la République.\n\n"
        "Fait à Lessa, le 14 mars 2025\n\nAmara VELDEN\n\nTélécharger le décret (PDF)\n")
    assert docs[0].title == "Décret n°2025-318 portant nomination des membres du Gouvernement"
    assert docs[0].published_at == "2025-03-14"
    assert any(b.text.startswith("Article 2") for b in docs[0].blocks)


def test_a_decrees_own_dateline_under_its_motto_keeps_its_articles_in_the_text() -> None:
    docs = documents_from_text(
        "Trang chủ » Văn bản » Quyết định\nQuyết định về đặc xá năm 2025\n13/03/2025 16:00\n"
        "Lượt xem: 3.877\nCHỦ TỊCH NƯỚC\nCỘNG HÒA VELORIA\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lessa, ngày 13 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVỀ ĐẶC XÁ NĂM 2025\n"
        "Căn cứ Hiến pháp nước Cộng hòa Veloria;\n"
        "Điều 1. Đặc xá tha tù trước thời hạn cho người đang chấp hành án phạt tù.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
    texts = [b.text for b in docs[0].blocks]
    assert texts[0] == "CHỦ TỊCH NƯỚC"
    assert texts[-1] == "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."


def test_a_chinese_error_report_link_and_its_related_articles_are_no_text() -> None:
    docs = documents_from_text(
        "首页 > 新闻\n林远舟致电祝贺维洛里亚总统\n2025-03-14 18:05\n"
        "云通社澜城3月14日电 国家主席林远舟致电维洛里亚总统，祝贺他当选。\n"
        "林远舟在贺电中指出，两国是相互信任的好朋友，各领域合作成果丰硕。\n"
        "林远舟祝愿维洛里亚国家繁荣、人民幸福。\n【我要纠错】 责任编辑：刘洋\n相关稿件\n")
    assert docs[0].blocks[-1].text == "林远舟祝愿维洛里亚国家繁荣、人民幸福。"


def test_font_size_and_print_buttons_under_the_title_leave_the_text_whole() -> None:
    docs = documents_from_text(
        "Startseite\nAktuelles\nPressemitteilung 112\nMittwoch, 5. März 2025\n"
        "Bundeskanzlerin Velden telefoniert mit dem Präsidenten von Saldovia\n"
        "Schriftgröße\nA\nA\nA\nDrucken\nTeilen\n"
        "Bundeskanzlerin Amara Velden hat heute mit dem Präsidenten Oskar Lind telefoniert.\n"
        "Beide vereinbarten, die Zusammenarbeit beim Hochwasserschutz zu vertiefen.\n"
        "Schlagworte\nAußenpolitik\n")
    assert docs[0].complete and docs[0].title.startswith("Bundeskanzlerin Velden telefoniert")
    texts = [docs[0].lead or "", *(b.text for b in docs[0].blocks)]
    assert texts[-1] == "Beide vereinbarten, die Zusammenarbeit beim Hochwasserschutz zu vertiefen."
    assert not any("Schriftgröße" in t or t == "A" for t in texts)


@pytest.mark.parametrize("opening", ["Foto: Presidencia / Marta Olivo",
                                     "[imagem] © Gabinete do Primeiro-Ministro",
                                     "[Versión para imprimir]   Tamaño de letra: A A A"])
def test_a_pictures_credit_or_a_row_of_buttons_over_the_text_is_no_text(opening: str) -> None:
    docs = documents_from_text(
        "Inicio > Prensa\nEl Presidente inaugura el puerto de Lessa\n14 de marzo de 2025\n\n"
        f"{opening}\n\nEl presidente de la República inauguró hoy el nuevo puerto de Lessa, "
        "que duplicará la capacidad de carga de la región.\n\nLas obras duraron tres años y "
        "emplearon a más de dos mil trabajadores de la provincia.\n")
    texts = [docs[0].lead or "", *(b.text for b in docs[0].blocks)]
    assert texts[0].startswith("El presidente de la República inauguró hoy")


def test_a_release_label_over_the_date_and_an_update_under_the_title() -> None:
    docs = documents_from_text(
        "Prime Minister's Office\nYou are here: Home > Media Centre > Media Releases\n\n"
        "FOR IMMEDIATE RELEASE\nWednesday 4 June 2025\n\n"
        "Prime Minister announces a new Coastal Fund for the northern towns\n\n"
        "Last updated: Thursday 5 June 2025, 9:12 AM\n\n"
        "Prime Minister Amara Velden today announced a fund to help the coastal towns of the "
        "north protect their homes and harbours.\n\nThe fund will be delivered over six years "
        "in partnership with the regional councils of Veloria.\n")
    assert (docs[0].title, docs[0].published_at, docs[0].complete) == (
        "Prime Minister announces a new Coastal Fund for the northern towns", "2025-06-04", True)
    assert docs[0].blocks[-1].text.startswith("The fund will be delivered over six years")


def test_the_publication_and_the_update_on_one_line() -> None:
    docs = documents_from_text(
        "Accueil > Actualités\nLe Président reçoit les maires de Veloria\n"
        "Publié le 7 avril 2025 à 11h05 — Mis à jour le 8 avril 2025 à 09h12\n\n"
        "Le Président de la République a reçu ce matin les maires des communes du littoral.\n\n"
        "Ils ont évoqué la protection des côtes et le financement des digues.\n")
    assert docs[0].published_at == "2025-04-07T11:05"


def test_a_transcripts_end_time_alone_and_the_place_a_title_names_before_its_date() -> None:
    docs = documents_from_text(
        "Главная / Брифинги\n"
        "Брифинг официального представителя МИД Велории Н.А.Вересовой, Ирмень, 14 марта 2025 года\n"
        "14.03.2025\n\nВопрос: Будет ли обсуждаться авиасообщение?\n\nОтвет: Да, этот вопрос "
        "стоит в повестке дня переговоров.\n\nВопрос: Когда откроется консульство?\n\nОтвет: "
        "В апреле, как мы и сообщали.\n\n1:58 P.M. MSK\n")
    assert docs[0].place == "Ирмень"
    assert docs[0].blocks[-1].text == "Ответ: В апреле, как мы и сообщали."


def test_a_decrees_closing_formula_names_its_place() -> None:
    docs = documents_from_text(
        "Accueil > Décrets\n\nDécret n°2025-318 portant nomination des membres du Gouvernement\n\n"
        "LE PRÉSIDENT DE LA RÉPUBLIQUE,\n\nVu la Constitution ;\n\n"
        "Article 1er : Sont nommés membres du Gouvernement les personnes dont les noms suivent.\n\n"
        "Article 2 : Le présent décret sera publié au Journal officiel de la République.\n\n"
        "Fait à Lessa, le 14 mars 2025\n\nAmara VELDEN\n\nTélécharger le décret (PDF)\n")
    assert docs[0].place == "Lessa"


def test_a_persian_comment_form_and_most_read_list_end_the_text() -> None:
    docs = documents_from_text(
        "صفحه اصلی > اخبار\nگفت‌وگوی تلفنی رئیس‌جمهور با رئیس‌جمهور سالدوویا\n"
        "۲۵ اردیبهشت ۱۴۰۳ - ۱۸:۳۰\n"
        "رئیس‌جمهور در این گفت‌وگو که عصر امروز انجام شد، بر گسترش همکاری‌ها تأکید کرد.\n"
        "دو طرف از آمادگی برای برگزاری نشست کمیسیون مشترک در اسرع وقت خبر دادند.\n"
        "۰ نظر\nارسال نظر\nنام\nایمیل\nپربازدیدترین‌ها\nدیدار رئیس‌جمهور با نخست‌وزیر\n")
    texts = [docs[0].lead or "", *(b.text for b in docs[0].blocks)]
    assert texts[-1].startswith("دو طرف از آمادگی")


def test_a_delivery_note_after_the_date_and_a_download_line_over_the_speech() -> None:
    docs = documents_from_text(
        "Accueil > Discours\n3 juin 2025 - Seul le prononcé fait foi\n"
        "Discours du Président de la République à la Conférence des ambassadeurs\n"
        "Télécharger le .pdf\n"
        "Mesdames et Messieurs les ministres, je suis heureux de vous accueillir à Lessa.\n"
        "La Veloria restera fidèle à ses alliés et à ses engagements.\n")
    assert docs[0].title == ("Discours du Président de la République à la Conférence des "
                             "ambassadeurs")
    texts = [t for t in (docs[0].lead, *(b.text for b in docs[0].blocks)) if t]
    assert texts[0].startswith("Mesdames et Messieurs les ministres")


def test_a_rule_over_the_typists_initials_ends_a_release_and_what_follows() -> None:
    docs = documents_from_text(
        "Prime Minister's Office\nPrime Minister addresses the water conference in Lessa\n"
        "Posted On: 05 MAR 2025 6:32PM by PIB Lessa\n"
        "The Prime Minister addressed the national water conference in Lessa today.\n"
        "He called on every district to prepare a water budget by next year.\n"
        "***\nMG/KC/SK\n(Release ID: 2108423) Visitor Counter : 412\n"
        "Read this release in: Urdu , Marathi\nFollow us on social media:\n")
    assert docs[0].blocks[-1].text.startswith("He called on every district")
