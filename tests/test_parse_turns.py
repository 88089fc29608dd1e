"""Turns in every common form, with one name per person and offsets into the text."""

from __future__ import annotations

import pytest

from communique.models import Block, Document, Source, Statement
from communique.parse import parse_document


def parse(lines: list[str], *, title: str = "Interview to the Lessa Courier",
          lead: str | None = None, labels: dict[int, str] | None = None) -> Statement:
    labels = labels or {}
    blocks = [Block(text, label=labels.get(k)) for k, text in enumerate(lines)]
    return parse_document(Document(blocks=blocks, title=title, lead=lead), Source(format="test"))


def roles(statement: Statement) -> list[tuple[str | None, str]]:
    return [(t.speaker, t.role) for t in statement.turns]


def test_dash_turns_first_question_without_dash() -> None:
    s = parse(["Madam President, what comes first?", "- The harbour.", "It opens in May.",
               "- And the railway?", "- Next spring."],
              lead="Amara Velden has given an interview to the Lessa Courier editor Petra Holm.")
    assert roles(s) == [("Petra Holm", "question"), ("Amara Velden", "answer"),
                        ("Petra Holm", "question"), ("Amara Velden", "answer")]
    assert s.turns[1].text == "The harbour.\nIt opens in May."


LABELLED = [
    (["Correspondent: When will it open?", "President Amara Velden: In May.",
      "Correspondent: And the railway?", "Amara Velden: Next spring."],
     [(None, "question"), ("Amara Velden", "answer"), (None, "question"),
      ("Amara Velden", "answer")]),
    (["Jonas Reed from Veloria Radio: How much?", "Amara Velden: 300 million lessars.",
      "Jonas Reed from Veloria Radio: Over how long?", "Amara Velden: Five years."],
     [("Jonas Reed", "question"), ("Amara Velden", "answer"), ("Jonas Reed", "question"),
      ("Amara Velden", "answer")]),
    (["Q How much will it cost?", "MS. ORLEN: About 300 million.", "Q And when?",
      "MS. ORLEN: In May."],
     [(None, "question"), ("Nadia Orlen", "answer"), (None, "question"),
      ("Nadia Orlen", "answer")]),
    (["Q: How much?", "THE PRESIDENT: A lot.", "Q: When?", "PRESIDENT VELDEN: Soon."],
     [(None, "question"), ("President Velden", "answer"), (None, "question"),
      ("President Velden", "answer")]),
    (["Q. How much?", "The President. A lot.", "Q. When?", "The President. Soon."],
     [(None, "question"), ("President Velden", "answer"), (None, "question"),
      ("President Velden", "answer")]),
    (["Вопрос: Когда откроется гавань?", "А.Вельден: В мае.", "Вопрос: А дорога?",
      "Амара Вельден: Весной."],
     [(None, "question"), ("Амара Вельден", "answer"), (None, "question"),
      ("Амара Вельден", "answer")]),
]


@pytest.mark.parametrize("lines,expected", LABELLED,
                         ids=["correspondent", "from-outlet", "q-caps", "the-president",
                              "the-president-dot", "russian"])
def test_named_labels(lines: list[str], expected: list[tuple[str | None, str]]) -> None:
    title = "Press Briefing by Press Secretary Nadia Orlen and President Velden"
    if lines[0].startswith("Вопрос"):
        title = "Интервью Президента Амары Вельден"
    s = parse(lines, title=title, lead="Амара Вельден ответила на вопросы."
              if lines[0].startswith("Вопрос") else None)
    assert roles(s) == expected
    assert all(s.text[t.start:t.end] == t.text for t in s.turns)


def test_block_labels_from_html_one_name_per_person() -> None:
    s = parse(["Good afternoon.", "Thank you.", "A question.", "An answer."],
              title="News conference following Velorian-Estravan talks",
              labels={0: "President of Veloria Amara Velden", 1: "Oskar Lind",
                      2: "Question (retranslated)", 3: "Amara VELDEN"})
    assert roles(s) == [("Amara Velden", "statement"), ("Oskar Lind", "statement"),
                        (None, "question"), ("Amara Velden", "answer")]
    assert s.text.split("\n")[0] == "President of Veloria Amara Velden: Good afternoon."
    assert s.turns[0].text == "Good afternoon."


def test_plain_alternating_paragraphs() -> None:
    s = parse(["What comes first?", "The harbour.", "And then?", "The railway.", "It is long."])
    assert [t.role for t in s.turns] == ["question", "answer", "question", "answer"]
    assert s.turns[-1].text == "The railway.\nIt is long."


def test_run_in_headings_are_not_speakers() -> None:
    s = parse(["On the harbour: it opens in May.", "On the railway: it opens in spring."],
              title="Fact sheet: the year ahead")
    assert s.turns == []


@pytest.mark.parametrize("title", ["Congratulations to Lucas Ferro",
                                   "Telephone conversation with Oskar Lind"],
                         ids=["letter", "readout"])
def test_letters_and_readouts_have_no_turns(title: str) -> None:
    s = parse(["Dear Mr. Ferro, may I congratulate you?", "I wish you success?",
               "Amara Velden"], title=title)
    assert s.kind in ("letter", "phone_call")
    assert s.turns == []


def test_dashes_that_ask_nothing_are_a_list() -> None:
    s = parse(["We will build:", "- twelve piers;", "- a railway station.", "Thank you."],
              title="Address at the harbour opening")
    assert s.turns == []


def test_a_label_standing_alone_starts_a_turn() -> None:
    # Markup that leaves the colon outside the bold label: the label is a paragraph of its own.
    s = parse(["Good afternoon.", "Thank you.", "Oskar Lind (retranslated):", "Friends,",
               "We agreed on the harbour."],
              title="Press statements following Velorian-Estravan talks",
              labels={0: "President of Veloria Amara Velden",
                      1: "President of Estrava Ida Marsh (retranslated)"})
    assert roles(s) == [("Amara Velden", "statement"), ("Ida Marsh", "statement"),
                        ("Oskar Lind", "statement")]
    assert s.turns[2].text == "Friends,\nWe agreed on the harbour."


def test_a_heading_standing_alone_is_no_label() -> None:
    s = parse(["Good afternoon.", "Economy:", "Growth was strong."],
              title="Meeting with Governor Ida Marsh",
              labels={0: "President of Veloria Amara Velden"})
    assert len(s.turns) == 1 and s.turns[0].text == "Good afternoon.\nEconomy:\nGrowth was strong."


def test_named_journalists_ask_at_a_news_conference() -> None:
    s = parse(["Good afternoon, let us begin.", "Lessa Radio. When will the harbour open?",
               "In May.", "Are you sure?", "Yes.", "Thank you, colleagues."],
              title="Annual news conference",
              labels={0: "President of Veloria Amara Velden", 1: "Jonas Reed",
                      2: "Amara Velden", 3: "Jonas Reed", 4: "Amara Velden",
                      5: "Press Secretary Nadia Orlen"})
    assert roles(s) == [("Amara Velden", "statement"), ("Jonas Reed", "question"),
                        ("Amara Velden", "answer"), ("Jonas Reed", "question"),
                        ("Amara Velden", "answer"), ("Nadia Orlen", "answer")]


def test_the_opening_speaker_of_a_news_conference_answers() -> None:
    s = parse(["We met today. Why? To talk.", "Thank you, Amara.", "When?", "Soon."],
              title="Joint news conference", labels={0: "PRESIDENT VELDEN",
                                                     1: "PRIME MINISTER LIND", 2: "Q",
                                                     3: "PRESIDENT VELDEN"})
    assert [role for _s, role in roles(s)] == ["statement", "statement", "question", "answer"]


def test_questions_set_in_bold_ask_and_plain_paragraphs_answer() -> None:
    lines = ["Amara Velden has given an interview to the Lessa Courier.",
             "Madam President, what comes first?", "The harbour.", "It opens in May.",
             "And the railway?", "Next spring.", "Thank you, Madam President."]
    bold = {1, 4, 6}
    blocks = [Block(text, heading=k in bold) for k, text in enumerate(lines)]
    s = parse_document(Document(blocks=blocks, title="Interview to the Lessa Courier"),
                       Source(format="test"))
    # The introduction before the first bold question is no turn.
    assert roles(s) == [(None, "question"), ("Amara Velden", "answer"), (None, "question"),
                        ("Amara Velden", "answer"), (None, "question")]
    assert s.turns[1].text == "The harbour.\nIt opens in May."


def test_bold_sub_headings_that_ask_nothing_are_no_questions() -> None:
    lines = ["Amara Velden has given an interview to the Lessa Courier.", "The harbour",
             "It opens in May.", "The railway", "It reaches the north next spring."]
    blocks = [Block(text, heading=k in (1, 3)) for k, text in enumerate(lines)]
    s = parse_document(Document(blocks=blocks, title="Interview to the Lessa Courier"),
                       Source(format="test"))
    assert s.turns == []


@pytest.mark.parametrize("lines", [
    ["Q: What comes first?", "A: The harbour.", "Q: And then?", "A: The railway."],
    ["P.— ¿Qué viene primero?", "R.— El puerto.", "P.— ¿Y después?", "R.— El ferrocarril."],
    ["Question : Qu'est-ce qui vient d'abord ?", "Réponse : Le port.", "Question : Et ensuite ?",
     "Réponse : Le chemin de fer."],
    ["Frage: Was kommt zuerst?", "Antwort: Der Hafen.", "Frage: Und dann?",
     "Antwort: Die Bahn."],
    ["Ερ.: Τι έρχεται πρώτα;", "Απ.: Το λιμάνι.", "Ερ.: Και μετά;", "Απ.: Ο σιδηρόδρομος."],
], ids=["q-a", "es-p-r", "fr-question-reponse", "de-frage-antwort", "el-abbreviated"])
def test_bare_answer_labels_are_the_interviewees(lines: list[str]) -> None:
    s = parse(lines, lead="Amara Velden has given an interview to the Lessa Courier.")
    assert roles(s) == [(None, "question"), ("Amara Velden", "answer")] * 2
    assert not s.turns[1].text.startswith(("R", "A:", "—"))
    assert [p.name for p in s.participants] == ["Amara Velden"]


def test_labels_opening_with_an_accented_capital() -> None:
    s = parse(["ÉMILE DURAND : Merci à tous d'être venus.", "Question : Quand ouvre le port ?",
               "ÉMILE DURAND : En mai."], title="Conférence de presse d'Émile Durand")
    assert roles(s) == [("Émile Durand", "statement"), (None, "question"),
                        ("Émile Durand", "answer")]


def test_q_and_a_closed_by_a_full_stop() -> None:
    s = parse(["Q. How much will the harbour cost?", "A. The first stage, three hundred million.",
               "Q. When does it open?", "A. Next spring."],
              lead="Amara Velden gave an interview to the Lessa Courier.")
    assert roles(s) == [(None, "question"), ("Amara Velden", "answer")] * 2


def test_an_initial_opening_a_sentence_is_no_answer_label() -> None:
    s = parse(["A. Velden opened the harbour of Lessa.", "A. Velden then spoke to the workers."],
              title="Harbour day")
    assert s.turns == []


@pytest.mark.parametrize("labels", [{3: "DISCLAIMER"}, {3: "Note"}, {}],
                         ids=["bold-disclaimer", "bold-note", "text-note"])
def test_a_note_is_no_speaker(labels: dict[int, str]) -> None:
    lines = ["Dear friends!", "Today the metro of Varanpur opens.", "Thank you!",
             "This is an approximate translation of the speech." if labels
             else "Editor's note: This is an approximate translation of the speech."]
    s = parse(lines, title="Address at the opening of the Varanpur Metro", labels=labels)
    assert s.turns == []
    assert s.text.split("\n")[-1].endswith("approximate translation of the speech.")


def test_follow_up_questions_and_a_spokesperson() -> None:
    s = parse(["Spokesperson Lin Yuan: The minister will visit Karvia.",
               "Frage: Wann beginnt der Besuch?", "Spokesperson Lin Yuan: Am Montag.",
               "Zusatzfrage: Und wie lange?", "Spokesperson Lin Yuan: Drei Tage.",
               "INTERLOCUTORA: ¿Y después?", "Spokesperson Lin Yuan: Nada más."],
              title="Regular Press Conference of Spokesperson Lin Yuan")
    assert roles(s) == [("Lin Yuan", "statement"), (None, "question"), ("Lin Yuan", "answer"),
                        (None, "question"), ("Lin Yuan", "answer"), (None, "question"),
                        ("Lin Yuan", "answer")]


def test_japanese_section_named_for_its_speaker() -> None:
    s = parse(["【佐倉総理冒頭発言】", "本日、新しい港を開きます。", "【質疑応答】", "（記者）",
               "港の費用は。", "（佐倉総理）", "三百億円です。"], title="佐倉内閣総理大臣記者会見")
    assert roles(s) == [("佐倉総理", "statement"), (None, "question"), ("佐倉総理", "answer")]


def test_named_labels_that_ask_make_an_interview() -> None:
    s = parse(["Aida Karimova: What comes first for the harbour?", "Amara Velden: The railway.",
               "Aida Karimova: And when will it open?", "Amara Velden: Next spring."],
              title="Amara Velden and the Lessa Herald")
    assert s.kind == "interview"
    s = parse(["Amara Velden: Friends, welcome.", "Oskar Lind: Thank you.",
               "Amara Velden: Let us begin with the harbour?"], title="Amara Velden at Lessa")
    assert s.kind == "speech"


def test_a_speaker_left_unmarked_once_among_bold_labels() -> None:
    s = parse(["Господин Президент, каковы итоги?", "Подписано восемь соглашений.",
               "Вопрос: А расходы?", "Т.Арвид: Поровну.", "Когда следующая встреча?",
               "Весной."], title="Пресс-конференция Томаса Арвида",
              labels={0: "Вопрос", 1: "Т.Арвид", 4: "Вопрос", 5: "Т.Арвид"})
    assert [r for _, r in roles(s)] == ["question", "answer"] * 3


def test_an_answers_list_in_lower_case_is_no_speaker() -> None:
    s = parse(["Анна Корт: Чего Вы ждёте от бюджета?", "Томас Арвид: У него две задачи.",
               "Первое: мы сохраним все обязательства.", "Второе: построим дороги.",
               "Анна Корт: А инфляция?", "Томас Арвид: Замедляется."],
              title="Интервью Томаса Арвида")
    assert [speaker for speaker, _ in roles(s)] == ["Анна Корт", "Томас Арвид"] * 2


def test_names_in_capitals_on_lines_of_their_own() -> None:
    s = parse(["TOMÁS ARVID", "Good morning.", "OSKAR LIND", "Thank you.", "QUESTION",
               "Did you discuss the quotas?", "TOMÁS ARVID", "We did."],
              title="Joint press availability with Prime Minister Oskar Lind")
    assert roles(s) == [("Tomás Arvid", "statement"), ("Oskar Lind", "statement"),
                        (None, "question"), ("Tomás Arvid", "answer")]


@pytest.mark.parametrize(("title", "lines", "answers"), [
    ("Entrevista del presidente Tomás Arvid a El Diario de Lessa",
     ["P.— ¿Qué espera de la cumbre?", "R.— Un acuerdo.", "P.— ¿Y después?", "R.— Nada."],
     "Tomás Arvid"),
    ("Cumhurbaşkanı Tomás Arvid, Lessa Gazetesi'ne röportaj verdi",
     ["Soru: Önceliğiniz nedir?", "Cevap: Enflasyon.", "Soru: Ya ilişkiler?", "Cevap: İyi."],
     "Tomás Arvid"),
    ("Prezident Tomas Arvid gazetaga intervyu berdi",
     ["Savol: Maqsad nima?", "Javob: Farovonlik.", "Savol: Yoshlar?", "Javob: Markazlar."],
     "Tomas Arvid"),
    # An office with its portfolio and a comma before the name; a Turkish case ending.
    ("Entrevista del ministro de Relaciones Exteriores, Lucan Orrevi, al diario El Heraldo",
     ["P.– ¿Qué espera?", "R.– Decisiones.", "P.– ¿Y Saldovia?", "R.– Paciencia."],
     "Lucan Orrevi"),
    ("Dışişleri Bakanı Selim Karahanlı'nın Lessa Gazetesine Verdiği Mülakat",
     ["Soru: Önceliğiniz nedir?", "Cevap: Barış.", "Soru: Ya vize?", "Cevap: Yakında."],
     "Selim Karahanlı"),
    # "D. ...?" and "R. ...", each beside the other; the portfolio joined by "degli".
    ("Intervista del Ministro degli Esteri Luca Ferrandi al Corriere di Lessa",
     ["D. Che cosa si aspetta?", "R. Un accordo.", "D. E poi?", "R. La pace."],
     "Luca Ferrandi"),
], ids=["es", "tr", "uz", "es-minister-portfolio", "tr-case-ending", "it-stop-labels"])
def test_bare_answers_are_the_office_holder_the_title_names(title: str, lines: list[str],
                                                          answers: str) -> None:
    assert roles(parse(lines, title=title)) == [(None, "question"), (answers, "answer")] * 2


@pytest.mark.parametrize(("lines", "name"), [
    (["记者：您对峰会有何期待？", "托马斯·阿尔维德：达成协议。", "记者：之后呢？",
      "阿尔维德：继续合作。"],
     "托马斯·阿尔维德"),
    (["سؤال: ما هي أولوياتكم؟", "الرئيس توماس أرفيد: الاقتصاد.", "سؤال: والعلاقات؟",
      "الرئيس أرفيد: جيدة."], "توماس أرفيد"),
], ids=["zh-middle-dot", "ar-office"])
def test_one_name_per_person_without_capitals(lines: list[str], name: str) -> None:
    assert {speaker for speaker, _ in roles(parse(lines))} == {None, name}


def test_a_moderator_answers_nobody_and_named_journalists_ask() -> None:
    s = parse(["И.Вард: Начинаем пресс-конференцию.", "Т.Арвид: Добрый день, коллеги. Год был "
               "непростым, но мы построили мост и две школы.", "А.Корт: Когда откроют дорогу?",
               "Т.Арвид: В 2026 году, финансирование уже выделено.",
               "Б.Ильин: Будут ли повышены пенсии?", "Т.Арвид: Будут, на восемь процентов.",
               "Модератор: Последний вопрос.", "Вопрос: А зарплаты?", "Т.Арвид: Тоже."],
              title="Пресс-конференция Томаса Арвида")
    assert [r for _, r in roles(s)] == ["statement", "statement", "question", "answer",
                                        "question", "answer", "statement", "question", "answer"]


def test_a_journalist_who_introduces_herself_is_named_in_full() -> None:
    s = parse(["Т.Арвид: Добрый день, коллеги. Год был непростым.",
               "А.Корт: Анна Корт, «Лесские ведомости». Когда откроют дорогу?",
               "Т.Арвид: В 2026 году.", "А.Корт: А мост?", "Т.Арвид: Тоже."],
              title="Пресс-конференция Томаса Арвида", lead="Томас Арвид ответил на вопросы.")
    assert {speaker for speaker, _ in roles(s)} == {"Томас Арвид", "Анна Корт"}


def test_words_that_bring_in_a_quotation_are_no_speakers() -> None:
    s = parse(["بعث الرئيس برقية تهنئة إلى رئيس فيلوريا.", "وجاء في البرقية: أتمنى لكم التوفيق.",
               "وأضاف الرئيس حداد: نحن معكم.", "The message reads: Congratulations."],
              title="برقية تهنئة")
    assert s.turns == []


def test_dash_answers_by_the_office_holder_a_title_names_in_the_genitive() -> None:
    s = parse(["Пане Президенте, що буде першим?", "- Гавань. Її відкриють у травні.",
               "- А залізниця?", "- Наступної весни."],
              title="Інтерв’ю Президента Велорії Томаса Арвіда газеті «Лесські відомості»")
    assert [speaker for speaker, role in roles(s) if role == "answer"] == ["Томас Арвід"] * 2


def test_an_office_a_comma_and_a_name_is_an_official_not_an_outlet() -> None:
    s = parse(["Buenos días.", "¿Y el puerto?", "Abrirá en mayo.", "¿Y el ferry?", "También."],
              title="Conferencia de prensa matutina del presidente Tomás Arvid",
              labels={0: "PRESIDENTE TOMÁS ARVID", 1: "PREGUNTA",
                      2: "SECRETARIA DE SALUD, MARÍA ELENA QUIROGA",
                      3: "Jonas Reed, Veloria Radio", 4: "PRESIDENTE TOMÁS ARVID"})
    assert roles(s) == [("Tomás Arvid", "statement"), (None, "question"),
                        ("María Elena Quiroga", "answer"), ("Jonas Reed", "question"),
                        ("Tomás Arvid", "answer")]


# Labels as other transcripts write them: after a recording's time code, with an outlet after
# a comma, with two notes in brackets, an office and its place, in the scripts without capitals
# of South and Southeast Asia, and Japanese speakers in 【】 on lines of their own.
OTHER_LABELS = [
    (["[00:00:41] Question: When will the bridge open?", "[00:00:45] President Arvid: In May.",
      "[00:01:10] Question: And the toll?", "[00:01:14] President Arvid: There is none."],
     [(None, "question"), ("Tomás Arvid", "answer")] * 2),
    (["Maria Koss, Lessa Daily: When will the bridge open?", "Tomás Arvid: In May.",
      "Jan Brell, Radio Lessa: And the toll?", "Tomás Arvid: There is none."],
     [("Maria Koss", "question"), ("Tomás Arvid", "answer"), ("Jan Brell", "question"),
      ("Tomás Arvid", "answer")]),
    (["Question (Lessa Radio) (through interpreter): When will the bridge open?",
      "Tomás Arvid: In May.", "Question (Ostrava Today): And the toll?",
      "Tomás Arvid: There is none."],
     [(None, "question"), ("Tomás Arvid", "answer")] * 2),
    (["Official Spokesperson, Shri Arjun Vedant: Good afternoon.",
      "Question: When will the bridge open?",
      "Joint Secretary (Europe West), Smt. Kavita Rao: In May.",
      "Question: And the toll?", "Official Spokesperson, Shri Arjun Vedant: There is none."],
     [("Arjun Vedant", "statement"), (None, "question"), ("Kavita Rao", "answer"),
      (None, "question"), ("Arjun Vedant", "answer")]),
    (["Question : Quand le pont ouvrira-t-il ?", "Le Président de la République : En mai.",
      "Question : Et le péage ?", "Le Président de la République : Il n'y en aura pas."],
     [(None, "question"), ("Tomás Arvid", "answer")] * 2),
    (["প্রশ্ন: সেতুটি কবে খুলবে?", "রাষ্ট্রপতি: মে মাসে।", "প্রশ্ন: টোল কত?",
      "রাষ্ট্রপতি: কোনো টোল নেই।"],
     [(None, "question"), ("রাষ্ট্রপতি", "answer")] * 2),
    (["Phóng viên: Khi nào cây cầu sẽ thông xe?", "Tomás Arvid: Tháng Năm.",
      "Phóng viên: Còn phí qua cầu?", "Tomás Arvid: Không có."],
     [(None, "question"), ("Tomás Arvid", "answer")] * 2),
    (["【記者】", "橋はいつ開通しますか。", "【アルヴィド大統領】", "5月です。", "【記者】",
      "通行料は。", "【アルヴィド大統領】", "ありません。"],
     [(None, "question"), ("アルヴィド大統領", "answer")] * 2),
]


@pytest.mark.parametrize("lines,expected", OTHER_LABELS,
                         ids=["time-codes", "outlet-after-comma", "two-notes",
                              "office-before-comma", "office-of-place", "bengali",
                              "vietnamese-reporter", "japanese-lenticular"])
def test_labels_of_other_transcripts(lines: list[str],
                                     expected: list[tuple[str | None, str]]) -> None:
    title = "Conférence de presse du Président Tomás Arvid" if "Question :" in lines[0] \
        else "Press conference of President Tomás Arvid"
    assert roles(parse(lines, title=title)) == expected


def test_a_section_in_lenticular_brackets_once_is_no_speaker() -> None:
    s = parse(["【概要】", "大統領は港を訪問した。", "新しい橋は5月に開通する。"],
              title="大統領の港訪問")
    assert s.turns == []
    assert s.text.startswith("【概要】")


def test_a_salutation_before_a_speech_is_no_speaker() -> None:
    s = parse(["Ladies and Gentlemen:", "I am delighted to open the harbour today.",
               "It has twelve piers."], title="Speech by President Tomás Arvid at the harbour")
    assert s.turns == []


def test_a_questions_label_may_name_its_journalist_and_a_bare_office_the_titled() -> None:
    s = parse(["Question (Meera Kapoor, Lessa Times): When will the bridge open?",
               "Presiden: Bulan Mei.", "Question: And the toll?", "Presiden: Tidak ada."],
              title="Keterangan Pers Presiden Tomás Arvid di Pelabuhan Alby")
    assert roles(s) == [("Meera Kapoor", "question"), ("Tomás Arvid", "answer"),
                        (None, "question"), ("Tomás Arvid", "answer")]


def test_an_office_before_a_surname_with_its_particle() -> None:
    s = parse(["Minister-president De Wilde: Goedenavond.", "Vraag: Wanneer gaat de brug open?",
               "Minister-president De Wilde: In mei."], title="Persconferentie na de ministerraad",
              lead="Persconferentie met minister-president Maarten de Wilde over de brug.")
    assert {t.speaker for t in s.turns if t.role != "question"} == {"Maarten de Wilde"}


@pytest.mark.parametrize("lines,title,expected", [
    (["【北川外務大臣】本日から訪問します。", "【NHK 中村記者】予定は。",
      "【北川外務大臣】三日間です。", "【NHK 中村記者】ありがとうございました。"],
     "北川外務大臣会見記録",
     [("北川外務大臣", "statement"), (None, "question"), ("北川外務大臣", "answer"),
      (None, "question")]),
    (["Q. 정상회담 일정은?", "A. 다음 달입니다.", "Q. 의제는?", "A. 경제 협력입니다."],
     "대변인 브리핑",
     [(None, "question"), (None, "answer")] * 2),
    (["الرئيس عبد الرحمن الشناوي:", "نرحب بالضيوف.", "سؤال - صحيفة الأهرام:", "متى يبدأ المشروع؟",
      "الرئيس عبد الرحمن الشناوي:", "في مايو."], "مؤتمر صحفي مشترك",
     [("عبد الرحمن الشناوي", "statement"), (None, "question"), ("عبد الرحمن الشناوي", "answer")]),
], ids=["japanese-lenticular-inline", "q-and-a-before-hangul", "arabic-labels-alone"])
def test_labels_of_east_asian_and_arabic_transcripts(
        lines: list[str], title: str, expected: list[tuple[str | None, str]]) -> None:
    assert roles(parse(lines, title=title)) == expected


def test_questions_in_bold_ending_in_a_cjk_question_mark() -> None:
    blocks = [Block("记者就莱萨港项目采访了阿尔维德总统。"),
              Block("莱萨港项目进展如何？", heading=True), Block("项目进展顺利。"),
              Block("何时完工？", heading=True), Block("明年五月。")]
    s = parse_document(Document(blocks=blocks, title="阿尔维德总统接受专访"), Source(format="test"))
    assert [t.role for t in s.turns] == ["question", "answer", "question", "answer"]


def test_a_sub_heading_inside_an_answer_is_no_question() -> None:
    blocks = [Block("Minister Varga spoke to Lessa Daily after the summit."),
              Block("Minister, what did the summit achieve?", heading=True),
              Block("Three things. I will take them one by one."),
              Block("The energy corridor", heading=True), Block("First, the corridor opens."),
              Block("And the refugees?", heading=True), Block("They will be housed in Orvil.")]
    s = parse_document(Document(blocks=blocks, title="Interview of Minister Ilse Varga"),
                       Source(format="test"))
    assert [t.role for t in s.turns] == ["question", "answer", "question", "answer"]
    assert "First, the corridor opens." in s.turns[1].text


def test_an_outlet_in_quotes_as_a_label_asks() -> None:
    s = parse(["«Dunyo»: Janob Prezident, qanday hujjatlar imzolanadi?",
               "Tomás Arvid: Temir yo'l bitimi.", "«Dunyo»: Rahmat.", "Tomás Arvid: Rahmat."],
              title="Prezident Tomás Arvid «Dunyo» agentligiga intervyu berdi")
    assert roles(s) == [(None, "question"), ("Tomás Arvid", "answer")] * 2


@pytest.mark.parametrize("labels,expected", [
    ({0: "Rzecznik rządu Katrin Mohl", 1: "Premier Jonas Krell", 2: "K. Mohl", 3: "J. Krell"},
     ["Katrin Mohl", "Jonas Krell", "Katrin Mohl", "Jonas Krell"]),
    ({0: "托马斯·阿尔维德总统", 1: "约纳斯·克雷尔总理（经传译）", 2: "阿尔维德", 3: "克雷尔"},
     ["托马斯·阿尔维德", "约纳斯·克雷尔", "托马斯·阿尔维德", "约纳斯·克雷尔"]),
    ({0: "Präsident Tomás Arvid", 1: "Präsidentin Ilse Rendahl", 2: "P Arvid",
      3: "P’in Rendahl"}, ["Tomás Arvid", "Ilse Rendahl", "Tomás Arvid", "Ilse Rendahl"]),
], ids=["initials-with-a-space", "cjk-office-and-note", "german-protocol-abbreviations"])
def test_short_labels_are_the_full_names_person(labels: dict[int, str],
                                                expected: list[str]) -> None:
    s = parse(["Dzień dobry.", "Dziękuję.", "Tak.", "Nie."], title="Konferencja prasowa",
              labels=labels)
    assert [t.speaker for t in s.turns] == expected


def test_an_office_after_the_interviewees_name_is_hers() -> None:
    s = parse(["Bonjour Marta Selin.", "Bonjour.", "Qui touchera l'aide ?", "312 000 foyers."],
              title="Entretien de Marta Selin, Première ministre, sur Radio Lessa",
              lead="Marta Selin, Première ministre, était l’invitée de Marc Ollier sur Radio "
                   "Lessa.",
              labels={0: "Marc Ollier", 1: "Marta Selin, Première ministre", 2: "Marc Ollier",
                      3: "Marta Selin"})
    assert roles(s)[1:] == [("Marta Selin", "answer"), ("Marc Ollier", "question"),
                            ("Marta Selin", "answer")]


def test_a_label_that_is_the_outlet_the_title_quotes_asks() -> None:
    s = parse(["Prezidenta kungs, vai Velorija ir gatava?", "Esam daudz labāk sagatavoti.",
               "Bet cenas joprojām ir augstas.", "Jā, un valdībai jāpalīdz."],
              title="Valsts prezidenta Tomāsa Arvida intervija laikrakstam “Lesas Vēstis”",
              labels={0: "Lesas Vēstis", 1: "T. Arvids", 2: "Lesas Vēstis", 3: "T. Arvids"})
    assert [t.role for t in s.turns] == ["question", "answer"] * 2
    assert s.turns[0].speaker is None
    assert "Lesas Vēstis" not in [p.name for p in s.participants]


def test_an_interpreters_note_in_a_cjk_label() -> None:
    s = parse(["司会：ただいまより共同記者会見を行います。",
               "アルビド大統領：本日は合意に署名しました。",
               "フェロ首相（通訳）：温かい歓迎に感謝します。",
               "記者：橋はいつ完成しますか。",
               "フェロ首相(通訳)：来年の秋です。"],
              title="アルビド大統領とフェロ首相の共同記者会見")
    assert [t.speaker for t in s.turns] == ["司会", "アルビド大統領", "フェロ首相", None,
                                            "フェロ首相"]


def test_a_chinese_name_after_its_office_is_the_name() -> None:
    s = parse(["发言人林悦：女士们、先生们，下午好。", "问：你能否介绍此访的安排？",
               "林悦：访问期间将举行会谈。"], title="外交部发言人林悦主持例行记者会")
    assert roles(s) == [("林悦", "statement"), (None, "question"), ("林悦", "answer")]


def test_an_outlet_that_numbers_itself() -> None:
    s = parse(["Lucía Ramos, Canal 4: Presidente, ¿cuándo empiezan las obras del puente?",
               "Tomás Arvid: En octubre.", "Lucía Ramos: ¿Y cuánto costarán?",
               "Tomás Arvid: Doce millones."],
              title="Entrevista del presidente Tomás Arvid con Canal 4")
    assert roles(s) == [("Lucía Ramos", "question"), ("Tomás Arvid", "answer"),
                        ("Lucía Ramos", "question"), ("Tomás Arvid", "answer")]


def test_a_full_name_alone_once_then_shortened() -> None:
    # The full name labels the first question alone on its line, the initialled one the
    # others; "в Оранту" before the name in the lead is a place, not part of the name.
    s = parse(["Ольга Сереброва, «Вести Оранта»:", "Господин Президент, чего вы ждёте от визита?",
               "Томас Арвид:", "Конкретных решений.", "О.Сереброва:", "А что с визами?",
               "Т.Арвид:", "Мы предложим их отменить.", "О.Сереброва:", "Спасибо за беседу.",
               "Т.Арвид:", "Вам спасибо."],
              title="Интервью Президента газете «Вести Оранта»",
              lead="Накануне визита в Оранту Томас Арвид ответил на вопросы обозревателя "
                   "газеты «Вести Оранта» Ольги Серебровой.")
    assert roles(s) == [("Ольга Сереброва", "question"), ("Томас Арвид", "answer")] * 3


def test_an_office_with_its_place_in_lower_case_before_the_name() -> None:
    s = parse(["Prezydent Tomás Arvid: Dziękuję Państwu za przybycie.",
               "Marszałek regionu Kessa Ewa Dobrowolska: Chciałabym dodać, że rodziny czekają.",
               "T. Arvid: Rozumiem. Saperzy będą w regionie.", "E. Dobrowolska: Dziękujemy."],
              title="Spotkanie Prezydenta z samorządowcami regionu Kessa")
    assert [t.speaker for t in s.turns] == ["Tomás Arvid", "Ewa Dobrowolska", "Tomás Arvid",
                                            "Ewa Dobrowolska"]


def test_an_introduction_before_dashes_that_open_with_a_question() -> None:
    s = parse(["Foreign Minister Armen Dorian gave an interview to the Lessa Times.",
               "- Minister, why did you travel to Ostrava?", "- To agree on the border crossings.",
               "- Are there questions still open?", "- Only technical ones."],
              title="Interview of Foreign Minister Armen Dorian to the Lessa Times")
    assert [t.role for t in s.turns] == ["question", "answer", "question", "answer"]
    assert s.turns[0].text == "Minister, why did you travel to Ostrava?"


def test_who_issued_a_release_is_no_speaker() -> None:
    s = parse(["Serikali inakaribisha makubaliano yaliyofikiwa jana usiku huko Kastel.",
               "Msaada wa dharura utatumwa kesho.", "Kitengo cha Mawasiliano Serikalini, Lessa."],
              title="Taarifa kwa umma kuhusu usitishaji mapigano", labels={2: "Imetolewa na"})
    assert s.turns == []


def test_a_letter_and_a_stop_is_an_initial_without_its_pair() -> None:
    s = parse(["R. Velden opened the harbour.", "D. Marsh thanked the workers."],
              title="Harbour opens")
    assert s.turns == []


def test_an_initial_before_a_surnames_label_is_no_stop_label() -> None:
    s = parse(["T. Arvid: Welcome to Lessa.", "P. Lasek: Thank you, Mr President.",
               "T. Arvid: The roads come first.", "P. Lasek: We agree."],
              title="Meeting with the mayors of the Kessa region")
    assert [speaker for speaker, _ in roles(s)] == ["T. Arvid", "P. Lasek"] * 2


def test_a_question_under_an_outlets_name_set_in_bold_with_it_is_asked() -> None:
    # "<p><strong>L'Écho de Lessa : …?</strong></p>" over "<p><strong>Tomás Arvid :</strong>
    # …</p>": the markup marks only the answers' labels; the outlet's asks.
    s = parse(["L'Écho de Lessa : Monsieur le Président, allez-vous reculer ?", "Non.",
               "L'Écho de Lessa : Et le port ?", "Il ouvrira en mai."],
              labels={1: "Tomás Arvid", 3: "Tomás Arvid"},
              title="Entretien du Président Tomás Arvid avec le quotidien « L'Écho de Lessa »")
    assert roles(s) == [(None, "question"), ("Tomás Arvid", "answer"),
                        (None, "question"), ("Tomás Arvid", "answer")]


def test_a_written_label_that_asks_nothing_stays_text_beside_marked_labels() -> None:
    s = parse(["Economy: the harbour opens in May.", "Non.", "Railway: next spring.", "Oui."],
              labels={1: "Tomás Arvid", 3: "Tomás Arvid"}, title="Entretien avec Tomás Arvid")
    assert [t.speaker for t in s.turns] == ["Tomás Arvid", "Tomás Arvid"]


@pytest.mark.parametrize("ask", ["問", "提問"])
def test_japanese_and_traditional_chinese_question_labels(ask: str) -> None:
    s = parse([f"{ask}：港はいつ開きますか。", "答：五月です。", f"{ask}：鉄道は？",
               "答：来年の春です。"], title="アルヴィド大統領インタビュー")
    assert [t.role for t in s.turns] == ["question", "answer", "question", "answer"]
    assert all(t.speaker != ask for t in s.turns)


def test_a_press_conferences_topics_line_is_no_speaker() -> None:
    s = parse(["Kabinettssitzung, Hafen, Eisenbahn", "Guten Tag.", "Wann öffnet er?", "Im Mai."],
              labels={0: "Themen", 1: "StSin Wellhöfer", 2: "Frage", 3: "StSin Wellhöfer"},
              title="Regierungspressekonferenz vom 12. März 2025")
    assert "Themen" not in {t.speaker for t in s.turns}
    assert "Themen" not in {p.name for p in s.participants}


def test_letter_labels_with_a_hyphen_between_spaces() -> None:
    s = parse(["Q - Madame la Ministre, le port ouvrira-t-il ?", "R - Oui, en mai.",
               "Q - Et le chemin de fer ?", "R - Au printemps."])
    assert [t.role for t in s.turns] == ["question", "answer", "question", "answer"]


def test_speakers_before_a_dash_as_a_set() -> None:
    s = parse(["Sero Altunyan – Good afternoon. The government met today.",
               "Question – Is the transit agreement ready?",
               "Sero Altunyan – It is in its last stage.", "Question – Thank you."],
              title="Press conference of Prime Minister Sero Altunyan")
    assert roles(s) == [("Sero Altunyan", "statement"), (None, "question"),
                        ("Sero Altunyan", "answer"), (None, "question")]


def test_a_dash_in_sentences_labels_nobody() -> None:
    s = parse(["Lessa – the capital – opened its harbour.", "Question – what comes next?",
               "The railway – in spring."], title="Harbour day")
    assert s.turns == []


def test_names_alone_on_their_lines_weigh_the_words_under_them() -> None:
    # The moderator's name is the longest, but the candidate says the most: he answers.
    s = parse(["MODERATOR LENA ORSK", "Mr Arvid, what about the harbour?", "ARVID",
               "The harbour opens in May. It will employ two thousand people, and the "
               "railway will follow in spring, as we promised in the campaign.",
               "MODERATOR LENA ORSK", "And the ferry?", "ARVID",
               "The ferry will sail from Lessa to Port Arlen every day from the summer."],
              title="Interview with Tomás Arvid")
    assert [t.role for t in s.turns] == ["question", "answer", "question", "answer"]


@pytest.mark.parametrize(("ask", "answer"), [("Tanya", "Jawab"), ("追问", "答")])
def test_more_question_and_answer_words(ask: str, answer: str) -> None:
    s = parse([f"{ask}: Kapan pelabuhan dibuka?", f"{answer}: Pada bulan Mei.",
               f"{ask}: Dan kereta api?", f"{answer}: Musim semi."])
    assert [(t.speaker, t.role) for t in s.turns][:2] == [(None, "question"), (None, "answer")]


def test_a_bold_topics_note_leaves_the_written_labels_their_turns() -> None:
    s = parse(["Drought relief, the harbour", "SARAH KEMP: Prime Minister, when will it rain?",
               "PRIME MINISTER: Not soon, Sarah, so we help the farmers now.",
               "SARAH KEMP: And the harbour?", "PRIME MINISTER: It opens in May."],
              labels={0: "Topics"}, title="Radio interview with the Prime Minister")
    assert [t.role for t in s.turns] == ["question", "answer", "question", "answer"]
    assert "Topics" not in {t.speaker for t in s.turns}


def speakers(statement: Statement) -> list[str | None]:
    return [t.speaker for t in statement.turns]


@pytest.mark.parametrize(("lines", "expected"), [
    # A reporter's word before the outlet asks, unnamed; before a name and a comma, named.
    (["Rzeczniczka rządu Ewa Sowińska: Dzień dobry państwu.",
      "Premier Tadeusz Kornel: Rząd przyjął dziś program.",
      "Dziennikarka Radia Lessa: Ile to będzie kosztować?",
      "Tadeusz Kornel: Czterysta milionów.",
      "Paweł Rudnicki, „Gazeta Nadmorska”: A kiedy?",
      "Tadeusz Kornel: Jeszcze w tym roku.",
      "E. Sowińska: Dziękuję państwu."],
     ["Ewa Sowińska", "Tadeusz Kornel", None, "Tadeusz Kornel", "Paweł Rudnicki",
      "Tadeusz Kornel", "Ewa Sowińska"]),
    (["Porta-voz Davi Lobo: Bom dia a todos.",
      "Jornalista Carla Neves, do Jornal da Lessa: Quando começa a obra?",
      "Porta-voz: Em maio."],
     ["Davi Lobo", "Carla Neves", "Davi Lobo"]),
    (["بهرام کاویانی: با سلام خدمت خبرنگاران عزیز.",
      "خبرنگار خبرگزاری لسا: آیا سفر انجام می‌شود؟", "بهرام کاویانی: بله.",
      "خبرنگار روزنامه «صدای مرو»: چه زمانی؟", "بهرام کاویانی: هفته آینده."],
     ["بهرام کاویانی", None, "بهرام کاویانی", None, "بهرام کاویانی"]),
    (["Председница Амара Велден: Добар дан.", "Новинарка Радио Лесе: Када?",
      "Велден: У мају."],
     ["Амара Велден", None, "Амара Велден"]),
    (["林澈：下午好。", "《海岸晨报》记者：请问何时开通？", "林澈：五月。"],
     ["林澈", None, "林澈"]),
], ids=["pl", "pt", "fa", "sr", "zh"])
def test_reporters_and_offices_of_more_languages(lines: list[str],
                                                 expected: list[str | None]) -> None:
    assert speakers(parse(lines, title="Press conference")) == expected


@pytest.mark.parametrize(("labelled", "expected"), [
    ([("Thủ tướng Lâm Văn Khải", "Xin chào."),
      ("PV", "Thưa Thủ tướng, tuyến cao tốc có ý nghĩa gì?"), ("Thủ tướng", "Rất lớn."),
      ("PV", "Xin cảm ơn Thủ tướng!")],
     ["Lâm Văn Khải", None, "Lâm Văn Khải", None]),
    ([("ანა ლომიძე", "გმადლობთ, რომ დღეს აქ ხართ."), ("ნიკო ართმელაძე", "მადლობა."),
      ("ლომიძე", "რა იქნება შემდეგ?"), ("ართმელაძე", "ახალი პორტი.")],
     ["ანა ლომიძე", "ნიკო ართმელაძე", "ანა ლომიძე", "ნიკო ართმელაძე"]),
], ids=["vi", "ka"])
def test_block_labels_of_offices_and_surnames_in_more_languages(
        labelled: list[tuple[str, str]], expected: list[str | None]) -> None:
    s = parse([text for _, text in labelled], title="Phỏng vấn",
              lead="Thủ tướng Lâm Văn Khải trả lời phỏng vấn.",
              labels={k: label for k, (label, _) in enumerate(labelled)})
    assert speakers(s) == expected


def test_a_surname_with_an_address_takes_the_given_name_the_text_gives() -> None:
    s = parse(["THE PRESIDENT: Our Press Secretary, Tavi Orlen, will call on a few of you.",
               "MS. ORLEN: Ivo Marn, Lessa Daily.", "Q: When does the harbour open?",
               "THE PRESIDENT: In May."], title="Press conference of President Amara Velden")
    assert "Tavi Orlen" in speakers(s)


def test_the_name_in_the_label_wins_over_a_case_form_in_the_lead() -> None:
    s = parse(["Prezident Amara Velden: Hörmətli cənab Prezident.",
               "Prezident Rauf Qaraşlı: Təşəkkür edirəm."], title="Mətbuata bəyanatlar",
              lead="Lessa, 14 mart. Saldoviya Respublikasının Prezidenti Rauf Qaraşlı ilə "
                   "Veloriya Prezidenti Amara Veldenin danışıqlarından sonra dövlət başçıları "
                   "mətbuata bəyanatlarla çıxış ediblər")
    assert speakers(s) == ["Amara Velden", "Rauf Qaraşlı"]


def test_turkish_capitals_lower_as_turkish_does() -> None:
    s = parse(["SELİN AYDIN: Sayın Cumhurbaşkanı, liman ne zaman açılacak?",
               "AMARA VELDEN: Mayıs ayında.", "SELİN AYDIN: Teşekkür ederim."],
              title="Cumhurbaşkanı Velden'in Lessa Gazetesi'ne röportajı")
    assert speakers(s)[0] == "Selin Aydın"


def test_georgian_labels_before_words_that_unicode_calls_lower_case() -> None:
    s = parse(["ნინო ცერცვაძე: ბატონო პრეზიდენტო, რას აპირებს სახელმწიფო?",
               "ამარა ველდენი: ჩვენ ვქმნით ახალ სამუშაო ადგილებს.",
               "ნინო ცერცვაძე: გმადლობთ ინტერვიუსთვის.", "ამარა ველდენი: გმადლობთ თქვენ."],
              title="ამარა ველდენი: „ჩვენი მთავარი ამოცანა“")
    assert speakers(s) == ["ნინო ცერცვაძე", "ამარა ველდენი", "ნინო ცერცვაძე", "ამარა ველდენი"]


def test_an_office_label_alone_in_an_interview_is_the_interviewees() -> None:
    s = parse(["Habarçy: Hormatly Prezident, port haçan açylar?", "Prezident: Maý aýynda.",
               "Habarçy: Sag boluň."], title="Prezidentiň «Lessa Habarlary» gazetine interwýusy",
              lead="Weloriýanyň Prezidenti Amara Velden «Lessa Habarlary» gazetiniň habarçysy "
                   "Aýna Gurbanowa bilen söhbetdeş boldy.")
    assert speakers(s)[1] == "Amara Velden"


def test_persian_labels_with_a_zero_width_non_joiner() -> None:
    s = parse(["خبرنگار: آقای رئیس‌جمهور، بندر کی افتتاح می‌شود؟", "رئیس‌جمهور: در ماه مه.",
               "خبرنگار: متشکرم.", "رئیس‌جمهور: خواهش می‌کنم."],
              title="گفت‌وگوی رئیس‌جمهور با روزنامه لسا")
    assert (s.kind, len(s.turns)) == ("interview", 4)


def test_the_asker_named_after_a_questions_letter() -> None:
    s = parse(["P.- (Laura Méndez, Radio Sur) Presidente, ¿cuándo abre el puerto?",
               "R.- En mayo.", "P.- (Tomás Ibarra, Diario de Lessa) ¿Y el ferrocarril?",
               "R.- El año que viene."], title="Rueda de prensa del presidente Amara Velden")
    assert speakers(s)[::2] == ["Laura Méndez", "Tomás Ibarra"]


def test_a_persons_office_and_country_before_the_name_set_apart_by_commas() -> None:
    s = parse(["- Domnule Președinte, când se deschide portul?", "- În mai."],
              title="Interviul Președintelui pentru ziarul Lessa",
              lead="Președintele Republicii Saldovia, Mircea Velden, a acordat un interviu "
                   "ziarului Lessa. Interviul a fost realizat de Andreea Comănici.")
    assert speakers(s) == ["Andreea Comănici", "Mircea Velden"]


def test_an_office_label_alone_is_the_one_named_answerer_of_an_interview() -> None:
    s = parse(["Question : Monsieur le Président, quand ouvrira le port ?",
               "Amara Velden : En mai.", "Question : Et le chemin de fer ?",
               "Le Président : L'an prochain."],
              title="Entretien du Président de la République avec le quotidien « Lessa Soir »")
    assert speakers(s) == [None, "Amara Velden", None, "Amara Velden"]


def test_initials_the_intro_gives_and_an_offices_initials() -> None:
    s = parse(["AK: Prime Minister, thank you for speaking with us.", "PM: Thank you.",
               "AK: Growth slowed last year. Are you worried?", "PM: Not at all."],
              title="Interview with PM Amara Velden",
              lead="Prime Minister Amara Velden was interviewed by Arianne Koh (AK) of Lessa "
                   "News Network (LNN) on 11 March 2025.")
    assert speakers(s) == ["Arianne Koh", "Amara Velden", "Arianne Koh", "Amara Velden"]


def test_a_credit_line_is_no_turn() -> None:
    s = parse(["Razgovarao: Miloš Perović", "Pitanje: Šta se promenilo?",
               "Ana Jovović: Sve.", "Pitanje: Hvala.", "Ana Jovović: Hvala vama.",
               "Фото: Офіс Президента Велорії"], title="Intervju ministarke Ane Jovović")
    assert [t.speaker for t in s.turns if t.role == "answer"] == ["Ana Jovović"] * 2
    assert len(s.turns) == 4


def test_one_bold_field_over_a_transcript_of_plain_labels() -> None:
    s = parse(["Ralf Engel", "VORS. ENGEL: Guten Tag! Ich übergebe an Frau Reinsch.",
               "SRS'IN REINSCH: Vielen Dank. Die Kanzlerin reist nach Lessa.",
               "FRAGE HOLM: Wann reist sie?", "SRS'IN REINSCH: Am Donnerstag."],
              title="Regierungspressekonferenz vom 14. März 2025",
              lead="Sprecherin: stellvertretende Regierungssprecherin Paula Reinsch",
              labels={0: "Vorsitzender"})
    assert speakers(s) == ["Ralf Engel", "Paula Reinsch", "Holm", "Paula Reinsch"]



def test_a_bare_answer_is_the_principals_not_the_moderators() -> None:
    s = parse(["MODERATOR: Good afternoon, Mr President, dear students. Thank you all for coming "
               "here today, and thank you for your many questions, which we have sorted.",
               "PRESIDENT VELL: Thank you, Professor Pell.",
               "MODERATOR: The first question, please.",
               "QUESTION: Will internships be paid?", "ANSWER: Yes, at least the minimum wage.",
               "QUESTION: And the hospital?", "ANSWER: In the regions first."],
              title="Questions and answers with students of Lessa State University",
              lead="President Marko Vell met students of Lessa State University.")
    assert [t.speaker for t in s.turns if t.role == "answer"] == ["Marko Vell"] * 2
