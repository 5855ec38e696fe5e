"""HTML pages to text and metadata: trafilatura for the main text, plus meta tags and JSON-LD."""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

import lxml.html
import trafilatura

from ..errors import NoText

# meta tags that name each field, most specific first
_META = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "outlet": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "published": ("article:published_time", "og:article:published_time", "datepublished", "pubdate",
                  "publish-date", "dc.date", "dc.date.issued", "date"),
    "author": ("author", "article:author", "dc.creator", "byl"),
}
_NEWS_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
               "opinionnewsarticle", "webpage", "liveblogposting"}


def extract(html: str, *, url: str | None = None) -> dict[str, Any]:
    """The main text of ``html`` and its metadata: title, outlet, published, author, language."""
    meta = _metadata(html)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lxml FutureWarnings from inside trafilatura
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                             include_tables=False, deduplicate=False)
    text = getattr(result, "text", None) or ""
    if not text.strip():
        raise NoText(url or "HTML page", " in the page")
    found = {
        "text": "\n\n".join(p.strip() for p in text.split("\n") if p.strip()),
        "title": getattr(result, "title", None),
        "outlet": getattr(result, "sitename", None),
        "published": getattr(result, "date", None),
        "author": getattr(result, "author", None),
    }
    # explicit metadata beats trafilatura's heuristics; a full timestamp beats a bare date
    for key, value in meta.items():
        if value and (not found.get(key) or key in ("published", "outlet")):
            found[key] = value
    return {k: v for k, v in found.items() if v}


def _metadata(html: str) -> dict[str, str]:
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return {}
    out: dict[str, str] = {}
    metas = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and el.get("content") and key not in metas:
            metas[key] = el.get("content").strip()
    for field, keys in _META.items():
        for key in keys:
            if metas.get(key):
                out[field] = metas[key]
                break
    out.update({k: v for k, v in _json_ld(tree).items() if v})
    lang = tree.get("lang") or metas.get("og:locale") or metas.get("content-language")
    if lang:
        out["language"] = re.split(r"[-_]", lang.strip())[0].lower()
    return out


def _json_ld(tree: Any) -> dict[str, str]:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except json.JSONDecodeError:
            continue
        for item in _walk(data):
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(str(t).lower() in _NEWS_TYPES for t in types) and item.get("headline"):
                return {
                    "title": str(item.get("headline") or ""),
                    "published": str(item.get("datePublished") or ""),
                    "author": _names(item.get("author")),
                    "outlet": _names(item.get("publisher")),
                }
    return {}


def _walk(data: Any):
    if isinstance(data, list):
        for x in data:
            yield from _walk(x)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk(data["@graph"])


def _names(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(n for n in (_names(v) for v in value) if n)
    if isinstance(value, dict):
        return str(value.get("name") or "")
    return str(value or "")
