"""Documents to and from the JSON columns of the store."""

from __future__ import annotations

import json
from typing import Any

from ..model import Document, Figure, Mention, Quote, Removal, Span, TimeExpr


def annotations_from(doc: Document) -> dict[str, Any]:
    return {
        "mentions": [{**m.span.to_dict(), "label": m.label, "entity": m.entity, "role": m.role, "kb": m.kb,
                      **({"qualifier": m.qualifier} if m.qualifier else {})}
                     for m in doc.mentions],
        "quotes": [{**q.span.to_dict(), "direct": q.direct, "speaker_text": q.speaker_text, "cue": q.cue,
                    "channel": q.channel, "speaker": q.speaker, "group": q.group, "id": q.id,
                    "speaker_span": q.speaker_span.to_dict() if q.speaker_span else None}
                   for q in doc.quotes],
        "scare_quotes": [s.to_dict() for s in doc.scare_quotes],
        "figures": [{**f.span.to_dict(), "value": f.value, "unit": f.unit, "qualifier": f.qualifier}
                    for f in doc.figures],
        "times": [{**t.span.to_dict(), "value": t.value, "kind": t.kind, "anchored": t.anchored} for t in doc.times],
    }


def _span(d: dict[str, Any]) -> Span:
    return Span(d["article"], d["start"], d["end"], d["text"])


def document_from_row(row: tuple) -> Document:
    (doc_id, source, url, title, outlet, author, published, language, text, removed, copy_of, story,
     annotations, meta) = row
    ann = _json(annotations)
    return Document(
        id=doc_id, source=source, url=url, title=title, outlet=outlet, author=author, published=published,
        language=language, text=text, raw_text=text, copy_of=copy_of, story=story,
        removed=[Removal(r["text"], r["reason"]) for r in _json(removed)],
        mentions=[Mention(_span(m), m["label"], m.get("entity"), m.get("role"), m.get("kb"), m.get("qualifier"))
                  for m in ann.get("mentions", [])],
        quotes=[Quote(_span(q), q["direct"], q.get("speaker_text"),
                      _span(q["speaker_span"]) if q.get("speaker_span") else None, q.get("speaker"), q.get("cue"),
                      q.get("channel"), q.get("group"), q.get("id", "")) for q in ann.get("quotes", [])],
        scare_quotes=[_span(s) for s in ann.get("scare_quotes", [])],
        figures=[Figure(_span(f), f["value"], f.get("unit"), f.get("qualifier")) for f in ann.get("figures", [])],
        times=[TimeExpr(_span(t), t["value"], t["kind"], t.get("anchored", True)) for t in ann.get("times", [])],
        meta=_json(meta),
    )


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, (str, bytes)) else value
