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
