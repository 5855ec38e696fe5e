"""Reported (indirect) speech: the content a reporting verb or source phrase governs.

Four constructions, each giving a content span and how to find the speaker:

- source phrase: "Secondo Putin, i due Paesi devono…", "…, secondo i media vietnamiti."
- complement clause: "Putin ha detto che …", "Kim ha sottolineato come …", "X said (that) …"
- directive: "ha esortato la comunità internazionale a …", "urged leaders to …"
- inversion: "Mosca e Pyongyang, afferma Putin, stanno…", "…, ha spiegato Kirby."

"Lo ha detto X" (the content is the previous sentence) is handled by the stage, which sees
the sentences in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .quote_context import Context, Segment, trim_span
from .speakers import Speaker, pick_speaker, post_verbal, subject_of

# How many words may sit between a cue and its complementizer ("ha spiegato in
# un'intervista al Corriere della Sera che …").
COMP_WINDOW = 10


@dataclass
class Reported:
    start: int
    end: int
    cue: Any = None  # token, for cue-based content
    inverted: bool = False
    source: Speaker | None = None  # for source phrases
    cue_span: tuple[int, int] | None = None


def _only_quote(ctx: Context, seg: Segment, start: int, end: int) -> bool:
    """Whether the content is entirely inside one quoted stretch (then it is direct speech)."""
    for mark in seg.marks:
        if mark.open - 2 <= start and end <= mark.close + 2:
            return True
    return False


def _content(ctx: Context, seg: Segment, start: int, end: int, **kw) -> Reported | None:
    start, end = trim_span(ctx.text, start, end)
    if end - start < 8 or _only_quote(ctx, seg, start, end):
        return None
    return Reported(start, end, **kw)


def according_relative(ctx: Context, seg: Segment, outside: str) -> tuple[Reported | None, Speaker | None]:
    """'le accuse Usa secondo cui …': the content after, the source in the phrase before."""
    low = outside.lower()
    for phrase in ctx.lex.according_relative:
        found = re.search(rf"\b{re.escape(phrase)}\b", low)
        if found is None:
            continue
        start = seg.start + found.start()
        before = [t for t in seg.tokens if t.idx < start and ctx.outside(t) and not t.is_space][-4:]
        while before and before[0].pos_ not in ("DET", "NOUN", "PROPN"):
            before.pop(0)
        source = pick_speaker(ctx, before)
        end = seg.end
        if low[: found.start()].rstrip().endswith(","):
            # ", secondo il quale …, è stato pubblicato": the aside ends at its comma
            comma = low.find(",", found.end())
            end = seg.start + comma if comma >= 0 else end
        rep = _content(ctx, seg, seg.start + found.end(), end) if source is not None else None
        if rep is not None:
            rep.source, rep.cue_span = source, (start, seg.start + found.end())
            return rep, source
    return None, None


def according_to(ctx: Context, seg: Segment, outside: str) -> tuple[Reported | None, Speaker | None]:
    """'Secondo X, …' and '…, secondo X.' — the content and the source X."""
    relative = according_relative(ctx, seg, outside)
    if relative[0] is not None:
        return relative
    low = outside.lower()
    for phrase in ctx.lex.according + tuple(ctx.lex.according_initial):
        for found in re.finditer(rf"(?:^|,\s*|\(\s*)({re.escape(phrase)})\b", low):
            initial_only = phrase in ctx.lex.according_initial
            if initial_only and low[: found.start(1)].strip():
                continue
            src_from = seg.start + found.end(1)
            comma = low.find(",", found.end(1))
            src_to = seg.start + (comma if comma >= 0 else len(low.rstrip(" .;!?\n")))
            if not low[: found.start(1)].strip():
                src_to, comma = _source_end(ctx, seg, src_from, src_to, comma)
            toks = [t for t in seg.tokens if src_from <= t.idx < src_to and ctx.outside(t)]
            source = pick_speaker(ctx, toks)
            if source is None or (initial_only and not _strong_source(ctx, toks, source)):
                continue
            at_start = not low[: found.start(1)].strip()
            if at_start:
                rep = _content(ctx, seg, src_to + 1, seg.end) if comma >= 0 else None
            elif comma < 0:
                rep = _content(ctx, seg, seg.start, seg.start + found.start(1))
            else:
                rep = _content(ctx, seg, seg.start, seg.end)
            if rep is not None:
                rep.source = source
                rep.cue_span = (seg.start + found.start(1), seg.start + found.end(1))
            return rep, source
    return None, None


def _source_end(ctx: Context, seg: Segment, src_from: int, src_to: int, comma: int) -> tuple[int, int]:
    """Where 'Secondo X' ends when no comma closes it ("Secondo l'assessore Marco Ferri il
    ponte sarà…"): at the right edge of its noun phrase, if a verb comes before the comma."""
    toks = [t for t in seg.tokens if src_from <= t.idx < src_to and ctx.outside(t)]
    if not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return src_to, comma
    head = next((t for t in toks if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return src_to, comma
    while head.dep_ in ("flat:name", "flat", "compound", "nmod", "appos") and head.head.idx >= src_from:
        head = head.head
    end_tok = ctx.nlp[head.right_edge.i]
    end = end_tok.idx + len(end_tok.text)
    return end, end - seg.start


def _strong_source(ctx: Context, toks: list, source: Speaker) -> bool:
    """'Per l'opposizione, …' but not 'Per questo, …': a name, a role or a source noun."""
    return any(ctx.lex.is_role(t) or t.lower_ in ctx.lex.source_nouns or t.pos_ == "PROPN" for t in toks)


def _after(ctx: Context, seg: Segment, tok) -> list:
    return [t for t in seg.tokens if t.i > tok.i and ctx.outside(t)]


def complement(ctx: Context, seg: Segment, cue) -> Reported | None:
    """'ha detto che …' / 'said (that) …': the clause after the complementizer."""
    lex = ctx.lex
    if not lex.is_speech(cue):
        return None
    for tok in _after(ctx, seg, cue)[:COMP_WINDOW]:
        if tok.lower_ in lex.complementizers and tok.pos_ in ("SCONJ", "ADV", "PRON", "ADP"):
            return _content(ctx, seg, tok.idx + len(tok.text), seg.end, cue=cue)
        nxt = ctx.nlp[tok.i + 1] if tok.i + 1 < len(ctx.nlp) else None
        adjacent = all(t.pos_ == "ADV" for t in ctx.nlp[cue.i + 1 : tok.i])
        if tok.lower_ in lex.infinitive_markers and adjacent and nxt is not None and _infinitive(nxt):
            return _content(ctx, seg, nxt.idx, seg.end, cue=cue)
        if tok.pos_ == "VERB" or tok.text in (",", ":", "."):
            break
    for child in cue.rights:
        if child.dep_ == "ccomp" and ctx.outside(child):
            start = child.left_edge.idx
            if start > cue.idx:
                return _content(ctx, seg, start, seg.end, cue=cue)
    return None


def directive(ctx: Context, seg: Segment, cue) -> Reported | None:
    """'ha esortato X a …', 'urged X to …': from the object to the end of the sentence."""
    if not ctx.lex.is_directive(cue):
        return None
    after = _after(ctx, seg, cue)
    for k, tok in enumerate(after[:8]):
        nxt = after[k + 1] if k + 1 < len(after) else None
        if tok.pos_ in ("ADP", "PART") and nxt is not None and _infinitive(nxt):
            first = next((t for t in after if t.pos_ not in ("ADV",)), None)
            return _content(ctx, seg, first.idx, seg.end, cue=cue) if first is not None else None
        if tok.pos_ in ("VERB",) or tok.text in (".", ";"):
            break
    return None


def _colon_quote(ctx: Context, seg: Segment, end: int) -> bool:
    """'…ha rotto gli indugi: «Mi candido», ha scritto': what is reported is the quote."""
    for mark in seg.marks:
        if mark.close + 2 >= end > mark.close and ctx.text[seg.start : mark.open].rstrip().endswith(":"):
            return True
    return False


def _infinitive(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and "Inf" in tok.morph.get("VerbForm")


def _clause_goes_on(later: list) -> bool:
    """After 'afferma X,' a finite verb means the content resumes ('…, afferma X, non invierà')."""
    comma = next((t for t in later if t.text == ","), None)
    if comma is None:
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.i > comma.i and "Ger" not in t.morph.get("VerbForm") for t in later)


def inversion(ctx: Context, seg: Segment, cue) -> Reported | None:
    """'Content, afferma X, content.' or 'Content, ha spiegato X.' (the cue after a comma)."""
    if not ctx.lex.is_speech(cue):
        return None
    prev = [t for t in seg.tokens if t.i < cue.i and ctx.outside(t) and t.pos_ != "AUX" and t.dep_ not in ("expl", "aux")]
    if not prev or prev[-1].text not in (",", "–", "—"):
        return None
    comma = prev[-1]
    subj = subject_of(ctx, cue)
    if subj is not None and subj.i < cue.i and post_verbal(ctx, cue, seg) is None:
        return None  # "La compagnia, in una nota, si è detta…": an ordinary clause
    if _only_quote(ctx, seg, *trim_span(ctx.text, seg.start, comma.idx)) or _colon_quote(ctx, seg, comma.idx):
        return None
    end = seg.end if _clause_goes_on(_after(ctx, seg, cue)) else comma.idx
    return _content(ctx, seg, seg.start, end, cue=cue, inverted=True)


def reported_in(ctx: Context, seg: Segment, cue) -> Reported | None:
    """The reported content governed by one cue, trying each construction in turn."""
    return complement(ctx, seg, cue) or directive(ctx, seg, cue) or inversion(ctx, seg, cue)
