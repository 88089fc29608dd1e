"""Declined Russian and Ukrainian person names -> the nominative, and where the pipeline uses it.

Invented people of the Republic of Veloria and its neighbours; the Slavic forms
are made-up namesakes of common names (Иван Петров, Анна Иванова).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from communique.enrich.entities import find_entities
from communique.models import Page, Participant, Source, Statement
from communique.parse.morphology import language_of, nominative
from communique.parse.names import names_in
from communique.parse.participants import from_lead
from communique.parse.speakers import SpeakerNames, same_person
from communique.pipeline import parse_page

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("declined,expected", [
    # A man's name in every case.
    ("Хенрик Сольберг", "Хенрик Сольберг"), ("Хенрика Сольберга", "Хенрик Сольберг"),
    ("Хенрику Сольбергу", "Хенрик Сольберг"), ("Хенриком Сольбергом", "Хенрик Сольберг"),
    ("Хенрике Сольберге", "Хенрик Сольберг"),
    ("Томасу Бранду", "Томас Бранд"), ("Оскаром Линдом", "Оскар Линд"),
    ("Ивана Петрова", "Иван Петров"), ("Иваном Петровым", "Иван Петров"),
    ("Ивану Петрову", "Иван Петров"),
    # A woman's: the given name declines, a foreign surname does not.
    ("Амары Вельден", "Амара Вельден"), ("Амаре Вельден", "Амара Вельден"),
    ("Амарой Вельден", "Амара Вельден"), ("Амара Вельден", "Амара Вельден"),
    ("Анной Ивановой", "Анна Иванова"), ("Анны Ивановой", "Анна Иванова"),
    ("Анне Ивановой", "Анна Иванова"), ("Анна Петрова", "Анна Петрова"),
    # A vowel that drops out of the stem comes back; an "е" does not become "ё".
    ("Павлом Ивановым", "Павел Иванов"), ("Петром Сидоровым", "Петр Сидоров"),
    # Indeclinable names stay as written, in any case the sentence gives them.
    ("Ингрид Сольберг", "Ингрид Сольберг"), ("Карин Хольм", "Карин Хольм"),
    # Patronymics, hyphens and initials.
    ("Марией Ивановной Сидоровой", "Мария Ивановна Сидорова"),
    ("Жан-Пьером Дюраном", "Жан-Пьер Дюран"),
    ("Т. Бранду", "Т. Бранд"), ("Т.Бранду", "Т.Бранд"), ("А.Вельден", "А.Вельден"),
], ids=lambda v: str(v))
def test_russian_names_in_the_nominative(declined: str, expected: str) -> None:
    assert nominative(declined, "ru") == expected
    assert nominative(declined) == expected  # no language code: the letters say Russian


@pytest.mark.parametrize("declined,expected", [
    ("Хенріком Сольбергом", "Хенрік Сольберг"), ("Оскарові Ліндові", "Оскар Лінд"),
    ("Оскаром Ліндом", "Оскар Лінд"), ("Томасу Арвіду", "Томас Арвід"),
    ("Іваном Петренком", "Іван Петренко"), ("Ганною Петренко", "Ганна Петренко"),
    ("Ганні Коваль", "Ганна Коваль"), ("Мар’яною Коваль", "Мар’яна Коваль"),
    ("Інгрід Сольберг", "Інгрід Сольберг"), ("Томас Арвід", "Томас Арвід"),
    # A given name the dictionary does not know, read by its ending; a surname spelt as the
    # text spells it (the dictionary would give "Сольберґ").
    ("Амарою Вельден", "Амара Вельден"), ("Амарі Вельден", "Амара Вельден"),
    ("Ірину Велден", "Ірина Велден"), ("Хенріка Сольберга", "Хенрік Сольберг"),
], ids=lambda v: str(v))
def test_ukrainian_names_in_the_nominative(declined: str, expected: str) -> None:
    assert nominative(declined, "uk") == expected


@pytest.mark.parametrize("name,language", [
    ("Karl Lind", "ru"), ("Amara Velden", None), ("Томасу Бранду", "en"),
    ("Томасу Бранду", "bg"),
], ids=str)
def test_other_names_and_languages_stay_as_written(name: str, language: str | None) -> None:
    assert nominative(name, language) == name


@pytest.mark.parametrize("text,language,expected", [
    ("с Хенриком Сольбергом", None, "ru"), ("з Хенріком Сольбергом", None, "uk"),
    ("с Томасом Арвидом", "uk-UA", "uk"), ("with Henrik Solberg", None, None),
    ("с Хенриком", "sr", None),
], ids=str)
def test_language_of(text: str, language: str | None, expected: str | None) -> None:
    assert language_of(text, language) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Президент Велории Амара Вельден встретилась с Премьер-министром Норландии Хенриком "
     "Сольбергом.", ["Амара Вельден", "Хенрик Сольберг"]),
    ("Президентка Велорії Амара Вельден зустрілася з Прем’єр-міністром Норландії Хенріком "
     "Сольбергом.", ["Амара Вельден", "Хенрік Сольберг"]),
    ("Визит Президента Велории Амары Вельден в Норландию.", ["Амара Вельден"]),
], ids=["ru", "uk", "ru-genitive"])
def test_names_in_gives_the_nominative(sentence: str, expected: list[str]) -> None:
    assert names_in(sentence) == expected


def test_lead_interviewer_in_the_nominative() -> None:
    lead = ("Президент Республики Велория Амара Вельден дала интервью главному редактору "
            "газеты «Вестник Лессы» Томасу Бранду.")
    assert [(p.name, p.role) for p in from_lead([lead], "interview")] == [
        ("Амара Вельден", "interviewee"), ("Томас Бранд", "interviewer")]


def test_initialled_labels_meet_the_leads_declined_name() -> None:
    names = SpeakerNames(["Х.Сольберг:", "А.Вельден:"],
                         evidence=["Амары Вельден", "Хенриком Сольбергом"])
    assert names.resolve("Х.Сольберг:") == "Хенрик Сольберг"
    assert names.resolve("А.Вельден:") == "Амара Вельден"


@pytest.mark.parametrize("a,b,same", [
    ("Амары Вельден", "Амара Вельден", True), ("Анной Ивановой", "Анна Иванова", True),
    ("Иваном Петровым", "Иван Петров", True), ("Анна Иванова", "Иван Иванов", False),
], ids=str)
def test_same_person_across_cases(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_person_entities_are_named_in_the_nominative() -> None:
    text = ("Амара Вельден поблагодарила Томаса Бранда. Премию вручили Томасу Бранду, "
            "и Амара Вельден поздравила Томаса Бранда.")
    statement = Statement(id="t", kind="statement", title=None, published_at="2024-03-12",
                          text=text, source=Source(format="text"), language="ru",
                          participants=[Participant("Амара Вельден", "speaker"),
                                        Participant("Томас Бранд", "interviewer")])
    people = {e.name: e for e in find_entities(statement) if e.label == "PERSON"}
    assert "Томас Бранд" in people and not any("Бранду" in n or "Бранда" in n for n in people)
    # The spans still cover the words as the text writes them.
    assert [text[a:b] for a, b in people["Томас Бранд"].spans] == [
        "Томаса Бранда", "Томасу Бранду", "Томаса Бранда"]


def test_russian_interview_page_has_one_name_per_person() -> None:
    path = ROOT / "examples" / "text" / "veloria_ru_interview.txt"
    page = Page(content=path.read_bytes(), format="text", url=None,
                source=Source(format="text", path=str(path)))
    statement = parse_page(page)[0]
    assert [(p.name, p.role) for p in statement.participants] == [
        ("Амара Вельден", "interviewee"), ("Томас Бранд", "interviewer")]
    assert {e.name for e in statement.entities if e.label == "PERSON"} == {
        "Амара Вельден", "Томас Бранд"}


def test_an_english_page_never_loads_the_analyser() -> None:
    """A fresh process: parsing and enriching English pages imports no pymorphy3."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from communique.models import Page, Source\n"
        "from communique.pipeline import parse_page\n"
        "for name in ('text/veloria_interview.txt', 'html/transcript_press_conference.html'):\n"
        "    path = Path('examples') / name\n"
        "    fmt = 'html' if name.endswith('html') else 'text'\n"
        "    parse_page(Page(content=path.read_bytes(), format=fmt, url=None,\n"
        "                    source=Source(format=fmt, path=str(path))))\n"
        "print('pymorphy3' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("name,expected", [
    ("Ирины Сомовой", "Ирина Сомова"), ("Ирину Сомову", "Ирина Сомова"),
    ("Олегу Сомову", "Олег Сомов"), ("Анны Вельден", "Анна Вельден"),
    ("Миланом Горским", "Милан Горский"), ("Ирины Ковальской", "Ирина Ковальская"),
])
def test_a_womans_surname_the_dictionary_lacks(name: str, expected: str) -> None:
    assert nominative(name) == expected
