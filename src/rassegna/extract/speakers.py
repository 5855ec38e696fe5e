"""Who is speaking: the speaker of a reporting verb, as written, and the channel it used.

A speaker is returned as a character span of the clean text: the proper name when the
phrase has one ("il portavoce del Cremlino Dmitry Peskov" -> "Dmitry Peskov"), else the
description from its role noun ("il leader russo" -> "leader russo"), else an organisation.
Pronouns and Italian null subjects return :data:`ANTECEDENT`: the caller substitutes the
most recent speaker mention.
"""

from __future__ import annotations

from dataclasses import dataclass

from .quote_context import Context, Segment

_SUBJ = ("nsubj", "nsubj:pass", "csubj", "expl:impers")
_POST = ("obj", "nmod", "obl", "appos", "dislocated", "nsubj", "conj", "flat:name", "dep", "iobj")
_NAME_LABELS = ("PER", "PERSON")
_ORG_LABELS = ("ORG", "NORP", "GPE", "LOC")
# How far past a cue a post-verbal speaker may start ("ha chiarito ieri sera il portavoce").
POST_WINDOW = 6
# How far a speaker phrase may run ("il portavoce del Consiglio di sicurezza nazionale
# della Casa Bianca, John Kirby" is 13 tokens).
PHRASE_MAX = 16


@dataclass
class Speaker:
    text: str
    start: int
    end: int


ANTECEDENT = Speaker("", -1, -1)


def cue_text(ctx: Context, cue) -> tuple[int, int]:
    """The cue as written, with its auxiliaries and clitic 'si' ("si era limitato a dire")."""
    start = cue.idx
    for tok in cue.lefts:
        if tok.dep_ in ("aux", "aux:pass", "expl", "expl:impers", "expl:pass") and tok.i >= cue.i - 3:
            start = min(start, tok.idx)
    return start, cue.idx + len(cue.text)


def subject_of(ctx: Context, cue):
    """The syntactic subject of the cue (or of the verb it depends on), outside quotes."""
    for verb in (cue, cue.head if cue.dep_ in ("xcomp", "conj") else None):
        if verb is None:
            continue
        for child in verb.children:
            if child.dep_ in _SUBJ and ctx.outside(child) and child.pos_ != "SCONJ":
                return child
    return None


def phrase_speaker(ctx: Context, head, seg: Segment) -> Speaker | None:
    """The speaker inside the phrase headed by ``head``: name, then organisation, then role."""
    if head.pos_ == "PRON" or head.lower_ in ctx.lex.pronouns:
        return ANTECEDENT if head.pos_ == "PRON" and head.lower_ not in ("che", "chi", "who", "which") else None
    lo = max(head.left_edge.i, seg.tokens[0].i)
    hi = min(head.right_edge.i, seg.tokens[-1].i, lo + PHRASE_MAX)
    toks = [t for t in ctx.nlp[lo : hi + 1] if ctx.outside(t)]
    if head.i < lo or head.i > hi:
        toks = [head]
    return pick_speaker(ctx, toks, head)


def pick_speaker(ctx: Context, toks: list, head=None) -> Speaker | None:
    if not toks:
        return None
    ids = {t.i for t in toks}
    ents = [e for e in ctx.nlp.ents if e.start in ids]
    for labels in (_NAME_LABELS, _ORG_LABELS):
        for ent in ents:
            if ent.label_ in labels:
                return Speaker(ent.text, ent.start_char, ent.end_char)
    run = _propn_run(ctx, toks)
    if run:
        return run
    return _role_phrase(ctx, toks, head)


def _propn_run(ctx: Context, toks: list) -> Speaker | None:
    run: list = []
    for tok in toks:
        if tok.pos_ == "PROPN" or (run and tok.lower_ in ctx.lex.connectors and _next_is_propn(ctx, tok)):
            run.append(tok)
        elif run:
            break
    if not run:
        return None
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    return Speaker(ctx.text[start:end], start, end)


def _next_is_propn(ctx: Context, tok) -> bool:
    return tok.i + 1 < len(ctx.nlp) and ctx.nlp[tok.i + 1].pos_ == "PROPN"


def _role_phrase(ctx: Context, toks: list, head) -> Speaker | None:
    """'leader russo', 'portavoce', 'esperti': a role or source noun and its adjectives."""
    lex = ctx.lex
    noun = next((t for t in toks if lex.is_role(t)), None)
    if noun is None:
        noun = next((t for t in toks if t.lower_ in lex.source_nouns or t.lemma_.lower() in lex.source_nouns), None)
    if noun is None and head is not None and head.pos_ in ("NOUN", "PROPN"):
        noun = head
    if noun is None:
        return None
    end_tok = noun
    while end_tok.i + 1 < len(ctx.nlp) and ctx.nlp[end_tok.i + 1].pos_ == "ADJ" and ctx.outside(ctx.nlp[end_tok.i + 1]):
        end_tok = ctx.nlp[end_tok.i + 1]
    start, end = noun.idx, end_tok.idx + len(end_tok.text)
    return Speaker(ctx.text[start:end], start, end)


def post_verbal(ctx: Context, cue, seg: Segment) -> Speaker | None:
    """A subject after the cue, as Italian inverts it ("”, ha aggiunto Kim"; "said Warren")."""
    toks = [t for t in seg.tokens if t.i > cue.i and ctx.outside(t)]
    skipped = 0
    while toks and (toks[0].lower_ in ctx.lex.skip or toks[0].pos_ in ("ADV", "AUX")) and skipped < POST_WINDOW:
        toks.pop(0)
        skipped += 1
    if not toks or toks[0].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"):
        return None
    phrase = []
    for tok in toks[:PHRASE_MAX]:
        if tok.pos_ in ("VERB", "SCONJ") or tok.text in (".", ";", ":") or tok.lower_ in ctx.lex.complementizers:
            break
        phrase.append(tok)
    if phrase and phrase[0].pos_ == "PRON":
        return ANTECEDENT if phrase[0].lower_ in ctx.lex.pronouns else None
    return pick_speaker(ctx, _cut_channel(ctx, phrase))


def _cut_channel(ctx: Context, phrase: list) -> list:
    """Stop a speaker phrase where a channel or circumstance begins ('durante una conferenza')."""
    for k, tok in enumerate(phrase):
        if k and tok.pos_ == "ADP" and tok.dep_ == "case" and tok.head.i < len(ctx.nlp):
            head = tok.head
            if head.lower_ in ctx.lex.channel_nouns or head.dep_ in ("obl", "advcl"):
                return phrase[:k]
    return phrase


def pre_verbal(ctx: Context, cue, seg: Segment) -> Speaker | None:
    """The nearest name or role before the cue in the same clause ("Putin ha detto")."""
    toks = [t for t in seg.tokens if t.i < cue.i and ctx.outside(t)]
    clause: list = []
    for tok in reversed(toks):
        if tok.pos_ == "VERB" or tok.text in (";", ":"):
            break
        clause.insert(0, tok)
    return pick_speaker(ctx, clause) if clause else None


def speaker_of(ctx: Context, cue, seg: Segment, *, inverted: bool) -> Speaker | None:
    """The speaker of a reporting verb; ANTECEDENT for a pronoun or null subject."""
    subj = subject_of(ctx, cue)
    if subj is not None:
        found = phrase_speaker(ctx, subj, seg)
        if found is not None:
            return found
    post = post_verbal(ctx, cue, seg)
    if post is not None and (inverted or (subj is None and ctx.lex.is_speech(cue))):
        return post
    pre = pre_verbal(ctx, cue, seg)
    if pre is not None and not inverted:
        return pre
    return ANTECEDENT
