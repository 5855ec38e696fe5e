"""An Article as it arrived becomes a Document: decoded text and the metadata found so far."""

from __future__ import annotations

import hashlib

from ..dates import iso
from ..model import Article, Document
from .decode import decode, normalise
from .html import extract


def to_document(article: Article, *, max_bytes: int) -> Document:
    """Decode (and for HTML, extract) ``article``; fields the user gave win over what is found."""
    given = article.given
    if article.text is not None:
        text = normalise(article.text)
    else:
        text = decode(article.raw, article.source, declared=given.get("_charset"), max_bytes=max_bytes)
    found: dict[str, str] = {}
    if article.kind == "html":
        found = extract(text, url=given.get("url"))
        text = found.pop("text")
    meta = {"provenance": {}}
    fields = {}
    for key in ("title", "outlet", "author", "published", "language"):
        value = given.get(key) or found.get(key)
        if value:
            fields[key] = value
            meta["provenance"][key] = "given" if given.get(key) else "html"
    published = iso(fields.get("published")) if fields.get("published") else None
    return Document(
        id=given.get("id") or article_id(given.get("url"), text),
        source=article.source,
        text=text,
        raw_text=text,
        title=fields.get("title"),
        outlet=fields.get("outlet"),
        author=fields.get("author"),
        published=published,
        url=given.get("url"),
        language=fields.get("language", "und"),
        meta=meta,
    )


def article_id(url: str | None, text: str) -> str:
    """A stable id: from the URL when there is one, else from the content."""
    basis = url or " ".join(text.split())
    return "a" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:15]
