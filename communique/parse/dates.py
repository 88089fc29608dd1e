"""Date and time expressions in page text -> ISO 8601, in any language babel knows.

``parse_datetime`` is shared by every extractor (visible date lines, front
matter, feed items).  Month names come from babel's CLDR tables, built once per
locale set by a pure, cached builder; the regexes only find the *shape* of a
date (number, word, number) and the word is looked up, which keeps the hot path
to a few precompiled searches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import lru_cache
from types import MappingProxyType

from babel.dates import get_day_names, get_month_names

# Languages whose month names are read; more cost nothing on the hot path (one dict lookup).
DEFAULT_LOCALES = ("en", "ru", "uk", "be", "kk", "az", "tr", "fr", "de", "es", "it", "pt",
                   "nl", "pl", "cs", "sr", "bg", "ro", "hu", "fi", "sv", "da", "nb", "el",
                   "hy", "ka", "id", "ar", "he", "fa", "hr", "sk", "sl", "lt", "lv", "et", "mk",
                   "uz", "ms", "sq", "hi", "th", "vi", "ky", "tg", "tk", "uz_Cyrl", "sr_Latn",
                   "bs", "ca")

LEVANTINE = {"كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
             "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
             "كانون الأول": 12}
# A month's name: letters, and the vowel signs of Devanagari and Thai ("मार्च", "มีนาคม"),
# which are marks, not letters, to a regular expression.
_WORD = (r"((?:تشرين|كانون)\s+ال(?:أول|ثاني)|"  # the Levantine months of two words
         r"(?:[^\W\d_]|[\u0900-\u0963\u0970-\u097f\u0e30-\u0e4e\u05f3]){2,15}\.?|"
         # Thai abbreviations, a letter (and its vowel signs) a part: "ธ.ค.", "มี.ค."
         r"[\u0e01-\u0e2e][\u0e30-\u0e4e]*(?:\.[\u0e01-\u0e2e][\u0e30-\u0e4e]*){1,3}\.?)")
# "18:30", "6.30 p.m.", "10h30", and the hour and minute words of Chinese, Japanese and
# Korean ("14時30分", "14时30分", "14시 30분").
_CLOCK = r"(?P<hour>\d{1,2})(?:[:.h]|\s*[時时시]\s*)(?P<minute>\d{2})(?:\s*[分분])?"
# The words before a time ("à", "alle ore", "o godz.", "kl.", "lúc", "pukul"), at most two.
_AT = (r"at|в|о|à|um|om|a\s+las|alle|ore|às|saat|ora|kl\.?|klo\.?|klockan|o|godz\.|u|lúc|"
       r"pukul|jam|στις|الساعة|เวลา|a\s+les")
# Chinese, Japanese and Korean write the half of the day before the time ("下午3:30",
# "午後3時30分", "오후 3:30").
MERIDIEM = {"上午": "a", "下午": "p", "午前": "a", "午後": "p", "오전": "a", "오후": "p"}
# The half of the day after the time beyond "a.m."/"p.m.": Greek, Arabic, Malay, Albanian.
MERIDIEM_AFTER = {"π.μ.": "a", "μ.μ.": "p", "ص": "a", "م": "p", "PG": "a", "PTG": "p",
                  "p.d.": "a", "m.d.": "p", "صباحًا": "a", "صباحا": "a", "مساءً": "p",
                  "مساء": "p", "น.": ""}  # Thai "o'clock" says no half of the day
_TIME = (r"(?:\s*[,|·•–—-])?(?:\s*(?:" + _AT + r")(?!\w)){0,2}\s*"
         r"(?:(?P<half>" + "|".join(MERIDIEM) + r")\s*)?"
         + _CLOCK + r"(?::\d{2})?(?![.:]\d)(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\b\.?|\s*(?P<after>"
         + "|".join(map(re.escape, MERIDIEM_AFTER)) + r")(?!\w))?")
# The word "year" after a year: Russian, Belarusian, Ukrainian, Azerbaijani ("2021-ci il"),
# Turkish, Kazakh and Kyrgyz ("2021 жылғы", "2021-жыл"), Uzbek ("2021-yil", "2021 йил"),
# Turkmen ("2021 ý."), Serbian and Croatian ("2021. godine"); the era mark of Arabic ("2021م").
_YEARS_SAID = (r"г\.|года?|р\.|року|y\.|yılı|year|ж\.|жыл\w*|yil\w*|йил\w*|ý\.|ýyl\w*|"
               r"(?:c[iıuü]\s+)?il(?!\w)|godine|god\.|године|год\.|م(?!\w)")
_YEAR_WORD = r"(?:\.?\s*-?\s*(?:" + _YEARS_SAID + r"))?\.?"
# "16 December 2012", "16 декабря 2012 года", "16. Dezember 2012", "16 de diciembre de 2012"
# "16-dekabr, 2012" (Uzbek), "16 დეკემბერი, 2012" (Georgian), "16 ธันวาคม ค.ศ. 2012" (Thai);
# in a feed's residue, after another item's time glued to it ("12:0014 May 2024").
DAY_FIRST = re.compile(r"(?:(?<!\d)|(?<=\d[:h.]\d\d))(\d{1,2})"
                       r"(?:\.|er|st|nd|rd|th|-(?:nj[iyuü]\s)?|-)?\s*(?<=[\s-])"
                       r"(?:de\s+|d[’']\s*|of\s+)?" + _WORD
                       + r",?\s+(?:de\s+|del\s+|ค\.ศ\.\s*|соли\s+)?(\d{4})(?!\d)" + _YEAR_WORD)
# "December 16, 2012", "Nov. 15, 2024"
MONTH_FIRST = re.compile(_WORD + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
# "2012-12-16", "2012-12-16T11:00:00+03:00", "2025-04-30 15:41:40-04:00"
ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
                 r"\s*(Z|[+-]\d{2}:?\d{2})?)?")
# "2012. december 16.", "2012 m. gruodžio 16 d." (Hungarian, Lithuanian: the year first)
YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})(?:\.|\s+m\.|\s*թ\.|\s+թվականի)\s+" + _WORD
                        + r"\s+(\d{1,2})(?!\d)\.?(?:\s*d\.)?")
# "2012 ж. 16 желтоқсан" (Kazakh), "2012. gada 16. decembris" (Latvian): year, day, month;
# "2021-yil 24-sentyabr" (Uzbek), "2021 жылғы 24 қыркүйек", "2021-ж., 24-сентябрь" (Kyrgyz)
YEAR_DAY = re.compile(r"(?<!\d)(\d{4})(?:\s*-?\s*(?:ж\.|жыл\w*|yil\w*|йил\w*)|\.\s*gada),?\s+"
                      r"(\d{1,2})(?:\.\s*|-|\s+)" + _WORD)
# "2012年12月16日", "2012년 12월 16일", "2012/12/16" (Chinese, Japanese, Korean sites)
EAST_ASIAN = re.compile(r"(?<![\d/])(\d{4})(?:\s*[年년]\s*|/)(\d{1,2})(?:\s*[月월]\s*|/)"
                        r"(\d{1,2})(?:\s*[日일号號])?(?![\d/])")
# "2012.12.16", "2012. 12. 16." (Korean and Hungarian sites write the year first)
YEAR_DOTTED = re.compile(r"(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?![\d.]\d)\.?")
# "令和7年3月4日": Japanese sites count years in eras; each era's first year is its year 1 (元).
ERAS = {"令和": 2019, "平成": 1989, "昭和": 1926}
JAPANESE_ERA = re.compile("(" + "|".join(ERAS) + r")\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月"
                          r"\s*(\d{1,2})\s*日")
# "Ngày 14 tháng 3 năm 2025", "14 tháng 3, 2025" (Vietnamese: "month 3")
VIETNAMESE = re.compile(r"(?<!\d)(\d{1,2})\s+(?:tháng|thg)\s+(\d{1,2})"
                        r"(?:\s+năm\s+|\s*,\s*|\s+)(\d{4})(?!\d)", re.I)
# "16/12/2012" or "12/16/2012" (or with dashes): read only when one order is impossible
# (a day over 12) or both agree; "07/04/2025" is July in the United States and April elsewhere.
SLASHED = re.compile(r"(?<![\d/-])(\d{1,2})[\u200e\u200f\u061c]?([/-])(\d{1,2})"
                     r"[\u200e\u200f\u061c]?\2(\d{4})(?![\d/-])")
# "16.12.2012" (day first, as every site writing dots does)
NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)" + _YEAR_WORD)
TIME_AFTER = re.compile(_TIME)
# A weekday between a date and its time, as CLDR's full formats write it.
WEEKDAY_GAP = re.compile(r"\.?\s*[,(（]?\s*([^\W\d_]+)[)）]?")
TIME_BEFORE = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})\s*[,|·–-]?\s*$")


@lru_cache(maxsize=8)
def month_table(locales: tuple[str, ...] = DEFAULT_LOCALES) -> Mapping[str, int]:
    """Map every wide and abbreviated month name of ``locales`` (lower case, no dot) to 1-12."""
    table: dict[str, int] = {}
    for locale in locales:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    table.setdefault(name.lower().rstrip("."), number)
    # English short forms that CLDR does not list but sites write, and the Syriac month names
    # of Levantine and Iraqi Arabic ("أيلول", "تشرين الأول").
    for name, number in (("sept", 9), ("june", 6), ("july", 7), *LEVANTINE.items()):
        table.setdefault(name, number)
    return MappingProxyType(table)


@lru_cache(maxsize=1)
def weekday_table() -> frozenset[str]:
    """Every wide and abbreviated weekday name of the month tables' languages and of Chinese,
    Japanese and Korean (whose months are numbers), lower case, without a final dot."""
    return frozenset(name.lower().rstrip(".") for locale in (*DEFAULT_LOCALES, "zh", "ja", "ko")
                     for width in ("wide", "abbreviated") for context in ("format", "stand-alone")
                     for name in get_day_names(width, context, locale=locale).values())


def parse_datetime(text: str, *, utc_offset: str | None = None) -> str | None:
    """Read the first date (and time, if one follows) in ``text`` as ISO 8601.

    Returns ``YYYY-MM-DDTHH:MM`` (with the offset the text states, else
    ``utc_offset`` such as ``+03:00`` when given) or ``YYYY-MM-DD`` when no time
    is stated; None when no date is found.  A time glued to more digits
    (``11:0010:50``) is read as its first four digits.
    """
    found = find_datetime(text, utc_offset=utc_offset)
    return found[0] if found else None


def find_datetime(text: str, *, utc_offset: str | None = None,
                  months: Mapping[str, int] | None = None) -> tuple[str, int, int] | None:
    """Like ``parse_datetime`` but also give the span of ``text`` that was read."""
    table = months if months is not None else month_table()
    best: tuple[str, int, int] | None = None
    for finder in FINDERS:
        hit = finder(text, table, utc_offset)
        if hit and (best is None or hit[1] < best[1]):
            best = hit
    return best


def _iso(text: str, months: Mapping[str, int], offset: str | None) -> tuple[str, int, int] | None:
    for m in ISO.finditer(text):
        y, mo, d, hh, mi, _ss, tz = m.groups()
        day = _valid_date(int(y), int(mo), int(d))
        if day is None:
            continue
        if hh is None:
            return day, m.start(), m.end()
        zone = _offset(tz) if tz else (offset or "")
        return f"{day}T{hh}:{mi}{zone}", m.start(), m.end()
    return None


Finder = Callable[[str, Mapping[str, int], str | None], tuple[str, int, int] | None]


def _finder(pattern: re.Pattern[str], year: int, month: int, day: int, *,
            named: bool) -> Finder:
    """A finder of dates of one shape: the groups holding year, month and day, and whether
    the month is a name (looked up in the month table) or a number."""
    def find(text: str, months: Mapping[str, int],
             offset: str | None) -> tuple[str, int, int] | None:
        for m in pattern.finditer(text):
            said = m.group(month)
            number = _month_number(said, months) if named else int(said)
            found = _valid_date(int(m.group(year)), number, int(m.group(day))) if number else None
            if found:
                return _with_time(found, text, m.start(), m.end(), offset)
        return None
    return find


def _month_number(said: str, months: Mapping[str, int]) -> int | None:
    """A month's number by its name; Hebrew writes "in" before it ("בדצמבר")."""
    key = said.lower().rstrip(".")
    number = months.get(key)
    if number is None and key.startswith("ב"):
        number = months.get(key[1:])
    return number


# How the page being read writes a numeric date that reads both ways ("05/06/2017"): "dmy"
# nearly everywhere, "mdy" in the United States; None: unknown, and such a date is not read.
# Extraction sets it for each page from its language and host (``numeric_order``).
SLASH_ORDER: ContextVar[str | None] = ContextVar("slash_order", default=None)
US_HOSTS = (".gov", ".mil", ".us")


def numeric_order(language: str | None, host: str | None) -> str | None:
    """"mdy" for a page of the United States, "dmy" for one of elsewhere, None if unsure.

    ``language``: the page's tag as written ("en-US", "fr", "en"); ``host``: its site.
    """
    tag = (language or "").replace("_", "-").lower()
    host = (host or "").lower()
    if tag.endswith("-us") or host.endswith(US_HOSTS):
        return "mdy"
    if tag and not tag.startswith("en"):
        return "dmy"
    tld = host.rsplit(".", 1)[-1]
    return "dmy" if tag.startswith("en-") or (len(tld) == 2 and tld.isalpha()) else None


@contextmanager
def numeric_dates(order: str | None) -> Iterator[None]:
    """Read ambiguous numeric dates in ``order`` within the block (see ``SLASH_ORDER``)."""
    token = SLASH_ORDER.set(order)
    try:
        yield
    finally:
        SLASH_ORDER.reset(token)


def _slashed(text: str, months: Mapping[str, int],
             offset: str | None) -> tuple[str, int, int] | None:
    for m in SLASHED.finditer(text):
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if first <= 12 and second <= 12 and first != second:
            order = SLASH_ORDER.get()
            if order is None:
                continue  # either order is a date: which one, the line does not say
            first, second = (first, second) if order == "dmy" else (second, first)
        day, month = (first, second) if second <= 12 else (second, first)
        found = _valid_date(year, month, day)
        if found:
            return _with_time(found, text, m.start(), m.end(), offset)
    return None


def _japanese_era(text: str, months: Mapping[str, int],
                  offset: str | None) -> tuple[str, int, int] | None:
    for m in JAPANESE_ERA.finditer(text):
        era, year, month, day = m.groups()
        found = _valid_date(ERAS[era] + (1 if year == "元" else int(year)) - 1, int(month),
                            int(day))
        if found:
            return _with_time(found, text, m.start(), m.end(), offset)
    return None


# In the order tried; the earliest date in the text wins whatever its shape.
FINDERS: tuple[Finder, ...] = (
    _iso,
    _finder(DAY_FIRST, 3, 2, 1, named=True),
    _finder(MONTH_FIRST, 3, 1, 2, named=True),
    _finder(NUMERIC, 3, 2, 1, named=False),
    _finder(YEAR_FIRST, 1, 2, 3, named=True),
    _finder(YEAR_DAY, 1, 3, 2, named=True),
    _finder(EAST_ASIAN, 1, 2, 3, named=False),
    _finder(YEAR_DOTTED, 1, 2, 3, named=False),
    _japanese_era,
    _slashed,
    _finder(VIETNAMESE, 3, 2, 1, named=False),
)


def _with_time(day: str, text: str, start: int, end: int,
               offset: str | None) -> tuple[str, int, int]:
    t = TIME_AFTER.match(text, end)
    gap = WEEKDAY_GAP.match(text, end) if t is None else None
    if gap is not None and gap.group(1).lower() in weekday_table():
        # "16 Aralık 2012 Pazar 11:00", "2012. december 16., vasárnap 11:00", "日曜日 11:00"
        t = TIME_AFTER.match(text, gap.end())
    if not t:
        # "12:10, 24 September 2021": some sites write the time first.
        b = TIME_BEFORE.search(text, 0, start)
        if b and int(b.group(1)) < 24 and int(b.group(2)) < 60:
            return f"{day}T{int(b.group(1)):02d}:{b.group(2)}{offset or ''}", b.start(), end
        return day, start, end
    hour, minute = int(t["hour"]), int(t["minute"])
    meridiem = MERIDIEM.get(t["half"] or "") or MERIDIEM_AFTER.get(t["after"] or "") \
        or (t["ampm"] or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day, start, end
    return f"{day}T{hour:02d}:{minute:02d}{offset or ''}", start, t.end()


BUDDHIST_ERA = range(2400, 2700)  # Thai sites count years from 543 BC: 2568 is 2025
# A page's date is of the modern age: "1403/12/24" is an Iranian (Solar Hijri) date, and
# "1446" a Hijri year, never the Gregorian years they would read as.
YEARS = range(1800, 2400)


def _valid_date(year: int, month: int | None, day: int) -> str | None:
    if year in BUDDHIST_ERA:
        year -= 543
    if month is None or year not in YEARS:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _offset(tz: str) -> str:
    if tz == "Z":
        return "+00:00"
    return tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"
