"""Language identification on passages written for the tests (45 it, 35 en, 40 others)."""

import json

from rassegna.clean.language import LanguageDetector, detect
from rassegna.model import Document

from ..conftest import DATA


def test_language_accuracy_on_our_passages():
    rows = [json.loads(line) for line in (DATA / "langid" / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
    right = sum(detect(r["text"]) == r["language"] for r in rows)
    assert len(rows) >= 100 and right / len(rows) >= 0.97
    main = [r for r in rows if r["language"] in ("it", "en")]
    assert all(detect(r["text"]) == r["language"] for r in main)


def test_too_little_text_is_undetermined_and_given_language_wins():
    assert detect("12:50 — 2024") == "und"
    doc = Document(id="a", source="x", text="This is clearly English text about the weather.", language="it")
    doc.meta["provenance"] = {"language": "given"}
    assert LanguageDetector()(doc).language == "it"
