"""An interview's two sides when no lead pattern reads them: who asks and who answers.

The asker is the full name right after a journalist's word or the phrase of the questions
("Das Gespräch führte X", "domande di X", "muhabiri X'ın"); the one who answers is the first
other person the opening names with an office of their own, or whom the title names as well.
An outlet ("Radio Lessa", «Лесса Таймс») is neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Participant
from .names import (
    NAME_RUN,
    OFFICE_COMPOUND,
    SENTENCE,
    in_nominative,
    name_of,
    names_in,
    names_written,
    title_case,
)
from .speakers import UPPER, is_office, same_person

OUTLET_AFTER = re.compile(r"\s+(?:of|from)\s+(?=(?:the\s+)?[A-Z])")
# After a name: "of the Northern Herald", "from Radio Lessa", "de Radio Nordique".
OF_OUTLET = re.compile(rf",?\s+(?:of|from|at|with|de|du|von|del|della|di|da|do|z|из)\s+"
                       rf"(?:the\s+|la\s+|le\s+|el\s+|der\s+|des\s+)?[«„\"“']?[{UPPER}]")
# A named interviewer is a person only when the lead says what they do.  The words of those
# who ask for a living; an expert, a writer or an author may as well be the one who answers.
ASKER_WORDS = (r"editor|journalist|correspondent|reporter|host|anchor|presenter|columnist|"
               r"bureau chief|chef de bureau|"
               r"редактор|журналист|корреспондент|ведущ|обозревател|rédact|journaliste|"
               r"chefredakt|redakteur|periodista|giornalista|jornalista|dziennikar|redaktor|"
               r"журналіст|кореспондент|ведуч|оглядач|müxbir|jurnalist|muhabir|gazeteci|"
               r"korrespondent|moderat(?:or|rice)|cronista|intervist(?:atore|atrice)|"
               r"entrevistador|intervieweu|interviewer|"
               # Editors of Uzbek and Tajik papers ("bosh muharriri", "сармуҳаррири").
               r"muharrir|муҳаррир|сармуҳаррир|мухаррир")
JOURNALIST = re.compile(ASKER_WORDS + r"|expert|writer|author", re.I)
# Where a lead says who asked: a journalist's word ("la periodista", "muhabiri"), the
# asker's name a few words after it, perhaps past an outlet ("корреспонденту газеты «Лесские
# ведомости» Ивану Сорокину"); or the phrase of the questions, the name right after it
# ("domande di Giulia Ferri", "Das Gespräch führte Jonas Albrecht"; "domande del Corriere"
# puts an article before an outlet, and is left out).
ASKER_WORD = re.compile(rf"(?<!\w)(?:{ASKER_WORDS})\w*", re.I)
ASKED_PHRASE = re.compile(
    r"\b(?:questions?\s+(?:from|of|by|put\s+by|de|d[’'])|interviewed\s+by|interviewée?\s+par|"
    r"(?:interview|conversation)\s+(?:was\s+)?conducted\s+by|"
    # "the Prime Minister's interview with Jess Tamihana"; a host who "received Helen Marsh
    # of The Lessa Courier"; Swedish and Norwegian "intervjuades av".
    r"['’]s\s+interview\s+with|received(?=\s+(?-i:[A-Z]\w+\s+[A-Z]\w+)\s+(?:of|from)\s)|"
    r"intervjua(?:des|d|t)\s+av|intervjuet\s+av|intervjun\s+gjordes\s+av|"
    # Dutch, Czech and Slovak, Finnish: "Het interview werd afgenomen door X", "Ptala se
    # X", "Haastattelun teki X".
    r"(?:interview|gesprek)\s+(?:werd\s+)?(?:afgenomen|gevoerd)\s+door|afgenomen\s+door|"
    r"(?:interview|gesprek)\s+door|ptal[ai]?\s+se|rozhovor\s+připravil[ai]?|"
    r"pýtal[ai]?\s+sa|haastattelun\s+teki|"
    r"preguntas?\s+de|perguntas?\s+de|domande\s+di|intervistat[oa]\s+da|a\s+(?:cura|firma)\s+di|"
    r"entrevistad[oa]\s+por|(?:entrevista|conversa(?:ción)?)\s+(?:realizada|conducida|"
    r"conduzida|feita|hecha)\s+por|(?:Gespräch|Interview)\s+führte|Fragen\s+stellten?|"
    r"befragt\s+von|interviewt\s+von|"
    # French, Romanian, Polish, Czech, Serbian and Croatian, Russian, Ukrainian, Armenian:
    # "Propos recueillis par X", "Interviul a fost realizat de X", "Разговор је водила X".
    r"propos\s+recueillis\s+par|(?:entretien|interview)\s+réalisée?\s+par|"
    r"realizat[ăa]?\s+de|rozmawia(?:ł[aoy]?)?|rozmowę\s+przeprowadził[aoy]?|"
    r"wywiad\s+przeprowadził[aoy]?|rozhovor\s+vedl[aiy]?|"
    r"разговор\s+је\s+водил[аои]|razgovor\s+je\s+vodil[aio]|разговарал[аои]|"
    r"razgovara(?:o|la)|разговор\s+вел[аи]?|беседовал[аи]?|беседу\s+(?:провел|провела|вел|вела)|"
    r"интервью\s+(?:взял|взяла)|розмову\s+(?:вів|вела)|розмовлял[аи]|"
    r"інтерв['’]ю\s+(?:взяв|взяла)|զրուցել\s+է)\s*:?\s+(?=\w)", re.I)
# An outlet that owns the name after it: "Lessa Daily's", "the Northern Herald's".
POSSESSOR = re.compile(rf"(?:the\s+)?(?:[{UPPER}][\w.&-]*\s+){{0,3}}[{UPPER}][\w.&-]*['’]s\s+"
                       rf"(?=[{UPPER}])")
# Words after which a name counts as the asker only when an outlet follows it ("spoke to
# Anton Weil of Velorian Radio", the way "gave an interview to X of Y" reads).
SPOKE_TO = re.compile(r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+|\btold\s+|"
                      r"\binterview\s+(?:to|with)\s+|"
                      # "un'intervista a Paola Mengoni de Il Corriere", "una entrevista a".
                      r"\b(?:intervista|entrevista|entrevue|interviu)\s+(?:a|à|lui|cu)\s+",
                      re.I)
# Where a name's run goes on into its outlet's: "Paola Mengoni de Il Corriere".
OUTLET_JOIN = re.compile(r"\s+(?:of|from|de|di|del|della|da|do|du|von)\s+(?=(?:the\s+)?[A-Z])")
# A journalist's word set after the name: "Talia Brenn, presenter of the morning programme".
ASKER_APPOSED = re.compile(rf",\s+(?:(?:a|an|the|la|le|el|il|die|der)\s+)?(?:\w+\s+)?"
                           rf"(?:{ASKER_WORDS})", re.I)
# What the one who answers does right after their name: "Vladimir Putin spoke with ...".
ANSWERS_AFTER = re.compile(
    r"\s+(?:(?:spoke|talked)\s+(?:to|with)|gave\s+an\s+interview|(?:has\s+|had\s+)?(?:given|"
    r"granted)\s+an\s+interview|answered\s+(?:the\s+)?questions|ha\s+rilasciato|"
    r"a\s+(?:répondu|accordé)|respondi[óo]|concedi[óo]|beantwortete)\b", re.I)
CREDIT_WORDS = 10  # a credit line: its phrase and a name or two
# How far after those words the asker's name may stand.
ASKER_CHARS = 100
# Words after which a capitalised run is an outlet, not the asker: "the editor of Velorian
# Voice", "la periodista de Radio Lessa".
OUTLET_BEFORE = re.compile(r"(?:\b(?:of|from|at|de|du|del|della|di|da|do|von|der|z|из|з)|"
                           r"[«„\"“'])\s*$", re.I)
# A name's case suffix after an apostrophe, as Turkish writes it ("Yıldız'ın", "Varga'nın").
CASE_ENDING = r"['’][a-zçğıöşü]{1,4}"
APOSTROPHE_SUFFIX = re.compile(CASE_ENDING + "$")
# Offices of two words neither of which is one alone: Vietnamese "Tổng thống" (president),
# "Thủ tướng" (prime minister), "Chủ tịch" (chairman), "Bộ trưởng" (minister).
OFFICE_PHRASE = re.compile(r"(?i:tổng thống|thủ tướng|chủ tịch|bộ trưởng)")
# The noun of an outlet right before its name ("the newspaper Morgenpost Rendal").
OUTLET_NOUN = re.compile(r"(?i:\b(?:newspaper|magazine|daily|weekly|agency|channel|radio|"
                         r"television|broadcaster|journal|zeitung|tageszeitung|sender|journal|"
                         r"quotidien|hebdomadaire|chaîne|periódico|diario|revista|cadena|"
                         r"emisora|quotidiano|giornale|rivista|jornal|gazeta|dziennik|"
                         r"tygodnik|газет\w*|журнал\w*|агентств\w*|телеканал\w*|"
                         r"радио|gazetesi|gazetesine|ajansı|ajansına|kanalı)\s+)$")
OUTLET_NOUN_CHARS = 30
APPOSITION_CHARS = 60  # ", Première ministre,": an office set after a name
QUOTES_OPENING = ("«", "“", "„", '"', "‘", "'")
# How many words before a name may hold the office that makes its bearer the interviewee.
OFFICE_BEFORE_WORDS = 4
# An office, its portfolio and its country before the answerer's name: "Министр иностранных
# дел Республики Велория Андрей Петрин".
OFFICE_SPAN_WORDS = 6
WORD = re.compile(r"\w+")
JOINING = frozenset(("of", "the", "a", "an", "and", "for", "from", "to"))


def interview_sides(found: list[Participant], sentences: Iterable[str], title: str | None,
                    language: str | None = None) -> list[Participant]:
    """Complete an interview's sides that no lead pattern read, from what the opening says.

    The asker is the full name right after a journalist's word or the phrase of the
    questions ("Das Gespräch führte Jonas Albrecht", "muhabiri Mehmet Yıldız'ın"); the
    one who answers is the first other person the opening names with an office before
    the name, else the first the title names too.  An outlet ("Radio Lessa") is neither.
    """
    sentences = list(sentences)
    opening = [part for sentence in sentences
               for part in SENTENCE.split(sentence)[:2]][:4]
    # A credit closing the lead ("... Das Gespräch führte Mira Haldane."), however far on.
    opening += [part for sentence in sentences for part in SENTENCE.split(sentence)[2:]
                if credit(part)]
    found = list(found)
    if not any(p.role == "interviewer" for p in found):
        # The opening's sentences first, then the title ("Entrevista ... a la periodista
        # Carmen Rojas, de Radio Cumbre").
        asking = next(filter(None, (asker(s, language) for s in (*opening, title) if s)), None)
        if asking and not any(same_person(asking, p.name) for p in found):
            found.append(Participant(asking, "interviewer"))
    if not any(p.role == "interviewee" for p in found):
        asked = [p.name for p in found if p.role == "interviewer"]
        answering = _answerer(opening, title, asked, language)
        if answering:
            found.insert(0, Participant(answering, "interviewee"))
    return found


def asker(sentence: str, language: str | None = None) -> str | None:
    """The full name a sentence gives whoever put the questions, in the nominative: right
    after the phrase of the questions, a few words after a journalist's word, or after
    "spoke to" with an outlet after it; None when it names only an outlet."""
    name = _asked_by(sentence) or _after_journalist(sentence) or _spoke_to(sentence) \
        or _before_journalist(sentence)
    return in_nominative(name, sentence, language) if name else None


def credit(text: str) -> str | None:
    """The asker a closing credit names, a short line of its own after the last answer
    ("Das Interview führte Jonas Albrecht.", "Propos recueillis par X"); None for any other."""
    if len(text.split()) > CREDIT_WORDS or ASKED_PHRASE.search(text) is None:
        return None
    return _asked_by(text)


def _before_journalist(sentence: str) -> str | None:
    """"Marguerite Osei, host of Meridian Radio's ...": a full name with no office, a
    journalist's word set after it."""
    for run in NAME_RUN.finditer(sentence):
        written = run.group(0)
        if name_of(written) == written and ASKER_APPOSED.match(sentence, run.end()):
            return written
    return None


def _asked_by(sentence: str) -> str | None:
    """"domande di Giulia Ferri", "Das Gespräch führte Jonas Albrecht": the name at once."""
    for cue in ASKED_PHRASE.finditer(sentence):
        # "questions from Lessa Daily's Ilse Marr": the outlet owns the name after it.
        owner = POSSESSOR.match(sentence, cue.end())
        run = NAME_RUN.match(sentence, owner.end() if owner else cue.end())
        # The run may go on over "of" into the outlet's name ("Helen Marsh of The Courier").
        written = OUTLET_AFTER.split(run.group(0))[0] if run else ""
        name = name_of(APOSTROPHE_SUFFIX.sub("", written.strip())) if written else None
        if name and sentence.startswith(name.split()[0], owner.end() if owner else cue.end()):
            return name  # not "domande di Presidente X", whose office the name lost
    return None


def _after_journalist(sentence: str) -> str | None:
    """The first full name a few words after a journalist's word, the words holding no
    office ("questions about President X" names whom they were about), and not right after
    "of" or a quote, where outlets stand ("the editor of Velorian Voice, Anna Berg")."""
    for cue in ASKER_WORD.finditer(sentence):
        for run in NAME_RUN.finditer(sentence, cue.end(), cue.end() + ASKER_CHARS):
            gap = sentence[cue.end():run.start()]
            words = gap.split()
            if len(words) > OFFICE_BEFORE_WORDS or re.search(r"[.!?;:]\s", gap) \
                    or any(is_office(w.strip(",«»\"“”„")) for w in words):
                break
            written = APOSTROPHE_SUFFIX.sub("", run.group(0).strip())
            name = name_of(written)
            # The run may open with an office ("ответила Председатель Правительства Ирина
            # Колосова"): its bearer answers, and a journalist holds none.
            if name and _holds_office(written[:max(written.find(name), 0)].split()):
                break
            if name and not (words and OUTLET_BEFORE.search(gap)):
                return name
    return None


def _spoke_to(sentence: str) -> str | None:
    """"spoke to Anton Weil of Velorian Radio": a name with no office, an outlet after it
    (a journalist's word after it is ``_before_journalist``'s)."""
    for cue in SPOKE_TO.finditer(sentence):
        run = NAME_RUN.match(sentence, cue.end())
        # The run goes on over "of" into the outlet's name.
        written = OUTLET_JOIN.split(run.group(0))[0].rstrip(".") if run else ""
        if written and name_of(written) == written \
                and OF_OUTLET.match(sentence, cue.end() + len(written)):
            return written
    return None


def _after_apposition(text: str) -> str:
    """The text after an apposition that opens it (", Première ministre, était ..." gives
    " était ..."), else the text itself."""
    if not text.startswith(","):
        return text
    end = text.find(",", 1)
    return text[end + 1:] if 0 < end <= APPOSITION_CHARS else text


def _holds_office(words: list[str]) -> bool:
    # The words that join an office to its country ("of", "the") hold none themselves.
    return any(is_office(w.strip(",")) and w.lower() not in JOINING
               or OFFICE_COMPOUND.search(w.lower().strip(",")) for w in words) \
        or OFFICE_PHRASE.search(" ".join(words)) is not None


def _answerer(opening: list[str], title: str | None, asked: list[str],
              language: str | None) -> str | None:
    """The first person of the opening with an office before the name, else the first
    whom the title names as well; never the asker."""
    titled = [APOSTROPHE_SUFFIX.sub("", n) for n in names_in(title or "", language)]
    candidates: list[tuple[str, bool]] = []
    for sentence in opening:
        named_end = previous_end = 0
        for written in names_written(sentence):
            name = in_nominative(APOSTROPHE_SUFFIX.sub("", written), sentence, language)
            at = max(sentence.find(written, named_end), 0)
            # The office words before the name, not those of someone named before
            # ("Cumhurbaşkanı Tomás Arvid, Lessa TV'de": the channel holds no office), nor
            # those set after that name between commas ("Marta Selin, Première ministre,").
            before = _after_asking(_after_apposition(sentence[named_end:at])).split()[
                -OFFICE_SPAN_WORDS:]
            named_end = at + len(written)
            if any(same_person(name, a) for a in asked):
                continue
            if sentence[:at].rstrip().endswith(QUOTES_OPENING) \
                    or OUTLET_NOUN.search(sentence[max(0, at - OUTLET_NOUN_CHARS):at]):
                continue  # «Лесса Таймс», "the newspaper Morgenpost Rendal": an outlet
            after = sentence[named_end:]
            apposed = after[:len(after) - len(_after_apposition(after))].split()
            office = _holds_office(before) or bool(apposed) and _holds_office(apposed) \
                or ANSWERS_AFTER.match(after) is not None
            if candidates and sentence[previous_end:at] == ", " and candidates[-1][1] \
                    and not office and sentence[named_end:named_end + 1] == ",":
                # "Președintele Republicii Sorania, Mircea Vlădoianu,": the office's country,
                # then the person it names, set apart by a comma.
                candidates[-1], office = (candidates[-1][0], False), True
            previous_end = named_end
            candidates.append((name, office))
    # An outlet the title names ("im Gespräch mit der Lessaer Zeitung") holds no office, and
    # a host the opening mentions ("before his visit to President X") is not in the title.
    # The title may give the surname alone ("Rozhovor ministryně Kovel pro ...").
    title_words = {w.lower() for w in WORD.findall(title or "")}

    def in_title(name: str) -> bool:
        return any(same_person(name, t) for t in titled) or name.split()[-1].lower() in title_words

    ranked = sorted(candidates, key=lambda c: (not c[1], not in_title(c[0])))
    # One the title names with an office ("Entretien du Président Mathis Delorge avec Le
    # Courrier") before a name of the opening that the title only mentions (the outlet).
    return next((n for n, office in ranked if office), None) \
        or _title_holder(title or "", asked, language) \
        or next((n for n, _ in ranked if in_title(n)), None)


def _title_holder(title: str, asked: list[str], language: str | None) -> str | None:
    """The first person the title names right after an office word, never the asker; none
    in a Headline Case title, whose capitals mark no names."""
    if title_case(title):
        return None
    named_end = 0
    for written in names_written(title):
        at = max(title.find(written, named_end), 0)
        before, named_end = title[named_end:at].split()[-1:], at + len(written)
        name = in_nominative(written, title, language)
        if _holds_office(before) and not any(same_person(name, a) for a in asked):
            return name
    return None


def _after_asking(text: str) -> str:
    """The text after its last journalist's word or phrase of the questions: an office
    before those ("The President answered questions from Lessa Daily's") is not the
    office of the name after them."""
    cut = max((m.end() for m in (*ASKED_PHRASE.finditer(text), *ASKER_WORD.finditer(text))),
              default=0)
    return text[cut:]
