"""The command line: exit codes, summaries and the JSON Lines shape."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from communique.cli import app

from .conftest import EXAMPLES

runner = CliRunner()


def test_parse_examples_prints_json_lines() -> None:
    result = runner.invoke(app, ["parse", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert rows and all({"id", "kind", "text", "source"} <= row.keys() for row in rows)


def test_ingest_twice_adds_nothing(db_path: str) -> None:
    first = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db_path])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db_path])
    assert second.exit_code == 0
    assert "already done" in second.stderr
