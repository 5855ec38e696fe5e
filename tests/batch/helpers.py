"""Reading a batch output back, and the checks every engine's output must pass."""

from __future__ import annotations

from pathlib import Path

TABLES = ("articles", "entities", "quotes", "times", "stories", "errors")


def read(output: Path) -> dict[str, list[dict]]:
    import pyarrow.parquet as pq

    return {t: pq.read_table(output / t).to_pylist() for t in TABLES}


def stories(tables) -> list[tuple]:
    return sorted((s["id"], s["title"], tuple(s["articles"]), tuple(s["outlets"]), s["first_seen"], s["last_seen"])
                  for s in tables["stories"])


def spans(tables) -> list[tuple]:
    """Every reported span, with what it is: entity mentions, quotes, times."""
    out = [("entity", e["id"], m["article"], m["start"], m["end"], m["text"]) for e in tables["entities"]
           for m in e["mentions"]]
    out += [("quote", q["speaker"], q["article"], q["start"], q["end"], q["text"]) for q in tables["quotes"]]
    out += [("time", t["value"], t["article"], t["start"], t["end"], t["text"]) for t in tables["times"]]
    return sorted(out, key=repr)


def check_spans(tables) -> int:
    texts = {a["id"]: a["text"] for a in tables["articles"]}
    found = spans(tables)
    for _kind, _what, article, start, end, text in found:
        assert texts[article][start:end] == text, (article, start, end, text)
    return len(found)
