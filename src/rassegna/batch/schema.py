"""The tables a batch run writes, declared once and turned into pyarrow or Spark schemas.

Types are few on purpose: ``str``, ``int``, ``float``, ``bool``, ``[str]`` (a list of
strings) and ``[span]`` (a list of evidence spans: article, start, end, text).
"""

from __future__ import annotations

TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "str"), ("source", "str"), ("url", "str"), ("outlet", "str"), ("title", "str"), ("author", "str"),
        ("published", "str"), ("language", "str"), ("text", "str"), ("story", "str"), ("copy_of", "str"),
        ("removed", "str"), ("inferred", "str"), ("order", "int"),
    ],
    "entities": [
        ("id", "str"), ("name", "str"), ("type", "str"), ("wikidata", "str"), ("variants", "[str]"),
        ("roles", "[str]"), ("mentions", "[span]"),
    ],
    "quotes": [
        ("article", "str"), ("start", "int"), ("end", "int"), ("text", "str"), ("id", "str"), ("direct", "bool"),
        ("speaker", "str"), ("speaker_text", "str"), ("cue", "str"), ("channel", "str"), ("group", "str"),
    ],
    "times": [
        ("article", "str"), ("start", "int"), ("end", "int"), ("text", "str"), ("value", "str"), ("kind", "str"),
        ("anchored", "bool"),
    ],
    "stories": [
        ("id", "str"), ("title", "str"), ("articles", "[str]"), ("outlets", "[str]"), ("languages", "[str]"),
        ("first_seen", "str"), ("last_seen", "str"),
    ],
    "errors": [("source", "str"), ("code", "str"), ("message", "str"), ("order", "int")],
}
SPAN_FIELDS = (("article", "str"), ("start", "int"), ("end", "int"), ("text", "str"))


def arrow_schema(table: str):
    import pyarrow as pa

    scalar = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    span = pa.struct([(n, scalar[t]) for n, t in SPAN_FIELDS])
    kinds = {**scalar, "[str]": pa.list_(pa.string()), "[span]": pa.list_(span)}
    return pa.schema([(name, kinds[kind]) for name, kind in TABLES[table]])


def spark_schema(table: str):
    from pyspark.sql import types as T

    scalar = {"str": T.StringType(), "int": T.LongType(), "float": T.DoubleType(), "bool": T.BooleanType()}
    span = T.StructType([T.StructField(n, scalar[t]) for n, t in SPAN_FIELDS])
    kinds = {**scalar, "[str]": T.ArrayType(T.StringType()), "[span]": T.ArrayType(span)}
    return T.StructType([T.StructField(name, kinds[kind]) for name, kind in TABLES[table]])


def as_tuple(table: str, row: dict) -> tuple:
    """A row dict as a tuple in the table's column order (Spark rows are positional)."""
    return tuple(row.get(name) for name, _ in TABLES[table])
