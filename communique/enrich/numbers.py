"""How each language writes a quantity: separators, words of scale, currencies, percent.

Separators come from babel's locale data ("4.500" is 4500 in Spanish, "3,2" is 3.2
in German, "12 000" and "1’000" group thousands in French and Swiss German); the
words come from small tables per language.  ``conventions(None)`` and English are
``None``: the claims module then reads numbers the English way, as it always did.

Arabic and Persian digits (٤٥٠٠, ۴۵۰۰, "٢٫٤") and full-width ones (４５００) are read as
ASCII through ``NATIVE_DIGITS``, which keeps every offset.  Chinese, Japanese and Korean
write what a number counts as a word after it, unspaced ("4500户", "2.4亿欧元"): their
words are in ``east_asian``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from ..parse.language import NATIVE_DIGIT_MAP

_SPACES = " \u00a0\u202f"
_APOSTROPHES = "'’"
# A currency named before the number: "€240", "CHF 1,5 Mio.", "US$ 5".
PREFIX_CURRENCIES = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH",
                     "CHF": "CHF", "EUR": "EUR", "USD": "USD", "GBP": "GBP", "RUB": "RUB",
                     "UAH": "UAH", "PLN": "PLN", "₺": "TRY", "TRY": "TRY"}
_SUFFIX_CURRENCIES = {"€": "EUR", "$": "USD", "£": "GBP", "₽": "RUB", "₴": "UAH", "zł": "PLN",
                      "chf": "CHF", "eur": "EUR", "usd": "USD", "gbp": "GBP", "rub": "RUB",
                      "uah": "UAH", "pln": "PLN", "₺": "TRY", "try": "TRY"}
# Digits of other scripts, and Arabic's decimal, group and percent signs, as ASCII: one
# character for one, so that what is read in the translated text has the same span.
NATIVE_DIGITS = str.maketrans({**NATIVE_DIGIT_MAP, "\u066b": ".", "\u066c": ",", "\u066a": "%",
                               "\uff05": "%"})


@dataclass(frozen=True, slots=True)
class _Words:
    """One language's words about quantities, lower-cased."""

    scales: dict[str, float]
    currencies: dict[str, str]
    percent: tuple[str, ...]
    approx: tuple[str, ...]
    function_words: str
    labels: str
    of: tuple[str, ...] = ()  # "millions d'euros", "millones de personas"
    ordinal_dot: bool = False  # "3. Oktober", "3. miejsce": a number and a dot is an ordinal
    capital_nouns: bool = False  # German nouns are capitalized: a unit is one
    plural_endings: tuple[str, ...] = ()  # what "1990 hogares" must end with to count
    percent_before: tuple[str, ...] = ()  # "yüzde 30", "%30"
    approx_after: tuple[str, ...] = ()  # "4.500'den fazla ev": "more than" after the number
    months: str = ""  # month names babel's Gregorian calendar lacks ("نيسان", "فروردین")
    years: tuple[tuple[int, int], ...] = ((1800, 2100),)  # bare numbers read as years
    native_digits: bool = False  # Arabic-Indic or Persian digits and separators may be used
    prefixes: str = ""  # one-letter words written onto the next word: Arabic و, ب, ل, ف


_EURO = {"euro": "EUR", "euros": "EUR"}
_LANGUAGES: dict[str, _Words] = {
    "fr": _Words(
        scales={"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
                "md": 1e9, "mds": 1e9, "mrd": 1e9},
        currencies={**_EURO, "dollar": "USD", "dollars": "USD", "livres sterling": "GBP",
                    "rouble": "RUB", "roubles": "RUB", "hryvnias": "UAH", "hryvnia": "UAH",
                    "zlotys": "PLN", "francs suisses": "CHF", "francs": "CHF"},
        percent=("pour cent", "pourcent"),
        approx=("environ", "près de", "plus de", "moins de", "presque", "quelque", "au moins",
                "jusqu'à", "jusqu’à", "pas moins de", "quasiment", "plus d'", "plus d’"),
        function_words="""de du des d le la les l un une et ou mais à au aux en dans sur sous par
            pour avec sans que qui dont ce cet cette ces il elle ils elles on nous vous je est
            sont était ont a été sera plus moins fois environ près entre chez vers depuis pendant
            jusqu y ne pas se sa son ses leur leurs notre nos votre vos mon ma mes h heure""",
        labels="article art n° no numéro chapitre paragraphe point page section résolution "
               "décret loi alinéa",
        of=("de", "d'", "d’"), plural_endings=("s", "x")),
    "de": _Words(
        scales={"tausend": 1e3, "tsd.": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6,
                "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
                "billion": 1e12, "billionen": 1e12},
        currencies={**_EURO, "dollar": "USD", "us-dollar": "USD", "pfund sterling": "GBP",
                    "rubel": "RUB", "hrywnja": "UAH", "hrywnjas": "UAH", "franken": "CHF",
                    "złoty": "PLN", "zloty": "PLN"},
        percent=("prozent",),
        approx=("etwa", "rund", "ca.", "circa", "fast", "knapp", "über", "mehr als", "bis zu",
                "weniger als", "mindestens", "nahezu", "annähernd", "beinahe", "gut", "ungefähr"),
        function_words="""der die das den dem des ein eine einen einem einer und oder aber in im
            an am auf aus bei mit nach von vom zu zum zur für über unter um bis seit als wie ist
            sind war waren hat haben wird werden wurde wurden sein nicht auch noch mehr weniger
            mal pro je etwa rund sich es er sie wir ihr ich uhr jahr""",
        labels="artikel art nr nummer absatz abs kapitel paragraph paragraf punkt seite "
               "abschnitt ziffer gesetz resolution",
        ordinal_dot=True, capital_nouns=True),
    "es": _Words(
        scales={"mil": 1e3, "mil millones": 1e9, "millón": 1e6, "millones": 1e6,
                "billón": 1e12, "billones": 1e12},
        currencies={**_EURO, "dólar": "USD", "dólares": "USD", "libras esterlinas": "GBP",
                    "rublo": "RUB", "rublos": "RUB", "grivnas": "UAH", "francos suizos": "CHF",
                    "zlotys": "PLN", "eslotis": "PLN"},
        percent=("por ciento",),
        approx=("unos", "unas", "cerca de", "casi", "más de", "menos de", "alrededor de",
                "aproximadamente", "hasta", "al menos", "por lo menos", "en torno a"),
        function_words="""de del la las el los lo un una unos unas y e o u pero a al en con sin por
            para sobre entre hasta desde que quien cual este esta estos estas ese esa es son fue
            fueron ha han se su sus nuestro nuestra nuestros nuestras más menos veces casi año""",
        labels="artículo art núm número capítulo párrafo punto página sección resolución "
               "decreto ley apartado",
        of=("de",), plural_endings=("s",)),
    "it": _Words(
        scales={"mila": 1e3, "milione": 1e6, "milioni": 1e6, "mln": 1e6, "miliardo": 1e9,
                "miliardi": 1e9, "mld": 1e9, "mld.": 1e9, "mln.": 1e6},
        currencies={"euro": "EUR", "dollaro": "USD", "dollari": "USD", "sterline": "GBP",
                    "rublo": "RUB", "rubli": "RUB", "grivnie": "UAH", "franchi svizzeri": "CHF",
                    "zloty": "PLN"},
        percent=("per cento", "percento"),
        approx=("circa", "quasi", "oltre", "più di", "meno di", "fino a", "almeno", "intorno a",
                "poco più di", "poco meno di"),
        function_words="""di del della dei degli delle il lo la i gli le un uno una e ed o ma a al
            alla ai agli alle in nel nella nei con su sul per tra fra da dal dalla che chi questo
            questa è sono era ha hanno si suo sua loro più meno volte anno""",
        labels="articolo art numero n capitolo paragrafo punto pagina sezione risoluzione "
               "decreto legge comma",
        of=("di",), plural_endings=("i", "e")),
    "pt": _Words(
        scales={"mil": 1e3, "milhão": 1e6, "milhões": 1e6, "mil milhões": 1e9, "bilhão": 1e9,
                "bilhões": 1e9},
        currencies={**_EURO, "dólar": "USD", "dólares": "USD", "libras esterlinas": "GBP",
                    "rublo": "RUB", "rublos": "RUB", "reais": "BRL", "francos suíços": "CHF"},
        percent=("por cento",),
        approx=("cerca de", "quase", "mais de", "menos de", "até", "pelo menos", "aproximadamente",
                "perto de", "por volta de"),
        function_words="""de do da dos das o a os as um uma uns umas e ou mas em no na nos nas ao
            aos com sem por para pelo pela sobre entre até desde que este esta esse essa é são
            foi foram tem têm se seu sua mais menos vezes ano""",
        labels="artigo art número nº capítulo parágrafo ponto página secção seção resolução "
               "decreto lei",
        of=("de",), plural_endings=("s",)),
    "ru": _Words(
        scales={"тыс.": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "млн": 1e6, "млн.": 1e6,
                "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9, "млрд.": 1e9,
                "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "трлн": 1e12,
                "трлн.": 1e12, "триллиона": 1e12, "триллионов": 1e12},
        currencies={"евро": "EUR", "доллар": "USD", "доллара": "USD", "долларов": "USD",
                    "долл.": "USD", "рубль": "RUB", "рубля": "RUB", "рублей": "RUB", "руб.": "RUB",
                    "гривна": "UAH", "гривны": "UAH", "гривен": "UAH", "гривень": "UAH",
                    "фунтов стерлингов": "GBP", "швейцарских франков": "CHF", "злотых": "PLN"},
        percent=("процент", "процента", "процентов"),
        approx=("около", "более", "почти", "свыше", "порядка", "примерно", "менее", "не менее",
                "не более", "до"),
        # The words the English reading of Russian refused as units, kept as they were.
        function_words="""и в во на с со по из за от до к ко о об у для что как это тех этих
            года лет году""",
        labels="статья статьи статье номер пункт пункта глава раздел страница резолюция указ "
               "закон"),
    "uk": _Words(
        scales={"тис.": 1e3, "тисяча": 1e3, "тисячі": 1e3, "тисяч": 1e3, "млн": 1e6, "млн.": 1e6,
                "мільйон": 1e6, "мільйона": 1e6, "мільйони": 1e6, "мільйонів": 1e6, "млрд": 1e9,
                "млрд.": 1e9, "мільярд": 1e9, "мільярда": 1e9, "мільярди": 1e9,
                "мільярдів": 1e9, "трлн": 1e12},
        currencies={"євро": "EUR", "долар": "USD", "долари": "USD", "доларів": "USD",
                    "гривня": "UAH", "гривні": "UAH", "гривень": "UAH", "грн": "UAH",
                    "грн.": "UAH", "рублів": "RUB", "рублі": "RUB", "фунтів стерлінгів": "GBP",
                    "злотих": "PLN"},
        percent=("відсоток", "відсотки", "відсотків"),
        approx=("близько", "понад", "майже", "більше", "менше", "щонайменше", "до", "приблизно",
                "більш ніж", "менш ніж"),
        function_words="""і й та в у на з із зі по за від до к о об для що як це року році рік""",
        labels="стаття статті номер пункт розділ сторінка резолюція указ закон"),
    "pl": _Words(
        scales={"tys.": 1e3, "tysiąc": 1e3, "tysiące": 1e3, "tysięcy": 1e3, "mln": 1e6,
                "milion": 1e6, "miliony": 1e6, "milionów": 1e6, "mld": 1e9, "miliard": 1e9,
                "miliardy": 1e9, "miliardów": 1e9, "bln": 1e12},
        currencies={"euro": "EUR", "dolar": "USD", "dolary": "USD", "dolarów": "USD",
                    "złoty": "PLN", "złote": "PLN", "złotych": "PLN", "zł": "PLN", "rubli": "RUB",
                    "hrywien": "UAH", "hrywny": "UAH", "funtów szterlingów": "GBP",
                    "franków szwajcarskich": "CHF"},
        percent=("procent", "procenty", "procentów", "proc."),
        approx=("około", "ok.", "ponad", "prawie", "blisko", "niemal", "do", "co najmniej",
                "mniej niż", "więcej niż", "przeszło"),
        function_words="""i w we na z ze po za od do o dla że jak to tych tego roku rok się nie
            jest są był była było""",
        labels="artykuł art nr numer punkt pkt rozdział strona ustęp rezolucja dekret ustawa",
        ordinal_dot=True),
    "nl": _Words(
        scales={"duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "mln.": 1e6, "miljard": 1e9,
                "mld": 1e9, "mld.": 1e9, "biljoen": 1e12},
        currencies={"euro": "EUR", "dollar": "USD", "dollars": "USD", "pond sterling": "GBP",
                    "roebel": "RUB", "zloty": "PLN", "zwitserse frank": "CHF"},
        percent=("procent",),
        approx=("ongeveer", "bijna", "meer dan", "minder dan", "ruim", "circa", "ca.", "tot",
                "zo'n", "zo’n", "minstens", "ten minste"),
        function_words="""de het een en of maar in op aan bij met van voor naar uit over onder
            tot om door als dat die dit deze is zijn was waren heeft hebben wordt worden werd
            werden niet ook nog meer minder keer jaar""",
        labels="artikel art nr nummer hoofdstuk paragraaf punt pagina resolutie besluit wet",
        of=("aan",), plural_endings=("en", "s")),
    "tr": _Words(
        scales={"bin": 1e3, "milyon": 1e6, "mn": 1e6, "milyar": 1e9, "mlr": 1e9,
                "trilyon": 1e12},
        currencies={"lira": "TRY", "liralık": "TRY", "türk lirası": "TRY", "tl": "TRY",
                    "tl'lik": "TRY", "avro": "EUR", "avroluk": "EUR", "euro": "EUR",
                    "euroluk": "EUR", "dolar": "USD", "dolarlık": "USD", "abd doları": "USD",
                    "ruble": "RUB", "sterlin": "GBP", "isviçre frangı": "CHF", "yuan": "CNY",
                    "yen": "JPY"},
        percent=(), percent_before=("yüzde", "%"),
        approx=("yaklaşık", "yaklaşik", "en az", "en fazla", "neredeyse", "tahminen",
                "hemen hemen"),
        approx_after=("'den fazla", "'dan fazla", "'ten fazla", "'tan fazla", "’den fazla",
                      "’dan fazla", "’ten fazla", "’tan fazla"),
        function_words="""ve ile veya ya bir bu şu o da de ki için olarak kadar daha en çok az
            gibi ise mi mı değil var yok kez defa kat yılında yılı yılının sayılı numaralı
            nolu inci ıncı uncu üncü""",
        labels="madde maddesi no numara sayı bölüm paragraf fıkra karar kanun yasa sayfa",
        ordinal_dot=True),
    "ar": _Words(
        scales={"ألف": 1e3, "آلاف": 1e3, "الف": 1e3, "مليون": 1e6, "ملايين": 1e6,
                "مليار": 1e9, "مليارات": 1e9, "بليون": 1e9, "تريليون": 1e12, "ترليون": 1e12},
        # Riyal, dirham, dinar, pound and lira name the money of several states: no code.
        currencies={"يورو": "EUR", "دولار": "USD", "دولارات": "USD", "دولارا": "USD",
                    "دولار أمريكي": "USD", "دولار أميركي": "USD", "روبل": "RUB", "ين": "JPY",
                    "يوان": "CNY", "جنيه إسترليني": "GBP", "جنيه استرليني": "GBP",
                    "فرنك سويسري": "CHF", "ليرة تركية": "TRY", "ريال سعودي": "SAR",
                    "ريال قطري": "QAR", "ريال عماني": "OMR", "درهم إماراتي": "AED",
                    "درهم مغربي": "MAD", "دينار كويتي": "KWD", "دينار أردني": "JOD",
                    "دينار عراقي": "IQD", "جنيه مصري": "EGP"},
        percent=("في المئة", "في المائة", "بالمئة", "بالمائة", "في المية"),
        approx=("حوالي", "حوالى", "نحو", "قرابة", "زهاء", "أكثر من", "أقل من", "ما يقرب من",
                "ما يزيد على", "ما يزيد عن", "ما لا يقل عن", "أزيد من", "حتى", "بحوالي",
                "بنحو", "لنحو", "لأكثر من", "بأكثر من"),
        function_words="""في من إلى الى على عن مع و أو ثم التي الذي الذين هذه هذا تلك ذلك أن
            إن كان كانت قد لم لن ما لا هو هي هم منذ بعد قبل حتى عام العام سنة السنة مرة مرات
            ضعف أضعاف""",
        labels="المادة مادة رقم القرار قرار البند بند الفقرة الفصل عام العام لعام سنة السنة "
               "الصفحة صفحة",
        # The Levantine and Iraqi names, which babel's Arabic lacks.
        months="""كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول
            |تشرين الثاني|كانون الأول""",
        years=((1800, 2100), (1300, 1500)), native_digits=True,  # and Hijri years
        prefixes="وبلف"),
    "fa": _Words(
        scales={"هزار": 1e3, "میلیون": 1e6, "ميليون": 1e6, "میلیارد": 1e9, "ميليارد": 1e9,
                "تریلیون": 1e12},
        currencies={"یورو": "EUR", "يورو": "EUR", "دلار": "USD", "ریال": "IRR", "ريال": "IRR",
                    "روبل": "RUB", "یوان": "CNY"},
        percent=("درصد",),
        approx=("حدود", "حدوداً", "حدودا", "بیش از", "کمتر از", "نزدیک به", "تقریبا",
                "تقریباً", "دست کم", "حداقل", "حداکثر", "بالغ بر", "بیش", "قریب به"),
        function_words="""و در از به با که این آن را برای تا یا هم بر سال ماه روز بار است بود
            شد شده می نیز""",
        labels="ماده شماره بند قطعنامه فصل صفحه سال",
        # The months of the solar calendar, in which Iran dates.
        months="فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند",
        years=((1800, 2100), (1300, 1500)), native_digits=True),  # and solar years
}
_COMMON_LABELS = "№ n° nº §"


@dataclass(frozen=True, slots=True)
class Conventions:
    """A language's way of writing quantities, compiled once."""

    number: re.Pattern[str]  # a number by the locale's separators, from its first digit
    value: dict[int, str | None]  # str.translate table: groups out, the decimal mark to "."
    decimal: str
    scale: re.Pattern[str]  # a word of scale after the number, group 1
    scales: dict[str, float]
    currency: re.Pattern[str]  # a currency after the number (or its scale), group 1
    currencies: dict[str, str]
    percent: re.Pattern[str]
    month: re.Pattern[str]  # a month after a day: "30 de junio", "30. Juni", "30 июня"
    unit: re.Pattern[str]  # up to two words after the number
    of: re.Pattern[str]  # "de " / "d'" between a scale and what it counts
    approx: frozenset[str]
    function_words: frozenset[str]
    labels: frozenset[str]
    ordinal_dot: bool
    capital_nouns: bool
    plural_endings: tuple[str, ...]
    percent_before: re.Pattern[str] | None  # "yüzde " / "%" right before the number
    approx_after: re.Pattern[str] | None  # "'den fazla" right after it, group 1
    years: tuple[tuple[int, int], ...]
    native_digits: bool


def alternation(words: Iterable[str], space: str = f"[{_SPACES}]+") -> str:
    """A regex alternation of ``words``, the longest first ("mil millones" before "mil"),
    a space in a word matching ``space``."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", space) for w in ordered)


def _locale(language: str | None) -> Locale | None:
    """babel's locale of a language code ("de-CH", "pt_BR"); None when there is none."""
    if not language:
        return None
    try:
        return Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return None


@cache
def conventions(language: str | None) -> Conventions | None:
    """The conventions of ``language`` ("de", "de-CH", "pt_BR"), or None: read it as English."""
    locale = _locale(language)
    words = _LANGUAGES.get(locale.language) if locale is not None else None
    if locale is None or words is None:
        return None
    decimal, group = get_decimal_symbol(locale), get_group_symbol(locale)
    groups = _SPACES + (_APOSTROPHES if group in _APOSTROPHES else group)
    return _compile(words, locale, decimal, groups)


def _compile(words: _Words, locale: Locale, decimal: str, groups: str) -> Conventions:
    space = f"[{_SPACES}]"
    group, mark = f"[{re.escape(groups)}]", re.escape(decimal)
    # A letter before a number makes a name ("S-400", "G7") unless it is a word of its
    # own written onto the number, as Arabic writes "and" and "with" ("و2500", "بـ2500").
    alone = (rf"(?:(?<=(?<!\w)[{words.prefixes}])|(?<=(?<!\w)[{words.prefixes}]ـ)"
             r"|(?<![\w.,:/+\-–'’]))[0-9]" if words.prefixes
             else r"[0-9](?<![\w.,:/+\-–'’][0-9])")
    number = re.compile(alone + rf"(?:[0-9]{{0,2}}(?:{group}[0-9]{{3}})+(?![0-9])|[0-9]*)"
                        rf"(?:{mark}[0-9]+)?"
                        r"(?![0-9]|[:+\-–][0-9]|[^\W\d_]|[.,'’/][0-9])")
    suffixes = {**_SUFFIX_CURRENCIES, **words.currencies}
    # "de " takes a space before the next word, "d'" none.
    of = "|".join(re.escape(w) + (f"{space}*" if w[-1] in _APOSTROPHES else f"{space}+")
                  for w in words.of) or "(?!)"
    return Conventions(
        number=number, value=str.maketrans({**dict.fromkeys(groups), decimal: "."}),
        decimal=decimal,
        scale=re.compile(rf"{space}*({alternation(words.scales)})(?!\w)", re.IGNORECASE),
        scales=words.scales,
        currency=re.compile(rf"{space}*(?:{of})?({alternation(suffixes)})(?!\w)",
                            re.IGNORECASE),
        currencies=suffixes,
        percent=re.compile(rf"{space}*(?:%|(?:{alternation(words.percent) or '(?!)'})(?!\w))",
                           re.IGNORECASE),
        month=re.compile(rf"\.?{space}*(?:(?:de|del|di)\s+)?(?:{_months(locale, words.months)})"
                         r"(?!\w)", re.IGNORECASE),
        unit=re.compile(rf"{space}*([^\W\d_]+(?:-[^\W\d_]+)*)(?:{space}+([^\W\d_]+))?"),
        of=re.compile(rf"{space}*(?:{of})(?=[^\W\d_])"),
        approx=frozenset(words.approx),
        function_words=frozenset(words.function_words.split()),
        labels=frozenset((words.labels + " " + _COMMON_LABELS).split()),
        ordinal_dot=words.ordinal_dot, capital_nouns=words.capital_nouns,
        plural_endings=words.plural_endings,
        percent_before=re.compile(rf"(?<!\w)(?:{alternation(words.percent_before)}){space}*$",
                                  re.IGNORECASE) if words.percent_before else None,
        approx_after=re.compile(rf"({alternation(words.approx_after)})(?!\w)", re.IGNORECASE)
        if words.approx_after else None,
        years=words.years, native_digits=words.native_digits)


def _months(locale: Locale, extra: str) -> str:
    """The locale's month names, in every form its dates use ("junio", "июня", "Juni")."""
    names = {" ".join(m.split()) for m in extra.split("|") if m.strip()}
    for context in ("format", "stand-alone"):
        names.update(locale.months[context]["wide"].values())
        # Abbreviations only with their dot: "mar" is also the Spanish sea.
        names.update(f"{a.rstrip('.')}." for a in locale.months[context]["abbreviated"].values())
    return alternation(n.lower() for n in names)


def read_value(digits: str, conv: Conventions) -> float | None:
    """The number ``conv.number`` matched, or None where English would read it otherwise.

    A decimal part of exactly three digits ("1,300" in French) is how English groups
    thousands: which one the writer meant cannot be told, so it is no claim.
    """
    if conv.decimal in digits:
        whole, _, fraction = digits.rpartition(conv.decimal)
        if len(fraction) == 3 and whole.isdigit() and len(whole) <= 3:
            return None
    elif digits[0] == "0" and not digits.isdigit():
        return None  # "0.500": no group starts with a zero
    return float(digits.translate(conv.value))


def english_fallback(token: str) -> bool:
    """Whether an English-written number the locale cannot read means one thing only.

    "1.3" and "1,300.5" can only be English; "1,000,000" too.  One group alone
    ("1.300" in French) could be either, and is left out.
    """
    whole, dot, fraction = token.partition(".")
    if dot:
        return len(fraction) != 3 or "," in whole
    return token.count(",") >= 2


@dataclass(frozen=True, slots=True)
class _Counted:
    """Chinese, Japanese or Korean words about quantities, written right after the number.

    What is counted is a measure word (户, 人, 吨; 世帯, 隻; 명, 가구): it is the unit, as
    a noun is elsewhere.  A number before a word of date or time (年, 月, 日, 时, 点; 년, 시),
    of rank or of times (次, 回, 번) counts nothing.
    """

    scales: dict[str, float]
    currencies: dict[str, str]  # after the number and its scale: 欧元, 円, 원
    prefix_currencies: dict[str, str]  # before it: 人民币2.4亿元
    counters: str
    not_counts: str
    percent: tuple[str, ...]
    approx: tuple[str, ...]  # before the number: 约, 約, 약
    approx_after: tuple[str, ...]  # between the number and what it counts: 多, 余, 여
    approx_last: tuple[str, ...]  # after what it counts: 以上, 左右, 이상
    ordinals: tuple[str, ...] = ("第",)  # before the number: 第3次
    spaced: bool = False  # Korean may set a space before the counter: "4,500 가구"
    # Korean: the syllables that may follow a counter (its particles: "명이", "원을"); any
    # other makes it a longer word ("3원칙", three principles, not 3 won).
    particles: str = ""


_CJK_CURRENCIES = {"美元": "USD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "卢布": "RUB",
                   "韩元": "KRW", "人民币": "CNY", "瑞士法郎": "CHF", "港元": "HKD",
                   "歐元": "EUR", "盧布": "RUB", "英鎊": "GBP", "韓元": "KRW"}
_PERCENT = ("%", "％", "パーセント", "퍼센트", "프로")
_EAST_ASIAN: dict[str, _Counted] = {
    "zh": _Counted(
        scales={"千": 1e3, "万": 1e4, "萬": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7,
                "亿": 1e8, "億": 1e8, "十亿": 1e9, "百亿": 1e10, "千亿": 1e11, "万亿": 1e12},
        currencies={**_CJK_CURRENCIES, "元": "CNY", "元人民币": "CNY"},
        prefix_currencies={"人民币": "CNY", "美元": "USD", "欧元": "EUR"},
        counters="""户 戶 人 名 位 个 個 家 所 座 套 栋 間 间 艘 架 辆 輛 台 枚 门 條 条
            项 項 件 头 只 吨 噸 公里 千米 米 平方公里 平方米 公顷 亩 公斤 千克 立方米
            兆瓦 千瓦 天 个月 小时 家庭""",
        not_counts="年 月 日 号 號 时 時 点 點 分 秒 次 倍 周年 岁 歲 届 世纪 年代 层 楼 期 位数",
        percent=_PERCENT,
        approx=("约", "大约", "將近", "将近", "接近", "超过", "超過", "逾", "多达", "至少",
                "不到", "不少于", "近"),
        approx_after=("多", "余", "餘"), approx_last=("以上", "左右", "上下", "以下")),
    "ja": _Counted(
        scales={"千": 1e3, "万": 1e4, "萬": 1e4, "百万": 1e6, "千万": 1e7, "億": 1e8,
                "兆": 1e12},
        currencies={"円": "JPY", "ドル": "USD", "米ドル": "USD", "ユーロ": "EUR", "元": "CNY",
                    "人民元": "CNY", "ウォン": "KRW", "ルーブル": "RUB", "ポンド": "GBP",
                    "スイスフラン": "CHF"},
        prefix_currencies={},
        counters="""人 名 世帯 戸 件 棟 軒 隻 機 台 校 社 基 発 両 頭 トン キロ
            キロメートル km 平方キロ ヘクタール メートル 日間 か月 カ月 ヶ月 ケ月
            時間 年間 カ国 か国 ヵ国""",
        not_counts="年 月 日 時 分 秒 回 度 位 歳 号 番 期 代 条 周年 階 倍",
        percent=_PERCENT, approx=("約", "およそ", "ほぼ", "最大", "少なくとも", "最低"),
        approx_after=("余", "超"), approx_last=("以上", "余り", "近く", "程度", "前後", "超")),
    "ko": _Counted(
        scales={"천": 1e3, "만": 1e4, "십만": 1e5, "백만": 1e6, "천만": 1e7, "억": 1e8,
                "십억": 1e9, "백억": 1e10, "천억": 1e11, "조": 1e12},
        currencies={"원": "KRW", "달러": "USD", "유로": "EUR", "엔": "JPY", "위안": "CNY",
                    "루블": "RUB", "파운드": "GBP"},
        prefix_currencies={},
        counters="""명 가구 세대 채 곳 개 개국 개월 척 톤 킬로미터 km 헥타르 미터 발 마리 건 일간
            시간 년간""",
        not_counts="년 월 일 시 분 초 회 번 번째 위 호 차 세 층 대 주년 배",
        percent=_PERCENT, approx=("약", "최대", "최소", "무려", "대략"),
        approx_after=("여",), approx_last=("이상", "가량", "정도", "남짓", "미만", "이하", "넘게"),
        ordinals=("제",), spaced=True,
        particles="이가을를은는의에으로도만과와씩까부보밖뿐어짜대인입께한조며였"),
}
# A number counts in these words only where what follows ends the word ("3명이", "3명 중").
_PERCENT_POINTS = ("个百分点", "百分点", "ポイント", "포인트", "%포인트", "%p", "％ポイント")


@dataclass(frozen=True, slots=True)
class EastAsian:
    """A language whose quantities end in a word of scale and a counter, compiled once."""

    number: re.Pattern[str]
    scale: re.Pattern[str]  # group 1: a word of scale right after a number
    scales: dict[str, float]
    after: re.Pattern[str]  # group 1: approx after; group 2: the word that says what is counted
    kinds: dict[str, str]  # that word -> the unit: itself, "percent", a currency; "": no count
    prefix_currencies: dict[str, str]
    approx: tuple[str, ...]
    last: re.Pattern[str]  # group 1: approx after the counter
    ordinals: tuple[str, ...]


@cache
def east_asian(language: str | None) -> EastAsian | None:
    """The conventions of Chinese, Japanese or Korean ("zh-CN", "ja"), or None."""
    locale = _locale(language)
    words = _EAST_ASIAN.get(locale.language) if locale is not None else None
    if locale is None or words is None:
        return None
    currencies = dict(words.currencies)
    if locale.language == "zh" and (locale.territory in ("TW", "HK", "MO")
                                    or locale.script == "Hant"):
        currencies["元"] = "元"  # the dollar of Taiwan or Hong Kong, not the renminbi
    kinds = {**{w: w for w in words.counters.split()},
             **dict.fromkeys(words.not_counts.split(), ""), **currencies,
             **dict.fromkeys(words.percent, "percent"),
             **dict.fromkeys(_PERCENT_POINTS, "percentage points")}
    space = f"[{_SPACES}]?" if words.spaced else ""
    ends = f"(?![\uac00-\ud7a3])|(?=[{words.particles}])" if words.particles else ""
    return EastAsian(
        number=re.compile(r"(?<![0-9A-Za-z.,:/+\-–'’])"
                          r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?"
                          r"(?![0-9]|[.,:/\-–][0-9])"),
        scale=re.compile(rf"{space}({alternation(words.scales)})"),
        scales=words.scales,
        after=re.compile(rf"({alternation(words.approx_after)})?{space}({alternation(kinds)})"
                         rf"(?:{ends})"),
        kinds=kinds, prefix_currencies={**PREFIX_CURRENCIES, **words.prefix_currencies},
        approx=tuple(sorted(words.approx, key=len, reverse=True)),
        last=re.compile(rf"{space}({alternation(words.approx_last)})"),
        ordinals=words.ordinals)
