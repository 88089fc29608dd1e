"""Commands for copies of one statement: link and compare."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import CommuniqueError
from ..pipeline import ingest_lock
from ..store import open_archive
from .common import DbOption, app, err, fail, settings

if TYPE_CHECKING:
    from ..models import Statement
    from ..store import Archive


@app.command("link")
def link_cmd(db: DbOption = None) -> None:
    """Cluster copies of one statement across the archive (incremental: new statements only).

    Prints each cluster of copies (id, size, original, members) on stdout.

    Example: communique link --db archive.db
    """
    from ..link import iter_clusters, link_archive

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
    from ..link import compare, render

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
