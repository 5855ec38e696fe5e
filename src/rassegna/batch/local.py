"""The single-machine engine: the same batch job in one Python process (or a pool of
processes for the per-article stages), no Spark needed; pyarrow writes the Parquet."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable, Iterator
from typing import Any

from ..clean.duplicates import shingles
from ..pipeline import Pipeline
from .articles import Analysed, Failed, analyse_one, analyse_records
from .corpus import per_story_stages, place
from .io import read_local, require_pyarrow, write_local
from .stories import run_stories

CHUNK = 32  # records handed to a worker process at a time: enough to amortise the pickling


def run_local(source: str, output: str, *, stages: list[str], max_bytes: int, workers: int = 1,
              phases: dict[str, float] | None = None) -> dict[str, Any]:
    """Run the batch job on ``source`` and write every table under ``output``; return counts.
    ``phases`` receives the seconds spent per article, across articles, and per story with the writing."""
    require_pyarrow()
    phases = {} if phases is None else phases
    clock = time.perf_counter()
    analysed: list[Analysed] = []
    failed: list[Failed] = []
    for item in _analyse(read_local(source), stages, max_bytes, workers):
        (analysed if isinstance(item, Analysed) else failed).append(item)
    text_of: dict[str, str] = {}
    for a in analysed:
        text_of.setdefault(a.compact.id, a.row[8])
    pipe = Pipeline.from_names(stages)
    phases["articles"], clock = time.perf_counter() - clock, time.perf_counter()
    placement = place([a.compact for a in analysed], pipe, lambda ids: {i: shingles(text_of[i]) for i in ids})
    repeated = {c.order for c in placement.repeated}
    phases["across"], clock = time.perf_counter() - clock, time.perf_counter()
    groups: dict[str | None, list] = {}
    for a in analysed:
        if a.order not in repeated:
            story = placement.story_of.get(a.compact.id)
            groups.setdefault(story, []).append((a.order, a.row, story, placement.copy_of.get(a.compact.id)))
    tables: dict[str, list[dict[str, Any]]] = {"articles": [], "times": [], **placement.tables}
    for table, row in run_stories(groups.items(), stages, per_story_stages(pipe)):
        tables[table].append(row)
    tables["articles"].sort(key=lambda r: r["order"])
    tables["errors"] = [f.to_row() for f in failed]
    for name, rows in tables.items():
        write_local(output, name, rows)
    phases["stories_and_write"] = time.perf_counter() - clock
    return {name: len(rows) for name, rows in tables.items()} | {"repeated": len(repeated)}


def _analyse(records: Iterator[tuple[int, str, str]], stages: list[str], max_bytes: int,
             workers: int) -> Iterable[Analysed | Failed]:
    if workers <= 1:
        return analyse_records(records, stages, max_bytes=max_bytes)
    return _analyse_pool(records, stages, max_bytes, workers)


def _analyse_pool(records, stages, max_bytes, workers) -> Iterator[Analysed | Failed]:
    import multiprocessing

    chunks = iter(lambda: list(itertools.islice(records, CHUNK)), [])
    with multiprocessing.get_context("spawn").Pool(workers, initializer=_start, initargs=(stages, max_bytes)) as pool:
        for done in pool.imap(_work, chunks):
            yield from done


_worker: dict[str, Any] = {}


def _start(stages: list[str], max_bytes: int) -> None:
    pipe = Pipeline.from_names(stages)
    pipe.corpus_stages = []
    _worker.update(pipe=pipe, max_bytes=max_bytes)


def _work(chunk: list[tuple[int, str, str]]) -> list[Analysed | Failed]:
    return [analyse_one(_worker["pipe"], order, line, where, max_bytes=_worker["max_bytes"])
            for order, line, where in chunk]
