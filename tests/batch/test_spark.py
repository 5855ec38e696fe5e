"""The Spark batch engine (issue #7) in local mode: the same stories and the same spans as
the local engine, every span its article's text[start:end]. One Spark run per input kind."""

from __future__ import annotations

import json

import pytest

from rassegna.batch import run_batch

from .helpers import check_spans, read, spans, stories


@pytest.fixture(scope="module")
def both(records, spark, tmp_path_factory):
    out = tmp_path_factory.mktemp("batch")
    run_batch(str(records), str(out / "local"), engine="local")
    result = run_batch(str(records), str(out / "spark"), engine="spark", spark=spark, partitions=2)
    return read(out / "local"), read(out / "spark"), result


def test_spark_gives_the_stories_of_the_local_engine(both):
    local, spark, result = both
    assert stories(spark) == stories(local)
    assert len(spark["stories"]) == 2 and result.articles == 7 and result.counts["repeated"] == 1


def test_spark_gives_the_spans_of_the_local_engine(both):
    local, spark, _ = both
    assert spans(spark) == spans(local)
    assert check_spans(spark) == check_spans(local) > 20
    key = ("id", "story", "copy_of", "text", "published")
    assert sorted(tuple(a[k] for k in key) for a in spark["articles"]) == \
        sorted(tuple(a[k] for k in key) for a in local["articles"])


def test_spark_keeps_bad_records_as_errors(both):
    local, spark, _ = both
    def errors(tables):
        return sorted((e["source"], e["code"]) for e in tables["errors"])

    assert errors(spark) == errors(local) and len(errors(spark)) == 3


def test_spark_reads_parquet(records, spark, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()[:7]]
    (tmp_path / "in").mkdir()
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in" / "part-0.parquet")
    run_batch(str(tmp_path / "in"), str(tmp_path / "local"), engine="local")
    run_batch(str(tmp_path / "in"), str(tmp_path / "spark"), engine="spark", spark=spark)
    assert stories(read(tmp_path / "spark")) == stories(read(tmp_path / "local"))
