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
    """The syntactic subject of the cue, or of the verbs it hangs from (a relative or
    coordinated clause: "…, nel quale ha elogiato Kim" takes the subject of "ha scritto")."""
    node = cue
    for _ in range(4):
        for child in node.children:
            if child.dep_ in _SUBJ and ctx.outside(child) and child.pos_ != "SCONJ":
                if child.i < cue.i or ctx.lex.is_speech(cue) or node.i != cue.i:
                    return child
        if node.dep_ not in ("conj", "acl:relcl", "acl", "advcl", "xcomp", "nmod", "obl", "obj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def phrase_speaker(ctx: Context, head, seg: Segment) -> Speaker | None:
    """The speaker inside the phrase headed by ``head``: name, then organisation, then role."""
    if head.pos_ == "PRON" or head.lower_ in ctx.lex.pronouns:
        return ANTECEDENT if head.pos_ == "PRON" and head.lower_ not in ("che", "chi", "who", "which") else None
    lo = max(head.left_edge.i, seg.tokens[0].i)
    hi = min(head.right_edge.i, seg.tokens[-1].i, lo + PHRASE_MAX)
    # "Il presidente americano Joe Biden" parsed as two subjects: the name joins the role.
    while hi + 1 <= seg.tokens[-1].i and ctx.nlp[hi + 1].pos_ == "PROPN" and ctx.outside(ctx.nlp[hi + 1]):
        hi = ctx.nlp[hi + 1].right_edge.i if ctx.nlp[hi + 1].right_edge.i > hi else hi + 1
    toks = [t for t in ctx.nlp[lo : hi + 1] if ctx.outside(t)]
    if head.i < lo or head.i > hi:
        toks = [head]
    return pick_speaker(ctx, toks, head)


def pick_speaker(ctx: Context, toks: list, head=None) -> Speaker | None:
    """A name (person, then organisation) in ``toks``; a role head beats an organisation
    that only modifies it ("il leader del Cremlino" -> "leader")."""
    if not toks:
        return None
    if head is None:
        head = next((t for t in toks if t.pos_ in ("NOUN", "PROPN")), None)
    ids = {t.i for t in toks}
    ents = [ctx.ent_at[t.i] for t in toks if t.i in ctx.ent_at]
    for ent in ents:
        tail = _name_tail(ctx, ent)
        if tail is not None:
            return tail
    flat = _flat_name(ctx, toks, ids)
    if flat is not None:
        return flat
    for ent in ents:
        if ent.label_ in _NAME_LABELS:
            return _entity(ctx, ent)
    if head is not None and ctx.lex.is_role(head):
        return _name_after_role(ctx, toks) or _role_phrase(ctx, toks, head)
    for ent in ents:
        if ent.label_ in _ORG_LABELS:
            return _entity(ctx, ent)
    run = _propn_run(ctx, toks)
    if run:
        return run
    return _role_phrase(ctx, toks, head)


def _flat_name(ctx: Context, toks: list, ids: set[int]) -> Speaker | None:
    """A parsed personal name: a proper noun with 'flat:name' parts ("Luca Bianchi"). After a
    genitive ("delle Imprese Adolfo Urso") the first part is the organisation, not the name."""
    for tok in toks:
        if tok.pos_ != "PROPN" or tok.dep_ == "flat:name":
            continue
        flats = [c for c in tok.children if c.dep_ == "flat:name" and c.i in ids and c.pos_ == "PROPN"]
        if not flats or flats[-1].i - tok.i != len(flats):
            continue
        genitive = tok.i > 0 and ctx.nlp[tok.i - 1].pos_ == "ADP"
        if genitive and len(flats) < 2:
            continue
        first = flats[0] if genitive else tok
        start, end = first.idx, flats[-1].idx + len(flats[-1].text)
        return _extend(ctx, start, end)
    return None


def _entity(ctx: Context, ent) -> Speaker:
    """The entity's span, carried over a hyphenated last name the tokenizer split (Jong-un)."""
    return _extend(ctx, ent.start_char, ent.end_char)


def _extend(ctx: Context, start: int, end: int) -> Speaker:
    """The name's span, without a glued elided article ("dell’Ocse") and with a hyphenated
    last part the tokenizer split ("Jong-un")."""
    text = ctx.text
    for k in range(start, min(end, start + 6)):
        if text[k] in "’'" and text[start:k].islower():
            start = k + 1
            break
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha():
        end += 1
        while end < len(text) and text[end].isalnum():
            end += 1
    return Speaker(text[start:end], start, end)


def _name_tail(ctx: Context, ent) -> Speaker | None:
    """'del Cremlino Dmitry Peskov' tagged as one name: the organisation is a genitive, the
    person is the flat name after it."""
    if len(ent) < 3 or ent.start == 0 or ctx.nlp[ent.start - 1].pos_ != "ADP":
        return None
    tail = list(ent[1:])
    if len(tail) < 2 or any(t.pos_ != "PROPN" for t in tail):
        return None
    start, end = tail[0].idx, tail[-1].idx + len(tail[-1].text)
    return Speaker(ctx.text[start:end], start, end)


def person_like(ctx: Context, tok) -> bool:
    """Whether a subject head can be a speaker: a name, role, source noun or pronoun."""
    if tok.pos_ == "PRON":
        return "Rel" not in tok.morph.get("PronType")
    if tok.pos_ == "PROPN" or tok.ent_type_:
        return True
    lex = ctx.lex
    return lex.is_role(tok) or tok.lower_ in lex.source_nouns or tok.lemma_.lower() in lex.source_nouns


def _propn_run(ctx: Context, toks: list) -> Speaker | None:
    run: list = []
    for tok in toks:
        if (tok.pos_ == "PROPN" and tok.lower_ not in ctx.lex.skip) or (
            run and tok.lower_ in ctx.lex.connectors and _next_is_propn(ctx, tok)
        ):
            run.append(tok)
        elif run:
            break
    if not run:
        return None
    return _extend(ctx, run[0].idx, run[-1].idx + len(run[-1].text))


def _name_after_role(ctx: Context, toks: list) -> Speaker | None:
    """A name the recogniser missed after a role ("la presidente … Ursula von der Leyen"):
    a run of two or more proper nouns not governed by a preposition ("della Commissione")."""
    runs: list[list] = [[]]
    for tok in toks:
        if tok.pos_ == "PROPN" or (runs[-1] and tok.lower_ in ctx.lex.connectors and _next_is_propn(ctx, tok)):
            runs[-1].append(tok)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        governed = run and run[0].i > 0 and ctx.nlp[run[0].i - 1].pos_ == "ADP"
        if len(run) >= 2 and not governed:
            return _extend(ctx, run[0].idx, run[-1].idx + len(run[-1].text))
    return None


def _next_is_propn(ctx: Context, tok) -> bool:
    return tok.i + 1 < len(ctx.nlp) and ctx.nlp[tok.i + 1].pos_ == "PROPN"


def _role_phrase(ctx: Context, toks: list, head) -> Speaker | None:
    """'leader russo', 'portavoce', 'esperti': a role or source noun and its adjectives."""
    lex = ctx.lex
    noun = next((t for t in toks if lex.is_role(t)), None)
    if noun is None:
        noun = next((t for t in toks if t.lower_ in lex.source_nouns or t.lemma_.lower() in lex.source_nouns), None)
    if noun is None and head is not None and person_like(ctx, head) and head.pos_ in ("NOUN", "PROPN"):
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
    # A short circumstance before the subject: "ha commentato da Washington il segretario",
    # "commenta a caldo il presidente".
    if toks and toks[0].pos_ == "ADP":
        det = next((k for k, t in enumerate(toks[1:4], start=1) if t.pos_ == "DET"), None)
        if det is not None and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "ADV") for t in toks[1:det]):
            toks = toks[det:]
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
    """The speaker of a reporting verb; ANTECEDENT for a pronoun or null subject, None when
    the verb's subject is a thing ("la visita sottolinea…": not a reporting use)."""
    if inverted:
        post = post_verbal(ctx, cue, seg)
        if post is not None:
            return post
    subj = subject_of(ctx, cue)
    if subj is not None:
        if subj.pos_ == "PRON" and "Rel" in subj.morph.get("PronType"):
            # "…, Elly Schlein, che ha replicato": the noun the relative clause hangs on.
            if cue.dep_ == "acl:relcl" and person_like(ctx, cue.head):
                return phrase_speaker(ctx, cue.head, seg) or ANTECEDENT
            return ANTECEDENT
        if not person_like(ctx, subj):
            return None if subj.head.i == cue.i else ANTECEDENT
        found = phrase_speaker(ctx, subj, seg)
        if found is not None:
            return found
    if not inverted and ctx.lex.is_speech(cue):
        post = post_verbal(ctx, cue, seg)
        if post is not None:
            return post
    pre = pre_verbal(ctx, cue, seg)
    if pre is not None and not inverted and subj is None and cue.dep_ in ("ROOT", "parataxis"):
        return pre
    return ANTECEDENT
