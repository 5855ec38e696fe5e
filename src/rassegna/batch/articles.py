"""The per-article half of a batch: one input record in, one analysed article (or one
error) out, as plain picklable values so that a Spark executor can hand them back.

An analysed article is a :class:`Analysed`: the stored row of the document (everything
needed to rebuild it, texts included) and its :class:`Compact` — what the work across
articles needs, without the text: story features, MinHash bands, and the annotations
entity resolution and quote grouping read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..clean.duplicates import BANDS, MIN_SHINGLES, ROWS, shingles, signature
from ..errors import InputError, RassegnaError
from ..ingest.decode import DEFAULT_MAX_BYTES
from ..ingest.document import to_document
from ..ingest.sources import _record
from ..model import Article, Document, Mention, Quote
from ..pipeline import Pipeline
from ..store.records import annotations_from, document_from_row
from ..stories.features import Features, features

LEAD_CHARS = 121  # an untitled story is named after its first article's opening line, cut at 120


@dataclass
class Compact:
    """What the driver needs of one article to find copies, stories and entities."""

    id: str
    order: int
    source: str
    published: str | None
    language: str
    title: str | None
    outlet: str | None
    lead: str  # the first line of the text, enough for a story title
    features: Features
    bands: list[bytes] = field(default_factory=list)  # MinHash band keys; empty when too short to be a copy
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def stub(self) -> Document:
        """A text-less Document carrying the annotations, for the corpus stages that read only those."""
        return Document(id=self.id, source=self.source, text="", title=self.title, outlet=self.outlet,
                        published=self.published, language=self.language, mentions=self.mentions, quotes=self.quotes)


@dataclass
class Analysed:
    order: int
    row: tuple  # the store's row of the document (see rassegna.store.records.document_from_row)
    compact: Compact


@dataclass
class Failed:
    order: int
    source: str
    code: str
    message: str

    def to_row(self) -> dict[str, Any]:
        return {"source": self.source, "code": self.code, "message": self.message, "order": self.order}


def analyse_records(records: Iterable[tuple[int, str, str]], stages: list[str], *,
                    max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Analysed | Failed]:
    """Analyse ``(order, json line, where)`` records with the document stages of ``stages``,
    building the pipeline once (it loads the language models once per process)."""
    pipe = Pipeline.from_names(stages)
    pipe.corpus_stages = []
    for order, line, where in records:
        yield analyse_one(pipe, order, line, where, max_bytes=max_bytes)


def analyse_one(pipe: Pipeline, order: int, line: str, where: str, *, max_bytes: int) -> Analysed | Failed:
    item = _record(line, where)
    if isinstance(item, RassegnaError):
        return Failed(order, where, item.code, str(item))
    try:
        doc = pipe.run_doc(to_document(item, max_bytes=max_bytes))
        if not doc.text.strip():
            raise InputError(item.source, "nothing left after cleaning")
        return Analysed(order, to_row(doc), compact(doc, order))
    except RassegnaError as exc:
        return Failed(order, _source(item), exc.code, str(exc))
    except Exception as exc:  # noqa: BLE001 - a batch boundary: one bad article never sinks the batch
        return Failed(order, _source(item), RassegnaError.code, f"{_source(item)}: {type(exc).__name__}: {exc}")


def _source(article: Article) -> str:
    return article.source


def to_row(doc: Document) -> tuple:
    """The document as the store keeps it; ``doc.nlp`` (a spaCy Doc) is dropped, never pickled."""
    doc.nlp = None
    removed = [r.to_dict() for r in doc.removed]
    return (doc.id, doc.source, doc.url, doc.title, doc.outlet, doc.author, doc.published, doc.language, doc.text,
            removed, doc.copy_of, doc.story, annotations_from(doc), doc.meta)


def from_row(row: tuple) -> Document:
    return document_from_row(row)


def compact(doc: Document, order: int) -> Compact:
    hashes = shingles(doc.text)
    bands = []
    if len(hashes) >= MIN_SHINGLES:
        sig = signature(hashes)
        bands = [sig[b * ROWS:(b + 1) * ROWS].tobytes() for b in range(BANDS)]
    lead = doc.text.split("\n", 1)[0][:LEAD_CHARS]
    return Compact(doc.id, order, doc.source, doc.published, doc.language, doc.title, doc.outlet, lead,
                   features(doc), bands, list(doc.mentions), list(doc.quotes))


def record_line(record: dict[str, Any]) -> str:
    """A record read from a table (Parquet) as the JSON line ``rassegna analyze`` reads."""
    return json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False, default=str)
