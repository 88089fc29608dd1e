"""Statement text -> normalised words -> hashed word shingles (vectorised with numpy).

Copies of one statement differ in template more than in words: one site writes
"- " dash turns, another "Tomas Brandt:" labels, a third changes quotes and case.
``normalise`` removes what differs between templates (speaker labels, dashes,
punctuation, case) so that shingles compare only the spoken words.

Hashes are stable across processes and machines (no ``hash()``): signatures
stored in an archive stay valid for the next run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

SHINGLE_WORDS = 5

# A speaker label at the start of a paragraph: up to six capitalised words (with
# the lowercase particles of names) and an optional "(retranslated)", then a colon.
_NAME_WORD = r"(?:[A-Z\u0400-\u042f][\w.'\u2019-]*|of|the|de|del|da|la|le|von|van|der|al|bin|and)"
LABEL = re.compile(
    r"^[ \t]*(?:[-\u2013\u2014\u2022*>][ \t]*)?"
    rf"(?:{_NAME_WORD}[ \t]+){{0,5}}[A-Z\u0400-\u042f][\w.'\u2019-]*"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:(?!\d)[ \t]*",
    re.MULTILINE,
)
WORD = re.compile(r"\w+")

# Typographic punctuation that sites swap freely (curly quotes, dashes, ellipsis,
# no-break spaces); ASCII punctuation is mapped to spaces by ``_BYTE_TABLE``.
_UNICODE_PUNCT = ("\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u2026",
                  "\u00ab", "\u00bb", "\u00a0", "\u2022", "\u201e", "\u2212")
_PUNCT = re.compile(b"|".join(re.escape(p.encode("utf-8")) for p in _UNICODE_PUNCT))
_BYTE_TABLE = bytes(b if (chr(b).isalnum() or b >= 0x80) else 32 for b in range(256)).lower()

_BASE = 0x100000001B3  # odd, so its powers are invertible modulo 2**64
_INV_BASE = pow(_BASE, -1, 1 << 64)
_POWER_STEP = 1 << 20
_POWER_BLOCK = 1 << 10
_WINDOW = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                    0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53,
                    0x94D049BB133111EB, 0xBF58476D1CE4E5B9], dtype=np.uint64)


def strip_labels(text: str) -> str:
    """Remove the speaker label that starts a paragraph ("Tomas Brandt:", "Q:")."""
    lines = text.split("\n")
    # only lines with an early colon can start with a label; the regex skips the rest
    return "\n".join(LABEL.sub("", ln, count=1) if ":" in ln[:90] else ln for ln in lines)


def normal_bytes(text: str) -> bytes:
    """The text as lowercase UTF-8 words separated by spaces (runs of spaces allowed)."""
    raw = strip_labels(text).lower().encode("utf-8")
    if not raw.isascii():
        raw = _PUNCT.sub(b" ", raw)
    return raw.translate(_BYTE_TABLE)


def words(text: str) -> list[str]:
    """The normalised words of a text, in order (what shingles are made of)."""
    return normal_bytes(text).decode("utf-8").split()


def mix64(x: np.ndarray) -> np.ndarray:
    """Scramble 64-bit values (the splitmix64 finaliser), elementwise."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _geometric(base: int, size: int) -> np.ndarray:
    """``base**i`` modulo 2**64 for i < size (``size`` a multiple of ``_POWER_BLOCK``)."""
    low = np.cumprod(np.full(_POWER_BLOCK, base, dtype=np.uint64))
    low = np.concatenate([np.ones(1, np.uint64), low[:-1]])
    high = np.cumprod(np.full(size // _POWER_BLOCK, pow(base, _POWER_BLOCK, 1 << 64),
                              dtype=np.uint64))
    high = np.concatenate([np.ones(1, np.uint64), high[:-1]])
    return np.multiply.outer(high, low).ravel()


class Shingler:
    """Hash the word shingles of many texts at once.

    Holds the powers of the polynomial hash, grown on demand: one per worker.
    """

    def __init__(self, size: int = SHINGLE_WORDS):
        if not 1 <= size <= len(_WINDOW):
            raise ValueError(f"shingle size must be 1..{len(_WINDOW)}, not {size}")
        self.size = size
        self._pow: np.ndarray = np.ones(1, dtype=np.uint64)
        self._inv: np.ndarray = np.ones(1, dtype=np.uint64)

    def _powers(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if len(self._pow) < n:
            size = -(-n // _POWER_STEP) * _POWER_STEP
            self._pow = _geometric(_BASE, size)
            self._inv = _geometric(_INV_BASE, size)
        return self._pow[:n], self._inv[:n]

    def word_hashes(self, buf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Hash each word of a byte buffer that starts and ends with a space; returns
        (hashes, word starts).

        A polynomial hash of the word's bytes taken from prefix sums and shifted
        back to the word's start, then mixed: the same word has the same hash
        wherever it is, in any process.
        """
        pw, inv = self._powers(len(buf) + 1)
        terms = buf.astype(np.uint64)
        terms += np.uint64(1)
        terms *= pw[:len(buf)]
        prefix = np.zeros(len(buf) + 1, dtype=np.uint64)
        np.cumsum(terms, out=prefix[1:])
        letter = buf != 32
        # the buffer starts and ends with a space, so word edges alternate start, end
        edges = np.flatnonzero(letter[1:] != letter[:-1]) + 1
        starts, ends = edges[0::2], edges[1::2]
        return mix64((prefix[ends] - prefix[starts]) * inv[starts]), starts

    def shingles(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Hash the shingles of each text; returns (hashes, offsets) with text i's at
        ``hashes[offsets[i]:offsets[i+1]]``.  A text shorter than a shingle gives its words.
        """
        parts = [normal_bytes(t) for t in texts]
        buf = np.frombuffer(b" " + b" ".join(parts) + b" ", dtype=np.uint8)
        lengths = np.fromiter((len(p) + 1 for p in parts), dtype=np.int64, count=len(parts))
        bounds = np.concatenate([[0], np.cumsum(lengths)]) + 1
        hashes, word_starts = self.word_hashes(buf)
        counts = np.diff(np.searchsorted(word_starts, bounds)).astype(np.int64)
        return self._windows(hashes, counts)

    def _windows(self, hashes: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        k = self.size
        n = len(hashes)
        combined = np.zeros(max(n - k + 1, 0), dtype=np.uint64)
        for j in range(k if n >= k else 0):
            combined += hashes[j:n - k + 1 + j] * _WINDOW[j]
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]]) if len(counts) else counts
        windows = np.maximum(counts - k + 1, 0)
        short = (counts > 0) & (counts < k)
        take = np.where(short, counts, windows)
        offsets = np.concatenate([[0], np.cumsum(take)]).astype(np.int64)
        idx = np.repeat(starts - offsets[:-1], take) + np.arange(offsets[-1])
        long_idx = np.repeat(~short, take)
        out = np.empty(offsets[-1], dtype=np.uint64)
        out[long_idx] = mix64(combined[idx[long_idx]]) if long_idx.any() else out[long_idx]
        out[~long_idx] = hashes[idx[~long_idx]]
        return out, offsets

    def shingle_sets(self, texts: Sequence[str]) -> list[np.ndarray]:
        """The sorted distinct shingle hashes of each text, cut to 40 bits.

        The text's number goes into the high bits so that one sort groups and
        orders every text's shingles; 40 bits keep chance collisions between two
        texts of a few thousand shingles below one in ten thousand.
        """
        if not texts:
            return []
        hashes, offsets = self.shingles(texts)
        owner = np.repeat(np.arange(len(texts), dtype=np.uint64), np.diff(offsets))
        keys = np.sort((owner << np.uint64(40)) | (hashes >> np.uint64(24)))
        if keys.size:  # texts too short for one shingle have none
            keys = keys[np.concatenate([[True], keys[1:] != keys[:-1]])]
        cuts = np.searchsorted(keys, np.arange(1, len(texts), dtype=np.uint64) << np.uint64(40))
        return np.split(keys & np.uint64((1 << 40) - 1), cuts)
