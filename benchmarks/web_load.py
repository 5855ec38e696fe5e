"""Latency of the web app under load: the page and the API of a 200-article story, 50 concurrent
clients on 127.0.0.1, bounded in requests and time; stops by itself and prints p50/p95.

    python benchmarks/web_load.py [--articles 200] [--clients 50] [--requests 2000] [--seconds 25] [--db URL]

The articles are written here from templates (one event, many outlets, varied wording), analysed
into a temp SQLite store, then served by ``rassegna serve`` in a subprocess.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

OUTLETS = ["Gazzetta del Tirreno", "Il Corriere Apuano", "Agenzia Nova Press", "NotizieOra.it", "La Sentinella Toscana",
           "L'Osservatore Civico", "Il Giornale di Valle", "Radio Pieve", "Cronache Lucchesi", "Il Foglio del Serchio"]
OPENINGS = ["Nella notte tra lunedì e martedì", "Martedì 12 marzo, poco dopo le due", "Nelle prime ore di martedì",
            "Dopo ore di pioggia incessante, martedì notte"]
FACTS = [
    "l'argine del torrente Ardenga ha ceduto e l'acqua ha invaso il centro di Pieve Ardenga, in provincia di Lucca.",
    "Una persona è morta e oltre 1.200 abitanti sono stati evacuati dalle loro case.",
    "Il sindaco Lorenzo Bertagni ha detto che «la città non è mai stata così ferita».",
    "La ministra della Protezione civile Carla Benvenuti ha visitato il centro di accoglienza allestito nella palestra.",
    "Secondo il Consorzio di bonifica, il tratto crollato era già stato danneggiato nel novembre 2019.",
    "Sono caduti 180 millimetri di pioggia in dodici ore, secondo l'Istituto Toscano di Idrogeologia.",
    "I vigili del fuoco cercano ancora due dispersi nella frazione di Casale Basso.",
    "Il Consiglio dei ministri esaminerà giovedì lo stato di emergenza per la provincia di Lucca.",
]


def articles(n: int) -> list[dict]:
    """``n`` short articles on the same flood, each a different mix of the same facts."""
    rng = random.Random(9)
    out = []
    for i in range(n):
        facts = FACTS[:3] + rng.sample(FACTS[3:], 3)
        text = f"{rng.choice(OPENINGS)} " + " ".join(facts) + f" Aggiornamento numero {i + 1} della nostra redazione."
        out.append({"id": f"bench{i:03d}", "outlet": OUTLETS[i % len(OUTLETS)], "language": "it",
                    "title": f"Alluvione a Pieve Ardenga, cede l'argine: un morto e 1.200 sfollati ({i + 1})",
                    "published": f"2024-03-{12 + i % 3:02d}T{8 + i % 12:02d}:{i % 60:02d}", "text": text})
    return out


def fill_store(db: str, n: int) -> tuple[str, int]:
    """Analyse the articles into ``db``; return the id of the biggest story."""
    from rassegna.analyze import analyze
    from rassegna.store import open_store

    records = Path(tempfile.mkdtemp()) / "bench.jsonl"
    records.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles(n)), encoding="utf-8")
    store = open_store(db)
    analyze([str(records)], store=store)
    biggest = max(store.stories(), key=lambda s: len(s["articles"]))
    store.close()
    return biggest["id"], len(biggest["articles"])


def start_server(db: str) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = "import sys; from rassegna.cli import main; sys.exit(main())"
    proc = subprocess.Popen([sys.executable, "-c", code, "serve", "--db", db, "--port", str(port), "--no-auth"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(url + "/openapi.json", timeout=1)
            return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


async def load(url: str, paths: list[str], *, clients: int, requests: int, seconds: float) -> dict:
    """``clients`` concurrent clients cycling through ``paths`` until ``requests`` or ``seconds`` run out."""
    latencies: list[float] = []
    failures = 0
    issued = 0
    deadline = time.monotonic() + seconds

    async def client() -> None:
        nonlocal issued, failures
        async with httpx.AsyncClient(base_url=url, timeout=30) as http:
            while issued < requests and time.monotonic() < deadline:
                path = paths[issued % len(paths)]
                issued += 1
                start = time.perf_counter()
                response = await http.get(path)
                latencies.append(time.perf_counter() - start)
                failures += response.status_code != 200

    began = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.perf_counter() - began
    ms = sorted(x * 1000 for x in latencies)
    return {"requests": len(ms), "failures": failures, "seconds": round(elapsed, 1),
            "per_second": round(len(ms) / elapsed, 1), "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000, help="per scenario")
    parser.add_argument("--seconds", type=float, default=25.0, help="per scenario (two scenarios)")
    parser.add_argument("--db", help="an empty store to fill instead of a temp SQLite file (e.g. postgresql://…)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        started = time.perf_counter()
        story, size = fill_store(db, args.articles)
        print(f"store: {args.articles} articles analysed in {time.perf_counter() - started:.1f} s; "
              f"biggest story {story} has {size} articles")
        proc, url = start_server(db)
        try:
            cold = time.perf_counter()
            httpx.get(f"{url}/stories/{story}", timeout=60).raise_for_status()
            print(f"first story page (dossier built): {(time.perf_counter() - cold) * 1000:.0f} ms")
            scenarios = {
                "story page": [f"/stories/{story}"],
                "API": [f"/api/stories/{story}", "/api/stories", "/api/articles?limit=50", "/api/entities",
                        f"/api/articles/bench{random.Random(1).randrange(args.articles):03d}"],
            }
            for name, paths in scenarios.items():
                result = asyncio.run(load(url, paths, clients=args.clients, requests=args.requests,
                                          seconds=args.seconds))
                print(f"{name}: {json.dumps(result)}")
        finally:
            proc.terminate()
            proc.wait(timeout=20)


if __name__ == "__main__":
    main()
