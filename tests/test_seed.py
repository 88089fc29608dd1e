"""The seed page: exactly the five statements issue 2 lists, in page order."""

from __future__ import annotations

import re

import pytest

from communique.models import Page, Source, Statement
from communique.pipeline import parse_page

from .conftest import SEED, require

STRAY_TIMES = ("12:00", "10:50", "15:33", "11:15", "12:50", "12:15", "11:50")


@pytest.fixture(scope="module")
def statements() -> list[Statement]:
    require(SEED.is_file(), f"{SEED} (the seed page)")
    page = Page(content=SEED.read_bytes(), format="text",
                source=Source(format="text", path=str(SEED)))
    return parse_page(page, enrich=False)


def test_five_statements_in_page_order(statements: list[Statement]) -> None:
    assert [(s.kind, s.subkind, s.published_at, s.complete) for s in statements] == [
        ("interview", None, "2021-09-24T12:10", True),
        ("letter", "congratulation", "2024-11-18T11:00", False),
        ("letter", "condolence", "2024-11-16T16:19", False),
        ("phone_call", None, "2024-11-15T14:09", False),
        ("letter", "congratulation", "2024-11-15T11:00", False),
    ]


def test_interview_title_and_participants(statements: list[Statement]) -> None:
    interview = statements[0]
    assert interview.title == ("Ilham Aliyev`s interview with Russian influential "
                               "“Natsionalnaya oborona” magazine")
    assert {(p.name, p.role) for p in interview.participants} == {
        ("Ilham Aliyev", "interviewee"), ("Igor Korotchenko", "interviewer")}


def test_interview_turns_alternate(statements: list[Statement]) -> None:
    turns = statements[0].turns
    assert len(turns) == 41
    assert [t.role for t in turns] == ["question", "answer"] * 20 + ["question"]
    assert {t.speaker for t in turns if t.role == "question"} == {"Igor Korotchenko"}
    assert {t.speaker for t in turns if t.role == "answer"} == {"Ilham Aliyev"}
    assert turns[0].text.startswith("Mr. President, it will soon be")
    assert turns[-1].text == "Thank you."


def test_turns_index_the_text(statements: list[Statement]) -> None:
    interview = statements[0]
    assert all(interview.text[t.start:t.end] == t.text for t in interview.turns)
    assert not any(t.text.startswith("-") for t in interview.turns)


def test_lead_is_not_a_turn(statements: list[Statement]) -> None:
    interview = statements[0]
    assert interview.lead and interview.lead.startswith("President of the Republic of Azerbaijan")
    assert not any("has given an interview" in t.text for t in interview.turns)


def test_nothing_from_the_feed_in_the_interview(statements: list[Statement]) -> None:
    text = statements[0].text
    assert "Your Majesty" not in text and "phone call" not in text
    assert text.endswith("- Thank you.")


@pytest.mark.parametrize("index,opening", [(1, "Your Majesty,"), (2, "Your eminence,"),
                                           (4, "Dear Mr. President,")],
                         ids=["oman", "eminence", "palestine"])
def test_letters_begin_with_their_salutation(statements: list[Statement], index: int,
                                             opening: str) -> None:
    assert statements[index].text.startswith(opening)
    assert statements[index].turns == []


def test_phone_call_participants(statements: list[Statement]) -> None:
    call = statements[3]
    assert [(p.name, p.role) for p in call.participants] == [
        ("Vladimir Putin", "caller"), ("Ilham Aliyev", "callee")]
    assert call.turns == []


@pytest.mark.parametrize("stamp", STRAY_TIMES)
def test_no_stray_time_stamps(statements: list[Statement], stamp: str) -> None:
    pattern = re.compile(rf"(?<![\d:]){re.escape(stamp)}(?![\d:])")
    for statement in statements:
        assert not pattern.search(statement.text), (stamp, statement.text[:80])
        assert not pattern.search(statement.lead or "")
