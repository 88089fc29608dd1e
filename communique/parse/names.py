"""Person names in a sentence: runs of capitalised words without the offices, places,
institutions, calendar words and genre words around them, in the nominative where the
language declines names (Russian and Ukrainian; Polish, Finnish, Czech, Slovak and Kazakh
by their endings).

``participants`` and ``interviewers`` read who took part from the names found here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from babel import Locale

from .language import detect_language
from .morphology import (
    declines_turkic,
    finnish_nominative,
    language_of,
    nominative,
    polish_nominative,
    turkic_nominative,
    west_slavic_nominative,
)
from .speakers import OFFICE_WORDS, PATRONYMIC_FORM, UPPER, is_office, person_name

# A word's full stop belongs to it only after an initial or a short abbreviation ("R.",
# "Dr.", "Prof."): after a longer word it ends a sentence, and the name with it ("... Oskarem
# Lindem. Rozmowa ...").
_WORD = rf"(?:[{UPPER}]|(?:al|el|ad|as|ash|ar|bin|ibn)-[A-Z])(?:[\w’'\-]{{0,3}}\.|[\w’'\-]*)"
_JOIN = r"(?:of|the|bin|al|van|von|de|der|da|ibn|и|del|di|dos|das|do|du)"
# A particle of two words joins too ("Pieter van der Molen", "María de la Luz").
_PARTICLES = r"(?:van der|van den|van de|von der|de la|de los|de las|de l['’]?)"
NAME_RUN = re.compile(rf"{_WORD}(?:\s+(?:{_WORD}|(?:{_PARTICLES}|{_JOIN})(?=\s+[{UPPER}])))*")
NOT_PERSON = frozenset("""
federation republic kingdom sultanate state states union emirate emirates principality ministry
council assembly committee agency office house kremlin magazine television tv newspaper radio
university company corporation bank fund forum summit organisation organization government
parliament duma senate congress nations news times post daily journal channel service group
party army navy church day week year january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday
on in at during after before following today yesterday this that the a an
russian american chinese azerbaijani french german british european
ambassadors leaders ministers officials members ceos representatives governors leadership
administration white review herald courier gazette tribune agency press media network
telegraph observer monitor chronicle bulletin mirror express weekly broadcasting all
region island territory province oblast city district area international national tournament
festival games championship museum theatre school institute academy association associations
république gouvernement ministère assemblée conseil palais élysée matignon radio télévision
republik bundesrepublik regierung bundesregierung ministerium bundestag bundesrat rundfunk
república gobierno ministerio congreso cortes palacio moncloa televisión diario
repubblica governo ministero camera senato palazzo quirinale chigi
ministério assembleia palácio rádio televisão jornal
rzeczpospolita rząd ministerstwo sejm senat kancelaria pałac polskie
interview interviews entretien entrevista intervista wywiad röportaj
республіка уряд міністерство рада верховна офіс кабінет
palace castle palast schloss château castello castillo paleis palatul palatului palácio
kasteel slott zamek hrad дворец палац diwan secretariat
zeitung tidning tidningen avis avisen dagblad dagbladet sanomat lehti uutiset krant gazzetta
corriere giornale periódico rundschau kurier anzeiger echo
port fort mount cape harbour harbor
conference conferencia conferenza conférence konferenz cumbre vertice sommet gipfel consejo
partnership alliance coalition foundation initiative commission institute society centre center
programme program presidency league movement
america americas africa europe caribbean oceania balkans
herzegovina tobago barbuda nevis grenadines principe príncipe caicos futuna
""".split())
# "Partnership for Central America", "Presidency of Bosnia and Herzegovina": a run of a name's
# length right after an institution's word and its "for" or "of" ends the institution's name.
INSTITUTION_OF = re.compile(r"([\w’'-]+)\s+(?:for|of)\s+(?:the\s+)?$")
# An outlet's medium, in any case: "Televiziyasına", "Gazetesi'ne", "телевидению".
MEDIA_STEMS = ("televiz", "televis", "телевиз", "телевід", "телебач", "radyos", "radiosu",
               "gazetes", "qəzet", "газет", "jurnal", "ajansı", "agentliy", "агентств")
# The genre words a title opens with before "of" and the speaker's name ("Discours de ...").
GENRE_WORDS = frozenset("""
interview entretien entrevista intervista speech address discours discurso discorso rede
toespraak message mensaje mensagem messaggio botschaft statement déclaration declaración
declaração dichiarazione erklärung
""".split())
# The verbs an English title capitalises after its subject's name ("... Speaks by Phone").
TITLE_VERBS = frozenset("""
speaks meets holds calls visits receives sends says talks congratulates welcomes thanks
addresses attends chairs signs hosts opens delivers greets condoles telephones
""".split())
# A state's word in any case ("Królestwa Saldowii", "Republiky", "Королевства"): a country's
# name, never a person's.
STATE_WORD = re.compile(r"(?:królestw|republi|rzeczpospolit|rzeczypospolit|federacj|księstw|"
                        r"královstv|kráľovstv|kraljevin|sułtanat|emirat|königreich|fürstentum|"
                        r"королевств|республик|федераци|княжеств|королівств|республік|"
                        r"федераці|краљевин|република|koninkrijk|kongeriket|kungariket|"
                        r"kongerige|kuningas|királyság|köztársaság|regno|royaume|"
                        # Greek, in its cases ("της Δημοκρατίας", "του Βασιλείου").
                        r"δημοκρατ|βασίλει|βασιλει|ομοσπονδ)")
# Calendar words of the languages the archive meets ("Am Montag", "Im März"): never a name.
CALENDAR_LOCALES = ("de", "fr", "es", "it", "pt", "pl", "uk", "ru")
# Offices written as one compound or hyphenated word: "Premierminister", "Bundespräsidentin",
# "Primeiro-Ministro", "Vizekanzler".
# German compounds of an office or a role ("Oberbürgermeister", "Politikwissenschaftler"):
# German capitalises them before a name as it does any noun.
OFFICE_COMPOUND = re.compile(r"(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|"
                             r"meister|meisterin|wissenschaftler|wissenschaftlerin|teilnehmer|"
                             r"teilnehmerin|botschafter|botschafterin|unternehmer|unternehmerin|"
                             r"ministro|ministra|ministre|président|présidente|presidente|"
                             r"presidenta|prezydent|міністр|міністерка)$")
# Polish, Ukrainian and Russian write an office in lower case with the country after it
# ("premierem Estrawy Oskarem Lindem", "прем'єр-міністром Естрави Оскаром Ліндом"): the
# capitalised run that follows is a place, then the name.
DECLINED_OFFICE = re.compile(r"(?:\b(?:wice)?(?:prezydent|premier|kanclerz|król|sekretarz|"
                             r"przewodnicząc|marszał|ambasador)\w*|\bminist(?:rem|rowi|rze)\b|"
                             # Serbian, Croatian, Slovene, Czech, Slovak: "s predsednikom
                             # Ostrave Piotrom Haldanom", "са председницом Салдовије ...".
                             r"\b(?:predsedni|predsjedni|premijer|kancelar|ministar)\w*|"
                             r"(?<!\w)(?:председни|премијер|министар|министр)\w*|"
                             r"(?<!\w)(?:премьер|президент|министр|канцлер|корол|прем['’]єр|"
                             r"міністр|речни|пресс-секретар|прес-секретар)\w*)(?:-\w+)?"
                             # its portfolio in lower case: "министр иностранных дел
                             # Республики Велория ...", "minister spraw zagranicznych Estrawy".
                             r"(?:\s+(?-i:[a-zа-яёіїєґąćęłńóśźż]+)){0,3}\s+$", re.I)

# "в Оранту Томас Арвид", "W Pałacu Republiki": after a preposition of place, the first
# capitalised word is the place's (Russian, Ukrainian, Polish); a name may follow it.
# So do the Romance languages' "in (the)": "no Sertão Norte", "dans le", "nella".
PLACE_PREPOSITION = re.compile(r"(?<!\w)(?:в|во|на|из|w|we|na|no|nos|nas|em|en|dans|nel|nella)"
                               r"\s+$", re.I)
PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "w", "we", "na"})
# "до Оранти Томас Арвід", "к Ostrave": a preposition of direction may stand before a person
# too ("лист до Томаса Арвіда"): the place only when a name of two words follows it.
TOWARDS = re.compile(r"(?<!\w)(?:до|у|к|ко|od|do|ke|k)\s+$", re.I)
NAME_WORDS = 2
# Styles of address written in initials ("S.E.M.", Son Excellence Monsieur; "H.E."): no
# name's initials, though they look like them.
DOTTED_STYLE = re.compile(r"(?<![\w.])(?:S\.\s?E\.(?:\s?M(?:me)?\.)?|H\.\s?E\.|S\.\s?A\.\s?R\.|"
                          r"LL\.\s?EE\.|S\.\s?M\.)(?=\s)")
DECLINED_SPAN = 50  # characters before a name in which its declined office is looked for

# "Primo Ministro di Estrava": after an office, a name that opens with "di" is a place.
PLACE_PARTICLES = frozenset({"de", "di", "da", "du", "del", "della", "dos", "das", "do", "d’",
                             "d'"})
ROYAL_STYLES = frozenset({"king", "queen", "emir", "sultan", "sheikh", "prince", "princess",
                          "patriarch", "pope", "emperor", "empress", "grand duke", "shah"})
POSSESSIVE = re.compile(r"['’]s$")  # English: "Harrow's"
FOLLOWING_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
# An office and the word that joins its portfolio or country: "ministra de", "Minister of the",
# "ministre des"; a run of two words after it is that portfolio ("Relaciones Exteriores").
# An adjective of the office may come between ("Chancelière fédérale d'Aldenland").
OFFICE_ADJECTIVES = (r"(?:fédéral|fédérale|federal|federale|délégué|déléguée|adjoint|adjointe|"
                     r"interino|interina|intérimaire|delegado|delegada|aggiunto|aggiunta)")
OFFICE_JOINED = re.compile(rf"(?<!\w)([^\W\d_]+)(?:\s+{OFFICE_ADJECTIVES})?\s+"
                           r"(?:of(?:\s+the)?|for(?:\s+the)?|de(?:\s+la|\s+los|\s+las)?|"
                           r"del|des|du|da|do|dos|das|di|della|degli|dello|delle|dei|für|"
                           r"für\s+die)\s+$|"
                           # Elided before a vowel: "ministra dell'Istruzione", "de l'Économie".
                           rf"(?<!\w)([^\W\d_]+)(?:\s+{OFFICE_ADJECTIVES})?\s+"
                           r"(?:dell|dall|de\s+l|d)['’]$|"
                           # Two portfolios: "Ministro dell'Economia e delle Finanze".
                           r"(?<!\w)([^\W\d_]+)\s+(?:dell['’]|della\s+|del\s+|of\s+(?:the\s+)?|"
                           r"de\s+(?:la\s+)?)[^\W\d_]+\s+(?:e|and|y|et|und|i)\s+(?:delle|della|"
                           r"dei|degli|del|de(?:\s+la|\s+los|\s+las)?|of(?:\s+the)?|des|du|der)\s+$|"
                           # "Minister of Foreign and European Affairs": the last portfolio's
                           # words run on into the name.
                           r"(?<!\w)(?P<run_on>[^\W\d_]+)\s+(?:of(?:\s+the)?|for)\s+[^\W\d_]+\s+and\s+$",
                           re.I)
PORTFOLIO_WORDS = 2
CYRILLIC_WORDS = re.compile(r"[А-ЯЁа-яё\-]+(?: [А-ЯЁа-яё\-]+)+")
# Words that may follow a person's name; any other lower-case word makes the name a modifier.
FUNCTION_WORDS = frozenset("""
on of for in at and with to over from by as about after before during following who which
that has have had was is will would said says spoke met sent made held gave signed expressed
congratulated discussed noted stressed took attended called visited received welcomed
set told led put paid wrote laid outlined announced launched opened delivered addressed
today yesterday tonight this last also jointly warmly earlier later
и в на с по о об за из к от для при который которая
a et avec de du des à au aux en sur pour par qui que lors est s'est s’est se sont rencontre
adresse envoie
und mit von zu zum zur im in am an auf für über nach bei hat ist sind sprach traf telefonierte
empfing gratulierte
y e con del en al por para sobre que ha han se es mantuvo mantiene sostuvo conversa habla recibe
felicita
di della dello degli dei alla al nella nel per su che si è incontra riceve
com do da dos das em no na ao aos pela pelo para por que é teve manteve recebeu falou conversou
i oraz z ze w we na do od dla o po przez że się jest
та й із зі у від про що є
""".split())
# English words of every sentence: only English puts a name before a noun as its modifier
# ("the Kestrel Falls school choir"); in other languages a lower-case word after a name is
# its verb or an adverb ("Vojtěch Hanák dnes přijal", "Eero Lindqvist tapasi").
ENGLISH = re.compile(r"\b(?:the|and|of|with|has|was|were|will|have|is|are|his|their|its|which|"
                     r"who|from|that|this)\b")
# A headline's capitalised preposition ends the name before it ("Speaks with Mayor Celia
# Pound About Water Main Failure").
TITLE_PREPOSITION = re.compile(r" (?:About|Regarding|Concerning|Amid|Ahead|Following|Over|On|"
                               r"After|Before|During)(?: |$)")
GERMAN_PARTICIPLE = re.compile(r"ge[a-zäöüß]{3,}(?:t|en)")
# A full stop after an initial or a form of address ("M. Lind", "Mr. Lind") ends no sentence.
SENTENCE = re.compile(rf"(?<=[.!?])(?<!\b[{UPPER}]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)"
                      rf"(?<!\bMrs\.)(?<!\bMme\.)(?<!\bSr\.)(?<!\bSra\.)(?<!\bHon\.)"
                      rf"(?<!\bProf\.)(?<!\bRt\.)\s+(?=[{UPPER}])")


def names_in(text: str, language: str | None = None) -> list[str]:
    """Person names a sentence writes, in order, Russian and Ukrainian ones in the nominative.

    ``language``: the statement's code; None tells Russian from Ukrainian by the letters.
    """
    written = names_written(text)
    if declines_turkic(text, language):
        return [turkic_nominative(name) for name in written]
    code = language_of(text, language)
    return [nominative(name, code) for name in written] if code else written


def title_case(title: str) -> bool:
    """True for Headline Case titles, where capitals no longer mark names."""
    words = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def names_written(text: str) -> list[str]:
    """Person names as the sentence writes them: runs of capitalised words, office words off."""
    names = []
    english: bool | None = None  # read only when a name is followed by a lower-case word
    text = DOTTED_STYLE.sub(lambda m: " " * len(m.group(0)), text)
    for match in NAME_RUN.finditer(text):
        if _institution_ends(text, match):
            continue
        following = FOLLOWING_WORD.match(text, match.end())
        word = following.group(1) if following else None
        # "Edwin Harrow's interview": a possessor, not a modifier; the name without its "'s".
        possessive = POSSESSIVE.search(match.group(0))
        if word and not possessive and word not in FUNCTION_WORDS and word.isascii() \
                and not GERMAN_PARTICIPLE.fullmatch(word) \
                and (english := is_english(text) if english is None else english):
            # "the Kestrel Falls school choir": a name used as a modifier.  Only English
            # puts a noun before a noun; "Żelazna spotkała" is the name and its verb, and so
            # is a German participle at the end of the clause ("Lindqvist gesprochen").
            continue
        run = TITLE_PREPOSITION.split(of_genre(without_place(text, match)), maxsplit=1)[0]
        if run and possessive:
            run = POSSESSIVE.sub("", run)
        if not run:
            continue
        office = OFFICE_JOINED.search(text, max(0, match.start() - 40), match.start())
        if office and is_office(office[office.lastindex or 0]):  # the alternative's office
            if len(run.split()) <= PORTFOLIO_WORDS and office["run_on"] is None:
                continue  # the office's portfolio or country, not a person ("... and X Y": X Y)
            if len(run.split()) in (PORTFOLIO_WORDS + 1, PORTFOLIO_WORDS + 2):
                # "ministra della Salute Sara Bianchi", "Ministro degli Affari Esteri Edoardo
                # Rinaldi": a word or two of portfolio, then the name.
                run = run.split(" ", len(run.split()) - NAME_WORDS)[-1]
        left, joined, right = run.partition(" и ")
        if joined and (is_office(right.split()[0]) or name_of(right)) \
                and (first := name_of(left)):
            # "Томас Арвид и Премьер-министр Эстравии Оскар Линд", "Екатерина Гладкова и
            # Павел Рудин": two people, not one run ("Боснии и Герцеговины" joins a
            # country's name).
            names.append(first)
            run = right
        if DECLINED_OFFICE.search(text, max(0, match.start() - DECLINED_SPAN), match.start()):
            run = f"minister {run}"  # so that the place before the name is cut off with it
        # "Chancellor Gerhard Schroeder of Germany": the name may stand before the place.
        tries = [run] + ([run.rsplit(" of ", 1)[0]] if " of " in run else [])
        name = next((n for n in map(name_of, tries) if n), None)
        if name:
            names.append(name)
    return names


def _institution_ends(text: str, match: re.Match[str]) -> bool:
    """Whether the run is the end of an institution's name, not a person's."""
    if len(match.group(0).split()) > NAME_WORDS:
        return False  # "Partnership for Peace Amara Velden": a name may follow it
    before = INSTITUTION_OF.search(text, max(0, match.start() - 40), match.start())
    return before is not None and before.group(1).lower() in NOT_PERSON


def without_place(text: str, match: re.Match[str]) -> str:
    """The run without the place that a preposition before it (or opening it) names."""
    words = match.group(0).split()
    if words[0].lower() in PLACE_PREPOSITIONS:
        return " ".join(words[2:])
    if PLACE_PREPOSITION.search(text, max(0, match.start() - 4), match.start()) or \
            len(words) > NAME_WORDS and TOWARDS.search(text, max(0, match.start() - 4),
                                                       match.start()):
        return " ".join(words[1:])
    return match.group(0).strip()


def of_genre(run: str) -> str:
    """The run without a genre word and its "of" before the name ("Discours de Alioune
    Badara Timbo"), which would make the name's first word a place, and without a title's
    verb after it."""
    words = run.split()
    while len(words) > 2 and words[-1].lower() in TITLE_VERBS:
        words.pop()  # "President Cheng Yuanzhou Speaks": a title's capitals, on its verb too
        run = " ".join(words)
    if len(words) > 3 and words[0].lower() in GENRE_WORDS \
            and words[1].lower() in PLACE_PARTICLES | {"of"}:
        return " ".join(words[2:])
    return run


def is_english(text: str) -> bool:
    """Whether a sentence is English, where a name may modify a noun: its own function
    words, else no lower-case word of other letters ("dnes přijal", "tapasi tänään") and
    no other language's function words."""
    return ENGLISH.search(text) is not None or not any(
        w[:1].islower() and not w.isascii() for w in text.split()) \
        and detect_language(text) in (None, "en")


def name_of(run: str) -> str | None:
    words = run.split()
    if len(words) >= 4 and words[-1].lower().startswith(MEDIA_STEMS):
        # "Amara Velden Lessa Televiziyasına": a name, then an outlet, its place and its
        # medium (in a case): the name is what comes before them.
        return name_of(" ".join(words[:-2]))
    name = person_name(run)
    before = run[:run.rfind(name)].split() if name != run else []
    if name[:1].islower() and before and is_office(before[-1]):
        return None  # "Premierministerin von Ellesmere": an office's place, no name
    if name.endswith(".") and not re.search(r"(?<![\w.])\w\.$", name):
        name = name[:-1]  # a sentence's full stop, not an initial
    words = run.split()
    if " " not in name and len(words) >= 2 and words[-2].lower() in ROYAL_STYLES:
        name = " ".join(words[-2:])  # "Queen Sirikit", "Patriarch Kirill": one name, styled
        return name.rstrip(".")
    tokens = [t.lower().strip(".") for t in name.split()]
    bad = [k for k, t in enumerate(tokens)
           if t in NOT_PERSON or STATE_WORD.match(t) or t in OFFICE_WORDS or t in calendar_words()
           or OFFICE_COMPOUND.search(t) or t.endswith(("’s", "'s"))]
    if bad and len(tokens) - bad[-1] > 2:
        # "European Council Charles Michel": an institution's name runs into the person's;
        # "Premierminister von Estrava": what an office leaves behind is no name.
        after = name.split()[bad[-1] + 1:]
        if STATE_WORD.match(tokens[bad[-1]]) and len(after) > 2:
            after = after[1:]  # "Republiki Tarsji Tomasza Wernika": the state's name, then his
        rest = " ".join(after)
        return name_of(rest) if rest[:1].isupper() else None
    if len(tokens) < 2 or bad or tokens[0] in PLACE_PARTICLES:
        return None
    return russian_name(name)


def russian_name(name: str) -> str:
    """A Russian name is a given name and a surname, a patronymic between them at most: the
    capitalised words before it ("Накануне Дня Республики Матвей Дорохов", a country's
    genitive "Ведании Галина Орешкина") are not its own."""
    words = name.split()
    if len(words) < 3 or not CYRILLIC_WORDS.fullmatch(name):
        return name
    keep = 3 if PATRONYMIC_FORM.search(words[-2]) else 2
    return " ".join(words[-keep:])


@cache
def calendar_words() -> frozenset[str]:
    """Day and month names, lower-cased, in every form babel gives for ``CALENDAR_LOCALES``."""
    words: set[str] = set()
    for code in CALENDAR_LOCALES:
        locale = Locale.parse(code)
        for table in (locale.days, locale.months):
            for context in ("format", "stand-alone"):
                words.update(name.lower() for name in table[context]["wide"].values())
    return frozenset(words)


# The Armenian definite article on a name's last word ("Գալստյանը", after a vowel "-ն").
ARMENIAN_ARTICLE = re.compile(r"(?<=[\u0561-\u0586]{3})ը$")


# The languages whose names ``names_in`` leaves as written and their endings tell the case
# of: each one's reader of the nominative, given the name and its sentence.
READ_BY_ENDINGS: dict[str, Callable[[str, str], str]] = {
    "pl": lambda name, _sentence: polish_nominative(name),
    "fi": finnish_nominative,
    "cs": lambda name, _sentence: west_slavic_nominative(name),
    "sk": lambda name, _sentence: west_slavic_nominative(name),
}


def in_nominative(name: str, sentence: str, language: str | None) -> str:
    """The name in the nominative where the sentence's language declines names."""
    if ARMENIAN_ARTICLE.search(name):
        return ARMENIAN_ARTICLE.sub("", name)  # "Անի Գալստյանը": the name and its article
    flat = (language or "").lower()[:2]
    if flat in READ_BY_ENDINGS:
        return READ_BY_ENDINGS[flat](name, sentence)
    if declines_turkic(sentence, language):
        return turkic_nominative(name)
    code = language_of(sentence, language)
    return nominative(name, code) if code else name
