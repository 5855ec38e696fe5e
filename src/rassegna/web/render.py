"""Server-side rendering helpers: the Jinja2 environment (autoescape always on), nested
highlights for article text, and the geometry of the SVG timeline chart."""

from __future__ import annotations

import re
from datetime import date
from importlib import resources
from typing import Any

from jinja2 import Environment, FunctionLoader, select_autoescape

from ..report.render import span_id


def _source(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


ENV = Environment(loader=FunctionLoader(_source), autoescape=select_autoescape(["html", "svg"], default=True),
                  trim_blocks=True, lstrip_blocks=True)
ENV.globals["span_id"] = span_id


def render(name: str, **context: Any) -> str:
    return ENV.get_template(name).render(**context)


def nested(text: str, spans: list[tuple[dict[str, Any], str]]) -> list[Any]:
    """``text`` as a tree of pieces: a plain string, or {"cls", "id", "children"} for a span.

    Spans nest (a name inside a quotation keeps its own mark); a span that crosses another
    is left out of the highlighting rather than breaking the text.
    """
    root: dict[str, Any] = {"end": len(text), "children": []}
    stack, pos = [root], 0
    for span, cls in sorted(spans, key=lambda x: (x[0]["start"], -x[0]["end"])):
        start, end = span["start"], span["end"]
        while len(stack) > 1 and stack[-1]["end"] <= start:
            node = stack.pop()
            pos = _close(text, node, pos)
        if end <= start or start < pos or end > stack[-1]["end"]:
            continue  # crossing, empty or out of range
        if start > pos:
            stack[-1]["children"].append(text[pos:start])
        node = {"cls": cls, "id": span_id(span), "end": end, "children": []}
        stack[-1]["children"].append(node)
        stack.append(node)
        pos = start
    while len(stack) > 1:
        pos = _close(text, stack.pop(), pos)
    if pos < len(text):
        root["children"].append(text[pos:])
    return root["children"]


def _close(text: str, node: dict[str, Any], pos: int) -> int:
    if node["end"] > pos:
        node["children"].append(text[pos:node["end"]])
    return node["end"]


def article_marks(article: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """The highlighted spans of an article record: quotes, times, entity mentions."""
    marks = [(q, "quote") for q in article.get("quotes", [])]
    marks += [(t, "time") for t in article.get("times", [])]
    marks += [(m, f"ent ent-{m.get('label', 'MISC')}") for m in article.get("mentions", [])]
    return marks


_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
CHART = {"width": 900, "left": 40, "right": 20, "height": 150, "axis": 118}


def _day(value: str | None) -> date | None:
    match = _DATE.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return None


def timeline_chart(timeline: list[dict[str, Any]], articles: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Where each dated timeline item and each article's publication sit on one time axis."""
    events = [(d, t) for t in timeline if (d := _day(t.get("value")))]
    published = [(d, a) for a in articles if (d := _day(a.get("published")))]
    days = [d for d, _ in events + published]
    if not days:
        return None
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 1)
    inner = CHART["width"] - CHART["left"] - CHART["right"]

    def x(d: date) -> float:
        return round(CHART["left"] + inner * ((d - lo).days / span if hi != lo else 0.5), 1)

    stacks: dict[float, int] = {}
    points = []
    for d, t in sorted(events, key=lambda e: e[0]):
        px = x(d)
        stacks[px] = stacks.get(px, 0) + 1
        points.append({"x": px, "y": CHART["axis"] - 14 * stacks[px], "label": t["value"], "what": t.get("what", "")})
    pubs = [{"x": x(d), "label": (a.get("outlet") or a["id"]) + " · " + str(a.get("published"))} for d, a in published]
    ticks = sorted({lo, hi} | ({date(y, 1, 1) for y in range(lo.year + 1, hi.year + 1)} if hi.year - lo.year < 30
                               else set()))
    return {**CHART, "points": points, "published": pubs,
            "ticks": [{"x": x(d), "label": _tick_label(d, hi.year - lo.year)} for d in _thin(ticks, x)]}


def _tick_label(d: date, years: int) -> str:
    """Years on an axis spanning years; days on a short one."""
    return str(d.year) if years >= 2 and (d.month, d.day) == (1, 1) else d.isoformat()


def _thin(ticks: list[date], x) -> list[date]:
    """Ticks no closer than 90 px, so their labels do not overlap."""
    kept: list[date] = []
    for d in ticks:
        if not kept or x(d) - x(kept[-1]) >= 90:
            kept.append(d)
    return kept
