"""Query parsing: the search box's language into a tree, and the tree into a tantivy query.

The language: words (all must match), ``"phrases"``, ``prefix*``, ``OR``,
``NOT`` or a leading ``-``, and parentheses.  ``OR`` binds tighter than the
implicit AND, so ``tanks OR shells Shusha`` means (tanks OR shells) AND Shusha.
Anything the parser cannot read raises ``QueryError`` with the reason, which
the web turns into a 400 and the CLI into a one-line error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import tantivy

from ..errors import QueryError
from ..parse.language import UNSPACED

MAX_TERMS = 64
MAX_DEPTH = 16
MIN_PREFIX = 2
OPERATORS = ("AND", "OR", "NOT")
TITLE_BOOST = 2.0


@dataclass(frozen=True, slots=True)
class Words:
    """Consecutive index terms: one word, or a phrase when more than one; ``prefix`` on the last."""

    terms: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


@dataclass(frozen=True, slots=True)
class AllOf:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    children: tuple[Node, ...]


Node = Words | Not | AllOf | AnyOf


@dataclass(slots=True)
class _Tokens:
    items: list[tuple[str, str]]
    pos: int = 0
    terms: int = 0
    depth: int = field(default=0)

    def peek(self) -> tuple[str, str] | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def take(self) -> tuple[str, str]:
        self.pos += 1
        return self.items[self.pos - 1]


def tokenize(text: str) -> list[tuple[str, str]]:
    """Cut the query into (type, text): ``word``, ``phrase``, ``(``, ``)``, ``-``."""
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append((ch, ch))
            i += 1
        elif ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QueryError('unterminated phrase: a " has no closing "')
            star = end + 1 < len(text) and text[end + 1] == "*"
            tokens.append(("phrase*" if star else "phrase", text[i + 1:end]))
            i = end + 1 + int(star)
        elif ch == "-" and (not tokens or text[i - 1].isspace() or text[i - 1] == "("):
            tokens.append(("-", "-"))
            i += 1
        else:
            match = re.compile(r'[^\s()"]+').match(text, i)
            assert match is not None
            tokens.append(("word", match.group()))
            i = match.end()
    return tokens


def parse_query(text: str, analyze: Callable[[str], list[str]], *,
                max_length: int = 500) -> Node | None:
    """Parse a search box's text; None when it holds nothing to search for.

    Raises:
        QueryError: the query is too long, unbalanced, or an operator lacks an operand.
    """
    if len(text) > max_length:
        raise QueryError(f"the query is too long ({len(text)} characters; at most {max_length})")
    tokens = _Tokens(tokenize(text))
    if not tokens.items:
        return None
    node = _parse_all(tokens, analyze)
    if tokens.peek() is not None:
        raise QueryError("unbalanced parentheses: a ')' has no matching '('")
    if node is None:
        raise QueryError("the query has no words to search for")
    if not _has_positive(node) and isinstance(node, Not):
        return AllOf((node,))
    return node


def _parse_all(tokens: _Tokens, analyze: Callable[[str], list[str]]) -> Node | None:
    children: list[Node] = []
    while (tok := tokens.peek()) is not None and tok[0] != ")":
        if tok == ("word", "AND"):
            tokens.take()
            if not children or tokens.peek() in (None, (")", ")")):
                raise QueryError("AND needs a term on each side")
            continue
        node = _parse_any(tokens, analyze)
        if node is not None:
            children.append(node)
    if not children:
        return None
    return children[0] if len(children) == 1 else AllOf(tuple(children))


def _parse_any(tokens: _Tokens, analyze: Callable[[str], list[str]]) -> Node | None:
    if tokens.peek() == ("word", "OR"):
        raise QueryError("OR needs a term on each side")
    children = [_parse_unary(tokens, analyze)]
    while tokens.peek() == ("word", "OR"):
        tokens.take()
        if tokens.peek() in (None, (")", ")"), ("word", "OR"), ("word", "AND")):
            raise QueryError("OR needs a term on each side")
        children.append(_parse_unary(tokens, analyze))
    kept = [c for c in children if c is not None]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else AnyOf(tuple(kept))


def _parse_unary(tokens: _Tokens, analyze: Callable[[str], list[str]]) -> Node | None:
    kind, value = tokens.take()
    if kind == "-" or (kind, value) == ("word", "NOT"):
        if tokens.peek() in (None, (")", ")"), *(("word", o) for o in OPERATORS)):
            raise QueryError(f"{value} needs a term after it")
        child = _parse_unary(tokens, analyze)
        return Not(child) if child is not None else None
    if kind == "(":
        tokens.depth += 1
        if tokens.depth > MAX_DEPTH:
            raise QueryError(f"parentheses nested too deep (at most {MAX_DEPTH})")
        inner = _parse_all(tokens, analyze)
        if tokens.peek() != (")", ")"):
            raise QueryError("unbalanced parentheses: a '(' is never closed")
        tokens.take()
        tokens.depth -= 1
        return inner
    if kind == ")":
        raise QueryError("unbalanced parentheses: a ')' has no matching '('")
    return _leaf(kind, value, tokens, analyze)


def _leaf(kind: str, value: str, tokens: _Tokens,
          analyze: Callable[[str], list[str]]) -> Words | None:
    prefix = kind == "phrase*" or (kind == "word" and value.endswith("*"))
    terms = tuple(analyze(value.rstrip("*") if kind == "word" else value))
    if not terms:
        if kind.startswith("phrase"):
            raise QueryError("an empty phrase: put words between the quotes")
        return None
    if prefix and UNSPACED.search(terms[-1]):
        prefix = False  # "诺兰*": each CJK character is a word, the prefix a phrase of them
    if prefix and len(terms[-1]) < MIN_PREFIX:
        raise QueryError(f"a prefix needs at least {MIN_PREFIX} letters before the *")
    tokens.terms += len(terms)
    if tokens.terms > MAX_TERMS:
        raise QueryError(f"too many words in the query (at most {MAX_TERMS})")
    return Words(terms, prefix)


def _has_positive(node: Node) -> bool:
    if isinstance(node, Words):
        return True
    if isinstance(node, Not):
        return False
    return any(_has_positive(c) for c in node.children)


def positive_words(node: Node | None) -> list[Words]:
    """The leaves a match must or may contain (not those under NOT): what snippets highlight."""
    if node is None or isinstance(node, Not):
        return []
    if isinstance(node, Words):
        return [node]
    return [w for c in node.children for w in positive_words(c)]


def to_tantivy(node: Node, schema: tantivy.Schema, fields: tuple[str, ...], *,
               all_pairs: bool = True) -> tantivy.Query:
    """Build the tantivy query for a parsed tree over the given text fields.

    ``all_pairs`` false: the index's ``pairs`` field holds only the terms positions
    cannot match (the turn index), so phrases are matched by positions as well.
    """
    if isinstance(node, Words) and len(node.terms) > 1 and not node.prefix:
        if not all_pairs:
            return _positional_phrase_query(node, schema, fields)
        return _phrase_query(node, schema, fields)
    if isinstance(node, Words):
        per_field = [_words_query(node, schema, f) for f in fields]
        if len(per_field) == 1:
            return per_field[0]
        boosted = [tantivy.Query.boost_query(q, TITLE_BOOST) if f == "title" else q
                   for f, q in zip(fields, per_field, strict=True)]
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in boosted])
    if isinstance(node, Not):
        return tantivy.Query.boolean_query([
            (tantivy.Occur.Must, tantivy.Query.all_query()),
            (tantivy.Occur.MustNot, to_tantivy(node.child, schema, fields,
                                               all_pairs=all_pairs))])
    occur = tantivy.Occur.Must if isinstance(node, AllOf) else tantivy.Occur.Should
    clauses = []
    for child in node.children:
        if isinstance(child, Not) and isinstance(node, AllOf):
            clauses.append((tantivy.Occur.MustNot,
                            to_tantivy(child.child, schema, fields, all_pairs=all_pairs)))
        else:
            clauses.append((occur, to_tantivy(child, schema, fields, all_pairs=all_pairs)))
    if all(o == tantivy.Occur.MustNot for o, _ in clauses):
        clauses.append((tantivy.Occur.Must, tantivy.Query.all_query()))
    return tantivy.Query.boolean_query(clauses)


def _phrase_query(words: Words, schema: tantivy.Schema,
                  fields: tuple[str, ...]) -> tantivy.Query:
    # The ``pairs`` field holds every run of two and three words as one token: a phrase of
    # two or three words is a plain term lookup, a longer one checks positions only where
    # all its triples occur.
    terms = words.terms
    if len(terms) <= 3:
        return tantivy.Query.term_query(schema, "pairs", "_".join(terms))
    runs = [tantivy.Query.term_query(schema, "pairs", "_".join(terms[i:i + 3]))
            for i in range(len(terms) - 2)]
    exact = tantivy.Query.boolean_query([(tantivy.Occur.Should, _words_query(words, schema, f))
                                         for f in fields])
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in runs]
                                       + [(tantivy.Occur.Must, exact)])


def _positional_phrase_query(words: Words, schema: tantivy.Schema,
                             fields: tuple[str, ...]) -> tantivy.Query:
    # Positions match the same phrases as whole ``pairs`` terms except across a word too
    # long to index; the index keeps just those spanning terms in ``pairs``.
    clauses = [(tantivy.Occur.Should, _words_query(words, schema, f)) for f in fields]
    if len(words.terms) <= 3:
        joined = "_".join(words.terms)
        clauses.append((tantivy.Occur.Should, tantivy.Query.term_query(schema, "pairs", joined)))
    return tantivy.Query.boolean_query(clauses)


def _words_query(words: Words, schema: tantivy.Schema, field_name: str) -> tantivy.Query:
    terms: list[Any] = list(words.terms)
    if words.prefix and len(terms) == 1:
        return tantivy.Query.regex_query(schema, field_name, re.escape(terms[0]) + ".*")
    if words.prefix:
        return tantivy.Query.phrase_prefix_query(schema, field_name, terms)
    if len(terms) == 1:
        return tantivy.Query.term_query(schema, field_name, terms[0])
    return tantivy.Query.phrase_query(schema, field_name, terms)
