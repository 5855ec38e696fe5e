"""Calendar arithmetic for the time tagger: which year, month, week or day a partial date means.

Pure functions of a reference date; no language knowledge here.
"""

from __future__ import annotations

from datetime import date, timedelta

SEASON_ORDER = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}
SEASON_CODES = {v: k for k, v in SEASON_ORDER.items()}
# A day named with a past verb may still fall a few weeks after the reference ("è fissato
# per il 3 ottobre": "è" + participle is also a present passive); beyond that the tense picks the year.
TENSE_SLACK_DAYS = 31


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def pick_month(ref: date, month: int, tense: int) -> int:
    """The year of ``month`` nearest ``ref``: the latest not after it (past), earliest not before (future)."""
    past = ref.year if month <= ref.month else ref.year - 1
    future = ref.year if month >= ref.month else ref.year + 1
    if tense < 0:
        return past
    if tense > 0:
        return future
    d_past = (ref.year - past) * 12 + ref.month - month
    d_future = (future - ref.year) * 12 + month - ref.month
    return past if d_past <= d_future else future


def day_in_year_near(ref: date, month: int, day: int, weekday: int | None, tense: int) -> date | None:
    """The year of a day and month: the weekday's, else the nearest ``ref`` that agrees with the tense."""
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := safe_date(y, month, day))]
    if weekday:
        options = [d for d in options if d.isoweekday() == weekday] or options
    if tense and not weekday:
        slack = timedelta(days=TENSE_SLACK_DAYS)
        agree = [d for d in options if (d <= ref + slack if tense < 0 else d >= ref - slack)]
        options = agree or options
    return min(options, key=lambda d: abs((d - ref).days)) if options else None


def day_near(ref: date, day: int, weekday: int | None) -> date | None:
    options = []
    for k in (-1, 0, 1):
        y, m = add_months(ref.year, ref.month, k)
        if d := safe_date(y, m, day):
            options.append(d)
    if weekday:
        options = [d for d in options if d.isoweekday() == weekday] or options
    return min(options, key=lambda d: abs((d - ref).days)) if options else None


def season_ordinal(ref: date) -> int:
    if ref.month <= 2:
        return (ref.year - 1) * 4 + 3
    return ref.year * 4 + (ref.month - 3) // 3


def shift(ref: date | None, unit: str, k: int) -> str:
    if ref is None:
        return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "D": "XXXX-XX-XX"}.get(unit, "XX")
    if unit == "Y":
        return str(ref.year + k)
    if unit == "M":
        y, mo = add_months(ref.year, ref.month, k)
        return f"{y}-{mo:02d}"
    if unit == "W":
        return week(ref + timedelta(weeks=k))
    if unit == "WE":
        return week(ref + timedelta(weeks=k)) + "-WE"
    if unit == "D":
        return (ref + timedelta(days=k)).isoformat()
    if unit == "DE":
        return str(ref.year // 10 + k)
    if unit == "CE":
        return f"{ref.year // 100 + k:02d}"
    return ""


def weekday_date(ref: date, weekday: int, offset: int | None, tense: int) -> date:
    delta = weekday - ref.isoweekday()
    if offset == 0:
        return ref + timedelta(days=delta)
    back = ref - timedelta(days=(-delta) % 7 or (7 if offset else 0))
    ahead = ref + timedelta(days=delta % 7 or (7 if offset else 0))
    direction = offset if offset is not None else tense
    if direction < 0:
        return back
    if direction > 0:
        return ahead
    return back if (ref - back) <= (ahead - ref) else ahead


def as_date(value: str) -> date | None:
    """The calendar day of a value that names one (``2024-06-19``, ``2024-06-19T11:50``)."""
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
