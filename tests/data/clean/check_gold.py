#!/usr/bin/env python3
"""Check the cleaning gold files.

For every ``NN_slug.txt`` under ``dev/`` and ``test/`` (or the folders given on the
command line) the matching ``NN_slug.gold.json`` must list every non-blank line of the
text file, in order, with the exact text, a valid label and a valid reason, plus the
document-level fields. Prints per-split label counts; exits 1 on any problem.

    python tests/data/clean/check_gold.py [DIR ...]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

LABELS = {"keep", "title", "debris"}
REASONS = {"navigation", "promo", "related-link", "caption", "dateline", "byline",
           "source-credit", "advertising", "share", "cookie", "tags", "comments",
           "repeated", "other"}
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?")


def check_file(txt: Path) -> tuple[list[str], Counter]:
    problems: list[str] = []
    counts: Counter = Counter()
    gold_path = txt.with_name(txt.stem + ".gold.json")
    if not gold_path.exists():
        return [f"{txt.name}: missing {gold_path.name}"], counts
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{gold_path.name}: invalid JSON: {exc}"], counts
    lines = [ln for ln in txt.read_text(encoding="utf-8").splitlines() if ln.strip()]
    entries = gold.get("lines")
    if not isinstance(entries, list):
        return [f"{gold_path.name}: 'lines' missing or not a list"], counts

    for key in ("language", "title", "outlet", "published", "author"):
        if key not in gold:
            problems.append(f"{gold_path.name}: missing field {key!r}")
    if gold.get("language") not in ("it", "en"):
        problems.append(f"{gold_path.name}: language must be 'it' or 'en'")
    pub = gold.get("published")
    if pub is not None and not DATE_RE.fullmatch(pub):
        problems.append(f"{gold_path.name}: bad published {pub!r}")

    if len(entries) != len(lines):
        problems.append(f"{gold_path.name}: {len(entries)} gold lines, {len(lines)} non-blank text lines")
    for i, (line, entry) in enumerate(zip(lines, entries, strict=False), 1):
        if entry.get("text") != line:
            problems.append(f"{gold_path.name}: line {i} differs:\n  txt : {line!r}\n  gold: {entry.get('text')!r}")
            break
        label, reason = entry.get("label"), entry.get("reason")
        if label not in LABELS:
            problems.append(f"{gold_path.name}: line {i} bad label {label!r}")
        if label == "debris" and reason not in REASONS:
            problems.append(f"{gold_path.name}: line {i} debris needs a reason, got {reason!r}")
        if label != "debris" and reason not in (None, "dateline"):
            problems.append(f"{gold_path.name}: line {i} non-debris reason must be null or 'dateline'")
        counts[label] += 1
        if label == "debris":
            counts["debris:" + reason] += 1
    titles = [e["text"] for e in entries if e.get("label") == "title"]
    if len(titles) > 1:
        problems.append(f"{gold_path.name}: more than one title line")
    if titles and gold.get("title") != titles[0]:
        problems.append(f"{gold_path.name}: 'title' differs from the title line")
    return problems, counts


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    dirs = [Path(a) for a in argv] or [here / "dev", here / "test"]
    bad = 0
    for d in dirs:
        total: Counter = Counter()
        files = sorted(d.glob("*.txt"))
        langs = Counter()
        for txt in files:
            problems, counts = check_file(txt)
            total.update(counts)
            gold_path = txt.with_name(txt.stem + ".gold.json")
            if gold_path.exists():
                try:
                    langs[json.loads(gold_path.read_text(encoding="utf-8")).get("language")] += 1
                except json.JSONDecodeError:
                    pass
            for p in problems:
                print("FAIL", d.name, p)
            bad += bool(problems)
        orphans = [g.name for g in d.glob("*.gold.json")
                   if not (d / (g.name[: -len(".gold.json")] + ".txt")).exists()]
        for o in orphans:
            print("FAIL", d.name, f"{o}: no matching .txt")
        bad += len(orphans)
        labels = {k: total[k] for k in ("title", "keep", "debris")}
        reasons = {k.split(":", 1)[1]: v for k, v in sorted(total.items()) if k.startswith("debris:")}
        print(f"{d.name}: {len(files)} files {dict(langs)}  lines {labels}")
        print(f"  debris reasons: {reasons}")
    print("OK" if not bad else f"{bad} file(s) with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
