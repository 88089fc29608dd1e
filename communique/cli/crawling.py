"""The crawl command: polite crawling into WARC, re-crawl and ingest."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.markup import escape as rich_escape
from rich.progress import Progress, TextColumn, TimeElapsedColumn

from ..errors import CommuniqueError
from ..pipeline import ingest_lock
from ..store import open_archive
from .common import DbOption, app, err, fail, settings, summarise

if TYPE_CHECKING:
    from .. import crawl as crawling
    from ..crawl import CrawlOptions, Task


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
    from .. import crawl as crawling

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

    from .. import crawl as crawling

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
