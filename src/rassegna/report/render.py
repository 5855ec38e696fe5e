"""The dossier as Markdown and as one self-contained HTML page (no external assets)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FunctionLoader, select_autoescape


def _template_source(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


_ENV = Environment(loader=FunctionLoader(_template_source), autoescape=select_autoescape(["html", "j2"]),
                   trim_blocks=True, lstrip_blocks=True)


def _md_escape(text: Any) -> str:
    """Article text in Markdown: no raw HTML can come through, and no accidental markup."""
    s = "" if text is None else str(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]#|":
        s = s.replace(ch, "\\" + ch)
    return s


_ENV.filters["md"] = _md_escape


def span_id(span: dict[str, Any]) -> str:
    """The HTML anchor of a span, so citations can jump to the highlighted evidence."""
    return f"{span['article']}-{span['start']}-{span['end']}"


def segments(text: str, spans: list[tuple[dict[str, Any], str]],
             anchors: list[dict[str, Any]] = ()) -> list[tuple[str, str | None, str | None]]:
    """``text`` cut into (piece, css class, anchor) around non-overlapping highlighted spans,
    with an empty ("", "anchor", id) piece where each of ``anchors`` starts, so that every
    cited span can be jumped to. Where marks overlap the earlier (then longer) one is shown;
    the others stay in the lists."""
    out: list[tuple[str, str | None, str | None]] = []
    pos = 0
    for span, cls in sorted(spans, key=lambda x: (x[0]["start"], -x[0]["end"])):
        if span["start"] < pos or span["end"] <= span["start"]:
            continue
        if span["start"] > pos:
            out.append((text[pos:span["start"]], None, None))
        out.append((text[span["start"]:span["end"]], cls, span_id(span)))
        pos = span["end"]
    out.append((text[pos:], None, None))
    return _with_anchors(out, anchors)


def _with_anchors(pieces, anchors):
    """Insert an anchor where each span starts; a mark it falls inside is cut in two."""
    marked = {p[2] for p in pieces if p[2]}
    starts: dict[int, list[str]] = {}
    for a in anchors:
        if span_id(a) not in marked:
            starts.setdefault(a["start"], []).append(span_id(a))
    out, pos = [], 0
    for piece, cls, anchor in pieces:
        cuts = sorted(k for k in starts if pos <= k < pos + max(1, len(piece)))
        last, first = pos, True
        for cut in cuts:
            if cut > last:
                out.append((piece[last - pos:cut - pos], cls, anchor if first else None))
                first = False
            out += [("", "anchor", i) for i in starts.pop(cut)]
            last = cut
        out.append((piece[last - pos:], cls, anchor if first else None))
        pos += len(piece)
    return out


def _highlights(dossier: dict[str, Any]) -> dict[str, list[tuple[dict[str, Any], str]]]:
    marks: dict[str, list[tuple[dict[str, Any], str]]] = {a["id"]: [] for a in dossier["articles"]}
    for q in dossier["quotes"]:
        marks[q["article"]].append((q, "quote"))
    for t in dossier["times"]:
        marks[t["article"]].append((t, "time"))
    for e in dossier["entities"]:
        for m in e["mentions"]:
            marks[m["article"]].append((m, "ent ent-" + e["type"]))
    return marks


def _cited(dossier: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every span a story section cites, by article: each gets an anchor in the text."""
    cited: dict[str, list[dict[str, Any]]] = {a["id"]: [] for a in dossier["articles"]}
    for s in dossier["stories"]:
        for key in ("summary", "timeline", "claims", "shared_passages"):
            for item in s.get(key) or []:
                for src in item.get("sources") or []:
                    cited[src["article"]].append(src)
        for item in s.get("disagreements") or []:
            for v in item.get("variants") or []:
                cited[v["article"]].append(v)
        for f in s.get("framing") or []:
            cited[f["article"]].append(f)
    return cited


def _label(article: dict[str, Any]) -> str:
    """How the report names an article: its outlet, else its file or page name."""
    if article.get("outlet"):
        return str(article["outlet"])
    name = str(article.get("source") or article["id"]).rstrip("/").rsplit("/", 1)[-1]
    return name.split("#", 1)[0] or article["id"]


def _context(dossier: dict[str, Any]) -> dict[str, Any]:
    articles = {a["id"]: {**a, "label": _label(a)} for a in dossier["articles"]}
    marks = _highlights(dossier)
    cited = _cited(dossier)
    pieces = {a["id"]: segments(a["text"], marks[a["id"]], cited[a["id"]] + [m for m, _ in marks[a["id"]]])
              for a in dossier["articles"]}
    stories = []
    for s in dossier["stories"]:
        ids = set(s["articles"])
        stories.append({
            **s,
            "members": [articles[a] for a in s["articles"] if a in articles],
            "entities": [e for e in dossier["entities"] if any(m["article"] in ids for m in e["mentions"])],
            "quotes": [q for q in dossier["quotes"] if q["article"] in ids],
            "times": [t for t in dossier["times"] if t["article"] in ids],
        })
    return {"d": dossier, "stories": stories, "articles": articles, "pieces": pieces, "span_id": span_id}


def markdown(dossier: dict[str, Any]) -> str:
    return _ENV.get_template("report.md.j2").render(**_context(dossier))


def html(dossier: dict[str, Any]) -> str:
    return _ENV.get_template("report.html.j2").render(**_context(dossier))


def write_all(dossier: dict[str, Any], out: Path) -> dict[str, Path]:
    """Write dossier.json, report.md and report.html into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "dossier.json", "markdown": out / "report.md", "html": out / "report.html"}
    paths["json"].write_text(json.dumps(dossier, ensure_ascii=False, indent=1), encoding="utf-8")
    paths["markdown"].write_text(markdown(dossier), encoding="utf-8")
    paths["html"].write_text(html(dossier), encoding="utf-8")
    return paths
