"""Framing: the words each outlet chooses, in its own voice, for the actors and the events.

Terms come from ``resources/<lang>/framing.json`` by category (leader and regime labels,
war naming, epithets, evaluative verbs of saying). Each found term gets a ``voice``:

- ``quoted`` when it lies inside a quotation (a direct quote found by the quote stage, or
  any stretch between quotation marks): the words are someone else's;
- ``outlet`` otherwise. A *scare-quoted* epithet (a span the quote stage put in
  ``doc.scare_quotes``, or a short stretch in single marks that is mostly the term itself,
  ‘regno eremita’) stays in the outlet's voice, marked ``scare_quoted``: the outlet chose to
  name it so, while keeping its distance — unless a naming verb gives the words to someone
  ("quella che Mosca chiama «operazione militare speciale»": quoted). Reported (indirect)
  speech is worded by the outlet: outlet voice.

Labels an outlet puts right before an entity ("il dittatore nordcoreano Kim") are linked to
that entity, so ``entity_labels`` shows how each outlet names the same person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..extract.quote_marks import find_marks
from ..model import Corpus, Document, Mention
from ..pipeline import stage
from ..resources import load_json
from .claims import story_members
from .sentences import outlet_of

# A quoted stretch of at most this many words that is mostly one framing term is a scare
# quote (the outlet's own epithet, held at a distance), not someone's statement.
SCARE_MAX_WORDS = 4
SCARE_SHARE = 0.5
# A label names the entity whose mention starts within this many characters after it
# ("il leader nordcoreano Kim Jong-un").
LABEL_GAP = 30
LABEL_WORDS = 2
# Italian and English news put a scare quote in single marks (‘regno eremita’); a short stretch
# in double marks beside a reporting verb is someone's words (“un’offensiva di fascino”).
SCARE_MARKS = "‘'‚"
# How far before a quote a naming verb is looked for ("ha derubricato il viaggio di Putin a “…”").
NAMING_WINDOW = 40


@dataclass(frozen=True)
class Term:
    category: str
    term: str
    pattern: re.Pattern[str]


@cache
def lexicon(lang: str) -> tuple[list[Term], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The language's framing terms, the words that cancel a match after it, the naming cues."""
    data = load_json(lang, "framing.json")
    terms = [Term(cat, term, re.compile(rf"\b(?:{'|'.join(pats)})\b", re.IGNORECASE))
             for cat, entries in data.get("categories", {}).items() for term, pats in entries.items()]
    not_before = {k: tuple(v) for k, v in data.get("not_before", {}).items()}
    return terms, not_before, tuple(data.get("naming_cues", []))


def _matches(doc: Document) -> list[tuple[int, int, Term]]:
    """Every lexicon term in the text; where two overlap the longer wins."""
    terms, not_before, _cues = lexicon(doc.language)
    found = []
    for term in terms:
        for m in term.pattern.finditer(doc.text):
            after = doc.text[m.end():m.end() + 40].lstrip().lower()
            if any(after.startswith(x) for x in not_before.get(term.term, ())):
                continue
            found.append((m.start(), m.end(), term))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, Term]] = []
    for start, end, term in found:
        if not any(s < end and start < e for s, e, _ in kept):
            kept.append((start, end, term))
    return kept


def _named_by_someone(doc: Document, start: int) -> bool:
    """Whether a naming verb ("che Mosca chiama", "what Kyiv calls") leads to the quote at ``start``."""
    before = doc.text[max(0, start - NAMING_WINDOW):start].lower()
    return any(re.search(rf"\b{re.escape(cue)}\b", before) for cue in lexicon(doc.language)[2])


def _voice(doc: Document, start: int, end: int, regions: list[tuple[int, int, str]]) -> tuple[str, bool]:
    """(voice, scare_quoted) of the span ``start:end``."""
    for s in doc.scare_quotes:
        if s.start <= start and end <= s.end:
            return ("quoted", False) if _named_by_someone(doc, s.start) else ("outlet", True)
    for s, e, opener in regions:
        if s <= start and end <= e:
            short = len(doc.text[s:e].split()) <= SCARE_MAX_WORDS and (end - start) >= SCARE_SHARE * (e - s)
            scare = short and opener in SCARE_MARKS and not _named_by_someone(doc, s)
            return ("outlet", True) if scare else ("quoted", False)
    return "outlet", False


def _labelled(doc: Document, end: int) -> Mention | None:
    """The person a label right before the mention names ("il dittatore nordcoreano Kim")."""
    for m in sorted(doc.mentions, key=lambda m: m.span.start):
        gap = doc.text[end:m.span.start]
        if 0 <= m.span.start - end <= LABEL_GAP and len(gap.split()) <= LABEL_WORDS and re.fullmatch(r"[\w\s’'-]*", gap):
            return m if m.label == "PER" else None
    return None


def doc_framing(doc: Document, names: dict[str, str]) -> list[dict[str, Any]]:
    """The framing terms of one article, with voice, category and (for labels) the entity named."""
    regions = [(q.span.start, q.span.end, "") for q in doc.quotes if q.direct]
    regions += [(m.start, m.end, doc.text[m.open]) for m in find_marks(doc.text)]
    out = []
    for start, end, term in _matches(doc):
        voice, scare = _voice(doc, start, end, regions)
        item = dict(doc.span(start, end).to_dict(), term=term.term, voice=voice, category=term.category,
                    outlet=outlet_of(doc))
        if scare:
            item["scare_quoted"] = True
        if term.category.endswith("_label"):
            mention = _labelled(doc, end)
            if mention is not None:
                item["entity"] = names.get(mention.entity or "", mention.span.text)
        out.append(item)
    return out


def framing_table(items: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """Outlet × category: the terms each outlet uses in its own voice."""
    table: dict[str, dict[str, list[str]]] = {}
    for item in items:
        if item["voice"] == "outlet":
            terms = table.setdefault(item["outlet"], {}).setdefault(item["category"], [])
            if item["term"] not in terms:
                terms.append(item["term"])
    return table


def entity_labels(items: list[dict[str, Any]], docs: list[Document], names: dict[str, str]) -> dict[str, Any]:
    """Entity → outlet → the labels (lexicon terms and the roles the texts give) it is called by."""
    out: dict[str, dict[str, list[str]]] = {}

    def add(entity: str, outlet: str, label: str) -> None:
        labels = out.setdefault(entity, {}).setdefault(outlet, [])
        if label not in labels:
            labels.append(label)

    for item in items:
        if "entity" in item and item["voice"] == "outlet":
            add(item["entity"], item["outlet"], item["term"])
    for doc in docs:
        for m in doc.mentions:
            if m.role and m.entity in names:
                add(names[m.entity], outlet_of(doc), m.role.lower())
    return {e: by_outlet for e, by_outlet in out.items() if len(by_outlet) > 1}


class FramingFinder:
    name = "rassegna.framing.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        names = {e.id: e.name for e in corpus.entities}
        for story, members in story_members(corpus):
            items = [item for doc in members for item in doc_framing(doc, names)]
            story.extra["framing"] = items
            story.extra["framing_table"] = framing_table(items)
            story.extra["entity_labels"] = entity_labels(items, members, names)
        return corpus


@stage("rassegna.framing.v1", scope="corpus", needs=("story",), gives=("framing", "framing_table"))
def make_framing_finder() -> FramingFinder:
    return FramingFinder()
