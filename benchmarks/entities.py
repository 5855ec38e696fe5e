"""Entity mentions against KIND gold (span and type), through rassegna's entity stage.

Usage: python benchmarks/entities.py [WN_dev] [--limit N] [--half b] [--analyze]
``--half b`` keeps the odd 10-sentence blocks of the split: WN_dev's half B, which the
shipped NER never saw (it trains on half A, see training/README.md).
``--analyze`` measures through the command line instead, as a user gets it: the documents go
to ``rassegna analyze`` as JSON-lines records, and each mention is scored with the type of the
entity the dossier puts it in (resolution across all documents included).
Reads ../shared/data/kind/<split>.tsv at run time (never copied here): the gold tokens are
joined with spaces into text, run through the language pipeline and the entity stage
(knowledge-base additions, filters and type consistency included), and scored strictly:
a mention is right when its start, end and type equal a gold entity's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
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


def select(split: str, limit: int | None, half: str | None) -> list:
    """The split's sentences; with ``half``, only the even ("a") or odd ("b") 10-sentence blocks."""
    sentences = list(read_kind(KIND / f"{split}.tsv"))
    if half:
        keep = 1 if half.lower() == "b" else 0
        sentences = [s for i, s in enumerate(sentences) if (i // BLOCK) % 2 == keep]
    return sentences[:limit]


def main(split: str = "WN_dev", limit: int | None = None, half: str | None = None) -> dict[str, float]:
    sentences = select(split, limit, half)
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


def through_analyze(split: str = "WN_dev", limit: int | None = None, half: str | None = None) -> dict[str, float]:
    """The same documents through ``rassegna analyze`` (a subprocess, default pipeline, no store)."""
    sentences = select(split, limit, half)
    gold: dict[str, set] = {}
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "kind.jsonl"
        with records.open("w", encoding="utf-8") as fh:
            for i in range(0, len(sentences), SENTENCES_PER_DOC):
                text, gold[f"k{i}"] = to_text(sentences[i:i + SENTENCES_PER_DOC])
                fh.write(json.dumps({"id": f"k{i}", "title": f"{split} {i}", "outlet": "KIND", "language": "it",
                                     "published": "2020-01-01T00:00:00", "text": text}, ensure_ascii=False) + "\n")
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rassegna", "analyze", str(records), "--out", str(Path(tmp) / "out"),
                        "--db", "none", "--quiet"], check=True)
        elapsed = time.perf_counter() - start
        dossier = json.loads((Path(tmp) / "out" / "dossier.json").read_text(encoding="utf-8"))
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    predicted: dict[str, set] = {k: set() for k in gold}
    for entity in dossier["entities"]:
        for m in entity["mentions"]:
            if entity["type"] != "MISC" and m["article"] in predicted:
                predicted[m["article"]].add((m["start"], m["end"], entity["type"]))
    changed = sum(1 for k in gold if texts.get(k) is None)
    tp = sum(len(predicted[k] & gold[k]) for k in gold)
    n_p, n_g = sum(map(len, predicted.values())), sum(map(len, gold.values()))
    p, r = tp / max(1, n_p), tp / max(1, n_g)
    scores = {"precision": p, "recall": r, "f1": 2 * p * r / max(1e-9, p + r)}
    print(f"{split}{' half ' + half if half else ''} through rassegna analyze: {len(gold)} documents in {elapsed:.1f}s"
          f"{f', {changed} missing from the dossier' if changed else ''}")
    print(" ".join(f"{k}={v:.3f}" for k, v in scores.items()))
    return scores


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
    (through_analyze if "--analyze" in sys.argv else main)(args[0] if args else "WN_dev", limit, half)
