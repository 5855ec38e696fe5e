"""Ingest + cleaning throughput: articles/s and peak memory on generated scraped pages.

Usage: python benchmarks/ingest.py [N=10000]
Pages are generated from a small vocabulary with the debris real pages carry (menus,
newsletter boxes, related links, captions, datelines), so cleaning does real work. The
accuracy line reports the share of generated debris lines removed and body lines kept.
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc

from rassegna.clean import Cleaner
from rassegna.clean.language import LanguageDetector
from rassegna.ingest.document import to_document
from rassegna.model import Article

WORDS = ("il governo ha deciso di rinviare la riforma delle pensioni mentre i sindacati chiedono un incontro "
         "urgente con il ministro sulla crisi industriale del nord e sul futuro degli stabilimenti chimici "
         "la procura indaga su appalti comunali e sui fondi europei per la ricostruzione dopo il terremoto").split()
DEBRIS = ["Vai al contenuto", "Home | Cronaca | Politica | Economia | Sport", "Iscriviti alla newsletter",
          "Le notizie del giorno, ogni mattina.", "Iscriviti", "Leggi anche: {s}", "Pubblicato: 1{d}/03/2024 1{d}:30",
          "Condividi  Facebook  Twitter  WhatsApp", "Pubblicità", "© Riproduzione riservata",
          "Continua a leggere su Sito{d}.it"]


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def page(rng: random.Random) -> tuple[str, list[str], list[str]]:
    body = [" ".join(sentence(rng, rng.randint(12, 25)) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(4, 9))]
    debris = [d.format(s=sentence(rng, 6)[:-1], d=rng.randint(0, 9)) for d in rng.sample(DEBRIS, 6)]
    lines = debris[:2] + ["Titolo: " + sentence(rng, 8)[:-1]] + body[:2] + debris[2:4] + body[2:] + debris[4:]
    return "\n\n".join(lines), debris, body


def main(n: int) -> None:
    rng = random.Random(7)
    pages = [page(rng) for _ in range(n)]
    cleaner, language = Cleaner(), LanguageDetector()
    tracemalloc.start()
    start = time.perf_counter()
    removed = kept = debris_total = body_total = 0
    for i, (text, debris, body) in enumerate(pages):
        doc = language(cleaner(to_document(Article(source=f"gen{i}", raw=text.encode("utf-8")), max_bytes=10**7)))
        gone = {r.text for r in doc.removed}
        removed += sum(d in gone for d in debris)
        kept += sum(b in doc.text for b in body)
        debris_total += len(debris)
        body_total += len(body)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    print(f"articles: {n}  seconds: {elapsed:.1f}  articles/s: {n / elapsed:.0f}  peak memory: {peak / 2**20:.1f} MiB")
    print(f"accuracy: debris removed {removed / debris_total:.3f}  body kept {kept / body_total:.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
