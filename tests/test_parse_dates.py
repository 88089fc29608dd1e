"""parse_datetime: visible date lines in many languages and forms -> ISO 8601."""

from __future__ import annotations

from datetime import date

import pytest

from communique.parse.dates import (
    find_datetime,
    find_day_month,
    month_table,
    numeric_dates,
    numeric_order,
    page_dates,
    parse_datetime,
)

CASES = [
    ("December 16, 2012, 11:00", None, "2012-12-16T11:00"),
    ("16 December 2012", None, "2012-12-16"),
    ("16 декабря 2012 года, 11:00", None, "2012-12-16T11:00"),
    ("16 декабря 2012 года, 11:00", "+03:00", "2012-12-16T11:00+03:00"),
    ("3 June 2025, 16:40Amara Velden's interview", None, "2025-06-03T16:40"),
    ("2 June 2025, 09:2008:15", None, "2025-06-02T09:20"),
    ("2025-03-14 15:20:05-04:00", None, "2025-03-14T15:20-04:00"),
    ("2025-03-14T15:20:05Z", "+03:00", "2025-03-14T15:20+00:00"),
    ("2012-12-16", None, "2012-12-16"),
    ("16. Dezember 2012", None, "2012-12-16"),
    ("16 de diciembre de 2012", None, "2012-12-16"),
    ("le 16 décembre 2012 à 11:00", None, "2012-12-16T11:00"),
    ("Nov. 15, 2024 at 1:13 p.m.", None, "2024-11-15T13:13"),
    ("12 березня 2024 р., 10:30", None, "2024-03-12T10:30"),
    ("12.03.2024 10:30", None, "2024-03-12T10:30"),
    ("Friday, March 13, 2024", None, "2024-03-13"),
    ("12:10, 24 September 2021", None, "2021-09-24T12:10"),
    ("14.01.2025 ∙ 19:05", None, "2025-01-14T19:05"),  # a bullet operator between
    # Year first, month by number (Chinese, Japanese, Korean sites) or by name (Hungarian,
    # Lithuanian); month names of scripts beyond Latin and Cyrillic.
    ("2025年04月07日 18:20 来源：总统府", None, "2025-04-07T18:20"),
    ("2025년 4월 7일", None, "2025-04-07"),
    ("2025/04/07 10:00", None, "2025-04-07T10:00"),
    ("2025. április 7. 10:30", None, "2025-04-07T10:30"),
    ("2025 m. balandžio 7 d.", None, "2025-04-07"),
    ("7 أبريل 2025", None, "2025-04-07"),
    ("7. travnja 2025.", None, "2025-04-07"),
    ("Lunes 7 de abril de 2025", None, "2025-04-07"),
    ("16/12/2012 11:00", None, "2012-12-16T11:00"),
    ("12/16/2012", None, "2012-12-16"),
    ("05/05/2025", None, "2025-05-05"),
    # Year first with dots (Korean, Hungarian), Japanese eras, dashes, CJK hour words.
    ("2025.03.12", None, "2025-03-12"),
    ("2025. 3. 12.", None, "2025-03-12"),
    ("令和7年3月4日", None, "2025-03-04"),
    ("令和元年５月１日 14:30", None, "2019-05-01T14:30"),
    ("平成31年4月30日", None, "2019-04-30"),
    ("14-03-2025", None, "2025-03-14"),
    ("2025年3月4日 14時30分", None, "2025-03-04T14:30"),
    ("2025년 3월 4일 14시 30분", None, "2025-03-04T14:30"),
    # The words before a time in other languages, French hours, Vietnamese month numbers,
    # Devanagari and Thai month names (vowel signs are marks), the Thai Buddhist era.
    ("14 martie 2025, ora 18:30", None, "2025-03-14T18:30"),
    ("14 mars 2025 kl. 10.30", None, "2025-03-14T10:30"),
    ("14 mars 2025 à 10h30", None, "2025-03-14T10:30"),
    ("14 marca 2025 o godz. 10:30", None, "2025-03-14T10:30"),
    ("vrijdag 14 maart 2025 om 15.30 uur", None, "2025-03-14T15:30"),
    ("14 marzo 2025 alle ore 10:30", None, "2025-03-14T10:30"),
    ("14 Μαρτίου 2025 στις 10:30", None, "2025-03-14T10:30"),
    ("Ngày 14 tháng 3 năm 2025", None, "2025-03-14"),
    ("Thứ Sáu, 14 tháng 3, 2025 10:30", None, "2025-03-14T10:30"),
    ("14 मार्च 2025", None, "2025-03-14"),
    ("14 มีนาคม 2568", None, "2025-03-14"),
    ("Jumat, 14 Maret 2025", None, "2025-03-14"),
    ("14. března 2025", None, "2025-03-14"),
    # The word "year" after the year, as Central Asian and Caucasian sites write it.
    ("2021 жылғы 24 қыркүйек", None, "2021-09-24"),
    ("24 қыркүйек 2021 жыл, 12:10", None, "2021-09-24T12:10"),
    ("2021-yil 24-sentyabr, 12:10", None, "2021-09-24T12:10"),
    ("24 sentabr 2021 yil, 12:10", None, "2021-09-24T12:10"),
    ("2021 йил 24 сентябр", None, "2021-09-24"),
    ("24-сентябрь, 2021-жыл, 12:10", None, "2021-09-24T12:10"),
    ("24 sentyabr 2021-ci il, 12:10", None, "2021-09-24T12:10"),
    ("2021 թվականի սեպտեմբերի 24", None, "2021-09-24"),
    ("24-nji sentýabr 2021 ý.", None, "2021-09-24"),
    ("27. septembar 2021. godine u 10:30", None, "2021-09-27T10:30"),
    # Levantine month names, the Arabic era mark, "at the hour" and the evening.
    ("23 تشرين الأول 2021 الساعة 11:30", None, "2021-10-23T11:30"),
    ("24 أيلول 2021", None, "2021-09-24"),
    ("24 سبتمبر 2021م الساعة 2:45 مساءً", None, "2021-09-24T14:45"),
    ("28 กันยายน 2564 เวลา 15.20 น.", None, "2021-09-28T15:20"),
    ("5 d’octubre de 2021 a les 13:30", None, "2021-10-05T13:30"),
    # CLDR's long, medium and full forms, as sites' date libraries print them.
    ("2012\u202fж. 16 желтоқсан 11:00", None, "2012-12-16T11:00"),
    ("2012. gada 16. decembris 11:00", None, "2012-12-16T11:00"),
    ("16. 12. 2012 11:00", None, "2012-12-16T11:00"),
    ("16. 12. 2012. 11:00", None, "2012-12-16T11:00"),
    ("16.12.2012\u202fг. 11:00", None, "2012-12-16T11:00"),
    ("16 დეკემბერი, 2012 11:00", None, "2012-12-16T11:00"),
    ("16-dekabr, 2012 11:00", None, "2012-12-16T11:00"),
    ("2012 թ. դեկտեմբերի 16 11:00", None, "2012-12-16T11:00"),
    ("16 בדצמבר 2012 11:00", None, "2012-12-16T11:00"),
    ("16 ธันวาคม ค.ศ. 2012 11:00", None, "2012-12-16T11:00"),
    ("16 thg 12, 2012 11:00", None, "2012-12-16T11:00"),
    ("16\u200f/12\u200f/2012 11:00", None, "2012-12-16T11:00"),
    ("16 Aralık 2012 Pazar 11:00", None, "2012-12-16T11:00"),
    ("2012. december 16., vasárnap 11:00", None, "2012-12-16T11:00"),
    ("2012年12月16日日曜日 11:00", None, "2012-12-16T11:00"),
    ("2012년 12월 16일 일요일 11:00", None, "2012-12-16T11:00"),
    # The half of the day before the time in Chinese, Japanese and Korean.
    ("2025년 3월 14일 오후 3:30", None, "2025-03-14T15:30"),
    ("2025年3月14日 下午3:30", None, "2025-03-14T15:30"),
    ("2025年3月14日 午後3時30分", None, "2025-03-14T15:30"),
    ("2025年3月14日 上午10:30", None, "2025-03-14T10:30"),
]


@pytest.mark.parametrize("text,offset,expected", CASES, ids=[c[0][:28] for c in CASES])
def test_parse_datetime(text: str, offset: str | None, expected: str) -> None:
    assert parse_datetime(text, utc_offset=offset) == expected


@pytest.mark.parametrize("text", ["On November 15, Vladimir Putin", "31 February 2024",
                                  "12:00", "the 44-day war", "", "In 2025 May 7 people came",
                                  "2025/13/07", "2025年2月30日", "07/04/2025", "03-04-2025",
                                  "v1.2025.3.4", "令和7年2月30日", "1403/13/24",
                                  "14 Ramadan 1446", "۲۴ اسفند ۱۴۹۰"],
                         ids=["no-year", "impossible-day", "time-only", "number", "empty",
                              "year-then-words", "no-month-13", "no-february-30",
                              "slashes-either-order", "dashes-either-order", "a-version",
                              "no-era-february-30", "no-solar-month-13", "hijri-in-latin",
                              "no-solar-day-to-come"])
def test_no_date(text: str) -> None:
    assert parse_datetime(text) is None


# Calendars besides the Gregorian, other scripts' digits and month names, times said in words
# and zones after the time: each as the sites of its country print it.
OTHER_CALENDARS = [
    ("۲۴ اسفند ۱۴۰۳ - ۱۴:۳۰", "2025-03-14T14:30"),  # Solar Hijri, Persian digits
    ("تاریخ انتشار: ۱۴۰۴/۰۲/۲۵ - ۱۰:۱۵", "2025-05-15T10:15"),  # numeric Solar Hijri
    ("سه‌شنبه ۵ حمل ۱۴۰۴", "2025-03-25"),  # Afghanistan's Dari month names
    ("١٥ رمضان ١٤٤٦ هـ - ١٠:٤٥ صباحاً", "2025-03-15T10:45"),  # lunar Hijri (Umm al-Qura)
    ("1 ربيع الأول 1447 هـ", "2025-08-24"),  # a Hijri month of two words
    ("15/09/1446", "2025-03-15"),  # numeric: a solar 1446 is yet to come, so lunar
    ("วันศุกร์ที่ 14 มีนาคม พ.ศ. 2568 เวลา 15.20 น.", "2025-03-14T15:20"),  # Thai era named
    ("中華民國114年3月18日", "2025-03-18"), ("114年3月18日 下午3時", "2025-03-18"),
    ("發布日期：114-03-19", "2025-03-19"),  # Taiwan, numeric, in a Chinese line
    ("መጋቢት 5 ቀን 2017 ዓ.ም", "2025-03-14"),  # Ethiopian
    ("२०८२ वैशाख १० गते, बुधबार", "2025-04-23"), ("१० वैशाख २०८२", "2025-04-23"),  # Nepal
    ("چهارشنبه، د غويي ۱۰مه، ۱۴۰۴", "2025-04-30"),  # Pashto
    ("۱۴ فروردین ۱۴۰۴ ساعت ۱۱:۲۰", "2025-04-03T11:20"),  # Persian "o'clock"
    ("प्रकाशित: १९ मार्च २०२५, ३:२० अपराह्न", "2025-03-19T15:20"),  # Hindi "afternoon"
    ("বৃহস্পতিবার, ১৩ মার্চ ২০২৫", "2025-03-13"),  # Bengali: vowel signs in the month
    ("၂၀၂၅ ခုနှစ်၊ မတ်လ ၁၄ ရက်", "2025-03-14"), ("၁၃ မတ် ၂၀၂၅", "2025-03-13"),  # Burmese
    ("ថ្ងៃទី១៤ ខែមីនា ឆ្នាំ២០២៥", "2025-03-14"),  # Khmer: "day", "month", "year" words
    ("2025 оны 3 сарын 12", "2025-03-12"),  # Mongolian
    ("Machi 14, 2025", "2025-03-14"), ("14 மார்ச் 2025", "2025-03-14"),
    ("11 ມີນາ 2025", "2025-03-11"), ("12 مارچ 2025", "2025-03-12"),
    ("14 марта 2025 г., 14 ч. 30 мин.", "2025-03-14T14:30"),
    ("le 14 mars 2025 à 14 h 30", "2025-03-14T14:30"),
    ("14 de marzo de 2025, 3:20 de la tarde", "2025-03-14T15:20"),
    ("2025-03-21 下午 3:20", "2025-03-21T15:20"),  # a time after a date in ISO form
    ("4. März 2025, 10:30 Uhr in Lessa", "2025-03-04T10:30"),
    ("14 March 2025, 15:20 Moscow time", "2025-03-14T15:20+03:00"),
    ("Published: 19/03/2025 15:20 (GMT+3)", "2025-03-19T15:20+03:00"),
    ("Jumat, 14 Maret 2025 pukul 15.20 WIB", "2025-03-14T15:20+07:00"),
    ("Wed, 12 Mar 2025 18:20:00 +0200", "2025-03-12T18:20+02:00"),
    ("14 March 2025 09:00 (UTC+05:30)", "2025-03-14T09:00+05:30"),
    ("14 March 2025 10:00 eat", "2025-03-14T10:00"),  # a zone's name is written in capitals
    # The day in the lunar Hijri calendar, then in the Gregorian with its time.
    ("الجمعة، ١٧ صفر ١٤٤٣ هـ الموافق ٢٤ سبتمبر ٢٠٢١ م - الساعة ٠٢:٤٥ م", "2021-09-24T14:45"),
    ("வெளியிடப்பட்டது: 14 மார்ச் 2025, மாலை 6:15", "2025-03-14T18:15"),  # Tamil "evening"
]


@pytest.mark.parametrize("text,expected", OTHER_CALENDARS, ids=[c[0][:24] for c in OTHER_CALENDARS])
def test_other_calendars_scripts_and_zones(text: str, expected: str) -> None:
    assert parse_datetime(text, utc_offset="+09:00" if "UTC" in text else None) == expected


def test_span_of_the_date_read() -> None:
    text = "Published 4 March 2024, 10:30 in Port Lessa"
    found = find_datetime(text)
    assert found is not None
    assert text[found[1]:found[2]] == "4 March 2024, 10:30"


def test_month_table_is_read_only_and_multilingual() -> None:
    table = month_table()
    assert table["december"] == table["декабря"] == table["dezember"] == 12
    with pytest.raises(TypeError):
        table["x"] = 1  # type: ignore[index]


@pytest.mark.parametrize(("language", "host", "order"), [
    ("en-US", "www.whitehouse.gov", "mdy"), ("en", "www.state.gov", "mdy"),
    ("fr", "www.elysee.fr", "dmy"), ("en-GB", "www.gov.uk", "dmy"),
    ("en", "en.kremlin.ru", "dmy"), ("en", "example.com", None), (None, None, None),
])
def test_the_order_of_numeric_dates_from_language_and_host(
        language: str | None, host: str | None, order: str | None) -> None:
    assert numeric_order(language, host) == order


@pytest.mark.parametrize(("order", "expected"), [
    ("dmy", "2017-06-05"), ("mdy", "2017-05-06"), (None, None)])
def test_a_date_that_reads_both_ways_follows_the_page(order: str | None,
                                                      expected: str | None) -> None:
    with numeric_dates(order):
        assert parse_datetime("05/06/2017") == expected
    assert parse_datetime("05/06/2017") is None  # outside the page, unsure again


@pytest.mark.parametrize(("text", "expected"), [
    ("16.12.2012 | 11:00 Uhr", "2012-12-16T11:00"),
    ("Monday, 16 December 2012 - 11:00", "2012-12-16T11:00"),
    ("16.12.2012 - 12.01.2013", "2012-12-16"),  # a range of dates, no time of day
    # A slash, a bracket, the word for "at" of more languages; the year's word whole.
    ("02 ოქტომბერი 2025 / 19:40", "2025-10-02T19:40"),
    ("Lessa 8. októbra 2025 (16:50)", "2025-10-08T16:50"),
    ("Tarehe 3 Oktoba, 2025 saa 14:00", "2025-10-03T14:00"),
    ("2025. gada 3. oktobris plkst. 19:25", "2025-10-03T19:25"),
    ("Леса, 11. октобар 2025. године | 20:05", "2025-10-11T20:05"),
    ("ጥቅምት 5 ቀን 2018 ዓ.ም 14:00", "2025-10-15T14:00"),  # the Ethiopian era after the year
], ids=["bar", "dash", "range", "slash", "bracket", "sw", "lv", "sr-year-word", "am-era"])
def test_a_time_after_a_separator(text: str, expected: str) -> None:
    assert parse_datetime(text) == expected


# Every locale whose month names the table reads, and the locales whose months are numbers.
CLDR_LOCALES = ("en en_GB fr de es it pt pt_BR ru uk be kk pl nl cs sk ro hu tr az el bg sr hr "
                "sl lt lv et fi sv da nb ka hy ar fa he hi th vi id ms ja zh ko uz sq mk "
                "ky tg tk uz_Cyrl sr_Latn bs ca").split()
# Unread on purpose: Arabic's medium form is a numeric date that reads both ways (unread
# without the page's country).
CLDR_UNREAD = {("ar", "medium")}


@pytest.mark.parametrize("locale", CLDR_LOCALES)
def test_cldr_dates_of_every_locale(locale: str) -> None:
    from datetime import datetime

    from babel.dates import format_date, format_time

    for when in (datetime(2012, 12, 16, 15, 5), datetime(2019, 3, 5, 9, 30),
                 datetime(2019, 3, 5, 0, 10), datetime(2019, 3, 5, 12, 10)):
        for form in ("long", "medium", "full"):
            if (locale, form) in CLDR_UNREAD:
                continue
            # The time as the locale writes it ("3:05 PM", "下午3:05", "3:05 μ.μ."), and 24-hour.
            for clock in ("short", "HH:mm"):
                text = f"{format_date(when, format=form, locale=locale)} " \
                       f"{format_time(when, clock, locale=locale)}"
                assert parse_datetime(text) == when.strftime("%Y-%m-%dT%H:%M"), text


def test_a_day_and_month_without_a_year_is_a_whole_word() -> None:
    assert find_day_month("Regierungspressekonferenz vom 11. März 2025", 2025) is None
    assert find_day_month("12 марта, 16:00", 2024) == ("2024-03-12T16:00", 0, 15)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("hr", "21. listopada 2025.", "2025-10-21"), ("pl", "21 listopada 2025", "2025-11-21"),
    ("cs", "21. listopadu 2025", "2025-11-21"), (None, "21 listopada 2025", "2025-11-21"),
    ("hr-HR", "3. srpnja 2025.", "2025-07-03")])
def test_a_month_name_of_two_languages_reads_as_the_pages(language: str | None, text: str,
                                                           expected: str) -> None:
    with page_dates(language):
        assert parse_datetime(text) == expected


@pytest.mark.parametrize("year", [1402, 1403])
def test_solar_hijri_days_follow_their_years_first_day(year: int) -> None:
    # The months after Nowruz are fixed: counting from it gives the day the equinox
    # computation gives for every date, and the 30th of Esfand only in a leap year.
    from convertdate import persian

    from communique.parse.calendars import _solar_day

    for month, day in ((1, 1), (6, 31), (7, 1), (9, 17), (12, 29)):
        assert _solar_day(year, month, day) == date(*persian.to_gregorian(year, month, day))
    if persian.leap(year):
        assert _solar_day(year, 12, 30) == date(*persian.to_gregorian(year, 12, 30))
    else:
        with pytest.raises(ValueError):
            _solar_day(year, 12, 30)


def test_a_georgian_year_word_before_the_time() -> None:
    from communique.parse.dates import find_datetime
    assert find_datetime("12 ნოემბერი, 2024 წ. 16:45")[0] == "2024-11-12T16:45"


@pytest.mark.parametrize(("text", "iso"), [
    ("2024-жылдын 25-декабры, 14:00", "2024-12-25T14:00"),
    ("14-марты 2025", "2025-03-14"),
])
def test_a_kyrgyz_day_of_the_month_in_the_possessive(text: str, iso: str) -> None:
    from communique.parse.dates import find_datetime
    assert find_datetime(text)[0] == iso
