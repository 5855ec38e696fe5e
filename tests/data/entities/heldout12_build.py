"""Build heldout12_gold.jsonl from the hand-made annotation lexicon below.

The twelfth held-out set (see README.md, "Twelfth held-out set (heldout12)") has its own
articles, heldout12_articles.jsonl, written for this project, and its own annotation
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
  (so "Regione Marche", "Università politecnica delle Marche", "Cittadinanzattiva Marche",
  "Vallesina Imballaggi", "Partito popolare di Taiwan", "Taiwan People's Party", "Stretto di
  Taiwan", "Ufficio per gli affari di Taiwan", "Federalberghi Firenze", "Cgil Firenze" and
  "Università di Firenze" win over "Marche", "Vallesina", "Taiwan", "Firenze" and "Cgil").
- EXCLUDE lists per-article (surface, occurrence_index) pairs that are NOT mentions there;
  OVERRIDE lists per-article (surface, occurrence_index) -> (type, entity) for readings that
  depend on context. occurrence_index counts the word-bounded occurrences of that surface
  in the text, from 0, before overlap resolution (an occurrence inside a longer name counts).

Run:  python3 tests/data/entities/heldout12_build.py            (writes heldout12_gold.jsonl)
      python3 tests/data/entities/heldout12_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout12_gold.jsonl
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
    "Italia": (L, "italy"),
    "Italy": (L, "italy"),  # "Italy's Culture Ministry": the country and the body, two spans
    "ROMA": (L, "rome"),
    "Roma": (L, "rome"),
    "Stati Uniti": (L, "united-states"),
    "United States": (L, "united-states"),
    "Giappone": (L, "japan"),
    # --- institutions used in several events ------------------------------------------------
    "Senato": (O, "italian-senate"),
    "Cgil": (O, "cgil"),
}

EVENT_LEXICON = {
    # --- heldout12-e01: public accounts 2025, the Bank of Italy, a rating upgrade, reactions ----
    "heldout12-e01": {
        "MILANO": (L, "milan"),
        "Mezzogiorno": (L, "southern-italy"),
        "Istat": (O, "istat"),
        "Istituto nazionale di statistica": (O, "istat"),
        "Eurostat": (O, "eurostat"),
        "Commissione europea": (O, "european-commission"),
        "Mef": (O, "italian-ministry-of-economy"),
        "ministero dell'Economia e delle finanze": (O, "italian-ministry-of-economy"),
        # "proposto al ministero dell'Economia un tavolo": the Italian ministry's usual short form
        "ministero dell'Economia": (O, "italian-ministry-of-economy"),
        "Università Bocconi": (O, "bocconi-university"),
        "Confcommercio": (O, "confcommercio"),
        "Confindustria": (O, "confindustria"),
        "Camera": (O, "italian-chamber-of-deputies"),  # also "commissione Bilancio della Camera"
        "Parlamento": (O, "italian-parliament"),
        "Banca d'Italia": (O, "bank-of-italy"),
        "Bankitalia": (O, "bank-of-italy"),
        "Palazzo Koch": (O, "palazzo-koch"),  # the seat standing for the bank, own key (heldout7)
        "Banca centrale europea": (O, "european-central-bank"),
        "Moody's": (O, "moodys"),
        "S&P Global Ratings": (O, "s-and-p-global-ratings"),
        "Fitch": (O, "fitch-ratings"),
        "Dbrs": (O, "dbrs"),
        "Piazza Affari": (O, "piazza-affari"),  # the Milan stock exchange, as in heldout2
        "Intesa Sanpaolo": (O, "intesa-sanpaolo"),
        "UniCredit": (O, "unicredit"),
        "Alpiverde Capital": (O, "alpiverde-capital"),
        "Cisl": (O, "cisl"),
        "Uil": (O, "uil"),
        "Codacons": (O, "codacons"),
        "Unione nazionale consumatori": (O, "unione-nazionale-consumatori"),
        "Federconsumatori": (O, "federconsumatori"),
        "Pnrr": (M, "pnrr"),
        "Giancarlo Giorgetti": (P, "giancarlo-giorgetti"),
        "Giorgetti": (P, "giancarlo-giorgetti"),
        "Raffaella Ostuni": (P, "raffaella-ostuni"),
        "Mariano Fedrigotti": (P, "mariano-fedrigotti"),
        "Fabio Panetta": (P, "fabio-panetta"),
        "Panetta": (P, "fabio-panetta"),
        "Tommaso Ghirardelli": (P, "tommaso-ghirardelli"),
        "Livia Sartorello": (P, "livia-sartorello"),
        "Giulio Marchetto": (P, "giulio-marchetto"),
        "Maurizio Landini": (P, "maurizio-landini"),
        "Daniela Fumarola": (P, "daniela-fumarola"),
        "Alberto Canobbio": (P, "alberto-canobbio"),
    },
    # --- heldout12-e02: Taiwan's local elections ------------------------------------------------
    "heldout12-e02": {
        "TAIPEI": (L, "taipei"),
        "Taipei": (L, "taipei"),  # also "tra Taipei e Pechino": the capital for the government, LOC
        "Taiwan": (L, "taiwan"),
        "Taichung": (L, "taichung"),
        "Kaohsiung": (L, "kaohsiung"),
        "Hsinchu": (L, "hsinchu"),
        "Tainan": (L, "tainan"),
        "Pechino": (L, "beijing"),  # "Da Pechino", "dialogo ... con Pechino": LOC
        "Beijing": (L, "beijing"),
        "Cina": (L, "china"),
        "China": (L, "china"),
        "Washington": (L, "washington-dc"),
        "Tokyo": (L, "tokyo"),
        "Asia": (L, "asia"),  # "in Asia"  # "Tokyo ha chiesto": the capital for the government, LOC
        # the strait, one LOC span; "nello Stretto" alone is its short form, like "Piana"
        "Stretto di Taiwan": (L, "taiwan-strait"),
        "Stretto": (L, "taiwan-strait"),
        "Partito democratico progressista": (O, "democratic-progressive-party"),
        "Democratic Progressive Party": (O, "democratic-progressive-party"),
        "Dpp": (O, "democratic-progressive-party"),
        "DPP": (O, "democratic-progressive-party"),
        "Kuomintang": (O, "kuomintang"),
        "Kmt": (O, "kuomintang"),
        "KMT": (O, "kuomintang"),
        "Partito popolare di Taiwan": (O, "taiwan-peoples-party"),
        "Taiwan People's Party": (O, "taiwan-peoples-party"),
        "Tpp": (O, "taiwan-peoples-party"),
        "TPP": (O, "taiwan-peoples-party"),
        "Commissione elettorale centrale": (O, "taiwan-central-election-commission"),
        "Central Election Commission": (O, "taiwan-central-election-commission"),
        # Beijing's office, one span each with "Taiwan" inside
        "Ufficio per gli affari di Taiwan": (O, "taiwan-affairs-office"),
        "Taiwan Affairs Office": (O, "taiwan-affairs-office"),
        "Central News Agency": (O, "central-news-agency-taiwan"),
        "Yuan legislativo": (O, "legislative-yuan"),
        "State Department": (O, "us-state-department"),
        "Dipartimento di Stato": (O, "us-state-department"),
        "Unione europea": (O, "european-union"),
        "Servizio europeo per l'azione esterna": (O, "eeas"),
        "Xinhua": (O, "xinhua"),
        "Global Times": (O, "global-times"),
        "Università Ca' Foscari": (O, "ca-foscari-university"),
        "Tsmc": (O, "tsmc"),
        # the president: Wade-Giles variants, his English name and the surname alone
        "Lai Ching-te": (P, "lai-ching-te"),
        "Lai Ching-teh": (P, "lai-ching-te"),
        "William Lai": (P, "lai-ching-te"),
        "Lai": (P, "lai-ching-te"),
        "Chen Wei-lun": (P, "chen-wei-lun"),
        "Lin Yu-chen": (P, "lin-yu-chen"),
        "Song Weimin": (P, "song-weimin"),
        "Tsai Ing-wen": (P, "tsai-ing-wen"),
        "Hsu Chao-ming": (P, "hsu-chao-ming"),
        "Stefano Aldrovandi": (P, "stefano-aldrovandi"),
        "Fabrizio Orlandella": (P, "fabrizio-orlandella"),
    },
    # --- heldout12-e03: a legionellosis outbreak in Jesi (Ancona) -------------------------------
    "heldout12-e03": {
        "JESI": (L, "jesi"),
        "Jesi": (L, "jesi"),
        "ANCONA": (L, "ancona"),
        "Ancona": (L, "ancona"),  # "Ast di Ancona", "Nas di Ancona", "procura di Ancona": the city
        "Senigallia": (L, "senigallia"),
        "Monsano": (L, "monsano"),
        "Chiaravalle": (L, "chiaravalle"),
        "Fabriano": (L, "fabriano"),
        "Macerata": (L, "macerata"),
        "San Benedetto del Tronto": (L, "san-benedetto-del-tronto"),
        "Marche": (L, "marche"),  # "nelle Marche"
        "Vallesina": (L, "vallesina"),  # the valley of the Esino, "in Vallesina", "tra Jesi e la Vallesina"
        # hospitals are ORG with the kind word outside: "ospedale Carlo Urbani" (Jesi) and
        # "ospedale regionale di Torrette" (the Ancona hospital named after its district, used
        # for the hospital also alone: "a Torrette è attivo un ambulatorio"), kept apart from the
        # university hospital trust that runs it, as the Osservatorio Vesuviano from the Ingv
        "Carlo Urbani": (O, "carlo-urbani-hospital"),
        "Torrette": (O, "torrette-hospital"),
        "Azienda ospedaliero universitaria delle Marche": (O, "aou-marche"),
        # "L'Azienda sanitaria territoriale (Ast) di Ancona": body, acronym and city; "Ast Ancona",
        # written as the authority's name, is one span (like "Asl Riviera"); "Ast di Ancona"
        # gives "Ast" and "Ancona" (like "l'Asp di Caltanissetta")
        "Azienda sanitaria territoriale": (O, "ast-ancona"),
        "Ast Ancona": (O, "ast-ancona"),
        "Ast": (O, "ast-ancona"),
        "Agenzia regionale per la protezione ambientale delle Marche": (O, "arpam"),
        "Arpam": (O, "arpam"),
        "Regione Marche": (O, "marche-region"),
        "Palazzo Raffaello": (O, "palazzo-raffaello"),  # seat of the regional government, ORG
        "Istituto superiore di sanità": (O, "iss"),
        "Iss": (O, "iss"),
        "ministero della Salute": (O, "italian-ministry-of-health"),
        "Università politecnica delle Marche": (O, "univpm"),
        "Nas": (O, "carabinieri-nas"),
        "Vallesina Imballaggi": (O, "vallesina-imballaggi"),
        "Cittadinanzattiva Marche": (O, "cittadinanzattiva-marche"),  # a regional branch, one span
        "Anaao Assomed": (O, "anaao-assomed"),
        "Gianluca Sbriccoli": (P, "gianluca-sbriccoli"),
        "Sbriccoli": (P, "gianluca-sbriccoli"),
        "Francesco Acquaroli": (P, "francesco-acquaroli"),
        "Orazio Schillaci": (P, "orazio-schillaci"),
        "Elisabetta Moscatelli": (P, "elisabetta-moscatelli"),
        "Ilaria Bontempi": (P, "ilaria-bontempi"),
        "Claudio Marzialetti": (P, "claudio-marzialetti"),
    },
    # --- heldout12-e04: the Artemisia Gentileschi exhibition at the Uffizi ----------------------
    "heldout12-e04": {
        "FIRENZE": (L, "florence"),
        "Firenze": (L, "florence"),
        "FLORENCE": (L, "florence"),
        "Florence": (L, "florence"),
        "Venezia": (L, "venice"),
        "Napoli": (L, "naples"),
        "Naples": (L, "naples"),
        "Londra": (L, "london"),
        "London": (L, "london"),
        "Europa": (L, "europe"),
        "Europe": (L, "europe"),
        "Regno Unito": (L, "united-kingdom"),
        "Britain": (L, "united-kingdom"),
        "Spain": (L, "spain"),
        "Toscana": (L, "tuscany"),
        "Siena": (L, "siena"),
        "Lucca": (L, "lucca"),
        "Ponte Vecchio": (L, "ponte-vecchio"),
        "piazza della Signoria": (L, "piazza-della-signoria-florence"),
        # museums are ORG, like hospitals (heldout3); "The Capodimonte museum" gives "Capodimonte"
        "Gallerie degli Uffizi": (O, "uffizi-galleries"),
        "Uffizi Galleries": (O, "uffizi-galleries"),
        "Uffizi": (O, "uffizi-galleries"),
        "National Gallery": (O, "national-gallery-london"),
        "Museo di Capodimonte": (O, "capodimonte-museum"),
        "Capodimonte": (O, "capodimonte-museum"),
        "Casa Buonarroti": (O, "casa-buonarroti"),
        "Palazzo Vecchio": (O, "palazzo-vecchio"),  # seat of the city government, ORG everywhere
        "Opificio delle pietre dure": (O, "opificio-delle-pietre-dure"),
        "Università di Firenze": (O, "university-of-florence"),
        "ministero della Cultura": (O, "italian-ministry-of-culture"),
        "Culture Ministry": (O, "italian-ministry-of-culture"),
        "Federalberghi Firenze": (O, "federalberghi-firenze"),  # a local branch, one span
        "Cgil Firenze": (O, "cgil-firenze"),  # the Florence chamber of labour, one span
        "Giunti": (O, "giunti-editore"),
        # the exhibition's title (Italian and English) is one MISC key, the titles of works in
        # «» or quotes are MISC with their lower-case words; an English title has the work's key
        "Artemisia. La pittura come voce": (M, "artemisia-exhibition-uffizi"),
        "Artemisia. Painting as a Voice": (M, "artemisia-exhibition-uffizi"),
        "Giuditta che decapita Oloferne": (M, "judith-slaying-holofernes-uffizi"),
        "Judith Slaying Holofernes": (M, "judith-slaying-holofernes-uffizi"),
        "Autoritratto come santa Caterina d'Alessandria": (M, "self-portrait-saint-catherine"),
        "Self-Portrait as Saint Catherine of Alexandria": (M, "self-portrait-saint-catherine"),
        "Annunciazione": (M, "annunciation-gentileschi"),
        "Annunciation": (M, "annunciation-gentileschi"),
        # the painter: full name and the first name she is usually called by
        "Artemisia Gentileschi": (P, "artemisia-gentileschi"),
        "Artemisia": (P, "artemisia-gentileschi"),
        "Orazio Gentileschi": (P, "orazio-gentileschi"),
        "Caravaggio": (P, "caravaggio"),
        "Alessandro Giuli": (P, "alessandro-giuli"),
        "Sara Funaro": (P, "sara-funaro"),
        "Ottavia Brandolini": (P, "ottavia-brandolini"),
        "Harriet Pembury": (P, "harriet-pembury"),
        "Leonardo Marchesini": (P, "leonardo-marchesini"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {}

# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {}


if __name__ == "__main__":
    build_heldout("heldout12", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
