"""The story stage for disagreements: figures, durations, names, attributions and statuses.

It appends to ``story.extra["disagreements"]``, where the timeline stage has put the date
disagreements; every item says whether it is a real ``contradiction`` or a difference of
wording, rounding or spelling, and why (``explanation``).
"""

from __future__ import annotations

from typing import Any

from ..model import Corpus, Document
from ..pipeline import stage
from .claims import story_members
from .figure_pairs import figure_disagreements
from .sentences import story_sentences
from .status import status_disagreements
from .variants import channel_disagreements, name_disagreements, quote_attributions

MINE = ("number", "duration", "name", "attribution", "status")


def story_disagreements(corpus: Corpus, docs: list[Document]) -> list[dict[str, Any]]:
    """Every non-date disagreement between the story's articles."""
    sents = story_sentences(docs)
    found = figure_disagreements(docs, sents)
    found += name_disagreements(corpus, docs)
    found += quote_attributions(docs) + channel_disagreements(docs, sents)
    found += status_disagreements(docs, sents)
    return found


def _date_explained(item: dict[str, Any]) -> dict[str, Any]:
    """The timeline's date disagreements, told as contradictions with their values."""
    if item.get("kind") == "date":
        values = list(dict.fromkeys(v.get("value", v["text"]) for v in item["variants"]))
        item.setdefault("contradiction", len(values) > 1)
        item.setdefault("explanation", "different dates for one event: " + " vs ".join(values))
    return item


class DisagreementFinder:
    name = "rassegna.disagreements.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        for story, members in story_members(corpus):
            kept = [_date_explained(d) for d in story.extra.get("disagreements", []) if d.get("kind") not in MINE]
            story.extra["disagreements"] = kept + story_disagreements(corpus, members)
        return corpus


@stage("rassegna.disagreements.v1", scope="corpus", needs=("story", "figures", "entities"), gives=("disagreements",))
def make_disagreement_finder() -> DisagreementFinder:
    return DisagreementFinder()
