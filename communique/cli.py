"""The command line: thin wrappers that parse flags, call the library and print.

Data goes to stdout, progress and summaries to stderr.  Exit status 0 when
everything was read, 1 when some input failed (the rest still done), 2 on a
usage or archive error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from . import export as exporting
from .config import Settings, load_settings
from .errors import CommuniqueError
from .pipeline import ingest_paths, iter_statements
from .report import Report
from .store import open_archive

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Communique: official statements into a searchable archive.")
err = Console(stderr=True)

DbOption = Annotated[Optional[str], typer.Option("--db", help="Archive: SQLite file or "
                                                 "postgresql:// URL [env COMMUNIQUE_DB]")]
PathsArg = Annotated[list[Path], typer.Argument(help="Files or folders to read.")]


def settings(**overrides: object) -> Settings:
    try:
        return load_settings(overrides=overrides)
    except CommuniqueError as exc:
        fail(str(exc))
        raise


def fail(message: str, hint: str | None = None, code: int = 2) -> None:
    err.print(f"[red]Error:[/red] {message}", highlight=False, markup=True)
    if hint:
        err.print(hint, highlight=False, markup=False)
    raise typer.Exit(code)


def summarise(report: Report, title: str) -> None:
    err.print(f"[bold]{title}[/bold]", highlight=False)
    for line in report.lines():
        err.print(f"  {line}", highlight=False, markup=False)
    for message in report.errors[:50]:
        err.print(f"  [red]error[/red] {message}", highlight=False, soft_wrap=True)
    if len(report.errors) > 50:
        err.print(f"  ... and {len(report.errors) - 50} more errors", highlight=False)


@app.command()
def parse(paths: PathsArg,
          no_enrich: Annotated[bool, typer.Option("--no-enrich")] = False) -> None:
    """Print the statements found in PATHS as JSON Lines, in page order; store nothing.

    Example: communique parse examples/ > statements.jsonl
    """
    report = Report()
    out = sys.stdout
    for statement in iter_statements(paths, report=report, enrich=not no_enrich):
        out.write(json.dumps(statement.to_dict(), ensure_ascii=False) + "\n")
    summarise(report, "parse")
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def ingest(paths: PathsArg, db: DbOption = None,
           no_enrich: Annotated[bool, typer.Option("--no-enrich")] = False) -> None:
    """Read PATHS and store their statements in the archive; a rerun adds nothing new.

    Example: communique ingest examples/ --db archive.db
    """
    cfg = settings(db=db)
    report = Report()
    try:
        archive = open_archive(cfg.db)
    except CommuniqueError as exc:
        fail(str(exc))
        return
    columns = (TextColumn("ingest"), BarColumn(), TextColumn("{task.completed} pages"),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=None)
        try:
            ingest_paths(paths, archive, report=report, enrich=cfg.enrich and not no_enrich,
                         batch_size=cfg.batch_size,
                         on_page=lambda: progress.advance(task))
        finally:
            archive.close()
    summarise(report, f"ingest into {cfg.db}")
    raise typer.Exit(1 if report.failed else 0)


@app.command("export")
def export_cmd(db: DbOption = None,
               fmt: Annotated[str, typer.Option("--format", help="jsonl or csv")] = "jsonl",
               output: Annotated[Optional[Path], typer.Option("-o", "--output")] = None) -> None:
    """Write every statement in the archive as JSON Lines or CSV (stdout or -o FILE).

    Example: communique export --format csv -o statements.csv
    """
    cfg = settings(db=db)
    writers = {"jsonl": exporting.write_jsonl, "csv": exporting.write_csv}
    if fmt not in writers:
        fail(f"unknown export format {fmt!r}", "Choose one of: " + ", ".join(writers))
    try:
        archive = open_archive(cfg.db, readonly=True)
    except CommuniqueError as exc:
        fail(str(exc), "Create it first with: communique ingest PATH --db FILE")
        return
    with archive, (output.open("w", encoding="utf-8", newline="") if output else
                   _stdout()) as out:
        n = writers[fmt](archive.iter_statements(), out)
    err.print(f"export: {n} statements written as {fmt}"
              + (f" to {output}" if output else ""), highlight=False)


def _stdout():  # type: ignore[no-untyped-def]
    import contextlib

    return contextlib.nullcontext(sys.stdout)


@app.command()
def serve(db: DbOption = None,
          host: Annotated[Optional[str], typer.Option("--host")] = None,
          port: Annotated[Optional[int], typer.Option("--port")] = None) -> None:
    """Serve the archive read-only on http://HOST:PORT (the web site, the API, feeds).

    Example: communique serve --db archive.db --port 8000
    """
    cfg = settings(db=db, host=host, port=port)
    import uvicorn

    from .web import create_app

    try:
        web_app = create_app(cfg)
    except CommuniqueError as exc:
        fail(str(exc), "Create it first with: communique ingest PATH --db FILE")
        return
    err.print(f"serving {cfg.db} on http://{cfg.host}:{cfg.port}", highlight=False)
    uvicorn.run(web_app, host=cfg.host, port=cfg.port, log_level="warning")


def main() -> None:
    app()
