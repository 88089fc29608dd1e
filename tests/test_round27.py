"""Pages of shapes a blind round (sites built in table layouts before 2012, joint
statements and communiqués, foreign ministries, bilingual pages, Greek and Hebrew sites,
statements as channel posts and transcripts) found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest

from communique.errors import PageDropped
from communique.extract.header import not_section
from communique.models import Page, Source
from communique.parse.kinds import classify_kind
from communique.parse.names import names_in
from communique.parse.participants import from_lead
from communique.pipeline import parse_page
from tests.pages import html_page

# An old site's page: a table of menus, a ticker, a counter, then the text's cell.
MENU = ("<tr><td><a href='/index.html'><font size='2'><b>Home</b></font></a></td></tr>"
        "<tr><td><a href='/news/speeches.html'><font size='1'>Speeches</font></a></td></tr>"
        "<tr><td><a href='/news/letters.html'><font size='1'>Letters &amp; Messages</font></a>"
        "</td></tr>")
TICKER = ("<marquee><a href='/n/1'><font>11.03.2004 - Address to the nation on the budget "
          "reform of the Republic of Veloria and its regions</font></a></marquee>")


def old_page(title: str, cell: str, *, charset: str = "utf-8") -> Page:
    html = (f"<html><head><title>{title}</title><meta http-equiv='Content-Type' "
            f"content='text/html; charset={charset}'></head><body><center><table width='780'>"
            f"<tr><td colspan='2'>{TICKER}</td></tr><tr><td width='160' valign='top'>"
            f"<table>{MENU}</table><center><font size='1'>You are visitor No. 0152770<br>"
            f"since 01.01.1999</font></center></td><td width='610' valign='top'>{cell}"
            "</td></tr><tr><td colspan='2'><font size='1'>Copyright 1999-2004 Office of the "
            "President of the Republic of Veloria. Last updated: 18.09.2003</font></td></tr>"
            "</table></center></body></html>")
    return Page(content=html, format="html", source=Source(format="html", path="old.html"))


SPEECH = ("<font size='1'><a href='/'>Home</a> &gt; <a href='/news/speeches.html'>Speeches"
          "</a></font><br><br>"
          "<font size='1'><b>SPEECHES</b> | Wednesday, 17 September 2003 - 14:30</font><br>"
          "<font face='Arial' size='4'><b>Address by President Amara Velden at the Opening of "
          "the Autumn Session of the National Assembly</b></font><br><br>"
          "<font size='2'>Mr. Speaker,<br>Honourable Members,<br><br>"
          "Four years ago, in this chamber, I promised that the Republic would measure its "
          "progress by the number of families who feel safer at the end of the month.<br><br>"
          "This summer the river Ardel rose higher than at any time since 1961, and none of "
          "the three thousand people who left their homes was left without a roof.<br><br>"
          "I declare the autumn session of the National Assembly open.<br><br></font>"
          "<font size='1'><a href='/news/speeches.html'>&lt;&lt; All speeches</a> | "
          "<a href='/print.php?id=377'>Print version</a> | <a href='#top'>Top</a></font>")


def test_an_old_page_is_titled_by_its_line_in_heading_type_not_its_site_and_section() -> None:
    statement = parse_page(old_page("President of the Republic of Veloria :: Speeches",
                                    SPEECH))[0]
    assert statement.title == ("Address by President Amara Velden at the Opening of the "
                               "Autumn Session of the National Assembly")
    assert statement.kind == "speech"
    assert statement.published_at.startswith("2003-09-17")
    assert statement.text.startswith("Mr. Speaker,\nHonourable Members,\nFour years ago")
    # The text's lines between <br>s inside its <font> are its paragraphs; the link row
    # under it ("<< All speeches | Print version | Top") is navigation.
    assert statement.text.endswith("National Assembly open.")
    assert "\nThis summer" in statement.text


@pytest.mark.parametrize("title", ["Official website", "stmt0722", "首相官邸 Veloria"])
def test_a_title_naming_the_site_or_a_file_gives_way_to_the_shown_heading(title: str) -> None:
    cell = ("<h3>STATEMENT BY THE HONOURABLE AMARA VELDEN, PRIME MINISTER, ON THE RESULT OF "
            "THE FISHERIES REFERENDUM</h3><font size='2'>Fellow citizens, yesterday you "
            "decided, by a majority of fifty-eight per cent, that our waters will be managed by "
            "our own fisheries board.<br><br>I accept that decision and I will carry it out."
            "</font>")
    statement = parse_page(old_page(title, cell))[0]
    assert statement.title.startswith("STATEMENT BY THE HONOURABLE AMARA VELDEN")


def test_a_title_in_the_title_element_stays_over_a_bold_line_that_says_it_shorter() -> None:
    cell = ("<b>Interview to Lessa Daily</b><br><br><font size='2'>Lessa Daily: Madam "
            "President, what comes first this year for the regions of the country?<br><br>"
            "Amara Velden: The roads, and then the schools of the river valleys.</font>")
    page = old_page("Interview of President Amara Velden to Lessa Daily on the regions", cell)
    assert parse_page(page)[0].title == ("Interview of President Amara Velden to Lessa Daily "
                                         "on the regions")


def test_bold_questions_and_a_signature_are_no_title() -> None:
    questions = ("<font size='4'><b>Interview of the President to Lessa Daily</b></font><br>"
                 "<font size='2'><b>Madam President, why did you veto the civil service law?"
                 "</b><br><br>The law was written in haste and let offices dismiss officials "
                 "without a reason, which I cannot accept.<br><br><b>Will the deputies "
                 "overrule you?</b><br><br>That is their right.</font>")
    assert parse_page(old_page("Presidency of Veloria", questions))[0].title == \
        "Interview of the President to Lessa Daily"
    letter = ("<p>Dear Mr President!</p><p>On behalf of the people of Veloria I congratulate "
              "you on the national day of Saldovia.</p><p>I wish you good health.</p>"
              "<p><b>Amara Velden,</b><br><b>President of the Republic of Veloria</b></p>")
    page = html_page(letter, head="<title>Congratulations to President Oskar Lind</title>")
    assert parse_page(page)[0].title == "Congratulations to President Oskar Lind"


def test_a_delivery_note_in_bold_is_no_title() -> None:
    cell = ("<p><strong>*** CHECK AGAINST DELIVERY ***</strong></p><p>Ladies and gentlemen, "
            "the new fisheries complex of Port Arlen opens today, and with it four hundred "
            "jobs for the families of the coast.</p><p>Thank you.</p>")
    page = html_page(cell, head="<title>Office of the Prime Minister</title>")
    statement = parse_page(page)[0]
    assert statement.title == "Office of the Prime Minister"
    assert not statement.text.startswith("***")


@pytest.mark.parametrize(("lead", "people"), [
    # An office without a name meets guests that offices introduce.
    ("The Prime Minister met President Oskar Lind of Saldovia and President Ilse Marr of "
     "Lessaria in Port Arlen today.", [("Oskar Lind", "guest"), ("Ilse Marr", "guest")]),
    ("President of the Republic of Veloria Amara Velden held a video conference with "
     "President of the Republic of Saldovia Oskar Lind and President of the Republic of "
     "Lessaria Ilse Marr.",
     [("Amara Velden", "host"), ("Oskar Lind", "guest"), ("Ilse Marr", "guest")]),
    # A comma alone sets a name in apposition; what a relative clause says lists no one.
    ("President Amara Velden received the Foreign Minister of Saldovia, Oskar Lind, who said "
     "that Ilse Marr and Talia Brenn agreed.", [("Amara Velden", "host"),
                                                ("Oskar Lind", "guest")]),
    ("The Prime Minister met the Harbour Development Council in Port Arlen.", []),
    # A body for the office, a possessive for the address ("His Excellency"): no one.
    ("The Council of Ministers met in an ordinary session and approved the decree presented "
     "by the Minister of Finance, Ilse Marr, on the first amendment to the Procurement "
     "Regime.", []),
    ("This afternoon, the President hosted ten harbour executives for a discussion about his "
     "Safe Harbours agenda.", []),
])
def test_a_meeting_lead_gives_every_guest_it_lists(lead: str,
                                                   people: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_lead([lead], "meeting", "en")] == people


JOINT = ("<h1>{title}</h1><p>{opening}</p><p>1. The two countries agree to open the "
         "railway between Lessa and Dorvan before the end of the year.</p><p>2. They will "
         "meet again in the spring.</p>")


@pytest.mark.parametrize(("title", "opening"), [
    ("Joint Statement by the Presidents of Veloria and Saldovia",
     "The President of the Republic of Veloria, Amara Velden, and the President of the "
     "Republic of Saldovia, Oskar Lind, having met in Lessa on 9 March 2026, declare:"),
    ("Declaración conjunta de los presidentes de Veloria y Saldovia",
     "La Presidenta de la República de Veloria, Amara Velden, y el Presidente de la "
     "República de Saldovia, Oskar Lind, reunidos en Lessa, declaran:"),
    ("Documents signed during the state visit to Saldovia",
     "The following documents were signed in the presence of President of the Republic of "
     "Veloria Amara Velden and President of the Republic of Saldovia Oskar Lind:"),
])
def test_a_joint_text_is_made_by_the_leaders_its_opening_names(title: str,
                                                                opening: str) -> None:
    statement = parse_page(html_page(JOINT.format(title=title, opening=opening)))[0]
    assert {p.name for p in statement.participants} == {"Amara Velden", "Oskar Lind"}


def test_a_portfolio_of_two_words_does_not_run_into_the_name() -> None:
    assert names_in("Minister of Foreign and European Affairs Oskar Lind held a call.") == [
        "Oskar Lind"]
    assert names_in("President of Veloria and Ilse Marr met in Lessa.") == ["Ilse Marr"]


@pytest.mark.parametrize("section", ["Press releases", "Speeches", "Interview"])
def test_a_section_named_before_the_date_is_no_place(section: str) -> None:
    assert not_section(section) is None
    assert not_section("Port Arlen") == "Port Arlen"
    page = Page(content=(
        f"<html><body><article><p class='news-kicker'>{section}, 02.05.2024</p><h1>The "
        "Foreign Minister met the Federal Minister of Saldovia</h1><div class='body'><p>Port "
        "Arlen, 02.05.2024 – The meeting took place at the ministry, where the two ministers "
        "spoke about the railway to Dorvan.</p><p>They agreed to meet again in the autumn "
        "in Lessa.</p></div></article></body></html>"), format="html",
        source=Source(format="html", path="p.html"))
    assert parse_page(page)[0].place == "Port Arlen"


def test_a_ministrys_answer_to_a_media_question_is_its_officials() -> None:
    body = ("<p><b>Question:</b> Some commentators say the summit will be postponed. Is "
            "that so?</p><p><b>Answer:</b> Such claims have no basis. The summit will open "
            "on 12 May as planned.</p>")
    statement = parse_page(html_page(body, heading=(
        "Answer by Director of the Information and Press Department Oskar Lind to a media "
        "question on the Lessa Summit")))[0]
    assert statement.kind == "press_conference"
    assert [(t.speaker, t.role) for t in statement.turns] == [(None, "question"),
                                                              ("Oskar Lind", "answer")]


def test_a_departments_comment_is_a_statement() -> None:
    title = "Comment by the Information and Press Department on the detention of fishermen"
    assert classify_kind(title=title, lead=None, text="The Ministry is concerned.",
                         has_turns=False)[0] == "statement"


@pytest.mark.parametrize("note", ["Seul le texte prononcé fait foi", "Unofficial translation",
                                  "Translator's note: This interview was given in Saldovian "
                                  "and is published here in translation."])
def test_a_notes_on_delivery_or_translation_are_no_part_of_the_text(note: str) -> None:
    body = (f"<p>{note}</p><p>Ladies and gentlemen, the harbour of Port Arlen opens today "
            "for the ships of all our neighbours.</p><p>Thank you.</p>")
    text = parse_page(html_page(body, heading="Address by President Amara Velden"))[0].text
    assert text.startswith("Ladies and gentlemen")


def layout_page(title: str, cell: str) -> Page:
    """A page of a layout table: a menu column and a counter beside the text's cell, a
    ticker over it, a footer under it; the text's cell holds a table of its own."""
    menu = "".join(f"<tr><td><a href='/{k}'>{word}</a></td></tr>" for k, word in enumerate(
        ("Home", "News", "Speeches", "Interviews", "Press releases", "Biography", "Office",
         "Photo gallery", "Contact")))
    html = (f"<html><head><title>{title}</title></head><body><table><tr><td colspan='2'>"
            "<marquee>Latest news: The President received the mayors of the river valleys "
            "- New year message to the armed forces - Telephone conversation with the "
            "President of Saldovia - The President opened the new bridge in Dorvan</marquee>"
            f"</td></tr><tr><td width='160'><table>{menu}</table>Visitors since 1999: "
            "1 101 874, thank you for your visit to the site of the Presidency</td><td "
            "width='600'><table cellpadding='12'><tr><td><font size='1'><a href='/'>Home</a> "
            f"&gt; <a href='/i'>Interviews</a></font><br><br>{cell}</td></tr></table></td>"
            "</tr><tr><td colspan='2'>© Office of the President of the Republic of Veloria, "
            "Lessa | Last updated 14.02.2005 | Webmaster | Best viewed at 800x600</td></tr>"
            "</table></body></html>")
    return Page(content=html, format="html", source=Source(format="html", path="l.html"))


def test_a_layouts_menus_and_ticker_stay_out_and_bold_lines_ask() -> None:
    cell = ("<font size='4'><b>Interview of President Amara Velden to Lessa Daily</b></font>"
            "<br><font size='1'>Monday, 14 February 2005</font><br><br><font size='2'>"
            "<b>Madam President, you vetoed the civil service law in January. Why?</b><br><br>"
            "The law was written in haste and would have let offices dismiss officials without "
            "a reason. I do not think that is right, and I said so to the chairman of the "
            "assembly before I returned the law to the deputies.<br><br>"
            "<b>The deputies will most likely overrule your veto.</b><br><br>"
            "That is their right. I did what the constitution asks of me, and I explained my "
            "reasons in public, so that every citizen can judge them for himself.<br><br>"
            "<b>Thank you for the interview.</b><br><br>Thank you too.</font>")
    statement = parse_page(layout_page("Presidency of Veloria", cell))[0]
    assert statement.title == "Interview of President Amara Velden to Lessa Daily"
    assert statement.text.startswith("Madam President, you vetoed")
    for residue in ("Latest news", "Visitors", "Best viewed", "Photo gallery"):
        assert residue not in statement.text
    # A bold line set apart asks, whether it ends in a question mark or not.
    assert [t.role for t in statement.turns] == ["question", "answer"] * 3


def test_an_office_label_is_the_one_the_title_names_with_it_after_a_comma() -> None:
    body = ("<p><b>LE PRÉSIDENT :</b> Mesdames et Messieurs, je suis heureux d'accueillir Mme "
            "Marr à Lessa pour sa première visite.</p><p><b>MME MARR :</b> Merci, Monsieur le "
            "Président. Cet accord ouvrira la ligne de Dorvan.</p><p><b>QUESTION :</b> Quand "
            "la ligne ouvrira-t-elle ?</p><p><b>LE PRÉSIDENT :</b> Avant la fin de l'année."
            "</p>")
    statement = parse_page(html_page(body, heading=(
        "Conférence de presse conjointe de M. Amara Velden, Président de la République, et de "
        "Mme Ilse Marr, Première ministre de Saldovie")))[0]
    assert [t.speaker for t in statement.turns] == ["Amara Velden", "Ilse Marr", None,
                                                    "Amara Velden"]


def test_a_transcripts_time_codes_are_no_words() -> None:
    body = ("<p>[00:00:04] PRESIDENT AMARA VELDEN: Good morning. The harbour opens today.</p>"
            "<p>[00:00:20] The first ships arrive on Monday, and the ferry to Dorvan a week "
            "later.</p><p>[00:01:02]</p><p>(01:15) QUESTION: When will the fares fall?</p>"
            "<p>[00:01:20] PRESIDENT AMARA VELDEN: In the spring.</p>")
    statement = parse_page(html_page(body, heading="Press conference of President Amara "
                                                   "Velden at the harbour of Lessa"))[0]
    assert "[00:" not in statement.text and "(01:15)" not in statement.text
    assert [(t.speaker, t.role) for t in statement.turns] == [
        ("Amara Velden", "statement"), (None, "question"), ("Amara Velden", "answer")]
    assert statement.turns[0].text.endswith("the ferry to Dorvan a week later.")


def test_old_dates_hyphened_and_a_counters_since_date() -> None:
    cell = ("<center>22-Jul-1999</center><h3>STATEMENT BY THE PRIME MINISTER ON THE RESULT OF "
            "THE FISHERIES REFERENDUM</h3><font size='2'>Fellow citizens, yesterday you "
            "decided, by a majority of fifty-eight per cent, that our waters will be managed by "
            "our own fisheries board.<br><br>I accept that decision and I will carry it out, "
            "with the fishermen of every harbour of the islands.</font>")
    assert parse_page(old_page("stmt0722", cell))[0].published_at.startswith("1999-07-22")
    counted = ("<font size='1'>Visitors: 0152770</font><br><font size='1'>since 01.09.1999"
               "</font><br><font size='4'><b>Interview of President Amara Velden to Lessa "
               "Daily</b></font><br><i>17 May 2000</i><br><br><font size='2'>Lessa Daily: "
               "Madam President, a hundred days have passed since you took office. What has "
               "been done?<br><br>Amara Velden: The budget passed, and the roads of the river "
               "valleys are being rebuilt, as I promised the voters of the north.</font>")
    assert parse_page(old_page("Presidency", counted))[0].published_at.startswith("2000-05-17")


def test_a_photographers_credit_after_a_camera_is_no_text() -> None:
    body = ("<p>The President signed the law on the national parks in the Palace today.</p>"
            "<p>The law enters into force in ninety days.</p><p>📸 Talia Brenn/PR</p>")
    text = parse_page(html_page(body, heading="The President signed the parks law"))[0].text
    assert text.endswith("in ninety days.")


@pytest.mark.parametrize(("title", "kind"), [
    ("Stqarrija tal-Prim Ministru wara d-deċiżjoni tal-Qorti Kostituzzjonali", "statement"),
    ("Ittra ta' awguri mill-President lill-President elett ta' Saldovia", "letter"),
    ("Konferenza stampa tal-Prim Ministru dwar il-pjan tal-enerġija", "press_conference"),
    ("Diskors tal-President Amara Velden f'Jum il-Ħelsien", "speech"),
])
def test_maltese_titles_name_their_kinds(title: str, kind: str) -> None:
    assert classify_kind(title=title, lead=None, text="Il-President qal.",
                         has_turns=False)[0] == kind


def test_maltese_question_and_answer_labels_name_no_one() -> None:
    body = ("<p><b>Mistoqsija:</b> Prim Ministru, se jibqgħu l-prezzijiet iffriżati?</p>"
            "<p><b>Tweġiba:</b> Iva. Wegħidna li l-prezzijiet jibqgħu l-istess.</p>"
            "<p><b>Mistoqsija:</b> U l-vapuri lejn Dorvan?</p>"
            "<p><b>Tweġiba:</b> Sa Ġunju se jkollna t-tielet vapur.</p>")
    statement = parse_page(html_page(body, heading="Intervista mal-Prim Ministru Amara "
                                                   "Velden"))[0]
    assert [t.role for t in statement.turns] == ["question", "answer"] * 2
    assert {t.speaker for t in statement.turns} <= {None, "Amara Velden"}


def test_an_english_text_under_another_languages_tag_is_english() -> None:
    body = ("<p>The Prime Minister said today that the government will extend the support "
            "for families in the river valleys for another year, and that the ministry of "
            "finance is ready to present the plan to the assembly in the spring.</p><p>The "
            "plan is the first of its kind in the history of the Republic of Veloria, and it "
            "was prepared with the mayors of the towns that were flooded.</p>")
    page = Page(content=f"<html lang='fr'><body><h1>Statement on the river valleys</h1>"
                        f"<div class='content'>{body}</div></body></html>", format="html",
                source=Source(format="html", path="p.html"))
    assert parse_page(page)[0].language == "en"
    french = body.replace("The Prime Minister said today", "Le Premier ministre a dit")
    page.content = page.content.replace(body, "<p>Le Premier ministre a déclaré aujourd'hui "
                                              "que le gouvernement prolongera l'aide aux "
                                              "familles des vallées pour une année de plus, "
                                              "et que le ministère des finances présentera "
                                              "le plan à l'assemblée au printemps.</p>")
    assert french and parse_page(page)[0].language == "fr"


def test_a_table_of_captioned_thumbnails_is_a_gallery() -> None:
    cells = "".join(f"<td><a href='/g/{k}.html'><img src='/g/t_{k}.jpg' width='150'></a><br>"
                    f"<font size='1'>{caption}</font></td>" for k, caption in enumerate((
                        "Welcome ceremony at the Palace", "The two presidents at the Guard of "
                        "Honour", "Talks in restricted format", "Signing of the railway "
                        "agreement", "Joint press conference", "State dinner")))
    cell = ("<font size='4'><b>Photo Gallery: State visit of the President of Saldovia</b>"
            "</font><br><font size='1'>24.05.2006 | 6 photos | Photos: Press Office</font>"
            f"<br><table><tr>{cells}</tr></table>")
    with pytest.raises(PageDropped, match="photo gallery"):
        parse_page(old_page("Presidency of Veloria", cell))


def test_a_menus_rows_beside_a_dated_feed_are_no_items() -> None:
    menu = "".join(f"<tr><td><img src='/i/b.gif' width='5'> <a href='/{path}/'><font>{word}"
                   "</font></a></td></tr>" for path, word in (
                       ("news", "News"), ("speeches", "Speeches and transcripts"),
                       ("interviews", "Interviews"), ("docs", "Decrees and orders"),
                       ("bio", "Biography")))
    rows = "".join(f"<tr><td><font size='1'>{day}.11.2005</font></td><td><a href='/news/2005/"
                   f"11/{day}/1.html'><b>{title}</b></a><br><font size='2'>The President "
                   "spoke with the heads of the districts.</font></td></tr>" for day, title in (
                       ("18", "The President held a meeting on the heating season"),
                       ("17", "Telephone conversation with the President of Saldovia"),
                       ("16", "The President presented the state prizes for science"),
                       ("15", "Decree on the appointment of the judges of the Supreme Court")))
    html = (f"<html><body><table><tr><td width='180'><table>{menu}</table></td><td><font "
            f"size='4'><b>News</b></font><br><table>{rows}</table></td></tr></table>"
            "</body></html>")
    found = parse_page(Page(content=html, format="html",
                            source=Source(format="html", path="news.html")))
    assert [s.published_at[:10] for s in found] == [f"2005-11-{d}" for d in (18, 17, 16, 15)]
