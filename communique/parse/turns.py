"""Paragraphs -> the statement's text and its turns, in every common transcript form.

Forms, tried in this order:

    labels       a speaker label per turn: ``Block.label`` from HTML, or a label the
                 text writes (``Vladimir Putin:``, ``MS. PSAKI:``, ``Q``, ``Вопрос:``,
                 ``The President.``), or a paragraph that is only a speaker's label
                 (``Name (retranslated):``); a paragraph without one continues the
                 turn before, so there are as many turns as labelled paragraphs
    dashes       unnamed "- " turns alternating question and answer; the paragraph just
                 before the first dash is the first question when it has no dash
    bold         an interview whose questions the markup sets in bold (``Block.heading``):
                 from the first bold question on, bold paragraphs ask, plain ones answer
    alternating  an interview with no marks: paragraphs ending in "?" ask, the rest answer

``Statement.text`` keeps each paragraph as the page shows it, labels and dashes
included, so that it reads (and is cited) like the page; a turn's ``text`` is
``Statement.text[start:end]``, which leaves the label or dash out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..models import Block, Turn
from .dates import HOUR_WORDS, find_datetime, find_day_month
from .interviewers import credit
from .kinds import LETTER_SALUTATION
from .language import CJK_CHARS, CLOSING_QUOTES, QUESTION_MARKS
from .names import name_of, names_in
from .speakers import (
    ANSWER_LABELS,
    NOTE_LABELS,
    OFFICE_WORDS,
    OUTLET_QUOTES,
    PLACE_LINKS,
    QUESTION_LABELS,
    QUESTION_OPENINGS,
    REPORTER_WORDS,
    UPPER,
    SpeakerNames,
    clean_label,
    has_office_title,
    is_answer_label,
    is_moderator,
    is_office,
    is_question_label,
    named_asker,
    names_outlet,
    opens_lower,
    other_office,
)

_CAP = rf"[«„“]?[{UPPER}][\w’'.\-]*[»”“\"]?"  # an outlet in quotes too: «Dunyo», „Gazeta”
_LINK = (r"(?:of|the|from|de|van|von|bin|al|der|and|for|on|at|in|la|le|les|du|des|del|della|"
         r"da|do|dos|das|di|y|et|und)")
_NAME = rf"{_CAP}(?:\s+(?:{_CAP}|{_LINK})){{0,9}}"
# A name, an outlet or office after a comma ("Maria Koss, Lessa Daily"), and up to two notes
# in brackets ("Question (Saldovian Television) (through interpreter)").
_NOTE = r"\s*\([^()]{1,40}\)"
# An outlet may number itself: "Lucía Ramos, Canal 4".
_OUTLET = rf"(?:{_LINK}\s+)?{_CAP}(?:\s+(?:{_CAP}|{_LINK}|\d{{1,4}}(?![\w.]))){{0,9}}"
_FULL_NAME = rf"{_NAME}(?:{_NOTE})?(?:,\s+{_OUTLET})?(?:{_NOTE}){{0,2}}"
TEXT_LABEL = re.compile(rf"^(?P<label>{_FULL_NAME})\s*(?::|\.\s?[-–—])\s+(?P<rest>\S)", re.S)
SHORT_LABEL = re.compile(r"^(?P<label>Q|Q\.|The President|THE PRESIDENT)(?:[.:]\s*|\s+)"
                         # or Hangul, kana...; or "-- did they ...", a question broken off
                         r"(?P<rest>[A-ZА-ЯЁ“\"‘'(\d]|[^\x00-\u024f\s]|--|…)")
# A label standing alone, its words in the paragraphs after it: "Oskar Lind (retranslated):".
# One letter for the question or the answer: "Q:", "A:", "P.—", "R.—" (Spanish), "D:".
# Korean's one-syllable question and answer ("문. ...", "답. ..."): a stop or colon after it.
HANGUL_QA = re.compile(r"^(?P<label>[문답])\s*[.:．：]\s*(?P<rest>\S)")
LETTER_LABEL = re.compile(r"^(?P<label>[QAPRD])(?:\.?\s*[—–]|\.-|\s+-(?=\s)|\s*:)\s*(?P<rest>\S)")
# A name or a question's word before a dash between spaces ("Sero Altunyan – ...",
# "Հարց – ..."): a label only as a set (``_dash_labels``); a sentence has such dashes too.
DASH_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w.’'\-]*(?: [^\W\d_][\w.’'\-]*){0,3}) [–—] "
                        r"(?P<rest>\S)")
# "A. The first stage...": the answer after "Q. ...", only where the page asks so (an
# initial opens a sentence too: "A. Velden said").
# So too "D. ...?" and "R. ..." (domanda, risposta; pregunta, respuesta), each only beside
# the other.
# Never an initial before its surname's label ("P. Lasek: ...").
ANSWER_STOP = re.compile(r"^(?P<label>[ADPR])\.\s+(?![^\W\d_][\w’'\-]*\s?:)(?P<rest>[^\W\d_])")
# An office, lower-case words of its place, then the name: "Marszałek regionu Kessa Ewa
# Dobrowolska:", "Губернатор Кесской области И.Мартен:" (its first word must be an office).
OFFICE_LABEL = re.compile(rf"^(?P<label>[{UPPER}][\w’'\-]*(?:\s+[^\s:]+){{1,6}}?\s+"
                          rf"[{UPPER}][\w’'\-.]*(?:\s+[{UPPER}][\w’'\-]*)?)\s*:\s+(?P<rest>\S)")
ALONE_LABEL = re.compile(rf"^(?P<label>{_FULL_NAME})\s*(?::|\.\s?[-–—])$")  # "Pregunta.-"
# The question and answer labels of several words, the second in lower case ("Phóng viên:").
PHRASE_LABEL = re.compile("^(?P<label>(?i:" + "|".join(sorted(
    (re.escape(w) for w in QUESTION_LABELS | ANSWER_LABELS if " " in w), key=len, reverse=True))
    + r"))\s*[:：]\s*(?P<rest>\S)")
# A question's word and more words before the colon: "Question from the floor:", "Frage aus
# dem Publikum:", "Pregunta del público:".
ASKED_LABEL = re.compile("^(?P<label>(?i:" + "|".join(map(re.escape, QUESTION_OPENINGS))
                         + r")(?:\s+[^\s:]+){1,4})\s*[:：]\s*(?P<rest>\S)")
# A recording's time code before a label: "[00:01:10] President Arvid: ...".
TIME_CODE = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?=\S)")
# Chinese, Japanese and Korean labels, which no capital marks: a short name or role before
# a full-width colon ("林晓：", "问："), or in full-width brackets opening the paragraph or
# alone on it ("（記者）"); an interpreter's note may close the name ("フェロ首相（通訳）：").
_CJK_SPEAKER = (rf"(?P<label>[《{CJK_CHARS}][{CJK_CHARS}·・ 《》]{{0,13}}"
                r"(?:\s*[（(][^（()）]{1,10}[）)])?)\s*[：:]")
CJK_LABEL = re.compile(rf"^{_CJK_SPEAKER}\s*(?P<rest>\S)")
# The same label alone on its line, its words in the paragraphs after it ("主持人 王岚：").
CJK_ALONE = re.compile(rf"^{_CJK_SPEAKER}$")
# Labels in scripts without capitals (Arabic, Hebrew, Indic, Thai, Georgian...): a few
# words before a colon ("سؤال:", "الرئيس فانتو:"), kept only as a set like other text labels.
# Also the scripts of South and Southeast Asia and Ethiopia ("প্রশ্ন:", "សំណួរ:", "ጥያቄ:").
# (Persian writes a zero-width non-joiner inside words: "رئیس‌جمهور"; Sinhala and the
# Indic scripts a zero-width joiner: "ප්‍රශ්නය".)
_UNCASED = ("\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f"
            "\u10d0-\u10ff\u1200-\u137f\u1780-\u17ff\u200c\u200d")
# A dash may set an outlet apart: "سؤال - صحيفة الأهرام:" (a question, from Al-Ahram).
_UNCASED_WORD = rf"[«\"“]?[{_UNCASED}]+[»\"”]?"  # an outlet's name in quotes: «صدای مرو»
_UNCASED_WORDS = rf"{_UNCASED_WORD}(?:(?:\s+[-–]\s+|\s+){_UNCASED_WORD}){{0,4}}"
UNCASED_LABEL = re.compile(rf"^(?P<label>{_UNCASED_WORDS})\s*:\s*(?P<rest>\S)")
UNCASED_ALONE = re.compile(rf"^(?P<label>{_UNCASED_WORDS})\s*:$")
BRACKET_LABEL = re.compile(rf"^（(?P<label>[^（）]{{0,13}}[{CJK_CHARS}][^（）]{{0,13}})）\s*"
                           r"(?P<rest>\S)?")
# A section of a Japanese transcript named for its speaker: "【佐倉総理冒頭発言】" (Prime
# Minister Sakura's opening remarks); "【質疑応答】" (questions and answers) names no one.
LENTICULAR = re.compile(r"^【(?P<label>[^【】]{1,15}?)(?:冒頭発言|発言)】$")
# A speaker in such brackets on a line of their own: "【記者】", "【ヴァルガ外務大臣】"; a
# label only when one recurs (a section's "【概要】" does not).
LENTICULAR_NAME = re.compile(r"^【(?P<label>[^【】]{1,15})】(?:$|\s*(?P<rest>\S))")
# Words that bring in a quotation, not a speaker: "وأضاف الرئيس:" (and the President added),
# "The message reads:", "В послании говорится:".
REPORTED = re.compile(r"^(?:و?(?:جاء|أضاف|قال|تابع|أكد|أشار|أوضح|ختم|اختتم)|كما)(?!\w)|"
                      r"\b(?:said|added|reads|read|wrote|stated|noted|говорится|отметил|"
                      r"добавил|сказал|подчеркнул|заявил)\b", re.I)
# "**On Artificial Intelligence:** “...”": a topic's heading over quoted words, no speaker.
TOPIC = re.compile(r"^(?:on|about|regarding|concerning|sur|über|sobre|acerca de|riguardo a|"
                   r"об|про|щодо)\s+\S+", re.I)
DIGIT = re.compile(r"\d")  # a label without one holds no date
DASH = re.compile(r"^[-–—]\s*(?=\S)")
LABEL_BULLETS = "▶►▷▸■□●○◆◇▪◎➤※"  # a transcript's mark before each label
BULLET = re.compile(rf"[{LABEL_BULLETS}]\s*(?=\S)")
ASKER_AFTER = re.compile(r"(\([^()]{3,60},[^()]{2,60}\))\s*(?=\S)")
LABEL_MAX_CHARS = 90
ASK_WORD_CHARS = 20  # a question's word opens a label: "Question", "Pertanyaan", "Zusatzfrage"
DATELINE_YEAR = 2000  # a leap year: a dateline's "29 February" is a date too
MIN_TEXT_LABELS = 2
CALL_CHARS = 120  # a chair's turn that names the next one to ask is short
LETTER_PAIR_TURNS = 4  # "F:" and "A:" twice each at least: a question's letter, an answer's
MARKED_SHARE = 2  # text labels this many times the markup's own are a transcript's too
CREDIT_WORDS = 6  # "Фото: Офіс Президента Дарвенії": a credit's name, at most
SENTENCE_MARKS = (".", "!", "?", "…", "。", "？", "！", "؟")
SUBHEADING_WORDS = 4
CAPITAL_LINE_CHARS = 40  # a name in capitals on a line of its own is this long at most


@dataclass(slots=True)
class Paragraph:
    """A paragraph as shown in the statement text, with where its turn text starts."""

    shown: str
    label: str | None = None
    body_at: int = 0  # offset within ``shown`` where the text after the label begins
    dash: bool = False
    from_block: bool = False  # the label came from the markup, not from the text
    alone: bool = False  # the paragraph is only a label; its turn begins with the next one
    heading: bool = False  # the markup sets it apart: a sub-heading, or a question in bold


@dataclass(slots=True)
class TurnHints:
    """What the rest of the statement knows about who asks and who answers."""

    kind: str
    interviewer: str | None = None
    interviewee: str | None = None
    # People the page names as taking part (lead, tags): they answer rather than ask.
    named: frozenset[str] = frozenset()


def layout(blocks: list[Block]) -> list[Paragraph]:
    """Show each block as a paragraph, finding labels and dashes the text writes."""
    paragraphs = []
    for block in blocks:
        text = block.text.strip()
        label = block.label.strip().rstrip(":").strip() if block.label else ""
        if label and DIGIT.search(label) and find_datetime(label) is not None:
            # "Updated 15 March 2025:": a note of the page's, dated, no one's words.
            paragraphs.append(Paragraph(f"{label}: {text}" if text else f"{label}:"))
            continue
        if label and clean_label(label).lower() not in NOTE_LABELS:
            shown = f"{label}: {text}" if text else f"{label}:"
            body = len(label) + 2
            note = ASKER_AFTER.match(shown, body) if is_question_label(label) else None
            if note is not None:
                # "**P.-** (Laura Méndez, Radio Sur) ...": the asker named after a bold letter.
                label, body = f"{label} {note.group(1)}", note.end()
            paragraphs.append(Paragraph(shown, label, body, from_block=True))
            continue
        paragraph = _read_marks(f"{label}: {text}" if label else text)  # "Note:" is no speaker
        paragraph.heading = block.heading
        paragraphs.append(paragraph)
    for p in paragraphs:
        if p.label and (clean_label(p.label).lower() in NOTE_LABELS
                        or REPORTED.search(p.label) or TOPIC.match(p.label)):
            p.label, p.body_at, p.alone = None, 0, False
    _capital_labels(paragraphs)
    _lenticular_labels(paragraphs)
    _dash_labels(paragraphs)
    _drop_headings(paragraphs)
    _pair_stop_labels(paragraphs)
    _letter_pair(paragraphs)
    _drop_credits(paragraphs)
    text_labels = sum(1 for p in paragraphs if p.label and not p.from_block and not p.alone)
    marked = {clean_label(p.label).lower() for p in paragraphs if p.label and p.from_block}
    # One bold field over a transcript of plain labels ("**Vorsitzender:** Ralf Engel", then
    # "VORS. ENGEL: ..."): the markup's few labels are not the page's only ones.
    outnumbered = text_labels > MARKED_SHARE * sum(1 for p in paragraphs if p.from_block)
    if text_labels < MIN_TEXT_LABELS or text_labels < len(paragraphs) and marked \
            and not outnumbered:
        # A lone "Note:" is not a transcript: text labels count only as a set, and only
        # when the markup marks none (then the markup's labels are the page's own), but
        # for a speaker the markup names elsewhere and a question, left unmarked once,
        # or asked under an outlet's name the markup set in bold with the whole question.
        for p in paragraphs:
            if p.label and not p.from_block and not p.alone and not (marked and (
                    clean_label(p.label).lower() in marked or is_question_label(p.label)
                    or _asks(p.shown.rstrip(CLOSING_QUOTES)))):
                p.label, p.body_at = None, 0
    _keep_alone_labels(paragraphs)
    return paragraphs


def _drop_credits(paragraphs: list[Paragraph]) -> None:
    """A credit is no turn: a label said once over a name or an office alone ("Razgovarao:
    Miloš Perović", "Фото: Офіс Президента", "**Vorsitzender:** Ralf Engel"), a few
    capitalised words and no sentence."""
    said = Counter(clean_label(p.label).lower() for p in paragraphs if p.label)
    for p in paragraphs:
        if not p.label or p.alone or said[clean_label(p.label).lower()] > 1:
            continue
        words = p.shown[p.body_at:].split()
        if 0 < len(words) <= CREDIT_WORDS and not p.shown.rstrip().endswith(SENTENCE_MARKS) \
                and all(w[:1].isupper() or w.lower() in PLACE_LINKS for w in words):
            p.label, p.body_at = None, 0


def _capital_labels(paragraphs: list[Paragraph]) -> None:
    """Names set in capitals on lines of their own, without a colon ("TOMÁS ARVID", then
    the words): labels, when one of them recurs (a heading in capitals does not)."""
    caps = Counter(p.shown for p in paragraphs if not p.label and is_capital_line(p.shown))
    if not caps or max(caps.values()) < 2:
        return
    for p in paragraphs:
        if p.shown in caps:
            p.label, p.body_at, p.alone = p.shown, len(p.shown), True


def _lenticular_labels(paragraphs: list[Paragraph]) -> None:
    """Speakers in 【】 on lines of their own or opening them ("【記者】", "【北川外務大臣】本日
    から…"): labels, when one of them recurs."""
    said = Counter(m.group("label") for p in paragraphs if not p.label
                   for m in [LENTICULAR_NAME.match(p.shown)] if m)
    if not said or max(said.values()) < 2:
        return
    for p in paragraphs:
        m = LENTICULAR_NAME.match(p.shown) if not p.label else None
        if m and m.group("rest"):
            p.label, p.body_at = m.group("label"), m.start("rest")
        elif m:
            p.label, p.body_at, p.alone = m.group("label"), len(p.shown), True


def _dash_labels(paragraphs: list[Paragraph]) -> None:
    """Speakers set before a dash ("Sero Altunyan – ...", "Question – ..."): labels where no
    paragraph has one yet, a question's label and another one each recur, and most of
    the paragraphs open so."""
    if any(p.label or p.dash for p in paragraphs):
        return
    found = [DASH_LABEL.match(p.shown) for p in paragraphs]
    said = Counter(m.group("label") for m in found if m)
    asks = [label for label in said if is_question_label(label)]
    if not asks or max(said[a] for a in asks) < 2 or len(said) < 2 \
            or sum(said.values()) * 2 < len(paragraphs) \
            or not any(n >= 2 for label, n in said.items() if label not in asks):
        return
    for p, m in zip(paragraphs, found, strict=True):
        if m:
            p.label, p.body_at = m.group("label"), m.start("rest")


def is_capital_line(text: str) -> bool:
    """A short line of a few words wholly in capitals, not a sentence."""
    return len(text) <= CAPITAL_LINE_CHARS and text.isupper() and len(text.split()) <= 5 \
        and not text.endswith((".", "!", "?", ":"))


def _keep_alone_labels(paragraphs: list[Paragraph]) -> None:
    """Keep a label that stands alone only where it reads as a speaker's, before words.

    Markup sometimes leaves the colon, or the whole label, outside its bold
    element, with the words in the next paragraph: the paragraph is then the
    label.  A run-in heading ("Economy:") carries no office, note or known name.
    """
    known = {clean_label(p.label).lower() for p in paragraphs if p.label and not p.alone}
    alone = Counter(p.label for p in paragraphs if p.alone)
    # "Ольга Сереброва:" once, then "О.Сереброва:" at every question: a full name whose
    # shortened label recurs is the same speaker's.
    surnames = {_surname(label) for label, n in alone.items() if label and n > 1}
    for k, p in enumerate(paragraphs):
        if not p.alone:
            continue
        label = p.label or ""
        followed = k + 1 < len(paragraphs) and not paragraphs[k + 1].label
        if not followed or not (_speaker_like(label, alone[label]) or "(" in label
                                or p.shown.startswith(("（", "【"))  # "（司会）": set apart
                                or clean_label(label).lower() in known
                                or " " in label.strip() and _surname(label) in surnames):
            p.label, p.body_at, p.alone = None, 0, False


def _surname(label: str) -> str:
    """A label's last word, past its initials and before its outlet ("О.Сереброва",
    "Ольга Сереброва, «Вести Оранта»" -> "сереброва")."""
    return re.split(r"[\s.]+", clean_label(label).split(",")[0].strip(" .").lower())[-1]


def _pair_stop_labels(paragraphs: list[Paragraph]) -> None:
    """Keep a letter and a full stop as a label ("A. ...", "D. ...?", "R. ...") only beside
    its pair: "A." answers a "Q." question, "R." a "D." or "P." one that asks; else the
    letter is an initial ("A. Velden said")."""
    labels = {p.label for p in paragraphs if p.label}
    asks = any(p.label in ("D", "P") and "?" in p.shown for p in paragraphs)
    pairs = {"A": "Q" in labels, "R": asks, "D": "R" in labels, "P": "R" in labels}
    previous = None  # the last letter label kept
    for p in paragraphs:
        if asks and "R" in labels and not p.from_block and p.shown[:3] in ("D. ", "P. ") \
                and (p.label is None or p.label.startswith(p.shown[:3])):
            # "D. Sull'energia: il gasdotto ...?": the question's letter, then a topic and its
            # colon, not an initial and a surname, among a page's "D." and "R." turns.
            p.label, p.body_at = p.shown[0], 3
        if p.label in pairs and not p.from_block and ANSWER_STOP.match(p.shown) and not (
                pairs[p.label] and (p.label not in ("D", "P") or "?" in p.shown
                                    or previous == "R" and asks)):
            p.label, p.body_at = None, 0  # a question put without "?" only after an answer
        if p.label in pairs:
            previous = p.label


def _letter_pair(paragraphs: list[Paragraph]) -> None:
    """Two letters of a language's question and answer words that take turns ("F:" and "A:"
    for Frage and Antwort, "S:"/"C:" for Soru and Cevap, "В.:"/"О.:"): the first asks.

    A letter alone means another word in another language (Swedish "S:" is Svar, an
    answer; Ukrainian "В:" is Відповідь), so the order tells which asks, as an
    interview opens with its question.  Scripts without capitals count too (Hebrew "ש:"
    and "ת:").  Relabelled "Q" and "A": the text keeps the page's.
    """
    labelled = [p for p in paragraphs if p.label]
    letters = [clean_label(p.label) for p in labelled]
    if len(letters) < LETTER_PAIR_TURNS or not all(
            len(x) == 1 and x.isalpha() and not x.islower() for x in letters):
        return
    ask = letters[0]
    if len(set(letters)) != 2 or any((x == ask) == (y == ask)
                                     for x, y in zip(letters, letters[1:], strict=False)):
        return  # not two letters taking turns
    if is_question_label(ask) and is_answer_label(next(x for x in letters if x != ask)):
        return  # "Q:" and "A:", "P:" and "R:": already read
    for p, letter in zip(labelled, letters, strict=True):
        p.label = "Q" if letter == ask else "A"


def _drop_headings(paragraphs: list[Paragraph]) -> None:
    """Unmark text labels that read as run-in headings ("On Cuba:"), not speakers.

    A speaker label repeats, asks, shouts (``MS. PSAKI``) or carries an office
    or a name with an outlet; a heading does none of these.
    """
    counts: dict[str, int] = {}
    for p in paragraphs:
        if p.label and not p.from_block and not p.alone \
                and opens_lower(p.shown[p.body_at:p.body_at + 1]) \
                and not (is_question_label(p.label) or is_answer_label(p.label)):
            # "Первое: мы должны...": an answer's own list goes on in lower case; a speaker's
            # words open a sentence.
            p.label, p.body_at = None, 0
        if p.label and LETTER_SALUTATION.match(clean_label(p.label).lstrip("«\"“„'") + " "):
            p.label, p.body_at, p.alone = None, 0, False  # "«Señor Presidente:" opens a letter
        if p.label and not p.from_block:
            counts[p.label] = counts.get(p.label, 0) + 1
    strong = {label for label in counts if _speaker_like(label, counts[label])}
    for p in paragraphs:
        if not p.label or p.from_block or p.alone or p.label in strong:
            continue
        words = clean_label(p.label).split()  # its note in brackets aside
        # Among speakers, a plain name speaking once is a speaker too (written in capitals
        # where the script has them), and so is the full name of one whose first word
        # speaks again ("L'Éveil de Mbassa:", then "L'Éveil:").
        if not (strong and len(words) <= 4 and not any(w[:1].islower() for w in words)) \
                and not any(p.label.startswith(f"{label} ") for label in strong):
            p.label, p.body_at = None, 0


# Linking words, listed among the words of office for the phrases they join: no office alone
# ("Ladies and Gentlemen:" is a salutation).
LINKS = frozenset({"the", "of", "and", "to", "from", "for", "a", "an"})


def _speaker_like(label: str, count: int) -> bool:
    words = [w.lower().strip(".,") for w in label.split()]
    return (count > 1 or is_question_label(label) or label.isupper()
            or any(w in OFFICE_WORDS and w not in LINKS for w in words[:-1])
            or " from " in label)


def _read_marks(shown: str) -> Paragraph:
    dash = DASH.match(shown)
    if dash:
        return Paragraph(shown, None, dash.end(), dash=True)
    code = TIME_CODE.match(shown) if shown[:1] in "[(0123456789" else None
    if code is None and shown[:1] in LABEL_BULLETS:
        code = BULLET.match(shown)  # "▶ 기자(...):": the label after a bullet
    skip = code.end() if code else 0  # the label after a time code; the code stays shown
    text = shown[skip:]
    if code is not None and text.split(":", 1)[0].strip().lower().rstrip(".") in HOUR_WORDS:
        return Paragraph(shown)  # "10:00 Uhr: Empfang mit militärischen Ehren": a programme's

    alone = ALONE_LABEL.match(text) or UNCASED_ALONE.match(text) or CJK_ALONE.match(text)
    if alone and len(text) <= LABEL_MAX_CHARS:
        return Paragraph(shown, alone.group("label"), len(shown), alone=True)
    bracket = BRACKET_LABEL.match(text) or LENTICULAR.match(text)
    if bracket and not bracket.groupdict().get("rest"):
        return Paragraph(shown, bracket.group("label"), len(shown), alone=True)
    for pattern in (SHORT_LABEL, LETTER_LABEL, ANSWER_STOP, HANGUL_QA, TEXT_LABEL, CJK_LABEL,
                    BRACKET_LABEL, UNCASED_LABEL, PHRASE_LABEL):
        m = pattern.match(text)
        if m and len(m.group("label")) <= LABEL_MAX_CHARS:
            label, body = m.group("label"), skip + m.start("rest")
            if pattern is TEXT_LABEL and dateline(label):
                return Paragraph(shown)
            note = ASKER_AFTER.match(shown, body) if pattern is LETTER_LABEL else None
            if note is not None:
                # "P.- (Laura Méndez, Radio Sur) Presidente, ¿...?": the asker named after
                # the question's letter, as in "Question (Laura Méndez, Radio Sur):".
                label, body = f"{label} {note.group(1)}", note.end()
            return Paragraph(shown, label, body)
    # "Question from the floor:": only a text opening with a question's word (most do not).
    m = ASKED_LABEL.match(text) if text[:ASK_WORD_CHARS].lower().startswith(QUESTION_OPENINGS) \
        else None
    if m and len(m.group("label")) <= LABEL_MAX_CHARS:
        return Paragraph(shown, m.group("label"), skip + m.start("rest"))
    m = OFFICE_LABEL.match(text) if ":" in text[:LABEL_MAX_CHARS] else None
    if m and len(m.group("label")) <= LABEL_MAX_CHARS and is_office(m.group("label").split()[0]):
        return Paragraph(shown, m.group("label"), skip + m.start("rest"))
    return Paragraph(shown)


def dateline(label: str) -> bool:
    """Whether a label is a place and a date ("Lessa, March 11:"), a dateline's, no one's."""
    place, comma, after = label.rpartition(",")
    return bool(comma and place) and any(ch.isdigit() for ch in after) and (
        find_datetime(after) is not None or find_day_month(after, DATELINE_YEAR) is not None)


def build_turns(paragraphs: list[Paragraph], names: SpeakerNames,
                hints: TurnHints) -> tuple[str, list[Turn]]:
    """Join the paragraphs into the statement text and find its turns."""
    text = "\n".join(p.shown for p in paragraphs)
    starts, at = [], 0
    for p in paragraphs:
        starts.append(at)
        at += len(p.shown) + 1
    if any(p.label for p in paragraphs):
        spans = _label_spans(paragraphs, names, hints)
    elif sum(1 for p in paragraphs if p.dash) >= 2 and not (
            hints.kind == "interview" and not any(_asks(p.shown) for p in paragraphs if p.dash)
            and _bold_spans(paragraphs, hints)):
        spans = _dash_spans(paragraphs, hints)
        if hints.kind == "speech" or hints.kind not in ("interview", "press_conference") \
                and not any("?" in paragraphs[first].shown for first, _l, _s, role in spans
                            if role == "question"):
            # Dashes that ask nothing are a list, not a dialogue; a speech's dashes quote one.
            spans = []
    elif hints.kind == "interview":
        # A closing credit ("Das Interview führte X.") is no question, set apart as it is.
        asked = paragraphs[:-1] if paragraphs and credit(paragraphs[-1].shown) else paragraphs
        spans = _bold_spans(asked, hints) or _question_spans(asked, hints)
    else:
        spans = []
    turns = []
    for first, last, speaker, role in spans:
        start = starts[first] + paragraphs[first].body_at
        if paragraphs[first].alone and first < last:
            start = starts[first + 1]
        end = starts[last] + len(paragraphs[last].shown)
        turns.append(Turn(speaker=speaker, role=role, text=text[start:end], start=start, end=end))
    return text, turns


Span = tuple[int, int, str | None, str]


def _label_spans(paragraphs: list[Paragraph], names: SpeakerNames, hints: TurnHints) -> list[Span]:
    labelled = [k for k, p in enumerate(paragraphs) if p.label]
    asked = _questioners(paragraphs, names, hints)
    if hints.kind == "interview" and hints.interviewer is None and len(asked) == 1:
        # "Jornalista (Mira Haldane):" once, then "Jornalista:": the one asker's questions.
        hints = replace(hints, interviewer=next(iter(asked)))
    if hints.interviewee is None:
        # A bare "Answer:" is the page's own: whoever answers most under a name.
        hints = replace(hints, interviewee=_principal(paragraphs, names, asked))
    spans: list[Span] = []
    seen_question = False
    for n, first in enumerate(labelled):
        last = (labelled[n + 1] if n + 1 < len(labelled) else len(paragraphs)) - 1
        while n + 1 < len(labelled) and last > first and _subheading(paragraphs[last]):
            last -= 1  # a topic's heading over the next question is no part of this answer
        label = paragraphs[first].label or ""
        speaker = _speaker(label, names, hints)
        if speaker is None and spans and names.asks(label) \
                and hints.kind in ("press_conference", "interview"):
            # "MS. PERRIN: First question, Daniel Rook, Carrow Wire." then "Q ...": the one
            # the chair called on asks.
            speaker = _called(paragraphs[spans[-1][1]].shown)
        if names.asks(label) or (speaker is not None and speaker in asked):
            role = "question"
            seen_question = True
        elif is_moderator(label):
            role = "statement"  # "Moderator: Last question, please." answers no one
        elif (spans and spans[-1][3] == "question") or (
                hints.kind in ("interview", "press_conference") and seen_question):
            role = "answer"
        else:
            role = "statement"
        spans.append((first, last, speaker, role))
    if hints.kind in ("interview", "press_conference") \
            and not any(role in ("answer", "statement") for *_, role in spans):
        spans = _unlabelled_answers(paragraphs, spans, hints.interviewee)
    if hints.kind in ("interview", "press_conference"):
        spans = _after_dashed_questions(paragraphs, [
            part for span in spans for part in _dashes_within(paragraphs, span, hints)])
    return spans


def _subheading(p: Paragraph) -> bool:
    """A sub-heading set apart by the markup: a few words, no sentence mark at its end ("The
    energy corridor"), no question in bold."""
    return p.heading and len(p.shown.split()) <= SUBHEADING_WORDS \
        and p.shown.rstrip()[-1:].isalnum()


def _after_dashed_questions(paragraphs: list[Paragraph], spans: list[Span]) -> list[Span]:
    """The labelled statements right after a dashed question answer it ("— A question to
    both leaders ...?", then "President Vask: ...", "Prime Minister Liss: ...")."""
    out: list[Span] = []
    asked = False  # since the last dashed question, only answers
    for first, last, speaker, role in spans:
        if role == "question":
            asked = paragraphs[first].dash
        elif role == "statement" and asked and paragraphs[first].label \
                and not is_moderator(paragraphs[first].label or ""):
            role = "answer"
        out.append((first, last, speaker, role))
    return out


def _dashes_within(paragraphs: list[Paragraph], span: Span, hints: TurnHints) -> list[Span]:
    """A labelled turn's paragraphs may go on in unnamed "- " turns ("Name: ..." then "- Will
    you ...?", "- I will ..."): a dialogue when a dash in a question's place asks, each dash
    then a turn, asking and answering in turn.  Dashes that ask nothing list points."""
    first, last, speaker, role = span
    dashes = [k for k in range(first + 1, last + 1) if paragraphs[k].dash]
    if not dashes:
        return [span]
    # After a question the first dash answers; after anything else it asks (a remark may
    # ask nothing: most of the dashes in the questions' places must ask).
    offset = 1 if role == "question" else 0
    asking = [n for n, k in enumerate(dashes) if (n + offset) % 2 == 0]
    asks = [_asks(paragraphs[dashes[n]].shown) for n in asking]
    if not any(asks) or 2 * sum(asks) < len(asks):
        return [span]
    answerer = speaker if role != "question" else hints.interviewee
    out: list[Span] = [(first, dashes[0] - 1, speaker, role)]
    for n, k in enumerate(dashes):
        end = dashes[n + 1] - 1 if n + 1 < len(dashes) else last
        question = (n + offset) % 2 == 0
        out.append((k, end, hints.interviewer if question else answerer,
                    "question" if question else "answer"))
    return out


def _unlabelled_answers(paragraphs: list[Paragraph], spans: list[Span],
                        interviewee: str | None) -> list[Span]:
    """Only the questions labelled ("Питање: ...?" over the answer's paragraphs): each
    question's words end at its question mark, the paragraphs after it answer."""
    out: list[Span] = []
    for first, last, speaker, role in spans:
        asking = [j for j in range(first, last + 1) if _asks(paragraphs[j].shown)]
        if role != "question" or not asking or asking[-1] == last:
            out.append((first, last, speaker, role))
            continue
        cut = asking[-1] + 1
        out += [(first, cut - 1, speaker, role), (cut, last, interviewee, "answer")]
    return out


# The name a chair calls on at the end of a turn: "First question, Daniel Rook, Carrow
# Wire.", "Amira Soto, Briar Evening Post.", "Yes, Lena Marsh, please."
CALLED = re.compile(rf"(?:^|[,.:;!?]\s+)(?P<name>[{UPPER}][\w’'\-]+"
                    rf"(?:\s+[{UPPER}][\w’'\-]+){{1,2}})"
                    rf"(?P<outlet>,\s+[{UPPER}][^.?!,]{{1,40}})?(?:,?\s+please)?[.!]?\s*$")
# What a chair says before the name alone: "Yes,", "Go ahead,", "Next question,".
CALL_WORDS = re.compile(r"(?i:(?:yes|ok(?:ay)?|go ahead|next(?: question)?|(?:first|second|"
                        r"last|final) question|and|please)\W*)*")


def _called(text: str) -> str | None:
    """The full name a chair's short turn ends by calling on ("First question, Daniel Rook,
    Carrow Wire."), if any; a long answer that ends on a name calls no one."""
    called = CALLED.search(text) if len(text) <= CALL_CHARS else None
    if called is None or any(is_office(w) for w in called["name"].split()) \
            or name_of(called["name"]) != called["name"]:
        return None
    said = text[text.find(":") + 1:called.start("name")] if ":" in text[:called.start()] \
        else text[:called.start("name")]
    # The journalist's outlet after the name, or the name alone in the chair's words.
    return called["name"] if called["outlet"] or CALL_WORDS.fullmatch(said.strip()) else None


def _principal(paragraphs: list[Paragraph], names: SpeakerNames, asked: set[str]) -> str | None:
    """The named speaker who says the most, among those who do not ask or chair."""
    said: Counter[str] = Counter()
    for p in paragraphs:
        if p.label and not is_question_label(p.label) and not is_answer_label(p.label) \
                and not is_moderator(p.label):
            speaker = names.resolve(p.label)
            if speaker is not None and speaker not in asked:
                said[speaker] += len(p.shown)
    return said.most_common(1)[0][0] if said else None


def _speaker(label: str, names: SpeakerNames, hints: TurnHints) -> str | None:
    """The one name behind a label; an answer's bare label ("A:") is the interviewee's, a
    question's names its journalist in brackets at most ("Question (Meera Kapoor, ...)"),
    else, in an interview, its interviewer."""
    if is_answer_label(label):
        return hints.interviewee
    # An outlet in quotes ("«Dunyo»:") names no person: the interviewer, if any, asks.
    outlet = label.lstrip()[:1] in OUTLET_QUOTES
    found = None if outlet else names.resolve(label) or named_asker(label) \
        or _reporter_labelled(label, names)
    if found is None and hints.kind == "interview" and names.asks(label):
        return hints.interviewer  # an interview's one asker: its bare "Q:" is theirs
    if found and hints.kind == "interview" and hints.interviewee \
            and all(is_office(w) for w in found.split()) \
            and not all(is_office(w) for w in hints.interviewee.split()) \
            and not other_office(hints.interviewee, found, names.text):
        return hints.interviewee  # "Prezident:", an office no name completes: who answers
    return found


def _reporter_labelled(label: str, names: SpeakerNames) -> str | None:
    """The journalist a reporter's word names before a name the page also labels alone
    ("Jornalista Mariana Freitas:" then "Mariana Freitas:"); without such a label the
    words may be an outlet's ("Dziennikarka Radia Lessa")."""
    word, _, rest = clean_label(label).partition(" ")
    if word.lower() not in REPORTER_WORDS or rest not in names.labels:
        return None
    return names.resolve(rest) or rest


def _questioners(paragraphs: list[Paragraph], names: SpeakerNames,
                 hints: TurnHints) -> set[str]:
    """Named speakers who ask: journalists named with their outlet, or the interviewer.

    In an interview or a news conference whose labels give some speakers an
    office ("President of Veloria Amara Velden"), a speaker given none, named
    nowhere else on the page, who asks something, is a journalist.
    """
    asked: set[str] = set()
    words: dict[str, int] = {}
    said: dict[str, list[str]] = {}
    office: set[str] = set()
    any_question_label = False
    speaker: str | None = None
    for p in paragraphs:
        if not p.label:
            if speaker is not None:
                said[speaker].append(p.shown)
                # A label alone on its line ("ARVID"): its words are the paragraphs after it.
                words[speaker] += len(p.shown)
            continue
        speaker = None if names.asks(p.label) else _speaker(p.label, names, hints)
        if names.asks(p.label):
            any_question_label = True
            reporter = _reporter_labelled(p.label, names) or named_asker(p.label)
            if reporter is not None:
                asked.add(reporter)  # "Jornalista Mariana Freitas:": she asks under her name too
        elif speaker is not None:
            words[speaker] = words.get(speaker, 0) + len(p.shown)
            said.setdefault(speaker, []).append(p.shown[p.body_at:])
            if has_office_title(p.label):
                office.add(speaker)
            if names_outlet(p.label) or speaker == hints.interviewer:
                asked.add(speaker)
    asked |= _journalists(said, office, hints)
    if hints.kind == "interview" and not asked and not any_question_label and len(words) > 1:
        principal = hints.interviewee if hints.interviewee in words else max(words,
                                                                             key=words.__getitem__)
        asked = {s for s in words if s != principal}
    return asked


def _journalists(said: dict[str, list[str]], office: set[str], hints: TurnHints) -> set[str]:
    """Speakers of a news conference or interview who ask and hold no office the page names."""
    if hints.kind not in ("interview", "press_conference") or not said:
        return set()
    if not office:
        if hints.kind != "press_conference":
            return set()
        # Labels that name no office ("Т.Арвид", "А.Корт"): who says most holds the floor,
        # and a journalist is who does nothing but ask.
        floor = max(said, key=lambda s: sum(map(len, said[s])))
        return {s for s, texts in said.items() if s not in (floor, *hints.named)
                and texts and all(t.rstrip().endswith(QUESTION_MARKS) for t in texts)}
    # Whoever opens a news conference holds it, office named or not.
    opening = next(iter(said)) if hints.kind == "press_conference" else None
    answering = office | hints.named | {hints.interviewee, opening}
    return {s for s, texts in said.items()
            if s not in answering and any("?" in t for t in texts)}


# How a host opens a news conference before taking questions.
GREETING = re.compile(
    r"(?i:good (?:morning|afternoon|evening|day)|hello|ladies and gentlemen|"
    r"dear (?:friends|colleagues|journalists)|buon(?:asera|giorno)|bon(?:jour|soir)|"
    r"mesdames et messieurs|buen(?:as tardes|as noches|os días)|bo(?:a tarde|a noite|m dia)|"
    r"guten (?:tag|morgen|abend)|(?:meine )?(?:sehr geehrten )?damen und herren|"
    r"добр(?:ый|ое|ий) (?:день|вечер|утро|ранок|вечір)|dzień dobry|dobr(?:ý|é) (?:den|ráno)|"
    r"goedemiddag|goedemorgen|goedenavond|hyvää (?:päivää|iltapäivää|huomenta)|"
    r"iyi (?:günler|akşamlar)|hayırlı günler)\b")


def _dash_spans(paragraphs: list[Paragraph], hints: TurnHints) -> list[Span]:
    introduced = _introduced_dashes(paragraphs)
    if introduced:
        # "President X made a statement:" over "- Dear Mr President, ...": each speaker's
        # statement under the line that names them, no questions and answers.
        return [(k, (introduced[n + 1][0] - 2 if n + 1 < len(introduced)
                     else len(paragraphs) - 1), name, "statement")
                for n, (k, name) in enumerate(introduced)]
    first_dash = next(k for k, p in enumerate(paragraphs) if p.dash)
    # The paragraph before the first dash is the first question when that dash answers;
    # when the dash asks, that paragraph is the page's introduction.
    opening = first_dash - 1 if first_dash > 0 and (
        _asks(paragraphs[first_dash - 1].shown) or not _asks(paragraphs[first_dash].shown)) \
        else None
    starts = ([opening] if opening is not None else []) + [
        k for k, p in enumerate(paragraphs) if p.dash]
    spans: list[Span] = []
    if opening is None and first_dash > 0 and hints.kind == "press_conference" \
            and GREETING.match(paragraphs[0].shown):
        # "Good afternoon. The summit has ended ...": the host's opening words, then the
        # questions; an introduction of the page's own greets no one.
        spans.append((0, first_dash - 1, hints.interviewee, "statement"))
    for n, first in enumerate(starts):
        last = (starts[n + 1] if n + 1 < len(starts) else len(paragraphs)) - 1
        asking = n % 2 == 0
        speaker = hints.interviewer if asking else hints.interviewee
        spans.append((first, last, speaker, "question" if asking else "answer"))
    return spans


def _introduced_dashes(paragraphs: list[Paragraph]) -> list[tuple[int, str]]:
    """The dash paragraphs each right under a line that names its speaker and ends with a
    colon ("Prezident Amara Velden bəyanatla çıxış edərək dedi:"), when every run of dashes
    is introduced so and two at least are: [(paragraph, speaker)]."""
    found = []
    for k, p in enumerate(paragraphs):
        if not p.dash or k == 0 or paragraphs[k - 1].dash:
            continue
        line = paragraphs[k - 1].shown.rstrip()
        named = [n for n in names_in(line) if " " in n] if line.endswith((":", "：")) else []
        if not named:
            return []
        found.append((k, named[0]))
    return found if len(found) >= 2 else []


def _asks(text: str) -> bool:
    """Whether a paragraph ends on a question mark (Armenian's "՞" stands inside its word)."""
    return text.rstrip().endswith(QUESTION_MARKS) or "՞" in text


def _bold_spans(paragraphs: list[Paragraph], hints: TurnHints) -> list[Span]:
    """Questions in bold: two or more bold paragraphs, one of them asking at least (an
    interviewer also remarks: "Teachers are protesting."); what precedes the first question
    is the page's introduction, not a turn."""
    asking = [p.heading and any(mark in p.shown for mark in QUESTION_MARKS)
              for p in paragraphs]  # "?", and the CJK and Arabic marks
    # A sub-heading of a few words and no sentence mark ("The energy corridor") inside an
    # answer asks nothing: the answer goes on under it.
    set_apart = [p.heading and not _subheading(p) for p in paragraphs]
    if not any(asking) or sum(set_apart[asking.index(True):]) < 2:
        return []
    return _alternate(set_apart, asking.index(True), hints)


def _question_spans(paragraphs: list[Paragraph], hints: TurnHints) -> list[Span]:
    asks = [p.shown.rstrip().endswith("?") for p in paragraphs]
    if not asks or not asks[0] or sum(asks) < max(2, len(asks) // 4):
        return []
    return _alternate(asks, 0, hints)


def _alternate(asks: list[bool], start: int, hints: TurnHints) -> list[Span]:
    """Runs of asking paragraphs are questions, the runs between them answers."""
    spans: list[Span] = []
    k = start
    while k < len(asks):
        kind = asks[k]
        last = k
        while last + 1 < len(asks) and asks[last + 1] == kind:
            last += 1
        speaker = hints.interviewer if kind else hints.interviewee
        spans.append((k, last, speaker, "question" if kind else "answer"))
        k = last + 1
    return spans
