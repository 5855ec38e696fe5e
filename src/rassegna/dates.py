"""Publication dates in whatever form pages give them, normalised to ISO 8601."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from .resources import load_json

_NUMERIC = re.compile(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})"
                      r"(?:\s*(?:,|alle|ore|at|-)?\s*(?P<H>\d{1,2})[:.](?P<M>\d{2}))?")
_TIME = re.compile(r"(?P<H>\d{1,2})[:.](?P<M>\d{2})")


def iso(value: str | None) -> str | None:
    """ISO 8601 for a machine-readable date (ISO, RFC 822); None when it is not one."""
    if not value:
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if len(value) == 10 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    return parsed.isoformat(timespec="minutes") if parsed.second == 0 else parsed.isoformat()


def parse_written(text: str, languages: tuple[str, ...] = ("it", "en")) -> str | None:
    """ISO for a date as pages write it: 19/06/2024 11:50, 19 giugno 2024 alle 11:50, June 19, 2024."""
    found = iso(text)
    if found:
        return found
    m = _NUMERIC.search(text)
    if m:
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        return _compose(year, int(m["m"]), int(m["d"]), m["H"], m["M"])
    for lang in languages:
        months = load_json(lang, "calendar.json").get("months", {})
        found = _with_month_name(text, months)
        if found:
            return found
    return None


def _with_month_name(text: str, months: dict[str, int]) -> str | None:
    if not months:
        return None
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    for pattern in (rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th|°|º)?\s+(?P<mon>{names})\.?,?\s+(?P<y>\d{{4}})",
                    rf"(?P<mon>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"):
        m = re.search(pattern, text, re.I)
        if m:
            clock = _TIME.search(text, m.end())
            hour, minute = (clock["H"], clock["M"]) if clock and clock.start() - m.end() < 12 else (None, None)
            return _compose(int(m["y"]), months[m["mon"].lower()], int(m["d"]), hour, minute)
    return None


def _compose(year: int, month: int, day: int, hour: str | None, minute: str | None) -> str | None:
    try:
        if hour is not None and minute is not None:
            return datetime(year, month, day, int(hour), int(minute)).isoformat(timespec="minutes")
        return date(year, month, day).isoformat()
    except ValueError:
        return None
