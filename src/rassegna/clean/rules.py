"""Boilerplate rules loaded from the per-language resource files (``boilerplate.json``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import languages_with, load_json

# Language-neutral rules live in resources/xx; they run after the language's own.
NEUTRAL = "xx"


@dataclass(frozen=True)
class LineRule:
    reason: str
    pattern: re.Pattern[str]
    max_len: int
    box: bool


@dataclass(frozen=True)
class RuleSet:
    lines: tuple[LineRule, ...]
    inline_start: tuple[tuple[str, re.Pattern[str]], ...]
    inline_end: tuple[tuple[str, re.Pattern[str]], ...]
    credit_words: frozenset[str]
    caption_start: tuple[str, ...]

    def match_line(self, line: str) -> tuple[LineRule, re.Match[str]] | None:
        """The first rule whose pattern matches the whole trimmed ``line``."""
        for rule in self.lines:
            if len(line) <= rule.max_len:
                m = rule.pattern.fullmatch(line)
                if m:
                    return rule, m
        return None


@cache
def ruleset(languages: tuple[str, ...]) -> RuleSet:
    """The rules of ``languages`` (in order) followed by the language-neutral ones."""
    lines: list[LineRule] = []
    starts, ends, credits, caption_start = [], [], set(), []
    for lang in (*languages, NEUTRAL):
        data = load_json(lang, "boilerplate.json")
        for r in data.get("lines", []):
            flags = 0 if r.get("case") else re.IGNORECASE
            lines.append(LineRule(r["reason"], re.compile(r["pattern"], flags), r.get("max_len", 10_000),
                                  bool(r.get("box"))))
        starts += [(r["reason"], re.compile(r["pattern"])) for r in data.get("inline_start", [])]
        ends += [(r["reason"], re.compile(r["pattern"] + "$", re.IGNORECASE)) for r in data.get("inline_end", [])]
        credits.update(w.lower() for w in data.get("credit_words", []))
        caption_start += data.get("caption_start", [])
    return RuleSet(tuple(lines), tuple(starts), tuple(ends), frozenset(credits), tuple(caption_start))


def all_languages() -> tuple[str, ...]:
    """Every language that ships boilerplate rules, the neutral set excluded."""
    return tuple(lang for lang in languages_with("boilerplate.json") if lang != NEUTRAL)
