"""Build heldout11_gold.jsonl from the hand-made annotation lexicon below.

The eleventh held-out set (see README.md, "Eleventh held-out set (heldout11)") has its own
articles, heldout11_articles.jsonl, written for this project, and its own annotation
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
  (so "Regione Abruzzo", "Confindustria Chieti Pescara", "Fiom Cgil", "Mitrovica Nord",
  "North Mitrovica", "Balcani occidentali", "Università di Napoli Federico II", "Dipartimento
  della Protezione civile", "Regione Lombardia" and "Provaglio d'Iseo" win over "Abruzzo",
  "Chieti", "Cgil", "Mitrovica", "Napoli", "Protezione civile", "Lombardia" and "Iseo").
- EXCLUDE lists per-article (surface, occurrence_index) pairs that are NOT mentions there;
  OVERRIDE lists per-article (surface, occurrence_index) -> (type, entity) for readings that
  depend on context. occurrence_index counts the word-bounded occurrences of that surface
  in the text, from 0, before overlap resolution (an occurrence inside a longer name counts).

Run:  python3 tests/data/entities/heldout11_build.py            (writes heldout11_gold.jsonl)
      python3 tests/data/entities/heldout11_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout11_gold.jsonl
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
    "Italy": (L, "italy"),  # "Italy's National Institute ...": the country, the body apart
    "ROMA": (L, "rome"),
    "Roma": (L, "rome"),  # also "prima del tavolo di Roma": the city
    "Rome": (L, "rome"),
    "NAPOLI": (L, "naples"),
    "Napoli": (L, "naples"),
    "Naples": (L, "naples"),
    "BRESCIA": (L, "brescia"),
    "Brescia": (L, "brescia"),
    "BRUXELLES": (L, "brussels"),
    "Bruxelles": (L, "brussels"),  # "Bruxelles di «fare pressioni»": the capital for the EU, LOC
    "BRUSSELS": (L, "brussels"),
    # --- institutions used in several events ------------------------------------------------
    "Protezione civile": (O, "italian-civil-protection"),
    "Dipartimento della Protezione civile": (O, "italian-civil-protection"),
    "Civil Protection Department": (O, "italian-civil-protection"),  # "Italy's ...": two spans
    "Pnrr": (M, "pnrr"),
}

EVENT_LEXICON = {
    # --- heldout11-e01: closure of a car-parts plant in Atessa (Chieti) -------------------------
    "heldout11-e01": {
        "ATESSA": (L, "atessa"),
        "Atessa": (L, "atessa"),
        "Val di Sangro": (L, "val-di-sangro"),
        # "davanti ai cancelli di contrada Saletti": a locality used as an address keeps
        # "contrada" inside, as "contrada Imbriacola" in heldout4
        "contrada Saletti": (L, "contrada-saletti-atessa"),
        "Chieti": (L, "chieti"),  # "della Fiom Cgil di Chieti": the city (the province)
        "Chietino": (L, "chietino"),  # "dei Comuni del Chietino": the area, like "nel Bergamasco"
        "Lanciano": (L, "lanciano"),
        "piazza Plebiscito": (L, "piazza-plebiscito-lanciano"),
        "Abruzzo": (L, "abruzzo"),  # "il consiglio regionale dell'Abruzzo": the body is lower case
        "Sulmona": (L, "sulmona"),
        "Slovacchia": (L, "slovakia"),
        "Stoccarda": (L, "stuttgart"),  # "Da Stoccarda, la Vollrath ...": the city, LOC
        "via Molise": (L, "via-molise-rome"),  # the ministry's street, as in heldout7
        "Vollrath Automotive": (O, "vollrath-automotive"),
        "Vollrath": (O, "vollrath-automotive"),
        "Meccanica Peligna": (O, "meccanica-peligna"),
        "Stellantis": (O, "stellantis"),
        # "Fiom Cgil"/"Fim Cisl" one span each and one key with "Fiom"/"Fim", as in heldout7
        "Fiom Cgil": (O, "fiom-cgil"),
        "Fiom": (O, "fiom-cgil"),
        "Fim Cisl": (O, "fim-cisl"),
        "Fim": (O, "fim-cisl"),
        "Uilm": (O, "uilm"),
        "Confindustria Chieti Pescara": (O, "confindustria-chieti-pescara"),  # a local branch, one span
        "Regione Abruzzo": (O, "abruzzo-region"),
        "ministero delle Imprese e del made in Italy": (O, "italian-ministry-of-enterprises"),
        "ministero delle Imprese": (O, "italian-ministry-of-enterprises"),  # the usual short form
        "Mimit": (O, "italian-ministry-of-enterprises"),
        "ministero del Lavoro": (O, "italian-ministry-of-labour"),
        "Invitalia": (O, "invitalia"),
        "Inps": (O, "inps"),
        # "dall'arcidiocesi di Lanciano-Ortona": the diocese's name, the kind word outside, as
        # "la diocesi di Concordia-Pordenone" in heldout7
        "Lanciano-Ortona": (O, "archdiocese-lanciano-ortona"),
        "Jens Kohlhaas": (P, "jens-kohlhaas"),
        "Daniela Ciccone": (P, "daniela-ciccone"),
        "Marco Di Renzo": (P, "marco-di-renzo"),
        "Giulio D'Alessandro": (P, "giulio-d-alessandro"),
        "Marco Marsilio": (P, "marco-marsilio"),
        "Marsilio": (P, "marco-marsilio"),
        "Adolfo Urso": (P, "adolfo-urso"),
        "Urso": (P, "adolfo-urso"),
        "Antonio Colantonio": (P, "antonio-colantonio"),
        "Paola Ruscitti": (P, "paola-ruscitti"),
        "Stefan Oberhauser": (P, "stefan-oberhauser"),
        "Roberto Iezzi": (P, "roberto-iezzi"),
    },
    # --- heldout11-e02: the Serbia-Kosovo agreement on the northern power grid ------------------
    "heldout11-e02": {
        "Serbia": (L, "serbia"),
        "Kosovo": (L, "kosovo"),
        "Belgrado": (L, "belgrade"),  # "tra Belgrado e Pristina", "fare pressioni su Belgrado": LOC
        "Belgrade": (L, "belgrade"),
        "Pristina": (L, "pristina"),  # "Pristina si impegna": the capital for the government, LOC
        "MITROVICA": (L, "mitrovica"),
        "Mitrovica": (L, "mitrovica"),
        # the Serb-majority municipality, one span, "North Mitrovica" in English
        "Mitrovica Nord": (L, "north-mitrovica"),
        "North Mitrovica": (L, "north-mitrovica"),
        "Zvečan": (L, "zvecan"),
        "Zubin Potok": (L, "zubin-potok"),
        "Leposavić": (L, "leposavic"),
        "Ibar": (L, "ibar-river"),  # "il ponte sull'Ibar", "the Ibar river": the kind word outside
        "Balcani occidentali": (L, "western-balkans"),  # one span, like "Europa occidentale"
        "Mosca": (L, "moscow"),  # "con l'eccezione di Mosca": the capital for the government, LOC
        "Moscow": (L, "moscow"),
        "Russia": (L, "russia"),
        "Washington": (L, "washington-dc"),
        "Unione europea": (O, "european-union"),  # also in "Alto rappresentante dell'Unione europea"
        "European Union": (O, "european-union"),
        "Unione": (O, "european-union"),  # "la strada verso l'Unione", as "dell'Unione" in heldout9
        "EU": (O, "european-union"),  # "EU foreign policy chief", "EU-brokered": the Union
        "Servizio europeo per l'azione esterna": (O, "eeas"),
        "European External Action Service": (O, "eeas"),
        "Commissione europea": (O, "european-commission"),
        "Nato": (O, "nato"),
        "NATO": (O, "nato"),
        "Alleanza atlantica": (O, "nato"),  # the usual Italian name of NATO
        "Kfor": (O, "kfor"),
        "KFOR": (O, "kfor"),
        "Eulex": (O, "eulex"),
        "Farnesina": (O, "farnesina"),
        "Cremlino": (O, "kremlin"),
        "State Department": (O, "us-state-department"),
        # "La portavoce del ministero degli Esteri russo": the adjective outside, as
        # "ministero degli Esteri cinese" in heldout7
        "ministero degli Esteri": (O, "russian-ministry-of-foreign-affairs"),
        # "Consiglio di sicurezza dell'Onu" / "delle Nazioni Unite": two spans, as in heldout2/4
        "Consiglio di sicurezza": (O, "un-security-council"),
        "Onu": (O, "united-nations"),
        "Nazioni Unite": (O, "united-nations"),
        # the Serbian president: with and without diacritics in different outlets
        "Aleksandar Vučić": (P, "aleksandar-vucic"),
        "Aleksandar Vucic": (P, "aleksandar-vucic"),
        "Vučić": (P, "aleksandar-vucic"),
        "Albin Kurti": (P, "albin-kurti"),
        "Kurti": (P, "albin-kurti"),
        "Kaja Kallas": (P, "kaja-kallas"),
        "Kallas": (P, "kaja-kallas"),
        "Henrik Vestergaard": (P, "henrik-vestergaard"),
        # the foreign ministers, spelled "Đurić" / "Djuric" / "Djurić" and "Gërvalla" / "Gervalla"
        "Marko Đurić": (P, "marko-djuric"),
        "Marko Djuric": (P, "marko-djuric"),
        "Marko Djurić": (P, "marko-djuric"),
        "Donika Gërvalla": (P, "donika-gervalla"),
        "Donika Gervalla": (P, "donika-gervalla"),
        "Antonio Tajani": (P, "antonio-tajani"),
        "Mark Rutte": (P, "mark-rutte"),
        "Ursula von der Leyen": (P, "ursula-von-der-leyen"),
        "Maria Zacharova": (P, "maria-zakharova"),
        "Arian Hoxha": (P, "arian-hoxha"),
        "Jelena Stanković": (P, "jelena-stankovic"),
        "Stefano Baldacci": (P, "stefano-baldacci"),
    },
    # --- heldout11-e03: the INGV study of the Campi Flegrei uplift --------------------------------
    "heldout11-e03": {
        "Campi Flegrei": (L, "campi-flegrei"),
        "Pozzuoli": (L, "pozzuoli"),
        "Rione Terra": (L, "rione-terra-pozzuoli"),
        "Rione Toiano": (L, "rione-toiano-pozzuoli"),
        "Solfatara": (L, "solfatara"),
        "Pisciarelli": (L, "pisciarelli"),
        "Bacoli": (L, "bacoli"),
        "Bagnoli": (L, "bagnoli"),
        "Agnano": (L, "agnano"),
        "Etna": (L, "etna"),
        "Ischia": (L, "ischia"),
        "Istituto nazionale di geofisica e vulcanologia": (O, "ingv"),
        "National Institute of Geophysics and Volcanology": (O, "ingv"),
        "Ingv": (O, "ingv"),
        "INGV": (O, "ingv"),
        # the Naples section of the Ingv, "Vesuvius Observatory" in English (own key, like
        # "Osservatorio Etneo" in the earlier sets)
        "Osservatorio Vesuviano": (O, "ingv-osservatorio-vesuviano"),
        "Vesuvius Observatory": (O, "ingv-osservatorio-vesuviano"),
        "Università di Napoli Federico II": (O, "university-of-naples-federico-ii"),
        "University of Naples Federico II": (O, "university-of-naples-federico-ii"),
        "Università Federico II": (O, "university-of-naples-federico-ii"),
        # "l'Istituto per il rilevamento elettromagnetico dell'ambiente del Cnr": the institute and
        # the Cnr, two spans, as the Isac in heldout8; "Irea" its acronym
        "Istituto per il rilevamento elettromagnetico dell'ambiente": (O, "irea-cnr"),
        "Irea": (O, "irea-cnr"),
        "Cnr": (O, "cnr"),
        "Agenzia spaziale italiana": (O, "italian-space-agency"),
        "Italian Space Agency": (O, "italian-space-agency"),
        "ASI": (O, "italian-space-agency"),
        "Asi": (O, "italian-space-agency"),
        "Agenzia spaziale europea": (O, "esa"),
        "European Space Agency": (O, "esa"),
        "Nature Geoscience": (O, "nature-geoscience"),  # a journal, ORG
        # the commission: full name one span with its lower-case words, and its usual short
        # name; "Major Risks Commission" in English
        "Commissione nazionale per la previsione e la prevenzione dei grandi rischi": (O, "grandi-rischi-commission"),
        "Commissione Grandi Rischi": (O, "grandi-rischi-commission"),
        "Major Risks Commission": (O, "grandi-rischi-commission"),
        "Regione Campania": (O, "campania-region"),
        "Cosmo-SkyMed": (M, "cosmo-skymed"),  # the satellite constellation, MISC
        "COSMO-SkyMed": (M, "cosmo-skymed"),
        "Sentinel-1": (M, "sentinel-1"),
        "Serena Caputi": (P, "serena-caputi"),
        "Caputi": (P, "serena-caputi"),
        "Matteo Ferrante": (P, "matteo-ferrante"),
        "Paolo Annunziata": (P, "paolo-annunziata"),
        "Fabio Ciciliano": (P, "fabio-ciciliano"),
        "Vincenzo Matarazzo": (P, "vincenzo-matarazzo"),
        "Teodoro Valente": (P, "teodoro-valente"),
    },
    # --- heldout11-e04: the level-crossing crash at Fantecolo (Brescia) ----------------------------
    "heldout11-e04": {
        "PROVAGLIO D'ISEO": (L, "provaglio-d-iseo"),
        "Provaglio d'Iseo": (L, "provaglio-d-iseo"),  # "Iseo" inside not annotated
        "Fantecolo": (L, "fantecolo"),
        "Iseo": (L, "iseo"),  # "tra Brescia e Iseo", "la studentessa di Iseo": the town
        "Edolo": (L, "edolo"),  # "linea Brescia-Iseo-Edolo": the names on their own
        "Rovato": (L, "rovato"),
        "Chiari": (L, "chiari"),  # "compagnia di Chiari", "Autotrasporti Bonomelli di Chiari"
        "Franciacorta": (L, "franciacorta"),
        "Valcamonica": (L, "valcamonica"),
        "Sebino": (L, "sebino"),  # "della Valcamonica e del Sebino": the lake and its shores
        "Lombardia": (L, "lombardy"),
        "piazza Garibaldi": (L, "piazza-garibaldi-iseo"),
        "Trenord": (O, "trenord"),
        "Ferrovienord": (O, "ferrovienord"),
        "Autotrasporti Bonomelli": (O, "autotrasporti-bonomelli"),
        "Areu": (O, "areu"),
        "Agenzia regionale emergenza urgenza": (O, "areu"),
        "Spedali Civili": (O, "spedali-civili-brescia"),  # hospital, ORG ("di Brescia": the city)
        "Poliambulanza": (O, "poliambulanza"),
        "Polfer": (O, "polfer"),
        # the agency's full name is one span with its lower-case words, as in heldout8 and heldout9
        "Agenzia nazionale per la sicurezza delle ferrovie e delle infrastrutture stradali e autostradali": (O, "ansfisa"),
        "Ansfisa": (O, "ansfisa"),
        "Regione Lombardia": (O, "lombardy-region"),
        "Matteo Salvini": (P, "matteo-salvini"),
        "Mirko Taglietti": (P, "mirko-taglietti"),
        "Taglietti": (P, "mirko-taglietti"),
        "Elisa Gatteschi": (P, "elisa-gatteschi"),
        "Tiziano Belotti": (P, "tiziano-belotti"),
        "Giorgio Maffezzoni": (P, "giorgio-maffezzoni"),
        "Manuela Zanotti": (P, "manuela-zanotti"),
        "Luca Ravelli": (P, "luca-ravelli"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {
    # "ministro delle Imprese e del made in Italy": a role (the portfolio's name), not the country
    "h11-01-a": [("Italy", 0)],
}

# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {}


if __name__ == "__main__":
    build_heldout("heldout11", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
