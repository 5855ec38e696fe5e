"""Story clustering quality (B-cubed) on labelled passages, and clustering speed at scale.

Usage:
  python benchmarks/stories.py [tests/data/stories/dev.jsonl] [--verbose]   quality
  python benchmarks/stories.py --scale 10000,100000,1000000                  speed and memory
Quality: each passage goes through the per-article stages (language, names, times,
figures), then the story stage; B-cubed precision, recall and F1 against the gold labels.
Scale: synthetic articles (features drawn from Zipf-distributed vocabularies, events of
1–12 articles spread over time) through the online clusterer alone.
"""

from __future__ import annotations

import heapq
import json
import random
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

from rassegna.model import Corpus, Document
from rassegna.pipeline import Pipeline
from rassegna.stories.features import Features
from rassegna.stories.online import OnlineClusterer

PER_ARTICLE = ["rassegna.language.v1", "rassegna.nlp.v1", "rassegna.entities.v1", "rassegna.times.v1",
               "rassegna.figures.v1"]
DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "stories"


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for item, label in gold.items():
        by_gold[label].add(item)
    for item, label in predicted.items():
        by_pred[label].add(item)
    p = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_pred[predicted[i]]) for i in gold) / len(gold)
    r = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in gold) / len(gold)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}


def load(path: Path) -> tuple[list[Document], dict[str, str]]:
    docs, gold = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            docs.append(Document(id=r["id"], source=str(path), text=r["text"], title=r.get("title"),
                                 outlet=r.get("outlet"), published=r.get("published")))
            gold[r["id"]] = r["story"]
    return docs, gold


def quality(path: Path, verbose: bool = False, **thresholds: float) -> dict[str, float]:
    docs, gold = load(path)
    pipe = Pipeline.from_names(PER_ARTICLE + ["rassegna.stories.v1"],
                               options={"rassegna.stories.v1": thresholds} if thresholds else None)
    corpus = pipe.run_corpus(Corpus([pipe.run_doc(d) for d in docs]))
    predicted = {d.id: d.story for d in corpus.documents}
    scores = bcubed(gold, predicted)
    if verbose:
        for story in corpus.stories:
            labels = Counter(gold[a] for a in story.articles)
            print(f"{story.id} {dict(labels)}  {story.title[:70]}")
    return scores


def synthetic(n: int, rng: random.Random):
    """n articles about n/5 events, each event a burst of articles over two days, yielded in
    time order (a heap holds the articles not yet due, so memory stays flat)."""
    vocabulary, names, t = 200_000, 50_000, datetime(2024, 1, 1)
    pending: list[tuple[datetime, int, Features]] = []
    made = emitted = 0

    def zipf(size: int) -> int:
        return int(rng.paretovariate(1.0)) % size

    while emitted < n:
        t += timedelta(minutes=rng.expovariate(1 / 3))
        # an event: its own words and people (drawn evenly), on top of common words (Zipf)
        topic_words = [f"w{rng.randrange(vocabulary)}" for _ in range(30)]
        topic_names = [f"n{rng.randrange(names)}" for _ in range(3)] + [f"n{zipf(names)}"]
        for _ in range(min(n - made, 1 + int(rng.expovariate(1 / 4)))):
            f = Features(f"a{made}", rng.choice(["it", "it", "en"]), t + timedelta(hours=rng.uniform(0, 48)))
            f.words.update(rng.sample(topic_words, 20) + [f"w{zipf(vocabulary)}" for _ in range(60)])
            f.names.update(rng.sample(topic_names, 3))
            f.marks[f"@{t.date().isoformat()}"] += 1
            heapq.heappush(pending, (f.when, made, f))
            made += 1
        while pending and (pending[0][0] <= t or made >= n):
            yield heapq.heappop(pending)[2]
            emitted += 1


def scale(sizes: list[int]) -> None:
    rng = random.Random(1)
    for n in sizes:
        clusterer = OnlineClusterer()
        tracemalloc.start()
        t0 = time.perf_counter()
        checkpoints = {}
        for i, f in enumerate(synthetic(n, rng), 1):
            clusterer.add(f)
            if i in (n // 10, n):
                checkpoints[i] = time.perf_counter() - t0
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        first, total = checkpoints[n // 10], checkpoints[n]  # generation time included in both
        late = (total - first) / (n - n // 10)
        print(f"{n:>9,} articles: {total:7.1f}s  {n / total:7.0f} articles/s  per article: first 10% "
              f"{first / (n // 10) * 1e3:.2f} ms, last 90% {late * 1e3:.2f} ms  stories {len(clusterer.stories):,}  "
              f"peak memory {peak / 2**20:.0f} MiB")


if __name__ == "__main__":
    if "--scale" in sys.argv:
        scale([int(x) for x in sys.argv[sys.argv.index("--scale") + 1].split(",")])
    else:
        args = [a for a in sys.argv[1:] if not a.startswith("--")]
        for path in (map(Path, args) if args else [DATA / "dev.jsonl"]):
            print(path.name, {k: round(v, 3) for k, v in quality(path, "--verbose" in sys.argv).items()})
