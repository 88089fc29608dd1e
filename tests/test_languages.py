"""Pages of other sites and other languages, end to end: what each page must give.

``tests/data/languages/`` holds fictional pages (the Republic of Veloria and its invented
people) in the shapes of other official sites: French, German, Spanish, Italian,
Portuguese, Polish, Russian, Ukrainian, Chinese, Japanese, Korean, Turkish, Azerbaijani and
Arabic pages; a WordPress page, table layouts with ``<br>`` lines (one beside a sidebar of
paragraphs), sections with sub-headings above comments, an interview whose questions are set
in bold, a listing and a photo gallery, Markdown without front matter; a text cut into
side-by-side section boxes, an interview in the rows of a table, labels of other writing
systems and conventions (``林晓：``, ``（記者）``, ``Presidenta del Gobierno.-``, ``MS. HOLT:``,
``سؤال:``), Japanese era dates; Czech, Dutch, Romanian, Vietnamese and Greek pages dated by
their visible lines alone, and a standfirst under a class name we do not know.
The archive is measured on pages kept aside from us, so these hold the general mechanisms
(month names and number marks by language, cue words per language, date lines, labels)
end to end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique.models import Statement
from communique.pipeline import iter_statements
from communique.report import Report

from .conftest import DATA

PAGES = DATA / "languages"
# Furniture of the pages' menus, sidebars and footers: never in a statement's text.
FURNITURE = ("Accueil", "Startseite", "Inicio", "Impressum", "Últimas noticias", "Leggi anche",
             "Condividi", "Partilhar", "Notícias recentes", "Print version", "Latest news",
             "All rights reserved", "Crown copyright", "首页", "分享到", "الرئيسية",
             "Strona główna", "Teilen", "cookies", "Главная", "Персоны", "Comments", "Tags:",
             "The Minister of Health", "Is this page useful", "Related content", "Partager",
             "Sur le même sujet", "関連リンク", "이전글", "Son Haberler", "Lo más reciente",
             "Share this release", "All Rights Reserved", "相关新闻", "Latest",
             "Das könnte Sie auch interessieren", "Sdílet", "Aktuality", "Delen", "Onderwerpen",
             "Ultimele comunicate", "Toate drepturile", "Tin liên quan", "Từ khóa", "Trang chủ",
             "Κοινοποίηση", "Πρόσφατα", "برچسب", "آخرین اخبار", "صفحه اصلی")

# file: kind, language, published_at, place, participants, turn roles (speaker, role)
EXPECTED: dict[str, dict[str, Any]] = {
    "fr_interview.html": dict(
        kind="interview", language="fr", published_at="2025-03-14T18:30+01:00",
        turns=[(None, "question"), ("Le Président", "answer")] * 2),
    "fr_interview_dashes.txt": dict(
        kind="interview", language="fr", published_at="2025-03-14T10:15",
        participants=[("Tomás Arvid", "interviewee"), ("Ingrid Solberg", "interviewer")],
        turns=[("Ingrid Solberg", "question"), ("Tomás Arvid", "answer")] * 3),
    # Markdown without front matter: its "# " heading and date line are its header.
    "fr_press_conference.md": dict(
        kind="press_conference", language="fr", published_at="2025-03-14", place="Lessa",
        title="Conférence de presse du Président Tomás Arvid",
        turns=[("Tomás Arvid", "statement"), (None, "question"), ("Tomás Arvid", "answer")]),
    "de_speech.html": dict(
        kind="speech", language="de", published_at="2025-06-02T11:00+02:00", place="Ostrava",
        lead="Die Bundespräsidentin würdigte die Arbeit der Hafenarbeiter."),
    "de_interview.txt": dict(
        kind="interview", language="de", published_at="2025-06-02T09:00",
        # "Die Fragen stellte Henrik Olsen": the interview's one asker puts each "Frage:".
        turns=[("Henrik Olsen", "question"), ("Mara Lindqvist", "answer")] * 2),
    "es_phone_call.html": dict(
        kind="phone_call", language="es", published_at="2025-04-07",
        participants=[("Tomás Arvid", "caller"), ("Henrik Solberg", "callee")],
        lead="Ambos dirigentes han acordado reforzar la cooperación pesquera."),
    "it_meeting.html": dict(
        kind="meeting", language="it", published_at="2025-02-12", place="Roma",
        participants=[("Tomás Arvid", "host"), ("Henrik Solberg", "guest")]),
    "pt_congratulation.html": dict(
        kind="letter", subkind="congratulation", language="pt", published_at="2025-05-12",
        participants=[("Tomás Arvid", "sender"), ("Erik Dahl", "addressee")]),
    # Czech, Dutch, Romanian, Vietnamese and Greek: visible date lines only (a time after
    # "ora", "στις", or a "|"), labels of their own ("Otázka:", "Vraag:", "Ερώτηση:").
    "cs_interview.html": dict(
        kind="interview", language="cs", published_at="2025-03-14",
        turns=[(None, "question"), ("Karel Morávek", "answer")] * 2),
    "nl_press_conference.html": dict(
        kind="press_conference", language="nl", published_at="2025-03-14T15:30",
        lead="Letterlijke tekst van de persconferentie na de ministerraad van 14 maart 2025.",
        turns=[("Minister-president Lind", "statement")]
        + [(None, "question"), ("Minister-president Lind", "answer")] * 2),
    # No pattern reads Romanian: the first sentence's two people, in order, are the sides.
    "ro_phone_call.html": dict(
        kind="phone_call", language="ro", published_at="2025-03-14T18:30",
        participants=[("Andrei Munteanu", "caller"), ("Henrik Solberg", "callee")]),
    # A standfirst under a class name of its own ("sapo"), between the title and the text.
    "vi_speech.html": dict(
        kind="speech", language="vi", published_at="2025-03-14T10:30",
        lead="Sáng 14/3, Chủ tịch nước Trần Minh Velo dự lễ khánh thành cảng Lessa và phát "
             "biểu chỉ đạo."),
    "el_interview.html": dict(
        kind="interview", language="el", published_at="2025-03-14T10:30",
        turns=[(None, "question"), ("Ν. Βελάρης", "answer")] * 2),
    # Persian, right to left, its visible date in the Solar Hijri calendar (read from meta).
    "fa_interview.html": dict(
        kind="interview", language="fa", published_at="2025-03-14T18:30+03:30",
        lead="رئیس‌جمهور در گفتگو با شبکه خبر لسا درباره بندر جدید و همکاری با کشورهای "
             "همسایه سخن گفت.",
        turns=[(None, "question"), ("رئیس‌جمهور", "answer")] * 2),
    "pl_press_conference.html": dict(
        kind="press_conference", language="pl", published_at="2025-06-10T15:45+02:00",
        turns=[("Jan Wolski", "statement")] + [(None, "question"), ("Jan Wolski", "answer")] * 2),
    "uk_interview_dashes.txt": dict(
        kind="interview", language="uk", published_at="2025-03-12T10:30",
        participants=[("Томас Арвід", "interviewee"), ("Інгрід Сольберг", "interviewer")],
        turns=[("Інгрід Сольберг", "question"), ("Томас Арвід", "answer")] * 2),
    "ru_meeting.html": dict(
        kind="meeting", language="ru", published_at="2025-03-12T15:30", place="Лесса",
        lead="Томас Арвид провёл переговоры с Премьер-министром Норландии Хенриком "
             "Сольбергом, прибывшим в Велорию с официальным визитом.",
        # The lead's "провёл переговоры с" gives both sides, host first.
        participants=[("Томас Арвид", "host"), ("Хенрик Сольберг", "guest")],
        # "Х.Сольберг" is named in full by the page's tags, grouped by their headings.
        turns=[("Томас Арвид", "statement"), ("Хенрик Сольберг", "statement"),
               ("Томас Арвид", "statement")]),
    "zh_phone_call.html": dict(kind="phone_call", language="zh", published_at="2025-04-07T18:20"),
    "ar_phone_call.html": dict(kind="phone_call", language="ar", published_at="2025-04-07"),
    "en_statement_wordpress.html": dict(
        kind="statement", language="en", published_at="2025-03-21T09:15+00:00"),
    "en_statement_table_layout.html": dict(
        kind="statement", language="en", published_at="2025-05-03", place="Lessa"),
    "en_address_loose_text_beside_teasers.html": dict(
        kind="speech", language="en", published_at="2025-01-12"),
    "en_joint_statement_sections.html": dict(
        kind="statement", language="en", published_at="2025-03-03",
        lead="The Presidents of Veloria and Norlandia, meeting in Lessa on 3 March 2025, "
             "agreed the following."),
    # The <h1> is the site's logo; the title is the article's <h2>.
    "en_meeting_logo_h1.html": dict(
        kind="meeting", language="en", published_at="2025-03-14T12:30",
        title="President Velden receives the Prime Minister of Norlandia"),
    # The <title> is the site's name only; the element marked as the title says more.
    "en_condolences_site_name_title.html": dict(
        kind="letter", subkind="condolence", language="en", published_at="2025-05-02",
        title="Condolences to the people of Norlandia"),
    "en_interview_bold_questions.html": dict(
        kind="interview", language="en", published_at="2025-05-02T08:00+02:00",
        participants=[("Tomás Arvid", "interviewee"), ("Karin Holm", "interviewer")],
        turns=[("Karin Holm", "question"), ("Tomás Arvid", "answer")] * 2
        + [("Karin Holm", "question")]),
    # The seed's shape as a web page: a story, then "- " dash turns; the story is the lead.
    "en_interview_dash_turns.html": dict(
        kind="interview", language="en", published_at="2025-06-03T16:40",
        lead="President Amara Velden gave an interview to Tomas Reyne, chief editor of the "
             "Northern News weekly, at the harbour office in Lessa.\nThe weekly printed the "
             "conversation in its Tuesday issue.",
        participants=[("Amara Velden", "interviewee"), ("Tomas Reyne", "interviewer")],
        turns=[("Tomas Reyne", "question"), ("Amara Velden", "answer")] * 2
        + [("Tomas Reyne", "question")]),
    # Questions in italics, as others set them in bold.
    "en_interview_italic_questions.html": dict(
        kind="interview", language="en", published_at="2025-03-14",
        participants=[("Amara Velden", "interviewee"), ("Tomas Reyne", "interviewer")],
        turns=[("Tomas Reyne", "question"), ("Amara Velden", "answer")] * 2
        + [("Tomas Reyne", "question")]),
    # The time of <meta govuk:first-published-at>; the metadata list's lines are no text.
    "en_speech_govuk_metadata.html": dict(
        kind="speech", language="en", published_at="2025-03-04T15:30+00:00",
        lead="Prime Minister Elsa Varn spoke at the Harbour Summit in Port Lessa about "
             "coastal trade.", participants=[("Elsa Varn", "speaker")]),
    # Upper-case labels and bare "Q" questions; a surname label takes the given name.
    "en_press_briefing_upper_labels.html": dict(
        kind="press_conference", language="en", published_at="2025-03-05T20:14+00:00",
        participants=[("Dana Holt", "speaker"), ("Mr. Perrin", "speaker")],
        turns=[("Dana Holt", "statement")] + [(None, "question"), ("Dana Holt", "answer")] * 4
        + [("Mr. Perrin", "answer"), (None, "question"), ("Dana Holt", "answer")]),
    # "Posted On: 04 MAR 2025 3:30PM"; "addresses" a summit is a speech; "Smt" is a style.
    "en_release_posted_on.html": dict(
        kind="speech", language="en", published_at="2025-03-04T15:30",
        participants=[("Elsa Varn", "speaker")]),
    "en_interview_table_rows.html": dict(
        kind="interview", language="en", published_at="2025-03-14",
        participants=[("Ines Marr", "interviewee")],
        turns=[(None, "question"), ("Ines Marr", "answer")] * 3),
    "ja_speech_era_date.html": dict(kind="speech", language="ja", published_at="2025-03-04"),
    "ja_press_conference_bracket_labels.html": dict(
        kind="press_conference", language="ja", published_at="2025-03-14",
        turns=[("ヴァルン総理", "statement"), ("司会", "statement")]
        + [(None, "question"), ("ヴァルン総理", "answer")] * 2),
    "ko_meeting_logo_h1.html": dict(
        kind="meeting", language="ko", published_at="2025-03-12",
        title="벨로리아-노를란드 정상회담 결과"),
    "ko_press_conference.html": dict(
        kind="press_conference", language="ko", published_at="2025-01-09",
        turns=[("사회자", "statement"), ("반토 대통령", "statement")]
        + [(None, "question"), ("반토 대통령", "answer")] * 2),
    "tr_phone_call.html": dict(
        kind="phone_call", language="tr", published_at="2025-03-12",
        participants=[("Aurel Vanto", "caller"), ("Henrik Solberg", "callee")]),
    "de_press_conference.html": dict(
        kind="press_conference", language="de", published_at="2025-03-12",
        turns=[("BK’in Varn", "statement"), ("MP Solberg", "statement"), (None, "question"),
               ("BK’in Varn", "answer"), (None, "question"), ("MP Solberg", "answer")]),
    # "Presidenta del Gobierno.-" is the one the title names: "la presidenta ..., Elsa Varn".
    # "Lessa, miércoles 12 de marzo de 2025": a weekday between the place and the date.
    "es_press_conference_dash_labels.html": dict(
        kind="press_conference", language="es", published_at="2025-03-12", place="Lessa",
        participants=[("Elsa Varn", "speaker")],
        turns=[("Elsa Varn", "statement")] + [(None, "question"), ("Elsa Varn", "answer")] * 2),
    "fr_statement_section_boxes.html": dict(
        kind="statement", language="fr", published_at="2025-03-12T18:45+01:00"),
    # An outlet's reporter names no one; a bare "答：" is the spokesman's.
    "zh_press_conference.html": dict(
        kind="press_conference", language="zh", published_at="2025-03-12T15:30",
        participants=[("林晓", "speaker")], turns=[(None, "question"), ("林晓", "answer")] * 3),
    # The title's full name ("مقابلة الرئيس أوريل فانتو ...") resolves the label "الرئيس
    # فانتو" (since round 30; before, the label stood as written).
    "ar_interview.html": dict(
        kind="interview", language="ar", published_at="2025-03-14",
        turns=[(None, "question"), ("أوريل فانتو", "answer")] * 2),
    # The seed's shape (dash turns, then a news feed's residue) in Azerbaijani: both sides
    # before the verb, the interviewer's name in the dative ("Oskar Valeyə").
    "az_interview_feed_residue.txt": dict(
        kind="interview", language="az", published_at="2025-10-02T09:45",
        participants=[("Amara Velden", "interviewee"), ("Oskar Vale", "interviewer")],
        turns=[("Oskar Vale", "question"), ("Amara Velden", "answer")] * 2
        + [("Oskar Vale", "question")]),
    # The same in Russian: the interviewer in the dative ("Оскару Нордину") named as he is.
    "ru_interview_feed_residue.txt": dict(
        kind="interview", language="ru", published_at="2025-10-02T09:45",
        participants=[("Амара Вельден", "interviewee"), ("Оскар Нордин", "interviewer")],
        turns=[("Оскар Нордин", "question"), ("Амара Вельден", "answer")] * 2
        + [("Оскар Нордин", "question")]),
}
# The opening and closing words of each page's text: nothing of the header or the footer.
TEXT_ENDS = {
    "fa_interview.html": ("پرسش: آقای رئیس‌جمهور", "توافق کرده‌ایم."),
    "cs_interview.html": ("Otázka: Pane prezidente", "polovinu přístavní společnost."),
    "nl_press_conference.html": ("Minister-president Lind: Goedemiddag.",
                                 "In het voorjaar van 2026."),
    "ro_phone_call.html": ("Președintele Veloriei, domnul", "la Lessa în luna mai."),
    "vi_speech.html": ("Thưa các đồng chí", "toàn thể bà con."),
    "el_interview.html": ("Ερώτηση: Κύριε Πρωθυπουργέ", "όπως συμφωνήσαμε μαζί τους."),
    "fr_interview.html": ("Question: Monsieur le Président", "240 millions d'euros."),
    "de_speech.html": ("Sehr geehrte Damen und Herren,", "Ich danke Ihnen für Ihre Arbeit."),
    "es_phone_call.html": ("El presidente del Gobierno", "4.500 hogares."),
    "it_meeting.html": ("Il Presidente della Repubblica", "per la visita."),
    "pt_congratulation.html": ("O Presidente da República", "Tomás Arvid»"),
    "pl_press_conference.html": ("Prezydent Jan Wolski: Dzień dobry", "1,2 mld złotych."),
    "zh_phone_call.html": ("4月7日，维洛里亚总统", "愿同维方共同努力。"),
    "ru_meeting.html": ("Т.Арвид: Уважаемый господин Премьер-министр!", "Т.Арвид: Спасибо."),
    "ar_phone_call.html": ("تلقى رئيس جمهورية فيلوريا", "4500 منزل."),
    "en_statement_wordpress.html": ("Good morning.", "Thank you."),
    "en_statement_table_layout.html": ("The Ministry of Foreign Affairs",
                                       "keep the public informed."),
    # The statement in lines of its cell, not the sidebar's teaser paragraphs beside it.
    "en_address_loose_text_beside_teasers.html": ("Dear compatriots,", "Long live Veloria!"),
    # Sections with sub-headings stay; tags and the comments below do not.
    "en_joint_statement_sections.html": ("Fisheries\nThe two countries",
                                         "the new port at Norby."),
    "en_speech_govuk_metadata.html": ("Good afternoon, and thank you", "\nThank you."),
    # A press release's closing marks ("***", the typists' initials) are no text.
    "en_release_posted_on.html": ("The Prime Minister, Smt Elsa Varn", "from three days to one."),
    # Every row of the table, not the longest answer alone.
    "en_interview_table_rows.html": ("Question: Minister, how would",
                                     "the dates are being agreed."),
    # Every section box beside the figure and the quote, none of the header above them.
    "fr_statement_section_boxes.html": ("Mesdames et Messieurs,\nJe suis heureux",
                                        "vive la Velorie !"),
    # Short paragraphs of Japanese are the text, not the English footer.
    "ja_press_conference_bracket_labels.html": ("【ヴァルン総理冒頭発言】", "日程は調整中です。"),
    "ko_meeting_logo_h1.html": ("아우렐 반토 대통령은", "대변인 이수진"),
    "tr_phone_call.html": ("Cumhurbaşkanı Aurel Vanto", "mutabık kaldı."),
    "es_press_conference_dash_labels.html": ("Presidenta del Gobierno: Buenas tardes.",
                                             "Secretaría de Estado de Comunicación)"),
    "de_press_conference.html": ("BK’in Varn: Meine Damen", "Wir tragen 40 Prozent."),
    "zh_press_conference.html": ("维洛里亚电视台记者：据报道", "具体日期正在商定中。"),
    "az_interview_feed_residue.txt": ("Cənab Prezident, şimal", "- Söhbət üçün sağ olun."),
    "ru_interview_feed_residue.txt": ("Госпожа Президент, когда", "- Благодарю за беседу."),
    "en_interview_dash_turns.html": ("Madam President, when will", "- Thank you."),
}


@pytest.fixture(scope="module")
def statements() -> dict[str, list[Statement]]:
    found: dict[str, list[Statement]] = {}
    for statement in iter_statements([PAGES], report=Report()):
        found.setdefault(Path(statement.source.path or "").name, []).append(statement)
    return found


LISTINGS = {"fr_listing.html": [
    ("Entretien du Président avec Radio Nordique", "2025-03-14", "interview"),
    ("Discours du Président au port d'Ostrava", "2025-03-12", "speech"),
    ("Conseil des ministres du 11 mars 2025", "2025-03-11", "meeting"),
    ("Entretien téléphonique avec le Premier ministre de Norlandie", "2025-03-10",
     "phone_call")]}
DROPPED = {"es_photo_gallery.html"}


def test_every_page_gives_its_statements(statements: dict[str, list[Statement]]) -> None:
    assert sorted(p.name for p in PAGES.iterdir()) == sorted([*EXPECTED, *LISTINGS, *DROPPED])
    assert sorted(statements) == sorted([*EXPECTED, *LISTINGS])


def test_a_listing_gives_a_teaser_per_item_with_its_shown_date(
        statements: dict[str, list[Statement]]) -> None:
    for name, items in LISTINGS.items():
        assert [(s.title, s.published_at, s.kind) for s in statements[name]] == items
        assert not any(s.complete for s in statements[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fields_of_each_page(statements: dict[str, list[Statement]], name: str) -> None:
    want = EXPECTED[name]
    s = statements[name][0]
    assert s.complete
    assert (s.kind, s.subkind, s.language, s.published_at) == (
        want["kind"], want.get("subkind"), want["language"], want["published_at"])
    if "place" in want:
        assert s.place == want["place"]
    if "title" in want:
        assert s.title == want["title"]
    if "lead" in want:
        assert s.lead == want["lead"]
    if "participants" in want:
        assert [(p.name, p.role) for p in s.participants] == want["participants"]
    assert [(t.speaker, t.role) for t in s.turns] == want.get("turns", [])


@pytest.mark.parametrize("name", sorted(TEXT_ENDS))
def test_text_is_the_statement_only(statements: dict[str, list[Statement]], name: str) -> None:
    s = statements[name][0]
    first, last = TEXT_ENDS[name]
    assert s.text.startswith(first) and s.text.endswith(last)
    assert not [word for word in FURNITURE if word in s.text]
    assert s.title is not None and s.title not in s.text


@pytest.mark.parametrize(("name", "claims"), [
    ("es_phone_call.html", [(4500.0, "hogares")]),
    ("fr_interview.html", [(12000.0, "familles"), (240_000_000.0, "EUR")]),
    ("de_speech.html", [(150.0, "Jahren"), (3_200_000.0, "Tonnen")]),
    ("pl_press_conference.html", [(1_200_000_000.0, "PLN")]),
    ("uk_interview_dashes.txt", [(240_000_000.0, "EUR")]),
    ("ar_phone_call.html", [(4500.0, "منزل")]),
])
def test_numbers_are_read_by_the_languages_marks(statements: dict[str, list[Statement]],
                                                 name: str, claims: list) -> None:
    assert [(c.number, c.unit) for c in statements[name][0].claims] == claims


@pytest.mark.parametrize(("name", "dates"), [
    ("es_phone_call.html", [("30 de junio", "2025-06-30"), ("marzo", "2025-03")]),
    ("pl_press_conference.html", [("30 czerwca", "2025-06-30")]),
    ("ar_phone_call.html", [("30 يونيو", "2025-06-30")]),
    ("fr_interview_dashes.txt", [("30 septembre 2025", "2025-09-30")]),
    ("it_meeting.html", [("oggi", "2025-02-12")]),
    ("zh_phone_call.html", [("4月7日", "2025-04-07"), ("6月30日", "2025-06-30"),
                            ("3月", "2025-03")]),
])
def test_dates_mentioned_in_the_languages_words(statements: dict[str, list[Statement]],
                                                name: str, dates: list) -> None:
    assert [(d.text, d.value) for d in statements[name][0].dates] == dates


def test_names_keep_their_accents_and_titles_are_no_names(
        statements: dict[str, list[Statement]]) -> None:
    people = {e.name for s in statements.values() for e in s[0].entities if e.label == "PERSON"}
    assert {"Tomás Arvid", "Henrik Solberg", "Mara Lindqvist", "Jan Wolski"} <= people
    assert not {"le", "Le Président", "Rekord", "Tomas Arvid"} & people


def test_tags_are_grouped_by_the_heading_they_follow(
        statements: dict[str, list[Statement]]) -> None:
    assert statements["ru_meeting.html"][0].tags == {
        "Persons": ["Арвид Томас", "Сольберг Хенрик"], "Geography": ["Норландия"]}


def test_feed_residue_of_a_text_page_gives_teasers(
        statements: dict[str, list[Statement]]) -> None:
    teasers = [s for s in statements["fr_interview_dashes.txt"][1:]]
    # An item of one line is its title (and its text).
    assert [(s.complete, s.published_at, s.title, s.kind) for s in teasers] == [
        (False, "2025-03-13T18:00",
         "Le Président a reçu le ministre des Affaires étrangères de Norlandie", "meeting"),
        (False, "2025-03-12T16:30", "Discours du Président au port d'Ostrava", "speech")]
    # "Hörmətli cənab Prezident," opens a letter; "zəng edib" (called) is a call.
    assert [(s.complete, s.published_at, s.kind, s.subkind)
            for s in statements["az_interview_feed_residue.txt"][1:]] == [
        (False, "2025-10-01T16:20", "letter", "congratulation"),
        (False, "2025-09-29T18:40", "phone_call", None)]
    # "Ваше Величество," opens a letter; the callee of "Президенту X позвонил Y" comes first.
    letter, call = statements["ru_interview_feed_residue.txt"][1:]
    assert (letter.kind, letter.subkind, [(p.name, p.role) for p in letter.participants]) == (
        "letter", "congratulation", [("Его Величество", "addressee")])
    assert (call.kind, [(p.name, p.role) for p in call.participants]) == (
        "phone_call", [("Оскар Лунд", "caller"), ("Амара Вельден", "callee")])


def test_people_named_by_the_page_are_entities_in_scripts_without_capitals(
        statements: dict[str, list[Statement]]) -> None:
    # No capital marks "林晓" a name; the page names him as its speaker, so the entity
    # points at every place the text writes him.
    s = statements["zh_press_conference.html"][0]
    person = next(e for e in s.entities if e.label == "PERSON")
    assert person.name == "林晓" and len(person.spans) == 2
    assert all(s.text[a:b] == "林晓" for a, b in person.spans)
    # A moderator's label is a role, no person.
    assert [e.name for e in statements["ko_press_conference.html"][0].entities] == ["반토 대통령"]
