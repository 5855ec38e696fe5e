"""Build heldout7_gold.jsonl from the hand-made annotation lexicon below.

The seventh held-out set (see README.md, "Seventh held-out set (heldout7)") has its own
articles, heldout7_articles.jsonl, written for this project, and its own annotation
decisions, made by hand from the article texts alone following GUIDELINES.md and the
decisions recorded in README.md for the earlier held-out sets. As in build.py and the earlier
held-out build scripts, this script only turns those decisions into character offsets, so that
no offset is typed by hand.

How it works (build.build_heldout, shared by every gold set):
- LEXICON maps a surface string (exactly as written, case-sensitive) to (type, entity) for
  names used in several events; EVENT_LEXICON[story] adds the names of one event and takes
  precedence over LEXICON there (so "Roma" is the city in four events and the club in the
  derby event, "Milan" the city in the energy and plant events and the club in the derby).
- For every article, every occurrence of every surface is located with word boundaries,
  longest surface first; an occurrence overlapping an already placed mention is skipped
  (so "Regione Lazio", "Barriera di Milano", "Casinò di Sanremo", "Concordia-Pordenone" and
  "ministero delle Imprese e del made in Italy" win over "Lazio", "Milano", "Sanremo",
  "Pordenone" and "Italy").
- EXCLUDE lists per-article (surface, occurrence_index) pairs that are NOT mentions there;
  OVERRIDE lists per-article (surface, occurrence_index) -> (type, entity) for readings that
  depend on context. occurrence_index counts the word-bounded occurrences of that surface
  in the text, from 0, before overlap resolution (an occurrence inside a longer name counts).

Run:  python3 tests/data/entities/heldout7_build.py            (writes heldout7_gold.jsonl)
      python3 tests/data/entities/heldout7_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout7_gold.jsonl
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
    "Italia": (L, "italy"),  # also "l'Italia ospiterà a Roma": the state, LOC
    "Italy": (L, "italy"),  # also "Italy's government", "SANREMO, Italy"
    # the city; in the derby event (heldout7-e04) "Roma" is the club, see EVENT_LEXICON
    "ROMA": (L, "rome"),
    "Roma": (L, "rome"),  # also "ospitata a Roma", "a Roma, il fondo ...": the city
    "ROME": (L, "rome"),
    "Rome": (L, "rome"),  # also "pressed Rome to lower power prices": the capital, LOC
    "Milano": (L, "milan"),  # "un convegno a Milano", "impegnata a Milano contro la capolista"
    "MILAN": (L, "milan"),
    "Milan": (L, "milan"),  # "the Milan bourse"; the club in heldout7-e04 (EVENT_LEXICON)
    "Bruxelles": (L, "brussels"),  # "concordato con Bruxelles": the EU seat standing for it, LOC
    "Brussels": (L, "brussels"),
    "Germany": (L, "germany"),
    "Austria": (L, "austria"),
    # --- institutions, parties, associations -----------------------------------------------
    "Giorgia Meloni": (P, "giorgia-meloni"),
    "Meloni": (P, "giorgia-meloni"),
    "Palazzo Chigi": (O, "palazzo-chigi"),
    "Unione europea": (O, "european-union"),
    "European Union": (O, "european-union"),
    "EU": (O, "european-union"),  # "EU state aid rules"
    "Commissione europea": (O, "european-commission"),
    "European Commission": (O, "european-commission"),
    "Codacons": (O, "codacons"),  # the consumer association, in the energy and Sanremo events
}

EVENT_LEXICON = {
    # --- heldout7-e01: the energy-bill decree, reactions, inflation and growth figures -------
    "heldout7-e01": {
        "Giancarlo Giorgetti": (P, "giancarlo-giorgetti"),  # "il ministro dell'Economia ...": role outside
        "Giorgetti": (P, "giancarlo-giorgetti"),
        "Gilberto Pichetto Fratin": (P, "gilberto-pichetto-fratin"),
        "Emanuele Orsini": (P, "emanuele-orsini"),
        "Maurizio Landini": (P, "maurizio-landini"),
        "Daniela Fumarola": (P, "daniela-fumarola"),
        "Pierpaolo Bombardieri": (P, "pierpaolo-bombardieri"),
        "Fabio Panetta": (P, "fabio-panetta"),
        "Consiglio dei ministri": (O, "italian-council-of-ministers"),
        # the energy regulator: full name (lower-case words inside), acronym in both spellings
        "Autorità di regolazione per energia reti e ambiente": (O, "arera"),
        "Arera": (O, "arera"),
        "ARERA": (O, "arera"),
        "Gazzetta Ufficiale": (O, "gazzetta-ufficiale"),
        "Senato": (O, "italian-senate"),  # also "dell'Aula del Senato": "Aula" not annotated
        "Camera": (O, "italian-chamber-of-deputies"),
        "Palazzo Madama": (O, "palazzo-madama"),  # "commissione Industria di Palazzo Madama"
        "Pd": (O, "partito-democratico"),
        "PD": (O, "partito-democratico"),
        "Democratic Party": (O, "partito-democratico"),
        "Movimento 5 Stelle": (O, "movimento-5-stelle"),
        "5-Star Movement": (O, "movimento-5-stelle"),
        "Fratelli d'Italia": (O, "fratelli-d-italia"),  # "Italia" inside not annotated
        "Lega": (O, "lega"),
        "Forza Italia": (O, "forza-italia"),
        "Confindustria": (O, "confindustria"),
        "Cgil": (O, "cgil"),
        "Corso d'Italia": (O, "corso-d-italia"),  # the Cgil's seat, "il sindacato di Corso d'Italia"
        "Cisl": (O, "cisl"),
        "Uil": (O, "uil"),
        "Unione nazionale consumatori": (O, "unione-nazionale-consumatori"),
        "Elettra Energia": (O, "elettra-energia"),  # an (invented) energy company
        "Istat": (O, "istat"),
        "ISTAT": (O, "istat"),
        "Istituto nazionale di statistica": (O, "istat"),
        "Eurostat": (O, "eurostat"),
        "Banca d'Italia": (O, "bank-of-italy"),
        "Bankitalia": (O, "bank-of-italy"),
        "Bank of Italy": (O, "bank-of-italy"),
        "Palazzo Koch": (O, "palazzo-koch"),  # the Bank of Italy's seat standing for it: ORG, own key
        "Università Bocconi": (O, "bocconi-university"),
        "Ufficio parlamentare di bilancio": (O, "upb"),
        "FTSE MIB": (M, "ftse-mib"),  # a stock index: MISC
        # "del Nord-Est": the area of Italy, like "Mezzogiorno" / "Sud"
        "Nord-Est": (L, "north-east-italy"),
    },
    # --- heldout7-e02: Frigotecnica closes its plant at San Vito al Tagliamento --------------
    "heldout7-e02": {
        "Jürgen Hollmann": (P, "juergen-hollmann"),
        "Juergen Hollmann": (P, "juergen-hollmann"),  # the same CEO, umlaut written "ue"
        "Daniele Pitton": (P, "daniele-pitton"),
        "Antonella Del Zotto": (P, "antonella-del-zotto"),
        "Del Zotto": (P, "antonella-del-zotto"),  # "La sindaca Del Zotto"
        "Paolo Bressan": (P, "paolo-bressan"),
        "Bressan": (P, "paolo-bressan"),  # "L'assessore Bressan"
        "Domenico Lauria": (P, "domenico-lauria"),  # "il prefetto Domenico Lauria"
        "Sara Bortolin": (P, "sara-bortolin"),
        "Massimiliano Fedriga": (P, "massimiliano-fedriga"),
        "Adolfo Urso": (P, "adolfo-urso"),
        "Gianni Mior": (P, "gianni-mior"),
        "Loredana": (P, "loredana-frigotecnica-worker"),  # a worker, first name only
        # the company: the legal form written with the name is inside, as "Lattenova Spa"
        "Frigotecnica Friulana Spa": (O, "frigotecnica"),
        "Frigotecnica Friulana": (O, "frigotecnica"),
        "Frigotecnica": (O, "frigotecnica"),
        "Lindenberg Capital": (O, "lindenberg-capital"),
        "Lindenberg": (O, "lindenberg-capital"),  # "il fondo Lindenberg", "Lindenberg, which manages"
        # the metalworkers' unions: "Fiom Cgil" is the Fiom's full name (one key), likewise Fim Cisl
        "Fiom Cgil": (O, "fiom-cgil"),
        "Fiom": (O, "fiom-cgil"),
        "FIOM": (O, "fiom-cgil"),
        "Fim Cisl": (O, "fim-cisl"),
        "Fim": (O, "fim-cisl"),
        "FIM": (O, "fim-cisl"),
        "Uilm": (O, "uilm"),
        "UILM": (O, "uilm"),
        "Regione Friuli Venezia Giulia": (O, "friuli-venezia-giulia-region"),
        "Confindustria Alto Adriatico": (O, "confindustria-alto-adriatico"),  # its own association
        # the ministry: the full name with its lower-case words ("Italy" inside not annotated),
        # the short form, the acronym and the English name
        "ministero delle Imprese e del made in Italy": (O, "italian-ministry-of-enterprises"),
        "ministero delle Imprese": (O, "italian-ministry-of-enterprises"),
        "Mimit": (O, "italian-ministry-of-enterprises"),
        "Ministry of Enterprises and Made in Italy": (O, "italian-ministry-of-enterprises"),
        "Inps": (O, "inps"),
        "Istituto nazionale della previdenza sociale": (O, "inps"),
        "Invitalia": (O, "invitalia"),
        # "la diocesi di Concordia-Pordenone": the kind word outside, the hyphenated name is the
        # diocese's (ORG), "Pordenone" inside it not annotated
        "Concordia-Pordenone": (O, "diocese-of-concordia-pordenone"),
        "SAN VITO AL TAGLIAMENTO": (L, "san-vito-al-tagliamento"),
        "San Vito al Tagliamento": (L, "san-vito-al-tagliamento"),
        "San Vito": (L, "san-vito-al-tagliamento"),  # the usual short form
        "Sanvitese": (L, "sanvitese"),  # "i sindaci del Sanvitese": the area, like "nel Nisseno"
        "via Pasolini": (L, "via-pasolini-san-vito"),
        "piazzale Duca d'Aosta": (L, "piazzale-duca-d-aosta-pordenone"),
        "via Molise": (L, "via-molise-rome"),  # "all'uscita da via Molise": the street, LOC
        "Pordenone": (L, "pordenone"),  # also "in prefettura a Pordenone", "the province of Pordenone"
        "Casarsa della Delizia": (L, "casarsa-della-delizia"),
        "Cordenons": (L, "cordenons"),
        "Codroipo": (L, "codroipo"),
        "Gorizia": (L, "gorizia"),
        "Trieste": (L, "trieste"),  # "Da Trieste l'assessore ...": the regional capital, LOC
        "Friuli": (L, "friuli"),  # also "i comuni del Friuli occidentale": adjective outside
        "Friuli Venezia Giulia": (L, "friuli-venezia-giulia"),  # "the regional government of ..."
        "Monaco di Baviera": (L, "munich"),
        "Munich": (L, "munich"),  # "Munich-based": the name refers to the city
        "Košice": (L, "kosice"),
        "Kosice": (L, "kosice"),
        "Slovakia": (L, "slovakia"),
        "Czech Republic": (L, "czech-republic"),
    },
    # --- heldout7-e03: the G7 summit in Evian ------------------------------------------------
    "heldout7-e03": {
        "Emmanuel Macron": (P, "emmanuel-macron"),
        "Donald Trump": (P, "donald-trump"),
        "Friedrich Merz": (P, "friedrich-merz"),
        "Merz": (P, "friedrich-merz"),
        "Keir Starmer": (P, "keir-starmer"),
        "Mark Carney": (P, "mark-carney"),
        "Sanae Takaichi": (P, "sanae-takaichi"),
        "Ursula von der Leyen": (P, "ursula-von-der-leyen"),
        "António Costa": (P, "antonio-costa"),
        "Volodymyr Zelensky": (P, "volodymyr-zelensky"),
        "Volodymyr Zelenskyj": (P, "volodymyr-zelensky"),
        "Zelenskyj": (P, "volodymyr-zelensky"),
        "Zelensky": (P, "volodymyr-zelensky"),
        "Narendra Modi": (P, "narendra-modi"),
        "Luiz Inácio Lula da Silva": (P, "lula-da-silva"),
        "Lula": (P, "lula-da-silva"),  # "il presidente brasiliano Lula": the usual short name
        "Antonio Tajani": (P, "antonio-tajani"),
        "Tajani": (P, "antonio-tajani"),
        "Marco Rubio": (P, "marco-rubio"),
        "Dmitrij Peskov": (P, "dmitry-peskov"),
        "Dmitry Peskov": (P, "dmitry-peskov"),
        "Kristalina Georgieva": (P, "kristalina-georgieva"),
        "G7": (O, "g7"),  # "il vertice del G7", "the G7 presidency": the group, ORG
        "Group of Seven": (O, "g7"),
        "Consiglio europeo": (O, "european-council"),
        "Ansa": (O, "ansa"),
        "Afp": (O, "afp"),
        "Reuters": (O, "reuters"),  # "secondo la Reuters": the article outside
        "Cremlino": (O, "kremlin"),
        "Kremlin": (O, "kremlin"),
        "White House": (O, "white-house"),
        # "il ministero degli Esteri cinese": the adjective outside, as "ministero degli Esteri
        # iraniano" in heldout2
        "ministero degli Esteri": (O, "chinese-ministry-of-foreign-affairs"),
        "International Monetary Fund": (O, "imf"),
        "Organizzazione mondiale del commercio": (O, "wto"),
        "Imec": (M, "imec-corridor"),  # the India-Middle East-Europe corridor project
        "Hiroshima Process": (M, "hiroshima-ai-process"),  # "Hiroshima" inside not annotated
        "EVIAN-LES-BAINS": (L, "evian-les-bains"),
        "EVIAN": (L, "evian-les-bains"),
        "Evian": (L, "evian-les-bains"),
        "Alta Savoia": (L, "haute-savoie"),
        "Hôtel Royal": (L, "hotel-royal-evian"),  # the venue, a building (LOC, like Villa Madama)
        # "a Ginevra", "da Ginevra": the city; "il lago di Ginevra" (kind word outside) is the
        # lake, by OVERRIDE, as "lago di Misurina" gave the lake in heldout3
        "Ginevra": (L, "geneva"),
        "Lake Geneva": (L, "lake-geneva"),
        "Plainpalais": (L, "plainpalais-geneva"),  # "nel quartiere di Plainpalais"
        "Francia": (L, "france"),
        "France": (L, "france"),
        "Ucraina": (L, "ukraine"),
        "Ukraine": (L, "ukraine"),
        "Kiev": (L, "kyiv"),  # "a sostenere Kiev": the capital for the state, LOC
        "Kyiv": (L, "kyiv"),
        "Russia": (L, "russia"),
        "Mosca": (L, "moscow"),  # "Sanzioni confermate contro Mosca": LOC
        "Cina": (L, "china"),
        "China": (L, "china"),  # "China's foreign ministry": the country; lower-case body not annotated
        "Pechino": (L, "beijing"),
        "Washington": (L, "washington-dc"),
        "Stati Uniti": (L, "united-states"),
        "United States": (L, "united-states"),
        "U.S.": (L, "united-states"),  # "U.S. President Donald Trump"
        "Japan": (L, "japan"),
        "Canada": (L, "canada"),
        "India": (L, "india"),  # "India-Medio Oriente-Europa": each name annotated on its own
        "Medio Oriente": (L, "middle-east"),
        "Europa": (L, "europe"),
        "Svezia": (L, "sweden"),
        "Portogallo": (L, "portugal"),
        "Polonia": (L, "poland"),
    },
    # --- heldout7-e04: the Rome derby, Lazio beat Roma 2-1 -----------------------------------
    "heldout7-e04": {
        # the clubs: "Roma" and "Lazio" are the teams here; the city ("la questura di Roma") and
        # the region ("da tutto il Lazio") by OVERRIDE; "Regione Lazio" is one ORG span
        "Roma": (O, "as-roma"),
        "AS Roma": (O, "as-roma"),
        "Lazio": (O, "ss-lazio"),
        "Milan": (O, "ac-milan"),  # "uno in meno del Milan", "agganciato il Milan": the club
        "AC Milan": (O, "ac-milan"),
        "Inter": (O, "inter"),
        "Inter Milan": (O, "inter"),
        "Bologna": (O, "bologna-fc"),  # "il pareggio del Bologna": the club
        "Fiorentina": (O, "acf-fiorentina"),
        "Lega Serie A": (O, "lega-serie-a"),  # "Serie A" inside not annotated
        "Figc": (O, "figc"),
        "Procura federale": (O, "figc-federal-prosecutor"),  # "la Procura federale della Figc"
        "Dazn": (O, "dazn"),
        "Gazzetta dello Sport": (O, "la-gazzetta-dello-sport"),  # "secondo la Gazzetta dello Sport"
        "Campidoglio": (O, "campidoglio"),  # Rome's city hall standing for the city government
        "Regione Lazio": (O, "lazio-region"),
        "Serie A": (M, "serie-a"),
        "Champions League": (M, "champions-league"),
        "Davide Longhi": (P, "davide-longhi"),
        "Longhi": (P, "davide-longhi"),
        "Simone Carletti": (P, "simone-carletti"),
        "João Vitor Almeida": (P, "joao-vitor-almeida"),
        "João Vitor": (P, "joao-vitor-almeida"),  # the usual short name
        "Mikkel Sørensen": (P, "mikkel-sorensen"),
        "Mikkel Sorensen": (P, "mikkel-sorensen"),
        "Mauro Santarelli": (P, "mauro-santarelli"),
        "Nikola Jovanović": (P, "nikola-jovanovic"),
        "Nikola Jovanovic": (P, "nikola-jovanovic"),
        "Jovanovic": (P, "nikola-jovanovic"),
        "Andrij Bondarčuk": (P, "andriy-bondarchuk"),
        "Andrij Bondarciuk": (P, "andriy-bondarchuk"),
        "Andriy Bondarchuk": (P, "andriy-bondarchuk"),
        "Matteo Guarnieri": (P, "matteo-guarnieri"),
        "Alessio Manganiello": (P, "alessio-manganiello"),
        "Fabrizio Dionisi": (P, "fabrizio-dionisi"),
        "Roberto Gualtieri": (P, "roberto-gualtieri"),
        "Francesco Rocca": (P, "francesco-rocca"),
        "Olimpico": (L, "stadio-olimpico-rome"),  # "all'Olimpico": the stadium, LOC
        "Stadio Olimpico": (L, "stadio-olimpico-rome"),
        "Curva Sud": (L, "curva-sud-olimpico"),  # stands of the stadium, LOC facilities
        "Curva Nord": (L, "curva-nord-olimpico"),
        "Foro Italico": (L, "foro-italico"),
        "Ponte Milvio": (L, "ponte-milvio"),  # also "the Ponte Milvio bridge": kind word outside
        "viale Tor di Quinto": (L, "viale-tor-di-quinto-rome"),
        "Pietralata": (L, "pietralata"),
        "Trigoria": (L, "trigoria"),  # the training grounds, named by their localities
        "Formello": (L, "formello"),
        "Tevere": (L, "tiber-river"),
        "Pinerolo": (L, "pinerolo"),  # "della sezione di Pinerolo" (the referees' section)
        "San Siro": (L, "san-siro"),
        "Milano": (L, "milan"),
        "ROME": (L, "rome"),
        "Rome": (L, "rome"),  # "a bad-tempered Rome derby": the city
    },
    # --- heldout7-e05: the Sanremo festival, won by Lumen, and the road to Eurovision ---------
    "heldout7-e05": {
        # the festival: full names, "il Festival" (capitalised short form, like "Finals"), and
        # "Sanremo" alone where it names the festival ("Winning Sanremo", OVERRIDE); "Sanremo"
        # is otherwise the town
        "Festival di Sanremo": (M, "sanremo-music-festival"),
        "Sanremo Music Festival": (M, "sanremo-music-festival"),
        "Festival": (M, "sanremo-music-festival"),
        "SANREMO": (L, "sanremo"),
        "Sanremo": (L, "sanremo"),
        "Eurovision Song Contest": (M, "eurovision-song-contest"),
        "Eurovision": (M, "eurovision-song-contest"),
        "Nuove Proposte": (M, "sanremo-nuove-proposte"),  # the newcomers' section, like "Orizzonti"
        "Premio della Critica Mia Martini": (M, "premio-della-critica-mia-martini"),
        "Premio Sergio Bardotti": (M, "premio-sergio-bardotti"),
        # song titles in «» or quotes; the English gloss of the title has the same key
        "Vetri rotti": (M, "vetri-rotti-song"),
        "Broken Glass": (M, "vetri-rotti-song"),
        "Mare di dentro": (M, "mare-di-dentro-song"),
        "Periferia nord": (M, "periferia-nord-song"),
        "Wasted Love": (M, "wasted-love-song"),
        # the singers: stage names and real names, one key per person (as an alias)
        "Lumen": (P, "chiara-vezzoli"),
        "Chiara Vezzoli": (P, "chiara-vezzoli"),
        "Nadir": (P, "nadir-el-idrissi"),
        "Nadir El Idrissi": (P, "nadir-el-idrissi"),
        "JJ": (P, "jj-singer"),
        "Carlo Conti": (P, "carlo-conti"),
        "Conti": (P, "carlo-conti"),
        "Ilenia Sardo": (P, "ilenia-sardo"),
        "Marco Anfossi": (P, "marco-anfossi"),
        "Pietra Lavica": (O, "pietra-lavica"),  # a band, ORG ("i Pietra Lavica": article outside)
        "Harbour Lights": (O, "harbour-lights"),
        # the theatre is ORG, like the theatres in heldout4 and heldout5; "the Ariston theatre"
        # gives "Ariston" (kind word outside)
        "Teatro Ariston": (O, "teatro-ariston"),
        "Ariston": (O, "teatro-ariston"),
        "Casinò di Sanremo": (O, "casino-di-sanremo"),
        "Rai": (O, "rai"),
        "RAI": (O, "rai"),
        "Rai 1": (O, "rai-1"),
        "RaiPlay": (O, "raiplay"),
        "Radio2": (O, "rai-radio-2"),
        "Auditel": (O, "auditel"),
        "Spotify": (O, "spotify"),
        "Fimi": (O, "fimi"),
        "Federazione industria musicale italiana": (O, "fimi"),
        "European Broadcasting Union": (O, "european-broadcasting-union"),
        "EBU": (O, "european-broadcasting-union"),
        "Agcom": (O, "agcom"),
        "Riviera dei Fiori": (L, "riviera-dei-fiori"),
        "via Matteotti": (L, "via-matteotti-sanremo"),
        "Bordighera": (L, "bordighera"),
        "Imperia": (L, "imperia"),
        "Liguria": (L, "liguria"),
        "Brescia": (L, "brescia"),
        "piazza della Loggia": (L, "piazza-della-loggia-brescia"),
        "Catania": (L, "catania"),  # "Catania rock band": the city
        "Turin": (L, "turin"),  # "Turin rapper Nadir": the city
        "Barriera di Milano": (L, "barriera-di-milano"),  # a district of Turin; "Milano" inside
        "Vienna": (L, "vienna"),
        "Wiener Stadthalle": (L, "wiener-stadthalle"),
        "Basel": (L, "basel"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {}

# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {
    # "Con il lago di Ginevra sullo sfondo": the lake, not the city
    "h7-03-a": {("Ginevra", 0): (L, "lake-geneva")},
    # "La questura di Roma": the city, not the club; "oltre 65 mila spettatori da tutto il
    # Lazio": the region, not the club
    "h7-04-a": {("Roma", 1): (L, "rome"),
                ("Lazio", 2): (L, "lazio")},
    # "Winning Sanremo has been the country's route to Eurovision": the festival, not the town
    "h7-05-c": {("Sanremo", 2): (M, "sanremo-music-festival")},
}


if __name__ == "__main__":
    build_heldout("heldout7", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
