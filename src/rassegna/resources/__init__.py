"""Per-language resource files (word lists, patterns) shipped as package data.

Language knowledge lives here as data, one folder per ISO 639-1 code, never in code
branches: ``load_json("it", "boilerplate.json")``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_json(lang: str, name: str) -> Any:
    """The parsed JSON resource ``resources/<lang>/<name>``; {} when that language has none."""
    path = resources.files(__package__).joinpath(lang, name)
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def load_lines(lang: str, name: str) -> tuple[str, ...]:
    """The non-blank, non-comment lines of ``resources/<lang>/<name>``."""
    path = resources.files(__package__).joinpath(lang, name)
    if not path.is_file():
        return ()
    lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return tuple(ln for ln in lines if ln and not ln.startswith("#"))


@cache
def load_set(lang: str, name: str, lower: bool = False) -> frozenset[str]:
    """``load_lines`` as a set, read once (``lower``: compared lower-case)."""
    return frozenset(ln.lower() for ln in load_lines(lang, name)) if lower else frozenset(load_lines(lang, name))


def languages_with(name: str) -> list[str]:
    """Every language folder that ships resource ``name``."""
    root = resources.files(__package__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath(name).is_file())
