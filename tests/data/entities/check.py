"""Validate tests/data/entities/gold.jsonl and print its statistics.

Checks, for every article and mention:
- the article id exists in its source file (tests/data/stories/<source>.jsonl) and the
  language field agrees with the source; no article is listed twice;
- start/end are ints with 0 <= start < end <= len(text) and text[start:end] == mention text;
- the span has no leading/trailing whitespace and does not start or end inside a word;
- type is one of PER, ORG, LOC, MISC; entity is a non-empty lowercase slug;
- mentions of one article do not overlap and are sorted by start;
- every entity key has a single type across the whole file.

Exit status 1 if anything fails.  Usage: python3 tests/data/entities/check.py
A held-out set (source "heldout", "heldout2", … "heldout13", articles in <source>_articles.jsonl)
is checked by giving its gold file:
python3 tests/data/entities/check.py tests/data/entities/heldout7_gold.jsonl
"""
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = HERE.parent / "stories"
TYPES = {"PER", "ORG", "LOC", "MISC"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


SOURCE_FILES = {"test": STORIES / "test.jsonl", "dev": STORIES / "dev.jsonl",
                **{name: HERE / f"{name}_articles.jsonl" for name in ("heldout", *(f"heldout{i}" for i in range(2, 14)))}}


def load_sources():
    src = {}
    for name, path in SOURCE_FILES.items():
        if not path.exists():
            continue
        src[name] = {}
        for line in open(path, encoding="utf-8"):
            if line.strip():
                doc = json.loads(line)
                src[name][doc["id"]] = doc
    return src


def main(path=HERE / "gold.jsonl"):
    src = load_sources()
    errors = []
    seen = set()
    records = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        rec = json.loads(line)
        aid, source = rec.get("id"), rec.get("source")
        where = f"line {n} ({aid})"
        if source not in src:
            errors.append(f"{where}: bad source {source!r}")
            continue
        if aid not in src[source]:
            errors.append(f"{where}: id not in {SOURCE_FILES[source].name}")
            continue
        if aid in seen:
            errors.append(f"{where}: duplicate article")
        seen.add(aid)
        doc = src[source][aid]
        if rec.get("language") != doc["language"]:
            errors.append(f"{where}: language {rec.get('language')!r} != {doc['language']!r}")
        text = doc["text"]
        prev_end, prev_start = -1, -1
        for m in rec["mentions"]:
            s, e, t = m.get("start"), m.get("end"), m.get("text")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{where}: bad offsets {m}")
                continue
            if text[s:e] != t:
                errors.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {t!r}")
            if t != t.strip():
                errors.append(f"{where}: whitespace at span edge {t!r}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{where}: span {t!r} cuts a word")
            if m.get("type") not in TYPES:
                errors.append(f"{where}: bad type {m.get('type')!r}")
            if not isinstance(m.get("entity"), str) or not SLUG.match(m["entity"]):
                errors.append(f"{where}: bad entity key {m.get('entity')!r}")
            if s < prev_end:
                errors.append(f"{where}: mention {t!r} at {s} overlaps previous (ends {prev_end})")
            if s < prev_start:
                errors.append(f"{where}: mentions not sorted at {s}")
            prev_end, prev_start = max(prev_end, e), s
        records.append((rec, doc))

    ent_types = defaultdict(set)
    for rec, _ in records:
        for m in rec["mentions"]:
            ent_types[m["entity"]].add(m["type"])
    for ent, ts in ent_types.items():
        if len(ts) > 1:
            errors.append(f"entity {ent!r} has several types {sorted(ts)}")

    print_stats(records)
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for err in errors:
            print("  " + err)
        return 1
    print("\nOK: all checks passed")
    return 0


def print_stats(records):
    by_lang = defaultdict(int)
    by_source = defaultdict(int)
    type_counts = defaultdict(int)
    ent_surfaces = defaultdict(set)
    ent_articles = defaultdict(set)
    ent_langs = defaultdict(set)
    ent_type = {}
    n_mentions = 0
    for rec, _doc in records:
        by_lang[rec["language"]] += 1
        by_source[rec["source"]] += 1
        for m in rec["mentions"]:
            n_mentions += 1
            type_counts[m["type"]] += 1
            ent_surfaces[m["entity"]].add(m["text"])
            ent_articles[m["entity"]].add(rec["id"])
            ent_langs[m["entity"]].add(rec["language"])
            ent_type[m["entity"]] = m["type"]
    ents = list(ent_surfaces)
    print(f"articles: {len(records)} (by source {dict(by_source)}, by language {dict(by_lang)})")
    print(f"mentions: {n_mentions} " + str({t: type_counts[t] for t in sorted(TYPES)}))
    et = defaultdict(int)
    for e in ents:
        et[ent_type[e]] += 1
    print(f"entities: {len(ents)} " + str({t: et[t] for t in sorted(TYPES)}))
    multi = sorted(e for e in ents if len(ent_surfaces[e]) >= 2)
    print(f"entities with >=2 distinct spellings: {len(multi)}")
    for e in multi:
        print(f"    {e}: {sorted(ent_surfaces[e])}")
    print(f"entities named in >=2 articles: {sum(1 for e in ents if len(ent_articles[e]) >= 2)}")
    cross = sorted(e for e in ents if len(ent_langs[e]) >= 2)
    print(f"cross-lingual entities (named in both it and en articles): {len(cross)}")
    print("    " + ", ".join(cross))


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.jsonl"))
