"""ROUGE of rassegna's multi-document summary against a lead baseline and LexRank.

Data: the 12 main events of ``tests/data/stories/dev.jsonl`` (4–6 articles each) and the
reference summaries in ``tests/data/summaries/dev.jsonl`` — OUR OWN set, written for this
project, not a public benchmark (none is available offline here). Every system picks the
same number of sentences (``summary_length``: articles + 2, between 4 and 8) from the
articles, so the comparison is of selection, not length.

- lead: the articles' first sentences in turn (first of each article by date, then the
  second ...), the usual multi-document lead baseline;
- LexRank (Erkan & Radev 2004): PageRank over the graph of sentences whose TF-IDF cosine is
  ≥ 0.1, damping 0.85, top sentences without near-duplicates (cosine < 0.5);
- ours: ``rassegna.compare.summary.build_summary``.

ROUGE-1/2 F on lowercased word tokens (no stemming, no stopword removal); ROUGE-L F is the
summary-level LCS of the whole token sequences. Also: the share of our summary sentences
with at least one source span, and of source spans that are exact (``text[start:end]``).
Run: ``python benchmarks/summary.py``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rassegna.compare.sentences import Sentence, cosine, story_sentences  # noqa: E402
from rassegna.compare.summary import build_summary, summary_length  # noqa: E402
from rassegna.extract.numbers import FigureTagger  # noqa: E402
from rassegna.model import Document  # noqa: E402

STORIES = ROOT / "tests" / "data" / "stories" / "dev.jsonl"
REFERENCES = ROOT / "tests" / "data" / "summaries" / "dev.jsonl"
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _f(overlap: int, pred: int, ref: int) -> float:
    if not overlap:
        return 0.0
    p, r = overlap / pred, overlap / ref
    return 2 * p * r / (p + r)


def rouge_n(pred: list[str], ref: list[str], n: int) -> float:
    grams = lambda ts: Counter(tuple(ts[i:i + n]) for i in range(len(ts) - n + 1))  # noqa: E731
    gp, gr = grams(pred), grams(ref)
    return _f(sum((gp & gr).values()), sum(gp.values()), sum(gr.values()))


def rouge_l(pred: list[str], ref: list[str]) -> float:
    prev = [0] * (len(ref) + 1)
    for a in pred:
        cur = [0]
        for j, b in enumerate(ref):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return _f(prev[-1], len(pred), len(ref))


def lead(sents: list[Sentence], docs: list[Document], k: int) -> list[str]:
    by_doc = defaultdict(list)
    for s in sents:
        if not s.heading:
            by_doc[s.doc.id].append(s)
    order = sorted(docs, key=lambda d: d.published or "")
    out: list[str] = []
    for depth in range(max((len(v) for v in by_doc.values()), default=0)):
        out += [by_doc[d.id][depth].text for d in order if depth < len(by_doc[d.id])]
    return out[:k]


def lexrank(sents: list[Sentence], k: int, threshold: float = 0.1, damping: float = 0.85) -> list[str]:
    n = len(sents)
    links = [[j for j in range(n) if j != i and cosine(sents[i], sents[j]) >= threshold] for i in range(n)]
    rank = [1.0 / n] * n
    for _ in range(50):
        rank = [(1 - damping) / n + damping * sum(rank[j] / len(links[j]) for j in links[i]) for i in range(n)]
    chosen: list[Sentence] = []
    for i in sorted(range(n), key=lambda i: -rank[i]):
        if len(chosen) < k and all(cosine(sents[i], c) < 0.5 for c in chosen):
            chosen.append(sents[i])
    return [s.text for s in chosen]


def load() -> list[tuple[str, list[Document], list[str]]]:
    refs = {r["story"]: r["reference"] for r in map(json.loads, REFERENCES.open(encoding="utf-8"))}
    docs = defaultdict(list)
    for r in map(json.loads, STORIES.open(encoding="utf-8")):
        if r["story"] in refs:
            doc = Document(id=r["id"], source=r["id"], text=r["text"], title=r.get("title"), outlet=r.get("outlet"),
                           published=r.get("published"), language=r["language"])
            docs[r["story"]].append(FigureTagger()(doc))
    return [(story, docs[story], refs[story]) for story in refs]


def main() -> None:
    scores: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    cited = exact = total_sents = total_spans = 0
    for _story, docs, ref in load():
        k = summary_length(len(docs))
        sents = [s for s in story_sentences(docs) if not s.heading]
        ours = build_summary(docs)
        texts = {d.id: d.text for d in docs}
        total_sents += len(ours)
        cited += sum(bool(item["sources"]) for item in ours)
        spans = [s for item in ours for s in item["sources"]]
        total_spans += len(spans)
        exact += sum(texts[s["article"]][s["start"]:s["end"]] == s["text"] for s in spans)
        ref_t = tokens(" ".join(ref))
        for name, picked in (("lead", lead(sents, docs, k)), ("lexrank", lexrank(sents, k)),
                             ("rassegna", [i["text"] for i in ours])):
            pred = tokens(" ".join(picked))
            scores[name].append((rouge_n(pred, ref_t, 1), rouge_n(pred, ref_t, 2), rouge_l(pred, ref_t)))
    n = len(scores["lead"])
    print(f"summary: {n} events (our own reference set, tests/data/summaries/dev.jsonl)")
    print(f"{'system':10} {'ROUGE-1 F':>10} {'ROUGE-2 F':>10} {'ROUGE-L F':>10}")
    for name, rows in scores.items():
        means = [sum(r[i] for r in rows) / n for i in range(3)]
        print(f"{name:10} {means[0]:10.3f} {means[1]:10.3f} {means[2]:10.3f}")
    print(f"rassegna summary sentences cited: {cited}/{total_sents}; exact spans: {exact}/{total_spans}")


if __name__ == "__main__":
    main()
