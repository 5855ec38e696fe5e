"""Views over the store for pages and the API: stories filtered, entities and quotes across
articles, and pages of results with totals. Computed from the store's read methods and cached
until the store changes."""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from ..extract.resolution import canonical_name
from ..store import Store

MAX_LIMIT = 200  # a page never holds more than this many items


@dataclass(frozen=True)
class StoryFilter:
    q: str | None = None
    outlet: str | None = None
    language: str | None = None
    since: str | None = None  # ISO date: stories last seen on or after it
    until: str | None = None  # ISO date: stories first seen on or before it
    entity: str | None = None


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """A page of ``items`` with the total, as every listing of the API returns it."""
    limit = max(1, min(limit, MAX_LIMIT))
    offset = max(0, offset)
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}


class Index:
    """Entities and quotes across the whole store, rebuilt when the store's version changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._entities: dict[str, dict[str, Any]] = {}
        self._quotes: list[dict[str, Any]] = []

    def entities(self, store: Store) -> dict[str, dict[str, Any]]:
        self._fresh(store)
        return self._entities

    def quotes(self, store: Store) -> list[dict[str, Any]]:
        self._fresh(store)
        return self._quotes

    def _fresh(self, store: Store) -> None:
        key = store.version()
        with self._lock:
            if key != self._key:
                rows = store.annotated()
                self._entities = entity_index(rows)
                self._quotes = quote_index(rows, self._entities)
                self._key = key


def entity_index(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each resolved entity: its best-attested name, type, variants, and where it is mentioned."""
    mentions: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for row in rows:
        for m in row["annotations"].get("mentions", []):
            if m.get("entity"):
                mentions[m["entity"]].append((row, m))
    out = {}
    for entity_id, found in mentions.items():
        texts = Counter(m["text"] for _, m in found)
        kb_id = Counter(m["kb"] for _, m in found if m.get("kb")).most_common(1)
        language = Counter(r["language"] for r, _ in found).most_common(1)[0][0]
        out[entity_id] = {
            "id": entity_id,
            "name": canonical_name(texts, kb_id[0][0] if kb_id else None, language),
            "type": Counter(m["label"] for _, m in found).most_common(1)[0][0],
            "variants": [t for t, _ in texts.most_common()],
            "roles": sorted({m["role"] for _, m in found if m.get("role")}),
            "mentions": len(found),
            "articles": sorted({r["id"] for r, _ in found}),
            "stories": [s for s, _ in Counter(r["story"] for r, _ in found if r["story"]).most_common()],
            "outlets": dict(Counter(r["outlet"] or r["id"] for r, _ in found).most_common()),
        }
    return dict(sorted(out.items(), key=lambda kv: (-kv[1]["mentions"], kv[1]["name"])))


def quote_index(rows: list[dict[str, Any]], entities: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        for i, q in enumerate(row["annotations"].get("quotes", [])):
            speaker = entities.get(q.get("speaker") or "")
            out.append({"id": q.get("id") or f"{row['id']}-q{i}", "article": row["id"], "start": q["start"],
                        "end": q["end"], "text": q["text"], "direct": q.get("direct"), "speaker": q.get("speaker"),
                        "speaker_name": speaker["name"] if speaker else None, "speaker_text": q.get("speaker_text"),
                        "cue": q.get("cue"), "channel": q.get("channel"), "group": q.get("group"),
                        "story": row["story"], "outlet": row["outlet"], "published": row["published"]})
    return out


def find_stories(store: Store, index: Index, wanted: StoryFilter) -> list[dict[str, Any]]:
    """The stored stories that pass every filter given, newest first."""
    stories = store.stories()
    if wanted.q:
        matching = store.stories_matching(wanted.q)
        stories = [s for s in stories if s["id"] in matching]
    if wanted.entity:
        having = {sid for e in _entities_named(index.entities(store), wanted.entity) for sid in e["stories"]}
        stories = [s for s in stories if s["id"] in having]
    return [s for s in stories if _passes(s, wanted)]


def _entities_named(entities: dict[str, dict[str, Any]], wanted: str) -> list[dict[str, Any]]:
    """The entity with id ``wanted``, else every entity with a spelling containing it."""
    if wanted in entities:
        return [entities[wanted]]
    words = wanted.strip().lower()
    return [e for e in entities.values() if any(words in v.lower() for v in e["variants"])] if words else []


def _passes(story: dict[str, Any], wanted: StoryFilter) -> bool:
    if wanted.outlet and wanted.outlet not in story.get("outlets", []):
        return False
    if wanted.language and wanted.language not in story.get("languages", []):
        return False
    if wanted.since and (story.get("last_seen") or "") < wanted.since:
        return False
    return not (wanted.until and (story.get("first_seen") or "9999") > wanted.until + "T99")


def story_summary(story: dict[str, Any]) -> dict[str, Any]:
    """A story as listings show it: no sections, counts instead."""
    sections = ("summary", "timeline", "claims", "disagreements", "framing")
    return {**{k: v for k, v in story.items() if k not in sections},
            "counts": {k: len(story.get(k) or []) for k in sections}}


def find_entities(index: Index, store: Store, *, q: str | None = None, type_: str | None = None,
                  story: str | None = None) -> list[dict[str, Any]]:
    found = list(index.entities(store).values())
    if q:
        words = q.lower()
        found = [e for e in found if any(words in v.lower() for v in e["variants"])]
    if type_:
        found = [e for e in found if e["type"] == type_]
    if story:
        found = [e for e in found if story in e["stories"]]
    return found


def find_quotes(index: Index, store: Store, *, story: str | None = None, speaker: str | None = None,
                article: str | None = None, q: str | None = None) -> list[dict[str, Any]]:
    found = index.quotes(store)
    if story:
        found = [x for x in found if x["story"] == story]
    if speaker:
        found = [x for x in found if x["speaker"] == speaker]
    if article:
        found = [x for x in found if x["article"] == article]
    if q:
        found = [x for x in found if q.lower() in x["text"].lower()]
    return found
