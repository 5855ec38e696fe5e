"""Build heldout8_gold.jsonl from the hand-made annotation lexicon below.

The eighth held-out set (see README.md, "Eighth held-out set (heldout8)") has its own
articles, heldout8_articles.jsonl, written for this project, and its own annotation
decisions, made by hand from the article texts alone following GUIDELINES.md and the
decisions recorded in README.md for the earlier held-out sets. As in build.py and the earlier
held-out build scripts, this script only turns those decisions into character offsets, so that
no offset is typed by hand.

How it works (build.build_heldout, shared by every gold set):
- LEXICON maps a surface string (exactly as written, case-sensitive) to (type, entity) for
  names used in several events; EVENT_LEXICON[story] adds the names of one event and takes
  precedence over LEXICON there (so "Davide" is a victim's grandson in the scam event and
  "Matteo" a young patient in the gene-therapy event, while "Matteo Galliano" and "Davide
  Brambilla" are other people, named in full).
- For every article, every occurrence of every surface is located with word boundaries,
  longest surface first; an occurrence overlapping an already placed mention is skipped
  (so "Autorità di bacino distrettuale del fiume Po", "Delta del Po", "Po Valley", "Consorzio
  del Ticino", "Istituto San Raffaele Telethon per la terapia genica", "Thalassa Sardegna",
  "Anbi Lombardia", "Pavia Acque" and "Euronext Milan" win over "Po", "Ticino", "San
  Raffaele", "Sardegna", "Lombardia", "Pavia" and "Milan").
- EXCLUDE lists per-article (surface, occurrence_index) pairs that are NOT mentions there;
  OVERRIDE lists per-article (surface, occurrence_index) -> (type, entity) for readings that
  depend on context. occurrence_index counts the word-bounded occurrences of that surface
  in the text, from 0, before overlap resolution (an occurrence inside a longer name counts).

Run:  python3 tests/data/entities/heldout8_build.py            (writes heldout8_gold.jsonl)
      python3 tests/data/entities/heldout8_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout8_gold.jsonl
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
    "Italia": (L, "italy"),  # also "l'Italia è aperta agli investimenti": the state, LOC
    "Italy": (L, "italy"),  # also "Italy's government", "Italy's \"golden power\" rules"
    "ROMA": (L, "rome"),
    "Roma": (L, "rome"),  # also "un'intesa con Roma": the capital for the government, LOC
    "ROME": (L, "rome"),
    "Rome": (L, "rome"),  # also "Rome's appetite for foreign takeovers", "Rome was ready": LOC
    "MILANO": (L, "milan"),
    "Milano": (L, "milan"),
    "MILAN": (L, "milan"),
    "Milan": (L, "milan"),  # also "Milan-based", "the Milan stock exchange": the city
    "Lombardia": (L, "lombardy"),
    "Lombardy": (L, "lombardy"),  # also "Lombardy has also asked Switzerland": LOC
    "Piemonte": (L, "piedmont"),  # "lo Spi Cgil del Piemonte": the place, the body is "Spi Cgil"
    "Piedmont": (L, "piedmont"),
    "Parigi": (L, "paris"),  # also "Da Parigi, intanto, fonti ...": LOC
    "Paris": (L, "paris"),
    # --- institutions ------------------------------------------------------------------------
    "Regione Lombardia": (O, "lombardy-region"),  # the regional government, ORG ("Lombardia" inside)
    "Consiglio dei ministri": (O, "italian-council-of-ministers"),
    "Council of Ministers": (O, "italian-council-of-ministers"),
    "Commissione europea": (O, "european-commission"),
    "European Commission": (O, "european-commission"),
}

EVENT_LEXICON = {
    # --- heldout8-e01: the fake-carabiniere phone scams on elderly people in Turin ------------
    "heldout8-e01": {
        "Federica Ruatta": (P, "federica-ruatta"),  # "la pm Federica Ruatta": role outside
        "Enrico Bessone": (P, "enrico-bessone"),
        "Salvatore Iannaccone": (P, "salvatore-iannaccone"),
        "Iannaccone": (P, "salvatore-iannaccone"),
        # the Romanian courier: with and without the diacritics, and a mixed spelling (all in
        # Italian articles)
        "Ionuț Bălan": (P, "ionut-balan"),
        "Ionuț Balan": (P, "ionut-balan"),
        "Ionut Balan": (P, "ionut-balan"),
        "Andrea Scalzo": (P, "andrea-scalzo"),  # "il colonnello Andrea Scalzo": title outside
        "Silvia Tarditi": (P, "silvia-tarditi"),  # "La gip Silvia Tarditi"
        "Anna": (P, "anna-turin-scam-victim"),  # "La signora Anna": a victim, first name only
        "Davide": (P, "davide-grandson-of-anna"),  # "il nipote Davide": first name only
        "Walter Demaria": (P, "walter-demaria"),
        "Matteo Galliano": (P, "matteo-galliano"),  # "davanti al gup di Torino Matteo Galliano"
        "Luca Giordanengo": (P, "luca-giordanengo"),
        "Marta Ghiglione": (P, "marta-ghiglione"),
        # "dell'Arma": the usual capitalised short name of the Arma dei carabinieri, ORG, the key
        # of the English "Carabinieri" in heldout3; "carabinieri" in lower case is not annotated
        "Arma": (O, "carabinieri"),
        # "ricorso al tribunale del Riesame": the court, kind word outside, as in heldout5
        "Riesame": (O, "turin-riesame-court"),
        # "con l'Asl Città di Torino": the local health authority, one span ("Torino" inside)
        "Asl Città di Torino": (O, "asl-citta-di-torino"),
        # "Lo Spi Cgil del Piemonte": the pensioners' federation, one span (like "Fp Cgil"), and
        # the place
        "Spi Cgil": (O, "spi-cgil"),
        "Poste Italiane": (O, "poste-italiane"),
        # "la procura di Torino", "Comune di Torino", "gup di Torino", "nelle caserme di Torino":
        # the city ("Comune" not annotated)
        "TORINO": (L, "turin"),
        "Torino": (L, "turin"),
        "Napoli": (L, "naples"),
        "Arzano": (L, "arzano"),
        "Casoria": (L, "casoria"),
        "Moncalieri": (L, "moncalieri"),
        "Rivoli": (L, "rivoli"),
        "Collegno": (L, "collegno"),
        "Chieri": (L, "chieri"),
        "Nichelino": (L, "nichelino"),
        "Asti": (L, "asti"),
        # prisons are LOC facilities: "nel carcere di Secondigliano" (as in heldout2), "nel carcere
        # delle Vallette" (the Turin prison, named by its district)
        "Secondigliano": (L, "secondigliano"),
        "Vallette": (L, "vallette-prison-turin"),
        "Borgo San Paolo": (L, "borgo-san-paolo-turin"),
        "Santa Rita": (L, "santa-rita-turin"),
        "Mirafiori": (L, "mirafiori-turin"),
        # "del quartiere Sanità": the kind word outside
        "Sanità": (L, "rione-sanita-naples"),
        "corso Racconigi": (L, "corso-racconigi-turin"),
        "piazza Sabotino": (L, "piazza-sabotino-turin"),
        "via Valfrè": (L, "via-valfre-turin"),  # "la caserma di via Valfrè": the street
        "corso Vittorio Emanuele II": (L, "corso-vittorio-emanuele-ii-turin"),
    },
    # --- heldout8-e02: drought in the Po basin, state of emergency, storms -------------------
    "heldout8-e02": {
        "Mauro Bertazzoni": (P, "mauro-bertazzoni"),
        "Francesca Lanfranchi": (P, "francesca-lanfranchi"),
        "Nello Musumeci": (P, "nello-musumeci"),  # "Il ministro per la Protezione civile ...": role outside
        "Giovanni Ferrarini": (P, "giovanni-ferrarini"),
        "Paolo Vescovi": (P, "paolo-vescovi"),
        # the river basin authority, Italian and English names ("Po" inside not annotated);
        # "dell'Autorità" alone is a capitalised common noun, not annotated (as in heldout4/5)
        "Autorità di bacino distrettuale del fiume Po": (O, "po-river-basin-authority"),
        "Po River Basin District Authority": (O, "po-river-basin-authority"),
        "Osservatorio permanente sugli utilizzi idrici": (O, "po-water-use-observatory"),
        "Regione Emilia-Romagna": (O, "emilia-romagna-region"),
        "Regione Veneto": (O, "veneto-region"),
        "Aeronautica militare": (O, "aeronautica-militare"),
        "Coldiretti": (O, "coldiretti"),
        "Anbi Lombardia": (O, "anbi-lombardia"),  # the regional federation, one span
        "Consorzio del Ticino": (O, "consorzio-del-ticino"),  # "Ticino" inside not annotated
        # "autobotti della Protezione civile": the body; in "Il ministro per la Protezione civile"
        # (h8-02-b) it is the portfolio, EXCLUDE, as in heldout3
        "Protezione civile": (O, "italian-civil-protection"),
        "A2A": (O, "a2a"),
        "Enel": (O, "enel"),
        "Cnr": (O, "cnr"),
        "CNR": (O, "cnr"),  # "the CNR's Institute of ...": the body and its institute, two spans
        "Istituto di scienze dell'atmosfera e del clima": (O, "isac-cnr"),
        "Institute of Atmospheric Sciences and Climate": (O, "isac-cnr"),
        "Arpae": (O, "arpae"),
        "Pavia Acque": (O, "pavia-acque"),  # the water utility; "Pavia" inside not annotated
        "Gazzetta Ufficiale": (O, "gazzetta-ufficiale"),
        # the river; "il fiume" in lower case is not annotated
        "Po": (L, "po-river"),
        "Delta del Po": (L, "po-delta"),
        "Delta": (L, "po-delta"),  # "in tutto il Delta": short form, like "Piana"
        "Po Delta": (L, "po-delta"),
        "Pianura Padana": (L, "po-valley"),
        "Po Valley": (L, "po-valley"),
        "Adriatico": (L, "adriatic-sea"),
        "Adriatic Sea": (L, "adriatic-sea"),
        "Alpi": (L, "alps"),  # also "dalle Alpi piemontesi": the adjective outside
        "Alps": (L, "alps"),
        "Adda": (L, "adda-river"),
        "Valtellina": (L, "valtellina"),
        "Lomellina": (L, "lomellina"),
        "Reggiano": (L, "reggiano"),  # "a Boretto, nel Reggiano": the area, like "nel Bergamasco"
        "Piacentino": (L, "piacentino"),
        # "Oltrepò pavese": the adjective outside, like "Friuli occidentale" in heldout7
        "Oltrepò": (L, "oltrepo-pavese"),
        "Staffora": (L, "valle-staffora"),  # "della valle Staffora": kind word outside, like "val di Fiemme"
        # the lakes: "lago Maggiore" gives "Maggiore" (kind word outside, like "lago Trasimeno");
        # "il Maggiore" and "Lake Maggiore" are the same lake; "lago di Como" gives "Como" with
        # the lake's key, as "lago di Ginevra" did in heldout7; "il Garda" is the lake
        "Maggiore": (L, "lake-maggiore"),
        "Lake Maggiore": (L, "lake-maggiore"),
        "Como": (L, "lake-como"),
        "Garda": (L, "lake-garda"),
        "Miorina": (L, "miorina-dam"),  # "la diga della Miorina": the dam, kind word outside
        "Svizzera": (L, "switzerland"),
        "Switzerland": (L, "switzerland"),
        "Berna": (L, "bern"),  # "Berna teme conseguenze": the capital for the government, LOC
        "Locarno": (L, "locarno"),
        "Sesto Calende": (L, "sesto-calende"),
        "Emilia-Romagna": (L, "emilia-romagna"),
        "Veneto": (L, "veneto"),
        "FERRARA": (L, "ferrara"),
        "Ferrara": (L, "ferrara"),
        "Pontelagoscuro": (L, "pontelagoscuro"),
        "Boretto": (L, "boretto"),
        "Cremona": (L, "cremona"),
        "Ariano nel Polesine": (L, "ariano-nel-polesine"),
        "Rovigo": (L, "rovigo"),
        "Parma": (L, "parma"),
        "Bologna": (L, "bologna"),
        "Mantova": (L, "mantua"),
        "Pavia": (L, "pavia"),
        "PIACENZA": (L, "piacenza"),
        "Piacenza": (L, "piacenza"),  # also "vigili del fuoco del comando di Piacenza"
        "Castel San Giovanni": (L, "castel-san-giovanni"),
        "Fiorenzuola d'Arda": (L, "fiorenzuola-d-arda"),
        "Voghera": (L, "voghera"),
        "Casteggio": (L, "casteggio"),
        "Lodi": (L, "lodi"),
        "Zavattarello": (L, "zavattarello"),
        "Romagnese": (L, "romagnese"),
        "Brallo di Pregola": (L, "brallo-di-pregola"),
    },
    # --- heldout8-e03: the Aurivel gene therapy for beta thalassaemia -----------------------
    "heldout8-e03": {
        "Riccardo Bellandi": (P, "riccardo-bellandi"),
        "Orazio Schillaci": (P, "orazio-schillaci"),  # "il ministro della Salute ...": portfolio not annotated
        "Paola Useli": (P, "paola-useli"),
        "Useli": (P, "paola-useli"),
        "Matteo": (P, "matteo-thalassaemia-patient"),  # a young patient, first name only
        "Simonetta": (P, "simonetta-mother-of-matteo"),  # his mother, first name only
        "Andrea Serra": (P, "andrea-serra"),
        "Giulia Orlandini": (P, "giulia-orlandini"),
        # the EU regulator and its committee: full names, acronyms, English names
        "Agenzia europea per i medicinali": (O, "ema"),
        "Ema": (O, "ema"),
        "European Medicines Agency": (O, "ema"),
        "Comitato per i medicinali per uso umano": (O, "chmp"),
        "Chmp": (O, "chmp"),
        "Committee for Medicinal Products for Human Use": (O, "chmp"),
        "CHMP": (O, "chmp"),
        "Agenzia italiana del farmaco": (O, "aifa"),
        "Aifa": (O, "aifa"),
        "AIFA": (O, "aifa"),
        "Italian Medicines Agency": (O, "aifa"),
        # "La Commissione scientifica ed economica dell'Aifa": the agency's committee, own key
        "Commissione scientifica ed economica": (O, "aifa-cse"),
        "Istituto superiore di sanità": (O, "iss"),
        "ministero della Salute": (O, "italian-ministry-of-health"),
        "Food and Drug Administration": (O, "fda"),
        "Organizzazione mondiale della sanità": (O, "who"),
        "World Health Organization": (O, "who"),
        "Unione europea": (O, "european-union"),
        "Soleris Therapeutics": (O, "soleris-therapeutics"),
        "Soleris": (O, "soleris-therapeutics"),
        # the gene-therapy institute: Italian and English names and the acronym in two spellings;
        # "San Raffaele" inside not annotated
        "Istituto San Raffaele Telethon per la terapia genica": (O, "sr-tiget"),
        "San Raffaele Telethon Institute for Gene Therapy": (O, "sr-tiget"),
        "SR-Tiget": (O, "sr-tiget"),
        "SR-TIGET": (O, "sr-tiget"),
        "San Raffaele": (O, "san-raffaele-hospital"),  # "dallo SR-Tiget del San Raffaele di Milano"
        "Fondazione Telethon": (O, "fondazione-telethon"),
        # hospitals are ORG, the kind word outside ("ospedale Microcitemico", "ospedale Brotzu",
        # "ospedale pediatrico Bambino Gesù")
        "Microcitemico": (O, "microcitemico-hospital-cagliari"),
        "Brotzu": (O, "brotzu-hospital"),
        "Bambino Gesù": (O, "bambino-gesu-hospital"),
        "Thalassa Sardegna": (O, "thalassa-sardegna"),  # "l'associazione Thalassa Sardegna"
        "Regione Sardegna": (O, "sardinia-region"),
        "Università di Cagliari": (O, "university-of-cagliari"),
        "Aurivel": (M, "aurivel"),  # the medicine, a product: MISC
        "CAGLIARI": (L, "cagliari"),
        "Cagliari": (L, "cagliari"),
        "Quartu Sant'Elena": (L, "quartu-sant-elena"),
        "Latina": (L, "latina"),
        "Sardegna": (L, "sardinia"),  # also "La Sardegna ha già stanziato": the region, LOC
        "LONDON": (L, "london"),
        "London": (L, "london"),
        "Londra": (L, "london"),
        "Stati Uniti": (L, "united-states"),
        "United States": (L, "united-states"),
        "U.S.": (L, "united-states"),  # "The U.S. Food and Drug Administration"
        "Sicilia": (L, "sicily"),
        "Puglia": (L, "apulia"),
        "Mediterranean": (L, "mediterranean-sea"),  # "common around the Mediterranean"
    },
    # --- heldout8-e04: Verdalle's takeover bid for Ardesia ----------------------------------
    "heldout8-e04": {
        "Elena Cornaggia": (P, "elena-cornaggia"),
        "Grégoire Fauchon": (P, "gregoire-fauchon"),
        "Gregoire Fauchon": (P, "gregoire-fauchon"),
        "Roberta Caimi": (P, "roberta-caimi"),
        "Adolfo Urso": (P, "adolfo-urso"),  # "Il ministro delle Imprese, ...", "Industry Minister ..."
        "Luca Vismara": (P, "luca-vismara"),
        "Teresa Ribera": (P, "teresa-ribera"),
        "Davide Brambilla": (P, "davide-brambilla"),
        "Verdalle": (O, "verdalle"),
        "Ardesia": (O, "ardesia"),
        "Cornaggia Holding": (O, "cornaggia-holding"),
        "Euronext Milan": (O, "euronext-milan"),  # the market, ORG like the Nasdaq; "Milan" inside
        "Piazza Affari": (O, "piazza-affari"),  # the Milan stock exchange, ORG as in heldout2
        "Consob": (O, "consob"),
        "Bnp Paribas": (O, "bnp-paribas"),
        "BNP Paribas": (O, "bnp-paribas"),
        "Crédit Agricole": (O, "credit-agricole"),
        "Credit Agricole": (O, "credit-agricole"),
        "Mediobanca": (O, "mediobanca"),
        # the metalworkers' unions, as in heldout7; "la Fiom di Milano" gives "Fiom" and "Milano"
        "Fiom Cgil": (O, "fiom-cgil"),
        "Fiom": (O, "fiom-cgil"),
        "FIOM": (O, "fiom-cgil"),
        "Fim Cisl": (O, "fim-cisl"),
        "FIM": (O, "fim-cisl"),
        "Uilm": (O, "uilm"),
        "UILM": (O, "uilm"),
        "Mimit": (O, "italian-ministry-of-enterprises"),
        "Palazzo Chigi": (O, "palazzo-chigi"),
        # "il ministero dell'Economia francese": the adjective outside, as "ministero degli Esteri
        # cinese" in heldout7; "Bercy" (its seat, standing for it) is ORG with its own key
        "ministero dell'Economia": (O, "french-ministry-of-economy"),
        "Bercy": (O, "bercy"),
        "Franke": (O, "franke"),
        "WMF": (O, "wmf"),
        "BAREGGIO": (L, "bareggio"),
        "Bareggio": (L, "bareggio"),
        "Fossano": (L, "fossano"),
        "via Novara": (L, "via-novara-bareggio"),
        "Milanese": (L, "milanese"),  # "nel Milanese": the area, like "nel Bergamasco"
        "Bresciano": (L, "bresciano"),
        "Écully": (L, "ecully"),
        "Ecully": (L, "ecully"),
        "Lione": (L, "lyon"),  # also "quando il controllo passerà a Lione": LOC
        "Lyon": (L, "lyon"),
        "Brașov": (L, "brasov"),
        "Brasov": (L, "brasov"),
        "Romania": (L, "romania"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {
    # "Il ministro per la Protezione civile Nello Musumeci": the portfolio, not the body (as in
    # heldout3)
    "h8-02-b": [("Protezione civile", 0)],
}

# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {}


if __name__ == "__main__":
    build_heldout("heldout8", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
