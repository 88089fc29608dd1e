"""The Archive protocol, run against both backends: SQLite and a throwaway PostgreSQL cluster.

Each test gets a fresh archive from the parametrised ``target`` fixture; only
behaviours the protocol promises are checked here, so both backends must pass
every one.  PostgreSQL-only matters (URLs, concurrent writers) come last.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from communique.errors import ArchiveError, MissingExtraError, NotFoundError, QueryError
from communique.models import (
    Claim,
    DateMention,
    Entity,
    Participant,
    Source,
    Statement,
    Turn,
    statement_id,
)
from communique.pipeline import ingest_paths
from communique.report import Report
from communique.search import Filters, SearchResult, iter_matching, search
from communique.store import Archive, add_all, open_archive
from communique.store.postgres import PostgresArchive

from .pgcluster import PostgresCluster, pg_cluster, pg_url  # noqa: F401

# One xdist worker runs the module, so only one cluster starts per run.
pytestmark = [pytest.mark.xdist_group("postgres"), pytest.mark.postgres]

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(params=BACKENDS, ids=BACKENDS)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "archive.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def archive(target: str) -> Iterator[Archive]:
    with open_archive(target) as opened:
        yield opened


def make_statement(n: int = 1, *, text: str | None = None, published_at: str | None = None,
                   title: str | None = None) -> Statement:
    """A fictional statement of the Republic of Veloria."""
    url = f"https://president.veloria.example/news/{n}"
    body = text or (f"President Amara Velden spoke in Port Lessa about the harbour, item {n}.\n"
                    "The budget grows by about 12.5 percent.")
    return Statement(
        id=statement_id(url=url, title=None, published_at=None, text="", complete=True),
        kind="speech", title=title or f"Address on the harbour {n}",
        published_at=published_at or f"2024-03-{n % 28 + 1:02d}T10:00:00", text=body,
        source=Source(format="html", path=f"/crawl/{n}.html", url=url, index=n, offset=None,
                      fetched_at="2024-04-01T00:00:00Z"),
        url=url, site="president.veloria.example", language="en")


def rich_statement() -> Statement:
    """A statement with every nested list filled, floats and non-ASCII text included."""
    base = make_statement(7, text="Velden: Port Lessa grows.\nQuestion: By how much?\n"
                                   "Velden: About 3.5 percent — Café Ötztal agrees.")
    return replace(
        base, kind="interview", subkind="other", place="Port Lessa", lead="A short lead.",
        participants=[Participant("Amara Velden", "interviewee"),
                      Participant("Toma Rilk", "interviewer")],
        turns=[Turn("Amara Velden", "answer", "Port Lessa grows.", 0, 25),
               Turn(None, "question", "By how much?", 26, 48)],
        tags={"Persons": ["Amara Velden"], "Topics": ["Harbour", "Budget"]},
        entities=[Entity("Port Lessa", "PLACE", [[8, 18]])],
        dates=[DateMention("2024-03", "March", 3, 8)],
        claims=[Claim("About 3.5 percent", 3.5, "about", "percent", 56, 73, "Amara Velden")],
        cluster="c1", original="ru")


@pytest.mark.parametrize("statement", [make_statement(), rich_statement()],
                         ids=["plain", "rich"])
def test_add_then_get_returns_the_same_record(archive: Archive, statement: Statement) -> None:
    assert archive.add(statement).outcome == "added"
    archive.commit()
    assert archive.get(statement.id).to_dict() == statement.to_dict()
    assert archive.count() == 1


def test_same_content_again_is_unchanged(archive: Archive) -> None:
    statement = make_statement()
    archive.add(statement)
    assert archive.add(statement).outcome == "unchanged"
    archive.commit()
    assert archive.add(statement).outcome == "unchanged"
    assert archive.count() == 1


def test_changed_content_is_a_new_version_and_keeps_the_old(archive: Archive) -> None:
    first = make_statement()
    second = replace(first, text=first.text + "\nA correction was added.")
    archive.add(first)
    archive.commit()
    assert archive.add(second).outcome == "new_version"
    archive.commit()
    assert archive.get(first.id).text == second.text
    assert archive.get(first.id, version=1).text == first.text
    assert archive.get(first.id, version=2).text == second.text
    assert archive.count() == 1


def test_content_seen_in_an_older_version_is_unchanged(archive: Archive) -> None:
    first = make_statement()
    archive.add(first)
    archive.add(replace(first, title="Renamed"))
    assert archive.add(first).outcome == "unchanged"


@pytest.mark.parametrize("version, message", [
    (None, "no statement 'nope'"),
    (3, "no version 3 of statement 'nope'"),
], ids=["latest", "missing-version"])
def test_unknown_statement_raises_not_found(archive: Archive, version: int | None,
                                            message: str) -> None:
    archive.add(make_statement())
    with pytest.raises(NotFoundError) as caught:
        archive.get("nope", version=version)
    assert str(caught.value) == message


def crawl(statement: Statement, fetched_at: str, text: str) -> Statement:
    return replace(statement, text=text, source=replace(statement.source, fetched_at=fetched_at))


def test_versions_follow_crawl_time_whatever_the_ingest_order(archive: Archive) -> None:
    base = make_statement()
    late = crawl(base, "2024-09-01T00:00:00Z", "September text.")
    early = crawl(base, "2024-01-01T00:00:00Z", "January text.")
    middle = crawl(base, "2024-05-01T00:00:00Z", "May text.")
    assert [archive.add(s).outcome for s in (late, early, middle)] == [
        "added", "new_version", "new_version"]
    archive.commit()
    infos = archive.versions(base.id)
    assert [(v.version, v.fetched_at, v.current) for v in infos] == [
        (1, early.source.fetched_at, False), (2, middle.source.fetched_at, False),
        (3, late.source.fetched_at, True)]
    assert [archive.get(base.id, version=n).text for n in (1, 2, 3)] == [
        "January text.", "May text.", "September text."]
    assert archive.get(base.id).text == "September text."


def test_a_text_crawled_earlier_but_ingested_later_was_first_seen_then(archive: Archive
                                                                      ) -> None:
    # Crawlers write their records out of order: the version's crawl time is its first sight.
    base = make_statement()
    first = crawl(base, "2024-03-14T14:52:10Z", "March text.")
    again = crawl(base, "2024-03-15T07:00:00Z", "March text.")
    edited = crawl(base, "2024-03-18T08:05:44Z", "Edited text.")
    assert [archive.add(s).outcome for s in (edited, again, first)] == [
        "added", "new_version", "unchanged"]
    archive.commit()
    assert [(v.fetched_at, v.current) for v in archive.versions(base.id)] == [
        (first.source.fetched_at, False), (edited.source.fetched_at, True)]
    assert archive.get(base.id, version=1).source.fetched_at == first.source.fetched_at
    assert archive.add(again).outcome == "unchanged"  # a later sight moves nothing
    assert archive.versions(base.id)[0].fetched_at == first.source.fetched_at


def test_versions_of_an_unknown_statement(archive: Archive) -> None:
    with pytest.raises(NotFoundError) as caught:
        archive.versions("nope")
    assert str(caught.value) == "no statement 'nope'"


def test_get_many_keeps_the_order_asked_and_leaves_out_unknown(archive: Archive) -> None:
    one, two = make_statement(1), make_statement(2)
    archive.add(one)
    archive.add(two)
    archive.commit()
    assert [s.id for s in archive.get_many([two.id, "nope", one.id])] == [two.id, one.id]
    assert archive.get_many([]) == []


def test_generation_counts_changing_commits_and_iter_changed_follows(archive: Archive) -> None:
    start = archive.generation()
    archive.add(make_statement(1))
    archive.commit()
    archive.commit()  # nothing changed: no new generation
    archive.add(make_statement(1))  # unchanged
    archive.add(make_statement(2))
    archive.commit()
    assert archive.generation() == start + 2
    changed = [(gen, s.id) for gen, s in archive.iter_changed(start + 1)]
    assert changed == [(start + 2, make_statement(2).id)]
    assert len(list(archive.iter_changed(start))) == 2


def test_iter_statements_newest_first_undated_last_ties_by_id(archive: Archive) -> None:
    statements = [make_statement(1, published_at="2024-01-01"),
                  make_statement(2, published_at="2024-05-01"),
                  replace(make_statement(3), published_at=None),
                  make_statement(4, published_at="2024-05-01")]
    for statement in statements:
        archive.add(statement)
    archive.commit()
    got = [(s.published_at, s.id) for s in archive.iter_statements()]
    by_id = sorted((s.published_at, s.id) for s in statements if s.published_at)
    dated = sorted(by_id, key=lambda pair: pair[0], reverse=True)  # stable: ties keep id order
    assert got == dated + [(None, statements[2].id)]


def test_uncommitted_adds_are_visible_to_the_writer(archive: Archive) -> None:
    archive.add(make_statement(1))
    archive.add(make_statement(2))
    assert archive.count() == 2
    assert len(list(archive.iter_statements())) == 2


def test_adding_while_iterating(archive: Archive) -> None:
    for n in range(5):
        archive.add(make_statement(n))
    archive.commit()
    for statement in archive.iter_statements():
        archive.add(replace(statement, text=statement.text + "\nUpdated."))
        archive.commit()
    assert archive.count() == 5
    assert all(s.text.endswith("Updated.") for s in archive.iter_statements())


def test_files_done_survive_reopening(target: str) -> None:
    with open_archive(target) as archive:
        assert not archive.file_done("a.warc")
        archive.mark_file_done("a.warc")
        archive.mark_file_done("a.warc")
        assert archive.file_done("a.warc")
    with open_archive(target) as archive:
        assert archive.file_done("a.warc")
        assert not archive.file_done("b.warc")


def test_close_commits_and_readonly_reader_sees_it(target: str) -> None:
    with open_archive(target) as archive:
        archive.add(make_statement())
    with open_archive(target, readonly=True) as reader:
        assert reader.count() == 1
        assert reader.get(make_statement().id).title == make_statement().title


def test_readonly_on_a_missing_archive_fails(target: str) -> None:
    if target.startswith("postgresql://"):
        with pytest.raises(ArchiveError, match="no such archive$"):
            open_archive(target, readonly=True)
    else:
        with pytest.raises(ArchiveError, match="no such archive$"):
            open_archive(target + ".missing", readonly=True)


def test_ingest_twice_skips_the_done_file(target: str, tmp_path: Path) -> None:
    page = tmp_path / "pages" / "address.txt"
    page.parent.mkdir()
    page.write_text("Address by President Amara Velden\n\nCitizens of Veloria, the harbour "
                    "of Port Lessa opens again tomorrow.\n", encoding="utf-8")
    with open_archive(target) as archive:
        first = ingest_paths([page.parent], archive, report=Report())
        stored = archive.count()
    with open_archive(target) as archive:
        second = ingest_paths([page.parent], archive, report=Report())
        assert archive.count() == stored
    assert (first.files, first.files_skipped) == (1, 0)
    assert (second.files, second.files_skipped) == (0, 1)


# PostgreSQL only -----------------------------------------------------------------------------


@pytest.mark.parametrize("url, shown", [
    ("postgresql://ana:s3cret@127.0.0.1:1/db", "postgresql://ana:***@127.0.0.1:1/db"),
    ("postgresql://ana@127.0.0.1:1/db", "postgresql://ana@127.0.0.1:1/db"),
], ids=["password", "no-password"])
def test_unreachable_server_error_hides_the_password(url: str, shown: str) -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(ArchiveError, match=r"cannot connect") as caught:
        open_archive(url)
    assert str(caught.value).startswith(f"{shown}: cannot connect: ")
    assert "s3cret" not in str(caught.value)


def test_missing_psycopg_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(MissingExtraError) as caught:
        open_archive("postgresql://localhost/db")
    assert str(caught.value) == ("This needs the optional 'postgres' extra (psycopg is not "
                                 "installed). Install it with: pip install 'communique[postgres]'")


def test_concurrent_writers_store_one_version(pg_url: str) -> None:  # noqa: F811
    statement = make_statement()
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def write() -> None:
        with open_archive(pg_url) as archive:
            barrier.wait()
            outcomes.append(archive.add(statement).outcome)

    run_all([write] * 4)
    assert sorted(outcomes) == ["added", "unchanged", "unchanged", "unchanged"]
    with open_archive(pg_url, readonly=True) as reader:
        assert reader.get(statement.id, version=1).text == statement.text
        with pytest.raises(NotFoundError):
            reader.get(statement.id, version=2)


def run_all(jobs: list[Callable[[], None]]) -> None:
    threads = [threading.Thread(target=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)


def test_readonly_connection_refuses_writes(pg_url: str) -> None:  # noqa: F811
    open_archive(pg_url).close()
    with open_archive(pg_url, readonly=True) as reader, pytest.raises(ArchiveError,
                                                                      match="read-only"):
        reader.add(make_statement())


def test_cluster_fixture_url_points_at_the_socket(pg_cluster: PostgresCluster) -> None:  # noqa: F811
    assert f"host={pg_cluster.root}" in pg_cluster.url()


# Search: the PostgreSQL archive answers as communique.search answers on SQLite ------------


@pytest.fixture(scope="module")
def both(pg_cluster: PostgresCluster,  # noqa: F811
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    """The fictional search corpus in an SQLite archive and in a PostgreSQL one."""
    from .veloria import build_archive

    sqlite_path = build_archive(str(tmp_path_factory.mktemp("search") / "archive.db"))
    pg = build_archive(pg_cluster.create_database())
    with open_archive(sqlite_path, readonly=True) as lite, \
            open_archive(pg, readonly=True) as postgres:
        yield lite, postgres


def run_search(archive: Any, query: str, filters: Filters | None = None,
               **options: Any) -> SearchResult:
    if isinstance(archive, PostgresArchive):
        return archive.search(query, filters, **options)
    return search(archive, query, filters, **options)


def short_ids(result: SearchResult) -> set[str]:
    return {h.statement.id[-2:] for h in result.hits}


QUERIES = ["harbour", "HARBOUR", "harbou*", '"ferry lines"', '"lines ferry"',
           '"three ferry li"*', "ferry harbour", "ferry AND harbour", "lighthouse NOT interview",
           "lighthouse -autumn", "storm OR quotas", "(storm OR quotas) grief", "ouvért",
           "-harbour", "and or not", "monument"]


@pytest.mark.parametrize("query", QUERIES, ids=QUERIES)
def test_search_matches_the_same_statements(both: tuple[Any, Any], query: str) -> None:
    lite, postgres = (run_search(a, query, page_size=50) for a in both)
    assert short_ids(postgres) == short_ids(lite)
    assert postgres.total == lite.total


FILTERS = [
    ("", Filters(kind=("letter", "speech"))), ("", Filters(subkind=("condolence",))),
    ("", Filters(since="2022-01-01")), ("", Filters(until="2020-12-31")),
    ("", Filters(participant=("Ilsa Maren", "Amara Velden"))),
    ("", Filters(site=("gouvernement.vl",), language=("fr",))),
    ("", Filters(complete=False)), ("", Filters(entity=("Port Lessa",))),
    ("harbour", Filters(kind=("phone_call",), complete=True)),
    ("harbour", Filters(speaker="Ilsa Maren")), ("lighthouse", Filters(speaker="Tomas Reyne")),
    ("ferry", Filters(speaker="Tomas Reyne")), ("", Filters(speaker="Ilsa Maren")),
]


FILTER_IDS = ["kinds", "subkind", "since", "until", "participants", "site-language", "teasers",
              "entity", "words-and-filters", "speaker-ilsa", "speaker-question",
              "speaker-not-saying", "speaker-alone"]


@pytest.mark.parametrize("query, filters", FILTERS, ids=FILTER_IDS)
def test_search_filters_agree(both: tuple[Any, Any], query: str, filters: Filters) -> None:
    lite, postgres = (run_search(a, query, filters, page_size=50) for a in both)
    assert short_ids(postgres) == short_ids(lite)
    assert postgres.total == lite.total


@pytest.mark.parametrize("query", ["", "harbour", "lighthouse OR letter"],
                         ids=["all", "word", "or"])
def test_search_facets_agree(both: tuple[Any, Any], query: str) -> None:
    lite, postgres = (run_search(a, query, facets=True).facets for a in both)
    assert postgres == lite


@pytest.mark.parametrize("query", ["", "monument"], ids=["newest-first", "ties-newest-first"])
def test_search_order_agrees_where_scores_tie(both: tuple[Any, Any], query: str) -> None:
    lite, postgres = (run_search(a, query, page_size=50) for a in both)
    assert [h.statement.id for h in postgres.hits] == [h.statement.id for h in lite.hits]


def test_search_pages_never_overlap(both: tuple[Any, Any]) -> None:
    postgres = both[1]
    whole = [h.statement.id for h in run_search(postgres, "harbour OR lighthouse").hits]
    paged = [h.statement.id for page in range(1, 5)
             for h in run_search(postgres, "harbour OR lighthouse", page=page, page_size=2).hits]
    assert paged == whole and len(whole) == 7


@pytest.mark.parametrize("query, filters, expected", [
    ('"ferry lines"', None, "<mark>ferry</mark> <mark>lines</mark>"),
    ("harbour", Filters(speaker="Ilsa Maren"), "The <mark>harbour</mark> fees"),
    ("ouvert", None, "est <mark>ouvert</mark>."),
], ids=["phrase", "speaker", "accents"])
def test_postgres_snippets_mark_the_words(both: tuple[Any, Any], query: str,
                                          filters: Filters | None, expected: str) -> None:
    hit = run_search(both[1], query, filters).hits[0]
    assert expected in hit.snippet


def test_postgres_snippets_are_escaped(pg_url: str) -> None:  # noqa: F811
    hostile = make_statement(1, text='harbour <script>alert(1)</script> & "quotes" harbour')
    with open_archive(pg_url) as archive:
        archive.add(hostile)
        archive.commit()
        snippet = run_search(archive, "harbour").hits[0].snippet
    assert "<script>" not in snippet and "&amp;" in snippet
    assert snippet.count("<mark>") == 2


@pytest.mark.parametrize("query, message", [
    ('"ferry', 'unterminated phrase: a " has no closing "'),
    ("f*", "a prefix needs at least 2 letters before the *"),
    ("— …", "the query has no words to search for"),
], ids=["quote", "short-prefix", "no-words"])
def test_search_rejects_the_same_queries(both: tuple[Any, Any], query: str,
                                         message: str) -> None:
    for archive in both:
        with pytest.raises(QueryError) as caught:
            run_search(archive, query)
        assert str(caught.value) == message


def test_iter_matching_agrees(both: tuple[Any, Any]) -> None:
    lite, postgres = both
    expected = [s.id for s in iter_matching(lite, "harbour", Filters(kind=("phone_call",)))]
    got = [s.id for s in postgres.iter_matching("harbour", Filters(kind=("phone_call",)))]
    assert got == expected and len(got) == 2


@pytest.mark.parametrize("name", ["Ilsa Maren", "Amara Velden", "Port Lessa", "Nobody"])
def test_person_agrees(both: tuple[Any, Any], name: str) -> None:
    from communique.search.people import person

    lite, postgres = person(both[0], name), both[1].person(name)
    assert {h.statement.id for h in postgres.statements} == {
        h.statement.id for h in lite.statements}
    assert (postgres.total, postgres.by_year, postgres.labels) == (
        lite.total, lite.by_year, lite.labels)
    assert sorted((t.statement.id, t.number) for t in postgres.turns) == sorted(
        (t.statement.id, t.number) for t in lite.turns)


def test_close_stamps_the_generation(target: str) -> None:
    with open_archive(target) as archive:
        start = archive.generation()
        archive.add(make_statement())
    with open_archive(target, readonly=True) as reader:
        assert reader.generation() == start + 1
        assert [s.id for _, s in reader.iter_changed(start)] == [make_statement().id]


def test_a_refused_write_rolls_back_the_batch_and_says_so(pg_url: str) -> None:  # noqa: F811
    # PostgreSQL text cannot hold NUL; the error names the statement, the archive goes on.
    with open_archive(pg_url) as archive:
        archive.add(make_statement(1))
        with pytest.raises(ArchiveError, match="the batch since the last commit is rolled back"):
            archive.add(make_statement(2, text="a\x00b"))
        assert archive.add(make_statement(3)).outcome == "added"
        archive.commit()
        assert archive.count() == 1


def test_add_many_answers_as_add_does(pg_url: str) -> None:  # noqa: F811
    first, second = make_statement(1), make_statement(2)
    changed = replace(first, text="A new text.")
    with open_archive(pg_url) as archive:
        assert isinstance(archive, PostgresArchive)
        results = archive.add_many([first, second, first, changed])
        assert [r.outcome for r in results] == ["added", "added", "unchanged", "new_version"]
        archive.commit()
        assert [v.version for v in archive.versions(first.id)] == [1, 2]
        assert archive.add_many([]) == []


def test_a_reader_may_stop_iterating_half_way(target: str) -> None:
    with open_archive(target) as archive:
        for n in range(3):
            archive.add(make_statement(n))
    with open_archive(target, readonly=True) as reader:
        first = next(iter(reader.iter_statements()))
        assert reader.get(first.id).id == first.id
        assert reader.count() == 3


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_cli_export_is_the_same_from_both_backends(pg_cluster: PostgresCluster,  # noqa: F811
                                                   tmp_path: Path, fmt: str) -> None:
    from typer.testing import CliRunner

    from communique.cli import app

    from .veloria import build_archive

    outputs = []
    for target in (build_archive(str(tmp_path / "a.db")),
                   build_archive(pg_cluster.create_database())):
        result = CliRunner().invoke(app, ["export", "--format", fmt, "--db", target])
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] and outputs[0].count("\n") >= 9


def test_set_links_changes_the_current_record_in_place(target: str) -> None:
    one, two = make_statement(1), make_statement(2, published_at="2020-01-01")
    with open_archive(target) as archive:
        add_all(archive, [one, two])
        start = archive.generation()
        for statement in (one, two):
            archive.set_links(statement.id, cluster="c1", original=two.id)  # type: ignore[attr-defined]
        archive.commit()
        assert archive.generation() == start
    with open_archive(target, readonly=True) as reader:
        members = reader.cluster_members("c1")  # type: ignore[attr-defined]
        assert [m.id for m in members] == [two.id, one.id]
        assert (reader.get(one.id).cluster, reader.get(one.id, version=1).original) == (
            "c1", two.id)
        assert [v.version for v in reader.versions(one.id)] == [1]


def test_set_links_on_an_unknown_statement(target: str) -> None:
    with open_archive(target) as archive, pytest.raises(NotFoundError) as caught:
        archive.set_links("nope", cluster="c1", original="nope")  # type: ignore[attr-defined]
    assert str(caught.value) == "no statement 'nope'"


# The web site and API served from a PostgreSQL archive answer as from SQLite ---------------


@pytest.fixture(scope="module")
def clients(pg_cluster: PostgresCluster,  # noqa: F811
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    from fastapi.testclient import TestClient

    from communique.config import Settings
    from communique.web import create_app

    from .veloria import build_archive

    lite = build_archive(str(tmp_path_factory.mktemp("web") / "archive.db"))
    pg = build_archive(pg_cluster.create_database())
    with TestClient(create_app(Settings(db=lite)), raise_server_exceptions=False) as a, \
            TestClient(create_app(Settings(db=pg)), raise_server_exceptions=False) as b:
        yield a, b


WEB_PATHS = [
    "/api/statements/a1b2c3d4e5f60001", "/api/statements/a1b2c3d4e5f60001/versions",
    "/api/people/Ilsa%20Maren", "/api/entities/Port%20Lessa", "/api/statements/nope",
    "/api/search?q=%22ferry",
]


@pytest.mark.parametrize("path", WEB_PATHS,
                         ids=["statement", "versions", "person", "entity", "not-found",
                              "bad-query"])
def test_api_answers_the_same(clients: tuple[Any, Any], path: str) -> None:
    lite, postgres = (c.get(path) for c in clients)
    assert postgres.status_code == lite.status_code
    assert postgres.json() == lite.json()


@pytest.mark.parametrize("params", [
    {"q": "harbour"}, {"q": "harbour", "speaker": "Ilsa Maren"}, {"kind": ["letter", "speech"]},
    {"since": "2022-01-01", "until": "2022-12-31"}, {"q": "lighthouse", "complete": "true"},
], ids=["words", "speaker", "kinds", "range", "teasers"])
def test_api_search_agrees(clients: tuple[Any, Any], params: dict[str, Any]) -> None:
    lite, postgres = (c.get("/api/search", params=params).json() for c in clients)
    assert postgres["total"] == lite["total"] and postgres["facets"] == lite["facets"]
    assert {r["id"] for r in postgres["results"]} == {r["id"] for r in lite["results"]}


@pytest.mark.parametrize("path", ["/", "/search?q=harbour", "/statements/a1b2c3d4e5f60001",
                                  "/search.atom?q=harbour", "/api/export?q=harbour&format=csv"],
                         ids=["home", "search", "statement", "feed", "export"])
def test_pages_render_from_postgres(clients: tuple[Any, Any], path: str) -> None:
    response = clients[1].get(path)
    assert response.status_code == 200, response.text[:300]
    assert "harbour" in response.text or "Velden" in response.text


@pytest.mark.parametrize("args", [["harbour", "--kind", "phone_call"],
                                  ["lighthouse", "--since", "2023-01-01"]],
                         ids=["kind", "since"])
def test_cli_search_prints_the_same_ids(pg_cluster: PostgresCluster,  # noqa: F811
                                        tmp_path: Path, args: list[str]) -> None:
    from typer.testing import CliRunner

    from communique.cli import app

    from .veloria import build_archive

    printed = []
    for target in (build_archive(str(tmp_path / "a.db")),
                   build_archive(pg_cluster.create_database())):
        result = CliRunner().invoke(app, ["search", *args, "--db", target])
        assert result.exit_code == 0, result.output
        printed.append(sorted(line.split()[0] for line in result.stdout.splitlines()
                              if line and not line.startswith(" ")))
    assert printed[0] == printed[1] and printed[0]


def chinese_statement() -> Statement:
    from .veloria import dialogue, statement

    text, turns = dialogue(
        ("林晓", "answer", "维洛里亚和诺兰德是友好近邻。新航线将连接莱萨和诺尔布。"),
        (None, "question", "总统今年是否会访问诺兰德？"))
    return statement("c1c2c3c4c5c60001", "press_conference", "外交部发言人林晓主持例行记者会",
                     "2025-03-12T15:30:00+08:00", text, turns=turns, language="zh",
                     participants=(("林晓", "speaker"),))


CJK_QUERIES = [("诺兰德", 1), ("兰德", 1), ('"友好近邻"', 1), ("德诺", 0), ("记者会", 1),
               ("诺兰*", 1)]


@pytest.mark.parametrize(("query", "found"), CJK_QUERIES, ids=[q for q, _ in CJK_QUERIES])
def test_chinese_words_are_found_alike_in_both_backends(target: str, query: str,
                                                        found: int) -> None:
    # Chinese writes no spaces: each character is a word, a word of the text a phrase of them.
    with open_archive(target) as archive:
        add_all(archive, [chinese_statement()])
        result = run_search(archive, query)
        assert result.total == found
        if found:
            assert run_search(archive, query, Filters(speaker="林晓")).total == (
                1 if query not in ("记者会", "德诺") else 0)


def test_an_archive_of_the_first_layout_is_migrated(pg_url: str) -> None:  # noqa: F811
    # Archives written before CJK text was spaced: their tsvector held one word per run.
    with open_archive(pg_url) as archive:
        add_all(archive, [chinese_statement()])
        assert isinstance(archive, PostgresArchive)
        archive.conn.execute("ALTER TABLE statements DROP COLUMN search")
        archive.conn.execute(
            "ALTER TABLE statements ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('communique', text)) STORED")
        archive.conn.execute("UPDATE meta SET value = 1 WHERE key = 'layout'")
        assert archive.search("诺兰德").total == 0
    with open_archive(pg_url) as archive:
        assert isinstance(archive, PostgresArchive)
        assert archive.search("诺兰德").total == 1
        assert archive.scalar("SELECT value FROM meta WHERE key = 'layout'") == 2
