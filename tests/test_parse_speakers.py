"""One name per person: labels cleaned and resolved against what the page says."""

from __future__ import annotations

import pytest

from communique.parse.speakers import SpeakerNames, clean_label, person_name


@pytest.mark.parametrize("label,cleaned", [
    ("Amara VELDEN", "Amara Velden"), ("MS. ORLEN:", "Ms. Orlen"),
    ("Question (retranslated)", "Question"), ("President Amara Velden:", "President Amara Velden"),
    ("А.Вельден", "А.Вельден"),
], ids=["shouted-surname", "caps", "note", "colon", "initial"])
def test_clean_label(label: str, cleaned: str) -> None:
    assert clean_label(label) == cleaned


@pytest.mark.parametrize("phrase,name", [
    ("Deputy Prime Minister Marat Oskarsson", "Marat Oskarsson"),
    ("President of the Republic of Veloria Amara Velden", "Amara Velden"),
    ("Ambassador Princess Reema bint Oskar Al Lind", "Reema bint Oskar Al Lind"),
    ("President Joseph R. Velden, Jr.", "Joseph R. Velden"),
    ("The President", "The President"),
], ids=["office", "country", "particles", "initial-suffix", "office-only"])
def test_person_name(phrase: str, name: str) -> None:
    assert person_name(phrase) == name


def test_one_name_per_person() -> None:
    labels = ["President of Veloria Amara Velden", "Amara VELDEN", "President Velden",
              "THE PRESIDENT", "Question", "MS. ORLEN"]
    names = SpeakerNames(labels, evidence=["Press Secretary Nadia Orlen"],
                         titled={"president": "President Velden"},
                         context="Press Secretary Nadia Orlen")
    assert [names.resolve(label) for label in labels] == [
        "Amara Velden", "Amara Velden", "Amara Velden", "Amara Velden", None, "Nadia Orlen"]


def test_a_longer_known_name_wins() -> None:
    names = SpeakerNames(["President of Estrava Oskar Lind Berg", "Oskar Lind Berg"])
    assert names.resolve("President of Estrava Oskar Lind Berg") == "Oskar Lind Berg"


def test_two_spellings_of_one_name() -> None:
    names = SpeakerNames(["Sergei Oskarov", "Sergey Oskarov"])
    assert names.resolve("Sergey Oskarov") == names.resolve("Sergei Oskarov") == "Sergei Oskarov"
