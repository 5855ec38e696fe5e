"""Entity resolution at scale: time, memory and accuracy on synthetic corpora of growing size.

Usage: python benchmarks/entity_resolution_scale.py [--sizes 1000,10000,100000] [--seed 1]

Each corpus is made of stories of 2–8 articles in Italian and English from outlets that
spell foreign names each in their own way. The articles carry their mentions as the
entities stage leaves them (span, label, role, knowledge-base link), so no language model
runs: what is timed is ``rassegna.entity_resolution.v1`` alone, built from the stage
registry and run once over the whole corpus, as ``rassegna analyze``, ``refresh`` and the
driver of ``rassegna batch`` run it. The people, organisations and places are invented
from name parts below (places also come from the bundled knowledge base, linked as the
entities stage links them): full names, surnames alone, transliteration variants, typos,
acronyms, and common surnames shared by different people in different stories.

Per size: articles, mentions, seconds, throughput, peak resident memory of the process
(corpus included) and its growth during resolution, entities found, and accuracy on the
synthetic gold: of the gold entities written in two or more ways, the share whose
mentions all land in one entity, and the false merges (entities holding mentions of two
or more gold entities). ``×time`` and ``×cpu`` are the ratios of wall-clock and processor
time to the previous size (processor time is the steadier on a busy machine): near-linear
resolution costs about 10× per 10× articles.
"""

from __future__ import annotations

import argparse
import bisect
import gc
import itertools
import random
import re
import resource
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import rassegna.extract  # noqa: F401  (before rassegna.kb: the two import each other)
from rassegna.kb import knowledge_base
from rassegna.model import Corpus, Document, Mention, Quote, Story
from rassegna.pipeline import registered

STAGE = "rassegna.entity_resolution.v1"
STORY_SIZES = (2, 3, 4, 5, 6, 7, 8)
STORY_SIZE_WEIGHTS = (30, 22, 15, 11, 9, 7, 6)  # most stories are short, a few run for days
RECURRING_PEOPLE_PER_ARTICLE = 1 / 25  # public figures who come back across stories
RECURRING_ORGS_PER_ARTICLE = 1 / 50
ZIPF_OFFSET = 5  # popularity of the k-th recurring name ~ 1/(k + ZIPF_OFFSET)

# --- name parts (invented) -------------------------------------------------------------------

STYLES = {  # first name: three slots, surname: three slots; within a slot parts differ by 2+ letters except
    # where languages do so themselves (Mario/Maria, Rossi/Rosso, Hamid/Hamida, -ov/-iv)
    "it": (("Al", "Bru", "Cad", "Dem", "Eli", "Fab", "Gia", "Ila", "Lu", "Mas", "Nor", "Ot", "Pier", "Ros", "Sev", "Teo",
            "Vit", "Ugo", "Quin"),
           ("ber", "dol", "fran", "lin", "mar", "ren", "ric", "sil", "tor", "vi", "gust", "cend"),
           ("o", "a", "io", "ia", "ino", "ina"),
           ("Bel", "Cam", "Dor", "Fen", "Gus", "Lan", "Mar", "Pic", "Ros", "Sal", "Tur", "Vig", "Zet", "Orl", "Bon",
            "Cri", "Ame", "Ugh", "Nes", "Qui"),
           ("land", "ped", "ruc", "tan", "vol", "ghir", "zon", "chet", "min", "sar", "dell", "biag"),
           ("i", "o", "a", "ini", "etti", "ucci", "ello", "one", "ò")),
    "slav": (("Yar", "Boh", "Myr", "Vol", "Ost", "Zhy", "Svi", "Dob", "Kha", "Lub", "Ned", "Stan", "Ihor", "Vas"),
             ("o", "yu", "ela", "im"),
             ("slav", "dan", "myr", "vit", "zar", "mil", "rad"),
             ("Kov", "Zhur", "Khar", "Shch", "Hor", "Tym", "Lys", "Yav", "Pryt", "Bil", "Kuz", "Vyr", "Mel", "Pan", "Rud",
              "Sem", "Tkach", "Hlib", "Osyp", "Dmytr"),
             ("al", "en", "ush", "yb", "oh", "ir", "evt"),
             ("enko", "chuk", "ovych", "sky", "ov", "in", "yak", "iv", "ets")),
    "arab": (("Ab", "Kha", "Has", "Sal", "Mu", "Tar", "Fay", "Nur", "Ra", "Yus", "Jam", "Wid", "Zak", "Om"),
             ("mid", "san", "rek", "hib", "zim", "lal", "shad", "tun", "ful"),
             ("", "a"),
             ("Ras", "Qad", "Har", "Sul", "Ka", "Jaw", "Dhah", "Mous", "Bak", "Ghan", "Zay", "Tal", "Fik", "Mun"),
             ("", "ba", "mir", "tal", "dou", "lak"),
             ("ani", "iri", "oud", "ussi", "ein")),
    "en": (("Bren", "Cal", "Dar", "Ell", "Jor", "Kel", "Mer", "Ros", "Wil", "Fitz", "Tris", "Osw"),
           ("", "er", "ith"),
           ("don", "mund", "ric", "win", "na", "ine", "by", "ley"),
           ("Ash", "Brad", "Cart", "Dun", "Fair", "Mill", "Pem", "Stan", "Thorn", "Whit", "Wood", "Quen", "Lom"),
           ("", "er", "ald"),
           ("ford", "well", "by", "ley", "ington", "more", "son", "wick")),
}
STYLE_WEIGHTS = {"it": 50, "slav": 20, "arab": 15, "en": 15}
# Romanisations: (pattern, alternatives) on a lower-case word; outlets differ in which they use.
TRANSLITERATIONS = {
    "slav": (("shch", ("sc", "sch", "stch")), ("kh", ("h", "ch")), ("zh", ("j", "sh", "g")), ("(?<!s)ch", ("tch", "c")),
             ("sky$", ("skyi", "skij", "ski", "skiy")), ("ya", ("ia", "ja")), ("yu", ("iu", "ju")), ("ov$", ("ow", "off")),
             ("y(?![aeiou]|$)", ("i",)), ("v", ("w",)), ("ts", ("tz", "c"))),
    "arab": (("ou", ("u", "oo")), ("q", ("k", "g")), ("sh", ("ch", "sch")), ("kh", ("h", "ch")), ("j", ("dj", "g")),
             ("dh", ("z", "th")), ("i$", ("ee", "y")), ("^ha", ("he",)), ("ami", ("ammi",))),
}
ARAB_ARTICLE = ("al-", "Al-", "el-", "Al ", "")
PARTICLES = ("De ", "Di ", "Del ", "Dalla ", "Lo ")

ORG_IT = (("Agenzia", "Istituto", "Consorzio", "Federazione", "Autorità", "Fondazione", "Banca", "Compagnia", "Unione",
           "Ente", "Osservatorio", "Comitato"),
          ("nazionale", "regionale", "centrale", "italiana", "mediterranea", "autonoma", "popolare", "interregionale"),
          ("per la sicurezza idrica", "dei trasporti marittimi", "per la ricerca agraria", "per l'energia solare",
           "per la tutela del paesaggio", "del credito cooperativo", "delle reti ferroviarie", "per la formazione tecnica",
           "di vigilanza sui mercati", "per la protezione civile", "delle industrie tessili", "per lo sviluppo rurale",
           "dei porti adriatici", "per la salute pubblica", "delle opere idrauliche"))
ORG_EN = (("National", "Central", "Northern", "Federal", "United", "Independent", "Royal", "Western", "Coastal"),
          ("Water", "Rail", "Energy", "Maritime", "Farming", "Trade", "Health", "Mining", "Aviation", "Housing",
           "Fisheries"),
          ("Agency", "Council", "Institute", "Authority", "Board", "Union", "Commission", "Corporation", "Office"))
BRANDS = (("Vel", "Tor", "Mar", "Aqu", "Sil", "Zeph", "Bren", "Nov", "Ast", "Lum", "Ferr", "Gran"),
          ("", "ta", "mi", "ro", "ven", "dal", "ku"),
          ("mar", "ion", "tek", "via", "ora", "elis", "onda", "ex"),
          ("", "ix", "ana", "eto", "um"),
          ("Holding", "Group", "Energia", "Costruzioni", "Logistics", "Systems", "Trasporti", "Capital"))
CONNECTORS = {"per", "la", "il", "lo", "l", "dei", "delle", "del", "della", "di", "for", "of", "the", "and"}
TOWNS = (("Castel", "Monte", "Borgo", "Villa", "Porto", "Poggio", "Rocca", "Colle", "Pieve", "Torre", "San", "Santa"),
         ("var", "lun", "fer", "cas", "mir", "bol", "sod", "pra", "gut", "tav"),
         ("", "ri", "nto", "sel", "ga"),
         ("ano", "ello", "ina", "ara", "ola", "iero", "ento"))
FOREIGN_TOWNS = (("Zav", "Khar", "Dnip", "Ostr", "Pryl", "Bil", "Cher", "Zhyt", "Sum", "Koval"),
                 ("or", "iv", "yh", "ash", "uk", "en"),
                 ("", "ano", "yr", "ovs"),
                 ("ivka", "horod", "il", "sk", "ovo", "ets"))
UNIQUE_TRIES = 10_000  # name spaces are far larger than any corpus needs; this only guards a typo in them

# role (it, en) as the entities stage reads it before a name; {town} and {org} are filled per person
ROLES = (("ministro degli Esteri", "foreign minister"), ("ministro dell'Economia", "economy minister"),
         ("portavoce del governo", "government spokesperson"), ("sindaco di {town}", "mayor of {town}"),
         ("presidente di {org}", "chair of {org}"), ("amministratore delegato di {org}", "chief executive of {org}"),
         ("generale", "general"), ("procuratore", "prosecutor"), ("ambasciatore", "ambassador"),
         ("deputato", "lawmaker"), ("allenatore", "coach"), ("economista", "economist"), ("attivista", "activist"))

SENTENCES = {
    "it": {"PER": ("{} ha incontrato i rappresentanti delle parti nella giornata di ieri.",
                   "Secondo {} le trattative riprenderanno la prossima settimana.",
                   "La proposta è stata presentata da {} durante la riunione.",
                   "{} non ha voluto commentare le indiscrezioni.", "Ieri sera {} ha ribadito la propria posizione."),
           "ROLE": ("Il {role} {} ha confermato la notizia.", "A parlare è stato il {role} {}."),
           "ORG": ("In una nota {} ha annunciato nuove misure.", "I dati diffusi da {} mostrano un calo.",
                   "{} ha convocato una riunione straordinaria."),
           "LOC": ("La riunione si è svolta a {}.", "A {} la situazione resta tesa.",
                   "Le delegazioni sono arrivate a {} in serata."),
           "QUOTE": ("«{q}», ha detto {}.", "«{q}», ha dichiarato {}."),
           "SAID": ("«{q}», ha detto {}.",),
           "Q": ("Non ci sono le condizioni per firmare", "Andremo avanti fino in fondo", "I numeri parlano chiaro",
                 "Serve più tempo per valutare")},
    "en": {"PER": ("{} met representatives of both sides on Monday.", "According to {}, talks will resume next week.",
                   "The proposal was presented by {} at the meeting.", "{} declined to comment on the reports.",
                   "Late on Tuesday {} restated the position."),
           "ROLE": ("The {role} {} confirmed the news.", "Speaking for the side was the {role} {}."),
           "ORG": ("In a statement {} announced new measures.", "Figures released by {} show a fall.",
                   "{} called an emergency meeting."),
           "LOC": ("The meeting took place in {}.", "In {} the situation remains tense.",
                   "The delegations arrived in {} in the evening."),
           "QUOTE": ("\u201c{q},\u201d said {}.", "\u201c{q},\u201d {} told reporters."),
           "SAID": ("\u201c{q},\u201d said {}.",),
           "Q": ("The conditions to sign are not there", "We will see this through", "The numbers speak for themselves",
                 "We need more time")},
}
# (name, language, spelling system): an outlet writes a foreign name always the same way
OUTLETS = (("Gazzetta del Tirreno", "it", 0), ("Il Corriere Padano", "it", 0), ("La Voce di Valmora", "it", 1),
           ("Cronache Adriatiche", "it", 2), ("Il Quotidiano Alpino", "it", 3), ("Notizie Lagunari", "it", 1),
           ("The Harbour Post", "en", 1), ("Northern Ledger", "en", 2), ("The Daily Meridian", "en", 3))


# --- the synthetic world ---------------------------------------------------------------------


@dataclass
class Person:
    gold: str
    style: str
    spellings: list[tuple[str, str]]  # (first name, surname) per spelling system
    role: tuple[str, str] | None = None

    def name(self, system: int) -> tuple[str, str]:
        return self.spellings[system % len(self.spellings)]


@dataclass
class Org:
    gold: str
    name: str
    acronym: str | None


@dataclass
class Place:
    gold: str
    spellings: list[str]
    kb: str | None = None

    def name(self, system: int, lang: str) -> str:
        return self.spellings[(system + (lang == "en")) % len(self.spellings)]


class Zipf:
    """Items made on demand and drawn with probability ~ 1/(rank + ZIPF_OFFSET)."""

    def __init__(self, size: int, make, rng: random.Random) -> None:
        self.cum = list(itertools.accumulate(1 / (k + ZIPF_OFFSET) for k in range(size)))
        self.items: dict[int, object] = {}
        self.make, self.rng = make, rng

    def draw(self):
        k = bisect.bisect(self.cum, self.rng.random() * self.cum[-1])
        if k not in self.items:
            self.items[k] = self.make()
        return self.items[k]


def _syllables(rng: random.Random, parts: tuple[tuple[str, ...], ...], weights: list[list[float]] | None = None) -> str:
    return "".join(rng.choices(p, weights[i] if weights else None)[0] for i, p in enumerate(parts))


def _zipf_weights(n: int) -> list[float]:
    return [1 / (k + 2) for k in range(n)]  # some surnames are common, none is most people's


def _transliterate(word: str, style: str, rng: random.Random) -> str:
    """The same word as another romanisation would write it (one or two rules applied)."""
    low = word.lower()
    rules = [(p, alts) for p, alts in TRANSLITERATIONS[style] if re.search(p, low)]
    for pattern, alts in rng.sample(rules, min(len(rules), rng.choice((1, 1, 2)))):
        low = re.sub(pattern, rng.choice(alts), low)
    return low[:1].upper() + low[1:] if word[:1].isupper() else low


def _town_name(rng: random.Random) -> str:
    head, root = rng.choice(TOWNS[0]), _syllables(rng, TOWNS[1:]).capitalize()
    return f"{head} {root}" if head in ("San", "Santa") or rng.random() < 0.5 else head + root.lower()


class World:
    """Everything the articles talk about. Two gold entities never share a full name (to any
    reader they would be one), but near-identical names and shared surnames happen by chance."""

    def __init__(self, n_articles: int, rng: random.Random) -> None:
        self.rng = rng
        self.taken: set[str] = set()
        self.counter = itertools.count()
        self.surname_weights = {s: [_zipf_weights(len(p)) for p in STYLES[s][3:]] for s in STYLES}
        self.people = Zipf(max(40, int(n_articles * RECURRING_PEOPLE_PER_ARTICLE)), self.person, rng)
        self.orgs = Zipf(max(20, int(n_articles * RECURRING_ORGS_PER_ARTICLE)), self.org, rng)
        places = _kb_places()
        rng.shuffle(places)
        self.kb_places = Zipf(len(places), iter(places).__next__, rng)
        self.towns = Zipf(max(30, n_articles // 40), self.town, rng)

    def _unique(self, make) -> str:
        """A name from ``make`` that no other entity has, case and accents aside."""
        for _ in range(UNIQUE_TRIES):
            name = make()
            folded = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
            if folded not in self.taken:
                self.taken.add(folded)
                return name
        raise RuntimeError("synthetic name space exhausted: add name parts")

    def person(self) -> Person:
        rng = self.rng
        style = rng.choices(list(STYLE_WEIGHTS), list(STYLE_WEIGHTS.values()))[0]
        parts, drawn = STYLES[style], []

        def make() -> str:
            drawn[:] = [_syllables(rng, parts[:3]), self._particle(style), _syllables(rng, parts[3:],
                                                                                      self.surname_weights[style])]
            return f"{drawn[0]} {drawn[2]}"  # "Hamid al-Rasani" and "Hamid el-Rasani" are one name

        self._unique(make)
        first, particle, root = drawn
        spellings = [(first, particle + root)]
        if style in TRANSLITERATIONS:
            for _ in range(rng.choice((1, 2, 3))):
                article = rng.choice(ARAB_ARTICLE) if style == "arab" else ""
                spellings.append((_transliterate(first, style, rng), article + _transliterate(root, style, rng)))
        elif particle == "D'":
            spellings.append((first, "D\u2019" + root))
        elif root.endswith("ò"):
            spellings.append((first, particle + root[:-1] + "o'"))
        return Person(f"p{next(self.counter)}", style, list(dict.fromkeys(spellings)), self._role())

    def _particle(self, style: str) -> str:
        if style == "arab":
            return self.rng.choice(ARAB_ARTICLE[:3])
        return self.rng.choice(PARTICLES) if style == "it" and self.rng.random() < 0.06 else ""

    def _role(self) -> tuple[str, str] | None:
        if self.rng.random() < 0.5:
            return None
        it, en = self.rng.choice(ROLES)
        fill = {"town": self.towns.draw().spellings[0], "org": self.orgs.draw().name}
        return it.format(**fill), en.format(**fill)

    def org(self) -> Org:
        rng = self.rng
        kind = rng.choices(("it", "en", "brand"), (45, 30, 25))[0]
        if kind == "it":
            name = self._unique(lambda: " ".join(rng.choice(p) for p in ORG_IT) + self._of_town(" di "))
        elif kind == "en":
            name = self._unique(lambda: " ".join(rng.choice(p) for p in ORG_EN) + self._of_town(" of "))
        else:
            name = self._unique(lambda: _syllables(rng, BRANDS[:4]) + " " + rng.choice(BRANDS[4]))
        initials = "".join(w[0] for w in name.replace("'", " ").split() if w.lower() not in CONNECTORS).upper()
        return Org(f"o{next(self.counter)}", name, initials if kind != "brand" and 3 <= len(initials) <= 6 else None)

    def _of_town(self, preposition: str) -> str:
        return preposition + self.towns.draw().spellings[0] if self.rng.random() < 0.5 else ""

    def town(self) -> Place:
        rng = self.rng
        if rng.random() < 0.25:
            name = self._unique(lambda: _syllables(rng, FOREIGN_TOWNS))
            spellings = [name] + [_transliterate(name, "slav", rng) for _ in range(rng.choice((1, 2)))]
        else:
            name = self._unique(lambda: _town_name(rng))
            spellings = [name, re.sub(r"^Santa? ", "S. ", name)]  # "S. Vito": how many papers write San and Santa
        return Place(f"t{next(self.counter)}", list(dict.fromkeys(spellings)))


def _kb_places() -> list[Place]:
    """Countries and capitals of the bundled knowledge base whose Italian and English names each
    link to that entry alone, as the entities stage would link them."""
    kb, places = knowledge_base(), []
    for entry in kb.entries.values():
        if entry.type == "LOC" and entry.kind in ("country", "capital"):
            names = [entry.names.get("it", ""), entry.names.get("en", "")]
            if all(n and [e.id for e in kb.lookup(n)] == [entry.id] for n in names):
                places.append(Place(f"kb:{entry.id}", names, kb=entry.id))
    return places


# --- articles --------------------------------------------------------------------------------


@dataclass
class Writer:
    """Builds an article's text sentence by sentence, recording each mention's span and gold."""

    lang: str
    system: int
    parts: list[str] = field(default_factory=list)
    length: int = 0
    mentions: list[tuple[int, int, str, str, str | None, str | None]] = field(default_factory=list)
    quotes: list[tuple[int, int, int, int, str]] = field(default_factory=list)

    def add(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def sentence(self, template: str, surface: str, label: str | None = None, gold: str = "", *, kb: str | None = None,
                 role: str | None = None, q: str = "") -> tuple[int, int, int]:
        """A sentence with one slot filled by ``surface`` (a mention when ``label`` is given);
        returns where the sentence and the slot start, and where the slot ends."""
        before, after = template.replace("{role}", role or "").replace("{q}", q).split("{}")
        start = self.add(before)
        slot = start + len(before)
        self.add(surface)
        self.add(after + " ")
        if label:
            self.mentions.append((slot, slot + len(surface), label, gold, kb, role))
        return start, slot, slot + len(surface)

    def document(self, doc_id: str, story: str, outlet: str, published: str) -> tuple[Document, list[str]]:
        doc = Document(id=doc_id, source=f"synthetic://{doc_id}", text="".join(self.parts).rstrip(), language=self.lang,
                       story=story, outlet=outlet, published=published, title=f"{story} {doc_id}")
        doc.mentions = [Mention(doc.span(s, e), label, kb=kb, role=role) for s, e, label, _, kb, role in self.mentions]
        doc.quotes = [Quote(doc.span(qs, qe), True, speaker_text=doc.text[ss:se], speaker_span=doc.span(ss, se), cue=cue)
                      for qs, qe, ss, se, cue in self.quotes]
        return doc, [gold for _, _, _, gold, _, _ in self.mentions]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 6 or not word.isalpha():
        return word
    i = rng.randrange(2, len(word) - 1)
    return word[:i] + word[i + 1:]


def _person_lines(w: Writer, person: Person, introduce: bool, rng: random.Random):
    """The person's mentions in one article, in reading order: the full name first (with its role
    now and then) when the article introduces them, then mostly the surname alone."""
    first, surname = person.name(w.system)
    texts = SENTENCES[w.lang]
    if rng.random() < 0.02:
        surname = _typo(surname, rng)
    if introduce:
        full = f"{first} {surname.upper() if rng.random() < 0.01 else surname}"
        role = person.role[w.lang == "en"] if person.role and rng.random() < 0.5 else None
        yield (rng.choice(texts["ROLE"]), full, role) if role else (rng.choice(texts["PER"]), full, None)
    for _ in range(rng.choice((0, 1, 1, 2, 3)) if introduce else rng.choice((1, 1, 2))):
        yield rng.choice(texts["PER"]), (surname if rng.random() < 0.75 or not introduce else f"{first} {surname}"), None


def _org_lines(w: Writer, org: Org, rng: random.Random):
    texts = SENTENCES[w.lang]["ORG"]
    only_acronym = org.acronym and rng.random() < 0.15
    name = org.name if rng.random() < 0.8 else org.name.title().replace(" Per ", " per ").replace(" Della ", " della ")
    yield rng.choice(texts), (org.acronym if only_acronym else name), None
    for _ in range(rng.choice((0, 1, 1, 2))):
        yield rng.choice(texts), (org.acronym if org.acronym and rng.random() < 0.6 else name), None


def _interleave(sequences: list[list], rng: random.Random):
    """One reading order for several entities' mentions, keeping each entity's own order."""
    queues = [list(s) for s in sequences if s]
    while queues:
        q = rng.choice(queues)
        yield q.pop(0)
        if not q:
            queues.remove(q)


def write_article(w: Writer, cast: dict, introduced: set[str], rng: random.Random) -> None:
    """One article about its story: a subset of the story's people, organisations and places."""
    people = [p for i, p in enumerate(cast["people"]) if i == 0 or rng.random() < 0.6]
    seqs = []
    for p in people:
        introduce = p.gold not in introduced or rng.random() < 0.8
        if introduce:
            introduced.add(p.gold)
        seqs.append([(*line, "PER", p.gold, None) for line in _person_lines(w, p, introduce, rng)])
    for o in cast["orgs"]:
        if rng.random() < 0.6:
            seqs.append([(*line, "ORG", o.gold, None) for line in _org_lines(w, o, rng)])
    for place in cast["places"]:
        if rng.random() < 0.7:
            seqs.append([(rng.choice(SENTENCES[w.lang]["LOC"]), place.name(w.system, w.lang), None, "LOC", place.gold,
                          place.kb) for _ in range(rng.choice((1, 1, 2)))])
    for template, surface, role, label, gold, kb in _interleave(seqs, rng):
        w.sentence(template, surface, label, gold, kb=kb, role=role)
    for _ in range(rng.choice((0, 1, 1, 2))):
        _quote(w, rng.choice(people), rng)


def _quote(w: Writer, person: Person, rng: random.Random) -> None:
    """A direct quotation whose speaker is a name (a mention) or a description ("il ministro")."""
    texts = SENTENCES[w.lang]
    q = rng.choice(texts["Q"])
    roles = [role for *_, gold, _, role in w.mentions if gold == person.gold and role]
    if roles and rng.random() < 0.3:
        noun = roles[0].split()[0] if w.lang == "it" else roles[0].split()[-1]
        template, surface, label = texts["SAID"][0], ("il " if w.lang == "it" else "the ") + noun, None
    else:
        template, surface, label = rng.choice(texts["QUOTE"]), person.name(w.system)[1], "PER"
    start, slot, end = w.sentence(template, surface, label, person.gold, q=q)
    quote = start + template.index("{q}")
    w.quotes.append((quote, quote + len(q), slot, end, "said"))


def story_cast(world: World, rng: random.Random) -> dict:
    people = [world.people.draw() if rng.random() < 0.35 else world.person() for _ in range(rng.choice((2, 3, 3, 4, 5)))]
    orgs = [world.orgs.draw() if rng.random() < 0.5 else world.org() for _ in range(rng.choice((1, 2, 2, 3)))]
    places = [world.kb_places.draw() if rng.random() < 0.5 else world.towns.draw() for _ in range(rng.choice((1, 2, 3)))]
    return {"people": list({p.gold: p for p in people}.values()), "orgs": list({o.gold: o for o in orgs}.values()),
            "places": list({p.gold: p for p in places}.values())}


def synthetic_corpus(n: int, seed: int) -> tuple[Corpus, list[dict], dict[str, str]]:
    """n articles in stories of 2–8; the gold entity of every mention, aligned with doc.mentions;
    the type of every gold entity."""
    rng = random.Random(seed)
    world, corpus, gold, day = World(n, rng), Corpus(), [], date(2024, 1, 1)
    while len(corpus.documents) < n:
        story_id, cast, introduced = f"s{len(corpus.stories)}", story_cast(world, rng), set()
        lang = rng.choice(("it", "it", "it", "en"))
        day += timedelta(days=rng.random() < 0.01)
        story = Story(story_id, story_id)
        for _ in range(min(n - len(corpus.documents), rng.choices(STORY_SIZES, STORY_SIZE_WEIGHTS)[0])):
            outlet = rng.choice([o for o in OUTLETS if (o[1] == lang) != (rng.random() < 0.2)] or OUTLETS)
            w = Writer(outlet[1], outlet[2])
            write_article(w, cast, introduced, rng)
            doc, golds = w.document(f"a{len(corpus.documents)}", story_id, outlet[0], day.isoformat())
            corpus.documents.append(doc)
            gold.append({(m.span.start, m.span.end): g for m, g in zip(doc.mentions, golds, strict=True)})
            story.articles.append(doc.id)
        corpus.stories.append(story)
    types = {g: m.label for doc, golds in zip(corpus.documents, gold, strict=True) for m, g in _golds(doc, golds)}
    return corpus, gold, types


# --- measurement -----------------------------------------------------------------------------


def _memory_kib(field_name: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reset_peak() -> None:
    """Start the process's resident high-water mark afresh (Linux); elsewhere it keeps the run's peak."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        pass


def _golds(doc, golds: dict[tuple[int, int], str]):
    """(mention, gold entity) of the mentions the corpus was written with; mentions that resolution
    finds again in other articles of a story (it spreads names found elsewhere) have no gold and are left out."""
    return [(m, golds[(m.span.start, m.span.end)]) for m in doc.mentions if (m.span.start, m.span.end) in golds]


def score(corpus: Corpus, gold: list[dict], types: dict[str, str]) -> dict[str, float]:
    """Of the gold entities written in two or more ways, the share resolved into one entity (overall
    and per type); the entities that hold mentions of two or more gold entities, and how many of
    those hold one written form ("NHA", a surname) standing for two of them."""
    spellings, found = defaultdict(set), defaultdict(set)
    members: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # entity -> gold -> spellings
    for doc, golds in zip(corpus.documents, gold, strict=True):
        for m, g in _golds(doc, golds):
            spellings[g].add(m.span.text)
            found[g].add(m.entity)
            members[m.entity][g].add(m.span.text)
    hard = [g for g, s in spellings.items() if len(s) > 1]
    merges = [by_gold for by_gold in members.values() if len(by_gold) > 1]
    shared = [sum(map(len, by_gold.values())) > len(set().union(*by_gold.values())) for by_gold in merges]
    out = {"gold": len(spellings), "hard": len(hard), "resolved": sum(len(found[g]) == 1 for g in hard) / max(1, len(hard)),
           "false_merges": len(merges), "same_form": sum(shared)}
    for label in ("PER", "ORG", "LOC"):
        of_type = [g for g in hard if types[g] == label]
        out[f"resolved_{label}"] = sum(len(found[g]) == 1 for g in of_type) / max(1, len(of_type))
        out[f"hard_{label}"] = len(of_type)
    return out


def measure(n: int, seed: int) -> dict[str, float]:
    t0 = time.perf_counter()
    corpus, gold, types = synthetic_corpus(n, seed)
    built = time.perf_counter() - t0
    resolver = registered()[STAGE].factory()
    gc.collect()
    _reset_peak()
    before = _memory_kib("VmRSS")
    t0, cpu0 = time.perf_counter(), time.process_time()
    corpus = resolver(corpus)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    peak = _memory_kib("VmHWM")
    mentions = sum(len(d.mentions) for d in corpus.documents)
    return {"articles": n, "mentions": mentions, "seconds": seconds, "cpu": cpu, "built": built, "peak_mib": peak / 1024,
            "grew_mib": (peak - before) / 1024, "entities": len(corpus.entities),
            "surnames_shared": _shared_surnames(corpus, gold), **score(corpus, gold, types)}


def _shared_surnames(corpus: Corpus, gold: list[dict]) -> int:
    """Surnames written alone that stand for two or more different people across the corpus."""
    people: dict[str, set[str]] = defaultdict(set)
    for doc, golds in zip(corpus.documents, gold, strict=True):
        for m, g in _golds(doc, golds):
            if m.label == "PER" and " " not in m.span.text:
                people[m.span.text].add(g)
    return sum(len(p) > 1 for p in people.values())


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes in articles")
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic corpora")
    args = parser.parse_args(argv)
    header = (f"{'articles':>9} {'mentions':>10} {'seconds':>8} {'cpu s':>7} {'art/s':>7} {'ment/s':>8} {'peak MiB':>9} "
              f"{'+MiB':>6} {'entities':>9} {'gold ≥2 sp.':>11} {'resolved':>8} {'false m.':>8} {'×time':>6} {'×cpu':>5}")
    print(header, flush=True)
    registered()[STAGE].factory()(synthetic_corpus(50, args.seed + 1)[0])  # resources resolution loads once, untimed
    rows, previous = [], None
    for n in (int(x) for x in args.sizes.split(",")):
        r = measure(n, args.seed)
        rows.append(r)
        ratio = f"{r['seconds'] / previous['seconds']:6.1f} {r['cpu'] / previous['cpu']:5.1f}" if previous else ""
        print(f"{r['articles']:>9,} {r['mentions']:>10,} {r['seconds']:>8.2f} {r['cpu']:>7.2f} "
              f"{r['articles'] / r['seconds']:>7,.0f} "
              f"{r['mentions'] / r['seconds']:>8,.0f} {r['peak_mib']:>9,.0f} {r['grew_mib']:>6,.0f} {r['entities']:>9,} "
              f"{r['hard']:>11,} {r['resolved']:>8.1%} {r['false_merges']:>8,} {ratio}", flush=True)
        previous = r
    print("\nresolved by type (of gold entities written ≥2 ways); false merges holding one written form (an acronym, "
          "a surname) of two gold entities; surnames standing alone for ≥2 people; corpus build time")
    for r in rows:
        print(f"{r['articles']:>9,}  PER {r['resolved_PER']:.1%} of {r['hard_PER']:,}  ORG {r['resolved_ORG']:.1%} of "
              f"{r['hard_ORG']:,}  LOC {r['resolved_LOC']:.1%} of {r['hard_LOC']:,}  same form {r['same_form']:,} of "
              f"{r['false_merges']:,}  shared surnames {r['surnames_shared']:,}  built in {r['built']:.1f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
