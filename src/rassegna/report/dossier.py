"""The dossier: everything a run found, as the JSON the contract describes."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from typing import Any

from .. import __version__
from ..errors import RassegnaError
from ..model import Corpus, Document

SCHEMA = "rassegna/dossier@1"
STORY_SECTIONS = ("summary", "timeline", "claims", "disagreements", "framing")


class SpanMismatch(RassegnaError):
    code = "E900"
    template = "span does not match its article text: {detail}"


def build(corpus: Corpus) -> dict[str, Any]:
    """The dossier of ``corpus``; every span in it is checked against its article's text."""
    docs = corpus.by_id()
    dossier = {
        "schema": SCHEMA,
        "generator": {"name": "rassegna", "version": __version__},
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "articles": [_article(d) for d in corpus.documents],
        "stories": [_story(s.id, s.title, s.articles, s.extra, docs) for s in corpus.stories],
        "entities": [_entity(e, docs) for e in corpus.entities],
        "quotes": [_quote(q, i) for d in corpus.documents for i, q in enumerate(d.quotes)],
        "times": [{**t.span.to_dict(), "value": t.value, "kind": t.kind, "anchored": t.anchored}
                  for d in corpus.documents for t in d.times],
        "figures": [{**f.span.to_dict(), "value": f.value, "unit": f.unit, "qualifier": f.qualifier}
                    for d in corpus.documents for f in d.figures],
    }
    check_spans(dossier)
    return dossier


def story_record(story, corpus: Corpus) -> dict[str, Any]:
    """What the store keeps of a story: its dossier entry (sections, outlets, dates)."""
    return _story(story.id, story.title, story.articles, story.extra, corpus.by_id())


def _article(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "source": doc.source, "url": doc.url, "outlet": doc.outlet, "title": doc.title,
        "author": doc.author, "published": doc.published, "language": doc.language, "text": doc.text,
        "removed": [r.to_dict() for r in doc.removed], "story": doc.story, "copy_of": doc.copy_of,
        "inferred": {k: v for k, v in doc.meta.get("provenance", {}).items() if v != "given"},
    }


def _story(story_id: str, title: str, article_ids: list[str], extra: dict[str, Any],
           docs: dict[str, Document]) -> dict[str, Any]:
    members = [docs[a] for a in article_ids if a in docs]
    dates = sorted(d.published for d in members if d.published)
    out: dict[str, Any] = {
        "id": story_id, "title": title, "articles": article_ids,
        "outlets": sorted({d.outlet for d in members if d.outlet}),
        "languages": sorted({d.language for d in members}),
        "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
    }
    for key in STORY_SECTIONS:
        out[key] = extra.get(key, [])
    out.update({k: v for k, v in extra.items() if k not in out})
    return out


def _entity(entity, docs: dict[str, Document]) -> dict[str, Any]:
    outlets = Counter(docs[m.article].outlet or docs[m.article].id for m in entity.mentions if m.article in docs)
    return {"id": entity.id, "name": entity.name, "type": entity.type, "wikidata": entity.wikidata,
            "roles": entity.roles, "variants": entity.variants, "outlets": dict(outlets.most_common()),
            "mentions": [m.to_dict() for m in entity.mentions]}


def _quote(q, index: int) -> dict[str, Any]:
    return {**q.span.to_dict(), "id": q.id or f"{q.span.article}-q{index}", "direct": q.direct, "speaker": q.speaker,
            "speaker_text": q.speaker_text, "cue": q.cue, "channel": q.channel, "group": q.group}


def iter_spans(dossier: dict[str, Any]):
    """Every span in a dossier, wherever it sits."""
    for e in dossier["entities"]:
        yield from e["mentions"]
    yield from dossier["quotes"]
    yield from dossier["times"]
    yield from dossier.get("figures", [])
    for s in dossier["stories"]:
        for key in ("summary", "timeline", "claims", "shared_passages"):
            for item in s.get(key) or []:
                yield from item.get("sources") or []
        for item in s.get("disagreements") or []:
            yield from item.get("variants") or []
        yield from s.get("framing") or []


def check_spans(dossier: dict[str, Any]) -> int:
    """Raise SpanMismatch unless ``text[start:end] == span.text`` for every span; count them."""
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    n = 0
    for span in iter_spans(dossier):
        text = texts.get(span["article"])
        if text is None or text[span["start"]:span["end"]] != span["text"]:
            raise SpanMismatch(detail=f"{span['article']}[{span['start']}:{span['end']}] {span['text']!r}")
        n += 1
    return n
