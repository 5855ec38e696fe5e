"""Batch analysis of a large corpus: JSON-lines or Parquet records in, Parquet tables out.

The same job runs on two engines: ``local`` (pure Python, one process or a pool) and
``spark`` (PySpark; per-article stages on the executors, the work across articles on the
driver over compact records). Both write ``OUTPUT/{articles,entities,quotes,times,stories,errors}``
and give the same stories and spans. See docs/batch.md.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..errors import UsageError
from ..ingest.decode import DEFAULT_MAX_BYTES
from ..pipeline import DEFAULT_STAGES

ENGINES = ("local", "spark")


@dataclass
class BatchResult:
    engine: str
    output: str
    counts: dict[str, int] = field(default_factory=dict)  # rows per table, and "repeated" inputs
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds per article, across articles, per story

    @property
    def articles(self) -> int:
        return self.counts.get("articles", 0)

    @property
    def errors(self) -> int:
        return self.counts.get("errors", 0)


def run_batch(source: str, output: str, *, engine: str = "local", stages: list[str] | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, workers: int = 1, spark=None, master: str | None = "local[*]",
              partitions: int | None = None, conf: dict[str, str] | None = None) -> BatchResult:
    """Analyse every record of ``source`` and write the tables under ``output``.

    ``spark``: a SparkSession to use; else one is started on ``master`` (None: the one
    spark-submit configured). ``workers``: processes for the local engine's per-article stages.
    """
    stages = list(stages or DEFAULT_STAGES)
    started, phases = time.perf_counter(), {}
    if engine == "local":
        from .local import run_local

        counts = run_local(source, output, stages=stages, max_bytes=max_bytes, workers=workers, phases=phases)
    elif engine == "spark":
        from .spark import run_spark, session

        spark = spark or session(master, conf)
        counts = run_spark(spark, source, output, stages=stages, max_bytes=max_bytes, partitions=partitions,
                           phases=phases)
    else:
        raise UsageError("--engine", f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    return BatchResult(engine, output, counts, time.perf_counter() - started, phases)
