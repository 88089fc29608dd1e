"""Pages of shapes a blind round (seed-like dumps with dash turns, Cyrillic, Baltic and Finnic,
Turkic and Persian, Romance-language and English-language government sites) found read wrong.

Every page here is fictional (Veloria, Lessa, Saldovia and their invented people).
"""

from __future__ import annotations

import pytest

from communique.extract.sitetime import site_timezone
from communique.models import Page, Source
from communique.parse.kinds import classify_kind, section_kind
from communique.parse.language import detect_language
from communique.pipeline import parse_page
from tests.pages import dump, html_page, text_page

MENU = dump("President of the Republic of Veloria", "Home", "News", "Interviews", "Speeches")
FEED = dump("Share", "Print version", "Related news",
            "Amara Velden received the credentials of new ambassadors", "11 March 2026, 17:05",
            "© 2026 Press Service of the President of Veloria")


def interview(title: str, lead: str, *turns: str) -> object:
    return parse_page(text_page(dump(MENU, title, "12 March 2026, 14:30", lead, *turns,
                                     FEED)))[0]


def speakers(statement: object) -> list[tuple[str | None, str]]:
    return [(t.speaker, t.role) for t in statement.turns]  # type: ignore[attr-defined]


DASHES = ("- Madam President, will the harvest fund reach Dorvan?",
          "- It will. The first payments arrive in April.",
          "- And the border question?", "- It was settled long ago.")


@pytest.mark.parametrize(("title", "lead", "asker"), [
    # An outlet's possessive before the journalist's name.
    ("Interview of President Amara Velden to Lessa Daily",
     "The President answered questions from Lessa Daily's Ilse Marr.", "Ilse Marr"),
    # The journalist's word after the name.
    ("Interview of President Amara Velden to Radio Lessa",
     "Amara Velden spoke with Talia Brenn, presenter of the morning programme of Radio Lessa.",
     "Talia Brenn"),
    ("Intervista del Presidente Amara Velden",
     "La Presidente Amara Velden ha rilasciato un'intervista a Paola Mengoni de Il Corriere "
     "di Lessa.", "Paola Mengoni"),
])
def test_the_lead_names_who_asked_and_the_title_who_answered(title: str, lead: str,
                                                             asker: str) -> None:
    statement = interview(title, lead, *DASHES)
    assert speakers(statement) == [(asker, "question"), ("Amara Velden", "answer")] * 2


@pytest.mark.parametrize(("title", "lead"), [
    # An outlet named after the journalist ("pour Le Courrier") is in the title too.
    ("Entretien de la Présidente Amara Velden avec Le Courrier de Lessa",
     "La Présidente de la République a répondu aux questions de Claire Vasseur pour Le "
     "Courrier de Lessa."),
    # Newspapers after "journalists of": an office before that word is not theirs.
    ("Prime Minister Amara Velden's interview with regional newspapers",
     "The Prime Minister answered questions from journalists of the Harbury Gazette, the "
     "Westmoor Echo and the Calder Post."),
])
def test_an_outlet_the_lead_names_never_answers(title: str, lead: str) -> None:
    statement = interview(title, lead, *DASHES)
    assert {s for s, role in speakers(statement) if role == "answer"} == {"Amara Velden"}
    assert not any(p.name.startswith(("Le Courrier", "Westmoor"))
                   for p in statement.participants)


def test_a_bureau_chief_beside_an_editor_asks_and_the_subject_of_spoke_answers() -> None:
    statement = interview(
        "Interview with The Lessa Times",
        "On the eve of the summit, Amara Velden spoke with The Lessa Times Editor Ilse Marr "
        "and Saldovia Bureau Chief Oskar Lind.",
        "Ilse Marr: Madam President, what will the summit bring?",
        "Amara Velden: Agreement on the river, I hope.")
    roles = {p.name: p.role for p in statement.participants}
    assert roles["Amara Velden"] == "interviewee"
    assert roles.get("Oskar Lind") != "interviewee"


def test_dash_turns_after_labelled_ones_are_turns_of_their_own() -> None:
    statement = interview(
        "Interview of President Amara Velden to VTV-1",
        "President Amara Velden answered questions from Ilse Marr of VTV-1.",
        "Ilse Marr: Good evening, Madam President.",
        "Amara Velden: Good evening. Thank you for the invitation.",
        "Ilse Marr: Parliament passed the budget. Are you satisfied?",
        "Amara Velden: I am satisfied that it passed.",
        "- There were amendments you did not like, the cut to the railway fund.",
        "- Yes, and I have said so openly.",
        "- Will you use your veto on the media law?",
        "- I have not yet received the final text.")
    # The lead names who asks: the dashed questions are hers too.
    assert speakers(statement) == [("Ilse Marr", "question"), ("Amara Velden", "answer")] * 4


def test_a_dashed_question_between_labelled_answers_is_a_turn() -> None:
    statement = interview(
        "Joint press conference of President Amara Velden and Prime Minister Oskar Lind",
        "The leaders made statements to the press.",
        "President Velden: We have signed three agreements today.",
        "Prime Minister Lind: Thank you, Madam President.",
        "— A question to both leaders. When will the ferry line reopen?",
        "President Velden: The first ferry sails in April.",
        "Prime Minister Lind: And it will sail every day.")
    assert [role for _s, role in speakers(statement)] == [
        "statement", "statement", "question", "answer", "answer"]


def test_dashes_listing_points_in_a_labelled_answer_stay_in_it() -> None:
    statement = interview(
        "Interview of President Amara Velden to VTV-1",
        "President Amara Velden answered questions from Ilse Marr of VTV-1.",
        "Ilse Marr: Good evening, Madam President.",
        "Amara Velden: Good evening. Thank you for the invitation.",
        "Ilse Marr: What will the budget bring?",
        "Amara Velden: Three things.", "- more money for schools;",
        "- a new rail line;", "- lower taxes for farmers.")
    assert len(statement.turns) == 4


@pytest.mark.parametrize(("greeting", "invitation"), [
    ("Good afternoon. The summit has ended, and I want to tell you what we agreed.",
     "Now I am ready to answer your questions."),
    ("Buonasera a tutti. Il Consiglio dei Ministri ha approvato oggi il decreto.",
     "Lascio ora la parola a voi per le domande."),
])
def test_a_hosts_greeting_before_dashed_questions_is_the_first_turn(greeting: str,
                                                                     invitation: str) -> None:
    statement = parse_page(text_page(dump(
        MENU, "Press conference of President Amara Velden after the summit",
        "12 March 2026, 16:05", greeting, invitation,
        "— Madam President, Lessa Radio. Who will pay for it?", "— Each state pays its share.",
        "— Will you meet the union?", "— Tomorrow morning.", FEED)))[0]
    assert statement.kind == "press_conference"
    assert [role for _s, role in speakers(statement)] == ["statement"] + [
        "question", "answer"] * 2
    assert statement.turns[0].text.startswith(greeting)


def test_dialogue_a_speech_quotes_is_no_turns() -> None:
    statement = parse_page(text_page(dump(
        MENU, "Speech at the opening of the Kelva Children's Hospital", "7 March 2026, 11:00",
        "Dear friends, dear doctors and nurses,",
        "three years ago a girl from Kelva stopped me in the street. She asked me:",
        "– Madam President, will there really be a hospital here?", "– There will.",
        "Today I keep that promise. Long live Kelva!", FEED)))[0]
    assert statement.kind == "speech"
    assert statement.turns == []


def test_the_host_who_held_a_working_meeting_takes_part() -> None:
    statement = parse_page(text_page(dump(
        MENU, "Meeting with Governor of Dorvan Province Oskar Lind", "12 March 2026, 18:20",
        "Amara Velden held a working meeting with Governor of Dorvan Province Oskar Lind.",
        "The Governor reported on the payments from the reserve fund.", FEED)))[0]
    assert {p.name for p in statement.participants} >= {"Amara Velden", "Oskar Lind"}


def test_a_pointer_to_the_recording_ends_the_text() -> None:
    statement = interview(
        "Interview of President Amara Velden to VTV-1", "The President spoke to VTV-1.",
        *DASHES[:3], DASHES[3] + " We signed the treaty in 1998, and it has held since. " * 9
        + "It was settled long ago.", "Watch the full video of the interview")
    assert statement.text.endswith("It was settled long ago.")


def test_a_listings_first_title_over_its_date_is_a_teaser_too() -> None:
    items = ["Amara Velden met with the Governor of Dorvan province", "12 March 2026, 18:20",
             "Interview of President Amara Velden to Lessa Daily", "12 March 2026, 14:30",
             "Amara Velden met with Minister of Agriculture Oskar Lind", "12 March 2026, 10:05",
             "Amara Velden received the credentials of new ambassadors", "11 March 2026, 17:05",
             "President signed the law on rural credit", "11 March 2026, 11:20"]
    records = parse_page(text_page(dump(MENU, "All news", "Filter by date", "March 2026",
                                        *items, "Load more", "1 2 3 … 214")))
    assert [r.title for r in records] == items[::2]
    assert not any(r.complete for r in records)


def test_answers_to_journalists_questions_in_belarusian_are_an_interview() -> None:
    statement = parse_page(text_page(dump(
        MENU, "Адказы на пытанні журналістаў пасля наведвання камбіната",
        "18 лістапада 2025, 16:40",
        "– Алесь Міхайлавіч, камбінат летась працаваў са стратамі. Што павінна змяніцца?",
        "– Перш за ўсё – сыравіна.", "– А кіраванне?", "– Таксама.", FEED)))[0]
    assert statement.kind == "interview"
    assert len(statement.turns) == 4


@pytest.mark.parametrize(("title", "lead", "kind"), [
    ("Amara Velden vestles telefoni teel Saldovia presidendiga",
     "Amara Velden vestles täna telefoni teel Saldovia presidendi Oskar Lindiga.", "phone_call"),
    ("Pääministeri Velden keskusteli puhelimessa Saldovian presidentin kanssa",
     "Pääministeri Amara Velden keskusteli puhelimessa Saldovian presidentin kanssa.",
     "phone_call"),
    ("Prezidentė telefonu kalbėjosi su Saldovijos prezidentu", None, "phone_call"),
    ("Dekretas dėl ambasadoriaus Saldovijoje skyrimo", None, "document"),
    ("Kaitseväe juhataja ametisse nimetamine", "Vabariigi Presidendi otsus nr 45", "document"),
    ("Presidentti Velden tekee valtiovierailun Saldoviaan 7.–9.4.2026",
     "Presidentti Amara Velden tekee valtiovierailun Saldoviaan.", "announcement"),
    ("Амара Велдэн правядзе перамовы з Прэзідэнтам Сальдовіі", None, "announcement"),
    ("Agenda de la presidenta del Gobierno", "10:00 h. La presidenta recibe al presidente.",
     "announcement"),
    # The title's talk is a meeting's words; the lead says it was held by telephone.
    ("La présidente s’entretient avec le président de Saldovie",
     "La présidente Amara Velden s’est entretenue mercredi par téléphone avec Oskar Lind.",
     "phone_call"),
])
def test_more_languages_name_calls_decrees_and_visits_to_come(title: str, lead: str | None,
                                                              kind: str) -> None:
    assert classify_kind(title=title, lead=lead, text="Lessa.")[0] == kind


def test_a_section_of_decisions_names_documents() -> None:
    assert section_kind(["Otsused"]) == "document"


@pytest.mark.parametrize(("note", "share"), [
    ("Muutokset puhuttaessa mahdollisia", "Jaa"),
    ("Muutokset puhetilaisuudessa mahdollisia", "Подели ово:"),
])
def test_a_finnish_delivery_note_and_a_serbian_share_label_are_no_text(note: str,
                                                                       share: str) -> None:
    statement = parse_page(html_page(
        f"<p><em>{note}</em></p><p>Arvoisa puhemies, arvoisat kansanedustajat,</p>"
        "<p>Lessan kaupunki on tänään juhlapukeissaan, ja kiitän teitä kaikkia siitä, että "
        "olette tulleet tänne yhdessä juhlimaan tasavallan syntymäpäivää.</p>"
        f"<p>{share}</p>", heading="Presidentti Amara Veldenin puhe valtiopäivien avajaisissa"))[0]
    assert statement.text.startswith("Arvoisa puhemies")
    assert note not in statement.text and share not in statement.text


def test_a_turkish_archives_heading_over_the_feed_ends_the_text() -> None:
    statement = parse_page(text_page(dump(
        "Cumhurbaşkanlığı", "Ana Sayfa", "Duyurular",
        "Cumhurbaşkanı Velden'in Saldovya ziyaretine ilişkin duyuru", "12.03.2026",
        "Cumhurbaşkanı Amara Velden, 20 Mart'ta Saldovya'ya resmi bir ziyaret "
        "gerçekleştirecektir. Basın mensuplarının akreditasyon başvurularını 15 Mart'a kadar "
        "yapmaları gerekmektedir.",
        "Duyuru Arşivi", "12.03.2026 Ortak basın toplantısına ilişkin akreditasyon duyurusu",
        "10.03.2026 Cumhurbaşkanı Velden'in Lessa programı")))[0]
    assert statement.text.endswith("yapmaları gerekmektedir.")


def test_a_consent_layer_named_sliding_popup_is_no_statement() -> None:
    rows = "".join(
        f"<div class='views-row news-teaser'><div class='teaser-body'>"
        f"<time datetime='2026-03-{d}'>{d}.03.2026</time><span class='category'>Pressiteated"
        f"</span><h3><a href='/et/uudised/{d}'>{t}</a></h3><p>{t} täna Lessas.</p></div></div>"
        for d, t in (("12", "President Velden avas Pärnamäe uue koolimaja"),
                     ("11", "President Velden kohtus Saldovia suursaadikuga"),
                     ("10", "President Velden andis üle riiklikud teenetemärgid"),
                     ("09", "President Velden külastas Lessa haiglat")))
    page = Page(format="html", source=Source(format="html", path="uudised.html"), content=(
        "<html><body><div id='sliding-popup'><p>Kasutame küpsiseid, et parandada teie "
        "kasutajakogemust.</p><button>Nõustun</button></div>"
        "<header><a href='/et'>Vabariigi President</a></header><main><h1>Uudised</h1>"
        f"<div class='view-content'>{rows}</div></main></body></html>"))
    records = parse_page(page)
    assert records and not any(r.complete for r in records)
    assert not any("küpsis" in r.text for r in records)


def test_bold_questions_over_dashed_answers_are_the_turns() -> None:
    qa = [("Ni har varit statsminister i ett år. Vad har varit svårast?",
           "Att fatta beslut som gör ont på kort sikt."),
          ("Och skulden?", "Vi har en skuld som vi måste betala."),
          ("Ställer ni upp igen?", "Ja. Det arbete vi har börjat ska vi avsluta.")]
    body = "<p>Statsminister Amara Velden intervjuades av Lessa Tidning.</p>" + "".join(
        f"<p><strong>{q}</strong></p><p>– {a}</p>" for q, a in qa)
    statement = parse_page(html_page(body, heading="Intervju med statsminister Amara Velden"))[0]
    assert [(t.role, t.text) for t in statement.turns] == [
        (role, said) for q, a in qa for role, said in (("question", q), ("answer", a))]
    assert all(t.speaker in (None, "Amara Velden") for t in statement.turns)


def test_a_hosts_role_label_names_no_one() -> None:
    body = ("<p>Председатель Правительства Ирина Ветрова ответила на вопросы о бюджете.</p>"
            + "<p><b>Ведущий:</b> Ирина Николаевна, что с бюджетом?</p>"
              "<p><b>И.Ветрова:</b> Он принят.</p>" * 2)
    statement = parse_page(html_page(body, heading="Интервью Ирины Ветровой программе «Итоги»"))[0]
    assert {t.speaker for t in statement.turns} == {None, "Ирина Ветрова"}


def test_a_belarusian_office_before_a_name_is_no_part_of_it() -> None:
    statement = parse_page(text_page(dump(
        MENU, "Інтэрв'ю Прэзідэнта Амары Велдэн тэлеканалу «Лесса-ТБ»", "12.03.2026 14:30",
        "Прэзідэнт Амара Велдэн дала інтэрв'ю тэлеканалу «Лесса-ТБ».",
        "Вядучы: Амара Іванаўна, як ідзе сяўба?", "Амара Велдэн: Добра.",
        "Вядучы: А цэны?", "Амара Велдэн: Стабільныя.", FEED)))[0]
    assert {t.speaker for t in statement.turns} == {None, "Амара Велдэн"}


def test_a_date_in_the_box_of_the_pages_own_item_is_its_date() -> None:
    page = html_page(
        "<div class='b-event'><div class='b-event__date'>28 сакавіка 2026 г. 13:40</div>"
        "<h1 class='b-event__title'>Тэлефонная размова з Прэзідэнтам Сальдовіі</h1>"
        "<div class='b-event__text'><p>Прэзідэнт Амара Велдэн правяла тэлефонную размову з "
        "Прэзідэнтам Сальдовіі Оскарам Ліндам. Абмеркаваны пытанні гандлю.</p></div></div>")
    assert parse_page(page)[0].published_at == "2026-03-28T13:40"


def test_a_question_broken_off_and_taken_up_after_q_is_a_turn() -> None:
    body = ("<p>MS. ORLEN: Good afternoon. Questions?</p>"
            "<p>Q One more on the call with the Prime Minister --</p>"
            "<p>MS. ORLEN: Sure.</p>"
            "<p>Q -- did they discuss the tariff on steel?</p>"
            "<p>MS. ORLEN: They did, briefly.</p>")
    statement = parse_page(html_page(body, heading="Press Briefing by Tavi Orlen"))[0]
    assert [t.role for t in statement.turns][-2:] == ["question", "answer"]
    assert statement.turns[-2].text.startswith("-- did they")


def test_a_numeric_date_reads_in_the_order_the_pages_named_date_tells() -> None:
    page = Page(format="html", source=Source(format="html", path="p.html"), content=(
        "<html lang='en'><head><link rel='canonical' href='https://www.president.go.lv/x'>"
        "</head><body><main><h1>President commissions the Kipsoro water project</h1>"
        "<div class='submitted'>Wed, 03/12/2026 - 16:37</div>"
        "<p>KIPSORO, Thursday, March 12, 2026 (PSCU) — President Amara Velden today "
        "commissioned the water project that will serve forty thousand homes in the county "
        "and its three market towns.</p><p>The project cost two billion shillings.</p>"
        "</main></body></html>"))
    assert parse_page(page)[0].published_at.startswith("2026-03-12")


@pytest.mark.parametrize(("label", "heading"), [
    ("PM Lin", "Joint press conference of Prime Minister Lin Wei-Sern and President Oskar Lind"),
    ("PRES. VELDEN", "Media interview with President Amara Velden and Oskar Lind"),
])
def test_an_office_and_a_surname_label_find_the_full_name(label: str, heading: str) -> None:
    body = (f"<p><strong>{label}:</strong> Good afternoon, and thank you.</p>"
            "<p><strong>Q (Ilse Marr, Lessa Daily):</strong> Will the bridge be ready?</p>"
            f"<p><strong>{label}:</strong> Next year.</p>")
    statement = parse_page(html_page(body, heading=heading))[0]
    full = "Lin Wei-Sern" if "Lin" in label else "Amara Velden"
    assert statement.turns[0].speaker == full


def test_a_port_in_a_title_is_no_one_and_two_offices_are_two_people() -> None:
    body = ("<p>Transcript of the doorstop interview with the Prime Minister and the Treasurer "
            "in Port Caradon.</p>"
            "<p>PRIME MINISTER: Good morning, and thanks to the Treasurer, Ilse Marr, for "
            "joining me. I'll ask the Treasurer to say a few words.</p>"
            "<p>TREASURER: Thanks, PM. This money is fully offset.</p>"
            "<p>JOURNALIST: Prime Minister, will you cut the fuel excise?</p>"
            "<p>PRIME MINISTER: I'm not going to announce tax changes today.</p>")
    statement = parse_page(html_page(body, heading="Doorstop interview - Port Caradon"))[0]
    said = {t.speaker for t in statement.turns if t.role != "question"}
    assert said == {"Prime Minister", "Ilse Marr"}
    assert not any(p.name == "Port Caradon" for p in statement.participants)


def test_a_host_apposed_to_the_name_after_gave_an_interview_to_asks() -> None:
    statement = interview(
        "Interview of President Amara Velden to Meridian Radio",
        "President Amara Velden gave an interview to Ilse Marr, host of Meridian Radio's "
        "current affairs programme, at the Istana Selatan on 5 March 2026.", *DASHES)
    assert {(t.speaker, t.role) for t in statement.turns} == {
        ("Ilse Marr", "question"), ("Amara Velden", "answer")}


@pytest.mark.parametrize(("markup", "lead"), [
    ("<div class='field field-name-field-sottotitolo'><div class='field-item'>{}</div></div>",
     "Trascrizione della conferenza stampa della Presidente Amara Velden a Lessa."),
    ("<p class='subtitulo'>{}</p>",
     "Amara Velden y Oskar Lind han acordado reforzar la cooperación energética."),
])
def test_a_subtitle_under_the_heading_is_the_lead(markup: str, lead: str) -> None:
    page = Page(format="html", source=Source(format="html", path="p.html"), content=(
        f"<html><body><main><h1>Conferenza stampa a Lessa</h1>{markup.format(lead)}"
        "<p>La Presidente ha illustrato le misure approvate oggi dal Consiglio dei Ministri "
        "per le scuole di montagna e per la ricostruzione del ponte di Sarvio.</p>"
        "<p>Le misure entrano in vigore il primo aprile.</p></main></body></html>"))
    assert parse_page(page)[0].lead == lead


def test_office_labels_find_names_after_an_office_with_two_portfolios() -> None:
    lead = ("Trascrizione della conferenza stampa del Presidente del Consiglio dei Ministri "
            "Amara Velden e del Ministro dell'Economia e delle Finanze Oskar Lind.")
    body = (f"<p class='sottotitolo'>{lead}</p>"
            "<p><strong>PRESIDENTE:</strong> Buonasera a tutti.</p>"
            "<p><strong>LIND:</strong> Il decreto costa cento milioni.</p>"
            "<p><strong>Domanda:</strong> Quando partono i lavori?</p>"
            "<p><strong>PRESIDENTE:</strong> A giugno.</p>")
    statement = parse_page(html_page(body, heading="Conferenza stampa al termine del "
                                                   "Consiglio dei Ministri n. 48"))[0]
    assert [t.speaker for t in statement.turns] == [
        "Amara Velden", "Oskar Lind", None, "Amara Velden"]


@pytest.mark.parametrize(("host", "language", "zone"), [
    ("prezident.sv", "az", None),  # an Azerbaijani page under El Salvador's domain
    ("president.kz", "ru", "Asia/Almaty"), ("kremlin.ru", "en", "Europe/Moscow"),
    ("elysee.fr", "fr-FR", "Europe/Paris"), ("gov.uk", None, "Europe/London"),
])
def test_a_domains_zone_holds_only_for_its_countrys_languages(host: str, language: str | None,
                                                              zone: str | None) -> None:
    assert site_timezone(host, language) == zone


def test_a_time_alone_in_a_dateline_box_is_no_place() -> None:
    page = html_page(
        "<div class='reader_article_dateline'><span class='reader_article_dateline__date'>"
        "30 марта 2026</span> <span class='reader_article_dateline__time'>21:00</span></div>"
        "<p>Председатель Правительства Ирина Ветрова ответила на вопросы о бюджете, ценах и "
        "строительстве жилья в программе «Итоги недели».</p><p>Бюджет принят.</p>",
        heading="Интервью Ирины Ветровой программе «Итоги недели»")
    assert parse_page(page)[0].place is None


def test_a_category_beside_the_date_is_no_place() -> None:
    page = Page(format="html", source=Source(format="html", path="p.html"), content=(
        "<html><body><article class='haber-detay'><h1>Cumhurbaşkanı Velden ile Saldovya "
        "Başbakanı Lind ortak basın toplantısı düzenledi</h1><div class='haber-bilgi'>"
        "<span class='tarih'>12.03.2026 14:30</span> <span class='kategori'>Basın "
        "Toplantısı</span></div><div class='haber-metni'><p>Cumhurbaşkanı Amara Velden, "
        "Saldovya Başbakanı Oskar Lind ile ortak basın toplantısı düzenledi ve iki ülke "
        "arasındaki ticaretin artırılacağını söyledi.</p><p>Görüşme iki saat sürdü.</p>"
        "</div></article></body></html>"))
    statement = parse_page(page)[0]
    assert statement.published_at == "2026-03-12T14:30"
    assert statement.place != "Basın Toplantısı"


def test_a_labelled_stamp_under_the_text_dates_no_feed_item() -> None:
    records = parse_page(text_page(dump(
        MENU, "Встреча с губернатором Северного края Оскаром Линдом",
        "2 апреля 2026 года, 13:15",
        "Амара Велден провела встречу с губернатором Северного края Оскаром Линдом.",
        "Обсуждались ход посевной и строительство дорог.",
        "Опубликован в разделах: Новости", "Дата публикации: 2 апреля 2026 года, 13:15",
        "Другие материалы", "Телефонный разговор с Президентом Сальдовии",
        "2 апреля 2026 года, 12:00", "Совещание по экономическим вопросам",
        "1 апреля 2026 года, 17:40")))
    assert [(r.title, r.published_at) for r in records[1:]] == [
        ("Телефонный разговор с Президентом Сальдовии", "2026-04-02T12:00"),
        ("Совещание по экономическим вопросам", "2026-04-01T17:40")]


def test_a_statement_to_the_house_is_no_meeting_for_the_summit_it_names() -> None:
    title = "PM statement to the House on the Tessel Summit preparations: 10 March 2026"
    assert classify_kind(title=title, lead=None, text="Mr Speaker, with permission.")[0] \
        == "statement"


def test_a_lower_case_ends_under_a_transcript_ends_it() -> None:
    body = ("<p>PM: Good afternoon. Cabinet met today and agreed three things.</p>"
            "<p>JOURNALIST: Will the bill pass?</p><p>PM: It will. Thanks, everyone.</p>"
            "<p><strong>ends</strong></p>")
    statement = parse_page(html_page(body, heading="Post-Cabinet press conference"))[0]
    assert statement.text.endswith("Thanks, everyone.")


def test_a_conference_the_title_names_answers_nothing() -> None:
    body = ("<p>La presidenta del Gobierno ha comparecido ante los medios.</p>"
            "<p>P.- Presidenta, ¿mantiene su intención de convocar la reunión?</p>"
            "<p>R.- Sí, esa es nuestra intención.</p>"
            "<p>P.- ¿Y la financiación?</p><p>R.- Llegará en abril.</p>")
    statement = parse_page(html_page(
        body, heading="Rueda de prensa de la presidenta del Gobierno tras la Conferencia de "
                      "Presidentes Autonómicos"))[0]
    assert not any(t.speaker and "Conferencia" in t.speaker for t in statement.turns)


@pytest.mark.parametrize(("lead", "name"), [
    ("Prezident Amara Velden Saldoviya Prezidenti Oskar Lində zəng edib. Prezident Oskar Lind "
     "dəvəti qəbul etdi.", "Oskar Lind"),
    ("Prezident Amara Velden Saldoviya Bosh vaziri Oskar Lindni qabul qildi. Oskar Lind "
     "tashrif uchun minnatdorlik bildirdi.", "Oskar Lind"),
])
def test_a_turkic_case_ending_without_an_apostrophe_comes_off(lead: str, name: str) -> None:
    statement = parse_page(text_page(dump(
        MENU, "Amara Velden Saldoviya rahbari bilan uchrashdi", "12.03.2026 14:30", lead,
        "Tomonlar hamkorlikni muhokama qildi.", FEED)))[0]
    assert name in {p.name for p in statement.participants}
    assert not any(p.name.startswith(name) and p.name != name for p in statement.participants)


def test_a_turkish_letters_lead_names_its_sender_and_addressee() -> None:
    statement = parse_page(text_page(dump(
        MENU, "Cumhurbaşkanı Velden'den tebrik mesajı", "12.03.2026 14:30",
        "Cumhurbaşkanı Amara Velden, Saldovya'da yapılan seçimi kazanan Oskar Lind'e bir "
        "tebrik mesajı gönderdi.", "Mesajda şu ifadelere yer verildi:",
        "\"Sayın Oskar Lind, seçim zaferinizi içtenlikle kutlarım.\"", FEED)))[0]
    assert statement.kind == "letter"
    assert {(p.name, p.role) for p in statement.participants} >= {
        ("Amara Velden", "sender"), ("Oskar Lind", "addressee")}


def test_macedonian_without_its_own_letters_is_told_from_serbian() -> None:
    assert detect_language("Претседателот на Велорија денеска во Леса разговараше со својот "
                           "колега за соработката во енергетиката, а двајцата изјавија дека "
                           "нивните односи се добри.") == "mk"
    assert detect_language("Председник Републике Велорије је данас у Леси разговарао са "
                           "председником владе о сарадњи у енергетици и његовој улози у "
                           "региону.") == "sr"
