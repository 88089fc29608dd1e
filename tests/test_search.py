"""Search: the query language, filters, facets, snippets, ranking and pagination."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from communique.errors import QueryError
from communique.search import Filters, search
from communique.search.people import person
from communique.search.query import Words
from communique.search.snippets import highlight_pattern, make_snippet
from communique.store import open_archive
from communique.store.sqlite import SQLiteArchive

from .veloria import build_archive, corpus


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteArchive]:
    path = build_archive(str(tmp_path_factory.mktemp("search") / "archive.db"))
    with open_archive(path, readonly=True) as opened:
        assert isinstance(opened, SQLiteArchive)
        yield opened


def ids(result: object) -> set[str]:
    return {h.statement.id[-2:] for h in result.hits}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("query", "expected"), [
    ("harbour", {"01", "02", "04", "05", "07"}),
    ("HARBOUR", {"01", "02", "04", "05", "07"}),
    ("harbou*", {"01", "02", "04", "05", "07"}),
    ('"ferry lines"', {"01"}),
    ('"lines ferry"', set()),
    ('"three ferry li"*', {"01"}),
    ("ferry", {"01", "04", "07"}),
    ("ferry harbour", {"01", "04", "07"}),
    ("ferry AND harbour", {"01", "04", "07"}),
    ("lighthouse NOT interview", {"08", "09"}),
    ("lighthouse -autumn", {"08", "09"}),
    ("storm OR quotas", {"03", "07"}),
    ("(storm OR quotas) grief", {"03"}),
    ("ouvért", {"06"}),
    ("-harbour", {"03", "06", "08", "09"}),
    ("and or not", set()),
], ids=["word", "case", "prefix", "phrase", "phrase-order", "phrase-prefix", "word-3",
        "implicit-and", "explicit-and", "not", "minus", "or", "group", "accents",
        "only-negative", "lowercase-operators-are-words"])
def test_query_language(archive: SQLiteArchive, query: str, expected: set[str]) -> None:
    assert ids(search(archive, query)) == expected


@pytest.mark.parametrize(("query", "message"), [
    ('"ferry', 'unterminated phrase: a " has no closing "'),
    ("(ferry", "unbalanced parentheses: a '(' is never closed"),
    ("ferry)", "unbalanced parentheses: a ')' has no matching '('"),
    ("OR ferry", "OR needs a term on each side"),
    ("ferry OR", "OR needs a term on each side"),
    ("ferry AND", "AND needs a term on each side"),
    ("ferry NOT", "NOT needs a term after it"),
    ("f*", "a prefix needs at least 2 letters before the *"),
    ('""', "an empty phrase: put words between the quotes"),
    ("— …", "the query has no words to search for"),
    ("x" * 501, "the query is too long (501 characters; at most 500)"),
    ("(" * 17 + "x" + ")" * 17, "parentheses nested too deep (at most 16)"),
    (" ".join(["w"] * 65), "too many words in the query (at most 64)"),
], ids=["quote", "open-paren", "close-paren", "or-first", "or-last", "and-last", "not-last",
        "short-prefix", "empty-phrase", "no-words", "too-long", "too-deep", "too-many"])
def test_malformed_queries_raise_query_error(archive: SQLiteArchive, query: str,
                                             message: str) -> None:
    with pytest.raises(QueryError) as caught:
        search(archive, query)
    assert str(caught.value) == message


@pytest.mark.parametrize(("query", "filters", "expected"), [
    ("", Filters(kind=("letter",)), {"02", "03"}),
    ("", Filters(kind=("letter", "speech")), {"02", "03", "06"}),
    ("", Filters(subkind=("condolence",)), {"03"}),
    ("", Filters(since="2022-01-01"), {"04", "05", "06", "07", "09"}),
    ("", Filters(until="2020-12-31"), {"03", "08"}),
    ("", Filters(since="2021-01-01", until="2021-12-31"), {"01", "02"}),
    ("", Filters(participant=("Ilsa Maren",)), {"04", "07"}),
    ("", Filters(participant=("Ilsa Maren", "Amara Velden")), {"04", "07"}),
    ("", Filters(site=("gouvernement.vl",)), {"06"}),
    ("", Filters(language=("fr",)), {"06"}),
    ("", Filters(complete=False), {"05"}),
    ("", Filters(entity=("Port Lessa",)), {"01", "06"}),
    ("harbour", Filters(kind=("phone_call",), complete=True), {"04"}),
    ("harbour", Filters(speaker="Ilsa Maren"), {"07"}),
    ("harbour", Filters(speaker="Amara Velden"), {"01"}),
    ("lighthouse", Filters(speaker="Tomas Reyne"), {"01"}),
    ("ferry", Filters(speaker="Tomas Reyne"), set()),
    ("", Filters(speaker="Ilsa Maren"), {"07"}),
    ("", Filters(speaker="Nobody"), set()),
], ids=["kind", "kinds", "subkind", "since", "until", "range", "participant",
        "participants-all", "site", "language", "teasers", "entity", "words-and-filters",
        "speaker-ilsa", "speaker-amara", "speaker-question", "speaker-not-saying",
        "speaker-alone", "speaker-unknown"])
def test_filters(archive: SQLiteArchive, query: str, filters: Filters,
                 expected: set[str]) -> None:
    result = search(archive, query, filters)
    assert ids(result) == expected
    assert result.total == len(expected)


@pytest.mark.parametrize(("filters", "message"), [
    (dict(kind=("bogus",)), "kind: unknown kind 'bogus'; one of interview, press_conference, "
     "speech, statement, letter, phone_call, meeting, document, announcement, other"),
    (dict(since="2021-13-45"), "since: expected a date like 2021-09-24, got '2021-13-45'"),
    (dict(until="tomorrow"), "until: expected a date like 2021-09-24, got 'tomorrow'"),
    (dict(since="2022-01-01", until="2021-01-01"),
     "since: the date range is empty (since is after until)"),
], ids=["kind", "since", "until", "empty-range"])
def test_bad_filters_raise_query_error(filters: dict, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        Filters(**filters)
    assert str(caught.value) == message


@pytest.mark.parametrize(("page", "size", "message"), [
    (0, 10, "page: must be 1 or more"),
    (1, 101, "page_size: must be between 1 and 100"),
    (1001, 10, "page: results beyond the first 10000 cannot be paged to; narrow the search"),
], ids=["page-zero", "page-size", "too-deep"])
def test_page_bounds(archive: SQLiteArchive, page: int, size: int, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        search(archive, "", page=page, page_size=size)
    assert str(caught.value) == message


def test_facets_count_statements(archive: SQLiteArchive) -> None:
    facets = search(archive, "harbour", facets=True).facets
    assert facets["kind"] == [{"value": "phone_call", "count": 2},
                              {"value": "interview", "count": 1},
                              {"value": "letter", "count": 1},
                              {"value": "press_conference", "count": 1}]
    assert facets["year"] == [{"value": "2022", "count": 3}, {"value": "2021", "count": 2}]
    assert facets["month"][0] == {"value": "2022-03", "count": 1}
    assert {"value": "Ilsa Maren", "count": 2} in facets["participant"]
    assert facets["entity"] == [{"value": "Amara Velden", "count": 1},
                                {"value": "Ilsa Maren", "count": 1},
                                {"value": "Port Lessa", "count": 1}]
    assert facets["language"] == [{"value": "en", "count": 5}]
    assert facets["site"] == [{"value": "president.vl", "count": 5}]


def test_equal_scores_put_the_newer_first(archive: SQLiteArchive) -> None:
    order = [h.statement.id[-2:] for h in search(archive, "monument").hits]
    assert order == ["09", "08"]


def test_no_words_means_newest_first(archive: SQLiteArchive) -> None:
    dates = [h.statement.published_at for h in search(archive, "").hits]
    assert dates[0] == "2023-06-01" and dates[-1] == "2019-06-01"


@pytest.mark.parametrize("query", ["", "harbour OR lighthouse OR letter"], ids=["all", "words"])
def test_pages_never_overlap(archive: SQLiteArchive, query: str) -> None:
    whole = [h.statement.id for h in search(archive, query, page_size=20).hits]
    paged = [h.statement.id for page in range(1, 6)
             for h in search(archive, query, page=page, page_size=2).hits]
    assert paged == whole


def test_snippets_highlight_the_query_words(archive: SQLiteArchive) -> None:
    hit = next(h for h in search(archive, '"ferry lines"').hits)
    assert "<mark>ferry</mark> <mark>lines</mark>" in hit.snippet
    said = search(archive, "harbour", Filters(speaker="Ilsa Maren")).hits[0].snippet
    assert said.startswith("The <mark>harbour</mark> fees")


@pytest.mark.parametrize(("text", "snippet"), [
    ("<script>x()</script> harbour", "&lt;script&gt;x()&lt;/script&gt; <mark>harbour</mark>"),
    ('"><img onerror=x> Harbours', "&quot;&gt;&lt;img onerror=x&gt; <mark>Harbours</mark>"),
    ("no match here", "no match here"),
], ids=["script", "attribute", "no-match"])
def test_snippets_escape_the_text(text: str, snippet: str) -> None:
    pattern = highlight_pattern([Words(("harbour",), prefix=True)])
    assert make_snippet(text, pattern) == snippet


def test_long_text_snippet_centres_on_the_matches() -> None:
    text = "filler " * 200 + "the harbour opened " + "filler " * 200
    snippet = make_snippet(text, highlight_pattern([Words(("harbour",))]))
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "<mark>harbour</mark>" in snippet and len(snippet) < 300


def test_person_gathers_statements_turns_and_years(archive: SQLiteArchive) -> None:
    found = person(archive, "Ilsa Maren")
    assert {h.statement.id[-2:] for h in found.statements} == {"04", "07"}
    assert found.by_year == [{"year": "2022", "count": 2}]
    assert [(t.statement.id[-2:], t.number, t.paragraph) for t in found.turns] == \
        [("07", 2, 2), ("07", 4, 4)]
    assert found.labels == ["PERSON"]


def test_corpus_is_what_the_tests_expect() -> None:
    assert len(corpus()) == 9


@pytest.mark.parametrize(("args", "expected"), [
    (["harbour", "--kind", "phone_call"], ["a1b2c3d4e5f60005", "a1b2c3d4e5f60004"]),
    (["harbour", "--speaker", "Ilsa Maren"], ["a1b2c3d4e5f60007"]),
    (["harbour", "--teaser"], ["a1b2c3d4e5f60005"]),
    (["lighthouse", "--since", "2023-01-01"], ["a1b2c3d4e5f60009"]),
], ids=["kind", "speaker", "teaser", "since"])
def test_cli_search_prints_ids_and_snippets(tmp_path: object, args: list[str],
                                            expected: list[str]) -> None:
    from typer.testing import CliRunner

    from communique.cli import app

    db = build_archive(str(tmp_path) + "/archive.db")
    result = CliRunner().invoke(app, ["search", *args, "--db", db])
    assert result.exit_code == 0, result.output
    lines = [line.split()[0] for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert lines == expected
    assert "harbour" in result.stdout or "lighthouse" in result.stdout


def test_cli_search_json_is_the_api_shape(db_path: str) -> None:
    import json

    from typer.testing import CliRunner

    from communique.cli import app

    build_archive(db_path)
    result = CliRunner().invoke(app, ["search", '"ferry lines"', "--json", "--db", db_path])
    body = json.loads(result.stdout)
    assert body["total"] == 1 and body["results"][0]["kind"] == "interview"
    assert body["facets"]["kind"] == [{"value": "interview", "count": 1}]


@pytest.mark.parametrize(("args", "message"), [
    (['"ferry'], 'Error: unterminated phrase: a " has no closing "\nQuote phrases with "...", '
     "and give OR and NOT a word on each side.\n"),
    (["ferry", "--since", "May"], "Error: since: expected a date like 2021-09-24, got 'May'\n"
     'Quote phrases with "...", and give OR and NOT a word on each side.\n'),
], ids=["quote", "since"])
def test_cli_search_errors(db_path: str, args: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from communique.cli import app

    build_archive(db_path)
    result = CliRunner().invoke(app, ["search", *args, "--db", db_path])
    assert result.exit_code == 2
    assert result.stderr == message


def test_cli_search_without_an_archive(db_path: str) -> None:
    from typer.testing import CliRunner

    from communique.cli import app

    result = CliRunner().invoke(app, ["search", "x", "--db", db_path])
    assert result.exit_code == 2
    # rich wraps a long path at the terminal width
    assert " ".join(result.stderr.split()) == (f"Error: {db_path}: no such archive "
                                               "Create it first with: communique ingest PATH "
                                               "--db FILE")


@pytest.mark.parametrize(("query", "expected"), [
    ('"open again and three"', {"01"}),
    ('"open again and three ferry lines run"', {"01"}),
    ('"harbour is open again and three"', {"01"}),
    ('"open again and four"', set()),
    ('"the harbour stays open"', {"07"}),
], ids=["four", "seven", "six", "four-absent", "four-turn"])
def test_long_phrases_are_exact(archive: SQLiteArchive, query: str, expected: set[str]) -> None:
    assert ids(search(archive, query)) == expected


def test_unspaced_scripts_are_searched_by_characters(db_path: str) -> None:
    # Chinese runs no spaces: a word is a phrase of characters, exact in its order.
    from communique.store import add_all

    from .veloria import statement

    text = "维洛里亚总统同诺兰迪亚总理通电话。双方讨论了渔业合作。"
    with open_archive(db_path) as writable:
        add_all(writable, [statement("zh00000000000001", "phone_call", "总统同诺兰迪亚总理通电话",
                                     "2025-04-07T18:20:00+08:00", text, language="zh")])
    with open_archive(db_path, readonly=True) as opened:
        assert [h.statement.id for h in search(opened, "渔业合作").hits] == ["zh00000000000001"]
        assert search(opened, "通电话").total == 1
        assert search(opened, "电话通").total == 0
        assert "<mark>渔</mark>" in search(opened, "渔业").hits[0].snippet
