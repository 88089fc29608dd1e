"""A WARC read back: the index a resumed crawl or a re-crawl needs, and a cut tail found.

``scan`` indexes the newest response per URL with its validators (ETag,
Last-Modified) and payload digest, notes where the last crawl that ran to its
end stopped, and finds where the last intact record ends.  Only the end of a
file can be damaged by a killed crawl (records are only ever appended), so the
last record is checked byte for byte: its gzip member complete, its length as
declared, its block digest right.  Damage further back is refused, not cut.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import RecordError

FINISHED = "urn:communique:crawl-finished"
MAX_CUT = 64 * 1024 * 1024  # more damage than a killed crawl can leave is not cut away


@dataclass(frozen=True, slots=True)
class Entry:
    """Where the latest response for a URL lies in the WARC, and its validators."""

    offset: int
    status: int
    date: str
    etag: str | None
    last_modified: str | None
    digest: str | None


@dataclass(slots=True)
class Scan:
    index: dict[str, Entry] = field(default_factory=dict)
    good_end: int = 0  # where the last intact record ends
    finished: int = 0  # where the last crawl that ran to its end stopped writing


def scan(path: Path) -> Scan:
    """Index a WARC this package wrote; find where its last intact record ends.

    Raises:
        RecordError: damage too far from the end to come from a killed crawl.
    """
    gz = path.name.endswith(".gz")
    spans: list[tuple[int, int, str | None, Entry | None]] = []
    with path.open("rb") as fh:
        records = ArchiveIterator(fh, check_digests=True)
        try:
            for record in records:
                offset = records.get_record_offset()
                entry = entry_of(record, offset) if record.rec_type == "response" else None
                records.read_to_end(record)
                if record.digest_checker.problems:
                    break
                end = offset + records.get_record_length() + (0 if gz else 4)
                uri = record.rec_headers.get_header("WARC-Target-URI")
                marker = "finished" if record.rec_type == "metadata" and uri == FINISHED else None
                spans.append((offset, end, marker or uri, entry))
        except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, AttributeError):
            pass  # warcio's ways of meeting a cut record: the tail stops here
    while spans and not intact(path, spans[-1][0], spans[-1][1], gz=gz):
        spans.pop()
    return finish_scan(path, spans)


def finish_scan(path: Path, spans: list[tuple[int, int, str | None, Entry | None]]) -> Scan:
    found = Scan(good_end=spans[-1][1] if spans else 0)
    damaged = path.stat().st_size - found.good_end
    if damaged > MAX_CUT:
        raise RecordError(f"damaged at offset {found.good_end}, {damaged} bytes before the "
                          "end; not cutting that much", path=str(path))
    for _, end, uri, entry in spans:
        if entry is not None and uri is not None:
            found.index[uri] = entry
        elif uri == "finished":
            found.finished = end
    return found


def intact(path: Path, offset: int, end: int, *, gz: bool) -> bool:
    """Whether the record at [offset, end) is whole: complete, as long as declared, digest right."""
    with path.open("rb") as fh:
        fh.seek(offset)
        raw = fh.read(end - offset)
    if len(raw) != end - offset:
        return False
    if gz:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            raw = inflater.decompress(raw)
        except zlib.error:
            return False
        if not inflater.eof or inflater.unused_data:
            return False
    head, sep, rest = raw.partition(b"\r\n\r\n")
    fields = dict(line.split(b":", 1) for line in head.split(b"\r\n")[1:] if b":" in line)
    try:
        length = int(fields.get(b"Content-Length", b"-1").strip())
    except ValueError:
        return False
    block, tail = rest[:length], rest[length:]
    digest = fields.get(b"WARC-Block-Digest", b"").strip().decode("ascii", "replace")
    return bool(sep) and tail == b"\r\n\r\n" and len(block) == length and (
        not digest or digest == sha1_digest(block))


def sha1_digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")




def entry_of(record: Any, offset: int) -> Entry:
    http, warc = record.http_headers, record.rec_headers
    return Entry(offset, int(http.get_statuscode() or 0), warc.get_header("WARC-Date"),
                 http.get_header("ETag"), http.get_header("Last-Modified"),
                 warc.get_header("WARC-Payload-Digest"))


def read_validators(path: str, offset: int) -> Entry | None:
    """The validators of the response record at ``offset`` of another WARC, if it is one."""
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)))
    except (OSError, StopIteration, ArchiveLoadFailed, EOFError, zlib.error):
        return None
    if record.rec_type != "response" or record.http_headers is None:
        return None
    return entry_of(record, offset)
