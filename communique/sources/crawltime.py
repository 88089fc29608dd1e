"""A page's fetch time as stated by a crawl -> one form, UTC to the second.

Versions of a page are ordered by their fetch time as text, so every reader
gives it as "2024-06-01T10:00:00Z": "10:00Z", "10:00:30Z" and "12:30:00+02:00"
would not sort as the times they are.  Crawls state it as ISO 8601 (WARC-Date,
most scrapers), as 14 digits (CDX and Wayback "timestamp"), as an HTTP date, or
as seconds since 1970.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_DIGITS14 = re.compile(r"\d{14}")
# Seconds since 1970 between 1995 and 2100; larger numbers are taken as milliseconds.
_EPOCH_SECONDS = (788_918_400, 4_102_444_800)


def parse_crawl_time(stated: object) -> str | None:
    """The fetch time in ``stated`` as "YYYY-MM-DDThh:mm:ssZ", or None when it is no time.

    A time without a zone is taken as UTC, as crawlers write it.
    """
    moment = _moment(stated)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def crawl_time(stated: str | None) -> str | None:
    """A WARC-Date in one form; one that is no time is kept as the record states it."""
    if not stated:
        return stated
    return parse_crawl_time(stated) or stated


def _moment(stated: object) -> datetime | None:
    if isinstance(stated, bool):
        return None
    if isinstance(stated, int | float):
        return _from_epoch(float(stated))
    if not isinstance(stated, str) or not stated.strip():
        return None
    text = stated.strip()
    if _DIGITS14.fullmatch(text):
        return _parse(text, "%Y%m%d%H%M%S")
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _from_epoch(seconds: float) -> datetime | None:
    if seconds > _EPOCH_SECONDS[1]:
        seconds /= 1000
    if not _EPOCH_SECONDS[0] <= seconds <= _EPOCH_SECONDS[1]:
        return None
    return datetime.fromtimestamp(seconds, UTC)


def _parse(text: str, form: str) -> datetime | None:
    try:
        return datetime.strptime(text, form)
    except ValueError:
        return None
