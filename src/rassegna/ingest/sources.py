"""From what the user names (files, folders, URLs, feeds, JSON lines, stdin) to Articles.

Each input yields Articles or an :class:`InputError` naming it; one bad input never stops
the others.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import BadRecord, InputError, NotFound
from ..model import Article
from .decode import DEFAULT_MAX_BYTES, check_size, decode
from .feeds import feed_articles, looks_like_feed
from .fetch import fetch

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json"}
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES | FEED_SUFFIXES
RECORD_FIELDS = ("url", "id", "title", "outlet", "published", "author", "language")


@dataclass(frozen=True)
class IngestOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    allow_private: bool = False


Item = Article | InputError


def collect(inputs: list[str], *, options: IngestOptions = IngestOptions(),
            stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every article found in ``inputs``, in order, or the error of the input that failed."""
    for name in inputs:
        try:
            if name == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from from_bytes(stream.read(options.max_bytes + 1), "-", options=options)
            elif name.startswith(("http://", "https://")) or "://" in name:
                yield from from_url(name, options=options)
            else:
                yield from from_path(Path(name), name, options=options)
        except InputError as exc:
            yield exc


def from_path(path: Path, source: str, *, options: IngestOptions) -> Iterator[Item]:
    if path.is_dir():
        for found in sorted(path.rglob("*")):
            if found.is_file() and found.suffix.lower() in KNOWN_SUFFIXES and not _hidden(found, path):
                try:
                    yield from from_path(found, str(found), options=options)
                except InputError as exc:
                    yield exc
        return
    if not path.is_file():
        raise NotFound(source)
    check_size(path.stat().st_size, source, max_bytes=options.max_bytes)
    yield from from_bytes(path.read_bytes(), source, options=options, suffix=path.suffix.lower())


def from_bytes(raw: bytes, source: str, *, options: IngestOptions, suffix: str = "",
               given: dict | None = None, content_type: str = "") -> Iterator[Item]:
    """Articles in ``raw``, by what the name or content type says, else by sniffing the bytes."""
    check_size(len(raw), source, max_bytes=options.max_bytes)
    kind = _kind(raw, suffix, content_type)
    if kind == "records":
        yield from records(raw, source, options=options)
    elif kind == "feed":
        yield from feed_articles(raw, source, fetch_page=lambda url, given: from_url(url, options=options, given=given))
    else:
        yield Article(source=source, raw=raw, kind=kind, given=dict(given or {}))


def from_url(url: str, *, options: IngestOptions, given: dict | None = None) -> Iterator[Item]:
    got = fetch(url, allow_private=options.allow_private, max_bytes=options.max_bytes)
    meta = {"url": url, **(given or {})}
    for item in from_bytes(got.body, url, options=options, given=meta, content_type=got.content_type):
        if isinstance(item, Article) and got.charset:
            item.given.setdefault("_charset", got.charset)
        yield item


def records(raw: bytes, source: str, *, options: IngestOptions) -> Iterator[Item]:
    """JSON-lines article records: ``text`` or ``html`` required, other fields optional."""
    text = decode(raw, source, max_bytes=options.max_bytes)
    lines = text.splitlines()
    if len(lines) > 0 and text.lstrip().startswith("["):  # a JSON array of records is accepted too
        try:
            lines = [json.dumps(r) for r in json.loads(text)]
        except json.JSONDecodeError as exc:
            yield BadRecord(source, f"{exc.msg} at line {exc.lineno}")
            return
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _record(line, f"{source}#{number}")


def _record(line: str, where: str) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return BadRecord(where, f"{exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return BadRecord(where, "a record must be a JSON object")
    body = record.get("text") or record.get("html")
    if not isinstance(body, str) or not body.strip():
        return BadRecord(where, "a record needs a non-empty 'text' or 'html'")
    given = {k: str(record[k]) for k in RECORD_FIELDS if record.get(k) not in (None, "")}
    kind = "text" if record.get("text") else "html"
    return Article(source=given.get("url", where), raw=body.encode("utf-8"), kind=kind, text=body, given=given)


def _kind(raw: bytes, suffix: str, content_type: str) -> str:
    if suffix in RECORD_SUFFIXES or content_type in ("application/json", "application/x-ndjson",
                                                     "application/jsonlines"):
        return "records"
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in FEED_SUFFIXES or "rss" in content_type or "atom" in content_type or looks_like_feed(head):
        return "feed"
    if suffix in HTML_SUFFIXES or "html" in content_type or _looks_like_html(head):
        return "html"
    return "text"


def _looks_like_html(head: bytes) -> bool:
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or (
        head.startswith(b"<") and head.count(b"<p") + head.count(b"<div") >= 2)


def _hidden(found: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in found.relative_to(root).parts)
