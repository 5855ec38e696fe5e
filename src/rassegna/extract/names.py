"""Name normalisation: the keys under which spellings of one name meet.

``key`` folds case, accents, hyphens and apostrophes ("Kim Jong-Un" = "kim jong un");
``skeleton`` also folds transliteration differences (resources/xx/names.json), so
"Kouleba" meets "Kuleba" and "Serghei" meets "Sergei".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..resources import load_json

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—'’`´.·_/]+")
_NON_WORD = re.compile(r"[^\w ]+")
_ARTICLES = re.compile(r"^(il|lo|la|l|i|gli|le|the|un|una|a|an)\s+", re.I)


# Latin letters that are not an accented letter plus a mark, so NFKD leaves them as they are
_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d"})


def strip_accents(text: str) -> str:
    """'Yılmaz' -> 'Yilmaz', 'Łódź' -> 'Lodz', 'Kovalčuk' -> 'Kovalcuk'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_LETTERS)) if not unicodedata.combining(c))


@cache
def key(name: str) -> str:
    """Lower case, no accents, words separated by single spaces, no leading article."""
    folded = _SEPARATORS.sub(" ", strip_accents(name).casefold())
    folded = _NON_WORD.sub("", folded).strip()
    return _ARTICLES.sub("", folded)


@cache
def _rules() -> tuple[tuple[tuple[str, str], ...], bool, frozenset[str]]:
    data = load_json("xx", "names.json")
    return (tuple(tuple(r) for r in data.get("rewrite", [])), bool(data.get("strip_doubles")),
            frozenset(data.get("function_words", [])))


def function_words() -> frozenset[str]:
    """The small words inside names ("di", "del", "van", "al"), from resources/xx/names.json."""
    return _rules()[2]


@cache
def token_skeleton(token: str) -> str:
    rewrite, strip_doubles, _ = _rules()
    out = token
    for old, new in rewrite:
        out = out.replace(old, new)
    if strip_doubles:
        out = re.sub(r"(.)\1+", r"\1", out)
    return out


def tokens(name: str) -> list[str]:
    """The content words of a name, as keys (function words such as 'di', 'the' dropped)."""
    function_words = _rules()[2]
    return [t for t in key(name).split() if t not in function_words]


def skeleton(name: str) -> str:
    return " ".join(token_skeleton(t) for t in tokens(name))


def acronym(name: str) -> str:
    """Initials of the content words: 'Organizzazione delle Nazioni Unite' -> 'onu'."""
    return "".join(t[0] for t in tokens(name) if t)


def is_acronym(surface: str) -> bool:
    letters = re.sub(r"[^\w]", "", surface)
    return 2 <= len(letters) <= 6 and (letters.isupper() or (letters[:1].isupper() and len(letters) <= 4
                                                            and not any(c in "aeiou" for c in letters[1:].lower())))


def close(a: str, b: str) -> bool:
    """Two token skeletons that differ by at most one edit, for tokens of 4+ letters."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    return _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]
