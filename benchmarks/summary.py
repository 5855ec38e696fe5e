"""ROUGE of rassegna's multi-document summary against a lead baseline and LexRank.

Two sets of events, each a cluster of articles with human reference summaries:

- default: the 12 main events of ``tests/data/stories/dev.jsonl`` (4–6 articles each) and the
  reference summaries in ``tests/data/summaries/dev.jsonl`` — OUR OWN set, written for this
  project (and tuned on: see ``compare/summary.py``), not a public benchmark.
- ``--public DIR``: the English part of the MultiLing 2011 Pilot dataset (TAC 2011 MultiLing
  Pilot, multi-document task): 10 topics, each a sequence of 10 English WikiNews articles about
  one event (Indian Ocean tsunami, London bombings, Iran seizing Royal Navy sailors, Tour de
  France 2007, Bali climate conference, Chile and Haiti earthquakes, Abu Ghraib, Air France 447,
  Beijing Olympics), and 3 human reference summaries of about 250 words per topic. Never tuned on.

Every system picks the same number of sentences (``summary_length``: articles + 2, between 4 and
8, so 8 for the 10-article MultiLing topics) from the articles, so the comparison is of
selection, not length:

- lead: the articles' first sentences in turn (first of each article by date, then the
  second ...), the usual multi-document lead baseline;
- LexRank (Erkan & Radev 2004): PageRank over the graph of sentences whose TF-IDF cosine is
  ≥ 0.1, damping 0.85, top sentences without near-duplicates (cosine < 0.5);
- ours: ``rassegna.compare.summary.build_summary``.

Articles are built as the summary stage sees them here: the text with its figures tagged
(``FigureTagger``), no entity or quote stage. ROUGE-1/2 F on lowercased word tokens (no stemming,
no stopword removal); ROUGE-L F is the summary-level LCS of the whole token sequences; with
several references a topic's score is the mean over its references (ROUGE-1.5.5's default
``-f A``). Also: the share of our summary sentences with at least one source span, and of source
spans that are exact (``text[start:end]``).

Run::

    python benchmarks/summary.py                      # our 12 events
    python benchmarks/summary.py --public DIR [--limit N]

The public data: MultiLing Pilot 2011 Dataset, by the MultiLing community
(http://multiling.iit.demokritos.gr/), licensed CC BY 3.0 Unported (its ``licence.html``; the
source texts are WikiNews articles, CC BY 2.5). It is not in this repository and must not be
copied into it. One copy: the GitHub repository ``ayushoriginal/Multi-Document-Summarization``,
commit ``7e9b111afca3448f1be03c0757b07a1468b73254``, folder ``TAC 2011 MultiLing Pilot Dataset/``
(``SourceTexts/M00TD.english``: topic T, document D; ``Model Summaries/English/M00T.{A,B,C}.250``;
``README.MultiLing2011``, ``licence.html``). ``DIR`` may be

- a folder holding those files anywhere below it (a clone of that repository, or the folder
  alone: ``git clone https://github.com/ayushoriginal/Multi-Document-Summarization``, then
  ``--public Multi-Document-Summarization``);
- a git repository without a work tree (a bare clone or mirror), read at ``HEAD``;
- the zip file distributed by MultiLing (its inner zips of source texts and model summaries are
  opened too), or a folder holding it.

Only the English files are read (rassegna's languages are Italian and English; the dataset's
others are Arabic, Czech, French, Greek, Hebrew, Hindi). Each source text's first line is its
title, the WikiNews dateline under it ("Saturday, January 8, 2005") is taken out of the text and
becomes the publication date, the rest is the article as given (captions included).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rassegna.compare.sentences import Sentence, cosine, story_sentences  # noqa: E402
from rassegna.compare.summary import build_summary, summary_length  # noqa: E402
from rassegna.extract.numbers import FigureTagger  # noqa: E402
from rassegna.model import Document  # noqa: E402

STORIES = ROOT / "tests" / "data" / "stories" / "dev.jsonl"
REFERENCES = ROOT / "tests" / "data" / "summaries" / "dev.jsonl"
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _f(overlap: int, pred: int, ref: int) -> float:
    if not overlap:
        return 0.0
    p, r = overlap / pred, overlap / ref
    return 2 * p * r / (p + r)


def rouge_n(pred: list[str], ref: list[str], n: int) -> float:
    grams = lambda ts: Counter(tuple(ts[i:i + n]) for i in range(len(ts) - n + 1))  # noqa: E731
    gp, gr = grams(pred), grams(ref)
    return _f(sum((gp & gr).values()), sum(gp.values()), sum(gr.values()))


def rouge_l(pred: list[str], ref: list[str]) -> float:
    prev = [0] * (len(ref) + 1)
    for a in pred:
        cur = [0]
        for j, b in enumerate(ref):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return _f(prev[-1], len(pred), len(ref))


def lead(sents: list[Sentence], docs: list[Document], k: int) -> list[str]:
    by_doc = defaultdict(list)
    for s in sents:
        if not s.heading:
            by_doc[s.doc.id].append(s)
    order = sorted(docs, key=lambda d: d.published or "")
    out: list[str] = []
    for depth in range(max((len(v) for v in by_doc.values()), default=0)):
        out += [by_doc[d.id][depth].text for d in order if depth < len(by_doc[d.id])]
    return out[:k]


def lexrank(sents: list[Sentence], k: int, threshold: float = 0.1, damping: float = 0.85) -> list[str]:
    n = len(sents)
    links = [[j for j in range(n) if j != i and cosine(sents[i], sents[j]) >= threshold] for i in range(n)]
    rank = [1.0 / n] * n
    for _ in range(50):
        rank = [(1 - damping) / n + damping * sum(rank[j] / len(links[j]) for j in links[i]) for i in range(n)]
    chosen: list[Sentence] = []
    for i in sorted(range(n), key=lambda i: -rank[i]):
        if len(chosen) < k and all(cosine(sents[i], c) < 0.5 for c in chosen):
            chosen.append(sents[i])
    return [s.text for s in chosen]


# One event: its name, its articles, its reference summaries (each one text).
Cluster = tuple[str, list[Document], list[str]]


def load() -> list[Cluster]:
    refs = {r["story"]: r["reference"] for r in map(json.loads, REFERENCES.open(encoding="utf-8"))}
    docs = defaultdict(list)
    for r in map(json.loads, STORIES.open(encoding="utf-8")):
        if r["story"] in refs:
            doc = Document(id=r["id"], source=r["id"], text=r["text"], title=r.get("title"), outlet=r.get("outlet"),
                           published=r.get("published"), language=r["language"])
            docs[r["story"]].append(FigureTagger()(doc))
    return [(story, docs[story], [" ".join(refs[story])]) for story in refs]


# --- the public set: MultiLing 2011 Pilot, English (see the module docstring) ---

_ML_SOURCE = re.compile(r"(?:^|/)M(\d{3})(\d)\.english$", re.IGNORECASE)  # M00TD.english: topic M00T, document D
_ML_MODEL = re.compile(r"(?:^|/)english/M(\d{3})\.([A-Z])\.250$", re.IGNORECASE)  # English/M00T.A.250
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_DATELINE = re.compile(r"^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
                       rf"({'|'.join(_MONTHS)})[ \t]+(\d{{1,2}}),[ \t]*(\d{{4}})[ \t]*\n?", re.MULTILINE)
_TITLE_DATE = re.compile(r"^(\d{4})/(\d{2})/(\d{2})\s+")  # "2005/01/08 Tsunami aid donations ..."


def _git_blob(repo: Path, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), "cat-file", "blob", f"HEAD:{path}"],
                          check=True, capture_output=True).stdout


def _zip_members(out: dict[str, Callable[[], bytes]], name: str, data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            if not info.is_dir():
                out[f"{name}/{info.filename}"] = partial(bytes, z.read(info))
    for inner in [n for n in out if n.startswith(f"{name}/") and n.lower().endswith(".zip")]:
        _zip_members(out, inner, out.pop(inner)())


def _files(root: Path) -> dict[str, Callable[[], bytes]]:
    """Every file under ``root`` by its path, read on demand: a folder, a git repository without a
    work tree (read at HEAD), or a zip; zips are opened (those inside zips too) when nothing else matched."""
    out: dict[str, Callable[[], bytes]] = {}
    if root.is_file():
        _zip_members(out, root.name, root.read_bytes())
        return out
    if (root / "HEAD").is_file() and (root / "objects").is_dir():
        listing = subprocess.run(["git", "-C", str(root), "ls-tree", "-r", "-z", "--name-only", "HEAD"],
                                 check=True, capture_output=True).stdout.decode("utf-8", "surrogateescape")
        out = {path: partial(_git_blob, root, path) for path in listing.split("\0") if path}
    else:
        out = {p.relative_to(root).as_posix(): p.read_bytes for p in root.rglob("*") if p.is_file()}
    if not any(_ML_SOURCE.search(path) for path in out):
        for name in [n for n in out if n.lower().endswith(".zip")]:
            _zip_members(out, name, out.pop(name)())
    return out


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def multiling_document(doc_id: str, source: str, data: bytes) -> Document:
    """A WikiNews source text: first line the title, then the article; its dateline becomes the date."""
    title, _, body = _decode(data).strip().partition("\n")
    published = None
    if m := _TITLE_DATE.match(title):
        published, title = f"{m[1]}-{m[2]}-{m[3]}", title[m.end():]
    if m := _DATELINE.search(body, 0, 400):
        published = published or f"{m[3]}-{_MONTHS.index(m[1]) + 1:02d}-{int(m[2]):02d}"
        body = body[:m.start()] + body[m.end():]
    doc = Document(id=doc_id, source=source, text=body.strip(), title=title.strip(), outlet="Wikinews",
                   published=published, language="en")
    return FigureTagger()(doc)


def load_multiling(root: Path) -> list[Cluster]:
    """The English topics of the MultiLing 2011 Pilot found under ``root``, with their model summaries."""
    if not root.exists():
        raise SystemExit(f"{root}: no such file or folder")
    if root.is_file() and not zipfile.is_zipfile(root):
        raise SystemExit(f"{root}: neither a folder, a git repository nor a zip file")
    sources: dict[str, dict[str, tuple[str, Callable[[], bytes]]]] = defaultdict(dict)
    models: dict[str, dict[str, Callable[[], bytes]]] = defaultdict(dict)
    for path, read in sorted(_files(root).items()):
        if m := _ML_SOURCE.search(path):
            sources[f"M{m[1]}"][m[2]] = (path, read)
        elif m := _ML_MODEL.search(path):
            models[f"M{m[1]}"][m[2].upper()] = read
    topics = sorted(t for t in sources if models.get(t))
    if not topics:
        raise SystemExit(f"{root}: no MultiLing 2011 English topics (SourceTexts/M00TD.english with "
                         "Model Summaries/English/M00T.X.250) found")
    return [(topic, [multiling_document(f"{topic}{d}", path, read()) for d, (path, read) in sorted(sources[topic].items())],
             [" ".join(_decode(read()).split()) for _, read in sorted(models[topic].items())])
            for topic in topics]


def scores_against(pred: list[str], refs: list[list[str]]) -> tuple[float, float, float]:
    """ROUGE-1, -2, -L F of one summary, the mean over the references."""
    rows = [(rouge_n(pred, ref, 1), rouge_n(pred, ref, 2), rouge_l(pred, ref)) for ref in refs]
    r1, r2, rl = (sum(r[i] for r in rows) / len(rows) for i in range(3))
    return r1, r2, rl


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="ROUGE of rassegna's summary against lead and LexRank.")
    parser.add_argument("--public", type=Path, metavar="DIR",
                        help="the MultiLing 2011 Pilot dataset (folder, git repository or zip) instead of our events")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N events")
    args = parser.parse_args(argv)
    clusters = load_multiling(args.public) if args.public else load()
    if args.limit is not None:
        clusters = clusters[:args.limit]
    scores: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    words: dict[str, list[int]] = defaultdict(list)
    cited = exact = total_sents = total_spans = 0
    for _story, docs, refs in clusters:
        k = summary_length(len(docs))
        sents = [s for s in story_sentences(docs) if not s.heading]
        ours = build_summary(docs)
        texts = {d.id: d.text for d in docs}
        total_sents += len(ours)
        cited += sum(bool(item["sources"]) for item in ours)
        spans = [s for item in ours for s in item["sources"]]
        total_spans += len(spans)
        exact += sum(texts[s["article"]][s["start"]:s["end"]] == s["text"] for s in spans)
        ref_t = [tokens(ref) for ref in refs]
        words["references"] += [len(r) for r in ref_t]
        for name, picked in (("lead", lead(sents, docs, k)), ("lexrank", lexrank(sents, k)),
                             ("rassegna", [i["text"] for i in ours])):
            pred = tokens(" ".join(picked))
            words[name].append(len(pred))
            scores[name].append(scores_against(pred, ref_t))
    n = len(scores["lead"])
    if args.public:
        n_docs, n_refs = sum(len(c[1]) for c in clusters), sum(len(c[2]) for c in clusters)
        print(f"summary: {n} events, {n_docs} articles, {n_refs} reference summaries "
              f"(MultiLing 2011 Pilot, English, {args.public})")
    else:
        print(f"summary: {n} events (our own reference set, tests/data/summaries/dev.jsonl)")
    print(f"{'system':10} {'ROUGE-1 F':>10} {'ROUGE-2 F':>10} {'ROUGE-L F':>10}")
    for name, rows in scores.items():
        means = [sum(r[i] for r in rows) / n for i in range(3)]
        print(f"{name:10} {means[0]:10.3f} {means[1]:10.3f} {means[2]:10.3f}")
    print(f"rassegna summary sentences cited: {cited}/{total_sents}; exact spans: {exact}/{total_spans}")
    if args.public:
        print("mean words per summary: " + ", ".join(f"{name} {sum(w) / len(w):.0f}" for name, w in words.items()))


if __name__ == "__main__":
    main()
