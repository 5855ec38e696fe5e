"""Tokenizer customisation for rassegna's pipelines.

The shipped pipelines store their tokenizer rules on disk, so a plain
``spacy.load(path)`` already tokenises like this module.  ``load()`` in
:mod:`rassegna.models` re-applies :func:`customize_tokenizer` after loading, so
that the data files under ``rassegna/resources/<lang>/`` (e.g.
``abbreviations.txt``) are the single source of truth.

Italian decisions (documented in training/README.md and the model card):

* elisions are split after the apostrophe, for both ' and ’:
  ``l’arrivo`` -> ``l’ arrivo``, ``c’è`` -> ``c’ è`` (spaCy/UD Italian style);
* every quotation mark (« » “ ” ‘ ’ " „) is a token of its own, also when a
  closing ” is (mis)used to open a quote glued to the previous sentence:
  ``Ucraina.”La`` -> ``Ucraina . ” La``;
* abbreviations from ``abbreviations.txt`` keep their period (``sen.``,
  ``S.p.A.``, ``n.``, ``ecc.``); a capitalised variant is added automatically;
* numbers stay whole: ``11.000``, ``1.200,50``, ``11mila``, ``19/06/2024``,
  ``11:50``; ranges are split around the hyphen: ``1950-1953`` ->
  ``1950 - 1953`` (each year is its own NUM token; this is spaCy's default
  and what ParTUT/ParlaMint do; ISDT sometimes keeps ranges whole, which does
  not matter for gold-tokenised evaluation).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.lang.char_classes import ALPHA
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# quotes that must always be split off, even glued between words / after "."
_QUOTES = "«»“”„\"‟"
_EXTRA_INFIXES = {
    "it": [
        # `Ucraina.”La` / `detto:“Sì` : quote after sentence punctuation, before a letter
        rf"(?<=[.!?;:,])[{_QUOTES}](?=[{ALPHA}0-9])",
        # `Ucraina”La`, `detto«Sì` : quote glued between two letters
        rf"(?<=[{ALPHA}])[{_QUOTES}](?=[{ALPHA}])",
        # `detto:“Sì`, `Sì!«No` : punctuation glued to a following quote
        rf"(?<=[{ALPHA}0-9])[:;,!?](?=[{_QUOTES}])",
        # ’ or ' after sentence punctuation before a capital: `fine.’La`
        rf"(?<=[.!?])['’‘](?=[{ALPHA}])",
    ],
    "en": [
        rf"(?<=[.!?;:,])[{_QUOTES}](?=[{ALPHA}0-9])",
    ],
}


def read_list(path: Path) -> list[str]:
    """Read a one-item-per-line resource file ('#' comments, blank lines ignored)."""
    items: list[str] = []
    seen = set()
    for line in path.read_text(encoding="utf8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line and line not in seen:
            seen.add(line)
            items.append(line)
    return items


def abbreviations(lang: str) -> list[str]:
    path = RESOURCES / lang / "abbreviations.txt"
    if not path.exists():
        return []
    out: list[str] = []
    seen = set()
    for ab in read_list(path):
        variants = [ab]
        if ab[0].islower():
            variants.append(ab[0].upper() + ab[1:])
        for v in variants:
            if v not in seen:
                seen.add(v)
                out.append(v)
    return out


def _apply(tokenizer, lang: str, base_infixes) -> None:
    extra = _EXTRA_INFIXES.get(lang, [])
    base = list(base_infixes or [])
    tokenizer.infix_finditer = compile_infix_regex(base + [p for p in extra if p not in base]).finditer
    for ab in abbreviations(lang):
        tokenizer.add_special_case(ab, [{ORTH: ab}])


def customize_tokenizer(nlp: Language, lang: str | None = None) -> Language:
    """Apply rassegna's tokenizer rules for ``lang`` (default: nlp.lang) in place."""
    lang = lang or nlp.lang
    _apply(nlp.tokenizer, lang, nlp.Defaults.infixes)
    return nlp


@spacy.registry.tokenizers("rassegna.it_tokenizer.v1")
def create_it_tokenizer() -> Callable[[Language], object]:
    """spaCy tokenizer factory: Italian defaults + rassegna customisations.

    Usable in a config as ``[nlp.tokenizer] @tokenizers = "rassegna.it_tokenizer.v1"``
    (needs ``import rassegna.models``).  The shipped pipelines do not need it:
    their tokenizer rules are serialised with the model.
    """
    default = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language):
        tokenizer = default(nlp)
        _apply(tokenizer, "it", nlp.Defaults.infixes)
        return tokenizer

    return make


def blank(lang: str) -> Language:
    """A blank spaCy pipeline for ``lang`` with rassegna's tokenizer rules."""
    nlp = spacy.blank(lang)
    return customize_tokenizer(nlp, lang)


__all__: Iterable[str] = ["customize_tokenizer", "abbreviations", "blank", "create_it_tokenizer", "read_list"]
