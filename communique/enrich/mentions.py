"""Capitalised phrases in a text -> typed mentions (PERSON, PLACE, ORG, a title, or unknown).

One precompiled regex finds runs of capitalised words; runs joined by "of",
"for" or "and" merge when the left word heads a longer name ("Ministry of
Defense", "President of Russia").  Each run is then read on its own by
``names.read_phrase``.  What the words cannot settle (a bare "Hadrut") is left
to context in ``entities``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..parse.speakers import UPPER  # capitals of Latin, Greek and Cyrillic ("Łukasz", "Čech")
from .gazetteer import Gazetteer, build_gazetteer, name_key
from .names import HEADS, PERSON, POSSESSIVE, WORD, ReadingRow, read_phrase
from .persons import PersonName
from .vocabulary import NAME_PARTICLES, OF_HEADS, ORG_HEADS, TITLE_WORDS

_PART = rf"(?:{'|'.join(sorted(NAME_PARTICLES))})"
# A dot belongs to a name only after an initial or a short title, and before another name.
# "(?=\.)" first: most words end without a dot, and then no lookbehind is tried.
_DOT = rf"(?=\.)(?:(?<=[^\w][{UPPER}])|(?<=Mr|Ms|Dr|St|Jr|Mt)|(?<=Mrs))\.(?=[ \u00a0]+[{UPPER}])"
_REST = rf"(?:\.(?:[A-Z]\.)+|[\w\u0300-\u036f'’\-]*(?<![-'’])(?:{_DOT})?)"
_TOKEN = rf"(?:[{UPPER}]{_REST}|{_PART}-[{UPPER}][\w\u0300-\u036f'’\-]*)"
# The first character is a plain class so that the regex engine can skip to capitals fast.
# A name may follow an elided article or preposition ("d'Ostrava", "l'Italie", "dell'Italia"),
# not another word's apostrophe ("'Ostrava'" quoted, "O'Brien" read from its "O").
RUN = re.compile(rf"[{UPPER}](?<![\w\-].)(?<![^a-z]['’].){_REST}"
                 rf"(?:[ \u00a0]+(?:{_PART}[ \u00a0]+)?{_TOKEN})*")
_JOINERS = {" of ": OF_HEADS, " of the ": OF_HEADS, " for ": ORG_HEADS, " for the ": ORG_HEADS}
_GAPS = frozenset((*_JOINERS, " and "))
# Words a Title Case headline keeps inside names even when the body writes them in lower case.
_STRUCTURE = HEADS | TITLE_WORDS | OF_HEADS | frozenset(("of", "the", "and"))


@dataclass(slots=True)
class Mention:
    """A phrase's typed part where it stands in a text; ``entities`` may retype it."""

    start: int
    end: int
    kind: str
    name: str
    role: tuple[str, str] | None = None
    initial: bool = False  # the phrase starts a sentence
    surface: str = ""  # the words as written
    # Set by ``entities``: read from the text (not the title or lead), from a Title Case
    # headline (where capitals prove nothing), and the person a PERSON mention names.
    in_text: bool = True
    headline: bool = False
    person: PersonName | None = None


def iter_phrases(text: str, language: str = "") -> list[tuple[int, int]]:
    """Spans of capitalised phrases, merged across "of"/"for"/"and" where a name goes on."""
    gaz = build_gazetteer(language)
    spans = [m.span() for m in RUN.finditer(text)]
    if gaz.language.article_gap is not None:
        spans = list(_split_at_articles(text, spans, gaz.language.article_gap))
    merged = spans[:1]
    for span in spans[1:]:
        left = merged[-1]
        start = span[0]
        # Most runs are far apart, or apart by no joining word: no call for them.
        if start - left[1] <= 9 and (text[left[1]:start] in _GAPS or text[left[1]:start]
                                     in gaz.language.title_gaps) \
                and _joins(text, left, start, span[1], gaz):
            merged[-1] = (left[0], span[1])
        else:
            merged.append(span)
    return merged


def _split_at_articles(text: str, spans: list[tuple[int, int]], gap: re.Pattern[str]
                       ) -> Iterator[tuple[int, int]]:
    """Cut a run where a name particle is the language's article, not after "de"/"von"."""
    for start, end in spans:
        for found in gap.finditer(text, start, end):
            before = text[start:found.start()].rsplit(None, 1)[-1]
            if name_key(before) not in NAME_PARTICLES:
                yield start, found.start()
                start = found.end()
        yield start, end


def _joins(text: str, left: tuple[int, int], start: int, end: int, gaz: Gazetteer) -> bool:
    gap = text[left[1]:start]
    if gap in gaz.language.title_gaps:
        return name_key(text[left[0]:left[1]].rsplit(None, 1)[-1]) in gaz.language.title_words
    heads = _JOINERS.get(gap)
    if heads is not None:
        last = text[left[0]:left[1]].rsplit(None, 1)[-1]
        return name_key(last) in heads
    if gap == " and ":
        key = name_key(text[left[0]:end])
        return key in gaz.places or key in gaz.organisations
    return False


def read_mentions(text: str, offset: int = 0, *,
                  common: Callable[[str], bool] | None = None,
                  language: str = "") -> list[Mention]:
    """Every typed or unknown mention in ``text``; spans shifted by ``offset``.

    ``common`` marks words that split a phrase: in a Title Case Headline the
    capitals say nothing, so its common words (those the body writes in lower
    case) must not join two names.  ``language`` (a primary subtag) picks the
    word lists phrases are read with; "" reads English.
    """
    gaz = build_gazetteer(language)
    stop_words = gaz.language.stop_words
    mentions: list[Mention] = []
    phrases: Iterable[tuple[int, int]] = iter_phrases(text, language)
    if common is not None:
        phrases = _split_common(text, phrases, common)
    append = mentions.append
    for start, end in phrases:
        phrase = text[start:end]
        if phrase.lower() in stop_words:
            continue  # "The", "We", "However": most capitals in running text
        initial = _starts_sentence(text, start)
        at = offset + start
        readings = read_phrase(phrase, initial, language)
        if phrase.count(" ") > 1 and len(readings) == 1 and readings[0][2] in (PERSON, "") \
                and _after_title_of(text, start, gaz):
            readings = _past_portfolio(phrase, language)
        for first, last, kind, name, role in readings:
            append(Mention(at + first, at + last, kind, name, role, initial and first == 0,
                           phrase[first:last]))
    return mentions


def _after_title_of(text: str, start: int, gaz: Gazetteer) -> bool:
    """The phrase follows a title in lower case and "of" ("ministro degli Esteri ...")."""
    words = text[max(0, start - 40):start].split()
    if len(words) < 2 or not text[start - 1].isspace():
        return False
    title, joiner = words[-2], words[-1]
    return (title.islower() and name_key(joiner) in gaz.language.joiners
            and name_key(title) in gaz.language.title_words)


def _past_portfolio(phrase: str, language: str) -> tuple[ReadingRow, ...]:
    """A phrase after "minister of" starts with the portfolio: the name is what follows."""
    cut = phrase.index(" ") + 1
    return tuple((first + cut, last + cut, kind, name, role)
                 for first, last, kind, name, role in read_phrase(phrase[cut:], False, language))


def _split_common(text: str, phrases: Iterable[tuple[int, int]], common: Callable[[str], bool]
                  ) -> Iterator[tuple[int, int]]:
    for start, end in phrases:
        piece: tuple[int, int] | None = None
        for word in WORD.finditer(text, start, end):
            key = POSSESSIVE.sub("", word.group()).lower()
            if common(key) and key not in _STRUCTURE:
                if piece:
                    yield piece
                piece = None
            else:
                piece = (piece[0] if piece else word.start(), word.end())
        if piece:
            yield piece


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0\"“”«'‘–—-•(":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n"
