"""Ingestion for the web app: uploads, pasted text, API records and URLs become Articles named
as the user gave them (``upload:NAME``, ``paste``, ``api#N``, the URL), then the same analysis
as ``rassegna analyze``: raw input kept, document stages, corpus stages, new articles placed in stories."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath

from ..analyze import refresh

try:  # incremental placement of new articles (issue #7), where this version of the library has it
    from ..analyze import place_in_store
except ImportError:  # pragma: no cover - older library: regroup the whole store
    place_in_store = None
from ..errors import InputError, RassegnaError
from ..ingest import IngestOptions, collect, to_document
from ..ingest.sources import from_bytes
from ..model import Article, Corpus
from ..pipeline import DEFAULT_STAGES, Pipeline
from ..store import Store


@dataclass
class Payload:
    """One thing to ingest: bytes with a name and suffix, or a URL."""

    name: str
    raw: bytes = b""
    suffix: str = ""
    url: str | None = None


@dataclass
class Outcome:
    articles: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    errors: list[RassegnaError] = field(default_factory=list)


def records_payload(records: list[dict], name: str = "api") -> Payload:
    """API records as one JSON-lines payload (the format of ``rassegna analyze``)."""
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    return Payload(name, lines.encode("utf-8"), ".jsonl")


def upload_payload(filename: str, raw: bytes) -> Payload:
    name = PurePath(filename or "upload").name or "upload"
    return Payload(f"upload:{name}", raw, PurePath(name).suffix.lower())


def items(payloads: Iterable[Payload], options: IngestOptions) -> Iterator[Article | InputError]:
    for payload in payloads:
        if payload.url is not None:
            yield from collect([payload.url], options=options)
            continue
        try:
            yield from from_bytes(payload.raw, payload.name, options=options, suffix=payload.suffix)
        except InputError as exc:
            yield exc


class Ingester:
    """Runs the analysis into one store; built once, as the language pipelines are slow to load."""

    def __init__(self, store: Store, options: IngestOptions) -> None:
        self.store = store
        self.options = options
        self.pipe = Pipeline.from_names(DEFAULT_STAGES)

    def run(self, payloads: list[Payload], on_item: Callable[[str], None] = lambda _n: None) -> Outcome:
        outcome = Outcome()
        corpus, inputs_of = Corpus(), {}
        for item in items(payloads, self.options):
            on_item(getattr(item, "source", None) or getattr(item, "subject", ""))
            if isinstance(item, InputError):
                outcome.errors.append(item)
                continue
            input_id = self.store.save_input(item)  # raw input first: never lost
            doc = self._analyse(item, outcome)
            if doc is not None and doc.id not in inputs_of:
                inputs_of[doc.id] = input_id
                corpus.documents.append(doc)
        corpus = self.pipe.run_corpus(corpus)
        for doc in corpus.documents:
            outcome.articles.append(self.store.save_document(doc, input_id=inputs_of.get(doc.id)))
        if corpus.documents:
            self._place(outcome.articles)
        stories = [self.store.article(a).story for a in outcome.articles]
        outcome.stories = list(dict.fromkeys(s for s in stories if s))
        return outcome

    def _place(self, ids: list[str]) -> None:
        """New articles into the stored stories, as ``rassegna analyze`` files them."""
        if place_in_store is not None:
            place_in_store(self.store, ids, pipe=self.pipe)
        else:
            refresh(self.store, pipe=self.pipe)

    def _analyse(self, article: Article, outcome: Outcome):
        try:
            doc = self.pipe.run_doc(to_document(article, max_bytes=self.options.max_bytes))
        except RassegnaError as exc:
            outcome.errors.append(exc)
            return None
        if not doc.text.strip():
            outcome.errors.append(InputError(article.source, "nothing left after cleaning"))
            return None
        return doc
