"""Build heldout6_gold.jsonl from the hand-made annotation lexicon below.

The sixth held-out set (see README.md, "Sixth held-out set (heldout6)") has its own
articles, heldout6_articles.jsonl, written for this project, and its own annotation
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
  (so "Striscia di Gaza", "Eubam Rafah", "Università di Catania" and "Passo dello Stelvio"
  win over "Gaza", "Rafah", "Catania" and "Stelvio").
- EXCLUDE lists per-article (surface, occurrence_index) pairs that are NOT mentions there;
  OVERRIDE lists per-article (surface, occurrence_index) -> (type, entity) for readings that
  depend on context. occurrence_index counts the word-bounded occurrences of that surface
  in the text, from 0, before overlap resolution (an occurrence inside a longer name counts).

Run:  python3 tests/data/entities/heldout6_build.py            (writes heldout6_gold.jsonl)
      python3 tests/data/entities/heldout6_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout6_gold.jsonl
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import build_heldout  # noqa: E402  (the mechanism and span finder all gold sets share)

P, O, L, M = "PER", "ORG", "LOC", "MISC"  # noqa: E741 - short tags keep the lexicon readable

# Names that occur in more than one event (same entity everywhere).
LEXICON = {
    # --- countries, cities (datelines in capitals are annotated too) ------------------------
    "Italia": (L, "italy"),  # also "l'Italia metterà a disposizione": the state, LOC
    "Italy": (L, "italy"),  # also "Italy's National Cybersecurity Agency", "VAL GARDENA, Italy"
    "Roma": (L, "rome"),  # also "ha chiesto a Roma", "la risposta di Roma": the capital, LOC
    "ROME": (L, "rome"),
    "Rome": (L, "rome"),
    "Palermo": (L, "palermo"),  # also "Tar di Palermo", "Policlinico di Palermo" is one ORG span
    "PALERMO": (L, "palermo"),
    "Europe": (L, "europe"),
    "Russia": (L, "russia"),
    "Mosca": (L, "moscow"),  # "Mosca ... non ha risposto": the capital for the government, LOC
    "Washington": (L, "washington-dc"),  # "Washington preme", "Washington welcomed": LOC
    "Svizzera": (L, "switzerland"),  # also "La Svizzera chiede che la gara sia annullata": LOC
    "Switzerland": (L, "switzerland"),
    # --- institutions, parties, unions ---------------------------------------------------
    "Unione europea": (O, "european-union"),
    "European Union": (O, "european-union"),
    "ministero della Salute": (O, "italian-ministry-of-health"),
    "Pd": (O, "partito-democratico"),
    "Fp Cgil": (O, "fp-cgil"),  # the public-sector federation of the Cgil, one name
}

EVENT_LEXICON = {
    # --- heldout6-e01: ransomware attack on the Asl Riviera hospitals (Savona) ---------------
    "heldout6-e01": {
        "Marina Cozzani": (P, "marina-cozzani"),
        "Cozzani": (P, "marina-cozzani"),  # "ha detto Cozzani" after Paolo Cozzani: OVERRIDE
        "Paolo Cozzani": (P, "paolo-cozzani"),  # the nurse and union delegate: another person
        "Bruno Ferraiolo": (P, "bruno-ferraiolo"),  # "il prefetto Bruno Ferraiolo": title outside
        "Alessandro Parodi": (P, "alessandro-parodi"),
        "Enrico Balbi": (P, "enrico-balbi"),
        "Vadim Rusu": (P, "vadim-rusu"),
        "Vadim Russu": (P, "vadim-rusu"),  # the same suspect, spelt with a double s
        "Rusu": (P, "vadim-rusu"),
        # the local health authority: full name, Italian short name, English capitals
        "Azienda sanitaria locale Riviera": (O, "asl-riviera"),
        "Asl Riviera": (O, "asl-riviera"),
        "ASL Riviera": (O, "asl-riviera"),
        "Asl": (O, "asl-imperia"),  # only in "la Asl di Imperia" (the city a separate LOC)
        # hospitals are ORG; "ospedale San Lazzaro", "San Lazzaro hospital": kind word outside
        "San Lazzaro": (O, "san-lazzaro-hospital-savona"),
        "San Pietro": (O, "san-pietro-hospital-albenga"),
        "Galliera": (O, "galliera-hospital"),
        "BlackMantis": (O, "blackmantis"),  # the criminal group, ORG like a clan
        "Black Mantis": (O, "blackmantis"),
        "Datasfera": (O, "datasfera"),
        "Agenzia per la cybersicurezza nazionale": (O, "acn"),
        "National Cybersecurity Agency": (O, "acn"),
        "Acn": (O, "acn"),
        "ACN": (O, "acn"),
        "Csirt Italia": (O, "csirt-italia"),  # one name, "Italia" inside not annotated
        "Polizia postale": (O, "polizia-postale"),
        "Postal Police": (O, "polizia-postale"),
        "Regione Liguria": (O, "liguria-region"),
        "Consiglio regionale della Liguria": (O, "liguria-regional-council"),
        "Garante per la protezione dei dati personali": (O, "garante-privacy"),
        "Europol": (O, "europol"),
        "European Cybercrime Centre": (O, "ec3"),
        "EC3": (O, "ec3"),
        "Eurojust": (O, "eurojust"),
        "Ziarul de Est": (O, "ziarul-de-est"),  # an (invented) Romanian newspaper
        "SAVONA": (L, "savona"),
        "Savona": (L, "savona"),
        "Albenga": (L, "albenga"),
        "Liguria": (L, "liguria"),  # also "the Liguria region": the territory
        "GENOVA": (L, "genoa"),
        "Genova": (L, "genoa"),
        "Genoa": (L, "genoa"),  # also "a Genoa-based software supplier"
        "Imperia": (L, "imperia"),
        "piazza De Ferrari": (L, "piazza-de-ferrari-genoa"),
        "Bielorussia": (L, "belarus"),
        "Chișinău": (L, "chisinau"),  # also "Chișinău ha già concesso l'estradizione": LOC
        "Moldavia": (L, "moldova"),
        "Moldova": (L, "moldova"),
        "Romania": (L, "romania"),
        "Iași": (L, "iasi"),
        "Bălți": (L, "balti"),
    },
    # --- heldout6-e02: Israel-Hamas truce negotiated in Cairo ---------------------------------
    "heldout6-e02": {
        "Tarek Mansour": (P, "tarek-mansour"),
        "Tareq Mansour": (P, "tarek-mansour"),
        "Eitan Ben-Ami": (P, "eitan-ben-ami"),
        "Eytan Ben Ami": (P, "eitan-ben-ami"),
        "Benjamin Netanyahu": (P, "benjamin-netanyahu"),
        "Netanyahu": (P, "benjamin-netanyahu"),
        "Mahmoud Zaqout": (P, "mahmoud-zaqout"),
        "Mahmud Zaqut": (P, "mahmoud-zaqout"),
        "Zaqut": (P, "mahmoud-zaqout"),
        "Majed bin Nasser al-Kuwari": (P, "majed-al-kuwari"),
        "Majid al-Kuwari": (P, "majed-al-kuwari"),
        "Majed al-Kuwari": (P, "majed-al-kuwari"),
        "Daniel Roarke": (P, "daniel-roarke"),
        "Hamas": (O, "hamas"),
        "Jihad islamica": (O, "palestinian-islamic-jihad"),
        "Shin Bet": (O, "shin-bet"),
        "Knesset": (O, "knesset"),
        "Autorità nazionale palestinese": (O, "palestinian-authority"),
        "Palestinian Authority": (O, "palestinian-authority"),
        "Anp": (O, "palestinian-authority"),
        "PA": (O, "palestinian-authority"),
        "Onu": (O, "united-nations"),
        "United Nations": (O, "united-nations"),
        "UN": (O, "united-nations"),  # "the UN relief agency for Palestinians": the UN itself
        "Programma alimentare mondiale": (O, "world-food-programme"),
        "World Food Programme": (O, "world-food-programme"),
        "Pam": (O, "world-food-programme"),
        "WFP": (O, "world-food-programme"),
        "Unrwa": (O, "unrwa"),
        "UNRWA": (O, "unrwa"),
        "Eubam Rafah": (O, "eubam-rafah"),  # the EU border mission, one name ("Rafah" inside)
        # "la Mezzaluna Rossa egiziana" / "palestinese": the adjective outside, as "Croce Rossa
        # italiana" in heldout4; Egypt's by default, the Palestinian one by OVERRIDE
        "Mezzaluna Rossa": (O, "egyptian-red-crescent"),
        "Comitato internazionale della Croce Rossa": (O, "icrc"),
        "Al-Nil Television": (O, "al-nil-television"),
        "Marina militare": (O, "italian-navy"),
        "Farnesina": (O, "farnesina"),
        "Vulcano": (M, "vulcano-hospital-ship"),  # a ship: MISC, like Nordlicht in heldout4
        # "IL CAIRO", "al Cairo", "Il Cairo ha fatto sapere": the article outside, as "all'Aia"
        "CAIRO": (L, "cairo"),
        "Cairo": (L, "cairo"),
        "Israele": (L, "israel"),
        "Israel": (L, "israel"),
        "Egitto": (L, "egypt"),
        "Qatar": (L, "qatar"),  # also "Qatar's minister of state"
        "Doha": (L, "doha"),
        "Stati Uniti": (L, "united-states"),
        "US": (L, "united-states"),
        "GERUSALEMME": (L, "jerusalem"),
        "Gerusalemme": (L, "jerusalem"),  # "mentre Gerusalemme frena": the capital, LOC
        "Jerusalem": (L, "jerusalem"),
        # the Strip: full name, "la Striscia" alone (short form) and "Gaza" alone; the city is
        # "Gaza City" (one span) and "nella città di Gaza" (OVERRIDE)
        "Striscia di Gaza": (L, "gaza-strip"),
        "Gaza Strip": (L, "gaza-strip"),
        "Striscia": (L, "gaza-strip"),
        "Gaza": (L, "gaza-strip"),
        "Gaza City": (L, "gaza-city"),
        # "il valico di Rafah", "the Rafah crossing": the crossing (kind word outside, like
        # "corridoio di Zangezur"); "A Rafah, dove la popolazione è tornata": the city, OVERRIDE
        "Rafah": (L, "rafah-crossing"),
        "Kerem Shalom": (L, "kerem-shalom-crossing"),
        "Arish": (L, "el-arish"),
        "El Arish": (L, "el-arish"),
        "Khan Yunis": (L, "khan-yunis"),
        "Khan Younis": (L, "khan-yunis"),
        "Ramallah": (L, "ramallah"),  # "un ritorno di Ramallah a Gaza": the city for the PA, LOC
        "Cisgiordania": (L, "west-bank"),
        "Ofer": (L, "ofer-prison"),  # "carcere di Ofer": kind word outside, a facility
        "Pratica di Mare": (L, "pratica-di-mare"),
    },
    # --- heldout6-e03: Mussomeli birth unit closed, health strike in the Nisseno -------------
    "heldout6-e03": {
        "Salvatore Lo Presti": (P, "salvatore-lo-presti"),
        "Salvatore Lopresti": (P, "salvatore-lo-presti"),  # the same director, spelt as one word
        "Lo Presti": (P, "salvatore-lo-presti"),
        "Giuseppe Catania": (P, "giuseppe-catania"),  # the mayor; "il sindaco Catania" by OVERRIDE
        "Daniela Faraone": (P, "daniela-faraone"),
        "Faraone": (P, "daniela-faraone"),
        "Vincenzo Giarratano": (P, "vincenzo-giarratano"),
        "Marco Tumminello": (P, "marco-tumminello"),
        "Rosaria Tumminelli": (P, "rosaria-tumminelli"),  # similar surname, another person
        "Tumminelli": (P, "rosaria-tumminelli"),
        "Giusi": (P, "giusi-sutera"),  # a young mother, first name only
        # the provincial health authority: full name one span; "Asp di Caltanissetta" gives
        # "Asp" and "Caltanissetta", as "Ats di Bergamo" and "Dda di Napoli" did
        "Azienda sanitaria provinciale di Caltanissetta": (O, "asp-caltanissetta"),
        "Azienda sanitaria provinciale": (O, "asp-caltanissetta"),
        "Asp": (O, "asp-caltanissetta"),
        "San Calogero": (O, "san-calogero-hospital-mussomeli"),  # "ospedale San Calogero"
        "Sant'Elia": (O, "sant-elia-hospital-caltanissetta"),
        "Policlinico di Palermo": (O, "policlinico-palermo"),
        "Università di Catania": (O, "university-of-catania"),
        "Anaao Assomed": (O, "anaao-assomed"),
        "Anaao": (O, "anaao-assomed"),
        "Nursind": (O, "nursind"),
        "Cisl Fp": (O, "cisl-fp"),
        "Regione Siciliana": (O, "sicily-region"),
        # the regional parliament: the official name with its adjective, one span (its acronym
        # Ars includes the adjective), unlike "Croce Rossa italiana"
        "Assemblea regionale siciliana": (O, "ars"),
        "Ars": (O, "ars"),
        "Palazzo d'Orléans": (O, "palazzo-d-orleans"),  # seat of the regional government, ORG
        "Palazzo dei Normanni": (O, "palazzo-dei-normanni"),  # seat of the Ars, ORG
        # "Tar di Palermo" and "Tar della Sicilia": the same court, "Tar" + the place
        "Tar": (O, "tar-sicilia"),
        "Agenas": (O, "agenas"),
        "Consiglio di giustizia amministrativa": (O, "cga-sicilia"),
        "Consiglio di Stato": (O, "italian-council-of-state"),
        "Piano nazionale di ripresa e resilienza": (M, "pnrr"),
        "Pnrr": (M, "pnrr"),
        "MUSSOMELI": (L, "mussomeli"),
        "Mussomeli": (L, "mussomeli"),
        "CALTANISSETTA": (L, "caltanissetta"),
        "Caltanissetta": (L, "caltanissetta"),
        "Vallone": (L, "vallone"),  # the inland area around Mussomeli, "il Vallone"
        "Nisseno": (L, "nisseno"),  # "nel Nisseno": the area, like "nel Bergamasco"
        "Sicilia": (L, "sicily"),
        "Catania": (L, "catania"),
        "San Cataldo": (L, "san-cataldo"),
        "Campofranco": (L, "campofranco"),
        "Sutera": (L, "sutera"),
        "Villalba": (L, "villalba"),
        "Gela": (L, "gela"),
        "Niscemi": (L, "niscemi"),
        "Bronte": (L, "bronte"),
        "Lipari": (L, "lipari"),
        "Pantelleria": (L, "pantelleria"),
        "piazza della Vittoria": (L, "piazza-della-vittoria-mussomeli"),
        "via Cusmano": (L, "via-cusmano-caltanissetta"),
    },
    # --- heldout6-e04: Alpine ski World Cup, Val Gardena then Bormio --------------------------
    "heldout6-e04": {
        "Sindre Haugland": (P, "sindre-haugland"),
        "Haugland": (P, "sindre-haugland"),
        "Eirik Haugland": (P, "eirik-haugland"),  # his brother: another person
        "Eirik": (P, "eirik-haugland"),
        "Nils Aebersold": (P, "nils-aebersold"),
        "Aebersold": (P, "nils-aebersold"),
        "Matteo Dallago": (P, "matteo-dallago"),
        "Dallago": (P, "matteo-dallago"),
        "Lukas Pirchner": (P, "lukas-pirchner"),
        "Simon Pichler": (P, "simon-pichler"),  # similar surname to Pirchner, another person
        "Miha Štular": (P, "miha-stular"),
        "Miha Stular": (P, "miha-stular"),
        "Štular": (P, "miha-stular"),
        "Théo Marchand": (P, "theo-marchand"),
        "Theo Marchand": (P, "theo-marchand"),
        "Flavio Roner": (P, "flavio-roner"),
        "Rainer Oberholzer": (P, "rainer-oberholzer"),
        "Fiamme Oro": (O, "fiamme-oro"),  # the police sports group
        "Federazione italiana sport invernali": (O, "fisi"),
        "Italian Winter Sports Federation": (O, "fisi"),
        "Fisi": (O, "fisi"),
        "FISI": (O, "fisi"),
        "Federazione internazionale sci": (O, "fis"),
        "International Ski and Snowboard Federation": (O, "fis"),
        "Fis": (O, "fis"),
        "FIS": (O, "fis"),
        "Swiss-Ski": (O, "swiss-ski"),
        "Saslong Classic Club": (O, "saslong-classic-club"),
        # the circuit: "Coppa del mondo", "World Cup" and the short form "la Coppa" (MISC)
        "Coppa del mondo": (M, "alpine-ski-world-cup"),
        "World Cup": (M, "alpine-ski-world-cup"),
        "Coppa": (M, "alpine-ski-world-cup"),
        # Selva: the full dateline name, the short form and the German name
        "SELVA DI VAL GARDENA": (L, "selva-di-val-gardena"),
        "Selva": (L, "selva-di-val-gardena"),
        "Wolkenstein": (L, "selva-di-val-gardena"),
        "Val Gardena": (L, "val-gardena"),  # also "il superG della Val Gardena"
        "VAL GARDENA": (L, "val-gardena"),
        "Gröden": (L, "val-gardena"),
        "Saslong": (L, "saslong"),  # the course; "Saslong Classic Club" is one ORG span
        "Sassolungo": (L, "sassolungo"),  # the mountain, not the course named after it
        "Ciaslat": (L, "ciaslat"),
        "Gobbe del Cammello": (L, "gobbe-del-cammello"),
        "Ortisei": (L, "ortisei"),
        "Santa Cristina": (L, "santa-cristina-valgardena"),
        "Alto Adige": (L, "south-tyrol"),
        "South Tyrol": (L, "south-tyrol"),
        "Bolzano": (L, "bolzano"),
        "Cavalese": (L, "cavalese"),
        "Fiemme": (L, "val-di-fiemme"),  # "in val di Fiemme": lower-case kind word outside
        "Beaver Creek": (L, "beaver-creek"),
        "Alta Badia": (L, "alta-badia"),
        "Gran Risa": (L, "gran-risa"),
        "BORMIO": (L, "bormio"),
        "Bormio": (L, "bormio"),
        # "pista Stelvio", "the Stelvio course": the course (kind word outside); the pass is
        # "Passo dello Stelvio", its own key
        "Stelvio": (L, "stelvio-course"),
        "Passo dello Stelvio": (L, "stelvio-pass"),
        "Carcentina": (L, "carcentina"),
        "Alta Valtellina": (L, "alta-valtellina"),
        "Wengen": (L, "wengen"),
        "Kitzbühel": (L, "kitzbuhel"),
        "Streif": (L, "streif"),
        "Berna": (L, "bern"),
        "Oberhofen": (L, "oberhofen"),
        "Norvegia": (L, "norway"),  # "La Norvegia ... punta alla coppa di discesa": LOC
        "Norway": (L, "norway"),
        "Slovenia": (L, "slovenia"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {}

# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {
    # "ha detto Cozzani" right after "Paolo Cozzani": the nurse, not the director general
    "h6-01-b": {("Cozzani", 1): (P, "paolo-cozzani")},
    # "nella città di Gaza": the city, not the Strip; "A Rafah, dove la popolazione è tornata":
    # the city, not the crossing; "la Mezzaluna Rossa palestinese": the Palestinian society
    "h6-02-b": {("Gaza", 1): (L, "gaza-city"),
                ("Rafah", 2): (L, "rafah"),
                ("Mezzaluna Rossa", 0): (O, "palestinian-red-crescent")},
    # "il sindaco Catania": the mayor Giuseppe Catania, not the city
    "h6-03-a": {("Catania", 1): (P, "giuseppe-catania")},
    "h6-03-d": {("Catania", 0): (P, "giuseppe-catania")},
}


if __name__ == "__main__":
    build_heldout("heldout6", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
