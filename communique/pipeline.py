"""The stages chained: paths -> pages -> documents -> statements, with a tally.

Library entry points used by the CLI, the web demo and the Spark job alike.

Crash safety of ``ingest_paths``: records of a file are taken in batches of
``batch_size``; each batch's statements and a progress mark for it are
committed in one transaction, and a finished file is marked done in the
transaction of its last statements.  A killed ingest therefore leaves the
archive at a batch boundary, and a rerun skips finished files and, within an
unfinished one, the records of its committed batches.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from .enrich import enrich_statement
from .errors import ArchiveBusyError, InputError, PageDropped
from .extract import extract_documents
from .models import Page, Statement
from .parse import parse_document
from .report import Report
from .sources import iter_file_pages, iter_pages, iter_paths
from .sources.limits import Limits, check_page, page_place
from .store import Archive

LOCK_WAIT_SECONDS = 600.0


def parse_page(page: Page, *, enrich: bool = True, limits: Limits | None = None) -> list[Statement]:
    """Every statement on one page, in page order.

    A failure inside a stage that is not one of the declared errors is a bug
    there; it is turned into an ``InputError`` naming the page (the original
    exception is its ``__cause__``) so that one page never ends a run.

    Raises:
        InputError: the page cannot be decoded, is over a bound, or a stage failed on it.
        PageDropped: the page holds no statement.
    """
    try:
        check_page(page, limits or Limits())
        return _parse_checked(page, enrich=enrich)
    except (InputError, PageDropped):
        raise
    except Exception as exc:  # noqa: BLE001 - containment, see the docstring
        raise InputError(f"a stage failed on this page ({type(exc).__name__}: "
                         f"{str(exc)[:200]})", path=page.source.path or page.url,
                         place=page_place(page)) from exc


def _parse_checked(page: Page, *, enrich: bool) -> list[Statement]:
    statements = []
    for index, doc in enumerate(extract_documents(page)):
        source = replace(page.source, part=index)
        statement = parse_document(doc, source)
        statements.append(enrich_statement(statement) if enrich else statement)
    return statements


def iter_page_statements(pages: Iterable[Page], *, report: Report, enrich: bool = True,
                         limits: Limits | None = None) -> Iterator[Statement]:
    """Parse each page, counting drops and errors; one bad page never stops the run."""
    for page in pages:
        yield from _page_statements(page, report=report, enrich=enrich, limits=limits)


def _page_statements(page: Page, *, report: Report, enrich: bool,
                     limits: Limits | None) -> list[Statement]:
    report.pages += 1
    try:
        found = parse_page(page, enrich=enrich, limits=limits)
    except PageDropped as drop:
        report.drop(drop.reason, page.source.url or page.source.path)
        return []
    except InputError as exc:
        report.error(exc)
        return []
    report.statements += len(found)
    return found


def iter_statements(paths: Iterable[str | os.PathLike[str]], *, report: Report,
                    enrich: bool = True,
                    skip_file: Callable[[Path], bool] | None = None,
                    limits: Limits | None = None) -> Iterator[Statement]:
    """Every statement in the given files and folders, in input order."""
    pages = iter_pages(paths, report=report, skip_file=skip_file, limits=limits)
    yield from iter_page_statements(pages, report=report, enrich=enrich, limits=limits)


def file_key(path: Path) -> str:
    """Identify one state of one input file, so a rerun can skip it when it is unchanged."""
    st = path.stat()
    return f"{path.resolve()}\x1f{st.st_size}\x1f{st.st_mtime_ns}"


def ingest_paths(paths: Iterable[str | os.PathLike[str]], archive: Archive, *, report: Report,
                 enrich: bool = True, batch_size: int = 200,
                 on_page: Callable[[], None] | None = None,
                 limits: Limits | None = None) -> Report:
    """Store every statement of the given files, committing per batch and per finished file.

    A file is marked done in the same transaction as its last statements, so a
    killed ingest resumes with the first unfinished file, at its first
    uncommitted batch of ``batch_size`` records, and redoes nothing else.
    """
    batch_size = max(1, batch_size)
    for path in iter_paths(paths):
        try:
            key = file_key(path)
        except OSError as exc:
            report.error(InputError(exc.strerror or str(exc), path=str(path)))
            continue
        if archive.file_done(key):
            report.files_skipped += 1
            continue
        progress = _Progress(archive, key, batch_size)
        report.records_resumed += progress.records_done
        _ingest_file(path, archive, progress, report=report, enrich=enrich, on_page=on_page,
                     limits=limits)
        archive.mark_file_done(key)
        archive.commit()
    archive.make_searchable()
    return report


class _Progress:
    """The committed batches of one file, kept as marks beside the finished-file keys.

    Mark ``k`` says records below ``k * size`` are stored; marks are written in
    order and in the transaction of the batch they close, so they form a run
    1..K that a binary search finds with ``Archive.file_done`` alone.
    """

    def __init__(self, archive: Archive, key: str, size: int):
        self.archive, self.key, self.size = archive, key, size
        self.batches = self._committed()

    @property
    def records_done(self) -> int:
        return self.batches * self.size

    def mark(self, k: int) -> str:
        return f"{self.key}\x1fbatch\x1f{self.size}\x1f{k}"

    def _committed(self) -> int:
        if not self.archive.file_done(self.mark(1)):
            return 0
        low, high = 1, 2
        while self.archive.file_done(self.mark(high)):
            low, high = high, high * 2
        while high - low > 1:  # mark(low) exists, mark(high) does not
            mid = (low + high) // 2
            low, high = (mid, high) if self.archive.file_done(self.mark(mid)) else (low, mid)
        return low

    def reach(self, index: int) -> None:
        """Commit every batch that ends before record ``index``."""
        reached = index // self.size
        if reached <= self.batches:
            return
        for k in range(self.batches + 1, reached + 1):
            self.archive.mark_file_done(self.mark(k))
        self.archive.commit()
        self.batches = reached


def _ingest_file(path: Path, archive: Archive, progress: _Progress, *, report: Report,
                 enrich: bool, on_page: Callable[[], None] | None,
                 limits: Limits | None) -> None:
    report.files += 1
    pages = _pages_of(path, report, on_page, start=progress.records_done, limits=limits)
    for page in pages:
        progress.reach(page.source.index)
        for statement in _page_statements(page, report=report, enrich=enrich, limits=limits):
            outcome = archive.add(statement).outcome
            if outcome == "added":
                report.added += 1
            elif outcome == "new_version":
                report.new_versions += 1
            else:
                report.unchanged += 1


def _pages_of(path: Path, report: Report, on_page: Callable[[], None] | None, *, start: int,
              limits: Limits | None) -> Iterator[Page]:
    try:
        for page in iter_file_pages(path, report=report, start=start, limits=limits):
            if on_page is not None:
                on_page()
            yield page
    except InputError as exc:
        report.error(exc)
    except OSError as exc:
        report.error(InputError(exc.strerror or str(exc), path=str(path)))
    except Exception as exc:  # noqa: BLE001 - a reader's bug ends this file, not the run
        report.error(InputError(f"reading failed ({type(exc).__name__}: {str(exc)[:200]})",
                                path=str(path)))


@contextmanager
def ingest_lock(target: str, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Let one ingest at a time write to an archive file; the next one waits its turn.

    Take it before opening the archive: a writer that opened it first would
    read a state the other is about to change.  PostgreSQL archives need no
    lock (their transactions take turns), so none is taken for a URL.

    Raises:
        ArchiveBusyError: another ingest kept the archive for more than ``wait`` seconds.
    """
    if target.startswith(("postgresql://", "postgres://")):
        yield
        return
    import fcntl  # POSIX only; imported here so that the package still imports elsewhere

    # The lock file is never removed: removing it would let a waiter lock a stale inode.
    with open(f"{target}.lock", "a") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ArchiveBusyError(
                        f"{target}: another ingest is writing to this archive (waited "
                        f"{wait:g} s); run this one again when it has finished") from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
