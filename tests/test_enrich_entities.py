"""Entities on our own fictional statements: variants, evidence, canonical names, the gazetteer."""

from __future__ import annotations

import pytest

from communique.enrich.entities import find_entities, guess_language
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
    "President of the Republic of Veloria Amara Velden met Prime Minister of Norway Ingrid "
    "Dahl in Port Lessa. President Velden said the talks were useful. Later the President "
    "of the Republic of Veloria visited the city of Port Lessa and Oslo. Mr. Velden thanked "
    "the Ministry of Foreign Affairs and the Veloria Heritage Foundation.")


def test_variants_of_one_person_resolve_to_one_entity() -> None:
    statement = _statement(VELORIA)
    entities = find_entities(statement)
    velden = _entity(entities, "Amara Velden")
    said = [statement.text[a:b] for a, b in velden.spans]
    assert said == ["Amara Velden", "Velden", "President of the Republic of Veloria", "Velden"]
    assert [e.name for e in entities if e.label == "PERSON"] == ["Amara Velden", "Ingrid Dahl"]


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
    ("Recep Tayyip ERDOĞAN", "Recep Tayyip Erdoğan"),
    ("Tomas", None), ("V. Putin", "V. Putin"),
    # Russian and Ukrainian names in any case are shown in the nominative.
    ("Томасу Бранду", "Томас Бранд"), ("Анной Ивановой", "Анна Иванова"),
    ("Амары Вельден", "Амара Вельден"), ("Хенріком Сольбергом", "Хенрік Сольберг")],
    ids=["patronymic", "case-diacritics", "one-word", "initial", "ru-dative", "ru-woman",
         "ru-indeclinable-surname", "uk-instrumental"])
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


# Other languages: each case is (language, text); the people and places are invented.
def _named(entities: list[Entity], label: str) -> list[str]:
    return [e.name for e in entities if e.label == label]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Monsieur le Président, merci. Le Président a répondu. La Présidente est venue."),
    ("es", "Señor Presidente, gracias. El Presidente respondió. La Presidenta llegó."),
    ("it", "Signor Presidente, grazie. Il Presidente ha risposto. La Presidente è arrivata."),
    ("pt", "Senhor Presidente, obrigado. O Presidente respondeu. A Presidente chegou."),
    ("de", "Herr Präsident, danke. Der Bundespräsident antwortete. Die Präsidentin kam."),
    ("pl", "Panie Prezydencie, dziękuję. Pan Prezydent odpowiedział. Pani Premier przybyła."),
], ids=lambda v: str(v)[:12])
def test_articles_and_titles_are_no_names(language: str, text: str) -> None:
    assert _named(find_entities(_statement(text, language=language)), "PERSON") == []


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Président Tomás Arvid a parlé. Monsieur le Président Arvid a conclu."),
    ("es", "El Presidente Tomás Arvid habló. El presidente del Gobierno, Tomás Arvid, siguió."),
    ("it", "Il Presidente Tomás Arvid ha parlato. Arvid ha concluso."),
    ("pt", "O Presidente Tomás Arvid falou. Arvid concluiu."),
    ("de", "Bundespräsident Tomás Arvid sprach. Herr Arvid schloss."),
    ("pl", "Prezydent Tomás Arvid przemawiał. Pan Arvid zakończył."),
], ids=lambda v: str(v)[:12])
def test_a_title_before_a_name_keeps_the_name(language: str, text: str) -> None:
    entities = find_entities(_statement(text, language=language))
    assert _named(entities, "PERSON") == ["Tomás Arvid"]
    assert len(_entity(entities, "Tomás Arvid").spans) == 2


@pytest.mark.parametrize("language", ["fr", None], ids=["french", "unknown-read-as-english"])
def test_a_speaker_labelled_by_title_alone_is_no_person(language: str | None) -> None:
    text = "Question: Monsieur le Président, où en est le port ?\nLe Président: Le chantier avance."
    statement = _statement(text, language=language, participants=[
        Participant("Le Président", "interviewee")], turns=[
        Turn("Le Président", "answer", "Le chantier avance.", 53, 72)])
    assert _named(find_entities(statement), "PERSON") == []


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Das ist ein Rekord, auf den Sie stolz sein können."),
    ("de", "In Zukunft wollen wir in Frieden leben, nach Arbeit und aus Überzeugung."),
    ("de", "Wir sprachen über Hafen, Fracht und Zukunft in Ostrava."),
    ("en", "Officials begin Norlandia talks today."),
], ids=["ein-is-no-in", "nouns-after-prepositions", "nouns-listed-with-a-place", "begin"])
def test_capitals_and_prepositions_alone_name_no_place(language: str, text: str) -> None:
    places = _named(find_entities(_statement(text, language=language)), "PLACE")
    assert set(places) <= {"Ostrava"}


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Die Präsidentin traf sich in Ostrava mit Hafenarbeitern."),
    ("fr", "Le chantier du port d'Ostrava avance."),
    ("it", "Il presidente è arrivato a Ostrava ieri."),
    ("es", "El presidente llegó ayer a Ostrava."),
    ("pt", "O presidente chegou ontem em Ostrava."),
], ids=lambda v: str(v)[:12])
def test_a_known_town_after_the_languages_cue_is_a_place(language: str, text: str) -> None:
    assert _named(find_entities(_statement(text, language=language)), "PLACE") == ["Ostrava"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Président a remercié la Norvège."), ("de", "Die Präsidentin dankte Norwegen."),
    ("es", "El presidente agradeció a Noruega."),
    ("it", "Il presidente ha ringraziato la Norvegia."),
    ("pt", "O presidente agradeceu à Noruega."), ("pl", "Norwegia i Veloria podpisały umowę."),
], ids=lambda v: str(v)[:12])
def test_countries_by_the_languages_own_names(language: str, text: str) -> None:
    assert _named(find_entities(_statement(text, language=language)), "PLACE") == ["Norway"]


def test_local_names_of_countries_stay_in_their_language() -> None:
    assert "noruega" in build_gazetteer("es").places
    assert "noruega" not in build_gazetteer().places


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le président s'est rendu à Ostrava le Premier ministre Henrik Solberg à ses côtés."),
    ("de", "Die Präsidentin traf in Ostrava den Premierminister Henrik Solberg."),
    ("es", "El presidente visitó Ostrava el Presidente Henrik Solberg no."),
], ids=["fr", "de", "es"])
def test_an_article_between_capitals_ends_a_name(language: str, text: str) -> None:
    entities = find_entities(_statement(text, language=language))
    assert _named(entities, "PERSON") == ["Henrik Solberg"]
    assert [text[a:b] for a, b in _entity(entities, "Henrik Solberg").spans] == ["Henrik Solberg"]


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Era presente il ministro degli Esteri Marta Kovač."),
    ("es", "Estuvo presente la ministra de Hacienda Marta Kovač."),
    ("pt", "Esteve presente a ministra da Saúde Marta Kovač."),
], ids=["it", "es", "pt"])
def test_a_portfolio_after_a_lower_case_title_is_no_part_of_the_name(language: str,
                                                                      text: str) -> None:
    assert _named(find_entities(_statement(text, language=language)), "PERSON") == ["Marta Kovač"]


def test_a_name_keeps_its_accents_and_matches_without_them() -> None:
    text = "Tomás Arvid habló. Más tarde, Tomas Arvid volvió. Arvid se fue."
    entities = find_entities(_statement(text, language="es"))
    assert _named(entities, "PERSON") == ["Tomás Arvid"]
    assert len(_entity(entities, "Tomás Arvid").spans) == 3


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le président de la République a rencontré les pêcheurs dans le port."),
    ("de", "Die Präsidentin hat heute mit den Arbeitern über die Zukunft des Hafens gesprochen."),
    ("es", "El presidente del Gobierno ha mantenido una conversación con los pescadores."),
    ("it", "Il presidente della Repubblica ha incontrato gli operai del porto per una visita."),
    ("pt", "O presidente da República encontrou os pescadores do porto para uma conversa."),
    ("pl", "Prezydent spotkał się dziś z rybakami w porcie i rozmawiał o tym, jak się żyje."),
    ("", "The President met the fishermen in the port and spoke with them about the future."),
], ids=lambda v: v or "en")
def test_guess_language(language: str, text: str) -> None:
    assert guess_language(" ".join([text] * 3)) == language


@pytest.mark.parametrize(("language", "text", "person"), [
    ("it", "Il Presidente della Repubblica Sergio Velli ha parlato.", "Sergio Velli"),
    ("pl", "Prezydent Rzeczypospolitej Jan Kowalski przemawiał.", "Jan Kowalski"),
    ("pl", "Minister Spraw Zagranicznych Anna Nowak przemawiała.", "Anna Nowak"),
    ("fr", "Monsieur le Président Arvid, merci. Le Président Tomás Arvid a parlé.", "Tomás Arvid"),
], ids=["it-della", "pl-genitive-country", "pl-genitive-portfolio", "fr-article-in-title"])
def test_the_rest_of_a_title_is_no_part_of_the_name(language: str, text: str,
                                                    person: str) -> None:
    assert _named(find_entities(_statement(text, language=language)), "PERSON") == [person]


@pytest.mark.parametrize(("language", "text", "place"), [
    ("fr", "La République de Veloria a signé.", "République de Veloria"),
    ("es", "La República de Veloria ha firmado.", "República de Veloria"),
    ("it", "La Repubblica di Veloria ha firmato.", "Repubblica di Veloria"),
    ("pt", "A República de Veloria assinou.", "República de Veloria"),
], ids=["fr", "es", "it", "pt"])
def test_a_place_by_the_shape_of_its_name(language: str, text: str, place: str) -> None:
    assert _named(find_entities(_statement(text, language=language)), "PLACE") == [place]


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Secondo Bassi, l'accordo è storico."), ("pt", "Segundo Almeida, o acordo é histórico."),
    ("es", "En Lessa hubo una fiesta."), ("fr", "Selon Durand, c'est historique."),
], ids=["it", "pt", "es", "fr"])
def test_a_preposition_starting_a_sentence_is_no_given_name(language: str, text: str) -> None:
    people = _named(find_entities(_statement(text, language=language)), "PERSON")
    assert all(" " not in name for name in people)


def test_a_full_name_no_list_knows_finds_the_participant() -> None:
    text = "Amara Velden opened the session. Later Amara Velden and Goar Kadyr spoke."
    statement = _statement(text, participants=[Participant("Amara Velden", "host")])
    assert len(_entity(find_entities(statement), "Amara Velden").spans) == 2


def test_a_full_name_finds_no_one_known_by_surname_alone() -> None:
    text = "Mr Kadyr arrived. Akhmad-Haji Kadyr was his father."
    statement = _statement(text, participants=[Participant("Amara Velden", "host")])
    kadyr = [e for e in find_entities(statement) if e.name.endswith("Kadyr")]
    assert all(text[a:b] != "Akhmad-Haji Kadyr" for e in kadyr for a, b in e.spans)


@pytest.mark.parametrize(("language", "text", "participant", "said"), [
    ("ru", "Президент Республики Велория Амара Вельден дала интервью.\nА.Вельден: Главное – "
     "гавань. Вопрос: А дорога?\nАмара Вельден: Дойдёт до Лессы.", "Амара Вельден", 2),
    ("uk", "Президентка Амара Вельден дала інтерв'ю.\nА.Вельден: Головне – гавань. "
     "Питання: А дорога?\nАмара Вельден: Дійде до Лесси.", "Амара Вельден", 2),
    ("pl", "Łukasz Nowak otworzył posiedzenie. Łukasz Nowak: Dziękuję.", "Łukasz Nowak", 2),
], ids=["ru", "uk", "pl-capital-Ł"])
def test_names_in_other_scripts_and_capitals(language: str, text: str, participant: str,
                                             said: int) -> None:
    statement = _statement(text, language=language,
                           participants=[Participant(participant, "interviewee")])
    entities = find_entities(statement)
    assert _named(entities, "PERSON") == [participant]
    assert len(_entity(entities, participant).spans) >= said
    assert _named(entities, "PLACE") == []  # "Лессы", "Лесси": inflected, so left alone


@pytest.mark.parametrize(("text", "canonical"), [
    ("Владимир Владимирович Путин", "Владимир Путин"),
    ("Ольга Іванівна Петренко", "Ольга Петренко"),
], ids=["ru", "uk"])
def test_cyrillic_patronymics_are_no_part_of_the_canonical_name(text: str,
                                                                canonical: str) -> None:
    name = parse_name(text)
    assert name is not None and name.canonical == canonical


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Президент встретился с рыбаками в порту и говорил с ними о том, что их ждёт."),
    ("uk", "Президент зустрівся з рибалками в порту і говорив з ними про те, що на них чекає."),
], ids=["ru", "uk"])
def test_guess_language_in_cyrillic(language: str, text: str) -> None:
    assert guess_language(" ".join([text] * 3)) == language


@pytest.mark.parametrize("text", [
    "El Presidente habló.", "Il Presidente ha parlato.", "Der Präsident sprach.",
    "O Presidente falou.", "Le Président a parlé.", "La Presidenta habló."],
    ids=["es", "it", "de", "pt", "fr", "es-feminine"])
def test_an_article_and_a_title_are_no_name_in_a_text_of_unknown_language(text: str) -> None:
    assert find_entities(_statement(text)) == []


@pytest.mark.parametrize(("text", "places"), [
    # "Seul" opens a French sentence: a word, though Portuguese calls Seoul so.
    ("Seul le prononcé fait foi. Le Président a parlé de la pêche.", []),
    ("Le Président s'est rendu à Seul pour le sommet.", ["Seoul"]),
], ids=["sentence-opening", "after-a-cue"])
def test_a_citys_foreign_name_opening_a_sentence_needs_a_cue(text: str,
                                                              places: list[str]) -> None:
    found = find_entities(_statement(text, language="fr"))
    assert [e.name for e in found if e.label == "PLACE"] == places
