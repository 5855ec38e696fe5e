"""Evaluate a rassegna pipeline on the held-out dev splits with spaCy's scorer.

Gold tokenisation: every predicted doc is built from the gold words (as the
floor evaluation does), then the whole pipeline runs and spaCy's Scorer
compares with the gold annotation.

Usage:
  python training/evaluate.py it [--model src/rassegna/models/it_rassegna] [--out training/build/it/dev_scores.json]
  python training/evaluate.py en [--model src/rassegna/models/en_rassegna]
  python training/evaluate.py it --model training/build/it/ud_model/model-best --sets isdt,vit
  python training/evaluate.py it --sets wn --exclude rassegna_it_entities --out /tmp/no_rules.json
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SETS = {
    "it": {
        "isdt": ("it/ud_dev_isdt.spacy", "ISDT held-out dev (150 sents, MWTs merged, docs of 10 sents)"),
        "isdt_split": ("it/ud_dev_isdt_split.spacy", "same, UD syntactic words (MWTs split)"),
        "isdt_1sent": ("it/ud_dev_isdt_1sent.spacy", "same, one sentence per doc"),
        "vit": ("it/ud_select.spacy", "VIT held-out dev (150 sents; used for checkpoint selection)"),
        "wn_b": ("it/ner_dev_wn_b.spacy", "KIND Wikinews dev, half B (NER; never trained on; checkpoint selection)"),
        "wn": ("it/ner_dev_wn.spacy", "KIND Wikinews dev, whole (v2+ NER models train on its half A)"),
        "fic": ("it/ner_dev_fic.spacy", "KIND fiction dev (NER)"),
        "adg": ("it/ner_dev_adg.spacy", "KIND De Gasperi dev (NER)"),
    },
    "en": {
        "ewt": ("en/ud_dev.spacy", "UD English-EWT dev (2001 sents, docs of 10 sents)"),
        "ewt_1sent": ("en/ud_dev_1sent.spacy", "EWT dev, one sentence per doc"),
    },
}
UD_KEYS = ["tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_p", "sents_r", "sents_f"]
NER_KEYS = ["ents_p", "ents_r", "ents_f", "ents_per_type"]


def gold_examples(nlp, path: Path):
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    exs = []
    for ref in docs:
        pred = Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
        exs.append(Example(pred, ref))
    return exs


def evaluate(nlp, path: Path, ner: bool) -> dict:
    exs = gold_examples(nlp, path)
    disable = [] if ner else [p for p in ("ner", "rassegna_it_entities", "rassegna_en_entities") if p in nlp.pipe_names]
    n_words = sum(len(e.reference) for e in exs)
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=disable):
        scores = nlp.evaluate(exs)
    dt = time.perf_counter() - t0
    keys = NER_KEYS if ner else [k for k in UD_KEYS if k != "tag_acc" or "tagger" in nlp.pipe_names]
    if ner and "ents_f" not in scores:  # rule components have no scorer of their own
        from spacy.scorer import get_ner_prf

        with nlp.select_pipes(disable=disable):
            scores = get_ner_prf([Example(nlp(e.predicted), e.reference) for e in gold_examples(nlp, path)])
    out = {k: scores[k] for k in keys if k in scores and scores[k] is not None}
    out["words"] = n_words
    out["docs"] = len(exs)
    out["eval_words_per_s"] = round(n_words / dt)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lang", choices=sorted(SETS))
    ap.add_argument("--model", default=None)
    ap.add_argument("--build", default=str(ROOT / "training/build"))
    ap.add_argument("--sets", default=None, help="comma-separated subset of the dev sets")
    ap.add_argument("--out", default=None)
    ap.add_argument("--exclude", default="", help="comma-separated components to leave out (ablations)")
    args = ap.parse_args()
    import rassegna.models  # noqa: F401  (registers the tokenizer factory)

    model = args.model or str(ROOT / f"src/rassegna/models/{args.lang}_rassegna")
    nlp = spacy.load(model, exclude=[p for p in args.exclude.split(",") if p])
    has_ner = "ner" in nlp.pipe_names
    has_ud = "parser" in nlp.pipe_names
    wanted = args.sets.split(",") if args.sets else list(SETS[args.lang])
    res = {"model": model, "pipeline": nlp.pipe_names, "sets": {}}
    for name in wanted:
        rel, desc = SETS[args.lang][name]
        is_ner = name in ("wn", "wn_b", "fic", "adg")
        if (is_ner and not has_ner) or (not is_ner and not has_ud):
            continue
        sc = evaluate(nlp, Path(args.build) / rel, is_ner)
        sc["description"] = desc
        res["sets"][name] = sc
        print(name, json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in sc.items()
                                if k != "ents_per_type"}), flush=True)
        if "ents_per_type" in sc:
            per_type = {t: {k: round(v, 4) for k, v in d.items()} for t, d in sc["ents_per_type"].items()}
            print("   per type", json.dumps(per_type))
    out = Path(args.out or (Path(args.build) / args.lang / "dev_scores.json"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1))
    print("wrote", out)


if __name__ == "__main__":
    main()
