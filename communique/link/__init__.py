"""Linking: statements -> clusters of copies (republications, cut, extended, edited) and
what differs between any two of them.

    from communique.link import link_archive, compare, cluster_of

``cluster_texts`` clusters any number of texts in bulk (MinHash LSH on word
shingles, confirmed on exact shingle sets); ``link_archive`` keeps an archive's
clusters up to date incrementally; ``compare`` aligns two statements by
paragraph and sentence and summarises the differences.
"""

from .align import Change, Comparison, compare, render
from .cluster import BulkResult, LinkParams, choose_original, cluster_texts, is_copy
from .incremental import ClusterInfo, LinkReport, cluster_of, iter_clusters, link_archive
from .shingles import Shingler, normal_bytes, words
from .sketch import SketchParams

__all__ = [
    "BulkResult",
    "Change",
    "ClusterInfo",
    "Comparison",
    "LinkParams",
    "LinkReport",
    "Shingler",
    "SketchParams",
    "choose_original",
    "cluster_of",
    "cluster_texts",
    "compare",
    "is_copy",
    "iter_clusters",
    "link_archive",
    "normal_bytes",
    "render",
    "words",
]
