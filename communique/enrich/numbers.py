"""How each language writes a quantity: separators, words of scale, currencies, percent.

Separators come from babel's locale data ("4.500" is 4500 in Spanish, "3,2" is 3.2
in German, "12 000" and "1’000" group thousands in French and Swiss German); the
words come from small tables per language.  ``conventions(None)`` and English are
``None``: the claims module then reads numbers the English way, as it always did.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

_SPACES = " \u00a0\u202f"
_APOSTROPHES = "'’"
# A currency named before the number: "€240", "CHF 1,5 Mio.", "US$ 5".
PREFIX_CURRENCIES = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH",
                     "CHF": "CHF", "EUR": "EUR", "USD": "USD", "GBP": "GBP", "RUB": "RUB",
                     "UAH": "UAH", "PLN": "PLN"}
_SUFFIX_CURRENCIES = {"€": "EUR", "$": "USD", "£": "GBP", "₽": "RUB", "₴": "UAH", "zł": "PLN",
                      "chf": "CHF", "eur": "EUR", "usd": "USD", "gbp": "GBP", "rub": "RUB",
                      "uah": "UAH", "pln": "PLN"}


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


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, the longest first ("mil millones" before "mil")."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", f"[{_SPACES}]+") for w in ordered)


@cache
def conventions(language: str | None) -> Conventions | None:
    """The conventions of ``language`` ("de", "de-CH", "pt_BR"), or None: read it as English."""
    if not language:
        return None
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return None
    words = _LANGUAGES.get(locale.language)
    if words is None:
        return None
    decimal, group = get_decimal_symbol(locale), get_group_symbol(locale)
    groups = _SPACES + (_APOSTROPHES if group in _APOSTROPHES else group)
    return _compile(words, locale, decimal, groups)


def _compile(words: _Words, locale: Locale, decimal: str, groups: str) -> Conventions:
    space = f"[{_SPACES}]"
    group, mark = f"[{re.escape(groups)}]", re.escape(decimal)
    number = re.compile(r"[0-9](?<![\w.,:/+\-–'’][0-9])"
                        rf"(?:[0-9]{{0,2}}(?:{group}[0-9]{{3}})+(?![0-9])|[0-9]*)(?:{mark}[0-9]+)?"
                        r"(?![0-9]|[:+\-–][0-9]|[^\W\d_]|[.,'’/][0-9])")
    suffixes = {**_SUFFIX_CURRENCIES, **words.currencies}
    # "de " takes a space before the next word, "d'" none.
    of = "|".join(re.escape(w) + (f"{space}*" if w[-1] in _APOSTROPHES else f"{space}+")
                  for w in words.of) or "(?!)"
    return Conventions(
        number=number, value=str.maketrans({**dict.fromkeys(groups), decimal: "."}),
        decimal=decimal,
        scale=re.compile(rf"{space}*({_alternation(words.scales)})(?!\w)", re.IGNORECASE),
        scales=words.scales,
        currency=re.compile(rf"{space}*(?:{of})?({_alternation(suffixes)})(?!\w)",
                            re.IGNORECASE),
        currencies=suffixes,
        percent=re.compile(rf"{space}*(?:%|(?:{_alternation(words.percent)})(?!\w))",
                           re.IGNORECASE),
        month=re.compile(rf"\.?{space}*(?:(?:de|del|di)\s+)?(?:{_months(locale)})(?!\w)",
                         re.IGNORECASE),
        unit=re.compile(rf"{space}*([^\W\d_]+(?:-[^\W\d_]+)*)(?:{space}+([^\W\d_]+))?"),
        of=re.compile(rf"{space}*(?:{of})(?=[^\W\d_])"),
        approx=frozenset(words.approx),
        function_words=frozenset(words.function_words.split()),
        labels=frozenset((words.labels + " " + _COMMON_LABELS).split()),
        ordinal_dot=words.ordinal_dot, capital_nouns=words.capital_nouns,
        plural_endings=words.plural_endings)


def _months(locale: Locale) -> str:
    """The locale's month names, in every form its dates use ("junio", "июня", "Juni")."""
    names = set()
    for context in ("format", "stand-alone"):
        names.update(locale.months[context]["wide"].values())
        # Abbreviations only with their dot: "mar" is also the Spanish sea.
        names.update(f"{a.rstrip('.')}." for a in locale.months[context]["abbreviated"].values())
    return _alternation(n.lower() for n in names)


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
