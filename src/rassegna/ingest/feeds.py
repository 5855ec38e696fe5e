"""RSS and Atom feeds: each item's full text when the feed carries it, else its page."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import feedparser

from ..dates import iso
from ..errors import BadFeed, InputError
from ..model import Article

# An item's content (content:encoded, Atom content) of this many characters of text is its
# full text; a summary is a teaser unless it is as long as a short article.
FULL_TEXT_MIN_CHARS = 200
FULL_SUMMARY_MIN_CHARS = 1500
_TAG = re.compile(r"<[^>]+>")


def looks_like_feed(head: bytes) -> bool:
    head = head.lstrip()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2:].lstrip()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (b"<rss" in head[:300] or b"<feed" in head[:300])


def feed_articles(raw: bytes, source: str, *, fetch_page: Callable[[str, dict], Iterator]) -> Iterator:
    parsed = feedparser.parse(raw)
    if parsed.bozo and not parsed.entries:
        raise BadFeed(source, f" ({parsed.get('bozo_exception', 'no entries')})")
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        given = _given(entry, outlet)
        content = _full_text(entry)
        link = entry.get("link")
        if content or (not link and entry.get("summary", "").strip()):
            content = content or entry.summary
            yield Article(source=link or f"{source}#{number}", raw=content.encode("utf-8"), kind="html",
                          text=content, given=given)
        elif link:
            try:
                yield from fetch_page(link, given)
            except InputError as exc:
                yield exc
        else:
            yield BadFeed(f"{source}#{number}", ": item has neither text nor link")


def _full_text(entry) -> str:
    """The item's full text when the feed carries it, else ""."""
    content = max((c.get("value", "") for c in entry.get("content") or []), key=len, default="")
    if len(_TAG.sub("", content)) >= FULL_TEXT_MIN_CHARS:
        return content
    summary = entry.get("summary", "") or ""
    return summary if len(_TAG.sub("", summary)) >= FULL_SUMMARY_MIN_CHARS else ""


def _given(entry, outlet: str | None) -> dict:
    given = {"url": entry.get("link"), "title": entry.get("title"), "author": entry.get("author"),
             "published": iso(entry.get("published") or entry.get("updated")), "outlet": outlet}
    return {k: v for k, v in given.items() if v}
