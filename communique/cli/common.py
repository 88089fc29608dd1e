"""What every command shares: the Typer app, the error console, option types, the summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape as rich_escape

from ..config import Settings, load_settings
from ..errors import CommuniqueError
from ..report import Report

if TYPE_CHECKING:
    pass

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


