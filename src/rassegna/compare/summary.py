"""The story's summary: a few sentences selected from its articles, each citing its sources.

Nothing is written: every summary sentence is an article's sentence, as written. Sentences
are scored by how central they are to the story (cosine to the story's centroid), how many
articles report the same claim, and how early they come in their article; maximal marginal
relevance (MMR) picks them so no two say the same; they are shown in reading order
(position in the article, then the article's date). Each cites its own span and the spans
of the same claim in the other articles.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..model import Corpus, Document
from ..pipeline import stage
from ..resources import load_json
from .claims import align, centroid_of, salience, story_members
from .sentences import Sentence, cosine, story_sentences

MIN_SENTENCES = 4
MAX_SENTENCES = 8
# MMR trade-off between relevance and novelty (Carbonell & Goldstein 1998 use 0.7 for news;
# 0.6 did as well on our dev events: benchmarks/summary.py).
LAMBDA = 0.6
# A candidate this alike to a chosen sentence says the same thing again.
REDUNDANT = 0.5
# Sentences outside this length (in words) are fragments or run-ons, poor summary material.
MIN_WORDS, MAX_WORDS = 8, 60
# Weight of how early a sentence comes in its article (news puts the facts first); kept small:
# on our dev events centrality and support already favour the leads (0.0–0.1 best, 0.3+ worse).
POSITION_WEIGHT = 0.1
QUOTED_PENALTY = 0.5
# A sentence leaning on the one before it ("Lo ha detto...", "This...") reads badly alone.
WEAK_OPENER_PENALTY = 0.5


@cache
def _weak_openers(lang: str) -> tuple[str, ...]:
    return tuple(load_json(lang, "compare.json").get("summary_weak_openers", []))


def _penalty(s: Sentence) -> float:
    text = s.text.lower().lstrip("“\"«‘(")
    weak = text.startswith(_weak_openers(s.doc.language))
    return (QUOTED_PENALTY if s.quoted else 1.0) * (WEAK_OPENER_PENALTY if weak else 1.0)


def _candidates(sents: list[Sentence]) -> list[Sentence]:
    return [s for s in sents if MIN_WORDS <= s.n_words <= MAX_WORDS and not s.heading]


def _scores(cands: list[Sentence], sents: list[Sentence], support: dict[int, int], n_docs: int) -> dict[int, float]:
    centroid = centroid_of(sents)
    raw = {id(s): salience(s, centroid) for s in cands}
    top = max(raw.values(), default=1.0) or 1.0
    out = {}
    for s in cands:
        share = (support[id(s)] - 1) / max(n_docs - 1, 1)
        position = 1.0 / (1 + s.index)
        score = raw[id(s)] / top + share + POSITION_WEIGHT * position
        out[id(s)] = score * _penalty(s)
    return out


def select(sents: list[Sentence], groups: list[list[Sentence]], n_docs: int, k: int) -> list[Sentence]:
    """Up to ``k`` sentences by MMR over relevance scores; none too alike to one already chosen."""
    support = {id(s): len({o.doc.id for o in g}) for g in groups for s in g}
    cands = _candidates(sents)
    scores = _scores(cands, sents, support, n_docs)
    chosen: list[Sentence] = []
    while cands and len(chosen) < k:
        def mmr(s: Sentence) -> float:
            return LAMBDA * scores[id(s)] - (1 - LAMBDA) * max((cosine(s, c) for c in chosen), default=0.0)
        best = max(cands, key=mmr)
        cands = [s for s in cands if s is not best and cosine(s, best) < REDUNDANT]
        chosen.append(best)
    return chosen


def summary_length(n_docs: int) -> int:
    return max(MIN_SENTENCES, min(MAX_SENTENCES, n_docs + 2))


def _reading_order(chosen: list[Sentence], docs: list[Document]) -> list[Sentence]:
    rank = {d.id: i for i, d in enumerate(sorted(docs, key=lambda d: (d.published or "9999", docs.index(d))))}
    return sorted(chosen, key=lambda s: (s.index, rank[s.doc.id]))


def build_summary(docs: list[Document], *, k: int | None = None) -> list[dict[str, Any]]:
    """``[{"text", "sources"}]``: the selected sentences, each with every span that supports it."""
    sents = story_sentences(docs)
    groups = align(sents)
    group_of = {id(s): g for g in groups for s in g}
    chosen = select(sents, groups, len(docs), k or summary_length(len(docs)))
    out = []
    for s in _reading_order(chosen, docs):
        others = [o for o in group_of.get(id(s), []) if o is not s]
        sources = [s.span.to_dict()] + [o.span.to_dict() for o in others]
        outlets = list(dict.fromkeys([s.outlet] + [o.outlet for o in others]))
        out.append({"text": s.text, "sources": sources, "outlets": outlets})
    return out


class Summarizer:
    name = "rassegna.summary.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        for story, members in story_members(corpus):
            story.extra["summary"] = build_summary(members)
        return corpus


@stage("rassegna.summary.v1", scope="corpus", needs=("story",), gives=("summary",))
def make_summarizer() -> Summarizer:
    return Summarizer()
