"""The command line: thin wrappers that parse flags, call the library and print.

Data goes to stdout, progress and summaries to stderr.  Exit status 0 when
everything was read, 1 when some input failed (the rest still done), 2 on a
usage or archive error.  One module per group of commands; importing them
registers their commands on ``app``, in the order ``--help`` lists them.
"""

from __future__ import annotations

from . import archive, copies, crawling, scale  # noqa: F401  (registers the commands)
from .common import app

__all__ = ["app", "main"]


def main() -> None:
    app()
