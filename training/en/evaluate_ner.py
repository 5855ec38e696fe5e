"""Evaluate English entities on our own hand-annotated dev set (tests/data/en_ner_dev.jsonl)
with spaCy's scorer (entity P/R/F, per type).

Usage: python training/en/evaluate_ner.py [--model src/rassegna/models/en_rassegna] [--data tests/data/en_ner_dev.jsonl] [-v]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy
from spacy.training import Example

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(ROOT / "src/rassegna/models/en_rassegna"))
    ap.add_argument("--data", default=str(ROOT / "tests/data/en_ner_dev.jsonl"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    import rassegna.models  # noqa: F401  (registers rassegna_en_entities)

    nlp = spacy.load(args.model) if args.model != "blank" else None
    if nlp is None:
        from rassegna.models.tokenizer import blank

        nlp = blank("en")
        nlp.add_pipe("rassegna_en_entities")
    rows = [json.loads(x) for x in Path(args.data).read_text(encoding="utf8").splitlines() if x.strip()]
    from spacy.scorer import get_ner_prf

    examples = []
    for row in rows:
        gold = Example.from_dict(nlp.make_doc(row["text"]), {"entities": [tuple(e) for e in row["entities"]]}).reference
        examples.append(Example(nlp(row["text"]), gold))
    scores = get_ner_prf(examples)
    out = {k: scores[k] for k in ("ents_p", "ents_r", "ents_f")}
    out["per_type"] = scores["ents_per_type"]
    out["sentences"] = len(rows)
    out["entities"] = sum(len(r["entities"]) for r in rows)
    print(json.dumps(out, indent=1))
    if args.verbose:
        for row in rows:
            doc = nlp(row["text"])
            gold = {(s, e, lab) for s, e, lab in row["entities"]}
            pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
            for s, e, lab in sorted(gold - pred):
                print("MISS", lab, row["text"][s:e], "|", row["text"][:60])
            for s, e, lab in sorted(pred - gold):
                print("FP  ", lab, row["text"][s:e], "|", row["text"][:60])


if __name__ == "__main__":
    main()
