"""A story's dossier, built from its stored articles exactly as ``rassegna analyze`` would
build it (``report.build``), after the corpus stages that work across articles (entities,
timeline, comparison) have run on them. Cached until the story or the store changes."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from ..model import Corpus, Story
from ..pipeline import DEFAULT_STAGES, registered
from ..report import build
from ..store import Store

log = logging.getLogger("rassegna.web")
# Stages that regroup or re-link the store; a story's own articles must stay as they were grouped.
SKIPPED = {"rassegna.stories.v1", "rassegna.duplicates.v1"}
CACHED = 96  # dossiers, pages and JSON kept in memory


def corpus_stages() -> list[Any]:
    stages = registered()
    return [(name, stages[name].factory()) for name in DEFAULT_STAGES
            if name in stages and stages[name].scope == "corpus" and name not in SKIPPED]


def story_dossier(store: Store, story_id: str) -> dict[str, Any]:
    """The dossier of one stored story; NotInStore when there is no such story."""
    record = store.story(story_id)
    docs = store.documents(story=story_id)
    extra = {k: v for k, v in record.items() if k not in ("id", "title", "articles")}
    ids = [d.id for d in docs]
    corpus = Corpus(docs, [Story(story_id, record["title"], ids, extra)])
    for name, stage in corpus_stages():
        try:
            corpus = stage(corpus)
        except Exception:  # a stage under construction must not take the stored dossier down with it
            log.exception("corpus stage %s failed on story %s; its stored sections are shown", name, story_id)
    return build(corpus)


class Dossiers:
    """Dossiers by story id, and what is made of them (the page, the JSON), rebuilt when the
    story is regrouped or the store changes."""

    def __init__(self) -> None:
        self._cache: OrderedDict[tuple[str, str], tuple[tuple, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: Store, story_id: str) -> dict[str, Any]:
        return self.made(store, story_id, "dossier", lambda dossier: dossier)

    def made(self, store: Store, story_id: str, kind: str, make: Callable[[dict[str, Any]], Any]) -> Any:
        """``make(dossier)`` for the story, cached under ``kind`` until the story or store changes."""
        key = (store.story_version(story_id), store.version())
        hit = self._lookup((story_id, kind), key)
        if hit is not None:
            return hit
        dossier = self._lookup((story_id, "dossier"), key)
        if dossier is None:
            dossier = story_dossier(store, story_id)
            self._keep((story_id, "dossier"), key, dossier)
        made = make(dossier)
        self._keep((story_id, kind), key, made)
        return made

    def _lookup(self, name: tuple[str, str], key: tuple) -> Any:
        with self._lock:
            hit = self._cache.get(name)
            if hit and hit[0] == key:
                self._cache.move_to_end(name)
                return hit[1]
        return None

    def _keep(self, name: tuple[str, str], key: tuple, value: Any) -> None:
        with self._lock:
            self._cache[name] = (key, value)
            while len(self._cache) > CACHED:
                self._cache.popitem(last=False)
