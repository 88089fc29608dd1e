"""Pages of shapes a blind round (dates and times written every way, events with many
speakers, statements with inner structure, scripts not tried before, governors' and
mayors' offices, statements as state news agencies carry them) found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest

from communique.extract.header import opening_place
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
