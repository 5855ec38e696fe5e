"""Shared helpers for rassegna's training scripts: CoNLL-U and KIND readers
that build spaCy ``Doc`` objects with gold annotation.

Design decisions (see training/README.md):

* UD multiword tokens (``della`` = ``di`` + ``la``) are *merged* into the
  surface token, exactly like ``spacy convert --merge-subtokens`` does: the
  merged token takes POS/dep/head of the span root, tags are joined with "_",
  lemmas with " " and morphological features are unioned.  This matches the
  tokens our tokenizer produces from raw text.
* Optionally a copy of some sentences is added in *split* form (syntactic
  words) so that the model also copes with evaluations that feed the UD words.
* Docs are built with unknown spaces, so that spaCy's Corpus uses the gold
  tokens instead of re-tokenising the text (no alignment losses).
"""
from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based within sentence, 0 = root
    deprel: str


@dataclass
class Sentence:
    sent_id: str
    text: str
    words: list[Word]
    mwts: list[tuple] = field(default_factory=list)  # (start, end, form) 1-based incl.
    source: str = ""


def read_conllu(path: Path, source: str = "") -> Iterator[Sentence]:
    sent_id, text, words, mwts = "", "", [], []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield Sentence(sent_id, text, words, mwts, source)
                sent_id, text, words, mwts = "", "", [], []
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id ="):
                    sent_id = line.split("=", 1)[1].strip()
                elif line.startswith("# text ="):
                    text = line.split("=", 1)[1].strip()
                continue
            parts = line.split("\t")
            if len(parts) != 10:
                continue
            tid = parts[0]
            if "." in tid:  # empty node
                continue
            if "-" in tid:
                s, e = tid.split("-")
                mwts.append((int(s), int(e), parts[1]))
                continue
            head = int(parts[6]) if parts[6] not in ("_", "") else 0
            words.append(Word(parts[1], parts[2], parts[3], parts[4], parts[5], head, parts[7]))
    if words:
        yield Sentence(sent_id, text, words, mwts, source)


def norm_text(s: str) -> str:
    return re.sub(r"\W+", "", s.lower())


@dataclass
class Tok:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 0-based within sentence, -1 = root
    dep: str


def _depth(words: Sequence[Word], i: int) -> int:
    d, seen = 0, set()
    while words[i].head != 0 and i not in seen:
        seen.add(i)
        i = words[i].head - 1
        d += 1
    return d


def _merge_feats(feats: Iterable[str]) -> str:
    morphs: dict = {}
    for f in feats:
        if not f or f == "_":
            continue
        for feat in f.split("|"):
            if "=" not in feat:
                continue
            k, v = feat.split("=", 1)
            morphs.setdefault(k, set()).update(v.split(","))
    return "|".join(sorted(k + "=" + ",".join(sorted(v)) for k, v in morphs.items())) or "_"


def sentence_tokens(sent: Sentence, merge: bool = True) -> list[Tok]:
    """Return the tokens of a sentence, with MWTs merged (or split)."""
    words = sent.words
    n = len(words)
    if not merge or not sent.mwts:
        return [
            Tok(w.form, w.lemma, w.upos, w.xpos, w.feats, w.head - 1, w.deprel)
            for w in words
        ]
    # map word index (0-based) -> token index
    w2t = [0] * n
    covered = {}
    for s, e, form in sent.mwts:
        for i in range(s - 1, e):
            covered[i] = (s - 1, e - 1, form)
    t = -1
    i = 0
    groups = []
    while i < n:
        if i in covered:
            s, e, form = covered[i]
            t += 1
            for j in range(s, e + 1):
                w2t[j] = t
            groups.append((s, e, form))
            i = e + 1
        else:
            t += 1
            w2t[i] = t
            groups.append((i, i, None))
            i += 1
    toks: list[Tok] = []
    for s, e, form in groups:
        if form is None:
            w = words[s]
            head = -1 if w.head == 0 else w2t[w.head - 1]
            toks.append(Tok(w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel))
            continue
        idx = list(range(s, e + 1))
        outside = [j for j in idx if words[j].head == 0 or not (s <= words[j].head - 1 <= e)]
        if not outside:
            outside = idx
        root = min(outside, key=lambda j: (_depth(words, j), j))
        rw = words[root]
        head = -1 if rw.head == 0 else w2t[rw.head - 1]
        toks.append(
            Tok(
                form,
                " ".join(words[j].lemma for j in idx),
                rw.upos,
                "_".join(words[j].xpos for j in idx),
                _merge_feats(words[j].feats for j in idx),
                head,
                rw.deprel,
            )
        )
    # fix self-loops (a token whose head was inside its own span)
    for k, tok in enumerate(toks):
        if tok.head == k:
            tok.head = -1
    return toks


def sentences_to_doc(vocab: Vocab, sents: Sequence[list[Tok]], with_tags: bool = True) -> Doc:
    words, lemmas, pos, tags, morphs, heads, deps, starts = [], [], [], [], [], [], [], []
    for toks in sents:
        off = len(words)
        for k, t in enumerate(toks):
            words.append(t.form)
            lemmas.append(t.lemma if t.lemma != "_" or t.form == "_" else t.form)
            pos.append(t.upos if t.upos != "_" else "X")
            tags.append(t.xpos if t.xpos != "_" else "_")
            morphs.append(t.feats if t.feats != "_" else "")
            if t.head < 0:
                heads.append(off + k)
                deps.append("ROOT")
            else:
                heads.append(off + t.head)
                deps.append(t.dep)
            starts.append(k == 0)
    return Doc(
        vocab,
        words=words,
        spaces=None,
        lemmas=lemmas,
        pos=pos,
        tags=tags if with_tags else None,
        morphs=morphs,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )


def chunk(items: Sequence, rng: random.Random, lo: int, hi: int) -> list[list]:
    """Split a sequence into consecutive chunks of random size in [lo, hi]."""
    out, i = [], 0
    while i < len(items):
        k = rng.randint(lo, hi)
        out.append(list(items[i : i + k]))
        i += k
    return out


# ---------------------------------------------------------------- KIND (NER)
def read_kind(path: Path, io: bool = False) -> Iterator[tuple]:
    words, tags = [], []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield words, fix_iob(tags, io)
                words, tags = [], []
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            words.append(parts[0])
            tags.append(parts[-1].strip() or "O")
    if words:
        yield words, fix_iob(tags, io)


def fix_iob(tags: list[str], io: bool = False) -> list[str]:
    out = []
    prev = "O"
    for t in tags:
        if t == "O" or t == "_":
            out.append("O")
            prev = "O"
            continue
        if io and "-" not in t:
            label = t
            out.append(("I-" if prev == label else "B-") + label)
            prev = label
            continue
        bio, label = t.split("-", 1) if "-" in t else ("I", t)
        if bio == "I" and prev != label:
            bio = "B"
        out.append(bio + "-" + label)
        prev = label
    return out


def kind_doc(vocab: Vocab, sents: Sequence[tuple], breaks: Sequence[str] | None = None) -> Doc:
    """One doc of consecutive KIND sentences. ``breaks`` (one per sentence but the last) puts
    a whitespace token between sentences ("\n", "\n\n"; "" for none), as running text has at
    line and paragraph ends: a NER that never saw one is thrown by it."""
    words, ents, starts, spaces = [], [], [], []
    for i, (w, t) in enumerate(sents):
        words.extend(w)
        ents.extend(t)
        starts.extend([True] + [False] * (len(w) - 1))
        spaces.extend([True] * len(w))
        gap = breaks[i] if breaks and i < len(breaks) else ""
        if gap:
            spaces[-1] = False
            words.append(gap)
            ents.append("O")
            starts.append(False)
            spaces.append(False)
    return Doc(vocab, words=words, spaces=spaces, ents=ents, sent_starts=starts)
