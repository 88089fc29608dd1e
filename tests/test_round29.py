"""Pages of shapes a blind round (readouts of calls and meetings, interviews as papers and
broadcasters set them, page furniture, metadata, text encodings, WARC archives as crawlers
write them) found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.extract.content import without_soft_hyphens
from communique.models import Page, Participant, Source
from communique.parse.interviewers import asker
from communique.parse.kinds import classify_kind
from communique.parse.language import detect_language
from communique.parse.names import in_nominative
from communique.parse.participants import by_whom, complete_sides, from_lead, uncased_names
from communique.pipeline import iter_statements, parse_page
from communique.report import Report
from communique.sources.encoding import decode_page
from tests.pages import html_page, text_page


def test_a_chinese_readout_names_leaders_by_surname_after_their_office() -> None:
    sentence = "3月14日下午，维洛里亚总统韦尔登同萨尔多维亚总统奥斯特通电话。"
    assert from_lead([sentence], "phone_call", "zh") == [
        Participant("韦尔登", "caller"), Participant("奥斯特", "callee")]


def test_a_dotted_chinese_name_is_not_cut_by_the_name_before_it() -> None:
    sentence = "维洛里亚总统阿玛拉·韦尔登同萨尔多维亚总统拉德克·奥斯特通电话。"
    assert uncased_names(sentence) == ["阿玛拉·韦尔登", "拉德克·奥斯特"]


def test_an_arabic_president_addressed_in_the_feminine_who_received_the_call() -> None:
    sentence = ("تلقت فخامة الرئيسة أمارا فيلدن، رئيسة جمهورية فيلوريا، اتصالاً هاتفياً اليوم "
                "من فخامة الرئيس راديك أوستر، رئيس جمهورية سالدوفيا.")
    assert from_lead([sentence], "phone_call", "ar") == [
        Participant("راديك أوستر", "caller"), Participant("أمارا فيلدن", "callee")]


def test_a_description_copying_the_opening_but_a_word_is_no_lead() -> None:
    opening = ("Lessa, 14 March (VPA) - President Amara Velden received a telephone call today "
               "from President Radek Oster of Saldovia.")
    description = ("President Amara Velden received a telephone call from President Radek "
                   "Oster of Saldovia.")
    page = html_page(f"<p>{opening}</p><p>The two presidents discussed trade and energy.</p>",
                     heading="President Velden receives a call from the President of Saldovia",
                     head=f"<meta name='description' content='{description}'>")
    statement = parse_page(page)[0]
    assert statement.lead is None
    assert statement.text.startswith("Lessa, 14 March")


def test_a_meeting_held_by_video_with_governors_listed_office_by_office() -> None:
    sentence = ("El presidente del Gobierno, Oskar Lind, ha mantenido este martes una reunión "
                "por videoconferencia con el gobernador de Port Elwin, Tomas Brell; la "
                "gobernadora de Kellstadt, Clara Ibarra, y el gobernador de Marrow Bay, Joaquín "
                "Sotelo, para analizar la situación tras las inundaciones.")
    assert [(p.name, p.role) for p in from_lead([sentence], "meeting", "es")] == [
        ("Oskar Lind", "host"), ("Tomas Brell", "guest"), ("Clara Ibarra", "guest"),
        ("Joaquín Sotelo", "guest")]


def test_a_trilateral_meetings_leaders_are_its_subjects() -> None:
    lead = ("La presidenta de Veloria, Amara Velden, el presidente de Saldovia, Radek Oster, y "
            "la primera ministra de Norvania, Ebba Holm, han celebrado en Dunhallow una reunión "
            "trilateral en la que han acordado crear un corredor energético.")
    page = html_page(f"<p class='lead'>{lead}</p><p>Los tres mandatarios han firmado una "
                     "declaración conjunta sobre un cable submarino.</p>",
                     heading="Velden, Oster y Holm acuerdan crear un corredor energético")
    names = [p.name for p in parse_page(page)[0].participants]
    assert {"Amara Velden", "Radek Oster", "Ebba Holm"} <= set(names)


def test_a_meeting_its_holder_chaired_names_the_chair() -> None:
    lead = ("Прем'єр-міністр Оскар Лінд провів чергове засідання Кабінету Міністрів, на якому "
            "уряд затвердив план відновлення портів.")
    assert [(p.name, p.role) for p in from_lead([lead], "meeting", "uk")] == [
        ("Оскар Лінд", "host")]


def test_ends_with_its_full_stop_closes_a_release() -> None:
    page = html_page("<p>The two ministers met today in Kellstadt for the Strategic Dialogue."
                     "</p><p>The next round will take place in Lessa in 2026.</p><p>Ends.</p>",
                     heading="Joint readout of the Strategic Dialogue")
    assert parse_page(page)[0].text.endswith("will take place in Lessa in 2026.")


def test_a_camel_cased_description_class_is_the_standfirst() -> None:
    page = html_page("<div class='documentDescription'>Comitiva chefiada pelo ministro da "
                     "Economia, Matias Kroon, apresentou projetos de investimento em portos</div>"
                     "<p>A presidenta Amara Velden recebeu nesta sexta-feira uma delegação "
                     "empresarial de Saldovia.</p><p>Os empresários apresentaram doze projetos."
                     "</p>", heading="Presidenta Velden recebe delegação empresarial")
    statement = parse_page(page)[0]
    assert (statement.lead or "").startswith("Comitiva chefiada")
    assert statement.text.startswith("A presidenta Amara Velden")


def test_a_heritrix_name_lookup_record_is_passed_over_not_failed(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    page = (b"<html><head><title>Statement</title></head><body><h1>Statement on the harbour "
            b"treaty</h1><p>The Government of Veloria welcomes the signing of the harbour "
            b"treaty with Saldovia.</p></body></html>")
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warc_record(
            "dns:www.president.vl", "response",
            payload=io.BytesIO(b"20250314101500\nwww.president.vl.\t300\tIN\tA\t10.0.0.8\n"),
            warc_content_type="text/dns"))
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://www.president.vl/statements/harbour", "response",
            payload=io.BytesIO(page), http_headers=http))
    report = Report()
    statements = list(iter_statements([path], report=report))
    assert [s.url for s in statements] == ["https://www.president.vl/statements/harbour"]
    assert not report.errors
    assert sum(report.other_records.values()) == 1


def test_a_page_stated_utf8_in_windows_1251_is_read_in_its_charset() -> None:
    html = ("<html><head><meta charset='utf-8'><title>Комментарий МИД</title></head><body>"
            "<h1>Комментарий официального представителя МИД Велории</h1>"
            "<p>Мы внимательно следим за развитием ситуации в Марроу-Бэй и призываем стороны "
            "к сдержанности.</p><p>Велория готова содействовать переговорам.</p></body></html>")
    page = Page(content=html.encode("cp1251"), format="html",
                source=Source(format="html", path="p.html"))
    statement = parse_page(page)[0]
    assert statement.title == "Комментарий официального представителя МИД Велории"
    assert statement.text.startswith("Мы внимательно следим")


JAPANESE_TITLE = "ヴェロリア共和国とサルドヴィア共和国の国境協定署名について（外務報道官談話）"
JAPANESE_BODY = (
    "令和7年3月14日\n\n"
    "１　本14日、ケルシュタットにおいて、ヴェロリア共和国とサルドヴィア共和国との間で国境の"
    "開放に関する協定の署名が行われました。我が国はこれを歓迎します。\n\n"
    "２　この協定は、①国境地域の住民の査証免除、②マロウ・ベイ港の共同管理、③合同委員会の"
    "設置を柱とするものであり、約２０年にわたる両国間の懸案の解決に向けた重要な一歩です。\n\n"
    "３　交渉を担った髙瀬美咲首席交渉官は、「両岸の人々の暮らしを第一に考えた」と述べています。"
    "発効は本年夏～秋を予定しています。\n\n"
    "４　我が国は、引き続き地域の安定と繁栄のため、関係国と緊密に連携していきます。\n")


def test_an_undeclared_shift_jis_dump_is_read_as_windows_writes_it() -> None:
    text = f"{JAPANESE_TITLE}\n\n{JAPANESE_BODY}".replace("\n", "\r\n")
    assert decode_page(text.encode("cp932")).text == text


def test_a_zero_width_space_inside_a_latin_word_is_no_break() -> None:
    page = html_page("<p>Das Verteidigungs&#8203;ministerium hat seine Planungen vorgelegt und "
                     "die Bundes&shy;regierung hat sie gebilligt.</p><p>Die Beratungen gehen "
                     "weiter.</p>", heading="Planungen vorgelegt")
    assert "Das Verteidigungsministerium hat seine Planungen" in parse_page(page)[0].text
    assert without_soft_hyphens("ភាសា\u200bខ្មែរ") == "ភាសា\u200bខ្មែរ"


@pytest.mark.parametrize("crumb", ["ホーム ＞ 報道・広報 ＞ 談話\n\n", ""])
def test_a_japanese_title_over_its_date_is_no_summary(crumb: str) -> None:
    text = f"ヴェロリア共和国外務省\n\n{crumb}{JAPANESE_TITLE}\n\n{JAPANESE_BODY}"
    statement = parse_page(text_page(text))[0]
    assert statement.title == JAPANESE_TITLE
    assert statement.lead is None


def test_a_chinese_spokespersons_remarks_are_a_statement() -> None:
    title = "外交部发言人林镕就维萨边境协定签署发表谈话"
    assert classify_kind(title=title, lead=None, text="")[0] == "statement"


def test_a_section_word_over_the_date_line_is_no_part_of_the_place() -> None:
    page = Page(
        content="<html><body><h1>Präsidentin Velden empfängt den Präsidenten Saldovias</h1>"
        "<div class='head'><p class='category'>Termine</p><p class='date'>Lessa, 14. März "
        "2025</p></div><div class='content'><p>Präsidentin Amara Velden hat heute "
        "den Präsidenten Saldovias, Radek Oster, im Palast der Republik empfangen.</p><p>Die "
        "beiden sprachen über Handel und Energie.</p></div></body></html>", format="html",
        source=Source(format="html", path="termine.html"))
    statement = parse_page(page)[0]
    assert statement.place == "Lessa"
    assert statement.published_at is not None and statement.published_at.startswith("2025-03-14")


PRIVACY_CENTRE = (
    "<h2>Privacy preference centre</h2><p>When you visit any website, it may store or retrieve "
    "information on your browser, mostly in the form of cookies. This information might be "
    "about you, your preferences or your device and is mostly used to make the site work as "
    "you expect it to. Because we respect your right to privacy, you can choose not to allow "
    "some types of cookies.</p>" + "".join(
        f"<h3>{name} cookies</h3><p>These cookies {what}. They are set by us or by the "
        "partners whose services we have added to our pages, and they help us to know which "
        "pages are the most and least popular and see how visitors move around the site. If "
        "you do not allow these cookies, some parts of the site may not work as they should."
        "</p>" for name, what in (
            ("Strictly necessary", "are needed for the website to function"),
            ("Performance", "allow us to count visits and traffic sources"),
            ("Functional", "let the website remember the choices you make"),
            ("Targeting", "may be set through our site by our advertising partners"))))
MEETING_BODY = (
    "<p>President Amara Velden met the Prime Minister of Saldovia, Radek Oster, in Lessa on "
    "Friday to discuss trade, energy and the shared border.</p><p>The two leaders agreed to "
    "open a new crossing at Verno before the end of the year.</p>")
MEETING_TITLE = "President Velden meets Prime Minister Oster"


def meeting_page(after: str, head: str = "") -> Page:
    """The meeting's page with what a template sets after its text."""
    return html_page(MEETING_BODY + after, heading=MEETING_TITLE, head=head)


@pytest.mark.parametrize("layer", [
    f"<div id='onetrust-consent-sdk'><div id='onetrust-pc-sdk'>{PRIVACY_CENTRE}</div></div>",
    f"<div id='ot-pc' role='dialog'>{PRIVACY_CENTRE}</div>"])
def test_a_dialogs_layer_is_no_part_of_the_statement(layer: str) -> None:
    page = Page(content="<html><body>" + layer + "<main><article><h1>President Velden meets "
                f"Prime Minister Oster</h1><p>14 March 2025</p>{MEETING_BODY}</article></main>"
                "</body></html>", format="html", source=Source(format="html", path="m.html"))
    statement = parse_page(page)[0]
    assert statement.text.startswith("President Amara Velden met")
    assert "cookies" not in statement.text and "partners" not in statement.text


@pytest.mark.parametrize("sentence", [
    "President Amara Velden today called on the government of Saldovia to reopen the crossing.",
    "The President called for calm on both sides of the river.",
    "The so-called border tax was never agreed between the two governments."])
def test_a_call_on_someone_to_act_is_no_phone_call(sentence: str) -> None:
    kind = classify_kind(title="President Velden urges Saldovia to reopen the Verno crossing",
                         lead=None, text=sentence + "\nVeloria stands ready to talk.")[0]
    assert kind != "phone_call"
    called = "President Amara Velden called Prime Minister Radek Oster on Friday."
    assert classify_kind(title="President Velden and Prime Minister Oster", lead=None,
                         text=called)[0] == "phone_call"


def test_a_footnotes_number_after_a_full_stop_is_no_part_of_the_text() -> None:
    page = html_page("<p>Today Veloria and Saldovia signed the border agreement.<sup>1</sup> It "
                     "settles the line along the Verno river, across 40 km<sup>2</sup> of "
                     "islands.<sup class='ref'>[2]</sup></p><p>The agreement goes before the "
                     "National Assembly next month.</p>", heading="Statement on the border")
    text = parse_page(page)[0].text
    assert "agreement. It settles" in text and "40 km2 of islands." in text
    assert "islands.[2]" not in text and "islands.2" not in text


UKRAINIAN_BODY = (
    "<p>Президентка Амара Велден провела зустріч із Прем'єр-міністром Сальдовії Радеком "
    "Остером у Лессі.</p><p>Сторони обговорили співпрацю в енергетиці та відкриття нового "
    "пункту пропуску у Верно.</p><p>Лідери домовилися зустрітися знову до кінця року.</p>")


@pytest.mark.parametrize(("declared", "body", "language"), [
    ("ru", UKRAINIAN_BODY, "uk"),
    ("uk", "<p>Президент Амара Велден провела встречу с премьер-министром Сальдовии Радеком "
     "Остером в Лессе. Стороны обсудили сотрудничество в энергетике и открытие нового "
     "пункта пропуска в Верно. Лидеры договорились встретиться снова до конца года.</p>", "ru"),
    ("ru", "<p>Президент Амара Велден встретилась с премьер-министром Сальдовии Радеком "
     "Остером в Лессе. Они обсудили сотрудничество с теннисистом Ђорђем Ћирићем и другими "
     "спортсменами. Лидеры договорились встретиться снова до конца года.</p>", "ru")])
def test_a_templates_cyrillic_language_gives_way_to_the_texts_own_letters(
        declared: str, body: str, language: str) -> None:
    page = Page(content=f"<html lang='{declared}'><body><h1>Зустріч у Лессі</h1>"
                f"<div class='content'>{body}</div></body></html>", format="html",
                source=Source(format="html", path="z.html"))
    assert parse_page(page)[0].language == language


@pytest.mark.parametrize("history", ["id='full-history'", "class='app-c-change-notes'"])
def test_a_pages_list_of_its_changes_gives_no_publication_date(history: str) -> None:
    page = html_page(
        "<dl><dt>Published</dt><dd>14 March 2025</dd><dt>Last updated</dt><dd>20 March 2025"
        f"</dd></dl>{MEETING_BODY}<div {history}><h2>Updates to this page</h2><ol><li><time "
        "datetime='2025-03-20T10:00:00.000+00:00'>20 March 2025</time> Added a translation"
        "</li><li><time datetime='2025-03-14T09:00:00.000+00:00'>14 March 2025</time> First "
        "published.</li></ol></div>", heading=MEETING_TITLE)
    published = parse_page(page)[0].published_at
    assert published is not None and published.startswith("2025-03-14")


@pytest.mark.parametrize("sentence", [
    "A Presidente Amara Velden recebeu com satisfação a notícia do acordo de paz em Lessa.",
    "La Présidente Amara Velden a reçu avec une profonde tristesse la nouvelle du décès.",
    "La Presidenta Amara Velden recibió la noticia del acuerdo de paz con alegría."])
def test_news_received_is_no_guest_received(sentence: str) -> None:
    assert classify_kind(title="Veloria e o acordo de paz", lead=None,
                         text=sentence + "\nVeloria apoiará a sua aplicação.")[0] != "meeting"
    guest = "A Presidente Amara Velden recebeu o Primeiro-Ministro da Saldovia, Radek Oster."
    assert classify_kind(title="Veloria e Saldovia", lead=None, text=guest)[0] == "meeting"


def test_a_spanish_interviews_credit_names_its_asker_and_its_title_the_president() -> None:
    page = html_page(
        "<p><em>Entrevista realizada por Oskar Lind</em></p><p><strong>—¿Cómo valora usted el "
        "acuerdo fronterizo con Saldovia?</strong></p><p>—Es el mejor acuerdo que podíamos "
        "alcanzar y durará muchos años.</p><p><strong>—¿Qué viene ahora?</strong></p><p>—La "
        "ratificación en la Asamblea Nacional el mes próximo.</p>",
        heading="Entrevista de la Presidenta Velden al diario El Lessano")
    statement = parse_page(page)[0]
    assert statement.participants == [Participant("Oskar Lind", "interviewer"),
                                      Participant("Presidenta Velden", "interviewee")]
    assert [t.speaker for t in statement.turns] == ["Oskar Lind", "Presidenta Velden"] * 2


def test_a_quoted_title_announces_nothing_and_a_closing_credit_asks_nothing() -> None:
    page = html_page(
        "<p><b>Frau Präsidentin, wie bewerten Sie das Grenzabkommen mit Saldovien?</b></p><p>Es "
        "ist das beste Abkommen, das wir erreichen konnten.</p><p><b>Was kommt als Nächstes?"
        "</b></p><p>Die Ratifizierung in der Nationalversammlung.</p><p><i>Das Interview "
        "führte Oskar Lind.</i></p>", heading="„Das Abkommen wird halten“ – Präsidentin Velden "
        "im Interview mit der Lessaer Zeitung")
    statement = parse_page(page)[0]
    assert statement.kind == "interview"
    assert Participant("Oskar Lind", "interviewer") in statement.participants
    assert [t.role for t in statement.turns] == ["question", "answer"] * 2
    assert statement.turns[-1].text.endswith("Nationalversammlung.")


def test_an_office_label_takes_the_titles_holder_without_the_possessive() -> None:
    page = html_page(
        "<p><strong>Q. Madam President, how do you see the border agreement?</strong></p>"
        "<p>THE PRESIDENT: It is the best agreement we could reach.</p><p><strong>Q. What "
        "comes next?</strong></p><p>THE PRESIDENT: Ratification next month.</p>",
        heading="Transcript: President Velden's interview with the Lessa Herald")
    speakers = {t.speaker for t in parse_page(page)[0].turns if t.role == "answer"}
    assert speakers == {"President Velden"}


def test_a_heading_left_over_a_box_taken_out_ends_no_text() -> None:
    page = meeting_page("<div class='downloads'><h3>Related documents</h3><ul><li><a href="
                        "'/a.pdf'>Joint declaration (PDF, 245 KB)</a></li><li><a href='/b.pdf'>"
                        "Memorandum on rail freight (PDF, 1.2 MB)</a></li></ul></div>")
    assert parse_page(page)[0].text.endswith("before the end of the year.")


@pytest.mark.parametrize(("title", "sentence", "kind"), [
    ("Prezidentka Velden přijala premiéra Ostera", "Prezidentka Amara Velden v pátek v Lesse "
     "přijala saldovského premiéra Radka Ostera.", "meeting"),
    ("Vláda přijala zákon o rozpočtu", "Vláda dnes přijala zákon o státním rozpočtu.", "other"),
    ("Presiden Velden terima Perdana Menteri Oster", "Presiden Amara Velden menerima Perdana "
     "Menteri Saldovia Radek Oster di Lessa pada hari Jumat.", "meeting"),
    ("Presiden Velden terima penghargaan", "Presiden Amara Velden menerima penghargaan dari "
     "Universitas Lessa.", "other")])
def test_a_guest_received_in_czech_and_indonesian_is_a_meeting(title: str, sentence: str,
                                                                kind: str) -> None:
    assert classify_kind(title=title, lead=None, text=sentence)[0] == kind


def test_a_calls_other_side_is_no_name_run_on_into_the_next_line() -> None:
    found = [Participant("Rey de Norland", "callee")]
    written = "Conversación telefónica con el Rey de Norland\nConversación telefónica con el Rey"
    assert complete_sides(found, "phone_call", [], written) == found


@pytest.mark.parametrize("heading", ["Ultimi comunicati", "Últimos comunicados",
                                     "Derniers communiqués", "Neueste Meldungen"])
def test_a_feed_of_the_latest_releases_is_no_part_of_a_text_page(heading: str) -> None:
    text = ("Il Presidente Velden ha ricevuto il Primo Ministro Oster\nLessa, 14/03/2025\n"
            "Il Presidente della Repubblica Amara Velden ha ricevuto questa mattina il Primo "
            "Ministro della Saldovia, Radek Oster.\nAl centro dell'incontro la cooperazione "
            f"energetica e il valico di Verno.\n{heading}\nMessaggio del Presidente Velden per "
            "la Giornata della Costituzione\n12/03/2025\n")
    statement = parse_page(text_page(text))[0]
    assert statement.text.endswith("il valico di Verno.")


def test_a_sites_ask_for_feedback_and_its_page_fields_end_no_text() -> None:
    page = meeting_page("<p>Estimated reading time: 3 minutes</p><p>Last modified: 15 March "
                        "2025</p><p>Was this page useful? <button>Yes</button> <button>No"
                        "</button></p><p>Report a problem with this page</p>")
    assert parse_page(page)[0].text.endswith("before the end of the year.")
    kept = meeting_page("<p>Report a problem to the border commission, the President told the "
                        "farmers of Verno, and it will be solved within a week.</p>")
    assert parse_page(kept)[0].text.endswith("within a week.")
    dumped = text_page("President Velden meets Prime Minister Oster\n14 March 2025\nPresident "
                       "Amara Velden met the Prime Minister of Saldovia, Radek Oster, in Lessa."
                       "\nThe two leaders agreed to open a new crossing at Verno.\nWas this page "
                       "useful?\nYes\nNo\nReport a problem with this page\n")
    assert parse_page(dumped)[0].text.endswith("a new crossing at Verno.")


@pytest.mark.parametrize(("stamp", "published"), [("20250314", "2025-03-14"),
                                                   ("202503140930", "2025-03-14T09:30")])
def test_a_compact_publication_stamp_in_the_meta_is_read(stamp: str, published: str) -> None:
    page = meeting_page("", head=f"<meta name='pubdate' content='{stamp}'>")
    assert parse_page(page)[0].published_at == published


def test_an_agency_of_several_words_in_the_dateline_gives_its_place() -> None:
    page = html_page("<p>LESSA, March 14 (Velorian News Agency) — President Amara Velden met "
                     "the Prime Minister of Saldovia, Radek Oster, on Friday.</p><p>The two "
                     "leaders agreed to open a new crossing at Verno.</p>",
                     heading=MEETING_TITLE)
    assert parse_page(page)[0].place == "Lessa"


def test_the_first_paragraphs_dateline_dates_an_undated_page() -> None:
    page = html_page("<p>Lessa, 14 March 2025 – President Amara Velden met the Prime Minister "
                     "of Saldovia, Radek Oster, on Friday.</p><p>The two leaders agreed to open "
                     "a new crossing at Verno.</p>", heading="President Velden meets Oster")
    statement = parse_page(page)[0]
    assert (statement.published_at, statement.place) == ("2025-03-14", "Lessa")


def test_a_dutch_meeting_is_a_meeting() -> None:
    assert classify_kind(title="Vergadering met de premier van Saldovia", lead=None,
                         text="")[0] == "meeting"


def test_a_guest_between_germans_two_verbs_is_the_guest() -> None:
    sentence = ("Präsidentin Amara Velden hat am Freitag den Premierminister Saldoviens, Radek "
                "Oster, im Palast empfangen.")
    assert from_lead([sentence], "meeting", "de") == [Participant("Amara Velden", "host"),
                                                       Participant("Radek Oster", "guest")]


@pytest.mark.parametrize(("declined", "name"), [("Оскару Линду", "Оскар Линд"),
                                                ("Петру Ковалю", "Петр Коваль")])
def test_a_mans_foreign_surname_declined_as_a_noun_is_read_in_the_nominative(
        declined: str, name: str) -> None:
    assert in_nominative(declined, f"главному редактору газеты {declined}", "ru") == name


@pytest.mark.parametrize("body", [
    "<p>2025年3月14日，维洛里亚总统韦尔登在莱萨会见萨尔多维亚总理奥斯特。</p><p>韦尔登表示，"
    "维萨两国是友好邻邦，双方应加强合作。</p>",
    "<p>2025年3月14日，维洛里亚总统韦尔登在莱萨会见萨尔多维亚总理奥斯特。</p>"])
def test_a_related_news_heading_under_a_short_chinese_text_is_no_title(body: str) -> None:
    page = Page(content="<html><head><title>韦尔登总统会见萨尔多维亚总理奥斯特_维洛里亚外交部"
                "</title></head><body><div class='article'><h2 class='title'>韦尔登总统会见萨尔多"
                "维亚总理奥斯特</h2><div class='info'>发布时间：2025-03-14 10:30</div><div class="
                f"'content'>{body}</div><div class='related'><h3>相关新闻</h3><ul><li><a href="
                "'/1'>韦尔登总统同挪兰国王通电话</a> 2025-03-13</li></ul></div></div></body>"
                "</html>", format="html", source=Source(format="html", path="zh.html"))
    assert parse_page(page)[0].title == "韦尔登总统会见萨尔多维亚总理奥斯特"


@pytest.mark.parametrize("sentence", [
    "2025年3月14日，维洛里亚总统韦尔登在莱萨会见萨尔多维亚总理奥斯特。",
    "3月14日，维洛里亚总统韦尔登会见萨尔多维亚总理奥斯特。"])
def test_a_chinese_meetings_sides_end_at_the_place_or_the_full_stop(sentence: str) -> None:
    assert from_lead([sentence], "meeting", "zh") == [Participant("韦尔登", "host"),
                                                      Participant("奥斯特", "guest")]


def test_a_japanese_name_before_its_country_and_office_leaves_the_country_out() -> None:
    assert uncased_names("来日中のラデク・オスター・サルドビア首相と首脳会談を行いました。") == [
        "ラデク・オスター"]
    assert uncased_names("アマラ・ヴェルデン大統領は") == ["アマラ・ヴェルデン"]


def test_korean_names_before_their_office_and_country_are_the_sides() -> None:
    sentence = ("아마라 벨덴 대통령은 14일 오전 레사 대통령궁에서 라데크 오스터 살도비아 총리와 "
                "정상회담을 가졌다.")
    assert uncased_names(sentence) == ["아마라 벨덴", "라데크 오스터"]
    assert uncased_names("벨덴 대통령은 미국 대통령과 통화했다.") == []


def test_an_arabic_office_after_its_style_is_no_name() -> None:
    sentence = ("أجرت فخامة الرئيسة أمارا فيلدن، اليوم، اتصالاً هاتفياً مع دولة رئيس وزراء "
                "سالدوفيا السيد رادك أوستر، بحثا خلاله العلاقات الثنائية.")
    assert uncased_names(sentence) == ["أمارا فيلدن", "رادك أوستر"]


@pytest.mark.parametrize("ask", [
    "Follow us on <a href='https://t.me/x'>Telegram</a> and X for the latest news.",
    "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости.",
    "Abonnez-vous à notre lettre d'information pour recevoir les communiqués."])
def test_an_ask_to_subscribe_or_follow_ends_no_text(ask: str) -> None:
    assert parse_page(meeting_page(f"<p>{ask}</p>"))[0].text.endswith("end of the year.")
    plain = ask.replace("<a href='https://t.me/x'>", "").replace("</a>", "")
    dumped = text_page(f"{MEETING_TITLE}\n14 March 2025\nPresident Amara Velden met the Prime "
                       "Minister of Saldovia, Radek Oster, in Lessa.\nThe two leaders agreed to "
                       f"open a new crossing at Verno.\n{plain}\n")
    assert parse_page(dumped)[0].text.endswith("a new crossing at Verno.")


def test_a_notice_to_an_old_browser_is_no_part_of_the_text() -> None:
    page = html_page("<p>Your browser does not support the video tag.</p>" + MEETING_BODY
                     + "<p>Please enable JavaScript to view the map of the crossing.</p>",
                     heading=MEETING_TITLE)
    text = parse_page(page)[0].text
    assert text.startswith("President Amara Velden") and text.endswith("end of the year.")


@pytest.mark.parametrize(("credit", "language"), [
    ("Het interview werd afgenomen door Oskar Lind.", "nl"), ("Ptala se Oskar Lind.", "cs"),
    ("Intervjun gjordes av Oskar Lind.", "sv"), ("Haastattelun teki Oskar Lind.", "fi")])
def test_an_interviews_credit_in_more_languages_names_its_asker(credit: str,
                                                                language: str) -> None:
    assert asker(credit, language) == "Oskar Lind"


@pytest.mark.parametrize(("text", "language"), [
    ("Præsident Amara Velden mødtes fredag i Lessa med Saldovias premierminister Radek "
     "Oster. De drøftede handel og energi.", "da"),
    ("President Amara Velden møtte fredag Saldovias statsminister Radek Oster i Lessa. De "
     "diskuterte handel og energi.", "nb"),
    ("Forseti Amara Velden hitti forsætisráðherra Saldovíu, Radek Oster, í Lessa á föstudag. "
     "Þeir ræddu viðskipti og orku.", "is"),
    ("President Amara Velden met Guðrún Þórsdóttir and the minister of the interior in Lessa.",
     "en")])
def test_a_short_texts_little_words_shared_by_languages_leave_the_model_to_tell(
        text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(("sentence", "names"), [
    ("استقبلت الرئيسة أمارا فيلدن اليوم في قصر الجمهورية دولة رئيس وزراء سالدوفيا السيد رادك "
     "أوستر.", ["أمارا فيلدن", "رادك أوستر"]),
    ("قال الرئيس فيلدن إن بلاده ستوقع الاتفاق.", []),
    ("استقبل الرئيس فيلدن اليوم في قصر الجمهورية رئيس وزراء سالدوفيا.", [])])
def test_an_arabic_name_after_its_office_alone_ends_where_a_name_ends(
        sentence: str, names: list[str]) -> None:
    assert uncased_names(sentence) == names


@pytest.mark.parametrize("title", ["Joint communiqué of Veloria and Saldovia",
                                   "Final Communique of the Lessa Summit"])
def test_a_joint_or_final_communique_is_a_statement(title: str) -> None:
    assert classify_kind(title=title, lead=None, text="")[0] == "statement"


@pytest.mark.parametrize(("title", "kind"), [
    ("President Velden hosts Prime Minister Oster at the Palace", "meeting"),
    ("Courtesy call by the Ambassador of Saldovia on the President", "meeting"),
    ("Transcript of the President's media availability in Lessa", "press_conference")])
def test_a_host_a_courtesy_call_and_a_media_availability_are_named(title: str,
                                                                    kind: str) -> None:
    assert classify_kind(title=title, lead=None, text="")[0] == kind


def test_an_arabic_interviews_title_names_who_answers_the_bare_labels() -> None:
    question = ("كيف تقيمون اتفاق الحدود الذي وقعته فيلدوريا مع سالدوفيا الأسبوع الماضي بعد "
                "سنوات طويلة من المفاوضات؟")
    answer = ("إنه أفضل اتفاق كان بإمكاننا التوصل إليه، وسيصمد لأجيال قادمة لأنه يقوم على "
              "مصالح الشعبين وعلى احترام متبادل بين البلدين الجارين.")
    body = f"<p><b>س:</b> {question}</p><p><b>ج:</b> {answer}</p>" * 2
    page = Page(content=f"<html lang='ar'><body><main><article><h1>مقابلة الرئيسة أمارا فيلدن "
                f"مع صحيفة ليسا</h1><p>14.03.2025</p>{body}</article></main></body></html>",
                format="html", source=Source(format="html", path="ar.html"))
    statement = parse_page(page)[0]
    assert [t.speaker for t in statement.turns if t.role == "answer"] == ["أمارا فيلدن"] * 2


def test_a_womans_given_name_in_the_genitive_tells_the_case_of_her_undeclined_surname() -> None:
    assert in_nominative("Амари Велден", "Інтерв'ю Президентки Амари Велден", "uk") == \
        "Амара Велден"


@pytest.mark.parametrize(("title", "speakers"), [
    ("Discours de la Présidente de la République Amara Velden devant l'Assemblée nationale",
     [Participant("Amara Velden", "speaker")]),
    ("Statement by the Minister of Foreign Affairs Amara Velden on the border",
     [Participant("Amara Velden", "speaker")]),
    ("Statement by the Ministry of Foreign Affairs Amara Velden", []),
    ("Discours du Premier ministre de la Saldovie, Radek Oster, devant le Parlement",
     [Participant("Radek Oster", "speaker")])])
def test_an_office_with_its_country_before_the_speakers_name_is_an_office(
        title: str, speakers: list[Participant]) -> None:
    assert by_whom(title) == speakers
