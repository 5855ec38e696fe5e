"""Figures: numbers as written ("11.000 container", "oltre 11mila contenitori", "1,5 milioni di
euro", "about 1,200 people"), normalised to a value with the unit and qualifier beside them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Document, Figure
from ..pipeline import stage
from ..resources import load_json

UNIT_MAX_CHARS = 40  # the counted thing follows the number closely
_CURRENCY = "$€£¥"
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")


@dataclass(frozen=True)
class NumberGrammar:
    pattern: re.Pattern[str]
    multipliers: dict[str, float]
    words: dict[str, float]
    decimal: str
    thousands: str
    percent: tuple[str, ...]
    unit_skip: frozenset[str]
    approximate: dict[str, str]  # numeral in words -> the qualifier it implies ("una trentina": "circa")


@cache
def grammar(lang: str) -> NumberGrammar | None:
    data = load_json(lang, "numbers.json")
    if not data:
        return None
    alt = lambda items: "|".join(sorted((re.escape(x) for x in items), key=len, reverse=True))  # noqa: E731
    words = {w: v for w, v in {**data["words"], **composed(data)}.items() if v >= data.get("word_min_value", 0)}
    number = rf"\d+(?:[{re.escape(data['thousands'])}]\d{{3}})*(?:{re.escape(data['decimal'])}\d+)?"
    pattern = re.compile(
        rf"(?:(?P<qual>{alt(data['qualifiers'])})\s+)?"
        rf"(?:(?P<num>{number})(?:\s?(?P<mult>{alt(data['multipliers'])})\b)?|(?P<word>\b(?:{trie(words)})\b))"
        rf"(?:\s?(?P<pct>{alt(data['percent'])}))?", re.IGNORECASE)
    return NumberGrammar(pattern, {k.lower(): v for k, v in data["multipliers"].items()},
                         {k.lower(): v for k, v in words.items()}, data["decimal"], data["thousands"],
                         tuple(data["percent"]), frozenset(data.get("unit_skip", [])),
                         {w.lower(): q for w, q in (data.get("approximate") or {}).items()})


def trie(words) -> str:
    """One regular expression for many words, sharing their prefixes (two thousand numerals
    as a plain alternation would be tried one by one at every position of the text)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return emit(root)


def composed(data: dict) -> dict[str, int]:
    """Numerals made of parts: tens and units ("ottantasei", "twenty-one"), then hundreds
    ("duecentosettantuno", "centottanta"), then thousands ("dodicimila", "cinquantamila")."""
    spec = data.get("compose") or {}
    units, elide, joiner = spec.get("units", {}), set(spec.get("elide_before", [])), spec.get("joiner", "")
    below_100 = {**units, **{w: v for w, v in data.get("words", {}).items() if 10 <= v < 20 and " " not in w}}
    for ten, tv in spec.get("tens", {}).items():
        below_100[ten] = tv
        below_100.update({f"{ten[:-1] if unit in elide else ten}{joiner}{unit}": tv + uv for unit, uv in units.items()})
    out = dict(below_100)
    cut = spec.get("hundreds_elide_before")
    for hundred, hv in spec.get("hundreds", {}).items():
        out[hundred] = hv
        for word, v in below_100.items():
            head = hundred[:-1] if cut and word.startswith(cut) else hundred
            out[f"{head}{joiner}{word}"] = hv + v
    for suffix, mult in spec.get("thousands", {}).items():
        out.update({f"{word}{suffix}": v * mult for word, v in list(out.items())
                    if v >= spec.get("thousands_from", 2) and v * mult < 1_000_000})
    return {w: v for w, v in out.items() if w not in data.get("words", {})}


def parse(m: re.Match[str], g: NumberGrammar) -> float:
    if m["word"]:
        return g.words[m["word"].lower()]
    digits = m["num"].replace(g.thousands, "").replace(g.decimal, ".")
    return float(digits) * g.multipliers.get((m["mult"] or "").lower(), 1)


def _unit(text: str, end: int, g: NumberGrammar) -> str | None:
    words = re.findall(r"[^\W\d_][\w'’-]*", text[end:end + UNIT_MAX_CHARS])
    while words and words[0].lower() in g.unit_skip:
        words = words[1:]
    return words[0].lower() if words else None


class FigureTagger:
    name = "rassegna.figures.v1"

    def __call__(self, doc: Document) -> Document:
        g = grammar(doc.language)
        if g is None:
            return doc
        taken = [(t.span.start, t.span.end) for t in doc.times]
        figures = []
        for m in g.pattern.finditer(doc.text):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken) or (m["num"] and _YEAR.fullmatch(m["num"]) and not m["mult"]):
                continue
            if m["num"] and _inside_word(doc.text, start, end):
                continue
            currency = doc.text[start - 1] if start and doc.text[start - 1] in _CURRENCY else None
            unit = "%" if m["pct"] else currency or _unit(doc.text, end, g)
            qualifier = (m["qual"] or "").lower() or g.approximate.get((m["word"] or "").lower())
            figures.append(Figure(doc.span(start, end), parse(m, g), unit, qualifier))
        doc.figures = figures
        return doc


def _inside_word(text: str, start: int, end: int) -> bool:
    """Digits glued to letters ("G7", "Covid-19", "F-16") are names, not figures."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isalpha() or before == "-" or (after.isalpha() and after.islower() is False)


@stage("rassegna.figures.v1", needs=("text", "language", "times"), gives=("figures",))
def make_figure_tagger() -> FigureTagger:
    return FigureTagger()
