"""Build heldout10_gold.jsonl from the hand-made annotation lexicon below.

The tenth held-out set (see README.md, "Tenth held-out set (heldout10)") has its own
articles, heldout10_articles.jsonl, written for this project, and its own annotation
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
  (so "Fratelli d'Italia", "Fiba Confesercenti", "Sindacato italiano balneari", "Horn of
  Africa Wire", "Nord Darfur", "Africa orientale", "Europa occidentale", "Rocco Barillaro",
  "Camera penale" and the port authority's full name win over "Italia", "Darfur", "Africa",
  "Europa", "Barillaro", "Camera" and "Tirreno").
- EXCLUDE lists per-article (surface, occurrence_index) pairs that are NOT mentions there;
  OVERRIDE lists per-article (surface, occurrence_index) -> (type, entity) for readings that
  depend on context. occurrence_index counts the word-bounded occurrences of that surface
  in the text, from 0, before overlap resolution (an occurrence inside a longer name counts).

Run:  python3 tests/data/entities/heldout10_build.py            (writes heldout10_gold.jsonl)
      python3 tests/data/entities/heldout10_build.py --review   (also lists, per article, the
          capitalised words not covered by any mention, for the omission check of
          GUIDELINES.md section 6, step 3)
Then: python3 tests/data/entities/check.py tests/data/entities/heldout10_gold.jsonl
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
    "Italy": (L, "italy"),  # "Italy's data protection authority": the country, the body apart
    "ROMA": (L, "rome"),
    "Roma": (L, "rome"),  # also "Roma è pronta a fare la sua parte": the capital for the government
    "Rome": (L, "rome"),
    "Milano": (L, "milan"),
    "MILANO": (L, "milan"),
    "Bruxelles": (L, "brussels"),  # "la procedura d'infrazione aperta da Bruxelles": LOC
    "Spagna": (L, "spain"),
    "Paesi Bassi": (L, "netherlands"),
    "Olanda": (L, "netherlands"),
    "Europa": (L, "europe"),
    # --- institutions and parties used in several events ----------------------------------------
    "Camera": (O, "italian-chamber-of-deputies"),  # also "commissione Trasporti della Camera"
    "Commissione europea": (O, "european-commission"),
    "European Commission": (O, "european-commission"),
    "Unione europea": (O, "european-union"),
    "Antonio Tajani": (P, "antonio-tajani"),
    "Tajani": (P, "antonio-tajani"),
    "Reuters": (O, "reuters"),  # "secondo l'agenzia Reuters", "told Reuters"
}

EVENT_LEXICON = {
    # --- heldout10-e01: confidence votes on the beach-concessions decree, Camera and Senato ----
    "heldout10-e01": {
        "Senato": (O, "italian-senate"),
        "Parlamento": (O, "italian-parliament"),
        "Montecitorio": (O, "montecitorio"),
        "Palazzo Madama": (O, "palazzo-madama"),
        "Palazzo Chigi": (O, "palazzo-chigi"),
        "Quirinale": (O, "quirinale"),
        "Colle": (O, "quirinale"),  # "gli uffici del Colle": the usual nickname of the Quirinale
        "Consiglio dei ministri": (O, "italian-council-of-ministers"),
        "Corte costituzionale": (O, "italian-constitutional-court"),
        # "Corte di giustizia dell'Unione europea": the court and the Union, two spans, as
        # "Consiglio di sicurezza dell'Onu" in heldout2
        "Corte di giustizia": (O, "court-of-justice-of-the-eu"),
        "Gazzetta Ufficiale": (O, "gazzetta-ufficiale"),
        "Anci": (O, "anci"),
        "Partito democratico": (O, "partito-democratico"),
        "Pd": (O, "partito-democratico"),
        "Movimento 5 Stelle": (O, "movimento-5-stelle"),
        "M5S": (O, "movimento-5-stelle"),
        "Fratelli d'Italia": (O, "fratelli-d-italia"),  # "Italia" inside not annotated
        "Forza Italia": (O, "forza-italia"),
        "Lega": (O, "lega"),
        "Alleanza Verdi e Sinistra": (O, "avs"),  # key as in heldout3, heldout4, heldout9
        "Avs": (O, "avs"),
        "Sindacato italiano balneari": (O, "sib"),
        "Sib": (O, "sib"),
        "Fiba Confesercenti": (O, "fiba-confesercenti"),  # one span, like "Fp Cgil"
        "Bolkestein": (M, "bolkestein-directive"),  # "direttiva Bolkestein": kind word outside
        "Pnrr": (M, "pnrr"),
        "Liguria": (L, "liguria"),
        "Toscana": (L, "tuscany"),
        "Emilia-Romagna": (L, "emilia-romagna"),
        "Rimini": (L, "rimini"),
        "Luca Ciriani": (P, "luca-ciriani"),
        "Elly Schlein": (P, "elly-schlein"),
        "Giuseppe Conte": (P, "giuseppe-conte"),
        "Nicola Fratoianni": (P, "nicola-fratoianni"),
        "Federico Manganelli": (P, "federico-manganelli"),
        "Lorenzo Fontana": (P, "lorenzo-fontana"),
        "Valeria Cortellessa": (P, "valeria-cortellessa"),
        "Riccardo Iannuzzi": (P, "riccardo-iannuzzi"),
        "Giorgia Meloni": (P, "giorgia-meloni"),
        "Meloni": (P, "giorgia-meloni"),
        "Matteo Salvini": (P, "matteo-salvini"),
        "Salvini": (P, "matteo-salvini"),
        "Tommaso Foti": (P, "tommaso-foti"),
        "Alberto Venturelli": (P, "alberto-venturelli"),
        "Venturelli": (P, "alberto-venturelli"),
        "Peppe De Cristofaro": (P, "peppe-de-cristofaro"),
        "Alfredo Mantovano": (P, "alfredo-mantovano"),
        "Sergio Mattarella": (P, "sergio-mattarella"),
    },
    # --- heldout10-e02: the Jeddah ceasefire between Sudan's army and the RSF -------------------
    "heldout10-e02": {
        "GEDDA": (L, "jeddah"),
        "Gedda": (L, "jeddah"),
        "JEDDAH": (L, "jeddah"),
        "Jeddah": (L, "jeddah"),
        "Saudi Arabia": (L, "saudi-arabia"),
        "Stati Uniti": (L, "united-states"),
        "United States": (L, "united-states"),
        "US": (L, "united-states"),  # "US envoy Gregory Ashworth": the country, role outside
        "Washington": (L, "washington-dc"),  # "Washington would watch": the capital, LOC
        "Sudan": (L, "sudan"),
        # "Port Sudan" is one name ("Sudan" inside not annotated)
        "Port Sudan": (L, "port-sudan"),
        "Darfur": (L, "darfur"),
        "Nord Darfur": (L, "north-darfur"),  # the state, one span, "North Darfur" in English
        "North Darfur": (L, "north-darfur"),
        "Kordofan": (L, "kordofan"),  # "nel Kordofan settentrionale": the adjective outside
        "Khartoum": (L, "khartoum"),
        "Khartum": (L, "khartoum"),  # another outlet's spelling
        "Omdurman": (L, "omdurman"),
        "El-Fasher": (L, "el-fasher"),
        "El Fasher": (L, "el-fasher"),
        "El Obeid": (L, "el-obeid"),
        "Adré": (L, "adre"),
        "Ciad": (L, "chad"),
        "Egitto": (L, "egypt"),
        "Cairo": (L, "cairo"),  # "Dal Cairo, il governo egiziano": the article "il" outside
        "Nairobi": (L, "nairobi"),
        "New York": (L, "new-york"),
        "Addis Abeba": (L, "addis-ababa"),
        "Riyadh": (L, "riyadh"),
        "Africa orientale": (L, "east-africa"),  # "dell'Africa orientale", as in heldout5
        "Forze di supporto rapido": (O, "rapid-support-forces"),
        "Rapid Support Forces": (O, "rapid-support-forces"),
        "Rsf": (O, "rapid-support-forces"),
        "RSF": (O, "rapid-support-forces"),
        # "the Sudanese Armed Forces": the usual English name of the army, one span; the Italian
        # "l'esercito sudanese" and "le forze armate", in lower case, are not annotated
        "Sudanese Armed Forces": (O, "sudanese-armed-forces"),
        "Unione africana": (O, "african-union"),
        "African Union": (O, "african-union"),  # "an African Union-led commission"
        # "Il presidente della Commissione dell'Unione africana": the body and the Union
        "Commissione": (O, "african-union-commission"),
        "Onu": (O, "united-nations"),
        "Nazioni Unite": (O, "united-nations"),
        "UN": (O, "united-nations"),  # "UN Secretary-General": role outside
        # "il Consiglio di sicurezza delle Nazioni Unite": two spans, as in heldout4
        "Consiglio di sicurezza": (O, "un-security-council"),
        "Programma alimentare mondiale": (O, "world-food-programme"),
        "World Food Programme": (O, "world-food-programme"),
        "Pam": (O, "world-food-programme"),
        "Medici senza frontiere": (O, "medecins-sans-frontieres"),
        "Igad": (O, "igad"),
        "Suna": (O, "suna"),  # the official news agency
        "Horn of Africa Wire": (O, "horn-of-africa-wire"),  # "seen by Horn of Africa Wire": an outlet
        "Farnesina": (O, "farnesina"),
        "Agenzia italiana per la cooperazione allo sviluppo": (O, "aics"),
        "Aics": (O, "aics"),
        # the army chief: "al-Burhan" and "al Burhan" (without hyphen) in different outlets
        "Abdel Fattah al-Burhan": (P, "abdel-fattah-al-burhan"),
        "Abdel Fattah al Burhan": (P, "abdel-fattah-al-burhan"),
        "al-Burhan": (P, "abdel-fattah-al-burhan"),
        # the RSF commander, with his nickname spelled "Hemedti" and "Hemeti"
        "Mohamed Hamdan Dagalo": (P, "mohamed-hamdan-dagalo"),
        "Dagalo": (P, "mohamed-hamdan-dagalo"),
        "Hemedti": (P, "mohamed-hamdan-dagalo"),
        "Hemeti": (P, "mohamed-hamdan-dagalo"),
        # the negotiators, transliterated differently by the Italian and the English outlets
        "Kamal Abdelmoneim": (P, "kamal-abdelmoneim"),
        "Kamal Abdel Moneim": (P, "kamal-abdelmoneim"),
        "Tarig al-Nour": (P, "tarig-al-nour"),
        "Tariq al-Nur": (P, "tarig-al-nour"),
        "Faisal bin Farhan": (P, "faisal-bin-farhan"),  # "il principe" / "Prince": title outside
        "Gregory Ashworth": (P, "gregory-ashworth"),
        "António Guterres": (P, "antonio-guterres"),
        "Aisha Mwangi": (P, "aisha-mwangi"),
        "Kwame Asante-Boateng": (P, "kwame-asante-boateng"),
    },
    # --- heldout10-e03: the DDA's operation "Bastimento" against a Rosarno clan ------------------
    "heldout10-e03": {
        "REGGIO CALABRIA": (L, "reggio-calabria"),
        "Reggio Calabria": (L, "reggio-calabria"),  # also "gip di Reggio Calabria", "Riesame di ..."
        "Calabria": (L, "calabria"),
        "Rosarno": (L, "rosarno"),
        "San Ferdinando": (L, "san-ferdinando"),
        "Palmi": (L, "palmi"),  # "del foro di Palmi", "Camera penale di Palmi": the town
        "Gioia Tauro": (L, "gioia-tauro"),  # "porto di Gioia Tauro": the kind word outside
        "Taurianova": (L, "taurianova"),
        "Vibo Valentia": (L, "vibo-valentia"),
        "Lamezia Terme": (L, "lamezia-terme"),
        "Sicilia": (L, "sicily"),
        "Lombardia": (L, "lombardy"),
        "Guayaquil": (L, "guayaquil"),
        "Ecuador": (L, "ecuador"),
        "Anversa": (L, "antwerp"),
        "Costa Brava": (L, "costa-brava"),
        "Arghillà": (L, "arghilla-prison"),  # "carcere di Arghillà": the kind word outside
        "via Nazionale": (L, "via-nazionale-rosarno"),
        "San Giovanni Battista": (L, "church-san-giovanni-battista-rosarno"),  # a church, LOC
        "Bastimento": (M, "operation-bastimento"),  # the operation's name, a named event
        "Direzione distrettuale antimafia": (O, "reggio-calabria-dda"),
        "Dda": (O, "reggio-calabria-dda"),  # "la Dda reggina": the adjective outside
        "Ros": (O, "carabinieri-ros"),
        "Guardia di Finanza": (O, "guardia-di-finanza"),
        "Fiamme gialle": (O, "guardia-di-finanza"),
        "Gico": (O, "guardia-di-finanza-gico"),
        "Europol": (O, "europol"),
        "Interpol": (O, "interpol"),
        "Agenzia delle dogane": (O, "agenzia-dogane-monopoli"),
        # "Barillaro" is the boss in "Rocco Barillaro" and alone; "la cosca Barillaro" is the
        # clan (OVERRIDE), the kind word outside, like "clan Sarnataro" in heldout2
        "Rocco Barillaro": (P, "rocco-barillaro"),
        "Barillaro": (P, "rocco-barillaro"),
        "Raffaele Anastasi": (P, "raffaele-anastasi"),
        "Francesca Loiacono": (P, "francesca-loiacono"),
        "Aldo Scarfò": (P, "aldo-scarfo"),
        "Matteo Piantedosi": (P, "matteo-piantedosi"),
        "Chiara Colosimo": (P, "chiara-colosimo"),
        "Giuseppe Carrozza": (P, "giuseppe-carrozza"),
        "Teresa Mammoliti": (P, "teresa-mammoliti"),
        "Paolo Galluccio": (P, "paolo-galluccio"),
        "Antonio Scuderi": (P, "antonio-scuderi"),
        "Luis Fernando Quiroga": (P, "luis-fernando-quiroga"),
        # the port authority: one span with its lower-case words, as in heldout9
        "Autorità di sistema portuale dei mari Tirreno meridionale e Ionio": (O, "adsp-tirreno-meridionale-ionio"),
        "Viminale": (O, "viminale"),
        "Commissione parlamentare antimafia": (O, "italian-antimafia-commission"),
        # "tribunale del Riesame (di Reggio Calabria)": the kind word outside, as in heldout5
        "Riesame": (O, "reggio-calabria-riesame-court"),
        "Corte d'appello": (O, "reggio-calabria-court-of-appeal"),  # "di Reggio Calabria": two spans
        "Corte di cassazione": (O, "italian-court-of-cassation"),
        "Cassazione": (O, "italian-court-of-cassation"),
        "Camera penale": (O, "camera-penale-palmi"),  # "La Camera penale di Palmi": body + town
    },
    # --- heldout10-e04: the data breach at the SpesaLampo grocery app --------------------------
    "heldout10-e04": {
        "AMSTERDAM": (L, "amsterdam"),
        "Amsterdam": (L, "amsterdam"),  # "fell 6.4% in Amsterdam": the place (of the exchange)
        "Torino": (L, "turin"),
        "Bologna": (L, "bologna"),
        "Segrate": (L, "segrate"),
        "Dublin": (L, "dublin"),  # "Dublin-based"
        "Moldavia": (L, "moldova"),
        "Europa occidentale": (L, "western-europe"),  # like "Africa orientale", one span
        "Dispensa Group": (O, "dispensa-group"),
        "Vanderhelm Retail": (O, "vanderhelm-retail"),
        "Vanderhelm": (O, "vanderhelm-retail"),
        "Cestaya": (O, "cestaya"),
        "BlackLemur": (O, "blacklemur"),  # the criminal group, ORG like BlackMantis
        "Kelverin Security": (O, "kelverin-security"),
        "ING": (O, "ing"),
        "Amazon Web Services": (O, "amazon-web-services"),
        "SpesaLampo": (M, "spesalampo"),  # the app, a product (MISC) everywhere
        "Garante per la protezione dei dati personali": (O, "garante-privacy"),
        "Garante privacy": (O, "garante-privacy"),
        "Garante": (O, "garante-privacy"),  # "the Garante", "il presidente del Garante"
        "Agenzia per la cybersicurezza nazionale": (O, "acn"),
        "National Cybersecurity Agency": (O, "acn"),
        "ACN": (O, "acn"),
        "Acn": (O, "acn"),
        "Polizia postale": (O, "polizia-postale"),
        "Codacons": (O, "codacons"),
        "Altroconsumo": (O, "altroconsumo"),
        "Consob": (O, "consob"),
        "Euronext Milan": (O, "euronext-milan"),
        "Piazza Affari": (O, "piazza-affari"),
        "GDPR": (M, "gdpr"),
        "Gdpr": (M, "gdpr"),
        "Nis2": (M, "nis2-directive"),  # "la direttiva europea Nis2"
        "Carlotta Bressanin": (P, "carlotta-bressanin"),
        "Bressanin": (P, "carlotta-bressanin"),
        "Pieter van Doorn": (P, "pieter-van-doorn"),
        "Pieter Van Doorn": (P, "pieter-van-doorn"),
        "Van Doorn": (P, "pieter-van-doorn"),
        "Pasquale Stanzione": (P, "pasquale-stanzione"),
    },
}

# (article id) -> list of (surface, occurrence index) that are not mentions there
EXCLUDE = {}

# (article id) -> {(surface, occurrence index): (type, entity)}
OVERRIDE = {
    # "la cosca Barillaro (di Rosarno)": the clan, not the boss
    "h10-03-a": {("Barillaro", 0): (O, "barillaro-clan")},
    "h10-03-b": {("Barillaro", 0): (O, "barillaro-clan")},
}


if __name__ == "__main__":
    build_heldout("heldout10", LEXICON, EVENT_LEXICON, EXCLUDE, OVERRIDE, review="--review" in sys.argv)
