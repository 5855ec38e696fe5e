"""Near-duplicates: wire copies and republications of the same text get ``copy_of``.

Candidates come from MinHash locality-sensitive hashing over word shingles (so the cost
grows with the corpus, not with its square); each candidate pair is then checked exactly:
the shorter text's shingles must be mostly contained in the longer one's, which catches a
wire copy with a different header or a trimmed ending.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from typing import Any

import numpy as np

from ..model import Corpus, Document
from ..pipeline import stage

SHINGLE = 5  # words per shingle: long enough that unrelated articles rarely share one
BANDS, ROWS = 32, 4  # LSH: pairs with Jaccard around 0.3 and above become candidates
CONTAINMENT = 0.8  # share of the shorter text's shingles found in the longer: a copy
MIN_SHINGLES = 8  # texts shorter than this are too short to call copies
_MERSENNE = (1 << 61) - 1
_rng = np.random.default_rng(20240619)
_A = _rng.integers(1, _MERSENNE, BANDS * ROWS, dtype=np.uint64)
_B = _rng.integers(0, _MERSENNE, BANDS * ROWS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    return {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(max(0, len(words) - SHINGLE + 1))}


def signature(hashes: set[int]) -> np.ndarray:
    values = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    # (a*x + b) mod p on 64-bit integers: uint64 arithmetic wraps, which keeps the hashes
    # well spread for candidate generation; exact checks follow.
    mixed = (values[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_MERSENNE)
    return mixed.min(axis=0)


def find_copies(docs: list[Document]) -> dict[str, str]:
    """``{copy id: original id}``: the original is the earliest published, else the first given."""
    sets = {d.id: shingles(d.text) for d in docs}
    order = {d.id: (d.published or "9999", i) for i, d in enumerate(docs)}
    buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
    for doc_id, hashes in sets.items():
        if len(hashes) >= MIN_SHINGLES:
            sig = signature(hashes)
            for band in range(BANDS):
                buckets[(band, sig[band * ROWS:(band + 1) * ROWS].tobytes())].append(doc_id)
    return join_copies(buckets.values(), sets, order)


def join_copies(buckets, sets: dict[str, set[int]], order: dict[str, Any]) -> dict[str, str]:
    """Check each candidate pair of every bucket exactly; copies point to the earliest."""
    parent: dict[str, str] = {}
    for members in buckets:
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if _contained(sets[a], sets[b]):
                    ra, rb = _root(parent, a), _root(parent, b)
                    if ra != rb:
                        first, later = sorted((ra, rb), key=order.__getitem__)
                        parent[later] = first
    return {d: _root(parent, d) for d in parent}


def _contained(a: set[int], b: set[int]) -> bool:
    return len(a & b) >= CONTAINMENT * min(len(a), len(b))


def _root(parent: dict[str, str], x: str) -> str:
    while x in parent:
        x = parent[x]
    return x


class DuplicateFinder:
    name = "rassegna.duplicates.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        copies = find_copies(corpus.documents)
        for doc in corpus.documents:
            doc.copy_of = copies.get(doc.id)
        return corpus


@stage("rassegna.duplicates.v1", scope="corpus", needs=("text",), gives=("copy_of",))
def make_duplicate_finder() -> DuplicateFinder:
    return DuplicateFinder()
