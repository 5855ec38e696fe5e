"""The time tagger's grammar: per-language word lists and patterns, compiled once.

Everything language-specific comes from ``resources/<lang>/time.json``; this module only
expands the ``{PLACEHOLDERS}`` of its patterns into alternations of the listed words,
finds the candidate expressions in a text and keeps the longest of overlapping ones.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

# Years we accept as bare four-digit numbers: earlier or later numbers are rarely years in news.
YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
DIGITS = r"\d+(?:[.,]\d+)?"
# Sentence boundaries for tense cues: a stop followed by space, or a line break.
_SENTENCE_END = re.compile(r"[.!?;]+[\s”\"»)]+|\n+")

_WORD_LISTS = {
    "MONTH": "months",
    "WEEKDAY": "weekdays",
    "SEASON": "seasons",
    "UNIT": "units",
    "CAL_UNIT": "calendar_units",
    "DEICTIC": "deictic",
    "DAYPART": "dayparts",
    "FUSED": "fused",
    "REL": "rel",
    "REL_AFTER": "rel_after",
    "DIRECTION": "direction",
    "PART": "parts",
    "VAGUE": "vague",
    "VAGUE_UNIT": "vague_plural_units",
    "BARE_UNIT": "bare_plural_units",
    "FIXED": "fixed",
    "DECADE": "decades",
    "MOD": "modifiers",
    "QUARTER": "quarters",
    "HOLIDAY": "holidays",
    "WEEKDAY_PL": "weekdays_plural",
}
_CASE_SENSITIVE = {"MONTH", "WEEKDAY", "WEEKDAY_PL"}
# Every expression holds a digit or a word of one of these classes; a rule runs only near
# the classes it names in its ``needs`` (a month rule near month names, ...).
_TRIGGERS = {
    "MONTH": ("MONTH",),
    "WEEKDAY": ("WEEKDAY", "WEEKDAY_PL"),
    "SEASON": ("SEASON",),
    "UNIT": ("UNIT", "CAL_UNIT", "BARE_UNIT"),
    "DEICTIC": ("DEICTIC", "DAYPART", "FUSED"),
    "FIXED": ("FIXED",),
    "HOLIDAY": ("HOLIDAY",),
    "QUARTER": ("QUARTER",),
}
# Characters around a trigger searched by the rules: longer than any expression's reach.
WINDOW = 80
# Extra text the rules may look ahead into past a window (for their lookahead guards).
LOOKAHEAD = 60


def norm(word: str) -> str:
    """The lookup key of a word as written: lower case, straight apostrophe, single spaces."""
    return " ".join(word.lower().replace("’", "'").split())


def load_resource(language: str) -> dict[str, Any] | None:
    """The ``time.json`` resource of ``language``, or None when there is none."""
    try:
        ref = resources.files("rassegna.resources").joinpath(language).joinpath("time.json")
        text = ref.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        return None
    data: dict[str, Any] = json.loads(text)
    return data


def _trie_regex(words: list[str]) -> str:
    """An alternation of ``words`` as a prefix tree, so the engine rejects a position at its
    first letter instead of trying every word (the numerals alone are two hundred)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [_piece(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return render(trie)


def _piece(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _alternation(words: Any, *, case_sensitive: bool) -> str:
    items = [w for w in (words or []) if w]
    body = _trie_regex(items) if items else "(?!)"
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


@dataclass
class Rule:
    name: str
    handler: str
    regex: re.Pattern[str]
    priority: int
    needs: tuple[str, ...] = ()


@dataclass
class Candidate:
    """One matched expression before resolution: its extent and the match that found it."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]


@dataclass
class Grammar:
    """A language's compiled patterns and lookup tables."""

    language: str
    data: dict[str, Any]
    rules: list[Rule] = field(default_factory=list)
    item: re.Pattern[str] | None = None
    year_re: re.Pattern[str] = field(default_factory=lambda: re.compile(YEAR))
    cues: re.Pattern[str] | None = None
    datetime_gap: re.Pattern[str] | None = None
    lookup: dict[str, dict[str, Any]] = field(default_factory=dict)
    trigger: re.Pattern[str] | None = None
    classes: dict[str, list[str]] = field(default_factory=dict)  # trigger word -> its classes, filled as met

    def table(self, name: str) -> dict[str, Any]:
        return self.lookup[name]

    def value(self, name: str, word: str | None) -> Any:
        """The listed value of ``word`` in table ``name`` (None if absent or not given)."""
        if word is None:
            return None
        return self.lookup[name].get(norm(word))


def _expand(pattern: str, subs: dict[str, str]) -> str:
    # Placeholders may refer to others (ITEM uses WEEKDAY, DAY), so expand until stable.
    for _ in range(4):
        new = pattern
        for key, alt in subs.items():
            new = new.replace("{" + key + "}", alt)
        if new == pattern:
            break
        pattern = new
    return pattern


def _substitutions(data: dict[str, Any]) -> dict[str, str]:
    case = bool(data.get("case_sensitive_names"))
    subs = dict(data.get("placeholders", {}))
    for key, table in _WORD_LISTS.items():
        subs[key] = _alternation(data.get(table) or [], case_sensitive=case and key in _CASE_SENSITIVE)
    numerals = _alternation(data.get("numerals") or [], case_sensitive=False)
    subs["NUM"] = f"(?:{DIGITS}|{numerals})"
    subs["YEAR"] = YEAR
    return subs


def _lookups(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for table in list(_WORD_LISTS.values()) + ["numerals", "prep_tense", "articles"]:
        raw = data.get(table) or {}
        if isinstance(raw, list):
            raw = {w: True for w in raw}
        out[table] = {norm(k): v for k, v in raw.items()}
    return out


@lru_cache(maxsize=8)
def grammar_for(language: str) -> Grammar | None:
    """The compiled grammar of ``language`` (cached), or None if the language has no resource."""
    data = load_resource(language)
    if data is None:
        return None
    subs = _substitutions(data)
    flags = re.IGNORECASE
    grammar = Grammar(language, data, lookup=_lookups(data))
    for i, spec in enumerate(data["patterns"]):
        regex = re.compile(_expand(spec["re"], subs), flags)
        grammar.rules.append(Rule(spec["name"], spec["handler"], regex, i, tuple(spec["needs"])))
    grammar.item = re.compile(_expand(data["item"], subs), flags)
    grammar.datetime_gap = re.compile(data["datetime_gap"] + r"$", flags)
    words = [w for lists in _TRIGGERS.values() for k in lists for w in (data.get(_WORD_LISTS[k]) or [])]
    grammar.trigger = re.compile(rf"(?P<DIGIT>\d+)|(?<!\w)(?P<WORD>{_trie_regex(words)})(?!\w)", flags)
    cues = [f"(?P<past{i}>{p})" for i, p in enumerate(data["tense"]["past"])]
    cues += [f"(?P<future{i}>{p})" for i, p in enumerate(data["tense"]["future"])]
    grammar.cues = re.compile("|".join(cues), flags)
    return grammar


def _windows(grammar: Grammar, text: str) -> dict[str, list[tuple[int, int]]]:
    """Per trigger class, the merged stretches of text within reach of one of its words."""
    out: dict[str, list[tuple[int, int]]] = {}
    assert grammar.trigger is not None
    for m in grammar.trigger.finditer(text):
        start, end = max(0, m.start() - WINDOW), min(len(text), m.end() + WINDOW)
        for name in _classes_of(grammar, m):
            spans = out.setdefault(name, [])
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
    return out


def _classes_of(grammar: Grammar, m: re.Match[str]) -> list[str]:
    """Every trigger class of a matched word ("ora" is a unit and a fixed expression)."""
    if m.lastgroup == "DIGIT":
        return ["DIGIT"]
    word = norm(m.group())
    found = grammar.classes.get(word)
    if found is None:
        found = [name for name, lists in _TRIGGERS.items() if any(word in grammar.lookup[_WORD_LISTS[k]] for k in lists)]
        grammar.classes[word] = found
    return found


def _rule_windows(windows: dict[str, list[tuple[int, int]]], needs: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = sorted(s for name in needs for s in windows.get(name, ()))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def find_candidates(grammar: Grammar, text: str) -> list[Candidate]:
    """Every rule's matches, keeping the longest (then earliest-listed rule) where they overlap."""
    found: list[Candidate] = []
    windows = _windows(grammar, text)
    for rule in grammar.rules:
        has_x = "x" in rule.regex.groupindex
        for w_start, w_end in _rule_windows(windows, rule.needs):
            for m in rule.regex.finditer(text, w_start, min(len(text), w_end + LOOKAHEAD)):
                if m.start() >= w_end:
                    break
                start, end = m.span("x") if has_x else m.span()
                if end > start:
                    found.append(Candidate(start, end, rule, m))
    found.sort(key=lambda c: (-(c.end - c.start), c.rule.priority, c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(text))
    for cand in found:
        if 1 in occupied[cand.start:cand.end]:
            continue
        taken.append(cand)
        occupied[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
    taken.sort(key=lambda c: c.start)
    return taken


class TenseCues:
    """Past and future cues of a text's sentences, found sentence by sentence on demand,
    for expressions whose value depends on tense (bare months, weekdays, days)."""

    def __init__(self, grammar: Grammar, text: str) -> None:
        self.grammar = grammar
        self.text = text
        self.bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
        self._cache: dict[int, list[tuple[int, int, int]]] = {}

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.bounds, pos)
        start = self.bounds[i - 1] if i else 0
        end = self.bounds[i] if i < len(self.bounds) else len(self.text)
        return start, end

    def _cues(self, start: int, end: int) -> list[tuple[int, int, int]]:
        if start not in self._cache:
            assert self.grammar.cues is not None
            self._cache[start] = [
                (m.start(), m.end(), -1 if (m.lastgroup or "").startswith("past") else 1)
                for m in self.grammar.cues.finditer(self.text, start, end)
            ]
        return self._cache[start]

    def tense(self, start: int, end: int) -> int:
        """-1 past, +1 future, 0 unknown: the cue nearest the expression in its sentence."""
        best, best_dist = 0, 10**9
        for pos, cue_end, sign in self._cues(*self.sentence(start)):
            if start <= pos < end:
                continue
            dist = start - cue_end if pos < start else pos - end
            if dist < best_dist:
                best, best_dist = sign, dist
        return best
