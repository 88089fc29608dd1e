"""Two statements -> their differences: aligned sentences, grouped by paragraph and turn.

Sentences are aligned on their normalised words (``shingles.words``), so a
speaker label or a dash that one site adds is no difference; a sentence with
a counterpart whose words differ is "reworded" and gets a word-level diff.
Paragraphs (``#pN`` anchors, 1-based) and turns are then counted as omitted or
added when none of their sentences has a counterpart, which gives the summary:
"the copy omits 4 of 26 turns and adds a 2-paragraph introduction".
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from typing import Any

from ..models import Statement
from .shingles import words

SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)]*\s+")
REWORDED_MIN_RATIO = 0.5
REWORDED_LOOKAHEAD = 12


@dataclass(slots=True)
class Sentence:
    paragraph: int  # 1-based paragraph of the statement's text
    text: str
    key: tuple[str, ...]


@dataclass(slots=True)
class Change:
    """One difference: a paragraph only one side has, or a reworded sentence.

    ``words`` (for ``reworded``) is the word-level diff as ``(op, text)`` with op
    ``=`` (both), ``-`` (only in a) or ``+`` (only in b).
    """

    kind: str  # "only_a", "only_b", "reworded"
    a: int | None
    b: int | None
    a_text: str = ""
    b_text: str = ""
    words: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Comparison:
    """What differs between statement ``a`` (the reference) and ``b`` (the copy)."""

    a: str
    b: str
    unit: str  # what ``units``/``omitted`` count: "turns" or "paragraphs"
    units: int
    omitted_units: int
    omitted_other: int  # omitted paragraphs outside every turn
    omitted: list[int]  # paragraphs of a with no counterpart in b
    added: list[int]  # paragraphs of b with no counterpart in a
    introduction: int  # added paragraphs before b's first shared one
    ending: int  # added paragraphs after b's last shared one
    reworded: int  # sentences
    changes: list[Change]
    summary: str
    matched: list[tuple[int, int]] = field(default_factory=list)  # paragraph pairs (a, b)
    # that share a sentence, in order: what a side-by-side view lines up

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def numbered_paragraphs(statement: Statement) -> dict[int, str]:
    """The paragraphs compared: the text's as numbered by ``#pN`` anchors, the lead as 0."""
    out = {0: statement.lead} if statement.lead else {}
    out.update(enumerate(statement.paragraphs, start=1))
    return out


def split_sentences(paragraphs: dict[int, str]) -> list[Sentence]:
    """The sentences of the paragraphs that hold words, with their paragraph number."""
    out = []
    for number, paragraph in paragraphs.items():
        for text in SENTENCE_END.split(paragraph.strip()):
            key = tuple(words(text))
            if key:
                out.append(Sentence(number, text.strip(), key))
    return out


def compare(a: Statement, b: Statement, *, name: str = "the copy") -> Comparison:
    """Align ``b`` against ``a`` by sentence and paragraph; say what ``b`` omits, adds, rewords.

    Args:
        a: the reference (usually the cluster's original, or the earlier version).
        b: the statement compared with it.
        name: how the summary calls ``b`` ("the copy", "the new version").
    """
    pa, pb = numbered_paragraphs(a), numbered_paragraphs(b)
    sa, sb = split_sentences(pa), split_sentences(pb)
    pairs, reworded = _align(sa, sb)
    kept_a = {sa[i].paragraph for i, _ in pairs}
    kept_b = {sb[j].paragraph for _, j in pairs}
    omitted = sorted({s.paragraph for s in sa} - kept_a)
    added = sorted({s.paragraph for s in sb} - kept_b)
    intro = sum(1 for p in added if p < min(kept_b)) if kept_b else 0
    ending = sum(1 for p in added if p > max(kept_b, default=0)) if kept_b else 0
    unit, units, omitted_units, omitted_other = _units(a, omitted)
    changes = _changes(pa, pb, omitted, added, [(sa[i], sb[j]) for i, j in reworded])
    result = Comparison(a=a.id, b=b.id, unit=unit, units=units, omitted_units=omitted_units,
                        omitted_other=omitted_other, omitted=omitted, added=added,
                        introduction=intro, ending=ending,
                        reworded=len(reworded), changes=changes, summary="",
                        matched=sorted({(sa[i].paragraph, sb[j].paragraph) for i, j in pairs}))
    result.summary = summarise(result, name=name, same_text=a.text == b.text)
    return result


def _align(sa: list[Sentence], sb: list[Sentence]
           ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Sentence pairs with a counterpart (equal or reworded), and the reworded ones."""
    matcher = SequenceMatcher(None, [s.key for s in sa], [s.key for s in sb], autojunk=False)
    pairs: list[tuple[int, int]] = []
    reworded: list[tuple[int, int]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
        elif op == "replace":
            found = _pair_reworded(sa, sb, range(i1, i2), range(j1, j2))
            pairs.extend(found)
            reworded.extend(found)
    return sorted(pairs), reworded


def _pair_reworded(sa: list[Sentence], sb: list[Sentence], ia: range, jb: range
                   ) -> list[tuple[int, int]]:
    """Pair the sentences of a replaced block in order, when their words mostly agree."""
    found = []
    start = jb.start
    for i in ia:
        # a bounded look-ahead keeps a long rewritten passage from costing n*m diffs
        for j in range(start, min(jb.stop, start + REWORDED_LOOKAHEAD)):
            if SequenceMatcher(None, sa[i].key, sb[j].key).ratio() >= REWORDED_MIN_RATIO:
                found.append((i, j))
                start = j + 1
                break
    return found


def _units(a: Statement, omitted: list[int]) -> tuple[str, int, int, int]:
    """Count omissions in turns when ``a`` has turns, else in paragraphs; the last
    number counts omitted paragraphs outside every turn (a lead, an introduction).

    A turn is omitted when every paragraph overlapping its span is; a turn's span
    may leave out the label or dash that starts its paragraph.
    """
    if not a.turns:
        return "paragraphs", len([p for p in a.paragraphs if words(p)]), len(omitted), 0
    spans, offset = [], 0
    for paragraph in a.paragraphs:
        spans.append((offset, offset + len(paragraph)))
        offset += len(paragraph) + 1
    dropped = {p for p in omitted if p > 0}
    lost, in_turns = 0, set()
    for turn in a.turns:
        inside = [n for n, (start, end) in enumerate(spans, start=1)
                  if start < max(turn.end, turn.start + 1) and end > turn.start]
        in_turns.update(inside)
        if inside and all(n in dropped for n in inside):
            lost += 1
    return "turns", len(a.turns), lost, len(set(omitted) - in_turns)


def _changes(pa: dict[int, str], pb: dict[int, str], omitted: list[int], added: list[int],
             reworded: list[tuple[Sentence, Sentence]]) -> list[Change]:
    out = [Change("only_a", p, None, a_text=pa[p]) for p in omitted]
    out += [Change("only_b", None, p, b_text=pb[p]) for p in added]
    out += [Change("reworded", x.paragraph, y.paragraph, x.text, y.text, word_diff(x.text, y.text))
            for x, y in reworded]
    return sorted(out, key=lambda c: (-1 if c.a is None else c.a, -1 if c.b is None else c.b))


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """The word-level diff of two sentences, comparing words without case or punctuation."""
    ta, tb = a.split(), b.split()
    key_a = ["".join(filter(str.isalnum, t.lower())) for t in ta]
    key_b = ["".join(filter(str.isalnum, t.lower())) for t in tb]
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, key_a, key_b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("=", " ".join(tb[j1:j2])))
            continue
        if i2 > i1:
            out.append(("-", " ".join(ta[i1:i2])))
        if j2 > j1:
            out.append(("+", " ".join(tb[j1:j2])))
    return out


def summarise(c: Comparison, *, name: str = "the copy", same_text: bool = False) -> str:
    """One sentence saying what ``b`` omits, adds and rewords relative to ``a``."""
    parts = []
    omits = [f"{c.omitted_units} of {c.units} {c.unit}"] if c.omitted_units else []
    if c.omitted_other:
        other = "other " if c.omitted_units else ""
        omits.append(f"{c.omitted_other} {other}paragraph" + "s" * (c.omitted_other > 1))
    if omits:
        parts.append("omits " + " and ".join(omits))
    if c.introduction:
        parts.append(f"adds a {c.introduction}-paragraph introduction")
    middle = len(c.added) - c.introduction - c.ending
    if middle:
        parts.append(f"adds {_n(middle, 'paragraph')}")
    if c.ending:
        parts.append(f"adds a {c.ending}-paragraph ending")
    if c.reworded:
        parts.append(f"rewords {_n(c.reworded, 'sentence')}")
    if not parts:
        if same_text:
            return f"{name} has the same text"
        return f"{name} has the same words (only labels, dashes, punctuation or case differ)"
    body = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{name} {body}"


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def render(c: Comparison) -> str:
    """The comparison as plain text lines: the summary, then each change."""
    lines = [c.summary]
    for change in c.changes:
        if change.kind == "only_a":
            lines.append(f"- only in {c.a} {_anchor(change.a)}: {change.a_text}")
        elif change.kind == "only_b":
            lines.append(f"+ only in {c.b} {_anchor(change.b)}: {change.b_text}")
        else:
            diff = " ".join(t if op == "=" else f"[{op}{t}{op}]" for op, t in change.words)
            lines.append(f"~ reworded {c.a} {_anchor(change.a)} -> {c.b} {_anchor(change.b)}: "
                         f"{diff}")
    return "\n".join(lines)


def _anchor(paragraph: int | None) -> str:
    return "lead" if paragraph == 0 else f"#p{paragraph}"
