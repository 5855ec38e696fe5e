import json
from pathlib import Path

import pytest


def test_en_pos_lemma_parse(nlp_en):
    doc = nlp_en("The ministers were meeting in the capital yesterday.")
    by = {t.text: t for t in doc}
    assert by["ministers"].lemma_ == "minister" and by["ministers"].pos_ == "NOUN"
    assert by["were"].lemma_ == "be" and by["were"].pos_ == "AUX"
    assert by["meeting"].lemma_ == "meet" and by["meeting"].pos_ == "VERB"
    assert by["ministers"].tag_ == "NNS"
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["meeting"]


def test_en_sentences(nlp_en):
    doc = nlp_en("Sen. Smith arrived in Washington on Monday. He met the president.")
    assert [s.text for s in doc.sents] == ["Sen. Smith arrived in Washington on Monday.", "He met the president."]


def test_en_entities(nlp_en):
    doc = nlp_en("President Joe Biden met officials from the World Health Organization in Paris.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Paris", "LOC") in ents
    assert ("World Health Organization", "ORG") in ents
    assert ("Joe Biden", "PER") in ents


@pytest.mark.parametrize("name", ["en_ner_dev.jsonl", "en_ner_test.jsonl"])
def test_en_ner_sets_are_well_formed(name):
    path = Path(__file__).resolve().parents[1] / "data" / name
    rows = [json.loads(line) for line in path.read_text(encoding="utf8").splitlines() if line.strip()]
    assert len(rows) >= 20
    assert sum(len(r["entities"]) for r in rows) >= 40
    for row in rows:
        for start, end, label in row["entities"]:
            assert label in {"PER", "LOC", "ORG"}
            assert row["text"][start:end].strip() == row["text"][start:end]
