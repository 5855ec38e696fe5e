"""The per-language word lists the quotation extractor reads, loaded once per language.

Everything here comes from ``resources/<lang>/quotes.json`` and ``resources/<lang>/roles.json``;
this module only turns the lists into sets and compiled patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import load_json


@dataclass(frozen=True)
class Lexicon:
    lang: str
    speech: frozenset[str]
    forms: frozenset[str]
    partial: frozenset[str]
    directive: frozenset[str]
    impersonal: tuple[str, ...]
    according: tuple[str, ...]  # longest first
    according_initial: frozenset[str]
    according_relative: tuple[str, ...]
    complementizers: frozenset[str]
    anaphoric: frozenset[str]
    adverbs: frozenset[str]
    openers: tuple[re.Pattern[str], ...]
    infinitive_markers: frozenset[str]
    scare: tuple[str, ...]
    scare_before: re.Pattern[str] | None
    scare_after: re.Pattern[str] | None
    channel_nouns: tuple[str, ...]  # longest first
    channel_re: re.Pattern[str] | None
    channel_preps: frozenset[str]
    link_norm: dict[str, str]
    citations: tuple[re.Pattern[str], ...]
    agencies: frozenset[str]
    source_nouns: frozenset[str]
    pronouns: frozenset[str]
    skip: frozenset[str]
    connectors: frozenset[str]
    roles: frozenset[str]

    def is_cue(self, tok) -> bool:
        """A reporting verb (speech, partial or directive) by lemma or listed form; a bare
        participle ("il disastro annunciato", "raccontata da X", "citato dalla Tass") is not one."""
        if "Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children):
            return False
        lemma = _lemma(tok)
        low = tok.lower_
        return lemma in self.speech or lemma in self.partial or lemma in self.directive or low in self.forms

    def is_speech(self, tok) -> bool:
        """A verb of saying proper (it can introduce a clause or follow its quote)."""
        lemma = _lemma(tok)
        if lemma in self.speech:
            return True
        return tok.lower_ in self.forms and lemma not in self.partial and lemma not in self.directive

    def is_directive(self, tok) -> bool:
        return _lemma(tok) in self.directive

    def is_role(self, tok) -> bool:
        return tok.lower_ in self.roles or tok.lemma_.lower() in self.roles


def _lemma(tok) -> str:
    # Clitic-bearing forms get a two-word lemma ("dirlo" -> "dire lo"): the verb comes first.
    lemma = tok.lemma_.lower()
    return lemma.split(" ", 1)[0] if " " in lemma else lemma


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in words}, key=len, reverse=True))


def _alternation(words, template: str) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(template.format("|".join(re.escape(w) for w in _longest_first(words))))


def _channel_re(data: dict) -> re.Pattern[str] | None:
    """noun [link [up to 4 lower words] Name] — the channel and the outlet it names."""
    nouns = _longest_first(data.get("channel_nouns", []))
    if not nouns:
        return None
    links = "|".join(re.escape(x) for x in _longest_first(data.get("channel_links", [])))
    conn = "|".join(re.escape(x) for x in data.get("name_connectors", []))
    name = rf"[A-Z][\w’'-]*(?:\s+(?:(?:{conn})\s+)?[A-Z][\w’'-]*)*"
    noun = "|".join(re.escape(x) for x in nouns)
    return re.compile(
        rf"\b(?P<noun>{noun})\b(?:\s+(?:[a-zàèéìòù]+\s+){{0,3}}?(?P<link>{links})\s*"
        rf"(?:[a-zàèéìòù’']+\s+){{0,3}}?(?P<name>{name}))?"
    )


@cache
def lexicon(lang: str) -> Lexicon | None:
    """The lexicon for ``lang``, or None when rassegna has no quotation resources for it."""
    data = load_json(lang, "quotes.json")
    if not data:
        return None
    roles = load_json(lang, "roles.json").get("roles", [])
    low = lambda key: frozenset(w.lower() for w in data.get(key, []))  # noqa: E731
    return Lexicon(
        lang=lang,
        speech=low("speech_cues"),
        forms=low("cue_forms"),
        partial=low("partial_cues"),
        directive=low("directive_cues"),
        impersonal=_longest_first(data.get("impersonal_cues", [])),
        according=_longest_first(data.get("according_to", [])),
        according_initial=low("according_to_initial"),
        according_relative=_longest_first(data.get("according_relative", [])),
        complementizers=low("complementizers"),
        anaphoric=low("anaphoric_objects"),
        adverbs=low("attribution_adverbs"),
        openers=tuple(re.compile(p) for p in data.get("anaphoric_openers", [])),
        infinitive_markers=low("infinitive_markers"),
        scare=_longest_first(data.get("scare_cues", [])),
        scare_before=_alternation(data.get("scare_cues", []), r"\b(?:{})\b"),
        scare_after=_alternation(data.get("scare_cues", []), r"^\W*(?:\w+\s+){{0,2}}(?:{})\b"),
        channel_nouns=_longest_first(data.get("channel_nouns", [])),
        channel_re=_channel_re(data),
        channel_preps=low("channel_prepositions") | low("channel_determiners"),
        link_norm=dict(data.get("link_norm", {})),
        citations=tuple(re.compile(p) for p in data.get("citation_patterns", [])),
        agencies=low("agencies"),
        source_nouns=low("source_nouns"),
        pronouns=low("pronouns"),
        skip=low("skip_before_speaker"),
        connectors=low("name_connectors"),
        roles=frozenset(r.lower() for r in roles if " " not in r) | frozenset(r.split()[-1] for r in roles),
    )
