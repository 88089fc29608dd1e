"""Dates mentioned: absolute and relative expressions, the year they take, and its basis."""

from __future__ import annotations

import pytest

from communique.enrich.dates import find_dates


def _read(text: str, published: str | None = "2021-09-24") -> list[tuple[str, str, str]]:
    return [(d.value, d.basis, d.text) for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("It began on 27 September 2020.", [("2020-09-27", "explicit", "27 September 2020")]),
    ("On November 15, 2024, they spoke.", [("2024-11-15", "explicit", "November 15, 2024")]),
    ("Signed on 5th of May 2019.", [("2019-05-05", "explicit", "5th of May 2019")]),
    ("Sept. 5, 2019 was a Thursday.", [("2019-09-05", "explicit", "Sept. 5, 2019")]),
    ("The plan dates from April 2016.", [("2016-04", "explicit", "April 2016")]),
    ("The port opened in 2018.", [("2018", "explicit", "2018")]),
    ("Звонок состоялся 7 октября 2020 года.", [("2020-10-07", "explicit", "7 октября 2020 года")]),
], ids=["day-month-year", "month-day-year", "ordinal-of", "abbreviated", "month-year", "year",
        "russian"])
def test_absolute(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It happened on 7 October.", [("2020-10-07", "publication", "7 October")]),
    ("We met on 17 August.", [("2021-08-17", "publication", "17 August")]),
    ("The summit will take place on 5 October.", [("2021-10-05", "publication", "5 October")]),
    ("That was the evening of 8 November.",
     [("2020-11-08", "publication", "the evening of 8 November")]),
    ("We liberated the city in early October.", [("2020-10", "publication", "October")]),
], ids=["past-day", "recent-day", "future-day", "part-of-day", "month-alone"])
def test_year_from_publication(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


def test_year_from_the_same_paragraph() -> None:
    text = "In May 2018 the drill ended; on 9 June the troops returned."
    assert _read(text)[1] == ("2018-06-09", "year_in_context", "9 June")


def test_year_from_earlier_text_without_publication() -> None:
    text = "The war began on 27 September 2020.\nA ceasefire followed on 10 November."
    assert _read(text, None)[1] == ("2020-11-10", "year_in_context", "10 November")


def test_unresolved_without_any_year() -> None:
    assert _read("We met on 10 November.", None) == [("--11-10", "unresolved", "10 November")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Last year we built roads.", ("2020", "publication", "Last year")),
    ("This year we restore.", ("2021", "publication", "This year")),
    ("Yesterday we spoke.", ("2021-09-23", "publication", "Yesterday")),
    ("That was two years ago.", ("2019", "publication", "two years ago")),
], ids=["last-year", "this-year", "yesterday", "years-ago"])
def test_relative(text: str, expected: tuple[str, str, str]) -> None:
    assert _read(text) == [expected]


def test_a_year_later_counts_from_the_previous_date() -> None:
    text = "It was signed on 10 November 2020. We will know a year later."
    assert _read(text)[1] == ("2021-11", "previous_mention", "a year later")


@pytest.mark.parametrize("text", ["At 12:30 the talks began.", "More than 16,000 shells.",
                                  "The 1990s were hard.", "He may 5 times repeat it."],
                         ids=["time", "number", "decade", "modal-may"])
def test_no_date(text: str) -> None:
    assert _read(text) == []


def test_spans_index_the_text() -> None:
    text = "Talks on 7 October and on the morning of 8 November 2020, then last year."
    for d in find_dates(text, "2021-09-24"):
        assert text[d.start:d.end] == d.text


# ---- Other languages: the table of each, chosen by the statement's language -----------------

PUBLISHED = "2025-06-02"


def _read_in(language: str | None, text: str, published: str | None = PUBLISHED
             ) -> list[tuple[str, str, str]]:
    found = find_dates(text, published, language=language)
    for d in found:
        assert text[d.start:d.end] == d.text  # spans index the text exactly
    return [(d.value, d.basis, d.text) for d in found]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le traité de Velmar fut signé le 14 mars 2025.", ("2025-03-14", "14 mars 2025")),
    ("fr", "La loi du 1er avril 2025 reste en vigueur.", ("2025-04-01", "1er avril 2025")),
    ("de", "Am 2. Juni 2025 besuchte Amara Velden den Hafen.", ("2025-06-02", "2. Juni 2025")),
    ("es", "El acuerdo se firmó el 7 de abril de 2025.", ("2025-04-07", "7 de abril de 2025")),
    ("pt", "O acordo foi assinado em 7 de abril de 2025.", ("2025-04-07", "7 de abril de 2025")),
    ("it", "Il trattato è stato firmato il 3 aprile 2025.", ("2025-04-03", "3 aprile 2025")),
    ("ru", "Визит состоялся 3 апреля 2025 года.", ("2025-04-03", "3 апреля 2025 года")),
    ("uk", "Угоду підписали 3 квітня 2025 року.", ("2025-04-03", "3 квітня 2025 року")),
    ("pl", "Umowę podpisano 3 kwietnia 2025 r.", ("2025-04-03", "3 kwietnia 2025 r.")),
    ("nl", "Het verdrag werd op 7 april 2025 getekend.", ("2025-04-07", "7 april 2025")),
], ids=["fr", "fr-ordinal", "de", "es", "pt", "it", "ru", "uk", "pl", "nl-from-babel"])
def test_full_dates_in_other_languages(language: str, text: str,
                                       expected: tuple[str, str]) -> None:
    assert _read_in(language, text) == [(expected[0], "explicit", expected[1])]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Les travaux reprennent en mars 2025.", ("2025-03", "mars 2025")),
    ("de", "Die Arbeiten begannen im März 2025.", ("2025-03", "März 2025")),
    ("es", "Las obras empezaron en marzo de 2025.", ("2025-03", "marzo de 2025")),
    ("ru", "Работы начались в марте 2025 года.", ("2025-03", "марте 2025 года")),
    ("uk", "Роботи почалися у березні 2025 року.", ("2025-03", "березні 2025 року")),
    ("pl", "Prace ruszyły w marcu 2025 roku.", ("2025-03", "marcu 2025 roku")),
    ("es", "El puerto abrió en 2019.", ("2019", "2019")),
    ("ru", "Порт откроется к 2026 году.", ("2026", "2026 году")),
], ids=["fr", "de", "es", "ru-locative", "uk-locative", "pl-locative", "es-year", "ru-year"])
def test_month_and_year(language: str, text: str, expected: tuple[str, str]) -> None:
    assert _read_in(language, text) == [(expected[0], "explicit", expected[1])]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le 30 juillet, la commission s'est réunie.", ("2024-07-30", "30 juillet")),
    ("fr", "La commission se réunira le 30 juin.", ("2025-06-30", "30 juin")),
    ("de", "Die Kommission tagte am 30. Juli.", ("2024-07-30", "30. Juli")),
    ("de", "Die Kommission wird am 30. Juni tagen.", ("2025-06-30", "30. Juni")),
    ("es", "La comisión se reunió el 30 de julio.", ("2024-07-30", "30 de julio")),
    ("es", "La comisión se reunirá el 30 de junio.", ("2025-06-30", "30 de junio")),
    ("es", "Acordaron convocar la comisión antes del 30 de junio.", ("2025-06-30", "30 de junio")),
    ("fr", "La commission a promis un avis d'ici le 30 juin.", ("2025-06-30", "30 juin")),
    ("it", "La commissione si riunirà il 30 giugno.", ("2025-06-30", "30 giugno")),
    ("pl", "Komisja zbierze się 30 czerwca, będzie obradować.", ("2025-06-30", "30 czerwca")),
    ("uk", "Комісія збереться 30 червня, засідання буде відкритим.",
     ("2025-06-30", "30 червня")),
    ("fr", "La première tranche sera livrée en septembre.", ("2025-09", "septembre")),
    ("fr", "Les pluies de la mi-mars ont cessé.", ("2025-03", "mars")),
    ("es", "Tras las inundaciones de marzo, Velmar reconstruye.", ("2025-03", "marzo")),
    ("de", "Seit März arbeitet die Werft in Velmar.", ("2025-03", "März")),
    ("pt", "As obras começaram em março.", ("2025-03", "março")),
    ("it", "I lavori sono iniziati a marzo.", ("2025-03", "marzo")),
    ("ru", "Работы начались в марте.", ("2025-03", "марте")),
    ("pl", "Prace ruszyły w marcu.", ("2025-03", "marcu")),
    ("fr", "Le mois d'août fut calme à Velmar.", ("2024-08", "août")),
    ("ru", "Работы продлились до конца марта.", ("2025-03", "марта")),
    ("pl", "Maja przyszła do portu w lipcu.", ("2024-07", "lipcu")),
    ("fr", "Le 5 mars, 1999 personnes ont visité le port.", ("2025-03-05", "5 mars")),
], ids=["fr-past", "fr-future", "de-past", "de-future", "es-past", "es-future", "es-deadline",
        "fr-deadline", "it-future",
        "pl-future", "uk-future", "fr-month-future", "fr-mi", "es-month", "de-month",
        "pt-month", "it-month", "ru-month", "pl-month", "fr-elided", "ru-genitive",
        "pl-came-is-past", "fr-no-year-after-comma"])
def test_year_from_publication_in_other_languages(language: str, text: str,
                                                  expected: tuple[str, str]) -> None:
    assert _read_in(language, text) == [(expected[0], "publication", expected[1])]


def test_year_from_the_same_paragraph_in_french() -> None:
    text = "Le port a ouvert le 3 mai 2018; le 9 juin, les navires sont arrivés."
    assert _read_in("fr", text)[1] == ("2018-06-09", "year_in_context", "9 juin")


def test_without_publication_a_day_stays_unresolved() -> None:
    text = "Han acordado convocar una comisión mixta antes del 30 de junio."
    assert _read_in("es", text, None) == [("--06-30", "unresolved", "30 de junio")]


RELATIVE_DAYS = {
    "fr": ("Hier", "aujourd'hui", "demain"),
    "de": ("Gestern", "heute", "morgen"),
    "es": ("Ayer", "hoy", "mañana"),
    "it": ("Ieri", "oggi", "domani"),
    "pt": ("Ontem", "hoje", "amanhã"),
    "ru": ("Вчера", "сегодня", "завтра"),
    "uk": ("Вчора", "сьогодні", "завтра"),
    "pl": ("Wczoraj", "dzisiaj", "jutro"),
}


@pytest.mark.parametrize("language", sorted(RELATIVE_DAYS))
def test_yesterday_today_tomorrow(language: str) -> None:
    words = RELATIVE_DAYS[language]
    text = f"{words[0]} Velmar, {words[1]} Ostrava, {words[2]} Kestrel."
    assert _read_in(language, text) == [
        ("2025-06-01", "publication", words[0]), ("2025-06-02", "publication", words[1]),
        ("2025-06-03", "publication", words[2])]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "L'année dernière, le port a grandi.", ("2024", "L'année dernière")),
    ("de", "Im vergangenen Jahr wuchs der Hafen.", ("2024", "vergangenen Jahr")),
    ("es", "El año pasado creció el puerto.", ("2024", "año pasado")),
    ("it", "Il porto crescerà il prossimo anno.", ("2026", "prossimo anno")),
    ("pt", "Este ano o porto cresceu.", ("2025", "Este ano")),
    ("ru", "В прошлом году порт вырос.", ("2024", "прошлом году")),
    ("uk", "Минулого року порт зріс.", ("2024", "Минулого року")),
    ("pl", "W przyszłym roku port urośnie.", ("2026", "przyszłym roku")),
], ids=["fr", "de", "es", "it", "pt", "ru", "uk", "pl"])
def test_relative_years(language: str, text: str, expected: tuple[str, str]) -> None:
    assert _read_in(language, text) == [(expected[0], "publication", expected[1])]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Am Morgen sprach die Präsidentin in Velmar."),  # Morgen: the morning
    ("de", "Jeden Morgen fahren 3 Fähren."),
    ("es", "Por la mañana habló el presidente Arvid."),  # mañana: the morning
    ("es", "Esta mañana y cada mañana, la flota sale."),
    ("es", "Hoy en día la flota de Velmar es moderna."),  # "nowadays"
    ("pt", "Hoje em dia a frota é moderna."),
    ("pt", "Trabalhamos pelo amanhã de Velória."),  # "the future"
    ("pl", "Walczymy o lepsze jutro Velorii."),
    ("es", "La Plaza de Mayo de Velmar está llena."),  # a name, not the month
    ("fr", "La sonde vers Mars partira de Velmar."),  # the planet
    ("fr", "Mars est une planète."),
    ("uk", "Вітер у лютому морі шумів."),  # лютий: "fierce"
    ("pl", "W lutym mrozie port zamarzł."),
    ("es", "Son 30 barcos de pesca."),
    ("fr", "Nos pêcheurs, 12 000 familles, vivent de la mer."),
    ("de", "Seit 150 Jahren ist dieser Hafen das Herz der Region."),
    ("it", "Abbiamo 12 navi e 2025 marinai."),
    ("es", "Votaron 25. Marzo fue lluvioso."),  # no ordinal dot in Spanish
], ids=["de-morgen", "de-jeden-morgen", "es-la-manana", "es-esta-manana", "es-hoy-en-dia",
        "pt-hoje-em-dia", "pt-amanha-future", "pl-jutro-future", "es-plaza-de-mayo",
        "fr-planet", "fr-planet-start", "uk-fierce", "pl-fierce", "es-number", "fr-number",
        "de-number", "it-number", "es-no-day-dot"])
def test_no_date_in_other_languages(language: str, text: str) -> None:
    assert _read_in(language, text) == []


def test_heute_morgen_is_today_not_tomorrow() -> None:
    assert _read_in("de", "Heute Morgen sprach Amara Velden.") == [
        ("2025-06-02", "publication", "Heute")]
    assert _read_in("de", "Es wurde heute morgen beschlossen.") == [
        ("2025-06-02", "publication", "heute morgen")]


def test_ambiguous_month_reads_with_its_year() -> None:
    assert _read_in("pl", "Umowę podpisano w lutym 2025 roku.") == [
        ("2025-02", "explicit", "lutym 2025 roku")]


@pytest.mark.parametrize("language", ["fr-FR", "fr_CA", "FR"])
def test_language_codes_with_a_region(language: str) -> None:
    assert _read_in(language, "Hier, le 5 mars.") == [
        ("2025-06-01", "publication", "Hier"), ("2025-03-05", "publication", "5 mars")]


def test_unknown_language_reads_only_full_dates() -> None:
    text = "Le 14 mars 2025 à Velmar; le 5 mars aussi; 3 квітня 2025 року; hier."
    assert _read_in(None, text) == [("2025-03-14", "explicit", "14 mars 2025"),
                                    ("2025-04-03", "explicit", "3 квітня 2025 року")]


def test_english_ignores_other_languages_words() -> None:
    assert _read_in("en", "The ship Hier left on 14 mars 2025 in mai.") == []


def test_enrich_statement_reads_the_statement_language() -> None:
    from communique.enrich import enrich_statement
    from communique.models import Source, Statement

    statement = Statement(id="x", kind="statement", title=None, published_at="2025-03-14",
                          text="La première tranche sera livrée en septembre.",
                          source=Source(format="text"), language="fr")
    enrich_statement(statement)
    assert [(d.value, d.text) for d in statement.dates] == [("2025-09", "septembre")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The commission must meet before 30 June.", ("2025-06-30", "30 June")),
    ("pl", "Komisja zbierze się przed 30 czerwca.", ("2025-06-30", "30 czerwca")),
    ("uk", "Комісія збереться до 30 червня.", ("2025-06-30", "30 червня")),
    ("ar", "اتفقا على عقد اجتماع قبل 30 يونيو.", ("2025-06-30", "30 يونيو")),
    ("en", "The commission met on 30 June.", ("2024-06-30", "30 June")),
], ids=["en-before", "pl-przed", "uk-do", "ar-qabl", "en-past"])
def test_a_deadline_before_the_day_puts_it_ahead(language: str, text: str,
                                                  expected: tuple[str, str]) -> None:
    assert _read_in(language, text) == [(expected[0], "publication", expected[1])]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "4月7日，维洛里亚总统同诺兰迪亚总理通电话。",
     [("2025-04-07", "publication", "4月7日")]),
    ("zh", "双方同意在6月30日前召开联合委员会会议。", [("2025-06-30", "publication", "6月30日")]),
    ("zh", "3月洪灾后，维方提供了帮助。", [("2025-03", "publication", "3月")]),
    ("zh", "2024年12月5日，新港口开工。", [("2024-12-05", "explicit", "2024年12月5日")]),
    ("ja", "2025年4月の会談で合意した。", [("2025-04", "explicit", "2025年4月")]),
    ("ko", "위원회는 6월 30일까지 회의를 연다.", [("2025-06-30", "publication", "6월 30일")]),
    ("zh", "13月和2月30日都不是日期。", []),
], ids=["zh-day", "zh-deadline-after", "zh-month", "zh-full", "ja-month-year", "ko-deadline",
        "zh-impossible"])
def test_east_asian_dates(language: str, text: str, expected: list) -> None:
    assert _read_in(language, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("اتفقا على عقد اجتماع قبل ٣٠ يونيو.", [("2025-06-30", "publication", "٣٠ يونيو")]),
    ("وفي ٧ أبريل ٢٠٢٥ تلقى الرئيس اتصالا.", [("2025-04-07", "explicit", "٧ أبريل ٢٠٢٥")]),
], ids=["deadline", "full-date"])
def test_arabic_indic_digits_are_read_and_kept_as_written(text: str, expected: list) -> None:
    assert _read_in("ar", text) == expected


@pytest.mark.parametrize(("text", "value"), [
    # An announcement's present tense is the future's: the day after publication...
    ("On March 17, President Amara Velden meets the Prime Minister of Norland.", "2025-03-17"),
    # ... and a past day it recalls is the nearer one, not a year on.
    ("The talks on January 17 were useful.", "2025-01-17"),
])
def test_an_announcements_days_are_the_nearest_to_publication(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, "2025-03-16", ahead=True)] == [value]
    if value == "2025-03-17":  # elsewhere a present-tense day is one already past
        assert [d.value for d in find_dates(text, "2025-03-16")] == ["2024-03-17"]
