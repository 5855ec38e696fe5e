"""Build heldout2_gold.jsonl from the hand-made annotation lexicon below.

The second held-out set (see README.md, "Second held-out set (heldout2)") has its own
articles, heldout2_articles.jsonl, written for this project, and its own annotation
decisions, made by hand from the article texts alone following GUIDELINES.md. As in build.py
and heldout_build.py, this script only turns those decisions into character offsets, so that
no offset is typed by hand.

How it works (build.build_heldout, shared by every gold set):
- LEXICON maps a surface string (exactly as written, case-sensitive) to (type, entity) for
  names used in several events; EVENT_LEXICON[story] adds the names of one event and takes
  precedence over LEXICON there (so "Sacchi" is Giorgio Sacchi, the banker, in heldout2-e02
  and Martina Sacchi, the volleyball setter, in heldout2-e06, and "Europa" is Jupiter's moon
  in heldout2-e05 and the continent elsewhere).
- For every article, every occurrence of every surface is located with word boundaries,
  longest surface first; an occurrence overlapping an already placed mention is skipped
  (so "Regione Calabria", "Piana di Sibari" and "Lario Volley Como" win over "Calabria",
  "Sibari" and "Lario").
- EXCLUDE and OVERRIDE name per-article (surface, occurrence_index) pairs that are not
  mentions there, or that are read otherwise (see build.build_heldout).

Run:  python3 tests/data/entities/heldout2_build.py            (writes heldout2_gold.jsonl)
      python3 tests/data/entities/heldout2_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout2_gold.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import build_heldout  # noqa: E402  (the mechanism and span finder all gold sets share)

P, O, L, M = "PER", "ORG", "LOC", "MISC"  # noqa: E741 - short tags keep the lexicon readable

# Names that occur in more than one event (same entity everywhere).
LEXICON = {
    # --- countries, regions, cities (datelines in capitals are annotated too) ------------
    "Italia": (L, "italy"),
    "Italy": (L, "italy"),
    "Roma": (L, "rome"),
    "ROMA": (L, "rome"),
    "Rome": (L, "rome"),
    "ROME": (L, "rome"),
    "Torino": (L, "turin"),
    "Turin": (L, "turin"),  # also in "Turin-based"
    "Milano": (L, "milan"),
    "MILANO": (L, "milan"),
    "Milan": (L, "milan"),  # "the Milan stock exchange": the city name
    "MILAN": (L, "milan"),
    "Firenze": (L, "florence"),
    "Piemonte": (L, "piedmont"),
    "Piedmont": (L, "piedmont"),
    "Campania": (L, "campania"),
    "Catanzaro": (L, "catanzaro"),
    "Europa": (L, "europe"),  # "campione d'Europa"; Jupiter's moon in heldout2-e05
    "Europe": (L, "europe"),
    "Germania": (L, "germany"),
    "Germany": (L, "germany"),
    "Francia": (L, "france"),
    "France": (L, "france"),
    "Regno Unito": (L, "united-kingdom"),
    "Britain": (L, "united-kingdom"),
    "Bruxelles": (L, "brussels"),
    "Brussels": (L, "brussels"),
    "Mosca": (L, "moscow"),
    "Pechino": (L, "beijing"),
    "Stati Uniti": (L, "united-states"),
    "United States": (L, "united-states"),
    # --- institutions ------------------------------------------------------------------
    "Unione europea": (O, "european-union"),
    "Commissione europea": (O, "european-commission"),
    "Consiglio dei ministri": (O, "italian-council-of-ministers"),
    "Protezione civile": (O, "italian-civil-protection"),  # national and regional offices
    "Farnesina": (O, "farnesina"),
    "Palazzo Chigi": (O, "palazzo-chigi"),
    "Regione Piemonte": (O, "piedmont-region"),  # the regional government, not the territory
}

EVENT_LEXICON = {
    # --- heldout2-e01: Iran-US indirect nuclear talks in Rome, Oman mediating --------------
    "heldout2-e01": {
        "Mohammad Reza Ghasemi": (P, "mohammad-reza-ghasemi"),
        "Mohammad-Reza Qasemi": (P, "mohammad-reza-ghasemi"),
        "Mohammadreza Ghassemi": (P, "mohammad-reza-ghasemi"),
        "Mohammad Reza Qasemi": (P, "mohammad-reza-ghasemi"),
        "Ghasemi": (P, "mohammad-reza-ghasemi"),
        "Qasemi": (P, "mohammad-reza-ghasemi"),
        "Ghassemi": (P, "mohammad-reza-ghasemi"),
        "Khalid bin Hamad al-Harthi": (P, "khalid-al-harthi"),
        "Khaled al-Harthy": (P, "khalid-al-harthi"),
        "Khalid Al Harthi": (P, "khalid-al-harthi"),
        "Khalid al-Harthi": (P, "khalid-al-harthi"),
        "Al-Harthy": (P, "khalid-al-harthi"),
        "Al Harthi": (P, "khalid-al-harthi"),
        "Al-Harthi": (P, "khalid-al-harthi"),
        "Masoud Pezeshkian": (P, "masoud-pezeshkian"),
        "Massoud Pezeshkian": (P, "masoud-pezeshkian"),
        "Ali Khamenei": (P, "ali-khamenei"),  # "l'ayatollah Ali Khamenei": title outside
        "Daniel Whitcombe": (P, "daniel-whitcombe"),
        "Whitcombe": (P, "daniel-whitcombe"),
        "Marco Ferraresi": (P, "marco-ferraresi"),
        "Ferraresi": (P, "marco-ferraresi"),
        "Iran": (L, "iran"),
        "Teheran": (L, "tehran"),  # also "Teheran ha risposto": the capital for the government
        "Tehran": (L, "tehran"),
        "Washington": (L, "washington"),
        "Oman": (L, "oman"),
        "Mascate": (L, "muscat"),
        "Ginevra": (L, "geneva"),
        "Vienna": (L, "vienna"),
        "Israele": (L, "israel"),
        "New York": (L, "new-york"),
        "Riad": (L, "riyadh"),
        "Natanz": (L, "natanz"),
        "Fordow": (L, "fordow"),
        "Fordo": (L, "fordow"),
        "Isfahan": (L, "isfahan"),
        "Esfahan": (L, "isfahan"),
        "Hormuz": (L, "strait-of-hormuz"),  # "stretto di Hormuz": kind word outside
        "Golfo": (L, "persian-gulf"),  # "la stabilità del Golfo"
        "Villa Madama": (L, "villa-madama"),  # a venue, not a seat used for an institution
        "Monte Mario": (L, "monte-mario"),
        "Casa Bianca": (O, "white-house"),
        "Dipartimento di Stato": (O, "us-state-department"),
        "Agenzia internazionale per l'energia atomica": (O, "iaea"),
        "International Atomic Energy Agency": (O, "iaea"),
        "Aiea": (O, "iaea"),
        "IAEA": (O, "iaea"),
        "Nazioni Unite": (O, "united-nations"),
        "United Nations": (O, "united-nations"),
        "Onu": (O, "united-nations"),
        "Consiglio di sicurezza": (O, "un-security-council"),  # "... dell'Onu": Onu on its own
        "UN Security Council": (O, "un-security-council"),
        "Consiglio supremo di sicurezza nazionale": (O, "iran-supreme-national-security-council"),
        "Supreme National Security Council": (O, "iran-supreme-national-security-council"),
        "Majlis": (O, "iranian-parliament"),
        "ministero degli Esteri": (O, "iranian-ministry-of-foreign-affairs"),  # "... iraniano"
        "Pasdaran": (O, "irgc"),
        "Corpo delle guardie della rivoluzione islamica": (O, "irgc"),
        "Irna": (O, "irna"),
    },
    # --- heldout2-e02: Banca Aurelia's exchange offer for Banco Popolare Subalpino ----------
    "heldout2-e02": {
        "Giorgio Sacchi": (P, "giorgio-sacchi"),
        "Sacchi": (P, "giorgio-sacchi"),
        "Elisabetta Roero": (P, "elisabetta-roero"),
        "Roero": (P, "elisabetta-roero"),
        "Carlo Brezzi": (P, "carlo-brezzi"),
        "Riccardo Valsecchi": (P, "riccardo-valsecchi"),
        "Banca Aurelia": (O, "banca-aurelia"),
        "Aurelia": (O, "banca-aurelia"),  # also "azioni Aurelia"
        "Banco Popolare Subalpino": (O, "banco-popolare-subalpino"),
        "Subalpino": (O, "banco-popolare-subalpino"),  # "il Subalpino", "il titolo Subalpino"
        "Fondazione Subalpina": (O, "fondazione-subalpina"),  # the shareholder foundation
        "Consob": (O, "consob"),
        "Commissione nazionale per le società e la Borsa": (O, "consob"),
        "Autorità garante della concorrenza e del mercato": (O, "italian-competition-authority"),
        "Agcm": (O, "italian-competition-authority"),
        "AGCM": (O, "italian-competition-authority"),
        "Antitrust": (O, "italian-competition-authority"),  # "l'Antitrust": the usual name of Agcm
        "Banca centrale europea": (O, "european-central-bank"),
        "Bce": (O, "european-central-bank"),
        "European Central Bank": (O, "european-central-bank"),
        "ECB": (O, "european-central-bank"),
        "Banca d'Italia": (O, "bank-of-italy"),
        "Bankitalia": (O, "bank-of-italy"),
        "Bank of Italy": (O, "bank-of-italy"),
        "ministero dell'Economia e delle finanze": (O, "italian-ministry-of-economy"),
        "Mef": (O, "italian-ministry-of-economy"),
        "Piazza Affari": (O, "piazza-affari"),  # the square standing for the stock exchange
        "Fabi": (O, "fabi"),
        "First Cisl": (O, "first-cisl"),
        "Mainhaus Research": (O, "mainhaus-research"),
        "Liguria": (L, "liguria"),
        "Valle d'Aosta": (L, "aosta-valley"),
        "via XX Settembre": (L, "via-xx-settembre-turin"),
        "Nord-Ovest": (L, "north-west-italy"),
        "Mole": (L, "mole-antonelliana"),  # "sotto la Mole": the landmark, standing for Turin
        "Cuneo": (L, "cuneo"),
        "Asti": (L, "asti"),
        "Alessandria": (L, "alessandria"),
        "Frankfurt": (L, "frankfurt"),  # "Frankfurt-based"
    },
    # --- heldout2-e03: the Crati floods the Sibari plain, Calabria ------------------------
    "heldout2-e03": {
        "Francesco Iacovino": (P, "francesco-iacovino"),
        "Iacovino": (P, "francesco-iacovino"),
        "Anna Maria Gallucci": (P, "anna-maria-gallucci"),
        "Carmela Lo Feudo": (P, "carmela-lo-feudo"),
        "Carmela": (P, "carmela-lo-feudo"),
        "Giulia": (P, "giulia-granddaughter-of-carmela-lo-feudo"),
        "Domenico Strangis": (P, "domenico-strangis"),
        "Strangis": (P, "domenico-strangis"),
        "Luigi Carbonaro": (P, "luigi-carbonaro"),
        "Giuseppe Arcidiacone": (P, "giuseppe-arcidiacone"),
        "Arcidiacone": (P, "giuseppe-arcidiacone"),
        "Maria Teresa Abbruzzese": (P, "maria-teresa-abbruzzese"),
        "Abbruzzese": (P, "maria-teresa-abbruzzese"),
        "Regione Calabria": (O, "calabria-region"),
        "Cittadella": (O, "cittadella-regionale"),  # seat of the regional government
        "Agenzia regionale per la protezione dell'ambiente della Calabria": (O, "arpacal"),
        "Arpacal": (O, "arpacal"),
        "Rete ferroviaria italiana": (O, "rfi"),
        "Croce Rossa": (O, "italian-red-cross"),
        "Coldiretti Calabria": (O, "coldiretti-calabria"),
        "Legambiente": (O, "legambiente"),
        "Anas": (O, "anas"),
        "Consorzio di bonifica della Calabria": (O, "consorzio-di-bonifica-della-calabria"),
        "Università della Calabria": (O, "university-of-calabria"),
        "Fondo di solidarietà dell'Unione europea": (M, "eu-solidarity-fund"),
        "Copernicus": (M, "copernicus"),  # the EU Earth-observation programme
        "Calabria": (L, "calabria"),
        "COSENZA": (L, "cosenza"),
        "Cosenza": (L, "cosenza"),  # also "provincia di Cosenza", "prefettura di Cosenza"
        "Crati": (L, "crati-river"),
        "Coscile": (L, "coscile-river"),
        "Piana di Sibari": (L, "piana-di-sibari"),
        "Sibari": (L, "sibari"),
        "Sibaritide": (L, "sibaritide"),
        "Corigliano-Rossano": (L, "corigliano-rossano"),
        "Corigliano Rossano": (L, "corigliano-rossano"),
        "Rossano": (L, "rossano"),  # the historic town, now one part of Corigliano-Rossano
        "Thurio": (L, "thurio"),
        "Schiavonea": (L, "schiavonea"),
        "Cassano allo Ionio": (L, "cassano-allo-ionio"),
        "Cassano all'Ionio": (L, "cassano-allo-ionio"),
        "Cassano": (L, "cassano-allo-ionio"),
        "Lattughelle": (L, "lattughelle"),
        "Crotone": (L, "crotone"),
        "Trebisacce": (L, "trebisacce"),
        "Villapiana": (L, "villapiana"),
        "Castrovillari": (L, "castrovillari"),  # also "procura di Castrovillari"
        "Rende": (L, "rende"),
        "Mezzogiorno": (L, "southern-italy"),
        "Pollino": (L, "pollino"),
        "Puglia": (L, "apulia"),
        "Basilicata": (L, "basilicata"),
        "Tirreno": (L, "tyrrhenian-sea"),
    },
    # --- heldout2-e04: Naples court convicts the Sarnataro clan over rigged contracts -------
    "heldout2-e04": {
        "Gennaro Sarnataro": (P, "gennaro-sarnataro"),
        "Gennaro": (P, "gennaro-sarnataro"),
        "Ciro Sarnataro": (P, "ciro-sarnataro"),
        "Ciro": (P, "ciro-sarnataro"),
        # "Sarnataro" alone: the clan in "clan Sarnataro" (ORG, see OVERRIDE); Ciro in h2-04-b
        "Sarnataro": (P, "gennaro-sarnataro"),
        "Enrico Scognamiglio": (P, "enrico-scognamiglio"),
        "Scognamiglio": (P, "enrico-scognamiglio"),
        "Vincenzo D'Amelio": (P, "vincenzo-d-amelio"),
        "D'Amelio": (P, "vincenzo-d-amelio"),
        "Vincenzo D’Amelio": (P, "vincenzo-d-amelio"),  # typographic apostrophe in h2-04-d
        "Pasquale Cuomo": (P, "pasquale-cuomo"),
        "Cuomo": (P, "pasquale-cuomo"),
        "Raffaella Cimmino": (P, "raffaella-cimmino"),
        "Cimmino": (P, "raffaella-cimmino"),
        "Antonio Capasso": (P, "antonio-capasso"),
        "Capasso": (P, "antonio-capasso"),
        "Sergio Migliaccio": (P, "sergio-migliaccio"),
        "Alessandro Fiorillo": (P, "alessandro-fiorillo"),
        "Luigi Panico": (P, "luigi-panico"),
        "Edilvesuvio Costruzioni": (O, "edilvesuvio"),
        "Edilvesuvio": (O, "edilvesuvio"),
        "Direzione distrettuale antimafia": (O, "naples-dda"),
        "Dda": (O, "naples-dda"),
        "Guardia di Finanza": (O, "guardia-di-finanza"),
        "Autorità nazionale anticorruzione": (O, "anac"),
        "Autorità anticorruzione": (O, "anac"),
        "Anac": (O, "anac"),
        "Cassazione": (O, "italian-court-of-cassation"),
        "Corte di cassazione": (O, "italian-court-of-cassation"),
        "Libera": (O, "libera"),  # "l'associazione Libera"
        "Università Federico II": (O, "university-of-naples-federico-ii"),
        "ministero dell'Interno": (O, "italian-ministry-of-interior"),
        "ministero della Giustizia": (O, "italian-ministry-of-justice"),
        "Regione Campania": (O, "campania-region"),
        "NAPOLI": (L, "naples"),
        "Napoli": (L, "naples"),  # also "tribunale di Napoli", "Dda di Napoli"
        "Acerra": (L, "acerra"),  # also "comune di Acerra" (lower-case kind word)
        "Casalnuovo": (L, "casalnuovo"),
        "Afragola": (L, "afragola"),
        "Pomigliano d'Arco": (L, "pomigliano-d-arco"),
        "Nola": (L, "nola"),
        "Poggioreale": (L, "poggioreale"),  # "aula bunker di Poggioreale"
        "Secondigliano": (L, "secondigliano"),  # "detenuto a Secondigliano": the prison
        "Centro direzionale": (L, "centro-direzionale-naples"),
    },
    # --- heldout2-e05: launch of ESA's Calypso probe to Jupiter's moon Europa ---------------
    "heldout2-e05": {
        "Chiara Montagnoli": (P, "chiara-montagnoli"),
        "Montagnoli": (P, "chiara-montagnoli"),
        "Pieter van Dongen": (P, "pieter-van-dongen"),
        "Hendrik Maas": (P, "hendrik-maas"),
        "Stefano Gribaudo": (P, "stefano-gribaudo"),
        "Gribaudo": (P, "stefano-gribaudo"),
        "Federico Ranieri": (P, "federico-ranieri"),
        "Ranieri": (P, "federico-ranieri"),
        "Agenzia spaziale europea": (O, "esa"),
        "European Space Agency": (O, "esa"),
        "Esa": (O, "esa"),
        "ESA": (O, "esa"),
        "Agenzia spaziale italiana": (O, "italian-space-agency"),
        "Italian Space Agency": (O, "italian-space-agency"),
        "Asi": (O, "italian-space-agency"),
        "ASI": (O, "italian-space-agency"),
        "Istituto nazionale di astrofisica": (O, "inaf"),
        "National Institute for Astrophysics": (O, "inaf"),
        "Inaf": (O, "inaf"),
        "INAF": (O, "inaf"),
        "Centro europeo per le operazioni spaziali": (O, "esoc"),
        "European Space Operations Centre": (O, "esoc"),
        "Esoc": (O, "esoc"),
        "ESOC": (O, "esoc"),
        "Nasa": (O, "nasa"),
        "NASA": (O, "nasa"),
        "Arianespace": (O, "arianespace"),
        "Orbitalia Systems": (O, "orbitalia-systems"),
        "Orbitalia": (O, "orbitalia-systems"),
        "SpaceX": (O, "spacex"),
        "Calypso": (M, "calypso-probe"),  # also in "dopo-Calypso"
        "Ariane 6": (M, "ariane-6"),
        "Sirena": (M, "sirena-spectrometer"),
        "SIRENA": (M, "sirena-spectrometer"),
        "Eco": (M, "eco-radar"),
        "ECO": (M, "eco-radar"),
        "Galileo": (M, "galileo-probe"),  # "la sonda Galileo della Nasa"
        "Europa Clipper": (M, "europa-clipper"),
        "Clipper": (M, "europa-clipper"),
        "Juice": (M, "juice-mission"),
        "JUICE": (M, "juice-mission"),
        "Hubble": (M, "hubble-space-telescope"),  # "telescopio spaziale Hubble"
        "Europa": (L, "europa-moon"),  # the moon; the continent by OVERRIDE
        "Giove": (L, "jupiter"),
        "Jupiter": (L, "jupiter"),
        "Terra": (L, "earth"),
        "Earth": (L, "earth"),
        "Venere": (L, "venus"),
        "Venus": (L, "venus"),
        "Ganimede": (L, "ganymede"),
        "Ganymede": (L, "ganymede"),
        "Luna": (L, "moon"),
        "Marte": (L, "mars"),
        "Sistema solare": (L, "solar-system"),
        "KOUROU": (L, "kourou"),
        "Kourou": (L, "kourou"),
        "Guyana francese": (L, "french-guiana"),
        "French Guiana": (L, "french-guiana"),
        "New Norcia": (L, "new-norcia"),
        "Western Australia": (L, "western-australia"),
        "Darmstadt": (L, "darmstadt"),
        "Padova": (L, "padua"),
        "corso Marche": (L, "corso-marche-turin"),
        "Fucino": (L, "fucino"),  # "centro spaziale del Fucino"
        "Abruzzo": (L, "abruzzo"),
    },
    # --- heldout2-e06: Lario Volley Como win the women's CEV Champions League in Istanbul ---
    "heldout2-e06": {
        "Martina Sacchi": (P, "martina-sacchi"),
        "Sacchi": (P, "martina-sacchi"),
        "Martina": (P, "martina-sacchi"),
        "Daniele Ruffoni": (P, "daniele-ruffoni"),
        "Ruffoni": (P, "daniele-ruffoni"),
        "Daniele": (P, "daniele-ruffoni"),
        "Jovana Marković": (P, "jovana-markovic"),
        "Jovana Markovic": (P, "jovana-markovic"),
        "Marković": (P, "jovana-markovic"),
        "Markovic": (P, "jovana-markovic"),
        "Zeynep Yıldırım": (P, "zeynep-yildirim"),
        "Zeynep Yildirim": (P, "zeynep-yildirim"),
        "Yıldırım": (P, "zeynep-yildirim"),
        "Yildirim": (P, "zeynep-yildirim"),
        "Kayla Brooks": (P, "kayla-brooks"),
        "Paul Weis": (P, "paul-weis"),
        "Giancarlo Brivio": (P, "giancarlo-brivio"),
        "Ferhat Aksoy": (P, "ferhat-aksoy"),
        "Recep Tayyip Erdoğan": (P, "recep-tayyip-erdogan"),
        "Recep Tayyip Erdogan": (P, "recep-tayyip-erdogan"),
        "Lario Volley Como": (O, "lario-volley-como"),
        "Lario Volley": (O, "lario-volley-como"),
        "Marmara Spor": (O, "marmara-spor"),
        "Marmara": (O, "marmara-spor"),  # "Marmara, chasing a third European title": the club
        "Confederazione europea di pallavolo": (O, "cev"),
        "European Volleyball Confederation": (O, "cev"),
        "Cev": (O, "cev"),
        "CEV": (O, "cev"),
        "Federazione italiana pallavolo": (O, "fipav"),
        "Fipav": (O, "fipav"),
        "Champions League": (M, "cev-champions-league"),
        "CEV Champions League": (M, "cev-champions-league"),
        "Final Four": (M, "cev-champions-league-final-four"),
        "Serie A1": (M, "serie-a1-women"),
        "Serie B2": (M, "serie-b2-women"),
        "Mondiali": (M, "fivb-womens-world-championship-2026"),
        "ISTANBUL": (L, "istanbul"),
        "Istanbul": (L, "istanbul"),
        "Ataköy Arena": (L, "atakoy-arena"),
        "Atakoy Arena": (L, "atakoy-arena"),
        "Bosforo": (L, "bosphorus"),  # "la corazzata del Bosforo": the place name
        "Turchia": (L, "turkey"),
        "Turkey": (L, "turkey"),
        "Ankara": (L, "ankara"),  # "the federation in Ankara"
        "Como": (L, "como"),  # also "Como coach": the city name
        "Lario": (L, "lake-como"),  # the lake; the club by OVERRIDE
        "Lake Como": (L, "lake-como"),
        "Conegliano": (L, "conegliano"),
        "piazza Cavour": (L, "piazza-cavour-como"),
        "Broletto": (L, "broletto-como"),
        "PalaLario": (L, "palalario"),
        "Malpensa": (L, "malpensa-airport"),
        "Cantù": (L, "cantu"),
        "Belgrado": (L, "belgrade"),
        "Thailandia": (L, "thailand"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {}

# (article id) -> {(surface, occurrence index): (type, entity)}
_CLAN = (O, "sarnataro-clan")  # "clan Sarnataro": the clan's name, the kind word outside
_LARIO_CLUB = (O, "lario-volley-como")  # "del Lario" / "Lario, based on...": the club
_CONTINENT = (L, "europe")
OVERRIDE = {
    "h2-04-a": {("Sarnataro", 0): _CLAN},
    # "In aula, ieri, Sarnataro ha ascoltato..." follows "Ciro Sarnataro, 41 anni": Ciro
    "h2-04-b": {("Sarnataro", 0): _CLAN, ("Sarnataro", 2): (P, "ciro-sarnataro")},
    "h2-04-c": {("Sarnataro", 0): _CLAN},
    "h2-05-b": {("Europa", 3): _CONTINENT},  # "Per l'Europa spaziale"
    "h2-05-c": {("Europa", 0): _CONTINENT},  # "«L'Europa deve decidere...»"
    "h2-06-c": {("Lario", 1): _LARIO_CLUB, ("Lario", 2): _LARIO_CLUB},
    "h2-06-d": {("Lario", 1): _LARIO_CLUB},
}


if __name__ == "__main__":
    build_heldout("heldout2", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
