"""The half of a batch that needs every article: copies, stories, entities and quote
groups, computed on one machine (the driver) from the compact records — features, MinHash
bands and annotations, never the texts — with the same code and in the same order as
``rassegna analyze``, so both give the same stories.

Corpus stages are split three ways: the two done here from compact data (copies,
stories), those that read only annotations (run here on text-less stub documents), and
the rest, which run per story on the executors with the full documents (see ``stories``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..clean.duplicates import join_copies
from ..model import Corpus, Document, Entity, Story
from ..pipeline import Pipeline
from ..stories import grouping
from ..stories.features import Features
from ..stories.grouping import StoryGrouper
from ..stories.online import OnlineClusterer, story_id
from .articles import Compact

FROM_COMPACT = {"rassegna.duplicates.v1", "rassegna.stories.v1"}
ON_ANNOTATIONS = {"rassegna.entity_resolution.v1", "rassegna.quote_groups.v1"}


@dataclass
class Placement:
    """Where every kept article goes, and the tables computed on the driver."""

    story_of: dict[str, str] = field(default_factory=dict)
    copy_of: dict[str, str] = field(default_factory=dict)
    stories: list[Story] = field(default_factory=list)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # stories, entities, quotes
    repeated: list[Compact] = field(default_factory=list)  # the same article again: analysed once


def per_story_stages(pipe: Pipeline) -> list[str]:
    """The corpus stages that run per story, with full documents, on the executors."""
    return [i.name for i, _ in pipe.corpus_stages if i.name not in FROM_COMPACT | ON_ANNOTATIONS]


def place(compacts: list[Compact], pipe: Pipeline, shingles_of: Callable[[set[str]], dict[str, set[int]]]) -> Placement:
    """Copies, stories and the annotation stages over ``compacts``; ``shingles_of(ids)`` gives the
    shingle sets of the candidate copies (computed where the texts are)."""
    compacts = sorted(compacts, key=lambda c: c.order)
    out = Placement()
    kept: dict[str, Compact] = {}
    for c in compacts:
        (out.repeated.append(c) if c.id in kept else kept.setdefault(c.id, c))
    docs = list(kept.values())
    names = [i.name for i, _ in pipe.corpus_stages]
    if "rassegna.duplicates.v1" in names:
        out.copy_of = find_copies(docs, shingles_of)
    if "rassegna.stories.v1" in names:
        grouper = next(fn for i, fn in pipe.corpus_stages if i.name == "rassegna.stories.v1")
        out.stories = group(docs, out.copy_of, grouper)
        out.story_of = {a: s.id for s in out.stories for a in s.articles}
    stubs = [_stub(c, out) for c in docs]
    corpus = Corpus(stubs, out.stories)
    for info, fn in pipe.corpus_stages:
        if info.name in ON_ANNOTATIONS:
            corpus = fn(corpus)
    out.tables = {"stories": [story_row(s, kept) for s in out.stories],
                  "entities": [entity_row(e) for e in corpus.entities],
                  "quotes": [row for d in corpus.documents for row in quote_rows(d)]}
    return out


def _stub(c: Compact, placement: Placement) -> Document:
    doc = c.stub()
    doc.story, doc.copy_of = placement.story_of.get(c.id), placement.copy_of.get(c.id)
    return doc


def find_copies(docs: list[Compact], shingles_of: Callable[[set[str]], dict[str, set[int]]]) -> dict[str, str]:
    """``rassegna.clean.duplicates.find_copies`` from precomputed bands: only the candidates'
    shingles are fetched for the exact containment check."""
    order = {d.id: (d.published or "9999", i) for i, d in enumerate(docs)}
    buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
    for d in docs:
        for band, key in enumerate(d.bands):
            buckets[(band, key)].append(d.id)
    buckets = {k: v for k, v in buckets.items() if len(v) > 1}
    sets = shingles_of({i for members in buckets.values() for i in members}) if buckets else {}
    return join_copies(buckets.values(), sets, order)


def group(docs: list[Compact], copy_of: dict[str, str], grouper: StoryGrouper) -> list[Story]:
    """The story stage over compact records: ``rassegna.stories.grouping.group`` itself, on
    text-less stubs, with a clusterer that reads the features computed by the executors."""
    same, cross, merge = grouper.thresholds
    clusterer = _Precomputed({d.id: d.features for d in docs}, threshold_same=same, threshold_cross=cross,
                             forget=False)
    stubs = [Document(id=d.id, source=d.source, text=d.lead, title=d.title, published=d.published,
                      language=d.language, copy_of=copy_of.get(d.id)) for d in docs]
    stories = []
    for members in grouping.group(stubs, clusterer=clusterer, merge_threshold=merge):
        # as StoryGrouper names a story: after its earliest article
        first = min(members, key=lambda d: (d.published or "", d.id))
        stories.append(Story(story_id(first.id), grouping.story_title(members), [d.id for d in members]))
    return stories


class _Precomputed(OnlineClusterer):
    """An OnlineClusterer fed features computed elsewhere, looked up by article id."""

    def __init__(self, features: dict[str, Features], **options) -> None:
        super().__init__(**options)
        self.features = features

    def prime(self, items: list[Features]) -> None:
        super().prime([self.features[f.id] for f in items])

    def add(self, f: Features, *, story: str | None = None) -> str:
        return super().add(self.features[f.id], story=story)


def story_row(story: Story, docs: dict[str, Compact]) -> dict[str, Any]:
    members = [docs[a] for a in story.articles]
    dates = sorted(d.published for d in members if d.published)
    return {"id": story.id, "title": story.title, "articles": list(story.articles),
            "outlets": sorted({d.outlet for d in members if d.outlet}), "languages": sorted({d.language for d in members}),
            "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None}


def entity_row(entity: Entity) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "type": entity.type, "wikidata": entity.wikidata,
            "variants": list(entity.variants), "roles": list(entity.roles),
            "mentions": [m.to_dict() for m in entity.mentions]}


def quote_rows(doc: Document) -> list[dict[str, Any]]:
    return [{**q.span.to_dict(), "id": q.id or f"{doc.id}-q{n}", "direct": q.direct, "speaker": q.speaker,
             "speaker_text": q.speaker_text, "cue": q.cue, "channel": q.channel, "group": q.group}
            for n, q in enumerate(doc.quotes)]
