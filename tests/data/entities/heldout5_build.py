"""Build heldout5_gold.jsonl from the hand-made annotation lexicon below.

The fifth held-out set (see README.md, "Fifth held-out set (heldout5)") has its own
articles, heldout5_articles.jsonl, written for this project, and its own annotation
decisions, made by hand from the article texts alone following GUIDELINES.md and the
decisions recorded in README.md for the earlier held-out sets. As in build.py and the earlier
held-out build scripts, this script only turns those decisions into character offsets, so that
no offset is typed by hand.

How it works (build.build_heldout, shared by every gold set):
- LEXICON maps a surface string (exactly as written, case-sensitive) to (type, entity) for
  names used in several events; EVENT_LEXICON[story] adds the names of one event and takes
  precedence over LEXICON there (so "Consiglio dei ministri" is Peru's in heldout5-e02, and
  "ministero della Cultura" is Italy's in heldout5-e06 unless OVERRIDE says otherwise).
- For every article, every occurrence of every surface is located with word boundaries,
  longest surface first; an occurrence overlapping an already placed mention is skipped
  (so "Mondiale di Formula 1", "Piano Mattei per l'Africa", "Mostra del cinema di Venezia" and
  "Enzo Ferrari" win over "Formula 1", "Africa", "Venezia" and "Ferrari").
- EXCLUDE lists per-article (surface, occurrence_index) pairs that are NOT mentions there;
  OVERRIDE lists per-article (surface, occurrence_index) -> (type, entity) for readings that
  depend on context. occurrence_index counts the word-bounded occurrences of that surface
  in the text, from 0, before overlap resolution (an occurrence inside a longer name counts).

Run:  python3 tests/data/entities/heldout5_build.py            (writes heldout5_gold.jsonl)
      python3 tests/data/entities/heldout5_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout5_gold.jsonl
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
    "Italia": (L, "italy"),  # also "l'Italia ha attivato il Sistema di allerta": the state, LOC
    "Italy": (L, "italy"),  # also "Italy's Carabinieri", "half of Italy"
    "Roma": (L, "rome"),  # also "A chi, anche da Roma, invocava", "Roma e Madrid si sono impegnate"
    "ROMA": (L, "rome"),
    "Rome": (L, "rome"),
    "ROME": (L, "rome"),
    "Milano": (L, "milan"),
    "Milan": (L, "milan"),
    "MILAN": (L, "milan"),
    "Venezia": (L, "venice"),  # also "Comune di Venezia", "tribunale del Riesame di Venezia"
    "VENEZIA": (L, "venice"),
    "Bologna": (L, "bologna"),
    "Bergamo": (L, "bergamo"),
    "Europa": (L, "europe"),
    "Stati Uniti": (L, "united-states"),
    "Spagna": (L, "spain"),
    "Spain": (L, "spain"),
    "Francia": (L, "france"),
    "Germania": (L, "germany"),
    "Washington": (L, "washington-dc"),  # "Washington ... attendono il verdetto": the capital, LOC
    "Cina": (L, "china"),
    # --- institutions, parties, people ----------------------------------------------------
    "Unione europea": (O, "european-union"),
    "European Union": (O, "european-union"),
    "EU": (O, "european-union"),  # "the EU's Rapid Alert System"
    "Commissione europea": (O, "european-commission"),
    "Partito democratico": (O, "partito-democratico"),
    "Pd": (O, "partito-democratico"),
    "Parlamento": (O, "italian-parliament"),
    "Senato": (O, "italian-senate"),
    "Quirinale": (O, "quirinale"),
    "Palazzo Chigi": (O, "palazzo-chigi"),
    "Farnesina": (O, "farnesina"),
    "Giorgia Meloni": (P, "giorgia-meloni"),
    "Meloni": (P, "giorgia-meloni"),
    "Sergio Mattarella": (P, "sergio-mattarella"),
    "Mattarella": (P, "sergio-mattarella"),
    # the same invented deputy foreign minister in heldout5-e02 (Lima) and heldout5-e05 (Rome)
    "Cristina Ferrando": (P, "cristina-ferrando"),
}

EVENT_LEXICON = {
    # --- heldout5-e01: rigged municipal contracts in Vicenza (cooperative Solaris) ----------
    "heldout5-e01": {
        "Alberto Zanella": (P, "alberto-zanella"),
        "Zanella": (P, "alberto-zanella"),  # "il sindaco Zanella": always the mayor
        "Chiara Zanella": (P, "chiara-zanella"),  # the Pd secretary: a different person
        "Marisa Zanetti": (P, "marisa-zanetti"),  # similar surname, a different person
        "Zanetti": (P, "marisa-zanetti"),
        "Michela Fontana": (P, "michela-fontana"),
        "Fontana": (P, "michela-fontana"),
        "Giorgio Dal Maso": (P, "giorgio-dal-maso"),
        "Giorgio Dalmaso": (P, "giorgio-dal-maso"),  # the same councillor, spelt as one word
        "Dal Maso": (P, "giorgio-dal-maso"),
        "Elisa Brunello": (P, "elisa-brunello"),
        "Stefano Carollo": (P, "stefano-carollo"),
        "Riccardo Pegoraro": (P, "riccardo-pegoraro"),
        "Luca Benetti": (P, "luca-benetti"),
        "Mirko Tonin": (P, "mirko-tonin"),
        "Tonin": (P, "mirko-tonin"),
        "Paolo Rigon": (P, "paolo-rigon"),
        # the architect; "corso Palladio" (a street) and "Basilica Palladiana" are places
        "Andrea Palladio": (P, "andrea-palladio"),
        # the seat of the municipality, standing for it: ORG like the other seats of power,
        # with its own key ("Comune" alone is a capitalised common noun, not annotated)
        "Palazzo Trissino": (O, "palazzo-trissino"),
        "Guardia di Finanza": (O, "guardia-di-finanza"),
        "Fiamme gialle": (O, "guardia-di-finanza"),  # the usual nickname of the force
        "Corte dei conti": (O, "italian-court-of-auditors"),  # "Corte dei conti del Veneto": + "Veneto"
        "Autorità nazionale anticorruzione": (O, "anac"),
        "Anac": (O, "anac"),
        "Viminale": (O, "viminale"),
        # "il tribunale del Riesame di Venezia": the court, kind word outside, "Venezia" a specifier
        "Riesame": (O, "venice-riesame-court"),
        "Cassazione": (O, "italian-court-of-cassation"),
        "Regione Veneto": (O, "veneto-region"),
        "Lega": (O, "lega"),
        "Fratelli d'Italia": (O, "fratelli-d-italia"),
        "FdI": (O, "fratelli-d-italia"),
        "Movimento 5 Stelle": (O, "movimento-5-stelle"),
        "M5s": (O, "movimento-5-stelle"),
        "Vicenza Avanti": (O, "vicenza-avanti"),  # the mayor's civic list
        "Solaris": (O, "solaris-cooperative"),  # "cooperativa sociale Solaris": kind word outside
        "Edilberica": (O, "edilberica"),
        "Edilberica Srl": (O, "edilberica"),  # the legal form, capitalised, is part of the name
        "Aurora": (O, "aurora-cooperative-schio"),  # "la cooperativa Aurora di Schio"
        "Ponte Berico": (O, "ponte-berico-association"),  # "l'associazione culturale Ponte Berico"
        "Teatro Olimpico": (O, "teatro-olimpico"),  # theatres are ORG, as in heldout4
        "VICENZA": (L, "vicenza"),
        "Vicenza": (L, "vicenza"),
        "Veneto": (L, "veneto"),
        "Thiene": (L, "thiene"),
        "Schio": (L, "schio"),
        "Bassano del Grappa": (L, "bassano-del-grappa"),
        "Padova": (L, "padua"),
        "Bertesina": (L, "bertesina"),  # "nel quartiere di Bertesina"
        "Querini": (L, "parco-querini"),  # "parco Querini": kind word outside, like "molo Favarolo"
        "piazza dei Signori": (L, "piazza-dei-signori-vicenza"),
        "corso Palladio": (L, "corso-palladio-vicenza"),
        "Basilica Palladiana": (L, "basilica-palladiana"),  # a building, capitalised kind word inside
    },
    # --- heldout5-e02: Peru's presidential runoff, Quispe vs Alvarado -------------------------
    "heldout5-e02": {
        "María Fernanda Quispe Mamani": (P, "maria-fernanda-quispe"),
        "María Fernanda Quispe": (P, "maria-fernanda-quispe"),
        "Maria Fernanda Quispe": (P, "maria-fernanda-quispe"),
        "María Fernanda": (P, "maria-fernanda-quispe"),  # "la chiamano semplicemente María Fernanda"
        "Quispe": (P, "maria-fernanda-quispe"),
        "Rodrigo Alvarado Céspedes": (P, "rodrigo-alvarado"),
        "Rodrigo Alvarado Cespedes": (P, "rodrigo-alvarado"),
        "Rodrigo Alvarado": (P, "rodrigo-alvarado"),
        "Alvarado": (P, "rodrigo-alvarado"),
        "Gonzalo Arismendi": (P, "gonzalo-arismendi"),
        "João Pedro Sarmento": (P, "joao-pedro-sarmento"),
        "Luiz Inácio Lula da Silva": (P, "lula-da-silva"),
        "Felipe VI": (P, "felipe-vi"),  # "il re di Spagna Felipe VI": title outside, number inside
        "Héctor Villanueva Ríos": (P, "hector-villanueva-rios"),
        "Ernesto Salazar Pinto": (P, "ernesto-salazar-pinto"),
        "Rosa Condori": (P, "rosa-condori"),
        # the two electoral bodies, Spanish or Italian name, Italian-style or English acronym
        "Jurado Nacional de Elecciones": (O, "jne"),
        "National Elections Jury": (O, "jne"),
        "Jne": (O, "jne"),
        "JNE": (O, "jne"),
        "Ufficio nazionale dei processi elettorali": (O, "onpe"),
        "National Office of Electoral Processes": (O, "onpe"),
        "Onpe": (O, "onpe"),
        "ONPE": (O, "onpe"),
        "Organizzazione degli Stati americani": (O, "oas"),
        "Organization of American States": (O, "oas"),
        "Osa": (O, "oas"),
        "OAS": (O, "oas"),
        "Congresso": (O, "congress-of-peru"),
        "Congress": (O, "congress-of-peru"),
        "Consiglio dei ministri": (O, "peru-council-of-ministers"),  # Peru's, not Italy's
        "Palacio de Gobierno": (O, "palacio-de-gobierno-lima"),  # the presidency's seat, ORG
        "Perú Solidario": (O, "peru-solidario"),  # the party; "Perú" inside is not annotated
        "Peru Solidario": (O, "peru-solidario"),
        "Alianza Patria Libre": (O, "alianza-patria-libre"),
        # "la Conferenza episcopale peruviana": the adjective outside, like "Croce Rossa italiana"
        "Conferenza episcopale": (O, "peruvian-episcopal-conference"),
        "Fondo monetario internazionale": (O, "imf"),
        "State Department": (O, "us-state-department"),
        "Andina Research": (O, "andina-research"),
        "LIMA": (L, "lima"),
        "Lima": (L, "lima"),  # also "Lima-based", "Non governerò contro Lima"
        "Perù": (L, "peru"),
        "Peru": (L, "peru"),
        "Puno": (L, "puno"),  # "la regione di Puno", "the Puno region": kind word outside
        "Cusco": (L, "cusco"),
        "Cuzco": (L, "cusco"),
        "Ayacucho": (L, "ayacucho"),
        "Arequipa": (L, "arequipa"),
        "Apurímac": (L, "apurimac"),
        "Juliaca": (L, "juliaca"),
        "Miraflores": (L, "miraflores"),
        "Titicaca": (L, "lake-titicaca"),  # "lago Titicaca", "rive del Titicaca"
        "Lake Titicaca": (L, "lake-titicaca"),  # capitalised kind word inside, like "Lake Como"
        # the square in Lima vs the Amazonian region with the same name
        "plaza San Martín": (L, "plaza-san-martin-lima"),
        "Plaza San Martín": (L, "plaza-san-martin-lima"),
        "San Martín": (L, "san-martin-region"),
        "Amazzonia": (L, "amazonia"),
        "Andes": (L, "andes"),  # "the southern Andes": the adjective outside
        "Brasília": (L, "brasilia"),  # "Brasília si è affrettata a riconoscere": the capital, LOC
        "Bogotà": (L, "bogota"),
        "Città del Messico": (L, "mexico-city"),
        "Buenos Aires": (L, "buenos-aires"),
    },
    # --- heldout5-e03: Formula 1 Italian Grand Prix at Monza, Brivio wins for Ferrari -------
    "heldout5-e03": {
        "Matteo Brivio": (P, "matteo-brivio"),
        "Brivio": (P, "matteo-brivio"),
        "Daan Verhoeven": (P, "daan-verhoeven"),
        "Verhoeven": (P, "daan-verhoeven"),
        "João Ferreira": (P, "joao-ferreira"),
        "Joao Ferreira": (P, "joao-ferreira"),
        "Ferreira": (P, "joao-ferreira"),
        "Jakub Wróblewski": (P, "jakub-wroblewski"),
        "Jakub Wroblewski": (P, "jakub-wroblewski"),
        "Wróblewski": (P, "jakub-wroblewski"),
        "Wroblewski": (P, "jakub-wroblewski"),
        "Laurent Dubreuil": (P, "laurent-dubreuil"),
        "Mark Ellison": (P, "mark-ellison"),
        "Michele Alboreto": (P, "michele-alboreto"),  # the driver the corner is named after
        "Enzo Ferrari": (P, "enzo-ferrari"),  # the founder, not the team
        # the team; "la Rossa", its usual nickname, is the team too (capitalised alias)
        "Ferrari": (O, "ferrari"),
        "Rossa": (O, "ferrari"),
        "Red Bull": (O, "red-bull-racing"),  # "il gruppo Red Bull" (the drinks company) by OVERRIDE
        "McLaren": (O, "mclaren"),
        "Pirelli": (O, "pirelli"),
        "Federazione internazionale dell'automobile": (O, "fia"),
        "Fédération Internationale de l'Automobile": (O, "fia"),
        "Fia": (O, "fia"),
        "FIA": (O, "fia"),
        "Automobile Club d'Italia": (O, "aci"),
        "Automobile Club of Italy": (O, "aci"),
        "Aci": (O, "aci"),
        "ACI": (O, "aci"),
        # competitions are MISC; the championship and the series are one key
        "Gran Premio d'Italia": (M, "italian-grand-prix"),
        "Italian Grand Prix": (M, "italian-grand-prix"),
        "Azerbaijan Grand Prix": (M, "azerbaijan-grand-prix"),
        "Mondiale di Formula 1": (M, "formula-one-world-championship"),
        "Mondiale": (M, "formula-one-world-championship"),
        "Formula 1": (M, "formula-one-world-championship"),
        "Formula One": (M, "formula-one-world-championship"),
        "F1": (M, "formula-one-world-championship"),
        "MONZA": (L, "monza"),
        "Monza": (L, "monza"),  # also "the Monza circuit", "il rettilineo di Monza"
        "Parco di Monza": (L, "parco-di-monza"),
        # the corner: "la Parabolica", "la curva Alboreto", "the Alboreto corner" (kind word outside)
        "Parabolica": (L, "parabolica-monza"),
        "Alboreto": (L, "parabolica-monza"),
        "Ascari": (L, "variante-ascari"),  # "alla variante Ascari"
        "Lissone": (L, "lissone"),
        "Brianza": (L, "brianza"),
        "MARANELLO": (L, "maranello"),
        "Maranello": (L, "maranello"),  # "la scuderia di Maranello", "a win for Maranello": LOC
        "via Abetone Inferiore": (L, "via-abetone-inferiore-maranello"),
        "San Biagio": (L, "san-biagio-church-maranello"),  # "la chiesa di San Biagio", a building
        "Woking": (L, "woking"),  # "La scuderia di Woking": the city standing for McLaren, LOC
        "Milton Keynes": (L, "milton-keynes"),
        "Fuschl am See": (L, "fuschl-am-see"),
        "Austria": (L, "austria"),
        "Parigi": (L, "paris"),
        "San Paolo": (L, "sao-paulo"),
        "Baku": (L, "baku"),
    },
    # --- heldout5-e04: salmonella in Lattenova infant formula, recall, EU alert ---------------
    "heldout5-e04": {
        "Federico Gorla": (P, "federico-gorla"),
        "Gorla": (P, "federico-gorla"),
        "Alessandro Ghisolfi": (P, "alessandro-ghisolfi"),
        "Paola Bodini": (P, "paola-bodini"),
        "Tiziano Merlo": (P, "tiziano-merlo"),
        "Giada": (P, "giada-bergamo-mother"),  # a mother, named by first name only
        "Lattenova": (O, "lattenova"),  # also "Lattenova's"
        "Lattenova Spa": (O, "lattenova"),
        "ministero della Salute": (O, "italian-ministry-of-health"),
        "Health Ministry": (O, "italian-ministry-of-health"),
        "Nas": (O, "carabinieri-nas"),  # "i carabinieri del Nas di Cremona": + "Cremona"
        "NAS": (O, "carabinieri-nas"),
        "Carabinieri": (O, "carabinieri"),  # English, capitalised: the force, as in heldout3
        "Istituto zooprofilattico sperimentale della Lombardia e dell'Emilia-Romagna": (O, "izsler"),
        "Izsler": (O, "izsler"),
        # the Cremona-area health agency; "l'Ats di Bergamo" is another agency (OVERRIDE)
        "Agenzia di tutela della salute della Val Padana": (O, "ats-val-padana"),
        "Ats Val Padana": (O, "ats-val-padana"),
        "ATS Val Padana": (O, "ats-val-padana"),
        "Ats": (O, "ats-val-padana"),
        "Papa Giovanni XXIII": (O, "papa-giovanni-xxiii-hospital"),  # "ospedale Papa Giovanni XXIII"
        "Società italiana di pediatria": (O, "sip"),
        "Italian Society of Paediatrics": (O, "sip"),
        "Sip": (O, "sip"),
        "SIP": (O, "sip"),
        "Codacons": (O, "codacons"),
        "Federfarma": (O, "federfarma"),
        "Autorità europea per la sicurezza alimentare": (O, "efsa"),
        "European Food Safety Authority": (O, "efsa"),
        "Efsa": (O, "efsa"),
        "EFSA": (O, "efsa"),
        "Agenzia spagnola per la sicurezza alimentare e la nutrizione": (O, "aesan"),
        "Aesan": (O, "aesan"),
        "Regione Lombardia": (O, "lombardy-region"),
        # the EU alert system, an instrument: MISC
        "Sistema di allerta rapido per alimenti e mangimi": (M, "rasff"),
        "Rapid Alert System for Food and Feed": (M, "rasff"),
        "Rasff": (M, "rasff"),
        "RASFF": (M, "rasff"),
        # products and brands: MISC; the brand vs the two formulas
        "Nuvola": (M, "nuvola-brand"),  # "con il marchio Nuvola"
        "Nuvola 1": (M, "nuvola-1"),
        "Nuvola 2": (M, "nuvola-2"),
        "Prato Verde": (M, "prato-verde-brand"),  # "the Prato Verde label": not the city of Prato
        "CREMONA": (L, "cremona"),
        "Cremona": (L, "cremona"),
        "Pizzighettone": (L, "pizzighettone"),
        "Brescia": (L, "brescia"),
        "Bergamasco": (L, "bergamasco"),  # "nel Bergamasco": the area around Bergamo
        "Lombardia": (L, "lombardy"),
        "Lombardy": (L, "lombardy"),
        "Parma": (L, "parma"),
        "Madrid": (L, "madrid"),  # "Roma e Madrid si sono impegnate": the capital, LOC
        "Valencia": (L, "valencia"),
        "Grecia": (L, "greece"),
        "Greece": (L, "greece"),
        "Malta": (L, "malta"),
    },
    # --- heldout5-e05: Tanzanian president Samia Suluhu Hassan's state visit to Italy ---------
    "heldout5-e05": {
        "Samia Suluhu Hassan": (P, "samia-suluhu-hassan"),
        "Samia Suluhu": (P, "samia-suluhu-hassan"),
        "Samia": (P, "samia-suluhu-hassan"),  # "Samia, come la chiamano tutti in patria"
        "Abdallah Salim Khamis": (P, "abdallah-salim-khamis"),
        "Abdalla Saleem Khamis": (P, "abdallah-salim-khamis"),
        "Khamis": (P, "abdallah-salim-khamis"),
        "Jean-Pierre Mbuyi": (P, "jean-pierre-mbuyi"),
        "Jean Pierre Mbuyi": (P, "jean-pierre-mbuyi"),
        "John Magufuli": (P, "john-magufuli"),
        "Joseph Mwakyusa": (P, "joseph-mwakyusa"),
        "Comunità dell'Africa orientale": (O, "eac"),
        "East African Community": (O, "eac"),
        "Eac": (O, "eac"),
        "EAC": (O, "eac"),
        "Fao": (O, "fao"),
        "FAO": (O, "fao"),
        "Food and Agriculture Organization": (O, "fao"),
        "Fondo internazionale per lo sviluppo agricolo": (O, "ifad"),
        "International Fund for Agricultural Development": (O, "ifad"),
        "Ifad": (O, "ifad"),
        "IFAD": (O, "ifad"),
        "Cassa depositi e prestiti": (O, "cdp"),
        "Cdp": (O, "cdp"),
        "Sace": (O, "sace"),
        "Idrovia Costruzioni": (O, "idrovia-costruzioni"),
        "Amnesty International": (O, "amnesty-international"),
        "Chama cha Mapinduzi": (O, "chama-cha-mapinduzi"),
        "Ccm": (O, "chama-cha-mapinduzi"),
        "Chadema": (O, "chadema"),
        "Sauti ya Pwani": (O, "sauti-ya-pwani"),  # a newspaper
        # "la Camera di commercio di Dar es Salaam": the body, "Dar es Salaam" a specifier
        "Camera di commercio": (O, "dar-es-salaam-chamber-of-commerce"),
        # the programme, MISC; "Piano Mattei" its short form
        "Piano Mattei per l'Africa": (M, "mattei-plan"),
        "Piano Mattei": (M, "mattei-plan"),
        "Mattei Plan for Africa": (M, "mattei-plan"),
        "Tanzania": (L, "tanzania"),
        "DAR ES SALAAM": (L, "dar-es-salaam"),
        "Dar es Salaam": (L, "dar-es-salaam"),
        "Dar-es-Salaam": (L, "dar-es-salaam"),
        "Dodoma": (L, "dodoma"),  # also "la mediazione di Dodoma": the capital, LOC
        "Zanzibar": (L, "zanzibar"),
        "Iringa": (L, "iringa"),
        "Bagamoyo": (L, "bagamoyo"),
        "Tabora": (L, "tabora"),
        "Kigoma": (L, "kigoma"),
        "Arusha": (L, "arusha"),
        "Serengeti": (L, "serengeti"),
        "Tanganica": (L, "lake-tanganyika"),  # "lago Tanganica", "rive del Tanganica"
        "Kilimangiaro": (L, "kilimanjaro"),  # the Italian spelling of the mountain
        "Mount Kilimanjaro": (L, "kilimanjaro"),
        "Kilimanjaro International Airport": (L, "kilimanjaro-airport"),  # not the mountain
        "Julius Nyerere": (L, "julius-nyerere-airport"),  # "all'aeroporto Julius Nyerere"
        "Oceano Indiano": (L, "indian-ocean"),
        # "nell'Africa orientale": the usual Italian name of East Africa, one span, like
        # "Caucaso meridionale" in heldout4
        "Africa orientale": (L, "east-africa"),
        "Africa": (L, "africa"),
        "Repubblica democratica del Congo": (L, "dr-congo"),
        "Democratic Republic of the Congo": (L, "dr-congo"),
        "DRC": (L, "dr-congo"),
        "Congo": (L, "dr-congo"),  # "fino all'est del Congo": the DRC
        "Kinshasa": (L, "kinshasa"),  # "Kinshasa conta sulla mediazione": the capital, LOC
        "Nord Kivu": (L, "north-kivu"),
        "North Kivu": (L, "north-kivu"),
        "Ruanda": (L, "rwanda"),
        "Burundi": (L, "burundi"),
        "Kenia": (L, "kenya"),
        "Kenya": (L, "kenya"),
        "Aventino": (L, "aventine-hill"),
    },
    # --- heldout5-e06: Venice Film Festival, Golden Lion to Ilaria Montanari -----------------
    "heldout5-e06": {
        "Ilaria Montanari": (P, "ilaria-montanari"),
        "Montanari": (P, "ilaria-montanari"),  # her brother in h5-06-d by OVERRIDE
        "Davide Montanari": (P, "davide-montanari"),
        "Ștefan Mureșan": (P, "stefan-muresan"),
        "Stefan Muresan": (P, "stefan-muresan"),
        "Mureșan": (P, "stefan-muresan"),
        "Sofie Kjærgaard": (P, "sofie-kjaergaard"),
        "Sofie Kjaergaard": (P, "sofie-kjaergaard"),
        "Kjærgaard": (P, "sofie-kjaergaard"),
        "Tommaso Gualtieri": (P, "tommaso-gualtieri"),
        "Rachel Whitford": (P, "rachel-whitford"),
        "Whitford": (P, "rachel-whitford"),
        "Giulio Sartorelli": (P, "giulio-sartorelli"),
        "Paola Righetti": (P, "paola-righetti"),
        "Ciro Esposito Russo": (P, "ciro-esposito-russo"),
        "Sergio Leone": (P, "sergio-leone"),
        "Leone": (P, "sergio-leone"),  # "il film di Leone"; "l'ultimo Leone" (the award) by OVERRIDE
        # the festival: its full names, the edition name and the short form are one event (MISC)
        "Mostra internazionale d'arte cinematografica": (M, "venice-film-festival"),
        "Mostra del cinema di Venezia": (M, "venice-film-festival"),
        "Mostra": (M, "venice-film-festival"),
        "Venezia 83": (M, "venice-film-festival"),
        "Berlinale": (M, "berlinale"),
        "Orizzonti": (M, "orizzonti-section"),  # a competitive section of the festival
        "Leone d'oro": (M, "golden-lion"),
        "Leone d'argento": (M, "silver-lion"),
        "Coppa Volpi": (M, "coppa-volpi"),
        "Oscar": (M, "academy-awards"),
        # titles of works in «»: MISC, the Romanian and Italian titles of one film share a key
        "Le case di vetro": (M, "le-case-di-vetro"),
        "Iarna lungă": (M, "iarna-lunga"),
        "Iarna lunga": (M, "iarna-lunga"),
        "Il lungo inverno": (M, "iarna-lunga"),
        "North Light": (M, "north-light-film"),
        "Il fiume a rovescio": (M, "il-fiume-a-rovescio"),
        "C'era una volta il West": (M, "once-upon-a-time-in-the-west"),
        "Biennale di Venezia": (O, "biennale-di-venezia"),
        "Biennale": (O, "biennale-di-venezia"),
        "Lanterna Film": (O, "lanterna-film"),
        "Rai Cinema": (O, "rai-cinema"),
        "Netflix": (O, "netflix"),
        "Cineteca di Bologna": (O, "cineteca-di-bologna"),
        "Centro sperimentale di cinematografia": (O, "centro-sperimentale-di-cinematografia"),
        "Primafila": (O, "primafila-magazine"),
        "Laguna Libera": (O, "laguna-libera"),
        # Italy's ministry by default; "il ministero della Cultura di Bucarest" by OVERRIDE
        "ministero della Cultura": (O, "italian-ministry-of-culture"),
        "Ca' Farsetti": (O, "ca-farsetti"),  # the seat of Venice's municipality, ORG
        "Lido": (L, "lido-venice"),
        "Sala Grande": (L, "sala-grande-venice"),  # the festival's main hall, a facility
        "Palazzo del Cinema": (L, "palazzo-del-cinema-venice"),
        "Hotel Excelsior": (L, "hotel-excelsior-lido"),
        "lungomare Marconi": (L, "lungomare-marconi-lido"),  # a street, "lungomare" inside like "via"
        "piazza Maggiore": (L, "piazza-maggiore-bologna"),
        "Appennino": (L, "apennines"),
        "Transilvania": (L, "transylvania"),
        "Emilia-Romagna": (L, "emilia-romagna"),
        "Bucarest": (L, "bucharest"),
        "Cannes": (L, "cannes"),  # "già premiato a Cannes": the city, LOC
        "San Sebastián": (L, "san-sebastian"),
        "Salonicco": (L, "thessaloniki"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {}

# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {
    # "il gruppo Red Bull ha confermato l'impegno in Formula 1": the drinks company, not the team
    "h5-03-d": {("Red Bull", 1): (O, "red-bull-gmbh")},
    # "l'Ats di Bergamo, che segue i due bambini": Bergamo's health agency, not the Val Padana one
    "h5-04-b": {("Ats", 2): (O, "ats-bergamo")},
    # "Il ministero della Cultura di Bucarest": Romania's ministry
    "h5-06-b": {("ministero della Cultura", 0): (O, "romanian-ministry-of-culture")},
    # "dodici anni dopo l'ultimo Leone a un film italiano": the Golden Lion, not Sergio Leone
    "h5-06-c": {("Leone", 1): (M, "golden-lion")},
    # "ha detto Montanari" after "Davide Montanari": the producer, not the director
    "h5-06-d": {("Montanari", 2): (P, "davide-montanari")},
}


if __name__ == "__main__":
    build_heldout("heldout5", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
