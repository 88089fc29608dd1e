"""Date and time expressions in page text -> ISO 8601 (stub; the text issue completes it)."""

from __future__ import annotations

import re

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def parse_datetime(text: str, *, utc_offset: str | None = None) -> str | None:
    """Read the first date (and time, if one follows) in ``text`` as ISO 8601.

    Returns ``YYYY-MM-DDTHH:MM`` (with ``utc_offset`` such as ``+03:00`` appended
    when given) or ``YYYY-MM-DD`` when no time is stated; None when no date is found.
    """
    match = _ISO.search(text)
    if not match:
        return None
    y, m, d, hh, mm = match.groups()
    if hh is None:
        return f"{y}-{m}-{d}"
    return f"{y}-{m}-{d}T{hh}:{mm}" + (utc_offset or "")
