"""Ordered stages and the registry that names them.

A *document stage* is a callable ``(doc: Document) -> Document``; a *corpus stage* is a
callable ``(corpus: Corpus) -> Corpus`` for work across articles (near-duplicates, entity
resolution, stories, comparison). Each is built by a factory registered under a versioned
name (``rassegna.quotes.v1``) and declares the fields it ``needs`` and ``gives``, so a
pipeline can be checked before it runs and a config can swap one implementation for another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from .errors import RassegnaError, UnknownStage, UsageError
from .model import Corpus, Document


class DocStage(Protocol):
    name: str
    needs: tuple[str, ...]
    gives: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class CorpusStage(Protocol):
    name: str
    needs: tuple[str, ...]
    gives: tuple[str, ...]

    def __call__(self, corpus: Corpus) -> Corpus: ...


@dataclass
class StageInfo:
    name: str
    factory: Callable[..., Any]
    scope: str  # "doc" | "corpus"
    needs: tuple[str, ...]
    gives: tuple[str, ...]


_REGISTRY: dict[str, StageInfo] = {}


def stage(name: str, *, scope: str = "doc", needs: Iterable[str] = (), gives: Iterable[str] = ()):
    """Register a stage factory under ``name``; the factory builds the callable stage."""

    def register(factory: Callable[..., Any]) -> Callable[..., Any]:
        _REGISTRY[name] = StageInfo(name, factory, scope, tuple(needs), tuple(gives))
        return factory

    return register


def registered() -> dict[str, StageInfo]:
    """Every registered stage, by name (importing the stage modules first)."""
    _import_stages()
    return dict(_REGISTRY)


def _import_stages() -> None:
    # Importing the modules runs their @stage decorators.
    from . import clean, compare, extract, stories  # noqa: F401


@dataclass
class Pipeline:
    """Built stages in order: document stages run per article, corpus stages once per run."""

    doc_stages: list[tuple[StageInfo, Any]] = field(default_factory=list)
    corpus_stages: list[tuple[StageInfo, Any]] = field(default_factory=list)

    @classmethod
    def from_names(cls, names: Iterable[str], options: dict[str, dict[str, Any]] | None = None) -> Pipeline:
        """Build the named stages, checking each one's needs are given by an earlier stage."""
        stages = registered()
        options = options or {}
        pipe = cls()
        have = {"text", "title", "outlet", "published", "language", "removed", "source"}
        for name in names:
            info = stages.get(name)
            if info is None:
                raise UnknownStage(name)
            missing = [n for n in info.needs if n not in have]
            if missing:
                raise UsageError(name, f"needs {', '.join(missing)}, which no earlier stage gives")
            built = info.factory(**options.get(name, {}))
            (pipe.doc_stages if info.scope == "doc" else pipe.corpus_stages).append((info, built))
            have.update(info.gives)
        return pipe

    @property
    def names(self) -> list[str]:
        return [i.name for i, _ in self.doc_stages + self.corpus_stages]

    def run_doc(self, doc: Document) -> Document:
        for _info, fn in self.doc_stages:
            doc = fn(doc)
        return doc

    def run_docs(self, docs: Iterable[Document]) -> Iterator[Document | RassegnaError]:
        """Run the document stages on each; a failing article yields its error, not a crash."""
        for doc in docs:
            try:
                yield self.run_doc(doc)
            except RassegnaError as exc:
                yield exc

    def run_corpus(self, corpus: Corpus) -> Corpus:
        for _info, fn in self.corpus_stages:
            corpus = fn(corpus)
        return corpus


# The default analysis, in order. Later stages plug in by adding their names here.
DEFAULT_STAGES = [
    "rassegna.clean.v1",
    "rassegna.language.v1",
    "rassegna.nlp.v1",
    "rassegna.entities.v1",
    "rassegna.quotes.v1",
    "rassegna.times.v1",
    "rassegna.figures.v1",
    "rassegna.duplicates.v1",
    "rassegna.stories.v1",
    "rassegna.entity_resolution.v1",
    "rassegna.quote_groups.v1",
    "rassegna.timeline.v1",
    "rassegna.compare.v1",
]
