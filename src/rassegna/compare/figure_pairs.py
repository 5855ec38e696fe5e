"""Figures and durations outlets give for the same thing: a contradiction, or only wording.

Two figures count the same thing when their units are the same word (by stem) or
synonyms listed in ``resources/<lang>/compare.json``, and their sentences are alike.
A qualifier ("oltre", "circa", "quasi") widens a value into a range; values whose ranges
meet, or large values equal at two significant digits, are consistent: "11.000 container"
and "oltre 11mila contenitori" differ in wording, "due dispersi" and "tre dispersi" do not.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..model import Document, Figure
from ..resources import load_json
from .sentences import STEM, Sentence, cosine, sentence_at, stopwords

# Sentences of two figures with the same value need only be loosely alike (the unit and the
# number already match); different values must sit in clearly parallel sentences, since
# "due giorni" and "tre giorni" are most often different things.
CONTEXT_SAME_VALUE = 0.08
CONTEXT_OTHER_VALUE = 0.3
# Two values equal when rounded to this many significant digits are a rounding, not a contradiction.
SIGNIFICANT = 2
# ... but only from this size: outlets round thousands ("11.000" for 11.200), not small counts
# they can give exactly ("140 sì" against "141 voti favorevoli" is a different count).
ROUNDED_FROM = 1000
UNIT_CHARS = 40
# A toll word this close after a figure's unit says what it counts ("seven people dead").
CUE_CHARS = 20
_WORD = re.compile(r"[^\W\d_][\w'’-]*|[$€£%]")
_DURATION = re.compile(r"^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$")
_DAYS = {"Y": 365.0, "M": 30.4, "W": 7.0, "D": 1.0}
_DAYS_T = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}  # after T: hours, minutes, seconds


@dataclass
class Item:
    """A figure (or a duration) with the span that shows it with its unit."""

    doc: Document
    start: int
    end: int
    value: float
    unit: str
    qualifier: str | None
    sentence: Sentence
    kind: str = "number"

    def span_dict(self) -> dict[str, Any]:
        return dict(self.doc.span(self.start, self.end).to_dict(), value=self.value, unit=self.unit)


@cache
def _lexicon(lang: str) -> dict[str, Any]:
    return load_json(lang, "compare.json")


def unit_key(unit: str, lang: str) -> str:
    """The unit's concept (``unit_synonyms`` in compare.json, shared across languages), else its stem."""
    u = unit.lower()
    for concept, words in _lexicon(lang).get("unit_synonyms", {}).items():
        if u in words or any(len(u) >= STEM and u[:STEM] == w[:STEM] for w in words if len(w) >= STEM):
            return concept
    return u[:STEM]


def _cue(doc: Document, start: int, end: int) -> str | None:
    """The toll concept a cue word names within ``text[start:end]`` ("died", "death toll")."""
    window = doc.text[start:end].lower()
    for concept, cues in _lexicon(doc.language).get("unit_cues", {}).items():
        if any(re.search(rf"\b{re.escape(c)}\b", window) for c in cues):
            return concept
    return None


def _concept(doc: Document, f: Figure, end: int, sent: Sentence) -> str | None:
    """What a figure counts: a toll named right after its unit ("seven people dead"), its unit's
    concept, or, when the unit word is a function word, a toll named in its sentence."""
    unit = (f.unit or "").lower()
    own = unit_key(unit, doc.language) if _real_unit(unit, doc.language) else None
    if own in _lexicon(doc.language).get("toll_units", ()):
        return own  # "una trentina di feriti e otto morti": the wounded, whatever follows
    after = _cue(doc, end, min(sent.end, end + CUE_CHARS))
    if after:
        return after
    if _real_unit(unit, doc.language):
        return unit_key(unit, doc.language)
    return _cue(doc, sent.start, sent.end)


def _real_unit(unit: str | None, lang: str) -> bool:
    """A counted thing, not a function word the tagger took for one ("16 on Monday")."""
    if not unit:
        return False
    return unit in "$€£¥" or (len(unit) > 2 and unit.lower() not in stopwords(lang))


def _unit_end(doc: Document, end: int, unit: str) -> int:
    """Where the unit word written after the number ends (the figure's end if not found)."""
    pos = doc.text.lower().find(unit.lower(), end, end + UNIT_CHARS)
    return pos + len(unit) if pos >= 0 else end


def _from_figure(doc: Document, f: Figure, sents: list[Sentence]) -> Item | None:
    sent = sentence_at(sents, doc.id, f.span.start)
    if sent is None:
        return None
    if f.unit == "%":  # a share: what it is a share of is in its sentence, compared by context
        return Item(doc, f.span.start, f.span.end, f.value, "%", f.qualifier, sent)
    end = min(_unit_end(doc, f.span.end, f.unit), sent.end) if f.unit and _real_unit(f.unit, doc.language) else f.span.end
    days = _time_unit(doc.language, f.unit)
    if days:  # "quattordici ore", "Trentasei ore": a length of time, like the tagger's durations
        return Item(doc, f.span.start, end, f.value * days, "P", f.qualifier, sent, kind="duration")
    concept = _concept(doc, f, end, sent)
    if concept is None:
        return None
    return Item(doc, f.span.start, end, f.value, concept, f.qualifier, sent)


def _time_unit(lang: str, unit: str | None) -> float | None:
    """Days in one ``unit`` when it is a unit of time ("ore" -> 1/24), else None."""
    return _lexicon(lang).get("time_units", {}).get((unit or "").lower())


def _small_numbers(doc: Document, sents: list[Sentence]) -> list[Item]:
    """Numbers in words below the figure tagger's floor ("due dispersi", "tre italiani"), when
    a countable noun follows (one listed in the resources, or a plural noun by the language
    pipeline)."""
    lex = _lexicon(doc.language)
    numbers, units = lex.get("small_numbers", {}), set(lex.get("small_number_units", []))
    if not numbers:
        return []
    alternatives = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
    pattern = re.compile(rf"\b({alternatives})\s+(?:(?:di|of)\s+)?([^\W\d_]+)", re.IGNORECASE)
    out = []
    for m in pattern.finditer(doc.text):
        sent = sentence_at(sents, doc.id, m.start())
        if sent is None or not (m.group(2).lower() in units or _noun_at(doc, m.start(2))):
            continue
        end = m.end()
        own = unit_key(m.group(2), doc.language)
        concept = own if own in lex.get("toll_units", ()) else \
            _cue(doc, end, min(sent.end, end + CUE_CHARS)) or own
        start, qualifier = _qualified(doc, m.start(), sent)
        value, days = float(numbers[m.group(1).lower()]), _time_unit(doc.language, m.group(2))
        if days:
            out.append(Item(doc, start, end, value * days, "P", qualifier, sent, kind="duration"))
        else:
            out.append(Item(doc, start, end, value, concept, qualifier, sent))
    return out


def _qualified(doc: Document, start: int, sent: Sentence) -> tuple[int, str | None]:
    """A qualifier right before a number in words ("almeno otto"): the item's start and it."""
    before = doc.text[sent.start:start].rstrip().lower()
    for qualifier in sorted(_lexicon(doc.language).get("qualifier_ranges", {}), key=len, reverse=True):
        if before.endswith(qualifier) and (len(before) == len(qualifier) or not before[-len(qualifier) - 1].isalnum()):
            return sent.start + len(before) - len(qualifier), qualifier
    return start, None


def _noun_at(doc: Document, start: int) -> bool:
    """Whether the language pipeline tagged the word at ``start`` a plural noun."""
    if doc.nlp is None:
        return False
    token = next((t for t in doc.nlp if t.idx == start), None)
    return token is not None and token.pos_ == "NOUN" and "Plur" in token.morph.get("Number")


def _durations(doc: Document, sents: list[Sentence]) -> list[Item]:
    out = []
    for t in doc.times:
        m = _DURATION.match(t.value) if t.kind == "duration" else None
        sent = sentence_at(sents, doc.id, t.span.start)
        if m and sent is not None and m.group(3) in (_DAYS_T if m.group(1) else _DAYS):
            days = float(m.group(2)) * (_DAYS_T if m.group(1) else _DAYS)[m.group(3)]
            out.append(Item(doc, t.span.start, t.span.end, days, "P", None, sent, kind="duration"))
    return out


def items(docs: list[Document], sents: list[Sentence]) -> list[Item]:
    """Every figure, small number and duration of the story's articles."""
    out: list[Item] = []
    for doc in docs:
        found = [_from_figure(doc, f, sents) for f in doc.figures]
        taken = [(i.start, i.end) for i in found if i]
        small = [i for i in _small_numbers(doc, sents) if not any(s < i.end and i.start < e for s, e in taken)]
        out += [i for i in found if i] + small + _durations(doc, sents)
    return out


def _range(item: Item) -> tuple[float, float]:
    lo, hi = _lexicon(item.doc.language).get("qualifier_ranges", {}).get(item.qualifier or "", [1.0, 1.0])
    return item.value * lo, item.value * hi


def _round(value: float) -> float:
    if value == 0:
        return 0.0
    digits = SIGNIFICANT - int(math.floor(math.log10(abs(value)))) - 1
    return round(value, digits)


def consistent(a: Item, b: Item) -> tuple[bool, str]:
    """Whether two values of the same thing can both be right, and why."""
    (alo, ahi), (blo, bhi) = _range(a), _range(b)
    if a.value == b.value:
        return True, f"rounding/wording: the same value ({a.value:g}), written differently"
    if alo <= bhi and blo <= ahi:
        return True, "rounding/wording: the qualified ranges overlap"
    if _round(a.value) == _round(b.value) and max(a.value, b.value) >= ROUNDED_FROM:
        return True, "rounding: equal to two significant digits"
    if a.kind == "duration" and abs(a.value - b.value) <= 0.15 * max(a.value, b.value):
        return True, "rounding: the same length of time in other units"
    if a.kind == "duration":
        return False, f"different lengths of time: {_wording(a)} vs {_wording(b)}"
    return False, f"different values: {a.value:g} vs {b.value:g}"


def same_thing(a: Item, b: Item) -> bool:
    if a.doc.id == b.doc.id or a.unit != b.unit or a.kind != b.kind:
        return False
    if a.unit in _lexicon(a.doc.language).get("toll_units", ()):
        return True  # one story has one toll of dead, injured, missing, evacuated
    need = CONTEXT_SAME_VALUE if consistent(a, b)[0] and a.unit != "%" else CONTEXT_OTHER_VALUE
    return cosine(a.sentence, b.sentence) >= need


def _wording(item: Item) -> str:
    return " ".join(item.doc.text[item.start:item.end].lower().split())


def _group_dict(group: list[Item]) -> dict[str, Any] | None:
    """One disagreement for a group of figures of one thing, or None when all say it alike."""
    if len({_wording(i) for i in group}) < 2:
        return None
    verdicts = [consistent(a, b) for n, a in enumerate(group) for b in group[n + 1:] if a.doc.id != b.doc.id]
    contradiction = any(not ok for ok, _ in verdicts)
    explanation = next((why for ok, why in verdicts if ok == (not contradiction)), "")
    about = " / ".join(dict.fromkeys(i.doc.text[i.start:i.end] for i in group))
    return {"about": about, "kind": group[0].kind, "variants": [i.span_dict() for i in group],
            "contradiction": contradiction, "explanation": explanation}


def figure_disagreements(docs: list[Document], sents: list[Sentence]) -> list[dict[str, Any]]:
    """Figures and durations of the same thing that different articles word or count differently."""
    found = items(docs, sents)
    groups: list[list[Item]] = []
    for item in found:
        home = next((g for g in groups if all(item.doc.id != o.doc.id for o in g)
                     and all(same_thing(item, o) for o in g)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    out = [_group_dict(g) for g in groups if len(g) > 1]
    return [d for d in out if d]
