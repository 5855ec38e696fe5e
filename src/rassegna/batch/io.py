"""Batch inputs and outputs: JSON-lines or Parquet records in, one Parquet dataset per table out.

Every record gets an ``order`` (its file's rank among the input files, then its line or row
number) so that both engines see the articles in the same order, and a ``where``
(``FILE#LINE``, as ``rassegna analyze`` names a record without a URL).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import NotFound
from .articles import record_line
from .schema import arrow_schema

FILE_SHIFT = 32  # order = file rank << FILE_SHIFT | line index: room for 4 billion lines a file
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json")
PARQUET_SUFFIXES = (".parquet", ".pq")


def is_remote(path: str) -> bool:
    return "://" in path


def input_files(path: str) -> list[str]:
    """The files of a local input, in name order (a remote input is passed as it is)."""
    if is_remote(path):
        return [path]
    root = Path(path)
    if not root.exists():
        raise NotFound(path)
    if root.is_dir():
        found = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in RECORD_SUFFIXES + PARQUET_SUFFIXES
                       and not any(part.startswith((".", "_")) for part in p.relative_to(root).parts))
        if not found:
            raise NotFound(path, ": no .jsonl, .json, .ndjson or .parquet file in it")
        return [str(p) for p in found]
    return [str(root)]


def is_parquet(path: str, files: list[str]) -> bool:
    return path.rstrip("/").lower().endswith(PARQUET_SUFFIXES) or any(f.lower().endswith(PARQUET_SUFFIXES) for f in files)


def order_of(rank: int, index: int) -> int:
    return (rank << FILE_SHIFT) | index


def read_local(path: str) -> Iterator[tuple[int, str, str]]:
    """``(order, json line, where)`` for every non-blank record of a local input."""
    files = input_files(path)
    parquet = is_parquet(path, files)
    for rank, name in enumerate(files):
        rows = _parquet_lines(name) if parquet else _json_lines(name)
        for index, line in rows:
            if line.strip():
                yield order_of(rank, index), line, f"{name}#{index + 1}"


def _json_lines(name: str) -> Iterator[tuple[int, str]]:
    with open(name, encoding="utf-8-sig", errors="replace") as stream:
        yield from enumerate(line.rstrip("\n") for line in stream)


def _parquet_lines(name: str) -> Iterator[tuple[int, str]]:
    import pyarrow.parquet as pq

    index = 0
    for batch in pq.ParquetFile(name).iter_batches():
        for record in batch.to_pylist():
            yield index, record_line(record)
            index += 1


def require_pyarrow() -> None:
    """Fail before the work, not after it, when Parquet cannot be written."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        from ..errors import EngineUnavailable

        raise EngineUnavailable("pyarrow", "Parquet output needs it: pip install 'rassegna[spark]'") from exc


def write_local(output: str, table: str, rows: list[dict[str, Any]]) -> None:
    """One Parquet dataset (a folder with one part file) per table, replacing any earlier one."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(output) / table
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(table)), folder / "part-00000.parquet")
