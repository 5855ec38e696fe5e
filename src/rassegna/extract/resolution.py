"""Entity resolution across articles: one Entity behind every spelling of one name.

Mentions meet, in order of evidence, when they link to the same knowledge-base entry, have
the same folded spelling, or the same transliteration skeleton token by token (each token
at most one edit apart); an acronym meets the name whose initials it spells; a surname or
first name alone joins the one full name in its article, or else in its story, that ends
or starts with it. Candidates come from an index on token skeletons, so the cost grows
with the number of distinct names, not with its square. When in doubt, names stay apart.

Before that, a name found in one Italian article is looked for in the others about the same
event, where the language pipeline may have missed it (``_spread_names``). A body named by
description ("Guardia costiera") is kept within its story or, where the text says whose it is,
with that qualifier; the same described body in articles that share other names is one.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..kb import knowledge_base
from ..model import Corpus, Document, Entity, Mention
from ..pipeline import stage
from ..resources import load_set
from .entities import known_place
from .names import acronym, close, is_acronym, key, skeleton, token_skeleton, tokens

TYPE_ORDER = ("PER", "ORG", "LOC", "MISC")  # tie-break when votes on a name's type are even
VOWELS = frozenset("aeiou")
ACRONYM_MAX = 5  # a one-word name this short may be an acronym written in title case ("Kcna", "Onu")


@dataclass
class Name:
    """One distinct spelling (folded) and everything said of it. A lone surname or first
    name is a name only within its story (``scope``): the same surname in two stories may
    be two people."""

    key: str
    scope: str = ""
    mentions: list[tuple[Document, Mention]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.key}|{self.scope}"

    @cached_property  # read once every mention is in (resolve builds the names first)
    def kb(self) -> str | None:
        links = Counter(m.kb for _, m in self.mentions if m.kb)
        return links.most_common(1)[0][0] if links else None

    @cached_property
    def type(self) -> str:
        votes = Counter(m.label for _, m in self.mentions)
        return max(votes, key=lambda t: (votes[t], -TYPE_ORDER.index(t)))


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve(docs: list[Document]) -> list[Entity]:
    related = _Related(docs)
    _spread_names(docs, related)
    names: dict[str, Name] = {}
    # a one-word name is a person's (and kept within its story) when its story mostly types
    # it PER: "Bisenzio" typed PER in one article and LOC in the next is still one name
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    scoped_initials: set[tuple[str, str]] = set()  # (story, initials) of the bodies whose name depends on the story
    surnames: set[tuple[str, str]] = set()  # (story, surname) of the people its articles name in full
    described: set[int] = set()  # id() of the mentions of bodies named by description ("Guardia costiera")
    for doc in docs:
        story = doc.story or doc.id
        for mention in doc.mentions:
            k = key(mention.span.text)
            words = tokens(k)
            if k and len(words) == 1 and not mention.kb:
                votes[(story, k)][mention.label] += 1
            if mention.label == "PER" and len(words) > 1:
                surnames.add((story, words[-1]))
            if mention.label == "ORG" and not mention.kb and _every_country_has_one(mention.span.text, doc.language):
                described.add(id(mention))
                if len(words) > 1:
                    scoped_initials.add((story, acronym(mention.span.text)))
    name_of: dict[int, str] = {}  # id(mention) -> the id of its name
    for doc in docs:
        for mention in doc.mentions:
            k = key(mention.span.text)
            if not k:
                continue
            story = doc.story or doc.id
            vote = votes.get((story, k))
            scope = story if vote and max(vote, key=lambda t: (vote[t], -TYPE_ORDER.index(t))) == "PER" else ""
            if (story, k) in surnames and len(vote or ()) > 1:
                # a person of the story bears this name: the name typed as a person is the person, typed otherwise
                # it is something else ("il sindaco Modica" and "Modica", "Paola Serra" and "il ddl Serra")
                scope = story if mention.label == "PER" else ""
            if id(mention) in described or (mention.label == "ORG" and not mention.kb and (story, k) in scoped_initials
                                            and is_acronym(mention.span.text)):
                # "Guardia costiera", "Parlamento", and "Asp" for "Azienda sanitaria provinciale": whose depends on
                # the story, unless the text says whose ("il ministero della Cultura romeno")
                scope = f"of {mention.qualifier}" if mention.qualifier else story
            elif mention.label == "ORG" and not mention.kb and len(tokens(k)) == 1 and any(
                    e.type == "LOC" for e in knowledge_base().lookup(mention.span.text)):
                scope = "body"  # "la Roma" the club, never Rome the city
            name = names.setdefault(f"{k}|{scope}", Name(k, scope))
            name.mentions.append((doc, mention))
            name_of[id(mention)] = name.id
    groups = _Union()
    full = [n for n in names.values() if len(tokens(n.key)) > 1 or n.kb or is_acronym(n.mentions[0][1].span.text)]
    _join_by_kb(full, groups)
    _join_by_skeleton(full, groups)
    _join_acronyms(names, groups)
    _join_bracketed(docs, name_of, groups)
    _join_one_word_spellings(names, groups)
    _join_short_names(names, groups, docs, related)
    _join_fuller_names(names, groups)
    _join_short_forms(names, groups)
    _join_scoped_across_related(names, groups, related)
    return _entities(names, groups)


def _join_scoped_across_related(names: dict[str, Name], groups: _Union, related: _Related) -> None:
    """A body named by description ("Polizia postale", "ministero della Salute") is kept within its
    story; but where the story grouping split one event, the same name in articles that share
    SHARED_NAMES other full or known names is the same body. Only the first RELATED_MAX_DOCS
    scopes of one name are compared, so a name common to the whole corpus costs no more."""
    by_key: dict[str, list[Name]] = defaultdict(list)
    for name in names.values():
        if name.scope and not name.scope.startswith("of ") and name.type != "PER":
            by_key[name.key].append(name)
    anchors = related.anchors
    for k, scoped in by_key.items():
        if len(scoped) < 2:
            continue
        scoped = scoped[:RELATED_MAX_DOCS]
        for i, a in enumerate(scoped):
            for b in scoped[i + 1:]:
                if groups.find(a.id) != groups.find(b.id) and any(
                        len((anchors[da.id] & anchors[db.id]) - {k}) >= SHARED_NAMES
                        for da, _ in a.mentions for db, _ in b.mentions):
                    groups.union(a.id, b.id)


def _every_country_has_one(surface: str, lang: str) -> bool:
    """A body named by description: its first word capitalised and the rest lower case
    ("Guardia costiera", "Consiglio di sicurezza nazionale"), or opening with a lower-case
    head ("ministero della Difesa"), or named by a common noun every
    country's body shares ("Parlamento"; resources entities/enti_di_ogni_paese.txt)."""
    words = surface.split()
    if len(words) == 1:
        return surface.lower() in load_set(lang, "entities/enti_di_ogni_paese.txt")
    if words[0].islower():  # "ministero della Difesa": every country has one
        return True
    return words[0][:1].isupper() and not any(w[:1].isupper() or w[:1].isdigit() for w in words[1:])


def _join_by_kb(names: list[Name], groups: _Union) -> None:
    by_kb: dict[str, str] = {}
    for name in names:
        if name.kb:
            groups.union(by_kb.setdefault(name.kb, name.id), name.id)


def _join_by_skeleton(names: list[Name], groups: _Union) -> None:
    """Names of as many tokens whose first tokens start alike meet when their skeletons match token
    by token. Only candidates are compared: names whose first tokens and whose last tokens are each
    equal or one edit apart (comparing every pair that starts alike grows with the square of the
    number of names)."""
    index: dict[tuple[str, int], dict[str, dict[str, list[_Spelled]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list)))
    for name in names:
        parts = tuple(skeleton(name.key).split())
        if len(parts) > 1:
            index[(parts[0][:2], len(parts))][parts[-1]][parts[0]].append(_Spelled(name, name.type, name.kb, parts))
    for by_last in index.values():
        for a, b in _candidates(by_last):
            if _same_person_or_thing(a, b):
                groups.union(a.name.id, b.name.id)
    # a two-word person's name in either order, within a story: "Kenji Sato", "Sato Kenji"
    swapped: dict[tuple[frozenset, str], str] = {}
    for name in names:
        parts = skeleton(name.key).split()
        if name.type == "PER" and len(parts) == 2 and parts[0] != parts[1]:
            for story in {doc.story or doc.id for doc, _ in name.mentions}:
                groups.union(swapped.setdefault((frozenset(parts), story), name.id), name.id)
    # the same letters split into words differently: "Mohammadali Karimi", "Mohammad Ali Karimi"
    solid: dict[tuple[str, str, str | None, str], str] = {}
    for name in names:
        words = name.key.split()  # small words kept: "Samir El Fassi" = "Samir Elfassi"
        if len(words) > 1:
            letters = "".join(token_skeleton(w) for w in words)
            groups.union(solid.setdefault((letters, name.type, name.kb, name.scope), name.id), name.id)


@dataclass(frozen=True)
class _Spelled:
    """A name with what the comparison reads, computed once."""

    name: Name
    type: str
    kb: str | None
    parts: tuple[str, ...]


def _candidates(by_last: dict[str, dict[str, list[_Spelled]]]) -> Iterator[tuple[_Spelled, _Spelled]]:
    """Each pair once whose last tokens and first tokens are each close (``by_last[last][first]``)."""
    for last_a, last_b in _close_keys(by_last, by_last):
        if last_a > last_b:
            continue
        firsts_a, firsts_b = by_last[last_a], by_last[last_b]
        for first_a, first_b in _close_keys(firsts_a, firsts_b):
            if last_a == last_b and first_a > first_b:
                continue
            group_a, group_b = firsts_a[first_a], firsts_b[first_b]
            same = group_a is group_b
            for i, a in enumerate(group_a):
                for b in group_a[i + 1:] if same else group_b:
                    yield a, b


def _close_keys(a: Iterable[str], b: Iterable[str]) -> set[tuple[str, str]]:
    """The pairs (x of a, y of b) that are equal or one edit apart: such tokens share a variant
    with at most one letter deleted."""
    by_variant: dict[str, list[str]] = defaultdict(list)
    for y in b:
        for variant in _deletions(y):
            by_variant[variant].append(y)
    return {(x, y) for x in a for variant in _deletions(x) for y in by_variant.get(variant, ()) if close(x, y)}


def _deletions(token: str) -> set[str]:
    return {token} | {token[:i] + token[i + 1:] for i in range(len(token))}


def _same_person_or_thing(a: _Spelled, b: _Spelled) -> bool:
    """Same type, no conflicting knowledge-base links, and at most ONE token one edit apart,
    never a person's first name by its final vowel alone (Mario/Maria, Giovanni/Giovanna: two
    people, not two spellings)."""
    if a.type != b.type or (a.kb and b.kb and a.kb != b.kb) or len(a.parts) != len(b.parts) \
            or a.name.scope != b.name.scope:  # "Guardia costiera" of one story and of another
        return False
    differ = [(x, y) for x, y in zip(a.parts, b.parts, strict=True) if x != y]
    if len(differ) > 1 or not all(close(x, y) for x, y in differ):
        return False
    # only the first name: Mario/Maria are two people; Adorni/Adorno after the same first name a spelling
    return not (a.type == "PER" and differ and differ[0] == (a.parts[0], b.parts[0]) and _final_vowel_only(*differ[0]))


def _final_vowel_only(x: str, y: str) -> bool:
    return len(x) == len(y) and x[:-1] == y[:-1] and x[-1] in VOWELS and y[-1] in VOWELS


def _join_acronyms(names: dict[str, Name], groups: _Union) -> None:
    by_initials: dict[str, list[Name]] = defaultdict(list)
    for name in names.values():
        if len(tokens(name.key)) >= 2 and name.type in ("ORG", "MISC"):
            by_initials[acronym(name.key)].append(name)
    for name in names.values():
        surface = name.mentions[0][1].span.text
        short = len(tokens(name.key)) == 1 and len(name.key) <= ACRONYM_MAX and name.type != "PER"
        if is_acronym(surface) or short:
            candidates = by_initials.get(key(surface).replace(" ", ""), [])
            if name.scope:  # "Asp" of one story: that story's "Azienda sanitaria provinciale"
                candidates = [n for n in candidates if n.scope == name.scope]
            matches = {groups.find(n.id) for n in candidates if _may_abbreviate(surface, n)}
            if len(matches) == 1:
                groups.union(name.id, matches.pop())


def _join_bracketed(docs: list[Document], name_of: dict[int, str], groups: _Union) -> None:
    """A name and the acronym in brackets right after it are one body, whatever the initials
    ("Confederazione europea di pallavolo (Cev)", "Centro europeo per le operazioni spaziali (Esoc)")."""
    for doc in docs:
        mentions = sorted(doc.mentions, key=lambda m: m.span.start)
        for a, b in zip(mentions, mentions[1:], strict=False):
            if a.label in ("ORG", "MISC") and doc.text[a.span.end:b.span.start] in ("(", " (") \
                    and doc.text[b.span.end:b.span.end + 1] == ")" and " " not in b.span.text \
                    and b.span.text[:1].isupper() and len(b.span.text) <= ACRONYM_MAX + 3 and len(tokens(a.span.text)) > 1:
                groups.union(name_of[id(a)], name_of[id(b)])


def _join_one_word_spellings(names: dict[str, Name], groups: _Union) -> None:
    """One-word names of places, bodies and things with the same transliteration skeleton and type
    ("Yaroslavl"/"Iaroslavl", "Dynamo"/"Dinamo"). People's one-word names are surnames, joined
    through their full names instead."""
    by_skeleton: dict[tuple[str, str, str], str] = {}
    for name in names.values():
        if name.type != "PER" and not name.kb and len(name.key.split()) == 1 and len(name.key) > ACRONYM_MAX:
            groups.union(by_skeleton.setdefault((skeleton(name.key), name.type, name.scope), name.id), name.id)


def _may_abbreviate(surface: str, name: Name) -> bool:
    """A known body whose knowledge-base entry gives its acronyms is abbreviated by those only:
    "FI" spells the initials of "Fratelli d'Italia", but its acronym is "FdI"."""
    known = _kb_acronyms(name.kb) if name.kb else frozenset()
    return not known or key(surface) in known


@cache
def _kb_acronyms(kb_id: str) -> frozenset[str]:
    """The acronym-like aliases of a knowledge-base entry ("FdI", "Bce"), as keys."""
    entry = knowledge_base().entries.get(kb_id)
    return frozenset(key(a) for a in entry.aliases if " " not in a and len(a) <= ACRONYM_MAX + 1
                     and (is_acronym(a) or sum(c.isupper() for c in a) > 1)) if entry else frozenset()


def _join_short_names(names: dict[str, Name], groups: _Union, docs: list[Document], related: _Related) -> None:
    """A surname or first name alone joins the one full name it abbreviates, nearest first: in
    its article, its story, or else the articles that share SHARED_NAMES other names with its
    own. A story's full names are indexed once, on first need, not read again for every short name."""
    stories: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        if doc.story:
            stories[doc.story].append(doc)
    in_story: dict[str, dict[str, set[str]]] = {}
    for name in names.values():
        if len(tokens(name.key)) != 1 or name.kb or name.type != "PER":
            continue
        short = skeleton(name.key)
        ambiguous = False
        for doc, _ in name.mentions:
            here = _full_names([doc]).get(short, ())
            target = _one_root(here, groups)
            if not target and doc.story:
                if doc.story not in in_story:
                    in_story[doc.story] = _full_names(stories[doc.story])
                here = in_story[doc.story].get(short, ()) or here
                target = _one_root(here, groups)
            if target:
                groups.union(name.id, target)
                break
            ambiguous = ambiguous or bool(here)
        else:
            if ambiguous:
                continue  # two full names in its story end so ("Anna Riva", "Luca Riva")
            target = _one_root({t for doc, _ in name.mentions for t in related.full_names(doc, short)}, groups)
            if target:
                groups.union(name.id, target)


SHARED_NAMES = 3  # other names two articles must share to count as reports of one event
RELATED_MAX_DOCS = 200  # articles with a given surname's full names read for one short name


class _Related:
    """Full person names in articles about the same event as a given one, in another story
    (the story grouping may have split an event): articles that share at least SHARED_NAMES
    other full or known names. Each index is built once, on first need."""

    def __init__(self, docs: list[Document]) -> None:
        self.anchors: dict[str, set[str]] = {
            doc.id: {key(m.span.text) for m in doc.mentions if m.kb or len(tokens(m.span.text)) > 1} for doc in docs}
        self.docs, self.by_id = docs, {d.id: d for d in docs}
        self.by_anchor: dict[str, list[Document]] | None = None
        self._by_last: dict[str, list[tuple[Document, str]]] | None = None

    @property
    def by_last(self) -> dict[str, list[tuple[Document, str]]]:
        if self._by_last is None:
            self._by_last = defaultdict(list)
            for doc in self.docs:
                for last, ids in _full_names([doc]).items():
                    for name_id in ids:
                        self._by_last[last].append((doc, name_id))
        return self._by_last

    def articles(self, doc: Document) -> list[Document]:
        """The articles sharing SHARED_NAMES of this one's full or known names (each name's
        first RELATED_MAX_DOCS articles only, so a name common to the corpus costs no more)."""
        if self.by_anchor is None:
            self.by_anchor = defaultdict(list)
            for d in self.docs:
                for name in self.anchors[d.id]:
                    self.by_anchor[name].append(d)
        counts: Counter = Counter()
        for name in self.anchors.get(doc.id, ()):
            for other in self.by_anchor[name][:RELATED_MAX_DOCS]:
                if other.id != doc.id:
                    counts[other.id] += 1
        return [self.by_id[i] for i, n in counts.items() if n >= SHARED_NAMES]

    def full_names(self, doc: Document, short: str) -> set[str]:
        mine = self.anchors.get(doc.id, set())
        found = set()
        for other, name_id in self.by_last.get(short, [])[:RELATED_MAX_DOCS]:
            shared = (mine & self.anchors[other.id]) - {name_id.split("|")[0]}
            if other.id != doc.id and len(shared) >= SHARED_NAMES:
                found.add(name_id)
        return found


def _join_fuller_names(names: dict[str, Name], groups: _Union) -> None:
    """A person's name of two or more words joins the one fuller name of its story that goes on
    from it: "Luis Herrera" and "Luis Herrera Mendoza", "Ana María" and "Ana María Ruiz"
    (second surnames, middle names)."""
    by_first: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    people = [n for n in names.values() if n.type == "PER" and len(tokens(n.key)) > 1]
    for name in people:
        parts = tuple(skeleton(name.key).split())
        for story in {doc.story or doc.id for doc, _ in name.mentions}:
            by_first[(story, parts[0])].append((parts, name.id))
    for name in people:
        parts = tuple(skeleton(name.key).split())
        for story in {doc.story or doc.id for doc, _ in name.mentions}:
            fuller = {groups.find(other) for longer, other in by_first[(story, parts[0])]
                      if len(longer) > len(parts) and longer[:len(parts)] == parts}
            if len(fuller) == 1:
                groups.union(name.id, fuller.pop())


def _join_short_forms(names: dict[str, Name], groups: _Union) -> None:
    """A one-word name of a body or an event ("Camera", "Finals") joins the one longer name of
    a body or event that starts or ends with it ("Camera dei deputati", "Atp Finals"), a place's
    the one longer place name that starts with it ("Campi Bisenzio") -- only when that
    longer name is the same in every story the short form appears in, so that "Camera" in a
    story about a chamber of commerce stays apart."""
    by_story: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name in names.values():
        parts = tokens(name.key)
        if name.type in ("ORG", "MISC", "LOC") and len(parts) > 1:
            for doc, _ in name.mentions:
                by_story[doc.story or doc.id][(name.type == "LOC", parts[0])].add(name.id)
                if name.type != "LOC":  # a place is shortened to its first word only: "Campi"
                    by_story[doc.story or doc.id][(False, parts[-1])].add(name.id)
    for name in names.values():
        surface = name.mentions[0][1].span.text
        if name.type not in ("ORG", "MISC", "LOC") or name.kb or len(tokens(name.key)) != 1 or is_acronym(surface) \
                or known_place(surface, name.mentions[0][0].language):
            continue  # "Como" in "Pallavolo Como" is the city
        targets = {_one_root(by_story[doc.story or doc.id].get((name.type == "LOC", name.key), ()), groups)
                   for doc, _ in name.mentions}
        if len(targets) == 1 and None not in targets:
            groups.union(name.id, targets.pop())


def _full_names(docs: list[Document]) -> dict[str, set[str]]:
    """The full person names in ``docs`` (as name ids) under their first and their last token."""
    found: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for m in doc.mentions:
            if m.label != "PER":
                continue
            parts = skeleton(m.span.text).split()
            if len(parts) > 1:
                found[parts[0]].add(f"{key(m.span.text)}|")
                found[parts[-1]].add(f"{key(m.span.text)}|")
    return found


def _one_root(name_ids: Iterable[str], groups: _Union) -> str | None:
    roots = {groups.find(i) for i in name_ids}
    return roots.pop() if len(roots) == 1 else None


def _entities(names: dict[str, Name], groups: _Union) -> list[Entity]:
    members: dict[str, list[Name]] = defaultdict(list)
    for name in names.values():
        members[groups.find(name.id)].append(name)
    kb = knowledge_base()
    entities = []
    for group in members.values():
        mentions = [(d, m) for n in group for d, m in n.mentions]
        entry = kb.entries.get(Counter(n.kb for n in group if n.kb).most_common(1)[0][0]) if any(n.kb for n in group) \
            else None
        etype = entry.type if entry else Counter(m.label for _, m in mentions).most_common(1)[0][0]
        canonical = _canonical(mentions, entry)
        scope = "" if any(not n.scope for n in group) else group[0].scope
        basis = entry.id if entry else f"{key(canonical)}|{etype}|{scope}"
        entity_id = "e" + hashlib.sha1(basis.encode()).hexdigest()[:11]
        for _, m in mentions:
            m.entity = entity_id
        variants = sorted({m.span.text for _, m in mentions}, key=lambda v: (-sum(m.span.text == v for _, m in mentions), v))
        entities.append(Entity(entity_id, canonical, etype, [m.span for _, m in mentions], variants,
                               _roles([m.role for _, m in mentions if m.role]), entry.wikidata if entry else None))
    return sorted(entities, key=lambda e: (-len(e.mentions), e.name))


def _canonical(mentions: list[tuple[Document, Mention]], entry) -> str:
    return canonical_name(Counter(m.span.text for _, m in mentions), entry.id if entry else None,
                          Counter(d.language for d, _ in mentions).most_common(1)[0][0])


def canonical_name(spellings: Counter, kb_id: str | None, language: str) -> str:
    """The knowledge base's name in the articles' language, else the fullest spelling seen:
    most words, not all capitals (unless an acronym), most frequent, fewest hyphens."""
    entry = knowledge_base().entries.get(kb_id) if kb_id else None
    if entry is not None:
        return entry.name(language)
    return max(spellings, key=lambda s: (len(tokens(s)), not s.isupper() or len(s) <= 5, spellings[s],
                                         -s.count("-"), s))


def _roles(roles: list[str]) -> list[str]:
    """Roles normalised and de-duplicated; a role contained in a fuller one is dropped."""
    by_key: dict[str, str] = {}
    for role in roles:
        text = " ".join(role.split())
        text = text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
        by_key.setdefault(key(text), text)
    keys = list(by_key)
    return [by_key[k] for k in keys if not any(k != o and f" {k} " in f" {o} " for o in keys)]


_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’.-]*")
_SENTENCE_END = ".!?:«»\"“”\n"
SPREAD_LANGUAGES = ("it",)  # where the statistical NER misses names; English mentions come from rules alone


def _spread_names(docs: list[Document], related: _Related) -> None:
    """A name found in one article is found in the others about the same event (its story, or
    articles sharing SHARED_NAMES other names with it) where the language pipeline missed it:
    the same capitalised words, case for case, outside every mention, with the type it has
    most often there. A one-word name is not taken at the start of a sentence."""
    by_story: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        by_story[doc.story or doc.id].append(doc)
    for doc in docs:
        sources = {d.id: d for d in by_story[doc.story or doc.id]}
        sources.update((d.id, d) for d in related.articles(doc))
        seen: dict[str, Counter] = defaultdict(Counter)
        kbs: dict[str, str] = {}
        if doc.language not in SPREAD_LANGUAGES:
            continue
        for other in sources.values():
            if other.id == doc.id or other.language != doc.language:
                continue
            for m in other.mentions:
                text = m.span.text
                if len(text) >= 3 and text[:1].isupper():
                    seen[text][m.label] += 1
                    if m.kb:
                        kbs[text] = m.kb
        own = {m.span.text for m in doc.mentions}
        by_first: dict[str, list[str]] = defaultdict(list)
        for text in seen:
            if text not in own:
                by_first[text.split()[0]].append(text)
        if not by_first:
            continue
        taken = [(m.span.start, m.span.end) for m in doc.mentions]
        added = []
        for word in _CAPITALISED.finditer(doc.text):
            for text in sorted(by_first.get(word.group(0).rstrip("."), ()), key=len, reverse=True):
                start, end = word.start(), word.start() + len(text)
                if doc.text[start:end] != text or doc.text[end:end + 1].isalnum() or doc.text[end:end + 1] == "-":
                    continue
                if " " not in text and doc.text[:start].rstrip()[-1:] in _SENTENCE_END:
                    continue  # "Mostra" opening a sentence may be any word
                if any(s < end and start < e for s, e in taken) or _inside_longer_name(doc.text, start, end):
                    continue
                votes = seen[text]
                label = max(votes, key=lambda t: (votes[t], -TYPE_ORDER.index(t)))
                if " " not in text and label == "PER":
                    continue  # a surname alone: whose depends on the article
                added.append(Mention(doc.span(start, end), label, kb=kbs.get(text)))
                taken.append((start, end))
                break
        if added:
            doc.mentions = sorted(doc.mentions + added, key=lambda m: m.span.start)


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Capitalised words right before or after: "Li" in "Li Wei Ming", "Papa" in "Papa Francesco"."""
    before = text[:start].rstrip(" ")
    after = text[end:].lstrip(" ")
    return (len(before) < start and before[-1:].isalpha() and before.split()[-1][:1].isupper()
            and before[-1:] not in _SENTENCE_END) or (len(after) < len(text) - end and after[:1].isupper())


class EntityResolver:
    name = "rassegna.entity_resolution.v1"

    def __call__(self, corpus: Corpus) -> Corpus:
        corpus.entities = resolve(corpus.documents)
        _speakers(corpus)
        return corpus


def _speakers(corpus: Corpus) -> None:
    """A quote's speaker is the entity of the mention its speaker span covers or lies in;
    a description ("il leader russo") is the person the article gives a matching role."""
    for doc in corpus.documents:
        for quote in doc.quotes:
            span = quote.speaker_span
            if span is None or quote.speaker:
                continue
            for m in doc.mentions:
                if m.entity and m.span.start < span.end and span.start < m.span.end:
                    quote.speaker = m.entity
                    break
            else:
                quote.speaker = _described(doc, quote.speaker_text or span.text)


def _described(doc: Document, description: str) -> str | None:
    """The one person whose roles in this article share a content word with the description
    beyond the role noun itself ("leader russo" ~ "presidente russo")."""
    words = set(tokens(description))
    votes: Counter[str] = Counter()
    for m in doc.mentions:
        if m.label == "PER" and m.entity and m.role:
            shared = words & set(tokens(m.role))
            if shared and (len(words) == 1 or len(shared) > 1 or not _role_noun_only(shared, doc.language)):
                votes[m.entity] += 1
    best = votes.most_common(2)
    return best[0][0] if best and (len(best) == 1 or best[0][1] > best[1][1]) else None


def _role_noun_only(words: set[str], lang: str) -> bool:
    from .roles import role_words

    return words <= role_words(lang)[0]


@stage("rassegna.entity_resolution.v1", scope="corpus", needs=("mentions",), gives=("entities",))
def make_entity_resolver() -> EntityResolver:
    return EntityResolver()
