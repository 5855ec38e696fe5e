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

Features, in column order:

    LOC-B LOC-I  ORG-B ORG-I  PER-B PER-I   a token starts / continues a gazetteer match
    FIRST                                   a known first name
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
N_FEATURES = 2 * len(TYPES) + 1
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

    def __init__(self, phrases: dict[str, set[tuple[str, ...]]], first_names: set[str]):
        self.index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for t_i, t in enumerate(TYPES):
            for words in phrases.get(t, ()):
                if 0 < len(words) <= MAX_WORDS:
                    self.index.setdefault(words[0], []).append((t_i, words))
        for cands in self.index.values():
            cands.sort(key=lambda c: -len(c[1]))
        self.first_names = first_names

    def features(self, words: list[str]) -> numpy.ndarray:
        n = len(words)
        out = numpy.zeros((n, N_FEATURES), dtype="float32")
        keys = [_norm(w) for w in words]
        for i, k in enumerate(keys):
            if k in self.first_names:
                out[i, N_FEATURES - 1] = 1.0
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


@cache
def lexicon(lang: str) -> Lexicon:
    phrases: dict[str, set[tuple[str, ...]]] = {t: set() for t in TYPES}
    ent_dir = RESOURCES / lang / "entities"
    if ent_dir.exists():
        for p in sorted(ent_dir.glob("luoghi*.txt")):
            phrases["LOC"].update(_key_phrase(_words(x)) for x in read_list(p))
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
    return Lexicon(phrases, first)


def lexicon_features(lang: str) -> Model[list[Doc], list]:
    """A parameter-free layer: docs -> one (n_tokens, N_FEATURES) array per doc."""

    def forward(model: Model, docs: list[Doc], is_train: bool):
        lex = lexicon(model.attrs["lang"])
        ys = [model.ops.asarray2f(lex.features([t.text for t in doc])) for doc in docs]

        def backprop(dys):
            return []

        return ys, backprop

    return Model("lexicon_features", forward, attrs={"lang": lang}, dims={"nO": N_FEATURES})


@registry.architectures("rassegna.LexiconEmbed.v1")
def lexicon_embed(width: int, attrs: list[str], rows: list[int], lang: str = "it") -> Model[list[Doc], list]:
    """MultiHashEmbed(attrs, rows) concatenated with the lexicon features, mixed to ``width``."""
    hashed = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=False)
    mix = Maxout(nO=width, nI=width + N_FEATURES, nP=3, normalize=True, dropout=0.0)
    return chain(concatenate(hashed, lexicon_features(lang)), with_array(mix))
