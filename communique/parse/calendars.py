"""Dates of the calendars official sites print besides the Gregorian one -> Gregorian days.

Iran's and Afghanistan's sites date pages in the Solar Hijri calendar ("۲۴ اسفند ۱۴۰۳",
"۱۴۰۴/۰۲/۲۵"), Gulf sites often in the lunar Hijri one ("١٥ رمضان ١٤٤٦ هـ"), Ethiopia's
in its own ("መጋቢት 5 ቀን 2017 ዓ.ም"), Taiwan's in years of the Republic ("114年3月18日"),
Nepal's in the Bikram Sambat ("२०८२ वैशाख १० गते").
The month names are the calendars' own (babel's tables are Gregorian); the arithmetic is
convertdate's (Solar Hijri, and the Coptic calendar whose months Ethiopia's shares) and
hijridate's (the Umm al-Qura tables Saudi Arabia publishes), nepali-datetime's (the Bikram
Sambat's months, whose lengths are tabled, not computed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from convertdate import coptic, persian
from hijridate import Hijri
from nepali_datetime import date as bikram_date

# Solar Hijri months: Iran's names, Afghanistan's Dari (zodiac) names, and Pashto's.
SOLAR_MONTHS = {name: n for names in (
    ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
     "بهمن", "اسفند"),
    ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو",
     "حوت"),
    ("وری", "غویی", "غبرگولی", "چنگاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی",
     "سلواغه", "کب"),
) for n, name in enumerate(names, 1)} | {"امرداد": 5, "جوزای": 3}
# Lunar Hijri months, in the spellings Arabic sites use (two words for five of them).
HIJRI_MONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الآخر": 4,
                "ربيع الثاني": 4, "ربيع الاخر": 4, "جمادى الأولى": 5, "جمادى الاولى": 5,
                "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الاخرة": 6,
                "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11,
                "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12}
# Ethiopian months (Amharic; some with a second spelling), the thirteenth of five days.
ETHIOPIAN_MONTHS = {"መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3, "ህዳር": 3, "ታኅሣሥ": 4, "ታህሳስ": 4,
                    "ጥር": 5, "የካቲት": 6, "መጋቢት": 7, "ሚያዝያ": 8, "ግንቦት": 9, "ሰኔ": 10,
                    "ሐምሌ": 11, "ሃምሌ": 11, "ነሐሴ": 12, "ነሃሴ": 12, "ጳጉሜ": 13, "ጳጉሜን": 13}
# Bikram Sambat months (Nepali), in the spellings Nepal's sites use.
NEPALI_MONTHS = {name: n for n, names in enumerate((
    ("वैशाख", "बैशाख"), ("जेठ", "जेष्ठ", "ज्येष्ठ"), ("असार", "आषाढ", "असाढ"), ("साउन", "श्रावण"),
    ("भदौ", "भाद्र"), ("असोज", "आश्विन", "असौज"), ("कात्तिक", "कार्तिक"), ("मंसिर", "मङ्सिर", "मार्ग"),
    ("पुस", "पौष", "पुष"), ("माघ",), ("फागुन", "फाल्गुन"), ("चैत", "चैत्र")), 1) for name in names}
BIKRAM_YEARS = range(1975, 2101)
# "२०८२ वैशाख १० गते" (the year, the month, the day and "day of the month").
NEPALI_DATE = re.compile(r"(?<!\d)(\d{4})\s+([\u0900-\u097f]{2,12})\s+(\d{1,2})\s*गते")
# The month names of two words, for the date finders' month pattern.
TWO_WORD_MONTHS = (r"(?:ربيع|جمادى|ذو|ذي)\s+"
                   r"ال(?:أول|اول|آخر|اخر|ثاني|أولى|اولى|آخرة|ثانية|اخرة|قعدة|حجة)")
HIJRI_YEARS = range(1300, 1501)  # both Hijri calendars, in the modern age
ETHIOPIAN_YEARS = range(1900, 2101)
ETHIOPIAN_TO_COPTIC = 276  # the same months and days; the years counted 276 apart
ROC_FIRST_YEAR = 1911  # the Republic of China's year 1 is 1912
# Arabic and Persian letters written two ways: Persian ی and ک for Arabic ي and ك.
_LETTERS = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "ة": "ه", "ۍ": "ی"})
# Not after tomorrow: a page is not published in the future (a zone may make it tomorrow).
_LEEWAY = timedelta(days=1)


def _key(word: str) -> str:
    return " ".join(word.split()).translate(_LETTERS)


_SOLAR = {_key(k): v for k, v in SOLAR_MONTHS.items()}


def named_date(year: int, month_name: str, day: int) -> str | None:
    """The Gregorian day of a date whose month is named in one of these calendars."""
    name = " ".join(month_name.rstrip(".").split())
    if name in HIJRI_MONTHS and year in HIJRI_YEARS:
        return _hijri(year, HIJRI_MONTHS[name], day)
    if _key(name) in _SOLAR and year in HIJRI_YEARS:
        return _solar(year, _SOLAR[_key(name)], day)
    if name in ETHIOPIAN_MONTHS and year in ETHIOPIAN_YEARS:
        return _ethiopian(year, ETHIOPIAN_MONTHS[name], day)
    if name in NEPALI_MONTHS and year in BIKRAM_YEARS:
        return _bikram(year, NEPALI_MONTHS[name], day)
    return None


def numeric_hijri(year: int, month: int, day: int) -> str | None:
    """A numeric date of a year 1300-1500: Solar Hijri (Iran, Afghanistan), unless that day
    is yet to come, when it is lunar Hijri (the lunar years run ahead: 1446 lunar is 2024,
    1446 solar 2067)."""
    if year not in HIJRI_YEARS:
        return None
    return _solar(year, month, day) or _hijri(year, month, day)


def roc_date(year: int, month: int, day: int) -> str | None:
    """A date of the Republic of China's calendar (Taiwan): year 114 is 2025."""
    return _gregorian(year + ROC_FIRST_YEAR, month, day) if 0 < year < 200 else None


def _solar(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    return _converted(lambda: _solar_day(year, month, day))


def _solar_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Solar Hijri date: its year's first day (Nowruz, which the
    equinox fixes, costly to compute: once a year) and the fixed months after it (six of
    31 days, five of 30, the last of 29 or 30).

    Raises:
        ValueError: no such day (the 30th of Esfand of a common year).
    """
    found = _nowruz(year) + timedelta(
        days=(month - 1) * 31 - max(0, month - 7) + day - 1)
    if month == 12 and found >= _nowruz(year + 1):
        raise ValueError(f"{year}-12-{day} is no Solar Hijri day")
    return found


@cache
def _nowruz(year: int) -> date:
    return date(*persian.to_gregorian(year, 1, 1))


def _hijri(year: int, month: int, day: int) -> str | None:
    return _converted(lambda: Hijri(year, month, day).to_gregorian())


def _ethiopian(year: int, month: int, day: int) -> str | None:
    if not (1 <= day <= (30 if month <= 12 else 6)):
        return None
    return _converted(lambda: date(*coptic.to_gregorian(year - ETHIOPIAN_TO_COPTIC, month, day)))


def _bikram(year: int, month: int, day: int) -> str | None:
    return _converted(lambda: bikram_date(year, month, day).to_datetime_date())


def _gregorian(year: int, month: int, day: int) -> str | None:
    return _converted(lambda: date(year, month, day))


def _converted(convert: Callable[[], date]) -> str | None:
    """The Gregorian day a conversion gives, if the date is one (the 30th of a 29-day
    month is not) and not yet to come."""
    try:
        return _not_ahead(convert())
    except (ValueError, OverflowError):
        return None


def _not_ahead(day: date) -> str | None:
    return day.isoformat() if day <= date.today() + _LEEWAY else None


# "中華民國114年3月18日", "民國114年3月18日", "114年3月18日" (a year of three digits is the
# Republic's), and "114-03-19" on a page written in Chinese.
ROC_WORDS = re.compile(r"(?:(?:中華)?民國\s*(\d{1,3})|(?<!\d)(1\d\d))\s*年\s*(\d{1,2})\s*月"
                       r"\s*(\d{1,2})\s*[日號号]?")
ROC_NUMERIC = re.compile(r"(?<![\d/.-])(1[01]\d)([-/.])(\d{2})\2(\d{2})(?![\d/.-])")
