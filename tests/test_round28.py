"""Pages of shapes a blind round (dates and times written every way, events with many
speakers, statements with inner structure, scripts not tried before, governors' and
mayors' offices, statements as state news agencies carry them) found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest

from communique.extract.header import opening_place
from communique.models import Source
from communique.pipeline import parse_page
from tests.pages import dump, html_page, text_page


def test_an_ambiguous_numeric_date_reads_as_the_pages_dateline_tells() -> None:
    body = ("<div class='date'>12/05/2025 05:41 PM</div>"
            "<p>LESSA, May 12 (VPA) -- President Amara Velden and the Prime Minister of "
            "Saldovia Oskar Lind held a joint press conference after their talks.</p>"
            "<p>The two leaders signed four agreements on river transport and trade.</p>")
    statement = parse_page(html_page(body, heading="Joint press conference in Lessa",
                                     head="<meta charset='utf-8'>"))[0]
    assert (statement.published_at or "").startswith("2025-05-12T17:41")


@pytest.mark.parametrize(("opening", "place"), [
    ("PORT ELWIN, Veloria — Governor Ilse Marr today signed the budget.", "Port Elwin"),
    ("KELLSTADT. Ministerpräsidentin Ilse Marr hat heute den Botschafter empfangen.",
     "Kellstadt"),
    ("Lessa, 11 March /VelPress/. President Amara Velden spoke by telephone.", "Lessa"),
    ("LESSA, March 11 (VelPress) - President Amara Velden spoke by telephone.", "Lessa"),
    ("San Lucián, 5 de abril (ACN) - El Presidente recibió al embajador.", "San Lucián"),
    ("Велигор, 14 марта (СТАВ) - Президент провёл телефонный разговор.", "Велигор"),
    ("Dunhallow, 18 April. The Prime Minister met the Governor of the central bank.",
     "Dunhallow"),
])
def test_a_releases_dateline_names_its_place_without_a_date_or_with_an_agencys_name(
        opening: str, place: str) -> None:
    assert opening_place(opening) == place


@pytest.mark.parametrize("opening", [
    "BREAKING. The Governor declared a state of emergency.",
    "STATEMENT. The President said the talks would go on.",
    "PRESS RELEASE — The Governor signed the bill.",
])
def test_a_flag_or_a_genre_in_capitals_opening_a_text_is_no_place(opening: str) -> None:
    assert opening_place(opening) is None


AGENCY_DUMP = dump(
    "VPA - Velorian Press Agency", "Home", "Politics", "World", "Politics",
    "Prime Minister Lind: \"We will not raise the retirement age\"",
    "8 May 2025 09:12",
    "The Prime Minister gave an interview to the Lessa Courier. VPA republishes it in full.",
    "Share",
    "LESSA, May 8 (VPA) - Prime Minister Oskar Lind has given an interview to the Lessa "
    "Courier on pensions, the fuel levy and the plans of his government.",
    "Q: Prime Minister, the pensions commission recommended raising the retirement age. "
    "Will you follow its advice?",
    "A: No. The commission did serious work and many of its ideas will be in our bill, but "
    "we will not raise the retirement age for people who started work at sixteen.",
    "Читайте также: Cabinet approves the outline of the pensions bill",
    "Q: Your partners say they were not consulted. Is the coalition safe?",
    "A: The coalition is safe. We argue, as partners do, and then we decide together.",
    "(Copyright The Lessa Courier, 2025)",
    "Most Read",
    "1. Ferry line to Port Halden opens ticket sales",
    "2. Lessa marathon: road closures on Sunday")


def test_an_agencys_share_bar_read_also_and_most_read_leave_the_republished_text() -> None:
    statement = parse_page(text_page(AGENCY_DUMP))[0]
    assert statement.place == "Lessa"
    assert statement.text.startswith("LESSA, May 8 (VPA)")
    assert statement.text.endswith("and then we decide together.")
    assert "Cabinet approves" not in statement.text
    assert len(statement.turns) == 4


def test_a_dumps_byline_between_title_and_date_is_no_title_and_the_deck_is_the_lead() -> None:
    page = dump("Agência Velorense de Notícias", "Início", "Política", "Economia", "Política",
                "\"Não vamos privatizar a água\", diz presidente Velden em entrevista à AVN",
                "Presidente falou sobre saneamento, seca no Norte e eleições municipais",
                "Por Helena Brito – Repórter da AVN",
                "Publicado em 24/06/2025 - 09:00",
                "Lessa, 24 jun (AVN) - A presidente da República, Amara Velden, concedeu "
                "entrevista exclusiva à Agência Velorense de Notícias no Palácio.",
                "Pergunta: Presidente, o projeto abre espaço para a privatização da água?",
                "Velden: Não. Vamos deixar isso muito claro: não vamos privatizar a água.",
                "Edição: Paulo Reinaldo",
                "Assuntos: saneamento, seca, entrevista, Amara Velden")
    statement = parse_page(text_page(page))[0]
    assert statement.title.startswith("\"Não vamos privatizar a água\"")
    assert (statement.lead or "").startswith("Presidente falou sobre saneamento")
    assert statement.text.endswith("não vamos privatizar a água.")


def test_a_wires_credits_and_standards_close_no_text() -> None:
    page = dump("VPA", "World", "Politics",
                "President Velden says grain corridor talks to resume next week",
                "By Petra Lune and Ivo Castellane",
                "April 2, 2025 2:05 PM GMT",
                "LESSA, April 2 (VPA) - President Amara Velden said on Wednesday that talks on "
                "the grain corridor with Saldovia would resume next week.",
                "\"Our delegations will be back at the table on Tuesday,\" Velden told a news "
                "conference in Lessa.",
                "Reporting by Petra Lune in Lessa and Ivo Castellane; Editing by Marta Quill",
                "Our Standards: The VPA Editorial Principles.",
                "Topics: Veloria, Grain, Saldovia")
    statement = parse_page(text_page(page))[0]
    assert statement.title == "President Velden says grain corridor talks to resume next week"
    assert statement.text.endswith("Velden told a news conference in Lessa.")


def test_a_question_from_the_floor_and_a_moderator_named_once_in_brackets() -> None:
    body = ("<p><strong>Moderadora (Lucía Benet).-</strong> Buenas tardes. Intervendrá en "
            "primer lugar la presidenta.</p>"
            "<p><strong>Presidenta Amara Velden.-</strong> Gracias. Hoy firmamos tres "
            "acuerdos con Saldovia.</p>"
            "<p><strong>Moderadora.-</strong> Primera pregunta, por favor.</p>"
            "<p><strong>Pregunta del público:</strong> ¿Cuándo llegará el tren a Lessa?</p>"
            "<p><strong>Presidenta Amara Velden.-</strong> El año próximo, como prometimos.</p>"
            "<p><strong>Moderadora.-</strong> Muchas gracias.</p>")
    statement = parse_page(html_page(body, heading="Rueda de prensa de la presidenta Velden",
                                     head="<html lang='es'>"))[0]
    speakers = [t.speaker for t in statement.turns]
    assert speakers == ["Lucía Benet", "Amara Velden", "Lucía Benet", None, "Amara Velden",
                        "Lucía Benet"]


def test_a_question_label_of_more_words_asks() -> None:
    page = dump("Bürgerdialog mit der Ministerpräsidentin in Lessa", "14. März 2025",
                "Moderator Felix Brandt: Herzlich willkommen. Frau Ministerpräsidentin, bitte.",
                "Ilse Marr: Danke. Ich freue mich auf Ihre Fragen.",
                "Frage aus dem Publikum: Wann wird die Brücke in Lessa endlich fertig?",
                "Ilse Marr: Im Herbst, das verspreche ich Ihnen.",
                "Frage aus dem Publikum: Und die Busse auf dem Land?",
                "Ilse Marr: Die kommen im nächsten Jahr, jede Stunde einer.")
    statement = parse_page(text_page(page))[0]
    assert len(statement.turns) == 6
    assert [t.speaker for t in statement.turns][2:4] == [None, "Ilse Marr"]


def test_a_quoted_officials_town_after_the_comma_is_no_name() -> None:
    from communique.parse.speakers import SpeakerNames
    labels = ["Mayor Tomas Rell, City of Brannock", "Mayor Viktor Hesse, Village of Stell",
              "Representative Noor Achterberg, Chair of the Assembly Transport Committee",
              "Mayor Fiona Gatt, Grey Skerry Island Council"]
    names = SpeakerNames(labels)
    assert [names.resolve(label) for label in labels] == [
        "Tomas Rell", "Viktor Hesse", "Noor Achterberg", "Fiona Gatt"]
    # An office, then its holder: the holder.
    assert SpeakerNames(["Minister of Health, Zofia Kowal"]).resolve(
        "Minister of Health, Zofia Kowal") == "Zofia Kowal"


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Premier and the Minister for Health Zofia Kowal held a news conference.",
     "Zofia Kowal"),
    ("La Chancelière fédérale d'Aldenland Greta Holmfeld est arrivée à Lessa.",
     "Greta Holmfeld"),
    ("Ein Gespräch mit dem Politikwissenschaftler Karl Imhof über die Wahl.", "Karl Imhof"),
])
def test_an_office_with_its_portfolio_adjective_or_german_compound_is_no_part_of_the_name(
        sentence: str, name: str) -> None:
    from communique.parse.names import names_in
    assert name in names_in(sentence)
    assert not [n for n in names_in(sentence) if n != name and n.endswith(name)]


def test_a_sharing_bar_with_its_print_button_is_no_speaker() -> None:
    page = dump("Entretien du Président avec Radio Lessa", "5 novembre 2025",
                "Anne Ferrier : Monsieur le Président, merci de nous recevoir.",
                "Le Président : Merci à vous. Nous ferons la réforme cette année.",
                "Anne Ferrier : Et les syndicats ?",
                "Le Président : Nous les recevrons lundi.",
                "Partager : Facebook · X · LinkedIn · Courriel Imprimer la page")
    statement = parse_page(text_page(page))[0]
    assert statement.text.endswith("Nous les recevrons lundi.")
    assert len(statement.turns) == 4


def test_a_date_line_of_a_two_digit_year_dates_the_letter_not_its_own_dateline() -> None:
    from communique.parse.dates import find_datetime
    assert find_datetime("Datum: 10.04.25 | 14:30 Uhr") == ("2025-04-10T14:30", 7, 27)
    assert find_datetime("See section 1.2.25 of the act.") is None
    assert find_datetime("version 3.10.24 released") is None


def test_an_update_line_over_the_publication_line_gives_way_to_it() -> None:
    page = dump("Briefing Room", "Statements and Releases",
                "Readout of President Velden's Meeting with Prime Minister Oskar Lind",
                "Updated: April 12, 2025 at 9:05 a.m.",
                "Published: April 10th, 2025 at 3:45 p.m.",
                "President Amara Velden met today with Prime Minister Oskar Lind of Saldovia in "
                "the Palace of Lessa. The leaders reaffirmed the alliance of their countries.",
                "They agreed to convene a working group of their advisers before the end of May.")
    statement = parse_page(text_page(page))[0]
    assert (statement.published_at or "").startswith("2025-04-10T15:45")
    assert statement.title.startswith("Readout of President Velden's Meeting")


@pytest.mark.parametrize("words", ["Yesterday", "Redacción VPA", "Prime Minister's Office",
                                   "الإثنين"])
def test_a_relative_day_a_newsroom_an_office_or_a_weekday_is_no_place(words: str) -> None:
    from communique.extract.header import place_of
    assert place_of(f"{words}, ") is None


def test_questions_sent_in_by_phone_to_a_broadcast_make_no_phone_call() -> None:
    from communique.parse.kinds import classify_kind
    text = ("Question: Prime Minister, when will the ferry run again?\n"
            "Ilse Marr: In May, as we promised.\nQuestion: And the bridge?\n"
            "Ilse Marr: Next year.")
    assert classify_kind(title="Ask the Prime Minister", lead="Viewers sent in their "
                         "questions by phone, by text and online.", text=text,
                         has_turns=True, asks=True)[0] != "phone_call"
    assert classify_kind(title="Ask the Prime Minister", lead="The Prime Minister spoke by "
                         "phone with the President of Saldovia.", text="They discussed trade.",
                         has_turns=False)[0] == "phone_call"


def test_a_lead_closed_by_a_danda_is_the_lead() -> None:
    from communique.extract.text import split_lead
    lead, body = split_lead(["প্রধানমন্ত্রী শাহানা রহমান দৈনিক সকালকে একটি সাক্ষাৎকার "
                             "দিয়েছেন। সাক্ষাৎকারটি তুলে ধরা হলো।",
                             "প্রশ্ন: আপনার সরকারের প্রধান লক্ষ্য কী?", "উত্তর: শিক্ষা।"])
    assert lead is not None and lead.endswith("হলো।")
    assert len(body) == 2


def test_a_letters_own_dateline_a_day_before_its_page_opens_the_letter() -> None:
    page = dump("Der Bundespräsident", "Startseite", "Pressemitteilungen",
                "Schreiben des Bundespräsidenten an die Präsidentin des Roten Kreuzes",
                "Datum: 10.04.25 | 14:30 Uhr",
                "Bundespräsident Oskar Lind hat der Präsidentin des Roten Kreuzes, Dr. Ilse "
                "Marr, geschrieben. Das Schreiben im Wortlaut:",
                "Lessa, den 9. April 2025",
                "Sehr geehrte Frau Dr. Marr,",
                "zum 150. Jahrestag der Gründung übermittle ich Ihnen meine herzlichsten "
                "Glückwünsche.",
                "Ich wünsche Ihrem Verband Kraft, Zuversicht und viele neue Freiwillige.",
                "Mit freundlichen Grüßen", "Oskar Lind",
                "Weitere Pressemitteilungen", "08.04.25",
                "Bundespräsident Lind empfängt Botschafter zur Akkreditierung", "04.04.25",
                "Terminvorschau für den Monat April")
    statements = parse_page(text_page(page))
    assert (statements[0].published_at or "").startswith("2025-04-10T14:30")
    assert "Sehr geehrte Frau Dr. Marr," in statements[0].text
    assert "viele neue Freiwillige." in statements[0].text


def test_a_speechs_opening_invocation_is_no_lead() -> None:
    from communique.extract.text import split_lead
    lead, body = split_lead(["বিসমিল্লাহির রাহমানির রাহিম।", "প্রিয় দেশবাসী,",
                             "আমাদের অর্থনীতির মূল শক্তি কৃষি।"])
    assert lead is None and len(body) == 3


def test_a_transcripts_officials_between_title_and_date_name_its_labels() -> None:
    page = dump("Prime Minister of Veloria", "Home  Media  Transcripts  Speeches",
                "Doorstop interview - Port Lessa",
                "Prime Minister\nThe Hon Amara Velden MP\nTreasurer\nThe Hon Oskar Lind MP",
                "Transcript\nWednesday 11 June 2025\nPort Lessa",
                "PRIME MINISTER: Good morning, everyone. The plant will be switched on in "
                "November. I'll hand to the Treasurer.",
                "TREASURER: Thanks very much, PM. Every business here now knows it will have "
                "water for decades.",
                "JOURNALIST: Prime Minister, are you expecting a rate cut?",
                "PRIME MINISTER: I'm not going to pre-empt the decisions of the Reserve Board.",
                "TREASURER: She would not.")
    statement = parse_page(text_page(page))[0]
    assert statement.title == "Doorstop interview - Port Lessa"
    assert [t.speaker for t in statement.turns] == [
        "Amara Velden", "Oskar Lind", None, "Amara Velden", "Oskar Lind"]


def test_an_office_and_surname_label_is_the_name_the_opening_paragraph_gives() -> None:
    from communique.models import Block, Document
    from communique.parse import parse_document
    doc = Document(blocks=[
        Block("Governor Ilse Marr, Provincial Health Officer Dr. Lena Voss and Finance "
              "Commissioner Raul Eben held a news conference in Port Lessa on Thursday "
              "afternoon. The transcript below has been lightly edited."),
        Block("Good afternoon. There are thirty-one cases of measles.", label="GOVERNOR MARR"),
        Block("Vaccination clinics open tomorrow in every district.", label="DR. VOSS"),
        Block("Will schools close?", label="REPORTER"),
        Block("Not at this point.", label="GOVERNOR MARR")],
        title="Transcript: Governor Marr and the Health Officer brief media on measles")
    statement = parse_document(doc, Source(format="html", path="p.html"))
    assert [t.speaker for t in statement.turns] == ["Ilse Marr", "Lena Voss", None,
                                                    "Ilse Marr"]


def test_two_names_joined_by_and_in_russian_are_two_people() -> None:
    from communique.parse.names import names_in
    assert names_in("Ведущие – Екатерина Гладкова и Павел Рудин.") == [
        "Екатерина Гладкова", "Павел Рудин"]
    assert "Амара Велден" in names_in("Президент Боснии и Герцеговины Амара Велден")


def test_a_headlines_capitalised_preposition_ends_the_name_before_it() -> None:
    from communique.parse.names import names_in
    assert names_in("Readout: Governor Aro Speaks with Lessa Mayor Ilse Marr About Water "
                    "Main Failure") == ["Ilse Marr"]
    assert names_in("Statement by President Oskar Lind Following Talks") == ["Oskar Lind"]


@pytest.mark.parametrize("closing", [
    "Contact presse : Service presse de la Région – 03 88 55 01 20 – presse@region.vl",
    "—0—\nContacto de prensa: Dirección de Comunicación · Tel. (0341) 455-2210",
])
def test_a_releases_one_line_contact_and_its_end_mark_close_no_text(closing: str) -> None:
    page = dump("Communiqués", "Entretien téléphonique de la présidente avec le gouverneur",
                "12 mars 2025",
                "La présidente de la Région, Ilse Marr, s'est entretenue par téléphone avec le "
                "gouverneur de la province de Lessa.",
                "Les deux responsables ont évoqué la coopération portuaire et la formation "
                "professionnelle maritime.",
                "La présidente a adressé ses vœux de prompt rétablissement aux victimes.",
                closing)
    statement = parse_page(text_page(page))[0]
    assert statement.text.endswith("ses vœux de prompt rétablissement aux victimes.")


def test_labels_in_sinhala_with_a_zero_width_joiner_and_a_mongolian_reporters_ask() -> None:
    from communique.parse.speakers import is_question_label
    from communique.parse.turns import UNCASED_LABEL
    label = UNCASED_LABEL.match("ප්‍රශ්නය: ඉන්ධන මිල අඩු වේද?")
    assert label is not None and label.group("label") == "ප්‍රශ්නය"
    assert is_question_label("ප්‍රශ්නය") and is_question_label("Сурвалжлагч")


@pytest.mark.parametrize("line", ["ចែករំលែក", "ព័ត៌មានផ្សេងទៀត", "မျှဝေရန်", "ຂ່າວອື່ນໆ"])
def test_khmer_burmese_and_lao_sharing_and_other_news_labels_are_furniture(line: str) -> None:
    from communique.extract.text import FURNITURE
    assert FURNITURE.match(line)


@pytest.mark.parametrize(("title", "kind"), [
    ("សេចក្តីប្រកាសព័ត៌មាន ស្តីពីការសន្ទនាតាមទូរស័ព្ទរវាងនាយករដ្ឋមន្ត្រី", "phone_call"),
    ("ජනාධිපතිතුමාගේ සුබපැතුම් ලිපිය ඉදිරිපත් කෙරේ", "letter"),
    ("রাষ্ট্রপতির শুভেচ্ছা বার্তা", "letter"),
    ("ສານອວຍພອນ ເຖິງປະທານາທິບໍດີ", "letter"),
])
def test_phone_calls_and_congratulations_in_khmer_sinhala_bengali_and_lao(title: str,
                                                                          kind: str) -> None:
    from communique.parse.kinds import classify_kind
    assert classify_kind(title=title, lead=None, text="...")[0] == kind


def test_the_rest_of_a_text_under_its_read_more_button_is_the_texts() -> None:
    body = ("<p>Today the Government of Veloria signed the fisheries agreement with Saldovia "
            "after two years of talks.</p>"
            "<p>Our fishermen have waited these weeks with patience.</p>"
            "<button class='readmore'>Read more</button>"
            "<div id='more-1' class='news-item__more' hidden>"
            "<p>The agreement has three parts, and the first opens the northern waters.</p>"
            "<p>Our teachers are back. Let us give them the respect their work deserves.</p>"
            "</div>")
    statement = parse_page(html_page(body, heading="Statement by the Prime Minister"))[0]
    assert "The agreement has three parts" in statement.text
    assert statement.text.endswith("the respect their work deserves.")
    assert "Read more" not in statement.text


def test_a_letter_under_its_own_dateline_is_a_letter() -> None:
    from communique.parse.kinds import classify_kind
    text = ("Lessa, den 9. April 2025\nSehr geehrte Frau Dr. Marr,\nzum 150. Jahrestag "
            "übermittle ich Ihnen meine herzlichsten Glückwünsche.\nMit freundlichen Grüßen")
    assert classify_kind(title="Schreiben an die Präsidentin", lead=None, text=text)[0] == \
        "letter"
