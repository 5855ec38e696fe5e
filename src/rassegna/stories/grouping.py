"""A first, honest story grouping: single-pass clustering on TF-IDF cosine similarity.

Articles are taken in publication order; each joins the most similar existing story when
its similarity to that story's centroid reaches THRESHOLD, else it starts a story. Words
are lower-cased, stop words (spaCy's lists) dropped, capitalised words (names) weighted up.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from functools import cache

from ..model import Corpus, Document, Story
from ..pipeline import stage

THRESHOLD = 0.18  # cosine to a story centroid; below it, a new story starts
NAME_WEIGHT = 2.0  # capitalised words (names, places) say more about the event than others
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")


@cache
def _stop_words(lang: str) -> frozenset[str]:
    try:
        module = __import__(f"spacy.lang.{lang}.stop_words", fromlist=["STOP_WORDS"])
    except ImportError:
        return frozenset()
    return frozenset(module.STOP_WORDS)


def terms(doc: Document) -> Counter[str]:
    stops = _stop_words(doc.language)
    counts: Counter[str] = Counter()
    for tok in _TOKEN.findall(f"{doc.title or ''}\n{doc.text}"):
        low = tok.lower()
        if len(low) < 3 or low in stops:
            continue
        counts[low] += NAME_WEIGHT if tok[0].isupper() else 1.0
    return counts


def _vectors(docs: list[Document]) -> list[dict[str, float]]:
    tfs = [terms(d) for d in docs]
    df: Counter[str] = Counter(t for tf in tfs for t in tf)
    n = len(docs)
    out = []
    for tf in tfs:
        vec = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({t: v / norm for t, v in vec.items()})
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def group(docs: list[Document], *, threshold: float = THRESHOLD) -> list[list[Document]]:
    order = sorted(range(len(docs)), key=lambda i: (docs[i].published or "", i))
    vectors = _vectors(docs)
    clusters: list[tuple[list[int], dict[str, float]]] = []
    for i in order:
        scores = [_cosine(vectors[i], centroid) for _, centroid in clusters]
        best = max(range(len(scores)), key=scores.__getitem__, default=None)
        if best is not None and scores[best] >= threshold:
            members, _ = clusters[best]
            members.append(i)
            clusters[best] = (members, _centroid([vectors[m] for m in members]))
        else:
            clusters.append(([i], vectors[i]))
    return [[docs[i] for i in sorted(members)] for members, _ in clusters]


def _centroid(vectors: list[dict[str, float]]) -> dict[str, float]:
    total: Counter[str] = Counter()
    for v in vectors:
        total.update(v)
    norm = math.sqrt(sum(x * x for x in total.values())) or 1.0
    return {t: x / norm for t, x in total.items()}


def story_title(members: list[Document]) -> str:
    """The headline of the earliest titled article, else the opening words of the first."""
    for doc in sorted(members, key=lambda d: d.published or "9999"):
        if doc.title:
            return doc.title
    first = members[0].text.split("\n", 1)[0]
    return first[:120].rsplit(" ", 1)[0] + "…" if len(first) > 120 else first


class StoryGrouper:
    name = "rassegna.stories.v1"

    def __init__(self, *, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold

    def __call__(self, corpus: Corpus) -> Corpus:
        corpus.stories = []
        for members in group(corpus.documents, threshold=self.threshold):
            ids = [d.id for d in members]
            # named after its earliest article, so the id stays when later articles join
            first = min(members, key=lambda d: (d.published or "9999", d.id))
            story_id = "s" + hashlib.sha1(first.id.encode()).hexdigest()[:11]
            for doc in members:
                doc.story = story_id
            corpus.stories.append(Story(story_id, story_title(members), ids))
        return corpus


@stage("rassegna.stories.v1", scope="corpus", needs=("text", "language"), gives=("story",))
def make_story_grouper(*, threshold: float = THRESHOLD) -> StoryGrouper:
    return StoryGrouper(threshold=threshold)
