"""The story's timeline: dated events merged across outlets, and the dates outlets disagree on.

A *mention* is one calendar-valued time expression (a day, month, week, season or year;
not durations, sets or PRESENT_REF-like values) with the sentence around it. Mentions
are the same event when their values are compatible (equal, or one refines the other:
``2000`` and ``2000-07``) and their sentences share enough content words; each merged
event keeps every source span. Close but different dates given to the same event by
different articles are a date disagreement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..extract.times_grammar import load_resource
from ..model import Document, TimeExpr

# Two sentences tell the same event when they share at least this many content words ...
MIN_SHARED = 3
# ... and these make up at least this share of the smaller sentence's content words.
MIN_OVERLAP = 0.3
# Content words are compared by their first letters, so "visita" meets "visitato".
STEM = 5
# Dates further apart than this are different events, not a disagreement about one.
DISAGREEMENT_MAX_DAYS = 7
# Longest "what" phrase, in words, drawn around the expression.
WHAT_WORDS = 6

_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-(?:SP|SU|FA|WI))?$")
_DAY_PART = re.compile(r"^(\d{4}-\d{2}-\d{2})T")
_SENTENCE_END = re.compile(r"[.!?]+[\s”\"»)]+|\n+")
_CLAUSE_MARK = re.compile(r"[,;:()“”\"«»–—]")
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"[^\s]+")
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@lru_cache(maxsize=8)
def _stopwords(language: str) -> frozenset[str]:
    data = load_resource(language) or {}
    return frozenset(w.lower() for w in data.get("stopwords", []))


@dataclass
class _Mention:
    doc: Document
    time: TimeExpr
    words: frozenset[str]
    what: str

    @property
    def explicit(self) -> bool:
        """Stated, not inferred: anchored, or naming a day or year in digits."""
        return self.time.anchored or any(ch.isdigit() for ch in self.time.span.text)


def _sort_key(value: str) -> tuple[int, int]:
    """The first day a value covers (then coarser first), so years precede their months."""
    year = int(value[:4])
    rest = value[5:]
    try:
        if rest in _SEASON_MONTH:
            start = date(year, _SEASON_MONTH[rest], 1)
        elif rest[:1] == "W" and rest[1:3].isdigit():
            start = date.fromisocalendar(year, int(rest[1:3]), 1)
        elif rest[:1] in "HQ" and rest[1:2].isdigit():  # half-years and quarters
            start = date(year, 1 + (int(rest[1]) - 1) * (6 if rest[0] == "H" else 3), 1)
        else:
            start = date(year, int(value[5:7]) if len(value) >= 7 else 1, int(value[8:10]) if len(value) >= 10 else 1)
    except ValueError:  # a value this ordering does not know: at the start of its year
        start = date(year, 1, 1)
    return start.toordinal(), len(value)


def _sentence(doc: Document, bounds: list[int], pos: int) -> tuple[int, int]:
    i = bisect_right(bounds, pos)
    return (bounds[i - 1] if i else 0), (bounds[i] if i < len(bounds) else len(doc.text))


def _content_words(doc: Document, start: int, end: int) -> frozenset[str]:
    text = list(doc.text[start:end])
    for t in doc.times:  # the dates themselves are not what an event is about
        for k in range(max(t.span.start, start), min(t.span.end, end)):
            text[k - start] = " "
    stop = _stopwords(doc.language)
    # Short words count only when capitalised, as names are (Kim, Onu, Usa).
    words = (w.lower() for w in _WORD.findall("".join(text)) if len(w) >= 4 or (len(w) == 3 and w[0].isupper()))
    return frozenset(w[:STEM] for w in words if not w.isdigit() and w not in stop)


def _words_around(doc: Document, start: int, end: int, pos: int) -> tuple[list[str], list[str]]:
    """The words of ``text[start:end]`` before and after ``pos``, leaving out time expressions
    and the short preposition or article that leads to one."""
    times = [(t.span.start, t.span.end) for t in doc.times if t.span.end > start and t.span.start < end]
    before: list[str] = []
    after: list[str] = []
    for tok in _TOKEN.finditer(doc.text, start, end):
        s, e = tok.span()
        word = tok.group().strip(",;:.“”\"«»()")
        if not word or any(s < te and ts < e for ts, te in times):
            continue
        leads_to_time = doc.text[e:e + 1].isspace() and any(0 <= ts - e <= 1 for ts, _ in times)
        if leads_to_time and len(word) <= 3 and (word[1:].islower() or len(word) == 1):
            continue
        (before if s < pos else after).append(word)
    return before, after


def _what(doc: Document, time: TimeExpr, start: int, end: int) -> str:
    """A short phrase from the expression's clause: the words nearest it, the dates left out."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(doc.text, start, end)]
    c_start = max([p + 1 for p in marks if p < time.span.start], default=start)
    c_end = min([p for p in marks if p >= time.span.end], default=end)
    before, after = _words_around(doc, c_start, c_end, time.span.start)
    if len(before) + len(after) < 3:
        before, after = _words_around(doc, start, end, time.span.start)
    words = before[-WHAT_WORDS:] + after[: max(WHAT_WORDS - len(before), 3)]
    stop = _stopwords(doc.language)

    def loose(word: str) -> bool:  # a function word left dangling at either end
        return word.islower() and (len(word) <= 3 or word in stop)

    while words and loose(words[-1]):
        words.pop()
    while words and loose(words[0]):
        words.pop(0)
    return " ".join(words)


def _mentions(docs: list[Document]) -> list[_Mention]:
    out = []
    for doc in docs:
        bounds = [m.end() for m in _SENTENCE_END.finditer(doc.text)]
        for time in doc.times:
            day = _DAY_PART.match(time.value)
            if day and time.kind in ("date", "time"):  # "questa mattina", "alle 11:50": that day
                time = replace(time, value=day.group(1))
            if time.kind not in ("date", "time") or not _CALENDAR.match(time.value):
                continue
            start, end = _sentence(doc, bounds, time.span.start)
            out.append(_Mention(doc, time, _content_words(doc, start, end), _what(doc, time, start, end)))
    return out


def _compatible(a: str, b: str) -> bool:
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def _same_event(a: _Mention, b: _Mention) -> bool:
    shared = len(a.words & b.words)
    smaller = min(len(a.words), len(b.words)) or 1
    return shared >= MIN_SHARED and shared / smaller >= MIN_OVERLAP


def _group(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Single-link groups of same-event mentions whose values stay pairwise compatible."""
    mentions = sorted(mentions, key=lambda m: (_sort_key(m.time.value), m.doc.id, m.time.span.start))
    owner = list(range(len(mentions)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            gi, gj = owner[i], owner[j]
            if gi == gj or not _same_event(a, mentions[j]):
                continue
            joined = members[gi] + members[gj]
            values = {mentions[k].time.value for k in joined}
            if all(_compatible(x, y) for x in values for y in values):
                for k in members.pop(gj):
                    owner[k] = gi
                members[gi] = joined
    return [[mentions[k] for k in sorted(ks)] for _, ks in sorted(members.items())]


def _value(group: list[_Mention]) -> str:
    return max((m.time.value for m in group), key=len)


def _entry(group: list[_Mention]) -> dict[str, Any]:
    value = _value(group)
    best = [m for m in group if m.time.value == value and m.what] or group
    sources = sorted({m.time.span for m in group}, key=lambda s: (s.article, s.start))
    return {
        "value": value,
        "what": min((m.what for m in best), key=len),
        "sources": [s.to_dict() for s in sources],
    }


def _close(a: str, b: str) -> bool:
    if a == b or len(a) != len(b) or len(a) not in (7, 10) or "W" in a + b:
        return False
    da, db = date.fromordinal(_sort_key(a)[0]), date.fromordinal(_sort_key(b)[0])
    limit = timedelta(days=DISAGREEMENT_MAX_DAYS if len(a) == 10 else 31)
    return abs(da - db) <= limit


def _disagreements(groups: list[list[_Mention]]) -> list[tuple[int, int, list[_Mention]]]:
    found = []
    for i, gi in enumerate(groups):
        for j in range(i + 1, len(groups)):
            gj = groups[j]
            if not _close(_value(gi), _value(gj)):
                continue
            pairs = [
                (a, b) for a in gi for b in gj
                if a.doc.id != b.doc.id and a.explicit and b.explicit and _same_event(a, b)
            ]
            if pairs:
                variants = {id(m): m for pair in pairs for m in pair}
                found.append((i, j, list(variants.values())))
    return found


def _disagreement_dict(group: list[_Mention], variants: list[_Mention]) -> dict[str, Any]:
    ordered = sorted(variants, key=lambda m: (m.time.span.article, m.time.span.start))
    return {
        "about": _entry(group)["what"],
        "kind": "date",
        "variants": [dict(m.time.span.to_dict(), value=m.time.value) for m in ordered],
    }


def build_timeline(docs: list[Document]) -> list[dict[str, Any]]:
    """One entry per dated event of the story, sorted by date, each with every source span;
    an entry some outlet dates differently carries ``disagreement`` (the other values)."""
    groups = _group(_mentions(docs))
    entries = [_entry(g) for g in groups]
    for i, j, _variants in _disagreements(groups):
        for a, b in ((i, j), (j, i)):
            other = entries[b]["value"]
            entries[a].setdefault("disagreement", {"kind": "date", "other_values": []})
            if other not in entries[a]["disagreement"]["other_values"]:
                entries[a]["disagreement"]["other_values"].append(other)
    order = sorted(range(len(entries)), key=lambda k: _sort_key(entries[k]["value"]))
    return [entries[k] for k in order]


def date_disagreements(docs: list[Document]) -> list[dict[str, Any]]:
    """The same event given different (close) dates by different articles:
    ``{"about", "kind": "date", "variants": [span dicts with their value]}``."""
    groups = _group(_mentions(docs))
    return [_disagreement_dict(groups[i] + groups[j], variants) for i, j, variants in _disagreements(groups)]
