"""Rendering helpers: the Jinja environment, safe links, times, and a statement's dialogue.

Templates autoescape everything; a scraped URL becomes a link only when it is
``http(s)``, so a ``javascript:`` URL in a page is shown as text, never followed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from babel import Locale, UnknownLocaleError
from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..export import turn_of_paragraphs
from ..models import Statement, Turn

TEMPLATES = Path(__file__).parent / "templates"
KIND_NAMES = {"press_conference": "news conference", "phone_call": "phone call"}


def build_environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES),
                      autoescape=select_autoescape(["html", "xml", "atom"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(href=safe_href, when=format_time, kind=kind_name, path=quote_path)
    env.globals["facet_label"] = facet_label
    return env


def render_page(request: Request, template: str, context: dict[str, Any], *,
                status: int = 200) -> HTMLResponse:
    env: Environment = request.app.state.templates
    body = env.get_template(template).render(request=request, **context)
    return HTMLResponse(body, status_code=status)


def safe_href(url: str | None) -> str | None:
    """The URL when it is safe to link (http or https); None otherwise."""
    if not url:
        return None
    cleaned = url.strip()
    if cleaned.lower().startswith(("http://", "https://")) and not any(
            c in cleaned for c in "\"'<> \n\r\t"):
        return cleaned
    return None


def quote_path(value: str) -> str:
    return quote(value, safe="")


def facet_label(name: str, value: str) -> str:
    """A facet value as a reader names it: a kind in words, a language by its name."""
    if name == "kind":
        return kind_name(value)
    if name == "language":
        return language_name(value)
    return value


@lru_cache(maxsize=256)
def language_name(code: str) -> str:
    """``French (fr)``; the code alone when babel does not know it."""
    try:
        return f"{Locale.parse(code.replace('-', '_')).get_display_name('en')} ({code})"
    except (ValueError, TypeError, UnknownLocaleError):
        return code


def kind_name(kind: str | None) -> str:
    return KIND_NAMES.get(kind or "", (kind or "").replace("_", " "))


def format_time(published_at: str | None) -> str:
    """``24 September 2021, 12:10 (UTC+04:00)``; the date alone when no time is known."""
    if not published_at:
        return "date unknown"
    try:
        moment = datetime.fromisoformat(published_at.replace("Z", "+00:00"))
    except ValueError:
        return published_at
    day = f"{moment.day} {moment:%B %Y}"
    if len(published_at) <= 10:
        return day
    zone = ""
    if moment.utcoffset() is not None:
        offset = moment.strftime("%z")
        zone = f" (UTC{offset[:3]}:{offset[3:]})"
    return f"{day}, {moment:%H:%M}{zone}"


@dataclass(slots=True)
class Segment:
    """Consecutive paragraphs of one turn (or of no turn: an introduction, a letter)."""

    turn: Turn | None
    number: int  # 1-based turn number, 0 when outside any turn
    paragraphs: list[tuple[int, str]] = field(default_factory=list)


def segments(statement: Statement) -> list[Segment]:
    """The statement's paragraphs grouped by turn, in order, numbered for ``#pN``."""
    owner = turn_of_paragraphs(statement)
    out: list[Segment] = []
    start = 0  # offset of the paragraph in ``statement.text``
    paragraphs = statement.paragraphs
    for n, (paragraph, turn_index) in enumerate(zip(paragraphs, owner,
                                                    strict=True), start=1):
        if not out or out[-1].number != turn_index + 1:
            turn = statement.turns[turn_index] if turn_index >= 0 else None
            out.append(Segment(turn, turn_index + 1))
            if turn is not None and start < turn.start < start + len(paragraph):
                # The speaker heading already names who speaks: drop the
                # "Name:" label or dash the page wrote before the words.
                paragraph = paragraph[turn.start - start:]
        out[-1].paragraphs.append((n, paragraph))
        start += len(paragraphs[n - 1]) + 1
    return out


def citation(statement: Statement, url: str, paragraph: int | None = None,
             version: int | None = None) -> str:
    """A citation line: who, what, when, where to find it (a stable URL)."""
    who = ", ".join(p.name for p in statement.participants[:3])
    parts = [p for p in (who, f"“{statement.title}”" if statement.title else None,
                         kind_name(statement.kind), format_time(statement.published_at),
                         f"para. {paragraph}" if paragraph else None,
                         f"version {version}" if version else None) if p]
    return ". ".join([", ".join(parts), f"Communique archive, {url}"])
