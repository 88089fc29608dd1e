"""The Spark job: same statements as the single-process path, bad files counted, Parquet loaded.

One local[2] session serves the module; inputs are small WARC files written
here with warcio from fictional pages (and, when ../shared is there, from real
pages read in place).
"""

from __future__ import annotations

import gzip
import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.cli import app
from communique.errors import InputError
from communique.models import Claim, DateMention, Entity, Participant, Source, Statement, Turn
from communique.parquet import iter_parquet_statements, load_parquet
from communique.pipeline import iter_statements
from communique.report import Report
from communique.spark import Location, read_manifest, run_job, statement_schema
from communique.store import open_archive

from .conftest import KREMLIN, require
from .pgcluster import pg_cluster, pg_url  # noqa: F401

pytestmark = [pytest.mark.xdist_group("spark"), pytest.mark.spark]

TOPICS = ["the harbour of Port Lessa", "the northern railway", "the grain harvest",
          "the new university in Velmar", "the coastal reserve", "the census"]


def veloria_page(n: int) -> str:
    topic = TOPICS[n % len(TOPICS)]
    return (f"<html><head><title>President Amara Velden on {topic} ({n})</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><h1>Address on {topic}</h1>"
            f"<p>Port Lessa, 12 March 2024. President Amara Velden spoke about {topic}.</p>"
            f"<p>“We will finish the work on {topic} by next spring,” she said.</p>"
            f"<p>The cost is about {n + 3}.5 million lessars.</p></body></html>")


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> Path:
    """A gzipped WARC of HTTP responses, written with warcio."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-13T08:00:00Z"})
            writer.write_record(record)
    return path


def fictional_warcs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [write_warc(folder / f"veloria-{w}.warc.gz",
                       [(f"https://president.veloria.example/news/{w}{n}",
                         veloria_page(w * 10 + n).encode()) for n in range(5)])
            for w in range(3)]


def kremlin_warcs(folder: Path) -> list[Path]:
    require(KREMLIN.is_dir(), f"{KREMLIN} (the shared data folder)")
    pages = sorted((KREMLIN / "pages").glob("*.html"))[:12]
    folder.mkdir(parents=True, exist_ok=True)
    return [write_warc(folder / f"kremlin-{w}.warc.gz",
                       [(f"http://en.kremlin.ru/events/president/news/{p.stem}", p.read_bytes())
                        for p in pages[w::2]]) for w in range(2)]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        require(False, "pyspark (pip install 'communique[spark]')")
    require(shutil.which("java") is not None, "a Java runtime (java on PATH)")
    from communique.spark import create_session

    session = create_session("local[2]", app_name="communique-tests")
    yield session
    session.stop()


@dataclass
class JobRun:
    warcs: list[Path]
    out: Path
    summary: dict[str, Any]


@pytest.fixture(scope="module")
def fictional_run(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> JobRun:
    """One job over the fictional WARC files, shared by the tests that only read its output."""
    root = tmp_path_factory.mktemp("spark-out")
    warcs = fictional_warcs(root / "warcs")
    summary = run_job(spark, [str(w) for w in warcs], root / "parquet", partitions=2)
    return JobRun(warcs, root / "parquet", summary)


def by_place(statements: list[Statement]) -> list[dict[str, Any]]:
    rows = [s.to_dict() for s in statements]
    return sorted(rows, key=lambda r: (r["id"], r["source"]["path"], r["source"]["index"],
                                       r["source"]["part"]))


def assert_same_statements(run: JobRun) -> None:
    single = list(iter_statements(run.warcs, report=Report()))
    from_spark = list(iter_parquet_statements(run.out))
    assert single, "the single-process path found nothing to compare"
    assert by_place(from_spark) == by_place(single)
    assert run.summary["statements"] == len(single)
    assert (run.summary["warc_input_processed"], run.summary["warc_input_failed"]) == (
        len(run.warcs), 0)


def test_spark_and_single_process_agree_on_fictional_pages(fictional_run: JobRun) -> None:
    assert_same_statements(fictional_run)


def test_spark_and_single_process_agree_on_real_pages(spark: Any, tmp_path: Path) -> None:
    warcs = kremlin_warcs(tmp_path / "warcs")
    summary = run_job(spark, [str(w) for w in warcs], tmp_path / "out", partitions=2)
    assert_same_statements(JobRun(warcs, tmp_path / "out", summary))


def test_a_bad_file_is_counted_and_the_job_carries_on(spark: Any, tmp_path: Path) -> None:
    good = fictional_warcs(tmp_path / "warcs")[0]
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(b"\x00\x01 not a WARC file " * 50)
    missing = tmp_path / "missing.warc.gz"
    summary = run_job(spark, [str(missing), str(good), str(garbage)], tmp_path / "out",
                      partitions=3)
    assert (summary["warc_input_processed"], summary["warc_input_failed"]) == (1, 2)
    assert summary["statements"] == 5
    assert len(list(iter_parquet_statements(tmp_path / "out"))) == 5
    assert sorted(e.split(":")[0] for e in summary["errors"]) == sorted(
        [str(garbage), str(missing)])


def test_schema_declares_every_statement_field() -> None:
    pytest.importorskip("pyspark")
    schema = statement_schema()
    assert schema.names == [f.name for f in fields(Statement)] + ["content_hash"]
    nested = {"source": Source, "participants": Participant, "turns": Turn,
              "entities": Entity, "dates": DateMention, "claims": Claim}
    for name, record in nested.items():
        kind = schema[name].dataType
        struct = getattr(kind, "elementType", kind)
        assert struct.names == [f.name for f in fields(record)], name


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_load_into_either_backend_and_rerun_skips(fictional_run: JobRun, tmp_path: Path,
                                                  backend: str,
                                                  request: pytest.FixtureRequest) -> None:
    fictional_output = fictional_run.out
    target = (str(tmp_path / "archive.db") if backend == "sqlite"
              else str(request.getfixturevalue("pg_url")))
    expected = {s.id: s.to_dict() for s in iter_parquet_statements(fictional_output)}
    with open_archive(target) as archive:
        first = load_parquet(fictional_output, archive, report=Report())
        assert {s.id: s.to_dict() for s in archive.iter_statements()} == expected
    with open_archive(target) as archive:
        second = load_parquet(fictional_output, archive, report=Report())
    assert (first.added, first.files_skipped) == (len(expected), 0)
    assert (second.added, second.files, second.files_skipped) == (0, 0, first.files)


@pytest.mark.parametrize("lines, base, expected", [
    (["a.warc.gz", "# a comment", "", "/abs/b.warc.gz"], None,
     [Location("{dir}/a.warc.gz"), Location("/abs/b.warc.gz")]),
    (["crawl-data/CC-MAIN-2024-10/x.warc.gz 1234 567"], "https://data.commoncrawl.org/",
     [Location("https://data.commoncrawl.org/crawl-data/CC-MAIN-2024-10/x.warc.gz", 1234, 567)]),
    (["s3://commoncrawl/crawl-data/y.warc.gz"], None,
     [Location("s3://commoncrawl/crawl-data/y.warc.gz")]),
], ids=["local", "input-base-range", "s3"])
@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gz"])
def test_read_manifest(tmp_path: Path, lines: list[str], base: str | None,
                       expected: list[Location], gzipped: bool) -> None:
    manifest = tmp_path / ("warc.paths.gz" if gzipped else "manifest.txt")
    data = ("\n".join(lines) + "\n").encode()
    manifest.write_bytes(gzip.compress(data) if gzipped else data)
    assert read_manifest(manifest, input_base=base) == [
        e._replace(uri=e.uri.format(dir=tmp_path.resolve())) for e in expected]


def test_read_manifest_rejects_a_bad_range(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.txt"
    manifest.write_text("a.warc.gz\nb.warc.gz 12\n")
    with pytest.raises(InputError) as caught:
        read_manifest(manifest)
    assert str(caught.value) == f"{manifest}:line 2: expected LOCATION or LOCATION OFFSET LENGTH"


def record_spans(path: Path) -> list[tuple[int, int]]:
    """(offset, length) of each record of a gzipped WARC, as the crawl's URL index lists them."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        iterator = ArchiveIterator(fh)
        spans = []
        for _ in iterator:
            spans.append((iterator.get_record_offset(), iterator.get_record_length()))
    return spans


def test_records_by_byte_range_give_the_same_statements(spark: Any, tmp_path: Path) -> None:
    warc = fictional_warcs(tmp_path / "warcs")[1]
    chosen = [record_spans(warc)[i] for i in (1, 3)]
    summary = run_job(spark, [Location(str(warc), o, n) for o, n in chosen], tmp_path / "out")
    single = [s for s in iter_statements([warc], report=Report())
              if s.source.offset in {o for o, _ in chosen}]

    def key(s: Statement) -> dict[str, Any]:
        row = s.to_dict()
        row["source"].pop("index")  # a record's number in the file is not in the URL index
        return row

    assert summary["warc_input_processed"] == 2 and len(single) == 2
    assert sorted(map(key, iter_parquet_statements(tmp_path / "out")),
                  key=lambda r: r["id"]) == sorted(map(key, single), key=lambda r: r["id"])


runner = CliRunner()


def test_cli_spark_ingest_then_load(spark: Any, tmp_path: Path) -> None:
    warcs = fictional_warcs(tmp_path / "warcs")
    manifest = tmp_path / "warcs" / "manifest.txt"  # relative lines: next to the manifest
    manifest.write_text("\n".join(w.name for w in warcs) + "\n")
    ran = runner.invoke(app, ["spark-ingest", str(manifest), "--out", str(tmp_path / "out")])
    assert ran.exit_code == 0, ran.output
    assert "statements: 15" in ran.stderr
    loaded = runner.invoke(app, ["load", str(tmp_path / "out"), "--db",
                                 str(tmp_path / "a.db")])
    assert loaded.exit_code == 0, loaded.output
    assert "stored: 15 new, 0 new versions, 0 unchanged" in loaded.stderr


@pytest.mark.parametrize("args, message", [
    (["load", "{tmp}/nowhere"], "Error: {tmp}/nowhere: no such folder"),
    (["load", "{tmp}"], "Error: {tmp}: no Parquet files in this folder (was spark-ingest run?)"),
    (["spark-ingest", "{tmp}/none.txt", "--out", "{tmp}/o"],
     "Error: cannot read the manifest {tmp}/none.txt: No such file or directory"),
], ids=["load-missing", "load-empty", "manifest-missing"])
def test_cli_errors(tmp_path: Path, args: list[str], message: str) -> None:
    argv = [a.format(tmp=tmp_path) for a in args]
    if argv[0] == "load":
        argv += ["--db", str(tmp_path / "a.db")]
    result = runner.invoke(app, argv)
    assert result.exit_code == 2
    # rich wraps long lines at the console width, folding a long path anywhere:
    # the text must be exactly this, up to white space.
    assert "".join(result.stderr.split()) == "".join(message.format(tmp=tmp_path).split())
