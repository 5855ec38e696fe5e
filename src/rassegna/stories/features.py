"""What an article is about, as features for story clustering.

Three kinds, so that articles in different languages can still meet: *words* (content
words, stemmed, tagged with their language), *names* (entities: knowledge-base ids, or the
transliteration skeleton of the name, the same in every language) and *marks* (figures
and calendar dates mentioned, language-neutral too).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from ..extract.names import skeleton, strip_accents
from ..kb import knowledge_base
from ..model import Document
from ..resources import load_json

STEM = 6  # words are cut to this many letters: a cheap stemmer that works for Romance languages
EVENT_DAYS = 7  # dates this close to publication can be the day of the article's event
TITLE_WEIGHT = 2.0  # a headline word says more about the event than a body word
_WORD = re.compile(r"[^\W\d_]{3,}")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*")


@cache
def stop_words(lang: str) -> frozenset[str]:
    try:
        module = __import__(f"spacy.lang.{lang}.stop_words", fromlist=["STOP_WORDS"])
    except ImportError:
        return frozenset()
    return frozenset(strip_accents(w) for w in module.STOP_WORDS)


@dataclass
class Features:
    id: str
    language: str
    when: datetime | None
    words: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    marks: Counter[str] = field(default_factory=Counter)
    day: date | None = None  # the day the article's event happens: its most mentioned nearby date


def features(doc: Document) -> Features:
    out = Features(doc.id, doc.language, _when(doc.published))
    stops = stop_words(doc.language)
    for text, weight in ((doc.title or "", TITLE_WEIGHT), (doc.text, 1.0)):
        for word in _WORD.findall(strip_accents(text.lower())):
            if word not in stops:
                out.words[f"{doc.language}:{word[:STEM]}"] += weight
    surfaces = [(m.span.text, m.kb, m.label == "PER") for m in doc.mentions] or _name_runs(doc)
    for surface, kb_id, person in surfaces:
        name = kb_id or skeleton(surface)
        out.names[name] += 1
        if person and not kb_id and " " in name:
            out.names[name.rsplit(" ", 1)[1]] += 0.5  # the surname alone, as later mentions give it
    for f in doc.figures:
        if f.value >= 10:
            out.marks[f"#{_magnitude(f.value)}"] += 1
    for t in doc.times:
        if t.kind == "date" and len(t.value) >= 7 and t.value[:4].isdigit():
            out.marks[f"@{t.value[:10]}"] += 1
    out.names.pop("", None)
    out.day = _event_day(doc, out.when)
    return out


def _event_day(doc: Document, when: datetime | None) -> date | None:
    """The most mentioned full date within EVENT_DAYS of publication (or any, undated)."""
    days: Counter[date] = Counter()
    for t in doc.times:
        if t.kind in ("date", "time") and len(t.value) >= 10:
            try:
                day = date.fromisoformat(t.value[:10])
            except ValueError:
                continue
            if when is None or abs((day - when.date()).days) <= EVENT_DAYS:
                days[day] += 1
    return days.most_common(1)[0][0] if days else None


def _name_runs(doc: Document) -> list[tuple[str, str | None, bool]]:
    """Without a language pipeline: capitalised word runs, less leading titles and calendar
    words; a run (or its tail) that is a known name is given by its knowledge-base id."""
    kb, out = knowledge_base(), []
    skip = _leading_words(doc.language)
    for run in _NAME.findall(doc.text):
        words = run.split()
        while words and words[0].lower().rstrip(".") in skip:
            words = words[1:]
        for i in range(len(words)):
            entries = kb.lookup(" ".join(words[i:]))
            if len(entries) == 1:
                out.append((" ".join(words[i:]), entries[0].id, entries[0].type == "PER"))
                break
        else:
            if words:
                out.append((" ".join(words), None, len(words) > 1))
    return out


@cache
def _leading_words(lang: str) -> frozenset[str]:
    roles = load_json(lang, "roles.json")
    calendar = load_json(lang, "calendar.json")
    words = {w.lower() for w in roles.get("roles", []) + roles.get("honorifics", [])}
    words |= {w.lower() for w in list(calendar.get("months", {})) + list(calendar.get("weekdays", {}))}
    return frozenset(w.rstrip(".") for w in words if " " not in w)


def _magnitude(value: float) -> str:
    """Figures rounded to two significant digits: 1.200 and 1,200 meet; 1.200 and 1.000 do not."""
    digits = max(0, 2 - int(math.floor(math.log10(value))) - 1)
    return f"{round(value, digits):g}"


def _when(published: str | None) -> datetime | None:
    if not published:
        return None
    try:
        when = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when.replace(tzinfo=None)
