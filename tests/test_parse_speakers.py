"""One name per person: labels cleaned and resolved against what the page says."""

from __future__ import annotations

import pytest

from communique.parse.speakers import (
    SpeakerNames,
    clean_label,
    has_office_title,
    is_moderator,
    is_question_label,
    named_asker,
    names_outlet,
    person_name,
    same_person,
)


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
    ("Président de la République de Velorie Tomás Arvid", "Tomás Arvid"),
    ("Presidente della Repubblica Tomás Arvid", "Tomás Arvid"),
    ("Ambassador Carlos de Lessa", "Carlos de Lessa"),
    ("Minister Maria da Graça Lind", "Maria da Graça Lind"),
    ("Commissioner Ilsa von der Maren", "Ilsa von der Maren"),
    # An office after the name: Hungarian and the Nordic languages write it there.
    ("Kovács Dénes miniszterelnök", "Kovács Dénes"),
    ("Oskar Lind statsminister", "Oskar Lind"),
    ("Amara Velden, President", "Amara Velden"),
    ("Vice President", "Vice President"),
], ids=["office", "country", "particles", "initial-suffix", "office-only", "fr-country",
        "it-country", "de-particle", "da-particle", "von-der-particle", "hu-office-after",
        "nb-office-after", "signature", "offices-only"])
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


@pytest.mark.parametrize("labels,titled,expected", [
    (["Le Président", "Question", "Journaliste"], {"président": "Président Tomás Arvid"},
     ["Tomás Arvid", None, None]),
    (["Die Bundespräsidentin", "Frage", "Frau Lindqvist"],
     {"bundespräsidentin": "Bundespräsidentin Mara Lindqvist"},
     ["Mara Lindqvist", None, "Mara Lindqvist"]),
    (["El Presidente", "Pregunta", "Periodista"], {"presidente": "Presidente Tomás Arvid"},
     ["Tomás Arvid", None, None]),
    (["Domanda", "Il Presidente"], {"presidente": "Presidente Tomás Arvid"},
     [None, "Tomás Arvid"]),
    (["Pytanie", "Prezydent"], {"prezydent": "Prezydent Jan Wolski"}, [None, "Jan Wolski"]),
], ids=["fr", "de", "es", "it", "pl"])
def test_labels_in_other_languages(labels: list[str], titled: dict[str, str],
                                   expected: list[str | None]) -> None:
    # An article with an office names whom the title gives it; question labels name no one.
    title_names = [phrase.split(" ", 1)[1] for phrase in titled.values()]
    names = SpeakerNames(labels, titled=titled, evidence=title_names)
    assert [names.resolve(label) for label in labels] == expected


def test_a_longer_known_name_wins() -> None:
    names = SpeakerNames(["President of Estrava Oskar Lind Berg", "Oskar Lind Berg"])
    assert names.resolve("President of Estrava Oskar Lind Berg") == "Oskar Lind Berg"


def test_two_spellings_of_one_name() -> None:
    names = SpeakerNames(["Sergei Oskarov", "Sergey Oskarov"])
    assert names.resolve("Sergey Oskarov") == names.resolve("Sergei Oskarov") == "Sergei Oskarov"


def test_a_surname_spelt_two_ways_is_one_speaker() -> None:
    names = SpeakerNames(["Ilsa Varnakhova", "Ilsa Varnahova", "Ilsa Varna"])
    assert names.resolve("Ilsa Varnahova") == names.resolve("Ilsa Varnakhova") == (
        "Ilsa Varnakhova")
    assert names.resolve("Ilsa Varna") == "Ilsa Varna"


@pytest.mark.parametrize("a,b,same", [
    ("Amara Velden", "Velden Amara", True),
    ("Oskar Lind", "Oskar Lindqvist", False),
    ("Томас Бранд", "Томасу Бранду", True),
    ("Ангела Норд", "Ангелой Норд", True),
    ("Иван Норд", "Мария Норд", False),
], ids=["word-order", "other-surname", "russian-dative", "russian-instrumental",
        "russian-other-person"])
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


@pytest.mark.parametrize("label,office", [
    ("President of Estrava Oskar Lind (retranslated)", True),
    ("PRESIDENT VELDEN", True),
    ("Presidential Press Secretary Nadia Orlen", True),
    ("MS. ORLEN", False),
    ("Jonas Reed", False),
], ids=["office-and-country", "shouted", "press-secretary", "address-only", "plain-name"])
def test_has_office_title(label: str, office: bool) -> None:
    assert has_office_title(label) is office


@pytest.mark.parametrize(("label", "outlet"), [
    ("Jonas Reed, Veloria Radio", True),
    ("Anna Berg, Chief Correspondent of Veloria Radio", True),
    ("Jonas Brell, Press Secretary", False),
    ("Jonas Brell, Minister of Finance", False),
    ("Jana Pelcová, ministryně financí", False),
    ("Radim Kostelník, předseda vlády", False),
], ids=["outlet", "journalists-title", "office", "office-of", "cs-office", "cs-office-genitive"])
def test_an_office_after_the_comma_is_no_outlet(label: str, outlet: bool) -> None:
    assert names_outlet(label) is outlet


@pytest.mark.parametrize(("label", "cleaned"), [
    ("한서진 대통령", "한서진"), ("桐生総理", "桐生総理"), ("사회자(대변인 민지호)", "민지호"),
    ("Moderator (Press Secretary Tavi Orlen)", "Tavi Orlen"),
], ids=["korean-office-after", "japanese-surname-keeps-office", "moderator-named", "moderator-en"])
def test_an_office_after_a_korean_name_and_a_moderator_named_in_brackets(label: str,
                                                                      cleaned: str) -> None:
    assert clean_label(label) == cleaned


@pytest.mark.parametrize(("label", "name"), [
    ("정하늘 기자(가람일보)", "정하늘"), ("FRAGE HOLM", "Holm"), ("ZUSATZFRAGE HOLM", "Holm"),
    ("Питање, Јелена Илић (РТЗ)", "Јелена Илић"),
    ("QUESTION — Nils Aaberg (Estmark Kringkast)", "Nils Aaberg"), ("Question", None),
])
def test_the_asker_a_question_label_names(label: str, name: str | None) -> None:
    assert named_asker(label) == name


def test_vietnamese_reporters_ask_and_the_host_chairs() -> None:
    assert is_question_label("Phóng viên Đài Truyền hình Lạc Sơn")
    assert is_moderator("Người dẫn chương trình")


def test_two_office_labels_that_name_each_others_office_end() -> None:
    labels = ["Ministre des Affaires étrangères et de la Coopération",
              "Ministre de l'Économie et des Finances"]
    assert SpeakerNames(labels).resolve(labels[0]) == labels[0]


def test_a_chinese_label_with_the_country_and_office_before_a_dotted_name() -> None:
    assert clean_label("塔尔马拉共和国总统埃斯特万·奥里奥尔") == "埃斯特万·奥里奥尔"


@pytest.mark.parametrize(("label", "cleaned"), [
    ("ראש הממשלה יואב ברקן", "יואב ברקן"), ("שר האוצר דניאל אלמוג", "דניאל אלמוג"),
    ("الرئيس نبيل حداد", "نبيل حداد"), ("ראש הממשלה", "ראש הממשלה"),
])
def test_a_hebrew_or_arabic_office_before_a_full_name(label: str, cleaned: str) -> None:
    assert clean_label(label) == cleaned


def test_a_slovak_reporter_of_an_outlet_asks() -> None:
    assert is_question_label("Redaktorka (Denník Horizont)")
