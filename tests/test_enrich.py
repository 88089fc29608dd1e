"""The seed interview enriched end to end: people, places, organisations, dates and claims."""

from __future__ import annotations

import pytest

from communique.enrich import enrich_statement
from communique.models import Page, Participant, Source, Statement, Turn
from communique.pipeline import parse_page

from .conftest import SEED, require


def _interview_by_hand(raw: str) -> Statement:
    """The seed's interview as the parse stage should give it (used only if parse cannot)."""
    lines = raw.split("\n")
    body = [line for line in lines[5:71]]
    turns: list[Turn] = []
    pos = 0
    for line in body:
        text = line[2:] if line.startswith("- ") else line
        if line.startswith("- ") or not turns:
            role = "question" if not turns or turns[-1].role == "answer" else "answer"
            speaker = "Igor Korotchenko" if role == "question" else "Ilham Aliyev"
            turns.append(Turn(speaker, role, text, pos, pos + len(text)))
        else:
            turns[-1].end = pos + len(text)
        pos += len(text) + 1
    text = "\n".join(line[2:] if line.startswith("- ") else line for line in body)
    return Statement(id="seed", kind="interview", title=lines[1], published_at="2021-09-24T12:10",
                     text=text, source=Source(format="text"), lead=lines[3], turns=turns,
                     participants=[Participant("Ilham Aliyev", "interviewee"),
                                   Participant("Igor Korotchenko", "interviewer")])


@pytest.fixture(scope="module")
def interview() -> Statement:
    require(SEED.is_file(), f"{SEED} (the seed page)")
    raw = SEED.read_bytes()
    statements = parse_page(Page(content=raw, format="text", source=Source(format="text")))
    found = [s for s in statements if s.kind == "interview" and s.turns]
    if found:
        return found[0]
    return enrich_statement(_interview_by_hand(raw.decode("utf-8")))


def _names(statement: Statement, label: str) -> set[str]:
    return {e.name for e in statement.entities if e.label == label}


@pytest.mark.parametrize("name", ["Ilham Aliyev", "Igor Korotchenko", "Vladimir Putin",
                                  "Pashinyan", "Heydar Aliyev"])
def test_people(interview: Statement, name: str) -> None:
    assert name in _names(interview, "PERSON")


def test_putin_variants_are_one_person(interview: Statement) -> None:
    putin = next(e for e in interview.entities if e.name == "Vladimir Putin")
    said = {interview.text[a:b] for a, b in putin.spans}
    assert {"Vladimir Vladimirovich Putin", "Vladimir Vladimirovich", "Putin"} <= said
    assert "President of Russia" in said
    assert not {"Vladimir Vladimirovich", "Putin"} & _names(interview, "PERSON")


# Places as written in the text; the canonical name of a town comes from the gazetteer.
@pytest.mark.parametrize("written", [
    "Shusha", "Hadrut", "Jabrayil", "Fuzuli", "Zangilan", "Gubadli", "Lachin", "Kalbadjar",
    "Aghdam", "Tartar", "Gandja", "Khojaly", "Nakhchivan", "Baku", "Moscow", "Armenia", "Russia",
    "Georgia", "Iran", "Turkey"])
def test_places(interview: Statement, written: str) -> None:
    places = [e for e in interview.entities if e.label == "PLACE"]
    assert any(interview.text[a:b] == written for e in places for a, b in e.spans)


@pytest.mark.parametrize("name", ["CSTO", "Ministry of Defense", "State Border Service",
                                  "State Security Service", "Heydar Aliyev Foundation"])
def test_organisations(interview: Statement, name: str) -> None:
    assert name in _names(interview, "ORG")


@pytest.mark.parametrize("value", ["2020-09-27", "2020-10-07", "2020-10-17", "2020-11-08",
                                   "2020-11-09", "2020-11-10"])
def test_dates(interview: Statement, value: str) -> None:
    assert value in {d.value for d in interview.dates}


def test_date_spans_index_the_text(interview: Statement) -> None:
    for d in interview.dates:
        assert interview.text[d.start:d.end] == d.text


@pytest.mark.parametrize(("number", "approx", "unit"), [
    (366, None, "tanks"), (16000, "more than", "shells"), (10000, None, "deserters"),
    (30, "about", "civilian casualties"), (44, None, "days"), (20, None, "megawatts")])
def test_claims_with_speaker(interview: Statement, number: float, approx: str | None,
                             unit: str) -> None:
    claim = next(c for c in interview.claims if c.number == number and c.unit == unit)
    assert claim.approx == approx
    assert claim.speaker == "Ilham Aliyev"
    assert interview.text[claim.start:claim.end] == claim.text


def test_mention_turn_is_recoverable(interview: Statement) -> None:
    pashinyan = next(e for e in interview.entities if e.name == "Pashinyan")
    start = pashinyan.spans[0][0]
    turn = next(t for t in interview.turns if t.start <= start < t.end)
    assert turn.speaker is not None


def test_enrich_returns_the_same_statement() -> None:
    statement = Statement(id="x", kind="statement", title=None, published_at=None,
                          text="", source=Source(format="text"))
    assert enrich_statement(statement) is statement
    assert (statement.entities, statement.dates, statement.claims) == ([], [], [])
