"""Figures as Italian and English news write them (issue #8 needs them for disagreements)."""

import pytest

from rassegna.extract.numbers import FigureTagger
from rassegna.model import Document, Span, TimeExpr


def figures(text: str, lang: str = "it", times=()):
    doc = Document(id="a", source="x", text=text, language=lang)
    doc.times = [TimeExpr(Span("a", s, e, text[s:e]), "2024", "date") for s, e in times]
    return [(f.span.text, f.value, f.unit, f.qualifier) for f in FigureTagger()(doc).figures]


@pytest.mark.parametrize("text, expected", [
    ("Sono stati consegnati 11.000 container di armi.", [("11.000", 11000, "container", None)]),
    ("Oltre 11mila contenitori di munizioni.", [("Oltre 11mila", 11000, "contenitori", "oltre")]),
    ("Un danno di 1,5 milioni di euro.", [("1,5 milioni", 1_500_000, "euro", None)]),
    ("I prezzi sono saliti del 12,5 per cento.", [("12,5 per cento", 12.5, "%", None)]),
    ("Sono arrivati circa duecento sfollati.", [("circa duecento", 200, "sfollati", "circa")]),
])
def test_italian_figures(text, expected):
    assert figures(text) == expected


def test_english_figures():
    assert figures("About 1,200 people fled and the bill is $2.4bn.", "en") == [
        ("About 1,200", 1200, "people", "about"), ("2.4bn", 2_400_000_000, "$", None)]


def test_names_years_and_tagged_times_are_not_figures():
    text = "Il G7 e il Covid-19 nel 2024, poi il vertice del 12 marzo."
    start = text.index("12 marzo")
    assert figures(text, times=[(start, start + 8)]) == []


def test_spans_are_exact():
    doc = FigureTagger()(Document(id="a", source="x", text="Ha perso 3 milioni e 40 dipendenti.", language="it"))
    assert all(doc.text[f.span.start:f.span.end] == f.span.text for f in doc.figures) and len(doc.figures) == 2
