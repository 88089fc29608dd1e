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
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

from ..models import DateMention
from ..parse.dates import month_table

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
               numbers: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """Every date the text mentions, resolved as far as its context allows.

    ``numbers``: ``digit_runs(text)``, when the caller has them already.
    """
    published = _published(published_at)
    runs = digit_runs(text) if numbers is None else numbers
    raw = sorted(_iter_numeric(text, runs) + _iter_worded(text, published),
                 key=lambda m: m.start)
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
            resolved = _place_in_year(mention, year, published, context_year, text)
        if resolved is not None:
            found.append(resolved)
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
                   context_year: int | None, text: str) -> DateMention:
    """Give a day or month without a year the year its context implies."""
    md = mention.value[2:]
    if paragraph_year is not None:
        year, basis = paragraph_year, IN_CONTEXT
    elif published is not None:
        sentence = text[max(0, text.rfind(".", 0, mention.start)):text.find(".", mention.end)]
        year = _nearest_year(md, published, future=bool(_FUTURE.search(sentence)))
        basis = PUBLICATION
    elif context_year is not None:
        year, basis = context_year, IN_CONTEXT
    else:
        return mention
    return DateMention(f"{year:04d}-{md}", mention.text, mention.start, mention.end, basis)


def _nearest_year(md: str, published: date, *, future: bool) -> int:
    """The year of the last such month/day up to publication, or the next one after it."""
    here = published.strftime("%m-%d")[: len(md)]
    if future:
        return published.year if md >= here else published.year + 1
    return published.year if md <= here else published.year - 1


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
