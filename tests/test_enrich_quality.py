"""The quality gate for entities on ../shared/data/kremlin_en_html: recall of the pages' own tags.

Each page's ``tags.Persons`` and ``tags.Geography`` must be among the canonical
entities found from its title, lead and body alone (the tags are never passed
in).  Scores are held against ``tests/quality/baseline_enrich.json`` and the
issue's floor of 0.85.  After a real improvement, record the new scores with
``python -m tests.test_enrich_quality --record``.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from communique.enrich.evaluate import score_tag_recall

from .conftest import KREMLIN, require

BASELINE = Path(__file__).parent / "quality" / "baseline_enrich.json"
FLOOR = 0.85
GATED = ("person_recall", "place_recall", "recall", "page_recall")
SLACK = 0.0005  # one tag of ~90 is 0.011: this only absorbs float rounding


@lru_cache(maxsize=1)
def scores() -> dict[str, Any]:
    return score_tag_recall(KREMLIN / "gold.jsonl")


def baseline() -> dict[str, float]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("field", GATED)
def test_recall_holds_its_baseline(field: str) -> None:
    require(KREMLIN.is_dir(), f"{KREMLIN} (the shared kremlin pages)")
    assert scores()[field] >= baseline()[field] - SLACK, (
        f"{field} dropped to {scores()[field]} from {baseline()[field]}; "
        f"missed: {scores()['missed']}")


@pytest.mark.parametrize("field", GATED)
def test_recall_meets_the_floor(field: str) -> None:
    require(KREMLIN.is_dir(), f"{KREMLIN} (the shared kremlin pages)")
    assert scores()[field] >= FLOOR


if __name__ == "__main__" and "--record" in sys.argv:
    found = scores()
    BASELINE.write_text(json.dumps({k: found[k] for k in GATED}, indent=2) + "\n",
                        encoding="utf-8")
    print(json.dumps({k: found[k] for k in GATED}, indent=2))
