"""Commands for scale-out: spark-ingest and load."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ..errors import CommuniqueError
from ..pipeline import ingest_lock
from ..report import Report
from ..store import open_archive
from .common import DbOption, app, err, fail, settings, summarise

if TYPE_CHECKING:
    pass


@app.command("spark-ingest")
def spark_ingest(
    manifest: Annotated[Path, typer.Argument(help="File listing WARC locations, one a line.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder for the Parquet files.")],
    master: Annotated[str, typer.Option("--master", help="Spark master URL.")] = "local[2]",
    partitions: Annotated[Optional[int], typer.Option("--partitions")] = None,
    input_base: Annotated[Optional[str], typer.Option(
        "--input-base", help="Prefix for relative lines, e.g. https://data.commoncrawl.org/")
    ] = None,
    no_enrich: Annotated[bool, typer.Option("--no-enrich")] = False,
) -> None:
    """Parse the WARC files listed in MANIFEST with Spark; write statements as Parquet to --out.

    Example: communique spark-ingest warcs.txt --out statements.parquet --master local[4]
    """
    from .. import spark as job

    try:
        locations = job.read_manifest(manifest, input_base=input_base)
    except OSError as exc:
        fail(f"cannot read the manifest {manifest}: {exc.strerror or exc}")
    except CommuniqueError as exc:
        fail(str(exc), "Each line: LOCATION, or LOCATION OFFSET LENGTH for one record.")
    try:
        summary = job.run_job(job.create_session(master), locations, out,
                              partitions=partitions, enrich=not no_enrich)
    except CommuniqueError as exc:
        fail(str(exc))
    err.print(f"[bold]spark-ingest into {out}[/bold]", highlight=False)
    for line in job.summary_lines(summary):
        err.print(f"  {line}", highlight=False, markup=False, soft_wrap=True)
    raise typer.Exit(1 if summary["warc_input_failed"] else 0)


@app.command()
def load(folder: Annotated[Path, typer.Argument(help="Parquet folder from spark-ingest.")],
         db: DbOption = None) -> None:
    """Store the statements of a spark-ingest Parquet folder; a rerun adds nothing new.

    Example: communique load statements.parquet --db postgresql://localhost/communique
    """
    from ..parquet import load_parquet, parquet_parts

    cfg = settings(db=db)
    report = Report()
    try:
        parquet_parts(folder)
        with ingest_lock(cfg.db), open_archive(cfg.db) as archive:
            load_parquet(folder, archive, report=report, batch_size=cfg.batch_size)
    except CommuniqueError as exc:
        fail(str(exc))
    summarise(report, f"load into {cfg.db}")
    raise typer.Exit(1 if report.failed else 0)
