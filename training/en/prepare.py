"""Build the English UD corpora (spaCy DocBins) from UD_English-EWT.

English keeps the UD syntactic words (no MWT merging): spaCy's English
tokenizer already splits "don't" -> "do" "n't", "gonna" -> "gon" "na", like EWT.

Outputs (training/build/en/): ud_train.spacy (EWT train, docs of 1-10
consecutive sentences), ud_dev.spacy (EWT dev, docs of 10 sentences: selection
and reported dev), ud_dev_1sent.spacy.

Usage: python training/en/prepare.py [--data /work/shared/data] [--out training/build/en] [--seed 42]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import chunk, read_conllu, sentence_tokens, sentences_to_doc  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402
from spacy.vocab import Vocab  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", default=str(ROOT / "training/build/en"))
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    ud = Path(args.data) / "ud/UD_English-EWT"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    vocab = Vocab()

    def docs(path, lo, hi, r):
        sents = [sentence_tokens(s, merge=False) for s in read_conllu(path)]
        return [sentences_to_doc(vocab, g) for g in chunk(sents, r, lo, hi)], len(sents)

    def save(name, ds):
        db = DocBin(store_user_data=False)
        for d in ds:
            db.add(d)
        db.to_disk(out / name)

    train, n_train = docs(ud / "en_ewt-ud-train.conllu", 1, 10, rng)
    rng.shuffle(train)
    save("ud_train.spacy", train)
    dev, n_dev = docs(ud / "en_ewt-ud-dev.conllu", 10, 10, random.Random(0))
    save("ud_dev.spacy", dev)
    dev1, _ = docs(ud / "en_ewt-ud-dev.conllu", 1, 1, random.Random(0))
    save("ud_dev_1sent.spacy", dev1)
    rep = {"seed": args.seed, "train_sentences": n_train, "train_docs": len(train), "dev_sentences": n_dev}
    (out / "split_report.json").write_text(json.dumps(rep, indent=1))
    print(rep)


if __name__ == "__main__":
    main()
