"""Entity mentions and resolution against our hand-annotated gold (tests/data/entities).

Usage: python benchmarks/entity_resolution.py [--verbose] [--split {default,heldout,heldout2,...,heldout13}]
Default split: gold from tests/data/entities/gold.jsonl, articles from
tests/data/stories/{dev,test}.jsonl. --split heldout: gold from
tests/data/entities/heldout_gold.jsonl, articles from tests/data/entities/heldout_articles.jsonl
(a held-out set: measure with it, never tune on it). The articles run through the default
pipeline (stories, resolution across articles included). Scores: mention precision and
recall (exact span and type); resolution: of the gold entities spelled in several ways or
named in several articles, the share whose found mentions all land in one predicted
entity; false merges: predicted entities that join two gold entities.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from rassegna.model import Corpus, Document
from rassegna.pipeline import DEFAULT_STAGES, Pipeline

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


SPLITS = {  # split -> (gold file, article files)
    "default": (DATA / "entities" / "gold.jsonl", [DATA / "stories" / "dev.jsonl", DATA / "stories" / "test.jsonl"]),
    **{name: (DATA / "entities" / f"{name}_gold.jsonl", [DATA / "entities" / f"{name}_articles.jsonl"])
       for name in ("heldout", *(f"heldout{i}" for i in range(2, 14)))},
}


def load(split: str = "default") -> tuple[list[Document], dict[str, list[dict]]]:
    gold_path, article_paths = SPLITS[split]
    gold = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x]
    sources = {}
    for path in article_paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                sources[r["id"]] = r
    docs = [Document(id=g["id"], source=g["source"], text=sources[g["id"]]["text"], title=sources[g["id"]]["title"],
                     outlet=sources[g["id"]]["outlet"], published=sources[g["id"]]["published"]) for g in gold]
    return docs, {g["id"]: g["mentions"] for g in gold}


def evaluate(verbose: bool = False, split: str = "default") -> dict[str, float]:
    docs, gold = load(split)
    stages = [s for s in DEFAULT_STAGES if s != "rassegna.clean.v1"]  # the texts are clean already
    pipe = Pipeline.from_names(stages)
    start = time.perf_counter()
    corpus = pipe.run_corpus(Corpus([pipe.run_doc(d) for d in docs]))
    elapsed = time.perf_counter() - start
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    predicted_entity: dict[tuple[str, int, int], str] = {}
    for doc in corpus.documents:
        found = {(m.span.start, m.span.end, m.label): m for m in doc.mentions}
        wanted = {(g["start"], g["end"], g["type"]) for g in gold[doc.id]}
        for key in ("all", doc.language):
            counts[key][0] += len(found.keys() & wanted)
            counts[key][1] += len(found.keys() - wanted)
            counts[key][2] += len(wanted - found.keys())
        for m in doc.mentions:
            predicted_entity[(doc.id, m.span.start, m.span.end)] = m.entity
        if verbose:
            for k in sorted(found.keys() - wanted):
                print(f"  FP {doc.id} {doc.text[k[0]:k[1]]!r} {k[2]}")
            for k in sorted(wanted - found.keys()):
                print(f"  FN {doc.id} {doc.text[k[0]:k[1]]!r} {k[2]}")
    scores = {}
    for key, (tp, fp, fn) in sorted(counts.items()):
        scores[f"{key}_mention_precision"] = tp / max(1, tp + fp)
        scores[f"{key}_mention_recall"] = tp / max(1, tp + fn)
    scores.update(_resolution(gold, predicted_entity, verbose))
    scores["articles_per_s"] = len(docs) / elapsed
    return scores


def _resolution(gold: dict[str, list[dict]], predicted: dict, verbose: bool) -> dict[str, float]:
    spellings, articles, found = defaultdict(set), defaultdict(set), defaultdict(set)
    members = defaultdict(set)  # predicted entity -> gold entities it holds
    for doc_id, mentions in gold.items():
        for g in mentions:
            spellings[g["entity"]].add(g["text"])
            articles[g["entity"]].add(doc_id)
            p = predicted.get((doc_id, g["start"], g["end"]))
            if p:
                found[g["entity"]].add(p)
                members[p].add(g["entity"])
    hard = [e for e in spellings if (len(spellings[e]) > 1 or len(articles[e]) > 1) and found[e]]
    resolved = [e for e in hard if len(found[e]) == 1]
    merges = {p: sorted(es) for p, es in members.items() if len(es) > 1}
    if verbose:
        for e in hard:
            if len(found[e]) > 1:
                print(f"  SPLIT {e}: {sorted(spellings[e])} -> {len(found[e])} entities")
        for p, es in merges.items():
            print(f"  MERGE {p}: {es}")
    return {"resolved": len(resolved) / max(1, len(hard)), "hard_entities": len(hard), "false_merges": len(merges)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print false positives/negatives, splits and merges")
    parser.add_argument("--split", choices=sorted(SPLITS), default="default",
                        help="default: gold.jsonl on the story sets; heldout: the held-out set")
    args = parser.parse_args()
    print(json.dumps({k: round(v, 3) for k, v in evaluate(args.verbose, args.split).items()}))
