"""What a server is started with, and one store connection per thread."""

from __future__ import annotations

import ipaddress
import threading
from dataclasses import dataclass

from ..ingest.decode import DEFAULT_MAX_BYTES
from ..store import Store, open_store

MAX_BODY = DEFAULT_MAX_BYTES  # 10 MB: any article, or a batch of hundreds, fits


@dataclass(frozen=True)
class Settings:
    db: str | None = None
    token: str | None = None  # writes need it as "Authorization: Bearer <token>"; None only with auth off
    auth: bool = True
    allow_private: bool = False  # URL ingestion may reach private addresses (intranets, tests)
    max_body: int = MAX_BODY


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Stores:
    """One store connection per thread: SQLite and psycopg connections are not shared across threads."""

    def __init__(self, url: str | None) -> None:
        self.url = url
        self._local = threading.local()
        self._opened: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is not None and getattr(store.conn, "closed", False):  # a PostgreSQL connection that dropped
            store = None
        if store is None:
            store = open_store(self.url)
            if store is None:
                raise ValueError("the web app needs a store, not 'none'")
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close_all(self) -> None:
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()
