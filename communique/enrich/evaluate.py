"""Measure entities against a site's own tags: the recall a quality gate and a benchmark share.

A page's person tags ("Erdogan Recep Tayyip", "Kirill Patriarch of Moscow and
All Russia") and place tags ("People's Republic of China") are compared with
the canonical entities found in the page *without* those tags as evidence.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..models import Entity, Source, Statement
from .gazetteer import build_gazetteer, name_key


@dataclass(frozen=True, slots=True)
class TagRecall:
    persons: int
    persons_found: int
    places: int
    places_found: int
    missed: tuple[str, ...]

    @property
    def person_recall(self) -> float:
        return self.persons_found / self.persons if self.persons else 1.0

    @property
    def place_recall(self) -> float:
        return self.places_found / self.places if self.places else 1.0

    @property
    def recall(self) -> float:
        total = self.persons + self.places
        return (self.persons_found + self.places_found) / total if total else 1.0


def gold_statement(row: dict[str, Any]) -> Statement:
    """A statement from a gold record's title, lead, body and date, with no tags."""
    return Statement(id=str(row.get("file") or row.get("url") or ""), kind="other",
                     title=row.get("title"), published_at=row.get("date"),
                     text=row.get("body_text") or "", source=Source(format="html"),
                     lead=row.get("lead"), url=row.get("url"))


def iter_gold(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def person_found(tag: str, entities: Iterable[Entity]) -> bool:
    """A person tag is found when an entity's name words are all in it, with its surname."""
    words = set(_words(tag))
    surname = _words(tag)[0]
    for entity in entities:
        if entity.label != "PERSON":
            continue
        mine = set(_words(entity.name))
        if mine <= words and (len(mine) > 1 or surname in mine):
            return True
    return False


def place_found(tag: str, entities: Iterable[Entity]) -> bool:
    """A place tag is found when an entity names the same place (after the gazetteer)."""
    places = build_gazetteer().places
    key = name_key(tag)
    target = places[key].name if key in places else tag
    return any(e.label == "PLACE" and name_key(e.name) in (name_key(target), key)
               for e in entities)


def tag_recall(tags: dict[str, list[str]], entities: list[Entity]) -> TagRecall:
    persons = tags.get("Persons") or []
    places = tags.get("Geography") or []
    missed = [f"Persons:{t}" for t in persons if not person_found(t, entities)]
    missed += [f"Geography:{t}" for t in places if not place_found(t, entities)]
    persons_found = len(persons) - sum(m.startswith("Persons:") for m in missed)
    places_found = len(places) - sum(m.startswith("Geography:") for m in missed)
    return TagRecall(len(persons), persons_found, len(places), places_found, tuple(missed))


def _words(name: str) -> list[str]:
    return name_key(name).replace("-", " ").split() or [""]


def score_tag_recall(gold: Path) -> dict[str, Any]:
    """Recall of every page's person and place tags, pooled and as a mean over pages.

    Statements are built from the gold title, lead, body and date only: the tags
    being measured are never shown to the enrichment.
    """
    from .entities import find_entities

    results = [tag_recall(row.get("tags") or {}, find_entities(gold_statement(row)))
               for row in iter_gold(gold)]
    tagged = [r for r in results if r.persons + r.places]
    persons = sum(r.persons for r in results)
    places = sum(r.places for r in results)
    found_p = sum(r.persons_found for r in results)
    found_g = sum(r.places_found for r in results)
    return {
        "pages": len(results), "tagged_pages": len(tagged), "person_tags": persons,
        "place_tags": places,
        "person_recall": round(found_p / persons, 4) if persons else 1.0,
        "place_recall": round(found_g / places, 4) if places else 1.0,
        "recall": round((found_p + found_g) / (persons + places), 4) if persons + places else 1.0,
        "page_recall": round(sum(r.recall for r in tagged) / len(tagged), 4) if tagged else 1.0,
        "missed": [m for r in results for m in r.missed],
    }
