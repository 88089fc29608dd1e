"""Pages of shapes a blind round found read wrong: datelines, titles, labels, closings, names.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from communique.extract.content import DELIVERY_NOTE
from communique.extract.header import (
    UPDATED_LABEL,
    closing_dateline,
    opening_dateline,
    opening_place,
)
from communique.extract.html import extract_html
from communique.extract.listing import item_title
from communique.extract.metadata import title_place
from communique.extract.text import (
    CLOSING_MARK,
    END_RULE,
    FURNITURE,
    PAGE_WIDGET,
    documents_from_text,
)
from communique.models import Page, Source
from communique.parse.kinds import classify_kind
from communique.parse.names import names_in
from communique.parse.participants import from_lead, from_title, written_nominative
from communique.parse.speakers import SpeakerNames, is_anonymous, is_question_label, named_asker
from communique.pipeline import parse_page

TEXT = ("<p>The two sides discussed the ferry link across the strait near Oranthe and the "
        "harbour works in Lessa, which are to be finished next spring.</p>"
        "<p>They agreed that the joint commission will meet again before the summer and report "
        "to both governments on the progress made.</p>") * 2


def html(body: str, *, title: str = "Veloria", head: str = "") -> Page:
    content = f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"
    return Page(content=content, format="html", source=Source(format="html", path="p.html"))


def text_page(text: str) -> Page:
    return Page(content=text, format="text", source=Source(format="text", path="p.txt"))


# Datelines ---------------------------------------------------------------------------------

def test_the_place_of_a_dateline_in_the_paragraph_taken_as_the_lead() -> None:
    lead = ("Lessavár, 2024. március 19. – Szalai Bence miniszterelnök kedden fogadta Amara "
            "Veldent, a Velóriai Köztársaság elnökét.")
    body = (f"<article><h1>Szalai Bence Amara Veldennel tárgyalt</h1><time datetime='2024-03-19'>"
            f"2024. március 19.</time><div class='article-lead'><p>{lead}</p></div>"
            f"<div class='content'>{TEXT}</div></article>")
    doc = extract_html(html(body))[0]
    assert doc.lead == lead
    assert doc.place == "Lessavár"


@pytest.mark.parametrize(("opening", "place"), [
    ("(Lạc Thành) - Chiều 21/3, tại Phủ Chủ tịch, Chủ tịch nước đã tiếp Thủ tướng.", "Lạc Thành"),
    ("ZARINPUR, March 25 – The Ambassador of Veloria called on the Prime Minister.", "Zarinpur"),
    ("Lessa, 3 juin : La ministre a reçu son homologue de Saldovie.", "Lessa"),
    # An agency's or a site's name in brackets is no place.
    ("(ZNA) - The President received the Ambassador of Veloria today.", None),
    ("(Reuters) - The President received the Ambassador of Veloria today.", None),
    ("(Cổng TTĐT) - Chiều 21/3, Thủ tướng tiếp Đại sứ Veloria.", None),
])
def test_opening_places_in_brackets_and_without_a_year(opening: str, place: str | None) -> None:
    assert opening_place(opening) == place


def test_a_dateline_closed_by_a_colon() -> None:
    line = opening_dateline("Zarinpur, March 25, 2024: The Ambassador of Veloria called on the")
    assert line is not None and (line.date, line.place) == ("2024-03-25", "Zarinpur")


def test_a_bold_dateline_closed_by_a_colon_is_no_speakers_label() -> None:
    body = ("<article><h1>Prime Minister meets the Ambassador of Veloria</h1><div class='content'>"
            "<p><strong>Zarinpur, March 25, 2024:</strong> The Ambassador of the Republic of "
            "Veloria called on the Prime Minister at his office today.</p>"
            f"{TEXT}</div></article>")
    statement = parse_page(html(body))[0]
    assert statement.turns == []
    assert statement.place == "Zarinpur"
    assert statement.published_at == "2024-03-25"


def test_a_place_field_in_swahili() -> None:
    body = ("<article><h1>Hotuba ya Mheshimiwa Rais katika Kongamano la Uwekezaji</h1>"
            "<dl><dt>Mahali:</dt><dd>Bandari Salama</dd><dt>Tarehe:</dt><dd>16 Machi 2024</dd>"
            f"</dl><div class='content'>{TEXT}</div></article>")
    assert extract_html(html(body))[0].place == "Bandari Salama"


# Closings ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("texts", "date", "place"), [
    # A letter's place and date over its closing and signature lines.
    (["We wish you every success.", "Kota Wirya, 17 Maret 2031", "Hormat saya,", "Bima Prasetyo",
      "Presiden Republik Nusa Raya"], "2031-03-17", "Kota Wirya"),
    # A decree's, its number under it.
    (["Decretul se publică în Monitorul Oficial.", "PRIM-MINISTRU", "ANDREI VLAICU",
      "Târgu Dorav, 5 decembrie 2031.", "Nr. 1.024."], "2031-12-05", "Târgu Dorav"),
    # A long formula, and the two parties' signatures under it.
    (["The two Governments shall meet each year.", "Done at Lessa on 30 April 2031, in two "
      "originals, each in the Velorian, Saldovian and English languages, all texts being "
      "equally authentic.", "For the Republic of Veloria", "Aurelio Tannen", "President",
      "For the Kingdom of Saldovia", "Maja Lind", "Prime Minister"], "2031-04-30", "Lessa"),
])
def test_a_closing_dateline_gives_the_place_and_date(texts: list[str], date: str,
                                                     place: str) -> None:
    line = closing_dateline(texts)
    assert line is not None and (line.date, line.place) == (date, place)


def test_an_interviews_last_answer_and_its_outlets_credit_give_no_place() -> None:
    texts = ["Thank you. " * 30, "Lessa Daily, 4 June 2024"]
    assert closing_dateline(texts) is None


def test_a_letter_dated_only_by_its_closing_formula() -> None:
    body = ("<article><h1>Message de condoléances à la Présidente de Saldovie</h1>"
            f"<div class='content'>{TEXT}<p>Fait à Valmont, le 12 mars 2031</p>"
            "<p>Lucien Dorval</p><p>Premier ministre</p></div></article>")
    doc = extract_html(html(body))[0]
    assert (doc.published_at, doc.place) == ("2031-03-12", "Valmont")


def test_a_dumps_closing_formula_and_signature_stay_its_text() -> None:
    text = ("Executive Order No. 14 on the Coastal Wetlands\n\nPublished: 9 July 2031\n\n"
            "By the authority vested in me as President, I hereby order as follows.\n\n"
            "Article 1. No new permits for drainage shall be issued for five years.\n\n"
            "Article 2. This Order shall enter into force on the day after its publication.\n\n"
            "Done at Port Maren, 9 July 2031.\n\nKATRINE VOSS\n\nPresident of the Republic\n\n"
            "Related documents\n\nExecutive Order No. 13 on the Drought Plan — 24 June 2031\n\n"
            "Executive Order No. 12 on Procurement — 2 June 2031")
    doc = documents_from_text(text)[0]
    said = [b.text for b in doc.blocks]
    assert said[-3:] == ["Done at Port Maren, 9 July 2031.", "KATRINE VOSS",
                         "President of the Republic"]
    assert doc.place == "Port Maren"


def test_a_markdown_documents_closing_formula_gives_its_place() -> None:
    text = ("---\ntitle: Executive Order No. 14 on the Coastal Wetlands\ndate: 2031-07-09\n---\n\n"
            "By the authority vested in me as President, I hereby order as follows.\n\n"
            "**Article 1.** No new permits for drainage shall be issued for five years.\n\n"
            "**Article 2.** This Order shall enter into force on the day after its publication."
            "\n\nDone at Port Maren, 9 July 2031.\n\n**KATRINE VOSS**\n\n"
            "## Related documents\n\n- [Executive Order No. 13](/eo-13) — 24 June 2031\n"
            "- [Executive Order No. 12](/eo-12) — 2 June 2031\n")
    page = Page(content=text, format="markdown", source=Source(format="markdown", path="p.md"))
    statement = parse_page(page)[0]
    assert "Done at Port Maren, 9 July 2031." in statement.text
    assert statement.place == "Port Maren"


# Titles ------------------------------------------------------------------------------------

def test_a_marked_headline_says_more_than_a_title_of_the_site_and_section() -> None:
    body = ("<div class='site-title'>Presidencia<br><small>República de Veloria</small></div>"
            "<article itemscope><h2 class='titulo' itemprop='headline'>Mensaje de Navidad del "
            "presidente Tomás Arvid a la Nación</h2><time datetime='2024-12-24'>24.12.2024</time>"
            f"<div itemprop='articleBody'>{TEXT}</div></article>")
    doc = extract_html(html(body, title="Presidencia Veloria | Noticias"))[0]
    assert doc.title == "Mensaje de Navidad del presidente Tomás Arvid a la Nación"


def test_a_marked_headline_longer_than_the_titles_shortened_part() -> None:
    headline = ("Telegrama de condolencias del Presidente de la República al Presidente de "
                "Saldovia, Ernesto Valdivia, por el terremoto en la provincia de Oranthe")
    body = (f"<div class='contenido'><h2 class='titulo'>{headline}</h2><p class='fecha'>"
            f"03/06/2031</p>{TEXT}</div>")
    title = "Telegrama de condolencias al Presidente de Saldovia por el terremoto :: Presidencia"
    assert extract_html(html(body, title=title))[0].title == headline


def test_a_sections_heading_is_no_title_beside_a_long_title() -> None:
    title = "한서진 대통령, 세렌디아 공화국 아르노 벨트란 신임 대통령에게 축전 - 대통령실"
    body = f"<div class='content'><h2>대통령실 소식</h2><p>2024.03.14</p>{TEXT}</div>"
    assert extract_html(html(body, title=title))[0].title.startswith("한서진 대통령")


# Text pages --------------------------------------------------------------------------------

def test_a_long_lead_between_the_title_and_the_date_line() -> None:
    lead = ("Накануне государственного визита в Республику Салдовия Президент Велории Томас "
            "Арвид ответил на вопросы ведущего телеканала «Север-24» о строительстве моста через "
            "реку, пограничном режиме и ценах на электроэнергию для жителей северных районов.")
    assert len(lead) > 200
    text = (f"Президент Республики Велория\n\nИнтервью телеканалу «Север-24»\n\n{lead}\n\n"
            "25 марта 2024 года, 20:00\n\nЛесса\n\n– Томас Эрикович, что вы везёте в Салдовию?"
            "\n\n– Соглашение о мосте. Мы готовили его два года.\n\n– Когда мост откроется?\n\n"
            "– Если начнём весной, то через три года.")
    doc = documents_from_text(text)[0]
    assert doc.title == "Интервью телеканалу «Север-24»"
    assert doc.published_at == "2024-03-25T20:00"
    assert doc.blocks[0].text.startswith("– Томас Эрикович")


def test_a_title_quoting_an_outlet_in_guillemets_is_no_breadcrumb() -> None:
    title = ("Entretien de Mme Claire Duval, ministre des affaires étrangères, avec « Le Courrier "
             "de Lessa » (Lessa, 3 juin 2024)")
    text = (f"Ministère des affaires étrangères de Veloria\n\n{title}\n\nPublié le 04/06/2024\n\n"
            "Q - Madame la Ministre, vous êtes à Lessa pour la première fois. Pourquoi ?\n\n"
            "R - Parce que la Saldovie est un partenaire essentiel de notre pays.\n\n"
            "Q - Et la question des droits de pêche ?\n\nR - Nous avons avancé sur ce point.")
    doc = documents_from_text(text)[0]
    assert doc.title == title
    assert doc.blocks[0].text.startswith("Q - Madame la Ministre")


def test_a_first_turn_labelled_with_a_spanish_stop_and_dash_is_no_lead() -> None:
    text = ("Rueda de prensa del presidente del Gobierno\n\nLessa, martes 9 de abril de 2024\n\n"
            "Presidente del Gobierno.- Buenas tardes a todos. Acabamos de terminar una reunión "
            "de cinco horas.\n\nHemos acordado tres cosas para este año.\n\n"
            "Periodista (Diario El Faro).- Presidente, ¿estará listo antes del verano?\n\n"
            "Presidente del Gobierno.- El borrador, sí.")
    doc = documents_from_text(text)[0]
    assert doc.lead is None
    assert doc.blocks[0].text.startswith("Presidente del Gobierno.- Buenas tardes")


@pytest.mark.parametrize("line", [
    "Compartir: Facebook | X | Correo electrónico",
    "Compartilhe: Compartilhe por Facebook Compartilhe por Twitter Compartilhe por WhatsApp "
    "link para Copiar para área de transferência",
    "Compartir en redes sociales",
    "Télécharger le décret (PDF)",
])
def test_sharing_rows_and_file_links_are_furniture(line: str) -> None:
    assert FURNITURE.match(line)


# Names -------------------------------------------------------------------------------------

def test_a_hungarian_accusative_is_taken_off_where_the_page_writes_the_name_without() -> None:
    written = "fogadta Amara Veldent, a köztársaság elnökét. Amara Velden arról beszélt, hogy"
    assert written_nominative("Amara Veldent", written) == "Amara Velden"
    assert written_nominative("Oskarem Lindem", "z Oskarem Lindem. Oskar Lind powiedział") \
        == "Oskar Lind"


def test_a_names_run_ends_at_a_full_stop_after_a_word() -> None:
    assert names_in("spotkał się z premierem Estrawy Oskarem Lindem. Rozmowa dotyczyła") == \
        ["Oskarem Lindem"]
    assert names_in("Amara R. Velden met Dr. Anna Holm.") == ["Amara R. Velden", "Anna Holm"]


def test_a_states_name_in_any_case_is_no_person() -> None:
    assert from_title("Spotkanie z premierem Królestwa Saldowii", "meeting") == []
    assert names_in("list do Prezydenta Republiki Tarsji Tomasza Wernika.") == ["Tomasza Wernika"]


def test_a_romance_office_is_followed_by_the_whole_name() -> None:
    assert names_in("Entrevista concedida por el Presidente Tomás Echeverri Lozano a la "
                    "periodista Carmen Rojas") == ["Tomás Echeverri Lozano", "Carmen Rojas"]
    assert names_in("rozmawiał z Prezydentem Estrawy Oskarem Lindem") == ["Oskarem Lindem"]


def test_an_office_label_in_capitals_with_its_place() -> None:
    names = SpeakerNames(["PRESIDENTA DE LA REPÚBLICA"],
                         titled={"presidenta": "presidenta de la República Lucía Varela Ortiz"})
    assert names.resolve("PRESIDENTA DE LA REPÚBLICA") == "Lucía Varela Ortiz"


# Dates and places in the header -------------------------------------------------------------

def test_a_date_line_with_its_place_in_an_element_of_its_own() -> None:
    body = ("<h1>Intervento del Presidente Vettori all'Assemblea dei Comuni</h1>"
            "<div class='data-luogo'>Giovedì, 18 Aprile 2024 <span>Castelfiora</span></div>"
            f"<div class='testo'>{TEXT}</div>")
    doc = extract_html(html(body))[0]
    assert (doc.published_at, doc.place) == ("2024-04-18", "Castelfiora")


def test_a_date_among_fields_beside_the_issuing_offices_link() -> None:
    body = ("<h1>Conferencia de prensa del presidente Tomás Arvid</h1><section><dl>"
            "<dd><a href='/presidencia'>Presidencia de la República</a></dd><dd>|</dd>"
            "<dd>03 de marzo de 2025</dd><dd>|</dd><dd>Versión estenográfica</dd></dl></section>"
            f"<div class='article-body'>{TEXT}</div>")
    assert extract_html(html(body))[0].published_at == "2025-03-03"


@pytest.mark.parametrize(("line", "place"), [
    ("Palacio de la Concordia, Lessa, 3 de marzo de 2025.", "Palacio de la Concordia, Lessa"),
    ("San Leandro (Oranthe), 5 de marzo de 2025.", "San Leandro"),
])
def test_a_dateline_of_a_venue_and_city_or_a_city_and_its_region(line: str, place: str) -> None:
    body = (f"<h1>Discurso del presidente Tomás Arvid</h1><div class='article-body'><p>{line}</p>"
            f"{TEXT}</div>")
    doc = extract_html(html(body))[0]
    assert (doc.published_at[:7], doc.place) == ("2025-03", place)
    assert not doc.blocks[0].text.startswith(line[:10])


def test_a_releases_number_over_its_dateline_is_no_text() -> None:
    body = ("<h1>Carta del presidente Tomás Arvid a la presidenta electa de Saldovia</h1>"
            "<div class='article-body'><p>Comunicado No. 081</p><p>Ciudad de Lessa, 24 de "
            f"febrero de 2025.</p>{TEXT}</div>")
    doc = extract_html(html(body))[0]
    assert doc.place == "Ciudad de Lessa"
    assert doc.blocks[0].text.startswith("The two sides")


def test_a_place_with_a_particle_before_a_stop_and_dash() -> None:
    assert opening_place("Santa Marta de Oranthe. – El presidente recibió al embajador.") == \
        "Santa Marta de Oranthe"


# Text: leads and ends ------------------------------------------------------------------------

def test_a_lead_named_in_german() -> None:
    lead = ("Zum Tag der Einheit hat Bundespräsidentin Amara Velden die Bürgerinnen und Bürger "
            "aufgerufen, das Gespräch miteinander nicht abreißen zu lassen.")
    body = (f"<article><h1>Rede zum Tag der Einheit</h1><time datetime='2024-10-03'>3. Oktober "
            f"2024</time><div class='text'><p class='einleitung'>{lead}</p>{TEXT}</div></article>")
    doc = extract_html(html(body))[0]
    assert doc.lead == lead


@pytest.mark.parametrize("end", [
    "<p><em>(Fin)</em></p>",
    "<hr><p class='source'>Source : https://www.presidence.example/declarations/2024/seisme</p>"
    "<p class='copyright'>© Présidence de la République - Tous droits réservés</p>",
])
def test_an_end_mark_a_source_and_a_copyright_end_the_text(end: str) -> None:
    body = f"<h1>Déclaration du Président</h1><div class='texte'>{TEXT}{end}</div>"
    doc = extract_html(html(body))[0]
    assert doc.blocks[-1].text.startswith("They agreed that the joint commission")


def test_a_blogs_links_to_the_posts_before_and_after_end_a_dump() -> None:
    text = ("A Proclamation on Lighthouse Keepers Day\n\nAugust 3, 2031\n\n"
            "For more than two centuries, the lighthouses along our coasts have guided sailors "
            "home.\n\nToday most of them are automated, but the tradition lives on in our "
            "harbour pilots.\n\nTHOMAS BRANDT\n\nNext Post: A Proclamation on Harbour Pilots "
            "Week, 2031\n\nPrevious Post: Statement on the Passing of Senator Ruth Okafor\n\n"
            "The Halvard House\n\n1 Lantern Avenue\n\nPort Halvard\n\nStay Connected\n\n"
            "Sign Up\n\nPrivacy Policy\n\nAccessibility Statement")
    doc = documents_from_text(text)[0]
    assert doc.blocks[-1].text == "THOMAS BRANDT"


def test_a_kinds_label_between_the_date_and_the_title_and_a_place_under_the_title() -> None:
    text = ("Die Bundesregierung der Republik Veloria\n\nStartseite | Aktuelles | Mitschriften"
            "\n\nDonnerstag, 20. Juni 2024\n\nMitschrift Pressekonferenz\n\n"
            "Pressekonferenz von Bundeskanzlerin Amara Velden und "
            "dem Ministerpräsidenten von Saldovia, Oskar Lind\n\nin Lessa\n\n"
            "StS Paul Krämer: Meine Damen und Herren, ich begrüße Sie herzlich.\n\n"
            "BK'in Velden: Vielen Dank. Herzlich willkommen in Lessa!")
    doc = documents_from_text(text)[0]
    assert doc.title.startswith("Pressekonferenz von Bundeskanzlerin")
    assert doc.place == "Lessa"
    assert doc.blocks[0].text.startswith("StS Paul Krämer:")


def test_a_single_word_under_a_title_is_no_place() -> None:
    text = ("Daily news\n\n14 March 2025\n\nMeetings\n\nAll\n\nNews\n\nTranscripts\n\n"
            "Meeting with the Chair of the Audit Chamber Rhoda Fennimore\n\n"
            "Rhoda Fennimore briefed the President on the audit of the budget.")
    assert documents_from_text(text)[0].place is None


# Kinds ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "lead", "kind"), [
    ("„Wir müssen schneller bauen“", "Bundeskanzlerin Amara Velden im Gespräch mit der Lessaer "
     "Rundschau über Wohnungsbau und Bahn.", "interview"),
    ("Minister-president ontvangt de president van Saldovia", None, "meeting"),
    ("Comunicat del Govern sobre les inundacions", None, "statement"),
    ("Rozhodnutí prezidenta republiky o jmenování velvyslance", None, "document"),
    ("Joint Declaration of the Republic of Veloria and the Kingdom of Saldovia", None,
     "statement"),
])
def test_kinds_a_round_found(title: str, lead: str | None, kind: str) -> None:
    assert classify_kind(title=title, lead=lead, text="")[0] == kind


def test_a_nepali_visit_to_come() -> None:
    lead = "प्रधानमन्त्री मार्च २५ देखि २८ सम्म साल्डोभियाको आधिकारिक भ्रमण गर्नुहुनेछ।"
    assert classify_kind(title="प्रधानमन्त्रीको साल्डोभिया भ्रमण", lead=lead, text="")[0] == \
        "announcement"


# Speakers ------------------------------------------------------------------------------------

def test_a_briefings_bare_answers_are_the_one_its_title_names() -> None:
    text = ("Брифинг официального представителя МИД Велории Анны Ковальчук\n\n"
            "19 марта 2024 года, 11:00\n\nВопрос: Планируется ли подписание соглашения?\n\n"
            "Ответ: Проект соглашения находится на завершающей стадии.\n\n"
            "Вопрос: Как МИД комментирует задержание граждан?\n\n"
            "Ответ: Посольство находится в постоянном контакте с властями.")
    statement = parse_page(text_page(text))[0]
    assert [t.speaker for t in statement.turns if t.role == "answer"] == ["Анна Ковальчук"] * 2


def test_an_interviews_asker_named_in_its_title() -> None:
    body = ("<h1>Entrevista concedida por el Presidente Tomás Echeverri Lozano a la periodista "
            "Carmen Rojas, de Radio Cumbre</h1><div class='article-body'>"
            "<p><strong>PERIODISTA:</strong> Presidente, buenos días. ¿Qué pasó con el puerto?</p>"
            "<p><strong>PRESIDENTE:</strong> Buenos días, Carmen. El puerto ya funciona.</p>"
            "<p><strong>PERIODISTA:</strong> ¿Y el tren?</p>"
            "<p><strong>PRESIDENTE:</strong> Llegará el año que viene.</p></div>")
    statement = parse_page(html(body))[0]
    assert [t.speaker for t in statement.turns] == ["Carmen Rojas", "Tomás Echeverri Lozano"] * 2


def test_a_reporters_word_before_a_name_the_page_labels_alone() -> None:
    text = ("Entrevista do Presidente Joaquim Lemos à rádio Cerrado FM\n\n18/03/2025\n\n"
            "Jornalista Mariana Freitas: Bom dia, presidente. Obrigada por vir.\n\n"
            "Presidente: Bom dia, Mariana.\n\n"
            "Mariana Freitas: O acordo foi assinado por 25 estados?\n\n"
            "Presidente: Eles têm até o fim de abril para aderir.")
    statement = parse_page(text_page(text))[0]
    assert [(t.speaker, t.role) for t in statement.turns][::2] == [
        ("Mariana Freitas", "question")] * 2


# Participants and self-introductions ---------------------------------------------------------

@pytest.mark.parametrize(("lead", "kind", "expected"), [
    ("Prime Minister Devendra Rao had a telephone conversation today with the President of the "
     "Republic of Saldovia, H.E. Mr. Tomas Lindqvar.", "phone_call",
     [("Devendra Rao", "caller"), ("Tomas Lindqvar", "callee")]),
    ("El presidente del Gobierno, Álvaro Miralles Soria, ha recibido hoy en el Palacio de la "
     "Concordia al primer ministro de la República de Saldovia, Rui Moutinho Paiva.", "meeting",
     [("Álvaro Miralles Soria", "host"), ("Rui Moutinho Paiva", "guest")]),
    ("The Ambassador of the Republic of Veloria, Mr. Henrik Dalmas, called on Prime Minister "
     "Devendra Rao at his office today.", "meeting",
     [("Henrik Dalmas", "guest"), ("Devendra Rao", "host")]),
])
def test_sides_a_lead_names_with_words_between(lead: str, kind: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_lead([lead], kind)] == expected


def test_a_journalist_who_names_themself_after_a_greeting() -> None:
    body = ("<h1>Versión estenográfica de la conferencia de prensa del presidente Tomás Arvid</h1>"
            "<div class='article-body'>"
            "<p><strong>PRESIDENTE TOMÁS ARVID:</strong> Buenos días. Vamos a preguntas.</p>"
            "<p><strong>INTERLOCUTORA:</strong> Buenos días, presidente. Gabriela Solís, de Radio "
            "Meridiano. ¿Habrá apoyo para los productores?</p>"
            "<p><strong>PRESIDENTE TOMÁS ARVID:</strong> Sí, habrá apoyo directo.</p>"
            "<p><strong>INTERLOCUTOR:</strong> Presidente, ¿y el precio del gas?</p>"
            "<p><strong>PRESIDENTE TOMÁS ARVID:</strong> Va a bajar.</p></div>")
    statement = parse_page(html(body))[0]
    assert [t.speaker for t in statement.turns if t.role == "question"] == ["Gabriela Solís",
                                                                             None]


# Round 21 ------------------------------------------------------------------------------------

def test_chinese_labels_alone_on_their_lines() -> None:
    text = ("国新办举行新闻发布会\n\n2025-09-23 10:00:00\n\n"
            "国务院新闻办公室于2025年9月23日上午10时举行新闻发布会，请副部长陈卓介绍有关情况。\n\n"
            "主持人 王岚：\n\n女士们、先生们，大家上午好。首先请陈卓先生作介绍。\n\n"
            "陈卓：\n\n各位记者朋友，大家上午好。今年全国城镇新增就业1050万人。\n\n"
            "王岚：\n\n下面进入提问环节。\n\n莱萨日报记者：\n\n请问陈部长，就业形势如何？\n\n"
            "陈卓：\n\n总体就业形势保持稳定。\n\n王岚：\n\n今天的发布会到此结束。")
    statement = parse_page(text_page(text))[0]
    assert [t.speaker for t in statement.turns] == ["主持人 王岚", "陈卓", "主持人 王岚", None,
                                                    "陈卓", "主持人 王岚"]


def test_a_sections_word_over_the_date_line_and_a_place_under_it() -> None:
    title = ("Versión estenográfica. Conferencia de prensa de la presidenta Lucía Andrade Ruelas "
             "del 4 de febrero de 2025")
    text = (f"Presidencia de la República de Veloria\n\nInicio\n\n{title}\n\nPrensa\n\n"
            "Presidencia de la República | 04 de febrero de 2025 | Versión estenográfica\n\n"
            "Palacio de Gobierno, Ciudad de Lessa\n\n"
            "PRESIDENTA LUCÍA ANDRADE RUELAS: Buenos días. Vamos a preguntas.\n\n"
            "PREGUNTA: ¿Cómo se van a elegir las comunidades?\n\n"
            "PRESIDENTA LUCÍA ANDRADE RUELAS: Con las asambleas comunitarias.")
    doc = documents_from_text(text)[0]
    assert doc.title == title
    assert doc.place == "Palacio de Gobierno, Ciudad de Lessa"


def test_a_datelines_place_of_several_words_with_particles() -> None:
    text = ("Der Bundespräsident der Republik Veloria\n\nStartseite\n\nAktuelles\n\n"
            "Erklärung des Bundespräsidenten zum Tod von Altbundeskanzler Rudolf Strehle\n\n"
            "Sankt Veit an der Traun, 14. März 2024\n\nMit großer Trauer habe ich vom Tod von "
            "Altbundeskanzler Rudolf Strehle erfahren. Ich spreche seiner Familie mein Beileid "
            "aus.\n\nTeilen\n\nWeitere Meldungen\n\n14. März 2024\n\nAngelobung der Regierung")
    doc = documents_from_text(text)[0]
    assert (doc.title, doc.published_at, doc.place) == (
        "Erklärung des Bundespräsidenten zum Tod von Altbundeskanzler Rudolf Strehle",
        "2024-03-14", "Sankt Veit an der Traun")


def test_a_date_line_ending_with_its_place() -> None:
    text = ("Regierungserklärung von Bundeskanzlerin Amara Velden zum Gipfel in Lessa\n\n"
            "Mittwoch, 19. März 2025 im Bundestag\n\nHerr Präsident! Meine Damen und Herren! "
            "Morgen beginnt in Lessa der Gipfel.\n\nIch danke Ihnen.")
    doc = documents_from_text(text)[0]
    assert (doc.published_at, doc.place) == ("2025-03-19", "Bundestag")


def test_a_numeric_date_read_as_the_datelines_month_name_says() -> None:
    text = ("Marjan News Agency\n\nHome / Local / Politics\n\n"
            "Crown Prince gives interview to The Meridian Post\n\n11/03/2025\n\n"
            "MARSA JAWHAR, March 11 (MNA) - The Crown Prince gave an interview to The Meridian "
            "Post, published on Tuesday.\n\nQuestion: Is there a contradiction there?\n\n"
            "Answer: No. Our gas pays for our solar fields.")
    doc = documents_from_text(text)[0]
    assert (doc.title, doc.published_at) == (
        "Crown Prince gives interview to The Meridian Post", "2025-03-11")


def test_a_rows_file_links_are_no_items_and_a_heading_beats_a_button() -> None:
    rows = "".join(
        f"<tr><td>2024/03/1{k}</td><td><a href='/pr/{k}'>The President receives the Foreign "
        f"Minister of Saldovia, meeting {k}</a></td><td><a href='/files/pr-{k}.pdf'>PDF (210 "
        "KB)</a></td></tr>" for k in range(5))
    docs = extract_html(html(f"<h1>Press releases</h1><table>{rows}</table>"))
    assert len(docs) == 5 and all(not d.complete and "PDF" not in d.title for d in docs)
    hero = LexborHTMLParser(
        "<div class='hero__body'><h1><a href='/media/budget'>A Budget for working families</a>"
        "</h1><p>Thursday 14 March 2024</p><a class='button' href='/media/budget'>Read the "
        "media release</a></div>")
    button = hero.css_first("a.button")
    assert button is not None and item_title(button) == "A Budget for working families"


@pytest.mark.parametrize("label", ["AUDIENCE MEMBER", "Audience", "Student", "ASISTENTES", "K"])
def test_an_audiences_voices_are_nobodys_names(label: str) -> None:
    assert is_anonymous(label)


def test_estonian_question_and_answer_letters() -> None:
    text = ("Intervjuu president Liisa Orgiga\n\n12.03.2024\n\n"
            "Intervjuu president Liisa Orgiga. Küsis Mart Kask.\n\n"
            "K: Proua president, miks nüüd?\n\nV: Sest riik vajab seda.\n\n"
            "K: Ja edasi?\n\nV: Edasi vaatame.")
    statement = parse_page(text_page(text))[0]
    assert [t.role for t in statement.turns] == ["question", "answer"] * 2
    assert "K" not in {t.speaker for t in statement.turns}


@pytest.mark.parametrize("note", ["Alleen het gesproken woord geldt.", "(Muutosvaraus puheessa)"])
def test_delivery_notes_in_dutch_and_finnish(note: str) -> None:
    assert DELIVERY_NOTE.fullmatch(note)


@pytest.mark.parametrize(("title", "kind"), [
    ("Regierungserklärung von Bundeskanzlerin Amara Velden zum Europäischen Gipfel", "speech"),
    ("Valsts prezidenta runa Saeimas svinīgajā sēdē", "speech"),
    ("Forsætisráðherra fundaði með forsætisráðherra Velóríu", "meeting"),
    ("Valsts prezidents dosies oficiālā vizītē uz Veloriju", "announcement"),
])
def test_kinds_of_round_21(title: str, kind: str) -> None:
    assert classify_kind(title=title, lead=None, text="")[0] == kind


def test_no_cue_matches_words_of_no_kind() -> None:
    # A cue that matches anything (an empty alternative) would decide every page's kind.
    assert classify_kind(title="Zqx vbn", lead=None, text="")[0] == "other"


@pytest.mark.parametrize(("opening", "place"), [
    ("РАВНАГРАД – Председник Републике примио је амбасадора Велорије.", "Равнаград"),
    ("TINFELD - Le président de la République a reçu l'ambassadeur de Velorie.", "Tinfeld"),
])
def test_places_in_capitals_of_other_scripts_and_before_a_hyphen(opening: str,
                                                                 place: str) -> None:
    assert opening_place(opening) == place


def test_a_romanian_weekday_with_a_cedilla_is_no_place() -> None:
    body = (f"<h1>Discursul premierului</h1><p class='date'>Marţi, 12 Martie 2024</p>"
            f"<div class='content'>{TEXT}</div>")
    assert extract_html(html(body))[0].place is None


def test_a_hebrew_updates_label() -> None:
    assert UPDATED_LABEL.search("עודכן לאחרונה: 06.03.2025")


def test_arabic_honorifics_and_name_chains() -> None:
    lead = ("أجرى صاحب السمو الشيخ سلطان بن ماجد آل ناصر اتصالا هاتفيا مع فخامة رئيس الجمهورية "
            "السيد سليم الحداد.")
    names = [p.name for p in from_lead([lead], "phone_call", "ar")]
    assert names == ["سلطان بن ماجد آل ناصر", "سليم الحداد"]


@pytest.mark.parametrize("mark", ["// انتهى //", "(النهاية)"])
def test_arabic_end_marks(mark: str) -> None:
    assert END_RULE.fullmatch(mark)


def test_a_bulgarian_decrees_closing_formula() -> None:
    line = closing_dateline(["Указът влиза в сила.", "Издаден в Средец на 13 март 2024 г.",
                             "Президент: Иван Петров"])
    assert line is not None and (line.date, line.place) == ("2024-03-13", "Средец")


@pytest.mark.parametrize("line", ["Læs også", "Del artiklen", "Podelite"])
def test_danish_and_serbian_furniture(line: str) -> None:
    assert FURNITURE.match(line)


@pytest.mark.parametrize(("name", "written", "plain"), [
    ("Teodorom Maranijem", "s Teodorom Maranijem. Damir Kovačević i Teodor Marani",
     "Teodor Marani"),
    ("Luca Ferrinille", "Herra Luca Ferrini. Onnittelut Luca Ferrinille", "Luca Ferrini"),
])
def test_croatian_and_finnish_case_endings(name: str, written: str, plain: str) -> None:
    assert written_nominative(name, written) == plain


@pytest.mark.parametrize("label", ["Meridian TV", "Telewizja Ostrand", "Radio Lessa"])
def test_an_outlets_name_alone_is_a_question_of_nobody_named(label: str) -> None:
    assert is_question_label(label) and is_anonymous(label)


def test_a_person_of_an_outlet_still_asks_under_a_name() -> None:
    assert not is_anonymous("Jonas Reed from Veloria Radio")
    assert named_asker("Pytanie (Telewizja Ostrand, tłumaczenie)") is None


def test_a_list_of_who_is_present_is_no_turn_and_names_the_surnames_labels() -> None:
    body = ("<h1>Post-Cabinet press conference</h1><div class='content'>"
            "<p><i>Present: Cabinet Spokesperson Hon. Rena Okafor-Vale; Minister of Health Dr. "
            "Imre Sollas</i></p>"
            "<p><strong>OKAFOR-VALE:</strong> Good afternoon. Cabinet met this morning.</p>"
            "<p><strong>SOLLAS:</strong> The new clinics open in May.</p>"
            "<p><strong>Q:</strong> How many clinics?</p>"
            "<p><strong>SOLLAS:</strong> Twelve.</p>"
            "<p><strong>OKAFOR-VALE:</strong> Thank you all.</p></div>")
    statement = parse_page(html(body))[0]
    assert [t.speaker for t in statement.turns] == ["Rena Okafor-Vale", "Imre Sollas", None,
                                                    "Imre Sollas", "Rena Okafor-Vale"]


def test_a_spokespersons_label_is_who_the_opening_names_so() -> None:
    text = ("Noon briefing\n\n14 March 2025\n\n"
            "The following is a near-verbatim transcript of the briefing by Farah Idris, "
            "Spokesperson for the Secretary-General.\n\n"
            "Spokesperson: Good afternoon. I will start with Oranthe.\n\n"
            "Question: How many people were evacuated?\n\n"
            "Spokesperson: About two thousand.")
    statement = parse_page(text_page(text))[0]
    assert {t.speaker for t in statement.turns if t.role != "question"} == {"Farah Idris"}


def test_a_surnames_label_is_no_relative_the_text_names_after_the_office() -> None:
    names = SpeakerNames(["PRESIDENT VELDEN", "MR. LIND"],
                         text="President Velden thanked the crowd. Her son Tomas Velden was "
                              "there, and so was Oskar Lind.")
    assert names.resolve("PRESIDENT VELDEN") == "President Velden"
    assert names.resolve("MR. LIND") == "Oskar Lind"


@pytest.mark.parametrize(("title", "place"), [
    ("Ortak Basın Toplantısı, 22 Mayıs 2025, Derinkale", "Derinkale"),
    ("Pressekonferenz von Bundeskanzlerin Amara Velden am 6. Februar 2025 in Lessa", "Lessa"),
    ("Statement, 14 March 2024, the President said", None),
])
def test_a_place_after_a_titles_date(title: str, place: str | None) -> None:
    assert title_place(title) == place


def test_a_place_in_a_date_lines_last_field() -> None:
    text = ("Commencement address by President Amara Velden\n\nMay 24, 2025 | Port Ysolde\n\n"
            "Thank you. Graduates, families, faculty: good morning.\n\nCongratulations.")
    assert documents_from_text(text)[0].place == "Port Ysolde"


@pytest.mark.parametrize("line", ["ع م ر/ س ج", "ع ب ع / م م", "WAH/SQR/Hassan Bashir"])
def test_an_agencys_initials_and_desk_codes_end_a_text(line: str) -> None:
    assert CLOSING_MARK.match(line)


@pytest.mark.parametrize(("opening", "place"), [
    ("رأس ميدان في 12 مارس / سنا / استقبل صاحب السمو الشيخ منصور رئيس الدولة", "رأس ميدان"),
    ("جرفان 14 رمضان 1446 هـ الموافق 14 مارس 2025 م واح - أصدر الملك أمرا", "جرفان"),
    ("استقبل الرئيس في قصره اليوم وزير الخارجية", None),
])
def test_arabic_agency_datelines(opening: str, place: str | None) -> None:
    assert opening_place(opening) == place


def test_a_listing_whose_first_item_has_a_summary() -> None:
    items = "".join(f"\n\n{13 - k} березня 2024 - 1{k}:00\n\nВиступ Президента на форумі в "
                    f"Соколиному, частина {k}" for k in range(5))
    text = ("Президент Республіки Веларія\n\nВиступи\n\nОстанні виступи\n\n"
            "14 березня 2024 - 21:10\n\nЗвернення Президента за підсумками дня\n\n"
            "Дякую всім, хто сьогодні працював на відновленні енергосистеми." + items)
    docs = documents_from_text(text)
    assert len(docs) == 6 and not any(d.complete for d in docs)
    assert docs[0].title == "Звернення Президента за підсумками дня"


@pytest.mark.parametrize("line", ["Pagina 2 van 14", "Page 3 of 10", "« Zurück 1 2 Weiter »"])
def test_a_listings_page_numbers_and_pager_are_no_text(line: str) -> None:
    assert PAGE_WIDGET.fullmatch(line)


def test_a_transcripts_label_under_the_date_is_no_place_and_no_text() -> None:
    text = ("Conferencia de prensa de la presidenta Lucía Varela\n\n20 de marzo de 2025 - 1:45 "
            "p. m.\n\nVersión estenográfica\n\nPRESIDENTA DE LA REPÚBLICA: Buenas tardes.\n\n"
            "PREGUNTA: ¿Cuántas familias?\n\nPRESIDENTA DE LA REPÚBLICA: Unas catorce mil.")
    doc = documents_from_text(text)[0]
    assert doc.place is None
    assert doc.blocks[0].text.startswith("PRESIDENTA DE LA REPÚBLICA:")
    body = ("<h1>Διάγγελμα του Πρωθυπουργού</h1><time datetime='2025-03-14'>14.03.2025</time>"
            f"<section class='transcript'><h2>Απομαγνητοφώνηση</h2>{TEXT}</section>")
    assert extract_html(html(body))[0].blocks[0].text.startswith("The two sides")
