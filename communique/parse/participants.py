"""Title, lead, salutations, tags and turns -> who took part, and in what role.

The lead says who did what to whom in one sentence ("X has given an interview
to ... Y", "X had a telephone conversation with Y", "X met with Y", "X sent a
message to Y"); a letter's salutation names its addressee ("Your Majesty,",
"Dear Mr. President,", "Уважаемый Владимир Владимирович!"), completed with the
country the text names; the page's own tags list the people it is about (read
in the order the text writes the name: "Velden Amara" -> "Amara Velden"); the
turns add everyone who speaks.  ``merge`` keeps one entry per person, and
``complete_sides`` gives a "Meeting with X" its host and a call its caller.

Leads and titles are read in English, Russian, French, German, Spanish,
Italian, Portuguese, Polish and Ukrainian ("s'est entretenu par téléphone
avec", "ha mantenido una conversación telefónica con", "Telefonat mit").
Russian and Ukrainian names come out in the nominative ("с Хенриком Сольбергом"
-> "Хенрик Сольберг", ``morphology``); a Polish interviewer comes out in the
nominative when the surname is of the "-ska"/"-ski" kind ("Katarzynie Zielińskiej"),
other Polish objects keep the case the sentence gives them ("z premierem Oskarem
Lindem"), and the page's tags, when it has them, give the nominative.  A
salutation in a language of vocatives names no one here.

An interview whose lead no pattern reads still gets its two sides
(``interview_sides``): the asker after a journalist's word or the phrase of the
questions ("Das Gespräch führte X", "domande di X", "muhabiri X'ın"), the one who
answers the first other person named with an office or in the title as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from babel import Locale

from ..models import Participant, Turn
from .language import detect_language
from .morphology import language_of, nominative, polish_nominative
from .speakers import (
    ADDRESS_WORDS,
    OFFICE_WORDS,
    UPPER,
    SpeakerNames,
    better_form,
    is_office,
    person_name,
    same_person,
)

_WORD = rf"(?:[{UPPER}]|(?:al|el|ad|as|ash|ar|bin|ibn)-[A-Z])[\w’'\-]*\.?"
_JOIN = r"(?:of|the|bin|al|van|von|de|der|da|ibn|и|del|di|dos|das|do|du)"
NAME_RUN = re.compile(rf"{_WORD}(?:\s+(?:{_WORD}|{_JOIN}(?=\s+[{UPPER}])))*")
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
""".split())
# Calendar words of the languages the archive meets ("Am Montag", "Im März"): never a name.
CALENDAR_LOCALES = ("de", "fr", "es", "it", "pt", "pl", "uk", "ru")
# Offices written as one compound or hyphenated word: "Premierminister", "Bundespräsidentin",
# "Primeiro-Ministro", "Vizekanzler".
OFFICE_COMPOUND = re.compile(r"(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|"
                             r"ministro|ministra|ministre|président|présidente|presidente|"
                             r"presidenta|prezydent|міністр|міністерка)$")
# Polish, Ukrainian and Russian write an office in lower case with the country after it
# ("premierem Estrawy Oskarem Lindem", "прем'єр-міністром Естрави Оскаром Ліндом"): the
# capitalised run that follows is a place, then the name.
DECLINED_OFFICE = re.compile(r"(?:\b(?:wice)?(?:prezydent|premier|kanclerz|król|sekretarz|"
                             r"przewodnicząc|marszał|ambasador)\w*|\bminist(?:rem|rowi|rze)\b|"
                             r"(?<!\w)(?:премьер|президент|министр|канцлер|корол|прем['’]єр|"
                             r"міністр)\w*)(?:-\w+)?\s+$")
# The other side in a title: "with X" ("avec", "mit", "con", "com", "z", "з"); a letter's
# addressee also "to X" ("à", "an", "a", "al", "ao", "do", "до").
# "with" in the languages of the cue tables ("met" Dutch, "s"/"se"/"sa" Czech, Slovak and
# Serbian, "cu" Romanian, "dengan" Indonesian, "với" Vietnamese, "με" Greek, "med" Nordic).
_WITH = (r"with|to|от|с|avec|mit|con|com|z|ze|з|із|зі|со|met|s|se|sa|cu|dengan|với|με|med")
TITLE_WITH = re.compile(rf"(?<![\w’'])(?:{_WITH})\s+(.+)$", re.I)
TITLE_TO = re.compile(rf"(?<![\w’'])(?:{_WITH}|à|au|an|a|al|ao|do|до)\s+(.+)$", re.I)
# "Primo Ministro di Estrava": after an office, a name that opens with "di" is a place.
PLACE_PARTICLES = frozenset({"de", "di", "da", "du", "del", "della", "dos", "das", "do", "d’",
                             "d'"})
ROYAL_STYLES = frozenset({"king", "queen", "emir", "sultan", "sheikh", "prince", "princess",
                          "patriarch", "pope", "emperor", "empress", "grand duke", "shah"})
FOLLOWING_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
# An office and the word that joins its portfolio or country: "ministra de", "Minister of the",
# "ministre des"; a run of two words after it is that portfolio ("Relaciones Exteriores").
OFFICE_JOINED = re.compile(r"(?<!\w)([^\W\d_]+)\s+(?:of(?:\s+the)?|de(?:\s+la|\s+los|\s+las)?|"
                           r"del|des|du|da|do|dos|das|di|della|für|für\s+die)\s+$|"
                           # Elided before a vowel: "ministra dell'Istruzione", "de l'Économie".
                           r"(?<!\w)([^\W\d_]+)\s+(?:dell|dall|de\s+l|d)['’]$", re.I)
PORTFOLIO_WORDS = 2
# Words that may follow a person's name; any other lower-case word makes the name a modifier.
FUNCTION_WORDS = frozenset("""
on of for in at and with to over from by as about after before during following who which
that has have had was is will would said says spoke met sent made held gave signed expressed
congratulated discussed noted stressed took attended called visited received welcomed
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
GERMAN_PARTICIPLE = re.compile(r"ge[a-zäöüß]{3,}(?:t|en)")
# A full stop after an initial or a form of address ("M. Lind", "Mr. Lind") ends no sentence.
SENTENCE = re.compile(rf"(?<=[.!?])(?<!\b[{UPPER}]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)"
                      rf"(?<!\bMrs\.)(?<!\bMme\.)(?<!\bSr\.)(?<!\bSra\.)\s+(?=[{UPPER}])")
# After a name: "of the Northern Herald", "from Radio Lessa", "de Radio Nordique".
OF_OUTLET = re.compile(rf",?\s+(?:of|from|at|with|de|du|von|del|della|di|da|do|z|из)\s+"
                       rf"(?:the\s+|la\s+|le\s+|el\s+|der\s+|des\s+)?[«„\"“']?[{UPPER}]")
# A named interviewer is a person only when the lead says what they do.  The words of those
# who ask for a living; an expert, a writer or an author may as well be the one who answers.
ASKER_WORDS = (r"editor|journalist|correspondent|reporter|host|anchor|presenter|columnist|"
               r"редактор|журналист|корреспондент|ведущ|обозревател|rédact|journaliste|"
               r"chefredakt|redakteur|periodista|giornalista|jornalista|dziennikar|redaktor|"
               r"журналіст|кореспондент|ведуч|оглядач|müxbir|jurnalist|muhabir|gazeteci|"
               r"korrespondent|moderat(?:or|rice)|cronista|intervist(?:atore|atrice)|"
               r"entrevistador|intervieweu|interviewer")
JOURNALIST = re.compile(ASKER_WORDS + r"|expert|writer|author", re.I)
# Where a lead says who asked: a journalist's word ("la periodista", "muhabiri"), the
# asker's name a few words after it, perhaps past an outlet ("корреспонденту газеты «Лесские
# ведомости» Ивану Сорокину"); or the phrase of the questions, the name right after it
# ("domande di Giulia Ferri", "Das Gespräch führte Jonas Albrecht"; "domande del Corriere"
# puts an article before an outlet, and is left out).
ASKER_WORD = re.compile(rf"(?<!\w)(?:{ASKER_WORDS})\w*", re.I)
ASKED_PHRASE = re.compile(
    r"\b(?:questions?\s+(?:from|of|by|put\s+by|de|d[’'])|interviewed\s+by|interviewée?\s+par|"
    r"preguntas?\s+de|perguntas?\s+de|domande\s+di|intervistat[oa]\s+da|"
    r"entrevistad[oa]\s+por|(?:Gespräch|Interview)\s+führte|Fragen\s+stellten?|"
    r"befragt\s+von|interviewt\s+von)\s+(?=\w)", re.I)
# Words after which a name counts as the asker only when an outlet follows it ("spoke to
# Anton Weil of Velorian Radio", the way "gave an interview to X of Y" reads).
SPOKE_TO = re.compile(r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+|\btold\s+|"
                      r"\binterview\s+(?:to|with)\s+", re.I)
# How far after those words the asker's name may stand.
ASKER_CHARS = 100
# Words after which a capitalised run is an outlet, not the asker: "the editor of Velorian
# Voice", "la periodista de Radio Lessa".
OUTLET_BEFORE = re.compile(r"(?:\b(?:of|from|at|de|du|del|della|di|da|do|von|der|z|из|з)|"
                           r"[«„\"“'])\s*$", re.I)
# A name's case suffix after an apostrophe, as Turkish writes it ("Yıldız'ın", "Varga'nın").
APOSTROPHE_SUFFIX = re.compile(r"['’][a-zçğıöşü]{1,4}$")
# How many words before a name may hold the office that makes its bearer the interviewee.
OFFICE_BEFORE_WORDS = 4
# (kind, pattern, role of the subject, role of the object, take the object part's last name)
LeadPattern = tuple[str, re.Pattern[str], str, str, bool]
LEAD_PATTERNS: tuple[LeadPattern, ...] = tuple(
    (kind, re.compile(p, re.I), a, b, last) for kind, p, a, b, last in (
        ("interview", r"(?P<a>.+?)\b(?:has given|gave|has granted|granted|gives|дал|дала)\s+"
         r"(?:an?\s+|his\s+|her\s+)?(?:exclusive\s+)?(?:interview|интервью)\s+(?:to|with)?\s*"
         r"(?P<b>.+)", "interviewee", "interviewer", True),
        ("phone_call", r"(?P<a>.+?)\b(?:received|took) a (?:tele)?phone call from\s+(?P<b>.+)",
         "callee", "caller", False),
        ("phone_call", r"(?P<a>.+?)\b(?:made|had|held|placed) an? (?:tele)?phone "
         r"(?:call|conversation|talks?)\s+(?:to|with)\s+(?P<b>.+)", "caller", "callee", False),
        ("phone_call", r"(?P<a>.+?)\b(?:spoke|talked) (?:by|on the|over the) (?:tele)?phone "
         r"(?:with|to)\s+(?P<b>.+)", "caller", "callee", False),
        ("phone_call", r".*?(?:tele)?phone (?:conversation|call|talks?) (?:was|were) held between"
         r"\s+(?P<a>.+?)\s+and\s+(?P<b>.+)", "caller", "callee", False),
        ("phone_call", r"(?P<a>.+?)\bпров[её]л[аи]? телефонный разговор с\s+(?P<b>.+)", "caller",
         "callee", False),
        # "Президенту X позвонил Y": the callee, in the dative, may come first.
        ("phone_call", r"(?:.*?\s)?(?P<b>(?:Президенту|Премьер-министру|Председателю|Канцлеру|"
         r"Федеральному канцлеру|Королю|Королеве|Эмиру|Султану|Генеральному секретарю)\s"
         r"[^,.;]+?)\s+позвонил[аи]?\s+(?P<a>.+)", "caller", "callee", False),
        ("phone_call", r"(?P<a>.+?)\s+позвонил[аи]?\s+(?P<b>.+)", "caller", "callee", False),
        # "Состоялся телефонный разговор между X и Y", "... телефонный разговор X с Y" (X in
        # the genitive): the names are read in the nominative.
        ("phone_call", r".*?телефонн\w+ (?:разговор|беседа)\w*\s+между\s+(?P<a>.+?)\s+и\s+"
         r"(?P<b>.+)", "caller", "callee", False),
        ("phone_call", r".*?телефонн\w+ (?:разговор|беседа)\w*\s+(?P<a>[^,.;]+?)\s+с\s+"
         r"(?P<b>.+)", "caller", "callee", False),
        # "held talks at the Kremlin with X": a short place phrase may come before "with".
        ("meeting", r"(?P<a>.+?)\b(?:(?:met|held talks|had talks)(?:\s+(?:at|in)\s+[^,.]{1,40}?)?"
         r"\s+with|met|had an? (?:working |bilateral )?(?:meeting|talks) with|held a meeting with|"
         r"received|hosted)\s+(?P<b>.+)", "host", "guest", False),
        ("meeting", r".*?\btalks (?:were held )?between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)",
         "host", "guest", False),
        ("meeting", r"(?P<a>.+?)\b(?:встретил(?:ся|ась|ись)|пров[её]л[аи]? (?:[^\s,.]+\s+){0,2}?"
         r"(?:встречу|переговоры|беседу))\s+с\s+(?P<b>.+)", "host", "guest", False),
        ("letter", r"(?P<a>.+?)\b(?:sent|addressed|extended|conveyed)\b.*?\bto\s+(?P<b>.+)",
         "sender", "addressee", False),
        ("letter", r"(?P<a>.+?)\bexpressed (?:his |her |deep |sincere )*condolences?\b.*?\bto"
         r"\s+(?P<b>.+)", "sender", "addressee", False),
        ("letter", r"(?P<a>.+?)\b(?:congratulated|greeted|wrote to)\s+(?P<b>.+)", "sender",
         "addressee", False),
        ("letter", r"(?P<a>.+?)\b(?:поздравил[аи]?|направил[аи]? (?:послание|письмо|"
         r"телеграмму)|выразил[аи]? соболезнования)\s+(?P<b>.+)", "sender", "addressee", False),
        # Other languages: the same sentences, with "a few words" (a day, a place) allowed
        # between the verb and the noun ("ha mantenido este lunes una conversación").
        ("interview", r"(?P<a>.+?)\b(?:a accordé|a donné|accorde|ha concedido|concedió|"
         r"ha rilasciato|rilascia|concedeu|udzielił\w*|дав|дала)\s+(?:un |une |una |uma )?"
         r"(?:entretien|interview|entrevista|intervista|wywiadu|інтерв['’ʼ]ю)\s+"
         r"(?:à|au|a|al|alla|ao|à|dla)?\s*(?P<b>.+)", "interviewee", "interviewer", True),
        ("phone_call", r"(?P<a>.+?)\b(?:a reçu|ha recibido|recibió|ha ricevuto|recebeu)\s+"
         r"(?:un |una |uma )?(?:appel|llamada|telefonata|telefonema|chamada)(?: telefónica| "
         r"téléphonique| telefônica| telefónica)?\s+(?:de|du|del|della|dal|do|da)\s+(?P<b>.+)",
         "callee", "caller", False),
        ("phone_call", r"(?P<a>.+?)\b(?:a (?:eu|tenu)|ha mantenido|mantuvo|mantiene|"
         r"ha sostenido|sostuvo|ha avuto|ha tenuto|ha intrattenuto|teve|manteve|realizou|"
         r"odbył\w*|przeprowadził\w*|провів|провела|провели|мав|мала)\s+"
         r"(?:[^\s,.]+\s+){0,3}?(?:entretien téléphonique|échange téléphonique|"
         r"conversación telefónica|colloquio telefonico|conversazione telefonica|telefonata|"
         r"conversa telef[óô]nica|telefonema|rozmowę telefoniczną|телефонн\w+ розмов\w+)\s+"
         r"(?:avec|con|com|z|з|із)\s+(?P<b>.+)", "caller", "callee", False),
        ("phone_call", r"(?P<a>.+?)\b(?:s['’](?:est )?entret\w+|a parlé|a échangé|ha hablado|"
         r"habló|habla|ha conversado|conversó|conversa|ha parlato|ha conversato|conversou|"
         r"falou|rozmawiał\w*|"
         r"розмовля\w+|поговори\w+)\s+(?:[^\s,.]+\s+){0,3}?(?:par téléphone|au téléphone|"
         r"por teléfono|al telefono|per telefono|por telefone|ao telefone|telefonicznie|"
         r"przez telefon|телефоном)\s+(?:avec|con|com|z|з|із)\s+(?P<b>.+)",
         "caller", "callee", False),
        ("phone_call", r"(?P<a>.+?)\b(?:telefonierte|telefoniert|führte ein Telefonat|"
         r"führte ein Telefongespräch|sprach telefonisch)\b.*?\bmit\s+(?P<b>.+)",
         "caller", "callee", False),
        # German keeps the verb for the end: "X hat am Montag mit Y telefoniert" (Y is
        # bounded, so that a long sentence of many "mit" costs no more than a short one).
        ("phone_call", r"(?P<a>.+?)\bmit\s+(?P<b>[^.;!?]{1,150}?)\s+(?:telefoniert|"
         r"ein Telefonat geführt|ein Telefongespräch geführt)\b", "caller", "callee", False),
        # Azerbaijani puts both sides before the verb, the interviewer in the dative:
        # "X ... baş redaktoru Y-yə müsahibə verib" (``ab``: the first name and the last).
        ("interview", r"(?P<ab>.+?)\s+müsahibə verib", "interviewee", "interviewer", True),
        # A speech's lead names its speaker, and nobody else: the rest is the occasion.
        ("speech", r"(?P<a>.+?)\b(?:spoke|addressed|delivered|gave (?:a|an|the) (?:speech|address)|"
         r"made (?:a|an|the) (?:speech|address|remarks)|a prononcé|s['’]est adressé\w*|"
         r"hielt (?:eine|die) (?:Rede|Ansprache)|sprach|pronunció|intervino|ha pronunciato|"
         r"è intervenut\w|discursou|proferiu|выступил\w*|обратил\w* с|wygłosił\w*|"
         r"przemawiał\w*|виступив|виступила|звернув\w* до)\b(?P<b>)", "speaker", "participant",
         False),
        # Turkish ends on its verb, the other side before "ile" (with): "X, Y ile telefonda
        # görüştü", "X, Y ile bir araya geldi".
        ("phone_call", r"(?P<a>.+?),\s+(?P<b>[^.;!?,]{1,150}?)\s+ile\s+telefon(?:da|la)\s+"
         r"görüş", "caller", "callee", False),
        ("meeting", r"(?P<a>.+?),\s+(?P<b>[^.;!?,]{1,150}?)\s+ile\s+(?:bir araya geldi|"
         r"görüştü)", "host", "guest", False),
        # "se ha reunido en la Moncloa con X": a place may stand between the verb and "with".
        ("meeting", r"(?P<a>.+?)\b(?:s['’](?:est )?entret\w+|s['’]est réuni\w*|"
         r"se (?:ha )?(?:reunido|reunió|reúne|entrevistado|entrevistó|entrevista)|"
         r"si è (?:incontrat\w|riunit\w)|reuniu-se|encontrou-se|se reuniu|se encontrou|"
         r"spotkał\w* się|зустр(?:івся|ілася|ілися)|провів зустріч|провела зустріч)\s+"
         r"(?:[^\s,.]+\s+){0,4}?(?:avec|con|com|z|з|із)\s+(?P<b>.+)", "host", "guest", False),
        ("meeting", r"(?P<a>.+?)\b(?:a rencontré|rencontre|a reçu|reçoit|traf|trifft|empfing|"
         r"empfängt|(?:ha )?(?:recibido|recibió|recibe) a|ha incontrato|incontra|ha ricevuto|"
         r"riceve|recebeu|przyjął\w*)\s+(?P<b>.+)", "host", "guest", False),
        ("meeting", r"(?P<a>.+?)\bmit\s+(?P<b>[^.;!?]{1,150}?)\s+(?:zusammengetroffen|getroffen|"
         r"zusammengekommen|zusammen)\b", "host", "guest", False),
        ("letter", r"(?P<a>.+?)\b(?:a adressé|a envoyé|a fait parvenir|ha enviado|envió|"
         r"ha dirigido|ha remitido|ha inviato|ha indirizzato|enviou|endereçou|"
         r"wysłał\w*|skierował\w*|sandte|schickte|richtete)\b.*?\b(?:à|au|aux|a|al|alla|ai|"
         r"ao|à|aos|do|an)\s+(?P<b>.+)", "sender", "addressee", False),
        ("letter", r"(?P<a>.+?)\b(?:a félicité|félicite|ha felicitado|felicitó|felicita a|"
         r"si è congratulat\w con|si congratula con|felicitou|pogratulował\w*|"
         r"gratulierte|привітав|привітала|висловив співчуття|висловила співчуття)\s+"
         r"(?P<b>.+)", "sender", "addressee", False),
    ))
SALUTATION = re.compile(
    r"^(?:Dear|Уважаем\w+|Дорог\w+)\s+(?P<who>[^,!:]{2,60})[,!:]|"
    r"^(?P<your>Your|Ваше)\s+(?P<style>Majesty|Excellency|Highness|Eminence|Holiness|"
    r"Величество|Превосходительство|Высочество|Святейшество)\s*[,!:]", re.I)
# Salutations of languages that name a person as a title would ("Querido Oskar Lind,"); the
# Polish and Ukrainian ones are left out, their vocative is not the name ("Oskarze").
NAMED_SALUTATION = re.compile(r"^(?:Cher|Chère|Estimad[oa]|Querid[oa]|Car[oa]|Egregi[oa]|"
                              r"Gentile|Prezad[oa]|Sehr geehrte[rs]?|Liebe[r]?)\s+"
                              r"(?P<who>[^,!:]{2,60})[,!:]", re.I)
# The salutation's "Your" as the addressee's style says it in the third person.
THIRD_PERSON = {"your": "His", "ваше": "Его"}
COUNTRY = re.compile(r"\b((?:Islamic |People’s |People's |Arab |Democratic |United |Federal )?"
                     r"(?:Republic|Kingdom|Sultanate|State|Emirate|Principality|Federation|"
                     r"Commonwealth|Grand Duchy) of (?:the )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)*)")
# The dative ending of a name in Azerbaijani, after a vowel with its "y" ("Reyneyə").
DATIVE = re.compile(r"(?<=\w\w)(?:y?ə|ya)$")
# A Russian or Ukrainian patronymic, as catalogue tags write it after "Surname Given".
PATRONYMIC = re.compile(r"(?:[оеє]вич|ич|[оеє]вна|ична|[іїо]вна)$")
CYRILLIC_WORD = re.compile(r"[А-ЯЁЄІЇҐа-яёєіїґ][а-яёєіїґ'’\-]+")
# A lead says who did what to whom early; a longer "sentence" is a paragraph without stops,
# and the patterns need not read all of it.
LEAD_SENTENCE_CHARS = 1000
# The roles of a call's and a meeting's two sides, the one who acts first.
TWO_SIDES = {"phone_call": ("caller", "callee"), "meeting": ("host", "guest")}
# Kinds whose title may name who speaks after "by", and the words that end the name.
SPOKEN_BY = frozenset({"speech", "statement", "press_conference"})
TITLE_BY = re.compile(r"\b(?:by|von|do|da|du|del|della)\s+(?P<who>[^,:;(]{3,120})", re.I)
BY_END = re.compile(r"\s(?i:on|at|in|to|for|during|with|after|before|following|regarding|"
                    r"about|au|à|aux|sur|lors|pour|devant|na|no|em|sobre|en|al|ante|zum|zur|"
                    r"bei|beim|im|am|auf|anlässlich|vor|alla|nel|nella|in occasione)\s")
HONORIFICS = frozenset({"h.e.", "s.e.", "he", "o", "a", "el", "la", "le", "il", "the", "dem",
                        "der", "des"})
PATTERNED = frozenset({"en", "ru", "fr", "de", "es", "it", "pt", "pl", "uk", "az", "tr"})
# Languages whose names in a sentence carry case endings and articles that no reader of
# ours undoes ("Միրա Սոլենն", "Լեոն Վարդիին"): no two sides from their first sentence.
INFLECTED_NAMES = frozenset({"hy"})
# How far into a readout the other side of a call is looked for.
CALL_OPENING_CHARS = 1000
MONARCHS = (("Sultanate", "Sultan"), ("Kingdom", "King"), ("Emirate", "Emir"),
            ("Principality", "Prince"), ("Grand Duchy", "Grand Duke"))


def names_in(text: str, language: str | None = None) -> list[str]:
    """Person names a sentence writes, in order, Russian and Ukrainian ones in the nominative.

    ``language``: the statement's code; None tells Russian from Ukrainian by the letters.
    """
    written = _names_written(text)
    code = language_of(text, language)
    return [nominative(name, code) for name in written] if code else written


def _names_written(text: str) -> list[str]:
    """Person names as the sentence writes them: runs of capitalised words, office words off."""
    names = []
    english: bool | None = None  # read only when a name is followed by a lower-case word
    for match in NAME_RUN.finditer(text):
        following = FOLLOWING_WORD.match(text, match.end())
        word = following.group(1) if following else None
        if word and word not in FUNCTION_WORDS and word.isascii() \
                and not GERMAN_PARTICIPLE.fullmatch(word) \
                and (english := is_english(text) if english is None else english):
            # "the Kestrel Falls school choir": a name used as a modifier.  Only English
            # puts a noun before a noun; "Żelazna spotkała" is the name and its verb, and so
            # is a German participle at the end of the clause ("Lindqvist gesprochen").
            continue
        run = match.group(0).strip()
        office = OFFICE_JOINED.search(text, max(0, match.start() - 40), match.start())
        if office and is_office(office.group(1) or office.group(2)):
            if len(run.split()) <= PORTFOLIO_WORDS:
                continue  # the office's portfolio or country, not a person
            if len(run.split()) == PORTFOLIO_WORDS + 1:
                # "ministra della Salute Sara Bianchi": a word of portfolio, then the name.
                run = run.split(" ", 1)[1]
        left, joined, right = run.partition(" и ")
        if joined and is_office(right.split()[0]) and (first := _name_of(left)):
            # "Томас Арвид и Премьер-министр Эстравии Оскар Линд": two people, not one run
            # ("Боснии и Герцеговины" joins a country's name).
            names.append(first)
            run = right
        if DECLINED_OFFICE.search(text, max(0, match.start() - 30), match.start()):
            run = f"minister {run}"  # so that the place before the name is cut off with it
        # "Chancellor Gerhard Schroeder of Germany": the name may stand before the place.
        tries = [run] + ([run.rsplit(" of ", 1)[0]] if " of " in run else [])
        name = next((n for n in map(_name_of, tries) if n), None)
        if name:
            names.append(name)
    return names


def is_english(text: str) -> bool:
    """Whether a sentence is English, where a name may modify a noun: its own function
    words, else no lower-case word of other letters ("dnes přijal", "tapasi tänään") and
    no other language's function words."""
    return ENGLISH.search(text) is not None or not any(
        w[:1].islower() and not w.isascii() for w in text.split()) \
        and detect_language(text) in (None, "en")


def _name_of(run: str) -> str | None:
    name = person_name(run)
    if name.endswith(".") and not re.search(r"(?<![\w.])\w\.$", name):
        name = name[:-1]  # a sentence's full stop, not an initial
    words = run.split()
    if " " not in name and len(words) >= 2 and words[-2].lower() in ROYAL_STYLES:
        name = " ".join(words[-2:])  # "Queen Sirikit", "Patriarch Kirill": one name, styled
        return name.rstrip(".")
    tokens = [t.lower().strip(".") for t in name.split()]
    bad = [k for k, t in enumerate(tokens)
           if t in NOT_PERSON or t in OFFICE_WORDS or t in calendar_words()
           or OFFICE_COMPOUND.search(t) or t.endswith(("’s", "'s"))]
    if bad and len(tokens) - bad[-1] > 2:
        # "European Council Charles Michel": an institution's name runs into the person's;
        # "Premierminister von Estrava": what an office leaves behind is no name.
        rest = " ".join(name.split()[bad[-1] + 1:])
        return _name_of(rest) if rest[:1].isupper() else None
    if len(tokens) < 2 or bad or tokens[0] in PLACE_PARTICLES:
        return None
    return name


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


def from_lead(sentences: Iterable[str], kind: str,
              language: str | None = None) -> list[Participant]:
    """Participants a lead sentence names with their roles: the first pattern that fits.

    Patterns of the statement's own kind come first; a meeting lead that says
    "congratulated" does not make its guest an addressee.  In a ``language`` no pattern
    reads, a call's or a meeting's first sentence gives its two sides in order.
    """
    own = [p for p in LEAD_PATTERNS if p[0] == kind]
    sentences = list(sentences)
    for sentence in sentences:
        for first in (s[:LEAD_SENTENCE_CHARS] for s in SENTENCE.split(sentence)[:2]):
            for _kind, pattern, role_a, role_b, last in own or LEAD_PATTERNS:
                m = pattern.match(first)
                if m and (found := _roles(m, role_a, role_b, last, language)):
                    return found if own else [Participant(p.name, _plain_role(kind, k))
                                              for k, p in enumerate(found)]
    return _two_sides(sentences[0], kind, language) if sentences and kind in TWO_SIDES else []


def _two_sides(sentence: str, kind: str, language: str | None) -> list[Participant]:
    """A call's or a meeting's two sides in a language no pattern reads: the first two
    people its first sentence names, in the order it names them (the subject first, in
    the languages that write it first)."""
    first = SENTENCE.split(sentence)[0][:LEAD_SENTENCE_CHARS]
    code = (language or detect_language(first) or "").split("-")[0].lower()
    if code in PATTERNED or code in INFLECTED_NAMES:
        return []  # a sentence the patterns could not read names other things than people
    names = [n for n in names_in(first) if " " in n][:2]
    if len(names) < 2 or same_person(*names):
        return []
    return [Participant(name, role) for name, role in zip(names, TWO_SIDES[kind], strict=True)]


def interview_sides(found: list[Participant], sentences: Iterable[str], title: str | None,
                    language: str | None = None) -> list[Participant]:
    """Complete an interview's sides that no lead pattern read, from what the opening says.

    The asker is the full name right after a journalist's word or the phrase of the
    questions ("Das Gespräch führte Jonas Albrecht", "muhabiri Mehmet Yıldız'ın"); the
    one who answers is the first other person the opening names with an office before
    the name, else the first the title names too.  An outlet ("Radio Lessa") is neither.
    """
    opening = [part for sentence in sentences
               for part in SENTENCE.split(sentence)[:2]][:4]
    found = list(found)
    if not any(p.role == "interviewer" for p in found):
        asking = next(filter(None, (asker(s, language) for s in opening)), None)
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
    name = _asked_by(sentence) or _after_journalist(sentence) or _spoke_to(sentence)
    return _nominative(name, sentence, language) if name else None


def _asked_by(sentence: str) -> str | None:
    """"domande di Giulia Ferri", "Das Gespräch führte Jonas Albrecht": the name at once."""
    for cue in ASKED_PHRASE.finditer(sentence):
        run = NAME_RUN.match(sentence, cue.end())
        name = _name_of(APOSTROPHE_SUFFIX.sub("", run.group(0).strip())) if run else None
        if name and sentence.startswith(name.split()[0], cue.end()):
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
            name = _name_of(APOSTROPHE_SUFFIX.sub("", run.group(0).strip()))
            if name and not (words and OUTLET_BEFORE.search(gap)):
                return name
    return None


def _spoke_to(sentence: str) -> str | None:
    """"spoke to Anton Weil of Velorian Radio": a name with no office, an outlet after it."""
    for cue in SPOKE_TO.finditer(sentence):
        run = NAME_RUN.match(sentence, cue.end())
        # The run goes on over "of" into the outlet's name.
        written = run.group(0).split(" of ")[0].rstrip(".") if run else ""
        if written and _name_of(written) == written \
                and OF_OUTLET.match(sentence, cue.end() + len(written)):
            return written
    return None


# Offices of two words neither of which is one alone: Vietnamese "Tổng thống" (president),
# "Thủ tướng" (prime minister), "Chủ tịch" (chairman), "Bộ trưởng" (minister).
OFFICE_PHRASE = re.compile(r"(?i:tổng thống|thủ tướng|chủ tịch|bộ trưởng)")
QUOTES_OPENING = ("«", "“", "„", '"', "‘", "'")


def _answerer(opening: list[str], title: str | None, asked: list[str],
              language: str | None) -> str | None:
    """The first person of the opening with an office before the name, else the first
    whom the title names as well; never the asker."""
    titled = [APOSTROPHE_SUFFIX.sub("", n) for n in names_in(title or "", language)]
    candidates: list[tuple[str, bool]] = []
    for sentence in opening:
        named_end = 0
        for written in _names_written(sentence):
            name = _nominative(APOSTROPHE_SUFFIX.sub("", written), sentence, language)
            at = max(sentence.find(written, named_end), 0)
            # The office words before the name, not those of someone named before
            # ("Cumhurbaşkanı Tomás Arvid, Lessa TV'de": the channel holds no office).
            before = sentence[named_end:at].split()[-OFFICE_BEFORE_WORDS:]
            named_end = at + len(written)
            if any(same_person(name, a) for a in asked):
                continue
            if sentence[:at].rstrip().endswith(QUOTES_OPENING):
                continue  # «Лесса Таймс»: an outlet's name
            office = any(is_office(w.strip(",")) or OFFICE_COMPOUND.search(w.lower().strip(","))
                         for w in before) or OFFICE_PHRASE.search(" ".join(before)) is not None
            candidates.append((name, office))
    # An outlet the title names ("im Gespräch mit der Lessaer Zeitung") holds no office, and
    # a host the opening mentions ("before his visit to President X") is not in the title.
    ranked = sorted(candidates, key=lambda c: (not c[1], not any(same_person(c[0], t)
                                                                  for t in titled)))
    return next((n for n, office in ranked
                 if office or any(same_person(n, t) for t in titled)), None)


def _nominative(name: str, sentence: str, language: str | None) -> str:
    """The name in the nominative where the sentence's language declines names."""
    if (language or "").lower().startswith("pl"):
        return polish_nominative(name)
    code = language_of(sentence, language)
    return nominative(name, code) if code else name


def _plain_role(kind: str, position: int) -> str:
    """Roles for kinds without lead patterns of their own: the subject speaks."""
    return "speaker" if kind == "speech" and position == 0 else "participant"


def _roles(m: re.Match[str], role_a: str, role_b: str, last: bool,
           language: str | None = None) -> list[Participant]:
    if "ab" in m.re.groupindex:
        return _first_and_last(m.group("ab"), role_a, role_b)
    subject, objects = names_in(m.group("a")), _names_written(m.group("b"))
    if not subject:
        return []
    found = [Participant(subject[0], role_a)]
    if role_b == "interviewer" and not JOURNALIST.search(m.group("b")):
        # "an interview to People's Daily": an outlet, not a person; but "to Karin Holm of
        # the Northern Herald" names a person of an outlet.
        objects = [name for name in objects[:1] if OF_OUTLET.match(m.group("b"), len(name))
                   and m.group("b").startswith(name)]
    # "a la periodista Lucía Ortega, de El Diario, con motivo de ... del Consejo Regional":
    # the journalist's word says which name is the asker's better than the last one does.
    asking = asker(m.group("b"), language) if role_b == "interviewer" else None
    if asking:
        found.append(Participant(asking, role_b))
    elif objects:
        name = objects[-1] if last else objects[0]
        polish = (language or "").lower().startswith("pl")
        # Else the sentence's letters tell Ukrainian from Russian, whatever the page declares.
        found.append(Participant(_nominative(name, m.group("b"), "pl" if polish else None),
                                 role_b))
    return found


def _first_and_last(span: str, role_a: str, role_b: str) -> list[Participant]:
    """Both sides in one span, subject first: its first name and its last, the last without
    the dative ending Azerbaijani gives it ("Tomas Reyneyə")."""
    names = _names_written(span)
    found = [Participant(names[0], role_a)] if names else []
    # An outlet's name ("“Şimal Xəbərləri” jurnalına") is no interviewer: a journalist is.
    if len(names) > 1 and (role_b != "interviewer" or JOURNALIST.search(span)):
        found.append(Participant(DATIVE.sub("", names[-1]), role_b))
    return found


def from_title(title: str | None, kind: str, known: Iterable[str] = ()) -> list[Participant]:
    """The other side a title names: "Telephone conversation with X", "Meeting with X".

    In a Headline Case title capitals no longer mark names: there a name counts
    only when the page knows it otherwise (``known``: its tags).
    """
    known = list(known)
    if title and kind in SPOKEN_BY:
        return by_whom(title)
    headline = bool(title) and title_case(title or "")
    if not title or (headline and not known):
        return []
    m = (TITLE_TO if kind == "letter" else TITLE_WITH).search(title)
    if not m:
        return []
    role = {"phone_call": "callee", "meeting": "guest", "letter": "addressee",
            "interview": "interviewer"}.get(kind)
    names = [n for n in names_in(m.group(1))
             if not headline or any(same_person(k, n) for k in known)]
    return [Participant(name, role) for name in names[:3]] if role and kind != "interview" \
        else []


def by_whom(title: str) -> list[Participant]:
    """The speaker a title names after "by" ("Statement by President Amara Ndoye on ...",
    "Discurso do presidente Tomás Arvid", "Rede von Bundespräsident X"): a full name right
    after the offices, before the words that say where or on what."""
    m = TITLE_BY.search(title)
    if m is None:
        return []
    who = BY_END.split(m.group("who"), 1)[0]
    names = names_in(who)
    if not names or " " not in names[0]:
        return []  # "Remarks by President Biden": a surname alone is no one's full name
    before = who[:who.find(names[0])].split() if names[0] in who else ["?"]
    if not all(w.lower().strip(".,") in OFFICE_WORDS or w.lower() in HONORIFICS
               for w in before):
        return []  # "by the Ministry of ...": an office's words, then someone else's name
    return [Participant(names[0], "speaker")]


def title_case(title: str) -> bool:
    """True for Headline Case titles, where capitals no longer mark names."""
    words = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def from_salutation(paragraphs: list[str]) -> Participant | None:
    """The addressee a letter's salutation names, completed with the country the text names."""
    for paragraph in paragraphs[:2]:
        m = SALUTATION.match(paragraph.strip())
        if not m:
            named = NAMED_SALUTATION.match(paragraph.strip())
            # Only a full name: "Monsieur le Président" alone says not whom.
            found = names_in(named.group("who")) if named else []
            if found:
                return Participant(found[0], "addressee")
            continue
        country = COUNTRY.search(" ".join(paragraphs))
        if m.group("style"):
            return Participant(_styled(m.group("your"), m.group("style"), country), "addressee")
        who = re.sub(r"^(?:Mr|Mrs|Ms|Madam|Madame|Monsieur)\.?\s+", "", m.group("who").strip())
        if who.lower() in OFFICE_WORDS or who.lower() in ("prime minister", "secretary-general",
                                                           "secretary general", "chancellor"):
            name = f"{who} of the {country.group(1)}" if country else who
            return Participant(name.replace("of the the ", "of the "), "addressee")
        return Participant(who, "addressee")
    return None


def _styled(your: str, style: str, country: re.Match[str] | None) -> str:
    """"Your Majesty" names whom the letter addresses: "King of Estrava" when the text names
    the kingdom, else "His Majesty" ("Его Величество" for "Ваше Величество")."""
    his = THIRD_PERSON.get(your.lower(), "His")
    if his != "His" or country is None or style.lower() not in ("majesty", "highness"):
        return f"{his} {style.capitalize()}"
    place = country.group(1)
    for form, monarch in MONARCHS:
        if place.startswith(form):
            return f"{monarch} of {place.split(' of ', 1)[1]}"
    return f"Head of State of the {place}"


def from_turns(turns: list[Turn], kind: str) -> list[Participant]:
    """Everyone who speaks, with the role their turns give them."""
    found: list[Participant] = []
    for turn in turns:
        if turn.speaker is None:
            continue
        if kind in ("interview", "press_conference"):
            role = "interviewer" if turn.role == "question" else (
                "interviewee" if kind == "interview" else "speaker")
        else:
            role = "speaker" if kind == "speech" else "participant"
        found.append(Participant(turn.speaker, role))
    return found


def from_tags(tags: Iterable[str], written: str) -> list[Participant]:
    """The people a page's tags list, named as the page's own text writes them."""
    return [Participant(tag_name(tag, written), "participant") for tag in tags]


def tag_name(tag: str, written: str) -> str:
    """``Velden Amara`` -> ``Amara Velden`` when the page writes that order.

    Catalogue tags often put the surname first, or the name before the office
    ("Kirill Patriarch of Moscow and All Russia"); the text says how the name reads.
    """
    words = tag.split()
    if len(words) == 3 and all(CYRILLIC_WORD.fullmatch(w) for w in words) \
            and PATRONYMIC.search(words[2]):
        words = words[:2]  # "Арвид Томас Карлович": the text names him without the patronymic
        tag = " ".join(words)
    at = next((k for k, w in enumerate(words) if k and w[:1].isupper() and is_office(w)
               and w.lower() not in ADDRESS_WORDS), None)
    if at is not None:
        name = " ".join(words[:at])
        styled = f"{words[at]} {name}"
        return styled if styled in written else name
    for k in range(1, len(words)):
        turned = words[k:] + words[:k]
        if " ".join(turned) in written or _declined_in(turned, written):
            return " ".join(turned)
    return tag


def _declined_in(words: list[str], written: str) -> bool:
    """True when the text writes these Russian name words in some case ("Оскаром Линдом")."""
    if not all(CYRILLIC_WORD.fullmatch(w) for w in words):
        return False
    forms = (re.escape(w[:-1] if w[-1:].lower() in "аяйь" else w) + r"\w{0,3}" for w in words)
    return re.search(r"(?<!\w)" + r"\s+".join(forms) + r"(?!\w)", written) is not None


def merge(groups: Iterable[Iterable[Participant]], names: SpeakerNames) -> list[Participant]:
    """One entry per person (names resolved alike), the first role given winning.

    The same person may come as "Surname Given" (tags), with a letter more
    ("Radaev", "Radayev"), or in another Russian case ("Амаре Велден"): one entry,
    under the fullest nominative form seen.
    """
    merged: list[Participant] = []
    for group in groups:
        for participant in group:
            name = names.resolve(participant.name) or participant.name
            same = next((p for p in merged if same_person(p.name, name)), None)
            if same is None:
                merged.append(Participant(name, participant.role))
            elif better_form(name, same.name):
                same.name = name
            elif same.role == "participant" and participant.role != "participant":
                same.role = participant.role
    return merged


def complete_sides(found: list[Participant], kind: str, turns: list[Turn],
                   written: str) -> list[Participant]:
    """Give a meeting its host and a call its caller when only the other side is named.

    "Meeting with X" names the guest; the host is whoever else speaks the most.
    "Telephone conversation with X" names the callee; the caller is the first
    other person the page's opening names.
    """
    roles = {p.role for p in found}
    if kind == "meeting" and "guest" in roles and "host" not in roles:
        said: dict[str, int] = {}
        for turn in turns:
            if turn.speaker:
                said[turn.speaker] = said.get(turn.speaker, 0) + len(turn.text)
        hosts = [p for p in found if p.role == "participant" and p.name in said]
        if hosts:
            max(hosts, key=lambda p: said[p.name]).role = "host"
    elif kind == "phone_call" and len(roles & {"caller", "callee"}) == 1:
        missing = "callee" if "caller" in roles else "caller"
        for name in names_in(written[:CALL_OPENING_CHARS]):
            if not any(same_person(p.name, name) for p in found if p.role != "participant"):
                found = [p for p in found if not same_person(p.name, name)]
                found.insert(0 if missing == "caller" else len(found), Participant(name, missing))
                break
    return found
