"""The units the quotation extractor reasons over: sentences that never break inside a quote.

spaCy's sentences may split a long quotation in two; here a *segment* runs from one
sentence-final mark outside any quote to the next (or to a paragraph end), so a quote and
its reporting clause always share a segment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .quote_lexicon import Lexicon
from .quote_marks import Mark

_FINAL = {".", "!", "?", "…", ";"}


@dataclass
class Segment:
    index: int
    start: int  # char offsets
    end: int
    tokens: list = field(default_factory=list)  # every spaCy token of the segment
    marks: list[Mark] = field(default_factory=list)
    paragraph: int = 0


@dataclass
class Context:
    """A document seen by the extractor: text, tokens, marks and the mark covering each token."""

    text: str
    nlp: Any  # the spaCy Doc
    lex: Lexicon
    marks: list[Mark]
    inside: list[int]  # token index -> mark index, or -1
    segments: list[Segment]
    ents: list = field(default_factory=list)  # doc.nlp.ents, computed once
    ent_at: dict = field(default_factory=dict)  # token index -> entity starting there

    def outside(self, tok) -> bool:
        return self.inside[tok.i] < 0

    def seg_outside(self, seg: Segment) -> list:
        return [t for t in seg.tokens if self.inside[t.i] < 0]


def _last(mark: Mark) -> int:
    # An unclosed quote ends at its paragraph break, which is not part of it.
    return mark.close if mark.closed else mark.close - 1


def _cover(marks: list[Mark], nlp_doc) -> list[int]:
    inside = [-1] * len(nlp_doc)
    k = 0
    for tok in nlp_doc:
        while k < len(marks) and _last(marks[k]) < tok.idx:
            k += 1
        if k < len(marks) and marks[k].open <= tok.idx <= _last(marks[k]):
            inside[tok.i] = k
    return inside


def _is_break(tok) -> bool:
    return tok.text in _FINAL or "\n" in tok.text or (tok.text.endswith(".") and tok.is_punct)


def build_context(text: str, nlp_doc: Any, lex: Lexicon, marks: list[Mark]) -> Context:
    inside = _cover(marks, nlp_doc)
    segments: list[Segment] = []
    current: list = []
    paragraph = 0
    for tok in nlp_doc:
        if "\n" in tok.text and not current:
            paragraph += tok.text.count("\n\n") or 1
            continue
        current.append(tok)
        if inside[tok.i] < 0 and _is_break(tok):
            segments.append(_segment(len(segments), current, marks, inside, paragraph))
            current = []
            if "\n" in tok.text:
                paragraph += 1
    if current:
        segments.append(_segment(len(segments), current, marks, inside, paragraph))
    ents = list(nlp_doc.ents)
    return Context(text, nlp_doc, lex, marks, inside, segments, ents, {e.start: e for e in ents})


def _segment(index: int, tokens: list, marks: list[Mark], inside: list[int], paragraph: int) -> Segment:
    seen = sorted({inside[t.i] for t in tokens if inside[t.i] >= 0})
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    return Segment(index, start, end, tokens, [marks[k] for k in seen], paragraph)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and trailing sentence punctuation from a content span."""
    while start < end and (text[start].isspace() or text[start] in ",:;–—-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,:;!?–—-"):
        end -= 1
    return start, end
