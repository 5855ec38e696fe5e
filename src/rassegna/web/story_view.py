"""What the story page shows, derived from the story's dossier and nothing else: sections the
stages have not produced yet stay empty, and the page says "none found"."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .render import timeline_chart


def story_context(dossier: dict[str, Any]) -> dict[str, Any]:
    story = dossier["stories"][0]
    articles = {a["id"]: a for a in dossier["articles"]}
    members = [articles[a] for a in story["articles"] if a in articles]
    names = {e["id"]: e["name"] for e in dossier["entities"]}

    def outlet(article_id: str) -> str:
        a = articles.get(article_id) or {}
        return a.get("outlet") or article_id

    return {"s": story, "d": dossier, "members": members, "outlet": outlet,
            "chart": timeline_chart(story.get("timeline") or [], members),
            "speakers": _speakers(dossier["quotes"], names),
            "entities": _entities(dossier["entities"]),
            "matrix": _matrix(story.get("claims") or [], members, outlet)}


def _speakers(quotes: list[dict[str, Any]], names: dict[str, str]) -> list[dict[str, Any]]:
    """Quotations grouped by who said them (resolved speaker, else the words naming them)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in quotes:
        who = names.get(q.get("speaker") or "") or q.get("speaker_text") or "unattributed"
        groups[who].append(q)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "unattributed", -len(kv[1]), kv[0]))
    return [{"name": name, "quotes": qs} for name, qs in ordered]


def _entities(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**e, "count": len(e["mentions"]), "first": e["mentions"][0] if e["mentions"] else None}
            for e in entities]


def _matrix(claims: list[dict[str, Any]], members: list[dict[str, Any]], outlet) -> dict[str, Any]:
    """Claims × outlets: which outlet carries which claim, with the spans as evidence."""
    columns = list(dict.fromkeys(outlet(a["id"]) for a in members))
    rows = []
    for claim in claims:
        cells: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for src in claim.get("sources") or []:
            cells[outlet(src["article"])].append(src)
        rows.append({"claim": claim, "cells": [cells.get(c, []) for c in columns]})
    return {"columns": columns, "rows": rows}
