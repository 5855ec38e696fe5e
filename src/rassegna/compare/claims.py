"""Claims: the story's factual statements aligned across articles, and who reports which.

The same fact told in different words is one claim with every article's sentence as a
source. Sentences of different articles are linked when they are alike enough (TF-IDF
cosine over stems, entities and figures), most alike first, and a claim never takes two
sentences of one article. A claim's text is its most central sentence, as written.
"""

from __future__ import annotations

from typing import Any

from ..model import Corpus, Document
from ..pipeline import stage
from .sentences import Sentence, cosine, outlet_of, shared_run_pairs, similar_pairs, story_sentences

# Two sentences state the same fact from this cosine up (tuned on the seeds and the dev
# stories: lower joins sentences that only share the story's names).
SAME_CLAIM = 0.28
# A sentence joins a group only if it is, on average, this share of SAME_CLAIM alike to all
# its members (average link): one shared name must not chain unrelated sentences together.
GROUP_SHARE = 0.8
# Sentences sharing a long run of words need only this share of that average to join.
RUN_SHARE = 0.5
# A sentence shorter than this (in words) is a fragment, a caption or a heading, not a claim.
MIN_WORDS = 6
# What only one outlet says: at most this many per article, the most central ones.
MAX_ONLY_PER_ARTICLE = 6
MAX_CLAIMS = 60


def align(sents: list[Sentence], threshold: float = SAME_CLAIM) -> list[list[Sentence]]:
    """Groups of sentences telling the same fact, at most one per article, in text order."""
    owner = list(range(len(sents)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(sents))}
    pairs = [(1.0, i, j) for i, j in sorted(shared_run_pairs(sents))] + similar_pairs(sents, threshold)
    for sim, i, j in pairs:
        gi, gj = owner[i], owner[j]
        if gi == gj:
            continue
        if {sents[k].doc.id for k in members[gi]} & {sents[k].doc.id for k in members[gj]}:
            continue
        cross = [cosine(sents[a], sents[b]) for a in members[gi] for b in members[gj]]
        need = threshold * GROUP_SHARE * (RUN_SHARE if sim >= 1.0 else 1.0)
        if sum(cross) / len(cross) < need:
            continue
        moved = members.pop(gj)
        for k in moved:
            owner[k] = gi
        members[gi].extend(moved)
    return [[sents[k] for k in sorted(ks)] for ks in members.values()]


def central(group: list[Sentence]) -> Sentence:
    """The sentence most like the others of its group (the longest of a tie)."""
    return max(group, key=lambda s: (sum(cosine(s, o) for o in group if o is not s), s.n_words, -s.index))


def salience(s: Sentence, centroid: dict[str, float]) -> float:
    return sum(w * centroid.get(f, 0.0) for f, w in s.features.items())


def centroid_of(sents: list[Sentence]) -> dict[str, float]:
    out: dict[str, float] = {}
    for s in sents:
        for f, w in s.features.items():
            out[f] = out.get(f, 0.0) + w
    return out


def source_dict(s: Sentence) -> dict[str, Any]:
    """A sentence's span dict, with the outlet that wrote it (for the claim × outlet matrix)."""
    return dict(s.span.to_dict(), outlet=s.outlet)


def _eligible(s: Sentence) -> bool:
    return s.n_words >= MIN_WORDS and not s.heading


def _claim(group: list[Sentence]) -> dict[str, Any]:
    best = central(group)
    ordered = [best] + [s for s in group if s is not best]
    outlets = list(dict.fromkeys(s.outlet for s in ordered))
    return {
        "text": best.text, "sources": [source_dict(s) for s in ordered], "outlets": outlets,
        "articles": [s.doc.id for s in ordered], "only": len({s.doc.id for s in group}) == 1,
        "quoted": sum(s.quoted for s in group) * 2 > len(group), "support": len({s.doc.id for s in group}),
    }


def build_claims(docs: list[Document], story_id: str) -> list[dict[str, Any]]:
    """The story's claims, the most widely reported first; then what only one outlet says."""
    sents = story_sentences(docs)
    groups = [[s for s in g if _eligible(s)] for g in align(sents)]
    centroid = centroid_of(sents)
    shared = [g for g in groups if len({s.doc.id for s in g}) > 1]
    single: dict[str, list[list[Sentence]]] = {}
    for g in groups:
        if len(g) == 1 and (g[0].entities or g[0].figures):
            single.setdefault(g[0].doc.id, []).append(g)
    for doc_id, gs in single.items():
        single[doc_id] = sorted(gs, key=lambda g: -salience(g[0], centroid))[:MAX_ONLY_PER_ARTICLE]
    order = {d.id: i for i, d in enumerate(docs)}
    chosen = sorted(shared, key=lambda g: (-len(g), order[g[0].doc.id], g[0].index))
    chosen += sorted((g for gs in single.values() for g in gs), key=lambda g: (order[g[0].doc.id], g[0].index))
    claims = [_claim(g) for g in chosen[:MAX_CLAIMS]]
    for n, claim in enumerate(claims, 1):
        claim["id"] = f"{story_id}-c{n}"
    return [{"id": c.pop("id"), **c} for c in claims]


def story_members(corpus: Corpus) -> list[tuple[Any, list[Document]]]:
    """Each story with its member documents, in the story's order."""
    docs = corpus.by_id()
    return [(story, [docs[a] for a in story.articles if a in docs]) for story in corpus.stories]


class ClaimAligner:
    name = "rassegna.claims.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        for story, members in story_members(corpus):
            story.extra["claims"] = build_claims(members, story.id)
            story.extra["claim_outlets"] = list(dict.fromkeys(outlet_of(d) for d in members))
        return corpus


@stage("rassegna.claims.v1", scope="corpus", needs=("story",), gives=("claims",))
def make_claim_aligner() -> ClaimAligner:
    return ClaimAligner()
