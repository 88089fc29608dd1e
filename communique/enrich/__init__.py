"""Enrichment: Statement -> the same statement with entities, dates mentioned and claims.

Every span indexes ``Statement.text``; the turn of a mention is the turn whose
``start``/``end`` hold it.  The topic modules each find one thing:

    entities   PERSON / PLACE / ORG with canonical names (mentions, persons, gazetteer)
    dates      dates mentioned, resolved to a day, month or year, with the basis
    claims     sentences asserting a quantity, with the unit and the speaker (speakers)

Everything runs offline on tables built once per process (``build_gazetteer``).
"""

from __future__ import annotations

from ..models import Statement
from .claims import find_claims
from .dates import digit_runs, find_dates
from .entities import find_entities
from .speakers import speaker_lookup


def enrich_statement(statement: Statement) -> Statement:
    """Fill ``entities``, ``dates`` and ``claims`` of ``statement`` and return it.

    Args:
        statement: a parsed statement; its participants, turn speakers and tags
            (``{"Persons": [...], "Geography": [...]}``) serve as evidence.

    Returns:
        The same statement object, enriched in place.
    """
    statement.entities = find_entities(statement)
    numbers = digit_runs(statement.text)  # one scan for the numbers of dates and of claims
    statement.dates = find_dates(statement.text, statement.published_at, numbers=numbers,
                                 language=statement.language,
                                 ahead=statement.kind == "announcement")
    statement.claims = find_claims(statement.text, statement.dates, speaker_lookup(statement),
                                   numbers=numbers, language=statement.language)
    return statement
