"""Lexicon features for the NER's token embedding: is this token part of a known name?

A CNN NER trained on a few hundred thousand words, without pretrained vectors, has never
seen most names it meets in the news.  Lists it can consult help it there: the places in
``resources/<lang>/entities/luoghi*.txt``, the first names in ``nomi_persona.txt`` and
the people, bodies, outlets and places of the bundled knowledge base (``kb.jsonl``).

``rassegna.LexiconEmbed.v1`` is spaCy's ``MultiHashEmbed`` with these features appended
(one 0/1 column each, for every token) and mixed in by a Maxout layer.  The lists are read
from the installed package when the model is built, so a pipeline trained with this
architecture loads offline like any other; the features follow the resource files (adding
a place to a list makes the NER more willing to call it a place).

Features, in column order (``rassegna.LexiconEmbed.v1``):

    LOC-B LOC-I  ORG-B ORG-I  PER-B PER-I   a token starts / continues a gazetteer match
    FIRST                                   a known first name

``rassegna.LexiconEmbed.v2`` adds two less reliable place lists as columns of their own, so
that the model learns how far to trust each: every other Italian comune
(``comuni_minori.txt``; many are also surnames) and the world's cities
(``xx/entities/citta_mondo.txt``, GeoNames):

    LOC-B LOC-I  ORG-B ORG-I  PER-B PER-I  TOWN-B TOWN-I  CITY-B CITY-I  FIRST
"""

from __future__ import annotations

import json
import re
from functools import cache

import numpy
from spacy.ml.models import MultiHashEmbed
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Maxout, Model, chain, concatenate, with_array

from .tokenizer import RESOURCES, read_list

TYPES = ("LOC", "ORG", "PER")
GROUPS = {1: TYPES, 2: (*TYPES, "TOWN", "CITY")}  # phrase lists (2 columns each) by version
N_FEATURES = 2 * len(TYPES) + 1  # version 1


def n_features(version: int) -> int:
    return 2 * len(GROUPS[version]) + 1
MAX_WORDS = 6
_SPLIT = re.compile(r"[’']|[^\W\d_]+|\d+|[^\w\s]", re.UNICODE)


def _words(name: str) -> tuple[str, ...]:
    """Tokens of a list entry, as the tokenizers split names (elisions, hyphens kept apart)."""
    out: list[str] = []
    for part in name.split():
        pieces = _SPLIT.findall(part)
        # keep an elided article with its apostrophe ("L'" "Aquila"), hyphenated names whole
        joined: list[str] = []
        for p in pieces:
            if p in "'’" and joined:
                joined[-1] += p
            else:
                joined.append(p)
        if "-" in part and all(c.isalpha() or c == "-" for c in part):
            joined = [part]
        out.extend(joined)
    return tuple(out)


class Lexicon:
    """Gazetteer phrases by type, indexed by first word, plus a set of first names."""

    def __init__(self, phrases: dict[str, set[tuple[str, ...]]], first_names: set[str], groups=TYPES):
        self.n = 2 * len(groups) + 1
        self.groups = groups
        self.index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for t_i, t in enumerate(groups):
            for words in phrases.get(t, ()):
                if 0 < len(words) <= MAX_WORDS:
                    self.index.setdefault(words[0], []).append((t_i, words))
        for cands in self.index.values():
            cands.sort(key=lambda c: -len(c[1]))
        self.first_names = first_names

    def matches(self, words: list[str], groups: set[str], min_words: int = 2):
        """(start, length) of the longest phrase of one of ``groups`` starting at each word."""
        keys = [_norm(w) for w in words]
        for i, k in enumerate(keys):
            for t_i, phrase in self.index.get(k, ()):  # longest first
                m = len(phrase)
                if m >= min_words and self.groups[t_i] in groups and tuple(keys[i:i + m]) == phrase:
                    yield i, m
                    break

    def features(self, words: list[str]) -> numpy.ndarray:
        n = len(words)
        out = numpy.zeros((n, self.n), dtype="float32")
        keys = [_norm(w) for w in words]
        for i, k in enumerate(keys):
            if k in self.first_names:
                out[i, self.n - 1] = 1.0
            for t_i, phrase in self.index.get(k, ()):
                m = len(phrase)
                if tuple(keys[i:i + m]) == phrase:
                    out[i, 2 * t_i] = 1.0
                    out[i + 1:i + m, 2 * t_i + 1] = 1.0
        return out


def _norm(word: str) -> str:
    """Case-folded key, but only for words written as names: 'Roma', 'ROMA' -> 'roma';
    a lower-case 'roma' or 'bari' gets no key of a name (returned with a marker)."""
    if word[:1].isupper() or (word[:1].isdigit() and len(word) > 1) or word in ("'", "’"):
        return word.lower().replace("’", "'")
    # function words inside names stay lower-case in text ("Repubblica di Corea")
    return "\x00" + word.lower().replace("’", "'")


def _key_phrase(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_norm(w) for w in words)


def _phrases(path) -> set[tuple[str, ...]]:
    return {_key_phrase(_words(x)) for x in read_list(path)} if path.exists() else set()


@cache
def lexicon(lang: str, version: int = 1) -> Lexicon:
    groups = GROUPS[version]
    phrases: dict[str, set[tuple[str, ...]]] = {t: set() for t in groups}
    ent_dir = RESOURCES / lang / "entities"
    if ent_dir.exists():
        for p in sorted(ent_dir.glob("luoghi*.txt")):
            phrases["LOC"].update(_phrases(p))
    if "TOWN" in phrases:
        phrases["TOWN"] = _phrases(ent_dir / "comuni_minori.txt")
        phrases["CITY"] = _phrases(RESOURCES / "xx" / "entities" / "citta_mondo.txt")
    kb = RESOURCES / "kb.jsonl"  # read directly: rassegna.kb imports the extract stages
    for line in kb.read_text(encoding="utf-8").splitlines() if kb.exists() else ():
        entry = json.loads(line) if line.strip() else {}
        if entry.get("type") not in phrases:
            continue
        for surface in {*entry.get("name", {}).values(), *entry.get("aliases", [])}:
            words = _words(surface)
            if words and words[0][:1].isupper():
                phrases[entry["type"]].add(_key_phrase(words))
    first: set[str] = set()
    names = ent_dir / "nomi_persona.txt"
    if names.exists():
        first = {_norm(x) for x in read_list(names)}
    return Lexicon(phrases, first, groups)


def lexicon_features(lang: str, version: int = 1) -> Model[list[Doc], list]:
    """A parameter-free layer: docs -> one (n_tokens, n_features(version)) array per doc."""

    def forward(model: Model, docs: list[Doc], is_train: bool):
        lex = lexicon(model.attrs["lang"], model.attrs["version"])
        ys = [model.ops.asarray2f(lex.features([t.text for t in doc])) for doc in docs]

        def backprop(dys):
            return []

        return ys, backprop

    return Model("lexicon_features", forward, attrs={"lang": lang, "version": version},
                 dims={"nO": n_features(version)})


@registry.architectures("rassegna.LexiconEmbed.v1")
def lexicon_embed(width: int, attrs: list[str], rows: list[int], lang: str = "it") -> Model[list[Doc], list]:
    """MultiHashEmbed(attrs, rows) concatenated with the lexicon features, mixed to ``width``."""
    return _embed(width, attrs, rows, lang, 1)


@registry.architectures("rassegna.LexiconEmbed.v2")
def lexicon_embed_v2(width: int, attrs: list[str], rows: list[int], lang: str = "it") -> Model[list[Doc], list]:
    """As v1, with the smaller Italian towns and the world's cities as columns of their own."""
    return _embed(width, attrs, rows, lang, 2)


def _embed(width: int, attrs: list[str], rows: list[int], lang: str, version: int) -> Model[list[Doc], list]:
    hashed = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=False)
    mix = Maxout(nO=width, nI=width + n_features(version), nP=3, normalize=True, dropout=0.0)
    return chain(concatenate(hashed, lexicon_features(lang, version)), with_array(mix))
