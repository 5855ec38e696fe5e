"""Entity mentions against KIND gold (span and type), through rassegna's entity stage.

Usage: python benchmarks/entities.py [WN_dev] [--limit N] [--half b]
``--half b`` keeps the odd 10-sentence blocks of the split: WN_dev's half B, which the
shipped NER never saw (it trains on half A, see training/README.md).
Reads ../shared/data/kind/<split>.tsv at run time (never copied here): the gold tokens are
joined with spaces into text, run through the language pipeline and the entity stage
(knowledge-base additions, filters and type consistency included), and scored strictly:
a mention is right when its start, end and type equal a gold entity's.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

from rassegna.extract.entities import EntityTagger
from rassegna.extract.nlp import LanguagePipeline
from rassegna.model import Document

KIND = Path(__file__).resolve().parents[2] / "shared" / "data" / "kind"
SENTENCES_PER_DOC = 20  # KIND has no document boundaries: windows of sentences stand in


def read_kind(path: Path):
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        token, _, tag = line.partition("\t")
        sentence.append((token, tag.strip() or "O"))
    if sentence:
        yield sentence


def to_text(sentences) -> tuple[str, set[tuple[int, int, str]]]:
    """Tokens joined by spaces, sentences by newlines; gold entities as (start, end, type)."""
    text, gold = "", set()
    for sentence in sentences:
        open_at, end, label = None, 0, None
        for token, tag in sentence:
            if open_at is not None and not tag.startswith("I-"):
                gold.add((open_at, end, label))
                open_at = None
            start = len(text) + (1 if text and not text.endswith("\n") else 0)
            text = (text + " " if text and not text.endswith("\n") else text) + token
            if tag.startswith("B-") or (tag.startswith("I-") and open_at is None):
                open_at, label = start, tag[2:]
            end = len(text)
        if open_at is not None:
            gold.add((open_at, end, label))
        text += "\n"
    return text, gold


BLOCK = 10  # training/it/prepare.py splits WN_dev into alternating docs of 10 sentences


def main(split: str = "WN_dev", limit: int | None = None, half: str | None = None) -> dict[str, float]:
    sentences = list(read_kind(KIND / f"{split}.tsv"))
    if half:
        keep = 1 if half.lower() == "b" else 0
        sentences = [s for i, s in enumerate(sentences) if (i // BLOCK) % 2 == keep]
    sentences = sentences[:limit]
    nlp, tagger = LanguagePipeline(), EntityTagger()
    counts: Counter = Counter()
    tracemalloc.start()
    start = time.perf_counter()
    docs = 0
    for i in range(0, len(sentences), SENTENCES_PER_DOC):
        text, gold = to_text(sentences[i:i + SENTENCES_PER_DOC])
        doc = tagger(nlp(Document(id=f"k{i}", source=split, text=text, language="it")))
        predicted = {(m.span.start, m.span.end, m.label) for m in doc.mentions if m.label != "MISC"}
        counts["tp"] += len(predicted & gold)
        counts["fp"] += len(predicted - gold)
        counts["fn"] += len(gold - predicted)
        for label in ("PER", "ORG", "LOC"):
            p = {x for x in predicted if x[2] == label}
            g = {x for x in gold if x[2] == label}
            counts[f"{label}_tp"] += len(p & g)
            counts[f"{label}_p"] += len(p)
            counts[f"{label}_g"] += len(g)
        docs += 1
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    p = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    r = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    scores = {"precision": p, "recall": r, "f1": 2 * p * r / max(1e-9, p + r)}
    for label in ("PER", "ORG", "LOC"):
        lp = counts[f"{label}_tp"] / max(1, counts[f"{label}_p"])
        lr = counts[f"{label}_tp"] / max(1, counts[f"{label}_g"])
        scores[f"{label}_f1"] = 2 * lp * lr / max(1e-9, lp + lr)
    print(f"{split}{' half ' + half if half else ''}: {len(sentences)} sentences in {docs} documents, {elapsed:.1f}s, "
          f"{docs / elapsed:.1f} documents/s, peak {peak / 2**20:.0f} MiB")
    print(" ".join(f"{k}={v:.3f}" for k, v in scores.items()))
    return scores


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
    main(args[0] if args else "WN_dev", limit, half)
