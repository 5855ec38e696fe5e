"""Batch engines compared on the same synthetic corpus: articles/s and peak memory.

    python benchmarks/batch.py [--n 20000] [--keep DIR] [--json out.json] [--skip spark1,workers]

Writes N short articles (a few hundred words; events of five kinds reported by two to six
outlets, mostly Italian, some English, a few wire copies; places, people, figures, dates;
from the templates below) to a temporary JSON-lines file, then runs ``rassegna batch`` on it
in a fresh subprocess per configuration:

- ``local``: the local engine, one process (the single-machine path, pure Python);
- ``spark``: the Spark engine on ``local[*]`` (all cores);
- ``spark1``: the Spark engine on ``local[1]`` (one core), for one core vs all cores;
- ``workers``: the local engine with one worker process per core.

For each: wall time, articles/s, the driver's peak RSS (the Python process that runs the
work across articles) and the peak RSS of its whole process tree (for Spark: the JVM and the
Python workers too, sampled every 0.2 s), then the ratios measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

TOWNS = ["Pieve Ardenga", "Castelmonte", "Borgo Valdera", "San Lucido", "Roccalta", "Vallenera", "Montefalco Basso",
         "Porto Ulisse", "Ferentino Alto", "Casalvento", "Acquaviva Sannita", "Lago Serrano", "Colle Marino",
         "Torre Aldina", "Santa Lidia", "Pontegrande", "Marina di Senna", "Villa Ceraso", "Capo Rosso", "Fiumeluce"]
FIRST = ["Andrea", "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Paolo", "Elena", "Stefano", "Sara", "Matteo",
         "Laura", "Davide", "Marta", "Roberto", "Silvia", "Giorgio", "Anna", "Fabio", "Valeria"]
LAST = ["Colonnesi", "Ferrandi", "Bellavista", "Moretti", "Santangelo", "Guidotti", "Marchetti", "Rinaldi",
        "Fontana", "Caruso", "Pellegrini", "Vitale", "Lombardo", "Barbieri", "Testa", "Orlandi", "Gentile",
        "Serra", "Donati", "Villa"]
OUTLETS_IT = ["Cronache Nazionali", "Il Corriere Peninsulare", "Il Tirreno Sera", "La Voce del Paese",
              "Notizie Adesso", "Gazzetta del Mattino", "Il Quotidiano Libero"]
OUTLETS_EN = ["Italy Today English", "The Peninsula Post"]
MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
             "ottobre", "novembre", "dicembre"]
DAYS_IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

EVENTS_IT = {
    "alluvione": ("Alluvione a {town}: {n} sfollati e un morto", [
        "Il fiume è esondato {day} nella notte a {town}, dove {n} persone hanno lasciato le loro case.",
        "Il sindaco {person} ha chiesto lo stato di emergenza: «Abbiamo bisogno di aiuti subito», ha detto.",
        "Secondo la protezione civile sono caduti oltre {mm} millimetri di pioggia in dodici ore.",
        "I vigili del fuoco hanno soccorso {k} persone rimaste bloccate ai piani alti.",
        "La Regione ha stanziato {m} milioni di euro per i primi interventi.",
        "Il prefetto {person2} ha convocato il comitato per l'ordine pubblico alle {hour}."]),
    "sciopero": ("Sciopero dei trasporti {day}: a {town} fermi bus e treni", [
        "I sindacati hanno proclamato uno sciopero di otto ore per {day}, dalle 9 alle 17.",
        "«La sicurezza del personale non è più rinviabile», ha dichiarato il segretario {person}.",
        "L'azienda dei trasporti di {town} garantisce le fasce protette; a rischio {n} corse.",
        "Il ministro {person2} ha convocato le parti per il giorno precedente, alle {hour}.",
        "Secondo le stime, l'adesione potrebbe superare il {pct} per cento.",
        "I pendolari si preparano a una giornata difficile: {k} mila persone usano il servizio ogni giorno."]),
    "incendio": ("Incendio in un capannone a {town}, nube di fumo sulla città", [
        "Un incendio è divampato {day} in un capannone industriale della zona artigianale di {town}.",
        "Il sindaco {person} ha firmato un'ordinanza: finestre chiuse nel raggio di {k} chilometri.",
        "«Non ci sono feriti, ma la nube preoccupa», ha spiegato il comandante dei vigili del fuoco {person2}.",
        "L'Arpa ha installato {n} centraline per misurare la qualità dell'aria.",
        "Le fiamme hanno distrutto {m} mila metri quadrati di magazzino.",
        "La procura ha aperto un fascicolo per incendio colposo; i rilievi sono ripresi alle {hour}."]),
    "processo": ("Processo per corruzione a {town}: condannato l'ex assessore {person}", [
        "Il tribunale ha condannato {day} l'ex assessore {person} a {k} anni di reclusione.",
        "Secondo l'accusa, tra il 2019 e il 2022 sarebbero passati tangenti per {m} milioni di euro.",
        "«Faremo appello, la sentenza è ingiusta», ha detto l'avvocato {person2} all'uscita dall'aula.",
        "Altri {n} imputati sono stati assolti perché il fatto non sussiste.",
        "La lettura del dispositivo è avvenuta alle {hour}, dopo sei ore di camera di consiglio.",
        "Il comune di {town}, parte civile, otterrà un risarcimento di {pct} mila euro."]),
    "elezioni": ("Elezioni comunali a {town}: {person} eletto sindaco", [
        "{person} è il nuovo sindaco di {town}: ha ottenuto il {pct} per cento dei voti al ballottaggio di {day}.",
        "L'affluenza si è fermata al {k} per cento, in calo rispetto a cinque anni fa.",
        "«Sarò il sindaco di tutti», ha detto {person} ai sostenitori riuniti in piazza.",
        "Lo sfidante {person2} ha riconosciuto la sconfitta alle {hour}.",
        "Il nuovo consiglio comunale avrà {n} seggi, {m} dei quali alla maggioranza.",
        "La proclamazione ufficiale è attesa entro la settimana."]),
}
EVENTS_EN = {
    "alluvione": ("Flood in {town} leaves {n} people homeless", [
        "The river burst its banks overnight on {day} in {town}, forcing {n} people from their homes.",
        "Mayor {person} asked for a state of emergency, saying help was needed at once.",
        "Civil protection said more than {mm} millimetres of rain fell in twelve hours.",
        "The regional government set aside {m} million euros for the first repairs."]),
    "sciopero": ("Transport strike on {day} halts buses and trains in {town}", [
        "Unions called an eight-hour strike for {day}, from 9am to 5pm.",
        "Union leader {person} said staff safety could no longer wait.",
        "Minister {person2} summoned both sides for talks the day before.",
        "Up to {n} services are at risk in {town}."]),
    "incendio": ("Warehouse fire in {town} sends smoke over the town", [
        "A fire broke out on {day} in an industrial warehouse in {town}.",
        "Mayor {person} ordered residents within {k} kilometres to keep windows shut.",
        "Fire chief {person2} said nobody was hurt.",
        "The flames destroyed {m} thousand square metres of storage."]),
    "processo": ("Former councillor {person} convicted of corruption in {town}", [
        "A court in {town} sentenced former councillor {person} to {k} years in prison on {day}.",
        "Prosecutors said bribes worth {m} million euros changed hands between 2019 and 2022.",
        "Defence lawyer {person2} said they would appeal.",
        "Another {n} defendants were acquitted."]),
    "elezioni": ("{person} elected mayor of {town}", [
        "{person} won the run-off in {town} on {day} with {pct} percent of the vote.",
        "Turnout was {k} percent, down from five years ago.",
        "Rival {person2} conceded defeat.",
        "The new council will have {n} seats."]),
}
# Context sentences are put together from parts, so that unrelated articles share few
# five-word shingles (as real ones do) and the near-duplicate finder sees realistic candidates.
FILLER_IT = (
    ["I residenti del quartiere", "Le associazioni locali", "Il comitato dei cittadini", "Gli esperti", "I commercianti",
     "Alcuni consiglieri", "I tecnici comunali", "Le opposizioni", "Molti genitori", "I volontari"],
    ["chiedono", "hanno denunciato", "temono", "attendono", "sollecitano", "hanno segnalato", "discutono", "ricordano"],
    ["nuovi controlli", "fondi straordinari", "tempi certi", "un incontro pubblico", "più trasparenza",
     "interventi rapidi", "risposte chiare", "un piano di manutenzione", "la riapertura delle scuole"],
    ["a {town}", "entro la fine del mese", "da parte della Regione", "nelle prossime settimane", "dopo quanto accaduto",
     "per il quartiere", "in consiglio comunale", "sui social network", "con una lettera al prefetto"],
)
FILLER_EN = (
    ["Residents", "Local groups", "Experts", "Shop owners", "Opposition councillors", "Parents", "Volunteers"],
    ["are asking for", "have called for", "fear", "are waiting for", "want"],
    ["new checks", "emergency funds", "a clear timetable", "a public meeting", "more transparency", "quick repairs"],
    ["in {town}", "by the end of the month", "from the regional government", "in the coming weeks", "after the events"],
)


def _filler(rng: random.Random, parts: tuple[list[str], ...]) -> str:
    return " ".join(rng.choice(p) for p in parts) + "."


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots)


def _event(rng: random.Random, when: datetime) -> dict[str, str]:
    names = rng.sample(FIRST, 2), rng.sample(LAST, 2)
    return {"town": rng.choice(TOWNS), "person": f"{names[0][0]} {names[1][0]}", "person2": f"{names[0][1]} {names[1][1]}",
            "n": str(rng.randrange(20, 3000)), "k": str(rng.randrange(2, 60)), "m": str(rng.randrange(2, 90)),
            "mm": str(rng.randrange(80, 400)), "pct": str(rng.randrange(30, 80)), "hour": f"{rng.randrange(8, 20)}.30",
            "day_it": f"{DAYS_IT[when.weekday()]} {when.day} {MONTHS_IT[when.month - 1]}",
            "day_en": f"{DAYS_EN[when.weekday()]}, {MONTHS_EN[when.month - 1]} {when.day}"}


def _article(rng: random.Random, kind: str, slots: dict[str, str], english: bool) -> tuple[str, str]:
    title, facts = (EVENTS_EN if english else EVENTS_IT)[kind]
    filler = FILLER_EN if english else FILLER_IT
    day = slots["day_en" if english else "day_it"]
    fill = {**slots, "day": day}
    chosen = rng.sample(facts, k=max(3, len(facts) - rng.randrange(0, 2)))
    paragraphs = []
    for fact in chosen:  # each fact with two or three sentences of context: a few hundred words in all
        extra = [_filler(rng, filler) for _ in range(rng.randrange(3, 6))]
        paragraphs.append(" ".join(_fill(s, fill) for s in [fact, *extra]))
    return _fill(title, fill), "\n\n".join(paragraphs)


def generate(n: int, path: Path, *, seed: int = 7) -> Path:
    """Write ``n`` article records (JSON lines) to ``path``."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, 6, 0)
    written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < n:
            when = start + timedelta(hours=rng.randrange(0, 24 * 360))
            kind, slots = rng.choice(sorted(EVENTS_IT)), _event(rng, when)
            first_text = ""
            for outlet_no in range(rng.randrange(2, 7)):
                english = outlet_no > 0 and rng.random() < 0.2
                title, text = _article(rng, kind, slots, english)
                published = when + timedelta(minutes=rng.randrange(30, 36 * 60))
                if outlet_no and not english and rng.random() < 0.1:  # a wire copy of the first report
                    text = f"(Agenzia) {first_text}"
                record = {"id": f"b{written:07d}", "title": title, "text": text, "published": published.isoformat(),
                          "outlet": rng.choice(OUTLETS_EN if english else OUTLETS_IT), "language": "en" if english else "it"}
                first_text = first_text or text
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
                if written >= n:
                    break
    return path


CONFIGS = {  # name: (engine, options of run_batch)
    "local": ("local", {"workers": 1}),
    "spark": ("spark", {"master": "local[*]"}),
    "spark1": ("spark", {"master": "local[1]"}),
    "workers": ("local", {"workers": os.cpu_count() or 1}),
}
SAMPLE_EVERY = 0.2  # seconds between samples of the process tree's memory


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/statm") as f:
                rss[int(entry)] = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(p, 0) for p in tree)


def child(name: str, source: str, output: str) -> None:
    """Run one configuration in this (fresh) process and print its measures as JSON."""
    from rassegna.batch import run_batch

    engine, options = CONFIGS[name]
    peak = {"tree": 0}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak["tree"] = max(peak["tree"], _tree_rss_kb(os.getpid()))
            time.sleep(SAMPLE_EVERY)

    threading.Thread(target=sample, daemon=True).start()
    conf = {"spark.driver.memory": "4g"} if engine == "spark" else None
    started = time.perf_counter()
    result = run_batch(source, output, engine=engine, conf=conf, **options)
    seconds = time.perf_counter() - started
    done.set()
    print(json.dumps({"name": name, "seconds": seconds, "articles": result.articles, "counts": result.counts,
                      "phases": result.phases,
                      "driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "tree_mb": peak["tree"] / 1024}))


def run(name: str, source: Path, output: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", name, str(source), str(output / name)],
                          capture_output=True, text=True, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode or not lines:
        raise SystemExit(f"{name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(lines[-1])


def report(results: dict[str, dict], n: int) -> None:
    print(f"\n{n} articles, {os.cpu_count()} cores")
    print(f"{'config':10} {'seconds':>9} {'art/s':>8} {'driver MB':>10} {'tree MB':>9} {'stories':>8}  "
          "seconds per article / across articles / per story+write")
    for name, r in results.items():
        r["rate"] = r["articles"] / r["seconds"]
        phases = " / ".join(f"{v:.1f}" for v in r.get("phases", {}).values())
        print(f"{name:10} {r['seconds']:9.1f} {r['rate']:8.1f} {r['driver_mb']:10.0f} {r['tree_mb']:9.0f} "
              f"{r['counts'].get('stories'):>8}  {phases}")
    pairs = [("spark", "local", "Spark local[*] / single process"), ("spark", "spark1", "Spark local[*] / local[1]"),
             ("workers", "local", "local engine, all cores / one")]
    for a, b, label in pairs:
        if a in results and b in results:
            print(f"{label}: {results[a]['rate'] / results[b]['rate']:.2f}x")
    stories = {r["counts"].get("stories") for r in results.values()}
    print("same number of stories in every configuration:", len(stories) == 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20000, help="articles to generate")
    ap.add_argument("--only", default=",".join(CONFIGS), help="configurations to run, comma-separated")
    ap.add_argument("--keep", default=None, help="keep the corpus and outputs in this folder")
    ap.add_argument("--json", default=None, help="also write the measures here")
    ap.add_argument("--child", nargs=3, metavar=("NAME", "INPUT", "OUTPUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        source = generate(args.n, folder / "corpus.jsonl")
        results = {}
        for name in args.only.split(","):
            results[name] = run(name, source, folder / "out")
            print(f"{name}: {results[name]['articles']} articles in {results[name]['seconds']:.1f} s", flush=True)
        report(results, args.n)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
