"""Unit tests of the rule components (no trained model needed)."""
import spacy
from spacy.tokens import Doc, Span

import rassegna.models  # noqa: F401  (registers the factories)
from rassegna.models.tokenizer import blank


def _doc(nlp, words, ents):
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_it_gazetteer_relabels_per_as_loc():
    nlp = spacy.blank("it")
    rules = nlp.add_pipe("rassegna_it_entities", config={"consistency": False})
    doc = rules(_doc(nlp, ["Rossi", "vive", "a", "Civitavecchia", "."], [(0, 1, "PER"), (3, 4, "PER")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Rossi", "PER"), ("Civitavecchia", "LOC")]


def test_it_gazetteer_does_not_touch_org():
    nlp = spacy.blank("it")
    rules = nlp.add_pipe("rassegna_it_entities", config={"consistency": False})
    doc = rules(_doc(nlp, ["L'", "Italia", "ha", "vinto", "."], [(1, 2, "ORG")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Italia", "ORG")]


def test_it_document_consistency():
    nlp = spacy.blank("it")
    rules = nlp.add_pipe("rassegna_it_entities", config={"gazetteer": False})
    words = "Mario Draghi parla . Draghi ha detto che Draghi e Draghi".split()
    doc = rules(_doc(nlp, words, [(0, 2, "PER"), (4, 5, "ORG"), (8, 9, "LOC"), (10, 11, "PER")]))
    assert [e.label_ for e in doc.ents] == ["PER", "PER", "PER", "PER"]


def test_en_rules_on_blank_pipeline():
    nlp = blank("en")
    nlp.add_pipe("rassegna_en_entities")
    doc = nlp("Officials said Prime Minister Rishi Sunak met the Bank of England governor in London. Sunak left.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Rishi Sunak", "PER") in ents  # title stripped
    assert ("Bank of England", "ORG") in ents
    assert ("London", "LOC") in ents
    assert ("Sunak", "PER") in ents  # document-level surname


def test_en_rules_org_suffix_and_acronym():
    nlp = blank("en")
    nlp.add_pipe("rassegna_en_entities")
    doc = nlp("Workers at Acme Widgets Inc. joined the XYZU union in Leeds.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Acme Widgets Inc.", "ORG") in ents
    assert ("XYZU", "ORG") in ents
    assert ("Leeds", "LOC") in ents  # after "in", not in the gazetteer
