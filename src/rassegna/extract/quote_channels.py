"""Through which channel a statement reached the outlet, as a short normalised string.

"in un articolo per il giornale nordcoreano Rodong Sinmun" -> "articolo per Rodong Sinmun";
"in un comunicato pubblicato dal Cremlino" -> "comunicato del Cremlino"; "durante una
conferenza stampa" -> "conferenza stampa"; "citato dalla Tass" -> "Tass". The first channel
noun of the clause wins; a relaying agency alone is used when there is no channel noun.
"""

from __future__ import annotations

from .quote_context import Context, Segment


def outside_text(ctx: Context, seg: Segment) -> str:
    """The segment's text with every quoted stretch blanked, offsets preserved."""
    chars = list(ctx.text[seg.start : seg.end])
    for mark in seg.marks:
        for i in range(max(mark.open, seg.start), min(mark.close + 1, seg.end)):
            chars[i - seg.start] = " "
    return "".join(chars)


def channel_of(ctx: Context, seg: Segment) -> str | None:
    """The channel noun, the relay, or "noun (relay)" when the clause names both."""
    text = outside_text(ctx, seg)
    noun = _channel_noun(ctx, text)
    relay = relay_of(ctx, text)
    if noun and relay and relay not in noun:
        return f"{noun} ({relay})"
    return noun or relay


def relay_of(ctx: Context, text: str) -> str | None:
    """The agency or outlet that relayed the statement ("citato dalla Tass" -> "Tass")."""
    for pattern in ctx.lex.citations:
        found = pattern.search(text)
        if found:
            return found.group("src").strip()
    return None


def _channel_noun(ctx: Context, text: str) -> str | None:
    lex = ctx.lex
    if lex.channel_re is None:
        return None
    for found in lex.channel_re.finditer(text):
        noun = found.group("noun")
        if not _introduced(lex, text[: found.start()]):
            continue
        name, link = found.group("name"), found.group("link")
        if name and link and _plausible_outlet(lex, name):
            link = lex.link_norm.get(link.lower(), link.lower())
            sep = "" if link.endswith(("’", "'")) else " "
            return f"{noun} {link}{sep}{name}"
        return noun
    return None


def _introduced(lex, before: str) -> bool:
    """A channel noun counts only shortly after a preposition ('in un articolo', 'durante una')."""
    words = before.lower().replace("’", "’ ").replace("'", "' ").split()[-2:]
    return bool(words) and words[-1] in lex.channel_preps


def _plausible_outlet(lex, name: str) -> bool:
    # A sentence-initial capital after the link is not an outlet; names of one letter neither.
    return len(name) > 1
