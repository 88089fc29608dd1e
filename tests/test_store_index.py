"""The search index's terms: phrases within one speaker's turns, and words too long to index."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import tantivy

from communique.models import Source, Statement, Turn
from communique.search import Filters, search
from communique.store import add_all, open_archive
from communique.store.index import LONG_BYTES, build_analyzer, gap_pairs, has_long_word
from communique.store.sqlite import SQLiteArchive

LONG = "x" * LONG_BYTES  # dropped by the analyzer
ACCENTED = "é" * (LONG_BYTES // 2)  # dropped too: 2 bytes a character


def turns_statement() -> Statement:
    first = f"Port Lessa harbour {LONG} ferry tolls rise"
    second = "The ferry lines will sail in spring"
    third = f"Café {ACCENTED} naïve question"
    text = "\n".join((first, second, third))
    turns = [Turn("Amara Velden", "speaker", first, 0, len(first)),
             Turn("Tomas Reyne", "speaker", second, len(first) + 1, len(first) + 1 + len(second)),
             Turn("Amara Velden", "speaker", third, len(text) - len(third), len(text))]
    return Statement(id="veloria-interview-01", kind="interview", title="Interview to Lessa Radio",
                     published_at="2021-09-24T10:00:00+00:00", text=text,
                     source=Source(format="text"), turns=turns)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteArchive]:
    path = str(tmp_path_factory.mktemp("index") / "archive.db")
    with open_archive(path) as writer:
        add_all(writer, [turns_statement()])
    with open_archive(path, readonly=True) as opened:
        assert isinstance(opened, SQLiteArchive)
        yield opened


@pytest.mark.parametrize(("query", "speaker", "found"), [
    ('"harbour ferry"', "Amara Velden", True),
    ('"lessa harbour ferry"', "Amara Velden", True),
    ('"harbour ferry tolls"', "Amara Velden", True),
    ('"ferry tolls rise"', "Amara Velden", True),
    ('"lessa harbour ferry tolls"', "Amara Velden", False),
    ('"cafe naive"', "Amara Velden", True),
    ('"cafe naive question"', "Amara Velden", True),
    ('"ferry lines"', "Amara Velden", False),
    ('"ferry lines"', "Tomas Reyne", True),
    ('"the ferry lines will sail"', "Tomas Reyne", True),
    ('"rise the ferry"', "Tomas Reyne", False),
    ('"rise the"', "Amara Velden", False),
], ids=["pair-across-long", "triple-across-long", "triple-across-long-2", "plain-triple",
        "long-phrase-across-long", "pair-across-accented", "triple-across-accented",
        "other-speaker", "own-pair", "own-long-phrase", "across-turns", "across-turns-pair"])
def test_phrases_within_a_speakers_turns(archive: SQLiteArchive, query: str, speaker: str,
                                         found: bool) -> None:
    result = search(archive, query, Filters(speaker=speaker))
    assert [h.statement.id for h in result.hits] == (["veloria-interview-01"] if found else [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Port Lessa harbour ferry", ""),
    (f"Lessa {LONG} harbour ferry", "lessa_harbour lessa_harbour_ferry"),
    (f"{LONG} harbour ferry", ""),
    (f"Lessa harbour {LONG}", ""),
    (f"Lessa {LONG} {LONG} harbour", "lessa_harbour"),
    (f"Port Lessa {ACCENTED} harbour", "lessa_harbour port_lessa_harbour"),
], ids=["none", "between", "first", "last", "two-in-a-row", "accented"])
def test_gap_pairs_are_the_terms_that_span_a_dropped_word(text: str, expected: str) -> None:
    assert gap_pairs(build_analyzer(), text) == expected


@pytest.mark.parametrize("word", ["x" * (LONG_BYTES - 1), LONG, ACCENTED, "ю" * 20, "€" * 14,
                                  "long-hyphenated-words-are-several-words-to-the-index",
                                  "https://lessa.gov.ve/a/very/long/path/of/short/parts"],
                         ids=["short", "long", "accented", "cyrillic", "symbols", "hyphens",
                              "url"])
def test_has_long_word_never_misses_a_dropped_word(word: str) -> None:
    text = f"Port Lessa {word} harbour"
    plain = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).build()
    dropped = len(plain.analyze(text)) != len(build_analyzer().analyze(text))
    assert has_long_word(text) or not dropped


def index_stamp(path: str) -> int:
    """The generation the index folder says it has reached (-1: none yet)."""
    stamp = Path(path + ".index") / "communique.json"
    return int(json.loads(stamp.read_text())["generation"]) if stamp.exists() else -1


def numbered_statement(number: int) -> Statement:
    return Statement(id=f"veloria-note-{number}", kind="speech", title=f"Address {number}",
                     published_at="2021-09-24T10:00:00+00:00",
                     text=f"Harbour tolls number {number}", source=Source(format="text"))


def test_a_run_of_commits_catches_the_index_up_once(tmp_path: Path) -> None:
    """Batches commit without a tantivy commit each; the ingest's end makes them searchable."""
    path = str(tmp_path / "archive.db")
    with open_archive(path) as writer:
        for number in range(3):
            writer.add(numbered_statement(number))
            writer.commit()
        assert index_stamp(path) == -1  # no batch paid for an index commit
        writer.make_searchable()
        assert index_stamp(path) == writer.generation() == 3
        writer.add(numbered_statement(3))
        writer.commit()
        found = search(writer, "tolls", Filters())  # a search never sees a stale index
        assert found.total == 4
    assert index_stamp(path) == 4  # close catches up too


def test_an_index_behind_too_long_catches_up_at_the_next_commit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from communique.store import sqlite

    monkeypatch.setattr(sqlite, "INDEX_EVERY", 0.0)
    path = str(tmp_path / "archive.db")
    with open_archive(path) as writer:
        writer.add(numbered_statement(0))
        writer.commit()
        assert index_stamp(path) == 1


@pytest.mark.parametrize(("query", "found"), [
    ('"harbour tolls"', True),
    ('"tolls rise again"', True),
    ('"the ferry lines will sail"', True),
    ('"ferry lines sail"', False),
    ('"sail will lines"', False),
    ('"harbour tolls rise"', False),
    ('"tolls tolls rise"', False),
], ids=["pair-in-title", "triple-in-lead", "long-phrase", "gap", "reversed", "title-to-lead",
        "repeated-word"])
def test_phrases_match_exactly_within_one_text(tmp_path: Path, query: str, found: bool) -> None:
    statement = Statement(id="veloria-ferry-01", kind="speech", title="Harbour tolls",
                          lead="Tolls rise again", text="The ferry lines will sail in spring",
                          published_at="2021-09-24T10:00:00+00:00", source=Source(format="text"))
    with open_archive(str(tmp_path / "archive.db")) as archive:
        add_all(archive, [statement])
        assert search(archive, query, Filters()).total == int(found)
