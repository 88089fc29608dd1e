"""Statement -> entities: PERSON, PLACE and ORG with canonical names and spans into the text.

The words of each phrase are read first (``mentions``); then the statement
itself settles what words alone cannot: its participants, speakers and tags
name people and places; a surname or a title used later points back to the
person it first came with; a bare name is a place when the text says so
("Kalbadjar district", "the city of Shusha", "in Khojaly", or listed among
places).  Names in the title or lead make an entity of the statement too; only
mentions in ``text`` have spans.

Words are read with the word lists of the statement's language (its declared
one, else the one its frequent words tell; English otherwise): "Le Président"
is a title there, "Norvège" a country, and where every noun has a capital
(German) or names inflect (Polish, Russian) no bare word becomes a place by
the preposition before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..models import Entity, Statement
from ..parse.language import detect_language
from ..parse.speakers import HAN_OFFICES, UPPER
from .gazetteer import CITY, Gazetteer, build_gazetteer, name_key
from .mentions import Mention, read_mentions
from .names import (
    MAYBE_ORG,
    MAYBE_PLACE,
    ORG,
    PERSON,
    PLACE,
    ROLE,
)
from .persons import PersonIndex, PersonName, parse_name, parse_tag_name
from .vocabulary import CONVENTIONS, PLACE_AFTER, PLACE_HEADS

_NAME_LABEL = re.compile(rf"[{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{1,3}}")
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)")
# Endings of adjectives and participles: a name no list knows that ends so is no place.
_ADJECTIVAL = ("al", "ic", "ive", "ous", "ish", "ese", "ian", "ed", "ing", "ism", "ist")
_LONG_TEXT = 30_000
# How much of a text without a declared language is read to tell it, and how many of a
# language's frequent words must be there to tell it at all.
_AFTER_WORD = (",", ".", ";", ":", "?", "!", ")", "”", "\"", "’", "'s", "’s")
# A moderator's label in scripts without capitals: a role, which names nobody.
MODERATORS = frozenset({"司会", "司会者", "主持人", "사회자", "진행자", "مقدم", "المقدم"})
_LIST_GAPS = frozenset((", ", " and ", ", and ", " or ", "-", "–", " – ", " and the "))


def find_entities(statement: Statement) -> list[Entity]:
    """The statement's people, places and organisations.

    Its participants, speakers and tagged people come first, then every other
    entity in order of first mention (title, lead, text).
    """
    language = text_language(statement)
    gaz = build_gazetteer(language)
    people = _evidence_people(statement, gaz)
    evidence = list(people.people)
    lower = LowerCase(statement.text)
    common = _common_words(statement.title or "", lower)
    found = read_mentions(statement.title or "", common=common, language=language)
    for m in found:
        m.headline = common is not None
    found += read_mentions(statement.lead or "", language=language)
    for m in found:
        m.in_text = False  # only mentions in the text have spans
    found += read_mentions(statement.text, language=language)
    _demote_common_towns(found, lower, gaz)
    _resolve_people(found, people)
    _resolve_places(found, statement, gaz, lower)
    _drop_weak_people(found, statement.text, lower)
    entities = _collect(found, evidence)
    for entity in entities:
        if entity.label == PERSON and not entity.spans and uncased(entity.name):
            entity.spans = _written_at(statement.text, entity.name) \
                or _han_surname_at(statement.text, entity.name)
    return entities


def _han_surname_at(text: str, name: str) -> list[list[int]]:
    """Where the text writes a Chinese or Japanese full name as its surname and an office
    ("鷹野総理" for 鷹野健一): the surname is all but the last one or two characters."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,}", name):
        return []
    for cut in (len(name) - 2, len(name) - 1):
        if cut < 1:
            continue
        spans = [[m.start(), m.end()] for m in re.finditer(
            rf"(?<![\u4e00-\u9fff]){re.escape(name[:cut])}(?:{HAN_OFFICES})", text)]
        if spans:
            return spans
    return []


def uncased(name: str) -> bool:
    """True for a name in a script without capitals (Chinese, Japanese, Korean, Arabic...)."""
    return any(c.isalpha() for c in name) and not any(c.isupper() or c.islower() for c in name)


def _written_at(text: str, name: str) -> list[list[int]]:
    """Every place the text writes the name, as it is written."""
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append([at, at + len(name)])
        at = text.find(name, at + len(name))
    return spans


def text_language(statement: Statement) -> str:
    """The statement's language as a primary subtag whose word lists we have, else ""."""
    code = (statement.language or "").split("-")[0].split("_")[0].lower()
    return code if code in CONVENTIONS else "" if code else guess_language(statement.text)


def guess_language(sample: str) -> str:
    """The language of a text whose source did not say, if we have its word lists, else ""."""
    code = detect_language(sample) or ""
    return code if code in CONVENTIONS else ""


def _common_words(field: str, lower: LowerCase) -> Callable[[str], bool] | None:
    """For a Title Case Headline, the words the body writes in lower case; else None."""
    words = [w for w in field.split() if len(w) > 3 and w[0].isalpha()]
    if len(words) < 3 or any(w[0].islower() for w in words):
        return None
    return lower


def _demote_common_towns(found: list[Mention], lower: LowerCase, gaz: Gazetteer) -> None:
    """A small town named like a word the text uses ("Independence", "Delta") needs a cue,
    and so does a city's name in another language opening a sentence, where every word
    has a capital ("Seul le prononcé fait foi": "Seul" is Seoul in Portuguese)."""
    weak: dict[str, bool] = {}  # by surface: a town is named many times in one text
    for m in found:
        if m.kind != PLACE or " " in m.surface:
            continue
        demote = weak.get(m.surface)
        if demote is None:
            demote = weak[m.surface] = _common_town(name_key(m.surface), lower, gaz)
        if demote or m.initial and _foreign_name(name_key(m.surface), gaz):
            m.kind = MAYBE_PLACE


def _common_town(key: str, lower: LowerCase, gaz: Gazetteer) -> bool:
    place = gaz.places.get(key)
    return (place is not None and place.kind == CITY and place.population < 1_000_000
            and lower(key))


def _foreign_name(key: str, gaz: Gazetteer) -> bool:
    """True for a city's name that is not the one the gazetteer gives it."""
    place = gaz.places.get(key)
    return place is not None and place.kind == CITY and name_key(place.name) != key


def _evidence_people(statement: Statement, gaz: Gazetteer) -> PersonIndex:
    """Participants, then turn speakers, then the page's person tags: the people it names."""
    index = PersonIndex()
    labels = [p.name for p in statement.participants]
    labels += [t.speaker for t in statement.turns if t.speaker]
    for label in dict.fromkeys(labels):
        if uncased(label):
            # "林晓", "الرئيس فانتو": no capital marks a name in these scripts, but the page
            # names this person as a participant or speaker (a moderator's role is no name).
            if label.strip() not in MODERATORS:
                index.add(PersonName(label.strip(), "", name_key(label)))
            continue
        read = read_mentions(label, language=gaz.language.code)
        mentions = [m for m in read if m.kind == PERSON]
        if not read or (len(read) == 1 and read[0].kind in ("", MAYBE_PLACE)
                        and read[0].surface == label.strip()):
            if _NAME_LABEL.fullmatch(label.strip()):  # a speaker's label is a name
                name = parse_tag_name(label.strip(), gaz, statement.text, surname_first=False)
                mentions = [Mention(0, len(label), PERSON, name.canonical if name else label)]
        for mention in mentions:
            person = parse_name(mention.name, (mention.role or ("", ""))[0])
            if person is not None and person.full:
                person = index.add(person)
                if mention.role:
                    index.learn_role(mention.role, person)
    for tag in statement.tags.get("Persons", ()):
        person = parse_tag_name(tag, gaz, statement.text)
        if person is not None and person.full:
            index.add(person)
    return index


def _resolve_people(found: list[Mention], index: PersonIndex) -> None:
    """Full names first, so that a later "Putin" finds "Vladimir Putin"; then short forms."""
    named = [(m, parse_name(m.name, (m.role or ("", ""))[0])) for m in found if m.kind == PERSON]
    # The longest form first, so "Lopez Obrador" finds "Andres Manuel Lopez Obrador".
    named.sort(key=lambda pair: -len(pair[1].canonical.split()) if pair[1] else 0)
    for full_first in (True, False):
        for m, name in named:
            if name is None or name.full != full_first:
                continue
            # A headline only names people the statement itself names.
            m.person = index.find(name) if m.headline else index.add(name)
            if m.person is None:
                m.kind = ""
                continue
            if m.role:
                index.learn_role(m.role, m.person)
    for m in found:
        if m.kind == ROLE and m.role:
            m.person = index.roles.get(m.role)
        elif m.kind in ("", MAYBE_PLACE) and " " not in m.surface:
            m.person = index.by_word(name_key(m.surface))
        elif m.kind == "" and index.people:
            m.person = _named_in_full(m.name, index)
        if m.person is not None:
            m.kind = PERSON


def _named_in_full(phrase: str, index: PersonIndex) -> PersonName | None:
    """A phrase no list knows that writes out a known person's full name ("Goar Botoyan")."""
    name = parse_name(phrase)
    if name is None or not name.full:
        return None
    person = index.find(name)
    # Only a full name matches: "Akhmad Kadyrov" is not whoever "Kadyrov" alone was.
    return person if person is not None and person.full else None


def _resolve_places(found: list[Mention], statement: Statement, gaz: Gazetteer,
                    lower: LowerCase) -> None:
    """Decide bare names and weak towns from the text around them and the page's tags."""
    text = statement.text
    tagged = {name_key(g) for g in statement.tags.get("Geography", ())}
    known = {name_key(m.name): m.kind for m in found if m.kind in (PLACE, ORG)}
    regions = _region_names(found)
    for m in found if regions else ():
        if m.kind in (PERSON, "", MAYBE_PLACE) and not m.role and name_key(m.name) in regions:
            m.kind, m.name, m.person = PLACE, regions[name_key(m.name)], None
    for m in found:
        if m.kind not in ("", MAYBE_PLACE, MAYBE_ORG) or not m.in_text:
            continue
        key = name_key(m.name)
        if _is_people(key):
            continue
        if key in tagged or known.get(key) == PLACE or _place_cue(text, m, gaz, lower):
            m.kind = PLACE
        elif m.kind == MAYBE_ORG and (known.get(key) == ORG or _after_the(text, m.start)):
            m.kind = ORG
    if gaz.language.cue_bare_names:
        _spread_along_lists(found, text)
    settled = {name_key(m.name): m.kind for m in found if m.kind in (PLACE, ORG)}
    for m in found:
        if m.kind in ("", MAYBE_PLACE, MAYBE_ORG):
            m.kind = settled.get(name_key(m.name), m.kind)


@lru_cache(maxsize=65536)
def _is_people(key: str) -> bool:
    """"Americans", "Afghan", "Congressional", "Democrat-run": a word that names no place."""
    gaz = build_gazetteer()
    return (key in gaz.demonyms or (key.endswith("s") and key[:-1] in gaz.demonyms)
            or key.endswith(_ADJECTIVAL) or "-" in key)


def _after_the(text: str, start: int) -> bool:
    return text[max(0, start - 4):start].lower() == "the "


class LowerCase:
    """Which words a text also writes in lower case: common words, so no names.

    Short texts are searched word by word; a long one (a news conference) is
    split once into a set, so that its hundreds of names cost one pass.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.memo: dict[str, bool] = {}
        self.words: frozenset[str] | None = None

    def __call__(self, word: str) -> bool:
        found = self.memo.get(word)
        if found is None:
            found = self.memo[word] = self._find(word)
        return found

    def _find(self, word: str) -> bool:
        if len(self.text) < _LONG_TEXT:
            return _used_in_lower_case(self.text, word)
        if self.words is None:
            self.words = frozenset(self.text.split())
        forms = (word, *(word + mark for mark in _AFTER_WORD), *(m + word for m in "(“\""))
        return any(form in self.words for form in forms)


def _used_in_lower_case(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _in_word(text[at - 1])) and not (end < len(text) and _in_word(text[end])):
            return True
        at = text.find(word, end)
    return False


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "'’-"


def _region_names(found: list[Mention]) -> dict[str, str]:
    """"Republic of Mari El" also goes by "Mari El" in the same statement."""
    names = {}
    for m in found:
        if m.kind != PLACE or " of " not in m.name:
            continue
        words = m.name.split(" of ", 1)
        if name_key(words[0]) in PLACE_HEADS:
            names[name_key(words[1])] = m.name
    return names


def _place_cue(text: str, m: Mention, gaz: Gazetteer, lower: LowerCase) -> bool:
    """The words around a bare name say it is a place."""
    words = gaz.language
    after = _NEXT_WORD.match(text, m.end)
    if after and after.group(1) in PLACE_AFTER:
        return True
    before = text[max(0, m.start - 20):m.start].lower()
    if _ends_with_word(before, words.place_before):
        return True
    # After "in"/"from"/"to" in mid-sentence an unknown single name is most often a place.
    if m.initial or " " in m.name or not _ends_with_word(before, words.place_preps):
        return False
    key = name_key(m.name)
    if m.kind != MAYBE_PLACE and (key in gaz.given_names or not words.cue_bare_names
                                  or not _ends_with_word(before, words.unknown_preps)):
        # Where every noun has a capital ("in Zukunft") or names inflect ("w Ostrawie"),
        # a preposition tells no name.
        return False
    return key not in gaz.demonyms and not m.name.isupper() and not lower(key)


def _ends_with_word(before: str, cues: tuple[str, ...]) -> bool:
    """``before`` ends with one of ``cues`` as whole words ("ein " does not end with "in ")."""
    if not before.endswith(cues):
        return False  # most names: one C-level test
    for cue in cues:
        if before.endswith(cue):
            at = len(before) - len(cue)
            if at == 0 or not before[at - 1].isalpha():
                return True
    return False


def _spread_along_lists(found: list[Mention], text: str) -> None:
    """An unknown name listed with places is a place ("Zangilan, Gubadli and Lachin")."""
    in_text = [m for m in found if m.in_text]
    open_ = [i for i, m in enumerate(in_text) if m.kind in ("", MAYBE_PLACE) and " " not in m.name
             and not _is_people(name_key(m.name))
             and not (m.initial and m.name.endswith("ly"))]  # "Recently, Moscow ..."
    for _ in range(2 if open_ else 0):
        spread = False
        for i in open_:
            m = in_text[i]
            if m.kind not in ("", MAYBE_PLACE):
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(in_text) and in_text[j].kind == PLACE:
                    other = in_text[j]
                    a, b = (m, other) if m.start <= other.start else (other, m)
                    if text[a.end:b.start] in _LIST_GAPS:
                        m.kind = PLACE
                        spread = True
                        break
        if not spread:
            break  # a second round would see what the first saw


def _drop_weak_people(found: list[Mention], text: str, lower: LowerCase) -> None:
    """Untitled "Given Word" phrases that are no name: a quoted title, or common words."""
    titled = {m.person.canonical for m in found if m.person is not None and m.role}
    for m in found:
        if m.kind != PERSON or m.role or m.person is None or m.person.canonical in titled:
            continue
        if len(m.name) < 2:
            m.kind = ""
            continue
        rest = name_key(m.name).split()[1:]
        before = text[max(0, m.start - 4):m.start] if m.in_text else ""
        quoted = before[-1:] in ("“", '"', "«") or before.lower() == "the "
        if quoted or (rest and all(lower(w) for w in rest)):
            m.kind = ""


def _collect(found: Iterable[Mention], evidence: list[PersonName]) -> list[Entity]:
    entities: dict[tuple[str, str], Entity] = {}
    for person in evidence:  # participants and tagged people are the statement's people
        entities[(PERSON, person.canonical)] = Entity(person.canonical, PERSON, [])
    for m in found:
        if m.kind == PERSON and m.person is not None:
            name = m.person.canonical
        elif m.kind in (PLACE, ORG):
            name = m.name
        else:
            continue
        key = (m.kind, name)
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(name, m.kind, [])
        if m.in_text:
            entity.spans.append([m.start, m.end])
    return list(entities.values())
