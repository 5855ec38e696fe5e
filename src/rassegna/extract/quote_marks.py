"""Finding quoted stretches of text by their marks, however the outlet typed them.

Scraped news mixes “ ” « » " " ‘ ’ and misuses them: a quote opened with ” glued to the
previous sentence (``Ucraina.”La Russia…``), a ’ that is an apostrophe inside a quote, a
quote never closed. This module is pure text (no parse): it returns the marks' positions,
and the inner span without the marks, for every outermost quoted stretch.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..textspan import strip_span

# Mark families: opener -> the closers accepted for it. “ ” „ are one family because
# outlets swap them freely; the straight " closes itself.
_DOUBLE = "“”„‟"
_CLOSERS = {"«": "»", "‹": "›", '"': '"', "‘": "’‘", "‚": "’‘"}
# A quote left open is closed at the end of its paragraph; a single-mark quote left open is
# more likely an apostrophe or a typo, so it is dropped.
_DROP_UNCLOSED = "‘‚"


@dataclass
class Mark:
    """One quoted stretch: ``open``/``close`` are the marks' offsets (close may be the end
    of the paragraph when never closed); ``start``/``end`` the inner text, trimmed."""

    open: int
    close: int
    start: int
    end: int
    closed: bool = True
    split: bool = False  # one part of a quote interrupted by its reporting clause


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` can open a quote here (not glued to a word on its left,
    or glued to sentence punctuation, and followed by text)."""
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > 0 else " "
    if nxt.isspace():
        return False
    if ch in "’":
        return False
    if ch in "‘‚'" and _is_word(prev):
        return False
    if ch in "”" and _is_word(prev):
        return False
    return True


def _closes(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if opener in _DOUBLE:
        return ch in _DOUBLE and not prev.isspace() or (ch in _DOUBLE and not _is_word(nxt))
    if ch not in _CLOSERS.get(opener, ""):
        return False
    if opener in "‘‚":
        # ’ between two letters is an apostrophe (dell’Occidente), not a closer.
        return not (_is_word(prev) and _is_word(nxt))
    if opener == '"':
        return not prev.isspace() or not _is_word(nxt)
    return True


def _paragraph_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def find_marks(text: str) -> list[Mark]:
    """Every outermost quoted stretch of ``text``, in order; nested quotes stay inside."""
    marks: list[Mark] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if (ch in _DOUBLE or ch in _CLOSERS) and _opens(text, i):
            mark = _scan_to_close(text, i)
            if mark is not None:
                marks.append(mark)
                i = mark.close + 1
                continue
        i += 1
    return marks


def _scan_to_close(text: str, i: int) -> Mark | None:
    opener = text[i]
    limit = _paragraph_end(text, i)
    depth_stack: list[str] = []
    j = i + 1
    while j < limit:
        ch = text[j]
        if depth_stack:
            if _closes(text, j, depth_stack[-1]):
                depth_stack.pop()
        elif _closes(text, j, opener):
            start, end = strip_span(text, i + 1, j)
            return Mark(i, j, start, end) if end > start else None
        elif ch in "«‹" or (ch in _DOUBLE and opener not in _DOUBLE and _opens(text, j)) or (
            ch in "‘" and opener != "‘" and _opens(text, j)
        ):
            depth_stack.append(ch)
        j += 1
    if opener in _DROP_UNCLOSED:
        return None
    start, end = strip_span(text, i + 1, limit)
    return Mark(i, limit, start, end, closed=False) if end > start else None
