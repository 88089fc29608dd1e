"""Speaker labels -> one name per person within a statement.

A page names the same person in several ways: ``President of Russia Vladimir
Putin``, ``Vladimir PUTIN``, ``President Putin``, ``THE PRESIDENT``, ``MS. PSAKI``.
``clean_label`` removes the marks that are not part of a name (translation
notes, a trailing colon, shouting); ``SpeakerNames`` then maps each label to the
fullest name the same page gives for that person: a known name the label ends
with, a known full name with the same surname, or the person the title or lead
calls "President X" for ``THE PRESIDENT``.  A resolver is built per statement.
``same_person`` also folds a surname spelt two ways ("Falyakhov", "Falyahov"),
names in the other order, and Russian case forms ("Томасу Бранду", "Томас Бранд"):
Russian and Ukrainian names are compared, and known, in the nominative (``morphology``),
so that a label "Х.Сольберг" finds the lead's "с Хенриком Сольбергом".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from .language import unaccented
from .morphology import cases_by, is_given_name, nominative


def _greek_capitals(words: frozenset[str]) -> frozenset[str]:
    """The words with their Greek ones also as capitals write them, without accents
    ("ΔΗΜΟΣΙΟΓΡΑΦΟΣ" is "δημοσιογραφος" once lower-cased)."""
    return words | {unaccented(w) for w in words if any("\u0370" <= c <= "\u03ff" for c in w)}


# Capitals of the Latin, Greek, Cyrillic and Armenian alphabets: a name or a label opens
# with one.
UPPER = "".join(c for c in map(chr, range(0x41, 0x590)) if c.isupper())
# Labels that name nobody and ask: "Q", "Question", "Correspondent" in the languages of the
# sites seen ("P.—" is pregunta, pergunta or pytanie; "D:" domanda).
ANONYMOUS_SPEAKERS = _greek_capitals(frozenset("""
q question questions correspondent reporter journalist remark reply p d س
вопрос реплика корреспондент журналист frage zwischenfrage journalistin pregunta periodista
journaliste réplique remarque domanda giornalista pergunta jornalista pytanie dziennikarz
dziennikarka питання журналіст кореспондент vraag otázka soru
问 問 提问 提問 追问 追問 记者 記者 質問 기자 질문 문 سؤال السؤال صحفي الصحفي שאלה प्रश्न सवाल
novinář novinářka novinár novinárka redaktor redaktorka kérdés întrebare ziarist jurnalist
pertanyaan tanya wartawan
hỏi سوال پرسش خبرنگار ερώτηση ερ δημοσιογράφος kysymys toimittaja fråga spørgsmål spørsmål
pitanje novinar novinarka vprašanje klausimas jautājums küsimus pyetje въпрос питање прашање
новинар zusatzfrage nachfrage interlocutor interlocutora
interviewer ведущий ведущая вядучы вядучая ведучий ведуча
запитання сұрақ savol савол sual суроо пытанне հարց კითხვა sorag сурвалжлагч асуулт
swali mwandishi tambaya su'aal tanong soalan wartawan ጥያቄ ጋዜጠኛ প্রশ্ন সাংবাদিক கேள்வி
پرسیار pirs پوښتنه
செய்தியாளர் សំណួរ អ្នកសារព័ត៌មាន မေးခွန်း သတင်းထောက် ຄໍາຖາມ ນັກຂ່າວ ප්‍රශ්නය මාධ්‍යවේදියා
асуулт сэтгүүлч คำถาม ผู้สื่อข่าว นักข่าว پرسشگر
müxbir muhabir muxbir мухбир тілші кабарчы լրագրող ჟურნალისტი pv новинарка habarçy
žurnalistas žurnalistė žurnālists žurnāliste ajakirjanik blaðamaður gazetar gazetari
gazetarja riporter mistoqsija ġurnalist ġurnalista כתב כתבת כתבים
""".split()) | {"phóng viên", "nhà báo", "câu hỏi", "mwandishi wa habari",
                # An audience's unnamed voices; Estonian's "K" (küsimus, a question).
                "audience", "audience member", "audience members", "student", "asistentes",
                "público", "publikum", "zuhörer", "crowd", "k"})
# The words of a reporter, who asks, before the outlet they write for: "Dziennikarka Radia
# Lessa", "خبرنگار خبرگزاری لسا", "Новинар листа „Морачки дневник”" (no person named).
REPORTER_WORDS = _greek_capitals(frozenset("""
correspondent reporter journalist journalistin journaliste periodista giornalista jornalista
dziennikarz dziennikarka журналист журналистка корреспондент журналіст журналістка кореспондент
novinář novinářka novinár novinárka redaktor redaktorka novinar novinarka новинар новинарка
ziarist jurnalist riporter
wartawan خبرنگار صحفي الصحفي δημοσιογράφος toimittaja mwandishi muhabir müxbir muxbir мухбир
тілші кабарчы լրագրող ჟურნალისტი сэтгүүлч ผู้สื่อข่าว นักข่าว pv
""".split()))
REPORTER_PHRASES = ("phóng viên ", "nhà báo ")  # reporter's words of two words, and more after
# Who chairs a news conference: a turn of theirs answers nobody.
MODERATOR_WORDS = frozenset("""
moderator moderatorin modérateur modératrice moderador moderadora moderatore moderatrice
ерөнхийлөгч ерөнхий сайд prezidenti президенти
chair chairperson vorsitzende vorsitzender vors. модератор председательствующий модератор
moderatör aparıcı moderátor moderátorka
host presenter anchor emcee mc presentador presentadora apresentador apresentadora animateur
animatrice conduttore conduttrice
""".split())
MODERATOR_MARKS = ("司会", "主持人", "사회자", "広報官", "người dẫn chương trình", "pembawa acara",
                   "master of ceremonies")
# Labels of a note, never of a speaker: "DISCLAIMER:", "Note:", "Примечание:".
NOTE_LABELS = frozenset("""
note notes nb n.b. disclaimer source sources update correction p.s. ps attention warning
примечание справка источник прим. примітка довідка джерело remarque avertissement
hinweis anmerkung quelle nota aviso fuente observação uwaga źródło not kaynak qeyd mənbə
注 注释 备注 来源 注記 備考 참고 ملاحظة المصدر הערה
sprecher sprecherin teilnehmer participants участники themen thema tagesordnung
topics topic subjects themes thèmes sujets temas temi tematy темы теми
present presentes presenti présents anwesend obecni присутствовали присутні
""".split()) | {"editor's note", "editor’s note", "note de la rédaction", "nota del editor",
                "nota de la redacción", "n.d.r.", "note to editors",
                # Who issued a release, and whom the press may ask: its signature, no speaker.
                "issued by", "released by", "imetolewa na", "publié par", "émis par",
                "emitido por", "herausgegeben von", "media enquiries", "media contact",
                "press contact", "contact", "contacts", "kontakt", "contacto", "contato",
                "for further information", "for more information"}
# Labels of those who ask, named or not (a named "Interviewer" stays a person's label).
QUESTION_LABELS = ANONYMOUS_SPEAKERS | {
    "interviewer", "audience", "audience member", "audience members", "participant",
    "ведущий", "question (retranslated)"}
# A reporter named by outlet asks too: "法新社记者" (AFP's reporter), "연합뉴스 기자".
QUESTION_ENDINGS = ("记者", "記者", "기자")
# Labels of the one who answers, named nowhere else: the interviewee ("A:", "R.—").
ANSWER_LABELS = _greek_capitals(frozenset({
                           "a", "answer", "r", "v", "réponse", "respuesta", "antwort", "risposta",
                           "resposta", "odpowiedź", "ответ", "відповідь", "答", "回答", "답변",
                           "답", "جواب", "الجواب", "ج", "תשובה", "उत्तर", "जवाब", "antwoord",
                           "odpověď", "odpoveď", "răspuns", "válasz", "jawaban", "jawab", "trả lời",
                           "پاسخ",
                           "απάντηση", "απ", "vastaus", "svar", "odgovor", "atsakymas", "atbilde",
                           "vastus", "përgjigje", "отговор", "одговор", "cevap", "жауап",
                           "javob", "жавоб", "cavab", "жооп", "адказ", "ҷавоб", "պատասխան",
                           "პასუხი", "jogap", "jibu", "amsa", "jawaab", "sagot", "jawapan",
                           "መልስ", "উত্তর", "பதில்", "जवाफ", "ចម្លើយ", "အဖြေ", "ຄໍາຕອບ",
                           "පිළිතුර", "хариулт", "คำตอบ", "وەڵام", "bersiv", "ځواب", "tweġiba"}))


# A question label opens with one of these words.
QUESTION_OPENINGS = ("question", "вопрос", "frage", "zusatzfrage", "nachfrage", "pregunta",
                     "domanda", "pergunta", "pytanie", "питання", "vraag", "otázka", "kérdés",
                     "întrebare",
                     "pertanyaan", "ερώτηση", "fråga", "spørgsmål", "spørsmål", "kysymys",
                     "pitanje", "въпрос", "питање", "запитання", "сұрақ", "savol", "савол",
                     "sual", "суроо", "пытанне", "հարց", "კითხვა", "sorag", "soru",
                     "سؤال", "السؤال", "پرسش", "שאלה", "प्रश्न", "پرسیار", "pirs", "پوښتنه",
                     "mistoqsija")
# Words of office and address that precede a name in a label or a lead.
OFFICE_WORDS = frozenset("""
porte-parole portavoz msemaji
president vice prime minister deputy first secretary press chancellor king queen emir sultan
prince princess sheikh his her majesty highness excellency chairman chairwoman chair head
governor mayor ambassador general senator representative speaker director ceo chief minister's
colonel lieutenant admiral brigadier marshal commander pres treasurer
spokesperson spokesman spokeswoman secretario secretaria secretário secretária subsecretario
subsecretaria portavoz vocero vocera vorsitzende vorsitzender vors. sts srs staatssekretär
staatssekretärin regierungssprecher regierungssprecherin sottosegretario sottosegretaria
الرئيس رئيس الوزراء وزير الوزير الملك الأمير الشيخ السيد السيدة سمو جلالة فخامة معالي
رئیس‌جمهور رئیس‌جمهوری رئیس نخست‌وزیر وزیر سخنگو آقای خانم
acting former foreign defence defense national security advisor adviser commissioner
mr mrs ms dr mr. mrs. ms. dr. the of and to from for a an uefa un eu patriarch pope taoiseach pm
coach leader member members sir madam dame lord lady professor prof prof. minister-president
президент премьер министр председатель губернатор глава посол господин госпожа
président présidente premier première ministre chancelier chancelière roi reine monsieur
madame m. mme
präsident präsidentin bundespräsident bundespräsidentin bundeskanzler bundeskanzlerin kanzler
kanzlerin ministerpräsident ministerpräsidentin könig königin herr frau
presidente presidenta primer primera ministra ministro señor señora sr. sra.
signor signora sig. sig.ra primeiro primeira senhor senhora
prezydent prezydentka premier прем'єр прем’єр міністр голова пан пані
cumhurbaşkanı başbakan başbakanı bakan bakanı başkanı kral kralı sayın shri smt sri shrimati
prezident prezidenti baş nazir naziri səfir səfiri sədr sədri cənab xanım
bosh vazir vaziri vazirlar elchi elchisi бош вазир вазири элчи элчиси
министрі президенті төрағасы елшісі министри президенти төрагасы элчиси
președintele președinte președintelui prim-ministrul prim-ministru prim-ministrului premierul
ministrul ministru domnul doamna staatssecretaris koning koningin burgemeester meneer mevrouw
prezidenta prezidentem prezidentka premiér premiéra premiérem předseda předsedy předsedou
predseda predsedu ministr ministra ministrem pan paní pani elnök miniszterelnök miniszter
presiden wakil menteri perdana bapak ibu rais waziri πρόεδρος προέδρου πρωθυπουργός πρωθυπουργού
υπουργός υπουργού κ. κύριος κυρία ο η του της τον την statsminister statsministern
statsministeren presidenten kung kungen kong kongen drottning dronning ministern ministeren
ministryně ministerka premiérka předsedkyně predsedníčka
presidentti presidentin pääministeri pääministerin ministeri президентът премиерът премиер
министър председател председник министар г-н
mayor burmistrz marszałek wojewoda starosta мэр мер аким gouverneur maire alcalde alcaldesa
gobernador gobernadora prefeito prefeita governador sindaco bürgermeister bürgermeisterin
landrat landrätin primátor hejtman župan gradonačelnik gradonačelnica vali polgármester кмет
председник председница премијер премијерка министарка predsjednik predsjednica predsednik
predsednica premijer premijerka ministrica porta-voz rzecznik rzeczniczka
thủ tướng chủ tịch tổng thống bộ trưởng phó ông bà ngài 대통령 국무총리 총리 장관 대변인
bk bkin bk'in vk vkin vk'in vizekanzler vizekanzlerin sts stsin srs'in srsin bm bmin mp
portavoce purtătoarea purtătorul cap
moderator moderatorin modérateur modératrice moderador moderadora moderatore moderatrice
ерөнхийлөгч ерөнхий сайд prezidenti президенти
prezydenta prezydentem prezydentowi premiera premierem premierowi ministrem ministrowi
ambasadora ambasadorem marszałka marszałkiem prezidentem prezidentovi prezidentas prezidento
prezidentu prezidentui
ministrė ministras pirmininkė pirmininkas premjeras premjerė prezidentė kryeministri
kryeministër kryeministrja presidentja ministri ministrja zëvendëskryeministri
pressiesindaja forsætisráðherra ráðherra forseti løgmaður landsstýrismaður envoy special
coordinator
նախագահ նախագահը վարչապետ վարչապետը նախարար նախարարը պրեզիդենտ
პრეზიდენტი პრემიერ-მინისტრი მინისტრი
""".split())
# Words of address and linking words: in OFFICE_WORDS, but not an office themselves.
ADDRESS_WORDS = frozenset("""
mr mrs ms dr the of and to from for a an sir madam dame lord lady his her господин госпожа
monsieur madame m. mme herr frau señor señora sr. sra. signor signora sig. sig.ra senhor senhora
пан пані sayın shri smt sri shrimati cənab xanım domnul doamna meneer mevrouw pan paní pani
bapak ibu κ. κύριος κυρία ο η του της τον την г-н
hon honourable honorable rt h.e dkt mhe bw mheshimiwa
h.e. s.e. s.e.m. s.e.mme s.e.m s.e excellence excelência excelencia eccellenza ekselensi janab jenab
""".split())
OFFICE_WORDS = OFFICE_WORDS | ADDRESS_WORDS  # "Hon. Kwarteng-Doe" is no full name
STYLES = ADDRESS_WORDS - frozenset("the of and to from for a an his her ο η του της τον την"
                                   .split())
# An article before an office label ("Le Président:", "El Presidente:") names no one itself.
ARTICLES = frozenset("the le la l' el il lo der die das o a".split())
# Words that join an office to its country: "President of Veloria", "Président de la Velorie".
PLACE_LINKS = frozenset("of de du des di del della da do von".split())
ROMANCE_OFFICES = frozenset("presidente presidenta président présidente ministro ministra "
                            "ministre vicepresidente vicepresidenta vice-presidente canciller "
                            "secretario secretaria secretário secretária rey rei roi".split())
LABEL_LINKS = PLACE_LINKS | ARTICLES | {"los", "las"}
ENGLISH_OFFICES = frozenset("president minister chancellor secretary governor ambassador "
                            "spokesperson spokesman spokeswoman mayor senator".split())
# Russian words of office decline: "Президента", "Премьер-министру", "Губернатором"; and
# the genre words of titles, which a name never opens with.
OFFICE_STEMS = ("президент", "премьер", "министр", "председател", "губернатор", "глав",
                "посл", "господин", "госпож", "корол", "канцлер", "интервью", "поздравлени",
                "телефонн", "встреч", "прем'єр", "прем’єр", "міністр", "голов",
                # The genre words a Russian or Ukrainian title opens with, in their cases.
                "пресс-конференц", "прес-конференц", "выступлени", "заявлени", "обращени",
                "совещани", "переговор", "соболезновани", "брифинг", "виступ", "заяв",
                "звернен", "зустріч", "інтерв",
                # Belarusian offices in their cases ("Прэзідэнтам", "Старшыні").
                "прэзідэнт", "прэм'ер", "прэм’ер", "старшын", "пасол", "кіраўні",
                # Lithuanian, Czech, Slovak, Latvian offices in their cases ("prezidente",
                # "prezidentem", "prezidentam", "premjerministru").
                "prezident", "premjer", "ministra", "ministrem", "ministru", "ministrs")
# The offices Nordic, Finnish, Estonian, Dutch, German and Hungarian write as one word with
# their portfolio before ("Viestintäjohtaja", "Välisminister", "pressesekretær"): the last
# part tells the office.
OFFICE_ENDINGS = ("minister", "ministeri", "ministerin", "johtaja", "päällikkö", "sihteeri",
                  "tiedottaja", "sprecher", "sprecherin", "sekretær", "sekreterare", "woordvoerder",
                  "szóvivő", "titkár", "pressechef", "pressesekretärin")
NAME_PARTICLES = frozenset({"bin", "al", "el", "van", "von", "der", "de", "da", "di", "du",
                            "la", "le", "ibn", "abu", "bint", "ben",
                            # and in Arabic script: "عبد الرحمن الشناوي" is one name
                            "عبد", "بن", "بنت", "ابن", "أبو", "أبي", "آل"})
SUFFIXES = frozenset({"jr", "sr", "jr.", "sr."})
ROMAN = re.compile(r"[IVX]{1,5}")
# A Russian or Ukrainian patronymic, in any case ("Владимирович", "Андріївна", "Петровной").
PATRONYMIC_FORM = re.compile(r"(?:[оеє]вич|ьич|[оеєіїо]вна|ична|инична)(?:а|у|ем|ом|е|ой|ы|ою)?$")
_PARENS = re.compile(r"\s*[(（][^()（）]*[)）]\s*")  # "(retranslated)", "（经传译）"
# Offices a Chinese, Japanese or Korean label sets before or after a name ("新闻秘书卡特琳·莫尔",
# "托马斯·阿尔维德总统", the country before the office: "韦达尼亚总统马特维·多罗霍夫"); taken
# off, the name's surname finds the same person's short label.
CJK_OFFICE = re.compile(r"^[^·]*?(?:新闻秘书|新聞秘書|发言人|發言人|外交部长|外交部長|"
                        r"国务卿|總統|总统|总理|總理|主席|部长|部長|大使)(?=[^·\s]{1,8}·)|"
                        r"(?<=\S{2})(?:总统|總統|总理|總理|主席|外长|外長|部长|部長|"
                        r"首相|大統領|総理|大臣|長官|发言人|發言人|대통령|총리|장관)$")
# A Chinese name (two to four characters) after its office: "发言人林悦" is "林悦"; the
# office's body may come before it ("行政院發言人李沛涵", "經濟部長周立衡").
HAN_OFFICE_NAME = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:新闻秘书|新聞秘書|发言人|發言人|外交部长|"
                             r"外交部長|国务卿|總統|总统|总理|總理|主席|部长|部長|大使)"
                             r"([\u4e00-\u9fff]{2,4})")
# A Korean full name with the office after it: "한서진 대통령" (three syllables), "에릭 노르반
# 총리" (a foreign name of two words).  A surname alone ("반토 대통령", and the Japanese
# "桐生総理") keeps its office, as "President Biden" does.
NAME_THEN_OFFICE = re.compile(r"((?:[\uac00-\ud7a3]+ )+[\uac00-\ud7a3]+|[\uac00-\ud7a3]{3}) "
                              r"(?:대통령|국무총리|총리|부총리|장관|대변인|[\uac00-\ud7a3]{0,4}"
                              r"(?:실장|비서관|수석|차관|대사))")
# A moderator's label with who it is in brackets: "사회자(대변인 민지호)", "Moderator (Press
# Secretary Tavi Orlen)".
# A form of address, the surname, the given name in brackets: Quebec's transcripts ("Mme
# Gagnon (Julie)", "M. Lavoie (Marc-André)").
GIVEN_IN_BRACKETS = re.compile(rf"(?:M|Mme|Mlle|Mr|Mrs|Ms|Sr|Sra)\.?\s+([{UPPER}][\w’'\-]+)\s*"
                               rf"[(（]([{UPPER}][\w’'\-]+)[)）]")
ROLE_NAMED = re.compile(r"([^()（）]+?)\s*[(（]([^()（）]+)[)）]")
NAMED_WORDS = re.compile(rf"[{UPPER}][\w’'.\-]+(?:\s+[{UPPER}][\w’'.\-]+){{1,3}}")  # "Lucía Benet"
# A question's word, then the asker's name: "FRAGE HOLM", "QUESTION — Nils Aaberg".
QUESTION_NAMED = re.compile(rf"(\w+)\s*[,—–-]?\s+([{UPPER}][\w’'\-]+"
                            rf"(?:\s+[{UPPER}][\w’'\-]+){{0,2}})\s*[:.]?")
# A Korean reporter's name before the word and the outlet: "정하늘 기자(가람일보)".
HANGUL_REPORTER = re.compile(r"([\uac00-\ud7a3]{2,4}) ?기자\s*[(（]")
# A reporter's word, then the outlet and the name in brackets: "기자(달강일보 이서준)",
# "記者（嵐報 陳思妤）".
CJK_REPORTER_NOTE = re.compile(r"[^\s()（）]+\s*[(（][^()（）]*\S\s+"
                               r"(?P<name>[\uac00-\ud7a3\u4e00-\u9fff]{2,4})[)）]")
# A reporter's word, the name, then the outlet in brackets: "Сэтгүүлч Б.Тэмүүлэн (Тал ТВ)".
REPORTER_THEN_NOTE = re.compile(rf"\S+\s+(?P<name>(?:[{UPPER}]\.\s?)?[{UPPER}][\w’'\-]+"
                                rf"(?:\s+[{UPPER}][\w’'\-]+){{0,2}})\s*\([^()]+\)")
# Hebrew and Arabic offices before a full name of two words or more, which no capital sets
# apart: "ראש הממשלה יואב ברקן", "שר האוצר דניאל אלמוג", "وزير الخارجية سامي حداد".
UNCASED_OFFICE = re.compile(r"(?:ראש הממשלה|סגן ראש הממשלה|נשיא(?:ת)? המדינה|הנשיאה|הנשיא|"
                            r"שר(?:ת)? ה\S+|דובר(?:ת)? \S+|الرئيس|رئيس الوزراء|رئيس الحكومة|"
                            r"وزيرة? ال\S+|المتحدثة? باسم \S+)\s+(?=\S+\s+\S+)")
# The same office in running text and the two words of the name after it ("ראש הממשלה רדק
# אוסטר התראיין"): only names a label's surname is matched against, so that a verb after
# the office ("ראש הממשלה אמר") names no one.
UNCASED_TITLED = re.compile(UNCASED_OFFICE.pattern + r"([^\s,.:;]+ [^\s,.:;]+)")
_SPACES = re.compile(r"\s+")
CYRILLIC = re.compile(r"[а-яё]", re.I)
_TOKEN = re.compile(r"[^\s]+")
_NAME_SPLIT = re.compile(r"[\s.·・‧]+")  # the middle dots of Chinese and Japanese names too
MIDDLE_DOT = re.compile(r"[·・‧]")
# Labels and names repeat across the turns of a statement and across statements; the
# functions below are pure, so their answers are kept (bounded) instead of recomputed.
CACHE_SIZE = 8192
# A full name and the initials in brackets after it: "Arianne Koh (AK)".
ALIASED = re.compile(rf"([{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{1,3}})\s*\(([A-Z]{{2,4}})\)")
INITIALS = re.compile(r"[A-Z]{2,4}")
# The dots and spaces of initials ("P.F.", "P. F."): "PF" without them.
DOTTED_INITIALS = re.compile(r"(?<=^[A-Z])\.\s?|(?<=\.[A-Z])\.?\s?(?=[A-Z]|$)")
# A programme's roles that name no office: "SALLY BRANWELL, HOST", then "HOST:".
ROLE_WORDS = frozenset("""host co-host presenter anchor interviewer moderator chair emcee mc
présentateur présentatrice animateur animatrice conductor conductora presentador presentadora
moderador moderadora moderatore moderatrice conduttore conduttrice moderatorin""".split())
POSSESSIVE_END = re.compile(r"['’]s$")
# Capitalised words in a row: the names whose initials a label may give.
CAPITALISED_RUN = re.compile(rf"(?<![\w.])[{UPPER}][a-zà-ÿ’'\-]+(?:\s[{UPPER}][a-zà-ÿ’'\-]+)+\b")
# A Japanese or Chinese label of a surname and an office ("朝比奈総理", "大河内報道官"),
# and the page's full name before such an office ("朝比奈恒一内閣総理大臣", "大河内誠外務
# 報道官"): the surname, one to three characters of given name, perhaps the office's body.
HAN_OFFICES = (r"内閣総理大臣|総理大臣|総理|首相|大統領|外務大臣|大臣|官房長官|長官|報道官|"
               r"總統|总统|总理|總理|主席|部长|部長|外长|外長|发言人|發言人")
HAN_SURNAME_OFFICE = re.compile(rf"([\u4e00-\u9fff]{{1,3}}?)(?:{HAN_OFFICES})")
HAN_OFFICE_BODIES = r"内閣|外務|官房|国務|國務|外交部|行政院|国家|國家"
# Offices by their initials, as transcripts label them.
OFFICE_ABBREVIATIONS = {"PM": "prime minister", "FM": "foreign minister", "PMO": "prime minister",
                        "BK": "bundeskanzler", "BM": "bundesminister"}
# The capitals only Turkish and Azerbaijani write, which tell a word in capitals is theirs.
TURKIC_CAPITALS = re.compile("[İŞĞƏ]")
CASE_SUFFIX_CHARS = 4  # a case ending on a name: "-in", "-nın", "-nek", "-ille"


@lru_cache(maxsize=CACHE_SIZE)
def clean_label(label: str) -> str:
    """Drop translation notes, trailing punctuation and shouting from a speaker label."""
    label = label.replace("\u00a0", " ")
    given = GIVEN_IN_BRACKETS.fullmatch(label.strip().rstrip(":.—–：").strip())
    if given is not None:
        return f"{given.group(2)} {given.group(1)}"  # "Mme Gagnon (Julie)": Julie Gagnon
    named = ROLE_NAMED.fullmatch(label.strip().rstrip(":.—–：").strip())
    inner = named.group(2).strip() if named is not None else ""
    if named is not None and is_moderator(named.group(1)):
        said = person_name(inner)
        if said == inner:
            said = clean_label(inner)
        if said != inner or NAMED_WORDS.fullmatch(inner):
            # The moderator's name, their office taken off ("김나래 공보실장"), or as it is
            # ("Moderadora (Lucía Benet)").
            label = said
    elif named is not None and _has_office(named.group(1).split()) \
            and NAMED_WORDS.fullmatch(inner) and not _has_office(inner.split()):
        label = inner  # an office's holder: "Presidente del Gobierno (Martín Echevarría)"
    text = _PARENS.sub(" ", label)
    text = _SPACES.sub(" ", text).strip().rstrip(":.—–：").strip()
    if "·" in text:
        text = CJK_OFFICE.sub("", text)  # a transliterated name with its office
    elif (han := HAN_OFFICE_NAME.fullmatch(text)) is not None:
        text = han.group(1)
    elif (then := NAME_THEN_OFFICE.fullmatch(text)) is not None:
        text = then.group(1)
    elif (office := UNCASED_OFFICE.match(text)) is not None:
        text = text[office.end():]  # "ראש הממשלה יואב ברקן": the office, then a full name
    words = text.split(" ")
    if len(words) == 2 and words[0] in OFFICE_ABBREVIATIONS and words[1][:1].isupper():
        # "BK Reimer", "PM Lind": the office written out, as another label gives it.
        words = [*OFFICE_ABBREVIATIONS[words[0]].title().split(), words[1]]
        text = " ".join(words)
    if len(words) > 2 and words[0].lower() in ARTICLES and is_office(words[1]):
        words = words[1:]  # "LE MINISTRE LIND": the office and the name, not the article
        text = " ".join(words)
    letters = [c for c in text if c.isalpha()]
    if TURKIC_CAPITALS.search(text):
        # "SELİN AYDIN": Turkish and Azerbaijani lower "I" to "ı" and "İ" to "i".
        words = [w[:1] + w[1:].replace("I", "ı").replace("İ", "i") if w.isupper() else w
                 for w in words]
    if len(letters) > 2 and all(c.isupper() for c in letters):
        # The links of an office's place or a name's particles in lower case, as written
        # in running text ("PRESIDENTA DE LA REPÚBLICA", "JUAN DE LA CRUZ").
        return " ".join(w.lower() if k and w.lower() in LABEL_LINKS else _recase(w)
                        for k, w in enumerate(words))
    return " ".join(_recase(w) if w.isupper() and len(w) > 3 and w.isalpha() else w
                    for w in words)


def _recase(word: str) -> str:
    if len(word) <= 1 or (len(word) <= 3 and word.isalpha() and word.lower() in {"ceo", "un"}):
        return word
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def is_question_label(label: str) -> bool:
    """True for labels that mark a question rather than a named person answering."""
    key = clean_label(label).lower()
    return key in QUESTION_LABELS or key.startswith(QUESTION_OPENINGS) \
        or key.endswith(QUESTION_ENDINGS) or label.lstrip()[:1] in OUTLET_QUOTES \
        or _reporters(key) or outlet_only(key)


def outlet_only(key: str) -> bool:
    """Whether a label is an outlet's name alone ("Meridian TV", "Telewizja Ostrand",
    "Radio Lessa"): a word of the media first or last, no person's name after a comma."""
    words = key.lower().split()
    # "Jonas Reed from Veloria Radio": a person of an outlet, who asks under a name; "Diário
    # de Lessa" is the outlet's.
    return 2 <= len(words) <= OUTLET_WORDS and "," not in key and (
        words[0] in MEDIA_WORDS or words[-1] in MEDIA_WORDS
        and not any(w in OUTLET_JOINERS for w in words))


# Words that make a label an outlet's: "Meridian TV", "Telewizja Ostrand", "Lessa Daily"
# (and a journalist's self-introduction: "Gabriela Solís, Radio Meridiano").
MEDIA_WORDS = frozenset("""
tv radio television télévision televisión televisão televisione telewizja televize televízia
fernsehen rundfunk agency agence agencia agenzia agência agentur news daily post times gazette
herald tribune journal jornal diario periódico zeitung kurier nachrichten rundschau channel
телеканал радио газета агентство телебачення радіо агенція
wire courier courrier observer express mail chronicle telegraph standard monitor press presse
diário deník noviny novine gazeta dziennik hírlap rádió tidende tidning dagblad krant
quotidien giornale gazzetta corriere noticias notícias notizie новости вести вісник
вестник весник новини телевизия телевизија агенция агенција harian berita koran televisi
báo đài gazete gazetesi televizyon ajans ajansı εφημερίδα ραδιόφωνο τηλεόραση πρακτορείο
ziar ziarul agenția televiziunea újság napilap televízió hírügynökség lehti sanomat avis
televiziya televiziyası qəzet qəzeti روزنامه خبرگزاری تلویزیون صحيفة جريدة وكالة قناة
עיתון ערוץ अखबार समाचार चैनल หนังสือพิมพ์ สำนักข่าว gazeti redio televisheni
""".split()) | {"kantor berita"}
OUTLET_WORDS = 3
OUTLET_JOINERS = frozenset("from of for with de du del da do z ze из от з від".split())


def _reporters(key: str) -> bool:
    """Whether a label opens with a reporter's word before more words (the outlet, or the
    reporter's name: either way a question, of no official), or is one after an article
    ("Un journaliste", "A reporter")."""
    first, _, rest = key.partition(" ")
    if first in INDEFINITE and rest.rstrip(",") in REPORTER_WORDS:
        return True
    return first.rstrip(",") in REPORTER_WORDS and bool(rest) or key.startswith(REPORTER_PHRASES)


INDEFINITE = frozenset("un une a an una um uma ein eine".split())
# An outlet's name in quotes as a label asks ("«Dunyo»: ..."): the agency's questions.
OUTLET_QUOTES = "«„“\""
# "Question (Meera Kapoor, Lessa Times)": the journalist who asks, named with the outlet.
ASKER_NOTE = re.compile(rf"\(([{UPPER}][\w’'.\-]+(?:\s+[{UPPER}][\w’'.\-]+){{1,3}}),\s*[^()]+\)")


ASKER_ALONE = re.compile(rf"\(([{UPPER}][\w’'.\-]+(?:\s+[{UPPER}][\w’'.\-]+){{1,3}})\)")
REPORTER_NAME = re.compile(rf"^(\S+)\s+([{UPPER}][\w’'.\-]+(?:\s+[{UPPER}][\w’'.\-]+){{1,3}}),\s")


def named_asker(label: str) -> str | None:
    """The name a question's label gives its journalist in brackets, with the outlet, or
    after the reporter's word, before the outlet ("Jornalista Carla Neves, do Jornal da
    Lessa"; without the comma the words are the outlet's: "Dziennikarka Radia Lessa")."""
    reporter = HANGUL_REPORTER.match(label.strip())
    if reporter is not None:
        return reporter.group(1)
    noted = CJK_REPORTER_NOTE.fullmatch(label.strip()) or REPORTER_THEN_NOTE.fullmatch(
        label.strip())
    if noted is not None and is_question_label(re.split(r"[\s(（]", noted.group(0))[0]):
        return noted["name"]
    asked = QUESTION_NAMED.fullmatch(_PARENS.sub(" ", label).strip())
    if asked is not None and asked.group(1).lower().startswith(QUESTION_OPENINGS):
        return clean_label(asked.group(2))  # "FRAGE HOLM", "Питање, Јелена Илић (РТЗ)": who asks
    # "(Mira Haldane, Radio Lessa)", or the name alone, a given name first: "Jornalista (Mira
    # Haldane)", not "Question (Ostrava Today)".
    note = ASKER_NOTE.search(label) if "(" in label else None
    alone = ASKER_ALONE.search(label) if note is None and "(" in label else None
    if alone is not None and is_given_name(alone.group(1).split()[0]):
        note = alone
    if note is None and ", " in label:
        note = REPORTER_NAME.match(label.strip())
        if note is not None and note.group(1).split()[0].lower() not in REPORTER_WORDS:
            note = None
        return note.group(2) if note is not None else None
    asker = note.group(1) if note and is_question_label(label) else None
    return None if asker and outlet_only(asker) else asker  # "(Telewizja Ostrand, ...)"


def is_moderator(label: str) -> bool:
    """True for a label naming who chairs a news conference ("Moderator", "司会")."""
    key = clean_label(label).lower()
    return any(w.strip(".,") in MODERATOR_WORDS for w in key.split()) \
        or any(word in key for word in MODERATOR_MARKS)


def is_answer_label(label: str) -> bool:
    """True for labels that mark an answer without naming who gives it (``A:``, ``Réponse``)."""
    return clean_label(label).lower() in ANSWER_LABELS


def is_anonymous(label: str) -> bool:
    """True for labels that name no person (``Q``, ``Question``, ``Вопрос``, ``法新社记者``)."""
    key = clean_label(label).lower()
    return key in ANONYMOUS_SPEAKERS or key.startswith(QUESTION_OPENINGS) \
        or key.endswith(QUESTION_ENDINGS) or _reporters(key) or outlet_only(key)


def strip_affiliation(name: str) -> str:
    """``Mirshahin Aghayev from REAL Television`` -> ``Mirshahin Aghayev``; an office before
    the comma names the person after it (``Ministro da Fazenda, Caio Brandão``)."""
    if office_first(name):
        return name.partition(", ")[2].strip()
    return re.split(r"\s(?:from|of the newspaper|from the)\s|\s?,\s", name, maxsplit=1)[0].strip()


@lru_cache(maxsize=CACHE_SIZE)
def office_first(label: str) -> bool:
    """Whether a label gives an office, a comma, then a full name ("SECRETARIA DE SALUD,
    MARÍA ELENA QUIROGA"): an official, not a journalist of an outlet."""
    first, comma, rest = label.partition(", ")
    # "Official Spokesperson, Shri Arjun Vedant", "Joint Secretary (Europe West), Smt. ...":
    # the office's words come first, whatever word opens them.
    words = _PARENS.sub(" ", first).split()
    if AFFILIATION.match(rest) and words and not office_word(words[-1]):
        return False  # "Mayor Tomas Rell, City of Brannock": a name, then where they serve
    return bool(comma and rest[:1].isupper() and len(rest.split()) >= 2
                and any(map(office_word, words)))


# What a name's comma may be followed by besides a person: a town, a body, an office in one
# ("City of Brannock", "Grey Skerry Island Council", "Chair of the Transport Committee").
AFFILIATION = re.compile(r"(?i:(?:city|town|village|county|municipality|district|borough|shire|"
                         r"ville|ciudad|cidade|città|stadt|gemeinde)\s+(?:of|de|di|do|da)\s"
                         r"|village\s|[\w’'\- ]+\s(?:council|committee|company|corporation|"
                         r"association|authority|board|commission|agency|university|union|"
                         r"department|ministry|office)$|(?:chair|chairman|chairwoman|"
                         r"president|director|head|member)\s(?:of|for)\s)")


def names_outlet(label: str) -> bool:
    """Whether a label names an outlet after its person ("Jonas Reed, Veloria Radio"), not
    an office ("Jonas Brell, Press Secretary")."""
    after = label.partition(", ")[2].split()
    if after and (all(map(is_office, after)) or is_office(after[0]) and not any(
            w.lower().strip(".,") in ANONYMOUS_SPEAKERS or w.lower().startswith("editor")
            for w in after)):
        return False  # "Jana Pelcová, ministryně financí", "Jonas Brell, Minister of Finance"
    return not office_first(label) and strip_affiliation(label) != label.strip()


def person_name(phrase: str) -> str:
    """The name at the end of an office phrase: ``Deputy Prime Minister Marat Khusnullin``.

    Without other evidence a name is its last two words, widened over particles
    (``Reema bint Bandar Al Saud``) and initials (``Joseph R. Biden``); a phrase
    that is only office words stays as it is.
    """
    tokens = [t for t in phrase.split() if t.strip(",.").lower() not in SUFFIXES]
    # An office after the name ("Kovács Dénes miniszterelnök", "Amara Velden, President"):
    # Hungarian writes it there, and so do signatures.
    while len(tokens) > 1 and is_office(tokens[-1]) and tokens[-2].rstrip(",")[:1].isupper() \
            and not is_office(tokens[-2].rstrip(",")):
        tokens = tokens[:-1]
        tokens[-1] = tokens[-1].rstrip(",")
    tail: list[str] = []
    for token in reversed(tokens):
        # A lower-case word ends the name; Arabic and other scripts have no case at all.
        if is_office(token) or (opens_lower(token) or not token[:1].isalpha()) and tail \
                and token.lower() not in NAME_PARTICLES:
            break
        tail.insert(0, token)
    if not tail:
        return phrase
    lowered = [t.lower() for t in tokens]
    links = [k for k, t in enumerate(lowered) if t in PLACE_LINKS]
    # The word before the name: the office, or the office's place after its link.
    before = lowered[len(tokens) - len(tail) - 1] if len(tokens) > len(tail) else ""
    # English capitalises an office right before the name, and puts no country between:
    # "Prime Minister Faisal Ahmed Durrani" is all name ("prezydent Estrawy Oskar Lind" not).
    english = before in ENGLISH_OFFICES and tokens[len(tokens) - len(tail) - 1][:1].isupper()
    if links:
        # "King of Estrava Henrik III", "Président de la République de Velorie Tomás Arvid":
        # the word after the last "of" is the place.  "de", "da", "von" are also particles
        # of names ("Maria da Graça Silva"): after them, only a full name is split off.
        after = links[-1] + 1
        while after < len(tokens) and lowered[after] in ARTICLES:
            after += 1
        rest = tokens[after + 1:]
        least = 1 if lowered[links[-1]] == "of" else 2
        if len(rest) >= least and len(rest) < len(tail) and all(t[:1].isupper() for t in rest):
            tail = rest
            before = lowered[links[-1] - 1] if links[-1] else ""
    if len(tail) > 2 and _has_office(tokens):
        # After a style of address ("Monsieur", "Sua Excelência") the name is whole too.
        romance = before in ROMANCE_OFFICES or before.rstrip(".") in STYLES
        # Romance languages join an office's country with "de" ("presidente de X"): the
        # words after such an office, or after its place, are all the name ("Presidente Tomás
        # Echeverri Lozano"), where elsewhere a country may stand first ("prezydent Estrawy
        # Oskar Lind").
        tail = tail[-_name_length(tail, 4 if english else 3 if romance else 2):]
    return " ".join(tail).rstrip(",")


def opens_lower(token: str) -> bool:
    """Whether a word opens in lower case, in a script that has capitals for names (Georgian
    letters are lower case to Unicode, and Georgian writes its names in them)."""
    return token[:1].islower() and not "\u10d0" <= token[:1] <= "\u10ff"


def _name_length(tail: list[str], words: int = 2) -> int:
    keep, named = 0, 0
    while keep < len(tail):
        token = tail[-keep - 1]
        small = (token.lower() in NAME_PARTICLES or re.fullmatch(r"\w\.", token) is not None
                 or ROMAN.fullmatch(token) is not None or PATRONYMIC_FORM.search(token) is not None)
        if named >= words and not small and not (keep and tail[-keep].lower() in NAME_PARTICLES):
            break
        keep += 1
        named += 0 if small else 1
    return keep


@lru_cache(maxsize=CACHE_SIZE)
def has_office_title(label: str) -> bool:
    """True when a label gives its speaker an office: ``President of Veloria Amara Velden``.

    ``PRESIDENT VELDEN`` counts; forms of address (``MS. ORLEN``, ``Mr Lind``) do
    not: they say how a person is called, not that the page names an office.
    """
    words = [w.strip(".,").lower() for w in clean_label(strip_affiliation(label)).split()]
    return any(map(office_word, words[:-1]))


def is_office(token: str) -> bool:
    """True for a word of office or address, in any grammatical case for Russian."""
    lower = token.lower()
    # "Smt.", "Shri.", "Prof": an abbreviation with its dot or without.
    return lower in OFFICE_WORDS or lower.rstrip(".") in OFFICE_WORDS \
        or lower.startswith(OFFICE_STEMS) or lower.endswith(OFFICE_ENDINGS) \
        or "-" in lower and _hyphened_office(lower)


def _hyphened_office(lower: str) -> bool:
    """"Primeiro-Ministro", "vice-présidente": words of office joined by a hyphen."""
    parts = [part for part in lower.split("-") if part]
    # "President-elect", "Prime Minister-designate": an office to be taken up.
    return len(parts) > 1 and all(part in OFFICE_WORDS or part.startswith(OFFICE_STEMS)
                                  or k and part in ("elect", "designate", "designee")
                                  for k, part in enumerate(parts))


def office_word(word: str) -> bool:
    """An office's own word, not a linking word or a word of address ("of", "Mr")."""
    return is_office(word) and word.lower() not in ADDRESS_WORDS


STYLE_WORDS = frozenset({"majesty", "highness", "excellency", "royal", "holiness"})
NAME_WORDS_MAX = 3  # a full name's words, given names and surname
OFFICE_STEM = 6  # letters an office keeps in all its cases ("prezid", "treasu")


def _proper_office(word: str) -> bool:
    """An office's own word, neither an address nor a style ("Ms.", "His Highness")."""
    word = word.strip(".,")
    return office_word(word) and word.lower() not in STYLE_WORDS


def other_office(person: str, office: str, text: str) -> bool:
    """Whether the text gives the person an office other than this one: "the Treasurer,
    Marla Fenwick" holds no "Prime Minister"."""
    if not any(_proper_office(w) for w in office.split()):
        return False  # "His Highness": an address, which any office holder may have
    held = {m.group(1).lower() for m in re.finditer(rf"(\w+),?\s+{re.escape(person)}", text)
            if _proper_office(m.group(1))}
    # An office in its cases is the same ("Prezidenti" of "Prezident:"): a common stem.
    return bool(held) and not any(h[:OFFICE_STEM] == o[:OFFICE_STEM]
                                  for h in held for o in office.lower().split())


def _has_office(tokens: list[str]) -> bool:
    return any(is_office(t) for t in tokens)


class SpeakerNames:
    """Resolve the labels of one statement to one name per person.

    ``evidence`` holds full names the page itself gives (tags, lead, title);
    ``titled`` maps an office word ("president") to the name the title or lead
    gives after it, for labels such as ``THE PRESIDENT``.
    """

    def __init__(self, labels: Iterable[str], *, evidence: Iterable[str] = (),
                 titled: dict[str, str] | None = None, context: str = "",
                 text: str = "", language: str | None = None) -> None:
        given = [label for label in labels if not is_anonymous(label)]
        self.labels = [clean_label(label) for label in given]
        # "Moderadora (Lucía Benet)": the role of a name, for the role's label alone later.
        self.roles = {m.group(1).strip().lower(): clean_label(m.group(2).strip())
                      for label in given
                      if (m := ROLE_NAMED.fullmatch(label.strip().rstrip(":.—–：-").strip()))
                      and (is_moderator(m.group(1)) or _has_office(m.group(1).split())
                           and not _has_office(m.group(2).split()))
                      and NAMED_WORDS.fullmatch(m.group(2).strip())}
        self.known = _known_names(self.labels, evidence, language)
        self.titled = titled or {}
        self.context = context
        self.text = text  # where "Our Press Secretary, Tavi Orlen, ..." names "MS. ORLEN"
        self._aliases: dict[str, str] | None = None
        self.cache: dict[str, str | None] = {}
        self._titling: set[str] = set()  # labels whose office is being looked up
        self.outlets: set[str] = set()  # labels that name an outlet, no person

    def resolve(self, label: str) -> str | None:
        """The one name for the person behind ``label``; None for anonymous questions."""
        if label in self.cache:
            return self.cache[label]
        name = None if is_anonymous(label) else self._resolve(clean_label(label))
        if name is not None and outlet_only(name):
            # "KR:", "Kurier:": the "Kressburger Rundschau" or "Nordhalmer Kurier" that asks.
            name = None
            self.outlets.add(label)
        self.cache[label] = name
        return name

    def asks(self, label: str) -> bool:
        """Whether a label asks: a question's label, or one that names an outlet."""
        if is_question_label(label):
            return True
        self.resolve(label)
        return label in self.outlets

    def _resolve(self, label: str) -> str:
        office, comma, holder = label.rpartition(", ")
        if comma and len(holder.split()) > 2 and holder.split()[0].lower() in ADDRESS_WORDS \
                and _has_office(office.split()):
            # "Președintele Ardaniei, domnul Sorin Mărginean": the office, then who holds it.
            label = holder.split(" ", 1)[1]
        label = strip_affiliation(label)
        # "JBK", which the label's capitals made "Jbk": the initials the page defines; "P.F."
        # and "KE", the initials of a name the page writes.
        letters = DOTTED_INITIALS.sub("", label).upper()
        alias = self._alias(letters) if INITIALS.fullmatch(letters) \
            and letters not in OFFICE_ABBREVIATIONS else None
        if alias:
            words = alias.split()
            while len(words) > 2 and is_office(words[0]):
                words = words[1:]  # "Presidente João Baptista Kalunga (JBK)": the name
            return " ".join(words) if len(words) > 1 else self._resolve(alias)
        named = self._named_role(label)
        if named is not None:
            return named
        if label.upper() in OFFICE_ABBREVIATIONS and label.isupper():
            return self._titled(OFFICE_ABBREVIATIONS[label.upper()], label)  # "PM:"
        lower = label.lower()
        for name in sorted(self.known, key=lambda n: -len(n)):
            if lower == name.lower() or lower.endswith(" " + name.lower()):
                return name
        apposed = _apposed_name(f"{self.context}\n{self.text}", lower) \
            if is_office(label.split()[0]) and not self.titled.get(lower) else None
        if apposed is not None:
            return apposed  # "Cap de Govern:" where the page writes "El cap de Govern, Marc ..."
        held = office_of_place(label)
        if held:
            return self._titled(held, label)  # "Le Président de la République": an office
        article, _, office = lower.partition(" ")
        office = office if article in ARTICLES else lower
        if " " in office and office in self.titled:
            # "Presidenta del Gobierno": an office phrase the title gives a name with.
            return self._titled(office, label)
        words = [w for w in label.split() if w.lower().strip(".") not in OFFICE_WORDS
                 and w.lower() not in OFFICE_WORDS  # "Vors.", whose dot the list keeps
                 and not ("-" in w and _hyphened_office(w.lower()))]  # "Primeiro-Ministro"
        if words[:1] and words[0].lower() in ARTICLES and len(words) == 1:
            words = []  # "Le Président": the article goes with the office
        if not words:
            article, _, office = lower.partition(" ")
            return self._titled(office if office and article in ARTICLES else lower, label)
        surname = folded(_NAME_SPLIT.split(words[-1].lower())[-1])
        matches = [n for n in self.known if folded(_NAME_SPLIT.split(n.lower())[-1]) == surname]
        matches = matches or [n for n in self.known if _same_person(n, " ".join(words[-2:]))]
        # "Sra. Galarza" of "Inés Galarza Ruiz": the first of two surnames, as Spanish and
        # Portuguese address them.
        matches = matches or [n for n in self.known if len(words) == 1 and len(n.split()) > 2
                              and folded(n.split()[-2].lower()) == surname]
        if not matches and len(words) == 1 and any(_proper_office(w) for w in label.split()):
            # "PM Lin" of "Prime Minister Lin Wei-Sern": a family name written first.
            matches = [n for n in self.known if 1 < len(n.split()) <= NAME_WORDS_MAX
                       and folded(n.split()[0].lower()) == folded(words[0].lower())]
        if matches:
            return matches[0]
        if len(words) == 1 and (han := HAN_SURNAME_OFFICE.fullmatch(label)) is not None:
            # "朝比奈総理": the full name the page writes before such an office.
            return _han_full_name(f"{self.context}\n{self.text}", han.group(1)) or label
        first = _first_name_in(self.context, words[-1])
        if first is None and len(words) == 1 and not is_question_label(label) \
                and (len(label.split()) > 1 or label.isupper() or len(self.labels) > 1):
            # An address's or office's surname ("MR PETRAKIS"), or a surname alone among
            # other labels ("Kessler:", "OKAFOR-VALE:"): the given name the page writes.
            first = _first_name_in(self.text, words[-1])
        if first and len(words) > 2 and first == words[-2] and all(
                w[:1].isupper() for w in words):
            return " ".join(words)  # "Juma Hamisi Mrisho": the given names the label has
        if first:
            return f"{first} {words[-1]}"
        name = person_name(label)
        # "Prime Minister Suga": a surname alone names nobody; keep the office with it.
        return name if len(_NAME_SPLIT.split(name)) > 1 else label

    def _named_role(self, label: str) -> str | None:
        """The name of another label that gives this one as its role after a comma: "Host"
        is "Sally Branwell" where a turn was labelled "SALLY BRANWELL, HOST"."""
        lower = label.lower()
        words = lower.split()
        if lower in self.roles:
            return self.roles[lower]  # "Pembawa Acara (Dewi Lestari)" named it
        if not (set(words) & ROLE_WORDS or _has_office(words)):
            return None  # a name: "SECRETARIO DE X, RAÚL ESTRADA" names no role "Raúl Estrada"
        for other in self.labels:
            name, comma, role = other.rpartition(",")
            if comma and role.strip().lower() == lower and name.strip() \
                    and not _has_office(name.split()):
                return self._resolve(name.strip())
        return None

    def _alias(self, initials: str) -> str | None:
        """The name the page gives these initials in brackets ("Arianne Koh (AK)"), read
        from the page on the first label of initials alone."""
        if self._aliases is None:
            self._aliases = {m.group(2): m.group(1)
                             for m in ALIASED.finditer(f"{self.context} {self.text}")}
        return self._aliases.get(initials) or self._initialled_name(initials)

    def _initialled_name(self, initials: str) -> str | None:
        """The one name of the page's head whose words begin with these initials ("Paolo
        Ferri" of "P.F.:", "Karin Ek" of "KE:"); None when none or several do."""
        size = len(initials)
        found: set[str] = set()
        for run in CAPITALISED_RUN.finditer(f"{self.context}\n{self.text}"):
            # "Rt Hon Kiri Langstone": "Kiri Langstone" in it; "Kiri Langstone's", his.
            words = POSSESSIVE_END.sub("", run.group(0)).split()
            found.update(" ".join(words[k:k + size]) for k in range(len(words) - size + 1)
                         if "".join(w[0] for w in words[k:k + size]).upper() == initials
                         and not _has_office(words[k:k + size]))
        return found.pop() if len(found) == 1 else None

    def _titled(self, office: str, label: str) -> str:
        """``THE PRESIDENT``: the page's "President X" label, else whom the title calls so.

        Two office labels may each name the other's office ("Ministre des Affaires
        étrangères : ..." and "Ministre de l'Économie : ..."): a label already being
        resolved stays as it is, or the two would ask each other without end."""
        if label in self._titling:
            return label
        self._titling.add(label)
        try:
            for other in self.labels:
                if other.lower().startswith(office + " ") and other.lower() != label.lower():
                    return self._resolve(other)
            named = self.titled.get(office)
            return self._resolve(named) if named and named.lower() != label.lower() else label
        finally:
            self._titling.discard(label)


# An office's place after it ("da Presidência", "de la Cancillería", "of Saldovia"): a
# link, then capitalised words (links between them), up to the comma before the name.
_PLACE_LINK = (r"(?:of(?: the)?|de(?: la| las| los| l['’])?|da|do|das|dos|del|della|des|du|"
               r"der|von|van)")
OFFICE_PLACE = (rf"(?:[^\S\n]+{_PLACE_LINK}[^\S\n]+[{UPPER}][\w’'\-]*"
                rf"(?:[^\S\n]+(?:{_PLACE_LINK}[^\S\n]+)?[{UPPER}][\w’'\-]*){{0,3}})?")
# A name after a comma: capitalised words, a particle between ("Luiz Antônio de Souza").
APPOSED_NAME = (rf"[{UPPER}][\w’'\-]+(?:[^\S\n]+(?:(?:de|da|do|dos|das|del|van|von|bin|al|di|du)"
                rf"[^\S\n]+)?[{UPPER}][\w’'\-]+){{1,4}}")


def _apposed_name(text: str, office: str) -> str | None:
    """The name a page writes after a comma right after an office, or after the office's
    place ("O Presidente da República, Henrique Moreno", "del vocero de la Cancillería,
    Joaquín Pereda"); None when it writes none, or two."""
    if office.lower() not in text.lower():
        return None  # most offices are written nowhere else: no scan of the whole text
    found = {person_name(m.group(1)) for m in re.finditer(
        rf"(?i:\b{re.escape(office)}\b){OFFICE_PLACE},[^\S\n]+({APPOSED_NAME})"
        r"(?=\s*[,.;:)]|[^\S\n]+\S+[a-zà-ÿ]|\s*$)", text) if not _has_office(m.group(1).split())}
    # A title's name run on into the lead's first word ("Joaquín Pereda El vocero ..."):
    # the shortest, when it opens every other.
    shortest = min(found, key=len, default=None)
    if shortest is not None and all(f.split()[:len(shortest.split())] == shortest.split()
                                    for f in found):
        return shortest
    return None


def office_of_place(label: str) -> str | None:
    """The office of a label that is an office and its place, naming no one: "Le Président
    de la République", "President of Veloria" give "président", "president"."""
    written = label.split()
    if written[:1] and written[0].lower() in ARTICLES:
        written = written[1:]
    tokens = [w.lower() for w in written]
    # A link in lower case: "De Wilde" after an office is a name with its particle.
    link = next((k for k, t in enumerate(written) if t in PLACE_LINKS), None)
    if not link or not all(is_office(t) for t in tokens[:link]):
        return None
    last = max(k for k, t in enumerate(written) if t in PLACE_LINKS)
    place = [t for t in tokens[last + 1:] if t not in ARTICLES]
    return " ".join(tokens[:link]) if len(place) == 1 else None


def _han_full_name(text: str, surname: str) -> str | None:
    """The full name a page writes with an office after it for a Japanese or Chinese
    surname ("朝比奈恒一内閣総理大臣" for "朝比奈"), if it does."""
    if surname not in text or re.fullmatch(rf"{HAN_OFFICE_BODIES}|副|前|代理", surname):
        return None  # "外務大臣", "副総理": an office's body is no surname
    found = re.search(rf"(?<![\u4e00-\u9fff]){re.escape(surname)}(?!{HAN_OFFICE_BODIES})"
                      rf"([\u4e00-\u9fff]{{1,3}}?)(?:{HAN_OFFICE_BODIES})?"
                      rf"(?:{HAN_OFFICES})", text)
    return surname + found.group(1) if found else None


def _first_name_in(context: str, surname: str) -> str | None:
    """The given name the page writes before ``surname`` ("Karine" for "MS. JEAN-PIERRE")."""
    if len(surname) < 3 or "." in surname:
        return None  # "Д.Орло" gives its given name already, as an initial
    if surname.lower() not in context.lower():
        return None  # most texts never write it: no scan of their whole length
    # The first time running text writes it (a label in capitals, "FRAGE HOLM", is none):
    # its given name, unless an office stands there ("President Biden" names no relative
    # "Beau Biden" written later).
    for m in re.finditer(rf"(?<![\w-])([A-ZА-ЯЁ][\w’'\-]+)[ \t]+({re.escape(surname)})(?![\w-])",
                         context, re.I):
        if m.group(0).isupper() or is_question_label(m.group(1)):
            continue
        if m.group(1).lower() in OFFICE_WORDS or not m.group(1)[:1].isupper() \
                or not m.group(2)[:1].isupper():
            return None
        return m.group(1)
    return None


@lru_cache(maxsize=CACHE_SIZE)
def same_person(a: str, b: str) -> bool:
    """One person under two names: spellings, word order ("Velden Amara"), Russian cases."""
    wa, wb = a.lower().split(), b.lower().split()
    if frozenset(wa) == frozenset(wb):
        return True
    if CYRILLIC.search(a) and CYRILLIC.search(b):
        a, b = nominative(a), nominative(b)  # "Амары Вельден", "Амарой Вельден": one name
        wa, wb = a.lower().split(), b.lower().split()
        if frozenset(wa) == frozenset(wb):
            return True
    # Every way below to be one person keeps a word's first three letters (a word shared,
    # a case form, a respelled surname after the same given name): most pairs stop here.
    if not {w[:3] for w in wa} & {w[:3] for w in wb}:
        return False
    words = b.split()
    return any(_same_person(a, " ".join(words[k:] + words[:k])) for k in range(len(words)))


@lru_cache(maxsize=CACHE_SIZE)
def folded(word: str) -> str:
    """A lower-case word without its accents, as capitals write it: Greek capitals drop
    their accents ("ΣΤΑΥΡΟΥ" is "Σταύρου"), and Turkish "I" lowers to "ı" ("YILDIRIM")."""
    if word.isascii():
        return word
    return unaccented(word).replace("ı", "i")


@lru_cache(maxsize=CACHE_SIZE)
def _same_person(a: str, b: str) -> bool:
    """One name, or two spellings of it ("Sergei Lisovsky", "Sergey Lisovsky")."""
    if a == b:
        return True
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    if all(_case_forms(x, y) for x, y in zip(wa, wb, strict=True)):
        return True
    given_a, given_b = " ".join(wa[:-1]), " ".join(wb[:-1])
    if wa[-1] == wb[-1]:
        return _similar(given_a, given_b, 0.8)
    # A surname transliterated two ways on one page ("Falyakhov", "Falyahov"), same given name.
    return (given_a == given_b and min(len(wa[-1]), len(wb[-1])) > 4
            and _similar(wa[-1], wb[-1], 0.85))


def _similar(a: str, b: str, least: float) -> bool:
    """``SequenceMatcher.ratio() >= least``, its cheap upper bounds tried first."""
    if a == b:
        return True
    matcher = SequenceMatcher(None, a, b)
    return (matcher.real_quick_ratio() >= least and matcher.quick_ratio() >= least
            and matcher.ratio() >= least)


def _case_forms(a: str, b: str) -> bool:
    """Two Russian case forms of one name word: "Томас", "Томасу"; "Ангела", "Ангеле"."""
    if a == b:
        return True
    if not (CYRILLIC.search(a) and CYRILLIC.search(b)):
        return False
    stem = 0
    while stem < min(len(a), len(b)) and a[stem] == b[stem]:
        stem += 1
    return stem >= 3 and max(len(a), len(b)) - stem <= 2


def better_form(new: str, old: str) -> bool:
    """True when ``new`` is the likelier nominative of one name: the shorter form of a
    Russian name, or the name without the case ending another form adds to its last word
    ("Amara Velden" over the Azerbaijani genitive "Amara Veldenin")."""
    if CYRILLIC.search(new):
        return len(new) < len(old)
    a, b = new.split(), old.split()
    return len(a) == len(b) >= 2 and a[:-1] == b[:-1] and b[-1].startswith(a[-1]) \
        and 0 < len(b[-1]) - len(a[-1]) <= CASE_SUFFIX_CHARS


INITIAL = re.compile(r"[^\W\d_]\.?")  # "K.", "J"
# An office in capitals shortened to a letter or three, a German feminine after it: "P",
# "P’in", "BK", "MP", "StS".
ABBREVIATED = re.compile(r"(?-i:[A-Z][A-Za-z]{0,2})(?:['’]in)?\.?")


def _known_names(labels: list[str], evidence: Iterable[str],
                 language: str | None = None) -> list[str]:
    """Full names (two words or more, no office word), longest first; ``language`` the
    statement's, which may decline no names (Bulgarian)."""
    names: list[str] = []
    # A label repeats once per turn; the same phrase always gives the same name.
    for phrase in dict.fromkeys([*evidence, *labels]):
        label = strip_affiliation(clean_label(phrase))
        name = person_name(label)
        if len(MIDDLE_DOT.sub(" ", name).split()) < 2 or _has_office(name.split()) \
                or office_of_place(label):
            continue
        if CYRILLIC.search(name):
            # "Хенриком Сольбергом" (a lead) is "Хенрик Сольберг", in a language that declines
            # names as the letters tell; Bulgarian, Macedonian or Tajik decline none.
            name = nominative(name, cases_by(language))
        same = next((k for k, known in enumerate(names) if _same_person(name, known)), None)
        if same is None:
            names.append(name)
        elif better_form(name, names[same]):
            names[same] = name  # "Томас Бранд" (a label) over "Томасу Бранду" (a lead)
    # A shorter name that ends a longer one ("Tayyip Erdogan" in "Recep Tayyip Erdogan") is
    # the same person, cut short by an office phrase: keep the fuller one.
    # The order is the page's (evidence first), so the lead's form wins among namesakes.
    return [n for n in names
            if not any(m.lower().endswith(" " + n.lower()) or _initialled(n, m)
                       for m in names if m != n) and not _abbreviated(n, names)]


def _initialled(short: str, full: str) -> bool:
    """Whether ``short`` gives ``full``'s given names as initials ("K. Mohl", "Katrin Mohl")."""
    a, b = short.split(), full.split()
    return len(a) == len(b) >= 2 and folded(a[-1].lower()) == folded(b[-1].lower()) and all(
        INITIAL.fullmatch(x) and y[:1].lower() == x[:1].lower()
        for x, y in zip(a[:-1], b[:-1], strict=True))


def _abbreviated(short: str, names: list[str]) -> bool:
    """Whether ``short`` is an abbreviated office before the surname of the one full name
    that ends so ("P Arvid", "P’in Rendahl", "BK Reiner" in a German protocol)."""
    words = short.split()
    if len(words) != 2 or not ABBREVIATED.fullmatch(words[0]):
        return False
    fuller = [n for n in names if n != short and n.split()[-1].lower() == words[1].lower()
              and not ABBREVIATED.fullmatch(n.split()[0])]
    return len(fuller) == 1
