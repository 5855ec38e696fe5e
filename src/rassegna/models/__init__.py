"""rassegna's own spaCy pipelines, shipped inside the package.

>>> from rassegna.models import load
>>> nlp = load("it")            # cached: loaded once per process
>>> doc = nlp("Il sen. Rossi è arrivato a Roma.")

Everything is loaded from the package directory: nothing is downloaded.
"""
from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import spacy
from spacy.language import Language

from . import en_entities, features, it_entities  # noqa: F401  (register factories and the NER embedding)
from .tokenizer import create_it_tokenizer, customize_tokenizer  # noqa: F401  (registers functions)

MODELS_DIR = Path(__file__).resolve().parent

#: language code -> model directory name (inside this package)
MODELS: dict[str, str] = {
    "it": "it_rassegna",
    "en": "en_rassegna",
}

_CACHE: dict[str, Language] = {}
_LOCK = threading.Lock()


def model_path(lang: str) -> Path:
    """Path of the shipped pipeline for ``lang`` (raises ValueError if unknown)."""
    key = (lang or "").strip().lower()
    if key not in MODELS:
        raise ValueError(
            f"rassegna has no spaCy pipeline for language {lang!r}; "
            f"available languages: {', '.join(sorted(MODELS))}"
        )
    path = MODELS_DIR / MODELS[key]
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(
            f"the rassegna pipeline for {key!r} is missing from the package ({path}); "
            "rebuild it with the scripts in training/ (see training/README.md)"
        )
    return path


# Pipelines trained on sentences with no whitespace tokens between them; a line break ("\n") is
# new to them and costs the Italian NER 1.4 F on KIND WN_dev half B, while a paragraph break
# ("\n\n") does not.  Every whitespace token of these pipelines reads as a paragraph break.
WHITESPACE_AS_PARAGRAPH = ("it",)
PARAGRAPH = "\n\n"


def _whitespace_as_paragraph(nlp: Language) -> None:
    """Give every whitespace lexeme, present and future, the norm of a paragraph break (NORM is
    what the models' embeddings read); the text and the tokens stay as they are."""
    from spacy.attrs import NORM

    getters = nlp.vocab.lex_attr_getters
    norm = getters.get(NORM)
    getters[NORM] = lambda text: PARAGRAPH if text.isspace() else (norm(text) if norm else text.lower())
    for lexeme in nlp.vocab:
        if lexeme.orth_.isspace():
            lexeme.norm_ = PARAGRAPH


def load(lang: str) -> Language:
    """Return the shipped spaCy pipeline for ``lang`` ("it" or "en").

    The pipeline is loaded from inside the package (offline) once per process
    and cached; later calls return the same object.  Raises ``ValueError`` for
    an unknown language.
    """
    key = (lang or "").strip().lower() if isinstance(lang, str) else lang
    if not isinstance(key, str) or key not in MODELS:
        raise ValueError(
            f"rassegna has no spaCy pipeline for language {lang!r}; "
            f"available languages: {', '.join(sorted(MODELS))}"
        )
    nlp = _CACHE.get(key)
    if nlp is not None:
        return nlp
    with _LOCK:
        nlp = _CACHE.get(key)
        if nlp is None:
            nlp = spacy.load(model_path(key))
            customize_tokenizer(nlp, key)
            if key in WHITESPACE_AS_PARAGRAPH:
                _whitespace_as_paragraph(nlp)
            _CACHE[key] = nlp
    return nlp


def _card_summary(card: Path) -> dict[str, str]:
    """First paragraph/title of a MODEL_CARD.md (cheap, no markdown parser)."""
    if not card.exists():
        return {}
    text = card.read_text(encoding="utf8")
    title = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), "")
    lic = re.search(r"(?im)^\**\s*licen[cs]e\**\s*[:|]\s*(.+)$", text)
    return {"title": title, "licence": lic.group(1).strip() if lic else ""}


def available_models() -> list[dict[str, object]]:
    """Shipped pipelines with their metadata (from meta.json and MODEL_CARD.md)."""
    out: list[dict[str, object]] = []
    for lang, name in sorted(MODELS.items()):
        path = MODELS_DIR / name
        meta_path = path / "meta.json"
        if not meta_path.exists():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf8"))
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        info: dict[str, object] = {
            "lang": lang,
            "name": meta.get("name", name),
            "version": meta.get("version"),
            "path": str(path),
            "pipeline": meta.get("pipeline", []),
            "labels": meta.get("labels", {}).get("ner", []),
            "license": meta.get("license"),
            "spacy_version": meta.get("spacy_version"),
            "performance": meta.get("performance", {}),
            "size_bytes": size,
            "loaded": lang in _CACHE,
        }
        info.update({f"card_{k}": v for k, v in _card_summary(path / "MODEL_CARD.md").items()})
        out.append(info)
    return out


def clear_cache() -> None:
    """Forget loaded pipelines (mainly for tests/benchmarks)."""
    with _LOCK:
        _CACHE.clear()


__all__ = ["load", "available_models", "model_path", "clear_cache", "customize_tokenizer", "MODELS", "MODELS_DIR"]
