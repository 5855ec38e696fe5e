"""Remove web debris from scraped text, line by line and inline, saying what and why.

What debris tells is kept: "(Adnkronos) –" gives the outlet, "Pubblicato: 19/06/2024 11:50"
the date, "Continua a leggere su X" the outlet, a headline at the top the title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..dates import parse_written
from ..model import Removal
from .layout import Line, is_name, layout, norm
from .rules import RuleSet

# A newsletter box: the short lines right after its trigger, until a blank line.
BOX_LINE_MAX = 160
BOX_MAX_LINES = 8
# A short line that is mostly a date is a publication stamp.
DATE_LINE_MAX = 45
# Repeated lines shorter than this are page furniture (all copies go); longer ones are
# paragraphs scraped twice (the first copy stays).
REPEAT_SHORT = 200
# Captions are short: a paragraph longer than this ending in "(credit)" is body text.
CAPTION_MAX = 500
# Inline credits/datelines are looked for at the start of the first few body lines.
INLINE_SCAN_LINES = 3

_CREDIT = re.compile(r"(?<=[.!?»”\"’)\]])\s*\((?P<credit>[^()]{2,60})\)\s*$")
_NAME_CREDIT = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s*[,/]\s*\S.{0,40}")


@dataclass
class Cleaned:
    text: str
    removed: list[Removal] = field(default_factory=list)
    found: dict[str, str] = field(default_factory=dict)


def clean(text: str, rules: RuleSet, *, title: str | None = None) -> Cleaned:
    """The body of ``text`` without debris; ``title`` (if known) is taken off the top."""
    lines = _split(text)
    found: dict[str, str] = {}
    _label_rules(lines, rules, found)
    _label_captions(lines, rules)
    corpus = _tokenized(text)  # a corpus file (CoNLL text), not a page: no page furniture to find
    if not corpus:
        _label_repeats(lines)
    removed = [Removal(ln.text, ln.reason) for ln in lines if ln.reason]
    if not corpus:
        layout(lines, title, found, removed)
    _inline(lines, rules, found, removed)
    return Cleaned(_compose(lines), removed, found)


_SPACED_PUNCT = re.compile(r" [,.;:!?](?= |$)", re.M)
_ATTACHED_PUNCT = re.compile(r"\w[,.;:!?](?= |$)", re.M)
TOKENIZED_MIN = 5  # spaced punctuation marks needed before a text counts as already tokenized


def _tokenized(text: str) -> bool:
    """Text already split into tokens, punctuation spaced off ("Roma , 3 marzo ."): sentences
    from an annotated corpus, where a short or repeated line is a sentence like any other."""
    spaced = len(_SPACED_PUNCT.findall(text))
    return spaced >= TOKENIZED_MIN and spaced >= 2 * len(_ATTACHED_PUNCT.findall(text))


def _split(text: str) -> list[Line]:
    lines, blank = [], False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        lines.append(Line(stripped, blank))
        blank = False
    return lines


def _label_rules(lines: list[Line], rules: RuleSet, found: dict[str, str]) -> None:
    box_left = 0
    for line in lines:
        if line.blank_before:
            box_left = 0
        hit = rules.match_line(line.text)
        if hit:
            rule, m = hit
            line.reason = rule.reason
            _keep_what_it_tells(m, found)
            box_left = BOX_MAX_LINES if rule.box else box_left
        elif len(line.text) <= DATE_LINE_MAX and len(line.text.split()) <= 8 and parse_written(line.text):
            line.reason = "dateline"
            found.setdefault("published", parse_written(line.text) or "")
        elif box_left and len(line.text) <= BOX_LINE_MAX:
            line.reason = "promo"
            box_left -= 1
        else:
            box_left = 0


def _keep_what_it_tells(m: re.Match[str], found: dict[str, str]) -> None:
    groups = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
    if "outlet" in groups:
        found.setdefault("outlet", groups["outlet"].rstrip("."))
    if "author" in groups:
        found.setdefault("author", groups["author"])
    if "date" in groups:
        when = parse_written(groups["date"])
        if when:
            found.setdefault("published", when)


def _label_captions(lines: list[Line], rules: RuleSet) -> None:
    for line in lines:
        if line.reason or len(line.text) > CAPTION_MAX:
            continue
        m = _CREDIT.search(line.text)
        if m and _is_credit(m["credit"], rules):
            line.reason = "caption"


def _is_credit(credit: str, rules: RuleSet) -> bool:
    words = set(re.findall(r"[\w©]+", credit.lower()))
    photo = any(w in words or w in credit.lower() for w in rules.credit_words if len(w) > 3 or w == "©")
    return photo or bool(_NAME_CREDIT.fullmatch(credit.strip()))


def _label_repeats(lines: list[Line]) -> None:
    counts = Counter(norm(ln.text) for ln in lines)
    seen: set[str] = set()
    for line in lines:
        key = norm(line.text)
        if counts[key] > 1 and not line.reason and (len(line.text) < REPEAT_SHORT or key in seen) \
                and not _speaker_label(line.text):
            line.reason = "repeated"
        seen.add(key)


def _speaker_label(text: str) -> bool:
    """A name and a colon before each answer of an interview ("Köcher:"): text, not furniture."""
    name = text.rstrip()
    return name.endswith(":") and is_name(name[:-1].strip())


def _inline(lines: list[Line], rules: RuleSet, found: dict[str, str], removed: list[Removal]) -> None:
    kept = [ln for ln in lines if not ln.reason]
    for line in kept[:INLINE_SCAN_LINES]:
        for reason, pattern in rules.inline_start:
            m = pattern.match(line.text)
            if m and m.end() < len(line.text):
                removed.append(Removal(m.group(0), reason))
                _keep_what_it_tells(m, found)
                line.text = line.text[m.end():]
                break
    for line in kept[-2:]:
        for reason, pattern in rules.inline_end:
            m = pattern.search(line.text)
            if m and m.start() > 0:
                removed.append(Removal(m.group(0), reason))
                _keep_what_it_tells(m, found)
                line.text = line.text[:m.start()]
                break


def _compose(lines: list[Line]) -> str:
    out: list[str] = []
    pending_blank = False
    for line in lines:
        pending_blank = pending_blank or line.blank_before
        if line.reason:
            continue
        if out:
            out.append("\n\n" if pending_blank else "\n")
        out.append(line.text)
        pending_blank = False
    return "".join(out)
