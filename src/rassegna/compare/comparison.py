"""The whole outlet comparison as one default stage: claims, disagreements, framing, shared
passages and summary, in that order. Each part is also a stage of its own
(``rassegna.claims.v1`` ...), so a configuration can run, swap or leave out any one of them."""

from __future__ import annotations

from ..model import Corpus
from ..pipeline import registered, stage

PARTS = ("rassegna.claims.v1", "rassegna.disagreements.v1", "rassegna.framing.v1",
         "rassegna.shared_passages.v1", "rassegna.summary.v1")


class Comparison:
    name = "rassegna.compare.v1"

    def __init__(self) -> None:
        stages = registered()
        self.parts = [stages[name].factory() for name in PARTS]

    def __call__(self, corpus: Corpus) -> Corpus:
        for part in self.parts:
            corpus = part(corpus)
        return corpus


@stage("rassegna.compare.v1", scope="corpus", needs=("story", "figures", "entities"),
       gives=("claims", "disagreements", "framing", "framing_table", "shared_passages", "summary"))
def make_comparison() -> Comparison:
    return Comparison()
