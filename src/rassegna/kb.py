"""The bundled knowledge base of recurring names (resources/kb.jsonl): countries, capitals,
international bodies, agencies, heads of state, each with its aliases in Italian and English."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .extract.names import key


@dataclass(frozen=True)
class KBEntry:
    id: str
    type: str
    kind: str
    names: dict[str, str]
    aliases: tuple[str, ...]
    roles: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or next(iter(self.names.values()))


@dataclass
class KnowledgeBase:
    entries: dict[str, KBEntry] = field(default_factory=dict)
    by_alias: dict[str, list[KBEntry]] = field(default_factory=dict)

    def lookup(self, surface: str) -> list[KBEntry]:
        """Entries one of whose names or aliases has the same key as ``surface``."""
        return self.by_alias.get(key(surface), [])

    def surfaces(self) -> list[str]:
        """Every name and alias as written (for matching in text)."""
        seen: dict[str, None] = {}
        for entry in self.entries.values():
            for s in (*entry.names.values(), *entry.aliases):
                seen.setdefault(s, None)
        return list(seen)


@cache
def knowledge_base() -> KnowledgeBase:
    path = resources.files("rassegna.resources").joinpath("kb.jsonl")
    kb = KnowledgeBase()
    if not path.is_file():
        return kb
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        entry = KBEntry(raw["id"], raw["type"], raw.get("kind", ""), dict(raw.get("name", {})),
                        tuple(raw.get("aliases", [])), tuple(raw.get("roles", [])), raw.get("wikidata"),
                        raw.get("country"))
        kb.entries[entry.id] = entry
        for surface in {*entry.names.values(), *entry.aliases}:
            bucket = kb.by_alias.setdefault(key(surface), [])
            if entry not in bucket:
                bucket.append(entry)
    return kb
