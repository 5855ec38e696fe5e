"""Temporal expressions: found, normalised to TIMEX3-style values, anchored to a date.

The stage ``rassegna.times.v1`` tags each article with regular-expression grammars
compiled once from ``resources/<lang>/time.json`` (no spaCy needed) and resolves
relative expressions against ``doc.published``. An undated article is resolved against
a date inferred from its own text (``anchored=False``), or left underspecified
(``XXXX-06-18``); :func:`resolve_unanchored` then infers the date of undated articles
from the rest of their story and re-resolves them. Today's date is never used.

Extent conventions (also those of ``tests/data/times_*_dev.jsonl``): prepositions and
articles before an expression are left out ("nel luglio del 2000" -> "luglio del
2000", "negli ultimi 24 anni" -> "ultimi 24 anni"), modifiers are kept ("scorso
settembre", "ogni sabato", "due anni fa"). A list or range of days is one expression per
day, the month going with the last ("dal 19 al 20 giugno" -> "19", "20 giugno"); a list
of years is one per year. A day followed by a clock time is one time expression.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from ..model import Document, TimeExpr
from ..pipeline import stage
from .times_calendar import as_date
from .times_grammar import Grammar, find_candidates, grammar_for
from .times_resolve import Resolved, resolve, tense_of

# How far a date inferred from the story may be moved to agree with the tense of days the
# article itself names ("dal 19 al 20 giugno si recherà" puts the article before the 19th).
MAX_TENSE_SHIFT_DAYS = 7


def parse_published(published: str | None) -> date | None:
    """The calendar day of an ISO date or date-time string, None if absent or unreadable."""
    if not published:
        return None
    return as_date(published.strip())


class TimeTagger:
    """Fills ``doc.times`` for the languages that have a time grammar; others pass unchanged."""

    def __init__(self, *, languages: tuple[str, ...] = ("it", "en")) -> None:
        self.grammars: dict[str, Grammar] = {}
        for lang in languages:
            grammar = grammar_for(lang)
            if grammar is not None:
                self.grammars[lang] = grammar

    def __call__(self, doc: Document) -> Document:
        grammar = self.grammars.get(doc.language)
        if grammar is None:
            return doc
        candidates = find_candidates(grammar, doc.text)
        ref = parse_published(doc.published)
        source = "published"
        if ref is None:
            ref = infer_reference(grammar, doc.text, candidates, story_date=None)
            source = "text" if ref else "none"
        self._fill(doc, grammar, candidates, ref, stated=source == "published")
        doc.meta["time_reference"] = {"value": ref.isoformat() if ref else None, "source": source}
        return doc

    def retag(self, doc: Document, ref: date | None, *, source: str) -> Document:
        """Resolve ``doc`` again against an inferred reference date (never a stated one)."""
        grammar = self.grammars.get(doc.language)
        if grammar is None:
            return doc
        self._fill(doc, grammar, find_candidates(grammar, doc.text), ref, stated=False)
        doc.meta["time_reference"] = {"value": ref.isoformat() if ref else None, "source": source}
        return doc

    @staticmethod
    def _fill(doc: Document, grammar: Grammar, candidates: list[Any], ref: date | None, *, stated: bool) -> None:
        resolved = resolve(grammar, doc.text, candidates, ref)
        doc.times = [
            TimeExpr(doc.span(r.start, r.end), r.value, r.kind, anchored=stated or r.basis == "absolute")
            for r in resolved
        ]


@stage("rassegna.times.v1", needs=("text", "published", "language"), gives=("times",))
def make_time_tagger(**options: Any) -> TimeTagger:
    return TimeTagger(**options)


def _text_dates(items: list[Resolved]) -> list[date]:
    return [d for r in items if r.basis == "absolute" and r.kind in ("date", "time") and (d := as_date(r.value))]


def _tense_bounds(grammar: Grammar, text: str, items: list[Resolved]) -> tuple[date | None, date | None]:
    """Earliest possible and latest possible writing date, from named days and their verbs' tense."""
    tense = None
    low: date | None = None
    high: date | None = None
    for r in items:
        day = as_date(r.value)
        if day is None or r.basis == "relative":
            continue
        tense = tense or tense_of(grammar, text)
        t = tense(r.start, r.end)
        if t < 0 and (low is None or day > low):
            low = day
        elif t > 0 and (high is None or day < high):
            high = day
    if high is not None:
        high = date.fromordinal(high.toordinal() - 1)
    return low, high


def infer_reference(grammar: Grammar, text: str, candidates: list[Any], *, story_date: date | None) -> date | None:
    """A writing date for an undated article: the story's date (else the latest full date in
    the text), moved at most a few days to agree with the tense of the days it names."""
    base = story_date
    if base is None:
        stated = _text_dates(resolve(grammar, text, candidates, None))
        if not stated:
            return None
        base = max(stated)
    low, high = _tense_bounds(grammar, text, resolve(grammar, text, candidates, base))
    if low is not None and high is not None and low > high:
        return base
    moved = base
    if high is not None and moved > high:
        moved = high
    if low is not None and moved < low:
        moved = low
    if abs((moved - base).days) > MAX_TENSE_SHIFT_DAYS:
        return base
    return moved


def _story_date(docs: list[Document]) -> date | None:
    """The most common publication day among dated articles (the earliest on a tie)."""
    days = [d for doc in docs if (d := parse_published(doc.published))]
    if not days:
        return None
    counts = Counter(days)
    top = max(counts.values())
    return min(d for d, n in counts.items() if n == top)


def _stated_story_date(tagger: TimeTagger, docs: list[Document]) -> date | None:
    """With no dated article, the latest full date any article states."""
    found: list[date] = []
    for doc in docs:
        grammar = tagger.grammars.get(doc.language)
        if grammar is not None:
            found.extend(_text_dates(resolve(grammar, doc.text, find_candidates(grammar, doc.text), None)))
    return max(found) if found else None


def resolve_unanchored(docs: list[Document], *, tagger: TimeTagger | None = None) -> list[Document]:
    """Infer a reference date for each undated article from its story (dated articles,
    dates stated in the texts), re-resolve its expressions and mark them ``anchored=False``.

    Articles are grouped by ``doc.story`` (all articles without a story form one group).
    """
    tagger = tagger or TimeTagger()
    groups: dict[str | None, list[Document]] = {}
    for doc in docs:
        groups.setdefault(doc.story, []).append(doc)
    for group in groups.values():
        story_date = _story_date(group)
        source = "story"
        if story_date is None:
            story_date = _stated_story_date(tagger, group)
            source = "story-text"
        for doc in group:
            grammar = tagger.grammars.get(doc.language)
            if grammar is None or parse_published(doc.published) is not None:
                continue
            candidates = find_candidates(grammar, doc.text)
            ref = infer_reference(grammar, doc.text, candidates, story_date=story_date)
            tagger.retag(doc, ref, source=source if ref else "none")
    return docs
