"""The per-article stages on several cores: each worker process builds the pipeline once
(loading the language models once) and analyses articles in the order given."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

from .errors import InputError, RassegnaError
from .ingest import to_document
from .model import Article, Document
from .pipeline import Pipeline

# Starting a worker costs a second or two (imports, models): below this many articles per
# worker, one process is faster.
MIN_ARTICLES_PER_WORKER = 8
CHUNK = 4  # articles sent to a worker at a time

_worker_pipe: Pipeline | None = None
_worker_max_bytes = 0


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def analyse(articles: list[Article], *, stages: list[str], max_bytes: int,
            workers: int | None = None) -> Iterator[Document | RassegnaError]:
    """Each article analysed (its Document, with no parse attached) or the error it raised."""
    workers = min(workers or default_workers(), max(1, len(articles) // MIN_ARTICLES_PER_WORKER))
    if workers <= 1:
        _init(stages, max_bytes)
        yield from map(_work, articles)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process holding model threads
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init, initargs=(stages, max_bytes)) as pool:
        yield from pool.map(_work, articles, chunksize=CHUNK)


def _init(stages: list[str], max_bytes: int) -> None:
    global _worker_pipe, _worker_max_bytes
    _worker_pipe = Pipeline.from_names(stages)
    _worker_max_bytes = max_bytes


def _work(article: Article) -> Document | RassegnaError:
    assert _worker_pipe is not None
    try:
        doc = _worker_pipe.run_doc(to_document(article, max_bytes=_worker_max_bytes))
    except RassegnaError as exc:
        return exc
    doc.nlp = None  # the parse stays in the worker: it is large and every stage has used it
    if not doc.text.strip():
        return InputError(article.source, "nothing left after cleaning")
    return doc
