"""The objects that flow through rassegna.

An :class:`Article` is what came in (bytes or text plus what the user told us about it);
a :class:`Document` is the cleaned body with every annotation the stages add. Every
annotation is a :class:`Span` (or carries one), so ``doc.text[start:end]`` is its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A character span of one article's clean text: the evidence for any reported item."""

    article: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Article:
    """One input as it arrived: raw bytes (or decoded text) and the fields the user gave."""

    source: str
    raw: bytes
    kind: str = "text"  # "text" | "html"
    text: str | None = None  # decoded text, when the input came as text (a JSON record, stdin)
    given: dict[str, Any] = field(default_factory=dict)  # url, id, title, outlet, published, author, language


@dataclass
class Removal:
    """Something cleaning took out of the input, verbatim, and why."""

    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason}


@dataclass
class Mention:
    """An entity mention in one article; ``entity`` is filled by resolution."""

    span: Span
    label: str  # PER | ORG | LOC | MISC
    entity: str | None = None
    role: str | None = None  # title or description the text gives it ("presidente russo")
    kb: str | None = None  # knowledge-base id when the surface is a known name
    qualifier: str | None = None  # whose body, as the text says right after it ("iraniano", "bucarest")


@dataclass
class Quote:
    """A direct or reported statement with its speaker, cue and channel."""

    span: Span
    direct: bool
    speaker_text: str | None = None
    speaker_span: Span | None = None
    speaker: str | None = None  # entity id, filled by resolution
    cue: str | None = None
    channel: str | None = None
    group: str | None = None
    id: str = ""


@dataclass
class TimeExpr:
    """A temporal expression normalised to a TIMEX3-style value."""

    span: Span
    value: str
    kind: str  # date | time | duration | set
    anchored: bool = True  # False when resolved against an inferred, not stated, date


@dataclass
class Figure:
    """A number or quantity as written, with its normalised value, unit and qualifier."""

    span: Span
    value: float
    unit: str | None = None  # the counted thing as written after the number ("container", "%")
    qualifier: str | None = None  # "oltre", "circa", "about": the figure is approximate or a bound


@dataclass
class Document:
    """One article as the pipeline sees it: clean text, metadata and annotations."""

    id: str
    source: str
    text: str
    raw_text: str = ""
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str = "und"
    removed: list[Removal] = field(default_factory=list)
    copy_of: str | None = None
    story: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    # quoted words that are not quotations: scare quotes, epithets, titles of works (framing)
    scare_quotes: list[Span] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # provenance of inferred fields, etc.
    nlp: Any = None  # the spaCy Doc, when a language pipeline ran; never serialised

    def span(self, start: int, end: int) -> Span:
        """The evidence span ``text[start:end]`` of this article."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside article {self.id} of length {len(self.text)}")
        return Span(self.id, start, end, self.text[start:end])


@dataclass
class Entity:
    """One real-world entity seen across articles, with every mention and variant."""

    id: str
    name: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    wikidata: str | None = None


@dataclass
class Story:
    """One real-world event and the articles that report it."""

    id: str
    title: str
    articles: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # summary, timeline, claims, ... (later stages)


@dataclass
class Corpus:
    """Everything one run analyses: the documents, and what is computed across them."""

    documents: list[Document] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}
