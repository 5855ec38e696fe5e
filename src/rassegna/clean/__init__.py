"""Cleaning: boilerplate removal with the metadata it reveals, language, near-duplicates."""

from __future__ import annotations

from ..model import Document
from ..pipeline import stage
from . import duplicates, language  # noqa: F401  (registers their stages)
from .boilerplate import clean
from .rules import all_languages, ruleset


class Cleaner:
    """Strip debris from ``doc.text``; fill title/outlet/published/author the text reveals."""

    name = "rassegna.clean.v1"

    def __init__(self, *, languages: tuple[str, ...] | None = None) -> None:
        self.rules = ruleset(tuple(languages or all_languages()))

    def __call__(self, doc: Document) -> Document:
        result = clean(doc.text, self.rules, title=doc.title)
        doc.text = result.text
        doc.removed = result.removed
        provenance = doc.meta.setdefault("provenance", {})
        for key, value in result.found.items():
            if not getattr(doc, key):
                setattr(doc, key, value)
                provenance[key] = "text"
        return doc


@stage("rassegna.clean.v1", needs=("text",), gives=("text", "removed", "title", "outlet", "published", "author"))
def make_cleaner(*, languages: tuple[str, ...] | None = None) -> Cleaner:
    return Cleaner(languages=languages)
