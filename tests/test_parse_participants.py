"""Participants from leads, titles, salutations, tags and turns."""

from __future__ import annotations

import pytest

from communique.models import Block, Document, Source
from communique.parse import parse_document
from communique.parse.names import names_in
from communique.parse.participants import (
    from_lead,
    from_salutation,
    from_signature,
    from_title,
    tag_name,
    written_nominative,
)


@pytest.mark.parametrize("lead,kind,expected", [
    ("President Amara Velden has given an interview to the editor of the Lessa Courier,"
     " the writer Petra Holm.", "interview",
     [("Amara Velden", "interviewee"), ("Petra Holm", "interviewer")]),
    ("Amara Velden made a phone call to Oskar Lind, Prime Minister of Estrava, about the "
     "ferry.", "phone_call",
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
    ("Состоялся телефонный разговор между Президентом Велории Амарой Вельден и "
     "Премьер-министром Норландии Хенриком Сольбергом.", "phone_call",
     [("Амара Вельден", "caller"), ("Хенрик Сольберг", "callee")]),
    ("Состоялся телефонный разговор Амары Вельден с Премьер-министром Норландии Хенриком "
     "Сольбергом.", "phone_call", [("Амара Вельден", "caller"), ("Хенрик Сольберг", "callee")]),
    ("Veloriya Respublikasının Prezidenti Amara Velden “Şimal Xəbərləri” jurnalının baş "
     "redaktoru Tomas Reyneyə müsahibə verib.", "interview",
     [("Amara Velden", "interviewee"), ("Tomas Reyne", "interviewer")]),
    ("Amara Velden “Şimal Xəbərləri” jurnalına müsahibə verib.", "interview",
     [("Amara Velden", "interviewee")]),
    ("15 ноября Президенту Велории Амаре Вельден позвонил Премьер-министр Норландии Хенрик "
     "Сольберг.", "phone_call", [("Хенрик Сольберг", "caller"), ("Амара Вельден", "callee")]),
    ("Премьер-министр Норландии Хенрик Сольберг позвонил Президенту Велории Амаре Вельден.",
     "phone_call", [("Хенрик Сольберг", "caller"), ("Амара Вельден", "callee")]),
], ids=["interview", "call", "received-call", "meeting", "letter", "passive-call",
        "other-kind-verb", "outlet-not-person", "ru-call-between", "ru-call-genitive",
        "az-interview", "az-outlet-not-person", "ru-called-dative-first", "ru-called"])
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
    (["Ваше Величество,", "Сердечно поздравляю Вас."], "Его Величество"),
], ids=["sultan", "king", "president-of-country", "named", "russian", "eminence",
        "russian-majesty"])
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
    ("Лінд Оскар", "Розмова з Оскаром Ліндом.", "Оскар Лінд"),
    ("Арвид Томас Карлович", "Встреча с Томасом Арвидом.", "Томас Арвид"),
    ("Лінд Оскар Петрович", "Розмова з Оскаром Ліндом.", "Оскар Лінд"),
], ids=["surname-first", "not-written", "office-inside", "russian-declined",
        "ukrainian-declined", "russian-patronymic", "ukrainian-patronymic"])
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
    # No tags: the lead's and title's declined names come out in the nominative, and the
    # initialled labels ("Х.Сольберг") find them.
    (Document(blocks=[Block("Рада видеть вас в Лессе.", label="А.Вельден"),
                      Block("Спасибо за приглашение.", label="Х.Сольберг")],
              title="Встреча с Премьер-министром Норландии Хенриком Сольбергом",
              lead="Президент Велории Амара Вельден встретилась с Премьер-министром "
                   "Норландии Хенриком Сольбергом."),
     [("Амара Вельден", "host"), ("Хенрик Сольберг", "guest")]),
    (Document(blocks=[Block("Сторони обговорили торгівлю.")],
              title="Телефонна розмова з Прем’єр-міністром Норландії Хенріком Сольбергом",
              lead="Президентка Велорії Амара Вельден провела телефонну розмову з "
                   "Прем’єр-міністром Норландії Хенріком Сольбергом."),
     [("Амара Вельден", "caller"), ("Хенрік Сольберг", "callee")]),
], ids=["caller-from-text", "host-from-turns", "russian-cases-one-entry",
        "russian-untagged-nominative", "ukrainian-untagged-nominative"])
def test_both_sides_once_each(doc: Document, expected: list[tuple[str, str]]) -> None:
    s = parse_document(doc, Source(format="test"))
    assert sorted((p.name, p.role) for p in s.participants) == sorted(expected)


def test_a_place_before_with_in_a_meeting_lead() -> None:
    found = from_lead(["Amara Velden held talks at Lessa Palace with Oskar Lind, Prime Minister "
                       "of Estrava."], "meeting")
    assert [(p.name, p.role) for p in found] == [("Amara Velden", "host"), ("Oskar Lind", "guest")]


# The same lead sentences in other languages: who called or met whom.
OTHER_LEADS = [
    ("El presidente del Gobierno, Tomás Arvid, ha mantenido este lunes una conversación "
     "telefónica con el primer ministro de Estrava, Oskar Lind.", "phone_call",
     [("Tomás Arvid", "caller"), ("Oskar Lind", "callee")]),
    ("Le Président de la République, Émile Marchand, s’est entretenu par téléphone avec le "
     "Premier ministre d’Estrava, Oskar Lind.", "phone_call",
     [("Émile Marchand", "caller"), ("Oskar Lind", "callee")]),
    ("Am Montag hat Bundeskanzlerin Mara Lindqvist mit dem Premierminister von Estrava, "
     "Oskar Lind, telefoniert.", "phone_call",
     [("Mara Lindqvist", "caller"), ("Oskar Lind", "callee")]),
    ("Il Presidente della Repubblica Sergio Velden ha avuto oggi un lungo colloquio telefonico "
     "con il Primo Ministro di Estrava, Oskar Lind.", "phone_call",
     [("Sergio Velden", "caller"), ("Oskar Lind", "callee")]),
    ("O Presidente da República, Amara Velden, teve hoje uma conversa telefónica com o "
     "Primeiro-Ministro da Estrava, Oskar Lind.", "phone_call",
     [("Amara Velden", "caller"), ("Oskar Lind", "callee")]),
    ("Prezydent Łucja Żelazna odbyła rozmowę telefoniczną z premierem Estrawy Oskarem Lindem.",
     "phone_call", [("Łucja Żelazna", "caller"), ("Oskarem Lindem", "callee")]),
    ("Президентка Ірина Велден провела телефонну розмову з Прем’єр-міністром Естрави Оскаром "
     "Ліндом.", "phone_call", [("Ірина Велден", "caller"), ("Оскар Лінд", "callee")]),
    ("El presidente Tomás Arvid ha recibido una llamada telefónica del primer ministro de "
     "Estrava, Oskar Lind.", "phone_call", [("Tomás Arvid", "callee"), ("Oskar Lind", "caller")]),
    ("Le Président Émile Marchand a reçu M. Oskar Lind, Premier ministre d’Estrava.", "meeting",
     [("Émile Marchand", "host"), ("Oskar Lind", "guest")]),
    ("El presidente del Gobierno, Tomás Arvid, se ha reunido en la Moncloa con el primer "
     "ministro de Estrava, Oskar Lind.", "meeting",
     [("Tomás Arvid", "host"), ("Oskar Lind", "guest")]),
    ("Bundeskanzlerin Mara Lindqvist traf am Montag Premierminister Oskar Lind.", "meeting",
     [("Mara Lindqvist", "host"), ("Oskar Lind", "guest")]),
    ("Il Presidente Sergio Velden ha incontrato al Quirinale il Primo Ministro di Estrava, "
     "Oskar Lind.", "meeting", [("Sergio Velden", "host"), ("Oskar Lind", "guest")]),
    ("O Presidente Amara Velden reuniu-se com o Primeiro-Ministro Oskar Lind.", "meeting",
     [("Amara Velden", "host"), ("Oskar Lind", "guest")]),
    ("Prezydent Łucja Żelazna spotkała się z premierem Oskarem Lindem.", "meeting",
     [("Łucja Żelazna", "host"), ("Oskarem Lindem", "guest")]),
    ("Президентка Ірина Велден зустрілася з Прем’єр-міністром Оскаром Ліндом.", "meeting",
     [("Ірина Велден", "host"), ("Оскар Лінд", "guest")]),
    ("Le Président Émile Marchand a adressé un message de condoléances au Roi Henrik Solberg.",
     "letter", [("Émile Marchand", "sender"), ("Henrik Solberg", "addressee")]),
    ("El presidente Tomás Arvid ha felicitado a Henrik Solberg por su reelección.", "letter",
     [("Tomás Arvid", "sender"), ("Henrik Solberg", "addressee")]),
    ("Le Président Émile Marchand a accordé un entretien au journaliste Paul Ferro.",
     "interview", [("Émile Marchand", "interviewee"), ("Paul Ferro", "interviewer")]),
    ("El presidente Tomás Arvid ha concedido una entrevista a la Radio Lessa.", "interview",
     [("Tomás Arvid", "interviewee")]),
]


@pytest.mark.parametrize("lead,kind,expected", OTHER_LEADS,
                         ids=["es-call", "fr-call", "de-call", "it-call", "pt-call", "pl-call",
                              "uk-call", "es-received-call", "fr-meeting", "es-meeting",
                              "de-meeting", "it-meeting", "pt-meeting", "pl-meeting",
                              "uk-meeting", "fr-letter", "es-letter", "fr-interview",
                              "es-outlet-not-person"])
def test_roles_from_lead_in_other_languages(lead: str, kind: str,
                                            expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_lead([lead], kind)] == expected


@pytest.mark.parametrize("lead,kind,language,expected", [
    ("Președintele Veloriei, domnul Andrei Munteanu, a avut o convorbire telefonică cu "
     "Prim-ministrul Estravei, domnul Henrik Solberg.", "phone_call", "ro",
     [("Andrei Munteanu", "caller"), ("Henrik Solberg", "callee")]),
    # One person named: no two sides, but the office holder who received is the host.
    ("Prezident Karel Morávek přijal na Hradě velvyslance Estravy.", "meeting", "cs",
     [("Karel Morávek", "host")]),
    # A language the patterns read names other things than people when they fail: the
    # office holder the sentence opens with, and no treaty or railway.
    ("President Amara Velden discussed the Harbour Treaty and the North Railway.", "meeting",
     "en", [("Amara Velden", "host")]),
], ids=["ro-call", "cs-one-name", "en-no-fallback"])
def test_two_sides_in_languages_no_pattern_reads(lead: str, kind: str, language: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_lead([lead], kind, language)] == expected


@pytest.mark.parametrize("title,kind,expected", [
    ("Reunión con el primer ministro de Estrava, Oskar Lind", "meeting", [("Oskar Lind", "guest")]),
    ("Rencontre avec M. Oskar Lind, Premier ministre d’Estrava", "meeting",
     [("Oskar Lind", "guest")]),
    ("Entretien téléphonique avec M. Oskar Lind", "phone_call", [("Oskar Lind", "callee")]),
    ("Rozmowa telefoniczna z premierem Estrawy Oskarem Lindem", "phone_call",
     [("Oskarem Lindem", "callee")]),
    ("Телефонна розмова з Прем’єр-міністром Естрави Оскаром Ліндом", "phone_call",
     [("Оскар Лінд", "callee")]),
    ("Telefoongesprek met premier Oskar Lind", "phone_call", [("Oskar Lind", "callee")]),
    ("Convorbire telefonică cu Prim-ministrul Estravei, Oskar Lind", "phone_call",
     [("Oskar Lind", "callee")]),
    ("Pertemuan dengan Perdana Menteri Oskar Lind", "meeting", [("Oskar Lind", "guest")]),
    ("Telefonsamtal med statsminister Oskar Lind", "phone_call", [("Oskar Lind", "callee")]),
], ids=["es", "fr", "fr-call", "pl-declined-after-place", "uk", "nl", "ro", "id", "sv"])
def test_other_side_from_title_in_other_languages(title: str, kind: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_title(title, kind)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Am Montag hat Bundeskanzlerin Mara Lindqvist gesprochen.", ["Mara Lindqvist"]),
    ("Le Président Émile Marchand a dit.", ["Émile Marchand"]),
    ("il Primo Ministro di Estrava, Oskar Lind", ["Oskar Lind"]),
    ("dem Premierminister von Estrava, Oskar Lind, telefoniert", ["Oskar Lind"]),
    ("Ministro dos Negócios Estrangeiros Paulo Rangel e", ["Paulo Rangel"]),
    ("Prezydent Łucja Żelazna spotkała się", ["Łucja Żelazna"]),
    ("el ministro José Manuel Albares", ["José Manuel Albares"]),
    # An office, its portfolio in lower case and its country before the name.
    ("Министр иностранных дел Республики Велория Андрей Петрин ответил на вопросы",
     ["Андрей Петрин"]),
    ("Міністр закордонних справ Республіки Велорія Андрій Петрін відповів",
     ["Андрій Петрін"]),
    ("Prezident Saldoviya Bosh vaziri Dara Selim bilan uchrashdi", ["Dara Selim"]),
    # Kazakh case endings after a surname's own ending.
    ("Бас редакторы Айгерім Сәтбаеваға сұхбат берді", ["Айгерім Сәтбаева"]),
    ("Мемлекет басшысы Дәулет Сейітовтің сұхбаты", ["Дәулет Сейітов"]),
], ids=["de-day-not-name", "fr-office-off", "it-place-not-name", "de-compound-office",
        "pt-joined-office", "pl-verb-after-name", "es-three-word-name", "ru-portfolio-country",
        "uk-portfolio-country", "uz-office-after-country", "kk-dative", "kk-genitive"])
def test_names_in_other_languages(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize("paragraphs,expected", [
    (["Querido Henrik Solberg:", "Te felicito por tu reelección."], "Henrik Solberg"),
    (["Sehr geehrter Herr Bundespräsident Oskar Lind,", "ich gratuliere Ihnen."], "Oskar Lind"),
    (["Cher Monsieur le Président,", "Je vous adresse mes félicitations."], None),
], ids=["es-named", "de-named", "fr-office-alone"])
def test_salutations_in_other_languages(paragraphs: list[str], expected: str | None) -> None:
    found = from_salutation(paragraphs)
    assert (found.name if found else None) == expected


def test_a_spanish_readout_names_both_sides() -> None:
    doc = Document(blocks=[Block("El presidente del Gobierno, Tomás Arvid, ha mantenido este "
                                 "lunes una conversación telefónica con el primer ministro de "
                                 "Estrava, Oskar Lind.")],
                   title="El presidente conversa por teléfono con el primer ministro de Estrava")
    s = parse_document(doc, Source(format="test"))
    assert (s.kind, [(p.name, p.role) for p in s.participants]) == (
        "phone_call", [("Tomás Arvid", "caller"), ("Oskar Lind", "callee")])


@pytest.mark.parametrize(("lead", "expected"), [
    ("President Amara Velden gave an interview to Karin Holm of the Northern Herald.",
     [("Amara Velden", "interviewee"), ("Karin Holm", "interviewer")]),
    ("President Amara Velden gave an interview to Jonas Reed from Radio Lessa.",
     [("Amara Velden", "interviewee"), ("Jonas Reed", "interviewer")]),
    ("President Amara Velden gave an interview to the Northern Herald.",
     [("Amara Velden", "interviewee")]),
], ids=["of-outlet", "from-outlet", "outlet-only"])
def test_an_interviewer_named_with_the_outlet(lead: str, expected: list) -> None:
    # No word says what the interviewer does; "of the Northern Herald" does it.
    assert [(p.name, p.role) for p in from_lead([lead], "interview")] == expected


@pytest.mark.parametrize("title,kind,expected", [
    ("Statement by H.E. President Amara Ndoye on the outcome of the Regional Summit",
     "statement", ["Amara Ndoye"]),
    ("Statement By President Amara Ndoye On The Outcome Of The Summit", "statement",
     ["Amara Ndoye"]),
    ("Press Briefing by Press Secretary Nadia Orlen", "press_conference", ["Nadia Orlen"]),
    ("Discurso do presidente Tomás Arvid na cerimônia de posse", "speech", ["Tomás Arvid"]),
    ("Rede von Bundespräsident Frank Velden beim Festakt", "speech", ["Frank Velden"]),
    # A surname alone, two speakers, an institution: no one.
    ("Remarks by President Velden at the Harbour", "speech", []),
    ("Remarks by President Velden and Prime Minister Lind in Joint Press Conference", "speech",
     []),
    ("Statement by the Ministry of Foreign Affairs on Kestra", "statement", []),
], ids=["by", "headline-case", "briefing", "pt", "de", "surname", "two", "institution"])
def test_the_speaker_a_title_names_after_by(title: str, kind: str, expected: list[str]) -> None:
    assert [(p.name, p.role) for p in from_title(title, kind)] == [
        (name, "speaker") for name in expected]


def test_two_people_joined_by_and_before_an_office() -> None:
    assert names_in("Томас Арвид и Премьер-министр Эстравии Оскар Линд провели переговоры.") \
        == ["Томас Арвид", "Оскар Линд"]
    # A country's name joined by "и" stays one with the office before it.
    assert names_in("Президент Боснии и Герцеговины Милорад Додик прибыл.") == ["Милорад Додик"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Prezident Vojtěch Hanák dnes přijal premiéra Eera Lindqvista.",
     ["Vojtěch Hanák", "Eera Lindqvista"]),
    ("Eero Lindqvist tapasi tänään presidentti Arvidin.", ["Eero Lindqvist"]),
    # Only English writes a name as a noun's modifier: "Northern Sea Union summit participants".
    ("Greetings to Northern Sea Union summit participants", []),
], ids=["cs", "fi", "en-modifier"])
def test_a_name_before_a_verb_of_another_language(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("La ministra de Relaciones Exteriores de la República de Veloria, Elena Varga, concedió "
     "una entrevista.", ["Elena Varga"]),
    ("The Minister of Foreign Affairs, Elena Varga, received the Ambassador.", ["Elena Varga"]),
    ("El Presidente de Veloria Tomás Arvid concedió una entrevista.", ["Tomás Arvid"]),
], ids=["es-portfolio", "en-portfolio", "country-then-name"])
def test_an_offices_portfolio_is_no_person(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize("lead,kind,expected", [
    ("Томас Арвид встретился с губернатором Северной области Кларой Вейс.", "meeting",
     [("Томас Арвид", "host"), ("Клара Вейс", "guest")]),
    ("Томас Арвид провёл рабочую встречу с губернатором Кларой Вейс.", "meeting",
     [("Томас Арвид", "host"), ("Клара Вейс", "guest")]),
    ("Томас Арвид провёл телефонный разговор с Президентом Остравы Миланом Горским.",
     "phone_call", [("Томас Арвид", "caller"), ("Милан Горский", "callee")]),
], ids=["met", "held-a-meeting", "held-a-call"])
def test_russian_leads_of_meetings_and_calls(lead: str, kind: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_lead([lead], kind)] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Danes se je predsednica Nataša Kovač sestala s predsednikom Ostrave Piotrom Haldanom.",
     ["Nataša Kovač", "Piotrom Haldanom"]),
    ("Председник Вукашин Ђорђевић разговарао је са председницом Салдовије Илзе Рендал.",
     ["Вукашин Ђорђевић", "Илзе Рендал"]),
], ids=["sl-office-country-name", "sr-office-country-name"])
def test_a_declined_office_and_its_country_before_a_name(sentence: str,
                                                         expected: list[str]) -> None:
    assert names_in(sentence) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (["His Excellency Ignatius Obrecht", "President of the Republic of Saldovia",
      "Dear Mr. President,", "It was with great sorrow that I learned of the landslide."],
     "Ignatius Obrecht"),
    (["Rt Hon Martin Oake MP", "Chair, Foreign Affairs Committee", "Dear Martin,",
      "I am writing to update the Committee."], "Martin Oake"),
], ids=["excellency", "rt-hon"])
def test_addressee_from_the_address_block_over_the_salutation(paragraphs: list[str],
                                                              expected: str) -> None:
    found = from_salutation(paragraphs)
    assert found is not None and (found.name, found.role) == (expected, "addressee")


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (["Dear Mr. President,", "Please accept my condolences.", "Yours sincerely,",
      "Thomas Ellery", "Prime Minister of Veloria"], "Thomas Ellery"),
    (["Уважаемый господин Президент!", "Примите соболезнования.", "С уважением,",
      "Тамара Арвид"], "Тамара Арвид"),
    (["Dear Martin,", "I am writing to you.", "Yours sincerely,"], None),
], ids=["en", "ru", "unsigned"])
def test_sender_from_the_signature_under_the_closing(paragraphs: list[str],
                                                     expected: str | None) -> None:
    found = from_signature(paragraphs)
    assert (found.name if found else None) == expected
    assert found is None or found.role == "sender"


@pytest.mark.parametrize(("lead", "kind", "expected"), [
    ("阿尔瓦同来访的维洛里亚共和国总统卢卡斯·韦尔恩举行会谈。", "meeting",
     [("卢卡斯·韦尔恩", "guest")]),
    ("総理はヴェロリアのルーカス・ヴェルン大統領と電話会談を行いました。", "phone_call",
     [("ルーカス・ヴェルン", "callee")]),
    ("استقبل رئيس الوزراء اليوم وزير خارجية جمهورية فيلوريا السيد ماتياس أورين في مكتبه.",
     "meeting", [("ماتياس أورين", "guest")]),
    ("東陽・ヴェロリア首脳電話会談が行われました。", "phone_call", []),
])
def test_names_in_scripts_without_capitals(lead: str, kind: str,
                                           expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_lead([lead], kind)] == expected


def test_an_office_in_its_case_and_a_name_the_page_also_writes_in_the_nominative() -> None:
    lead = ("Prezydent Jan Kordecki przeprowadził we wtorek rozmowę telefoniczną z Prezydentem "
            "Republiki Velorii Lukasem Vernem.")
    doc = Document(blocks=[Block("Rozmowa dotyczyła współpracy energetycznej."),
                           Block("Prezydent Lukas Vern podziękował za wsparcie.")],
                   title="Rozmowa telefoniczna z Prezydentem Republiki Velorii", lead=lead,
                   language="pl")
    s = parse_document(doc, Source(format="test"))
    assert [(p.name, p.role) for p in s.participants][:2] == [
        ("Jan Kordecki", "caller"), ("Lukas Vern", "callee")]


@pytest.mark.parametrize(("block", "name"), [
    (["His Excellency", "Mr Oskar Lind", "President of the Republic of Saldovia",
      "Dear Mr President,"], "Oskar Lind"),
    (["A Sua Excelência a Senhora", "Ines Caldera", "Primeira-Ministra de Saldovia",
      "Senhora Primeira-Ministra,"], "Ines Caldera"),
])
def test_an_address_block_whose_style_stands_on_its_own_line(block: list[str],
                                                              name: str) -> None:
    found = from_salutation(block)
    assert found is not None and (found.name, found.role) == (name, "addressee")


@pytest.mark.parametrize(("lead", "language", "expected"), [
    ("Martın 14-də Saldoviya Respublikasının Prezidenti Elnur Qasımlı ilə Veloriya Prezidenti "
     "Mark Velden arasında telefon danışığı olub.", "az",
     [("Elnur Qasımlı", "caller"), ("Mark Velden", "callee")]),
    ("Хөх Тал Улсын Ерөнхийлөгч Сэрээтэрийн Мөнхтулга Велори Улсын Ерөнхийлөгч Марк Велден "
     "өнөөдөр утсаар ярилцлаа.", "mn",
     [("Сэрээтэрийн Мөнхтулга", "caller"), ("Марк Велден", "callee")]),
])
def test_the_names_after_each_office_in_languages_that_write_the_office_first(
        lead: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_lead([lead], "phone_call", language)] == expected


@pytest.mark.parametrize(("lead", "kind", "expected"), [
    ("Bundespräsident Konrad Aschenbrenner hat beim Festakt an die Gründer erinnert.", "speech",
     [("Konrad Aschenbrenner", "speaker")]),
    ("Minister-president Joost van Harlingen heeft vandaag een verklaring afgelegd.",
     "statement", [("Joost van Harlingen", "speaker")]),
    ("Press Information Bureau (PIB) is the nodal agency of the Government.", "speech", []),
    ("Заявление МИД Велории в связи с наводнением в области", "statement", []),
])
def test_the_office_holder_a_speech_lead_opens_with(lead: str, kind: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in from_lead([lead], kind)] == expected


def test_whose_call_a_titles_possessive_names() -> None:
    assert [(p.name, p.role) for p in from_title(
        "PM Oskar Lind's call with President Amara Velden", "phone_call")] == [
        ("Oskar Lind", "caller"), ("Amara Velden", "callee")]


def test_a_turkish_case_suffix_after_the_apostrophe_is_no_part_of_the_name() -> None:
    assert written_nominative("Amara Velden'i", "Cumhurbaşkanı Amara Velden'i kabul etti.") \
        == "Amara Velden"


@pytest.mark.parametrize(("tag", "written", "name"), [
    ("Марбо Жан-Люк", "переговоры с Премьер-министром Тармары Жаном-Люком Марбо", "Жан-Люк Марбо"),
    ("Лесков Денис", "Д.Лесков: Коллеги, пожалуйста, вопросы.", "Денис Лесков"),
])
def test_a_surname_first_tag_turned_by_a_declined_double_name_or_an_initial(
        tag: str, written: str, name: str) -> None:
    assert tag_name(tag, written) == name


@pytest.mark.parametrize(("text", "expected"), [
    ("Накануне Дня Республики Матвей Дорохов дал интервью газете.", ["Матвей Дорохов"]),
    ("Президент поздравил народную артистку Ведании Галину Орешкину.", ["Галина Орешкина"]),
    ("Президент Велории Амара Владимировна Велден провела совещание.",
     ["Амара Владимировна Велден"]),
])
def test_a_russian_name_is_a_given_name_and_a_surname_a_patronymic_between(
        text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(("lead", "expected"), [
    ("KOTA LESSA – Presiden Bambang Wirakusuma menerima kunjungan Perdana Menteri Saldovia, "
     "Oskar Lind, di Istana Merdeka.", [("Bambang Wirakusuma", "host"), ("Oskar Lind", "guest")]),
    ("Lessa, 18 Maret 2025 – Presiden Hendra Wiratama melakukan pembicaraan dengan Perdana "
     "Menteri Federasi Sundral, Ines Caldera, pada Senin.",
     [("Hendra Wiratama", "host"), ("Ines Caldera", "guest")]),
])
def test_a_datelines_place_is_no_side_and_an_offices_country_gives_way_to_the_name(
        lead: str, expected: list[tuple[str, str]]) -> None:
    s = parse_document(Document(blocks=[Block(lead), Block("Keduanya membahas kerja sama.")],
                                title="Pertemuan", language="id"), Source(format="test"))
    assert [(p.name, p.role) for p in s.participants] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Pieter van der Molen spoke to Hannah O'Connell-Price of Norvik Radio.",
     ["Pieter van der Molen", "Hannah O'Connell-Price"]),
    ("President Amara Velden sent a message to King Oskar II bin Lind of the Kingdom of Saldovia.",
     ["Amara Velden", "Oskar II bin Lind"]),
])
def test_a_particle_of_two_words_joins_a_name_an_of_the_does_not(text: str,
                                                                  expected: list[str]) -> None:
    assert names_in(text) == expected
