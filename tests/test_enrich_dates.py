"""Dates mentioned: absolute and relative expressions, the year they take, and its basis."""

from __future__ import annotations

import pytest

from communique.enrich.dates import find_dates


def _read(text: str, published: str | None = "2021-09-24") -> list[tuple[str, str, str]]:
    return [(d.value, d.basis, d.text) for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("It began on 27 September 2020.", [("2020-09-27", "explicit", "27 September 2020")]),
    ("On November 15, 2024, they spoke.", [("2024-11-15", "explicit", "November 15, 2024")]),
    ("Signed on 5th of May 2019.", [("2019-05-05", "explicit", "5th of May 2019")]),
    ("Sept. 5, 2019 was a Thursday.", [("2019-09-05", "explicit", "Sept. 5, 2019")]),
    ("The plan dates from April 2016.", [("2016-04", "explicit", "April 2016")]),
    ("The port opened in 2018.", [("2018", "explicit", "2018")]),
    ("Звонок состоялся 7 октября 2020 года.", [("2020-10-07", "explicit", "7 октября 2020 года")]),
], ids=["day-month-year", "month-day-year", "ordinal-of", "abbreviated", "month-year", "year",
        "russian"])
def test_absolute(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It happened on 7 October.", [("2020-10-07", "publication", "7 October")]),
    ("We met on 17 August.", [("2021-08-17", "publication", "17 August")]),
    ("The summit will take place on 5 October.", [("2021-10-05", "publication", "5 October")]),
    ("That was the evening of 8 November.",
     [("2020-11-08", "publication", "the evening of 8 November")]),
    ("We liberated the city in early October.", [("2020-10", "publication", "October")]),
], ids=["past-day", "recent-day", "future-day", "part-of-day", "month-alone"])
def test_year_from_publication(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


def test_year_from_the_same_paragraph() -> None:
    text = "In May 2018 the drill ended; on 9 June the troops returned."
    assert _read(text)[1] == ("2018-06-09", "year_in_context", "9 June")


def test_year_from_earlier_text_without_publication() -> None:
    text = "The war began on 27 September 2020.\nA ceasefire followed on 10 November."
    assert _read(text, None)[1] == ("2020-11-10", "year_in_context", "10 November")


def test_unresolved_without_any_year() -> None:
    assert _read("We met on 10 November.", None) == [("--11-10", "unresolved", "10 November")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Last year we built roads.", ("2020", "publication", "Last year")),
    ("This year we restore.", ("2021", "publication", "This year")),
    ("Yesterday we spoke.", ("2021-09-23", "publication", "Yesterday")),
    ("That was two years ago.", ("2019", "publication", "two years ago")),
], ids=["last-year", "this-year", "yesterday", "years-ago"])
def test_relative(text: str, expected: tuple[str, str, str]) -> None:
    assert _read(text) == [expected]


def test_a_year_later_counts_from_the_previous_date() -> None:
    text = "It was signed on 10 November 2020. We will know a year later."
    assert _read(text)[1] == ("2021-11", "previous_mention", "a year later")


@pytest.mark.parametrize("text", ["At 12:30 the talks began.", "More than 16,000 shells.",
                                  "The 1990s were hard.", "He may 5 times repeat it."],
                         ids=["time", "number", "decade", "modal-may"])
def test_no_date(text: str) -> None:
    assert _read(text) == []


def test_spans_index_the_text() -> None:
    text = "Talks on 7 October and on the morning of 8 November 2020, then last year."
    for d in find_dates(text, "2021-09-24"):
        assert text[d.start:d.end] == d.text
