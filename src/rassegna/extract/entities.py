"""Entity mentions in one article: the language pipeline's names, names from the knowledge
base it missed, one type per name within the article, and the roles the text gives people.

The passes, in order (``EntityTagger.__call__``):

1. the NER's names, trimmed to the name: no article, preposition or lower-case description
   before it, no verb or function word after it, no bracketed acronym inside it (``_from_ner``);
2. knowledge-base names and gazetteer places of several words, which win over the NER's
   pieces of them (``_from_kb``, ``_places``, ``_without_overlaps``); titles go (``_untitled``);
3. types from the words inside a name: a body's, a place's, an event's (``_bodies_by_their_words``,
   ``_long_bodies``, ``_events_and_works``, titles in quotation marks ``_titles_in_quotes``);
   names joined by "e" split (``_coordinated``); a first name takes its surname
   (``_with_surnames``); datelines in capitals (``_datelines``);
4. names the NER missed: towns after a preposition of place (``_lone_places``), names after a
   kind word ("la cooperativa Girasole", "la nave Stellamare"; ``_named_by_kind``);
5. one type per name in the article, from its context: kind words, acronyms spelled out,
   titles, prepositions of place, surnames of the article's people (``_consistent_types``);
   whose a described body is ("ministero della Cultura romeno"; ``_qualified``);
6. surnames, bodies' last words and spelled-out acronyms written again alone
   (``_surnames_again``, ``_acronyms_left_out``), and people's roles (``_role``).

Across articles, resolution (``resolution.py``) also finds a name where another article about
the same event has it and this one's pipeline missed it.

Language knowledge (kind words, organisation and place words, nationality adjectives, event
heads, first names, prepositions) is read from ``resources/<lang>/entities/``."""

from __future__ import annotations

from spacy.tokens import Span

from ..kb import knowledge_base
from ..model import Document, Mention
from ..pipeline import stage
from ..resources import load_json, load_set
from .names import acronym, is_acronym, key
from .names import function_words as _rules_function_words
from .names import tokens as name_tokens
from .roles import honorifics, role_after, role_before, role_words

LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
          "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC"}
KB_MAX_TOKENS = 13  # the longest knowledge-base name, in tokens, looked for in the text (UNRWA's)
_NOT_NAMES = {"VERB", "AUX", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "ADV", "PUNCT", "NUM"}
_EDGE = " \t\n,;:.!?«»“”\"'‘’()[]"


class EntityTagger:
    name = "rassegna.entities.v1"

    def __call__(self, doc: Document) -> Document:
        if doc.nlp is None:
            return doc
        known = self._from_kb(doc) + _places(doc)
        found = [_untitled(doc, m, t) for m, t in _without_overlaps(known, self._from_ner(doc))]
        _bodies_by_their_words(doc, found)
        found = _long_bodies(doc, found)
        found = _events_and_works(doc, found)
        found = _with_surnames(doc, _coordinated(doc, found))
        found = _datelines(doc, found)
        found = _branches_and_particles(doc, _bodies_of_bodies(doc, _split_at_people(doc, found)))
        found = _hyphenated_places(doc, found)
        found += _lone_places(doc, found)
        found += _named_by_kind(doc, found)
        _consistent_types(found, doc.language, doc.nlp)
        _qualified(doc, found)
        found += _surnames_again(doc, found)
        found += _acronyms_left_out(doc, found)
        for mention, tokens in found:
            if mention.label == "PER":
                mention.role = _role(doc, tokens)
        doc.mentions = [m for m, _ in sorted(found, key=lambda x: x[0].span.start)]
        return doc

    def _from_ner(self, doc: Document) -> list[tuple[Mention, tuple[int, int]]]:
        out, dropped = [], []
        kb = knowledge_base()
        articles = load_set(doc.language, "articles.txt")
        openers = load_set(doc.language, "sentence_prepositions.txt")
        generic = load_set(doc.language, "entities/generici.txt")
        heads = load_set(doc.language, "entities/teste_generiche.txt")
        name_heads = load_set(doc.language, "entities/teste_nome.txt")
        demonyms = load_set(doc.language, "entities/nazionalita.txt")
        for ent in (part for e in doc.nlp.ents for part in _unbracketed(e)):
            label = LABELS.get(ent.label_)
            if label != "PER" and not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in ent):
                continue  # "vigili del fuoco", "giunta regionale": descriptions, not names
            if label != "PER" and ent[0].text in name_heads:  # "ministero degli Esteri iraniano"
                while len(ent) > 2 and ent[-1].text in demonyms:
                    ent = ent[:-1]
                place = _place_after_of(doc, ent)
                if place is not None:  # "ministero della Difesa di Tbilisi": the ministry, then the place
                    out.append((Mention(doc.span(place.start_char, place.end_char), "LOC"), (place.start, place.end)))
                    ent = doc.nlp[ent.start:place.start - 1]

            cut = _runaway(ent)
            if cut is not None:  # "ministero delle Infrastrutture giudica la norma": the name ends before the verb
                ent = doc.nlp[ent.start:cut]
            while len(ent) > 1 and ent[0].is_sent_start and ent[0].pos_ in ("VERB", "AUX"):
                ent = ent[1:]  # "Arbitrerà Alessio Manganiello": the sentence's verb, then the name
            while len(ent) > 1 and ent[-1].text.islower() and ent[-1].pos_ in ("DET", "ADP", "CCONJ"):
                ent = ent[:len(ent) - 1]  # no name ends with "e la", "di"

            # no article or preposition before a name: "La Banca centrale europea", "L'Italia",
            # "A Palazzo Madama"; nor a lower-case kind word: "provincia di Firenze" -> "Firenze",
            # nor any lower-case description but a street's or a ministry's: "stretto di Hormuz"
            while len(ent) > 1 and (_leading_article(ent[0], articles) or (label != "PER" and (
                    ent[0].text in heads or (_opens(ent[0]) and ent[0].lower_ in openers)
                    or (ent[0].text.islower() and ent[0].text not in name_heads)))):
                ent = ent[1:]
            start, end = _trim(doc.text, ent.start_char, ent.end_char)
            if label is None or end <= start:
                continue
            if _common_word(ent):
                dropped.append((ent, label))
                continue
            if len(ent) == 1 and ent[0].lower_ in generic:
                continue  # "Regione", "procura", "Governo" alone: which one depends on the context
            entries = kb.lookup(doc.text[start:end])
            entry = entries[0] if len(entries) == 1 else None
            if entry and entry.kind in ("capital", "city", "country", "region") and label in ("ORG", "MISC"):
                label = "LOC"  # a capital standing for its government stays a place
            elif entry and entry.type != "LOC":
                label = entry.type  # a known body or person: "Palazzo Chigi" is the government's office
            elif label == "PER" and _after_kind_word(ent, heads):
                label = "LOC"  # "il villaggio di Imlil", "la valle di Ourika": places
            out.append((Mention(doc.span(start, end), label, kb=entry.id if entry else None), (ent.start, ent.end)))
        return out + _named_elsewhere(doc, dropped, out)

    def _from_kb(self, doc: Document) -> list[tuple[Mention, tuple[int, int]]]:
        kb = knowledge_base()
        if not kb.entries:
            return []
        articles = load_set(doc.language, "articles.txt")  # "La Banca centrale europea": no "La"
        name_heads = load_set(doc.language, "entities/teste_nome.txt")
        tokens, out, i = doc.nlp, [], 0
        while i < len(tokens):
            opens_name = (tokens[i].text[:1].isupper() or tokens[i].text in name_heads) \
                and tokens[i].lower_ not in articles and tokens[i].pos_ != "DET"  # also "ministero dell'Economia"
            hit = _kb_match(doc, tokens, i, kb) if opens_name else None
            if hit:
                n, entry = hit
                span = doc.span(tokens[i].idx, tokens[i + n - 1].idx + len(tokens[i + n - 1].text))
                out.append((Mention(span, entry.type, kb=entry.id), (i, i + n)))
                i += n
            else:
                i += 1
        return out


def _places(doc: Document) -> list[tuple[Mention, tuple[int, int]]]:
    """Places of two or more words from the gazetteers ("Castel San Pietro Terme", "Reggio Emilia"),
    where the NER may see two names or a piece of one."""
    from ..models.features import lexicon

    tokens, out, end = doc.nlp, [], 0
    for i, n in lexicon(doc.language, 2).matches([t.text for t in tokens], {"LOC", "TOWN", "CITY"}):
        if i >= end:
            last = tokens[i + n - 1]
            out.append((Mention(doc.span(tokens[i].idx, last.idx + len(last.text)), "LOC"), (i, i + n)))
            end = i + n
    return out


def _taken(found) -> set[int]:
    """The token indices the mentions found so far cover."""
    return {i for _, (a, b) in found for i in range(a, b)}


def _hyphenated_places(doc: Document, found) -> list:
    """Places joined by hyphens are each a name ("la linea Brescia-Iseo-Edolo", "la tregua
    India-Pakistan"; GUIDELINES: names inside hyphenated compounds), unless the whole is one
    known place ("Emilia-Romagna")."""
    one_word_places = {a for m, (a, b) in found if b - a == 1 and m.label == "LOC"}
    taken = _taken(found)
    out, split = [], set()
    for t in doc.nlp:
        if "-" not in t.text or (t.i in taken and t.i not in one_word_places):
            continue
        parts = t.text.split("-")
        if len(parts) < 2 or not all(p[:1].isupper() and known_place(p, doc.language) for p in parts) \
                or known_place(t.text, doc.language):
            continue
        start = t.idx
        for part in parts:
            out.append((Mention(doc.span(start, start + len(part)), "LOC"), (t.i, t.i + 1)))
            start += len(part) + 1
        split.add(t.i)
    return [x for x in found if not (x[1][0] in split and x[0].label == "LOC")] + out


def _lone_places(doc: Document, found) -> list[tuple[Mention, tuple[int, int]]]:
    """One-word places of the gazetteers the NER missed, where the words before them say place:
    a preposition of place ("a Fornovo", "la procura di Urbino") or a list that began with a
    place ("tra Amantea, Fiumefreddo e Belmonte"). Only proper nouns inside a sentence,
    never a known first name."""
    before = load_set(doc.language, "entities/preposizioni_citta.txt")
    first_names = load_set(doc.language, "entities/nomi_persona.txt", lower=True)
    taken = _taken(found)
    places_at = {b: m for m, (a, b) in found if m.label == "LOC"}
    out: list[tuple[Mention, tuple[int, int]]] = []
    for token in doc.nlp:
        if token.i in taken or token.is_sent_start or not token.is_title or token.pos_ != "PROPN" \
                or token.lower_ in first_names or not known_place(token.text, doc.language):
            continue
        if token.i + 1 < len(doc.nlp) and doc.nlp[token.i + 1].is_title:
            continue  # a piece of a longer name ("San Marino")
        prev = doc.nlp[token.i - 1]
        listed = prev.text in (",", "e", "and") and (token.i - 1 in places_at or any(
            b == token.i - 1 for _, (a, b) in out))
        if prev.lower_ in before or listed:
            mention = Mention(doc.span(token.idx, token.idx + len(token.text)), "LOC")
            out.append((mention, (token.i, token.i + 1)))
            places_at[token.i + 1] = mention
    return out


BODY_NAME_MAX = 4  # capitalised words after a kind word of bodies taken as its name


def _named_by_kind(doc: Document, found) -> list[tuple[Mention, tuple[int, int]]]:
    """Capitalised words the NER missed right after a lower-case word of a kind of body ("la
    cooperativa sociale Girasole", "l'agenzia Ansa"; entities/teste_ente.txt), and the same words
    again elsewhere in the article ("Secondo Girasole …")."""
    kinds = _kind_words(doc.language)
    tokens = doc.nlp
    taken = _taken(found)
    out: list[tuple[Mention, tuple[int, int]]] = []
    names: dict[str, str] = {}
    for t in tokens:
        label = None if t.i in taken or t.is_sent_start or not t.text[:1].isupper() \
            else _kind_label(tokens, (t.i, t.i + 1), kinds)
        if label is None:
            continue
        end = t.i + 1
        while end < len(tokens) and end - t.i < BODY_NAME_MAX and end not in taken and (
                tokens[end].text[:1].isupper() or (label == "MISC" and tokens[end].like_num)):
            end += 1  # "la sonda Juice", "il razzo Ariane 6"
        last = tokens[end - 1]
        out.append((Mention(doc.span(t.idx, last.idx + len(last.text)), label), (t.i, end)))
        taken.update(range(t.i, end))
        names[doc.text[t.idx:last.idx + len(last.text)]] = label
    for t in tokens:  # one-word names again
        if t.text in names and t.i not in taken:
            out.append((Mention(doc.span(t.idx, t.idx + len(t.text)), names[t.text]), (t.i, t.i + 1)))
    return out


def _kb_match(doc: Document, tokens, i: int, kb):
    for n in range(min(KB_MAX_TOKENS, len(tokens) - i), 0, -1):
        last = tokens[i + n - 1]
        if last.is_punct or last.is_space:
            continue
        surface = doc.text[tokens[i].idx:last.idx + len(last.text)]
        if key(surface).split()[:1] != key(tokens[i].text).split()[:1]:
            break  # the lookup would drop the first word ("A Strasburgo", "A un"): no name starts here
        entries = kb.lookup(surface)
        if len(entries) == 1 and (n > 1 or not tokens[i].is_sent_start or is_acronym(surface) or len(surface) > 3):
            if n == 1 and surface.isupper() != is_acronym(surface):
                continue
            return n, entries[0]
    return None


def _leading_article(token, articles) -> bool:
    return token.pos_ in ("DET", "ADP") or token.lower_ in articles


def _place_after_of(doc: Document, ent):
    """The known place that ends a described body's mention after "di" ("... di Tbilisi")."""
    for i in range(ent.end - 1, ent.start + 2, -1):
        if ent.doc[i - 1].lower_ in ("di", "of") and ent.doc[i].text[:1].isupper():
            tail = ent.doc[i:ent.end]
            return tail if known_place(tail.text, doc.language) else None
    return None


def _runaway(ent) -> int | None:
    """Where a name the NER ran on into the sentence ends: before a lower-case verb or adverb,
    or before the word ahead of an article that no preposition or conjunction introduces
    ("... Infrastrutture giudica la norma")."""
    for t in ent[1:]:
        if not t.text.islower():
            continue
        if t.pos_ in ("VERB", "AUX", "ADV"):
            return t.i
        prev = t.nbor(-1)
        if t.pos_ == "DET" and prev.pos_ not in ("ADP", "CCONJ") and prev.i > ent.start:
            return prev.i
    return None


def _after_kind_word(ent, heads: set[str]) -> bool:
    """A lower-case kind word of places or local offices just before the name, or before its
    preposition: "villaggio di", "provincia di", "procura di", "lago"."""
    doc, i = ent.doc, ent.start - 1
    if i >= 0 and doc[i].pos_ == "ADP" and not doc[i].text[:1].isupper():
        i -= 1
    return i >= 0 and doc[i].text in heads


def _unbracketed(ent):
    """A name and the acronym in brackets after it, taken as one by the NER ("Banca europea
    per gli investimenti (Bei"), are two names."""
    if not any(token.is_bracket for token in ent):
        return [ent]
    parts, start = [], ent.start
    for token in ent:
        if token.is_bracket:
            parts.append((start, token.i))
            start = token.i + 1
    parts.append((start, ent.end))
    return [Span(ent.doc, a, b, label=ent.label) for a, b in parts if b > a]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _known_tail(mention: Mention, inside):
    """A known person ending a mention of another type ("ministero degli Esteri Maria
    Zakharova"). A place ending an institution's name belongs to it ("Regione Toscana",
    "Università di Bologna"), and a place's name ending a person's is the surname
    ("Cristoforo Colombo", "Denzel Washington")."""
    for k in inside:
        if k[0].span.end == mention.span.end and k[0].span.start > mention.span.start and k[0].label == "PER" \
                and mention.label != "PER":
            return k
    return None


def _known_head(mention: Mention, inside) -> bool:
    """A known name that opens the mention, the rest lower-case words the NER ran on with
    ("Unione europea schierata"): the known name is the mention."""
    for k in inside:
        rest = mention.span.text[k[0].span.end - mention.span.start:]
        if k[0].span.start == mention.span.start and k[0].span.end < mention.span.end and rest.strip() \
                and not any(c.isupper() or c.isdigit() for c in rest):
            return True
    return False


def _trim_span(mention: Mention, tail) -> Mention | None:
    """The mention without its known tail, or None when nothing name-like is left."""
    text = mention.span.text[:tail[0].span.start - mention.span.start].rstrip(_EDGE)
    if not text or not any(c.isupper() for c in text):
        return None
    span = mention.span
    return Mention(type(span)(span.article, span.start, span.start + len(text), text), mention.label)


def _tiled(mention: Mention, inside) -> bool:
    """Two or more known names that together make up the whole mention."""
    if len(inside) < 2:
        return False
    covered = sum(k[0].span.end - k[0].span.start for k in inside)
    gaps = len(mention.span.text) - covered
    return gaps <= len(inside) - 1 and all(c.isspace() for c in _between(mention, inside))


def _between(mention: Mention, inside) -> str:
    text, pos, out = mention.span.text, 0, []
    for k in sorted(inside, key=lambda x: x[0].span.start):
        out.append(text[pos:k[0].span.start - mention.span.start])
        pos = k[0].span.end - mention.span.start
    return "".join(out) + text[pos:]


def _named_elsewhere(doc: Document, dropped, kept) -> list[tuple[Mention, tuple[int, int]]]:
    """Dropped one-word names that are part of a longer name in the article ("Lee" opening a
    sentence after "Simon Lee") are names after all."""
    words = {w for m, _ in kept if " " in m.span.text for w in key(m.span.text).split()}
    return [(Mention(doc.span(ent.start_char, ent.end_char), label), (ent.start, ent.end))
            for ent, label in dropped if key(ent.text) in words]


def _untitled(doc: Document, mention: Mention, tokens: tuple[int, int]) -> tuple[Mention, tuple[int, int]]:
    """A person's name without the titles written before it: "Re Carlo III" -> "Carlo III",
    "King Charles" -> "Charles", "Dr Lena Vogt" -> "Lena Vogt", "Culture Minister Anna Ricci"
    -> "Anna Ricci" (the title becomes the role)."""
    start, end = tokens
    if mention.label == "PER":
        titled = [j for j in range(start, end - 1) if _title(doc.nlp[j], doc.language)]
        if titled and all(doc.nlp[j].text[:1].isupper() for j in range(start, titled[-1])):
            start = titled[-1] + 1
    if start == tokens[0]:
        return mention, tokens
    last = doc.nlp[end - 1]
    span = doc.span(doc.nlp[start].idx, min(mention.span.end, last.idx + len(last.text)))
    return Mention(span, mention.label, kb=mention.kb), (start, end)


def _title(token, lang: str) -> bool:
    """A role noun or honorific written before a name ("Papa", "Queen", "Dr", "sen.")."""
    words, _ = role_words(lang)
    low = token.lower_
    return low in words or low in honorifics(lang) or low.rstrip(".") in honorifics(lang)


def _common_word(ent) -> bool:
    """A one-word "name" that is a capitalised function word or verb ("Nella", "Crediamo"),
    or a common noun capitalised only because it opens the sentence ("Accuse")."""
    if len(ent) != 1:
        return False
    token = ent[0]
    return token.is_stop or token.pos_ in _NOT_NAMES or (_opens(token) and token.pos_ in ("NOUN", "ADJ"))


def _opens(token) -> bool:
    """The token opens a sentence or a quotation, where any word is capitalised («Truffa»)."""
    if token.is_sent_start:
        return True
    prev = token.nbor(-1) if token.i > 0 else None
    return prev is not None and (prev.is_quote or prev.text in ("«", "“", "\"", ":"))


def _without_overlaps(from_kb, from_ner):
    """The pipeline's mentions, except where a knowledge-base name covers them whole
    ("Kim Jong-un" over "Kim Jong") or known names fill them ("Cremlino Dmitry Peskov" is
    "Cremlino" and "Dmitry Peskov"); knowledge-base names nothing else covers."""
    kept: list = []
    for mention, tokens in from_ner:
        covering = [k for k in from_kb if k[0].span.start <= mention.span.start and mention.span.end <= k[0].span.end
                    and k[0].span.end - k[0].span.start > mention.span.end - mention.span.start]
        inside = [k for k in from_kb if mention.span.start <= k[0].span.start and k[0].span.end <= mention.span.end]
        if covering or _tiled(mention, inside) or _known_head(mention, inside):
            continue
        tail = _known_tail(mention, inside)
        if tail is not None:  # "ministero degli Esteri Maria Zakharova": a known person ends it
            head = _trim_span(mention, tail)
            if head is not None:
                kept.append((head, (tokens[0], tail[1][0])))
            continue
        kept.append((mention, tokens))
    for mention, tokens in sorted(from_kb, key=lambda k: k[0].span.start - k[0].span.end):  # longest first
        if not any(k[0].span.start < mention.span.end and mention.span.start < k[0].span.end for k in kept):
            kept.append((mention, tokens))
    return kept


def _events_and_works(doc: Document, found) -> list:
    """Names that open or close with an event's, prize's or treaty's word are MISC ("Coppa
    Davis", "Atp Finals", "Trattato di Lisbona"); the statistical NER knows no MISC. Where the
    NER left the head word out ("Coppa" before "Davis"), the name takes it back."""
    heads = load_json(doc.language, "entities/misc.json")
    first, last = heads.get("first", []), set(heads.get("last", []))
    if not (first or last):
        return found
    alone = set(heads.get("alone", []))
    out = []
    for mention, (a, b) in _titles_in_quotes(doc, found, set(heads.get("works", []))):
        head = _event_head(doc, a, first, set(heads.get("of", []))) if mention.label != "MISC" else None
        if head is not None:  # "Coppa" + "Davis", "Giro" + "d'" + "Italia": the event, not the country
            mention, a = Mention(doc.span(doc.nlp[head].idx, mention.span.end), "MISC", role=mention.role), head
        text = mention.span.text
        if not mention.kb and mention.label != "MISC" and (text in alone or (" " in text and (
                text.rsplit(" ", 1)[1] in last or any(text.startswith(f + " ") for f in first)))):
            mention.label = "MISC"
        out.append((mention, (a, b)))
    return out + _unnamed_events(doc, out, last, alone)


QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "‘": "’"}
TITLE_MAX_TOKENS = 12
TITLE_UNNAMED_MAX = 6  # a title in quotation marks with no kind word before it: short, and no verb in it


def _titles_in_quotes(doc: Document, found, works: set[str]) -> list:
    """A capitalised title in quotation marks right after a kind word of works (misc.json
    "works"), maybe with an adjective between: il film «Le case di vetro», il nuovo singolo
    "Vento", l'operazione «Mare aperto». The title is one MISC name; names inside it go."""
    tokens, titles = doc.nlp, []
    for token in tokens:
        close = QUOTE_PAIRS.get(token.text)
        if close is None or token.i + 1 >= len(tokens) or not tokens[token.i + 1].text[:1].isupper():
            continue
        i = token.i - 1
        if i >= 0 and tokens[i].pos_ == "ADJ" and tokens[i].text.islower():
            i -= 1
        named = i >= 0 and tokens[i].lower_ in works and tokens[i].text.islower()
        end = next((j for j in range(token.i + 1, min(len(tokens), token.i + 2 + TITLE_MAX_TOKENS))
                    if tokens[j].text == close), None)
        if end is None or end == token.i + 1 or any(t.is_sent_start for t in tokens[token.i + 2:end]):
            continue
        inner = tokens[token.i + 1:end]
        if not named and (len(inner) < 2 or len(inner) > TITLE_UNNAMED_MAX or token.i == 0
                          or tokens[token.i - 1].is_punct or tokens[token.i - 1].pos_ == "DET"
                          or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in inner)):
            continue  # a quotation or a headline, not a title: «È una giornata che …», – «Una visita storica»
        last = tokens[end - 1]
        titles.append((Mention(doc.span(tokens[token.i + 1].idx, last.idx + len(last.text)), "MISC"), (token.i + 1, end)))
    if not titles:
        return found
    covered = _taken(titles)
    return [x for x in found if covered.isdisjoint(range(*x[1]))] + titles


def _event_head(doc: Document, a: int, heads: list[str], of: set[str]) -> int | None:
    """Where an event's head (one word or more) stands just before token ``a``, directly or
    across a preposition of ``of`` ("Coppa Davis", "Giro d'Italia", "Gran Premio d'Italia",
    "Trattato di Lisbona"; not "Mondiali in Thailandia")."""
    ends = [a] + ([a - 1] if a > 0 and doc.nlp[a - 1].text in of else [])
    for end in ends:
        for head in sorted(heads, key=lambda h: -len(h.split())):
            words = head.split()
            if end - len(words) >= 0 and [t.text for t in doc.nlp[end - len(words):end]] == words:
                return end - len(words)
    return None


def _unnamed_events(doc: Document, found, last: set[str], alone: set[str]) -> list:
    """Capitalised words closed by an event's word that the NER left out altogether
    ("Champions League", "Davis Cup"), and the words that name an event or a law alone
    ("Mondiali", "Costituzione"): KIND, the NER's training data, does not annotate them."""
    taken = _taken(found)
    out = []
    for token in doc.nlp:
        if token.text in alone and token.i not in taken:
            out.append((Mention(doc.span(token.idx, token.idx + len(token.text)), "MISC"), (token.i, token.i + 1)))
            continue
        if token.text not in last or token.i in taken:
            continue
        a = token.i
        while a > 0 and a - 1 not in taken and doc.nlp[a - 1].text[:1].isupper() and not doc.nlp[a - 1].is_stop \
                and not _opens(doc.nlp[a]):
            a -= 1
        if a < token.i:
            span = doc.span(doc.nlp[a].idx, token.idx + len(token.text))
            out.append((Mention(span, "MISC"), (a, token.i + 1)))
            taken.update(range(a, token.i + 1))
    return out


def _bodies_by_their_words(doc: Document, found) -> None:
    """A name the NER took for a person's or a place's that holds an organisation's word
    ("Banca Ardesia", "Virtus Volley Brenta"; resources entities/parole_org.txt) is a body's; a
    person's that holds a place's word ("Moda Arena"; entities/parole_luogo.txt), a place's."""
    places = load_set(doc.language, "entities/parole_luogo.txt")
    for mention, _ in found:
        if mention.kb or " " not in mention.span.text:
            continue
        if mention.label in ("PER", "LOC") and _bodies_words(mention.span.text, doc.language):
            mention.label = "ORG"
        elif mention.label == "PER" and any(w in places for w in mention.span.text.split()):
            mention.label = "LOC"  # "Moda Arena", "Stelvio Pass"


def _coordinated(doc: Document, found) -> list:
    """Two names the NER joined across a conjunction are two: "Bormio e Livigno" (places),
    "Marco e Luca" (people). Known names that hold one stay whole ("Trinidad e Tobago")."""
    out = []
    for mention, (a, b) in found:
        joins = [j for j in range(a + 1, b - 1) if doc.nlp[j].pos_ == "CCONJ" and doc.nlp[j].text.islower()]
        if mention.kb or mention.label not in ("PER", "LOC") or not joins or known_place(mention.span.text, doc.language):
            out.append((mention, (a, b)))
            continue
        for s, e in zip([a, *(j + 1 for j in joins)], [*joins, b], strict=True):
            if e > s and doc.nlp[s].text[:1].isupper():
                last = doc.nlp[e - 1]
                label = "LOC" if mention.label == "LOC" or known_place(doc.text[doc.nlp[s].idx:last.idx + len(last.text)],
                                                                       doc.language) else "PER"
                out.append((Mention(doc.span(doc.nlp[s].idx, last.idx + len(last.text)), label), (s, e)))
    return out


def _split_at_people(doc: Document, found) -> list:
    """A known name, a place or a street the NER ran on into a person's name is two names:
    "Commissione europea Ursula von der Leyen", "via Molise Daniele Pitton", "Roma Mikkel
    Sørensen". The person starts at a known first name followed by a capitalised word."""
    first_names = load_set(doc.language, "entities/nomi_persona.txt", lower=True)
    streets = load_set(doc.language, "entities/teste_nome.txt")
    particles = set(load_json("xx", "names.json").get("surname_particles", []))
    tokens, kb, out = doc.nlp, knowledge_base(), []
    taken = _taken(found)
    for mention, (a, b) in found:
        cut = None if mention.label == "PER" else next(
            (i for i in range(a + 1, min(b, len(tokens) - 1)) if tokens[i].lower_ in first_names and tokens[i].is_title
             and (tokens[i + 1].text[:1].isupper() or tokens[i + 1].text in particles)), None)
        head = tokens[a:cut] if cut else None
        entries = kb.lookup(head.text) if head is not None else []
        if head is None or not (len(entries) == 1 or (tokens[a].text in streets and len(head) > 1)):
            out.append((mention, (a, b)))
            continue
        entry = entries[0] if len(entries) == 1 else None
        out.append((Mention(doc.span(head.start_char, head.end_char), entry.type if entry else "LOC",
                            kb=entry.id if entry else None), (a, cut)))
        end = b
        while end < len(tokens) and end not in taken and (tokens[end].is_title or tokens[end].text in particles):
            end += 1  # the surname the NER left outside: "via Molise Daniele" + "Pitton"
        while end > b and tokens[end - 1].text in particles:
            end -= 1
        out.append((Mention(doc.span(tokens[cut].idx, tokens[end - 1].idx + len(tokens[end - 1].text)), "PER"), (cut, end)))
    return out


def _federation_word(token) -> bool:
    """A union federation's short name before its confederation's ("Filt", "FIOM")."""
    return token.is_alpha and token.text[:1].isupper() and len(token.text) <= 5 and not token.is_sent_start \
        and token.pos_ not in _NOT_NAMES


def _year(token) -> bool:
    return token.is_digit and len(token.text) == 4 and token.text[:2] in ("19", "20")


A_THE = {"allo", "alla", "alle", "agli", "ai"}  # "Agenzia italiana per la cooperazione allo sviluppo"
OF_THE = ("di", "del", "dello", "della", "dell'", "dell’", "dei", "degli", "delle", "d'", "d’", "of", "of the")
TO = ("a", "al", "allo", "alla", "all'", "all’", "ai", "agli", "alle")


def _bodies_of_bodies(doc: Document, found) -> list:
    """A body of another known body is two names ("Consiglio di sicurezza delle Nazioni Unite",
    "Commissione dell'Unione africana", "Corte di giustizia dell'Unione europea"), and so are two
    bodies the NER joined across "a"/"alla" ("Sib alla Fiba Confesercenti")."""
    tokens, kb, out = doc.nlp, knowledge_base(), []
    for mention, (a, b) in found:
        split = None
        if mention.label == "PER" and b - a >= 4:  # "Marco Rinaldi della Fiom": the person, then the body
            split = _person_of_body(doc, mention, (a, b))
            if split:
                out.extend(split)
                continue
        if mention.label == "ORG" and b - a >= 3 and len(kb.lookup(mention.span.text)) != 1:  # not a known whole
            for j in range(b - 2, a, -1):
                word = tokens[j].lower_
                tail = tokens[j + 1:b]
                if word in OF_THE and tokens[j + 1].text[:1].isupper():
                    entries = kb.lookup(tail.text)
                    if len(entries) == 1 and entries[0].type == "ORG" and tokens[a].text[:1].isupper():
                        split = (j, entries[0])
                    break
                if word in TO and tokens[j + 1].text[:1].isupper() and tokens[j - 1].text[:1].isupper():
                    split = (j, None)
                    break
        if split is None:
            out.append((mention, (a, b)))
            continue
        j, entry = split
        head, tail = tokens[a:j], tokens[j + 1:b]
        head_entries = kb.lookup(head.text)
        head_kb = head_entries[0].id if len(head_entries) == 1 and head_entries[0].type == "ORG" else None
        out.append((Mention(doc.span(head.start_char, head.end_char), "ORG", kb=head_kb), (a, j)))
        out.append((Mention(doc.span(tail.start_char, tail.end_char), "ORG", kb=entry.id if entry else None), (j + 1, b)))
    return out


UNION_KINDS = ("association", "party")  # knowledge-base kinds a federation's short name may precede ("Filt Cgil")
def _person_of_body(doc: Document, mention: Mention, tokens: tuple[int, int]) -> list | None:
    """The person and the body of a person's name run on into "della/del …" and a known body
    or an acronym ("Marco Rinaldi della Fiom"); None for a name such as "Piero della Francesca"."""
    a, b = tokens
    for j in range(a + 2, b - 1):
        tail = doc.nlp[j + 1:b]
        if doc.nlp[j].text not in OF_THE[1:]:
            continue
        bodies = [e for e in knowledge_base().lookup(tail.text) if e.type == "ORG"]
        if bodies or _looks_like_acronym(tail.text):
            person = doc.span(mention.span.start, doc.nlp[j - 1].idx + len(doc.nlp[j - 1].text))
            return [(Mention(person, "PER", role=mention.role), (a, j)),
                    (Mention(doc.span(tail.start_char, tail.end_char), "ORG",
                             kb=bodies[0].id if len(bodies) == 1 else None), (j + 1, b))]
    return None


ARABIC_ARTICLES = ("Al", "El")  # the only particles a place's name opens with ("Al Haouz"); "La Germania" is an article


def _branches_and_particles(doc: Document, found) -> list:
    """Three boundary fixes, with words from resources/<lang>/entities/:
    a body followed straight by a place is its branch, one name ("Coldiretti Calabria");
    "Comune di Vicenza" is the town alone (the word is a generic one, teste_comune.txt);
    a surname's or a place's capitalised particle the NER left out goes in ("Lo Presti",
    "Al Haouz"; particelle.txt)."""
    tokens = doc.nlp
    generic = load_set(doc.language, "entities/teste_comune.txt")
    particles = load_set(doc.language, "entities/particelle.txt")
    starts = {a: (m, b) for m, (a, b) in found}
    taken = _taken(found)
    out, skip = [], set()
    for mention, (a, b) in sorted(found, key=lambda x: x[1][0]):
        if id(mention) in skip:
            continue
        nxt = starts.get(b)
        entry, after = _kb_entry(mention.kb), _kb_entry(nxt[0].kb) if nxt else None
        before = tokens[a - 1] if a > 0 else None
        if entry is not None and entry.kind in UNION_KINDS and before is not None and a - 1 not in taken \
                and _federation_word(before) and doc.text[before.idx + len(before.text):mention.span.start] == " ":
            # "Filt Cgil", "Fim Cisl": a union's federation, one name
            out.append((Mention(doc.span(tokens[a - 1].idx, mention.span.end), "ORG"), (a - 1, b)))
            continue
        if after is not None and after.kind in UNION_KINDS and b - a == 1 and not mention.kb \
                and doc.text[mention.span.end:nxt[0].span.start] == " " and _federation_word(tokens[a]):
            skip.add(id(nxt[0]))  # "Fiom Cgil" typed PER + ORG
            out.append((Mention(doc.span(mention.span.start, nxt[0].span.end), "ORG"), (a, nxt[1])))
            continue
        if mention.label == "LOC" and b < len(tokens) and _year(tokens[b]) \
                and doc.text[mention.span.end:tokens[b].idx] == " ":
            out.append((Mention(doc.span(mention.span.start, tokens[b].idx + len(tokens[b].text)), "MISC"), (a, b + 1)))
            continue  # "Los Angeles 2028", "Roma 2024": the games or the fair of that year
        if mention.label == "ORG" and nxt and nxt[0].label == "LOC" \
                and doc.text[mention.span.end:nxt[0].span.start] == " " and tokens[a].text[:1].isupper() \
                and " " not in mention.span.text and not known_place(mention.span.text, doc.language):
            end = nxt[0].span.end
            skip.add(id(nxt[0]))
            out.append((Mention(doc.span(mention.span.start, end), "ORG", role=mention.role), (a, nxt[1])))
            continue
        if mention.label == "ORG" and b - a >= 3 and tokens[a].text in generic and tokens[a + 1].lower_ in ("di", "of"):
            place = tokens[a + 2:b]
            if known_place(place.text, doc.language):
                out.append((Mention(doc.span(place.start_char, place.end_char), "LOC"), (a + 2, b)))
                continue
        if a > 1 and tokens[a - 1].text in particles and not mention.kb and not tokens[a - 1].is_sent_start \
                and (mention.label == "PER" or (mention.label == "LOC" and tokens[a - 1].text in ARABIC_ARTICLES)) \
                and not tokens[a - 2].is_punct and not tokens[a - 2].is_space \
                and a - 1 not in taken:
            out.append((Mention(doc.span(tokens[a - 1].idx, mention.span.end), mention.label, kb=mention.kb,
                                role=mention.role), (a - 1, b)))
            continue
        out.append((mention, (a, b)))
    return [x for x in out if id(x[0]) not in skip]


def _datelines(doc: Document, found) -> list:
    """A dateline's place in capitals at the head of the article or of a paragraph ("BARI –",
    "CAYENNE, French Guiana —") is a place mention, whatever the NER made of it."""
    tokens, out = doc.nlp, list(found)
    for i, token in enumerate(tokens):
        if i > 0 and not (tokens[i - 1].is_space and "\n" in tokens[i - 1].text):
            continue
        e = i
        while e < len(tokens) and tokens[e].is_alpha and tokens[e].is_upper and len(tokens[e].text) > 1:
            e += 1
        if e == i or e >= len(tokens) or tokens[e].text not in (",", "–", "—", "-", "("):
            continue
        last = tokens[e - 1]
        surface = doc.text[token.idx:last.idx + len(last.text)]
        small = _rules_function_words()
        written = " ".join(w.lower() if w.lower() in small else w.capitalize() for w in surface.split())
        if known_place(written, doc.language):  # "GIOIA DEL COLLE" -> "Livigno di Cadore"
            out = [(m, t) for m, t in out if not (t[0] < e and i < t[1])]
            out.append((Mention(doc.span(token.idx, last.idx + len(last.text)), "LOC"), (i, e)))
    return sorted(out, key=lambda x: x[1][0])


LONG_BODY_MAX = 10  # tokens a body's name may run on for after the NER stopped


def _long_bodies(doc: Document, found) -> list:
    """A body's name the NER cut short goes on through "di"/"della"... phrases ("Agenzia di
    tutela" + "della salute della Val Padana", "Istituto zooprofilattico sperimentale" + "della
    Lombardia e dell'Emilia-Romagna", "Consiglio europeo" + "della ricerca"), taking in the names
    it covers, when the rest of it is lower-case description after an organisation's word
    (entities/parole_org.txt) or any capitalised head ("Consiglio europeo", "Corpo forestale")."""
    heads = load_set(doc.language, "entities/parole_org.txt")
    small = _rules_function_words()
    linking = {w for w in small if w.startswith(("d", "per", "of", "for"))} | A_THE  # not "al fine"
    calendar = load_json(doc.language, "calendar.json")
    dates = {w for words in calendar.values() for w in words}  # "di giugno" says when, not which body
    tokens = doc.nlp
    grown: dict[int, int] = {}
    for n, (mention, (a, b)) in enumerate(found):
        if mention.label != "ORG" or mention.kb or (tokens[a].text not in heads and b - a < 2) \
                or any(not t.text.islower() for t in tokens[a + 1:b]):
            continue  # "Banca Ardesia" + "di Torino": a named body, then where it is
        end = b
        while end < len(tokens) and end - b < LONG_BODY_MAX:
            i = end + 1 if tokens[end].lower_ in ("e", "and") else end
            if not (i < len(tokens) and tokens[i].pos_ == "ADP" and tokens[i].text.islower()
                    and tokens[i].lower_.rstrip("'’") in linking):
                break
            k = i + 1
            while k < len(tokens) and tokens[k].lower_ in small and tokens[k].pos_ == "DET":
                k += 1
            content = k
            while content < len(tokens) and not tokens[content].is_punct and not tokens[content].is_space and (
                    tokens[content].text[:1].isupper() or tokens[content].pos_ in ("NOUN", "ADJ")) \
                    and tokens[content].lower_ not in dates:
                content += 1
            if content == k:
                break
            end = content
        if end > b:
            grown[n] = end
    if not grown:
        return found
    out, covered = [], set()
    for n, (mention, (a, b)) in enumerate(found):
        if n in grown:
            last = tokens[grown[n] - 1]
            mention, b = Mention(doc.span(mention.span.start, last.idx + len(last.text)), "ORG"), grown[n]
            covered.update(range(a, b))
        out.append((mention, (a, b)))
    return [(m, (a, b)) for n, (m, (a, b)) in enumerate(out) if n in grown or not covered.intersection(range(a, b))]


def _with_surnames(doc: Document, found) -> list:
    """A person's one-word name the NER took alone, followed by capitalised words, takes them
    as its surname when it is a known first name or the next word is a proper noun: "Giorgio
    Sacchi" (the NER stops before a surname that is also a common word, "sacchi"), "Rashid
    Al-Mansouri", "Marco van der Berg". Two person names back to back are one."""
    first_names = load_set(doc.language, "entities/nomi_persona.txt", lower=True)
    particles = _rules_function_words()
    taken = _taken(found)
    out: list = []
    for mention, (a, b) in found:
        if mention.label == "PER" and b - a == 1 and b < len(doc.nlp) and (
                mention.span.text.lower() in first_names or doc.nlp[b].pos_ == "PROPN"):
            end = b
            while end < len(doc.nlp) and end - b < 4 and end not in taken and (
                    _surname_word(doc.nlp[end]) or _particle_before_surname(doc.nlp, end, particles)):
                end += 1
            if end > b and _surname_word(doc.nlp[end - 1]) and not doc.nlp[end - 1].is_stop:
                last = doc.nlp[end - 1]
                mention = Mention(doc.span(mention.span.start, last.idx + len(last.text)), "PER", kb=mention.kb)
                b = end
        if mention.label == "PER" and b + 1 < len(doc.nlp) and doc.nlp[b].text in "-‐" and doc.nlp[b + 1].is_alpha \
                and not doc.nlp[b - 1].whitespace_ and not doc.nlp[b].whitespace_ and b + 1 not in taken:
            last = doc.nlp[b + 1]  # "Park Ji" + "-woo": a hyphenated given name
            mention = Mention(doc.span(mention.span.start, last.idx + len(last.text)), "PER", kb=mention.kb)
            b += 2
        previous = out[-1] if out else None
        if previous and previous[0].label == mention.label == "PER" and not previous[0].kb and not mention.kb \
                and _adjacent(doc, previous[1][1], a):  # "Pieter" + "Paul Rubens", "Rashid Al" + "-" + "Noaimi"
            span = doc.span(previous[0].span.start, mention.span.end)
            out[-1] = (Mention(span, "PER"), (previous[1][0], b))
            continue
        out.append((mention, (a, b)))
    return out


def _surname_word(token) -> bool:
    """A capitalised word that may be a surname, hyphenated ones too ("Al-Mansouri")."""
    return token.text[:1].isupper() and token.text.replace("-", "").isalpha() and not token.is_sent_start \
        and token.pos_ != "VERB"


def _particle_before_surname(tokens, i: int, particles) -> bool:
    """"van", "der", "de", "al" inside a name, before its capitalised end ("Marco van der Berg")."""
    return tokens[i].text in particles and i + 1 < len(tokens) and (
        _surname_word(tokens[i + 1]) or tokens[i + 1].text in particles)


def _adjacent(doc: Document, end: int, start: int) -> bool:
    """Token ``start`` follows token ``end - 1`` directly, or across hyphens with no space."""
    if start == end:
        return True
    between = doc.nlp[end:start]
    return start > end and all(t.text in "-‐" for t in between) and \
        not any(doc.nlp[i].whitespace_ for i in range(end - 1, start - 1))


ACRONYM_LETTERS = (2, 7)


def _acronyms_left_out(doc: Document, found) -> list[tuple[Mention, tuple[int, int]]]:
    """Acronyms the NER missed, of a name the article spells out: in brackets right after it
    ("Agenzia regionale per la protezione ambientale del Veneto (Arpav)") and wherever they
    are written again, or the initials of one of its bodies ("Associazione nazionale magistrati"
    ... "Anm")."""
    tokens = doc.nlp
    taken = _taken(found)
    ending = {b: m for m, (a, b) in found if m.label in ("ORG", "MISC")}

    def acronym_like(t) -> bool:
        return t.i not in taken and t.is_alpha and t.text[:1].isupper() and \
            ACRONYM_LETTERS[0] <= len(t.text) <= ACRONYM_LETTERS[1]

    spelled = _spelled_out(found, tokens)
    for t in tokens:
        if acronym_like(t) and 2 <= t.i < len(tokens) - 1 and tokens[t.i - 1].text == "(" and tokens[t.i + 1].text == ")" \
                and t.i - 1 in ending:
            spelled[key(t.text)] = ending[t.i - 1].label
    out = []
    for t in tokens:
        label = spelled.get(key(t.text)) if acronym_like(t) else None
        if label is not None and (t.text.isupper() or t.pos_ == "PROPN" or t.text[1:].islower()):
            out.append((Mention(doc.span(t.idx, t.idx + len(t.text)), label), (t.i, t.i + 1)))
    return out


def _surnames_again(doc: Document, found) -> list[tuple[Mention, tuple[int, int]]]:
    """A person's surname written alone later in the article, where the NER saw no name
    ("Jannik Sinner ... Sinner ha vinto"): a name typed PER once stays PER in the article. So
    does a body's distinctive last word, written as a name ("Banco Popolare Valdostano ...
    Valdostano"), unless it names a known place."""
    last_words: dict[str, str] = {}
    for m, _ in found:
        words = m.span.text.split()
        if m.label in ("PER", "ORG") and len(words) > 1 and words[-1][:1].isupper():
            last_words.setdefault(words[-1], m.label)
    taken = _taken(found)
    out = []
    for token in doc.nlp:
        label = last_words.get(token.text)
        if label is None or len(token.text) <= 2 or token.i in taken:
            continue
        if label == "ORG" and (token.pos_ != "PROPN" or known_place(token.text, doc.language)):
            continue
        out.append((Mention(doc.span(token.idx, token.idx + len(token.text)), label), (token.i, token.i + 1)))
    return out


def _qualified(doc: Document, found) -> None:
    """Whose body a body named by description is, when the words right after it say so: a
    nationality ("il ministero della Cultura romeno") or "di" and a place ("il ministero della
    Cultura di Bucarest"). Resolution keeps such bodies apart from the unqualified ones."""
    demonyms = load_set(doc.language, "entities/nazionalita.txt")
    places = {a: m for m, (a, _) in found if m.label == "LOC"}
    tokens = doc.nlp
    for mention, (_, b) in found:
        if mention.label != "ORG" or mention.kb or b >= len(tokens):
            continue
        nxt = tokens[b]
        if nxt.text in demonyms:
            mention.qualifier = nxt.lower_
        elif nxt.lower_ in ("di", "of") and b + 1 in places:
            mention.qualifier = key(places[b + 1].span.text)


def _consistent_types(found, lang: str, doc_tokens) -> None:
    """Each name's type from what the article says of it, first rule that applies:
    a titled two- or three-word name is a person ("il generale Karim Haddad"); a kind word
    before it or in an apposition gives its type ("l'ospedale San Biagio", "la nave
    Stellamare"), to the same name elsewhere in the article too; an acronym takes the type of
    the name it spells out; a known place is the person where the article names a person of
    that surname ("Giuseppe Modica ... Modica ha detto"). Then, for one-word names: an acronym
    is a body's; a surname alone takes its full name's type ("Draghi" after "Mario Draghi");
    a body's first or last word alone the body's ("Ardesia" after "Banca Ardesia") unless it
    names a known place; a town's name typed as a person is the town unless a title or a first
    name says person; a name typed as a person after "in" (or "a" not after a verb) is a place,
    there and elsewhere in the article. Other names keep the type their context gives them:
    "la Cina" may be a place in one sentence and a government in the next."""
    persons = {key(m.span.text).split()[-1] for m, _ in found if m.label == "PER" and len(key(m.span.text).split()) > 1}
    bodies = {w for m, _ in found if m.label == "ORG" and len(m.span.text.split()) > 1
              for w in (m.span.text.split()[0], m.span.text.split()[-1]) if w[:1].isupper()}
    locative = load_set(lang, "entities/preposizioni_luogo.txt")
    kinds = _kind_words(lang)
    spelled_out = _spelled_out(found, doc_tokens)
    kinds_found = [None if m.kb else _kind_label(doc_tokens, tokens, kinds) for m, tokens in found]
    named_kinds = {key(m.span.text): label for (m, _), label in zip(found, kinds_found, strict=True) if label}
    first_names = load_set(lang, "entities/nomi_persona.txt", lower=True)
    placed: set[str] = set()
    club_articles = load_set(lang, "entities/articoli_squadra.txt")
    articles = load_set(lang, "articles.txt")
    only_places = load_set(lang, "entities/preposizioni_solo_luogo.txt")  # "in"; "a" not after a verb ("chiede a Bianchi")
    for (mention, tokens), kind in zip(found, kinds_found, strict=True):
        k = key(mention.span.text)
        if mention.label == "ORG" and not mention.kb and 2 <= len(k.split()) <= 3 \
                and (_titled(doc_tokens, tokens, lang) or k.split()[0] in first_names) \
                and all(w[:1].isupper() for w in mention.span.text.split()) and not _bodies_words(mention.span.text, lang):
            mention.label = "PER"  # "la direttrice generale Lucia Ferri", "il generale Karim Haddad"
            continue
        kind = kind or (named_kinds.get(k) if k not in persons and not mention.kb else None)
        if kind:  # "l'ospedale San Biagio", "la cooperativa sociale Girasole", "la nave Stellamare", and the name again
            mention.label = kind
            continue
        if not mention.kb and k in spelled_out:
            mention.label = spelled_out[k]  # "Associazione nazionale comuni italiani (Anci)", "Anci" again
            continue
        entry = _kb_entry(mention.kb)
        if entry is not None and k in persons and mention.label in ("LOC", "PER") and tokens[0] > 0 \
                and doc_tokens[tokens[0] - 1].lower_ not in locative and entry.type == "LOC":
            # "Giuseppe Modica ... Modica ha detto", "cross di Colombo"; not "a Catania"
            mention.label, mention.kb = "PER", None
            continue
        if entry is not None and entry.kind in ("city", "capital") and _club(doc_tokens, tokens, club_articles) \
                and not _named_with_article(entry, articles):
            mention.label, mention.kb = "ORG", None  # "la Roma", "il Milan", "contro il Bologna": the club
            continue
        if entry is not None and mention.label == "PER" and entry.type == "LOC":
            mention.label = "LOC"  # the known place itself: "è volata a Colombo"
        if mention.kb or " " in k:
            continue
        if mention.label in ("LOC", "PER") and _looks_like_acronym(mention.span.text) \
                and not known_place(mention.span.text, lang):
            mention.label = "ORG"  # "l'Asp", "la CCM": an acronym is a body's, unless a known place's ("Usa")
        elif k in persons:
            mention.label = "PER"
        elif mention.span.text in bodies and mention.label != "ORG" and not known_place(mention.span.text, lang):
            mention.label = "ORG"
        elif mention.label in ("PER", "ORG") and known_place(mention.span.text, lang, main_only=True):
            mention.label = "LOC"  # "a Aversa": a town's name alone (no person of that surname here) is the town
        elif mention.label == "PER" and known_place(mention.span.text, lang) and (
                (tokens[0] > 0 and doc_tokens[tokens[0] - 1].lower_ in locative)
                or not (_titled(doc_tokens, tokens, lang) or k in first_names)):
            mention.label = "LOC"  # "a Bosa", "il sindaco di Bosa": a smaller town no person here is named after
        elif mention.label == "PER" and k not in first_names and tokens[0] > 1 and (
                doc_tokens[tokens[0] - 1].lower_ in only_places or (
                    doc_tokens[tokens[0] - 1].lower_ in locative and doc_tokens[tokens[0] - 2].pos_ not in ("VERB", "AUX"))):
            placed.add(k)  # "in Yamal", "il valico a Nasib": a place of no gazetteer, where the article says so
    for mention, tokens in found:  # and the same name elsewhere in the article, unless a title makes it a person
        k = key(mention.span.text)
        if k in placed and mention.label == "PER" and not mention.kb and not _titled(doc_tokens, tokens, lang):
            mention.label = "LOC"


def _spelled_out(found, doc_tokens) -> dict[str, str]:
    """Acronyms (as keys) of the article's bodies and named things, with their type: the word in
    brackets right after the name ("Centro europeo per le operazioni spaziali (Esoc)"), or the
    name's initials ("Istituto superiore di sanità" -> "iss")."""
    out: dict[str, str] = {}
    ending = {b: m for m, (_, b) in found if m.label in ("ORG", "MISC")}
    for m, _ in found:
        if m.label in ("ORG", "MISC") and len(name_tokens(m.span.text)) >= 2:
            initials = acronym(m.span.text)
            if len(initials) >= 3:
                out.setdefault(initials, m.label)
    for m, (a, b) in found:
        if " " not in m.span.text and a >= 2 and doc_tokens[a - 1].text == "(" and a - 1 in ending \
                and b < len(doc_tokens) and doc_tokens[b].text == ")":
            out[key(m.span.text)] = ending[a - 1].label
    return out


def _bodies_words(surface: str, lang: str) -> bool:
    words = load_set(lang, "entities/parole_org.txt")
    return any(w in words for w in surface.split())


def _kind_words(lang: str) -> dict[str, str]:
    """Lower-case kind words and the type they give the name right after them: bodies' (ORG,
    entities/teste_ente.txt), places' (LOC, teste_luogo.txt: "il fiume Po") and works' or named
    things' (MISC, misc.json "works": "la nave Stellamare", "il satellite Sentinel-2", "la legge Fornero")."""
    out = {w: "MISC" for w in load_json(lang, "entities/misc.json").get("works", [])}
    out.update((w, "LOC") for w in load_set(lang, "entities/teste_luogo.txt"))
    out.update((w, "ORG") for w in load_set(lang, "entities/teste_ente.txt"))
    return out


def _kind_label(doc_tokens, tokens: tuple[int, int], kinds: dict[str, str]) -> str | None:
    """The type a kind word right before the name gives it, maybe with one or two adjectives
    between ("l'ospedale San Biagio", "la ong tedesca MareAperto", "the carmaker Volvo"), or a
    kind word in an apposition right after it ("Ortensa, la società genovese", "la Stellamare, la nave …")."""
    start, end = tokens
    i = start - 1
    while i >= 0 and start - i <= 3 and doc_tokens[i].pos_ == "ADJ" and doc_tokens[i].text.islower():
        i -= 1
    if i >= 0 and doc_tokens[i].text.islower() and doc_tokens[i].lower_ in kinds:
        return kinds[doc_tokens[i].lower_]
    after = doc_tokens[end:end + 3]
    if len(after) == 3 and after[0].text == "," and after[1].pos_ == "DET" and after[2].text.islower():
        return kinds.get(after[2].text)
    return None


def _club(doc_tokens, tokens: tuple[int, int], articles: set[str]) -> bool:
    """A city's one-word name after a definite article and not before a lower-case adjective:
    "la Roma", "il Milan" (entities/articoli_squadra.txt); not "la Roma antica"."""
    a, b = tokens
    if b - a != 1 or a == 0 or doc_tokens[a - 1].lower_ not in articles:
        return False
    return b >= len(doc_tokens) or not (doc_tokens[b].pos_ == "ADJ" and doc_tokens[b].text.islower())


def _named_with_article(entry, articles: set[str]) -> bool:
    """The place's name takes an article: "Il Cairo" ("al Cairo"), "L'Aia", "La Spezia"."""
    forms = (*entry.names.values(), *entry.aliases)
    return any(f.split()[0].lower() in articles or f[:2].lower() in ("l'", "l’") for f in forms if f)


def _kb_entry(kb_id: str | None):
    """The knowledge-base entry a mention links to, or None."""
    return knowledge_base().entries.get(kb_id) if kb_id else None


def _looks_like_acronym(surface: str) -> bool:
    """"Asp", "CCM"; not two capitals, which are as often a province or a country code ("Seregno (MB)")."""
    return len(surface) > 2 and (is_acronym(surface) or (surface.isupper() and surface.isalpha() and len(surface) <= 6))


def _titled(doc_tokens, tokens: tuple[int, int], lang: str) -> bool:
    """The name has a role or an honorific right before it ("il sindaco Modica", "dott. Rizzo")."""
    sent = doc_tokens[tokens[0]].sent
    before = doc_tokens[tokens[0] - 1] if tokens[0] > sent.start else None
    if before is not None and before.lower_ in honorifics(lang):
        return True
    return role_before(list(sent), tokens[0] - sent.start, lang) is not None


def known_place(surface: str, lang: str, main_only: bool = False) -> bool:
    """A place of the knowledge base or of the gazetteers ("Como", "Aversa"); ``main_only``
    leaves out the smaller towns and the world's cities, many of which are also surnames."""
    from ..models.features import lexicon

    if any(e.type == "LOC" for e in knowledge_base().lookup(surface)):
        return True
    groups = {"LOC"} if main_only else {"LOC", "TOWN", "CITY"}
    return any(n == len(surface.split()) for _, n in lexicon(lang, 2).matches(surface.split(), groups, min_words=1))


def _role(doc: Document, tokens: tuple[int, int]) -> str | None:
    sent = doc.nlp[tokens[0]].sent
    local = list(sent)
    start, end = tokens[0] - sent.start, tokens[1] - sent.start
    found = role_before(local, start, doc.language) or role_after(local, end, doc.language)
    if not found:
        return None
    a, b = local[found[0]], local[found[1] - 1]
    s, e = _trim(doc.text, a.idx, b.idx + len(b.text))
    return doc.text[s:e] if e > s else None


@stage("rassegna.entities.v1", needs=("text", "language", "nlp"), gives=("mentions",))
def make_entity_tagger() -> EntityTagger:
    return EntityTagger()
