"""Participants from leads, titles, salutations, tags and turns."""

from __future__ import annotations

import pytest

from communique.models import Block, Document, Source
from communique.parse import parse_document
from communique.parse.participants import from_lead, from_salutation, names_in, tag_name


@pytest.mark.parametrize("lead,kind,expected", [
    ("President of the Republic of Veloria Amara Velden has given an interview to editor-in-chief"
     " of the “Lessa Courier” magazine, a well-known writer Petra Holm.", "interview",
     [("Amara Velden", "interviewee"), ("Petra Holm", "interviewer")]),
    ("On March 2, Amara Velden, President of the Republic of Veloria, made a phone call to "
     "Oskar Lind, Prime Minister of Estrava.", "phone_call",
     [("Amara Velden", "caller"), ("Oskar Lind", "callee")]),
    ("Amara Velden received a phone call from Oskar Lind.", "phone_call",
     [("Amara Velden", "callee"), ("Oskar Lind", "caller")]),
    ("Amara Velden met with Governor of Kestrel Falls Region Ida Marsh.", "meeting",
     [("Amara Velden", "host"), ("Ida Marsh", "guest")]),
    ("Amara Velden sent a message of condolence to King of Estrava Henrik III.", "letter",
     [("Amara Velden", "sender"), ("Henrik III", "addressee")]),
    ("A telephone conversation was held between Amara Velden and Oskar Lind.", "phone_call",
     [("Amara Velden", "caller"), ("Oskar Lind", "callee")]),
    ("Amara Velden congratulated Ida Marsh on her birthday at the meeting.", "meeting", []),
    ("Amara Velden gave an interview to the Lessa Courier newspaper.", "interview",
     [("Amara Velden", "interviewee")]),
], ids=["interview", "call", "received-call", "meeting", "letter", "passive-call",
        "other-kind-verb", "outlet-not-person"])
def test_roles_from_lead(lead: str, kind: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_lead([lead], kind)] == expected


@pytest.mark.parametrize("paragraphs,expected", [
    (["Your Majesty,", "I congratulate you on the national day of the Sultanate of Marenia."],
     "Sultan of Marenia"),
    (["Your Majesty,", "On the national day of the Kingdom of Estrava, I wish you well."],
     "King of Estrava"),
    (["Dear Mr. President,", "On the national holiday of the State of Marendia..."],
     "President of the State of Marendia"),
    (["Dear President Ferro,", "I congratulate you."], "President Ferro"),
    (["Уважаемый Оскар Линд!", "Поздравляю Вас."], "Оскар Линд"),
    (["Your Eminence,", "I share your grief."], "His Eminence"),
], ids=["sultan", "king", "president-of-country", "named", "russian", "eminence"])
def test_addressee_from_salutation(paragraphs: list[str], expected: str) -> None:
    found = from_salutation(paragraphs)
    assert found is not None and (found.name, found.role) == (expected, "addressee")


def test_names_skip_offices_months_and_places() -> None:
    assert names_in("On November 15, Amara Velden, President of the Republic of Veloria,") == [
        "Amara Velden"]


def test_tags_and_turns_merge_one_entry_per_person() -> None:
    doc = Document(blocks=[Block("Welcome.", label="President of Veloria Amara Velden"),
                           Block("Thank you.", label="Ida Marsh")],
                   title="Meeting with Governor Ida Marsh",
                   lead="Amara Velden met with Governor Ida Marsh.",
                   tags={"Persons": ["Velden Amara", "Ida Marsh"]})
    s = parse_document(doc, Source(format="test"))
    assert [(p.name, p.role) for p in s.participants][:2] == [("Amara Velden", "host"),
                                                             ("Ida Marsh", "guest")]
    assert len({p.name for p in s.participants}) == len(s.participants)


@pytest.mark.parametrize("tag,written,name", [
    ("Velden Amara", "Amara Velden met Ida Marsh.", "Amara Velden"),
    ("Marsh Ida", "Nothing about her.", "Marsh Ida"),
    ("Anselm Patriarch of Port Lessa and All Veloria", "Patriarch Anselm spoke.",
     "Patriarch Anselm"),
    ("Линд Оскар", "Разговор с Оскаром Линдом.", "Оскар Линд"),
], ids=["surname-first", "not-written", "office-inside", "russian-declined"])
def test_tag_names_read_as_the_page_writes_them(tag: str, written: str, name: str) -> None:
    assert tag_name(tag, written) == name


def test_an_institution_does_not_hide_the_person_after_it() -> None:
    assert names_in("Speaker of the Lessa City Council Ida Marsh") == ["Ida Marsh"]


@pytest.mark.parametrize("doc,expected", [
    (Document(blocks=[Block("Amara Velden and Oskar Lind discussed the harbour.")],
              title="Telephone conversation with Prime Minister of Estrava Oskar Lind"),
     [("Amara Velden", "caller"), ("Oskar Lind", "callee")]),
    (Document(blocks=[Block("Good afternoon.", label="Amara Velden"),
                      Block("Thank you.", label="Ida Marsh")],
              title="Meeting with Governor Ida Marsh", lead="They discussed the region.",
              tags={"Persons": ["Marsh Ida"]}),
     [("Ida Marsh", "guest"), ("Amara Velden", "host")]),
    (Document(blocks=[Block("Собеседники обсудили гавань.")],
              title="Телефонный разговор с Оскаром Линдом",
              lead="Амара Вельден провела телефонный разговор с Оскаром Линдом.",
              tags={"Persons": ["Линд Оскар"]}),
     [("Амара Вельден", "caller"), ("Оскар Линд", "callee")]),
], ids=["caller-from-text", "host-from-turns", "russian-cases-one-entry"])
def test_both_sides_once_each(doc: Document, expected: list[tuple[str, str]]) -> None:
    s = parse_document(doc, Source(format="test"))
    assert sorted((p.name, p.role) for p in s.participants) == sorted(expected)


def test_a_place_before_with_in_a_meeting_lead() -> None:
    found = from_lead(["Amara Velden held talks at Lessa Palace with Oskar Lind, Prime Minister "
                       "of Estrava."], "meeting")
    assert [(p.name, p.role) for p in found] == [("Amara Velden", "host"), ("Oskar Lind", "guest")]
