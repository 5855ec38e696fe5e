"""Build heldout9_gold.jsonl from the hand-made annotation lexicon below.

The ninth held-out set (see README.md, "Ninth held-out set (heldout9)") has its own
articles, heldout9_articles.jsonl, written for this project, and its own annotation
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
  (so "Regione Puglia", "Anci Puglia", "Confcommercio Brindisi", "Brindisi Multiservizi",
  "Regione Toscana", "Politecnico di Milano", "Firenze Castello", "Bologna Centrale",
  "Golden Gala Pietro Mennea", "Università di Padova" and "Climate Action Network Europe" win
  over "Puglia", "Brindisi", "Toscana", "Milano", "Firenze", "Bologna", "Pietro Mennea",
  "Padova" and "Europe").
- EXCLUDE lists per-article (surface, occurrence_index) pairs that are NOT mentions there;
  OVERRIDE lists per-article (surface, occurrence_index) -> (type, entity) for readings that
  depend on context. occurrence_index counts the word-bounded occurrences of that surface
  in the text, from 0, before overlap resolution (an occurrence inside a longer name counts).

Run:  python3 tests/data/entities/heldout9_build.py            (writes heldout9_gold.jsonl)
      python3 tests/data/entities/heldout9_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout9_gold.jsonl
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
    "Italia": (L, "italy"),  # also "Era una richiesta di Roma", "L'Italia è stata la prima nazione"
    "Italy": (L, "italy"),
    "ROMA": (L, "rome"),
    "Roma": (L, "rome"),  # also "Era una richiesta di Roma": the capital for the government, LOC
    "Rome": (L, "rome"),  # "the Infrastructure Ministry in Rome"
    "Milano": (L, "milan"),
    "Milan": (L, "milan"),
    "Ireland": (L, "ireland"),  # "a teacher from Cork, Ireland"
    # --- parties (Italian) --------------------------------------------------------------------
    "Partito democratico": (O, "partito-democratico"),
    "Pd": (O, "partito-democratico"),
    "Movimento 5 Stelle": (O, "movimento-5-stelle"),
    "M5S": (O, "movimento-5-stelle"),
    "Fratelli d'Italia": (O, "fratelli-d-italia"),  # "Italia" inside not annotated
    "FdI": (O, "fratelli-d-italia"),
    "Forza Italia": (O, "forza-italia"),
    "Lega": (O, "lega"),
    # --- unions and other bodies --------------------------------------------------------------
    "Fp Cgil": (O, "fp-cgil"),  # one span, as in heldout6
    "Cisl Fp": (O, "cisl-fp"),
    "Legambiente": (O, "legambiente"),
    "Pnrr": (M, "pnrr"),  # the recovery plan, a programme, MISC as in heldout6
}

EVENT_LEXICON = {
    # --- heldout9-e01: Brindisi's municipal budget, the Corte dei conti, prefect, Tar, Region --
    "heldout9-e01": {
        "BRINDISI": (L, "brindisi"),
        "Brindisi": (L, "brindisi"),  # "Comune di Brindisi", "procura di Brindisi": the city
        "Bari": (L, "bari"),  # "depositata ieri a Bari"; "Bari è pronta": the seat of the Region, LOC
        "Lecce": (L, "lecce"),  # "Tar di Lecce": the court ("Tar") and the city, as "Tar del Lazio"
        "Puglia": (L, "apulia"),  # "Corte dei conti per la Puglia": the body and the region
        "Albania": (L, "albania"),
        "Grecia": (L, "greece"),
        "Costa Morena": (L, "costa-morena-brindisi"),  # the port area
        "via Fornari": (L, "via-fornari-brindisi"),
        "piazza Santa Teresa": (L, "piazza-santa-teresa-brindisi"),
        "lungomare Regina Margherita": (L, "lungomare-regina-margherita-brindisi"),
        "Ernesto Lanzillotti": (P, "ernesto-lanzillotti"),
        "Lanzillotti": (P, "ernesto-lanzillotti"),
        "Rossella Guadalupi": (P, "rossella-guadalupi"),
        "Guadalupi": (P, "rossella-guadalupi"),
        "Michele Ciracì": (P, "michele-ciraci"),
        "Vittorio Sansone": (P, "vittorio-sansone"),  # "Il prefetto Vittorio Sansone": role outside
        "Sansone": (P, "vittorio-sansone"),
        "Antonio Decaro": (P, "antonio-decaro"),
        "Decaro": (P, "antonio-decaro"),
        "Paola Leuzzi": (P, "paola-leuzzi"),
        "Damiano Quarta": (P, "damiano-quarta"),
        "Teresa Greco": (P, "teresa-greco"),
        "Lucia Capozza": (P, "lucia-capozza"),
        # "la sezione regionale di controllo della Corte dei conti per la Puglia": the court and
        # the region (as "Corte dei conti del Veneto" in heldout5)
        "Corte dei conti": (O, "italian-court-of-auditors"),
        "Regione Puglia": (O, "apulia-region"),  # the regional government ("Puglia" inside)
        "Palazzo di Città": (O, "palazzo-di-citta-brindisi"),  # the city hall, a seat of power, ORG
        "Brindisi Multiservizi": (O, "brindisi-multiservizi"),
        "Cassa depositi e prestiti": (O, "cdp"),
        "Tar": (O, "tar-puglia-lecce"),  # the Lecce section of the Puglia administrative court
        "Consiglio di Stato": (O, "italian-council-of-state"),
        "Anci Puglia": (O, "anci-puglia"),  # the regional association, one span
        "Confcommercio Brindisi": (O, "confcommercio-brindisi"),  # the local federation, one span
        # the port authority: one span with its lower-case words ("Adriatico" inside)
        "Autorità di sistema portuale del mare Adriatico meridionale": (O, "adsp-mare-adriatico-meridionale"),
    },
    # --- heldout9-e02: the Commission's proposal to delay ETS2, Council and Parliament votes ----
    "heldout9-e02": {
        "BRUXELLES": (L, "brussels"),
        "Bruxelles": (L, "brussels"),
        "Brussels": (L, "brussels"),  # "a sign that Brussels is listening": LOC
        "LUSSEMBURGO": (L, "luxembourg-city"),
        "Lussemburgo": (L, "luxembourg-city"),  # the ministers' meeting in the city, as in heldout
        "Luxembourg": (L, "luxembourg-city"),
        "STRASBOURG": (L, "strasbourg"),
        "Strasburgo": (L, "strasbourg"),
        "Polonia": (L, "poland"),
        "Poland": (L, "poland"),
        "Repubblica Ceca": (L, "czech-republic"),
        "Varsavia": (L, "warsaw"),  # "Varsavia parla di ...": the capital for the government, LOC
        "Madrid": (L, "madrid"),
        "Copenaghen": (L, "copenhagen"),
        "Belgio": (L, "belgium"),
        "Danimarca": (L, "denmark"),
        "Svezia": (L, "sweden"),
        "Spagna": (L, "spain"),
        "Paesi Bassi": (L, "netherlands"),
        "Finlandia": (L, "finland"),
        "Wopke Hoekstra": (P, "wopke-hoekstra"),
        "Hoekstra": (P, "wopke-hoekstra"),
        "Ursula von der Leyen": (P, "ursula-von-der-leyen"),
        "Gilberto Pichetto Fratin": (P, "gilberto-pichetto-fratin"),
        "Andreas Christodoulou": (P, "andreas-christodoulou"),
        # the Polish minister, with and without the diacritic
        "Katarzyna Wróblewska": (P, "katarzyna-wroblewska"),
        "Katarzyna Wroblewska": (P, "katarzyna-wroblewska"),
        "Mette Lindholm": (P, "mette-lindholm"),
        # the German rapporteur: "Kröger" in the Italian articles, "Kroeger" in the English one
        "Matthias Kröger": (P, "matthias-kroger"),
        "Matthias Kroeger": (P, "matthias-kroger"),
        "Kroeger": (P, "matthias-kroger"),
        "Elisa Montanari": (P, "elisa-montanari"),
        "Roberto Casadei": (P, "roberto-casadei"),
        "Commissione europea": (O, "european-commission"),
        "European Commission": (O, "european-commission"),
        # "La presidente della Commissione": the short name of the institution, like "Camera"
        "Commissione": (O, "european-commission"),
        "Berlaymont": (O, "berlaymont"),  # the Commission's seat, ORG with its own key
        "Parlamento europeo": (O, "european-parliament"),
        "European Parliament": (O, "european-parliament"),
        "Parliament": (O, "european-parliament"),  # "between Parliament and the member states"
        # the Council of the EU: "Consiglio dell'Ue" gives "Consiglio" and "Ue" (as "Consiglio di
        # sicurezza dell'Onu"); "la posizione del Consiglio", "presidency of the Council"
        "Consiglio": (O, "council-of-the-eu"),
        "Council": (O, "council-of-the-eu"),
        "Ue": (O, "european-union"),
        "EU": (O, "european-union"),
        "Unione": (O, "european-union"),  # "delle emissioni dell'Unione": the short name
        "Partito popolare europeo": (O, "epp"),
        "European People's Party": (O, "epp"),
        "European Conservatives and Reformists": (O, "ecr"),
        "Renew Europe": (O, "renew-europe"),
        "Greens": (O, "greens-efa"),  # "the Greens" (the group)
        "Socialists and Democrats": (O, "s-and-d"),
        "S&D": (O, "s-and-d"),
        "Socialisti e democratici": (O, "s-and-d"),
        "Alleanza Verdi e Sinistra": (O, "avs"),  # key as in heldout3 and heldout4
        "Avs": (O, "avs"),
        "Wwf": (O, "wwf"),
        "Confindustria": (O, "confindustria"),
        "Politecnico di Milano": (O, "politecnico-di-milano"),
        "Agenzia europea dell'ambiente": (O, "european-environment-agency"),
        "Climate Action Network Europe": (O, "climate-action-network-europe"),
        # the emissions trading system for fuels and buildings, an EU instrument, MISC
        "Ets2": (M, "eu-ets2"),
        "ETS2": (M, "eu-ets2"),
        "Fondo sociale per il clima": (M, "social-climate-fund"),
        "Social Climate Fund": (M, "social-climate-fund"),
    },
    # --- heldout9-e03: power fault halts the Florence-Bologna high-speed line -----------------
    "heldout9-e03": {
        "FIRENZE": (L, "florence"),
        "Firenze": (L, "florence"),  # "procura di Firenze", "nodo di Firenze": the city
        "FLORENCE": (L, "florence"),
        "Florence": (L, "florence"),  # also "Florence's Santa Maria Novella station"
        "Bologna": (L, "bologna"),
        "Venice": (L, "venice"),
        "Prato": (L, "prato"),
        "Vernio": (L, "vernio"),
        "Sesto Fiorentino": (L, "sesto-fiorentino"),
        "Cork": (L, "cork"),
        "Toscana": (L, "tuscany"),
        "Tuscany": (L, "tuscany"),  # "Tuscany's regional president": the region, LOC
        "Piana": (L, "piana-fiorentina"),  # "i Comuni della Piana": the short form, as in gold
        # stations and airports are LOC facilities; "stazione di Firenze Castello" and "Castello"
        # alone ("tra Castello e Sesto Fiorentino") are the station
        "Firenze Castello": (L, "firenze-castello-station"),
        "Castello": (L, "firenze-castello-station"),
        "Santa Maria Novella": (L, "firenze-santa-maria-novella"),
        "Bologna Centrale": (L, "bologna-centrale"),
        "Fiumicino": (L, "fiumicino-airport"),  # "una coincidenza aerea a Fiumicino", as in heldout3
        "Malpensa": (L, "malpensa-airport"),
        "Eugenio Giani": (P, "eugenio-giani"),
        "Matteo Salvini": (P, "matteo-salvini"),
        "Chiara Bertini": (P, "chiara-bertini"),
        "Megan Doyle": (P, "megan-doyle"),
        "Gianluca Ferrante": (P, "gianluca-ferrante"),
        "Sara Funaro": (P, "sara-funaro"),
        "Rete ferroviaria italiana": (O, "rfi"),
        "Rete Ferroviaria Italiana": (O, "rfi"),
        "Rfi": (O, "rfi"),
        "RFI": (O, "rfi"),
        "Trenitalia": (O, "trenitalia"),
        "Italo": (O, "italo"),
        "Ferrovie dello Stato": (O, "ferrovie-dello-stato"),  # "il gruppo Ferrovie dello Stato"
        "Protezione civile": (O, "italian-civil-protection"),  # "i volontari della Protezione civile"
        "Regione Toscana": (O, "tuscany-region"),
        "ministero delle Infrastrutture e dei trasporti": (O, "italian-ministry-of-infrastructure"),
        "Infrastructure Ministry": (O, "italian-ministry-of-infrastructure"),
        "Mit": (O, "italian-ministry-of-infrastructure"),
        "Senato": (O, "italian-senate"),
        "Codacons": (O, "codacons"),
        "Pendolari Toscani in Movimento": (O, "pendolari-toscani-in-movimento"),
        "Autorità di regolazione dei trasporti": (O, "art-transport-regulation-authority"),
        "Art": (O, "art-transport-regulation-authority"),
        "Filt Cgil": (O, "filt-cgil"),  # "la Filt Cgil toscana": the adjective outside
        "Fit Cisl": (O, "fit-cisl"),
        "Uiltrasporti": (O, "uiltrasporti"),
        "Polfer": (O, "polfer"),
        "Elettrovie Appennino Srl": (O, "elettrovie-appennino"),  # legal form inside, as "Lattenova Spa"
        "Elettrovie Appennino": (O, "elettrovie-appennino"),
        "Frecciarossa": (M, "frecciarossa"),  # the train service, MISC as in heldout3
    },
    # --- heldout9-e04: the Golden Gala in Rome, Giulia Fanton, the European championships ----
    "heldout9-e04": {
        "Golden Gala Pietro Mennea": (M, "golden-gala"),  # the meeting; "Pietro Mennea" inside
        "Golden Gala": (M, "golden-gala"),
        "Pietro Mennea": (P, "pietro-mennea"),  # "lo stadio ha ricordato Pietro Mennea"
        "Diamond League": (M, "diamond-league"),
        "Bislett Games": (M, "bislett-games"),
        # "la candidatura della Capitale ai Mondiali del 2031" vs "il bronzo ai Mondiali di Tokyo"
        # (2025): two editions, two keys (h9-04-c OVERRIDE)
        "Mondiali": (M, "world-athletics-championships-2031"),
        "Campionati europei di atletica": (M, "european-athletics-championships-2026"),
        "Europei": (M, "european-athletics-championships-2026"),
        "Roma 2024": (M, "european-athletics-championships-2024"),  # "il medagliere di Roma 2024"
        "Giochi del Commonwealth": (M, "commonwealth-games-2022"),
        "Los Angeles 2028": (M, "los-angeles-2028-olympics"),  # like "Milano Cortina 2026"
        "Stadio Olimpico": (L, "stadio-olimpico-rome"),
        "Olimpico": (L, "stadio-olimpico-rome"),
        "Foro Italico": (L, "foro-italico"),
        "Alexander Stadium": (L, "alexander-stadium"),
        # the Coni training centre at Formia, a facility (LOC), one span
        "Centro di preparazione olimpica Bruno Zauli": (L, "centro-bruno-zauli-formia"),
        "Formia": (L, "formia"),
        "Bassano del Grappa": (L, "bassano-del-grappa"),
        "Bassano": (L, "bassano-del-grappa"),
        "piazza Libertà": (L, "piazza-liberta-bassano"),
        "Shanghai": (L, "shanghai"),
        "Doha": (L, "doha"),
        "Oslo": (L, "oslo"),
        "Città del Messico": (L, "mexico-city"),
        "Montecarlo": (L, "monte-carlo"),
        "Tokyo": (L, "tokyo"),
        "Birmingham": (L, "birmingham"),
        "Inghilterra": (L, "england"),
        "Gran Bretagna": (L, "united-kingdom"),
        "Francia": (L, "france"),
        "Germania": (L, "germany"),
        "Coni": (O, "coni"),
        "Federazione italiana di atletica leggera": (O, "fidal"),
        "Fidal": (O, "fidal"),
        "World Athletics": (O, "world-athletics"),
        "European Athletics": (O, "european-athletics"),
        "Fiamme Oro": (O, "fiamme-oro"),  # the police sports group, as in heldout6
        "Atletica Vicentina": (O, "atletica-vicentina"),
        "Università di Padova": (O, "university-of-padua"),
        "Rai": (O, "rai"),
        "Rai 2": (O, "rai-2"),
        "Giulia Fanton": (P, "giulia-fanton"),
        "Fanton": (P, "giulia-fanton"),
        "Giulia": (P, "giulia-fanton"),  # «Giulia ha una testa speciale»
        "Davide Ruggeri": (P, "davide-ruggeri"),
        "Brian Kipchumba": (P, "brian-kipchumba"),
        "Brian Kipchoumba": (P, "brian-kipchumba"),  # another outlet's spelling
        "Marcus Whitfield": (P, "marcus-whitfield"),
        "Yomif Tadesse": (P, "yomif-tadesse"),
        "Oskar Lindqvist": (P, "oskar-lindqvist"),
        "Stefano Mei": (P, "stefano-mei"),
        "Mei": (P, "stefano-mei"),
        "Luciano Buonfiglio": (P, "luciano-buonfiglio"),
        "Roberto Gualtieri": (P, "roberto-gualtieri"),
        "Sebastian Coe": (P, "sebastian-coe"),
        "Chloe Brennan": (P, "chloe-brennan"),
        "Oksana Melnyk": (P, "oksana-melnyk"),
        "Renato Zilio": (P, "renato-zilio"),
        "Zilio": (P, "renato-zilio"),
        "Marcello Gentili": (P, "marcello-gentili"),
        "Gentili": (P, "marcello-gentili"),
        "Anna Foresti": (P, "anna-foresti"),
        "Sara Pellizzari": (P, "sara-pellizzari"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {}

# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {
    # "Dopo il bronzo ai Mondiali di Tokyo": the 2025 championships, not the 2031 ones
    "h9-04-c": {("Mondiali", 0): (M, "world-athletics-championships-2025")},
}


if __name__ == "__main__":
    build_heldout("heldout9", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
