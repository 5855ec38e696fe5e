"""The main job: inputs in, analysed corpus out (and into the store)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .errors import InputError, RassegnaError
from .ingest import IngestOptions, collect, to_document
from .model import Article, Corpus, Document, Story
from .pipeline import DEFAULT_STAGES, Pipeline
from .store import Store


@dataclass
class Analysis:
    """What a run gives: the corpus, the inputs it skipped (with why), and notes."""

    corpus: Corpus
    errors: list[RassegnaError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def analyze(inputs: Iterable[str], *, options: IngestOptions = IngestOptions(), stages: Iterable[str] | None = None,
            store: Store | None = None, on_item: Callable[[str], None] | None = None, stdin=None) -> Analysis:
    """Ingest, clean and analyse every input; one bad input never stops the others."""
    pipe = Pipeline.from_names(list(stages) if stages is not None else DEFAULT_STAGES)
    result = Analysis(Corpus())
    inputs_of: dict[str, int | None] = {}
    for item in collect(list(inputs), options=options, stdin=stdin):
        if on_item:
            on_item(getattr(item, "source", None) or getattr(item, "subject", ""))
        if isinstance(item, InputError):
            result.errors.append(item)
            continue
        input_id = store.save_input(item) if store is not None else None  # raw input first: never lost
        doc = _analyse_one(item, pipe, options, result)
        if doc is None:
            continue
        if doc.id in inputs_of:
            result.notes.append(f"{doc.source}: same article as an earlier input; analysed once")
            continue
        inputs_of[doc.id] = input_id
        result.corpus.documents.append(doc)
    result.corpus = pipe.run_corpus(result.corpus)
    if store is not None:
        for doc in result.corpus.documents:
            store.save_document(doc, input_id=inputs_of.get(doc.id))
        place_in_store(store, [d.id for d in result.corpus.documents], pipe=pipe)
    return result


def place_in_store(store: Store, ids: list[str], *, pipe: Pipeline | None = None) -> list[Story]:
    """File stored articles into the store's stories (new articles join the stories already
    there) and save the stories that changed."""
    from .report.dossier import story_record
    from .stories.incremental import place

    changed, gone = place(store, ids, pipe or Pipeline.from_names(DEFAULT_STAGES))
    store.save_stories([(story, story_record(story, corpus)) for story, corpus in changed], gone=tuple(gone))
    return [story for story, _ in changed]


def refresh(store: Store, *, pipe: Pipeline | None = None) -> Corpus:
    """Redo the work across articles over the whole store (copies, stories, entities) and
    save it: for a changed configuration; day to day, place_in_store does the new ones."""
    from .report.dossier import story_record

    pipe = pipe or Pipeline.from_names(DEFAULT_STAGES)
    corpus = pipe.run_corpus(Corpus(store.documents()))
    for doc in corpus.documents:
        store.save_document(doc)
    store.replace_stories([(story, story_record(story, corpus)) for story in corpus.stories])
    return corpus


def _analyse_one(article: Article, pipe: Pipeline, options: IngestOptions, result: Analysis) -> Document | None:
    try:
        doc = pipe.run_doc(to_document(article, max_bytes=options.max_bytes))
    except RassegnaError as exc:
        result.errors.append(exc)
        return None
    if not doc.text.strip():
        result.errors.append(InputError(article.source, "nothing left after cleaning"))
        return None
    return doc
