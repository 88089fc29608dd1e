"""Date and time expressions in page text -> ISO 8601, in any language babel knows.

``parse_datetime`` is shared by every extractor (visible date lines, front
matter, feed items).  Month names come from babel's CLDR tables, built once per
locale set by a pure, cached builder; the regexes only find the *shape* of a
date (number, word, number) and the word is looked up, which keeps the hot path
to a few precompiled searches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import lru_cache
from types import MappingProxyType

from babel.dates import get_day_names, get_month_names

from .calendars import (
    NEPALI_DATE,
    ROC_NUMERIC,
    ROC_WORDS,
    TWO_WORD_MONTHS,
    named_date,
    numeric_hijri,
    roc_date,
)
from .language import UNSPACED, unaccented

# Languages whose month names are read; more cost nothing on the hot path (one dict lookup).
DEFAULT_LOCALES = ("en", "ru", "uk", "be", "kk", "az", "tr", "fr", "de", "es", "it", "pt",
                   "nl", "pl", "cs", "sr", "bg", "ro", "hu", "fi", "sv", "da", "nb", "el",
                   "hy", "ka", "id", "ar", "he", "fa", "hr", "sk", "sl", "lt", "lv", "et", "mk",
                   "uz", "ms", "sq", "hi", "th", "vi", "ky", "tg", "tk", "uz_Cyrl", "sr_Latn",
                   "bs", "ca", "fa_AF", "ps", "ur", "bn", "ne", "mr", "ta", "te", "si", "km",
                   "lo", "my", "am", "sw", "so", "ha", "fil", "ml", "kn", "gu", "pa",
                   # Kurdish (Sorani, Kurmanji); the Maghreb's French-born Arabic months
                   # ("جانفي", "أفريل") and Morocco's; Papiamento; Tok Pisin; Maori, Hawaiian,
                   # Tongan.
                   "ckb", "ku", "ar_DZ", "ar_MA", "pap", "tpi", "mi", "haw", "to",
                   # Luxembourgish, Galician, Maltese, Icelandic, Irish, Welsh, Afrikaans,
                   # Frisian, Swiss German, Romansh.
                   "lb", "gl", "mt", "is", "ga", "cy", "af", "fy", "gsw", "rm")

LEVANTINE = {"كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
             "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
             "كانون الأول": 12}

# Month names of languages CLDR has none for (Samoan, Fijian), and Kurmanji's "Çile" as
# Turkey's Kurds write January.  Names that are common words elsewhere ("Me", Samoan May;
# Fijian "Me") are left out: a day before them would read as a date.
EXTRA_MONTHS = {name: k for k, names in enumerate((
    ("ianuari", "ianuali", "janueri", "çile"), ("fepuari", "fepuali", "feperueri"),
    ("mati", "maji"), ("aperila", "epereli"), (), ("iuni", "iune", "jiune"),
    ("iulai", "julai"), ("aokuso", "okosita"), ("setema", "seviteba"), ("oketopa", "okotova"),
    ("novema", "noveba"), ("tesema", "tiseba")), start=1) for name in names} | {
    # Dhivehi, whose months CLDR does not name: the English months in Thaana.
    name: k for k, names in enumerate((
        ("ޖަނަވަރީ",), ("ފެބުރުއަރީ",), ("މާރިޗު", "މާޗް"), ("އޭޕްރީލް", "އޭޕްރިލް"), ("މެއި",),
        ("ޖޫން",), ("ޖުލައި",), ("އޯގަސްޓު",), ("ސެޕްޓެމްބަރު",), ("އޮކްޓޯބަރު", "އޮކްޓޫބަރު"),
        ("ނޮވެމްބަރު",), ("ޑިސެމްބަރު",)), start=1) for name in names}


def _marks(*blocks: tuple[int, int]) -> str:
    """The vowel signs and viramas of the scripts of South and Southeast Asia, as a
    character class's ranges: marks, not letters, to a regular expression."""
    ranges: list[list[int]] = []
    for first, last in blocks:
        for cp in range(first, last + 1):
            if unicodedata.category(chr(cp)) in ("Mn", "Mc"):
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp])
    return "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for a, b in ranges)


# A month's name: letters, and the vowel signs of Devanagari, Bengali, Thai, Khmer, Burmese
# ("मार्च", "মার্চ", "มีนาคม", "မတ်"), which are marks, not letters, to a regular expression.
_WORD = (r"((?:تشرين|كانون)\s+ال(?:أول|ثاني)|"  # the Levantine months of two words
         r"(?:تشرینی|کانوونی|کانونی)\s+(?:یەکەم|دووەم)ی?|"  # and the Sorani ones
         + TWO_WORD_MONTHS + "|"  # and the Hijri ones ("ربيع الأول")
         r"(?:[^\W\d_]|[\u0900-\u0963\u0970-\u097f\u0e30-\u0e4e\u05f3"
         + _marks((0x0780, 0x07BF), (0x0980, 0x109F), (0x1780, 0x17FF)) + r"]){2,15}\.?|"
         # Thai abbreviations, a letter (and its vowel signs) a part: "ธ.ค.", "มี.ค."
         r"[\u0e01-\u0e2e][\u0e30-\u0e4e]*(?:\.[\u0e01-\u0e2e][\u0e30-\u0e4e]*){1,3}\.?)")
# "18:30", "6.30 p.m.", "10h30", and the hour and minute words of Chinese, Japanese and
# Korean ("14時30分", "14时30分", "14시 30분").
# Also "14 h 30" and "14 ч. 30 мин." (French and Russian with spaces and words).
_CLOCK = (r"(?P<hour>\d{1,2})(?:[:.h]|\s*[時时시]\s*|\s+h\s+|\s*ч\.\s*)(?P<minute>\d{2})"
          r"(?:\s*[分분]|\s*мин\.)?")
# The words before a time ("à", "alle ore", "o godz.", "kl.", "lúc", "pukul"), at most two.
_AT = (r"at|в|о|à|um|om|a\s+las|alle|ore|às|saat|ora|kl\.?|klo\.?|klockan|o|godz\.|u|lúc|"
       r"pukul|jam|στις|الساعة|ساعت|เวลา|a\s+les|"
       # Swahili, Latvian, Estonian, Uzbek, Kazakh, Armenian, Hebrew, Tagalog, Amharic, Greek
       r"saa|plkst\.?|kell|soat|сағат|ժամը|בשעה|alas|ሰዓት|ώρα|"
       # Sorani, Urdu
       r"کاتژمێر|بجے")
# Chinese, Japanese and Korean write the half of the day before the time ("下午3:30",
# "午後3時30分", "오후 3:30").
MERIDIEM = {"上午": "a", "下午": "p", "午前": "a", "午後": "p", "오전": "a", "오후": "p",
            # Tamil and Bengali too ("மாலை 6:15", evening).
            "காலை": "a", "முற்பகல்": "a", "மாலை": "p", "பிற்பகல்": "p", "সকাল": "a",
            "দুপুর": "p", "বিকাল": "p", "বিকেল": "p", "সন্ধ্যা": "p"}
# The half of the day after the time beyond "a.m."/"p.m.": Greek, Arabic, Malay, Albanian.
MERIDIEM_AFTER = {"π.μ.": "a", "μ.μ.": "p", "ص": "a", "م": "p", "PG": "a", "PTG": "p",
                  "p.d.": "a", "m.d.": "p", "صباحًا": "a", "صباحا": "a", "مساءً": "p",
                  "مساء": "p", "น.": "",  # Thai "o'clock" says no half of the day
                  # Hindi; Spanish and Portuguese ("3:20 de la tarde", "às 3:20 da tarde").
                  "अपराह्न": "p", "पूर्वाह्न": "a", "de la tarde": "p", "de la noche": "p",
                  "de la mañana": "a", "da tarde": "p", "da noite": "p", "da manhã": "a",
                  "du soir": "p", "du matin": "a", "de l'après-midi": "p",
                  # Malay and Indonesian words of the day's parts ("5:40 petang").
                  "pagi": "a", "tengah hari": "p", "petang": "p", "malam": "p", "sore": "p",
                  # Filipino ("ng hapon", "ng umaga").
                  "ng umaga": "a", "ng tanghali": "p", "ng hapon": "p", "ng gabi": "p"}
# A year glued to the time after it, as a page's text loses a line break between them
# ("10.12.2025<br>18:40" reads "10.12.202518:40").
YEAR_TIME = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{1,2}:\d{2})(?!\d)")
# A title's year glued to the item's date after it ("... zum Haushalt 202512. März 2025").
YEAR_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{1,2}\.?\s+[^\W\d_]+\.?\s+(?:19|20)\d\d)$")


def unglued_year(text: str) -> str:
    """The text with a space between a year and a time or a date glued to it."""
    if text[-1:].isdigit():
        text = YEAR_DATE.sub(r"\1 \2", text)
    return YEAR_TIME.sub(r"\1 \2", text) if ":" in text else text


_HALVES_LONGEST = sorted(MERIDIEM_AFTER, key=len, reverse=True)


def half_after(text: str) -> str | None:
    """"a" or "p" when the text opens with a word of the half of the day ("م", "μ.μ.",
    "de la tarde"), else None."""
    text = text.lstrip()
    for word in _HALVES_LONGEST:
        if text.startswith(word) and not text[len(word):len(word) + 1].isalpha():
            return MERIDIEM_AFTER[word] or None
    return None


# Zones after a time, where they say one offset: "(GMT+3)", "UTC+05:30", "+0200", and the
# names that are not ambiguous ("CST" is China's as well as Chicago's, "IST" India's,
# Ireland's and Israel's; "BST" British or Bangladeshi, read as British on English sites).
ZONE_OFFSETS = {"EST": "-05:00", "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00",
                "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "GMT": "+00:00",
                "UTC": "+00:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
                "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "JST": "+09:00",
                "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00", "WIB": "+07:00",
                "WITA": "+08:00", "WIT": "+09:00", "EAT": "+03:00", "CAT": "+02:00",
                "WAT": "+01:00", "SAST": "+02:00", "PKT": "+05:00", "PHT": "+08:00",
                "PHST": "+08:00", "SGT": "+08:00", "HKT": "+08:00", "MEZ": "+01:00",
                "MESZ": "+02:00", "TSİ": "+03:00", "TRT": "+03:00", "МСК": "+03:00",
                "NZST": "+12:00", "NZDT": "+13:00", "AWST": "+08:00", "ACST": "+09:30",
                "ACDT": "+10:30", "HST": "-10:00", "AKST": "-09:00", "AKDT": "-08:00",
                "FJT": "+12:00", "ChST": "+10:00",
                "Moscow time": "+03:00", "по московскому времени": "+03:00",
                "за московським часом": "+03:00", "hora de Moscú": "+03:00"}
_ZONE = re.compile(r"\s*(?:\(\s*)?(?:(?:GMT|UTC)\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})"
                   r"(?::?(?P<minutes>\d{2}))?|(?P<digits>[+\-]\d{2}:?\d{2})|(?P<name>"
                   + "|".join(sorted(map(re.escape, ZONE_OFFSETS), key=len, reverse=True))
                   + r"))(?!\w)(?:\s*\))?")
# Between the date and its time: a comma (Arabic's too), a bar, a dash, a slash or a bracket
# ("(16:50)").
_TIME = (r"(?:\s*[,،|·•∙⋅–—/(-])?(?:\s*(?:" + _AT + r")(?!\w)){0,2}\s*"
         r"(?:(?P<half>" + "|".join(MERIDIEM) + r")\s*)?"
         + _CLOCK + r"(?::\d{2})?(?![.:]\d)(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\b\.?|\s*(?P<after>"
         + "|".join(map(re.escape, MERIDIEM_AFTER)) + r")(?!\w))?"
         # the hour's word after it: "10:30 Uhr", "18:00 horas", "14:30 h."
         r"(?:\s*(?:Uhr|uur|horas?|hrs?|hs|h)(?!\w)\.?)?(?:(?<=\d)\)|(?<=\.)\))?")
# The word "year" after a year: Russian, Belarusian, Ukrainian, Azerbaijani ("2021-ci il"),
# Turkish, Kazakh and Kyrgyz ("2021 жылғы", "2021-жыл"), Uzbek ("2021-yil", "2021 йил"),
# Turkmen ("2021 ý."), Serbian and Croatian ("2021. godine"), Polish ("2021 r.", "2021 roku"),
# Georgian ("2021 წ.");
# the era mark of Arabic ("2021م").
_YEARS_SAID = (r"г\.|године|года?|р\.|року|r\.|roku|y\.|yılı|year|ж\.|жыл\w*|yil\w*|йил\w*|"
               r"ý\.|ýyl\w*|წ\.|წელი|"
               r"(?:c[iıuü]\s+)?il(?!\w)|godine|god\.|год\.|م(?!\w)|"
               # the Hijri eras ("هـ", solar "ه.ش"), Ethiopia's ("ዓ.ም")
               r"هـ\s?ش|هـ|ه\.\s?ش\.?|ዓ\.\s?ም\.?")
_YEAR_WORD = r"(?:\.?\s*-?\s*(?:" + _YEARS_SAID + r"))?\.?"
# "16 December 2012", "16 декабря 2012 года", "16. Dezember 2012", "16 de diciembre de 2012"
# "16-dekabr, 2012" (Uzbek), "16 დეკემბერი, 2012" (Georgian), "16 ธันวาคม ค.ศ. 2012" (Thai);
# in a feed's residue, after another item's time glued to it ("12:0014 May 2024").
DAY_FIRST = re.compile(r"(?:(?<!\d)|(?<=\d[:h.]\d\d))(\d{1,2})"
                       # "1° marzo", "1º de março"; Sorani's "٢٠ی نیسانی"
                       r"(?:\.|er|st|nd|rd|th|[°ºی]|-(?:nj[iyuü]\s)?|-)?\s*(?<=[\s-])"
                       r"(?:de\s+|di\s+|d[’']\s*|ta[’']\s+|(?:day\s+)?of\s+)?" + _WORD
                       # the year's own word before it: Thai eras, Tajik "соли", Khmer "ឆ្នាំ"
                       # "22-Jul-1999": hyphens between the three, as old sites wrote them
                       + r"(?:,?\s+(?:de\s+|del\s+|[คพ]\.\s?ศ\.\s*|соли\s+|ឆ្នាំ\s*)?|-)(\d{4})(?!\d)"
                       + _YEAR_WORD)
# "December 16, 2012", "Nov. 15, 2024"
# "መጋቢት 5 ቀን 2017" (Amharic: "day" after the number)
# "د غويي ۱۰مه، ۱۴۰۴" (Pashto: the ordinal "مه" and the Arabic comma)
MONTH_FIRST = re.compile(_WORD + r"\s+(\d{1,2})(?:st|nd|rd|th|\s*ቀን|مه)?[,،]?\s+(\d{4})(?!\d)"
                         r"(?:\s*ዓ\.\s?ም\.?)?")  # the Ethiopian era after the year
# "2012-12-16", "2012-12-16T11:00:00+03:00", "2025-03-14 15:20:05-04:00"
ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
                 r"\s*(Z|[+-]\d{2}:?\d{2})?)?")
# "2012. december 16.", "2012 m. gruodžio 16 d." (Hungarian, Lithuanian: the year first)
# "၂၀၂၅ ခုနှစ်၊ မတ်လ ၁၄ ရက်" (Burmese: "year", "month", "day")
YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})(?:\.|\s+m\.|\s*թ\.|\s+թվականի|\s*ခုနှစ်၊?)\s+"
                        + _WORD
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
# The Western year may stand beside the era's in brackets: "令和8年（2026年）2月20日".
JAPANESE_ERA = re.compile("(" + "|".join(ERAS) + r")\s*(\d{1,2}|元)\s*年"
                          r"\s*(?:[（(]\s*\d{4}\s*年?\s*[）)])?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# "Ngày 14 tháng 3 năm 2025", "14 tháng 3, 2025" (Vietnamese: "month 3")
VIETNAMESE = re.compile(r"(?<!\d)(\d{1,2})\s+(?:tháng|thg)\s+(\d{1,2})"
                        r"(?:\s+năm\s+|\s*,\s*|\s+)(\d{4})(?!\d)", re.I)
# "2025 оны 3 сарын 12" (Mongolian: "year's", "month's")
MONGOLIAN = re.compile(r"(?<!\d)(\d{4})\s+оны\s+(\d{1,2})(?:\s*-?\s*(?:дугаар|дүгээр|р))?"
                       r"\s+сарын\s+(\d{1,2})(?!\d)")
# "16/12/2012" or "12/16/2012" (or with dashes): read only when one order is impossible
# (a day over 12) or both agree; "07/04/2025" is July in the United States and April elsewhere.
SLASHED = re.compile(r"(?<![\d/-])(\d{1,2})[\u200e\u200f\u061c]?([/-])(\d{1,2})"
                     r"[\u200e\u200f\u061c]?\2(\d{4})(?![\d/-])")
# "16.12.2012" (day first, as every site writing dots does)
NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)" + _YEAR_WORD)
TIME_AFTER = re.compile(_TIME)
# A day and month without their year ("12 апреля, 14:05", "8 Juli • 14:20", "April 12, 2:05 PM"):
# sites leave out the current year.  Read only where the page's year is known otherwise.
DAY_MONTH = re.compile(r"(?<![\d.])(\d{1,2})(?:\.|er|st|nd|rd|th|[°º])?\s+(?:de\s+)?" + _WORD
                       + r"(?!\w)(?!,?\s+(?:de\s+)?\d{4})")  # a whole word: "Mär" is no "März"
MONTH_DAY = re.compile(_WORD + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d.])(?!,?\s+\d{4})")
# A weekday between a date and its time, as CLDR's full formats write it.
WEEKDAY_GAP = re.compile(r"\.?\s*[,(（]?\s*([^\W\d_]+)[)）]?")
HOURS_AFTER = re.compile(r"\s*[,|·•∙⋅–-]?\s*([01]\d|2[0-3])([0-5]\d)\s*hrs\b\.?")
HOUR_WORDS = frozenset(("uhr", "uur", "h", "hrs", "hr", "horas", "hora", "hs"))
# A time before its date: "12:10, 24 September 2021", "9:15am NZDT, Sunday 8 March 2026",
# "00:01 GMT 4 March 2026" (a weekday between them, a zone after the time).
TIME_BEFORE = re.compile(r"(?<![\d:])(?P<hour>\d{1,2})(?::|\.(?=\d\d\s*[AaPp]\.?\s?[Mm]))"
                         r"(?P<minute>\d{2})\s*(?:(?P<ampm>[AaPp])\.?\s?[Mm]\b\.?)?"
                         r"(?:\s*(?P<zone>[A-Za-z]{2,5})(?!\w))?\s*[,|·•∙⋅–-]?\s*"
                         r"(?:(?P<weekday>[^\W\d_]+)\.?,?\s*)?$")


@lru_cache(maxsize=64)
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
    for name, number in (("sept", 9), ("june", 6), ("july", 7), *LEVANTINE.items(),
                         *EXTRA_MONTHS.items()):
        table.setdefault(name, number)
    if "el" in locales:
        # Greek in capitals drops its accents: "12 ΜΑΡΤΙΟΥ 2026".
        for number, name in get_month_names("wide", "format", locale="el").items():
            table.setdefault(unaccented(name.lower()), number)
    if "lv" in locales:
        # Latvian dates name the month in the locative: "12. martā", "2026. gada 3. janvārī".
        for number, name in get_month_names("wide", "format", locale="lv").items():
            table.setdefault(re.sub(r"is$", "ī", name) if name.endswith("is")
                             else re.sub(r"s$", "ā", name), number)
    if "tg" in locales:
        # Tajik joins a month to its year by the izofat: "24 сентябри 2021", "сентябри соли".
        for number, name in get_month_names("wide", "format", locale="tg").items():
            table.setdefault(name.lower() + "и", number)
    return MappingProxyType(table)


@lru_cache(maxsize=1)
def weekday_table() -> frozenset[str]:
    """Every wide and abbreviated weekday name of the month tables' languages and of Chinese,
    Japanese and Korean (whose months are numbers), lower case, without a final dot."""
    return frozenset(name.lower().rstrip(".") for locale in (*DEFAULT_LOCALES, "zh", "ja", "ko")
                     for width in ("wide", "abbreviated") for context in ("format", "stand-alone")
                     for name in get_day_names(width, context, locale=locale).values()) | {
        # Portuguese weekdays without their "-feira", as sites write them ("Segunda, 03 Março").
        "segunda", "terça", "quarta", "quinta", "sexta"}


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
    table = months if months is not None else page_months()
    hits = [hit for finder in FINDERS if (hit := finder(text, table, utc_offset))]
    if not hits:
        return _short_year(text, utc_offset)
    best = min(hits, key=lambda hit: hit[1])
    if "T" not in best[0]:
        # "١٧ صفر ١٤٤٣ هـ الموافق ٢٤ سبتمبر ٢٠٢١ م - الساعة ٠٢:٤٥ م": the same day again in
        # another calendar, its time after it.
        timed = next((h for h in hits if h[0][:10] == best[0] and "T" in h[0]), None)
        if timed is not None:
            return timed[0], best[1], timed[2]
    return best


# "10.04.25 | 14:30 Uhr": a day written with its year's last two digits, alone or before a
# field or a time (a version's or a section's "1.2.25" in a sentence is none).
SHORT_YEAR = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])"
                        r"(?=\s*(?:$|[|,·•–—-]|\d{1,2}[:.h]\d{2}))")
CENTURY_TURN = 70  # "25" is 2025, "98" 1998


def _short_year(text: str, offset: str | None) -> tuple[str, int, int] | None:
    """A date of a two-digit year, where a line has no other date."""
    for m in SHORT_YEAR.finditer(text):
        short = int(m.group(3))
        found = _valid_date((2000 if short < CENTURY_TURN else 1900) + short,
                            int(m.group(2)), int(m.group(1)))
        if found:
            return _with_time(found, text, m.start(), m.end(), offset)
    return None


def find_day_month(text: str, year: int) -> tuple[str, int, int] | None:
    """The first day and month written without a year in ``text``, in ``year`` (with the
    time that follows it), and the span read; None when there is none."""
    months = page_months()
    best: tuple[str, int, int] | None = None
    for pattern, day, month in ((DAY_MONTH, 1, 2), (MONTH_DAY, 2, 1)):
        for m in pattern.finditer(text):
            number = _month_number(m.group(month), months)
            found = _valid_date(year, number, int(m.group(day))) if number else None
            if found:
                hit = _with_time(found, text, m.start(), m.end(), None)
                if best is None or hit[1] < best[1]:
                    best = hit
                break
    return best


def _iso(text: str, months: Mapping[str, int], offset: str | None) -> tuple[str, int, int] | None:
    for m in ISO.finditer(text):
        y, mo, d, hh, mi, _ss, tz = m.groups()
        day = _valid_date(int(y), int(mo), int(d))
        if day is None:
            continue
        if hh is None:
            return _with_time(day, text, m.start(), m.end(), offset)  # "2025-03-21 下午3:20"
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
        first: tuple[str, int, int] | None = None
        for m in pattern.finditer(text):
            said, y, d = m.group(month), int(m.group(year)), int(m.group(day))
            if named:
                number = _month_number(said, months)
                # A month of no Gregorian table: one of the Hijri or the Ethiopian calendar's.
                found = _valid_date(y, number, d) if number else named_date(y, said, d)
            else:
                found = _valid_date(y, int(said), d) or numeric_hijri(y, int(said), d)
            if not found:
                continue
            hit = _with_time(found, text, m.start(), m.end(), offset)
            if first is None:
                if "T" in hit[0]:
                    return hit
                first = hit  # the day in a second calendar may follow, with the time
            elif hit[0][:10] == first[0]:
                return (hit[0], first[1], hit[2]) if "T" in hit[0] else first
            else:
                return first
        return first
    return find


# Words joined to a month's name: Hebrew "in" ("בדצמבר"), Khmer "month" ("ខែមីនា") before
# it, Burmese "month" ("မတ်လ") after it.
MONTH_PREFIXES = ("ב", "ខែ")
MONTH_SUFFIXES = ("လ", "ی")  # Burmese "month"; the Sorani and Persian izafe ("نیسانی")
KYRGYZ_POSSESSIVE = ("ы", "и", "у", "ү")


def _month_number(said: str, months: Mapping[str, int]) -> int | None:
    """A month's number by its name, or by its name with a word joined to it."""
    key = said.lower().rstrip(".")
    number = months.get(key)
    if number is None:
        bare = next((key[len(p):] for p in MONTH_PREFIXES if key.startswith(p)), None) or \
            next((key[:-len(s)] for s in MONTH_SUFFIXES if key.endswith(s)), None)
        number = months.get(bare) if bare else None
    if number is None and key[-1:] in KYRGYZ_POSSESSIVE:
        # "25-декабры", "14-марты": Kyrgyz names the day of the month in the possessive.
        number = months.get(key[:-1]) or months.get(key[:-1] + "ь")
    return number


# How the page being read writes a numeric date that reads both ways ("05/06/2017"): "dmy"
# nearly everywhere, "mdy" in the United States; None: unknown, and such a date is not read.
# Extraction sets it for each page from its language and host (``numeric_order``).
SLASH_ORDER: ContextVar[str | None] = ContextVar("slash_order", default=None)
# The page's words, where only its host's country told ``SLASH_ORDER``: read for the order
# its own dates tell (``text_order``) when a date that reads both ways first comes up, and
# only then (most pages write none).
SHOWN_TEXT: ContextVar[Callable[[], str] | None] = ContextVar("shown_text", default=None)
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


# The language of the page being read, whose month names come first: "listopad" is October
# in Croatian and November in Polish and Czech.  None: the first locale's name wins.
PAGE_LANGUAGE: ContextVar[str | None] = ContextVar("page_language", default=None)


def text_order(text: str) -> str | None:
    """The order of a text's numeric dates, where its site does not tell it: "dmy" or "mdy"
    when one of them reads only one way ("14/03/2025"), or when its first date with a
    month's name ("MARSA JAWHAR, March 11 (MNA) - ...") agrees with one reading of its first
    ambiguous one ("11/03/2025"); None if nothing tells."""
    pairs = [(int(m.group(1)), int(m.group(3)), int(m.group(4)))
             for m in SLASHED.finditer(text[:ORDER_CHARS])]
    if any(a > 12 >= b for a, b, _ in pairs):
        return "dmy"
    if any(b > 12 >= a for a, b, _ in pairs):
        return "mdy"
    ambiguous = next(((a, b, y) for a, b, y in pairs if a != b and a <= 12 and b <= 12), None)
    if ambiguous is None:
        return None
    a, b, year = ambiguous
    # A date with a month's name: with its year ("Wednesday, March 12, 2025"), else without.
    named = find_datetime(text[:ORDER_CHARS])
    if named is None or not named[0].startswith(str(year)):
        named = find_day_month(text[:ORDER_CHARS], year)
    if named is None:
        return None
    month, day = int(named[0][5:7]), int(named[0][8:10])
    return "dmy" if (day, month) == (a, b) else "mdy" if (day, month) == (b, a) else None


ORDER_CHARS = 5000  # of a text, where its dates' order is looked for


@contextmanager
def numeric_dates(order: str | None) -> Iterator[None]:
    """Read ambiguous numeric dates in ``order`` within the block (see ``SLASH_ORDER``)."""
    token = SLASH_ORDER.set(order)
    try:
        yield
    finally:
        SLASH_ORDER.reset(token)


@contextmanager
def page_dates(language: str | None, host: str | None = None,
               shown: Callable[[], str] | None = None) -> Iterator[None]:
    """Read dates within the block as a page of that language tag and host writes them:
    ambiguous numeric dates in its order (``numeric_order``), its month names first.

    ``shown``: the page's words, asked for when only its host's country tells the order
    (an English page under a country's domain): the order its own dates tell
    (``text_order``) wins, as a Kenyan site's "03/12/2025" over "March 12, 2025"."""
    order = numeric_order(language, host)
    # Where neither tag nor host tells the order, the page's own dates may, as where only
    # the host's country told it.
    pending = shown if order is None or (order == "dmy" and _guessed_order(language)) \
        else None
    token = SHOWN_TEXT.set(pending)
    try:
        with month_names_of(language), numeric_dates(order):
            yield
    finally:
        SHOWN_TEXT.reset(token)


def _slash_order() -> str | None:
    """The order ambiguous numeric dates read in (``SLASH_ORDER``), first settled by the
    page's own dates where only its host told it (``SHOWN_TEXT``)."""
    shown = SHOWN_TEXT.get()
    if shown is not None:
        SHOWN_TEXT.set(None)  # once: text_order reads dates too
        with numeric_dates(None):  # its named dates, not those it is to tell the order of
            told = text_order(shown())
        if told is not None:
            SLASH_ORDER.set(told)
    return SLASH_ORDER.get()


def _guessed_order(language: str | None) -> bool:
    """Whether a page's order of numeric dates comes from its host's country alone: its
    language is English with no country of its own."""
    return (language or "").replace("_", "-").lower() in ("en", "")


@contextmanager
def month_names_of(language: str | None) -> Iterator[None]:
    """Read month names within the block as that language writes them, where two languages
    mean two months by one name (see ``PAGE_LANGUAGE``)."""
    primary = (language or "").replace("_", "-").split("-")[0].lower()
    token = PAGE_LANGUAGE.set(primary if primary in DEFAULT_LOCALES else None)
    try:
        yield
    finally:
        PAGE_LANGUAGE.reset(token)


def page_months() -> Mapping[str, int]:
    """The month names of the page being read (``PAGE_LANGUAGE``), then of every locale."""
    return _months_first(PAGE_LANGUAGE.get())


@lru_cache(maxsize=64)
def _months_first(language: str | None) -> Mapping[str, int]:
    # Keyed by the language alone: a date is read hundreds of times a page, and the tuple
    # of every locale would be built and hashed each time.
    return month_table((language, *DEFAULT_LOCALES)) if language else month_table()


def _slashed(text: str, months: Mapping[str, int],
             offset: str | None) -> tuple[str, int, int] | None:
    for m in SLASHED.finditer(text):
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if first <= 12 and second <= 12 and first != second:
            order = _slash_order()
            if order is None:
                continue  # either order is a date: which one, the line does not say
            first, second = (first, second) if order == "dmy" else (second, first)
        day, month = (first, second) if second <= 12 else (second, first)
        found = _valid_date(year, month, day) or numeric_hijri(year, month, day)
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


def _roc(text: str, months: Mapping[str, int],
         offset: str | None) -> tuple[str, int, int] | None:
    """Taiwan's dates in years of the Republic: "民國114年3月18日", "114年3月18日", and
    "114-03-19" in a Chinese text (elsewhere three digits so joined are no date)."""
    for m in ROC_WORDS.finditer(text):
        found = roc_date(int(m.group(1) or m.group(2)), int(m.group(3)), int(m.group(4)))
        if found:
            return _with_time(found, text, m.start(), m.end(), offset)
    if UNSPACED.search(text) is None:
        return None
    for m in ROC_NUMERIC.finditer(text):
        found = roc_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
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
    _finder(MONGOLIAN, 1, 2, 3, named=False),
    _finder(NEPALI_DATE, 1, 2, 3, named=True),
    _roc,
)


def _with_time(day: str, text: str, start: int, end: int,
               offset: str | None) -> tuple[str, int, int]:
    t = TIME_AFTER.match(text, end)
    gap = WEEKDAY_GAP.match(text, end) if t is None else None
    if gap is not None and gap.group(1).lower() in weekday_table():
        # "16 Aralık 2012 Pazar 11:00", "2012. december 16., vasárnap 11:00", "日曜日 11:00"
        t = TIME_AFTER.match(text, gap.end())
    if not t and (m := HOURS_AFTER.match(text, end)) is not None:
        # "Thursday 5th March 2026 | 0815hrs AST": the hours and minutes as four digits.
        zone = _ZONE.match(text, m.end())
        stated = _zone_offset(zone) if zone is not None else offset or ""
        return f"{day}T{m[1]}:{m[2]}{stated}", start, zone.end() if zone else m.end()
    if not t:
        # "12:10, 24 September 2021": some sites write the time first.
        return _time_before(day, text, start, end, offset)
    hour, minute = int(t["hour"]), int(t["minute"])
    meridiem = MERIDIEM.get(t["half"] or "") or MERIDIEM_AFTER.get(t["after"] or "") \
        or (t["ampm"] or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day, start, end
    zone = _ZONE.match(text, t.end())
    if zone is not None:
        return f"{day}T{hour:02d}:{minute:02d}{_zone_offset(zone)}", start, zone.end()
    return f"{day}T{hour:02d}:{minute:02d}{offset or ''}", start, t.end()


def _time_before(day: str, text: str, start: int, end: int,
                 offset: str | None) -> tuple[str, int, int]:
    """The day with the time written before it, if one is ("12:10, 24 September 2021")."""
    b = TIME_BEFORE.search(text, 0, start)
    if b is None:
        return day, start, end
    zone, weekday = b["zone"], b["weekday"]
    if zone and weekday is None and zone.lower() in weekday_table():
        zone, weekday = None, zone  # "12:10 Mon 24 May"
    if zone and zone.lower() in HOUR_WORDS:
        zone = None  # "14:00 Uhr, 3. März"
    if weekday and weekday.lower() not in weekday_table() or zone and not zone.isupper():
        return day, start, end
    hour, minute = int(b["hour"]), int(b["minute"])
    ampm = (b["ampm"] or "").lower()
    hour += 12 if ampm == "p" and hour < 12 else -12 if ampm == "a" and hour == 12 else 0
    if hour > 23 or minute > 59:
        return day, start, end
    stated = ZONE_OFFSETS.get(zone or "", offset or "")
    return f"{day}T{hour:02d}:{minute:02d}{stated}", b.start(), end


def _zone_offset(zone: re.Match[str]) -> str:
    """The offset a zone after a time states: "(GMT+3)" is +03:00, "WIB" +07:00."""
    if zone["name"]:
        return ZONE_OFFSETS[zone["name"]]
    if zone["digits"]:
        return _offset(zone["digits"])
    sign = "-" if zone["sign"] in "-−" else "+"
    return f"{sign}{int(zone['hours']):02d}:{zone['minutes'] or '00'}"


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
