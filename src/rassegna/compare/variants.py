"""Disagreements that are not numbers: name spellings, what a text is called, who said it,
and the status of an agreement, each with a span from every article that differs.

Name spellings ("Kim Jong Un" / "Kim Joung-un") are never contradictions. Calling one text
an "articolo", a "commento" or an "intervista" is a contradiction only when the terms are of
different kinds in ``compare.json`` (a written piece is not an interview). The same quote
group given different speakers is a contradiction. Status cues ("sta valutando",
"hanno firmato") are read next to agreement nouns and compared across articles.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import cache
from typing import Any

from ..model import Corpus, Document
from ..resources import load_json
from .sentences import Sentence, cosine, sentence_at

# Surfaces this alike (difflib ratio, after lowering) of one type are spellings of one name.
NAME_RATIO = 0.8
# Sentences naming the same text with different channel terms must be this alike.
CHANNEL_CONTEXT = 0.15
# Names shorter than this are not searched for in other spellings (initials, "Usa").
MIN_NAME_CHARS = 4
_SEP = re.compile(r"[\s\-‐]+")


def _norm(name: str) -> str:
    return _SEP.sub(" ", name.lower()).strip()


def _full_forms(spans: list[Any]) -> list[Any]:
    """The mentions with the most words: "Kim Jong-un" tells a spelling, "Kim" does not."""
    longest = max(len(_norm(s.text).split()) for s in spans)
    return [s for s in spans if len(_norm(s.text).split()) == longest]


def _name_dict(entity_name: str, spans: list[Any], canonical: str | None) -> dict[str, Any]:
    forms = list(dict.fromkeys(s.text for s in spans))
    out = {"about": entity_name, "kind": "name", "variants": [s.to_dict() for s in spans], "contradiction": False,
           "explanation": "spelling variants of one name: " + ", ".join(forms)}
    if canonical:
        out["reference"] = canonical
    return out


def name_disagreements(corpus: Corpus, docs: list[Document]) -> list[dict[str, Any]]:
    """Entities whose full name is spelled differently by different articles of the story;
    an entity named by one article only is reported when it differs from its known name."""
    ids = {d.id for d in docs}
    out = []
    for entity in corpus.entities:
        spans = [m for m in entity.mentions if m.article in ids]
        if not spans:
            continue
        spans += _unrecognised_spellings(spans, docs)
        full = _full_forms(spans)
        first: dict[str, Any] = {}
        for s in sorted(full, key=lambda s: (s.article, s.start)):
            first.setdefault(s.text.lower(), s)  # capitals alone do not make a spelling
        chosen = list(first.values())
        articles = {s.article for s in chosen}
        surnames = _surname_spellings(spans) if entity.type == "PER" else []
        if len(chosen) > 1 and len(articles) > 1:
            out.append(_name_dict(entity.name, chosen, None))
        elif surnames:
            out.append(_name_dict(entity.name, surnames, None))
        elif entity.wikidata or entity.type == "PER":
            odd = [s for s in chosen if _norm(s.text) != _norm(entity.name) and _spelling(s.text, entity.name)]
            if odd:
                out.append(_name_dict(entity.name, odd, entity.name))
    return out


def _surname_spellings(spans: list[Any]) -> list[Any]:
    """A person's last name spelled differently by different articles, also where one of them
    writes the surname alone ("Zelensky" in "Volodymyr Zelensky" / "Zelenskyj"): one mention
    per spelling, or [] when every article spells it alike."""
    first: dict[str, Any] = {}
    for s in sorted(spans, key=lambda s: (s.article, s.start)):
        words = _norm(s.text).split()
        if words and len(words[-1]) >= MIN_NAME_CHARS:
            first.setdefault(words[-1], s)
    chosen = list(first.values())
    spelled = [s for s in chosen if any(_spelling(_norm(s.text).split()[-1], _norm(o.text).split()[-1])
                                         for o in chosen if o is not s)]
    return spelled if len({s.article for s in spelled}) > 1 else []


def fold(text: str) -> str:
    """Lowercased, without diacritics: "Dodô" and "Dodò" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _unrecognised_spellings(spans: list[Any], docs: list[Document]) -> list[Any]:
    """Where another article writes the entity's name with other diacritics and the entity
    tagger did not see it ("Dodò" / "Dodô"): the names found in the text itself."""
    surfaces = {s.text for s in spans if len(s.text) >= MIN_NAME_CHARS and s.text[:1].isupper()}
    found = []
    for surface in surfaces:
        pattern = re.compile(r"\b" + r"\s+".join(rf"\w{{{len(w)}}}" for w in surface.split()) + r"\b")
        for doc in docs:
            for m in pattern.finditer(doc.text):
                if m.group() != surface and fold(m.group()) == fold(surface) and m.group()[:1].isupper():
                    found.append(doc.span(m.start(), m.end()))
    return found


def _spelling(a: str, b: str) -> bool:
    """Same number of words and close letters: a spelling, not a longer or shorter form."""
    na, nb = _norm(a), _norm(b)
    return len(na.split()) == len(nb.split()) and na != nb and SequenceMatcher(None, na, nb).ratio() >= NAME_RATIO


@cache
def _lexicon(lang: str) -> dict[str, Any]:
    return load_json(lang, "compare.json")


def _term_pattern(terms: list[str]) -> re.Pattern[str]:
    alt = "|".join(sorted(map(re.escape, terms), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


def _channel_mentions(doc: Document, sents: list[Sentence]) -> list[tuple[str, int, int, Sentence]]:
    terms = _lexicon(doc.language).get("channel_terms", {})
    if not terms:
        return []
    out = []
    for m in _term_pattern(list(terms)).finditer(doc.text):
        sent = sentence_at(sents, doc.id, m.start())
        if sent is not None:
            out.append((m.group().lower(), m.start(), m.end(), sent))
    return out


def channel_disagreements(docs: list[Document], sents: list[Sentence]) -> list[dict[str, Any]]:
    """One text called differently ("articolo" / "commento" / "intervista") by different articles:
    channel terms in alike sentences that share a named source (the same newspaper, agency...)."""
    found = [c for d in docs for c in _channel_mentions(d, sents)]
    out, used = [], set()
    for n, (term, start, end, sent) in enumerate(found):
        if n in used:
            continue
        group = [(term, start, end, sent)]
        for k in range(n + 1, len(found)):
            t2, _s2, _e2, sent2 = found[k]
            if k in used or any(sent2.doc.id == g[3].doc.id for g in group):
                continue
            if (sent.entities & sent2.entities) and cosine(sent, sent2) >= CHANNEL_CONTEXT:
                group.append(found[k])
                used.add(k)
        if len({g[0] for g in group}) > 1:
            out.append(_channel_dict(group))
    return out


def _channel_dict(group: list[tuple[str, int, int, Sentence]]) -> dict[str, Any]:
    kinds = _lexicon(group[0][3].doc.language).get("channel_terms", {})
    terms = list(dict.fromkeys(g[0] for g in group))
    classes = {kinds.get(t, t) for t in terms}
    return {"about": "the same text called " + " / ".join(terms), "kind": "attribution",
            "variants": [dict(g[3].doc.span(g[1], g[2]).to_dict(), sentence=g[3].span.to_dict()) for g in group],
            "contradiction": len(classes) > 1,
            "explanation": ("different kinds of text: " + ", ".join(sorted(classes))) if len(classes) > 1
            else "wording: different names for the same kind of text"}


def quote_attributions(docs: list[Document]) -> list[dict[str, Any]]:
    """The same statement (quote group) given different resolved speakers by different articles."""
    groups: dict[str, dict[str, Any]] = {}
    for doc in docs:
        for q in doc.quotes:
            if q.group and q.speaker:
                groups.setdefault(q.group, {}).setdefault(q.span.article, q)
    out = []
    for group_id, by_article in groups.items():
        quotes = list(by_article.values())
        speakers = {q.speaker for q in quotes}
        if len(speakers) > 1:
            names = ", ".join(dict.fromkeys(q.speaker_text or q.speaker for q in quotes))
            out.append({"about": f"who said it (quote group {group_id})", "kind": "attribution",
                        "variants": [dict(q.span.to_dict(), speaker=q.speaker_text) for q in quotes],
                        "contradiction": True, "explanation": "one statement, different speakers: " + names})
    return out
