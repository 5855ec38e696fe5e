"""Sentences of a story's articles, and how alike two of them are.

Corpus stages get documents from the store without a parse, so sentences come from a rule
splitter on ``doc.text`` (paragraphs, then final punctuation before a capital, an opening
mark or a digit, unless the word before the point is a known abbreviation). Two sentences
are compared by TF-IDF cosine over content-word stems, the entities they mention
(``mention.entity``) and the figures they give, so "Kim Jong Un" and "Kim Joung-un" or
"11.000" and "11mila" count as the same thing.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from ..extract.quote_marks import find_marks
from ..model import Document, Span
from ..resources import load_json, load_lines
from ..textspan import strip_span

# Content words are compared by their first letters, so "visita" meets "visitato".
STEM = 5
# Entities and figures say more about what a sentence reports than any one word does.
ENTITY_WEIGHT = 1.5
FIGURE_WEIGHT = 2.0
# Sentences sharing this many consecutive words report the same statement (quoted or copied);
# shorter runs are often just a title or a name ("il portavoce del Consiglio di sicurezza...").
RUN_WORDS = 8
# A sentence with at least this share of its characters inside quotation marks is a quote.
QUOTED_SHARE = 0.6

_END = re.compile(r"[.!?…]+[”\"»’)\]]*")
_OPENERS = "“\"«‘('"
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@cache
def stopwords(language: str) -> frozenset[str]:
    words = load_json(language, "compare.json").get("stopwords", [])
    words += load_json(language, "time.json").get("stopwords", [])
    return frozenset(w.lower() for w in words)


@cache
def abbreviations(language: str) -> frozenset[str]:
    return frozenset(a.lower() for a in load_lines(language, "abbreviations.txt"))


@dataclass
class Sentence:
    """One sentence of one article, with what similarity reads from it."""

    doc: Document
    index: int  # position among the article's sentences
    start: int
    end: int
    stems: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    figures: frozenset[float] = frozenset()
    quoted: bool = False
    heading: bool = False  # a line without final punctuation: a title or a subheading
    n_words: int = 0
    features: dict[str, float] = field(default_factory=dict)

    @property
    def span(self) -> Span:
        return self.doc.span(self.start, self.end)

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]

    @property
    def outlet(self) -> str:
        return outlet_of(self.doc)


def outlet_of(doc: Document) -> str:
    """The name a report shows for the article's outlet (its id when the outlet is unknown)."""
    return doc.outlet or doc.id


def _is_abbreviation(text: str, para_start: int, dot: int, language: str) -> bool:
    j = dot
    while j > para_start and not text[j - 1].isspace():
        j -= 1
    word = text[j:dot + 1].lower().lstrip(_OPENERS)
    if word in abbreviations(language):
        return True
    stem = word[:-1]
    return len(stem) == 1 and stem.isalpha()  # an initial: "J. Kirby"


def split(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) of every sentence of ``doc.text``, trimmed of white space."""
    text = doc.text
    out: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in _END.finditer(text, para.start(), para.end()):
            nxt = m.end()
            while nxt < para.end() and text[nxt].isspace():
                nxt += 1
            if nxt >= para.end():
                continue
            ch = text[nxt]
            glued = nxt == m.end()  # "Ucraina.”La Russia": only after a closing quote, before a capital
            if glued and not (m.group()[-1] in "”\"»’" and ch.isupper()):
                continue
            if not (ch.isupper() or ch.isdigit() or ch in _OPENERS):
                continue
            if m.group() == "." and _is_abbreviation(text, para.start(), m.start(), doc.language):
                continue
            out.append((start, m.end()))
            start = nxt
        out.append((start, para.end()))
    return [strip_span(text, s, e) for s, e in out if text[s:e].strip()]


def quoted_regions(doc: Document) -> list[tuple[int, int]]:
    """Where quotations are: the quote stage's spans, or the quotation marks when it did not run."""
    if doc.quotes:
        return [(q.span.start, q.span.end) for q in doc.quotes]
    return [(m.start, m.end) for m in find_marks(doc.text)]


def content_stems(text: str, language: str) -> list[str]:
    stop = stopwords(language)
    words = (w.strip("’'-") for w in _WORD.findall(text))
    keep = (w for w in words if len(w) >= 4 or (len(w) == 3 and w[0].isupper()))
    return [w.lower()[:STEM] for w in keep if w.lower() not in stop]


def _without_names(doc: Document, start: int, end: int) -> str:
    """The sentence with its resolved entity mentions blanked: names count once, as entities,
    whichever spelling an outlet used."""
    chars = list(doc.text[start:end])
    for m in doc.mentions:
        if m.entity and start <= m.span.start and m.span.end <= end:
            chars[m.span.start - start:m.span.end - start] = " " * (m.span.end - m.span.start)
    return "".join(chars)


def _inside(start: int, end: int, regions: list[tuple[int, int]]) -> int:
    return sum(max(0, min(end, e) - max(start, s)) for s, e in regions)


def sentences(doc: Document) -> list[Sentence]:
    """The article's sentences with their stems, entities, figures and quotedness."""
    regions = quoted_regions(doc)
    out = []
    for i, (start, end) in enumerate(split(doc)):
        text = _without_names(doc, start, end)
        ents = {m.entity or m.span.text.lower() for m in doc.mentions if start <= m.span.start and m.span.end <= end}
        figs = {f.value for f in doc.figures if start <= f.span.start and f.span.end <= end}
        quoted = _inside(start, end, regions) >= QUOTED_SHARE * (end - start)
        heading = doc.text[end - 1] not in ".!?…”\"»’)"
        out.append(Sentence(doc, i, start, end, frozenset(content_stems(text, doc.language)), frozenset(ents),
                            frozenset(figs), quoted, heading, len(text.split())))
    return out


def story_sentences(docs: Iterable[Document]) -> list[Sentence]:
    """Every sentence of the story's articles, weighted for similarity within the story."""
    sents = [s for doc in docs for s in sentences(doc)]
    df: dict[str, int] = defaultdict(int)
    for s in sents:
        for f in _raw_features(s):
            df[f] += 1
    n = len(sents) or 1
    for s in sents:
        weights = {f: w * math.log(1 + n / df[f]) for f, w in _raw_features(s).items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        s.features = {f: w / norm for f, w in weights.items()}
    return sents


def _raw_features(s: Sentence) -> dict[str, float]:
    feats = {f"w:{w}": 1.0 for w in s.stems}
    feats.update({f"e:{e}": ENTITY_WEIGHT for e in s.entities})
    feats.update({f"n:{v:g}": FIGURE_WEIGHT for v in s.figures})
    return feats


def cosine(a: Sentence, b: Sentence) -> float:
    small, big = (a.features, b.features) if len(a.features) < len(b.features) else (b.features, a.features)
    return sum(w * big.get(f, 0.0) for f, w in small.items())


def similar_pairs(sents: list[Sentence], threshold: float) -> list[tuple[float, int, int]]:
    """Pairs (cosine, i, j), i < j, of sentences of different articles at least ``threshold`` alike,
    most alike first; computed through an inverted index so large stories stay fast."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sents):
        for f in s.features:
            index[f].append(i)
    pairs = []
    for i, s in enumerate(sents):
        dots: dict[int, float] = defaultdict(float)
        for f, w in s.features.items():
            for j in index[f]:
                if j > i and sents[j].doc.id != s.doc.id:
                    dots[j] += w * sents[j].features[f]
        pairs.extend((d, i, j) for j, d in dots.items() if d >= threshold)
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def shared_run_pairs(sents: list[Sentence], n: int = RUN_WORDS) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, of sentences of different articles with ``n`` consecutive words in
    common: the same statement quoted or copied, however long the sentences around it."""
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, s in enumerate(sents):
        words = [w.lower() for w in re.findall(r"\w+", s.text)]
        for k in range(len(words) - n + 1):
            index[tuple(words[k:k + n])].add(i)
    pairs = set()
    for members in index.values():
        for i in members:
            pairs.update((i, j) for j in members if j > i and sents[j].doc.id != sents[i].doc.id)
    return pairs


def sentence_at(sents: list[Sentence], doc_id: str, pos: int) -> Sentence | None:
    """The sentence of article ``doc_id`` that holds character ``pos``."""
    for s in sents:
        if s.doc.id == doc_id and s.start <= pos < s.end:
            return s
    return None
