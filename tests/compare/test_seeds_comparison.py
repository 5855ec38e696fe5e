"""The comparison on the five seed articles, read at run time from ../shared/seeds (issue #8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rassegna.analyze import analyze
from rassegna.report import build, check_spans

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seeds are not here")


@pytest.fixture(scope="module")
def dossier():
    return build(analyze([str(SEEDS)], store=None).corpus)


def _story(dossier):
    return max(dossier["stories"], key=lambda s: len(s["articles"]))


def test_container_figures_are_a_wording_difference(dossier):
    numbers = [d for d in _story(dossier)["disagreements"] if d["kind"] == "number"]
    pairs = [d for d in numbers if any("11.000 container" in v["text"] for v in d["variants"])
             and any("11mila contenitori" in v["text"] for v in d["variants"])]
    assert pairs and pairs[0]["contradiction"] is False and "rounding/wording" in pairs[0]["explanation"]


def test_dittatore_is_in_outlet_voice(dossier):
    framing = _story(dossier)["framing"]
    assert any(f["term"] == "dittatore" and f["voice"] == "outlet" for f in framing)


def test_every_summary_sentence_is_cited(dossier):
    story = _story(dossier)
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    assert 4 <= len(story["summary"]) <= 8
    for item in story["summary"]:
        own = item["sources"][0]
        assert own["text"] == item["text"] == texts[own["article"]][own["start"]:own["end"]]


def test_every_span_is_exact(dossier):
    assert check_spans(dossier) > 0
    for p in _story(dossier)["shared_passages"]:
        for s in p["sources"]:
            assert dossier_text(dossier, s["article"])[s["start"]:s["end"]] == s["text"]


def dossier_text(dossier, article_id):
    return next(a["text"] for a in dossier["articles"] if a["id"] == article_id)
