"""Quality gate (after trafilatura's tests/eval_gate.py): per-field scores on ../shared/data.

The suite fails when a field drops below tests/quality/baseline_text.json.  When
a change raises a score, record it: ``python -m benchmarks.bench_quality_text``
prints the scores; copy them into the baseline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.bench_quality_text import scores

from .conftest import KREMLIN, SEED, WHITEHOUSE, require

BASELINE = Path(__file__).parent / "quality" / "baseline_text.json"
# Scores the issues ask for, whatever the baseline says.
FLOORS = {"seed_statements": 1.0, "seed_turns": 1.0, "wh_title": 1.0, "wh_date": 1.0,
          "wh_kind": 0.9, "kr_kind": 0.9}


@pytest.fixture(scope="module")
def found() -> dict[str, float]:
    require(KREMLIN.is_dir() and WHITEHOUSE.is_dir() and SEED.is_file(),
            "../shared (seed page, kremlin and whitehouse data)")
    return scores(KREMLIN.parent)


@pytest.mark.parametrize("field", sorted(json.loads(BASELINE.read_text())))
def test_field_holds_its_baseline(found: dict[str, float], field: str) -> None:
    baseline = json.loads(BASELINE.read_text())[field]
    assert found[field] >= baseline - 1e-9, f"{field}: {found[field]} < baseline {baseline}"


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_meets_the_issue(found: dict[str, float], field: str) -> None:
    assert found[field] >= FLOORS[field]
