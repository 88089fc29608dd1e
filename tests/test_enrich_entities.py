"""Entities on our own fictional statements: variants, evidence, canonical names, the gazetteer."""

from __future__ import annotations

import pytest

from communique.enrich.entities import find_entities
from communique.enrich.gazetteer import build_gazetteer, name_key
from communique.enrich.persons import PersonIndex, parse_name, parse_tag_name
from communique.models import Entity, Participant, Source, Statement, Turn


def _statement(text: str, **fields: object) -> Statement:
    return Statement(id="t", kind="statement", title=fields.pop("title", None),  # type: ignore
                     published_at="2024-05-02", text=text, source=Source(format="text"),
                     **fields)  # type: ignore[arg-type]


def _entity(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if e.name == name)


VELORIA = (
    "President of the Republic of Veloria Amara Velden met Prime Minister of Norway Erna "
    "Solberg in Port Lessa. President Velden said the talks were useful. Later the President "
    "of the Republic of Veloria visited the city of Port Lessa and Oslo. Mr. Velden thanked "
    "the Ministry of Foreign Affairs and the Veloria Heritage Foundation.")


def test_variants_of_one_person_resolve_to_one_entity() -> None:
    statement = _statement(VELORIA)
    entities = find_entities(statement)
    velden = _entity(entities, "Amara Velden")
    said = [statement.text[a:b] for a, b in velden.spans]
    assert said == ["Amara Velden", "Velden", "President of the Republic of Veloria", "Velden"]
    assert [e.name for e in entities if e.label == "PERSON"] == ["Amara Velden", "Erna Solberg"]


@pytest.mark.parametrize(("name", "label"), [
    ("Republic of Veloria", "PLACE"), ("Norway", "PLACE"), ("Port Lessa", "PLACE"),
    ("Oslo", "PLACE"), ("Ministry of Foreign Affairs", "ORG"),
    ("Veloria Heritage Foundation", "ORG")], ids=lambda v: str(v))
def test_places_and_organisations(name: str, label: str) -> None:
    assert _entity(find_entities(_statement(VELORIA)), name).label == label


def test_spans_index_the_text() -> None:
    statement = _statement(VELORIA)
    for entity in find_entities(statement):
        for a, b in entity.spans:
            assert statement.text[a:b].strip() == statement.text[a:b] != ""


def test_participants_and_speakers_are_evidence() -> None:
    text = "Velden: Welcome. Renn: Thank you.\nI agree with Mr Renn and with Velden."
    statement = _statement(text, participants=[Participant("Amara Velden", "host")],
                           turns=[Turn("Tomas Renn", "statement", "Thank you.", 23, 33)])
    people = {e.name: e for e in find_entities(statement) if e.label == "PERSON"}
    assert set(people) == {"Amara Velden", "Tomas Renn"}
    assert len(people["Tomas Renn"].spans) == 2


def test_tags_give_full_names_to_surnames() -> None:
    statement = _statement("Mr Renn arrived in Port Lessa.",
                           tags={"Persons": ["Renn Tomas"], "Geography": ["Port Lessa"]})
    entities = find_entities(statement)
    assert _entity(entities, "Tomas Renn").spans == [[3, 7]]
    assert _entity(entities, "Port Lessa").label == "PLACE"


def test_name_only_in_the_lead_is_an_entity_without_spans() -> None:
    statement = _statement("He answered questions.", lead="Editor Tomas Renn interviewed her.")
    assert _entity(find_entities(statement), "Tomas Renn").spans == []


def test_canonical_names_agree_across_statements() -> None:
    one = find_entities(_statement("Talks with President Tomas RENN of Veloria."))
    two = find_entities(_statement("Tomas Ivanovich Renn spoke. Later Renn left."))
    assert {e.name for e in one if e.label == "PERSON"} == {"Tomas Renn"}
    assert {e.name for e in two if e.label == "PERSON"} == {"Tomas Renn"}


@pytest.mark.parametrize(("written", "canonical"), [
    ("Vladimir Vladimirovich Putin", "Vladimir Putin"),
    ("Recep Tayyip ERDOĞAN", "Recep Tayyip Erdogan"),
    ("Tomas", None), ("V. Putin", "V. Putin")], ids=["patronymic", "case-diacritics", "one-word",
                                                    "initial"])
def test_parse_name(written: str, canonical: str | None) -> None:
    name = parse_name(written)
    assert (name.canonical if name and name.full else None) == canonical


@pytest.mark.parametrize(("tag", "text", "canonical"), [
    ("Velden Amara", "", "Amara Velden"), ("Velden Amara", "Amara Velden spoke", "Amara Velden"),
    ("Kirill Patriarch of Moscow and All Russia", "", "Patriarch Kirill"),
    ("Xi Jinping", "", "Xi Jinping")], ids=["surname-first", "text-order", "title", "asian"])
def test_parse_tag_name(tag: str, text: str, canonical: str) -> None:
    name = parse_tag_name(tag, build_gazetteer(), text)
    assert name is not None and name.canonical == canonical


def test_short_forms_find_the_full_name() -> None:
    index = PersonIndex()
    full = index.add(parse_name("Vladimir Vladimirovich Putin"))  # type: ignore[arg-type]
    assert index.add(parse_name("Putin")) is full  # type: ignore[arg-type]
    assert index.add(parse_name("Vladimir Vladimirovich")) is full  # type: ignore[arg-type]
    assert index.add(parse_name("V. Putin")) is full  # type: ignore[arg-type]


@pytest.mark.parametrize(("written", "canonical"), [
    ("Russian Federation", "Russia"), ("People's Republic of China", "China"),
    ("Democratic People’s Republic of\u00a0Korea", "North Korea"),
    ("the United States", "United States"),
    ("Türkiye", "Turkey"), ("State of Palestine", "Palestine"), ("Gandja", "Ganja")],
    ids=lambda v: str(v))
def test_gazetteer_canonical_places(written: str, canonical: str) -> None:
    assert build_gazetteer().places[name_key(written)].name == canonical


def test_gazetteer_is_built_once() -> None:
    assert build_gazetteer() is build_gazetteer()


def test_title_case_headline_names_only_people_of_the_statement() -> None:
    statement = _statement("President Amara Velden congratulated Tomas Renn on his election. "
                           "She wished the newly elected leader success.",
                           title="Statement From President Amara Velden Congratulating Tomas Renn")
    people = [e.name for e in find_entities(statement) if e.label == "PERSON"]
    assert sorted(people) == ["Amara Velden", "Tomas Renn"]


def test_possessive_ends_a_name() -> None:
    entities = find_entities(_statement("Tomas Renn's Visit was a success, said Renn."))
    assert [e.name for e in entities] == ["Tomas Renn"]
    assert _entity(entities, "Tomas Renn").spans == [[0, 10], [39, 43]]


@pytest.mark.parametrize("text", [
    "Millions of Velorians and Americans watched.", "We met in Congressional offices.",
    "Of course, the Independence of the press matters."],
    ids=["nationalities", "adjective", "town-named-like-a-word"])
def test_no_place(text: str) -> None:
    assert [e.name for e in find_entities(_statement(text)) if e.label == "PLACE"] == []


def test_a_small_town_needs_a_cue() -> None:
    said = "We drove to the city of Independence. Independence has a fine museum."
    at = said.index("Independence")
    entities = find_entities(_statement(said))
    assert _entity(entities, "Independence").spans == [[at, at + 12], [at + 14, at + 26]]
    assert find_entities(_statement("Independence has a fine museum.")) == []


def test_acronyms_of_measures_are_no_organisations() -> None:
    entities = find_entities(_statement("The GDP of Veloria grew while the VCSO met."))
    assert [(e.name, e.label) for e in entities if e.label == "ORG"] == [("VCSO", "ORG")]


def test_regnal_numbers_keep_their_capitals() -> None:
    assert parse_name("King Abdullah II bin Al Hussein") is not None
    assert parse_name("Mohammed VI").canonical == "Mohammed VI"  # type: ignore[union-attr]
