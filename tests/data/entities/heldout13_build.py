"""Build heldout13_gold.jsonl from the hand-made annotation lexicon below.

The thirteenth held-out set (see README.md, "Thirteenth held-out set (heldout13)") has its own
articles, heldout13_articles.jsonl, written for this project, and its own annotation
decisions, made by hand from the article texts alone following GUIDELINES.md and the
decisions recorded in README.md for the earlier held-out sets. As in build.py and the earlier
held-out build scripts, this script only turns those decisions into character offsets, so that
no offset is typed by hand.

How it works (build.build_heldout, shared by every gold set):
- LEXICON maps a surface string (exactly as written, case-sensitive) to (type, entity) for
  names used in several events; EVENT_LEXICON[story] adds the names of one event and takes
  precedence over LEXICON there.
- For every article, every occurrence of every surface is located with word boundaries,
  longest surface first; an occurrence overlapping an already placed mention is skipped
  (so "Consiglio regionale della Basilicata", "Basilicata Domani", "Regione Calabria",
  "Regione Siciliana", "Lampedusa e Linosa", "Lido di Camaiore", "Milano-Sanremo", "via Roma"
  and "ministero delle Imprese e del made in Italy" win over the shorter names inside them).
- EXCLUDE lists per-article (surface, occurrence_index) pairs that are NOT mentions there;
  OVERRIDE lists per-article (surface, occurrence_index) -> (type, entity) for readings that
  depend on context. occurrence_index counts the word-bounded occurrences of that surface
  in the text, from 0, before overlap resolution (an occurrence inside a longer name counts).

Run:  python3 tests/data/entities/heldout13_build.py            (writes heldout13_gold.jsonl)
      python3 tests/data/entities/heldout13_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout13_gold.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import build_heldout  # noqa: E402  (the mechanism and span finder all gold sets share)

P, O, L, M = "PER", "ORG", "LOC", "MISC"  # noqa: E741 - short tags keep the lexicon readable

# Names that occur in more than one event (same entity everywhere).
LEXICON = {
    # --- countries, regions, cities (datelines in capitals are annotated too) ---------------
    "Italia": (L, "italy"),
    "Italy": (L, "italy"),  # "Italy's Interior Ministry": the country and the body, two spans
    "ROMA": (L, "rome"),
    "Roma": (L, "rome"),
    "Rome": (L, "rome"),  # "urged Rome to ...": the capital for the government, LOC
    "Europa": (L, "europe"),
    "Portogallo": (L, "portugal"),
    "Basilicata": (L, "basilicata"),
    "Sicilia": (L, "sicily"),
    "Sicily": (L, "sicily"),
    "Madrid": (L, "madrid"),
    # --- institutions used in several events ------------------------------------------------
    "Guardia di Finanza": (O, "guardia-di-finanza"),
    "Guardia di finanza": (O, "guardia-di-finanza"),
    "Consiglio dei ministri": (O, "italian-council-of-ministers"),
}

EVENT_LEXICON = {
    # --- heldout13-e01: an investigation into health-care contracts in Basilicata -------------
    "heldout13-e01": {
        "POTENZA": (L, "potenza"),
        # "procura di Potenza", "Asp di Potenza", "tribunale del Riesame di Potenza": the city
        "Potenza": (L, "potenza"),
        "Matera": (L, "matera"),  # "Medisud Forniture di Matera", "tribunale di Matera", "ospedale di Matera"
        "Catanzaro": (L, "catanzaro"),  # "procura di Catanzaro"
        "Medisud Forniture": (O, "medisud-forniture"),
        "Basilicata Domani": (O, "basilicata-domani"),  # an (invented) civic list, one span
        # "l'Asp di Potenza": the health authority and the city, as "l'Asp di Caltanissetta"
        "Asp": (O, "asp-potenza"),
        # "ospedale San Carlo", "azienda ospedaliera San Carlo": hospital, kind word outside
        "San Carlo": (O, "san-carlo-hospital-potenza"),
        "Consiglio regionale della Basilicata": (O, "basilicata-regional-council"),
        "Partito democratico": (O, "partito-democratico"),
        "Movimento 5 Stelle": (O, "movimento-5-stelle"),
        "Fratelli d'Italia": (O, "fratelli-d-italia"),
        "Forza Italia": (O, "forza-italia"),
        "Azione": (O, "azione"),
        # "tribunale del Riesame di Potenza": the court, kind word outside (as in heldout5)
        "Riesame": (O, "potenza-riesame-court"),
        "Cassazione": (O, "italian-court-of-cassation"),
        "Associazione nazionale magistrati": (O, "associazione-nazionale-magistrati"),
        "Consiglio superiore della magistratura": (O, "csm"),
        "Csm": (O, "csm"),
        "Autorità nazionale anticorruzione": (O, "anac"),
        "Anac": (O, "anac"),
        "Michele Santangelo": (P, "michele-santangelo"),
        "Santangelo": (P, "michele-santangelo"),
        "Donato Lasaponara": (P, "donato-lasaponara"),
        "Lasaponara": (P, "donato-lasaponara"),
        "Annalisa Ferrara": (P, "annalisa-ferrara"),
        "Gianvito Colangelo": (P, "gianvito-colangelo"),
        "Rosanna Digilio": (P, "rosanna-digilio"),
        "Vito Bardi": (P, "vito-bardi"),
        "Bardi": (P, "vito-bardi"),
        "Rocco Pietrafesa": (P, "rocco-pietrafesa"),
        "Luigia Carbone": (P, "luigia-carbone"),
        "Nicola Abbate": (P, "nicola-abbate"),
        "Carlo Nordio": (P, "carlo-nordio"),
        "Giuseppe Ventrella": (P, "giuseppe-ventrella"),
        "Teresa Lopergolo": (P, "teresa-lopergolo"),
    },
    # --- heldout13-e02: a rescue at sea, landings at Lampedusa, an agreement with Tunisia -----
    "heldout13-e02": {
        "MARINA DI CARRARA": (L, "marina-di-carrara"),
        "Marina di Carrara": (L, "marina-di-carrara"),
        "LAMPEDUSA": (L, "lampedusa"),
        "Lampedusa": (L, "lampedusa"),
        "Lampedusa e Linosa": (L, "lampedusa-e-linosa"),  # the municipality ("Il sindaco di ...")
        "TUNISI": (L, "tunis"),
        "Tunisi": (L, "tunis"),
        "Tunisia": (L, "tunisia"),
        "Libia": (L, "libya"),
        "Libya": (L, "libya"),
        "Algeria": (L, "algeria"),
        "Sabratha": (L, "sabratha"),
        "Tripoli": (L, "tripoli"),
        "Zawiya": (L, "zawiya"),
        "Sfax": (L, "sfax"),
        "Cartagine": (L, "carthage"),  # "nel palazzo presidenziale di Cartagine": kind words outside
        "Toscana": (L, "tuscany"),
        "Tuscany": (L, "tuscany"),  # "Tuscany said ...": the region for its government, LOC
        "Massa": (L, "massa"),
        "Lucca": (L, "lucca"),
        "Pisa": (L, "pisa"),
        "Arezzo": (L, "arezzo"),
        "Berlin": (L, "berlin"),  # "a Berlin-based charity"
        "Bruxelles": (L, "brussels"),
        "Agrigento": (L, "agrigento"),  # "prefettura di Agrigento"
        "Porto Empedocle": (L, "porto-empedocle"),
        "Bari": (L, "bari"),
        "Favarolo": (L, "molo-favarolo"),  # "al molo Favarolo": kind word outside (heldout4)
        "contrada Imbriacola": (L, "contrada-imbriacola"),  # kept inside, as in heldout4
        "Guinea": (L, "guinea"),
        "Costa d'Avorio": (L, "ivory-coast"),
        "Sudan": (L, "sudan"),
        "Ocean Lyra": (M, "ocean-lyra"),  # a ship, MISC like Nordlicht
        "Humanitas Maris": (O, "humanitas-maris"),
        # "Guardia costiera" is Italy's; "la Guardia costiera libica" is Libya's (OVERRIDE below)
        "Guardia costiera": (O, "italian-coast-guard"),
        "Italian Coast Guard": (O, "italian-coast-guard"),
        "Viminale": (O, "viminale"),
        "Interior Ministry": (O, "italian-ministry-of-interior"),
        "Organizzazione internazionale per le migrazioni": (O, "iom"),
        "Oim": (O, "iom"),
        "UN Refugee Agency": (O, "unhcr"),
        "UNHCR": (O, "unhcr"),
        "Unhcr": (O, "unhcr"),
        "Italian Red Cross": (O, "italian-red-cross"),
        "Croce Rossa": (O, "italian-red-cross"),  # "la Croce Rossa italiana": adjective outside
        "Save the Children": (O, "save-the-children"),
        "Garde nationale": (O, "tunisian-national-guard"),
        "Commissione europea": (O, "european-commission"),
        "Associazione per gli studi giuridici sull'immigrazione": (O, "asgi"),
        "Asgi": (O, "asgi"),
        "Matteo Piantedosi": (P, "matteo-piantedosi"),
        "Piantedosi": (P, "matteo-piantedosi"),
        "Katrin Vollmer": (P, "katrin-vollmer"),
        "Eugenio Giani": (P, "eugenio-giani"),
        "Mourad Ben Salah": (P, "mourad-ben-salah"),
        "Kais Saied": (P, "kais-saied"),
        "Saïed": (P, "kais-saied"),
        "Magnus Brunner": (P, "magnus-brunner"),
    },
    # --- heldout13-e03: a Spanish takeover bid for a southern Italian power producer ----------
    "heldout13-e03": {
        "MILANO": (L, "milan"),
        "CORIGLIANO-ROSSANO": (L, "corigliano-rossano"),
        "Corigliano-Rossano": (L, "corigliano-rossano"),
        "Termini Imerese": (L, "termini-imerese"),
        "Calabria": (L, "calabria"),
        "Puglia": (L, "apulia"),
        "Palermo": (L, "palermo"),  # "in provincia di Palermo"
        "Napoli": (L, "naples"),
        "Marocco": (L, "morocco"),
        "Sud": (L, "southern-italy"),  # "nel Sud": southern Italy
        "Meridia Energía": (O, "meridia-energia"),
        "Meridia": (O, "meridia-energia"),
        "Elettra Sud": (O, "elettra-sud"),
        "Vesuvio Partecipazioni": (O, "vesuvio-partecipazioni"),
        "Piazza Affari": (O, "piazza-affari"),
        "Consob": (O, "consob"),
        "Palazzo Chigi": (O, "palazzo-chigi"),
        "Filctem Cgil": (O, "filctem-cgil"),
        "Filctem": (O, "filctem-cgil"),
        "Flaei Cisl": (O, "flaei-cisl"),
        "Flaei": (O, "flaei-cisl"),
        "Uiltec Uil": (O, "uiltec-uil"),
        "Uiltec": (O, "uiltec-uil"),
        "Regione Calabria": (O, "calabria-region"),
        "Regione Siciliana": (O, "sicily-region"),
        # the ministry's full name, one span with its lower-case words ("made in Italy" inside)
        "ministero delle Imprese e del made in Italy": (O, "italian-ministry-of-enterprises"),
        "Mimit": (O, "italian-ministry-of-enterprises"),
        "ministero dell'Ambiente e della sicurezza energetica": (O, "italian-ministry-of-environment"),
        "Terna": (O, "terna"),
        "Autorità di regolazione per energia reti e ambiente": (O, "arera"),
        "Arera": (O, "arera"),
        "Álvaro Ibarrondo": (P, "alvaro-ibarrondo"),
        "Alvaro Ibarrondo": (P, "alvaro-ibarrondo"),
        "Ibarrondo": (P, "alvaro-ibarrondo"),
        "Paolo Ferraiuolo": (P, "paolo-ferraiuolo"),
        "Gennaro Scalise": (P, "gennaro-scalise"),
        "Roberto Occhiuto": (P, "roberto-occhiuto"),
        "Adolfo Urso": (P, "adolfo-urso"),
        "Gilberto Pichetto Fratin": (P, "gilberto-pichetto-fratin"),
    },
    # --- heldout13-e04: Tirreno-Adriatico and the eve of Milano-Sanremo -----------------------
    "heldout13-e04": {
        "LIDO DI CAMAIORE": (L, "lido-di-camaiore"),
        "Lido di Camaiore": (L, "lido-di-camaiore"),
        "Camaiore": (L, "camaiore"),  # "la Camaiore-Follonica": the two towns of the stage
        "Follonica": (L, "follonica"),
        "Versilia": (L, "versilia"),
        "SAN BENEDETTO DEL TRONTO": (L, "san-benedetto-del-tronto"),
        "San Benedetto del Tronto": (L, "san-benedetto-del-tronto"),
        "SARNANO": (L, "sarnano"),
        "Sassotetto": (L, "sassotetto"),
        "Sibillini": (L, "monti-sibillini"),  # "in the Sibillini mountains": kind word outside
        "Adriatic": (L, "adriatic-sea"),  # "on the Adriatic coast"
        "Colombia": (L, "colombia"),
        "Danimarca": (L, "denmark"),
        "Aarhus": (L, "aarhus"),
        "BERGAMO": (L, "bergamo"),
        "Alzano Lombardo": (L, "alzano-lombardo"),
        "Val Seriana": (L, "val-seriana"),
        "Iseo": (L, "lake-iseo"),  # "il lago d'Iseo": kind word outside, like "lago di Misurina"
        "Pavia": (L, "pavia"),
        "Sanremo": (L, "sanremo"),  # "a Sanremo"; "Alla Sanremo" (the race) by OVERRIDE
        "via Roma": (L, "via-roma-sanremo"),  # the finish street, kind word inside
        "Cipressa": (L, "cipressa"),
        "Poggio": (L, "poggio-sanremo"),
        # races are MISC; nicknames and short forms share the race's key (like "Corsa rosa")
        "Tirreno-Adriatico": (M, "tirreno-adriatico"),
        "Corsa dei due mari": (M, "tirreno-adriatico"),
        "Tirreno": (M, "tirreno-adriatico"),  # "il vincitore della Tirreno"
        "Milano-Sanremo": (M, "milano-sanremo"),
        "Milan-San Remo": (M, "milano-sanremo"),
        "Classicissima": (M, "milano-sanremo"),
        "Volta ao Algarve": (M, "volta-ao-algarve"),
        "Giro di Romandia": (M, "tour-de-romandie"),
        "Giro di Catalogna": (M, "volta-a-catalunya"),
        "Tridente": (M, "tirreno-adriatico-trident"),  # the winner's trophy
        "Bahrain Victorious": (O, "bahrain-victorious"),
        "Visma-Lease a Bike": (O, "visma-lease-a-bike"),
        "Soudal Quick-Step": (O, "soudal-quick-step"),
        "Lidl-Trek": (O, "lidl-trek"),
        "EF Education-EasyPost": (O, "ef-education-easypost"),
        "Ef Education-EasyPost": (O, "ef-education-easypost"),
        "Alpecin-Deceuninck": (O, "alpecin-deceuninck"),
        "Movistar": (O, "movistar-team"),
        "Rcs Sport": (O, "rcs-sport"),
        "International Cycling Union": (O, "uci"),
        "UCI": (O, "uci"),
        "Unione ciclistica internazionale": (O, "uci"),
        "Uci": (O, "uci"),
        "Davide Ronchetti": (P, "davide-ronchetti"),
        "Ronchetti": (P, "davide-ronchetti"),
        "Davide": (P, "davide-ronchetti"),  # «Davide ha dimostrato ...»: first name
        "Mikkel Søgaard": (P, "mikkel-sogaard"),
        "Mikkel Sogaard": (P, "mikkel-sogaard"),
        "Søgaard": (P, "mikkel-sogaard"),
        "Mikkel": (P, "mikkel-sogaard"),  # "Mikkel was the strongest today"
        "Thibau Verhaegen": (P, "thibau-verhaegen"),
        "Filippo Tonellato": (P, "filippo-tonellato"),
        "Andrés Quintero": (P, "andres-felipe-quintero"),
        "Andrés Felipe Quintero": (P, "andres-felipe-quintero"),
        "Bram Dijkhuizen": (P, "bram-dijkhuizen"),
        "Iker Zubeldia": (P, "iker-zubeldia"),
        "Matej Kovačič": (P, "matej-kovacic"),
        "Matej Kovacic": (P, "matej-kovacic"),
        "Loris Castagnetti": (P, "loris-castagnetti"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {}

# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {
    # "la Guardia costiera libica": Libya's coast guard, the adjective outside (as in heldout4)
    "h13-02-a": {("Guardia costiera", 1): (O, "libyan-coast-guard")},
    # "Alla Sanremo sogno da bambino": the race (the usual short form), not the town
    "h13-04-d": {("Sanremo", 2): (M, "milano-sanremo")},
}


if __name__ == "__main__":
    build_heldout("heldout13", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
