"""Sanity check for the hand-written story-clustering sets: python tests/data/stories/check.py"""

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

FIELDS = {"id", "story", "language", "outlet", "published", "title", "text"}
HERE = Path(__file__).parent


def check(path: Path) -> list[str]:
    errors, rows = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{n}: invalid JSON ({exc})")
            continue
        if set(row) != FIELDS:
            errors.append(f"{path.name}:{n}: fields {sorted(set(row) ^ FIELDS)}")
        if row.get("language") not in ("it", "en"):
            errors.append(f"{path.name}:{n}: language {row.get('language')!r}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", row.get("published", "")):
            errors.append(f"{path.name}:{n}: published {row.get('published')!r}")
        words = len(row.get("text", "").split())
        if not 60 <= words <= 250:
            errors.append(f"{path.name}:{n}: {row.get('id')} has {words} words")
        if not all(isinstance(row.get(f), str) and row.get(f).strip() for f in FIELDS):
            errors.append(f"{path.name}:{n}: empty field")
        rows.append(row)
    ids = Counter(r["id"] for r in rows)
    errors += [f"{path.name}: duplicate id {i}" for i, c in ids.items() if c > 1]

    stories = defaultdict(list)
    for r in rows:
        stories[r["story"]].append(r)
    events = {s: rs for s, rs in stories.items() if len(rs) >= 3}
    langs = Counter(r["language"] for r in rows)
    ev_lang = Counter(Counter(r["language"] for r in rs).most_common(1)[0][0] for rs in events.values())
    cross = sum(1 for rs in events.values() for r in rs
                if r["language"] != Counter(x["language"] for x in rs).most_common(1)[0][0])
    outlets_per_event = [len({r["outlet"] for r in rs}) for rs in events.values()]
    print(f"{path.name}: {len(rows)} passages, {len(stories)} stories "
          f"({len(events)} events with 3+ articles: {dict(ev_lang)}; "
          f"{sum(len(rs) == 2 for rs in stories.values())} two-article stories; "
          f"{sum(len(rs) == 1 for rs in stories.values())} single-article stories), "
          f"languages {dict(langs)}, {cross} cross-lingual articles in events, "
          f"outlets per event {min(outlets_per_event)}-{max(outlets_per_event)}, "
          f"words {min(len(r['text'].split()) for r in rows)}-{max(len(r['text'].split()) for r in rows)}")
    return errors


def main() -> int:
    paths = [HERE / "dev.jsonl", HERE / "test.jsonl"]
    errors = []
    for p in paths:
        if p.exists():
            errors += check(p)
        else:
            errors.append(f"missing {p.name}")
    sets = [{r.split('"story": "')[1].split('"')[0] for r in p.read_text().splitlines()} for p in paths if p.exists()]
    if len(sets) == 2 and sets[0] & sets[1]:
        errors.append(f"story labels shared between sets: {sets[0] & sets[1]}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
