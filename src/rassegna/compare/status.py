"""The status outlets give an agreement: considered, drafted, to be signed, signed.

A status cue from ``compare.json`` ("sta valutando la possibilità di firmare", "hanno messo a
punto", "hanno firmato") counts when an agreement noun ("trattato", "accordo") sits in the
same sentence within a few words. Different statuses from different articles are one
disagreement; "signed" against an earlier stage is a contradiction unless a later report
may simply be newer, which the explanation says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..model import Document
from ..resources import load_json
from .sentences import Sentence, sentence_at

# The order a treaty goes through; two statuses further apart than a step may both be true
# at different times, so the explanation names the dates of the reports.
ORDER = ("considered", "agreed to sign", "drafted", "to be signed", "signed")


@dataclass
class StatusMention:
    doc: Document
    status: str
    start: int
    end: int


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], int] | None:
    data = load_json(lang, "compare.json").get("status")
    if not data:
        return None
    cue_of = {c.lower(): status for status, cues in data["cues"].items() for c in cues}
    alt = lambda xs: "|".join(sorted(map(re.escape, xs), key=len, reverse=True))  # noqa: E731
    cues = re.compile(rf"\b(?:{alt(cue_of)})\b", re.IGNORECASE)
    objects = re.compile(rf"\b(?:{alt(data['objects'])})\b", re.IGNORECASE)
    return cues, objects, cue_of, int(data.get("max_gap_chars", 60))


def _mentions(doc: Document, sents: list[Sentence]) -> list[StatusMention]:
    pats = _patterns(doc.language)
    if pats is None:
        return []
    cues, objects, cue_of, gap = pats
    out = []
    for cue in cues.finditer(doc.text):
        sent = sentence_at(sents, doc.id, cue.start())
        if sent is None:
            continue
        near = [o for o in objects.finditer(doc.text, sent.start, sent.end)
                if -gap <= o.start() - cue.end() <= gap or -gap <= cue.start() - o.end() <= gap]
        if near:
            obj = min(near, key=lambda o: abs(o.start() - cue.end()))
            start, end = min(cue.start(), obj.start()), max(cue.end(), obj.end())
            out.append(StatusMention(doc, cue_of[cue.group().lower()], start, end))
    return out


def status_disagreements(docs: list[Document], sents: list[Sentence]) -> list[dict[str, Any]]:
    """One disagreement when articles give an agreement different statuses."""
    found = [m for d in docs for m in _mentions(d, sents)]
    first: dict[tuple[str, str], StatusMention] = {}
    for m in found:
        first.setdefault((m.doc.id, m.status), m)
    chosen = list(first.values())
    statuses = {m.status for m in chosen}
    if len(statuses) < 2 or len({m.doc.id for m in chosen}) < 2:
        return []
    signed = {m.doc.id for m in chosen if m.status == "signed"}
    not_yet = {m.doc.id for m in chosen if m.status != "signed"}
    contradiction = bool(signed) and bool(not_yet - signed)
    order = sorted(statuses, key=ORDER.index)
    why = "status differs: " + ", ".join(order)
    why += "; reports of different moments may explain it" if contradiction else ""
    return [{"about": "status of the agreement", "kind": "status",
             "variants": [dict(m.doc.span(m.start, m.end).to_dict(), status=m.status) for m in chosen],
             "contradiction": contradiction, "explanation": why}]
