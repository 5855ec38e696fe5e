"""Roles of people from the words around their names.

Before the name: "il presidente russo Vladimir Putin", "il portavoce del Dipartimento di
Stato Matthew Miller", "il ministro degli Esteri, Serghei Lavrov", "Russian President
Vladimir Putin". After it, as an apposition: "John Kirby, portavoce del Consiglio …, ha".
Role nouns are data (resources/<lang>/roles.json).
"""

from __future__ import annotations

from functools import cache

from ..resources import load_json

# Words a role phrase is made of (a noun phrase with prepositional modifiers).
PHRASE_POS = {"ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "NUM", "DET"}
PREMODIFIER_POS = {"ADJ", "NOUN", "PROPN"}
MAX_ROLE_TOKENS = 12  # longer stretches are clauses, not titles
APPOSITION_START = 2  # the role noun must come within this many tokens after the comma


@cache
def role_words(lang: str) -> tuple[frozenset[str], int]:
    words = [w.lower() for w in load_json(lang, "roles.json").get("roles", [])]
    return frozenset(words), max((len(w.split()) for w in words), default=1)


@cache
def honorifics(lang: str) -> frozenset[str]:
    """Abbreviated titles before a name ("sen.", "dott.", "Dr"), lower-cased."""
    return frozenset(w.lower() for w in load_json(lang, "roles.json").get("honorifics", []))


def _role_at(tokens, i: int, lang: str) -> int:
    """Length in tokens of a role noun starting at token ``i`` (0 when there is none)."""
    words, longest = role_words(lang)
    if tokens[i].pos_ not in ("NOUN", "PROPN"):
        return 0
    for n in range(min(longest, len(tokens) - i), 0, -1):
        span = tokens[i:i + n]
        if " ".join(t.lower_ for t in span) in words or (n == 1 and span[0].lemma_.lower() in words):
            return n
    return 0


def role_before(sent_tokens, start: int, lang: str) -> tuple[int, int] | None:
    """(first token, end token) of a role phrase right before the name at ``start``."""
    j = start - 1
    if j >= 0 and sent_tokens[j].text == ",":
        j -= 1
    if j >= 0 and sent_tokens[j].pos_ == "ADP":
        return None  # "su invito di Kim": the name is an object, not the titled one
    end = j + 1
    found = None
    while j >= 0 and start - j <= MAX_ROLE_TOKENS:
        tok = sent_tokens[j]
        if tok.pos_ not in PHRASE_POS or tok.ent_type_ == "PER" or tok.pos_ == "DET":
            break
        if _role_at(sent_tokens, j, lang):
            found = j
        j -= 1
    if found is None:
        return None
    while found > 0 and sent_tokens[found - 1].pos_ in PREMODIFIER_POS and sent_tokens[found - 1].ent_type_ != "PER":
        found -= 1
    return (found, end) if end > found else None


def role_after(sent_tokens, end: int, lang: str) -> tuple[int, int] | None:
    """(first token, end token) of an apposition ", portavoce del …" right after the name."""
    if end >= len(sent_tokens) or sent_tokens[end].text != ",":
        return None
    for i in range(end + 1, min(end + 1 + APPOSITION_START, len(sent_tokens))):
        if _role_at(sent_tokens, i, lang):
            k = i
            while k < len(sent_tokens) and k - i < MAX_ROLE_TOKENS and sent_tokens[k].pos_ in PHRASE_POS \
                    and sent_tokens[k].ent_type_ != "PER":
                k += 1
            return i, k
        if sent_tokens[i].pos_ != "DET":
            return None
    return None
