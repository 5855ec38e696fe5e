"""The store suite runs on SQLite and on PostgreSQL (a throwaway cluster started for the session)."""

import pytest

from rassegna.store import open_store

from .pg import fresh_database


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "r.db")
    return fresh_database()


@pytest.fixture()
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()
