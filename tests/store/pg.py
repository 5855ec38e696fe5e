"""A throwaway PostgreSQL cluster for the tests, started once per test session by
scripts/postgres.sh; each test gets a fresh database in it."""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_cluster: dict[str, str] = {}
_names = itertools.count()


def cluster_url() -> str:
    """The admin URL of the session's cluster; skips only when PostgreSQL cannot be had here."""
    if "url" in _cluster:
        return _cluster["url"]
    if "skip" in _cluster:
        pytest.skip(_cluster["skip"])
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _cluster["skip"] = "psycopg is not installed (pip install 'rassegna[postgres]')"
        pytest.skip(_cluster["skip"])
    where = tempfile.mkdtemp(prefix="rassegna-pg-")
    done = subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh"), where], capture_output=True, text=True,
                          timeout=600)
    if done.returncode == 3:  # the script's "cannot be installed" exit
        _cluster["skip"] = f"PostgreSQL cannot be installed here: {done.stderr.strip()}"
        pytest.skip(_cluster["skip"])
    assert done.returncode == 0, f"scripts/postgres.sh failed: {done.stderr}"
    _cluster["url"] = done.stdout.strip().splitlines()[-1]
    atexit.register(_stop, where)
    return _cluster["url"]


def fresh_database() -> str:
    """The URL of a new, empty database in the session's cluster."""
    import psycopg

    admin = cluster_url()
    name = f"t{next(_names)}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return admin.rsplit("/", 1)[0] + "/" + name


def _stop(where: str) -> None:
    data = Path(where) / "data"
    pg_ctl = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    command = [str(pg_ctl[-1]) if pg_ctl else "pg_ctl", "-D", str(data), "-m", "immediate", "stop"]
    if shutil.which("runuser") and data.stat().st_uid != 0 and os.geteuid() == 0:
        command = ["runuser", "-u", data.owner(), "--", *command]
    subprocess.run(command, capture_output=True, timeout=60)
    shutil.rmtree(where, ignore_errors=True)
