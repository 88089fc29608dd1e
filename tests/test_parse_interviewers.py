"""Who asks and who answers in an interview whose turns carry no names."""

from __future__ import annotations

import pytest

from communique.models import Block, Document, Participant, Source
from communique.parse import parse_document
from communique.parse.interviewers import asker, interview_sides
from communique.parse.morphology import polish_nominative
from communique.parse.names import names_in


@pytest.mark.parametrize("sentence,language,expected", [
    ("Das Gespräch führte Lena Morr.", "de", "Lena Morr"),
    ("Die Fragen stellte Timo Kessler.", "de", "Timo Kessler"),
    ("Il ministro ha risposto alle domande di Chiara Vento per la Gazzetta di Lessa.", "it",
     "Chiara Vento"),
    ("La ministra respondió a las preguntas del periodista Tomás Ribera.", "es",
     "Tomás Ribera"),
    ("Le Président a répondu aux questions de Hélène Sorel pour Lessa Matin.", "fr",
     "Hélène Sorel"),
    ("Bakan, Lessa Haber muhabiri Selin Aksoy'un sorularını yanıtladı.", "tr", "Selin Aksoy"),
    ("Міністр в інтерв'ю журналістці Оксані Петренко розповів про кордон.", "uk",
     "Оксана Петренко"),
    ("The minister spoke to Ruth Anders of Radio Oranthe about the summit.", "en",
     "Ruth Anders"),
    ("Il Presidente ha risposto alle domande del Corriere di Lessa.", "it", None),
    ("Прем'єр-міністр відповів на запитання телеканалу «Лесса-1».", "uk", None),
    ("She answered questions about President Oskar Lind of Ostrava.", "en", None),
    ("The minister spoke to President Oskar Lind of Ostrava.", "en", None),
    ("La ministra habló con la periodista de Radio Saldovia Norte.", "es", None),
], ids=["de-gespraech", "de-fragen", "it-domande", "es-periodista", "fr-questions",
        "tr-muhabiri", "uk-dative", "en-spoke-to-of", "it-outlet-only", "uk-channel-only",
        "en-office-in-gap", "en-office-spoke-to", "es-outlet-after-journalist"])
def test_asker(sentence: str, language: str, expected: str | None) -> None:
    assert asker(sentence, language) == expected


@pytest.mark.parametrize("opening,title,language,expected", [
    (["Umweltminister Paul Senn sprach mit der Lessaer Rundschau über den Hafen. "
      "Das Gespräch führte Lena Morr."], "Minister Paul Senn im Interview", "de",
     [("Paul Senn", "interviewee"), ("Lena Morr", "interviewer")]),
    (["Dışişleri Bakanı Vera Solt, Lessa Haber muhabiri Selin Aksoy'un sorularını "
      "yanıtladı."], "Bakan Vera Solt'un röportajı", "tr",
     [("Vera Solt", "interviewee"), ("Selin Aksoy", "interviewer")]),
    (["Прем'єр-міністр Остап Лісний відповів на запитання телеканалу «Лесса-1»."],
     "Інтерв'ю Прем'єр-міністра Остапа Лісного", "uk", [("Остап Лісний", "interviewee")]),
    # The asker named first is not the one who answers.
    (["Lena Morr sprach für die Lessaer Rundschau mit Ministerin Vera Solt. "
      "Das Gespräch führte Lena Morr."], "Ministerin Vera Solt im Gespräch", "de",
     [("Vera Solt", "interviewee"), ("Lena Morr", "interviewer")]),
    # Nobody with an office, and the title names nobody the opening does: no one answers.
    (["Lena Morr traf Paul Senn in Lessa."], "Ein Gespräch über den Hafen", "de", []),
    # The title gives the surname alone; an office the opening writes in the feminine.
    (["Ministryně zahraničních věcí Marta Kovel hovořila pro Lesský deník o příměří."],
     "Rozhovor ministryně Kovel pro Lesský deník", "cs", [("Marta Kovel", "interviewee")]),
    (["Marta Kovel hovořila pro Lesský deník o příměří."],
     "Rozhovor s Kovel pro Lesský deník", "cs", [("Marta Kovel", "interviewee")]),
], ids=["de", "tr", "uk-no-asker", "asker-first", "unconfirmed", "cs-office",
        "cs-surname-in-title"])
def test_interview_sides(opening: list[str], title: str, language: str,
                         expected: list[tuple[str, str]]) -> None:
    found = interview_sides([], opening, title, language)
    assert [(p.name, p.role) for p in found] == expected


def test_interview_sides_keeps_what_the_lead_found() -> None:
    found = [Participant("Vera Solt", "interviewee")]
    sides = interview_sides(found, ["Ministra Vera Solt ha risposto alle domande di Chiara "
                                    "Vento."], "Intervista", "it")
    assert [(p.name, p.role) for p in sides] == [("Vera Solt", "interviewee"),
                                                ("Chiara Vento", "interviewer")]


@pytest.mark.parametrize("written,expected", [
    ("Katarzynie Zielińskiej", "Katarzyna Zielińska"),
    ("Agnieszką Brzeską", "Agnieszka Brzeska"),
    ("Marii Wolskiej", "Maria Wolska"),
    ("Tomaszowi Wolskiemu", "Tomasz Wolski"),
    ("Adama Nowickiego", "Adam Nowicki"),
    ("Markiem Wolskim", "Markiem Wolskim"),  # "Marek": a vowel lost, left as written
    ("Katarzyna Zielińska", "Katarzyna Zielińska"),
    # Declined as nouns, both words in one case (the instrumental): read since round 30.
    ("Oskarem Lindem", "Oskar Lind"),
    ("Oskarem Lind", "Oskarem Lind"),  # the words disagree: left as written
], ids=["fem-dat", "fem-instr", "fem-gen-ii", "masc-dat", "masc-gen", "masc-fleeting",
        "nominative", "not-adjectival", "disagreeing"])
def test_polish_nominative(written: str, expected: str) -> None:
    assert polish_nominative(written) == expected


def _interview(lead: str, title: str, language: str) -> Document:
    return Document(title=title, language=language, blocks=[
        Block(lead),
        Block("Warum ein neues Hafengesetz?", heading=True),
        Block("Weil das alte zu alt ist."),
        Block("Und die Kosten?", heading=True),
        Block("Sie bleiben gering."),
    ])


@pytest.mark.parametrize("lead,title,asking,answering", [
    ("Minister Paul Senn sprach mit der Lessaer Rundschau. Das Gespräch führte Lena Morr.",
     "Minister Paul Senn im Interview mit der Lessaer Rundschau", "Lena Morr", "Paul Senn"),
    ("Minister Paul Senn hat der Lessaer Rundschau ein Interview gegeben.",
     "Minister Paul Senn im Interview mit der Lessaer Rundschau", None, "Paul Senn"),
], ids=["asker-named", "outlet-only"])
def test_unlabelled_turns_get_speakers(lead: str, title: str, asking: str | None,
                                       answering: str) -> None:
    statement = parse_document(_interview(lead, title, "de"), Source(format="test"))
    assert [(t.speaker, t.role) for t in statement.turns] == [
        (asking, "question"), (answering, "answer")] * 2


@pytest.mark.parametrize("sentence,expected", [
    ("La ministra dell'Istruzione Nadia Corvi ha risposto.", ["Nadia Corvi"]),
    ("La ministra della Salute Nadia Corvi ha risposto.", ["Nadia Corvi"]),
    ("Le ministre de l'Économie Luc Varenne a répondu.", ["Luc Varenne"]),
    # The genre's word and its "de" are no part of the name after them.
    ("Entretien de Luc Varenne", ["Luc Varenne"]),
    # A preposition's place before the name is no part of it.
    ("Накануне визита в Оранту Томас Арвид ответил на вопросы.", ["Томас Арвид"]),
    ("Напередодні візиту до Оранти Томас Арвід відповів на запитання.", ["Томас Арвід"]),
    ("Лист до Томаса Арвіда надійшов учора.", ["Томас Арвід"]),
    ("W Pałacu Republiki prezydent spotkał się z burmistrzami.", []),
], ids=["it-elided-portfolio", "it-portfolio", "fr-elided-portfolio", "fr-genre-word",
        "ru-place", "uk-place-towards", "uk-person-towards", "pl-place-opening"])
def test_portfolio_and_genre_words_are_no_name(sentence: str, expected: list[str]) -> None:
    assert names_in(sentence) == expected


@pytest.mark.parametrize("opening,title,language,expected", [
    # A channel named after the interviewee's comma holds no office of theirs.
    (["Cumhurbaşkanı Tomás Arvid, Lessa TV'de yayınlanan programda gazeteci Deniz Kaya'nın "
      "sorularını yanıtladı."], "Cumhurbaşkanı Arvid, Lessa TV'ye mülakat verdi", "tr",
     [("Tomás Arvid", "interviewee"), ("Deniz Kaya", "interviewer")]),
    # An outlet's name in quotes is nobody.
    (["Велория Президенті Томас Арвид «Лесса Таймс» газетіне сұхбат берді."],
     "Мемлекет басшысы «Лесса Таймс» газетіне сұхбат берді", "kk",
     [("Томас Арвид", "interviewee")]),
    # An office of two words, and a country the title names too.
    (["Nhân dịp thăm Oranthe, Tổng thống Tomás Arvid đã trả lời phỏng vấn."],
     "Tổng thống Tomás Arvid trả lời phỏng vấn trước chuyến thăm Oranthe", "vi",
     [("Tomás Arvid", "interviewee")]),
    # An office and its portfolio set apart by a comma still come before the name.
    (["Le ministre de l'Économie, Paul Retter, a répondu aux questions de Claire Martin."],
     "Entretien de Paul Retter", "fr",
     [("Paul Retter", "interviewee"), ("Claire Martin", "interviewer")]),
], ids=["tr-channel", "kk-quoted-outlet", "vi-office-phrase", "fr-apposition"])
def test_interview_sides_are_people(opening: list[str], title: str, language: str,
                                    expected: list[tuple[str, str]]) -> None:
    found = interview_sides([], opening, title, language)
    assert sorted((p.name, p.role) for p in found) == sorted(expected)


def test_an_outlets_noun_before_its_name_makes_it_no_interviewee() -> None:
    found = interview_sides([], ["On the eve of his visit, Marek Talvane answered questions "
                                 "from the newspaper Rendal Post."],
                            "Interview to the Saldovian newspaper Rendal Post", "en")
    assert found == []


def test_bare_question_labels_of_an_interview_are_its_askers() -> None:
    doc = Document(title="Foreign Minister Lina Osterholt's interview with the Lessa Review",
                   lead="The interview was conducted by Paul Ardesco.",
                   blocks=[Block(t) for t in ["Q: What does Veloria want?", "A: A grid.",
                                              "Q: And Oranthe?", "A: It will join."]])
    s = parse_document(doc, Source(format="test"))
    assert [(t.speaker, t.role) for t in s.turns] == [
        ("Paul Ardesco", "question"), ("Lina Osterholt", "answer")] * 2


@pytest.mark.parametrize(("sentence", "name"), [
    ("Propos recueillis par Julien Marchetti.", "Julien Marchetti"),
    ("Interviul a fost realizat de Andreea Comănici.", "Andreea Comănici"),
    ("Разговор је водила Јелена Пејић.", "Јелена Пејић"),
    ("Suhbatni gazeta bosh muharriri Dilnoza Karimova olib bordi.", "Dilnoza Karimova"),
    ("Суҳбатро сармуҳаррири рӯзнома Шаҳло Назарова анҷом дод.", "Шаҳло Назарова"),
    ("Զրուցել է Անի Գալստյանը։", "Անի Գալստյան"),
    ("Беседовала Анна Петрова.", "Анна Петрова"),
])
def test_the_asker_a_credit_line_names_in_more_languages(sentence: str, name: str) -> None:
    assert asker(sentence) == name


@pytest.mark.parametrize(("sentence", "name"), [
    ("Intervista del Ministro Rinaldi, a cura di Francesca Leone.", "Francesca Leone"),
    ("Razgovarao: Miloš Perović", "Miloš Perović"),
])
def test_the_asker_of_italian_and_serbian_credits(sentence: str, name: str) -> None:
    assert asker(sentence) == name


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Intervista del Ministro degli Affari Esteri Edoardo Rinaldi a Radio Lessa",
     "Edoardo Rinaldi"),
    ("Брифінг речниці МЗС Дарвенії Олени Гринь", "Олена Гринь"),
    ("Ministarka spoljnih poslova Republike Zagorje Ana Jovović govori o vodi.", "Ana Jovović"),
])
def test_an_offices_portfolio_and_country_are_no_part_of_the_name(sentence: str,
                                                                   expected: str) -> None:
    assert names_in(sentence)[0] == expected
