"""Pages of shapes a blind round (East Asian, African, cabinet-office and South-East Asian
sites; odd containers) found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest

from communique.errors import PageDropped
from communique.extract.content import DELIVERY_NOTE, SOURCE_CREDIT
from communique.extract.markdown import markdown_paragraphs
from communique.extract.text import END_WORD, FURNITURE, classify, documents_from_text
from communique.models import Page, Source
from communique.parse.dates import find_datetime
from communique.parse.interviewers import asker
from communique.parse.kinds import classify_kind
from communique.parse.names import names_in
from communique.parse.speakers import (
    SpeakerNames,
    clean_label,
    is_anonymous,
    is_office,
    is_question_label,
    named_asker,
)
from communique.pipeline import parse_page
from communique.sources.encoding import utf16_layout
from tests.pages import dump, html_page, text_page

TEXT_EN = ("<p>President Amara Velden will pay a State Visit to Saldovia from 20 to 22 "
           "November at the invitation of her counterpart.</p><p>The two presidents will sign "
           "agreements on the ferry link, the railway and the joint river commission.</p>")


KO_LETTER = ("벨로리아 공화국 대통령은 오늘 오란테 전 대통령의 서거에 "
             "애도를 표하며 조전을 보냈습니다.",
             "조전 전문은 다음과 같습니다.",
             "유가족과 국민 여러분께 깊은 애도와 위로의 뜻을 전합니다. "
             "그분의 헌신은 오래도록 기억될 것입니다.",
             "고인의 명복을 빕니다.")
KO_FEED = ("관련 브리핑", "[서면 브리핑] 벨로리아-살도비아 정상 통화 결과 2026.03.06",
           "대변인 정례 브리핑 (3월 5일) 2026.03.05", "Copyright © Office of the President.")


@pytest.mark.parametrize("widgets", [
    ("글자 크게", "글자 작게", "인쇄", "공유하기"),
    ("공보실", "조회 1,873", "인쇄", "공유"),
])
def test_short_lines_among_a_dumps_header_widgets_are_no_statement(
        widgets: tuple[str, ...]) -> None:
    text = dump("홈", "브리핑", "[서면 브리핑] 벨로리아 대통령, 오란테 前 대통령 서거에 조전",
                "2026.03.09 (월) 10:20", *widgets, *KO_LETTER, "목록", *KO_FEED)
    docs = documents_from_text(text)
    main = docs[0]
    title = "[서면 브리핑] 벨로리아 대통령, 오란테 前 대통령 서거에 조전"
    assert main.complete and main.title == title
    assert main.published_at == "2026-03-09T10:20"
    assert "고인의 명복을 빕니다." in [b.text for b in main.blocks]
    assert not any(w in b.text for b in main.blocks for w in widgets)
    # A teaser's title keeps the bracket it opens with.
    assert docs[1].title == "[서면 브리핑] 벨로리아-살도비아 정상 통화 결과"


@pytest.mark.parametrize("line", [
    "글자 크게", "공유", "Facebook X LINE 印刷用ページ", "Post Share Print", "記者会見へ戻る",
    "相關新聞", "Түлхүүр үг: захидал эмгэнэл Лесса", "Back to press releases",
    "Retour aux actualités",
])
def test_widgets_back_links_and_related_labels_are_furniture(line: str) -> None:
    assert FURNITURE.match(line)


@pytest.mark.parametrize("line", [
    "Back to the question of tariffs, we agreed.", "Post", "공보실",
])
def test_sentences_and_words_alone_are_no_furniture(line: str) -> None:
    assert not FURNITURE.match(line)


def test_an_office_holder_after_the_journalists_word_answers_and_does_not_ask() -> None:
    lead = "На вопросы журналиста телеканала ответила Председатель Правительства Ирина Велден."
    assert asker(lead, "ru") is None
    assert asker("Интервью провёл журналист телеканала Иван Сорокин.", "ru") == "Иван Сорокин"


def test_an_interview_led_by_its_answerers_office_names_no_interviewer() -> None:
    body = ("<h2>Интервью Председателя Правительства Ирины Велден телеканалу «Лесса-24»</h2>"
            "<p><i>На вопросы журналиста телеканала ответила Председатель Правительства "
            "Ирина Велден.</i></p>"
            "<p><b>Вопрос:</b> Цены на топливо выросли за весну почти на десять процентов. "
            "Что будет делать правительство?</p>"
            "<p><b>И.Велден:</b> Мы уже снизили акциз на дизельное топливо для фермеров и "
            "перевозчиков Велории.</p>"
            "<p><b>Вопрос:</b> Не приведёт ли это к дефициту бюджета?</p>"
            "<p><b>И.Велден:</b> Нет. Расходы покрываются дополнительными доходами от экспорта "
            "леса, которые в этом году выше плана.</p>")
    page = html_page(body)
    statement = parse_page(page)[0]
    assert [(t.speaker, t.role) for t in statement.turns] == [
        (None, "question"), ("Ирина Велден", "answer"), (None, "question"),
        ("Ирина Велден", "answer")]


# Offices, labels and names ------------------------------------------------------------------

@pytest.mark.parametrize("word", [
    "Viestintäjohtaja", "Peaminister", "Välisminister", "pressesekretær", "Woordvoerder",
    "kormányszóvivő", "Ulkoministeri", "Regierungssprecherin",
])
def test_offices_written_as_one_word_with_their_portfolio(word: str) -> None:
    assert is_office(word)


def test_a_label_of_a_compound_office_and_a_name_gives_the_name() -> None:
    label = "Viestintäjohtaja Riikka Lind"
    assert SpeakerNames([label]).resolve(label) == "Riikka Lind"


def test_an_offices_place_after_a_compound_office_is_no_name() -> None:
    sentence = ("Bundeskanzler Oskar Lind hat am Donnerstag mit der Premierministerin von "
                "Saldovia, Amara Velden, telefoniert.")
    assert names_in(sentence, "de") == ["Oskar Lind", "Amara Velden"]


@pytest.mark.parametrize(("label", "asker"), [
    ("기자(레사일보 이서준)", "이서준"),
    ("記者（嵐報 陳思妤）", "陳思妤"),
    ("Сэтгүүлч Б.Тэмүүлэн (Лесса ТВ)", "Б.Тэмүүлэн"),
    ("記者（嵐報）", None),
])
def test_a_reporters_name_beside_the_outlet_in_a_label(label: str, asker: str | None) -> None:
    assert is_question_label(label)
    assert named_asker(label) == asker


@pytest.mark.parametrize(("label", "name"), [
    ("사회자(김나래 공보실장)", "김나래"),
    ("主持人（行政院發言人李沛涵）", "李沛涵"),
    ("經濟部長周立衡", "周立衡"),
    ("사회자(대변인 민지호)", "민지호"),
])
def test_a_moderators_or_ministers_name_with_the_office_around_it(label: str, name: str) -> None:
    assert clean_label(label) == name


def test_labels_after_a_bullet() -> None:
    body = ("<p>▶ 사회자(대변인 민지호): 브리핑을 시작하겠습니다. 질문해 주십시오.</p>"
            "<p>▶ 기자(레사일보 오세린): 벨로리아와의 협정은 언제 서명됩니까?</p>"
            "<p>▶ 사회자(대변인 민지호): 다음 달 초에 서명될 예정입니다. "
            "세부 일정은 추후 알려드리겠습니다.</p>"
            "<p>▶ 기자(살도비아경제 정도윤): 관세 문제도 논의됩니까?</p>"
            "<p>▶ 사회자(대변인 민지호): 네, 관세 문제도 의제에 포함되어 있습니다.</p>")
    page = html_page(body, heading="대변인 정례 브리핑")
    statement = parse_page(page)[0]
    speakers = ["민지호", "오세린", "민지호", "정도윤", "민지호"]
    assert [t.speaker for t in statement.turns] == speakers
    assert not statement.turns[0].text.startswith("▶")


def test_a_japanese_surname_and_office_label_takes_the_full_name_the_page_writes() -> None:
    names = SpeakerNames(["朝比奈総理", "内閣広報官", "外務大臣"],
                         context="朝比奈内閣総理大臣記者会見\n朝比奈恒一内閣総理大臣は、本日会見を行いました。")
    assert names.resolve("朝比奈総理") == "朝比奈恒一"
    assert names.resolve("内閣広報官") == "内閣広報官"
    assert names.resolve("外務大臣") == "外務大臣"  # an office's body is no surname
    briefing = SpeakerNames(["大河内報道官"], context="大河内誠外務報道官会見記録")
    assert briefing.resolve("大河内報道官") == "大河内誠"


def test_a_full_japanese_name_has_the_spans_of_its_surname_and_office() -> None:
    body = ("<p>朝比奈恒一内閣総理大臣は、本日、レッサで記者会見を行いました。</p>"
            "<p>（朝比奈総理）</p><p>本日、政府は地域交通再生パッケージを閣議決定いたしました。"
            "どの地域に住んでいても通学や通院に困らない暮らしを守ります。</p>"
            "<p>（記者）</p><p>財源について伺います。新たな国債の発行は考えていますか。</p>"
            "<p>（朝比奈総理）</p><p>新たな国債の発行は想定しておりません。既存予算の組替えが基本です。</p>")
    page = html_page(body, heading="朝比奈内閣総理大臣記者会見")
    statement = parse_page(page)[0]
    assert {t.speaker for t in statement.turns} == {"朝比奈恒一", None}
    person = next(e for e in statement.entities if e.name == "朝比奈恒一")
    assert person.spans and all(statement.text[a:b].startswith("朝比奈") for a, b in person.spans)


# Dump headers -------------------------------------------------------------------------------

FR_LETTER = ("Le Chef de l'État, Amara Velden, a adressé un message de félicitations à son "
             "homologue de Saldovia. En voici l'intégralité.",
             "Excellence, Monsieur le Président et Cher Frère,",
             "C'est avec une grande joie que j'ai appris votre brillante réélection à la "
             "magistrature suprême de Saldovia, à l'issue du scrutin du 1er mars 2026.",
             "Je vous prie d'agréer, Excellence, l'assurance de ma très haute considération.",
             "Amara Velden")


def test_todays_date_among_the_menus_is_not_the_pages_date_line() -> None:
    text = "\n".join(("Aller au contenu", "Lundi 9 mars 2026", "English", "Contact",
                      "Présidence de la République de Veloria", "Accueil", "Actualités",
                      "Message de félicitations du Président Amara Velden au Président de "
                      "Saldovia",
                      "Publié le 9 mars 2026 à 17h02 par Cellule de communication",
                      "2 min de lecture", "Partager :", "Facebook", "X", "WhatsApp", "Imprimer",
                      "")) + "\n" + dump(*FR_LETTER, "Autres actualités",
                                        "Le Président reçoit les ambassadeurs 8 mars 2026",
                                        "Conseil des ministres du 4 mars 2026 4 mars 2026")
    main = documents_from_text(text)[0]
    assert main.title.startswith("Message de félicitations du Président Amara Velden")
    assert main.published_at == "2026-03-09T17:02"
    said = [main.lead or ""] + [b.text for b in main.blocks]
    assert said[0].startswith("Le Chef de l'État") and said[-1] == "Amara Velden"
    assert not any(w in said for w in ("2 min de lecture", "Facebook", "X", "Imprimer"))


DA_BODY = ("Statsminister Amara Velden holdt onsdag pressemøde i Statsministeriet om den nye "
           "energiaftale for Veloria.",
           "Statsministeren: Godmorgen, og tak fordi I er kommet. I nat har regeringen indgået "
           "en bred aftale om energiforsyningen frem mod 2035.",
           "Journalist: Hvad koster aftalen for almindelige familier i Lessa?",
           "Statsministeren: Den sænker elafgiften allerede fra næste år.")


@pytest.mark.parametrize(("header", "title", "published"), [
    (("Presse", "Pressemøder", "Pressemøde om energiaftale den 4. marts 2026", "04.03.2026",
      "Det talte ord gælder"), "Pressemøde om energiaftale den 4. marts 2026", "2026-03-04"),
    (("Media centre", "Press Secretary's briefing, 4 March 2026", "Transcript",
      "Last updated: 4 March 2026, 3:15pm"), "Press Secretary's briefing, 4 March 2026",
     "2026-03-04T15:15"),
])
def test_a_title_ending_in_its_day_over_the_pages_date_line(
        header: tuple[str, ...], title: str, published: str) -> None:
    main = documents_from_text("\n".join(header) + "\n\n" + dump(*DA_BODY))[0]
    assert (main.title, main.published_at) == (title, published)
    assert any(b.text.startswith("Statsministeren: Den sænker") for b in main.blocks)


def test_a_breadcrumb_ending_in_the_title_and_a_joomla_field_block() -> None:
    title = "Communiqué final du Conseil des ministres du mercredi 11 mars 2026"
    text = "\n".join(("Jeudi 12 mars 2026 | EN | FR", "Présidence de la République de Veloria",
                      "Accueil", "Actualités", "Conseil des ministres",
                      f"Vous êtes ici :   Accueil  Conseil des ministres  {title}", title,
                      "Détails", "Écrit par : Super User", "Catégorie : Conseil des ministres",
                      "Mercredi, 11 Mars 2026 20:30", "Affichages : 2917", "")) + "\n" + dump(
        "Le Conseil des ministres s'est réuni le mercredi 11 mars 2026 au Palais de Lessa, "
        "sous la présidence de Son Excellence Amara Velden.",
        "Le Conseil a adopté le projet de loi de finances rectificative pour l'exercice 2026.",
        "Fait à Lessa, le 11 mars 2026.")
    main = documents_from_text(text)[0]
    assert (main.title, main.published_at) == (title, "2026-03-11T20:30")
    said = [main.lead or ""] + [b.text for b in main.blocks]
    assert said[0].startswith("Le Conseil des ministres s'est réuni")
    assert not any("Affichages" in p for p in said)


@pytest.mark.parametrize("line", ["Affichages : 2917", "1.932 kali dibaca", "ผู้เข้าชม 842"])
def test_counts_of_views_are_furniture(line: str) -> None:
    assert FURNITURE.match(line)


def test_a_venues_line_over_a_file_link_and_a_sharing_row() -> None:
    text = "\n".join(("Laman Utama / Ucapan", "Teks Ucapan Perdana Menteri Sempena Majlis "
                      "Pelancaran Dasar Digital Negara 2030", "Khamis, 16 April 2026",
                      "Pusat Konvensyen Antarabangsa Lessa",
                      "Muat Turun Teks Ucapan (PDF, 245 KB)",
                      "Kongsi: Facebook | X | WhatsApp | Telegram", "")) + "\n" + dump(
        "Bismillahirrahmanirrahim.",
        "Yang Berhormat Menteri Digital; para pemimpin industri, tuan-tuan dan puan-puan.",
        "Dasar ini bukan sekadar dokumen. Ia adalah janji kerajaan kepada rakyat Veloria.",
        "Ucapan Lain", "Ucapan Perdana Menteri di Majlis Hari Pekerja 2026", "01 Mei 2026",
        "Ucapan Perdana Menteri di Persidangan Pelaburan 2026", "24 Mac 2026")
    main = documents_from_text(text)[0]
    assert main.complete and main.published_at == "2026-04-16"
    said = [main.lead or ""] + [b.text for b in main.blocks]
    assert "Dasar ini bukan sekadar dokumen. Ia adalah janji kerajaan kepada rakyat Veloria." \
        in said
    assert not any("Muat Turun" in p or "Kongsi" in p for p in said)


def test_a_place_line_over_a_sharing_label_stays_the_place() -> None:
    text = "\n".join(("Accueil › Actualités › Discours",
                      "Conférence de presse conjointe du Président de la République",
                      "Publié le 3 juillet 2025 à 19h20", "Palais de la Concorde, Lessa",
                      "Partager", "")) + "\n" + dump(
        "LE PRÉSIDENT DE LA RÉPUBLIQUE : Mesdames et Messieurs, je suis très heureux "
        "d'accueillir aujourd'hui à Lessa le président de Saldovia.",
        "QUESTION : Monsieur le Président, quand l'accord sera-t-il signé ?",
        "LE PRÉSIDENT DE LA RÉPUBLIQUE : Quand il sera prêt, et pas avant.")
    main = documents_from_text(text)[0]
    assert main.place == "Palais de la Concorde, Lessa"
    assert not any(b.text == "Partager" for b in main.blocks)


# Containers, Markdown, kinds ----------------------------------------------------------------

def test_nuls_after_a_json_line_are_no_utf16() -> None:
    data = b"{}\n" + b"\n".join([b"\x00", b"\x00\x01\x01", b"\x00\x01\x01", b"\x00\x01\x01"])
    assert utf16_layout(data) is None
    page = "<html><body><p>Déclaration de Lessa</p></body></html>"
    assert utf16_layout(page.encode("utf-16-le")) == "utf-16-le"
    assert utf16_layout(page.encode("utf-16-be")) == "utf-16-be"


def test_a_markdown_footer_of_links_under_a_rule_is_no_text() -> None:
    body = ("**Question:** Madam President, is the ferry agreement failing?\n\n"
            "**Amara Velden:** No. From this winter every cancellation will be sent by text "
            "message to residents who register.\n\n---\n\n"
            "Follow us on [Radio Lessa](https://radio.lessa.example) · "
            "[Listen to the full interview](https://radio.lessa.example/podcast/4955)\n")
    blocks = [b.text for b in markdown_paragraphs(body)]
    assert blocks[-1].endswith("residents who register.")
    kept = markdown_paragraphs("Text.\n\n---\n\nThe treaty, [signed in Lessa](x), enters into "
                               "force in May for both countries and their ports.\n")
    assert len(kept) == 2


@pytest.mark.parametrize(("title", "lead", "kind"), [
    ("President Oskar Lind Speaks with Saldovian President Amara Velden on the Phone", None,
     "phone_call"),
    ("Mkutano wa Msemaji Mkuu wa Serikali na Waandishi wa Habari", None, "press_conference"),
    ("Засгийн газрын хэвлэлийн төлөөлөгчийн ээлжит мэдээлэл", None, "press_conference"),
    ("የቬሎሪያ ፕሬዚዳንት መግለጫ", None, "statement"),
    ("የቬሎሪያ ፕሬዚዳንት የሀዘን መግለጫ", None, "letter"),
    ("Peaminister saatis Saldovia peaministrile kirja", None, "letter"),
    ("Presidente de Veloria efectuará uma deslocação a Saldovia", None, "announcement"),
    ("O Presidente parte amanhã para Saldovia", None, "announcement"),
])
def test_kind_cues_of_the_round(title: str, lead: str | None, kind: str) -> None:
    assert classify_kind(title=title, lead=lead, text="")[0] == kind


# Transcripts, credits, dates ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "iso"), [
    ("19 Mac 2026 | 5:40 petang", "2026-03-19T17:40"),
    ("19 Mac 2026, 9:15 pagi", "2026-03-19T09:15"),
    ("5 Marso 2026, 3:10 ng hapon", "2026-03-05T15:10"),
])
def test_malay_and_filipino_parts_of_the_day(text: str, iso: str) -> None:
    found = find_datetime(text)
    assert found is not None and found[0] == iso


def test_a_date_line_with_an_ambiguous_zone_and_a_byline() -> None:
    line = classify("प्रविष्टि तिथि: 05 Mar 2026, 14:30 IST by PIB लेस्सा")
    assert (line.kind, line.date) == ("date", "2026-03-05T14:30")


@pytest.mark.parametrize("line", ["-- TAMAT --", "[ENDS]", "SELESAI"])
def test_end_words(line: str) -> None:
    assert END_WORD.fullmatch(line)


def test_a_transcripts_heading_with_its_day_office_and_name() -> None:
    text = "\n".join(("Home", "Media", "Transcripts", "Doorstop interview - Lessa Harbour",
                      "Transcript", "05 March 2026", "Prime Minister",
                      "The Hon Oskar Lind MP", "E&OE TRANSCRIPT", "DOORSTOP INTERVIEW",
                      "LESSA HARBOUR", "THURSDAY, 5 MARCH 2026",
                      "SUBJECTS: Harbour upgrade; fuel prices.", "")) + "\n" + dump(
        "PRIME MINISTER: Well, it's great to be back in Lessa, and great to see the harbour "
        "works under way.",
        "JOURNALIST: Prime Minister, locals say they've been promised this before. Why now?",
        "PRIME MINISTER: Because the money is in the Budget and the contracts are signed.",
        "ENDS", "Share", "Print", "Related",
        "Interview with Anna Berg, Lessa FM Breakfast", "04 March 2026",
        "Press conference - Parliament House, Lessa", "03 March 2026")
    page = text_page(text)
    statement = parse_page(page)[0]
    assert statement.title == "Doorstop interview - Lessa Harbour"
    assert statement.published_at == "2026-03-05"
    assert {t.speaker for t in statement.turns} == {"Oskar Lind", None}
    assert "E&OE" not in statement.text and "Anna Berg" not in statement.text


def test_a_releases_contact_line_and_its_press_offices_credit_close_no_turn() -> None:
    text = "\n".join(("Tiedote", "Pääministerin tiedotustilaisuus kehysriihen jälkeen",
                      "5.3.2026 klo 14.30", "")) + "\n" + dump(
        "Pääministeri Amara Velden: Hallitus sopi tänään kehyksistä vuosille 2027–2030.",
        "Toimittaja: Miten säästöt kohdistuvat kuntiin?",
        "Pääministeri Amara Velden: Kuntien valtionosuuksiin ei tehdä leikkauksia.",
        "Lisätietoja: Oskar Lind, viestintäjohtaja, puh. 0295 160 111",
        "Valtioneuvoston pressiteenistus")
    statement = parse_page(text_page(text))[0]
    assert len(statement.turns) == 3
    assert statement.text.endswith("Kuntien valtionosuuksiin ei tehdä leikkauksia.")


@pytest.mark.parametrize(("line", "credit"), [
    ("Valitsuse pressiteenistus", True), ("Biroul de presă al Guvernului", True),
    ("Press Office of the President", True),
    ("The press office said the talks went well.", False),
])
def test_a_press_offices_credit(line: str, credit: bool) -> None:
    assert bool(SOURCE_CREDIT.fullmatch(line)) is credit


def test_the_given_titles_heading_without_the_sites_name_over_the_date_line() -> None:
    title = "Δήλωση του Πρωθυπουργού για τον Προϋπολογισμό 2025"
    text = "\n".join(("Title: " + title + " | Πρωθυπουργός της Βελορίας",
                      "URL: https://pm.veloria.example/el/news/1", "-" * 20, "Αρχική",
                      "Πρωθυπουργός", "Ειδήσεις", "Αρχική / Ειδήσεις / Δελτία Τύπου", title,
                      "01.11.2024 | 19:20", "")) + "\n" + dump(
        "Ο Πρωθυπουργός Όσκαρ Λιντ προέβη στην ακόλουθη δήλωση μετά την ψήφιση του "
        "Προϋπολογισμού.", "«Η Βουλή ψήφισε απόψε έναν προϋπολογισμό για τις οικογένειες.»")
    main = documents_from_text(text)[0]
    said = [main.lead or ""] + [b.text for b in main.blocks]
    assert said[0].startswith("Ο Πρωθυπουργός Όσκαρ Λιντ")


# Headers and names of the African pages -----------------------------------------------------

def test_a_title_quoting_an_outlet_is_no_sentence_before_a_closing_date() -> None:
    title = "Entretien exclusif du Président Amara Velden au quotidien « Le Messager de Lessa »"
    text = "\n".join(("Aller au contenu", "Mercredi 4 mars 2026", "English", "Contact",
                      "Présidence de la République de Veloria", "Accueil", "Actualités",
                      f"Accueil » Actualités » Entretiens » {title}", "Entretiens", title,
                      "Publié le 04/03/2026", "Partager :", "Imprimer", "")) + "\n" + dump(
        "Dans un entretien accordé au quotidien « Le Messager de Lessa », le Chef de l'État "
        "revient sur la croissance de l'économie et la sécurité régionale.",
        "Q : Monsieur le Président, la Veloria a connu une croissance de six pour cent. "
        "Comment l'expliquez-vous ?",
        "R : Elle s'explique d'abord par la stabilité. Sans paix, il n'y a pas de croissance.")
    main = documents_from_text(text)[0]
    assert (main.title, main.published_at) == (title, "2026-03-04")


def test_the_issuing_office_under_the_title_is_no_title() -> None:
    title = ("Message of Condolence by H.E. President Amara Velden on the Passing of Hon. Oskar "
             "Lind, former Speaker of the National Assembly")
    text = "\n".join(("Home", "Media", title, "Presidential Communication Unit",
                      "March 14, 2026", "")) + "\n" + dump(
        "It is with deep sorrow that I have learnt of the passing of Hon. Oskar Lind, former "
        "Speaker of the National Assembly of Veloria.",
        "On behalf of the Government and the people of Veloria, I extend my condolences.")
    assert documents_from_text(text)[0].title == title


def test_a_keyword_of_announcement_keeps_the_pages_date() -> None:
    body = ("<h1>President Velden to undertake State Visit to Saldovia</h1>"
            "<ul class='meta'><li><time>Monday, 16 March 2026 | 11:05 EAT</time></li></ul>"
            f"<div class='content'>{TEXT_EN}</div>")
    page = Page(content="<html><head><meta name='keywords' content='State visit, Saldovia, "
                        f"announcement'></head><body><article>{body}</article></body></html>",
                format="html", source=Source(format="html", path="p.html"))
    assert parse_page(page)[0].published_at == "2026-03-16T11:05+03:00"


def test_initials_labels_the_lead_defines_after_an_office_and_a_name() -> None:
    context = ("o Presidente Amara Sofia Velden (ASV) concedeu uma entrevista, conduzida pela "
               "jornalista Renata Lind (RL).")
    names = SpeakerNames(["RL", "ASV"], context=context)
    assert (names.resolve("ASV"), names.resolve("RL")) == ("Amara Sofia Velden", "Renata Lind")


@pytest.mark.parametrize("label", ["Un journaliste", "Une journaliste", "A reporter"])
def test_a_journalist_after_an_indefinite_article_is_anonymous(label: str) -> None:
    assert is_question_label(label) and is_anonymous(label)


def test_an_honourables_surname_takes_the_given_name_of_the_title() -> None:
    names = SpeakerNames(["HON. LIND-VELDEN"], context="Transcript: Press Briefing by the "
                                                       "Minister for Information, Hon. Oskar "
                                                       "Lind-Velden")
    assert names.resolve("HON. LIND-VELDEN") == "Oskar Lind-Velden"


def test_the_moderator_and_the_spokesperson_the_opening_names() -> None:
    body = ("<p>Le Ministre de la Communication, Porte-parole du Gouvernement, M. Oskar "
            "Malonga, a animé ce jeudi son point de presse hebdomadaire. The briefing was "
            "moderated by the Director of Communications, Mr. Yaw Lind.</p>"
            "<p><strong>MODERATOR:</strong> Good morning. The Minister will take questions.</p>"
            "<p><strong>Le Porte-parole du Gouvernement :</strong> Merci. Le Conseil des "
            "ministres a adopté trois projets de loi.</p>"
            "<p><strong>Un journaliste :</strong> Quand la route sera-t-elle achevée ?</p>"
            "<p><strong>Le Porte-parole du Gouvernement :</strong> Avant la fin de l'année, "
            "comme prévu par le contrat.</p>")
    page = html_page(body, heading="Point de presse du Porte-parole")
    statement = parse_page(page)[0]
    assert [t.speaker for t in statement.turns] == ["Yaw Lind", "Oskar Malonga", None,
                                                    "Oskar Malonga"]


@pytest.mark.parametrize("lines", [
    ("Home", "Video", "Video: Post-Cabinet press conference, 2 March 2026",
     "Published: Monday, 2 March 2026",
     "Watch the Prime Minister's post-Cabinet press conference from Parliament, Lessa.",
     "Video", "41:12", "Play video", "Watch on YouTube",
     "A transcript will be published when available.", "Share", "More videos",
     "Video: PM announces new Lessa rail link", "Video: PM visits Harrowvale"),
    ("Start", "Podd", "Statsministerns vecka – avsnitt 12: Om vården och våren",
     "Publicerad 6 mars 2026",
     "I veckans avsnitt av podden pratar statsministern om vården i Veloria och om våren.",
     "Lyssna", "Spela upp avsnitt (34 min)", "Ladda ner (mp3, 48 MB)", "Prenumerera",
     "Tidigare avsnitt", "Avsnitt 11: Statsministern och skärgården"),
])
def test_a_video_or_podcast_dump_is_no_statement(lines: tuple[str, ...]) -> None:
    with pytest.raises(PageDropped, match="video or podcast"):
        documents_from_text("\n".join(lines))


def test_a_statement_with_a_video_beside_its_text_stays() -> None:
    text = "\n".join(("Home", "News", "Prime Minister Amara Velden opens the Lessa rail link",
                      "Published: Monday, 2 March 2026", "Play video", "")) + "\n" + dump(
        *(f"Paragraph {n}: the Prime Minister opened the new rail link between Lessa and "
          "Harrowvale, which will carry forty trains a day from next month." for n in range(6)))
    assert documents_from_text(text)[0].complete


def test_a_place_field_under_the_date_line() -> None:
    text = "\n".join(("Úvod", "Média", "Vyjádření premiéra pro média před zasedáním Rady",
                      "4. 3. 2026 9:40", "Místo: Lessa", "")) + "\n" + dump(
        "Předseda vlády Oskar Lind odpovídal před zahájením zasedání Rady na dotazy novinářů.",
        "Novinář: Pane premiére, s jakými očekáváními přijíždíte?",
        "Oskar Lind: Očekávám, že se dohodneme na společném nákupu plynu.")
    main = documents_from_text(text)[0]
    assert main.place == "Lessa"
    assert not any(b.text.startswith("Místo") for b in main.blocks)


@pytest.mark.parametrize("line", ["Từ khóa: Thủ tướng xúc tiến đầu tư", "Penulis: Oskar Lind",
                                  "আরও পড়ুন", "Baca selengkapnya"])
def test_keywords_writers_and_read_more_in_more_languages(line: str) -> None:
    assert FURNITURE.match(line)


@pytest.mark.parametrize("note", ["Sjekkes mot fremføring", "Kontrolleras mot framförandet"])
def test_nordic_delivery_notes(note: str) -> None:
    assert DELIVERY_NOTE.fullmatch(note)
