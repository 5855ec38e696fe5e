"""Assemble the shipped pipelines from the trained parts.

Italian:  UD model (tok2vec + morphologizer + trainable_lemmatizer + parser)
          + NER model (its own tok2vec, made internal with replace_listeners)
          + rassegna_it_entities (gazetteer PER->LOC fixes, document consistency)
          + sentence_hints (attribute_ruler marking certain sentence starts before the parser)
          + rassegna tokenizer rules  -> src/rassegna/models/it_rassegna
English:  UD model (tok2vec + tagger + morphologizer + trainable_lemmatizer + parser)
          + rassegna_en_entities (rules + gazetteers written for rassegna, resources/en/entities/)
          + rassegna tokenizer rules  -> src/rassegna/models/en_rassegna

Usage:
  python training/assemble.py it [--ud training/build/it/ud_model/model-best]
                                 [--ner training/build/it/ner_model/model-best] [--out DIR]
  python training/assemble.py en [--ud training/build/en/ud_model/model-best] [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

import rassegna.models  # noqa: E402,F401  (registers the rassegna_* factories)
from rassegna.models.tokenizer import customize_tokenizer  # noqa: E402

VERSION = "0.1.0"


def _src(name: str, repo: str, licence: str) -> dict:
    return {"name": name, "url": f"https://github.com/{repo}", "license": licence}

META = {
    "it": {
        "name": "rassegna",
        "description": (
            "rassegna's Italian pipeline: tokenizer tuned for Italian news, "
            "morphologizer (UPOS+features), trainable lemmatizer (edit trees), dependency "
            "parser (also sentence boundaries) trained on Italian UD treebanks; NER "
            "(PER, LOC, ORG) trained on KIND. CNN tok2vec, no static vectors. "
            "Non-commercial use only (training data licences)."
        ),
        "license": "CC BY-NC-SA 4.0 (non-commercial; inherited from ISDT/VIT/ParTUT/PoSTWITA/KIND training data)",
        "sources": [
            _src("UD Italian ISDT (dev minus 150 held-out)", "UniversalDependencies/UD_Italian-ISDT", "CC BY-NC-SA 3.0"),
            _src("UD Italian VIT (dev minus 150 held-out)", "UniversalDependencies/UD_Italian-VIT", "CC BY-NC-SA 3.0"),
            _src("UD Italian ParTUT", "UniversalDependencies/UD_Italian-ParTUT", "CC BY-NC-SA 4.0"),
            _src("UD Italian PoSTWITA", "UniversalDependencies/UD_Italian-PoSTWITA", "CC BY-NC-SA 4.0"),
            _src("UD Italian MarkIT", "UniversalDependencies/UD_Italian-MarkIT", "CC BY 4.0"),
            _src("UD Italian TWITTIRO", "UniversalDependencies/UD_Italian-TWITTIRO", "CC BY-SA 4.0"),
            _src("UD Italian ParlaMint", "UniversalDependencies/UD_Italian-ParlaMint", "CC BY-SA 4.0"),
            _src("KIND (WN, FIC, ADG train)", "dhfbk/KIND", "CC BY-NC 4.0 / CC BY-NC-SA 4.0"),
        ],
    },
    "en": {
        "name": "rassegna",
        "description": (
            "rassegna's English pipeline: tagger (PTB), morphologizer (UPOS+features), "
            "trainable lemmatizer, dependency parser trained on UD English-EWT; entities "
            "(PER, LOC, ORG) from a rule + gazetteer entity_ruler written for rassegna."
        ),
        "license": "CC BY-SA 4.0 (UD English-EWT)",
        "sources": [
            _src("UD English EWT (train)", "UniversalDependencies/UD_English-EWT", "CC BY-SA 4.0"),
        ],
    },
}


SENT_END = [".", "?", "!"]
CLOSE_QUOTES = ["»", "”"]
OPEN_QUOTES = ["«", "“"]
CAPITALISED = [{"IS_TITLE": True}, {"IS_UPPER": True, "IS_ALPHA": True, "LENGTH": {">=": 2}}]


def add_sentence_hints(nlp, before="parser"):
    """Built-in attribute_ruler that marks *certain* sentence starts before the parser.

    It only sets is_sent_start=True (never False); the parser respects these
    boundaries and decides everything else.  Abbreviations never trigger it,
    because the tokenizer keeps their period inside the token ("sen.", "S.p.A.").
    """
    ar = nlp.add_pipe("attribute_ruler", name="sentence_hints", before=before)
    for cap in CAPITALISED:
        # "? Chi" / "! Poi" / "parola . Il" -- but not "Art. 858 . Comprensorio" (numbered headings
        # of legal texts stay in one sentence, as in ISDT), so "." must follow a non-number
        ar.add([[{"ORTH": {"IN": ["?", "!"]}}, cap]], {"SENT_START": True}, index=1)
        ar.add([[{"IS_DIGIT": False}, {"ORTH": "."}, cap]], {"SENT_START": True}, index=2)
        # '. » Il' / '.” La' (also a closing ” misused to open the next quote)
        ar.add([[{"ORTH": {"IN": SENT_END}}, {"ORTH": {"IN": CLOSE_QUOTES}}, cap]], {"SENT_START": True}, index=2)
    # '. « Non' / '. “ Sì': an opening quote after a full stop starts a sentence
    ar.add([[{"ORTH": {"IN": SENT_END}}, {"ORTH": {"IN": OPEN_QUOTES}}]], {"SENT_START": True}, index=1)
    return ar


def assemble_it(ud: Path, ner: Path):
    nlp = spacy.load(ud)
    ner_nlp = spacy.load(ner)
    # make the NER model self-contained: its tok2vec becomes an internal layer
    # (v2+: the NER's own tok2vec is "ner_tok2vec" and embeds the morphologizer's UPOS, which
    # the assembled pipeline sets before ner; the copies of the UD components are not used)
    ner_tok2vec = "ner_tok2vec" if "ner_tok2vec" in ner_nlp.pipe_names else "tok2vec"
    ner_nlp.replace_listeners(ner_tok2vec, "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp, name="ner", last=True)
    # gazetteer PER->LOC fixes + document-level label consistency (rassegna.models.it_entities)
    nlp.add_pipe("rassegna_it_entities", name="rassegna_it_entities", after="ner")
    add_sentence_hints(nlp)
    return nlp


def assemble_en(ud: Path):
    nlp = spacy.load(ud)
    add_sentence_hints(nlp)
    # rule + gazetteer entities (rassegna.models.en_entities, data in resources/en/entities/)
    nlp.add_pipe("rassegna_en_entities", name="rassegna_en_entities", last=True)
    return nlp


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lang", choices=["it", "en"])
    ap.add_argument("--ud", default=None)
    ap.add_argument("--ner", default=None)
    ap.add_argument("--out", default=None)
    ap.add_argument("--scores", default=None, help="dev_scores.json to copy into meta.json performance")
    args = ap.parse_args()
    build = ROOT / "training/build" / args.lang
    ud = Path(args.ud or build / "ud_model/model-best")
    out = Path(args.out or ROOT / f"src/rassegna/models/{args.lang}_rassegna")
    if args.lang == "it":
        nlp = assemble_it(ud, Path(args.ner or build / "ner_model/model-best"))
    else:
        nlp = assemble_en(ud)
    customize_tokenizer(nlp, args.lang)
    meta = dict(nlp.meta)
    meta.update(META[args.lang])
    meta["lang"] = args.lang
    meta["version"] = VERSION
    meta["spacy_version"] = f">={spacy.about.__version__.rsplit('.', 1)[0]}.0,<3.9.0"
    meta["vectors"] = {"width": 0, "vectors": 0, "keys": 0, "name": None}
    meta.pop("performance", None)
    if args.scores and Path(args.scores).exists():
        meta["performance"] = json.loads(Path(args.scores).read_text())["sets"]
    nlp.meta.clear()
    nlp.meta.update(meta)
    # keep the model card if one exists in the destination
    card = out / "MODEL_CARD.md"
    card_text = card.read_text(encoding="utf8") if card.exists() else None
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    # training-only paths in the config are irrelevant at run time; blank them
    cfg = (out / "config.cfg").read_text(encoding="utf8")
    cfg = cfg.replace(f'train = "training/build/{args.lang}/ud_train.spacy"', "train = null")
    (out / "config.cfg").write_text(cfg, encoding="utf8")
    if card_text:
        card.write_text(card_text, encoding="utf8")
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"saved {out}  pipeline={nlp.pipe_names}  size={size/1e6:.1f} MB")


if __name__ == "__main__":
    main()
