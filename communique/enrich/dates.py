"""Statement text -> dates mentioned, each resolved to a day, month or year with its basis.

Absolute expressions ("27 September 2020", "November 15", "in April 2016",
"the evening of 8 November", Russian "7 октября 2020 года") and relative ones
("last year", "a year later", "yesterday").  A date without a year takes it,
in this order, from a full date earlier in the same paragraph
(``year_in_context``), from the publication date (``publication``: the last such
day before it, or the next one when the sentence speaks of the future), or from
any year stated earlier (``year_in_context``).  Relative expressions count from
the publication date or from the previous date mentioned (``previous_mention``).
Month names come from ``communique.parse.dates.month_table`` (babel's CLDR).

Other languages, chosen by the statement's language: full dates ("14 mars 2025",
"2. Juni 2025", "7 de abril de 2025", "3 kwietnia 2025 r."), a day and month
("30 de junio"), a month and year ("im März 2025"), a month after a lead word
("en septembre") and the commonest relative words ("hier", "l'année dernière"),
from a table per language (``_LANGUAGES``) and babel's month names; the year of a
date without one is chosen by the rules above, with the language's words of the
future.  A language without a table reads its babel month names with a number;
an unknown one reads only full dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

from babel.dates import get_month_names

from ..models import DateMention
from ..parse.dates import DEFAULT_LOCALES, month_table
from .numbers import NATIVE_DIGITS, alternation

EXPLICIT = "explicit"
IN_CONTEXT = "year_in_context"
PUBLICATION = "publication"
PREVIOUS = "previous_mention"
UNRESOLVED = "unresolved"

_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|scheduled|upcoming|next|planned|plans? to)\b",
                     re.IGNORECASE)
_RELATIVE_YEARS = {"last year": -1, "this year": 0, "next year": 1}
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


# Spelled with a plain first class, which the regex engine scans for fast (unlike "[0-9]+").
_NUMBER = re.compile(r"[0-9][0-9]*")
NATIVE_DIGIT = re.compile(r"[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]")
_PART_OF_DAY = re.compile(r"(?:(?:in\s+)?the\s+)?(?:morning|afternoon|evening|night|early\s+hours|"
                          r"early\s+morning|late\s+evening)\s+(?:of|on)\s+$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|until|by|before|after|during|year|from)\s+)$",
                          re.IGNORECASE)
_YEAR_AFTER = re.compile(r"(?:\s*(?:года|г\.))?")
# Month names short enough to look like abbreviations, which a dot after them ends a sentence.
_WHOLE = frozenset(("may", "june", "july", "мая", "июня", "июля"))
_GLUED = frozenset(".,:/-") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DAY_YEAR = re.compile(r",?\s*(\d{4})(?!\d)")
_MONTHS_EN = ("January|February|March|April|May|June|July|August|September|October|November"
              "|December")
# Literal-first patterns: the engine jumps between hits instead of trying every position.
_MONTH_ALONE = re.compile(_MONTHS_EN)
_MONTH_LEADS = ("in ", "since ", "until ", "by ", "early ", "late ", "mid-", "In ", "Since ")
# Found with str.find, which skips through a text faster than a regex of one word does.
_RELATIVE = ("yesterday", "today", "tomorrow", "Yesterday", "Today", "Tomorrow", "year")
_YEAR_LEAD = re.compile(r"(?:(?P<rel>last|this|next)|(?P<n>" + "|".join(_COUNTS)
                        + r"|\d+))\s+$", re.IGNORECASE)
_YEAR_TAIL = re.compile(r"\s+(later|ago|earlier)\b")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], Mapping[str, int]]:
    """Day-month and month-day shapes around a number, built once per process."""
    months = {k: v for k, v in month_table(("en", "ru")).items() if len(k) >= 3}
    # English month names are capitalised ("may 5" is a verb); Russian ones are not.
    names = sorted((m.capitalize() if m.isascii() else m for m in months), key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(m) + _dot(m.lower()) for m in names) + ")"
    day_month = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + month + r")(?!\w)"
                           r"(?:,?\s+(\d{4})(?!\d))?")
    return day_month, MappingProxyType(months)


@lru_cache(maxsize=1)
def _longest_month() -> int:
    """Letters in the longest month name ("September", "сентября")."""
    return max(map(len, _patterns()[1]))


def _dot(month: str) -> str:
    """An abbreviated month may carry a dot; after a whole name a dot ends the sentence."""
    return r"\.?" if len(month) <= 4 and month not in _WHOLE else ""


def digit_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of digits in ``text``: dates and claims both start from them."""
    return [m.span() for m in _NUMBER.finditer(text)]


def find_dates(text: str, published_at: str | None = None, *,
               numbers: list[tuple[int, int]] | None = None,
               language: str | None = None, ahead: bool = False) -> list[DateMention]:
    """Every date the text mentions, resolved as far as its context allows.

    ``numbers``: ``digit_runs(text)``, when the caller has them already.
    ``language``: the statement's language code ("fr", "pt-BR"); None reads full dates
    in every language's month names.
    ``ahead``: the text speaks of what is to come (an announcement, whose present tense
    is the future's: "On 17 March the President meets ..."); a date without a year is then
    the one nearest to publication, before or after it, unless its sentence says the future.
    """
    published = _published(published_at)
    written = text
    if not text.isascii() and NATIVE_DIGIT.search(text):
        # "٧ أبريل ٢٠٢٥": read with ASCII digits, one for one, so every span stays.
        text, numbers = text.translate(NATIVE_DIGITS), None
    runs = digit_runs(text) if numbers is None else numbers
    raw = _iter_numeric(text, runs) + _iter_worded(text, published)
    if "月" in text or "월" in text:
        raw += _iter_east_asian(text)
    reader = _reader_for(language)
    future = _FUTURE
    if reader is not None:
        raw = _merge(raw + _iter_foreign(text, runs, reader, published))
        future = reader.future
    else:
        raw.sort(key=lambda m: m.start)
    found: list[DateMention] = []
    context_year: int | None = None  # the last year stated in full
    paragraph_year: tuple[int, int] | None = None  # (paragraph start, year)
    for mention in raw:
        para = text.rfind("\n", 0, mention.start) + 1
        resolved: DateMention | None = mention
        if mention.basis == PREVIOUS:
            resolved = _count_from(mention, found)
        elif mention.basis == EXPLICIT and len(mention.value) > 4:
            context_year = int(mention.value[:4])
            paragraph_year = (para, context_year)
        elif mention.value.startswith("--"):
            year = paragraph_year[1] if paragraph_year and paragraph_year[0] == para else None
            resolved = _place_in_year(mention, year, published, context_year, text, future,
                                      nearest=ahead)
        if resolved is not None:
            found.append(resolved)
    if written is not text:
        for mention in found:
            mention.text = written[mention.start:mention.end]
    return found


def _iter_numeric(text: str, runs: list[tuple[int, int]]) -> list[DateMention]:
    """Dates built around a number: "27 September 2020", "November 15", "in 2018"."""
    day_month, months = _patterns()
    out: list[DateMention] = []
    taken = 0
    for start, end in runs:
        if start < taken or end - start > 4 or text[start - 1:start] in _GLUED \
                or text.startswith(":", end):
            continue
        mention = _around(text, start, end, day_month, months)
        if mention is not None:
            out.append(mention)
            taken = mention.end
    return out


def _around(text: str, start: int, number_end: int, day_month: re.Pattern[str],
            months: Mapping[str, int]) -> DateMention | None:
    digits = text[start:number_end]
    hit = day_month.match(text, start)
    if hit and int(hit.group(1)) <= 31:
        part = _PART_OF_DAY.search(text, max(0, start - 40), start)
        first = part.start() if part else start
        end = _year_end(text, hit.end()) if hit.group(3) else hit.end()
        return _day(hit.group(3), _month(hit.group(2), months), int(hit.group(1)), text, first,
                    end)
    before = _month_before(text, start, months)
    if before:
        month, first = before
        if len(digits) == 4:
            end = _year_end(text, number_end)
            return _mention(f"{digits}-{month:02d}", text, first, end, EXPLICIT)
        year = _DAY_YEAR.match(text, number_end)
        if int(digits) <= 31 and not text.startswith(":", number_end):
            end = year.end() if year else number_end
            return _day(year.group(1) if year else None, month, int(digits), text, first, end)
    if len(digits) == 4 and 1800 <= int(digits) < 2100 and _YEAR_BEFORE.search(
            text, max(0, start - 8), start) and not text.startswith(("%", "s "), number_end):
        return _mention(digits, text, start, number_end, EXPLICIT)
    return None


def _month_before(text: str, start: int, months: Mapping[str, int]) -> tuple[int, int] | None:
    """The month named just before a number ("November 15"): its number and where it starts."""
    end = start
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    if end == start:
        return None
    # A search further back than the longest month's name (and its dot) could only find a
    # longer word, no month: the separators are looked for in a short window.
    low = max(0, end - _longest_month() - 2)
    first = max(text.rfind(" ", low, end), text.rfind("\n", low, end),
                text.rfind("\u00a0", low, end))
    if first < 0 and low > 0:
        return None
    word = text[first + 1:end]
    if not word or (word.isascii() and not word[0].isupper()):  # "may 5" is a verb
        return None
    key = word.lower()
    if key.endswith("."):
        key = key[:-1] if _dot(key[:-1]) else ""
    month = months.get(key)
    return (month, first + 1) if month else None


def _year_end(text: str, pos: int) -> int:
    """Past a year word that may follow the digits ("2020 года")."""
    after = _YEAR_AFTER.match(text, pos)
    return after.end() if after else pos


def _day(year: str | None, month: int, day: int, text: str, start: int, end: int
         ) -> DateMention:
    if year is not None:
        return _mention(f"{year}-{month:02d}-{day:02d}", text, start, end, EXPLICIT)
    return _mention(f"--{month:02d}-{day:02d}", text, start, end, UNRESOLVED)


def _iter_worded(text: str, published: date | None) -> list[DateMention]:
    """Months named alone ("in early October") and relative expressions ("last year")."""
    _, months = _patterns()
    out = []
    for match in _MONTH_ALONE.finditer(text):
        start, end = match.span()
        if (text[max(0, start - 6):start].endswith(_MONTH_LEADS) and _word_ends(text, end)
                and not text[end:end + 3].strip()[:1].isdigit()):
            value = f"--{_month(match.group(), months):02d}"
            out.append(_mention(value, text, start, end, UNRESOLVED))
    for word in _RELATIVE:
        for start in iter_found(text, word):
            end = start + len(word)
            end += text.startswith("s", end)
            if _word_starts(text, start) and _word_ends(text, end):
                found = _relative_at(text, start, word, end, published)
                if found is not None:
                    out.append(found)
    return out


def iter_found(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text``, left to right, as ``re.finditer`` finds it."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _word_starts(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def _word_ends(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()


def _relative_at(text: str, start: int, keyword: str, end: int, published: date | None
                 ) -> DateMention | None:
    """"Yesterday", "last year", "two years ago", "a year later" around one keyword."""
    word = keyword.lower()
    if not word.startswith("year"):
        return _relative(word, text, start, end, published)
    lead = _YEAR_LEAD.search(text, max(0, start - 12), start)
    if lead is None:
        return None
    if lead.group("rel"):
        return _relative(f"{lead.group('rel').lower()} year", text, lead.start(), end, published)
    tail = _YEAR_TAIL.match(text, end)
    if tail is None:
        return None
    if tail.group(1) == "ago":
        if published is None:
            return None
        value = f"{published.year - _count(lead.group('n')):04d}"
        return _mention(value, text, lead.start(), tail.end(), PUBLICATION)
    return _mention(text[lead.start():tail.end()], text, lead.start(), tail.end(), PREVIOUS)


def _month(word: str, months: Mapping[str, int]) -> int:
    return months[word.lower().rstrip(".")]


def _mention(value: str, text: str, start: int, end: int, basis: str) -> DateMention:
    return DateMention(value=value, text=text[start:end], start=start, end=end, basis=basis)


def _place_in_year(mention: DateMention, paragraph_year: int | None, published: date | None,
                   context_year: int | None, text: str, future: re.Pattern[str] = _FUTURE,
                   *, nearest: bool = False) -> DateMention:
    """Give a day or month without a year the year its context implies."""
    md = mention.value[2:]
    if paragraph_year is not None:
        year, basis = paragraph_year, IN_CONTEXT
    elif published is not None:
        sentence = text[max(0, text.rfind(".", 0, mention.start)):text.find(".", mention.end)]
        ahead = bool(future.search(sentence)) or DEADLINE.search(
            text, max(0, mention.start - DEADLINE_REACH), mention.start) is not None \
            or DEADLINE_AFTER.match(text, mention.end) is not None
        year = _nearest_year(md, published, future=ahead, either=nearest and not ahead)
        basis = PUBLICATION
    elif context_year is not None:
        year, basis = context_year, IN_CONTEXT
    else:
        return mention
    return DateMention(f"{year:04d}-{md}", mention.text, mention.start, mention.end, basis)


# A deadline just before the date puts it ahead: "before 30 June", "przed 30 czerwca",
# "до 30 червня", "قبل 30 يونيو", "d'ici fin juin" (in the present tense, as many languages
# say the future); one that may stand after it ("au plus tard") is a word of the future.
DEADLINE = re.compile(
    r"(?:\b(?:by|before|no later than|przed|do|najpóźniej do|до|не пізніше|не позднее|avant|"
    r"avant le|jusqu'au|d['’]ici(?: le| au| à la| fin)?|bis zum|bis|vor dem|antes del?|hasta el|"
    r"entro il|entro|prima del|até|antes de|uiterlijk)|قبل|حتى)"
    r"\s+(?:the\s+|le\s+|el\s+|il\s+|o\s+|dem\s+)?$",
    re.IGNORECASE)
DEADLINE_REACH = 24
# Chinese, Japanese and Korean put "before" after the date: "6月30日前", "6月30日までに".
DEADLINE_AFTER = re.compile(r"\s*(?:前|以前|之前|までに|まで|까지|이전)")
# "2025年4月7日", "4月7日", "3月" (and the Korean "4월 7일"): months and days by number.
EAST_ASIAN_DATE = re.compile(r"(?<!\d)(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]"
                             r"(?:\s*(\d{1,2})\s*[日일号號])?")


def _iter_east_asian(text: str) -> list[DateMention]:
    """Dates written with the year, month and day signs of Chinese, Japanese and Korean."""
    out = []
    for m in EAST_ASIAN_DATE.finditer(text):
        year, month, day = m.group(1), int(m.group(2)), m.group(3)
        if not 1 <= month <= 12 or day is not None and not _valid(
                int(year or 2000), month, int(day)):
            continue
        if day is not None:
            out.append(_day(year, month, int(day), text, m.start(), m.end()))
        elif year is not None:
            out.append(_mention(f"{year}-{month:02d}", text, m.start(), m.end(), EXPLICIT))
        else:
            out.append(_mention(f"--{month:02d}", text, m.start(), m.end(), UNRESOLVED))
    return out


def _nearest_year(md: str, published: date, *, future: bool, either: bool = False) -> int:
    """The year of the last such month/day up to publication, or the next one after it;
    ``either``: of the one nearest to publication, before or after it."""
    here = published.strftime("%m-%d")[: len(md)]
    if either:
        after = _nearest_year(md, published, future=True)
        before = _nearest_year(md, published, future=False)
        return min((after, before), key=lambda year: abs(_days_from(md, year, published)))
    if future:
        return published.year if md >= here else published.year + 1
    return published.year if md <= here else published.year - 1


def _days_from(md: str, year: int, published: date) -> int:
    """Days from publication to the month/day in ``year`` (its first day for a month)."""
    month, _, day = md.partition("-")
    try:
        return (date(year, int(month), int(day or 1)) - published).days
    except ValueError:  # 29 February of a common year
        return (date(year, int(month), 28) - published).days


def _relative(phrase: str, text: str, start: int, end: int, published: date | None
              ) -> DateMention | None:
    if published is None:
        return None
    if phrase in _RELATIVE_DAYS:
        day = published + timedelta(days=_RELATIVE_DAYS[phrase])
        return _mention(day.isoformat(), text, start, end, PUBLICATION)
    value = f"{published.year + _RELATIVE_YEARS[phrase]:04d}"
    return _mention(value, text, start, end, PUBLICATION)


def _count(word: str | None) -> int:
    word = (word or "").lower()
    return _COUNTS.get(word) or (int(word) if word.isdigit() else 0)


def _count_from(mention: DateMention, found: list[DateMention]) -> DateMention | None:
    """"A year later" counts from the previous date mentioned, keeping its month."""
    anchor = next((m for m in reversed(found) if not m.value.startswith("--")), None)
    words = mention.text.split()
    if anchor is None or len(words) < 3:
        return None
    sign = 1 if words[-1].lower() == "later" else -1
    value = f"{int(anchor.value[:4]) + sign * _count(words[0]):04d}" + anchor.value[4:7]
    return DateMention(value, mention.text, mention.start, mention.end, PREVIOUS)


def _published(published_at: str | None) -> date | None:
    if not published_at:
        return None
    try:
        return date.fromisoformat(published_at[:10])
    except ValueError:
        return None


# ---- Other languages ------------------------------------------------------------------------
# English and Russian keep the shapes above; every other language (and Russian words those
# shapes miss: "в марте", "вчера") is read by a table per language below, and when the
# language is unknown, only full dates with a year are read, in the month names of any
# language ``month_table`` knows.  Month names come from babel's wide names (abbreviations
# such as Spanish "mar" "sea" or Italian "set" are common words); CLDR lacks the locative
# case of Slavic months ("в марте", "w kwietniu", "у квітні"), listed here.

@dataclass(frozen=True)
class _Language:
    """How one language writes dates in running text."""

    leads: str  # words before a month named alone ("en septembre"), a regex alternation
    year_leads: str  # words before a bare year ("en 2018")
    # Relative words as written mid-sentence -> offset; None: an idiom to skip.
    days: Mapping[str, int | None]
    years: Mapping[str, int]  # relative year phrases, as written -> offset
    future: str  # words that put a date without a year ahead of publication, deadlines too
    locative: tuple[str, ...] = ()  # month forms CLDR lacks, January first
    ambiguous: frozenset[str] = frozenset()  # month forms that are also common words
    capital: bool = False  # months are capitalised nouns (German)
    day_dot: bool = False  # the day is an ordinal with a dot: "2. Juni"
    year_words: str = ""  # words after a year ("2018 года")


_SLAVIC_YEAR = r"года|году|г\.|року|році|р\.|roku|r\."
_LANGUAGES: Mapping[str, _Language] = MappingProxyType({
    "fr": _Language(
        leads=r"en|depuis|dès|début|fin|courant|jusqu['’]en|mois\s+de|mois\s+d['’]|mi-",
        year_leads=r"en|depuis|dès|jusqu['’]en|avant|après|année",
        days={"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1,
              "avant-hier": -2, "après-demain": 2},
        years={"l'année dernière": -1, "l’année dernière": -1, "l'an dernier": -1,
               "l’an dernier": -1, "l'année passée": -1, "l’année passée": -1,
               "cette année": 0, "l'année prochaine": 1, "l’année prochaine": 1,
               "l'an prochain": 1, "l’an prochain": 1},
        future=r"sera|seront|serons|aura|auront|va|vont|allons|prochaine?s?|prévue?s?|devra|"
               r"devront|doit|doivent|\w+(?:eront|iront|dront|erons|irons|era|ira|dra)|"
               r"au\s+plus\s+tard"),
    "de": _Language(
        leads=r"im|seit|bis|ab|anfang|ende|mitte|vom|zum",
        year_leads=r"im\s+jahre?|jahre?|seit|bis|ab",
        days={"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2,
              "heute morgen": 0, "gestern morgen": -1, "heute früh": 0},
        years={"vergangenen Jahr": -1, "vergangenes Jahr": -1, "vergangenen Jahres": -1,
               "letzten Jahr": -1, "letztes Jahr": -1, "letzten Jahres": -1,
               "diesem Jahr": 0, "dieses Jahr": 0, "dieses Jahres": 0,
               "nächsten Jahr": 1, "nächstes Jahr": 1, "kommenden Jahr": 1,
               "kommendes Jahr": 1},
        future=r"wird|werden|werde|wirst|werdet|soll|sollen|nächste[nmrs]?|kommende[nmrs]?|"
               r"geplant|bevorstehende[nmrs]?|spätestens",
        capital=True, day_dot=True),
    "es": _Language(
        leads=r"en|de|desde|hasta|para",
        year_leads=r"en|desde|hasta|año|antes\s+de|después\s+de",
        days={"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "pasado mañana": 2,
              "hoy en día": None, "hoy día": None, **dict.fromkeys(
                  (f"{w} mañana" for w in ("la", "las", "esta", "una", "cada", "esa", "aquella",
                                           "misma", "media", "buena", "buenas", "primera")),
                  None)},
        years={"año pasado": -1, "este año": 0, "próximo año": 1, "año próximo": 1,
               "año que viene": 1},
        future=r"será|serán|va\s+a|van\s+a|vamos\s+a|próxim[oa]s?|previst[oa]s?|deberá|"
               r"deberán|\w+(?:ará|erá|irá|arán|erán|irán)|a\s+más\s+tardar"),
    "it": _Language(
        leads=r"a|ad|in|di|da|dal|entro|inizio|fine|metà",
        year_leads=r"nel|dal|al|entro\s+il|anno|fino\s+al",
        days={"oggi": 0, "ieri": -1, "domani": 1, "dopodomani": 2, "l'altro ieri": -2,
              "l’altro ieri": -2, "giorno d'oggi": None, "giorno d’oggi": None},
        years={"anno scorso": -1, "scorso anno": -1, "anno passato": -1, "quest'anno": 0,
               "quest’anno": 0, "anno prossimo": 1, "prossimo anno": 1},
        future=r"sarà|saranno|prossim[oaie]|previst[oaie]|dovrà|dovranno|"
               r"\w+(?:erà|irà|arà|eranno|iranno|aranno)"),
    "pt": _Language(
        leads=r"em|de|desde|até|para",
        year_leads=r"em|desde|até|ano\s+de",
        days={"hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2, "depois de amanhã": 2,
              "hoje em dia": None, **dict.fromkeys(  # "o amanhã": the future
                  (f"{w} amanhã" for w in ("o", "do", "no", "pelo", "um", "nosso")), None)},
        years={"ano passado": -1, "este ano": 0, "neste ano": 0, "próximo ano": 1,
               "ano que vem": 1},
        future=r"será|serão|vai|vão|irá|irão|próxim[oa]s?|previst[oa]s?|deverá|deverão|"
               r"\w+(?:ará|erá|irá|arão|erão|irão)|o\s+mais\s+tardar"),
    "ru": _Language(
        leads=r"в|во|с|со|до|после|начале|конце|середине|начала|конца|середины",
        year_leads=r"в|во|с|до|к|после",
        days={"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2},
        years={"прошлом году": -1, "прошлого года": -1, "этом году": 0, "этого года": 0,
               "текущем году": 0, "текущего года": 0, "следующем году": 1,
               "следующего года": 1, "будущем году": 1},
        future=r"будет|будут|будем|состоится|состоятся|следующ\w+|предстоящ\w+|"
               r"планируе\w+|намечен\w*",
        locative=("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                  "сентябре", "октябре", "ноябре", "декабре"),
        year_words=_SLAVIC_YEAR),
    "uk": _Language(
        leads=r"у|в|з|із|до|після|початку|кінці|середині|кінця|середини",
        year_leads=r"у|в|з|до|після",
        days={"сьогодні": 0, "вчора": -1, "учора": -1, "завтра": 1, "позавчора": -2,
              "післязавтра": 2},
        years={"минулого року": -1, "минулому році": -1, "торік": -1, "цього року": 0,
               "цьому році": 0, "поточного року": 0, "наступного року": 1,
               "наступному році": 1},
        future=r"буде|будуть|будемо|відбудеться|відбудуться|наступн\w+|запланован\w+",
        locative=("січні", "лютому", "березні", "квітні", "травні", "червні", "липні",
                  "серпні", "вересні", "жовтні", "листопаді", "грудні"),
        ambiguous=frozenset(("лютий", "лютого", "лютому")),  # "fierce"
        year_words=_SLAVIC_YEAR),
    "pl": _Language(
        leads=r"w|we|od|do|po|początku|końcu|końca|połowie|koniec|połowy",
        year_leads=r"w|we|od|do|po",
        days={"dzisiaj": 0, "dziś": 0, "wczoraj": -1, "jutro": 1, "przedwczoraj": -2,
              "pojutrze": 2, "lepsze jutro": None, "o jutro": None},
        years={"zeszłym roku": -1, "ubiegłym roku": -1, "zeszłego roku": -1,
               "ubiegłego roku": -1, "tym roku": 0, "bieżącym roku": 0, "przyszłym roku": 1,
               "przyszłego roku": 1},
        future=r"będzie|będą|będziemy|odbędzie|odbędą|przyszłym|przyszłego|następn\w+|"
               r"zaplanowan\w+",  # not "przyszła": "she came"
        locative=("styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu",
                  "sierpniu", "wrześniu", "październiku", "listopadzie", "grudniu"),
        ambiguous=frozenset(("luty", "lutym")),  # "fierce"
        year_words=_SLAVIC_YEAR),
})


@dataclass(frozen=True)
class _Reader:
    """One language's compiled patterns (``_reader``)."""

    day_month: re.Pattern[str]  # "14 mars 2025", "2. Juni", "30 de junio"
    month_year: re.Pattern[str]  # what stands before a year: "mars ", "marzo de "
    words: re.Pattern[str] | None  # months as running text writes them, and relative words
    alone: Mapping[str, int]  # the months of ``words``, as written
    relative: Mapping[str, tuple[bool, int | None]]  # lower case -> (a year?, offset)
    lead: re.Pattern[str] | None  # what stands before a month named alone: "en "
    year_lead: re.Pattern[str] | None  # "en " before a bare year
    year_word: re.Pattern[str] | None  # " года" after a year
    future: re.Pattern[str]
    months: Mapping[str, int]
    language: _Language | None
    one_language: bool  # its month names may stand without a year ("4 juni")


_ANY = "*"  # the reader of an unknown language: full dates with a year, any month table
_DAY_MARK = r"er|\.º|º|°"  # "1er mars", "1º de mayo"
_OF_YEAR = r"(?:(?:de|del)\s+)?"  # "30 de junio de 2025"
_MONTH_WINDOW = 28  # letters of the longest month name ("października") and its "de"
_LOWER_ONLY = frozenset(("morgen",))  # German "Morgen" is "morning"


def _reader_for(language: str | None) -> _Reader | None:
    """English needs no reader; an unknown language or one without a table reads full dates."""
    code = (language or _ANY).split("-")[0].split("_")[0].lower()
    if code == "en":
        return None
    return _reader(code) or _reader(_ANY)


@lru_cache(maxsize=32)
def _reader(code: str) -> _Reader | None:
    """The patterns of language ``code`` ("fr"), or of any language for ``_ANY``."""
    spec = _LANGUAGES.get(code)
    # English month names keep the English rules above ("may 5" is a verb).
    locales = tuple(c for c in DEFAULT_LOCALES if c != "en") if code == _ANY else (code,)
    if spec is None and code != _ANY and code not in DEFAULT_LOCALES:
        return None
    months = _wide_months(locales, spec.locative if spec else ())
    month = "(?i:" + alternation(months, r"\s+") + ")"
    words = spec.year_words if spec else _SLAVIC_YEAR
    year_word = re.compile(r"\s*(?:" + words + r")(?!\w)") if words else None
    # A dot after the day where the language writes one (babel's languages: many do).
    mark = _DAY_MARK + (r"|\." if spec is None or spec.day_dot else "")
    day_month = re.compile(r"(\d{1,2})(?:" + mark + r")?\s+(?:de\s+)?(" + month + r")(?!\w)"
                           r"(?:\s+" + _OF_YEAR + r"(\d{4})(?!\d))?")
    month_year = re.compile(r"(?<!\w)(" + month + r")\s+" + _OF_YEAR + "$")
    future = _FUTURE.pattern + (r"|(?<!\w)(?:" + spec.future + r")(?!\w)" if spec else "")
    alone = _written_months(spec, months) if spec else {}
    return _Reader(
        day_month, month_year, _words(spec, alone) if spec else None, MappingProxyType(alone),
        MappingProxyType(_relative_table(spec) if spec else {}),
        re.compile(r"(?<!\w)(?i:" + spec.leads + r")(?:\s+|(?<=[-'’]))$") if spec else None,
        re.compile(r"(?<!\w)(?:" + spec.year_leads + r")\s+$", re.IGNORECASE) if spec else None,
        year_word, re.compile(future, re.IGNORECASE), months, spec, code != _ANY)


def _wide_months(locales: tuple[str, ...], locative: tuple[str, ...]) -> Mapping[str, int]:
    """Whole month names of ``locales`` (abbreviations are too often common words)."""
    table: dict[str, int] = {}
    for locale in locales:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, locale=locale).items():
                if len(name) >= 3:
                    table.setdefault(name.lower(), number)
                    table.setdefault(name.casefold(), number)  # "ΜΑΡΤΙΟΣ" -> "μαρτιοσ"
    for number, name in enumerate(locative, 1):
        table.setdefault(name, number)
    return MappingProxyType(table)


def _written_months(spec: _Language, months: Mapping[str, int]) -> dict[str, int]:
    """Month names as running text writes them ("septembre", "März"), less the ambiguous."""
    return {m.capitalize() if spec.capital else m: n for m, n in months.items()
            if m not in spec.ambiguous}


def _words(spec: _Language, alone: Mapping[str, int]) -> re.Pattern[str]:
    """One scan for months and relative words, lower case or capitalised as a sentence starts."""
    relative = {w for w in (*spec.days, *spec.years) for w in (w, w[0].upper() + w[1:])
                if w.islower() or w.lower() not in _LOWER_ONLY}
    return re.compile(_trie((*alone, *relative)) + r"(?!\w)")


def _relative_table(spec: _Language) -> dict[str, tuple[bool, int | None]]:
    """Relative words in lower case, whitespace folded -> (counts years?, offset)."""
    table: dict[str, tuple[bool, int | None]] = {w.lower(): (False, n)
                                                 for w, n in spec.days.items()}
    table.update((w.lower(), (True, n)) for w, n in spec.years.items())
    return table


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` sharing prefixes: the engine tries one letter, not each word."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    """The regex of one trie node; a word ending here makes the rest optional (longest first)."""
    alts = [(r"\s+" if letter == " " else re.escape(letter)) + _branches(node[letter])
            for letter in sorted(node) if letter]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _iter_foreign(text: str, runs: list[tuple[int, int]], reader: _Reader,
                  published: date | None) -> list[DateMention]:
    """The dates ``reader``'s language writes: numbers first, then words."""
    out: list[DateMention] = []
    taken = 0
    for start, end in runs:
        if start < taken or end - start > 4 or text[start - 1:start] in _GLUED:
            continue
        mention = _foreign_day(text, start, reader) or _foreign_year(text, start, end, reader)
        if mention is not None:
            out.append(mention)
            taken = mention.end
    if reader.words is not None:
        out += _foreign_words(text, reader, published)
    return out


def _foreign_day(text: str, start: int, reader: _Reader) -> DateMention | None:
    """"14 mars 2025", "2. Juni", "30 de junio de 2025", "3 kwietnia 2025 r."."""
    hit = reader.day_month.match(text, start)
    if hit is None:
        return None
    month, day, year = _number(reader, hit.group(2)), int(hit.group(1)), hit.group(3)
    if not month or not _valid(int(year) if year else 2000, month, day):  # 2000: a leap year
        return None
    if year is None and not reader.one_language:  # any language's month names: with a year
        return None
    end = _after_year(text, hit.end(), reader) if year else hit.end()
    return _day(year, month, day, text, start, end)


def _foreign_year(text: str, start: int, end: int, reader: _Reader) -> DateMention | None:
    """"mars 2025", "marzo de 2025", "в 2018 году", "en 2018"."""
    digits = text[start:end]
    if len(digits) != 4 or not 1800 <= int(digits) < 2100 or text.startswith("%", end):
        return None
    after = _after_year(text, end, reader)
    # Any language's month names include common words ("Mars 2020"): only a day vouches.
    before = reader.month_year.search(text, max(0, start - _MONTH_WINDOW), start) \
        if reader.one_language else None
    month = _number(reader, before.group(1)) if before is not None else None
    if before is not None and month:
        return _mention(f"{digits}-{month:02d}", text, before.start(), after, EXPLICIT)
    lead = reader.year_lead is not None and reader.year_lead.search(text, max(0, start - 16),
                                                                    start)
    if after > end or lead:
        return _mention(digits, text, start, after, EXPLICIT)
    return None


def _after_year(text: str, pos: int, reader: _Reader) -> int:
    """Past a year word after the digits ("2025 року", "2025 r.")."""
    word = reader.year_word.match(text, pos) if reader.year_word is not None else None
    return word.end() if word else pos


def _foreign_words(text: str, reader: _Reader, published: date | None) -> list[DateMention]:
    """Months named alone after a lead word ("en septembre", "im März") and relative words."""
    assert reader.words is not None and reader.lead is not None
    out = []
    for hit in reader.words.finditer(text):
        start, end = hit.span()
        if not _word_starts(text, start):
            continue
        month = reader.alone.get(hit.group())
        if month is None:
            found = _relative_word(hit, reader, published)
        elif (reader.lead.search(text, max(0, start - 24), start)
              and not text[end:end + 3].strip()[:1].isdigit()):  # "mars 2025" has its year
            found = _mention(f"--{month:02d}", text, start, end, UNRESOLVED)
        else:
            found = None
        if found is not None:
            out.append(found)
    return out


def _relative_word(hit: re.Match[str], reader: _Reader, published: date | None
                   ) -> DateMention | None:
    """"Hier", "demain", "l'année dernière", counted from the publication date."""
    year, offset = reader.relative.get(" ".join(hit.group().lower().split()), (False, None))
    if published is None or offset is None:  # None: an idiom, "hoy en día", "la mañana"
        return None
    if year:
        value = f"{published.year + offset:04d}"
    else:
        value = (published + timedelta(days=offset)).isoformat()
    return _mention(value, hit.string, hit.start(), hit.end(), PUBLICATION)


def _number(reader: _Reader, word: str) -> int | None:
    """The month a name matched without regard to case stands for."""
    return reader.months.get(word.lower()) or reader.months.get(word.casefold())


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _merge(found: list[DateMention]) -> list[DateMention]:
    """Left to right, the longest of the mentions that start together, none overlapping."""
    out: list[DateMention] = []
    for mention in sorted(found, key=lambda m: (m.start, -m.end)):
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return out
