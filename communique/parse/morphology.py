"""Person names declined by case (Russian, Ukrainian) -> the nominative.

Russian and Ukrainian write a name in the case the sentence gives it ("с
Хенриком Сольбергом", "главному редактору Томасу Бранду", "Президента Амары
Вельден"); one person would get several names.  ``nominative`` reads the words
with pymorphy3 (OpenCorpora's dictionary for Russian, LanguageTool's for
Ukrainian; unknown and foreign names are predicted from their endings) and
puts the whole name in the nominative.

A name is read as one phrase: its words share one case and one gender, which
the given name (the first word) vouches for most ("Амары" is a woman's name in
the genitive, so "Вельден", which has no feminine genitive of its own, is a
woman's surname that does not decline).  A word with no reading in that case
and gender, an initial ("Т.") and a word in another script stay as written.
When the nominative reads the name as well as any other case does, the name
is left alone: a wrong change is worse than none.

The analysers load once per process, on the first Cyrillic name; a page in
another script never loads them.
"""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from .language import language_code

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse

LANGUAGES = ("ru", "uk")
# Cyrillic languages that decline names: Russian's analyser reads their cases, the letters
# telling Russian from Ukrainian (a page's declared tag may be a template's).
DECLINING = frozenset({"ru", "uk", "be", "sr", "bs", "hr", "sh", "cnr", "me"})
CYRILLIC = re.compile(r"[А-ЯЁЄІЇҐа-яёєіїґ]")
# Letters only Ukrainian writes: a text of them without a language code is Ukrainian.
UKRAINIAN = re.compile(r"[ЄІЇҐєіїґ]")
# A word of a name: letters, joined by a hyphen or an apostrophe ("Жан-Пьер", "Мар'яна").
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# No vocative: running text names a person in it seldom, and the Russian one ("Карин!")
# would read names of the nominative as it.
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
GENDERS = ("masc", "femn")
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
# pymorphy3 reads an unknown word also as a known one behind a prefix ("Соль" + "бергом",
# "А" + "марою"): its case may be right, but that the tail is a name says nothing of the word.
PREFIX_GUESS = "UnknownPrefixAnalyzer"
# A reading as a name (not a common noun of that ending) counts this much more; the given
# name, which says most surely which case and gender the phrase has, counts twice.
NAME_BONUS = 1.0
FIRST_WEIGHT = 2.0
# An indeclinable reading ("Анне" as a French name) fits every case and so says least which
# case the phrase has: it counts this much of its score.
FIXED_WEIGHT = 0.5
# The name as written wins ties and near ties: "Ингрид Сольберг" is any case of one form.
NOMINATIVE_BONUS = 0.3
# How many letters of a word's end the nominative may change ("Львом" -> "Лев").
STEM_CHANGE = 2
CACHE_SIZE = 8192
# The oblique cases of the surnames of the two regular kinds, by gender: "-ов/-ин" ("Сомову",
# "Сомовой", "Лариным") and "-ский" ("Горским", "Горской"), to the nominative's ending.
SURNAME_CASES = {
    "masc": ((re.compile(r"^(\w+(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е)$"), r"\1"),
             (re.compile(r"^(\w+(?:ск|цк))(?:ого|ому|им|ом)$"), r"\1ий")),
    "femn": ((re.compile(r"^(\w+(?:ов|ев|ёв|ин|ын))(?:ой|ою|у)$"), r"\1а"),
             (re.compile(r"^(\w+(?:ск|цк))(?:ой|ую)$"), r"\1ая")),
}
# A man's surname of a consonant the dictionary lacks declines as a noun of its kind: the
# ending of each oblique case, hard and soft ("Линду", "Ковалю"), to the nominative's.
NOUN_CASES = {"datv": (("у", ""), ("ю", "ь")), "gent": (("а", ""), ("я", "ь")),
              "accs": (("а", ""), ("я", "ь")), "ablt": (("ом", ""), ("ем", "ь")),
              "loct": (("е", ""),)}
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
STEM_LETTERS = 3


@cache
def analyser(language: str) -> MorphAnalyzer:
    """The analyser of ``language`` ("ru" or "uk"), loaded once per process."""
    import pymorphy3  # here, so that a process that meets no Cyrillic never imports it

    return pymorphy3.MorphAnalyzer(lang=language)


SOUTH_SLAVIC = re.compile(r"[ђјљњћџѓќѕЂЈЉЊЋЏЃЌЅ]")
# Bulgarian's vowel "ъ" inside a word, before a consonant ("Министър", "външните"); Russian
# writes it only as a sign before "е", "ё", "ю", "я".
BULGARIAN = re.compile(r"[а-яА-Я]ъ[бвгджзклмнпрстфхцчшщ]|[а-я]ъ\b|ѝ")


def cases_by(language: str | None) -> str | None:
    """The language to decline a name by: None (its letters tell) for a page in a language
    that declines names, else the page's own (Bulgarian, Macedonian, Tajik decline none)."""
    code = language_code(language)
    return None if code in DECLINING else code


def language_of(text: str, language: str | None = None) -> str | None:
    """The analyser's language for ``text``: the statement's, else the one its letters tell.

    None when there is nothing to decline: no Cyrillic, or a declared language
    the analysers do not know ("bg", "en").
    """
    if not CYRILLIC.search(text):
        return None
    code = (language or "").split("-")[0].split("_")[0].lower()
    if code:
        return code if code in LANGUAGES else None
    if SOUTH_SLAVIC.search(text) or BULGARIAN.search(text):
        # Serbian or Macedonian letters, Bulgarian's "ъ" as a vowel ("Министър", "съвет"):
        # no analyser of ours declines them, and Bulgarian declines no names.
        return None
    return "uk" if UKRAINIAN.search(text) else "ru"


@lru_cache(maxsize=CACHE_SIZE)
def _surname_nominative(word: str, gender: str, case: str = "") -> str:
    """A surname of a regular kind in the nominative, by its ending; a man's foreign surname
    of a consonant declined as a noun ("Линду", "Линдом" -> "Линд"); else as written."""
    for pattern, ending in SURNAME_CASES.get(gender, ()):
        if pattern.match(word):
            return pattern.sub(ending, word)
    if gender == "masc":
        for ending, nominative_ending in NOUN_CASES.get(case, ()):
            stem = word[:-len(ending)]
            if word.endswith(ending) and len(stem) >= STEM_LETTERS \
                    and stem[-1].lower() in CONSONANTS:
                return stem + nominative_ending
    return word


# A man's surname ends in one of these when it declines as a noun ("Голдейн").
RUSSIAN_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def nominative(name: str, language: str | None = None) -> str:
    """``Хенриком Сольбергом`` -> ``Хенрик Сольберг``; ``Анной Ивановой`` -> ``Анна Иванова``.

    ``language``: the statement's code ("ru", "uk-UA"); None tells it from the
    name's letters.  Anything but a Cyrillic name comes back unchanged.
    """
    code = language_of(name, language)
    if code is None:
        return name
    words = [m for m in NAME_WORD.finditer(name) if len(m.group(0)) > 1
             and m.group(0)[0].isupper() and CYRILLIC.match(m.group(0))]
    if not words:
        return name
    readings = [_readings(code, m.group(0)) for m in words]
    case, gender = _case_of(readings)
    if case == "nomn":
        return name
    last = words[-1].group(0)
    if len(words) > 1 and gender == "masc" and (case, gender) not in readings[-1] \
            and last[-1:].lower() in RUSSIAN_CONSONANTS \
            and _surname_nominative(last, gender, case) == last:
        # "Мира Голдейн": a man's surname would decline with his given name ("Мира
        # Голдейна"); one left as it is is a woman's, and her given name is no man's case.
        return name
    out, at = [], 0
    for match, options in zip(words, readings, strict=True):
        reading = options.get((case, gender))
        if reading is None:
            # A surname the dictionary lacks ("Сомовой", "Горским") declines as all of its kind.
            word = match.group(0)
            fixed = _surname_nominative(word, gender, case) if match is not words[0] else word
            if fixed != word:
                out += [name[at:match.start()], fixed]
                at = match.end()
            continue  # no form of this case and gender: a word that does not decline
        out += [name[at:match.start()], _inflected(reading[1], match.group(0))]
        at = match.end()
    return "".join(out) + name[at:]


# A word's best singular noun reading for each (case, gender), with its score.
Readings = dict[tuple[str, str], "tuple[float, Parse]"]


@lru_cache(maxsize=CACHE_SIZE)
def _readings(language: str, word: str) -> Readings:
    """The best singular noun reading of ``word`` for each (case, gender).

    Kept per word: one surname comes in many phrases ("А.Вельден", "Амары Вельден").
    """
    best: Readings = {}
    for parse in analyser(language).parse(word.replace("’", "'")):
        tag = parse.tag
        if "NOUN" not in tag or "plur" in tag or tag.case not in CASES:
            continue
        # A surname of common gender ("Петренко") or an indeclinable one reads for both.
        genders = GENDERS if "ms-f" in tag.grammemes else (tag.gender,)
        named = NAME_TAGS & tag.grammemes and not any(
            type(unit).__name__ == PREFIX_GUESS for unit, *_ in parse.methods_stack)
        score = parse.score + (NAME_BONUS if named else 0.0)
        if "Fixd" in tag.grammemes:
            score *= FIXED_WEIGHT
        for gender in genders:
            key = (tag.case, gender)
            if gender in GENDERS and (key not in best or best[key][0] < score):
                best[key] = (score, parse)
    return best


def _case_of(readings: list[Readings]) -> tuple[str, str]:
    """The (case, gender) the name's words read best in together, the given name first."""
    def fit(key: tuple[str, str]) -> float:
        total = NOMINATIVE_BONUS if key[0] == "nomn" else 0.0
        for k, options in enumerate(readings):
            if key in options:
                total += options[key][0] * (FIRST_WEIGHT if k == 0 else 1.0)
        return total

    keys = {key for options in readings for key in options}
    if readings and readings[0] and not any(case == "nomn" for case, _ in readings[0]):
        # A given name no reading puts in the nominative ("Амари") tells the case; a woman's
        # foreign surname, undeclined ("Велден"), reads as a man's nominative.
        keys = set(readings[0])
    return max(sorted(keys), key=fit, default=("nomn", "masc"))


def _inflected(parse: Parse, word: str) -> str:
    """The nominative of one word; the word itself when the reading would change its stem."""
    form = parse.inflect({"nomn"})
    if form is None:
        return word
    written = _as_written(form.word, word)
    # A name declines at its end ("Павлом" -> "Павел"); a reading that changes more has
    # guessed another word ("Сольбергом" as the dictionary's "сольберґ").
    stem = len(os.path.commonprefix([written.lower(), word.lower()]))
    return written if stem >= len(written) - STEM_CHANGE else word


def _as_written(form: str, word: str) -> str:
    """The nominative spelt as the text spells: capitals kept, no "ё" or "ґ" of its own."""
    lower = word.lower()
    for letter, plain in (("ё", "е"), ("ґ", "г")):
        if letter not in lower:
            form = form.replace(letter, plain)
    if "’" in word:
        form = form.replace("'", "’")
    return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))


# Polish declines a name as Russian does ("wywiadu Katarzynie Zielińskiej", "z Adamem
# Kowalskim"), but no analyser of ours reads it: the surnames of the adjective kind ("-ska",
# "-ski") say the case and the gender; the given name then comes back by its ending.
POLISH_SURNAME = (("femn", re.compile(r"^(\w+(?:sk|ck|dzk))(?:iej|ą)$"), r"\1a"),
                  ("masc", re.compile(r"^(\w+(?:sk|ck|dzk))(?:iego|iemu|im)$"), r"\1i"))
# The given name's oblique endings, longest first ("Agnieszce" -> "Agnieszka", "Marii" ->
# "Maria", "Adamowi" -> "Adam").  A man's name whose stem ends in "k", "c" or "ł" may have
# lost a vowel ("Marka" of "Marek", "Pawła" of "Paweł"): it is left as written.
POLISH_NOUN_ENDINGS = ("owi", "em")  # a man's name declined as nouns: dative, instrumental
POLISH_GIVEN = {
    "femn": ((r"dzie$", "da"), (r"dze$", "ga"), (r"rze$", "ra"), (r"cie$", "ta"), (r"ce$", "ka"),
             (r"([bfmnpswz])ie$", r"\1a"), (r"([ij])i$", r"\1a"), (r"([kg])i$", r"\1a"),
             (r"y$", "a"), (r"[ąę]$", "a")),
    "masc": ((r"(?<![kcłi])(?:owi|em|a)$", ""),),
}


def polish_nominative(name: str) -> str:
    """``Katarzynie Zielińskiej`` -> ``Katarzyna Zielińska``; ``Adamem Kowalskim`` ->
    ``Adam Kowalski``.  A name whose surname is not of the adjective kind, or whose given
    name has no ending of the surname's case, comes back as written."""
    *given, surname = name.split()
    for gender, pattern, ending in POLISH_SURNAME:
        if not given or not pattern.match(surname):
            continue
        out = []
        for word in given:
            new = next((re.sub(p, r, word) for p, r in POLISH_GIVEN[gender]
                        if re.search(p, word)), None)
            if new is None or len(new) < 2:
                return name  # no ending to undo: the name may be in the nominative already
            out.append(new)
        return " ".join([*out, pattern.sub(ending, surname)])
    return _noun_nominative(given, surname) or _her_genitive(given, surname) or name


def _noun_nominative(given: list[str], surname: str) -> str | None:
    """A man's name declined as nouns, every word of it in one case ("Tomasem Arkellem",
    "Tomasowi Arkellowi" -> "Tomas Arkell"); None where a stem may have lost a vowel
    ("Radkiem" of "Radek") or the words disagree."""
    ending = next((e for e in POLISH_NOUN_ENDINGS if surname.endswith(e)), None)
    if not given or ending is None or not all(w.endswith(ending) for w in given):
        return None
    words = [w[:-3] if ending == "em" and w.endswith(("kiem", "giem")) else w[:-len(ending)]
             for w in given + [surname]]
    if any(len(w) < 2 for w in words) or any(w.endswith(("k", "c", "ł")) for w in words[:-1]):
        return None
    return " ".join(words)


def _her_genitive(given: list[str], surname: str) -> str | None:
    """A woman's given name in the genitive before a foreign surname that does not decline
    ("Amary Velden" -> "Amara Velden"); not "-cy", "-zy", which end men's names ("Jerzy")."""
    if len(given) != 1 or not given[0].endswith("y") or given[0].endswith(("cy", "zy")) \
            or len(given[0]) < 4 or surname.endswith(("a", "y", "i", "ą", "ej")):
        return None
    # Only a woman's known given name: "Tony Blair" keeps his "-y".
    her = f"{given[0][:-1]}a"
    return f"{her} {surname}" if _gender(her) in ("female", "mostly_female") else None


# Finnish declines a name's last word; before "kanssa" (with) it is in the genitive.
FINNISH_WITH = re.compile(r"\s+(?:kanssa|kanssaan)\b")
FINNISH_VOWELS = "aeiouyäö"


def finnish_nominative(name: str, sentence: str) -> str:
    """``Radek Osterin`` (before "kanssa") -> ``Radek Oster``; ``Aino Halosen`` -> ``Aino
    Halonen``; a name in another place is left as written (its case is unknown)."""
    at = sentence.find(name)
    if at < 0 or not FINNISH_WITH.match(sentence, at + len(name)):
        return name
    *first, last = name.split()
    if last.endswith("sen") and len(last) > 4:
        last = f"{last[:-3]}nen"  # "Halosen" of "Halonen"
    elif last.endswith("in") and len(last) > 4 and last[-3] not in FINNISH_VOWELS:
        last = last[:-2]  # a foreign name's "-in" after its last consonant
    elif last.endswith("n") and len(last) > 3 and last[-2] in FINNISH_VOWELS:
        last = last[:-1]  # "Niinistön"
    return " ".join([*first, last])


def west_slavic_nominative(name: str) -> str:
    """A man's name in the accusative or genitive in Czech and Slovak, both words ending in
    "-a" after a consonant ("Oskara Linda" -> "Oskar Lind"); women's surnames end in "-á"
    and stay."""
    words = name.split()
    if len(words) < 2 or not all(len(w) > 3 and w.endswith("a") and w[-2] not in "aeiouyáéíóúý"
                                 for w in words):
        return name
    return " ".join(w[:-1] for w in words)


@lru_cache(maxsize=1)
def _gender_detector() -> Any:
    import gender_guesser.detector  # read once, and only for such a name

    return gender_guesser.detector.Detector(case_sensitive=False)


def _gender(given: str) -> str:
    return str(_gender_detector().get_gender(given))


def is_given_name(word: str) -> bool:
    """Whether a word is a given name the names' dictionary knows ("Mira", not "Ostrava")."""
    return _gender(word) != "unknown"


# Kazakh and Kyrgyz add a case ending to a name's last word ("Сәтбаеваға", "Сейітовтің",
# "Осмоновдун"): the surname's own ending before it (-ов, -ева, -ин, -ұлы) tells where the
# name stops, and the ending goes.
TURKIC_CASE = re.compile(r"^(\w+?(?:ова|ева|ёва|ина|ына|ов|ев|ёв|ин|ын|ұлы|қызы|уулу|кызы))"
                         r"(?:ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|мен|бен|пен|"
                         r"га|ка|нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн|ни|ди|ти|ну|ду|"
                         r"ту|менен|бенен|пенен|да|де|та|те|дан|ден|тан|тен|нан|нен)$")
# A foreign surname ending in a consonant takes the dative, accusative or genitive ending
# right after it ("Амара Велденге", "Оскар Линдті", "Велденнің"): the ending goes.
FOREIGN_CASE = re.compile(r"^(\w{3,}[бвгджзклмнпрстфхцчшщ])(?:ге|ке|ға|қа|га|ка|ні|ны|ті|ты|"
                          r"ді|ды|нің|ның|тің|тың|дің|дың|ну|нү|ту|тү|ду|дү|нун|нүн|дун|дүн)$")
KAZAKH_LETTERS = re.compile(r"[әғқұһӘҒҚҰҺ]")
TURKIC_CODES = ("kk", "ky")


def declines_turkic(text: str, language: str | None) -> bool:
    """Whether names in ``text`` take Kazakh or Kyrgyz case endings: the statement's
    language says so, or (none given) Kazakh letters do."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    return code in TURKIC_CODES if code else KAZAKH_LETTERS.search(text) is not None


def turkic_nominative(name: str) -> str:
    """``Айгерім Сәтбаеваға`` -> ``Айгерім Сәтбаева``; a name of no such surname comes back
    as written."""
    *given, last = name.split() or [""]
    found = TURKIC_CASE.match(last) or (FOREIGN_CASE.match(last) if given else None)
    return " ".join([*given, found.group(1)]) if found else name
