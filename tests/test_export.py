"""Exports: JSON Lines, CSV, Parquet (statements and turns) and TEI XML, library and CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from lxml import etree
from typer.testing import CliRunner

from communique import export
from communique.cli import app
from communique.models import Statement

from .veloria import INTERVIEW_ID, build_archive, corpus

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
runner = CliRunner()


def test_jsonl_round_trips_every_key() -> None:
    out = io.StringIO()
    assert export.write_jsonl(corpus(), out) == len(corpus())
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [Statement.from_dict(r).to_dict() for r in rows] == [s.to_dict() for s in corpus()]


def test_csv_has_one_row_per_statement_with_speakers() -> None:
    out = io.StringIO()
    export.write_csv(corpus(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == len(corpus())
    assert rows[0]["speakers"] == "Tomas Reyne; Amara Velden"
    assert rows[0]["n_turns"] == "4" and rows[4]["complete"] == "false"


def test_parquet_writes_two_tables_that_join(tmp_path: Path) -> None:
    assert export.write_parquet_dir(corpus(), tmp_path) == len(corpus())
    statements = pq.read_table(tmp_path / "statements.parquet").to_pylist()
    turns = pq.read_table(tmp_path / "turns.parquet").to_pylist()
    assert [s["statement_id"] for s in statements] == [s.id for s in corpus()]
    first = statements[0]
    assert first["participants"][0] == {"name": "Amara Velden", "role": "interviewee"}
    assert first["published_utc"].isoformat() == "2021-09-24T08:10:00+00:00"
    assert first["n_turns"] == 4
    assert {t["statement_id"] for t in turns} == {INTERVIEW_ID, "a1b2c3d4e5f60007"}
    assert [t["turn"] for t in turns if t["statement_id"] == INTERVIEW_ID] == [1, 2, 3, 4]
    assert turns[1]["speaker"] == "Amara Velden" and turns[1]["role"] == "answer"


def test_parquet_of_nothing_still_has_the_schema(tmp_path: Path) -> None:
    export.write_parquet_dir([], tmp_path)
    assert pq.read_table(tmp_path / "turns.parquet").num_rows == 0
    assert "statement_id" in pq.read_schema(tmp_path / "statements.parquet").names


def tei_root(statements: list[Statement]) -> etree._Element:
    out = io.BytesIO()
    export.write_tei(statements, out)
    return etree.fromstring(out.getvalue())


def test_tei_encodes_turns_as_utterances_with_who() -> None:
    root = tei_root(corpus())
    documents = root.findall(f"{TEI}TEI")
    assert len(documents) == len(corpus())
    interview = documents[0]
    people = {p.get(XML_ID): p.findtext(f"{TEI}persName")
              for p in interview.iter(f"{TEI}person")}
    utterances = interview.findall(f".//{TEI}u")
    assert [people[u.get("who")[1:]] for u in utterances] == \
        ["Tomas Reyne", "Amara Velden", "Tomas Reyne", "Amara Velden"]
    assert [u.get("ana") for u in utterances] == ["#question", "#answer"] * 2
    assert utterances[1].findtext(f"{TEI}seg").startswith("The harbour is open")
    letter = documents[1]
    assert letter.find(f".//{TEI}div").get("type") == "letter"
    assert [p.text for p in letter.iter(f"{TEI}p")][-1].startswith("I congratulate")


def test_tei_survives_hostile_and_control_characters() -> None:
    hostile = corpus()[0]
    hostile.title = "<script>alert(1)</script>\x00\x07"
    hostile.turns[0].speaker = '"><u who="#x">'
    root = tei_root([hostile])
    assert root.find(f".//{TEI}head").text == "<script>alert(1)</script>"
    assert '"><u who="#x">' in [p.text for p in root.iter(f"{TEI}persName")]
    assert len(root.findall(f".//{TEI}u")) == 4


@pytest.mark.parametrize(("args", "check"), [
    (["--format", "jsonl"], lambda out: len(out.splitlines()) == 9),
    (["--format", "csv", "-q", "harbour"],
     lambda out: len(list(csv.reader(io.StringIO(out)))) == 6),
    (["--format", "jsonl", "--kind", "letter"], lambda out: len(out.splitlines()) == 2),
    (["--format", "tei", "--since", "2023-01-01"], lambda out: out.count("<TEI ") == 1),
], ids=["jsonl", "csv-query", "kind", "tei-since"])
def test_cli_export(db_path: str, args: list[str], check: object) -> None:
    build_archive(db_path)
    result = runner.invoke(app, ["export", "--db", db_path, *args])
    assert result.exit_code == 0, result.output
    assert check(result.stdout)  # type: ignore[operator]


def test_cli_export_parquet_into_a_folder(db_path: str, tmp_path: Path) -> None:
    build_archive(db_path)
    result = runner.invoke(app, ["export", "--db", db_path, "--format", "parquet",
                                 "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert pq.read_table(tmp_path / "out" / "turns.parquet").num_rows == 8


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "xlsx"], "Error: unknown export format 'xlsx'\nChoose one of: jsonl, csv, "
     "parquet, tei\n"),
    (["--format", "parquet"], "Error: parquet needs a folder: -o FOLDER\nIt writes "
     "statements.parquet and turns.parquet\n"),
    (["-q", '"harbour'], 'Error: unterminated phrase: a " has no closing "\n'),
], ids=["format", "parquet-without-folder", "bad-query"])
def test_cli_export_errors(db_path: str, args: list[str], message: str) -> None:
    build_archive(db_path)
    result = runner.invoke(app, ["export", "--db", db_path, *args])
    assert result.exit_code == 2
    assert result.stderr == message


def test_a_turn_starting_after_a_dash_owns_its_paragraph() -> None:
    from communique.models import Source, Turn

    text = "Intro.\n- Yes, we did.\nAnd more.\n- Thank you."
    turns = [Turn("Amara Velden", "answer", "Yes, we did.\nAnd more.", 9, 31),
             Turn("Tomas Reyne", "statement", "Thank you.", 34, 44)]
    statement = Statement(id="x", kind="interview", title="t", published_at=None, text=text,
                          source=Source(format="text"), turns=turns)
    assert export.turn_of_paragraphs(statement) == [-1, 0, 0, 1]
