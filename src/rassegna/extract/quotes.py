"""The quotation stage: direct and reported statements with speaker, cue and channel.

Reads the sentences in order, so that a quote with no reporting clause takes the current
speaker ("“…”, ha detto Miller. “…”" — both quotes are Miller's), and "Lo ha detto X"
attributes the sentence before it. Conventions (see also quotes_direct / quotes_reported):

- a direct quote's span is the text inside the marks; an interrupted quote is two quotes
  with the same speaker;
- a statement mixing the reporter's words with quoted words is reported twice: once as
  reported speech (direct=False, the whole content) and once per quoted part (direct=True);
- ``speaker_span`` is the proper name when the speaker phrase has one, else the role or
  source description; for pronouns and null subjects it is the most recent speaker mention;
- ``channel`` is a short normalised string: "articolo per Rodong Sinmun", "conferenza
  stampa", "comunicato del Cremlino", or the relaying agency ("Tass");
- quoted words nobody is said to have said (names, titles, epithets) go to ``scare_quotes``.

``Quote.speaker`` (the entity id) is left to entity resolution.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document, Quote
from ..pipeline import stage
from .quote_channels import channel_of, outside_text
from .quote_context import Context, Segment, build_context, trim_span
from .quote_lexicon import lexicon
from .quote_marks import Mark, find_marks
from .quotes_direct import classify, split_interrupted
from .quotes_reported import according_to, reported_in
from .speakers import (
    ANTECEDENT,
    Speaker,
    cue_text,
    person_like,
    phrase_speaker,
    pick_speaker,
    speaker_of,
    subject_of,
)

# An unattributed full-sentence quote inherits the current speaker only when that speaker
# was named at most this many sentences before; further back the thread is lost.
INHERIT_SEGMENTS = 2


@dataclass
class Found:
    start: int
    end: int
    direct: bool
    speaker: Speaker | None
    cue: tuple[int, int] | None
    channel: str | None
    seg: int


@dataclass
class _Run:
    ctx: Context
    found: list[Found] = field(default_factory=list)
    scare: list[Mark] = field(default_factory=list)
    current: Speaker | None = None
    current_seg: int = -10
    pending: list[tuple[Mark, str, Segment]] = field(default_factory=list)
    last_anaphora: list[Found] = field(default_factory=list)

    def resolve(self, speaker: Speaker | None, seg: Segment, before: int) -> Speaker | None:
        if speaker is ANTECEDENT:
            speaker = self.antecedent(seg, before)
        if speaker is not None:
            self.current, self.current_seg = speaker, seg.index
        return speaker

    def antecedent(self, seg: Segment, before: int) -> Speaker | None:
        """The most recent speaker mention: the last quote's speaker or a recent subject."""
        best = self.current if self.current is not None and self.current.start < before else None
        for prev in self.ctx.segments[max(0, seg.index - 2) : seg.index + 1]:
            for tok in prev.tokens:
                if tok.dep_ == "ROOT" and self.ctx.outside(tok) and tok.idx < before:
                    subj = subject_of(self.ctx, tok)
                    cand = phrase_speaker(self.ctx, subj, prev) if subj is not None else None
                    if cand not in (None, ANTECEDENT) and (best is None or cand.start > best.start):
                        best = cand
        return best

    def add(self, start: int, end: int, direct: bool, speaker, cue, channel, seg: Segment) -> None:
        self.found.append(Found(start, end, direct, speaker, cue, channel, seg.index))


def _anaphoric_cue(ctx: Context, seg: Segment):
    """The cue of a sentence that attributes the one before it ("Lo ha detto X", "A dirlo è
    stato X", "Così il ministro X"), or None."""
    toks = [t for t in ctx.seg_outside(seg) if not t.is_space]
    if len(toks) < 2:
        return None
    opening = ctx.text[toks[0].idx : toks[min(len(toks), 4) - 1].idx + 20].lower()
    if toks[0].lower_ not in ctx.lex.anaphoric and not any(p.match(opening) for p in ctx.lex.openers):
        return None
    cue = next((t for t in toks[:6] if ctx.lex.is_speech(t)), None)
    if cue is None and toks[0].lower_ in ctx.lex.adverbs:
        return toks[0]
    return cue


def _flush(run: _Run, seg: Segment) -> None:
    """Settle the quotes of earlier sentences that no later sentence attributed. A quote
    left open at its paragraph's end, followed by a paragraph opening with a quote, is a
    quotation running over several paragraphs: it waits for the speaker named at its end."""
    keep = []
    for mark, kind, mseg in run.pending:
        if kind in ("full", "chain") and not mark.closed and _opens_with_quote(run.ctx, seg):
            keep.append((mark, "chain", mseg))
        elif kind in ("full", "chain"):
            inherit = run.current if run.current_seg >= mseg.index - INHERIT_SEGMENTS else _introducer(run, mseg)
            run.add(mark.start, mark.end, True, inherit, None, None, mseg)
        else:
            run.scare.append(mark)
    run.pending = keep


def _opens_with_quote(ctx: Context, seg: Segment) -> bool:
    first = next((t for t in seg.tokens if not t.is_space), None)
    return first is not None and not ctx.outside(first)


def _close_chain(run: _Run, speaker: Speaker | None, cue, channel: str | None) -> None:
    """Give the paragraphs of a running quotation the speaker named at its end."""
    keep = []
    for mark, kind, mseg in run.pending:
        if kind == "chain":
            run.add(mark.start, mark.end, True, speaker, cue, channel, mseg)
        else:
            keep.append((mark, kind, mseg))
    run.pending = keep


def _introducer(run: _Run, seg: Segment) -> Speaker | None:
    """'Il ministro ha parlato a lungo. «…»': the subject of a reporting verb just before."""
    ctx = run.ctx
    if seg.index == 0:
        return None
    prev = ctx.segments[seg.index - 1]
    for tok in prev.tokens:
        if tok.dep_ == "ROOT" and ctx.outside(tok) and ctx.lex.is_cue(tok):
            subj = subject_of(ctx, tok)
            found = phrase_speaker(ctx, subj, prev) if subj is not None else None
            if found not in (None, ANTECEDENT):
                return found
    return None


def _anaphora(run: _Run, seg: Segment, cue) -> None:
    """'Lo ha detto X': X said the previous sentence (its quotes and its content)."""
    ctx = run.ctx
    prev = ctx.segments[seg.index - 1] if seg.index else None
    speaker = speaker_of(ctx, cue, seg, inverted=True)
    _rep, source = according_to(ctx, seg, outside_text(ctx, seg))
    channel = channel_of(ctx, seg) or (source.text if source is not None else None)
    if speaker not in (None, ANTECEDENT) and speaker.text.lower() in ctx.lex.agencies and run.last_anaphora:
        for item in run.last_anaphora:
            item.channel = item.channel or speaker.text
        run.last_anaphora = []
        return
    speaker = run.resolve(speaker, seg, cue.idx)
    if prev is None or speaker is None:
        return
    cue_span = cue_text(ctx, cue)
    first = len(run.found)
    for mark, _kind, _mseg in run.pending:
        run.add(mark.start, mark.end, True, speaker, cue_span, channel, prev)
    run.pending = []
    start, end = trim_span(ctx.text, prev.start, prev.end)
    whole = len(prev.marks) == 1 and prev.marks[0].open <= start + 1 and prev.marks[0].close >= end - 1
    if not whole and not any(f.seg == prev.index and not f.direct for f in run.found):
        run.add(start, end, False, speaker, cue_span, channel, prev)
    run.last_anaphora = run.found[first:]


def _segment(run: _Run, seg: Segment) -> None:
    ctx = run.ctx
    cue0 = _anaphoric_cue(ctx, seg)
    if cue0 is not None:
        _anaphora(run, seg, cue0)
    else:
        _flush(run, seg)
        run.last_anaphora = []
    channel = channel_of(ctx, seg)
    spoken = _reported(run, seg, channel, skip=cue0)
    for mark in seg.marks:
        _mark(run, seg, mark, channel, spoken)
    if spoken is not None:
        keep = []
        for mark, kind, mseg in run.pending:
            if mseg is seg:
                run.add(mark.start, mark.end, True, spoken, None, channel, seg)
            else:
                keep.append((mark, kind, mseg))
        run.pending = keep


def _reported(run: _Run, seg: Segment, channel: str | None, *, skip) -> Speaker | None:
    """Add the segment's reported speech; return its speaker (for its quoted phrases)."""
    ctx = run.ctx
    rep_src, source = according_to(ctx, seg, outside_text(ctx, seg))
    spoken = None
    taken: list[tuple[int, int]] = []
    for cue in ctx.seg_outside(seg):
        if (skip is not None and cue.i == skip.i) or not ctx.lex.is_cue(cue):
            continue
        rep = reported_in(ctx, seg, cue)
        if rep is None or any(a < rep.end and rep.start < b for a, b in taken):
            continue
        speaker = run.resolve(speaker_of(ctx, cue, seg, inverted=rep.inverted), seg, cue.idx)
        if speaker is None:
            continue
        relay = source.text if source is not None else None
        run.add(rep.start, rep.end, False, speaker, cue_text(ctx, cue), channel or relay, seg)
        taken.append((rep.start, rep.end))
        spoken = spoken or speaker
    if rep_src is not None and not taken and skip is None and not _named_cue(ctx, seg):
        speaker = run.resolve(rep_src.source, seg, rep_src.start)
        run.add(rep_src.start, rep_src.end, False, speaker, rep_src.cue_span, channel, seg)
        spoken = speaker
    return spoken


def _named_cue(ctx: Context, seg: Segment) -> bool:
    """Whether a reporting verb of the segment has its own speaker before it ("The company
    described …, according to a statement": the source phrase is then the channel)."""
    for cue in ctx.seg_outside(seg):
        if ctx.lex.is_cue(cue):
            subj = subject_of(ctx, cue)
            if subj is not None and subj.i < cue.i and person_like(ctx, subj):
                return True
    return False


def _mark(run: _Run, seg: Segment, mark: Mark, channel: str | None, spoken: Speaker | None) -> None:
    ctx = run.ctx
    verdict = classify(ctx, seg, mark)
    if verdict.kind == "scare":
        run.scare.append(mark)
    elif verdict.kind == "headline":
        speaker = run.resolve(pick_speaker(ctx, verdict.speaker_toks), seg, mark.open)
        run.add(mark.start, mark.end, True, speaker, None, channel, seg)
    elif verdict.kind == "impersonal":
        found = pick_speaker(ctx, verdict.speaker_toks) or ANTECEDENT
        speaker = run.resolve(found, seg, mark.open)
        run.add(mark.start, mark.end, True, speaker, verdict.cue_span, channel, seg)
    elif verdict.kind == "cue":
        speaker = speaker_of(ctx, verdict.cue, seg, inverted=verdict.inverted)
        if spoken is not None and not ctx.lex.is_speech(verdict.cue):
            # "Secondo Putin, … quello che definisce “…”": the sentence's source speaks.
            speaker = spoken
        if speaker is None:
            whole = not [t for t in ctx.seg_outside(seg) if not (t.is_punct or t.is_space)]
            run.pending.append((mark, "full" if whole else "pending", seg))
            return
        speaker = run.resolve(speaker, seg, verdict.cue.idx)
        run.add(mark.start, mark.end, True, speaker, cue_text(ctx, verdict.cue), channel, seg)
        _close_chain(run, speaker, cue_text(ctx, verdict.cue), channel)
    else:
        run.pending.append((mark, verdict.kind, seg))


class QuoteExtractor:
    """Builds ``doc.quotes`` and ``doc.scare_quotes`` from the text and its parse."""

    name = "rassegna.quotes.v1"

    def __call__(self, doc: Document) -> Document:
        lex = lexicon(doc.language)
        if lex is None or not doc.text or doc.nlp is None:
            return doc
        marks = split_interrupted(doc.text, doc.nlp, lex, find_marks(doc.text))
        ctx = build_context(doc.text, doc.nlp, lex, marks)
        run = _Run(ctx)
        for seg in ctx.segments:
            _segment(run, seg)
        _flush(run, Segment(len(ctx.segments), len(doc.text), len(doc.text)))
        doc.quotes = _quotes(doc, run.found)
        doc.scare_quotes = sorted((doc.span(m.start, m.end) for m in run.scare), key=lambda s: s.start)
        return doc


def _quotes(doc: Document, found: list[Found]) -> list[Quote]:
    quotes: list[Quote] = []
    seen: set[tuple[int, int, bool]] = set()
    for item in sorted(found, key=lambda f: (f.start, f.end)):
        if (item.start, item.end, item.direct) in seen:
            continue
        seen.add((item.start, item.end, item.direct))
        spk = item.speaker if item.speaker not in (None, ANTECEDENT) else None
        quotes.append(
            Quote(
                span=doc.span(item.start, item.end),
                direct=item.direct,
                speaker_text=spk.text if spk else None,
                speaker_span=doc.span(spk.start, spk.end) if spk else None,
                cue=doc.text[item.cue[0] : item.cue[1]] if item.cue else None,
                channel=item.channel,
                id=f"{doc.id}-q{len(quotes) + 1}",
            )
        )
    return quotes


@stage("rassegna.quotes.v1", needs=("text", "language", "nlp"), gives=("quotes", "scare_quotes"))
def make_quote_extractor() -> QuoteExtractor:
    return QuoteExtractor()
