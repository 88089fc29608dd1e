"""Linking copies: normalisation, sketches, clusters (bulk and incremental), differences, CLI."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.errors import NotFoundError
from communique.link import (
    LinkParams,
    Shingler,
    cluster_of,
    cluster_texts,
    compare,
    link_archive,
    words,
)
from communique.link.cluster import candidate_pairs, sketch_keys
from communique.models import Statement
from communique.pipeline import iter_statements
from communique.report import Report
from communique.store import add_all, open_archive

from .conftest import KREMLIN, require
from .copies import FOUR_FORMS, PAGES, example

runner = CliRunner()

@pytest.fixture
def statements() -> list[Statement]:
    return [example(name) for name in PAGES]


@pytest.mark.parametrize(("text", "expected"), [
    ("- Madam President, what now?", "madam president what now"),
    ("Tomas Brandt: Hello there.", "hello there"),
    ("President of Russia Vladimir Putin:There are", "there are"),
    ("Question (retranslated): Why?", "why"),
    ("MS. PSAKI: Good afternoon.", "good afternoon"),
    ("The answer is simple: we go.", "the answer is simple we go"),
    ("At 10:30 we met \u201cthem\u201d \u2013 twice\u2026", "at 10 30 we met them twice"),
], ids=["dash", "name", "title-and-name", "retranslated", "caps", "not-a-label", "typography"])
def test_words_drop_labels_dashes_punctuation_case(text: str, expected: str) -> None:
    assert " ".join(words(text)) == expected


def test_shingle_hashes_do_not_depend_on_the_batch() -> None:
    texts = ["one two three four five six", "x", "", "Alpha beta gamma delta epsilon"]
    hashes, offsets = Shingler().shingles(texts)
    for i, text in enumerate(texts):
        alone, _ = Shingler().shingles([text])
        assert alone.tolist() == hashes[offsets[i]:offsets[i + 1]].tolist()
    assert np.diff(offsets).tolist() == [2, 1, 0, 1]


def test_short_identical_texts_share_keys_and_empty_texts_none() -> None:
    keys = sketch_keys(["Thank you.", "- thank you!", ""], Shingler(), LinkParams())
    assert (keys[0] == keys[1]).all()
    assert (keys[2] == 0).all()
    assert candidate_pairs(keys, window=4).tolist() == [[0, 1]]


@pytest.mark.parametrize("texts", [[], [""], ["", ""]], ids=["none", "one-empty", "two-empty"])
def test_shingle_sets_of_nothing(texts: list[str]) -> None:
    sets = Shingler().shingle_sets(texts)
    assert len(sets) == len(texts) and all(s.size == 0 for s in sets)


def test_bulk_clusters_the_four_forms_and_keeps_the_others_apart(
        statements: list[Statement]) -> None:
    result = cluster_texts(lambda idx: [statements[i].text for i in idx], len(statements))
    groups: dict[int, set[str]] = {}
    for statement, label in zip(statements, result.labels.tolist(), strict=True):
        groups.setdefault(label, set()).add(statement.id)
    assert sorted(map(sorted, groups.values())) == sorted(
        [sorted(FOUR_FORMS), ["harbour_speech"], ["second_interview"]])


def test_archive_links_copies_and_names_the_official_original(
        db_path: str, statements: list[Statement]) -> None:
    with open_archive(db_path) as archive:
        add_all(archive, statements)
        report = link_archive(archive)
        info = cluster_of(archive, "news_copy")
        apart = [cluster_of(archive, s).members for s in ("harbour_speech", "second_interview")]
    assert set(info.members) == FOUR_FORMS
    assert info.original == "official_interview"
    assert apart == [["harbour_speech"], ["second_interview"]]
    assert (report.sketched, report.clusters, report.in_clusters) == (6, 1, 4)
    with open_archive(db_path, readonly=True) as reader:  # as the web site reads it
        assert cluster_of(reader, "cut_copy") == info


def test_linking_stores_cluster_and_original_in_the_records(
        db_path: str, statements: list[Statement]) -> None:
    with open_archive(db_path) as archive:
        add_all(archive, statements)
        generation = archive.generation()
        link_archive(archive)
        cluster = cluster_of(archive, "news_copy").cluster
        assert archive.generation() == generation  # no new generation, no new version
    with open_archive(db_path, readonly=True) as reader:
        records = {s.id: s for s in reader.iter_statements()}
        assert [v.version for v in reader.versions("news_copy")] == [1]
    assert {(records[i].cluster, records[i].original) for i in FOUR_FORMS} == {
        (cluster, "official_interview")}
    assert (records["harbour_speech"].cluster, records["harbour_speech"].original) == (None, None)


def test_a_cluster_left_with_one_member_clears_its_record(db_path: str) -> None:
    with open_archive(db_path) as archive:
        add_all(archive, [example("official_interview"), example("cut_copy")])
        link_archive(archive)
        assert archive.get("official_interview").cluster is not None
        changed = example("cut_copy")
        changed.text = example("harbour_speech").text
        add_all(archive, [changed])
        link_archive(archive)
        left = archive.get("official_interview")
        moved = archive.get("cut_copy")
    assert (left.cluster, left.original, moved.cluster, moved.original) == (None,) * 4


def test_an_archive_never_linked_has_no_clusters(db_path: str,
                                                 statements: list[Statement]) -> None:
    with open_archive(db_path) as archive:
        add_all(archive, statements)
    with open_archive(db_path, readonly=True) as reader, pytest.raises(NotFoundError) as exc:
        cluster_of(reader, "cut_copy")
    assert str(exc.value) == "this archive has no links yet (run: communique link)"


def test_new_statements_join_without_resketching_the_archive(
        db_path: str, statements: list[Statement]) -> None:
    first = [s for s in statements if s.id != "news_copy"]
    with open_archive(db_path) as archive:
        add_all(archive, first)
        link_archive(archive)
        before = cluster_of(archive, "official_interview").cluster
        add_all(archive, [example("news_copy")])
        report = link_archive(archive)
        after = cluster_of(archive, "news_copy")
        again = link_archive(archive)
    assert report.sketched == 1 and again.sketched == 0
    assert after.cluster == before and set(after.members) == FOUR_FORMS


def test_a_changed_text_leaves_its_cluster(db_path: str, statements: list[Statement]) -> None:
    with open_archive(db_path) as archive:
        add_all(archive, statements)
        link_archive(archive)
        changed = example("cut_copy")
        changed.text = example("harbour_speech").text + "\nA new closing line."
        add_all(archive, [changed])
        link_archive(archive)
        copies = cluster_of(archive, "official_interview").members
        cut = cluster_of(archive, "cut_copy").members
    assert set(copies) == FOUR_FORMS - {"cut_copy"}
    assert set(cut) == {"cut_copy", "harbour_speech"}


@pytest.mark.parametrize(("copy", "summary"), [
    ("news_copy", "the copy omits 1 paragraph and adds a 2-paragraph introduction"),
    ("cut_copy", "the copy omits 4 of 26 turns"),
    ("official_interview_recrawl", "the copy rewords 1 sentence"),
], ids=["news-named-turns-intro", "cut", "edited-recrawl"])
def test_compare_summarises_each_form(copy: str, summary: str) -> None:
    assert compare(example("official_interview"), example(copy)).summary == summary


def test_compare_names_what_was_cut_added_and_reworded() -> None:
    official = example("official_interview")
    cut = compare(official, example("cut_copy"))
    assert cut.omitted == [11, 12, 21, 22]
    news = compare(official, example("news_copy"))
    assert (news.added, news.introduction, news.omitted) == ([1, 2], 2, [0])
    edit = compare(official, example("official_interview_recrawl"))
    [change] = edit.changes
    assert (change.kind, change.a, change.b) == ("reworded", 10, 10)
    assert ("-", "spring,") in change.words and ("+", "soon after.") in change.words


def test_compare_a_statement_with_itself() -> None:
    official = example("official_interview")
    assert compare(official, official).summary == "the copy has the same text"


def test_cli_link_and_compare(db_path: str, statements: list[Statement]) -> None:
    with open_archive(db_path) as archive:
        add_all(archive, statements)
    linked = runner.invoke(app, ["link", "--db", db_path])
    assert linked.exit_code == 0, linked.output
    assert "clusters of copies: 1 holding 4 statements" in linked.stderr
    cluster, size, original, members = linked.stdout.strip().split("\t")
    assert (size, original, set(members.split(","))) == ("4", "official_interview", FOUR_FORMS)
    shown = runner.invoke(app, ["compare", "official_interview", "cut_copy", "--db", db_path])
    assert shown.exit_code == 0
    assert shown.stdout.splitlines()[0] == "the copy omits 4 of 26 turns"


def test_cli_compares_two_versions_of_one_page(db_path: str) -> None:
    recrawl = example("official_interview_recrawl")
    recrawl.id = "official_interview"
    with open_archive(db_path) as archive:
        add_all(archive, [example("official_interview")])
        add_all(archive, [recrawl])
    shown = runner.invoke(app, ["compare", "official_interview@1", "official_interview@2",
                                "--db", db_path])
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.splitlines()[0] == "the other version rewords 1 sentence"


@pytest.mark.parametrize(("args", "message"), [
    (["compare", "official_interview", "nope"], "Error: no statement 'nope'"),
    (["compare", "official_interview", "cut_copy@x"], "Error: bad version in 'cut_copy@x'"),
], ids=["unknown-id", "bad-version"])
def test_cli_compare_errors(db_path: str, statements: list[Statement], args: list[str],
                            message: str) -> None:
    with open_archive(db_path) as archive:
        add_all(archive, statements)
    result = runner.invoke(app, [*args, "--db", db_path])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == message


def test_cli_link_without_archive(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.db")
    result = runner.invoke(app, ["link", "--db", missing])
    assert result.exit_code == 2
    # rich wraps long lines at the terminal width
    assert " ".join(result.stderr.split()).startswith(f"Error: {missing}: no such archive")


def test_kremlin_pages_hold_no_false_copies() -> None:
    require(KREMLIN.is_dir(), f"{KREMLIN} (the shared kremlin pages)")
    found = list(iter_statements([KREMLIN / "pages"], report=Report(), enrich=False))
    result = cluster_texts(lambda idx: [found[i].text for i in idx], len(found))
    # No two kremlin pages are copies of one statement: every cluster holds one.
    assert len(found) > 100
    assert len(set(result.labels.tolist())) == len(found)
