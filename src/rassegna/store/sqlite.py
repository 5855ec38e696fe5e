"""The default store: one SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import StoreError
from .base import Store


class SQLiteStore(Store):
    dialect = {"blob": "BLOB", "serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "json": "TEXT"}

    @classmethod
    def open(cls, path: str) -> SQLiteStore:
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(Path(path).expanduser()) if path != ":memory:" else path,
                                   check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise StoreError(path, f"cannot open SQLite database ({exc})") from exc
        return cls(conn, url=path)
