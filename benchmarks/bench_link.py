"""Clustering copies: time per statement, recall and precision on planted copies.

Synthetic statements (speeches, messages, interviews in dash turns) with
planted copies of each kind the archive meets: cut (turns or paragraphs left
out), extended (a 2-paragraph introduction), edited (a sentence reworded),
relabelled (named speakers instead of dashes, other typography) and a news copy
(relabelled, introduced and cut).  Unrelated statements share stock sentences
and a topic vocabulary, so that boilerplate is no excuse for a false link.

The baseline, run on the same texts in the same process, is a plain datasketch
pipeline: whitespace 5-word shingles, MinHash with 128 permutations, MinHashLSH
at threshold 0.5, every LSH hit taken as a link.  It is measured on a subset
(``COMMUNIQUE_BENCH_BASELINE_N``, default 20,000: at ~1-2 ms a statement the
full million would take half an hour); ours runs on the subset too, for the
ratio, and on the full ``COMMUNIQUE_BENCH_N`` (default 1,000,000).

    COMMUNIQUE_BENCH_N=100000 .venv/bin/python -m benchmarks.run link
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence

import numpy as np

from communique.link import cluster_texts
from communique.link.cluster import UnionFind

SEED = 20260
SYLLABLES = ("ka", "lo", "ve", "ri", "an", "to", "mer", "sa", "el", "dun", "ra", "po", "li",
             "ne", "or", "ta", "vi", "mo", "les", "bra", "ke", "st", "in", "ur")
COPY_KINDS = ("cut", "extended", "edited", "relabelled", "news")


def vocabulary(size: int = 40000) -> list[str]:
    """Distinct pseudo-words, the most frequent first (Zipf ranks)."""
    rng = np.random.default_rng(SEED)
    seen: dict[str, None] = {}
    while len(seen) < size:
        n = int(rng.integers(1, 5))
        seen["".join(SYLLABLES[k] for k in rng.integers(0, len(SYLLABLES), n))] = None
    return list(seen)


class Corpus:
    """Statement ``i`` of a synthetic archive, rebuilt from its index alone.

    ``truth[i]`` is the index of the statement that ``i`` copies (itself if none).
    """

    def __init__(self, n: int, *, copy_share: float = 0.2):
        self.n = n
        self.words = vocabulary()
        weights = 1.0 / (np.arange(len(self.words)) + 2.7)  # Zipf-Mandelbrot, like English
        self.cdf = np.cumsum(weights) / weights.sum()
        rng = np.random.default_rng(SEED + 1)
        self.stock = [self._sentence(rng, 0) for _ in range(300)]
        is_copy = rng.random(n) < copy_share
        is_copy[0] = False
        originals = np.flatnonzero(~is_copy)
        # a copy copies an earlier original (republished later), as in an archive
        pick = np.searchsorted(originals, np.arange(n), side="left") - 1
        back = rng.integers(0, 50, n)
        self.truth = np.arange(n)
        rows = np.flatnonzero(is_copy)
        self.truth[rows] = originals[np.maximum(pick[rows] - back[rows], 0)]
        self.kind = rng.integers(0, len(COPY_KINDS), n)

    def _sentence(self, rng: np.random.Generator, topic: int) -> str:
        return self._sentences(rng, topic, np.array([int(rng.integers(6, 22))]))[0]

    def _sentences(self, rng: np.random.Generator, topic: int, lengths: np.ndarray) -> list[str]:
        """Sentences of the given lengths: Zipf-distributed words, some of the topic's own."""
        total = int(lengths.sum())
        ranks = np.searchsorted(self.cdf, rng.random(total))
        ranks = np.where(rng.random(total) < 0.15, topic * 97 % 30000 + ranks % 40, ranks)
        words = [self.words[r] for r in ranks.tolist()]
        out, start = [], 0
        for length in lengths.tolist():
            part = words[start:start + length]
            start += length
            out.append(part[0].capitalize() + " " + " ".join(part[1:]) + ".")
        return out

    def paragraphs(self, i: int) -> tuple[list[str], bool]:
        """The original statement ``i``: its paragraphs, and whether it is an interview."""
        rng = np.random.default_rng([SEED, i])
        topic = int(rng.integers(0, 50))
        dialogue = bool(rng.random() < 0.3)
        per_paragraph = rng.integers(1, 4, int(rng.integers(3, 25)))
        sentences = self._sentences(rng, topic, rng.integers(6, 22, int(per_paragraph.sum())))
        stock = rng.random(len(per_paragraph)) < 0.1
        out, start = [], 0
        for k, count in enumerate(per_paragraph.tolist()):
            chosen = sentences[start:start + count]
            start += count
            if stock[k]:
                chosen.append(self.stock[int(rng.integers(0, len(self.stock)))])
            out.append(("- " if dialogue else "") + " ".join(chosen))
        return out, dialogue

    def text(self, i: int) -> str:
        base = int(self.truth[i])
        paragraphs, dialogue = self.paragraphs(base)
        if base == i:
            return "\n".join(paragraphs)
        rng = np.random.default_rng([SEED, i, 1])
        return "\n".join(self._copy(COPY_KINDS[self.kind[i]], paragraphs, dialogue, rng))

    def _copy(self, kind: str, paras: list[str], dialogue: bool,
              rng: np.random.Generator) -> list[str]:
        if kind in ("cut", "news") and len(paras) > 4:
            drop = set(rng.choice(len(paras), size=max(1, len(paras) // 8), replace=False))
            paras = [p for k, p in enumerate(paras) if k not in drop]
        if kind == "edited":
            k = int(rng.integers(0, len(paras)))
            paras = list(paras)
            paras[k] = paras[k].split(". ")[0] + ". " + self._sentence(rng, 0)
        if kind in ("relabelled", "news") and dialogue:
            names = ("Nadia Orlen: ", "Amara Velden: ")
            paras = [names[k % 2] + p[2:].replace(",", " ,") for k, p in enumerate(paras)]
        if kind in ("extended", "news"):
            intro = [" ".join(self._sentence(rng, 0) for _ in range(2)) for _ in range(2)]
            paras = intro + list(paras)
        return paras


def pair_scores(truth: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Pairwise (recall, precision) of predicted clusters against the planted ones."""
    def pairs(counts: np.ndarray) -> int:
        return int((counts * (counts - 1) // 2).sum())

    both = np.unique(truth.astype(np.int64) * (len(truth) + 1) + labels, return_counts=True)[1]
    shared = pairs(both)
    true_pairs = pairs(np.unique(truth, return_counts=True)[1])
    found_pairs = pairs(np.unique(labels, return_counts=True)[1])
    return shared / max(true_pairs, 1), shared / max(found_pairs, 1)


def kind_recall(corpus: Corpus, labels: np.ndarray) -> dict[str, float]:
    """Share of the planted copies of each kind found in their original's cluster."""
    copies = np.flatnonzero(corpus.truth[:len(labels)] != np.arange(len(labels)))
    joined = labels[copies] == labels[corpus.truth[copies]]
    kinds = corpus.kind[copies]
    return {name: round(float(joined[kinds == k].mean()), 4)
            for k, name in enumerate(COPY_KINDS) if (kinds == k).any()}


def incremental(corpus: Corpus, n: int, extra: int) -> dict[str, float]:
    """Seconds per statement of ``link_archive``: a first run over ``n`` statements in a
    fresh SQLite archive, then a run after ``extra`` more were stored.
    """
    import tempfile
    from pathlib import Path

    from communique.link import link_archive
    from communique.models import Source, Statement
    from communique.store import open_archive

    def statement(i: int) -> Statement:
        return Statement(id=f"s{i:08d}", kind="speech", title=None, published_at=None,
                         text=corpus.text(i), source=Source("synthetic", index=i))

    out = {}
    with tempfile.TemporaryDirectory() as folder, \
            open_archive(str(Path(folder) / "bench.db")) as archive:
        for start, stop, name in ((0, n, "first"), (n, n + extra, "then")):
            for i in range(start, stop):
                archive.add(statement(i))
            archive.commit()
            started = time.process_time()
            link_archive(archive)
            out[name] = (time.process_time() - started) / (stop - start)
    return out


def baseline(texts: Sequence[str]) -> np.ndarray:
    """The plain datasketch pipeline: 5-word shingles, 128 permutations, MinHashLSH."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    found = UnionFind(len(texts))
    for i, text in enumerate(texts):
        tokens = text.split()
        shingles = {" ".join(tokens[k:k + 5]).encode("utf-8")
                    for k in range(max(len(tokens) - 4, 1))}
        sketch = MinHash(num_perm=128)
        sketch.update_batch(shingles)
        for hit in lsh.query(sketch):
            found.union(int(hit), i)
        lsh.insert(str(i), sketch)
    return found.labels()


def ours(texts: Sequence[str]) -> np.ndarray:
    return cluster_texts(lambda idx: [texts[i] for i in idx], len(texts)).labels


def timed(run: Callable[[Sequence[str]], np.ndarray], texts: Sequence[str],
          repeat: int) -> tuple[float, np.ndarray]:
    """Median seconds per statement over ``repeat`` runs, and the last labels."""
    times, labels = [], np.zeros(0)
    for _ in range(repeat):
        started = time.process_time()
        labels = run(texts)
        times.append((time.process_time() - started) / len(texts))
    return statistics.median(times), labels


Row = tuple[float, float, float]  # seconds per statement, recall, precision


def compare_pipelines(corpus: Corpus, texts: list[str], n_base: int, repeat: int
                      ) -> tuple[dict[str, Row], dict[str, dict[str, float]]]:
    """Time and score the baseline and ours; also the share of copies found by kind."""
    n = len(texts)
    sub, truth_sub = texts[:n_base], corpus.truth[:n_base]
    base_t, base_labels = timed(baseline, sub, repeat)
    sub_t, sub_labels = timed(ours, sub, repeat)
    all_t, all_labels = timed(ours, texts, 1) if n > n_base else (sub_t, sub_labels)
    rows = {
        f"baseline datasketch, first {n_base}": (base_t, *pair_scores(truth_sub, base_labels)),
        f"ours, first {n_base}": (sub_t, *pair_scores(truth_sub, sub_labels)),
        f"ours, all {n}": (all_t, *pair_scores(corpus.truth, all_labels)),
    }
    kinds = {"baseline": kind_recall(corpus, base_labels), "ours": kind_recall(corpus, all_labels)}
    return rows, kinds


def main() -> dict[str, object]:
    n = int(os.environ.get("COMMUNIQUE_BENCH_N", "1000000"))
    n_base = min(n, int(os.environ.get("COMMUNIQUE_BENCH_BASELINE_N", "20000")))
    n_archive = min(n, int(os.environ.get("COMMUNIQUE_BENCH_ARCHIVE_N", "10000")))
    repeat = int(os.environ.get("COMMUNIQUE_BENCH_REPEAT", "3"))
    corpus = Corpus(n)
    started = time.perf_counter()
    texts = [corpus.text(i) for i in range(n)]
    made = time.perf_counter() - started
    words = statistics.mean(len(t.split()) for t in texts[:2000])
    rows, kinds = compare_pipelines(corpus, texts, n_base, repeat)
    print(f"{n} statements ({words:.0f} words on average, "
          f"{int((corpus.truth != np.arange(n)).sum())} planted copies), made in {made:.0f} s; "
          f"CPU time per statement, median of {repeat} runs")
    print(f"{'pipeline':36} {'ms/statement':>12} {'recall':>7} {'precision':>9}")
    for name, (per, recall, precision) in rows.items():
        print(f"{name:36} {per * 1000:12.4f} {recall:7.4f} {precision:9.4f}")
    first, second = list(rows.values())[:2]
    speedup = first[0] / second[0]
    print(f"speed-up per statement vs the baseline (same {n_base} texts): {speedup:.1f}x")
    for name, shares in kinds.items():
        print(f"copies found, {name}: " + ", ".join(f"{k} {v:.4f}" for k, v in shares.items()))
    extra = max(n_archive // 100, 1)
    inc = incremental(Corpus(n_archive + extra), n_archive, extra)
    print(f"link_archive (SQLite): first run over {n_archive} statements "
          f"{inc['first'] * 1000:.3f} ms/statement; then {extra} new ones "
          f"{inc['then'] * 1000:.3f} ms per new statement")
    return {"n": n, "baseline_n": n_base, "words_per_statement": round(words, 1),
            "speedup": round(speedup, 2), "copies_found_by_kind": kinds,
            "archive_ms_per_statement": {k: round(v * 1000, 4) for k, v in inc.items()},
            "rows": {k: {"ms_per_statement": round(v[0] * 1000, 4), "recall": round(v[1], 4),
                         "precision": round(v[2], 4)} for k, v in rows.items()}}


if __name__ == "__main__":
    main()
