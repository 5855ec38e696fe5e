"""The language pipeline stage: runs rassegna's own spaCy pipeline on each article once,
so entities, quotes and the rest read the same tokens, sentences, parse and names."""

from __future__ import annotations

from ..model import Document
from ..pipeline import stage

# Articles longer than this are parsed in full but with spaCy's length limit raised: news
# bodies are far below it, and a pathological input should not crash the batch.
MAX_CHARS = 2_000_000


class LanguagePipeline:
    name = "rassegna.nlp.v1"

    def __init__(self, *, languages: tuple[str, ...] | None = None) -> None:
        from ..models import MODELS, model_path

        def shipped(lang: str) -> bool:
            try:
                return model_path(lang).is_dir()
            except (ValueError, FileNotFoundError):
                return False

        self.languages = tuple(lang for lang in (languages or MODELS) if shipped(lang))

    def __call__(self, doc: Document) -> Document:
        if doc.language not in self.languages or not doc.text:
            return doc
        from ..models import load

        nlp = load(doc.language)
        nlp.max_length = max(nlp.max_length, MAX_CHARS)
        doc.nlp = nlp(doc.text[:MAX_CHARS])
        return doc


@stage("rassegna.nlp.v1", needs=("text", "language"), gives=("nlp",))
def make_language_pipeline(*, languages: tuple[str, ...] | None = None) -> LanguagePipeline:
    return LanguagePipeline(languages=languages)
