"""The command line: thin wrappers that parse flags, call the library and print.

Data goes to stdout, progress and summaries to stderr.  Exit status 0 when
everything was read, 1 when some input failed (the rest still done), 2 on a
usage or archive error.
"""

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

from . import export as exporting
from .config import Settings, load_settings
from .errors import CommuniqueError
from .pipeline import ingest_lock, ingest_paths, iter_statements
from .report import Report
from .sources import Limits
from .store import open_archive

if TYPE_CHECKING:
    from . import crawl as crawling
    from .crawl import CrawlOptions, Task
    from .models import Statement
    from .search import SearchResult
    from .store import Archive

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Communique: official statements into a searchable archive.")
# soft_wrap: messages name files; a path broken across lines cannot be copied.
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Optional[str], typer.Option("--db", help="Archive: SQLite file or "
                                                 "postgresql:// URL [env COMMUNIQUE_DB]")]
PathsArg = Annotated[list[Path], typer.Argument(help="Files or folders to read.")]
KindOption = Annotated[Optional[list[str]], typer.Option("--kind", help="Kind (repeatable)")]
SinceOption = Annotated[Optional[str], typer.Option("--since", help="From this day (YYYY-MM-DD)")]
UntilOption = Annotated[Optional[str], typer.Option("--until", help="To this day, inclusive")]


def settings(**overrides: object) -> Settings:
    try:
        return load_settings(overrides=overrides)
    except CommuniqueError as exc:
        fail(str(exc))
        raise


def fail(message: str, hint: str | None = None, code: int = 2) -> None:
    err.print(f"[red]Error:[/red] {rich_escape(message)}", highlight=False, markup=True)
    if hint:
        err.print(hint, highlight=False, markup=False)
    raise typer.Exit(code)


def summarise(report: Report, title: str) -> None:
    err.print(f"[bold]{title}[/bold]", highlight=False)
    for line in report.lines():
        err.print(f"  {line}", highlight=False, markup=False)
    for message in report.errors[:50]:
        err.print(f"  [red]error[/red] {rich_escape(message)}", highlight=False)
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
    from .search import Filters, iter_matching

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

    from .web import create_app

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
    from .search import Filters, search

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
    from . import spark as job

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
    from .parquet import load_parquet, parquet_parts

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


@app.command("crawl")
def crawl_cmd(
    out: Annotated[Path, typer.Option("--out", help="WARC file to write (.warc.gz); run the "
                                      "same command again to resume a stopped crawl.")],
    urls: Annotated[Optional[list[str]], typer.Argument(
        help="Feeds, sitemaps or listing pages to start from.", show_default=False)] = None,
    since: Annotated[Optional[str], typer.Option(help="Skip items before YYYY-MM-DD.")] = None,
    max_pages: Annotated[Optional[int], typer.Option(help="Stop after N statement pages.")] = None,
    delay: Annotated[float, typer.Option(help="Seconds between requests to one host.")] = 1.0,
    contact: Annotated[Optional[str], typer.Option(
        envvar="COMMUNIQUE_CONTACT", help="Your e-mail or URL, sent in the User-Agent.")] = None,
    recrawl: Annotated[bool, typer.Option(help="Revisit the URLs of --db with conditional "
                                          "requests; store and list what changed.")] = False,
    ingest_too: Annotated[bool, typer.Option("--ingest", help="Then ingest into --db.")] = False,
    db: DbOption = None,
) -> None:
    """Crawl official sites politely (robots.txt, delays) into a WARC file; optionally ingest it.

    Example: communique crawl https://president.example/feed.xml --out crawl.warc.gz
    --contact you@example.org --ingest --db archive.db
    """
    from . import crawl as crawling

    if not contact:
        fail("crawling needs a contact address for the User-Agent",
             "Give one with: --contact you@example.org (or set COMMUNIQUE_CONTACT)")
    if bool(urls) == recrawl:
        fail("give the URLs to start from, or --recrawl to revisit the archive's URLs")
    try:
        options = crawling.CrawlOptions(contact or "", delay=delay, max_pages=max_pages,
                                        since=crawling.parse_since(since))
        tasks = crawling.seed_tasks(urls or [])
    except CommuniqueError as exc:
        fail(str(exc))
        return
    cfg = settings(db=db)
    _crawl_run(tasks, out, options, cfg.db if recrawl or ingest_too else None,
               recrawl=recrawl, enrich=cfg.enrich)


def _crawl_run(tasks: list[Task], out: Path, options: CrawlOptions, db: str | None, *,
               recrawl: bool, enrich: bool) -> None:
    import asyncio

    from . import crawl as crawling

    report, outcome, ingested = crawling.CrawlReport(), None, [0]
    # The crawl writes the archive like an ingest does, so it takes its turn the same way.
    holds = contextlib.ExitStack()
    archive = None
    try:
        if db:
            holds.enter_context(ingest_lock(db))
            archive = holds.enter_context(open_archive(db))
    except CommuniqueError as exc:
        holds.close()
        fail(str(exc))
        return
    with Progress(TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                  transient=True) as progress:
        task = progress.add_task("crawl", total=None)

        def crawled(r: crawling.CrawlReport, queued: int) -> None:
            progress.update(task, description=f"crawl: {r.fetched + r.from_warc} responses, "
                                              f"{r.pages} pages, {queued} queued")

        def ingesting() -> None:
            ingested[0] += 1
            progress.update(task, description=f"ingest: {ingested[0]} pages")

        try:
            outcome = asyncio.run(crawling.crawl_and_store(
                tasks, out, options, archive=archive, revisit=recrawl, enrich=enrich,
                report=report, on_progress=crawled, on_page=ingesting))
        except KeyboardInterrupt:
            err.print("stopped: run the same command again to resume", highlight=False)
        except CommuniqueError as exc:
            fail(str(exc))
        finally:
            holds.close()
    _crawl_summary(report, outcome, f"crawl into {out}", db)


def _crawl_summary(report: crawling.CrawlReport, outcome: crawling.CrawlOutcome | None,
                   title: str, db: str | None) -> None:
    for change in outcome.changes if outcome else []:
        sys.stdout.write(json.dumps(change.to_dict(), ensure_ascii=False) + "\n")
    err.print(f"[bold]{title}[/bold]", highlight=False)
    for line in report.lines():
        err.print(f"  {line}", highlight=False, markup=False)
    for message in report.errors[:50]:
        err.print(f"  [red]error[/red] {rich_escape(message)}", highlight=False)
    if outcome and outcome.ingest:
        summarise(outcome.ingest, f"ingest into {db}")
    if outcome and outcome.changes:
        err.print(f"  changes: {len(outcome.changes)} statements (JSON Lines on stdout)",
                  highlight=False)
    raise typer.Exit(1 if report.failed or outcome is None or (
        outcome.ingest and outcome.ingest.failed) else 0)


@app.command("link")
def link_cmd(db: DbOption = None) -> None:
    """Cluster copies of one statement across the archive (incremental: new statements only).

    Prints each cluster of copies (id, size, original, members) on stdout.

    Example: communique link --db archive.db
    """
    from .link import iter_clusters, link_archive

    cfg = settings(db=db)
    if "://" not in cfg.db and not Path(cfg.db).exists():
        fail(f"{cfg.db}: no such archive", "Create it first with: communique ingest PATH --db FILE")
    try:
        with ingest_lock(cfg.db), open_archive(cfg.db) as archive:
            report = link_archive(archive)
            for info in iter_clusters(archive):
                print(f"{info.cluster}\t{len(info.members)}\t{info.original}\t"
                      + ",".join(info.members))
    except CommuniqueError as exc:
        fail(str(exc))
        return
    err.print(f"[bold]link {cfg.db}[/bold]", highlight=False)
    for line in report.lines():
        err.print(f"  {line}", highlight=False, markup=False)


@app.command("compare")
def compare_cmd(
    first: Annotated[str, typer.Argument(help="The reference: a statement id or ID@VERSION.")],
    second: Annotated[str, typer.Argument(help="The statement compared with it.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
) -> None:
    """Show what SECOND omits, adds and rewords relative to FIRST, paragraph by paragraph.

    Example: communique compare 3f2a9c0e1b7d4a55 9c1e7a2b3d4f5a66@2 --db archive.db
    """
    from .link import compare, render

    cfg = settings(db=db)
    try:
        with open_archive(cfg.db, readonly=True) as archive:
            a, b = (_statement_at(archive, ref) for ref in (first, second))
    except CommuniqueError as exc:
        fail(str(exc), "Statement ids are in: communique export --db FILE")
        return
    result = compare(a, b, name="the copy" if a.id != b.id else "the other version")
    print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1) if as_json
          else render(result))


def _statement_at(archive: Archive, ref: str) -> Statement:
    sid, _, version = ref.partition("@")
    if version and not version.isdigit():
        fail(f"bad version in {ref!r}", "Write ID@N with N a version number, e.g. abc123@2")
    return archive.get(sid, version=int(version) if version else None)


def main() -> None:
    app()
