"""Shared passages: long word sequences two articles have in common (one copies the other,
or both copy the same wire), as pairs of spans, beside the ``copy_of`` relations the
duplicates stage set."""

from __future__ import annotations

import re
from typing import Any

from ..model import Corpus, Document
from ..pipeline import stage
from .claims import story_members

# Eight consecutive words in common are rarely chance: names and set phrases are shorter.
MIN_WORDS = 8
_WORD = re.compile(r"\w+|\n")


def _words(doc: Document) -> tuple[list[str], list[tuple[int, int]]]:
    """Lowercased words and their offsets; a line break is a token no other article has,
    so a passage never runs across paragraphs."""
    found = list(_WORD.finditer(doc.text))
    words = [m.group().lower() if m.group() != "\n" else f"\n{doc.id}{m.start()}" for m in found]
    return words, [m.span() for m in found]


def common_runs(a: list[str], b: list[str], n: int = MIN_WORDS) -> list[tuple[int, int, int]]:
    """Maximal runs (i, j, length) of at least ``n`` equal words, ``a[i:i+length] == b[j:j+length]``."""
    index: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(b) - n + 1):
        index.setdefault(tuple(b[j:j + n]), []).append(j)
    runs: list[tuple[int, int, int]] = []
    covered: set[tuple[int, int]] = set()  # (i - j, i) already inside a run
    for i in range(len(a) - n + 1):
        for j in index.get(tuple(a[i:i + n]), []):
            if (i - j, i) in covered:
                continue
            length = n
            while i + length < len(a) and j + length < len(b) and a[i + length] == b[j + length]:
                length += 1
            covered.update((i - j, i + k) for k in range(length))
            runs.append((i, j, length))
    return runs


def shared_passages(docs: list[Document]) -> list[dict[str, Any]]:
    """Every long common passage between two articles of the story, longest first."""
    words = {d.id: _words(d) for d in docs}
    out = []
    for x, a in enumerate(docs):
        for b in docs[x + 1:]:
            (wa, oa), (wb, ob) = words[a.id], words[b.id]
            for i, j, length in common_runs(wa, wb):
                span_a = a.span(oa[i][0], oa[i + length - 1][1])
                span_b = b.span(ob[j][0], ob[j + length - 1][1])
                out.append({"articles": [a.id, b.id], "words": length,
                            "is_copy": a.copy_of == b.id or b.copy_of == a.id,
                            "sources": [span_a.to_dict(), span_b.to_dict()]})
    ids = {d.id for d in docs}
    paired = {tuple(sorted(p["articles"])) for p in out}
    for d in docs:  # copies the duplicates stage found, even with no long common run
        if d.copy_of in ids and tuple(sorted((d.id, d.copy_of))) not in paired:
            out.append({"articles": [d.id, d.copy_of], "words": 0, "is_copy": True, "sources": []})
    return sorted(out, key=lambda p: -p["words"])


class SharedPassages:
    name = "rassegna.shared_passages.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        for story, members in story_members(corpus):
            story.extra["shared_passages"] = shared_passages(members)
        return corpus


@stage("rassegna.shared_passages.v1", scope="corpus", needs=("story",), gives=("shared_passages",))
def make_shared_passages() -> SharedPassages:
    return SharedPassages()
