"""Exports for research: JSON Lines and CSV (one row per statement)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from .models import Statement

CSV_FIELDS = ("id", "kind", "subkind", "title", "published_at", "place", "language", "site",
              "url", "complete", "participants", "speakers", "n_turns", "lead", "text")


def write_jsonl(statements: Iterable[Statement], out: IO[str]) -> int:
    """Write one JSON object per statement; returns how many."""
    n = 0
    for statement in statements:
        out.write(json.dumps(statement.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_row(statement: Statement) -> dict[str, object]:
    """Flatten a statement for a spreadsheet: lists joined with '; '."""
    speakers = dict.fromkeys(t.speaker for t in statement.turns if t.speaker)
    return {
        "id": statement.id, "kind": statement.kind, "subkind": statement.subkind or "",
        "title": statement.title or "", "published_at": statement.published_at or "",
        "place": statement.place or "", "language": statement.language or "",
        "site": statement.site or "", "url": statement.url or "",
        "complete": str(statement.complete).lower(),
        "participants": "; ".join(f"{p.name} ({p.role})" for p in statement.participants),
        "speakers": "; ".join(speakers), "n_turns": len(statement.turns),
        "lead": statement.lead or "", "text": statement.text,
    }


def write_csv(statements: Iterable[Statement], out: IO[str]) -> int:
    """Write a CSV with a header row; returns how many statements."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    n = 0
    for statement in statements:
        writer.writerow(csv_row(statement))
        n += 1
    return n
