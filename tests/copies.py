"""Our four forms of one interview (examples/copies/), built as the parser would give them.

Fictional pages: an official interview with dash turns, a news site's copy with
named speakers and an introduction, a copy with two answers cut, an edited
re-crawl of the official page; and two other statements by the same people.
"""

from __future__ import annotations

import re

from communique.models import Source, Statement, Turn

from .conftest import EXAMPLES

COPIES = EXAMPLES / "copies"
# name: (published_at, fetched_at, site, whether the line after the date is a lead)
PAGES = {
    "official_interview": ("2025-05-14T09:00", "2025-05-14T09:05:00Z", "president.vl", True),
    "official_interview_recrawl": ("2025-05-14T09:00", "2025-06-02T04:00:00Z", "president.vl",
                                   True),
    "news_copy": ("2025-05-15", "2025-05-15T12:00:00Z", "lessadaily.vl", False),
    "cut_copy": ("2025-05-14", "2025-05-16T08:00:00Z", "coastalreview.vl", True),
    "second_interview": ("2026-04-20T10:00", "2026-04-20T11:00:00Z", "president.vl", True),
    "harbour_speech": ("2025-11-28T11:00", "2025-11-28T12:00:00Z", "president.vl", True),
}
FOUR_FORMS = {"official_interview", "official_interview_recrawl", "news_copy", "cut_copy"}
TURN_START = re.compile(r"^(- |(?:Nadia Orlen|Amara Velden): )")


def example(name: str) -> Statement:
    """One of our example pages as the parser would give it: title, date, lead, turns."""
    published, fetched, site, has_lead = PAGES[name]
    lines = [ln for ln in (COPIES / f"{name}.txt").read_text().splitlines() if ln.strip()]
    lead = lines[2] if has_lead else None
    body = lines[3:] if has_lead else lines[2:]
    text = "\n".join(body)
    turns, offset = [], 0
    for paragraph in body:
        label = TURN_START.match(paragraph)
        if label:
            turns.append(Turn(label.group(1).rstrip(": -") or None, "statement",
                              paragraph[label.end():], offset + label.end(),
                              offset + len(paragraph)))
        offset += len(paragraph) + 1
    return Statement(id=name, kind="interview", title=lines[0], published_at=published,
                     text=text, lead=lead, site=site, turns=turns,
                     source=Source("text", path=f"{name}.txt", fetched_at=fetched))




def build_linked_archive(path: str) -> str:
    """Store the six examples, the official page's re-crawl as its version 2, and link them
    with ``communique link`` as a user would; returns the path."""
    from dataclasses import replace

    from typer.testing import CliRunner

    from communique.cli import app
    from communique.store import add_all, open_archive

    with open_archive(path) as archive:
        add_all(archive, [example(name) for name in PAGES])
        add_all(archive, [replace(example("official_interview_recrawl"), id="official_interview")])
    linked = CliRunner().invoke(app, ["link", "--db", path])
    assert linked.exit_code == 0, linked.output
    return path
