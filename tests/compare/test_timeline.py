"""Issue #6: the story's timeline, merged across outlets, and date disagreements."""

from __future__ import annotations

from pathlib import Path

import pytest

from rassegna.compare.timeline import build_timeline, date_disagreements
from rassegna.extract.times import TimeTagger, resolve_unanchored
from rassegna.model import Document

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
TAGGER = TimeTagger()


def story(*items: tuple[str, str, str | None]) -> list[Document]:
    docs = [
        TAGGER(Document(id=ident, source=ident, text=text, published=published, language="it", story="s1"))
        for ident, text, published in items
    ]
    return resolve_unanchored(docs, tagger=TAGGER)


def check_sources(docs: list[Document], spans: list[dict]) -> None:
    by_id = {d.id: d for d in docs}
    for span in spans:
        assert by_id[span["article"]].text[span["start"]:span["end"]] == span["text"]


OUTLETS = story(
    (
        "alfa",
        "La ministra Bianchi ha inaugurato il nuovo ospedale di Cuneo martedì 18 giugno. "
        "La struttura era stata progettata nel marzo del 2019 dalla regione Piemonte. "
        "I lavori sono durati tre anni e l'ospedale è aperto ogni giorno.",
        "2024-06-19",
    ),
    (
        "beta",
        "Il nuovo ospedale di Cuneo è stato inaugurato dalla ministra Bianchi il 19 giugno. "
        "La regione Piemonte aveva progettato la struttura nel 2019.",
        None,
    ),
    (
        "gamma",
        "Tensioni in consiglio comunale a Cuneo: l'opposizione ha chiesto le dimissioni della giunta "
        "lo scorso maggio, oggi attualmente in carica.",
        None,
    ),
)


def test_timeline_is_sorted_and_carries_evidence() -> None:
    timeline = build_timeline(OUTLETS)
    values = [e["value"] for e in timeline]
    assert values == sorted(values, key=lambda v: (v[:4], v))
    for entry in timeline:
        assert entry["what"]
        assert entry["sources"]
        check_sources(OUTLETS, entry["sources"])


def test_only_calendar_dates_go_on_the_timeline() -> None:
    values = {e["value"] for e in build_timeline(OUTLETS)}
    assert "P3Y" not in values and "P1D" not in values and "PRESENT_REF" not in values


def test_same_event_from_two_outlets_is_one_entry() -> None:
    timeline = build_timeline(OUTLETS)
    design = [e for e in timeline if e["value"].startswith("2019")]
    assert len(design) == 1
    assert design[0]["value"] == "2019-03"
    assert {s["article"] for s in design[0]["sources"]} == {"alfa", "beta"}


def test_what_is_drawn_from_the_sentence() -> None:
    entry = next(e for e in build_timeline(OUTLETS) if e["value"] == "2019-03")
    source = next(s for s in entry["sources"] if s["article"] == "alfa")
    sentence = next(d for d in OUTLETS if d.id == "alfa").text
    assert all(word in sentence for word in entry["what"].split())
    assert "progettata" in entry["what"] or "progettato" in entry["what"]
    assert "marzo" not in entry["what"] and source["text"] == "marzo del 2019"


def test_outlets_dating_the_same_event_differently_disagree() -> None:
    found = date_disagreements(OUTLETS)
    assert len(found) == 1
    item = found[0]
    assert item["kind"] == "date" and item["about"]
    assert {v["article"] for v in item["variants"]} == {"alfa", "beta"}
    assert {v["value"] for v in item["variants"]} == {"2024-06-18", "2024-06-19"}
    check_sources(OUTLETS, item["variants"])
    flagged = [e for e in build_timeline(OUTLETS) if "disagreement" in e]
    assert {e["value"] for e in flagged} == {"2024-06-18", "2024-06-19"}


def test_unrelated_events_are_not_merged_or_disputed() -> None:
    timeline = build_timeline(OUTLETS)
    may = [e for e in timeline if e["value"] == "2024-05"]
    assert len(may) == 1 and [s["article"] for s in may[0]["sources"]] == ["gamma"]
    assert "disagreement" not in may[0]


def test_empty_story() -> None:
    assert build_timeline([]) == []
    assert date_disagreements([]) == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_seed_story_timeline() -> None:
    docs = []
    for path in sorted(SEEDS.glob("*.txt")):
        # Only one seed states its date ("Pubblicato: 19/06/2024 11:50"); the others are inferred.
        published = "2024-06-19T11:50" if path.stem.startswith("002") else None
        text = path.read_text(encoding="utf-8")
        docs.append(TAGGER(Document(id=path.stem, source=str(path), text=text, published=published, language="it")))
    resolve_unanchored(docs, tagger=TAGGER)
    timeline = build_timeline(docs)
    by_value: dict[str, list[dict]] = {}
    for entry in timeline:
        check_sources(docs, entry["sources"])
        by_value.setdefault(entry["value"], []).append(entry)
    # The July 2000 visit, the September 2023 visit and the June 2024 visit, each with sources.
    assert any(s["text"] == "luglio del 2000" for e in by_value["2000-07"] for s in e["sources"])
    september = [s for e in by_value["2023-09"] for s in e["sources"]]
    assert len({s["article"] for s in september}) >= 2
    june = [s for v in ("2024-06-18", "2024-06-19") for e in by_value.get(v, []) for s in e["sources"]]
    assert len({s["article"] for s in june}) >= 3
    # One outlet has the visit begin on the 18th, another has Putin arrive on the 19th.
    values = {v["value"] for d in date_disagreements(docs) for v in d["variants"]}
    assert {"2024-06-18", "2024-06-19"} <= values
