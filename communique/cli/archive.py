"""Commands over one archive: parse, ingest, export, serve, search."""

from __future__ import annotations

import contextlib
import html
import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape as rich_escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from .. import export as exporting
from ..errors import CommuniqueError
from ..pipeline import ingest_lock, ingest_paths, iter_statements
from ..report import Report
from ..sources import Limits
from ..store import open_archive
from .common import (
    DbOption,
    KindOption,
    PathsArg,
    SinceOption,
    UntilOption,
    app,
    err,
    fail,
    settings,
    summarise,
)

if TYPE_CHECKING:
    from ..models import Statement
    from ..search import SearchResult
    from ..store import Archive


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
    columns = (TextColumn("ingest"), BarColumn(), TextColumn("{task.completed} pages"),
               TimeElapsedColumn())
    try:
        with ingest_lock(cfg.db), open_archive(cfg.db) as archive, \
                Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("ingest", total=None)
            ingest_paths(paths, archive, report=report, enrich=cfg.enrich and not no_enrich,
                         batch_size=cfg.batch_size, limits=Limits.from_settings(cfg),
                         on_page=lambda: progress.advance(task))
    except CommuniqueError as exc:
        fail(str(exc))
    summarise(report, f"ingest into {cfg.db}")
    raise typer.Exit(1 if report.failed else 0)


@app.command("export")
def export_cmd(db: DbOption = None,
               fmt: Annotated[str, typer.Option("--format",
                                                help="jsonl, csv, parquet or tei")] = "jsonl",
               output: Annotated[Optional[Path], typer.Option(
                   "-o", "--output", help="File (a folder for parquet); stdout if absent")] = None,
               query: Annotated[str, typer.Option(
                   "-q", "--query", help="Export only what this search matches")] = "",
               kind: KindOption = None, since: SinceOption = None,
               until: UntilOption = None) -> None:
    """Write the archive, or what a search matches, as JSON Lines, CSV, Parquet or TEI XML.

    Parquet writes two tables into the folder -o: statements.parquet and turns.parquet.

    Example: communique export --format parquet -o export/ -q '"Port Lessa"' --kind interview
    """
    cfg = settings(db=db)
    if fmt not in exporting.FORMATS:
        fail(f"unknown export format {fmt!r}", "Choose one of: " + ", ".join(exporting.FORMATS))
    if fmt == "parquet" and output is None:
        fail("parquet needs a folder: -o FOLDER", "It writes statements.parquet and turns.parquet")
    archive = _open_readonly(cfg.db)
    with archive:
        try:
            statements = _export_statements(archive, query, kind, since, until)
            n = _write_export(fmt, statements, output)
        except CommuniqueError as exc:
            fail(str(exc))
            return
    err.print(f"export: {n} statements written as {fmt}"
              + (f" to {output}" if output else ""), highlight=False)


def _open_readonly(db: str) -> Archive:
    try:
        return open_archive(db, readonly=True)
    except CommuniqueError as exc:
        fail(str(exc), "Create it first with: communique ingest PATH --db FILE")
        raise


def _export_statements(archive: Archive, query: str, kind: list[str] | None,
                       since: str | None, until: str | None) -> Iterator[Statement]:
    from ..search import Filters, iter_matching

    if not (query or kind or since or until):
        return archive.iter_statements()
    filters = Filters(kind=tuple(kind or ()), since=since, until=until)
    matching = iter_matching(archive, query, filters, limit=max(1, archive.count()))
    first = next(matching, None)  # a malformed query fails now, before the output opens
    return itertools.chain([first] if first else [], matching)


def _write_export(fmt: str, statements: Iterator[Statement], output: Path | None) -> int:
    if fmt == "parquet":
        assert output is not None
        return exporting.write_parquet_dir(statements, output)
    if fmt == "tei":
        with output.open("wb") if output else contextlib.nullcontext(sys.stdout.buffer) as raw:
            return exporting.write_tei(statements, raw)
    writer = exporting.write_csv if fmt == "csv" else exporting.write_jsonl
    with (output.open("w", encoding="utf-8", newline="") if output
          else contextlib.nullcontext(sys.stdout)) as out:
        return writer(statements, out)


@app.command()
def serve(db: DbOption = None,
          host: Annotated[Optional[str], typer.Option("--host")] = None,
          port: Annotated[Optional[int], typer.Option("--port")] = None) -> None:
    """Serve the archive read-only on http://HOST:PORT (the web site, the API, feeds).

    Example: communique serve --db archive.db --port 8000
    """
    cfg = settings(db=db, host=host, port=port)
    import uvicorn

    from ..web import create_app

    try:
        web_app = create_app(cfg)
    except CommuniqueError as exc:
        fail(str(exc), "Create it first with: communique ingest PATH --db FILE")
        return
    err.print(f"serving {cfg.db} on http://{cfg.host}:{cfg.port}", highlight=False)
    uvicorn.run(web_app, host=cfg.host, port=cfg.port, log_level="warning")


@app.command("search")
def search_cmd(query: Annotated[str, typer.Argument(help='Words, "phrases", prefix*, OR, NOT')],
               db: DbOption = None, kind: KindOption = None,
               subkind: Annotated[Optional[list[str]], typer.Option("--subkind")] = None,
               since: SinceOption = None, until: UntilOption = None,
               participant: Annotated[Optional[list[str]], typer.Option("--participant")] = None,
               speaker: Annotated[Optional[str], typer.Option(
                   "--speaker", help="Match only the words of this speaker's turns")] = None,
               site: Annotated[Optional[list[str]], typer.Option("--site")] = None,
               language: Annotated[Optional[list[str]], typer.Option("--language")] = None,
               entity: Annotated[Optional[list[str]], typer.Option("--entity")] = None,
               complete: Annotated[Optional[bool], typer.Option(
                   "--complete/--teaser", help="Only complete statements, or only teasers")] = None,
               page: Annotated[int, typer.Option("--page", min=1)] = 1,
               page_size: Annotated[int, typer.Option("--page-size", min=1, max=100)] = 10,
               as_json: Annotated[bool, typer.Option("--json",
                                                     help="Print the API's JSON")] = False,
               ) -> None:
    """Search the archive: the best matches with highlighted snippets (or JSON with --json).

    Example: communique search '"Port Lessa" OR harbour' --kind interview --since 2021-01-01
    """
    from ..search import Filters, search

    cfg = settings(db=db)
    archive = _open_readonly(cfg.db)
    with archive:
        try:
            filters = Filters(kind=tuple(kind or ()), subkind=tuple(subkind or ()),
                              site=tuple(site or ()), language=tuple(language or ()),
                              participant=tuple(participant or ()), entity=tuple(entity or ()),
                              speaker=speaker, since=since, until=until, complete=complete)
            result = search(archive, query, filters, page=page, page_size=page_size,
                            facets=as_json, max_query_length=cfg.max_query_length)
        except CommuniqueError as exc:
            fail(str(exc), 'Quote phrases with "...", and give OR and NOT a word on each side.')
            return
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        return
    _print_hits(result)


def _print_hits(result: SearchResult) -> None:
    out = Console(highlight=False, soft_wrap=True)
    for hit in result.hits:
        s = hit.statement
        teaser = " (teaser)" if not s.complete else ""
        out.print(f"{s.id}  {s.published_at or '-'}  {s.kind}{teaser}  {s.title or ''}",
                  markup=False)
        snippet = html.unescape(hit.snippet.replace("<mark>", "\x02").replace("</mark>", "\x03"))
        out.print("    " + rich_escape(snippet).replace("\x02", "[bold yellow]")
                  .replace("\x03", "[/bold yellow]"))
    shown = len(result.hits)
    first = (result.page - 1) * result.page_size + 1 if shown else 0
    err.print(f"search: {result.total} statements match; showing {first}-{first + shown - 1}"
              if shown else "search: no statement matches", highlight=False)
