"""Pages of shapes a blind round (Central European, Balkan and Greek, German-speaking and
Dutch, Portuguese- and Spanish-speaking sites, ceremonial genres, briefing transcripts)
found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest

from communique.parse.dates import parse_datetime
from communique.parse.kinds import classify_kind
from communique.pipeline import parse_page
from tests.pages import dump, html_page, text_page

MENU = dump("Startsäit", "Regierung", "Aktualitéiten", "Dossieren", "Kontakt")
FEED = dump("Aktualitéiten", "Bilateralt Treffe mam Premier vu Saldovia", "10.03.2026",
            "Resumé vun de Beschlëss vum Regierungsrot", "09.03.2026")


@pytest.mark.parametrize(("text", "iso"), [
    ("Lessa, 14. Mäerz 2026", "2026-03-14"), ("14 Xaneiro 2026", "2026-01-14"),
    ("14 ta’ Marzu 2026", "2026-03-14"), ("14. febrúar 2026", "2026-02-14"),
    ("14 Mawrth 2026", "2026-03-14"), ("14 Márta 2026", "2026-03-14"),
])
def test_months_of_more_european_languages_are_read(text: str, iso: str) -> None:
    assert parse_datetime(text) == iso


def test_a_luxembourgish_speech_dump_keeps_its_text_and_drops_its_notes() -> None:
    page = text_page(dump(
        MENU, "Ried vum Premierminister Amara Velden um Nationalfeierdag vun de Fräiwëllegen",
        "Lessa, 14. Mäerz 2026", "Et gëllt dat geschwatent Wuert.",
        "Dir Dammen an Dir Hären,",
        "haut si mir hei zu Lessa zesummekomm, fir Iech Merci ze soen fir Ären Asaz an de "
        "Gemengen, an de Veräiner an am Rettungsdéngscht vum ganze Land.",
        "Nach eng Kéier: Villmools Merci!", "Deelen", "Drécken", FEED))
    statement = parse_page(page)[0]
    assert statement.title.startswith("Ried vum Premierminister")
    assert statement.published_at == "2026-03-14"
    assert statement.place == "Lessa"
    assert statement.kind == "speech"
    assert statement.text.startswith("Dir Dammen an Dir Hären,")
    assert statement.text.endswith("Villmools Merci!")
    assert "geschwatent" not in statement.text


def test_an_embargo_line_and_a_delivery_note_after_the_lead_are_no_text() -> None:
    german = parse_page(text_page(dump(
        "Regierungserklärung von Ministerpräsident Amara Velden zur Lage des Landes",
        "Veröffentlicht am: 12.03.2026", "Sperrfrist: Beginn der Rede",
        "Es gilt das gesprochene Wort!", "Frau Präsidentin, sehr geehrte Kolleginnen und "
        "Kollegen,", "vor einem Jahr habe ich an dieser Stelle gesagt, dass unser Land vor "
        "großen Umbrüchen steht. Heute können wir feststellen: Wir haben sie angenommen.")))[0]
    assert german.text.startswith("Frau Präsidentin")
    assert "Sperrfrist" not in german.text and "gesprochene" not in german.text
    dutch = parse_page(text_page(dump(
        "Toespraak van minister-president Amara Velden bij de herdenking in Lessa",
        "Toespraak | 12-03-2026",
        "Toespraak van minister-president Amara Velden bij de nationale herdenking, op 12 "
        "maart 2026 in de Grote Kerk van Lessa.", "Alleen het gesproken woord geldt.",
        "Majesteit, dames en heren,", "Honderd jaar geleden brak hier bij Lessa de zeedijk "
        "door. In een paar uur tijd verdwenen hele dorpen onder water.", "Dank u wel.",
        "Deel deze pagina", "Facebook", "LinkedIn")))[0]
    assert dutch.kind == "speech"
    assert dutch.text.startswith("Majesteit, dames en heren,")
    assert dutch.text.endswith("Dank u wel.")


def test_a_blogs_lines_under_a_post_and_a_photo_credit_under_the_text_end_it() -> None:
    statement = parse_page(text_page(dump(
        "Statement by Prime Minister Amara Velden on the floods in the Lessa Valley",
        "April 8, 2025 by PM Press Office",
        "Tonight our country is mourning. The floods that struck the Lessa Valley have "
        "claimed at least seventeen lives.",
        "Tomorrow, Wednesday 9 April, will be a day of national mourning.",
        "Photo: Government Press Office / Oskar Lind",
        "Posted in Speeches, Statements", "Tagged floods, Lessa Valley, state of emergency",
        "Post navigation", "Previous: Cabinet meeting of 7 April 2025",
        "Recent Posts", "PM Velden visits evacuation centres in Keld")))[0]
    assert statement.text.endswith("will be a day of national mourning.")


@pytest.mark.parametrize(("title", "kind"), [
    ("Statement by H.E. Mr. Oskar Lind, President of Saldovia, at the General Debate of the "
     "80th Session of the United Nations General Assembly", "speech"),
    ("Statement of His Highness the Emir at the Plenary Session of the Summit on Water",
     "speech"),
    ("Eulogy by Prime Minister Amara Velden at the State Funeral of President Oskar Lind",
     "speech"),
    ("Intervención do presidente da Xunta na inauguración do porto de Lessa", "speech"),
    ("Pressefoyer nach dem Ministerrat", "press_conference"),
    ("Medienkonferenz des Bundesrates zur Lage in Lessa", "press_conference"),
    ("Kormányszóvivői tájékoztató a kormányülésről", "press_conference"),
    ("Κοινές δηλώσεις του Προέδρου με τον Πρωθυπουργό της Σαλδοβίας", "press_conference"),
    ("Izjave za medije nakon sastanka s premijerom Saldovije", "press_conference"),
    ("Terminankündigung: Bundespräsident empfängt den Präsidenten Saldovias",
     "announcement"),
    ("Predsjednik Velden boraviće u četvrtak u zvaničnoj posjeti Saldoviji", "announcement"),
    ("Ο Πρόεδρος θα πραγματοποιήσει επίσημη επίσκεψη στη Σαλδοβία", "announcement"),
    ("Anordnung des Bundespräsidenten über die Trauerbeflaggung", "document"),
    # Guards: a press statement stays one, whatever event its subject took place at.
    ("Statement by the Press Secretary on the attack at the conference centre", "statement"),
    ("Statement by the President following the meeting at the summit", "statement"),
])
def test_more_genre_words_name_the_kind(title: str, kind: str) -> None:
    assert classify_kind(title=title, lead=None, text="Lessa.")[0] == kind


def test_a_greek_date_in_capitals_is_read() -> None:
    assert parse_datetime("ΤΡΙΤΗ 12 ΜΑΡΤΙΟΥ 2026") == "2026-03-12"


def test_todays_date_under_a_skip_link_is_not_the_pages_under_its_byline() -> None:
    statement = parse_page(text_page(dump(
        "Saltar para o conteúdo", "terça-feira, Março 10, 2026",
        "Presidência da República de Veloria", "Portal Oficial", "Início", "Mensagens",
        "Mensagem de felicitações ao Presidente eleito da República de Saldovia",
        "Por Gabinete de Imprensa", "9 Mar 2026",
        "O Presidente da República, Amara Velden, endereçou uma mensagem de felicitações ao "
        "Presidente eleito da República de Saldovia, Oskar Lind, cujo teor é o seguinte:",
        "Excelência,", "Foi com grande satisfação que tomei conhecimento da sua eleição.",
        "Amara Velden", "Partilhe:", "Artigos Relacionados")))[0]
    assert statement.title == \
        "Mensagem de felicitações ao Presidente eleito da República de Saldovia"
    assert statement.published_at == "2026-03-09"


def test_a_skip_link_is_never_a_title() -> None:
    statement = parse_page(text_page(dump(
        "Passa al contenuto principale", "Le autorità federali della Confederazione",
        "Comunicati stampa",
        "La presidente della Confederazione ha avuto un colloquio telefonico con il "
        "presidente di Saldovia",
        "Lessa, 11.03.2026 - La presidente della Confederazione Amara Velden ha avuto oggi "
        "un colloquio telefonico con il neoeletto presidente della Repubblica di Saldovia, "
        "Oskar Lind, al quale ha espresso le sue congratulazioni per l'elezione e con il "
        "quale ha discusso delle relazioni bilaterali e della formazione professionale.",
        "I due capi di Stato hanno discusso della cooperazione nel settore della ricerca.",
        "Indirizzo cui rivolgere domande", "Servizio di comunicazione", "+41 58 462 31 53",
        "Ultima modifica 11.03.2026", "Comunicati stampa correnti", "10.03.2026",
        "Inaugurazione della galleria di base")))[0]
    assert statement.title.startswith("La presidente della Confederazione ha avuto")
    assert statement.published_at == "2026-03-11"
    assert statement.place == "Lessa"
    assert statement.text.endswith("nel settore della ricerca.")


def test_answers_to_journalists_questions_after_a_speech_make_a_press_conference() -> None:
    title = ("Intervenção do Primeiro-Ministro à saída da Cimeira de Lessa e resposta a "
             "perguntas dos jornalistas")
    assert classify_kind(title=title, lead=None, text="Lessa.")[0] == "press_conference"


def test_a_summary_between_the_title_and_the_date_line_is_the_lead() -> None:
    page = text_page(dump(
        "Você está aqui: Página Inicial > Notícias > 2026 > 03", "AGENDA",
        "Presidente Velden vai visitar obras da Ferrovia de Lessa na segunda-feira (16)",
        "Presidente acompanhará o avanço das obras no trecho entre Lessa e Porto Anil e "
        "participará de reunião com trabalhadores do canteiro",
        "Publicado em 13/03/2026 18h20 Atualizado em 13/03/2026 19h45",
        "O presidente Amara Velden vai visitar na próxima segunda-feira, 16 de março, as "
        "obras da Ferrovia de Lessa, no trecho de 214 quilômetros entre Lessa e Porto Anil.",
        "A comitiva presidencial chega a Lessa às 9h."))
    statement = parse_page(page)[0]
    assert statement.title.startswith("Presidente Velden vai visitar obras")
    assert (statement.lead or "").startswith("Presidente acompanhará o avanço")
    assert statement.published_at == "2026-03-13T18:20"
    # A fuller title under a short one is the title's, no summary.
    condolence = parse_page(text_page(dump(
        "Speeches", "Message of Condolence on the Passing of Hon. Dr. Oskar Lind",
        "Message of Condolence by H.E. President Amara Velden on the Passing of Hon. Dr. "
        "Oskar Lind, former Speaker of the National Assembly",
        "Presidential Communication Unit", "March 14, 2026",
        "It is with deep sorrow that I have received the news of the passing of Hon. Dr. "
        "Oskar Lind, former Speaker of the National Assembly.")))[0]
    assert condolence.title.startswith("Message of Condolence by H.E. President Amara Velden")


@pytest.mark.parametrize(("text", "iso"), [
    ("Palacio Real de Lessa. Lessa, 11.03.2026", "2026-03-11"),
])
def test_a_venue_before_a_datelines_place_leaves_it_a_date_line(text: str, iso: str) -> None:
    from communique.extract.text import classify
    line = classify(text)
    assert (line.kind, line.date) == ("date", iso)
    assert classify("He said it. Lessa, 11.03.2026").kind == "text"


def test_a_galleries_heading_and_a_row_of_print_and_mail_links_end_a_dump() -> None:
    for tail in (["Galería de imágenes", "Su Majestad el Rey entrega el premio. © Casa Real"],
                 ["Εκτύπωση | Αποστολή με email"], ["Printaj | Podijeli"],
                 ["Zdjęcia (8)", "Premier Amara Velden i premier Oskar Lind"]):
        statement = parse_page(text_page(dump(
            "Palabras del Presidente en la entrega de los Premios Nacionales de Lessa",
            "11.03.2026", "Señoras y señores:",
            "Es para mí una enorme satisfacción presidir la entrega de los premios.",
            "Muchas gracias.", *tail)))[0]
        assert statement.text.endswith("Muchas gracias."), tail


def test_a_front_matters_language_tag_gives_its_primary_subtag() -> None:
    from communique.models import Page, Source
    page = Page(content="---\ntitle: Čestitka predsedniku Saldovije\nlang: sr-Latn\n"
                        "date: 2026-03-12\n---\n\nPredsednik Amara Velden uputio je čestitku "
                        "predsedniku Saldovije Oskaru Lindu.\n",
                format="markdown", source=Source(format="markdown", path="p.md"))
    assert parse_page(page)[0].language == "sr"


@pytest.mark.parametrize("label", ["Northgate Wire", "Diário de Lessa", "Lessa Hírlap",
                                   "Riporter", "ΔΗΜΟΣΙΟΓΡΑΦΟΣ"])
def test_an_outlets_name_or_a_reporters_word_as_a_label_asks_unnamed(label: str) -> None:
    from communique.parse.speakers import SpeakerNames
    assert SpeakerNames([label, "Amara Velden"]).resolve(label) is None


def test_an_outlets_initials_as_a_label_name_no_one() -> None:
    from communique.parse.speakers import SpeakerNames
    names = SpeakerNames(["KR", "Amara Velden"], context="Interview der Bundeskanzlerin Amara "
                                                         "Velden mit der Kressburger Rundschau")
    assert names.resolve("KR") is None


@pytest.mark.parametrize(("label", "name"), [
    ("Cap de Govern", "Oskar Lind"), ("Presidente da República", "Amara Velden Moreno"),
    ("Vocero", "Joaquín Pereda"), ("Vizekanzlerin Sabine Lind", "Sabine Lind"),
    ("VK'in Lind", "Sabine Lind"), ("Sra. Galarza", "Inés Galarza Ruiz"),
    ("Președintele Saldoviei, domnul Sorin Marga", "Sorin Marga"),
])
def test_office_labels_find_the_name_the_page_writes_beside_the_office(
        label: str, name: str) -> None:
    from communique.parse.speakers import SpeakerNames
    names = SpeakerNames([label, "Vizekanzlerin Sabine Lind"], evidence=["Inés Galarza Ruiz"],
                         context="El cap de Govern, Oskar Lind, va presentar el pressupost. "
                                 "O Presidente da República, Amara Velden Moreno, recebeu. "
                                 "Rueda de prensa del vocero de la Cancillería, Joaquín Pereda")
    assert names.resolve(label) == name


@pytest.mark.parametrize(("label", "title"), [
    ("Question", "Interview of President Amara Velden to the Lessa Daily"),
    ("Питање", "Интервју председника Амаре Велден за дневни лист „Леса“"),
])
def test_labelled_questions_over_unlabelled_answers_give_the_answers_turns(
        label: str, title: str) -> None:
    body = (f"<p>Mr President, thank you for the interview.</p>"
            f"<p><strong>{label}:</strong> What was the greatest success of your year?</p>"
            "<p>The greatest success is that we kept the economy growing.</p>"
            f"<p><strong>{label}:</strong> And the greatest failure?</p>"
            "<p>We were too slow on the reform of the courts.</p>"
            "<p>We will finish it this year.</p>")
    statement = parse_page(html_page(body, heading=title))[0]
    assert [t.role for t in statement.turns] == ["question", "answer"] * 2
    assert statement.turns[3].text == ("We were too slow on the reform of the courts.\n"
                                       "We will finish it this year.")


def test_a_bulgarian_womans_name_stays_as_written() -> None:
    body = ("<p>Министър-председателят Амара Велдена се срещна днес в Министерския съвет с "
            "министъра на външните работи на Салдовия Оскар Линд.</p>"
            "<p>Двамата обсъдиха търговията и енергетиката.</p>")
    statement = parse_page(html_page(body, heading="Министър-председателят Амара Велдена се "
                                                   "срещна с министъра Оскар Линд",
                                     head="<meta http-equiv='content-language' content='bg'>"))[0]
    assert "Амара Велдена" in [p.name for p in statement.participants]


def test_a_programmes_times_are_no_speakers_and_leave_an_announcement() -> None:
    statement = parse_page(text_page(dump(
        "Terminankündigung", "Staatsbesuch des Präsidenten der Republik Saldovien",
        "Veröffentlicht am 13.03.2026",
        "Am Dienstag, 17. März 2026, wird der Präsident der Republik Saldovien, Oskar Lind, "
        "von Bundespräsidentin Amara Velden zu einem Staatsbesuch in der Hofburg empfangen.",
        "Programm", "10:00 Uhr: Empfang mit militärischen Ehren am Heldenplatz",
        "10:30 Uhr: Gespräch unter vier Augen", "13:00 Uhr: Arbeitsmittagessen",
        "Am Nachmittag trifft Präsident Lind den Bundeskanzler im Bundeskanzleramt.")))[0]
    assert statement.turns == []
    assert statement.kind == "announcement"


@pytest.mark.parametrize("meta", [
    "<p class='article-date'>Publié le 14 novembre 2025 &middot; Lessa</p>",
    "<p class='meta'>14 novembre 2025</p><div class='field field--name-field-ort'>Lessa</div>",
    "<p class='meta'>14 novembre 2025 <span class='city'>Lessa</span></p>",
    "<p class='meta'>14 novembre 2025 · <span class='ort'>Ort: Lessa</span></p>",
])
def test_a_place_beside_the_date_in_a_field_or_after_a_dot_is_read(meta: str) -> None:
    body = (f"{meta}<p>Monsieur le Président, Mesdames et Messieurs,</p>"
            "<p>Je veux d'abord remercier nos hôtes pour la qualité de leur accueil et pour "
            "le travail accompli pendant ce sommet.</p>")
    statement = parse_page(html_page(body, heading="Discours du Président au sommet de Lessa"))[0]
    assert statement.place == "Lessa"


def test_a_section_word_between_the_date_and_the_dateline_and_a_greeting_stay_out_of_the_lead(
        ) -> None:
    statement = parse_page(text_page(dump(
        "Inicio > Sala de prensa > Intervencións do presidente",
        "Intervención do presidente da Xunta, Amara Velden, na inauguración do peirao de Lessa",
        "12/03/2026", "Presidencia", "Lessa, 12 de marzo de 2026.", "Imprimir",
        "Compartir en Facebook", "Enviar por correo", "Boas tardes a todos e a todas.",
        "Alcalde de Lessa, patrón maior da confraría, veciñas e veciños:",
        "Hoxe é un día grande para Lessa. Despois de once anos de trámites, o porto ten por "
        "fin o peirao que merece.", "Moitas grazas.", "Galería de imaxes",
        "Outras intervencións", "Intervención do presidente da Xunta no Parlamento",
        "11/03/2026", "Intervención do presidente da Xunta na entrega das Medallas",
        "09/03/2026")))[0]
    assert statement.complete
    assert statement.title.startswith("Intervención do presidente da Xunta, Amara Velden")
    assert (statement.kind, statement.published_at, statement.place) == \
        ("speech", "2026-03-12", "Lessa")
    assert statement.text.startswith("Boas tardes a todos e a todas.")
    assert statement.text.endswith("Moitas grazas.")


def test_a_briefings_bare_answers_are_the_one_its_lead_names() -> None:
    statement = parse_page(text_page(dump(
        "Пресс-служба / Брифинги", "Брифинг официального представителя МИД А.С.Велдиной",
        "14 марта 2024 года 12:05",
        "Официальный представитель МИД Анна Велдина ответила на вопросы журналистов.",
        "Вопрос: Как в МИД оценивают итоги саммита в Лессе?",
        "Ответ: Итоги мы оцениваем положительно.",
        "Вопрос: Планируется ли визит министра в Салдовию?",
        "Ответ: Такой визит обсуждается.")))[0]
    assert statement.kind == "press_conference"
    assert [t.speaker for t in statement.turns] == [None, "Анна Велдина"] * 2


def test_a_label_of_an_office_whose_holder_the_title_names_before_the_lead() -> None:
    statement = parse_page(text_page(dump(
        "Sala de prensa / Conferencias de prensa",
        "Rueda de prensa del vocero de la Cancillería, Oskar Lind",
        "Martes, 12 de marzo de 2024 | 11:30 h",
        "El vocero de la Cancillería, Oskar Lind, informó sobre la gira del canciller.",
        "Vocero: Buenos días. El canciller inicia mañana una gira por Veloria.",
        "Periodista (Radio Lessa): ¿El acuerdo incluye a los trabajadores temporales?",
        "Vocero: No. El acuerdo cubre estancias de hasta noventa días.",
        "Share this page · Facebook · X")))[0]
    assert [t.speaker for t in statement.turns] == ["Oskar Lind", None, "Oskar Lind"]
    assert statement.text.endswith("hasta noventa días.")


@pytest.mark.parametrize(("name", "written", "nominative"), [
    ("Saldovie Oskarom Lindom", "Prezident Oskar Lind poďakoval.", "Oskar Lind"),
    ("Oskarom Lindom", "Prezident Oskar Lind poďakoval.", "Oskar Lind"),
    ("Oskariem Lindem", "premier Oskari Lind powiedział", "Oskari Lind"),
])
def test_a_name_in_a_case_with_its_countrys_genitive_before_it_is_the_one_written(
        name: str, written: str, nominative: str) -> None:
    from communique.parse.participants import written_nominative
    assert written_nominative(name, written) == nominative


@pytest.mark.parametrize(("texts", "place"), [
    (["Done at Lessa, 12 March 2026, in two originals, each in the Velorian and English "
      "languages, all texts being equally authentic."], "Lessa"),
    (["DONE, in the City of Port Lessa, this 9th day of January, in the year Two Thousand "
      "and Twenty-Six."], "Port Lessa"),
    (["Lessa, dne 12. marca 2026", "Amara Velden"], "Lessa"),
])
def test_closing_formulas_of_more_shapes_give_their_place(texts: list[str], place: str) -> None:
    from communique.extract.header import closing_place
    assert closing_place(["The text of the declaration.", *texts]) == place


def test_a_copy_link_line_and_a_subjects_line_are_no_text() -> None:
    statement = parse_page(text_page(dump(
        "Presidente conversa por telefone com o presidente de Saldovia",
        "Líderes trataram da conclusão do acordo comercial e da cooperação em energia eólica "
        "no mar de Lessa",
        "Publicado em 11/03/2026 16h47 Atualizado em 11/03/2026 17h10", "Compartilhe:",
        "Compartilhe por Facebook", "link para Copiar para área de transferência",
        "O presidente Amara Velden conversou por telefone nesta quarta-feira com o presidente "
        "de Saldovia, Oskar Lind.", "Os dois líderes trataram da reta final das negociações.",
        "Assuntos: Relações Exteriores, Comércio Exterior", "Veja também")))[0]
    assert statement.text.startswith("O presidente Amara Velden") or \
        (statement.lead or "").startswith("O presidente Amara Velden")
    assert statement.text.endswith("reta final das negociações.")


def test_a_gallery_whose_slides_carry_a_credit_beside_their_caption_is_dropped() -> None:
    from communique.errors import PageDropped
    from communique.extract.html import extract_html
    slides = "".join(
        f"<div class='galeria-item'><a href='#'><img src='/g/{n}.jpg' alt=''></a>"
        f"<p class='galeria-legenda'>Presidente Amara Velden cumprimenta pescadores em "
        f"Lessa ({n}).</p>"
        f"<p class='galeria-credito'>Foto: Oskar Lind/PR</p></div>" for n in range(1, 6))
    page = html_page(f"<p>12/03/2026</p><p>5 fotos</p>{slides}",
                     heading="Lançamento do Programa Rios Vivos em Lessa")
    with pytest.raises(PageDropped):
        extract_html(page)


def test_a_front_matters_numeric_date_is_read_in_its_languages_order() -> None:
    from communique.models import Page, Source
    page = Page(content="---\ntitle: Presidente recebe em audiência a Representante de Lessa\n"
                        "date: \"11/03/2026 10:05\"\nlang: pt\n---\n\nO Presidente da "
                        "República, Amara Velden, recebeu esta quarta-feira em audiência a "
                        "Representante de Lessa, Oskar Lind.\n",
                format="markdown", source=Source(format="markdown", path="p.md"))
    assert parse_page(page)[0].published_at == "2026-03-11T10:05"


def test_a_release_date_label_after_a_reference_number_dates_the_page() -> None:
    from communique.extract.header import read_date_line
    found = read_date_line("Reference Number: PR260412en, Release Date: 12 March 2026")
    assert found is not None and found[0] == "2026-03-12"
