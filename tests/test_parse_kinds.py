"""classify_kind: cue words in title, lead and text, in English, Russian and the other
languages the cues read."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.parse.kinds import CUES, NOT_LATIN, classify_kind, factored, top_alternatives

TITLES = [
    ("Telephone conversation with President of Veloria Amara Velden", "phone_call", None),
    ("Phone conversation with King of Estrava Henrik III", "phone_call", None),
    ("Congratulations to Lucas Ferro on his re-election", "letter", "congratulation"),
    ("Condolences to King of Estrava Henrik III", "letter", "condolence"),
    ("Interview to the Veloria Herald", "interview", None),
    ("News conference following Velorian-Estravan talks", "press_conference", None),
    ("Meeting with Governor Ida Marsh", "meeting", None),
    ("Velorian-Estravan talks", "meeting", None),
    ("Executive Order on the harbour authority", "document", None),
    ("Amara Velden will meet with Prime Minister Oskar Lind on March 17", "announcement", None),
    ("Press Briefing by Press Secretary Nadia Orlen", "press_conference", None),
    ("Readout of President Velden’s Call with Prime Minister Lind", "phone_call", None),
    ("Readout of President Velden’s Meeting with CEOs", "meeting", None),
    ("Remarks by President Velden at the Harbour Opening", "speech", None),
    ("Statement by President Velden Congratulating Lucas Ferro", "statement", None),
    ("A Letter to the Speaker of the National Assembly", "letter", "other"),
    ("Message to Prime Minister of Estrava Oskar Lind", "letter", "other"),
    ("A Proclamation on National Harbour Day", "document", None),
    ("Телефонный разговор с Премьер-министром Эстравы Оскаром Линдом", "phone_call", None),
    ("Поздравление Лукасу Ферро с переизбранием", "letter", "congratulation"),
    ("Соболезнования Королю Эстравы", "letter", "condolence"),
    ("Интервью газете «Вестник Лессы»", "interview", None),
    ("Встреча с губернатором Идой Марш", "meeting", None),
    ("Пресс-конференция по итогам переговоров", "press_conference", None),
    ("Указ о портовом управлении", "document", None),
    ("President Amara Velden addressed guests at a gala reception", "speech", None),
    ("Amara Velden spoke at a meeting of the harbour council", "speech", None),
    ("Erlass des Präsidenten über die Einberufung des Parlaments", "document", None),
    ("Cumhurbaşkanı Velden, Oranthe'ye resmi ziyarette bulunacak", "announcement", None),
    ("Minister-president Aalders belt met president Rendahl", "phone_call", None),
    ("Председник је разговарао телефоном са председницом Оранте", "phone_call", None),
    ("პრეზიდენტი ტელეფონით ესაუბრა ორანტის პრეზიდენტს", "phone_call", None),
    ("وزیر اعظم سرکاری دورے پر سالدوویا جائیں گے", "announcement", None),
    ("Respublikos Prezidento Tomo Arvido kalba Laisvės dienos minėjime", "speech", None),
    ("President Arvid receives Saldovian Foreign Minister Ilse Varn", "meeting", None),
    ("Intervento del Presidente della Repubblica alla Giornata della Memoria", "speech", None),
]


@pytest.mark.parametrize("title,kind,subkind", TITLES, ids=[t[0][:40] for t in TITLES])
def test_kind_from_title(title: str, kind: str, subkind: str | None) -> None:
    assert classify_kind(title=title, lead=None, text="") == (kind, subkind)


@pytest.mark.parametrize("lead,kind", [
    ("Amara Velden had a telephone conversation with Oskar Lind.", "phone_call"),
    ("Amara Velden sent a message of condolence to King Henrik III.", "letter"),
    ("On March 17, Amara Velden will hold talks with Oskar Lind.", "announcement"),
    ("Амара Вельден провела телефонный разговор с Оскаром Линдом.", "phone_call"),
], ids=["call", "condolence", "announcement", "ru-call"])
def test_kind_from_lead(lead: str, kind: str) -> None:
    assert classify_kind(title=None, lead=lead, text="")[0] == kind


@pytest.mark.parametrize("text,expected", [
    ("Your Majesty,\nI congratulate you on the national day.", ("letter", "congratulation")),
    ("Dear Mr. President,\nI was saddened to learn of the floods. My condolences.",
     ("letter", "condolence")),
    ("Уважаемый Оскар Линд!\nПримите поздравления с юбилеем.", ("letter", "congratulation")),
    ("Dear friends,\nToday we open the harbour.", ("speech", None)),
    ("The harbour reopened on Monday.", ("other", None)),
    ("Dames en heren,\nVandaag openen wij de haven.", ("speech", None)),
    ("Vážené dámy a pánové,\ndnes otevíráme přístav.", ("speech", None)),
    ("Κυρίες και κύριοι,\nσήμερα εγκαινιάζουμε το λιμάνι.", ("speech", None)),
    ("Geachte heer Lind,\nHet verheugt mij u te schrijven.", ("letter", "other")),
], ids=["majesty", "dear-president", "ru-salutation", "plural-address", "nothing",
        "nl-address", "cs-address", "el-address", "nl-salutation"])
def test_kind_from_text(text: str, expected: tuple[str, str | None]) -> None:
    assert classify_kind(title=None, lead=None, text=text) == expected


def test_a_letter_never_has_turns() -> None:
    found = classify_kind(title="Congratulations to harbour workers", lead=None,
                          text="Amara Velden: Friends, I congratulate you.", has_turns=True)
    assert found == ("speech", None)


def test_hint_when_no_cue_speaks() -> None:
    assert classify_kind(title="Port Lessa", lead=None, text="x", hint="statement") == (
        "statement", None)


# Other languages and other sites: one title a genre, in the forms their pages use.
OTHER_TITLES = [
    ("Prime Minister's statement on the Lessa floods", "statement"),
    ("Statement of the President of Veloria", "statement"),
    ("Joint statements for the press by Amara Velden and Oskar Lind", "press_conference"),
    ("Déclaration du Président de la République sur les inondations", "statement"),
    ("Erklärung der Bundesregierung zu den Überschwemmungen", "statement"),
    ("Declaración del presidente sobre las inundaciones", "statement"),
    ("Dichiarazione del Presidente Velden", "statement"),
    ("Oświadczenie Prezydenta Velorii", "statement"),
    ("Заява Президента Велорії", "statement"),
    ("Заявление Президента Велории", "statement"),
    ("Entretien téléphonique avec le Premier ministre d'Estrava", "phone_call"),
    ("Entretien avec M. Oskar Lind, Premier ministre d'Estrava", "meeting"),
    ("Entretien du Président avec Radio Lessa", "interview"),
    ("El presidente conversa por teléfono con el primer ministro de Estrava", "phone_call"),
    ("Telefonat mit dem Premierminister von Estrava", "phone_call"),
    ("Colloquio telefonico con il Primo Ministro di Estrava", "phone_call"),
    ("Conversa telefónica com o Primeiro-Ministro da Estrava", "phone_call"),
    ("Rozmowa telefoniczna z premierem Estrawy", "phone_call"),
    ("Телефонна розмова з Прем'єр-міністром Естрави", "phone_call"),
    ("El presidente se entrevista con el rey de Estrava", "meeting"),
    ("Entrevista del presidente en Radio Lessa", "interview"),
    ("Intervista del Presidente al Corriere di Lessa", "interview"),
    ("Entrevista do Presidente à Rádio Lessa", "interview"),
    ("Wywiad Prezydenta dla Radia Lessa", "interview"),
    ("Інтерв’ю Президента газеті «Вісник Лесси»", "interview"),
    ("Conferenza stampa del Presidente", "press_conference"),
    ("Conferência de imprensa do Presidente", "press_conference"),
    ("Konferencja prasowa Prezydenta", "press_conference"),
    ("Пресконференція Президента", "press_conference"),
    ("Incontro con il Primo Ministro di Estrava", "meeting"),
    ("Reunião com o Primeiro-Ministro da Estrava", "meeting"),
    ("Spotkanie z premierem Estrawy", "meeting"),
    ("Зустріч з Прем'єр-міністром Естрави", "meeting"),
    ("Discorso del Presidente alla cerimonia", "speech"),
    ("Discurso do Presidente na abertura do porto", "speech"),
    ("Przemówienie Prezydenta w Sejmie", "speech"),
    ("Промова Президента у Верховній Раді", "speech"),
    ("Виступ Президента на форумі", "speech"),
    ("Rede von Bundespräsidentin Ida Marsh beim Hafenfest", "speech"),
    ("Il Presidente incontrerà il Primo Ministro di Estrava", "announcement"),
    ("El presidente se reunirá con el rey de Estrava el lunes", "announcement"),
    ("Prezydent spotka się z premierem Estrawy", "announcement"),
    ("Президент зустрінеться з Прем'єр-міністром Естрави", "announcement"),
    ("Die Bundeskanzlerin wird am Montag den Premierminister treffen", "announcement"),
    ("Décret portant nomination du préfet de Lessa", "document"),
    ("Decreto del Presidente de la República", "document"),
    ("Dekret o nadaniu orderu", "document"),
    ("Указ Президента Велорії про нагородження", "document"),
    # Scripts without spaces between words, and Arabic and Turkish words with affixes.
    ("维洛里亚总统同诺兰迪亚总理通电话", "phone_call"),
    ("维洛里亚总统会见诺兰迪亚总理", "meeting"),
    ("维洛里亚总统致电祝贺诺兰迪亚总统当选", "letter"),
    ("维洛里亚总统出席开港仪式并发表讲话", "speech"),
    ("维洛里亚总统将出席开港仪式", "announcement"),
    ("ヴェロリア大統領との首脳会談", "meeting"),
    ("ヴェロリア大統領の記者会見", "press_conference"),
    # An office's 会見 is its news conference; two leaders' 会見 their meeting.
    ("ヴァルガ外務大臣会見記録", "press_conference"), ("両首脳の会見", "meeting"),
    ("Wywiad Premier Sofii Lenk dla Gazety Lessańskiej", "interview"),
    ("ვალერიან არვიდის სამძიმრის წერილი", "letter"), ("Նախագահի հրամանագիրը", "document"),
    ("विदेश मंत्रालय का वक्तव्य", "statement"),
    ("Presiden Akan Lakukan Kunjungan ke Ostrava", "announcement"),
    ("President Arvid spoke on the phone with the King of Saldovia", "phone_call"),
    ("Minister receives the credentials of the newly appointed Ambassador", "meeting"),
    ("일베센 대통령, 살도비아 대통령과 정상통화", "phone_call"),
    ("[서면 브리핑] 일베센 대통령, 살도비아 대통령과 정상통화", "phone_call"),  # a written one
    ("President Dalca signs law on public procurement", "document"),
    ("Le Président promulgue la loi relative aux marchés publics", "document"),
    ("El Presidente promulga la Ley de Contrataciones Públicas", "document"),
    ("Prezydent podpisał ustawę o zamówieniach publicznych", "document"),
    ("维洛里亚共和国总统令（第12号）", "document"),
    ("Upcoming visit of the President of Saldovia", "announcement"),
    ("살도비아 대통령 방문 예정", "announcement"),
    ("President receives the Speaker of the Saldovian Parliament", "meeting"),
    ("Le Président s'entretient au téléphone avec le Chancelier de Saldovie", "phone_call"),
    ("Messaggio di fine anno del Presidente della Repubblica", "speech"),
    ("Veloria ve Saldovya Ortak Bildirisi", "statement"),
    ("两国元首共同会见记者", "press_conference"),
    ("Ministerin Karla Dorn im Gespräch mit der Lessaer Zeitung", "interview"),
    ("Außenminister Reuel im Gespräch mit dem Saldovischen Rundfunk", "interview"),
    ("Die Ministerin im Gespräch mit den Bürgermeistern der Region", "meeting"),
    ("Präsident wird am 12. Juni Oranthe besuchen", "announcement"),
    ("Анонс: визит Президента в Остраву", "announcement"),
    ("Media Advisory: President to attend the water summit", "announcement"),
    ("Accréditation des journalistes pour le sommet de Lessa", "announcement"),
    ("الرئيس يقوم غدا بزيارة إلى أوسترافا", "announcement"),
    ("ראש הממשלה שוחח הערב בטלפון עם נשיא אוסטרבה", "phone_call"),
    ("أمر ملكي بتعيين سفير", "document"),
    ("维洛里亚总统将于4月20日至23日对奥斯特拉瓦进行国事访问", "announcement"),
    ("الرئيس يتلقى اتصالا هاتفيا من رئيس وزراء نورلانديا", "phone_call"),
    ("الرئيس يستقبل رئيس وزراء نورلانديا", "meeting"),
    ("الرئيس يبعث برقية تهنئة إلى رئيس نورلانديا", "letter"),
    ("Cumhurbaşkanı Norlandiya Başbakanı ile telefon görüşmesi yaptı", "phone_call"),
    ("Cumhurbaşkanı basın toplantısı düzenledi", "press_conference"),
    ("Il Presidente riceve il Primo Ministro di Norlandia", "meeting"),
    ("Le Président reçoit le Premier ministre de Norlandie", "meeting"),
    ("Answers to journalists’ questions", "press_conference"),
    ("Ответы на вопросы журналистов", "press_conference"),
    ("Беседа с журналистами", "press_conference"),
    ("Прямая линия с Амарой Вельден", "press_conference"),
    ("Церемония вручения государственных наград", "speech"),
    # Azerbaijani, and the Russian of the same sites.
    ("Amara Velden “Şimal Xəbərləri” jurnalına müsahibə verib", "interview"),
    ("Prezident Amara Velden Norlandiya Baş naziri ilə telefon danışığı olub", "phone_call"),
    ("Amara Velden Norlandiyanın səfirini qəbul edib", "meeting"),
    ("Amara Velden Sərəncam imzalayıb", "document"),
    ("Amara Velden forumda çıxış edib", "speech"),
    ("Amara Velden mətbuata bəyanatla çıxış edib", "press_conference"),
    ("Амара Вельден приняла посла Норландии", "meeting"),
    ("Амара Вельден приняла участие в саммите", "meeting"),
    ("Рабочая поездка в Норбю", "meeting"),
    ("Телефонная беседа с Премьер-министром Норландии", "phone_call"),
    ("Подписан закон о бюджете", "document"),
    ("Президенту Велории позвонил Премьер-министр Норландии", "phone_call"),
    ("반토 대통령, 국무회의 주재", "meeting"),
    ("반토 대통령, 어민 간담회 참석", "meeting"),
    ("반토 대통령, 에스트라바 국왕에 조전", "letter"),
    ("ヴァルン総理、閣議に出席", "meeting"),
    # Kazakh, Uzbek and Belarusian.
    ("Мемлекет басшысы Норландия Премьер-министрімен телефон арқылы сөйлесті", "phone_call"),
    ("Президент «Солтүстік жаршысы» газетіне сұхбат берді", "interview"),
    ("Мемлекет басшысы Норландия Премьер-министрімен кездесті", "meeting"),
    ("Мемлекет басшысы Норландия халқына көңіл айтты", "letter"),
    ("Prezident Norlandiya Bosh vaziri bilan telefon orqali muloqot qildi", "phone_call"),
    ("Prezident Farmon imzoladi", "document"),
    ("Prezident Norlandiya delegatsiyasi bilan uchrashdi", "meeting"),
    ("Тэлефонная размова з Прэм’ер-міністрам Нарландыі", "phone_call"),
    ("Сустрэча з Прэм’ер-міністрам Нарландыі", "meeting"),
    ("Выступленне на ўрачыстым сходзе", "speech"),
    ("Прэс-канферэнцыя для сусветных СМІ", "press_conference"),
    # Dutch (where "met" is "with", never "met"), Czech and Slovak, Romanian, Hungarian.
    ("Telefoongesprek met de president van Veloria", "phone_call"),
    ("Toespraak van minister-president Lind bij de opening van de haven", "speech"),
    ("Persconferentie na de ministerraad", "press_conference"),
    ("Ontmoeting met de koning van Estrava", "meeting"),
    ("De premier zal volgende week de koning van Estrava ontmoeten", "announcement"),
    ("Telefonický rozhovor prezidenta s prezidentem Velorie", "phone_call"),
    ("Rozhovor prezidenta pro Rádio Lessa", "interview"),
    ("Projev prezidenta na Hradě", "speech"),
    ("Tlačová konferencia prezidenta", "press_conference"),
    ("Convorbire telefonică cu Președintele Veloriei", "phone_call"),
    ("Interviu acordat postului Radio Lessa", "interview"),
    ("Discursul Președintelui la deschiderea portului", "speech"),
    ("Telefonbeszélgetés a velóriai elnökkel", "phone_call"),
    ("Sajtótájékoztató a kormányülés után", "press_conference"),
    ("Interjú a miniszterelnökkel", "interview"),
    # Indonesian, Vietnamese, Persian, Hebrew, Greek, Hindi.
    ("Percakapan telepon Presiden dengan Presiden Veloria", "phone_call"),
    ("Pidato Presiden pada pembukaan pelabuhan", "speech"),
    ("Presiden akan mengunjungi Veloria pekan depan", "announcement"),
    ("Điện đàm với Tổng thống Veloria", "phone_call"),
    ("Họp báo Chính phủ thường kỳ", "press_conference"),
    ("Phỏng vấn Thủ tướng về cảng Lessa", "interview"),
    ("گفتگوی تلفنی رئیس جمهور با رئیس جمهور ولوریا", "phone_call"),
    ("نشست خبری رئیس جمهور", "press_conference"),
    ("שיחת טלפון של ראש הממשלה עם נשיא ולוריה", "phone_call"),
    ("נאום ראש הממשלה בפתיחת הנמל", "speech"),
    ("Τηλεφωνική επικοινωνία του Πρωθυπουργού με τον Πρόεδρο της Βελόριας", "phone_call"),
    ("Συνέντευξη Τύπου του Πρωθυπουργού", "press_conference"),
    ("Συνέντευξη του Πρωθυπουργού στο Ράδιο Λέσσα", "interview"),
    ("प्रधानमंत्री की वेलोरिया के राष्ट्रपति के साथ टेलीफोन पर बातचीत", "phone_call"),
    ("संवाददाता सम्मेलन", "press_conference"),
    # Finnish, the Scandinavian languages, Bulgarian, Serbian and Croatian.
    ("Puhelu Velorian presidentin kanssa", "phone_call"),
    ("Tasavallan presidentin puhe satamassa", "speech"),
    ("Telefonsamtal med Velorias president", "phone_call"),
    ("Tal av statsministern vid hamnens öppning", "speech"),
    ("Pressemøde i Statsministeriet", "press_conference"),
    ("Телефонен разговор с президента на Велория", "phone_call"),
    ("Среща с министър-председателя на Естрава", "meeting"),
    ("Telefonski razgovor s predsjednikom Velorije", "phone_call"),
    # Central Asian and Caucasian sites, the future of announcements, briefings.
    ("Estraviya Prezidenti Veloriyaya dövlət səfərinə gələcək", "announcement"),
    ("Президент Велория Президенти билан телефон орқали мулоқот қилди", "phone_call"),
    ("Президент Томас Арвид «Кабар Велория» агенттигине маек берди", "interview"),
    ("Мемлекет басшысы Эстрава Королін құттықтады", "letter"),
    ("Президент Эстравага расмий ташриф буюради", "announcement"),
    ("Прэзідэнт наведае Эстраву", "announcement"),
    ("Վարչապետը կայցելի Էստրավա", "announcement"),
    ("President Amara Velden to pay state visit to Estrava", "announcement"),
    ("대변인 정례 브리핑", "press_conference"),
    ("Президенти Велория суханронӣ кард", "speech"),
    ("นายกรัฐมนตรีจะเดินทางเยือนเวโลเรีย", "announcement"),
    ("Presidenti zhvilloi bisedë telefonike me Presidentin e Velorisë", "phone_call"),
    ("Ukaz o proglašenju Zakona o lukama", "document"),
    ("Declaració del Govern sobre la sequera", "statement"),
    # Letters of credence are no letter of the President's.
    ("Presiden Terima Surat Kepercayaan Duta Besar", "other"),
    # English words the new languages must not take: "met", "level".
    ("Amara Velden met President Lind", "meeting"),
    ("High-level meeting on the harbour", "meeting"),
]


@pytest.mark.parametrize("title,kind", OTHER_TITLES, ids=[t[0][:40] for t in OTHER_TITLES])
def test_kind_from_title_in_other_languages(title: str, kind: str) -> None:
    assert classify_kind(title=title, lead=None, text="")[0] == kind


# Languages of Africa and South and Southeast Asia, and phrases of languages already read:
# (language, title, kind, subkind).
SOUTH_TITLES = [
    ("sw", "Hotuba ya Rais Amani Kessy Kwenye Ufunguzi wa Bandari ya Lessa", "speech", None),
    ("sw", "Rais azungumza kwa simu na Rais wa Estrava", "phone_call", None),
    ("sw", "Salamu za rambirambi kwa wananchi wa Lessa", "letter", "condolence"),
    ("sw", "Salamu za pongezi kwa Rais Lucas Ferro", "letter", "congratulation"),
    ("sw", "Rais akutana na Balozi wa Estrava", "meeting", None),
    ("sw", "Mkutano na waandishi wa habari Ikulu", "press_conference", None),
    ("sw", "Mahojiano na Rais Amani Kessy", "interview", None),
    ("sw", "Rais atafanya ziara ya kitaifa nchini Estrava", "announcement", None),
    ("sw", "Taarifa kwa umma kuhusu mafuriko ya Lessa", "statement", None),
    ("ha", "Jawabin Shugaban Kasa a bikin bude tashar Lessa", "speech", None),
    ("ha", "Shugaba Ya Aika Sakon Ta’aziyya Ga Al’ummar Lessa", "letter", "condolence"),
    ("ha", "Shugaba ya taya Lucas Ferro murna", "letter", "congratulation"),
    ("ha", "Shugaba ya gana da jakadan Estrava", "meeting", None),
    ("ha", "Taron manema labarai na Ministan Yada Labarai", "press_conference", None),
    ("so", "Khudbadda Madaxweynaha ee furitaanka dekedda Lessa", "speech", None),
    ("so", "Madaxweynaha oo tacsi u diray shacabka Lessa", "letter", "condolence"),
    ("so", "Madaxweyne Xasan Cali oo Hambalyo u Diray Madaxweynaha Estrava", "letter",
     "congratulation"),
    ("so", "Madaxweynaha oo la kulmay safiirka Estrava", "meeting", None),
    ("so", "Wareysi gaar ah oo lala yeeshay Madaxweynaha", "interview", None),
    ("yo", "Ọ̀rọ̀ Ààrẹ níbi ìṣílé èbúté Lessa", "speech", None),
    ("yo", "Ìbánikẹ́dùn Ààrẹ sí àwọn ará Lessa", "letter", "condolence"),
    ("tl", "Talumpati ng Pangulo sa pagbubukas ng daungan ng Lessa", "speech", None),
    ("tl", "Pulong-balitaan kasama si Press Secretary Andres dela Paz", "press_conference", None),
    ("tl", "Pangulo, nakipagpulong sa Punong Ministro ng Estrava", "meeting", None),
    ("tl", "Mensahe ng pakikiramay ng Pangulo", "letter", "condolence"),
    ("tl", "Panayam kay Kalihim Andres dela Paz", "interview", None),
    ("ur", "وزیراعظم کی پریس کانفرنس", "press_conference", None),
    ("ur", "وزیراعظم کا ایسٹراوا کے صدر سے ٹیلیفونک رابطہ", "phone_call", None),
    ("ur", "وزیراعظم کا تعزیتی پیغام", "letter", "condolence"),
    ("ur", "صدر لوکاس فیرو کو مبارکباد کا پیغام", "letter", "congratulation"),
    ("ur", "وزیراعظم کا لیسا ہیرالڈ کو انٹرویو", "interview", None),
    ("bn", "শিক্ষা সপ্তাহ উদ্বোধন অনুষ্ঠানে প্রধানমন্ত্রীর ভাষণ", "speech", None),
    ("bn", "প্রধানমন্ত্রীর সংবাদ সম্মেলন", "press_conference", None),
    ("bn", "প্রধানমন্ত্রীর শোক বার্তা", "letter", "condolence"),
    ("bn", "লুকাস ফেরোকে অভিনন্দন", "letter", "congratulation"),
    ("bn", "এস্ট্রাভার প্রেসিডেন্টের সঙ্গে টেলিফোনে কথা বলেছেন প্রধানমন্ত্রী", "phone_call", None),
    ("bn", "প্রধানমন্ত্রীর সঙ্গে এস্ট্রাভার রাষ্ট্রদূতের সাক্ষাৎ", "meeting", None),
    ("bn", "লেসা হেরাল্ডকে দেওয়া প্রধানমন্ত্রীর সাক্ষাৎকার", "interview", None),
    ("ne", "राष्ट्रको नाममा प्रधानमन्त्रीको सम्बोधन", "speech", None),
    ("ne", "प्रधानमन्त्रीको एस्ट्राभा भ्रमणसम्बन्धी प्रेस विज्ञप्ति", "statement", None),
    ("ne", "प्रधानमन्त्रीको शोक सन्देश", "letter", "condolence"),
    ("ne", "प्रधानमन्त्रीको बधाई सन्देश", "letter", "congratulation"),
    ("ne", "प्रधानमन्त्री एस्ट्राभाको भ्रमणमा जाँदै", "announcement", None),
    ("ne", "प्रधानमन्त्रीसँग लेसा हेराल्डको अन्तर्वार्ता", "interview", None),
    ("ne", "प्रधानमन्त्री र एस्ट्राभाका राष्ट्रपतिबीच टेलिफोन वार्ता", "phone_call", None),
    ("ne", "प्रधानमन्त्रीसँग एस्ट्राभाका राजदूतको शिष्टाचार भेट", "meeting", None),
    ("si", "ජනාධිපතිතුමාගේ ශෝක පණිවිඩය", "letter", "condolence"),
    ("si", "ජනාධිපතිතුමාගේ සුබ පැතුම් පණිවිඩය", "letter", "congratulation"),
    ("si", "ලෙස්සා වරාය විවෘත කිරීමේදී ජනාධිපති කථාව", "speech", None),
    ("si", "ජනාධිපති එස්ට්‍රාවා තානාපති හමුවෙයි", "meeting", None),
    ("ta", "எஸ்ட்ராவா ஆளுநருடன் முதலமைச்சர் தொலைபேசியில் உரையாடல்", "phone_call", None),
    ("ta", "முதலமைச்சர் இரங்கல் செய்தி", "letter", "condolence"),
    ("ta", "முதலமைச்சர் வாழ்த்துச் செய்தி", "letter", "congratulation"),
    ("ta", "லெஸ்ஸா துறைமுக திறப்பு விழாவில் முதலமைச்சர் உரை", "speech", None),
    ("ta", "எஸ்ட்ராவா தூதருடன் முதலமைச்சர் சந்திப்பு", "meeting", None),
    ("ta", "முதலமைச்சர் செய்தியாளர் சந்திப்பு", "press_conference", None),
    ("ta", "லெஸ்ஸா ஹெரால்டுக்கு முதலமைச்சர் பேட்டி", "interview", None),
    ("km", "នាយករដ្ឋមន្ត្រី ទទួលជួបសម្តែងការគួរសមពីឯកអគ្គរដ្ឋទូតអេស្ត្រាវ៉ា", "meeting", None),
    ("km", "សុន្ទរកថារបស់នាយករដ្ឋមន្ត្រី", "speech", None),
    ("km", "សារលិខិតជូនពរ ប្រធានាធិបតី លូកាស ហ្វេរ៉ូ", "letter", "congratulation"),
    ("km", "សារលិខិតរំលែកទុក្ខ", "letter", "condolence"),
    ("km", "សន្និសីទសារព័ត៌មានរបស់រដ្ឋមន្ត្រី", "press_conference", None),
    ("km", "បទសម្ភាសន៍នាយករដ្ឋមន្ត្រី", "interview", None),
    ("km", "សេចក្តីថ្លែងការណ៍ព័ត៌មាន ស្តីពីទស្សនកិច្ចរបស់រដ្ឋមន្ត្រី", "statement", None),
    ("lo", "ສານຊົມເຊີຍ ເຖິງ ທ່ານ ລູກາສ ເຟໂຣ", "letter", "congratulation"),
    ("lo", "ສານສະແດງຄວາມເສຍໃຈ", "letter", "condolence"),
    ("lo", "ຄໍາປາໄສ ຂອງ ທ່ານນາຍົກລັດຖະມົນຕີ", "speech", None),
    ("lo", "ນາຍົກລັດຖະມົນຕີ ພົບປະ ເອກອັກຄະລັດຖະທູດ", "meeting", None),
    ("lo", "ກອງປະຊຸມຖະແຫຼງຂ່າວ", "press_conference", None),
    ("my", "ပညာရေးညီလာခံ ဖွင့်ပွဲတွင် မိန့်ခွန်းပြောကြား", "speech", None),
    ("my", "နိုင်ငံတော်သမ္မတ၏ သဝဏ်လွှာ", "letter", "other"),
    ("my", "သံအမတ်ကြီးကို လက်ခံတွေ့ဆုံ", "meeting", None),
    ("my", "သတင်းစာရှင်းလင်းပွဲ", "press_conference", None),
    ("am", "የጠቅላይ ሚኒስትሩ ንግግር", "speech", None),
    ("am", "የጠቅላይ ሚኒስትሩ የሐዘን መግለጫ", "letter", "condolence"),
    ("am", "ጋዜጣዊ መግለጫ", "press_conference", None),
    ("am", "ከጠቅላይ ሚኒስትሩ ጋር የተደረገ ቃለ ምልልስ", "interview", None),
    ("am", "ጠቅላይ ሚኒስትሩ ከኤስትራቫ የውጭ ጉዳይ ሚኒስትር ጋር ተወያዩ", "meeting", None),
    ("mn", "Ерөнхийлөгч Эстравагийн Ерөнхий сайдыг хүлээн авч уулзлаа", "meeting", None),
    ("mn", "Ерөнхийлөгч Эстравагийн Ерөнхийлөгчтэй утсаар ярилаа", "phone_call", None),
    ("mn", "Ерөнхийлөгч баярын мэндчилгээ дэвшүүлэв", "letter", "congratulation"),
    ("mn", "Ерөнхийлөгч эмгэнэл илэрхийлэв", "letter", "condolence"),
    ("mn", "Ерөнхийлөгч чуулганы нээлтэд үг хэллээ", "speech", None),
    ("mn", "Ерөнхийлөгчийн зарлиг", "document", None),
    ("mn", "Ерөнхийлөгчийн ярилцлага", "interview", None),
    ("fa", "اعلامیه وزارت امور خارجه در مورد نشست منطقوی لسا", "statement", None),
    ("ps", "د بهرنیو چارو وزیر له ایسټراوا سفیر سره وکتل", "meeting", None),
    ("zh", "總統接見歐斯特拉瓦國會訪問團", "meeting", None),
    ("zh", "院長出席薩爾多維亞經貿論壇致詞", "speech", None),
    ("zh", "總統與歐斯特拉瓦總統通電話", "phone_call", None),
    ("vi", "Thủ tướng tiếp Đại sứ Estrava", "meeting", None),
    ("ko", "반토 대통령 성명", "statement", None),
    ("he", "הודעת ראש הממשלה על השיטפונות בלסה", "statement", None),
    ("pt", "Nota oficial sobre a situação na Estrava", "statement", None),
    ("pt", "Nota à imprensa", "statement", None),
    ("pt", "Comunicado do Conselho de Ministros", "statement", None),
    ("pt", "Mensagem do PR por ocasião do Dia da Independência", "speech", None),
    ("pt", "O Presidente vai efectuar uma visita de Estado à Estrava", "announcement", None),
    ("pt", "O Presidente deslocar-se-á a Lessa na segunda-feira", "announcement", None),
    ("pl", "Komunikat MSZ w sprawie sytuacji w Estrawie", "statement", None),
    ("es", "Palabras del presidente Martín Echeverría en el Hospital de Lessa", "speech", None),
    ("es", "Comunicado Oficial RE-0092 sobre la frontera con Estrava", "statement", None),
    ("es", "Nota de prensa", "statement", None),
    ("es", "Intervención del presidente en la Cumbre de Lessa", "speech", None),
    ("es", "Mensaje a la Nación del presidente Echeverría", "speech", None),
    ("id", "Siaran Pers: Menteri Luar Negeri bertemu Duta Besar Estrava", "statement", None),
    ("ms", "Teks ucapan Perdana Menteri di Majlis Pembukaan Pelabuhan Lessa", "speech", None),
    ("en", "Press Release", "statement", None),
    ("en", "Press Statement by President Amara Velden on the Lessa floods", "statement", None),
    ("en", "President Velden’s press statement on the Lessa floods", "statement", None),
    # Spoken to the press after talks, as the Kremlin's pages say it, and a release that
    # reports a meeting.
    ("en", "Press statements following Velorian-Estravan talks", "press_conference", None),
    ("en", "Press release on the Ambassador's meeting with the Estravan trade mission",
     "meeting", None),
    ("fr", "Message à la Nation du Président de la République", "speech", None),
    ("en", "Foreign Secretary statement on the ceasefire in the Vela valley", "statement",
     None),
    ("uk", "Президент Андрій Талване здійснить державний візит до Оранти", "announcement",
     None),
    ("sr", "Саопштење Владе поводом поплава у јужним општинама", "statement", None),
    ("hr", "Priopćenje Vlade o poplavama u Saranu", "statement", None),
    ("fi", "Valtioneuvoston asetus asumistuen korottamisesta", "document", None),
    ("tr", "Cumhurbaşkanı Talvane, Lessa Gençlik Forumu'nda konuştu", "speech", None),
    ("hr", "Predsjednik Talvane boravit će u posjetu Ostravi", "announcement", None),
    ("ms", "Perdana Menteri akan mengadakan lawatan rasmi ke Oranthe", "announcement", None),
    ("ru", "Комментарий официального представителя МИД Велории в связи с наводнением",
     "statement", None),
    ("en", "Comment by the Spokesperson on the situation in Saldovia", "statement", None),
    ("ms", "Ucapan YAB Perdana Menteri di Majlis Perasmian Pelabuhan Baharu Lessa", "speech",
     None),
    ("mn", "Гадаад харилцааны яамны мэдэгдэл", "statement", None),
    ("ky", "Велория Республикасынын Президентинин Жарлыгы", "document", None),
    ("ka", "პრეზიდენტის სიტყვა ლესას საერთაშორისო ფორუმზე", "speech", None),
    ("ka", "პრემიერ-მინისტრის სიტყვით გამოსვლა პარლამენტში", "speech", None),
    ("sr", "Predsednica Vlade sastala se sa ministrom spoljnih poslova Saldovije", "meeting",
     None),
    ("sr", "Председница Владе састала се са амбасадором Оранте", "meeting", None),
    ("bg", "Президентът ще бъде на официално посещение в Острава", "announcement", None),
    ("bg", "Министър-председателят ще посети Салдовия", "announcement", None),
    ("mn", "Ерөнхийлөгч Салдовид төрийн айлчлал хийнэ", "announcement", None),
    ("tr", "Cumhurbaşkanı Arvid, Kabine Toplantısına başkanlık etti", "meeting", None),
    ("tr", "Cumhurbaşkanı Arvid, Saldovya Devlet Başkanını resmî törenle karşıladı", "meeting",
     None),
    ("pt", "Nota de pesar pelo falecimento do ex-ministro Paulo Arrais", "letter",
     "condolence"),
    ("nl", "Minister-president Veres brengt werkbezoek aan Oranthe", "announcement", None),
    ("hu", "Hivatalos látogatást tesz Lessában a saldoviai államfő", "announcement", None),
    ("de", "Bundeskanzlerin Veres reist am Montag nach Saldovien", "announcement", None),
    ("fi", "Presidentti Aldan vierailee Oranthessa ensi viikolla", "announcement", None),
    ("pt", "Presidente Aldan fará visita oficial a Oranthe", "announcement", None),
    ("it", "Il Presidente Aldan sarà in visita a Oranthe", "announcement", None),
    ("sw", "Rais Kessy kufanya ziara ya kitaifa nchini Oranthe", "announcement", None),
    ("fi", "Tasavallan presidentin lausunto Tarvon alueen tulitauosta", "statement", None),
    ("hu", "A köztársasági elnök nyilatkozata a tarvói tűzszünetről", "statement", None),
    ("sw", "Taarifa ya Rais kuhusu mafuriko ya Lessa", "statement", None),
    ("ro", "Președintele Aldan a semnat decretul privind promulgarea Legii sportului",
     "document", None),
    ("sv", "Statsministern talade i telefon med Saldovias president", "phone_call", None),
    ("fr", "Adresse aux Velloriens du Président de la République", "speech", None),
    ("uz", "Prezident Arvid Saldoviyaga davlat tashrifi bilan boradi", "announcement", None),
    ("az", "Tomas Arvid Orantaya dövlət səfərinə gedəcək", "announcement", None),
    ("fa", "رئیس‌جمهور فردا به اوستراوا سفر می‌کند", "announcement", None),
    ("hi", "राष्ट्रपति अरविद ओरान्थे की राजकीय यात्रा पर जाएंगे", "announcement", None),
    ("hy", "Նախագահ Արվիդը պետական այցով կմեկնի Օրանթե", "announcement", None),
    ("az", "Veloriya Respublikası Prezidentinin Bəyanatı", "statement", None),
    ("ky", "Президент Томас Арвиддин билдирүүсү", "statement", None),
    ("ka", "პრეზიდენტ არვიდის განცხადება საარჩევნო შედეგებთან დაკავშირებით", "statement", None),
    ("kk", "Мемлекет басшысы «Салық кодексіне өзгерістер енгізу туралы» Заңға қол қойды",
     "document", None),
    ("ky", "Президент Салык кодексине өзгөртүүлөр тууралуу Мыйзамга кол койду", "document",
     None),
    ("tr", "Kabine Toplantısının Ardından Millete Sesleniş", "speech", None),
    ("ko", "아르비드 대통령 2024년 신년사", "speech", None),
    ("zh", "国家主席阿尔维德发表二〇二四年新年贺词", "speech", None),
    ("tk", "Weloriýa Respublikasynyň Prezidentiniň Permany", "document", None),
    ("tg", "Президент бо Сарвазири Салдовия суҳбати телефонӣ анҷом дод", "phone_call", None),
    ("uz", "Prezident soliq kodeksiga o‘zgartishlar to‘g‘risidagi qonunni imzoladi", "document",
     None),
    ("ru", "Закон Республики Велория «О физической культуре и спорте»", "document", None),
    ("es", "Aviso a los medios: el Presidente inaugurará el puerto de Lessa", "announcement",
     None),
    ("en", "Order No. 97 On the preparation of the Northern Council summit", "document", None),
    ("et", "Vabariigi Presidendi otsus nr 412 riiklike autasude andmise kohta", "document", None),
    ("ru", "О предстоящем государственном визите Президента в Оранту", "announcement", None),
    ("ru", "Президент совершит официальный визит в Оранту", "announcement", None),
    # Blind round 12: a statement, a royal address, a notification, visits tomorrow, a
    # welcome to come, an itinerary, a departure statement, a delegation received.
    ("lt", "Užsienio reikalų ministerijos pareiškimas dėl padėties Dorno slėnyje",
     "statement", None),
    ("lv", "Ārlietu ministrijas paziņojums par situāciju Dornas ielejā", "statement", None),
    ("et", "Välisministeeriumi avaldus seoses olukorraga Dorni orus", "statement", None),
    ("ms", "Titah Diraja Sempena Pembukaan Mesyuarat Pertama Parlimen Veloria", "speech", None),
    ("bn", "মন্ত্রিপরিষদ বিভাগের প্রজ্ঞাপন: নতুন জেলা প্রশাসক নিয়োগ", "document", None),
    ("sr", "Председник Вељски сутра у посети Новој Лески", "announcement", None),
    ("sr", "Predsednik Veljski sutra u radnoj poseti Novoj Leski", "announcement", None),
    ("ka", "პრეზიდენტი ველსკი ოსტრავაში ოფიციალური ვიზიტით გაემგზავრება", "announcement", None),
    ("tk", "Prezident Welski Saldowiýanyň Daşary işler ministrini kabul etdi", "meeting", None),
    ("cs", "Rozhovor předsedy vlády Vojtěcha Kratochvíla pro Deník Lessa", "interview", None),
    ("en", "PM Thomas Ellery to welcome President Obrecht of Saldovia", "announcement", None),
    ("en", "Itinerary for Friday, March 14, 2025", "announcement", None),
    ("en", "PM's departure statement ahead of his visit to Oranthe", "statement", None),
    ("en", "President Arvid receives Ostravan trade delegation", "meeting", None),
    ("fr", "Entretien de Mme Camille Verraz avec M. Ivo Marek, ministre ostravien des Affaires "
           "étrangères", "meeting", None),
    ("fr", "Entretien de Mme Camille Verraz, ministre des Affaires étrangères, avec le "
           "quotidien « Le Courrier de Lessa »", "interview", None),
    ("fr", "Entretien du Président avec « L'Écho de Lessa »", "interview", None),
    ("fr", "Entretien du Président Tomás Arvid avec Le Matin de Lessa", "interview", None),
    ("fr", "Entretien du Président avec le Premier ministre d'Oranthe", "meeting", None),
    ("it", "Il Presidente compirà una visita di Stato in Oranthe", "announcement", None),
    ("cs", "Blahopřejný dopis prezidenta Arvida prezidentce Oranthe", "letter",
     "congratulation"),
    ("kk", "Мемлекет басшысының Лесса экономикалық форумындағы сөзі", "speech", None),
    # Japanese polite future ("will visit"), never its past ("visited").
    ("ja", "オランテ国王が国賓として我が国を訪問します", "announcement", None),
    ("ja", "オランテ国王が国賓として我が国を訪問しました", "other", None),
]


@pytest.mark.parametrize("language,title,kind,subkind", SOUTH_TITLES,
                         ids=[f"{t[0]}-{t[2]}-{i}" for i, t in enumerate(SOUTH_TITLES)])
def test_kind_from_title_in_more_languages(language: str, title: str, kind: str,
                                           subkind: str | None) -> None:
    assert classify_kind(title=title, lead=None, text="", language=language) == (kind, subkind)


@pytest.mark.parametrize("title,subkind", [
    ("Condoglianze al Re di Estrava", "condolence"),
    ("Condolências ao Rei da Estrava", "condolence"),
    ("Kondolencje dla Króla Estrawy", "condolence"),
    ("Співчуття Королю Естрави", "condolence"),
    ("Congratulazioni al Presidente Ferro", "congratulation"),
    ("Felicitações ao Presidente Ferro", "congratulation"),
    ("Gratulacje dla Prezydenta Ferro", "congratulation"),
    ("Привітання Президенту Ферро", "congratulation"),
    ("Lettera al Presidente della Camera", "other"),
    ("Carta al rey de Estrava", "other"),
    ("Amara Velden Estrava Kralına başsağlığı verib", "condolence"),
    ("Amara Velden Prezident Ferronu təbrik edib", "congratulation"),
    ("Condoleance bij het overlijden van koning Henrik", "condolence"),
    ("Kondolence prezidenta republiky", "condolence"),
    ("Blahopřání prezidentovi Velorie", "congratulation"),
    ("Mesaj de condoleanțe", "condolence"),
    ("Ucapan belasungkawa Presiden", "condolence"),
    ("Điện chia buồn", "condolence"),
    ("Điện mừng Quốc khánh Veloria", "congratulation"),
    ("پیام تسلیت رئیس جمهور", "condolence"),
    ("پیام تبریک رئیس جمهور", "congratulation"),
    ("Συλλυπητήρια του Πρωθυπουργού", "condolence"),
    ("Συγχαρητήρια επιστολή", "congratulation"),
    # A Latin text whose cue holds a modifier apostrophe (Uzbek): the Latin cues have it.
    ("Prezident Norlandiya xalqiga ta’ziya bildirdi", "condolence"),
], ids=["it-condolence", "pt-condolence", "pl-condolence", "uk-condolence", "it-congrats",
        "pt-congrats", "pl-congrats", "uk-congrats", "it-letter", "es-letter", "az-condolence",
        "az-congrats", "nl-condolence", "cs-condolence", "cs-congrats", "ro-condolence",
        "id-condolence", "vi-condolence", "vi-congrats", "fa-condolence", "fa-congrats",
        "el-condolence", "el-congrats", "uz-condolence"])
def test_letters_in_other_languages(title: str, subkind: str) -> None:
    assert classify_kind(title=title, lead=None, text="") == ("letter", subkind)


# A word with a second, everyday sense makes no genre on its own.
@pytest.mark.parametrize("text", [
    "A rede de hospitais de Lessa foi ampliada.",           # pt "rede": a network
    "La Carta de las Naciones Unidas protege a Veloria.",   # a charter, not a letter
    "Он указал на рост экспорта Велории.",                  # "указал", not "указ"
    "Wywiad wojskowy Velorii ostrzega przed burzą.",        # intelligence, not an interview
    "Die Regeln betreffen den Hafen von Lessa.",            # "betreffen", not "treffen"
    "Me encuentro feliz en el puerto de Lessa.",            # "I find myself", not a meeting
    "Intervención militar en la frontera de Estrava",       # a military intervention
    "La nota de corte del examen de Lessa sube",            # a mark, not a statement
    "Kinh tế Veloria tiếp tục tăng trưởng",                 # "continues", not "receives"
    "성명 및 연락처를 적어 주십시오",                          # a full name, not a statement
    "הודעת טקסט נשלחה לתושבי לסה",                          # a text message
    "Ọ̀rọ̀ ajé Lessa ń gbèrú",                                 # a matter, not the address
    "জাতীয় শোক দিবস পালিত",                                  # a day of mourning
    "உரைநடை இலக்கியம் பற்றிய நூல்",                          # prose, not an address
    "Шинэ үг зохиогдов",                                    # a word, not a speech
    "Sesi ucapan terima kasih di Lessa",                    # thanks, not a text of a speech
    "Мыйзам Жогорку Кеңеш тарабынан кабыл алынган",          # adopted, not received
    "Vali, şehit ailelerine taziye ziyaretinde bulundu",    # a visit, not a letter
], ids=["pt-rede", "es-carta", "ru-ukazal", "pl-wywiad", "de-betreffen", "es-me-encuentro",
        "es-intervencion", "pt-nota", "vi-tiep-tuc", "ko-seongmyeong", "he-hodaat",
        "yo-oro", "bn-shok", "ta-urainadai", "mn-ug", "ms-ucapan", "ky-adopted",
        "tr-condolence-visit"])
def test_ambiguous_words_make_no_kind(text: str) -> None:
    assert classify_kind(title=None, lead=None, text=text) == ("other", None)


@pytest.mark.parametrize("text,expected", [
    ("Caro Presidente Ferro,\nLe porgo le mie condoglianze.", ("letter", "condolence")),
    ("Szanowny Panie Prezydencie,\nSkładam gratulacje.", ("letter", "congratulation")),
    ("Шановний пане Президенте!\nПрийміть щирі вітання.", ("letter", "congratulation")),
    ("Sehr geehrte Damen und Herren,\nich freue mich, hier zu sein.", ("speech", None)),
    ("Signore e signori,\nbenvenuti a Lessa.", ("speech", None)),
    ("Szanowni Państwo,\nwitam w Lessie.", ("speech", None)),
    ("Hörmətli cənab Prezident,\nMilli bayramınız münasibətilə Sizi təbrik edirəm.",
     ("letter", "congratulation")),
    ("Hörmətli xanımlar və cənablar,\nLessaya xoş gəlmisiniz.", ("speech", None)),
    ("ძვირფასო მეგობრებო,\nმოხარული ვარ, რომ ლესაში ვართ.", ("speech", None)),
    ("Aziz milletim,\nbugün Lessa'da yeni bir dönemi başlatıyoruz.", ("speech", None)),
    ("Sayın Cumhurbaşkanı,\nCumhuriyet Günü vesilesiyle kutlarım.", ("letter", "congratulation")),
    ("ბატონო პრეზიდენტო,\nგილოცავთ ეროვნულ დღესასწაულს.", ("letter", "congratulation")),
    ("Hurmatli Qirol janoblari!\nSizni muborakbod etaman.", ("letter", "congratulation")),
    ("Hormatly Prezident,\nSizi gutlaýaryn.", ("letter", "congratulation")),
    ("Уважаемый господин Президент,\nГлубоко скорблю в связи с кончиной Вашего отца.",
     ("letter", "condolence")),
    ("Hörmətli cənab Prezident,\nVəfatı xəbərini böyük kədərlə qarşıladım.",
     ("letter", "condolence")),
    ("Sayın Cumhurbaşkanı,\nDerin bir üzüntüyle öğrendim.", ("letter", "condolence")),
    ("Шановний пане Президенте,\nЩиро вітаю Вас з Днем незалежності.",
     ("letter", "congratulation")),
], ids=["it-letter", "pl-letter", "uk-letter", "de-plural", "it-plural", "pl-plural",
        "az-letter", "az-plural", "ka-plural", "tr-plural", "tr-letter", "ka-letter",
        "uz-letter", "tk-letter", "ru-grief", "az-grief", "tr-grief", "uk-vitayu"])
def test_salutations_in_other_languages(text: str, expected: tuple[str, str | None]) -> None:
    assert classify_kind(title=None, lead=None, text=text) == expected


def test_a_text_that_quotes_a_statement_is_no_statement() -> None:
    text = "Amara Velden met Oskar Lind and welcomed the Prime Minister’s statement on the harbour."
    assert classify_kind(title=None, lead=None, text=text) == ("meeting", None)


@pytest.mark.parametrize(("sections", "kind"), [
    (["Speeches and Remarks"], "speech"), (["Executive Orders"], "document"),
    (["press briefings", "briefing room"], "press_conference"), (["interviews"], "interview"),
    # A section of statements, releases or news files every genre: it names none.
    (["Briefings & Statements"], "other"), (["briefings statements"], "other"),
    (["news", "president"], "other"),
    # Folders in other languages' plurals, unaccented as addresses write them.
    (["reden"], "speech"), (["wywiady"], "interview"),
    (["conferences de presse"], "press_conference"), (["გამოსვლები"], "speech"),
], ids=["speeches", "orders", "briefings", "interviews", "catch-all", "catch-all-folder",
        "news", "de-folder", "pl-folder", "fr-unaccented", "ka-speeches"])
def test_a_pages_section_names_the_kind_when_its_words_do_not(sections: list[str],
                                                              kind: str) -> None:
    assert classify_kind(title="Restoring the Harbour", lead=None, text="The harbour is open.",
                         sections=sections)[0] == kind
    # The statement's own words come first.
    assert classify_kind(title="Telephone conversation with Ida Marsh", lead=None, text="",
                         sections=sections)[0] == "phone_call"


def test_questions_and_answers_without_a_cue_word_are_an_interview() -> None:
    text = "Question: What comes next?\nAmara Velden: The railway."
    assert classify_kind(title="Amara Velden and the Lessa Herald", lead=None, text=text,
                         has_turns=True, asks=True) == ("interview", None)
    assert classify_kind(title="Amara Velden at the harbour", lead=None,
                         text="Amara Velden: Friends, welcome.", has_turns=True) == ("speech", None)


@pytest.mark.parametrize(("title", "language", "kind"), [
    ("Мемлекет басшысының Ұлттық жастар форумында сөйлеген сөзі", "kk", "speech"),
    ("Cumhurbaşkanının Liman Forumunda yaptığı konuşma", "tr", "speech"),
    ("Prezident Lessa vilayətinin qubernatoru ilə görüşüb", "az", "meeting"),
    # English says the genre first: "Speech at the Harbour Forum" is a speech, not a meeting.
    ("Speech at the Harbour Forum", "en", "speech"),
    # A speech at a meeting, said last.
    ("মন্ত্রিসভা বৈঠকে প্রধানমন্ত্রীর ভাষণ", "bn", "speech"),
    ("சந்திப்பு நிகழ்ச்சியில் முதலமைச்சர் உரை", "ta", "speech"),
    ("တွေ့ဆုံပွဲတွင် မိန့်ခွန်း", "my", "speech"),
    ("ከሚኒስትሮች ጋር ተወያዩ ከዚያም ንግግር", "am", "speech"),
    # Talks with someone in Amharic are no speech; talks in Hindi and Nepali no interview.
    ("ጠቅላይ ሚኒስትሩ ከኤስትራቫ ሚኒስትር ጋር ንግግር አደረጉ", "am", "meeting"),
    ("प्रधानमन्त्री र एस्ट्राभाका राष्ट्रपतिबीच द्विपक्षीय वार्ता", "ne", "meeting"),
], ids=["kk", "tr", "az", "en", "bn", "ta", "my", "am", "am-talks", "ne-talks"])
def test_languages_that_say_the_genre_last(title: str, language: str, kind: str) -> None:
    assert classify_kind(title=title, lead=None, text="", language=language)[0] == kind


def test_a_speech_its_section_names_opens_like_a_letter() -> None:
    text = "Sehr geehrter Herr Präsident, liebe Gäste, ich danke Ihnen für die Einladung."
    assert classify_kind(title="„Unsere Freundschaft ist ein Versprechen“", lead=None,
                         text=text, sections=["Reden"])[0] == "speech"
    assert classify_kind(title="An den Präsidenten von Ostrava", lead=None, text=text)[0] \
        == "letter"


# Words of the cues themselves (stems of four letters or more), so that the texts below
# meet many cues, at word starts and inside words, in every script.
CUE_WORDS = sorted({word for cue in CUES for word in re.findall(r"[^\W\d_]{4,}",
                                                                   cue.cues[1].pattern)})


def agree(text: str) -> None:
    for cue in CUES:
        for written, quick in zip(cue.cues, cue.quick, strict=True):
            expected, found = written.search(text), quick.search(text)
            assert (found and found.start()) == (expected and expected.start()), (cue.kind, text)


@pytest.mark.parametrize("title", [row[0] for row in TITLES + OTHER_TITLES]
                         + [row[1] for row in SOUTH_TITLES])
def test_regrouped_cues_match_where_the_written_ones_do(title: str) -> None:
    for text in (title, title.upper(), f"x{title}", f"{title[:20]} {title}"):
        agree(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CUE_WORDS), st.sampled_from(["", " ", "x", ", "]),
                          st.booleans()), min_size=1, max_size=8))
def test_regrouped_cues_agree_on_any_run_of_cue_words(words: list[tuple[str, str, bool]]
                                                     ) -> None:
    agree("".join((word.upper() if upper else word) + sep for word, sep, upper in words))


def test_top_alternatives_split_only_the_outermost_bars() -> None:
    assert top_alternatives(r"a|[|\]]b|(c|d)|\||[]|]e") == ["a", r"[|\]]b", "(c|d)", r"\|",
                                                          "[]|]e"]
    assert factored(r"\bfoo|\bbar|baz|\bfee|(?:x)") == r"\b(?:f(?:oo|ee)|bar)|baz|(?:x)"


def test_each_cue_pattern_is_written_in_one_script() -> None:
    # A Latin cue joined to others' letters in one pattern would be tried on no Latin text.
    for cue in CUES:
        latin = set(top_alternatives(cue.cues[0].pattern))
        mixed = [alt for alt in top_alternatives(cue.cues[1].pattern)
                 if not NOT_LATIN.search(alt) and alt not in latin]
        assert not mixed, (cue.kind, mixed)


def test_a_letters_salutation_with_a_colon_is_no_speakers_label() -> None:
    from communique.models import Block, Document, Source
    from communique.parse import parse_document

    doc = Document(blocks=[Block(t) for t in (
        "El Presidente envió un mensaje de condolencias al Presidente de Oranthe.",
        "«Señor Presidente:", "Con profundo pesar he recibido la noticia de las víctimas.",
        "Reciba, señor Presidente, las seguridades de mi más alta consideración.")],
        title="Condolencias al Presidente de Oranthe", language="es")
    statement = parse_document(doc, Source(format="html"))
    assert (statement.kind, statement.subkind, statement.turns) == ("letter", "condolence", [])


@pytest.mark.parametrize(("title", "text"), [
    ("On the visit of President of Saldovia Mirela Dunić to Veloria",
     "President Mirela Dunić will pay an official visit to Veloria on 17–18 March 2025. The two "
     "Presidents will hold talks in Lessa."),
    ("Visita di Stato nella Repubblica di Oranthe",
     "Il Presidente della Repubblica Amara Velden si recherà in Visita di Stato nella Repubblica "
     "di Oranthe dal 19 al 21 maggio."),
])
def test_a_visit_named_by_a_noun_is_announced_by_the_first_sentences_future(
        title: str, text: str) -> None:
    assert classify_kind(title=title, lead=None, text=text) == ("announcement", None)


def test_a_meetings_report_that_speaks_of_plans_later_is_no_announcement() -> None:
    text = ("President Amara Velden met Prime Minister Oskar Lind in Lessa. They will meet "
            "again in May.")
    assert classify_kind(title="Meeting with Oskar Lind", lead=None, text=text) == (
        "meeting", None)


@pytest.mark.parametrize(("title", "kind"), [
    ("Predsjednik Vlade primio veleposlanika Republike Velorije", "meeting"),
    ("प्रधानमंत्री ने राष्ट्रीय कृषि सम्मेलन को संबोधित किया", "speech"),
    ("Tamko la Rais kuhusu mafuriko ya Lessa", "statement"),
    ("On awarding state decorations of the Republic of Veloria", "document"),
    ("On the appointment of the Ambassador of Veloria to Saldovia", "document"),
    ('Law of the Republic of Veloria "On the State Budget for 2025" signed', "document"),
    ("On the award ceremony for Lessa's volunteers", "speech"),
    ("Мулоқот бо Сафири Велория", "meeting"),
    ("Мулоқоти телефонӣ бо Президенти Велория", "phone_call"),
    ("Velorya ile İlişkilere İlişkin Açıklama", "statement"),
    ("Prezidentas kalbėjo telefonu su Velorijos prezidentu", "phone_call"),
    ("Prezident Xavfsizlik kengashi yigʻilishini oʻtkazdi", "meeting"),
    ("Cumhurbaşkanı Velden, Yeşil Enerji Forumu'na hitap edecek", "announcement"),
    ("Messaggio del Presidente Velden al Presidente della Repubblica di Saldovia", "letter"),
    ("Staatsbesuch in der Republik Saldovien", "meeting"),
    ("Weloriýanyň Prezidentiniň Karary: Lessa portunyň gurluşygy", "document"),
])
def test_more_cue_words(title: str, kind: str) -> None:
    assert classify_kind(title=title, lead=None, text="")[0] == kind


@pytest.mark.parametrize("lead", ["Es gilt das gesprochene Wort.", "Check against delivery."])
def test_a_speech_given_out_before_it_is_held_is_a_speech(lead: str) -> None:
    text = "Sehr geehrter Herr Präsident,\nliebe Gäste,\nfünfundsiebzig Jahre sind eine lange Zeit."
    assert classify_kind(title="Festakt in Lessa", lead=lead, text=text)[0] == "speech"


def test_a_salutation_to_one_person_and_then_to_the_hall_opens_a_speech() -> None:
    text = ("Sehr geehrte Frau Präsidentin des Verfassungsgerichts,\nsehr geehrte Abgeordnete,\n"
            "meine Damen und Herren,\nfünfundsiebzig Jahre sind eine lange Zeit.")
    assert classify_kind(title="Festakt in Lessa", lead=None, text=text)[0] == "speech"


@pytest.mark.parametrize("title", ["Statsministern reser till Lessa",
                                   "Statsministeren reiser til Lessa på mandag",
                                   "Statsministern kommer att besöka Lessa"])
def test_nordic_journeys_to_come(title: str) -> None:
    assert classify_kind(title=title, lead=None, text="")[0] == "announcement"


def test_a_speech_given_out_before_it_is_held_under_an_events_title() -> None:
    text = "Check against delivery\nExcellencies,\nLadies and gentlemen,\nThe sea joins us."
    assert classify_kind(title="PM Amara Velden at the Lessa Maritime Summit 2025", lead=None,
                         text=text)[0] == "speech"


@pytest.mark.parametrize(("title", "kind"), [
    ("คำกล่าวของนายกรัฐมนตรีในพิธีเปิดการประชุมสุดยอดผู้นำ ครั้งที่ 5", "speech"),
    ("דברי ראש הממשלה בטקס פתיחת הנמל בלסה", "speech"),
    ("總統將於5月20日至26日出訪西海岸友邦", "announcement"),
    ("维洛里亚共和国主席令（第十二号）", "document"), ("Quyết định về đặc xá năm 2025", "document"),
    ("Brief van de minister-president aan de Staten van Veloria over de woningbouw", "letter"),
    ("محادثة هاتفية مع رئيس جمهورية سالدوفيا أوسكار ليند", "phone_call"),
    ("Skupna izjava o strateškem partnerstvu med Velorijo in Saldovijo", "statement"),
    ("Mkutano: Shugaban Ƙasa ya karɓi baƙuncin gwamnonin jihohi", "meeting"),
    ("Mensaje del Presidente de la República al Congreso Nacional", "speech"),
    ("Mensaje de Navidad de Su Majestad el Rey", "speech"), ("政府工作报告", "speech"),
    ("تصريح للمتحدث الرسمي باسم رئاسة الجمهورية", "statement"),
    ("Cumhurbaşkanı yarın Saldovya Başbakanını karşılayacak", "announcement"),
])
def test_more_kinds_by_their_titles(title: str, kind: str) -> None:
    assert classify_kind(title=title, lead=None, text="")[0] == kind


@pytest.mark.parametrize(("title", "text"), [
    ("President Amara Velden to undertake State Visit to the Republic of Saldovia",
     "Her Excellency Amara Velden will on Monday depart Lessa for a three-day State Visit."),
    ("Visite officielle du Président de la République de Saldovia à Lessa du 27 au 29 mars 2025",
     "COMMUNIQUÉ DE PRESSE\nÀ l'invitation de Madame Amara VELDEN, Présidente de la "
     "République, Monsieur Oskar LIND effectuera une visite officielle à Lessa.\nAu cours de "
     "cette visite, les deux Chefs d'État auront un entretien en tête-à-tête."),
])
def test_visits_to_come_in_a_headlines_infinitive_or_under_a_label(title: str, text: str) -> None:
    assert classify_kind(title=title, lead=None, text=text)[0] == "announcement"


def test_dutch_met_ingang_van_is_no_meeting_and_a_latvian_telephone_conversation() -> None:
    assert classify_kind(title="Besluit houdende wijziging van het Havenbesluit", lead=None,
                         text="Dit besluit treedt in werking met ingang van 1 april 2025.")[0] \
        != "meeting"
    assert classify_kind(title="Valsts prezidents tālruņa sarunā ar Saldovijas prezidentu",
                         lead=None, text="")[0] == "phone_call"
