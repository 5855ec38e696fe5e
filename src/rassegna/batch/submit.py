"""Entry script for ``spark-submit``: the batch job on the cluster spark-submit names.

    spark-submit [--master URL] [--archives venv.tar.gz#venv ...] \\
        $(python -c 'import rassegna.batch.submit as m; print(m.__file__)') INPUT OUTPUT [--partitions N]

rassegna must be installed where the executors' Python runs (see docs/batch.md).
"""

from __future__ import annotations

import argparse
import sys

from rassegna.batch import run_batch
from rassegna.batch.spark import session


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rassegna.batch.submit", description=__doc__.split("\n")[0])
    parser.add_argument("input", help="JSON-lines or Parquet records (file or folder)")
    parser.add_argument("output", help="folder for the Parquet tables")
    parser.add_argument("--partitions", type=int, default=None, help="repartition the records into this many")
    args = parser.parse_args(argv)
    spark = session(None)  # the master and resources spark-submit configured
    try:
        result = run_batch(args.input, args.output, engine="spark", spark=spark, partitions=args.partitions)
    finally:
        spark.stop()
    sys.stderr.write(f"rassegna batch: {result.counts} in {result.seconds:.1f}s -> {args.output}\n")
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
