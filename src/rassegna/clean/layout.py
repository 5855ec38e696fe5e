"""Where the article is on the page: the headline, the header above the body, the footer below.

Scraped pages put menus, mastheads, section labels and bylines above the headline and
body, and tags, related links and furniture below it. The body is found as the run of
lines from the first to the last real paragraph; short non-sentence lines outside it go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Removal

# A real paragraph: this many words, or fewer with a sentence's final punctuation.
BODY_WORDS, BODY_WORDS_SENTENCE = 20, 10
# A headline: short, not ending like a sentence clause, starting with a capital.
TITLE_MAX_CHARS = 200
TITLE_WORDS = (3, 35)
# A headline-like line this short, with a longer one after it, is a masthead or a label.
MASTHEAD_WORDS = 4
# Below the headline, a header line with fewer words (and no sentence) is a byline or label.
STANDFIRST_WORDS = 7
# Below the body, a line is kept only as a sentence of at least this many words.
FOOTER_SENTENCE_WORDS = 4
# A long line mostly of capitalised words, with no comma or final stop, is a menu even
# with a lowercase word or two ("Israel-Gaza war", "Ok Boomer!").
MENU_WORDS, MENU_CAPITALISED = 6, 0.7
_JOINERS = {"di", "del", "della", "dei", "delle", "il", "la", "lo", "l'", "the", "of", "and", "e", "&", "-", "–", "de"}
_CLAUSE_END = re.compile(r"[.;,:]$")
_SENTENCE_END = re.compile(r"[.!?…][\"»”’)\]]*$")
_CONTINUES = re.compile(r"[:;]$")
_OPENERS = "'\"‘“«¿¡(["


@dataclass
class Line:
    text: str
    blank_before: bool
    reason: str | None = None  # None: kept


def norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def layout(lines: list[Line], title: str | None, found: dict[str, str], removed: list[Removal]) -> None:
    """Label header and footer debris and take the headline, given the lines rules left."""
    kept = [ln for ln in lines if not ln.reason]
    body = [i for i, ln in enumerate(kept) if _is_paragraph(ln.text)]
    if not body:
        return
    header, footer = kept[:body[0]], kept[body[-1] + 1:]
    _header(header, title, found, removed)
    for line in footer:
        if _is_menu(line.text) or not (_is_sentence(line.text, FOOTER_SENTENCE_WORDS) or _continues(line.text)):
            _remove(line, "other", removed)


def _header(header: list[Line], title: str | None, found: dict[str, str], removed: list[Removal]) -> None:
    at = _title_index(header, title)
    if at is None:
        for line in header:
            if _is_menu(line.text):
                _remove(line, "navigation", removed)
        return
    for i, line in enumerate(header):
        if i < at:
            if i == 0 and is_name(line.text) and len(line.text.split()) <= MASTHEAD_WORDS:
                _remove(line, "masthead", removed)
                found["outlet"] = line.text  # the page's own name beats a credit line
            else:
                _remove(line, "navigation", removed)
        elif i == at:
            _remove(line, "title", removed)
            if not title:
                found["title"] = line.text
        elif _is_menu(line.text) or len(line.text.split()) < STANDFIRST_WORDS:
            _remove(line, "byline" if is_name(line.text) else "other", removed)


def _title_index(header: list[Line], title: str | None) -> int | None:
    if title:
        return next((i for i, ln in enumerate(header) if same_title(ln.text, title)), None)
    candidates = [i for i, ln in enumerate(header) if is_headline(ln.text) and not _is_menu(ln.text)]
    if not candidates:
        return None
    first = candidates[0]
    longer = [i for i in candidates[1:] if len(header[i].text.split()) > len(header[first].text.split())]
    if len(header[first].text.split()) <= MASTHEAD_WORDS and longer:
        return longer[0]
    return first


def is_headline(text: str) -> bool:
    words = len(text.split())
    return (len(text) <= TITLE_MAX_CHARS and TITLE_WORDS[0] <= words <= TITLE_WORDS[1]
            and not _CLAUSE_END.search(text) and text.lstrip(_OPENERS).lstrip()[:1].isupper())


def same_title(line: str, title: str) -> bool:
    a, b = norm(line), norm(title)
    if not a or not b:
        return False
    if a == b or (len(a) > 20 and (a in b or b in a)):
        return True
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) >= 0.8 * max(len(wa), len(wb))


def _is_paragraph(text: str) -> bool:
    words = len(text.split())
    return words >= BODY_WORDS or (words >= BODY_WORDS_SENTENCE and bool(_SENTENCE_END.search(text)))


def _is_sentence(text: str, min_words: int) -> bool:
    return len(text.split()) >= min_words and bool(_SENTENCE_END.search(text))


def _continues(text: str) -> bool:
    """A clause the text goes on from: it opens a quotation or a list, or is an item of one
    ("ha dichiarato:", "Mario Rossi, 36 anni;")."""
    return len(text.split()) >= FOOTER_SENTENCE_WORDS and bool(_CONTINUES.search(text))


def _is_menu(text: str) -> bool:
    """A run of capitalised words, not a sentence: a menu or a list of sections."""
    words = text.split()
    if len(words) < 3 or re.search(r"[,;:«»“”\"]|[.?]$", text):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised == len(words) or (len(words) >= MENU_WORDS and capitalised >= MENU_CAPITALISED * len(words))


def is_name(text: str) -> bool:
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in _JOINERS for w in words)


def _remove(line: Line, reason: str, removed: list[Removal]) -> None:
    line.reason = reason
    removed.append(Removal(line.text, reason))
