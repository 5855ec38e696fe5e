"""The story stage for time: undated articles dated from their story, then the timeline
and the date disagreements between outlets."""

from __future__ import annotations

from ..extract.times import resolve_unanchored
from ..model import Corpus
from ..pipeline import stage
from .timeline import build_timeline, date_disagreements


class StoryTime:
    name = "rassegna.timeline.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        docs = corpus.by_id()
        for story in corpus.stories:
            members = [docs[a] for a in story.articles if a in docs]
            resolve_unanchored(members)
            story.extra["timeline"] = build_timeline(members)
            disagreements = [d for d in story.extra.get("disagreements", []) if d.get("kind") != "date"]
            story.extra["disagreements"] = disagreements + date_disagreements(members)
        return corpus


@stage("rassegna.timeline.v1", scope="corpus", needs=("times", "story"), gives=("timeline",))
def make_story_time() -> StoryTime:
    return StoryTime()
