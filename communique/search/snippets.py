"""Highlighted snippets: the passage of a text where the query's words cluster, escaped.

Takes a text and the query's positive words; gives HTML-safe text in which
only the ``<mark>`` tags are markup, so a page or an API client can insert it
as is.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from dataclasses import dataclass

from ..models import Statement
from ..parse.language import UNSPACED
from .query import Words

WIDTH = 240
MAX_MATCHES = 64  # per term: enough to find the densest passage


@dataclass(frozen=True, slots=True)
class Highlighter:
    """The query's words as (term, is_prefix), and one regex that marks them in a passage."""

    terms: tuple[tuple[str, bool], ...]
    pattern: re.Pattern[str]


def highlight_pattern(words: list[Words]) -> Highlighter | None:
    """What a snippet marks: any word of the query (a prefix also marks its longer words)."""
    terms: dict[str, bool] = {}
    for leaf in words:
        for i, term in enumerate(leaf.terms):
            last = leaf.prefix and i == len(leaf.terms) - 1
            terms[term] = terms.get(term, False) or last
    if not terms:
        return None
    parts = sorted((_bounded(re.escape(t) + (r"\w*" if prefix else ""), t)
                    for t, prefix in terms.items()), key=len, reverse=True)
    pattern = re.compile("|".join(parts), re.IGNORECASE)
    return Highlighter(tuple(terms.items()), pattern)


def _bounded(part: str, term: str) -> str:
    """A term's pattern between word boundaries; a CJK character is a word of its own."""
    return part if UNSPACED.fullmatch(term) else rf"(?<!\w){part}(?!\w)"


def make_snippet(text: str, highlighter: Highlighter | None, *, width: int = WIDTH) -> str:
    """The ``width``-character passage with the most matches, escaped, matches in ``<mark>``."""
    starts = _match_starts(text, highlighter) if highlighter else []
    start = _word_start(text, _best_window(starts, width)) if starts else 0
    end = min(len(text), start + width)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    out, at = [], start
    if highlighter is not None:
        for match in highlighter.pattern.finditer(text, start, end):
            a, b = match.span()
            out.append(html.escape(text[at:a]))
            out.append("<mark>" + html.escape(text[a:b]) + "</mark>")
            at = b
    out.append(html.escape(text[at:end]))
    body = "".join(out).replace("\n", " ")
    return ("… " if start > 0 else "") + body + (" …" if end < len(text) else "")


def _match_starts(text: str, highlighter: Highlighter) -> list[int]:
    # str.find on the lower-cased text is many times faster than a regex over all of it;
    # the regex then only marks the chosen passage.
    lowered = text.lower()
    starts: list[int] = []
    for term, prefix in highlighter.terms:
        at, found = lowered.find(term), 0
        while at >= 0 and found < MAX_MATCHES:
            end = at + len(term)
            before_ok = at == 0 or not lowered[at - 1].isalnum()
            after_ok = prefix or end >= len(lowered) or not lowered[end].isalnum()
            if before_ok and after_ok:
                starts.append(at)
                found += 1
            at = lowered.find(term, end)
    return sorted(starts)


def _best_window(starts: list[int], width: int) -> int:
    best, best_count = starts[0], 0
    for i, a in enumerate(starts):
        count = bisect_left(starts, a + width - 40) - i
        if count > best_count:
            best, best_count = a, count
    return max(0, best - 60)


def _word_start(text: str, start: int) -> int:
    if start <= 0:
        return 0
    space = text.find(" ", start, start + 40)
    return space + 1 if space >= 0 else start


def snippet_text(statement: Statement, speaker: str | None) -> str:
    """What a hit's snippet is cut from: the speaker's turns when the search names one."""
    if speaker:
        said = [t.text for t in statement.turns if t.speaker == speaker]
        if said:
            return "\n".join(said)
    return statement.text or statement.lead or ""
