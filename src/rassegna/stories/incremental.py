"""New articles into a store's stories, at a cost that does not grow with the archive.

Only the articles inside the time window of the new ones are read back; they rebuild the
active stories (keeping their ids), the new articles are placed by the online clusterer,
and only the stories that changed get their cross-article work (entities, timeline, …) run
again and saved.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from ..clean.duplicates import find_copies
from ..model import Corpus, Document, Story
from ..pipeline import Pipeline
from .features import features
from .grouping import story_title
from .online import WINDOW, OnlineClusterer

PLACEMENT = ("rassegna.duplicates.v1", "rassegna.stories.v1")  # replaced here by incremental placement


def place(store, new_ids: list[str], pipe: Pipeline) -> tuple[list[tuple[Story, Corpus]], list[str]]:
    """Put the stored articles ``new_ids`` into stories. Return each story that changed, with
    the corpus of its articles (cross-article stages done, articles saved), and the ids of
    stories merged into others."""
    new = store.documents_by_id(new_ids)
    if not new:
        return [], []
    fresh = set(new_ids)
    active = [d for d in store.documents_between(*_window(new)) if d.id not in fresh]
    _mark_copies(active, new)
    changed_ids, merged = _cluster(active, new)
    changed = []
    for sid in sorted(changed_ids):
        arrivals = [d for d in new if d.story == sid]
        members = [d for old in (sid, *merged.get(sid, ())) for d in store.documents(story=old) if d.id not in fresh]
        members += arrivals
        for doc in members:
            doc.story = sid
        members.sort(key=lambda d: (d.published or "", d.id))
        story = Story(sid, story_title(members), [d.id for d in members])
        corpus = _story_stages(pipe)(Corpus(members, [story]))
        for doc in corpus.documents:
            store.save_document(doc)
        changed.append((story, corpus))
    return changed, [old for olds in merged.values() for old in olds]


def _window(new: list[Document]) -> tuple[str | None, str | None]:
    dates = [d.published for d in new if d.published]
    if not dates:
        return None, None
    start = datetime.fromisoformat(min(dates).replace("Z", "+00:00")).replace(tzinfo=None) - WINDOW
    end = datetime.fromisoformat(max(dates).replace("Z", "+00:00")).replace(tzinfo=None) + WINDOW
    return start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes")


def _mark_copies(active: list[Document], new: list[Document]) -> None:
    copies = find_copies(active + new)
    for doc in new:
        doc.copy_of = copies.get(doc.id)


def _cluster(active: list[Document], new: list[Document]) -> tuple[set[str], dict[str, list[str]]]:
    """Assign ``doc.story`` to the new articles; return the ids of the stories that changed,
    and the stories merged into each (the merge pass, as in a batch)."""
    clusterer = OnlineClusterer()
    feats = {d.id: features(d) for d in active + new}
    clusterer.prime(list(feats.values()))
    story_of = {}
    for doc in sorted(active, key=lambda d: d.published or ""):
        story_of[doc.id] = clusterer.add(feats[doc.id], story=doc.story)
    changed = set()
    for doc in sorted(new, key=lambda d: d.published or ""):
        original = story_of.get(doc.copy_of or "")
        doc.story = story_of[doc.id] = clusterer.add(feats[doc.id], story=original)
        changed.add(doc.story)
    clusterer.merge_similar()
    merged: dict[str, list[str]] = defaultdict(list)
    for old in clusterer.merged_into:
        merged[clusterer.story_of(old)].append(old)
    for doc in new:
        doc.story = clusterer.story_of(doc.story)
    changed = {clusterer.story_of(sid) for sid in changed} | set(merged)
    return changed, dict(merged)


def _story_stages(pipe: Pipeline):
    later = [(info, fn) for info, fn in pipe.corpus_stages if info.name not in PLACEMENT]

    def run(corpus: Corpus) -> Corpus:
        for _info, fn in later:
            corpus = fn(corpus)
        return corpus

    return run
