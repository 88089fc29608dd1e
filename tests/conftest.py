"""Shared fixtures: paths to ../shared, a fresh archive, and the CI rule for components.

When ``CI`` is set, a test that lacks a component (PostgreSQL, Java, chromium)
fails instead of skipping: a CI that skips is a defect.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_c73a71f05d878473.txt"
KREMLIN = SHARED / "data" / "kremlin_en_html"
WHITEHOUSE = SHARED / "data" / "whitehouse_md"
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"


def require(condition: bool, what: str) -> None:
    """Skip when a component is missing on a developer's machine; fail under CI."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"missing component under CI: {what}")
    pytest.skip(f"missing component: {what}")


@pytest.fixture
def shared() -> Path:
    require(SHARED.is_dir(), f"{SHARED} (the shared data folder)")
    return SHARED


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "archive.db")
