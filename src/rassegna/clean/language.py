"""Language identification of each article's clean text (ISO 639-1)."""

from __future__ import annotations

import re

import py3langid

from ..model import Document
from ..pipeline import stage

# Too little text to tell: shorter bodies fall back on the title as well, then on "und".
MIN_CHARS = 12
_LETTERS = re.compile(r"[^\W\d_]+")


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or "und" when there are no words to go on."""
    words = _LETTERS.findall(text)
    if sum(map(len, words)) < MIN_CHARS:
        return "und"
    lang, _score = py3langid.classify(text[:5000])
    return str(lang)


class LanguageDetector:
    name = "rassegna.language.v1"

    def __call__(self, doc: Document) -> Document:
        if doc.meta.get("provenance", {}).get("language") == "given":
            return doc
        found = detect(doc.text)
        if found == "und" and doc.title:
            found = detect(f"{doc.title}\n{doc.text}")
        doc.language = found
        doc.meta.setdefault("provenance", {})["language"] = "detected"
        return doc


@stage("rassegna.language.v1", needs=("text",), gives=("language",))
def make_language_detector() -> LanguageDetector:
    return LanguageDetector()
