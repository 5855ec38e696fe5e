"""Build gold.jsonl from the hand-made annotation lexicon below.

The annotation decisions (which strings are names, their type and their entity key)
were made by hand by reading each article, following GUIDELINES.md; this script only
turns those decisions into character offsets, so that no offset is typed by hand.

How it works:
- LEXICON maps a surface string (exactly as written, case-sensitive) to (type, entity).
- For every selected article, every occurrence of every lexicon surface is located with
  word boundaries, longest surface first; an occurrence overlapping an already placed
  mention is skipped (so "Campi Bisenzio" wins over "Campi" and "Bisenzio").
- EXCLUDE lists per-article (surface, occurrence_index) pairs that are NOT mentions in that
  context (occurrence_index counts the word-bounded occurrences of that surface in the text,
  from 0, before overlap resolution). It is empty unless a case needs it.
- OVERRIDE lists per-article (surface, occurrence_index) -> (type, entity) for context-
  dependent readings.

Run:  python3 tests/data/entities/build.py   (writes gold.jsonl next to this file)
Then: python3 tests/data/entities/check.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = HERE.parent / "stories"

TEST_EVENTS = ["test-e01", "test-e02", "test-e03", "test-e05", "test-e06",
               "test-e07", "test-e09", "test-e10", "test-e11", "test-e12"]
DEV_EVENTS = ["dev-e06", "dev-e10"]

P, O, L, M = "PER", "ORG", "LOC", "MISC"  # noqa: E741 - short tags keep the lexicon readable

LEXICON = {
    # --- Italian institutions and seats of power -------------------------------
    "Camera": (O, "italian-chamber-of-deputies"),
    "Chamber of Deputies": (O, "italian-chamber-of-deputies"),
    "Senato": (O, "italian-senate"),
    "Senate": (O, "italian-senate"),
    "Parlamento": (O, "italian-parliament"),
    "Montecitorio": (O, "montecitorio"),
    "Palazzo Madama": (O, "palazzo-madama"),
    "Palazzo Chigi": (O, "palazzo-chigi"),
    "Quirinale": (O, "quirinale"),
    "Quirinale Palace": (O, "quirinale"),
    "Corte costituzionale": (O, "italian-constitutional-court"),
    "Gazzetta Ufficiale": (O, "gazzetta-ufficiale"),
    "Consiglio dei ministri": (O, "italian-council-of-ministers"),
    "ministero del Lavoro": (O, "italian-ministry-of-labour"),
    "Ispettorato del lavoro": (O, "italian-labour-inspectorate"),
    "Protezione civile": (O, "italian-civil-protection"),
    "Regione Toscana": (O, "tuscany-region"),
    "Regione Lombardia": (O, "lombardy-region"),
    "Ros": (O, "carabinieri-ros"),
    "Cgil": (O, "cgil"),
    "Cisl": (O, "cisl"),
    "Uil": (O, "uil"),
    "Istat": (O, "istat"),
    "Inail": (O, "inail"),
    "Coni": (O, "coni"),
    "Cosa Nostra": (O, "cosa-nostra"),
    "Niguarda": (O, "niguarda-hospital"),
    "Buckingham Palace": (O, "buckingham-palace"),
    "Commonwealth": (O, "commonwealth-of-nations"),
    "Nature Astronomy": (O, "nature-astronomy"),
    "University of Geneva": (O, "university-of-geneva"),
    "European Central Bank": (O, "european-central-bank"),
    "ECB": (O, "european-central-bank"),
    "Banca centrale europea": (O, "european-central-bank"),
    "Bce": (O, "european-central-bank"),
    "Eurotower": (O, "eurotower"),
    "Governing Council": (O, "ecb-governing-council"),
    # --- people ---------------------------------------------------------------
    "Lucia": (P, "lucia-campi-bisenzio-resident"),
    "Gaetano Russotto": (P, "gaetano-russotto"),
    "Russotto": (P, "gaetano-russotto"),
    "Pietro": (P, "gaetano-russotto"),  # alias «signor Pietro» used by Russotto
    "Elena Raspanti": (P, "elena-raspanti"),
    "Raspanti": (P, "elena-raspanti"),
    "Jannik Sinner": (P, "jannik-sinner"),
    "Sinner": (P, "jannik-sinner"),
    "Carlos Alcaraz": (P, "carlos-alcaraz"),
    "Alcaraz": (P, "carlos-alcaraz"),
    "Carlos": (P, "carlos-alcaraz"),
    "de Minaur": (P, "alex-de-minaur"),
    "Auger-Aliassime": (P, "felix-auger-aliassime"),
    "Andrea Colombari": (P, "andrea-colombari"),
    "Charles": (P, "charles-iii"),
    "Carlo III": (P, "charles-iii"),
    "Camilla": (P, "queen-camilla"),
    "Francis": (P, "pope-francis"),
    "Sergio Mattarella": (P, "sergio-mattarella"),
    "Dante Alighieri": (P, "dante-alighieri"),
    "Dante": (P, "dante-alighieri"),
    "Donald Trump": (P, "donald-trump"),
    "Shehbaz Sharif": (P, "shehbaz-sharif"),
    "Lena Vogt": (P, "lena-vogt"),
    "Marco Bernasconi": (P, "marco-bernasconi"),
    "Volodymyr Zelensky": (P, "volodymyr-zelensky"),
    "Volodymyr Zelenskyj": (P, "volodymyr-zelensky"),
    "Zelensky": (P, "volodymyr-zelensky"),
    "Zelenskyj": (P, "volodymyr-zelensky"),
    "Giorgia Meloni": (P, "giorgia-meloni"),
    "Meloni": (P, "giorgia-meloni"),
    "Christine Lagarde": (P, "christine-lagarde"),
    "Lagarde": (P, "christine-lagarde"),
    # --- places ---------------------------------------------------------------
    "Italia": (L, "italy"),
    "Italy": (L, "italy"),
    "Toscana": (L, "tuscany"),
    "Tuscany": (L, "tuscany"),
    "Firenze": (L, "florence"),
    "Florence": (L, "florence"),
    "Prato": (L, "prato"),
    "Pistoia": (L, "pistoia"),
    "Campi Bisenzio": (L, "campi-bisenzio"),
    "Campi": (L, "campi-bisenzio"),
    "Bisenzio": (L, "bisenzio-river"),
    "Sesto Fiorentino": (L, "sesto-fiorentino"),
    "Piana fiorentina": (L, "piana-fiorentina"),
    "Piana": (L, "piana-fiorentina"),
    "piazza Dante": (L, "piazza-dante-campi-bisenzio"),
    "Monte Morello": (L, "monte-morello"),
    "Roma": (L, "rome"),
    "Rome": (L, "rome"),
    "Bagheria": (L, "bagheria"),
    "Palermo": (L, "palermo"),
    "Messina": (L, "messina"),
    "Porta Nuova": (L, "porta-nuova-palermo"),
    "Pagliarelli": (L, "pagliarelli-prison"),
    "Sicilia": (L, "sicily"),
    "Mezzogiorno": (L, "southern-italy"),
    "Sud": (L, "southern-italy"),
    "Europa": (L, "europe"),
    "Europe": (L, "europe"),
    "Monza": (L, "monza"),
    "via Borgazzi": (L, "via-borgazzi-monza"),
    "Lombardia": (L, "lombardy"),
    "Torino": (L, "turin"),
    "Turin": (L, "turin"),
    "Inalpi Arena": (L, "inalpi-arena"),
    "Milano": (L, "milan"),
    "Milan": (L, "milan"),
    "Bergamo": (L, "bergamo"),
    "Vatican": (L, "vatican-city"),
    "Ravenna": (L, "ravenna"),
    "Ukraine": (L, "ukraine"),
    "Ucraina": (L, "ukraine"),
    "Regno Unito": (L, "united-kingdom"),
    "India": (L, "india"),
    "Pakistan": (L, "pakistan"),
    "Washington": (L, "washington-dc"),
    "Kashmir": (L, "kashmir"),
    "Srinagar": (L, "srinagar"),
    "Islamabad": (L, "islamabad"),
    "United States": (L, "united-states"),
    "US": (L, "united-states"),
    "Pahalgam": (L, "pahalgam"),
    "Nuova Delhi": (L, "new-delhi"),
    "Earth": (L, "earth"),
    "Sun": (L, "sun"),
    "LHS 1902 b": (L, "lhs-1902-b"),
    "Chile": (L, "chile"),
    "Geneva": (L, "geneva"),
    "Berlino": (L, "berlin"),
    "Berlin": (L, "berlin"),
    "Kiev": (L, "kyiv"),
    "Kyiv": (L, "kyiv"),
    "piazza Colonna": (L, "piazza-colonna-rome"),
    "Frankfurt": (L, "frankfurt"),
    "Francoforte": (L, "frankfurt"),
    # --- MISC -----------------------------------------------------------------
    "Atp Finals": (M, "atp-finals"),
    "ATP Finals": (M, "atp-finals"),
    "Finals": (M, "atp-finals"),
    "Grand Slam": (M, "grand-slam"),
    "Second World War": (M, "world-war-ii"),
    "Resistenza": (M, "italian-resistance"),
    "James Webb Space Telescope": (M, "james-webb-space-telescope"),
    "Webb": (M, "james-webb-space-telescope"),
    "ESPRESSO": (M, "espresso-spectrograph"),
    "Very Large Telescope": (M, "very-large-telescope"),
    "Samp-T": (M, "samp-t"),
    "SAMP/T": (M, "samp-t"),
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {}
# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {}


def occurrences(text, surface):
    pat = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def annotate(doc):
    return find_mentions(doc["text"], LEXICON, EXCLUDE.get(doc["id"], []), OVERRIDE.get(doc["id"], {}))


def find_mentions(text, lexicon, exclude, override):
    """Every occurrence of a lexicon surface, longest first, never overlapping; ``exclude`` and
    ``override`` name occurrences by (surface, index) to leave out or to type otherwise."""
    taken = []  # (start, end)
    mentions = []
    excl = set(exclude)
    over = override
    for surface in sorted(lexicon, key=len, reverse=True):
        for k, (s, e) in enumerate(occurrences(text, surface)):
            if (surface, k) in excl:
                continue
            if any(s < te and ts < e for ts, te in taken):
                continue
            typ, ent = over.get((surface, k), lexicon[surface])
            taken.append((s, e))
            mentions.append({"start": s, "end": e, "text": text[s:e], "type": typ, "entity": ent})
    mentions.sort(key=lambda m: m["start"])
    return mentions


def uncovered_capitalised(text, mentions):
    """Capitalised words outside every mention, for the omission review."""
    out = []
    for m in re.finditer(r"\w[\w-]*(?!['’])\b", text):  # "L'Iran" gives "Iran"
        if m.group()[0].isupper() and not any(g["start"] <= m.start() < g["end"] for g in mentions):
            out.append(m.group())
    return out


def build_heldout(source, lexicon, event_lexicon, exclude, override, review=False):
    """Write ``<source>_gold.jsonl`` for the articles of ``<source>_articles.jsonl``: the
    mechanism every held-out build script shares.

    - ``lexicon`` maps a surface string (exactly as written, case-sensitive) to (type, entity)
      for names used in several events; ``event_lexicon[story]`` adds the names of one event
      and takes precedence over ``lexicon`` there.
    - For every article, every occurrence of every surface is located with word boundaries,
      longest surface first (``find_mentions``); an occurrence overlapping an already placed
      mention is skipped.
    - ``exclude`` lists per-article (surface, occurrence_index) pairs that are NOT mentions
      there; ``override`` lists per-article (surface, occurrence_index) -> (type, entity) for
      readings that depend on context. occurrence_index counts the word-bounded occurrences of
      that surface in the text, from 0, before overlap resolution.
    - With ``review``, it also lists per article the capitalised words not covered by any
      mention, for the omission check of GUIDELINES.md section 6, step 3.
    """
    docs = [json.loads(line) for line in open(HERE / f"{source}_articles.jsonl", encoding="utf-8") if line.strip()]
    out = []
    for doc in docs:
        mentions = find_mentions(doc["text"], {**lexicon, **event_lexicon.get(doc["story"], {})},
                                 exclude.get(doc["id"], []), override.get(doc["id"], {}))
        out.append({"id": doc["id"], "source": source, "language": doc["language"], "mentions": mentions})
        if review:
            print(f"{doc['id']}: {len(mentions)} mentions; not covered: "
                  + ", ".join(uncovered_capitalised(doc["text"], mentions)))
    with open(HERE / f"{source}_gold.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} articles, {sum(len(r['mentions']) for r in out)} mentions")


def main():
    out = []
    for source, events in (("test", TEST_EVENTS), ("dev", DEV_EVENTS)):
        for line in open(STORIES / f"{source}.jsonl", encoding="utf-8"):
            doc = json.loads(line)
            if doc["story"] not in events:
                continue
            out.append({"id": doc["id"], "source": source, "language": doc["language"],
                        "mentions": annotate(doc)})
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} articles, {sum(len(r['mentions']) for r in out)} mentions")


if __name__ == "__main__":
    main()
