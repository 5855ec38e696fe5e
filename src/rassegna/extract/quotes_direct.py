"""Direct quotations: which quoted stretches are someone's words, and whose.

Each quoted stretch of a segment is classified as

- ``cue``: a reporting verb in the same segment attributes it (before it, or right after
  it as in "“…”, ha detto Miller"); short quoted phrases count too ("ha elogiato Kim per
  “il fermo sostegno”" is a partial quotation);
- ``headline``: "Kim: “Nuova era…”" — the name before the colon is the speaker;
- ``full``: the quote is the whole sentence and has no cue — it takes the speaker of the
  next sentence when that is "Lo ha detto X", else the current speaker;
- ``pending``: a quoted phrase inside an unattributed sentence: a quotation only when the
  next sentence attributes the sentence ("… «nuova era di prosperità». Lo ha detto Kim");
- ``scare``: a name, title or epithet ("‘regno eremita’", "il romanzo “Tasmania”").

A quote interrupted by its reporting clause inside the marks ("“Crediamo – ha dichiarato
Miller – che…”") is split into two quotes with the same speaker, as is the common
"“…”, ha detto Miller. “…”" — we report quoted stretches, and group them by speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .quote_context import Context, Segment
from .quote_marks import Mark
from .speakers import pick_speaker

# A cue at most this many words after the closing mark is the quote's own reporting clause
# ("”, ha poi detto ieri il ministro"); further away it is still a candidate, but weaker.
NEAR_AFTER = 2
# A quoted stretch of at most this many words, all capitalised, is a name or a title.
TITLE_WORDS = 6
_DASH = re.compile(r"\s[–—]\s|\s-\s")


@dataclass
class Verdict:
    kind: str  # cue | headline | impersonal | full | pending | scare
    cue: Any = None  # the cue token
    inverted: bool = False
    speaker_toks: list = field(default_factory=list)
    cue_span: tuple[int, int] | None = None


def split_interrupted(text: str, nlp_doc, lex, marks: list[Mark]) -> list[Mark]:
    """Split "“A – ha detto X – B”" into marks A and B; the clause between is the reporter's."""
    out: list[Mark] = []
    for mark in marks:
        dashes = list(_DASH.finditer(text, mark.start, mark.end))
        if len(dashes) < 2:
            out.append(mark)
            continue
        d1, d2 = dashes[0], dashes[1]
        inner = [t for t in nlp_doc if d1.end() <= t.idx < d2.start()]
        if not any(lex.is_speech(t) for t in inner[:4]):
            out.append(mark)
            continue
        out.append(Mark(mark.open, d1.start(), mark.start, d1.start(), split=True))
        out.append(Mark(d2.end() - 1, mark.close, d2.end(), mark.end, mark.closed, split=True))
    return out


def _words(ctx: Context, mark: Mark) -> list[str]:
    return ctx.text[mark.start : mark.end].split()


def _scare_cue(ctx: Context, seg: Segment, mark: Mark) -> bool:
    """A word next to the quote says it is a name, title or epithet ("il cosiddetto", "titled")."""
    lex = ctx.lex
    if lex.scare_before is None or lex.scare_after is None:
        return False
    before = ctx.text[max(seg.start, mark.open - 40) : mark.open].lower()
    after = ctx.text[mark.close + 1 : min(seg.end, mark.close + 25)].lower()
    before_words = " ".join(before.split()[-3:])
    return bool(lex.scare_before.search(before_words) or lex.scare_after.search(after))


def _title_like(ctx: Context, mark: Mark) -> bool:
    words = [w for w in _words(ctx, mark) if w[:1].isalpha()]
    if not words or len(words) > TITLE_WORDS:
        return False
    return all(w[0].isupper() for w in words if w.lower() not in ctx.lex.connectors)


def _gap(ctx: Context, seg: Segment, mark: Mark, cue) -> int:
    between = [t for t in seg.tokens if mark.close < t.idx < cue.idx and ctx.outside(t)]
    return sum(1 for t in between if not t.is_punct and t.pos_ not in ("AUX", "ADV") and t.lower_ not in ctx.lex.skip)


def _embedded(ctx: Context, seg: Segment, cue) -> bool:
    """A verb inside the clause another cue reports ("assicura che Mosca sosterrà …")."""
    lex = ctx.lex
    opened = False
    for tok in ctx.seg_outside(seg):
        if tok.i >= cue.i:
            return False
        if lex.is_speech(tok):
            opened = True
        elif opened and tok.lower_ in lex.complementizers and tok.pos_ == "SCONJ":
            return True
    return False


def _adverb_after(ctx: Context, seg: Segment, mark: Mark):
    """'«…», così il ministro X': an attribution adverb right after the quote."""
    after = [t for t in seg.tokens if t.idx > mark.close and ctx.outside(t) and not t.is_punct]
    return after[0] if after and after[0].lower_ in ctx.lex.adverbs else None


def choose_cue(ctx: Context, seg: Segment, mark: Mark):
    """The reporting verb of a quoted stretch and whether it follows the quote."""
    cues = [t for t in ctx.seg_outside(seg) if ctx.lex.is_cue(t) and t.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    # Only a verb of saying follows its quote ("”, ha detto X"); "…” a quello che definisce
    # le ambizioni dell'Occidente" has the Occident as object, not as speaker.
    after = [c for c in cues if c.idx > mark.close and ctx.lex.is_speech(c)]
    before = [c for c in cues if c.idx < mark.open and not _embedded(ctx, seg, c)]
    if after and _gap(ctx, seg, mark, after[0]) <= NEAR_AFTER:
        return after[0], True
    adverb = _adverb_after(ctx, seg, mark)
    if adverb is not None:
        return adverb, True
    if before:
        return before[-1], False
    if after:
        return after[0], True
    return None, False


def _headline(ctx: Context, seg: Segment, mark: Mark) -> list | None:
    before = [t for t in seg.tokens if t.idx < mark.open and ctx.outside(t) and not t.is_space]
    if not before or before[-1].text != ":" or len(before) > 6:
        return None
    if any(t.pos_ == "VERB" for t in before):
        return None
    return before[:-1]


def classify(ctx: Context, seg: Segment, mark: Mark) -> Verdict:
    if _scare_cue(ctx, seg, mark):
        return Verdict("scare")
    head = _headline(ctx, seg, mark)
    if head and pick_speaker(ctx, head) is not None:
        return Verdict("headline", speaker_toks=head)
    if _title_like(ctx, mark) and not _after_colon(ctx, mark) and not mark.split:
        return Verdict("scare")
    cue, inverted = choose_cue(ctx, seg, mark)
    if cue is not None:
        return Verdict("cue", cue=cue, inverted=inverted)
    imp = impersonal(ctx, seg, mark)
    if imp is not None:
        return imp
    words = [t for t in ctx.seg_outside(seg) if not (t.is_punct or t.is_space)]
    # A colon announces speech even when no one is named ("La notte della paura: «…»").
    return Verdict("full" if not words or _after_colon(ctx, mark) else "pending")


def _after_colon(ctx: Context, mark: Mark) -> bool:
    return ctx.text[max(0, mark.open - 3) : mark.open].strip().endswith(":")


def impersonal(ctx: Context, seg: Segment, mark: Mark) -> Verdict | None:
    """'“…”, si legge sul sito del Consiglio europeo': the source is in the phrase after."""
    after = ctx.text[mark.close + 1 : seg.end]
    low = after.lower()
    for phrase in ctx.lex.impersonal:
        found = re.search(rf"\b{re.escape(phrase)}\b", low)
        if found is None:
            continue
        start = mark.close + 1 + found.start()
        end = mark.close + 1 + found.end()
        toks = [t for t in seg.tokens if t.idx >= end and ctx.outside(t)]
        return Verdict("impersonal", speaker_toks=toks, cue_span=(start, end))
    return None
