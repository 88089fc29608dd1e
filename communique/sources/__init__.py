"""Sources: text dumps, HTML files, Markdown, JSON Lines, WARC, folders -> iterator of Page.

The format is recognised from the content (``sniff_format``); a file's name is
only a hint.  Errors in one file or record are reported to the ``Report`` and
reading goes on with the next.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Page
from ..report import Report
from .files import iter_file_pages, sniff_format
from .limits import Limits

__all__ = ["Limits", "iter_pages", "iter_paths", "sniff_format", "iter_file_pages"]

SKIP_NAMES = {"gold.jsonl", "index.jsonl"}


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Expand folders into the files below them, in a stable (sorted) order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # Links that lead nowhere (a missing target, a loop) are kept, so that reading
            # them fails and is counted like any unreadable file, not skipped unseen.
            for sub in sorted(p for p in path.rglob("*") if p.is_file() or _dead_link(p)):
                # Hidden files and folders (".git") are no pages of the archive's.
                hidden = any(part.startswith(".") for part in sub.relative_to(path).parts)
                if not hidden and sub.name not in SKIP_NAMES:
                    yield sub
        else:
            yield path


def iter_pages(
    paths: Iterable[str | os.PathLike[str]],
    *,
    report: Report,
    skip_file: Callable[[Path], bool] | None = None,
    limits: Limits | None = None,
) -> Iterator[Page]:
    """Yield every page in the given files and folders, reporting what cannot be read.

    ``skip_file`` lets a resumed ingest pass over files it finished before.
    """
    for path in iter_paths(paths):
        if skip_file is not None and skip_file(path):
            report.files_skipped += 1
            continue
        report.files += 1
        try:
            yield from iter_file_pages(path, report=report, limits=limits)
        except InputError as exc:
            report.error(exc)
        except OSError as exc:
            report.error(InputError(_os_reason(path, exc), path=str(path)))
        except Exception as exc:  # noqa: BLE001 - a reader's bug ends this file, not the run
            report.error(InputError(f"reading failed ({type(exc).__name__}: "
                                    f"{str(exc)[:200]})", path=str(path)))


def _dead_link(path: Path) -> bool:
    """A symbolic link whose target is missing or a loop of links."""
    return path.is_symlink() and not path.exists()


def _os_reason(path: Path, exc: OSError) -> str:
    """The system's reason, said plainly for a link that leads nowhere."""
    if not path.is_symlink():
        return exc.strerror or str(exc)
    if exc.errno == errno.ELOOP:
        return "a symbolic link in a loop of links: nothing to read"
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return f"a symbolic link to a missing file ({target!r}): nothing to read"
