"""Post-NER entity rules for Italian: gazetteer fixes and document consistency.

Registered as the spaCy factory ``rassegna_it_entities`` (runs after ``ner``):

1. *Gazetteer relabelling*: a span the statistical NER labelled PER whose
   exact text is a place name (ISTAT regions/provinces/comuni, countries,
   capitals and areas in Italian: ``rassegna/resources/it/entities/``) becomes
   LOC.  Only PER -> LOC: LOC/ORG are ambiguous in news (``Italia`` is often a
   national team, i.e. ORG in KIND), so they are left to the model.
2. *Document consistency*: every mention of the same string gets the label
   most often predicted for it in the document; a one-word mention equal to the
   surname of a longer PER entity ("Draghi" after "Mario Draghi") becomes PER.

Both steps can be switched off in the config (``gazetteer``, ``consistency``).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from .stateless import Stateless
from .tokenizer import RESOURCES, read_list

IT_ENT_DIR = RESOURCES / "it" / "entities"


def _places() -> set[str]:
    out: set[str] = set()
    if IT_ENT_DIR.exists():
        for p in sorted(IT_ENT_DIR.glob("luoghi*.txt")):
            out.update(read_list(p))
    return out


@Language.factory("rassegna_it_entities", default_config={"gazetteer": True, "consistency": True})
def make_it_entities(nlp: Language, name: str, gazetteer: bool, consistency: bool):
    return ItalianEntityRules(name, gazetteer=gazetteer, consistency=consistency)


class ItalianEntityRules(Stateless):
    def __init__(self, name: str = "rassegna_it_entities", gazetteer: bool = True, consistency: bool = True):
        self.name = name
        self.gazetteer = gazetteer
        self.consistency = consistency
        self.places = _places() if gazetteer else set()

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = list(doc.ents)
        if not ents:
            return doc
        labels = [e.label_ for e in ents]
        if self.gazetteer:
            for i, e in enumerate(ents):
                if labels[i] == "PER" and e.text in self.places:
                    labels[i] = "LOC"
        if self.consistency:
            votes: dict[str, Counter] = defaultdict(Counter)
            for e, lab in zip(ents, labels, strict=True):
                votes[e.text][lab] += 1
            for i, e in enumerate(ents):
                c = votes[e.text]
                if len(c) > 1:
                    (top, n1), (_, n2) = c.most_common(2)
                    if n1 > n2:
                        labels[i] = top
            surnames = {e[-1].text for e, lab in zip(ents, labels, strict=True)
                        if lab == "PER" and len(e) >= 2 and e[-1].text[:1].isupper()}
            for i, e in enumerate(ents):
                if len(e) == 1 and e.text in surnames and labels[i] != "PER" and e.text not in self.places:
                    labels[i] = "PER"
        doc.ents = [Span(doc, e.start, e.end, label=lab) for e, lab in zip(ents, labels, strict=True)]
        return doc
