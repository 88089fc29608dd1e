"""Pages of shapes a blind round (other sites' templates and languages, plain-text dumps,
readouts naming institutions and regions) found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest

from communique.models import Page, Source, Statement
from communique.parse.names import in_nominative, names_in
from communique.pipeline import parse_page
from tests.pages import dump, html_page, text_page


def markdown_page(text: str) -> Page:
    return Page(content=text, format="markdown", source=Source(format="markdown", path="x.md"))


def sides(statement: Statement) -> list[tuple[str, str]]:
    """A statement's participants as (name, role) pairs, in order."""
    return [(p.name, p.role) for p in statement.participants]


@pytest.mark.parametrize(("sentence", "names"), [
    ("The minister hosted a meeting today with Partnership for Central Veloria (PVC) "
     "leaders Amara Velden and Radek Oster.", ["Amara Velden", "Radek Oster"]),
    ("Members of the Presidency of Bosnia and Herzegovina Amara Velden and Radek Oster met "
     "the Secretary.", ["Amara Velden", "Radek Oster"]),
    ("The Foundation for Lessa Harbour thanked the President.", []),
    ("The President spoke with leaders of Latin America and the Caribbean.", []),
    # A statement "of" a person is no institution's: the name stays.
    ("Statement of Amara Velden on the anniversary of the republic", ["Amara Velden"]),
])
def test_the_end_of_an_institutions_or_a_regions_name_is_no_person(
        sentence: str, names: list[str]) -> None:
    assert names_in(sentence) == names


def test_a_topics_bold_heading_over_quoted_words_is_no_speaker() -> None:
    page = markdown_page(
        "---\ntitle: President Velden sets out her plans in an exclusive interview\n"
        "date: '2025-03-14'\n---\n\n"
        "In an hour-long interview with Lessa Radio, President Amara Velden spoke about the "
        "economy, the harbour and the coming elections.\n\n"
        "-   **On Artificial Intelligence:** “It is a big deal. We lead by a lot.”\n"
        "-   **On the economy:** “Our growth is strong and the budget is balanced.”\n"
        "-   **On Veloria:** “We are talking to Veloria. We have many friends there.”\n"
        "-   **On the Lessa harbour:** “The new quay opens next spring.”\n"
        "-   **On Prime Minister Radek Oster of Saldovia:** “We speak every week.”\n")
    statement = parse_page(page)[0]
    assert statement.turns == []
    assert [p.name for p in statement.participants] == ["Amara Velden"]


@pytest.mark.parametrize(("title", "opening", "kind"), [
    # Polish: an announcement by its title's word, or by "złoży oficjalną wizytę" in a first
    # sentence that opens with a year's "r." (no sentence's end).
    ("Zapowiedź wizyty Prezydent Amary Velden w Republice Veloria",
     "Prezydent Amara Velden odwiedzi Republikę Veloria.", "announcement"),
    ("Wizyta Prezydent Amary Velden w Republice Veloria",
     "W dniach 20–21 marca 2025 r. Prezydent Amara Velden złoży oficjalną wizytę w Republice "
     "Veloria.", "announcement"),
    ("Wizyta Prezydenta Veloria w Lessie",
     "Prezydent Amara Velden przyjęła dziś Prezydenta Veloria.", "meeting"),
    # A release's genre, then what it is about: the subject names the kind.
    ("Comunicat de presă privind întâlnirea Președintelui Amara Velden cu Prim-ministrul "
     "Radek Oster", "Președintele Amara Velden a avut o întâlnire de lucru.", "meeting"),
    ("Press release on the telephone conversation between President Amara Velden and "
     "Prime Minister Radek Oster", "The two leaders spoke today.", "phone_call"),
])
def test_a_kind_read_past_a_genre_word_or_a_years_abbreviation(
        title: str, opening: str, kind: str) -> None:
    page = html_page(f"<p>{opening}</p><p>Lessa, the capital, welcomed the news.</p>",
                     heading=title)
    assert parse_page(page)[0].kind == kind


@pytest.mark.parametrize(("opening", "caller", "callee"), [
    ("Bundeskanzler Radek Oster hat heute mit dem Präsidenten der Republik Veloria, Oskar "
     "Lind, telefoniert. Der Anruf erfolgte auf Wunsch des velorischen Präsidenten.",
     "Oskar Lind", "Radek Oster"),
    ("A Presidente de Saldóvia, Amara Velden, manteve hoje uma conversa telefónica com o "
     "Presidente da República de Veloria, Oskar Lind, por iniciativa da parte veloriana.",
     "Oskar Lind", "Amara Velden"),
    ("President Amara Velden had a telephone conversation with Prime Minister of Veloria "
     "Oskar Lind at the initiative of the Velorian side.", "Oskar Lind", "Amara Velden"),
    # The initiative of the side named first: the order stands.
    ("President Amara Velden had a telephone conversation with Prime Minister of Veloria "
     "Oskar Lind at the initiative of the Saldovian side. President Velden of Saldovia "
     "thanked him.", "Amara Velden", "Oskar Lind"),
])
def test_the_side_whose_initiative_a_call_was_called(opening: str, caller: str,
                                                      callee: str) -> None:
    page = html_page(f"<p>{opening}</p><p>They discussed the harbour and the railway.</p>",
                     heading="Telephone conversation")
    statement = parse_page(page)[0]
    roles = {p.role: p.name for p in statement.participants}
    assert (roles.get("caller"), roles.get("callee")) == (caller, callee)


def test_a_polish_titles_name_declined_as_nouns_is_read_in_the_nominative() -> None:
    page = html_page("<p>Prezydent rozmawiała dziś z Prezydentem Veloria o współpracy "
                     "gospodarczej i o budowie nowego portu w Lessie.</p>",
                     heading="Rozmowa telefoniczna z Prezydentem Veloria Tomasem Arkellem")
    statement = parse_page(page)[0]
    assert ("Tomas Arkell", "callee") in sides(statement)
    assert all(p.name != "Tomasem Arkellem" for p in statement.participants)


def test_a_feed_items_title_ending_in_a_year_glued_to_its_date() -> None:
    page = text_page(dump(
        "Telefonat von Bundeskanzler Radek Oster mit Präsident Oskar Lind",
        "14.03.2025, 18:05",
        "Bundeskanzler Radek Oster hat heute mit Präsident Oskar Lind telefoniert.",
        "Beide vereinbarten, in engem Kontakt zu bleiben.",
        "Das könnte Sie auch interessieren",
        "Pressestatement von Bundeskanzler Oster nach dem Treffen mit Präsidentin Velden"
        "13. März 2025",
        "Rede des Bundeskanzlers im Parlament zum Haushalt 202512. März 2025"))
    teasers = [(s.title, s.published_at) for s in parse_page(page) if not s.complete]
    assert ("Rede des Bundeskanzlers im Parlament zum Haushalt 2025", "2025-03-12") in teasers
    assert len(teasers) == 2


def test_letter_questions_without_a_question_mark_or_with_a_topic_and_its_colon() -> None:
    page = html_page(
        "<p>Intervista del Presidente del Consiglio, Federica Colasanti, a «Il Corriere di "
        "Lessa», a firma di Mira Haldane.</p>"
        "<p>D. Presidente, che cosa chiederà al governo di Lessa?</p>"
        "<p>R. Non vengo a chiedere, vengo a proporre un accordo.</p>"
        "<p>D. Alcuni partner la accusano di voler esternalizzare il problema.</p>"
        "<p>R. È una critica che respingo.</p>"
        "<p>D. Sull'energia: il gasdotto si farà?</p>"
        "<p>R. Sì, entro il 2026.</p>",
        heading="Intervista del Presidente Colasanti a «Il Corriere di Lessa»")
    statement = parse_page(page)[0]
    assert [t.role for t in statement.turns] == ["question", "answer"] * 3
    assert statement.turns[4].text == "Sull'energia: il gasdotto si farà?"
    assert {t.speaker for t in statement.turns if t.role == "question"} == {"Mira Haldane"}


def test_korean_one_syllable_question_and_answer_labels() -> None:
    page = html_page(
        "<p>한서윤 대통령은 레사 헤럴드와 인터뷰를 가졌다.</p>"
        "<p>문. 이번 방문의 의미는 무엇입니까?</p>"
        "<p>답. 양국 관계를 격상하고자 합니다.</p>"
        "<p>문. 항만 협력 계획이 있습니까?</p>"
        "<p>답. 여러 건의 양해각서가 체결될 것입니다.</p>",
        heading="한서윤 대통령, 레사 헤럴드 인터뷰")
    statement = parse_page(page)[0]
    assert [(t.role, t.text[:2]) for t in statement.turns] == [
        ("question", "이번"), ("answer", "양국"), ("question", "항만"), ("answer", "여러")]


def test_a_topics_heading_over_the_next_question_is_no_part_of_the_answer() -> None:
    page = html_page(
        "<h2>Opening remarks</h2>"
        "<p>Minister Lind: The Foreign Minister of Saldovia visits Lessa next week.</p>"
        "<h2>The harbour agreement</h2>"
        "<p>Question (Mira Haldane, Lessa Herald): Will the harbour agreement be signed?</p>"
        "<p>Minister Lind: Nothing is decided yet.</p>"
        "<h2>Fisheries</h2>"
        "<p>Question (Jonas Prell, Lessa Radio): What about the fisheries?</p>"
        "<p>Minister Lind: We follow international law.</p>",
        heading="Press conference by Foreign Minister Oskar Lind")
    statement = parse_page(page)[0]
    assert [t.text for t in statement.turns if t.speaker == "Minister Lind"
            or t.speaker == "Oskar Lind"] == [
        "The Foreign Minister of Saldovia visits Lessa next week.", "Nothing is decided yet.",
        "We follow international law."]
    assert "The harbour agreement" in statement.text


def test_an_offices_label_with_its_holder_in_brackets_and_a_bold_letters_asker() -> None:
    page = html_page(
        "<p><strong>Presidenta de la República de Saldovia (Amara Velden).- </strong>"
        "(Traducción no oficial) Buenas tardes. Es un honor recibir al presidente.</p>"
        "<p><strong>Presidente del Gobierno (Martín Lozano).- </strong>Muchas gracias, "
        "presidenta.</p>"
        "<p><strong>P.- </strong>(Mira Haldane, Televisión Saldovia) Presidente, ¿apoyará "
        "España la adhesión de Saldovia?</p>"
        "<p><strong>Presidente del Gobierno.- </strong>Sí, y lo hemos dicho con claridad.</p>"
        "<p><strong>Presidenta de la República de Saldovia.- </strong>Si me permiten añadir "
        "algo: gracias.</p>",
        heading="Rueda de prensa en Lessa")
    statement = parse_page(page)[0]
    assert [(t.speaker, t.role) for t in statement.turns] == [
        ("Amara Velden", "statement"), ("Martín Lozano", "statement"),
        ("Mira Haldane", "question"), ("Martín Lozano", "answer"), ("Amara Velden", "answer")]
    assert statement.turns[2].text.startswith("Presidente, ¿apoyará")


def test_a_journalist_naming_themself_and_an_outlet_of_a_place_and_a_medium() -> None:
    page = text_page(dump(
        "Conférence de presse conjointe à Lessa",
        "14 mars 2025",
        "LA PRÉSIDENTE VELDEN : Mesdames et Messieurs, bonjour.",
        "LE MINISTRE LIND : Merci, Madame la Présidente.",
        "QUESTION : Mira Haldane, Radio Lessa. Madame la Présidente, l'accord prévoit-il un "
        "arbitrage ?",
        "LA PRÉSIDENTE VELDEN : Oui.",
        "QUESTION : Jonas Prell, Veloria Presse. Monsieur le Ministre, que répondez-vous ?",
        "LE MINISTRE LIND : Je réponds que l'accord protège les agriculteurs."))
    statement = parse_page(page)[0]
    assert [t.speaker for t in statement.turns if t.role == "question"] == [
        "Mira Haldane", "Jonas Prell"]
    assert "Ministre Lind" in {t.speaker for t in statement.turns}


@pytest.mark.parametrize(("title", "body", "sender", "addressee"), [
    ("Kondolencje Prezydenta po katastrofie kolejowej w Saldowii",
     "<p>Prezydent Tomasz Wierzbicki przesłał na ręce Prezydent Republiki Saldowii Amary Velden "
     "kondolencje w związku z katastrofą kolejową.</p><p>Szanowna Pani Prezydent,</p>"
     "<p>z głębokim smutkiem przyjąłem wiadomość o katastrofie.</p>"
     "<p>Z wyrazami szacunku</p><p>Tomasz Wierzbicki</p>",
     "Tomasz Wierzbicki", "Amara Velden"),
    ("Kondolenzschreiben an die Präsidentin der Republik Saldovien",
     "<p>Bundespräsident Friedrich Albrecht hat der Präsidentin der Republik Saldovien, Amara "
     "Velden, zu den Opfern des Erdbebens kondoliert.</p>"
     "<p>„Sehr geehrte Frau Präsidentin,</p><p>mit Bestürzung habe ich die Nachricht erhalten."
     "</p><p>Mit stillem Gruß</p><p>Ihr Friedrich Albrecht“</p>",
     "Friedrich Albrecht", "Amara Velden"),
])
def test_a_condolence_letters_sender_and_addressee(title: str, body: str, sender: str,
                                                   addressee: str) -> None:
    statement = parse_page(html_page(body, heading=title))[0]
    assert statement.kind == "letter"
    roles = {p.role: p.name for p in statement.participants}
    assert (roles.get("sender"), roles.get("addressee")) == (sender, addressee)


@pytest.mark.parametrize(("title", "opening", "expected"), [
    # A speech's lead with its speaker's possessive.
    ("PM speech at the Lessa Security Conference",
     "Prime Minister Eleanor Whitcombe's speech at the Lessa Security Conference in Saldovia.",
     [("Eleanor Whitcombe", "speaker")]),
    # A place of six words between the verb and "con".
    ("Echevarría y el primer ministro de Saldovia acuerdan reforzar la cooperación",
     "El presidente del Gobierno, Martín Echevarría, se ha reunido en el Palacio de La "
     "Moncloa con el primer ministro de la República de Saldovia, Radek Oster.",
     [("Martín Echevarría", "host"), ("Radek Oster", "guest")]),
    # Finnish: the surname before "kanssa" is in the genitive.
    ("Pääministeri Halonen keskusteli puhelimessa Saldovian pääministerin kanssa",
     "Pääministeri Aino Halonen keskusteli tiistaina puhelimessa Saldovian pääministerin "
     "Radek Osterin kanssa.", [("Aino Halonen", "caller"), ("Radek Oster", "callee")]),
    # Slovak: a man's name received, in the accusative.
    ("Prezident prijal saldovského ministra zahraničných vecí",
     "Prezident Slovenskej republiky Marek Hrdlička prijal v utorok v Prezidentskom paláci "
     "ministra zahraničných vecí Republiky Saldovia Oskara Linda.",
     [("Marek Hrdlička", "host"), ("Oskar Lind", "guest")]),
])
def test_participants_of_leads_in_other_shapes_and_cases(
        title: str, opening: str, expected: list[tuple[str, str]]) -> None:
    statement = parse_page(html_page(f"<p>{opening}</p><p>Lessa.</p>", heading=title))[0]
    assert sides(statement)[:len(expected)] == expected


@pytest.mark.parametrize(("title", "kind"), [
    ("Prezidentas Jonas Kairys lankysis Saldovijoje", "announcement"),
    ("Valsts prezidents apmeklēs Saldoviju", "announcement"),
    ("वेलोरिया की यात्रा से पहले प्रधानमंत्री का प्रस्थान वक्तव्य", "statement"),
])
def test_kinds_of_lithuanian_and_latvian_futures_and_a_hindi_statement(title: str,
                                                                          kind: str) -> None:
    statement = parse_page(html_page("<p>Lessa, 14 March 2025.</p><p>Lessa.</p>",
                                     heading=title))[0]
    assert statement.kind == kind


def test_an_offices_abbreviation_in_a_label_and_a_subtitle_of_two_words() -> None:
    body = ("<p class='subtitle'>in Berlin</p><div class='text'>"
            "<p><strong>BK Reimer:</strong> Meine Damen und Herren, herzlich willkommen.</p>"
            "<p><strong>Premierminister Oster:</strong> Vielen Dank, Herr Bundeskanzler.</p>"
            "<p><strong>Frage (Mira Haldane, Saldovisches Fernsehen):</strong> Herr "
            "Bundeskanzler, wird Deutschland die Pipeline mitfinanzieren?</p>"
            "<p><strong>BK Reimer:</strong> Darüber sprechen wir.</p></div>")
    statement = parse_page(html_page(
        body, heading="Pressekonferenz von Bundeskanzler Reimer und Premierminister Oster"))[0]
    assert statement.lead is None
    assert [t.speaker for t in statement.turns] == [
        "Bundeskanzler Reimer", "Premierminister Oster", "Mira Haldane", "Bundeskanzler Reimer"]


@pytest.mark.parametrize(("name", "sentence", "language", "expected"), [
    # Kazakh: a foreign surname's dative ending right after its last consonant.
    ("Амара Велденге", "Президент Амара Велденге баяндады.", "kk", "Амара Велден"),
    ("Оскар Линдті", "Мемлекет басшысы Оскар Линдті қабылдады.", "kk", "Оскар Линд"),
    # Russian: a surname left undeclined beside a given name that reads as a man's genitive
    # is a woman's, and so is her given name.
    ("Мира Голдейн", "Вопрос: Мира Голдейн, телеканал «Лесса-24».", "ru", "Мира Голдейн"),
    ("Томаса Аркелла", "в честь Томаса Аркелла", "ru", "Томас Аркелл"),
])
def test_names_in_the_nominative_by_their_endings(name: str, sentence: str, language: str,
                                                 expected: str) -> None:
    assert in_nominative(name, sentence, language) == expected


def test_a_briefings_venue_city_and_starting_time_under_its_date() -> None:
    page = text_page(dump(
        "Home / Newsroom / Press Conferences",
        "Remarks by President Velden and Prime Minister Marrow in Joint Press Conference",
        "March 14, 2025",
        "Presidential Palace",
        "Lessa, Saldovia",
        "2:05 P.M. LST",
        "PRESIDENT VELDEN: Good afternoon, everyone. Please, have a seat.",
        "PRIME MINISTER MARROW: Thank you, Madam President.",
        "PRESIDENT VELDEN: Thank you all very much."))
    statement = parse_page(page)[0]
    assert statement.published_at == "2025-03-14T14:05"
    assert statement.place == "Presidential Palace, Lessa, Saldovia"
    assert statement.text.startswith("PRESIDENT VELDEN: Good afternoon")


@pytest.mark.parametrize(("title", "body", "kind"), [
    # An executive order titled by its subject, known by its formula.
    ("Strengthening Coastal Resilience Across Saldovia",
     "<p>By the authority vested in me as President by the Constitution of Saldovia, it is "
     "hereby ordered:</p><p><strong>Section 1. Purpose.</strong> Rising seas threaten the "
     "coast.</p>", "document"),
    # A law by its numbered title; its signature and its preamble in capitals are no turns.
    ("Ley 7/2025, de 2 de abril, de Transparencia en la Contratación Pública",
     "<p class='centro'>TOMÁS RIBEIRA QUIROGA</p><p>A todos los que la presente vieren y "
     "entendieren.</p><p class='centro'>PREÁMBULO</p><p>La contratación pública debe ser "
     "transparente.</p><p>Artículo 1. Objeto.</p><p>Esta ley regula la contratación.</p>",
     "document"),
])
def test_documents_by_their_formula_or_numbered_title(title: str, body: str,
                                                       kind: str) -> None:
    statement = parse_page(html_page(body, heading=title))[0]
    assert statement.kind == kind
    assert statement.turns == []


def test_a_dated_update_note_in_bold_is_no_speakers_label() -> None:
    page = html_page(
        "<p>Prime Minister Radek Oster said:</p>"
        "<p>“My thoughts are with the people of Korvin tonight.”</p>"
        "<p><strong>Updated 15 March 2025:</strong> The number of residents evacuated has "
        "been revised to 1,200.</p>",
        heading="Prime Minister's statement on the Korvin fire")
    statement = parse_page(page)[0]
    assert statement.turns == []
    assert all("2025" not in p.name for p in statement.participants)
    assert "Updated 15 March 2025: The number" in statement.text


@pytest.mark.parametrize(("subtitle", "place"), [
    ("Palazzo Aldeni, Lessa", "Palazzo Aldeni, Lessa"),
    ("in Lessa", "Lessa"),
])
def test_a_subtitle_naming_the_venue_is_the_place_not_the_lead(subtitle: str,
                                                               place: str) -> None:
    page = ("<html><head><title>Conferenza stampa</title></head><body><div class='article'>"
            "<h1>Conferenza stampa al termine del Consiglio dei Ministri</h1>"
            f"<p class='subtitle'>{subtitle}</p><div class='testo'>"
            "<p><strong>Presidente Colasanti:</strong> Buonasera a tutti.</p>"
            "<p><strong>Domanda:</strong> Presidente, quando?</p>"
            "<p><strong>Presidente Colasanti:</strong> Presto.</p></div></div></body></html>")
    statement = parse_page(Page(content=page, format="html",
                                source=Source(format="html", path="p.html")))[0]
    assert statement.lead is None
    assert statement.place == place


def test_an_interviews_credit_closing_its_lead_names_the_asker() -> None:
    page = html_page(
        "<p>Herr Bundeskanzler, sinken die Strompreise?</p><p>Ja, ab Januar.</p>"
        "<p>Das reicht den Verbänden nicht.</p><p>Wir tun, was wir können.</p>",
        heading="„Wir dürfen die Industrie nicht verlieren“",
        head="<meta name='description' content='Bundeskanzler Radek Oster hat der Lessaer "
             "Allgemeinen ein Interview gegeben. Er spricht über Energiepreise und Migration. "
             "Das Gespräch führte Mira Haldane.'>")
    statement = parse_page(page)[0]
    assert ("Mira Haldane", "interviewer") in sides(statement)


def test_a_tables_reporter_label_with_a_full_width_bracketed_note() -> None:
    rows = "".join(f"<tr><td>{label}</td><td>{words}</td></tr>" for label, words in (
        ("オスター総理", "本日、ヴェルデン大統領をお迎えできてうれしく思います。"),
        ("ヴェルデン大統領", "温かい歓迎に感謝します。"),
        ("司会", "それでは、質疑応答に移ります。"),
        ("記者（サルドヴィア放送 ハルデン）", "総理に伺います。協定はいつ妥結しますか。"),
        ("オスター総理", "年内の妥結を目指します。"),
        ("記者（ヴェロリア通信）", "大統領に伺います。投資の計画はありますか。"),
        ("ヴェルデン大統領", "来月、経済ミッションを派遣します。"),
        ("司会", "以上をもちまして、会見を終了いたします。")))
    statement = parse_page(html_page(f"<table>{rows}</table>", heading="共同記者会見"))[0]
    assert [t.role for t in statement.turns] == [
        "statement", "statement", "statement", "question", "answer", "question", "answer",
        "statement"]
    assert statement.turns[3].text == "総理に伺います。協定はいつ妥結しますか。"


def teasers_of(text: str) -> list[tuple[bool, str | None, str | None]]:
    return [(s.complete, s.published_at, s.title) for s in parse_page(text_page(text))]


def test_a_listing_of_titles_timed_at_their_end_under_days() -> None:
    assert teasers_of(dump(
        "Home / News", "News",
        "Vendredi 14 mars 2025",
        "Entretien téléphonique avec le Premier ministre de Saldovie16h30",
        "Conseil de défense et de sécurité nationale10h00",
        "Jeudi 13 mars 2025",
        "Discours du Président Amara Velden devant le Conseil économique18h15",
        "Réception des ambassadeurs étrangers11h00",
        "12 March 2025",
        "Conseil des ministres10:00",
        "The President chaired the weekly meeting of the government.",
        "Charger plus d'actualités")) == [
        (False, "2025-03-14T16:30", "Entretien téléphonique avec le Premier ministre de Saldovie"),
        (False, "2025-03-14T10:00", "Conseil de défense et de sécurité nationale"),
        (False, "2025-03-13T18:15",
         "Discours du Président Amara Velden devant le Conseil économique"),
        (False, "2025-03-13T11:00", "Réception des ambassadeurs étrangers"),
        (False, "2025-03-12T10:00", "Conseil des ministres")]


def test_a_listing_of_cjk_titles_closed_by_their_dates_over_a_pager() -> None:
    assert teasers_of(dump(
        "首页 总理 新闻", "当前位置：首页 > 新闻 > 总理动态", "总理动态",
        "奥斯特总理同萨尔多维亚总理通电话2025-03-14 16:30",
        "奥斯特总理主持召开政府常务会议2025-03-14 09:00",
        "奥斯特总理会见北方联盟代表团2025-03-13 15:00",
        "首页 上一页 1 2 3 下一页 尾页")) == [
        (False, "2025-03-14T16:30", "奥斯特总理同萨尔多维亚总理通电话"),
        (False, "2025-03-14T09:00", "奥斯特总理主持召开政府常务会议"),
        (False, "2025-03-13T15:00", "奥斯特总理会见北方联盟代表团")]


def test_a_feed_items_kind_label_over_its_title() -> None:
    teasers = teasers_of(dump(
        "Bundeskanzler Oster telefoniert mit Präsidentin Velden",
        "14.03.2025",
        "Der Bundeskanzler und die Präsidentin sprachen heute ausführlich über die Lage im "
        "Orsa-Tal und über die Hilfe für die Betroffenen des Hochwassers.",
        "Weitere Meldungen",
        "13.03.2025", "Rede", "Rede von Bundeskanzler Radek Oster beim Tag der Industrie",
        "11.03.2025", "Mitschrift Pressekonferenz",
        "Regierungspressekonferenz vom 11. März 2025"))
    assert [title for complete, _, title in teasers if not complete] == [
        "Rede von Bundeskanzler Radek Oster beim Tag der Industrie",
        "Regierungspressekonferenz vom 11. März 2025"]


def test_a_statements_own_day_over_its_text_heads_no_feed_of_timed_titles_after_it() -> None:
    statements = teasers_of(dump(
        "Home / Newsroom",
        "Remarks by President Velden at the opening of the Lessa harbour",
        "March 14, 2025",
        "PRESIDENT VELDEN: Good afternoon, everyone. Today we open the new quay of the Lessa "
        "harbour, which will serve ships from all over the region for decades to come.",
        "PRESIDENT VELDEN: Thank you all very much.",
        "Latest",
        "Readout of President Velden's Call with President Arkell of Veloria14:30",
        "Statement by President Velden on the Anniversary of the Constitution11:00"))
    assert statements[0] == (
        True, "2025-03-14", "Remarks by President Velden at the opening of the Lessa harbour")


def test_an_announced_visits_two_sides_in_a_language_no_pattern_reads() -> None:
    page = html_page("<p>Lietuvos Respublikos Prezidentas Jonas Kairys liepos 22–23 dienomis "
                     "lankysis Saldovijoje ir susitiks su Prezidente Amara Velden.</p>"
                     "<p>Numatyta pasirašyti susitarimą.</p>",
                     heading="Prezidentas Jonas Kairys lankysis Saldovijoje")
    statement = parse_page(page)[0]
    assert statement.kind == "announcement"
    assert sides(statement) == [
        ("Jonas Kairys", "participant"), ("Amara Velden", "participant")]


def test_a_definition_list_of_days_over_linked_titles_is_a_listing() -> None:
    items = "".join(f"<dt>令和7年3月{day}日</dt><dd><a href='/actions/{day}.html'>{title}</a></dd>"
                    for day, title in ((14, "エネルギー安全保障会議"),
                                       (13, "サルドヴィア首相との首脳会談"),
                                       (12, "ノルド連合代表団による表敬"),
                                       (11, "オステル内閣総理大臣記者会見")))
    page = html_page(f"<div class='nav'>令和7年3月</div><dl>{items}</dl>", heading="総理の一日")
    statements = parse_page(page)
    assert [(s.complete, s.published_at, s.title, s.kind) for s in statements] == [
        (False, "2025-03-14", "エネルギー安全保障会議", "meeting"),
        (False, "2025-03-13", "サルドヴィア首相との首脳会談", "meeting"),
        (False, "2025-03-12", "ノルド連合代表団による表敬", "meeting"),
        (False, "2025-03-11", "オステル内閣総理大臣記者会見", "press_conference")]


def test_a_japanese_call_between_a_kanji_name_and_a_republics_katakana_name() -> None:
    page = html_page(
        "<p>令和7年3月14日、午後5時30分から約30分間、山城健一内閣総理大臣は、アマラ・ヴェルデン・"
        "ヴェロリア共和国大統領（H.E. Ms. Amara Velden, President of the Republic of Veloria）と"
        "電話会談を行ったところ、概要は以下のとおりです。</p><p>両首脳は協力を確認しました。</p>",
        heading="日・ヴェロリア首脳電話会談")
    statement = parse_page(page)[0]
    assert sides(statement) == [
        ("山城健一", "caller"), ("アマラ・ヴェルデン", "callee")]


def test_hugo_toml_front_matter_gives_the_title_and_date() -> None:
    statement = parse_page(markdown_page(
        '+++\ntitle = "Readout of President Velden\'s Call with Prime Minister Oster"\n'
        'date = 2024-02-09T18:20:00+01:00\ndraft = false\n+++\n\n'
        "President Amara Velden spoke today with Prime Minister Radek Oster of Saldovia.\n\n"
        "The leaders discussed the flooding along the Arven river.\n"))[0]
    assert statement.title == "Readout of President Velden's Call with Prime Minister Oster"
    assert statement.published_at == "2024-02-09T18:20+01:00"
    assert (statement.lead or statement.text).startswith("President Amara Velden spoke today")
    assert sides(statement) == [
        ("Amara Velden", "caller"), ("Radek Oster", "callee")]


def test_a_toml_front_matter_is_sniffed_as_markdown() -> None:
    from communique.sources.files import sniff_format

    assert sniff_format(b'+++\ntitle = "X"\n+++\n\nText.\n') == "markdown"


def test_markdown_paragraphs_indented_by_a_converter_are_text() -> None:
    statement = parse_page(markdown_page(
        "---\ntitle: Executive Order on Harbor Safety\ndate: '2024-07-01'\n---\n\n"
        "By the authority vested in me as President, it is hereby ordered:\n\n"
        "     Section 1. Policy. It is the policy of my Administration to protect the harbors.\n\n"
        "     Sec. 2. Harbor Safety Council. There is established a Council.\n"))[0]
    assert "Section 1. Policy." in statement.text
    assert "Sec. 2. Harbor Safety Council." in statement.text


def test_a_short_transcript_under_its_videos_link_is_no_video_page() -> None:
    statement = parse_page(markdown_page(
        "# Rueda de prensa del canciller Oskar Lind\n\n"
        "*Publicado el 12 de marzo de 2024 a las 18:40*\n\n"
        "**Canciller Lind:** Buenas tardes.\n\n"
        "**P (Mira Haldane, Radio Lessa):** ¿Habrá acuerdo?\n\n"
        "**Canciller Lind:** Sí, pronto.\n\n"
        "[Ver vídeo completo](https://example.org/video)\n"))[0]
    assert statement.kind == "press_conference"
    assert [t.speaker for t in statement.turns] == ["Canciller Lind", "Mira Haldane",
                                                    "Canciller Lind"]


def test_a_russian_title_of_answers_to_one_papers_questions_is_an_interview() -> None:
    statement = parse_page(markdown_page(
        "# Президент Амара Велден ответила на вопросы газеты «Дорнский вестник»\n\n"
        "15 апреля 2024 года, 10:00\n\n"
        "— Госпожа Президент, как изменились отношения с Сальдовией?\n\n"
        "— Они стали партнёрскими.\n\n— Вы планируете визит в Доран?\n\n— Да, осенью.\n"))[0]
    assert statement.kind == "interview"


def test_an_entry_header_outside_main_gives_the_title_date_and_place() -> None:
    page = ("<html lang='ru'><head><title>Интервью Президента • Президент Велории</title></head>"
            "<body><nav><a href='/'>Главная</a> <a href='/events'>События</a></nav>"
            "<header class='entry-header'><h1>Интервью Президента Амары Велден газете "
            "«Лесские ведомости»</h1><div class='entry-meta'><time datetime='2025-04-02T10:00:00"
            "+03:00'>2 апреля 2025 года, 10:00</time> · <span class='place'>Лесса</span></div>"
            "</header><main class='entry-content'><p>— Госпожа Президент, когда реформа?</p>"
            "<p>— В следующем году, после обсуждения в парламенте.</p><p>— А налоги?</p>"
            "<p>— Налоги не изменятся.</p></main><footer>© Президент</footer></body></html>")
    statement = parse_page(Page(content=page, format="html",
                                source=Source(format="html", path="p.html")))[0]
    assert statement.published_at == "2025-04-02T10:00+03:00"
    assert statement.place == "Лесса"


def test_a_journalists_label_with_her_name_alone_in_brackets_then_bare() -> None:
    statement = parse_page(markdown_page(
        "---\ntitle: Entrevista da Presidente Amara Velden à Rádio Lessa\n"
        "date: '2024-05-02'\n---\n\n"
        "**Jornalista (Mira Haldane):** Bom dia, Presidente.\n\n"
        "**Presidente Amara Velden:** Bom dia, Mira.\n\n"
        "**Jornalista:** A inflação caiu. A crise acabou?\n\n"
        "**Presidente Amara Velden:** Ainda não.\n"))[0]
    assert [(t.speaker, t.role) for t in statement.turns] == [
        ("Mira Haldane", "question"), ("Amara Velden", "answer"),
        ("Mira Haldane", "question"), ("Amara Velden", "answer")]


def test_an_arabic_condolence_cables_sender_styled_and_titled_and_its_addressee() -> None:
    page = html_page(
        "<p>بعث السيد الرئيس عمر الشاذلي ببرقية تعزية إلى فخامة الرئيسة أمارا فيلدن، رئيسة "
        "جمهورية فيلوريا، في ضحايا الزلزال الذي ضرب مدينة ليسا.</p>"
        "<p>وأعرب الرئيس عن خالص تعازيه لأسر الضحايا.</p>",
        heading="الرئيس يبعث ببرقية تعزية إلى رئيسة جمهورية فيلوريا",
        head="<meta http-equiv='content-language' content='ar'>")
    statement = parse_page(page)[0]
    assert statement.kind == "letter"
    assert sides(statement) == [
        ("عمر الشاذلي", "sender"), ("أمارا فيلدن", "addressee")]


@pytest.mark.parametrize("mark", ["（以上）", "[자료: 대통령실 대변인실]", "【来源：新华社】"])
def test_an_end_mark_or_a_bracketed_source_under_the_text_is_no_part_of_it(mark: str) -> None:
    said = ("本日、ヴェルデン大統領はレッサの大統領府で記者会見を行い、サルドビアとの協力について"
            "説明しました。大統領は、エネルギーと港湾の分野で新たな協定を結ぶ考えを示しました。")
    page = html_page(f"<p>{said}</p><p>{said}</p><p>両国は協力を確認しました。</p>"
                     f"<p>{mark}</p>", heading="ヴェルデン大統領記者会見")
    statement = parse_page(page)[0]
    assert mark not in statement.text
    assert statement.text.endswith("両国は協力を確認しました。")


@pytest.mark.parametrize(("lang", "title", "opening", "kind", "subkind"), [
    ("it", "Messaggio di auguri alla neoeletta Presidente della Veloria",
     "Il Presidente ha inviato un messaggio di felicitazioni ad Amara Velden per la sua "
     "elezione.", "letter", "congratulation"),
    ("sk", "Blahoželanie novozvolenej prezidentke Velórie",
     "Prezident zaslal blahoželanie Amare Velden k zvoleniu.", "letter", "congratulation"),
    ("ka", "პრეზიდენტმა ამარა ველდენს მიულოცა",
     "პრეზიდენტმა ამარა ველდენს ველორიის პრეზიდენტად არჩევა მიულოცა.", "letter",
     "congratulation"),
    ("vi", "Điện thăm hỏi về thiệt hại do động đất tại Veloria",
     "Chủ tịch nước đã gửi điện thăm hỏi tới Tổng thống Veloria Amara Velden.", "letter",
     "condolence"),
    ("ko", "벨로리아 지진 피해에 대한 위로 전문 발송",
     "대통령은 벨덴 대통령에게 위로 전문을 보냈습니다.", "letter", "condolence"),
    ("uz", "Veloriya Prezidenti O'zbekistonga davlat tashrifi bilan keladi",
     "Veloriya Prezidenti Amara Velden 14-15 may kunlari davlat tashrifi bilan keladi.",
     "announcement", None),
    ("ko", "벨로리아 대통령 국빈 방한", "벨덴 대통령이 다음 달 국빈 방한할 예정입니다.",
     "announcement", None),
    ("no", "Velorias president kommer på statsbesøk til Norge",
     "President Amara Velden kommer på statsbesøk til Norge 12.–14. mai.", "announcement",
     None),
    ("sv", "Statsministern besöker Veloria",
     "Statsministern kommer att besöka Veloria den 4–5 oktober.", "announcement", None),
    ("et", "Veloria president saabub Eestisse riigivisiidile",
     "Veloria president Amara Velden saabub järgmisel nädalal Eestisse riigivisiidile.",
     "announcement", None),
    ("he", "נשיאת ולוריה תגיע לביקור ממלכתי בישראל",
     "נשיאת ולוריה אמרה ולדן תגיע בשבוע הבא לביקור ממלכתי בישראל.", "announcement", None),
    ("it", "Comunicato congiunto Italia-Veloria",
     "Al termine dei colloqui è stato diffuso il seguente comunicato congiunto.", "statement",
     None),
    ("bg", "Съвместна декларация на България и Велория",
     "Президентите подписаха съвместна декларация.", "statement", None),
    ("et", "Eesti ja Veloria presidentide ühisavaldus",
     "Presidendid allkirjastasid ühisavalduse strateegilise partnerluse kohta.", "statement",
     None),
    ("bg", "Слово на президента на официалната вечеря в чест на президента на Велория",
     "Президентът произнесе слово на официалната вечеря.", "speech", None),
    ("sv", "Statsministern tar emot Velorias premiärminister",
     "Statsministern tog i dag emot Velorias premiärminister Radek Oster.", "meeting", None),
])
def test_kinds_of_round_thirty_in_their_languages(lang: str, title: str, opening: str,
                                                  kind: str, subkind: str | None) -> None:
    page = (f"<html lang='{lang}'><head><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='text'><p>{opening}</p><p>Lessa.</p></div></body></html>")
    statement = parse_page(Page(content=page, format="html",
                                source=Source(format="html", path="p.html")))[0]
    assert (statement.kind, statement.subkind) == (kind, subkind)


@pytest.mark.parametrize(("heading", "opening", "asks", "label", "name"), [
    # Armenian: the lead's office is no part of the name the label gives.
    ("Վարչապետ Ռադեկ Օստերի հարցազրույցը", "Վարչապետ Ռադեկ Օստերը հարցազրույց է տվել.",
     "Հարց", "Ռադեկ Օստեր", "Ռադեկ Օստեր"),
    # Hebrew: a surname's label is the full name the title gives after the office.
    ("ראיון ראש הממשלה רדק אוסטר לעיתון לסה היום",
     "ראש הממשלה רדק אוסטר התראיין לעיתון על הכלכלה.", "שאלה", "אוסטר", "רדק אוסטר"),
])
def test_answers_labels_resolved_in_scripts_without_capitals_or_with_offices(
        heading: str, opening: str, asks: str, label: str, name: str) -> None:
    page = html_page(f"<p>{opening}</p><p>{asks}: ?</p><p>{label}: ...</p>"
                     f"<p>{asks}: ?</p><p>{label}: ...</p>", heading=heading)
    statement = parse_page(page)[0]
    assert name in {t.speaker for t in statement.turns}


def test_a_feeds_first_item_keeps_its_opening_sentence_or_salutation() -> None:
    statements = parse_page(text_page(dump(
        "Congratulatory letter from President Amara Velden to President Tomas Arkell",
        "14 March 2025, 09:00",
        "Dear Mr. President,",
        "I sincerely congratulate you and all the people of Saldovia on your National Day.",
        "Sincerely,", "Amara Velden",
        "09:00", "18:30",
        "Dear Madam Prime Minister,",
        "I was deeply saddened by the news of the flood in the north of your country...",
        "13 March 2025, 18:3015:45",
        "15:45",
        "President Amara Velden received a delegation of the Saldovian Parliament...",
        "13 March 2025, 15:4511:10",
        "11:10",
        "President Amara Velden had a phone conversation with Prime Minister Ilsa Korven...",
        "13 March 2025, 11:10")))
    teasers = [s for s in statements if not s.complete]
    assert teasers[0].text.startswith("Dear Madam Prime Minister,")
    assert (teasers[0].kind, teasers[0].subkind) == ("letter", "condolence")


@pytest.mark.parametrize(("opening", "kind"), [
    # A sentence opening like a salutation is no letter's.
    ("Madame la Présidente Amara Velden s'est entretenue par téléphone avec le Président de "
     "Saldovie Tomas Arkell.", "phone_call"),
    ("Madame la Présidente,\nJe vous adresse mes plus vives félicitations.", "letter"),
])
def test_a_salutation_stands_on_its_own_line_or_is_closed_at_once(opening: str,
                                                                   kind: str) -> None:
    # A feed item's text under the page's own statement, as the seed's residue sets it.
    page = text_page(dump(
        "Entretien de la Présidente Amara Velden avec le quotidien de Lessa",
        "14 mars 2025, 19:00",
        "Question : Madame la Présidente, quels sont vos projets ?",
        "Réponse : Construire le pont sur la Sende.",
        "19:00", "17:30", *opening.split("\n"), "Les deux chefs d'État ont évoqué...",
        "14 mars 2025, 17:3012:15", "12:15",
        "La Présidente a reçu les ambassadeurs étrangers au palais de Lessa...",
        "14 mars 2025, 12:15"))
    assert [s.kind for s in parse_page(page) if not s.complete][0] == kind


def test_a_memorandum_of_understanding_is_no_presidents_memorandum() -> None:
    page = html_page("<p>Veloria and Saldovia signed a memorandum of understanding on "
                     "offshore wind today.</p><p>The ministers welcomed the agreement.</p>",
                     heading="Veloria and Saldovia sign agreement on offshore wind")
    assert parse_page(page)[0].kind != "document"


def test_a_letter_written_today_to_a_president_elect() -> None:
    page = html_page("<p>The Taoiseach, Radek Oster, has today written to President-elect "
                     "Amara Velden to congratulate her on her election.</p>"
                     "<p>“I look forward to working with you,” he wrote.</p>",
                     heading="Taoiseach congratulates President-elect of Veloria")
    statement = parse_page(page)[0]
    assert sides(statement) == [("Radek Oster", "sender"), ("Amara Velden", "addressee")]


@pytest.mark.parametrize("verb", ["set out", "outlined", "delivered", "announced"])
def test_a_speakers_name_before_a_past_verb_is_no_modifier(verb: str) -> None:
    page = html_page(f"<p>Prime Minister Radek Oster {verb} his plan for the harbour at the "
                     "Lessa Infrastructure Forum.</p><p>Thank you all for coming.</p>",
                     heading="PM speech at the Lessa Infrastructure Forum")
    assert sides(parse_page(page)[0]) == [("Radek Oster", "speaker")]


def test_press_statements_in_dashes_each_under_the_line_naming_its_speaker() -> None:
    statement = parse_page(text_page(dump(
        "Veloria and Saldovia presidents made press statements",
        "14 March 2025, 15:20",
        "On 14 March, President of Veloria Amara Velden and President of Saldovia Tomas "
        "Arkell made press statements in Lessa.",
        "President Amara Velden made a press statement:",
        "- Dear Mr. President,",
        "Dear friends,",
        "Today we held very productive talks on energy and transport. Thank you.",
        "President Tomas Arkell made a press statement:",
        "- Dear Madam President,",
        "Thank you for your hospitality. I invite you to Marent. Thank you.")))[0]
    assert [(t.speaker, t.role) for t in statement.turns] == [
        ("Amara Velden", "statement"), ("Tomas Arkell", "statement")]
    assert statement.turns[0].text.endswith("Thank you.")
    assert "made a press statement" not in statement.turns[0].text
