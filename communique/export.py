"""Exports for research: JSON Lines, CSV, Parquet (statements and turns) and TEI XML.

Takes statements (the whole archive or any search) and writes one format.
JSON Lines carries the full record (``Statement.to_dict``); CSV one row per
statement; Parquet two tables that join on ``statement_id``; TEI one ``<TEI>``
per statement inside a ``<teiCorpus>``, turns as ``<u who=...>`` the way
ParlaMint encodes speeches.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq
from lxml import etree

from .models import Statement

CSV_FIELDS = ("id", "kind", "subkind", "title", "published_at", "place", "language", "site",
              "url", "complete", "participants", "speakers", "n_turns", "cluster", "original",
              "lead", "text")
FORMATS = ("jsonl", "csv", "parquet", "tei")
TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
BATCH = 2000

STATEMENT_SCHEMA = pa.schema([
    ("statement_id", pa.string()), ("kind", pa.string()), ("subkind", pa.string()),
    ("title", pa.string()), ("published_at", pa.string()),
    ("published_utc", pa.timestamp("s", tz="UTC")), ("place", pa.string()),
    ("language", pa.string()), ("site", pa.string()), ("url", pa.string()),
    ("complete", pa.bool_()), ("lead", pa.string()), ("text", pa.string()),
    ("participants", pa.list_(pa.struct([("name", pa.string()), ("role", pa.string())]))),
    ("entities", pa.list_(pa.struct([("name", pa.string()), ("label", pa.string())]))),
    ("n_turns", pa.int32()), ("cluster", pa.string()), ("original", pa.string()),
    ("source_path", pa.string()), ("fetched_at", pa.string()),
])
TURN_SCHEMA = pa.schema([
    ("statement_id", pa.string()), ("turn", pa.int32()), ("speaker", pa.string()),
    ("role", pa.string()), ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
])


def write_jsonl(statements: Iterable[Statement], out: IO[str]) -> int:
    """Write one JSON object per statement; returns how many."""
    n = 0
    for statement in statements:
        out.write(json.dumps(statement.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_row(statement: Statement) -> dict[str, object]:
    """Flatten a statement for a spreadsheet: lists joined with '; '."""
    speakers = dict.fromkeys(t.speaker for t in statement.turns if t.speaker)
    return {
        "id": statement.id, "kind": statement.kind, "subkind": statement.subkind or "",
        "title": statement.title or "", "published_at": statement.published_at or "",
        "place": statement.place or "", "language": statement.language or "",
        "site": statement.site or "", "url": statement.url or "",
        "complete": str(statement.complete).lower(),
        "participants": "; ".join(f"{p.name} ({p.role})" for p in statement.participants),
        "speakers": "; ".join(speakers), "n_turns": len(statement.turns),
        "cluster": statement.cluster or "", "original": statement.original or "",
        "lead": statement.lead or "", "text": statement.text,
    }


def write_csv(statements: Iterable[Statement], out: IO[str]) -> int:
    """Write a CSV with a header row; returns how many statements."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    n = 0
    for statement in statements:
        writer.writerow(csv_row(statement))
        n += 1
    return n


def statement_row(statement: Statement) -> dict[str, Any]:
    """One row of the Parquet statements table."""
    from .store.index import NO_DATE, timestamp

    seconds = timestamp(statement.published_at)
    return {
        "statement_id": statement.id, "kind": statement.kind, "subkind": statement.subkind,
        "title": statement.title, "published_at": statement.published_at,
        "published_utc": None if seconds == NO_DATE else seconds, "place": statement.place,
        "language": statement.language, "site": statement.site, "url": statement.url,
        "complete": statement.complete, "lead": statement.lead, "text": statement.text,
        "participants": [{"name": p.name, "role": p.role} for p in statement.participants],
        "entities": [{"name": e.name, "label": e.label} for e in statement.entities],
        "n_turns": len(statement.turns), "cluster": statement.cluster,
        "original": statement.original, "source_path": statement.source.path,
        "fetched_at": statement.source.fetched_at,
    }


def turn_rows(statement: Statement) -> Iterator[dict[str, Any]]:
    """The rows of the Parquet turns table for one statement, numbered from 1."""
    for number, turn in enumerate(statement.turns, start=1):
        yield {"statement_id": statement.id, "turn": number, "speaker": turn.speaker,
               "role": turn.role, "text": turn.text, "start": turn.start, "end": turn.end}


def write_parquet(statements: Iterable[Statement], statements_out: str | Path | IO[bytes],
                  turns_out: str | Path | IO[bytes] | None = None) -> int:
    """Write the statements table (and the turns table when asked); returns how many statements.

    Both tables are written in row groups of ``BATCH`` statements, so memory stays
    bounded however large the archive is.
    """
    main = pq.ParquetWriter(statements_out, STATEMENT_SCHEMA)
    turns = pq.ParquetWriter(turns_out, TURN_SCHEMA) if turns_out is not None else None
    n = 0
    rows: list[dict[str, Any]] = []
    turn_batch: list[dict[str, Any]] = []
    try:
        for statement in statements:
            rows.append(statement_row(statement))
            if turns is not None:
                turn_batch.extend(turn_rows(statement))
            n += 1
            if len(rows) >= BATCH:
                _flush(main, turns, rows, turn_batch)
                rows, turn_batch = [], []
        _flush(main, turns, rows, turn_batch)
    finally:
        main.close()
        if turns is not None:
            turns.close()
    return n


def _flush(main: pq.ParquetWriter, turns: pq.ParquetWriter | None,
           rows: list[dict[str, Any]], turn_batch: list[dict[str, Any]]) -> None:
    if rows:
        main.write_table(pa.Table.from_pylist(rows, schema=STATEMENT_SCHEMA))
    if turns is not None and turn_batch:
        turns.write_table(pa.Table.from_pylist(turn_batch, schema=TURN_SCHEMA))


def write_parquet_dir(statements: Iterable[Statement], folder: Path) -> int:
    """Write ``statements.parquet`` and ``turns.parquet`` into a folder."""
    folder.mkdir(parents=True, exist_ok=True)
    return write_parquet(statements, folder / "statements.parquet", folder / "turns.parquet")


def xml_text(text: str | None) -> str:
    """Drop the characters XML 1.0 cannot hold (scraped text and queries may have them)."""
    return _NOT_XML.sub("", text or "")


def _xml_id(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-.")
    return "x" + slug if not slug or not slug[0].isalpha() else slug


def tei_element(statement: Statement) -> etree._Element:
    """One statement as a TEI document: header with its speakers, then paragraphs and ``<u>``."""
    t = f"{{{TEI_NS}}}"
    sid = _xml_id("s-" + statement.id)
    tei = etree.Element(t + "TEI", nsmap={None: TEI_NS})
    tei.set(f"{{{XML_NS}}}id", sid)
    if statement.language:
        tei.set(f"{{{XML_NS}}}lang", xml_text(statement.language))
    people = _tei_header(tei, statement, sid)
    body = etree.SubElement(etree.SubElement(tei, t + "text"), t + "body")
    div = etree.SubElement(body, t + "div", type=statement.kind)
    if statement.title:
        etree.SubElement(div, t + "head").text = xml_text(statement.title)
    paragraphs = statement.paragraphs
    owner = turn_of_paragraphs(statement)
    current: etree._Element | None = None
    current_turn = -1
    for n, paragraph in enumerate(paragraphs, start=1):
        turn_no = owner[n - 1]
        if turn_no < 0:
            parent, current_turn = div, -1
            etree.SubElement(parent, t + "p").text = xml_text(paragraph)
            continue
        if turn_no != current_turn or current is None:
            turn = statement.turns[turn_no]
            current = etree.SubElement(div, t + "u", ana="#" + turn.role)
            current.set(f"{{{XML_NS}}}id", f"{sid}.u{turn_no + 1}")
            if turn.speaker:
                current.set("who", "#" + people[turn.speaker])
            current_turn = turn_no
        seg = etree.SubElement(current, t + "seg")
        seg.set(f"{{{XML_NS}}}id", f"{sid}.p{n}")
        seg.text = xml_text(paragraph)
    return tei


def _tei_header(tei: etree._Element, statement: Statement, sid: str) -> dict[str, str]:
    t = f"{{{TEI_NS}}}"
    header = etree.SubElement(tei, t + "teiHeader")
    file_desc = etree.SubElement(header, t + "fileDesc")
    title_stmt = etree.SubElement(file_desc, t + "titleStmt")
    etree.SubElement(title_stmt, t + "title").text = xml_text(statement.title or statement.id)
    publication = etree.SubElement(file_desc, t + "publicationStmt")
    etree.SubElement(publication, t + "p").text = "Exported from a Communique archive"
    source = etree.SubElement(etree.SubElement(file_desc, t + "sourceDesc"), t + "bibl")
    if statement.url:
        etree.SubElement(source, t + "ref", target=xml_text(statement.url)).text = \
            xml_text(statement.url)
    if statement.published_at:
        etree.SubElement(source, t + "date", when=xml_text(statement.published_at))
    names = dict.fromkeys([p.name for p in statement.participants]
                          + [u.speaker for u in statement.turns if u.speaker])
    people: dict[str, str] = {}
    if names:
        partic = etree.SubElement(etree.SubElement(header, t + "profileDesc"), t + "particDesc")
        listing = etree.SubElement(partic, t + "listPerson")
        for i, name in enumerate(names, start=1):
            people[name] = f"{sid}.person{i}"
            person = etree.SubElement(listing, t + "person")
            person.set(f"{{{XML_NS}}}id", people[name])
            etree.SubElement(person, t + "persName").text = xml_text(name)
    return people


def _paragraph_starts(paragraphs: list[str]) -> list[int]:
    starts, at = [], 0
    for paragraph in paragraphs:
        starts.append(at)
        at += len(paragraph) + 1
    return starts


def turn_of_paragraphs(statement: Statement) -> list[int]:
    """For each paragraph, the index of the turn it belongs to, or -1 (web pages share it).

    A paragraph belongs to the first turn whose span overlaps it, so a turn that
    starts after a dash or a label inside its first paragraph still owns it.
    """
    paragraphs = statement.paragraphs
    starts = _paragraph_starts(paragraphs)
    owner = [-1] * len(starts)
    for n, (start, paragraph) in enumerate(zip(starts, paragraphs, strict=True)):
        end = start + max(len(paragraph), 1)
        for index, turn in enumerate(statement.turns):
            if turn.start < end and start < max(turn.end, turn.start + 1):
                owner[n] = index
                break
    return owner


def write_tei(statements: Iterable[Statement], out: IO[bytes]) -> int:
    """Write a ``<teiCorpus>`` with one ``<TEI>`` per statement; returns how many."""
    out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n'
              b'<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader><fileDesc>'
              b"<titleStmt><title>Communique export</title></titleStmt>"
              b"<publicationStmt><p>Exported from a Communique archive</p></publicationStmt>"
              b"<sourceDesc><p>Official statements from crawled pages</p></sourceDesc>"
              b"</fileDesc></teiHeader>\n")
    n = 0
    for statement in statements:
        out.write(etree.tostring(tei_element(statement), encoding="utf-8"))
        out.write(b"\n")
        n += 1
    out.write(b"</teiCorpus>\n")
    return n
