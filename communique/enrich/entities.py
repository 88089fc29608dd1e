"""Statement -> entities: PERSON, PLACE and ORG with canonical names and spans into the text.

The words of each phrase are read first (``mentions``); then the statement
itself settles what words alone cannot: its participants, speakers and tags
name people and places; a surname or a title used later points back to the
person it first came with; a bare name is a place when the text says so
("Kalbadjar district", "the city of Shusha", "in Khojaly", or listed among
places).  Names in the title or lead make an entity of the statement too; only
mentions in ``text`` have spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..models import Entity, Statement
from .gazetteer import Gazetteer, build_gazetteer, name_key
from .mentions import (
    MAYBE_ORG,
    MAYBE_PLACE,
    ORG,
    PERSON,
    PLACE,
    ROLE,
    Mention,
    read_mentions,
)
from .persons import PersonIndex, PersonName, parse_name, parse_tag_name
from .vocabulary import PLACE_AFTER, PLACE_BEFORE, PLACE_HEADS, PLACE_PREPOSITIONS

_NAME_LABEL = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)")
_LIST_GAPS = frozenset((", ", " and ", ", and ", " or ", "-", "–", " – ", " and the "))


@dataclass(slots=True)
class _Found:
    """A mention with where it was read: ``in_text`` is False for the title and lead."""

    mention: Mention
    in_text: bool
    person: PersonName | None = None


def find_entities(statement: Statement) -> list[Entity]:
    """The statement's people, places and organisations, in order of first mention."""
    gaz = build_gazetteer()
    people = _evidence_people(statement, gaz)
    evidence = list(people.people)
    found = [_Found(m, False) for field in (statement.title, statement.lead) if field
             for m in read_mentions(field)]
    found += [_Found(m, True) for m in read_mentions(statement.text)]
    _resolve_people(found, people)
    _resolve_places(found, statement, gaz)
    _drop_weak_people(found, people, statement.text)
    return _collect(found, evidence)


def _evidence_people(statement: Statement, gaz: Gazetteer) -> PersonIndex:
    """Participants, then turn speakers, then the page's person tags: the people it names."""
    index = PersonIndex()
    labels = [p.name for p in statement.participants]
    labels += [t.speaker for t in statement.turns if t.speaker]
    for label in dict.fromkeys(labels):
        mentions = [m for m in read_mentions(label) if m.kind == PERSON]
        if not mentions and _NAME_LABEL.fullmatch(label.strip()):
            mentions = [Mention(0, len(label), PERSON, label.strip())]  # a label is a name
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


def _resolve_people(found: list[_Found], index: PersonIndex) -> None:
    """Full names first, so that a later "Putin" finds "Vladimir Putin"; then short forms."""
    named = [(f, parse_name(f.mention.name, (f.mention.role or ("", ""))[0]))
             for f in found if f.mention.kind == PERSON]
    for full_first in (True, False):
        for f, name in named:
            if name is None or name.full != full_first:
                continue
            f.person = index.add(name)
            if f.mention.role:
                index.learn_role(f.mention.role, f.person)
    for f in found:
        m = f.mention
        if m.kind == ROLE and m.role:
            f.person = index.roles.get(m.role)
        elif m.kind in ("", MAYBE_PLACE) and " " not in m.surface:
            f.person = index.by_word(name_key(m.surface))
        if f.person is not None:
            m.kind = PERSON


def _resolve_places(found: list[_Found], statement: Statement, gaz: Gazetteer) -> None:
    """Decide bare names and weak towns from the text around them and the page's tags."""
    text = statement.text
    tagged = {name_key(g) for g in statement.tags.get("Geography", ())}
    known = {name_key(f.mention.name): f.mention.kind for f in found
             if f.mention.kind in (PLACE, ORG)}
    regions = _region_names(found)
    for f in found:
        m = f.mention
        if m.kind in (PERSON, "", MAYBE_PLACE) and not m.role and name_key(m.name) in regions:
            m.kind, m.name, f.person = PLACE, regions[name_key(m.name)], None
    for f in found:
        m = f.mention
        if m.kind not in ("", MAYBE_PLACE, MAYBE_ORG) or not f.in_text:
            continue
        key = name_key(m.name)
        if key in tagged or known.get(key) == PLACE or _place_cue(text, m, gaz):
            m.kind = PLACE
        elif m.kind == MAYBE_ORG and (known.get(key) == ORG or _after_the(text, m.start)):
            m.kind = ORG
    _spread_along_lists(found, text)
    settled = {name_key(f.mention.name): f.mention.kind for f in found
               if f.mention.kind in (PLACE, ORG)}
    for f in found:
        if f.mention.kind in ("", MAYBE_PLACE, MAYBE_ORG):
            f.mention.kind = settled.get(name_key(f.mention.name), f.mention.kind)


def _after_the(text: str, start: int) -> bool:
    return text[max(0, start - 4):start].lower() == "the "


def _used_in_lower_case(text: str, word: str) -> bool:
    """The text also writes this word in lower case, so it is a common word, not a name."""
    escaped = re.escape(word)  # the literal first lets the engine jump from hit to hit
    return re.search(rf"{escaped}(?<![\w'’-]{escaped})(?![\w'’-])", text) is not None


def _region_names(found: list[_Found]) -> dict[str, str]:
    """"Republic of Mari El" also goes by "Mari El" in the same statement."""
    names = {}
    for f in found:
        words = f.mention.name.split(" of ", 1)
        if f.mention.kind == PLACE and len(words) == 2 and name_key(words[0]) in PLACE_HEADS:
            names[name_key(words[1])] = f.mention.name
    return names


def _place_cue(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """The words around a bare name say it is a place."""
    after = _NEXT_WORD.match(text, m.end)
    if after and after.group(1) in PLACE_AFTER:
        return True
    before = text[max(0, m.start - 20):m.start].lower()
    if before.endswith(PLACE_BEFORE):
        return True
    # After "in"/"from"/"to" in mid-sentence an unknown single name is most often a place.
    if m.initial or " " in m.name or not before.endswith(PLACE_PREPOSITIONS):
        return False
    key = name_key(m.name)
    if m.kind != MAYBE_PLACE and key in gaz.given_names:
        return False
    return key not in gaz.demonyms and not m.name.isupper() and not _used_in_lower_case(text, key)


def _spread_along_lists(found: list[_Found], text: str) -> None:
    """An unknown name listed with places is a place ("Zangilan, Gubadli and Lachin")."""
    in_text = [f.mention for f in found if f.in_text]
    for _ in range(2):
        for i, m in enumerate(in_text):
            if m.kind not in ("", MAYBE_PLACE) or " " in m.name:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(in_text) and in_text[j].kind == PLACE:
                    a, b = sorted((m, in_text[j]), key=lambda x: x.start)
                    if text[a.end:b.start] in _LIST_GAPS:
                        m.kind = PLACE
                        break


def _drop_weak_people(found: list[_Found], index: PersonIndex, text: str) -> None:
    """Untitled "Given Word" phrases that are no name: a quoted title, or common words."""
    titled = {f.person.canonical for f in found if f.person is not None and f.mention.role}
    for f in found:
        m = f.mention
        if m.kind != PERSON or m.role or f.person is None or f.person.canonical in titled:
            continue
        if len(m.name) < 2:
            m.kind = ""
            continue
        rest = name_key(m.name).split()[1:]
        before = text[max(0, m.start - 4):m.start] if f.in_text else ""
        quoted = before[-1:] in ("“", '"', "«") or before.lower() == "the "
        if quoted or (rest and all(_used_in_lower_case(text, w) for w in rest)):
            m.kind = ""


def _collect(found: Iterable[_Found], evidence: list[PersonName]) -> list[Entity]:
    entities: dict[tuple[str, str], Entity] = {}
    for person in evidence:  # participants and tagged people are the statement's people
        entities[(PERSON, person.canonical)] = Entity(person.canonical, PERSON, [])
    for f in found:
        m = f.mention
        if m.kind == PERSON and f.person is not None:
            name = f.person.canonical
        elif m.kind in (PLACE, ORG):
            name = m.name
        else:
            continue
        entity = entities.setdefault((m.kind, name), Entity(name, m.kind, []))
        if f.in_text:
            entity.spans.append([m.start, m.end])
    return list(entities.values())
