"""Shingle hashes -> MinHash signatures -> LSH band keys, for many statements at once.

One-permutation MinHash: each shingle is hashed once and falls into one of K
bins; a text's signature is the smallest hash in each bin.  Empty bins (short
texts) borrow the value of the next filled bin, shifted by the distance, so
that two texts still agree on a bin with probability close to their Jaccard
similarity.  This is K times less hashing than K independent permutations and
is what makes clustering fast; ``bands`` x ``rows`` = K.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .shingles import mix64

EMPTY = np.iinfo(np.uint64).max
_ROW_WEIGHTS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                         0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53,
                         0x94D049BB133111EB, 0xBF58476D1CE4E5B9], dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class SketchParams:
    """How texts are sketched: ``bands`` LSH bands of ``rows`` MinHash values each.

    With 32 x 4 a pair of texts with Jaccard similarity 0.6 becomes a candidate
    with probability 0.99, one with 0.1 with probability 0.003.
    """

    bands: int = 32
    rows: int = 4
    seed: int = 0x5EED

    def __post_init__(self) -> None:
        if not 1 <= self.rows <= len(_ROW_WEIGHTS) or self.bands < 1:
            raise ValueError(f"need 1..{len(_ROW_WEIGHTS)} rows and some bands, "
                             f"not {self.bands} x {self.rows}")

    @property
    def size(self) -> int:
        return self.bands * self.rows


def signatures(hashes: np.ndarray, offsets: np.ndarray, params: SketchParams) -> np.ndarray:
    """The MinHash signature of each text (rows of a ``(texts, K)`` uint64 matrix).

    A text without shingles gets a row of ``EMPTY``.
    """
    k = params.size
    n = len(offsets) - 1
    h = mix64(hashes ^ np.uint64(params.seed))
    bins = ((h >> np.uint64(32)) * np.uint64(k)) >> np.uint64(32)
    owner = np.repeat(np.arange(n, dtype=np.uint64), np.diff(offsets))
    flat = np.full(n * k, EMPTY, dtype=np.uint64)
    np.minimum.at(flat, owner * np.uint64(k) + bins, h)
    sig = flat.reshape(n, k)
    empty: np.ndarray = sig == EMPTY
    if empty.any():
        _densify(sig, empty)
    return sig


def _densify(sig: np.ndarray, empty: np.ndarray) -> None:
    """Fill each empty bin from the next filled one to its right (wrapping round)."""
    n, k = sig.shape
    cols = np.arange(2 * k)
    filled_at = np.where(np.concatenate([empty, empty], axis=1), 4 * k, cols)
    nearest = np.minimum.accumulate(filled_at[:, ::-1], axis=1)[:, ::-1][:, :k]
    has_any = ~np.asarray(empty.all(axis=1), dtype=bool)
    rows, cols_e = np.nonzero(empty & has_any[:, None])
    source = nearest[rows, cols_e]
    distance = (source - cols_e).astype(np.uint64)
    sig[rows, cols_e] = mix64(sig[rows, source % k] + distance * np.uint64(0x9E3779B97F4A7C15))


def band_keys(sig: np.ndarray, params: SketchParams) -> np.ndarray:
    """One 64-bit key per band per text; texts sharing a key are candidate copies.

    Rows of ``EMPTY`` signatures get key 0 in every band, which callers skip.
    """
    n = sig.shape[0]
    r = params.rows
    shaped = sig.reshape(n, params.bands, r)
    combined = (shaped * _ROW_WEIGHTS[:r]).sum(axis=2, dtype=np.uint64)
    band = np.arange(params.bands, dtype=np.uint64) * np.uint64(0xD1B54A32D192ED03)
    keys = mix64(combined + band)
    keys[(sig == EMPTY).all(axis=1)] = 0
    return keys
