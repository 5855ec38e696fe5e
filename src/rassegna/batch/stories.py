"""The per-story half of a batch: the documents of one story, rebuilt from their rows and
placed by the driver, go through the corpus stages that need full texts (the timeline,
which also dates undated articles from their story), and become article and time rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Corpus, Document, Story
from ..pipeline import Pipeline
from .articles import from_row

Placed = tuple[int, tuple, str | None, str | None]  # order, document row, story, copy_of


def story_stages(stages: list[str], names: list[str]) -> list[Any]:
    """The built corpus stages named in ``names``, in pipeline order."""
    pipe = Pipeline.from_names(stages)
    return [fn for info, fn in pipe.corpus_stages if info.name in names]


def run_stories(groups: Iterable[tuple[str | None, Iterable[Placed]]], stages: list[str],
                names: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(table, row)`` for every article and time expression of every story in ``groups``."""
    built = story_stages(stages, names)
    for story_id, placed in groups:
        yield from run_story(story_id, list(placed), built)


def run_story(story_id: str | None, placed: list[Placed], built: list[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    placed = sorted(placed, key=lambda p: p[0])
    docs = []
    for _order, row, story, copy_of in placed:
        doc = from_row(row)
        doc.story, doc.copy_of = story, copy_of
        docs.append(doc)
    corpus = Corpus(docs, [Story(story_id, "", [d.id for d in docs])] if story_id else [])
    for fn in built:
        corpus = fn(corpus)
    for (order, *_), doc in zip(placed, corpus.documents, strict=True):
        yield "articles", article_row(doc, order)
        for t in doc.times:
            yield "times", {**t.span.to_dict(), "value": t.value, "kind": t.kind, "anchored": t.anchored}


def article_row(doc: Document, order: int) -> dict[str, Any]:
    inferred = {k: v for k, v in doc.meta.get("provenance", {}).items() if v != "given"}
    return {"id": doc.id, "source": doc.source, "url": doc.url, "outlet": doc.outlet, "title": doc.title,
            "author": doc.author, "published": doc.published, "language": doc.language, "text": doc.text,
            "story": doc.story, "copy_of": doc.copy_of, "order": order,
            "removed": json.dumps([r.to_dict() for r in doc.removed], ensure_ascii=False),
            "inferred": json.dumps(inferred, ensure_ascii=False)}
