"""The status outlets give a thing with a life cycle: an agreement (considered, drafted,
signed), a law (proposed, under discussion, approved, signed, in force), a meeting
(requested, convened, held).

Each thing is data in ``compare.json`` (``status.things``): its nouns, its stages in order,
the stages that mean it is done, and the cue phrases of each stage. A cue counts when one
of the thing's nouns sits in the same sentence within a few words ("hanno firmato
l'accordo", "la legge è ancora in discussione"). Different stages of one thing in different
articles are one disagreement; a done stage against an earlier one is a contradiction,
though reports of different moments may explain it, which the explanation says. A negated
cue ("non ha ancora dichiarato lo stato di emergenza") is the stage "not declared".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..model import Document
from ..resources import load_json
from .sentences import Sentence, sentence_at

# A one-word participle after the thing's noun agrees with the nearest noun: "la legge
# approvata" is about the law, "la legge in un comunicato firmato" about the statement.
PARTICIPLE_REACH = 2
NOT = "not "  # prefix of a negated stage ("not declared")


@dataclass(frozen=True)
class Thing:
    about: str
    order: tuple[str, ...]
    done: frozenset[str]
    cues: re.Pattern[str]
    objects: re.Pattern[str]
    stage_of: dict[str, str]


@dataclass
class StatusMention:
    doc: Document
    status: str
    start: int
    end: int


def _alt(xs) -> str:
    return "|".join(sorted(map(re.escape, xs), key=len, reverse=True))


@cache
def _negation(lang: str) -> re.Pattern[str] | None:
    """A negation right before a cue ("non è ancora stato indetto", "has not yet set a date")."""
    words = (load_json(lang, "compare.json").get("status") or {}).get("negations", [])
    return re.compile(rf"\b(?:{_alt(words)})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE) if words else None


@cache
def _things(lang: str) -> tuple[tuple[Thing, ...], int]:
    data = load_json(lang, "compare.json").get("status") or {}
    things = []
    for t in data.get("things", []):
        stage_of = {c.lower(): stage for stage, cues in t["cues"].items() for c in cues}
        things.append(Thing(t["about"], tuple(t["order"]), frozenset(t.get("done", [])),
                            re.compile(rf"\b(?:{_alt(stage_of)})\b", re.IGNORECASE),
                            re.compile(rf"\b(?:{_alt(t['objects'])})\b", re.IGNORECASE), stage_of))
    return tuple(things), int(data.get("max_gap_chars", 60))


def _mentions(doc: Document, sents: list[Sentence], thing: Thing, gap: int) -> list[StatusMention]:
    out = []
    for cue in thing.cues.finditer(doc.text):
        sent = sentence_at(sents, doc.id, cue.start())
        if sent is None:
            continue
        near = [o for o in thing.objects.finditer(doc.text, sent.start, sent.end)
                if (-gap <= o.start() - cue.end() <= gap or -gap <= cue.start() - o.end() <= gap)
                and not (" " not in cue.group() and o.end() <= cue.start()
                         and len(doc.text[o.end():cue.start()].split()) > PARTICIPLE_REACH)]
        if near:
            obj = min(near, key=lambda o: abs(o.start() - cue.end()))
            start, end = min(cue.start(), obj.start()), max(cue.end(), obj.end())
            stage = thing.stage_of[cue.group().lower()]
            negation = _negation(doc.language)
            before = negation.search(doc.text, sent.start, cue.start()) if negation else None
            if before:  # "non ha ancora dichiarato": not yet at that stage
                start, stage = min(start, before.start()), NOT + stage
            out.append(StatusMention(doc, stage, start, end))
    return out


def status_disagreements(docs: list[Document], sents: list[Sentence]) -> list[dict[str, Any]]:
    """One disagreement per thing (agreement, law, meeting) the articles give different stages."""
    out = []
    langs = sorted({d.language for d in docs})
    for lang in langs:
        things, gap = _things(lang)
        for thing in things:
            found = [m for d in docs for m in _mentions(d, sents, thing, gap)]
            out += _disagreement(thing, found)
    return out


def _disagreement(thing: Thing, found: list[StatusMention]) -> list[dict[str, Any]]:
    first: dict[tuple[str, str], StatusMention] = {}
    for m in found:
        first.setdefault((m.doc.id, m.status), m)
    chosen = list(first.values())
    statuses = {m.status for m in chosen}
    if len(statuses) < 2 or len({m.doc.id for m in chosen}) < 2:
        return []
    done = {m.doc.id for m in chosen if m.status in thing.done}
    not_yet = {m.doc.id for m in chosen if m.status not in thing.done}  # earlier stages and "not ..."
    contradiction = bool(done) and bool(not_yet - done)  # approved, then signed: no contradiction
    order = sorted(statuses, key=lambda st: -1 if st.startswith(NOT) else thing.order.index(st))
    why = "status differs: " + ", ".join(order)
    why += "; reports of different moments may explain it" if contradiction else ""
    return [{"about": f"status of {thing.about}", "kind": "status",
             "variants": [dict(m.doc.span(m.start, m.end).to_dict(), status=m.status) for m in chosen],
             "contradiction": contradiction, "explanation": why}]
