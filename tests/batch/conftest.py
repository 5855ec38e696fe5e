"""Fixtures for the batch tests: the records written for them, and one local Spark session
for the whole run (started only by the tests that need it; skipped only without Java)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

RECORDS = Path(__file__).with_name("records.jsonl")
SPARK_SH = Path(__file__).parents[2] / "scripts" / "spark.sh"


@pytest.fixture(scope="session")
def records() -> Path:
    return RECORDS


def _java() -> bool:
    if shutil.which("java") is None and SPARK_SH.exists():
        subprocess.run(["bash", str(SPARK_SH)], capture_output=True, check=False, timeout=900)  # installs it as root
    return shutil.which("java") is not None


@pytest.fixture(scope="session")
def spark():
    if not _java():
        pytest.skip("no Java 17+ and scripts/spark.sh could not install it: Spark cannot start")
    try:
        import pyspark  # noqa: F401
    except ImportError:
        pytest.fail("pyspark is missing: run scripts/spark.sh or pip install -e '.[spark]'")
    from rassegna.batch.spark import session

    spark = session("local[2]", {"spark.sql.shuffle.partitions": "2", "spark.default.parallelism": "2"})
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()
