"""The bytes of a plain or gzip WARC file, read in bounded chunks, with record offsets.

A ``.warc.gz`` is a series of gzip members, normally one per record; an offset
in it names the start of the member, as WARC tools and CDX indexes do.  A
member the file ends inside, or bytes that are not gzip, raise ``StreamError``
with that offset.  Nothing here holds more than one chunk plus what the caller
asked for.
"""

from __future__ import annotations

import bisect
import zlib
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
# Compressed reads stay small: zlib copies the input left after each member (one per
# record) into ``unused_data``, so a large read would be copied once per record.
RAW_CHUNK = 1 << 16
GZIP_MAGIC = b"\x1f\x8b"
RECORD_START = b"\nWARC/1."


class StreamError(Exception):
    """The compressed stream is broken at ``offset``: nothing after it can be read."""

    def __init__(self, message: str, offset: int):
        self.offset = offset
        super().__init__(message)


class WarcStream:
    """Decompressed bytes of one WARC file, with the position of each in the file."""

    def __init__(self, path: Path):
        self.path = path
        self.fh: BinaryIO = path.open("rb")
        self.gz = self.fh.read(2) == GZIP_MAGIC
        self.fh.seek(0)
        self.buf = b""
        self.i = 0  # read position in buf
        self.pos = 0  # decompressed offset of buf[i]
        self.raw = 0  # compressed bytes fed to the decompressor so far
        self.pending = b""
        self.dec = zlib.decompressobj(31)
        self.member_open = False
        self.starts: list[int] = [0]  # decompressed start of each recent gzip member
        self.raw_starts: list[int] = [0]  # and where it starts in the file

    def close(self) -> None:
        self.fh.close()

    def reopen(self, pos: int) -> WarcStream:
        """A fresh stream at decompressed offset ``pos`` (to read a stretch again).

        A gzip stream restarts at the member holding ``pos``, not at the file's start.
        """
        stream = WarcStream(self.path)
        start, raw = 0, 0
        if not stream.gz:
            start = raw = pos
        elif (at := bisect.bisect_right(self.starts, pos) - 1) >= 0:
            start, raw = self.starts[at], self.raw_starts[at]
        stream.fh.seek(raw)
        stream.pos, stream.raw = start, raw
        stream.starts, stream.raw_starts = [start], [raw]
        stream.skip(pos - start)
        return stream

    def place(self, pos: int) -> int:
        """Where the byte at decompressed offset ``pos`` starts in the file."""
        if not self.gz:
            return pos
        at = bisect.bisect_right(self.starts, pos) - 1
        return self.raw_starts[max(at, 0)]

    def forget_before(self, pos: int) -> None:
        """Drop the member offsets no record at or after ``pos`` needs any more."""
        at = bisect.bisect_right(self.starts, pos) - 1
        if at > 64:
            del self.starts[:at], self.raw_starts[:at]

    def _more(self) -> bool:
        """Add decompressed bytes to the buffer; False at the end of the file."""
        if self.i:
            self.buf, self.i = self.buf[self.i:], 0
        if not self.gz:
            chunk = self.fh.read(CHUNK)
            self.buf += chunk
            return bool(chunk)
        while True:
            if not self.pending:
                self.pending = self.fh.read(RAW_CHUNK)
                if not self.pending:
                    if self.member_open:
                        raise StreamError("the file ends inside a gzip member (truncated)",
                                          self.place(self.pos + len(self.buf)))
                    return False
            out = self._inflate()
            if out:
                self.buf += out
                return True

    def _inflate(self) -> bytes:
        data, member_start = self.pending, self.raw
        try:
            out = self.dec.decompress(data, CHUNK)
        except zlib.error as exc:
            raise StreamError(f"broken gzip data ({exc})", member_start) from None
        tail, unused = self.dec.unconsumed_tail, self.dec.unused_data
        self.raw += len(data) - len(tail) - len(unused)
        self.pending = tail or unused
        self.member_open = True
        if self.dec.eof:
            self.dec = zlib.decompressobj(31)
            self.member_open = False
            self.starts.append(self.pos + len(self.buf) + len(out))
            self.raw_starts.append(self.raw)
            if self.pending and not self.pending.startswith(GZIP_MAGIC[:len(self.pending)]):
                if not self.pending.strip(b"\x00\r\n \t") and not self.fh.read(1):
                    self.pending = b""  # padding after the last member
        return out

    def tell(self) -> int:
        return self.pos

    def readline(self, limit: int) -> bytes:
        """One line with its newline (without one at the end of the file), at most ``limit``."""
        while True:
            end = self.buf.find(b"\n", self.i, self.i + limit)
            if end >= 0:
                return self._take(end + 1 - self.i)
            if len(self.buf) - self.i >= limit or not self._more():
                return self._take(min(limit, len(self.buf) - self.i))

    def read_through(self, marker: bytes, limit: int) -> bytes | None:
        """The bytes up to and with ``marker`` if it comes within ``limit``; else None, unread."""
        while True:
            end = self.buf.find(marker, self.i, self.i + limit)
            if end >= 0:
                return self._take(end + len(marker) - self.i)
            if len(self.buf) - self.i >= limit or not self._more():
                return None

    def read(self, n: int) -> bytes:
        """Up to ``n`` bytes; fewer only at the end of the file."""
        while len(self.buf) - self.i < n and self._more():
            pass
        return self._take(min(n, len(self.buf) - self.i))

    def peek(self, n: int) -> bytes:
        """The next ``n`` bytes (fewer only at the end of the file), left unread."""
        while len(self.buf) - self.i < n and self._more():
            pass
        return self.buf[self.i:self.i + n]

    def skip(self, n: int) -> int:
        """Pass over up to ``n`` bytes without keeping them; return how many there were."""
        done = 0
        while done < n:
            if self.i >= len(self.buf) and not self._more():
                break
            take = min(n - done, len(self.buf) - self.i)
            self._take(take)
            done += take
        return done

    def seek_record(self) -> bool:
        """Move to the next line that starts a WARC record; False when there is none."""
        while True:
            at = self.buf.find(RECORD_START, self.i)
            if at >= 0:
                self._take(at + 1 - self.i)
                return True
            keep = max(self.i, len(self.buf) - len(RECORD_START))
            self._take(keep - self.i)
            if not self._more():
                self._take(len(self.buf) - self.i)
                return False

    def _take(self, n: int) -> bytes:
        out = self.buf[self.i:self.i + n]
        self.i += n
        self.pos += n
        return out


