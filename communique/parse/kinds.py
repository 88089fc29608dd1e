"""Title, lead and text -> the statement's kind and, for letters, its subkind.

Cue words name a genre the same way on every site: "telephone conversation",
"congratulations", "news conference", "will meet".  They are tried in order of
specificity (a "news conference following talks" is a news conference, a
"statement congratulating" a statement), on the title first, then the lead,
then the opening of the text; the first cue found decides.  The cues are
kept per language (English, Russian, French, German, Spanish, Italian,
Portuguese, Polish, Ukrainian, Chinese, Japanese, Korean, Arabic, Turkish,
Azerbaijani, Kazakh, Uzbek, Belarusian, Dutch, Czech, Slovak, Romanian,
Hungarian, Indonesian, Malay, Vietnamese, Persian, Hebrew, Greek, Hindi,
Finnish, the Scandinavian languages, Bulgarian, Serbian, Croatian, Macedonian,
Slovene, the Baltic languages, Armenian, Georgian, Thai, Albanian, Swahili, Hausa,
Somali, Yoruba, Tagalog, Amharic, Urdu, Bengali, Nepali, Sinhala, Tamil, Khmer,
Lao, Burmese, Mongolian, Pashto), and only words that name
the genre whatever the site: a word with a second, everyday sense ("carta" for
a charter, "wywiad" for intelligence, "rozhovor" for a talk, "tiếp" for "next",
"성명" for a name) is held to the phrase that makes it the genre.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Cue(NamedTuple):
    """One kind's cue words: ``cues`` as written (the Latin-script ones alone, and all),
    ``quick`` the same alternatives regrouped (``factored``), searched first."""

    kind: str
    subkind: str | None
    cues: tuple[re.Pattern[str], re.Pattern[str]]
    quick: tuple[re.Pattern[str], re.Pattern[str]]


# A letter of no Latin alphabet (Azerbaijani ə, Uzbek ʻ and Vietnamese count as Latin): a text
# without one needs only the Latin cues, a third of the alternatives to try at each character.
NOT_LATIN = re.compile(r"[^\W\d_\x00-\u02ff\u1e00-\u1eff]")
# Yoruba's tone marks and under-dots: composed into the letter, apart from it, or left out.
YO = r"[\u0300\u0301\u0323]*"
QUANTIFIERS = ("?", "*", "+", "{")


def top_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern's outermost ``|`` (none inside a group or a class)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i)  # a "]" first in a class is one of its members
            continue
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and not depth:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


def by_first_letter(alternatives: list[str]) -> str:
    """The alternatives, those opening with one letter behind that letter once."""
    groups: dict[str, list[str]] = {}
    rest = []
    for alternative in alternatives:
        first = alternative[:1]
        if first.isalpha() and alternative[1:2] not in QUANTIFIERS:
            groups.setdefault(first, []).append(alternative[1:])
        else:
            rest.append(alternative)
    grouped = [first + (f"(?:{'|'.join(tails)})" if len(tails) > 1 else tails[0])
               for first, tails in groups.items()]
    return "|".join(grouped + rest)


def factored(pattern: str) -> str:
    """The pattern's alternatives regrouped so that a search tries few of them per character.

    Hundreds of cue words joined by ``|`` are each tried at every character of a text
    (most of the time of classifying a page whose title names no genre): here those
    opening with ``\\b`` sit behind one ``\\b``, which fails inside a word at once, and those
    opening with one letter behind that letter.  A search finds a match at the same place,
    and only where, the pattern as written does; which alternative matches there may differ,
    so the order of several matches is the written pattern's to give.
    """
    alternatives = top_alternatives(pattern)
    bounded = [a[2:] for a in alternatives if a.startswith(r"\b")]
    other = [a for a in alternatives if not a.startswith(r"\b")]
    parts = [rf"\b(?:{by_first_letter(bounded)})"] if bounded else []
    return "|".join(parts + ([by_first_letter(other)] if other else []))


# What one receives that is no guest: news, with joy or with sorrow, in the languages whose
# "receives" names a meeting ("recebeu com satisfação a notícia", "a reçu avec tristesse").
RECEIVED_NEWS = (r"\s+(?:(?:com|con|avec|mit|z)\s+(?:\w+\s+)?(?:satisfa|agrado|benepl|alegr|"
                 r"plaisir|joie|freude|gioia|pesar|tristeza|tristesse|dolor|dor\b|douleur|"
                 r"profond|profund|emo[çc]|émotion|consterna|choque|choc|bestürz|trauer)|"
                 r"(?:a|la|le|die|with|the)?\s*(?:notícia|noticia|nouvelle|nachricht|notizia|"
                 r"informa[çc]|information))")

def _cue(kind: str, subkind: str | None, *patterns: str) -> Cue:
    """One kind's cues; each pattern is written in one script, so that the Latin ones can be
    tried alone."""
    latin = "|".join(p for p in patterns if not NOT_LATIN.search(p))
    every = "|".join(patterns)
    return Cue(kind, subkind, (re.compile(latin, re.I), re.compile(every, re.I)),
               (re.compile(factored(latin), re.I), re.compile(factored(every), re.I)))


# "Check against delivery" in English, German, French and Dutch.
DELIVERED = (r"check against delivery|gesprochene wort|prononcé fait foi|"
             r"gesproken woord (?:geldt|telt)|geschwatent wuert")


# "Statement by X at the General Debate of ...": a statement said at a session is a speech;
# "Statement by X on the attack at the conference centre" is not (no "on" before "at").
SPOKEN_AT = (r"(?:(?!\b(?:on|about|regarding|concerning|following|after)\b)[^\n]){0,160}?\bat the "
             r"(?:[\w-]+ ){0,8}?(?:general debate|session|plenary|summit|conference|assembly|"
             r"forum|dialogue|segment|ceremony|commemoration|security council|high-level)\b")


# Words a title quotes: „…“, «…», “…”, "…" (of some length: no outlet's name).
QUOTED_WORDS = re.compile(r"[„«“\"»][^„«“”\"»]{12,}?[“»”\"«]")
# A release's genre, then what it is about ("Comunicat de presă privind întâlnirea ...",
# "Press release on the telephone conversation ..."): the subject's cue names the kind.
RELEASE_ABOUT = re.compile(
    r"^(?:press release|news release|communiqu[ée](?: de presse)?|comunicat(?: de pres[ăa])?|"
    r"comunicado(?: de prensa| de imprensa)?|comunicato(?: stampa)?|pressemitteilung|"
    r"komunikat(?: prasowy)?|tiskov[áé] zpr[áa]va|persbericht|пресс-релиз|прес-реліз|"
    r"сообщение пресс-службы|повідомлення)\s*[:,–—-]?\s+"
    r"(?:on|regarding|concerning|about|privind|referitor la|despre|sur|concernant|relatif à|"
    r"über|zu[mr]?|sobre|acerca de|relativo a|sul(?:la|l['’])?|riguardo a?|w sprawie|"
    r"dotycz\w+|o|k|ke|over|betreffende|о|об|по|щодо|про)\s+", re.I)
# Order matters: the first cue that matches decides.  Each line is one language, so a
# missing language shows; only cues that name the genre whatever the site are listed.
CUES: tuple[Cue, ...] = (
    _cue("announcement", None,
         # Futures of round 30: Uzbek, Korean, Norwegian, Estonian, Hebrew, Arabic.
         r"\btashrif(?:i)? bilan (?:keladi|boradi)\b|\bkommer på (?:\w+)?besøk\b|"
         r"\bsaabub\b|\bkülastab järgmisel\b",
         r"할 예정", r"(?:יגיע|תגיע|יבקר|תבקר|ייפגש|תיפגש)\b",
         r"الأسبوع المقبل|الشهر المقبل",
         # "Upcoming visit", "О предстоящем визите", "realizará una visita", Korean and
         # Japanese "scheduled" ("방문 예정", "出席する予定").
         # (each pattern in one script: the Latin ones are tried alone on Latin text)
         r"\bupcoming (?:visit|trip|talks)\b|\brealizará\b|^media advisory\b|"
         r"^aviso (?:à|a) imprensa\b|\baccréditation\b|\bakkreditierung\b|\bakredytacj|"
         r"\bterminankündigung\b|\bterminhinweis\b|\bpresseeinladung\b|"
         r"^agenda (?:del presidente|de la president[ae])\b|\bvai apresentar\b|"
         r"\bef(?:e|ec)tuará\b|\bpartirá\b|"
         r"\bparte amanhã\b",
         r"^анонс\b|графік роботи", r"اعتماد الصحفيين|يقوم\s+\S+(?:\s+\S+){0,4}\s+بزيارة",
         r"采访报名",
         r"\bпредстоящ\w+ (?:\w+ )?(?:визит|поездк|переговор)|\bвідбуде\b|"
         r"\bсоверш(?:ит|ат) (?:\w+ ){0,3}визит|"
         # Belarusian: "will hold talks", "will arrive", "will visit".
         r"\bправядзе\b|\bпрыбудзе\b|\bнаведае\b|\bадбудзецца\b",
         r"(?:방문|참석|회담) 예정|오는 ?\d{1,2}일|(?:방문|참석)합니다",
         r"(?:出席|訪問|会談|参加)(?:する|の)予定|(?:訪問|出席|参加)します(?!た)",
         r"\bwill (?:meet|hold|have|take part|visit|attend|travel|chair|address|make|pay|"
         r"participate|speak|deliver|host|receive|welcome|go)\b|^itinerary\b|"
         r"\bis (?:scheduled|expected) to\b|\baccreditation\b|"
         # A headline's future: "President X to pay state visit to Y".
         r"^(?-i:(?:[A-Z][\w.\-’']*\s+){1,6})to (?:pay|visit|meet|travel|attend|host|receive|"
         r"take part|participate|chair|address|deliver|hold talks|welcome|undertake|embark on|"
         r"make|lead)\b",
         r"аккредитаци|акредитаці|"
         r"\b(?:встретится|проведёт|проведет|примет участие|посетит|состоится|выступит)\b",
         r"\bse rendra\b|\b(?:rencontrera|recevra|participera|présidera|effectuera|visitera|"
         r"prononcera)\b",
         r"\bwird\b(?:[^.]|\.(?=\s*\w)){0,200}?\b(?:treffen|besuchen|empfangen|teilnehmen|reisen|"
         r"absolvieren|halten|sprechen|eröffnen|führen|unternehmen|besichtigen)\b",
         r"^aviso a los medios\b|\bacreditaci[óo]n de (?:prensa|medios|periodistas)\b|"
         r"\b(?:se reunirá|visitará|viajará|participará|recibirá|asistirá|presidirá|inaugurará|"
         r"intervendrá)\b",
         r"\b(?:incontrerà|visiterà|parteciperà|riceverà|si recherà|presiederà|interverrà)\b",
         # Swedish, Norwegian, Danish: travelling "on Monday to", visiting "will"/"shall".
         r"\b(?:reser|reiser|rejser) (?:på \w+ |\w+dag |i morgon |i morgen )?til+\b|"
         r"\bkommer att (?:besöka|delta|träffa|resa|hålla)\b|"
         r"\b(?:vil|skal) (?:besøke|besøge|delta|deltage|møte|mødes|reise|rejse)\b",
         r"\b(?:reunir-se-á|encontrar-se-á|visitará|participará|receberá|presidirá|"
         r"deslocar-se-á|efe(?:c)?tuará)\b|"
         r"\bvai (?:visitar|participar|receber|reunir-se|encontrar-se|efe(?:c)?tuar|"
         r"deslocar-se)\b",
         r"\b(?:spotka się|odwiedzi|weźmie udział|wygłosi)\b|\bzłoży(?:\s+\w+){0,2}\s+wizyt|"
         r"^zapowied[źz]\b",
         # Lithuanian and Latvian futures: "lankysis", "susitiks", "apmeklēs", "tiksies".
         r"\b(?:lankysis|apsilankys|susitiks|dalyvaus|vyks su vizitu)\b|"
         r"\b(?:apmeklēs|tiksies|piedalīsies|ieradīsies)\b",
         r"\b(?:зустрінеться|відвідає|візьме участь|відбудеться|виступить|здійснить|"
         r"перебуватиме|прибуде)\b",
         # Chinese, Japanese, Arabic and Turkish run no \b between words: no boundaries.
         r"[将將](?:会见|會見|出席|访问|訪問|出访|出訪|举行|舉行|同)|"
         # "将于4月20日至23日对X进行国事访问": the time or the host between.
         r"[将將][于於对對].{0,24}?(?:访问|訪問|出访|出訪|出席|会见|會見)|訪問する予定|会談する予定",
         r"سيلتقي|سيزور|سيستقبل|سيشارك|سيجري",
         # Urdu's future: "دورہ کریں گے", "سالدوویا جائیں گے" (will visit, will go).
         r"(?:دورہ|ملاقات|شرکت|خطاب) کریں گے|(?:دورے|دورے پر)\s+\S+\s+جائیں گے|جائیں گے",
         r"\b(?:görüşecek|ziyaret edecek|ziyarette bulunacak|katılacak|ağırlayacak|hitap edecek|"
         r"konuşma yapacak|gerçekleştirecek|başkanlık edecek|karşılayacak|kabul edecek|"
         r"bir araya gelecek)\b",
         # Azerbaijani, Kazakh, Uzbek (both scripts), Kyrgyz, Belarusian, Armenian, Georgian.
         r"\bsəfər\w* (?:edəcək|gələcək|gedəcək)|\bgörüşəcək|\biştirak edəcək|\bqəbul edəcək|"
         r"\bkeçiriləcək",
         r"сапармен (?:барады|келеді)|кездесетін болады|сапар менен (?:барат|келет)",
         r"\btashrif buyuradi|\bishtirok etadi|\buchrashadi|\btashrifi? bilan boradi",
         r"ташриф буюради|иштирок этади|учрашади",
         r"\b(?:наведае|сустрэнецца|прыме ўдзел|адбудзецца)\b",
         r"կայցելի|կհանդիպի|կմասնակցի|կմեկնի|կժամանի", r"ეწვევა|შეხვდება|მიიღებს მონაწილეობას",
         # Thai, Albanian.
         r"จะเดินทางเยือน|จะเยือน|มีกำหนดเยือน|มีกำหนดการ", r"\bdo të (?:vizitojë|takojë|marrë pjesë)",
         # Dutch; Czech and Slovak; Romanian; Hungarian; Indonesian and Malay; Vietnamese;
         # Persian; Hebrew; Greek.
         r"\b(?:zal|zullen)\b[^.]{0,60}?\b(?:ontmoeten|bezoeken|ontvangen|deelnemen|"
         r"toespreken)\b",
         r"\b(?:navštíví|se setká|přijme|se zúčastní|navštívi|sa stretne|sa zúčastní)\b",
         r"\b(?:va|vor) (?:avea|participa|efectua|vizita|primi|susține|rosti)\b|"
         r"\bse (?:va|vor) întâlni\b",
         r"\bfog\w* (?:találkozni|látogatni|részt venni|fogadni|tárgyalni)\b",
         r"\bakan (?:bertemu|menghadiri|mengunjungi|berkunjung|menerima|memimpin|berpidato|"
         r"(?:me)?lakukan kunjungan|mengadakan (?:lawatan|kunjungan)|melawat)\b|"
         r"\bdijadwalkan\b|\bdijadual\b",
         r"\bsẽ (?:thăm|gặp|tiếp|dự|hội đàm|tham dự|phát biểu)\b",
         # Latvian "will go on a visit", "will visit", "will meet".
         r"\bdosies\b[^.]{0,40}?\bvizīt|\bapmeklēs\b|\btiksies\b",
         r"خواهد\s+(?:کرد|رفت|داشت)|(?:فردا|هفته آینده)[^.]{0,60}?(?:سفر|دیدار) می[\u200c ]?کند",
         # Hindi: "will go on a visit", "will take part", "will address", "will inaugurate".
         r"(?:यात्रा|दौरे|भ्रमण)\S* पर (?:जाएंगे|जाएंगी|जायेंगे)|(?:भाग|हिस्सा) लेंगे|"
         r"(?:संबोधित|मुलाकात|अध्यक्षता|उद्घाटन) करेंगे", r"ייפגש|יבקר|ישתתף|ינאם",
         r"\bθα (?:συναντηθεί|επισκεφθεί|μεταβεί|συμμετάσχει|παραστεί|μιλήσει|πραγματοποιήσει|"
         r"επισκεφτεί|υποδεχθεί|απευθύνει)\b",
         # Swahili; Nepali ("goes on a visit", of a visit to come).
         r"\batafanya ziara\b|\batazuru\b|\bkufanya ziara\b",
         r"भ्रमणमा जाँदै|भ्रमण गर्नुहुनेछ|भ्रमण गर्नेछ",
         # Headlines' present tense of a visit to come: Dutch, Hungarian, German, Finnish,
         # Portuguese and Italian ("brengt werkbezoek", "látogatást tesz", "reist nach",
         # "vierailee", "fará visita", "sarà in visita").
         r"\bbreng(?:t|en) (?:een )?(?:\w+)?bezoek\b|\blátogatást tesz\b|\blátogatásra érkezik\b|"
         r"\breist\b[^.]{0,60}?\bnach\b|\bvierailee\b|\bfará (?:uma )?visita\b|"
         r"\btekee (?:\w+ )?(?:valtio|virallisen |työ)?vierailun\b|"
         r"\bsarà in visita\b|\bdomani in visita\b|\bcompirà (?:una )?visita\b",
         # Croatian, Bosnian and Serbian ("boravit će u posjetu", "посетиће").
         r"\b(?:boravit|posjetit|posetit|sastat|sudjelovat|učestvovat|otputovat)\s+će\b|"
         r"\bće\s+(?:boraviti|posjetiti|posetiti|sastati|sudjelovati|učestvovati|otputovati)\b",
         r"\bsutra u (?:\w+ )?poset|"
         r"\b(?:posjetiće|posetiće|sastaće se|učestvovaće|boraviće|otputovaće)\b",
         r"(?:посетиће|састаће се|учествоваће|боравиће|отпутоваће)|\bсутра у (?:\w+ )?посет",
         # Georgian "will leave for", "will visit", "will meet".
         r"გაემგზავრება|ეწვევა|შეხვდება",
         # Bulgarian "ще посети", "ще бъде на официално посещение"; Mongolian "айлчлал
         # хийнэ", "уулзана" (will pay a visit, will meet).
         r"\bще (?:посети|се срещне|участва|присъства|проведе|пристигне|бъде на "
         r"(?:официално|държавно|работно) посещение)",
         r"айлчлал хийнэ|\bайлчилна\b|\bуулзана\b|\bоролцоно\b"),
    _cue("press_conference", None,
         r"\bkonferenza stampa\b",  # Maltese
         r"(?:共同)?[会會]见记者|[会會]見記者|الإحاطة الصحفية",
         r"\bnews conference\b|\bpress[- ]conference\b|\bpress briefing\b|\bbriefing\b|\bgaggle\b|"
         r"\b(?:media|press) availability\b|"
         # "Press statements following talks" are spoken; a "Press Statement" (Kenya,
         # Nigeria, South Africa) is a written statement.
         r"\bpress call\b|\bpress statements\b|\bpress statement (?:following|after)\b|"
         r"\bstatements? (?:to|for) the press\b|"
         r"\bpress availability\b|\bq ?& ?a\b|"
         # Answers to journalists, and the televised "direct line" of questions from the public.
         r"\banswers to (?:the )?(?:journalists|reporters|media)['’]?s?['’]? questions\b|"
         # A ministry's "Answer by the Spokesperson to a media question on ...".
         r"\banswers? (?:by [^.]{1,120}? )?to (?:an? |the )?(?:media|press|journalists?['’]?s?)"
         r" (?:question|quer|enquir)|"
         r"\b(?:conversation|talk) with journalists\b|\bdirect line with\b",
         r"пресс-конференц|брифинг|заявлени[яе] для прессы|"
         r"ответы на вопросы (?:журналистов|сми|представителей сми)|беседа с журналистами|"
         r"прямая линия с",
         r"conférence de presse|\bpoint de presse\b|déclarations? (?:conjointes? )?à la presse|"
         r"réponses? aux questions des journalistes",
         r"pressekonferenz|\bpressestatements?\b|\bpressebegegnung\b|\bpressefoyer\b|"
         r"\bmedienkonferenz\b|\bmediengespräch\b|\bpressegespräch\b",
         r"rueda de prensa|conferencia de prensa|declaraciones? (?:a|ante) (?:la prensa|los "
         r"medios)",
         r"conferenza stampa|\bpunto stampa\b|dichiarazioni? alla stampa",
         r"conferência de imprensa|coletiva de imprensa|entrevista coletiva|"
         r"declarações? à imprensa|respostas? (?:a|às) perguntas dos jornalistas|"
         r"respuestas? a (?:las )?preguntas de (?:los )?periodistas",
         r"konferencj\w* prasow|oświadczeni\w* dla (?:prasy|mediów)",
         r"прес-?конференці|брифінг|заяв[аи] для преси|відповіді на запитання журналістів",
         r"记者会|新闻发布会|答记者问|記者會|新聞發布會|答記者問|記者会見|기자회견|"
         r"(?<!서면 )(?<!서면)브리핑|"  # a written briefing ("서면 브리핑") is none
         # Japanese: an office's "会見" is its news conference ("外務大臣会見"); 会見 of two
         # parties ("両首脳の会見") is their meeting.
         r"(?:大臣|長官|総理|報道官|知事|次官|政務官)会見",
         r"مؤتمرا? صحفي|المؤتمر الصحفي", r"\bbasın toplantısı",
         r"\bbrifinq",
         r"mətbuat konfrans|mətbuata bəyanat",
         # Kazakh, Uzbek, Belarusian.
         r"баспасөз конференция", r"matbuot anjumani|\bbrifing",
         r"прэс-канферэнцы|брыфінг",
         # Dutch; Czech and Slovak; Romanian; Hungarian; Indonesian and Malay; Vietnamese;
         # Persian; Hebrew; Greek ("συνέντευξη τύπου", where "συνέντευξη" alone is an
         # interview); Hindi; Finnish; Swedish, Danish and Norwegian; Bulgarian, Serbian and
         # Macedonian; Croatian, Serbian and Slovene; Baltic; Armenian; Georgian.
         r"persconferentie|\bpersbriefing|\bpersmoment",
         r"tiskov\w* konferenc|tlačov\w* konferenci|\bbrífink",
         r"conferin[țţ]\w* de pres|declara[țţ]ii de pres",
         r"sajtótájékoztató|sajtóértekezlet|sajtónyilatkozat|szóvivői tájékoztató|kormányinfó",
         r"konferensi pers|jumpa pers|(?:keterangan|pernyataan) pers|sidang (?:media|akhbar)",
         r"họp báo",
         r"نشست (?:خبری|مطبوعاتی)|کنفرانس خبری",
         # Sorani, Kurmanji, Pashto.
         r"کۆنفرانس\S* ڕۆژنامەوانی", r"\bkonferansa (?:çapemeniyê|rojnamegeriyê)\b",
         r"خبري کنفرانس", r"מסיבת עיתונאים|תדרוך|הצהרות? לתקשורת",
         r"συνέντευξη τύπου|δημοσιογραφική διάσκεψη|δηλώσεις στον τύπο|κοινές δηλώσεις|"
         r"δηλώσεις (?:στα μέσα|στους δημοσιογράφους)",
         r"संवाददाता सम्मेलन|प्रेस कॉन्फ्रेंस|प्रेस वार्ता|पत्रकार वार्ता",
         r"tiedotustilaisuu|lehdistötilaisuu|mediatilaisuu",
         r"presskonferens|pressträff|pressekonference|pressemøde|pressekonferanse|pressemøte",
         r"прес-?конференц",
         r"конференциј\w* за (?:медије|новинаре)|новинарск\w* конференциј|прес-?конференциј|"
         r"изјаве за (?:медије|медиумите|новинаре|штампу)|изявления пред медиите|"
         r"пресконференци",
         r"konferencij\w* za (?:medije|novinare)|novinarsk\w* konferenc|"
         r"\bizjave za (?:medije|novinare|štampu|tisak)\b|"
         r"tiskovn\w* konferenc",
         r"spaudos konferencij|preses konferenc|pressikonverents",
         r"ասուլիս|մամուլի ասուլիս", r"პრესკონფერენცი|ბრიფინგ", r"แถลงข่าว",
         r"konferenc\w* (?:për|per) shtyp|konferenc\w* de premsa|roda de premsa",
         # Swahili, Hausa, Somali, Tagalog; Urdu, Bengali, Tamil, Khmer, Lao, Burmese,
         # Amharic.
         r"\bmkutano (?:wa|na) (?:[^.]{0,60}? na )?waandishi wa habari\b",
         r"\btaron manema labarai\b",
         r"\bshir jaraa['’]?id\b", r"\bpulong[- ]balitaan\b",
         r"پریس کانفرنس", r"সংবাদ সম্মেলন", r"செய்தியாளர்\S* சந்தி", r"សន្និសីទសារព័ត៌មាន",
         r"ຖະແຫ[ຼລ]ງຂ່າວ", r"သတင်းစာရှင်းလင်းပွဲ", r"ጋዜጣዊ መግለጫ",
         # Mongolian: a press conference, a spokesperson's regular briefing.
         r"хэвлэлийн бага хурал|ээлжит мэдээлэл"),
    _cue("interview", None,
         r"\bintervistat[oa]\b|\bdiwawancarai\b|"
         # "im Gespräch mit der Lessaer Zeitung": a talk with a paper or a broadcaster
         r"\bim gespräch mit (?:der |dem |den )?(?:\w+ ){0,2}?\w*(?:zeitung|rundfunk|radio|"
         r"fernsehen|magazin|blatt|nachrichten|presse|tv|rundschau|kurier|anzeiger|spiegel|"
         r"journal|echo|sender|funk|podcast)\b",
         r"ответы на вопросы (?:сми|журналистов)|адказы на пытанні|"
         r"відповіді на (?:запитання|питання)|"
         # one outlet's questions answered: "ответила на вопросы газеты «...»"
         r"ответил[аи]? на вопросы (?:газеты|журнала|телеканала|радио\w*|агентства|издания|"
         r"корреспондент\w*)|відповів\w* на (?:запитання|питання) "
         r"(?:газети|журналу|телеканалу|агентства|видання|кореспондент\w*)",
         # Who answered one outlet's or journalist's questions ("a répondu aux questions de
         # Paul Ricaud", "Ufuk Gazetesi'nin sorularını yanıtladı"); a paper's own words for
         # its interview ("recibe a este diario", "Z premierem ... rozmawia Ewa Sikorska").
         r"\br[ée]pon(?:du|d) (?:\w+ ){0,3}?aux questions d[eu']|"
         r"\b(?:ha )?rispost[oa] (?:\w+ ){0,3}?alle domande d|"
         r"\bresponde?(?:i[óo]|u)? (?:\w+ ){0,3}?(?:a las preguntas|às perguntas) d|"
         r"\banswered (?:the )?questions (?:of|from) (?!journalists|reporters|the (?:press|media))|"
         r"\bbeantwortete (?:\w+ ){0,3}?(?:die )?fragen (?:von|der|des)\b|"
         r"sorularını (?:yanıtladı|cevapladı|yanıtlıyor|cevaplıyor)|"
         r"\b(?:nos )?recibe a (?:este|esta|nuestro|nuestra) (?:diario|periódico|medio|redacción|"
         r"revista|cabecera|emisora)\b|"
         r"^z\s[^.]{3,80}?\srozmawia(?:ł|ła|li|ły)?\b",
         r"^حوار|حوار (?:مع|خاص)",
         r"\binterview",
         r"интервью",
         # "entretien avec M. X" and "entretien téléphonique" are a meeting and a call; so is
         # "Entretien de Mme X avec M. Y" (with a person, not "avec Le Matin de Lessa").
         r"\bentretien\b(?! (?:téléphonique|avec|bilatéral|entre))(?![^.]{0,80}?\bavec "
         r"(?:M\.|Mme\b|(?:le |la |l['’]|son |sa )(?:président|premier ministre|première "
         r"ministre|ministre|homologue|secrétaire|chancelier|chancelière|roi|reine|ambassadeur|"
         r"ambassadrice|prince|émir|sultan|vice-président)))",
         # "se entrevistó con el rey" is a meeting.
         r"(?<!\bse )\bentrevista\b",
         r"\bintervist[ae]\b",
         r"\bwywiad (?:dla|z|prezydenta|premiera|ministra|premier|prezydent|minister|"
         r"wicepremiera|wicepremier)\b|\budzielił\w* wywiadu\b",
         r"інтерв['’ʼ]ю",
         r"[专專][访訪]|接受.{0,20}[采採][访訪]|インタビュー|인터뷰", r"مقابلة",
         r"\b(?:röportaj|mülakat)",
         r"müsahibə", r"сұхбат", r"\bintervyu", r"інтэрв['’ʼ]ю", r"\bмаек", r"мусоҳиба",
         r"\binterwýu",
         # Czech and Slovak "rozhovor" is also a talk: an interview is given "for" a medium.
         r"\brozhovor\w* (?:\w+ ){0,4}(?:pro|pre)\b|\bposkyt\w* rozhovor",
         r"\binterviu", r"\binterjú", r"\bwawancara|\btemu bual", r"phỏng vấn",
         r"چاوپێکەوتن|مرکه(?![\u0620-\u06ff])", r"\bhevpeyvîn",
         r"مصاحبه|گفت[\u200c ]?و[\u200c ]?گو(?:ی)?\s(?:\S+\s){0,4}?با\s(?:روزنامه|خبرگزاری|شبکه|"
         r"مجله|تلویزیون|رادیو)",
         r"ראיון|ריאיון", r"συνέντευξη", r"साक्षात्कार|इंटरव्यू|अन्तर्वार्ता|अंतर्वार्ता",
         r"\bhaastattel",
         r"\bintervju", r"интервю|интервју", r"\bintervjuu|\bintervija|\binterviju",
         r"հարցազրույց", r"ინტერვიუ", r"สัมภาษณ์", r"\bintervist[aëe]\b",
         # Swahili, Somali, Tagalog; Urdu, Bengali ("সাক্ষাৎকার", before the meeting's
         # "সাক্ষাৎ"), Tamil, Khmer, Amharic, Mongolian.
         r"\bmahojiano\b", r"\bwareysi", r"\b(?:pakiki)?panayam\b",
         r"انٹرویو", r"সাক্ষাৎকার", r"பேட்டி|நேர்காணல்", r"សម្ភាសន៍", r"ቃለ[ -]?ምልልስ",
         r"ярилцлага"),
    _cue("phone_call", None,
         r"\bs['’]entretient (?:au|par) téléphone", r"поговорив телефоном|поговорил по телефону",
         r"\b(?:tele)?phone (?:conversation|call|talks?)\b|\bby (?:tele)?phone\b|"
         # "called on X to" and "called for" urge; "so-called" names.
         r"\b(?:phone|video) ?call\b|\bcall (?:with|to|between)\b|'s call\b|’s call\b|"
         r"(?<!-)\bcalled\b(?! (?:on|upon|for)\b)|"
         r"\bspoke (?:on|by|over) the (?:tele)?phone\b|\bon the (?:tele)?phone\b",
         r"телефонн\w* (?:разговор|переговор|бесед)|по телефону|созвонил|\bпозвонил",
         r"entretien téléphonique|(?:appel|échange) téléphonique|\bpar téléphone\b",
         r"សន្ទនាតាមទូរស័ព្ទ|តាមទូរស័ព្ទ",  # Khmer: a conversation by telephone
         r"telefonat|telefongespräch|\btelefonier|\btelefonisch\b",
         r"conversación telefónica|llamada telefónica|\bpor teléfono\b",
         r"(?:colloquio|conversazione) telefonic[oa]|\btelefonata\b|\bal telefono\b",
         r"conversa telef[óô]nica|chamada telef[óô]nica|\btelefonema\b|\bpor telefone\b",
         r"\brozmow\w* telefoniczn|\btelefonicznie\b",
         r"телефонн\w* розмов|розмов\w* телефоном|\bзателефонував",
         r"通电话|电话会谈|通话|通電話|電話會談|通話|電話会談|전화 ?통화|정상 ?통화",
         r"اتصالا? هاتفي|مكالمة هاتفية|محادثة هاتفية|هاتفيا",
         r"\btelefon görüşmesi|\btelefonda görüş",
         r"telefon danışığ|telefonla danış",
         r"\bzəng (?:edib|etdi|edərək)",
         r"телефон(?:мен| арқылы) сөйлес", r"telefon orqali (?:muloqot|suhbat|gaplash)",
         r"суҳбати телефонӣ|мулоқоти телефонӣ", r"telefon arkaly gepleş",
         r"телефон орқали (?:мулоқот|суҳбат|гаплаш)|телефон аркылуу|гуфтугӯи телефонӣ",
         r"telefon arkaly",
         r"тэлефонн\w* размов",
         r"telefoongesprek|\b(?:belde|belt|bellen) met\b|\btelefoneer\w* met\b|"
         r"\btelefonisch overleg",
         r"telefonick\w* (?:rozhovor|hovor)|\btelefonoval\w*|\btelefonát",
         r"convorbir\w* telefonic|\bdiscuți\w* telefonic",
         r"telefonbeszélgetés|\btelefonon\b|\btelefonos (?:egyeztetés|megbeszélés)",
         r"\btelepon\b|\b(?:melalui|perbualan|panggilan) telefon", r"điện đàm|\bgọi điện",
         r"تلفنی", r"שיחת טלפון|שיחה טלפונית|בשיחה טלפונית|שוחח(?:ה)?(?: \S+){0,2} בטלפון",
         r"τηλεφωνικ\w+ (?:επικοινωνία|συνομιλία)|\bτηλεφώνησε",
         r"टेल[ीि]फोन|फोन पर|दूरभाष", r"\bpuhelu|\bpuhelin|\bpuhelim\w*",
         r"\bsímafund\w*|\bsímtal\w*|\bí síma\b",
         r"telefonsamtal|telefonsamtale|telefonmøte|\btelefonerade|"
         r"\b(?:talade|talte|snakket) (?:i|per) telefon",
         r"телефонск\w* разговор|телефонен разговор|разговара\w*(?: \S+){0,2} телефоном|"
         r"телефоном разговара",
         r"telefonsk\w* (?:razgovor|pogovor)|razgovara\w*(?: \S+){0,2} telefonom",
         r"telefonin\w* pokalb|\b(?:pasi)?kalbėj(?:o|osi) telefonu\b|\btelefonu (?:pasi)?kalb|"
         r"telefonsarun|tālruņa sarun|\bpa tālruni\b|telefonivestlus|\btelefoni teel\b|"
         r"\btelefonitsi\b|telefonikõne",
         r"հեռախոսազրույց", r"სატელეფონო საუბ|ტელეფონით ესაუბრ", r"โทรศัพท์",
         r"bised\w* telefonik|\btelefonat|conversa telefònica|per telèfon",
         # Swahili; Urdu, Bengali, Tamil, Amharic, Mongolian.
         r"\bkwa simu\b", r"ٹیلی ?فون", r"টেলিফোন|ফোনালাপ", r"தொலைபேசி", r"በስልክ",
         r"утсаар ярил"),
    _cue("statement", None,
         # Joint statements of round 30: Italian, Bulgarian, Belarusian, Estonian.
         r"\bcomunicato congiunto\b|\bdichiarazione congiunta\b|\bühisavaldus",
         r"съвместна декларация|съвместно изявление|сумесная заява|сумесная дэкларацыя",
         r"^stqarrija\b",  # Maltese
         r"\bortak bildiri|\baçıklaması$|\b(?:ilişkin|hakkında|dair) açıklama\b",
         r"대변인 논평|^논평",
         r"^(?:joint )?(?:press |media )?statements? (?:by|from|of|on|von)\b(?!" + SPOKEN_AT + ")|"
         r"^fact sheet\b|"
         r"^joint (?:press |media )?statements?\b|"
         r"^(?:joint )?declaration\b|^press statement\b|^press release\b(?! on\b)|"
         # "Prime Minister's statement on ...", not a text that quotes someone's statement.
         r"^(?-i:(?:[A-Z][\w.\-]*\s+){0,5}[A-Z][\w.\-]*)(?:'s|’s) (?-i:[a-z]+ )?statement\b|"
         # "Foreign Secretary statement on the ceasefire": an office's statement, unmarked.
         r"^(?-i:(?:[A-Z][\w.\-]*\s+){0,5}[A-Z][\w.\-]*) (?:joint )?statement (?:on|about|"
         r"regarding|following|after|concerning)\b|"
         # "PM statement to the House on ...", "Oral statement to Parliament": said there.
         r"\b(?:oral )?statement to (?:the )?(?:house|parliament|senate|assembly|dáil|"
         r"chamber)\b|"
         r"^(?:joint |final )?communiqu[ée]\b",
         r"^заявлени|^совместное заявление|^комментари[йя] (?:официального|министр|мид|"
         r"департамент|пресс)",
         r"^коментар (?:офіційного|міністр|мзс|речник|прес)",
         r"^comment(?:aire)? (?:by|of|du|de la|de l['’]) ?(?:the )?(?:spokes|porte-parole|"
         r"ministr|foreign|press|information)",
         r"^déclaration\b", r"^(?:gemeinsame )?erklärung\b|^regierungssprecher\w* \S+ \S+ "
         r"erklärt\b", r"^declaraci[óo]n\b",
         # Spanish and Portuguese: "nota" alone is a mark or a note.
         r"^comunicado\b|^nota (?:oficial|de prensa|à imprensa|de imprensa)\b",
         r"^note (?:de presse|d['’]information)\b",
         # Tamil: "statement" (of a president's special statement).
         r"அறிக்கை",
         r"^dichiarazione\b", r"^declaração\b",
         r"^(?:wspólne )?oświadczenie\b|^komunikat\b",
         r"^(?:спільна )?заява\b", r"^بيان|^تصريح", r"^(?:ortak )?(?:açıklama|bildiri)\b",
         r"談話|声明|发表谈话", r"^(?:birgə )?bəyanat|\bbəyanatı\b", r"мәлімдеме|\bбилдирүү",
         r"\bbayonot",
         r"мэдэгдэл", r"განცხადებ", r"հայտարարությ",
         r"^(?:gezamenlijke )?verklaring\b",
         r"^(?:společné )?prohlášení\b|^(?:spoločné )?vyhlásenie\b",
         r"^declara[țţ]i(?:a|e)\b",
         # Lithuanian, Latvian, Estonian: a statement "on" something, or one by its title.
         r"^(?:bendras )?pareiškimas\b|\bpareiškimas dėl\b|^(?:kopīgs )?paziņojums\b|"
         r"\bpaziņojums (?:par|saistībā)\b|^(?:ühis)?avaldus\b|\bavaldus seoses\b",
         r"^(?:közös )?nyilatkozat", r"^(?:pernyataan|kenyataan)\b",
         r"^tuyên bố", r"^بیانیه|^اعلامیه", r"^(?:κοινή )?δήλωση",
         r"^(?:संयुक्त )?वक्तव्य|(?:का|की) (?:\S+ )?वक्तव्य|प्रेस विज्ञप्ति",
         r"^(?:yhteinen )?julkilausuma|\blausun(?:to|non)\b|\bnyilatkozat(?:a|ot)?\b|"
         r"^taarifa ya\b|^tamko\b|^(?:gemensamt )?uttalande|^(?:fælles |felles )?erklæring",
         r"^(?:zajedničk\w* |skupna )?izjava|^(?:saopćenje|saopštenje|saopstenje|priopćenje)\b",
         r"^(?:съвместно )?изявление|^(?:заједничк\w* )?изјава|^саопштење", r"^แถลงการณ์",
         r"^declaració\b|^deklarat|^comunicat\b",
         # Indonesian, Swahili; Hebrew ("הודעת" is any message: held to who speaks);
         # Korean ("성명" alone is a full name), Khmer.
         r"^siaran pers\b", r"^taarifa kwa (?:umma|vyombo vya habari)\b",
         r"^הודעת (?:ראש הממשלה|הנשיא|נשיא המדינה|דובר|משרד|לשכת)|"
         r"^הודעה (?:לעיתונות|לתקשורת|משותפת)",
         r"(?:대통령|총리|장관|대변인|정부|공동) ?성명|성명서", r"^សេចក្[តដ]ីថ្លែងការណ៍",
         # Amharic: a statement, joint or not (a condolence's "ሀዘን መግለጫ" is a letter).
         r"የጋራ መግለጫ|(?<!ዘን )መግለጫ"),
    _cue("document", None,
         # Signing or promulgating a law, in the present tense of headlines too; decrees of
         # Chinese, Japanese, Korean, Polish sites.
         r"\bsigns? (?:the |a |an )?(?:law|bill|decree|executive order)\b|\bsigns into law\b|"
         r"\bpromulg\w+ (?:la |le |a |o |el )?(?:loi|ley|legge|lei|law|décret|decreto)\b|"
         r"\bunterzeichnet\b[^.]{0,40}?\bgesetz|\bpodpisał\w* ustaw|\bpostanowienie prezydenta|"
         r"\bkanunu?\b[^.]{0,40}?\b(?:onaylad|imzalad)|\bteken uu\b|\bmengesahkan uu\b",
         r"підписав\w* закон",
         # A law signed in Kazakh, Kyrgyz, Uzbek and Azerbaijani ("Заңға қол қойды").
         r"\bзаң\w* қол қой|\bмыйзам\w* кол кой", r"\bqonun\w* imzola|\bqanun\w* imzala",
         r"(?:يصدر|أصدر) (?:قانون|قانونا|قانوناً)",
         r"总统令|總統令|主席令|國務院令|国务院令|大統領令|公布(?:された|した|しました)",
         r"대통령령|(?:법|법률|법안)\S{0,2} 공포",
         r"\bexecutive order\b|\bdecree\b|\bproclamation\b|^order no\b|"
         # a President's memorandum, not one of understanding between two governments
         r"\bmemorandum\b(?! of (?:understanding|cooperation|intent)\b)|"
         # An order's or a proclamation's own formula: "..., it is hereby ordered:", "do
         # hereby proclaim".
         r"\bit is hereby ordered\b|\bdo hereby proclaim\b|"
         # A law's numbered title: "Ley 7/2025, de 2 de abril", "Loi n° 2025-12", "Legge 3".
         r"^(?:ley|loi|legge|lei|gesetz|zakon|ustawa|wet|law)(?: org[áa]nica| organique)?"
         r"\s+(?:n[º°o.]\s*)?\d|"
         r"\bsigned (?:the |a |an )?(?:law|bill|order|decree|federal law|instructions)\b|"
         r"\binstructions\b|\brelieved of (?:his |her )?duties\b|\bact\b(?= on| of)|"
         # "appointed" as a deed, not "the newly appointed Ambassador" received at a meeting
         r"(?<!newly )(?<!recently )\bappointed\b|"
         # The titles of decrees and laws in their English versions ("On awarding state
         # decorations", "Law of the Republic of X \"On the State Budget\" signed").
         r"^on (?:the )?(?:awarding|conferring|conferral of|appointing|appointment of|"
         r"dismissal of|relieving|ratification of|promulgation of)\b|^(?:the )?law (?:of|on)\b",
         # "указ", never "указал": the noun in its cases only.
         r"\bуказ(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|\bраспоряжени|\bфедеральный закон|\bпоручени|"
         # A title that is a law's ("Закон Республики Велория «О …»", "Закон за …").
         r"^(?:федеральный |конституционный )?закон\b|"
         r"\bподписа\w* (?:федеральн\w+ )?закон",
         r"\bdécret\b", r"\bdekret\b|\bverordnung\b|\berlass\b|^anordnung\b", r"\bdecreto\b",
         r"^rozhodnut[íi]e? prezident",
         r"\bрозпорядженн", r"مرسوم|أمر ملكي|أمرا ملكيا|أمراً ملكياً", r"\bkararname",
         r"\bsərəncam|\bfərman",
         r"\bжарлы[ққкг]", r"\bfarmon|\bqaror", r"\bpermany\b|\bkarary\b",
         r"\bkoninklijk besluit\b", r"\bdecret(?:ul|ului|e|ele|elor)?\b|\bpromulgarea\b",
         # Estonian: the President's decision, a decree ("Vabariigi Presidendi otsus nr 412").
         r"\bpresidendi otsus\b|\botsus nr\b|\bseadlus\b",
         # Lithuanian and Latvian decrees and orders ("Dekretas dėl ...", "Rīkojums Nr. 12").
         r"\bdekret(?:as|o|ą|ai|ų)\b|\bdekrēt(?:s|u|a)\b|^rīkojums\b",
         r"\bperaturan presiden|\bkeputusan presiden",
         r"\bnghị định\b|^quyết định\b|\bsắc lệnh\b|^lệnh công bố\b", r"فرمان|حکم انتصاب",
         r"\bδιάταγμα",
         r"\bukaz\b|\bodluk[aeu]\b|\buredb[aeu]\b|\bdekret\b|\bdecret\b", r"\bодлук[аеу]\b",
         r"\bзарлиг", r"\basetu(?:s|ksen|kseen)\b",
         # Armenian, Georgian.
         r"հրամանագ(?:իր|ր)", r"ბრძანებულებ",
         # Bengali: a notification, an ordinance.
         r"প্রজ্ঞাপন|অধ্যাদেশ"),
    _cue("letter", "condolence",
         r"\bđiện (?:thăm hỏi|chia buồn)\b", r"위로 전문|조전", r"სამძიმარ",
         r"\bcordoglio\b|\bwith (?:great|deep) sorrow\b|\bdeeply saddened\b", r"お見舞い",
         r"위로 서한",
         r"condolence|sympathy|\bmourn", r"соболезнован",
         r"condoléances", r"beileid|kondolenz", r"pésame|condolencia|\bprofundo pesar\b",
         r"condoglianz",
         r"condolências|pêsames|\b(?:nota|voto|mensagem) de pesar\b",
         r"kondolencj|wyrazy współczucia", r"співчутт",
         r"唁电|唁電|慰问电|慰問電|吊唁|弔唁|弔意|お悔やみ|弔電|조전|조의", r"تعزية|يعزي|عزاء",
         r"\btaziye(?! ziyaret)|başsağlığı", r"көңіл айт", r"hamdardlik|ta['’ʼ]ziya", r"спачуван",
         r"көңүл айт|ҳамдардлик|таъзия|ҳамдардӣ|тасаллият",
         # The Czech, Slovak, Danish, Croatian and Slovene "kondolence" ("kondolenz" above).
         r"\bkondolen|\bkondolean|\bkondolanse|condoleance|\bmedeleven\b", r"soustrast|sústras",
         r"condolean[țţ]", r"részvét", r"belasungkawa|bela sungkawa|\bduka cita|takziah",
         r"chia buồn|phân ưu", r"تسلیت|سەرەخۆشی", r"\bserxweşî",
         r"תנחומים|ניחומים|משתתף בצער", r"συλλυπ",
         r"शोक|संवेदना", r"surunvalittel|osanotto", r"\bmedkänsla|\bmedfølelse",
         r"съболезн|саучешћ|сочувств", r"sućut|saučešć|sožal",
         r"užuojaut|līdzjūtīb|kaastun", r"ցավակց", r"სამძიმ(?:არ|რ)", r"แสดงความเสียใจ|ไว้อาลัย",
         r"ngushëllim|condol[eè]ncies",
         # The verbs of grief a letter opens with: Russian, Azerbaijani, Turkish, Uzbek,
         # Georgian, Turkmen ("глубоко скорблю", "böyük kədərlə", "derin üzüntüyle öğrendim").
         r"\bскорб(?:лю|им|ь)", r"\bkədərlə|\bdərin kədər", r"üzüntüyle öğren|\bderin üzüntü",
         r"қайғур", r"\bqayg['ʻ‘’]?ur", r"თანაგრძნობ", r"\bhamdardlyk|\bgynanç",
         # Swahili, Hausa, Somali, Yoruba, Tagalog; Urdu, Bengali ("শোক" alone is mourning),
         # Sinhala, Tamil, Khmer, Lao, Amharic, Mongolian.
         r"\brambirambi", r"\bta['’ʼ]aziyya", r"\btacsi", rf"b[aáà]{YO}nik[eẹ]{YO}d[uùú]{YO}n",
         r"\bpakikiramay",
         r"تعزیت", r"শোক ?বার্তা|সমবেদনা", r"ශෝක පණිවිඩ", r"இரங்கல்", r"រំលែកទុក្ខ",
         r"ສະແດງຄວາມເສຍໃຈ", r"[ሐሀ]ዘን መግለጫ", r"эмгэнэл"),
    _cue("letter", "congratulation",
         r"\bblaho(?:želanie|želal\w*|prianie|přání|přál\w*)\b|\bmessaggio di auguri\b|"
         r"\bfelicitazioni\b|\bđiện (?:chúc )?mừng\b",
         r"მიულოც|მილოცვ", r"축전",
         r"^ittra ta['’] (?:awguri|prosit)\b",  # Maltese
         r"congratul|greetings?\b", r"поздрав|приветстви",
         r"félicit", r"glückwunsch|gratul", r"\bfelicit(?!à)", r"parabéns",
         r"привітанн|\bвітанн",
         r"贺电|贺信|致贺|祝贺|賀電|賀信|致賀|祝賀|祝電|祝意|축전|축하", r"تهنئة|يهنئ|هنأ",
         r"\btebrik|\btəbrik",
         r"құттықта", r"\btabrik", r"віншаван|павіншава", r"куттукта|табрик",
         r"blahopřá|blahopřej|blahoželá", r"\bucapan selamat|\bmengucapkan selamat|\btahniah",
         r"điện mừng|thư mừng|chúc mừng", r"تبریک", r"ברכה|ברכות|מברך|בירך",
         r"συγχαρ", r"बधाई|शुभकामना", r"onnittel", r"lykønsk|lykkønsk", r"честит", r"čestit",
         r"sveikin|apsveikum|õnnitl", r"շնորհավոր", r"მილოცვ", r"แสดงความยินดี",
         r"\burim\b|\buron\b|felicita",
         # Swahili, Hausa ("ya taya X murna"), Somali; Urdu, Bengali, Sinhala, Tamil (not
         # "வாழ்த்துரை", an address), Khmer, Lao, Amharic, Mongolian.
         r"\bpongezi", r"\btaya (?:\S+ ){0,4}murna\b", r"\bhambalyo",
         r"مبارک ?باد|تہنیت", r"অভিনন্দন|শুভেচ্ছা ?বার্তা", r"සුබ ?පැතුම්", r"வாழ்த்து(?!ரை)",
         r"ជូនពរ|អបអរសាទរ|ថ្វាយព្រះពរ", r"ຊົມເຊີຍ|ອວຍພອນ", r"እንኳን ደስ", r"мэндчилгээ|баяр хүргэ",
         # "Щиро вітаю Вас з ...", "muborakbod etaman", "kutlarım", "გილოცავთ", "gutlaýaryn".
         r"\b(?:щиро|сердечно) вітаю\b", r"\bmuborakbod", r"муборакбод",
         r"\bkutlar(?:ım|ız)\b|\bkutluyorum\b", r"გილოცავ", r"\bgutla"),
    _cue("letter", "other",
         r"^ittra\b",  # Maltese
         # "Message à la Nation" is an address: a speech.
         # A minister "porteur d'un message" is received: a meeting, the message delivered.
         r"\bletters?\b|(?<!bearer of a )(?<!porteur d'un )(?<!porteur d’un )\bmessage\b"
         r"(?! (?:à la|to the) nation\b)|"
         r"\btelegram\b|\bwrote to\b",
         r"\bписьм|\bпослание\b(?! федеральному)|\bтелеграмм",
         r"(?<!porteur d'une )(?<!porteur d’une )\blettre\b", r"\bbrief an\b",
         # "la Carta de las Naciones Unidas" is a charter: a letter is written to someone.
         r"\bcarta (?:a|al|ao|à|aos|abierta|aberta)\b|"
         # A message to the nation, the Christmas or year's end message, to Congress: speeches.
         r"\bmensaje\b(?! (?:a la naci[óo]n|de navidad|navideño|de fin de año|de año nuevo|"
         r"(?:del [^.]{0,60}? )?(?:al|ante el) (?:congreso|parlamento)))",
         # "Messaggio del Presidente ... al Presidente ...": a message to someone; the year's
         # end message ("messaggio di fine anno") is a speech, read first.
         r"\blettera\b|\bmessaggio\b(?= (?:del|della|di)\b[^.]{0,120}\b(?:al|alla|ai)\b)|"
         r"\bha inviato\b[^.]{0,160}\bmessaggio\b",
         r"\blist (?:do|otwarty)\b", r"\bлист\b|\bлиста\b",
         r"致信|复信|信函|書簡|親書", r"رسالة", r"\bmektub|\bməktub",
         r"\bbrief (?:van [^.]{0,60}? )?aan\b|\bkamerbrief\b", r"\bdopis\w*", r"\bscrisoare",
         r"\blevele\b|\blevelét\b|\blevél\b",
         r"\bsurat\b(?! kepercayaan)|\bwarkah", r"\bthư\b|\bthông điệp",
         # A word of its own: "برنامه" is a programme, "پیامبر" a prophet, "پیامد" an outcome.
         r"(?<![\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff])(?:نامه|پیام(?!بر|د))",
         r"מכתב|איגרת",
         r"\bεπιστολή|\bμήνυμα", r"पत्र|संदेश|सन्देश", r"\bkirje", r"\bbrev(?:et)?\b",
         # Estonian: "saatis ... kirja" (sent a letter), "Kirja tekst" (the letter's text);
         # "kirja" alone is a Finnish book.
         r"\bsaatis\b[^.]{0,80}\bkirja\b|\bkirja tekst\b",
         r"\bписмо\b", r"\bpismo\b",
         # Sinhala, Khmer, Burmese.
         r"පණිවිඩ", r"សារលិខិត", r"သဝဏ်လွှာ"),
    _cue("meeting", None,
         r"\b(?:tar|tog) emot\b|\bbesök(?:er)?\b|\briigivisiit|\bvisiidil", r"방한|국빈 방문",
         # "receives Saldovian Foreign Minister": a country's adjective may stand between.
         r"\breceive[sd]? (?:the |a )?(?:[A-Z]\w+ )?(?-i:[a-z]+ )?(?:President|Speaker|"
         r"(?:Prime |Foreign )?Minister|delegation|"
         r"Ambassador|Secretary|Governor|Chairman|King|Queen|Emir|Crown Prince)\b",
         r"접견", r"تلتقي|التقت|يلتقي",
         # "met" is Dutch for "with": not before a Dutch article or pronoun.
         # "hosts Prime Minister X", a courtesy call paid in person.
         r"\bhosts? (?:the )?(?:[A-Z]\w+ )?(?-i:President|Prime Minister|Chancellor|King|Queen|"
         r"Emir|Crown Prince|Premier)\b|\bcourtesy (?:call|visit)\b|"
         r"\bmeeting\b|\bmet\b(?! (?:de|het|een|haar|zijn|hun|elkaar|ingang|betrekking|"
         r"name|behulp|dank|uitzondering)\b)|\bmeets\b|\btalks\b|"
         r"\bsummit\b|\bvisit\b|\bvisited\b|\bconversation with\b|\bround ?table\b|\bsession\b|"
         r"\bconference\b|\bforum\b|\breception\b|\bconsultations\b|\breadout\b|"
         r"\b(?:working )?trip to\b|\bcredentials\b|\bletters of credence\b|"
         r"\blettres de créance\b|\bcartas credenciales\b|\bbeglaubigungsschreiben\b",
         r"встреч|верительн|переговор|совещани|заседани|визит|\bбесед[аеуы] с\b|\bпоездк|"
         r"саммит|\bфорум",
         r"rencontre|entretien avec|entretien (?:de|du|des) [^.]{0,80}?\bavec (?:M\.|Mme\b|"
         r"(?:le |la |l['’]|son |sa )(?:président|premier ministre|ministre|homologue))|"
         r"entretiens? bilatéra|\bs['’](?:est )?entret\w+ avec|"
         r"\bréunion\b|\bsommet\b|\bconseil des ministres\b|\bvisite\b",
         r"(?<!be)(?<!über)treffen|\btraf\b|\btrifft\b|\bgespräch mit\b|\bgipfel|"
         r"\b(?:staats|arbeits|antritts|freundschafts)?besuch\b|"
         r"\bkabinettssitzung\b",
         r"reunión|(?<!\bme )\bencuentro\b|\bse (?:ha )?(?:reunido|reunió|reúne)\b|"
         r"\bse entrevist\w* con\b|\bcumbre\b|\bconsejo de ministros\b",
         r"\bincontr[oai]\b|\bha incontrato\b|\briunione\b|\bvertice\b|\bcolloqui[o]? con\b|"
         r"\bconsiglio dei ministri\b",
         r"\breunião\b|(?<!\bme )\bencontro\b(?!-me)|\breuniu-se\b|\bcimeira\b",
         r"\bspotkani\w*|\bspotkał\w* się\b|\bwizyt(?:a|y|ę|ą|cie)\b",
         r"зустріч|\bзустрів\w*|переговор|\bнарад[аиіу]\b|засідання|візит|саміт",
         # "X receives Y" (beyond English, where a prize is received as often as a guest).
         # Not news received, with joy or sorrow: "recebeu com satisfação a notícia".
         r"\b(?:reçoit|a reçu|empfängt|empfing|recibe|recibió|riceve|ha ricevuto|recebe|"
         r"recebeu|przyjął|przyjmuje|primio|primila)\b(?!" + RECEIVED_NEWS + ")",
         r"\bприми(?:о|ла)\b",
         r"会见|会谈|会晤|会議|会议|閣議|会談|会見|首脳会談|接见|接見|會見|會談|會晤|會議|表敬|"
         r"회담|면담|회의|간담회",
         r"يستقبل|استقبل|لقاء|يلتقي|التقى|اجتماع|مباحثات",
         r"\b(?:görüştü|görüşme|kabul etti|bir araya geldi|zirve)|toplantısına başkanlık|"
         r"törenle karşıla(?:dı|ndı)",
         r"\bdanışıqlar|\biclas", r"\bkabul etdi\b|\bduşuşy[kg]|\bgepleşik",  # Turkmen
         r"\bgörüş(?:üb|dü|ü|ər)|\bqəbul (?:edib|etdi)|\bsəfər",
         r"кездес|келіссөз|қабылда(?!н)|\bсапар",
         r"\buchrash|muzokara|qabul qil|\btashrif|\byig['ʻ’‘]ilish",
         r"\bучраш|\bмузокара|қабул қил|\bташриф|жолугуш|сүйлөшүү|кабыл ал(?!ын)|вохӯрӣ|"
         r"ҳузур пазируфт|\bмулоқот бо\b|"
         r"гуфтушунид",
         r"сустрэч|перагавор|нарад[аыу]\b|\bвізіт",
         # "Ильхам Алиев принял посла": received, as a host does.
         r"\bпринял[аи]?\b(?! (?:участие|решение|закон))",
         r"\bfunda(?:ði|r|ðu) með\b|\bfundur\b",
         r"\bontmoeting|\bontmoet(?:te)?\b|\bgesprek met\b|\bwerkbezoek|\bstaatsbezoek|"
         # "heeft ... ontvangen", "ontvangt": received, as a host does
         r"\bontvangt\b|\bontving\b|\bheeft\b[^.]{0,80}?\bontvangen\b|"
         r"\bbezoek aan\b|\bministerraad\b|\bvergadering\b|\boverleg met\b",
         r"\bsetkání|\bsetkal\w*|\bjednání\b|\bnávštěv|\bschůzk|\bstretnut|\bstretol\w*|"
         r"\brokovani|\bnávštev|"
         # "přijala premiéra", "prijal veľvyslanca": received a guest, not a law adopted.
         r"\bp[řr]ijal[ai]?\b(?! (?:zákon|rozhodnut|usnesen|opat[řr]en|návrh|rozpo[čc]et|"
         r"uznesen|novel))",
         r"\bîntâlnir|\bîntrevedere|\bs-a întâlnit|\bconvorbiri oficiale|\bvizit[ăa]\b|"
         r"\bședin[țţ]",
         r"\btalálkoz|\btárgyal|\blátogatás|\bkormányülés|\bmegbeszélés|\bfogadta\b",
         r"\bpertemuan|\bbertemu|\bkunjungan|\bmenerima (?:kunjungan|kehormatan|perdana|"
         r"presiden|duta|menteri|delegasi|raja|ketua|wakil|sultan|gubernur|para)\b|"
         r"\bkonferensi tingkat tinggi|\bsidang kabinet|"
         r"\brapat\b|(?<!pembukaan )\bmesyuarat|\blawatan",
         # "tiếp" alone is also "next" and "continue": received, it takes a guest.
         r"hội đàm|hội kiến|tiếp kiến|tiếp xã giao|\bgặp\b|hội nghị|\bthăm\b|phiên họp|"
         r"\btiếp (?:đại sứ|đoàn|bộ trưởng|ngoại trưởng|tổng thống|thủ tướng|chủ tịch)\b",
         r"دیدار|ملاقات|مذاکرات|جلسه|اجلاس|سفر",
         # Sorani, Kurmanji, Pashto ("لیدنه" a meeting, "ولیدل" met, "کتنه" a visit).
         r"کۆبوونەوە|پێشوازی", r"\bhevdîtin|\bcivîn", r"لیدنه|ولیدل|ولید|کتنه",
         r"פגישה|נפגש|פגש|ביקור|ביקר|ישיבת|פסגה",
         r"συνάντηση|συναντήθηκε|συνομιλίες|επίσκεψη|υπουργικό συμβούλιο|\bσύνοδο",
         # Hindi and Nepali: the talks ("वार्ता") of no interview ("अन्तर्वार्ता").
         r"मुलाकात|बैठक|भें?ट|(?<!न्तर्)(?<!ंतर्)वार्ता|शिखर सम्मेलन|यात्रा",
         r"\btapaa\b|\btapasi\b|\btapaami|\bvierailu|\bneuvottelu|\bhuippukokous",
         r"\bmöte\b|\bmøde\b|\bmøte\b|\bträffade\b|\bmødtes\b|\bmøtte\b|\bbesök\b|"
         r"\bbesøg\b|\bbesøk\b|\btopmøde|\btoppmøte|\btoppmöte|\bstatsbes|"
         r"\bsamtal(?:e)? med\b",
         r"\bсреща|\bсрещн|\bсастан|\bсаста(?:о|л[аие])\b|\bсусрет|\bпосет|\bсредба|\bсостан|\bвизита",
         r"\bsastan|\bsasta(?:o|l[aie])\b|\bsusret|\bposjet|\bposet[aiu]\b|\bsrečanj|\bobisk|"
         r"\bs(?:a)? delegacijom\b", r"\bса делегацијом\b",
         # Icelandic and Faroese: "met", "held a meeting with".
         r"\bfundaði með\b|\bátti fund\b|\bhevði\b[^.]{0,60}\bfund við\b|\bfund við\b",
         # Dhivehi: "met" (of the President, in the honorific).
         r"ބައްދަލުކުރ",
         r"\bsusitik|\btikšan|\btikās|\bkohtumi", r"հանդիպ", r"შეხვედრ",
         r"หารือ|การประชุม|เยี่ยมคารวะ|เยือน", r"\btakim|\btakoi|\bpriti\b|\breunió\b|\bvisita\b",
         # Swahili, Hausa, Somali, Tagalog; Pashto, Bengali, Sinhala, Tamil, Khmer, Lao,
         # Burmese, Amharic ("with ... discussed", "with ... talks"), Mongolian.
         r"\b(?:a|wa)kutana na\b", r"\b(?:ya|sun|ta) gana da\b|\bkarɓi baƙunci",
         r"\bla kulmay\b",
         r"\bnakipagpulong\b",
         r"سره (?:یې )?وکتل|کتنه", r"সাক্ষাৎ(?!কার)|বৈঠক", r"හමුව", r"சந்தி(?:ப்பு|த்த|த்து)",
         r"ជួប", r"ພົບປະ", r"တွေ့ဆုံ", r"ጋር (?:ተወያ|ተገናኙ|ንግግር)", r"\bуулз"),
    _cue("speech", None,
         r"^слово (?:на|президента|премиер)",
         r"^diskors\b",  # Maltese
         r"\bmessaggio di fine anno\b|\bpronunciamento\b", r"式辞",
         r"කළ කතාව|කතාව$",  # Sinhala: "the speech (the President) made"
         # The mark of a speech's text given out before it is held: the words said count.
         rf"\b(?:{DELIVERED})\b",
         rf"^(?:joint )?statements? (?:by|from|of)\b(?={SPOKEN_AT})|"
         r"\beulog(?:y|ies)\b|\bfuneral (?:oration|address)\b|\boraison funèbre\b|"
         r"\béloge funèbre\b|\btrauerrede\b|\b(?:elogio|oración) fúnebre\b|"
         r"\bremarks\b|\baddress(?:es|ed)?\b|\bspeech\b|\bspoke at\b|\blecture\b|\btoast\b|"
         r"\bopening\b|\bceremony\b|\bmessage (?:à la|to the) nation\b",
         r"выступлени|обращени|послание|речь|церемони",
         r"\bdiscours\b|\ballocution\b|\badresse (?:aux|à la)\b",
         # "Rede" in German, never the Portuguese "rede" (network).
         r"^rede\b|\brede (?:von|des|der|bei|beim|zum|zur|an|vor)\b|\bansprache\b|\bgrußwort\b|"
         r"^regierungserklärung\b",
         # Spanish "palabras" are words, but "Palabras del presidente" a speech; and an
         # "intervención" of an office holder, never a military one.
         r"discurso|^palabras (?:del?|de la)\b|\bmensaje a la naci[óo]n\b|"
         r"\bmensaje (?:de navidad|navideño|de fin de año|de año nuevo)\b|"
         r"\bmensaje (?:del [^.]{0,60}? )?(?:al|ante el) (?:congreso|parlamento)\b|"
         r"\bintervenci[óo]n (?:del|de la) (?:president|vicepresident|canciller|ministr|"
         r"secretari|jef)|"
         # Galician and Portuguese: "Intervención do presidente", "Intervenção do Presidente".
         r"\bintervenci[óo]n (?:do|da) (?:president|vicepresident|conselleir|ministr)|"
         r"\binterven[çc][ãa]o (?:do|da) (?:president|primeir[oa]-ministr|ministr)",
         r"\bmensagem à na[çc][ãa]o\b|^mensagem (?:do|da) (?:pr|presidente|presidenta)\b",
         r"\bdiscorso\b|\bintervento (?:del|della) (?:president|vicepresident|ministr|"
         r"sottosegretari)", r"przemówieni|wystąpieni|orędzi",
         r"\bпромов|\bвиступ|\bзвернення\b|церемоні",
         r"讲话|致辞|致词|演讲|講話|致詞|演講|演説|スピーチ|挨拶|あいさつ|연설|축사|기념사|인사말|"
         r"政府工作报告|政府工作報告|施政方針演説|"
         r"新年贺词|新年賀詞|年頭所感|신년사|대국민 담화|담화문",
         r"^كلمة|خطاب",
         r"\b(?:konuşma|hitap)|\bkonuştu\b|\btören|\bsesleniş", r"\bçıxış|\bnitq",
         r"сөз сөйле|сөйлеген сөз|үндеу|\bжолдау|(?<!\w)сөзі(?!\w)",
         r"\bnutq|murojaat", r"выступленн|зварот", r"\bнутқ|\bмурожаат|сөз сүйлө|"
         r"кайрылуу|суханронӣ|\bпаём",
         r"\btoespraak|\bredevoering|\bopeningswoord|\bwelkomstwoord",
         r"\bprojev\b|\bproslov|\bprejav\b|\bpríhovor", r"\bdiscurs|\balocu[țţ]iun",
         r"\bbeszéd", r"\bpidato|\bsambutan|\bamanat\b|\btitah\b|\bucapan perasmian|"
         r"\bteks ucapan\b|"
         r"^ucapan (?!selamat|takziah|terima kasih)",
         r"phát biểu|diễn văn", r"سخنرانی|سخنان|بیانات",
         r"وتاری|گوتار", r"\baxaftin", r"وینا(?![\u0620-\u06ff])", r"נאום|נשא דברים|^דברי ",
         r"\bομιλία|\bχαιρετισμ|\bδιάγγελμα", r"संबोधन|सम्बोधन|भाषण|संबोधित (?:किया|करते)",
         r"\bpuhe\b|\bpuheenvuoro",
         r"\btal (?:av|vid|till|på|från)\b|\btale (?:ved|til|på|af|av|fra)\b|nytårstale|"
         r"nyttårstale|nyårstal|regeringsförklaring|trontale|^tal\b",
         r"\bgovor\b|\bobraćanj|\bnagovor", r"สุนทรพจน์|ปาฐกถา|^คำกล่าว", r"\bfjalim|\bdiscurs\b",
         r"\bговор\b|обраћањ|обраќањ|\bобръщение",
         # Lithuanian "kalba" is a language too: a speech only as someone's ("Prezidento
         # ... kalba"), Latvian "uzruna", Estonian "pöördumine", "kõne".
         r"\bkreipimasis|\b(?:prezident|ministr|premjer)\w*(?: \S+){0,3} kalba\b|\buzruna|"
         r"\b(?:prezident|ministr|premjer)\w*(?: \S+){0,3} runa\b|"
         r"\bpöördumi|\bkõne\b", r"ելույթ|ուղերձ", r"მიმართვ|სიტყვით გამოსვლ|"
         r"(?:პრეზიდენტის|პრემიერ-მინისტრის|მინისტრის|თავმჯდომარის) სიტყვა",
         # Swahili, Hausa, Somali, Yoruba ("ọ̀rọ̀" alone is a word or a matter: the
         # President's), Tagalog; Bengali, Sinhala, Tamil ("உரை", not "உரையாடல்", a
         # conversation), Khmer, Lao, Burmese, Amharic (not "ጋር ንግግር", talks with),
         # Mongolian ("үг", a word, when said).
         r"\bhotuba\b", r"\bjawabi(?:n)?\b", r"\bkhudbad",
         rf"^[oọ]{YO}r[oọ]{YO} [aà]{YO}[aà]{YO}r[eẹ]{YO}(?![\w\u0300-\u0323])", r"\btalumpati\b",
         r"ভাষণ|বক্তৃতা", r"කථාව", r"(?<![\u0b80-\u0bff])உரை(?!யாடல்|நடை)|வாழ்த்துரை|சிறப்புரை",
         r"សុន្ទរកថា", r"ຄ(?:ໍາ|ຳ)ປາໄສ", r"မိန(?:့်|့်)ခွန်း", r"(?<!ጋር )ንግግር", r"\bүг хэл"),
)
# A salutation to one person opens a letter; one to many ("Dear friends") opens a speech.
LETTER_SALUTATION = re.compile(
    r"^(?:Dear\s+(?!(?:friends|colleagues|guests|participants|compatriots|ladies|citizens|all|"
    r"everyone|members|veterans|comrades|fellow)\b)|Your\s+(?:Majesty|Excellency|Highness|"
    r"Eminence|Holiness|Beatitude)\b|(?:Уважаемый|Уважаемая|Дорогой|Дорогая)\s|Ваше\s|"
    r"(?:Cher|Chère|Monsieur le|Madame la)\s|Sehr geehrte[rs]?\s+(?:Herr|Frau)|Estimad[oa]\s|"
    r"Querid[oa]\s|"
    r"(?:Señora?|Excelentísim[oa]) (?:President[ea]|Primer Ministro|Ministr[oa]|Rey)\b|"
    r"(?:Caro|Cara|Egregio|Gentile)\s|Prezad[oa]\s|Szanown(?:y Panie|a Pani)\b|"
    r"Hörmətli (?:cənab|xanım)\b|Əlahəzrət|Zati-aliləri|"
    r"Sayın (?:Cumhurbaşkanı|Başbakan|Bakan|Kral|Majesteleri|Ekselansları)\b|"
    r"(?:Hurmatli|Ҳурматли) (?:janob|xonim|Prezident|Qirol|Bosh vazir|жаноб|хоним|Президент|"
    r"Қирол|Бош вазир)|Hormatly (?:jenap|Prezident|Patyşa)|"
    r"(?:ბატონო|ქალბატონო) (?:პრეზიდენტო|პრემიერ-მინისტრო|მინისტრო)|"
    r"თქვენო (?:უდიდებულესობავ|აღმატებულებავ)|"
    r"(?:Шановний|Шановна|Дорогий|Дорога)\s|Geachte\s+(?:heer|mevrouw)|Vážen(?:ý pane|á paní)|"
    r"Stimate domnule|Stimată doamnă|Tisztelt\s+(?:Elnök|Miniszterelnök|Uram|Asszonyom)|"
    r"Yang Mulia|Αξιότιμε|Εξοχότατε|Bäste\s|Kære\s|Kjære\s|Arvoisa\s|"
    r"(?:Votre|Vuestra|Vossa|Sua|Eure)\s+"
    r"(?:Majesté|Excellence|Majestad|Excelencia|Majestade|Excelência|Maestà|Eccellenza|"
    r"Majestät|Exzellenz)\b)",
    re.I)
PLURAL_ADDRESS = re.compile(
    r"^(?:Dear|Уважаемые|Дорогие|Chers|Liebe|Queridos|Ladies|Дамы|Mesdames|Meine Damen|"
    r"Sehr geehrte Damen|Señoras|Estimados|Cari|Gentili|Signore e signori|Caros|Senhoras|"
    r"Prezados|Szanowni|Drodzy|Шановні|Дорогі|Hörmətli (?:xanımlar|həmvətən|dostlar)|"
    r"Əziz|Dames en heren|Geachte aanwezigen|Vážené dámy|Dámy a pánové|Doamnelor|Dragi|"
    r"Hölgyeim|Tisztelt Hölgyeim|Bapak-bapak|Bapak dan Ibu|Κυρίες και κύριοι|"
    r"(?:ძვირფასო|პატივცემულო) (?:მეგობრებო|ქალბატონებო|თანამემამულეებო|კოლეგებო)|"
    r"Aziz milletim|Değerli (?:vatandaşlarım|milletim)|존경하는 국민 여러분|"
    r"Mina damer|Mine damer|Hyvät naiset|Уважаеми|Поштовани|Dame i gospodo|Poštovani)\b",
    re.I)
CATCH_ALL = re.compile(r"statement|release|news|actualit|noticia|nachricht|notizi|новост|"
                       r"новин|заяв|communiqu|komunikat|aktualno|nieuws|bericht|mededeling|"
                       r"tiedote|uutiset|pressemelding|pressmeddelande|nyhet|uudis|zpráv|"
                       r"wiadomo|aktualit", re.I)
# Sections named in plurals no cue reads, and in the unaccented words of a site's folders
# ("/reden/", "/wywiady/", "/conferences-de-presse/").
SECTION_WORDS = {
    "reden": "speech", "ansprachen": "speech", "toespraken": "speech", "projevy": "speech",
    "prejavy": "speech", "discorsi": "speech", "wywiady": "interview", "rozhovory": "interview",
    "entrevues": "interview", "interviewt": "interview", "reuniones": "meeting",
    "encuentros": "meeting", "treffen": "meeting", "conferences de presse": "press_conference",
    "conferencias de prensa": "press_conference", "conferencias de imprensa": "press_conference",
    "telefongespraeche": "phone_call", "გამოსვლები": "speech", "briefe": "letter",
    "lettres": "letter",
    "cartas": "letter", "mensajes": "letter", "dekrete": "document", "decrets": "document",
    "decretos": "document", "ukazy": "document", "законы": "document", "закони": "document",
    "otsused": "document", "dekretai": "document", "rīkojumi": "document",
    "päätökset": "document", "kõned": "speech", "runas": "speech", "kalbos": "speech",
    "puheet": "speech"}
PLURAL_ENDING = re.compile(r"(?:(?<=ch)|(?<=sh)|(?<=ss)|(?<=x))es\b|(?<=[^\Ws])s\b")
TEXT_HEAD_CHARS = 600
# A text's first sentence: up to a full stop before a space, or the first line's end.
LABEL_LINE_WORDS = 4  # a label's line over a text ("COMMUNIQUÉ DE PRESSE"): no sentence
LABEL_LINE_CHARS = 40
# Not after a word of one letter: "20–21 marca 2025 r. Prezydent ...", "2025 г." (a year's
# abbreviation).
FIRST_SENTENCE = re.compile(r"[^\n]*?(?:(?<!\d)(?<!\s\w)[.!?。](?=\s)|$)", re.M)
# The mark of a speech's text given out before it is held (a speech cue of its own too).
DELIVERY_MARK = re.compile(DELIVERED, re.I)
SALUTATION_WORDS = 6  # a salutation without its comma: "Dear Mr President", "Your Majesty"
SALUTATION_LINES = 5  # the opening lines in which a speech greets its hall
GENERIC = ("meeting", "speech")
# Languages that put the head noun or verb last: Turkic, Japanese, Korean, Persian, Dari,
# Pashto, Hindi, Urdu, Nepali, Bengali, Sinhala, Tamil, Burmese, Amharic, Armenian,
# Georgian, Mongolian, Tajik.
HEAD_LAST = frozenset({"kk", "ky", "uz", "tr", "az", "tk", "ja", "ko", "fa", "prs", "ps", "hi",
                       "ur", "ne", "bn", "si", "ta", "my", "am", "hy", "ka", "mn", "tg"})
HINTS = ("interview", "press_conference", "speech", "statement", "letter", "phone_call",
         "meeting", "document", "announcement")


# A page of a ministry's answers to the public's questions: no interview, whatever its
# labels ("P: Quem pode candidatar-se?"); a topic's "questions and answers" end its title.
FAQ_TITLE = re.compile(
    r"\bfaqs?\b|frequently asked|foire aux questions|questions fréquentes|preguntas frecuentes|"
    r"perguntas frequentes|häufig gestellte fragen|häufige fragen|domande frequenti|"
    r"часто задаваемые вопросы|najczęściej zadawane pytania|veelgestelde vragen|"
    r"(?:questions and answers|q ?& ?a|questions et réponses|preguntas y respuestas|"
    r"perguntas e respostas|fragen und antworten|domande e risposte|вопросы и ответы|"
    r"pytania i odpowiedzi|vragen en antwoorden)\W*$", re.I)


def is_faq(title: str | None) -> bool:
    """Whether a title names a page of frequently asked questions (``FAQ_TITLE``)."""
    return bool(title) and FAQ_TITLE.search(title or "") is not None


def classify_kind(*, title: str | None, lead: str | None, text: str,
                  has_turns: bool = False, hint: str | None = None,
                  sections: list[str] | None = None,
                  asks: bool = False, language: str | None = None) -> tuple[str, str | None]:
    """Decide the kind and subkind of one statement.

    ``asks``: the text's labels put questions ("Question:", "Q."); with no cue word, a text
    of questions and answers is an interview rather than a speech.

    ``language``: the statement's; in the languages that put the head noun last ("форумында
    сөйлеген сөзі", a speech at the forum) the last of the generic cues decides.

    ``hint`` is a kind the extractor already knows (an announcement's mark), else the kind
    the page's ``sections`` name ("Executive Orders"); either is used when no cue word
    speaks.  A letter never has speaker turns: a "congratulation" with a transcript is a
    speech at an event.
    """
    head = text.lstrip()[:TEXT_HEAD_CHARS]
    for where in (title, lead):
        # A cue names the genre early: a title or lead is read as far as a text's head is
        # (one of hostile length would take seconds to search).
        found = _title_cue(where, has_turns, language) if where is title and where else \
            _first_cue(where[:TEXT_HEAD_CHARS], skip_letters=has_turns,
                       head_last=language in HEAD_LAST) if where else None
        if found and found[0] == "phone_call" and has_turns and asks:
            found = None  # questions "sent in by phone" to a broadcast: no call's readout
        if found and found[0] == "meeting" and DELIVERY_MARK.search(f"{lead or ''}\n{head}"):
            return "speech", None  # "PM X at the Maritime Summit" over "Check against delivery"
        if found and found[0] == "meeting" and where is title and _by_phone(lead or head):
            return "phone_call", None  # "X s'entretient avec Y", "... par téléphone avec Y"
        if found:
            return _announced_meeting(found, lead or head, has_turns)
    hint = hint or (section_kind(sections) if sections else None)
    # "Sehr geehrter Herr Präsident, ..." opens a letter, or a speech its section calls one;
    # "Sehr geehrte Frau Präsidentin, / sehr geehrte Abgeordnete, / meine Damen und Herren"
    # greets a hall.
    greeting = _past_dateline(head)
    if _salutes(greeting) and not has_turns and hint in (None, "letter") \
            and not _greets_many(greeting):
        subkind = _first_cue(head, skip_letters=False, kinds=("letter",))
        return "letter", subkind[1] if subkind else "other"
    # A statement's own text speaks of future plans and past meetings: no announcements here.
    found = _first_cue(head, skip_letters=has_turns, skip=("announcement",),
                       head_last=language in HEAD_LAST)
    if found and found[0] == "phone_call" and has_turns and asks:
        found = None
    if found:
        return _announced_meeting(found, lead or head, has_turns)
    if hint in HINTS:
        return hint, "other" if hint == "letter" else None
    if PLURAL_ADDRESS.match(head) or _greets_many(head):
        return "speech", None
    if has_turns and asks:
        return "interview", None
    return ("speech", None) if has_turns else ("other", None)


def _salutes(text: str) -> bool:
    """Whether a text opens with a salutation on a line of its own ("Madame la Présidente,"),
    not a sentence that starts the same way ("Madame la Présidente X s'est entretenue ...")."""
    line = text.split("\n", 1)[0].strip()
    words = line.split()
    # Closed within a few words ("Sehr geehrter Herr Präsident, liebe Gäste, ..."), or short.
    return LETTER_SALUTATION.match(line) is not None and (
        len(words) <= SALUTATION_WORDS
        or any(w.endswith((",", "!", ":", "،", "，")) for w in words[:SALUTATION_WORDS]))


def _title_cue(title: str, has_turns: bool, language: str | None) -> tuple[str, str | None] | None:
    """The title's cue, read first past the words it quotes: "„Das Abkommen wird halten“ –
    Präsidentin Velden im Interview" is an interview, whatever the quoted words announce;
    a title of quoted words alone is read whole."""
    head = title[:TEXT_HEAD_CHARS]
    last = language in HEAD_LAST
    about = RELEASE_ABOUT.match(head)
    if about and (found := _first_cue(head[about.end():], skip_letters=has_turns,
                                      head_last=last)):
        return found
    unquoted = QUOTED_WORDS.sub(" ", head)
    found = _first_cue(unquoted, skip_letters=has_turns, head_last=last) \
        if unquoted != head else None
    return found or _first_cue(head, skip_letters=has_turns, head_last=last)


# A letter's own dateline over its salutation: "Lessa, den 9. April 2025".
DATELINE_END = re.compile(r"\b(?:1[89]|20)\d\d\.?$")
DATELINE_CHARS = 60


def _past_dateline(head: str) -> str:
    """A text's head past its first line where that line is a short one ending in a year
    (a letter's place and date over its salutation)."""
    first, _, rest = head.partition("\n")
    return rest if rest and len(first) <= DATELINE_CHARS and DATELINE_END.search(first) \
        else head


def _announced_meeting(found: tuple[str, str | None], opening: str, has_turns: bool
                       ) -> tuple[str, str | None]:
    """A visit or talks named by a noun ("State visit to Moravenna"), announced when the
    page's first sentence is in the future ("The President will pay a state visit ...");
    any other kind as found."""
    if found[0] == "meeting" and not has_turns and _announced(opening):
        return "announcement", None
    return found


def _announced(text: str) -> bool:
    """Whether a text's first sentence announces an event to come ("... will pay an official
    visit to Norvay on 17-18 March"); the rest of a report may speak of future plans."""
    lines = text[:TEXT_HEAD_CHARS].split("\n")
    while len(lines) > 1 and len(lines[0].split()) <= LABEL_LINE_WORDS \
            and len(lines[0]) <= LABEL_LINE_CHARS \
            and not lines[0].rstrip().endswith((".", "!", "?", "。")):
        lines = lines[1:]  # "COMMUNIQUÉ DE PRESSE" over the first sentence: a label
    first = FIRST_SENTENCE.match("\n".join(lines))
    return first is not None and _first_cue(first[0], skip_letters=False,
                                            kinds=("announcement",)) is not None


def _by_phone(text: str) -> bool:
    """Whether a text's first sentence says that a talk was held by telephone."""
    first = FIRST_SENTENCE.match(text[:TEXT_HEAD_CHARS])
    return first is not None and _first_cue(first[0], skip_letters=False,
                                            kinds=("phone_call",)) is not None


def _greets_many(head: str) -> bool:
    """Whether the salutations that open a text greet a hall as well as one person."""
    return any(PLURAL_ADDRESS.match(line.strip()) for line in head.split("\n")[1:SALUTATION_LINES])


def announces(title: str | None) -> bool:
    """Whether a title announces an event to come by its cue words ("will meet",
    "incontrerà", "ziyarette bulunacak"): the dates such a page shows may be the event's."""
    return title is not None and _first_cue(title[:TEXT_HEAD_CHARS], skip_letters=False,
                                            kinds=("announcement",)) is not None


def names_kind(label: str) -> bool:
    """Whether a short line names a genre ("Decree", "Interview", "Пресс-конференция")."""
    return _first_cue(label[:TEXT_HEAD_CHARS], skip_letters=False) is not None


def section_kind(sections: list[str]) -> str | None:
    """The kind the first of a page's sections to name one names ("Speeches and Remarks",
    "Executive Orders", "press briefings"); sections are named in the plural.  A section
    of statements, releases or news files every genre ("Briefings & Statements"): it
    names none."""
    for text in sections:
        if CATCH_ALL.search(text):
            continue
        named = SECTION_WORDS.get(text.strip().lower())
        if named:
            return named
        for said in (text, PLURAL_ENDING.sub("", text)):
            found = _first_cue(said, skip_letters=False)
            if found:
                return found[0]
    return None


def _first_cue(text: str, *, skip_letters: bool, skip: tuple[str, ...] = (),
               kinds: tuple[str, ...] | None = None,
               head_last: bool = False) -> tuple[str, str | None] | None:
    generic: list[tuple[int, str]] = []
    script = 1 if NOT_LATIN.search(text) else 0
    for cue in CUES:
        if (skip_letters and cue.kind == "letter") or cue.kind in skip:
            continue
        if kinds is not None and cue.kind not in kinds:
            continue
        found = cue.quick[script].search(text)
        if found and cue.kind in GENERIC:
            # The last of several cues, where the language puts its verb last, as written.
            generic += ([(-m.start(), cue.kind) for m in cue.cues[script].finditer(text)]
                        if head_last else [(found.start(), cue.kind)])
        elif found:
            return cue.kind, cue.subkind
    # "addressed guests at a reception": between generic cues the main verb, said first, wins
    # (said last, where the language puts it there).
    return (min(generic)[1], None) if generic else None
