"""Small fictional pages for the blind rounds' tests: an HTML page of a body under its
heading, a text page, a dump's paragraphs."""

from __future__ import annotations

from communique.models import Page, Source


def html_page(body: str, *, heading: str = "", head: str = "") -> Page:
    """A page of the body in a content box, under its heading."""
    h1 = f"<h1>{heading}</h1>" if heading else ""
    content = (f"<html><head>{head}</head><body>{h1}<div class='content'>{body}</div>"
               "</body></html>")
    return Page(content=content, format="html", source=Source(format="html", path="p.html"))


def text_page(text: str) -> Page:
    return Page(content=text, format="text", source=Source(format="text", path="p.txt"))


def dump(*lines: str) -> str:
    """A dump's paragraphs, a blank line between them."""
    return "\n\n".join(lines)
