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

An interview whose lead no pattern reads still gets its two sides from
``interviewers``; the names themselves are read by ``names``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import product

from ..models import Participant, Turn
from .interviewers import APOSTROPHE_SUFFIX, JOURNALIST, OF_OUTLET, asker
from .language import detect_language, language_code
from .morphology import cases_by
from .names import (
    NAME_RUN,
    READ_BY_ENDINGS,
    SENTENCE,
    in_nominative,
    names_in,
    names_written,
    title_case,
)
from .speakers import (
    ARTICLES,
    HAN_OFFICES,
    NAME_PARTICLES,
    OFFICE_WORDS,
    PATRONYMIC_FORM,
    SpeakerNames,
    better_form,
    is_office,
    office_word,
    same_person,
)

# The other side in a title: "with X" ("avec", "mit", "con", "com", "z", "з"); a letter's
# addressee also "to X" ("à", "an", "a", "al", "ao", "do", "до").
# "with" in the languages of the cue tables ("met" Dutch, "s"/"se"/"sa" Czech, Slovak and
# Serbian, "cu" Romanian, "dengan" Indonesian, "với" Vietnamese, "με" Greek, "med" Nordic).
_WITH = (r"with|to|от|с|avec|mit|con|com|z|ze|з|із|зі|со|met|s|se|sa|cu|dengan|với|με|med")
TITLE_WITH = re.compile(rf"(?<![\w’'])(?:{_WITH})\s+(.+)$", re.I)
TITLE_TO = re.compile(rf"(?<![\w’'])(?:{_WITH}|à|au|an|a|al|ao|do|до)\s+(.+)$", re.I)
# The roles of which a sentence may list several ("met X and Y"), after a comma or an "and".
LISTED_ROLES = ("guest", "callee")
LIST_AND = re.compile(r"(?<!\S)(?:and|und|et|y|e|i|и|і|ve|va|en|och|og|ja|és|și|και|a)(?!\S)")
LIST_GAP_WORDS = 8  # "of the Republic of Veloria and President": an office's words between
LIST_PARTICLES = frozenset({"of", "the", "de", "del", "la", "le", "les", "du", "des", "von",
                            "van", "da", "do", "dos", "das", "der", "di", "della", "el", "il",
                            "o", "a", "los", "las", "os", "as", "die", "den", "dem", "lo"})
OFFICE_SUBJECT_WORDS = 4  # "The Prime Minister", "Federal Chancellor": an office, no name
# A joint text's title ("Joint Statement", "Declaración conjunta", "Gemeinsame Erklärung"):
# its opening names the leaders who made it.
JOINT_TITLE = re.compile(r"\bjoint\b|conjoint|conjunt|congiunt|gemeinsame|gezamenlijke?|"
                         r"совместн|спільн|wspóln|společn|spoločn|κοιν[ήέ]|ortak|bersama", re.I)
# A meeting of three or four sides: the sentence that says so names them all.
MULTILATERAL = re.compile(r"(?:tri|quadri|cuadri)lat[eé]ra|tripartit|trójstronn|"
                          r"třístrann|dreiseitig|трехсторонн|трёхсторонн|тристоронн|"
                          r"üçlü|dörtlü|ثلاثي|三方|四方", re.I)
# "signed in the presence of A and B": the leaders of a list of signed documents.
PRESENCE = re.compile(r"\b(?:in the presence of|im Beisein (?:von|des|der)|en présence d[eu]|"
                      r"en presencia de|na presença d[eo]s?|alla presenza d[ei]|"
                      r"в присутствии|у присутності|w obecności)\s", re.I)
JOINT_NAMES_MAX = 6
JOINT_OFFICE_WORDS = 10  # "The Federal President of the Federal Republic of Ostmark,"
# (kind, pattern, role of the subject, role of the object, take the object part's last name)
LeadPattern = tuple[str, re.Pattern[str], str, str, bool]
LEAD_PATTERNS: tuple[LeadPattern, ...] = tuple(
    (kind, re.compile(p, re.I), a, b, last) for kind, p, a, b, last in (
        ("interview", r"(?P<a>.+?)\b(?:has given|gave|has granted|granted|gives|дал|дала)\s+"
         r"(?:an?\s+|his\s+|her\s+)?(?:exclusive\s+)?(?:interview|интервью)\s+(?:to|with)?\s*"
         r"(?P<b>.+)", "interviewee", "interviewer", True),
        ("phone_call", r"(?P<a>.+?)\b(?:received|took) a (?:tele)?phone call from\s+(?P<b>.+)",
         "callee", "caller", False),
        # "had a telephone conversation today with": a word or three may come between.
        ("phone_call", r"(?P<a>.+?)\b(?:made|had|held|placed) an? (?:tele)?phone "
         r"(?:call|conversation|talks?)\s+(?:[^\s,.]+\s+){0,3}?(?:to|with)\s+(?P<b>.+)",
         "caller", "callee", False),
        ("phone_call", r"(?P<a>.+?)\b(?:spoke|talked) (?:by|on the|over the) (?:tele)?phone "
         r"(?:with|to)\s+(?P<b>.+)", "caller", "callee", False),
        # A call's readout: "Prime Minister X spoke to President Y this afternoon".
        ("phone_call", r"(?P<a>.+?)\b(?:spoke|talked)(?: (?:today|yesterday|again|this "
         r"(?:morning|afternoon|evening)|on \w+day))? (?:with|to)\s+(?P<b>.+)", "caller", "callee",
         False),
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
         r"\s+with|met|(?:had|held) an? (?:working |bilateral |separate |trilateral )?"
         r"(?:meeting|talks|video ?conference|video ?call|videoconference) with|"
         r"received|hosted)\s+(?P<b>.+)", "host", "guest", False),
        # "The Ambassador of X, Mr. Y, called on Prime Minister Z": the visitor first.
        ("meeting", r"(?P<a>.+?)\bcalled on\s+(?P<b>.+)", "guest", "host", False),
        ("meeting", r".*?\btalks (?:were held )?between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)",
         "host", "guest", False),
        ("meeting", r"(?P<a>.+?)\b(?:встретил(?:ся|ась|ись)|пров[её]л[аи]? (?:[^\s,.]+\s+){0,2}?"
         r"(?:встречу|переговоры|беседу))\s+с\s+(?P<b>.+)", "host", "guest", False),
        ("letter", r"(?P<a>.+?)\b(?:sent|addressed|extended|conveyed)\b.*?\bto\s+(?P<b>.+)",
         "sender", "addressee", False),
        ("letter", r"(?P<a>.+?)\bexpressed (?:his |her |deep |sincere )*condolences?\b.*?\bto"
         r"\s+(?P<b>.+)", "sender", "addressee", False),
        ("letter", r"(?P<a>.+?)\b(?:congratulated|greeted|wrote to|(?:has |have )?(?:today |"
         r"this \w+ )?written to)\s+(?P<b>.+)", "sender",
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
         r"['’]s (?:keynote |opening |closing )?(?:speech|address|remarks)|"
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
        # A letter's sender first, its addressee last, before the verb: "X, ... Y'e bir
        # tebrik mesajı gönderdi".
        ("letter", r"(?P<a>.+?),\s+(?P<b>[^.;!?]{1,200}?)\s+(?:bir\s+)?(?:tebrik|taziye|"
         r"başsağlığı|kutlama)\s+(?:mesajı|mektubu|telgrafı)\s+gönderdi", "sender", "addressee",
         True),
        # "se ha reunido en el Palacio de La Moncloa con X": a place may stand between the
        # verb and "with".
        ("meeting", r"(?P<a>.+?)\b(?:s['’](?:est )?entret\w+|s['’]est réuni\w*|"
         r"se (?:ha )?(?:reunido|reunió|reúne|entrevistado|entrevistó|entrevista)|"
         r"si è (?:incontrat\w|riunit\w)|reuniu-se|encontrou-se|se reuniu|se encontrou|"
         r"spotkał\w* się|зустр(?:івся|ілася|ілися)|провів зустріч|провела зустріч)\s+"
         r"(?:[^\s,.]+\s+){0,7}?(?:avec|con|com|z|з|із)\s+(?P<b>.+)", "host", "guest", False),
        # "ha mantenido este martes una reunión por videoconferencia con": a day between
        # the verb and the meeting, its manner between the meeting and "with".
        ("meeting", r"(?P<a>.+?)\b(?:ha mantenido|mantuvo|ha celebrado|celebró|ha presidido|"
         r"presidió|a tenu|a eu|teve|manteve|realizou|ha avuto|ha tenuto)\s+"
         r"(?:[^\s,.]+\s+){0,3}?(?:una? |uma )?(?:reunión|encuentro|réunion|rencontre|"
         r"entretien|reunião|encontro|incontro|riunione|colloquio)(?:\s+[^\s,.]+){0,3}?\s+"
         r"(?:con|avec|com)\s+(?P<b>.+)", "host", "guest", False),
        ("meeting", r"(?P<a>.+?)\b(?:a rencontré|rencontre|a reçu|reçoit|traf|trifft|empfing|"
         r"empfängt|(?:ha )?(?:recibido|recibió|recibe)\s+(?:[^\s,.]+\s+){0,7}?al?|"
         r"ha incontrato|incontra|ha ricevuto|"
         r"riceve|recebeu|przyjął\w*)\s+(?P<b>.+)", "host", "guest", False),
        ("meeting", r"(?P<a>.+?)\bmit\s+(?P<b>[^.;!?]{1,150}?)\s+(?:zusammengetroffen|getroffen|"
         r"zusammengekommen|zusammen)\b", "host", "guest", False),
        # German's perfect puts the guest between its two verbs: "hat ... X ... empfangen".
        ("meeting", r"(?P<a>.+?)\b(?:hat|haben)\s+(?P<b>[^.;!?]{1,150}?)\s+empfangen\b",
         "host", "guest", False),
        ("letter", r"(?P<a>.+?)\b(?:a adressé|a envoyé|a fait parvenir|ha enviado|envió|"
         r"ha dirigido|ha remitido|ha inviato|ha indirizzato|enviou|endereçou|"
         r"wysłał\w*|przesłał\w*|skierował\w*|sandte|schickte|richtete)\b.*?\b(?:à|au|aux|a|"
         r"al|alla|ai|ao|à|aos|do|an|na ręce)\s+(?P<b>.+)", "sender", "addressee", False),
        # German's perfect puts the addressee between its two verbs: "hat der Präsidentin
        # ..., X, ... kondoliert".
        ("letter", r"(?P<a>.+?)\b(?:hat|haben)\s+(?P<b>[^.;!?]{1,200}?)\s+(?:kondoliert|"
         r"gratuliert)\b", "sender", "addressee", False),
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
# An address block's line over the salutation: the addressee's style, then the name.
_STYLE = (r"(?:His|Her|Son|Sua|Su|Seine|Ihre|Его|Ее|Её)\s+(?:Excellency|Excellence|Eccellenza|"
          r"Excelencia|Excelência|Exzellenz|Превосходительство|Majesty|Majesté|Highness)")
ADDRESS_LINE = re.compile(
    rf"^(?:{_STYLE}|H\.\s?E\.|S\.\s?E\.|(?:The\s+)?(?:Rt\.?\s+)?Hon(?:ourable|\.)?)\s+"
    r"(?P<who>.{3,80})$")
ADDRESS_LINES = 4
# The style alone on the address block's first line, the name on the next.
STYLE_ALONE = re.compile(
    rf"(?:To\s+|À\s+|A\s+)?{_STYLE}"
    r"(?:\s+(?:a|o|la|el|le)?\s*(?:Senhora?|Señora?|Madame|Monsieur|Mr\.?|Mrs\.?|Ms\.?|"
    r"Herr|Frau|Signora?|Господин|Госпожа))?[,.]?")
# A parliamentarian's style around the name: "The Rt Hon Martin Oake MP".
PARLIAMENT_STYLE = re.compile(r"\b(?:The\s+)?(?:Rt\.?\s+)?Hon\.?\s+|\s+(?:MP|QC|KC|MLA|MSP)\b")
# A letter's closing over its signature, in the languages of the salutations.
CLOSING = re.compile(
    r"^(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|"
    r"(?:With\s+)?(?:best|kind|warm(?:est)?)\s+regards|(?:Bien\s+)?cordialement|"
    r"Mit\s+freundlichen\s+Grüßen|Atentamente|Cordialmente|Distinti\s+saluti|"
    r"Atenciosamente|С\s+уважением|З\s+повагою|Z\s+poważaniem|Z\s+wyrazami\s+szacunku|"
    r"Mit\s+(?:stillem|herzlichem|herzlichen|besten)\s+Grü(?:ß|ss)(?:en)?|Hochachtungsvoll|"
    r"(?:Cordiali\s+)?saluti|Con\s+(?:afecto|respeto|stima)|Respetuosamente|"
    r"Com\s+os\s+melhores\s+cumprimentos|Cumprimentos|S\s+pozdravem|S\s+úctou|"
    r"Met\s+(?:vriendelijke\s+groet(?:en)?|hoogachting)|Med\s+vennlig\s+hilsen|"
    r"Med\s+vänlig\s+hälsning|Ystävällisin\s+terveisin|Saygılarımla|Cu\s+(?:stimă|respect)|"
    r"S\s+poštovanjem|Με\s+εκτίμηση|(?:Best|Warm)\s+wishes|With\s+respect)\s*[,.]?$",
    re.IGNORECASE)
# A signature's possessive before the name ("Ihr Friedrich Albrecht", "Votre ...").
SIGNED_YOURS = re.compile(r"^(?:Ihr|Ihre|Euer|Eure|Votre|Vostr[oa]|Ваш|Ваша|Twój|Twoja|Uw|"
                          r"Din|Yours,?)\s+")
# A diplomatic letter's closing formula, a sentence ending in the writer's "consideration"
# ("... l'expression de ma très haute considération.", "... my highest consideration.").
FORMAL_CLOSING = re.compile(r"(?:consideration|considération|consideración|considerazione|"
                            r"consideração|hochachtung|уважения|поваги|poważania)\W*$",
                            re.IGNORECASE)
SIGNATURE_LINES = 5
# The salutation's "Your" as the addressee's style says it in the third person.
THIRD_PERSON = {"your": "His", "ваше": "Его"}
COUNTRY = re.compile(r"\b((?:Islamic |People’s |People's |Arab |Democratic |United |Federal )?"
                     r"(?:Republic|Kingdom|Sultanate|State|Emirate|Principality|Federation|"
                     r"Commonwealth|Grand Duchy) of (?:the )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)*)")
# The dative ending of a name in Azerbaijani, after a vowel with its "y" ("Reyneyə").
DATIVE = re.compile(r"(?<=\w\w)(?:y?ə|ya)$")
CYRILLIC_WORD = re.compile(r"[А-ЯЁЄІЇҐа-яёєіїґ][а-яёєіїґ'’]+(?:-[А-ЯЁЄІЇҐа-яёєіїґ][а-яёєіїґ'’]+)*")
# A lead says who did what to whom early; a longer "sentence" is a paragraph without stops,
# and the patterns need not read all of it.
LEAD_SENTENCE_CHARS = 1000
# The roles of a call's and a meeting's two sides, the one who acts first.
TWO_SIDES = {"phone_call": ("caller", "callee"), "meeting": ("host", "guest")}
# Kinds whose lead may name who speaks with an office before the name; how far before.
# Whose call or meeting a title names before "with": "PM Oskar Lind's call".
POSSESSOR = re.compile(r"(.+?)['’]s\s+\w+\s*$")
LEAD_SPEAKER_KINDS = frozenset({"speech", "statement"})
DATELINE_OPENING = re.compile(r"((?:[^.!?\n]|(?<=\d)\.){2,60}?)\s[–—-]\s+")
OFFICE_BEFORE_WORDS = 3
PREDICATE_AFTER = re.compile(r",|\s+[^\W\d_A-ZА-ЯЁ]")  # the verb or apposition after a subject
# Kinds whose title may name who speaks after "by", and the words that end the name.
SPOKEN_BY = frozenset({"speech", "statement", "press_conference"})
TITLE_BY = re.compile(r"\b(?:by|von|de|do|da|du|del|della)\s+(?P<who>[^,:;(]{3,120})"
                      # the name in apposition after the office: "do Primeiro-Ministro, Jorge
                      # Spencer Andrade, na ..."
                      r"(?:,\s+(?P<apposed>[^,:;(]{3,60})(?=,))?", re.I)
BY_END = re.compile(r"\s(?i:on|at|in|to|for|during|with|after|before|following|regarding|"
                    r"about|au|à|aux|sur|lors|pour|devant|na|no|em|sobre|en|al|ante|zum|zur|"
                    r"bei|beim|im|am|auf|anlässlich|vor|alla|nel|nella|in occasione)\s")
# The words that join an office to its country or portfolio (never "and": another
# office may follow).
OF_WORDS = frozenset("of the de du des la le l' del della di da do dos der für".split())
HONORIFICS = frozenset({"h.e.", "s.e.", "he", "o", "a", "el", "la", "le", "il", "the", "dem",
                        "der", "des"})
UNCASED_LANGUAGES = frozenset({"ja", "zh", "ko", "ar", "fa", "he", "ur"})
PATTERNED = frozenset({"en", "ru", "fr", "de", "es", "it", "pt", "pl", "uk", "az", "tr"})
# Languages whose names in a sentence carry case endings and articles that no reader of
# ours undoes ("Միրա Սոլենն", "Լեոն Վարդիին"): no two sides from their first sentence.
INFLECTED_NAMES = frozenset({"hy"})
OFFICE_FIRST = frozenset({"az", "tr", "uz", "kk", "ky", "tk", "mn"})
# How far into a readout the other side of a call is looked for.
CALL_OPENING_CHARS = 1000
# Whose initiative a call was ("at the initiative of the German side", "auf Wunsch des
# velorischen Präsidenten", "por iniciativa da parte veloriana"): that side called.
INITIATIVE = re.compile(
    r"(?:at the (?:initiative|request) of|initiated by|on the initiative of|"
    r"à l['’]initiative d[eu]s?|à la demande d[eu]s?|por iniciativa d[aeo]s?|"
    r"a (?:petición|pedido|solicitud) de(?:l| la)?|a pedido d[aeo]s?|"
    r"su (?:iniziativa|richiesta) d(?:i|el|ella)|"
    r"auf (?:Wunsch|Initiative|Bitten|Anregung) d(?:es|er)|"
    r"по инициативе|по просьбе|за ініціативою|на прохання|z inicjatywy|na prośbę|"
    r"na (?:inicijativu|zahtev|zahtjev)|la (?:inițiativa|solicitarea)|"
    r"op (?:verzoek|initiatief) van|na žádost|z iniciativy)\s+(?P<side>[^.;\n]{1,80})", re.I)
SIDE_WORD = re.compile(r"\w{5,}")
SIDE_STEM_CHARS = 5  # "German" side, "Germany": a country and its adjective share their start
APPOSITION_CHARS = 80
# The case endings of names in the Slavic languages written in Latin letters, longest first.
# Case endings of Slavic and Hungarian names ("Lindem", "Lindowi", "Veldent", "Veldennel"),
# taken off only where the page writes the name without them.
CASE_ENDINGS = ("owi", "ovi", "jem", "iem", "em", "om", "im", "ie", "ą", "ę", "a", "u", "y", "i",
                "e", "m",
                "lle", "t", "nak",
                "nek", "nal", "nel", "val", "vel", "hoz", "hez", "höz", "tól", "től", "ról",
                "ről", "nál", "nél",
                # Finnish's genitive, Estonian's comitative ("Valmonten", "Vialega")
                "n", "ga",
                # Azerbaijani, Uzbek and Turkmen cases written without an apostrophe
                # ("Sultanlıya", "Kastellni", "Nurmatowyň", "Vinterə"), Estonian's allative.
                "ya", "yə", "ə", "ni", "ning", "ka", "qa", "nyň", "niň", "yň", "iň", "ň", "le")
STEM_CHARS = 3
SURNAME_ENDINGS = ("n", "ga")  # Finnish's genitive, Estonian's comitative
# Arabic, Persian and Hebrew words of address before a name of two words ("Mr", not
# "President", after which a surname and its verb may follow).
_ARABIC = "\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc"
_ARABIC_NAME = (rf"[{_ARABIC}\u05d0-\u05ea]+(?:\s+(?:بن|بنت|آل|ابن)\s+[{_ARABIC}]+)+|"
                rf"[{_ARABIC}\u05d0-\u05ea]+\s+[{_ARABIC}\u05d0-\u05ea]+")
# The honorifics of a head of state or government before the office and the name: "فخامة
# رئيس الجمهورية السيد ...", "جلالة الملك ...", "سمو الشيخ ..." (a chain of "بن" and "آل").
ADDRESSED = re.compile(rf"(?:(?:السيد|السيدة|آقای|خانم|جناب|מר|גב['’]?|"
                       rf"معالي|فخامة|سمو|جلالة|صاحب السمو|صاحب الجلالة|دولة)"
                       # "السيد الرئيس عمر ...", "فخامة الرئيسة ...": the office after the style
                       rf"(?:\s+(?:الرئيسة|رئيسة الجمهورية|رئيسة الوزراء|الملكة|الأميرة|الشيخة|"
                       rf"الرئيس|رئيس الجمهورية|رئيس الوزراء|الملك|الأمير|الشيخ|السلطان|"
                       rf"ولي العهد))?(?:\s+السيد[ةه]?)?)\s+({_ARABIC_NAME})")
# An Arabic office, then a name of two words, then what a name is followed by: a comma, a
# full stop, "today", "in", "with" ("استقبلت الرئيسة أمارا فيلدن اليوم في ..."); a word
# after the office's two that is none of these may be its verb ("قال الرئيس فيلدن إن").
_AFTER_NAME = "اليوم|أمس|في|مع|خلال|صباح|مساء|لدى|على|عبر|بقصر|بمقر|بحضور"
OFFICE_THEN_NAME = re.compile(
    rf"(?:الرئيسة|الرئيس|رئيسة الوزراء|رئيس الوزراء|الملكة|الملك|ولي العهد)\s+"
    rf"((?:(?!(?:{_AFTER_NAME})\s)[{_ARABIC}]+)\s+(?:(?!(?:{_AFTER_NAME})(?:\s|$))[{_ARABIC}]+))"
    rf"(?=\s*[،,.]|\s+(?:{_AFTER_NAME})(?:\s|$))")
# (Not "سلطان" or "أمير": given names as well, "الشيخ سلطان بن ...".)
ARABIC_OFFICES = frozenset("رئيس رئيسة وزير وزيرة ملك ملكة ولي نائب".split())
# A transliterated name in Chinese or Japanese: its parts joined by a middle dot.
DOTTED = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{1,12})(?P<dot>[·・])"
                    r"([\u4e00-\u9fff\u30a0-\u30ff]{1,12})")
KATAKANA = re.compile(r"[\u30a0-\u30ff]+")
_JAPANESE_STATES = "(?:共和国|王国|連邦|公国|合衆国|首長国連邦)"  # a country's state word
STATE_SUFFIX = re.compile(f"{_JAPANESE_STATES}$")
JAPANESE_STATE = re.compile(f"[\u30a0-\u30ff]+{_JAPANESE_STATES}")
# A Japanese name in kanji between a clause's mark and its office, the topic's particle after.
KANJI_NAME_OFFICE = re.compile(rf"(?:^|[、。（「\s])([\u4e00-\u9fff]{{3,5}}?)(?:{HAN_OFFICES})"
                               r"(?=は|が|と|に|の)")
KOREAN_OFFICE = re.compile(r"\s(?:대통령|총리|국왕|여왕|장관|외교장관|부통령|국무총리)"
                           r"(?:은|는|이|가|과|와|을|를|의|께서|에게|도)?(?=\s|$)")
HANGUL_WORD = re.compile(r"[\uac00-\ud7af]{2,6}")
KOREAN_NAME_WORDS = 3
# A word ending so is no name's: the particles of place, topic, object and "with".
KOREAN_PARTICLES = ("에서", "에게", "으로", "은", "는", "을", "를", "에", "의", "와", "과", "도",
                    "로", "이", "가")
JAPANESE_OFFICE = re.compile(r"首相|大統領|外相|国王|女王|大臣|副大統領|議長")
OFFICE_BEFORE = re.compile(r"总统|總統|总理|總理|主席|部长|部長|外长|外長|国王|國王|首相|大統領|"
                           r"大使|议长|議長|秘书长|秘書長|外相|大臣|長官|女王|王子|国|國|の|的")
VERB_AFTER = re.compile(r"举行|舉行|表示|会见|會見|会谈|會談|通电话|通電話|致|说|說|在|和|同|与|與|"
                        r"等|的|举|表|会|は|が|と|に|を|の|氏|大統領|首相|外相")
RECEIVED_CALL = re.compile(r"\W*(?:\S+\s+){0,8}?(?:تلقى|تلقت|تلقّى|تلقّت|استقبل\S*\s+اتصال)")
# Its end: "with", the verb, "at" before the place ("韦尔登在莱萨会见"), or the clause's end.
OFFICE_NAME = re.compile(r"(?:总统|總統|总理|總理|主席|首相|国王|國王)"
                         r"([\u4e00-\u9fff]{2,4}?)(?:同|与|與|和|通电话|通電話|会见|會見|会谈|會談|"
                         r"在|举行|舉行|。|，|、)")
MONARCHS = (("Sultanate", "Sultan"), ("Kingdom", "King"), ("Emirate", "Emir"),
            ("Principality", "Prince"), ("Grand Duchy", "Grand Duke"))


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
    if sentences and kind in LEAD_SPEAKER_KINDS:
        return _office_holder(sentences[0], language)
    if sentences and kind == "letter" and language_code(language) in UNCASED_LANGUAGES:
        # "بعث السيد الرئيس ... ببرقية تعزية إلى فخامة الرئيسة ...": who sent it, then to whom.
        named = uncased_names(SENTENCE.split(sentences[0])[0][:LEAD_SENTENCE_CHARS])[:2]
        if len(named) == 2 and not same_person(*named):
            return [Participant(named[0], "sender"), Participant(named[1], "addressee")]
    if sentences and kind == "announcement":
        # "Prezidentas Jonas Kairys lankysis Saldovijoje ... susitiks su Prezidente Amara
        # Velden": who will meet whom, in the order named, no side said to host.
        return [Participant(p.name, "participant")
                for p in _two_sides(sentences[0], "meeting", language)]
    sides = _two_sides(sentences[0], kind, language) if sentences and kind in TWO_SIDES else []
    if not sides and sentences and kind == "meeting":
        # "Прем'єр-міністр Оскар Лінд провів засідання уряду": a meeting its holder chaired.
        sides = [Participant(p.name, "host") for p in _office_holder(sentences[0], language)]
    return sides


def without_dateline(sentence: str) -> str:
    """A lead without the dateline it opens with ("KOTA SEGARA – Presiden ...", "(Lạc Thành)
    - Chiều 21/3, ...", "Lessa, 19. března 2024 – Prezident ..."): a place is no person."""
    found = DATELINE_OPENING.match(sentence)
    if found is None:
        return sentence
    said = found.group(1).strip()
    # A place and a date, a place in capitals or in brackets; "President Amara Velden – the
    # first ..." is a sentence's subject.
    if any(ch.isdigit() for ch in said) or said.isupper() \
            or said.startswith("(") and said.endswith(")"):
        return sentence[found.end():]
    return sentence


def _office_holder(sentence: str, language: str | None) -> list[Participant]:
    """Who gives a speech or a statement, when a lead names no one by a pattern: the first
    person its first sentence names with an office right before the name ("Bundespräsident
    Konrad Aschenbrenner hat beim Festakt ...")."""
    first = SENTENCE.split(sentence)[0][:LEAD_SENTENCE_CHARS]
    names = names_written(first)
    at = first.find(names[0]) if names else -1
    before = first[:at].split() if at > 0 else []
    # The subject: office words alone open the sentence, an article at most before them.
    if not before or len(before) > OFFICE_BEFORE_WORDS or not office_word(before[-1]) \
            or not all(office_word(w) or w.lower() in ARTICLES for w in before) \
            or len(names[0].split()) < 2 or not all(w[:1].isupper() for w in names[0].split()
                                                     if w.lower() not in NAME_PARTICLES) \
            or any(len(w) > 1 and w.isupper() for w in first[at:at + len(names[0])].split()) \
            or not PREDICATE_AFTER.match(first, at + len(names[0])):
        return []  # an office's acronym ("МИД ..."), a bureau's name before its brackets
    return [Participant(in_nominative(names[0], first, language), "speaker")]


def _two_sides(sentence: str, kind: str, language: str | None) -> list[Participant]:
    """A call's or a meeting's two sides in a language no pattern reads: the first two
    people its first sentence names, in the order it names them (the subject first, in
    the languages that write it first)."""
    first = SENTENCE.split(sentence)[0][:LEAD_SENTENCE_CHARS]
    code = (language or detect_language(first) or "").split("-")[0].lower()
    # Turkic and Mongolian write the country, the office, then the name ("... Respublikasının
    # Prezidenti Elnur Qasımlı ilə Tarviya Prezidenti Mark Ollendorf arasında"): the names
    # right after an office are the two sides.
    named = office_names(first, code)[:2] if code in OFFICE_FIRST else []
    if len(named) == 2 and not same_person(*named):
        return [Participant(name, role) for name, role in zip(named, TWO_SIDES[kind],
                                                              strict=True)]
    if code in PATTERNED or code in INFLECTED_NAMES:
        return []  # a sentence the patterns could not read names other things than people
    cased = [in_nominative(n, first, code) if code in READ_BY_ENDINGS else n
             for n in _apposed([n for n in names_in(first) if " " in n], first)[:2]]
    # A script without capitals names its people its own way; a gloss in Latin letters in
    # brackets ("（H.E. Ms. Amara Velden, President of ...）") is a name said again.
    names = [] if code in UNCASED_LANGUAGES else cased
    if not names:
        # Scripts without capitals: a name after a word of address ("السيد ماتياس أورين"),
        # a foreign name transliterated with its middle dot ("卢卡斯·韦尔恩"): the visitor's,
        # the other side, when only one is found.
        uncased = uncased_names(first)[:2]
        if len(uncased) == 1:
            return [Participant(uncased[0], TWO_SIDES[kind][1])]
        names = uncased or cased
        if kind == "phone_call" and RECEIVED_CALL.match(first):
            names.reverse()  # "تلقت ... اتصالاً هاتفياً من ...": who received it is named first
    if len(names) < 2 or same_person(*names):
        return []
    return [Participant(name, role) for name, role in zip(names, TWO_SIDES[kind], strict=True)]


def _apposed(names: list[str], sentence: str) -> list[str]:
    """The names, an office's country giving way to the person named after it between
    commas ("Perdana Menteri Federasi Sundral, Ines Caldera, ...")."""
    out: list[str] = []
    for name in names:
        if out and f"{out[-1]}, {name}" in sentence:
            out[-1] = name
        else:
            out.append(name)
    return out


def office_names(sentence: str, language: str | None) -> list[str]:
    """The names that follow an office word at once, two words each, in the nominative."""
    found = []
    for m in NAME_RUN.finditer(sentence):
        before = sentence[:m.start()].split()
        words = [*before[-1:], *m.group(0).split()]
        # The two words after each office in the run ("Respublikasının Prezidenti Elnur
        # Qasımlı"; "Ерөнхийлөгч Сэрээтэрийн Мөнхтулга Тарви Улсын Ерөнхийлөгч Марк ...").
        for at in [k for k, w in enumerate(words) if office_word(w.strip(","))]:
            name = words[at + 1:at + 3]
            if len(name) == 2 and not any(is_office(w) for w in name) \
                    and all(w[:1].isupper() for w in name):
                found.append(in_nominative(" ".join(name), sentence, language))
    return found


def uncased_names(text: str) -> list[str]:
    """Names in scripts that mark none by capitals, in order: after a word of address or
    office in Arabic, Persian or Hebrew, and CJK transliterations joined by a middle dot,
    cut from the office words before them and the verb after them."""
    # "دولة رئيس وزراء سالدوفيا السيد ...": an office after the style is no name; the one
    # after "السيد" is.
    found: list[tuple[int, str]] = [(m.start(1), m.group(1)) for m in ADDRESSED.finditer(text)
                                    if m.group(1).split()[0] not in ARABIC_OFFICES]
    found += [(m.start(1), m.group(1)) for m in OFFICE_THEN_NAME.finditer(text)
              if not any(m.group(1) in name or name in m.group(1) for _, name in found)]
    at = 0
    while (m := DOTTED.search(text, at)) is not None:
        before = OFFICE_BEFORE.split(m.group(1))[-1]
        state = JAPANESE_STATE.match(m.group(3))  # "ヴェロリア共和国": no "和" of "and" in it
        after = state.group(0) if state else VERB_AFTER.split(m.group(3))[0]
        # The next name may begin inside what the last one's after-part reached over
        # ("阿玛拉·韦尔登同萨尔多维亚总统拉德克·奥斯特"): look again from this name's end.
        at = m.start(3) + max(len(after), 1)
        kana = STATE_SUFFIX.sub("", after)  # "ヴェロリア共和国": a country of its state's word
        if m.group("dot") == "・" and not KATAKANA.fullmatch(before + kana):
            continue  # "東陽・ヴェロリア": Japanese joins two countries so; names are katakana
        if before and after:
            # "ラデク・オスター・サルドビア首相": Japanese sets the country between the name and
            # the office; the name is the parts before it.
            country = "・" in before and JAPANESE_OFFICE.match(m.group(3), len(after))
            found.append((m.start(), before if country else f"{before}{m.group('dot')}{after}"))
    # "、山城健一内閣総理大臣は": a Japanese name in kanji right before its office.
    found += [(m.start(1), m.group(1)) for m in KANJI_NAME_OFFICE.finditer(text)]
    if not found:
        # Chinese names a leader by a surname alone, right after the office and before
        # the verb or the "with" ("维洛里亚总统韦尔登同萨尔多维亚总统奥斯特通电话").
        found = [(m.start(1), m.group(1)) for m in OFFICE_NAME.finditer(text)]
    if not found:
        found = list(_korean_names(text))
    return [name for _, name in sorted(found)]


def _korean_names(text: str) -> Iterator[tuple[int, str]]:
    """Foreign leaders' Korean names before their office ("아마라 벨덴 대통령은"), their
    country between them ("라데크 오스터 살도비아 총리와"): the words before the office back
    to one that ends in a particle, the third of three the country."""
    for m in KOREAN_OFFICE.finditer(text):
        words: list[str] = []
        for word in reversed(text[:m.start()].split()[-KOREAN_NAME_WORDS:]):
            if not HANGUL_WORD.fullmatch(word) or word.endswith(KOREAN_PARTICLES):
                break
            words.insert(0, word)
        if len(words) == KOREAN_NAME_WORDS:
            words = words[:-1]  # given name, surname, country
        if len(words) > 1:  # one word alone is most often the country ("미국 대통령")
            name = " ".join(words)
            yield text.rfind(name, 0, m.start()), name


def _plain_role(kind: str, position: int) -> str:
    """Roles for kinds without lead patterns of their own: the subject speaks."""
    return "speaker" if kind == "speech" and position == 0 else "participant"


def _roles(m: re.Match[str], role_a: str, role_b: str, last: bool,
           language: str | None = None) -> list[Participant]:
    if "ab" in m.re.groupindex:
        return _first_and_last(m.group("ab"), role_a, role_b)
    subject, objects = names_in(m.group("a")), names_written(m.group("b"))
    if not subject:
        # "The Prime Minister met President X": the office no name, its guests still named,
        # those an office introduces ("President X", not "the State Affairs Commission").
        objects = [name for name in objects if _office_before(name, m.group("b"))] \
            if role_b in LISTED_ROLES and _office_only(m.group("a")) else []
        if not objects:
            return []
    found = [Participant(subject[0], role_a)] if subject else []
    if role_b in LISTED_ROLES and objects:
        # "met President X of Veloria and President Y of Orsana": every guest listed.
        return found + [Participant(in_nominative(name, m.group("b"), cases_by(language)),
                                    role_b) for name in _listed(objects, m.group("b"))]
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
        # A language that declines names as the sentence's letters tell, whatever the page
        # declares; Polish, or one that declines none (Bulgarian, Macedonian), as declared.
        found.append(Participant(in_nominative(name, m.group("b"), cases_by(language)),
                                 role_b))
    return found


def _office_only(subject: str) -> bool:
    """Whether a sentence's subject is an office without a name ("The Prime Minister")."""
    words = [w for w in subject.split() if w.lower() not in ARTICLES]
    return bool(words) and len(words) <= OFFICE_SUBJECT_WORDS and any(map(office_word, words))


def _between_commas(name: str, span: str) -> bool:
    """Whether a name stands between commas after an office's words ("The President of the
    Republic of Veloria, Teodor Vallin, and ...")."""
    at = span.find(name)
    before, after = span[:at].rstrip(), span[at + len(name):].lstrip()
    return before.endswith(",") and after[:1] in (",", "") and any(
        office_word(w) for w in before.split()[-JOINT_OFFICE_WORDS:])


def _office_before(name: str, span: str, reach: int = 1) -> bool:
    """Whether an office's word stands right before a name in a span ("President X"), or
    ``reach`` words before it with only its place's between ("President of the Republic of
    Veloria Teodor Vallin")."""
    for word in reversed(span[:span.find(name)].split()[-reach:]):
        word = word.strip(",(")
        if office_word(word):
            return True  # "President X"; not "his X", which an address's "His" would be
        if not (word[:1].isupper() or word.lower() in LIST_PARTICLES):
            return False
    return False


def _listed(names: list[str], span: str) -> list[str]:
    """The first name of a span and those listed with it ("X of Veloria and Y", "X, Y and
    Z"): an "and" between them, or commas before one, a few words at most, no sentence's
    end.  A comma alone sets a name in apposition ("the Minister of X, Y"): no list."""
    listed, anded = names[:1], 1
    at = span.find(names[0]) + len(names[0])
    for name in names[1:]:
        found = span.find(name, at)
        gap = span[at:found]
        # A semicolon parts a list of offices with their holders ("el gobernador de X,
        # A; la gobernadora de Y, B, y ...").
        stops = ".:" if any(is_office(w.strip(",;")) for w in gap.split()) else ".;:"
        if found < 0 or len(gap.split()) > LIST_GAP_WORDS or any(c in gap for c in stops) \
                or not ("," in gap or LIST_AND.search(gap)) or not all(map(_listing_word, (
                    w.strip(",;()") for w in gap.split()))):
            break  # "X, who said Y ...": Y is no one the sentence lists
        listed.append(name)
        if LIST_AND.search(gap):
            anded = len(listed)
        at = found + len(name)
    return listed[:anded]


def _listing_word(word: str) -> bool:
    """A word that may stand between two names of a list: an "and", an article or a
    particle ("of the"), an office, a capitalised word (a country)."""
    return not word or word[:1].isupper() or LIST_AND.fullmatch(word) is not None \
        or word.lower() in LIST_PARTICLES or is_office(word)


def _first_and_last(span: str, role_a: str, role_b: str) -> list[Participant]:
    """Both sides in one span, subject first: its first name and its last, the last without
    the dative ending Azerbaijani gives it ("Tomas Reyneyə")."""
    names = names_written(span)
    found = [Participant(names[0], role_a)] if names else []
    # An outlet's name ("“Şimal Xəbərləri” jurnalına") is no interviewer: a journalist is.
    if len(names) > 1 and (role_b != "interviewer" or JOURNALIST.search(span)):
        found.append(Participant(DATIVE.sub("", names[-1]), role_b))
    return found


def from_title(title: str | None, kind: str, known: Iterable[str] = (),
               language: str | None = None) -> list[Participant]:
    """The other side a title names: "Telephone conversation with X", "Meeting with X",
    in the nominative where the language declines names ("z Prezydentem Tomasem Arkellem").

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
    if not role or kind == "interview":
        return []
    found = [Participant(in_nominative(name, title, language) if language else name, role)
             for name in names[:3]]
    owner = POSSESSOR.search(title[:m.start()]) if kind in TWO_SIDES else None
    if owner is not None and (had := names_in(owner.group(1))) and " " in had[-1] \
            and (not headline or any(same_person(k, had[-1]) for k in known)):
        # "PM Oskar Lind's call with President Amara Velden": whose call it was.
        found.insert(0, Participant(had[-1], TWO_SIDES[kind][0]))
    return found


def by_whom(title: str) -> list[Participant]:
    """The speaker a title names after "by" ("Statement by President Amara Ndoye on ...",
    "Discurso do presidente Tomás Arvid", "Rede von Bundespräsident X"): a full name right
    after the offices, before the words that say where or on what; after "de" ("Discours
    de S.E.M. X", "Mensaje de Navidad de ..."), only a name an office or a style opens."""
    at = 0
    while (m := TITLE_BY.search(title, at)) is not None:
        found = _by(m)
        if found or m.group(0)[:2].lower() != "de":
            return found
        at = m.start() + 1  # "Conférence de presse du Président ...": the next one
    return []


def _by(m: re.Match[str]) -> list[Participant]:
    who = BY_END.split(m.group("who"), 1)[0]
    names = names_in(who)
    apposed = m.group("apposed")
    if not names and apposed and _office_words(who.split()):
        who, names = apposed, [n for n in names_in(apposed) if n == apposed.strip()]
    if not names or " " not in names[0]:
        return []  # "Remarks by President Biden": a surname alone is no one's full name
    before = who[:who.find(names[0])].split() if names[0] in who else ["?"]
    if not _office_words(before) or not before and m.group(0)[:2].lower() == "de":
        return []  # "by the Ministry of ...": an office's words, then someone else's name
    return [Participant(names[0], "speaker")]


def _office_words(words: list[str]) -> bool:
    """Whether the words before a name are its office: office words and styles, or an
    office first and then its country or portfolio ("Présidente de la République", "Minister
    of Foreign Affairs"); never an institution's name ("the Ministry of ...")."""
    def office(w: str) -> bool:  # "Primeiro-Ministro": a compound office
        return w.lower().strip(".,") in OFFICE_WORDS or w.lower() in HONORIFICS \
            or "-" in w and office_word(w)

    if all(map(office, words)):
        return True
    lead = [w for w in words if w.lower() not in HONORIFICS]
    if not lead or not office(lead[0]):
        return False
    joined = False  # a capitalised word is the office's country only after its "of"
    for w in lead[1:]:
        if w.lower() in OF_WORDS:
            joined = True
        elif not (office(w) or joined and w[:1].isupper()):
            return False  # "President Biden and Taoiseach": another person's name between
    return True


def joint_authors(title: str | None, sentences: Iterable[str],
                  language: str | None = None) -> list[Participant]:
    """The leaders a joint text names in its opening ("The President of X, A, and the
    President of Y, B, having met ...", "Joint Statement agreed by A and B"), or those in
    whose presence documents were signed: its participants, when nothing else names any."""
    joint = bool(title) and JOINT_TITLE.search(title or "") is not None
    for sentence in sentences:
        head = sentence[:LEAD_SENTENCE_CHARS]
        present = PRESENCE.search(head)
        several = MULTILATERAL.search(head)
        if not joint and present is None and several is None:
            continue  # most statements: a search or two, no sentence cut
        first = SENTENCE.split(head)[0]
        if present is not None and present.end() <= len(first):
            first, joint = first[present.end():], True
        # "A, B y C han celebrado una reunión trilateral": the leaders met, its subjects.
        joint = joint or several is not None and several.end() <= len(first)
        # Each name an office introduces, or a comma after one ("The President of X, A,"):
        # not a country's or a council's name run on from an office's "of".
        names = [name for name in names_in(first, language) if _office_before(
            name, first, JOINT_OFFICE_WORDS) or _between_commas(name, first)] if joint else []
        if len(names) >= 2:
            return [Participant(name, "participant") for name in names[:JOINT_NAMES_MAX]]
    return []


def from_salutation(paragraphs: list[str]) -> Participant | None:
    """The addressee a letter's salutation names, completed with the country the text names;
    the full name of an address block over it first ("His Excellency Ignatius Obrecht" over
    "Dear Mr. President,", "The Rt Hon Martin Oake MP" over "Dear Martin,")."""
    for k, paragraph in enumerate(paragraphs[:ADDRESS_LINES]):
        if SALUTATION.match(paragraph.strip()) or NAMED_SALUTATION.match(paragraph.strip()):
            break
        m = ADDRESS_LINE.match(paragraph.strip())
        who = m.group("who") if m else None
        if who is None and STYLE_ALONE.fullmatch(paragraph.strip()) and k + 1 < len(paragraphs):
            who = paragraphs[k + 1].strip()  # "His Excellency" over "Mr Anselm Varro"
        found = names_in(PARLIAMENT_STYLE.sub("", who)) if who else []
        if found and " " in found[0]:
            return Participant(found[0], "addressee")
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


def from_signature(paragraphs: list[str]) -> Participant | None:
    """The sender a letter's signature names, under its closing ("Yours sincerely," over
    "Thomas Ellery", "С уважением," over "Тамара Арвид", a formula's "... my highest
    consideration." over "Amara Velden")."""
    last = len(paragraphs)
    for k in range(max(0, last - SIGNATURE_LINES), last - 1):
        closing = paragraphs[k].strip()
        if CLOSING.match(closing) or FORMAL_CLOSING.search(closing):
            signed = SIGNED_YOURS.sub("", paragraphs[k + 1].strip().strip("“”\"»"))
            found = names_in(PARLIAMENT_STYLE.sub("", signed))
            if found and " " in found[0]:
                return Participant(found[0], "sender")
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
            and PATRONYMIC_FORM.search(words[2]):
        words = words[:2]  # "Арвид Томас Карлович": the text names him without the patronymic
        tag = " ".join(words)
    at = next((k for k, w in enumerate(words) if k and w[:1].isupper() and office_word(w)),
              None)
    if at is not None:
        name = " ".join(words[:at])
        styled = f"{words[at]} {name}"
        return styled if styled in written else name
    for k in range(1, len(words)):
        turned = words[k:] + words[:k]
        if " ".join(turned) in written or _declined_in(turned, written):
            return " ".join(turned)
    if len(words) == 2 and re.search(rf"(?<!\w){re.escape(words[1][:1])}\.\s?"
                                     rf"{re.escape(words[0])}(?!\w)", written):
        return f"{words[1]} {words[0]}"  # "Лесков Денис" labelled "Д.Лесков": surname first
    return tag


def _declined_in(words: list[str], written: str) -> bool:
    """True when the text writes these Russian name words in some case ("Оскаром Линдом")."""
    if not all(CYRILLIC_WORD.fullmatch(w) for w in words):
        return False
    # Each part of a double name takes the case too: "Жан-Люк" is "Жаном-Люком".
    forms = ("-".join(re.escape(p[:-1] if p[-1:].lower() in "аяйь" else p) + r"\w{0,3}"
                      for p in w.split("-")) for w in words)
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


def as_written(found: list[Participant], written: str) -> list[Participant]:
    """Each name in the form the page also writes without a case ending ("Lukasem Vernem",
    with whom a call was held, is "Lukas Vern" where he speaks): the nominative."""
    named = [Participant(written_nominative(p.name, written), p.role) for p in found]
    # Two forms of one name ("Janem Borowym", "Jan Borowy") are one person once written so.
    return [p for k, p in enumerate(named) if all(q.name != p.name for q in named[:k])]


def written_nominative(name: str, written: str) -> str:
    """The name with its words' case endings taken off, when the page writes it so
    ("Lukasem Vernem" is "Lukas Vern", "Amara Veldent" is "Amara Velden": only the words
    that carry one); a case suffix after an apostrophe ("Amara Velden'i", Turkish writes
    one on any name) always.  Of the forms the page writes, the shortest."""
    name = APOSTROPHE_SUFFIX.sub("", name)
    words = name.split()
    if len(words) < 2 or not any(w.endswith(CASE_ENDINGS) for w in words):
        return name
    if len(words) > 2:
        # "Velórie Aureliom Vennom" ("with the President of Veloria Aurelio Venn"): the
        # country's genitive run on before the name, when the page writes the name alone.
        shorter = written_nominative(" ".join(words[1:]), written)
        if shorter != " ".join(words[1:]):
            return shorter
    stems = [[w, *(w[:-len(e)] for e in CASE_ENDINGS
                   if w.endswith(e) and len(w) - len(e) >= STEM_CHARS)] for w in words]
    # Shortest first: the first form the page writes is the one (a transcript's text is
    # long, and each form is looked for in all of it).
    forms = sorted((plain for plain in map(" ".join, product(*stems)) if plain != name), key=len)
    whole = next((plain for plain in forms if written_alone(plain, written)), None)
    if whole is not None:
        return whole
    # "Luca Valmonten" (Finnish's genitive) where the page writes "Presidentti Valmonte":
    # the surname alone without the ending Finnish and Estonian put on names only.
    surname = words[-1]
    return next((f"{' '.join(words[:-1])} {surname[:-len(e)]}" for e in SURNAME_ENDINGS
                 if surname.endswith(e) and len(surname) - len(e) >= STEM_CHARS
                 and written_alone(surname[:-len(e)], written)), name)


def written_alone(words: str, text: str) -> bool:
    """Whether the text writes these words as words of their own, not inside longer ones."""
    at = text.find(words)
    while at != -1:
        end = at + len(words)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text)
                                                        or not text[end].isalnum()):
            return True
        at = text.find(words, at + 1)
    return False


def complete_sides(found: list[Participant], kind: str, turns: list[Turn],
                   written: str, language: str | None = None) -> list[Participant]:
    """Give a meeting its host and a call its caller when only the other side is named.

    "Meeting with X" names the guest; the host is whoever else speaks the most.
    "Telephone conversation with X" names the callee; the caller is the first
    other person the page's opening names.  A call's caller is then the side whose
    initiative the opening says it was (``_initiated``).
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
        # Line by line: a name never runs on into the next line's first word (a teaser's
        # title over its text: "... el Rey de Norland" / "Conversación ...").
        lines = written[:CALL_OPENING_CHARS].split("\n")
        for spoken, name in ((line, name) for line in lines for name in names_in(line)):
            name = in_nominative(name, spoken, language) if language else name
            if not any(same_person(p.name, name) for p in found if p.role != "participant"):
                found = [p for p in found if not same_person(p.name, name)]
                found.insert(0 if missing == "caller" else len(found), Participant(name, missing))
                break
    return _initiated(found, written) if kind == "phone_call" else found


def _initiated(found: list[Participant], written: str) -> list[Participant]:
    """The call's caller is the side whose initiative it was, named by its country's stem or
    its surname, when the opening's order said otherwise."""
    opening = written[:CALL_OPENING_CHARS]
    caller = next((p for p in found if p.role == "caller"), None)
    callee = next((p for p in found if p.role == "callee"), None)
    m = INITIATIVE.search(opening)
    if m is None or caller is None or callee is None:
        return found
    side = {w.lower()[:SIDE_STEM_CHARS] for w in SIDE_WORD.findall(m["side"])}
    sides = [caller.name, callee.name]
    line = opening.rfind("\n", 0, m.start()) + 1  # the sentence of the initiative, else all
    segments = _name_segments(opening[line:m.start()], sides) or \
        _name_segments(opening[:m.start()], sides)
    if segments is None:
        return found
    hits = [bool(side & {w.lower()[:SIDE_STEM_CHARS] for w in SIDE_WORD.findall(seg)})
            for seg in segments]
    if hits == [False, True]:  # the callee's side asked for the call
        caller.role, callee.role = "callee", "caller"
        return [callee, caller] + [p for p in found if p is not caller and p is not callee]
    return found


def _name_segments(text: str, names: list[str]) -> list[str] | None:
    """Each name's own words in a sentence: from the name before it (its office and country
    set before it) to its end, with an apposition between commas after it."""
    spans = []
    for name in names:
        at = text.find(name.split()[-1])
        if at < 0:
            return None
        spans.append((at, at + len(name.split()[-1])))
    out = []
    for start, end in spans:
        before = max((e for s, e in spans if e <= start), default=text.rfind("\n", 0, start) + 1)
        after = text[end:end + APPOSITION_CHARS]
        apposed = after.split(",")[1] if after.startswith(",") and after.count(",") > 1 else ""
        if not any(w[:1].isupper() for w in apposed.split()[:2]):
            apposed = ""  # "X, manteve hoje ...": the sentence goes on, no office in apposition
        out.append(text[before:end] + apposed)
    return out
