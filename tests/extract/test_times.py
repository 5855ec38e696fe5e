"""Issue #6: temporal expressions found, normalised (TIMEX3 style) and anchored."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rassegna.extract.times import TimeTagger, make_time_tagger, parse_published, resolve_unanchored
from rassegna.model import Document

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
TAGGER = TimeTagger()


def tag(text: str, published: str | None = "2024-06-19", language: str = "it", ident: str = "a") -> Document:
    doc = TAGGER(Document(id=ident, source=ident, text=text, published=published, language=language))
    check_spans(doc)
    return doc


def check_spans(doc: Document) -> None:
    for t in doc.times:
        assert doc.text[t.span.start:t.span.end] == t.span.text
        assert t.span.article == doc.id
        assert t.kind in {"date", "time", "duration", "set"}


def triples(doc: Document) -> list[tuple[str, str, str]]:
    return [(t.span.text, t.value, t.kind) for t in doc.times]


# Italian, published Wednesday 19 June 2024 unless the case says otherwise.
IT_CASES = [
    ("Putin oggi e domani in visita.", [("oggi", "2024-06-19", "date"), ("domani", "2024-06-20", "date")]),
    ("la prima negli ultimi 24 anni", [("ultimi 24 anni", "P24Y", "duration")]),
    ("nel conflitto in corso da 26 mesi", [("26 mesi", "P26M", "duration")]),
    ("una visita di due giorni", [("due giorni", "P2D", "duration")]),
    ("per ventiquattro ore", [("ventiquattro ore", "PT24H", "duration")]),
    ("dal 19 al 20 giugno", [("19", "2024-06-19", "date"), ("20 giugno", "2024-06-20", "date")]),
    (
        "mercoledì 19 e giovedì 20 giugno",
        [("mercoledì 19", "2024-06-19", "date"), ("giovedì 20 giugno", "2024-06-20", "date")],
    ),
    ("Martedì 18 giugno, il presidente", [("Martedì 18 giugno", "2024-06-18", "date")]),
    ("Kim era andato in Russia lo scorso settembre.", [("scorso settembre", "2023-09", "date")]),
    ("nel settembre del 2023", [("settembre del 2023", "2023-09", "date")]),
    ("è stato nel luglio del 2000", [("luglio del 2000", "2000-07", "date")]),
    ("da settembre dello scorso anno", [("settembre dello scorso anno", "2023-09", "date")]),
    ("A marzo, la Russia ha usato il veto.", [("marzo", "2024-03", "date")]),
    ("Si voterà a marzo.", [("marzo", "2025-03", "date")]),
    ("Il patto è stato firmato due anni fa.", [("due anni fa", "2022", "date")]),
    ("ha scritto qualche giorno fa", [("qualche giorno fa", "PAST_REF", "date")]),
    ("Ogni sabato.", [("Ogni sabato", "XXXX-WXX-6", "set")]),
    ("L'incontro è cominciato alle 11:50.", [("11:50", "2024-06-19T11:50", "time")]),
    ("Pubblicato: 19/06/2024 11:50", [("19/06/2024 11:50", "2024-06-19T11:50", "time")]),
    ("l'invasione nel 2022", [("2022", "2022", "date")]),
    ("il primo viaggio dal lontano 2000", [("2000", "2000", "date")]),
    (
        "gli accordi del 1961, 2000 e 2001",
        [("1961", "1961", "date"), ("2000", "2000", "date"), ("2001", "2001", "date")],
    ),
    ("guerra di Corea (1950-1953)", [("1950", "1950", "date"), ("1953", "1953", "date")]),
    ("le relazioni del secolo scorso", [("secolo scorso", "19", "date")]),
    ("negli anni '90", [("anni '90", "199", "date")]),
    ("stamattina", [("stamattina", "2024-06-19TMO", "time")]),
    ("stasera e stanotte", [("stasera", "2024-06-19TEV", "time"), ("stanotte", "2024-06-19TNI", "time")]),
    ("ha chiarito ieri sera il portavoce", [("ieri sera", "2024-06-18TEV", "time")]),
    ("la scorsa settimana il Pentagono", [("scorsa settimana", "2024-W24", "date")]),
    ("la settimana prossima", [("settimana prossima", "2024-W26", "date")]),
    ("l'anno scorso e quest'anno", [("anno scorso", "2023", "date"), ("quest'anno", "2024", "date")]),
    ("in questi giorni", [("in questi giorni", "PRESENT_REF", "date")]),
    ("sta ora violando le sanzioni", [("ora", "PRESENT_REF", "date")]),
    ("attualmente", [("attualmente", "PRESENT_REF", "date")]),
    ("li sosterrà in futuro", [("in futuro", "FUTURE_REF", "date")]),
    ("La delegazione si sposterà giovedì in Vietnam.", [("giovedì", "2024-06-20", "date")]),
    ("Lunedì il ministro ha parlato.", [("Lunedì", "2024-06-17", "date")]),
    ("A fine maggio Bruxelles ha imposto sanzioni.", [("fine maggio", "2024-05", "date")]),
    ("entro l'estate", [("estate", "2024-SU", "date")]),
    ("il museo è chiuso il lunedì", [("lunedì", "XXXX-WXX-1", "set")]),
    ("a Ferragosto", [("Ferragosto", "2024-08-15", "date")]),
    ("da oltre dieci anni", [("oltre dieci anni", "P10Y", "duration")]),
    ("circa tre anni fa", [("circa tre anni fa", "2021", "date")]),
    ("il prossimo 5 ottobre", [("prossimo 5 ottobre", "2024-10-05", "date")]),
    ("il 10 e l'11 ottobre", [("10", "2024-10-10", "date"), ("11 ottobre", "2024-10-11", "date")]),
    ("nel secondo trimestre", [("secondo trimestre", "2024-Q2", "date")]),
    ("da mesi e da decenni", [("mesi", "PXM", "duration"), ("decenni", "PXDE", "duration")]),
    ("in un'ora e mezz'ora", [("un'ora", "PT1H", "duration"), ("mezz'ora", "PT30M", "duration")]),
    ("il 25 aprile 1945", [("25 aprile 1945", "1945-04-25", "date")]),
    ("nella primavera del 2026", [("primavera del 2026", "2026-SP", "date")]),
]


@pytest.mark.parametrize(("text", "expected"), IT_CASES, ids=[c[0][:40] for c in IT_CASES])
def test_italian_constructions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(tag(text)) == expected


def test_range_spans_are_exact() -> None:
    text = "Successivamente, dal 19 al 20 giugno, Putin si recherà in Vietnam."
    doc = tag(text)
    assert [(t.span.start, t.span.end) for t in doc.times] == [(21, 23), (27, 36)]


def test_day_month_year_follows_tense_not_nearness() -> None:
    # Published in January: a past "20 giugno" is last June, a future one next June.
    past = tag("Il consiglio si era insediato il 20 giugno.", published="2024-01-10")
    future = tag("Il consiglio si insedierà il 20 giugno.", published="2024-01-10")
    assert past.times[0].value == "2023-06-20"
    assert future.times[0].value == "2024-06-20"


def test_weekday_day_takes_the_month_near_the_reference() -> None:
    doc = tag("Nel 2019 ci fu un vertice. Il prossimo si terrà lunedì 1 a Roma.", published="2024-06-28")
    assert doc.times[-1].value == "2024-07-01"


@pytest.mark.parametrize(
    "text",
    [
        "11.000 container di armi",
        "oltre 11mila contenitori",
        "Cori durante Romania-Ucraina a Euro 2024",
        "Il vertice del G7 e il Covid-19",
        "17 chilometri di confine",
        "all'ora di pranzo",
        "una tradizione portata avanti decennio dopo decennio",
        "Il dipartimento numero 2000 della regione",
    ],
)
def test_not_time_expressions(text: str) -> None:
    assert tag(text).times == []


ENGLISH_CASES = [
    ("Yesterday the minister spoke.", [("Yesterday", "2024-06-18", "date")]),
    ("today and tomorrow", [("today", "2024-06-19", "date"), ("tomorrow", "2024-06-20", "date")]),
    ("The talks ended on Tuesday.", [("Tuesday", "2024-06-18", "date")]),
    ("On Tuesday, June 18, he landed.", [("Tuesday, June 18", "2024-06-18", "date")]),
    ("on 18 June 2024", [("18 June 2024", "2024-06-18", "date")]),
    ("Kim visited Russia last September.", [("last September", "2023-09", "date")]),
    ("Putin went there in July 2000.", [("July 2000", "2000-07", "date")]),
    ("The deal was signed two years ago.", [("two years ago", "2022", "date")]),
    ("The war has gone on for 26 months.", [("26 months", "P26M", "duration")]),
    ("a two-day visit", [("two-day", "P2D", "duration")]),
    ("over the past 24 years", [("past 24 years", "P24Y", "duration")]),
    ("every Saturday", [("every Saturday", "XXXX-WXX-6", "set")]),
    ("It started at 11:50 a.m.", [("11:50 a.m.", "2024-06-19T11:50", "time")]),
    ("at 3 pm", [("3 pm", "2024-06-19T15:00", "time")]),
    ("He said it will resume in March.", [("March", "2025-03", "date")]),
    ("last week and next month", [("last week", "2024-W24", "date"), ("next month", "2024-07", "date")]),
    ("tonight", [("tonight", "2024-06-19TNI", "time")]),
    ("in the 1990s", [("1990s", "199", "date")]),
    ("since 2000", [("2000", "2000", "date")]),
    ("from June 19 to 20", [("June 19", "2024-06-19", "date"), ("20", "2024-06-20", "date")]),
    ("It is now clear.", [("now", "PRESENT_REF", "date")]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_CASES, ids=[c[0][:40] for c in ENGLISH_CASES])
def test_english_constructions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(tag(text, language="en")) == expected


@pytest.mark.parametrize("text", ["It may rain.", "The mayor of March spoke.", "Euro 2024 final", "the G7 summit"])
def test_english_not_time_expressions(text: str) -> None:
    assert tag(text, language="en").times == []


def test_other_languages_pass_unchanged() -> None:
    doc = tag("Heute und morgen", language="de")
    assert doc.times == []


def test_published_date_time_with_zone() -> None:
    assert parse_published("2024-06-19T11:50:00+02:00").isoformat() == "2024-06-19"
    assert parse_published("not a date") is None
    assert tag("oggi", published="2024-06-19T23:10:00+02:00").times[0].value == "2024-06-19"


def test_undated_without_clues_stays_underspecified() -> None:
    doc = tag("Oggi è arrivato martedì 18 giugno, lo scorso settembre.", published=None)
    assert triples(doc) == [
        ("Oggi", "XXXX-XX-XX", "date"),
        ("martedì 18 giugno", "XXXX-06-18", "date"),
        ("scorso settembre", "XXXX-09", "date"),
    ]
    assert not any(t.anchored for t in doc.times)
    assert doc.meta["time_reference"] == {"value": None, "source": "none"}


def test_undated_uses_a_full_date_in_its_text() -> None:
    doc = tag("La foto è del 19 giugno 2024. Ieri il presidente è arrivato.", published=None)
    assert triples(doc)[1] == ("Ieri", "2024-06-18", "date")
    assert doc.times[0].anchored  # stated in full
    assert not doc.times[1].anchored  # inferred
    assert doc.meta["time_reference"]["source"] == "text"


def test_resolve_unanchored_from_the_story() -> None:
    dated = Document(id="d", source="d", text="Oggi il vertice.", published="2024-06-19", language="it", story="s")
    undated = Document(id="u", source="u", text="Ieri è cominciata la visita.", language="it", story="s")
    other = Document(id="o", source="o", text="Ieri pioveva.", language="it", story="t")
    docs = [TAGGER(d) for d in (dated, undated, other)]
    resolve_unanchored(docs, tagger=TAGGER)
    assert triples(undated) == [("Ieri", "2024-06-18", "date")]
    assert undated.times[0].anchored is False
    assert undated.meta["time_reference"] == {"value": "2024-06-19", "source": "story"}
    assert dated.times[0].anchored is True
    assert other.times[0].value == "XXXX-XX-XX"  # another story, no date anywhere


def test_resolve_unanchored_respects_the_tense_of_named_days() -> None:
    # The article speaks of the 19th in the future, so it was written before it.
    dated = Document(id="d", source="d", text="Il vertice.", published="2024-06-19", language="it")
    undated = Document(
        id="u", source="u", text="Oggi a Pyongyang. Dal 19 al 20 giugno si recherà in Vietnam.", language="it"
    )
    docs = [TAGGER(d) for d in (dated, undated)]
    resolve_unanchored(docs, tagger=TAGGER)
    assert undated.times[0].value == "2024-06-18"


def test_stage_is_registered() -> None:
    from rassegna.pipeline import Pipeline

    pipe = Pipeline.from_names(["rassegna.times.v1"])
    doc = pipe.run_doc(Document(id="a", source="a", text="ieri", published="2024-06-19", language="it"))
    assert doc.times[0].value == "2024-06-18"
    assert isinstance(make_time_tagger(), TimeTagger)


def test_speed_well_under_thirty_ms_per_article() -> None:
    paragraph = (
        "Il presidente è arrivato martedì 18 giugno, dopo una visita di due giorni. "
        "Lo scorso settembre Kim era in Russia; nel luglio del 2000 il primo viaggio. "
        "Il conflitto è in corso da 26 mesi e il 60% dei 11.000 container è arrivato a marzo.\n"
    )
    text = paragraph * 12  # about 2,800 characters
    tag(text)  # warm up
    start = time.perf_counter()
    for _ in range(20):
        tag(text)
    assert (time.perf_counter() - start) / 20 < 0.030


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_seed_articles() -> None:
    docs = []
    for path in sorted(SEEDS.glob("*.txt")):
        published = "2024-06-19T11:50" if path.stem.startswith("002") else None
        doc = Document(id=path.stem, source=str(path), text=path.read_text(encoding="utf-8"), published=published,
                       language="it")
        docs.append(TAGGER(doc))
    resolve_unanchored(docs, tagger=TAGGER)
    for doc in docs:
        check_spans(doc)
    values = {(doc.id[:3], t.span.text): (t.value, t.anchored) for doc in docs for t in doc.times}
    assert values[("002", "Martedì 18 giugno")] == ("2024-06-18", True)
    assert values[("000", "luglio del 2000")] == ("2000-07", True)
    assert values[("000", "oggi")] == ("2024-06-18", False)
    assert values[("000", "ultimi 24 anni")] == ("P24Y", True)
    assert values[("004", "scorso settembre")] == ("2023-09", False)
    assert ("002", "Euro 2024") not in values and ("002", "2024") not in values
