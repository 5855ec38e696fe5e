"""Stores: SQLite by default, PostgreSQL for teams. All SQL lives in this package."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from ..errors import BadStoreURL
from .base import Store


def default_path() -> Path:
    """Where the store lives when the user names none: the user's data directory."""
    return Path(platformdirs.user_data_dir("rassegna")) / "rassegna.db"


def open_store(url: str | None) -> Store | None:
    """The store named by ``url`` (a path, sqlite:///path or postgresql://…); None for "none"."""
    if url is not None and url.lower() == "none":
        return None
    if url is None:
        url = str(default_path())
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from .postgres import PostgresStore
        except ImportError as exc:
            raise BadStoreURL(url, " (install rassegna[postgres] for PostgreSQL)") from exc
        return PostgresStore.open(url)
    if "://" in url and not url.startswith("sqlite:///"):
        raise BadStoreURL(url, ": use a file path, sqlite:///PATH, postgresql://… or none")
    from .sqlite import SQLiteStore

    return SQLiteStore.open(url.removeprefix("sqlite:///"))


__all__ = ["Store", "default_path", "open_store"]
