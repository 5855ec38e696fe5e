"""The Spark engine: per-article stages in ``mapPartitions`` (one pipeline, so one load of
the language models, per partition and worker process), the work across articles on the
driver over compact records, the per-story stages after a shuffle by story.

What crosses between processes is plain picklable data: rows, features, spans; the spaCy
``Doc`` is dropped in the executor before anything is returned.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from ..clean.duplicates import shingles
from ..pipeline import Pipeline
from .articles import Analysed, Failed, analyse_records, record_line
from .corpus import per_story_stages, place
from .io import input_files, is_parquet, is_remote, order_of
from .schema import TABLES, as_tuple, spark_schema
from .stories import run_stories

LOCAL_CONF = {  # a session started here (tests, the CLI): quiet, loopback only, few shuffle partitions
    "spark.ui.enabled": "false",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.shuffle.partitions": "8",
}


def session(master: str | None = None, conf: dict[str, str] | None = None):
    """A SparkSession: ``master`` given (``local[*]``) starts one here; None takes spark-submit's."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        from ..errors import EngineUnavailable

        raise EngineUnavailable("pyspark", "install it with: pip install 'rassegna[spark]'") from exc
    builder = SparkSession.builder.appName("rassegna-batch")
    if master:
        # Python workers of a session started here run this interpreter (and its installed rassegna).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.master(master)
        for key, value in {**LOCAL_CONF, "spark.pyspark.python": sys.executable}.items():
            builder = builder.config(key, value)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as exc:  # PySpark raises its own errors, or RuntimeError, when Java cannot start
        from ..errors import EngineUnavailable

        raise EngineUnavailable("spark", f"{exc} (Java 17+ needed: run scripts/spark.sh)") from exc


def run_spark(spark, source: str, output: str, *, stages: list[str], max_bytes: int,
              partitions: int | None = None, phases: dict[str, float] | None = None) -> dict[str, Any]:
    """Run the batch job on ``source`` with ``spark`` and write every table under ``output``.
    ``phases`` receives the seconds spent per article, across articles, and per story with the writing."""
    from pyspark import StorageLevel

    phases = {} if phases is None else phases
    clock = time.perf_counter()
    sc = spark.sparkContext
    records = read_records(spark, source)
    if partitions:
        records = records.repartition(partitions)
    analysed = records.mapPartitions(lambda rows: analyse_records(rows, stages, max_bytes=max_bytes))
    analysed = analysed.persist(StorageLevel.MEMORY_AND_DISK)
    good = analysed.filter(lambda x: isinstance(x, Analysed))
    pipe = Pipeline.from_names(stages)
    compacts = good.map(lambda a: a.compact).collect()
    phases["articles"], clock = time.perf_counter() - clock, time.perf_counter()
    placement = place(compacts, pipe, lambda ids: _shingles(sc, good, ids))
    phases["across"], clock = time.perf_counter() - clock, time.perf_counter()
    story_of, copy_of = sc.broadcast(placement.story_of), sc.broadcast(placement.copy_of)
    repeated = sc.broadcast({c.order for c in placement.repeated})
    names = per_story_stages(pipe)

    def placed(a: Analysed):
        story = story_of.value.get(a.compact.id)
        return story, (a.order, a.row, story, copy_of.value.get(a.compact.id))

    by_story = good.filter(lambda a: a.order not in repeated.value).map(placed)
    rows = by_story.groupByKey(partitions or None).mapPartitions(lambda groups: run_stories(groups, stages, names))
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    counts = {}
    for table in ("articles", "times"):
        counts[table] = _write(spark, rows.filter(lambda r, t=table: r[0] == t).map(lambda r: r[1]), output, table)
    errors = analysed.filter(lambda x: isinstance(x, Failed)).map(lambda f: f.to_row())
    counts["errors"] = _write(spark, errors, output, "errors")
    for table, table_rows in placement.tables.items():
        counts[table] = _write(spark, sc.parallelize(table_rows, max(1, len(table_rows) // 5000 + 1)), output, table)
    rows.unpersist()
    analysed.unpersist()
    phases["stories_and_write"] = time.perf_counter() - clock
    return counts | {"repeated": len(placement.repeated)}


def _shingles(sc, good, ids: set[str]) -> dict[str, set[int]]:
    """The shingle sets of the candidate copies, computed where the texts are (first of an id wins)."""
    wanted = sc.broadcast(ids)
    found = good.filter(lambda a: a.compact.id in wanted.value).map(
        lambda a: (a.compact.id, a.order, shingles(a.row[8]))).collect()
    out: dict[str, set[int]] = {}
    for doc_id, _order, hashes in sorted(found, key=lambda f: f[1]):
        out.setdefault(doc_id, hashes)
    return out


def _write(spark, rdd, output: str, table: str) -> int:
    """Write ``rdd`` of row dicts as the Parquet dataset ``output/table``; return its size."""
    spans = [i for i, (_, kind) in enumerate(TABLES[table]) if kind == "[span]"]

    def positional(row: dict[str, Any]) -> tuple:
        values = list(as_tuple(table, row))
        for i in spans:
            values[i] = [tuple(s.values()) for s in values[i]]
        return tuple(values)

    frame = spark.createDataFrame(rdd.map(positional), spark_schema(table))
    frame.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{table}")
    return spark.read.parquet(f"{output.rstrip('/')}/{table}").count()


def read_records(spark, source: str):
    """An RDD of ``(order, json line, where)``: local files one by one, in name order, so the
    order is the local engine's; a remote input as Spark lists it."""
    sc = spark.sparkContext
    files = input_files(source)
    parquet = is_parquet(source, files)
    parts = []
    for rank, name in enumerate(files):
        path = name if is_remote(name) else f"file://{os.path.abspath(name)}"
        if parquet:
            lines = spark.read.parquet(path).rdd.map(lambda row: record_line(row.asDict(recursive=True)))
        else:
            lines = sc.textFile(path).map(lambda line: line.lstrip("\ufeff"))  # a BOM, as utf-8-sig drops it
        parts.append(lines.zipWithIndex().filter(lambda li: li[0].strip()).map(
            lambda li, r=rank, n=name: (order_of(r, li[1]), li[0], f"{n}#{li[1] + 1}")))
    return sc.union(parts) if parts else sc.emptyRDD()
