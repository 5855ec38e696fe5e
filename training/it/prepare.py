"""Build the Italian training/dev corpora (spaCy DocBins) from /work/shared/data.

Outputs (under training/build/it/ by default):
  ud_train.spacy        all UD training material (merged MWTs + some split copies)
  ud_select.spacy       VIT held-out blocks: used by spaCy for checkpoint selection
  ud_dev_isdt.spacy     ISDT held-out blocks (150 sents), merged MWTs: REPORTED dev
  ud_dev_isdt_split.spacy  same sentences with UD syntactic words (no merging)
  ner_train.spacy       KIND WN + FIC + ADG train (+ Moro silver with --moro)
  ner_dev_wn.spacy      KIND WN_dev (never trained on): NER dev / selection set
  ner_dev_fic.spacy, ner_dev_adg.spacy   other KIND dev sets (reported only)
  pretrain_text.jsonl   raw text of the TRAIN splits (KIND incl. Moro, UD) for `spacy pretrain`
  split_report.json     counts and the ids of held-out sentences

Usage: python training/it/prepare.py [--data /work/shared/data] [--out training/build/it]
       [--no-tweets] [--split-copy 0.3] [--moro] [--seed 42]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import (  # noqa: E402
    chunk,
    kind_doc,
    norm_text,
    read_conllu,
    read_kind,
    sentence_tokens,
    sentences_to_doc,
)
from spacy.tokens import DocBin  # noqa: E402
from spacy.vocab import Vocab  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

UD_TRAIN = [
    ("ParTUT", "UD_Italian-ParTUT/it_partut-ud-train.conllu", False),
    ("ParTUT-dev", "UD_Italian-ParTUT/it_partut-ud-dev.conllu", False),
    ("MarkIT", "UD_Italian-MarkIT/it_markit-ud-train.conllu", False),
    ("MarkIT-dev", "UD_Italian-MarkIT/it_markit-ud-dev.conllu", False),
    ("ParlaMint", "UD_Italian-ParlaMint/it_parlamint-ud-train.conllu", False),
    ("PoSTWITA", "UD_Italian-PoSTWITA/it_postwita-ud-train.v2.1-2017.conllu", True),
    ("PoSTWITA-dev", "UD_Italian-PoSTWITA/it_postwita-ud-dev.conllu", True),
    ("TWITTIRO", "UD_Italian-TWITTIRO/it_twittiro-ud-train.conllu", True),
    ("TWITTIRO-dev", "UD_Italian-TWITTIRO/it_twittiro-ud-dev.conllu", True),
]
ISDT_DEV = "UD_Italian-ISDT/it_isdt-ud-dev.conllu"
VIT_DEV = "UD_Italian-VIT/it_vit-ud-dev.conllu"
BREAKS = ("", "\n", "\n\n")  # what ends a sentence in the v8 NER material: nothing, a line, a paragraph


def hold_out_blocks(sents, n_blocks, block, rng):
    """Pick n_blocks random blocks of `block` consecutive sentences."""
    blocks = [list(range(i, min(i + block, len(sents)))) for i in range(0, len(sents), block)]
    chosen = sorted(rng.sample(range(len(blocks)), n_blocks))
    held = set(j for b in chosen for j in blocks[b])
    return [s for j, s in enumerate(sents) if j in held], [s for j, s in enumerate(sents) if j not in held]


SWAP_SHARE = 0.5  # of the names in a swapped sentence


def name_pools(sents, rng) -> dict[str, list[tuple[str, ...]]]:
    """Names by type to swap in: every name of the training text, plus Italian towns and world
    cities (LOC) and first names with the training text's surnames (PER)."""
    from rassegna.models.features import _words
    from rassegna.models.tokenizer import RESOURCES, read_list

    pools: dict[str, list[tuple[str, ...]]] = {"PER": [], "ORG": [], "LOC": []}
    surnames = []
    for words, tags in sents:
        for label, a, b in spans(tags):
            if label in pools:
                pools[label].append(tuple(words[a:b]))
                if label == "PER" and b - a > 1:
                    surnames.append(words[b - 1])
    ent = RESOURCES / "it" / "entities"
    places = [_words(x) for f in (ent / "luoghi_istat.txt", ent / "comuni_minori.txt",
                                  RESOURCES / "xx" / "entities" / "citta_mondo.txt") for x in read_list(f)]
    pools["LOC"] += rng.sample(places, min(len(places), len(pools["LOC"])))
    firsts = [x for x in read_list(ent / "nomi_persona.txt") if x[:1].isupper()]
    pools["PER"] += [(rng.choice(firsts), rng.choice(surnames)) for _ in range(len(pools["PER"]) // 2)]
    return pools


def spans(tags):
    """(label, start, end) of the names in a BIO tag sequence."""
    out, start = [], None
    for i, t in enumerate([*tags, "O"]):
        if start is not None and not t.startswith("I-"):
            out.append((tags[start][2:], start, i))
            start = None
        if t.startswith("B-"):
            start = i
    return out


def swap_names(sentence, pools, rng):
    """The sentence with about SWAP_SHARE of its names replaced by names of the same type."""
    words, tags = sentence
    new_words, new_tags, at = [], [], 0
    for label, a, b in spans(tags):
        new_words += words[at:a]
        new_tags += tags[at:a]
        name = list(rng.choice(pools[label])) if label in pools and rng.random() < SWAP_SHARE else words[a:b]
        new_words += name
        new_tags += [f"B-{label}"] + [f"I-{label}"] * (len(name) - 1)
        at = b
    return new_words + words[at:], new_tags + tags[at:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", default=str(ROOT / "training/build/it"))
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--no-tweets", action="store_true")
    ap.add_argument("--split-copy", type=float, default=0.3,
                    help="fraction of non-tweet sentences with MWTs also added in split (word) form")
    ap.add_argument("--moro", action="store_true", help="add the Moro silver data to NER train")
    ap.add_argument("--wn-copies", type=int, default=2,
                    help="copies of the Wikinews material in ner_train_v2.spacy (the target domain)")
    ap.add_argument("--oversample", default="ISDT-dev-rest=3,VIT-dev-rest=2",
                    help="extra copies (re-chunked differently) of ISDT-like sources")
    args = ap.parse_args()
    data = Path(args.data) / "ud"
    kind = Path(args.data) / "kind"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    vocab = Vocab()
    oversample = {k: int(v) for k, v in (x.split("=") for x in args.oversample.split(",") if x)}
    report = {"seed": args.seed, "ud": {}, "ner": {}}

    # ---- held-out dev sets (blocks of 10 consecutive sentences)
    isdt = list(read_conllu(data / ISDT_DEV, "ISDT-dev"))
    isdt_dev, isdt_train = hold_out_blocks(isdt, 15, 10, random.Random(args.seed))
    vit = list(read_conllu(data / VIT_DEV, "VIT-dev"))
    vit_sel, vit_train = hold_out_blocks(vit, 15, 10, random.Random(args.seed + 1))
    held_norm = {norm_text(s.text or " ".join(w.form for w in s.words)) for s in isdt_dev + vit_sel}
    report["heldout_isdt_ids"] = [s.sent_id for s in isdt_dev]
    report["heldout_vit_ids"] = [s.sent_id for s in vit_sel]

    def save(name, docs):
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        tmp = out / (name + ".tmp")
        db.to_disk(tmp)
        tmp.replace(out / name)  # atomic: a running training may be reading it

    def as_docs(sents, lo, hi, merge=True, r=None):
        toks = [sentence_tokens(s, merge=merge) for s in sents]
        groups = chunk(toks, r or rng, lo, hi)
        return [sentences_to_doc(vocab, g) for g in groups]

    # ---- UD training material
    train_docs = []
    split_pool = []
    sources = list(UD_TRAIN) + [("ISDT-dev-rest", None, False), ("VIT-dev-rest", None, False)]
    for name, rel, tweets in sources:
        if tweets and args.no_tweets:
            continue
        if name == "ISDT-dev-rest":
            sents = isdt_train
        elif name == "VIT-dev-rest":
            sents = vit_train
        else:
            sents = list(read_conllu(data / rel, name))
        before = len(sents)
        sents = [s for s in sents if norm_text(s.text or " ".join(w.form for w in s.words)) not in held_norm]
        report["ud"][name] = {"sentences": len(sents), "dropped_overlap": before - len(sents),
                              "words": sum(len(s.words) for s in sents)}
        # tweets: one tweet per doc; others: docs of 2-12 consecutive sentences, so that
        # the parser sees many sentence boundaries (oversampled sources are re-chunked)
        copies = oversample.get(name, 1)
        report["ud"][name]["copies"] = copies
        for _ in range(copies):
            train_docs.extend(as_docs(sents, 1, 1) if tweets else as_docs(sents, 2, 12))
        if not tweets:
            split_pool.extend(s for s in sents if s.mwts and rng.random() < args.split_copy)
    train_docs.extend(as_docs(split_pool, 1, 5, merge=False))
    report["ud"]["split_copies"] = len(split_pool)
    rng.shuffle(train_docs)
    save("ud_train.spacy", train_docs)
    save("ud_select.spacy", as_docs(vit_sel, 10, 10, r=random.Random(0)))
    save("ud_dev_isdt.spacy", as_docs(isdt_dev, 10, 10, r=random.Random(0)))
    save("ud_dev_isdt_split.spacy", as_docs(isdt_dev, 10, 10, merge=False, r=random.Random(0)))
    save("ud_dev_isdt_1sent.spacy", as_docs(isdt_dev, 1, 1, r=random.Random(0)))
    report["ud"]["train_docs"] = len(train_docs)
    report["ud"]["isdt_dev_sents"] = len(isdt_dev)
    report["ud"]["vit_select_sents"] = len(vit_sel)

    # ---- KIND NER
    def kind_docs(fname, io=False, per_doc=10, breaks=None):
        """10-sentence docs; with ``breaks`` (a Random), each sentence ends with nothing, a
        newline or a paragraph break, a third of the time each."""
        sents = list(read_kind(kind / fname, io=io))
        groups = [sents[i : i + per_doc] for i in range(0, len(sents), per_doc)]
        report["ner"][fname] = {"sentences": len(sents), "tokens": sum(len(w) for w, _ in sents)}
        return [kind_doc(vocab, g, [breaks.choice(BREAKS) for _ in g[1:]] if breaks else None) for g in groups]

    ner_train = kind_docs("WN_train.tsv") + kind_docs("FIC_train.tsv") + kind_docs("ADG_train.tsv")
    if args.moro:
        ner_train += kind_docs("moro_train.tsv", io=True)
    random.Random(args.seed).shuffle(ner_train)  # independent of the UD options
    save("ner_train.spacy", ner_train)
    wn_dev = kind_docs("WN_dev.tsv")
    save("ner_dev_wn.spacy", wn_dev)
    # v2 material: WN_dev split in two halves by alternating 10-sentence docs; half A is
    # trained on, half B (never trained on) selects checkpoints and is reported
    wn_dev_a, wn_dev_b = wn_dev[0::2], wn_dev[1::2]
    save("ner_dev_wn_b.spacy", wn_dev_b)
    wn_train = kind_docs("WN_train.tsv")
    ner_v2 = (wn_train + wn_dev_a) * args.wn_copies + kind_docs("FIC_train.tsv") + kind_docs("ADG_train.tsv")
    if args.moro:
        ner_v2 += kind_docs("moro_train.tsv", io=True)
    random.Random(args.seed).shuffle(ner_v2)
    save("ner_train_v2.spacy", ner_v2)
    report["ner"]["v2"] = {"train_docs": len(ner_v2), "wn_copies": args.wn_copies,
                           "wn_dev_a_docs": len(wn_dev_a), "wn_dev_b_docs": len(wn_dev_b)}
    # v8 material: the v2 docs with line and paragraph breaks between sentences (own Random,
    # so that the files above stay as they were)
    gaps = random.Random(args.seed + 8)
    wn_dev_breaks = kind_docs("WN_dev.tsv", breaks=gaps)
    save("ner_dev_wn_b_breaks.spacy", wn_dev_breaks[1::2])
    ner_v8 = [d for _ in range(args.wn_copies)
              for d in kind_docs("WN_train.tsv", breaks=gaps) + wn_dev_breaks[0::2]]
    ner_v8 += kind_docs("FIC_train.tsv", breaks=gaps) + kind_docs("ADG_train.tsv", breaks=gaps)
    random.Random(args.seed).shuffle(ner_v8)
    save("ner_train_v8.spacy", ner_v8)
    report["ner"]["v8"] = {"train_docs": len(ner_v8), "breaks": BREAKS}
    # v10 material: the v2 docs plus a copy of the Wikinews material in which half the names are
    # swapped for other names of the same type (names seen in the training text, Italian towns,
    # world cities, first names + surnames): the NER must read the context, not recall the name
    swap = random.Random(args.seed + 10)
    wn_sents = list(read_kind(kind / "WN_train.tsv")) + [s for i, s in enumerate(read_kind(kind / "WN_dev.tsv"))
                                                          if (i // 10) % 2 == 0]
    pools = name_pools([*wn_sents, *read_kind(kind / "FIC_train.tsv"), *read_kind(kind / "ADG_train.tsv")], swap)
    swapped = [swap_names(s, pools, swap) for s in wn_sents]
    ner_v10 = ner_v2 + [kind_doc(vocab, swapped[i:i + 10]) for i in range(0, len(swapped), 10)]
    random.Random(args.seed).shuffle(ner_v10)
    save("ner_train_v10.spacy", ner_v10)
    report["ner"]["v10"] = {"train_docs": len(ner_v10), "pool_sizes": {k: len(v) for k, v in pools.items()}}
    save("ner_dev_fic.spacy", kind_docs("FIC_dev.tsv"))
    save("ner_dev_adg.spacy", kind_docs("ADG_dev.tsv"))

    # ---- raw text for tok2vec pretraining (training splits only: never dev/test text)
    n_raw = 0
    with open(out / "pretrain_text.jsonl.tmp", "w", encoding="utf8") as fh:
        for fname in ("WN_train.tsv", "FIC_train.tsv", "ADG_train.tsv", "moro_train.tsv"):
            for words, _ in read_kind(kind / fname, io=True):
                fh.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
                n_raw += len(words)
        for name, rel, _tw in UD_TRAIN:
            for s in read_conllu(data / rel, name):
                fh.write(json.dumps({"text": s.text or " ".join(w.form for w in s.words)}, ensure_ascii=False) + "\n")
                n_raw += len(s.words)
        for s in isdt_train + vit_train:
            fh.write(json.dumps({"text": s.text}, ensure_ascii=False) + "\n")
            n_raw += len(s.words)
    (out / "pretrain_text.jsonl.tmp").replace(out / "pretrain_text.jsonl")
    report["pretrain_words"] = n_raw

    (out / "split_report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(json.dumps({k: v for k, v in report.items() if not k.startswith("heldout")}, indent=1))


if __name__ == "__main__":
    main()
