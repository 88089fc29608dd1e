"""WARC and WARC.gz files -> Page, one per HTTP response record (fastwarc)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from ..models import Page, Source
from ..report import Report


def iter_warc_pages(path: Path, *, report: Report) -> Iterator[Page]:
    """Yield one HTML page per response record (placeholder: the HTML issue hardens it)."""
    with path.open("rb") as fh:
        for index, record in enumerate(ArchiveIterator(fh, record_types=WarcRecordType.response)):
            url = record.headers.get("WARC-Target-URI")
            body = record.reader.read()
            yield Page(content=body, format="html",
                       source=Source(format="warc", path=str(path), url=url, index=index,
                                     offset=record.stream_pos,
                                     fetched_at=record.headers.get("WARC-Date")),
                       url=url)
