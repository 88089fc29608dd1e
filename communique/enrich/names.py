"""One capitalised phrase -> its typed parts: a person, a title, a place, an organisation.

``read_phrase`` reads from the words alone, with the gazetteer and the closed
word lists of ``vocabulary``: "President of Russia Vladimir Putin" is a title
with a country and a name; "Ministry of Defense of Azerbaijan" an organisation
and a place; "Republic of Mari El" a region by the shape of its name.  It is a
pure function of the phrase, cached per process, so a name repeated across an
archive is read once.  A person's name is given in the nominative where the language
declines names ("Томасу Бранду" -> "Томас Бранд"); its offsets still cover the words as
written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ..parse.morphology import nominative
from .gazetteer import CITY, Gazetteer, build_gazetteer, name_key
from .vocabulary import (
    ARTICLES,
    NAME_PARTICLES,
    NAME_STARTERS,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    ORG_TAILS,
    PATRONYMIC_ENDINGS,
    PLACE_FIRST_WORDS,
    PLACE_HEADS,
    PLACE_TAILS,
    TITLE_MODIFIERS,
)

PERSON = "PERSON"
PLACE = "PLACE"
ORG = "ORG"
ROLE = "ROLE"  # a title without a name: "the President of Russia"
MAYBE_PLACE = "MAYBE_PLACE"  # a town's name that is also a common word or sentence start
MAYBE_ORG = "MAYBE_ORG"  # an acronym no list knows: an organisation, or a product, or a unit

WORD = re.compile(r"\S+")
POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_POSSESSIVE_ENDS = "s'’"
_ACRONYM = re.compile(r"[A-Z][A-Z0-9+]{1,6}")
# Words that go on a name across a possessive ("People's Republic", "Children's Fund").
HEADS = PLACE_HEADS | ORG_HEADS | ORG_TAILS | PLACE_TAILS
_PRONOUNS = frozenset("i we you he she they it the a an this that".split())
# Places that are safe even where a common word could stand.
_STRONG_POPULATION = 1_000_000


class Reading(NamedTuple):
    """One typed part of a phrase; offsets are relative to the phrase.

    A named tuple, not a frozen dataclass: thousands are made per page, and a
    frozen dataclass sets each field through ``object.__setattr__``.
    """

    start: int
    end: int
    kind: str
    name: str  # canonical for PLACE/ORG; the cleaned words for PERSON
    role: tuple[str, str] | None = None  # (title, country) a PERSON or ROLE carries


# What the cache keeps: (start, end, kind, name, role) in plain tuples of strings and
# numbers, which the garbage collector stops scanning, unlike tens of thousands of objects.
ReadingRow = tuple[int, int, str, str, "tuple[str, str] | None"]


@lru_cache(maxsize=65536)
def read_phrase(phrase: str, initial: bool = False, language: str = ""
                ) -> tuple[ReadingRow, ...]:
    """Read one capitalised phrase into typed parts, from its words alone.

    A possessive inside the phrase ends a name: "Joe Biden's Call" -> "Joe Biden", "Call".
    ``language`` (a primary subtag, "" for English) picks the word lists.
    """
    gaz = build_gazetteer(language)
    words = _words(phrase)
    if len(words) == 1:
        return _read_word(phrase, initial, gaz)
    readings: list[Reading] = []
    first = 0
    for i, word in enumerate(words):
        if word[2][-1] not in _POSSESSIVE_ENDS:
            continue  # what POSSESSIVE would find ends so: skip the regex for most words
        trimmed = POSSESSIVE.sub("", word[2])
        if trimmed != word[2] and trimmed and (i == len(words) - 1 or (
                word[2][-2:-1] in "'’" and name_key(words[i + 1][2]) not in HEADS)):
            words[i] = (word[0], word[0] + len(trimmed), trimmed)
            readings += _read_segment(words[first:i + 1], phrase, initial and not first, gaz)
            first = i + 1
    if first < len(words):
        readings += _read_segment(words[first:], phrase, initial and not first, gaz)
    return tuple(_row(r) for r in readings)


def _row(r: Reading) -> ReadingRow:
    return (r.start, r.end, r.kind, r.name, r.role)


def _read_word(phrase: str, initial: bool, gaz: Gazetteer) -> tuple[ReadingRow, ...]:
    """A phrase of one word (most are): ``_read_segment`` and ``_read_words`` cut short."""
    word = phrase
    if word[-1] in _POSSESSIVE_ENDS:
        word = POSSESSIVE.sub("", word) or word
    key = name_key(word)
    if key in gaz.language.stop_words and (initial or key not in NAME_STARTERS):
        return ()
    end = len(word)
    if key in gaz.organisations:
        return ((0, end, ORG, gaz.organisations[key], None),)
    if key in gaz.places:
        return (_row(_place_reading(0, end, key, initial, gaz)),)
    if _title_ahead([key], 0, gaz):
        return tuple(_row(r) for r in _read_titled([(0, end, word)], phrase, gaz))
    if _ACRONYM.fullmatch(word) and end >= 3 and key not in NON_ORG_ACRONYMS:
        return ((0, end, MAYBE_ORG, word, None),)
    return ((0, end, "", word, None),)


def _words(phrase: str) -> list[tuple[int, int, str]]:
    """The ``WORD`` matches of a phrase with their offsets; most phrases are one word."""
    parts = phrase.split()  # the same runs of non-space as WORD finds, without a regex
    if len(parts) == 1 and len(parts[0]) == len(phrase):
        return [(0, len(phrase), phrase)]
    words = []
    at = 0
    for part in parts:
        at = phrase.find(part, at)
        words.append((at, at + len(part), part))
        at += len(part)
    return words


def _read_segment(words: list[tuple[int, int, str]], phrase: str, initial: bool,
                  gaz: Gazetteer) -> list[Reading]:
    while (words and name_key(words[0][2]) in gaz.language.stop_words and not _known(words, gaz)
           and (initial or name_key(words[0][2]) not in NAME_STARTERS)):
        words = words[1:]
        initial = False
    return list(_read_words(words, phrase, initial, gaz)) if words else []


def _known(words: list[tuple[int, int, str]], gaz: Gazetteer) -> bool:
    if len(words) < 2:
        return False
    key = name_key(" ".join(w[2] for w in words))
    return key in gaz.places or key in gaz.organisations


def _read_words(words: list[tuple[int, int, str]], phrase: str, initial: bool,
                gaz: Gazetteer) -> Iterator[Reading]:
    start, end = words[0][0], words[-1][1]
    surface = phrase[start:end]
    key = name_key(surface)
    if key in gaz.organisations:
        yield Reading(start, end, ORG, gaz.organisations[key])
        return
    if key in gaz.places:
        yield _place_reading(start, end, key, initial, gaz)
        return
    lowered = [name_key(w[2]) for w in words]
    if _title_ahead(lowered, 0, gaz):
        yield from _read_titled(words, phrase, gaz)
        return
    if len(words) > 1 and (lowered[-1] in ORG_TAILS or (
            lowered[0] in ORG_HEADS and (" of " in surface or " for " in surface))):
        yield from _read_org(words, phrase, gaz)
        return
    prefix = _known_prefix(words, lowered, phrase, gaz)
    if prefix:
        yield prefix[0]
        yield from _read_words(words[prefix[1]:], phrase, False, gaz)
        return
    if _is_region(lowered, gaz):
        yield Reading(start, end, PLACE, _tidy(surface))
        return
    if (len(words) == 1 and _ACRONYM.fullmatch(surface) and len(surface) >= 3
            and key not in NON_ORG_ACRONYMS):
        yield Reading(start, end, MAYBE_ORG, surface)
        return
    yield from _read_name(words, phrase, initial, gaz, lowered=lowered)


def _is_title_word(key: str, gaz: Gazetteer) -> bool:
    titles = gaz.language.title_words
    return key in titles or ("-" in key and all(p in titles for p in key.split("-"))) or (
        bool(gaz.language.title_endings) and key.endswith(gaz.language.title_endings))


def _title_ahead(lowered: list[str], i: int, gaz: Gazetteer) -> bool:
    """A title starts at ``i``: title words (and a nationality) that include a core title."""
    while i < len(lowered):
        key = lowered[i]
        if _is_title_word(key, gaz):
            if key not in TITLE_MODIFIERS:
                return True
        elif key not in gaz.demonyms:
            return False
        i += 1
    return False


def _known_prefix(words: list[tuple[int, int, str]], lowered: list[str], phrase: str,
                  gaz: Gazetteer) -> tuple[Reading, int] | None:
    """A known body or place that heads a title: "UN Secretary-General ...", "Moscow Mayor"."""
    for n in range(min(6, len(words) - 1), 0, -1):
        named = lowered[n] in gaz.given_names and len(words) - n >= 2
        if not named and not _title_ahead(lowered, n, gaz):
            continue
        key = name_key(phrase[words[0][0]:words[n - 1][1]])
        start, end = words[0][0], words[n - 1][1]
        if key in gaz.organisations:
            return Reading(start, end, ORG, gaz.organisations[key]), n
        if key in gaz.places:
            return Reading(start, end, PLACE, gaz.places[key].name), n
    return None


def _is_region(lowered: list[str], gaz: Gazetteer) -> bool:
    """"Saratov Region", "Republic of Mari El": a place by the shape of its name."""
    return len(lowered) > 1 and (lowered[-1] in PLACE_TAILS or (
        lowered[0] in gaz.language.place_heads and lowered[1] in gaz.language.joiners
        and lowered[1] != "the" and len(lowered) > 2))


def _place_reading(start: int, end: int, key: str, initial: bool, gaz: Gazetteer) -> Reading:
    place = gaz.places[key]
    # A town of one word below a million people is too often also a word ("Delta",
    # "Independence", "Of"): the text around it must say it is a place.
    weak = place.kind == CITY and place.population < _STRONG_POPULATION and (
        initial or " " not in key or key in gaz.given_names or key != name_key(place.name))
    return Reading(start, end, MAYBE_PLACE if weak else PLACE, place.name)


def _read_org(words: list[tuple[int, int, str]], phrase: str, gaz: Gazetteer
              ) -> Iterator[Reading]:
    """An organisation, with a trailing "of <place>" read as a place of its own."""
    for i in range(len(words) - 1, 1, -1):
        if name_key(words[i - 1][2]) not in ("of", "of the"):
            continue
        tail = name_key(phrase[words[i][0]:words[-1][1]])
        if tail in gaz.places and name_key(words[i - 2][2]) not in ("republic", "kingdom"):
            cut = words[i - 2][1]
            yield Reading(words[0][0], cut, ORG, _tidy(phrase[words[0][0]:cut]))
            yield Reading(words[i][0], words[-1][1], PLACE, gaz.places[tail].name)
            return
    yield Reading(words[0][0], words[-1][1], ORG, _tidy(phrase[words[0][0]:words[-1][1]]))


def _read_titled(words: list[tuple[int, int, str]], phrase: str, gaz: Gazetteer
                 ) -> Iterator[Reading]:
    """A title ("Russian President", "Prime Minister of India"), then perhaps a name."""
    title: list[str] = []
    country = ""
    i = 0
    while i < len(words):
        key = name_key(words[i][2])
        if _is_title_word(key, gaz):
            title.append(key)
            i += 1
        elif key in gaz.demonyms and _title_ahead([name_key(w[2]) for w in words], i + 1, gaz):
            # "Israeli Prime Minister": the office is a country's, so the country is named.
            country = gaz.demonyms[key]
            yield Reading(words[i][0], words[i][1], PLACE, country)
            i += 1
        elif (key in gaz.language.articles and title and i + 1 < len(words)
              and _is_title_word(name_key(words[i + 1][2]), gaz)):
            i += 1  # "Monsieur le Président": the article belongs to the title
        elif key in gaz.language.joiners and title:
            found = _place_prefix(words, i + 1, phrase, gaz)
            if found is None:
                end = _portfolio_end(words, i, gaz)
                title.extend(name_key(w[2]) for w in words[i:end])
                yield from _region_in(words, i + 1, end, phrase, gaz)
                i = end
                break
            first, i, country = found
            yield Reading(words[first][0], words[i - 1][1], PLACE, country)
        else:
            break
    # "Monsieur le Président": the office is "president", whoever is addressed.
    words_of_role = [t for t in title if t not in gaz.language.honorifics]
    while words_of_role and words_of_role[0] in gaz.language.joiners:
        words_of_role.pop(0)
    role = " ".join(words_of_role)
    rest = words[i:]
    if all(_is_title_word(name_key(w[2]), gaz) or name_key(w[2]) in NAME_PARTICLES
           for w in rest):
        rest = []  # "Monsieur le Président" read as English: "le" is no one's name
    if not rest:
        if role:
            yield Reading(words[0][0], words[-1][1], ROLE, role, (role, country))
        return
    rest = rest[_name_start(rest, gaz, after_title=True):]
    for reading in _read_name(rest, phrase, False, gaz, titled=True):
        if reading.kind == PERSON and role:
            reading = Reading(reading.start, reading.end, PERSON, reading.name, (role, country))
        yield reading


def _region_in(words: list[tuple[int, int, str]], i: int, end: int, phrase: str,
               gaz: Gazetteer) -> Iterator[Reading]:
    """The region a title names ("Governor of Saratov Region"), read by its shape."""
    if i < end and name_key(words[i][2]) == "the":
        i += 1
    if i < end and _is_region([name_key(w[2]) for w in words[i:end]], gaz):
        yield Reading(words[i][0], words[end - 1][1], PLACE,
                      _tidy(phrase[words[i][0]:words[end - 1][1]]))


def _name_start(words: list[tuple[int, int, str]], gaz: Gazetteer, *,
                after_title: bool = False) -> int:
    """Skip the rest of a title before a name ("Executive Office Anton Vaino" -> 2).

    ``after_title``: the words follow a title, so words before a given name are
    more of it ("Prezydent Rzeczypospolitej Jan Kowalski", "Minister Spraw
    Zagranicznych Anna Nowak": a country or portfolio in the genitive).
    """
    lowered = [name_key(w[2]) for w in words]
    if len(words) < 3 or lowered[0] in gaz.given_names:
        return 0
    for k in range(1, len(words) - 1):
        if lowered[k] in gaz.given_names and (
                after_title or lowered[k - 1] in ORG_TAILS or _is_title_word(lowered[k - 1], gaz)
                or name_key(_phrase_of(words[:k])) in gaz.places):
            return k
    return 0


def _phrase_of(words: list[tuple[int, int, str]]) -> str:
    return " ".join(w[2] for w in words)


def _portfolio_end(words: list[tuple[int, int, str]], i: int, gaz: Gazetteer) -> int:
    """Where a name starts after "Minister of Foreign Affairs ...": at a given name, else never."""
    first = i + 2 if i + 1 < len(words) and name_key(words[i + 1][2]) in gaz.language.joiners \
        else i + 1
    for k in range(i + 1, len(words) - 1):
        if name_key(words[k][2]) in gaz.given_names:
            # "Republic of" needs a name of its own: "Head of the Republic of Mari El"
            head = [name_key(w[2]) for w in words[first:k]]
            if len(head) == 2 and head[0] in PLACE_HEADS and head[1] == "of":
                return len(words)
            return k
    if (first + 1 < len(words) and name_key(words[first][2]) in PLACE_HEADS
            and name_key(words[first + 1][2]) == "of" and len(words) - first >= 5):
        return first + 3  # "Republic of Veloria" + a name of two words or more
    return len(words)


def _place_prefix(words: list[tuple[int, int, str]], i: int, phrase: str, gaz: Gazetteer
                  ) -> tuple[int, int, str] | None:
    """The longest run of words from ``i`` that names a known place: first, end, name."""
    if i < len(words) and name_key(words[i][2]) in gaz.language.joiners:
        i += 1  # "of the", "de la"
    for j in range(min(len(words), i + 6), i, -1):
        place = gaz.places.get(name_key(phrase[words[i][0]:words[j - 1][1]]))
        if place is not None and (place.kind != CITY or j - i > 1):
            return i, j, place.name
    return None


def _read_name(words: list[tuple[int, int, str]], phrase: str, initial: bool, gaz: Gazetteer,
               *, titled: bool = False, lowered: list[str] | None = None) -> Iterator[Reading]:
    """A person's name, a place, or an unknown phrase left for context to decide.

    ``lowered``: the words' ``name_key``, when the caller has them already.
    """
    start, end = words[0][0], words[-1][1]
    surface = phrase[start:end]
    key = name_key(surface)
    if key in gaz.places and not titled:
        yield _place_reading(start, end, key, initial, gaz)
        return
    if lowered is None:
        lowered = [name_key(w[2]) for w in words]
    if not gaz.language.not_in_names.isdisjoint(lowered[1:]) or (
            titled and lowered[0] in _PRONOUNS):
        return
    if lowered[0] in ARTICLES and (lowered[-1] in gaz.language.any_titles
                                   or _is_title_word(lowered[-1], gaz)):
        # "Le Président", "El Presidente" in a text of unknown language: an article and
        # a title, whatever language the list of given names says "Le" is.
        yield Reading(start, end, "", surface)
        return
    namelike = len(words) > 1 and (lowered[0] in gaz.given_names and not words[0][2].isupper()
                                   or _is_initial(words[0][2])
                                   or any(k.endswith(PATRONYMIC_ENDINGS) for k in lowered[1:]))
    if titled or (namelike and not any(gaz.places[k].kind != CITY for k in lowered[1:]
                                       if k in gaz.places)):
        yield Reading(start, end, PERSON, nominative(surface, gaz.language.code or None))
        return
    if len(words) == 1:
        yield Reading(start, end, "", surface)
        return
    k = _name_start(words, gaz)
    if k:
        if lowered[k - 1] in ORG_TAILS:
            yield Reading(start, words[k - 1][1], ORG, _tidy(phrase[start:words[k - 1][1]]))
        yield from _read_name(words[k:], phrase, False, gaz)
        return
    if lowered[0] in PLACE_FIRST_WORDS and len(words) <= 3:
        yield Reading(start, end, PLACE, _tidy(surface))
        return
    strong = list(_strong_places(words, phrase, gaz))
    # An unknown phrase is left for context to decide ("the city of Port Lessa").
    yield from strong or ([Reading(start, end, "", surface)] if len(words) <= 3 else [])


def _strong_places(words: list[tuple[int, int, str]], phrase: str, gaz: Gazetteer
                   ) -> Iterator[Reading]:
    """Countries and regions inside an unknown phrase ("Karabakh war" -> Karabakh)."""
    for start, end, word in words:
        place = gaz.places.get(name_key(word))
        if place is not None and place.kind != CITY:
            yield Reading(start, end, PLACE, place.name)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word.endswith(".") and word[0].isupper()


def _tidy(surface: str) -> str:
    """An organisation's or region's canonical form: no article, one space, straight quotes."""
    text = " ".join(surface.replace("’", "'").split())
    return text[4:] if text.startswith(("The ", "the ")) else text
