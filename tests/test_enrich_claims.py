"""Numeric claims: the number, how approximate, what is counted, the sentence and the speaker."""

from __future__ import annotations

import pytest

from communique.enrich.claims import find_claims
from communique.enrich.dates import find_dates
from communique.enrich.speakers import speaker_lookup
from communique.models import Participant, Source, Statement, Turn


def _claims(text: str) -> list[tuple[float, str | None, str | None]]:
    found = find_claims(text, find_dates(text, "2024-05-02"), lambda _offset: None)
    return [(c.number, c.approx, c.unit) for c in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Veloria built 120 bridges.", (120, None, "bridges")),
    ("More than 16,000 shells fell on Port Lessa.", (16000, "more than", "shells")),
    ("The port had few civilian casualties, about 30, by our count.",
     (30, "about", "civilian casualties")),
    ("Almost 2.5 million tourists came.", (2.5e6, "almost", "tourists")),
    ("We invested $1.3 billion in roads.", (1.3e9, None, "USD")),
    ("Exports rose by 25 percent.", (25, None, "percent")),
    ("Up to 40 new schools will open.", (40, "up to", "new schools")),
    ("Hundreds of thousands of people came.", (1e5, "hundreds of", "people")),
    ("About a million Velorians visited.", (1e6, "about", "Velorians")),
    ("The line was held for 44 days.", (44, None, "days")),
], ids=["plain", "more-than", "unit-before", "million", "currency", "percent", "adjective",
        "magnitudes", "a-million", "duration"])
def test_claim(text: str, expected: tuple[float, str | None, str]) -> None:
    assert _claims(text) == [expected]


@pytest.mark.parametrize("text", [
    "The treaty was signed in 2018 by both.", "Talks began at 12:30 sharp.",
    "Article 5 applies here.", "On 7 October we spoke.", "How many tanks, 366 or more?",
    "The S-400 systems arrived.", "It was the 3+3 format.",
    "Many Velorians watched “60 minutes” then."],
    ids=["year", "time", "identifier", "date", "question", "model", "format", "quoted-title"])
def test_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_claim_is_the_whole_sentence() -> None:
    text = "Mr. Velden spoke. During the war we captured 366 tanks as spoils. Then peace came."
    claim = find_claims(text, [], lambda _offset: None)[0]
    assert claim.text == "During the war we captured 366 tanks as spoils."
    assert text[claim.start:claim.end] == claim.text


def _interview() -> Statement:
    text = "How many bridges?\nWe built 120 bridges.\nAnd schools?\nAbout 40 schools."
    turns = [Turn(None, "question", "How many bridges?", 0, 17),
             Turn(None, "answer", "We built 120 bridges.", 18, 39),
             Turn("Tomas Renn", "question", "And schools?", 40, 52),
             Turn("President of Veloria Amara Velden", "answer", "About 40 schools.", 53, 70)]
    return Statement(id="i", kind="interview", title=None, published_at=None, text=text,
                     source=Source(format="text"), turns=turns,
                     participants=[Participant("Amara Velden", "interviewee"),
                                   Participant("Tomas Renn", "interviewer")])


def test_speaker_from_turn_or_role() -> None:
    statement = _interview()
    claims = find_claims(statement.text, [], speaker_lookup(statement))
    assert [(c.number, c.speaker) for c in claims] == [(120, "Amara Velden"),
                                                        (40, "Amara Velden")]


def test_sole_speaker_of_a_speech() -> None:
    statement = Statement(id="s", kind="speech", title=None, published_at=None,
                          text="We built 120 bridges.", source=Source(format="text"),
                          participants=[Participant("Amara Velden", "speaker")])
    assert speaker_lookup(statement)(3) == "Amara Velden"


@pytest.mark.parametrize(("text", "expected"), [
    ("Мы построили 120 мостов.", (120, None, "мостов")),
    ("Более 16 000 снарядов упало на город.", (16000, "более", "снарядов")),
    ("Выделено 1.3 млрд долларов.", (1.3e9, None, "долларов")),
    ("Около 30 процентов.", (30, "около", "percent")),
], ids=["plain", "spaced-thousands", "scale", "percent"])
def test_russian_claim(text: str, expected: tuple[float, str | None, str]) -> None:
    assert _claims(text) == [expected]
