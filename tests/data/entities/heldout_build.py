"""Build heldout_gold.jsonl from the hand-made annotation lexicon below.

The held-out set (see README.md, "Held-out set") has its own articles,
heldout_articles.jsonl, written for this project, and its own annotation decisions, made by
hand from the article texts alone following GUIDELINES.md. As in build.py, this script
only turns those decisions into character offsets, so that no offset is typed by hand.

How it works (build.build_heldout, shared by every gold set):
- LEXICON maps a surface string (exactly as written, case-sensitive) to (type, entity) for
  names used in several events; EVENT_LEXICON[story] adds the names of one event and takes
  precedence over LEXICON there (so "Ferretti" is Lucia Ferretti in heldout-e01 and Davide
  Ferretti in heldout-e04, and "ministero dell'Interno" is the Italian ministry in
  heldout-e01 and the Moroccan one in heldout-e05).
- For every article, every occurrence of every surface is located with word boundaries,
  longest surface first; an occurrence overlapping an already placed mention is skipped
  (so "Regione Umbria" and "Umbria Bene Comune" win over "Umbria").
- EXCLUDE and OVERRIDE name per-article (surface, occurrence_index) pairs that are not
  mentions there, or that are read otherwise (see build.build_heldout).

Run:  python3 tests/data/entities/heldout_build.py            (writes heldout_gold.jsonl)
      python3 tests/data/entities/heldout_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout_gold.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import build_heldout  # noqa: E402  (the mechanism and span finder all gold sets share)

P, O, L, M = "PER", "ORG", "LOC", "MISC"  # noqa: E741 - short tags keep the lexicon readable

# Names that occur in more than one event (same entity everywhere).
LEXICON = {
    # --- countries, cities, areas ----------------------------------------------
    "Italia": (L, "italy"),
    "Italy": (L, "italy"),
    "Roma": (L, "rome"),
    "Bologna": (L, "bologna"),
    "Europa": (L, "europe"),
    "Europe": (L, "europe"),
    "Asia": (L, "asia"),
    "Ucraina": (L, "ukraine"),
    "Ukraine": (L, "ukraine"),
    "Kiev": (L, "kyiv"),
    "Kyiv": (L, "kyiv"),
    "Mosca": (L, "moscow"),
    "Moscow": (L, "moscow"),
    "Russia": (L, "russia"),
    "Bruxelles": (L, "brussels"),
    "Brussels": (L, "brussels"),
    "Strasburgo": (L, "strasbourg"),
    "Strasbourg": (L, "strasbourg"),
    "Lussemburgo": (L, "luxembourg-city"),  # "con sede a Lussemburgo": the city
    "Ungheria": (L, "hungary"),
    "Hungary": (L, "hungary"),
    "Budapest": (L, "budapest"),
    "Polonia": (L, "poland"),
    "Regno Unito": (L, "united-kingdom"),
    "Britain": (L, "united-kingdom"),
    "Norvegia": (L, "norway"),
    "Norway": (L, "norway"),
    "Francia": (L, "france"),
    "France": (L, "france"),
    "Spagna": (L, "spain"),
    "Spain": (L, "spain"),
    "Germania": (L, "germany"),
    "Germany": (L, "germany"),
    "Greece": (L, "greece"),
    "Turchia": (L, "turkey"),
    "Cina": (L, "china"),
    "China": (L, "china"),
    "Canton": (L, "guangzhou"),
    "Guangzhou": (L, "guangzhou"),
    "Shanghai": (L, "shanghai"),
    "Hong Kong": (L, "hong-kong"),
    "Pechino": (L, "beijing"),
    "Beijing": (L, "beijing"),
    "United States": (L, "united-states"),
    "Canada": (L, "canada"),
    # --- institutions ------------------------------------------------------------
    "Unione europea": (O, "european-union"),
    "European Union": (O, "european-union"),
    "Ue": (O, "european-union"),
    "EU": (O, "european-union"),
    "Farnesina": (O, "farnesina"),
    "Palazzo Chigi": (O, "palazzo-chigi"),
    "Protezione civile": (O, "italian-civil-protection"),
}

EVENT_LEXICON = {
    # --- heldout-e01: Umbria regional election --------------------------------------
    "heldout-e01": {
        "Lucia Ferretti": (P, "lucia-ferretti"),
        "Ferretti": (P, "lucia-ferretti"),
        "Massimo Orlandini": (P, "massimo-orlandini"),
        "Orlandini": (P, "massimo-orlandini"),
        "Giacomo Bettoni": (P, "giacomo-bettoni"),
        "Paolo Sbarra": (P, "paolo-sbarra"),
        "Regione Umbria": (O, "umbria-region"),
        "Assemblea legislativa": (O, "umbria-legislative-assembly"),
        "Palazzo Donini": (O, "palazzo-donini"),  # seat of the regional government
        "Palazzo Cesaroni": (O, "palazzo-cesaroni"),  # seat of the regional assembly
        "Università di Perugia": (O, "university-of-perugia"),
        "Umbria Bene Comune": (O, "umbria-bene-comune"),  # civic list
        "Partito democratico": (O, "partito-democratico"),
        "Pd": (O, "partito-democratico"),
        "Nazareno": (O, "nazareno"),  # seat of the Pd, used for the party leadership
        "Movimento 5 Stelle": (O, "movimento-5-stelle"),
        "M5S": (O, "movimento-5-stelle"),
        "M5s": (O, "movimento-5-stelle"),
        "Alleanza Verdi e Sinistra": (O, "alleanza-verdi-e-sinistra"),
        "Avs": (O, "alleanza-verdi-e-sinistra"),
        "Fratelli d'Italia": (O, "fratelli-d-italia"),
        "FdI": (O, "fratelli-d-italia"),
        "Forza Italia": (O, "forza-italia"),
        "Lega": (O, "lega"),
        "Viminale": (O, "viminale"),
        "ministero dell'Interno": (O, "italian-ministry-of-interior"),
        "Umbria": (L, "umbria"),
        "Perugia": (L, "perugia"),
        "Foligno": (L, "foligno"),
        "Terni": (L, "terni"),  # also "provincia di Terni" (city key for the province)
        "Trasimeno": (L, "lake-trasimeno"),  # "lago Trasimeno"
        "Città di Castello": (L, "citta-di-castello"),
        "corso Vannucci": (L, "corso-vannucci-perugia"),
        "piazza IV Novembre": (L, "piazza-iv-novembre-perugia"),
        "Valnerina": (L, "valnerina"),
        "Spoleto": (L, "spoleto"),
        "Assisi": (L, "assisi"),
        "Tevere": (L, "tiber-river"),  # "alta valle del Tevere"
        "Norcia": (L, "norcia"),
        "Cascia": (L, "cascia"),
        "Orvieto": (L, "orvieto"),
    },
    # --- heldout-e02: European Council agrees a defence loan fund --------------------------
    "heldout-e02": {
        "Oleksandr Kovalčuk": (P, "oleksandr-kovalchuk"),
        "Kovalčuk": (P, "oleksandr-kovalchuk"),
        "Oleksandr Kovalciuk": (P, "oleksandr-kovalchuk"),
        "Oleksandr Kovalchuk": (P, "oleksandr-kovalchuk"),
        "Kovalchuk": (P, "oleksandr-kovalchuk"),
        "Dmitrij Volkov": (P, "dmitry-volkov"),
        "Dmitry Volkov": (P, "dmitry-volkov"),
        "Volkov": (P, "dmitry-volkov"),
        "Paolo Terranova": (P, "paolo-terranova"),
        "Terranova": (P, "paolo-terranova"),
        "Consiglio europeo": (O, "european-council"),
        "European Council": (O, "european-council"),  # also in "the European Council building"
        "Commissione europea": (O, "european-commission"),
        "European Commission": (O, "european-commission"),
        "Parlamento europeo": (O, "european-parliament"),
        "European Parliament": (O, "european-parliament"),
        "Banca europea per gli investimenti": (O, "european-investment-bank"),
        "European Investment Bank": (O, "european-investment-bank"),
        "Bei": (O, "european-investment-bank"),
        "EIB": (O, "european-investment-bank"),
        "Nato": (O, "nato"),
        "Cremlino": (O, "kremlin"),
        "Kremlin": (O, "kremlin"),
        # the fund: a financial instrument set up by EU law, MISC ("laws and other names")
        "Strumento europeo per la sicurezza": (M, "european-security-instrument"),
        "European Security Instrument": (M, "european-security-instrument"),
        "Esi": (M, "european-security-instrument"),
        "ESI": (M, "european-security-instrument"),
        "Next Generation EU": (M, "next-generation-eu"),
    },
    # --- heldout-e03: fake Parmigiano Reggiano trial in Parma -------------------------------
    "heldout-e03": {
        "Guido Manfredi": (P, "guido-manfredi"),
        "Manfredi": (P, "guido-manfredi"),
        "Chen Jiahui": (P, "chen-jiahui"),
        "Chen Jia Hui": (P, "chen-jiahui"),
        "Chen Jia-hui": (P, "chen-jiahui"),
        "Chen": (P, "chen-jiahui"),
        "Emiliana Formaggi": (O, "emiliana-formaggi"),
        "Jinlong Trading": (O, "jinlong-trading"),
        "Consorzio del Parmigiano Reggiano": (O, "parmigiano-reggiano-consortium"),
        "Parmigiano Reggiano Consortium": (O, "parmigiano-reggiano-consortium"),
        "Nucleo antifrodi carabinieri": (O, "carabinieri-anti-fraud-unit"),
        "Nac": (O, "carabinieri-anti-fraud-unit"),
        "Guardia di Finanza": (O, "guardia-di-finanza"),
        "ministero dell'Agricoltura": (O, "italian-ministry-of-agriculture"),
        "Parmigiano Reggiano": (M, "parmigiano-reggiano"),  # product (protected designation)
        "Parmigiano": (M, "parmigiano-reggiano"),
        "Grana Padano": (M, "grana-padano"),
        "Parma": (L, "parma"),
        "Collecchio": (L, "collecchio"),
        "Reggio Emilia": (L, "reggio-emilia"),
        "La Spezia": (L, "la-spezia"),
        "Genova": (L, "genoa"),
        "Fidenza": (L, "fidenza"),
    },
    # --- heldout-e04: Conference League final in Leipzig ------------------------------------
    "heldout-e04": {
        "Tommaso Rinaldi": (P, "tommaso-rinaldi"),
        "Rinaldi": (P, "tommaso-rinaldi"),
        "Matteo Colombo": (P, "matteo-colombo"),
        "Colombo": (P, "matteo-colombo"),
        "Giorgos Papadakis": (P, "giorgos-papadakis"),
        "Yorgos Papadakis": (P, "giorgos-papadakis"),
        "Papadakis": (P, "giorgos-papadakis"),
        "Davide Ferretti": (P, "davide-ferretti"),
        "Ferretti": (P, "davide-ferretti"),
        "Thiago Lemos": (P, "thiago-lemos"),
        "Stefano Bardelli": (P, "stefano-bardelli"),
        "Bardelli": (P, "stefano-bardelli"),
        "Kostas Anagnostou": (P, "kostas-anagnostou"),
        "Álvaro Morente": (P, "alvaro-morente"),
        "Alvaro Morente": (P, "alvaro-morente"),
        "Morente": (P, "alvaro-morente"),
        "Atalanta": (O, "atalanta"),
        "Olympiakos": (O, "olympiacos"),
        "Olympiacos": (O, "olympiacos"),
        "Uefa": (O, "uefa"),
        "UEFA": (O, "uefa"),
        "Conference League": (M, "conference-league"),
        "Uefa Conference League": (M, "conference-league"),
        "UEFA Conference League": (M, "conference-league"),
        "Europa League": (M, "europa-league"),
        "Champions League": (M, "champions-league"),
        "Premier League": (M, "premier-league"),
        "Serie B": (M, "serie-b"),
        "Red Bull Arena": (L, "red-bull-arena-leipzig"),
        "Gewiss Stadium": (L, "gewiss-stadium"),
        "Lipsia": (L, "leipzig"),
        "Leipzig": (L, "leipzig"),
        "Pireo": (L, "piraeus"),
        "Bergamo": (L, "bergamo"),  # also "the Bergamo club": the city name
        "piazza Vecchia": (L, "piazza-vecchia-bergamo"),
        "Sentierone": (L, "sentierone-bergamo"),
        "viale Papa Giovanni XXIII": (L, "viale-papa-giovanni-xxiii-bergamo"),
        "Città Alta": (L, "citta-alta-bergamo"),
        "Orio al Serio": (L, "orio-al-serio"),
        "Seriate": (L, "seriate"),
    },
    # --- heldout-e05: earthquake in Morocco's High Atlas -------------------------------------
    "heldout-e05": {
        "Youssef El Amrani": (P, "youssef-el-amrani"),
        "El Amrani": (P, "youssef-el-amrani"),
        "Yusuf al-Amrani": (P, "youssef-el-amrani"),
        "Youssef el-Amrani": (P, "youssef-el-amrani"),
        "Mohammed VI": (P, "mohammed-vi"),
        "Mohamed VI": (P, "mohammed-vi"),
        "Giulia Bettoni": (P, "giulia-bettoni"),
        "Chiara Lodovici": (P, "chiara-lodovici"),
        "ministero dell'Interno": (O, "moroccan-ministry-of-interior"),  # "... di Rabat"
        "Istituto nazionale di geofisica e vulcanologia": (O, "ingv"),
        "Ingv": (O, "ingv"),
        "US Geological Survey": (O, "usgs"),
        "USGS": (O, "usgs"),
        "Usgs": (O, "usgs"),
        "Mezzaluna Rossa": (O, "moroccan-red-crescent"),
        "Red Crescent": (O, "moroccan-red-crescent"),
        "Marocco": (L, "morocco"),
        "Morocco": (L, "morocco"),
        "Alto Atlante": (L, "high-atlas"),
        "High Atlas": (L, "high-atlas"),
        "Tabant": (L, "tabant"),
        "Azilal": (L, "azilal"),  # town and "provincia di Azilal" (city key for the province)
        "Aït Bouguemez": (L, "ait-bouguemez"),
        "Ait Bouguemez": (L, "ait-bouguemez"),
        "Ait Bougmez": (L, "ait-bouguemez"),
        "Marrakech": (L, "marrakesh"),
        "Marrakesh": (L, "marrakesh"),
        "Beni Mellal": (L, "beni-mellal"),
        "Casablanca": (L, "casablanca"),
        "Rabat": (L, "rabat"),
        "Al Haouz": (L, "al-haouz"),
        "Pisa": (L, "pisa"),
        "Brescia": (L, "brescia"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {}
# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {
    # "la Protezione civile marocchina" (Morocco's), then "il contingente della Protezione
    # civile" sent by the Italian government (the default key)
    "h05-b": {("Protezione civile", 0): (O, "moroccan-civil-protection")},
}


if __name__ == "__main__":
    build_heldout("heldout", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
