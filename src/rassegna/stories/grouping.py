"""The story stage: articles grouped into stories by the online clusterer, in time order,
with wire copies placed in their original's story and a title for each story."""

from __future__ import annotations

import re

from ..model import Corpus, Document, Story
from ..pipeline import stage
from .features import features
from .online import THRESHOLD_CROSS, THRESHOLD_MERGE, THRESHOLD_SAME, OnlineClusterer
from .online import story_id as _story_id

TOPIC_MIN_WORDS = 3  # "Kim: «…»" keeps its quote: a speaker alone is no topic
_OUTLET_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def group(docs: list[Document], *, clusterer: OnlineClusterer | None = None,
          merge_threshold: float = THRESHOLD_MERGE) -> list[list[Document]]:
    """Stories as lists of documents, each list in the order the documents were given.

    A batch is clustered as a stream in publication order, with document frequencies from
    the whole batch, then stories that turn out alike are merged.
    """
    clusterer = clusterer or OnlineClusterer(forget=False)
    order = sorted(range(len(docs)), key=lambda i: (docs[i].published or "", i))
    feats = {i: features(docs[i]) for i in order}
    clusterer.prime(list(feats.values()))
    story_of: dict[str, str] = {}
    for i in order:
        doc = docs[i]
        original = clusterer.story_of(story_of[doc.copy_of]) if doc.copy_of in story_of else None
        story_of[doc.id] = clusterer.add(feats[i], story=original)
    clusterer.merge_similar(threshold=merge_threshold)
    members: dict[str, list[Document]] = {}
    for doc in docs:
        members.setdefault(clusterer.story_of(story_of[doc.id]), []).append(doc)
    return list(members.values())


def story_title(members: list[Document]) -> str:
    """The event, as the headlines agree on it: the headline sharing most words with the
    others, cut to its topic where an outlet's angle follows a colon ("Alluvione a Pieve
    Ardenga: un morto e 1.200 sfollati" -> "Alluvione a Pieve Ardenga"); without headlines,
    the opening words of the earliest article."""
    titled = [d for d in members if d.title]
    if titled:
        words = [set(w.lower() for w in (d.title or "").split() if len(w) > 3) for d in titled]
        score = [sum(len(a & b) for b in words) for a in words]
        best = max(range(len(titled)), key=lambda i: (score[i], -len(titled[i].title or ""), -i))
        return _topic(titled[best].title or "")
    first = min(members, key=lambda d: d.published or "9999").text.split("\n", 1)[0]
    return first[:120].rsplit(" ", 1)[0] + "…" if len(first) > 120 else first


def _topic(headline: str) -> str:
    headline = _OUTLET_SUFFIX.sub("", headline).strip()
    head, sep, _angle = headline.partition(": ")
    if sep and len(head.split()) >= TOPIC_MIN_WORDS and not head.startswith(("«", "“", '"')):
        return head.strip()
    return headline


class StoryGrouper:
    name = "rassegna.stories.v1"

    def __init__(self, *, threshold_same: float = THRESHOLD_SAME, threshold_cross: float = THRESHOLD_CROSS,
                 threshold_merge: float = THRESHOLD_MERGE) -> None:
        self.thresholds = (threshold_same, threshold_cross, threshold_merge)

    def __call__(self, corpus: Corpus) -> Corpus:
        corpus.stories = []
        clusterer = OnlineClusterer(threshold_same=self.thresholds[0], threshold_cross=self.thresholds[1],
                                    forget=False)
        for members in group(corpus.documents, clusterer=clusterer, merge_threshold=self.thresholds[2]):
            # named after its earliest article, so the id stays when later articles join
            first = min(members, key=lambda d: (d.published or "", d.id))
            story_id = _story_id(first.id)
            for doc in members:
                doc.story = story_id
            corpus.stories.append(Story(story_id, story_title(members), [d.id for d in members]))
        return corpus


@stage("rassegna.stories.v1", scope="corpus", needs=("text", "language"), gives=("story",))
def make_story_grouper(*, threshold_same: float = THRESHOLD_SAME, threshold_cross: float = THRESHOLD_CROSS,
                       threshold_merge: float = THRESHOLD_MERGE) -> StoryGrouper:
    return StoryGrouper(threshold_same=threshold_same, threshold_cross=threshold_cross,
                        threshold_merge=threshold_merge)
