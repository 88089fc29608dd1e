"""Spark: a manifest of WARC locations -> Parquet of statements, the same stages per partition.

Shaped like Common Crawl's cc-pyspark ``sparkcc.py``: each partition runs a
chain of generators, ``process_warcs -> process_warc -> iterate_records ->
process_record``, over the very functions the single-process path uses
(``sources.iter_file_pages``, which hands a WARC file to
``sources.warc.iter_warc_pages``, and ``pipeline.parse_page``), so both paths
give the same statements.  A file that cannot be read is counted
(``warc_input_failed``) and logged with its location; the job carries on.

The output schema is declared up front (``statement_schema``): one row per
statement, the ``Statement.to_dict`` shape with nested lists as Spark structs
(arrays of structs, ``tags`` as a map), plus ``content_hash``;
``parquet.load_parquet`` reads it back with pyarrow alone, into either backend.

Run it with ``communique spark-ingest MANIFEST --out DIR`` or
``spark-submit communique/spark.py MANIFEST --out DIR``.  Needs the ``[spark]``
extra (pyspark and a Java runtime); loading needs neither.
"""

from __future__ import annotations

import argparse
import gzip
import logging
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from communique.errors import (
    CommuniqueError,
    ConfigError,
    InputError,
    MissingExtraError,
    PageDropped,
)
from communique.models import Page, Statement
from communique.pipeline import parse_page
from communique.report import Report
from communique.sources import iter_file_pages

if TYPE_CHECKING:
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType


log = logging.getLogger(__name__)

REMOTE = ("s3://", "s3a://", "https://", "http://")
DOWNLOAD_TIMEOUT = 60.0  # seconds without a byte before a fetch counts as failed
MAX_ERRORS_KEPT = 1000  # error messages brought back to the driver; the count is always exact


def import_pyspark() -> Any:
    """Import pyspark, or say which extra to install."""
    try:
        import pyspark
    except ImportError:
        raise MissingExtraError("spark", "pyspark") from None
    return pyspark


def statement_schema() -> StructType:
    """The Parquet schema: ``Statement.to_dict`` column for column, plus ``content_hash``."""
    import_pyspark()
    from pyspark.sql.types import (
        ArrayType,
        BooleanType,
        DoubleType,
        LongType,
        MapType,
        StringType,
        StructField,
        StructType,
    )

    def struct(*fields: tuple[str, Any]) -> StructType:
        return StructType([StructField(name, kind, nullable=True) for name, kind in fields])

    s, n = StringType(), LongType()
    return StructType([
        StructField("id", s, nullable=False), StructField("kind", s, nullable=False),
        StructField("title", s), StructField("published_at", s),
        StructField("text", s, nullable=False),
        StructField("source", struct(("format", s), ("path", s), ("url", s), ("index", n),
                                     ("part", n), ("offset", n), ("fetched_at", s))),
        StructField("subkind", s), StructField("place", s), StructField("language", s),
        StructField("lead", s), StructField("complete", BooleanType(), nullable=False),
        StructField("url", s), StructField("site", s),
        StructField("participants", ArrayType(struct(("name", s), ("role", s)))),
        StructField("turns", ArrayType(struct(("speaker", s), ("role", s), ("text", s),
                                              ("start", n), ("end", n)))),
        StructField("tags", MapType(s, ArrayType(s))),
        StructField("entities", ArrayType(struct(("name", s), ("label", s),
                                                 ("spans", ArrayType(ArrayType(n)))))),
        StructField("dates", ArrayType(struct(("value", s), ("text", s), ("start", n),
                                              ("end", n), ("basis", s)))),
        StructField("claims", ArrayType(struct(("text", s), ("number", DoubleType()),
                                               ("approx", s), ("unit", s), ("start", n),
                                               ("end", n), ("speaker", s)))),
        StructField("cluster", s), StructField("original", s),
        StructField("content_hash", s, nullable=False),
    ])


def statement_row(statement: Statement) -> dict[str, Any]:
    """One output row; the schema is strict about doubles, so claim numbers become floats."""
    row = statement.to_dict()
    for claim in row["claims"]:
        claim["number"] = float(claim["number"])
    row["content_hash"] = statement.content_hash
    return row


class Location(NamedTuple):
    """A WARC file, or one record of it by byte range (as the crawl's URL index gives them)."""

    uri: str
    offset: int | None = None
    length: int | None = None

    def __str__(self) -> str:
        return self.uri if self.offset is None else f"{self.uri}@{self.offset}+{self.length}"


def as_location(entry: str | Location) -> Location:
    return entry if isinstance(entry, Location) else Location(entry)


@contextmanager
def local_copy(location: Location, *, temp_dir: str | None = None) -> Iterator[Path]:
    """A local path to read ``location`` from: the file itself, or a temp copy of what is asked.

    Raises:
        InputError: the remote file or the range cannot be fetched.
    """
    uri = location.uri
    if location.offset is None and not uri.startswith(REMOTE):
        yield Path(uri.removeprefix("file://"))
        return
    with tempfile.NamedTemporaryFile(dir=temp_dir, suffix=".warc.gz") as tmp:
        try:
            _fetch(location, tmp)
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), path=uri) from None
        except InputError:
            raise
        except Exception as exc:  # any client failure is one unreadable file, not a dead job
            raise InputError(f"cannot fetch: {exc}", path=uri) from None
        tmp.flush()
        yield Path(tmp.name)


def _fetch(location: Location, out: Any) -> None:
    uri, offset, length = location
    if not uri.startswith(REMOTE):
        with open(uri.removeprefix("file://"), "rb") as fh:
            fh.seek(offset or 0)
            out.write(fh.read(length or -1))
        return
    span = f"bytes={offset}-{offset + (length or 1) - 1}" if offset is not None else None
    if uri.startswith(("s3://", "s3a://")):
        try:
            import boto3
        except ImportError:
            raise InputError("reading s3:// needs boto3 (pip install boto3)", path=uri) from None
        bucket, _, key = uri.split("://", 1)[1].partition("/")
        body = boto3.client("s3").get_object(Bucket=bucket, Key=key,
                                             **({"Range": span} if span else {}))["Body"]
        shutil.copyfileobj(body, out)
        return
    import httpx

    headers = {"Range": span} if span else {}
    with httpx.stream("GET", uri, headers=headers, timeout=DOWNLOAD_TIMEOUT,
                      follow_redirects=True) as response:
        response.raise_for_status()
        for chunk in response.iter_bytes():
            out.write(chunk)


class StatementJob:
    """WARC locations -> statement rows, one partition at a time, counting what went wrong.

    ``counts`` and ``errors`` are Spark accumulators (or plain stand-ins when the
    chain runs outside Spark); a task adds its tally once, when its partition ends.
    """

    def __init__(self, counts: Any, errors: Any, *, enrich: bool = True,
                 temp_dir: str | None = None):
        self.counts = counts
        self.errors = errors
        self.enrich = enrich
        self.temp_dir = temp_dir

    def process_warcs(self, locations: Iterable[str | Location]) -> Iterator[dict[str, Any]]:
        tally: Counter[str] = Counter()
        errors: list[str] = []
        try:
            for entry in locations:
                location = as_location(entry)
                try:
                    yield from self.process_warc(location, tally, errors)
                    tally["warc_input_processed"] += 1
                except (InputError, OSError) as exc:
                    # Rows already yielded from a file that breaks half-way are kept.
                    tally["warc_input_failed"] += 1
                    errors.append(str(exc) if isinstance(exc, InputError)
                                  else f"{location}: {exc.strerror or exc}")
                    log.warning("failed to read %s: %s", location, exc)
        finally:
            self.counts.add(tally)
            self.errors.add(errors[:MAX_ERRORS_KEPT])

    def process_warc(self, location: Location, tally: Counter[str],
                     errors: list[str]) -> Iterator[dict[str, Any]]:
        with local_copy(location, temp_dir=self.temp_dir) as path:
            report = Report()
            for page in self.iterate_records(location, path, report):
                tally["records_processed"] += 1
                yield from self.process_record(page, tally, errors)
            tally["record_errors"] += len(report.errors)
            errors.extend(report.errors)

    def iterate_records(self, location: Location, path: Path,
                        report: Report) -> Iterator[Page]:
        for page in iter_file_pages(path, report=report):
            if str(path) != location.uri:
                # A copy in /tmp: cite the crawl's file, and the record's place in it.
                shift = location.offset or 0
                offset = None if page.source.offset is None else page.source.offset + shift
                page = replace(page, source=replace(page.source, path=location.uri,
                                                    offset=offset))
            yield page

    def process_record(self, page: Page, tally: Counter[str],
                       errors: list[str]) -> Iterator[dict[str, Any]]:
        try:
            statements = parse_page(page, enrich=self.enrich)
        except PageDropped as drop:
            tally[f"dropped: {drop.reason}"] += 1
            return
        except InputError as exc:
            tally["record_errors"] += 1
            errors.append(str(exc))
            return
        tally["statements"] += len(statements)
        for statement in statements:
            yield statement_row(statement)


def read_manifest(manifest: str | Path, *, input_base: str | None = None) -> list[Location]:
    """The WARC locations listed one a line (``#`` comments, ``.gz`` manifests allowed).

    A line is a location, or a location, an offset and a length separated by
    white space (one record, as the crawl's URL index lists it).  A relative
    location is taken relative to ``input_base`` (say
    ``https://data.commoncrawl.org/`` for a crawl's ``warc.paths.gz``) or else
    to the manifest's own folder.

    Raises:
        OSError: the manifest cannot be read.
        InputError: a line with a range that is not two whole numbers.
    """
    path = Path(manifest)
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        lines = [line.strip() for line in fh]
    locations = []
    for number, line in enumerate(lines, start=1):
        if not line or line.startswith("#"):
            continue
        uri, *span = line.split()
        if not uri.startswith((*REMOTE, "file://", "/")):
            uri = (input_base.rstrip("/") + "/" + uri if input_base
                   else str(path.resolve().parent / uri))
        if not span:
            locations.append(Location(uri))
        elif len(span) == 2 and all(part.isdigit() for part in span):
            locations.append(Location(uri, int(span[0]), int(span[1])))
        else:
            raise InputError("expected LOCATION or LOCATION OFFSET LENGTH",
                             path=str(path), place=f"line {number}")
    return locations


def create_session(master: str = "local[2]", *, app_name: str = "communique") -> SparkSession:
    """A Spark session whose Python workers run this interpreter (and so see this package)."""
    import_pyspark()
    from pyspark.sql import SparkSession

    # pyspark starts local workers with $PYSPARK_PYTHON (default: whatever "python3"
    # is on PATH), which may lack this package; spark-submit reads the config key.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master.startswith("local"):
        # A local job talks to itself only: keep the driver on loopback instead of the
        # address the host name resolves to.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = (SparkSession.builder.master(master).appName(app_name)
               .config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"])
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.session.timeZone", "UTC"))
    if master.startswith("local"):
        builder = (builder.config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1"))
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # no Java, a bad master URL: pyspark raises several kinds
        raise ConfigError(f"cannot start Spark (master {master}): {exc}") from None
    session.sparkContext.setLogLevel("ERROR")
    return session


def _accumulator_params() -> tuple[Any, Any]:
    from pyspark.accumulators import AccumulatorParam

    class CounterParam(AccumulatorParam):  # type: ignore[type-arg]
        def zero(self, value: Counter[str]) -> Counter[str]:
            return Counter()

        def addInPlace(self, a: Counter[str], b: Counter[str]) -> Counter[str]:  # noqa: N802
            a.update(b)
            return a

    class ListParam(AccumulatorParam):  # type: ignore[type-arg]
        def zero(self, value: list[str]) -> list[str]:
            return []

        def addInPlace(self, a: list[str], b: list[str]) -> list[str]:  # noqa: N802
            a.extend(b[: max(0, MAX_ERRORS_KEPT - len(a))])
            return a

    return CounterParam(), ListParam()


def run_job(spark: SparkSession, locations: Sequence[str | Location], out: str | Path, *,
            partitions: int | None = None, enrich: bool = True,
            temp_dir: str | None = None) -> dict[str, Any]:
    """Parse every WARC in ``locations`` on the cluster; write the statements to Parquet at ``out``.

    Returns the job's counters (``warc_input_processed``, ``warc_input_failed``,
    ``records_processed``, ``statements``, ``dropped: <reason>``...), ``errors``
    and ``seconds``.  Accumulators are exact here because each partition is
    computed once, by the one write; a retried task may count twice.
    """
    started = time.perf_counter()
    sc = spark.sparkContext
    counter_param, list_param = _accumulator_params()
    counts = sc.accumulator(Counter(), counter_param)
    errors = sc.accumulator([], list_param)
    job = StatementJob(counts, errors, enrich=enrich, temp_dir=temp_dir)
    # One file per partition by default, as in cc-pyspark: WARC files are the unit of work.
    entries = [as_location(e) for e in locations]
    rdd = sc.parallelize(entries, numSlices=max(1, partitions or len(entries)))
    rows = rdd.mapPartitions(job.process_warcs)
    frame = spark.createDataFrame(rows, schema=statement_schema())
    frame.write.mode("overwrite").parquet(str(out))
    summary: dict[str, Any] = {"warc_input_processed": 0, "warc_input_failed": 0,
                               "records_processed": 0, "statements": 0, "record_errors": 0}
    summary.update(counts.value)
    summary["errors"] = list(errors.value)
    summary["seconds"] = round(time.perf_counter() - started, 2)
    return summary


def main(argv: list[str] | None = None) -> int:
    """``spark-submit communique/spark.py MANIFEST --out DIR``: the job without the CLI."""
    parser = argparse.ArgumentParser(prog="communique-spark", description=main.__doc__)
    parser.add_argument("manifest", help="file listing WARC locations, one a line")
    parser.add_argument("--out", required=True, help="output folder (Parquet)")
    parser.add_argument("--master", default=None,
                        help="Spark master; spark-submit's --master when omitted")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--input-base", default=None,
                        help="prefix for relative lines, e.g. https://data.commoncrawl.org/")
    parser.add_argument("--no-enrich", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    try:
        locations = read_manifest(args.manifest, input_base=args.input_base)
        spark = (create_session(args.master) if args.master else
                 import_pyspark().sql.SparkSession.builder.appName("communique").getOrCreate())
        summary = run_job(spark, locations, args.out, partitions=args.partitions,
                          enrich=not args.no_enrich)
    except (CommuniqueError, OSError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    for line in summary_lines(summary):
        print(line, file=sys.stderr)
    return 1 if summary["warc_input_failed"] else 0


def summary_lines(summary: dict[str, Any]) -> list[str]:
    """The job's counters as lines for stderr, errors last."""
    lines = [f"{name}: {value}" for name, value in summary.items() if name != "errors"]
    lines += [f"error {message}" for message in summary["errors"][:50]]
    return lines


if __name__ == "__main__":
    # Run through the installed module, so executors unpickle communique.spark's
    # classes rather than this script's __main__ copies.
    from communique.spark import main as installed_main

    sys.exit(installed_main())
