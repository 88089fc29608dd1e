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

from .gazetteer import Gazetteer, build_gazetteer, name_key
from .names import HEADS, POSSESSIVE, WORD, read_phrase
from .persons import PersonName
from .vocabulary import OF_HEADS, ORG_HEADS, STOP_WORDS, TITLE_WORDS

_PART = r"(?:al|el|ad|ash|bin|ibn|abu|de|da|di|du|van|von|der|den|le|la|dos|del)"
_UP = "A-ZÀ-ÖØ-Þ"
# A dot belongs to a name only after an initial or a short title, and before another name.
# "(?=\.)" first: most words end without a dot, and then no lookbehind is tried.
_DOT = r"(?=\.)(?:(?<=[^\w][A-Z])|(?<=Mr|Ms|Dr|St|Jr|Mt)|(?<=Mrs))\.(?=[ \u00a0]+[A-Z])"
_REST = rf"(?:\.(?:[A-Z]\.)+|[\w\u0300-\u036f'’\-]*(?<![-'’])(?:{_DOT})?)"
_TOKEN = rf"(?:[{_UP}]{_REST}|{_PART}-[{_UP}][\w\u0300-\u036f'’\-]*)"
# The first character is a plain class so that the regex engine can skip to capitals fast.
RUN = re.compile(rf"[{_UP}](?<![\w'’\-].){_REST}(?:[ \u00a0]+(?:{_PART}[ \u00a0]+)?{_TOKEN})*")
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


def iter_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised phrases, merged across "of"/"for"/"and" where a name goes on."""
    gaz = build_gazetteer()
    spans = [m.span() for m in RUN.finditer(text)]
    merged = spans[:1]
    for span in spans[1:]:
        left = merged[-1]
        start = span[0]
        # Most runs are far apart, or apart by no joining word: no call for them.
        if start - left[1] <= 9 and text[left[1]:start] in _GAPS \
                and _joins(text, left, start, span[1], gaz):
            merged[-1] = (left[0], span[1])
        else:
            merged.append(span)
    return merged


def _joins(text: str, left: tuple[int, int], start: int, end: int, gaz: Gazetteer) -> bool:
    gap = text[left[1]:start]
    heads = _JOINERS.get(gap)
    if heads is not None:
        last = text[left[0]:left[1]].rsplit(None, 1)[-1]
        return name_key(last) in heads
    if gap == " and ":
        key = name_key(text[left[0]:end])
        return key in gaz.places or key in gaz.organisations
    return False


def read_mentions(text: str, offset: int = 0, *,
                  common: Callable[[str], bool] | None = None) -> list[Mention]:
    """Every typed or unknown mention in ``text``; spans shifted by ``offset``.

    ``common`` marks words that split a phrase: in a Title Case Headline the
    capitals say nothing, so its common words (those the body writes in lower
    case) must not join two names.
    """
    mentions: list[Mention] = []
    phrases: Iterable[tuple[int, int]] = iter_phrases(text)
    if common is not None:
        phrases = _split_common(text, phrases, common)
    append = mentions.append
    for start, end in phrases:
        phrase = text[start:end]
        if phrase.lower() in STOP_WORDS:
            continue  # "The", "We", "However": most capitals in running text
        initial = _starts_sentence(text, start)
        at = offset + start
        for first, last, kind, name, role in read_phrase(phrase, initial):
            append(Mention(at + first, at + last, kind, name, role, initial and first == 0,
                           phrase[first:last]))
    return mentions


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
