"""Pages of shapes a blind round (other crawlers' text dumps, modern site templates, Pacific
and Caribbean sites, right-to-left scripts, interview conventions, unusual documents) found
read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest

from communique.extract.content import is_photo_line
from communique.extract.header import is_weekday, place_of, read_date_line
from communique.extract.metadata import LOCATIVE
from communique.extract.text import (
    END_WORD,
    FURNITURE,
    classify,
    documents_from_text,
    is_cookie_notice,
)
from communique.models import Block, Page, Source
from communique.parse.dates import parse_datetime
from communique.parse.interviewers import asker
from communique.parse.kinds import classify_kind
from communique.parse.language import detect_language
from communique.parse.names import name_of
from communique.parse.participants import from_signature
from communique.parse.speakers import SpeakerNames, is_office
from communique.parse.turns import _called, layout
from communique.pipeline import parse_page
from tests.pages import dump, html_page

FUND = ("<p>Coastal towns across the west of Veloria will be better protected from storms "
        "thanks to a new fund announced by Prime Minister Amara Velden today.</p>"
        "<p>The fund will pay for the rebuilding of sea walls damaged last winter, and for new "
        "dunes and salt marshes, which absorb the force of waves.</p>"
        "<p>Councils will be able to apply for the second round from 1 June 2026.</p>")


def test_a_releases_end_word_over_its_notes_and_contacts_ends_the_text() -> None:
    notes = "".join(f"<li>Note {k} on the fund's history and the towns it pays.</li>"
                    for k in range(6))
    body = (FUND + "<p>ENDS</p><h2>Notes to editors</h2><ol>" + notes + "</ol>"
            "<h2>Media contacts</h2><p>Press office: 020 7946 0999</p>"
            "<p>Email: press.office@pmo.veloria.example</p>")
    page = html_page(body, heading="New fund to protect coastal towns",
                     head="<meta property='article:published_time' content='2026-03-03'>")
    statement = parse_page(page)[0]
    assert statement.text.endswith("second round from 1 June 2026.")


def test_a_contact_block_under_a_release_is_no_part_of_its_text() -> None:
    html = parse_page(html_page(FUND + "<h2>Media contacts</h2><p>Lessa press office</p>"
                                "<p>Phone: +41 20 555 0199</p>",
                                heading="New fund to protect coastal towns"))[0]
    assert html.text.endswith("from 1 June 2026.")
    text = documents_from_text(dump(
        "New fund to protect coastal towns", "3 March 2026",
        "Coastal towns across the west of Veloria will be better protected from storms.",
        "The fund will pay for the rebuilding of sea walls damaged last winter, and for new "
        "dunes and salt marshes.", "Contact", "Email: news@gov.veloria.example",
        "Phone: 01871 555 210"))[0]
    assert text.blocks[-1].text.startswith("The fund will pay")


def test_a_contact_heading_over_sentences_stays_in_the_text() -> None:
    doc = documents_from_text(dump(
        "A new office for citizens", "3 March 2026",
        "The President opened a new office for citizens' requests in Lessa today.",
        "Contact",
        "Citizens may write to the office about any matter the state administers, and the "
        "office will answer within thirty days of the letter's arrival at its desk in Lessa, "
        "by post or by telephone on 020 555 0100.",
        "The office is open every working day."))[0]
    assert doc.blocks[-1].text == "The office is open every working day."


def test_soft_hyphens_are_taken_out_of_words() -> None:
    doc = documents_from_text(dump(
        "Staats\xadtrauer für Oskar Lind", "14. Februar 2026",
        "Der Bundes\xadpräsident ordnet für den 15. Februar 2026 Staats\xadtrauer an.",
        "Die Flaggen an allen Dienst\xadgebäuden werden auf halbmast gesetzt."))[0]
    assert doc.title == "Staatstrauer für Oskar Lind"
    assert "Bundespräsident ordnet" in doc.blocks[0].text or "Bundespräsident" in (doc.lead or "")
    html = parse_page(html_page("<p>Der Bundes&shy;präsident ordnet für den 15. Februar 2026 "
                                "Staats&shy;trauer an. Die Flaggen an allen Dienst&shy;gebäuden "
                                "werden auf halbmast gesetzt.</p>",
                                heading="Staats&shy;trauer für Oskar Lind"))[0]
    assert html.title == "Staatstrauer für Oskar Lind"
    assert "Bundespräsident ordnet" in html.text


def test_a_utc_stamp_takes_the_clock_and_day_of_the_shown_date_line() -> None:
    # "20:30Z" shown as 10:30 on the 3rd is -10:00; "02:10Z" on the 5th is the 4th, 16:10.
    for stamp, line, wanted in (
            ("2026-03-03T20:30:00+00:00", "Publié le mardi 3 mars 2026 à 10h30",
             "2026-03-03T10:30-10:00"),
            ("2026-03-05T02:10:00+00:00", "Publié le mercredi 4 mars 2026 à 16h10",
             "2026-03-04T16:10-10:00"),
            ("2026-07-03T13:42:00Z", "Publié le vendredi 3 juillet 2026 à 15h42",
             "2026-07-03T15:42+02:00")):
        page = html_page("<p class='date-publication'>" + line + "</p>"
                         "<p>Le président a signé ce mardi la convention de desserte aérienne "
                         "des cinq atolls de l'archipel jusqu'en 2032.</p>",
                         heading="Le Président signe la convention de desserte aérienne",
                         head=f"<meta property='article:published_time' content='{stamp}'>")
        assert parse_page(page)[0].published_at == wanted


def turns_of(*paragraphs: str, title: str, lead: str) -> tuple[str, list[tuple[str | None, str]]]:
    page = html_page("".join(f"<p>{p}</p>" for p in (lead, *paragraphs)), heading=title)
    statement = parse_page(page)[0]
    return statement.kind, [(t.speaker, t.role) for t in statement.turns]


@pytest.mark.parametrize(("ask", "answer"), [("F", "A"), ("S", "C"), ("В.", "О.")])
def test_two_letters_taking_turns_ask_and_answer(ask: str, answer: str) -> None:
    # German Frage/Antwort, Turkish Soru/Cevap, Russian Вопрос/Ответ: the first one asks.
    kind, turns = turns_of(
        f"{ask}: Wie geht es weiter mit dem Hafen?", f"{answer}: Wir bauen ihn bis 2028 aus.",
        f"{ask}: Und die Kosten?", f"{answer}: Sie bleiben im Rahmen des Haushalts.",
        title="Interview mit Bundeskanzlerin Amara Velden",
        lead="Bundeskanzlerin Amara Velden im Interview mit dem Lessaer Kurier.")
    assert kind == "interview"
    assert [role for _, role in turns] == ["question", "answer"] * 2
    assert {speaker for speaker, role in turns if role == "answer"} == {"Amara Velden"}


def test_letters_that_do_not_take_turns_are_no_pair() -> None:
    paragraphs = layout([Block(t) for t in ("F: Eins.", "F: Zwei.", "A: Drei.", "A: Vier.")])
    assert [p.label for p in paragraphs] == ["F", "F", "A", "A"]


@pytest.mark.parametrize("lead", [
    "La Première ministre Amara Velden a répondu mardi matin aux questions de Paul Ricaud.",
    "Amara Velden (Lessa, 61 años) recibe a este diario en su despacho del Palacio.",
    "Cumhurbaşkanı Amara Velden, Ufuk Gazetesi'nden Işıl Yıldırım'ın sorularını yanıtladı.",
    "Z premierem Amarą Velden rozmawia Ewa Sikorska („Kurier Lessański”).",
    "A Presidente respondeu hoje às perguntas do Diário de Lessa."])
def test_a_lead_that_says_who_answered_whose_questions_names_an_interview(lead: str) -> None:
    assert classify_kind(title="Amara Velden: «Nous tiendrons le cap»", lead=lead,
                         text="— Question ?\n— Réponse.")[0] == "interview"


def test_surnames_in_capitals_match_the_names_the_page_writes() -> None:
    # Greek capitals drop their accents; Turkish "I" lowers to "ı".
    names = SpeakerNames(["Α. ΚΑΛΛΕΡΓΗΣ", "YILDIRIM"],
                         evidence=["Αντώνης Καλλέργης", "Işıl Yıldırım"])
    assert names.resolve("Α. ΚΑΛΛΕΡΓΗΣ") == "Αντώνης Καλλέργης"
    assert names.resolve("YILDIRIM") == "Işıl Yıldırım"


@pytest.mark.parametrize(("label", "name"), [("P.F.", "Paolo Ferri"), ("E.S", "Elena Sandri"),
                                             ("KL", "Kiri Langstone")])
def test_initials_give_the_one_name_of_the_page_they_begin(label: str, name: str) -> None:
    names = SpeakerNames([label], context="Elena Sandri ha risposto alle domande di Paolo "
                         "Ferri.", text="Rt Hon Kiri Langstone's interview")
    assert names.resolve(label) == name


def test_initials_two_names_share_stay_as_written() -> None:
    names = SpeakerNames(["KL"], context="Kiri Langstone met Karl Lind.")
    assert names.resolve("KL") == "KL"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Transcript of the Prime Minister's interview with Jess Tamihana on Sunday Focus.",
     "Jess Tamihana"),
    ("President Amara Velden received Helen Marsh of The Lessa Courier at the palace.",
     "Helen Marsh"),
    ("Z premier Amarą Velden rozmawia Ewa Sikorska.", "Ewa Sikorska"),
    ("Amara Velden intervjuades av Karin Ek i Radio Norrland.", "Karin Ek")])
def test_who_put_the_questions(sentence: str, name: str) -> None:
    assert asker(sentence) == name


@pytest.mark.parametrize(("line", "wanted"), [
    ("Castrano, 1° marzo 2026", "2026-03-01"),
    ("1º de março de 2026", "2026-03-01"),
    ("PORT SEPIK, MONDAY, 9th MARCH, 2026", "2026-03-09"),
    ("Dated this 9th day of March, 2026.", "2026-03-09"),
    ("دووشەممە ٢٠ی نیسانی ٢٠٢٦ - کاتژمێر ١٤:٠٠", "2026-04-20T14:00"),  # Sorani
    ("Çarşem, 14 Çile 2026 | 11:20", "2026-01-14T11:20"),  # Kurmanji
    ("الخميس 15 جانفي 2026", "2026-01-15"),  # the Maghreb's months
    ("Aso Lua, 3 Mati 2026", "2026-03-03"),  # Samoan
    ("Dialuna, 2 di mart 2026", "2026-03-02"),  # Papiamento
    ("Mande 9 Mas 2026", "2026-03-09"),  # Tok Pisin
    ("9:15am NZDT, Sunday 8 March 2026", "2026-03-08T09:15+13:00"),
    ("EMBARGOED UNTIL 00:01 GMT 4 March 2026", "2026-03-04T00:01+00:00"),
    ("10.30am, Monday 2nd March 2026", "2026-03-02T10:30"),
    ("at 12:10 Mon 24 May 2021", "2021-05-24T12:10"),
    ("Thursday 5th March 2026 | 0815hrs AST", "2026-03-05T08:15"),
    ("Released: 03 Mar 2026 | 1400hrs", "2026-03-03T14:00")])
def test_dates_as_more_sites_write_them(line: str, wanted: str) -> None:
    assert parse_datetime(line) == wanted


@pytest.mark.parametrize("line", ["it was 3:30 the next day, 4 March 2026",
                                  "Version 2.10 4 March 2026", "won 3 out 5 March 2026"])
def test_numbers_before_a_date_that_are_no_time(line: str) -> None:
    assert "T" not in (parse_datetime(line) or "")


def test_a_zone_of_several_offsets_after_the_time_is_no_place() -> None:
    assert read_date_line("Released: 03 Mar 2026 | 2:15 p.m. AST") == (
        "2026-03-03T14:15", "Released: ", "")


def test_a_role_after_a_name_in_one_label_names_the_bare_role_labels() -> None:
    names = SpeakerNames(["SALLY BRANWELL, HOST", "CALLUM REDDAWAY", "HOST"])
    assert names.resolve("HOST") == "Sally Branwell"


def test_an_office_label_takes_the_name_after_an_honorific() -> None:
    statement = parse_page(html_page(
        "<p>Prime Minister the Hon. Amara Velden MP spoke to reporters at Port Elara.</p>"
        "<p>PRIME MINISTER: Good morning. The ferry will run again from Monday.</p>"
        "<p>JOURNALIST: Will the fares go up?</p>"
        "<p>PRIME MINISTER: No, they will not. We have held them for two years.</p>",
        heading="Doorstop interview, Port Elara"))[0]
    assert {t.speaker for t in statement.turns if t.role != "question"} == {"Amara Velden"}


@pytest.mark.parametrize("mark", ["— ENS —", "[END OF TRANSCRIPT]", "(End of transcript)"])
def test_more_end_marks(mark: str) -> None:
    assert END_WORD.fullmatch(mark)


def test_a_joint_media_statement_is_a_statement() -> None:
    assert classify_kind(title="Joint Media Statement – Prime Minister Velden and Prime "
                         "Minister Lind", lead=None,
                         text="Prime Minister Lind conveyed the deep sympathy of the people "
                              "of Saldovia for the loss of life caused by the cyclone.")[0] \
        == "statement"


@pytest.mark.parametrize(("text", "kind"), [
    ("رئیس جمهور تا پایان برنامه در جلسه ماند", "meeting"),  # "برنامه" holds no "نامه"
    ("Axaftina Serokkomar li civîna salane", "speech"),  # Kurmanji
    ("سەرۆک وەزیران لە کۆنفرانسێکی ڕۆژنامەوانیدا", "press_conference"),  # Sorani
    ("وزیر د پاکستان له سفیر سره ولیدل", "meeting"),  # Pashto
    ("پەیامی سەرەخۆشیی سەرۆکی هەرێم", "letter")])
def test_kind_cues_of_kurdish_pashto_and_persian(text: str, kind: str) -> None:
    assert classify_kind(title=text, lead=None, text="")[0] == kind


def test_pashto_and_sorani_are_told_from_persian_by_their_letters() -> None:
    assert detect_language("د بهرنیو چارو وزیر نن د پاکستان له سفیر سره ولیدل او په دوه "
                           "اړخیزو اړیکو یې خبرې وکړې") == "ps"
    assert detect_language("سەرۆکایەتیی هەرێمی شاخەوان پەیامی سەرەخۆشیی بۆ بنەماڵەی "
                           "شەهیدان ناردووە") == "ku"
    assert detect_language("رئیس جمهور امروز با وزیر امور خارجه دیدار کرد") == "fa"


def test_a_three_letter_language_tag_gives_the_two_letter_code() -> None:
    page = Page(content="<html lang='ckb'><body><h1>سەرۆکی هەرێم</h1><p>سەرۆکی هەرێمی "
                "شاخەوان پەیامێکی سەرەخۆشیی ئاراستەی بنەماڵەی شاعیر کرد و داوای ئارامی "
                "کرد.</p></body></html>", format="html", source=Source(format="html"))
    assert parse_page(page)[0].language == "ku"


def test_hebrew_letters_taking_turns_ask_and_answer() -> None:
    paragraphs = layout([Block(t) for t in ("ש: מה התוכנית?", "ת: לבנות נמל.",
                                            "ש: ומתי?", "ת: עד 2028.")])
    assert [p.label for p in paragraphs] == ["Q", "A", "Q", "A"]


def test_a_date_and_its_time_in_elements_side_by_side() -> None:
    # The day and the time in elements of their own, an update's stamp after them.
    for date, clock, wanted in (("12.10.2026", "<i class='icon-clock'></i> 14:25",
                                 "2026-10-12T14:25"),
                                ("سه‌شنبه ۳ آذر ۱۴۰۵", "ساعت ۱۱:۴۵", "2026-11-24T11:45")):
        page = Page(content="<html><body><section><h1>Cumhurbaşkanı Aydınlar, Başbakan Valmo "
                    f"ile görüştü</h1><div class='meta'><span>{date}</span><span>{clock}</span>"
                    "<span>Güncelleme: 13.10.2026 09:02</span></div><div class='content'><p>"
                    "Cumhurbaşkanı Kerem Aydınlar, Talvesya Başbakanı Ingrid Valmo ile telefonda "
                    "görüştü ve iki ülke arasındaki ilişkileri ele aldı.</p></div></section>"
                    "</body></html>", format="html", source=Source(format="html"))
        assert parse_page(page)[0].published_at == wanted


def test_an_update_stamp_in_the_date_lines_element_gives_no_time() -> None:
    page = html_page("<p class='meta'>Veröffentlicht am 14. Mai 2024 | Aktualisiert am 16. Mai "
                     "2024, 09:12 Uhr</p><p>Die Bundespräsidentin hat heute in Lessa beim "
                     "Festakt zum Verfassungstag gesprochen und den Bürgern gedankt.</p>",
                     heading="Rede zum Verfassungstag")
    assert parse_page(page)[0].published_at == "2024-05-14"


@pytest.mark.parametrize(("line", "wanted"), [
    ("پێنجشەممە، ٨ی تشرینی یەکەمی ٢٠٢٦", "2026-10-08"),  # a Sorani month of two words
    ("۱۴۰۵/۰۳/۰۵ هـ ش - ۲۰۲۶/۰۵/۲۶", "2026-05-26"),  # the same day in two calendars
    ("14 رمضان 1447هـ الموافق 4 مارس 2026م", "2026-03-04")])
def test_date_lines_of_two_calendars_and_two_word_months(line: str, wanted: str) -> None:
    found = classify(line)
    assert (found.kind, found.date, found.glued) == ("date", wanted, "")


def test_weekdays_with_a_cedilla() -> None:
    assert is_weekday("Çarşem") and is_weekday("Çarşamba") and is_weekday("Marţi")


@pytest.mark.parametrize("line", ["شریکول", "نور خبرونه", "هاوبەشی بکە", "دوایین هەواڵەکان"])
def test_pashto_and_sorani_sharing_and_news_labels_are_furniture(line: str) -> None:
    assert FURNITURE.match(line)


def test_a_cookie_notice_atop_a_dump_is_no_title() -> None:
    doc = documents_from_text(dump(
        "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie analitici. "
        "Cliccando su \"Accetta tutti\" acconsenti all'uso di tutti i cookie.",
        "Dichiarazione del Presidente Amara Velden nel 75° anniversario della Costituzione",
        "Lessa, 1° marzo 2026",
        "Settantacinque anni fa l'Assemblea costituente consegnava ai cittadini una Carta.",
        "La Costituzione non è un documento da custodire in una teca: è un impegno."))[0]
    assert doc.title.startswith("Dichiarazione del Presidente Amara Velden")
    assert doc.published_at == "2026-03-01"


def test_a_statement_on_a_cookie_law_is_no_cookie_notice() -> None:
    assert not is_cookie_notice("The new law requires consent before any cookies are set, "
                                "the minister said.")


def test_a_row_of_page_links_ends_the_letter() -> None:
    doc = documents_from_text(dump(
        "Message de félicitations du Président Amara Velden", "Lessa, le 9 février 2026",
        "Madame la Présidente,", "C'est avec un grand plaisir que j'ai appris votre élection "
        "à la présidence de la République de Saldovia.",
        "Je vous prie d'agréer, Madame la Présidente, l'expression de ma très haute "
        "considération.", "Amara Velden", "Imprimer | Envoyer à un ami | Haut de page",
        "Mentions légales | Accessibilité | Plan du site"))[0]
    assert doc.blocks[-1].text == "Amara Velden"


def test_a_diplomatic_closing_formula_over_the_signature_names_the_sender() -> None:
    found = from_signature(["Excellence,", "Je vous adresse mes plus chaleureuses félicitations.",
                            "Je vous prie d'agréer, Excellence, l'expression de ma très haute "
                            "considération.", "Amara Velden"])
    assert found is not None and (found.name, found.role) == ("Amara Velden", "sender")


def test_a_page_of_frequent_questions_is_no_interview() -> None:
    statement = parse_page(html_page(
        "<p><strong>P: Quem pode candidatar-se ao programa?</strong></p><p>R: Podem "
        "candidatar-se as famílias residentes em Lessa.</p><p><strong>P: Qual é o valor do "
        "apoio?</strong></p><p>R: O apoio pode chegar a 20 000 euros por habitação.</p>",
        heading="Programa Casa Veloria: perguntas e respostas"))[0]
    assert (statement.kind, statement.turns) == ("other", [])


def test_a_joint_declarations_closing_date_over_its_signatories_is_its_own() -> None:
    markdown = ("---\ntitle: Gemeinsame Erklärung der Regierungschefs von Veloria und "
                "Saldovia\ndate: 2026-02-27T16:00:00+01:00\n---\n\nDie Regierungen werden bis "
                "2030 zwei zusätzliche Leitungen zwischen beiden Ländern errichten.\n\nSie "
                "richten eine gemeinsame Arbeitsgruppe für die Speicherung von Wasserstoff "
                "ein.\n\nLessa, den 27. Februar 2026\n\nFür die Regierung der Republik "
                "Veloria\n**Amara Velden**\nBundeskanzlerin\n\nFür die Regierung der Republik "
                "Saldovia\n**Oskar Lind**\nPremierminister\n")
    statements = parse_page(Page(content=markdown, format="markdown",
                                 source=Source(format="markdown")))
    assert len(statements) == 1 and statements[0].place == "Lessa"
    assert statements[0].text.endswith("Oskar Lind Premierminister")


def test_a_label_alone_on_its_line_with_a_stop_and_dash() -> None:
    paragraphs = layout([Block(t) for t in ("Pregunta.-", "¿Cuándo abrirá el puerto?",
                                            "Presidente.-", "En mayo.") * 2])
    assert [(p.label, p.alone) for p in paragraphs] == [("Pregunta", True), (None, False),
                                                        ("Presidente", True), (None, False)] * 2


def test_a_place_element_with_its_locative_and_a_dateline_with_its_genre() -> None:
    assert LOCATIVE.sub("", "in Falkenau") == "Falkenau"
    assert place_of("Pressemitteilung Kerstadt, ") == "Kerstadt"
    assert place_of("Carta Puerto Almendro, ") == "Puerto Almendro"


def test_a_palace_is_no_guest() -> None:
    assert name_of("Palatul Albești") != "Palatul Albești"


def test_a_caption_that_ends_with_its_credit_is_no_text() -> None:
    assert is_photo_line("Președintele Amara Velden îl întâmpină pe Oskar Lind la intrare. "
                         "Foto: Ioana Radu / Președinția")
    assert not is_photo_line("The President thanked the photographers of the exhibition.")


def test_swedish_speech_cues() -> None:
    assert classify_kind(title="Regeringsförklaringen den 16 september 2031", lead=None,
                         text="Herr talman, ärade ledamöter av riksdagen,")[0] == "speech"
    assert classify_kind(title="Tal från statsminister Amara Velden", lead=None,
                         text="")[0] == "speech"


def test_offices_joined_by_a_hyphen_are_offices() -> None:
    assert is_office("Primeiro-Ministro") and is_office("vice-présidente")
    assert not is_office("Anne-Marie")
    names = SpeakerNames(["Primeiro-Ministro", "Jornalista"], evidence=["Amara Velden"],
                         titled={"primeiro-ministro": "Primeiro-Ministro Amara Velden"})
    assert names.resolve("Primeiro-Ministro") == "Amara Velden"


def test_who_chaired_in_more_languages_names_the_moderator_label() -> None:
    statement = parse_page(html_page(
        "<p>Presskonferensen leddes av pressekreterare Oskar Lind.</p>"
        "<p><b>Moderator:</b></p><p>Välkomna. Statsministern inleder.</p>"
        "<p><b>Amara Velden:</b></p><p>Tack. Vi har i dag kommit överens om ett nytt avtal.</p>"
        "<p><b>Moderator:</b></p><p>Frågor, varsågod.</p>",
        heading="Presskonferens med statsminister Amara Velden"))[0]
    assert [t.speaker for t in statement.turns] == ["Oskar Lind", "Amara Velden", "Oskar Lind"]


def test_the_journalist_the_chair_calls_on_asks_the_next_question() -> None:
    statement = parse_page(html_page(
        "<p>MS. ORLEN: First question, Ivo Marn, Lessa Daily.</p>"
        "<p>Q Thank you. How much money is in the harbour fund?</p>"
        "<p>PRESIDENT VELDEN: Four hundred million crowns, over four years.</p>"
        "<p>MS. ORLEN: Yes, Lena Dahl.</p><p>Q Will the ports of the north get their share?</p>"
        "<p>PRESIDENT VELDEN: They will, and first. I spoke about it with Oskar Lind.</p>"
        "<p>Q And the fares?</p><p>PRESIDENT VELDEN: Unchanged.</p>",
        heading="News conference of President Amara Velden"))[0]
    asked = [t.speaker for t in statement.turns if t.role == "question"]
    assert asked == ["Ivo Marn", "Lena Dahl", None]


def test_a_short_answer_ending_in_capitalised_words_calls_no_one() -> None:
    assert _called("Hartwig: Fünf Jahre, nicht länger.") is None


def test_a_title_closed_by_its_day_and_place_with_no_date_line() -> None:
    doc = documents_from_text("\n".join((
        "Dışişleri Bakanlığı", "Ana Sayfa", "Açıklamalar", "Ana Sayfa / Açıklamalar",
        "Dışişleri Bakanı Amara Velden'in Saldovya Dışişleri Bakanı Oskar Lind ile Ortak "
        "Basın Toplantısında Yaptığı Konuşma, 15 Temmuz 2026, Lessa",
        "Dışişleri Bakanı Velden: Değerli Bakan, kıymetli basın mensupları, hoş geldiniz. "
        "Sayın Lind ile bugün çok verimli bir görüşme yaptık.",
        "Dışişleri Bakanı Lind: Teşekkür ederim Sayın Bakan. Lessa'ya gelmekten büyük "
        "mutluluk duyuyorum.")))[0]
    assert doc.title.endswith("Yaptığı Konuşma")
    assert (doc.published_at, doc.place) == ("2026-07-15", "Lessa")


@pytest.mark.parametrize(("run", "name"), [
    ("Δημοκρατίας Ελένη Μαυροκεφάλου", "Ελένη Μαυροκεφάλου"),
    ("Regno di Saldovia Oskar Lind", "Oskar Lind")])
def test_a_states_name_before_a_persons_is_no_part_of_it(run: str, name: str) -> None:
    assert name_of(run) == name


def test_a_sentence_that_introduces_the_message_is_a_dumps_lead() -> None:
    doc = documents_from_text(dump(
        "Congratulatory message to the President-elect of Saldovia", "6 March 2026",
        "The Governor-General, Amara Velden, has sent the following message to the "
        "President-elect of Saldovia:", "Your Excellency,",
        "I have the honour to extend to you our warmest congratulations on your election.",
        "Please accept, Your Excellency, the assurances of my highest consideration.",
        "Amara Velden"))[0]
    assert (doc.lead or "").startswith("The Governor-General, Amara Velden, has sent")
    assert doc.blocks[0].text == "Your Excellency,"


def test_a_label_with_its_colon_is_no_lead() -> None:
    doc = documents_from_text(dump(
        "Statement on the floods", "6 March 2026", "The President said:",
        "We will rebuild every bridge the river took, and we will do it before winter.",
        "The government will pay for the repairs of every family home."))[0]
    assert doc.lead is None or not doc.lead.endswith(":")
