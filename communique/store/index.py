"""The full-text index: a tantivy index derived from the archive and kept exactly in step.

Takes the archive's changed statements (``iter_changed``) and gives searchers.
Two tantivy indexes live in the folder: ``statements/``, one document per
statement with its filter and facet fields, and ``turns/``, one document per
turn with a speaker, so that a search can be limited to one speaker's words
without the statement index paying for it.  The statement index ranks, so its
``pairs`` field holds every word pair and triple (a short phrase is one term,
scored as such); the turn index only filters, so it matches phrases by
positions and keeps in ``pairs`` only what positions cannot join.  The pairs
are most of the cost of indexing: each is a term of the term dictionary.

The folder holds ``communique.json`` with the archive generation both have
reached; an index that is behind catches up, one that is ahead (a database
restored from a backup) or of another layout is rebuilt.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tantivy

from ..errors import ArchiveBusyError, ArchiveError
from ..models import Statement
from ..parse.language import UNSPACED

if TYPE_CHECKING:
    from . import Archive

log = logging.getLogger(__name__)

LAYOUT = 6  # raise when the fields or their words change: older indexes are rebuilt
STAMP = "communique.json"
TOKENIZER = "communique_fold"
PAIRS = "communique_pairs"  # word pairs and triples: short phrases need no positions
NO_DATE = -(2**62)  # sorts last in the newest-first order; excluded by any date range
WRITER_HEAP = 48_000_000
LONG_BYTES = 40  # words of this many UTF-8 bytes or more are not indexed (remove_long)
# A run of 10+ characters with no space or ASCII punctuation: where a word of LONG_BYTES
# bytes (4 at most per character) may be; texts without one skip the long-word check.
MAYBE_LONG = re.compile(r"[^\s!-/:-@\[-`{-~]{10,}")
FACET_FIELDS = ("kind", "subkind", "site", "language", "complete", "year", "month",
                "participant", "speaker", "entity")


def build_schema() -> tantivy.Schema:
    """Statement fields: analysed text, raw facet fields, and the time for ranges and order."""
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw", fast=True)
    sb.add_text_field("title", tokenizer_name=TOKENIZER)
    sb.add_text_field("body", tokenizer_name=TOKENIZER)
    sb.add_text_field("pairs", tokenizer_name=PAIRS, index_option="freq")
    for name in FACET_FIELDS:
        sb.add_text_field(name, tokenizer_name="raw", fast=True)
    sb.add_integer_field("ts", fast=True, indexed=True, stored=True)
    return sb.build()


def build_turn_schema() -> tantivy.Schema:
    """Turn fields: the statement's id, the speaker, the words, the turn's number.

    A turn's phrases are matched by positions in ``body`` (the turn index only
    filters, never ranks); ``pairs`` holds just the pairs and triples that span a
    word too long to index, which positions cannot join.
    """
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw", fast=True)
    sb.add_text_field("speaker", tokenizer_name="raw", fast=True)
    sb.add_text_field("body", tokenizer_name=TOKENIZER)
    sb.add_text_field("pairs", tokenizer_name=PAIRS, index_option="basic")
    sb.add_integer_field("turn", stored=True)
    return sb.build()


def build_analyzer() -> tantivy.TextAnalyzer:
    """Words split on anything not a letter or digit, lower-cased, accents folded."""
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(LONG_BYTES))
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.ascii_fold())
            .build())


def build_pair_analyzer() -> tantivy.TextAnalyzer:
    """The ``pairs`` field holds ready-made ``word_word`` tokens separated by spaces."""
    return tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()


def shingles(words: list[str]) -> tuple[list[str], list[str]]:
    """The word pairs and the word triples of consecutive words; item i starts at word i."""
    # map over zip runs in C: a third faster than a comprehension, on the ingest's hot path.
    pairs = list(map("_".join, zip(words, words[1:], strict=False)))
    return pairs, list(map("_".join, zip(pairs, words[2:], strict=False)))


def word_pairs(analyzer: tantivy.TextAnalyzer, *texts: str | None) -> str:
    """The consecutive word pairs and triples of each text (never across two texts).

    A phrase of two or three words is then one term of the ``pairs`` field, found
    without reading positions; longer phrases check positions only where all
    their triples occur.
    """
    out: list[str] = []
    for text in texts:
        if text:
            pairs, triples = shingles(analyzer.analyze(text))
            out += pairs
            out += triples
    return " ".join(out)


def spaced(text: str) -> str:
    """The text with its CJK characters set apart as words; other text as it is.

    Chinese, Japanese and Korean write no spaces between words: each of their characters
    is indexed as a word, so that a word of theirs is a phrase of characters, found by the
    pairs and triples like any short phrase (and not one run of a whole sentence, too long
    to index).
    """
    if text.isascii() or UNSPACED.search(text) is None:
        return text
    return UNSPACED.sub(r" \g<0> ", text)


def has_long_word(text: str) -> bool:
    """Whether the text may hold a word too long to index (never False when it does)."""
    # A word lies within a space-free piece and has at most the text's extra UTF-8 bytes:
    # the usual text fails this bound at once, without the slower regular expression.
    extra = len(text.encode()) - len(text)
    if max(map(len, text.split()), default=0) + extra < LONG_BYTES:
        return False
    return any(len(run.encode()) >= LONG_BYTES for run in MAYBE_LONG.findall(text))


def gap_pairs(analyzer: tantivy.TextAnalyzer, text: str) -> str:
    """The pairs and triples of a text that span a word too long to index.

    The analyzer drops such a word and leaves a gap in the positions, so a phrase
    query does not join its neighbours, while ``word_pairs`` does: these terms
    make up the difference.
    """
    if not has_long_word(text):
        return ""
    words = analyzer.analyze(text)
    gap_before, gap = [], False  # per kept word: was a word dropped just before it?
    for token in tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).build().analyze(text):
        if len(token.encode()) >= LONG_BYTES:
            gap = True
        else:
            gap_before.append(gap)
            gap = False
    pairs, triples = shingles(words)
    if len(gap_before) != len(words):  # cannot tell where the gaps are: keep every term
        return " ".join(pairs + triples)
    spans = [p for i, p in enumerate(pairs) if gap_before[i + 1]]
    spans += [t for i, t in enumerate(triples) if gap_before[i + 1] or gap_before[i + 2]]
    return " ".join(spans)


def timestamp(published_at: str | None) -> int:
    """Seconds since the epoch (UTC) of an ISO time; NO_DATE when absent or unreadable."""
    if not published_at:
        return NO_DATE
    try:
        moment = datetime.fromisoformat(published_at.replace("Z", "+00:00"))
    except ValueError:
        return NO_DATE
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def statement_document(statement: Statement, pairs: str) -> tantivy.Document:
    """The statement index's document of one statement, given its ``pairs`` terms."""
    body = "\n".join(p for p in (statement.lead, statement.text) if p)
    fields: dict[str, Any] = {
        "id": statement.id, "title": spaced(statement.title or ""), "body": spaced(body),
        "pairs": pairs,
        "kind": statement.kind, "complete": "true" if statement.complete else "false",
        "ts": timestamp(statement.published_at),
    }
    for name in ("subkind", "site", "language"):
        value = getattr(statement, name)
        if value:
            fields[name] = value
    day = statement.published_at or ""
    if len(day) >= 7 and day[:4].isdigit() and day[5:7].isdigit():
        fields["year"], fields["month"] = day[:4], day[:7]
    lists = {
        "participant": [p.name for p in statement.participants],
        "speaker": [t.speaker for t in statement.turns if t.speaker],
        "entity": [e.name for e in statement.entities],
    }
    for name, values in lists.items():
        distinct = [v for v in dict.fromkeys(values) if v]
        if distinct:
            fields[name] = distinct
    return tantivy.Document(**fields)


def turn_documents(statement: Statement, analyzer: tantivy.TextAnalyzer
                   ) -> list[tantivy.Document]:
    """The turn index's documents of one statement: one per turn with a speaker."""
    return [tantivy.Document(id=statement.id, speaker=turn.speaker, body=spaced(turn.text),
                             pairs=gap_pairs(analyzer, spaced(turn.text)), turn=number)
            for number, turn in enumerate(statement.turns, start=1) if turn.speaker]


class SearchIndex:
    """A tantivy index in a folder, with the archive generation it has reached."""

    def __init__(self, path: str, *, writable: bool):
        self.path = Path(path)
        self.writable = writable
        self.schema = build_schema()
        self.turn_schema = build_turn_schema()
        self.analyzer = build_analyzer()
        self._lock = threading.Lock()  # the server's threads may all find the index behind
        self._writers: tuple[tantivy.IndexWriter, tantivy.IndexWriter] | None = None
        stamp = self._read_stamp()
        if stamp.get("layout", LAYOUT) != LAYOUT or not (self.path / "turns").is_dir():
            if self._can_write():
                shutil.rmtree(self.path)
            stamp = {}
        self.generation = int(stamp.get("generation", -1))
        self.index = self._open("statements", self.schema)
        self.turns = self._open("turns", self.turn_schema)

    def _open(self, name: str, schema: tantivy.Schema) -> tantivy.Index:
        folder = self.path / name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            index = tantivy.Index(schema, path=str(folder), reuse=True)
        except (OSError, ValueError) as exc:
            raise ArchiveError(f"{folder}: cannot open the search index: {exc}") from None
        index.register_tokenizer(TOKENIZER, self.analyzer)
        index.register_tokenizer(PAIRS, build_pair_analyzer())
        return index

    def _can_write(self) -> bool:
        return self.path.is_dir() and os.access(self.path, os.W_OK)

    def _read_stamp(self) -> dict[str, Any]:
        try:
            data = json.loads((self.path / STAMP).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_stamp(self, generation: int) -> None:
        tmp = self.path / (STAMP + ".tmp")
        tmp.write_text(json.dumps({"layout": LAYOUT, "generation": generation}), "utf-8")
        os.replace(tmp, self.path / STAMP)
        self.generation = generation

    def analyze(self, text: str) -> list[str]:
        """The index terms of a text, the way the index cut them."""
        return list(self.analyzer.analyze(spaced(text)))

    def searcher(self) -> tantivy.Searcher:
        """A searcher over the statements, as of the last reload."""
        return self.index.searcher()

    def turn_searcher(self) -> tantivy.Searcher:
        """A searcher over the turns, as of the last reload."""
        return self.turns.searcher()

    def _reload(self) -> None:
        self.index.reload()
        self.turns.reload()

    def catch_up(self, archive: Archive) -> None:
        """Index what the archive committed since this index's generation.

        A writable index takes the index lock at its first catch-up and keeps it
        until ``close``; a reader (the server) tries once, lets go at once, and
        otherwise keeps searching the last committed index until the writer
        that holds the lock has caught up.
        """
        with self._lock:
            self._catch_up(archive)

    def _catch_up(self, archive: Archive) -> None:
        target = archive.generation()
        if target == self.generation:  # the common case: one cheap query, no file read
            return
        stamp = int(self._read_stamp().get("generation", -1))
        if stamp != self.generation:  # another process moved the index on
            self._reload()
            self.generation = stamp
        if self.generation == target:
            return
        writers = self._writers or self._acquire_writers()
        if writers is None:
            return
        try:
            stamp = int(self._read_stamp().get("generation", -1))
            after = stamp if stamp <= target else -1
            self._index_changes(writers, archive, after)
            for writer in writers:
                writer.commit()
            self._write_stamp(target)
        except BaseException:
            for writer in writers:
                writer.rollback()  # nothing half-indexed may ride along with the next commit
            raise
        finally:
            if self.writable:
                self._writers = writers  # kept: merges go on in the background between commits
            else:
                del writers  # a reader lets go at once, so that an ingest can take the lock
        self._reload()

    def _index_changes(self, writers: tuple[tantivy.IndexWriter, tantivy.IndexWriter],
                       archive: Archive, after: int) -> None:
        statements, turns = writers
        if after < 0:
            statements.delete_all_documents()
            turns.delete_all_documents()
        for _, statement in archive.iter_changed(after):
            if after >= 0:
                statements.delete_documents_by_term("id", statement.id)
                turns.delete_documents_by_term("id", statement.id)
            pairs = word_pairs(self.analyzer, *(spaced(t) if t else t for t in (
                statement.title, statement.lead, statement.text)))
            statements.add_document(statement_document(statement, pairs))
            for document in turn_documents(statement, self.analyzer):
                turns.add_document(document)

    def _acquire_writers(self) -> tuple[tantivy.IndexWriter, tantivy.IndexWriter] | None:
        first = self._acquire_writer(self.index)
        if first is None:
            return None
        second = self._acquire_writer(self.turns)
        if second is None:
            del first
            return None
        return first, second

    def _acquire_writer(self, index: tantivy.Index) -> tantivy.IndexWriter | None:
        deadline = time.monotonic() + (30 if self.writable else 0)
        while True:
            try:
                return index.writer(heap_size=WRITER_HEAP, num_threads=1)
            except ValueError as exc:
                if "lock" not in str(exc).lower():
                    raise ArchiveError(f"{self.path}: {exc}") from None
                if time.monotonic() >= deadline:
                    if self.writable:
                        raise ArchiveBusyError(f"{self.path}: another process holds the "
                                               "search index") from None
                    log.debug("%s is behind; searching its last commit", self.path)
                    return None
                time.sleep(0.05)
            except OSError as exc:
                if self.writable:
                    raise ArchiveError(f"{self.path}: {exc}") from None
                log.warning("%s is behind and cannot be written: %s", self.path, exc)
                return None

    def close(self) -> None:
        """Let the writer finish its merges and release the index lock."""
        if self._writers is not None:
            for writer in self._writers:
                writer.wait_merging_threads()
            self._writers = None
