"""Rule + gazetteer entity recogniser for English (PER, LOC, ORG, MISC).

There is no English NER training data in the project, so English entities
come from this component: capitalised-sequence heuristics plus gazetteers
written for rassegna (``rassegna/resources/en/entities/*.txt``).  It runs
after the parser/morphologizer of the English pipeline and uses POS and
sentence starts.

Steps for each maximal sequence of capitalised tokens (name particles such as
"von", "da", "al" may occur inside):

1. last word is an event/work/law head ("War", "Finals", "Telescope") -> MISC;
   last word is an organisation head ("Party", "Bank", "Inc.", "Palace") -> ORG;
   "<head> of [the] <Caps>" ("University of Vienna") -> ORG;
   last word a place head ("Street", "River", "Sea") -> LOC;
2. the whole sequence is in a gazetteer -> its label;
3. leading titles/roles are stripped ("Prime Minister Rishi Sunak" ->
   "Rishi Sunak"); a sequence after a title, or starting with a known given
   name, -> PER;
4. gazetteer entries inside the sequence -> their labels;
5. after "in/at/from/near/..." or "village/city/... of" -> LOC;
   acronyms -> ORG; other multi-word sequences -> PER.

Finally a document-level pass tags later mentions of a person's surname
("Biden" after "Joe Biden") as PER.  Registered as the spaCy factory
``rassegna_en_entities`` (``import rassegna.models`` before ``spacy.load``;
:func:`rassegna.models.load` does it).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .stateless import Stateless
from .tokenizer import RESOURCES, read_list

ENT_DIR = RESOURCES / "en" / "entities"
PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "dos", "das", "du", "al", "el", "bin", "ibn",
             "la", "le", "y"}
TITLE_MODIFIERS = {"prime", "vice", "deputy", "foreign", "defence", "defense", "finance", "interior",
                   "health",
                   "former", "acting", "chief", "opposition", "party", "state", "general", "secretary", "attorney",
                   "first", "crown", "grand", "supreme", "head", "assistant", "associate", "senior"}
LOC_PREPS = {"in", "at", "from", "near", "to", "across", "toward", "towards", "outside", "inside", "into",
             "through", "around", "via", "throughout", "within"}
LOC_NOUNS = {"village", "town", "city", "region", "province", "state", "island", "capital", "district",
             "county", "country", "port", "area", "suburb", "neighbourhood", "neighborhood", "municipality"}
LOC_HEADS = {"Street", "St", "Road", "Avenue", "Ave.", "Boulevard", "Square", "Bridge", "River", "Sea", "Ocean",
             "Lake", "Mountains", "Mountain", "Valley", "Island", "Islands", "Bay", "Gulf", "Coast", "Peninsula",
             "Province", "Region", "County", "Airport", "Park", "Desert", "Strait", "Canal", "Highway", "Plaza"}
LOC_PREFIX_HEADS = {"Lake", "Mount", "Gulf", "Strait", "Sea", "Cape", "Isle", "Bay", "Port", "Republic", "Kingdom"}
ORG_OF_HEADS = {"University", "Bank", "Ministry", "Department", "Institute", "Museum", "Court", "Council",
                "Commission", "Bureau", "Office", "Church", "School", "College", "Academy", "Board", "League",
                "Federation", "Association", "Union", "Organization", "Organisation", "Party", "Chamber", "House",
                "Committee", "Agency", "Society", "Fund", "Corporation", "Company", "Secretariat", "Embassy"}
SPEECH_VERBS = {"said", "says", "told", "added", "wrote", "asked", "noted", "argued", "insisted", "explained"}


def _load(name: str) -> list[str]:
    path = ENT_DIR / name
    return read_list(path) if path.exists() else []


@Language.factory("rassegna_en_entities", default_config={"overwrite": True})
def make_en_entities(nlp: Language, name: str, overwrite: bool) -> EnglishEntityRules:
    return EnglishEntityRules(nlp, name, overwrite=overwrite)


class EnglishEntityRules(Stateless):
    def __init__(self, nlp: Language, name: str = "rassegna_en_entities", overwrite: bool = True):
        self.name = name
        self.overwrite = overwrite
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.gaz: dict[str, str] = {}
        for fname, label in (("countries.txt", "LOC"), ("places.txt", "LOC"),
                             ("organisations.txt", "ORG"), ("people.txt", "PER")):
            items = _load(fname)
            for it in items:
                self.gaz.setdefault(it, label)
            self.matcher.add(label, [nlp.make_doc(t) for t in items])
        self.first_names: set[str] = set(_load("first_names.txt"))
        self.titles: set[str] = {t.lower() for t in _load("titles.txt")}
        self.org_words: set[str] = set(_load("org_words.txt"))
        self.misc_words: set[str] = set(_load("misc_words.txt"))
        self.non_entities: set[str] = set(_load("non_entities.txt"))

    # ------------------------------------------------------------- helpers
    def _is_cap(self, tok) -> bool:
        t = tok.text
        if not t or not t[0].isupper() or t in self.non_entities:
            return False
        if not any(c.isalpha() for c in t):
            return False
        if tok.is_sent_start or (tok.i > 0 and tok.nbor(-1).text in {"“", "\"", "‘", "(", "«", ":"}):
            # sentence-initial capitals are only names if tagged PROPN (or in a gazetteer)
            return tok.pos_ == "PROPN" or t in self.gaz or t in self.first_names
        if tok.is_title and tok.is_stop and t not in self.gaz:
            return False
        return True

    def _sequences(self, doc: Doc) -> list[tuple[int, int]]:
        seqs, i, n = [], 0, len(doc)
        while i < n:
            if self._is_cap(doc[i]):
                j = i + 1
                while j < n:
                    if self._is_cap(doc[j]) and not doc[j].is_sent_start:
                        j += 1
                    elif (doc[j].lower_ in PARTICLES and j + 1 < n and self._is_cap(doc[j + 1])
                          and not doc[j + 1].is_sent_start):
                        j += 2
                    else:
                        break
                seqs.append((i, j))
                i = j
            else:
                i += 1
        return seqs

    def _title_before(self, doc: Doc, i: int) -> bool:
        return i > 0 and doc[i - 1].lower_ in self.titles

    # ------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> Doc:
        gaz_matches: list[tuple[int, int, str]] = [
            (s, e, doc.vocab.strings[m]) for m, s, e in self.matcher(doc)
        ]
        gaz_by_span = {(s, e): lab for s, e, lab in gaz_matches}
        spans: list[tuple[int, int, str]] = []
        covered: set[int] = set()

        def add(s: int, e: int, label: str):
            if s < e and not any(k in covered for k in range(s, e)):
                spans.append((s, e, label))
                covered.update(range(s, e))

        seqs = self._sequences(doc)
        for s, e in seqs:
            self._classify(doc, s, e, gaz_by_span, gaz_matches, add)
        # gazetteer entries outside capitalised sequences (e.g. "eBay"-like or lowercase-initial)
        for s, e, lab in sorted(gaz_matches, key=lambda x: -(x[1] - x[0])):
            add(s, e, lab)
        # document-level consistency: surnames of known persons
        surnames = {doc[e - 1].text for s, e, lab in spans if lab == "PER" and e - s >= 2}
        for tok in doc:
            if tok.text in surnames and tok.i not in covered and self._is_cap(tok):
                add(tok.i, tok.i + 1, "PER")
        new = [Span(doc, s, e, label=lab) for s, e, lab in sorted(spans)]
        if self.overwrite:
            doc.ents = new
        else:
            from spacy.util import filter_spans

            doc.ents = filter_spans(list(doc.ents) + new)
        return doc

    def _classify(self, doc, s, e, gaz_by_span, gaz_matches, add):
        words = [t.text for t in doc[s:e]]
        last = words[-1]
        # 1a. "<Caps> <org head>"  /  "<head> of [the] <Caps>"
        if e < len(doc) - 1 and last in ORG_OF_HEADS | LOC_PREFIX_HEADS and doc[e].lower_ == "of":
            k = e + 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            if k < len(doc) and self._is_cap(doc[k]):
                end = k
                while end < len(doc) and self._is_cap(doc[end]):
                    end += 1
                full = doc[s:end].text
                if full in self.gaz:
                    add(s, end, self.gaz[full])
                    return
                label = "LOC" if last in LOC_PREFIX_HEADS else "ORG"
                s2 = self._strip_titles(doc, s, e) if label == "ORG" else s
                add(s2, end, label)
                return
        full = doc[s:e].text
        if full in self.gaz:
            add(s, e, self.gaz[full])
            return
        if last in self.misc_words and e - s >= 2:
            add(self._strip_titles(doc, s, e), e, "MISC")
            return
        if last in self.org_words and e - s >= 2:
            add(self._strip_titles(doc, s, e), e, "ORG")
            return
        if last in LOC_HEADS and e - s >= 2:
            add(s, e, "LOC")
            return
        if words[0] in LOC_PREFIX_HEADS and e - s >= 2:
            add(s, e, "LOC")
            return
        # 3. titles / given names -> PER
        s2 = self._strip_titles(doc, s, e)
        titled = s2 > s or self._title_before(doc, s)
        if s2 < e:
            sub = doc[s2:e].text
            if sub in self.gaz:
                add(s2, e, self.gaz[sub])
                return
            if titled and self._all_name_like(doc, s2, e):
                add(s2, e, "PER")
                return
            if doc[s2].text in self.first_names and e - s2 >= 2:
                add(s2, e, "PER")
                return
        # 4. gazetteer entries inside the sequence
        inside = [(a, b, lab) for a, b, lab in gaz_matches if a >= s2 and b <= e]
        if inside:
            for a, b, lab in sorted(inside, key=lambda x: -(x[1] - x[0])):
                add(a, b, lab)
            return
        if s2 >= e:
            return
        # 5. context
        prev = doc[s2 - 1] if s2 > 0 else None
        prev2 = doc[s2 - 2] if s2 > 1 else None
        if prev is not None and prev.lower_ in LOC_PREPS:
            add(s2, e, "LOC")
            return
        if prev is not None and prev.lower_ == "of" and prev2 is not None and prev2.lower_ in LOC_NOUNS:
            add(s2, e, "LOC")
            return
        if e - s2 == 1 and doc[s2].text.isupper() and 2 <= len(doc[s2].text) <= 6:
            add(s2, e, "ORG")
            return
        if e - s2 >= 2:
            add(s2, e, "PER")
            return
        if e < len(doc) and doc[e].lower_ in SPEECH_VERBS and doc[s2].pos_ == "PROPN":
            add(s2, e, "PER")

    def _strip_titles(self, doc, s, e) -> int:
        k = s
        while k < e and (doc[k].lower_ in self.titles or doc[k].lower_ in TITLE_MODIFIERS):
            k += 1
        return k

    def _all_name_like(self, doc, s, e) -> bool:
        return all(doc[k].text[:1].isupper() or doc[k].lower_ in PARTICLES for k in range(s, e))
