"""Exchanges -> WARC records (warcio's WARCWriter), and a WARC read back to resume a crawl.

Each response is written as a ``response`` record followed by its ``request``
record (``WARC-Concurrent-To`` links them), with WARC-Date, WARC-Target-URI and
block and payload digests.  A 304 answer to a conditional request becomes a
``revisit`` record (server-not-modified profile).  Bodies are stored decoded;
the original transfer headers are kept renamed ``X-Crawler-*``, as Common Crawl
does, so that the payload digest is the digest of what a reader gets.

Resuming: opening an existing WARC indexes it (``resume.scan``); a tail cut
off by a killed crawl is truncated away, and each finished URL is answered from
the file instead of the network.  A crawl
that ran to its end writes a ``metadata`` record saying so: a later run into the
same file fetches the feeds, sitemaps and listings again (to find what is new)
but still reuses the statement pages.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .. import __version__
from .fetch import Exchange
from .resume import FINISHED, Entry, entry_of, scan

RENAMED = ("content-encoding", "transfer-encoding", "content-length")
NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.0/revisit/server-not-modified"


class WarcRecorder:
    """Append exchanges to one WARC file and answer finished URLs from it."""

    def __init__(self, path: Path, *, operator: str):
        self.path = path
        self.index: dict[str, Entry] = {}
        self.dropped_tail = 0  # bytes of a half-written record cut off on resume
        self.finished_at = 0  # where the last crawl that ran to its end stopped writing
        fresh = not path.exists() or path.stat().st_size == 0
        if not fresh:
            self._load_index()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.out: BinaryIO = path.open("ab")
        self.reader: BinaryIO | None = None
        self.writer = WARCWriter(self.out, gzip=path.name.endswith(".gz"))
        if fresh:
            info = {"software": f"communique/{__version__}", "operator": operator,
                    "format": "WARC File Format 1.0", "robots": "obey"}
            self.writer.write_record(self.writer.create_warcinfo_record(path.name, info))
            self.out.flush()

    def stored(self, url: str, *, leaf: bool) -> Exchange | None:
        """The response for ``url`` from an earlier run, or None to fetch it.

        Only leaves (statement pages) are reused from crawls that ran to their
        end; anything the stopped run fetched is reused.
        """
        entry = self.index.get(url)
        if entry is None or (entry.offset < self.finished_at and not leaf):
            return None
        if self.reader is None:
            self.reader = self.path.open("rb")
        self.reader.seek(entry.offset)
        record = next(iter(ArchiveIterator(self.reader)))
        http = record.http_headers
        return Exchange(url, status=int(http.get_statuscode() or 0),
                        http_version=http.protocol, headers=list(http.headers),
                        body=record.content_stream().read(), stored=True,
                        fetched_at=record.rec_headers.get_header("WARC-Date"))

    def validators(self, url: str) -> dict[str, str]:
        """Conditional request headers from the newest response for ``url`` in the file."""
        entry = self.index.get(url)
        if entry is None or entry.status != 200:
            return {}
        found = {"If-None-Match": entry.etag, "If-Modified-Since": entry.last_modified}
        return {name: value for name, value in found.items() if value}

    def write(self, exchange: Exchange) -> None:
        """Write the response and request records of one exchange, then flush."""
        offset = self.out.tell()
        if exchange.status == 304:
            response = self._revisit(exchange)
        else:
            response = self.writer.create_warc_record(
                exchange.url, "response", payload=BytesIO(exchange.body),
                length=len(exchange.body), http_headers=response_headers(exchange),
                warc_headers_dict={"WARC-Date": exchange.fetched_at})
        request = self.writer.create_warc_record(
            exchange.url, "request", http_headers=request_headers(exchange),
            warc_headers_dict={"WARC-Date": exchange.fetched_at, "WARC-Concurrent-To":
                               response.rec_headers.get_header("WARC-Record-ID")})
        self.writer.write_record(response)
        self.writer.write_record(request)
        self.out.flush()
        if exchange.status != 304:
            self.index[exchange.url] = entry_of(response, offset)

    def mark_finished(self, summary: dict[str, str]) -> None:
        """Record that the crawl ran to its end (a later run then refreshes discovery)."""
        body = "".join(f"{k}: {v}\r\n" for k, v in summary.items()).encode("utf-8")
        record = self.writer.create_warc_record(FINISHED, "metadata", payload=BytesIO(body),
                                                length=len(body),
                                                warc_content_type="application/warc-fields")
        self.writer.write_record(record)
        self.out.flush()
        self.finished_at = self.out.tell()

    def _revisit(self, exchange: Exchange) -> Any:
        before = self.index.get(exchange.url)
        fields = {"WARC-Date": exchange.fetched_at, "WARC-Profile": NOT_MODIFIED_PROFILE,
                  "WARC-Refers-To-Target-URI": exchange.url}
        if before is not None:
            fields["WARC-Refers-To-Date"] = before.date
            if before.digest:
                fields["WARC-Payload-Digest"] = before.digest
        return self.writer.create_warc_record(exchange.url, "revisit",
                                              http_headers=response_headers(exchange),
                                              warc_headers_dict=fields)

    def close(self) -> None:
        self.out.close()
        if self.reader is not None:
            self.reader.close()

    def _load_index(self) -> None:
        found = scan(self.path)
        self.index, self.finished_at = found.index, found.finished
        size = self.path.stat().st_size
        if found.good_end < size:
            self.dropped_tail = size - found.good_end
            with self.path.open("r+b") as fh:
                fh.truncate(found.good_end)


def response_headers(exchange: Exchange) -> StatusAndHeaders:
    headers = [(f"X-Crawler-{k}" if k.lower() in RENAMED else k, v) for k, v in exchange.headers]
    if exchange.status != 304:
        headers.append(("Content-Length", str(len(exchange.body))))
    return StatusAndHeaders(f"{exchange.status} {exchange.reason}".strip(), headers,
                            protocol=exchange.http_version)


def request_headers(exchange: Exchange) -> StatusAndHeaders:
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return StatusAndHeaders(f"GET {target} {exchange.http_version}", exchange.request_headers,
                            is_http_request=True)
