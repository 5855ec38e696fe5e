"""The same statement across outlets: one ``group`` for quotes that report it.

Outlets cut, truncate and re-word the same words ("sosterrà incrollabilmente" / "li sosterrà
incrollabilmente in futuro"; a direct quote in one article is reported speech in another).
Two quotes are the same statement when most content words of the shorter are in the
longer (containment, so a truncated quote matches its full version), on word stems so
inflection and small re-wordings still meet; agreeing speaker surnames lower the bar and
disagreeing ones raise it. Candidates come from an inverted index on the rarer stems, so
the work grows with the matches, not with the square of the quotes.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from ..model import Corpus, Document, Quote
from ..pipeline import stage

# Stems are prefixes of the words as written: long enough to tell words apart, short
# enough to join inflections ("sosterrà"/"sostenuto", "relazioni"/"relazione"). Lemmas are
# not used: the lemmatizer is not consistent enough across contexts for rare verb forms.
STEM = 5
# Words shorter than this carry little content in any language (articles, prepositions);
# the parse's stop-word flag is used instead when the article has a parse.
MIN_WORD = 4
# Containment of the shorter quote's stems in the longer one's, each stem weighted by its
# rarity (names of the story's protagonists are in every quote and weigh little): same
# statement above this.
CONTAIN = 0.6
CONTAIN_SAME_SPEAKER = 0.5
CONTAIN_OTHER_SPEAKER = 0.9
MIN_SHARED = 2
# A quote of at most this many stems ("“fermo sostegno”") matches only the same phrase, or a
# longer quote of the same named speaker: short phrases recur in unrelated statements.
SHORT = 2
# Only the rarest stems of a quote are looked up, and stems in more quotes than this share
# of the corpus (with a floor) are not indexed: they would make every quote a candidate.
LOOKUP_STEMS = 8
MAX_DF_SHARE = 0.3
MAX_DF_FLOOR = 25

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class _Item:
    key: int
    doc: Document
    quote: Quote
    stems: frozenset[str]
    surname: str | None
    scope: str


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _stems(doc: Document, quote: Quote) -> frozenset[str]:
    """The content-word stems of a quote: its non-stop words when parsed, else its long words."""
    words: list[str] = []
    if doc.nlp is not None:
        span = doc.nlp.char_span(quote.span.start, quote.span.end, alignment_mode="expand")
        if span is not None:
            words = [t.text for t in span if t.is_alpha and not t.is_stop and len(t.text) >= MIN_WORD]
    if not words:
        words = [w for w in _WORD.findall(quote.span.text) if len(w) >= MIN_WORD and not w.isdigit()]
    return frozenset(_fold(w)[:STEM] for w in words)


def _surname(quote: Quote) -> str | None:
    if not quote.speaker_text:
        return None
    caps = [w for w in _WORD.findall(quote.speaker_text) if w[:1].isupper()]
    return _fold(caps[-1]) if caps else None


def _items(corpus: Corpus) -> list[_Item]:
    items: list[_Item] = []
    for doc in corpus.documents:
        for n, quote in enumerate(doc.quotes, start=1):
            quote.id = f"{doc.id}-q{n}"
            stems = _stems(doc, quote)
            scope = doc.story or ""
            items.append(_Item(len(items), doc, quote, stems, _surname(quote), scope))
    return items


def _same(a: _Item, b: _Item, idf: dict[str, float]) -> bool:
    shared = a.stems & b.stems
    small = a.stems if len(a.stems) <= len(b.stems) else b.stems
    same_speaker = bool(a.surname and a.surname == b.surname)
    if not small or len(shared) < min(MIN_SHARED, len(small)):
        return False
    if len(small) <= SHORT:
        return a.stems == b.stems or (same_speaker and shared == small)
    need = CONTAIN
    if a.surname and b.surname:
        need = CONTAIN_SAME_SPEAKER if same_speaker else CONTAIN_OTHER_SPEAKER
    weight = sum(idf[s] for s in shared) / sum(idf[s] for s in small)
    return weight >= need


def _index(items: list[_Item]) -> dict[tuple[str, str], list[int]]:
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for item in items:
        for stem in item.stems:
            index[(item.scope, stem)].append(item.key)
    return index


def _candidates(items: list[_Item], index: dict[tuple[str, str], list[int]]):
    max_df = max(MAX_DF_FLOOR, int(MAX_DF_SHARE * len(items)))
    seen: set[tuple[int, int]] = set()
    for item in items:
        # The shorter quote of a pair finds the longer one through its own rare stems.
        rare = sorted(item.stems, key=lambda s: len(index[(item.scope, s)]))[:LOOKUP_STEMS]
        for stem in rare:
            posting = index[(item.scope, stem)]
            if len(posting) > max_df:
                continue
            for other in posting:
                pair = (min(item.key, other), max(item.key, other))
                if other != item.key and pair not in seen:
                    seen.add(pair)
                    yield items[pair[0]], items[pair[1]]


def _idf(index: dict[tuple[str, str], list[int]], scope: str, stem: str, total: int, own: int) -> float:
    """Rarity of a stem among the *other* quotes: the pair's own use of it is no evidence."""
    others = len(index.get((scope, stem), ())) - own
    return math.log(1 + total / (1 + others))


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


class QuoteGrouper:
    """Sets ``quote.id`` and ``quote.group`` for every quote of the corpus."""

    name = "rassegna.quote_groups.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        items = _items(corpus)
        index = _index(items)
        parent = list(range(len(items)))
        for a, b in _candidates(items, index):
            idf = {s: _idf(index, a.scope, s, len(items), (s in a.stems) + (s in b.stems)) for s in a.stems | b.stems}
            if a.doc.id != b.doc.id and _same(a, b, idf):
                parent[_find(parent, a.key)] = _find(parent, b.key)
        names: dict[int, str] = {}
        for item in items:
            root = _find(parent, item.key)
            names.setdefault(root, f"qg{len(names) + 1}")
            item.quote.group = names[root]
        return corpus


@stage("rassegna.quote_groups.v1", scope="corpus", needs=("quotes",), gives=("quote_groups",))
def make_quote_grouper() -> QuoteGrouper:
    return QuoteGrouper()
