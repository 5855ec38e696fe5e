"""Cleaning quality on hand-annotated pages: debris removed, body kept, metadata recovered.

Usage: python benchmarks/clean_eval.py [tests/data/clean/dev] [--verbose]
Each NN_slug.txt has NN_slug.gold.json labelling every non-blank line keep/title/debris.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rassegna.clean import Cleaner
from rassegna.clean.language import detect
from rassegna.ingest.document import to_document
from rassegna.model import Article


def _partly_kept(text: str, removed: set[str], body: str) -> bool:
    """A body line whose credit or dateline was cut inline still counts as kept."""
    for r in removed:
        if r and r in text:
            rest = text.replace(r, "").strip()
            if rest and rest in body:
                return True
    return False


def evaluate(folder: Path, verbose: bool = False) -> dict[str, float]:
    cleaner = Cleaner()
    n = {"debris": 0, "debris_removed": 0, "keep": 0, "keep_kept": 0, "pages": 0,
         "title": 0, "title_ok": 0, "outlet": 0, "outlet_ok": 0, "published": 0, "published_ok": 0,
         "language_ok": 0}
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8")) \
            if txt.with_suffix(".gold.json").exists() else json.loads(
                (txt.parent / (txt.stem + ".gold.json")).read_text(encoding="utf-8"))
        doc = cleaner(to_document(Article(source=str(txt), raw=txt.read_bytes()), max_bytes=10**7))
        removed = {r.text.strip() for r in doc.removed}
        body = doc.text
        n["pages"] += 1
        for line in gold["lines"]:
            text = line["text"].strip()
            if line["label"] == "debris":
                n["debris"] += 1
                ok = text in removed
                n["debris_removed"] += ok
            elif line["label"] == "keep":
                n["keep"] += 1
                ok = text in body or _partly_kept(text, removed, body)
                n["keep_kept"] += ok
            else:
                ok = True
            if verbose and not ok:
                print(f"  {txt.name}: {line['label']:6} {line.get('reason') or '':14} {text[:100]!r}")
        for key in ("title", "outlet", "published"):
            if gold.get(key):
                n[key] += 1
                got = getattr(doc, key) or ""
                good = got.strip().lower() == gold[key].strip().lower() or (
                    key == "published" and got[:len(gold[key])] == gold[key])
                n[f"{key}_ok"] += good
                if verbose and not good:
                    print(f"  {txt.name}: {key} {got!r} != {gold[key]!r}")
        n["language_ok"] += detect(doc.text) == gold.get("language")
    return {
        "pages": n["pages"],
        "debris_removed": n["debris_removed"] / max(1, n["debris"]),
        "body_kept": n["keep_kept"] / max(1, n["keep"]),
        "title": n["title_ok"] / max(1, n["title"]),
        "outlet": n["outlet_ok"] / max(1, n["outlet"]),
        "published": n["published_ok"] / max(1, n["published"]),
        "language": n["language_ok"] / max(1, n["pages"]),
    }


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "tests" / "data" / "clean" / "dev"
    scores = evaluate(folder, verbose="--verbose" in sys.argv)
    print(json.dumps({k: round(v, 3) for k, v in scores.items()}))
