"""Statement text -> numeric claims: sentences asserting a quantity, with its unit and speaker.

"We destroyed and captured 366 tanks" -> 366, unit "tanks"; "More than 16,000
shells landed" -> 16000, approx "more than", unit "shells"; "few civilian
casualties, about 30" -> 30, approx "about", unit "civilian casualties" (the
unit named before the number).  Numbers that are dates, times, years, ordinals,
identifiers ("Article 5", "S-400") or questions are no claims.  ``start``/``end``
are the sentence's span in the text.

A statement in another language is read by its own conventions (``numbers``):
"afectaron a 4.500 hogares" -> 4500, "240 millions d'euros" -> 240000000 EUR,
"3,2 Millionen Tonnen" -> 3200000 "Tonnen"; "30 de junio" is a date.  English and
a language without tables are read as above.  Arabic and Persian digits are read as
their ASCII twins ("٤٥٠٠ منزل" -> 4500 "منزل"); Chinese, Japanese and Korean name what
they count with a measure word after the number and its scale ("4500户" -> 4500 "户",
"2.4亿欧元" -> 240000000 EUR, "2億4000万円" -> 240000000 JPY), and "4月7日", "2025年",
"第3次" count nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain

from ..models import Claim, DateMention
from ..parse.language import QUESTION_MARKS
from .dates import digit_runs, iter_found
from .numbers import (
    NATIVE_DIGITS,
    PREFIX_CURRENCIES,
    Conventions,
    EastAsian,
    conventions,
    east_asian,
    english_fallback,
    read_value,
)
from .vocabulary import STOP_WORDS

# "16,000", "2.5", and Russian "16 000" (thousands set apart by a space after 1-3 digits).
_NUMBER = re.compile(r"[0-9](?<![\w.,:/+\-–][0-9])"
                     r"(?:[0-9]{0,2}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9])|[0-9]*(?:,[0-9]{3})*)"
                     r"(?:\.[0-9]+)?(?![0-9]|[:+][0-9]|-[0-9]|[a-zA-Z])")
# What ``_NUMBER`` lets into a number besides digits and the decimal dot.
_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f")
_MAGNITUDES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9}
# Words of magnitude ("a million people", "hundreds of thousands of mines", "tens of
# thousands of students"), each found by its tail with str.find, which jumps from hit to
# hit; the first letter, either case, is checked after ("Hundreds" / "hundreds" by "undred").
_WORDED = ("undred", "housand", "illion", "ozen")
_WORDED_LEAD = re.compile(r"(?:(?P<a>\ba|\bA)|(?P<tens>\b[Tt]ens of)|(?P<many>\b(?:[Hh]undreds|"
                          r"[Dd]ozens|[Tt]housands) of))\s+$")
_SCALE = re.compile(r"\s*(thousand|million|billion|trillion|bn|mln|тыс\.|тысяч[аи]?|млн\.?"
                    r"|миллион(?:а|ов)?|млрд\.?|миллиард(?:а|ов)?)(?!\w)")
_PERCENT = re.compile(r"\s*(?:%|percent\b|per cent\b|процент(?:а|ов)?\b)")
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB"}
_SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
           "trillion": 1e12, "тыс": 1e3, "млн": 1e6, "мил": 1e6, "млр": 1e9}
_APPROX = frozenset((
    "about", "around", "approximately", "roughly", "some", "nearly", "almost", "over",
    "more than", "less than", "fewer than", "at least", "at most", "up to", "under", "close to",
    "in excess of", "upwards of", "as many as", "no fewer than", "no less than", "just over",
    "just under", "около", "более", "почти", "свыше", "порядка", "примерно", "менее", "не менее",
    "не более", "до"))
# A unit is a lower-case noun phrase, or a people in the plural ("a million Russians").
_AFTER = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?([a-zа-яё][a-zа-яё\-]*|[A-Z][a-z]+s\b)"
                    r"(?:[ \u00a0]+([a-zа-яё][a-zа-яё\-]*))?")
_BEFORE = re.compile(r"(?<![\w'’-])([a-z][a-z\-]*)(?:[ \u00a0]+([a-z][a-z\-]*))?"
                     r"[ \u00a0]*[,–:][ \u00a0]*"
                     r"(?:[a-z]+(?:[ \u00a0]+[a-z]+)?[ \u00a0]+)?$")
# A sentence ends at "!", "?", a line end, or a dot before a space or a closing quote,
# except after a title ("Mr.") or an initial ("V.").
_MARKS: tuple[str, ...] = (".", "!", "?", "\n")
# Chinese and Japanese end a sentence with a wide mark and no space; Arabic asks with "؟".
_WIDE = "。！？؟"
_WIDE_MARKS = _MARKS + tuple(_WIDE)
_CLOSING = "\"”’)」』）"
_OPENING_WIDE = frozenset("“\"«‘「『《")
# "百分之三十", "百分之3.5": percent written before the number, in Chinese numerals or digits.
_CHINESE_PERCENT = re.compile(r"百分之([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百]+"
                              r"(?:点[零〇一二三四五六七八九]+)?)")
_CHINESE_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_ABBREVIATIONS = frozenset(("Mr", "Mrs", "Ms", "Dr", "St", "No", "vs", "Nr", "ca", "Mio", "Mrd",
                            "Tsd", "тыс", "млн", "млрд", "руб", "долл", "тис", "грн", "tys",
                            "mln", "mld"))
_ADJECTIVE_ENDINGS = ("al", "ian", "ic", "ed", "ive", "ary", "ous", "ern", "ful", "less", "ish",
                      "ing")
_ADJECTIVES = frozenset("new old more big large small heavy combat military civilian foreign "
                        "young main other additional armored armoured square cubic".split())
# Words that cannot be what a number counts: function words, verbs of being, "percent".
_NO_UNIT = frozenset("""
of the a an and or nor but to in on at by for with from as into onto than that which who whom
whose this these those it its their our his her my your is are was were be been being has have
had will would can could may might must shall should do does did per times o'clock percent
more less most least some any each every all both either neither such so too very also only
just even still yet already again here there then when where while if because since until
out up down off full back away left right
i we you he she they us them me him
и в во на с со по из за от до к ко о об у для что как это тех этих года лет году
""".split())
_IDENTIFIER_WORDS = frozenset("no number article resolution chapter paragraph section point page "
                              "item clause part decree order law".split())
_OPENING_QUOTES = frozenset("“\"«‘")
# Local readings: a dot and a word after a number ("3. Oktober"); an English-written
# number followed by more digits ("30.06.2024"); two decimals, which times have too.
_LOCAL_ORDINAL = re.compile(r"\.[ \u00a0]+[^\W\d_]")
_LOCAL_AFTER = re.compile(r"[.,'’/][0-9]")
_TWO_DECIMALS = re.compile(r"\.[0-9]{2}$")


@dataclass(frozen=True, slots=True)
class _Quantity:
    start: int
    end: int
    number: float
    unit: str | None
    approx: str | None = None  # "hundreds of" for a plural magnitude


def find_claims(text: str, dates: list[DateMention], speaker_at: Callable[[int], str | None],
                *, numbers: list[tuple[int, int]] | None = None,
                language: str | None = None) -> list[Claim]:
    """Every sentence's numeric claims, with who made them.

    ``numbers``: ``digit_runs(text)``, when the caller has them already.
    ``language``: the statement's, whose conventions read its numbers (English if None).
    """
    runs = digit_runs(text) if numbers is None else numbers
    conv = conventions(language)
    east = east_asian(language) if conv is None else None
    seen, marks, quantities = _quantities(text, runs, conv, east)
    if not quantities:
        return []
    taken = sorted((d.start, d.end) for d in dates)
    starts = [s for s, _ in taken]
    claims = []
    for q in quantities:
        i = bisect_right(starts, q.start) - 1
        if i >= 0 and q.start < taken[i][1]:
            continue  # a number inside a date
        begin, end = _sentence_around(seen, q.start, marks)
        sentence = text[begin:end]
        if sentence.rstrip().endswith(QUESTION_MARKS):
            continue
        approx, approx_start = (None, q.start) if east is not None else _approx_before(
            seen, max(begin, q.start - 25), q.start, _APPROX if conv is None else conv.approx)
        # A unit named before the number is read in English only: other word orders differ.
        unit = q.unit or (_unit_before(text, begin, approx_start) if conv is None else None)
        if unit is None:
            continue
        claims.append(Claim(text=sentence.strip(), number=q.number, approx=approx or q.approx,
                            unit=unit, start=begin + len(sentence) - len(sentence.lstrip()),
                            end=begin + len(sentence.rstrip()), speaker=speaker_at(q.start)))
    return claims


def _quantities(text: str, runs: list[tuple[int, int]], conv: Conventions | None,
                east: EastAsian | None) -> tuple[str, tuple[str, ...], list[_Quantity]]:
    """The text as read, the marks that end its sentences, and its quantities in order.

    Arabic, Persian and full-width digits are read as ASCII in a translated copy: the
    offsets are the same, and each claim's sentence is then cut from the text itself.
    """
    if conv is not None and not conv.native_digits:
        return text, _MARKS, sorted(_iter_local(text, runs, conv), key=lambda q: q.start)
    if conv is None and east is None:
        return text, _MARKS, sorted(_iter_quantities(text, runs), key=lambda q: q.start)
    seen = text.translate(NATIVE_DIGITS)
    runs = runs if seen == text else digit_runs(seen)
    found = _iter_local(seen, runs, conv) if conv is not None else iter(())
    if east is not None:
        found = _iter_east_asian(seen, runs, east)
        if "百分之" in seen:
            found = chain(found, _iter_chinese_percent(seen))
    return seen, _WIDE_MARKS, sorted(found, key=lambda q: q.start)


def _iter_quantities(text: str, runs: list[tuple[int, int]]) -> Iterator[_Quantity]:
    # A number starts where a run of digits does (its first digit follows no digit), and
    # goes on over later runs ("16 000"): as ``_NUMBER.finditer`` would, without its scan.
    taken = 0
    for start, _ in runs:
        match = _NUMBER.match(text, start) if start >= taken else None
        if match is None:
            continue
        taken = match.end()
        q = _read_number(text, match)
        if q is not None:
            yield q
    for tail in _WORDED:
        for at in iter_found(text, tail):
            start, tail_end = at - 1, at + len(tail)
            word = text[max(0, start):tail_end].lower()
            q = _read_worded(text, start, tail_end, word) if word in _MAGNITUDES else None
            if q is not None:
                yield q


def _read_number(text: str, match: re.Match[str]) -> _Quantity | None:
    start, end = match.span()
    digits = match.group()
    value = float(digits if digits.isdigit() else digits.translate(_SEPARATORS))
    if _is_label(text, start) or text[start - 1:start] in _OPENING_QUOTES:
        return None
    unit = _CURRENCY.get(text[start - 1:start]) if start else None
    scale = _SCALE.match(text, end)
    if scale:
        word = scale.group(1)
        value *= _SCALES[word] if word in _SCALES else _SCALES[word[:3]]
        end = scale.end()
    elif digits.isdigit() and len(digits) == 4 and 1800 <= value < 2100 and unit is None:
        after = _AFTER.match(text, end)
        if not after or not after.group(1).endswith("s") or after.group(1) in _NO_UNIT:
            return None  # a year
    percent = _PERCENT.match(text, end)
    if percent:
        return _Quantity(start, percent.end(), value, "percent")
    return _Quantity(start, end, value, unit or _unit_after(text, end))


def _read_worded(text: str, start: int, end: int, word: str) -> _Quantity | None:
    """"a million people", "thousands of villages", "hundreds of thousands of mines"."""
    plural = text.startswith("s", end)
    end += plural
    if start and text[start - 1].isalnum() or end < len(text) and text[end].isalnum():
        return None
    lead = _WORDED_LEAD.search(text, max(0, start - 16), start)
    value = _MAGNITUDES[word]
    if plural and text.startswith(" of ", end) and _WORDED_LEAD.match(text, end) is None:
        after = text[end + 4:end + 14].split(" ", 1)[0].rstrip("s").lower()
        if after in _MAGNITUDES:
            return None  # "hundreds of thousands": read at "thousands"
    if lead is not None and lead.group("tens"):
        value, approx, start = value * 10, "tens of", lead.start()
    elif lead is not None and lead.group("many"):
        many = lead.group("many").split()[0].lower().rstrip("s")
        value, approx, start = value * _MAGNITUDES[many], f"{many}s of", lead.start()
    elif lead is not None and lead.group("a") and not plural:
        approx = None
        start = lead.start()
    elif plural:
        approx = f"{word}s of"
    else:
        return None
    unit = _unit_after(text, end)
    return _Quantity(start, end, float(value), unit, approx) if unit else None


def _iter_local(text: str, runs: list[tuple[int, int]], conv: Conventions) -> Iterator[_Quantity]:
    """The quantities of a text in a language with its own conventions (``numbers``)."""
    taken = 0
    for start, _ in runs:
        if start < taken:
            continue
        read = _local_number(text, start, conv)
        if read is None:
            continue
        taken, value, fallback = read
        q = _read_local(text, start, taken, value, conv, fallback=fallback)
        if q is not None:
            yield q


def _local_number(text: str, start: int, conv: Conventions) -> tuple[int, float, bool] | None:
    """Where the number at ``start`` ends and its value, and whether it was written in English.

    The locale decides ("4.500" is 4500 in Spanish); a number it cannot read is read the
    English way where that way is the only one ("1.3", "1,300.5").
    """
    match = conv.number.match(text, start)
    if match is not None:
        value = read_value(match.group(), conv)
        return None if value is None else (match.end(), value, False)
    match = _NUMBER.match(text, start)
    if match is None or _LOCAL_AFTER.match(text, match.end()):
        return None  # "30.06.2024": a date the English pattern reads in part
    if not english_fallback(match.group()):
        return None
    return match.end(), float(match.group().translate(_SEPARATORS)), True


def _read_local(text: str, start: int, end: int, value: float, conv: Conventions, *,
                fallback: bool) -> _Quantity | None:
    """The quantity of the number at ``start:end``: scale, percent, currency or unit after it."""
    if _is_label(text, start, conv) or text[start - 1:start] in _OPENING_QUOTES:
        return None
    number_end = end
    if conv.ordinal_dot and _LOCAL_ORDINAL.match(text, end) or conv.month.match(text, end):
        return None  # "3. Oktober", "der 2. Platz", "30 de junio": an ordinal or a day
    if conv.percent_before and conv.percent_before.search(text, max(0, start - 8), start):
        return _Quantity(start, end, value, "percent")  # "yüzde 30", "%30"
    unit = _currency_before(text, start)
    scale = conv.scale.match(text, end)
    if scale:
        value *= conv.scales[_key(scale)]
        end = scale.end()
    elif fallback and _TWO_DECIMALS.search(text, start, end):
        return None  # "12.30", a time, unless a scale makes it an amount ("1.25 млрд")
    more = conv.approx_after.match(text, end) if conv.approx_after else None  # "'den fazla"
    approx = more.group(1).split()[-1].lower() if more else None
    end = more.end() if more else end
    percent = conv.percent.match(text, end)
    if percent:
        return _Quantity(start, percent.end(), value, "percent", approx)
    currency = conv.currency.match(text, end)
    if currency:
        return _Quantity(start, currency.end(), value, conv.currencies[_key(currency)], approx)
    if unit is not None:
        return _Quantity(start, end, value, unit, approx)
    of = conv.of.match(text, end) if scale else None
    found = _local_unit(text, of.end() if of else end, conv)
    if found is None or scale is None and _is_year(text, start, number_end, found, conv):
        return None
    return _Quantity(start, end, value, found, approx)


def _iter_east_asian(text: str, runs: list[tuple[int, int]], east: EastAsian
                     ) -> Iterator[_Quantity]:
    """The quantities of a Chinese, Japanese or Korean text: a number, what it counts after."""
    taken = 0
    for start, _ in runs:
        match = east.number.match(text, start) if start >= taken else None
        if match is None:
            continue
        taken = match.end()
        if text[start - 1:start] in east.ordinals or text[start - 1:start] in _OPENING_WIDE:
            continue  # "第3次", "《2030年议程》"
        value, taken = _east_asian_value(text, match, east)
        q = _read_east_asian(text, start, taken, value, east)
        if q is not None:
            taken = q.end
            yield q


def _iter_chinese_percent(text: str) -> Iterator[_Quantity]:
    for at in iter_found(text, "百分之"):
        found = _CHINESE_PERCENT.match(text, at)
        if found is not None:
            yield _Quantity(at, found.end(), _chinese_number(found.group(1)), "percent")


def _chinese_number(numeral: str) -> float:
    """"三十" -> 30, "二十五点五" -> 25.5, "一百" -> 100, "3.5" -> 3.5."""
    if numeral[0].isascii():
        return float(numeral)
    whole, _, fraction = numeral.partition("点")
    total, digit = 0, 0
    for char in whole:  # a few characters at most
        if char in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[char]
        else:
            total, digit = total + (digit or 1) * (10 if char == "十" else 100), 0
    decimals = "".join(str(_CHINESE_DIGITS[c]) for c in fraction)
    return float(f"{total + digit}.{decimals or 0}")


def _east_asian_value(text: str, match: re.Match[str], east: EastAsian) -> tuple[float, int]:
    """The number and its scales, and where they end: "2.4亿", "2億4000万", "2억 4천만"."""
    value, end = float(match.group().replace(",", "")), match.end()
    scale = east.scale.match(text, end)
    if scale is None:
        return value, end
    last = east.scales[scale.group(1)]
    value, end = value * last, scale.end()
    for _ in range(2):  # a smaller scale after a larger one adds to it
        gap = 1 if text[end:end + 1] == " " else 0
        more = east.number.match(text, end + gap)
        scale = east.scale.match(text, more.end()) if more else None
        if more is None or scale is None or east.scales[scale.group(1)] >= last:
            break
        last = east.scales[scale.group(1)]
        value, end = value + float(more.group().replace(",", "")) * last, scale.end()
    return value, end


def _read_east_asian(text: str, start: int, end: int, value: float, east: EastAsian
                     ) -> _Quantity | None:
    """The quantity of the number at ``start:end`` by the word after it: 户, 欧元, 명, %."""
    window, unit = text[max(0, start - 8):start].rstrip(" \u00a0"), None
    for sign, code in east.prefix_currencies.items():
        if window.endswith(sign):  # "人民币2.4亿", "US$ 5"
            window, unit = window[:-len(sign)].rstrip(" \u00a0"), code
            break
    after = east.after.match(text, end)
    if after is not None:
        unit = east.kinds[after.group(2)]
        if not unit:
            return None  # "4月", "2025年", "3次": a date, a time, a rank
        end = after.end()
    elif unit is None or text[end:end + 1].isascii() and text[end:end + 1].isalpha():
        return None  # "5G", or nothing said of what is counted
    approx = _east_approx(window, east) or (after.group(1) if after is not None else None)
    last = east.last.match(text, end)
    if last is not None:
        approx, end = approx or last.group(1), last.end()
    return _Quantity(start, end, value, unit, approx)


def _east_approx(window: str, east: EastAsian) -> str | None:
    """"约", "超过", "약" right before the number.

    A word of one letter after an ideograph or a Korean syllable may end another word
    ("契約", "조약"), and any Korean word after a syllable: those are taken only after a
    kana, a space or a mark.
    """
    for phrase in east.approx:
        if window.endswith(phrase):
            before = window[-len(phrase) - 1:-len(phrase)]
            if (not before.isalnum() or _KANA.match(before)
                    or len(phrase) > 1 and not _HANGUL.match(before)):
                return phrase
            return None
    return None


def _key(found: re.Match[str]) -> str:
    """A table's key for the words found, spaced as the table spaces them ("mil millones")."""
    return " ".join(found.group(1).lower().split())


def _currency_before(text: str, start: int) -> str | None:
    """"€240", "CHF 1,5 Mio.": a currency written before the number."""
    window = text[max(0, start - 5):start].rstrip(" \u00a0\u202f")
    for sign, code in PREFIX_CURRENCIES.items():
        if window.endswith(sign):
            at = len(window) - len(sign)
            if at == 0 or not window[at - 1].isalnum() or not sign[0].isalpha():
                return code
    return None


def _local_unit(text: str, end: int, conv: Conventions) -> str | None:
    """What the number counts: a word that is no function word ("hogares", "Tonnen").

    German capitalizes its nouns: the unit is one, with the adjective before it if any
    ("neue Schulen"); a lower-case word after a German number is no unit ("300 gebaut").
    Elsewhere a capitalized word is a name, not a unit.
    """
    found = conv.unit.match(text, end)
    if found is None:
        return None
    first, second = found.group(1), found.group(2)
    if len(first) < 2 or first.lower() in conv.function_words:
        return None
    if not conv.capital_nouns:
        return None if first[0].isupper() else first
    if first[0].isupper():
        return first
    if second and second[0].isupper() and second.lower() not in conv.function_words:
        return f"{first} {second}"
    return None


def _is_year(text: str, start: int, end: int, unit: str, conv: Conventions) -> bool:
    """A bare 1800-2099 is a year ("En 2023 los precios") unless it plainly counts things.

    It counts when no function word stands before it ("en", "nel") and the word after has
    the language's plural ending ("1900 soldados"); where plurals have no one ending (German,
    Russian) it is a year, as the English reading always took it in Russian.
    """
    digits = text[start:end]
    if not (len(digits) == 4 and digits.isdigit()
            and any(low <= int(digits) < high for low, high in conv.years)):
        return False
    before = text[max(0, start - 16):start].split()
    if before and before[-1].lower() in conv.function_words:
        return True
    endings = conv.plural_endings
    return not endings or not unit.endswith(endings)


def _approx_before(text: str, begin: int, start: int,
                   phrases: frozenset[str]) -> tuple[str | None, int]:
    """"more than" before a number (a currency sign between allowed), and where it starts."""
    window = text[begin:start].rstrip(" \u00a0$€£₽")
    words = window.lower().split()
    for n in (3, 2, 1):
        phrase = " ".join(words[-n:])
        if len(words) >= n and phrase in phrases:
            at = window.lower().rfind(phrase)
            if at == 0 or not window[at - 1].isalnum():
                return phrase, begin + at
    return None, start


def _is_label(text: str, start: int, conv: Conventions | None = None) -> bool:
    """"Article 5", "No. 12", "Su 30": a number that names rather than counts."""
    window = text[max(0, start - 24):start]
    before = window.rstrip(" \u00a0#").split()
    if not before:
        return False
    word = before[-1].rstrip(".").lower()
    if conv is not None:
        return word in conv.labels or _names(before, window, word, conv.function_words,
                                             conv.approx)
    if word in _IDENTIFIER_WORDS:
        return True
    return _names(before, window, word, STOP_WORDS, _APPROX)


def _names(before: list[str], window: str, word: str, stop_words: frozenset[str],
           approx: frozenset[str]) -> bool:
    """Whether the capitalized word before a number names a thing the number tells apart."""
    # A capital that only starts the sentence ("Более 16 000") names nothing.
    initial = len(before) == 1 and len(window) < 24 or len(before) > 1 and before[-2][-1] in ".!?"
    return (before[-1][:1].isupper() and not initial and word not in stop_words
            and not before[-1].endswith(",") and word not in approx)


def _unit_after(text: str, end: int) -> str | None:
    after = _AFTER.match(text, end)
    if not after:
        return None
    first, second = after.group(1), after.group(2)
    if first in _NO_UNIT:
        return None
    if first[0].isupper():
        return first  # a people, which takes no adjective after it
    if second and second not in _NO_UNIT and (_is_adjective(first) or _compound(first, second)):
        return f"{first} {second}"
    return first


def _compound(first: str, second: str) -> bool:
    """"tax credits", "school shootings": a noun before a plural noun names the thing."""
    return not first.endswith("s") and second.endswith("s") and not second.endswith("ss")


def _unit_before(text: str, begin: int, end: int) -> str | None:
    """A unit named before the number: "civilian casualties, about 30"."""
    found = _BEFORE.search(text, max(begin, end - 60), end)
    if not found:
        return None
    words = [w for w in found.groups() if w and w not in _NO_UNIT and w not in ("few", "many")]
    return " ".join(words) or None


def _is_adjective(word: str) -> bool:
    return word in _ADJECTIVES or word.endswith(_ADJECTIVE_ENDINGS)


def _sentence_around(text: str, offset: int,
                     marks: tuple[str, ...] = _MARKS) -> tuple[int, int]:
    """The span of the sentence that holds ``offset``: found by looking both ways from it."""
    begin = offset
    while True:
        begin = _last_mark(text, begin, marks)
        if begin < 0 or _ends_sentence(text, begin):
            break
    end = offset
    while True:
        end = _next_mark(text, end, marks)
        if end == len(text) or _ends_sentence(text, end):
            break
        end += 1
    while end + 1 < len(text) and text[end + 1] in _CLOSING:
        end += 1
    return begin + 1, min(len(text), end + 1)


def _last_mark(text: str, before: int, marks: tuple[str, ...]) -> int:
    """The last of ``_MARKS`` before ``before``, or -1.

    The dot, the most common mark, is found first; the other marks are then
    looked for only after it, so that no search runs back through the text.
    """
    at = text.rfind(".", 0, before)
    for mark in marks[1:]:
        found = text.rfind(mark, at + 1, before)
        if found > at:
            at = found
    return at


def _next_mark(text: str, start: int, marks: tuple[str, ...]) -> int:
    """The first of ``_MARKS`` at or after ``start``, or ``len(text)``."""
    at = text.find(".", start)
    if at < 0:
        at = len(text)
    for mark in marks[1:]:
        found = text.find(mark, start, at)
        if found >= 0:
            at = found
    return at


def _ends_sentence(text: str, at: int) -> bool:
    """A mark ends a sentence unless it is the dot of "Mr." or "V." or inside "2.5"."""
    mark = text[at]
    if mark == "\n" or mark in _WIDE:
        return True
    after = text[at + 1:at + 2]
    if after and not (after.isspace() or after in _CLOSING):
        return False
    if mark != ".":
        return True
    word = text[max(0, at - 4):at].rsplit(None, 1)[-1:] or [""]
    return word[0] not in _ABBREVIATIONS and not (len(word[0]) == 1 and word[0].isupper())
