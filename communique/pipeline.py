"""The stages chained: paths -> pages -> documents -> statements, with a tally.

Library entry points used by the CLI, the web demo and the Spark job alike.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .enrich import enrich_statement
from .errors import InputError, PageDropped
from .extract import extract_documents
from .models import Page, Statement
from .parse import parse_document
from .report import Report
from .sources import iter_file_pages, iter_pages, iter_paths
from .store import Archive


def parse_page(page: Page, *, enrich: bool = True) -> list[Statement]:
    """Every statement on one page, in page order.

    Raises:
        InputError: the page cannot be decoded.
        PageDropped: the page holds no statement.
    """
    statements = []
    for index, doc in enumerate(extract_documents(page)):
        source = replace(page.source, part=index)
        statement = parse_document(doc, source)
        statements.append(enrich_statement(statement) if enrich else statement)
    return statements


def iter_page_statements(pages: Iterable[Page], *, report: Report,
                         enrich: bool = True) -> Iterator[Statement]:
    """Parse each page, counting drops and errors; one bad page never stops the run."""
    for page in pages:
        report.pages += 1
        try:
            found = parse_page(page, enrich=enrich)
        except PageDropped as drop:
            report.drop(drop.reason)
            continue
        except InputError as exc:
            report.error(exc)
            continue
        report.statements += len(found)
        yield from found


def iter_statements(paths: Iterable[str | os.PathLike[str]], *, report: Report,
                    enrich: bool = True,
                    skip_file: Callable[[Path], bool] | None = None) -> Iterator[Statement]:
    """Every statement in the given files and folders, in input order."""
    pages = iter_pages(paths, report=report, skip_file=skip_file)
    yield from iter_page_statements(pages, report=report, enrich=enrich)


def file_key(path: Path) -> str:
    """Identify one state of one input file, so a rerun can skip it when it is unchanged."""
    st = path.stat()
    return f"{path.resolve()}\x1f{st.st_size}\x1f{st.st_mtime_ns}"


def ingest_paths(paths: Iterable[str | os.PathLike[str]], archive: Archive, *, report: Report,
                 enrich: bool = True, batch_size: int = 200,
                 on_page: Callable[[], None] | None = None) -> Report:
    """Store every statement of the given files, committing per batch and per finished file.

    A file is marked done in the same transaction as its last statements, so a
    killed ingest resumes with the first unfinished file and redoes nothing else.
    """
    for path in iter_paths(paths):
        try:
            key = file_key(path)
        except OSError as exc:
            report.error(InputError(exc.strerror or str(exc), path=str(path)))
            continue
        if archive.file_done(key):
            report.files_skipped += 1
            continue
        _ingest_file(path, archive, report=report, enrich=enrich, batch_size=batch_size,
                     on_page=on_page)
        archive.mark_file_done(key)
        archive.commit()
    return report


def _ingest_file(path: Path, archive: Archive, *, report: Report, enrich: bool,
                 batch_size: int, on_page: Callable[[], None] | None) -> None:
    report.files += 1
    pending = 0
    for statement in iter_page_statements(_pages_of(path, report, on_page), report=report,
                                          enrich=enrich):
        outcome = archive.add(statement).outcome
        if outcome == "added":
            report.added += 1
        elif outcome == "new_version":
            report.new_versions += 1
        else:
            report.unchanged += 1
        pending += 1
        if pending >= batch_size:
            archive.commit()
            pending = 0


def _pages_of(path: Path, report: Report, on_page: Callable[[], None] | None) -> Iterator[Page]:
    try:
        for page in iter_file_pages(path, report=report):
            if on_page is not None:
                on_page()
            yield page
    except InputError as exc:
        report.error(exc)
    except OSError as exc:
        report.error(InputError(exc.strerror or str(exc), path=str(path)))
