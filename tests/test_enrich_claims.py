"""Numeric claims: the number, how approximate, what is counted, the sentence and the speaker."""

from __future__ import annotations

import pytest

from communique.enrich.claims import find_claims
from communique.enrich.dates import find_dates
from communique.enrich.speakers import speaker_lookup
from communique.models import Participant, Source, Statement, Turn


def _claims(text: str) -> list[tuple[float, str | None, str | None]]:
    found = find_claims(text, find_dates(text, "2024-05-02"), lambda _offset: None)
    return [(c.number, c.approx, c.unit) for c in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Veloria built 120 bridges.", (120, None, "bridges")),
    ("More than 16,000 shells fell on Port Lessa.", (16000, "more than", "shells")),
    ("The port had few civilian casualties, about 30, by our count.",
     (30, "about", "civilian casualties")),
    ("Almost 2.5 million tourists came.", (2.5e6, "almost", "tourists")),
    ("We invested $1.3 billion in roads.", (1.3e9, None, "USD")),
    ("Exports rose by 25 percent.", (25, None, "percent")),
    ("Up to 40 new schools will open.", (40, "up to", "new schools")),
    ("Hundreds of thousands of people came.", (1e5, "hundreds of", "people")),
    ("About a million Velorians visited.", (1e6, "about", "Velorians")),
    ("The line was held for 44 days.", (44, None, "days")),
], ids=["plain", "more-than", "unit-before", "million", "currency", "percent", "adjective",
        "magnitudes", "a-million", "duration"])
def test_claim(text: str, expected: tuple[float, str | None, str]) -> None:
    assert _claims(text) == [expected]


@pytest.mark.parametrize("text", [
    "The treaty was signed in 2018 by both.", "Talks began at 12:30 sharp.",
    "Article 5 applies here.", "On 7 October we spoke.", "How many tanks, 366 or more?",
    "The S-400 systems arrived.", "It was the 3+3 format.",
    "Many Velorians watched “60 minutes” then."],
    ids=["year", "time", "identifier", "date", "question", "model", "format", "quoted-title"])
def test_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_claim_is_the_whole_sentence() -> None:
    text = "Mr. Velden spoke. During the war we captured 366 tanks as spoils. Then peace came."
    claim = find_claims(text, [], lambda _offset: None)[0]
    assert claim.text == "During the war we captured 366 tanks as spoils."
    assert text[claim.start:claim.end] == claim.text


def _interview() -> Statement:
    text = "How many bridges?\nWe built 120 bridges.\nAnd schools?\nAbout 40 schools."
    turns = [Turn(None, "question", "How many bridges?", 0, 17),
             Turn(None, "answer", "We built 120 bridges.", 18, 39),
             Turn("Tomas Renn", "question", "And schools?", 40, 52),
             Turn("President of Veloria Amara Velden", "answer", "About 40 schools.", 53, 70)]
    return Statement(id="i", kind="interview", title=None, published_at=None, text=text,
                     source=Source(format="text"), turns=turns,
                     participants=[Participant("Amara Velden", "interviewee"),
                                   Participant("Tomas Renn", "interviewer")])


def test_speaker_from_turn_or_role() -> None:
    statement = _interview()
    claims = find_claims(statement.text, [], speaker_lookup(statement))
    assert [(c.number, c.speaker) for c in claims] == [(120, "Amara Velden"),
                                                        (40, "Amara Velden")]


def test_sole_speaker_of_a_speech() -> None:
    statement = Statement(id="s", kind="speech", title=None, published_at=None,
                          text="We built 120 bridges.", source=Source(format="text"),
                          participants=[Participant("Amara Velden", "speaker")])
    assert speaker_lookup(statement)(3) == "Amara Velden"


@pytest.mark.parametrize(("text", "expected"), [
    ("Мы построили 120 мостов.", (120, None, "мостов")),
    ("Более 16 000 снарядов упало на город.", (16000, "более", "снарядов")),
    ("Выделено 1.3 млрд долларов.", (1.3e9, None, "долларов")),
    ("Около 30 процентов.", (30, "около", "percent")),
], ids=["plain", "spaced-thousands", "scale", "percent"])
def test_russian_claim(text: str, expected: tuple[float, str | None, str]) -> None:
    assert _claims(text) == [expected]


def _local(text: str, language: str | None) -> list[tuple[float, str | None, str | None]]:
    # No dates given: the claims module must itself know a day of a month for no claim.
    found = find_claims(text, [], lambda _offset: None, language=language)
    return [(c.number, c.approx, c.unit) for c in found]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Las inundaciones afectaron a 4.500 hogares.", (4500, None, "hogares")),
    ("it", "Oltre 4.500 famiglie sono state colpite.", (4500, "oltre", "famiglie")),
    ("pt", "Cerca de 4.500 famílias foram afetadas.", (4500, "cerca de", "famílias")),
    ("de", "Rund 4.500 Haushalte waren betroffen.", (4500, "rund", "Haushalte")),
    ("fr", "Nous voulons que 12 000 familles vivent de la mer.", (12000, None, "familles")),
    ("fr", "Nous voulons que 12\u202f000 familles vivent.", (12000, None, "familles")),
    ("pl", "Zbudowano 12\u00a0000 domów.", (12000, None, "domów")),
    ("de-CH", "Veloria baute 1’000 Wohnungen.", (1000, None, "Wohnungen")),
    ("de-CH", "Veloria baute 1'000 Wohnungen.", (1000, None, "Wohnungen")),
    ("ru", "Более 16 000 снарядов упало на город.", (16000, "более", "снарядов")),
    ("es", "Veloria tiene 2,5 millones de habitantes.", (2.5e6, None, "habitantes")),
    ("es", "Llegaron 1900 soldados al puerto.", (1900, None, "soldados")),
    ("es", "Llegaron 2.5 millones de turistas.", (2.5e6, None, "turistas")),
], ids=["es-dot-group", "it-dot-group", "pt-dot-group", "de-dot-group", "fr-space",
        "fr-narrow-nbsp", "pl-nbsp", "de-CH-apostrophe", "de-CH-quote", "ru-space", "es-decimal",
        "es-plural-not-a-year", "es-english-decimal"])
def test_separators_by_language(language: str, text: str,
                                expected: tuple[float, str | None, str]) -> None:
    assert _local(text, language) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le port coûtera 240 millions d'euros.", (240e6, None, "EUR")),
    ("fr", "Plus de 3,5 milliards d’euros ont été investis.", (3.5e9, "plus de", "EUR")),
    ("fr", "Un budget de 2 milliards €.", (2e9, None, "EUR")),
    ("de", "Im vergangenen Jahr wurden hier 3,2 Millionen Tonnen Fracht umgeschlagen.",
     (3.2e6, None, "Tonnen")),
    ("de", "Die Kosten betragen 1,5 Mrd. Euro.", (1.5e9, None, "EUR")),
    ("de", "Wir investieren 2,5 Mio. € in Schulen.", (2.5e6, None, "EUR")),
    ("de-CH", "Der Bau kostet 3.5 Mio. Franken.", (3.5e6, None, "CHF")),
    ("es", "Se invertirán 1.200 millones de euros.", (1.2e9, None, "EUR")),
    ("es", "Veloria recibió 3 mil millones de dólares.", (3e9, None, "USD")),
    ("it", "Sono stati stanziati 3,5 miliardi di euro.", (3.5e9, None, "EUR")),
    ("pt", "Foram investidos 2 mil milhões de euros.", (2e9, None, "EUR")),
    ("ru", "Выделено 1,3 млрд рублей.", (1.3e9, None, "RUB")),
    ("ru", "Выделено 1.3 млрд долларов.", (1.3e9, None, "USD")),
    ("ru", "Бюджет составит 5 трлн ₽.", (5e12, None, "RUB")),
    ("uk", "Виділено 2 мільйони гривень.", (2e6, None, "UAH")),
    ("uk", "Понад 300 тис. людей виїхали.", (3e5, "понад", "людей")),
    ("pl", "Przeznaczono 5 mld zł na drogi.", (5e9, None, "PLN")),
    ("pl", "Ponad 12 tys. osób przyszło.", (12000, "ponad", "osób")),
    ("nl", "Veloria investeert 2,5 miljard euro in havens.", (2.5e9, None, "EUR")),
    ("es", "Veloria recibió 3 mil\u00a0millones de dólares.", (3e9, None, "USD")),
], ids=["fr-millions-d-euros", "fr-milliards", "fr-euro-sign", "de-millionen", "de-mrd",
        "de-mio-sign", "de-CH-franken", "es-millones", "es-mil-millones", "it-miliardi",
        "pt-mil-milhoes", "ru-mlrd-rub", "ru-english-decimal", "ru-rouble-sign", "uk-hryvnias",
        "uk-tys", "pl-zloty", "pl-tys", "nl-miljard", "es-nbsp-scale"])
def test_scale_and_currency_by_language(language: str, text: str,
                                        expected: tuple[float, str | None, str]) -> None:
    assert _local(text, language) == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le chômage a baissé de 12 %."), ("fr", "Le chômage a baissé de 12 pour cent."),
    ("de", "Die Arbeitslosigkeit sank um 12 Prozent."), ("es", "El paro bajó un 12 por ciento."),
    ("it", "La disoccupazione è scesa del 12 per cento."),
    ("ru", "Безработица снизилась на 12 процентов."), ("pl", "Bezrobocie spadło o 12 procent."),
    ("uk", "Безробіття знизилося на 12 відсотків."),
])
def test_percent_by_language(language: str, text: str) -> None:
    assert _local(text, language) == [(12, None, "percent")]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Convocaremos la comisión antes del 30 de junio."),
    ("es", "El 1 de enero de 2024 empezó la pesca."),
    ("fr", "Le 14 juillet 2024 nous fêtons."), ("de", "Am 30. Juni beginnt die Saison."),
    ("de", "Der 2. Platz ging an Veloria."), ("de", "Die Sitzung am 30.06.2024 war kurz."),
    ("it", "Il 30 giugno firmeremo."), ("pt", "No dia 30 de junho assinaremos."),
    ("ru", "Встреча пройдёт 30 июня 2024 года."), ("uk", "Зустріч відбудеться 30 червня."),
    ("pl", "Spotkanie odbędzie się 30 czerwca."), ("es", "En 2023 los precios subieron."),
    ("it", "Nel 2023 le esportazioni sono cresciute."), ("de", "Das Treffen beginnt um 12 Uhr."),
    ("es", "La reunión será a las 12.30 horas."), ("fr", "Environ 1,300 navires."),
    ("de", "Der Vertrag nach Artikel 5 gilt."), ("ru", "Указ № 5 вступил в силу."),
    ("de", "Es wurden 300 gebaut."), ("de", "Der Index stieg auf 0.500 Punkte."),
], ids=["es-day", "es-day-year", "fr-day", "de-day", "de-ordinal", "de-numeric-date", "it-day",
        "pt-day", "ru-day", "uk-day", "pl-day", "es-year", "it-year", "de-time", "es-time",
        "fr-ambiguous-comma", "de-article", "ru-number-sign", "de-no-noun",
        "de-zero-group"])
def test_no_claim_by_language(language: str, text: str) -> None:
    assert _local(text, language) == []


def test_duration_is_a_claim_in_german_as_in_english() -> None:
    assert _local("Seit 150 Jahren ist dieser Hafen das Herz der Region.", "de") == [
        (150, None, "Jahren")]
    assert _claims("The port has been the heart of the region for 150 years.") == [
        (150, None, "years")]


@pytest.mark.parametrize("language", [None, "en", "sw"])
def test_english_reading_without_conventions(language: str | None) -> None:
    text = "Veloria lost 4.500 tonnes, and 1,300 homes were built."
    assert _local(text, language) == [(4.5, None, "tonnes"), (1300, None, "homes")]


def test_sentence_goes_on_after_a_scale_abbreviation() -> None:
    text = "Die Kosten betragen 1,5 Mrd. Euro und mehr. Das ist viel."
    claim = find_claims(text, [], lambda _offset: None, language="de")[0]
    assert claim.text == "Die Kosten betragen 1,5 Mrd. Euro und mehr."


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "维方在3月洪灾后为4500户家庭提供了帮助。", (4500, None, "户")),
    ("zh", "新港口耗资2.4亿欧元。", (2.4e8, None, "EUR")),
    ("zh", "超过1,200名士兵参加了演习。", (1200, "超过", "名")),
    ("zh", "约4500多户家庭受灾。", (4500, "约", "户")),
    ("zh", "维洛里亚运输了3.2万吨货物。", (3.2e4, None, "吨")),
    ("zh", "投资人民币5亿。", (5e8, None, "CNY")),
    ("zh", "维洛里亚投资5亿元。", (5e8, None, "CNY")),
    ("zh", "出口增长了30%。", (30, None, "percent")),
    ("zh", "失业率下降了百分之三十。", (30, None, "percent")),
    ("zh", "失业率下降了百分之二十五点五。", (25.5, None, "percent")),
    ("zh", "失业率下降3个百分点。", (3, None, "percentage points")),
    ("zh", "有１２０座桥梁。", (120, None, "座")),
    ("ja", "ヴェロリアは約4500世帯を支援した。", (4500, "約", "世帯")),
    ("ja", "新港は2億4000万ユーロかかった。", (2.4e8, None, "EUR")),
    ("ja", "被災者は1万2千人以上に上った。", (1.2e4, "以上", "人")),
    ("ja", "予算は3兆円だった。", (3e12, None, "JPY")),
    ("ja", "失業率は12％下がった。", (12, None, "percent")),
    ("ko", "벨로리아는 4,500가구를 지원했다.", (4500, None, "가구")),
    ("ko", "새 항구에는 2억 4천만 유로가 들었다.", (2.4e8, None, "EUR")),
    ("ko", "약 4500여 명이 대피했다.", (4500, "약", "명")),
    ("ko", "총 3조 2천억 원을 투자했다.", (3.2e12, None, "KRW")),
    ("ko", "실업률은 12% 하락했다.", (12, None, "percent")),
    ("ar", "وأعرب عن شكره بعد فيضانات مارس التي طالت 4500 منزل.", (4500, None, "منزل")),
    ("ar", "طالت الفيضانات ٤٥٠٠ منزل.", (4500, None, "منزل")),
    ("ar", "كلف الميناء ٢٫٤ مليار يورو.", (2.4e9, None, "EUR")),
    ("ar", "بلغت الصادرات ١٬٢٠٠ مليون دولار.", (1.2e9, None, "USD")),
    ("ar", "وصل أكثر من 300 جندي.", (300, "أكثر من", "جندي")),
    ("ar", "بنت الحكومة مدارس و2,500 منزل.", (2500, None, "منزل")),
    ("ar", "انخفضت البطالة بنسبة 12 في المئة.", (12, None, "percent")),
    ("ar", "انخفضت البطالة بنسبة ١٢٪.", (12, None, "percent")),
    ("ar", "بلغت التكلفة 500 مليون ريال.", (5e8, None, "ريال")),
    ("fa", "بیش از ۴۵۰۰ خانه آسیب دید.", (4500, "بیش از", "خانه")),
    ("fa", "بیکاری ۳۰ درصد کاهش یافت.", (30, None, "percent")),
    ("tr", "Veloria 4.500 eve yardım etti.", (4500, None, "eve")),
    ("tr", "Yeni liman 3,2 milyon ton yük taşıdı.", (3.2e6, None, "ton")),
    ("tr", "Yatırım 2,4 milyar avro oldu.", (2.4e9, None, "EUR")),
    ("tr", "Liman 500 milyon TL tuttu.", (5e8, None, "TRY")),
    ("tr", "Yaklaşık 300 asker geldi.", (300, "yaklaşık", "asker")),
    ("tr", "4.500'den fazla ev yıkıldı.", (4500, "fazla", "ev")),
    ("tr", "İşsizlik yüzde 30 düştü.", (30, None, "percent")),
    ("tr", "İhracat %12 arttı.", (12, None, "percent")),
], ids=lambda value: value if isinstance(value, str) and len(value) < 4 else None)
def test_claim_in_east_asian_and_arabic_scripts(language: str, text: str,
                                                expected: tuple[float, str | None, str]) -> None:
    assert _local(text, language) == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "会议于2025年4月7日举行。"), ("zh", "6月30日前完成。"), ("zh", "第3次会议开始了。"),
    ("zh", "会议在14时30分开始。"), ("zh", "下午3点见。"), ("zh", "他们在10多年里努力。"),
    ("zh", "5G网络覆盖全国。"), ("zh", "G20峰会召开。"), ("zh", "这是一个3位数。"),
    ("zh", "预算为1.5万。"), ("zh", "电话：010-12345678。"), ("zh", "《2030年议程》通过了。"),
    ("zh", "你们建了120座桥吗？"), ("ja", "2025年4月7日、会合が開かれた。"),
    ("ja", "第3回会合が開かれた。"), ("ja", "午後3時に始まった。"),
    ("ko", "2025년 4월 7일 회의가 열렸다."), ("ko", "제3차 회의가 열렸다."),
    ("ko", "정부는 3원칙을 발표했다."), ("ko", "오후 3시에 시작했다."),
    ("ar", "وقع الاتفاق في 7 أبريل 2025."), ("ar", "في عام 2024 زادت الصادرات."),
    ("ar", "صدر القرار 2334 بالإجماع."), ("ar", "وقع الاتفاق في ٧ نيسان."),
    ("ar", "هل طالت الفيضانات 4500 منزل؟"), ("ar", "وصل طراز S400 ومنزل2."),
    ("fa", "در ۱۴۰۳ صادرات رشد کرد."),
    ("fa", "جلسه در ۱۵ خرداد برگزار شد."), ("tr", "Toplantı 7 Nisan 2025'te yapıldı."),
    ("tr", "2024 yılında ihracat arttı."), ("tr", "Saat 14.30'da başladı."),
    ("tr", "5 sayılı karar kabul edildi."), ("tr", "Görevinin 5. yılında konuştu."),
], ids=lambda value: value if isinstance(value, str) and len(value) < 4 else None)
def test_no_claim_in_east_asian_and_arabic_scripts(language: str, text: str) -> None:
    assert _local(text, language) == []


@pytest.mark.parametrize(("language", "text", "sentence"), [
    ("zh", "维洛里亚很美。新港口耗资2.4亿欧元！我们很高兴。", "新港口耗资2.4亿欧元！"),
    ("ja", "ヴェロリアは美しい。新港は3兆円かかった。皆が喜んだ。", "新港は3兆円かかった。"),
    ("ar", "شكرا لكم. طالت الفيضانات ٤٥٠٠ منزل. ونحن نعمل.", "طالت الفيضانات ٤٥٠٠ منزل."),
], ids=["zh", "ja", "ar-digits"])
def test_claim_text_is_the_sentence_in_its_own_script(language: str, text: str,
                                                     sentence: str) -> None:
    claim, = find_claims(text, [], lambda _offset: None, language=language)
    assert claim.text == sentence
    assert text[claim.start:claim.end] == sentence


def test_taiwan_yuan_names_no_renminbi() -> None:
    assert _local("維洛里亞投資5億元。", "zh-TW") == [(5e8, None, "元")]
    assert _local("維洛里亞投資5億元。", "zh") == [(5e8, None, "CNY")]
