"""classify_kind: cue words in title, lead and text, English and Russian."""

from __future__ import annotations

import pytest

from communique.parse.kinds import classify_kind

TITLES = [
    ("Telephone conversation with President of Veloria Amara Velden", "phone_call", None),
    ("Phone conversation with King of Estrava Henrik III", "phone_call", None),
    ("Congratulations to Lucas Ferro on his re-election", "letter", "congratulation"),
    ("Condolences to King of Estrava Henrik III", "letter", "condolence"),
    ("Interview to the Veloria Herald", "interview", None),
    ("News conference following Velorian-Estravan talks", "press_conference", None),
    ("Meeting with Governor Ida Marsh", "meeting", None),
    ("Velorian-Estravan talks", "meeting", None),
    ("Executive Order on the harbour authority", "document", None),
    ("Amara Velden will meet with Prime Minister Oskar Lind on March 17", "announcement", None),
    ("Press Briefing by Press Secretary Nadia Orlen", "press_conference", None),
    ("Readout of President Velden’s Call with Prime Minister Lind", "phone_call", None),
    ("Readout of President Velden’s Meeting with CEOs", "meeting", None),
    ("Remarks by President Velden at the Harbour Opening", "speech", None),
    ("Statement by President Velden Congratulating Lucas Ferro", "statement", None),
    ("A Letter to the Speaker of the National Assembly", "letter", "other"),
    ("Message to Prime Minister of Estrava Oskar Lind", "letter", "other"),
    ("A Proclamation on National Harbour Day", "document", None),
    ("Телефонный разговор с Премьер-министром Эстравы Оскаром Линдом", "phone_call", None),
    ("Поздравление Лукасу Ферро с переизбранием", "letter", "congratulation"),
    ("Соболезнования Королю Эстравы", "letter", "condolence"),
    ("Интервью газете «Вестник Лессы»", "interview", None),
    ("Встреча с губернатором Идой Марш", "meeting", None),
    ("Пресс-конференция по итогам переговоров", "press_conference", None),
    ("Указ о портовом управлении", "document", None),
    ("President Amara Velden addressed guests at a gala reception", "speech", None),
    ("Amara Velden spoke at a meeting of the harbour council", "speech", None),
]


@pytest.mark.parametrize("title,kind,subkind", TITLES, ids=[t[0][:40] for t in TITLES])
def test_kind_from_title(title: str, kind: str, subkind: str | None) -> None:
    assert classify_kind(title=title, lead=None, text="") == (kind, subkind)


@pytest.mark.parametrize("lead,kind", [
    ("Amara Velden had a telephone conversation with Oskar Lind.", "phone_call"),
    ("Amara Velden sent a message of condolence to King Henrik III.", "letter"),
    ("On March 17, Amara Velden will hold talks with Oskar Lind.", "announcement"),
    ("Амара Вельден провела телефонный разговор с Оскаром Линдом.", "phone_call"),
], ids=["call", "condolence", "announcement", "ru-call"])
def test_kind_from_lead(lead: str, kind: str) -> None:
    assert classify_kind(title=None, lead=lead, text="")[0] == kind


@pytest.mark.parametrize("text,expected", [
    ("Your Majesty,\nI congratulate you on the national day.", ("letter", "congratulation")),
    ("Dear Mr. President,\nI was saddened to learn of the floods. My condolences.",
     ("letter", "condolence")),
    ("Уважаемый Оскар Линд!\nПримите поздравления с юбилеем.", ("letter", "congratulation")),
    ("Dear friends,\nToday we open the harbour.", ("speech", None)),
    ("The harbour reopened on Monday.", ("other", None)),
], ids=["majesty", "dear-president", "ru-salutation", "plural-address", "nothing"])
def test_kind_from_text(text: str, expected: tuple[str, str | None]) -> None:
    assert classify_kind(title=None, lead=None, text=text) == expected


def test_a_letter_never_has_turns() -> None:
    found = classify_kind(title="Congratulations to harbour workers", lead=None,
                          text="Amara Velden: Friends, I congratulate you.", has_turns=True)
    assert found == ("speech", None)


def test_hint_when_no_cue_speaks() -> None:
    assert classify_kind(title="Port Lessa", lead=None, text="x", hint="statement") == (
        "statement", None)
