"""People's names: one canonical form per person, and the variants that point to it.

The canonical form is deterministic: "Given [Middle] Surname", title-cased,
patronymic and titles dropped ("Vladimir Vladimirovich PUTIN" -> "Vladimir
Putin"), spelled as the text spells it ("Tomás Arvid" keeps its accent).  Names
match by ``name_key``, which folds diacritics, so "Tomas Arvid" and "Tomás
Arvid" in one statement are one person, shown as first named.  Russian and
Ukrainian names are given in the nominative ("Томасу Бранду" -> "Томас Бранд"),
so that every case the text uses names one person.  A
``PersonIndex`` holds the people one statement names in full and resolves the
short forms it also uses: a surname ("Putin"), a given name with patronymic
("Vladimir Vladimirovich"), a title the statement tied to a name ("the
President of Russia").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..parse.morphology import CYRILLIC, nominative
from .gazetteer import Gazetteer, name_key
from .vocabulary import NON_NAMES, PATRONYMIC_ENDINGS, TITLE_WORDS

_ROMAN = re.compile(r"[IVX]{1,5}")
# Religious titles that belong to the name of someone known by one name ("Patriarch Kirill").
_MONONYM_TITLES = ("patriarch", "pope", "metropolitan", "archbishop", "cardinal", "mufti")


@dataclass(frozen=True, slots=True)
class PersonName:
    canonical: str
    given: str  # name_key of the first given name, "" when only a surname is known
    surname: str  # name_key of the last word
    patronymic: str = ""

    @property
    def full(self) -> bool:
        return bool(self.given) and bool(self.surname) and self.given != self.surname


def _fold(word: str) -> str:
    """One word of a name as shown: straight apostrophes, composed accents, no shouting."""
    word = word.replace("’", "'").replace("`", "'")
    if not word.isascii():  # "e" + a combining accent and "é" are one spelling
        word = unicodedata.normalize("NFC", word)
    if word.isupper() and len(word) > 1 and not _ROMAN.fullmatch(word):  # "Abdullah II"
        word = "-".join(part.capitalize() for part in word.split("-"))
    return word


@lru_cache(maxsize=65536)
def parse_name(surface: str, title: str = "") -> PersonName | None:
    """Read a person's name as written in running text (given names first)."""
    words = [_fold(w) for w in surface.replace("\u00a0", " ").split()]
    words = [w for w in words if name_key(w) not in TITLE_WORDS] or words
    if CYRILLIC.search(surface):
        words = nominative(" ".join(words)).split()  # "Хенриком Сольбергом" names "Хенрик"
    if not words or name_key(words[0]) in NON_NAMES:
        return None
    patronymic = ""
    if len(words) > 1 and name_key(words[1]).endswith(PATRONYMIC_ENDINGS):
        patronymic = name_key(words.pop(1))
    if len(words) == 1 and patronymic:
        return PersonName(f"{words[0]} {patronymic.capitalize()}", name_key(words[0]), "",
                          patronymic)
    canonical = " ".join(words)
    if len(words) == 1 and title in _MONONYM_TITLES:
        canonical = f"{title.capitalize()} {words[0]}"
    given = name_key(words[0]) if len(words) > 1 else ""
    return PersonName(canonical, given, name_key(words[-1]), patronymic)


def parse_tag_name(tag: str, gaz: Gazetteer, text: str = "", *,
                   surname_first: bool = True) -> PersonName | None:
    """Read a site's tag, which may put the surname first ("Aliyev Ilham").

    The order the statement's own text uses wins; otherwise, for a tag
    (``surname_first``), the first given name starts the name.
    """
    words = tag.replace("\u00a0", " ").split()
    for k in range(1, len(words)):
        turned = " ".join(words[k:] + words[:k])
        if turned in text:
            return parse_name(turned)
    titled = [i for i, w in enumerate(words) if name_key(w) in TITLE_WORDS]
    if titled:
        title = name_key(words[titled[0]])
        return parse_name(" ".join(words[:titled[0]]) or tag, title)
    if surname_first and len(words) > 1 and name_key(words[0]) not in gaz.given_names:
        # Sites that tag people put the surname first ("Aliyev Ilham"), given names after.
        first_given = next((i for i, w in enumerate(words) if name_key(w) in gaz.given_names),
                           len(words) - 1)
        words = words[first_given:] + words[:first_given]
    return parse_name(" ".join(words))


@dataclass(slots=True)
class PersonIndex:
    """The people of one statement, most prominent first, and how short forms map to them."""

    people: list[PersonName] = field(default_factory=list)
    roles: dict[tuple[str, str], PersonName] = field(default_factory=dict)
    # Lookups by one word, kept with ``people``: the first (most prominent) person wins.
    _surnames: dict[str, PersonName] = field(default_factory=dict)
    _words: dict[str, PersonName] = field(default_factory=dict)
    _keys: dict[str, PersonName] = field(default_factory=dict)  # by the folded full name

    def add(self, name: PersonName) -> PersonName:
        """Register a name; a short form of someone already known resolves to them."""
        found = self.find(name)
        if found is not None:
            return found
        if name.full or not name.given:
            self.people.append(name)
            self._keys.setdefault(name_key(name.canonical), name)
            self._surnames.setdefault(name.surname, name)
            if name.full:
                for word in name_key(name.canonical).split():
                    self._words.setdefault(word, name)
        return name

    def find(self, name: PersonName) -> PersonName | None:
        """The known person a (possibly partial) name refers to, the most prominent first."""
        same = self._keys.get(name_key(name.canonical))
        if same is not None:
            return same
        if name.full:
            words = name_key(name.canonical).split()
            for person in self.people:
                if person.surname != name.surname:
                    continue
                if _same_given(person.given, name.given):
                    return person
                known = name_key(person.canonical).split()
                if known[len(known) - len(words):] == words:
                    return person  # "Lopez Obrador" of "Andres Manuel Lopez Obrador"
            return None
        if name.patronymic or (name.given and not name.surname):
            return next((p for p in self.people if p.given == name.given and p.full), None)
        return self.by_word(name.surname)

    def by_word(self, word: str) -> PersonName | None:
        """The person a single word names: by surname first, then by any part of the name."""
        return self._surnames.get(word) or self._words.get(word)

    def learn_role(self, role: tuple[str, str], person: PersonName) -> None:
        # "Mr President" is anyone's title; "President of Russia" is one person's office.
        if (role[1] or " of " in role[0]) and role not in self.roles:
            self.roles[role] = person


def _same_given(known: str, given: str) -> bool:
    """"V." matches "Vladimir"; otherwise the given names must agree."""
    if not known or not given:
        return True
    if len(given) == 1 or len(known) == 1:
        return known[0] == given[0]
    return known == given
