"""Pages of shapes a blind round (Nordic and Baltic, South Asian, French- and
Portuguese-speaking, Balkan, Caucasian and Central Asian sites, content systems' templates,
crawlers' containers) found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest

from communique.errors import PageDropped
from communique.extract.header import place_of, read_date_line
from communique.extract.html import extract_html
from communique.extract.sitetime import site_timezone
from communique.extract.text import documents_from_text
from communique.models import Document, Page, Source
from communique.parse.dates import parse_datetime
from communique.parse.kinds import classify_kind
from communique.parse.language import detect_language
from communique.parse.names import names_in
from communique.parse.participants import by_whom, from_lead, written_nominative
from communique.parse.speakers import SpeakerNames
from communique.pipeline import parse_page
from tests.pages import dump, html_page

ANSWERS = ("<p>Q : Monsieur le Président, la croissance a-t-elle atteint les campagnes ?</p>"
           "<p>R : Elle les atteint. Les routes rurales sont ouvertes et les marchés "
           "s'approvisionnent mieux qu'il y a un an.</p>"
           "<p>Q : Et l'emploi des jeunes ?</p>"
           "<p>R : Nous formons chaque année dix mille jeunes aux métiers du bâtiment.</p>")


def test_a_vanity_country_code_names_no_country_unless_the_host_is_the_governments() -> None:
    assert site_timezone("www.statements-daily.tv") is None
    assert site_timezone("president.example.io") is None
    assert site_timezone("www.gov.tv") == "Pacific/Funafuti"


@pytest.mark.parametrize(("title", "name"), [
    ("Entretien accordé par S.E.M. Amara Velden Oskari, Président de la République, "
     "au quotidien « Le Courrier de Lessa »", "Amara Velden Oskari"),
    ("Entrevista concedida por Sua Excelência Amara Lind Velden, Presidente da República, "
     "ao jornal «Notícias de Lessa»", "Amara Lind Velden"),
    ("Entretien de Amara Velden avec le Courrier de Lessa", "Amara Velden"),
])
def test_an_interview_title_names_the_one_who_answers_bare_answer_labels(
        title: str, name: str) -> None:
    statement = parse_page(html_page(ANSWERS, heading=title))[0]
    assert statement.kind == "interview"
    assert [t.speaker for t in statement.turns] == [None, name, None, name]
    assert [p.name for p in statement.participants] == [name]


def test_a_style_of_address_in_initials_and_a_speechs_genre_word_are_no_part_of_a_name() -> None:
    assert names_in("Discours de S.E.M. Amara Velden Oskari, Président de la République") \
        == ["Amara Velden Oskari"]
    assert names_in("Le Président a reçu Monsieur Oskar Lind Saldo, ministre") \
        == ["Oskar Lind Saldo"]


def test_a_title_ending_in_a_place_names_no_one_who_answers() -> None:
    page = html_page("<p>Prime Minister: Good morning, everyone.</p>"
                     "<p>Journalist: Will the wharf reopen this week?</p>"
                     "<p>Prime Minister: It will reopen on Friday.</p>",
                     heading="Doorstop interview - Port Lessa")
    statement = parse_page(page)[0]
    assert "Port Lessa" not in [p.name for p in statement.participants]


def test_an_outlet_asking_under_its_full_name_then_its_first_word_asks_unnamed() -> None:
    body = ("<p><strong>L'Écho de Lessa : Monsieur le Président, la croissance a atteint 7 %. "
            "Que répondez-vous à ceux qui ne la voient pas ?</strong></p>"
            "<p><strong>Président Amara Velden :</strong> Je comprends cette impatience.</p>"
            "<p><strong>L'Écho : La vie chère inquiète les ménages. Allez-vous agir ?</strong></p>"
            "<p><strong>Président Velden :</strong> Oui, les prix resteront plafonnés.</p>"
            "<p><strong>L'Écho : Un message à la jeunesse ?</strong></p>"
            "<p><strong>Président Velden :</strong> Osez entreprendre.</p>")
    statement = parse_page(html_page(body, heading="Entretien accordé par le Président Amara "
                                     "Velden au journal « L'Écho de Lessa »"))[0]
    assert [t.speaker for t in statement.turns] == [None, "Amara Velden"] * 3
    assert [p.name for p in statement.participants] == ["Amara Velden"]


RELEASE = ("<p>Lessa, 12 March: Prime Minister Amara Velden chaired a meeting on the wheat "
           "harvest on Thursday and reviewed the procurement plans of the provinces.</p>"
           "<p>The Prime Minister directed that farmers be paid within two days of delivery, "
           "and that the provinces report their progress every week.</p>")


def test_a_section_banners_heading_yields_to_the_title_the_article_sets_after_it() -> None:
    content = ("<html><head><title>PM chairs meeting on the wheat harvest | Prime Minister's "
               "Office</title></head><body><section class='page-banner'><h1>Press Releases"
               "</h1></section><article><h3 class='pr-title'>PM chairs meeting on the wheat "
               "harvest</h3><div class='pr-body'>" + RELEASE + "</div></article></body></html>")
    page = html_page("")
    page.content = content
    assert parse_page(page)[0].title == "PM chairs meeting on the wheat harvest"


def test_a_mastheads_heading_that_is_the_whole_title_yields_to_the_posts_own() -> None:
    content = ("<html><head><title>Office of the Prime Minister</title></head><body>"
               "<div class='header'><h1>Office of the Prime Minister</h1></div>"
               "<div class='post-detail'><h2 class='post-title'>Prime Minister meets the "
               "farmers' union</h2><div class='post-content'>" + RELEASE + "</div></div>"
               "</body></html>")
    page = html_page("")
    page.content = content
    assert parse_page(page)[0].title == "Prime Minister meets the farmers' union"


CONFERENCE = ("<p>Prime Minister: Good afternoon. Cabinet met this morning.</p>"
              "<p>Deputy Prime Minister: Thank you, Prime Minister. The harbour reopens.</p>"
              "<p>Question: Prime Minister, when will the fishing quota be set?</p>"
              "<p>Prime Minister: Next month.</p>"
              "<p>Question: Deputy Prime Minister, can you promise no job losses?</p>"
              "<p>Deputy Prime Minister: Nobody can promise that.</p>")


def test_a_deputys_office_label_finds_the_deputy_the_title_names() -> None:
    page = html_page(CONFERENCE, heading="Press conference with Prime Minister Amara Velden "
                     "and Deputy Prime Minister Oskar Lind")
    statement = parse_page(page)[0]
    assert [t.speaker for t in statement.turns] == [
        "Amara Velden", "Oskar Lind", None, "Amara Velden", None, "Oskar Lind"]


def test_a_ministers_label_finds_the_minister_for_the_portfolio_a_dateline_sentence_names(
        ) -> None:
    body = ("<p>Lessa, March 11: Prime Minister Amara Lind Velden, accompanied by Minister "
            "for Finance Oskar Lind, addressed a press conference on Wednesday.</p>"
            "<p>Prime Minister: Ladies and gentlemen, the budget passed yesterday.</p>"
            "<p>Question: Will there be new taxes this year?</p>"
            "<p>Finance Minister: No. Tax collection is higher than last year.</p>"
            "<p>Question: And the price of electricity?</p>"
            "<p>Prime Minister: It falls from April.</p>")
    statement = parse_page(html_page(body, heading="Prime Minister's press conference on "
                                     "the budget"))[0]
    assert [t.speaker for t in statement.turns] == [
        "Amara Lind Velden", None, "Oskar Lind", None, "Amara Lind Velden"]


@pytest.mark.parametrize(("title", "name"), [
    ("Readout of the President's call with President Amara Lind Sol Velden of Veloria",
     "Amara Lind Sol Velden"),
    ("President Oskar Lind Speaks by Phone with President Amara Velden", "Oskar Lind"),
])
def test_an_english_office_before_a_name_of_more_than_two_words_keeps_it_whole(
        title: str, name: str) -> None:
    assert name in names_in(title)


def _post(number: int, title: str, day: str, tags: str = "") -> str:
    return (f"<article class='post-{number} post type-post hentry {tags}'>"
            f"<header class='entry-header'><div class='entry-meta'><a href='/{day}/{number}/'>"
            f"<time class='entry-date published' datetime='{day}T10:00:00'>{day}</time></a>"
            f"</div><h2 class='entry-title'><a href='/{day}/{number}/'>{title}</a></h2>"
            f"</header><div class='entry-summary'><p>The first lines of the statement on "
            f"{title.lower()}, as the archive shows them&hellip;</p></div></article>")


def test_a_content_systems_archive_of_posts_numbered_and_tagged_apart_is_a_listing() -> None:
    posts = "".join(_post(1400 + k, f"Statement on the harbour works, part {k}",
                          f"2024-0{k}-1{k}", "tag-floods" if k == 1 else "category-news")
                    for k in range(1, 6))
    records = parse_page(html_page(f"<main class='site-main'>{posts}</main>",
                                   heading="Statements"))
    assert [r.complete for r in records] == [False] * 5
    assert records[0].title == "Statement on the harbour works, part 1"


def test_a_page_echoing_the_words_its_search_form_holds_is_search_results() -> None:
    results = "".join(f"<div class='search-result'><time datetime='2024-09-1{k}'>1{k}.09.2024"
                      f"</time><h3><a href='/reden/{k}'>Rede des Bundeskanzlers Nummer {k} zur "
                      f"Lage</a></h3></div>" for k in range(1, 5))
    body = ("<form action='/de/suche' method='get'><input type='text' name='suchbegriff' "
            "value='Kanzler Rede'></form><p>Ihre Suche nach „Kanzler Rede“ ergab 214 Treffer."
            "</p>" + results)
    page = html_page(body, heading="Suche")
    with pytest.raises(PageDropped, match="search results"):
        extract_html(page)
    # A search box with the site's own words in it, on a statement's page, drops nothing.
    statement = html_page("<form action='/search'><input type='text' name='q' "
                          "value='Search this site'></form>" + RELEASE,
                          heading="PM chairs meeting on the wheat harvest")
    assert extract_html(statement)[0].title == "PM chairs meeting on the wheat harvest"


MENU = ("Accueil", "Le Président", "Activités du Président", "Discours", "Communiqués")
CALL = ("Le Président de la République s'est entretenu lundi au téléphone avec son homologue "
        "de Saldovie, M. Oskar Lind, à qui il a présenté ses condoléances.")


@pytest.mark.parametrize(("lines", "title"), [
    # A section's menu item repeated over the date line.
    ((*MENU, "Activités du Président", "09/03/2026",
      "Entretien téléphonique avec le Président de Saldovie", CALL,
      "Les deux Chefs d'État sont convenus de rester en contact."),
     "Entretien téléphonique avec le Président de Saldovie"),
    # A lower-case agency line between the title and the date.
    (("Etusivu > Ajankohtaista", "Pääministeri Velden tapasi Saldovian pääministerin",
      "valtioneuvoston kanslia", "Julkaisuajankohta 14.3.2026 10.05", "Tiedote",
      "Pääministeri Amara Velden tapasi lauantaina Saldovian pääministerin Oskar Lindin "
      "Lessassa. Pääministerit keskustelivat energiayhteistyöstä ja liikenteestä.",
      "Yhteistyö on tiivistynyt viime vuosina erityisesti puolustusteollisuudessa."),
     "Pääministeri Velden tapasi Saldovian pääministerin"),
    # A transcript's version label under its title.
    (("Salle de presse", "Point de presse de Mme Amara Velden, première ministre",
      "Version finale", "Le jeudi 12 mars 2026, 13 h 30",
      "Lessa, salle du Conseil, édifice Oranthe",
      "Mme Velden : Bonjour à tous. Nous présentons aujourd'hui le budget de l'année.",
      "Journaliste : Madame la Première ministre, les impôts baisseront-ils ?",
      "Mme Velden : Oui, pour les familles de la classe moyenne."),
     "Point de presse de Mme Amara Velden, première ministre"),
])
def test_lines_between_a_text_pages_title_and_its_date_are_no_title(
        lines: tuple[str, ...], title: str) -> None:
    assert documents_from_text(dump(*lines))[0].title == title


def test_a_two_word_title_ending_in_its_day_over_the_stamp_of_that_day_is_the_title() -> None:
    doc = documents_from_text(dump(
        "Avaleht / Uudised", "Valitsuse pressikonverents, 19. märts 2026",
        "Stenogramm | 19.03.2026",
        "Peaminister Amara Velden: Tere! Valitsus kiitis täna heaks lisaeelarve eelnõu.",
        "Oskar Lind (Lessa Päevaleht): Kas maksud tõusevad?",
        "Velden: Ei, maksumuudatuste ajakava jääb samaks."))[0]
    assert doc.title == "Valitsuse pressikonverents, 19. märts 2026"
    assert doc.published_at == "2026-03-19"


@pytest.mark.parametrize(("said", "iso"), [
    ("2026. gada 12. martā", "2026-03-12"),  # Latvian: the year first, the month's locative
    ("2026. gada 3. janvārī plkst. 14:20", "2026-01-03T14:20"),
    ("12 މާރިޗު 2026", "2026-03-12"),  # Dhivehi's months, which CLDR does not name
])
def test_dates_in_more_calendars_words(said: str, iso: str) -> None:
    assert parse_datetime(said) == iso


SPEECH = ("Arvoisa puhemies, arvoisat kansanedustajat, hyvät kuulijat, eduskunta kokoontuu "
          "tänään vuoden valtiopäiville aikana, jolloin turvallisuusympäristö on muuttunut.",
          "Toivotan teille kaikille voimia ja viisautta vaativaan tehtäväänne.")


@pytest.mark.parametrize("day", [
    "২৭ ফাল্গুন ১৪৩২ বঙ্গাব্দ / ১২ মার্চ ২০২৬",  # the Bangla calendar's day, then the Gregorian
    "मिति: २०८२ फागुन २८ (12 March 2026)",  # Bikram Sambat's, the Gregorian in brackets
])
def test_a_date_line_giving_another_calendars_day_first_dates_the_page(day: str) -> None:
    doc = documents_from_text(dump("Menu", "Home", "Prime Minister's address on Farmers' Day",
                                   day, *SPEECH))[0]
    assert doc.title == "Prime Minister's address on Farmers' Day"
    assert doc.published_at == "2026-03-12"


def test_a_date_line_opening_with_a_weekday_is_no_wrapped_titles_rest() -> None:
    doc = documents_from_text(
        "Etusivu\nPuheet\nTasavallan presidentti Amara Veldenin puhe valtiopäivien "
        "avajaisissa 3.2.2026\ntiistai 3.2.2026\nPuhe\n(Muutokset puhetilaisuudessa "
        "mahdollisia)\n" + "\n".join(SPEECH))[0]
    assert doc.title == ("Tasavallan presidentti Amara Veldenin puhe valtiopäivien "
                         "avajaisissa 3.2.2026")
    assert doc.published_at == "2026-02-03"
    assert "Muutokset" not in doc_text(doc)


def test_sharing_rows_in_more_languages_end_a_text_pages_statement() -> None:
    for row in ("Dalīties: Facebook X Draugiem.lv E-pasts", "Shpërndaje", "பகிர்க"):
        doc = documents_from_text(dump("Statement on the floods", "12 March 2026",
                                       *SPEECH, row, "Other news of the day"))[0]
        assert doc_text(doc).endswith("vaativaan tehtäväänne."), row


def doc_text(doc: Document) -> str:
    return "\n".join(block.text for block in doc.blocks)


@pytest.mark.parametrize(("label", "place"), [
    ("м. Зоряне, ", "Зоряне"), ("Şirvanabad şəhəri, ", "Şirvanabad"),
    ("Шаҳри Навобод, ", "Навобод"), ("Oqtepa shahri, ", "Oqtepa"),
])
def test_a_datelines_word_for_city_is_no_part_of_its_place(label: str, place: str) -> None:
    assert place_of(label) == place


NOTE = ("<p>O Gabinete do Primeiro-Ministro informa que o Conselho de Ministros aprovou hoje o "
        "novo regime de apoio às famílias afetadas pelas cheias no norte do país.</p>"
        "<p>As candidaturas abrem na próxima segunda-feira e decorrem durante trinta dias.</p>")


def test_a_lone_place_and_date_closing_a_note_gives_its_place() -> None:
    page = html_page(NOTE + "<p>Lessa, 12 de março de 2026</p>",
                     heading="Nota à imprensa do Gabinete do Primeiro-Ministro")
    assert parse_page(page)[0].place == "Lessa"


def test_an_outlets_credit_under_an_interview_gives_no_place() -> None:
    page = html_page("<p class='perex'>Rozhovor prezidenta pro deník Lessa Herald, který "
                     "vedla Oskar Lind.</p>" + NOTE + "<p>Lessa Herald, 12. března 2025</p>",
                     heading="Rozhovor prezidenta pro deník Lessa Herald")
    assert parse_page(page)[0].place != "Lessa Herald"


def test_a_markdown_bodys_dateline_under_front_matter_gives_its_place() -> None:
    text = ("---\ntitle: \"Discurso do Primeiro-Ministro na inauguração do Porto de Lessa\"\n"
            "date: 2026-03-07T11:00:00-01:00\n---\n\n"
            "{{< figure src=\"/images/porto.jpg\" caption=\"O Primeiro-Ministro\" >}}\n\n"
            "**Lessa, 7 de março de 2026**\n\nSenhor Presidente da Câmara Municipal,\n\n"
            "Minhas senhoras e meus senhores,\n\nInauguramos hoje um porto que muda a vida "
            "de centenas de famílias de pescadores da ilha.\n\n{% include share.html %}\n")
    page = Page(content=text, format="markdown", source=Source(format="markdown", path="p.md"))
    statement = parse_page(page)[0]
    assert statement.place == "Lessa"
    assert "{" not in statement.text


def test_a_quebec_transcripts_given_name_in_brackets_completes_the_journalists_name() -> None:
    names = SpeakerNames(["Mme Velden", "Mme Lind (Oskara)"])
    assert names.resolve("Mme Lind (Oskara)") == "Oskara Lind"
    assert names.resolve("Question (Lessa Herald)") is None


@pytest.mark.parametrize("label", ["Žurnalistas", "Ajakirjanik", "Gazetari"])
def test_more_languages_words_for_the_journalist_ask_unnamed(label: str) -> None:
    assert SpeakerNames([label, "Amara Velden"]).resolve(label) is None


@pytest.mark.parametrize(("title", "name"), [
    ("Discours de S.E.M. Amara Velden Oskari, Président de la République, à Lessa",
     "Amara Velden Oskari"),
    ("Discurso do Primeiro-Ministro, Oskar Lind Saldo, na inauguração do Porto de Lessa",
     "Oskar Lind Saldo"),
])
def test_a_speechs_title_names_its_speaker_after_a_style_or_in_apposition(
        title: str, name: str) -> None:
    assert [p.name for p in by_whom(title)] == [name]


@pytest.mark.parametrize("title", [
    "Mensaje de Navidad de Su Majestad el Rey", "Discurso do Primeiro-Ministro na abertura do "
    "Fórum Atlântico de Energia", "Conférence de presse du Président de la Région de Lessa"])
def test_a_titles_words_after_de_name_no_speaker_unless_an_office_or_style_opens_them(
        title: str) -> None:
    assert by_whom(title) == []


@pytest.mark.parametrize(("title", "text", "kind"), [
    ("Le Président reçoit le ministre saldovien des Affaires étrangères, porteur d'un message "
     "du Président Lind", "Le Président a reçu jeudi le ministre, porteur d'un message écrit.",
     "meeting"),
    ("Note de presse : la Primature condamne l'attaque contre le commissariat",
     "Le Premier ministre adresse ses condoléances aux familles des victimes.", "statement"),
    ("Novinarska konferenca po 47. redni seji vlade", "Vlada je danes sprejela proračun.",
     "press_conference"),
    ("Premijerka Velden sa delegacijom Skupštine Saldovije",
     "Premijerka je razgovarala sa delegacijom parlamenta.", "meeting"),
    ("Forsætisráðherra ræddi við forseta Saldovíu",
     "Forsætisráðherra átti í dag símafund með forseta Saldovíu.", "phone_call"),
    ("Løgmaður hitti forsætisráðharran í Saldoviu",
     "Løgmaður hevði í dag fund við forsætisráðharran.", "meeting"),
    ("ජාතික තරුණ සමුළුවේදී ජනාධිපතිතුමා කළ කතාව", "මිතුරනි, අද අපි එක්ව සිටිමු.", "speech"),
    ("வெள்ள அனர்த்தம் தொடர்பில் ஜனாதிபதியின் விசேட அறிக்கை",
     "நாட்டு மக்களுக்கு வணக்கம்.", "statement"),
])
def test_kinds_named_in_more_languages(title: str, text: str, kind: str) -> None:
    assert classify_kind(title=title, lead=None, text=text)[0] == kind


@pytest.mark.parametrize("closing", [
    ("(Fin à 13 h 52)", "Gouvernement de Lessa", "Accessibilité", "Politique de confidentialité"),
    ("President's Media Division (PMD)",),
    ("ජනාධිපති මාධ්\u200dය අංශය",),
    ("Partager cet article", "Facebook", "X"),
])
def test_a_transcripts_end_hour_a_media_divisions_signature_and_sharing_close_the_text(
        closing: tuple[str, ...]) -> None:
    doc = documents_from_text(dump("Statement on the floods", "12 March 2026", *SPEECH,
                                   *closing))[0]
    assert doc_text(doc).endswith("vaativaan tehtäväänne."), closing


OUTLET_TURNS = ("<p><strong>{0}:</strong> Frau Bundeskanzlerin, wann sinken die Strompreise?</p>"
                "<p><strong>Amara Velden:</strong> Zum Jahreswechsel.</p>"
                "<p><strong>{0}:</strong> Und die Netze im Süden?</p>"
                "<p><strong>Amara Velden:</strong> Die bauen wir schneller aus.</p>")


@pytest.mark.parametrize(("label", "title", "lead"), [
    ("Tagesblatt", "Bundeskanzlerin Velden im Interview",
     "Im Gespräch mit dem »Tagesblatt Lessa« spricht Bundeskanzlerin Amara Velden."),
    ("LESSA HERALD", "Intervju kancelarke Amare Velden za Lessa herald", None),
])
def test_an_outlet_the_title_or_lead_names_asks_unnamed_under_its_label(
        label: str, title: str, lead: str | None) -> None:
    body = (f"<p class='lead'>{lead}</p>" if lead else "") + OUTLET_TURNS.format(label)
    statement = parse_page(html_page(body, heading=title))[0]
    assert [t.speaker for t in statement.turns] == [None, "Amara Velden"] * 2
    assert [p.name for p in statement.participants] == ["Amara Velden"]


def test_a_kicker_and_a_weekday_over_the_date_are_no_place() -> None:
    assert place_of("Interview Mittwoch, ") is None
    assert place_of("Transcript Lessa, ") == "Lessa"


def test_a_nordic_error_page_is_dropped() -> None:
    page = html_page("<p>Beklager, vi finner ikke siden du leter etter.</p><p>Feilkode: 404</p>",
                     heading="Beklager, vi finner ikke siden du leter etter",
                     head="<title>Siden finnes ikke - regjeringen</title>")
    with pytest.raises(PageDropped, match="error page"):
        extract_html(page)


@pytest.mark.parametrize(("text", "code"), [
    ("Eg ser fram til å møte presidenten. Han kjem til Lessa på måndag, og me skal òg "
     "drøfte energi. Det er ikkje kvar dag vi får slike vitjingar, og eg vil takke alle "
     "som har arbeidd med dette.", "nn"),
    ("Løgmaður hevði í dag fund við forsætisráðharran í Saldoviu. Teir tosaðu um fiskiveiði, "
     "orku og samferðslu millum londini, og løgmaður bjóðaði honum at vitja Føroyar.", "fo"),
    ("Predsednica Vlade razgovarala je danas sa delegacijom. Ona je istakla da Saldovija "
     "posebno ceni podršku i da će u narednih šest meseci usvojiti nove zakone. Predsednica "
     "je rekla da je to uvek bio prioritet.", "sr"),
    ("प्रधानमन्त्रीले आज राजदूतसँग भेट गर्नुभयो । भेटमा दुई देशबीचको सम्बन्ध मैत्रीपूर्ण रहेको "
     "उल्लेख गर्दै सहयोग विस्तार गर्न आग्रह गर्नुभयो । राजदूतले पनि लगानी गर्न इच्छुक रहेको "
     "बताउनुभयो ।", "ne"),
    ("Azərbaycanca | English. President Amara Məmmədli was interviewed by the Lessa Morning "
     "Post. President Amara Məmmədli: Thank you. A great deal has changed since my last visit, "
     "and our trade has grown by almost forty percent in two years. Companies from Veloria are "
     "now among the five largest investors in our economy. Məmmədli: Come and see the new "
     "port and the railway for yourselves, you will always be welcome here.", "en"),
])
def test_close_languages_told_apart(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_a_finnish_genitive_surname_is_written_as_the_page_writes_it_alone() -> None:
    written = ("Presidentti Amara Velden keskusteli puhelimitse Saldovian presidentin Oskar "
               "Lindin kanssa. Presidentti Lind kiitti tuesta.")
    assert written_nominative("Oskar Lindin", written) == "Oskar Lindin"  # "Lindi" nowhere
    assert written_nominative("Oskar Valmonten",
                              "Presidentti Valmonte kiitti tuesta.") == "Oskar Valmonte"
    # A Serbian instrumental keeps its given name's case: no half-declined name.
    assert written_nominative("Teodorom Maranijem", "Marani je rekao.") == "Teodorom Maranijem"


@pytest.mark.parametrize(("sentence", "kind", "names"), [
    ("Prime Minister Amara Velden spoke to President Oskar Lind of Saldovia this afternoon.",
     "phone_call", [("Amara Velden", "caller"), ("Oskar Lind", "callee")]),
    ("The Foreign Minister of Saldovia, Hon. Oskar Lind Saldo, called on President Hon. Amara "
     "Lind Velden at the Presidential Secretariat in Lessa this morning.", "meeting",
     [("Oskar Lind Saldo", "guest"), ("Amara Lind Velden", "host")]),
    ("President Dr Amara Velden today met with the Ambassador of Saldovia, Her Excellency Oskar "
     "Lind, at the President's Office in Lessa.", "meeting",
     [("Amara Velden", "host"), ("Oskar Lind", "guest")]),
])
def test_english_readouts_name_both_sides(sentence: str, kind: str,
                                          names: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_lead([sentence], kind, "en")] == names


def test_a_standfirst_opening_the_text_leaves_the_next_paragraph_to_name_the_sides() -> None:
    body = ("<p>Both sides agree to resume direct flights between Lessa and Port Saldo</p>"
            "<p>The Foreign Minister of Saldovia, Hon. Oskar Lind Saldo, called on President "
            "Hon. Amara Lind Velden at the Presidential Secretariat this morning.</p>"
            "<p>President Velden warmly welcomed the visiting minister.</p>")
    statement = parse_page(html_page(body, heading="President meets Saldovian Foreign Minister"))[0]
    assert {p.name for p in statement.participants} == {"Oskar Lind Saldo", "Amara Lind Velden"}


def test_a_place_after_the_romance_in_is_no_interviewee() -> None:
    assert names_in("O Presidente falou sobre a seca no Sertão Norte e a safra") == []


def test_a_pages_h2_outranks_a_title_of_the_sites_and_the_sections_names() -> None:
    content = ("<html><head><title>Ministry of the Coast - Nieuwsbericht</title></head><body>"
               "<div id='content'><h2>Verklaring van de minister-president over de storm in "
               "Lessa</h2><span class='datum'>woensdag 6 november 2024</span><br><br>De "
               "afgelopen nacht heeft een zware storm grote schade aangericht in Lessa.<br><br>"
               "Het kabinet stelt vandaag een noodfonds in voor de getroffen gezinnen.</div>"
               "</body></html>")
    page = html_page("")
    page.content = content
    assert parse_page(page)[0].title == ("Verklaring van de minister-president over de storm "
                                         "in Lessa")


def test_a_date_lines_source_field_right_after_its_time_leaves_it_a_date_line() -> None:
    assert read_date_line("2024-06-03 16:45 \u00a0\u00a0 来源：总统府新闻办公室 【字体：大 中 小】 "
                          "打印本页") == ("2024-06-03T16:45", "", "")
