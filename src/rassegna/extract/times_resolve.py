"""Calendar values of matched time expressions (TIMEX3 style), given a reference date.

Each handler turns one :class:`~.times_grammar.Candidate` into one or more
:class:`Resolved` values. With no reference date, relative expressions get an
underspecified value (``XXXX-06-18``, ``XXXX-XX-XX``) to be re-resolved once the story's
date is inferred. ``basis`` says what a value rests on: ``absolute`` (stated in full),
``calendar`` (day and month stated, year from the reference) or ``relative``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .times_calendar import (
    SEASON_CODES,
    SEASON_ORDER,
    day_in_year_near,
    day_near,
    pick_month,
    safe_date,
    season_ordinal,
    shift,
    weekday_date,
)
from .times_grammar import Candidate, Grammar, TenseCues, norm

_LEADING_NUMBER = re.compile(r"\d+")
_WORDS_BEFORE = re.compile(r"\w+['’]?")


@dataclass
class Resolved:
    start: int
    end: int
    value: str
    kind: str
    basis: str  # absolute | calendar | relative


@dataclass
class Context:
    """What resolution needs besides the match: the reference date and the text's tense cues."""

    grammar: Grammar
    text: str
    ref: date | None
    _cues: TenseCues | None = None

    def _preceding_word(self, pos: int) -> str | None:
        """The word before an expression, skipping an article ("entro l'estate" -> "entro")."""
        words = _WORDS_BEFORE.findall(self.text[max(0, pos - 30):pos])
        articles = self.grammar.table("articles")
        while words and norm(words[-1]) in articles:
            words.pop()
        return words[-1] if words else None

    def tense(self, c: Candidate) -> int:
        """-1 past, +1 future, 0 unknown: from the leading preposition ("entro", "since"), else the verbs."""
        prep = _group(c.match, "prep") or self._preceding_word(c.start)
        if prep and (hint := self.grammar.value("prep_tense", prep)):
            return int(hint)
        if self._cues is None:
            self._cues = TenseCues(self.grammar, self.text)
        return self._cues.tense(c.start, c.end)


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _number(grammar: Grammar, word: str | None) -> float | None:
    if word is None:
        return None
    if word[0].isdigit():
        return float(word.replace(",", "."))
    found = grammar.value("numerals", word)
    return None if found is None else float(found)


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _offset(grammar: Grammar, m: re.Match[str]) -> int | None:
    for name, table in (("rel", "rel"), ("rel2", "rel_after")):
        word = _group(m, name)
        if word:
            return int(grammar.value(table, word) or 0)
    return None


def _relyear_offset(grammar: Grammar, m: re.Match[str]) -> int | None:
    text = _group(m, "relyear")
    if not text:
        return None
    for word in re.split(r"[\s']+", norm(text)):
        for table in ("rel", "rel_after"):
            found = grammar.value(table, word) if word else None
            if found is not None:
                return int(found)
    return int(grammar.value("rel", text.split()[0]) or 0)


def _day_value(
    ctx: Context, c: Candidate, month: int | None, day: int, weekday: int | None, year: int | None
) -> tuple[str, str]:
    if month and year:
        d = safe_date(year, month, day)
        return (d.isoformat(), "absolute") if d else ("", "absolute")
    if ctx.ref is None:
        return (f"XXXX-{month:02d}-{day:02d}" if month else f"XXXX-XX-{day:02d}"), "calendar"
    if month:
        rel = _group(c.match, "rel0")
        tense = int(ctx.grammar.value("rel", rel) or 0) if rel else ctx.tense(c)
        found = day_in_year_near(ctx.ref, month, day, weekday, tense)
    else:
        found = day_near(ctx.ref, day, weekday)
    return (found.isoformat() if found else ""), ("calendar" if month else "relative")


def h_daylist(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    month = g.value("months", _group(m, "month"))
    year_text = _group(m, "year")
    year = int(year_text) if year_text else None
    rel = _relyear_offset(g, m)
    if rel is not None and ctx.ref is not None:
        year = ctx.ref.year + rel
    base = m.start("days")
    month_first = month is not None and m.start("month") < base
    items = list(g.item.finditer(m.group("days"))) if g.item else []
    out = []
    for i, it in enumerate(items):
        day = int(_LEADING_NUMBER.match(it.group("day")).group())  # type: ignore[union-attr]
        weekday = g.value("weekdays", it.group("weekday") or (_group(m, "weekday0") if i == 0 else None))
        value, basis = _day_value(ctx, c, month, day, weekday, year)
        if rel is not None:
            basis = "relative"
        lead = month_first or _group(m, "weekday0") or _group(m, "rel0")
        start = c.start if i == 0 and lead else base + it.start()
        end = c.end if i == len(items) - 1 else base + it.end()
        if value:
            out.append(Resolved(start, end, value, "date", basis))
    return out


def h_numeric(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    y = int(m.group("y"))
    if _group(m, "mo"):
        mo, d = int(m.group("mo")), int(m.group("d"))
    else:
        a, b = int(m.group("a")), int(m.group("b"))
        d, mo = (a, b) if g.data.get("numeric_order") == "dmy" else (b, a)
        if mo > 12:
            d, mo = mo, d
    found = safe_date(y, mo, d)
    return [Resolved(c.start, c.end, found.isoformat(), "date", "absolute")] if found else []


def h_month(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    month = int(g.value("months", m.group("month")))
    year_text = _group(m, "year")
    if year_text:
        return [Resolved(c.start, c.end, f"{year_text}-{month:02d}", "date", "absolute")]
    if ctx.ref is None:
        return [Resolved(c.start, c.end, f"XXXX-{month:02d}", "date", "relative")]
    ref = ctx.ref
    rel_year = _relyear_offset(g, m)
    offset = _offset(g, m)
    if rel_year is not None:
        year = ref.year + rel_year
    elif offset is not None:
        if offset < 0:
            year = ref.year if month < ref.month else ref.year - 1
        elif offset > 0:
            year = ref.year if month > ref.month else ref.year + 1
        else:
            year = ref.year
    else:
        year = pick_month(ref, month, ctx.tense(c))
    return [Resolved(c.start, c.end, f"{year}-{month:02d}", "date", "relative")]


def h_season(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    code = str(g.value("seasons", m.group("season")))
    year_text = _group(m, "year")
    if year_text:
        return [Resolved(c.start, c.end, f"{year_text}-{code}", "date", "absolute")]
    if ctx.ref is None:
        return [Resolved(c.start, c.end, f"XXXX-{code}", "date", "relative")]
    now = season_ordinal(ctx.ref)
    idx = SEASON_ORDER[code]
    offset = _offset(g, m)
    direction = offset if offset is not None else ctx.tense(c)
    same_year = (now // 4) * 4 + idx
    before = same_year if same_year < now else same_year - 4
    after = same_year if same_year > now else same_year + 4
    if same_year == now and offset in (None, 0):
        chosen = now
    elif direction < 0:
        chosen = before
    elif direction > 0:
        chosen = after
    else:
        chosen = before if now - before <= after - now else after
    return [Resolved(c.start, c.end, f"{chosen // 4}-{SEASON_CODES[chosen % 4]}", "date", "relative")]


def h_relunit(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    unit = str(g.value("calendar_units", m.group("unit")))
    value = shift(ctx.ref, unit, _offset(g, m) or 0)
    return [Resolved(c.start, c.end, value, "date", "relative")] if value else []


def h_weekend(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    """A bare weekend: the one just past with a past verb (unless we are in it), else the coming one."""
    if ctx.ref is None:
        return [Resolved(c.start, c.end, "XXXX-WXX-WE", "date", "relative")]
    back = -1 if ctx.tense(c) < 0 and ctx.ref.isoweekday() < 6 else 0
    return [Resolved(c.start, c.end, shift(ctx.ref, "WE", back), "date", "relative")]


def h_weekday(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    weekday = int(g.value("weekdays", m.group("weekday")))
    if ctx.ref is None:
        return [Resolved(c.start, c.end, "XXXX-XX-XX", "date", "relative")]
    found = weekday_date(ctx.ref, weekday, _offset(g, m), ctx.tense(c))
    return [Resolved(c.start, c.end, found.isoformat(), "date", "relative")]


def h_deictic(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    fused = _group(m, "fused")
    if fused:
        offset, part = g.value("fused", fused)
    else:
        offset = g.value("deictic", m.group("deictic"))
        part = g.value("dayparts", _group(m, "daypart"))
    day = shift(ctx.ref, "D", int(offset))
    if part:
        return [Resolved(c.start, c.end, f"{day}T{part}", "time", "relative")]
    return [Resolved(c.start, c.end, day, "date", "relative")]


def _unit_code(g: Grammar, m: re.Match[str]) -> str:
    return str(g.value("units", m.group("unit")) or g.value("calendar_units", m.group("unit")) or "")


def h_ago(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    n = _number(g, _group(m, "num"))
    unit = _unit_code(g, m)
    if n is None or n != int(n) or unit.startswith("T"):
        return [Resolved(c.start, c.end, "PAST_REF", "date", "relative")]
    return [Resolved(c.start, c.end, shift(ctx.ref, unit, -int(n)), "date", "relative")]


def _period(unit: str, amount: str) -> str:
    """A TIMEX3 duration: ``P2D``, ``P24Y``, ``PT30M``; hour and minute units carry a T."""
    if unit.startswith("T"):
        return f"PT{amount}{'H' if unit == 'TH' else 'M'}"
    return f"P{amount}{unit}"


def h_duration(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    n = _number(g, _group(c.match, "num"))
    value = _period(_unit_code(g, c.match), "X" if n is None else _fmt(n))
    return [Resolved(c.start, c.end, value, "duration", "absolute")]


def h_set(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    weekday = g.value("weekdays", _group(m, "weekday"))
    part = g.value("dayparts", _group(m, "daypart"))
    if weekday:
        value = f"XXXX-WXX-{weekday}"
    elif part:
        value = f"XXXX-XX-XXT{part}"
    else:
        value = _period(_unit_code(g, m), _fmt(_number(g, _group(m, "num")) or 1))
    return [Resolved(c.start, c.end, value, "set", "absolute")]


def h_clock(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    ampm = (_group(m, "ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    day = ctx.ref.isoformat() if ctx.ref else "XXXX-XX-XX"
    second = _group(m, "second")
    clock = f"{hour:02d}:{minute:02d}" + (f":{second}" if second else "")
    return [Resolved(c.start, c.end, f"{day}T{clock}", "time", "relative")]


def h_years(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    base = m.start("years")
    return [
        Resolved(base + y.start(), base + y.end(), y.group(), "date", "absolute")
        for y in g.year_re.finditer(m.group("years"))
    ]


def h_decade(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    if _group(m, "dec4"):
        return [Resolved(c.start, c.end, m.group("dec4")[:3], "date", "absolute")]
    digit = int(m.group("dec2")[0]) if _group(m, "dec2") else int(g.value("decades", _group(m, "decw")) or 0)
    ref_year = ctx.ref.year if ctx.ref else 1999
    century = ref_year // 100 if (ref_year // 100) * 100 + digit * 10 <= ref_year else ref_year // 100 - 1
    return [Resolved(c.start, c.end, f"{century}{digit}", "date", "relative")]


def h_quarter(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    code = str(g.value("quarters", m.group("quarter")))
    if _group(m, "year"):
        return [Resolved(c.start, c.end, f"{m.group('year')}-{code}", "date", "absolute")]
    if ctx.ref is None:
        return [Resolved(c.start, c.end, f"XXXX-{code}", "date", "relative")]
    first_month = (int(code[1]) - 1) * (3 if code[0] == "Q" else 6) + 1
    year = ctx.ref.year - 1 if ctx.tense(c) < 0 and first_month > ctx.ref.month else ctx.ref.year
    return [Resolved(c.start, c.end, f"{year}-{code}", "date", "relative")]


def h_holiday(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    m = c.match
    month, day = (int(x) for x in str(g.value("holidays", m.group("holiday"))).split("-"))
    year_text = _group(m, "year")
    if year_text:
        return [Resolved(c.start, c.end, f"{year_text}-{month:02d}-{day:02d}", "date", "absolute")]
    if ctx.ref is None:
        return [Resolved(c.start, c.end, f"XXXX-{month:02d}-{day:02d}", "date", "relative")]
    found = day_in_year_near(ctx.ref, month, day, None, ctx.tense(c))
    return [Resolved(c.start, c.end, found.isoformat() if found else "", "date", "relative")]


def h_fixed(g: Grammar, c: Candidate, ctx: Context) -> list[Resolved]:
    value, kind = g.value("fixed", c.match.group("x"))
    return [Resolved(c.start, c.end, value, kind, "absolute")]


HANDLERS: dict[str, Callable[[Grammar, Candidate, Context], list[Resolved]]] = {
    "daylist": h_daylist,
    "numeric": h_numeric,
    "month": h_month,
    "season": h_season,
    "relunit": h_relunit,
    "weekday": h_weekday,
    "deictic": h_deictic,
    "ago": h_ago,
    "duration": h_duration,
    "set": h_set,
    "clock": h_clock,
    "years": h_years,
    "decade": h_decade,
    "fixed": h_fixed,
    "quarter": h_quarter,
    "holiday": h_holiday,
    "weekend": h_weekend,
}


def _merge_date_clock(ctx: Context, items: list[Resolved]) -> list[Resolved]:
    """A day followed by a clock time ("19/06/2024 11:50", "oggi alle 11:50") is one time."""
    gap = ctx.grammar.datetime_gap
    out: list[Resolved] = []
    for item in items:
        prev = out[-1] if out else None
        if (
            prev is not None and gap is not None and item.kind == "time" and ":" in item.value
            and prev.kind == "date" and len(prev.value) == 10 and gap.match(ctx.text[prev.end:item.start])
        ):
            out[-1] = Resolved(prev.start, item.end, prev.value + item.value[10:], "time", prev.basis)
            continue
        out.append(item)
    return out


def resolve(grammar: Grammar, text: str, candidates: list[Candidate], ref: date | None) -> list[Resolved]:
    """The values of ``candidates`` against ``ref`` (None: underspecified where relative)."""
    ctx = Context(grammar, text, ref)
    items: list[Resolved] = []
    for cand in candidates:
        items.extend(HANDLERS[cand.rule.handler](grammar, cand, ctx))
    return _merge_date_clock(ctx, items)


def tense_of(grammar: Grammar, text: str) -> Callable[[int, int], int]:
    """A function giving the tense cue (-1, 0, +1) around a span of ``text``."""
    cues = TenseCues(grammar, text)
    return cues.tense


