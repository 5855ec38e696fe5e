"""The main job: inputs in, analysed corpus out (and into the store)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .errors import InputError, RassegnaError
from .ingest import IngestOptions, collect
from .model import Article, Corpus, Story
from .parallel import analyse
from .pipeline import DEFAULT_STAGES, Pipeline
from .store import Store


@dataclass
class Analysis:
    """What a run gives: the corpus, the inputs it skipped (with why), and notes."""

    corpus: Corpus
    errors: list[RassegnaError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def analyze(inputs: Iterable[str], *, options: IngestOptions = IngestOptions(), stages: Iterable[str] | None = None,
            store: Store | None = None, on_item: Callable[[str], None] | None = None, stdin=None,
            workers: int | None = None) -> Analysis:
    """Ingest, clean and analyse every input; one bad input never stops the others.

    ``workers``: processes for the per-article stages (default: every core; small runs use one).
    """
    names = list(stages) if stages is not None else DEFAULT_STAGES
    pipe = Pipeline.from_names(names)
    result = Analysis(Corpus())
    articles: list[Article] = []
    inputs_of: dict[str, int | None] = {}
    seen: set[str] = set()
    for item in collect(list(inputs), options=options, stdin=stdin):
        if isinstance(item, InputError):
            result.errors.append(item)
            if on_item:
                on_item(item.subject)
            continue
        articles.append(item)
        if store is not None:
            inputs_of[item.source] = store.save_input(item)  # raw input first: never lost
    doc_stages = [info.name for info, _ in pipe.doc_stages]
    for article, doc in zip(articles, analyse(articles, stages=doc_stages, max_bytes=options.max_bytes,
                                              workers=workers), strict=True):
        if on_item:
            on_item(article.source)
        if isinstance(doc, RassegnaError):
            result.errors.append(doc)
        elif doc.id in seen:
            result.notes.append(f"{doc.source}: same article as an earlier input; analysed once")
        else:
            seen.add(doc.id)
            result.corpus.documents.append(doc)
    result.corpus = pipe.run_corpus(result.corpus)
    if store is not None:
        for doc in result.corpus.documents:
            store.save_document(doc, input_id=inputs_of.get(doc.source))
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
